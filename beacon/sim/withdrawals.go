// get_expected_withdrawals (capella, with electra's pending partial
// withdrawals): what process_withdrawals pays in a block.

package sim

import (
	"github.com/stakepool/stakepool/beacon/spec"
)

// ExpectedWithdrawals is get_expected_withdrawals: for Electra the pending
// partial withdrawals first (at most MAX_PENDING_PARTIALS_PER_WITHDRAWALS_SWEEP),
// then the sweep; it also returns how many pending partials were consumed.
func (s *State) ExpectedWithdrawals() ([]Withdrawal, int) {
	return s.expectedWithdrawals(nil)
}

// expectedWithdrawals is ExpectedWithdrawals appending to ws[:0] (a
// buffer of the caller's, reused block after block).
func (s *State) expectedWithdrawals(ws []Withdrawal) ([]Withdrawal, int) {
	sp := s.Spec
	epoch := s.CurrentEpoch()
	idx := s.NextWithdrawalIndex
	ws = ws[:0]
	processed := 0
	electra := sp.Fork == spec.Electra
	// partial is how many withdrawals the pending partials gave: the
	// spec's sum over every withdrawal so far of the validator's amounts
	// needs only those, since the sweep visits each validator at most once
	// (its bound is at most the registry's size)
	partial := 0
	withdrawn := func(v uint64, ws []Withdrawal) uint64 {
		var t uint64
		for _, w := range ws {
			if w.ValidatorIndex == v {
				t += w.Amount
			}
		}
		return t
	}
	if electra {
		for _, p := range s.PendingPartialWithdrawals {
			if p.WithdrawableEpoch > epoch || uint64(len(ws)) == sp.MaxPendingPartialsPerWithdrawalsSweep {
				break
			}
			v := p.ValidatorIndex
			bal := s.Balances[v] - min(s.Balances[v], withdrawn(v, ws))
			if s.ExitEpoch[v] == far32 && s.EffectiveBalance(int(v)) >= sp.MinActivationBalance && bal > sp.MinActivationBalance {
				ws = append(ws, Withdrawal{Index: idx, ValidatorIndex: v, Address: [20]byte(s.Credentials[v][12:]),
					Amount: min(bal-sp.MinActivationBalance, p.Amount)})
				idx++
			}
			processed++
		}
		partial = len(ws)
	}
	n := uint64(len(s.Balances))
	if n == 0 {
		return ws, processed
	}
	v := s.NextWithdrawalValidatorIndex
	bound := min(n, sp.MaxValidatorsPerWithdrawalsSweep)
	for range bound {
		creds := s.Credentials[v]
		bal := s.Balances[v]
		if partial > 0 {
			bal -= min(bal, withdrawn(v, ws[:partial]))
		}
		if sp.HasExecutionWithdrawalCredential(creds[0]) {
			maxEB := sp.MaxEffectiveBalanceFor(creds[0])
			switch {
			case ep64(s.WithdrawableEpoch[v]) <= epoch && bal > 0:
				ws = append(ws, Withdrawal{Index: idx, ValidatorIndex: v, Address: [20]byte(creds[12:]), Amount: bal})
				idx++
			case s.EffectiveBalance(int(v)) == maxEB && bal > maxEB:
				ws = append(ws, Withdrawal{Index: idx, ValidatorIndex: v, Address: [20]byte(creds[12:]), Amount: bal - maxEB})
				idx++
			}
		}
		if uint64(len(ws)) == sp.MaxWithdrawalsPerPayload {
			break
		}
		v = (v + 1) % n
	}
	return ws, processed
}
