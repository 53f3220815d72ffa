package scenario

import (
	"math"

	"github.com/stakepool/stakepool/beacon/sim"
)

// columns names every metric of a row, in order (docs/scenario.md,
// "Metrics").
func (r *runner) columns() []string {
	c := []string{"day", "total_stake_eth", "staked_share_of_supply", "ideal_apr", "closed_form_apr", "network_cl_apr",
		"cost_finality_eth", "cost_majority_eth", "cost_two_thirds_eth", "largest_pool_share", "pools_hhi",
		"largest_share_of_pools", "pools_concentration"}
	for _, p := range r.w.pools {
		n := p.cfg.Name + "_"
		c = append(c, n+"pooled_eth", n+"share_of_stake", n+"share_rate", n+"apr", n+"apr_consensus", n+"apr_execution", n+"apr_mev",
			n+"reserve_eth", n+"queue_eth", n+"queue_requests", n+"queue_wait_days", n+"insurance_eth", n+"losses_socialized_eth",
			n+"validators", n+"reports_rejected", n+"stuck_validators")
		if p.bd != nil {
			for _, b := range bondedColumns {
				c = append(c, n+b)
			}
		}
	}
	c = append(c, "steth_price", "market_eth", "market_steth", "market_depth_1pct_eth",
		"borrow_rate", "utilisation", "leverage", "min_health_factor", "liquidated_steth", "bad_debt_eth")
	if r.econ != nil {
		c = append(c, economyColumns(r.w.pools)...)
	}
	if r.contest != nil {
		c = append(c, contestColumns...)
	}
	if r.sc.EmergencyPause != nil {
		c = append(c, pauseColumns...)
	}
	return c
}

// supply is the ETH in existence: the scenario's, or with economics the
// net supply after issuance and burn.
func (r *runner) supply() float64 {
	if r.econ != nil {
		return r.econ.supply(r)
	}
	return r.sc.Chain.ETHSupply.ETH()
}

// metrics is one row: the state after the step.
func (r *runner) metrics() []float64 {
	var tab uint64
	r.w.Chain(func(s *sim.State) { tab = s.TotalActiveBalance() })
	T := float64(tab) / 1e9
	largest, hhi := 0.0, 0.0
	var pooledTot, largestPooled, conc float64
	for _, p := range r.w.pools {
		sh := r.stakeOf(p) / T
		largest = math.Max(largest, sh)
		hhi += sh * sh
		pooledTot += ethOf(p.st.TotalPooledEther())
	}
	for _, p := range r.w.pools {
		if pooledTot > 0 {
			s := ethOf(p.st.TotalPooledEther()) / pooledTot
			largestPooled = math.Max(largestPooled, s)
			conc += s * s
		}
	}
	row := []float64{
		float64(r.slot-r.start) / slotsPerDay, T, T / r.supply(), r.idealAPR(), r.closedFormAPR(), r.networkAPR(),
		T / 3, T / 2, 2 * T / 3, largest, hhi, largestPooled, conc,
	}
	days := r.sc.Step.Days()
	for k, p := range r.w.pools {
		pooled := ethOf(p.st.TotalPooledEther())
		cl := p.clNow(r.w)
		fee := 1 - float64(p.cfg.Fee)
		ann := daysPerYear / days / math.Max(pooled, 1) * fee
		aCL := (cl - r.prevCL[k]) * ann
		aEL := (p.elGain - r.prevEL[k]) * ann
		aMEV := (p.mevGain - r.prevMEV[k]) * ann
		r.prevCL[k], r.prevEL[k], r.prevMEV[k] = cl, p.elGain, p.mevGain
		r.stakeDays[k] += r.stakeOf(p) * days
		reqs, fin, unfin, _ := p.st.WithdrawalQueue()
		ins := ethOf(p.st.BalanceOf(p.st.Insurance()))
		wait := math.Max(r.stepWait[k], r.oldestAge(k))
		r.stepWait[k] = 0
		r.maxWait[k] = math.Max(r.maxWait[k], wait)
		row = append(row, pooled, r.stakeOf(p)/T, shareRate(p.st), r.aprOf(k), aCL, aEL, aMEV,
			ethOf(p.st.BufferedEther()), ethOf(unfin), float64(reqs-fin), wait, ins, p.socialized,
			float64(len(p.idx)), float64(p.reportsRejected), float64(stuckOf(p)))
		if p.bd != nil {
			row = append(row, p.bondedRow()...)
		}
	}
	price, me, ms, depth := 1.0, 0.0, 0.0, 0.0
	if r.mkt != nil {
		r.syncMarket()
		price, me, ms, depth = r.mkt.price(), r.mkt.x[0], r.mkt.x[1], r.mkt.depth(0.01)
	}
	br, ut, lev, minHF, liq, bad := 0.0, 0.0, 0.0, 0.0, 0.0, 0.0
	if r.lend != nil {
		br, ut, liq, bad = r.lend.borrowRate(), r.lend.utilisation(), r.lend.liquidated, r.lend.badDebt
		var coll, eq float64
		minHF = math.Inf(1)
		for i := range r.loops {
			pos := &r.loops[i]
			if !pos.open {
				continue
			}
			c := r.collOf(pos)
			coll += c
			eq += c*r.collateralPrice() - pos.debt
			minHF = math.Min(minHF, r.healthFactor(pos))
		}
		if eq > 0 {
			lev = coll / eq
		}
		if math.IsInf(minHF, 1) {
			minHF = 0
		}
	}
	row = append(row, price, me, ms, depth, br, ut, lev, minHF, liq, bad)
	if r.econ != nil {
		row = append(row, r.econ.row(r)...)
	}
	if r.contest != nil {
		row = append(row, r.contest.row()...)
	}
	if r.sc.EmergencyPause != nil {
		row = append(row, r.pauseRow()...)
	}
	return row
}

