package oracle_test

import (
	"testing"

	"github.com/holiman/uint256"

	"github.com/stakepool/stakepool/beacon"
	"github.com/stakepool/stakepool/beacon/sim"
	"github.com/stakepool/stakepool/oracle"
	"github.com/stakepool/stakepool/protocol"
	pt "github.com/stakepool/stakepool/protocol/protocoltest"
	"github.com/stakepool/stakepool/units"
)

// stakeAll has accounts 1..n stake seeded amounts between 1 and 5.9 ETH.
func stakeAll(p *pool, n int) {
	for i := 1; i <= n; i++ {
		tenths := 10 + uint64(i*7919%50)
		amt := new(uint256.Int).Mul(uint256.NewInt(tenths), uint256.NewInt(1e17))
		p.do(pt.Addr(uint64(i)), protocol.Command{Kind: protocol.CmdSubmit, Amount: *amt})
	}
}

func sumBalances(st *protocol.State, n int) (bal, shares uint256.Int) {
	for i := 1; i <= n; i++ {
		bal.Add(&bal, st.BalanceOf(pt.Addr(uint64(i))))
		shares.Add(&shares, st.SharesOf(pt.Addr(uint64(i))))
	}
	return
}

// TestThirtyDays: 1,000 stakers stake; the deposits become validators
// after the activation queue; after 30 simulated days the stakers' stETH
// has grown by the validators' realised rewards × (1 − fee), the rewards
// computed independently from the simulator's balances and credits; the
// treasury, the operators and the insurance fund received their splits
// exactly.
func TestThirtyDays(t *testing.T) {
	if testing.Short() {
		t.Skip("simulates days of chain")
	}
	const stakers = 1000
	p := newPool(t, poolConfig{Others: 1024, Operators: 4, KeysPerOp: 30, Accounts: stakers, EpochsPerFrame: 32, Seed: 7,
		Behaviour: sim.Behaviour{MissedProposalPerMille: 10, ExecutionRewardGwei: 40_000_000}})
	stakeAll(p, stakers)
	start := p.st.Block()
	balStart, stakerShares := sumBalances(p.st, stakers)
	params := p.st.Params()

	// The expected gain is accumulated report by report: the rewards R of
	// a report, read from the simulator (Σ balances + credited − 32 ETH per
	// validator, differenced), times (1 − fee) times the stakers' part of
	// the shares before the report.
	var expected, rewardsTotal uint256.Int
	var prevG int64 // gwei
	type holder struct {
		addr   protocol.Address
		shares uint256.Int
	}
	var holders []holder
	for _, a := range []protocol.Address{pt.Treasury, pt.Insure} {
		holders = append(holders, holder{addr: a})
	}
	for _, o := range p.st.Operators() {
		holders = append(holders, holder{addr: o.RewardAddress})
	}
	var activeAt uint64
	reports := 0
	p.d.OnReport = func(d *driver, rec protocol.ReportRecord) {
		reports++
		n, bal, cred := p.chainFigures()
		g := int64(bal+cred) - int64(n)*32e9
		r := g - prevG
		prevG = g
		if r < 0 {
			t.Fatalf("report %d: rewards %d gwei", reports, r)
		}
		rw := gweiToWei(uint64(r))
		rewardsTotal.Add(&rewardsTotal, rw)
		if !rw.Eq(&rec.Rewards) {
			t.Errorf("report at %d counted rewards %s, the simulator %s", rec.RefSlot, fmtETH(&rec.Rewards), fmtETH(rw))
		}
		var e uint256.Int
		e.Mul(rw, uint256.NewInt(protocol.BP-params.FeeBP))
		e.Mul(&e, &stakerShares)
		e.Div(&e, uint256.NewInt(protocol.BP))
		e.Div(&e, &rec.PreTotalShares)
		expected.Add(&expected, &e)
		// The split, exactly: insurance ⌊fee × 10%⌋, operators ⌊fee × 50%⌋
		// pro rata ⌊· × active / total active⌋, treasury fee − both parts.
		fee := &rec.FeeShares
		ins := new(uint256.Int).Mul(fee, uint256.NewInt(params.InsuranceFeeShareBP))
		ins.Div(ins, uint256.NewInt(protocol.BP))
		ops := new(uint256.Int).Mul(fee, uint256.NewInt(params.OperatorsFeeShareBP))
		ops.Div(ops, uint256.NewInt(protocol.BP))
		want := []*uint256.Int{new(uint256.Int).Sub(new(uint256.Int).Sub(fee, ins), ops), ins}
		var total uint64
		for _, o := range d.State.Operators() {
			total += o.ActiveValidators()
		}
		for _, o := range d.State.Operators() {
			v := new(uint256.Int).Mul(ops, uint256.NewInt(o.ActiveValidators()))
			if total > 0 {
				v.Div(v, uint256.NewInt(total))
			} else {
				v.Clear()
			}
			want = append(want, v)
		}
		if total == 0 {
			want[0].Add(want[0], ops)
		}
		for i := range holders {
			now := d.State.SharesOf(holders[i].addr)
			got := new(uint256.Int).Sub(now, &holders[i].shares)
			if !got.Eq(want[i]) {
				t.Errorf("report at %d: %s received %s shares, want %s", rec.RefSlot, holders[i].addr, got, want[i])
			}
			holders[i].shares = *now
		}
		if activeAt == 0 && n == d.State.DepositedValidators() && n > 0 {
			all := true
			p.chain.With(func(s *sim.State) {
				for i := range s.Credentials {
					if s.Credentials[i] == [32]byte(d.State.WithdrawalCredentials()) && !s.IsActive(i, s.CurrentEpoch()) {
						all = false
					}
				}
			})
			if all {
				activeAt = rec.RefSlot
			}
		}
	}
	// Deposits are made at once; they wait in the activation queue.
	p.run(64)
	var pending, activeEarly int
	p.chain.With(func(s *sim.State) {
		for i := range s.Credentials {
			if s.Credentials[i] == [32]byte(p.st.WithdrawalCredentials()) {
				switch s.Validator(i).Status {
				case beacon.StatusPendingInitialized, beacon.StatusPendingQueued:
					pending++
				default:
					activeEarly++
				}
			}
		}
	})
	if pending == 0 || p.st.DepositedValidators() < 100 {
		t.Fatalf("after 2 epochs: %d deposited, %d pending on the chain, %d active", p.st.DepositedValidators(), pending, activeEarly)
	}
	p.run(days(30) - 64)

	balEnd, _ := sumBalances(p.st, stakers)
	gain := new(uint256.Int).Sub(&balEnd, &balStart)
	diff := absDiff(gain, &expected)
	t.Logf("%d validators (all active at slot %d, %d epochs after the deposits), %d reports; rewards %s ETH (APR %.2f%% net); stakers gained %s ETH, expected %s ETH (%d ppm apart)",
		p.st.DepositedValidators(), activeAt, (activeAt-start)/32, reports, fmtETH(&rewardsTotal), float64(p.st.APR().Inception)/1e7,
		fmtETH(gain), fmtETH(&expected), ppm(diff, &expected))
	if activeAt == 0 {
		t.Fatal("the pool's validators never all became active")
	}
	if expected.IsZero() || ppm(diff, &expected) > 1000 {
		t.Fatalf("stakers gained %s, expected %s", gain, &expected)
	}
	if reports < 200 {
		t.Fatalf("only %d reports", reports)
	}
	_ = units.Gwei(0)
}

