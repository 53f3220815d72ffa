package scenario

import (
	"bytes"
	"fmt"
	"html"
	"math"
	"sort"
	"strings"

	"gopkg.in/yaml.v3"
)

// HTML is report.html: one self-contained page with the scenario, the
// headline numbers (distributions with several runs, differences in a
// proposal preview, a table and plots over the grid of a sweep), every
// plot inline, and the scenario's parameters.
func (res *Result) HTML() ([]byte, error) {
	sc := res.Scenario
	var b bytes.Buffer
	w := func(format string, args ...any) { fmt.Fprintf(&b, format, args...) }
	w("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>%s — stakepool scenario</title>\n", html.EscapeString(sc.Name))
	w("<style>body{font-family:sans-serif;max-width:1000px;margin:2em auto;color:#222}table{border-collapse:collapse;margin:.5em 0}" +
		"td,th{border:1px solid #ccc;padding:3px 8px;text-align:right}th{background:#f4f4f4}td:first-child{text-align:left}" +
		"pre{background:#f7f7f7;padding:1em;white-space:pre-wrap;overflow-wrap:anywhere}p{overflow-wrap:anywhere}" +
		"figure{margin:1.5em 0}figcaption{font-size:90%%;color:#555}svg{max-width:100%%;height:auto}</style></head><body>\n")
	w("<h1>%s</h1>\n<p>%s</p>\n", html.EscapeString(sc.Name), html.EscapeString(sc.Description))
	seeds := fmt.Sprintf("seed %d", sc.Seed)
	if res.Runs > 1 {
		seeds = fmt.Sprintf("%d runs a point, seeds %d to %d", res.Runs, sc.Seed, sc.Seed+uint64(res.Runs)-1)
	}
	w("<p>%s · %g days · step %g days · %d steps a run. Every pool action ran on the stakepool protocol state machine; the chain is the beacon/sim simulator (%s).</p>\n",
		seeds, sc.Duration.Days(), sc.Step.Days(), sc.steps(), res.chainDesc())
	band := ""
	if res.Runs > 1 {
		band = fmt.Sprintf(" Lines: the median over the %d runs; shaded: from the 5th to the 95th percentile.", res.Runs)
	}
	switch {
	case res.change != nil:
		res.htmlCompare(w)
	case sc.Sweep != nil:
		if err := res.htmlSweep(w, band); err != nil {
			return nil, err
		}
	case res.Runs > 1:
		res.htmlDistribution(w, res.variants[0])
	default:
		res.htmlPoint(w, &res.Summary.Points[0])
	}
	if sc.Sweep == nil {
		w("<h2>Plots</h2>\n")
		srcs := []source{{vr: res.variants[0]}}
		if res.change != nil {
			srcs = []source{{vr: res.variants[0], suffix: " (base)"}, {vr: res.variants[1], suffix: " (changed)", dashed: true}}
			band += " Solid: the scenario as it is; dashed: with the change."
		}
		for _, f := range res.figures() {
			s, err := res.chartOf(f, srcs).svg()
			if err != nil {
				return nil, err
			}
			w("<figure id=\"plot-%s\">\n%s\n<figcaption>%s.%s</figcaption></figure>\n", f.ID, s, html.EscapeString(f.Title), band)
		}
	}
	y, err := yaml.Marshal(sc)
	if err != nil {
		return nil, err
	}
	w("<h2>Scenario parameters</h2>\n<pre>%s</pre>\n", html.EscapeString(string(y)))
	w("<h2>Outputs</h2>\n<p>%s. timeseries.csv has these columns, one row per step: %s.</p>\n",
		html.EscapeString(strings.Join(res.Files(), ", ")), html.EscapeString(strings.Join(res.Columns, ", ")))
	w("</body></html>\n")
	return b.Bytes(), nil
}

func (res *Result) chainDesc() string {
	c := &res.Scenario.Chain
	if c.State != "" {
		return "from the state " + c.State + ", " + c.Duties + " duties"
	}
	return c.Fork + ", " + c.Duties + " duties"
}

type writer func(format string, args ...any)

