package contracts_test

import (
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/stakepool/stakepool/contracts/bindings"
	"github.com/stakepool/stakepool/contracts/testbindings"
	"github.com/stakepool/stakepool/protocol"
)

// attackerWithFinalizedRequests deploys the Attacker, stakes 10 ETH from it,
// has it request two withdrawals of 1 ETH, and finalizes them by a report.
func attackerWithFinalizedRequests(t *testing.T, f *fixture) (common.Address, *testbindings.Attacker) {
	t.Helper()
	addr, tx, at, err := testbindings.DeployAttacker(f.opts(kMallory), f.c.Client, f.a.Pool, f.a.WithdrawalQueue)
	f.c.MustMine(t, tx, err)
	f.ok("attacker stakes")(at.Stake(f.value(kMallory, eth(10))))
	f.ok("request 1")(at.Request(f.opts(kMallory), eth(1)))
	f.ok("request 2")(at.Request(f.opts(kMallory), eth(1)))
	f.report(0, new(big.Int), true)
	return addr, at
}

// TestReentrancyOnClaim: the attacker, paid by its claim, re-enters to claim
// its other request (mode 1, target 2) and the same one again (target 1):
// both re-entries fail and it is paid exactly once. Without the guard the
// second claim would go through inside the first; without the claimed mark
// written before the payment, the same request would pay twice.
func TestReentrancyOnClaim(t *testing.T) {
	for _, target := range []int64{1, 2} {
		f := newFixture(t)
		_, at := attackerWithFinalizedRequests(t, f)
		f.ok("claim")(at.Claim(f.gas(kMallory), big.NewInt(1), 1, big.NewInt(target)))
		worked, _ := at.ReentryWorked(nil)
		tried, _ := at.Reentered(nil)
		got, _ := at.Received(nil)
		if !tried || worked {
			t.Fatalf("re-entry on claim (target %d): tried %v, worked %v", target, tried, worked)
		}
		if got.Cmp(eth(1)) != 0 {
			t.Fatalf("attacker received %s, want exactly 1 ETH", got)
		}
	}
}

// TestReentrancyOnInstantWithdrawal: paid by an instant withdrawal, the
// attacker re-enters for another one; it fails (the guard), and the books
// count one withdrawal.
func TestReentrancyOnInstantWithdrawal(t *testing.T) {
	f := newFixture(t)
	addr, tx, at, err := testbindings.DeployAttacker(f.opts(kMallory), f.c.Client, f.a.Pool, f.a.WithdrawalQueue)
	f.c.MustMine(t, tx, err)
	f.ok("submit")(f.pool.Submit(f.value(kAlice, eth(100)), common.Address{})) // liquidity
	f.ok("attacker stakes")(at.Stake(f.value(kMallory, eth(10))))
	f.report(0, new(big.Int), false)
	f.report(0, new(big.Int), false) // the holding period: two reports
	before, _ := f.pool.SharesOf(nil, addr)
	f.ok("instant")(at.WithdrawInstantly(f.gas(kMallory), eth(1), 2, eth(1)))
	worked, _ := at.ReentryWorked(nil)
	tried, _ := at.Reentered(nil)
	if !tried || worked {
		t.Fatalf("re-entry on instant withdrawal: tried %v, worked %v", tried, worked)
	}
	after, _ := f.pool.SharesOf(nil, addr)
	burnt := new(big.Int).Sub(before, after)
	if burnt.Cmp(eth(1)) < 0 || burnt.Cmp(new(big.Int).Add(eth(1), big.NewInt(1))) > 0 {
		t.Fatalf("shares burnt %s for one 1-ETH withdrawal", burnt)
	}
}

// TestDonationDoesNotMoveTheRate: ETH forced onto the pool and sent to the
// vaults leaves the share rate and pooled ether as they were (pooled ether
// is bookkeeping): a first staker cannot inflate the rate against the next.
func TestDonationDoesNotMoveTheRate(t *testing.T) {
	f := newFixture(t)
	f.ok("submit")(f.pool.Submit(f.value(kMallory, big.NewInt(1000)), common.Address{}))
	rate := func() (*big.Int, *big.Int) {
		r, _ := f.pool.GetPooledEthByShares(nil, eth(1))
		p, _ := f.pool.GetTotalPooledEther(nil)
		return r, p
	}
	r0, p0 := rate()
	_, tx, _, err := testbindings.DeployForceSend(f.value(kMallory, eth(100)), f.c.Client, f.a.Pool)
	f.c.MustMine(t, tx, err)
	bal, _ := f.c.Client.BalanceAt(t.Context(), f.a.Pool, nil)
	if bal.Cmp(new(big.Int).Add(p0, eth(100))) != 0 {
		t.Fatalf("the forced donation did not arrive: pool holds %s", bal)
	}
	r1, p1 := rate()
	if r1.Cmp(r0) != 0 || p1.Cmp(p0) != 0 {
		t.Fatalf("a donation moved the rate: %s → %s, pooled %s → %s", r0, r1, p0, p1)
	}
	// The victim's stake gets exactly its worth in shares.
	f.ok("victim")(f.pool.Submit(f.value(kAlice, eth(150)), common.Address{}))
	bob, _ := f.pool.BalanceOf(nil, f.c.Addrs[kAlice])
	if new(big.Int).Sub(eth(150), bob).Cmp(big.NewInt(2)) > 0 {
		t.Fatalf("the victim holds %s stETH for 150 ETH", bob)
	}
}

