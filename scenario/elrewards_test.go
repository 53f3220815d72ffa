package scenario

import (
	"bytes"
	"math"
	"strings"
	"testing"

	"github.com/holiman/uint256"

	"github.com/stakepool/stakepool/beacon/sim"
)

const keepMEVScenario = `
name: keep-mev
duration: 3d
chain: {total_stake: 1000000eth, el_reward_per_block: 0.05eth, mev_fraction: 50%}
pools:
  - {name: p, initial_stake: 16000eth, fee: 10%, operators: {count: 2, keep_mev: [0]}, oracle: {frame_epochs: 75}}
`

// TestKeepMEV: operator 0's validators propose with its own fee recipient
// (operators.keep_mev). Within the reported frames, what the reports
// charge it is, to the wei, what its blocks paid it (the rest waits for
// the next report); operator 1 is neither keeping nor charged; its debt
// is paid with its fee shares (withheld + debt left = charged), so its fee
// is the smaller; the pool's execution-layer rewards are the same run's
// without the knob less what operator 0 kept (the chain is the same: the
// fee recipient draws nothing).
func TestKeepMEV(t *testing.T) {
	r := testRunner(t, "keep-mev.yaml", keepMEVScenario)
	base := testRunner(t, "honest.yaml", strings.Replace(keepMEVScenario, ", keep_mev: [0]", "", 1))
	for range 3 {
		if err := r.step(); err != nil {
			t.Fatal(err)
		}
		if err := base.step(); err != nil {
			t.Fatal(err)
		}
	}
	p := r.w.pools[0]
	last, ok := p.st.LastReport()
	if !ok || p.st.ReportCount() < 6 {
		t.Fatalf("%d reports, want at least 6 in 3 days of 8-hour frames", p.st.ReportCount())
	}
	own := addr(kOperator, 0, 0)
	var after uint64 // operator 0's blocks after the last reference slot
	if bs := r.w.blocks; len(bs) == 0 || bs[0].slot > last.RefSlot-p.st.SlotsPerFrame() {
		t.Fatalf("the block log starts after the last frame (ref slot %d)", last.RefSlot)
	}
	for _, b := range r.w.blocks {
		if b.slot > last.RefSlot && b.feeRecipient == own {
			after += b.reward
		}
	}
	kept := p.el.kept[0]
	want := new(uint256.Int).Mul(uint256.NewInt(kept-after), uint256.NewInt(1e9))
	t.Logf("operator 0 kept %d gwei (%d after the last ref slot %d); charged %s wei", kept, after, last.RefSlot, p.el.charged[0].Dec())
	if kept == 0 || !p.el.charged[0].Eq(want) {
		t.Fatalf("operator 0 charged %s wei, kept %s wei in the reported frames", p.el.charged[0].Dec(), want.Dec())
	}
	if p.el.kept[1] != 0 || !p.el.charged[1].IsZero() {
		t.Fatalf("operator 1 kept %d gwei, charged %s wei; want nothing", p.el.kept[1], p.el.charged[1].Dec())
	}
	s := p.elSummary()
	if len(s.Operators) != 2 || !s.Operators[0].KeepsMEV || s.Operators[1].KeepsMEV {
		t.Fatalf("summary operators %+v", s.Operators)
	}
	o0, o1 := s.Operators[0], s.Operators[1]
	t.Logf("summary %+v", *s)
	if o0.Withheld <= 0 || o0.Fee >= o1.Fee {
		t.Fatalf("operator 0: fee %g ETH, withheld %g; operator 1's fee %g", o0.Fee, o0.Withheld, o1.Fee)
	}
	if d := math.Abs(s.Withheld + s.Debt - s.Charged); d > 1e-3*s.Charged {
		t.Fatalf("withheld %g + debt %g ETH, charged %g", s.Withheld, s.Debt, s.Charged)
	}
	// the pool's EL rewards are what the chain paid its vault (operator 1's
	// blocks), up to the last mirror (at most an epoch of blocks behind)
	bp := base.w.pools[0]
	el := func(p *poolSim) float64 { return p.elGain + p.mevGain + p.mevLost }
	var paid uint64
	r.w.chain.View(func(s *sim.State) { _, paid = s.Credited(p.elv) })
	if math.Abs(el(p)-float64(paid)/1e9) > 0.3 {
		t.Fatalf("the pool's EL rewards are %g ETH, the chain paid its vault %g", el(p), float64(paid)/1e9)
	}
	// the run without the knob: the same chain until its pool deposits
	// one more validator from its larger rewards (501 against 500), so
	// the drop is operator 0's kept rewards within 10%
	drop := el(bp) - el(p)
	t.Logf("pool EL rewards %g ETH (its vault was paid %g), %g without the knob: a drop of %g, operator 0 kept %g; validators %d, %d without",
		el(p), float64(paid)/1e9, el(bp), drop, float64(kept)/1e9, len(p.idx), len(bp.idx))
	if math.Abs(drop-float64(kept)/1e9) > 0.1*float64(kept)/1e9 {
		t.Fatalf("the pool's EL rewards dropped by %g ETH, operator 0 kept %g", drop, float64(kept)/1e9)
	}
	if bp.el.kept[0] != 0 || !bp.el.charged[0].IsZero() || base.w.logBlocks {
		t.Fatal("without the knob: something kept or charged, or blocks logged")
	}
}

