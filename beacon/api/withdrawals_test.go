package api_test

import (
	"context"
	"testing"

	"github.com/stakepool/stakepool/beacon"
	"github.com/stakepool/stakepool/beacon/sim"
	"github.com/stakepool/stakepool/beacon/spec"
)

// TestBlockPayoutWithdrawals: BlockPayout reads the payload's withdrawals
// over the Beacon API, whoever proposed (the oracle's withdrawn rows need
// every block's): validator 5, exited and withdrawable with 31.5 ETH
// (slashed, say), is swept in full by the next block; validator 6, active
// with 32.25 ETH, gives its 0.25-ETH skim (and its rewards since) in the
// same sweep.
func TestBlockPayoutWithdrawals(t *testing.T) {
	fx := newFixture(t, spec.Electra, sim.Behaviour{Seed: 1, ParticipationPerMille: 1000})
	var slot beacon.Slot
	fx.chain.With(func(s *sim.State) {
		e := uint32(s.CurrentEpoch())
		s.ExitEpoch[5], s.WithdrawableEpoch[5] = e-1, e
		s.Balances[5] = 31_500_000_000
		s.Balances[6] = 32_250_000_000
		s.NextWithdrawalValidatorIndex = 5
		s.Invalidate()
		slot = beacon.Slot(s.Slot + 1)
	})
	fx.srv.Advance(1)
	c := fx.client(t, nil)
	nobody := func(beacon.ValidatorIndex) bool { return false }
	p, ok, err := c.BlockPayout(context.Background(), slot, nobody, nil)
	if err != nil || !ok {
		t.Fatalf("block of slot %d: %v %v", slot, ok, err)
	}
	got := map[beacon.ValidatorIndex]beacon.PayloadWithdrawal{}
	for _, w := range p.Withdrawals {
		got[w.Validator] = w
	}
	if w := got[5]; w.Slot != slot || w.Amount != 31_500_000_000 {
		t.Fatalf("validator 5's final withdrawal: %+v (all: %+v)", w, p.Withdrawals)
	}
	// its skim: the 0.25 ETH and what the epoch's processing before the
	// block paid it (the slot may start an epoch)
	if w := got[6]; w.Slot != slot || w.Amount < 250_000_000 || w.Amount > 251_000_000 {
		t.Fatalf("validator 6's skim: %+v (all: %+v)", w, p.Withdrawals)
	}
}
