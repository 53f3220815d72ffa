package sim

import (
	"context"
	"math"
	"slices"
	"testing"

	"github.com/stakepool/stakepool/beacon"
	"github.com/stakepool/stakepool/beacon/spec"
)

// busyChain is a chain whose active set changes while it runs: random
// slashings (exits), voluntary exits and deposits that activate.
func busyChain(t *testing.T, mode DutyMode, n int) *Chain {
	t.Helper()
	sp := spec.MustLoad("mainnet", spec.Electra)
	s := NewSynthetic(sp, SyntheticConfig{Validators: n, Epoch: 1000, Seed: 9, ParticipationPerMille: 980})
	s.Duties = mode
	c := NewChain(s, Behaviour{Seed: 9, ParticipationPerMille: 980, MissedProposalPerMille: 30, SlashingPerMillion: 100_000})
	ctx := context.Background()
	for i := 0; i < 40; i++ {
		if err := c.RequestVoluntaryExit(ctx, beacon.ValidatorIndex(7*i+3)); err != nil {
			t.Fatal(err)
		}
		var d beacon.Deposit
		d.Pubkey = SyntheticPubkey(uint64(n + i))
		d.WithdrawalCredentials[0] = spec.ETH1AddressWithdrawalPrefix
		d.Amount = 32_000_000_000
		if err := c.SubmitDeposit(ctx, d); err != nil {
			t.Fatal(err)
		}
	}
	return c
}

// The committees computed one epoch ahead in the background and the
// proposers cached per epoch are the spec's: compared with a fresh
// EpochCommittees and BeaconProposerIndex at every slot of a run whose
// active set changes (exits, slashings, activations).
func TestCachedDutiesMatchSpec(t *testing.T) {
	c := busyChain(t, DutiesSpec, 3000)
	changed := false
	var first int
	c.With(func(s *State) { first = len(s.ActiveIndices(s.CurrentEpoch())) })
	for slot := 0; slot < 12*32; slot++ {
		c.With(func(s *State) {
			cur := s.CurrentEpoch()
			if got, want := s.Proposer(), s.BeaconProposerIndex(nil); got != want {
				t.Fatalf("slot %d: cached proposer %d, spec %d", s.Slot, got, want)
			}
			for _, e := range []uint64{cur, cur + 1} {
				var want []uint32
				for i := range s.Balances {
					if s.IsActive(i, e) {
						want = append(want, uint32(i))
					}
				}
				if got := s.ActiveIndices(e); !slices.Equal(got, want) {
					t.Fatalf("slot %d: ActiveIndices(%d) has %d validators, is_active_validator %d", s.Slot, e, len(got), len(want))
				}
			}
			fresh := s.EpochCommittees(cur)
			cached := s.CommitteesAt(cur)
			if !slices.Equal(fresh.Shuffled, cached.Shuffled) || !slices.Equal(fresh.Members, cached.Members) {
				t.Fatalf("epoch %d: cached committees differ from the spec's", cur)
			}
			if len(fresh.Shuffled) != first {
				changed = true
			}
		})
		c.Advance(1)
	}
	if !changed {
		t.Fatal("the active set never changed: the test does not exercise the lookahead")
	}
}

// SlotMembers are the union of the slot's spec committees, in index order,
// and the slots partition the active set.
func TestSlotMembersAreTheSlotsCommittees(t *testing.T) {
	sp := spec.MustLoad("mainnet", spec.Electra)
	s := NewSynthetic(sp, SyntheticConfig{Validators: 70_001, Epoch: 77, Seed: 3, ParticipationPerMille: 1000})
	c := s.EpochCommittees(s.CurrentEpoch())
	var all []uint32
	for k := uint64(0); k < sp.SlotsPerEpoch; k++ {
		slot := s.CurrentEpoch()*sp.SlotsPerEpoch + k
		var want []uint32
		for ci := uint64(0); ci < c.PerSlot; ci++ {
			want = append(want, c.Committee(slot, ci)...)
		}
		slices.Sort(want)
		got := c.SlotMembers(slot)
		if !slices.Equal(got, want) {
			t.Fatalf("slot %d: members differ from the union of its %d committees", k, c.PerSlot)
		}
		all = append(all, got...)
	}
	slices.Sort(all)
	if !slices.Equal(all, s.ActiveIndices(s.CurrentEpoch())) {
		t.Fatal("slots do not partition the active set")
	}
}

