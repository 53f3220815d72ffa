package node

import (
	"encoding/binary"
	"fmt"

	"github.com/cockroachdb/pebble"
	"github.com/ethereum/go-ethereum/common"

	"github.com/stakepool/stakepool/protocol"
)

// Snapshots. Every SnapshotEvery blocks the seal's log batch also holds the
// encoded state (key S‖block → seq of the seal ‖ root ‖ state), so a start
// loads the newest snapshot and replays only the entries after it. The
// state encoding belongs to the protocol package; until it provides one
// (unmarshalState nil, or a State without MarshalBinary) the node replays
// from genesis.

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
	return b.Set(key8(prefixSnap, block), v, nil)
}

// loadSnapshot starts r from the newest snapshot whose root checks out.
func loadSnapshot(db *pebble.DB, v protocol.DepositVerifier, r *replayResult) error {
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
		if len(val) < 40 {
			continue
		}
		seq := binary.BigEndian.Uint64(val)
		root := common.BytesToHash(val[8:40])
		st, err := unmarshalState(val[40:], v)
		if err != nil || st.Root() != root {
			continue
		}
		raw, closer, err := db.Get(key8(prefixLog, seq))
		if err != nil {
			continue
		}
		e, err := decodeEntry(raw)
		closer.Close()
		if err != nil || !e.Seal || e.Root != root || e.Block != st.Block() {
			continue
		}
		r.state, r.seq, r.goodSeq, r.fromSnapshot = st, seq, seq, e.Block
		r.head = BlockInfo{Number: e.Block, Slot: e.Slot, Time: e.Time, Root: root}
		r.slot = e.Slot
		return nil
	}
	return nil
}
