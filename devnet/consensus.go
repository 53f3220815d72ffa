package devnet

import (
	"cmp"
	"context"
	"errors"
	"fmt"
	"log/slog"
	"math/big"
	"slices"
	"time"

	"github.com/attestantio/go-eth2-client/spec/altair"
	"github.com/attestantio/go-eth2-client/spec/capella"
	"github.com/attestantio/go-eth2-client/spec/deneb"
	"github.com/attestantio/go-eth2-client/spec/electra"
	"github.com/attestantio/go-eth2-client/spec/phase0"
	"github.com/ethereum/go-ethereum/beacon/engine"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/stakepool/stakepool/beacon/sim"
)

// Slot is what the consensus layer made of one slot: a block, or a missed
// proposal.
type Slot struct {
	Slot     uint64
	Proposer uint64
	Missed   bool
	// Root is the block's root (the simulator's; zero when missed).
	Root [32]byte
	// Block is the beacon block with its execution payload (nil when missed).
	Block *electra.SignedBeaconBlock
	// Reward is what the payload paid its fee recipient, in gwei.
	Reward uint64
	// UserTransactions counts the payload's transactions besides the
	// builder's payment (a block with some is made durable before anyone
	// can read it).
	UserTransactions int
}

// ExitSignatures gives the signed voluntary exit a validator's exit was
// requested with (the Beacon API's pool), for the block that includes it.
type ExitSignatures interface {
	SignedExit(index uint64) (*phase0.SignedVoluntaryExit, bool)
}

// ConsensusConfig configures the consensus layer.
type ConsensusConfig struct {
	Chain  *sim.Chain
	Engine Engine
	// Builder pays the MEV of each block (nil: blocks carry no payment).
	Builder *Builder
	// FeeRecipient names a proposer's fee recipient (nil: its withdrawal
	// address).
	FeeRecipient func(proposer uint64, credentials [32]byte) common.Address
	// Exits supplies the signatures of included exits (nil: unsigned).
	Exits ExitSignatures
	// Publish makes a new head visible (Execution.Publish; nil: at once).
	Publish func(func() error) error
	// Durable syncs the execution layer's database (nil: nothing to do).
	Durable func() error
	// Record keeps each slot's outcome (the block store) before the block
	// becomes the execution head: a block with users' transactions must be
	// durable when Record returns (nil: nothing kept).
	Record func(*Slot) error
	// Head is the execution head the chain continues from and Anchors the
	// execution blocks of recent slots (slot → block hash, ascending), for
	// the safe and finalized block hashes.
	Head     ExecutionHead
	Anchors  []Anchor
	Logger   *slog.Logger
	Graffiti string
}

// ExecutionHead is the execution layer's head as the consensus layer knows it.
type ExecutionHead struct {
	Hash    common.Hash
	Number  uint64
	BaseFee *big.Int
}

// Anchor is the execution block of a slot's beacon block.
type Anchor struct {
	Slot uint64
	Hash common.Hash
}

// Consensus is the devnet's consensus layer: beacon/sim deciding each
// slot, the execution layer building and importing its payload through the
// Engine API (forkchoiceUpdated with payload attributes, getPayload,
// newPayload with the execution requests, forkchoiceUpdated to the new
// head), and the simulator then processing the payload's deposit,
// withdrawal and consolidation requests by the spec.
type Consensus struct {
	cfg     ConsensusConfig
	chain   *sim.Chain
	eng     Engine
	log     *slog.Logger
	head    ExecutionHead
	anchors []Anchor
	times   SlotTimes // the slot loop's phases (Step)
}

// anchorsKept bounds the slot → execution block list (the finalized
// checkpoint is a few epochs behind the head).
const anchorsKept = 32 * 64

// NewConsensus checks cfg and returns the consensus layer.
func NewConsensus(cfg ConsensusConfig) (*Consensus, error) {
	switch {
	case cfg.Chain == nil:
		return nil, errors.New("devnet: consensus layer without a chain")
	case cfg.Engine == nil:
		return nil, errors.New("devnet: consensus layer without an Engine API")
	case cfg.Head.Hash == (common.Hash{}) || cfg.Head.BaseFee == nil:
		return nil, errors.New("devnet: consensus layer without an execution head")
	}
	c := &Consensus{cfg: cfg, chain: cfg.Chain, eng: cfg.Engine, log: cfg.Logger, head: cfg.Head, anchors: slices.Clone(cfg.Anchors)}
	if c.log == nil {
		c.log = slog.New(slog.DiscardHandler)
	}
	return c, nil
}

