package scenario

import (
	"fmt"
	"os"
	"strconv"
	"testing"
)

// benchMonteCarloYAML is bench/scenario.go's Monte Carlo scenario (issue
// 18's figure): a chain of 100k validators' worth of stake, a pool of a
// tenth of it, batched duties (STAKEPOOL_MC_DUTIES=sampled: the full
// per-slot draws). Its days come from STAKEPOOL_MC_DAYS (30 by default), so
// a profile of a year is one environment variable away.
const benchMonteCarloYAML = `
name: bench-monte-carlo
duration: %dd
seed: 5
chain:
  duties: %s
  validators: 100000
  background_balance: 2048eth
  participation: 99%%
  missed_proposals: 1%%
  el_reward_per_block: 0.05eth
pools:
  - {name: lido, initial_stake: 320000eth, fee: 10%%, reserve: 2%%}
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

// BenchmarkMonteCarloRun is one run of that scenario, alone (serial, as a
// study's workers run it).
func BenchmarkMonteCarloRun(b *testing.B) {
	days := 30
	if s := os.Getenv("STAKEPOOL_MC_DAYS"); s != "" {
		d, err := strconv.Atoi(s)
		if err != nil {
			b.Fatal(err)
		}
		days = d
	}
	duties := "batched"
	if s := os.Getenv("STAKEPOOL_MC_DUTIES"); s != "" {
		duties = s
	}
	sc, err := Parse("bench-monte-carlo.yaml", []byte(fmt.Sprintf(benchMonteCarloYAML, days, duties)))
	if err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	for b.Loop() {
		if _, err := runOne(sc, sc.Seed, true, nil); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(b.Elapsed().Seconds())/float64(b.N)*365/float64(days), "s/simulated-year")
}
