package protocol

// The bonded module's deposit queue kept walkable (review finding 2): a
// deposit removes at most MaxDeadBatchesPerDeposit batches with nothing to
// deposit, and anyone pops them from the head with CleanDepositQueue.

// deadAhead counts the batches the walk for n deposits would remove with
// no deposit taken from them (their operator can take no more, its count
// re-checked at rate r as the walk does).
func (m *BondedModule) deadAhead(n uint64, r *ShareRate) uint64 {
	left := map[uint64]uint64{} // operator → depositable left in this walk
	var got, dead uint64
	for h := m.head; got < n && h < len(m.queue); h++ {
		b := m.queue[h]
		d, seen := left[b.op]
		if !seen {
			c, _ := m.Operator(b.op) // settled, as the walk settles it
			d = min(c.Depositable, m.coverable(&c, r))
		}
		take := min(b.count, d, n-got)
		if take == 0 {
			dead++
		}
		got += take
		left[b.op] = d - take
	}
	return dead
}

// CleanDepositQueue removes up to max batches with nothing to deposit
// (their operator's depositable count is zero, once settled and re-checked
// at rate r as a deposit's walk does) from the queue's head, stopping at
// the first live batch; anyone may call it. Returns the batches removed.
func (m *BondedModule) CleanDepositQueue(max uint64, r ShareRate) uint64 {
	var n uint64
	for n < max && m.head < len(m.queue) {
		b := m.queue[m.head]
		op := m.ops[b.op]
		m.settle(op)
		m.recheck(op, &r)
		if op.Depositable != 0 {
			break
		}
		op.Enqueued -= b.count
		m.enqueued -= b.count
		m.queue[m.head] = bondedBatch{}
		m.head++
		m.dropped = append(m.dropped, b)
		n++
	}
	return n
}

// Dropped returns and forgets the batches that left the queue with keys
// not deposited since the last call (the contract's BatchDropped events).
func (m *BondedModule) Dropped() []BondedBatch {
	out := make([]BondedBatch, len(m.dropped))
	for i, b := range m.dropped {
		out[i] = BondedBatch{Operator: b.op, Count: b.count}
	}
	m.dropped = m.dropped[:0]
	return out
}

// BondedBatch is a batch that left the queue: the operator and its keys
// not deposited.
type BondedBatch struct {
	Operator uint64
	Count    uint64
}
