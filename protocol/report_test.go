package protocol_test

import (
	"testing"

	"github.com/holiman/uint256"

	"github.com/stakepool/stakepool/protocol"
	pt "github.com/stakepool/stakepool/protocol/protocoltest"
	"github.com/stakepool/stakepool/units"
)

// rateUpBy reports whether the share rate p1/s1 is above p0/s0 by more than
// limit (1e9 precision): p1 × s0 × 1e9 > p0 × s1 × (1e9 + limit + 2). The
// two parts in 1e9 are the limiter's own rounding: Lido's
// getSharesToBurnLimit rounds the pooled-ETH ratio down, which allows up to
// preS / (1e9 + limit) shares more than the exact bound — one part in 1e9
// of the rate, times S / (S − burnt) when much is burnt.
func rateUpBy(p0, s0, p1, s1 *uint256.Int, limit uint64) bool {
	var l, r uint256.Int
	l.Mul(p1, s0)
	l.Mul(&l, uint256.NewInt(1e9))
	r.Mul(p0, s1)
	r.Mul(&r, uint256.NewInt(1e9+limit+2))
	return l.Gt(&r)
}

// base is a report of the 10 validators of poolWith at 320 ETH.
func base() protocol.OracleReport {
	return protocol.OracleReport{Validators: 10, Balance: gwei(eth(320))}
}

// TestLimiterCountsBurns (issue 13 item 1): a 200-stETH request made at
// rate 1 is finalized after the rate rose 5%: it gets its 200 ETH and its
// shares, worth 210, are burnt — a 2% jump for the holders at once before.
// Now the burn stays within Lido's 0.075% a report and the rest waits in
// the burner, burnt by the next reports, each within the limit.
func TestLimiterCountsBurns(t *testing.T) {
	h := poolWith(t, 320)
	h.mustReport(base())
	h.do(bob, protocol.Command{Kind: protocol.CmdSubmit, Amount: eth(300)})
	h.do(bob, protocol.Command{Kind: protocol.CmdRequestWithdrawals, Amounts: []uint256.Int{eth(200)}})
	h.credit(pt.ELVault, amt("31.05")) // 5% of 621 ETH
	h.collectRewards()                 // at once (limiter off, no fee)
	h.gov(protocol.Action{Kind: protocol.ActSetParameter, Param: protocol.ParamMaxPositiveRebase, Value: wei(750_000)})
	if r := h.s.StEthPerToken(); r.Lt(ptr(amt("1.049"))) {
		t.Fatalf("rate %s, want ≈1.05", units.FormatEther(r))
	}
	preP, preS := h.s.TotalPooledEther(), h.s.TotalShares()
	h.mustReportFinalizing(base())
	if q, _ := h.s.WithdrawalRequest(1); !q.Finalized || q.Claimable != eth(200) {
		t.Fatalf("request %+v, want finalized at its 200 stETH", q)
	}
	postP, postS := h.s.TotalPooledEther(), h.s.TotalShares()
	if rateUpBy(preP, preS, postP, postS, 750_000) {
		t.Fatalf("the share rate rose from %s/%s to %s/%s: more than 0.075%%", preP, preS, postP, postS)
	}
	_, pending := h.s.SharesRequestedToBurn()
	if pending.IsZero() {
		t.Fatal("nothing waits in the burner: the whole burn went through at once")
	}
	// Later reports burn the rest, each within the limit.
	for i := 0; !pending.IsZero(); i++ {
		if i > 40 {
			t.Fatalf("%s shares still to burn after 40 reports", pending)
		}
		p0, s0 := h.s.TotalPooledEther(), h.s.TotalShares()
		h.mustReport(base())
		if rateUpBy(p0, s0, h.s.TotalPooledEther(), h.s.TotalShares(), 750_000) {
			t.Fatalf("report %d: the rate rose more than 0.075%%", i)
		}
		_, pending = h.s.SharesRequestedToBurn()
	}
	if _, burnt := h.s.SharesBurnt(); burnt.Lt(ptr(amt("190"))) {
		t.Fatalf("burnt %s non-cover shares, want the request's ≈190", burnt)
	}
}

