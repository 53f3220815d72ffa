package readapi

import (
	"slices"

	"github.com/holiman/uint256"
)

// The finalization estimate, in the manner of Lido's request-time API: a
// request is finalized by the first oracle report at which the ETH that
// can pay it is there. That ETH comes, in time order, from the buffer and
// the vaults (the next report), the pool's validators already on their
// way out (once withdrawable and swept), and new exits asked at the next
// report, which wait in the chain's exit queue at its churn, then the
// withdrawability delay and the sweep. Bunker mode stops finalization
// until it ends; other stakes, rewards and other pools' exits move the
// figures. It is an estimate and says what it assumed.

// reportClock tells when reports happen: the next one at First, then one
// every Every seconds.
type reportClock struct {
	First uint64
	Every uint64
}

// at is the first report at or after t.
func (c reportClock) at(t uint64) uint64 {
	if t <= c.First || c.Every == 0 {
		return c.First
	}
	n := (t - c.First + c.Every - 1) / c.Every
	return c.First + n*c.Every
}

// arrival is ETH reaching the withdrawal vault at a time.
type arrival struct {
	At  uint64
	Wei uint256.Int
}

// exitQueue is the chain's exit queue as the estimate models it.
type exitQueue struct {
	GenesisTime   uint64
	EpochSeconds  uint64
	QueueEnd      uint64      // the latest exit epoch any validator has
	ChurnWei      uint256.Int // ETH the queue lets out per epoch
	ExitDelay     uint64      // epochs from an exit to its earliest exit epoch (1 + MAX_SEED_LOOKAHEAD)
	WithdrawDelay uint64      // MIN_VALIDATOR_WITHDRAWABILITY_DELAY, epochs
	SweepSeconds  uint64      // the withdrawals sweep's round
}

func (q *exitQueue) epochAt(t uint64) uint64 {
	if t <= q.GenesisTime || q.EpochSeconds == 0 {
		return 0
	}
	return (t - q.GenesisTime) / q.EpochSeconds
}

func (q *exitQueue) timeOf(epoch uint64) uint64 { return q.GenesisTime + epoch*q.EpochSeconds }

type waitInputs struct {
	Now     uint64
	Reports reportClock
	Bunker  bool
	Need    uint256.Int // stETH to pay up to and including the request
	Have    uint256.Int // the buffer and the vaults now
	Exiting []arrival   // the pool's validators already exiting
	Active  []uint64    // balances (gwei) of the pool's validators that could be asked to exit
	Queue   exitQueue
}

// Estimate methods.
const (
	MethodFinalized = "finalized"          // nothing to wait for
	MethodBuffer    = "buffer"             // the buffer and the vaults pay it at the next report
	MethodExiting   = "exiting_validators" // validators already exiting pay it
	MethodNewExits  = "new_exits"          // validators asked to exit at the next report pay it
	MethodBunker    = "bunker"             // finalization waits for bunker mode to end
	MethodShort     = "not_enough_validators"
)

type waitResult struct {
	Method string
	At     uint64 // unix time of the report expected to finalize it (0: unknown)
	Exits  uint64 // validators that must exit for it (new_exits)
}

var depositWei = new(uint256.Int).Mul(uint256.NewInt(32), uint256.NewInt(1e18))

func estimateWait(in waitInputs) waitResult {
	if in.Need.IsZero() {
		return waitResult{Method: MethodFinalized, At: in.Now}
	}
	if in.Bunker {
		return waitResult{Method: MethodBunker}
	}
	next := in.Reports.at(in.Now)
	have := new(uint256.Int).Set(&in.Have)
	if !in.Need.Gt(have) {
		return waitResult{Method: MethodBuffer, At: next}
	}
	ex := slices.Clone(in.Exiting)
	slices.SortStableFunc(ex, func(a, b arrival) int {
		switch {
		case a.At < b.At:
			return -1
		case a.At > b.At:
			return 1
		}
		return 0
	})
	for _, a := range ex {
		have.Add(have, &a.Wei)
		if !in.Need.Gt(have) {
			return waitResult{Method: MethodExiting, At: in.Reports.at(max(a.At, in.Now))}
		}
	}
	// New exits, asked at the next report, biggest balances first (fewest
	// exits), through the exit queue at the churn.
	q := &in.Queue
	active := slices.Clone(in.Active)
	slices.SortFunc(active, func(a, b uint64) int {
		switch {
		case a > b:
			return -1
		case a < b:
			return 1
		}
		return 0
	})
	epoch := max(q.QueueEnd, q.epochAt(next)+q.ExitDelay)
	var inEpoch uint256.Int // ETH already leaving in that epoch
	var exits uint64
	var last uint64
	gwei := uint256.NewInt(1e9)
	for i := 0; ; i++ {
		var w uint256.Int
		if i < len(active) {
			w.Mul(uint256.NewInt(active[i]), gwei)
		} else {
			w.Set(depositWei) // beyond the validators read: 32-ETH ones
			if len(in.Active) > 0 || i > 1<<20 {
				return waitResult{Method: MethodShort, Exits: exits}
			}
		}
		if !q.ChurnWei.IsZero() {
			inEpoch.Add(&inEpoch, &w)
			for inEpoch.Gt(&q.ChurnWei) {
				inEpoch.Sub(&inEpoch, &q.ChurnWei)
				epoch++
			}
		}
		exits++
		last = q.timeOf(epoch+q.WithdrawDelay) + q.SweepSeconds
		have.Add(have, &w)
		if !in.Need.Gt(have) {
			break
		}
	}
	return waitResult{Method: MethodNewExits, At: in.Reports.at(max(last, next)), Exits: exits}
}
