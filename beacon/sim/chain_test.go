package sim

import (
	"bytes"
	"context"
	"errors"
	"testing"

	"github.com/stakepool/stakepool/beacon"
	"github.com/stakepool/stakepool/beacon/spec"
)

func TestChainEndToEnd(t *testing.T) {
	for _, fork := range []spec.Fork{spec.Deneb, spec.Electra} {
		t.Run(fork.String(), func(t *testing.T) {
			ctx := context.Background()
			sp := spec.MustLoad("mainnet", fork)
			s := NewSynthetic(sp, SyntheticConfig{Validators: 1024, Epoch: 300, Seed: 7, ParticipationPerMille: 1000, Operators: 4})
			c := NewChain(s, Behaviour{Seed: 1, ParticipationPerMille: 990, MissedProposalPerMille: 10, ExecutionRewardGwei: 50_000_000})
			start, _ := c.FinalizedEpoch(ctx)

			// a new validator of the pool, and an exit
			pool := OperatorAddress(99)
			creds := beacon.ExecutionCredentials(spec.ETH1AddressWithdrawalPrefix, pool)
			pk := SyntheticPubkey(1 << 40)
			if err := c.SubmitDeposit(ctx, beacon.Deposit{Pubkey: pk, WithdrawalCredentials: creds, Amount: 32_000_000_000}); err != nil {
				t.Fatal(err)
			}
			if err := c.RequestVoluntaryExit(ctx, 5); err != nil {
				t.Fatal(err)
			}
			if err := c.RequestVoluntaryExit(ctx, 5000); !errors.Is(err, beacon.ErrUnknownValidator) {
				t.Fatalf("unknown validator: %v", err)
			}
			c.AdvanceEpochs(12)
			fin, _ := c.FinalizedEpoch(ctx)
			if fin < start+10 {
				t.Fatalf("finality did not advance: %d -> %d", start, fin)
			}
			vs, _ := c.ValidatorsByCredentials(ctx, creds)
			if len(vs) != 1 || vs[0].Pubkey != pk {
				t.Fatalf("pool validators: %+v", vs)
			}
			if vs[0].Status != beacon.StatusPendingQueued && vs[0].Status != beacon.StatusActiveOngoing {
				t.Fatalf("new validator status %s", vs[0].Status)
			}
			c.With(func(s *State) {
				if _, _, x, _ := s.Epochs(5); x == spec.FarFutureEpoch {
					t.Fatal("exit not processed")
				}
			})
			// the sweep skims the other operators' excess balances
			var w, fees uint64
			for k := 0; k < 4; k++ {
				cr, _ := c.Credited(ctx, OperatorAddress(k))
				w += uint64(cr.Withdrawals)
				fees += uint64(cr.ProposerFees)
			}
			if w == 0 || fees == 0 {
				t.Fatalf("withdrawals %d, fees %d", w, fees)
			}
			if c.Blocks == 0 {
				t.Fatal("no blocks")
			}
			head, _ := c.HeadSlot(ctx)
			if head != beacon.Slot(312*32) {
				t.Fatalf("head %d", head)
			}
		})
	}
}

// Same seed, same run.
func TestChainDeterministic(t *testing.T) {
	run := func() []uint64 {
		sp := spec.MustLoad("minimal", spec.Electra)
		s := NewSynthetic(sp, SyntheticConfig{Validators: 256, Epoch: 10, Seed: 3, ParticipationPerMille: 900})
		c := NewChain(s, Behaviour{Seed: 9, ParticipationPerMille: 800, MissedProposalPerMille: 100, SlashingPerMillion: 20000})
		c.AdvanceEpochs(20)
		return s.Balances
	}
	a, b := run(), run()
	for i := range a {
		if a[i] != b[i] {
			t.Fatalf("validator %d: %d vs %d", i, a[i], b[i])
		}
	}
}

// With every duty made, the realized issuance per validator and epoch is
// base_reward (54/64 attestations + 2/64 sync + 8/64 proposer), the
// reference note's ideal APR; rounding in the per-attestation and per-flag
// floors keeps it a little under.
func TestIdealIssuance(t *testing.T) {
	sp := spec.MustLoad("mainnet", spec.Electra)
	const n = 20_000
	s := NewSynthetic(sp, SyntheticConfig{Validators: n, Epoch: 1000, Seed: 8, ParticipationPerMille: 1000, Operators: 2})
	c := NewChain(s, Behaviour{Seed: 8, ParticipationPerMille: 1000})
	c.AdvanceEpochs(1)
	start := sum64(s.Balances)
	w0a, _ := s.Credited(OperatorAddress(0))
	w0b, _ := s.Credited(OperatorAddress(1))
	brpi := s.BaseRewardPerIncrement()
	const epochs = 6
	c.AdvanceEpochs(epochs)
	wa, _ := s.Credited(OperatorAddress(0))
	wb, _ := s.Credited(OperatorAddress(1))
	gain := sum64(s.Balances) - start + (wa - w0a) + (wb - w0b)
	ideal := uint64(n) * 32 * brpi * epochs
	if gain > ideal || float64(gain) < 0.995*float64(ideal) {
		t.Fatalf("issued %d gwei in %d epochs, ideal %d (ratio %.5f)", gain, epochs, ideal, float64(gain)/float64(ideal))
	}
}

func sum64(xs []uint64) uint64 {
	var t uint64
	for _, x := range xs {
		t += x
	}
	return t
}

