package protocol

import (
	"github.com/holiman/uint256"
)

// secondsPerYear is 365 days, as Lido's sanity checker counts a year.
const secondsPerYear = 365 * 24 * 3600

// UnlimitedRebase as MaxPositiveRebase turns the limiter off (Lido's
// UNLIMITED_REBASE, 2^64 − 1).
const UnlimitedRebase = 1<<64 - 1

// rebasePrecision is the precision of MaxPositiveRebase (1e9 = 100%).
const rebasePrecision = 1_000_000_000

// reportPlan is everything a report will change, computed and validated
// before anything is written.
type reportPlan struct {
	rec            ReportRecord
	postCL         uint256.Int
	withdrawals    uint256.Int // pulled from the withdrawal vault
	elRewards      uint256.Int // pulled from the execution-rewards vault
	insuranceBurn  uint256.Int // shares of the insurance fund burnt
	treasuryShares uint256.Int
	insuranceFee   uint256.Int
	opShares       []uint256.Int // per operator
	finalizeEth    []uint256.Int // per request finalized
	finalizeShares uint256.Int
	finalizeEther  uint256.Int
	stuck          []uint64
	// The post-report rate requests are finalized at (pooled ETH and total
	// shares before the finalization) and the ETH available to them.
	rateEther, rateShares, budget uint256.Int
}

// finalizedValue is what request q is worth when finalized at the rate
// p/s: min(locked stETH, shares × p / s rounded down).
func finalizedValue(q *WithdrawalRequest, p, s *uint256.Int) uint256.Int {
	var v uint256.Int
	v.Mul(&q.Shares, p)
	v.Div(&v, s) // rounded down
	if v.Gt(&q.StETH) {
		v.Set(&q.StETH)
	}
	return v
}

// Finalizable returns the last withdrawal request id that report r could
// finalize (r.FinalizeUpTo is ignored): the longest FIFO run of unfinalized
// requests whose values at the post-report rate (min(locked, shares × rate))
// fit in the buffer plus the report's vault pulls, stopping, when r.Bunker,
// at the first request made after the bunker border. It returns the current
// last finalized id when none can be, and the rejection when r itself would
// be rejected. Oracle members use it so that every honest member proposes
// the same FinalizeUpTo; it changes nothing.
func (s *State) Finalizable(r *OracleReport) (uint64, error) {
	c := *r
	c.FinalizeUpTo = 0
	plan, err := s.planReport(&c)
	if err != nil {
		return 0, err
	}
	bunkerFrom, bunker := s.bunkerBorder(r)
	var total uint256.Int
	id := s.finalized
	for ; id < uint64(len(s.queue)); id++ {
		q := &s.queue[id]
		if bunker && q.Timestamp >= bunkerFrom {
			break
		}
		v := finalizedValue(q, &plan.rateEther, &plan.rateShares)
		total.Add(&total, &v)
		if total.Gt(&plan.budget) {
			break
		}
	}
	return id, nil
}

// submitReport applies the agreed report in one atomic step: checks, CL
// update, vault pulls within the positive-rebase limit, insurance cover of
// losses, fees, withdrawal finalization, exits, rebase. Nothing is written
// unless every check passes.
func (s *State) submitReport(sender Address, r *OracleReport) *Error {
	if !s.isOracleMember(sender) {
		return reject(CodeNotAuthorized, "%s is not an oracle member", sender)
	}
	if err := s.checkFrame(r.RefSlot); err != nil {
		return err
	}
	if s.oracle.refSlot != r.RefSlot || s.oracle.consensus == ([32]byte{}) {
		return reject(CodeNoQuorum, "no report for reference slot %d has reached the quorum of %d", r.RefSlot, s.oracle.quorum)
	}
	if h := r.Hash(); h != s.oracle.consensus {
		return reject(CodeOracleHashMismatch, "report hash %s differs from the agreed %s", h.Hex(), s.oracle.consensus.Hex())
	}
	plan, err := s.planReport(r)
	if err != nil {
		return err
	}
	s.commitReport(r, plan)
	return nil
}

