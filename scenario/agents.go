package scenario

import (
	"math"
	"math/rand/v2"

	"github.com/ethereum/go-ethereum/common"

	"github.com/stakepool/stakepool/protocol"
)

// marketFloor is the lowest price (ETH per stETH) a holder selling on the
// market accepts; what would push the price lower goes to the queue.
const marketFloor = 0.90

// request is a queued withdrawal an agent waits on.
type request struct {
	id    uint64
	owner common.Address
	slot  uint64
	eth   float64
}

// exitPlan is a run in progress: stETH leaving a pool over several steps.
type exitPlan struct {
	pool    int
	perStep float64 // ETH of stETH a step
	steps   int
	via     string
}

func poisson(r *rand.Rand, lambda float64) int {
	if lambda <= 0 {
		return 0
	}
	if lambda > 50 {
		n := int(math.Round(lambda + math.Sqrt(lambda)*r.NormFloat64()))
		return max(0, n)
	}
	l, k, p := math.Exp(-lambda), 0, 1.0
	for {
		p *= r.Float64()
		if p <= l {
			return k
		}
		k++
	}
}

// utility is the documented pool-choice utility in percentage points
// (docs/scenario.md, "Utility"): net APR, plus liquidity, minus the trust
// discount of custodial tokens, plus a share term.
func (r *runner) utility(k int) float64 {
	c := &r.sc.Agents.Choice
	p := r.w.pools[k]
	u := r.aprOf(k) * 100
	u += c.LiquidityWeight * math.Log1p(r.liquidity(k)/c.LiquidityRef.ETH())
	if p.cfg.Centralized {
		u -= c.TrustDiscount
	}
	u += c.ShareWeight * r.poolShare(k)
	return u
}

// liquidity is the stETH a holder can sell with at most 1% price impact:
// the stableswap's depth for its pool, the instant reserve otherwise.
func (r *runner) liquidity(k int) float64 {
	if r.mkt != nil && r.mktPool == k {
		return r.mkt.depth(0.01)
	}
	return ethOf(r.w.pools[k].st.InstantLiquidity())
}

// choose draws a pool by the multinomial logit of the utilities.
func (r *runner) choose(us []float64) int {
	tau := r.sc.Agents.Choice.Temperature
	best := math.Inf(-1)
	for _, u := range us {
		best = math.Max(best, u)
	}
	var sum float64
	ws := make([]float64, len(us))
	for i, u := range us {
		ws[i] = math.Exp((u - best) / tau)
		sum += ws[i]
	}
	x := r.rng.Float64() * sum
	for i, w := range ws {
		x -= w
		if x <= 0 {
			return i
		}
	}
	return len(us) - 1
}

// arrivals: new stakers draw amounts and choose pools.
func (r *runner) arrivals(days float64) {
	a := &r.sc.Agents.Arrivals
	if a.PerDay == 0 || len(r.w.pools) == 0 {
		return
	}
	years := float64(r.slot-r.start) / slotsPerDay / daysPerYear
	n := poisson(r.rng, a.PerDay*days*math.Pow(1+a.Growth, years))
	us := make([]float64, len(r.w.pools))
	for k := range us {
		us[k] = r.utility(k)
	}
	amounts := make([]float64, len(r.w.pools))
	for range n {
		amt := a.Median.ETH() * math.Exp(a.Sigma*r.rng.NormFloat64())
		amounts[r.choose(us)] += amt
	}
	for k, amt := range amounts {
		if amt < 0.01 {
			continue
		}
		p := r.w.pools[k]
		if lim := ethOf(p.st.CurrentStakeLimit()) * 0.999; amt > lim {
			r.refused[k] += amt - lim // the staking rate limit turns the rest away
			amt = lim
			if amt < 0.01 {
				continue
			}
		}
		h := addr(kHolder, k, 1) // new stakers (holder 0: the genesis holders)
		p.fund(h, amt)
		if _, err := p.tx(h, protocol.Command{Kind: protocol.CmdSubmit, Amount: *weiOf(amt)}); err != nil {
			r.refused[k] += amt
			p.drain(h)
			continue
		}
		r.staked[k] += amt
	}
}

// waitDays estimates how long a queued withdrawal from pool k takes now.
func (r *runner) waitDays(k int) float64 {
	p := r.w.pools[k]
	frame := float64(p.st.Params().EpochsPerFrame) / epochsPerDay
	_, _, unfin, _ := p.st.WithdrawalQueue()
	short := ethOf(unfin) - ethOf(p.st.BufferedEther())
	w := frame
	if short > 0 {
		w += short/r.churnPerDay() + 256.0/epochsPerDay + r.sweepDays()
	}
	return w + r.oldestAge(k) + r.pausedDays(k)
}

