package scenario

import (
	"bytes"
	"strconv"
	"strings"
	"time"
)

// Result is a finished study: the headline numbers, every metric per step
// (bands over the runs in a Monte Carlo study), and every run's summary.
type Result struct {
	Scenario *Scenario
	Summary  Summary
	// Columns and Rows are timeseries.csv: one row per step (of every
	// sweep point, after the point's parameters), the metrics of the one
	// run, or with several runs each metric's P5, P50, P95 and mean.
	Columns []string
	Rows    [][]float64
	// Runs is the number of seeds of each point.
	Runs int
	// Timing (wall clock; never written to the outputs): time in the chain
	// and pools' epochs, and in everything else (agents, markets, metrics),
	// added up over the runs.
	ChainTime, OtherTime time.Duration
	Epochs               uint64
	// Validators on the chain at the end of the last run.
	Validators int

	variants []*variantResult
	events   []Event
	change   *Change
}

// Summary is summary.json.
type Summary struct {
	Name  string  `json:"name"`
	Seed  uint64  `json:"seed"`
	Days  float64 `json:"days"`
	Steps int     `json:"steps"`
	// Runs is the number of seeds (Seed, Seed+1, …) of each point, when
	// more than one.
	Runs int `json:"runs,omitempty"`
	// Sweep names the parameters of the grid.
	Sweep []string `json:"sweep,omitempty"`
	// Points: each sweep point's (or the one) run, with one run a point.
	Points []Point `json:"points,omitempty"`
	// Distributions: each point's metrics over its runs, with more than one.
	Distributions []Distribution `json:"distributions,omitempty"`
	// Compare: a proposal preview.
	Compare *Comparison `json:"compare,omitempty"`
}

// Distribution is one point's metrics over its runs: every summary metric
// as P5/P50/P95 and mean, and the events' frequencies.
type Distribution struct {
	Params  []ParamValue    `json:"params,omitempty"`
	Metrics map[string]Stat `json:"metrics"`
	Events  []Frequency     `json:"events"`
}

// Comparison is a proposal preview: every metric with and without the
// change over the same seeds, and the difference run by run.
type Comparison struct {
	Change      string                `json:"change"`
	Description string                `json:"description,omitempty"`
	Set         []Setting             `json:"set"`
	Runs        int                   `json:"runs"`
	Metrics     map[string]Difference `json:"metrics"`
	Events      []EventChange         `json:"events"`
}

// Difference is a metric without (Base) and with (Changed) the change, and
// the per-seed difference Changed − Base.
type Difference struct {
	Base       Stat `json:"base"`
	Changed    Stat `json:"changed"`
	Difference Stat `json:"difference"`
}

// EventChange is an event's frequency without and with the change.
type EventChange struct {
	Name    string    `json:"name"`
	Base    Frequency `json:"base"`
	Changed Frequency `json:"changed"`
}

// finish builds the summary and timeseries.csv's table.
func (res *Result) finish() {
	sc := res.Scenario
	s := &res.Summary
	s.Name, s.Seed, s.Days, s.Steps = sc.Name, sc.Seed, sc.Duration.Days(), int(sc.steps())
	if res.Runs > 1 {
		s.Runs = res.Runs
	}
	for _, p := range res.variants[0].params {
		s.Sweep = append(s.Sweep, p.Param)
	}
	if res.change != nil {
		s.Compare = res.comparison()
	} else if res.Runs == 1 {
		for _, vr := range res.variants {
			pt := vr.runs[0].point
			pt.Params = vr.params
			s.Points = append(s.Points, pt)
		}
	} else {
		for _, vr := range res.variants {
			s.Distributions = append(s.Distributions, Distribution{Params: vr.params, Metrics: vr.metricStats(), Events: vr.frequencies(res.events)})
		}
	}
	res.Columns, res.Rows = res.timeseries()
}

func (res *Result) comparison() *Comparison {
	base, chg := res.variants[0], res.variants[1]
	c := &Comparison{Change: res.change.Name, Description: res.change.Description, Set: res.change.Set, Runs: res.Runs,
		Metrics: map[string]Difference{}}
	names := base.runs[0].names
	xs, ys, ds := make([]float64, res.Runs), make([]float64, res.Runs), make([]float64, res.Runs)
	for m, name := range names {
		for i := range base.runs {
			xs[i], ys[i] = base.runs[i].vals[m], chg.runs[i].vals[m]
			ds[i] = ys[i] - xs[i]
		}
		c.Metrics[name] = Difference{Base: statOf(xs), Changed: statOf(ys), Difference: statOf(ds)}
	}
	bf, cf := base.frequencies(res.events), chg.frequencies(res.events)
	for i := range bf {
		c.Events = append(c.Events, EventChange{Name: bf[i].Name, Base: bf[i], Changed: cf[i]})
	}
	return c
}

