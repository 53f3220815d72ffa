package protocol_test

import (
	"testing"

	"github.com/holiman/uint256"
	"pgregory.net/rapid"

	"github.com/stakepool/stakepool/protocol"
	pt "github.com/stakepool/stakepool/protocol/protocoltest"
)

// exitPool is poolWith(320) (A has keys 0..3 deposited) after a report
// that asked A to exit its keys 0 and 1; it returns that report's
// reference slot.
func exitPool(t tb) (*harness, uint64) {
	h := poolWith(t, 320)
	h.mustReport(base())
	r := base()
	r.ExitRequests = []protocol.OperatorCount{{Operator: 0, Count: 2}}
	h.mustReport(r)
	rec, _ := h.s.LastReport()
	return h, rec.RefSlot
}

func trigger(op protocol.OperatorID, key uint64, value uint256.Int, fee uint64) protocol.Command {
	return protocol.Command{Kind: protocol.CmdTriggerExit, Operator: op, Index: key, Amount: value, Count: fee}
}

// TestTriggerExit walks one exit request through every refusal and the
// trigger, with the numbers of the devnet parameters: the request is made
// at reference slot R = 255 (the second frame of 128 slots), the deadline
// is 28,800 slots, so the exit may be forced from slot R + 28,801 = 29,056.
func TestTriggerExit(t *testing.T) {
	h, ref := exitPool(t)
	if ref != 255 || h.s.Params().ExitDeadlineSlots != 28_800 {
		t.Fatalf("reference slot %d, deadline %d: the numbers below assume 255 and 28,800", ref, h.s.Params().ExitDeadlineSlots)
	}
	if s, ok := h.s.ExitRequestSlot(0, 1); !ok || s != 255 {
		t.Fatalf("exit request slot of A's key 1: %d %v", s, ok)
	}
	milli := amt("0.001") // 10^15 wei sent with each call
	refuse := func(name string, from protocol.Address, c protocol.Command, want protocol.Code) {
		t.Helper()
		before := h.s.Root()
		if _, err := h.try(from, c); protocol.CodeOf(err) != want || h.s.Root() != before {
			t.Fatalf("%s: got %v, want %s (root changed: %v)", name, err, want, h.s.Root() != before)
		}
	}
	h.toSlot(29_055) // the last slot within the deadline: 255 + 28,800 = 29,055
	refuse("unknown operator", bob, trigger(7, 0, milli, 1), protocol.CodeUnknownOperator)
	refuse("key 2 was not asked to exit", bob, trigger(0, 2, milli, 1), protocol.CodeExitNotRequested)
	refuse("B was asked nothing", bob, trigger(1, 0, milli, 1), protocol.CodeExitNotRequested)
	refuse("within the deadline", bob, trigger(0, 0, milli, 1), protocol.CodeExitNotOverdue)
	h.toSlot(29_056)
	refuse("below the fee", bob, trigger(0, 0, wei(16), 17), protocol.CodeExitFee)
	refuse("more than the sender has", bob, trigger(0, 0, eth(1_000_001), 17), protocol.CodeInsufficientETH)
	refuse("an account without ETH", pt.Addr(900), trigger(0, 0, wei(17), 17), protocol.CodeInsufficientETH)

	// bob sends 0.001 ETH with a fee of 17 wei: he is down 17 wei, the
	// system contract up 17 wei.
	bobBefore := h.s.Account(bob).ETH
	ev := h.do(bob, trigger(0, 0, milli, 17))
	if len(ev) != 1 || ev[0].Kind != protocol.EvExitTriggered || ev[0].Operator != 0 || ev[0].Index != 0 || ev[0].From != bob || ev[0].Amount.Uint64() != 17 {
		t.Fatalf("events %+v", ev)
	}
	var want uint256.Int
	want.Sub(&bobBefore, uint256.NewInt(17))
	if got := h.s.Account(bob).ETH; got != want {
		t.Fatalf("bob has %s wei, want %s", got.Dec(), want.Dec())
	}
	if got := h.s.Account(protocol.WithdrawalRequestAddress).ETH; got.Uint64() != 17 {
		t.Fatalf("the system contract holds %s wei, want 17", got.Dec())
	}
	if !h.s.ExitTriggered(0, 0) || h.s.ExitTriggered(0, 1) {
		t.Fatal("triggered marks: want key 0 only")
	}
	if s, _ := h.s.ExitRequestSlot(0, 0); s != 255 {
		t.Fatalf("the mark shows in the slot: %d", s)
	}
	refuse("twice", carol, trigger(0, 0, milli, 1), protocol.CodeExitAlreadyTriggered)
	// Exactly the fee (nothing to refund), from another caller.
	h.do(carol, trigger(0, 1, wei(1), 1))

	// The mark does not change the stuck count: A is stuck with 2 at the
	// next report, and both exit; then the keys are no longer requested.
	r := base()
	h.mustReport(r)
	if st := h.s.Operators()[0].Stuck; st != 2 {
		t.Fatalf("stuck %d, want 2", st)
	}
	h.credit(pt.Vault, eth(64))
	r = base()
	r.Balance -= gwei(eth(64))
	r.WithdrawalVault = eth(64)
	r.Exited = []protocol.OperatorCount{{Operator: 0, Count: 2}}
	h.mustReport(r)
	refuse("exited", bob, trigger(0, 0, milli, 1), protocol.CodeExitAlreadyExited)
	if h.s.ExitTriggered(0, 0) {
		t.Fatal("an exited key is still marked")
	}
}

