package protocol

import (
	"slices"

	"github.com/holiman/uint256"
)

// MaxPerCall bounds the requests or claims in one command.
const MaxPerCall = 100

// WithdrawalRequest is one queued request (Lido's unstETH). Its value is
// capped at StETH: a queued request earns nothing and bears losses.
type WithdrawalRequest struct {
	ID     uint64
	Owner  Address
	StETH  uint256.Int // stETH locked at request time
	Shares uint256.Int // shares locked (the stETH converted down)
	// Timestamp is the time of the block the request was made in.
	Timestamp uint64
	// Finalized requests have Claimable set: min(StETH, value of Shares at
	// the finalizing report's rate).
	Finalized bool
	Claimable uint256.Int
	Claimed   bool
}

// WithdrawalRequest returns a request by id.
func (s *State) WithdrawalRequest(id uint64) (WithdrawalRequest, bool) {
	if id == 0 || id > uint64(len(s.queue)) {
		return WithdrawalRequest{}, false
	}
	return s.queue[id-1], true
}

// WithdrawalQueue summarizes the queue: requests made, last finalized id,
// stETH waiting, ETH locked for claims.
func (s *State) WithdrawalQueue() (requests, lastFinalized uint64, unfinalized, locked *uint256.Int) {
	return uint64(len(s.queue)), s.finalized, new(uint256.Int).Set(&s.unfinalized), new(uint256.Int).Set(&s.lockedEther)
}

// InstantLiquidity is the buffer not promised to queued requests: what
// instant withdrawals can draw on.
func (s *State) InstantLiquidity() *uint256.Int {
	if s.buffered.Lt(&s.unfinalized) {
		return new(uint256.Int)
	}
	return new(uint256.Int).Sub(&s.buffered, &s.unfinalized)
}

// requestWithdrawals locks stETH in the queue, one request per amount, for
// owner (the sender when zero). Each amount is within the request bounds.
func (s *State) requestWithdrawals(sender, owner Address, amounts []uint256.Int) *Error {
	if len(amounts) == 0 || len(amounts) > MaxPerCall {
		return reject(CodeMalformed, "between 1 and %d requests per command, got %d", MaxPerCall, len(amounts))
	}
	if owner == (Address{}) {
		owner = sender
	}
	if s.isPoolContract(owner) {
		return reject(CodeTransferToPool, "%s is one of the pool's contracts and cannot own a withdrawal request", owner)
	}
	p := &s.params
	var total, shares uint256.Int
	per := make([]uint256.Int, len(amounts))
	for i := range amounts {
		a := &amounts[i]
		if a.Lt(&p.MinWithdrawal) || a.Gt(&p.MaxWithdrawal) {
			return reject(CodeWithdrawalAmount, "request %d of %s is outside %s .. %s", i, eth(a), eth(&p.MinWithdrawal), eth(&p.MaxWithdrawal))
		}
		s.sharesByEth(&per[i], a)
		if per[i].IsZero() {
			return reject(CodeWithdrawalAmount, "request %d of %s is worth no share", i, eth(a))
		}
		total.Add(&total, a)
		shares.Add(&shares, &per[i])
	}
	acc := s.lookup(sender)
	if acc == nil || acc.Shares.Lt(&shares) {
		return reject(CodeInsufficientBalance, "%s has %s stETH, cannot request %s", sender, s.balanceString(acc), eth(&total))
	}
	s.moveShares(acc, s.account(s.queueAddr), &shares)
	for i := range amounts {
		id := uint64(len(s.queue)) + 1
		s.queue = append(s.queue, WithdrawalRequest{ID: id, Owner: owner, StETH: amounts[i], Shares: per[i], Timestamp: s.time})
		s.unfinalized.Add(&s.unfinalized, &amounts[i])
		s.emitTransfer(sender, s.queueAddr, &amounts[i], &per[i])
		s.emit(Event{Kind: EvWithdrawalRequested, Index: id, From: sender, To: owner, Amount: amounts[i], Shares: per[i]})
	}
	return nil
}

// claimWithdrawals pays finalized requests to recipient (the sender when
// zero). Only the owner claims, and each request pays once.
func (s *State) claimWithdrawals(sender, recipient Address, ids []uint64) *Error {
	if len(ids) == 0 || len(ids) > MaxPerCall {
		return reject(CodeMalformed, "between 1 and %d claims per command, got %d", MaxPerCall, len(ids))
	}
	if recipient == (Address{}) {
		recipient = sender
	}
	seen := make([]uint64, 0, len(ids))
	var total uint256.Int
	for _, id := range ids {
		if id == 0 || id > uint64(len(s.queue)) {
			return reject(CodeUnknownRequest, "no withdrawal request %d", id)
		}
		q := &s.queue[id-1]
		if q.Owner != sender {
			return reject(CodeNotAuthorized, "request %d belongs to %s", id, q.Owner)
		}
		if !q.Finalized {
			return reject(CodeNotFinalized, "request %d is not finalized yet (%d requests are)", id, s.finalized)
		}
		if q.Claimed || slices.Contains(seen, id) {
			return reject(CodeAlreadyClaimed, "request %d was already claimed", id)
		}
		seen = append(seen, id)
		total.Add(&total, &q.Claimable)
	}
	dst := s.account(recipient)
	for _, id := range ids {
		q := &s.queue[id-1]
		q.Claimed = true
		s.lockedEther.Sub(&s.lockedEther, &q.Claimable)
		dst.ETH.Add(&dst.ETH, &q.Claimable)
		s.emit(Event{Kind: EvWithdrawalClaimed, Index: id, From: sender, To: recipient, Amount: q.Claimable})
	}
	return nil
}

