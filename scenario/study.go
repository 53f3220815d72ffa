package scenario

import (
	"errors"
	"fmt"
	"runtime"
	"sync"
	"sync/atomic"
	"time"

	"github.com/stakepool/stakepool/beacon/sim"
)

// A study is every run a scenario asks for: each point of its sweep grid
// (one point without a sweep; two arms, base and changed, in a proposal
// preview), each with Runs seeds: Seed, Seed+1, …, the same seeds at every
// point. Runs are independent and deterministic; they are spread over the
// cores and their results kept by (point, run), so the outputs do not
// depend on the order runs finish in.

// Options tune a run without changing the scenario.
type Options struct {
	// Progress, when set, is called after every step with the simulated
	// slots done and the total (every run together). It is called from
	// one goroutine at a time.
	Progress func(done, total uint64)
	// Runs, when positive, overrides the scenario's runs.
	Runs int
	// Workers is how many runs go at once (default: GOMAXPROCS).
	Workers int
	// Compare, when set, is a proposal preview: the scenario as it is and
	// with this change, over the same seeds.
	Compare *Change
}

// ParamValue is a sweep parameter's value at a point.
type ParamValue struct {
	Param string  `json:"param"`
	Value float64 `json:"value"`
}

// variant is one point of the study: a scenario with its parameters set.
type variant struct {
	sc     *Scenario
	params []ParamValue
	arm    string // proposal preview: base or changed
}

// runResult is one finished run.
type runResult struct {
	seed  uint64
	point Point
	cols  []string
	rows  [][]float64
	names []string // metricsOf(point)
	vals  []float64

	chainTime, otherTime time.Duration
	epochs               uint64
	validators           int
}

// variantResult is one point's runs and, with more than one, the bands of
// every metric per step.
type variantResult struct {
	variant
	runs []*runResult
	// per step and column: the 5th, 50th, 95th percentiles and the mean
	// over the runs (runs > 1)
	lo, mid, hi, mean [][]float64
}

// Run runs every run of the scenario (every sweep point, every seed; both
// arms of a proposal preview) and returns the result.
func Run(sc *Scenario, opt Options) (*Result, error) {
	runs := sc.Runs
	if opt.Runs > 0 {
		runs = opt.Runs
	}
	vs, err := sc.variants()
	if err != nil {
		return nil, err
	}
	if opt.Compare != nil {
		if sc.Sweep != nil {
			return nil, errors.New("a proposal preview compares one scenario: this one has a sweep")
		}
		changed, errs := opt.Compare.apply(sc)
		if len(errs) > 0 {
			return nil, errs
		}
		vs = []variant{{sc: sc, arm: "base"}, {sc: changed, arm: "changed"}}
	}
	res := &Result{Scenario: sc, Runs: runs, change: opt.Compare, events: sc.allEvents()}
	for _, v := range vs {
		res.variants = append(res.variants, &variantResult{variant: v, runs: make([]*runResult, runs)})
	}
	type job struct{ v, r int }
	jobs := make([]job, 0, len(vs)*runs)
	for v := range vs {
		for r := 0; r < runs; r++ {
			jobs = append(jobs, job{v, r})
		}
	}
	steps := sc.steps()
	total := uint64(len(jobs)) * steps * uint64(sc.Step)
	var (
		done     atomic.Uint64
		progMu   sync.Mutex
		next     atomic.Int64
		failed   atomic.Bool
		errsMu   sync.Mutex
		firstErr = map[int]error{}
		wg       sync.WaitGroup
		remain   = make([]atomic.Int64, len(vs))
	)
	for v := range remain {
		remain[v].Store(int64(runs))
	}
	progress := func(slots uint64) {
		d := done.Add(slots)
		if opt.Progress != nil {
			progMu.Lock()
			opt.Progress(d, total)
			progMu.Unlock()
		}
	}
	workers := opt.Workers
	if workers <= 0 {
		workers = runtime.GOMAXPROCS(0)
	}
	workers = min(workers, len(jobs))
	for range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for !failed.Load() {
				i := int(next.Add(1) - 1)
				if i >= len(jobs) {
					return
				}
				j := jobs[i]
				vr := res.variants[j.v]
				rr, err := runOne(vr.sc, sc.Seed+uint64(j.r), workers > 1, progress)
				if err != nil {
					errsMu.Lock()
					firstErr[i] = err
					errsMu.Unlock()
					failed.Store(true)
					return
				}
				vr.runs[j.r] = rr
				if remain[j.v].Add(-1) == 0 && runs > 1 {
					vr.aggregate() // its runs' rows are dropped once banded
				}
			}
		}()
	}
	wg.Wait()
	if failed.Load() {
		for i := range jobs {
			if err := firstErr[i]; err != nil {
				return nil, err
			}
		}
	}
	for _, vr := range res.variants {
		for _, rr := range vr.runs {
			res.ChainTime += rr.chainTime
			res.OtherTime += rr.otherTime
			res.Epochs += rr.epochs
			res.Validators = rr.validators
		}
	}
	res.finish()
	return res, nil
}