// lead is the leading columns of a point's rows: the preview's arm (0
// base, 1 changed) or the sweep's parameters.
func (res *Result) lead() []string {
	if res.change != nil {
		return []string{"arm"}
	}
	var c []string
	for _, p := range res.variants[0].params {
		c = append(c, p.Param)
	}
	return c
}

func (res *Result) leadValues(vr *variantResult) []float64 {
	if res.change != nil {
		if vr.arm == "changed" {
			return []float64{1}
		}
		return []float64{0}
	}
	var v []float64
	for _, p := range vr.params {
		v = append(v, p.Value)
	}
	return v
}

// timeseries is timeseries.csv: the one run's metrics per step, or with
// several runs each metric's P5, P50, P95 and mean per step ("day" once).
func (res *Result) timeseries() ([]string, [][]float64) {
	lead := res.lead()
	cols := res.variants[0].runs[0].cols
	var header []string
	header = append(header, lead...)
	if res.Runs == 1 {
		header = append(header, cols...)
	} else {
		for _, c := range cols {
			if c == "day" {
				header = append(header, c)
				continue
			}
			header = append(header, c+"_p5", c+"_p50", c+"_p95", c+"_mean")
		}
	}
	var rows [][]float64
	for _, vr := range res.variants {
		lv := res.leadValues(vr)
		if res.Runs == 1 {
			for _, r := range vr.runs[0].rows {
				rows = append(rows, append(append([]float64{}, lv...), r...))
			}
			continue
		}
		for t := range vr.mid {
			row := append([]float64{}, lv...)
			for c, name := range cols {
				if name == "day" {
					row = append(row, vr.mid[t][c])
					continue
				}
				row = append(row, vr.lo[t][c], vr.mid[t][c], vr.hi[t][c], vr.mean[t][c])
			}
			rows = append(rows, row)
		}
	}
	return header, rows
}

// RunsCSV is runs.csv: one row per run (of every point or arm), its seed,
// every summary metric and each event (1 if it happened).
func (res *Result) RunsCSV() []byte {
	header := append(res.lead(), "run", "seed")
	header = append(header, res.variants[0].runs[0].names...)
	for _, e := range res.events {
		header = append(header, e.id())
	}
	var rows [][]float64
	for _, vr := range res.variants {
		for i, rr := range vr.runs {
			row := append(res.leadValues(vr), float64(i), float64(rr.seed))
			row = append(row, rr.vals...)
			for _, e := range res.events {
				row = append(row, b2f(e.happened(rr.names, rr.vals)))
			}
			rows = append(rows, row)
		}
	}
	return csvOf(header, rows)
}

// SweepCSV is sweep.csv: one row per grid point, its parameters and every
// summary metric (with several runs: P5, P50, P95, mean, and each event's
// frequency with its 95% interval).
func (res *Result) SweepCSV() []byte {
	header := res.lead()
	names := res.variants[0].runs[0].names
	for _, n := range names {
		if res.Runs == 1 {
			header = append(header, n)
		} else {
			header = append(header, n+"_p5", n+"_p50", n+"_p95", n+"_mean")
		}
	}
	if res.Runs > 1 {
		for _, e := range res.events {
			header = append(header, e.id()+"_frequency", e.id()+"_ci95_low", e.id()+"_ci95_high")
		}
	}
	var rows [][]float64
	for _, vr := range res.variants {
		row := res.leadValues(vr)
		if res.Runs == 1 {
			row = append(row, vr.runs[0].vals...)
		} else {
			st := vr.metricStats()
			for _, n := range names {
				s := st[n]
				row = append(row, s.P5, s.P50, s.P95, s.Mean)
			}
			for _, f := range vr.frequencies(res.events) {
				row = append(row, f.Frequency, f.Low, f.High)
			}
		}
		rows = append(rows, row)
	}
	return csvOf(header, rows)
}

func b2f(b bool) float64 {
	if b {
		return 1
	}
	return 0
}

func csvOf(header []string, rows [][]float64) []byte {
	var b bytes.Buffer
	b.WriteString(strings.Join(header, ","))
	b.WriteByte('\n')
	for _, row := range rows {
		for i, v := range row {
			if i > 0 {
				b.WriteByte(',')
			}
			b.WriteString(strconv.FormatFloat(v, 'g', 10, 64))
		}
		b.WriteByte('\n')
	}
	return b.Bytes()
}

// CSV is timeseries.csv.
func (res *Result) CSV() []byte { return csvOf(res.Columns, res.Rows) }

func (res *Result) col(name string) int {
	for i, c := range res.Columns {
		if c == name {
			return i
		}
	}
	return -1
}
