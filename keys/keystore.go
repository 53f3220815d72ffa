package keys

import (
	"bytes"
	"crypto/aes"
	"crypto/cipher"
	"crypto/pbkdf2"
	"crypto/rand"
	"crypto/sha256"
	"crypto/subtle"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math/bits"
	"regexp"
	"strings"

	"golang.org/x/crypto/scrypt"
	"golang.org/x/text/unicode/norm"
)

// EIP-2335 keystore (version 4). The JSON layout and the defaults follow the
// staking deposit CLI: scrypt n=2^18 r=8 p=1 dklen=32, aes-128-ctr, sha256
// checksum, one line, Python json.dumps separators.

// Default KDF parameters (as the deposit CLI).
const (
	DefaultScryptN = 1 << 18
	DefaultScryptR = 8
	DefaultScryptP = 1
	DefaultPBKDF2C = 1 << 18
	keystoreDKLen  = 32
)

// Limits enforced when reading a keystore, so a hostile file cannot make
// decryption take unbounded memory or time.
const (
	maxScryptMemory = 1 << 30 // 128·n·r bytes
	maxPBKDF2C      = 1 << 24
)

// Errors of the keystore layer (test with errors.Is).
var (
	// ErrKeystoreFormat: the file is not a well-formed EIP-2335 keystore
	// (truncated JSON, a missing or mistyped field, bad hex, unsupported
	// function, out-of-range parameters). Always a *KeystoreFormatError.
	ErrKeystoreFormat = errors.New("malformed keystore")
	// ErrWrongPassword: the checksum does not match, i.e. the password is
	// wrong (or the checksum/ciphertext/KDF parameters were altered).
	ErrWrongPassword = errors.New("wrong keystore password (checksum mismatch)")
	// ErrKeystorePubkey: the decrypted secret does not belong to the
	// keystore's pubkey field (a tampered pubkey).
	ErrKeystorePubkey = errors.New("keystore pubkey does not match its secret")
)

// KeystoreFormatError names the field of a malformed keystore.
type KeystoreFormatError struct {
	Field  string
	Reason string
}

func (e *KeystoreFormatError) Error() string {
	if e.Field == "" {
		return "malformed keystore: " + e.Reason
	}
	return fmt.Sprintf("malformed keystore: %s: %s", e.Field, e.Reason)
}

// Is makes errors.Is(err, ErrKeystoreFormat) true.
func (e *KeystoreFormatError) Is(target error) bool { return target == ErrKeystoreFormat }

func formatErr(field, format string, args ...any) error {
	return &KeystoreFormatError{Field: field, Reason: fmt.Sprintf(format, args...)}
}

// KDFParams are the parameters of the key derivation function. Scrypt uses
// N, R, P; PBKDF2 uses C and PRF ("hmac-sha256").
type KDFParams struct {
	DKLen int
	N     int
	R     int
	P     int
	C     int
	PRF   string
	Salt  []byte
}

// Keystore is a decoded EIP-2335 keystore.
type Keystore struct {
	KDF         string // "scrypt" or "pbkdf2"
	KDFParams   KDFParams
	Checksum    []byte // sha256(dk[16:32] || cipher message)
	IV          []byte // aes-128-ctr IV, 16 bytes
	CipherText  []byte // encrypted secret, 32 bytes
	Description string
	Pubkey      []byte // 48 bytes, or empty (optional in EIP-2335)
	Path        string
	UUID        string
	Version     int
}

// KeystoreOptions control Encrypt. Zero values pick the deposit CLI's
// defaults and fresh randomness; tests can fix Salt, IV and UUID.
type KeystoreOptions struct {
	KDF         string // "scrypt" (default) or "pbkdf2"
	ScryptN     int    // default 2^18
	PBKDF2C     int    // default 2^18
	Path        string
	Description string
	Salt        []byte // default 32 random bytes
	IV          []byte // default 16 random bytes
	UUID        string // default random version-4 UUID
}

// ProcessPassword applies EIP-2335 password processing: NFKD, then remove the
// C0 (U+0000–U+001F), DEL (U+007F) and C1 (U+0080–U+009F) control codes.
func ProcessPassword(password string) []byte {
	var b strings.Builder
	for _, r := range norm.NFKD.String(password) {
		if r < 0x20 || (r >= 0x7f && r <= 0x9f) {
			continue
		}
		b.WriteRune(r)
	}
	return []byte(b.String())
}

