package protocol_test

import (
	"testing"

	"github.com/holiman/uint256"

	"github.com/stakepool/stakepool/protocol"
	pt "github.com/stakepool/stakepool/protocol/protocoltest"
)

// TestTriggerBondedExit: a forced exit of a bonded (module 2) key, every
// refusal in the contract's order. bondedPool with an exit deadline of 10
// slots and an exit delay penalty of 0.1 ETH: D (module 2's operator 0,
// global id 2^24 = 16,777,216; 20 keys, 2 deposited) is asked to exit
// keys 0 and 1 by the report of reference slot R = 127 (the first frame of
// 128 slots), so they may be forced from slot R + 10 + 1 = 138. The
// trigger marks the request only: the next report still charges both keys
// (2 × 0.1 ETH) and finds D stuck, and once the report counts key 0
// exited, key 0 is refused EXIT_ALREADY_EXITED.
func TestTriggerBondedExit(t *testing.T) {
	h, d := bondedPool(t, func(g *protocol.BondedGenesis) { g.Params.ExitDelayPenalty = milliETH(100) })
	if d != 1<<24 {
		t.Fatalf("D's global id %d, want 2^24", d)
	}
	h.gov(protocol.Action{Kind: protocol.ActSetParameter, Param: protocol.ParamExitDeadlineSlots, Value: wei(10)})
	h.next()
	if got := depositOrder(h, 20); len(got) != 20 || got[19] != d {
		t.Fatalf("deposit order %x", got)
	}
	h.mustReport(protocol.OracleReport{Validators: 20, Balance: gwei(eth(640)), ExitRequests: []protocol.OperatorCount{{Operator: d, Count: 2}}})
	rec, _ := h.s.LastReport()
	m, _ := h.s.BondedModule()
	if o, _ := m.Operator(0); rec.RefSlot != 127 || o.ExitRequested != 2 || o.Deposited != 2 || m.KeyCount(0) != 20 {
		t.Fatalf("reference slot %d, D asked %d of %d deposited, %d keys: the numbers below assume 127, 2, 2, 20", rec.RefSlot, o.ExitRequested, o.Deposited, m.KeyCount(0))
	}
	if s, ok := h.s.ExitRequestSlot(d, 1); !ok || s != 127 {
		t.Fatalf("exit request slot of D's key 1: %d %v", s, ok)
	}
	milli := milliETH(1)
	refuse := func(name string, c protocol.Command, want protocol.Code) {
		t.Helper()
		before := h.s.Root()
		if _, err := h.try(carol, c); protocol.CodeOf(err) != want || h.s.Root() != before {
			t.Fatalf("%s: got %v, want %s (root changed: %v)", name, err, want, h.s.Root() != before)
		}
	}
	h.toSlot(137) // the last slot within the deadline: 127 + 10
	refuse("module 3", trigger(protocol.ModuleOperatorID(3, 0), 0, milli, 1), protocol.CodeUnknownModule)
	refuse("no bonded operator 1", trigger(d+1, 0, milli, 1), protocol.CodeUnknownOperator)
	refuse("D has no key 20", trigger(d, 20, milli, 1), protocol.CodeUnknownKey)
	refuse("key 2 was not asked (not deposited)", trigger(d, 2, milli, 1), protocol.CodeExitNotRequested)
	refuse("within the deadline", trigger(d, 0, milli, 1), protocol.CodeExitNotOverdue)
	h.toSlot(138)
	refuse("below the fee", trigger(d, 0, wei(16), 17), protocol.CodeExitFee)

	// carol sends 0.001 ETH with a fee of 17 wei: she is down 17 wei, the
	// system contract up 17 wei.
	carolBefore := h.s.Account(carol).ETH
	ev := h.do(carol, trigger(d, 0, milli, 17))
	if len(ev) != 1 || ev[0].Kind != protocol.EvExitTriggered || ev[0].Operator != d || ev[0].Index != 0 || ev[0].From != carol || ev[0].Amount.Uint64() != 17 {
		t.Fatalf("events %+v", ev)
	}
	var want uint256.Int
	want.Sub(&carolBefore, uint256.NewInt(17))
	if got := h.s.Account(carol).ETH; got != want {
		t.Fatalf("carol has %s wei, want %s", got.Dec(), want.Dec())
	}
	if got := h.s.Account(protocol.WithdrawalRequestAddress).ETH; got.Uint64() != 17 {
		t.Fatalf("the system contract holds %s wei, want 17", got.Dec())
	}
	if !h.s.ExitTriggered(d, 0) || h.s.ExitTriggered(d, 1) || h.s.ExitTriggered(0, 0) {
		t.Fatal("triggered marks: want D's key 0 only")
	}
	if s, _ := h.s.ExitRequestSlot(d, 0); s != 127 {
		t.Fatalf("the mark shows in the slot: %d", s)
	}
	refuse("twice", trigger(d, 0, milli, 1), protocol.CodeExitAlreadyTriggered)
	h.do(bob, trigger(d, 1, wei(1), 1)) // exactly the fee, from another caller

	// The marks change neither the charge nor the stuck rule: the next
	// report charges both keys once, 0.2 ETH, and finds D stuck.
	evs := h.mustReport(protocol.OracleReport{Validators: 20, Balance: gwei(eth(640))})
	if ps := stuckPenalties(evs); len(ps) != 1 || ps[0].Amount != milliETH(200) {
		t.Fatalf("penalties %+v, want one of 0.2 ETH", ps)
	}
	if o, _ := m.Operator(0); o.ExitCharged != 2 || !o.Stuck {
		t.Fatalf("charged %d, stuck %v; want 2, true", o.ExitCharged, o.Stuck)
	}
	h.credit(pt.Vault, eth(32))
	h.mustReport(protocol.OracleReport{Validators: 20, Balance: gwei(eth(608)), WithdrawalVault: eth(32), Exited: []protocol.OperatorCount{{Operator: d, Count: 1}}})
	refuse("exited", trigger(d, 0, milli, 1), protocol.CodeExitAlreadyExited)
	if h.s.ExitTriggered(d, 0) || !h.s.ExitTriggered(d, 1) {
		t.Fatal("marks after the exit: want key 1 only")
	}
	refuse("still triggered", trigger(d, 1, milli, 1), protocol.CodeExitAlreadyTriggered)
	// The snapshot keeps the mark.
	b, err := h.s.MarshalBinary()
	if err != nil {
		t.Fatal(err)
	}
	s2, err := protocol.UnmarshalState(b)
	if err != nil {
		t.Fatal(err)
	}
	if !s2.ExitTriggered(d, 1) || s2.Root() != h.s.Root() {
		t.Fatal("the snapshot lost the mark")
	}
}