// TestBurnerCoverFirst (item 2): cover and non-cover requests wait in the
// burner; a report burns cover first, then non-cover, within the limiter;
// a report may not name more shares to burn than the burner holds.
func TestBurnerCoverFirst(t *testing.T) {
	h := poolWith(t, 320)
	h.mustReport(base())
	h.do(alice, protocol.Command{Kind: protocol.CmdTransfer, To: pt.Insure, Amount: eth(2)})
	ins := *h.s.SharesOf(pt.Insure)
	// Governance requests the fund's shares to burn as cover (Lido's
	// requestBurnMyStETHForCover by the DAO).
	h.gov(protocol.Action{Kind: protocol.ActRequestCover, Value: ins})
	if c, _ := h.s.SharesRequestedToBurn(); !c.Eq(&ins) || !h.s.SharesOf(pt.Insure).IsZero() || !h.s.SharesOf(pt.Burner).Eq(&ins) {
		t.Fatalf("cover requested %s of %s; the burner holds %s", c, ins.Dec(), h.s.SharesOf(pt.Burner))
	}
	// A report naming more than the burner holds is refused.
	r := base()
	r.SharesRequestedToBurn = *new(uint256.Int).AddUint64(&ins, 1)
	if _, err := h.report(r); protocol.CodeOf(err) != protocol.CodeSanityBurn {
		t.Fatalf("more shares to burn than requested: %v", err)
	}
	// A withdrawal adds non-cover shares; the next report burns the cover
	// (2 ETH of 321, over the 0.075% a report: 0.24 ETH at a time) and
	// leaves the rest, the request's shares included.
	h.do(alice, protocol.Command{Kind: protocol.CmdRequestWithdrawals, Amounts: []uint256.Int{eth(1)}})
	preP, preS := h.s.TotalPooledEther(), h.s.TotalShares()
	h.mustReportFinalizing(base())
	cover, nonCover := h.s.SharesRequestedToBurn()
	coverBurnt, nonCoverBurnt := h.s.SharesBurnt()
	if coverBurnt.IsZero() || !nonCoverBurnt.IsZero() || nonCover.IsZero() || cover.IsZero() {
		t.Fatalf("burnt %s cover and %s non-cover, %s and %s wait: want cover burnt first, all non-cover waiting", coverBurnt, nonCoverBurnt, cover, nonCover)
	}
	if rateUpBy(preP, preS, h.s.TotalPooledEther(), h.s.TotalShares(), 750_000) {
		t.Fatal("the burn passed the limit")
	}
	for i := 0; !cover.IsZero() || !nonCover.IsZero(); i++ {
		if i > 20 {
			t.Fatal("the burner does not empty")
		}
		h.mustReport(base())
		cover, nonCover = h.s.SharesRequestedToBurn()
	}
	if coverBurnt, _ = h.s.SharesBurnt(); !coverBurnt.Eq(&ins) {
		t.Fatalf("cover burnt %s of %s", coverBurnt, ins.Dec())
	}
}

// TestInsuranceCoverIsABurnRequest (item 2): a loss is covered by the
// insurance fund's shares, requested to burn as cover and burnt in the same
// report (the limiter has room: the rate only comes back).
func TestInsuranceCoverIsABurnRequest(t *testing.T) {
	h := poolWith(t, 320)
	h.allowLosses()
	h.mustReport(base())
	h.do(alice, protocol.Command{Kind: protocol.CmdTransfer, To: pt.Insure, Amount: eth(2)})
	rate := h.s.StEthPerToken()
	r := base()
	r.Balance = gwei(eth(319))
	ev := h.mustReport(r)
	var requested, burnt bool
	for _, e := range ev {
		requested = requested || e.Kind == protocol.EvBurnRequested && e.From == pt.Insure && e.Count == 1
		burnt = burnt || e.Kind == protocol.EvSharesBurnt && e.From == pt.Burner && e.Count == 1
	}
	if !requested || !burnt {
		t.Fatalf("cover requested %v, burnt %v", requested, burnt)
	}
	if got := h.s.StEthPerToken(); got.Lt(new(uint256.Int).SubUint64(rate, 1)) {
		t.Fatalf("rate %s after a covered loss, was %s", got, rate)
	}
}

