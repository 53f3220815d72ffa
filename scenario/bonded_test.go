package scenario

import (
	"bytes"
	"math"
	"strings"
	"testing"

	"github.com/holiman/uint256"

	"github.com/stakepool/stakepool/beacon/sim"
	"github.com/stakepool/stakepool/protocol"
)

const bondedScenario = `
name: bonded
duration: 3d
runs: 1
chain: {total_stake: 1000000eth, el_reward_per_block: 0.05eth, mev_fraction: 50%, duties: sampled}
pools:
  - name: p
    initial_stake: 32000eth
    fee: 10%
    operators: {count: 2}
    oracle: {frame_epochs: 75}
    bonded: {share: 20%, operators: 4, validators_per_operator: 25, curve: [2.4eth, 1.3eth], keep_mev: [0]}
`

func TestBondedSchemaErrors(t *testing.T) {
	cases := []struct{ name, bonded, want string }{
		{"keep_mev unknown operator", "{operators: 3, keep_mev: [3]}", "ok.yaml:11: pools[0].bonded.keep_mev[0]: operator 3: the module has operators 0 to 2"},
		{"keep_mev twice", "{operators: 3, keep_mev: [1, 1]}", "pools[0].bonded.keep_mev[1]: operator 1 is listed twice"},
		{"ignore_exits negative", "{operators: 3, ignore_exits: [-1]}", "pools[0].bonded.ignore_exits[0]: operator -1: the module has operators 0 to 2"},
		{"share above 100%", "{share: 120%}", "pools[0].bonded.share: 120% is outside 0%–100%"},
		{"fees above 100%", "{module_fee: 60%, treasury_fee: 50%}", "pools[0].bonded.treasury_fee: module_fee 60% + treasury_fee 50% is above 100%"},
		{"no operators", "{operators: -1}", "pools[0].bonded.operators: -1: want 1 to 1000"},
		{"too many keys", "{validators_per_operator: 20000}", "pools[0].bonded.validators_per_operator: 20000: want 1 to 10000"},
		{"zero step", "{curve: [2eth, 0eth]}", "pools[0].bonded.curve[1]: 0 ETH: want a bond above 0 and at most 1000 ETH"},
		{"long curve", "{curve: [1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1]}", "pools[0].bonded.curve: 17 steps: a curve has 1 to 16"},
		{"unknown field", "{bond: 2eth}", "pools[0].bonded.bond: unknown field"},
	}
	for _, c := range cases {
		_, err := Parse("ok.yaml", []byte(okScenario+"    bonded: "+c.bonded+"\n"))
		if err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("%s: got %v, want %q", c.name, err, c.want)
		}
	}
	if _, err := Parse("ok.yaml", []byte(strings.Replace(okScenario, "  - name: lido\n", "  - name: lido\n    centralized: true\n", 1)+"    bonded: {}\n")); err == nil ||
		!strings.Contains(err.Error(), "pools[0].bonded: a centralized pool has one operator and no bonded module") {
		t.Errorf("centralized with a bonded module: %v", err)
	}
	sc, err := Parse("ok.yaml", []byte(okScenario+"    bonded: {}\n"))
	if err != nil {
		t.Fatal(err)
	}
	if b := sc.Pools[0].Bonded; b.Share != 0.1 || b.ModuleFee != 0.06 || b.TreasuryFee != 0.04 || b.Operators != 10 || b.ValidatorsPerOperator != 10 ||
		len(b.Curve) != 2 || b.Curve[0].ETH() != 2.4 || b.Curve[1].ETH() != 1.3 {
		t.Fatalf("defaults: %+v", *b)
	}
}

