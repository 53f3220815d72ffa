package protocol

import (
	"fmt"

	"github.com/holiman/uint256"
)

// The staking rate limit, Lido's LIP-14 with the arithmetic of its
// StakeLimitUtils: a bucket of Max that drains by every stake and refills
// each block by ⌊Max / GrowthBlocks⌋, where GrowthBlocks = ⌊Max /
// increase⌋ for the increase per block that governance set — so the
// refill per block is the one that fills the bucket from empty in a whole
// number of blocks (150,000 ETH refilled by 150,000/7,200 ETH a block:
// 7,200 blocks, 20.833… ETH a block; 100 ETH by 30 ETH a block: 3 blocks,
// 33.333… ETH a block). Only blocks count, never time.

// maxStakeLimit is the largest limit (Lido packs it in 96 bits).
var maxStakeLimit = new(uint256.Int).SubUint64(new(uint256.Int).Lsh(uint256.NewInt(1), 96), 1)

// StakeLimit is the staking limit's state (Lido's packed slot, unpacked).
type StakeLimit struct {
	Max uint256.Int // the bucket's size; 0: no limit
	// GrowthBlocks is ⌊Max / increase per block⌋ (0: no refill).
	GrowthBlocks uint64
	Prev         uint256.Int // what was left after the last stake or reset
	PrevBlock    uint64      // the block of that stake or reset
	Paused       bool
}

// PerBlock is the refill per block: ⌊Max / GrowthBlocks⌋ (rounded down:
// the limit grows no faster than governance set), 0 without growth.
func (l *StakeLimit) PerBlock() uint256.Int {
	var inc uint256.Int
	if l.GrowthBlocks != 0 {
		inc.Div(&l.Max, uint256.NewInt(l.GrowthBlocks))
	}
	return inc
}

// current is the limit at block b: Prev + (b − PrevBlock) × PerBlock,
// at most Max (Lido's calculateCurrentStakeLimit); 0 when paused and
// 2^128 (beyond any amount a command may carry) without a limit.
func (l *StakeLimit) current(b uint64) uint256.Int {
	var out uint256.Int
	if l.Paused {
		return out
	}
	if l.Max.IsZero() {
		return *maxAmount
	}
	inc := l.PerBlock()
	out.Mul(uint256.NewInt(b-l.PrevBlock), &inc) // < 2^64 × 2^96: no overflow
	out.Add(&out, &l.Prev)
	if out.Gt(&l.Max) {
		out = l.Max
	}
	return out
}

// validateStakeLimit checks a limit and increase per block as Lido's
// setStakingLimit does (max 0 removes the limit and needs no increase).
func validateStakeLimit(max, perBlock *uint256.Int) error {
	if max.IsZero() {
		if !perBlock.IsZero() {
			return reject(CodeInvalidParameter, "a refill rate needs a non-zero limit (ZERO_MAX_STAKE_LIMIT)")
		}
		return nil
	}
	if max.Gt(maxStakeLimit) {
		return reject(CodeInvalidParameter, "staking limit %s is above 2^96 − 1 (TOO_LARGE_MAX_STAKE_LIMIT)", max.Dec())
	}
	if perBlock.Gt(max) {
		return reject(CodeInvalidParameter, "refill per block %s exceeds the limit %s (TOO_LARGE_LIMIT_INCREASE)", perBlock.Dec(), max.Dec())
	}
	if !perBlock.IsZero() {
		if g := new(uint256.Int).Div(max, perBlock); g.GtUint64(1<<32 - 1) {
			return reject(CodeInvalidParameter, "refill per block %s would take %s blocks to fill %s, more than 2^32 − 1 (TOO_SMALL_LIMIT_INCREASE)", perBlock.Dec(), g.Dec(), max.Dec())
		}
	}
	return nil
}

func growthBlocks(max, perBlock *uint256.Int) uint64 {
	if perBlock.IsZero() {
		return 0
	}
	return new(uint256.Int).Div(max, perBlock).Uint64()
}

// newStakeLimit is the limit at genesis: full.
func newStakeLimit(max, perBlock uint256.Int, block uint64) StakeLimit {
	return StakeLimit{Max: max, GrowthBlocks: growthBlocks(&max, &perBlock), Prev: max, PrevBlock: block}
}

// CurrentStakeLimit is how much can be staked right now (0 when paused;
// 2^128 stands for "no limit").
func (s *State) CurrentStakeLimit() *uint256.Int {
	v := s.stakeLimit.current(s.block)
	return &v
}

// StakingPaused reports whether submit is paused.
func (s *State) StakingPaused() bool { return s.stakeLimit.Paused }

// StakeLimitState returns the staking limit's settings and bucket.
func (s *State) StakeLimitState() StakeLimit { return s.stakeLimit }

// setStakeLimit sets the limit (max 0 removes it) as Lido's
// setStakingLimit / removeStakingLimit: the bucket is reset to max when
// there was no limit before or when max is below what was left at the last
// stake (Prev, not the refilled level); otherwise Prev stays and the refill
// restarts from this block (what had refilled since the last stake is
// dropped).
func (s *State) setStakeLimit(max, perBlock *uint256.Int) {
	l := &s.stakeLimit
	if max.IsZero() {
		l.Max.Clear() // Lido's removeStakingLimit keeps the rest
	} else {
		if l.Max.IsZero() || max.Lt(&l.Prev) {
			l.Prev = *max
		}
		l.GrowthBlocks = growthBlocks(max, perBlock)
		l.Max = *max
		if !l.Paused {
			l.PrevBlock = s.block
		}
	}
	s.params.StakeLimitMax, s.params.StakeLimitPerBlock = *max, *perBlock
	s.emit(Event{Kind: EvStakeLimitChanged, Amount: *max, Shares: *perBlock})
}

// setStakingPaused pauses or resumes staking as Lido's
// setStakeLimitPauseState: the bucket keeps what was left at the last stake,
// and resuming restarts the refill from this block (the refill before and
// during the pause is dropped).
func (s *State) setStakingPaused(paused bool) {
	l := &s.stakeLimit
	if paused == l.Paused {
		return
	}
	l.Paused = paused
	if paused {
		s.emit(Event{Kind: EvStakingPaused})
		return
	}
	l.PrevBlock = s.block
	s.emit(Event{Kind: EvStakingResumed})
}

// String of a stake limit for logs.
func (l StakeLimit) String() string {
	if l.Paused {
		return "paused"
	}
	if l.Max.IsZero() {
		return "unlimited"
	}
	inc := l.PerBlock()
	return fmt.Sprintf("max %s wei, +%s wei/block", l.Max.Dec(), inc.Dec())
}
