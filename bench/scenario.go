package bench

import (
	"context"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"runtime"
	"strings"
	"time"

	"github.com/spf13/pflag"

	"github.com/stakepool/stakepool/beacon/sim"
	"github.com/stakepool/stakepool/scenario"
)

// benchPoolCompetition is scenarios/pool-competition.yaml, inlined so the
// bench runs anywhere.
const benchPoolCompetition = `
name: bench-pool-competition
duration: %dd
seed: 17
chain:
  duties: %s
  total_stake: 30000000eth
  participation: 99%%
  missed_proposals: 1%%
  el_reward_per_block: 0.06eth
  mev_fraction: 60%%
pools:
  - {name: lido, initial_stake: 150000eth, fee: 10%%, reserve: 2%%}
  - {name: exchange-a, initial_stake: 150000eth, fee: 0%%, centralized: true, mev_capture: 50%%}
  - {name: exchange-b, initial_stake: 150000eth, fee: 15%%, centralized: true, mev_capture: 50%%}
agents:
  arrivals: {per_day: 60, median: 20eth, sigma: 1}
  choice: {temperature: 0.3, liquidity_weight: 0.15, liquidity_ref: 1000eth, trust_discount: 0.5}
  withdrawals: {per_day: 0.02%%}
markets:
  stableswap: {pool: lido, eth: 10000eth, steth: 10000eth, A: 50}
`

// benchFullChain is a chain of N 32-ETH validators (full fidelity: every
// validator its own attestations) with one pool.
const benchFullChain = `
name: bench-full-chain
duration: %dd
chain:
  duties: %s
  total_stake: %deth
  background_balance: 32eth
  participation: 99%%
  el_reward_per_block: 0.05eth
pools:
  - {name: lido, initial_stake: 320000eth, fee: 10%%, reserve: 1%%}
agents:
  arrivals: {per_day: 20}
`

// benchMonteCarlo is a Monte Carlo study of a year (issue 18): a chain of
// N validators' worth of stake (the background in validators of
// background_balance), a pool of a tenth of it in 32-ETH validators, a
// market, arrivals and withdrawals, a run of uncertain size, economics.
const benchMonteCarlo = `
name: bench-monte-carlo
duration: %dd
seed: 5
chain:
  duties: %s
  validators: %d
  background_balance: %deth
  participation: 99%%
  missed_proposals: 1%%
  el_reward_per_block: 0.05eth
pools:
  - {name: lido, initial_stake: %deth, fee: 10%%, reserve: 2%%}
agents:
  arrivals: {per_day: 30}
  withdrawals: {per_day: 0.02%%}
  runs: [{pool: lido, at: 30d, fraction: 5%%, fraction_max: 30%%, over: 3d, via: best}]
  arbitrage: {capital: 5000eth}
markets:
  stableswap: {pool: lido, eth: 5000eth, steth: 5000eth}
economics:
  price: {start: 3000, volatility: 60%%}
  base_fee_volatility: 50%%
  costs: {solo: 1000, operator: 200}
`