// TestBankRun: 30% of all stETH asks to withdraw at once. The oracle asks
// operators to exit validators, the chain exits them through the churn,
// the sweep pays the vault, and the reports finalize every request, in
// order, in about the time the exit queue, the withdrawability delay and
// the sweep take; nobody is paid more than the stETH locked.
func TestBankRun(t *testing.T) {
	if testing.Short() {
		t.Skip("simulates days of chain")
	}
	const stakers = 1000
	p := newPool(t, poolConfig{Others: 1024, Operators: 4, KeysPerOp: 30, Accounts: stakers, EpochsPerFrame: 8, Seed: 11,
		Behaviour: sim.Behaviour{MissedProposalPerMille: 10, ExecutionRewardGwei: 40_000_000}})
	stakeAll(p, stakers)
	// Validators must have been active for SHARD_COMMITTEE_PERIOD (256
	// epochs) before they may exit.
	p.run(days(1.5))
	var locked []uint256.Int
	var total uint256.Int
	for i := 1; i <= stakers; i++ {
		a := pt.Addr(uint64(i))
		amt := new(uint256.Int).Mul(p.st.BalanceOf(a), uint256.NewInt(3))
		amt.Div(amt, uint256.NewInt(10))
		p.do(a, protocol.Command{Kind: protocol.CmdRequestWithdrawals, Amounts: []uint256.Int{*amt}})
		locked = append(locked, *amt)
		total.Add(&total, amt)
	}
	requested := p.st.Block()
	n, _, _, _ := p.st.WithdrawalQueue()
	// The wait the pool would quote the last request now.
	var tm oracle.Timing
	p.chain.With(func(s *sim.State) {
		tm = oracle.DenebTiming(s.Spec, uint64(len(s.ActiveIndices(s.CurrentEpoch()))), uint64(s.NumValidators()))
	})
	snap, err := oracle.ReadSnapshot(p.ctx, p.chain, p.st.WithdrawalCredentials())
	if err != nil {
		t.Fatal(err)
	}
	estimate, err := oracle.EstimateWait(p.st, n, snap, tm)
	if err != nil {
		t.Fatal(err)
	}
	first, err := oracle.EstimateWait(p.st, 1, snap, tm)
	if err != nil {
		t.Fatal(err)
	}
	var lastFin uint64
	var exitsAsked uint64
	order := true
	p.d.OnReport = func(d *driver, rec protocol.ReportRecord) {
		if rec.FinalizedUpTo != 0 && rec.FinalizedUpTo <= lastFin {
			order = false
		}
		if rec.FinalizedUpTo != 0 {
			lastFin = rec.FinalizedUpTo
		}
	}
	done, err := p.d.RunUntil(p.ctx, days(10), func() bool {
		_, last, _, _ := p.st.WithdrawalQueue()
		return last == n
	})
	if err != nil {
		t.Fatal(err)
	}
	for _, o := range p.st.Operators() {
		exitsAsked += o.ExitRequested
	}
	if !done {
		_, last, _, _ := p.st.WithdrawalQueue()
		t.Fatalf("after 10 days %d of %d requests finalized; %d exits asked, %d pending", last, n, exitsAsked, p.d.PendingExits())
	}
	took := p.st.Block() - requested
	// What the chain allows: the exits are asked at the next report, enter
	// the exit queue (churn 4 a Deneb epoch at this size, after
	// 1 + MAX_SEED_LOOKAHEAD epochs), become withdrawable 256 epochs later,
	// the sweep reaches them within ⌈validators/16⌉ slots, and the next
	// report finalizes.
	frame := p.st.SlotsPerFrame()
	vals := uint64(1024) + p.st.DepositedValidators()
	bound := frame + 32*(5+(exitsAsked+3)/4+256) + (vals+15)/16 + frame
	t.Logf("bank run: %s stETH in %d requests, %d validators asked to exit; all finalized after %d slots (%.1f h); the churn and sweep allow ≈ %d slots (%.1f h)",
		fmtETH(&total), n, exitsAsked, took, float64(took)*12/3600, bound, float64(bound)*12/3600)
	t.Logf("estimated wait at request time: first request %d slots, last request %d slots (%.1f h)", first, estimate, float64(estimate)*12/3600)
	if estimate*10 < took*8 || estimate*10 > took*12 {
		t.Errorf("estimated wait %d slots, actual %d: more than 20%% off", estimate, took)
	}
	if took > bound {
		t.Errorf("finalization took %d slots, more than the %d the chain allows", took, bound)
	}
	if !order {
		t.Error("finalization went backwards")
	}
	// Claims: each pays once, never more than locked.
	for i := 1; i <= stakers; i++ {
		a := pt.Addr(uint64(i))
		id := uint64(i)
		q, _ := p.st.WithdrawalRequest(id)
		if q.Owner != a || !q.Finalized {
			t.Fatalf("request %d: %+v", id, q)
		}
		if q.Claimable.Gt(&locked[i-1]) {
			t.Fatalf("request %d claims %s, more than the %s locked", id, &q.Claimable, &locked[i-1])
		}
		before := p.st.Account(a).ETH
		p.do(a, protocol.Command{Kind: protocol.CmdClaimWithdrawals, IDs: []uint64{id}})
		after := p.st.Account(a).ETH
		if got := new(uint256.Int).Sub(&after, &before); !got.Eq(&q.Claimable) {
			t.Fatalf("request %d paid %s, claimable %s", id, got, &q.Claimable)
		}
		if _, err := p.d.Do(a, protocol.Command{Kind: protocol.CmdClaimWithdrawals, IDs: []uint64{id}}); protocol.CodeOf(err) != protocol.CodeAlreadyClaimed {
			t.Fatalf("second claim of %d: %v", id, err)
		}
	}
}

