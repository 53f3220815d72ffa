package keys

import (
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common"
)

var errIVTamper = errors.New("pubkey mismatch or invalid secret")

// cheapKeystore is a valid keystore with cheap KDF parameters.
func cheapKeystore(t testing.TB, kdf string) (*Keystore, []byte) {
	t.Helper()
	sk := testKeys(t, 1)[0]
	ks, err := Encrypt(sk, "correct horse", KeystoreOptions{KDF: kdf, ScryptN: 16, PBKDF2C: 16, Path: "m/12381/3600/0/0/0", Description: "test <&> \"ü\""})
	if err != nil {
		t.Fatal(err)
	}
	data, err := ks.MarshalJSON()
	if err != nil {
		t.Fatal(err)
	}
	return ks, data
}

func TestKeystoreJSONLayout(t *testing.T) {
	_, data := cheapKeystore(t, "scrypt")
	s := string(data)
	if !strings.HasPrefix(s, `{"crypto": {"kdf": {"function": "scrypt", "params": {"dklen": 32, "n": 16, "r": 8, "p": 1, "salt": "`) {
		t.Fatalf("layout: %s", s)
	}
	for _, frag := range []string{`"checksum": {"function": "sha256", "params": {}, "message": "`, `"cipher": {"function": "aes-128-ctr", "params": {"iv": "`,
		`"description": "test <&> \"\u00fc\"", "pubkey": "`, `"path": "m/12381/3600/0/0/0", "uuid": "`, `"version": 4}`} {
		if !strings.Contains(s, frag) {
			t.Errorf("missing %s in %s", frag, s)
		}
	}
	_, data = cheapKeystore(t, "pbkdf2")
	if !strings.Contains(string(data), `"kdf": {"function": "pbkdf2", "params": {"c": 16, "dklen": 32, "prf": "hmac-sha256", "salt": "`) {
		t.Fatalf("pbkdf2 layout: %s", data)
	}
}

