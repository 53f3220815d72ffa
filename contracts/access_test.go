package contracts_test

import (
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/stakepool/stakepool/contracts/bindings"
)

// TestPrivilegedFunctionsRefuseOthers calls every privileged function from
// an account that may not, and expects NotAuthorized.
func TestPrivilegedFunctionsRefuseOthers(t *testing.T) {
	f := newFixture(t)
	m := f.opts(kMallory)
	one := big.NewInt(1)
	wv, err := bindings.NewWithdrawalVault(f.a.WithdrawalVault, f.c.Client)
	if err != nil {
		t.Fatal(err)
	}
	ev, err := bindings.NewELRewardsVault(f.a.ELRewardsVault, f.c.Client)
	if err != nil {
		t.Fatal(err)
	}
	router, err := bindings.NewStakingRouter(f.a.StakingRouter, f.c.Client)
	if err != nil {
		t.Fatal(err)
	}
	z := new(big.Int)
	effects := bindings.IPoolReportEffects{ReportTime: one, Elapsed: one, ClValidators: z, ClBalance: z, WithdrawalsPull: z, ElRewardsPull: z,
		LastFinalized: z, Lock: z, WqShares: z, WqStETH: z, Rate: z, Cover: z, CoverAmount: z, SharesToBurn: z,
		TreasuryShares: z, InsuranceShares: z}
	ref, _ := f.oracle.GetCurrentRefSlot(nil)
	calls := map[string]func() (*types.Transaction, error){
		"Pool.deposit":           func() (*types.Transaction, error) { return f.pool.Deposit(m, one) },
		"Pool.depositModule":     func() (*types.Transaction, error) { return f.pool.DepositModule(m, one, one) },
		"Pool.moveSharesToQueue": func() (*types.Transaction, error) { return f.pool.MoveSharesToQueue(m, f.c.Addrs[kAlice], one, one) },
		"Pool.wrapFrom":          func() (*types.Transaction, error) { return f.pool.WrapFrom(m, f.c.Addrs[kAlice], one) },
		"Pool.unwrapTo":          func() (*types.Transaction, error) { return f.pool.UnwrapTo(m, f.c.Addrs[kAlice], one) },
		"Pool.receiveVaultETH":   func() (*types.Transaction, error) { return f.pool.ReceiveVaultETH(m) },
		"Pool.applyReport":       func() (*types.Transaction, error) { return f.pool.ApplyReport(m, effects) },
		"Pool.setBunkerMode":     func() (*types.Transaction, error) { return f.pool.SetBunkerMode(m, true) },
		"Pool.setParams": func() (*types.Transaction, error) {
			return f.pool.SetParams(m, bindings.IPoolParams{DustFloor: one, MaxDepositsPerBlock: 1})
		},
		"Pool.setStakingLimit":      func() (*types.Transaction, error) { return f.pool.SetStakingLimit(m, new(big.Int), new(big.Int)) },
		"Pool.pauseStaking":         func() (*types.Transaction, error) { return f.pool.PauseStaking(m) },
		"Pool.resumeStaking":        func() (*types.Transaction, error) { return f.pool.ResumeStaking(m) },
		"Registry.allocateDeposits": func() (*types.Transaction, error) { return f.reg.AllocateDeposits(m, one) },
		"Registry.addNodeOperator":  func() (*types.Transaction, error) { return f.reg.AddNodeOperator(m, "x", f.c.Addrs[kMallory]) },
		"Registry.setLimit":         func() (*types.Transaction, error) { return f.reg.SetNodeOperatorLimit(m, new(big.Int), 5) },
		"Registry.setActive":        func() (*types.Transaction, error) { return f.reg.SetNodeOperatorActive(m, new(big.Int), false) },
		"Registry.addSigningKeys": func() (*types.Transaction, error) {
			pk, sig := keys(0, 0, 1)
			return f.reg.AddSigningKeys(m, new(big.Int), one, pk, sig)
		},
		"Registry.removeSigningKeys": func() (*types.Transaction, error) { return f.reg.RemoveSigningKeys(m, new(big.Int), new(big.Int), one) },
		"Registry.applyReport": func() (*types.Transaction, error) {
			return f.reg.ApplyReport(m, one, nil, nil, nil, nil, nil)
		},
		"Router.deposit": func() (*types.Transaction, error) { return router.Deposit(m, one, new(big.Int), [32]byte{}) },
		"Router.applyReport": func() (*types.Transaction, error) {
			return router.ApplyReport(m, one, nil, nil, nil, nil, nil, nil, nil)
		},
		"Registry.setTargetLimit": func() (*types.Transaction, error) { return f.reg.SetTargetLimit(m, z, 1, 1) },
		"Pool.moveSharesToBurner": func() (*types.Transaction, error) { return f.pool.MoveSharesToBurner(m, f.c.Addrs[kAlice], one) },
		"Burner.requestBurn": func() (*types.Transaction, error) {
			return f.burner.RequestBurn(m, f.c.Addrs[kAlice], one, one, true)
		},
		"Burner.commitSharesToBurn":        func() (*types.Transaction, error) { return f.burner.CommitSharesToBurn(m, one, one, one) },
		"Burner.requestCoverFromInsurance": func() (*types.Transaction, error) { return f.burner.RequestCoverFromInsurance(m, one) },
		"Sanity.setLimits": func() (*types.Transaction, error) {
			l, _ := f.sanity.GetLimits(nil)
			return f.sanity.SetLimits(m, l)
		},
		"Sanity.setSecondOpinionOracle": func() (*types.Transaction, error) { return f.sanity.SetSecondOpinionOracle(m, f.c.Addrs[kMallory]) },
		"Sanity.submitSecondOpinion": func() (*types.Transaction, error) {
			return f.sanity.SubmitSecondOpinion(m, ref.RefSlot, 1, z)
		},
		"Sanity.addReportData":      func() (*types.Transaction, error) { return f.sanity.AddReportData(m, one, one, one) },
		"WstETH.burnForWithdrawal":  func() (*types.Transaction, error) { return f.wst.BurnForWithdrawal(m, f.c.Addrs[kAlice], one) },
		"Governance.dryRun":         func() (*types.Transaction, error) { return f.gov.DryRun(m, f.a.Pool, nil) },
		"Queue.finalize":            func() (*types.Transaction, error) { return f.wq.Finalize(m, one, one, one, one) },
		"Queue.setWithdrawalBounds": func() (*types.Transaction, error) { return f.wq.SetWithdrawalBounds(m, one, one) },
		"WithdrawalVault.withdraw":  func() (*types.Transaction, error) { return wv.WithdrawWithdrawals(m, new(big.Int)) },
		"ELRewardsVault.withdraw":   func() (*types.Transaction, error) { return ev.WithdrawRewards(m, new(big.Int)) },
		"Oracle.submitReport":       func() (*types.Transaction, error) { return f.oracle.SubmitReport(m, ref.RefSlot, [32]byte{1}) },
		"Oracle.submitReportData": func() (*types.Transaction, error) {
			return f.oracle.SubmitReportData(m, f.reportData(ref.RefSlot, 0, new(big.Int)))
		},
		"Oracle.raiseAlert": func() (*types.Transaction, error) { return f.oracle.RaiseAlert(m) },
		"Oracle.setParams":  func() (*types.Transaction, error) { p, _ := f.oracle.GetParams(nil); return f.oracle.SetParams(m, p) },
		"Oracle.setCommittee": func() (*types.Transaction, error) {
			return f.oracle.SetCommittee(m, []common.Address{f.c.Addrs[kMallory]}, one)
		},
		"Governance.propose": func() (*types.Transaction, error) { return f.gov.Propose(m, f.a.Pool, nil) },
		"Governance.approve": func() (*types.Transaction, error) { return f.gov.Approve(m, one) },
		"Governance.execute": func() (*types.Transaction, error) { return f.gov.Execute(m, one) },
		"Governance.setCommittee": func() (*types.Transaction, error) {
			return f.gov.SetCommittee(m, []common.Address{f.c.Addrs[kMallory]}, 1)
		},
		"Governance.setTimings": func() (*types.Transaction, error) { return f.gov.SetTimings(m, 0, 1) },
	}
	for name, call := range calls {
		if _, err := call(); f.revert(err) != "NotAuthorized" {
			t.Errorf("%s by a stranger: %v (%s), want NotAuthorized", name, err, f.revert(err))
		}
	}
}

