package scenario

import (
	"fmt"
	"os"
	"reflect"
	"slices"

	"github.com/stakepool/stakepool/beacon/sim"
)

func reflectValue(sc *Scenario) reflect.Value { return reflect.ValueOf(sc).Elem() }

// defaults fills every field left out with its documented default.
func (sc *Scenario) defaults() {
	if sc.Name == "" {
		sc.Name = sc.file
	}
	if sc.Seed == 0 {
		sc.Seed = 1
	}
	if sc.Runs == 0 {
		sc.Runs = 1
	}
	sc.defaultsContested()
	sc.defaultsPause()
	sc.defaultsBonded()
	if e := sc.Economics; e != nil {
		if e.BaseFee.IsZero() {
			e.BaseFee = Eth(5e-9)
		}
		if e.GasTarget == 0 {
			e.GasTarget = 18_000_000
		}
		if e.DemandElasticity == 0 {
			e.DemandElasticity = 1
		}
		if e.Price.Start == 0 && e.Price.CSV == "" {
			e.Price.Start = 3000
		}
	}
	if sc.Step == 0 {
		sc.Step = slotsPerDay
	}
	c := &sc.Chain
	if c.Fork == "" {
		c.Fork = "electra"
	}
	if c.Duties == "" {
		c.Duties = "spec"
	}
	if c.BackgroundBalance.IsZero() {
		c.BackgroundBalance = Eth(2048)
		if c.Fork == "deneb" {
			c.BackgroundBalance = Eth(32)
		}
	}
	if c.ETHSupply.IsZero() {
		c.ETHSupply = Eth(120_000_000)
	}
	if c.Participation == 0 {
		c.Participation = 0.99
	}
	if c.MEVFraction == 0 {
		c.MEVFraction = 0.5
	}
	for i := range c.Slashings {
		if c.Slashings[i].Validators == 0 && c.Slashings[i].Share == 0 {
			c.Slashings[i].Validators = 1
		}
	}
	for i := range sc.Pools {
		p := &sc.Pools[i]
		if p.Operators.Count == 0 {
			p.Operators.Count = 10
			if p.Centralized {
				p.Operators.Count = 1
			}
		}
		if p.MEVCapture == nil {
			f := Fraction(1)
			if p.Centralized {
				f = 0.5
			}
			p.MEVCapture = &f
		}
		o := &p.Oracle
		if o.Members == 0 {
			o.Members, o.Quorum = 5, 3
			if p.Centralized {
				o.Members, o.Quorum = 1, 1
			}
		}
		if o.Quorum == 0 {
			o.Quorum = o.Members/2 + 1
		}
		if o.FrameEpochs == 0 {
			o.FrameEpochs = 225
			if p.Centralized {
				o.FrameEpochs = 1
			}
		}
		if o.SecondOpinion == nil {
			yes := true
			o.SecondOpinion = &yes
		}
		if o.MaxAnnualIncrease == 0 {
			o.MaxAnnualIncrease = 0.10
		}
		if p.InsuranceShare == 0 && !p.Centralized {
			p.InsuranceShare = 0.10
		}
	}
	a := &sc.Agents
	if a.Arrivals.Median.IsZero() {
		a.Arrivals.Median = Eth(32)
	}
	if a.Arrivals.Sigma == 0 {
		a.Arrivals.Sigma = 1
	}
	if a.Choice.Temperature == 0 {
		a.Choice.Temperature = 0.5
	}
	if a.Choice.LiquidityRef.IsZero() {
		a.Choice.LiquidityRef = Eth(1000)
	}
	if a.Withdrawals.RequiredYield == 0 {
		a.Withdrawals.RequiredYield = 0.10
	}
	if a.Panic.Over == 0 {
		a.Panic.Over = 5 * slotsPerDay
	}
	for i := range a.Runs {
		if a.Runs[i].Over == 0 {
			a.Runs[i].Over = slotsPerDay
		}
		if a.Runs[i].Via == "" {
			a.Runs[i].Via = "queue"
		}
	}
	if a.Loopers.Leverage == 0 {
		a.Loopers.Leverage = 3
	}
	if a.Arbitrage.RequiredYield == 0 {
		a.Arbitrage.RequiredYield = 0.10
	}
	if s := sc.Markets.Stableswap; s != nil {
		if s.A == 0 {
			s.A = 50
		}
		if s.Fee == 0 {
			s.Fee = 0.0004
		}
	}
	if l := sc.Markets.Lending; l != nil {
		if l.LTV == 0 {
			l.LTV = 0.90
		}
		if l.LiquidationThreshold == 0 {
			l.LiquidationThreshold = 0.93
		}
		if l.Bonus == 0 {
			l.Bonus = 0.01
		}
		if l.CloseFactor == 0 {
			l.CloseFactor = 0.5
		}
		if l.Price == "" {
			l.Price = "market"
		}
		if l.Rate.Kink == 0 {
			l.Rate = RateModel{Base: 0, Slope1: 0.04, Kink: 0.8, Slope2: 1.0}
		}
	}
}

