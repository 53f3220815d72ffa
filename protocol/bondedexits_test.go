package protocol_test

import (
	"testing"

	"github.com/holiman/uint256"

	"github.com/stakepool/stakepool/protocol"
)

// sharesUp is ⌈wei × S / P⌉ at the pool's rate now.
func sharesUp(h *harness, wei *uint256.Int) uint256.Int {
	var due, rem uint256.Int
	p, s := h.s.TotalPooledEther(), h.s.TotalShares()
	due.MulDivOverflow(wei, s, p)
	rem.MulMod(wei, s, p)
	if !rem.IsZero() {
		due.AddUint64(&due, 1)
	}
	return due
}

// moduleMinted is the fee shares a report's events minted to the bonded module.
func moduleMinted(evs []protocol.Event) uint256.Int {
	var z uint256.Int
	for _, e := range evs {
		if e.Kind == protocol.EvFeeMinted && e.To == bondedAddr {
			z.Add(&z, &e.Shares)
		}
	}
	return z
}

// stuckPenalties is the exit-delay charges (reason 2) among a report's events.
func stuckPenalties(evs []protocol.Event) []protocol.Event {
	var out []protocol.Event
	for _, e := range evs {
		if e.Kind == protocol.EvBondPenalized && e.Count == uint64(protocol.PenaltyStuck) {
			out = append(out, e)
		}
	}
	return out
}

// TestBondedExitDelay: exit enforcement in the bonded module. bondedPool
// with an exit delay penalty of 0.1 ETH and an exit deadline of 1 slot;
// D (2 deposited validators) is asked to exit both at report 1 (not yet
// overdue: the deadline starts at the report's slot). Report 2 (one frame
// later): both requests are overdue, D is charged 2 × 0.1 = 0.2 ETH once,
// ⌈0.2 ETH × S / P⌉ shares burnt from its bond (it covers it: no debt), D
// is stuck, and of the module's fee shares of the report (D is its only
// operator, 2 active: its part p = ⌊2 × ⌊minted × 10²⁷ / 2⌋ / 10²⁷⌋) D
// keeps ⌊p / 2⌋, the rest is burnt. Report 3: still stuck, no second
// charge, half again. Report 4 counts both exited: not stuck, nothing
// charged. Without the penalty (0) the requests are still marked charged
// and nothing is burnt; with the cut removed (cutStuckRewards settling
// whole) this test FAILS.
func TestBondedExitDelay(t *testing.T) {
	h, d := bondedPool(t, func(g *protocol.BondedGenesis) { g.Params.ExitDelayPenalty = milliETH(100) })
	h.gov(protocol.Action{Kind: protocol.ActSetParameter, Param: protocol.ParamExitDeadlineSlots, Value: wei(1)})
	h.next()
	if got := depositOrder(h, 20); len(got) != 20 || got[19] != d {
		t.Fatalf("deposit order %x", got)
	}
	m, _ := h.s.BondedModule()
	evs := h.mustReport(protocol.OracleReport{Validators: 20, Balance: gwei(eth(640)), ExitRequests: []protocol.OperatorCount{{Operator: d, Count: 2}}})
	if o, _ := m.Operator(0); o.ExitRequested != 2 || o.Stuck || o.ExitCharged != 0 || len(stuckPenalties(evs)) != 0 {
		t.Fatalf("report 1: asked %d, stuck %v, charged %d, penalties %v; want 2, false, 0, none", o.ExitRequested, o.Stuck, o.ExitCharged, stuckPenalties(evs))
	}
	halved := func(name string, before protocol.BondedOperator, evs []protocol.Event, penalty uint256.Int) {
		t.Helper()
		minted := moduleMinted(evs)
		var inc, p uint256.Int
		inc.MulDivOverflow(&minted, protocol.RewardPrecision, uint256.NewInt(2))
		p.MulDivOverflow(uint256.NewInt(2), &inc, protocol.RewardPrecision)
		keep := new(uint256.Int).Rsh(&p, 1)
		after, _ := m.Operator(0)
		want := new(uint256.Int).Sub(&before.Bond, &penalty)
		want.Add(want, keep)
		if minted.IsZero() || !after.Bond.Eq(want) || !after.Stuck {
			t.Fatalf("%s: module minted %s, D's part %s; bond %s → %s, want %s (−%s penalty, +%s kept); stuck %v",
				name, minted.Dec(), p.Dec(), before.Bond.Dec(), after.Bond.Dec(), want.Dec(), penalty.Dec(), keep.Dec(), after.Stuck)
		}
		t.Logf("%s: D's part of the module's fee %s shares, kept %s, burnt %s", name, p.Dec(), keep.Dec(), new(uint256.Int).Sub(&p, keep).Dec())
	}
	before, _ := m.Operator(0)
	evs = h.mustReport(protocol.OracleReport{Validators: 20, Balance: gwei(eth(641))})
	ps := stuckPenalties(evs)
	two := milliETH(200)
	want := sharesUp(h, &two)
	if len(ps) != 1 || ps[0].Operator != d || ps[0].Amount != milliETH(200) || !ps[0].Shares.Eq(&want) {
		t.Fatalf("report 2: penalties %+v, want one of 0.2 ETH burning %s shares", ps, want.Dec())
	}
	if o, _ := m.Operator(0); o.ExitCharged != 2 || !o.Debt.IsZero() {
		t.Fatalf("report 2: charged %d, debt %s; want 2, 0", o.ExitCharged, o.Debt.Dec())
	}
	t.Logf("report 2: 0.2 ETH charged, %s shares burnt from the bond", want.Dec())
	halved("report 2", before, evs, want)
	before, _ = m.Operator(0)
	evs = h.mustReport(protocol.OracleReport{Validators: 20, Balance: gwei(eth(642))})
	if ps := stuckPenalties(evs); len(ps) != 0 {
		t.Fatalf("report 3 charged again: %+v", ps)
	}
	halved("report 3", before, evs, uint256.Int{})
	evs = h.mustReport(protocol.OracleReport{Validators: 20, Balance: gwei(eth(643)), Exited: []protocol.OperatorCount{{Operator: d, Count: 2}}})
	if o, _ := m.Operator(0); o.Stuck || len(stuckPenalties(evs)) != 0 {
		t.Fatalf("report 4: stuck %v after both exits, penalties %v", o.Stuck, stuckPenalties(evs))
	}
	if !m.HeldShares().Eq(h.s.SharesOf(bondedAddr)) {
		t.Fatal("the module's books and its pool balance differ")
	}
}
