package protocol

import "github.com/holiman/uint256"

// aprPPB is the annualised change of the share rate between (p0, s0) and
// (p1, s1) over elapsed seconds, in parts per billion (signed):
// (p1/s1 ÷ p0/s0 − 1) × year / elapsed.
func aprPPB(p0, s0, p1, s1 *uint256.Int, elapsed uint64) int64 {
	if s0.IsZero() || s1.IsZero() || p0.IsZero() || elapsed == 0 {
		return 0
	}
	// ratio = p1 × s0 / (p0 × s1), in 1e18 fixed point.
	var num, den uint256.Int
	num.Mul(p1, s0)
	den.Mul(p0, s1)
	one := uint256.NewInt(1e18)
	var ratio uint256.Int
	if _, over := ratio.MulDivOverflow(&num, one, &den); over {
		return 0
	}
	neg := ratio.Lt(one)
	var d uint256.Int
	if neg {
		d.Sub(one, &ratio)
	} else {
		d.Sub(&ratio, one)
	}
	// ppb = d × 1e9 × year / (1e18 × elapsed)
	d.Mul(&d, uint256.NewInt(secondsPerYear))
	d.Div(&d, uint256.NewInt(elapsed))
	d.Div(&d, uint256.NewInt(1e9))
	if !d.IsUint64() || d.Uint64() > 1<<62 {
		d.SetUint64(1 << 62)
	}
	if neg {
		return -int64(d.Uint64())
	}
	return int64(d.Uint64())
}

// APR is the pool's annualised yield to stETH holders, net of fees, in parts
// per billion (1e9 = 100%): of the last report, over the reports of the last
// 7 days, and since genesis (docs/oracle.md, "APR").
type APR struct {
	Latest, Week, Inception int64
}

// APR computes the three APR figures from the kept report records.
func (s *State) APR() APR {
	var a APR
	rs := s.oracle.reports
	if len(rs) == 0 {
		return a
	}
	last := rs[len(rs)-1]
	a.Latest = last.APR
	sps := s.chain.SecondsPerSlot
	weekSlots := 7 * 86400 / sps
	first := len(rs) - 1
	for first > 0 && last.RefSlot-rs[first-1].PrevRefSlot <= weekSlots {
		first--
	}
	w := rs[first]
	a.Week = aprPPB(&w.PreTotalEther, &w.PreTotalShares, &last.PostTotalEther, &last.PostTotalShare, (last.RefSlot-w.PrevRefSlot)*sps)
	// Since the pool's genesis the rate started at exactly 1.
	one := uint256.NewInt(1)
	var since uint64
	if t := s.refTime(last.RefSlot); t > s.created {
		since = t - s.created
	}
	a.Inception = aprPPB(one, one, &last.PostTotalEther, &last.PostTotalShare, since)
	return a
}
