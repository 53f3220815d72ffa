package keys

import (
	"crypto/pbkdf2"
	"crypto/rand"
	"crypto/sha256"
	"crypto/sha512"
	"errors"
	"fmt"
	"math"
	"os"
	"strconv"
	"strings"

	blst "github.com/supranational/blst/bindings/go"
	"github.com/tyler-smith/go-bip39"
	"github.com/tyler-smith/go-bip39/wordlists"
	"golang.org/x/text/unicode/norm"
)

// ErrMnemonic is matched (errors.Is) by every *MnemonicError.
var ErrMnemonic = errors.New("invalid mnemonic")

// MnemonicError says what is wrong with a mnemonic. Position is 1-based and
// zero when the problem is not one word (count, checksum).
type MnemonicError struct {
	Position int
	Word     string
	Reason   string
}

func (e *MnemonicError) Error() string {
	if e.Position > 0 {
		return fmt.Sprintf("invalid mnemonic: word %d %q: %s", e.Position, e.Word, e.Reason)
	}
	return "invalid mnemonic: " + e.Reason
}

// Is makes errors.Is(err, ErrMnemonic) true.
func (e *MnemonicError) Is(target error) bool { return target == ErrMnemonic }

// Wordlists that mnemonics are checked against, English first. The language
// is detected from the words (as the deposit CLI does).
var mnemonicLanguages = []struct {
	name  string
	words []string
}{
	{"english", wordlists.English},
	{"chinese_simplified", wordlists.ChineseSimplified},
	{"chinese_traditional", wordlists.ChineseTraditional},
	{"czech", wordlists.Czech},
	{"french", wordlists.French},
	{"italian", wordlists.Italian},
	{"japanese", wordlists.Japanese},
	{"korean", wordlists.Korean},
	{"spanish", wordlists.Spanish},
}

var wordIndexes = func() []map[string]int {
	out := make([]map[string]int, len(mnemonicLanguages))
	for i, l := range mnemonicLanguages {
		m := make(map[string]int, len(l.words))
		for j, w := range l.words {
			m[norm.NFKD.String(w)] = j
		}
		out[i] = m
	}
	return out
}()

// WriteMnemonicFile writes mnemonic m to a new file at path (mode 0600;
// an existing file is never overwritten: os.ErrExist).
func WriteMnemonicFile(path, m string) error {
	f, err := os.OpenFile(path, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o600)
	if err != nil {
		return err
	}
	if _, err := fmt.Fprintln(f, m); err != nil {
		f.Close()
		return fmt.Errorf("write %s: %w", path, err)
	}
	if err := f.Close(); err != nil {
		return fmt.Errorf("write %s: %w", path, err)
	}
	return nil
}

// NewMnemonic returns a fresh 24-word English mnemonic (256 bits of
// crypto/rand entropy).
func NewMnemonic() (string, error) {
	entropy := make([]byte, 32)
	if _, err := rand.Read(entropy); err != nil {
		return "", fmt.Errorf("new mnemonic: read entropy: %w", err)
	}
	m, err := bip39.NewMnemonic(entropy)
	if err != nil {
		return "", fmt.Errorf("new mnemonic: %w", err)
	}
	return m, nil
}

// mnemonicWords normalises (NFKD, lower case) and splits a mnemonic.
func mnemonicWords(mnemonic string) []string {
	return strings.Fields(strings.ToLower(norm.NFKD.String(mnemonic)))
}

// ValidateMnemonic checks the word count, that every word is in one BIP-39
// wordlist, and the checksum. It returns the detected language.
func ValidateMnemonic(mnemonic string) (language string, err error) {
	words := mnemonicWords(mnemonic)
	switch len(words) {
	case 12, 15, 18, 21, 24:
	default:
		return "", &MnemonicError{Reason: fmt.Sprintf("%d words, want 12, 15, 18, 21 or 24", len(words))}
	}
	// Pick the language that knows the most words (ties: the first listed).
	best, bestCount := 0, -1
	for li, idx := range wordIndexes {
		c := 0
		for _, w := range words {
			if _, ok := idx[w]; ok {
				c++
			}
		}
		if c > bestCount {
			best, bestCount = li, c
		}
	}
	idx := wordIndexes[best]
	for i, w := range words {
		if _, ok := idx[w]; !ok {
			return "", &MnemonicError{Position: i + 1, Word: w,
				Reason: fmt.Sprintf("not in the BIP-39 %s wordlist", mnemonicLanguages[best].name)}
		}
	}
	// 11 bits per word: entropy || checksum (len(entropy)/32 bits).
	nbits := len(words) * 11
	csBits := nbits / 33
	entBits := nbits - csBits
	bits := make([]byte, (nbits+7)/8)
	for i, w := range words {
		v := idx[w]
		for b := 0; b < 11; b++ {
			if v&(1<<(10-b)) != 0 {
				pos := i*11 + b
				bits[pos/8] |= 0x80 >> (pos % 8)
			}
		}
	}
	entropy := bits[:entBits/8]
	sum := sha256.Sum256(entropy)
	for b := 0; b < csBits; b++ {
		pos := entBits + b
		got := bits[pos/8]&(0x80>>(pos%8)) != 0
		want := sum[b/8]&(0x80>>(b%8)) != 0
		if got != want {
			return "", &MnemonicError{Reason: "checksum mismatch (a word is wrong or the words are out of order)"}
		}
	}
	return mnemonicLanguages[best].name, nil
}