// fmtMetric writes a metric's value in its unit.
func fmtMetric(name string, v float64) string { return fmtValue(v, isPercent(name)) }

// htmlPoint is the headline tables of one run.
func (res *Result) htmlPoint(w writer, pt *Point) {
	w("<h2>Headline numbers</h2>\n")
	w("<table><tr><th>ideal APR</th><th>closed-form APR</th><th>chain's realised CL APR</th><th>largest pool share</th><th>max largest share</th><th>cost 1/3 (ETH)</th><th>min stETH price</th><th>liquidations</th><th>bad debt</th><th>slashed</th></tr>\n")
	w("<tr><td>%.3f%%</td><td>%.3f%%</td><td>%.3f%%</td><td>%.2f%%</td><td>%.2f%%</td><td>%s</td><td>%.4f</td><td>%d</td><td>%s</td><td>%d</td></tr></table>\n",
		pt.IdealAPR*100, pt.ClosedFormAPR*100, pt.NetworkCLAPR*100, pt.LargestShare*100, pt.MaxLargestShare*100, fmtNum(pt.CostFinality), pt.MinPrice, pt.Liquidations, fmtNum(pt.BadDebt), pt.Slashed)
	w("<table><tr><th>pool</th><th>pooled ETH</th><th>share of stake</th><th>share of pools</th><th>APR</th><th>CL APR (gross)</th><th>max queue</th><th>max wait (d)</th><th>insurance cover</th><th>socialized</th><th>reports rejected</th></tr>\n")
	for _, p := range pt.Pools {
		w("<tr><td>%s</td><td>%s</td><td>%.2f%%</td><td>%.2f%%</td><td>%.3f%%</td><td>%.3f%%</td><td>%s</td><td>%.2f</td><td>%s</td><td>%s</td><td>%d</td></tr>\n",
			html.EscapeString(p.Name), fmtNum(p.FinalPooledETH), p.FinalShareOfStake*100, p.ShareOfPools*100, p.MeanAPR*100, p.ConsensusAPR*100,
			fmtNum(p.MaxQueueETH), p.MaxWaitDays, fmtNum(p.InsuranceCovered), fmtNum(p.Socialized), p.ReportsRejected)
	}
	w("</table>\n<p>max wait: the largest value of the wait plot — the longest a request waited until its claim, or had waited so far at a step's end.</p>\n")
	if e := pt.Economics; e != nil {
		w("<h3>Economics</h3>\n<table><tr><th>ETH price start → end (USD)</th><th>mean base fee (gwei)</th><th>issuance (ETH)</th><th>burn (ETH)</th><th>net inflation</th><th>solo: gross</th><th>solo: net (ETH)</th><th>solo: net (USD)</th></tr>\n")
		w("<tr><td>%s → %s</td><td>%.3g</td><td>%s</td><td>%s</td><td>%.3f%%</td><td>%.3f%%</td><td>%.3f%%</td><td>%.3f%%</td></tr></table>\n",
			fmtShort(e.StartPriceUSD), fmtShort(e.FinalPriceUSD), e.MeanBaseFee, fmtNum(e.IssuanceETH), fmtNum(e.BurnETH), e.NetInflation*100,
			e.SoloGrossYield*100, e.SoloYieldETH*100, e.SoloYieldFiat*100)
		w("<table><tr><th>pool</th><th>gross yield</th><th>net of operators' costs (ETH)</th><th>holders (ETH)</th><th>holders (USD)</th><th>operator profit / validator-year (ETH)</th><th>(USD)</th></tr>\n")
		for _, p := range pt.Pools {
			if pe := p.Economics; pe != nil {
				w("<tr><td>%s</td><td>%.3f%%</td><td>%.3f%%</td><td>%.3f%%</td><td>%.3f%%</td><td>%.4f</td><td>%s</td></tr>\n", html.EscapeString(p.Name),
					pe.GrossYield*100, pe.NetYieldETH*100, pe.HolderYieldETH*100, pe.HolderYieldFiat*100, pe.OperatorProfitETH, fmtShort(pe.OperatorProfitUSD))
			}
		}
		w("</table>\n")
	}
}

