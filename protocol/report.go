// Long file: a report's compute-validate-commit in one place, in Lido's
// order step by step (docs/oracle.md walks through it); the contracts'
// Oracle._plan follows it line for line.

package protocol

import (
	"github.com/holiman/uint256"
)

// Applying an oracle report, in Lido's order (Lido.handleOracleReport,
// V2, with its sanity checker): compute the whole post-state, validate it,
// then commit — a failed check leaves nothing behind. docs/oracle.md walks
// through it; the contracts follow it step for step.

// reportPlan is everything a report will change, computed and validated
// before anything is written.
type reportPlan struct {
	rec      ReportRecord
	elapsed  uint64
	preCL    uint256.Int // last balance + 32 ETH per appeared validator
	postCL   uint256.Int
	negative uint256.Int // this report's negative consensus rebase (LIP-23)
	exited   uint64      // total exited validators after the report
	// Finalization: ETH locked, shares of the finalized requests (burnt
	// through the burner), their stETH, the last id.
	lock, wqShares, wqStETH uint256.Int
	lastFinalized           uint64
	// The insurance fund's shares requested as cover for a loss.
	cover uint256.Int
	// The limiter's verdict: vault pulls and shares to burn.
	smooth smoothing
	// Fees: shares minted to the treasury, the insurance fund, each
	// operator, and each stuck operator's withheld half (minted to the
	// burner as a non-cover request).
	treasuryShares, insuranceFee uint256.Int
	opShares, opPenalty          []uint256.Int
	// Per operator after the report: stuck count and penalty end.
	stuck      []uint64
	penaltyEnd []uint64
	// Modules that are not curated (by module index; nil for curated
	// ones): their report entries, their plans, their operators' mints.
	hooked    []*ModuleReport
	hookPlans []ModuleReportPlan
	hookMints [][]RewardMint
	// Execution-reward debts and the fee shares withheld for them.
	el elCharges
	// Post totals.
	postP, postS uint256.Int
}

// submitReport applies the agreed report in one atomic step. Only a member
// submits, the report's hash must have reached the quorum for the current
// frame, and every check must pass.
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

// Simulation is what a report would give if applied now with no
// finalization (Lido's eth_call of handleOracleReport with empty batches):
// the share rate members put in the report (SimulatedShareRate) and the ETH
// its finalization may use (the buffer and the vault pulls).
type Simulation struct {
	ShareRate  uint256.Int // post pooled ETH × 1e27 / post shares, rounded down
	Budget     uint256.Int
	PostEther  uint256.Int
	PostShares uint256.Int
}

// SimulateReport runs r without batches: its outcome or its rejection (a
// reference slot not after the last report's is refused; no other frame
// check). It changes nothing. In bunker mode members simulate without the
// EL rewards (as Lido's oracle): those who leave in losses do not take them.
func (s *State) SimulateReport(r *OracleReport) (Simulation, error) {
	if r.RefSlot <= s.oracle.lastRefSlot {
		return Simulation{}, reject(CodeOracleAlreadyProcessed, "reference slot %d is not after the last report's %d", r.RefSlot, s.oracle.lastRefSlot)
	}
	c := *r
	c.Batches = nil
	var out Simulation
	plan, err := s.planReport(&c)
	if err != nil {
		return out, err
	}
	out.PostEther, out.PostShares = plan.postP, plan.postS
	if !plan.postS.IsZero() {
		out.ShareRate.Mul(&plan.postP, shareRatePrecision)
		out.ShareRate.Div(&out.ShareRate, &plan.postS) // rounded down
	}
	out.Budget.Add(&s.buffered, &plan.smooth.withdrawals)
	out.Budget.Add(&out.Budget, &plan.smooth.elRewards)
	return out, nil
}

