package scenario

import (
	"math"
	"math/rand/v2"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/stakepool/stakepool/beacon/sim"
	"github.com/stakepool/stakepool/beacon/simrun"
	"github.com/stakepool/stakepool/protocol"
)

// runner is one run of the scenario on one chain.
type runner struct {
	sc    *Scenario
	w     *chainWorld
	rng   *rand.Rand
	slot  uint64
	start uint64
	total float64 // initial total stake

	mkt      *stableswap
	mktPool  int
	mktAddr  common.Address
	lend     *lending
	lendPool int
	lendAddr common.Address
	liqAddr  common.Address
	loops    []position
	arbAddr  common.Address
	arbFree  float64

	reqs         [][]request
	plans        []exitPlan
	panicked     []bool
	staked       []float64
	refused      []float64
	instant      []float64
	queueRefused []int
	waitSum      []float64
	waitETH      []float64
	maxWait      []float64
	rates        [][]float64 // share rate per step, per pool
	prevCL       []float64
	prevEL       []float64
	prevMEV      []float64
	lastAPR      []float64
	stakeDays    []float64 // active stake × days, per pool (for the gross consensus APR)
	mktSold      float64
	liqETH       float64
	liquidations int
	unwound      float64
	slashed      int
	netPrev      float64
	chainTime    time.Duration
	minPrice     float64 // lowest market price seen after any trade
	unprofitable int     // liquidations left undone: the market would not repay the debt
	netStart     float64
	runFrac      []float64     // each scheduled run's size (agents.runs)
	blocked      []blockedExit // requests a pause refused, tried again every step
	econ         *economy      // with economics
	contest      *contest      // with a contested proposal
	// stepWait is, per pool, the longest wait seen in the step: of the
	// requests claimed in it, or the age of the oldest still queued at its
	// end (the queue_wait_days metric; max_wait_days is its maximum)
	stepWait []float64
}

// totalStake is the chain's stake at genesis (ETH) of a synthetic chain.
func (sc *Scenario) totalStake() float64 {
	if sc.Chain.Validators > 0 {
		return 32 * float64(sc.Chain.Validators)
	}
	return sc.Chain.TotalStake.ETH()
}

func newRunner(sc *Scenario) (*runner, error) {
	stake := sc.totalStake()
	w, err := newChainWorld(sc, stake)
	if err != nil {
		return nil, err
	}
	n := len(w.pools)
	r := &runner{sc: sc, w: w, rng: rand.New(rand.NewPCG(sc.Seed, 0xa6e7)), total: stake,
		reqs: make([][]request, n), panicked: make([]bool, n), staked: make([]float64, n), refused: make([]float64, n),
		instant: make([]float64, n), queueRefused: make([]int, n), waitSum: make([]float64, n), waitETH: make([]float64, n),
		maxWait: make([]float64, n), rates: make([][]float64, n), prevCL: make([]float64, n), prevEL: make([]float64, n),
		prevMEV: make([]float64, n), lastAPR: make([]float64, n), stakeDays: make([]float64, n), mktPool: -1, lendPool: -1, minPrice: 1,
		stepWait: make([]float64, n)}
	r.slot = w.Slot()
	r.start = r.slot
	r.netStart = w.networkValue()
	r.netPrev = r.netStart
	for k, p := range w.pools {
		r.prevCL[k] = p.clNow(w)
		r.rates[k] = append(r.rates[k], shareRate(p.st))
		r.lastAPR[k] = r.idealAPR() * (1 - float64(p.cfg.Fee))
	}
	if m := sc.Markets.Stableswap; m != nil {
		k := sc.PoolIndex(m.Pool)
		p := w.pools[k]
		r.mkt = &stableswap{A: m.A, fee: float64(m.Fee)}
		r.mktPool, r.mktAddr = k, addr(kMarket, k, 0)
		p.must(addr(kHolder, k, 0), protocol.Command{Kind: protocol.CmdTransfer, To: r.mktAddr, Amount: m.StETH.Wei})
		r.mkt.x[0] = m.ETH.ETH()
		r.syncMarket()
	}
	if l := sc.Markets.Lending; l != nil {
		k := sc.PoolIndex(l.Pool)
		r.lend = &lending{supply: l.ETHSupply.ETH(), ltv: float64(l.LTV), lt: float64(l.LiquidationThreshold),
			bonus: float64(l.Bonus), close: float64(l.CloseFactor), rate: l.Rate}
		r.lendPool, r.lendAddr, r.liqAddr = k, addr(kLending, k, 0), addr(kLending, k, 1)
		r.openLoops()
	}
	if a := sc.Agents.Arbitrage.Capital.ETH(); a > 0 && r.mkt != nil {
		r.arbAddr, r.arbFree = addr(kArb, r.mktPool, 0), a
	}
	// uncertain run sizes: drawn from a stream of their own, so that
	// scenarios without them draw as before
	draw := rand.New(rand.NewPCG(sc.Seed, 0x512e))
	for _, run := range sc.Agents.Runs {
		f := float64(run.Fraction)
		if run.FractionMax > run.Fraction {
			f += (float64(run.FractionMax) - f) * draw.Float64()
		}
		r.runFrac = append(r.runFrac, f)
	}
	if sc.Economics != nil {
		r.econ = newEconomy(r)
	}
	r.contest = newContest(r)
	return r, nil
}