func newUUID() (string, error) {
	var u [16]byte
	if _, err := rand.Read(u[:]); err != nil {
		return "", err
	}
	u[6] = u[6]&0x0f | 0x40
	u[8] = u[8]&0x3f | 0x80
	return fmt.Sprintf("%x-%x-%x-%x-%x", u[0:4], u[4:6], u[6:8], u[8:10], u[10:16]), nil
}

// Encrypt seals sk under password as an EIP-2335 keystore.
func Encrypt(sk *SecretKey, password string, opt KeystoreOptions) (*Keystore, error) {
	ks := &Keystore{Version: 4, Path: opt.Path, Description: opt.Description, UUID: opt.UUID}
	if ks.Path != "" {
		if _, err := ParsePath(ks.Path); err != nil {
			return nil, fmt.Errorf("encrypt keystore: %w", err)
		}
	}
	switch opt.KDF {
	case "", "scrypt":
		n := opt.ScryptN
		if n == 0 {
			n = DefaultScryptN
		}
		ks.KDF = "scrypt"
		ks.KDFParams = KDFParams{DKLen: keystoreDKLen, N: n, R: DefaultScryptR, P: DefaultScryptP}
	case "pbkdf2":
		c := opt.PBKDF2C
		if c == 0 {
			c = DefaultPBKDF2C
		}
		ks.KDF = "pbkdf2"
		ks.KDFParams = KDFParams{DKLen: keystoreDKLen, C: c, PRF: "hmac-sha256"}
	default:
		return nil, fmt.Errorf("encrypt keystore: unsupported kdf %q (want scrypt or pbkdf2)", opt.KDF)
	}
	ks.KDFParams.Salt = opt.Salt
	if ks.KDFParams.Salt == nil {
		ks.KDFParams.Salt = make([]byte, 32)
		if _, err := rand.Read(ks.KDFParams.Salt); err != nil {
			return nil, fmt.Errorf("encrypt keystore: salt: %w", err)
		}
	}
	ks.IV = opt.IV
	if ks.IV == nil {
		ks.IV = make([]byte, aes.BlockSize)
		if _, err := rand.Read(ks.IV); err != nil {
			return nil, fmt.Errorf("encrypt keystore: iv: %w", err)
		}
	}
	if ks.UUID == "" {
		u, err := newUUID()
		if err != nil {
			return nil, fmt.Errorf("encrypt keystore: uuid: %w", err)
		}
		ks.UUID = u
	}
	if err := ks.validateParams(); err != nil {
		return nil, fmt.Errorf("encrypt keystore: %w", err)
	}
	dk, err := ks.decryptionKey(password)
	if err != nil {
		return nil, fmt.Errorf("encrypt keystore: %w", err)
	}
	secret := sk.Bytes()
	ks.CipherText, err = aesCTR(dk[:16], ks.IV, secret[:])
	if err != nil {
		return nil, fmt.Errorf("encrypt keystore: %w", err)
	}
	sum := sha256.Sum256(append(append([]byte{}, dk[16:32]...), ks.CipherText...))
	ks.Checksum = sum[:]
	pk := sk.PublicKey()
	ks.Pubkey = pk[:]
	return ks, nil
}

func aesCTR(key, iv, in []byte) ([]byte, error) {
	block, err := aes.NewCipher(key)
	if err != nil {
		return nil, err
	}
	out := make([]byte, len(in))
	cipher.NewCTR(block, iv).XORKeyStream(out, in)
	return out, nil
}

func (ks *Keystore) decryptionKey(password string) ([]byte, error) {
	pw := ProcessPassword(password)
	p := ks.KDFParams
	switch ks.KDF {
	case "scrypt":
		dk, err := scrypt.Key(pw, p.Salt, p.N, p.R, p.P, p.DKLen)
		if err != nil {
			return nil, fmt.Errorf("scrypt: %w", err)
		}
		return dk, nil
	case "pbkdf2":
		dk, err := pbkdf2.Key(sha256.New, string(pw), p.Salt, p.C, p.DKLen)
		if err != nil {
			return nil, fmt.Errorf("pbkdf2: %w", err)
		}
		return dk, nil
	}
	return nil, formatErr("crypto.kdf.function", "unsupported %q", ks.KDF)
}

