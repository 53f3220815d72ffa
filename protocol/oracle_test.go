package protocol_test

import (
	"testing"

	"github.com/holiman/uint256"

	"github.com/stakepool/stakepool/protocol"
	pt "github.com/stakepool/stakepool/protocol/protocoltest"
	"github.com/stakepool/stakepool/units"
)

// toSlot moves the harness to block (slot) n.
func (h *harness) toSlot(n uint64) {
	h.t.Helper()
	if err := h.s.BeginBlock(h.s.Block()+1, h.s.Chain().SlotTime(n)); err != nil {
		h.t.Fatal(err)
	}
}

// nextFrame moves to the first slot after the next reference slot and
// returns that reference slot.
func (h *harness) nextFrame() uint64 {
	h.t.Helper()
	n := h.s.SlotsPerFrame()
	f := h.s.Slot()/n + 1
	h.toSlot(f * n)
	ref, ok := h.s.CurrentRefSlot()
	if !ok {
		h.t.Fatal("no reference slot")
	}
	return ref
}

// vote makes the first k oracle members vote for r. A report that names no
// shares to burn is given the burner's pending shares, as members report
// them.
func (h *harness) vote(r *protocol.OracleReport, k int) {
	h.t.Helper()
	if r.SharesRequestedToBurn.IsZero() {
		c, nc := h.s.SharesRequestedToBurn()
		r.SharesRequestedToBurn.Add(c, nc)
	}
	for _, m := range pt.Oracles[:k] {
		h.do(m, protocol.Command{Kind: protocol.CmdOracleVote, RefSlot: r.RefSlot, Hash: r.Hash()})
	}
}

// report moves to the next frame, has a quorum vote for r (RefSlot filled
// in) and submits it; returns the rejection, if any.
func (h *harness) report(r protocol.OracleReport) ([]protocol.Event, error) {
	h.t.Helper()
	r.RefSlot = h.nextFrame()
	h.vote(&r, 3)
	return h.try(pt.Oracles[0], protocol.Command{Kind: protocol.CmdOracleSubmit, Report: &r})
}

func (h *harness) mustReport(r protocol.OracleReport) []protocol.Event {
	h.t.Helper()
	ev, err := h.report(r)
	if err != nil {
		h.t.Fatalf("report: %v", err)
	}
	return ev
}

func (h *harness) credit(vault protocol.Address, amount uint256.Int) {
	h.t.Helper()
	h.do(protocol.SystemSender, protocol.Command{Kind: protocol.CmdChainCredit, To: vault, Amount: amount})
}

// pool sets up three operators and deposits: alice stakes stake ETH, the
// reserve target is 0 and all that can be deposited is.
func poolWith(t tb, stake uint64) *harness {
	h := newHarness(t, 5)
	h.addOperator("A", pt.Addr(501), 20, 20)
	h.addOperator("B", pt.Addr(502), 20, 20)
	h.addOperator("C", pt.Addr(503), 20, 20)
	h.gov(protocol.Action{Kind: protocol.ActSetParameter, Param: protocol.ParamReserveTargetBP, Value: wei(0)})
	h.do(alice, protocol.Command{Kind: protocol.CmdSubmit, Amount: eth(stake)})
	h.do(protocol.SystemSender, protocol.Command{Kind: protocol.CmdDeposit, Count: 150})
	return h
}

// allowLosses sets LIP-23's initial-slashing allowance to its launch value
// (1,000 PWei, 1 ETH a validator), so that the tests' small pools may show
// losses of a few ETH.
func (h *harness) allowLosses() {
	h.t.Helper()
	h.gov(protocol.Action{Kind: protocol.ActSetParameter, Param: protocol.ParamInitialSlashingPWei, Value: wei(1000)})
}

func gwei(e uint256.Int) units.Gwei {
	g, _, _ := units.WeiToGwei(&e)
	return g
}

