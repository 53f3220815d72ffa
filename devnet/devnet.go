// Package devnet is a whole local Ethereum: go-ethereum in process as the
// execution layer, beacon/sim as the consensus layer driving it through
// the Engine API, the standard Beacon API served from the simulator
// (beacon/apiserver), genesis, and restarts that continue the same chain.
// The pool's services sit above this package and see the chain only
// through JSON-RPC and the Beacon API.
package devnet

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"math/big"
	"net/http"
	"path/filepath"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/ethclient"

	"github.com/stakepool/stakepool/beacon/apiserver"
	"github.com/stakepool/stakepool/beacon/sim"
	"github.com/stakepool/stakepool/beacon/spec"
)

// Config describes a devnet. On a restart (Dir holds a devnet) it must
// describe the same one: the genesis is rebuilt from it and checked.
type Config struct {
	// Dir holds geth's chain (Dir/geth), the consensus layer's blocks and
	// snapshots (Dir/beacon); "": the consensus layer in memory, the
	// execution chain in a temporary directory removed at Close.
	Dir     string
	Genesis *Genesis
	// Validators is the size of the synthetic registry, Seed its seed.
	Validators int
	Seed       uint64
	Behaviour  sim.Behaviour
	// Verifier checks deposit signatures (nil: every signature passes).
	Verifier sim.DepositVerifier
	// FeeRecipient names proposers' fee recipients (nil: their
	// withdrawal address).
	FeeRecipient func(proposer uint64, credentials [32]byte) common.Address
	// BuilderKey pays the blocks' MEV (nil: DevKey("builder"), which the
	// genesis must fund).
	BuilderKey string
	// SnapshotEvery is how often, in epochs, the simulator's state is
	// written (0: 8); EpochsKept how many epochs the Beacon API keeps in
	// memory (0: 8).
	SnapshotEvery uint64
	EpochsKept    int
	Version       string
	Logger        *slog.Logger
}

// Devnet is a running devnet.
type Devnet struct {
	cfg   Config
	sp    *spec.Spec
	x     *Execution
	chain *sim.Chain
	c     *Consensus
	api   *apiserver.Server
	store *BlockStore
	el    *ethclient.Client
	log   *slog.Logger

	sending sync.Mutex // one Submit at a time (see Submit)

	mu       sync.Mutex // one slot at a time
	lastSnap uint64
	closed   bool
	cut      *sim.Proposal // a slot begun during a replay and left to re-drive
	// afterSlot runs the pool's services (SetAfterSlot); advancing says
	// an Advance is running (they then run once an epoch).
	afterSlot func(ctx context.Context) error
	advancing bool
	// times is the devnet's part of the slot loop's phases (the
	// consensus layer keeps the rest).
	times SlotTimes
	// Restart says what the last start found and did.
	Restart RestartReport
}

// Open starts a devnet: a new one, or the one in cfg.Dir continued from
// where both of its halves agree.
func Open(ctx context.Context, cfg Config) (*Devnet, error) {
	if cfg.Genesis == nil {
		return nil, errors.New("devnet: no genesis")
	}
	if cfg.SnapshotEvery == 0 {
		cfg.SnapshotEvery = 8
	}
	sp, err := Spec(cfg.Genesis.ChainID, cfg.Genesis.DepositContract)
	if err != nil {
		return nil, err
	}
	d := &Devnet{cfg: cfg, sp: sp, log: cfg.Logger}
	if d.log == nil {
		d.log = slog.New(slog.DiscardHandler)
	}
	genesisState := cfg.Genesis.BeaconState(sp, cfg.Validators, cfg.Seed)
	gethDir := ""
	if cfg.Dir != "" {
		gethDir = DataDir(cfg.Dir)
	}
	d.x, err = OpenExecution(ExecutionConfig{Dir: gethDir, Genesis: cfg.Genesis.Execution(genesisState.Slot, sp), Logger: cfg.Logger})
	if err != nil {
		return nil, err
	}
	ok := false
	defer func() {
		if !ok {
			d.Close()
		}
	}()
	d.el = ethclient.NewClient(d.x.Client())
	if cfg.Dir != "" {
		var cut int64
		if d.store, cut, err = OpenBlockStore(filepath.Join(cfg.Dir, "beacon")); err != nil {
			return nil, err
		}
		d.Restart.TornBytes = cut
	}
	if err := d.start(ctx, genesisState); err != nil {
		return nil, err
	}
	ok = true
	return d, nil
}

// newChain wraps a consensus state with the configured behaviour.
func (d *Devnet) newChain(st *sim.State) *sim.Chain {
	st.Verifier = d.cfg.Verifier
	return sim.NewChain(st, d.cfg.Behaviour)
}

// consensus builds the consensus layer continuing from head.
func (d *Devnet) consensus(head ExecutionHead, anchors []Anchor) error {
	key := DevKey("builder")
	if d.cfg.BuilderKey != "" {
		key = DevKey(d.cfg.BuilderKey)
	}
	bl, err := NewBuilder(key, d.cfg.Genesis.ChainID, d.el)
	if err != nil {
		return err
	}
	d.c, err = NewConsensus(ConsensusConfig{Chain: d.chain, Engine: d.x.Engine(), Builder: bl, FeeRecipient: d.cfg.FeeRecipient,
		Exits: d.api, Publish: d.x.Publish, Durable: d.x.Durable, Head: head, Anchors: anchors, Logger: d.log,
		Graffiti: "stakepool devnet", Record: d.record})
	return err
}

// record appends a slot to the block store (durably when the block has
// users' transactions: before the execution layer shows it).
func (d *Devnet) record(s *Slot) error {
	if d.store == nil {
		return nil
	}
	return d.store.Append(s, s.UserTransactions > 0)
}

