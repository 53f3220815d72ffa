package node

import (
	"encoding/binary"
	"errors"
	"fmt"
	"hash/crc32"

	"github.com/ethereum/go-ethereum/common"

	"github.com/stakepool/stakepool/protocol"
)

// An entry is one record of the transaction log, written in one Pebble
// batch with one fsync. A block is one or more entries with its number:
// zero or more batches of applied transactions, then a seal that carries
// the system transactions of the block's end (the deposit step) and the
// state root. Only applied transactions are logged; rejected ones changed
// nothing.
//
// Encoding (big-endian):
//
//	version u8 (1) | flags u8 (bit 0: seal) | block u64 | slot u64 | time u64 (unix ms)
//	first u32 (index in the block of the first transaction) |
//	count u32 | count × { len u32 | protocol.EncodeTx | hash [32] | events }
//	[seal: root [32]]
//	crc32c u32 over everything before it
//
// events: count u16, each: kind u8 | present u8 (bit per non-zero field:
// from, to, amount, shares, operator, index, count) | the present fields.
type entry struct {
	Seal  bool
	Block uint64
	Slot  uint64
	Time  uint64 // unix milliseconds, informative only
	First uint32 // index in the block of Txs[0]
	Txs   []loggedTx
	Root  common.Hash // seals only
}

type loggedTx struct {
	Raw    []byte // protocol.EncodeTx
	Hash   common.Hash
	Events []protocol.Event
}

const entryVersion = 1

var crcTable = crc32.MakeTable(crc32.Castagnoli)

func (e *entry) encode(buf []byte) []byte {
	buf = append(buf[:0], entryVersion, 0)
	if e.Seal {
		buf[1] = 1
	}
	buf = binary.BigEndian.AppendUint64(buf, e.Block)
	buf = binary.BigEndian.AppendUint64(buf, e.Slot)
	buf = binary.BigEndian.AppendUint64(buf, e.Time)
	buf = binary.BigEndian.AppendUint32(buf, e.First)
	buf = binary.BigEndian.AppendUint32(buf, uint32(len(e.Txs)))
	for i := range e.Txs {
		t := &e.Txs[i]
		buf = binary.BigEndian.AppendUint32(buf, uint32(len(t.Raw)))
		buf = append(buf, t.Raw...)
		buf = append(buf, t.Hash[:]...)
		buf = appendEvents(buf, t.Events)
	}
	if e.Seal {
		buf = append(buf, e.Root[:]...)
	}
	return binary.BigEndian.AppendUint32(buf, crc32.Checksum(buf, crcTable))
}

func appendEvents(buf []byte, evs []protocol.Event) []byte {
	buf = binary.BigEndian.AppendUint16(buf, uint16(len(evs)))
	for i := range evs {
		ev := &evs[i]
		var present byte
		if ev.From != (common.Address{}) {
			present |= 1
		}
		if ev.To != (common.Address{}) {
			present |= 2
		}
		if !ev.Amount.IsZero() {
			present |= 4
		}
		if !ev.Shares.IsZero() {
			present |= 8
		}
		if ev.Operator != 0 {
			present |= 16
		}
		if ev.Index != 0 {
			present |= 32
		}
		if ev.Count != 0 {
			present |= 64
		}
		buf = append(buf, byte(ev.Kind), present)
		if present&1 != 0 {
			buf = append(buf, ev.From[:]...)
		}
		if present&2 != 0 {
			buf = append(buf, ev.To[:]...)
		}
		if present&4 != 0 {
			b := ev.Amount.Bytes32()
			buf = append(buf, b[:]...)
		}
		if present&8 != 0 {
			b := ev.Shares.Bytes32()
			buf = append(buf, b[:]...)
		}
		if present&16 != 0 {
			buf = binary.BigEndian.AppendUint32(buf, uint32(ev.Operator))
		}
		if present&32 != 0 {
			buf = binary.BigEndian.AppendUint64(buf, ev.Index)
		}
		if present&64 != 0 {
			buf = binary.BigEndian.AppendUint64(buf, ev.Count)
		}
	}
	return buf
}

var errShort = errors.New("truncated entry")

type reader struct {
	b   []byte
	err error
}

func (r *reader) take(n int) []byte {
	if r.err != nil || n < 0 || len(r.b) < n {
		r.err = errShort
		return make([]byte, max(n, 0))
	}
	out := r.b[:n]
	r.b = r.b[n:]
	return out
}

func (r *reader) u8() byte      { return r.take(1)[0] }
func (r *reader) u16() uint16   { return binary.BigEndian.Uint16(r.take(2)) }
func (r *reader) u32() uint32   { return binary.BigEndian.Uint32(r.take(4)) }
func (r *reader) u64() uint64   { return binary.BigEndian.Uint64(r.take(8)) }
func (r *reader) b32() [32]byte { return [32]byte(r.take(32)) }
func (r *reader) addr() common.Address {
	return common.Address(r.take(20))
}

// decodeEntry checks the checksum and parses an entry.
func decodeEntry(b []byte) (*entry, error) {
	if len(b) < 4+2+24+4+4 {
		return nil, fmt.Errorf("entry of %d bytes is too short", len(b))
	}
	body, sum := b[:len(b)-4], binary.BigEndian.Uint32(b[len(b)-4:])
	if crc32.Checksum(body, crcTable) != sum {
		return nil, errors.New("checksum mismatch")
	}
	r := &reader{b: body}
	if v := r.u8(); v != entryVersion {
		return nil, fmt.Errorf("unknown entry version %d", v)
	}
	flags := r.u8()
	e := &entry{Seal: flags&1 != 0, Block: r.u64(), Slot: r.u64(), Time: r.u64(), First: r.u32()}
	n := r.u32()
	if uint64(n) > uint64(len(r.b)) {
		return nil, fmt.Errorf("entry claims %d transactions", n)
	}
	e.Txs = make([]loggedTx, n)
	for i := range e.Txs {
		t := &e.Txs[i]
		t.Raw = r.take(int(r.u32()))
		t.Hash = r.b32()
		ne := int(r.u16())
		if ne > len(r.b) {
			return nil, fmt.Errorf("transaction %d claims %d events", i, ne)
		}
		t.Events = make([]protocol.Event, ne)
		for j := range t.Events {
			ev := &t.Events[j]
			ev.Kind = protocol.EventKind(r.u8())
			p := r.u8()
			if p&1 != 0 {
				ev.From = r.addr()
			}
			if p&2 != 0 {
				ev.To = r.addr()
			}
			if p&4 != 0 {
				x := r.b32()
				ev.Amount.SetBytes32(x[:])
			}
			if p&8 != 0 {
				x := r.b32()
				ev.Shares.SetBytes32(x[:])
			}
			if p&16 != 0 {
				ev.Operator = protocol.OperatorID(r.u32())
			}
			if p&32 != 0 {
				ev.Index = r.u64()
			}
			if p&64 != 0 {
				ev.Count = r.u64()
			}
		}
	}
	if e.Seal {
		e.Root = r.b32()
	}
	if r.err != nil {
		return nil, r.err
	}
	if len(r.b) != 0 {
		return nil, fmt.Errorf("%d trailing bytes", len(r.b))
	}
	return e, nil
}