// TestKeepMEVDeterministic: same seed, same bytes, and the summary shows
// the charges.
func TestKeepMEVDeterministic(t *testing.T) {
	sc := mustParse(t, "keep-mev.yaml", strings.Replace(keepMEVScenario, "3d", "1d", 1))
	a, b := mustRun(t, sc, Options{}), mustRun(t, sc, Options{})
	ja, _ := a.SummaryJSON()
	jb, _ := b.SummaryJSON()
	if !bytes.Equal(ja, jb) || !bytes.Equal(a.CSV(), b.CSV()) {
		t.Fatal("same seed, different output")
	}
	if !bytes.Contains(ja, []byte(`"el_charged_eth"`)) || !bytes.Contains(ja, []byte(`"keeps_mev": true`)) {
		t.Fatalf("summary lacks el_rewards: %s", ja)
	}
}

// TestOperatorKeepsMEVShort: the bundled scenario for 3 days, one seed,
// against its change (every operator honest): operator 0 keeps rewards and
// is charged, its fee is withheld; honest, it keeps and is charged
// nothing and earns a fee.
func TestOperatorKeepsMEVShort(t *testing.T) {
	ch, err := LoadChange("../scenarios/changes/honest-operators.yaml")
	if err != nil {
		t.Fatal(err)
	}
	res := shortWith(t, "operator-keeps-mev", Options{Compare: ch}, func(sc *Scenario) {
		sc.Duration, sc.Runs = days(3), 1
	})
	m := res.Summary.Compare.Metrics
	kept, charged, fee := m["lido.el_kept_eth"], m["lido.el_charged_eth"], m["lido.operator0_fee_eth"]
	t.Logf("kept %g, charged %g, operator 0's fee %g keeping, %g honest", kept.Base.P50, charged.Base.P50, fee.Base.P50, fee.Changed.P50)
	if kept.Base.P50 <= 0 || charged.Base.P50 <= 0 || charged.Base.P50 > kept.Base.P50 || kept.Changed.P50 != 0 || charged.Changed.P50 != 0 {
		t.Fatalf("kept %+v, charged %+v", kept, charged)
	}
	if fee.Base.P50 >= fee.Changed.P50 || m["lido.el_withheld_eth"].Base.P50 <= 0 {
		t.Fatalf("operator 0's fee %+v, withheld %+v", fee, m["lido.el_withheld_eth"])
	}
}
