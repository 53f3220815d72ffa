package scenario

import (
	"bytes"
	"math"
	"slices"
	"strconv"
	"strings"
	"testing"
)

// mcScenario is a small study: a 1M-ETH chain, two days, a run of uncertain
// size, a market, economics with a random price and base fee.
const mcScenario = `
name: mc
duration: 2d
runs: 3
chain: {total_stake: 1000000eth, duties: sampled, el_reward_per_block: 0.05eth}
pools:
  - {name: a, initial_stake: 16000eth, reserve: 5%, oracle: {frame_epochs: 75}}
agents:
  arrivals: {per_day: 30}
  withdrawals: {per_day: 1%}
  runs: [{pool: a, at: 1d, fraction: 10%, fraction_max: 40%, over: 1d, via: best}]
  arbitrage: {capital: 1000eth}
markets:
  stableswap: {pool: a, eth: 1000eth, steth: 1000eth}
economics:
  price: {start: 3000, volatility: 80%}
  base_fee_volatility: 50%
  costs: {solo: 1000, operator: 200}
events:
  - {name: big queue, metric: a.max_queue_eth, above: 1500}
`

func mustParse(t *testing.T, name, y string) *Scenario {
	t.Helper()
	sc, err := Parse(name, []byte(y))
	if err != nil {
		t.Fatal(err)
	}
	return sc
}

func mustRun(t *testing.T, sc *Scenario, opt Options) *Result {
	t.Helper()
	res, err := Run(sc, opt)
	if err != nil {
		t.Fatal(err)
	}
	return res
}

// outputs is every file a result writes.
func outputs(t *testing.T, res *Result) map[string][]byte {
	t.Helper()
	sum, err := res.SummaryJSON()
	if err != nil {
		t.Fatal(err)
	}
	h, err := res.HTML()
	if err != nil {
		t.Fatal(err)
	}
	out := map[string][]byte{"summary.json": sum, "timeseries.csv": res.CSV(), "report.html": h}
	if res.Runs > 1 || res.change != nil {
		out["runs.csv"] = res.RunsCSV()
	}
	if res.Scenario.Sweep != nil {
		out["sweep.csv"] = res.SweepCSV()
	}
	return out
}

func sameOutputs(t *testing.T, a, b map[string][]byte) {
	t.Helper()
	for name, x := range a {
		if !bytes.Equal(x, b[name]) {
			t.Errorf("%s differs between two studies with the same seeds", name)
		}
	}
}

// TestBatchedStudyDeterminism: a study with batched duties gives the same
// bytes one run at a time or two at once, and differs from the sampled
// study (the knob reaches the chain).
func TestBatchedStudyDeterminism(t *testing.T) {
	y := strings.Replace(mcScenario, "duties: sampled", "duties: batched", 1)
	sc := mustParse(t, "mc.yaml", y)
	a := mustRun(t, sc, Options{Workers: 1})
	b := mustRun(t, sc, Options{Workers: 2})
	oa := outputs(t, a)
	sameOutputs(t, oa, outputs(t, b))
	sampled := outputs(t, mustRun(t, mustParse(t, "mc.yaml", mcScenario), Options{Workers: 2}))
	if bytes.Equal(oa["runs.csv"], sampled["runs.csv"]) {
		t.Error("batched and sampled duties gave the same runs")
	}
}

