package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/crypto"
)

// TestKeyFlags: a service's execution key from exactly one source, the
// keystore's password from a file only, each refusal saying what to give.
func TestKeyFlags(t *testing.T) {
	dir := t.TempDir()
	good := filepath.Join(dir, "key")
	if err := os.WriteFile(good, []byte("0x4c0883a69102937d6231471b5dbb6204fe5129617082792ae468d01a3f362318\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	bad := filepath.Join(dir, "bad")
	if err := os.WriteFile(bad, []byte("not a key"), 0o600); err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		name string
		k    keyFlags
		want string // an error containing it; "" for success
	}{
		{"none", keyFlags{}, "--private-key-file F or --keystore F --password-file P"},
		{"both", keyFlags{keyFile: good, keystore: good, passwordFile: good}, "not both"},
		{"keystore without password file", keyFlags{keystore: good}, "--keystore needs --password-file"},
		{"not a key", keyFlags{keyFile: bad}, "not a hex secp256k1 private key"},
		{"missing file", keyFlags{keyFile: filepath.Join(dir, "nope")}, "read the private key file"},
		{"key file", keyFlags{keyFile: good}, ""},
	} {
		t.Run(c.name, func(t *testing.T) {
			key, err := c.k.key()
			if c.want == "" {
				if err != nil {
					t.Fatal(err)
				}
				if a := crypto.PubkeyToAddress(key.PublicKey).Hex(); a != "0x2c7536E3605D9C16a7a3D7b1898e529396a65c23" {
					t.Fatalf("address %s", a)
				}
				return
			}
			if err == nil || !strings.Contains(err.Error(), c.want) {
				t.Fatalf("error %v, want one containing %q", err, c.want)
			}
		})
	}
}