func TestKeystoreTampering(t *testing.T) {
	for _, kdf := range []string{"scrypt", "pbkdf2"} {
		_, data := cheapKeystore(t, kdf)
		ks, err := DecodeKeystore(data)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := ks.Decrypt("correct horse"); err != nil {
			t.Fatal(err)
		}
		if _, err := ks.Decrypt("correct horse!"); !errors.Is(err, ErrWrongPassword) {
			t.Fatalf("wrong password: %v", err)
		}
		var obj map[string]any
		if err := json.Unmarshal(data, &obj); err != nil {
			t.Fatal(err)
		}
		flipHex := func(s string) string {
			b, _ := hex.DecodeString(s)
			b[len(b)/2] ^= 0x01
			return hex.EncodeToString(b)
		}
		crypto := func(o map[string]any) map[string]any { return o["crypto"].(map[string]any) }
		mod := func(o map[string]any, name string) map[string]any { return crypto(o)[name].(map[string]any) }
		params := func(o map[string]any, name string) map[string]any { return mod(o, name)["params"].(map[string]any) }
		cases := []struct {
			name   string
			mutate func(o map[string]any)
			want   error
			field  string
		}{
			{"ciphertext bit", func(o map[string]any) { mod(o, "cipher")["message"] = flipHex(mod(o, "cipher")["message"].(string)) }, ErrWrongPassword, ""},
			{"checksum bit", func(o map[string]any) {
				mod(o, "checksum")["message"] = flipHex(mod(o, "checksum")["message"].(string))
			}, ErrWrongPassword, ""},
			{"salt bit", func(o map[string]any) { params(o, "kdf")["salt"] = flipHex(params(o, "kdf")["salt"].(string)) }, ErrWrongPassword, ""},
			{"iv bit", func(o map[string]any) { params(o, "cipher")["iv"] = flipHex(params(o, "cipher")["iv"].(string)) }, errIVTamper, ""},
			{"pubkey bit", func(o map[string]any) { o["pubkey"] = flipHex(o["pubkey"].(string)) }, ErrKeystorePubkey, ""},
			{"version", func(o map[string]any) { o["version"] = 3 }, ErrKeystoreFormat, "version"},
			{"missing uuid", func(o map[string]any) { delete(o, "uuid") }, ErrKeystoreFormat, "uuid"},
			{"bad uuid", func(o map[string]any) { o["uuid"] = "not-a-uuid" }, ErrKeystoreFormat, "uuid"},
			{"bad path", func(o map[string]any) { o["path"] = "m/1/x" }, ErrKeystoreFormat, "path"},
			{"kdf function", func(o map[string]any) { mod(o, "kdf")["function"] = "argon2" }, ErrKeystoreFormat, "crypto.kdf.function"},
			{"cipher function", func(o map[string]any) { mod(o, "cipher")["function"] = "aes-256-gcm" }, ErrKeystoreFormat, "crypto.cipher.function"},
			{"checksum function", func(o map[string]any) { mod(o, "checksum")["function"] = "md5" }, ErrKeystoreFormat, "crypto.checksum.function"},
			{"short ciphertext", func(o map[string]any) { mod(o, "cipher")["message"] = "abcd" }, ErrKeystoreFormat, "crypto.cipher.message"},
			{"not hex", func(o map[string]any) { mod(o, "checksum")["message"] = "zz" }, ErrKeystoreFormat, "crypto.checksum.message"},
			{"missing cipher", func(o map[string]any) { delete(crypto(o), "cipher") }, ErrKeystoreFormat, "crypto.cipher"},
			{"dklen", func(o map[string]any) { params(o, "kdf")["dklen"] = 16 }, ErrKeystoreFormat, "crypto.kdf.params.dklen"},
			{"dklen string", func(o map[string]any) { params(o, "kdf")["dklen"] = "32" }, ErrKeystoreFormat, "crypto.kdf.params.dklen"},
		}
		if kdf == "scrypt" {
			cases = append(cases,
				struct {
					name   string
					mutate func(o map[string]any)
					want   error
					field  string
				}{"n not power of two", func(o map[string]any) { params(o, "kdf")["n"] = 1000 }, ErrKeystoreFormat, "crypto.kdf.params.n"},
				struct {
					name   string
					mutate func(o map[string]any)
					want   error
					field  string
				}{"huge n", func(o map[string]any) { params(o, "kdf")["n"] = 1 << 30 }, ErrKeystoreFormat, "crypto.kdf.params"})
		} else {
			cases = append(cases, struct {
				name   string
				mutate func(o map[string]any)
				want   error
				field  string
			}{"prf", func(o map[string]any) { params(o, "kdf")["prf"] = "hmac-sha512" }, ErrKeystoreFormat, "crypto.kdf.params.prf"})
		}
		for _, c := range cases {
			t.Run(kdf+"/"+c.name, func(t *testing.T) {
				var o map[string]any
				_ = json.Unmarshal(data, &o)
				c.mutate(o)
				mutated, _ := json.Marshal(o)
				ks, err := DecodeKeystore(mutated)
				if err == nil {
					_, err = ks.Decrypt("correct horse")
				}
				if c.want == errIVTamper && (errors.Is(err, ErrKeystorePubkey) || errors.Is(err, ErrInvalidSecretKey)) {
					return // a changed IV decrypts to another (or an out-of-range) secret
				}
				if !errors.Is(err, c.want) {
					t.Fatalf("got %v, want %v", err, c.want)
				}
				var fe *KeystoreFormatError
				if c.field != "" && (!errors.As(err, &fe) || fe.Field != c.field) {
					t.Fatalf("field: got %v, want %s", err, c.field)
				}
			})
		}
		// Every truncation is a format error, never a panic or a key.
		for n := 0; n < len(data); n += 7 {
			if _, err := DecodeKeystore(data[:n]); !errors.Is(err, ErrKeystoreFormat) {
				t.Fatalf("truncated at %d: %v", n, err)
			}
		}
		if _, err := DecodeKeystore(append(append([]byte{}, data...), []byte(" {}")...)); !errors.Is(err, ErrKeystoreFormat) {
			t.Fatal("trailing data accepted")
		}
	}
}

