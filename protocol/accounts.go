package protocol

import (
	"encoding/binary"
	"hash/maphash"
	"math/bits"
)

// Where the accounts live. A pool has millions of holders and a transfer
// touches two of them at random, so the layout is built for that: every
// account is a fixed-size record (Account, its address inside) in pages of
// accountPageSize records that never move once allocated (a *Account stays
// valid for the state's life, as the rules expect), numbered densely in
// order of creation (the slot); an open-addressing index maps an address
// to its slot. A lookup reads one index word, then the record itself: two
// cache lines, no pointer per holder, nothing for the collector to scan
// (Account has no pointers; allowances are kept apart, in State). Accounts
// are never deleted.
//
// The index is a power-of-two table of uint32 entries, linear probing,
// filled at most 3/4: an entry is 0 (empty) or slot+1 in its low `bits`
// bits and a tag — more bits of the address's hash — above them, so that a
// probe that lands on another address's entry almost never reads that
// account. The hash is hash/maphash, seeded per process: it decides only
// where entries sit in the table, never an outcome (everything that
// iterates uses slot or address order), and a seed nobody can predict
// keeps crafted addresses from piling up in one run of the table. The
// mixing itself is two 64×64→128-bit multiplications of the address's
// words with seeded keys (as wyhash): a few nanoseconds, which matters at
// two lookups a transfer.
//
// Memory: 136 bytes an account, plus 4 / load bytes of index (≈ 6.7 at
// 10M accounts), plus 4 bytes of the encoding's order cache (snapshot.go).

const (
	accountPageBits = 12
	accountPageSize = 1 << accountPageBits
	accountPageMask = accountPageSize - 1
)

type accountStore struct {
	keys  [4]uint64 // the hash's seeded keys
	pages []*[accountPageSize]Account
	n     uint32   // accounts stored: slots 0..n-1
	index []uint32 // 0, or (slot+1) | tag<<bits
	bits  uint     // len(index) == 1<<bits
}

func newAccountStore() accountStore {
	const bits = 10
	st := accountStore{index: make([]uint32, 1<<bits), bits: bits}
	seed := maphash.MakeSeed()
	for i := range st.keys {
		st.keys[i] = maphash.Bytes(seed, []byte{byte(i)}) | 1
	}
	return st
}

// len is the number of accounts.
func (st *accountStore) len() int { return int(st.n) }

// at is the account in slot i (i < len).
func (st *accountStore) at(i uint32) *Account {
	return &st.pages[i>>accountPageBits][i&accountPageMask]
}

func (st *accountStore) hash(a *Address) uint64 {
	w0 := binary.LittleEndian.Uint64(a[0:8])
	w1 := binary.LittleEndian.Uint64(a[8:16])
	w2 := uint64(binary.LittleEndian.Uint32(a[16:20]))
	hi, lo := bits.Mul64(w0^st.keys[0], w1^st.keys[1])
	hi, lo = bits.Mul64(hi^lo^st.keys[2], w2^st.keys[3])
	return hi ^ lo
}

// sameAddr is a == b, word by word (the compiler calls memequal for a
// 20-byte array).
func sameAddr(a, b *Address) bool {
	return binary.LittleEndian.Uint64(a[0:8]) == binary.LittleEndian.Uint64(b[0:8]) &&
		binary.LittleEndian.Uint64(a[8:16]) == binary.LittleEndian.Uint64(b[8:16]) &&
		binary.LittleEndian.Uint32(a[16:20]) == binary.LittleEndian.Uint32(b[16:20])
}

// isZeroAddr is a == Address{}, word by word.
func isZeroAddr(a *Address) bool {
	return binary.LittleEndian.Uint64(a[0:8])|binary.LittleEndian.Uint64(a[8:16])|uint64(binary.LittleEndian.Uint32(a[16:20])) == 0
}

// tagOf is the part of a hash stored above the slot in an index entry.
func (st *accountStore) tagOf(h uint64) uint32 { return uint32(h>>32) >> st.bits }

// find returns a's account, or nil. It only reads.
func (st *accountStore) find(a *Address) *Account {
	h := st.hash(a)
	mask := uint64(len(st.index) - 1)
	low := uint32(mask)
	tag := st.tagOf(h)
	for p := h & mask; ; p = (p + 1) & mask {
		e := st.index[p]
		if e == 0 {
			return nil
		}
		if e>>st.bits == tag {
			if acc := st.at(e&low - 1); sameAddr(&acc.addr, a) {
				return acc
			}
		}
	}
}

// insert adds an empty account for a, which must not be stored yet, and
// returns it with its slot.
func (st *accountStore) insert(a *Address) (*Account, uint32) {
	if 4*(uint64(st.n)+1) > 3*uint64(len(st.index)) {
		st.grow()
	}
	slot := st.n
	if slot>>accountPageBits == uint32(len(st.pages)) {
		st.pages = append(st.pages, new([accountPageSize]Account))
	}
	st.n++
	acc := st.at(slot)
	acc.addr = *a
	st.place(st.hash(a), slot)
	return acc, slot
}

// place puts slot's entry at the first free position of its probe run.
func (st *accountStore) place(h uint64, slot uint32) {
	mask := uint64(len(st.index) - 1)
	p := h & mask
	for st.index[p] != 0 {
		p = (p + 1) & mask
	}
	st.index[p] = (slot + 1) | st.tagOf(h)<<st.bits
}

// grow doubles the index and places every account again.
func (st *accountStore) grow() {
	st.bits++
	st.index = make([]uint32, 1<<st.bits)
	for i := uint32(0); i < st.n; i++ {
		st.place(st.hash(&st.at(i).addr), i)
	}
}