func (r *runner) oldestAge(k int) float64 {
	p := r.w.pools[k]
	_, fin, _, _ := p.st.WithdrawalQueue()
	q, ok := p.st.WithdrawalRequest(fin + 1)
	if !ok {
		return 0
	}
	return float64(r.slot-p.st.Chain().SlotAt(q.Timestamp)) / slotsPerDay
}

// sell routes stETH (ETH amount) out of pool k from account from: instant
// from the reserve, the market, or the queue ("best" compares the market's
// discount with the time value of the wait).
func (r *runner) sell(k int, from common.Address, amount float64, via string) {
	r.sellSince(k, from, amount, via, r.slot)
}

// sellSince is sell for a holder who first tried at slot since.
func (r *runner) sellSince(k int, from common.Address, amount float64, via string, since uint64) {
	p := r.w.pools[k]
	bal := ethOf(p.st.BalanceOf(from))
	amount = math.Min(amount, bal)
	if amount < 1e-6 {
		return
	}
	if via != "market" {
		if il := ethOf(p.st.InstantLiquidity()) * 0.999; il > 1e-3 {
			take := math.Min(il, amount)
			if _, err := p.tx(from, protocol.Command{Kind: protocol.CmdInstantWithdrawal, Amount: *weiOf(take)}); err == nil {
				r.instant[k] += take
				p.drain(from)
				amount -= take
				if amount < 1e-6 {
					return
				}
			}
		}
	}
	if via == "best" && r.mkt != nil && r.mktPool == k {
		// The market down to the price at which what a seller gets, after
		// the fee, is worth as much as waiting in the queue; the rest
		// queues.
		r.syncMarket()
		queueCost := float64(r.sc.Agents.Withdrawals.RequiredYield) * r.waitDays(k) / daysPerYear
		floor := math.Max(marketFloor, (1-queueCost)/(1-r.mkt.fee))
		if m := math.Min(amount, r.mkt.stethToReach(floor)); m > 1e-6 {
			r.marketSell(from, m)
			amount -= m
			if amount < 1e-6 {
				return
			}
		}
		via = "queue"
	}
	if via == "market" && r.mkt != nil && r.mktPool == k {
		// Market sellers take prices down to marketFloor; the rest queues.
		r.syncMarket()
		m := math.Min(amount, r.mkt.stethToReach(marketFloor))
		if m > 1e-6 {
			r.marketSell(from, m)
		}
		amount -= m
		if amount < 1e-6 {
			return
		}
	}
	if left := r.queueSince(k, from, amount, since); left > 0 {
		r.blocked = append(r.blocked, blockedExit{pool: k, from: from, eth: left, since: since})
	}
}

// queue requests withdrawals of amount stETH (split into requests of the
// pool's maximum size, 100 a command).
func (r *runner) queue(k int, from common.Address, amount float64) {
	if left := r.queueSince(k, from, amount, r.slot); left > 0 {
		r.blocked = append(r.blocked, blockedExit{pool: k, from: from, eth: left, since: r.slot, direct: true})
	}
}

// queueSince is queue for a holder who first tried at slot since; it
// returns what a pause of withdrawals refused (another refusal drops the
// rest, counted in queueRefused).
func (r *runner) queueSince(k int, from common.Address, amount float64, since uint64) float64 {
	p := r.w.pools[k]
	prm := p.st.Params()
	maxReq := ethOf(&prm.MaxWithdrawal)
	for amount > 1e-6 {
		var amts []float64
		for len(amts) < protocol.MaxPerCall && amount > 1e-6 {
			a := math.Min(amount, maxReq)
			amts = append(amts, a)
			amount -= a
		}
		c := protocol.Command{Kind: protocol.CmdRequestWithdrawals}
		for _, a := range amts {
			c.Amounts = append(c.Amounts, *weiOf(a))
		}
		ev, err := p.tx(from, c)
		if err != nil {
			left := amount
			for _, a := range amts {
				left += a
			}
			if protocol.CodeOf(err) == protocol.CodePaused {
				return left
			}
			r.queueRefused[k]++
			return 0
		}
		j := 0
		for _, e := range ev {
			if e.Kind == protocol.EvWithdrawalRequested {
				r.reqs[k] = append(r.reqs[k], request{id: e.Index, owner: from, slot: since, eth: amts[min(j, len(amts)-1)]})
				j++
			}
		}
	}
	return 0
}

