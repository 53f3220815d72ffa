// Long file: the node's sequencer, transaction log, replay and repair share
// one lock and one life cycle; node/ is retired by the geth devnet
// (DESIGN.md), so it is not split further (issue 12).

package node

import (
	"context"
	"encoding/binary"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"sync"
	"sync/atomic"
	"time"

	"github.com/cockroachdb/pebble"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/prometheus/client_golang/prometheus"

	"github.com/stakepool/stakepool/node/request"
	"github.com/stakepool/stakepool/protocol"
)

// Config configures a node.
type Config struct {
	// Dir is the data directory (the Pebble store lives in Dir/log).
	Dir string
	// Genesis of the pool. It is recorded on first start; a later start
	// with a different genesis is refused.
	Genesis protocol.Genesis
	// Pool is the verifying contract of the EIP-712 domain.
	Pool common.Address
	// SlotTime is the slot duration; a block is sealed every slot. Zero
	// means blocks are sealed only by Seal and Advance (tests, benchmarks).
	SlotTime time.Duration
	// Tick, when set, replaces the wall-clock slot ticker (an injectable
	// slot clock): every receive seals a block.
	Tick <-chan time.Time
	// MaxBlockTxs bounds the transactions of one block; MaxBatchTxs those
	// of one log entry (one fsync). MempoolSize bounds waiting
	// transactions. Zero selects the defaults.
	MaxBlockTxs int
	MaxBatchTxs int
	MempoolSize int
	// CommitInterval is the least time between the starts of two log
	// commits of transactions while fewer than MaxBatchTxs wait: the
	// sequencer holds a small batch back until then, so that more
	// arrivals share its fsync. An fsync costs CPU as well as time (≈ 90
	// µs of kernel time each on the bench machine); without a floor, fast
	// disks mean thousands of fsyncs a second of a few transactions each.
	// Zero selects DefaultCommitInterval; negative disables it.
	CommitInterval time.Duration
	// SnapshotEvery writes a state snapshot every so many blocks (when the
	// protocol supports snapshots); zero selects 1024.
	SnapshotEvery uint64
	// SnapshotsKept is how many snapshots (the state's, and the chain's
	// with a SnapshotHook) are kept: writing one deletes those older than
	// the SnapshotsKept newest, in the same batch. Zero selects
	// DefaultSnapshotsKept. The log itself is never pruned: a start with
	// no usable snapshot replays from genesis.
	SnapshotsKept int
	// EndBlock, if set, returns system commands to apply at the end of each
	// block, after the deposit step.
	EndBlock func(block, slot uint64) []protocol.Command
	// Hook, if set, replaces the end of every block (the deposit step and
	// EndBlock): it wires the chain and the oracle members (see Wiring).
	Hook Hook
	// FirstBlock is the number of the first block (the chain's slot after
	// its genesis head); zero means 1.
	FirstBlock uint64
	// AfterSeal, if set, is called after each durable seal, outside the
	// state lock, from the sequencer goroutine.
	AfterSeal func(b BlockInfo)
	Logger    *slog.Logger
	// Registerer receives the node's metrics; nil registers nothing.
	Registerer prometheus.Registerer
}

// Hook is the end of every block when the node drives a chain: it applies
// the block's system and oracle transactions through apply (logged with the
// seal) and moves the chain; Replayed brings the chain along when a sealed
// block is replayed from the log. Both run in the sequencer goroutine.
type Hook interface {
	EndBlock(s *protocol.State, block uint64, apply ApplyFunc) error
	Replayed(s *protocol.State, block uint64) error
}

// SnapshotHook is a Hook whose side of the block (the chain) is saved with
// the node's state snapshots and restored with them, so that a start with
// it loads the newest snapshot instead of replaying from genesis.
// SnapshotHook runs in the sequencer right after block's seal was applied;
// RestoreHook is given the state of that block and what SnapshotHook
// returned, and must return an error wrapping ErrHookUnchanged when it
// left the hook as it was (the start then tries an older snapshot, or
// genesis).
type SnapshotHook interface {
	Hook
	SnapshotHook(block uint64) ([]byte, error)
	RestoreHook(s *protocol.State, block uint64, data []byte) error
}

// ErrHookUnchanged marks a RestoreHook failure that changed nothing.
var ErrHookUnchanged = errors.New("hook snapshot not restored")

// Defaults.
const (
	DefaultMaxBlockTxs   = 500_000
	DefaultMaxBatchTxs   = 8_192
	DefaultMempoolSize   = 100_000
	DefaultSnapshotEvery = 1024
	DefaultSnapshotsKept = 4
	// DefaultCommitInterval caps commits of small batches at 1,000 a
	// second: at most 1 ms added to an answer, and at 10,000 tx/s of
	// single requests ≈ 10 per fsync instead of 2–4.
	DefaultCommitInterval = time.Millisecond
)

// Errors of the node itself (failures, not rejections).
var (
	ErrStopped     = errors.New("node: stopped")
	ErrMempoolFull = &protocol.Error{Code: "MEMPOOL_FULL", Message: "too many transactions waiting; retry later"}
)

// Receipt is the outcome of one transaction.
type Receipt struct {
	Hash   common.Hash
	Block  uint64
	Slot   uint64
	Index  int // position among the block's applied transactions
	Sender common.Address
	Nonce  uint64
	Kind   protocol.CommandKind
	Events []protocol.Event
	// Err is the rejection; nil when applied. Rejected transactions are
	// not in the log.
	Err *protocol.Error
}