func (s *State) planReport(r *OracleReport) (*reportPlan, *Error) {
	p := &s.params
	prevRef := s.oracle.lastRefSlot
	elapsed := (r.RefSlot - prevRef) * s.chain.SecondsPerSlot
	if elapsed == 0 {
		elapsed = 1
	}
	// Validator counts.
	if r.Validators < s.clValidators {
		return nil, reject(CodeSanityValidators, "report sees %d validators, fewer than the %d already seen", r.Validators, s.clValidators)
	}
	if r.Validators > s.depositedValidators {
		return nil, reject(CodeSanityValidators, "report sees %d validators, more than the %d deposited", r.Validators, s.depositedValidators)
	}
	appeared := r.Validators - s.clValidators
	if mulOver(appeared, 86400, p.AppearedPerDay, elapsed) {
		return nil, reject(CodeSanityAppeared, "%d validators appeared in %d s, above the limit of %d a day", appeared, elapsed, p.AppearedPerDay)
	}
	// Exited counts only grow, never past deposited, at most ExitedPerDay.
	var newlyExited uint64
	for i, e := range r.Exited {
		if i > 0 && e.Operator <= r.Exited[i-1].Operator {
			return nil, reject(CodeMalformed, "exited counts must be in ascending operator order")
		}
		op, err := s.operator(e.Operator)
		if err != nil {
			return nil, err
		}
		if e.Count < op.Exited {
			return nil, reject(CodeSanityExited, "operator %d exited count would fall from %d to %d", e.Operator, op.Exited, e.Count)
		}
		if e.Count > op.Deposited {
			return nil, reject(CodeSanityExited, "operator %d cannot have %d exited of %d deposited", e.Operator, e.Count, op.Deposited)
		}
		newlyExited += e.Count - op.Exited
	}
	if mulOver(newlyExited, 86400, p.ExitedPerDay, elapsed) {
		return nil, reject(CodeSanityExited, "%d validators exited in %d s, above the limit of %d a day", newlyExited, elapsed, p.ExitedPerDay)
	}
	// Vault balances cannot exceed what the chain credited.
	if v := s.ethOf(s.vault); r.WithdrawalVault.Gt(v) {
		return nil, reject(CodeSanityVault, "withdrawal vault reported %s, holds %s", eth(&r.WithdrawalVault), eth(v))
	}
	if v := s.ethOf(s.elRewardsVault); r.ELRewardsVault.Gt(v) {
		return nil, reject(CodeSanityVault, "execution-rewards vault reported %s, holds %s", eth(&r.ELRewardsVault), eth(v))
	}
	// Consensus-layer balance, against the last one plus 32 ETH per
	// appeared validator: the one-off decrease counts the withdrawal vault
	// (a sweep moves balance there), the annualised increase the balance
	// alone, as Lido's OracleReportSanityChecker does (skimmed rewards in
	// the vault are smoothed by the limiter, not refused).
	var preCL, postCL, seen uint256.Int
	preCL.Mul(uint256.NewInt(appeared), DepositSizeWei)
	preCL.Add(&preCL, &s.clBalance)
	postCL.Set(units64ToWei(uint64(r.Balance)))
	seen.Add(&postCL, &r.WithdrawalVault)
	if seen.Lt(&preCL) {
		var dec, lhs, rhs uint256.Int
		dec.Sub(&preCL, &seen)
		lhs.Mul(&dec, uint256.NewInt(BP))
		rhs.Mul(&preCL, uint256.NewInt(p.OneOffDecreaseBP))
		if lhs.Gt(&rhs) {
			return nil, reject(CodeSanityDecrease, "consensus balance fell by %s of %s, above the one-off limit of %d bp", eth(&dec), eth(&preCL), p.OneOffDecreaseBP)
		}
	}
	if postCL.Gt(&preCL) {
		var inc, lhs, rhs uint256.Int
		inc.Sub(&postCL, &preCL)
		lhs.Mul(&inc, uint256.NewInt(BP*secondsPerYear))
		rhs.Mul(&preCL, uint256.NewInt(p.AnnualIncreaseBP))
		rhs.Mul(&rhs, uint256.NewInt(elapsed))
		if lhs.Gt(&rhs) {
			return nil, reject(CodeSanityIncrease, "consensus balance grew by %s of %s in %d s, above the annual limit of %d bp", eth(&inc), eth(&preCL), elapsed, p.AnnualIncreaseBP)
		}
	}
	// Exit requests: next keys in index order, within deposited keys.
	var exitCount uint64
	for i, e := range r.ExitRequests {
		if i > 0 && e.Operator <= r.ExitRequests[i-1].Operator {
			return nil, reject(CodeMalformed, "exit requests must be in ascending operator order")
		}
		op, err := s.operator(e.Operator)
		if err != nil {
			return nil, err
		}
		if e.Count == 0 || op.ExitRequested+e.Count > op.Deposited {
			return nil, reject(CodeSanityExitRequests, "operator %d has %d deposited, %d already asked to exit; cannot ask %d more", e.Operator, op.Deposited, op.ExitRequested, e.Count)
		}
		exitCount += e.Count
	}
	if exitCount > p.MaxExitRequests {
		return nil, reject(CodeSanityExitRequests, "%d exit requests, above the limit of %d per report", exitCount, p.MaxExitRequests)
	}
	for i, st := range r.Stats {
		if i > 0 && st.Operator <= r.Stats[i-1].Operator {
			return nil, reject(CodeMalformed, "operator stats must be in ascending operator order")
		}
		if _, err := s.operator(st.Operator); err != nil {
			return nil, err
		}
	}

	plan := &reportPlan{postCL: postCL, stuck: make([]uint64, len(s.operators))}
	exitedNow := make([]uint64, len(s.operators))
	for i, o := range s.operators {
		exitedNow[i] = o.Exited
	}
	for _, e := range r.Exited {
		exitedNow[e.Operator] = e.Count
	}
	for i, o := range s.operators {
		plan.stuck[i] = o.stuckAt(r.RefSlot, exitedNow[i], p.ExitDeadlineSlots)
	}
	rec := &plan.rec
	rec.RefSlot, rec.PrevRefSlot, rec.Block, rec.Hash, rec.Bunker = r.RefSlot, prevRef, s.block, s.oracle.consensus, r.Bunker
	preP := s.TotalPooledEther()
	preS := s.totalShares
	rec.PreTotalEther, rec.PreTotalShares = *preP, preS

	// Pooled ether once the beacon balance is updated.
	var cur uint256.Int
	cur.Mul(uint256.NewInt(s.depositedValidators-r.Validators), DepositSizeWei)
	cur.Add(&cur, &s.buffered)
	cur.Add(&cur, &postCL)
	// Positive-rebase limiter: pulls from the vaults stop at maxP; the
	// rest waits in the vaults for later reports.
	var maxP uint256.Int
	maxP.Mul(preP, uint256.NewInt(p.MaxPositiveRebase))
	maxP.Div(&maxP, uint256.NewInt(rebasePrecision)) // rounded down: less may be pulled
	maxP.Add(&maxP, preP)
	unlimited := p.MaxPositiveRebase == UnlimitedRebase
	pull := func(dst, avail *uint256.Int) {
		if unlimited {
			dst.Set(avail)
			cur.Add(&cur, dst)
			return
		}
		if !cur.Lt(&maxP) {
			return
		}
		room := new(uint256.Int).Sub(&maxP, &cur)
		dst.Set(avail)
		if dst.Gt(room) {
			dst.Set(room)
		}
		cur.Add(&cur, dst)
	}
	pull(&plan.withdrawals, &r.WithdrawalVault)
	pull(&plan.elRewards, &r.ELRewardsVault)
	rec.WithdrawalsPull, rec.ELRewardsPull = plan.withdrawals, plan.elRewards

	shares := preS
	switch {
	case cur.Lt(preP):
		// A loss: the insurance fund's shares are burnt so that the rate
		// for everyone else returns toward the pre-report rate; what the
		// fund cannot cover is socialized. Burn S − ⌈cur × S / P_pre⌉,
		// rounded so that the fund never pays more than the loss.
		var keep, rem uint256.Int
		keep.Mul(&cur, &shares)
		keep.DivMod(&keep, preP, &rem)
		if !rem.IsZero() {
			keep.AddUint64(&keep, 1)
		}
		burn := new(uint256.Int).Sub(&shares, &keep)
		if ins := s.sharesOf(s.insurance); burn.Gt(ins) {
			burn.Set(ins)
		}
		plan.insuranceBurn = *burn
		rec.InsuranceCover.Mul(burn, preP)
		rec.InsuranceCover.Div(&rec.InsuranceCover, &shares)
		shares.Sub(&shares, burn)
	case cur.Gt(preP):
		// Rewards: consensus side (balance + withdrawals pulled − last
		// balance − 32 ETH per appeared validator) plus execution rewards
		// pulled, which is the growth of pooled ETH — also when the
		// consensus side alone fell. The fee is minted as shares worth
		// FeeBP of them, rounded down: fee = R × fee × S / (P × 10000 − R × fee).
		var rewards, num, den uint256.Int
		rewards.Sub(&cur, preP)
		rec.Rewards = rewards
		num.Mul(&rewards, uint256.NewInt(p.FeeBP))
		den.Mul(&cur, uint256.NewInt(BP))
		den.Sub(&den, &num)
		num.Mul(&num, &shares)
		var fee uint256.Int
		if !den.IsZero() {
			fee.Div(&num, &den)
		}
		rec.FeeShares = fee
		s.splitFee(plan, &fee, r)
		shares.Add(&shares, &plan.treasuryShares)
		shares.Add(&shares, &plan.insuranceFee)
		for i := range plan.opShares {
			shares.Add(&shares, &plan.opShares[i])
		}
	}

	// Withdrawal finalization at min(locked amount, value at the post-report
	// rate), FIFO, within the buffer.
	plan.rateEther, plan.rateShares = cur, shares
	plan.budget.Add(&s.buffered, &plan.withdrawals)
	plan.budget.Add(&plan.budget, &plan.elRewards)
	if r.FinalizeUpTo > s.finalized {
		if r.FinalizeUpTo > uint64(len(s.queue)) {
			return nil, reject(CodeSanityFinalization, "request %d does not exist (last is %d)", r.FinalizeUpTo, len(s.queue))
		}
		bunkerFrom, bunker := s.bunkerBorder(r)
		budget := &plan.budget
		for id := s.finalized + 1; id <= r.FinalizeUpTo; id++ {
			q := &s.queue[id-1]
			if bunker && q.Timestamp >= bunkerFrom {
				return nil, reject(CodeSanityFinalization, "request %d was made at %d, once bunker mode had begun (%d): it waits", id, q.Timestamp, bunkerFrom)
			}
			v := finalizedValue(q, &cur, &shares)
			plan.finalizeEth = append(plan.finalizeEth, v)
			plan.finalizeEther.Add(&plan.finalizeEther, &v)
			plan.finalizeShares.Add(&plan.finalizeShares, &q.Shares)
		}
		if plan.finalizeEther.Gt(budget) {
			return nil, reject(CodeSanityFinalization, "finalizing up to request %d needs %s, the buffer has %s", r.FinalizeUpTo, eth(&plan.finalizeEther), eth(budget))
		}
		cur.Sub(&cur, &plan.finalizeEther)
		shares.Sub(&shares, &plan.finalizeShares)
		rec.FinalizedUpTo, rec.EtherLocked = r.FinalizeUpTo, plan.finalizeEther
	}
	rec.PostTotalEther, rec.PostTotalShare = cur, shares
	rec.APR = aprPPB(preP, &preS, &cur, &shares, elapsed)
	return plan, nil
}

