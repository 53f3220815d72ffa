package protocol

import "unsafe"

// ApplyTxs applies txs in order, each exactly as ApplyTx applies it (same
// checks, same outcome, same events), and calls done, when not nil, after
// each with its index and ApplyTx's results (the events are valid until
// done returns). A rejected transaction does not stop the others.
//
// It differs from calling ApplyTx in a loop only in speed: while one
// transaction applies, the accounts of those a few places behind it in the
// batch are brought into the CPU's caches (prefetch instructions, which
// change nothing), so that a block of transfers between random holders of
// a pool with millions of them waits on memory a few times a block rather
// than a few times a transaction. Two stages, because an account's record
// is found through its index entry: prefetchAhead transactions ahead, the
// index entries of the sender and the recipients (To, Owner); half as far
// ahead, the records those entries name.
func (s *State) ApplyTxs(txs []Tx, done func(i int, events []Event, err error)) {
	var hashes [2 * prefetchAhead]prefetched // by position mod 2·ahead
	for i := 0; i < min(len(txs), prefetchAhead); i++ {
		s.prefetchIndex(&txs[i], &hashes[i%len(hashes)])
	}
	for i := range txs {
		if j := i + prefetchAhead; j < len(txs) {
			s.prefetchIndex(&txs[j], &hashes[j%len(hashes)])
		}
		if j := i + prefetchAhead/2; j < len(txs) {
			s.prefetchRecords(&hashes[j%len(hashes)])
		}
		evs, err := s.ApplyTx(&txs[i])
		if done != nil {
			done(i, evs, err)
		}
	}
}

// prefetchAhead is how many transactions ahead ApplyTxs fetches index
// entries (records: half as far): enough to cover a memory latency of
// about a microsecond at a few hundred nanoseconds a transaction.
const prefetchAhead = 8

// prefetched is what prefetchIndex leaves for prefetchRecords: the
// hashes of a transaction's addresses (0: none) and whether the share
// fields are all it reads of them (the transfers).
type prefetched struct {
	hashes     [3]uint64
	sharesOnly bool
}

// prefetchIndex hashes the addresses tx will look up and fetches their
// index entries' lines.
func (s *State) prefetchIndex(tx *Tx, h *prefetched) {
	st := &s.accounts
	mask := uint64(len(st.index) - 1)
	switch tx.Cmd.Kind {
	case CmdTransfer, CmdTransferShares, CmdTransferFrom, CmdTransferSharesFrom:
		h.sharesOnly = true
	default:
		h.sharesOnly = false
	}
	for k, a := range [3]*Address{&tx.Sender, &tx.Cmd.To, &tx.Cmd.Owner} {
		h.hashes[k] = 0
		if isZeroAddr(a) {
			continue
		}
		h.hashes[k] = st.hash(a) // (a hash of 0, one in 2^64, is only not fetched)
		prefetchLine(unsafe.Pointer(&st.index[h.hashes[k]&mask]))
	}
}

// prefetchRecords reads the index entries prefetchIndex fetched and
// fetches the records whose tags match (the address itself is checked
// when the transaction looks it up): for a transfer, the two lines that
// hold the address, nonce, inflow mark and shares (an Account's first
// 72 bytes; records are 8-byte aligned, so those always span exactly two
// lines), else the whole record.
func (s *State) prefetchRecords(h *prefetched) {
	st := &s.accounts
	mask := uint64(len(st.index) - 1)
	low := uint32(mask)
	for _, hk := range h.hashes {
		if hk == 0 {
			continue
		}
		tag := st.tagOf(hk)
		for p := hk & mask; ; p = (p + 1) & mask {
			e := st.index[p]
			if e == 0 {
				break
			}
			if e>>st.bits == tag {
				if p := unsafe.Pointer(st.at(e&low - 1)); h.sharesOnly {
					prefetchShares(p)
				} else {
					prefetchAccount(p)
				}
				break
			}
		}
	}
}