func TestOracleVotingRules(t *testing.T) {
	h := poolWith(t, 320)
	h.nextFrame()
	r := protocol.OracleReport{Validators: 10, Balance: gwei(eth(320))}
	r.RefSlot = h.nextFrame()
	cases := []struct {
		name string
		code protocol.Code
		from protocol.Address
		cmd  protocol.Command
	}{
		{"non-member vote", protocol.CodeNotAuthorized, alice, protocol.Command{Kind: protocol.CmdOracleVote, RefSlot: r.RefSlot, Hash: r.Hash()}},
		{"future frame", protocol.CodeOracleWrongFrame, pt.Oracles[0], protocol.Command{Kind: protocol.CmdOracleVote, RefSlot: r.RefSlot + 128, Hash: r.Hash()}},
		{"past frame", protocol.CodeOracleStaleFrame, pt.Oracles[0], protocol.Command{Kind: protocol.CmdOracleVote, RefSlot: r.RefSlot - 128, Hash: r.Hash()}},
		{"not a reference slot", protocol.CodeOracleWrongFrame, pt.Oracles[0], protocol.Command{Kind: protocol.CmdOracleVote, RefSlot: r.RefSlot + 1, Hash: r.Hash()}},
		{"submit without quorum", protocol.CodeNoQuorum, pt.Oracles[0], protocol.Command{Kind: protocol.CmdOracleSubmit, Report: &r}},
	}
	for _, c := range cases {
		before := h.s.Root()
		_, err := h.try(c.from, c.cmd)
		if protocol.CodeOf(err) != c.code || h.s.Root() != before {
			t.Errorf("%s: %v (want %s), root changed %v", c.name, err, c.code, h.s.Root() != before)
		}
	}
	h.vote(&r, 2) // 2 of 5: below quorum
	before := h.s.Root()
	if _, err := h.try(pt.Oracles[1], protocol.Command{Kind: protocol.CmdOracleVote, RefSlot: r.RefSlot, Hash: r.Hash()}); protocol.CodeOf(err) != protocol.CodeOracleDuplicateVote || h.s.Root() != before {
		t.Fatalf("duplicate vote: %v", err)
	}
	if _, err := h.try(pt.Oracles[0], protocol.Command{Kind: protocol.CmdOracleSubmit, Report: &r}); protocol.CodeOf(err) != protocol.CodeNoQuorum {
		t.Fatalf("minority submit: %v", err)
	}
	// A minority voting a false balance changes nothing, even with a
	// majority for the truth.
	lie := r
	lie.Balance = gwei(eth(330))
	h.do(pt.Oracles[3], protocol.Command{Kind: protocol.CmdOracleVote, RefSlot: r.RefSlot, Hash: lie.Hash()})
	h.do(pt.Oracles[4], protocol.Command{Kind: protocol.CmdOracleVote, RefSlot: r.RefSlot, Hash: lie.Hash()})
	if _, err := h.try(pt.Oracles[3], protocol.Command{Kind: protocol.CmdOracleSubmit, Report: &lie}); protocol.CodeOf(err) != protocol.CodeNoQuorum {
		t.Fatalf("minority lie: %v", err)
	}
	h.do(pt.Oracles[2], protocol.Command{Kind: protocol.CmdOracleVote, RefSlot: r.RefSlot, Hash: r.Hash()})
	if _, err := h.try(pt.Oracles[3], protocol.Command{Kind: protocol.CmdOracleSubmit, Report: &lie}); protocol.CodeOf(err) != protocol.CodeOracleHashMismatch {
		t.Fatalf("data differing from the agreed hash: %v", err)
	}
	h.do(pt.Oracles[1], protocol.Command{Kind: protocol.CmdOracleSubmit, Report: &r})
	if h.s.BeaconValidators() != 10 {
		t.Fatalf("validators %d", h.s.BeaconValidators())
	}
	if _, err := h.try(pt.Oracles[4], protocol.Command{Kind: protocol.CmdOracleVote, RefSlot: r.RefSlot, Hash: r.Hash()}); protocol.CodeOf(err) != protocol.CodeOracleAlreadyProcessed {
		t.Fatalf("vote after processing: %v", err)
	}
}

