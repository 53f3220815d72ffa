package poolclient

import (
	"crypto/ecdsa"
	"errors"
	"fmt"
	"os"
	"strings"

	"github.com/ethereum/go-ethereum/accounts/keystore"
	"github.com/ethereum/go-ethereum/crypto"
)

// ReadPrivateKeyFile reads a file holding a secp256k1 private key in hex
// (0x optional, surrounding white space ignored).
func ReadPrivateKeyFile(path string) (*ecdsa.PrivateKey, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("read the private key file: %w", err)
	}
	k, err := crypto.HexToECDSA(strings.TrimPrefix(strings.TrimSpace(string(b)), "0x"))
	if err != nil {
		return nil, fmt.Errorf("%s: not a hex secp256k1 private key", path)
	}
	return k, nil
}

// ReadKeystore decrypts a go-ethereum keystore (Web3 secret storage) file
// with password.
func ReadKeystore(path, password string) (*ecdsa.PrivateKey, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("read the keystore: %w", err)
	}
	k, err := keystore.DecryptKey(b, password)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return k.PrivateKey, nil
}

// ReadPasswordFile reads a password from a file (a password is read from
// a file, never taken from a flag: a flag shows in the process list and
// the shell's history); one trailing newline is dropped.
func ReadPasswordFile(path string) (string, error) {
	if path == "" {
		return "", errors.New("a password file is required")
	}
	b, err := os.ReadFile(path)
	if err != nil {
		return "", fmt.Errorf("read the password file: %w", err)
	}
	return strings.TrimSuffix(strings.TrimSuffix(string(b), "\n"), "\r"), nil
}

// KeySource says where a signing key is: a private key file, or a keystore
// with its password in a file or, when PasswordFile is empty, in the
// environment variable PasswordEnv.
type KeySource struct {
	PrivateKeyFile string
	Keystore       string
	PasswordFile   string
	PasswordEnv    string
}

// ErrNoKey says no key source was given.
var ErrNoKey = errors.New("a signing key is needed: --private-key-file F or --keystore F")

// Load reads the key from its source: exactly one of PrivateKeyFile and
// Keystore.
func (s KeySource) Load() (*ecdsa.PrivateKey, error) {
	switch {
	case s.PrivateKeyFile != "" && s.Keystore != "":
		return nil, errors.New("give --private-key-file or --keystore, not both")
	case s.PrivateKeyFile != "":
		return ReadPrivateKeyFile(s.PrivateKeyFile)
	case s.Keystore != "":
		pw := ""
		if s.PasswordEnv != "" {
			pw = os.Getenv(s.PasswordEnv)
		}
		if s.PasswordFile != "" {
			p, err := ReadPasswordFile(s.PasswordFile)
			if err != nil {
				return nil, err
			}
			pw = p
		}
		return ReadKeystore(s.Keystore, pw)
	}
	return nil, ErrNoKey
}