// Decrypt recovers the secret key. A wrong password gives ErrWrongPassword;
// a secret that does not match the pubkey field gives ErrKeystorePubkey.
func (ks *Keystore) Decrypt(password string) (*SecretKey, error) {
	if err := ks.validate(); err != nil {
		return nil, fmt.Errorf("decrypt keystore: %w", err)
	}
	dk, err := ks.decryptionKey(password)
	if err != nil {
		return nil, fmt.Errorf("decrypt keystore: %w", err)
	}
	sum := sha256.Sum256(append(append([]byte{}, dk[16:32]...), ks.CipherText...))
	if subtle.ConstantTimeCompare(sum[:], ks.Checksum) != 1 {
		return nil, fmt.Errorf("decrypt keystore %s: %w", ks.UUID, ErrWrongPassword)
	}
	secret, err := aesCTR(dk[:16], ks.IV, ks.CipherText)
	if err != nil {
		return nil, fmt.Errorf("decrypt keystore: %w", err)
	}
	sk, err := SecretKeyFromBytes(secret)
	if err != nil {
		return nil, fmt.Errorf("decrypt keystore %s: %w", ks.UUID, err)
	}
	if len(ks.Pubkey) != 0 {
		pk := sk.PublicKey()
		if !bytes.Equal(pk[:], ks.Pubkey) {
			return nil, fmt.Errorf("decrypt keystore %s: %w: pubkey field %x, secret gives %x", ks.UUID, ErrKeystorePubkey, ks.Pubkey, pk[:])
		}
	}
	return sk, nil
}

var uuidRE = regexp.MustCompile(`^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$`)

// validateParams checks the fields Encrypt sets before encrypting
// (everything but checksum, ciphertext and pubkey) against EIP-2335 and our
// limits.
func (ks *Keystore) validateParams() error {
	if ks.Version != 4 {
		return formatErr("version", "%d, want 4", ks.Version)
	}
	if !uuidRE.MatchString(ks.UUID) {
		return formatErr("uuid", "%q is not a UUID", ks.UUID)
	}
	if ks.Path != "" {
		if _, err := ParsePath(ks.Path); err != nil {
			return formatErr("path", "%v", err)
		}
	}
	if len(ks.Pubkey) != 0 && len(ks.Pubkey) != PublicKeySize {
		return formatErr("pubkey", "%d bytes, want %d", len(ks.Pubkey), PublicKeySize)
	}
	p := ks.KDFParams
	if p.DKLen < 32 || p.DKLen > 64 {
		return formatErr("crypto.kdf.params.dklen", "%d, want 32..64", p.DKLen)
	}
	if len(p.Salt) == 0 {
		return formatErr("crypto.kdf.params.salt", "empty")
	}
	switch ks.KDF {
	case "scrypt":
		if p.N < 2 || bits.OnesCount(uint(p.N)) != 1 {
			return formatErr("crypto.kdf.params.n", "%d is not a power of two above 1", p.N)
		}
		if p.R < 1 || p.P < 1 {
			return formatErr("crypto.kdf.params", "r=%d p=%d must be positive", p.R, p.P)
		}
		if uint64(p.N)*uint64(p.R)*128 > maxScryptMemory || uint64(p.R)*uint64(p.P) >= 1<<30 {
			return formatErr("crypto.kdf.params", "n=%d r=%d p=%d exceed the limits (128·n·r ≤ 1 GiB)", p.N, p.R, p.P)
		}
	case "pbkdf2":
		if p.PRF != "hmac-sha256" {
			return formatErr("crypto.kdf.params.prf", "%q, want hmac-sha256", p.PRF)
		}
		if p.C < 1 || p.C > maxPBKDF2C {
			return formatErr("crypto.kdf.params.c", "%d, want 1..2^24", p.C)
		}
	default:
		return formatErr("crypto.kdf.function", "%q, want scrypt or pbkdf2", ks.KDF)
	}
	if len(ks.IV) != aes.BlockSize {
		return formatErr("crypto.cipher.params.iv", "%d bytes, want 16", len(ks.IV))
	}
	return nil
}

// validate checks every field of a complete keystore.
func (ks *Keystore) validate() error {
	if err := ks.validateParams(); err != nil {
		return err
	}
	if len(ks.Checksum) != 32 {
		return formatErr("crypto.checksum.message", "%d bytes, want 32", len(ks.Checksum))
	}
	if len(ks.CipherText) != SecretKeySize {
		return formatErr("crypto.cipher.message", "%d bytes, want %d", len(ks.CipherText), SecretKeySize)
	}
	return nil
}

