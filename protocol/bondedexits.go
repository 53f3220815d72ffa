package protocol

import "github.com/holiman/uint256"

// Exit enforcement for the bonded module (issue 16 item 3): an operator
// that does not exit in time pays from its bond, then from its rewards.
//
// At every report the router, after the module's exits, exit requests and
// the execution-reward charges, calls ChargeExitDelays with the report's
// reference slot and the oracle's exit deadline (exit_deadline_slots):
//
//   - each key asked to exit whose request is older than the deadline
//     (request slot + deadline < reference slot, the curated registry's
//     stuck rule) and that its operator has not exited is charged
//     ExitDelayPenalty wei once (CSM v2's exitDelayPenalty) — per operator
//     the count of such keys not charged before, times the penalty, through
//     the penalty path: ⌈amount × S / P⌉ shares burnt from the bond (the
//     pool's favour), the rest a debt paid first from its next rewards;
//     keys are asked oldest first and their slots never fall, so the
//     charged keys are a prefix and ExitCharged (the first key not yet
//     charged) is enough to charge each once;
//   - the operator is stuck while any such key is overdue: then, when the
//     module's fee shares of the report arrive (RewardsMinted), its part of
//     them is cut in half, the half rounded up (the pool's favour) burnt —
//     the curated module's stuck rule (half the fee, the other half to the
//     burner), without its cooling-off delay after the exit (a bonded
//     operator's rewards are whole again at the first report that finds it
//     not stuck). Its rewards from before the report are settled whole
//     first.
//
// The forced exit (exittrigger.go) serves the bonded module's requests as
// the curated ones': anyone may trigger an overdue key's exit.

// ExitDelayCharge is one operator's charge by ChargeExitDelays.
type ExitDelayCharge struct {
	Operator uint64      // the module's own id
	Keys     uint64      // keys charged now
	Amount   uint256.Int // wei: Keys × ExitDelayPenalty
	Burnt    uint256.Int // shares burnt now (from the bond, and debt paid by settled rewards)
}

// SetExitDelayPenalty sets the wei charged once per overdue exit request
// (governance only; below 2^128, 0 turns the charge off).
func (m *BondedModule) SetExitDelayPenalty(sender Address, amount *uint256.Int) *Error {
	if sender != m.governance {
		return reject(CodeNotAuthorized, "only governance %s sets the exit delay penalty", m.governance)
	}
	if amount.BitLen() > 128 {
		return reject(CodeInvalidParameter, "an exit delay penalty of 2^128 wei or more")
	}
	m.params.ExitDelayPenalty = *amount
	return nil
}

func overdue(slot, refSlot, deadline uint64) bool {
	return slot < refSlot && refSlot-slot > deadline // slot + deadline < refSlot, without overflow
}

// ChargeExitDelays charges every operator's newly overdue exit requests
// and marks the stuck ones (the router only; see above). Each charge, in
// ascending operator order, is passed to onCharge once made (the caller
// moves its burnt shares to the burner: one request per operator, as the
// contract's). Returns the charges made.
func (m *BondedModule) ChargeExitDelays(sender Address, refSlot, deadline uint64, r ShareRate, onCharge func(ExitDelayCharge)) ([]ExitDelayCharge, *Error) {
	if sender != m.router {
		return nil, reject(CodeNotAuthorized, "only the router %s charges exit delays", m.router)
	}
	var out []ExitDelayCharge
	for id, op := range m.ops {
		op.Stuck = op.Exited < op.ExitRequested && overdue(op.exitSlot(op.Exited), refSlot, deadline)
		start := max(op.Exited, op.ExitCharged)
		k := start
		for k < op.ExitRequested && overdue(op.exitSlot(k), refSlot, deadline) {
			k++
		}
		if k == start {
			continue
		}
		op.ExitCharged = k
		if m.params.ExitDelayPenalty.IsZero() {
			continue
		}
		c := ExitDelayCharge{Operator: uint64(id), Keys: k - start}
		c.Amount.Mul(uint256.NewInt(c.Keys), &m.params.ExitDelayPenalty) // < 2^32 × 2^128: no overflow
		burnt := m.settle(op)
		burnt.Add(burnt, m.charge(op, &c.Amount, &r))
		c.Burnt = *burnt
		m.normalize(uint64(id), &r)
		out = append(out, c)
		if onCharge != nil {
			onCharge(c)
		}
	}
	return out, nil
}

// cutStuckRewards settles a stuck operator's rewards of the report just
// credited to the accumulator: half of them (rounded down) go through the
// usual settlement (debt first, then the bond), the rest is burnt.
func (m *BondedModule) cutStuckRewards(op *BondedOperator) {
	pending := m.pending(op)
	op.accSnap.Set(&m.acc)
	keep := new(uint256.Int).Rsh(pending, 1) // down: the operator's half
	cut := new(uint256.Int).Sub(pending, keep)
	pay := new(uint256.Int).Set(minU(keep, &op.Debt))
	op.Debt.Sub(&op.Debt, pay)
	op.Bond.Add(&op.Bond, keep.Sub(keep, pay))
	m.burn(cut.Add(cut, pay))
}
