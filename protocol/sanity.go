package protocol

import "github.com/holiman/uint256"

// The report's sanity checks, each Lido's OracleReportSanityChecker
// arithmetic (operation order and roundings included) as a pure function,
// so that the contract can follow it line for line. They reject; none
// changes anything.

const (
	secondsPerDay = 86400
	// secondsPerYear is 365 days, as Lido's sanity checker counts a year.
	secondsPerYear = 365 * secondsPerDay
	// defaultTimeElapsed replaces a zero time since the last report
	// (Lido's DEFAULT_TIME_ELAPSED, 1 hour).
	defaultTimeElapsed = 3600
	// negativeRebaseWindow and exitedWindow are LIP-23's 18 and 54 days.
	negativeRebaseWindow = 18 * secondsPerDay
	exitedWindow         = 54 * secondsPerDay
	pwei                 = 1_000_000_000_000_000 // 1e15 wei
	gweiWei              = 1_000_000_000
)

// shareRatePrecision is the precision of share rates (1e27), as Lido's.
var shareRatePrecision = new(uint256.Int).Exp(uint256.NewInt(10), uint256.NewInt(27))

// elapsedOrHour is the time since the last report for the rate checks,
// a zero elapsed time counting as one hour (Lido's DEFAULT_TIME_ELAPSED).
func elapsedOrHour(elapsed uint64) uint64 {
	if elapsed == 0 {
		return defaultTimeElapsed
	}
	return elapsed
}

// checkAnnualIncrease: when post > pre, ⌊⌊365 days × 10000 × (post − pre) /
// pre⌋ / elapsed⌋ ≤ limitBP (each division rounded down, as Lido's
// _checkAnnualBalancesIncrease); a zero pre counts as 1 gwei.
func checkAnnualIncrease(pre, post *uint256.Int, elapsed, limitBP uint64) *Error {
	p := *pre
	if p.IsZero() {
		p.SetUint64(gweiWei)
	}
	if !post.Gt(&p) {
		return nil
	}
	var inc, rate uint256.Int
	inc.Sub(post, &p)
	rate.Mul(&inc, uint256.NewInt(secondsPerYear*BP))
	rate.Div(&rate, &p)                                     // rounded down
	rate.Div(&rate, uint256.NewInt(elapsedOrHour(elapsed))) // rounded down
	if rate.GtUint64(limitBP) {
		return reject(CodeSanityIncrease, "consensus balance grew by %s of %s in %d s: %s bp a year, above the limit of %d bp", eth(&inc), eth(&p), elapsed, rate.Dec(), limitBP)
	}
	return nil
}

// checkAppearedEth: the ETH of newly appeared validators (32 ETH each, the
// deposit) is at most ⌊limit ETH × elapsed / 1 day⌋ (rounded down, as Lido's
// _checkAppearedValidatorsChurnLimit, in ETH as its post-Pectra
// appearedEthAmountPerDayLimit).
func checkAppearedEth(appeared, elapsed, limitEth uint64) *Error {
	var got, allowed uint256.Int
	got.Mul(uint256.NewInt(appeared), DepositSizeWei)
	allowed.Mul(uint256.NewInt(limitEth), uint256.NewInt(1e18))
	allowed.Mul(&allowed, uint256.NewInt(elapsedOrHour(elapsed)))
	allowed.Div(&allowed, uint256.NewInt(secondsPerDay)) // rounded down
	if got.Gt(&allowed) {
		return reject(CodeSanityAppeared, "%d validators (%s) appeared in %d s, above the limit of %d ETH a day (%s)", appeared, eth(&got), elapsed, limitEth, eth(&allowed))
	}
	return nil
}

// checkExitedEth: the ETH of newly exited validators, each weighing weightEth
// (the credentials type's: 32 or 2048), as a rate per day ⌊exited ETH × 1
// day / elapsed⌋ (rounded down, as Lido's exitedValidatorsRatePerDay), is at
// most the limit.
func checkExitedEth(exited, weightEth, elapsed, limitEth uint64) *Error {
	var got, rate uint256.Int
	got.Mul(uint256.NewInt(exited), uint256.NewInt(weightEth))
	got.Mul(&got, uint256.NewInt(1e18))
	rate.Mul(&got, uint256.NewInt(secondsPerDay))
	rate.Div(&rate, uint256.NewInt(elapsedOrHour(elapsed))) // rounded down
	limit := new(uint256.Int).Mul(uint256.NewInt(limitEth), uint256.NewInt(1e18))
	if rate.Gt(limit) {
		return reject(CodeSanityExited, "%d validators (%s) exited in %d s: %s a day, above the limit of %d ETH a day", exited, eth(&got), elapsed, eth(&rate), limitEth)
	}
	return nil
}

// rebaseRecord is one report's entry in LIP-23's history (Lido's
// ReportData): its time, the validators exited by then, its negative
// consensus-side rebase (0 if none).
type rebaseRecord struct {
	time     uint64
	exited   uint64
	negative uint256.Int
}