// BlockInfo describes a sealed block.
type BlockInfo struct {
	Number uint64
	Slot   uint64
	Time   uint64
	Txs    int
	Root   common.Hash
	Fsyncs int // log commits (fsyncs) the block took
}

// Published is what subscribers receive after each durable log entry.
type Published struct {
	Block    uint64
	Slot     uint64
	Receipts []Receipt // applied transactions only
	Sealed   *BlockInfo
}

type pending struct {
	tx     protocol.Tx
	hash   common.Hash
	system bool
	done   chan Receipt
}

// Node is the running pool: state, sequencer and transaction log.
type Node struct {
	cfg Config
	log *slog.Logger
	db  *pebble.DB
	m   *metrics

	mu    sync.RWMutex // guards state and the fields below
	state *protocol.State
	open  bool   // a block has been begun (entries written) and not sealed
	slot  uint64 // slot of the open or last block
	head  BlockInfo
	seq   uint64 // last log entry written
	inBlk int    // applied txs in the open block
	fsync int    // commits in the open block

	fromSnap uint64   // block of the snapshot the start loaded (0: genesis)
	skipped  []string // snapshots the start found unusable

	qmu    sync.Mutex
	queue  []*pending
	notify chan struct{}
	ctl    chan func()
	quit   chan struct{}
	done   chan struct{}
	err    error // set when the log failed; the node then stops

	smu  sync.Mutex
	subs map[chan Published]struct{}

	buf []byte

	clock     atomic.Pointer[chan struct{}] // closed at the next TimeoutTick
	clockOnce sync.Once

	lastCommit time.Time   // start of the last log commit (sequencer only)
	pacer      *time.Timer // waits for CommitInterval (sequencer only)

	commits, blocks, applied atomic.Uint64
	commitNanos              atomic.Uint64 // time in log commits (write and fsync)

	closeOnce sync.Once
	closeErr  error
}

// Key layout of the store.
var (
	keyGenesis  = []byte("G")
	prefixLog   = byte('L') // L seq(8) → entry
	prefixTx    = byte('T') // T hash(32) → seq(8) pos(4)
	prefixBlock = byte('B') // B block(8) → seq(8) of its seal
	prefixSnap  = byte('S') // S block(8) → seq(8) ‖ state
	prefixHook  = byte('C') // C block(8) → keccak(data) ‖ data: the hook's (chain's) snapshot
)

func key8(p byte, v uint64) []byte {
	k := make([]byte, 9)
	k[0] = p
	binary.BigEndian.PutUint64(k[1:], v)
	return k
}

func txKey(h common.Hash) []byte { return append([]byte{prefixTx}, h[:]...) }

type quietLogger struct{}

func (quietLogger) Infof(string, ...interface{})  {}
func (quietLogger) Errorf(string, ...interface{}) {}
func (quietLogger) Fatalf(format string, args ...interface{}) {
	panic(fmt.Sprintf("pebble: "+format, args...))
}

func openDB(dir string) (*pebble.DB, error) {
	db, err := pebble.Open(dir+"/log", storeOptions())
	if err != nil {
		return nil, fmt.Errorf("open log in %s: %w", dir, err)
	}
	return db, nil
}

// storeOptions tunes Pebble for the log's write pattern (append-only
// entries and random transaction-hash keys, written in group commits):
// 64 MB memtables (16 times fewer flushes of small L0 tables, so less
// compaction work under load) and no block compression (entries are
// mostly hashes, addresses and signatures; snappy cost ≈ 2 µs of CPU per
// transaction in the node bench for little space). Durability is the
// WAL's fsync on every commit, unchanged.
func storeOptions() *pebble.Options {
	o := &pebble.Options{Logger: quietLogger{}, MemTableSize: 64 << 20}
	o.Levels = make([]pebble.LevelOptions, 7)
	for i := range o.Levels {
		o.Levels[i].Compression = pebble.NoCompression
	}
	return o
}

func genesisID(g protocol.Genesis) ([]byte, error) {
	b, err := json.Marshal(g)
	if err != nil {
		return nil, fmt.Errorf("encode genesis: %w", err)
	}
	return crypto.Keccak256(b), nil
}

// Open opens (or creates) the node's store in cfg.Dir, loads the newest
// snapshot if any, replays the log after it checking every state root, and
// starts the sequencer. A log that does not replay is refused with a
// *CorruptError.
func Open(cfg Config) (*Node, error) {
	if cfg.Dir == "" {
		return nil, errors.New("node: no data directory")
	}
	if cfg.MaxBlockTxs <= 0 {
		cfg.MaxBlockTxs = DefaultMaxBlockTxs
	}
	if cfg.MaxBatchTxs <= 0 {
		cfg.MaxBatchTxs = DefaultMaxBatchTxs
	}
	if cfg.MempoolSize <= 0 {
		cfg.MempoolSize = DefaultMempoolSize
	}
	if cfg.SnapshotEvery == 0 {
		cfg.SnapshotEvery = DefaultSnapshotEvery
	}
	if cfg.SnapshotsKept <= 0 {
		cfg.SnapshotsKept = DefaultSnapshotsKept
	}
	if cfg.CommitInterval == 0 {
		cfg.CommitInterval = DefaultCommitInterval
	}
	if cfg.Logger == nil {
		cfg.Logger = slog.New(slog.DiscardHandler)
	}
	db, err := openDB(cfg.Dir)
	if err != nil {
		return nil, err
	}
	n := &Node{cfg: cfg, log: cfg.Logger, db: db, m: newMetrics(cfg.Registerer),
		notify: make(chan struct{}, 1), ctl: make(chan func()), quit: make(chan struct{}), done: make(chan struct{}),
		subs: map[chan Published]struct{}{}}
	if err := n.load(); err != nil {
		db.Close()
		return nil, err
	}
	n.m.observeState(n.state)
	go n.run()
	return n, nil
}