// Head is the execution head.
func (c *Consensus) Head() ExecutionHead { return c.head }

// Anchors are the recent slots' execution blocks.
func (c *Consensus) Anchors() []Anchor { return slices.Clone(c.anchors) }

// Step runs the next slot.
func (c *Consensus) Step(ctx context.Context) (*Slot, error) {
	t0 := time.Now()
	p := c.chain.BeginSlot()
	since(&c.times.Begin, &t0)
	return c.build(ctx, &p, t0)
}

// Times is where the slots Step ran spent their wall time.
func (c *Consensus) Times() SlotTimes { return c.times }

// Build has the execution layer build the block of the proposal p (which
// BeginSlot drew), imports it and applies it to the simulator.
func (c *Consensus) Build(ctx context.Context, p *sim.Proposal) (*Slot, error) {
	return c.build(ctx, p, time.Now())
}

// build is Build timing its phases from t0.
func (c *Consensus) build(ctx context.Context, p *sim.Proposal, t0 time.Time) (*Slot, error) {
	c.times.Slots++
	out := &Slot{Slot: p.Slot, Proposer: p.Proposer, Missed: p.Missed}
	if p.Missed {
		defer since(&c.times.Record, &t0)
		return out, c.record(out)
	}
	var creds [32]byte
	c.chain.View(func(s *sim.State) { creds = s.Credentials[p.Proposer] })
	fee := common.Address(creds[12:])
	if c.cfg.FeeRecipient != nil {
		fee = c.cfg.FeeRecipient(p.Proposer, creds)
	}
	var pay *types.Transaction
	if c.cfg.Builder != nil && p.BuilderPayment > 0 {
		var err error
		if pay, err = c.cfg.Builder.Pay(ctx, fee, p.BuilderPayment, c.head.Number, c.head.BaseFee); err != nil {
			return nil, err
		}
	}
	since(&c.times.Pay, &t0)
	parentRoot := common.Hash(p.ParentRoot)
	attrs := &engine.PayloadAttributes{Timestamp: p.Timestamp, Random: p.PrevRandao, SuggestedFeeRecipient: fee,
		Withdrawals: engineWithdrawals(p.Withdrawals), BeaconRoot: &parentRoot}
	fcu, err := c.eng.ForkchoiceUpdated(ctx, c.forkchoice(c.head.Hash), attrs)
	since(&c.times.Build, &t0)
	if err != nil {
		return nil, fmt.Errorf("slot %d: %w", p.Slot, err)
	}
	if fcu.PayloadStatus.Status != engine.VALID || fcu.PayloadID == nil {
		return nil, fmt.Errorf("%w: slot %d: forkchoiceUpdated answered %s (%s) without a payload", ErrPayloadInvalid, p.Slot,
			fcu.PayloadStatus.Status, errText(fcu.PayloadStatus.ValidationError))
	}
	env, err := c.eng.GetPayload(ctx, *fcu.PayloadID)
	since(&c.times.Wait, &t0)
	if err != nil {
		return nil, fmt.Errorf("slot %d: %w", p.Slot, err)
	}
	ep := env.ExecutionPayload
	switch {
	case ep.ParentHash != c.head.Hash, ep.Timestamp != p.Timestamp, ep.Random != attrs.Random, ep.FeeRecipient != fee:
		return nil, fmt.Errorf("%w: slot %d: the payload is not built on the attributes given", ErrPayloadInvalid, p.Slot)
	case !sameWithdrawals(ep.Withdrawals, attrs.Withdrawals):
		return nil, fmt.Errorf("%w: slot %d: the payload's withdrawals are not the sweep's", ErrPayloadInvalid, p.Slot)
	}
	// geth executes the payload it built (newPayload) while the simulator
	// applies the beacon block that carries it, on a goroutine of its own
	// (geth's execution runs deep and keeps the stack this one has grown):
	// the slot counts only once newPayload said VALID — nothing is recorded
	// or made the head before
	applied := make(chan error, 1)
	go func() { applied <- c.applyPayload(ctx, p, out, pay, env) }()
	st, err := c.eng.NewPayload(ctx, ep, parentRoot, env.Requests)
	aerr := <-applied
	since(&c.times.Import, &t0)
	if err != nil {
		return nil, fmt.Errorf("slot %d: %w", p.Slot, err)
	}
	if st.Status != engine.VALID {
		return nil, fmt.Errorf("%w: slot %d: newPayload answered %s (%s)", ErrPayloadInvalid, p.Slot, st.Status, errText(st.ValidationError))
	}
	if aerr != nil {
		return nil, aerr
	}
	if err := c.record(out); err != nil {
		return nil, err
	}
	since(&c.times.Record, &t0)
	defer since(&c.times.Head, &t0)
	return out, c.setHead(ctx, out, ep.BlockHash, ep.Number, ep.BaseFeePerGas)
}