// MnemonicToSeed is the BIP-39 seed: PBKDF2-HMAC-SHA512, 2048 rounds, of the
// NFKD mnemonic with salt "mnemonic"+NFKD(passphrase). It does not validate
// the words; use SeedFromMnemonic for user input.
func MnemonicToSeed(mnemonic, passphrase string) []byte {
	m := norm.NFKD.String(mnemonic)
	salt := norm.NFKD.String("mnemonic" + passphrase)
	seed, err := pbkdf2.Key(sha512.New, m, []byte(salt), 2048, 64)
	if err != nil {
		panic(fmt.Sprintf("keys: pbkdf2: %v", err)) // only fails for FIPS-rejected parameters
	}
	return seed
}

// SeedFromMnemonic validates the mnemonic and returns its BIP-39 seed. The
// words are re-joined with single spaces after normalisation, so extra
// whitespace or capitals do not change the seed.
func SeedFromMnemonic(mnemonic, passphrase string) ([]byte, error) {
	if _, err := ValidateMnemonic(mnemonic); err != nil {
		return nil, err
	}
	return MnemonicToSeed(strings.Join(mnemonicWords(mnemonic), " "), passphrase), nil
}

// ErrPath is matched by every *PathError.
var ErrPath = errors.New("invalid key path")

// PathError reports a key path that cannot be parsed.
type PathError struct {
	Path   string
	Reason string
}

func (e *PathError) Error() string { return fmt.Sprintf("invalid key path %q: %s", e.Path, e.Reason) }

// Is makes errors.Is(err, ErrPath) true.
func (e *PathError) Is(target error) bool { return target == ErrPath }

// Path is an EIP-2334 key path: the child indexes below the master key m.
type Path []uint32

// EIP-2334 constants.
const (
	PurposeEIP2334  = 12381
	CoinTypeEth     = 3600
	pathPrefixValid = "m"
)

// ParsePath reads "m/12381/3600/0/0/0": "m" then decimal indexes below 2^32.
func ParsePath(s string) (Path, error) {
	if s == "" {
		return nil, &PathError{Path: s, Reason: "empty"}
	}
	parts := strings.Split(s, "/")
	if parts[0] != pathPrefixValid {
		return nil, &PathError{Path: s, Reason: `must start with "m"`}
	}
	p := make(Path, 0, len(parts)-1)
	for i, c := range parts[1:] {
		if c == "" {
			return nil, &PathError{Path: s, Reason: fmt.Sprintf("component %d is empty", i+1)}
		}
		for _, r := range c {
			if r < '0' || r > '9' {
				return nil, &PathError{Path: s, Reason: fmt.Sprintf("component %d %q is not a decimal number (hardened ' indexes do not exist in EIP-2334)", i+1, c)}
			}
		}
		if len(c) > 1 && c[0] == '0' {
			return nil, &PathError{Path: s, Reason: fmt.Sprintf("component %d %q has a leading zero", i+1, c)}
		}
		v, err := strconv.ParseUint(c, 10, 64)
		if err != nil || v > math.MaxUint32 {
			return nil, &PathError{Path: s, Reason: fmt.Sprintf("component %d %q exceeds 2^32-1", i+1, c)}
		}
		p = append(p, uint32(v))
	}
	return p, nil
}

// String formats the path as "m/a/b/...".
func (p Path) String() string {
	var b strings.Builder
	b.WriteString("m")
	for _, v := range p {
		b.WriteByte('/')
		b.WriteString(strconv.FormatUint(uint64(v), 10))
	}
	return b.String()
}

// SigningKeyPath is the EIP-2334 signing key of validator i: m/12381/3600/i/0/0.
func SigningKeyPath(i uint32) Path { return Path{PurposeEIP2334, CoinTypeEth, i, 0, 0} }

// WithdrawalKeyPath is the EIP-2334 withdrawal key of validator i: m/12381/3600/i/0.
func WithdrawalKeyPath(i uint32) Path { return Path{PurposeEIP2334, CoinTypeEth, i, 0} }

// DeriveMasterKey is EIP-2333 derive_master_SK (seed of at least 32 bytes).
func DeriveMasterKey(seed []byte) (*SecretKey, error) {
	if len(seed) < 32 {
		return nil, fmt.Errorf("derive master key: seed is %d bytes, EIP-2333 needs at least 32", len(seed))
	}
	sk := blst.DeriveMasterEip2333(seed)
	if sk == nil {
		return nil, errors.New("derive master key: blst rejected the seed")
	}
	return &SecretKey{sk: *sk}, nil
}

// DeriveChild is EIP-2333 derive_child_SK.
func (k *SecretKey) DeriveChild(index uint32) *SecretKey {
	return &SecretKey{sk: *k.sk.DeriveChildEip2333(index)}
}

// DeriveKey walks path from the master key of seed.
func DeriveKey(seed []byte, path Path) (*SecretKey, error) {
	sk, err := DeriveMasterKey(seed)
	if err != nil {
		return nil, err
	}
	for _, i := range path {
		next := sk.DeriveChild(i)
		sk.Zeroize()
		sk = next
	}
	return sk, nil
}