// TestReportRewardsAndFeeSplit: rewards raise every holder's balance by
// (1 − fee) of their share; the fee is split 50/40/10 between operators
// (pro rata to active validators), treasury and insurance.
func TestReportRewardsAndFeeSplit(t *testing.T) {
	h := poolWith(t, 320)
	h.mustReport(protocol.OracleReport{Validators: 10, Balance: gwei(eth(320))}) // validators appear
	before := h.s.BalanceOf(alice)
	clGain := amt("0.001")
	elGain := amt("0.002")
	h.credit(pt.ELVault, elGain)
	var bal uint256.Int
	bal.Add(&clGain, units.Ether(320))
	h.mustReport(protocol.OracleReport{Validators: 10, Balance: gwei(bal), ELRewardsVault: elGain})
	var rewards uint256.Int
	rewards.Add(&clGain, &elGain) // 0.003 ETH
	// Everyone else's value grew by 90% of the rewards in proportion.
	got := new(uint256.Int).Sub(h.s.BalanceOf(alice), before)
	var total uint256.Int
	total.Add(h.s.BalanceOf(alice), h.s.BalanceOf(protocol.DeadAddress))
	want := new(uint256.Int).Mul(&rewards, uint256.NewInt(9))
	want.Div(want, uint256.NewInt(10))
	want.Mul(want, before)
	want.Div(want, new(uint256.Int).Add(before, h.s.BalanceOf(protocol.DeadAddress)))
	diff := new(uint256.Int)
	if got.Gt(want) {
		diff.Sub(got, want)
	} else {
		diff.Sub(want, got)
	}
	if diff.GtUint64(1e10) { // well under 0.001% of the rewards
		t.Fatalf("alice gained %s, want ≈ %s", got, want)
	}
	fee := new(uint256.Int).Div(&rewards, uint256.NewInt(10))
	ops := new(uint256.Int)
	for _, o := range h.s.Operators() {
		ops.Add(ops, h.s.BalanceOf(o.RewardAddress))
	}
	check := func(name string, got *uint256.Int, bp uint64) {
		want := new(uint256.Int).Mul(fee, uint256.NewInt(bp))
		want.Div(want, uint256.NewInt(10_000))
		d := new(uint256.Int)
		if got.Gt(want) {
			d.Sub(got, want)
		} else {
			d.Sub(want, got)
		}
		if d.GtUint64(10) {
			t.Errorf("%s received %s, want %s", name, got, want)
		}
	}
	check("operators", ops, 5000)
	check("treasury", h.s.BalanceOf(pt.Treasury), 4000)
	check("insurance", h.s.BalanceOf(pt.Insure), 1000)
	// Pro rata: 10 validators over A, B, C as 4, 3, 3.
	o := h.s.Operators()
	a, b := h.s.SharesOf(o[0].RewardAddress), h.s.SharesOf(o[1].RewardAddress)
	a3, b4 := new(uint256.Int).Mul(a, uint256.NewInt(3)), new(uint256.Int).Mul(b, uint256.NewInt(4))
	if d := new(uint256.Int).Sub(a3, b4); a3.Lt(b4) || d.GtUint64(7) {
		t.Errorf("operator shares not pro rata: %s vs %s", a, b)
	}
	if apr := h.s.APR(); apr.Latest <= 0 || apr.Inception <= 0 {
		t.Errorf("APR %+v", apr)
	}
	if rec, _ := h.s.LastReport(); rec.Rewards != rewards {
		t.Errorf("recorded rewards %s", rec.Rewards.Dec())
	}
}

func TestSanityLimitsRejectReports(t *testing.T) {
	base := protocol.OracleReport{Validators: 10, Balance: gwei(eth(320))}
	cases := []struct {
		name string
		code protocol.Code
		prep func(h *harness)
		mut  func(r *protocol.OracleReport)
	}{
		{"more validators than deposited", protocol.CodeSanityValidators, nil, func(r *protocol.OracleReport) { r.Validators = 11 }},
		{"fewer validators than seen", protocol.CodeSanityValidators, func(h *harness) { h.mustReport(base) }, func(r *protocol.OracleReport) { r.Validators = 9 }},
		{"appeared per day", protocol.CodeSanityAppeared,
			func(h *harness) {
				h.gov(protocol.Action{Kind: protocol.ActSetParameter, Param: protocol.ParamAppearedEthPerDay, Value: wei(1)})
			}, nil},
		{"exited count falls", protocol.CodeSanityExited,
			func(h *harness) {
				r := base
				r.Exited = []protocol.OperatorCount{{Operator: 0, Count: 1}}
				h.mustReport(r)
			}, func(r *protocol.OracleReport) { r.Exited = []protocol.OperatorCount{{Operator: 0, Count: 0}} }},
		{"exited per day", protocol.CodeSanityExited,
			func(h *harness) {
				h.gov(protocol.Action{Kind: protocol.ActSetParameter, Param: protocol.ParamExitedEthPerDay, Value: wei(1)})
			}, func(r *protocol.OracleReport) { r.Exited = []protocol.OperatorCount{{Operator: 0, Count: 3}} }},
		{"withdrawal vault above what the chain credited", protocol.CodeSanityVault, nil,
			func(r *protocol.OracleReport) { r.WithdrawalVault = eth(1) }},
		{"one-off decrease", protocol.CodeSanityDecrease, nil,
			func(r *protocol.OracleReport) { r.Balance = gwei(eth(300)) }},
		{"annual increase", protocol.CodeSanityIncrease, nil,
			func(r *protocol.OracleReport) { r.Balance = gwei(eth(321)) }},
		{"too many exit requests", protocol.CodeSanityExitRequests,
			func(h *harness) {
				h.gov(protocol.Action{Kind: protocol.ActSetParameter, Param: protocol.ParamMaxExitRequests, Value: wei(1)})
			}, func(r *protocol.OracleReport) { r.ExitRequests = []protocol.OperatorCount{{Operator: 0, Count: 2}} }},
		{"finalize a request that does not exist", protocol.CodeSanityFinalization, nil,
			func(r *protocol.OracleReport) { r.Batches, r.SimulatedShareRate = []uint64{5}, *shareRate1 }},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			h := poolWith(t, 320)
			if c.prep != nil {
				c.prep(h)
			}
			r := base
			if c.mut != nil {
				c.mut(&r)
			}
			r.RefSlot = h.nextFrame()
			h.vote(&r, 3)
			before := h.s.Root()
			_, err := h.try(pt.Oracles[0], protocol.Command{Kind: protocol.CmdOracleSubmit, Report: &r})
			if protocol.CodeOf(err) != c.code {
				t.Fatalf("got %v, want %s", err, c.code)
			}
			if h.s.Root() != before {
				t.Fatal("a rejected report changed the state")
			}
		})
	}
}