// load checks the genesis and replays the log.
func (n *Node) load() error {
	id, err := genesisID(n.cfg.Genesis)
	if err != nil {
		return err
	}
	stored, closer, err := n.db.Get(keyGenesis)
	switch {
	case errors.Is(err, pebble.ErrNotFound):
		if err := n.db.Set(keyGenesis, id, pebble.Sync); err != nil {
			return fmt.Errorf("record genesis: %w", err)
		}
	case err != nil:
		return fmt.Errorf("read genesis: %w", err)
	default:
		same := string(stored) == string(id)
		closer.Close()
		if !same {
			return fmt.Errorf("node: %s holds a different pool (genesis differs); use another --datadir", n.cfg.Dir)
		}
	}
	// A chain hook that cannot be saved is rebuilt along the whole log, so
	// the start replays from genesis rather than from a snapshot.
	r, err := replay(n.db, n.cfg.Genesis, n.snapshotsUsable(), n.cfg.Hook)
	if err != nil {
		return err
	}
	for _, s := range r.skipped {
		n.log.Warn("snapshot not used", "reason", s)
	}
	n.skipped = r.skipped
	if r.corrupt != nil {
		r.corrupt.Dir = n.cfg.Dir
		return r.corrupt
	}
	n.state, n.open, n.seq, n.head, n.slot, n.inBlk = r.state, r.open, r.seq, r.head, r.slot, r.inBlk
	n.fromSnap = r.fromSnapshot
	n.log.Info("log replayed", "entries", r.entries, "from_snapshot", r.fromSnapshot, "block", n.state.Block(), "root", n.head.Root)
	return nil
}

// CorruptError reports a log that cannot be proven by replay.
type CorruptError struct {
	Dir       string
	Seq       uint64 // first bad entry
	Block     uint64 // its block, when known
	Reason    string
	LastGood  uint64 // last block whose root replayed
	LostAfter int    // entries after the last good block
}

func (e *CorruptError) Error() string {
	return fmt.Sprintf("the transaction log in %s is corrupt at entry %d (block %d): %s. "+
		"The last provable block is %d. Refusing to run on a state that cannot be proven. "+
		"`stakepool node repair --datadir %s` truncates the log to block %d (dropping %d later entries, "+
		"whose transactions are lost); back up the directory first",
		e.Dir, e.Seq, e.Block, e.Reason, e.LastGood, e.Dir, e.LastGood, e.LostAfter)
}

type replayResult struct {
	state        *protocol.State
	open         bool
	seq          uint64
	head         BlockInfo
	slot         uint64
	inBlk        int
	entries      int
	fromSnapshot uint64
	skipped      []string // snapshots found unusable, newest first, and why
	corrupt      *CorruptError
	goodSeq      uint64 // seq of the last verified seal (0: genesis)
}

