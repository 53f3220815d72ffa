package scenario

import (
	"context"

	"github.com/stakepool/stakepool/beacon"
	"github.com/stakepool/stakepool/beacon/sim"
)

// Withdrawn validators of bonded operators (docs/scenario.md, "Bonded
// operators"): when a pool has bonded operators, the chain logs the final
// withdrawals it pays (sim.Behaviour.LogWithdrawals: the full withdrawals
// of withdrawable validators only, rare, not every block) and the pool's
// members read them (poolChain.Withdrawals, oracle.WithdrawalReader) to
// write the report's withdrawn rows with the oracle's own measure
// (oracle/withdrawn.go), as the service's do from the blocks. Without
// bonded operators nothing is logged or read.

// wireWithdrawals turns on the chain's final-withdrawal log when some
// pool has bonded operators.
func (w *chainWorld) wireWithdrawals(b *sim.Behaviour) {
	for _, p := range w.pools {
		if p.cfg.Bonded != nil {
			b.LogWithdrawals = true
		}
	}
}

// pruneWithdrawals drops the logged withdrawals every pool's last report
// has covered (a report reads from its pool's last reference slot on),
// less one frame (a step of a day or less can still see them).
func (w *chainWorld) pruneWithdrawals() {
	through, frame := ^uint64(0), uint64(0)
	for _, p := range w.pools {
		if p.cfg.Bonded == nil {
			continue
		}
		rec, ok := p.st.LastReport()
		if !ok {
			return
		}
		through, frame = min(through, rec.RefSlot), max(frame, p.st.SlotsPerFrame())
	}
	if through != ^uint64(0) && through > frame {
		w.chain.PruneWithdrawals(beacon.Slot(through - frame))
	}
}

// Withdrawals implements oracle.WithdrawalReader: the chain's log of final
// withdrawals, for a pool with bonded operators (nothing otherwise: its
// reports have no withdrawn rows to write).
func (c poolChain) Withdrawals(ctx context.Context, from, to beacon.Slot, f func(*beacon.PayloadWithdrawal)) error {
	if c.p.cfg.Bonded == nil {
		return nil
	}
	return c.Chain.Withdrawals(ctx, from, to, f)
}