// rate is the pool's share rate: wei of stETH per 1e18 shares.
func rate(st *protocol.State) *uint256.Int {
	return st.PooledEthByShares(units.Ether(1))
}

// TestSlashing: 5% of the pool's validators are slashed. A member raises
// the alert at the next epoch; the next report's loss is covered by the
// insurance fund's shares as far as they go and the rest is socialized;
// bunker mode holds while the slashed validators are not withdrawable
// (their correlation penalty lands half-way), then releases. A holder who
// asks to withdraw during it is finalized only after it, at a rate that
// carries the whole loss; instant withdrawals are closed meanwhile.
func TestSlashing(t *testing.T) {
	if testing.Short() {
		t.Skip("simulates days of chain")
	}
	const stakers = 1000
	p := newPool(t, poolConfig{Others: 1024, Operators: 4, KeysPerOp: 30, Accounts: stakers + 2, EpochsPerFrame: 32, Seed: 5,
		Behaviour: sim.Behaviour{MissedProposalPerMille: 10, ExecutionRewardGwei: 40_000_000}})
	stakeAll(p, stakers)
	w, c := pt.Addr(stakers+1), pt.Addr(stakers+2) // a withdrawer and a control who stays
	p.do(w, protocol.Command{Kind: protocol.CmdSubmit, Amount: ethInt(100)})
	p.do(c, protocol.Command{Kind: protocol.CmdSubmit, Amount: ethInt(100)})
	p.run(days(1.5))
	if len(p.merrs) > 0 {
		t.Fatalf("member errors before the slashing: %v", p.merrs[0])
	}
	insBefore := *p.st.SharesOf(pt.Insure)
	rateBefore := rate(p.st)
	wc := [32]byte(p.st.WithdrawalCredentials())
	var slashed []int
	p.chain.With(func(s *sim.State) {
		var pool []int
		for i := range s.Credentials {
			if s.Credentials[i] == wc {
				pool = append(pool, i)
			}
		}
		k := (len(pool)*5 + 99) / 100
		for _, i := range pool[:k] {
			if err := s.SlashValidator(uint64(i), 0); err != nil {
				t.Fatal(err)
			}
			slashed = append(slashed, i)
		}
	})
	if p.st.Bunker() {
		t.Fatal("bunker before the slashing was seen")
	}
	p.run(32)
	if !p.st.Bunker() {
		t.Fatal("no alert an epoch after the slashing")
	}
	if _, err := p.d.Do(c, protocol.Command{Kind: protocol.CmdInstantWithdrawal, Amount: ethInt(1)}); protocol.CodeOf(err) != protocol.CodeBunkerMode {
		t.Fatalf("instant withdrawal during bunker: %v", err)
	}
	// w asks to withdraw all of its stETH during bunker mode.
	wShares := *p.st.SharesOf(w)
	p.do(w, protocol.Command{Kind: protocol.CmdRequestWithdrawals, Amounts: []uint256.Int{*p.st.BalanceOf(w)}})
	wID, _, _, _ := p.st.WithdrawalQueue()
	var firstLoss *protocol.ReportRecord
	var bunkerReports int
	var insAtLoss uint256.Int
	var lossSlots []uint64
	early := false
	p.d.OnReport = func(d *driver, rec protocol.ReportRecord) {
		if rec.Bunker {
			bunkerReports++
			early = early || rec.FinalizedUpTo >= wID
		}
		// A loss is the rate falling (finalization at the lower locked
		// amounts can only raise it).
		if new(uint256.Int).Mul(&rec.PostTotalEther, &rec.PreTotalShares).Lt(new(uint256.Int).Mul(&rec.PreTotalEther, &rec.PostTotalShare)) {
			lossSlots = append(lossSlots, rec.RefSlot)
		}
		if firstLoss == nil && rec.PostTotalEther.Lt(&rec.PreTotalEther) {
			r := rec
			firstLoss = &r
			insAtLoss = *d.State.SharesOf(pt.Insure)
		}
	}
	released, err := p.d.RunUntil(p.ctx, days(40), func() bool { return !p.st.Bunker() })
	if err != nil {
		t.Fatal(err)
	}
	if !released {
		t.Fatal("bunker mode never released")
	}
	releasedAt := p.st.Block()
	// A member restarted now (its memory of the alert lost) raises no
	// second alert: the reports during bunker mode put the slashings on
	// the operators' scorecards, which Watch counts as known.
	for _, m := range p.d.Members {
		fresh, err := oracle.NewMember(m.Address, p.chain, oracle.MainnetConfig())
		if err != nil {
			t.Fatal(err)
		}
		var sent []protocol.Command
		if err := fresh.Watch(p.ctx, p.st, func(cmd protocol.Command) error { sent = append(sent, cmd); return nil }); err != nil {
			t.Fatal(err)
		}
		if len(sent) != 0 {
			t.Fatalf("a restarted member sent %v after bunker mode ended", sent)
		}
	}
	if firstLoss == nil || firstLoss.InsuranceCover.IsZero() {
		t.Fatalf("no loss covered by insurance: %+v", firstLoss)
	}
	insAfter := &insAtLoss
	rateAfterLoss := new(uint256.Int).Mul(&firstLoss.PostTotalEther, units.Ether(1))
	rateAfterLoss.Div(rateAfterLoss, &firstLoss.PostTotalShare)
	t.Logf("slashed %d of %d pool validators; first loss report at slot %d: pooled %s → %s ETH, insurance covered %s ETH (its %s shares before, burnt to %s), rate %s → %s; bunker held for %d reports, released at slot %d (%.1f days after the slashing)",
		len(slashed), p.st.DepositedValidators(), firstLoss.RefSlot, fmtETH(&firstLoss.PreTotalEther), fmtETH(&firstLoss.PostTotalEther),
		fmtETH(&firstLoss.InsuranceCover), insBefore.Dec(), insAfter.Dec(), rateBefore.Dec(), rateAfterLoss.Dec(), bunkerReports, releasedAt, float64(bunkerReports*32*32*12)/86400)
	// On this small chain a frame's rewards outweigh the correlation
	// penalty (~18 days later), so only the slashing itself lowers the rate.
	t.Logf("reports with a falling rate during bunker mode, at slots %v", lossSlots)
	if !rateAfterLoss.Lt(rateBefore) {
		t.Errorf("the loss beyond insurance was not socialized: rate %s → %s", rateBefore, rateAfterLoss)
	}
	if !insAfter.IsZero() {
		t.Errorf("the insurance fund kept %s shares while the loss was socialized", insAfter)
	}
	// w's request waited for the end of bunker mode.
	if early {
		t.Fatalf("request made during bunker finalized before it ended")
	}
	q, _ := p.st.WithdrawalRequest(wID)
	ok, err := p.d.RunUntil(p.ctx, days(2), func() bool { q, _ = p.st.WithdrawalRequest(wID); return q.Finalized })
	if err != nil || !ok {
		t.Fatalf("request not finalized after bunker: %v", err)
	}
	// w gets no more than its shares are worth after the whole loss.
	worth := new(uint256.Int).Mul(&wShares, rate(p.st))
	worth.Div(worth, units.Ether(1))
	cWorth := p.st.BalanceOf(c)
	t.Logf("withdrawer during bunker: claimable %s ETH; the same shares held by the control: %s ETH (control holds %s ETH)", fmtETH(&q.Claimable), fmtETH(worth), fmtETH(cWorth))
	if q.Claimable.Gt(worth) {
		t.Errorf("the withdrawer escaped the loss: claimable %s > %s", &q.Claimable, worth)
	}
}
