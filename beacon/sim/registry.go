// process_registry_updates: consensus-specs phase0 beacon-chain.md
// §Registry updates with deneb's get_validator_activation_churn_limit
// (EIP-7514), and electra beacon-chain.md §Modified process_registry_updates.
// The candidates come from pass 1 (fused.go); exits go through churn.go.

package sim

import (
	"slices"
)

// registryUpdatesDeneb is process_registry_updates (phase0 with deneb's
// get_validator_activation_churn_limit, EIP-7514).
func (s *State) registryUpdatesDeneb(cands []uint32, tot chunkSums) {
	sp := s.Spec
	cur := s.CurrentEpoch()
	q := s.newExitQueue(tot.maxExit, tot.maxExitCount, tot.activeCount)
	maxInc := uint16(sp.MaxEffectiveBalance / sp.EffectiveBalanceIncrement)
	ejInc := uint16(sp.EjectionBalance / sp.EffectiveBalanceIncrement)
	for _, i := range cands {
		if s.EligibilityEpoch[i] == far32 && s.EffInc[i] == maxInc {
			s.EligibilityEpoch[i] = ep32(cur + 1)
		}
		if s.IsActive(int(i), cur) && s.EffInc[i] <= ejInc && s.ExitEpoch[i] == far32 {
			e := q.next()
			s.ExitEpoch[i] = ep32(e)
			s.WithdrawableEpoch[i] = ep32(e + sp.MinValidatorWithdrawabilityDelay)
		}
	}
	fin := s.FinalizedCheckpoint.Epoch
	var queue []uint32
	for _, i := range cands {
		if s.ActivationEpoch[i] == far32 && ep64(s.EligibilityEpoch[i]) <= fin {
			queue = append(queue, i)
		}
	}
	slices.SortStableFunc(queue, func(a, b uint32) int {
		ea, eb := s.EligibilityEpoch[a], s.EligibilityEpoch[b]
		if ea != eb {
			if ea < eb {
				return -1
			}
			return 1
		}
		return int(a) - int(b)
	})
	churn := min(sp.MaxPerEpochActivationChurnLimit, q.limit)
	act := ep32(sp.ComputeActivationExitEpoch(cur))
	for j, i := range queue {
		if uint64(j) >= churn {
			break
		}
		s.ActivationEpoch[i] = act
	}
}

// registryUpdatesElectra is process_registry_updates (electra §Modified
// process_registry_updates): one loop, elif chain, no activation count limit.
func (s *State) registryUpdatesElectra(cands []uint32, totalActive uint64) {
	sp := s.Spec
	cur := s.CurrentEpoch()
	act := ep32(sp.ComputeActivationExitEpoch(cur))
	minInc := uint16(sp.MinActivationBalance / sp.EffectiveBalanceIncrement)
	ejInc := uint16(sp.EjectionBalance / sp.EffectiveBalanceIncrement)
	fin := s.FinalizedCheckpoint.Epoch
	for _, i := range cands {
		switch {
		case s.EligibilityEpoch[i] == far32 && s.EffInc[i] >= minInc:
			s.EligibilityEpoch[i] = ep32(cur + 1)
		case s.IsActive(int(i), cur) && s.EffInc[i] <= ejInc:
			s.initiateExitElectra(int(i), totalActive)
		case ep64(s.EligibilityEpoch[i]) <= fin && s.ActivationEpoch[i] == far32:
			s.ActivationEpoch[i] = act
		}
	}
}
