package contracts_test

import (
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"

	"github.com/stakepool/stakepool/contracts/bindings"
)

// vetoFixture is the fixture with the escrow and the seal bound.
type vetoFixture struct {
	*fixture
	escrow    *bindings.VetoEscrow
	seal      *bindings.GateSeal
	proposals int64 // proposed so far (ids from 1)
}

func newVetoFixture(t *testing.T) *vetoFixture {
	t.Helper()
	f := newFixture(t)
	v := &vetoFixture{fixture: f}
	var err error
	if v.escrow, err = bindings.NewVetoEscrow(f.a.VetoEscrow, f.c.Client); err != nil {
		t.Fatal(err)
	}
	if v.seal, err = bindings.NewGateSeal(f.a.GateSeal, f.c.Client); err != nil {
		t.Fatal(err)
	}
	f.mds = append(f.mds, bindings.VetoEscrowMetaData, bindings.GateSealMetaData)
	return v
}

// wait seals an empty block d after the head.
func (v *vetoFixture) wait(d time.Duration) {
	v.t.Helper()
	if err := v.c.AdjustTime(d); err != nil { // waits out the pool's background drop of sealed transactions
		v.t.Fatal(err)
	}
}

// refused checks that a transaction was refused with the custom error want.
func (v *vetoFixture) refused(what, want string) func(tx any, err error) {
	return func(_ any, err error) {
		v.t.Helper()
		if err == nil {
			v.c.Backend.Commit()
			v.t.Fatalf("%s: applied, want the refusal %s", what, want)
		}
		if got := v.revert(err); got != want {
			v.t.Fatalf("%s: refused with %s (%v), want %s", what, got, err, want)
		}
	}
}

// propose has the (captured) committee propose target.method(args...) and
// returns the proposal's id; one member, threshold 1: it is queued at once.
func (v *vetoFixture) propose(target common.Address, md *bind.MetaData, method string, args ...any) *big.Int {
	v.t.Helper()
	parsed, err := md.GetAbi()
	if err != nil {
		v.t.Fatal(err)
	}
	data, err := parsed.Pack(method, args...)
	if err != nil {
		v.t.Fatal(err)
	}
	v.ok("propose " + method)(v.gov.Propose(v.opts(kMember), target, data))
	v.proposals++
	return big.NewInt(v.proposals)
}

// TestVetoHoldersLeaveBeforeHostileProposal: a captured governance
// committee queues a proposal that hands the oracle to Mallory (who could
// then report any loss). Alice, who holds most of the stETH, locks 20 ETH
// in the escrow before the timelock ends: past the second seal (10%), a
// rage quit begins. The proposal cannot run — not when its timelock ends,
// not when the rage quit's 7-day window ends — until the request Alice made
// through the escrow is finalized at the honest rate; only then does it
// run. Without the veto's check in Governance.execute the proposal runs
// when the timelock ends, before Alice's request is finalized, and the
// test fails (mutation-checked).
func TestVetoHoldersLeaveBeforeHostileProposal(t *testing.T) {
	v := newVetoFixture(t)
	v.ok("alice stakes")(v.pool.Submit(v.value(kAlice, eth(100)), common.Address{}))
	v.ok("bob stakes")(v.pool.Submit(v.value(kBob, eth(10)), common.Address{}))
	hostile := v.propose(v.a.Oracle, bindings.OracleMetaData, "setCommittee", []common.Address{v.c.Addrs[kMallory]}, big.NewInt(1))
	p, err := v.gov.GetProposal(nil, hostile)
	if err != nil || p.P.Queued == 0 {
		t.Fatalf("the proposal is not queued: %v", err)
	}

	// Bob's 2 ETH (1.8% of the shares) lengthen every timelock in proportion.
	v.ok("bob locks")(v.escrow.LockStETH(v.opts(kBob), eth(2)))
	vs, err := v.escrow.VetoState(nil)
	if err != nil || vs.Frozen || vs.Vetoed || vs.Extension.Sign() == 0 {
		t.Fatalf("veto state with 1.8%% locked: %+v (%v), want an extension only", vs, err)
	}
	// 2 of 111 ETH is 180.18 bp, 80.18 bp past the first seal of the 900
	// between the seals: 45 days × (20,000 − 11,100) / 99,900 =
	// 346,378.4 s, rounded up (the holders' favour).
	if vs.Extension.Cmp(big.NewInt(346_379)) != 0 {
		t.Fatalf("extension %s s, want 346,379 s", vs.Extension)
	}
	v.wait(30 * time.Second) // the plain timelock (24 s) has ended, the lengthened one has not
	v.refused("execute within the lengthened timelock", "Timelock")(v.gov.Execute(v.opts(kMember), hostile))

	// Alice locks 20 ETH: 19.8% ≥ 10%, a rage quit begins.
	v.ok("alice locks")(v.escrow.LockStETH(v.opts(kAlice), eth(20)))
	st, err := v.escrow.GetState(nil)
	if err != nil || st.RageQuitRound.Cmp(big.NewInt(1)) != 0 {
		t.Fatalf("no rage quit after Alice's lock: %+v (%v)", st, err)
	}
	v.refused("alice takes her stETH back", "RageQuit")(v.escrow.Unlock(v.opts(kAlice)))
	// She leaves through the queue: one request of 20 ETH, owned by her.
	v.ok("alice withdraws")(v.escrow.Withdraw(v.opts(kAlice), []*big.Int{eth(20)}))
	owner, err := v.wq.OwnerOf(nil, big.NewInt(1))
	if err != nil || owner != v.c.Addrs[kAlice] {
		t.Fatalf("request 1 belongs to %s (%v), want Alice", owner.Hex(), err)
	}

	v.refused("execute during the rage quit", "RageQuit")(v.gov.Execute(v.opts(kMember), hostile))
	v.wait(7*24*time.Hour + time.Minute) // the window has ended; the request still waits
	v.refused("execute before Alice's request is finalized", "RageQuit")(v.gov.Execute(v.opts(kMember), hostile))

	// The honest oracle finalizes it; Alice is paid her 20 ETH.
	v.report(0, new(big.Int), true)
	st1, err := v.wq.GetWithdrawalStatus(nil, []*big.Int{big.NewInt(1)})
	if err != nil || !st1[0].IsFinalized || st1[0].Owner != v.c.Addrs[kAlice] {
		t.Fatalf("request 1 after the report: %+v (%v), want finalized and Alice's", st1, err)
	}
	paid, err := v.wq.GetClaimableEther(nil, big.NewInt(1))
	if err != nil || paid.Cmp(eth(20)) != 0 {
		t.Fatalf("request 1 pays %v (%v), want 20 ETH", paid, err)
	}
	// Only now may the hostile proposal run.
	v.ok("execute after the holders left")(v.gov.Execute(v.opts(kMember), hostile))
}