func init() {
	Register(Bench{
		Name:  "scenario",
		Short: "Time scenario runs: pool-competition, a full-fidelity chain, a Monte Carlo study of a year",
		Long: "First the shipped scenario files (--file, default scenarios/pool-competition.yaml),\n" +
			"each run whole as `stakepool simulate FILE --out DIR` runs it — parsed, simulated\n" +
			"for --file-days days (365 by default: the duration: line replaced, said in the\n" +
			"figure's name; 0 keeps the file's own), summary, time series and report written to a\n" +
			"temporary directory — with wall and CPU seconds and the load average before and\n" +
			"after: scenario/file/NAME/Nd (wall s), .../cpu (cpu-s). Target (issue 19): the\n" +
			"shipped pool-competition for 365 days in 60 s wall.\n\n" +
			"Then runs a shortened pool-competition scenario and a chain of --validators 32-ETH validators\n" +
			"for --days simulated days each, and prints seconds per simulated year (extrapolated from\n" +
			"the measured epochs), ns per validator-epoch, the share of wall time outside the chain's own\n" +
			"slots (the pools' blocks and oracle members, agents, markets, metrics; the pools' work that runs\n" +
			"alongside the chain's next slot counts as chain time, as far as it is hidden behind it) and the\n" +
			"live heap bytes per validator after the last step. Targets (issue 7): a year of pool-competition\n" +
			"in 60 s, a year of a 1M-validator chain in 15 min. Each runs once per --duties mode\n" +
			"(chain.duties: spec, sampled or batched, docs/beacon.md).\n\n" +
			"Then a Monte Carlo study (issue 18): --mc-runs runs of --mc-days days of a chain of\n" +
			"--mc-validators validators' worth of stake (a pool of a tenth of it in 32-ETH validators,\n" +
			"the rest in validators of --mc-background ETH), with --mc-duties duties (batched: an\n" +
			"epoch's attestations and sync signatures drawn at its end, docs/beacon.md), spread over\n" +
			"the cores. The reference, measured first in the same run: one run alone in the full\n" +
			"per-slot mode (sampled duties), then one run alone in --mc-duties. Figures: the study's\n" +
			"wall time (target: 100 runs of 365 days at 100k validators in 10 min on 2 cores), its\n" +
			"wall time a run against the single run, the CPU time (user and system) of the single\n" +
			"runs and of the study, the study's CPU time over its workers (its wall time on an\n" +
			"otherwise idle machine, where the runs scale) against the full mode's single run times\n" +
			"the runs over the workers, and the machine's load average along the way.\n" +
			"--mc-runs 0 skips it.",
		Flags: func(fs *pflag.FlagSet) Run {
			days := fs.Int("days", 2, "simulated days per run of the inlined scenarios (0: skip them)")
			validators := fs.Int("validators", 100_000, "validators of the full-fidelity chain (1000000 for the issue's target)")
			modes := fs.StringSlice("duties", []string{"spec", "sampled"}, "duty modes to time (chain.duties: spec, sampled, batched)")
			mcRuns := fs.Int("mc-runs", 100, "runs of the Monte Carlo study (0: skip it)")
			mcDays := fs.Int("mc-days", 365, "simulated days of each Monte Carlo run")
			mcVals := fs.Int("mc-validators", 100_000, "the Monte Carlo chain's stake, in 32-ETH validators")
			mcBG := fs.Int("mc-background", 2048, "balance (ETH) of the Monte Carlo chain's non-pool validators: 2048 (the scenarios' default) or 32 (every 32 ETH its own validator)")
			mcWorkers := fs.Int("mc-workers", 0, "runs at once (default: the number of cores)")
			mcDuties := fs.String("mc-duties", "batched", "the study's duty mode (chain.duties: batched, sampled or spec); the reference single run is always sampled")
			mcRef := fs.Bool("mc-reference", true, "time one run in the full per-slot mode (sampled duties) first, as the reference")
			files := fs.StringSlice("file", []string{"scenarios/pool-competition.yaml"}, "shipped scenario files run whole: parsed, run, report written (none: skip)")
			fileDays := fs.Int("file-days", 365, "the files' duration in days (0: the file's own)")
			return func(_ context.Context, log io.Writer) ([]Figure, error) {
				figs, err := runFiles(log, *files, *fileDays)
				if err != nil {
					return nil, err
				}
				if *days > 0 {
					f, err := runScenarios(*days, *validators, *modes)
					if err != nil {
						return nil, err
					}
					figs = append(figs, f...)
				}
				if *mcRuns <= 0 {
					return figs, nil
				}
				mc, err := runMonteCarlo(*mcRuns, *mcDays, *mcVals, *mcBG, *mcWorkers, *mcDuties, *mcRef)
				return append(figs, mc...), err
			}
		},
	})
}

// runFiles runs each shipped scenario file whole, as `stakepool simulate`
// does, for days days (0: the file's own duration), and times it.
func runFiles(log io.Writer, files []string, days int) ([]Figure, error) {
	var figs []Figure
	for _, path := range files {
		b, err := os.ReadFile(path)
		if err != nil {
			return nil, fmt.Errorf("bench scenario: %w (run from the repository's root, or give --file)", err)
		}
		name := strings.TrimSuffix(filepath.Base(path), filepath.Ext(path))
		if days > 0 {
			re := regexp.MustCompile(`(?m)^duration:.*$`)
			if !re.Match(b) {
				return nil, fmt.Errorf("bench scenario: %s has no top-level duration: line", path)
			}
			b = re.ReplaceAll(b, []byte(fmt.Sprintf("duration: %dd", days)))
		}
		dir, err := os.MkdirTemp("", "stakepool-bench-scenario-")
		if err != nil {
			return nil, err
		}
		load0 := loadAverage()
		runtime.GC()
		cpu0, t0 := processCPU(), time.Now()
		sc, err := scenario.Parse(filepath.Base(path), b)
		var res *scenario.Result
		if err == nil {
			res, err = scenario.Run(sc, scenario.Options{})
		}
		if err == nil {
			err = res.Write(dir)
		}
		wall, cpu := time.Since(t0).Seconds(), (processCPU() - cpu0).Seconds()
		os.RemoveAll(dir)
		if err != nil {
			return nil, fmt.Errorf("bench scenario: %s: %w", path, err)
		}
		fig := fmt.Sprintf("scenario/file/%s/%.0fd", name, sc.Duration.Days())
		fmt.Fprintf(log, "%s: %.1f s wall, %.1f cpu-s\n", fig, wall, cpu)
		figs = append(figs,
			Figure{Name: fig, Unit: "s", Value: round(wall), LowerIsBetter: true},
			Figure{Name: fig + "/cpu", Unit: "cpu-s", Value: round(cpu), LowerIsBetter: true},
			Figure{Name: fig + "/load-average-1m-start", Unit: "load", Value: load0, LowerIsBetter: true},
			Figure{Name: fig + "/load-average-1m-end", Unit: "load", Value: loadAverage(), LowerIsBetter: true})
	}
	return figs, nil
}

