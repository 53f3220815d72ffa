package keys

import (
	"bytes"
	"testing"
)

// TestSigningKeys: the registry's upload is the entries' keys and
// signatures in order, from the file as written; a malformed one is refused.
func TestSigningKeys(t *testing.T) {
	vals, err := GenerateDeposits(GenerateOptions{Mnemonic: testMnemonic, Count: 3, Network: Hoodi, WithdrawalAddress: [20]byte{1}})
	if err != nil {
		t.Fatal(err)
	}
	var entries []DepositDataEntry
	var wantPK, wantSig []byte
	for _, v := range vals {
		entries = append(entries, v.Entry)
		wantPK = append(wantPK, v.Deposit.Pubkey[:]...)
		wantSig = append(wantSig, v.Deposit.Signature[:]...)
	}
	decoded, err := DecodeDepositDataFile(EncodeDepositDataFile(entries))
	if err != nil {
		t.Fatal(err)
	}
	pk, sig, err := SigningKeys(decoded)
	if err != nil || !bytes.Equal(pk, wantPK) || !bytes.Equal(sig, wantSig) {
		t.Fatalf("signing keys: %v, %d/%d bytes", err, len(pk), len(sig))
	}
	bad := append([]DepositDataEntry{}, entries...)
	bad[1].Signature = bad[1].Signature[:100]
	if _, _, err := SigningKeys(bad); err == nil {
		t.Fatal("a short signature accepted")
	}
}

// TestCreateValidators: the files are written and checked; a directory
// that already holds them is refused (never overwritten).
func TestCreateValidators(t *testing.T) {
	dir := t.TempDir()
	opt := GenerateOptions{Mnemonic: testMnemonic, StartIndex: 2, Count: 2, Network: Hoodi, WithdrawalAddress: [20]byte{9}}
	vals, saved, err := CreateValidators(opt, dir, "password1", KeystoreOptions{KDF: "pbkdf2", PBKDF2C: 2}, 1_700_000_000)
	if err != nil {
		t.Fatal(err)
	}
	if len(vals) != 2 || vals[0].Index != 2 || len(saved.Keystores) != 2 || saved.DepositData == "" {
		t.Fatalf("created %d validators, files %+v", len(vals), saved)
	}
	if _, _, err := CreateValidators(opt, dir, "password1", KeystoreOptions{KDF: "pbkdf2", PBKDF2C: 2}, 1_700_000_000); err == nil {
		t.Fatal("files written over")
	}
}