// TestMonteCarloDeterminism: the same seeds give the same bytes whether
// the runs go one at a time or two at once; run i is the single run with
// seed Seed+i; the seeds make the runs differ; every band is ordered.
func TestMonteCarloDeterminism(t *testing.T) {
	sc := mustParse(t, "mc.yaml", mcScenario)
	a := mustRun(t, sc, Options{Workers: 1})
	b := mustRun(t, sc, Options{Workers: 2})
	oa, ob := outputs(t, a), outputs(t, b)
	sameOutputs(t, oa, ob)
	one := mustParse(t, "mc.yaml", strings.Replace(mcScenario, "runs: 3", "runs: 1\nseed: 2", 1))
	single := mustRun(t, one, Options{})
	if !slices.Equal(single.variants[0].runs[0].vals, a.variants[0].runs[1].vals) {
		t.Error("run 1 of the study is not the single run with seed 2")
	}
	d := a.Summary.Distributions[0]
	spread := false
	for name, s := range d.Metrics {
		if !(s.P5 <= s.P50 && s.P50 <= s.P95) || s.Mean < s.P5-1e-9 || s.Mean > s.P95+1e-9 {
			t.Errorf("%s: P5 %g, P50 %g, P95 %g, mean %g out of order", name, s.P5, s.P50, s.P95, s.Mean)
		}
		spread = spread || s.P95 > s.P5
	}
	if !spread {
		t.Error("the seeds changed nothing")
	}
	// the run's size is drawn per seed
	if s := d.Metrics["a.instant_withdrawn_eth"]; s.P5 == s.P95 {
		t.Errorf("instant withdrawals %g in every run: the run size is not drawn", s.P5)
	}
	// events: counted over the runs, with an interval around the frequency
	var big *Frequency
	for i := range d.Events {
		if d.Events[i].Name == "big queue" {
			big = &d.Events[i]
		}
	}
	if big == nil || big.Runs != 3 || big.Low > big.Frequency || big.High < big.Frequency {
		t.Fatalf("event big queue: %+v", big)
	}
	// runs.csv: one row a run, its seed, its event
	lines := strings.Split(strings.TrimSpace(string(oa["runs.csv"])), "\n")
	if len(lines) != 4 || !strings.HasPrefix(lines[2], "1,2,") || !strings.Contains(lines[0], "event.big_queue") {
		t.Errorf("runs.csv:\n%s", oa["runs.csv"])
	}
	// timeseries.csv: bands per column
	if !strings.HasPrefix(string(oa["timeseries.csv"]), "day,total_stake_eth_p5,total_stake_eth_p50,total_stake_eth_p95,total_stake_eth_mean,") {
		t.Errorf("timeseries.csv header: %.200s", oa["timeseries.csv"])
	}
	// the report draws bands
	if !strings.Contains(string(oa["report.html"]), "from the 5th to the 95th percentile") {
		t.Error("report.html does not explain its bands")
	}
}

// TestSweepDeterminism: a 2×2 grid with two seeds a point gives the same
// bytes however its runs are spread; the grid's points carry their values;
// the report has a heatmap per metric and per event.
func TestSweepDeterminism(t *testing.T) {
	y := strings.Replace(mcScenario, "duration: 2d\nruns: 3", "duration: 150epochs\nstep: 75epochs\nruns: 2", 1) + `
sweep:
  x:
    param: pools[a].reserve
    values: [0%, 20%]
  y:
    param: agents.runs[0].fraction
    values: [10%, 30%]
  metrics: [a.instant_withdrawn_eth, a.max_queue_eth]
`
	y = strings.Replace(y, "at: 1d", "at: 0d", 1)
	y = strings.Replace(y, "fraction_max: 40%, ", "", 1)
	sc := mustParse(t, "sweep.yaml", y)
	a := mustRun(t, sc, Options{Workers: 2})
	b := mustRun(t, sc, Options{Workers: 1})
	oa := outputs(t, a)
	sameOutputs(t, oa, outputs(t, b))
	if n := len(a.Summary.Distributions); n != 4 {
		t.Fatalf("%d points, want 4", n)
	}
	p := a.Summary.Distributions[1].Params // x outer, y inner
	if len(p) != 2 || p[0].Value != 0 || p[1].Value != 0.3 {
		t.Errorf("point 1 params %+v, want reserve 0, fraction 0.3", p)
	}
	// more reserve pays more at once
	lo, hi := a.Summary.Distributions[0].Metrics["a.instant_withdrawn_eth"], a.Summary.Distributions[2].Metrics["a.instant_withdrawn_eth"]
	if hi.P50 <= lo.P50 {
		t.Errorf("instant withdrawals %g with a 20%% reserve, %g without", hi.P50, lo.P50)
	}
	h := string(oa["report.html"])
	if n, want := strings.Count(h, "<svg"), 2+len(sc.allEvents()); n != want {
		t.Errorf("%d plots in the sweep's report, want %d heatmaps", n, want)
	}
	lines := strings.Split(strings.TrimSpace(string(oa["sweep.csv"])), "\n")
	if len(lines) != 5 || !strings.HasPrefix(lines[0], "pools[a].reserve,agents.runs[0].fraction,") {
		t.Errorf("sweep.csv:\n%.300s", oa["sweep.csv"])
	}
}

