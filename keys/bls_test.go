package keys

import (
	"errors"
	"fmt"
	"reflect"
	"strings"
	"testing"
)

func testKeys(t testing.TB, n int) []*SecretKey {
	t.Helper()
	seed := MnemonicToSeed(testMnemonic, "")
	master, err := DeriveMasterKey(seed)
	if err != nil {
		t.Fatal(err)
	}
	out := make([]*SecretKey, n)
	for i := range out {
		out[i] = master.DeriveChild(uint32(i))
	}
	return out
}

func TestSignVerify(t *testing.T) {
	sks := testKeys(t, 2)
	msg := []byte("deposit")
	sig := sks[0].Sign(msg)
	if err := Verify(sks[0].PublicKey(), msg, sig); err != nil {
		t.Fatal(err)
	}
	if err := Verify(sks[1].PublicKey(), msg, sig); !errors.Is(err, ErrBadSignature) {
		t.Fatalf("other key: %v", err)
	}
	if err := Verify(sks[0].PublicKey(), []byte("other"), sig); !errors.Is(err, ErrBadSignature) {
		t.Fatalf("other message: %v", err)
	}
	// The point at infinity is rejected as a public key (KeyValidate).
	var inf PublicKey
	inf[0] = 0xc0
	if err := Verify(inf, msg, sig); !errors.Is(err, ErrInvalidPublicKey) {
		t.Fatalf("infinity pubkey: %v", err)
	}
	var garbage PublicKey
	for i := range garbage {
		garbage[i] = 0xff
	}
	if err := Verify(garbage, msg, sig); !errors.Is(err, ErrInvalidPublicKey) {
		t.Fatalf("garbage pubkey: %v", err)
	}
	var badSig Signature
	badSig[0] = 0x80 | 0x1f
	if err := Verify(sks[0].PublicKey(), msg, badSig); !errors.Is(err, ErrInvalidSignature) {
		t.Fatalf("garbage signature: %v", err)
	}
	// Infinity signature: valid encoding, does not verify.
	var infSig Signature
	infSig[0] = 0xc0
	if err := Verify(sks[0].PublicKey(), msg, infSig); err == nil {
		t.Fatal("infinity signature accepted")
	}
}

func TestSecretKeyFromBytes(t *testing.T) {
	if _, err := SecretKeyFromBytes(make([]byte, 32)); !errors.Is(err, ErrInvalidSecretKey) {
		t.Fatal("zero key accepted")
	}
	if _, err := SecretKeyFromBytes(curveOrder.FillBytes(make([]byte, 32))); !errors.Is(err, ErrInvalidSecretKey) {
		t.Fatal("r accepted")
	}
	if _, err := SecretKeyFromBytes([]byte{1}); !errors.Is(err, ErrInvalidSecretKey) {
		t.Fatal("short key accepted")
	}
	sk := testKeys(t, 1)[0]
	b := sk.Bytes()
	again, err := SecretKeyFromBytes(b[:])
	if err != nil || again.PublicKey() != sk.PublicKey() {
		t.Fatal("round trip", err)
	}
}

func TestAggregate(t *testing.T) {
	sks := testKeys(t, 4)
	msg := []byte("attestation")
	var sigs []Signature
	var pks []PublicKey
	for _, sk := range sks {
		sigs = append(sigs, sk.Sign(msg))
		pks = append(pks, sk.PublicKey())
	}
	agg, err := AggregateSignatures(sigs)
	if err != nil {
		t.Fatal(err)
	}
	if err := FastAggregateVerify(pks, msg, agg); err != nil {
		t.Fatal(err)
	}
	if err := FastAggregateVerify(pks[:3], msg, agg); !errors.Is(err, ErrBadSignature) {
		t.Fatal("subset accepted")
	}
	apk, err := AggregatePublicKeys(pks)
	if err != nil {
		t.Fatal(err)
	}
	if err := Verify(apk, msg, agg); err != nil {
		t.Fatal(err)
	}
	if _, err := AggregateSignatures(nil); err == nil {
		t.Fatal("empty aggregate")
	}
}

func batchOf(t testing.TB, n int) []BatchItem {
	sks := testKeys(t, n)
	items := make([]BatchItem, n)
	for i, sk := range sks {
		msg := []byte(fmt.Sprintf("message %d", i))
		items[i] = BatchItem{PublicKey: sk.PublicKey(), Message: msg, Signature: sk.Sign(msg)}
	}
	return items
}