// TestPositiveRebaseLimiter: execution rewards beyond the per-report limit
// stay in the vault and arrive with later reports.
func TestPositiveRebaseLimiter(t *testing.T) {
	h := poolWith(t, 320)
	h.mustReport(protocol.OracleReport{Validators: 10, Balance: gwei(eth(320))})
	h.credit(pt.ELVault, eth(1))
	pre := h.s.TotalPooledEther()
	h.mustReport(protocol.OracleReport{Validators: 10, Balance: gwei(eth(320)), ELRewardsVault: eth(1)})
	rec, _ := h.s.LastReport()
	maxGain := new(uint256.Int).Mul(pre, uint256.NewInt(750_000))
	maxGain.Div(maxGain, uint256.NewInt(1e9))
	if rec.ELRewardsPull.Gt(maxGain) || rec.ELRewardsPull.IsZero() {
		t.Fatalf("pulled %s, limit %s", rec.ELRewardsPull.Dec(), maxGain)
	}
	left := h.s.Account(pt.ELVault).ETH
	if want := new(uint256.Int).Sub(units.Ether(1), &rec.ELRewardsPull); left != *want {
		t.Fatalf("vault keeps %s, want %s", left.Dec(), want)
	}
	h.mustReport(protocol.OracleReport{Validators: 10, Balance: gwei(eth(320)), ELRewardsVault: left})
	if rec2, _ := h.s.LastReport(); rec2.ELRewardsPull.IsZero() {
		t.Fatal("the next report pulled nothing")
	}
}

// TestInsuranceCoversLossThenSocialized.
func TestInsuranceCoversLossThenSocialized(t *testing.T) {
	h := poolWith(t, 320)
	h.allowLosses()
	h.mustReport(protocol.OracleReport{Validators: 10, Balance: gwei(eth(320))})
	h.do(alice, protocol.Command{Kind: protocol.CmdTransfer, To: pt.Insure, Amount: eth(2)})
	rateBefore := h.s.StEthPerToken()
	// A 1 ETH loss: the 2-ETH fund covers it, the rate holds.
	h.mustReport(protocol.OracleReport{Validators: 10, Balance: gwei(eth(319))})
	if got := h.s.StEthPerToken(); got.Lt(new(uint256.Int).SubUint64(rateBefore, 1)) || got.Gt(rateBefore) {
		t.Fatalf("rate moved from %s to %s although insurance covered the loss", rateBefore, got)
	}
	if ins := h.s.BalanceOf(pt.Insure); ins.Gt(units.Ether(1)) || ins.Lt(ptr(amt("0.99"))) {
		t.Fatalf("insurance holds %s after covering 1 ETH of 2", ins)
	}
	// A 3 ETH loss: the fund covers ~1, the rest is socialized.
	h.mustReport(protocol.OracleReport{Validators: 10, Balance: gwei(eth(316))})
	if !h.s.SharesOf(pt.Insure).IsZero() {
		t.Fatal("insurance not exhausted")
	}
	if got := h.s.StEthPerToken(); !got.Lt(rateBefore) {
		t.Fatal("the uncovered loss was not socialized")
	}
	if rec, _ := h.s.LastReport(); rec.InsuranceCover.IsZero() {
		t.Fatal("no cover recorded")
	}
}