// TestBondedModule: the pool's router has the bonded module as module 2;
// its four operators (25 keys each, bonded on the curve: 33.6 ETH + 1 gwei)
// got their 100 deposits at genesis (within the module's 20% of ~1,000),
// their validators are on the chain under the pool's operators 2…5, and
// bonded operator 0's validators keep their blocks' execution rewards.
// The oracle's reports see the module's operators (oracle.ModulesOperators)
// and charge operator 0, to the wei, what its blocks paid it within the
// reported frames; the charge is taken from its bond (shares burnt for the
// holders), none from the curated operators' fee shares, no debt; its
// honest peer (operator 1) is charged nothing and its bond grows by the
// same fee operator 0's bond earned.
func TestBondedModule(t *testing.T) {
	r := testRunner(t, "bonded.yaml", bondedScenario)
	for range 3 {
		if err := r.step(); err != nil {
			t.Fatal(err)
		}
	}
	p := r.w.pools[0]
	m, _ := p.st.BondedModule()
	if m == nil || m.Operators() != 4 || m.ActiveValidators() != 100 {
		t.Fatalf("bonded module %v: want 4 operators, 100 active validators", m)
	}
	onChain := map[int]int{}
	for _, op := range p.opOf {
		onChain[op]++
	}
	for lop := 2; lop < 6; lop++ {
		if onChain[lop] != 25 {
			t.Fatalf("pool operator %d (bonded %d) has %d validators on the chain, want 25", lop, lop-2, onChain[lop])
		}
	}
	last, ok := p.st.LastReport()
	if !ok || p.st.ReportCount() < 6 {
		t.Fatalf("%d reports, want at least 6", p.st.ReportCount())
	}
	own := addr(kBondedOperator, 0, 0)
	var after uint64
	for _, b := range r.w.blocks {
		if b.slot > last.RefSlot && b.feeRecipient == own {
			after += b.reward
		}
	}
	kept := p.el.kept[2]
	want := new(uint256.Int).Mul(uint256.NewInt(kept-after), uint256.NewInt(1e9))
	t.Logf("bonded operator 0 kept %d gwei (%d after the last ref slot); charged %s wei", kept, after, p.el.charged[2].Dec())
	if kept == 0 || !p.el.charged[2].Eq(want) {
		t.Fatalf("bonded operator 0 charged %s wei, kept %s wei in the reported frames", p.el.charged[2].Dec(), want.Dec())
	}
	for _, lop := range []int{0, 1, 3, 4, 5} {
		if p.el.kept[lop] != 0 || !p.el.charged[lop].IsZero() || p.el.withheld[lop] != 0 {
			t.Fatalf("pool operator %d kept %d gwei, charged %s wei, withheld %g; want nothing", lop, p.el.kept[lop], p.el.charged[lop].Dec(), p.el.withheld[lop])
		}
	}
	o0, _ := m.Operator(0)
	o1, _ := m.Operator(1)
	r0 := p.st.BondShareRate()
	charged := ethOf(&p.el.charged[2])
	burnt := ethOf(r0.ETHFor(m.BurntShares()))
	s := p.bondedSummary()
	t.Logf("bonds %s and %s shares; burnt %g ETH now; summary %+v", o0.Bond.Dec(), o1.Bond.Dec(), burnt, *s)
	if !o0.Debt.IsZero() || m.BurntShares().IsZero() {
		t.Fatalf("operator 0's debt %s, the module burnt %s shares", o0.Debt.Dec(), m.BurntShares().Dec())
	}
	// the bonds differ by the shares burnt (same keys, same rewards; each
	// settlement rounds the rewards down, the penalty's settlements came
	// at other moments: a few shares of dust)
	var gap, dust uint256.Int
	gap.Sub(&o1.Bond, &o0.Bond)
	if gap.Lt(m.BurntShares()) {
		dust.Sub(m.BurntShares(), &gap)
	} else {
		dust.Sub(&gap, m.BurntShares())
	}
	if dust.GtUint64(10) {
		t.Fatalf("operator 1's bond exceeds operator 0's by %s shares, the module burnt %s", gap.Dec(), m.BurntShares().Dec())
	}
	// what was burnt is what was charged (converted up at each report's rate)
	if math.Abs(s.Absorbed-charged) > 1e-6*charged || math.Abs(burnt-charged) > 1e-3*charged {
		t.Fatalf("absorbed %g ETH (burnt worth %g now), charged %g", s.Absorbed, burnt, charged)
	}
	if s.Validators != 100 || s.Damage != float64(kept)/1e9 || s.Debt != 0 || s.HoldersLoss != math.Max(0, s.Damage-s.Absorbed) || s.AbsorbedShare <= 0.5 {
		t.Fatalf("summary %+v", *s)
	}
	if d := p.st.Modules(); len(d) != 2 || d[1].Kind != protocol.ModuleBonded || d[1].ShareBP != 2000 {
		t.Fatalf("modules %+v", d)
	}
}

