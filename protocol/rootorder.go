package protocol

import (
	"slices"
	"sync"
	"sync/atomic"
)

// accountOrder keeps the accounts in ascending address order for the
// canonical encoding (MarshalBinary, and so Root), so that an encoding
// does not sort and look up every account again: only the accounts
// created since the previous encoding are sorted and merged in. The
// encoding, and so the root, is exactly the one a full sort gives. It is
// a cache: State.account notes every account it creates; any other
// insertion into the map (a decoded snapshot) shows as a count mismatch
// and the order is rebuilt from the map. Accounts are never deleted and
// their pointers never replaced, so cached pointers stay valid. Its own
// lock makes encodings safe to run alongside each other (as before: an
// encoding only reads the state).
type accountOrder struct {
	mu     sync.Mutex
	sorted []orderedAccount
	added  []Address // created since the last encoding, in creation order
	// lastLen is the length of the last encoding (a capacity hint).
	lastLen atomic.Int64
}

type orderedAccount struct {
	addr Address
	acc  *Account
}

// noteCreated records a new account (State.account, the state's writer).
func (s *State) noteCreated(a Address) { s.order.added = append(s.order.added, a) }

// withOrderedAccounts runs f with every account in ascending address
// order (empty ones included).
func (s *State) withOrderedAccounts(f func([]orderedAccount)) {
	o := &s.order
	o.mu.Lock()
	defer o.mu.Unlock()
	switch {
	case len(o.sorted)+len(o.added) != len(s.accounts):
		o.sorted = o.sorted[:0]
		for a, acc := range s.accounts {
			o.sorted = append(o.sorted, orderedAccount{a, acc})
		}
		slices.SortFunc(o.sorted, func(x, y orderedAccount) int { return compareAddr(x.addr, y.addr) })
	case len(o.added) > 0:
		add := make([]orderedAccount, len(o.added))
		for i, a := range o.added {
			add[i] = orderedAccount{a, s.accounts[a]}
		}
		slices.SortFunc(add, func(x, y orderedAccount) int { return compareAddr(x.addr, y.addr) })
		o.sorted = mergeOrdered(o.sorted, add)
	}
	o.added = o.added[:0]
	f(o.sorted)
}

// mergeOrdered merges two address-sorted lists without duplicates.
func mergeOrdered(a, b []orderedAccount) []orderedAccount {
	out := make([]orderedAccount, 0, len(a)+len(b))
	i, j := 0, 0
	for i < len(a) && j < len(b) {
		if compareAddr(a[i].addr, b[j].addr) < 0 {
			out = append(out, a[i])
			i++
		} else {
			out = append(out, b[j])
			j++
		}
	}
	out = append(out, a[i:]...)
	return append(out, b[j:]...)
}