func TestWithdrawalQueue(t *testing.T) {
	h := poolWith(t, 320)
	h.do(bob, protocol.Command{Kind: protocol.CmdSubmit, Amount: eth(100)})
	h.mustReport(protocol.OracleReport{Validators: 10, Balance: gwei(eth(320))})
	h.do(bob, protocol.Command{Kind: protocol.CmdRequestWithdrawals, Amounts: []uint256.Int{eth(10), eth(5)}})
	if _, err := h.try(bob, protocol.Command{Kind: protocol.CmdRequestWithdrawals, Amounts: []uint256.Int{eth(1001)}}); protocol.CodeOf(err) != protocol.CodeWithdrawalAmount {
		t.Fatalf("above max: %v", err)
	}
	if _, err := h.try(bob, protocol.Command{Kind: protocol.CmdClaimWithdrawals, IDs: []uint64{1}}); protocol.CodeOf(err) != protocol.CodeNotFinalized {
		t.Fatalf("early claim: %v", err)
	}
	h.mustReportFinalizing(protocol.OracleReport{Validators: 10, Balance: gwei(eth(320))})
	if _, fin, _, _ := h.s.WithdrawalQueue(); fin != 2 {
		t.Fatalf("finalized %d of 2", fin)
	}
	if _, err := h.try(alice, protocol.Command{Kind: protocol.CmdClaimWithdrawals, IDs: []uint64{1}}); protocol.CodeOf(err) != protocol.CodeNotAuthorized {
		t.Fatalf("stranger claim: %v", err)
	}
	if _, err := h.try(bob, protocol.Command{Kind: protocol.CmdClaimWithdrawals, IDs: []uint64{1, 1}}); protocol.CodeOf(err) != protocol.CodeAlreadyClaimed {
		t.Fatalf("double claim in one call: %v", err)
	}
	before := h.s.Account(bob).ETH
	h.do(bob, protocol.Command{Kind: protocol.CmdClaimWithdrawals, IDs: []uint64{1, 2}, To: carol})
	if h.s.Account(bob).ETH != before {
		t.Fatal("paid to the wrong account")
	}
	paid := h.s.Account(carol).ETH
	want := amt("1000015") // carol's 1,000,000 ETH + 15 claimed
	if paid.Gt(&want) {
		t.Fatalf("paid %s, more than the 15 ETH locked", paid.Dec())
	}
	if d := new(uint256.Int).Sub(&want, &paid); d.GtUint64(4) {
		t.Fatalf("paid %s, want 15 ETH minus rounding", paid.Dec())
	}
	if _, err := h.try(bob, protocol.Command{Kind: protocol.CmdClaimWithdrawals, IDs: []uint64{2}}); protocol.CodeOf(err) != protocol.CodeAlreadyClaimed {
		t.Fatalf("second claim: %v", err)
	}
}

// TestQueuedRequestsShareLosses: a request queued just before a loss is
// finalized at the lower rate: it does not escape the loss.
func TestQueuedRequestsShareLosses(t *testing.T) {
	h := poolWith(t, 320)
	h.allowLosses()
	h.do(bob, protocol.Command{Kind: protocol.CmdSubmit, Amount: eth(150)}) // stays in the buffer
	h.mustReport(protocol.OracleReport{Validators: 10, Balance: gwei(eth(320))})
	h.do(alice, protocol.Command{Kind: protocol.CmdRequestWithdrawals, Amounts: []uint256.Int{eth(100)}})
	// A 10 ETH loss (about 2% of the 471 ETH pool), no insurance.
	h.mustReportFinalizing(protocol.OracleReport{Validators: 10, Balance: gwei(eth(310))})
	q, _ := h.s.WithdrawalRequest(1)
	// 100 stETH of a pool that went from 471 to 461 ETH: worth 100 × 461/471.
	want := new(uint256.Int).Mul(units.Ether(100), uint256.NewInt(461))
	want.Div(want, uint256.NewInt(471))
	d := new(uint256.Int)
	if q.Claimable.Gt(want) {
		d.Sub(&q.Claimable, want)
	} else {
		d.Sub(want, &q.Claimable)
	}
	if d.GtUint64(1e9) {
		t.Fatalf("claimable %s, want %s (the loss shared)", units.FormatEther(&q.Claimable), units.FormatEther(want))
	}
}

