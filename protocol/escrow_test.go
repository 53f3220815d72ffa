package protocol_test

import (
	"testing"

	"github.com/holiman/uint256"

	"github.com/stakepool/stakepool/protocol"
	pt "github.com/stakepool/stakepool/protocol/protocoltest"
)

var (
	dave = pt.Addr(4)
	erin = pt.Addr(5)
)

// vetoPool is a pool of exactly 10,000 ETH in 10,000 ETH of shares (the
// dead shares' 1 ETH and alice's 9,999) with mainnet's veto: seals at 1%
// (100 ETH) and 10% (1,000 ETH), up to 45 days (3,888,000 s) more timelock,
// a 7-day rage-quit window; and a 1-day timelock.
func vetoPool(t tb) *harness {
	h := newHarness(t, 5)
	m := protocol.MainnetParams()
	h.gov(protocol.Action{Kind: protocol.ActSetParameter, Param: protocol.ParamVetoMaxExtensionSeconds, Value: wei(m.VetoMaxExtensionSeconds)})
	h.gov(protocol.Action{Kind: protocol.ActSetParameter, Param: protocol.ParamRageQuitWindowSeconds, Value: wei(m.RageQuitWindowSeconds)})
	h.gov(protocol.Action{Kind: protocol.ActSetParameter, Param: protocol.ParamProposalLifetimeSeconds, Value: wei(30 * 86400)})
	h.gov(protocol.Action{Kind: protocol.ActSetParameter, Param: protocol.ParamTimelockSeconds, Value: wei(86400)})
	h.do(alice, protocol.Command{Kind: protocol.CmdSubmit, Amount: eth(9999)})
	return h
}

// lockAs gives who amount of alice's stETH and locks it in the escrow.
func (h *harness) lockAs(who protocol.Address, amount uint256.Int) {
	h.t.Helper()
	h.do(alice, protocol.Command{Kind: protocol.CmdTransfer, To: who, Amount: amount})
	h.do(who, protocol.Command{Kind: protocol.CmdLockStETH, Amount: amount})
}

// propose makes a proposal the committee approves at once (queued now).
func (h *harness) propose(a protocol.Action) protocol.ProposalID {
	h.t.Helper()
	h.do(pt.Members[0], protocol.Command{Kind: protocol.CmdPropose, Action: a})
	id := protocol.ProposalID(h.s.ProposalCount())
	h.do(pt.Members[1], protocol.Command{Kind: protocol.CmdApproveProposal, Proposal: id})
	return id
}

func (h *harness) execute(id protocol.ProposalID) error {
	h.t.Helper()
	_, err := h.try(pt.Members[2], protocol.Command{Kind: protocol.CmdExecuteProposal, Proposal: id})
	return err
}

func wantCode(t *testing.T, err error, code protocol.Code) {
	t.Helper()
	if protocol.CodeOf(err) != code {
		t.Fatalf("got %v, want %s", err, code)
	}
}

// TestVetoExtensionTable: the timelock's extension for the escrow's
// support, by hand: nothing up to the first seal (1%), then 45 days ×
// (support − 1%) / 9% rounded up, the maximum just below the second seal
// (10%), where a rage quit starts and the round's weight is committed.
func TestVetoExtensionTable(t *testing.T) {
	for _, c := range []struct {
		name   string
		locked uint256.Int
		ext    uint64
		bp     uint64
	}{
		{"nothing", wei(0), 0, 0},
		{"a wei below 1%", amt("99.999999999999999999"), 0, 99},
		{"1%", eth(100), 0, 100},
		{"1% and a wei", amt("100.000000000000000001"), 1, 100}, // 3,888,000 × 1e-22 / 9e-2: rounded up
		{"3.25%", eth(325), 972_000, 325},                       // 45 days × 2.25 / 9 = 11.25 days
		{"5.5%", eth(550), 1_944_000, 550},                      // half of 45 days
		{"9.99%", eth(999), 3_883_680, 999},                     // 3,888,000 × 899 / 900
		{"a wei below 10%", amt("999.999999999999999999"), 3_888_000, 999},
		{"10%: a rage quit, the next round is empty", eth(1000), 0, 0},
	} {
		t.Run(c.name, func(t *testing.T) {
			h := vetoPool(t)
			if !c.locked.IsZero() {
				h.lockAs(bob, c.locked)
			}
			if got := h.s.VetoExtension(); got != c.ext {
				t.Fatalf("extension %d s, want %d", got, c.ext)
			}
			if got := h.s.VetoSupportBP(); got != c.bp {
				t.Fatalf("support %d bp, want %d", got, c.bp)
			}
		})
	}
}