// TestGovernanceTimelock: a setter runs only through a proposal, and only
// after the timelock.
func TestGovernanceTimelock(t *testing.T) {
	f := newFixture(t)
	parsed, err := bindings.PoolMetaData.GetAbi()
	if err != nil {
		t.Fatal(err)
	}
	data, err := parsed.Pack("pauseStaking")
	if err != nil {
		t.Fatal(err)
	}
	f.ok("propose")(f.gov.Propose(f.opts(kMember), f.a.Pool, data))
	if _, err := f.gov.Execute(f.opts(kMember), big.NewInt(1)); f.revert(err) != "Timelock" {
		t.Fatalf("execute before the timelock: %v (%s)", err, f.revert(err))
	}
	if err := f.c.AdjustTime(25 * 1e9); err != nil {
		t.Fatal(err)
	}
	f.ok("execute")(f.gov.Execute(f.opts(kMember), big.NewInt(1)))
	if _, err := f.pool.Submit(f.value(kAlice, eth(1)), common.Address{}); f.revert(err) != "StakingPausedError" {
		t.Fatalf("submit while paused: %v (%s)", err, f.revert(err))
	}
	if _, err := f.gov.Execute(f.opts(kMember), big.NewInt(1)); f.revert(err) != "AlreadyExecuted" {
		t.Fatalf("second execution: %v (%s)", err, f.revert(err))
	}
}
