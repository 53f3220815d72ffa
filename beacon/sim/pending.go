// process_pending_deposits and process_pending_consolidations:
// consensus-specs electra beacon-chain.md §New process_pending_deposits
// (with apply_pending_deposit and add_validator_to_registry) and §New
// process_pending_consolidations.

package sim

import (
	"github.com/stakepool/stakepool/beacon/spec"
)

// processPendingDeposits is process_pending_deposits (electra).
func (s *State) processPendingDeposits(totalActive uint64) {
	sp := s.Spec
	nextEpoch := s.CurrentEpoch() + 1
	available := s.DepositBalanceToConsume + s.ActivationExitChurnLimit(totalActive)
	var processed uint64
	nextIndex := 0
	var postpone []PendingDeposit
	churnReached := false
	finalizedSlot := s.FinalizedCheckpoint.Epoch * sp.SlotsPerEpoch
	for _, d := range s.PendingDeposits {
		if d.Slot > spec.GenesisSlot && s.Eth1DepositIndex < s.DepositRequestsStartIndex {
			break
		}
		if d.Slot > finalizedSlot {
			break
		}
		if uint64(nextIndex) >= sp.MaxPendingDepositsPerEpoch {
			break
		}
		exited, withdrawn := false, false
		if i, ok := s.IndexOf(d.Pubkey); ok {
			exited = s.ExitEpoch[i] != far32
			withdrawn = ep64(s.WithdrawableEpoch[i]) < nextEpoch
		}
		if withdrawn {
			s.applyPendingDeposit(d)
		} else if exited {
			postpone = append(postpone, d)
		} else {
			churnReached = processed+d.Amount > available
			if churnReached {
				break
			}
			processed += d.Amount
			s.applyPendingDeposit(d)
		}
		nextIndex++
	}
	rest := s.PendingDeposits[nextIndex:]
	s.PendingDeposits = append(append(make([]PendingDeposit, 0, len(rest)+len(postpone)), rest...), postpone...)
	if churnReached {
		s.DepositBalanceToConsume = available - processed
	} else {
		s.DepositBalanceToConsume = 0
	}
}

func (s *State) verifier() DepositVerifier {
	if s.Verifier == nil {
		return AcceptAll{}
	}
	return s.Verifier
}

// applyPendingDeposit is apply_pending_deposit (electra).
func (s *State) applyPendingDeposit(d PendingDeposit) {
	if i, ok := s.IndexOf(d.Pubkey); ok {
		increase(&s.Balances[i], d.Amount)
		return
	}
	if s.verifier().VerifyDeposit(d.Pubkey, d.WithdrawalCredentials, d.Amount, d.Signature) {
		s.addValidatorToRegistry(d.Pubkey, d.WithdrawalCredentials, d.Amount)
	}
}

// addValidatorToRegistry is add_validator_to_registry with
// get_validator_from_deposit (deneb / electra).
func (s *State) addValidatorToRegistry(pubkey [48]byte, creds [32]byte, amount uint64) int {
	inc := s.Spec.EffectiveBalanceIncrement
	eb := min(amount-amount%inc, s.Spec.MaxEffectiveBalanceFor(creds[0]))
	F := spec.FarFutureEpoch
	return s.AppendValidator(pubkey, creds, amount, eb, false, F, F, F, F)
}

// processPendingConsolidations is process_pending_consolidations (electra).
func (s *State) processPendingConsolidations() {
	nextEpoch := s.CurrentEpoch() + 1
	next := 0
	for _, c := range s.PendingConsolidations {
		src := int(c.SourceIndex)
		if s.Slashed[src] {
			next++
			continue
		}
		if ep64(s.WithdrawableEpoch[src]) > nextEpoch {
			break
		}
		amount := min(s.Balances[src], s.EffectiveBalance(src))
		decrease(&s.Balances[src], amount)
		increase(&s.Balances[c.TargetIndex], amount)
		next++
	}
	s.PendingConsolidations = append([]PendingConsolidation(nil), s.PendingConsolidations[next:]...)
}