// TestFeesOnlyOnProfit (item 3, LIP-12): no fee unless the consensus side
// gained (balance + withdrawals pulled above the last balance + 32 ETH per
// appeared validator); then the fee is 10% of that gain plus the execution
// rewards. Execution rewards always reach the holders.
func TestFeesOnlyOnProfit(t *testing.T) {
	cases := []struct {
		name               string
		balance, vault, el string
		fee                bool
		rewards            string
	}{
		{"consensus dips, execution rewards make up for it", "319.999", "0", "0.01", false, "0"},
		{"consensus flat, execution rewards only", "320", "0", "0.01", false, "0"},
		{"consensus up", "320.001", "0", "0.002", true, "0.003"},
		{"a sweep: balance down, vault up, net gain", "319", "1.001", "0", true, "0.001"},
		{"a sweep with no gain", "319", "1", "0.005", false, "0"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			h := poolWith(t, 320)
			h.mustReport(base())
			if v := amt(c.el); !v.IsZero() {
				h.credit(pt.ELVault, v)
			}
			if v := amt(c.vault); !v.IsZero() {
				h.credit(pt.Vault, v)
			}
			preP := *h.s.TotalPooledEther()
			h.mustReport(protocol.OracleReport{Validators: 10, Balance: gwei(amt(c.balance)), WithdrawalVault: amt(c.vault), ELRewardsVault: amt(c.el)})
			rec, _ := h.s.LastReport()
			if fee := !rec.FeeShares.IsZero(); fee != c.fee || rec.Rewards != amt(c.rewards) {
				t.Fatalf("fee shares %s, rewards %s; want a fee %v on %s", rec.FeeShares.Dec(), rec.Rewards.Dec(), c.fee, c.rewards)
			}
			if !c.fee && !h.s.SharesOf(pt.Treasury).IsZero() {
				t.Fatal("the treasury got a fee")
			}
			// Pooled ETH moved by the consensus change plus the pulls.
			want := new(uint256.Int).Add(&preP, ptr(amt(c.balance)))
			want.Add(want, ptr(amt(c.vault)))
			want.Add(want, ptr(amt(c.el)))
			want.Sub(want, units.Ether(320))
			if got := h.s.TotalPooledEther(); !got.Eq(want) {
				t.Fatalf("pooled %s, want %s", got, want)
			}
		})
	}
}

// stuckPool has operator B (id 1; 4/3/3 validators for A/B/C) asked to exit
// two validators and past the deadline (Lido's 4-day delinquent timeout)
// without exiting.
func stuckPool(t *testing.T) *harness {
	h := poolWith(t, 320)
	h.mustReport(base())
	r := base()
	r.ExitRequests = []protocol.OperatorCount{{Operator: 1, Count: 2}}
	h.mustReport(r)
	h.toSlot(h.s.Slot() + h.s.Params().ExitDeadlineSlots + 1)
	r = base()
	r.Balance = gwei(*new(uint256.Int).Add(units.Ether(320), ptr(amt("0.01"))))
	h.mustReport(r)
	if st := h.s.Operators()[1].Stuck; st != 2 {
		t.Fatalf("stuck %d, want 2", st)
	}
	return h
}

// nextDeposit stakes 32 ETH and returns the operator that gets it.
func nextDeposit(h *harness) protocol.OperatorID {
	h.t.Helper()
	h.do(carol, protocol.Command{Kind: protocol.CmdSubmit, Amount: eth(32)})
	h.next()
	for _, e := range h.do(protocol.SystemSender, protocol.Command{Kind: protocol.CmdDeposit, Count: 1}) {
		if e.Kind == protocol.EvDeposited {
			return e.Operator
		}
	}
	h.t.Fatal("no deposit")
	return 0
}

// TestStuckOperatorPenalty (item 4): an operator with stuck exit requests
// gets no deposits and half its fee (the other half requested to burn)
// until its stuck count clears and Lido's 432,000-s cool-down has passed.
func TestStuckOperatorPenalty(t *testing.T) {
	h := stuckPool(t)
	// B (3 active, tied with C, lower id) would be next; stuck, it is not.
	if op := nextDeposit(h); op != 2 {
		t.Fatalf("operator %d got the deposit, want C (2): B is stuck", op)
	}
	ev := h.mustReport(protocol.OracleReport{Validators: 11, Balance: gwei(*new(uint256.Int).Add(units.Ether(352), ptr(amt("0.0105"))))})
	var withheld bool
	for _, e := range ev {
		withheld = withheld || e.Kind == protocol.EvStuckPenalty && e.Operator == 1
	}
	ops := h.s.Operators()
	_, burn := h.s.SharesRequestedToBurn()
	if !withheld || burn.IsZero() {
		t.Fatalf("no half of B's fee requested to burn (events %v, burner %s)", withheld, burn)
	}
	// B's part is half of C's... less one: B 3 validators, C 4 now.
	_ = ops
	// B's validators exit: the stuck count clears, the cool-down starts.
	h.credit(pt.Vault, eth(64))
	h.mustReport(protocol.OracleReport{Validators: 11, Balance: gwei(*new(uint256.Int).Add(units.Ether(288), ptr(amt("0.0105")))), WithdrawalVault: eth(64),
		Exited: []protocol.OperatorCount{{Operator: 1, Count: 2}}})
	b := h.s.Operators()[1]
	if b.Stuck != 0 || b.StuckPenaltyEnd != h.s.Timestamp()+432_000 {
		t.Fatalf("B stuck %d, penalty ends %d (now %d)", b.Stuck, b.StuckPenaltyEnd, h.s.Timestamp())
	}
	// B has 1 active validator now, the fewest: still no deposit for it
	// within the cool-down.
	if op := nextDeposit(h); op == 1 {
		t.Fatal("B got a deposit within its cool-down")
	}
	h.wait(432_000 - 2*12)
	if op := nextDeposit(h); op == 1 {
		t.Fatal("B got a deposit within its cool-down")
	}
	h.wait(24)
	if op := nextDeposit(h); op != 1 {
		t.Fatalf("operator %d got the deposit after B's cool-down, want B", op)
	}
}

