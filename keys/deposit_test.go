package keys

import (
	"bytes"
	"encoding/hex"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common"
)

const (
	goldenGoerliMnemonic = "window lottery throw arrange visit play gate open scare strategy sadness fame soul bronze soap"
	goldenHoodiMnemonic  = "satisfy suit expire castle fluid must electric genuine aim clock such under basic rabbit method"
	// testMnemonic is the BIP-39 "abandon … art" 24-word vector.
	testMnemonic = "abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon art"
)

func TestMainnetDepositDomain(t *testing.T) {
	d := DepositDomain(Mainnet.GenesisForkVersion)
	if got := hex.EncodeToString(d[:]); got != "03000000f5a5fd42d16a20302798ef6ed309979b43003d2320d9f0e8ea9831a9" {
		t.Fatalf("mainnet deposit domain %s", got)
	}
}

func TestNetworks(t *testing.T) {
	cases := map[string]string{"mainnet": "00000000", "sepolia": "90000069", "holesky": "01017000", "hoodi": "10000910", "devnet": "10005a7e", " Hoodi ": "10000910"}
	for name, fv := range cases {
		n, err := NetworkByName(name)
		if err != nil {
			t.Fatal(err)
		}
		if hex.EncodeToString(n.GenesisForkVersion[:]) != fv {
			t.Errorf("%s: %x", name, n.GenesisForkVersion)
		}
	}
	if _, err := NetworkByName("goerli"); err == nil || !strings.Contains(err.Error(), "known: devnet, holesky, hoodi, mainnet, sepolia") {
		t.Fatalf("unknown network: %v", err)
	}
	if n, ok := NetworkByForkVersion(DevnetGenesisForkVersion); !ok || n.Name != "devnet" {
		t.Fatal("devnet fork version lookup")
	}
}

func TestRootsMatchHandRolledSSZ(t *testing.T) {
	var d DepositData
	for i := range d.Pubkey {
		d.Pubkey[i] = byte(i + 1)
	}
	for i := range d.WithdrawalCredentials {
		d.WithdrawalCredentials[i] = byte(3 * i)
	}
	for i := range d.Signature {
		d.Signature[i] = byte(7*i + 5)
	}
	d.Amount = 32_000_000_123
	if d.HashTreeRoot() != depositDataRootManual(&d) {
		t.Fatal("fastssz and hand-rolled deposit_data_root differ")
	}
	// DepositMessage = the same with a zero chunk for the signature root.
	m := d.Message()
	d2 := d
	d2.Signature = Signature{}
	_ = d2
	zeroSigTree := depositMessageRootManual(&m)
	if m.HashTreeRoot() != zeroSigTree {
		t.Fatal("deposit_message_root differs from the hand-rolled one")
	}
}

func depositMessageRootManual(m *DepositMessage) [32]byte {
	h := func(a, b []byte) []byte { s := sha256Sum(append(append([]byte{}, a...), b...)); return s[:] }
	zero := make([]byte, 32)
	pk := h(m.Pubkey[:], zero[:16])
	var amt [32]byte
	for i := 0; i < 8; i++ {
		amt[i] = byte(m.Amount >> (8 * i))
	}
	var out [32]byte
	copy(out[:], h(h(pk, m.WithdrawalCredentials[:]), h(amt[:], zero)))
	return out
}

// TestGoldenStakingDepositCLI reproduces, byte for byte, a deposit data file
// written by ethereum/staking-deposit-cli 2.7.0 (see testdata/README.md).
func TestGoldenStakingDepositCLI(t *testing.T) {
	want, err := os.ReadFile("testdata/golden_goerli_deposit_data.json")
	if err != nil {
		t.Fatal(err)
	}
	vals, err := GenerateDeposits(GenerateOptions{
		Mnemonic: goldenGoerliMnemonic, Count: 3,
		Network:           Network{Name: "goerli", GenesisForkVersion: [4]byte{0x00, 0x00, 0x10, 0x20}},
		WithdrawalAddress: common.HexToAddress("0x0000000000000000000000000000000000000001"),
	})
	if err != nil {
		t.Fatal(err)
	}
	var entries []DepositDataEntry
	for _, v := range vals {
		entries = append(entries, v.Entry)
	}
	got := EncodeDepositDataFile(entries)
	if !bytes.Equal(got, want) {
		t.Fatalf("deposit data differs from the official CLI's:\n got %s\nwant %s", got, want)
	}
	// And the file decodes and verifies.
	dec, err := DecodeDepositDataFile(want)
	if err != nil {
		t.Fatal(err)
	}
	addr := [20]byte(common.HexToAddress("0x0000000000000000000000000000000000000001"))
	if p := VerifyDepositData(dec, VerifyOptions{Network: Network{"goerli", [4]byte{0, 0, 0x10, 0x20}}, WithdrawalAddress: &addr}); len(p) != 0 {
		t.Fatalf("golden file rejected: %v", p)
	}
}