// Step runs one slot.
func (d *Devnet) Step(ctx context.Context) (*Slot, error) {
	d.mu.Lock()
	defer d.mu.Unlock()
	return d.step(ctx)
}

func (d *Devnet) step(ctx context.Context) (*Slot, error) {
	if d.closed {
		return nil, errors.New("devnet: closed")
	}
	s, err := d.c.Step(ctx)
	if err != nil {
		return nil, err
	}
	t0 := time.Now()
	d.api.Observe(s.Slot, s.APIBlock())
	since(&d.times.API, &t0)
	if spe := d.sp.SlotsPerEpoch; s.Slot%(d.cfg.SnapshotEvery*spe) == 0 && s.Slot != d.lastSnap {
		if err := d.snapshot(); err != nil {
			return nil, err
		}
	}
	since(&d.times.Snapshot, &t0)
	defer since(&d.times.Services, &t0)
	if d.afterSlot != nil && (!d.advancing || s.Slot%d.sp.SlotsPerEpoch == 0) {
		if err := d.afterSlot(ctx); err != nil && ctx.Err() == nil {
			d.log.Warn("the pool's services", "slot", s.Slot, "err", err)
		}
	}
	return s, nil
}

// SetAfterSlot has f run after slots: after each slot while the devnet
// runs on its clock, after each epoch's first slot while it advances (the
// services a pool needs act on epochs: reports, deposits, exits). f talks
// to the devnet through its JSON-RPC and Beacon API like anyone else; its
// errors are logged.
func (d *Devnet) SetAfterSlot(f func(ctx context.Context) error) {
	d.mu.Lock()
	defer d.mu.Unlock()
	d.afterSlot = f
}

// Advance runs n slots as fast as they go.
func (d *Devnet) Advance(ctx context.Context, n int) error {
	d.mu.Lock()
	defer d.mu.Unlock()
	d.advancing = true
	defer func() { d.advancing = false }()
	for ; n > 0; n-- {
		if err := ctx.Err(); err != nil {
			return err
		}
		if _, err := d.step(ctx); err != nil {
			return err
		}
	}
	return nil
}

// AdvanceEpochs runs to the first slot of the n-th next epoch.
func (d *Devnet) AdvanceEpochs(ctx context.Context, n uint64) error {
	var slot uint64
	d.chain.View(func(s *sim.State) { slot = s.Slot })
	spe := d.sp.SlotsPerEpoch
	target := (slot/spe + n) * spe
	return d.Advance(ctx, int(target-slot))
}

// Run runs a slot every slotTime until ctx ends.
func (d *Devnet) Run(ctx context.Context, slotTime time.Duration) error {
	t := time.NewTicker(slotTime)
	defer t.Stop()
	for {
		select {
		case <-ctx.Done():
			return nil
		case <-t.C:
			if _, err := d.Step(ctx); err != nil {
				if ctx.Err() != nil {
					return nil
				}
				return err
			}
		}
	}
}

// SlotTimes is where the slots run so far spent their wall time, by phase
// (stakepool bench devnet reports it for the advance).
func (d *Devnet) SlotTimes() SlotTimes {
	d.mu.Lock()
	defer d.mu.Unlock()
	t := d.c.Times()
	t.API, t.Snapshot, t.Services = d.times.API, d.times.Snapshot, d.times.Services
	return t
}

// Spec is the consensus rules.
func (d *Devnet) Spec() *spec.Spec { return d.sp }

// Chain is the simulated beacon chain (for the devnet's own wiring: the
// services never see it).
func (d *Devnet) Chain() *sim.Chain { return d.chain }

// Execution is the in-process geth.
func (d *Devnet) Execution() *Execution { return d.x }

// BeaconAPI serves the standard Beacon API.
func (d *Devnet) BeaconAPI() http.Handler { return d.api.Handler() }

// ChainID is the execution chain id.
func (d *Devnet) ChainID() uint64 { return d.cfg.Genesis.ChainID }

// Head is the execution head.
func (d *Devnet) Head() ExecutionHead {
	d.mu.Lock()
	defer d.mu.Unlock()
	return d.c.Head()
}

// Slot is the consensus layer's current slot.
func (d *Devnet) Slot() uint64 {
	var slot uint64
	d.chain.View(func(s *sim.State) { slot = s.Slot })
	return slot
}

// Close writes a snapshot and stops everything.
func (d *Devnet) Close() error {
	d.mu.Lock()
	defer d.mu.Unlock()
	if d.closed {
		return nil
	}
	d.closed = true
	var errs []error
	if d.store != nil && d.c != nil && d.chain != nil {
		errs = append(errs, d.snapshot())
	}
	if d.x != nil {
		errs = append(errs, d.x.Close())
	}
	if d.store != nil {
		errs = append(errs, d.store.Close())
	}
	return errors.Join(errs...)
}

func bigOrZero(x *big.Int) *big.Int {
	if x == nil {
		return new(big.Int)
	}
	return x
}

var _ = fmt.Sprint

// SetFeeRecipient names proposers' fee recipients from the next slot on
// (the pool's validators' once its contracts are deployed).
func (d *Devnet) SetFeeRecipient(f func(proposer uint64, credentials [32]byte) common.Address) {
	d.mu.Lock()
	defer d.mu.Unlock()
	d.cfg.FeeRecipient = f
	d.c.cfg.FeeRecipient = f
}

// Client is an in-process JSON-RPC client of the execution layer (what a
// JSON-RPC user sees).
func (d *Devnet) Client() *ethclient.Client { return d.el }