// TestVetoWeightOfEachAsset: stETH counts its shares, wstETH one share a
// token, a request its shares; at a share rate of 1.1 (10% rewards) 110
// stETH, 100 wstETH and a request of 110 stETH weigh 100 shares each.
func TestVetoWeightOfEachAsset(t *testing.T) {
	h := vetoPool(t)
	h.gov(protocol.Action{Kind: protocol.ActSetParameter, Param: protocol.ParamAnnualIncreaseBP, Value: wei(100 * protocol.BP)})
	h.credit(pt.ELVault, eth(1000))
	h.collectRewards() // rate 11,000 / 10,000
	h.do(alice, protocol.Command{Kind: protocol.CmdTransfer, To: bob, Amount: eth(440)})
	h.do(bob, protocol.Command{Kind: protocol.CmdLockStETH, Amount: eth(110)})
	h.do(bob, protocol.Command{Kind: protocol.CmdWrap, Amount: eth(110)})
	h.do(bob, protocol.Command{Kind: protocol.CmdLockWstETH, Amount: eth(100)})
	h.do(bob, protocol.Command{Kind: protocol.CmdRequestWithdrawals, Amounts: []uint256.Int{eth(110)}})
	h.do(bob, protocol.Command{Kind: protocol.CmdLockWithdrawals, IDs: []uint64{1}})
	_, _, w := h.s.Escrow()
	if want := eth(300); !w.Eq(&want) {
		t.Fatalf("weight %s, want 300 ETH of shares", w.Dec())
	}
	l, _ := h.s.EscrowLockOf(bob)
	if l.Shares != eth(100) || l.WstETH != eth(100) || l.ReqShares != eth(100) || len(l.Requests) != 1 {
		t.Fatalf("bob's lock %+v", l)
	}
	if q, _ := h.s.WithdrawalRequest(1); q.Owner != pt.Escrow {
		t.Fatalf("request 1 owned by %s, not the escrow", q.Owner)
	}
	// Unlock gives all of it back, as it was.
	h.do(bob, protocol.Command{Kind: protocol.CmdUnlock})
	if acc := h.s.Account(bob); acc.Shares != eth(200) || acc.WstETH != eth(100) {
		t.Fatalf("after unlock bob has %s shares and %s wstETH", acc.Shares.Dec(), acc.WstETH.Dec())
	}
	if q, _ := h.s.WithdrawalRequest(1); q.Owner != bob {
		t.Fatalf("request 1 owned by %s after unlock", q.Owner)
	}
	if _, _, w := h.s.Escrow(); !w.IsZero() {
		t.Fatalf("weight %s after unlock", w.Dec())
	}
}

// TestEscrowRefusals: every refusal, with its code, changes nothing.
func TestEscrowRefusals(t *testing.T) {
	h := vetoPool(t)
	h.do(alice, protocol.Command{Kind: protocol.CmdTransfer, To: bob, Amount: eth(10)})
	h.do(bob, protocol.Command{Kind: protocol.CmdRequestWithdrawals, Amounts: []uint256.Int{eth(1), eth(1)}})
	for _, c := range []struct {
		from protocol.Address
		cmd  protocol.Command
		code protocol.Code
	}{
		{bob, protocol.Command{Kind: protocol.CmdLockStETH, Amount: eth(9)}, protocol.CodeInsufficientBalance},
		{bob, protocol.Command{Kind: protocol.CmdLockStETH, Amount: wei(0)}, protocol.CodeZeroAmount},
		{bob, protocol.Command{Kind: protocol.CmdLockWstETH, Amount: wei(1)}, protocol.CodeInsufficientBalance},
		{bob, protocol.Command{Kind: protocol.CmdLockWstETH, Amount: wei(0)}, protocol.CodeZeroAmount},
		{bob, protocol.Command{Kind: protocol.CmdLockWithdrawals, IDs: []uint64{3}}, protocol.CodeUnknownRequest},
		{bob, protocol.Command{Kind: protocol.CmdLockWithdrawals, IDs: []uint64{2, 1}}, protocol.CodeMalformed},
		{bob, protocol.Command{Kind: protocol.CmdLockWithdrawals, IDs: []uint64{1, 1}}, protocol.CodeMalformed},
		{carol, protocol.Command{Kind: protocol.CmdLockWithdrawals, IDs: []uint64{1}}, protocol.CodeNotAuthorized},
		{bob, protocol.Command{Kind: protocol.CmdUnlock}, protocol.CodeNothingLocked},
		{bob, protocol.Command{Kind: protocol.CmdRageQuitWithdraw}, protocol.CodeNothingLocked},
		{bob, protocol.Command{Kind: protocol.CmdTransfer, To: pt.Escrow, Amount: eth(1)}, protocol.CodeTransferToPool},
		{bob, protocol.Command{Kind: protocol.CmdTransferWithdrawal, To: pt.Escrow, Index: 1}, protocol.CodeTransferToPool},
	} {
		root := h.s.Root()
		_, err := h.try(c.from, c.cmd)
		if protocol.CodeOf(err) != c.code {
			t.Fatalf("%s: got %v, want %s", c.cmd.Kind, err, c.code)
		}
		if h.s.Root() != root {
			t.Fatalf("%s: a refusal changed the state", c.cmd.Kind)
		}
	}
	// A finalized request carries no weight.
	h.mustReportFinalizing(protocol.OracleReport{})
	_, err := h.try(bob, protocol.Command{Kind: protocol.CmdLockWithdrawals, IDs: []uint64{1}})
	wantCode(t, err, protocol.CodeRequestFinalized)
}

