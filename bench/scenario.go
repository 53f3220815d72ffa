package bench

import (
	"context"
	"fmt"
	"io"
	"runtime"

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

func init() {
	Register(Bench{
		Name:  "scenario",
		Short: "Time scenario runs: pool-competition and a full-fidelity chain, extrapolated to a year",
		Long: "Runs a shortened pool-competition scenario and a chain of --validators 32-ETH validators\n" +
			"for --days simulated days each, and prints seconds per simulated year (extrapolated from\n" +
			"the measured epochs), ns per validator-epoch, the share of wall time outside the chain's own\n" +
			"slots (the pools' blocks and oracle members, agents, markets, metrics; the pools' work that runs\n" +
			"alongside the chain's next slot counts as chain time, as far as it is hidden behind it) and the\n" +
			"live heap bytes per validator after the last step. Targets (issue 7): a year of pool-competition\n" +
			"in 60 s, a year of a 1M-validator chain in 15 min. Each runs once per --duties mode\n" +
			"(chain.duties: spec or sampled, docs/beacon.md).",
		Flags: func(fs *pflag.FlagSet) Run {
			days := fs.Int("days", 2, "simulated days per run")
			validators := fs.Int("validators", 100_000, "validators of the full-fidelity chain (1000000 for the issue's target)")
			modes := fs.StringSlice("duties", []string{"spec", "sampled"}, "duty modes to time (chain.duties: spec, sampled)")
			return func(context.Context, io.Writer) ([]Figure, error) { return runScenarios(*days, *validators, *modes) }
		},
	})
}

// runScenarios times the pool-competition and full-chain runs in each duty
// mode.
func runScenarios(days, validators int, dutyModes []string) ([]Figure, error) {
	var figs []Figure
	type run struct{ name, yaml string }
	var runs []run
	for _, mode := range dutyModes {
		if _, err := sim.ParseDutyMode(mode); err != nil || mode == "" {
			return nil, fmt.Errorf("--duties: %q: want spec or sampled", mode)
		}
		runs = append(runs,
			run{"pool-competition/" + mode, fmt.Sprintf(benchPoolCompetition, days, mode)},
			run{fmt.Sprintf("full-chain/%dk/%s", validators/1000, mode), fmt.Sprintf(benchFullChain, days, mode, validators*32)})
	}
	for _, b := range runs {
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
			Figure{Name: "scenario/" + b.name + "/year", Unit: "s/simulated-year", Value: perEpoch * epochsPerYear, LowerIsBetter: true},
			Figure{Name: "scenario/" + b.name + "/epoch", Unit: "ns/validator-epoch", Value: perEpoch * 1e9 / vals, LowerIsBetter: true},
			Figure{Name: "scenario/" + b.name + "/outside-chain", Unit: "fraction", Value: res.OtherTime.Seconds() / total, LowerIsBetter: true},
			Figure{Name: "scenario/" + b.name + "/memory", Unit: "heap-bytes/validator", Value: float64(after.HeapAlloc) / vals, LowerIsBetter: true},
		)
	}
	return figs, nil
}
