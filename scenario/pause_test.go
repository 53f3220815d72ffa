package scenario

import (
	"slices"
	"strings"
	"testing"
)

func TestPauseSchemaErrors(t *testing.T) {
	base := okScenario + "emergency_pause:\n"
	cases := []struct{ name, yaml, want string }{
		{"target", base + "  {at_day: 2, target: claims, days: 5}\n", "emergency_pause.target: \"claims\": want staking, deposits or withdrawals"},
		{"no target", base + "  {at_day: 2, days: 5}\n", "emergency_pause.target: \"\": want staking, deposits or withdrawals"},
		{"longer than the committee may", base + "  {at_day: 2, target: deposits, days: 61}\n",
			"emergency_pause.days: 61: the committee pauses for at most 60 days (protocol.MaxPauseSeconds); a longer pause needs governance"},
		{"negative days", base + "  {at_day: 2, target: staking, days: -1}\n", "emergency_pause.days: -1: want 0 (no pause) to 60 days"},
		{"after the end", base + "  {at_day: 10, target: staking, days: 1}\n", "emergency_pause.at_day: 10: want a day within the scenario's duration (0 to 10)"},
		{"unknown pool", base + "  {pool: rocket, at_day: 1, target: staking, days: 1}\n", "emergency_pause.pool: no pool named \"rocket\""},
		{"unknown field", base + "  {at: 1d, target: staking, days: 1}\n", "emergency_pause.at: unknown field"},
	}
	for _, c := range cases {
		_, err := Parse("ok.yaml", []byte(c.yaml))
		if err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("%s: got %v, want %q", c.name, err, c.want)
		}
	}
	sc, err := Parse("ok.yaml", []byte(base+"  {at_day: 2.5, target: withdrawals, days: 60}\n"))
	if err != nil {
		t.Fatal(err)
	}
	if e := sc.EmergencyPause; e.Pool != "lido" || e.at() != days(2.5) {
		t.Fatalf("defaults: %+v", e)
	}
}

// TestWithdrawalsPause: the bank run of TestBankRunShort with the
// committee pausing withdrawals for 3 days as the run starts, against the
// same run with a committee that does not pause (days: 0). While paused
// nothing enters the queue and holders in a hurry sell on the market
// instead (the wait now includes the pause): the price falls further and
// the market takes more; the held-back stETH queues when the pause ends,
// its wait counted from the first try, so the longest wait exceeds the
// pause.
func TestWithdrawalsPause(t *testing.T) {
	run := func(pauseDays float64) *Result {
		return short(t, "bank-run", func(sc *Scenario) {
			sc.Duration = days(8)
			sc.Chain.TotalStake = Eth(4e6)
			sc.Pools[0].InitialStake = Eth(64000)
			sc.Markets.Stableswap.ETH, sc.Markets.Stableswap.StETH = Eth(3000), Eth(3000)
			sc.Agents.Runs[0].At, sc.Agents.Runs[0].Over = days(1), days(1)
			sc.Agents.Arbitrage.Capital = Eth(4000)
			sc.EmergencyPause = &EmergencyPause{Pool: "lido", AtDay: 1, Target: "withdrawals", Days: pauseDays}
		})
	}
	open, paused := run(0), run(3)
	col := func(res *Result, name string) []float64 {
		i := slices.Index(res.Columns, name)
		if i < 0 {
			t.Fatalf("no column %s", name)
		}
		var out []float64
		for _, row := range res.Rows {
			out = append(out, row[i])
		}
		return out
	}
	o, p := open.Summary.Points[0], paused.Summary.Points[0]
	t.Logf("without the pause / with it: lowest price %.4f / %.4f, market took %.0f / %.0f stETH, longest wait %.2f / %.2f days",
		o.MinPrice, p.MinPrice, o.MarketSold, p.MarketSold, o.Pools[0].MaxWaitDays, p.Pools[0].MaxWaitDays)
	left, held, queue := col(paused, "pause_left_days"), col(paused, "pause_blocked_steth"), col(paused, "lido_queue_eth")
	// row d is the end of day d+1; the pause and the run began at day 1
	if left[0] != 0 || left[1] < 1.9 || left[1] > 2.01 || left[3] != 0 {
		t.Errorf("pause left %v: want 2 days at day 2's end, none from day 4's", left[:5])
	}
	if queue[1] != 0 || held[1] < 1000 {
		t.Errorf("day 2: queue %.0f stETH, held back %.0f: want nothing queued and the run held back", queue[1], held[1])
	}
	if q := col(open, "lido_queue_eth"); q[1] < 1000 {
		t.Errorf("without the pause the run queues on day 2: %.0f stETH", q[1])
	}
	if held[len(held)-1] != 0 || slices.Max(queue) < 1000 {
		t.Errorf("after the pause: held back %v, queue %v: want it all queued", held, queue)
	}
	if p.MinPrice >= o.MinPrice || p.MarketSold < 1.1*o.MarketSold {
		t.Errorf("min price %.4f (open %.4f), market took %.0f (open %.0f): want a deeper depeg with the pause (the market 10%% more)", p.MinPrice, o.MinPrice, p.MarketSold, o.MarketSold)
	}
	if w, ow := p.Pools[0].MaxWaitDays, o.Pools[0].MaxWaitDays; w < 3 || w <= ow {
		t.Errorf("max wait %.2f days (open %.2f): want the pause's 3 days and more", w, ow)
	}
}