// stuckOf is the pool's validators asked to exit and past the exit
// deadline without exiting, as its last report counted them.
func stuckOf(p *poolSim) uint64 {
	var n uint64
	for _, o := range p.st.OperatorStates() {
		n += o.Stuck
	}
	return n
}

// networkAPR is the whole chain's consensus issuance over the last step,
// annualised, over the total active balance.
func (r *runner) networkAPR() float64 {
	v := r.w.networkValue()
	var tab uint64
	r.w.Chain(func(s *sim.State) { tab = s.TotalActiveBalance() })
	a := (v - r.netPrev) / (float64(tab) / 1e9) * daysPerYear / r.sc.Step.Days()
	r.netPrev = v
	return a
}

// stakeOf is the pool's active stake on the chain (ETH of effective
// balance of its active validators).
func (r *runner) stakeOf(p *poolSim) float64 {
	var sum uint64
	r.w.Chain(func(s *sim.State) {
		cur := s.CurrentEpoch()
		for _, i := range p.idx {
			if s.IsActive(i, cur) {
				sum += s.EffectiveBalance(i)
			}
		}
	})
	return float64(sum) / 1e9
}

// PoolSummary is one pool's headline numbers.
type PoolSummary struct {
	Name              string  `json:"name"`
	Centralized       bool    `json:"centralized"`
	FinalPooledETH    float64 `json:"final_pooled_eth"`
	FinalShareOfStake float64 `json:"final_share_of_stake"`
	ShareOfPools      float64 `json:"final_share_of_pools"`
	MeanAPR           float64 `json:"mean_apr"`
	ConsensusAPR      float64 `json:"consensus_apr_gross"`
	FinalShareRate    float64 `json:"final_share_rate"`
	MinShareRate      float64 `json:"min_share_rate"`
	StakedByArrivals  float64 `json:"staked_by_arrivals_eth"`
	RefusedStake      float64 `json:"refused_stake_eth"`
	InstantWithdrawn  float64 `json:"instant_withdrawn_eth"`
	MaxQueueETH       float64 `json:"max_queue_eth"`
	// MaxWaitDays is the largest queue_wait_days of the run: the longest a
	// request waited until its claim, or has waited so far at a step's end.
	MaxWaitDays      float64 `json:"max_wait_days"`
	MeanWaitDays     float64 `json:"mean_wait_days"`
	InsuranceCovered float64 `json:"insurance_covered_eth"`
	Socialized       float64 `json:"losses_socialized_eth"`
	ReportsRejected  int     `json:"reports_rejected"`
	LastRejection    string  `json:"last_rejection,omitempty"`
	MEVForgone       float64 `json:"mev_forgone_eth"`
	// MaxStuck is the most validators the pool's reports counted stuck
	// (asked to exit, past the deadline, not exited).
	MaxStuck  int            `json:"max_stuck_validators"`
	Economics *PoolEconomics `json:"economics,omitempty"`
	// ELRewards: operators keeping MEV and their charges (elrewards.go).
	ELRewards *ELRewardsSummary `json:"el_rewards"`
	// Bonded: the bonded module's bonds and what they absorbed (bonded.go).
	Bonded *BondedSummary `json:"bonded"`
}

// Point is one run's headline numbers (of a sweep point, or the one run).
type Point struct {
	Params          []ParamValue  `json:"params,omitempty"`
	TotalStakeETH   float64       `json:"total_stake_eth"`
	IdealAPR        float64       `json:"ideal_apr"`
	ClosedFormAPR   float64       `json:"closed_form_apr"`
	NetworkCLAPR    float64       `json:"network_cl_apr"`
	Pools           []PoolSummary `json:"pools"`
	MinPrice        float64       `json:"min_steth_price"`
	MinTradePrice   float64       `json:"min_steth_price_intraday"`
	Unprofitable    int           `json:"liquidations_unprofitable"`
	FinalPrice      float64       `json:"final_steth_price"`
	Liquidations    int           `json:"liquidations"`
	LiquidatedStETH float64       `json:"liquidated_steth"`
	BadDebt         float64       `json:"bad_debt_eth"`
	MarketSold      float64       `json:"market_sold_steth"`
	Slashed         int           `json:"validators_slashed"`
	LargestShare    float64       `json:"final_largest_pool_share"`
	MaxLargestShare float64       `json:"max_largest_pool_share"`
	// Concentration is the pools' Herfindahl index over their shares of
	// all pooled ETH at the end (1: one pool holds everything).
	Concentration  float64           `json:"final_pools_concentration"`
	LargestOfPools float64           `json:"final_largest_share_of_pools"`
	CostFinality   float64           `json:"cost_finality_eth"`
	CostMajority   float64           `json:"cost_majority_eth"`
	CostTwoThirds  float64           `json:"cost_two_thirds_eth"`
	StakedShare    float64           `json:"final_staked_share_of_supply"`
	Economics      *EconomicsSummary `json:"economics,omitempty"`
	Contested      *ContestSummary   `json:"contested_proposal,omitempty"`
}

