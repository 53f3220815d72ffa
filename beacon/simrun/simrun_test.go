package simrun

import (
	"math"
	"testing"

	"github.com/stakepool/stakepool/beacon/sim"
	"github.com/stakepool/stakepool/beacon/spec"
)

func load(t *testing.T, network string) *spec.Spec {
	t.Helper()
	sp, err := spec.Load(network, spec.Electra)
	if err != nil {
		t.Fatal(err)
	}
	return sp
}

func advance(ch *sim.Chain, n int) { ch.AdvanceEpochs(n) }

// TestRunBooks: the run's figures add up — the operators' validators,
// balances, withdrawals and fees are the chain's, issuance is the
// operators' rewards summed — and the same seed gives the same run.
func TestRunBooks(t *testing.T) {
	c := Config{Spec: load(t, "minimal"), Validators: 256, Operators: 3, Seed: 7, ParticipationPerMille: 950,
		MissedProposalPerMille: 50, ExecutionRewardGwei: 1_000_000, SlashingPerMillion: 20_000}
	s, ch := New(c)
	r := Run(c, s, ch, 8, advance)
	if r.Epochs != 8 || r.Blocks+r.MissedBlocks != 8*c.Spec.SlotsPerEpoch || r.HeadSlot%c.Spec.SlotsPerEpoch != 0 {
		t.Fatalf("8 epochs: blocks %d + missed %d, head slot %d", r.Blocks, r.MissedBlocks, r.HeadSlot)
	}
	var vals int
	var bal, w, f uint64
	var reward int64
	for _, op := range r.Operators {
		vals += op.Validators
		bal += op.BalanceGwei
		w += op.WithdrawalsGwei
		f += op.ProposerFeesGwei
		reward += op.RewardGwei
	}
	if vals != c.Validators || bal != r.BalanceEndGwei || w != r.WithdrawalsGwei || f != r.ProposerFeesGwei || reward != r.IssuanceGwei {
		t.Fatalf("operators do not add up to the chain: %+v", r)
	}
	if r.IssuanceGwei <= 0 || r.ProposerFeesGwei == 0 {
		t.Fatalf("a run at 95%% participation issues and pays fees: %+v", r)
	}
	s2, ch2 := New(c)
	if r2 := Run(c, s2, ch2, 8, advance); r2.IssuanceGwei != r.IssuanceGwei || r2.SlashedCount != r.SlashedCount || r2.Blocks != r.Blocks {
		t.Fatalf("same seed, another run: %+v vs %+v", r2, r)
	}
}

// TestClosedForm: 82 181.25 epochs a mainnet year; at full participation
// the closed form is the ideal rate; the rate at p is the formula's.
func TestClosedForm(t *testing.T) {
	sp := load(t, "mainnet")
	if got := EpochsPerYear(sp); got != 82181.25 {
		t.Fatalf("epochs per year %v, want 82181.25", got)
	}
	// base_reward_per_increment at 34M ETH staked: 64·1e9/√(34e6·1e9) ≈ 347 gwei
	closed, ideal := ClosedFormAPR(sp, 347, 1)
	if closed != ideal || math.Abs(ideal-347*82181.25/1e9) > 1e-12 {
		t.Fatalf("p = 1: closed %v, ideal %v", closed, ideal)
	}
	closed, _ = ClosedFormAPR(sp, 347, 0.9)
	if want := ideal * (54*0.81 - 40*0.1 + 2*0.8 + 8*0.81) / 64; math.Abs(closed-want) > 1e-15 {
		t.Fatalf("p = 0.9: %v, want %v", closed, want)
	}
}

// TestYieldNearClosedForm: at full participation the measured yield is
// the closed form's within a few percent (the proposer and sync duties
// fall unevenly over a short run).
func TestYieldNearClosedForm(t *testing.T) {
	c := Config{Spec: load(t, "minimal"), Validators: 512, Operators: 1, Seed: 3, ParticipationPerMille: 1000}
	s, ch := New(c)
	r := Yield(c, s, ch, 16, 1, advance)
	if r.RealizedOverClosed < 0.9 || r.RealizedOverClosed > 1.1 || r.IdealAPR != r.ClosedFormAPR {
		t.Fatalf("yield %+v", r)
	}
}
