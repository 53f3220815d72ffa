// Package indexer follows the pool's contract events over standard
// JSON-RPC (eth_getLogs, eth_getBlockByNumber, eth_call) into an embedded
// Pebble store and derives from them what the read API shows: the pool's
// figures over time, every account's movements with their reasons,
// withdrawal requests, operators, governance proposals, oracle reports and
// votes.
//
// Safety: a block's records and the cursor are written in one synced
// batch, so a restart (kill -9 included) resumes after the last block
// indexed whole, never losing or doubling an event. Blocks above the
// node's finalized block are indexed with an undo record of every key they
// change; when the chain reorganizes, the indexer finds the last block it
// holds that is still canonical and rolls everything above it back. A
// finalized block that changes, or events that contradict each other or
// the contracts' own views, stop the indexer (ErrInconsistent): it never
// serves numbers it cannot explain.
package indexer

import (
	"bytes"
	"context"
	"encoding/binary"
	"errors"
	"fmt"
	"log/slog"
	"math/big"
	"os"
	"path/filepath"
	"sync"
	"time"

	"github.com/cockroachdb/pebble"
	ethereum "github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
)

// ErrOtherStore is Open's refusal of a store made for another chain, other
// contracts (a store made before the veto escrow was followed, on a pool
// that has one, included) or another first block.
var ErrOtherStore = errors.New("indexer: another chain's or pool's store")

// Node is what the indexer needs of an execution node; *ethclient.Client
// over JSON-RPC is one.
type Node interface {
	bind.ContractCaller
	HeaderByNumber(ctx context.Context, number *big.Int) (*types.Header, error)
	FilterLogs(ctx context.Context, q ethereum.FilterQuery) ([]types.Log, error)
	ChainID(ctx context.Context) (*big.Int, error)
}

// Addresses are the pool's contracts (Oracle may be zero until deployed).
type Addresses struct {
	Pool            common.Address `json:"pool"`
	WstETH          common.Address `json:"wsteth"`
	WithdrawalQueue common.Address `json:"withdrawal_queue"`
	Registry        common.Address `json:"operator_registry"`
	Governance      common.Address `json:"governance"`
	Oracle          common.Address `json:"oracle"`
	WithdrawalVault common.Address `json:"withdrawal_vault"`
	ELRewardsVault  common.Address `json:"el_rewards_vault"`
	// Burner holds shares requested to burn (its own events are not
	// indexed: the pool's share moves and burns tell the books).
	Burner common.Address `json:"burner"`
	// VetoEscrow and GateSeal are the stakers' veto and the emergency
	// pause (zero: not deployed; Pool.vetoEscrow() and Pool.gateSeal()).
	VetoEscrow common.Address `json:"veto_escrow"`
	GateSeal   common.Address `json:"gate_seal"`
	// StakingRouter and BondedModule (zero: unknown, none) are read by
	// the read API for every module's operators; the bonded module's bond
	// events are indexed (bonds.go), the router's are not.
	StakingRouter common.Address `json:"staking_router,omitempty"`
	BondedModule  common.Address `json:"bonded_module,omitempty"`
}

func (a *Addresses) list() [numContracts]common.Address {
	return [numContracts]common.Address{a.Pool, a.WstETH, a.WithdrawalQueue, a.Registry, a.Governance, a.Oracle, a.WithdrawalVault, a.ELRewardsVault,
		a.VetoEscrow, a.GateSeal, a.BondedModule}
}

// Config configures an indexer.
type Config struct {
	Node      Node
	Addresses Addresses
	// Dir holds the store (created if missing).
	Dir string
	// FromBlock is the first block read: the pool's deployment block (0: genesis).
	FromBlock uint64
	// Poll is the time between looks at the node's head (default 1 s).
	Poll time.Duration
	// Span is the most blocks one eth_getLogs asks for (default 5,000; it
	// halves when the node refuses a range and grows back).
	Span uint64
	// FinalityLag is how far below the head a block counts as final when
	// the node does not answer the "finalized" tag (default 64).
	FinalityLag uint64
	// CommitLogs is how many logs a catch-up batch holds before it is
	// committed (default 20,000).
	CommitLogs int
	// NoVerify skips the check of the figures against the contracts' views
	// (for the bench's reference runs only).
	NoVerify bool
	Logger   *slog.Logger
}

// Indexer follows the chain. Its methods are safe for concurrent use; one
// goroutine runs Run (or calls Step).
type Indexer struct {
	cfg Config
	st  *store
	dec *decoder
	log *slog.Logger
	m   *metrics

	step sync.Mutex // one Step at a time

	mu      sync.RWMutex
	cur     cursor
	fig     Figures
	failed  error
	changed chan struct{} // closed and replaced after every commit or rollback
	span    uint64
	rolled  uint64 // rollbacks so far
}

