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
	const stakers = 1000
	p := newPool(t, poolConfig{Others: 2048, Operators: 4, KeysPerOp: 30, Accounts: stakers, EpochsPerFrame: 32, Seed: 7,
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
	p.d.OnReport = func(d *oracle.Driver, rec protocol.ReportRecord) {
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