// TestBunkerModeAndAlert: one member's alert closes instant withdrawals and
// deposits at once; requests made after it wait while bunker holds; those
// before finalize at the discounted rate; bunker releases with a clean report.
func TestBunkerModeAndAlert(t *testing.T) {
	h := poolWith(t, 320)
	h.allowLosses()
	h.do(bob, protocol.Command{Kind: protocol.CmdSubmit, Amount: eth(100)})
	h.mustReport(protocol.OracleReport{Validators: 10, Balance: gwei(eth(320))})
	h.mustReport(protocol.OracleReport{Validators: 10, Balance: gwei(eth(320))})
	h.do(bob, protocol.Command{Kind: protocol.CmdRequestWithdrawals, Amounts: []uint256.Int{eth(10)}})
	h.next()
	h.do(pt.Oracles[4], protocol.Command{Kind: protocol.CmdOracleAlert})
	if _, err := h.try(bob, protocol.Command{Kind: protocol.CmdInstantWithdrawal, Amount: eth(1)}); protocol.CodeOf(err) != protocol.CodeBunkerMode {
		t.Fatalf("instant withdrawal during alert: %v", err)
	}
	if !h.s.DepositableEther().IsZero() {
		t.Fatal("deposits continue in bunker mode")
	}
	h.next()
	h.do(bob, protocol.Command{Kind: protocol.CmdRequestWithdrawals, Amounts: []uint256.Int{eth(10)}}) // after the alert
	// The loss report: bunker holds; request 2 (after the alert) must wait.
	if _, err := h.reportBatches(protocol.OracleReport{Validators: 10, Balance: gwei(eth(315)), Bunker: true}, 2); protocol.CodeOf(err) != protocol.CodeSanityFinalization {
		t.Fatalf("finalizing a request made during bunker: %v", err)
	}
	h2 := protocol.OracleReport{Validators: 10, Balance: gwei(eth(315)), Bunker: true}
	h2.RefSlot, _ = h.s.CurrentRefSlot()
	if err := h.s.PrepareFinalization(&h2, protocol.DefaultMaxRequestsPerCall); err != nil || len(h2.Batches) != 1 || h2.Batches[0] != 1 {
		t.Fatalf("members would finalize %v (%v), want request 1 only", h2.Batches, err)
	}
	h.vote(&h2, 3)
	h.do(pt.Oracles[0], protocol.Command{Kind: protocol.CmdOracleSubmit, Report: &h2})
	if q, _ := h.s.WithdrawalRequest(1); !q.Claimable.Lt(ptr(amt("10"))) {
		t.Fatalf("request before the loss escaped it: %s", q.Claimable.Dec())
	}
	if !h.s.Bunker() {
		t.Fatal("bunker released too early")
	}
	h.mustReportFinalizing(protocol.OracleReport{Validators: 10, Balance: gwei(eth(315))})
	if h.s.Bunker() {
		t.Fatal("bunker not released by a clean report")
	}
}

// sandwich stakes right before a report with a reward and tries to
// withdraw instantly right after. It returns the profit (ETH out − ETH in)
// and the rejection, if any.
func sandwich(t *testing.T, forceOldInflow bool) (*uint256.Int, error) {
	h := poolWith(t, 320)
	h.gov(protocol.Action{Kind: protocol.ActSetParameter, Param: protocol.ParamReserveTargetBP, Value: wei(5000)})
	h.do(bob, protocol.Command{Kind: protocol.CmdSubmit, Amount: eth(200)}) // liquidity in the buffer
	h.mustReport(protocol.OracleReport{Validators: 10, Balance: gwei(eth(320))})
	h.mustReport(protocol.OracleReport{Validators: 10, Balance: gwei(eth(320))})
	attacker := pt.Addr(4)
	start := h.s.Account(attacker).ETH
	h.do(attacker, protocol.Command{Kind: protocol.CmdSubmit, Amount: eth(100)})
	h.credit(pt.ELVault, amt("0.3"))
	h.mustReport(protocol.OracleReport{Validators: 10, Balance: gwei(eth(320)), ELRewardsVault: amt("0.3")})
	if forceOldInflow {
		h.s.ForceInflowForTest(attacker, 0)
	}
	_, err := h.try(attacker, protocol.Command{Kind: protocol.CmdInstantWithdrawal, Amount: *h.s.BalanceOf(attacker)})
	end := h.s.Account(attacker).ETH
	profit := new(uint256.Int)
	if end.Gt(&start) {
		profit.Sub(&end, &start)
	}
	return profit, err
}

// TestRebaseSandwichBlocked: the holding period refuses the instant exit;
// without it (the control) the attacker pockets part of the reward.
func TestRebaseSandwichBlocked(t *testing.T) {
	profit, err := sandwich(t, false)
	if protocol.CodeOf(err) != protocol.CodeHoldingPeriod || !profit.IsZero() {
		t.Fatalf("sandwich: err %v, profit %s", err, profit)
	}
	profit, err = sandwich(t, true)
	if err != nil || profit.IsZero() {
		t.Fatalf("control: without the holding period the sandwich should profit; err %v, profit %s", err, profit)
	}
}