// applyPayload has the simulator apply the block carrying the payload env
// (built for p, with the builder's payment pay when it sent one).
func (c *Consensus) applyPayload(ctx context.Context, p *sim.Proposal, out *Slot, pay *types.Transaction, env *engine.ExecutionPayloadEnvelope) error {
	ep := env.ExecutionPayload
	reqs, err := DecodeRequests(env.Requests)
	if err != nil {
		return fmt.Errorf("slot %d: %w", p.Slot, err)
	}
	reward := new(big.Int).Set(env.BlockValue)
	out.UserTransactions = len(ep.Transactions)
	if pay != nil && slices.ContainsFunc(ep.Transactions, func(tx []byte) bool { return hashOf(tx) == pay.Hash() }) {
		c.cfg.Builder.Included(pay)
		reward.Add(reward, pay.Value())
		out.UserTransactions--
	}
	out.Reward = gweiOf(reward)
	return c.apply(ctx, p, out, beaconPayload(ep), reqs, nil)
}

func (c *Consensus) record(s *Slot) error {
	if c.cfg.Record == nil {
		return nil
	}
	return c.cfg.Record(s)
}

// apply has the simulator process the block (ops nil: the queued
// operations) and assembles the beacon block in out.
func (c *Consensus) apply(_ context.Context, p *sim.Proposal, out *Slot, payload *deneb.ExecutionPayload, reqs *electra.ExecutionRequests, ops *sim.Operations) error {
	deps, wds, cons := simRequests(reqs)
	included, err := c.chain.Propose(p, &sim.ExecutionPayload{BlockHash: payload.BlockHash, FeeRecipient: payload.FeeRecipient,
		Reward: out.Reward, Deposits: deps, WithdrawalRequests: wds, ConsolidationRequests: cons}, ops)
	if errors.Is(err, sim.ErrNotProposing) || errors.Is(err, sim.ErrWrongPayload) || errors.Is(err, sim.ErrQueuedDeposit) {
		return fmt.Errorf("slot %d: %w", p.Slot, err)
	}
	if err != nil {
		c.log.Warn("block dropped invalid operations", "slot", p.Slot, "err", err)
	}
	var epoch uint64
	c.chain.View(func(s *sim.State) {
		out.Root = s.LatestBlockRoot()
		epoch = s.CurrentEpoch()
	})
	out.Block = c.beaconBlock(p, payload, reqs, included, epoch)
	return nil
}

// setHead makes the new block the execution head (and durable first when
// it carries users' transactions).
func (c *Consensus) setHead(ctx context.Context, out *Slot, hash common.Hash, number uint64, baseFee *big.Int) error {
	publish := c.cfg.Publish
	if publish == nil {
		publish = func(f func() error) error { return f() }
	}
	err := publish(func() error {
		fcu, err := c.eng.ForkchoiceUpdated(ctx, c.forkchoice(hash), nil)
		if err != nil {
			return fmt.Errorf("slot %d: %w", out.Slot, err)
		}
		if fcu.PayloadStatus.Status != engine.VALID {
			return fmt.Errorf("%w: slot %d: forkchoiceUpdated to the new head answered %s", ErrPayloadInvalid, out.Slot, fcu.PayloadStatus.Status)
		}
		if out.UserTransactions > 0 && c.cfg.Durable != nil {
			return c.cfg.Durable()
		}
		return nil
	})
	if err != nil {
		return err
	}
	c.follow(out.Slot, hash, number, baseFee)
	return nil
}

// follow moves the consensus layer's view of the execution head.
func (c *Consensus) follow(slot uint64, hash common.Hash, number uint64, baseFee *big.Int) {
	c.head = ExecutionHead{Hash: hash, Number: number, BaseFee: baseFee}
	c.anchors = append(c.anchors, Anchor{Slot: slot, Hash: hash})
	if len(c.anchors) > anchorsKept {
		c.anchors = slices.Delete(c.anchors, 0, len(c.anchors)-anchorsKept)
	}
}

