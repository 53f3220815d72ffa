package scenario

import (
	"bufio"
	"bytes"
	"fmt"
	"math"
	"math/rand/v2"
	"os"
	"strconv"
	"strings"

	"github.com/stakepool/stakepool/protocol"
)

// The economics of a run (docs/scenario.md, "Economics"): the execution
// layer's EIP-1559 burn, the chain's issuance and the net supply, the ETH
// price, and yields net of validators' operating costs in ETH and in USD,
// per pool and for a solo staker as the reference. The chain's issuance is
// the simulator's own (every reward and penalty of the step); the burn and
// the price are models, in float64, drawn from their own random streams
// (a scenario without economics draws exactly as before).

// blockDemandSigma is the spread of one block's gas demand around the
// demand curve (lognormal).
const blockDemandSigma = 0.2

// pricePoint is one row of a price CSV.
type pricePoint struct{ day, usd float64 }

// economy is one run's economic state.
type economy struct {
	cfg              *Economics
	rng              *rand.Rand
	prices           []pricePoint
	baseFee          float64 // gwei, the current block's
	equilibrium      float64 // gwei
	price, price0    float64 // USD per ETH, now and at the start
	minPrice         float64
	blocks           uint64 // the chain's blocks when the last step ended
	slot             uint64 // and its slot
	netPrev          float64
	burn, issuance   float64 // ETH since the start
	feeSum, feeSteps float64
	lastInflation    float64

	// solo staker (one 32-ETH validator, all of its MEV)
	soloETH, soloUSD, soloCostETH, soloCostUSD float64
	pools                                      []poolEconomy
}

// poolEconomy adds up one pool's economics.
type poolEconomy struct {
	prevCL, prevEL, prevMEV float64
	grossETH, grossUSD      float64 // rewards before the fee
	costETH, costUSD        float64 // operators' costs
	opETH, opUSD            float64 // operators' part of the fee
	holderUSD               float64 // holders' rewards a unit of stETH, valued in USD at each step, over the start price
	stakeDays, valDays      float64
	rate                    float64 // share rate at the last step
}

func newEconomy(r *runner) *economy {
	cfg := r.sc.Economics
	e := &economy{cfg: cfg, rng: rand.New(rand.NewPCG(r.sc.Seed, 0xec0)), prices: r.sc.prices,
		baseFee: cfg.BaseFee.ETH() * 1e9, equilibrium: cfg.BaseFee.ETH() * 1e9, blocks: r.w.chain.Blocks, slot: r.slot, netPrev: r.netStart}
	e.price = cfg.Price.Start
	if len(e.prices) > 0 {
		e.price = priceAt(e.prices, 0)
	}
	e.price0, e.minPrice = e.price, e.price
	for _, p := range r.w.pools {
		e.pools = append(e.pools, poolEconomy{prevCL: p.clNow(r.w), rate: shareRate(p.st)})
	}
	return e
}

// priceAt interpolates a price CSV linearly (flat beyond its ends).
func priceAt(ps []pricePoint, day float64) float64 {
	if day <= ps[0].day {
		return ps[0].usd
	}
	for i := 1; i < len(ps); i++ {
		if day <= ps[i].day {
			a, b := ps[i-1], ps[i]
			return a.usd + (b.usd-a.usd)*(day-a.day)/(b.day-a.day)
		}
	}
	return ps[len(ps)-1].usd
}