// TestProposalPreview: the base arm is the scenario as it is and the
// changed arm the scenario with the change, over the same seeds; the
// differences are taken seed by seed.
func TestProposalPreview(t *testing.T) {
	y := strings.Replace(mcScenario, "duration: 2d\nruns: 3", "duration: 150epochs\nstep: 75epochs\nruns: 2", 1)
	y = strings.Replace(y, "at: 1d", "at: 0d", 1)
	sc := mustParse(t, "mc.yaml", y)
	ch, err := ParseChange("change.yaml", []byte("name: more reserve\nset:\n  pools[a].reserve: 20%\n"))
	if err != nil {
		t.Fatal(err)
	}
	res := mustRun(t, sc, Options{Compare: ch})
	alone := mustRun(t, sc, Options{})
	if !slices.Equal(res.variants[0].runs[1].vals, alone.variants[0].runs[1].vals) {
		t.Error("the base arm is not the scenario as it is")
	}
	c := res.Summary.Compare
	if c == nil || c.Runs != 2 || len(c.Set) != 1 || c.Set[0].Value != "20%" {
		t.Fatalf("compare: %+v", c)
	}
	d := c.Metrics["a.instant_withdrawn_eth"]
	if d.Difference.P50 <= 0 || math.Abs(d.Difference.Mean-(d.Changed.Mean-d.Base.Mean)) > 1e-6 {
		t.Errorf("instant withdrawals: base %+v changed %+v difference %+v", d.Base, d.Changed, d.Difference)
	}
	o := outputs(t, res)
	if !strings.HasPrefix(string(o["runs.csv"]), "arm,run,seed,") || !strings.Contains(string(o["report.html"]), "Proposal preview: more reserve") {
		t.Error("runs.csv or report.html lacks the preview")
	}
}

// TestStatistics: percentiles as numpy's default, Wilson intervals as
// published (Wilson 1927; e.g. 0 of 10: 0–27.8%, 5 of 10: 23.7–76.3%).
func TestStatistics(t *testing.T) {
	s := statOf([]float64{5, 1, 4, 2, 3})
	if s.P5 != 1.2 || s.P50 != 3 || math.Abs(s.P95-4.8) > 1e-12 || s.Mean != 3 {
		t.Errorf("stat %+v", s)
	}
	if s := statOf([]float64{7}); s.P5 != 7 || s.P95 != 7 {
		t.Errorf("one value: %+v", s)
	}
	for _, c := range []struct {
		k, n   int
		lo, hi float64
	}{{0, 10, 0, 0.2775}, {5, 10, 0.2366, 0.7634}, {10, 10, 0.7225, 1}, {1, 100, 0.0018, 0.0545}} {
		lo, hi := wilson(c.k, c.n)
		if math.Abs(lo-c.lo) > 1e-4 || math.Abs(hi-c.hi) > 1e-4 {
			t.Errorf("wilson(%d, %d) = %.4f–%.4f, want %.4f–%.4f", c.k, c.n, lo, hi, c.lo, c.hi)
		}
	}
}

// TestParameters: paths name fields as error messages do, lists by index
// or by name; a change or a sweep value is decoded as its field.
func TestParameters(t *testing.T) {
	sc := mustParse(t, "mc.yaml", mcScenario)
	for path, want := range map[string]float64{
		"pools[a].reserve": 0.05, "pools[0].initial_stake": 16000, "agents.runs[0].fraction_max": 0.4,
		"chain.participation": 0.99, "markets.stableswap.A": 50, "duration": 2, "economics.price.volatility": 0.8,
	} {
		if got := sc.paramValue(path); math.Abs(got-want) > 1e-12 {
			t.Errorf("%s = %g, want %g", path, got, want)
		}
	}
	for path, want := range map[string]string{
		"pools[b].fee":             `pools has no element named "b"`,
		"pools[3].fee":             "pools has 1 elements, no [3]",
		"chain.colour":             `chain: no field "colour"`,
		"pools[a]":                 "pools[0] is a group of fields",
		"markets.lending.ltv":      "markets.lending is not set",
		"agents.runs[0].via.x":     `has no field "x"`,
		"chain..fee":               "empty field name",
		"pools[a].operators.count": "",
	} {
		_, err := sc.resolve(path)
		if (want == "") != (err == nil) || (err != nil && !strings.Contains(err.Error(), want)) {
			t.Errorf("%s: got %v, want %q", path, err, want)
		}
	}
	c := copyScenario(sc)
	c.Pools[0].Name = "changed"
	c.Agents.Runs[0].Fraction = 0.9
	if sc.Pools[0].Name != "a" || sc.Agents.Runs[0].Fraction != 0.1 {
		t.Error("the copy shares the scenario's lists")
	}
}