// DutiesSampled: slots partition the active set with binomial sizes,
// members ascending; proposers and sync committee seats go to 2048-ETH
// validators in proportion to effective balance (as in the spec: the same
// rejection rule, other random numbers).
func TestSampledDuties(t *testing.T) {
	sp := spec.MustLoad("mainnet", spec.Electra)
	const n = 64_000
	s := NewSynthetic(sp, SyntheticConfig{Validators: n, Epoch: 50, Seed: 4, ParticipationPerMille: 1000})
	for i := 0; i < 100; i++ {
		s.Credentials[i*640][0] = spec.CompoundingWithdrawalPrefix
		s.EffInc[i*640], s.Balances[i*640] = 2048, 2048*gwei
	}
	s.Duties = DutiesSampled
	s.Invalidate()
	c := s.EpochCommittees(s.CurrentEpoch())
	var all []uint32
	mean := float64(n) / float64(sp.SlotsPerEpoch)
	for k := uint64(0); k < sp.SlotsPerEpoch; k++ {
		m := c.SlotMembers(s.CurrentEpoch()*sp.SlotsPerEpoch + k)
		if !slices.IsSorted(m) {
			t.Fatalf("slot %d: members not in index order", k)
		}
		if d := math.Abs(float64(len(m)) - mean); d > 5*math.Sqrt(mean) {
			t.Errorf("slot %d has %d members, mean %.0f: beyond 5 sigma", k, len(m), mean)
		}
		all = append(all, m...)
	}
	slices.Sort(all)
	if !slices.Equal(all, s.ActiveIndices(s.CurrentEpoch())) {
		t.Fatal("sampled slots do not partition the active set")
	}
	// the same seed gives the same slots
	if again := s.EpochCommittees(s.CurrentEpoch()); !slices.Equal(again.Members, c.Members) {
		t.Fatal("sampled committees are not reproducible")
	}

	// proposers: expected share of the big ones 204 800 / (204 800 + 63 900·32) = 0.0910
	big := 0
	const slots = 4000
	base := s.Slot
	for k := uint64(0); k < slots; k++ {
		s.Slot = base + k
		if k%sp.SlotsPerEpoch == 0 {
			s.RandaoMixes[(s.CurrentEpoch()+sp.EpochsPerHistoricalVector-sp.MinSeedLookahead-1)%sp.EpochsPerHistoricalVector][0] ^= byte(k / 32)
		}
		if p := s.Proposer(); p%640 == 0 {
			big++
		}
	}
	if share := float64(big) / slots; share < 0.075 || share > 0.108 {
		t.Errorf("2048-ETH validators proposed %.4f of the slots, want ≈0.091", share)
	}
	seats := 0
	for _, i := range s.NextSyncCommitteeIndices() {
		if i%640 == 0 {
			seats++
		}
	}
	if seats < 25 || seats > 70 { // expected 0.091 · 512 ≈ 47
		t.Errorf("%d of 512 sync seats to the 2048-ETH validators, want ≈47", seats)
	}
}

// The two duty modes give the same economics: the chain's issuance over 16
// epochs of a 20k-validator chain with missed proposals agrees within 0.3%
// (only who attests in which slot and who proposes differ).
func TestSampledDutiesSameIssuance(t *testing.T) {
	issuance := func(mode DutyMode) float64 {
		sp := spec.MustLoad("mainnet", spec.Electra)
		s := NewSynthetic(sp, SyntheticConfig{Validators: 20_000, Epoch: 1000, Seed: 5, ParticipationPerMille: 970})
		s.Duties = mode
		c := NewChain(s, Behaviour{Seed: 5, ParticipationPerMille: 970, MissedProposalPerMille: 50})
		total := func() (sum uint64) {
			c.With(func(s *State) {
				for _, b := range s.Balances {
					sum += b
				}
				w, _ := s.Credited(OperatorAddress(0))
				sum += w
			})
			return
		}
		before := total()
		c.AdvanceEpochs(16)
		return float64(total() - before)
	}
	spec, sampled := issuance(DutiesSpec), issuance(DutiesSampled)
	if spec <= 0 || math.Abs(sampled/spec-1) > 0.003 {
		t.Fatalf("issuance: spec duties %.0f gwei, sampled %.0f gwei (ratio %.5f)", spec, sampled, sampled/spec)
	}
	t.Logf("issuance over 16 epochs: spec duties %.0f gwei, sampled %.0f gwei (ratio %.5f)", spec, sampled, sampled/spec)
}
