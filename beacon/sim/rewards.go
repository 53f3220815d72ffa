// process_inactivity_updates and process_rewards_and_penalties:
// consensus-specs altair beacon-chain.md §Inactivity scores and §Rewards and
// penalties (get_flag_index_deltas, get_inactivity_penalty_deltas), with
// bellatrix's INACTIVITY_PENALTY_QUOTIENT_BELLATRIX, and is_in_inactivity_leak.
// The epoch's reward and penalty tables are computed here; pass 2 (fused.go)
// applies them to each validator in the spec's order of deltas.

package sim

import (
	"math/bits"

	"github.com/stakepool/stakepool/beacon/spec"
)

// Participation flag bits.
const (
	FlagSource = 1 << spec.TimelySourceFlagIndex
	FlagTarget = 1 << spec.TimelyTargetFlagIndex
	FlagHead   = 1 << spec.TimelyHeadFlagIndex
)

// epochConsts are the per-epoch values pass 2 uses.
type epochConsts struct {
	cur, prev                     uint64
	doRewards                     bool // current epoch != GENESIS_EPOCH
	inLeak                        bool
	reward                        [3][]uint64 // per flag, indexed by EB increments
	fast                          []flagDelta // index e<<3|flags: pass 2's kernel (flagDelta)
	penalty                       [3][]uint64
	bias, recovery, inactivityDen uint64
	down, up, inc                 uint64
}

// rewardConsts computes the epoch's constants of process_inactivity_updates
// and process_rewards_and_penalties from pass 1's totals: the flag rewards
// (get_flag_index_deltas) and penalties per effective-balance increment,
// and their sums per combination of flags for pass 2's kernel.
func (s *State) rewardConsts(tot *chunkSums, totalActive uint64) epochConsts {
	sp := s.Spec
	cur, prev := s.CurrentEpoch(), s.PreviousEpoch()
	inc := sp.EffectiveBalanceIncrement
	sc := &s.scratch
	k := epochConsts{
		cur: cur, prev: prev,
		doRewards:     cur != spec.GenesisEpoch,
		inLeak:        s.IsInInactivityLeak(),
		bias:          sp.InactivityScoreBias,
		recovery:      sp.InactivityScoreRecoveryRate,
		inactivityDen: sp.InactivityScoreBias * sp.InactivityPenaltyQuotientBellatrix,
		inc:           inc,
	}
	hyst := inc / sp.HysteresisQuotient
	k.down, k.up = hyst*sp.HysteresisDownwardMultiplier, hyst*sp.HysteresisUpwardMultiplier
	// reward tables indexed by effective-balance increments, up to the
	// largest one in the registry (pass 2 indexes them by the old EB)
	maxInc := uint64(tot.maxEff)
	brpi := inc * sp.BaseRewardFactor / IntegerSquareRoot(totalActive)
	activeIncs := totalActive / inc
	rows := maxInc + 1
	need := int(rows * 6)
	if cap(sc.tables) < need {
		sc.tables = make([]uint64, need)
	}
	if cap(sc.fast) < int(rows<<3) {
		sc.fast = make([]flagDelta, rows<<3)
	}
	tb := sc.tables[:need]
	for f := range 3 {
		k.reward[f], tb = tb[:rows:rows], tb[rows:]
		k.penalty[f], tb = tb[:rows:rows], tb[rows:]
	}
	k.fast = sc.fast[: rows<<3 : rows<<3]
	// Only the rows of the increments present in the registry are filled
	// (pass 2 reads the row of each validator's effective balance as pass 1
	// saw it; a chain of 32- and 2048-ETH validators has a handful): each
	// row is the spec's formula itself, exact in 128 bits.
	var steps [3]uint64
	den := activeIncs * spec.WeightDenominator
	for f := range 3 {
		// get_total_balance of the participating set, floored at one increment
		partInc := max(inc, tot.prevFlagInc[f]*inc) / inc
		// reward[e] = ⌊e·C / D⌋ with C = brpi·wgt·partInc, D = activeIncs·64
		steps[f] = brpi * spec.ParticipationFlagWeights[f] * partInc
	}
	row := func(e uint64) {
		var r, p [3]uint64
		for f := range 3 {
			if !k.inLeak && den > 0 {
				hi, lo := bits.Mul64(e, steps[f])
				r[f], _ = bits.Div64(hi, lo, den)
			}
			if f != spec.TimelyHeadFlagIndex {
				p[f] = e * brpi * spec.ParticipationFlagWeights[f] / spec.WeightDenominator
			}
			k.reward[f][e], k.penalty[f][e] = r[f], p[f]
		}
		eb := e * inc
		for fl := range uint64(8) {
			// flags fl (bit f = flag f set): rewards of the set flags, penalties of the others
			var add, sub uint64
			for f := range uint64(3) {
				if fl>>f&1 != 0 {
					add += r[f]
				} else {
					sub += p[f]
				}
			}
			k.fast[e<<3|fl] = newFlagDelta(eb, add, sub, k.down, k.up)
		}
	}
	if maxInc >= usedWords*64 {
		for e := uint64(0); e <= maxInc; e++ {
			row(e)
		}
		return k
	}
	for w, word := range tot.used {
		for word != 0 {
			row(uint64(w*64 + bits.TrailingZeros64(word)))
			word &= word - 1
		}
	}
	return k
}

// flagDelta is what pass 2's kernel applies to a validator of one
// effective balance and one set of previous-epoch flags outside a leak
// (inactivity score 0): the balance b becomes b + delta (mod 2^64: the
// flag rewards minus the flag penalties) when lo <= b <= lo + width, the
// range of balances for which no penalty saturates at zero (b >= the
// penalties, so applying the sum is applying the spec's deltas one by one)
// and the new balance stays inside the effective balance's hysteresis band
// (no effective-balance change). Outside the range the kernel leaves the
// validator to the spec's step-by-step path. An empty range is lo = 2^64-1,
// width 0 (no balance in gwei is 2^64-1).
type flagDelta struct {
	delta, lo, width uint64
}

// newFlagDelta is the flagDelta of effective balance eb (gwei) with flag
// rewards add and flag penalties sub, and hysteresis thresholds down and up:
// b >= sub, b + add - sub + down >= eb and b + add - sub <= eb + up.
func newFlagDelta(eb, add, sub, down, up uint64) flagDelta {
	lo := sub
	if eb >= down {
		if m := eb - down + sub; m >= add {
			lo = max(lo, m-add)
		}
	}
	hi := eb + up + sub
	if hi < add || hi-add < lo {
		return flagDelta{lo: ^uint64(0)}
	}
	return flagDelta{delta: add - sub, lo: lo, width: hi - add - lo}
}

// IsInInactivityLeak is is_in_inactivity_leak (altair).
func (s *State) IsInInactivityLeak() bool {
	prev, fin := s.PreviousEpoch(), s.FinalizedCheckpoint.Epoch
	return prev > fin && prev-fin > s.Spec.MinEpochsToInactivityPenalty
}