// TestVetoLengthensTimelock: a proposal queued at T runs at T + 1 day with
// no veto; with 5.5% in the escrow not before T + 1 day + 22.5 days; and
// when the holders leave, at once.
func TestVetoLengthensTimelock(t *testing.T) {
	h := vetoPool(t)
	id := h.propose(protocol.Action{Kind: protocol.ActPauseStaking})
	queued := h.s.Timestamp()
	h.lockAs(bob, eth(550))
	if got, want := h.s.ReadyAt(id), queued+86400+1_944_000; got != want {
		t.Fatalf("ready at %d, want %d", got, want)
	}
	h.wait(86400)
	wantCode(t, h.execute(id), protocol.CodeTimelock)
	h.wait(1_944_000 - 1)
	wantCode(t, h.execute(id), protocol.CodeTimelock)
	// Bob leaves the escrow the moment before it could run: he can.
	h.do(bob, protocol.Command{Kind: protocol.CmdUnlock})
	if err := h.execute(id); err != nil {
		t.Fatal(err)
	}
	// Another proposal, and 5.5% locked again: it runs exactly when the
	// lengthened timelock ends.
	id = h.propose(protocol.Action{Kind: protocol.ActResumeStaking})
	h.do(bob, protocol.Command{Kind: protocol.CmdLockStETH, Amount: eth(550)})
	h.wait(86400 + 1_944_000 - 1)
	wantCode(t, h.execute(id), protocol.CodeTimelock)
	h.wait(1)
	if err := h.execute(id); err != nil {
		t.Fatal(err)
	}
}

