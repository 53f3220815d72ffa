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
//
// Every module's keys may be forced (Lido's triggerable exits serve every
// module through one gateway): a curated operator's request lives in the
// registry (Operator.exitRequests), a bonded operator's in the bonded
// module (BondedOperator.exitSlots, one slot per requested key); the
// triggered mark is the top bit of the request's slot in both.

// WithdrawalRequestAddress is the EIP-7002 system contract (go-ethereum's
// params.WithdrawalQueueAddress): the fees of triggered exits end there
// (it keeps them: a sink outside the pool).
var WithdrawalRequestAddress = common.HexToAddress("0x00000961Ef480Eb55e80D19ad83579A64c007002")

// triggeredBit marks an exit request whose exit was triggered: the top
// bit of its slot, so that the encoding of states without triggers is
// unchanged (slots stay far below 2^63). Every reader of the slot masks it.
const triggeredBit = uint64(1) << 63

func (q exitRequest) refSlot() uint64 { return q.slot &^ triggeredBit }

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

// exitTarget is what a trigger reads of a key, in either module: the
// operator's key count and exited and requested counts, and the pending
// request's slot word (the triggered bit on top; nil when none is pending).
type exitTarget struct {
	keys, exited, requested uint64
	slot                    *uint64
}

// exitTargetOf finds key keyIndex of operator id — a global id
// (ModuleOperatorID: module 1's are the registry's own ids) — in its
// module: UNKNOWN_MODULE, UNKNOWN_OPERATOR, or the key's target.
func (s *State) exitTargetOf(id OperatorID, keyIndex uint64) (exitTarget, *Error) {
	m, k := SplitOperatorID(id)
	if uint64(m) > uint64(len(s.modules)) {
		return exitTarget{}, reject(CodeUnknownModule, "no staking module %d (operator %d)", m, id)
	}
	if b, ok := s.modules[m-1].impl.(*bondedStakingModule); ok {
		op, err := b.m.operator(k)
		if err != nil {
			return exitTarget{}, err
		}
		t := exitTarget{keys: uint64(len(op.Keys)), exited: op.Exited, requested: op.ExitRequested}
		if keyIndex >= op.Exited && keyIndex < op.ExitRequested {
			t.slot = &op.exitSlots[keyIndex]
		}
		return t, nil
	}
	op, err := s.operator(id)
	if err != nil {
		return exitTarget{}, err
	}
	t := exitTarget{keys: uint64(len(op.Keys)), exited: op.Exited, requested: op.ExitRequested}
	if q := op.exitRequestOf(keyIndex); q != nil {
		t.slot = &q.slot
	}
	return t, nil
}

// ExitTriggered reports whether key keyIndex of operator id (a global id)
// has a pending exit request whose exit was triggered.
func (s *State) ExitTriggered(id OperatorID, keyIndex uint64) bool {
	t, err := s.exitTargetOf(id, keyIndex)
	return err == nil && t.slot != nil && *t.slot&triggeredBit != 0
}

// ExitRequestSlot is the reference slot at which key keyIndex of operator
// id (a global id) was asked to exit, and whether such a request is
// pending.
func (s *State) ExitRequestSlot(id OperatorID, keyIndex uint64) (uint64, bool) {
	t, err := s.exitTargetOf(id, keyIndex)
	if err != nil || t.slot == nil {
		return 0, false
	}
	return *t.slot &^ triggeredBit, true
}

// triggerExit is CmdTriggerExit: from sends value with the call; fee is
// the EIP-7002 fee in effect (an execution-layer fact the caller passes,
// as chain credits are). The operator is a global id: module 1's keys go
// through ExitTrigger.triggerExit, every module's through
// triggerModuleExit. The checks run in the contract's order
// (contracts/src/ExitTrigger.sol); a refusal changes nothing.
func (s *State) triggerExit(from Address, id OperatorID, keyIndex uint64, value *uint256.Int, fee uint64) *Error {
	acc := s.lookup(from)
	if value.Gt(maxAmount) || (!value.IsZero() && (acc == nil || acc.ETH.Lt(value))) {
		return reject(CodeInsufficientETH, "%s has too little ETH to send %s", from, eth(value))
	}
	t, err := s.exitTargetOf(id, keyIndex)
	if err != nil {
		return err
	}
	if keyIndex >= t.keys {
		return reject(CodeUnknownKey, "operator %d has no key %d (it has %d)", id, keyIndex, t.keys)
	}
	if keyIndex < t.exited {
		return reject(CodeExitAlreadyExited, "key %d of operator %d has exited (exited: keys below %d)", keyIndex, id, t.exited)
	}
	if t.slot == nil {
		return reject(CodeExitNotRequested, "key %d of operator %d has no pending exit request (asked to exit: keys %d..%d)",
			keyIndex, id, t.exited, t.requested)
	}
	// The same comparison as stuckAt: overdue once the request slot plus
	// the deadline is below the current slot.
	ref := *t.slot &^ triggeredBit
	if now := s.Slot(); ref+s.params.ExitDeadlineSlots >= now {
		return reject(CodeExitNotOverdue, "key %d of operator %d was asked to exit at slot %d; it may be forced after slot %d (now %d)",
			keyIndex, id, ref, ref+s.params.ExitDeadlineSlots, now)
	}
	if *t.slot&triggeredBit != 0 {
		return reject(CodeExitAlreadyTriggered, "the exit of key %d of operator %d was already triggered", keyIndex, id)
	}
	var f uint256.Int
	f.SetUint64(fee)
	if value.Lt(&f) {
		return reject(CodeExitFee, "the withdrawal request fee is %d wei; %s sent", fee, eth(value))
	}
	*t.slot |= triggeredBit
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
