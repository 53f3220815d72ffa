// The pool's view of the simulated chain: Chain implements beacon.Chain
// (and oracle.DutyReader) for the oracle members, the bridge and the
// scenario simulator.

package sim

import (
	"context"
	"fmt"

	"github.com/stakepool/stakepool/beacon"
	"github.com/stakepool/stakepool/beacon/spec"
	"github.com/stakepool/stakepool/units"
)

// Duties implements oracle.DutyReader: the missed attestations (epochs
// active, unslashed, without the timely-target flag once final) and missed
// proposals of each validator since genesis.
func (c *Chain) Duties(_ context.Context, indices []beacon.ValidatorIndex) ([]beacon.DutyCounts, error) {
	return c.DutiesInto(nil, indices)
}

// DutiesInto is Duties written into dst's storage (grown when short), for
// callers that read the same validators every epoch.
func (c *Chain) DutiesInto(dst []beacon.DutyCounts, indices []beacon.ValidatorIndex) ([]beacon.DutyCounts, error) {
	c.mu.RLock()
	defer c.mu.RUnlock()
	out := dst[:0]
	if cap(out) < len(indices) {
		out = make([]beacon.DutyCounts, 0, len(indices))
	}
	out = out[:len(indices)]
	clear(out)
	for j, ix := range indices {
		if uint64(ix) >= uint64(len(c.s.Balances)) {
			return nil, fmt.Errorf("%w: %d", beacon.ErrUnknownValidator, ix)
		}
		if int(ix) < len(c.missedAtt) {
			out[j] = beacon.DutyCounts{MissedAttestations: uint64(c.missedAtt[ix]), MissedProposals: uint64(c.missedProp[ix])}
		}
	}
	return out, nil
}

// SubmitDeposit implements beacon.Chain: the deposit is included by the next
// block (Deneb: at most MAX_DEPOSITS per block; Electra: as a deposit request).
func (c *Chain) SubmitDeposit(_ context.Context, d beacon.Deposit) error {
	if d.Amount < units.Gwei(c.s.Spec.MinDepositAmount) {
		return fmt.Errorf("%w: amount %d below MIN_DEPOSIT_AMOUNT", beacon.ErrBadDeposit, d.Amount)
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	c.deposits = append(c.deposits, Deposit{Pubkey: d.Pubkey, WithdrawalCredentials: d.WithdrawalCredentials,
		Amount: uint64(d.Amount), Signature: d.Signature})
	return nil
}

// Validator returns validator i as the pool sees it.
func (s *State) Validator(i int) beacon.Validator {
	el, ac, ex, wd := s.Epochs(i)
	v := beacon.Validator{
		Index: beacon.ValidatorIndex(i), Pubkey: s.Pubkeys[i], WithdrawalCredentials: s.Credentials[i],
		Balance: units.Gwei(s.Balances[i]), EffectiveBalance: units.Gwei(s.EffectiveBalance(i)), Slashed: s.Slashed[i],
		ActivationEligibilityEpoch: beacon.Epoch(el), ActivationEpoch: beacon.Epoch(ac),
		ExitEpoch: beacon.Epoch(ex), WithdrawableEpoch: beacon.Epoch(wd),
	}
	v.Status = beacon.ComputeStatus(&v, beacon.Epoch(s.CurrentEpoch()))
	return v
}

// ValidatorsByCredentials implements beacon.Chain.
func (c *Chain) ValidatorsByCredentials(_ context.Context, creds beacon.Credentials) ([]beacon.Validator, error) {
	c.mu.Lock()
	defer c.mu.Unlock()
	var out []beacon.Validator
	for i := range c.s.Credentials {
		if c.s.Credentials[i] == creds {
			out = append(out, c.s.Validator(i))
		}
	}
	return out, nil
}

// Credited implements beacon.Chain.
func (c *Chain) Credited(_ context.Context, addr beacon.Address) (beacon.Credited, error) {
	c.mu.RLock()
	defer c.mu.RUnlock()
	w, f := c.s.Credited(addr)
	return beacon.Credited{Withdrawals: units.Gwei(w), ProposerFees: units.Gwei(f)}, nil
}

// RequestVoluntaryExit implements beacon.Chain: checks the conditions of
// process_voluntary_exit now and includes the exit in the next block.
func (c *Chain) RequestVoluntaryExit(_ context.Context, index beacon.ValidatorIndex) error {
	c.mu.Lock()
	defer c.mu.Unlock()
	s := c.s
	if uint64(index) >= uint64(len(s.Balances)) {
		return fmt.Errorf("%w: %d", beacon.ErrUnknownValidator, index)
	}
	i, cur := int(index), s.CurrentEpoch()
	switch {
	case !s.IsActive(i, cur):
		return fmt.Errorf("%w: validator %d is not active", beacon.ErrExitNotAllowed, i)
	case s.ExitEpoch[i] != far32:
		return fmt.Errorf("%w: validator %d is already exiting", beacon.ErrExitNotAllowed, i)
	case cur < ep64(s.ActivationEpoch[i])+s.Spec.ShardCommitteePeriod:
		return fmt.Errorf("%w: validator %d has been active for less than %d epochs", beacon.ErrExitNotAllowed, i, s.Spec.ShardCommitteePeriod)
	}
	c.exits = append(c.exits, uint64(index))
	return nil
}

// SubmitWithdrawalRequest implements beacon.WithdrawalRequester: the
// request goes into a next block's execution payload (at most
// MAX_WITHDRAWAL_REQUESTS_PER_PAYLOAD a block, Electra only) and
// process_withdrawal_request applies it there.
func (c *Chain) SubmitWithdrawalRequest(_ context.Context, r beacon.WithdrawalRequest) error {
	if c.s.Spec.Fork != spec.Electra {
		return fmt.Errorf("sim: EIP-7002 withdrawal requests need Electra (the chain is %s)", c.s.Spec.Fork)
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	c.wrequests = append(c.wrequests, WithdrawalRequest{SourceAddress: r.Source, ValidatorPubkey: r.Pubkey, Amount: uint64(r.Amount)})
	return nil
}

// HeadSlot implements beacon.Chain.
func (c *Chain) HeadSlot(context.Context) (beacon.Slot, error) {
	c.mu.Lock()
	defer c.mu.Unlock()
	return beacon.Slot(c.s.Slot), nil
}

// FinalizedEpoch implements beacon.Chain.
func (c *Chain) FinalizedEpoch(context.Context) (beacon.Epoch, error) {
	c.mu.Lock()
	defer c.mu.Unlock()
	return beacon.Epoch(c.s.FinalizedCheckpoint.Epoch), nil
}