// runScenarios times the pool-competition and full-chain runs in each duty
// mode.
func runScenarios(days, validators int, dutyModes []string) ([]Figure, error) {
	var figs []Figure
	type run struct{ name, yaml string }
	var runs []run
	for _, mode := range dutyModes {
		if _, err := sim.ParseDutyMode(mode); err != nil || mode == "" {
			return nil, fmt.Errorf("--duties: %q: want spec, sampled or batched", mode)
		}
		runs = append(runs,
			run{"pool-competition/" + mode, fmt.Sprintf(benchPoolCompetition, days, mode)},
			run{fmt.Sprintf("full-chain/%dk/%s", validators/1000, mode), fmt.Sprintf(benchFullChain, days, mode, validators*32)})
	}
	for _, b := range runs {
		b.name = "inlined-" + b.name
		sc, err := scenario.Parse(b.name+".yaml", []byte(b.yaml))
		if err != nil {
			return nil, err
		}
		runtime.GC() // the previous run's garbage out of the way
		// memory: the live heap after the last step, while the chain,
		// the pools and the rows are all still held
		var after runtime.MemStats
		opt := scenario.Options{Progress: func(done, total uint64) {
			if done == total {
				runtime.GC()
				runtime.ReadMemStats(&after)
			}
		}}
		res, err := scenario.Run(sc, opt)
		if err != nil {
			return nil, err
		}
		total := (res.ChainTime + res.OtherTime).Seconds()
		perEpoch := total / float64(res.Epochs)
		vals := float64(res.Validators)
		figs = append(figs,
			Figure{Name: fmt.Sprintf("scenario/%s/year-from-%dd", b.name, days), Unit: "s/simulated-year", Value: perEpoch * epochsPerYear, LowerIsBetter: true},
			Figure{Name: "scenario/" + b.name + "/epoch", Unit: "ns/validator-epoch", Value: perEpoch * 1e9 / vals, LowerIsBetter: true},
			Figure{Name: "scenario/" + b.name + "/outside-chain", Unit: "fraction", Value: res.OtherTime.Seconds() / total, LowerIsBetter: true},
			Figure{Name: "scenario/" + b.name + "/memory", Unit: "heap-bytes/validator", Value: float64(after.HeapAlloc) / vals, LowerIsBetter: true},
		)
	}
	return figs, nil
}