// step advances the economy over the step just simulated: the blocks the
// chain made burn their base fee, the equilibrium fee and the price move,
// and the yields add up.
func (e *economy) step(r *runner) {
	cfg := e.cfg
	days := float64(r.slot-e.slot) / slotsPerDay // the step's time on the chain
	dt := days / daysPerYear
	e.slot = r.slot
	// EIP-1559, block by block: the base fee moves by (gas − target) /
	// target / 8 of itself; gas demanded follows the demand curve around the
	// equilibrium fee, at most twice the target (the gas limit).
	blocks := r.w.chain.Blocks - e.blocks
	e.blocks = r.w.chain.Blocks
	target := float64(cfg.GasTarget)
	if v := float64(cfg.BaseFeeVolatility); v > 0 {
		e.equilibrium *= math.Exp(-v*v/2*dt + v*math.Sqrt(dt)*e.rng.NormFloat64())
	}
	var burn float64 // gwei
	for range blocks {
		gas := target * math.Pow(e.equilibrium/math.Max(e.baseFee, 1e-9), cfg.DemandElasticity) * math.Exp(blockDemandSigma*e.rng.NormFloat64()-blockDemandSigma*blockDemandSigma/2)
		gas = math.Min(gas, 2*target)
		burn += e.baseFee * gas
		e.baseFee += e.baseFee * (gas - target) / target / 8
		e.baseFee = math.Max(e.baseFee, 7e-9) // 7 wei, the protocol's floor
	}
	e.burn += burn / 1e9
	e.feeSum += e.baseFee
	e.feeSteps++
	// issuance: the chain's consensus rewards and penalties of the step
	net := r.w.networkValue()
	iss := net - e.netPrev
	e.netPrev = net
	e.issuance += iss
	e.lastInflation = (iss - burn/1e9) / math.Max(e.supply(r), 1) / dt
	// the price
	if len(e.prices) > 0 {
		e.price = priceAt(e.prices, float64(r.slot-r.start)/slotsPerDay)
	} else if v, mu := float64(cfg.Price.Volatility), float64(cfg.Price.Drift); v > 0 || mu != 0 {
		e.price *= math.Exp((mu-v*v/2)*dt + v*math.Sqrt(dt)*e.rng.NormFloat64())
	}
	e.minPrice = math.Min(e.minPrice, e.price)
	// a solo staker's 32-ETH validator earns the chain's issuance per ETH of
	// active stake and, in expectation, its share of the blocks' execution
	// rewards (all of the MEV), and pays its costs in USD
	T := r.totalActive()
	soloETH := 32*iss/T + float64(blocks)*r.sc.Chain.ELRewardPerBlock.ETH()*32/T
	cost := cfg.Costs.Solo * dt
	e.soloETH += soloETH
	e.soloUSD += soloETH * e.price
	e.soloCostUSD += cost
	e.soloCostETH += cost / e.price
	for k, p := range r.w.pools {
		pe := &e.pools[k]
		cl := p.clNow(r.w)
		gross := cl - pe.prevCL + p.elGain - pe.prevEL + p.mevGain - pe.prevMEV
		pe.prevCL, pe.prevEL, pe.prevMEV = cl, p.elGain, p.mevGain
		n := float64(len(p.idx))
		c := cfg.Costs.Operator * n * dt
		prm := p.st.Params()
		opShare := float64(prm.FeeBP) / protocol.BP * float64(prm.OperatorsFeeShareBP) / protocol.BP
		pe.grossETH += gross
		pe.grossUSD += gross * e.price
		pe.costUSD += c
		pe.costETH += c / e.price
		pe.opETH += gross * opShare
		pe.opUSD += gross * opShare * e.price
		pe.stakeDays += ethOf(p.st.TotalPooledEther()) * days
		pe.valDays += n * days
		rate := shareRate(p.st)
		if pe.rate > 0 {
			pe.holderUSD += (rate/pe.rate - 1) * e.price / e.price0
		}
		pe.rate = rate
	}
}

// supply is the ETH in existence: the scenario's supply plus the chain's
// issuance less the burn so far.
func (e *economy) supply(r *runner) float64 {
	return r.sc.Chain.ETHSupply.ETH() + e.issuance - e.burn
}

// economyColumns name the economics metrics of a row (after the others).
func economyColumns(pools []*poolSim) []string {
	c := []string{"eth_price_usd", "base_fee_gwei", "burn_eth", "issuance_eth", "net_supply_eth", "net_inflation",
		"solo_net_yield_eth", "solo_net_yield_fiat"}
	for _, p := range pools {
		c = append(c, p.cfg.Name+"_net_yield_eth", p.cfg.Name+"_holder_yield_fiat")
	}
	return c
}

// row is the economics part of a row; yields are annualised since the start.
func (e *economy) row(r *runner) []float64 {
	years := float64(r.slot-r.start) / slotsPerDay / daysPerYear
	ann := func(x float64) float64 {
		if years <= 0 {
			return 0
		}
		return x / years
	}
	out := []float64{e.price, e.baseFee, e.burn, e.issuance, e.supply(r), e.lastInflation,
		ann((e.soloETH - e.soloCostETH) / 32), ann((e.soloUSD - e.soloCostUSD) / (32 * e.price0))}
	for k := range r.w.pools {
		pe := &e.pools[k]
		stake := pe.stakeDays / math.Max(float64(r.slot-r.start)/slotsPerDay, 1e-9)
		out = append(out, ann((pe.grossETH-pe.costETH)/math.Max(stake, 1)), ann(pe.holderUSD))
	}
	return out
}