// claim collects finalized requests and returns their ETH to their owners.
func (r *runner) claim(k int) {
	p := r.w.pools[k]
	_, fin, _, _ := p.st.WithdrawalQueue()
	keep := r.reqs[k][:0]
	byOwner := map[common.Address][]uint64{}
	var owners []common.Address
	for _, q := range r.reqs[k] {
		if q.id > fin {
			keep = append(keep, q)
			continue
		}
		if _, ok := byOwner[q.owner]; !ok {
			owners = append(owners, q.owner)
		}
		byOwner[q.owner] = append(byOwner[q.owner], q.id)
		wait := float64(r.slot-q.slot) / slotsPerDay
		r.waitSum[k] += wait * q.eth
		r.waitETH[k] += q.eth
		r.stepWait[k] = math.Max(r.stepWait[k], wait)
	}
	r.reqs[k] = keep
	for _, o := range owners {
		ids := byOwner[o]
		for len(ids) > 0 {
			n := min(len(ids), protocol.MaxPerCall)
			if _, err := p.tx(o, protocol.Command{Kind: protocol.CmdClaimWithdrawals, IDs: ids[:n]}); err != nil {
				break
			}
			ids = ids[n:]
		}
		got := p.drain(o)
		if o == r.arbAddr {
			r.arbFree += got
		}
	}
}

// marketSell sells stETH from an account into the stableswap.
func (r *runner) marketSell(from common.Address, amount float64) float64 {
	p := r.w.pools[r.mktPool]
	r.syncMarket()
	if _, err := p.tx(from, protocol.Command{Kind: protocol.CmdTransfer, To: r.mktAddr, Amount: *weiOf(amount)}); err != nil {
		return 0
	}
	out := r.mkt.swap(1, amount)
	r.mktSold += amount
	r.syncMarket()
	r.minPrice = math.Min(r.minPrice, r.mkt.price())
	return out
}

// marketBuy spends ETH on stETH for an account.
func (r *runner) marketBuy(to common.Address, eth float64) float64 {
	p := r.w.pools[r.mktPool]
	r.syncMarket()
	out := r.mkt.quote(0, eth)
	if _, err := p.tx(r.mktAddr, protocol.Command{Kind: protocol.CmdTransfer, To: to, Amount: *weiOf(out)}); err != nil {
		return 0
	}
	r.mkt.swap(0, eth)
	r.syncMarket()
	return out
}

func (r *runner) syncMarket() {
	if r.mkt != nil {
		r.mkt.x[1] = ethOf(r.w.pools[r.mktPool].st.BalanceOf(r.mktAddr))
	}
}

// arbitrage buys discounted stETH to redeem it through the queue, and
// stakes to sell when the market pays more than par.
func (r *runner) arbitrage() {
	if r.mkt == nil || r.sc.Agents.Arbitrage.Capital.IsZero() {
		return
	}
	k := r.mktPool
	r.syncMarket()
	fee := r.mkt.fee
	floor := 1 - fee - float64(r.sc.Agents.Arbitrage.RequiredYield)*r.waitDays(k)/daysPerYear
	if r.mkt.price() < floor && r.arbFree > 1 {
		eth := math.Min(r.mkt.ethToReach(floor), r.arbFree)
		if eth > 1 {
			got := r.marketBuy(r.arbAddr, eth)
			r.arbFree -= eth
			r.queue(k, r.arbAddr, got)
		}
	}
	if ceil := 1 + fee; r.mkt.price() > ceil && r.arbFree > 1 {
		amt := math.Min(r.mkt.stethToReach(ceil), r.arbFree)
		if amt > 1 {
			p := r.w.pools[k]
			p.fund(r.arbAddr, amt)
			if _, err := p.tx(r.arbAddr, protocol.Command{Kind: protocol.CmdSubmit, Amount: *weiOf(amt)}); err == nil {
				r.marketSell(r.arbAddr, amt*0.999)
			}
		}
	}
}

