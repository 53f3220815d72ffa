package scenario

import (
	"bytes"
	"encoding/json"
	"fmt"
	"html"
	"image/color"
	"math"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"

	"gonum.org/v1/plot"
	"gonum.org/v1/plot/plotter"
	"gonum.org/v1/plot/vg"
	"gonum.org/v1/plot/vg/draw"
	"gonum.org/v1/plot/vg/vgsvg"
	"gopkg.in/yaml.v3"
)

// Write writes summary.json, timeseries.csv and report.html into dir.
func (res *Result) Write(dir string) error {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return fmt.Errorf("write report: %w", err)
	}
	sum, err := res.SummaryJSON()
	if err != nil {
		return err
	}
	files := map[string][]byte{"summary.json": sum, "timeseries.csv": res.CSV()}
	h, err := res.HTML()
	if err != nil {
		return err
	}
	files["report.html"] = h
	for _, name := range []string{"summary.json", "timeseries.csv", "report.html"} {
		if err := os.WriteFile(filepath.Join(dir, name), files[name], 0o644); err != nil {
			return fmt.Errorf("write report: %w", err)
		}
	}
	return nil
}

// SummaryJSON is summary.json.
func (res *Result) SummaryJSON() ([]byte, error) {
	b, err := json.MarshalIndent(res.Summary, "", "  ")
	if err != nil {
		return nil, err
	}
	return append(b, '\n'), nil
}