// bunkerBorder says whether bunker mode holds for this report's
// finalization and the timestamp from which requests must wait: the
// alert's block time, the start of an ongoing bunker, or else the previous
// reference slot's time (Lido's bunkerModeSinceTimestamp). Requests made
// at the border itself wait too: one in the same block as the alert may
// have been ordered after it.
func (s *State) bunkerBorder(r *OracleReport) (uint64, bool) {
	o := &s.oracle
	switch {
	case !r.Bunker:
		return 0, false // the committee's quorum says losses are over
	case o.bunker:
		return o.bunkerSince, true // an alert during it does not move the border
	case o.alert:
		return o.alertTime, true
	}
	return s.refTime(o.lastRefSlot), true
}

// splitFee divides the fee shares: insurance and operators by their
// shares of the fee (operators pro rata to active validators, rounded
// down; a stuck operator's part cut by StuckPenaltyBP and not minted), the
// treasury the rest of the fee.
func (s *State) splitFee(plan *reportPlan, fee *uint256.Int, r *OracleReport) {
	p := &s.params
	plan.insuranceFee.Mul(fee, uint256.NewInt(p.InsuranceFeeShareBP))
	plan.insuranceFee.Div(&plan.insuranceFee, uint256.NewInt(BP))
	var opsTotal uint256.Int
	opsTotal.Mul(fee, uint256.NewInt(p.OperatorsFeeShareBP))
	opsTotal.Div(&opsTotal, uint256.NewInt(BP))
	exited := make([]uint64, len(s.operators))
	for i, o := range s.operators {
		exited[i] = o.Exited
	}
	for _, e := range r.Exited {
		exited[e.Operator] = e.Count
	}
	var totalActive uint64
	for i, o := range s.operators {
		if o.Active {
			totalActive += o.Deposited - exited[i]
		}
	}
	plan.opShares = make([]uint256.Int, len(s.operators))
	treasury := new(uint256.Int).Sub(fee, &plan.insuranceFee)
	if totalActive == 0 {
		plan.treasuryShares = *treasury
		return
	}
	treasury.Sub(treasury, &opsTotal)
	for i, o := range s.operators {
		if !o.Active {
			continue
		}
		v := &plan.opShares[i]
		v.Mul(&opsTotal, uint256.NewInt(o.Deposited-exited[i]))
		v.Div(v, uint256.NewInt(totalActive))
		if plan.stuck[i] > 0 {
			cut := new(uint256.Int).Mul(v, uint256.NewInt(p.StuckPenaltyBP))
			cut.Div(cut, uint256.NewInt(BP))
			v.Sub(v, cut) // the cut is not minted: it stays with the holders
		}
	}
	plan.treasuryShares = *treasury
}

