package protocol

import (
	"fmt"

	"github.com/holiman/uint256"
)

// Params are the pool's governance parameters. They change only through an
// executed governance proposal.
type Params struct {
	// FeeBP is the pool's fee on rewards in basis points (10% = 1000).
	FeeBP uint64
	// ReserveTargetBP is the liquid reserve: this fraction of total pooled
	// ETH stays in the buffer and is never deposited, so that withdrawals can
	// be served at once.
	ReserveTargetBP uint64
	// DustFloor is the smallest stake accepted, in wei.
	DustFloor uint256.Int
	// MaxDepositsPerBlock bounds the 32-ETH deposits made in one block.
	MaxDepositsPerBlock uint64
	// TimelockBlocks is how long an approved proposal waits before it can be
	// executed; ProposalLifetimeBlocks how long a proposal may gather
	// approvals before it expires.
	TimelockBlocks         uint64
	ProposalLifetimeBlocks uint64
	// StakeLimitMax is the staking rate limit's ceiling (0: no limit) and
	// StakeLimitPerBlock how much of it refills per block.
	StakeLimitMax      uint256.Int
	StakeLimitPerBlock uint256.Int
}

// ParamID names a parameter in a SetParameter governance action.
type ParamID uint8

// Parameters settable with SetParameter. The staking limit and pause have
// their own actions.
const (
	ParamFeeBP ParamID = iota + 1
	ParamReserveTargetBP
	ParamDustFloor
	ParamMaxDepositsPerBlock
	ParamTimelockBlocks
	ParamProposalLifetimeBlocks
)

var paramNames = map[ParamID]string{
	ParamFeeBP: "fee_bp", ParamReserveTargetBP: "reserve_target_bp", ParamDustFloor: "dust_floor_wei",
	ParamMaxDepositsPerBlock: "max_deposits_per_block", ParamTimelockBlocks: "timelock_blocks",
	ParamProposalLifetimeBlocks: "proposal_lifetime_blocks",
}

func (p ParamID) String() string {
	if n, ok := paramNames[p]; ok {
		return n
	}
	return fmt.Sprintf("param(%d)", uint8(p))
}

// ParamByName finds a parameter id by its name ("fee_bp", ...).
func ParamByName(name string) (ParamID, bool) {
	for id := ParamFeeBP; id <= ParamProposalLifetimeBlocks; id++ {
		if paramNames[id] == name {
			return id, true
		}
	}
	return 0, false
}

// MainnetParams are defaults modelled on Lido's mainnet settings (fee 10%,
// 150 deposits per block, 150,000 ETH per day staking limit refilled over
// 7,200 blocks, a 3-day timelock) plus a 5% liquid reserve.
func MainnetParams() Params {
	p := Params{
		FeeBP:                  1000,
		ReserveTargetBP:        500,
		MaxDepositsPerBlock:    150,
		TimelockBlocks:         21_600,
		ProposalLifetimeBlocks: 50_400,
	}
	p.DustFloor.SetUint64(1_000_000_000_000) // 0.000001 ETH
	max := new(uint256.Int).Mul(uint256.NewInt(150_000), uint256.NewInt(1e18))
	p.StakeLimitMax = *max
	p.StakeLimitPerBlock.Div(max, uint256.NewInt(7_200)) // ≈20.83 ETH, rounded down
	return p
}

// DevnetParams are MainnetParams with a short timelock for local use.
func DevnetParams() Params {
	p := MainnetParams()
	p.TimelockBlocks = 2
	p.ProposalLifetimeBlocks = 7_200
	return p
}

func (p *Params) validate() error {
	if p.FeeBP > BP {
		return reject(CodeInvalidParameter, "fee %d bp exceeds 100%%", p.FeeBP)
	}
	if p.ReserveTargetBP > BP {
		return reject(CodeInvalidParameter, "reserve target %d bp exceeds 100%%", p.ReserveTargetBP)
	}
	if p.DustFloor.IsZero() {
		return reject(CodeInvalidParameter, "dust floor must be at least 1 wei")
	}
	if !p.DustFloor.Lt(maxAmount) {
		return reject(CodeInvalidParameter, "dust floor too large")
	}
	if p.MaxDepositsPerBlock == 0 || p.MaxDepositsPerBlock > 10_000 {
		return reject(CodeInvalidParameter, "max deposits per block must be 1..10000, got %d", p.MaxDepositsPerBlock)
	}
	if p.ProposalLifetimeBlocks == 0 {
		return reject(CodeInvalidParameter, "proposal lifetime must be at least 1 block")
	}
	return validateStakeLimit(&p.StakeLimitMax, &p.StakeLimitPerBlock)
}

func validateStakeLimit(max, perBlock *uint256.Int) error {
	if max.IsZero() {
		if !perBlock.IsZero() {
			return reject(CodeInvalidParameter, "a refill rate needs a non-zero limit")
		}
		return nil
	}
	if !max.Lt(maxAmount) {
		return reject(CodeInvalidParameter, "staking limit too large")
	}
	if perBlock.Gt(max) {
		return reject(CodeInvalidParameter, "refill per block %s exceeds the limit %s", perBlock.Dec(), max.Dec())
	}
	return nil
}

// set applies one SetParameter action to a copy and validates the result.
func (p Params) set(id ParamID, v *uint256.Int) (Params, error) {
	small := func() (uint64, error) {
		if !v.IsUint64() {
			return 0, reject(CodeInvalidParameter, "%s: value %s out of range", id, v.Dec())
		}
		return v.Uint64(), nil
	}
	var err error
	switch id {
	case ParamFeeBP:
		p.FeeBP, err = small()
	case ParamReserveTargetBP:
		p.ReserveTargetBP, err = small()
	case ParamDustFloor:
		p.DustFloor = *v
	case ParamMaxDepositsPerBlock:
		p.MaxDepositsPerBlock, err = small()
	case ParamTimelockBlocks:
		p.TimelockBlocks, err = small()
	case ParamProposalLifetimeBlocks:
		p.ProposalLifetimeBlocks, err = small()
	default:
		return p, reject(CodeInvalidParameter, "unknown parameter %d", uint8(id))
	}
	if err != nil {
		return p, err
	}
	return p, p.validate()
}

// StakeLimit is the staking rate limit (Lido's LIP-14): a bucket of Max
// that refills by PerBlock each block and drains by every stake.
type StakeLimit struct {
	Max       uint256.Int // 0: unlimited
	PerBlock  uint256.Int
	Prev      uint256.Int // remaining limit after the last stake
	PrevBlock uint64      // block of the last stake (or of the last reset)
	Paused    bool
}

func newStakeLimit(max, perBlock uint256.Int) StakeLimit {
	return StakeLimit{Max: max, PerBlock: perBlock, Prev: max}
}

// current is the limit available at block b; Unlimited is returned as
// 2^128 (beyond any amount a command may carry).
func (l *StakeLimit) current(b uint64) uint256.Int {
	var out uint256.Int
	if l.Paused {
		return out
	}
	if l.Max.IsZero() {
		return *maxAmount
	}
	elapsed := uint256.NewInt(b - l.PrevBlock)
	out.Mul(elapsed, &l.PerBlock) // < 2^64 × 2^128, no overflow
	out.Add(&out, &l.Prev)
	if out.Gt(&l.Max) {
		out = l.Max
	}
	return out
}