func TestDutyCounters(t *testing.T) {
	ctx := context.Background()
	sp := spec.MustLoad("mainnet", spec.Deneb)
	s := NewSynthetic(sp, SyntheticConfig{Validators: 1024, Epoch: 300, Seed: 7, ParticipationPerMille: 1000, Operators: 4})
	c := NewChain(s, Behaviour{Seed: 3, MissedProposalPerMille: 100,
		ParticipationOf: func(i int) int {
			if i < 64 {
				return 0 // these never attest
			}
			return 1000
		}})
	c.AdvanceEpochs(4)
	idx := make([]beacon.ValidatorIndex, 1024)
	for i := range idx {
		idx[i] = beacon.ValidatorIndex(i)
	}
	ds, err := c.Duties(ctx, idx)
	if err != nil {
		t.Fatal(err)
	}
	var props uint64
	for i, d := range ds {
		props += d.MissedProposals
		switch {
		case i < 64 && (d.MissedAttestations < 2 || d.MissedAttestations > 4):
			t.Fatalf("validator %d (never attests): %d missed attestations in 4 epochs", i, d.MissedAttestations)
		case i >= 64 && d.MissedAttestations != 0:
			t.Fatalf("validator %d (always attests): %d missed attestations", i, d.MissedAttestations)
		}
	}
	if props != c.Missed || props == 0 {
		t.Fatalf("missed proposals: %d by validator, %d by the chain", props, c.Missed)
	}
	if _, err := c.Duties(ctx, []beacon.ValidatorIndex{5000}); !errors.Is(err, beacon.ErrUnknownValidator) {
		t.Fatalf("unknown validator: %v", err)
	}
}

// TestAdvanceOverlapped: a slot advanced with work running alongside and
// a deposit and an exit sent after it is the same as the deposit and exit
// submitted first and the slot advanced plainly, at an epoch's first slot
// (epoch processing overlapped) and in the middle of an epoch.
func TestAdvanceOverlapped(t *testing.T) {
	ctx := context.Background()
	sp := spec.MustLoad("mainnet", spec.Electra)
	mk := func() *Chain {
		s := NewSynthetic(sp, SyntheticConfig{Validators: 1024, Epoch: 300, Seed: 7, ParticipationPerMille: 1000, Operators: 4})
		return NewChain(s, Behaviour{Seed: 1, ParticipationPerMille: 990, MissedProposalPerMille: 10, ExecutionRewardGwei: 50_000_000})
	}
	a, b := mk(), mk()
	creds := beacon.ExecutionCredentials(spec.ETH1AddressWithdrawalPrefix, OperatorAddress(99))
	sendTo := func(c *Chain, k int) {
		dep := beacon.Deposit{Pubkey: SyntheticPubkey(1<<40 + uint64(k)), WithdrawalCredentials: creds, Amount: 32_000_000_000}
		if err := c.SubmitDeposit(ctx, dep); err != nil {
			t.Fatal(err)
		}
		if err := c.RequestVoluntaryExit(ctx, beacon.ValidatorIndex(10+k)); err != nil {
			t.Fatal(err)
		}
	}
	for k := 0; k < 40; k++ {
		sendTo(a, k)
		a.Advance(1)
		worked := 0
		b.AdvanceOverlapped(func() { worked++ }, func() { sendTo(b, k) })
		if worked != 1 {
			t.Fatalf("slot %d: work ran %d times", k, worked)
		}
		ra, err := a.MarshalBinary()
		if err != nil {
			t.Fatal(err)
		}
		rb, err := b.MarshalBinary()
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(ra, rb) {
			t.Fatalf("after step %d the chains differ", k)
		}
	}
}

// TestChainSnapshotRoundTrip: a chain restored from its snapshot encodes
// to the same bytes and advances exactly as the original.
func TestChainSnapshotRoundTrip(t *testing.T) {
	sp := spec.MustLoad("mainnet", spec.Electra)
	mk := func() *Chain {
		s := NewSynthetic(sp, SyntheticConfig{Validators: 1024, Epoch: 300, Seed: 7, ParticipationPerMille: 1000, Operators: 4})
		return NewChain(s, Behaviour{Seed: 1, ParticipationPerMille: 990, MissedProposalPerMille: 10, ExecutionRewardGwei: 50_000_000})
	}
	a := mk()
	ctx := context.Background()
	creds := beacon.ExecutionCredentials(spec.ETH1AddressWithdrawalPrefix, OperatorAddress(99))
	deposit := func(k uint64) {
		dep := beacon.Deposit{Pubkey: SyntheticPubkey(1<<40 + k), WithdrawalCredentials: creds, Amount: 32_000_000_000}
		if err := a.SubmitDeposit(ctx, dep); err != nil {
			t.Fatal(err)
		}
	}
	deposit(1)
	a.Advance(40)
	deposit(2) // one pending in the state, one waiting for a block
	a.With(func(s *State) {
		if len(s.PendingDeposits) == 0 {
			t.Fatal("no pending deposit to encode")
		}
	})
	snap, err := a.MarshalBinary()
	if err != nil {
		t.Fatal(err)
	}
	b := mk()
	if err := b.UnmarshalBinary(snap); err != nil {
		t.Fatal(err)
	}
	again, err := b.MarshalBinary()
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(snap, again) {
		t.Fatal("the restored chain encodes differently")
	}
	a.Advance(40)
	b.Advance(40)
	ra, _ := a.MarshalBinary()
	rb, _ := b.MarshalBinary()
	if !bytes.Equal(ra, rb) {
		t.Fatal("the restored chain advanced differently")
	}
}