// stuckAt counts exit requests older than the deadline at refSlot that the
// operator's exits have not yet covered (operators exit oldest first).
func (o *Operator) stuckAt(refSlot, exited, deadline uint64) uint64 {
	var overdue uint64
	for _, q := range o.exitRequests {
		if q.slot+deadline < refSlot {
			overdue++
		}
	}
	if overdue > exited {
		return overdue - exited
	}
	return 0
}

func (s *State) commitReport(r *OracleReport, plan *reportPlan) {
	o := &s.oracle
	rec := &plan.rec
	s.emit(Event{Kind: EvReportPre, Index: r.RefSlot, Amount: rec.PreTotalEther, Shares: rec.PreTotalShares})
	// Beacon balance and validators.
	s.clValidators = r.Validators
	s.clBalance = plan.postCL
	// Vault pulls.
	s.pullVault(s.vault, &plan.withdrawals)
	s.pullVault(s.elRewardsVault, &plan.elRewards)
	// Insurance cover.
	if !plan.insuranceBurn.IsZero() {
		s.burnShares(s.insurance, &plan.insuranceBurn)
		s.emit(Event{Kind: EvInsuranceCover, From: s.insurance, Amount: rec.InsuranceCover, Shares: plan.insuranceBurn})
	}
	// Fees.
	s.mintFee(s.treasury, &plan.treasuryShares, 0, false)
	s.mintFee(s.insurance, &plan.insuranceFee, 0, false)
	for i, v := range plan.opShares {
		op := s.operators[i]
		if !v.IsZero() {
			s.mintFee(op.RewardAddress, &v, op.ID, true)
			op.RewardShares.Add(&op.RewardShares, &v)
		}
	}
	for i, st := range plan.stuck {
		s.operators[i].Stuck = st
	}
	// Finalization.
	if len(plan.finalizeEth) > 0 {
		first := s.finalized + 1
		for i, v := range plan.finalizeEth {
			q := &s.queue[s.finalized+uint64(i)]
			q.Claimable = v
			q.Finalized = true
			s.unfinalized.Sub(&s.unfinalized, &q.StETH)
		}
		s.burnShares(s.queueAddr, &plan.finalizeShares)
		s.buffered.Sub(&s.buffered, &plan.finalizeEther)
		s.lockedEther.Add(&s.lockedEther, &plan.finalizeEther)
		s.finalized = r.FinalizeUpTo
		s.emit(Event{Kind: EvWithdrawalsFinalized, Index: first, Count: r.FinalizeUpTo, Amount: plan.finalizeEther, Shares: plan.finalizeShares})
	}
	// Exits and exit requests.
	for _, e := range r.Exited {
		s.operators[e.Operator].Exited = e.Count
	}
	for _, e := range r.ExitRequests {
		op := s.operators[e.Operator]
		for k := uint64(0); k < e.Count; k++ {
			op.exitRequests = append(op.exitRequests, exitRequest{keyIndex: op.ExitRequested, slot: r.RefSlot})
			s.emit(Event{Kind: EvExitRequested, Operator: op.ID, Index: op.ExitRequested})
			op.ExitRequested++
		}
	}
	// Keep only requests not yet covered by exits (operators exit oldest first).
	for _, op := range s.operators {
		drop := 0
		for drop < len(op.exitRequests) && op.exitRequests[drop].keyIndex < op.Exited {
			drop++
		}
		if drop > 0 {
			op.exitRequests = append(op.exitRequests[:0:0], op.exitRequests[drop:]...)
		}
	}
	for _, st := range r.Stats {
		op := s.operators[st.Operator]
		op.MissedAttestations += st.MissedAttestations
		op.MissedProposals += st.MissedProposals
		op.Slashed += st.Slashed
	}
	// Bunker mode.
	if r.Bunker {
		if since, _ := s.bunkerBorder(r); !o.bunker {
			o.bunkerSince = since
		}
	}
	o.bunker = r.Bunker
	o.alert = false
	// Records.
	o.lastRefSlot = r.RefSlot
	o.reportsApplied++
	o.votes, o.consensus = nil, [32]byte{}
	// Keep between maxReportsKept and twice as many: trimming in batches
	// keeps a report's cost flat (no copy of the history every report).
	o.reports = append(o.reports, *rec)
	if len(o.reports) >= 2*maxReportsKept {
		o.reports = o.reports[:copy(o.reports, o.reports[len(o.reports)-maxReportsKept:])]
	}
	var post uint256.Int
	s.pooled(&post)
	s.emit(Event{Kind: EvTokenRebased, Index: r.RefSlot, Amount: post, Shares: s.totalShares, Count: uint64(rec.APR)})
}

