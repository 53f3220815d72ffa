package oracle

import (
	"context"
	"fmt"

	"github.com/stakepool/stakepool/beacon"
	"github.com/stakepool/stakepool/protocol"
)

// ForceOverdueExits is the pool's defence against operators that ignore
// exit requests (protocol/exittrigger.go, EIP-7002), as anyone may run it:
// every key of every module's operators (ModulesOperators: the curated
// registry's and the bonded module's alike) asked to exit, not exited,
// past exit_deadline_slots and not forced before is triggered — the
// CmdTriggerExit command is applied through apply (by a sender of the
// caller's, with the fee the chain asks: 0 here, the simulator charges
// none) — and
// the withdrawal vault's full-exit request goes to the chain, which must
// take EIP-7002 requests (beacon.WithdrawalRequester). Keys in ascending
// global id and key order. Returns the exits forced.
func (b *Bridge) ForceOverdueExits(ctx context.Context, st *protocol.State, apply func(protocol.Command) error) (int, error) {
	req, ok := b.chain.(beacon.WithdrawalRequester)
	if !ok {
		return 0, fmt.Errorf("oracle: the chain takes no EIP-7002 withdrawal requests: exits cannot be forced")
	}
	b.keys.Sync(st)
	now, deadline := st.Slot(), st.Params().ExitDeadlineSlots
	var n int
	for _, o := range ModulesOperators(st) {
		for k := o.Exited; k < o.ExitRequested; k++ {
			slot, pending := st.ExitRequestSlot(o.ID, k)
			if !pending || slot+deadline >= now || st.ExitTriggered(o.ID, k) {
				continue // the trigger's own rule: overdue once slot + deadline < now
			}
			pk, ok := b.keys.Pubkey(o.ID, k)
			if !ok {
				continue
			}
			if err := apply(protocol.Command{Kind: protocol.CmdTriggerExit, Operator: o.ID, Index: k}); err != nil {
				return n, fmt.Errorf("oracle: force the exit of key %d of operator %d: %w", k, o.ID, err)
			}
			if err := req.SubmitWithdrawalRequest(ctx, beacon.WithdrawalRequest{Source: beacon.Address(st.Vault()), Pubkey: beacon.Pubkey(pk)}); err != nil {
				return n, fmt.Errorf("oracle: the withdrawal request of key %d of operator %d: %w", k, o.ID, err)
			}
			n++
		}
	}
	return n, nil
}
