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

// hookedTestModule is a module of another kind than curated, for the
// router's hook tests: one operator (id 0) with keys deposited in order,
// its whole module fee to one address.
type hookedTestModule struct {
	reward               Address
	keys                 []SigningKey
	deposited, exited    uint64
	reports, stats       int
	exitRequestsReceived uint64
}

func (m *hookedTestModule) Kind() ModuleKind      { return ModuleKind(99) }
func (m *hookedTestModule) OperatorCount() uint64 { return 1 }
func (m *hookedTestModule) Summary(uint64) ModuleSummary {
	return ModuleSummary{Exited: m.exited, Deposited: m.deposited, Depositable: uint64(len(m.keys)) - m.deposited}
}

func (m *hookedTestModule) obtainDeposits(_, n uint64) []ModuleDeposit {
	var out []ModuleDeposit
	for ; n > 0 && m.deposited < uint64(len(m.keys)); n-- {
		out = append(out, ModuleDeposit{Operator: 0, KeyIndex: m.deposited, Key: m.keys[m.deposited]})
		m.deposited++
	}
	return out
}

func (m *hookedTestModule) planReport(_ ModuleEnv, u *ModuleReport) (ModuleReportPlan, *Error) {
	after := m.exited
	for _, e := range u.Exited {
		if e.Operator != 0 {
			return ModuleReportPlan{}, reject(CodeUnknownOperator, "no operator %d in the test module", e.Operator)
		}
		if e.Count < m.exited || e.Count > m.deposited {
			return ModuleReportPlan{}, reject(CodeSanityExited, "test module: exited %d of %d deposited (was %d)", e.Count, m.deposited, m.exited)
		}
		after = e.Count
	}
	return ModuleReportPlan{NewlyExited: after - m.exited, ExitedAfter: after, RewardActive: m.deposited - after}, nil
}

func (m *hookedTestModule) rewards(_ ModuleEnv, _ ModuleReportPlan, shares *uint256.Int) []RewardMint {
	return []RewardMint{{Operator: 0, To: m.reward, Shares: *shares}}
}

func (m *hookedTestModule) commitReport(p ModuleReportPlan, u *ModuleReport) {
	m.exited = p.ExitedAfter
	m.reports++
	m.stats += len(u.Stats)
	for _, e := range u.ExitRequests {
		m.exitRequestsReceived += e.Count
	}
}

func (m *hookedTestModule) encodeState(e *encoder) { e.u64(m.deposited) }

// HookedModuleForTest is a handle on a test module added to the router.
type HookedModuleForTest struct{ m *hookedTestModule }

// AddHookedModuleForTest adds a module of a kind other than curated with
// the given parameters, one operator paid at reward, and keys.
func (s *State) AddHookedModuleForTest(p ModuleParams, reward Address, keys []SigningKey) HookedModuleForTest {
	m := &hookedTestModule{reward: reward, keys: keys}
	s.modules = append(s.modules, &Module{ID: ModuleID(len(s.modules) + 1), ModuleParams: p, Kind: m.Kind(), impl: m})
	return HookedModuleForTest{m}
}

// Counts are the test module's deposited and exited validators, the
// reports it committed, the stats entries and exit requests it received.
func (h HookedModuleForTest) Counts() (deposited, exited uint64, reports, stats int, exitRequests uint64) {
	return h.m.deposited, h.m.exited, h.m.reports, h.m.stats, h.m.exitRequestsReceived
}
