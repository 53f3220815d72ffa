package oracle

import (
	"cmp"
	"context"
	"fmt"
	"slices"

	"github.com/holiman/uint256"

	"github.com/stakepool/stakepool/beacon"
	"github.com/stakepool/stakepool/protocol"
)

// Withdrawn validators (docs/oracle.md, "Withdrawn validators"). A bonded
// operator's bond is freed, and a slashing's whole loss taken from it,
// once the chain has paid its exited validators' final withdrawals. The
// report's Withdrawn rows say, per operator of a bonded module, how many
// of its validators are withdrawn so far and the shortfall below 32 ETH of
// those withdrawn since the last count. The measure:
//
//   - a pool validator is withdrawn at the reference slot when it has
//     exited, its withdrawable epoch has come, and its balance is 0 or the
//     scan saw its final withdrawal (the chain may credit it after its
//     final withdrawal — a sync committee it still sits on pays it, or
//     someone deposits to it — and sweep that again later: the devnet
//     showed a validator withdrawn with 32 ETH holding 87,220 gwei of
//     sync rewards at the next reference slot);
//   - its final withdrawal is what the execution payloads of the scanned
//     slots paid it at slots whose epoch is at or after its withdrawable
//     epoch (earlier ones are partial withdrawals, the sweep's skims of
//     the excess over 32 ETH: never counted). The sum is taken: a deposit
//     topping up a withdrawn validator is swept again and only raises it;
//   - the scan covers every slot since the last report's reference slot
//     (not capped to one frame like the execution-reward charges: a final
//     withdrawal in a frame no report covered is still found), starting no
//     earlier than the first slot of the earliest withdrawable epoch among
//     the pool's withdrawable validators (none can have been paid before);
//   - an operator's count is its withdrawn validators, never below its
//     last count (a validator topped up after its withdrawal has a balance
//     again until the next sweep); the newly withdrawn are count − last.
//     They are the operator's withdrawn validators whose final withdrawal
//     the scan saw, the largest amounts first (ties: lower index). More
//     seen than new happens when the chain swept an already counted
//     validator again (credited after its withdrawal): taking the largest
//     amounts means such a later sweep — a few gwei of sync rewards, or a
//     deposit — can only lower the loss charged, and a deposit by less
//     than it cost (the deposit is the pool's);
//   - the loss is Σ max(0, 32 ETH − amount) over the newly withdrawn
//     (whole gwei, exact in wei); a newly withdrawn validator whose final
//     withdrawal the scan did not see (an earlier report made without the
//     scan) adds nothing;
//   - a member that cannot read withdrawals (no WithdrawalReader, or a
//     failed read) writes no rows: a bond then stays held, never freed
//     without its loss.
//
// These rows pass protocol's checkWithdrawn by construction: ascending,
// bonded operators only, last ≤ count ≤ exited after the report (a
// withdrawn validator has exited, and Compute's exited count includes it),
// and at most 32 ETH of loss per newly withdrawn validator.

// ValidatorWithdrawal is one withdrawal of an execution payload.
type ValidatorWithdrawal = beacon.PayloadWithdrawal

// WithdrawalReader is a chain that serves the withdrawals of its blocks'
// execution payloads (the scenario's simulated chain serves those of
// withdrawable validators only, which are the only ones the ledger
// keeps). The service reads them from the blocks it reads for the
// execution-reward charges (services/oracle_elrewards.go).
type WithdrawalReader interface {
	// Withdrawals calls f for each withdrawal of the blocks of slots
	// (from, to], in slot order.
	Withdrawals(ctx context.Context, from, to beacon.Slot, f func(*ValidatorWithdrawal)) error
}

// WithdrawalLedger holds the final withdrawals of the pool's withdrawable
// validators seen in the slots (from, to]. Its memory is one entry per
// withdrawable validator (and per one paid in the window).
type WithdrawalLedger struct {
	from, to      beacon.Slot
	slotsPerEpoch uint64
	// withdrawable is the withdrawable epoch of each pool validator that
	// is exited and withdrawable at the reference slot (the only ones
	// whose withdrawals the ledger keeps).
	withdrawable map[beacon.ValidatorIndex]beacon.Epoch
	final        map[beacon.ValidatorIndex]uint64 // gwei
	// Seen counts the withdrawals kept.
	Seen int
}

// withdrawableAt says whether validator v is exited and withdrawable at
// epoch: the sweep pays it in full (its final withdrawal) when it comes.
func withdrawableAt(v *beacon.Validator, epoch beacon.Epoch) bool {
	return v.ExitEpoch <= epoch && v.WithdrawableEpoch <= epoch
}