// replay rebuilds the state from the newest usable snapshot (if snapshots
// are enabled) and the log after it, checking every entry.
func replay(db *pebble.DB, g protocol.Genesis, useSnap bool, hook Hook) (*replayResult, error) {
	r := &replayResult{}
	st, err := protocol.NewState(g)
	if err != nil {
		return nil, fmt.Errorf("genesis: %w", err)
	}
	r.state = st
	r.head = BlockInfo{Root: st.Root()}
	if useSnap {
		if err := loadSnapshot(db, r, hook); err != nil {
			return nil, err
		}
	}
	it, err := db.NewIter(&pebble.IterOptions{LowerBound: key8(prefixLog, r.seq+1), UpperBound: []byte{prefixLog + 1}})
	if err != nil {
		return nil, err
	}
	defer it.Close()
	total := 0
	for it.First(); it.Valid(); it.Next() {
		total++
	}
	bad := func(seq, block uint64, reason string, a ...any) {
		r.corrupt = &CorruptError{Seq: seq, Block: block, Reason: fmt.Sprintf(reason, a...), LastGood: r.head.Number}
	}
	s := r.state
	fsyncs := 0
	for it.First(); it.Valid(); it.Next() {
		k := it.Key()
		if len(k) != 9 {
			bad(r.seq+1, s.Block(), "malformed log key %x", k)
			break
		}
		seq := binary.BigEndian.Uint64(k[1:])
		if seq != r.seq+1 {
			bad(r.seq+1, s.Block(), "entry %d is missing (next present is %d)", r.seq+1, seq)
			break
		}
		e, err := decodeEntry(it.Value())
		if err != nil {
			bad(seq, s.Block(), "%v", err)
			break
		}
		if !r.open {
			if e.Block <= s.Block() || e.Slot != e.Block {
				bad(seq, e.Block, "block %d (slot %d) follows block %d", e.Block, e.Slot, s.Block())
				break
			}
			if err := s.BeginBlock(e.Block, s.Chain().SlotTime(e.Slot)); err != nil {
				bad(seq, e.Block, "begin block: %v", err)
				break
			}
			r.open, r.inBlk, r.slot = true, 0, e.Slot
			fsyncs = 0
		} else if e.Block != s.Block() {
			bad(seq, e.Block, "entry of block %d inside open block %d", e.Block, s.Block())
			break
		}
		if int(e.First) != r.inBlk {
			bad(seq, e.Block, "entry starts at transaction %d of its block, %d expected", e.First, r.inBlk)
			break
		}
		ok := true
		for i := range e.Txs {
			lt := &e.Txs[i]
			tx, err := protocol.DecodeTx(lt.Raw)
			if err != nil {
				bad(seq, e.Block, "transaction %d does not decode: %v", i, err)
				ok = false
				break
			}
			evs, err := s.ApplyTx(tx)
			if err != nil {
				bad(seq, e.Block, "transaction %s was applied but replays as rejected: %v", lt.Hash, err)
				ok = false
				break
			}
			if !eventsEqual(evs, lt.Events) {
				bad(seq, e.Block, "transaction %s replays with different events", lt.Hash)
				ok = false
				break
			}
			r.inBlk++
		}
		if !ok {
			break
		}
		fsyncs++
		r.seq = seq
		r.entries++
		if e.Seal {
			if root := s.Root(); root != e.Root {
				bad(seq, e.Block, "state root %s after replay, %s in the log", root, e.Root)
				break
			}
			r.open = false
			r.head = BlockInfo{Number: e.Block, Slot: e.Slot, Time: e.Time, Txs: r.inBlk, Root: e.Root, Fsyncs: fsyncs}
			r.goodSeq = seq
			if hook != nil {
				if err := hook.Replayed(s, e.Block); err != nil {
					return nil, fmt.Errorf("replay block %d on the chain: %w", e.Block, err)
				}
			}
		}
	}
	if r.corrupt != nil {
		r.corrupt.LastGood = r.head.Number
		n := 0
		it2, err := db.NewIter(&pebble.IterOptions{LowerBound: key8(prefixLog, r.goodSeq+1), UpperBound: []byte{prefixLog + 1}})
		if err == nil {
			for it2.First(); it2.Valid(); it2.Next() {
				n++
			}
			it2.Close()
		}
		r.corrupt.LostAfter = n
	}
	return r, it.Error()
}

func eventsEqual(a, b []protocol.Event) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

// Repair truncates the log in cfg.Dir to its last provable block: the last
// sealed block whose state root replays. Entries after it (a corrupt or
// torn tail and the unsealed part of the block after it) are deleted with
// their transaction index. It reports what it did; on a sound log it
// changes nothing.
func Repair(cfg Config) (string, error) {
	db, err := openDB(cfg.Dir)
	if err != nil {
		return "", err
	}
	defer db.Close()
	r, err := replay(db, cfg.Genesis, false, nil)
	if err != nil {
		return "", err
	}
	if r.corrupt == nil {
		return fmt.Sprintf("the log is sound: %d entries, head block %d, root %s; nothing to repair", r.entries, r.head.Number, r.head.Root), nil
	}
	b := db.NewBatch()
	defer b.Close()
	if err := b.DeleteRange(key8(prefixLog, r.goodSeq+1), []byte{prefixLog + 1}, nil); err != nil {
		return "", err
	}
	if err := b.DeleteRange(key8(prefixBlock, r.head.Number+1), []byte{prefixBlock + 1}, nil); err != nil {
		return "", err
	}
	if err := b.DeleteRange(key8(prefixSnap, r.head.Number+1), []byte{prefixSnap + 1}, nil); err != nil {
		return "", err
	}
	if err := b.DeleteRange(key8(prefixHook, r.head.Number+1), []byte{prefixHook + 1}, nil); err != nil {
		return "", err
	}
	it, err := db.NewIter(&pebble.IterOptions{LowerBound: []byte{prefixTx}, UpperBound: []byte{prefixTx + 1}})
	if err != nil {
		return "", err
	}
	dropped := 0
	for it.First(); it.Valid(); it.Next() {
		if v := it.Value(); len(v) == 12 && binary.BigEndian.Uint64(v) > r.goodSeq {
			if err := b.Delete(it.Key(), nil); err != nil {
				it.Close()
				return "", err
			}
			dropped++
		}
	}
	it.Close()
	if err := b.Commit(pebble.Sync); err != nil {
		return "", fmt.Errorf("repair: %w", err)
	}
	return fmt.Sprintf("found: %s\ntruncated the log to block %d (root %s): removed %d entries and %d transaction index records",
		r.corrupt.Reason, r.head.Number, r.head.Root, r.corrupt.LostAfter, dropped), nil
}

// Close stops the sequencer (transactions waiting in the mempool are
// refused with ErrStopped) and closes the store.
func (n *Node) Close() error {
	n.closeOnce.Do(func() { n.closeErr = n.close() })
	return n.closeErr
}

func (n *Node) close() error {
	select {
	case <-n.quit:
	default:
		close(n.quit)
	}
	<-n.done
	n.qmu.Lock()
	q := n.queue
	n.queue = nil
	n.qmu.Unlock()
	for _, p := range q {
		close(p.done)
	}
	n.smu.Lock()
	for ch := range n.subs {
		close(ch)
		delete(n.subs, ch)
	}
	n.smu.Unlock()
	return n.db.Close()
}

// Err is the failure that stopped the node, if any.
func (n *Node) Err() error {
	n.mu.RLock()
	defer n.mu.RUnlock()
	return n.err
}