// htmlDistribution is the headline metrics of one point over its runs and
// the events' frequencies.
func (res *Result) htmlDistribution(w writer, vr *variantResult) {
	st := vr.metricStats()
	w("<h2>Headline numbers over %d runs</h2>\n<table><tr><th>metric</th><th>P5</th><th>P50</th><th>P95</th><th>mean</th></tr>\n", res.Runs)
	for _, m := range res.Scenario.headlineMetrics() {
		s := st[m]
		w("<tr><td>%s</td><td>%s</td><td>%s</td><td>%s</td><td>%s</td></tr>\n", html.EscapeString(m),
			fmtMetric(m, s.P5), fmtMetric(m, s.P50), fmtMetric(m, s.P95), fmtMetric(m, s.Mean))
	}
	w("</table>\n<p>Every metric's distribution is in summary.json; each run's in runs.csv. max_wait_days is the largest value of the wait plot.</p>\n")
	res.htmlEvents(w, vr.frequencies(res.events))
}

func (res *Result) htmlEvents(w writer, fs []Frequency) {
	if len(fs) == 0 {
		return
	}
	w("<h3>How often</h3>\n<table><tr><th>event</th><th>runs</th><th>frequency</th><th>95%% interval (Wilson)</th></tr>\n")
	for _, f := range fs {
		w("<tr><td>%s</td><td>%d of %d</td><td>%.1f%%</td><td>%.1f%% – %.1f%%</td></tr>\n", html.EscapeString(f.Name), f.Count, f.Runs, f.Frequency*100, f.Low*100, f.High*100)
	}
	w("</table>\n")
}

// htmlCompare is a proposal preview's differences.
func (res *Result) htmlCompare(w writer) {
	c := res.Summary.Compare
	w("<h2>Proposal preview: %s</h2>\n", html.EscapeString(c.Change))
	if c.Description != "" {
		w("<p>%s</p>\n", html.EscapeString(c.Description))
	}
	var set []string
	for _, s := range c.Set {
		set = append(set, s.Param+" = "+s.Value)
	}
	w("<p>Changed: %s. Both arms ran with the same %d seed(s); the difference is taken seed by seed (changed − base).</p>\n", html.EscapeString(strings.Join(set, "; ")), c.Runs)
	w("<table><tr><th>metric</th><th>base P50 [P5, P95]</th><th>changed P50 [P5, P95]</th><th>difference P50 [P5, P95]</th><th>mean difference</th></tr>\n")
	for _, m := range res.Scenario.headlineMetrics() {
		d := c.Metrics[m]
		r := func(s Stat) string {
			if c.Runs == 1 {
				return fmtMetric(m, s.P50)
			}
			return fmt.Sprintf("%s [%s, %s]", fmtMetric(m, s.P50), fmtMetric(m, s.P5), fmtMetric(m, s.P95))
		}
		w("<tr><td>%s</td><td>%s</td><td>%s</td><td>%s</td><td>%s</td></tr>\n", html.EscapeString(m), r(d.Base), r(d.Changed), r(d.Difference), fmtMetric(m, d.Difference.Mean))
	}
	w("</table>\n")
	if len(c.Events) > 0 {
		w("<h3>How often</h3>\n<table><tr><th>event</th><th>base</th><th>changed</th></tr>\n")
		for _, e := range c.Events {
			f := func(x Frequency) string {
				return fmt.Sprintf("%d of %d (%.1f%%; 95%%: %.1f–%.1f%%)", x.Count, x.Runs, x.Frequency*100, x.Low*100, x.High*100)
			}
			w("<tr><td>%s</td><td>%s</td><td>%s</td></tr>\n", html.EscapeString(e.Name), f(e.Base), f(e.Changed))
		}
		w("</table>\n")
	}
}