// TestFinalizationAsOfRefSlot (item 5): a report finalizes only requests
// made at least Lido's 7,680 s before its reference slot; members stop
// there; the batches split requests worth their shares at the new rate
// (made before a loss) from those worth their stETH (made after it, below
// the new rate).
func TestFinalizationAsOfRefSlot(t *testing.T) {
	h := poolWith(t, 320)
	h.allowLosses()
	h.gov(protocol.Action{Kind: protocol.ActSetParameter, Param: protocol.ParamRequestTimestampMargin, Value: wei(7680)})
	h.do(bob, protocol.Command{Kind: protocol.CmdSubmit, Amount: eth(100)})
	h.mustReport(base())
	h.do(bob, protocol.Command{Kind: protocol.CmdRequestWithdrawals, Amounts: []uint256.Int{eth(1), eth(2)}})
	// A loss: requests 1 and 2 are now worth their shares at a lower rate.
	r := base()
	r.Balance = gwei(eth(318))
	h.mustReport(r)
	h.wait(7680)
	h.do(bob, protocol.Command{Kind: protocol.CmdRequestWithdrawals, Amounts: []uint256.Int{eth(3)}})
	r2 := time(h)
	h.wait(7680 - 12)
	h.do(bob, protocol.Command{Kind: protocol.CmdRequestWithdrawals, Amounts: []uint256.Int{eth(4)}})
	h.next()
	// The next frame's reference slot is 7,680 s after request 3 or more,
	// less after request 4; its report carries execution rewards, so that
	// request 3 (made at the rate after the loss) is below its rate and
	// requests 1–2 (made at rate 1) above.
	h.credit(pt.ELVault, amt("0.2"))
	rep := r
	rep.ELRewardsVault = amt("0.2")
	rep.RefSlot = h.nextFrame()
	if got := h.s.Chain().SlotTime(rep.RefSlot); got < r2+7680 || got >= r2+7668+7680 {
		t.Fatalf("reference slot time %d: the test needs request 3 (%d) in, request 4 out", got, r2)
	}
	h.withBatches(&rep, 4)
	h.vote(&rep, 3)
	if _, err := h.try(pt.Oracles[0], protocol.Command{Kind: protocol.CmdOracleSubmit, Report: &rep}); protocol.CodeOf(err) != protocol.CodeSanityFinalization {
		t.Fatalf("finalizing a request made less than 7,680 s before the reference slot: %v", err)
	}
	if err := h.s.PrepareFinalization(&rep, 1); err != nil {
		t.Fatal(err)
	}
	if len(rep.Batches) != 2 || rep.Batches[0] != 2 || rep.Batches[1] != 3 {
		t.Fatalf("batches %v, want [2 3]: requests 1–2 discounted, 3 nominal, 4 too recent", rep.Batches)
	}
	h.vote(&rep, 3)
	h.do(pt.Oracles[0], protocol.Command{Kind: protocol.CmdOracleSubmit, Report: &rep})
	for id, nominal := range map[uint64]bool{1: false, 2: false, 3: true} {
		q, _ := h.s.WithdrawalRequest(id)
		if !q.Finalized || (q.Claimable == q.StETH) != nominal || q.Claimable.Gt(&q.StETH) {
			t.Errorf("request %d: finalized %v, claimable %s of %s (nominal %v)", id, q.Finalized, q.Claimable.Dec(), q.StETH.Dec(), nominal)
		}
	}
	if q, _ := h.s.WithdrawalRequest(4); q.Finalized {
		t.Error("request 4 finalized")
	}
}