// TestBondedDeterministic: a Monte Carlo study of a pool with the bonded
// module gives the same bytes one run at a time or two at once, and its
// outputs carry the module's metrics (summary, runs.csv, timeseries.csv
// bands, the report's plot).
func TestBondedDeterministic(t *testing.T) {
	sc := mustParse(t, "bonded.yaml", strings.Replace(strings.Replace(bondedScenario, "3d", "1d", 1), "runs: 1", "runs: 2", 1))
	a := mustRun(t, sc, Options{Workers: 1})
	b := mustRun(t, sc, Options{Workers: 2})
	oa, ob := outputs(t, a), outputs(t, b)
	sameOutputs(t, oa, ob)
	for file, want := range map[string]string{"summary.json": `"p.bonded_absorbed_eth"`, "runs.csv": "p.bonded_holders_loss_eth",
		"timeseries.csv": "p_bonded_bonds_eth_p5", "report.html": `id="plot-bonded"`} {
		if !bytes.Contains(oa[file], []byte(want)) {
			t.Errorf("%s lacks %s", file, want)
		}
	}
	if s := a.Summary.Distributions[0].Metrics["p.bonded_absorbed_eth"]; s.P50 <= 0 {
		t.Errorf("absorbed %+v", s)
	}
}

// TestBondedModuleShort: the bundled scenario for 3 days, two seeds,
// against its change (bonds of 0.1 ETH a validator): the bonds absorb what
// the bonded operators kept, the curated one's fee shares recover less
// than it kept; the change shrinks the bonds tenfold.
func TestBondedModuleShort(t *testing.T) {
	ch, err := LoadChange("../scenarios/changes/small-bonds.yaml")
	if err != nil {
		t.Fatal(err)
	}
	res := shortWith(t, "bonded-module", Options{Compare: ch}, func(sc *Scenario) {
		sc.Duration, sc.Step, sc.Runs = days(3), days(1), 2
	})
	m := res.Summary.Compare.Metrics
	dmg, abs, bonds := m["lido.bonded_damage_eth"], m["lido.bonded_absorbed_eth"], m["lido.bonded_bonds_eth"]
	t.Logf("damage %+v, absorbed %+v, bonds %+v, curated kept %+v withheld %+v", dmg.Base, abs.Base, bonds, m["lido.el_kept_eth"].Base, m["lido.el_withheld_eth"].Base)
	if dmg.Base.P50 <= 0 || abs.Base.P50 <= 0 || abs.Base.P50 > dmg.Base.P50 || bonds.Changed.P50 > bonds.Base.P50/10 {
		t.Fatalf("damage %+v, absorbed %+v, bonds %+v", dmg, abs, bonds)
	}
	if k, w := m["lido.el_kept_eth"].Base.P50, m["lido.el_withheld_eth"].Base.P50; k <= 0 || w <= 0 || w >= k {
		t.Fatalf("curated operator 0 kept %g ETH, withheld %g", k, w)
	}
}

const bondedExitsScenario = `
name: bonded-exits
duration: 3d
chain: {total_stake: 1000000eth, duties: sampled}
pools:
  - name: p
    initial_stake: 3200eth
    operators: {count: 1, cap: 10}
    oracle: {frame_epochs: 75}
    bonded: {share: 100%, operators: 4, validators_per_operator: 25}
agents:
  runs: [{pool: p, at: 1d, fraction: 40%, over: 1d, via: queue}]
`

// TestBondedExits: a pool whose validators are mostly the bonded
// module's (one curated operator capped at 10; four bonded operators of
// 25 keys) meets a bank run. The reports ask the bonded operators to exit
// (the simulator's view has them: oracle.ModulesOperators), the module
// records the requests, and the bridge forwards them: their validators
// exit on the chain. With bonded.ignore_exits listing every bonded
// operator, the same requests are made and no bonded validator exits.
func TestBondedExits(t *testing.T) {
	exits := func(y string) (asked uint64, exiting int) {
		r := testRunner(t, "bonded-exits.yaml", y)
		for range 3 {
			if err := r.step(); err != nil {
				t.Fatal(err)
			}
		}
		p := r.w.pools[0]
		m, _ := p.st.BondedModule()
		for j := range m.Operators() {
			o, _ := m.Operator(j)
			asked += o.ExitRequested
		}
		r.w.chain.View(func(s *sim.State) {
			for j, i := range p.idx {
				if p.opOf[j] >= p.ops && s.ExitEpoch[i] != math.MaxUint32 {
					exiting++
				}
			}
		})
		return asked, exiting
	}
	asked, exiting := exits(bondedExitsScenario)
	t.Logf("bonded operators asked to exit %d validators, %d exiting on the chain", asked, exiting)
	if asked == 0 || exiting == 0 || uint64(exiting) > asked {
		t.Fatalf("bonded operators asked to exit %d validators, %d exiting on the chain", asked, exiting)
	}
	asked, exiting = exits(strings.Replace(bondedExitsScenario, "validators_per_operator: 25}", "validators_per_operator: 25, ignore_exits: [0, 1, 2, 3]}", 1))
	t.Logf("ignoring: asked %d, %d exiting", asked, exiting)
	if asked == 0 || exiting != 0 {
		t.Fatalf("bonded operators that ignore exits: asked %d, %d exiting on the chain", asked, exiting)
	}
}