func (s *State) planReport(r *OracleReport) (*reportPlan, *Error) {
	p := &s.params
	plan := &reportPlan{}
	prevRef := s.oracle.lastRefSlot
	plan.elapsed = (r.RefSlot - prevRef) * s.chain.SecondsPerSlot
	reportTime := s.refTime(r.RefSlot)

	// 1. The consensus side: validators seen never fall, never pass the
	// deposits; exited counts only grow, never past deposits.
	if r.Validators < s.clValidators {
		return nil, reject(CodeSanityValidators, "report sees %d validators, fewer than the %d already seen", r.Validators, s.clValidators)
	}
	if r.Validators > s.depositedValidators {
		return nil, reject(CodeSanityValidators, "report sees %d validators, more than the %d deposited", r.Validators, s.depositedValidators)
	}
	appeared := r.Validators - s.clValidators
	// Every curated module's operators, by global id (module 1's alone
	// while the router has one module).
	all, starts := s.allOperators()
	exitedNow := make([]uint64, len(all))
	for i, o := range all {
		exitedNow[i] = o.Exited
	}
	var newlyExited uint64
	for i, e := range r.Exited {
		if i > 0 && e.Operator <= r.Exited[i-1].Operator {
			return nil, reject(CodeMalformed, "exited counts must be in ascending operator order")
		}
		if s.hooked(e.Operator) {
			continue // its module checks it (planHooked)
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
		exitedNow[flatIndex(e.Operator, starts)] = e.Count
	}
	for _, n := range exitedNow {
		plan.exited += n
	}
	if err := s.planHooked(r, plan); err != nil {
		return nil, err
	}
	for i := range plan.hookPlans {
		newlyExited += plan.hookPlans[i].NewlyExited
		plan.exited += plan.hookPlans[i].ExitedAfter
	}
	if err := checkExitedEth(newlyExited, s.validatorWeight(), plan.elapsed, p.ExitedEthPerDay); err != nil {
		return nil, err
	}
	plan.preCL.Mul(uint256.NewInt(appeared), DepositSizeWei)
	plan.preCL.Add(&plan.preCL, &s.clBalance)
	plan.postCL.Mul(uint256.NewInt(uint64(r.Balance)), uint256.NewInt(gweiWei))

	// 2. Sanity checks in Lido's order: the vaults and the burner hold at
	// least what is reported; LIP-23's negative rebase; the annual
	// increase of the balance alone; the ETH of appeared validators.
	if v := s.ethOf(s.vault); r.WithdrawalVault.Gt(v) {
		return nil, reject(CodeSanityVault, "withdrawal vault reported %s, holds %s", eth(&r.WithdrawalVault), eth(v))
	}
	if v := s.ethOf(s.elRewardsVault); r.ELRewardsVault.Gt(v) {
		return nil, reject(CodeSanityVault, "execution-rewards vault reported %s, holds %s", eth(&r.ELRewardsVault), eth(v))
	}
	if pend := s.burn.pending(); r.SharesRequestedToBurn.Gt(&pend) {
		return nil, reject(CodeSanityBurn, "%s shares reported requested to burn, the burner holds %s", r.SharesRequestedToBurn.Dec(), pend.Dec())
	}
	var seen uint256.Int
	seen.Add(&plan.postCL, &r.WithdrawalVault)
	if seen.Lt(&plan.preCL) {
		plan.negative.Sub(&plan.preCL, &seen)
		rs := append(s.oracle.rebases[:len(s.oracle.rebases):len(s.oracle.rebases)], rebaseRecord{time: reportTime, exited: plan.exited, negative: plan.negative})
		sum := negativeRebaseSum(rs, reportTime-min(reportTime, negativeRebaseWindow))
		allowed := negativeRebaseAllowance(rs, reportTime, r.Validators, p.InitialSlashingPWei, p.InactivityPenaltiesPWei)
		if sum.Gt(&allowed) {
			if s.oracle.secondOpinion == (Address{}) {
				return nil, reject(CodeSanityDecrease, "negative rebases of %s over 18 days, above LIP-23's allowance of %s", eth(&sum), eth(&allowed))
			}
			if err := checkSecondOpinion(&s.oracle.opinion, s.oracle.hasOpinion, r.RefSlot, &plan.postCL, &r.WithdrawalVault, p.SecondOpinionErrorBP); err != nil {
				return nil, err
			}
		}
	}
	if err := checkAnnualIncrease(&plan.preCL, &plan.postCL, plan.elapsed, p.AnnualIncreaseBP); err != nil {
		return nil, err
	}
	if err := checkAppearedEth(appeared, plan.elapsed, p.AppearedEthPerDay); err != nil {
		return nil, err
	}

	// 3. Exit requests (each operator's next keys, within its deposits)
	// and scorecards.
	var exitCount uint64
	for i, e := range r.ExitRequests {
		if i > 0 && e.Operator <= r.ExitRequests[i-1].Operator {
			return nil, reject(CodeMalformed, "exit requests must be in ascending operator order")
		}
		if s.hooked(e.Operator) {
			if err := s.checkHookedExitRequest(e); err != nil {
				return nil, err
			}
			exitCount += e.Count
			continue
		}
		op, err := s.operator(e.Operator)
		if err != nil {
			return nil, err
		}
		if e.Count == 0 || e.Count > op.Deposited-op.ExitRequested { // ExitRequested ≤ Deposited: no overflow
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
		if s.hooked(st.Operator) {
			continue
		}
		if _, err := s.operator(st.Operator); err != nil {
			return nil, err
		}
	}
	if err := s.checkELRewardsCharges(r); err != nil {
		return nil, err
	}
	if err := s.checkWithdrawn(r); err != nil {
		return nil, err
	}

	// 4. Finalization (Lido's prefinalize) at the simulated share rate:
	// only requests made at least RequestTimestampMargin before the
	// reference slot, and, in bunker mode, before the bunker border.
	preP := s.TotalPooledEther()
	preS := s.totalShares
	if len(r.Batches) > 0 {
		last := r.Batches[len(r.Batches)-1]
		if last > s.finalized && last <= uint64(len(s.queue)) {
			q := &s.queue[last-1]
			if reportTime < q.Timestamp+p.RequestTimestampMargin {
				return nil, reject(CodeSanityFinalization, "request %d was made at %d, less than %d s before the reference slot's time %d", last, q.Timestamp, p.RequestTimestampMargin, reportTime)
			}
			if from, bunker := s.bunkerBorder(r); bunker && q.Timestamp >= from {
				return nil, reject(CodeSanityFinalization, "request %d was made at %d, once bunker mode had begun (%d): it waits", last, q.Timestamp, from)
			}
		}
		var err *Error
		if plan.lock, plan.wqShares, plan.wqStETH, err = s.prefinalize(r.Batches, &r.SimulatedShareRate); err != nil {
			return nil, err
		}
		plan.lastFinalized = last
	}

	// 5. A loss (pooled ETH after the consensus side and the vaults below
	// what it was) is covered by the insurance fund: its shares, as many
	// as bring the rate back to the pre-report rate — S − ⌈cur × S / P⌉,
	// rounded so that the fund never pays more than the loss — at most all
	// it holds, are requested to burn as cover.
	var gained uint256.Int
	gained.Add(&plan.postCL, &r.WithdrawalVault)
	gained.Add(&gained, &r.ELRewardsVault)
	if gained.Lt(&plan.preCL) {
		var cur, keep, rem uint256.Int
		cur.Sub(&plan.preCL, &gained)
		cur.Sub(preP, &cur)
		keep.Mul(&cur, &preS)
		keep.DivMod(&keep, preP, &rem)
		if !rem.IsZero() {
			keep.AddUint64(&keep, 1) // rounded up: the fund pays no more than the loss
		}
		plan.cover.Sub(&preS, &keep)
		if ins := s.sharesOf(s.insurance); plan.cover.Gt(ins) {
			plan.cover.Set(ins)
		}
		plan.rec.InsuranceCover.Mul(&plan.cover, preP)
		plan.rec.InsuranceCover.Div(&plan.rec.InsuranceCover, &preS) // rounded down
	}

	// 6. The rebase limiter (Lido's smoothenTokenRebase): what the vaults
	// may give and how many of the requested shares may burn.
	var requested uint256.Int
	requested.Add(&r.SharesRequestedToBurn, &plan.cover)
	plan.smooth = smoothen(p.MaxPositiveRebase, preP, &preS, &plan.preCL, &plan.postCL, &r.WithdrawalVault, &r.ELRewardsVault, &requested, &plan.lock, &plan.wqShares)
	var budget uint256.Int
	budget.Add(&s.buffered, &plan.smooth.withdrawals)
	budget.Add(&budget, &plan.smooth.elRewards)
	if plan.lock.Gt(&budget) {
		return nil, reject(CodeSanityFinalization, "finalizing up to request %d needs %s, the buffer and the vault pulls hold %s", plan.lastFinalized, eth(&plan.lock), eth(&budget))
	}

	// 7. Stuck operators: exit requests past their deadline at the
	// reference slot and not yet exited; an operator whose stuck count
	// clears stays penalized StuckPenaltyDelay seconds more.
	plan.stuck = make([]uint64, len(all))
	plan.penaltyEnd = make([]uint64, len(all))
	for i, o := range all {
		plan.stuck[i] = o.stuckAt(r.RefSlot, exitedNow[i], p.ExitDeadlineSlots)
		plan.penaltyEnd[i] = o.StuckPenaltyEnd
		if o.Stuck > 0 && plan.stuck[i] == 0 {
			plan.penaltyEnd[i] = s.time + p.StuckPenaltyDelay
		}
	}

	// 8. Fees, only on a profitable consensus side (LIP-12): when the
	// balance plus the withdrawals pulled exceed the last balance plus 32
	// ETH per appeared validator, R = that gain + the execution rewards
	// pulled, and the fee is minted as shares worth the modules' weighted
	// fee of R at the post-rewards rate (Lido V2's _distributeFee with its
	// router's fee): with A active validators and W = Σ active × fee
	// points (bp × bp, stakingmodules.go), ⌊R × W × S / ((P + R) × 10⁸ × A
	// − R × W)⌋, rounded down. With module 1 alone W = A × FeeBP × 10⁴ and
	// this is ⌊R × FeeBP × S / ((P + R) × 10000 − R × FeeBP)⌋, the fee
	// before the router, to the wei (a common factor leaves a floor as it
	// is).
	var clTotal uint256.Int
	clTotal.Add(&plan.postCL, &plan.smooth.withdrawals)
	var feeShares uint256.Int
	if clTotal.Gt(&plan.preCL) {
		var rewards, num, den uint256.Int
		rewards.Sub(&clTotal, &plan.preCL)
		rewards.Add(&rewards, &plan.smooth.elRewards)
		plan.rec.Rewards = rewards
		active, w, a := s.moduleWeights(plan, all, starts, exitedNow)
		num.Mul(&rewards, w)
		den.Add(preP, &rewards)
		den.Mul(&den, uint256.NewInt(BP*BP))
		den.Mul(&den, uint256.NewInt(a))
		den.Sub(&den, &num)
		if !den.IsZero() {
			feeShares.MulDivOverflow(&num, &preS, &den) // rounded down
		}
		s.splitFee(plan, &feeShares, all, starts, exitedNow, active, w)
	}
	plan.rec.FeeShares = feeShares
	s.planELCharges(plan, r, preP, &preS, all, starts)

	// 9. Post totals: pooled ETH after the consensus side, the pulls and
	// the ETH locked; shares after the burn and the fee.
	plan.postP.Mul(uint256.NewInt(s.depositedValidators-r.Validators), DepositSizeWei)
	plan.postP.Add(&plan.postP, &s.buffered)
	plan.postP.Add(&plan.postP, &plan.postCL)
	plan.postP.Add(&plan.postP, &plan.smooth.withdrawals)
	plan.postP.Add(&plan.postP, &plan.smooth.elRewards)
	plan.postP.Sub(&plan.postP, &plan.lock)
	plan.postS.Sub(&preS, &plan.smooth.sharesToBurn)
	plan.postS.Add(&plan.postS, &plan.treasuryShares)
	plan.postS.Add(&plan.postS, &plan.insuranceFee)
	for i := range plan.opShares {
		plan.postS.Add(&plan.postS, &plan.opShares[i])
		plan.postS.Add(&plan.postS, &plan.opPenalty[i])
		plan.postS.Add(&plan.postS, &plan.el.withheld[i])
	}
	for _, ms := range plan.hookMints {
		for j := range ms {
			plan.postS.Add(&plan.postS, &ms[j].Shares)
		}
	}

	// 10. A report that finalizes carries the share rate it simulated with
	// no finalization; the applied one, withdrawals put back, must be
	// within SimulatedShareRateDeviationBP of it.
	if len(r.Batches) > 0 {
		var wqBurnt uint256.Int
		wqBurnt.Sub(&plan.smooth.sharesToBurn, &plan.smooth.simulatedSharesToBurn)
		if err := checkSimulatedShareRate(&plan.postP, &plan.postS, &plan.lock, &wqBurnt, &r.SimulatedShareRate, p.SimulatedShareRateDeviationBP); err != nil {
			return nil, err
		}
	}

	rec := &plan.rec
	rec.RefSlot, rec.PrevRefSlot, rec.Block, rec.Hash, rec.Bunker = r.RefSlot, prevRef, s.block, s.oracle.consensus, r.Bunker
	rec.PreTotalEther, rec.PreTotalShares = *preP, preS
	rec.WithdrawalsPull, rec.ELRewardsPull = plan.smooth.withdrawals, plan.smooth.elRewards
	rec.SharesBurnt = plan.smooth.sharesToBurn
	rec.FinalizedUpTo, rec.EtherLocked = plan.lastFinalized, plan.lock
	rec.PostTotalEther, rec.PostTotalShare = plan.postP, plan.postS
	rec.APR = aprPPB(preP, &preS, &plan.postP, &plan.postS, plan.elapsed)
	return plan, nil
}

// validatorWeight is the ETH an exited validator of the pool weighs in the
// exited-ETH check: the credentials type's (0x01: 32, 0x02: 2,048).
func (s *State) validatorWeight() uint64 {
	if s.credentials[0] == 0x02 {
		return s.params.ValidatorWeight02Eth
	}
	return s.params.ValidatorWeight01Eth
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

// BunkerBorder is the timestamp from which withdrawal requests wait in a
// report with r.Bunker (members stop the finalization there); false when r
// does not hold bunker mode.
func (s *State) BunkerBorder(r *OracleReport) (uint64, bool) { return s.bunkerBorder(r) }

// stuckAt counts exit requests older than the deadline at refSlot that the
// operator's exits have not covered: operators exit oldest first, so those
// for key indexes at or above its exited count after the report (not the
// overdue count less the exited count: that counts exits twice once the
// covered requests were dropped — TestPropertyAdversarialOperators).
func (o *Operator) stuckAt(refSlot, exited, deadline uint64) uint64 {
	var overdue uint64
	for _, q := range o.exitRequests {
		if q.keyIndex >= exited && q.refSlot()+deadline < refSlot { // the slot without its triggered mark
			overdue++
		}
	}
	return overdue
}

func (s *State) commitReport(r *OracleReport, plan *reportPlan) {
	o := &s.oracle
	rec := &plan.rec
	s.emit(Event{Kind: EvReportPre, Index: r.RefSlot, Amount: rec.PreTotalEther, Shares: rec.PreTotalShares})
	// Finalization: the requests' shares go to the burner (non-cover).
	if plan.lastFinalized > s.finalized {
		first := s.finalized + 1
		s.requestBurn(s.queueAddr, &plan.wqShares, false)
		s.checkpoints = append(s.checkpoints, checkpoint{from: first, rate: r.SimulatedShareRate})
		s.unfinalized.Sub(&s.unfinalized, &plan.wqStETH)
		s.lockedEther.Add(&s.lockedEther, &plan.lock)
		s.finalized = plan.lastFinalized
		s.emit(Event{Kind: EvWithdrawalsFinalized, Index: first, Count: plan.lastFinalized, Amount: plan.lock, Shares: plan.wqShares})
	}
	// The insurance fund's cover.
	if !plan.cover.IsZero() {
		s.requestBurn(s.insurance, &plan.cover, true)
		s.emit(Event{Kind: EvInsuranceCover, From: s.insurance, Amount: rec.InsuranceCover, Shares: plan.cover})
	}
	// The consensus side, the vault pulls, the ETH locked.
	s.clValidators = r.Validators
	s.clBalance = plan.postCL
	s.pullVault(s.vault, &plan.smooth.withdrawals)
	s.pullVault(s.elRewardsVault, &plan.smooth.elRewards)
	s.buffered.Sub(&s.buffered, &plan.lock)
	// The burn, cover first.
	s.commitBurn(&plan.smooth.sharesToBurn)
	// Fees.
	s.mintFee(s.treasury, &plan.treasuryShares, 0, false)
	s.mintFee(s.insurance, &plan.insuranceFee, 0, false)
	all, _ := s.allOperators()
	for i := range plan.opShares {
		op := all[i]
		if v := &plan.opShares[i]; !v.IsZero() {
			s.mintFee(op.RewardAddress, v, op.ID, true)
			op.RewardShares.Add(&op.RewardShares, v)
		}
		if v := &plan.opPenalty[i]; !v.IsZero() {
			acc := s.account(s.burner)
			acc.Shares.Add(&acc.Shares, v)
			s.totalShares.Add(&s.totalShares, v)
			s.addBurnRequest(v, false)
			s.emit(Event{Kind: EvStuckPenalty, Operator: op.ID, Shares: *v})
		}
		s.withholdELCharge(plan, i, op)
	}
	for i, op := range all {
		op.ELRewardsDebt = plan.el.debt[i]
	}
	s.commitHooked(plan)
	for i := range plan.stuck {
		all[i].Stuck = plan.stuck[i]
		all[i].StuckPenaltyEnd = plan.penaltyEnd[i]
	}
	// Exits and exit requests.
	for _, e := range r.Exited {
		if !s.hooked(e.Operator) { // a hooked module committed its own
			s.operatorAt(e.Operator).Exited = e.Count
		}
	}
	for _, e := range r.ExitRequests {
		if s.hooked(e.Operator) {
			continue
		}
		op := s.operatorAt(e.Operator)
		for k := uint64(0); k < e.Count; k++ {
			op.exitRequests = append(op.exitRequests, exitRequest{keyIndex: op.ExitRequested, slot: r.RefSlot})
			s.emit(Event{Kind: EvExitRequested, Operator: op.ID, Index: op.ExitRequested})
			op.ExitRequested++
		}
	}
	// Keep only requests not yet covered by exits (operators exit oldest first).
	for _, op := range all {
		drop := 0
		for drop < len(op.exitRequests) && op.exitRequests[drop].keyIndex < op.Exited {
			drop++
		}
		if drop > 0 {
			op.exitRequests = append(op.exitRequests[:0:0], op.exitRequests[drop:]...)
		}
	}
	for _, st := range r.Stats {
		if s.hooked(st.Operator) {
			continue
		}
		op := s.operatorAt(st.Operator)
		op.MissedAttestations += st.MissedAttestations
		op.MissedProposals += st.MissedProposals
		op.Slashed += st.Slashed
	}
	// LIP-23's history.
	o.rebases = append(o.rebases, rebaseRecord{time: s.refTime(r.RefSlot), exited: plan.exited, negative: plan.negative})
	o.pruneRebases(s.refTime(r.RefSlot))
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
	s.commitHookedModules(plan)
}

// pruneRebases drops LIP-23 records no check can read again: those older
// than 54 days before now, but the newest of them (the exited count at the
// window's start). In batches, so that a report's cost stays flat.
func (o *oracleState) pruneRebases(now uint64) {
	if len(o.rebases) < 2*maxReportsKept || now < exitedWindow {
		return
	}
	keep := 0
	for keep+1 < len(o.rebases) && o.rebases[keep+1].time <= now-exitedWindow {
		keep++
	}
	if keep > 0 {
		o.rebases = o.rebases[:copy(o.rebases, o.rebases[keep:])]
	}
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
	if acc := s.accounts.find(&a); acc != nil {
		return &acc.ETH
	}
	return new(uint256.Int)
}

func (s *State) sharesOf(a Address) *uint256.Int {
	if acc := s.accounts.find(&a); acc != nil {
		return &acc.Shares
	}
	return new(uint256.Int)
}