// negativeRebaseSum is the sum of the negative rebases of the records made
// after since (Lido's _sumNegativeRebasesNotOlderThan: a loop back from the
// newest, bounded by the window).
func negativeRebaseSum(rs []rebaseRecord, since uint64) uint256.Int {
	var sum uint256.Int
	for i := len(rs) - 1; i >= 0 && rs[i].time > since; i-- {
		sum.Add(&sum, &rs[i].negative)
	}
	return sum
}

// exitedAt is the exited count of the newest record made at or before t,
// 0 if none (Lido's _exitedValidatorsAtTimestamp).
func exitedAt(rs []rebaseRecord, t uint64) uint64 {
	for i := len(rs) - 1; i >= 0; i-- {
		if rs[i].time <= t {
			return rs[i].exited
		}
	}
	return 0
}

// negativeRebaseAllowance is LIP-23's bound on the negative rebases of the
// last 18 days at report time t: initialSlashing PWei × (validators −
// exited 18 days ago) + inactivity PWei × (validators − exited 54 days ago).
func negativeRebaseAllowance(rs []rebaseRecord, t, validators, initialSlashingPWei, inactivityPWei uint64) uint256.Int {
	var a, b uint256.Int
	var e18, e54 uint64
	if t >= negativeRebaseWindow {
		e18 = exitedAt(rs, t-negativeRebaseWindow)
	}
	if t >= exitedWindow {
		e54 = exitedAt(rs, t-exitedWindow)
	}
	// In 256 bits: a limit of up to 2^16 PWei times 1e15 does not fit 64.
	a.Mul(uint256.NewInt(initialSlashingPWei), uint256.NewInt(pwei))
	a.Mul(&a, uint256.NewInt(validators-min(e18, validators)))
	b.Mul(uint256.NewInt(inactivityPWei), uint256.NewInt(pwei))
	b.Mul(&b, uint256.NewInt(validators-min(e54, validators)))
	return *a.Add(&a, &b)
}

// SecondOpinion is a second-opinion oracle's account of a reference slot
// (LIP-23): the pool's consensus balance and withdrawal vault there.
type SecondOpinion struct {
	RefSlot         uint64
	Balance         uint64 // gwei
	WithdrawalVault uint256.Int
}

// checkSecondOpinion accepts a report's consensus side whose negative
// rebase LIP-23 refused when the second opinion for its reference slot says
// the balance is at least the reported one and at most errorBP above it,
// and the withdrawal vault is the reported one (Lido's _askSecondOpinion).
func checkSecondOpinion(op *SecondOpinion, ok bool, refSlot uint64, postCL, vault *uint256.Int, errorBP uint64) *Error {
	if !ok || op.RefSlot != refSlot {
		return reject(CodeSanityDecrease, "the negative rebase needs the second opinion for reference slot %d, which has not reported", refSlot)
	}
	cl := new(uint256.Int).Mul(uint256.NewInt(op.Balance), uint256.NewInt(gweiWei))
	if cl.Lt(postCL) {
		return reject(CodeSanityDecrease, "the second opinion's balance %s is below the reported %s", eth(cl), eth(postCL))
	}
	var lhs, rhs uint256.Int
	lhs.Sub(cl, postCL)
	lhs.Mul(&lhs, uint256.NewInt(BP))
	rhs.Mul(cl, uint256.NewInt(errorBP))
	if lhs.Gt(&rhs) {
		return reject(CodeSanityDecrease, "the second opinion's balance %s is more than %d bp above the reported %s", eth(cl), errorBP, eth(postCL))
	}
	if !op.WithdrawalVault.Eq(vault) {
		return reject(CodeSanityDecrease, "the second opinion's withdrawal vault %s differs from the reported %s", eth(&op.WithdrawalVault), eth(vault))
	}
	return nil
}

// checkSimulatedShareRate: the applied share rate, with the withdrawals of
// this report put back (ETH locked added to pooled ETH, the queue's shares
// burnt added to the shares), ⌊P × 1e27 / S⌋, deviates from the report's
// simulated one by at most limitBP: ⌊10000 × |actual − simulated| /
// actual⌋ ≤ limitBP (Lido's _checkSimulatedShareRate).
func checkSimulatedShareRate(postP, postS, locked, wqShares, simulated *uint256.Int, limitBP uint64) *Error {
	var p, s, actual, diff uint256.Int
	p.Add(postP, locked)
	s.Add(postS, wqShares)
	if s.IsZero() {
		return reject(CodeSanityShareRate, "no shares")
	}
	actual.Mul(&p, shareRatePrecision)
	actual.Div(&actual, &s) // rounded down
	if actual.IsZero() {
		return reject(CodeSanityShareRate, "the actual share rate is zero")
	}
	if actual.Gt(simulated) {
		diff.Sub(&actual, simulated)
	} else {
		diff.Sub(simulated, &actual)
	}
	diff.Mul(&diff, uint256.NewInt(BP))
	diff.Div(&diff, &actual) // rounded down
	if diff.GtUint64(limitBP) {
		return reject(CodeSanityShareRate, "simulated share rate %s deviates %s bp from the applied %s (limit %d bp)", simulated.Dec(), diff.Dec(), actual.Dec(), limitBP)
	}
	return nil
}
