package protocol

// The bonded module's deposit queue: deposits from its head, each
// operator's cover re-checked at the rate of the call (review finding 3);
// kept walkable (review finding 2): a deposit removes at most
// MaxDeadBatchesPerDeposit batches with nothing to deposit, and anyone pops
// them from the head with CleanDepositQueue.

// Deposit gives at most n deposits from the queue's head (the router
// only; n at most DepositableTotal, else nothing changes). Each batch's
// operator is re-checked first at rate r (one rate for the whole call) and
// the current curve (review finding 3): its stored Depositable, computed at
// its last update, is lowered to what its bond covers now — after a curve
// raise or a fall of the rate — and never raised (a rise is enqueued by its
// next update). Each batch then gives what its operator may take, and a
// batch whose operator may take no more leaves the queue (its keys return
// when the operator's next update finds them depositable again). When the
// re-check lowered the counts, the queue may run out before n: Deposit
// gives fewer keys (the router returns the rest's ETH to the pool) and
// keeps the lowered counts, rather than refusing and leaving every stale
// count in place. Returns the keys in deposit order.
func (m *BondedModule) Deposit(sender Address, n uint64, r ShareRate) ([]BondedKey, *Error) {
	if sender != m.router {
		return nil, reject(CodeNotAuthorized, "only the router %s deposits", m.router)
	}
	if n == 0 || n > m.depositable {
		return nil, reject(CodeNothingToDeposit, "%d deposits asked, %d keys are depositable", n, m.depositable)
	}
	if dead := m.deadAhead(n, &r); dead > MaxDeadBatchesPerDeposit {
		return nil, reject(CodeQueueClogged, "%d batches with nothing to deposit ahead of %d keys, %d removed a deposit: clean the queue first", dead, n, MaxDeadBatchesPerDeposit)
	}
	out := make([]BondedKey, 0, n)
	for uint64(len(out)) < n && m.head < len(m.queue) {
		b := &m.queue[m.head]
		op := m.ops[b.op]
		m.settle(op)
		m.recheck(op, &r)
		take := min(b.count, op.Depositable, n-uint64(len(out)))
		for i := uint64(0); i < take; i++ {
			out = append(out, BondedKey{Operator: b.op, Index: op.Deposited, Key: op.Keys[op.Deposited]})
			op.Deposited++
		}
		m.active += take
		op.Depositable -= take
		m.depositable -= take
		if take == b.count || op.Depositable == 0 {
			// The batch is used up, or its operator can take no more
			// (unbonded or unvetted since): the rest leaves the queue.
			if take < b.count {
				m.dropped = append(m.dropped, bondedBatch{op: b.op, count: b.count - take})
			}
			op.Enqueued -= b.count
			m.enqueued -= b.count
			m.queue[m.head] = bondedBatch{}
			m.head++
		} else {
			b.count -= take
			op.Enqueued -= take
			m.enqueued -= take
		}
	}
	return out, nil
}

// recheck lowers the operator's stored depositable count to what its bond
// covers at rate r under the current curve (the bond's value and the
// cover both round down: the pool's favour); it never raises it.
func (m *BondedModule) recheck(op *BondedOperator, r *ShareRate) {
	if c := m.coverable(op, r); c < op.Depositable {
		m.depositable -= op.Depositable - c
		op.Depositable = c
	}
}

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
