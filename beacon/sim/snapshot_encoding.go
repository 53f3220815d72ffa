// The byte encoding of a chain snapshot (snapshot.go): little-endian
// integers, lists as a count and their elements, and the readers that
// refuse a truncated or oversized input.

package sim

import (
	"encoding/binary"
	"errors"
	"fmt"
	"slices"
)

type snapWriter struct{ b []byte }

func (w *snapWriter) u64(v uint64)   { w.b = binary.LittleEndian.AppendUint64(w.b, v) }
func (w *snapWriter) n(n int)        { w.u64(uint64(n)) }
func (w *snapWriter) raw(p []byte)   { w.b = append(w.b, p...) }
func (w *snapWriter) boolean(v bool) { w.b = append(w.b, b2u(v)) }
func (w *snapWriter) bytesv(p []byte) {
	w.n(len(p))
	w.raw(p)
}

func b2u(v bool) byte {
	if v {
		return 1
	}
	return 0
}

func putU64s(w *snapWriter, s []uint64) {
	w.n(len(s))
	for _, v := range s {
		w.u64(v)
	}
}

func putU32s(w *snapWriter, s []uint32) {
	w.n(len(s))
	for _, v := range s {
		w.b = binary.LittleEndian.AppendUint32(w.b, v)
	}
}

func putU16s(w *snapWriter, s []uint16) {
	w.n(len(s))
	for _, v := range s {
		w.b = binary.LittleEndian.AppendUint16(w.b, v)
	}
}

func put48(w *snapWriter, s [][48]byte) {
	w.n(len(s))
	for i := range s {
		w.raw(s[i][:])
	}
}

func put32(w *snapWriter, s [][32]byte) {
	w.n(len(s))
	for i := range s {
		w.raw(s[i][:])
	}
}

func putMap(w *snapWriter, m map[[20]byte]uint64) {
	keys := make([][20]byte, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	slices.SortFunc(keys, func(a, b [20]byte) int { return slices.Compare(a[:], b[:]) })
	w.n(len(keys))
	for _, k := range keys {
		w.raw(k[:])
		w.u64(m[k])
	}
}

type snapReader struct {
	b   []byte
	err error
}

func (r *snapReader) take(n int) []byte {
	if r.err != nil {
		return nil
	}
	if n < 0 || n > len(r.b) {
		r.err = errors.New("truncated")
		return nil
	}
	p := r.b[:n]
	r.b = r.b[n:]
	return p
}

func (r *snapReader) u64() uint64 {
	p := r.take(8)
	if p == nil {
		return 0
	}
	return binary.LittleEndian.Uint64(p)
}

// n reads a count of items of at least size bytes each, bounded by the rest
// of the input so that a corrupt count cannot allocate without bound.
func (r *snapReader) n(size int) int {
	v := r.u64()
	if r.err == nil && v > uint64(len(r.b)/max(size, 1)) {
		r.err = fmt.Errorf("count %d exceeds the remaining input", v)
	}
	if r.err != nil {
		return 0
	}
	return int(v)
}

func (r *snapReader) boolean() bool {
	p := r.take(1)
	if p == nil {
		return false
	}
	if p[0] > 1 {
		r.err = errors.New("bad boolean")
	}
	return p[0] == 1
}

func (r *snapReader) bytesv() []byte { return slices.Clone(r.take(r.n(1))) }

func getU64s(r *snapReader) []uint64 {
	n := r.n(8)
	out := make([]uint64, n)
	for i := range out {
		out[i] = r.u64()
	}
	return out
}

// getList reads a counted list of size-byte items (little-endian
// integers, fixed-size byte arrays) decoded one by one.
func getList[T any](r *snapReader, size int, decode func([]byte) T) []T {
	n := r.n(size)
	p := r.take(size * n)
	out := make([]T, n)
	for i := range out {
		if p != nil {
			out[i] = decode(p[size*i:])
		}
	}
	return out
}

func getU32s(r *snapReader) []uint32 { return getList(r, 4, binary.LittleEndian.Uint32) }

func getU16s(r *snapReader) []uint16 { return getList(r, 2, binary.LittleEndian.Uint16) }

func get48(r *snapReader) [][48]byte {
	return getList(r, 48, func(b []byte) [48]byte { return [48]byte(b) })
}

func get32(r *snapReader) [][32]byte {
	return getList(r, 32, func(b []byte) [32]byte { return [32]byte(b) })
}

// depositSize is a deposit's encoded size (putDeposit).
const depositSize = 48 + 32 + 8 + 96

// putDeposit writes a deposit's fields (a PendingDeposit's, without its
// slot, too).
func putDeposit(w *snapWriter, d Deposit) {
	w.raw(d.Pubkey[:])
	w.raw(d.WithdrawalCredentials[:])
	w.u64(d.Amount)
	w.raw(d.Signature[:])
}

func getDeposit(r *snapReader) Deposit {
	var d Deposit
	copy(d.Pubkey[:], r.take(48))
	copy(d.WithdrawalCredentials[:], r.take(32))
	d.Amount = r.u64()
	copy(d.Signature[:], r.take(96))
	return d
}

func getMap(r *snapReader) map[[20]byte]uint64 {
	n := r.n(28)
	m := make(map[[20]byte]uint64, n)
	for i := 0; i < n && r.err == nil; i++ {
		var k [20]byte
		copy(k[:], r.take(20))
		m[k] = r.u64()
	}
	return m
}

func putBools(w *snapWriter, s []bool) {
	w.n(len(s))
	for _, v := range s {
		w.boolean(v)
	}
}

func getBools(r *snapReader) []bool {
	n := r.n(1)
	out := make([]bool, n)
	for i := range out {
		out[i] = r.boolean()
	}
	return out
}

func putCheckpoint(w *snapWriter, c Checkpoint) {
	w.u64(c.Epoch)
	w.raw(c.Root[:])
}

func getCheckpoint(r *snapReader) Checkpoint {
	var c Checkpoint
	c.Epoch = r.u64()
	copy(c.Root[:], r.take(32))
	return c
}
