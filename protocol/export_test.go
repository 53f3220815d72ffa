package protocol

import "github.com/holiman/uint256"

// ForceInitialSharesForTest rebuilds the genesis without the dead-shares
// protection: the buffer and total shares start at the given amount held by
// nobody but the dead address (0 removes the protection entirely).
func (s *State) ForceInitialSharesForTest(v *uint256.Int) {
	s.buffered = *v
	s.totalShares = *v
	s.account(DeadAddress).Shares = *v
}

// ForceInflowForTest sets an account's inflow mark, to show what the
// holding-period rule prevents.
func (s *State) ForceInflowForTest(a Address, v uint64) { s.account(a).LastInflow = v }

// The sanity checks and the limiter, for table tests with Lido's numbers.

func CheckAnnualIncreaseForTest(pre, post *uint256.Int, elapsed, limitBP uint64) error {
	if err := checkAnnualIncrease(pre, post, elapsed, limitBP); err != nil {
		return err
	}
	return nil
}

func CheckAppearedEthForTest(appeared, elapsed, limitEth uint64) error {
	if err := checkAppearedEth(appeared, elapsed, limitEth); err != nil {
		return err
	}
	return nil
}

func CheckExitedEthForTest(exited, weightEth, elapsed, limitEth uint64) error {
	if err := checkExitedEth(exited, weightEth, elapsed, limitEth); err != nil {
		return err
	}
	return nil
}

func CheckSimulatedShareRateForTest(postP, postS, locked, wqShares, simulated *uint256.Int, limitBP uint64) error {
	if err := checkSimulatedShareRate(postP, postS, locked, wqShares, simulated, limitBP); err != nil {
		return err
	}
	return nil
}

// SmoothenForTest runs the limiter: withdrawals, EL rewards, simulated
// shares to burn, shares to burn.
func SmoothenForTest(limit uint64, preP, preS, preCL, postCL, wVault, elVault, requested, locked, wqShares *uint256.Int) [4]uint256.Int {
	o := smoothen(limit, preP, preS, preCL, postCL, wVault, elVault, requested, locked, wqShares)
	return [4]uint256.Int{o.withdrawals, o.elRewards, o.simulatedSharesToBurn, o.sharesToBurn}
}

// RebaseRecordForTest is one LIP-23 history entry.
type RebaseRecordForTest struct {
	Time, Exited uint64
	Negative     uint256.Int
}

// NegativeRebaseForTest returns the 18-day sum of negative rebases and
// LIP-23's allowance at time t.
func NegativeRebaseForTest(rs []RebaseRecordForTest, t, validators, slashingPWei, inactivityPWei uint64) (sum, allowed uint256.Int) {
	in := make([]rebaseRecord, len(rs))
	for i, r := range rs {
		in[i] = rebaseRecord{time: r.Time, exited: r.Exited, negative: r.Negative}
	}
	return negativeRebaseSum(in, t-negativeRebaseWindow), negativeRebaseAllowance(in, t, validators, slashingPWei, inactivityPWei)
}

// ValidateModuleParamsForTest is the router's check of a module's parameters.
func ValidateModuleParamsForTest(p *ModuleParams) error {
	if err := validateModuleParams(p); err != nil {
		return err
	}
	return nil
}