// WithdrawalsFrame is the window (from, ref] a report for ref scans for
// final withdrawals: from the last report's reference slot last, but no
// earlier than the slot before the earliest withdrawable epoch of the
// pool's validators vs withdrawable at ref. need is false when none is
// (nothing to scan).
func WithdrawalsFrame(last, ref, slotsPerEpoch uint64, vs []beacon.Validator) (from, to beacon.Slot, need bool) {
	epoch := beacon.Epoch(ref / slotsPerEpoch)
	first := beacon.FarFutureEpoch
	for i := range vs {
		if withdrawableAt(&vs[i], epoch) {
			first = min(first, vs[i].WithdrawableEpoch)
		}
	}
	if first == beacon.FarFutureEpoch {
		return beacon.Slot(ref), beacon.Slot(ref), false
	}
	start := uint64(first) * slotsPerEpoch // the first slot a final withdrawal can be in
	if start > 0 {
		start-- // from is exclusive
	}
	return beacon.Slot(max(last, start)), beacon.Slot(ref), true
}

// NewWithdrawalLedger is the ledger of the window (from, to] for the
// pool's validators vs as read at to.
func NewWithdrawalLedger(from, to beacon.Slot, slotsPerEpoch uint64, vs []beacon.Validator) *WithdrawalLedger {
	l := &WithdrawalLedger{from: from, to: to, slotsPerEpoch: slotsPerEpoch,
		withdrawable: map[beacon.ValidatorIndex]beacon.Epoch{}, final: map[beacon.ValidatorIndex]uint64{}}
	epoch := beacon.Epoch(uint64(to) / slotsPerEpoch)
	for i := range vs {
		if withdrawableAt(&vs[i], epoch) {
			l.withdrawable[vs[i].Index] = vs[i].WithdrawableEpoch
		}
	}
	return l
}

// Add counts withdrawal w when it is in the window and pays a validator
// withdrawable at the reference slot at or after its withdrawable epoch
// (a final withdrawal); it says whether it counted it.
func (l *WithdrawalLedger) Add(w *ValidatorWithdrawal) bool {
	if w.Slot <= l.from || w.Slot > l.to {
		return false
	}
	we, ok := l.withdrawable[w.Validator]
	if !ok || beacon.Epoch(uint64(w.Slot)/l.slotsPerEpoch) < we {
		return false // not one of the withdrawable, or a partial withdrawal
	}
	l.final[w.Validator] += uint64(w.Amount)
	l.Seen++
	return true
}

// Final is validator i's final withdrawal in the window, if seen.
func (l *WithdrawalLedger) Final(i beacon.ValidatorIndex) (beacon.Gwei, bool) {
	if l == nil {
		return 0, false
	}
	a, ok := l.final[i]
	return beacon.Gwei(a), ok
}

// ReadWithdrawals is the ledger of the window (from, to] from the
// withdrawals wr serves, for the pool's validators vs read at to.
func ReadWithdrawals(ctx context.Context, wr WithdrawalReader, from, to beacon.Slot, slotsPerEpoch uint64, vs []beacon.Validator) (*WithdrawalLedger, error) {
	l := NewWithdrawalLedger(from, to, slotsPerEpoch, vs)
	if len(l.withdrawable) == 0 {
		return l, nil
	}
	if err := wr.Withdrawals(ctx, from, to, func(w *ValidatorWithdrawal) { l.Add(w) }); err != nil {
		return nil, fmt.Errorf("oracle: read the withdrawals of slots (%d, %d]: %w", from, to, err)
	}
	return l, nil
}

// OperatorWithdrawnRow is bonded operator op's row at epoch: its
// validators vs (by key index; nil entries: unseen), its last reported
// count last and the ledger of the scan give its count (never below last)
// and the loss of the newly withdrawn; ok is false when the row would
// change nothing (the count is last).
func OperatorWithdrawnRow(op protocol.OperatorID, last uint64, vs []*beacon.Validator, epoch beacon.Epoch, l *WithdrawalLedger) (protocol.OperatorWithdrawal, bool) {
	type seen struct {
		index  beacon.ValidatorIndex
		amount uint64 // gwei
	}
	var n uint64
	var paid []seen
	for _, v := range vs {
		if v == nil || !withdrawableAt(v, epoch) {
			continue
		}
		// withdrawn: nothing left, or its final withdrawal seen (a credit
		// after it — a sync committee's reward, a deposit — gives it a
		// balance again until the next sweep)
		a, ok := l.Final(v.Index)
		if v.Balance != 0 && !ok {
			continue
		}
		n++
		if ok {
			paid = append(paid, seen{v.Index, uint64(a)})
		}
	}
	row := protocol.OperatorWithdrawal{Operator: op, Count: max(n, last)}
	if row.Count == last {
		return row, false
	}
	fresh := row.Count - last
	// the largest amounts first (a top-up of a counted validator can only
	// lower the loss), ties to the lower index: every member the same
	slices.SortFunc(paid, func(a, b seen) int {
		if c := cmp.Compare(b.amount, a.amount); c != 0 {
			return c
		}
		return cmp.Compare(a.index, b.index)
	})
	if uint64(len(paid)) > fresh {
		paid = paid[:fresh]
	}
	const deposit = 32_000_000_000 // gwei
	var short uint64
	for _, p := range paid {
		if p.amount < deposit {
			short += deposit - p.amount // at most 32 ETH each: the sanity bound holds
		}
	}
	// whole gwei in, exact in wei out: no rounding
	row.Loss.Mul(uint256.NewInt(short), uint256.NewInt(1e9))
	return row, true
}