// depositFixture is a valid 4-entry deposit data set on hoodi.
func depositFixture(t testing.TB) ([]DepositDataEntry, [20]byte) {
	t.Helper()
	addr := [20]byte(common.HexToAddress("0x00000000219ab540356cBB839Cbe05303d7705Fa"))
	vals, err := GenerateDeposits(GenerateOptions{Mnemonic: testMnemonic, Count: 4, Network: Hoodi, WithdrawalAddress: addr})
	if err != nil {
		t.Fatal(err)
	}
	entries := make([]DepositDataEntry, len(vals))
	for i, v := range vals {
		entries[i] = v.Entry
	}
	return entries, addr
}

func flipHexChar(s string, pos int) string {
	b := []byte(s)
	c := b[pos]
	v := strings.IndexByte("0123456789abcdef", c) ^ 1
	b[pos] = "0123456789abcdef"[v]
	return string(b)
}

func TestVerifyDepositDataBadInput(t *testing.T) {
	good, addr := depositFixture(t)
	opt := VerifyOptions{Network: Hoodi, WithdrawalAddress: &addr}
	if p := VerifyDepositData(good, opt); len(p) != 0 {
		t.Fatal(p)
	}
	other := [20]byte(common.HexToAddress("0x71C7656EC7ab88b098defB751B7401B5f6d8976F"))
	foreign, err := GenerateDeposits(GenerateOptions{Mnemonic: testMnemonic, StartIndex: 9, Count: 1, Network: Hoodi, WithdrawalAddress: other})
	if err != nil {
		t.Fatal(err)
	}
	compounding, err := GenerateDeposits(GenerateOptions{Mnemonic: testMnemonic, StartIndex: 10, Count: 1, Network: Hoodi, WithdrawalAddress: addr, Compounding: true, AmountGwei: 100e9})
	if err != nil {
		t.Fatal(err)
	}
	type want struct {
		index int
		field string
		text  string
	}
	cases := []struct {
		name   string
		mutate func(e []DepositDataEntry) []DepositDataEntry
		opt    *VerifyOptions
		want   []want
	}{
		{"pubkey bit", func(e []DepositDataEntry) []DepositDataEntry { e[1].Pubkey = flipHexChar(e[1].Pubkey, 60); return e }, nil,
			[]want{{1, "pubkey", "outside the G1 subgroup"}, {1, "deposit_message_root", ""}, {1, "deposit_data_root", ""}}},
		{"credentials bit", func(e []DepositDataEntry) []DepositDataEntry {
			e[2].WithdrawalCredentials = flipHexChar(e[2].WithdrawalCredentials, 63)
			return e
		}, nil, []want{{2, "withdrawal_credentials", "not the expected withdrawal address"}, {2, "deposit_message_root", "does not match"}, {2, "deposit_data_root", "does not match"}, {2, "signature", "does not verify"}}},
		{"amount changed", func(e []DepositDataEntry) []DepositDataEntry { e[0].Amount = 1e9; return e }, nil,
			[]want{{0, "amount", "exactly 32 ETH"}, {0, "deposit_message_root", ""}, {0, "deposit_data_root", ""}, {0, "signature", ""}}},
		{"signature bit", func(e []DepositDataEntry) []DepositDataEntry {
			e[3].Signature = flipHexChar(e[3].Signature, 150)
			return e
		}, nil,
			[]want{{3, "deposit_data_root", "does not match"}, {3, "signature", ""}}},
		{"message root bit", func(e []DepositDataEntry) []DepositDataEntry {
			e[1].DepositMessageRoot = flipHexChar(e[1].DepositMessageRoot, 0)
			return e
		}, nil, []want{{1, "deposit_message_root", "does not match"}}},
		{"data root bit", func(e []DepositDataEntry) []DepositDataEntry {
			e[2].DepositDataRoot = flipHexChar(e[2].DepositDataRoot, 5)
			return e
		}, nil,
			[]want{{2, "deposit_data_root", "does not match"}}},
		{"fork version", func(e []DepositDataEntry) []DepositDataEntry { e[0].ForkVersion = "10000911"; return e }, nil,
			[]want{{0, "fork_version", `"10000911", want "10000910"`}}},
		{"network name", func(e []DepositDataEntry) []DepositDataEntry { e[3].NetworkName = "mainnet"; return e }, nil,
			[]want{{3, "network_name", `"mainnet", want "hoodi"`}}},
		{"wrong network", func(e []DepositDataEntry) []DepositDataEntry { return e[:1] }, &VerifyOptions{Network: Mainnet},
			[]want{{0, "fork_version", ""}, {0, "network_name", ""}, {0, "signature", "does not verify"}}},
		{"duplicate key", func(e []DepositDataEntry) []DepositDataEntry { return append(e, e[1]) }, nil,
			[]want{{4, "pubkey", "duplicate of entry 1"}}},
		{"foreign credentials", func(e []DepositDataEntry) []DepositDataEntry { return append(e, foreign[0].Entry) }, nil,
			[]want{{4, "withdrawal_credentials", "is not the expected withdrawal address"}}},
		{"0x00 credentials", func(e []DepositDataEntry) []DepositDataEntry {
			e[1].WithdrawalCredentials = "00" + e[1].WithdrawalCredentials[2:]
			return e
		}, nil, []want{{1, "withdrawal_credentials", "prefix 0x00"}, {1, "deposit_message_root", ""}, {1, "deposit_data_root", ""}, {1, "signature", ""}}},
		{"0x prefix", func(e []DepositDataEntry) []DepositDataEntry { e[0].Pubkey = "0x" + e[0].Pubkey; return e }, nil,
			[]want{{0, "pubkey", "0x prefix"}}},
		{"upper case", func(e []DepositDataEntry) []DepositDataEntry {
			e[2].Signature = strings.ToUpper(e[2].Signature)
			return e
		}, nil,
			[]want{{2, "signature", "upper-case"}}},
		// Other tools' versions are reported, never judged by default.
		{"ethstaker-deposit-cli version", func(e []DepositDataEntry) []DepositDataEntry { e[1].DepositCLIVersion = "1.1.0"; return e }, nil, nil},
		{"odd version", func(e []DepositDataEntry) []DepositDataEntry { e[1].DepositCLIVersion = "v0.3-smith"; return e }, nil, nil},
		{"no version", func(e []DepositDataEntry) []DepositDataEntry { e[1].DepositCLIVersion = ""; return e }, nil, nil},
		{"cli version not allowed", func(e []DepositDataEntry) []DepositDataEntry { e[1].DepositCLIVersion = "2.7.1"; return e },
			&VerifyOptions{Network: Hoodi, WithdrawalAddress: &addr, CLIVersions: []string{"2.7.0"}},
			[]want{{1, "deposit_cli_version", `"2.7.1", want one of 2.7.0`}}},
		{"compounding 100 ETH ok", func(e []DepositDataEntry) []DepositDataEntry { return append(e, compounding[0].Entry) }, nil, nil},
		{"compounding too small", func(e []DepositDataEntry) []DepositDataEntry {
			c := compounding[0].Entry
			c.Amount = 5e8
			return append(e, c)
		}, nil, []want{{4, "amount", "between 1 and 2048 ETH"}, {4, "deposit_message_root", ""}, {4, "deposit_data_root", ""}, {4, "signature", ""}}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			e := c.mutate(append([]DepositDataEntry(nil), good...))
			o := opt
			if c.opt != nil {
				o = *c.opt
			}
			got := VerifyDepositData(e, o)
			if len(got) != len(c.want) {
				t.Fatalf("got %d problems %v, want %v", len(got), got, c.want)
			}
			for i, w := range c.want {
				if got[i].Index != w.index || got[i].Field != w.field || !strings.Contains(got[i].Reason, w.text) {
					t.Errorf("problem %d: got %v, want %+v", i, got[i], w)
				}
			}
		})
	}
}