// MarshalJSON writes the keystore exactly as the deposit CLI does: one line,
// Python json.dumps separators, fields in EIP-2335 order.
func (ks *Keystore) MarshalJSON() ([]byte, error) {
	p := ks.KDFParams
	params := newPyObject()
	switch ks.KDF {
	case "scrypt":
		params.uint("dklen", uint64(p.DKLen)).uint("n", uint64(p.N)).uint("r", uint64(p.R)).uint("p", uint64(p.P))
	case "pbkdf2":
		params.uint("c", uint64(p.C)).uint("dklen", uint64(p.DKLen)).str("prf", p.PRF)
	default:
		return nil, formatErr("crypto.kdf.function", "unsupported %q", ks.KDF)
	}
	params.str("salt", hex.EncodeToString(p.Salt))
	kdf := newPyObject().str("function", ks.KDF).raw("params", params.String()).str("message", "")
	checksum := newPyObject().str("function", "sha256").raw("params", "{}").str("message", hex.EncodeToString(ks.Checksum))
	ciph := newPyObject().str("function", "aes-128-ctr").
		raw("params", newPyObject().str("iv", hex.EncodeToString(ks.IV)).String()).
		str("message", hex.EncodeToString(ks.CipherText))
	crypto := newPyObject().raw("kdf", kdf.String()).raw("checksum", checksum.String()).raw("cipher", ciph.String())
	out := newPyObject().raw("crypto", crypto.String()).
		str("description", ks.Description).
		str("pubkey", hex.EncodeToString(ks.Pubkey)).
		str("path", ks.Path).
		str("uuid", ks.UUID).
		uint("version", uint64(ks.Version))
	return []byte(out.String()), nil
}

// JSON wire form used for decoding.
type ksModuleJSON struct {
	Function *string                    `json:"function"`
	Params   map[string]json.RawMessage `json:"params"`
	Message  *string                    `json:"message"`
}

type ksJSON struct {
	Crypto *struct {
		KDF      *ksModuleJSON `json:"kdf"`
		Checksum *ksModuleJSON `json:"checksum"`
		Cipher   *ksModuleJSON `json:"cipher"`
	} `json:"crypto"`
	Description *string `json:"description"`
	Pubkey      *string `json:"pubkey"`
	Path        *string `json:"path"`
	UUID        *string `json:"uuid"`
	Version     *int    `json:"version"`
}

func decodeHexField(field, s string) ([]byte, error) {
	s = strings.TrimPrefix(s, "0x")
	b, err := hex.DecodeString(s)
	if err != nil {
		return nil, formatErr(field, "not hex: %v", err)
	}
	return b, nil
}

func (m *ksModuleJSON) check(field string) error {
	if m == nil {
		return formatErr(field, "missing")
	}
	if m.Function == nil {
		return formatErr(field+".function", "missing")
	}
	if m.Params == nil {
		return formatErr(field+".params", "missing")
	}
	if m.Message == nil {
		return formatErr(field+".message", "missing")
	}
	return nil
}

func paramInt(m map[string]json.RawMessage, field, name string) (int, error) {
	raw, ok := m[name]
	if !ok {
		return 0, formatErr(field+"."+name, "missing")
	}
	var v int64
	if err := json.Unmarshal(raw, &v); err != nil || v < 0 || v > 1<<40 {
		return 0, formatErr(field+"."+name, "not a non-negative integer: %s", raw)
	}
	return int(v), nil
}

func paramString(m map[string]json.RawMessage, field, name string) (string, error) {
	raw, ok := m[name]
	if !ok {
		return "", formatErr(field+"."+name, "missing")
	}
	var s string
	if err := json.Unmarshal(raw, &s); err != nil {
		return "", formatErr(field+"."+name, "not a string: %s", raw)
	}
	return s, nil
}

