package scenario

import (
	"bytes"
	"math"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"gopkg.in/yaml.v3"
)

// TestBundledParse: every bundled scenario is valid, and so is every
// bundled change against the scenario it is written for.
func TestBundledParse(t *testing.T) {
	files, _ := filepath.Glob("../scenarios/*.yaml")
	if len(files) < 9 {
		t.Fatalf("want 9 bundled scenarios, found %d", len(files))
	}
	for _, f := range files {
		if _, err := Load(f); err != nil {
			t.Error(err)
		}
	}
	for change, scenario := range map[string]string{"no-network-effects": "winner-takes-most", "reserve-10pct": "bank-run", "honest-operators": "operator-keeps-mev", "small-bonds": "bonded-module"} {
		sc, err := Load("../scenarios/" + scenario + ".yaml")
		if err != nil {
			t.Fatal(err)
		}
		ch, err := LoadChange("../scenarios/changes/" + change + ".yaml")
		if err == nil {
			err = ch.Check(sc)
		}
		if err != nil {
			t.Error(err)
		}
	}
}

// short loads a bundled scenario and shortens it for CI with edit.
func short(t *testing.T, name string, edit func(sc *Scenario)) *Result {
	t.Helper()
	return shortWith(t, name, Options{}, edit)
}

func shortWith(t *testing.T, name string, opt Options, edit func(sc *Scenario)) *Result {
	t.Helper()
	sc, err := Load("../scenarios/" + name + ".yaml")
	if err != nil {
		t.Fatal(err)
	}
	edit(sc)
	if errs := sc.validate(); len(errs) > 0 {
		t.Fatal(errs)
	}
	if errs := sc.validateGrid(); len(errs) > 0 {
		t.Fatal(errs)
	}
	res, err := Run(sc, opt)
	if err != nil {
		t.Fatal(err)
	}
	return res
}

func days(n float64) Duration { return Duration(n * slotsPerDay) }

// values are sweep values as a file writes them.
func values(vs ...string) []yaml.Node {
	var ns []yaml.Node
	for i, v := range vs {
		ns = append(ns, yaml.Node{Kind: yaml.ScalarNode, Tag: "!!str", Value: v, Line: i + 1})
	}
	return ns
}

func within(t *testing.T, what string, got, want, tol float64) {
	t.Helper()
	if math.Abs(got-want) > tol*math.Abs(want) {
		t.Errorf("%s = %.6g, want %.6g ± %.1f%%", what, got, want, tol*100)
	}
}

// TestYieldCurveShort: the whole chain's realised consensus APR matches the
// closed-form issuance within 2% at 1M, 4M and 40M ETH; the pool's own
// APR (a 1,000-validator sample, proposer and sync-committee luck) within 15%.
func TestYieldCurveShort(t *testing.T) {
	res := short(t, "yield-curve", func(sc *Scenario) {
		sc.Duration = days(1)
		sc.Sweep.X.Values = values("1000000eth", "4000000eth", "40000000eth")
	})
	for _, pt := range res.Summary.Points {
		within(t, "network APR", pt.NetworkCLAPR, pt.ClosedFormAPR, 0.02)
		within(t, "pool consensus APR", pt.Pools[0].ConsensusAPR, pt.ClosedFormAPR, 0.15)
	}
	// at 4M ETH the spec gives 8.31%, not the seed's 7.8%
	within(t, "ideal APR at 4M", res.Summary.Points[1].IdealAPR, 0.0831, 0.01)
}