func TestInstantWithdrawal(t *testing.T) {
	h := poolWith(t, 320)
	h.gov(protocol.Action{Kind: protocol.ActSetParameter, Param: protocol.ParamReserveTargetBP, Value: wei(5000)})
	h.gov(protocol.Action{Kind: protocol.ActSetParameter, Param: protocol.ParamInstantWithdrawalBP, Value: wei(10)})
	h.do(bob, protocol.Command{Kind: protocol.CmdSubmit, Amount: eth(100)})
	h.mustReport(protocol.OracleReport{Validators: 10, Balance: gwei(eth(320))})
	h.mustReport(protocol.OracleReport{Validators: 10, Balance: gwei(eth(320))})
	before := h.s.Account(bob).ETH
	rate := h.s.StEthPerToken()
	h.do(bob, protocol.Command{Kind: protocol.CmdInstantWithdrawal, Amount: eth(10)})
	after := h.s.Account(bob).ETH
	got := new(uint256.Int).Sub(&after, &before)
	if *got != amt("9.99") {
		t.Fatalf("paid %s, want 9.99 (10 bp fee)", units.FormatEther(got))
	}
	if h.s.StEthPerToken().Lt(rate) {
		t.Fatal("an instant withdrawal lowered the rate")
	}
	if _, err := h.try(bob, protocol.Command{Kind: protocol.CmdInstantWithdrawal, Amount: eth(200)}); protocol.CodeOf(err) != protocol.CodeReserveShort && protocol.CodeOf(err) != protocol.CodeInsufficientBalance {
		t.Fatalf("beyond the reserve: %v", err)
	}
}

func TestExitRequestsAndStuckOperators(t *testing.T) {
	h := poolWith(t, 320)
	h.mustReport(protocol.OracleReport{Validators: 10, Balance: gwei(eth(320))})
	r := protocol.OracleReport{Validators: 10, Balance: gwei(eth(320)), ExitRequests: []protocol.OperatorCount{{Operator: 0, Count: 2}}}
	ev := h.mustReport(r)
	n := 0
	for _, e := range ev {
		if e.Kind == protocol.EvExitRequested {
			n++
		}
	}
	if n != 2 || h.s.Operators()[0].ExitRequested != 2 {
		t.Fatalf("exit requests %d", n)
	}
	// Past the deadline without exiting: the operator is stuck and earns less.
	h.toSlot(h.s.Slot() + h.s.Params().ExitDeadlineSlots + 1)
	h.mustReport(protocol.OracleReport{Validators: 10, Balance: gwei(*new(uint256.Int).Add(units.Ether(320), ptr(amt("0.01"))))})
	ops := h.s.Operators()
	if ops[0].Stuck != 2 {
		t.Fatalf("stuck %d, want 2", ops[0].Stuck)
	}
	// A has 4 validators, B 3: without the penalty A would get 4/3 of B.
	if !new(uint256.Int).Mul(&ops[0].RewardShares, uint256.NewInt(3)).Lt(new(uint256.Int).Mul(&ops[1].RewardShares, uint256.NewInt(4))) {
		t.Fatalf("stuck operator not penalized: %s vs %s", ops[0].RewardShares.Dec(), ops[1].RewardShares.Dec())
	}
	// The two exit: the withdrawals sweep pays their 64 ETH to the vault.
	h.credit(pt.Vault, eth(64))
	h.mustReport(protocol.OracleReport{Validators: 10, Balance: gwei(*new(uint256.Int).Add(units.Ether(256), ptr(amt("0.01")))), WithdrawalVault: eth(64),
		Exited: []protocol.OperatorCount{{Operator: 0, Count: 2}}})
	if st := h.s.Operators()[0].Stuck; st != 0 {
		t.Fatalf("still stuck: %d", st)
	}
}

func ptr(v uint256.Int) *uint256.Int { return &v }

// TestConsensusSurvivesLateMinorityVote: once a hash has a quorum, a late
// vote for another hash does not clear it (a single member could otherwise
// block every report by voting after the quorum and before the submit).
func TestConsensusSurvivesLateMinorityVote(t *testing.T) {
	h := poolWith(t, 320)
	h.nextFrame()
	r := protocol.OracleReport{Validators: 10, Balance: gwei(eth(320))}
	r.RefSlot = h.nextFrame()
	h.vote(&r, 3)
	lie := r
	lie.Balance = gwei(eth(321))
	h.do(pt.Oracles[4], protocol.Command{Kind: protocol.CmdOracleVote, RefSlot: r.RefSlot, Hash: lie.Hash()})
	if _, hash, ok := h.s.ConsensusHash(); !ok || hash != r.Hash() {
		t.Fatal("a late minority vote cleared the consensus")
	}
	// A quorum member changing its vote does take support away.
	h.do(pt.Oracles[2], protocol.Command{Kind: protocol.CmdOracleVote, RefSlot: r.RefSlot, Hash: lie.Hash()})
	if _, _, ok := h.s.ConsensusHash(); ok {
		t.Fatal("consensus kept without a quorum")
	}
	h.do(pt.Oracles[3], protocol.Command{Kind: protocol.CmdOracleVote, RefSlot: r.RefSlot, Hash: r.Hash()})
	h.do(pt.Oracles[0], protocol.Command{Kind: protocol.CmdOracleSubmit, Report: &r})
	if h.s.BeaconValidators() != 10 {
		t.Fatal("report not applied")
	}
}

