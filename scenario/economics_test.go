package scenario

import (
	"math"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestEconomics: the base fee settles at the equilibrium the demand curve
// puts it at (EIP-1559 moves it by an eighth of the gas's excess a block),
// the burn is the blocks' base fee times their gas, the issuance is the
// chain's own (the network APR's), the net supply adds them up, and a solo
// staker's yield net of costs is its gross yield less its costs over the
// stake's value.
func TestEconomics(t *testing.T) {
	dir := t.TempDir()
	csv := filepath.Join(dir, "price.csv")
	if err := os.WriteFile(csv, []byte("day,usd\n0,2000\n100,2000\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	sc := mustParse(t, "econ.yaml", `
duration: 2d
chain: {total_stake: 1000000eth, duties: sampled, el_reward_per_block: 0.02eth}
pools:
  - {name: a, initial_stake: 32000eth, fee: 10%, oracle: {frame_epochs: 75}}
economics:
  base_fee: 8gwei
  gas_target: 15000000
  price: {csv: `+csv+`}
  costs: {solo: 1600, operator: 100}
`)
	res := mustRun(t, sc, Options{})
	pt := res.Summary.Points[0]
	e := pt.Economics
	if e == nil {
		t.Fatal("no economics in the summary")
	}
	if math.Abs(e.MeanBaseFee-8)/8 > 0.1 {
		t.Errorf("mean base fee %.3f gwei, want about the equilibrium 8", e.MeanBaseFee)
	}
	// two days of blocks at ~8 gwei × ~15M gas: ~0.12 ETH a block
	blocks := 2 * 7200.0
	if want := blocks * 8e-9 * 15e6; math.Abs(e.BurnETH-want)/want > 0.1 {
		t.Errorf("burn %.1f ETH, want about %.1f", e.BurnETH, want)
	}
	T := pt.CostFinality * 3
	last := res.Rows[len(res.Rows)-1]
	if iss := pt.NetworkCLAPR * T * last[res.col("day")] / daysPerYear; math.Abs(e.IssuanceETH-iss) > 1e-6*iss {
		t.Errorf("issuance %.3f ETH, the network's %.3f", e.IssuanceETH, iss)
	}
	if got, want := last[res.col("net_supply_eth")], 120e6+e.IssuanceETH-e.BurnETH; math.Abs(got-want) > 1e-6 {
		t.Errorf("net supply %.3f, want %.3f", got, want)
	}
	if e.StartPriceUSD != 2000 || e.FinalPriceUSD != 2000 {
		t.Errorf("price %g → %g, the file says 2000", e.StartPriceUSD, e.FinalPriceUSD)
	}
	cost := 1600.0 / 2000 / 32 // a year's cost over the stake, in ETH
	if math.Abs(e.SoloYieldETH-(e.SoloGrossYield-cost)) > 1e-9 || math.Abs(e.SoloYieldFiat-e.SoloYieldETH) > 1e-9 {
		t.Errorf("solo: gross %.5f, net %.5f (ETH), %.5f (USD); costs %.5f", e.SoloGrossYield, e.SoloYieldETH, e.SoloYieldFiat, cost)
	}
	pe := pt.Pools[0].Economics
	if pe == nil || pe.NetYieldETH >= pe.GrossYield || pe.HolderYieldETH != pt.Pools[0].MeanAPR {
		t.Errorf("pool economics %+v", pe)
	}
}

// TestPrices: a price file is interpolated day by day; its errors name
// the file and the line.
func TestPrices(t *testing.T) {
	ps := []pricePoint{{0, 1000}, {10, 2000}, {20, 1500}}
	for day, want := range map[float64]float64{-1: 1000, 0: 1000, 5: 1500, 10: 2000, 15: 1750, 30: 1500} {
		if got := priceAt(ps, day); got != want {
			t.Errorf("day %g: %g, want %g", day, got, want)
		}
	}
	dir := t.TempDir()
	for body, want := range map[string]string{
		"day,usd\n0,1\n0,2\n":   "p.csv:3: day 0 does not follow day 0",
		"0,1\n1,-5\n":           "p.csv:2: price -5 is not positive",
		"0,1\n1\n":              "p.csv:2: want two columns",
		"# nothing\n":           "p.csv: no prices",
		"0,1\nday,usd\n":        `p.csv:2: "day,usd" is not two numbers`,
		"day,usd\n0,1\n5,2\n":   "",
		"\n# a comment\n0,10\n": "",
	} {
		p := filepath.Join(dir, "p.csv")
		if err := os.WriteFile(p, []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
		_, err := readPrices(p)
		if (want == "") != (err == nil) || (err != nil && !strings.Contains(err.Error(), strings.TrimPrefix(want, "p.csv"))) {
			t.Errorf("%q: got %v, want %q", body, err, want)
		}
	}
	_, err := Parse("e.yaml", []byte("duration: 1d\nchain: {total_stake: 100000eth}\neconomics:\n  price: {csv: missing.csv}\n"))
	if err == nil || !strings.Contains(err.Error(), "e.yaml:4: economics.price.csv: open missing.csv") {
		t.Errorf("a missing price file: %v", err)
	}
}
