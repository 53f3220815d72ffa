package protocol

import "github.com/holiman/uint256"

// UnlimitedRebase as MaxPositiveRebase turns the limiter off (Lido's
// UNLIMITED_REBASE, 2^64 − 1).
const UnlimitedRebase = 1<<64 - 1

// rebasePrecision is the precision of MaxPositiveRebase (1e9 = 100%).
const rebasePrecision = 1_000_000_000

// rebaseLimiter bounds the share rate's increase in one report to
// MaxPositiveRebase, burns included (Lido's PositiveTokenRebaseLimiter):
// it follows pooled ETH through the report (the consensus side, then the
// vault pulls, then the ETH locked for withdrawals) and says how much of
// each vault and how many shares to burn fit under the limit.
type rebaseLimiter struct {
	unlimited  bool
	limit      uint64 // 1e9 precision
	preP, preS uint256.Int
	cur, maxP  uint256.Int
}

// newRebaseLimiter starts at pooled ETH preP and shares preS; maxP =
// preP + ⌊limit × preP / 1e9⌋ (rounded down: less may be added). With no
// pooled ETH the limit is off, as Lido's.
func newRebaseLimiter(limit uint64, preP, preS *uint256.Int) *rebaseLimiter {
	l := &rebaseLimiter{limit: limit, preP: *preP, preS: *preS, cur: *preP}
	l.unlimited = limit == UnlimitedRebase || preP.IsZero()
	if !l.unlimited {
		l.maxP.Mul(uint256.NewInt(limit), preP)
		l.maxP.Div(&l.maxP, uint256.NewInt(rebasePrecision)) // rounded down
		l.maxP.Add(&l.maxP, preP)
	}
	return l
}

// increase adds up to amount of ETH, stopping at maxP, and returns what it
// took (Lido's increaseEther).
func (l *rebaseLimiter) increase(amount *uint256.Int) uint256.Int {
	if l.unlimited {
		return *amount
	}
	prev := l.cur
	l.cur.Add(&l.cur, amount)
	if l.cur.Gt(&l.maxP) {
		l.cur = l.maxP
	}
	var took uint256.Int
	took.Sub(&l.cur, &prev)
	return took
}

// decrease takes amount of ETH off (Lido's decreaseEther); the callers
// never take more than there is.
func (l *rebaseLimiter) decrease(amount *uint256.Int) {
	if l.unlimited {
		return
	}
	if amount.Gt(&l.cur) {
		l.cur.Clear()
		return
	}
	l.cur.Sub(&l.cur, amount)
}

// sharesToBurnLimit is how many shares may be burnt at the current pooled
// ETH without the rate passing the limit (Lido's getSharesToBurnLimit):
// 0 once maxP is reached, else ⌊preS × (limit + 1e9 − ⌊cur × 1e9 / preP⌋)
// / (limit + 1e9)⌋ (both rounded down; the inner rounding gives a few
// more shares than the exact bound, as Lido's); all shares without a
// limit.
func (l *rebaseLimiter) sharesToBurnLimit() uint256.Int {
	if l.unlimited {
		return l.preS
	}
	if !l.cur.Lt(&l.maxP) {
		return uint256.Int{}
	}
	plus1 := uint256.NewInt(l.limit + rebasePrecision)
	var rate, out uint256.Int
	rate.Mul(&l.cur, uint256.NewInt(rebasePrecision))
	rate.Div(&rate, &l.preP) // rounded down
	out.Sub(plus1, &rate)
	out.Mul(&out, &l.preS)
	out.Div(&out, plus1) // rounded down
	return out
}

// smoothing is what a report may take (Lido's smoothenTokenRebase):
// ETH from each vault, the shares to burn had nothing been finalized (for
// the simulated share rate), and the shares to burn.
type smoothing struct {
	withdrawals, elRewards              uint256.Int
	simulatedSharesToBurn, sharesToBurn uint256.Int
}

// smoothen runs the limiter through a report in Lido's order: the
// consensus-side change (a loss lowers pooled ETH, a gain raises it up to
// the limit: it is not deferred, it is already pooled), the withdrawal
// vault, then the execution-rewards vault (the withdrawal vault first);
// the burn had nothing been finalized; the ETH locked for withdrawals; the
// burn of the requested shares and the queue's. What does not fit waits in
// the vaults and the burner for later reports.
func smoothen(limit uint64, preP, preS, preCL, postCL, wVault, elVault, requested, locked, wqShares *uint256.Int) smoothing {
	l := newRebaseLimiter(limit, preP, preS)
	var d uint256.Int
	if postCL.Lt(preCL) {
		d.Sub(preCL, postCL)
		l.decrease(&d)
	} else {
		d.Sub(postCL, preCL)
		l.increase(&d)
	}
	var out smoothing
	out.withdrawals = l.increase(wVault)
	out.elRewards = l.increase(elVault)
	lim := l.sharesToBurnLimit()
	out.simulatedSharesToBurn = *minU(&lim, requested)
	l.decrease(locked)
	lim = l.sharesToBurnLimit()
	var want uint256.Int
	want.Add(wqShares, requested)
	out.sharesToBurn = *minU(&lim, &want)
	return out
}

func minU(a, b *uint256.Int) *uint256.Int {
	if a.Lt(b) {
		return new(uint256.Int).Set(a)
	}
	return new(uint256.Int).Set(b)
}
