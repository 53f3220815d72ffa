package sim

import (
	"context"
	"sort"

	"github.com/stakepool/stakepool/beacon"
)

// The final-withdrawal log (Behaviour.LogWithdrawals): what the blocks the
// chain proposed paid validators whose withdrawable epoch had come — their
// full withdrawals, never the sweep's skims — so that an oracle member can
// read the amounts of its bonded operators' final withdrawals
// (oracle.WithdrawalReader) without a log of every block. Exits are rare,
// so is the log; its owner prunes what no report reads any more.

// logWithdrawals appends the full withdrawals of the block just applied
// (the state's scratch list holds its payload's withdrawals).
func (c *Chain) logWithdrawals() {
	s := c.s
	epoch := s.CurrentEpoch()
	for _, w := range s.scratch.withdrawals {
		if ep64(s.WithdrawableEpoch[w.ValidatorIndex]) <= epoch {
			c.withdrawn = append(c.withdrawn, beacon.PayloadWithdrawal{Slot: beacon.Slot(s.Slot),
				Validator: beacon.ValidatorIndex(w.ValidatorIndex), Amount: beacon.Gwei(w.Amount)})
		}
	}
}

// Withdrawals calls f for each logged final withdrawal of the slots
// (from, to], in slot order (oracle.WithdrawalReader).
func (c *Chain) Withdrawals(_ context.Context, from, to beacon.Slot, f func(*beacon.PayloadWithdrawal)) error {
	c.mu.RLock()
	defer c.mu.RUnlock()
	ws := c.withdrawn
	i := sort.Search(len(ws), func(i int) bool { return ws[i].Slot > from })
	for ; i < len(ws) && ws[i].Slot <= to; i++ {
		w := ws[i]
		f(&w)
	}
	return nil
}

// PruneWithdrawals drops the logged withdrawals of slots up to through.
func (c *Chain) PruneWithdrawals(through beacon.Slot) {
	c.mu.Lock()
	defer c.mu.Unlock()
	ws := c.withdrawn
	i := sort.Search(len(ws), func(i int) bool { return ws[i].Slot > through })
	if i > len(ws)/2 { // amortized: copy once half is stale
		c.withdrawn = append(ws[:0], ws[i:]...)
	}
}
