package protocol

// The router's unvetting (StakingRouter.unvetSigningKeys): the deposit
// security module (depositsecurity.go: a guardian asked, over the module's
// current nonce) lowers an operator's limit through the router, which
// hands it to the module (Lido's DSM.unvetSigningKeys →
// StakingRouter.decreaseStakingModuleVettedKeysCountByNodeOperator →
// module.decreaseVettedSigningKeysCount). Each module applies its own
// rule:
//
//   - curated (OperatorRegistry.unvetSigningKeys): the cap falls to the
//     limit asked, which must be below it and not below the deposited
//     keys (INVALID_PARAMETER otherwise);
//   - bonded (BondedModule.Unvet): the vetted count falls to max(limit,
//     deposited); a limit not below it is VETTED_KEYS_INCREASED. The
//     operator's depositable count falls with it at once, so its queued
//     batches give nothing and leave the queue at the next deposit's walk
//     (or cleanDepositQueue): a batch in the middle of the queue is not
//     removed in place (that would be a walk of the whole queue). The
//     bond the unvetted keys held is no longer required — the requirement
//     counts deposited and depositable keys — and may be claimed: no pool
//     ETH can reach those keys. New uploads stay unvetted (as CSM's).
//
// The deposit security module's own checks (guardian, block, nonce,
// max(deposited, limit) not above the current) are DepositSecurity.Unvet;
// this is the call it makes when they pass and the limit falls.
func (s *State) unvet(m ModuleID, id OperatorID, limit uint64) *Error {
	if m == 0 || uint64(m) > uint64(len(s.modules)) {
		return reject(CodeUnknownModule, "no staking module %d", m)
	}
	mod := s.modules[m-1]
	if b, ok := mod.impl.(*bondedStakingModule); ok {
		if err := b.m.Unvet(b.m.router, uint64(id), limit, s.shareRate()); err != nil {
			return err
		}
		s.bondedSync(b) // settling may have paid a debt from rewards: burnt
		return nil
	}
	ops := s.moduleOps(mod)
	if uint64(id) >= uint64(len(ops)) {
		return reject(CodeUnknownOperator, "module %d has no operator %d", m, id)
	}
	op := ops[id]
	if limit >= op.Limit || limit < op.Deposited {
		return reject(CodeInvalidParameter, "operator %d's cap is %d with %d deposited; unvetting cannot set it to %d", id, op.Limit, op.Deposited, limit)
	}
	op.Limit = limit
	s.emit(Event{Kind: EvVettedDecreased, Operator: ModuleOperatorID(m, uint64(id)), Index: limit})
	return nil
}