func time(h *harness) uint64 { return h.s.Timestamp() }

// TestBatchesInBoundedCalls (item 5): the batches come out the same
// whether the queue is walked in one call or three requests at a time, and
// no call walks more than its bound.
func TestBatchesInBoundedCalls(t *testing.T) {
	h := poolWith(t, 320)
	h.do(bob, protocol.Command{Kind: protocol.CmdSubmit, Amount: eth(100)})
	for i := 0; i < 10; i++ {
		h.do(bob, protocol.Command{Kind: protocol.CmdRequestWithdrawals, Amounts: []uint256.Int{eth(uint64(1 + i))}})
		if i == 4 {
			h.mustReport(base()) // requests 6–10 in another report interval
		}
	}
	rate := *shareRate1
	budget := eth(1000)
	one, err := h.s.CalculateFinalizationBatches(&rate, h.s.Timestamp(), 1000, protocol.BatchesState{RemainingBudget: budget})
	if err != nil || !one.Finished {
		t.Fatal(err)
	}
	st := protocol.BatchesState{RemainingBudget: budget}
	calls := 0
	for !st.Finished {
		last := uint64(0)
		if len(st.Batches) > 0 {
			last = st.Batches[len(st.Batches)-1]
		}
		if st, err = h.s.CalculateFinalizationBatches(&rate, h.s.Timestamp(), 3, st); err != nil {
			t.Fatal(err)
		}
		if got := st.Batches[len(st.Batches)-1]; got-last > 3 {
			t.Fatalf("a call walked %d requests", got-last)
		}
		calls++
	}
	if calls != 4 || len(one.Batches) != len(st.Batches) || one.Batches[0] != st.Batches[0] || one.RemainingBudget != st.RemainingBudget {
		t.Fatalf("%d calls gave %v (budget left %s), one call %v (%s)", calls, st.Batches, st.RemainingBudget.Dec(), one.Batches, one.RemainingBudget.Dec())
	}
	// A budget of 20 ETH stops after request 5 (1+2+3+4+5 = 15, +6 = 21).
	st, _ = h.s.CalculateFinalizationBatches(&rate, h.s.Timestamp(), 1000, protocol.BatchesState{RemainingBudget: eth(20)})
	if st.Batches[len(st.Batches)-1] != 5 || st.RemainingBudget != eth(5) {
		t.Fatalf("budget 20: batches %v, left %s", st.Batches, st.RemainingBudget.Dec())
	}
}

// TestSimulatedShareRateChecked (item 6): a report that finalizes must
// carry the share rate it simulates; one off by more than 50 bp is refused.
func TestSimulatedShareRateChecked(t *testing.T) {
	h := poolWith(t, 320)
	h.do(bob, protocol.Command{Kind: protocol.CmdSubmit, Amount: eth(100)})
	h.mustReport(base())
	h.do(bob, protocol.Command{Kind: protocol.CmdRequestWithdrawals, Amounts: []uint256.Int{eth(10)}})
	h.wait(h.s.Params().RequestTimestampMargin)
	r := base()
	r.RefSlot = h.nextFrame()
	h.withBatches(&r, 1)
	off := r
	off.SimulatedShareRate.Mul(&r.SimulatedShareRate, uint256.NewInt(10_060))
	off.SimulatedShareRate.Div(&off.SimulatedShareRate, uint256.NewInt(10_000)) // 60 bp above
	h.vote(&off, 3)
	before := h.s.Root()
	if _, err := h.try(pt.Oracles[0], protocol.Command{Kind: protocol.CmdOracleSubmit, Report: &off}); protocol.CodeOf(err) != protocol.CodeSanityShareRate || h.s.Root() != before {
		t.Fatalf("a simulated rate 60 bp off: %v", err)
	}
	h.vote(&r, 3)
	h.do(pt.Oracles[0], protocol.Command{Kind: protocol.CmdOracleSubmit, Report: &r})
}