// TestBankRunPauseShort: the bundled bank-run-pause at a tenth of the
// size, two seeds, no pause against a 3-day pause of withdrawals: with the
// pause, seed for seed, the longest wait is at least the pause and longer
// than without, and the market takes more of the run.
func TestBankRunPauseShort(t *testing.T) {
	res := short(t, "bank-run-pause", func(sc *Scenario) {
		sc.Runs = 2
		sc.Duration = days(8)
		sc.Chain.TotalStake = Eth(4e6)
		sc.Pools[0].InitialStake = Eth(32000)
		sc.Markets.Stableswap.ETH, sc.Markets.Stableswap.StETH = Eth(1500), Eth(1500)
		sc.Agents.Runs[0].At, sc.Agents.Runs[0].Over = days(1), days(1)
		sc.Agents.Arbitrage.Capital = Eth(500)
		sc.EmergencyPause.AtDay = 1
		sc.Sweep.X.Values = values("0", "3")
	})
	open, paused := res.Summary.Distributions[0], res.Summary.Distributions[1]
	wo, wp := open.Metrics["lido.max_wait_days"], paused.Metrics["lido.max_wait_days"]
	if wp.P5 < 3 || wp.P5 <= wo.P95 {
		t.Errorf("longest wait %.2f–%.2f days with a 3-day pause, %.2f–%.2f without", wp.P5, wp.P95, wo.P5, wo.P95)
	}
	if mo, mp := open.Metrics["market_sold_steth"], paused.Metrics["market_sold_steth"]; mp.P50 <= mo.P50 {
		t.Errorf("market took %.0f stETH with the pause, %.0f without", mp.P50, mo.P50)
	}
}

// TestStakingAndDepositsPause: a committee pausing staking turns the
// arrivals of its days away (counted as refused stake, none without the
// pause); one pausing deposits leaves the arrivals' ETH in the buffer —
// the pool's validators do not grow while it lasts, and grow after.
func TestStakingAndDepositsPause(t *testing.T) {
	const y = okScenario + `agents:
  arrivals: {per_day: 200, median: 100eth, sigma: 0.2}
`
	run := func(target string, pauseDays float64) *Result {
		sc, err := Parse("ok.yaml", []byte(y))
		if err != nil {
			t.Fatal(err)
		}
		sc.Duration = days(6)
		sc.EmergencyPause = &EmergencyPause{Pool: "lido", AtDay: 1, Target: target, Days: pauseDays}
		if errs := sc.validate(); len(errs) > 0 {
			t.Fatal(errs)
		}
		res, err := Run(sc, Options{})
		if err != nil {
			t.Fatal(err)
		}
		return res
	}
	refused := func(res *Result) float64 { return res.Summary.Points[0].Pools[0].RefusedStake }
	// arrivals come at each day's end: a 2-day pause from day 1's start
	// refuses day 1's (≈20,000 ETH); day 2's arrive as it ends
	if r0, r2 := refused(run("staking", 0)), refused(run("staking", 2)); r0 != 0 || r2 < 15_000 || r2 > 25_000 {
		t.Errorf("refused stake %.0f ETH without a pause, %.0f with 2 days of it: want none, then a day's arrivals (≈20,000)", r0, r2)
	}
	res := run("deposits", 2)
	i := slices.Index(res.Columns, "lido_validators")
	var vals []float64
	for _, row := range res.Rows {
		vals = append(vals, row[i])
	}
	// rows: the ends of days 1..6; paused from day 1's start to day 3's
	if vals[1] != vals[0] || vals[2] != vals[0] || vals[5] <= vals[2] {
		t.Errorf("validators at each day's end %v: want them flat while deposits are paused, growing after", vals)
	}
}
