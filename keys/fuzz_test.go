package keys

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"testing"
)

// FuzzDecodeKeystore: decoding never panics, every rejection is a typed
// format error, and an accepted keystore re-encodes to a keystore that
// decodes to the same fields.
func FuzzDecodeKeystore(f *testing.F) {
	_, scryptKS := cheapKeystore(f, "scrypt")
	_, pbkdf2KS := cheapKeystore(f, "pbkdf2")
	f.Add(scryptKS)
	f.Add(pbkdf2KS)
	if golden, err := os.ReadFile("testdata/golden_keystore_goerli_0.json"); err == nil {
		f.Add(golden)
	}
	for _, name := range []string{"test0.json", "test1.json"} {
		if v, err := vectorsDirOK(); err == nil {
			if data, err := os.ReadFile(filepath.Join(v, "eip2335", name)); err == nil {
				f.Add(data)
			}
		}
	}
	f.Add([]byte(`{}`))
	f.Add([]byte(`{"crypto": null, "version": 4}`))
	f.Add(scryptKS[:len(scryptKS)/2])
	f.Fuzz(func(t *testing.T, data []byte) {
		ks, err := DecodeKeystore(data)
		if err != nil {
			if !errors.Is(err, ErrKeystoreFormat) {
				t.Fatalf("untyped error: %v", err)
			}
			return
		}
		out, err := ks.MarshalJSON()
		if err != nil {
			t.Fatalf("accepted keystore does not encode: %v", err)
		}
		again, err := DecodeKeystore(out)
		if err != nil {
			t.Fatalf("re-encoded keystore rejected: %v\n%s", err, out)
		}
		out2, _ := again.MarshalJSON()
		if !bytes.Equal(out, out2) {
			t.Fatalf("encoding not stable:\n%s\n%s", out, out2)
		}
		// Decrypt only when the KDF is cheap, so the fuzzer stays fast.
		if (ks.KDF == "scrypt" && ks.KDFParams.N <= 1024) || (ks.KDF == "pbkdf2" && ks.KDFParams.C <= 1024) {
			if _, err := ks.Decrypt("correct horse"); err != nil && !errors.Is(err, ErrWrongPassword) &&
				!errors.Is(err, ErrKeystorePubkey) && !errors.Is(err, ErrInvalidSecretKey) {
				t.Fatalf("decrypt: untyped error %v", err)
			}
		}
	})
}

// FuzzDecodeDepositData: decoding and verification never panic; a file that
// verifies clean re-encodes to the same entries.
func FuzzDecodeDepositData(f *testing.F) {
	good, addr := depositFixture(f)
	f.Add(EncodeDepositDataFile(good[:1]))
	f.Add(EncodeDepositDataFile(good))
	if golden, err := os.ReadFile("testdata/golden_hoodi_deposit_data.json"); err == nil {
		f.Add(golden)
	}
	f.Add([]byte(`[]`))
	f.Add([]byte(`[{"amount": 1}]`))
	f.Add([]byte(`[{"pubkey": 1, "amount": "x"}, 2, null]`))
	f.Fuzz(func(t *testing.T, data []byte) {
		entries, err := DecodeDepositDataFile(data)
		if err != nil {
			var de *DepositDataError
			if !errors.As(err, &de) || len(de.Problems) == 0 {
				t.Fatalf("untyped error: %v", err)
			}
			return
		}
		if len(entries) > 64 {
			return // keep each run cheap
		}
		problems := VerifyDepositData(entries, VerifyOptions{Network: Hoodi, WithdrawalAddress: &addr})
		for _, p := range problems {
			if p.Index < -1 || p.Index >= len(entries) || p.Field == "" || p.Reason == "" {
				t.Fatalf("malformed problem %+v", p)
			}
		}
		if len(problems) == 0 {
			again, err := DecodeDepositDataFile(EncodeDepositDataFile(entries))
			if err != nil || len(again) != len(entries) {
				t.Fatalf("accepted file does not round trip: %v", err)
			}
			for i := range again {
				if again[i] != entries[i] {
					t.Fatalf("entry %d changed in round trip", i)
				}
			}
		}
	})
}

// vectorsDirOK is vectorsDir without a testing.TB (for fuzz seeds).
func vectorsDirOK() (string, error) {
	dir, err := os.Getwd()
	if err != nil {
		return "", err
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			break
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return "", os.ErrNotExist
		}
		dir = parent
	}
	v := filepath.Join(dir, "..", "shared", "vectors")
	_, err = os.Stat(v)
	return v, err
}