func (s *State) pullVault(vault Address, amt *uint256.Int) {
	if amt.IsZero() {
		return
	}
	acc := s.account(vault)
	acc.ETH.Sub(&acc.ETH, amt)
	s.buffered.Add(&s.buffered, amt)
	s.emit(Event{Kind: EvVaultPulled, From: vault, Amount: *amt})
}

func (s *State) burnShares(from Address, shares *uint256.Int) {
	acc := s.account(from)
	acc.Shares.Sub(&acc.Shares, shares)
	s.totalShares.Sub(&s.totalShares, shares)
	s.emit(Event{Kind: EvSharesBurnt, From: from, Shares: *shares})
}

func (s *State) mintFee(to Address, shares *uint256.Int, op OperatorID, isOp bool) {
	if shares.IsZero() {
		return
	}
	acc := s.account(to)
	acc.Shares.Add(&acc.Shares, shares)
	acc.LastInflow = s.oracle.reportsApplied + 1 // counts from this report
	s.totalShares.Add(&s.totalShares, shares)
	e := Event{Kind: EvFeeMinted, To: to, Shares: *shares}
	if isOp {
		e.Operator, e.Count = op, 1
	}
	s.emit(e)
}

func (s *State) ethOf(a Address) *uint256.Int {
	if acc := s.accounts[a]; acc != nil {
		return &acc.ETH
	}
	return new(uint256.Int)
}