// TestDepositDataFileBitFlips flips one bit of every byte of an encoded file:
// the result is always either a decode error or a verification failure,
// never accepted.
func TestDepositDataFileBitFlips(t *testing.T) {
	good, addr := depositFixture(t)
	data := EncodeDepositDataFile(good[:2])
	opt := VerifyOptions{Network: Hoodi, WithdrawalAddress: &addr, CLIVersions: []string{DepositCLIVersion}}
	accepted := 0
	for i := 0; i < len(data); i++ {
		if testing.Short() && i%5 != 0 {
			continue
		}
		for _, bit := range []byte{0x01, 0x20} {
			m := append([]byte(nil), data...)
			m[i] ^= bit
			entries, err := DecodeDepositDataFile(m)
			if err != nil {
				continue
			}
			if p := VerifyDepositData(entries, opt); len(p) == 0 {
				// Flips that do not change the meaning (JSON whitespace,
				// e.g. ' ' to '!' is a syntax error, so this is rare).
				if string(EncodeDepositDataFile(entries)) != string(data) {
					t.Errorf("byte %d bit %x: changed file accepted: %s", i, bit, m)
				}
				accepted++
			}
		}
	}
	t.Logf("flips that decode to the same file: %d", accepted)
}

func TestDecodeDepositDataFileErrors(t *testing.T) {
	good, _ := depositFixture(t)
	data := EncodeDepositDataFile(good[:2])
	cases := []struct {
		name string
		in   string
		want string
	}{
		{"truncated", string(data[:len(data)/2]), "file: json: truncated"},
		{"empty", "", "truncated"},
		{"empty list", "[]", "empty list"},
		{"object", "{}", "not a JSON list"},
		{"trailing", string(data) + "[]", "trailing data"},
		{"amount string", strings.Replace(string(data), `"amount": 32000000000`, `"amount": "32000000000"`, 1), `entry 0: amount: "32000000000" is not a gwei integer`},
		{"amount float", strings.Replace(string(data), `"amount": 32000000000`, `"amount": 32000000000.0`, 1), "entry 0: amount"},
		{"amount negative", strings.Replace(string(data), `"amount": 32000000000`, `"amount": -1`, 1), "entry 0: amount"},
		{"missing field", strings.Replace(string(data), `"network_name": "hoodi", `, ``, 1), "entry 0: network_name: missing"},
		{"renamed field", strings.Replace(string(data), `"fork_version"`, `"fork_versioN"`, 2), "entry 0: fork_versioN: unknown field"},
		{"not object", `[1]`, "entry 0: json: not a JSON object"},
		{"number pubkey", strings.Replace(string(data), `"pubkey": "`+good[1].Pubkey+`"`, `"pubkey": 5`, 1), "entry 1: pubkey: not a string"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			_, err := DecodeDepositDataFile([]byte(c.in))
			if err == nil || !strings.Contains(err.Error(), c.want) {
				t.Fatalf("got %v, want %q", err, c.want)
			}
		})
	}
	_, err := DecodeDepositDataFile(data[:10])
	if !errors.Is(err, ErrDepositDataFormat) {
		t.Fatal("truncated file is not ErrDepositDataFormat")
	}
}