// runMonteCarlo times one run of the Monte Carlo scenario alone in the full
// per-slot mode (the reference, unless ref is false), one in the study's
// duty mode, then the study of runs seeds spread over the workers.
func runMonteCarlo(runs, days, validators, background, workers int, duties string, ref bool) ([]Figure, error) {
	if days < 1 || validators < 100 {
		return nil, fmt.Errorf("--mc-days %d, --mc-validators %d: want at least a day and 100 validators", days, validators)
	}
	if _, err := sim.ParseDutyMode(duties); err != nil || duties == "" {
		return nil, fmt.Errorf("--mc-duties: %q: want batched, sampled or spec", duties)
	}
	pool := validators / 10 * 32
	parse := func(mode string) (*scenario.Scenario, error) {
		return scenario.Parse("bench-monte-carlo.yaml", []byte(fmt.Sprintf(benchMonteCarlo, days, mode, validators, background, pool)))
	}
	sc, err := parse(duties)
	if err != nil {
		return nil, err
	}
	name := fmt.Sprintf("scenario/monte-carlo/%dk/bg%d/%s/%dd", validators/1000, background, duties, days)
	if workers <= 0 {
		workers = runtime.NumCPU()
	}
	cores := float64(min(workers, runtime.NumCPU(), runs))
	var figs []Figure
	load0 := loadAverage()
	// one run alone: wall and CPU seconds
	single := func(sc *scenario.Scenario) (float64, float64, error) {
		runtime.GC()
		t0, cpu0 := time.Now(), processCPU()
		if _, err := scenario.Run(sc, scenario.Options{Runs: 1}); err != nil {
			return 0, 0, err
		}
		return time.Since(t0).Seconds(), (processCPU() - cpu0).Seconds(), nil
	}
	var refCPU float64
	if ref {
		refName := fmt.Sprintf("scenario/monte-carlo/%dk/bg%d/sampled/%dd", validators/1000, background, days)
		rsc, err := parse("sampled")
		if err != nil {
			return nil, err
		}
		wall, cpu, err := single(rsc)
		if err != nil {
			return nil, err
		}
		refCPU = cpu
		figs = append(figs,
			Figure{Name: refName + "/single-run-cpu", Unit: "cpu-s", Value: cpu, LowerIsBetter: true},
			Figure{Name: refName + "/single-run", Unit: "s", Value: wall, LowerIsBetter: true},
			Figure{Name: refName + "/load-average-1m-after", Unit: "load", Value: loadAverage(), LowerIsBetter: true})
	}
	singleWall, singleCPU, err := single(sc)
	if err != nil {
		return nil, err
	}
	loadMid := loadAverage()
	runtime.GC()
	t0, cpu0 := time.Now(), processCPU()
	res, err := scenario.Run(sc, scenario.Options{Runs: runs, Workers: workers})
	if err != nil {
		return nil, err
	}
	study, studyCPU := time.Since(t0).Seconds(), (processCPU() - cpu0).Seconds()
	perRun := study / float64(runs)
	// On a shared machine the wall time is mostly the others' load; the
	// CPU time is the study's own work, and spread over its workers it is
	// what the study would take with the cores to itself (runs share
	// nothing, so they scale as long as there are runs for every worker).
	idle := studyCPU / cores
	single1 := Figure{Name: name + "/single-run-cpu", Unit: "cpu-s", Value: singleCPU, LowerIsBetter: true}
	idleFig := Figure{Name: fmt.Sprintf("%s/%d-runs-idle-estimate", name, runs), Unit: "s", Value: idle, LowerIsBetter: true,
		Reference: "the issue's goal (10 min)", ReferenceValue: 600, Speedup: 600 / idle}
	if refCPU > 0 {
		single1.Reference, single1.ReferenceValue, single1.Speedup = "one run in the full per-slot mode (sampled duties)", refCPU, refCPU/singleCPU
		figs = append(figs, Figure{Name: fmt.Sprintf("%s/%d-runs-idle-estimate-vs-full-mode", name, runs), Unit: "s", Value: idle, LowerIsBetter: true,
			Reference: fmt.Sprintf("%d full-mode (sampled) single runs' CPU time over %d cores", runs, int(cores)), ReferenceValue: refCPU * float64(runs) / cores,
			Speedup: refCPU * float64(runs) / cores / idle})
	}
	return append(figs,
		single1,
		Figure{Name: name + "/single-run", Unit: "s", Value: singleWall, LowerIsBetter: true},
		Figure{Name: fmt.Sprintf("%s/%d-runs-cpu", name, runs), Unit: "cpu-s", Value: studyCPU, LowerIsBetter: true,
			Reference: fmt.Sprintf("%d times the single run's CPU time", runs), ReferenceValue: singleCPU * float64(runs), Speedup: singleCPU * float64(runs) / studyCPU},
		idleFig,
		Figure{Name: name + "/load-average-1m-mid", Unit: "load", Value: loadMid, LowerIsBetter: true},
		Figure{Name: fmt.Sprintf("%s/%d-runs", name, runs), Unit: "s", Value: study, LowerIsBetter: true,
			Reference: fmt.Sprintf("%d single runs one after the other", runs), ReferenceValue: singleWall * float64(runs), Speedup: singleWall * float64(runs) / study},
		Figure{Name: name + "/wall-per-run", Unit: "s/run", Value: perRun, LowerIsBetter: true,
			Reference: "the single run alone", ReferenceValue: singleWall, Speedup: singleWall / perRun},
		Figure{Name: name + "/validators", Unit: "validators", Value: float64(res.Validators), LowerIsBetter: false},
		Figure{Name: name + "/load-average-1m-start", Unit: "load", Value: load0, LowerIsBetter: true},
		Figure{Name: name + "/load-average-1m-end", Unit: "load", Value: loadAverage(), LowerIsBetter: true},
	), nil
}
