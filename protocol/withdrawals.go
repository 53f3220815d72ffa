package protocol

import (
	"slices"

	"github.com/holiman/uint256"
)

// MaxPerCall bounds the requests or claims in one command.
const MaxPerCall = 100

// MaxFinalizationBatches bounds the batches of one report (Lido's
// MAX_BATCHES_LENGTH).
const MaxFinalizationBatches = 36

// WithdrawalRequest is one queued request (Lido's unstETH). Its value is
// capped at StETH: a queued request earns nothing and bears losses.
type WithdrawalRequest struct {
	ID     uint64
	Owner  Address
	StETH  uint256.Int // stETH locked at request time
	Shares uint256.Int // shares locked (the stETH converted down)
	// Timestamp is the time of the block the request was made in;
	// ReportTimestamp the time of the last report's reference slot then
	// (requests of one report interval are batched together).
	Timestamp       uint64
	ReportTimestamp uint64
	// Finalized requests are worth Claimable: StETH, or Shares at the
	// finalizing report's share rate when that is lower (views only; the
	// state keeps the rate in a checkpoint).
	Finalized bool
	Claimable uint256.Int
	Claimed   bool
}

// checkpoint is a finalization's share rate for the requests from id on
// (Lido's Checkpoint).
type checkpoint struct {
	from uint64
	rate uint256.Int
}