// CSV is timeseries.csv: a header of metric names, one row per step.
func (res *Result) CSV() []byte {
	var b bytes.Buffer
	b.WriteString(strings.Join(res.Columns, ","))
	b.WriteByte('\n')
	for _, row := range res.Rows {
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

func (res *Result) col(name string) int {
	for i, c := range res.Columns {
		if c == name {
			return i
		}
	}
	return -1
}

// series is one line of a plot.
type series struct {
	name string
	col  string
	mul  float64
}

// figure is one plot of the report.
type figure struct {
	ID, Title, X, Y string
	Lines           []series
	// XCol, when set, plots against this column instead of "day"
	// (sweep scenarios: total stake), using only the last row of each run.
	XCol string
	Refs []float64 // horizontal reference lines
}

// Figures lists the report's plots for this result.
func (res *Result) figures() []figure {
	sc := res.Scenario
	var figs []figure
	if sc.Sweep != nil {
		f := figure{ID: "yield-curve", Title: "Consensus APR against total stake", X: "total stake (million ETH)", Y: "APR (%)", XCol: "sweep_total_stake_eth"}
		f.Lines = append(f.Lines, series{"closed form (participation)", "closed_form_apr", 100}, series{"ideal (100%)", "ideal_apr", 100},
			series{"whole chain, realised", "network_cl_apr", 100})
		for _, p := range sc.Pools {
			f.Lines = append(f.Lines, series{p.Name + " realised consensus (gross)", p.Name + "_apr_consensus", 100 / (1 - float64(p.Fee))})
		}
		figs = append(figs, f)
	}
	share := figure{ID: "stake-share", Title: "Share of total stake", X: "day", Y: "share (%)", Refs: []float64{100.0 / 3, 50, 200.0 / 3}}
	apr := figure{ID: "apr", Title: "Realised APR to holders (7-day, net of fee)", X: "day", Y: "APR (%)"}
	parts := figure{ID: "apr-parts", Title: "APR by source (per step, net of fee)", X: "day", Y: "APR (%)"}
	queue := figure{ID: "queue", Title: "Withdrawal queue and reserve", X: "day", Y: "ETH"}
	wait := figure{ID: "wait", Title: "Age of the oldest queued request", X: "day", Y: "days"}
	loss := figure{ID: "losses", Title: "Insurance fund and socialized losses", X: "day", Y: "ETH"}
	for _, p := range sc.Pools {
		n := p.Name + "_"
		share.Lines = append(share.Lines, series{p.Name, n + "share_of_stake", 100})
		apr.Lines = append(apr.Lines, series{p.Name, n + "apr", 100})
		parts.Lines = append(parts.Lines, series{p.Name + " consensus", n + "apr_consensus", 100}, series{p.Name + " execution", n + "apr_execution", 100}, series{p.Name + " MEV", n + "apr_mev", 100})
		queue.Lines = append(queue.Lines, series{p.Name + " queue", n + "queue_eth", 1}, series{p.Name + " reserve", n + "reserve_eth", 1})
		wait.Lines = append(wait.Lines, series{p.Name, n + "queue_wait_days", 1})
		loss.Lines = append(loss.Lines, series{p.Name + " insurance", n + "insurance_eth", 1}, series{p.Name + " socialized", n + "losses_socialized_eth", 1})
	}
	share.Lines = append(share.Lines, series{"largest pool", "largest_pool_share", 100})
	apr.Lines = append(apr.Lines, series{"closed form (gross CL)", "closed_form_apr", 100})
	security := figure{ID: "security", Title: "Cost to attack: finality (1/3), majority (1/2), 2/3", X: "day", Y: "million ETH",
		Lines: []series{{"1/3 of stake", "cost_finality_eth", 1e-6}, {"1/2", "cost_majority_eth", 1e-6}, {"2/3", "cost_two_thirds_eth", 1e-6}, {"total stake", "total_stake_eth", 1e-6}}}
	figs = append(figs, share, apr, parts, queue, wait, loss, security)
	if sc.Markets.Stableswap != nil {
		figs = append(figs, figure{ID: "market", Title: "stETH/ETH market price", X: "day", Y: "ETH per stETH", Lines: []series{{"price", "steth_price", 1}}, Refs: []float64{1}},
			figure{ID: "market-depth", Title: "Stableswap balances and 1% depth", X: "day", Y: "ETH", Lines: []series{{"ETH", "market_eth", 1}, {"stETH", "market_steth", 1}, {"sellable at ≤1% impact", "market_depth_1pct_eth", 1}}})
	}
	if sc.Markets.Lending != nil {
		figs = append(figs, figure{ID: "leverage", Title: "Loopers: leverage, lowest health factor, borrow rate", X: "day", Y: "",
			Lines: []series{{"leverage (×)", "leverage", 1}, {"min health factor", "min_health_factor", 1}, {"borrow rate (%)", "borrow_rate", 100}}},
			figure{ID: "liquidations", Title: "Liquidated collateral and bad debt", X: "day", Y: "ETH",
				Lines: []series{{"liquidated stETH", "liquidated_steth", 1}, {"bad debt", "bad_debt_eth", 1}}})
	}
	return figs
}

var palette = []color.Color{
	color.RGBA{31, 119, 180, 255}, color.RGBA{255, 127, 14, 255}, color.RGBA{44, 160, 44, 255}, color.RGBA{214, 39, 40, 255},
	color.RGBA{148, 103, 189, 255}, color.RGBA{140, 86, 75, 255}, color.RGBA{227, 119, 194, 255}, color.RGBA{127, 127, 127, 255},
	color.RGBA{188, 189, 34, 255}, color.RGBA{23, 190, 207, 255},
}

// svg renders one figure.
func (res *Result) svg(f figure) (string, error) {
	p, err := res.plotOf(f)
	if err != nil {
		return "", err
	}
	c := vgsvg.NewWith(vgsvg.UseWH(16*vg.Centimeter, 9*vg.Centimeter), vgsvg.EmbedFonts(false))
	p.Draw(draw.New(c))
	var b bytes.Buffer
	if _, err := c.WriteTo(&b); err != nil {
		return "", err
	}
	s := b.String()
	if i := strings.Index(s, "<svg"); i > 0 {
		s = s[i:] // drop the XML prologue: the SVG is inlined
	}
	return s, nil
}

// plotOf builds one figure's plot.
func (res *Result) plotOf(f figure) (*plot.Plot, error) {
	p := plot.New()
	p.Title.Text = f.Title
	p.X.Label.Text = f.X
	p.Y.Label.Text = f.Y
	p.Legend.Top = true
	xi := res.col("day")
	rows := res.Rows
	xmul := 1.0
	if f.XCol != "" {
		xi, xmul = res.col(f.XCol), 1e-6
		// the mean of each sweep point's rows
		var means [][]float64
		for i := 0; i < len(rows); {
			j := i
			for j < len(rows) && rows[j][xi] == rows[i][xi] {
				j++
			}
			m := make([]float64, len(rows[i]))
			for _, r := range rows[i:j] {
				for c, v := range r {
					m[c] += v / float64(j-i)
				}
			}
			means = append(means, m)
			i = j
		}
		rows = means
	}
	if xi < 0 || len(rows) == 0 {
		return nil, fmt.Errorf("report: no data for %s", f.ID)
	}
	xmin, xmax := math.Inf(1), math.Inf(-1)
	for j, s := range f.Lines {
		ci := res.col(s.col)
		if ci < 0 {
			continue
		}
		pts := make(plotter.XYs, len(rows))
		for i, r := range rows {
			pts[i].X, pts[i].Y = r[xi]*xmul, r[ci]*s.mul
			xmin, xmax = math.Min(xmin, pts[i].X), math.Max(xmax, pts[i].X)
		}
		l, err := plotter.NewLine(pts)
		if err != nil {
			return nil, err
		}
		l.Color = palette[j%len(palette)]
		l.Width = vg.Points(1.5)
		p.Add(l)
		p.Legend.Add(s.name, l)
		if f.XCol != "" {
			sct, err := plotter.NewScatter(pts)
			if err == nil {
				sct.Color = l.Color
				sct.Shape = draw.CircleGlyph{}
				p.Add(sct)
			}
		}
	}
	for _, y := range f.Refs {
		l, err := plotter.NewLine(plotter.XYs{{X: xmin, Y: y}, {X: xmax, Y: y}})
		if err == nil {
			l.Color = color.Gray{170}
			l.Dashes = []vg.Length{vg.Points(4), vg.Points(3)}
			p.Add(l)
		}
	}
	return p, nil
}

// HTML is report.html: one self-contained page with the scenario, the
// headline numbers and every plot inline.
func (res *Result) HTML() ([]byte, error) {
	sc := res.Scenario
	var b bytes.Buffer
	w := func(format string, args ...any) { fmt.Fprintf(&b, format, args...) }
	w("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>%s — stakepool scenario</title>\n", html.EscapeString(sc.Name))
	w("<style>body{font-family:sans-serif;max-width:1000px;margin:2em auto;color:#222}table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:3px 8px;text-align:right}th{background:#f4f4f4}pre{background:#f7f7f7;padding:1em;overflow:auto}figure{margin:1.5em 0}</style></head><body>\n")
	w("<h1>%s</h1>\n<p>%s</p>\n", html.EscapeString(sc.Name), html.EscapeString(sc.Description))
	w("<p>Seed %d · %g days · step %g days · %d rows. Every pool action ran on the stakepool protocol state machine; the chain is the beacon/sim simulator (%s).</p>\n",
		sc.Seed, sc.Duration.Days(), sc.Step.Days(), len(res.Rows), sc.Chain.Fork)
	w("<h2>Headline numbers</h2>\n")
	for _, pt := range res.Summary.Points {
		w("<h3>Total stake %s ETH</h3>\n<table><tr><th>ideal APR</th><th>closed-form APR</th><th>chain's realised CL APR</th><th>largest pool share</th><th>max largest share</th><th>cost 1/3 (ETH)</th><th>min stETH price</th><th>liquidations</th><th>bad debt</th><th>slashed</th></tr>\n", fmtNum(pt.TotalStakeETH))
		w("<tr><td>%.3f%%</td><td>%.3f%%</td><td>%.3f%%</td><td>%.2f%%</td><td>%.2f%%</td><td>%s</td><td>%.4f</td><td>%d</td><td>%s</td><td>%d</td></tr></table>\n",
			pt.IdealAPR*100, pt.ClosedFormAPR*100, pt.NetworkCLAPR*100, pt.LargestShare*100, pt.MaxLargestShare*100, fmtNum(pt.CostFinality), pt.MinPrice, pt.Liquidations, fmtNum(pt.BadDebt), pt.Slashed)
		w("<table><tr><th>pool</th><th>pooled ETH</th><th>share of stake</th><th>share of pools</th><th>APR</th><th>CL APR (gross)</th><th>max queue</th><th>max wait (d)</th><th>insurance cover</th><th>socialized</th><th>reports rejected</th></tr>\n")
		for _, p := range pt.Pools {
			w("<tr><td>%s</td><td>%s</td><td>%.2f%%</td><td>%.2f%%</td><td>%.3f%%</td><td>%.3f%%</td><td>%s</td><td>%.2f</td><td>%s</td><td>%s</td><td>%d</td></tr>\n",
				html.EscapeString(p.Name), fmtNum(p.FinalPooledETH), p.FinalShareOfStake*100, p.ShareOfPools*100, p.MeanAPR*100, p.ConsensusAPR*100,
				fmtNum(p.MaxQueueETH), p.MaxWaitDays, fmtNum(p.InsuranceCovered), fmtNum(p.Socialized), p.ReportsRejected)
		}
		w("</table>\n")
	}
	w("<h2>Plots</h2>\n")
	for _, f := range res.figures() {
		s, err := res.svg(f)
		if err != nil {
			return nil, err
		}
		w("<figure id=\"plot-%s\">\n%s\n<figcaption>%s</figcaption></figure>\n", f.ID, s, html.EscapeString(f.Title))
	}
	y, err := yaml.Marshal(sc)
	if err != nil {
		return nil, err
	}
	w("<h2>Scenario parameters</h2>\n<pre>%s</pre>\n", html.EscapeString(string(y)))
	w("<h2>Metrics</h2>\n<p>timeseries.csv has these columns, one row per step: %s.</p>\n", html.EscapeString(strings.Join(res.Columns, ", ")))
	w("</body></html>\n")
	return b.Bytes(), nil
}

// PlotIDs lists the ids of the report's plots (for tests and tools).
func (res *Result) PlotIDs() []string {
	var ids []string
	for _, f := range res.figures() {
		ids = append(ids, f.ID)
	}
	sort.Strings(ids)
	return ids
}

func fmtNum(v float64) string {
	switch {
	case math.Abs(v) >= 1e6:
		return strconv.FormatFloat(v/1e6, 'f', 3, 64) + "M"
	case math.Abs(v) >= 1e3:
		return strconv.FormatFloat(v/1e3, 'f', 2, 64) + "k"
	}
	return strconv.FormatFloat(v, 'f', 3, 64)
}