func TestDepositVerifier(t *testing.T) {
	good, _ := depositFixture(t)
	checks := make([]DepositCheck, len(good))
	for i, e := range good {
		var c DepositCheck
		copy(c.Pubkey[:], mustHex(t, e.Pubkey))
		copy(c.WithdrawalCredentials[:], mustHex(t, e.WithdrawalCredentials))
		c.Amount = e.Amount
		copy(c.Signature[:], mustHex(t, e.Signature))
		checks[i] = c
	}
	v := DepositVerifier{ForkVersion: Hoodi.GenesisForkVersion}
	for i, c := range checks {
		if err := v.VerifyDeposit(c.Pubkey, c.WithdrawalCredentials, c.Amount, c.Signature); err != nil {
			t.Fatalf("%d: %v", i, err)
		}
	}
	if bad := v.VerifyDeposits(checks); bad != nil {
		t.Fatal(bad)
	}
	// Mainnet verifier rejects hoodi deposits.
	if err := (DepositVerifier{}).VerifyDeposit(checks[0].Pubkey, checks[0].WithdrawalCredentials, checks[0].Amount, checks[0].Signature); !errors.Is(err, ErrBadSignature) {
		t.Fatalf("cross-network: %v", err)
	}
	checks[2].Amount++
	checks[0].Pubkey = [48]byte{0xc0}
	if bad := v.VerifyDeposits(checks); fmt.Sprint(bad) != "[0 2]" {
		t.Fatalf("bad = %v", bad)
	}
	err := v.VerifyDepositsErr(checks)
	if !errors.Is(err, ErrInvalidPublicKey) || !errors.Is(err, ErrBadSignature) {
		t.Fatalf("reasons: %v", err)
	}
}