// TestGoldenEthstakerCLIHoodi reproduces a hoodi file of ethstaker-deposit-cli 1.2.2.
func TestGoldenEthstakerCLIHoodi(t *testing.T) {
	want, err := os.ReadFile("testdata/golden_hoodi_deposit_data.json")
	if err != nil {
		t.Fatal(err)
	}
	vals, err := GenerateDeposits(GenerateOptions{
		Mnemonic: goldenHoodiMnemonic, Count: 1, Network: Hoodi, CLIVersion: "1.2.2",
		WithdrawalAddress: common.HexToAddress("0x71C7656EC7ab88b098defB751B7401B5f6d8976F"),
	})
	if err != nil {
		t.Fatal(err)
	}
	if got := EncodeDepositDataFile([]DepositDataEntry{vals[0].Entry}); !bytes.Equal(got, want) {
		t.Fatalf("hoodi deposit data differs:\n got %s\nwant %s", got, want)
	}
}

// TestGoldenKeystore re-encrypts validator 0 of the golden run with the
// CLI's salt, IV and UUID and must produce its keystore file byte for byte.
func TestGoldenKeystore(t *testing.T) {
	if testing.Short() {
		t.Skip("scrypt n=2^18 twice; skipped in -short")
	}
	want, err := os.ReadFile("testdata/golden_keystore_goerli_0.json")
	if err != nil {
		t.Fatal(err)
	}
	ks, err := DecodeKeystore(want)
	if err != nil {
		t.Fatal(err)
	}
	sk, err := ks.Decrypt("blablatest")
	if err != nil {
		t.Fatal(err)
	}
	vals, err := GenerateDeposits(GenerateOptions{Mnemonic: goldenGoerliMnemonic, Count: 1, Network: Mainnet,
		WithdrawalAddress: common.HexToAddress("0x01")})
	if err != nil {
		t.Fatal(err)
	}
	if sk.Bytes() != vals[0].SecretKey.Bytes() {
		t.Fatal("derived key differs from the CLI keystore's")
	}
	again, err := Encrypt(sk, "blablatest", KeystoreOptions{Path: "m/12381/3600/0/0/0", Salt: ks.KDFParams.Salt, IV: ks.IV, UUID: ks.UUID})
	if err != nil {
		t.Fatal(err)
	}
	got, _ := again.MarshalJSON()
	if !bytes.Equal(got, want) {
		t.Fatalf("keystore differs:\n got %s\nwant %s", got, want)
	}
}

func TestFileNames(t *testing.T) {
	if got := KeystoreFileName(SigningKeyPath(7).String(), 1670230999); got != "keystore-m_12381_3600_7_0_0-1670230999.json" {
		t.Fatal(got)
	}
	if got := DepositDataFileName(1670231001); got != "deposit_data-1670231001.json" {
		t.Fatal(got)
	}
}

func TestCheckAmount(t *testing.T) {
	cases := []struct {
		prefix byte
		amount uint64
		ok     bool
	}{
		{1, 32e9, true}, {1, 31e9, false}, {1, 33e9, false},
		{2, 1e9, true}, {2, 32e9, true}, {2, 2048e9, true}, {2, 999_999_999, false}, {2, 2048e9 + 1, false}, {2, 1_500_000_001, true},
	}
	for _, c := range cases {
		if err := CheckAmount(c.prefix, c.amount); (err == nil) != c.ok {
			t.Errorf("0x%02x %d: %v", c.prefix, c.amount, err)
		}
	}
}

func TestWriteValidatorFilesRoundTrip(t *testing.T) {
	dir := t.TempDir()
	addr := common.HexToAddress("0x71C7656EC7ab88b098defB751B7401B5f6d8976F")
	vals, err := GenerateDeposits(GenerateOptions{Mnemonic: testMnemonic, StartIndex: 5, Count: 3, Network: Devnet,
		WithdrawalAddress: addr, Compounding: true, AmountGwei: 64e9})
	if err != nil {
		t.Fatal(err)
	}
	saved, err := WriteValidatorFiles(dir, vals, "pässword\n", KeystoreOptions{KDF: "pbkdf2", PBKDF2C: 2}, 1700000000)
	if err != nil {
		t.Fatal(err)
	}
	if filepath.Base(saved.DepositData) != "deposit_data-1700000000.json" || filepath.Base(saved.Keystores[1]) != "keystore-m_12381_3600_6_0_0-1700000000.json" {
		t.Fatalf("names: %v", saved)
	}
	for k, p := range saved.Keystores {
		data, _ := os.ReadFile(p)
		ks, err := DecodeKeystore(data)
		if err != nil {
			t.Fatal(err)
		}
		sk, err := ks.Decrypt("pässword")
		if err != nil {
			t.Fatal(err)
		}
		if sk.PublicKey() != vals[k].Deposit.Pubkey {
			t.Fatal("keystore key differs")
		}
	}
	data, _ := os.ReadFile(saved.DepositData)
	entries, err := DecodeDepositDataFile(data)
	if err != nil {
		t.Fatal(err)
	}
	a := [20]byte(addr)
	if p := VerifyDepositData(entries, VerifyOptions{Network: Devnet, WithdrawalAddress: &a}); len(p) != 0 {
		t.Fatal(p)
	}
	if entries[0].WithdrawalCredentials[:2] != "02" || entries[0].Amount != 64e9 {
		t.Fatalf("entry %+v", entries[0])
	}
	// Never overwrite.
	if _, err := WriteValidatorFiles(dir, vals, "x", KeystoreOptions{KDF: "pbkdf2", PBKDF2C: 2}, 1700000000); err == nil {
		t.Fatal("overwrote existing files")
	}
}
