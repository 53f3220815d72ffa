package scenario

import (
	"strings"
	"testing"
)

const okScenario = `
name: t
duration: 10d
chain:
  total_stake: 1000000eth
pools:
  - name: lido
    initial_stake: 10000eth
    fee: 10%
    reserve: 5%
`

func TestParseValid(t *testing.T) {
	sc, err := Parse("ok.yaml", []byte(okScenario))
	if err != nil {
		t.Fatal(err)
	}
	if sc.Pools[0].Fee != 0.1 || sc.Chain.TotalStake.ETH() != 1e6 || sc.Duration != 10*slotsPerDay {
		t.Fatalf("decoded %+v", sc)
	}
	if sc.Pools[0].Oracle.Quorum != 3 || sc.Step != slotsPerDay {
		t.Fatalf("defaults not applied: %+v", sc.Pools[0].Oracle)
	}
}

func TestSchemaErrors(t *testing.T) {
	cases := []struct {
		name, yaml, want string
	}{
		{"unknown field", okScenario + "    colour: blue\n", "ok.yaml:11: pools[0].colour: unknown field"},
		{"unknown top field", "durration: 1d\n", "ok.yaml:1: durration: unknown field"},
		{"bad duty mode", strings.Replace(okScenario, "chain:\n", "chain:\n  duties: random\n", 1), "ok.yaml:5: chain.duties: \"random\": want spec, sampled or batched"},
		{"wrong unit", strings.Replace(okScenario, "1000000eth", "1000000 eths", 1), "ok.yaml:5: chain.total_stake: amount"},
		{"negative amount", strings.Replace(okScenario, "10000eth", "-5eth", 1), "ok.yaml:8: pools[0].initial_stake: amount"},
		{"reserve above 100%", strings.Replace(okScenario, "reserve: 5%", "reserve: 150%", 1), "ok.yaml:10: pools[0].reserve: 150% is outside 0%–100%"},
		{"quorum above members", okScenario + "    oracle: {members: 3, quorum: 5}\n", "ok.yaml:11: pools[0].oracle.quorum: quorum 5 is above the 3 members"},
		{"quorum not majority", okScenario + "    oracle: {members: 4, quorum: 2}\n", "pools[0].oracle.quorum: quorum 2 is not more than half"},
		{"bad duration", strings.Replace(okScenario, "10d", "10 fortnights", 1), "ok.yaml:3: duration: \"10 fortnights\" has no time unit"},
		{"pool stake above total", strings.Replace(okScenario, "10000eth", "2000000eth", 1), "pools: the pools' initial stake"},
		{"unknown pool", okScenario + "markets:\n  stableswap: {pool: rocket, eth: 1eth, steth: 1eth}\n", "ok.yaml:12: markets.stableswap.pool: no pool named \"rocket\""},
		{"ltv above threshold", okScenario + "markets:\n  stableswap: {pool: lido, eth: 1eth, steth: 1eth}\n  lending:\n    pool: lido\n    eth_supply: 10eth\n    ltv: 95%\n    liquidation_threshold: 90%\n", "ok.yaml:16: markets.lending.ltv: 95% is above the liquidation threshold 90%"},
		{"not a number", strings.Replace(okScenario, "fee: 10%", "fee: ten", 1), "ok.yaml:9: pools[0].fee: \"ten\" is not a fraction"},
		{"list expected", okScenario + "chain:\n  slashings: 3\n", "field given twice"},
		{"step not epochs", okScenario + "step: 10slots\n", "step: must be a whole number of epochs"},
		{"yaml syntax", "a: [", "ok.yaml: yaml:"},
		{"keep_mev unknown operator", okScenario + "    operators: {count: 2, keep_mev: [1, 2]}\n", "ok.yaml:11: pools[0].operators.keep_mev[1]: operator 2: the pool has operators 0 to 1"},
		{"keep_mev negative", okScenario + "    operators: {count: 2, keep_mev: [-1]}\n", "pools[0].operators.keep_mev[0]: operator -1: the pool has operators 0 to 1"},
		{"keep_mev twice", okScenario + "    operators: {count: 3, keep_mev: [1, 1]}\n", "pools[0].operators.keep_mev[1]: operator 1 is listed twice"},
	}
	for _, c := range cases {
		_, err := Parse("ok.yaml", []byte(c.yaml))
		if err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("%s: got %v, want %q", c.name, err, c.want)
		}
	}
}

func TestAmountForms(t *testing.T) {
	for _, s := range []string{"1.5eth", "1500000000gwei", "1.5", "1_500_000_000gwei"} {
		y := strings.Replace(okScenario, "10000eth", s, 1)
		sc, err := Parse("a.yaml", []byte(y))
		if err != nil {
			t.Fatalf("%s: %v", s, err)
		}
		if sc.Pools[0].InitialStake.ETH() != 1.5 {
			t.Fatalf("%s: %v", s, sc.Pools[0].InitialStake.ETH())
		}
	}
}

// TestStakeLimit: arrivals above a pool's staking rate limit are refused.
func TestStakeLimit(t *testing.T) {
	sc, err := Parse("lim.yaml", []byte(`
duration: 1d
chain: {total_stake: 100000eth}
pools:
  - {name: a, initial_stake: 3200eth, stake_limit_per_day: 100eth}
agents:
  arrivals: {per_day: 50, median: 32eth}
`))
	if err != nil {
		t.Fatal(err)
	}
	res, err := Run(sc, Options{})
	if err != nil {
		t.Fatal(err)
	}
	p := res.Summary.Points[0].Pools[0]
	if p.StakedByArrivals > 100 || p.StakedByArrivals < 99 || p.RefusedStake < 500 {
		t.Fatalf("staked %.2f ETH, refused %.2f ETH; want 100 ETH staked", p.StakedByArrivals, p.RefusedStake)
	}
}