func (s *State) sharesOf(a Address) *uint256.Int {
	if acc := s.accounts[a]; acc != nil {
		return &acc.Shares
	}
	return new(uint256.Int)
}

func units64ToWei(g uint64) *uint256.Int {
	return new(uint256.Int).Mul(uint256.NewInt(g), uint256.NewInt(1e9))
}

// mulOver reports whether a × b > c × d without overflow.
func mulOver(a, b, c, d uint64) bool {
	var l, r uint256.Int
	l.Mul(uint256.NewInt(a), uint256.NewInt(b))
	r.Mul(uint256.NewInt(c), uint256.NewInt(d))
	return l.Gt(&r)
}

// aprPPB is the annualised change of the share rate between (p0, s0) and
// (p1, s1) over elapsed seconds, in parts per billion (signed):
// (p1/s1 ÷ p0/s0 − 1) × year / elapsed.
func aprPPB(p0, s0, p1, s1 *uint256.Int, elapsed uint64) int64 {
	if s0.IsZero() || s1.IsZero() || p0.IsZero() || elapsed == 0 {
		return 0
	}
	// ratio = p1 × s0 / (p0 × s1), in 1e18 fixed point.
	var num, den uint256.Int
	num.Mul(p1, s0)
	den.Mul(p0, s1)
	one := uint256.NewInt(1e18)
	var ratio uint256.Int
	if _, over := ratio.MulDivOverflow(&num, one, &den); over {
		return 0
	}
	neg := ratio.Lt(one)
	var d uint256.Int
	if neg {
		d.Sub(one, &ratio)
	} else {
		d.Sub(&ratio, one)
	}
	// ppb = d × 1e9 × year / (1e18 × elapsed)
	d.Mul(&d, uint256.NewInt(secondsPerYear))
	d.Div(&d, uint256.NewInt(elapsed))
	d.Div(&d, uint256.NewInt(1e9))
	if !d.IsUint64() || d.Uint64() > 1<<62 {
		d.SetUint64(1 << 62)
	}
	if neg {
		return -int64(d.Uint64())
	}
	return int64(d.Uint64())
}

