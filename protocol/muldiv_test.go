package protocol

import (
	"math/rand/v2"
	"testing"

	"github.com/holiman/uint256"
	"pgregory.net/rapid"
)

// refMulDiv is what mulDiv must equal: uint256's Mul (wrapping) then DivMod.
func refMulDiv(x, y, d *uint256.Int) (uint256.Int, bool) {
	var z, r uint256.Int
	z.Mul(x, y)
	z.DivMod(&z, d, &r)
	return z, !r.IsZero()
}

// word draws a 64-bit word biased to the edges (0, 1, all ones, a top
// bit, near powers of two), where a division's corrections happen.
func word(t *rapid.T, label string) uint64 {
	switch rapid.IntRange(0, 5).Draw(t, label+"-kind") {
	case 0:
		return rapid.SampledFrom([]uint64{0, 1, 2, 1 << 63, ^uint64(0), ^uint64(0) - 1, 1<<63 - 1, 1 << 32}).Draw(t, label)
	case 1:
		return ^uint64(0) >> rapid.UintRange(0, 63).Draw(t, label)
	case 2:
		return 1 << rapid.UintRange(0, 63).Draw(t, label)
	default:
		return rapid.Uint64().Draw(t, label)
	}
}

func drawInt(t *rapid.T, label string, maxWords int) *uint256.Int {
	var v uint256.Int
	n := rapid.IntRange(0, maxWords).Draw(t, label+"-words")
	for i := 0; i < n; i++ {
		v[i] = word(t, label+"-w")
	}
	return &v
}

// TestMulDivMatchesUint256: on random operands of every width (the fast
// paths: one- and two-word divisors, products up to 2^256 − 1; the general
// path: wider operands, wrapping products), mulDiv gives uint256's
// quotient and remainder flag.
func TestMulDivMatchesUint256(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		x := drawInt(t, "x", 4)
		y := drawInt(t, "y", 4)
		d := drawInt(t, "d", 4)
		if d.IsZero() {
			d.SetOne()
		}
		want, wantRem := refMulDiv(x, y, d)
		var z uint256.Int
		z.SetAllOne() // the result must overwrite every word
		gotRem := mulDiv(&z, x, y, d)
		if z != want || gotRem != wantRem {
			t.Fatalf("%s × %s / %s = %s (remainder %v), uint256 gives %s (%v)", x.Hex(), y.Hex(), d.Hex(), z.Hex(), gotRem, want.Hex(), wantRem)
		}
	})
}

// TestMulDivEdges: fixed hard cases — the largest product, divisors just
// above and below 2^64 and 2^128, divisors equal to a factor, quotients
// whose estimate needs both corrections — and a million random
// realistic conversions (amounts, totals around 10^27).
func TestMulDivEdges(t *testing.T) {
	max128 := new(uint256.Int).Sub(new(uint256.Int).Lsh(uint256.NewInt(1), 128), uint256.NewInt(1))
	two64 := new(uint256.Int).Lsh(uint256.NewInt(1), 64)
	vals := []*uint256.Int{uint256.NewInt(0), uint256.NewInt(1), uint256.NewInt(3), max128, two64,
		new(uint256.Int).Sub(two64, uint256.NewInt(1)), new(uint256.Int).Add(two64, uint256.NewInt(1)),
		new(uint256.Int).Rsh(max128, 1), new(uint256.Int).Add(new(uint256.Int).Rsh(max128, 1), uint256.NewInt(1)),
		uint256.MustFromDecimal("1000000000000000000000000000"), uint256.MustFromDecimal("340282366920938463463374607431768211455")}
	check := func(x, y, d *uint256.Int) {
		t.Helper()
		if d.IsZero() {
			return
		}
		want, wantRem := refMulDiv(x, y, d)
		var z uint256.Int
		if rem := mulDiv(&z, x, y, d); z != want || rem != wantRem {
			t.Fatalf("%s × %s / %s = %s (%v), want %s (%v)", x.Dec(), y.Dec(), d.Dec(), z.Dec(), rem, want.Dec(), wantRem)
		}
	}
	for _, x := range vals {
		for _, y := range vals {
			for _, d := range vals {
				check(x, y, d)
			}
		}
	}
	r := rand.New(rand.NewPCG(1, 2))
	for i := 0; i < 1_000_000; i++ {
		amount := new(uint256.Int).Mul(uint256.NewInt(r.Uint64N(1e12)), uint256.NewInt(r.Uint64N(1e12)))
		total := new(uint256.Int).Mul(uint256.NewInt(1e18), uint256.NewInt(1e9+r.Uint64N(1e9)))
		pooled := new(uint256.Int).Add(total, uint256.NewInt(r.Uint64()))
		check(amount, total, pooled)
		check(amount, pooled, total)
	}
}

// TestDepositsWei: n × 32 ETH by multiplication and shift equals
// uint256's product with DepositSizeWei, up to n = 2^64 − 1.
func TestDepositsWei(t *testing.T) {
	r := rand.New(rand.NewPCG(3, 4))
	for i := 0; i < 100_000; i++ {
		n := r.Uint64() >> r.UintN(64)
		if i == 0 {
			n = ^uint64(0)
		}
		var got uint256.Int
		got.SetAllOne()
		depositsWei(&got, n)
		want := new(uint256.Int).Mul(uint256.NewInt(n), DepositSizeWei)
		if !got.Eq(want) {
			t.Fatalf("%d deposits: %s wei, want %s", n, got.Dec(), want.Dec())
		}
	}
}