// Domain is the EIP-712 domain requests to this node are signed under.
func (n *Node) Domain() request.Domain {
	return request.Domain{ChainID: n.cfg.Genesis.ChainID, Pool: n.cfg.Pool}
}

// Dev reports whether the pool is a devnet (faucet and dev endpoints).
func (n *Node) Dev() bool { return n.cfg.Genesis.Dev }

// View runs f with the state under a read lock. f must not keep references.
func (n *Node) View(f func(s *protocol.State)) {
	n.mu.RLock()
	defer n.mu.RUnlock()
	f(n.state)
}

// Head is the last sealed block; Slot the current slot.
func (n *Node) Head() (BlockInfo, uint64) {
	n.mu.RLock()
	defer n.mu.RUnlock()
	return n.head, n.slot
}

// Submit queues an authenticated transaction and waits until it is
// durably in the log (or rejected). The receipt's Err is the rejection.
func (n *Node) Submit(ctx context.Context, tx *protocol.Tx) (Receipt, error) {
	p, err := n.enqueue(tx, false)
	if err != nil {
		return Receipt{}, err
	}
	return n.wait(ctx, p)
}

// SubmitWithin is Submit waiting at most limit (then it returns
// context.DeadlineExceeded; the transaction stays queued). The limit is
// checked on a shared coarse clock (every TimeoutTick) instead of a timer
// per call: no allocation and no timer per request, and the wait ends
// within TimeoutTick before the limit.
func (n *Node) SubmitWithin(ctx context.Context, tx *protocol.Tx, limit time.Duration) (Receipt, error) {
	p, err := n.enqueue(tx, false)
	if err != nil {
		return Receipt{}, err
	}
	return n.waitUntil(ctx, p, time.Now().Add(limit))
}

// SubmitManyWithin is SubmitMany waiting at most limit for all of them.
func (n *Node) SubmitManyWithin(ctx context.Context, txs []*protocol.Tx, limit time.Duration) ([]Receipt, error) {
	return n.submitMany(ctx, txs, time.Now().Add(limit))
}

// TimeoutTick is the granularity of SubmitWithin's limit.
const TimeoutTick = 250 * time.Millisecond

// coarse returns a channel closed at the next TimeoutTick (the clock runs
// from the first call until Close).
func (n *Node) coarse() <-chan struct{} {
	n.clockOnce.Do(func() {
		ch := make(chan struct{})
		n.clock.Store(&ch)
		go func() {
			t := time.NewTicker(TimeoutTick)
			defer t.Stop()
			for {
				select {
				case <-n.quit:
					return
				case <-t.C:
					next := make(chan struct{})
					old := n.clock.Swap(&next)
					close(*old)
				}
			}
		}()
	})
	return *n.clock.Load()
}

// waitUntil is wait with a deadline checked on the coarse clock (none
// when deadline is zero).
func (n *Node) waitUntil(ctx context.Context, p *pending, deadline time.Time) (Receipt, error) {
	for {
		var tick <-chan struct{} // nil: never
		if !deadline.IsZero() {
			tick = n.coarse()
		}
		select {
		case r, ok := <-p.done:
			if !ok {
				if err := n.Err(); err != nil {
					return Receipt{}, err
				}
				return Receipt{}, ErrStopped
			}
			return r, nil
		case <-ctx.Done():
			return Receipt{}, ctx.Err()
		case <-tick:
			if time.Until(deadline) < TimeoutTick {
				return Receipt{}, context.DeadlineExceeded
			}
		}
	}
}

// SubmitSystem queues a command from the system sender (the dev faucet).
func (n *Node) SubmitSystem(ctx context.Context, c protocol.Command) (Receipt, error) {
	p, err := n.enqueue(&protocol.Tx{Sender: protocol.SystemSender, Cmd: c}, true)
	if err != nil {
		return Receipt{}, err
	}
	return n.wait(ctx, p)
}

// SubmitMany queues transactions in order and waits for all of them.
func (n *Node) SubmitMany(ctx context.Context, txs []*protocol.Tx) ([]Receipt, error) {
	return n.submitMany(ctx, txs, time.Time{})
}

// submitMany is SubmitMany with a deadline (none when zero).
func (n *Node) submitMany(ctx context.Context, txs []*protocol.Tx, deadline time.Time) ([]Receipt, error) {
	if err := n.stopped(); err != nil {
		return nil, err
	}
	ps := make([]*pending, 0, len(txs))
	n.qmu.Lock()
	if len(n.queue)+len(txs) > n.cfg.MempoolSize {
		n.qmu.Unlock()
		return nil, ErrMempoolFull
	}
	for _, tx := range txs {
		p := &pending{tx: *tx, done: make(chan Receipt, 1)}
		p.hash = tx.Hash()
		ps = append(ps, p)
	}
	n.queue = append(n.queue, ps...)
	n.qmu.Unlock()
	n.wake()
	out := make([]Receipt, len(ps))
	for i, p := range ps {
		var r Receipt
		var err error
		if deadline.IsZero() {
			r, err = n.wait(ctx, p)
		} else {
			r, err = n.waitUntil(ctx, p, deadline)
		}
		if err != nil {
			return nil, err
		}
		out[i] = r
	}
	return out, nil
}