// TestTriggerExitSnapshot: a state with a triggered exit survives a
// snapshot round trip with its mark, and a state without one encodes as
// before (the mark is the top bit of the request's slot).
func TestTriggerExitSnapshot(t *testing.T) {
	h, _ := exitPool(t)
	h.toSlot(29_056)
	plain, err := h.s.MarshalBinary()
	if err != nil {
		t.Fatal(err)
	}
	h.do(bob, trigger(0, 1, wei(1), 1))
	b, err := h.s.MarshalBinary()
	if err != nil {
		t.Fatal(err)
	}
	if len(b) <= len(plain) {
		t.Fatalf("snapshot lengths %d and %d: the trigger adds the system contract's account", len(plain), len(b))
	}
	s, err := protocol.UnmarshalState(b)
	if err != nil {
		t.Fatal(err)
	}
	if !s.ExitTriggered(0, 1) || s.ExitTriggered(0, 0) || s.Root() != h.s.Root() {
		t.Fatal("the mark did not survive the snapshot")
	}
	if slot, _ := s.ExitRequestSlot(0, 1); slot != 255 {
		t.Fatalf("slot %d after the round trip", slot)
	}
}

// TestTriggerExitProperty: over random waits, reports (exit requests and
// exits) and trigger attempts, a trigger succeeds only for a key asked to
// exit, not reported exited, past its deadline, not triggered before, with
// the fee paid; a refused one changes nothing; a successful one moves
// exactly the fee from the caller to the system contract.
func TestTriggerExitProperty(t *testing.T) {
	rapid.Check(t, func(rt *rapid.T) {
		h := poolWith(rt, 320)
		h.gov(protocol.Action{Kind: protocol.ActSetParameter, Param: protocol.ParamExitDeadlineSlots, Value: wei(rapid.Uint64Range(1, 300).Draw(rt, "deadline"))})
		h.mustReport(base())
		triggered := map[[2]uint64]bool{}
		for i := rapid.IntRange(1, 40).Draw(rt, "steps"); i > 0; i-- {
			switch rapid.IntRange(0, 5).Draw(rt, "step") {
			case 0:
				h.wait(12 * rapid.Uint64Range(1, 400).Draw(rt, "slots"))
			case 1:
				ops := h.s.Operators()
				op := rapid.IntRange(0, 2).Draw(rt, "report-op")
				r := base()
				if room := ops[op].Deposited - ops[op].ExitRequested; room > 0 && rapid.Bool().Draw(rt, "ask") {
					r.ExitRequests = []protocol.OperatorCount{{Operator: protocol.OperatorID(op), Count: rapid.Uint64Range(1, min(room, 2)).Draw(rt, "ask-n")}}
				}
				if ops[op].Exited < ops[op].ExitRequested && rapid.Bool().Draw(rt, "exit") {
					// An exit counted without its ETH: a small loss the limits allow.
					r.Balance -= gwei(eth(1))
					r.Exited = []protocol.OperatorCount{{Operator: protocol.OperatorID(op), Count: ops[op].Exited + 1}}
				}
				if _, err := h.report(r); err != nil {
					rt.Logf("report refused: %v", err)
				}
			default:
				op := protocol.OperatorID(rapid.IntRange(0, 3).Draw(rt, "op"))
				key := rapid.Uint64Range(0, 5).Draw(rt, "key")
				if int(op) < h.s.OperatorCount() && rapid.IntRange(0, 3).Draw(rt, "pick-requested") > 0 {
					// Mostly a key asked to exit and not exited (when there is one).
					if o := h.s.Operators()[op]; o.Exited < o.ExitRequested {
						key = rapid.Uint64Range(o.Exited, o.ExitRequested-1).Draw(rt, "requested-key")
					}
				}
				fee := rapid.Uint64Range(0, 50).Draw(rt, "fee")
				value := wei(rapid.Uint64Range(0, 60).Draw(rt, "value"))
				from := pt.Addr(uint64(rapid.IntRange(1, 5).Draw(rt, "from")))
				var o protocol.Operator
				known := int(op) < h.s.OperatorCount()
				if known {
					o = h.s.Operators()[op]
				}
				slot, pending := h.s.ExitRequestSlot(op, key)
				allowed := known && key >= o.Exited && key < o.ExitRequested && pending &&
					slot+h.s.Params().ExitDeadlineSlots < h.s.Slot() && !triggered[[2]uint64{uint64(op), key}] && value.Uint64() >= fee
				before := h.s.Root()
				callerBefore := h.s.Account(from).ETH
				sinkBefore := h.s.Account(protocol.WithdrawalRequestAddress).ETH
				_, err := h.try(from, trigger(op, key, value, fee))
				if (err == nil) != allowed {
					rt.Fatalf("trigger of key %d of operator %d (slot %d, now %d): err %v, allowed %v", key, op, slot, h.s.Slot(), err, allowed)
				}
				if err != nil {
					if h.s.Root() != before {
						rt.Fatalf("refused (%v) but the state changed", err)
					}
					continue
				}
				triggered[[2]uint64{uint64(op), key}] = true
				var c, sk uint256.Int
				c.Sub(&callerBefore, uint256.NewInt(fee))
				sk.Add(&sinkBefore, uint256.NewInt(fee))
				if h.s.Account(from).ETH != c || h.s.Account(protocol.WithdrawalRequestAddress).ETH != sk {
					rt.Fatal("the fee did not move from the caller to the system contract")
				}
			}
		}
	})
}
