package indexer

import (
	"encoding/binary"
	"errors"

	"github.com/ethereum/go-ethereum/common"
	"github.com/holiman/uint256"
)

// The store's records are written with enc and read with dec: unsigned
// varints, length-prefixed bytes, integers of up to 256 bits as their
// minimal big-endian bytes. A record that does not decode is an error
// (errCorrupt), never a zero value.

var errCorrupt = errors.New("indexer: corrupt record")

type enc struct{ b []byte }

func (e *enc) u64(v uint64)          { e.b = binary.AppendUvarint(e.b, v) }
func (e *enc) bytes(v []byte)        { e.u64(uint64(len(v))); e.b = append(e.b, v...) }
func (e *enc) str(v string)          { e.u64(uint64(len(v))); e.b = append(e.b, v...) }
func (e *enc) addr(a common.Address) { e.b = append(e.b, a[:]...) }
func (e *enc) hash(h common.Hash)    { e.b = append(e.b, h[:]...) }
func (e *enc) boolean(v bool) {
	if v {
		e.b = append(e.b, 1)
	} else {
		e.b = append(e.b, 0)
	}
}
func (e *enc) u256(v *uint256.Int) {
	var buf [32]byte
	v.WriteToSlice(buf[:])
	i := 0
	for i < 32 && buf[i] == 0 {
		i++
	}
	e.b = append(e.b, byte(32-i))
	e.b = append(e.b, buf[i:]...)
}

type dec struct {
	b   []byte
	err error
}

func (d *dec) fail() { d.err = errCorrupt; d.b = nil }

func (d *dec) u64() uint64 {
	if d.err != nil {
		return 0
	}
	v, n := binary.Uvarint(d.b)
	if n <= 0 {
		d.fail()
		return 0
	}
	d.b = d.b[n:]
	return v
}

func (d *dec) take(n uint64) []byte {
	if d.err != nil {
		return nil
	}
	if uint64(len(d.b)) < n {
		d.fail()
		return nil
	}
	v := d.b[:n]
	d.b = d.b[n:]
	return v
}

func (d *dec) bytes() []byte { return append([]byte(nil), d.take(d.u64())...) }
func (d *dec) str() string   { return string(d.take(d.u64())) }
func (d *dec) addr() (a common.Address) {
	copy(a[:], d.take(20))
	return a
}
func (d *dec) hash() (h common.Hash) {
	copy(h[:], d.take(32))
	return h
}
func (d *dec) boolean() bool {
	v := d.take(1)
	if len(v) == 1 && v[0] > 1 {
		d.fail()
	}
	return len(v) == 1 && v[0] == 1
}
func (d *dec) u256() (v uint256.Int) {
	n := d.take(1)
	if len(n) == 0 || n[0] > 32 {
		d.fail()
		return
	}
	v.SetBytes(d.take(uint64(n[0])))
	return
}

// done reports the decoding error, or errCorrupt when bytes are left over.
func (d *dec) done() error {
	if d.err == nil && len(d.b) != 0 {
		return errCorrupt
	}
	return d.err
}

// Keys: a one-byte prefix and big-endian numbers, so that iteration order
// is block order.

func be64(b []byte, v uint64) []byte { return binary.BigEndian.AppendUint64(b, v) }
func be32(b []byte, v uint32) []byte { return binary.BigEndian.AppendUint32(b, v) }

// pos is a log's position: block, transaction index, log index.
type pos struct {
	Block uint64
	Tx    uint32
	Log   uint32
}

func (p pos) append(b []byte) []byte { return be32(be32(be64(b, p.Block), p.Tx), p.Log) }

func readPos(b []byte) (pos, bool) {
	if len(b) < 16 {
		return pos{}, false
	}
	return pos{binary.BigEndian.Uint64(b), binary.BigEndian.Uint32(b[8:]), binary.BigEndian.Uint32(b[12:])}, true
}

// less orders positions.
func (p pos) less(q pos) bool {
	if p.Block != q.Block {
		return p.Block < q.Block
	}
	if p.Tx != q.Tx {
		return p.Tx < q.Tx
	}
	return p.Log < q.Log
}