// TestNegativeRebaseAndSecondOpinion (item 6, LIP-23): a loss above the
// 18-day allowance (10 validators: 1.09 ETH) is refused unless the second
// opinion oracle confirms the balance (within 0.5% above) and the vault.
func TestNegativeRebaseAndSecondOpinion(t *testing.T) {
	h := poolWith(t, 320)
	h.mustReport(base())
	big := base()
	big.Balance = gwei(eth(318)) // 2 ETH
	if _, err := h.report(big); protocol.CodeOf(err) != protocol.CodeSanityDecrease {
		t.Fatalf("a 2-ETH loss on 10 validators: %v", err)
	}
	small := base()
	small.Balance = gwei(eth(319)) // 1 ETH: within the allowance
	h.mustReport(small)
	// Half an ETH more within 18 days: 1.5 ETH in the window.
	loss := base()
	loss.Balance = gwei(amt("318.5"))
	if _, err := h.report(loss); protocol.CodeOf(err) != protocol.CodeSanityDecrease {
		t.Fatalf("1.5 ETH of losses within 18 days: %v", err)
	}
	oracle := pt.Addr(4001)
	h.gov(protocol.Action{Kind: protocol.ActSetSecondOpinion, Address: oracle})
	cases := []struct {
		name    string
		balance string
		vault   uint256.Int
		code    protocol.Code
	}{
		{"opinion 0.6% above", "320.42", eth(0), protocol.CodeSanityDecrease},
		{"opinion below", "318.49", eth(0), protocol.CodeSanityDecrease},
		{"vault differs", "318.5", eth(1), protocol.CodeSanityDecrease},
		{"opinion 0.4% above", "319.77", eth(0), ""},
	}
	loss.RefSlot = h.nextFrame()
	h.vote(&loss, 3)
	if _, err := h.try(pt.Oracles[0], protocol.Command{Kind: protocol.CmdOracleSubmit, Report: &loss}); protocol.CodeOf(err) != protocol.CodeSanityDecrease {
		t.Fatalf("no opinion yet: %v", err)
	}
	for _, c := range cases {
		h.do(oracle, protocol.Command{Kind: protocol.CmdSecondOpinion, RefSlot: loss.RefSlot, Count: uint64(gwei(amt(c.balance))), Amount: c.vault})
		_, err := h.try(pt.Oracles[0], protocol.Command{Kind: protocol.CmdOracleSubmit, Report: &loss})
		if protocol.CodeOf(err) != c.code {
			t.Errorf("%s: %v, want %q", c.name, err, c.code)
		}
	}
	if h.s.BeaconBalance().Cmp(ptr(amt("318.5"))) != 0 {
		t.Fatal("the confirmed loss was not applied")
	}
	if _, err := h.try(pt.Addr(4002), protocol.Command{Kind: protocol.CmdSecondOpinion, RefSlot: loss.RefSlot}); protocol.CodeOf(err) != protocol.CodeNotAuthorized {
		t.Fatalf("a stranger's opinion: %v", err)
	}
}

// TestTargetLimits (item 7, Lido's target validator limit): with a target
// of 2 (soft or forced), an operator gets deposits only up to exited + 2
// active validators; mode 0 lifts it.
func TestTargetLimits(t *testing.T) {
	for _, mode := range []uint8{1, 2} {
		h := newHarness(t, 3)
		a := h.addOperator("A", pt.Addr(501), 10, 10)
		h.addOperator("B", pt.Addr(502), 10, 10)
		h.gov(protocol.Action{Kind: protocol.ActSetParameter, Param: protocol.ParamReserveTargetBP, Value: wei(0)})
		h.gov(protocol.Action{Kind: protocol.ActSetTargetLimit, Operator: a, Mode: mode, Limit: 2})
		h.do(alice, protocol.Command{Kind: protocol.CmdSubmit, Amount: eth(320)})
		h.do(protocol.SystemSender, protocol.Command{Kind: protocol.CmdDeposit, Count: 10})
		ops := h.s.Operators()
		if ops[0].Deposited != 2 || ops[1].Deposited != 8 {
			t.Fatalf("mode %d: deposited %d and %d, want 2 and 8", mode, ops[0].Deposited, ops[1].Deposited)
		}
		if m := ops[0].MaxValidators(h.s.Timestamp()); m != 2 {
			t.Fatalf("mode %d: max validators %d", mode, m)
		}
		h.gov(protocol.Action{Kind: protocol.ActSetTargetLimit, Operator: a})
		if m := h.s.Operators()[0].MaxValidators(h.s.Timestamp()); m != 10 {
			t.Fatalf("mode 0: max validators %d, want the cap of 10", m)
		}
	}
	h := newHarness(t, 1)
	if _, err := h.try(pt.Members[0], protocol.Command{Kind: protocol.CmdPropose, Action: protocol.Action{Kind: protocol.ActSetTargetLimit, Mode: 3}}); protocol.CodeOf(err) != protocol.CodeUnknownOperator && protocol.CodeOf(err) != protocol.CodeInvalidParameter {
		t.Fatalf("mode 3: %v", err)
	}
}
