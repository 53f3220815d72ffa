package sim

import (
	"testing"

	"github.com/stakepool/stakepool/beacon/spec"
)

// electra §Modified compute_proposer_index: the 16-bit filter against
// MAX_EFFECTIVE_BALANCE_ELECTRA makes selection proportional to the
// effective balance up to 2048 ETH; in Deneb (8 bits against 32 ETH) every
// validator of 32 ETH or more is equally likely. Deterministic (fixed seeds).
func TestProposerSelectionByEffectiveBalance(t *testing.T) {
	for _, c := range []struct {
		fork     spec.Fork
		min, max float64 // share of the 10 big validators
	}{
		{spec.Electra, 0.33, 0.46}, // expected 20 480 / 52 160 = 0.393
		{spec.Deneb, 0.003, 0.025}, // expected 10 / 1000 = 0.01
	} {
		sp := spec.MustLoad("mainnet", c.fork)
		s := NewSynthetic(sp, SyntheticConfig{Validators: 1000, Epoch: 50, Seed: 4, ParticipationPerMille: 1000})
		for i := 0; i < 10; i++ {
			s.Credentials[i*100][0] = spec.CompoundingWithdrawalPrefix
			s.EffInc[i*100], s.Balances[i*100] = 2048, 2048*gwei
		}
		s.Invalidate()
		big := 0
		const slots = 2000
		base := s.Slot
		for k := uint64(0); k < slots; k++ {
			s.Slot = base + k
			if k%s.Spec.SlotsPerEpoch == 0 {
				// a new randao mix per epoch, so the seeds differ
				s.RandaoMixes[(s.CurrentEpoch()+s.Spec.EpochsPerHistoricalVector-s.Spec.MinSeedLookahead-1)%s.Spec.EpochsPerHistoricalVector][0] ^= byte(k)
				s.activeCache = nil
			}
			if p := s.Proposer(); p%100 == 0 && p < 1000 {
				big++
			}
		}
		if share := float64(big) / slots; share < c.min || share > c.max {
			t.Errorf("%v: the 2048-ETH validators proposed %.3f of the slots, want [%.3f, %.3f]", c.fork, share, c.min, c.max)
		}
	}
}

// Sync-committee selection follows the same rule (get_next_sync_committee_indices).
func TestSyncCommitteeSelectionElectra(t *testing.T) {
	sp := spec.MustLoad("mainnet", spec.Electra)
	s := NewSynthetic(sp, SyntheticConfig{Validators: 2000, Epoch: 50, Seed: 6, ParticipationPerMille: 1000})
	for i := 0; i < 20; i++ {
		s.Credentials[i*100][0] = spec.CompoundingWithdrawalPrefix
		s.EffInc[i*100] = 2048
	}
	s.Invalidate()
	big := 0
	for _, i := range s.NextSyncCommitteeIndices() {
		if i%100 == 0 {
			big++
		}
	}
	// expected share 40 960 / (40 960 + 1980·32) = 0.393 of 512 seats ≈ 201
	if big < 160 || big > 245 {
		t.Errorf("%d of 512 seats to the 2048-ETH validators", big)
	}
}