// lendingStep accrues interest, liquidates unhealthy loans (the collateral
// is sold into the stableswap) and lets loopers unwind when the carry is
// negative.
func (r *runner) lendingStep(days float64) {
	l := r.lend
	if l == nil {
		return
	}
	k := r.lendPool
	p := r.w.pools[k]
	rate := l.borrowRate()
	growth := 1 + rate*days/daysPerYear
	l.debt = 0
	for i := range r.loops {
		pos := &r.loops[i]
		if !pos.open {
			continue
		}
		pos.debt *= growth
		l.debt += pos.debt
	}
	spread := r.aprOf(k) - rate
	for i := range r.loops {
		pos := &r.loops[i]
		if !pos.open {
			continue
		}
		for iter := 0; iter < 20 && pos.open; iter++ {
			if r.healthFactor(pos) >= 1 {
				break
			}
			// A liquidator repays as much as it can (up to the close
			// factor, halving down to 1/16 of it) such that selling the
			// seized collateral on the market pays back the debt it repays.
			price := r.collateralPrice()
			repay, seize := 0.0, 0.0
			for f := 1.0; f >= 1.0/16; f /= 2 {
				rp := l.close * pos.debt * f
				sz := math.Min(rp*(1+l.bonus)/price, r.collOf(pos))
				if r.mkt != nil && r.mkt.quote(1, sz) >= rp {
					repay, seize = rp, sz
					break
				}
			}
			if repay == 0 {
				r.unprofitable++
				break
			}
			r.releaseCollateral(pos, seize, r.liqAddr)
			r.liqETH += r.marketSell(r.liqAddr, ethOf(p.st.BalanceOf(r.liqAddr)))
			l.liquidated += seize
			pos.debt -= repay
			l.debt -= repay
			r.liquidations++
			if r.collOf(pos) < 1e-9 {
				if pos.debt > 0 {
					l.badDebt += pos.debt
					l.debt -= pos.debt
				}
				pos.open = false
			}
		}
		if pos.open && spread < float64(r.sc.Agents.Loopers.UnwindSpread) {
			// unwind a quarter: sell collateral, repay debt
			sellAmt := r.collOf(pos) * 0.25
			r.releaseCollateral(pos, sellAmt, r.liqAddr)
			got := r.marketSell(r.liqAddr, ethOf(p.st.BalanceOf(r.liqAddr)))
			repay := math.Min(got, pos.debt)
			pos.debt -= repay
			l.debt -= repay
			r.unwound += sellAmt
		}
	}
}

func (r *runner) collateralPrice() float64 {
	if r.lend != nil && r.sc.Markets.Lending.Price == "market" && r.mkt != nil {
		r.syncMarket()
		return r.mkt.price()
	}
	return 1
}

func (r *runner) collOf(pos *position) float64 {
	p := r.w.pools[r.lendPool]
	return ethOf(p.st.PooledEthByShares(weiOf(pos.collateral)))
}

func (r *runner) healthFactor(pos *position) float64 {
	if pos.debt <= 0 {
		return math.Inf(1)
	}
	return r.collOf(pos) * r.collateralPrice() * r.lend.lt / pos.debt
}

// releaseCollateral moves stETH worth amount from the lending market to to.
func (r *runner) releaseCollateral(pos *position, amount float64, to common.Address) {
	p := r.w.pools[r.lendPool]
	sh := p.st.SharesByPooledEth(weiOf(amount))
	if s := ethOf(sh); s > pos.collateral {
		sh = weiOf(pos.collateral)
	}
	if _, err := p.tx(r.lendAddr, protocol.Command{Kind: protocol.CmdTransferShares, To: to, Amount: *sh}); err != nil {
		return
	}
	pos.collateral -= ethOf(sh)
}

// openLoops stakes each looper's equity times its leverage, with the
// borrowed part from the lending market, and posts the stETH as collateral.
func (r *runner) openLoops() {
	lp := &r.sc.Agents.Loopers
	if r.lend == nil || lp.Count == 0 {
		return
	}
	k := r.lendPool
	p := r.w.pools[k]
	for i := 0; i < lp.Count; i++ {
		e := lp.Equity.ETH()
		borrow := e * (lp.Leverage - 1)
		if r.lend.debt+borrow > r.lend.supply {
			borrow = math.Max(0, r.lend.supply-r.lend.debt)
		}
		a := addr(kLooper, k, uint64(i))
		p.fund(a, e+borrow)
		if _, err := p.tx(a, protocol.Command{Kind: protocol.CmdSubmit, Amount: *weiOf(e + borrow)}); err != nil {
			continue
		}
		sh := p.st.SharesOf(a)
		p.must(a, protocol.Command{Kind: protocol.CmdTransferShares, To: r.lendAddr, Amount: *sh})
		r.loops = append(r.loops, position{collateral: ethOf(sh), debt: borrow, equity: e, open: true})
		r.lend.debt += borrow
	}
}