// EconomicsSummary is a run's economics (with economics in the scenario).
type EconomicsSummary struct {
	StartPriceUSD float64 `json:"start_price_usd"`
	FinalPriceUSD float64 `json:"final_price_usd"`
	MinPriceUSD   float64 `json:"min_price_usd"`
	MeanBaseFee   float64 `json:"mean_base_fee_gwei"`
	BurnETH       float64 `json:"burn_eth"`
	IssuanceETH   float64 `json:"issuance_eth"`
	NetSupplyETH  float64 `json:"net_supply_change_eth"`
	// NetInflation is (issuance − burn) over the supply, annualised.
	NetInflation float64 `json:"net_inflation"`
	// a solo staker's 32-ETH validator: gross yield, net of its costs in
	// ETH (costs converted at each step's price) and in USD (rewards valued
	// at each step's price, over the stake's value at the start), and its
	// profit a year in USD
	SoloGrossYield float64 `json:"solo_gross_yield"`
	SoloYieldETH   float64 `json:"solo_net_yield_eth"`
	SoloYieldFiat  float64 `json:"solo_net_yield_fiat"`
	SoloProfitUSD  float64 `json:"solo_profit_usd_per_validator_year"`
}

// PoolEconomics is one pool's economics.
type PoolEconomics struct {
	// GrossYield is the pool's rewards (consensus, execution, MEV kept) over
	// its mean pooled ETH, before the fee; NetYieldETH the same less its
	// operators' costs.
	GrossYield  float64 `json:"gross_yield"`
	NetYieldETH float64 `json:"net_yield_eth"`
	// holders: no costs of their own; the fee is their cost
	HolderYieldETH  float64 `json:"holder_yield_eth"`
	HolderYieldFiat float64 `json:"holder_yield_fiat"`
	// operators: their part of the fee less their costs, a validator a year
	OperatorProfitETH float64 `json:"operator_profit_eth_per_validator_year"`
	OperatorProfitUSD float64 `json:"operator_profit_usd_per_validator_year"`
}

// summary fills the run's economics into its summary point.
func (e *economy) summary(r *runner, pt *Point) {
	days := float64(r.slot-r.start) / slotsPerDay
	years := days / daysPerYear
	if years <= 0 {
		return
	}
	s := &EconomicsSummary{StartPriceUSD: e.price0, FinalPriceUSD: e.price, MinPriceUSD: e.minPrice,
		MeanBaseFee: e.feeSum / math.Max(e.feeSteps, 1), BurnETH: e.burn, IssuanceETH: e.issuance, NetSupplyETH: e.issuance - e.burn,
		NetInflation:   (e.issuance - e.burn) / r.sc.Chain.ETHSupply.ETH() / years,
		SoloGrossYield: e.soloETH / 32 / years, SoloYieldETH: (e.soloETH - e.soloCostETH) / 32 / years,
		SoloYieldFiat: (e.soloUSD - e.soloCostUSD) / (32 * e.price0) / years, SoloProfitUSD: (e.soloUSD - e.soloCostUSD) / years}
	pt.Economics = s
	for k := range r.w.pools {
		pe := &e.pools[k]
		stake := math.Max(pe.stakeDays/days, 1)
		vals := math.Max(pe.valDays/days, 1)
		ps := &pt.Pools[k]
		ps.Economics = &PoolEconomics{GrossYield: pe.grossETH / stake / years, NetYieldETH: (pe.grossETH - pe.costETH) / stake / years,
			HolderYieldETH: ps.MeanAPR, HolderYieldFiat: pe.holderUSD / years,
			OperatorProfitETH: (pe.opETH - pe.costETH) / vals / years, OperatorProfitUSD: (pe.opUSD - pe.costUSD) / vals / years}
	}
}

// readPrices reads a price CSV: rows "day,usd" (a header row and # comments
// allowed), days increasing, prices positive.
func readPrices(path string) ([]pricePoint, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	var ps []pricePoint
	sc := bufio.NewScanner(bytes.NewReader(b))
	line := 0
	for sc.Scan() {
		line++
		t := strings.TrimSpace(sc.Text())
		if t == "" || strings.HasPrefix(t, "#") {
			continue
		}
		f := strings.Split(t, ",")
		if len(f) != 2 {
			return nil, fmt.Errorf("%s:%d: want two columns, day and usd", path, line)
		}
		d, err1 := strconv.ParseFloat(strings.TrimSpace(f[0]), 64)
		u, err2 := strconv.ParseFloat(strings.TrimSpace(f[1]), 64)
		if err1 != nil || err2 != nil {
			if len(ps) == 0 && line == 1 {
				continue // a header
			}
			return nil, fmt.Errorf("%s:%d: %q is not two numbers", path, line, t)
		}
		if u <= 0 || math.IsNaN(u) || math.IsInf(u, 0) || math.IsNaN(d) || math.IsInf(d, 0) {
			return nil, fmt.Errorf("%s:%d: price %g is not positive", path, line, u)
		}
		if len(ps) > 0 && d <= ps[len(ps)-1].day {
			return nil, fmt.Errorf("%s:%d: day %g does not follow day %g", path, line, d, ps[len(ps)-1].day)
		}
		ps = append(ps, pricePoint{d, u})
	}
	if len(ps) == 0 {
		return nil, fmt.Errorf("%s: no prices", path)
	}
	return ps, nil
}
