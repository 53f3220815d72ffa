package contracts_test

import (
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"

	"github.com/stakepool/stakepool/contracts/testbindings"
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
	f.report(0, new(big.Int), 2)
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
	f.report(0, new(big.Int), 0)
	f.report(0, new(big.Int), 0) // the holding period: two reports
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
	if err := f.c.Backend.AdjustTime(4 * 32 * 12 * 1e9); err != nil {
		t.Fatal(err)
	}
	ref, _ := f.oracle.GetCurrentRefSlot(nil)
	lie := f.reportData(ref.RefSlot, 0, eth(1000), 0)
	f.ok("vote")(f.oracle.SubmitReport(f.opts(kOracle), ref.RefSlot, f.hash(lie)))
	if _, err := f.oracle.SubmitReportData(f.opts(kOracle), lie); f.revert(err) != "NoQuorum" {
		t.Fatalf("a minority's report: %v (%s), want NoQuorum", err, f.revert(err))
	}
	honest := f.reportData(ref.RefSlot, 0, new(big.Int), 0)
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