// DecodeKeystore parses and validates an EIP-2335 keystore. Every problem is
// a *KeystoreFormatError (errors.Is ErrKeystoreFormat) naming the field.
func DecodeKeystore(data []byte) (*Keystore, error) {
	var j ksJSON
	dec := json.NewDecoder(bytes.NewReader(data))
	if err := dec.Decode(&j); err != nil {
		if errors.Is(err, io.ErrUnexpectedEOF) || errors.Is(err, io.EOF) {
			return nil, formatErr("", "truncated JSON: %v", err)
		}
		return nil, formatErr("", "not JSON of the keystore shape: %v", err)
	}
	if dec.More() {
		return nil, formatErr("", "trailing data after the JSON object")
	}
	var extra json.RawMessage
	if err := dec.Decode(&extra); err != io.EOF {
		return nil, formatErr("", "trailing data after the JSON object")
	}
	if j.Crypto == nil {
		return nil, formatErr("crypto", "missing")
	}
	if j.Version == nil {
		return nil, formatErr("version", "missing")
	}
	if j.UUID == nil {
		return nil, formatErr("uuid", "missing")
	}
	if j.Path == nil {
		return nil, formatErr("path", "missing")
	}
	ks := &Keystore{Version: *j.Version, UUID: *j.UUID, Path: *j.Path}
	if j.Description != nil {
		ks.Description = *j.Description
	}
	if j.Pubkey != nil && *j.Pubkey != "" {
		b, err := decodeHexField("pubkey", *j.Pubkey)
		if err != nil {
			return nil, err
		}
		ks.Pubkey = b
	}
	c := j.Crypto
	for _, m := range []struct {
		name string
		mod  *ksModuleJSON
	}{{"crypto.kdf", c.KDF}, {"crypto.checksum", c.Checksum}, {"crypto.cipher", c.Cipher}} {
		if err := m.mod.check(m.name); err != nil {
			return nil, err
		}
	}
	// KDF
	ks.KDF = *c.KDF.Function
	kp := c.KDF.Params
	var err error
	if ks.KDFParams.DKLen, err = paramInt(kp, "crypto.kdf.params", "dklen"); err != nil {
		return nil, err
	}
	salt, err := paramString(kp, "crypto.kdf.params", "salt")
	if err != nil {
		return nil, err
	}
	if ks.KDFParams.Salt, err = decodeHexField("crypto.kdf.params.salt", salt); err != nil {
		return nil, err
	}
	switch ks.KDF {
	case "scrypt":
		for _, f := range []struct {
			name string
			dst  *int
		}{{"n", &ks.KDFParams.N}, {"r", &ks.KDFParams.R}, {"p", &ks.KDFParams.P}} {
			if *f.dst, err = paramInt(kp, "crypto.kdf.params", f.name); err != nil {
				return nil, err
			}
		}
	case "pbkdf2":
		if ks.KDFParams.C, err = paramInt(kp, "crypto.kdf.params", "c"); err != nil {
			return nil, err
		}
		if ks.KDFParams.PRF, err = paramString(kp, "crypto.kdf.params", "prf"); err != nil {
			return nil, err
		}
	default:
		return nil, formatErr("crypto.kdf.function", "%q, want scrypt or pbkdf2", ks.KDF)
	}
	if *c.KDF.Message != "" {
		return nil, formatErr("crypto.kdf.message", "must be empty")
	}
	// Checksum
	if *c.Checksum.Function != "sha256" {
		return nil, formatErr("crypto.checksum.function", "%q, want sha256", *c.Checksum.Function)
	}
	if ks.Checksum, err = decodeHexField("crypto.checksum.message", *c.Checksum.Message); err != nil {
		return nil, err
	}
	// Cipher
	if *c.Cipher.Function != "aes-128-ctr" {
		return nil, formatErr("crypto.cipher.function", "%q, want aes-128-ctr", *c.Cipher.Function)
	}
	iv, err := paramString(c.Cipher.Params, "crypto.cipher.params", "iv")
	if err != nil {
		return nil, err
	}
	if ks.IV, err = decodeHexField("crypto.cipher.params.iv", iv); err != nil {
		return nil, err
	}
	if ks.CipherText, err = decodeHexField("crypto.cipher.message", *c.Cipher.Message); err != nil {
		return nil, err
	}
	if err := ks.validate(); err != nil {
		return nil, err
	}
	return ks, nil
}

// KeystoreFileName is the deposit CLI's name for a keystore:
// keystore-m_12381_3600_<i>_0_0-<unix timestamp>.json.
func KeystoreFileName(path string, unixTime int64) string {
	return fmt.Sprintf("keystore-%s-%d.json", strings.ReplaceAll(path, "/", "_"), unixTime)
}