// steps is the number of steps of one run.
func (sc *Scenario) steps() uint64 {
	n := uint64(sc.Duration) / uint64(sc.Step)
	if uint64(sc.Duration)%uint64(sc.Step) != 0 {
		n++
	}
	return n
}

// runOne runs the scenario once with seed (serial: each epoch on one
// goroutine); progress gets the slots of every step.
func runOne(base *Scenario, seed uint64, serial bool, progress func(slots uint64)) (*runResult, error) {
	sc := base
	if seed != base.Seed {
		sc = copyScenario(base)
		sc.Seed = seed
	}
	r, err := newRunner(sc)
	if err != nil {
		return nil, err
	}
	r.w.serial = serial
	if serial {
		// the study's other runs fill the other cores: the chain's loops
		// run on this goroutine (the same results: sim merges its chunks
		// in order)
		r.w.chain.With(func(s *sim.State) { s.Workers = 1 })
	}
	rr := &runResult{seed: seed, cols: r.columns()}
	steps := sc.steps()
	for st := uint64(0); st < steps; st++ {
		t0 := time.Now()
		r.chainTime = 0
		if err := r.step(); err != nil {
			return nil, fmt.Errorf("%s (seed %d): step %d: %w", sc.Name, seed, st, err)
		}
		rr.rows = append(rr.rows, r.metrics())
		rr.chainTime += r.chainTime
		rr.otherTime += time.Since(t0) - r.chainTime
		rr.epochs += uint64(sc.Step) / slotsPerEpoch
		if progress != nil {
			progress(uint64(sc.Step))
		}
	}
	rr.point = r.summary(rr.cols, rr.rows)
	rr.names, rr.vals = metricsOf(&rr.point)
	rr.validators = r.w.numValidators()
	return rr, nil
}

// aggregate computes the bands of every column at every step over the
// point's runs and drops the runs' rows.
func (vr *variantResult) aggregate() {
	first := vr.runs[0]
	nSteps, nCols := len(first.rows), len(first.cols)
	mk := func() [][]float64 {
		m := make([][]float64, nSteps)
		for t := range m {
			m[t] = make([]float64, nCols)
		}
		return m
	}
	vr.lo, vr.mid, vr.hi, vr.mean = mk(), mk(), mk(), mk()
	xs := make([]float64, len(vr.runs))
	for t := 0; t < nSteps; t++ {
		for c := 0; c < nCols; c++ {
			for i, rr := range vr.runs {
				xs[i] = rr.rows[t][c]
			}
			s := statOf(xs)
			vr.lo[t][c], vr.mid[t][c], vr.hi[t][c], vr.mean[t][c] = s.P5, s.P50, s.P95, s.Mean
		}
	}
	for _, rr := range vr.runs {
		rr.rows = nil
	}
}

// metricStats is each metric's distribution over the point's runs.
func (vr *variantResult) metricStats() map[string]Stat {
	out := map[string]Stat{}
	names := vr.runs[0].names
	xs := make([]float64, len(vr.runs))
	for m, name := range names {
		for i, rr := range vr.runs {
			xs[i] = rr.vals[m]
		}
		out[name] = statOf(xs)
	}
	return out
}

// frequencies is each event's frequency over the point's runs.
func (vr *variantResult) frequencies(events []Event) []Frequency {
	var out []Frequency
	for _, e := range events {
		hits := make([]bool, len(vr.runs))
		for i, rr := range vr.runs {
			hits[i] = e.happened(rr.names, rr.vals)
		}
		out = append(out, frequencyOf(e, hits))
	}
	return out
}