func TestVerifyBatch(t *testing.T) {
	items := batchOf(t, 40)
	if err := VerifyBatch(items); err != nil {
		t.Fatal(err)
	}
	if err := VerifyBatch(nil); err != nil {
		t.Fatal(err)
	}
	if err := VerifyBatch(items[:1]); err != nil {
		t.Fatal(err)
	}
	var inf PublicKey
	inf[0] = 0xc0
	cases := []struct {
		name   string
		mutate func([]BatchItem)
		bad    []int
	}{
		{"one wrong message", func(it []BatchItem) { it[7].Message = []byte("x") }, []int{7}},
		{"swapped signatures", func(it []BatchItem) { it[3].Signature, it[30].Signature = it[30].Signature, it[3].Signature }, []int{3, 30}},
		{"infinity pubkey", func(it []BatchItem) { it[0].PublicKey = inf }, []int{0}},
		{"garbage signature and wrong key", func(it []BatchItem) { it[39].Signature[5] ^= 1; it[12].PublicKey = it[13].PublicKey }, []int{12, 39}},
		{"all bad", func(it []BatchItem) {
			for i := range it {
				it[i].Message = []byte("nope")
			}
		}, func() []int {
			var all []int
			for i := 0; i < 40; i++ {
				all = append(all, i)
			}
			return all
		}()},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			it := append([]BatchItem(nil), items...)
			c.mutate(it)
			err := VerifyBatch(it)
			var be *BatchError
			if !errors.As(err, &be) {
				t.Fatalf("got %v", err)
			}
			if !reflect.DeepEqual(be.Indexes(), c.bad) {
				t.Fatalf("bad %v, want %v (%v)", be.Indexes(), c.bad, err)
			}
		})
	}
}

func TestPathParse(t *testing.T) {
	p, err := ParsePath("m/12381/3600/4294967295/0/0")
	if err != nil || p.String() != "m/12381/3600/4294967295/0/0" {
		t.Fatal(p, err)
	}
	if SigningKeyPath(3).String() != "m/12381/3600/3/0/0" || WithdrawalKeyPath(3).String() != "m/12381/3600/3/0" {
		t.Fatal("EIP-2334 paths")
	}
	if p, err := ParsePath("m"); err != nil || len(p) != 0 {
		t.Fatal("master path")
	}
	bad := map[string]string{
		"":                       "empty",
		"12381/3600":             `must start with "m"`,
		"m/12381//0":             "component 2 is empty",
		"m/12381/3600/0'":        "not a decimal number",
		"m/12381/-1":             "not a decimal number",
		"m/4294967296":           "exceeds 2^32-1",
		"m/01":                   "leading zero",
		"m/12381/3600/0/0/0/":    "component 6 is empty",
		"M/12381/3600/0/0/0":     `must start with "m"`,
		"m/99999999999999999999": "exceeds",
	}
	for in, want := range bad {
		_, err := ParsePath(in)
		if !errors.Is(err, ErrPath) || !strings.Contains(err.Error(), want) {
			t.Errorf("%q: %v (want %q)", in, err, want)
		}
	}
}

func TestMnemonicErrors(t *testing.T) {
	cases := []struct {
		name, mnemonic, want string
		pos                  int
	}{
		{"bad word", "abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon abandn about", `word 11 "abandn": not in the BIP-39 english wordlist`, 11},
		{"checksum", "abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon", "checksum mismatch", 0},
		{"swapped words", "about abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon", "checksum mismatch", 0},
		{"too few", "abandon abandon about", "3 words, want 12, 15, 18, 21 or 24", 0},
		{"empty", "   ", "0 words", 0},
		{"13 words", "abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon about", "13 words, want", 0},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			_, err := SeedFromMnemonic(c.mnemonic, "")
			var me *MnemonicError
			if !errors.As(err, &me) || !errors.Is(err, ErrMnemonic) {
				t.Fatalf("got %v", err)
			}
			if !strings.Contains(err.Error(), c.want) || me.Position != c.pos {
				t.Fatalf("got %q (position %d), want %q", err, me.Position, c.want)
			}
		})
	}
	// Case and spacing do not matter.
	a, err := SeedFromMnemonic("  ABANDON abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon\tabout ", "")
	if err != nil {
		t.Fatal(err)
	}
	b := MnemonicToSeed("abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon about", "")
	if string(a) != string(b) {
		t.Fatal("normalisation changed the seed")
	}
	m, err := NewMnemonic()
	if err != nil {
		t.Fatal(err)
	}
	if lang, err := ValidateMnemonic(m); err != nil || lang != "english" || len(mnemonicWords(m)) != 24 {
		t.Fatalf("new mnemonic %q: %v", m, err)
	}
}

func TestVerifyBatchSlabs(t *testing.T) {
	defer func(v int) { maxSlab = v }(maxSlab)
	maxSlab = 16
	items := batchOf(t, 50)
	if err := VerifyBatch(items); err != nil {
		t.Fatal(err)
	}
	items[17].Message = []byte("x")
	items[49].Signature = items[0].Signature
	var inf PublicKey
	inf[0] = 0xc0
	items[33].PublicKey = inf
	var be *BatchError
	if err := VerifyBatch(items); !errors.As(err, &be) || fmt.Sprint(be.Indexes()) != "[17 33 49]" {
		t.Fatalf("got %v", err)
	}
}
