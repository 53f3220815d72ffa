package scenario

import (
	"fmt"
	"math"
	"reflect"
	"slices"
	"strings"
)

// Stat is a metric's distribution over the runs of a Monte Carlo study:
// the 5th, 50th and 95th percentiles and the mean.
type Stat struct {
	P5   float64 `json:"p5"`
	P50  float64 `json:"p50"`
	P95  float64 `json:"p95"`
	Mean float64 `json:"mean"`
}

// statOf summarises xs (which it sorts). Percentiles interpolate linearly
// between order statistics (Hyndman–Fan type 7, as numpy's default).
func statOf(xs []float64) Stat {
	if len(xs) == 0 {
		return Stat{}
	}
	slices.Sort(xs)
	var sum float64
	for _, x := range xs {
		sum += x
	}
	return Stat{P5: quantile(xs, 0.05), P50: quantile(xs, 0.5), P95: quantile(xs, 0.95), Mean: sum / float64(len(xs))}
}

// quantile of sorted xs.
func quantile(xs []float64, q float64) float64 {
	if len(xs) == 1 {
		return xs[0]
	}
	h := q * float64(len(xs)-1)
	i := int(math.Floor(h))
	if i >= len(xs)-1 {
		return xs[len(xs)-1]
	}
	return xs[i] + (h-float64(i))*(xs[i+1]-xs[i])
}

// wilson is the Wilson score interval at 95% for k successes in n trials.
func wilson(k, n int) (lo, hi float64) {
	if n == 0 {
		return 0, 1
	}
	const z = 1.959963984540054
	p, nf := float64(k)/float64(n), float64(n)
	den := 1 + z*z/nf
	centre := (p + z*z/(2*nf)) / den
	half := z / den * math.Sqrt(p*(1-p)/nf+z*z/(4*nf*nf))
	return math.Max(0, centre-half), math.Min(1, centre+half)
}

// Frequency is how often an event happened over the runs, with its 95%
// Wilson score interval.
type Frequency struct {
	Name      string   `json:"name"`
	Metric    string   `json:"metric"`
	Below     *float64 `json:"below,omitempty"`
	Above     *float64 `json:"above,omitempty"`
	Count     int      `json:"count"`
	Runs      int      `json:"runs"`
	Frequency float64  `json:"frequency"`
	Low       float64  `json:"ci95_low"`
	High      float64  `json:"ci95_high"`
}

func frequencyOf(e Event, hits []bool) Frequency {
	f := Frequency{Name: e.Name, Metric: e.Metric, Below: e.Below, Above: e.Above, Runs: len(hits)}
	for _, h := range hits {
		if h {
			f.Count++
		}
	}
	if f.Runs > 0 {
		f.Frequency = float64(f.Count) / float64(f.Runs)
	}
	f.Low, f.High = wilson(f.Count, f.Runs)
	return f
}

// happened tells whether event e happened in a run with these metrics.
func (e Event) happened(names []string, vals []float64) bool {
	i := slices.Index(names, e.Metric)
	if i < 0 {
		return false
	}
	if e.Below != nil && vals[i] < *e.Below {
		return true
	}
	return e.Above != nil && vals[i] > *e.Above
}

// id is the event's column name: its name in lower case, spaces as _.
func (e Event) id() string {
	var b strings.Builder
	for _, r := range strings.ToLower(e.Name) {
		switch {
		case r >= 'a' && r <= 'z', r >= '0' && r <= '9', r == '.', r == '-', r == '_':
			b.WriteRune(r)
		case r == ' ' || r == ':' || r == '/':
			b.WriteByte('_')
		}
	}
	return "event." + strings.Trim(strings.ReplaceAll(b.String(), "__", "_"), "_")
}

// metricsOf flattens a run's summary into named numbers: the point's own
// fields by their JSON names, each pool's as POOL.field; nested groups
// (economics) are inlined. Strings and flags are left out.
func metricsOf(pt *Point) (names []string, vals []float64) {
	flatten(reflect.ValueOf(pt).Elem(), "", &names, &vals)
	return names, vals
}