// value is a point's metric: the one run's, or the median of its runs.
func (res *Result) value(vr *variantResult, name string) (mid, lo, hi float64) {
	if res.Runs == 1 {
		for i, n := range vr.runs[0].names {
			if n == name {
				v := vr.runs[0].vals[i]
				return v, v, v
			}
		}
		return math.NaN(), math.NaN(), math.NaN()
	}
	s, ok := vr.metricStats()[name]
	if !ok {
		return math.NaN(), math.NaN(), math.NaN()
	}
	return s.P50, s.P5, s.P95
}

// axisLabel and axisValue show a sweep parameter's values in its unit.
func (res *Result) axisScale(param string) (string, float64) {
	sc := res.Scenario
	switch sc.paramKind(param) {
	case "fraction":
		return param + " (%)", 100
	case "amount":
		top := 0.0
		for _, vr := range res.variants {
			for _, p := range vr.params {
				if p.Param == param {
					top = math.Max(top, p.Value)
				}
			}
		}
		if top >= 1e6 {
			return param + " (million ETH)", 1e-6
		}
		return param + " (ETH)", 1
	case "duration":
		return param + " (days)", 1
	}
	return param, 1
}

// htmlSweep is the grid's table and plots: lines against one parameter,
// heatmaps over two.
func (res *Result) htmlSweep(w writer, band string) error {
	sc := res.Scenario
	axes := sc.sweepAxes()
	groups := sc.sweepMetrics()
	w("<h2>Sweep</h2>\n<table><tr>")
	for _, a := range axes {
		w("<th>%s</th>", html.EscapeString(a.Param))
	}
	var shown []string
	for _, g := range groups {
		shown = append(shown, g...)
	}
	for _, m := range shown {
		w("<th>%s</th>", html.EscapeString(m))
	}
	w("</tr>\n")
	for vi, vr := range res.variants {
		w("<tr>")
		for ai, a := range axes {
			w("<td>%s</td>", html.EscapeString(res.valueText(a, vi, ai)))
		}
		for _, m := range shown {
			v, _, _ := res.value(vr, m)
			w("<td>%s</td>", fmtMetric(m, v))
		}
		w("</tr>\n")
	}
	what := "each run's value"
	if res.Runs > 1 {
		what = fmt.Sprintf("the median over %d runs (P5, P95 and the mean of every metric are in sweep.csv and summary.json)", res.Runs)
	}
	w("</table>\n<p>Cells: %s.</p>\n<h2>Plots</h2>\n", what)
	if len(axes) == 1 {
		xl, xm := res.axisScale(axes[0].Param)
		for gi, g := range groups {
			c := &chart{title: strings.Join(g, ", ") + " against " + axes[0].Param, xLabel: xl, yLabel: unitOf(g[0])}
			for _, m := range g {
				cv := curve{name: m, marks: true}
				for _, vr := range res.variants {
					mid, lo, hi := res.value(vr, m)
					mul := 1.0
					if isPercent(m) {
						mul = 100
					}
					cv.x = append(cv.x, vr.params[0].Value*xm)
					cv.y = append(cv.y, mid*mul)
					if res.Runs > 1 {
						cv.lo, cv.hi = append(cv.lo, lo*mul), append(cv.hi, hi*mul)
					}
				}
				c.curves = append(c.curves, cv)
			}
			s, err := c.svg()
			if err != nil {
				return err
			}
			w("<figure id=\"plot-sweep-%d\">\n%s\n<figcaption>%s.%s</figcaption></figure>\n", gi, s, html.EscapeString(c.title), band)
		}
		if res.Runs > 1 && len(res.events) > 0 {
			c := &chart{title: "How often, against " + axes[0].Param, xLabel: xl, yLabel: "frequency over the runs (%)"}
			for _, e := range res.events {
				cv := curve{name: e.Name, marks: true}
				for _, vr := range res.variants {
					f := frequencyOf(e, hitsOf(vr, e))
					cv.x = append(cv.x, vr.params[0].Value*xm)
					cv.y, cv.lo, cv.hi = append(cv.y, f.Frequency*100), append(cv.lo, f.Low*100), append(cv.hi, f.High*100)
				}
				c.curves = append(c.curves, cv)
			}
			s, err := c.svg()
			if err != nil {
				return err
			}
			w("<figure id=\"plot-sweep-events\">\n%s\n<figcaption>Frequency of each event over the runs of each point; shaded: its 95%% Wilson interval.</figcaption></figure>\n", s)
		}
		return nil
	}
	// two parameters: a heatmap per metric, and per event
	var xt, yt []string
	for _, n := range axes[0].Values {
		xt = append(xt, n.Value)
	}
	for _, n := range axes[1].Values {
		yt = append(yt, n.Value)
	}
	nx, ny := len(xt), len(yt)
	heat := func(id, title string, f func(vr *variantResult) float64, format func(float64) string) error {
		z := make([][]float64, ny)
		for r := range z {
			z[r] = make([]float64, nx)
		}
		for vi, vr := range res.variants {
			z[vi%ny][vi/ny] = f(vr)
		}
		h := &heatmap{title: title, xLabel: axes[0].Param, yLabel: axes[1].Param, xTicks: xt, yTicks: yt, z: z, format: format}
		s, err := h.svg()
		if err != nil {
			return err
		}
		w("<figure id=\"plot-%s\">\n%s\n<figcaption>%s</figcaption></figure>\n", id, s, html.EscapeString(title))
		return nil
	}
	for gi, g := range groups {
		for mi, m := range g {
			title := m
			if res.Runs > 1 {
				title += fmt.Sprintf(" (median of %d runs)", res.Runs)
			}
			mul := 1.0
			if isPercent(m) {
				mul = 100
			}
			err := heat(fmt.Sprintf("sweep-%d-%d", gi, mi), title, func(vr *variantResult) float64 { v, _, _ := res.value(vr, m); return v * mul },
				func(v float64) string { return fmtValue(v/mul, isPercent(m)) })
			if err != nil {
				return err
			}
		}
	}
	if res.Runs > 1 {
		for ei, e := range res.events {
			err := heat(fmt.Sprintf("sweep-event-%d", ei), fmt.Sprintf("How often: %s (%% of %d runs)", e.Name, res.Runs),
				func(vr *variantResult) float64 { return frequencyOf(e, hitsOf(vr, e)).Frequency * 100 },
				func(v float64) string { return fmt.Sprintf("%.0f%%", v) })
			if err != nil {
				return err
			}
		}
	}
	return nil
}