func (n *Node) enqueue(tx *protocol.Tx, system bool) (*pending, error) {
	if err := n.stopped(); err != nil {
		return nil, err
	}
	p := &pending{tx: *tx, system: system, done: make(chan Receipt, 1)}
	if !system {
		p.hash = tx.Hash()
	}
	n.qmu.Lock()
	if len(n.queue) >= n.cfg.MempoolSize {
		n.qmu.Unlock()
		return nil, ErrMempoolFull
	}
	n.queue = append(n.queue, p)
	n.qmu.Unlock()
	n.wake()
	return p, nil
}

// stopped is the reason the sequencer no longer runs, if it does not.
func (n *Node) stopped() error {
	if err := n.Err(); err != nil {
		return err
	}
	select {
	case <-n.done:
		return ErrStopped
	default:
		return nil
	}
}

func (n *Node) wake() {
	select {
	case n.notify <- struct{}{}:
	default:
	}
}

func (n *Node) wait(ctx context.Context, p *pending) (Receipt, error) {
	return n.waitUntil(ctx, p, time.Time{})
}

// Seal ends the current block now (an empty one if nothing is open).
func (n *Node) Seal() error { return n.control(func() { n.drain(); n.seal(0) }) }

// Advance seals the current block and moves the slot clock forward by
// slots, sealing an empty block at the new slot (the devnet's
// /v1/dev/advance).
func (n *Node) Advance(slots uint64) error {
	return n.control(func() {
		n.drain()
		n.seal(0)
		if slots > 0 {
			n.seal(slots - 1) // an empty block at the new slot, so the jump is in the log
		}
	})
}

// Exec runs f in the sequencer goroutine between log entries (no block
// is being applied or sealed while it runs).
func (n *Node) Exec(f func()) error { return n.control(f) }

func (n *Node) control(f func()) error {
	errc := make(chan struct{})
	select {
	case n.ctl <- func() { f(); close(errc) }:
	case <-n.done:
		return ErrStopped
	}
	<-errc
	return n.Err()
}

// run is the sequencer.
func (n *Node) run() {
	defer close(n.done)
	tick := n.cfg.Tick
	if tick == nil && n.cfg.SlotTime > 0 {
		t := time.NewTicker(n.cfg.SlotTime)
		defer t.Stop()
		tick = t.C
	}
	for {
		if n.Err() != nil {
			return
		}
		select {
		case <-n.quit:
			return
		case <-tick:
			n.drain()
			n.seal(0)
		case f := <-n.ctl:
			f()
		case <-n.notify:
			n.drain()
		}
	}
}

// drain applies waiting transactions in batches, one log commit each,
// until the mempool is empty or the block is full.
func (n *Node) drain() {
	for n.Err() == nil {
		room := min(n.cfg.MaxBatchTxs, n.cfg.MaxBlockTxs-n.inBlk)
		if room <= 0 {
			return // the block is full: the rest waits for the next slot
		}
		n.pace()
		n.qmu.Lock()
		k := min(room, len(n.queue))
		batch := make([]*pending, k)
		copy(batch, n.queue[:k])
		n.queue = n.queue[k:]
		if len(n.queue) == 0 {
			n.queue = nil
		}
		n.m.mempool.Set(float64(len(n.queue)))
		n.qmu.Unlock()
		if k == 0 {
			return
		}
		n.commitBatch(batch, false, 0)
	}
}

// pace waits, while fewer than a full batch of transactions wait, until
// CommitInterval has passed since the last commit started (or the node is
// closed).
func (n *Node) pace() {
	if n.cfg.CommitInterval <= 0 {
		return
	}
	wait := time.Until(n.lastCommit.Add(n.cfg.CommitInterval))
	if wait <= 0 {
		return
	}
	n.qmu.Lock()
	waiting := len(n.queue)
	n.qmu.Unlock()
	if waiting == 0 || waiting >= n.cfg.MaxBatchTxs {
		return
	}
	if n.pacer == nil {
		n.pacer = time.NewTimer(wait)
	} else {
		n.pacer.Reset(wait)
	}
	select {
	case <-n.pacer.C:
	case <-n.quit:
		n.pacer.Stop()
	}
}

// begin opens the next block if none is open: block numbers are beacon
// slots (the protocol's oracle clock), so the next block is the next slot,
// skip slots later when the clock was advanced. Caller holds n.mu.
func (n *Node) begin(skip uint64) {
	if n.open {
		return
	}
	next := n.state.Block() + 1 + skip
	if n.state.Block() == 0 && next < n.cfg.FirstBlock {
		next = n.cfg.FirstBlock
	}
	if err := n.state.BeginBlock(next, n.state.Chain().SlotTime(next)); err != nil {
		panic(fmt.Sprintf("node: begin block %d: %v", next, err)) // block numbers only grow
	}
	n.slot = next
	n.open, n.inBlk, n.fsync = true, 0, 0
}

// commitBatch applies txs, writes one entry (a seal when seal is set) and
// answers the callers once it is durable.
func (n *Node) commitBatch(batch []*pending, seal bool, skip uint64) {
	n.commitWith(batch, seal, skip, nil)
}

// ApplyFunc applies a transaction inside the block being sealed and logs
// it with the seal; it returns the rejection, if any.
type ApplyFunc func(tx protocol.Tx) error

