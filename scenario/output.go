package scenario

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
)

// Write writes the outputs into dir (Files).
func (res *Result) Write(dir string) error {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return fmt.Errorf("write report: %w", err)
	}
	for _, name := range res.Files() {
		var b []byte
		var err error
		switch name {
		case "summary.json":
			b, err = res.SummaryJSON()
		case "timeseries.csv":
			b = res.CSV()
		case "report.html":
			b, err = res.HTML()
		case "runs.csv":
			b = res.RunsCSV()
		case "sweep.csv":
			b = res.SweepCSV()
		}
		if err != nil {
			return err
		}
		if err := os.WriteFile(filepath.Join(dir, name), b, 0o644); err != nil {
			return fmt.Errorf("write report: %w", err)
		}
	}
	return nil
}

// Files lists the files Write writes: summary.json, timeseries.csv and
// report.html; runs.csv with several runs or a proposal preview; sweep.csv
// with a sweep.
func (res *Result) Files() []string {
	fs := []string{"summary.json", "timeseries.csv", "report.html"}
	if res.Runs > 1 || res.change != nil {
		fs = append(fs, "runs.csv")
	}
	if res.Scenario.Sweep != nil {
		fs = append(fs, "sweep.csv")
	}
	return fs
}

// SummaryJSON is summary.json.
func (res *Result) SummaryJSON() ([]byte, error) {
	b, err := json.MarshalIndent(res.Summary, "", "  ")
	if err != nil {
		return nil, err
	}
	return append(b, '\n'), nil
}

// series is one line of a time plot: a column of the rows, scaled.
type series struct {
	name string
	col  string
	mul  float64
}

// figure is one time plot of the report.
type figure struct {
	ID, Title, X, Y string
	Lines           []series
	Refs            []float64 // horizontal reference lines
}

// figures lists the report's time plots for this scenario.
func (res *Result) figures() []figure {
	sc := res.Scenario
	share := figure{ID: "stake-share", Title: "Share of total stake", X: "day", Y: "share (%)", Refs: []float64{100.0 / 3, 50, 200.0 / 3}}
	apr := figure{ID: "apr", Title: "Realised APR to holders (7-day, net of fee)", X: "day", Y: "APR (%)"}
	parts := figure{ID: "apr-parts", Title: "APR by source (per step, net of fee)", X: "day", Y: "APR (%)"}
	queue := figure{ID: "queue", Title: "Withdrawal queue and reserve", X: "day", Y: "ETH"}
	wait := figure{ID: "wait", Title: "Queue wait: longest claimed in the step, or oldest still queued", X: "day", Y: "days"}
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
	if len(sc.Pools) > 1 {
		share.Lines = append(share.Lines, series{"largest pool", "largest_pool_share", 100})
	}
	apr.Lines = append(apr.Lines, series{"closed form (gross CL)", "closed_form_apr", 100})
	security := figure{ID: "security", Title: "Cost to attack: finality (1/3), majority (1/2), 2/3", X: "day", Y: "million ETH",
		Lines: []series{{"1/3 of stake", "cost_finality_eth", 1e-6}, {"1/2", "cost_majority_eth", 1e-6}, {"2/3", "cost_two_thirds_eth", 1e-6}, {"total stake", "total_stake_eth", 1e-6}}}
	figs := []figure{share}
	if len(sc.Pools) > 1 {
		figs = append(figs, figure{ID: "concentration", Title: "Concentration among the pools (Herfindahl index of pooled ETH)", X: "day", Y: "HHI",
			Lines: []series{{"HHI of the pools' shares", "pools_concentration", 1}, {"largest pool's share of pooled ETH", "largest_share_of_pools", 1}}})
	}
	figs = append(figs, apr, parts, queue, wait, loss, security)
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
	if sc.Economics != nil {
		yields := figure{ID: "net-yields", Title: "Yields net of costs, annualised since the start", X: "day", Y: "yield (%)",
			Lines: []series{{"solo staker (ETH)", "solo_net_yield_eth", 100}, {"solo staker (USD)", "solo_net_yield_fiat", 100}}}
		for _, p := range sc.Pools {
			yields.Lines = append(yields.Lines, series{p.Name + " pool, net of operators' costs (ETH)", p.Name + "_net_yield_eth", 100},
				series{p.Name + " holders (USD)", p.Name + "_holder_yield_fiat", 100})
		}
		figs = append(figs,
			figure{ID: "supply", Title: "ETH issued and burnt since the start", X: "day", Y: "ETH",
				Lines: []series{{"issuance (consensus rewards)", "issuance_eth", 1}, {"burn (EIP-1559 base fee)", "burn_eth", 1}}},
			figure{ID: "inflation", Title: "Net supply growth (issuance − burn), annualised per step", X: "day", Y: "%/year",
				Lines: []series{{"net inflation", "net_inflation", 100}}, Refs: []float64{0}},
			figure{ID: "price", Title: "ETH price", X: "day", Y: "USD per ETH", Lines: []series{{"ETH price", "eth_price_usd", 1}}},
			figure{ID: "base-fee", Title: "Base fee at each step's end (EIP-1559)", X: "day", Y: "gwei", Lines: []series{{"base fee", "base_fee_gwei", 1}}},
			yields)
	}
	if c := sc.Contested; c != nil {
		figs = append(figs, contestFigures(c)...)
	}
	if sc.EmergencyPause != nil {
		figs = append(figs, pauseFigure)
	}
	figs = append(figs, sc.bondedPlots()...)
	return figs
}