// summary is the run's headline numbers, from its state and its rows.
func (r *runner) summary(cols []string, rows [][]float64) Point {
	pt := Point{TotalStakeETH: r.total, IdealAPR: r.idealAPR(), ClosedFormAPR: r.closedFormAPR(), Slashed: r.slashed,
		Liquidations: r.liquidations, MarketSold: r.mktSold, MinPrice: 1, FinalPrice: 1, MinTradePrice: r.minPrice, Unprofitable: r.unprofitable}
	T := r.totalActive()
	pt.CostFinality, pt.CostMajority, pt.CostTwoThirds = T/3, T/2, 2*T/3
	pt.StakedShare = T / r.supply()
	if days := float64(r.slot-r.start) / slotsPerDay; days > 0 {
		pt.NetworkCLAPR = (r.w.networkValue() - r.netStart) / T * daysPerYear / days
	}
	if r.lend != nil {
		pt.LiquidatedStETH, pt.BadDebt = r.lend.liquidated, r.lend.badDebt
	}
	var poolsTot float64
	for _, p := range r.w.pools {
		poolsTot += ethOf(p.st.TotalPooledEther())
	}
	days := float64(r.slot-r.start) / slotsPerDay
	for k, p := range r.w.pools {
		rs := r.rates[k]
		ps := PoolSummary{Name: p.cfg.Name, Centralized: p.cfg.Centralized, FinalPooledETH: ethOf(p.st.TotalPooledEther()),
			FinalShareOfStake: r.stakeOf(p) / T, FinalShareRate: rs[len(rs)-1], MinShareRate: rs[0],
			StakedByArrivals: r.staked[k], RefusedStake: r.refused[k], InstantWithdrawn: r.instant[k],
			MaxWaitDays: r.maxWait[k], InsuranceCovered: p.insuranceCovered, Socialized: p.socialized,
			ReportsRejected: p.reportsRejected, LastRejection: p.lastReject, MEVForgone: p.mevLost}
		ps.ELRewards = p.elSummary()
		ps.Bonded = p.bondedSummary()
		if poolsTot > 0 {
			ps.ShareOfPools = ps.FinalPooledETH / poolsTot
		}
		for _, x := range rs {
			ps.MinShareRate = math.Min(ps.MinShareRate, x)
		}
		if days > 0 && rs[0] > 0 {
			ps.MeanAPR = math.Pow(rs[len(rs)-1]/rs[0], daysPerYear/days) - 1
		}
		if r.stakeDays[k] > 0 {
			ps.ConsensusAPR = (p.clNow(r.w) - p.prevCLStart) / r.stakeDays[k] * daysPerYear
		}
		if r.waitETH[k] > 0 {
			ps.MeanWaitDays = r.waitSum[k] / r.waitETH[k]
		}
		pt.Pools = append(pt.Pools, ps)
	}
	col := func(name string) int {
		for i, c := range cols {
			if c == name {
				return i
			}
		}
		return -1
	}
	for _, row := range rows {
		if i := col("steth_price"); i >= 0 {
			pt.MinPrice = math.Min(pt.MinPrice, row[i])
			pt.FinalPrice = row[i]
		}
		if i := col("largest_pool_share"); i >= 0 {
			pt.MaxLargestShare = math.Max(pt.MaxLargestShare, row[i])
			pt.LargestShare = row[i]
		}
		if i := col("pools_concentration"); i >= 0 {
			pt.Concentration = row[i]
		}
		if i := col("largest_share_of_pools"); i >= 0 {
			pt.LargestOfPools = row[i]
		}
		for k := range pt.Pools {
			if i := col(pt.Pools[k].Name + "_queue_eth"); i >= 0 {
				pt.Pools[k].MaxQueueETH = math.Max(pt.Pools[k].MaxQueueETH, row[i])
			}
			if i := col(pt.Pools[k].Name + "_stuck_validators"); i >= 0 {
				pt.Pools[k].MaxStuck = max(pt.Pools[k].MaxStuck, int(row[i]))
			}
		}
	}
	if r.econ != nil {
		r.econ.summary(r, &pt)
	}
	if c := r.contest; c != nil {
		pt.Contested = c.summary(r, pt.Pools[c.k].MeanAPR)
	}
	return pt
}
