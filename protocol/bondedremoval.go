package protocol

import "github.com/holiman/uint256"

// The bonded module's key removal (CSM's removeKeys): an operator's
// manager removes a range of its keys that never got a deposit.
//
//   - which keys: [first, first+count), every one at or above the
//     deposited count (a deposited key is the pool's validator: KEY_IN_USE);
//     vetted, unvetted, queued or not;
//   - the slots: as CSM's SigningKeys.removeKeysSigs, each removed slot,
//     from the range's end down, takes the operator's last key (no shift
//     of the keys after the range: one slot moved per key removed);
//   - the vetted count becomes the key count (CSM's reset: the module
//     cannot know whether the removed keys were the ones the guardians
//     unvetted; a bad key left in place is unvetted again before any
//     deposit, the guardians sign over the nonce the removal bumped). So
//     removing the key a guardian unvetted — a front-run key — is the path
//     that makes the operator's other keys depositable again, and frees the
//     bond the removed keys held;
//   - the queue: the operator's depositable count is recomputed (it
//     falls, or rises after an unvetting); batches now worth nothing leave
//     at the next deposit's walk or cleanDepositQueue, as unvetted ones do
//     (vetting.go); the freed bond is claimable;
//   - the charge: KeyRemovalCharge wei a key, converted to shares up (the
//     pool's favour), taken from the bond up to what it holds (no debt:
//     CSM's chargeFee takes at most the bond) and burnt (the stakers gain
//     it; CSM sends it to its treasury).

// KeyRemovalCharge is the wei charged from the bond per removed key: CSM
// v1's launch value (0.05 ETH; its MAX_KEY_REMOVAL_CHARGE was 0.1 ETH). A
// constant here (CSM's is governance's per bond curve).
var KeyRemovalCharge = uint256.NewInt(50_000_000_000_000_000)

// RemoveKeys removes keys [first, first+count) of operator id (its manager
// only) at rate r, in the contract's order of checks: the operator, the
// manager, a non-zero count, the range inside its keys, none deposited.
// Returns the shares of the charge burnt from its bond.
func (m *BondedModule) RemoveKeys(sender Address, id, first, count uint64, r ShareRate) (*uint256.Int, *Error) {
	op, err := m.checkRemoval(sender, id, first, count)
	if err != nil {
		return nil, err
	}
	m.settle(op)
	n := uint64(len(op.Keys))
	for i := first + count; i > first; i-- {
		slot := i - 1
		delete(m.keys, op.Keys[slot].Pubkey)
		n--
		if slot < n {
			op.Keys[slot] = op.Keys[n] // the last key fills the gap
		}
		op.Keys = op.Keys[:n]
	}
	op.Vetted = n
	var amount uint256.Int
	amount.Mul(KeyRemovalCharge, new(uint256.Int).SetUint64(count)) // count ≤ 2^64, charge < 2^60: no overflow
	due := r.SharesForUp(&amount)                                   // up: the pool's favour
	take := new(uint256.Int).Set(minU(due, &op.Bond))               // at most the bond: no debt
	op.Bond.Sub(&op.Bond, take)
	m.burn(take)
	m.normalize(id, &r)
	return take, nil
}

// checkRemoval checks a removal without changing anything.
func (m *BondedModule) checkRemoval(sender Address, id, first, count uint64) (*BondedOperator, *Error) {
	op, err := m.operator(id)
	if err != nil {
		return nil, err
	}
	if sender != op.Manager {
		return nil, reject(CodeNotAuthorized, "only bonded operator %d's manager %s may remove its keys", id, op.Manager)
	}
	if count == 0 {
		return nil, reject(CodeZeroAmount, "a removal of no keys")
	}
	n := uint64(len(op.Keys))
	if first >= n || count > n-first {
		return nil, reject(CodeMalformed, "keys %d..%d do not exist (operator %d has %d)", first, first+count-1, id, n)
	}
	if first < op.Deposited {
		return nil, reject(CodeKeyInUse, "key %d is deposited (operator %d's first key without a deposit is %d)", first, id, op.Deposited)
	}
	return op, nil
}

// bondedRemoveKeys is CmdBondedRemoveKeys: the module's removal, its
// charge's shares sent to the burner.
func (s *State) bondedRemoveKeys(from Address, id, first, count uint64) *Error {
	b, err := s.bonded()
	if err != nil {
		return err
	}
	burnt, err := b.m.RemoveKeys(from, id, first, count, s.shareRate())
	if err != nil {
		return err
	}
	s.emit(Event{Kind: EvBondedKeysRemoved, Operator: b.global(OperatorID(id)), Index: first, Count: count,
		Amount: *new(uint256.Int).Mul(KeyRemovalCharge, new(uint256.Int).SetUint64(count)), Shares: *burnt})
	s.bondedSync(b)
	return nil
}