func flatten(v reflect.Value, prefix string, names *[]string, vals *[]float64) {
	t := v.Type()
	for i := 0; i < t.NumField(); i++ {
		tag := strings.Split(t.Field(i).Tag.Get("json"), ",")[0]
		if tag == "" || tag == "-" {
			continue
		}
		f := v.Field(i)
		switch f.Kind() {
		case reflect.Float64, reflect.Int, reflect.Int64, reflect.Uint64:
			*names = append(*names, prefix+tag)
			*vals = append(*vals, numberOf(f))
		case reflect.Pointer:
			if !f.IsNil() && f.Elem().Kind() == reflect.Struct {
				flatten(f.Elem(), prefix, names, vals)
			}
		case reflect.Slice:
			if f.Type().Elem() == reflect.TypeOf(PoolSummary{}) {
				for j := 0; j < f.Len(); j++ {
					ps := f.Index(j)
					flatten(ps, prefix+ps.FieldByName("Name").String()+".", names, vals)
				}
			}
		}
	}
}

// templatePoint is a summary shaped like the scenario's (its pools, its
// economics): its metric names are the ones runs will have.
func (sc *Scenario) templatePoint() *Point {
	pt := &Point{}
	for _, p := range sc.Pools {
		ps := PoolSummary{Name: p.Name, ELRewards: &ELRewardsSummary{}, Bonded: &BondedSummary{}}
		if sc.Economics != nil {
			ps.Economics = &PoolEconomics{}
		}
		pt.Pools = append(pt.Pools, ps)
	}
	if sc.Economics != nil {
		pt.Economics = &EconomicsSummary{}
	}
	if sc.Contested != nil {
		pt.Contested = &ContestSummary{}
	}
	return pt
}

// MetricNames lists the summary metrics of the scenario's runs (the names
// events, sweep metrics and runs.csv use).
func (sc *Scenario) MetricNames() []string {
	names, _ := metricsOf(sc.templatePoint())
	return names
}

// allEvents is the scenario's events: the defaults that apply to it (a
// depeg below 0.98, bad debt, a queue wait over 5 days, losses socialized),
// then its own.
func (sc *Scenario) allEvents() []Event {
	f := func(x float64) *float64 { return &x }
	var es []Event
	if sc.Markets.Stableswap != nil {
		es = append(es, Event{Name: "stETH below 0.98", Metric: "min_steth_price", Below: f(0.98)})
	}
	if sc.Markets.Lending != nil {
		es = append(es, Event{Name: "bad debt", Metric: "bad_debt_eth", Above: f(0)})
	}
	slashings := len(sc.Chain.Slashings) > 0 || sc.Chain.RandomSlashingsPerYear > 0
	for _, p := range sc.Pools {
		es = append(es, Event{Name: p.Name + ": a queue wait over 5 days", Metric: p.Name + ".max_wait_days", Above: f(5)})
		if slashings {
			es = append(es, Event{Name: p.Name + ": losses socialized", Metric: p.Name + ".losses_socialized_eth", Above: f(0)})
		}
	}
	if sc.Contested != nil {
		es = append(es, Event{Name: "the hostile proposal ran", Metric: "proposal_executed", Above: f(0.5)},
			Event{Name: "a rage quit", Metric: "rage_quit", Above: f(0.5)},
			Event{Name: "every objector out before it ran", Metric: "objectors_left_share", Above: f(0.999)})
	}
	return append(es, sc.Events...)
}

// eventName is the default name of an event written without one.
func eventName(e Event) string {
	if e.Below != nil {
		return fmt.Sprintf("%s below %g", e.Metric, *e.Below)
	}
	if e.Above != nil {
		return fmt.Sprintf("%s above %g", e.Metric, *e.Above)
	}
	return e.Metric
}