// TestRageQuit: 10% in the escrow freezes proposals; its holders leave
// only through the queue; the freeze holds for the window and until
// their requests are finalized; locks meanwhile count for the next round.
func TestRageQuit(t *testing.T) {
	h := vetoPool(t)
	id := h.propose(protocol.Action{Kind: protocol.ActPauseStaking})
	h.lockAs(bob, eth(600))
	h.do(alice, protocol.Command{Kind: protocol.CmdTransfer, To: carol, Amount: eth(300)})
	h.do(carol, protocol.Command{Kind: protocol.CmdWrap, Amount: eth(300)})
	h.do(carol, protocol.Command{Kind: protocol.CmdLockWstETH, Amount: eth(300)})
	h.do(alice, protocol.Command{Kind: protocol.CmdTransfer, To: dave, Amount: eth(100)})
	h.do(dave, protocol.Command{Kind: protocol.CmdRequestWithdrawals, Amounts: []uint256.Int{eth(100)}})
	ev := h.do(dave, protocol.Command{Kind: protocol.CmdLockWithdrawals, IDs: []uint64{1}})
	started := false
	for _, e := range ev {
		if e.Kind == protocol.EvRageQuitStarted {
			started = e.Index == 1 && e.Count == 1 && e.Shares == eth(1000)
		}
	}
	if !started {
		t.Fatalf("the lock that reached 10%% did not start rage quit 1 waiting for request 1 with 1,000 ETH: %v", ev)
	}
	start := h.s.Timestamp()
	h.wait(86400)
	wantCode(t, h.execute(id), protocol.CodeRageQuit)
	// Committed holders cannot take stETH back, nor lock more.
	_, err := h.try(bob, protocol.Command{Kind: protocol.CmdUnlock})
	wantCode(t, err, protocol.CodeRageQuit)
	h.do(alice, protocol.Command{Kind: protocol.CmdTransfer, To: bob, Amount: eth(1)})
	_, err = h.try(bob, protocol.Command{Kind: protocol.CmdLockStETH, Amount: eth(1)})
	wantCode(t, err, protocol.CodeRageQuit)
	// Others signal in round 2.
	h.lockAs(erin, eth(50))
	if _, round, w := h.s.Escrow(); round != 2 || !w.Eq(ptr(eth(50))) {
		t.Fatalf("round %d weight %s, want round 2 with 50 ETH", round, w.Dec())
	}
	_, err = h.try(erin, protocol.Command{Kind: protocol.CmdRageQuitWithdraw})
	wantCode(t, err, protocol.CodeNothingLocked)
	// The committed leave through the queue: carol's wstETH is unwrapped
	// into a request she owns, bob's stETH likewise, dave gets his request.
	h.do(carol, protocol.Command{Kind: protocol.CmdRageQuitWithdraw, Amounts: []uint256.Int{eth(300)}})
	h.do(bob, protocol.Command{Kind: protocol.CmdRageQuitWithdraw, Amounts: []uint256.Int{eth(400), eth(200)}})
	h.do(dave, protocol.Command{Kind: protocol.CmdRageQuitWithdraw})
	for id, owner := range map[uint64]protocol.Address{1: dave, 2: carol, 3: bob, 4: bob} {
		if q, _ := h.s.WithdrawalRequest(id); q.Owner != owner {
			t.Fatalf("request %d owned by %s, want %s", id, q.Owner, owner)
		}
	}
	if hs := h.s.EscrowHolders(); len(hs) != 1 || hs[0] != erin {
		t.Fatalf("holders left in the escrow: %v", hs)
	}
	if _, _, last, _ := h.s.RageQuit(); last != 4 {
		t.Fatalf("the rage quit waits for request %d, want 4", last)
	}
	// The window passes; the requests are not finalized: still frozen.
	h.wait(start + 7*86400 - h.s.Timestamp())
	wantCode(t, h.execute(id), protocol.CodeRageQuit)
	h.mustReportFinalizing(protocol.OracleReport{})
	if _, fin, _, _ := h.s.WithdrawalQueue(); fin != 4 {
		t.Fatalf("finalized up to %d", fin)
	}
	if err := h.execute(id); err != nil {
		t.Fatalf("after the rage quit: %v", err)
	}
}

// TestRageQuitWindowBoundsTheFreeze: a request a committed holder makes
// after the window does not hold the freeze (else a holder could keep
// governance frozen by requesting a little every day).
func TestRageQuitWindowBoundsTheFreeze(t *testing.T) {
	h := vetoPool(t)
	id := h.propose(protocol.Action{Kind: protocol.ActPauseStaking})
	h.lockAs(bob, eth(1000))
	h.wait(7 * 86400)
	h.do(bob, protocol.Command{Kind: protocol.CmdRageQuitWithdraw, Amounts: []uint256.Int{eth(1)}})
	if err := h.execute(id); err != nil {
		t.Fatalf("a request after the window held the freeze: %v", err)
	}
}

