package indexer

import (
	"bytes"
	"errors"
	"fmt"

	"github.com/cockroachdb/pebble"
	"github.com/ethereum/go-ethereum/common"
)

// Key prefixes of the store. Every record of a block is written in one
// Pebble batch with the cursor, synced before the cursor is trusted, so a
// block is indexed entirely or not at all (kill -9 included).
const (
	kCursor   = 'c' // the cursor: last indexed block, its hash, the finalized height
	kMeta     = 'm' // the chain id and addresses the store was made for
	kBlock    = 'h' // + block: hash, time, whether it holds logs
	kLog      = 'l' // + pos: a raw log of the pool's contracts
	kUndo     = 'u' // + block: the previous values of the keys an unfinalized block wrote
	kFigures  = 'T' // the pool's figures now
	kPoint    = 'p' // + pos(block, tx, 0): the figures after a transaction that changed them
	kMove     = 'a' // + account + pos(block, tx, 0): an account's movements in a transaction
	kAccount  = 'A' // + account: its shares and wstETH now
	kRequest  = 'q' // + id: a withdrawal request
	kOwned    = 'Q' // + owner + id: an unclaimed request the owner holds
	kOperator = 'o' // + id: an operator
	kProposal = 'g' // + id: a governance proposal
	kGovState = 'G' // the committee's size, threshold and timings
	kReport   = 'r' // + pos of the report's transaction
	kVote     = 'v' // + ref slot + pos: a member's vote
	kFinalize = 'f' // + pos: a finalization batch
	kPause    = 'P' // the emergency pause's ends and its last change
	kBond     = 'b' // + global id: a bonded operator's bond (bonds.go)
)

// store is the indexer's Pebble database.
type store struct {
	db *pebble.DB
}

func openStore(dir string) (*store, error) {
	db, err := pebble.Open(dir, &pebble.Options{Logger: quietLogger{}})
	if err != nil {
		return nil, fmt.Errorf("indexer: open the store in %s: %w", dir, err)
	}
	return &store{db: db}, nil
}

func (s *store) close() error { return s.db.Close() }

// quietLogger keeps Pebble's informational lines out of the service's logs.
type quietLogger struct{}

func (quietLogger) Infof(string, ...any)  {}
func (quietLogger) Errorf(string, ...any) {}
func (quietLogger) Fatalf(format string, args ...any) {
	panic(fmt.Sprintf("pebble: "+format, args...))
}

// get reads a key from r; ok is false when absent.
func get(r pebble.Reader, key []byte) ([]byte, bool, error) {
	v, closer, err := r.Get(key)
	if errors.Is(err, pebble.ErrNotFound) {
		return nil, false, nil
	}
	if err != nil {
		return nil, false, err
	}
	out := bytes.Clone(v)
	closer.Close()
	return out, true, nil
}

// cursor is where the indexer stands.
type cursor struct {
	Block     uint64      // last indexed block (its logs are all in)
	Hash      common.Hash // its hash
	Finalized uint64      // the highest block known final when it was written
	Started   bool        // false until the first range is indexed
}

func (c *cursor) encode() []byte {
	var e enc
	e.u64(c.Block)
	e.hash(c.Hash)
	e.u64(c.Finalized)
	e.boolean(c.Started)
	return e.b
}

func decodeCursor(b []byte) (cursor, error) {
	d := dec{b: b}
	c := cursor{Block: d.u64(), Hash: d.hash(), Finalized: d.u64(), Started: d.boolean()}
	return c, d.done()
}

func (s *store) cursor() (cursor, error) {
	v, ok, err := get(s.db, []byte{kCursor})
	if err != nil || !ok {
		return cursor{}, err
	}
	return decodeCursor(v)
}

// blockInfo is what the store keeps of a block: its hash and time.
type blockInfo struct {
	Hash    common.Hash
	Time    uint64
	HasLogs bool
}

func blockKey(n uint64) []byte { return be64([]byte{kBlock}, n) }

func (b *blockInfo) encode() []byte {
	var e enc
	e.hash(b.Hash)
	e.u64(b.Time)
	e.boolean(b.HasLogs)
	return e.b
}

func decodeBlock(v []byte) (blockInfo, error) {
	d := dec{b: v}
	b := blockInfo{Hash: d.hash(), Time: d.u64(), HasLogs: d.boolean()}
	return b, d.done()
}

// writer is one commit's batch. Within an unfinalized block (track on),
// the first write of each key records the key's previous value, so that
// the block can be rolled back after a reorg.
type writer struct {
	b     *pebble.Batch
	track bool
	block uint64
	seen  map[string]bool
	undo  enc
	n     int // undo entries of the block
}

func (s *store) newWriter() *writer {
	return &writer{b: s.db.NewIndexedBatch()}
}

// beginBlock starts the writes of a block; track records its undo.
func (w *writer) beginBlock(n uint64, track bool) {
	w.block, w.track, w.seen, w.undo, w.n = n, track, map[string]bool{}, enc{}, 0
}