// TestPauseCommitteeIsBounded: a captured emergency committee pauses
// withdrawals — once, for its fixed time. Its second pause is refused, the
// queue works again when the pause ends, and governance cannot pause
// withdrawals itself. Without the one-use mark in GateSeal.seal the second
// pause goes through and withdrawals stop again (mutation-checked).
func TestPauseCommitteeIsBounded(t *testing.T) {
	v := newVetoFixture(t)
	hdr, err := v.c.Client.HeaderByNumber(t.Context(), nil)
	if err != nil {
		t.Fatal(err)
	}
	expiry := hdr.Time + 30*86400
	install := v.propose(v.a.GateSeal, bindings.GateSealMetaData, "setCommittee", v.c.Addrs[kMallory], expiry, uint64(3600))
	v.wait(30 * time.Second)
	v.ok("install the committee")(v.gov.Execute(v.opts(kMember), install))
	v.ok("alice stakes")(v.pool.Submit(v.value(kAlice, eth(10)), common.Address{}))

	v.refused("a stranger's pause", "NotAuthorized")(v.seal.Seal(v.opts(kAlice), big.NewInt(4)))
	v.ok("the committee pauses withdrawals")(v.seal.Seal(v.opts(kMallory), big.NewInt(4)))
	v.refused("a request while paused", "Paused")(v.wq.RequestWithdrawals(v.opts(kAlice), []*big.Int{eth(1)}, common.Address{}))
	v.refused("an instant withdrawal while paused", "Paused")(v.pool.InstantWithdraw(v.opts(kAlice), eth(1)))
	// Governance runs nothing meanwhile (and Pool.extendPause takes
	// staking and deposits only: it never pauses withdrawals).
	extend := v.propose(v.a.Pool, bindings.PoolMetaData, "extendPause", big.NewInt(1), big.NewInt(86400))
	v.wait(30 * time.Second)
	v.refused("governance runs nothing while withdrawals are paused", "Paused")(v.gov.Execute(v.opts(kMember), extend))

	v.wait(time.Hour) // the pause has ended
	v.ok("a request after the pause")(v.wq.RequestWithdrawals(v.opts(kAlice), []*big.Int{eth(1)}, common.Address{}))
	v.refused("the committee's second pause", "NotAuthorized")(v.seal.Seal(v.opts(kMallory), big.NewInt(4)))
	v.ok("another request")(v.wq.RequestWithdrawals(v.opts(kAlice), []*big.Int{eth(1)}, common.Address{}))
	v.ok("governance extends the pause of staking")(v.gov.Execute(v.opts(kMember), extend))
	until, err := v.pool.GetPausedUntil(nil)
	if err != nil {
		t.Fatal(err)
	}
	now, err := v.c.Client.HeaderByNumber(t.Context(), nil)
	if err != nil {
		t.Fatal(err)
	}
	if until.Withdrawals.Uint64() > now.Time {
		t.Fatalf("withdrawals paused until %s at %d", until.Withdrawals, now.Time)
	}
}
