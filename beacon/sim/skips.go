// Geometric skips of the batched attestation draw (batched.go): the
// validators picked independently with one probability (the non-attesters,
// the members of the other slots) are found by drawing the gap before the
// next pick from a survival table, not by one draw per validator.

package sim

import "math/bits"

// skipLen is the length of a skip table: a gap at least this long is
// skipped and drawn again (gaps are memoryless).
const skipLen = 1024

// skipGuideBits: a skip table is followed by a guide of 2^skipGuideBits
// entries, one per range of draws with the same top bits: the smallest gap
// of a draw in that range (where skip's search starts).
const skipGuideBits = 10

// skipTable returns, for validators each skipped with probability th/2^32
// (picked otherwise), the survival function of the gap before the next
// pick: t[g-1] = ⌊(th/2^32)^g · 2^64⌋ for g = 1…skipLen (64-bit fixed point,
// each step rounded down), then the guide (skipGuideBits), cached per th.
func (c *Chain) skipTable(th uint64) []uint64 {
	key := 1<<63 | th
	if t, ok := c.batch.cdfs[key]; ok {
		return t
	}
	if c.batch.cdfs == nil {
		c.batch.cdfs = make(map[uint64][]uint64)
	}
	var t []uint64 // nil: never picked
	if th < 1<<32 {
		t = make([]uint64, skipLen+1<<skipGuideBits)
		p := th << 32
		v := p
		for g := range skipLen {
			t[g] = v
			v, _ = bits.Mul64(v, p)
		}
		// guide[b]: the first g with t[g] <= the largest draw of range b
		// (t decreases; draws below t[skipLen-1] never reach the search)
		guide := t[skipLen:]
		g := 0
		for b := len(guide) - 1; b >= 0; b-- {
			maxU := uint64(b)<<(64-skipGuideBits) | (1<<(64-skipGuideBits) - 1)
			for g < skipLen-1 && t[g] > maxU {
				g++
			}
			guide[b] = uint64(g)
		}
	}
	c.batch.cdfs[key] = t
	return t
}

// skip draws the gap before the next pick from a skip table: the number of
// g ≥ 1 with draw < t[g-1] (the search starts at the guide's entry for the
// draw's top bits; past the table's end, skipLen more and a new draw). A
// nil table: no pick ever.
func skip(d *drawStream, t []uint64) int {
	if t == nil {
		return 1 << 40
	}
	total := 0
	for {
		u := d.next()
		if u < t[skipLen-1] {
			total += skipLen
			if total > 1<<40 {
				return total
			}
			continue
		}
		return total + skipGap(t, u)
	}
}

// skipGap is the first g with u >= t[g] (the gap g), for u >= t[skipLen-1]:
// at least the guide's g (t[guide] <= the largest draw of u's range), at
// most skipLen-1.
func skipGap(t []uint64, u uint64) int {
	tab, guide := t[:skipLen:skipLen], t[skipLen:skipLen+1<<skipGuideBits]
	g := int(guide[u>>(64-skipGuideBits)])
	for u < tab[g] {
		g++
	}
	return g
}