// forkchoice is the forkchoice state with head: the safe and finalized
// blocks are those of the justified and finalized checkpoints.
func (c *Consensus) forkchoice(head common.Hash) engine.ForkchoiceStateV1 {
	var just, fin uint64
	var spe uint64
	c.chain.View(func(s *sim.State) {
		just, fin, spe = s.CurrentJustifiedCheckpoint.Epoch, s.FinalizedCheckpoint.Epoch, s.Spec.SlotsPerEpoch
	})
	return engine.ForkchoiceStateV1{HeadBlockHash: head, SafeBlockHash: c.anchorAt(just * spe), FinalizedBlockHash: c.anchorAt(fin * spe)}
}

// anchorAt is the execution block of the latest beacon block at or before
// slot (the oldest kept when slot is older still: a block that old is final).
func (c *Consensus) anchorAt(slot uint64) common.Hash {
	i, _ := slices.BinarySearchFunc(c.anchors, slot+1, func(a Anchor, s uint64) int { return cmp.Compare(a.Slot, s) })
	if i == 0 {
		if len(c.anchors) > 0 && c.anchors[0].Slot > 0 {
			// older than every anchor kept: the oldest one is final too
			// (the execution genesis at first)
			return c.anchors[0].Hash
		}
		return common.Hash{}
	}
	return c.anchors[i-1].Hash
}

func errText(s *string) string {
	if s == nil {
		return "no reason given"
	}
	return *s
}

func hashOf(raw []byte) common.Hash {
	var tx types.Transaction
	if tx.UnmarshalBinary(raw) != nil {
		return common.Hash{}
	}
	return tx.Hash()
}

// beaconBlock assembles the beacon block the simulator applied.
func (c *Consensus) beaconBlock(p *sim.Proposal, payload *deneb.ExecutionPayload, reqs *electra.ExecutionRequests, ops sim.Operations, epoch uint64) *electra.SignedBeaconBlock {
	body := &electra.BeaconBlockBody{
		ETH1Data:              &phase0.ETH1Data{BlockHash: make([]byte, 32)},
		ProposerSlashings:     []*phase0.ProposerSlashing{},
		AttesterSlashings:     []*electra.AttesterSlashing{},
		Attestations:          []*electra.Attestation{},
		Deposits:              []*phase0.Deposit{},
		VoluntaryExits:        []*phase0.SignedVoluntaryExit{},
		SyncAggregate:         &altair.SyncAggregate{SyncCommitteeBits: make([]byte, 64)},
		ExecutionPayload:      payload,
		BLSToExecutionChanges: []*capella.SignedBLSToExecutionChange{},
		BlobKZGCommitments:    []deneb.KZGCommitment{},
		ExecutionRequests:     reqs,
	}
	body.SyncAggregate.SyncCommitteeSignature[0] = 0xc0 // the point at infinity: the simulator does not sign
	copy(body.Graffiti[:], c.cfg.Graffiti)
	for _, i := range ops.ProposerSlashings {
		h := func(root byte) *phase0.SignedBeaconBlockHeader {
			return &phase0.SignedBeaconBlockHeader{Message: &phase0.BeaconBlockHeader{Slot: phase0.Slot(p.Slot), ProposerIndex: phase0.ValidatorIndex(i),
				ParentRoot: phase0.Root{root}}}
		}
		body.ProposerSlashings = append(body.ProposerSlashings, &phase0.ProposerSlashing{SignedHeader1: h(1), SignedHeader2: h(2)})
	}
	for _, i := range ops.VoluntaryExits {
		if c.cfg.Exits != nil {
			if e, ok := c.cfg.Exits.SignedExit(i); ok {
				body.VoluntaryExits = append(body.VoluntaryExits, e)
				continue
			}
		}
		body.VoluntaryExits = append(body.VoluntaryExits, &phase0.SignedVoluntaryExit{Message: &phase0.VoluntaryExit{
			Epoch: phase0.Epoch(epoch), ValidatorIndex: phase0.ValidatorIndex(i)}})
	}
	return &electra.SignedBeaconBlock{Message: &electra.BeaconBlock{Slot: phase0.Slot(p.Slot), ProposerIndex: phase0.ValidatorIndex(p.Proposer),
		ParentRoot: p.ParentRoot, Body: body}}
}