// TestBankRunShort: a 30% run in one day is served by the reserve, the
// queue and the market; the queue forms, is paid within days, and the
// market price stays within 1% of par.
func TestBankRunShort(t *testing.T) {
	res := short(t, "bank-run", func(sc *Scenario) {
		sc.Duration = days(4)
		sc.Chain.TotalStake = Eth(4e6)
		sc.Pools[0].InitialStake = Eth(64000)
		sc.Markets.Stableswap.ETH, sc.Markets.Stableswap.StETH = Eth(3000), Eth(3000)
		sc.Agents.Runs[0].At, sc.Agents.Runs[0].Over = days(1), days(1)
		sc.Agents.Arbitrage.Capital = Eth(4000)
	})
	pt := res.Summary.Points[0]
	p := pt.Pools[0]
	if p.InstantWithdrawn < 1000 {
		t.Errorf("instant withdrawals %.0f ETH: the reserve was not used", p.InstantWithdrawn)
	}
	if p.MaxQueueETH < 5000 {
		t.Errorf("max queue %.0f ETH: the run did not reach the queue", p.MaxQueueETH)
	}
	if p.MaxWaitDays <= 0 || p.MaxWaitDays > 5 {
		t.Errorf("max wait %.2f days, want a few days", p.MaxWaitDays)
	}
	if pt.MinPrice < 0.99 {
		t.Errorf("min price %.4f", pt.MinPrice)
	}
	// the headline's max wait and the wait plot are one measure (issue 18):
	// max_wait_days is the largest value of the queue_wait_days column
	col := slices.Index(res.Columns, "lido_queue_wait_days")
	if col < 0 {
		t.Fatal("no lido_queue_wait_days column")
	}
	var most float64
	for _, row := range res.Rows {
		most = max(most, row[col])
	}
	if most != p.MaxWaitDays {
		t.Errorf("max_wait_days %g, the wait plot's largest value %g", p.MaxWaitDays, most)
	}
}

// TestMassSlashingShort: on a small chain, slashed pool validators and
// a 10% background slashing bring the correlation penalty ~18 days later;
// the insurance fund covers part of the loss, the rest is socialized.
func TestMassSlashingShort(t *testing.T) {
	res := short(t, "mass-slashing", func(sc *Scenario) {
		sc.Duration = days(20)
		sc.Step = days(5)
		sc.Chain.TotalStake = Eth(1e6)
		sc.Pools[0].InitialStake, sc.Pools[0].InitialInsurance = Eth(16000), Eth(50)
		sc.Chain.Slashings[0].At, sc.Chain.Slashings[1].At = 0, 0
		sc.Agents.Arrivals.PerDay = 0
	})
	p := res.Summary.Points[0].Pools[0]
	if res.Summary.Points[0].Slashed < 100 {
		t.Errorf("slashed %d validators", res.Summary.Points[0].Slashed)
	}
	if p.InsuranceCovered <= 0 || p.Socialized <= 0 {
		t.Errorf("insurance covered %.1f ETH, socialized %.1f ETH: want both", p.InsuranceCovered, p.Socialized)
	}
	if p.FinalShareRate >= 1 {
		t.Errorf("share rate %.5f: the loss did not reach holders", p.FinalShareRate)
	}
}

// TestLeverageDepegShort: a whale's market sale depegs stETH past the
// loopers' liquidation point; liquidations follow.
func TestLeverageDepegShort(t *testing.T) {
	res := short(t, "leverage-depeg", func(sc *Scenario) {
		sc.Duration = days(3)
		sc.Chain.TotalStake = Eth(4e6)
		sc.Pools[0].InitialStake = Eth(60000)
		sc.Markets.Stableswap.ETH, sc.Markets.Stableswap.StETH = Eth(5000), Eth(5000)
		sc.Agents.Loopers.Equity = Eth(100)
		sc.Agents.Runs[0].At, sc.Agents.Runs[0].Over = days(1), days(1)
		sc.Agents.Arbitrage.Capital = Eth(1000)
		sc.Markets.Lending.ETHSupply = Eth(80000)
	})
	pt := res.Summary.Points[0]
	if pt.MinPrice > 0.95 {
		t.Errorf("min price %.4f: no depeg", pt.MinPrice)
	}
	if pt.Liquidations == 0 || pt.LiquidatedStETH <= 0 {
		t.Errorf("no liquidations (%d, %.1f stETH, %d unprofitable)", pt.Liquidations, pt.LiquidatedStETH, pt.Unprofitable)
	}
	t.Logf("min price %.4f (intraday %.4f), %d liquidations of %.0f stETH, %d unprofitable, bad debt %.1f ETH",
		pt.MinPrice, pt.MinTradePrice, pt.Liquidations, pt.LiquidatedStETH, pt.Unprofitable, pt.BadDebt)
}