// APR is the pool's annualised yield to stETH holders, net of fees, in parts
// per billion (1e9 = 100%): of the last report, over the reports of the last
// 7 days, and since genesis (docs/oracle.md, "APR").
type APR struct {
	Latest, Week, Inception int64
}

// APR computes the three APR figures from the kept report records.
func (s *State) APR() APR {
	var a APR
	rs := s.oracle.reports
	if len(rs) == 0 {
		return a
	}
	last := rs[len(rs)-1]
	a.Latest = last.APR
	sps := s.chain.SecondsPerSlot
	weekSlots := 7 * 86400 / sps
	first := len(rs) - 1
	for first > 0 && last.RefSlot-rs[first-1].PrevRefSlot <= weekSlots {
		first--
	}
	w := rs[first]
	a.Week = aprPPB(&w.PreTotalEther, &w.PreTotalShares, &last.PostTotalEther, &last.PostTotalShare, (last.RefSlot-w.PrevRefSlot)*sps)
	// Since the pool's genesis the rate started at exactly 1.
	one := uint256.NewInt(1)
	var since uint64
	if t := s.refTime(last.RefSlot); t > s.created {
		since = t - s.created
	}
	a.Inception = aprPPB(one, one, &last.PostTotalEther, &last.PostTotalShare, since)
	return a
}
