// Exits and the churn: consensus-specs phase0 beacon-chain.md
// initiate_validator_exit (§Beacon state mutators) and its exit queue, and
// electra's Modified initiate_validator_exit with get_balance_churn_limit,
// get_activation_exit_churn_limit, get_consolidation_churn_limit,
// compute_exit_epoch_and_update_churn and
// compute_consolidation_epoch_and_update_churn.

package sim

import (
	"github.com/stakepool/stakepool/beacon/spec"
)

// exitQueue is the phase0 exit queue of initiate_validator_exit, computed
// once per epoch: exit_queue_epoch and the number of validators exiting then.
type exitQueue struct {
	epoch, churn, limit uint64
}

func (s *State) newExitQueue(maxExit uint32, maxExitCount, activeCount uint64) exitQueue {
	cur := s.CurrentEpoch()
	q := exitQueue{epoch: s.Spec.ComputeActivationExitEpoch(cur)}
	if maxExit != 0 && uint64(maxExit) >= q.epoch {
		if uint64(maxExit) > q.epoch {
			q.epoch, q.churn = uint64(maxExit), maxExitCount
		} else {
			q.churn = maxExitCount
		}
	}
	q.limit = max(s.Spec.MinPerEpochChurnLimit, activeCount/s.Spec.ChurnLimitQuotient)
	return q
}

// next is the body of phase0 initiate_validator_exit after the early return.
func (q *exitQueue) next() uint64 {
	if q.churn >= q.limit {
		q.epoch++
		q.churn = 0
	}
	q.churn++
	return q.epoch
}

// BalanceChurnLimit is get_balance_churn_limit (electra).
func (s *State) BalanceChurnLimit(totalActive uint64) uint64 {
	c := max(s.Spec.MinPerEpochChurnLimitElectra, totalActive/s.Spec.ChurnLimitQuotient)
	return c - c%s.Spec.EffectiveBalanceIncrement
}

// ActivationExitChurnLimit is get_activation_exit_churn_limit (electra).
func (s *State) ActivationExitChurnLimit(totalActive uint64) uint64 {
	return min(s.Spec.MaxPerEpochActivationExitChurnLimit, s.BalanceChurnLimit(totalActive))
}

// ConsolidationChurnLimit is get_consolidation_churn_limit (electra).
func (s *State) ConsolidationChurnLimit(totalActive uint64) uint64 {
	return s.BalanceChurnLimit(totalActive) - s.ActivationExitChurnLimit(totalActive)
}

// ComputeExitEpochAndUpdateChurn is compute_exit_epoch_and_update_churn (electra).
func (s *State) ComputeExitEpochAndUpdateChurn(exitBalance, totalActive uint64) uint64 {
	return s.consumeChurn(&s.EarliestExitEpoch, &s.ExitBalanceToConsume, exitBalance, s.ActivationExitChurnLimit(totalActive))
}

// ComputeConsolidationEpochAndUpdateChurn is compute_consolidation_epoch_and_update_churn (electra).
func (s *State) ComputeConsolidationEpochAndUpdateChurn(balance, totalActive uint64) uint64 {
	return s.consumeChurn(&s.EarliestConsolidationEpoch, &s.ConsolidationBalanceToConsume, balance, s.ConsolidationChurnLimit(totalActive))
}

// consumeChurn is the body the two spec functions above share: take amount
// from the churn of the earliest possible epoch, moving to later epochs by
// whole perEpoch churns, and record the epoch and what is left of its churn.
func (s *State) consumeChurn(earliestEpoch, balanceToConsume *uint64, amount, perEpoch uint64) uint64 {
	earliest := max(*earliestEpoch, s.Spec.ComputeActivationExitEpoch(s.CurrentEpoch()))
	var toConsume uint64
	if *earliestEpoch < earliest {
		toConsume = perEpoch
	} else {
		toConsume = *balanceToConsume
	}
	if amount > toConsume {
		toProcess := amount - toConsume
		additional := (toProcess-1)/perEpoch + 1
		earliest += additional
		toConsume += additional * perEpoch
	}
	*balanceToConsume = toConsume - amount
	*earliestEpoch = earliest
	return earliest
}

func (s *State) initiateExitElectra(i int, totalActive uint64) {
	if s.ExitEpoch[i] != far32 {
		return
	}
	s.unstable(i)
	e := s.ComputeExitEpochAndUpdateChurn(s.EffectiveBalance(i), totalActive)
	s.ExitEpoch[i] = ep32(e)
	s.WithdrawableEpoch[i] = ep32(e + s.Spec.MinValidatorWithdrawabilityDelay)
}

// InitiateValidatorExit is initiate_validator_exit for the state's fork.
func (s *State) InitiateValidatorExit(i int) {
	if s.ExitEpoch[i] != far32 {
		return
	}
	if s.Spec.Fork == spec.Electra {
		s.initiateExitElectra(i, s.TotalActiveBalance())
		return
	}
	// phase0: scan the registry for the exit queue
	var maxExit uint32
	var cnt uint64
	for _, x := range s.ExitEpoch {
		if x == far32 {
			continue
		}
		if x > maxExit {
			maxExit, cnt = x, 1
		} else if x == maxExit {
			cnt++
		}
	}
	cur := s.CurrentEpoch()
	var active uint64
	for j := range s.ExitEpoch {
		if s.IsActive(j, cur) {
			active++
		}
	}
	q := s.newExitQueue(maxExit, cnt, active)
	e := q.next()
	s.unstable(i)
	s.ExitEpoch[i] = ep32(e)
	s.WithdrawableEpoch[i] = ep32(e + s.Spec.MinValidatorWithdrawabilityDelay)
}