// TestPoolCompetitionShort: arrivals follow the utility; the fee-free
// exchange and the liquid decentralized pool gain share, the 15%-fee
// exchange loses it.
func TestPoolCompetitionShort(t *testing.T) {
	res := short(t, "pool-competition", func(sc *Scenario) {
		sc.Duration = days(8)
		sc.Chain.TotalStake = Eth(4e6)
		for i := range sc.Pools {
			sc.Pools[i].InitialStake = Eth(20000)
		}
		sc.Markets.Stableswap.ETH, sc.Markets.Stableswap.StETH = Eth(2000), Eth(2000)
		sc.Agents.Arrivals.PerDay = 100
	})
	ps := res.Summary.Points[0].Pools
	if ps[2].StakedByArrivals >= ps[0].StakedByArrivals || ps[2].StakedByArrivals >= ps[1].StakedByArrivals {
		t.Errorf("the 15%%-fee exchange took %.0f ETH of arrivals, others %.0f and %.0f", ps[2].StakedByArrivals, ps[0].StakedByArrivals, ps[1].StakedByArrivals)
	}
	if ps[1].MEVForgone <= 0 || ps[0].MEVForgone != 0 {
		t.Errorf("MEV forgone: decentralized %.3f, exchange %.3f", ps[0].MEVForgone, ps[1].MEVForgone)
	}
}

// TestSecurityShareShort: the big pool's share of stake and the cost of an
// attack both grow as stake flows in.
func TestSecurityShareShort(t *testing.T) {
	res := short(t, "security-share", func(sc *Scenario) {
		sc.Duration = days(3)
		sc.Chain.TotalStake = Eth(1e6)
		sc.Chain.ETHSupply = Eth(4e6)
		sc.Pools[0].InitialStake, sc.Pools[1].InitialStake = Eth(100000), Eth(10000)
		sc.Agents.Arrivals.PerDay = 200
	})
	first, last := res.Rows[0], res.Rows[len(res.Rows)-1]
	ls, cf := res.col("largest_pool_share"), res.col("cost_finality_eth")
	if last[ls] <= first[ls] || last[cf] <= first[cf] {
		t.Errorf("largest share %.4f→%.4f, cost of finality %.0f→%.0f: want both to grow", first[ls], last[ls], first[cf], last[cf])
	}
	within(t, "cost of finality", last[cf], last[res.col("total_stake_eth")]/3, 1e-9)
}

// TestDeterminismAndReport: the same seed gives byte-identical outputs;
// report.html holds every plot inline.
func TestDeterminismAndReport(t *testing.T) {
	edit := func(sc *Scenario) {
		sc.Duration = days(2)
		sc.Chain.TotalStake = Eth(2e6)
		sc.Pools[0].InitialStake = Eth(32000)
		sc.Markets.Stableswap.ETH, sc.Markets.Stableswap.StETH = Eth(2000), Eth(2000)
		sc.Agents.Runs[0].At = days(1)
	}
	a, b := short(t, "bank-run", edit), short(t, "bank-run", edit)
	ja, _ := a.SummaryJSON()
	jb, _ := b.SummaryJSON()
	ha, err := a.HTML()
	if err != nil {
		t.Fatal(err)
	}
	hb, _ := b.HTML()
	if !bytes.Equal(ja, jb) || !bytes.Equal(a.CSV(), b.CSV()) || !bytes.Equal(ha, hb) {
		t.Fatal("same seed, different output")
	}
	for _, id := range a.PlotIDs() {
		i := strings.Index(string(ha), `<figure id="plot-`+id+`">`)
		if i < 0 || !strings.HasPrefix(string(ha[i:]), `<figure id="plot-`+id+`">`+"\n<svg") {
			t.Errorf("report.html lacks plot %s", id)
		}
	}
	if n := strings.Count(string(ha), "<svg"); n != len(a.PlotIDs()) || n < 9 {
		t.Errorf("%d inline SVGs for %d plots", n, len(a.PlotIDs()))
	}
	if strings.Contains(string(ha), "http://") && strings.Contains(string(ha), "<script src") {
		t.Error("report.html is not self-contained")
	}
}

