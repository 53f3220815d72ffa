package oracle

import (
	"fmt"
	"slices"

	"github.com/holiman/uint256"

	"github.com/stakepool/stakepool/beacon"
	"github.com/stakepool/stakepool/beacon/spec"
	"github.com/stakepool/stakepool/protocol"
)

// Timing is what the wait estimate needs to know of the chain's queues.
type Timing struct {
	SlotsPerEpoch uint64
	// ExitChurn is how many validators the exit queue lets out per epoch.
	ExitChurn uint64
	// ExitDelay is the epochs from an exit to its exit epoch when the queue
	// is empty (1 + MAX_SEED_LOOKAHEAD).
	ExitDelay uint64
	// WithdrawabilityDelay is MIN_VALIDATOR_WITHDRAWABILITY_DELAY (epochs).
	WithdrawabilityDelay uint64
	// SweepSlots is how long the withdrawals sweep takes to go round the
	// registry.
	SweepSlots uint64
}

// DenebTiming derives the timing of a Deneb chain with the given numbers of
// active and registered validators: churn max(MIN_PER_EPOCH_CHURN_LIMIT,
// active / CHURN_LIMIT_QUOTIENT), a sweep of MAX_WITHDRAWALS_PER_PAYLOAD
// validators a slot at best (all of them owed a withdrawal).
func DenebTiming(sp *spec.Spec, active, total uint64) Timing {
	per := min(sp.MaxWithdrawalsPerPayload, sp.MaxValidatorsPerWithdrawalsSweep)
	return Timing{
		SlotsPerEpoch:        sp.SlotsPerEpoch,
		ExitChurn:            max(sp.MinPerEpochChurnLimit, active/sp.ChurnLimitQuotient),
		ExitDelay:            1 + sp.MaxSeedLookahead,
		WithdrawabilityDelay: sp.MinValidatorWithdrawabilityDelay,
		SweepSlots:           (total + per - 1) / per,
	}
}

// EstimateWait estimates how many slots from the state's block withdrawal
// request id will take to be finalized (0 if it is). It counts the stETH
// queued up to and including the request against, in time order: the
// buffer and the vaults (the next report), the pool's validators already
// exiting or asked to exit (withdrawable, then one sweep round), and, for
// what is still missing, new exits asked at the next report that go
// through the exit queue at the churn. Each source is paid out at the
// first report after it arrives. It is an estimate: other validators'
// exits share the chain's exit queue, bunker mode stops finalization, new
// stakes refill the buffer.
func EstimateWait(st *protocol.State, id uint64, snap *Snapshot, tm Timing) (uint64, error) {
	n, last, _, _ := st.WithdrawalQueue()
	if id == 0 || id > n {
		return 0, fmt.Errorf("oracle: no withdrawal request %d", id)
	}
	if id <= last {
		return 0, nil
	}
	if tm.SlotsPerEpoch == 0 || tm.ExitChurn == 0 {
		return 0, fmt.Errorf("oracle: wait estimate needs a timing")
	}
	frame := st.SlotsPerFrame()
	now := st.Slot()
	nextReport := func(slot uint64) uint64 { return (slot/frame + 1) * frame }
	var need uint256.Int
	for i := last + 1; i <= id; i++ {
		q, _ := st.WithdrawalRequest(i)
		need.Add(&need, &q.StETH)
	}
	have := new(uint256.Int).Set(st.BufferedEther())
	wv, ev := st.Account(st.Vault()).ETH, st.Account(st.ELRewardsVault()).ETH
	have.Add(have, &wv)
	have.Add(have, &ev)
	if !need.Gt(have) {
		return nextReport(now) - now, nil
	}
	// Validators on their way out, by the slot their ETH reaches the vault.
	var keys KeyIndex
	keys.Sync(st)
	ops := st.OperatorStates()
	type arrival struct {
		slot uint64
		gwei uint64
	}
	var arrivals []arrival
	epoch := now / tm.SlotsPerEpoch
	tail := epoch + tm.ExitDelay // the pool's part of the exit queue
	for i := range snap.Validators {
		v := &snap.Validators[i]
		if v.ExitEpoch != beacon.FarFutureEpoch && uint64(v.ExitEpoch) > tail {
			tail = uint64(v.ExitEpoch)
		}
	}
	var asked []*beacon.Validator
	for i := range snap.Validators {
		v := &snap.Validators[i]
		op, k, ok := keys.Lookup(protocol.Pubkey(v.Pubkey))
		if !ok || v.Balance == 0 {
			continue
		}
		switch {
		case v.ExitEpoch != beacon.FarFutureEpoch:
			w := max(uint64(v.WithdrawableEpoch)*tm.SlotsPerEpoch, now)
			arrivals = append(arrivals, arrival{w + tm.SweepSlots, uint64(v.Balance)})
		case int(op) < len(ops) && k < ops[op].ExitRequested:
			asked = append(asked, v)
		}
	}
	queued := uint64(0)
	exitAt := func(from uint64) uint64 {
		e := max(tail, from) + queued/tm.ExitChurn
		queued++
		return (e+tm.WithdrawabilityDelay)*tm.SlotsPerEpoch + tm.SweepSlots
	}
	for _, v := range asked {
		arrivals = append(arrivals, arrival{exitAt(epoch + tm.ExitDelay), uint64(v.Balance)})
	}
	slices.SortStableFunc(arrivals, func(a, b arrival) int {
		switch {
		case a.slot < b.slot:
			return -1
		case a.slot > b.slot:
			return 1
		}
		return 0
	})
	gwei := uint256.NewInt(1e9)
	for _, a := range arrivals {
		have.Add(have, new(uint256.Int).Mul(uint256.NewInt(a.gwei), gwei))
		if !need.Gt(have) {
			return nextReport(a.slot) - now, nil
		}
	}
	// New exits, asked at the next report, 32 ETH each.
	short := new(uint256.Int).Sub(&need, have)
	k := new(uint256.Int).Add(short, protocol.DepositSizeWei)
	k.SubUint64(k, 1)
	k.Div(k, protocol.DepositSizeWei)
	ask := nextReport(now) / tm.SlotsPerEpoch
	var at uint64
	for i := uint64(0); i < k.Uint64(); i++ {
		at = exitAt(ask + tm.ExitDelay)
	}
	return nextReport(at) - now, nil
}
