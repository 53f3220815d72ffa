package protocol

import (
	"github.com/holiman/uint256"
)

// submit stakes amount of the sender's ETH: shares are minted at the rate
// before the ETH is added, rounded down, and the ETH enters the buffer.
func (s *State) submit(who Address, amount *uint256.Int, referral Address) *Error {
	if s.stakeLimit.Paused {
		return reject(CodeStakingPaused, "staking is paused by governance")
	}
	if s.Paused(PauseStaking) {
		return reject(CodeStakingPaused, "staking is paused by the emergency committee until %d", s.PausedUntil(PauseStaking))
	}
	if err := checkAmount(amount, "amount"); err != nil {
		return err
	}
	if amount.Lt(&s.params.DustFloor) {
		return reject(CodeBelowDust, "stake of %s is below the dust floor of %s", eth(amount), eth(&s.params.DustFloor))
	}
	acc := s.lookup(who)
	if acc == nil || acc.ETH.Lt(amount) {
		have := "0"
		if acc != nil {
			have = eth(&acc.ETH)
		}
		return reject(CodeInsufficientETH, "%s has %s ETH, cannot stake %s", who, have, eth(amount))
	}
	limit := s.stakeLimit.current(s.block)
	if !s.stakeLimit.Max.IsZero() && limit.Lt(amount) {
		return reject(CodeStakeLimit, "stake of %s exceeds the current staking limit of %s", eth(amount), eth(&limit))
	}
	var shares uint256.Int
	s.sharesByEth(&shares, amount)
	if shares.IsZero() {
		return reject(CodeBelowDust, "stake of %s is worth no share at the current rate", eth(amount))
	}
	// Commit.
	if !s.stakeLimit.Max.IsZero() {
		limit.Sub(&limit, amount)
		s.stakeLimit.Prev = limit
		s.stakeLimit.PrevBlock = s.block
	}
	acc.ETH.Sub(&acc.ETH, amount)
	s.buffered.Add(&s.buffered, amount)
	acc.Shares.Add(&acc.Shares, &shares)
	acc.LastInflow = s.oracle.reportsApplied
	s.totalShares.Add(&s.totalShares, &shares)
	var minted uint256.Int
	s.ethByShares(&minted, &shares)
	s.emit(Event{Kind: EvSubmitted, From: who, To: referral, Amount: *amount})
	s.emitTransfer(Address{}, who, &minted, &shares)
	return nil
}

// reserveTarget is ceil(pooled × reserveBP / 10000): rounded up, so the
// pool keeps at least its target liquid.
func (s *State) reserveTarget(pooled *uint256.Int) *uint256.Int {
	var r, rem uint256.Int
	r.Mul(pooled, uint256.NewInt(s.params.ReserveTargetBP))
	r.DivMod(&r, uint256.NewInt(BP), &rem)
	if !rem.IsZero() {
		r.AddUint64(&r, 1)
	}
	return &r
}

// DepositableEther is the buffer above what queued withdrawal requests
// need and above the reserve target: withdrawals come before new
// validators. Nothing is depositable in bunker mode.
func (s *State) DepositableEther() *uint256.Int {
	keep := s.ReserveTarget()
	keep.Add(keep, &s.unfinalized)
	if s.Bunker() || !s.buffered.Gt(keep) {
		return new(uint256.Int)
	}
	return new(uint256.Int).Sub(&s.buffered, keep)
}

// deposit moves whole 32-ETH chunks from the buffer to operators' keys,
// keeping the reserve target, at most max (and the per-block bound). Each
// deposit is recorded for the beacon layer to consume. With only set, it
// makes only that module's part of the allocation (Lido's
// depositBufferedEther for one module, as its deposit security module
// attests one module: StakingRouter's getStakingModuleMaxDepositsCount):
// the router allocates the whole call among all modules and the others'
// deposits wait for their own calls.
func (s *State) deposit(max uint64, only ModuleID) *Error {
	if only != 0 && uint64(only) > uint64(len(s.modules)) {
		return reject(CodeUnknownModule, "no staking module %d", only)
	}
	if s.Paused(PauseDeposits) {
		return nil // the emergency committee paused deposits: nothing moves
	}
	if s.params.MaxDepositsPerBlock <= s.depositsThisBlock {
		return nil
	}
	n := min(max, s.params.MaxDepositsPerBlock-s.depositsThisBlock)
	var chunks uint256.Int
	chunks.Div(s.DepositableEther(), DepositSizeWei)
	if chunks.IsUint64() {
		n = min(n, chunks.Uint64())
	}
	// The router: which module takes each deposit (min-first within
	// target shares, stakingmodules.go); the module: which key.
	ms := make([]moduleAllocation, len(s.modules))
	for i, m := range s.modules {
		sum := s.moduleDeposits(m).Summary(s.time)
		ms[i] = moduleAllocation{shareBP: m.ShareBP, active: sum.Active(), depositable: sum.Depositable, open: m.Status == ModuleActive}
	}
	// Module by module in id order, each its keys in its own order (as
	// Lido's router asks each module for its deposit data in turn).
	var moved uint64
	for i, k := range allocate(ms, n) {
		m := s.modules[i]
		if k == 0 || only != 0 && m.ID != only {
			continue
		}
		for _, d := range s.moduleDeposits(m).obtainDeposits(s.time, k) {
			rec := DepositRecord{
				Index:                 uint64(len(s.deposits)),
				Operator:              ModuleOperatorID(m.ID, d.Operator),
				KeyIndex:              d.KeyIndex,
				Pubkey:                d.Key.Pubkey,
				WithdrawalCredentials: s.credentials,
				Amount:                DepositSize,
				Signature:             d.Key.Signature,
				Block:                 s.block,
			}
			s.deposits = append(s.deposits, rec)
			s.depositedValidators++
			s.depositsThisBlock++
			moved++
			s.buffered.Sub(&s.buffered, DepositSizeWei)
			s.emit(Event{Kind: EvDeposited, Operator: rec.Operator, Index: rec.Index, Count: rec.KeyIndex, Amount: *DepositSizeWei})
		}
	}
	if moved > 0 {
		total := new(uint256.Int).Mul(uint256.NewInt(moved), DepositSizeWei)
		s.emit(Event{Kind: EvBufferUnbuffered, Amount: *total, Count: moved})
	}
	return nil
}