// ErrDiverged says a recorded block does not follow from the simulator's
// state: the record and the simulator disagree from that slot on.
var ErrDiverged = errors.New("devnet: the recorded block does not follow from the simulator's state")

// Replay applies the recorded block rec to the proposal p that BeginSlot
// drew for the same slot (a restart re-driving the simulator from its
// snapshot through the recorded blocks): the attributes must match the
// record's payload, the execution layer must hold the payload (Refeed sends
// it when not), and the block is applied with the operations it recorded.
// The execution layer's head is not moved (SetHead, after the replay).
func (c *Consensus) Replay(ctx context.Context, p *sim.Proposal, rec *Slot) error {
	if p.Slot != rec.Slot || p.Missed != rec.Missed {
		return fmt.Errorf("%w: slot %d (missed %v), record of slot %d (missed %v)", ErrDiverged, p.Slot, p.Missed, rec.Slot, rec.Missed)
	}
	if rec.Missed {
		return nil
	}
	msg := rec.Block.Message
	payload := msg.Body.ExecutionPayload
	ep := enginePayload(payload)
	switch {
	case msg.ParentRoot != p.ParentRoot, uint64(msg.ProposerIndex) != p.Proposer:
		return fmt.Errorf("%w: slot %d: parent root or proposer", ErrDiverged, p.Slot)
	case ep.ParentHash != c.head.Hash, ep.Timestamp != p.Timestamp, ep.Random != common.Hash(p.PrevRandao):
		return fmt.Errorf("%w: slot %d: the payload's parent, timestamp or prev_randao", ErrDiverged, p.Slot)
	case !sameWithdrawals(ep.Withdrawals, engineWithdrawals(p.Withdrawals)):
		return fmt.Errorf("%w: slot %d: the payload's withdrawals are not the sweep's", ErrDiverged, p.Slot)
	}
	ops := &sim.Operations{}
	for _, e := range msg.Body.VoluntaryExits {
		ops.VoluntaryExits = append(ops.VoluntaryExits, uint64(e.Message.ValidatorIndex))
	}
	for _, s := range msg.Body.ProposerSlashings {
		ops.ProposerSlashings = append(ops.ProposerSlashings, uint64(s.SignedHeader1.Message.ProposerIndex))
	}
	out := &Slot{Slot: rec.Slot, Proposer: rec.Proposer, Reward: rec.Reward, UserTransactions: rec.UserTransactions}
	if err := c.apply(ctx, p, out, payload, msg.Body.ExecutionRequests, ops); err != nil {
		return err
	}
	if out.Root != rec.Root {
		return fmt.Errorf("%w: slot %d: block root %x, recorded %x", ErrDiverged, p.Slot, out.Root[:4], rec.Root[:4])
	}
	// the execution layer is told the head once the replay is done (SetHead)
	c.follow(out.Slot, ep.BlockHash, ep.Number, ep.BaseFeePerGas)
	return nil
}

// Refeed sends a recorded block's payload to the execution layer again
// (newPayload), as a beacon node does for an execution client that lost
// blocks.
func (c *Consensus) Refeed(ctx context.Context, rec *Slot) error {
	msg := rec.Block.Message
	st, err := c.eng.NewPayload(ctx, enginePayload(msg.Body.ExecutionPayload), common.Hash(msg.ParentRoot), EncodeRequests(msg.Body.ExecutionRequests))
	if err != nil {
		return fmt.Errorf("slot %d: %w", rec.Slot, err)
	}
	if st.Status != engine.VALID {
		return fmt.Errorf("%w: slot %d: newPayload of the recorded payload answered %s (%s)", ErrPayloadInvalid, rec.Slot, st.Status, errText(st.ValidationError))
	}
	return nil
}

// SetHead tells the execution layer head is the head (after a restart).
func (c *Consensus) SetHead(ctx context.Context, head ExecutionHead) error {
	fcu, err := c.eng.ForkchoiceUpdated(ctx, c.forkchoice(head.Hash), nil)
	if err != nil {
		return err
	}
	if fcu.PayloadStatus.Status != engine.VALID {
		return fmt.Errorf("%w: forkchoiceUpdated to %s answered %s", ErrPayloadInvalid, head.Hash, fcu.PayloadStatus.Status)
	}
	c.head = head
	return nil
}