// commitWith is commitBatch with an end-of-block hook run under the state
// lock after the batch (seals only).
func (n *Node) commitWith(batch []*pending, seal bool, skip uint64, hook func(s *protocol.State, block uint64, apply ApplyFunc) error) {
	n.mu.Lock()
	n.begin(skip)
	e := entry{Seal: seal, Block: n.state.Block(), Slot: n.slot, Time: uint64(time.Now().UnixMilli()), First: uint32(n.inBlk)}
	receipts := make([]Receipt, len(batch))
	var applied []Receipt
	for i, p := range batch {
		r := Receipt{Hash: p.hash, Block: e.Block, Slot: e.Slot, Sender: p.tx.Sender, Nonce: p.tx.Nonce, Kind: p.tx.Cmd.Kind}
		evs, err := n.state.ApplyTx(&p.tx)
		if err != nil {
			pe, ok := err.(*protocol.Error)
			if !ok {
				pe = &protocol.Error{Code: "INTERNAL", Message: err.Error()}
			}
			r.Err = pe
			n.m.rejected.WithLabelValues(string(pe.Code)).Inc()
			receipts[i] = r
			continue
		}
		raw := protocol.EncodeTx(&p.tx)
		if p.system {
			var pos [16]byte
			binary.BigEndian.PutUint64(pos[:], n.seq+1)
			binary.BigEndian.PutUint64(pos[8:], uint64(len(e.Txs)))
			r.Hash = crypto.Keccak256Hash(raw, pos[:])
		}
		r.Index = n.inBlk
		r.Events = append([]protocol.Event(nil), evs...)
		n.inBlk++
		e.Txs = append(e.Txs, loggedTx{Raw: raw, Hash: r.Hash, Events: r.Events})
		receipts[i] = r
		applied = append(applied, r)
	}
	if hook != nil {
		apply := func(tx protocol.Tx) error {
			evs, err := n.state.ApplyTx(&tx)
			if err != nil {
				return err
			}
			raw := protocol.EncodeTx(&tx)
			r := Receipt{Block: e.Block, Slot: e.Slot, Sender: tx.Sender, Nonce: tx.Nonce, Kind: tx.Cmd.Kind, Index: n.inBlk}
			if tx.Sender == protocol.SystemSender {
				var pos [16]byte
				binary.BigEndian.PutUint64(pos[:], n.seq+1)
				binary.BigEndian.PutUint64(pos[8:], uint64(len(e.Txs)))
				r.Hash = crypto.Keccak256Hash(raw, pos[:])
			} else {
				r.Hash = tx.Hash()
			}
			r.Events = append([]protocol.Event(nil), evs...)
			n.inBlk++
			e.Txs = append(e.Txs, loggedTx{Raw: raw, Hash: r.Hash, Events: r.Events})
			applied = append(applied, r)
			return nil
		}
		if err := hook(n.state, e.Block, apply); err != nil {
			// The chain wiring failed (not a rejection): the block's state
			// already moved, so the node stops rather than log a block it
			// cannot reproduce.
			n.mu.Unlock()
			n.fail(fmt.Errorf("end of block %d: %w", e.Block, err), batch)
			return
		}
	}
	if len(e.Txs) == 0 && !seal {
		// Nothing applied: nothing to log. Rejections are answered at once;
		// they depend only on state that is already durable or in flight
		// in an earlier (already answered) commit.
		n.mu.Unlock()
		for i, p := range batch {
			p.done <- receipts[i]
		}
		return
	}
	if seal {
		e.Root = n.state.Root()
	}
	seq := n.seq + 1
	n.buf = e.encode(n.buf)
	n.mu.Unlock()

	b := n.db.NewBatch()
	err := b.Set(key8(prefixLog, seq), n.buf, nil)
	var pos [12]byte
	binary.BigEndian.PutUint64(pos[:], seq)
	for i := range e.Txs {
		if err != nil {
			break
		}
		binary.BigEndian.PutUint32(pos[8:], uint32(i))
		err = b.Set(txKey(e.Txs[i].Hash), pos[:], nil)
	}
	if seal && err == nil {
		var v [8]byte
		binary.BigEndian.PutUint64(v[:], seq)
		err = b.Set(key8(prefixBlock, e.Block), v[:], nil)
		if err == nil && e.Block%n.cfg.SnapshotEvery == 0 && n.snapshotsUsable() {
			err = n.snapshot(b, e.Block, seq)
		}
	}
	start := time.Now()
	n.lastCommit = start
	if err == nil {
		err = b.Commit(pebble.Sync)
	}
	b.Close()
	took := time.Since(start)
	n.m.fsync.Observe(took.Seconds())
	n.commitNanos.Add(uint64(took))
	if err != nil {
		n.fail(fmt.Errorf("write log entry %d: %w", seq, err), batch)
		return
	}
	var info *BlockInfo
	n.mu.Lock()
	n.seq = seq
	n.fsync++
	if seal {
		n.head = BlockInfo{Number: e.Block, Slot: e.Slot, Time: e.Time, Txs: n.inBlk, Root: e.Root, Fsyncs: n.fsync}
		h := n.head
		info = &h
		n.open = false
		n.m.observeState(n.state)
	}
	n.mu.Unlock()
	n.m.commits.Inc()
	n.commits.Add(1)
	n.applied.Add(uint64(len(e.Txs)))
	if seal {
		n.blocks.Add(1)
	}
	n.m.txs.Add(float64(len(e.Txs)))
	n.m.batch.Observe(float64(len(e.Txs)))
	for i, p := range batch {
		p.done <- receipts[i]
	}
	if seal {
		n.m.blocks.Inc()
		n.m.fsyncsPerBlock.Observe(float64(info.Fsyncs))
	}
	n.publish(Published{Block: e.Block, Slot: e.Slot, Receipts: applied, Sealed: info})
	if seal && n.cfg.AfterSeal != nil {
		n.cfg.AfterSeal(*info)
	}
}

