// process_slashings and process_slashings_reset: consensus-specs phase0
// beacon-chain.md §Slashings and §Slashings balances updates, bellatrix's
// PROPORTIONAL_SLASHING_MULTIPLIER_BELLATRIX and electra §Modified
// process_slashings (the penalty per effective-balance increment).

package sim

import (
	"github.com/stakepool/stakepool/beacon/spec"
)

// processSlashings is process_slashings (bellatrix multiplier; electra
// per-increment rounding).
func (s *State) processSlashings(cands []uint32, total uint64) {
	sp := s.Spec
	if len(cands) == 0 {
		return
	}
	cur := s.CurrentEpoch()
	var sum uint64
	for _, x := range s.Slashings {
		sum += x
	}
	adjusted := min(sum*sp.ProportionalSlashingMultiplierBellatrix, total)
	inc := sp.EffectiveBalanceIncrement
	for _, i := range cands {
		if !s.Slashed[i] || cur+sp.EpochsPerSlashingsVector/2 != ep64(s.WithdrawableEpoch[i]) {
			continue
		}
		incs := uint64(s.EffInc[i])
		var penalty uint64
		if sp.Fork == spec.Electra {
			penalty = adjusted / (total / inc) * incs
		} else {
			penalty = incs * adjusted / total * inc
		}
		decrease(&s.Balances[i], penalty)
	}
}

// processSlashingsReset is process_slashings_reset: the slashings of the
// next epoch's slot in the vector start at zero.
func (s *State) processSlashingsReset(next uint64) {
	sp := s.Spec
	s.Slashings[next%sp.EpochsPerSlashingsVector] = 0
}