// TestEmergencyPause: the committee pauses once, for its fixed time;
// governance never pauses withdrawals and runs nothing while they are
// paused; it extends or ends pauses of staking and deposits and renews
// the committee.
func TestEmergencyPause(t *testing.T) {
	h := poolWith(t, 320)
	h.do(alice, protocol.Command{Kind: protocol.CmdSubmit, Amount: eth(100)})
	h.do(alice, protocol.Command{Kind: protocol.CmdRequestWithdrawals, Amounts: []uint256.Int{eth(1)}})
	h.mustReportFinalizing(base())
	pc := pt.PauseCommittee
	try := func(from protocol.Address, c protocol.Command, code protocol.Code) {
		t.Helper()
		_, err := h.try(from, c)
		wantCode(t, err, code)
	}
	try(alice, protocol.Command{Kind: protocol.CmdEmergencyPause, Count: 1}, protocol.CodeNotAuthorized)
	try(pc, protocol.Command{Kind: protocol.CmdEmergencyPause, Count: 0}, protocol.CodeMalformed)
	try(pc, protocol.Command{Kind: protocol.CmdEmergencyPause, Count: 8}, protocol.CodeMalformed)
	id := h.propose(protocol.Action{Kind: protocol.ActPauseStaking})
	h.do(pc, protocol.Command{Kind: protocol.CmdEmergencyPause, Count: uint64(protocol.PauseStaking | protocol.PauseWithdrawals)})
	until := h.s.Timestamp() + 14*86400
	if h.s.PausedUntil(protocol.PauseWithdrawals) != until || h.s.PausedUntil(protocol.PauseDeposits) != 0 {
		t.Fatalf("paused until %d / %d", h.s.PausedUntil(protocol.PauseWithdrawals), h.s.PausedUntil(protocol.PauseDeposits))
	}
	try(alice, protocol.Command{Kind: protocol.CmdSubmit, Amount: eth(1)}, protocol.CodeStakingPaused)
	try(alice, protocol.Command{Kind: protocol.CmdRequestWithdrawals, Amounts: []uint256.Int{eth(1)}}, protocol.CodePaused)
	try(alice, protocol.Command{Kind: protocol.CmdInstantWithdrawal, Amount: eth(1)}, protocol.CodePaused)
	h.do(alice, protocol.Command{Kind: protocol.CmdClaimWithdrawals, IDs: []uint64{1}}) // what is owed is paid
	try(pc, protocol.Command{Kind: protocol.CmdEmergencyPause, Count: 2}, protocol.CodeNotAuthorized)
	h.wait(86400)
	try(pt.Members[2], protocol.Command{Kind: protocol.CmdExecuteProposal, Proposal: id}, protocol.CodePaused)
	try(pt.Members[0], protocol.Command{Kind: protocol.CmdPropose, Action: protocol.Action{Kind: protocol.ActExtendPause, Mode: protocol.PauseWithdrawals, Value: wei(86400)}}, protocol.CodeInvalidParameter)
	// The pause ends by itself.
	h.wait(until - h.s.Timestamp())
	h.do(alice, protocol.Command{Kind: protocol.CmdSubmit, Amount: eth(1)})
	if err := h.execute(id); err != nil {
		t.Fatal(err)
	}
	h.gov(protocol.Action{Kind: protocol.ActResumeStaking})
	// Governance extends a pause of staking and ends it early.
	h.gov(protocol.Action{Kind: protocol.ActExtendPause, Mode: protocol.PauseStaking, Value: wei(86400)})
	try(alice, protocol.Command{Kind: protocol.CmdSubmit, Amount: eth(1)}, protocol.CodeStakingPaused)
	h.gov(protocol.Action{Kind: protocol.ActResumePaused, Mode: protocol.PauseStaking})
	h.do(alice, protocol.Command{Kind: protocol.CmdSubmit, Amount: eth(1)})
	// Renewed, the committee pauses deposits: the deposit step moves nothing.
	h.gov(protocol.Action{Kind: protocol.ActSetPauseCommittee, Address: pc, Value: wei(h.s.Timestamp() + 86400), Value2: wei(3600)})
	h.do(pc, protocol.Command{Kind: protocol.CmdEmergencyPause, Count: uint64(protocol.PauseDeposits)})
	h.do(alice, protocol.Command{Kind: protocol.CmdSubmit, Amount: eth(64)})
	before := h.s.DepositedValidators()
	h.do(protocol.SystemSender, protocol.Command{Kind: protocol.CmdDeposit, Count: 10})
	if h.s.DepositedValidators() != before {
		t.Fatal("deposited while deposits were paused")
	}
	h.wait(3600)
	h.do(protocol.SystemSender, protocol.Command{Kind: protocol.CmdDeposit, Count: 10})
	if h.s.DepositedValidators() == before {
		t.Fatal("no deposit after the pause ended")
	}
	// Its power expires.
	h.gov(protocol.Action{Kind: protocol.ActSetPauseCommittee, Address: pc, Value: wei(h.s.Timestamp() + 100), Value2: wei(3600)})
	h.wait(101)
	try(pc, protocol.Command{Kind: protocol.CmdEmergencyPause, Count: 1}, protocol.CodeNotAuthorized)
}
