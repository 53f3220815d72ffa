package node

import (
	"encoding/binary"
	"errors"
	"fmt"

	"github.com/cockroachdb/pebble"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/stakepool/stakepool/protocol"
)

// Snapshots. Every SnapshotEvery blocks the seal's log batch also holds the
// encoded state (key S‖block → seq of the seal ‖ root ‖ state) and, with a
// SnapshotHook (the devnet's chain), the hook's snapshot (key C‖block →
// keccak-256 of the data ‖ data), so a start loads the newest snapshot and
// replays only the entries after it. Only the Config.SnapshotsKept newest
// of each are kept (hook snapshots are large: the whole simulated chain).
// The state encoding
// belongs to the protocol package; until it provides one (unmarshalState
// nil, or a State without MarshalBinary) the node replays from genesis.

type stateMarshaler interface {
	MarshalBinary() ([]byte, error)
}

// unmarshalState decodes a snapshot; wire protocol.UnmarshalState here.
var unmarshalState = protocol.UnmarshalState

func (n *Node) snapshot(b *pebble.Batch, block, seq uint64) error {
	m, ok := any(n.state).(stateMarshaler)
	if !ok || unmarshalState == nil {
		return nil
	}
	st, err := m.MarshalBinary()
	if err != nil {
		return fmt.Errorf("snapshot block %d: %w", block, err)
	}
	root := n.state.Root()
	v := make([]byte, 0, 40+len(st))
	v = binary.BigEndian.AppendUint64(v, seq)
	v = append(v, root[:]...)
	v = append(v, st...)
	if err := b.Set(key8(prefixSnap, block), v, nil); err != nil {
		return err
	}
	if err := n.prune(b, prefixSnap, block); err != nil {
		return err
	}
	sh, ok := n.cfg.Hook.(SnapshotHook)
	if !ok {
		return nil
	}
	data, err := sh.SnapshotHook(block)
	if err != nil {
		// The pool's snapshot stands; a start falls back to an older one
		// with the chain's part, or to genesis.
		n.log.Warn("chain snapshot not written", "block", block, "err", err)
		return nil
	}
	sum := crypto.Keccak256(data)
	if err := b.Set(key8(prefixHook, block), append(sum, data...), nil); err != nil {
		return err
	}
	return n.prune(b, prefixHook, block)
}

// prune deletes, in b (the batch writing the snapshot of block), the
// snapshots under prefix older than the SnapshotsKept newest: the one of
// block and the SnapshotsKept-1 newest before it in the store.
func (n *Node) prune(b *pebble.Batch, prefix byte, block uint64) error {
	it, err := n.db.NewIter(&pebble.IterOptions{LowerBound: []byte{prefix}, UpperBound: key8(prefix, block)})
	if err != nil {
		return err
	}
	defer it.Close()
	kept := 1
	for it.Last(); it.Valid(); it.Prev() {
		if kept == n.cfg.SnapshotsKept {
			// it.Key() and everything before it goes.
			end := append([]byte(nil), it.Key()...)
			return b.DeleteRange([]byte{prefix}, append(end, 0), nil)
		}
		kept++
	}
	return it.Error()
}

// loadSnapshot starts r from the newest snapshot whose root checks out
// (and, with a SnapshotHook, whose hook snapshot checks out and restores).
// Snapshots found unusable are noted in r.skipped.
func loadSnapshot(db *pebble.DB, r *replayResult, hook Hook) error {
	sh, _ := hook.(SnapshotHook)
	if unmarshalState == nil {
		return nil
	}
	it, err := db.NewIter(&pebble.IterOptions{LowerBound: []byte{prefixSnap}, UpperBound: []byte{prefixSnap + 1}})
	if err != nil {
		return err
	}
	defer it.Close()
	for it.Last(); it.Valid(); it.Prev() {
		val := it.Value()
		k := it.Key()
		if len(val) < 40 || len(k) != 9 {
			r.skipped = append(r.skipped, fmt.Sprintf("snapshot key %x: truncated", k))
			continue
		}
		block := binary.BigEndian.Uint64(k[1:])
		skip := func(format string, a ...any) {
			r.skipped = append(r.skipped, fmt.Sprintf("snapshot of block %d: ", block)+fmt.Sprintf(format, a...))
		}
		seq := binary.BigEndian.Uint64(val)
		root := common.BytesToHash(val[8:40])
		st, err := unmarshalState(val[40:])
		if err != nil {
			skip("%v", err)
			continue
		}
		if got := st.Root(); got != root {
			skip("state root %s, %s recorded", got, root)
			continue
		}
		raw, closer, err := db.Get(key8(prefixLog, seq))
		if err != nil {
			skip("its seal (entry %d) is missing", seq)
			continue
		}
		e, err := decodeEntry(raw)
		closer.Close()
		if err != nil || !e.Seal || e.Root != root || e.Block != st.Block() || e.Block != block {
			skip("does not match its seal (entry %d)", seq)
			continue
		}
		if sh != nil {
			hv, closer, err := db.Get(key8(prefixHook, block))
			if err != nil {
				skip("no chain snapshot")
				continue
			}
			data := append([]byte(nil), hv...)
			closer.Close()
			if len(data) < 32 || common.BytesToHash(crypto.Keccak256(data[32:])) != common.BytesToHash(data[:32]) {
				skip("chain snapshot checksum mismatch")
				continue
			}
			if err := sh.RestoreHook(st, block, data[32:]); err != nil {
				if errors.Is(err, ErrHookUnchanged) {
					skip("chain snapshot: %v", err)
					continue
				}
				return fmt.Errorf("restore the chain from the snapshot of block %d: %w", block, err)
			}
		}
		r.state, r.seq, r.goodSeq, r.fromSnapshot = st, seq, seq, e.Block
		r.head = BlockInfo{Number: e.Block, Slot: e.Slot, Time: e.Time, Root: root}
		r.slot = e.Slot
		return nil
	}
	return nil
}
