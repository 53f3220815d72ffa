package protocol

import (
	"math/bits"

	"github.com/holiman/uint256"
)

// mulDiv sets z = ⌊x·y / d⌋ and reports whether the division left a
// remainder: the share conversions' one computation, twice a transfer.
// It gives exactly what uint256's Mul then DivMod give (the product
// wrapping at 2^256, as Mul's does): when x and y are below 2^128 (the
// product then fits 256 bits) and d below 2^128 — every real amount and
// total — it divides the four-word product by the one- or two-word
// divisor directly (Knuth's algorithm D with 64-bit digits, as
// math/big does), which costs a fifth of the general routines; any other
// input goes through them. d must not be zero.
func mulDiv(z, x, y, d *uint256.Int) (remainder bool) {
	if x[2]|x[3]|y[2]|y[3]|d[2]|d[3] != 0 {
		var r uint256.Int
		z.Mul(x, y)
		z.DivMod(z, d, &r)
		return !r.IsZero()
	}
	// u = x·y, four words.
	h00, l00 := bits.Mul64(x[0], y[0])
	h01, l01 := bits.Mul64(x[0], y[1])
	h10, l10 := bits.Mul64(x[1], y[0])
	h11, l11 := bits.Mul64(x[1], y[1])
	u0 := l00
	u1, c1 := bits.Add64(h00, l01, 0)
	u1, c2 := bits.Add64(u1, l10, 0)
	u2, c3 := bits.Add64(h01, h10, c1)
	u2, c4 := bits.Add64(u2, l11, c2)
	u3 := h11 + c3 + c4 // < 2^64: the product is below 2^256

	if d[1] == 0 {
		// One-word divisor: four 128/64 divisions.
		v := d[0]
		var r uint64
		z[3], z[2] = 0, 0
		if u3|u2 != 0 {
			z[3], r = bits.Div64(0, u3, v)
			z[2], r = bits.Div64(r, u2, v)
		}
		z[1], r = bits.Div64(r, u1, v)
		z[0], r = bits.Div64(r, u0, v)
		return r != 0
	}

	// Two-word divisor: normalize so that its top bit is set, then three
	// quotient digits (the quotient is below 2^192), each estimated from
	// the top two words over the divisor's top word and corrected (at most
	// twice) against its second word. With a two-word divisor that
	// correction compares the whole divisor times the estimate with the
	// top three words, so the corrected digit is exact and the subtraction
	// never goes below zero (algorithm D's add-back step cannot happen).
	s := uint(bits.LeadingZeros64(d[1]))
	v1 := d[1]<<s | d[0]>>(64-s)
	v0 := d[0] << s
	un := [5]uint64{u0 << s, u1<<s | u0>>(64-s), u2<<s | u1>>(64-s), u3<<s | u2>>(64-s), u3 >> (64 - s)}
	// The product's leading zero words give leading zero quotient digits:
	// start at the first that can be non-zero (with u below 2^128, a
	// single digit).
	top := 0
	switch {
	case u3 != 0:
		top = 2
	case u2 != 0:
		top = 1
	}
	var q [3]uint64
	for j := top; j >= 0; j-- {
		var qhat, rhat uint64
		overflow := false
		if un[j+2] >= v1 {
			qhat = ^uint64(0)
			var c uint64
			rhat, c = bits.Add64(un[j+1], v1, 0) // (un[j+2]·2^64 + un[j+1]) − qhat·v1, un[j+2] = v1
			overflow = c != 0
		} else {
			qhat, rhat = bits.Div64(un[j+2], un[j+1], v1)
		}
		for !overflow {
			ph, pl := bits.Mul64(qhat, v0)
			if ph < rhat || (ph == rhat && pl <= un[j]) {
				break
			}
			qhat--
			var c uint64
			rhat, c = bits.Add64(rhat, v1, 0)
			overflow = c != 0
		}
		// (un[j+2], un[j+1], un[j]) −= qhat·(v1, v0)
		p0h, p0l := bits.Mul64(qhat, v0)
		p1h, p1l := bits.Mul64(qhat, v1)
		w1, c := bits.Add64(p0h, p1l, 0)
		w2 := p1h + c
		var b uint64
		un[j], b = bits.Sub64(un[j], p0l, 0)
		un[j+1], b = bits.Sub64(un[j+1], w1, b)
		un[j+2], _ = bits.Sub64(un[j+2], w2, b)
		q[j] = qhat
	}
	z[0], z[1], z[2], z[3] = q[0], q[1], q[2], 0
	return un[0]|un[1] != 0
}