// instantWithdraw pays amount of ETH at once from the liquid reserve, when
// the buffer not promised to the queue covers all of it. The shares burnt
// are the amount converted up (the pool's favour); a fee of
// InstantWithdrawalBP (rounded up) stays in the pool. Refused in bunker
// mode and to accounts that received stETH since the last report but one
// (the holding period that defeats the rebase sandwich; docs/oracle.md).
func (s *State) instantWithdraw(sender Address, amount *uint256.Int) *Error {
	if s.Bunker() {
		return reject(CodeBunkerMode, "instant withdrawals are closed while losses are unfolding (bunker mode); use the queue")
	}
	if err := checkAmount(amount, "amount"); err != nil {
		return err
	}
	if amount.Lt(&s.params.MinWithdrawal) {
		return reject(CodeWithdrawalAmount, "%s is below the minimum withdrawal of %s", eth(amount), eth(&s.params.MinWithdrawal))
	}
	acc := s.lookup(sender)
	if acc == nil {
		return reject(CodeInsufficientBalance, "%s holds no stETH", sender)
	}
	if s.reportCount() < acc.LastInflow+2 {
		return reject(CodeHoldingPeriod, "stETH that reached %s since the report before last cannot leave instantly: wait for the next oracle report or use the queue", sender)
	}
	if liq := s.InstantLiquidity(); liq.Lt(amount) {
		return reject(CodeReserveShort, "the liquid reserve holds %s, not enough for %s; use the queue", eth(liq), eth(amount))
	}
	var shares, p, rem uint256.Int
	s.pooled(&p)
	shares.Mul(amount, &s.totalShares)
	shares.DivMod(&shares, &p, &rem)
	if !rem.IsZero() {
		shares.AddUint64(&shares, 1) // rounded up: the pool's favour
	}
	if acc.Shares.Lt(&shares) {
		return reject(CodeInsufficientBalance, "%s has %s stETH, cannot withdraw %s", sender, s.balanceString(acc), eth(amount))
	}
	var fee uint256.Int
	fee.Mul(amount, uint256.NewInt(s.params.InstantWithdrawalBP))
	fee.DivMod(&fee, uint256.NewInt(BP), &rem)
	if !rem.IsZero() {
		fee.AddUint64(&fee, 1) // rounded up
	}
	pay := new(uint256.Int).Sub(amount, &fee)
	acc.Shares.Sub(&acc.Shares, &shares)
	s.totalShares.Sub(&s.totalShares, &shares)
	s.buffered.Sub(&s.buffered, pay)
	acc.ETH.Add(&acc.ETH, pay)
	s.emitTransfer(sender, Address{}, amount, &shares)
	s.emit(Event{Kind: EvInstantWithdrawal, From: sender, Amount: *pay, Shares: shares})
	return nil
}

// chainCredit mirrors an execution-layer credit by the beacon chain (the
// withdrawals sweep, or priority fees and MEV to the fee recipient) into
// the pool's vault accounts. Only the sequencer issues it.
func (s *State) chainCredit(to Address, amount *uint256.Int) *Error {
	if to != s.vault && to != s.elRewardsVault {
		return reject(CodeInvalidRecipient, "chain credits go to the pool's vaults only, not %s", to)
	}
	if err := checkAmount(amount, "amount"); err != nil {
		return err
	}
	acc := s.account(to)
	acc.ETH.Add(&acc.ETH, amount)
	s.emit(Event{Kind: EvChainCredit, To: to, Amount: *amount})
	return nil
}

// transferWithdrawal moves request id to a new owner (the request is an
// ERC-721 token: whoever owns it claims it). Only the owner moves it, not
// once claimed, and never to the zero address or the pool's contracts.
func (s *State) transferWithdrawal(sender, to Address, id uint64) *Error {
	if err := s.checkRecipient(to); err != nil {
		return err
	}
	if id == 0 || id > uint64(len(s.queue)) {
		return reject(CodeUnknownRequest, "no withdrawal request %d", id)
	}
	q := &s.queue[id-1]
	if q.Owner != sender {
		return reject(CodeNotAuthorized, "request %d belongs to %s", id, q.Owner)
	}
	if q.Claimed {
		return reject(CodeAlreadyClaimed, "request %d was claimed (its token is burnt)", id)
	}
	q.Owner = to
	s.emit(Event{Kind: EvWithdrawalTransferred, Index: id, From: sender, To: to})
	return nil
}