// seal ends the open block (or an empty one) with the system commands of
// the block's end and the state root.
func (n *Node) seal(skip uint64) {
	if n.Err() != nil {
		return
	}
	if n.cfg.Hook != nil {
		n.commitWith(nil, true, skip, n.cfg.Hook.EndBlock)
		return
	}
	n.mu.Lock()
	n.begin(skip)
	skip = 0
	block, slot := n.state.Block(), n.slot
	max := n.state.Params().MaxDepositsPerBlock
	n.mu.Unlock()
	cmds := []protocol.Command{{Kind: protocol.CmdDeposit, Count: max}}
	if n.cfg.EndBlock != nil {
		cmds = append(cmds, n.cfg.EndBlock(block, slot)...)
	}
	batch := make([]*pending, len(cmds))
	for i, c := range cmds {
		batch[i] = &pending{tx: protocol.Tx{Sender: protocol.SystemSender, Cmd: c}, system: true, done: make(chan Receipt, 1)}
	}
	n.commitBatch(batch, true, skip)
}

func (n *Node) fail(err error, batch []*pending) {
	n.log.Error("the transaction log failed; stopping the sequencer", "err", err)
	n.mu.Lock()
	n.err = err
	n.mu.Unlock()
	for _, p := range batch {
		close(p.done)
	}
}

// Subscribe returns a channel of durable log entries. A subscriber that
// falls behind by more than buffer entries is dropped (its channel closed).
func (n *Node) Subscribe(buffer int) (<-chan Published, func()) {
	ch := make(chan Published, buffer)
	n.smu.Lock()
	n.subs[ch] = struct{}{}
	n.smu.Unlock()
	return ch, func() {
		n.smu.Lock()
		if _, ok := n.subs[ch]; ok {
			delete(n.subs, ch)
			close(ch)
		}
		n.smu.Unlock()
	}
}

func (n *Node) publish(p Published) {
	n.smu.Lock()
	defer n.smu.Unlock()
	for ch := range n.subs {
		select {
		case ch <- p:
		default:
			delete(n.subs, ch)
			close(ch)
		}
	}
}

// Receipt looks up an applied transaction by hash in the log.
func (n *Node) Receipt(h common.Hash) (Receipt, bool, error) {
	v, closer, err := n.db.Get(txKey(h))
	if errors.Is(err, pebble.ErrNotFound) {
		return Receipt{}, false, nil
	}
	if err != nil {
		return Receipt{}, false, err
	}
	if len(v) != 12 {
		closer.Close()
		return Receipt{}, false, fmt.Errorf("bad index record for %s", h)
	}
	seq, pos := binary.BigEndian.Uint64(v), binary.BigEndian.Uint32(v[8:])
	closer.Close()
	raw, closer, err := n.db.Get(key8(prefixLog, seq))
	if err != nil {
		return Receipt{}, false, fmt.Errorf("read log entry %d: %w", seq, err)
	}
	defer closer.Close()
	e, err := decodeEntry(raw)
	if err != nil || int(pos) >= len(e.Txs) {
		return Receipt{}, false, fmt.Errorf("log entry %d: %v", seq, err)
	}
	lt := e.Txs[pos]
	tx, err := protocol.DecodeTx(lt.Raw)
	if err != nil {
		return Receipt{}, false, err
	}
	idx := int(e.First) + int(pos)
	return Receipt{Hash: lt.Hash, Block: e.Block, Slot: e.Slot, Index: idx, Sender: tx.Sender, Nonce: tx.Nonce, Kind: tx.Cmd.Kind, Events: lt.Events}, true, nil
}

// Entries counts log entries (for tests and the crash checker).
func (n *Node) Entries() uint64 {
	n.mu.RLock()
	defer n.mu.RUnlock()
	return n.seq
}

// LoadedFromSnapshot is the block of the snapshot the node started from
// (0: it replayed from genesis).
func (n *Node) LoadedFromSnapshot() uint64 { return n.fromSnap }

// SkippedSnapshots says which snapshots the start found unusable (corrupt,
// or without the chain's part) and why, newest first.
func (n *Node) SkippedSnapshots() []string { return append([]string(nil), n.skipped...) }

// snapshotsUsable: snapshots are written and loaded unless a hook that
// cannot be saved drives a chain.
func (n *Node) snapshotsUsable() bool {
	if n.cfg.Hook == nil {
		return true
	}
	sh, ok := n.cfg.Hook.(SnapshotHook)
	if !ok {
		return false
	}
	if c, ok := sh.(interface{ CanSnapshot() bool }); ok {
		return c.CanSnapshot()
	}
	return true
}

// Stats are counters since the node was opened.
type Stats struct {
	Commits uint64 // log entries written, one fsync each
	Blocks  uint64 // blocks sealed
	Applied uint64 // transactions applied (system ones included)
	// CommitTime is the time spent in log commits (writing and fsyncing
	// each entry).
	CommitTime time.Duration
}

// Stats returns the counters.
func (n *Node) Stats() Stats {
	return Stats{Commits: n.commits.Load(), Blocks: n.blocks.Load(), Applied: n.applied.Load(), CommitTime: time.Duration(n.commitNanos.Load())}
}
