package protocol

import (
	"math/rand/v2"
	"testing"
	"unsafe"

	"github.com/holiman/uint256"
)

// TestAccountStore: 300,000 random addresses and 300,000 that differ from
// each other in one byte only are found after the index has grown many
// times, addresses never stored are not found, and an account's pointer
// taken when it was created still reaches the same record after every
// growth (the rules hold *Account across the creation of others).
func TestAccountStore(t *testing.T) {
	st := newAccountStore()
	r := rand.New(rand.NewPCG(5, 6))
	var addrs []Address
	var first []*Account
	for i := 0; i < 600_000; i++ {
		var a Address
		if i%2 == 0 {
			for j := range a {
				a[j] = byte(r.Uint32())
			}
		} else {
			a[19], a[18], a[17] = byte(i), byte(i>>8), byte(i>>16) // addresses alike but for their last bytes
		}
		if st.find(&a) != nil {
			t.Fatalf("%d: %s found before it was stored", i, a)
		}
		acc, slot := st.insert(&a)
		if slot != uint32(i) || st.at(slot) != acc {
			t.Fatalf("%d: slot %d", i, slot)
		}
		acc.Nonce = uint64(i)
		acc.Shares.SetUint64(uint64(i) * 7)
		addrs = append(addrs, a)
		if i < 1000 {
			first = append(first, acc)
		}
	}
	if st.len() != len(addrs) || 4*st.len() > 3*len(st.index) {
		t.Fatalf("%d accounts in an index of %d", st.len(), len(st.index))
	}
	for i := range addrs {
		acc := st.find(&addrs[i])
		if acc == nil || acc.Nonce != uint64(i) || !acc.Shares.Eq(uint256.NewInt(uint64(i)*7)) || acc.addr != addrs[i] {
			t.Fatalf("%d: %s not found with its record", i, addrs[i])
		}
	}
	for i, acc := range first {
		if acc != st.find(&addrs[i]) {
			t.Fatalf("account %d moved", i)
		}
	}
	for i := 0; i < 100_000; i++ {
		var a Address
		for j := range a {
			a[j] = byte(r.Uint32())
		}
		a[0] ^= 0x5a // not among the random ones drawn above (they came from another point of the stream)
		if acc := st.find(&a); acc != nil && acc.addr != a {
			t.Fatalf("%s found as %s", a, acc.addr)
		}
	}
}

// TestAccountLayout: the record is 136 bytes, 8-aligned, with the address,
// nonce, inflow mark and shares in its first 72 bytes — what the
// prefetches of ApplyTxs (batch.go) assume.
func TestAccountLayout(t *testing.T) {
	var a Account
	if unsafe.Sizeof(a) != 136 || unsafe.Alignof(a) != 8 {
		t.Fatalf("Account is %d bytes, aligned to %d", unsafe.Sizeof(a), unsafe.Alignof(a))
	}
	if end := unsafe.Offsetof(a.Shares) + unsafe.Sizeof(a.Shares); end > 72 || unsafe.Offsetof(a.addr) >= 72 || unsafe.Offsetof(a.Nonce) >= 72 || unsafe.Offsetof(a.LastInflow) >= 72 {
		t.Fatalf("the transfer's fields end at %d", end)
	}
}