type verr struct {
	sc   *Scenario
	errs Errors
}

func (v *verr) add(path, format string, args ...any) {
	v.errs = append(v.errs, &Error{File: v.sc.file, Line: v.sc.line(path), Field: path, Msg: fmt.Sprintf(format, args...)})
}

func (v *verr) frac(path string, f Fraction, lo, hi float64) {
	if float64(f) < lo || float64(f) > hi {
		v.add(path, "%s is outside %g%%–%g%%", pct(f), lo*100, hi*100)
	}
}

func pct(f Fraction) string { return fmt.Sprintf("%g%%", float64(f)*100) }

func (sc *Scenario) validate() Errors {
	v := &verr{sc: sc}
	if sc.Duration == 0 {
		v.add("duration", "required (e.g. 365d)")
	}
	if sc.Step%slotsPerEpoch != 0 {
		v.add("step", "must be a whole number of epochs (32 slots)")
	}
	if sc.Step > sc.Duration && sc.Duration > 0 {
		v.add("step", "longer than the duration")
	}
	if sc.Duration > 50*365*slotsPerDay {
		v.add("duration", "longer than 50 years")
	}
	c := &sc.Chain
	if c.Fork != "electra" && c.Fork != "deneb" {
		v.add("chain.fork", "%q: want electra or deneb", c.Fork)
	}
	if _, err := sim.ParseDutyMode(c.Duties); err != nil {
		v.add("chain.duties", "%q: want spec, sampled or batched", c.Duties)
	}
	if !c.TotalStake.IsZero() && c.Validators > 0 {
		v.add("chain.validators", "give total_stake or validators, not both")
	}
	total := c.TotalStake.ETH()
	if c.Validators > 0 {
		total = 32 * float64(c.Validators)
	}
	if sc.Runs < 1 || sc.Runs > 100_000 {
		v.add("runs", "%d: want 1 to 100000", sc.Runs)
	}
	if total == 0 && c.State == "" && !sc.sweeps("chain.total_stake") && !sc.sweeps("chain.validators") {
		v.add("chain.total_stake", "required (or chain.validators, chain.state, or a sweep of chain.total_stake)")
	}
	if c.State != "" {
		if total > 0 {
			v.add("chain.state", "the state holds the chain's stake: drop chain.total_stake and chain.validators")
		}
		if c.Fork != "electra" || c.BackgroundBalance.ETH() != 2048 {
			v.add("chain.state", "the state decides the fork and the validators: drop chain.fork and chain.background_balance")
		}
	}
	bb := c.BackgroundBalance.ETH()
	if bb < 32 || bb > 2048 || bb != float64(int64(bb)) {
		v.add("chain.background_balance", "%geth: want a whole number of ETH from 32 to 2048", bb)
	} else if c.Fork == "deneb" && bb != 32 {
		v.add("chain.background_balance", "deneb validators hold at most 32 ETH")
	}
	v.frac("chain.participation", c.Participation, 0, 1)
	v.frac("chain.missed_proposals", c.MissedProposals, 0, 1)
	v.frac("chain.mev_fraction", c.MEVFraction, 0, 1)
	if c.ELRewardPerBlock.ETH() > 100 {
		v.add("chain.el_reward_per_block", "%g ETH a block is not plausible (wrong unit? write 0.05eth)", c.ELRewardPerBlock.ETH())
	}
	if c.RandomSlashingsPerYear < 0 {
		v.add("chain.random_slashings_per_year", "negative")
	}
	if c.ETHSupply.ETH() < total {
		v.add("chain.eth_supply", "%g ETH is less than the total stake %g ETH", c.ETHSupply.ETH(), total)
	}
	var poolStake float64
	names := map[string]bool{}
	for i := range sc.Pools {
		p := &sc.Pools[i]
		at := fmt.Sprintf("pools[%d]", i)
		if p.Name == "" {
			v.add(at+".name", "required")
		} else if names[p.Name] {
			v.add(at+".name", "%q used twice", p.Name)
		}
		names[p.Name] = true
		poolStake += p.InitialStake.ETH()
		v.frac(at+".fee", p.Fee, 0, 1)
		v.frac(at+".reserve", p.Reserve, 0, 1)
		v.frac(at+".insurance_share", p.InsuranceShare, 0, 1)
		v.frac(at+".mev_capture", *p.MEVCapture, 0, 1)
		v.frac(at+".instant_withdrawal_fee", p.InstantWithdrawalFee, 0, 1)
		if p.Operators.Count < 1 || p.Operators.Count > 1000 {
			v.add(at+".operators.count", "%d: want 1 to 1000", p.Operators.Count)
		}
		if p.Centralized && p.Operators.Count != 1 {
			v.add(at+".operators.count", "a centralized pool has one operator")
		}
		if n := len(p.Operators.Participation); n > 0 && n != p.Operators.Count {
			v.add(at+".operators.participation", "%d values for %d operators", n, p.Operators.Count)
		}
		for j, op := range p.Operators.IgnoreExits {
			if op < 0 || op >= p.Operators.Count {
				v.add(fmt.Sprintf("%s.operators.ignore_exits[%d]", at, j), "operator %d: the pool has operators 0 to %d", op, p.Operators.Count-1)
			}
		}
		for j, op := range p.Operators.KeepMEV {
			if op < 0 || op >= p.Operators.Count {
				v.add(fmt.Sprintf("%s.operators.keep_mev[%d]", at, j), "operator %d: the pool has operators 0 to %d", op, p.Operators.Count-1)
			} else if slices.Contains(p.Operators.KeepMEV[:j], op) {
				v.add(fmt.Sprintf("%s.operators.keep_mev[%d]", at, j), "operator %d is listed twice", op)
			}
		}
		if p.ForceExits && sc.Chain.Fork == "deneb" {
			v.add(at+".force_exits", "forced exits are EIP-7002 requests: they need chain.fork electra")
		}
		for j, f := range p.Operators.Participation {
			v.frac(fmt.Sprintf("%s.operators.participation[%d]", at, j), f, 0, 1)
		}
		if cp := p.Operators.Cap; cp > 0 && (float64(cp)*float64(p.Operators.Count)+float64(p.bondedKeys()))*32 < p.InitialStake.ETH() {
			v.add(at+".operators.cap", "%d operators × %d validators (and %d bonded keys) cannot hold the initial stake %g ETH", p.Operators.Count, cp, p.bondedKeys(), p.InitialStake.ETH())
		}
		o := &p.Oracle
		if o.Members < 1 || o.Members > 64 {
			v.add(at+".oracle.members", "%d: want 1 to 64", o.Members)
		}
		if o.Quorum > o.Members {
			v.add(at+".oracle.quorum", "quorum %d is above the %d members", o.Quorum, o.Members)
		} else if o.Quorum*2 <= o.Members {
			v.add(at+".oracle.quorum", "quorum %d is not more than half of %d members", o.Quorum, o.Members)
		}
		if o.FrameEpochs < 1 || o.FrameEpochs > 100_000 {
			v.add(at+".oracle.frame_epochs", "%d: want 1 to 100000", o.FrameEpochs)
		}
		v.frac(at+".oracle.max_annual_increase", o.MaxAnnualIncrease, 0, 10)
	}
	if total > 0 && poolStake > total {
		v.add("pools", "the pools' initial stake (%g ETH) exceeds the chain's total stake (%g ETH)", poolStake, total)
	}
	for i := range sc.Pools {
		p := &sc.Pools[i]
		at := fmt.Sprintf("pools[%d]", i)
		if len(p.WithdrawalCredentials) > 0 && c.State == "" {
			v.add(at+".withdrawal_credentials", "only with chain.state (the pool adopts the state's validators)")
		}
		if len(p.WithdrawalCredentials) > 0 && !p.InitialStake.IsZero() {
			v.add(at+".initial_stake", "a pool of withdrawal_credentials starts with its validators: drop initial_stake")
		}
		for j, s := range p.WithdrawalCredentials {
			if _, err := parseCredential(s); err != nil {
				v.add(fmt.Sprintf("%s.withdrawal_credentials[%d]", at, j), "%v", err)
			}
		}
	}
	sc.validateEconomics(v)
	sc.validateContested(v)
	sc.validatePause(v)
	sc.validateBonded(v)
	pool := func(path, name string, allowEmpty bool) int {
		if name == "" && allowEmpty {
			return -1
		}
		k := sc.PoolIndex(name)
		if k < 0 {
			v.add(path, "no pool named %q", name)
		}
		return k
	}
	for i, o := range c.Outages {
		at := fmt.Sprintf("chain.outages[%d]", i)
		k := pool(at+".pool", o.Pool, true)
		if o.For == 0 {
			v.add(at+".for", "required")
		}
		v.frac(at+".participation", o.Participation, 0, 1)
		v.frac(at+".share", o.Share, 0, 1)
		if k >= 0 && o.Operator != nil && (*o.Operator < 0 || *o.Operator >= sc.Pools[k].Operators.Count) {
			v.add(at+".operator", "pool %q has operators 0 to %d", o.Pool, sc.Pools[k].Operators.Count-1)
		}
	}
	for i, s := range c.Slashings {
		at := fmt.Sprintf("chain.slashings[%d]", i)
		k := pool(at+".pool", s.Pool, true)
		v.frac(at+".share", s.Share, 0, 1)
		if s.At >= sc.Duration && sc.Duration > 0 {
			v.add(at+".at", "after the end of the run")
		}
		for j, op := range s.Operators {
			if k < 0 {
				break
			}
			// the bonded module's operator b is the pool's operator count + b
			n := sc.Pools[k].Operators.Count
			if b := sc.Pools[k].Bonded; b != nil && b.Operators > 0 {
				n += b.Operators
			}
			if op < 0 || op >= n {
				v.add(fmt.Sprintf("%s.operators[%d]", at, j), "pool %q has operators 0 to %d", s.Pool, n-1)
			}
		}
	}
	a := &sc.Agents
	if a.Arrivals.PerDay < 0 {
		v.add("agents.arrivals.per_day", "negative")
	}
	if a.Arrivals.Sigma < 0 || a.Arrivals.Sigma > 5 {
		v.add("agents.arrivals.sigma", "%g: want 0 to 5", a.Arrivals.Sigma)
	}
	if a.Choice.Temperature <= 0 {
		v.add("agents.choice.temperature", "must be positive")
	}
	v.frac("agents.withdrawals.per_day", a.Withdrawals.PerDay, 0, 1)
	v.frac("agents.withdrawals.required_yield", a.Withdrawals.RequiredYield, 0, 10)
	v.frac("agents.panic.depeg", a.Panic.Depeg, 0, 1)
	v.frac("agents.panic.slashed_loss", a.Panic.SlashedLoss, 0, 1)
	v.frac("agents.panic.fraction", a.Panic.Fraction, 0, 1)
	for i, r := range a.Runs {
		at := fmt.Sprintf("agents.runs[%d]", i)
		pool(at+".pool", r.Pool, false)
		v.frac(at+".fraction", r.Fraction, 0, 1)
		if r.FractionMax != 0 {
			v.frac(at+".fraction_max", r.FractionMax, float64(r.Fraction), 1)
		}
		if r.Via != "queue" && r.Via != "market" && r.Via != "best" {
			v.add(at+".via", "%q: want queue, market or best", r.Via)
		}
	}
	if a.Loopers.Count < 0 {
		v.add("agents.loopers.count", "negative")
	}
	if a.Loopers.Leverage < 1 || a.Loopers.Leverage > 50 {
		v.add("agents.loopers.leverage", "%g: want 1 to 50", a.Loopers.Leverage)
	}
	if a.Loopers.Count > 0 && sc.Markets.Lending == nil {
		v.add("agents.loopers", "loopers need markets.lending")
	}
	if s := sc.Markets.Stableswap; s != nil {
		k := pool("markets.stableswap.pool", s.Pool, false)
		if k >= 0 && sc.Pools[k].Centralized {
			v.add("markets.stableswap.pool", "%q is centralized: its custodial token has no market", s.Pool)
		}
		if s.A < 1 || s.A > 10000 {
			v.add("markets.stableswap.A", "%g: want 1 to 10000", s.A)
		}
		v.frac("markets.stableswap.fee", s.Fee, 0, 0.5)
		if s.ETH.IsZero() || s.StETH.IsZero() {
			v.add("markets.stableswap", "eth and steth must both be positive")
		}
		if k >= 0 && s.StETH.ETH() > sc.Pools[k].InitialStake.ETH() {
			v.add("markets.stableswap.steth", "%g stETH is more than pool %q's initial stake", s.StETH.ETH(), s.Pool)
		}
	}
	if l := sc.Markets.Lending; l != nil {
		k := pool("markets.lending.pool", l.Pool, false)
		if k >= 0 && sc.Pools[k].Centralized {
			v.add("markets.lending.pool", "%q is centralized: its custodial token is not collateral", l.Pool)
		}
		v.frac("markets.lending.ltv", l.LTV, 0, 0.99)
		v.frac("markets.lending.liquidation_threshold", l.LiquidationThreshold, 0, 0.995)
		if l.LTV > l.LiquidationThreshold {
			v.add("markets.lending.ltv", "%s is above the liquidation threshold %s", pct(l.LTV), pct(l.LiquidationThreshold))
		}
		v.frac("markets.lending.bonus", l.Bonus, 0, 0.5)
		v.frac("markets.lending.close_factor", l.CloseFactor, 0.01, 1)
		if l.Price != "market" && l.Price != "rate" {
			v.add("markets.lending.price", "%q: want market or rate", l.Price)
		}
		if l.Price == "market" && sc.Markets.Stableswap == nil {
			v.add("markets.lending.price", "market price needs markets.stableswap")
		}
		v.frac("markets.lending.rate.kink", l.Rate.Kink, 0.01, 0.99)
		if a.Loopers.Count > 0 && a.Loopers.Leverage > 1/(1-float64(l.LTV)) {
			v.add("agents.loopers.leverage", "%g is above the most the LTV %s allows (%.3g)", a.Loopers.Leverage, pct(l.LTV), 1/(1-float64(l.LTV)))
		}
	}
	return v.errs
}