// WithdrawalRequest returns a request by id.
func (s *State) WithdrawalRequest(id uint64) (WithdrawalRequest, bool) {
	if id == 0 || id > uint64(len(s.queue)) {
		return WithdrawalRequest{}, false
	}
	q := s.queue[id-1]
	if id <= s.finalized {
		q.Finalized = true
		q.Claimable = s.claimable(id)
	}
	return q, true
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

// requestRate is a request's (or batch's) share rate ⌊stETH × 1e27 /
// shares⌋ (Lido's _calcBatch).
func requestRate(stETH, shares *uint256.Int) uint256.Int {
	var r uint256.Int
	r.Mul(stETH, shareRatePrecision)
	return *r.Div(&r, shares) // rounded down
}

// discounted is shares × rate / 1e27, rounded down.
func discounted(shares, rate *uint256.Int) uint256.Int {
	var v uint256.Int
	v.Mul(shares, rate)
	return *v.Div(&v, shareRatePrecision)
}

// claimable is what finalized request id pays (Lido's
// _calculateClaimableEther): its stETH, or its shares at its checkpoint's
// rate when its own rate is above that (the pool lost value since).
func (s *State) claimable(id uint64) uint256.Int {
	q := &s.queue[id-1]
	i, found := slices.BinarySearchFunc(s.checkpoints, id, func(c checkpoint, id uint64) int {
		switch {
		case c.from < id:
			return -1
		case c.from > id:
			return 1
		}
		return 0
	})
	if !found {
		i--
	}
	cp := &s.checkpoints[i]
	if r := requestRate(&q.StETH, &q.Shares); r.Gt(&cp.rate) {
		return discounted(&q.Shares, &cp.rate)
	}
	return q.StETH
}

// requestWithdrawals locks stETH in the queue, one request per amount, for
// owner (the sender when zero). Each amount is within the request bounds.
func (s *State) requestWithdrawals(sender, owner Address, amounts []uint256.Int) *Error {
	if owner == (Address{}) {
		owner = sender
	}
	per, err := s.checkRequests(sender, owner, amounts, nil)
	if err != nil {
		return err
	}
	s.commitRequests(sender, owner, amounts, per)
	return nil
}

// checkRequests validates requests of amounts by sender for owner and
// returns each one's shares (the amount converted down). The shares come
// from the sender's balance, or from avail when it is given (the escrow's
// part held for one holder). The pause is checked last, as the queue
// contract meets it last (when the shares move).
func (s *State) checkRequests(sender, owner Address, amounts []uint256.Int, avail *uint256.Int) ([]uint256.Int, *Error) {
	if len(amounts) == 0 || len(amounts) > MaxPerCall {
		return nil, reject(CodeMalformed, "between 1 and %d requests per command, got %d", MaxPerCall, len(amounts))
	}
	if s.isPoolContract(owner) {
		return nil, reject(CodeTransferToPool, "%s is one of the pool's contracts and cannot own a withdrawal request", owner)
	}
	p := &s.params
	var total, shares uint256.Int
	per := make([]uint256.Int, len(amounts))
	for i := range amounts {
		a := &amounts[i]
		if a.Lt(&p.MinWithdrawal) || a.Gt(&p.MaxWithdrawal) {
			return nil, reject(CodeWithdrawalAmount, "request %d of %s is outside %s .. %s", i, eth(a), eth(&p.MinWithdrawal), eth(&p.MaxWithdrawal))
		}
		s.sharesByEth(&per[i], a)
		if per[i].IsZero() || !per[i].Lt(maxRequestShares) {
			return nil, reject(CodeWithdrawalAmount, "request %d of %s is worth %s shares, not in 1 .. 2^80 − 1", i, eth(a), per[i].Dec())
		}
		total.Add(&total, a)
		shares.Add(&shares, &per[i])
	}
	if avail == nil {
		acc := s.lookup(sender)
		if acc == nil || acc.Shares.Lt(&shares) {
			return nil, reject(CodeInsufficientBalance, "%s has %s stETH, cannot request %s", sender, s.balanceString(acc), eth(&total))
		}
	} else if avail.Lt(&shares) {
		return nil, reject(CodeInsufficientBalance, "%s holds %s shares for %s, cannot request %s", sender, avail.Dec(), owner, eth(&total))
	}
	if s.Paused(PauseWithdrawals) {
		return nil, reject(CodePaused, "withdrawal requests are paused by the emergency committee until %d", s.PausedUntil(PauseWithdrawals))
	}
	return per, nil
}

// commitRequests makes checked requests.
func (s *State) commitRequests(sender, owner Address, amounts, per []uint256.Int) {
	var shares uint256.Int
	for i := range per {
		shares.Add(&shares, &per[i])
	}
	s.moveShares(s.account(sender), s.account(s.queueAddr), &shares)
	reportTime := s.refTime(s.oracle.lastRefSlot)
	for i := range amounts {
		id := uint64(len(s.queue)) + 1
		s.queue = append(s.queue, WithdrawalRequest{ID: id, Owner: owner, StETH: amounts[i], Shares: per[i], Timestamp: s.time, ReportTimestamp: reportTime})
		s.unfinalized.Add(&s.unfinalized, &amounts[i])
		s.emitTransfer(sender, s.queueAddr, &amounts[i], &per[i])
		s.emit(Event{Kind: EvWithdrawalRequested, Index: id, From: sender, To: owner, Amount: amounts[i], Shares: per[i]})
	}
}

// maxRequestShares bounds a request's shares, and the withdrawal bounds
// its stETH: below 2^80 wei, 1.2 million ETH (the contract keeps a request
// in one storage slot: stETH and shares in 80 bits each).
var maxRequestShares = new(uint256.Int).Lsh(uint256.NewInt(1), 80)

// requestWithdrawalsWstETH queues requests paid in wstETH (Lido's
// requestWithdrawalsWstETH): each amount of wstETH is exactly that many
// shares (unwrapping is exact), its stETH their value rounded down, which
// must be within the request bounds. The wstETH is burnt and the shares
// move from the wrapper to the queue; no allowance is needed.
func (s *State) requestWithdrawalsWstETH(sender, owner Address, amounts []uint256.Int) *Error {
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
	var total uint256.Int
	per := make([]uint256.Int, len(amounts))
	for i := range amounts {
		a := &amounts[i]
		if !a.Lt(maxRequestShares) {
			return reject(CodeWithdrawalAmount, "request %d of %s wstETH is not below 2^80", i, a.Dec())
		}
		s.ethByShares(&per[i], a) // rounded down
		if per[i].Lt(&p.MinWithdrawal) || per[i].Gt(&p.MaxWithdrawal) {
			return reject(CodeWithdrawalAmount, "request %d of %s wstETH is worth %s, outside %s .. %s", i, a.Dec(), eth(&per[i]), eth(&p.MinWithdrawal), eth(&p.MaxWithdrawal))
		}
		total.Add(&total, a)
	}
	acc, err := s.holdingWstETH(sender, &total, "request")
	if err != nil {
		return err
	}
	if s.Paused(PauseWithdrawals) {
		return reject(CodePaused, "withdrawal requests are paused by the emergency committee until %d", s.PausedUntil(PauseWithdrawals))
	}
	acc.WstETH.Sub(&acc.WstETH, &total)
	s.wstSupply.Sub(&s.wstSupply, &total)
	var value uint256.Int
	for i := range per {
		value.Add(&value, &per[i])
	}
	s.emit(Event{Kind: EvUnwrap, From: sender, Amount: value, Shares: total})
	wst, queue := s.account(s.wstETHAddr), s.account(s.queueAddr)
	reportTime := s.refTime(s.oracle.lastRefSlot)
	for i := range amounts {
		s.moveShares(wst, queue, &amounts[i])
		id := uint64(len(s.queue)) + 1
		s.queue = append(s.queue, WithdrawalRequest{ID: id, Owner: owner, StETH: per[i], Shares: amounts[i], Timestamp: s.time, ReportTimestamp: reportTime})
		s.unfinalized.Add(&s.unfinalized, &per[i])
		s.emitTransfer(s.wstETHAddr, s.queueAddr, &per[i], &amounts[i])
		s.emit(Event{Kind: EvWithdrawalRequested, Index: id, From: sender, To: owner, Amount: per[i], Shares: amounts[i]})
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
	for _, id := range ids {
		if id == 0 || id > uint64(len(s.queue)) {
			return reject(CodeUnknownRequest, "no withdrawal request %d", id)
		}
		// Claimed first, as Lido's _claim (a claimed request's token is
		// burnt: it has no owner any more).
		q := &s.queue[id-1]
		if q.Claimed || slices.Contains(seen, id) {
			return reject(CodeAlreadyClaimed, "request %d was already claimed", id)
		}
		if q.Owner != sender {
			return reject(CodeNotAuthorized, "request %d belongs to %s", id, q.Owner)
		}
		if id > s.finalized {
			return reject(CodeNotFinalized, "request %d is not finalized yet (%d requests are)", id, s.finalized)
		}
		seen = append(seen, id)
	}
	dst := s.account(recipient)
	for _, id := range ids {
		q := &s.queue[id-1]
		v := s.claimable(id)
		q.Claimed = true
		s.lockedEther.Sub(&s.lockedEther, &v)
		dst.ETH.Add(&dst.ETH, &v)
		s.emit(Event{Kind: EvWithdrawalClaimed, Index: id, From: sender, To: recipient, Amount: v})
	}
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
	if q.Claimed {
		return reject(CodeAlreadyClaimed, "request %d was claimed (its token is burnt)", id)
	}
	if q.Owner != sender {
		return reject(CodeNotAuthorized, "request %d belongs to %s", id, q.Owner)
	}
	q.Owner = to
	s.emit(Event{Kind: EvWithdrawalTransferred, Index: id, From: sender, To: to})
	return nil
}

// prefinalize is what finalizing batches at rate locks and burns (Lido's
// prefinalize): per batch, its shares at the rate when the batch's own
// rate is above it (discounted: the pool lost value since the requests),
// else its stETH (nominal). The batches are checked: ascending, after the
// last finalized request, within the queue.
func (s *State) prefinalize(batches []uint64, rate *uint256.Int) (lock, shares, stETH uint256.Int, err *Error) {
	if rate.IsZero() {
		return lock, shares, stETH, reject(CodeSanityFinalization, "a report that finalizes needs a simulated share rate")
	}
	if len(batches) > MaxFinalizationBatches {
		return lock, shares, stETH, reject(CodeSanityFinalization, "%d batches, at most %d", len(batches), MaxFinalizationBatches)
	}
	prev := s.finalized
	for _, end := range batches {
		if end <= prev {
			return lock, shares, stETH, reject(CodeSanityFinalization, "batch end %d does not follow %d (batches ascend after the last finalized request)", end, prev)
		}
		if end > uint64(len(s.queue)) {
			return lock, shares, stETH, reject(CodeSanityFinalization, "request %d does not exist (last is %d)", end, len(s.queue))
		}
		var bs, bsh uint256.Int
		for id := prev + 1; id <= end; id++ {
			bs.Add(&bs, &s.queue[id-1].StETH)
			bsh.Add(&bsh, &s.queue[id-1].Shares)
		}
		if r := requestRate(&bs, &bsh); r.Gt(rate) {
			v := discounted(&bsh, rate)
			lock.Add(&lock, &v)
		} else {
			lock.Add(&lock, &bs)
		}
		shares.Add(&shares, &bsh)
		stETH.Add(&stETH, &bs)
		prev = end
	}
	return lock, shares, stETH, nil
}

// BatchesState is the state of a finalization-batches calculation carried
// from one call of CalculateFinalizationBatches to the next (Lido's
// BatchesCalculationState).
type BatchesState struct {
	RemainingBudget uint256.Int
	Finished        bool
	Batches         []uint64 // at most MaxFinalizationBatches
}

// CalculateFinalizationBatches walks the queue from where st left off
// (the first unfinalized request on the first call), at most
// maxRequestsPerCall requests per call, as Lido's
// calculateFinalizationBatches: it stops at a request made after
// maxTimestamp or one that no longer fits the budget (each request costs
// its stETH, or its shares at maxShareRate when its own rate is above
// that); consecutive requests join one batch when made in the same report
// interval or when both are above, or both at or below, the rate; a new
// batch once MaxFinalizationBatches are full stops the walk. Call it again
// with the returned state until Finished. It changes nothing; the bounded
// walk per call is what a contract's view can afford.
func (s *State) CalculateFinalizationBatches(maxShareRate *uint256.Int, maxTimestamp, maxRequestsPerCall uint64, st BatchesState) (BatchesState, error) {
	if st.Finished || st.RemainingBudget.IsZero() {
		return st, reject(CodeMalformed, "the calculation is finished or has no budget")
	}
	st.Batches = slices.Clone(st.Batches)
	var id uint64
	var prevRate uint256.Int
	var prevReport uint64
	if len(st.Batches) == 0 {
		id = s.finalized + 1
	} else {
		last := st.Batches[len(st.Batches)-1]
		id = last + 1
		q := &s.queue[last-1]
		prevRate = requestRate(&q.StETH, &q.Shares)
		prevReport = q.ReportTimestamp
	}
	next := id + maxRequestsPerCall
	end := uint64(len(s.queue)) + 1
	for id < end && id < next {
		q := &s.queue[id-1]
		if q.Timestamp > maxTimestamp {
			break
		}
		rate := requestRate(&q.StETH, &q.Shares)
		cost := q.StETH
		if rate.Gt(maxShareRate) {
			cost = discounted(&q.Shares, maxShareRate)
		}
		if cost.Gt(&st.RemainingBudget) {
			break
		}
		st.RemainingBudget.Sub(&st.RemainingBudget, &cost)
		sameSide := (!prevRate.Gt(maxShareRate) && !rate.Gt(maxShareRate)) || (prevRate.Gt(maxShareRate) && rate.Gt(maxShareRate))
		if len(st.Batches) != 0 && (prevReport == q.ReportTimestamp || sameSide) {
			st.Batches[len(st.Batches)-1] = id
		} else {
			if len(st.Batches) == MaxFinalizationBatches {
				break
			}
			st.Batches = append(st.Batches, id)
		}
		prevRate, prevReport = rate, q.ReportTimestamp
		id++
	}
	st.Finished = id == end || id < next
	return st, nil
}

// instantWithdraw pays amount of ETH at once from the liquid reserve, when
// the buffer not promised to the queue covers all of it. The shares burnt
// are the amount converted up (the pool's favour); a fee of
// InstantWithdrawalBP (rounded up) stays in the pool. Refused in bunker
// mode and to accounts that received stETH since the last report but one
// (the holding period that defeats the rebase sandwich; docs/oracle.md).
func (s *State) instantWithdraw(sender Address, amount *uint256.Int) *Error {
	if s.Paused(PauseWithdrawals) {
		return reject(CodePaused, "withdrawals are paused by the emergency committee until %d", s.PausedUntil(PauseWithdrawals))
	}
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

// DefaultMaxRequestsPerCall is how many requests one call of
// CalculateFinalizationBatches walks when members prepare a report.
const DefaultMaxRequestsPerCall = 1000

// PrepareFinalization fills r's SimulatedShareRate and Batches as every
// honest member computes them from the state (Lido's oracle: simulate the
// report with no finalization — in bunker mode without the execution-layer
// rewards — for the rate and the ETH available, then walk the queue with
// CalculateFinalizationBatches, maxPerCall requests a call, up to the
// requests made RequestTimestampMargin before the reference slot and, in
// bunker mode, before the bunker border). It changes nothing but r, and
// returns the rejection r would get without finalization.
func (s *State) PrepareFinalization(r *OracleReport, maxPerCall uint64) error {
	r.Batches = nil
	sim := *r
	if r.Bunker {
		sim.ELRewardsVault.Clear()
	}
	out, err := s.SimulateReport(&sim)
	if err != nil {
		return err
	}
	r.SimulatedShareRate = out.ShareRate
	if s.finalized == uint64(len(s.queue)) || out.Budget.IsZero() || out.ShareRate.IsZero() {
		return nil
	}
	maxTime := s.refTime(r.RefSlot)
	if maxTime < s.params.RequestTimestampMargin {
		return nil
	}
	maxTime -= s.params.RequestTimestampMargin
	if from, bunker := s.bunkerBorder(r); bunker {
		if from == 0 {
			return nil
		}
		maxTime = min(maxTime, from-1)
	}
	st := BatchesState{RemainingBudget: out.Budget}
	for !st.Finished && !st.RemainingBudget.IsZero() {
		if st, err = s.CalculateFinalizationBatches(&out.ShareRate, maxTime, max(maxPerCall, 1), st); err != nil {
			return err
		}
	}
	r.Batches = st.Batches
	return nil
}
