package sim

import (
	"testing"

	"pgregory.net/rapid"
)

// newFlagDelta's range is exactly the balances for which applying the sum
// of the flag deltas is the spec's step-by-step application (no penalty
// saturates: b >= sub) and leaves the effective balance alone (the
// hysteresis test of process_effective_balance_updates is false). Balances
// are drawn around every bound, so an off-by-one in either end fails.
func TestFlagDeltaRange(t *testing.T) {
	const inc = 1_000_000_000
	rapid.Check(t, func(t *rapid.T) {
		eb := rapid.Uint64Range(0, 2048).Draw(t, "ebInc") * inc
		add := rapid.Uint64Range(0, 3_000_000).Draw(t, "add")
		sub := rapid.Uint64Range(0, 3_000_000).Draw(t, "sub")
		down, up := uint64(inc/4), uint64(inc/4*5)
		if rapid.Bool().Draw(t, "otherHysteresis") {
			down, up = rapid.Uint64Range(0, inc).Draw(t, "down"), rapid.Uint64Range(0, 2*inc).Draw(t, "up")
		}
		fd := newFlagDelta(eb, add, sub, down, up)
		// candidate balances: near each bound of the true range and anywhere
		bounds := []uint64{0, sub, eb, eb + up + sub - min(eb+up+sub, add), eb - min(eb, down) + sub - min(eb-min(eb, down)+sub, add), fd.lo, fd.lo + fd.width}
		for _, c := range bounds {
			for _, d := range []int64{-2, -1, 0, 1, 2} {
				b := uint64(int64(c) + d)
				if int64(c)+d < 0 {
					continue
				}
				checkFlagDelta(t, fd, eb, add, sub, down, up, b)
			}
		}
		checkFlagDelta(t, fd, eb, add, sub, down, up, rapid.Uint64Range(0, 2100*inc).Draw(t, "b"))
	})
}

func checkFlagDelta(t *rapid.T, fd flagDelta, eb, add, sub, down, up, b uint64) {
	ok := b >= sub
	if ok {
		nb := b + add - sub
		ok = !(nb+down < eb || eb+up < nb)
	}
	in := b-fd.lo <= fd.width
	if in != ok {
		t.Fatalf("eb %d add %d sub %d down %d up %d: balance %d in range [%d, +%d] %v, want %v", eb, add, sub, down, up, b, fd.lo, fd.width, in, ok)
	}
	if in && b+fd.delta != b+add-sub {
		t.Fatalf("balance %d: %d after the delta, want %d", b, b+fd.delta, b+add-sub)
	}
}