// valueText is a point's value of axis ai as written in the file.
func (res *Result) valueText(a *Axis, vi, ai int) string {
	axes := res.Scenario.sweepAxes()
	if len(axes) == 1 {
		return a.Values[vi].Value
	}
	ny := len(axes[1].Values)
	if ai == 0 {
		return a.Values[vi/ny].Value
	}
	return a.Values[vi%ny].Value
}

func hitsOf(vr *variantResult, e Event) []bool {
	hits := make([]bool, len(vr.runs))
	for i, rr := range vr.runs {
		hits[i] = e.happened(rr.names, rr.vals)
	}
	return hits
}

// unitOf is a metric's axis label.
func unitOf(name string) string {
	n := name[strings.LastIndexByte(name, '.')+1:]
	switch {
	case isPercent(name):
		return "%"
	case strings.HasSuffix(n, "_days"):
		return "days"
	case strings.HasSuffix(n, "_usd") || strings.Contains(n, "usd"):
		return "USD"
	case strings.HasSuffix(n, "_eth") || strings.HasSuffix(n, "steth"):
		return "ETH"
	case strings.Contains(n, "price"):
		return "ETH per stETH"
	}
	return n
}

// PlotIDs lists the ids of the report's plots (for tests and tools).
func (res *Result) PlotIDs() []string {
	var ids []string
	if res.Scenario.Sweep == nil {
		for _, f := range res.figures() {
			ids = append(ids, f.ID)
		}
	}
	sort.Strings(ids)
	return ids
}

func fmtNum(v float64) string {
	switch {
	case math.Abs(v) >= 1e6:
		return fmt.Sprintf("%.3fM", v/1e6)
	case math.Abs(v) >= 1e3:
		return fmt.Sprintf("%.2fk", v/1e3)
	}
	return fmt.Sprintf("%.3f", v)
}