// endBlock stores the block's undo record.
func (w *writer) endBlock() error {
	if w.track && w.n > 0 {
		return w.b.Set(be64([]byte{kUndo}, w.block), w.undo.b, nil)
	}
	return nil
}

func (w *writer) get(key []byte) ([]byte, bool, error) { return get(w.b, key) }

func (w *writer) remember(key []byte) error {
	if !w.track || w.seen[string(key)] {
		return nil
	}
	w.seen[string(key)] = true
	old, ok, err := get(w.b, key)
	if err != nil {
		return err
	}
	w.undo.bytes(key)
	w.undo.boolean(ok)
	if ok {
		w.undo.bytes(old)
	}
	w.n++
	return nil
}

func (w *writer) set(key, val []byte) error {
	if err := w.remember(key); err != nil {
		return err
	}
	return w.b.Set(key, val, nil)
}

func (w *writer) del(key []byte) error {
	if err := w.remember(key); err != nil {
		return err
	}
	return w.b.Delete(key, nil)
}

// commit writes the batch and the cursor atomically and syncs.
func (w *writer) commit(c cursor) error {
	if err := w.b.Set([]byte{kCursor}, c.encode(), nil); err != nil {
		return err
	}
	if err := w.b.Commit(pebble.Sync); err != nil {
		w.b.Close()
		return fmt.Errorf("indexer: commit up to block %d: %w", c.Block, err)
	}
	return w.b.Close()
}

func (w *writer) discard() { w.b.Close() }

// rollback undoes every block above n, newest first, and moves the cursor
// to n (whose hash the caller knows). It fails if a block above n has no
// undo record but wrote data, which cannot happen for blocks indexed while
// unfinalized; a finalized block is never rolled back.
func (s *store) rollback(to cursor) error {
	b := s.db.NewBatch()
	defer b.Close()
	lo := be64([]byte{kUndo}, to.Block+1)
	hi := []byte{kUndo + 1}
	it, err := s.db.NewIter(&pebble.IterOptions{LowerBound: lo, UpperBound: hi})
	if err != nil {
		return err
	}
	var recs [][]byte
	for it.First(); it.Valid(); it.Next() {
		recs = append(recs, bytes.Clone(it.Value()))
		if err := b.Delete(bytes.Clone(it.Key()), nil); err != nil {
			it.Close()
			return err
		}
	}
	if err := it.Close(); err != nil {
		return err
	}
	for i := len(recs) - 1; i >= 0; i-- {
		if err := applyUndo(b, recs[i]); err != nil {
			return err
		}
	}
	// Block records above the cursor carry no data of their own beyond
	// what their undo restores; drop any left (empty unfinalized blocks).
	if err := b.DeleteRange(blockKey(to.Block+1), []byte{kBlock + 1}, nil); err != nil {
		return err
	}
	if err := b.Set([]byte{kCursor}, to.encode(), nil); err != nil {
		return err
	}
	return b.Commit(pebble.Sync)
}

// applyUndo restores one block's previous values, last write first.
func applyUndo(b *pebble.Batch, rec []byte) error {
	type entry struct {
		key, old []byte
		had      bool
	}
	var es []entry
	d := dec{b: rec}
	for len(d.b) > 0 && d.err == nil {
		var e entry
		e.key = d.bytes()
		e.had = d.boolean()
		if e.had {
			e.old = d.bytes()
		}
		es = append(es, e)
	}
	if err := d.done(); err != nil {
		return err
	}
	for i := len(es) - 1; i >= 0; i-- {
		var err error
		if es[i].had {
			err = b.Set(es[i].key, es[i].old, nil)
		} else {
			err = b.Delete(es[i].key, nil)
		}
		if err != nil {
			return err
		}
	}
	return nil
}

// prune forgets the undo records and block hashes of blocks at or below
// the finalized height that hold no logs (they can no longer be rolled
// back), keeping the finalized block's own record.
func (s *store) prune(finalized uint64) error {
	b := s.db.NewBatch()
	defer b.Close()
	if err := b.DeleteRange([]byte{kUndo}, be64([]byte{kUndo}, finalized+1), nil); err != nil {
		return err
	}
	it, err := s.db.NewIter(&pebble.IterOptions{LowerBound: []byte{kBlock}, UpperBound: blockKey(finalized)})
	if err != nil {
		return err
	}
	for it.First(); it.Valid(); it.Next() {
		bi, err := decodeBlock(it.Value())
		if err != nil {
			it.Close()
			return err
		}
		if !bi.HasLogs {
			if err := b.Delete(bytes.Clone(it.Key()), nil); err != nil {
				it.Close()
				return err
			}
		}
	}
	if err := it.Close(); err != nil {
		return err
	}
	return b.Commit(pebble.NoSync) // losing a prune only keeps records longer
}