// TestBondedChangeErrors: a proposal preview cannot add or remove the
// module (its arms' time series would have different columns).
func TestBondedChangeErrors(t *testing.T) {
	sc := mustParse(t, "nob.yaml", "duration: 1d\nchain: {total_stake: 1000000eth}\npools:\n  - {name: p, initial_stake: 3200eth}\n")
	ch, err := ParseChange("add.yaml", []byte("set:\n  pools[p].bonded: {operators: 2, validators_per_operator: 5, share: 10%, module_fee: 6%, curve: [2eth]}\n"))
	if err != nil {
		t.Fatal(err)
	}
	if err := ch.Check(sc); err == nil || !strings.Contains(err.Error(), "add.yaml:2: pools[0].bonded: a change cannot add or remove a bonded module") {
		t.Errorf("adding a bonded module: %v", err)
	}
}

// TestBondedForcedExits: bonded operators that ignore exit requests
// (bonded.ignore_exits: all four) in the bank run of TestBondedExits, run
// for 8 days. Without forced exits none of their validators exits (the
// requests wait, the operators stuck and charged); with force_exits the
// pool triggers each overdue key (the deadline: 28,800 slots, 4 days)
// through CmdTriggerExit and the vault's EIP-7002 request, and the
// chain's process_withdrawal_request exits them: every forced key is
// exiting on the chain, and the protocol marks each once.
func TestBondedForcedExits(t *testing.T) {
	y := strings.Replace(strings.Replace(bondedExitsScenario, "validators_per_operator: 25}", "validators_per_operator: 25, ignore_exits: [0, 1, 2, 3]}", 1), "duration: 3d", "duration: 8d", 1)
	run := func(y string) (asked uint64, exiting, forced int) {
		r := testRunner(t, "bonded-forced-exits.yaml", y)
		for range r.sc.steps() {
			if err := r.step(); err != nil {
				t.Fatal(err)
			}
		}
		p := r.w.pools[0]
		m, _ := p.st.BondedModule()
		for j := range m.Operators() {
			o, _ := m.Operator(j)
			asked += o.ExitRequested
		}
		r.w.chain.View(func(s *sim.State) {
			for j, i := range p.idx {
				if p.opOf[j] >= p.ops && s.ExitEpoch[i] != math.MaxUint32 {
					exiting++
				}
			}
		})
		return asked, exiting, p.op.ForcedExits
	}
	asked, exiting, forced := run(y)
	t.Logf("ignoring, no forced exits: asked %d, %d exiting, %d forced", asked, exiting, forced)
	if asked == 0 || exiting != 0 || forced != 0 {
		t.Fatalf("bonded operators that ignore exits, no forced exits: asked %d, %d exiting, %d forced", asked, exiting, forced)
	}
	asked, exiting, forced = run(strings.Replace(y, "    bonded:", "    force_exits: true\n    bonded:", 1))
	t.Logf("ignoring, forced exits: asked %d, %d exiting, %d forced", asked, exiting, forced)
	if forced == 0 || exiting != forced || uint64(forced) > asked {
		t.Fatalf("forced exits of bonded operators that ignore exits: asked %d, %d exiting on the chain, %d forced", asked, exiting, forced)
	}
}

// TestForceExitsNeedElectra: forced exits are EIP-7002 requests, which a
// Deneb chain has not.
func TestForceExitsNeedElectra(t *testing.T) {
	_, err := Parse("d.yaml", []byte("duration: 1d\nchain: {fork: deneb, total_stake: 100000eth}\npools:\n  - {name: p, force_exits: true}\n"))
	if err == nil || !strings.Contains(err.Error(), "pools[0].force_exits: forced exits are EIP-7002 requests: they need chain.fork electra") {
		t.Fatalf("force_exits on deneb: %v", err)
	}
}