// TestOracleMinority: one member of three (quorum 2) cannot get a report
// applied: its vote reaches no consensus and the data is refused; a second
// member for another report changes nothing.
func TestOracleMinority(t *testing.T) {
	f := newFixture(t)
	if err := f.c.AdjustTime(4 * 32 * 12 * 1e9); err != nil {
		t.Fatal(err)
	}
	ref, _ := f.oracle.GetCurrentRefSlot(nil)
	lie := f.reportData(ref.RefSlot, 0, eth(1000))
	f.ok("vote")(f.oracle.SubmitReport(f.opts(kOracle), ref.RefSlot, f.hash(lie)))
	if _, err := f.oracle.SubmitReportData(f.opts(kOracle), lie); f.revert(err) != "NoQuorum" {
		t.Fatalf("a minority's report: %v (%s), want NoQuorum", err, f.revert(err))
	}
	honest := f.reportData(ref.RefSlot, 0, new(big.Int))
	f.ok("other vote")(f.oracle.SubmitReport(f.opts(kOracle+1), ref.RefSlot, f.hash(honest)))
	if _, err := f.oracle.SubmitReportData(f.opts(kOracle), lie); f.revert(err) != "NoQuorum" {
		t.Fatalf("split votes: %v (%s), want NoQuorum", err, f.revert(err))
	}
	// The quorum for the honest report applies it, and the lie hashes to something else.
	f.ok("third vote")(f.oracle.SubmitReport(f.opts(kOracle+2), ref.RefSlot, f.hash(honest)))
	if _, err := f.oracle.SubmitReportData(f.opts(kOracle), lie); f.revert(err) != "OracleHashMismatch" {
		t.Fatalf("the lie after consensus: %v (%s)", err, f.revert(err))
	}
	f.ok("honest report")(f.oracle.SubmitReportData(f.opts(kOracle+1), honest))
}

// rewardReport moves to the next frame and applies a report with no
// validators whose execution-rewards vault holds `rewards` (sent there
// first by Bob): the share rate rises by the rewards net of the fee.
func (f *fixture) rewardReport(rewards *big.Int) {
	f.t.Helper()
	vault, err := bindings.NewELRewardsVault(f.a.ELRewardsVault, f.c.Client)
	if err != nil {
		f.t.Fatal(err)
	}
	if rewards.Sign() > 0 {
		f.ok("rewards")(vault.Receive(f.value(kBob, rewards)))
	}
	if err := f.c.AdjustTime(4 * 32 * 12 * time.Second); err != nil {
		f.t.Fatal(err)
	}
	ref, err := f.oracle.GetCurrentRefSlot(nil)
	if err != nil || !ref.Ok {
		f.t.Fatalf("no report due: %v", err)
	}
	r := f.reportData(ref.RefSlot, 0, new(big.Int))
	r.ElRewardsVault = rewards
	f.submit(r)
}