// totalActive is the chain's total active balance in ETH.
func (r *runner) totalActive() float64 {
	var t uint64
	r.w.Chain(func(s *sim.State) { t = s.TotalActiveBalance() })
	return float64(t) / 1e9
}

func shareRate(s *protocol.State) float64 {
	return ethOf(s.PooledEthByShares(weiOf(1))) // 1 ETH of shares
}

// idealAPR is the closed-form consensus APR at the current total active
// balance: 64·82181.25/√T(gwei) (reference/beacon.md §7).
func (r *runner) idealAPR() float64 {
	var t uint64
	r.w.Chain(func(s *sim.State) { t = s.TotalActiveBalance() })
	return 64 * 82181.25 / math.Sqrt(float64(t))
}

// closedFormAPR adds the scenario's participation as `stakepool chain
// yield` does (simrun.AtParticipation).
func (r *runner) closedFormAPR() float64 {
	return simrun.AtParticipation(r.idealAPR(), float64(r.sc.Chain.Participation))
}

// aprOf is pool k's realised APR to holders over the last 7 days (from the
// share rate), or the estimate before a report has moved it.
func (r *runner) aprOf(k int) float64 {
	rs := r.rates[k]
	win := int(math.Ceil(7 * slotsPerDay / float64(r.sc.Step)))
	j := max(0, len(rs)-1-win)
	if len(rs) < 2 || rs[j] <= 0 || rs[len(rs)-1] == rs[j] {
		return r.lastAPR[k]
	}
	days := float64(len(rs)-1-j) * r.sc.Step.Days()
	a := math.Pow(rs[len(rs)-1]/rs[j], daysPerYear/days) - 1
	r.lastAPR[k] = a
	return a
}

func (r *runner) poolShare(k int) float64 {
	var tot float64
	for _, p := range r.w.pools {
		tot += ethOf(p.st.TotalPooledEther())
	}
	if tot == 0 {
		return 0
	}
	return ethOf(r.w.pools[k].st.TotalPooledEther()) / tot
}

func (r *runner) churnPerDay() float64 {
	var t uint64
	r.w.Chain(func(s *sim.State) { t = s.TotalActiveBalance() })
	c := math.Max(128, float64(t)/1e9/65536)
	return math.Min(c, 256) * epochsPerDay
}

func (r *runner) sweepDays() float64 {
	var n int
	r.w.Chain(func(s *sim.State) { n = s.NumValidators() })
	return float64(n) / (16 * slotsPerDay)
}

// holdings is the stETH of pool k's holders (genesis holders and new
// stakers).
func (r *runner) holdings(k int) float64 {
	p := r.w.pools[k]
	return ethOf(p.st.BalanceOf(addr(kHolder, k, 0))) + ethOf(p.st.BalanceOf(addr(kHolder, k, 1)))
}

