package keys

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"math/big"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/tyler-smith/go-bip39/wordlists"
)

// vectorsDir finds ../shared/vectors beside the repository root (the
// directory holding go.mod), or skips the test when it is absent.
func vectorsDir(t testing.TB) string {
	t.Helper()
	dir, err := os.Getwd()
	if err != nil {
		t.Fatal(err)
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			break
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			t.Skip("go.mod not found above the test directory; cannot locate ../shared/vectors")
		}
		dir = parent
	}
	v := filepath.Join(dir, "..", "shared", "vectors")
	if _, err := os.Stat(v); err != nil {
		t.Skipf("shared vectors not found at %s (CI checks out ../shared beside the repo): %v", v, err)
	}
	return v
}

func readVector(t testing.TB, rel string, v any) {
	t.Helper()
	data, err := os.ReadFile(filepath.Join(vectorsDir(t), rel))
	if err != nil {
		t.Fatal(err)
	}
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.UseNumber()
	if err := dec.Decode(v); err != nil {
		t.Fatalf("%s: %v", rel, err)
	}
}

func mustHex(t testing.TB, s string) []byte {
	t.Helper()
	b, err := hex.DecodeString(strings.TrimPrefix(s, "0x"))
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func bigDec(t testing.TB, n json.Number) *big.Int {
	t.Helper()
	v, ok := new(big.Int).SetString(n.String(), 10)
	if !ok {
		t.Fatalf("not an integer: %s", n)
	}
	return v
}

func TestEIP2333TreeKDF(t *testing.T) {
	var f struct {
		KDFTests []struct {
			Seed       string      `json:"seed"`
			MasterSK   json.Number `json:"master_SK"`
			ChildIndex uint32      `json:"child_index"`
			ChildSK    json.Number `json:"child_SK"`
		} `json:"kdf_tests"`
	}
	readVector(t, "eip2333/tree_kdf.json", &f)
	if len(f.KDFTests) == 0 {
		t.Fatal("no vectors")
	}
	for i, c := range f.KDFTests {
		master, err := DeriveMasterKey(mustHex(t, c.Seed))
		if err != nil {
			t.Fatalf("case %d: %v", i, err)
		}
		if got, want := master.BigInt(), bigDec(t, c.MasterSK); got.Cmp(want) != 0 {
			t.Errorf("case %d master: got %v want %v", i, got, want)
		}
		child := master.DeriveChild(c.ChildIndex)
		if got, want := child.BigInt(), bigDec(t, c.ChildSK); got.Cmp(want) != 0 {
			t.Errorf("case %d child %d: got %v want %v", i, c.ChildIndex, got, want)
		}
	}
}

func TestEIP2333Intermediate(t *testing.T) {
	var c struct {
		Mnemonic   string      `json:"mnemonic"`
		Password   string      `json:"password"`
		Seed       string      `json:"seed"`
		MasterSK   json.Number `json:"master_SK"`
		Path       string      `json:"path"`
		ChildIndex uint32      `json:"child_index"`
		ChildSK    json.Number `json:"child_SK"`
	}
	readVector(t, "eip2333/tree_kdf_intermediate.json", &c)
	seed, err := SeedFromMnemonic(c.Mnemonic, c.Password)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(seed, mustHex(t, c.Seed)) {
		t.Fatalf("seed %x", seed)
	}
	p, err := ParsePath(c.Path)
	if err != nil {
		t.Fatal(err)
	}
	master, _ := DeriveMasterKey(seed)
	if master.BigInt().Cmp(bigDec(t, c.MasterSK)) != 0 {
		t.Fatal("master SK mismatch")
	}
	sk, err := DeriveKey(seed, p)
	if err != nil {
		t.Fatal(err)
	}
	if sk.BigInt().Cmp(bigDec(t, c.ChildSK)) != 0 {
		t.Fatalf("child SK %v", sk.BigInt())
	}
}

// entropyToMnemonic is an independent BIP-39 encoder for the test.
func entropyToMnemonic(entropy []byte, list []string) string {
	sum := sha256Sum(entropy)
	bitsArr := append(append([]byte{}, entropy...), sum[0])
	n := len(entropy) * 8 / 32 * 33
	var words []string
	for i := 0; i < n/11; i++ {
		v := 0
		for b := 0; b < 11; b++ {
			pos := i*11 + b
			v <<= 1
			if bitsArr[pos/8]&(0x80>>(pos%8)) != 0 {
				v |= 1
			}
		}
		words = append(words, list[v])
	}
	return strings.Join(words, " ")
}

func TestBIP39Vectors(t *testing.T) {
	var f map[string][][]string
	readVector(t, "bip39/mnemonic.json", &f)
	lists := map[string][]string{
		"english": wordlists.English, "chinese_simplified": wordlists.ChineseSimplified,
		"chinese_traditional": wordlists.ChineseTraditional, "italian": wordlists.Italian,
		"korean": wordlists.Korean, "spanish": wordlists.Spanish,
	}
	count := 0
	for lang, cases := range f {
		for i, c := range cases {
			entropy, mnemonic, seedHex := mustHex(t, c[0]), c[1], c[2]
			// Seed: PBKDF2 over the NFKD mnemonic, passphrase "TREZOR" (the
			// Trezor vectors' convention).
			if got := MnemonicToSeed(mnemonic, "TREZOR"); hex.EncodeToString(got) != seedHex {
				t.Errorf("%s %d: seed %x want %s", lang, i, got, seedHex)
			}
			list, ok := lists[lang]
			if !ok {
				continue // e.g. Portuguese: go-bip39 ships no wordlist; seed checked above
			}
			if got := entropyToMnemonic(entropy, list); normWords(got) != normWords(mnemonic) {
				t.Errorf("%s %d: mnemonic %q want %q", lang, i, got, mnemonic)
			}
			got, err := ValidateMnemonic(mnemonic)
			if err != nil {
				t.Errorf("%s %d: %v", lang, i, err)
			} else if got != lang && !(lang == "chinese_traditional" && got == "chinese_simplified") {
				// Some Chinese mnemonics use only characters common to both lists.
				t.Errorf("%s %d: detected %s", lang, i, got)
			}
			seed, err := SeedFromMnemonic(mnemonic, "TREZOR")
			if err != nil || hex.EncodeToString(seed) != seedHex {
				t.Errorf("%s %d: SeedFromMnemonic %x %v", lang, i, seed, err)
			}
			count++
		}
	}
	if count < 100 {
		t.Fatalf("only %d vectors checked", count)
	}
}

func normWords(s string) string { return strings.Join(mnemonicWords(s), " ") }

const eip2335Password = "𝔱𝔢𝔰𝔱𝔭𝔞𝔰𝔰𝔴𝔬𝔯𝔡🔑"
const eip2335Secret = "000000000019d6689c085ae165831e934ff763ae46a2a6c172b3f1b60a8ce26f"

func TestEIP2335Vectors(t *testing.T) {
	if got := hex.EncodeToString(ProcessPassword(eip2335Password)); got != "7465737470617373776f7264f09f9491" {
		t.Fatalf("processed password %s", got)
	}
	for _, name := range []string{"test0.json", "test1.json"} {
		t.Run(name, func(t *testing.T) {
			data, err := os.ReadFile(filepath.Join(vectorsDir(t), "eip2335", name))
			if err != nil {
				t.Fatal(err)
			}
			ks, err := DecodeKeystore(data)
			if err != nil {
				t.Fatal(err)
			}
			sk, err := ks.Decrypt(eip2335Password)
			if err != nil {
				t.Fatal(err)
			}
			if b := sk.Bytes(); hex.EncodeToString(b[:]) != eip2335Secret {
				t.Fatalf("secret %x", b)
			}
			// Control characters are stripped: the same password with some
			// added still decrypts.
			if _, err := ks.Decrypt("\x00" + eip2335Password + "\u0085\x7f"); err != nil {
				t.Fatalf("control characters not stripped: %v", err)
			}
			if _, err := ks.Decrypt("testpassword"); !errors.Is(err, ErrWrongPassword) {
				t.Fatalf("wrong password: %v", err)
			}
			// JSON round trip keeps every field.
			out, err := ks.MarshalJSON()
			if err != nil {
				t.Fatal(err)
			}
			var a, b any
			_ = json.Unmarshal(data, &a)
			if err := json.Unmarshal(out, &b); err != nil {
				t.Fatal(err)
			}
			aj, _ := json.Marshal(a)
			bj, _ := json.Marshal(b)
			if !bytes.Equal(aj, bj) {
				t.Fatalf("round trip changed the keystore:\n%s\n%s", aj, bj)
			}
		})
	}
}

func sha256Sum(b []byte) [32]byte { return sha256.Sum256(b) }