// TestBankRunMonteCarloShort: a run of uncertain size against no reserve
// and a 20% reserve, three seeds each: the reserve pays at once what the
// queue would have taken, so the queue is shorter at the median, and the
// bands and frequencies come out ordered.
func TestBankRunMonteCarloShort(t *testing.T) {
	res := short(t, "bank-run-monte-carlo", func(sc *Scenario) {
		sc.Runs = 3
		sc.Duration = days(3)
		sc.Chain.TotalStake = Eth(4e6)
		sc.Pools[0].InitialStake = Eth(32000)
		sc.Markets.Stableswap.ETH, sc.Markets.Stableswap.StETH = Eth(1500), Eth(1500)
		sc.Agents.Runs[0].At, sc.Agents.Runs[0].Over = days(1), days(1)
		sc.Agents.Arbitrage.Capital = Eth(500)
		sc.Sweep.X.Values = values("0%", "20%")
	})
	d0, d20 := res.Summary.Distributions[0], res.Summary.Distributions[1]
	q0, q20 := d0.Metrics["lido.max_queue_eth"], d20.Metrics["lido.max_queue_eth"]
	if q20.P50 >= q0.P50 || d20.Metrics["lido.instant_withdrawn_eth"].P50 <= d0.Metrics["lido.instant_withdrawn_eth"].P50 {
		t.Errorf("queue %.0f ETH with a 20%% reserve, %.0f without", q20.P50, q0.P50)
	}
	if s := d0.Metrics["lido.max_queue_eth"]; s.P5 == s.P95 {
		t.Error("the run's size is the same in every run")
	}
	for _, f := range d0.Events {
		if f.Runs != 3 || f.Low > f.Frequency || f.High < f.Frequency {
			t.Errorf("event %+v", f)
		}
	}
}

// TestWinnerTakesMostShort: four pools of different sizes, three seeds: the
// biggest gains share of the pools' ETH and concentration rises; with the
// network effects off (the bundled change) concentration rises less, seed
// by seed. On this small chain a small pool's 7-day APR swings by points
// (proposer luck), so the network effects are made ten times stronger.
func TestWinnerTakesMostShort(t *testing.T) {
	ch, err := LoadChange("../scenarios/changes/no-network-effects.yaml")
	if err != nil {
		t.Fatal(err)
	}
	res := shortWith(t, "winner-takes-most", Options{Compare: ch}, func(sc *Scenario) {
		sc.Runs = 3
		sc.Duration = days(4)
		sc.Chain.TotalStake = Eth(4e6)
		for i, s := range []float64{40000, 20000, 10000, 5000} {
			sc.Pools[i].InitialStake = Eth(s)
		}
		sc.Agents.Arrivals.PerDay = 15
		sc.Agents.Choice.ShareWeight *= 10
		sc.Agents.Choice.LiquidityWeight *= 10
	})
	c := res.Summary.Compare
	big := c.Metrics["big.final_share_of_pools"]
	if start := 40.0 / 75; big.Base.P5 <= start {
		t.Errorf("the biggest pool ends at %.4f of the pools' ETH (P5), started at %.4f", big.Base.P5, start)
	}
	if d := c.Metrics["final_pools_concentration"].Difference; d.P95 >= 0 {
		t.Errorf("concentration without network effects minus with: %+v, want below 0 in every run", d)
	}
}

