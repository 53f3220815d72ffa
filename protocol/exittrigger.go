package protocol

import (
	"github.com/ethereum/go-ethereum/common"
	"github.com/holiman/uint256"
)

// Triggerable exits (Lido's triggerable exits, EIP-7002): an operator that
// ignores an exit request past its deadline cannot keep the validator
// running. Anyone may then have the pool's withdrawal vault — the address
// in the validators' withdrawal credentials — send an execution-layer
// withdrawal request (a full exit) for the key to the EIP-7002 system
// contract, paying the fee that contract asks. The caller pays the fee;
// what it sent above the fee comes back. Each key is triggered at most
// once: the consensus layer exits a validator once, and a second request
// would only burn a second fee.

// WithdrawalRequestAddress is the EIP-7002 system contract (go-ethereum's
// params.WithdrawalQueueAddress): the fees of triggered exits end there
// (it keeps them: a sink outside the pool).
var WithdrawalRequestAddress = common.HexToAddress("0x00000961Ef480Eb55e80D19ad83579A64c007002")

// triggeredBit marks an exit request whose exit was triggered: the top
// bit of its slot, so that the encoding of states without triggers is
// unchanged (slots stay far below 2^63). Every reader of the slot masks it.
const triggeredBit = uint64(1) << 63

func (q exitRequest) refSlot() uint64 { return q.slot &^ triggeredBit }
func (q exitRequest) triggered() bool { return q.slot&triggeredBit != 0 }
func (q *exitRequest) markTriggered() { q.slot |= triggeredBit }

// exitRequestOf is the pending exit request of key keyIndex, or nil when
// the key was not asked to exit or has exited (Exited ≤ keyIndex <
// ExitRequested holds for every pending request).
func (o *Operator) exitRequestOf(keyIndex uint64) *exitRequest {
	if keyIndex < o.Exited || keyIndex >= o.ExitRequested {
		return nil
	}
	for i := range o.exitRequests {
		if o.exitRequests[i].keyIndex == keyIndex {
			return &o.exitRequests[i]
		}
	}
	return nil
}

// ExitTriggered reports whether key keyIndex of operator id has a pending
// exit request whose exit was triggered.
func (s *State) ExitTriggered(id OperatorID, keyIndex uint64) bool {
	op, err := s.operator(id)
	if err != nil {
		return false
	}
	q := op.exitRequestOf(keyIndex)
	return q != nil && q.triggered()
}

// ExitRequestSlot is the reference slot at which key keyIndex of operator
// id was asked to exit, and whether such a request is pending.
func (s *State) ExitRequestSlot(id OperatorID, keyIndex uint64) (uint64, bool) {
	op, err := s.operator(id)
	if err != nil {
		return 0, false
	}
	q := op.exitRequestOf(keyIndex)
	if q == nil {
		return 0, false
	}
	return q.refSlot(), true
}

// triggerExit is CmdTriggerExit: from sends value with the call; fee is
// the EIP-7002 fee in effect (an execution-layer fact the caller passes,
// as chain credits are). The checks run in the contracts' order
// (contracts/src/ExitTrigger.sol); a refusal changes nothing.
func (s *State) triggerExit(from Address, id OperatorID, keyIndex uint64, value *uint256.Int, fee uint64) *Error {
	acc := s.lookup(from)
	if value.Gt(maxAmount) || (!value.IsZero() && (acc == nil || acc.ETH.Lt(value))) {
		return reject(CodeInsufficientETH, "%s has too little ETH to send %s", from, eth(value))
	}
	op, err := s.operator(id)
	if err != nil {
		return err
	}
	q := op.exitRequestOf(keyIndex)
	if q == nil {
		return reject(CodeExitNotRequested, "key %d of operator %d has no pending exit request (asked to exit: keys %d..%d, exited: %d)",
			keyIndex, id, op.Exited, op.ExitRequested, op.Exited)
	}
	// The same comparison as stuckAt: overdue once the request slot plus
	// the deadline is below the current slot.
	if now := s.Slot(); q.refSlot()+s.params.ExitDeadlineSlots >= now {
		return reject(CodeExitNotOverdue, "key %d of operator %d was asked to exit at slot %d; it may be forced after slot %d (now %d)",
			keyIndex, id, q.refSlot(), q.refSlot()+s.params.ExitDeadlineSlots, now)
	}
	if q.triggered() {
		return reject(CodeExitAlreadyTriggered, "the exit of key %d of operator %d was already triggered", keyIndex, id)
	}
	var f uint256.Int
	f.SetUint64(fee)
	if value.Lt(&f) {
		return reject(CodeExitFee, "the withdrawal request fee is %d wei; %s sent", fee, eth(value))
	}
	q.markTriggered()
	// The sender pays value and gets value − fee back: it is down the fee,
	// which the system contract keeps.
	if fee > 0 {
		acc.ETH.Sub(&acc.ETH, &f)
		sink := s.account(WithdrawalRequestAddress)
		sink.ETH.Add(&sink.ETH, &f)
	}
	s.emit(Event{Kind: EvExitTriggered, From: from, Operator: id, Index: keyIndex, Amount: f})
	return nil
}