// Open opens (or creates) the store and checks that it was made for this
// chain and these contracts.
func Open(ctx context.Context, cfg Config) (*Indexer, error) {
	if cfg.Node == nil {
		return nil, errors.New("indexer: no node")
	}
	if cfg.Addresses.Pool == (common.Address{}) || cfg.Addresses.WstETH == (common.Address{}) || cfg.Addresses.WithdrawalQueue == (common.Address{}) {
		return nil, errors.New("indexer: the pool, wstETH and withdrawal queue addresses are required")
	}
	if cfg.Dir == "" {
		return nil, errors.New("indexer: no store directory")
	}
	if cfg.Poll <= 0 {
		cfg.Poll = time.Second
	}
	if cfg.Span == 0 {
		cfg.Span = 5000
	}
	if cfg.FinalityLag == 0 {
		cfg.FinalityLag = 64
	}
	if cfg.CommitLogs <= 0 {
		cfg.CommitLogs = 20_000
	}
	if cfg.Logger == nil {
		cfg.Logger = slog.New(slog.DiscardHandler)
	}
	id, err := cfg.Node.ChainID(ctx)
	if err != nil {
		return nil, fmt.Errorf("indexer: reading the chain id: %w", err)
	}
	if err := os.MkdirAll(cfg.Dir, 0o755); err != nil {
		return nil, fmt.Errorf("indexer: %w", err)
	}
	st, err := openStore(filepath.Clean(cfg.Dir))
	if err != nil {
		return nil, err
	}
	ix := &Indexer{cfg: cfg, st: st, dec: newDecoder(cfg.Addresses), log: cfg.Logger, changed: make(chan struct{}), span: cfg.Span, m: newMetrics()}
	if err := ix.checkMeta(id); err != nil {
		st.close()
		return nil, err
	}
	if err := ix.reload(); err != nil {
		st.close()
		return nil, err
	}
	return ix, nil
}

// checkMeta records the chain id, addresses and first block in a new
// store and refuses a store made for something else.
func (ix *Indexer) checkMeta(chainID *big.Int) error {
	var e enc
	e.str(chainID.String())
	for c, a := range ix.cfg.Addresses.list() {
		if c >= int(VetoEscrow) && a == (common.Address{}) {
			continue // a store made before the escrow and the seal were followed reads the same
		}
		e.addr(a)
	}
	e.u64(ix.cfg.FromBlock)
	old, ok, err := get(ix.st.db, []byte{kMeta})
	if err != nil {
		return fmt.Errorf("indexer: reading the store: %w", err)
	}
	if ok {
		if !bytes.Equal(old, e.b) {
			return fmt.Errorf("%w: the store in %s indexes another chain or pool (chain id, contract addresses or first block differ), or was made before it followed a contract it follows now (such as the bonded module); use another directory", ErrOtherStore, ix.cfg.Dir)
		}
		return nil
	}
	return ix.st.db.Set([]byte{kMeta}, e.b, pebble.Sync)
}

// reload reads the cursor and figures from the store.
func (ix *Indexer) reload() error {
	c, err := ix.st.cursor()
	if err != nil {
		return fmt.Errorf("indexer: reading the cursor: %w", err)
	}
	var f Figures
	if v, ok, err := get(ix.st.db, []byte{kFigures}); err != nil {
		return err
	} else if ok {
		if f, err = decodeFigures(v); err != nil {
			return fmt.Errorf("indexer: reading the figures: %w", err)
		}
	}
	ix.mu.Lock()
	ix.cur, ix.fig = c, f
	ix.mu.Unlock()
	ix.m.indexed.Set(float64(c.Block))
	return nil
}

// Close closes the store. Run must have returned.
func (ix *Indexer) Close() error { return ix.st.close() }

// Addresses are the contracts followed.
func (ix *Indexer) Addresses() Addresses { return ix.cfg.Addresses }

// Head is the last indexed block, its hash, and the finalized height known.
type Head struct {
	Block     uint64
	Hash      common.Hash
	Finalized uint64
	Started   bool
}

// Head returns where the indexer stands.
func (ix *Indexer) Head() Head {
	ix.mu.RLock()
	defer ix.mu.RUnlock()
	return Head{Block: ix.cur.Block, Hash: ix.cur.Hash, Finalized: ix.cur.Finalized, Started: ix.cur.Started}
}

// Rollbacks counts the reorganizations rolled back since Open.
func (ix *Indexer) Rollbacks() uint64 {
	ix.mu.RLock()
	defer ix.mu.RUnlock()
	return ix.rolled
}

// Figures returns the pool's figures at the head.
func (ix *Indexer) Figures() Figures {
	ix.mu.RLock()
	defer ix.mu.RUnlock()
	return ix.fig
}

// Err is the error that stopped the indexer, if any.
func (ix *Indexer) Err() error {
	ix.mu.RLock()
	defer ix.mu.RUnlock()
	return ix.failed
}

// Changed returns a channel closed at the next commit or rollback.
func (ix *Indexer) Changed() <-chan struct{} {
	ix.mu.RLock()
	defer ix.mu.RUnlock()
	return ix.changed
}

func (ix *Indexer) publish() {
	ix.mu.Lock()
	close(ix.changed)
	ix.changed = make(chan struct{})
	ix.mu.Unlock()
}

func beUint64(b []byte) uint64 { return binary.BigEndian.Uint64(b) }

// prefixEnd is the first key after every key starting with p.
func prefixEnd(p []byte) []byte {
	end := bytes.Clone(p)
	for i := len(end) - 1; i >= 0; i-- {
		end[i]++
		if end[i] != 0 {
			return end[:i+1]
		}
	}
	return nil
}

// Wait returns once block n is indexed (or ctx ends, or the indexer stops).
func (ix *Indexer) Wait(ctx context.Context, n uint64) error {
	for {
		ch := ix.Changed()
		if h := ix.Head(); h.Started && h.Block >= n {
			return nil
		}
		if err := ix.Err(); err != nil {
			return err
		}
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-ch:
		}
	}
}