func (sc *Scenario) validateEconomics(v *verr) {
	e := sc.Economics
	if e == nil {
		return
	}
	if g := e.BaseFee.ETH() * 1e9; g > 10_000 {
		v.add("economics.base_fee", "%g gwei: want at most 10000 gwei", g)
	}
	v.frac("economics.base_fee_volatility", e.BaseFeeVolatility, 0, 5)
	if e.GasTarget > 1_000_000_000 {
		v.add("economics.gas_target", "%d gas: want at most 1e9", e.GasTarget)
	}
	if e.DemandElasticity < 0 || e.DemandElasticity > 20 {
		v.add("economics.demand_elasticity", "%g: want 0 to 20", e.DemandElasticity)
	}
	if e.Price.Start < 0 || e.Price.Start > 1e9 {
		v.add("economics.price.start", "%g USD: want 0 to 1e9", e.Price.Start)
	}
	if e.Price.CSV != "" && (e.Price.Start != 0 || e.Price.Volatility != 0 || e.Price.Drift != 0) {
		v.add("economics.price.csv", "a price file replaces start, drift and volatility")
	}
	v.frac("economics.price.volatility", e.Price.Volatility, 0, 5)
	v.frac("economics.price.drift", e.Price.Drift, -5, 5)
	if e.Costs.Solo < 0 {
		v.add("economics.costs.solo", "negative")
	}
	if e.Costs.Operator < 0 {
		v.add("economics.costs.operator", "negative")
	}
}

// loadInputs reads the files the scenario names (economics.price.csv) and
// checks that chain.state can be read; problems name the field.
func (sc *Scenario) loadInputs() Errors {
	v := &verr{sc: sc}
	if e := sc.Economics; e != nil && e.Price.CSV != "" {
		ps, err := readPrices(sc.path(e.Price.CSV))
		if err != nil {
			v.add("economics.price.csv", "%v", err)
		}
		sc.prices = ps
	}
	if f := sc.Chain.State; f != "" {
		if st, err := os.Stat(sc.path(f)); err != nil || st.IsDir() {
			v.add("chain.state", "cannot read %s: want an SSZ BeaconState file", sc.path(f))
		}
	}
	return v.errs
}