// TestTinyTransfersExtractNothing: a spender with a small allowance moves
// the owner's stETH in many 1-wei transfers and many 1-share transfers at a
// share rate near 1.45 wei a share. Each transferFrom moves the amount's
// shares rounded down and each transferSharesFrom is charged the shares'
// value rounded up, so the stETH the recipient gets never exceeds the
// allowance spent. Mutation-checked: with transferSharesFrom charged the
// value rounded down (StETH.sol, _ethBySharesUp → _ethByShares), a share
// worth 1.45 wei costs 1 wei of allowance and the test fails ("58 wei of
// stETH moved on 40 wei of allowance").
func TestTinyTransfersExtractNothing(t *testing.T) {
	f := newFixtureWith(t, func(p *protocol.Params) { p.MaxPositiveRebase = protocol.UnlimitedRebase })
	owner, spender, thief := f.c.Addrs[kAlice], f.c.Addrs[kMallory], f.c.Addrs[kBob]
	f.ok("submit")(f.pool.Submit(f.value(kAlice, eth(10)), common.Address{}))
	f.rewardReport(eth(5)) // 11 ETH pooled → about 16: a share is worth about 1.45 wei
	oneShare, _ := f.pool.GetPooledEthByShares(nil, big.NewInt(1000))
	if oneShare.Cmp(big.NewInt(1300)) < 0 || oneShare.Cmp(big.NewInt(1700)) > 0 {
		t.Fatalf("rate out of the test's range: 1000 shares are %s wei", oneShare)
	}
	const allowance = 40
	for _, byShares := range []bool{false, true} {
		f.ok("approve")(f.pool.Approve(f.opts(kAlice), spender, big.NewInt(allowance)))
		before, _ := f.pool.SharesOf(nil, thief)
		for i := 0; i < 2*allowance; i++ {
			var err error
			if byShares {
				_, err = f.pool.TransferSharesFrom(f.opts(kMallory), owner, thief, big.NewInt(1))
			} else {
				_, err = f.pool.TransferFrom(f.opts(kMallory), owner, thief, big.NewInt(1))
			}
			if err != nil {
				continue // refused at the estimate: the allowance is spent
			}
			f.c.Backend.Commit()
		}
		after, _ := f.pool.SharesOf(nil, thief)
		left, _ := f.pool.Allowance(nil, owner, spender)
		spent := new(big.Int).Sub(big.NewInt(allowance), left)
		got, _ := f.pool.GetPooledEthByShares(nil, new(big.Int).Sub(after, before))
		if got.Cmp(spent) > 0 {
			t.Fatalf("by shares %v: %s wei of stETH moved on %s wei of allowance", byShares, got, spent)
		}
		if byShares && spent.Sign() == 0 {
			t.Fatal("no share moved: the test exercised nothing")
		}
	}
}

// TestRebaseSandwich: Mallory stakes just before a report with rewards and
// tries to leave through the instant withdrawal right after it, taking the
// report's rewards without having held through a frame. The holding period
// (two reports since the last stETH received) refuses it; after the second
// report it is allowed. Mutation-checked: without the holding-period check
// in Pool.instantWithdraw, the withdrawal goes through and Mallory ends
// with more ETH than she staked (the test fails with her profit).
func TestRebaseSandwich(t *testing.T) {
	f := newFixtureWith(t, func(p *protocol.Params) { p.MaxPositiveRebase = protocol.UnlimitedRebase })
	mallory := f.c.Addrs[kMallory]
	f.ok("liquidity")(f.pool.Submit(f.value(kAlice, eth(100)), common.Address{}))
	f.rewardReport(new(big.Int))
	f.rewardReport(new(big.Int))
	stake := eth(10)
	f.ok("front-run")(f.pool.Submit(f.value(kMallory, stake), common.Address{}))
	f.rewardReport(eth(3)) // about 2.7% for holders after the fee
	bal, _ := f.pool.BalanceOf(nil, mallory)
	if bal.Cmp(stake) <= 0 {
		t.Fatalf("the report gave Mallory nothing (%s)", bal)
	}
	ethBefore, _ := f.c.Client.BalanceAt(t.Context(), mallory, nil)
	o := f.opts(kMallory)
	o.GasLimit = 300_000 // sent even if the estimate would revert
	tx, err := f.pool.InstantWithdraw(o, bal)
	if err != nil {
		t.Fatal(err)
	}
	f.c.Backend.Commit()
	r, _ := f.c.Client.TransactionReceipt(t.Context(), tx.Hash())
	if r.Status == 1 {
		ethAfter, _ := f.c.Client.BalanceAt(t.Context(), mallory, nil)
		paid := new(big.Int).Sub(ethAfter, ethBefore)
		paid.Add(paid, new(big.Int).Mul(new(big.Int).SetUint64(r.GasUsed), r.EffectiveGasPrice)) // net of gas
		t.Fatalf("the sandwich paid %s wei for a stake of %s: profit %s wei", paid, stake, new(big.Int).Sub(paid, stake))
	}
	if _, err := f.pool.InstantWithdraw(f.opts(kMallory), bal); f.revert(err) != "HoldingPeriod" {
		t.Fatalf("instant withdrawal right after the report: %v (%s), want HoldingPeriod", err, f.revert(err))
	}
	f.rewardReport(new(big.Int))
	f.ok("after the holding period")(f.pool.InstantWithdraw(f.opts(kMallory), eth(1)))
}