// source is where a time plot's values come from: one point's run or its
// bands, drawn dashed for a preview's changed arm.
type source struct {
	vr     *variantResult
	suffix string
	dashed bool
}

// chartOf builds a time plot from its sources.
func (res *Result) chartOf(f figure, srcs []source) *chart {
	c := &chart{title: f.Title, xLabel: f.X, yLabel: f.Y, refs: f.Refs}
	cols := res.variants[0].runs[0].cols
	day := slices.Index(cols, "day")
	for si, s := range srcs {
		for j, l := range f.Lines {
			ci := slices.Index(cols, l.col)
			if ci < 0 {
				continue
			}
			cv := curve{name: l.name + s.suffix, color: palette[j%len(palette)], dashed: s.dashed}
			if len(srcs) > 1 && len(f.Lines) == 1 {
				cv.color = palette[si%len(palette)]
			}
			if res.Runs == 1 {
				for _, r := range s.vr.runs[0].rows {
					cv.x = append(cv.x, r[day])
					cv.y = append(cv.y, r[ci]*l.mul)
				}
			} else {
				for t := range s.vr.mid {
					cv.x = append(cv.x, s.vr.mid[t][day])
					cv.y = append(cv.y, s.vr.mid[t][ci]*l.mul)
					cv.lo = append(cv.lo, s.vr.lo[t][ci]*l.mul)
					cv.hi = append(cv.hi, s.vr.hi[t][ci]*l.mul)
				}
			}
			c.curves = append(c.curves, cv)
		}
	}
	return c
}

// isPercent tells whether a summary metric is a rate or a share (shown ×100).
func isPercent(name string) bool {
	n := name[strings.LastIndexByte(name, '.')+1:]
	return strings.Contains(n, "apr") || strings.Contains(n, "yield") || strings.Contains(n, "inflation") ||
		strings.HasSuffix(n, "share") || strings.Contains(n, "share_of") || strings.Contains(n, "utilisation")
}

// headlineMetrics is what the report shows first (and a sweep plots by
// default): per pool the longest wait and the APR (with several pools its
// share of pooled ETH; with slashings the losses socialized), the lowest
// market price, bad debt, the pools' concentration, and the economics.
func (sc *Scenario) headlineMetrics() []string {
	var m []string
	slashings := len(sc.Chain.Slashings) > 0 || sc.Chain.RandomSlashingsPerYear > 0
	for _, p := range sc.Pools {
		m = append(m, p.Name+".max_wait_days", p.Name+".mean_apr")
		if len(sc.Pools) > 1 {
			m = append(m, p.Name+".final_share_of_pools")
		}
		if slashings {
			m = append(m, p.Name+".losses_socialized_eth")
		}
		if p.Bonded != nil {
			m = append(m, p.Name+".bonded_damage_eth", p.Name+".bonded_absorbed_eth", p.Name+".bonded_holders_loss_eth", p.Name+".bonded_absorbed_share")
		}
	}
	if sc.Markets.Stableswap != nil {
		m = append(m, "min_steth_price")
	}
	if sc.Markets.Lending != nil {
		m = append(m, "bad_debt_eth")
	}
	if len(sc.Pools) > 1 {
		m = append(m, "final_pools_concentration")
	}
	if sc.Contested != nil {
		m = append(m, contestHeadline...)
	}
	if sc.Economics != nil {
		m = append(m, "solo_net_yield_eth", "solo_net_yield_fiat", "net_inflation")
		for _, p := range sc.Pools {
			m = append(m, p.Name+".net_yield_eth", p.Name+".holder_yield_fiat")
		}
	}
	return m
}

// sweepMetrics is the sweep's plots: groups of metrics (one group a plot).
func (sc *Scenario) sweepMetrics() [][]string {
	var out [][]string
	if len(sc.Sweep.Metrics) == 0 {
		for _, m := range sc.headlineMetrics() {
			out = append(out, []string{m})
		}
		return out
	}
	for _, g := range sc.Sweep.Metrics {
		var names []string
		for _, n := range strings.Split(g, "+") {
			names = append(names, strings.TrimSpace(n))
		}
		out = append(out, names)
	}
	return out
}