// TestAlertDuringBunkerKeepsBorder: an alert raised while bunker mode
// already holds does not move the border later, so requests made during
// the bunker still wait.
func TestAlertDuringBunkerKeepsBorder(t *testing.T) {
	h := poolWith(t, 320)
	h.do(bob, protocol.Command{Kind: protocol.CmdSubmit, Amount: eth(100)})
	h.mustReport(protocol.OracleReport{Validators: 10, Balance: gwei(eth(320))})
	h.mustReport(protocol.OracleReport{Validators: 10, Balance: gwei(eth(319)), Bunker: true}) // bunker begins
	h.next()
	h.do(bob, protocol.Command{Kind: protocol.CmdRequestWithdrawals, Amounts: []uint256.Int{eth(10)}}) // during bunker
	h.next()
	h.do(pt.Oracles[4], protocol.Command{Kind: protocol.CmdOracleAlert}) // a second alarm
	if _, err := h.reportBatches(protocol.OracleReport{Validators: 10, Balance: gwei(eth(319)), Bunker: true}, 1); protocol.CodeOf(err) != protocol.CodeSanityFinalization {
		t.Fatalf("a request made during bunker mode was finalized in it: %v", err)
	}
}

// TestAnnualIncreaseIsOnConsensusBalance: as in Lido's
// OracleReportSanityChecker (_checkAnnualBalancesIncrease is given the
// post-report CL balance alone, while the one-off decrease check adds the
// withdrawal vault), the annual-increase limit bounds the validators'
// balance, not what the sweep moved to the withdrawal vault: skimmed
// rewards leave the balance and are smoothed by the rebase limiter instead.
func TestAnnualIncreaseIsOnConsensusBalance(t *testing.T) {
	h := poolWith(t, 320)
	h.mustReport(protocol.OracleReport{Validators: 10, Balance: gwei(eth(320))})
	// A sweep skimmed 1 ETH of rewards (far above 10% a year over one
	// frame): the balance is back at 320, the vault holds the 1 ETH.
	h.credit(pt.Vault, eth(1))
	if _, err := h.report(protocol.OracleReport{Validators: 10, Balance: gwei(eth(320)), WithdrawalVault: eth(1)}); err != nil {
		t.Fatalf("skimmed rewards in the withdrawal vault rejected: %v", err)
	}
	// The same 1 ETH still on the validators is refused.
	if _, err := h.report(protocol.OracleReport{Validators: 10, Balance: gwei(eth(321))}); protocol.CodeOf(err) != protocol.CodeSanityIncrease {
		t.Fatalf("a 1-ETH balance increase in one frame: got %v, want %s", err, protocol.CodeSanityIncrease)
	}
}

// reportBatches waits the request margin, moves to the next frame and
// applies r finalizing the given batches at the share rate r simulates
// (as a member computes it; no batches: none).
func (h *harness) reportBatches(r protocol.OracleReport, batches ...uint64) ([]protocol.Event, error) {
	h.t.Helper()
	h.wait(h.s.Params().RequestTimestampMargin)
	r.RefSlot = h.nextFrame()
	h.withBatches(&r, batches...)
	h.vote(&r, 3)
	return h.try(pt.Oracles[0], protocol.Command{Kind: protocol.CmdOracleSubmit, Report: &r})
}

// withBatches sets r's simulated share rate and batches.
func (h *harness) withBatches(r *protocol.OracleReport, batches ...uint64) {
	h.t.Helper()
	sim, err := h.s.SimulateReport(r)
	if err != nil {
		h.t.Fatalf("simulate: %v", err)
	}
	r.SimulatedShareRate, r.Batches = sim.ShareRate, batches
}

// mustReportFinalizing waits the request margin, moves to the next frame
// and applies r with the finalization members compute
// (State.PrepareFinalization).
func (h *harness) mustReportFinalizing(r protocol.OracleReport) []protocol.Event {
	h.t.Helper()
	h.wait(h.s.Params().RequestTimestampMargin)
	r.RefSlot = h.nextFrame()
	if err := h.s.PrepareFinalization(&r, protocol.DefaultMaxRequestsPerCall); err != nil {
		h.t.Fatalf("prepare finalization: %v", err)
	}
	h.vote(&r, 3)
	ev, err := h.try(pt.Oracles[0], protocol.Command{Kind: protocol.CmdOracleSubmit, Report: &r})
	if err != nil {
		h.t.Fatalf("report: %v", err)
	}
	return ev
}

// shareRate1 is a share rate of 1 (1e27).
var shareRate1 = new(uint256.Int).Exp(uint256.NewInt(10), uint256.NewInt(27))
