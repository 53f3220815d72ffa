package protocol_test

import (
	"testing"

	"github.com/stakepool/stakepool/protocol"
)

// TestRouterUnvet: the deposit security module's unvetting reaches each
// module through the router (CmdUnvet). bondedPool: D (module 2's
// operator 0) has 20 keys and a 27.1-ETH bond (the curve for 20); a
// deposit call of 20 gives D 2. Unvetting D to 3: vetted 3, depositable
// 1, the bond required for 2 deposited + 1 depositable is 2.4 + 2 × 1.3 =
// 5 ETH, so 22.1 ETH of the bond becomes claimable (rate 1 before any
// report). Unvetting D to 0: vetted 2 (its deposits stay vetted), nothing
// depositable; the next deposit call gives module 2 nothing and its queued
// batch leaves the queue with its 18 keys (BondedBatchDropped). Each
// refusal changes nothing: a non-system sender, module 0 and 3, an
// unknown operator, a limit not below the vetted count; curated A (9
// deposited, cap 20): 5 (below the deposits) and 20 (not below the cap)
// refused INVALID_PARAMETER, 15 applied.
func TestRouterUnvet(t *testing.T) {
	h, d := bondedPool(t)
	h.next()
	if got := depositOrder(h, 20); len(got) != 20 || got[19] != d {
		t.Fatalf("deposit order %x", got)
	}
	m, _ := h.s.BondedModule()
	unvet := func(module, op, limit uint64) protocol.Command {
		return protocol.Command{Kind: protocol.CmdUnvet, Index: module, Operator: protocol.OperatorID(op), Count: limit}
	}
	for _, c := range []struct {
		name string
		from protocol.Address
		cmd  protocol.Command
		code protocol.Code
	}{
		{"a holder", alice, unvet(2, 0, 3), protocol.CodeNotAuthorized},
		{"module 0", protocol.SystemSender, unvet(0, 0, 3), protocol.CodeUnknownModule},
		{"module 3", protocol.SystemSender, unvet(3, 0, 3), protocol.CodeUnknownModule},
		{"bonded operator 1", protocol.SystemSender, unvet(2, 1, 3), protocol.CodeUnknownOperator},
		{"bonded: not below 20", protocol.SystemSender, unvet(2, 0, 20), protocol.CodeVettedKeysIncreased},
		{"curated: below the deposits", protocol.SystemSender, unvet(1, 0, 5), protocol.CodeInvalidParameter},
		{"curated: not below the cap", protocol.SystemSender, unvet(1, 0, 20), protocol.CodeInvalidParameter},
		{"curated operator 2", protocol.SystemSender, unvet(1, 2, 1), protocol.CodeUnknownOperator},
	} {
		before := h.s.Root()
		_, err := h.try(c.from, c.cmd)
		if protocol.CodeOf(err) != c.code {
			t.Fatalf("%s: %v, want %s", c.name, err, c.code)
		}
		if h.s.Root() != before {
			t.Fatalf("%s: refused but the state changed", c.name)
		}
	}
	evs := h.do(protocol.SystemSender, unvet(2, 0, 3))
	op, _ := m.Operator(0)
	claim, _ := m.Claimable(0, h.s.BondShareRate())
	if op.Vetted != 3 || op.Depositable != 1 || claim.Dec() != "22100000000000000000" {
		t.Fatalf("after unvetting to 3: vetted %d, depositable %d, claimable %s; want 3, 1, 22.1 ETH (events %v)", op.Vetted, op.Depositable, claim.Dec(), evs)
	}
	h.do(protocol.SystemSender, unvet(2, 0, 0))
	if op, _ = m.Operator(0); op.Vetted != 2 || op.Depositable != 0 || op.Enqueued != 18 {
		t.Fatalf("after unvetting to 0: vetted %d, depositable %d, enqueued %d; want 2, 0, 18 (the batch waits for the walk)", op.Vetted, op.Depositable, op.Enqueued)
	}
	if got := m.DepositableTotal(); got != 0 {
		t.Fatalf("the module's depositable total %d, want 0", got)
	}
	// Curated A: 15 applied.
	evs = h.do(protocol.SystemSender, unvet(1, 0, 15))
	if a := h.s.Operators()[0]; a.Limit != 15 || len(evs) != 1 || evs[0].Kind != protocol.EvVettedDecreased || evs[0].Index != 15 {
		t.Fatalf("curated A: cap %d, events %v; want 15 and one VettedDecreased", a.Limit, evs)
	}
	// The allocation gives module 2 no part now (nothing depositable), so
	// the batch waits in the queue; anyone's cleaning drops it.
	h.do(alice, protocol.Command{Kind: protocol.CmdSubmit, Amount: eth(64)})
	h.next()
	for _, e := range h.do(protocol.SystemSender, protocol.Command{Kind: protocol.CmdDeposit, Count: 2}) {
		if e.Kind == protocol.EvDeposited && e.Operator == d {
			t.Fatal("an unvetted bonded key was deposited")
		}
	}
	var dropped uint64
	for _, e := range h.do(alice, protocol.Command{Kind: protocol.CmdBondedCleanQueue, Count: 10}) {
		if e.Kind == protocol.EvBondedBatchDropped && e.Operator == d {
			dropped += e.Count
		}
	}
	if op, _ = m.Operator(0); op.Deposited != 2 || op.Enqueued != 0 || m.QueueLength() != 0 || dropped != 18 {
		t.Fatalf("D deposited %d, enqueued %d, queue %d, dropped %d; want 2, 0, 0, 18", op.Deposited, op.Enqueued, m.QueueLength(), dropped)
	}
}
