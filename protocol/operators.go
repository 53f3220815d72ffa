package protocol

import (
	"encoding/hex"
	"slices"
	"strings"
)

// MaxKeysPerTx bounds the keys uploaded in one command.
const MaxKeysPerTx = 1000

// MaxOperatorNameLen bounds an operator's name (bytes).
const MaxOperatorNameLen = 64

// operator finds an operator of a curated module by its global id
// (ModuleOperatorID).
func (s *State) operator(id OperatorID) (*Operator, *Error) {
	if uint64(id) < uint64(len(s.operators)) {
		return s.operators[id], nil
	}
	if m, k := SplitOperatorID(id); m > 1 && uint64(m) <= uint64(len(s.modules)) {
		if ops := s.modules[m-1].ops; k < uint64(len(ops)) {
			return ops[k], nil
		}
	}
	return nil, reject(CodeUnknownOperator, "no operator %d (there are %d)", id, len(s.operators))
}

// operatorAt is an operator whose id was checked.
func (s *State) operatorAt(id OperatorID) *Operator {
	op, _ := s.operator(id)
	return op
}

func validateOperator(name string, reward Address) *Error {
	if name == "" || len(name) > MaxOperatorNameLen || strings.TrimSpace(name) != name {
		return reject(CodeInvalidParameter, "operator name must be 1..%d bytes without surrounding spaces", MaxOperatorNameLen)
	}
	if reward == (Address{}) {
		return reject(CodeInvalidParameter, "operator reward address is the zero address")
	}
	return nil
}

func (s *State) addOperator(name string, reward Address) {
	op := &Operator{ID: OperatorID(len(s.operators)), Name: name, RewardAddress: reward, Active: true}
	s.operators = append(s.operators, op)
	s.emit(Event{Kind: EvOperatorAdded, Operator: op.ID, To: reward})
}

func shortKey(p Pubkey) string { return "0x" + hex.EncodeToString(p[:6]) + "…" }

// addSigningKeys appends keys to an operator. Only the operator's reward
// (manager) address may upload. Every key must be non-empty and new across
// all operators; otherwise nothing is added. As in Lido's registry, the
// deposit signatures are not verified here: the guardians verify them off
// the chain before any deposit (keys.DepositVerifier), and a key whose
// signature is bad is unvetted then.
func (s *State) addSigningKeys(sender Address, id OperatorID, keys []SigningKey) *Error {
	op, err := s.operator(id)
	if err != nil {
		return err
	}
	if sender != op.RewardAddress {
		return reject(CodeNotAuthorized, "only operator %d's address %s may add its keys", id, op.RewardAddress)
	}
	if len(keys) == 0 || len(keys) > MaxKeysPerTx {
		return reject(CodeMalformed, "between 1 and %d keys per command, got %d", MaxKeysPerTx, len(keys))
	}
	seen := make(map[Pubkey]int, len(keys))
	for i, k := range keys {
		if k.Pubkey == (Pubkey{}) {
			return reject(CodeInvalidKey, "key %d is empty", i)
		}
		if j, dup := seen[k.Pubkey]; dup {
			return reject(CodeDuplicateKey, "key %d (%s) repeats key %d of this upload", i, shortKey(k.Pubkey), j)
		}
		seen[k.Pubkey] = i
		if ref, dup := s.keyOwner[k.Pubkey]; dup {
			return reject(CodeDuplicateKey, "key %d (%s) is already key %d of operator %d", i, shortKey(k.Pubkey), ref.idx, ref.op)
		}
		if s.bondedKey(k.Pubkey) {
			return reject(CodeDuplicateKey, "key %d (%s) is already the bonded module's", i, shortKey(k.Pubkey))
		}
	}
	first := uint64(len(op.Keys))
	for i, k := range keys {
		s.keyOwner[k.Pubkey] = keyRef{op: id, idx: first + uint64(i)}
	}
	op.Keys = append(op.Keys, keys...)
	s.emit(Event{Kind: EvSigningKeysAdded, Operator: id, Index: first, Count: uint64(len(keys))})
	return nil
}

// removeSigningKeys removes count unused keys starting at index from and
// lowers the operator's limit to from if it was above.
func (s *State) removeSigningKeys(sender Address, id OperatorID, from, count uint64) *Error {
	op, err := s.operator(id)
	if err != nil {
		return err
	}
	if sender != op.RewardAddress {
		return reject(CodeNotAuthorized, "only operator %d's address %s may remove its keys", id, op.RewardAddress)
	}
	n := uint64(len(op.Keys))
	if count == 0 || from >= n || count > n-from {
		return reject(CodeMalformed, "keys %d..%d do not exist (operator has %d)", from, from+count, n)
	}
	if from < op.Deposited {
		return reject(CodeKeyInUse, "key %d is already deposited (first unused key is %d)", from, op.Deposited)
	}
	for _, k := range op.Keys[from : from+count] {
		delete(s.keyOwner, k.Pubkey)
	}
	op.Keys = slices.Delete(op.Keys, int(from), int(from+count))
	for i := from; i < uint64(len(op.Keys)); i++ {
		s.keyOwner[op.Keys[i].Pubkey] = keyRef{op: id, idx: i}
	}
	s.emit(Event{Kind: EvSigningKeysRemoved, Operator: id, Index: from, Count: count})
	// Removing a vetted key un-vets it and every key after it (Lido's
	// registry sets its vetted count to the first removed index): the keys
	// that slide into the vetted range, or are uploaded into it later, were
	// never vetted. Without this an operator could remove a vetted key and
	// upload any key in its place to have it deposited — found by
	// TestPropertyAdversarialOperators.
	if from < op.Limit {
		op.Limit = from
		s.emit(Event{Kind: EvOperatorLimitSet, Operator: id, Index: from})
	}
	return nil
}
