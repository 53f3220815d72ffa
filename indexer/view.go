package indexer

import (
	"fmt"

	"github.com/cockroachdb/pebble"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
)

// View is a consistent reading of the store: every method sees the store
// as of the moment the view was taken. Close it when done.
type View struct {
	snap    *pebble.Snapshot
	Head    Head
	Figures Figures
}

// View takes a view of the store.
func (ix *Indexer) View() (*View, error) {
	snap := ix.st.db.NewSnapshot()
	v := &View{snap: snap}
	c, ok, err := get(snap, []byte{kCursor})
	if err == nil && ok {
		var cur cursor
		if cur, err = decodeCursor(c); err == nil {
			v.Head = Head(cur)
		}
	}
	if err == nil {
		var f []byte
		if f, ok, err = get(snap, []byte{kFigures}); err == nil && ok {
			v.Figures, err = decodeFigures(f)
		}
	}
	if err != nil {
		snap.Close()
		return nil, fmt.Errorf("indexer: reading the store: %w", err)
	}
	return v, nil
}

// Close releases the view.
func (v *View) Close() { v.snap.Close() }

// scan calls f for keys in [lo, hi), ascending, at most limit (0: all).
func (v *View) scan(lo, hi []byte, limit int, f func(k, val []byte) error) error {
	it, err := v.snap.NewIter(&pebble.IterOptions{LowerBound: lo, UpperBound: hi})
	if err != nil {
		return err
	}
	n := 0
	for it.First(); it.Valid() && (limit <= 0 || n < limit); it.Next() {
		if err := f(it.Key(), it.Value()); err != nil {
			it.Close()
			return err
		}
		n++
	}
	return it.Close()
}

// scanReverse is scan, descending.
func (v *View) scanReverse(lo, hi []byte, limit int, f func(k, val []byte) error) error {
	it, err := v.snap.NewIter(&pebble.IterOptions{LowerBound: lo, UpperBound: hi})
	if err != nil {
		return err
	}
	n := 0
	for it.Last(); it.Valid() && (limit <= 0 || n < limit); it.Prev() {
		if err := f(it.Key(), it.Value()); err != nil {
			it.Close()
			return err
		}
		n++
	}
	return it.Close()
}

// Account reads an account's holdings.
func (v *View) Account(a common.Address) (Account, error) {
	b, ok, err := get(v.snap, accountKey(a))
	if err != nil || !ok {
		return Account{}, err
	}
	return decodeAccount(b)
}

// Moves lists an account's movements, oldest first.
func (v *View) Moves(a common.Address) ([]TxMoves, error) {
	lo := append([]byte{kMove}, a[:]...)
	var out []TxMoves
	err := v.scan(lo, prefixEnd(lo), 0, func(_, b []byte) error {
		t, err := decodeTxMoves(b)
		out = append(out, t)
		return err
	})
	return out, err
}

// Points lists the figures after each transaction that changed them, from
// block from on, oldest first, at most limit (0: all).
func (v *View) Points(from uint64, limit int) ([]Point, error) {
	var out []Point
	err := v.scan(be64([]byte{kPoint}, from), []byte{kPoint + 1}, limit, func(_, b []byte) error {
		p, err := decodePoint(b)
		out = append(out, p)
		return err
	})
	return out, err
}

// PointBefore is the last point strictly before position (block, tx);
// ok is false when there is none (the pool's deployment comes first).
func (v *View) PointBefore(block uint64, tx uint32) (Point, bool, error) {
	var p Point
	found := false
	err := v.scanReverse([]byte{kPoint}, pos{Block: block, Tx: tx}.append([]byte{kPoint}), 1, func(_, b []byte) error {
		var err error
		p, err = decodePoint(b)
		found = true
		return err
	})
	return p, found, err
}

// PointAt is the point of transaction (block, tx), if it changed the figures.
func (v *View) PointAt(block uint64, tx uint32) (Point, bool, error) {
	b, ok, err := get(v.snap, pos{Block: block, Tx: tx}.append([]byte{kPoint}))
	if err != nil || !ok {
		return Point{}, ok, err
	}
	p, err := decodePoint(b)
	return p, err == nil, err
}

// BlockTime is the timestamp of a block the store holds.
func (v *View) BlockTime(n uint64) (uint64, bool, error) {
	b, ok, err := get(v.snap, blockKey(n))
	if err != nil || !ok {
		return 0, ok, err
	}
	bi, err := decodeBlock(b)
	return bi.Time, err == nil, err
}

// LoggedEvent is an indexed log and its decoding.
type LoggedEvent struct {
	Log     types.Log
	Time    uint64
	Event   Event
	Decoded bool
}

// Logs lists the logs after position (block, tx, log) (exclusive), oldest
// first, at most limit.
func (v *View) Logs(after Position, limit int, dec func(*types.Log) (Event, bool)) ([]LoggedEvent, error) {
	lo := pos(after).append([]byte{kLog})
	lo = append(lo, 0) // strictly after
	var out []LoggedEvent
	var lastBlock uint64
	var lastTime uint64
	err := v.scan(lo, []byte{kLog + 1}, limit, func(k, b []byte) error {
		p, ok := readPos(k[1:])
		if !ok {
			return errCorrupt
		}
		l, err := decodeLog(p, b)
		if err != nil {
			return err
		}
		if p.Block != lastBlock || lastTime == 0 {
			lastBlock = p.Block
			if lastTime, _, err = v.BlockTime(p.Block); err != nil {
				return err
			}
		}
		l.BlockHash = common.Hash{}
		e := LoggedEvent{Log: l, Time: lastTime}
		e.Event, e.Decoded = dec(&l)
		out = append(out, e)
		return nil
	})
	return out, err
}

// Position is a log's place in the chain.
type Position struct {
	Block uint64
	Tx    uint32
	Log   uint32
}

// Decode decodes a log of the followed contracts.
func (ix *Indexer) Decode(l *types.Log) (Event, bool) { return ix.dec.decode(l) }