// TestStakingEconomicsShort: two seeds of two days on a small chain: the
// burn and the issuance are positive, costs take from the solo staker's
// yield and the fee from the holders', the price moves from seed to seed.
func TestStakingEconomicsShort(t *testing.T) {
	res := short(t, "staking-economics", func(sc *Scenario) {
		sc.Runs = 2
		sc.Duration = days(2)
		sc.Chain.TotalStake = Eth(2e6)
		sc.Pools[0].InitialStake = Eth(32000)
	})
	m := res.Summary.Distributions[0].Metrics
	if m["burn_eth"].P5 <= 0 || m["issuance_eth"].P5 <= 0 {
		t.Errorf("burn %+v, issuance %+v", m["burn_eth"], m["issuance_eth"])
	}
	if m["solo_net_yield_eth"].P95 >= m["solo_gross_yield"].P5 || m["lido.holder_yield_eth"].P95 >= m["lido.gross_yield"].P5 {
		t.Errorf("solo %+v net of %+v; holders %+v of %+v", m["solo_net_yield_eth"], m["solo_gross_yield"], m["lido.holder_yield_eth"], m["lido.gross_yield"])
	}
	if p := m["final_price_usd"]; p.P5 == p.P95 {
		t.Error("the price path is the same for both seeds")
	}
}

// TestBundledContestedProposal: contested-proposal for 12 days, one seed,
// at two objecting shares. A quarter of the holders reach the second seal:
// a rage quit, and the proposal runs only after its 7-day window, with
// every locked objector's stETH out before it. A twentieth of them stay
// below it: no rage quit, but the timelock lengthens by more than ten
// days, so nothing has run by day 12 — and objectors who locked withdrawal
// requests (strategy exit) are out by then, those who locked stETH not.
func TestBundledContestedProposal(t *testing.T) {
	res := contested(t, 12, 0.25, nil)
	s := res.Summary.Points[0].Contested
	if s.RageQuit != 1 || s.Executed != 1 || s.LockedLeft != 1 {
		t.Errorf("25%%: rage quit %d, executed %d, locked stETH out before it %.4f; want 1, 1, 1", s.RageQuit, s.Executed, s.LockedLeft)
	}
	if s.DelayDays < s.RageQuitAfter+7 || s.MaxSupport < 0.1 {
		t.Errorf("25%%: ran %.2f days after the proposal, rage quit at %.2f, support %.4f", s.DelayDays, s.RageQuitAfter, s.MaxSupport)
	}
	if s.MeanWait <= 0 || s.MaxWait < s.MeanWait || s.MaxWait > 7 || s.Forgone <= 0 || s.Forgone > 0.01 {
		t.Errorf("25%%: waits %.2f/%.2f days, forgone %.5f", s.MeanWait, s.MaxWait, s.Forgone)
	}
	if p := res.Summary.Points[0].MinPrice; p < 0.99 {
		t.Errorf("25%%: stETH fell to %.4f", p)
	}
	for _, strategy := range []string{"lock", "exit"} {
		res = contested(t, 12, 0.05, func(sc *Scenario) { sc.Contested.Objectors.Strategy = strategy })
		s = res.Summary.Points[0].Contested
		if s.RageQuit != 0 || s.Executed != 0 || s.MaxExtension < 10 || s.MaxSupport < 0.01 || s.MaxSupport >= 0.1 {
			t.Errorf("5%% %s: rage quit %d, executed %d, extension %.2f days, support %.4f", strategy, s.RageQuit, s.Executed, s.MaxExtension, s.MaxSupport)
		}
		// locking stETH holds the proposal but takes nobody out; locking
		// withdrawal requests holds it as long and lets them leave
		if left := s.LockedLeft; (strategy == "lock") != (left == 0) || (strategy == "exit" && left < 0.9) {
			t.Errorf("5%% %s: %.4f of the locked stETH left by day 12", strategy, left)
		}
	}
}
