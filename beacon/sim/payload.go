package sim

import (
	"errors"
	"fmt"
	"slices"

	"github.com/stakepool/stakepool/beacon/spec"
)

// A chain driven by a real execution layer: the consensus layer decides a
// slot's proposal (BeginSlot), an execution client builds the payload from
// the proposal's attributes (through the Engine API, outside this
// package), and the block is applied with what the payload produced
// (Propose): its hash, its fee recipient and reward, and its EIP-6110
// deposit, EIP-7002 withdrawal and EIP-7251 consolidation requests.
// Advance (the simulator's own payloads) and BeginSlot/Propose are two
// ways to drive a Chain; a chain is driven one way.

// Proposal is a slot about to get its block, as the proposer sees it
// after process_slots: what goes into the Engine API's payload attributes.
type Proposal struct {
	Slot     uint64
	Proposer uint64
	// Missed says the proposer misses the slot (the behaviour's draw): no
	// payload is built and Propose must not be called.
	Missed bool
	// Timestamp is compute_timestamp_at_slot.
	Timestamp uint64
	// PrevRandao is get_randao_mix(state, current_epoch) before this
	// block's RANDAO reveal, the payload's prev_randao.
	PrevRandao [32]byte
	// ParentRoot is the parent beacon block's root (EIP-4788).
	ParentRoot [32]byte
	// Withdrawals is get_expected_withdrawals: the payload's withdrawals.
	Withdrawals []Withdrawal
	// BuilderPayment is the block builder's payment to the fee recipient
	// (MEV) in gwei, drawn from the behaviour's ExecutionRewardGwei.
	BuilderPayment uint64
}

// ExecutionPayload is what the consensus layer processes of the payload an
// execution client built for a Proposal.
type ExecutionPayload struct {
	BlockHash    [32]byte
	FeeRecipient [20]byte
	// Reward is what the block paid its fee recipient in gwei (priority
	// fees and the builder's payment), for Credited.
	Reward                uint64
	Deposits              []Deposit
	WithdrawalRequests    []WithdrawalRequest
	ConsolidationRequests []ConsolidationRequest
}

// Operations are the consensus operations a block included besides its
// execution payload: the voluntary exits and proposer slashings taken from
// the chain's queues.
type Operations struct {
	VoluntaryExits    []uint64
	ProposerSlashings []uint64
}

// Errors of the driven chain.
var (
	ErrNotProposing  = errors.New("sim: no proposal in progress for this slot")
	ErrWrongPayload  = errors.New("sim: payload does not match the proposal")
	ErrQueuedDeposit = errors.New("sim: a chain driven by an execution layer takes deposits from payloads only")
)

// BeginSlot advances to the next slot (process_slots, the attestations of
// the slot just ended) and draws its proposal. The state stays at the new
// slot before its block until Propose.
func (c *Chain) BeginSlot() Proposal {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.enterSlot()
	s := c.s
	p := Proposal{Slot: s.Slot, Proposer: uint64(s.Proposer()), Timestamp: s.GenesisTime + s.Slot*s.Spec.SecondsPerSlot}
	if !c.drawProposal() {
		p.Missed = true
		return p
	}
	p.PrevRandao = s.RandaoMix(s.CurrentEpoch())
	p.ParentRoot = s.LatestBlockRoot()
	p.Withdrawals, _ = s.ExpectedWithdrawals()
	if c.b.ExecutionRewardGwei > 0 {
		p.BuilderPayment = c.rng.Uint64N(2*c.b.ExecutionRewardGwei + 1)
	}
	return p
}

// Propose applies the block of a proposal begun with BeginSlot, with the
// execution payload built for it. With ops nil the block takes the queued
// voluntary exits and slashings (as Advance does); with ops set it
// includes exactly those (replaying a recorded block), dropping them from
// the queues. It returns the operations included. Invalid operations are
// dropped, as by Advance, and reported in the error (joined); the block
// is applied either way unless the proposal does not match the state.
func (c *Chain) Propose(p *Proposal, pl *ExecutionPayload, ops *Operations) (Operations, error) {
	c.mu.Lock()
	defer c.mu.Unlock()
	s := c.s
	if p.Missed || p.Slot != s.Slot || s.LatestBlockRoot() != p.ParentRoot {
		return Operations{}, fmt.Errorf("%w: slot %d (state at %d)", ErrNotProposing, p.Slot, s.Slot)
	}
	if len(c.deposits) > 0 {
		return Operations{}, ErrQueuedDeposit
	}
	sp := s.Spec
	if sp.Fork != spec.Electra && (len(pl.WithdrawalRequests) > 0 || len(pl.ConsolidationRequests) > 0) {
		return Operations{}, fmt.Errorf("%w: execution requests before Electra", ErrWrongPayload)
	}
	if uint64(len(pl.Deposits)) > sp.MaxDepositRequestsPerPayload || uint64(len(pl.WithdrawalRequests)) > sp.MaxWithdrawalRequestsPerPayload ||
		uint64(len(pl.ConsolidationRequests)) > sp.MaxConsolidationRequestsPerPayload {
		return Operations{}, fmt.Errorf("%w: more execution requests than a payload may carry", ErrWrongPayload)
	}
	if ops != nil {
		c.slashes = slices.Clone(ops.ProposerSlashings)
	}
	blk := c.assembleBlock()
	if ops != nil {
		blk.VoluntaryExits = slices.Clone(ops.VoluntaryExits)
		c.exits = slices.DeleteFunc(c.exits, func(i uint64) bool { return slices.Contains(ops.VoluntaryExits, i) })
	} else {
		c.takeQueued(blk)
	}
	included := Operations{VoluntaryExits: slices.Clone(blk.VoluntaryExits), ProposerSlashings: slices.Clone(blk.ProposerSlashings)}
	blk.Deposits = pl.Deposits
	blk.WithdrawalRequests = pl.WithdrawalRequests
	blk.ConsolidationRequests = pl.ConsolidationRequests
	blk.FeeRecipient = pl.FeeRecipient
	blk.ExecutionReward = pl.Reward
	blk.ExecutionBlockHash = pl.BlockHash
	return included, c.applyAssembled(blk)
}

// Slash queues the slashing of validator index for the next block (the
// proposer is the whistleblower), as a proposer slashing would be.
func (c *Chain) Slash(index uint64) error {
	c.mu.Lock()
	defer c.mu.Unlock()
	s := c.s
	if index >= uint64(len(s.Balances)) {
		return fmt.Errorf("sim: slashing unknown validator %d", index)
	}
	cur := s.CurrentEpoch()
	if s.Slashed[index] || !(ep64(s.ActivationEpoch[index]) <= cur && cur < ep64(s.WithdrawableEpoch[index])) || slices.Contains(c.slashes, index) {
		return fmt.Errorf("sim: validator %d is not slashable", index)
	}
	c.slashes = append(c.slashes, index)
	return nil
}

// LatestBlockRoot is the root of the latest block applied (the parent of
// the next block): hash_tree_root(latest_block_header) in the spec.
func (s *State) LatestBlockRoot() [32]byte {
	if s.latestBlockRoot == ([32]byte{}) && s.Slot > 0 {
		return s.BlockRoots[(s.Slot-1)%s.Spec.SlotsPerHistoricalRoot]
	}
	return s.latestBlockRoot
}