// TestStudyErrors: a bad sweep, event or change names the file, the line
// and the field.
func TestStudyErrors(t *testing.T) {
	base := strings.Replace(mcScenario, "events:\n  - {name: big queue, metric: a.max_queue_eth, above: 1500}\n", "", 1)
	n := strings.Count(base, "\n") // the line the additions start after
	for _, c := range []struct{ name, add, want string }{
		{"unknown param", "sweep:\n  x:\n    param: pools[a].colour\n    values: [1]\n", `mc.yaml:` + strconv.Itoa(n+3) + `: sweep.x.param: pools[0]: no field "colour"`},
		{"bad value", "sweep:\n  x:\n    param: pools[a].reserve\n    values: [5%, 150%]\n", `mc.yaml:` + strconv.Itoa(n+4) + `: pools[0].reserve: 150% is outside 0%–100% (at sweep point pools[a].reserve = 150%)`},
		{"not a fraction", "sweep:\n  x:\n    param: pools[a].reserve\n    values: [lots]\n", `mc.yaml:` + strconv.Itoa(n+4) + `: pools[a].reserve: "lots" is not a fraction`},
		{"no x", "sweep:\n  y:\n    param: pools[a].reserve\n    values: [1%]\n", "sweep.x: required"},
		{"unknown metric", "sweep:\n  x:\n    param: pools[a].reserve\n    values: [1%]\n  metrics: [a.colour]\n", `sweep.metrics[0]: "a.colour" is not a metric`},
		{"event metric", "events:\n  - {metric: a.nothing, above: 1}\n", `mc.yaml:` + strconv.Itoa(n+2) + `: events[0].metric: "a.nothing" is not a metric`},
		{"event bound", "events:\n  - {metric: a.max_wait_days}\n", "events[0]: give one of below and above"},
		{"runs", "runs: 0\n", "field given twice"},
	} {
		_, err := Parse("mc.yaml", []byte(base+c.add))
		if (c.want == "") != (err == nil) || (err != nil && !strings.Contains(err.Error(), c.want)) {
			t.Errorf("%s: got %v, want %q", c.name, err, c.want)
		}
	}
	if _, err := Parse("mc.yaml", []byte(strings.Replace(base, "fraction_max: 40%", "fraction_max: 5%", 1))); err == nil ||
		!strings.Contains(err.Error(), "mc.yaml:11: agents.runs[0].fraction_max: 5% is outside 10%–100%") {
		t.Errorf("fraction_max below fraction: %v", err)
	}
	sc := mustParse(t, "mc.yaml", base)
	for _, c := range []struct{ name, change, want string }{
		{"bad value", "set:\n  pools[a].fee: 200%\n", "change.yaml:2: pools[0].fee: 200% is outside 0%–100%"},
		{"bad path", "name: x\nset:\n  pools[z].fee: 2%\n", `change.yaml:3: pools[z].fee: pools has no element named "z"`},
		{"unknown key", "sett: {}\n", "change.yaml:1: sett: unknown field"},
		{"empty", "name: x\n", "change.yaml:1: set: required"},
	} {
		ch, err := ParseChange("change.yaml", []byte(c.change))
		if err == nil {
			err = ch.Check(sc)
		}
		if err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("%s: got %v, want %q", c.name, err, c.want)
		}
	}
}

// TestIgnoredExits: an operator that ignores the pool's exit requests
// (operators.ignore_exits) never exits the validators asked of it: past the
// exit deadline (4 days) the protocol counts them stuck; the same run with
// every operator exiting has none.
func TestIgnoredExits(t *testing.T) {
	sc := mustParse(t, "stuck.yaml", `
duration: 8d
chain: {total_stake: 1000000eth, duties: sampled}
pools:
  - {name: p, initial_stake: 16000eth, operators: {count: 2, ignore_exits: [0]}}
agents:
  runs: [{pool: p, at: 0d, fraction: 40%, over: 1d, via: queue}]
`)
	ch, err := ParseChange("all-exit.yaml", []byte("set:\n  pools[p].operators.ignore_exits: []\n"))
	if err != nil {
		t.Fatal(err)
	}
	res := mustRun(t, sc, Options{Compare: ch})
	m := res.Summary.Compare.Metrics["p.max_stuck_validators"]
	if m.Base.P50 == 0 || m.Changed.P50 != 0 {
		t.Errorf("stuck validators: %g when operator 0 ignores exits, %g when all exit", m.Base.P50, m.Changed.P50)
	}
	if w := res.Summary.Compare.Metrics["p.max_wait_days"]; w.Base.P50 <= w.Changed.P50 {
		t.Errorf("max wait %g days with an operator ignoring exits, %g without", w.Base.P50, w.Changed.P50)
	}
	if _, err := Parse("s.yaml", []byte("duration: 1d\nchain: {total_stake: 100000eth}\npools:\n  - {name: p, operators: {count: 2, ignore_exits: [2]}}\n")); err == nil ||
		!strings.Contains(err.Error(), "s.yaml:4: pools[0].operators.ignore_exits[0]: operator 2: the pool has operators 0 to 1") {
		t.Errorf("an unknown operator: %v", err)
	}
}