// holdersSell sells amount of pool k's holders' stETH, from each holder
// account in proportion to its balance.
func (r *runner) holdersSell(k int, amount float64, via string) {
	tot := r.holdings(k)
	if tot <= 0 || amount <= 0 {
		return
	}
	p := r.w.pools[k]
	for j := uint64(0); j < 2; j++ {
		h := addr(kHolder, k, j)
		r.sell(k, h, amount*ethOf(p.st.BalanceOf(h))/tot, via)
	}
}

// step runs one step: scheduled chain events, the epochs of the chain and
// pools, then agents and markets.
func (r *runner) step() error {
	sc := r.sc
	from, to := r.slot-r.start, r.slot-r.start+uint64(sc.Step)
	in := func(at Duration) bool { return uint64(at) >= from && uint64(at) < to }
	for _, o := range sc.Chain.Outages {
		k := sc.PoolIndex(o.Pool)
		op := -1
		if o.Operator != nil {
			op = *o.Operator
		}
		if in(o.At) {
			r.w.setParticipation(k, op, float64(o.Share), int(math.Round(float64(o.Participation)*1000)))
		}
		if in(o.At + o.For) {
			r.w.setParticipation(k, op, float64(o.Share), -1)
		}
	}
	for _, s := range sc.Chain.Slashings {
		if in(s.At) {
			r.slashed += r.w.slash(sc.PoolIndex(s.Pool), s.Operators, s.Validators, float64(s.Share))
		}
	}
	r.pauseNow(in)
	c0 := r.w.chainTime
	for e := uint64(0); e < uint64(sc.Step)/slotsPerEpoch; e++ {
		if err := r.w.AdvanceEpoch(); err != nil {
			return err
		}
		if r.contest != nil {
			r.contest.epoch(r)
		}
	}
	if r.contest != nil {
		r.contest.trackClaims(r)
	}
	r.chainTime = r.w.chainTime - c0
	r.slot = r.w.Slot()
	days := sc.Step.Days()
	for k, p := range r.w.pools {
		r.rates[k] = append(r.rates[k], shareRate(p.st))
	}
	for k := range r.w.pools {
		r.claim(k)
	}
	r.arrivals(days)
	r.retryBlocked()
	// everyday withdrawals
	if f := float64(sc.Agents.Withdrawals.PerDay); f > 0 {
		for k := range r.w.pools {
			r.holdersSell(k, r.holdings(k)*f*days, "best")
		}
	}
	// panic rules
	pn := &sc.Agents.Panic
	if pn.Fraction > 0 {
		for k := range r.w.pools {
			if r.panicked[k] {
				continue
			}
			rs := r.rates[k]
			drop := 0.0
			if len(rs) >= 2 {
				drop = 1 - rs[len(rs)-1]/rs[len(rs)-2]
			}
			depeg := 0.0
			if r.mkt != nil && r.mktPool == k {
				r.syncMarket()
				depeg = 1 - r.mkt.price()
			}
			if (pn.Depeg > 0 && depeg >= float64(pn.Depeg)) || (pn.SlashedLoss > 0 && drop >= float64(pn.SlashedLoss)) {
				r.panicked[k] = true
				n := max(1, int(uint64(pn.Over)/uint64(sc.Step)))
				r.plans = append(r.plans, exitPlan{pool: k, perStep: r.holdings(k) * float64(pn.Fraction) / float64(n), steps: n, via: "best"})
			}
		}
	}
	for i, run := range sc.Agents.Runs {
		if in(run.At) {
			k := sc.PoolIndex(run.Pool)
			n := max(1, int(uint64(run.Over)/uint64(sc.Step)))
			r.plans = append(r.plans, exitPlan{pool: k, perStep: r.holdings(k) * r.runFrac[i] / float64(n), steps: n, via: run.Via})
		}
	}
	keep := r.plans[:0]
	for _, pl := range r.plans {
		r.holdersSell(pl.pool, pl.perStep, pl.via)
		pl.steps--
		if pl.steps > 0 {
			keep = append(keep, pl)
		}
	}
	r.plans = keep
	r.lendingStep(days)
	r.arbitrage()
	if r.econ != nil {
		r.econ.step(r)
	}
	return nil
}
