package indexer

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"math/big"
	"time"

	"github.com/cockroachdb/pebble"
	ethereum "github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/rpc"
)

// Run follows the chain until ctx ends (nil) or the indexer stops on
// ErrInconsistent. Node failures are retried with a growing pause.
func (ix *Indexer) Run(ctx context.Context) error {
	backoff := ix.cfg.Poll
	for {
		_, err := ix.Step(ctx)
		switch {
		case ctx.Err() != nil:
			return nil
		case errors.Is(err, ErrInconsistent):
			return err
		case err != nil:
			ix.m.errors.Inc()
			ix.log.Warn("indexer: node failed; retrying", "err", err, "in", backoff)
			backoff = min(2*backoff, 30*time.Second)
		default:
			backoff = ix.cfg.Poll
		}
		select {
		case <-ctx.Done():
			return nil
		case <-time.After(backoff):
		}
	}
}

// errReorg: the chain moved under a range being read; the step retries.
var errReorg = errors.New("indexer: the chain reorganized while reading")

// Step indexes what the node has beyond the cursor (up to its head) and
// reports whether it moved. It handles a reorganization first.
func (ix *Indexer) Step(ctx context.Context) (bool, error) {
	ix.step.Lock()
	defer ix.step.Unlock()
	if err := ix.Err(); err != nil {
		return false, err
	}
	moved, err := ix.step1(ctx)
	if errors.Is(err, errReorg) {
		ix.log.Info("indexer: chain moved while reading; again")
		m2, err2 := ix.step1(ctx)
		moved, err = moved || m2, err2
	}
	if errors.Is(err, ErrInconsistent) {
		ix.mu.Lock()
		ix.failed = err
		ix.mu.Unlock()
		ix.m.stopped.Set(1)
		ix.log.Error("indexer: stopped", "err", err)
		ix.publish()
	}
	return moved, err
}

func (ix *Indexer) step1(ctx context.Context) (bool, error) {
	head, err := ix.cfg.Node.HeaderByNumber(ctx, nil)
	if err != nil {
		return false, fmt.Errorf("indexer: reading the head: %w", err)
	}
	ix.m.head.Set(float64(head.Number.Uint64()))
	fin, err := ix.finalized(ctx, head.Number.Uint64())
	if err != nil {
		return false, err
	}
	cur := ix.Head()
	fin = max(fin, cur.Finalized) // finality never goes back
	moved := false
	if cur.Started {
		rolled, err := ix.checkReorg(ctx, head.Number.Uint64(), fin)
		if err != nil {
			return false, err
		}
		moved = rolled
		cur = ix.Head()
	}
	from := ix.cfg.FromBlock
	if cur.Started {
		from = cur.Block + 1
	}
	for from <= head.Number.Uint64() {
		if err := ctx.Err(); err != nil {
			return moved, nil
		}
		final := from <= fin
		var to uint64
		if final {
			to = min(fin, from+ix.span-1)
		} else {
			to = min(head.Number.Uint64(), from+255)
		}
		if err := ix.indexRange(ctx, from, to, final, fin); err != nil {
			if errors.Is(err, errRangeTooLarge) && to > from {
				ix.span = max(1, (to-from+1)/2)
				continue
			}
			return moved, err
		}
		if final && ix.span < ix.cfg.Span {
			ix.span = min(ix.cfg.Span, ix.span*2)
		}
		moved = true
		from = to + 1
	}
	if moved && !ix.cfg.NoVerify {
		if err := ix.verify(ctx); err != nil {
			return moved, err
		}
	}
	if cur := ix.Head(); cur.Started {
		if err := ix.st.prune(min(fin, cur.Block)); err != nil {
			return moved, fmt.Errorf("indexer: pruning: %w", err)
		}
	}
	return moved, nil
}

// finalized is the node's finalized block number (head − FinalityLag
// when the node does not know the tag).
func (ix *Indexer) finalized(ctx context.Context, head uint64) (uint64, error) {
	h, err := ix.cfg.Node.HeaderByNumber(ctx, big.NewInt(int64(rpc.FinalizedBlockNumber)))
	if err == nil && h != nil {
		return min(h.Number.Uint64(), head), nil
	}
	if ctx.Err() != nil {
		return 0, ctx.Err()
	}
	if head < ix.cfg.FinalityLag {
		return 0, nil
	}
	return head - ix.cfg.FinalityLag, nil
}

// checkReorg compares the cursor's block with the node's; when they
// differ it walks back through the blocks it holds to the last one still
// canonical and rolls back to it.
func (ix *Indexer) checkReorg(ctx context.Context, head, fin uint64) (bool, error) {
	cur := ix.Head()
	if cur.Block > head {
		// The node is behind us: a lagging node, or a shorter chain won.
		h, err := ix.cfg.Node.HeaderByNumber(ctx, new(big.Int).SetUint64(head))
		if err != nil {
			return false, fmt.Errorf("indexer: reading block %d: %w", head, err)
		}
		bi, ok, err := ix.blockAt(head)
		if err != nil {
			return false, err
		}
		if !ok || bi.Hash == h.Hash() {
			return false, nil // nothing to compare, or the same chain: wait for the node
		}
	} else {
		h, err := ix.cfg.Node.HeaderByNumber(ctx, new(big.Int).SetUint64(cur.Block))
		if err != nil {
			return false, fmt.Errorf("indexer: reading block %d: %w", cur.Block, err)
		}
		if h.Hash() == cur.Hash {
			return false, nil
		}
	}
	// Walk back through the blocks held, newest first.
	it, err := ix.st.db.NewIter(&pebble.IterOptions{LowerBound: []byte{kBlock}, UpperBound: blockKey(cur.Block + 1)})
	if err != nil {
		return false, err
	}
	defer it.Close()
	for it.Last(); it.Valid(); it.Prev() {
		n := beUint64(it.Key()[1:])
		bi, err := decodeBlock(it.Value())
		if err != nil {
			return false, err
		}
		h, err := ix.cfg.Node.HeaderByNumber(ctx, new(big.Int).SetUint64(n))
		if err != nil && !errors.Is(err, ethereum.NotFound) {
			return false, fmt.Errorf("indexer: reading block %d: %w", n, err)
		}
		if err == nil && h.Hash() == bi.Hash {
			if err := ix.st.rollback(cursor{Block: n, Hash: bi.Hash, Finalized: cur.Finalized, Started: true}); err != nil {
				return false, fmt.Errorf("indexer: rolling back to block %d: %w", n, err)
			}
			if err := ix.reload(); err != nil {
				return false, err
			}
			ix.m.reorgs.Inc()
			ix.mu.Lock()
			ix.rolled++
			ix.mu.Unlock()
			ix.log.Warn("indexer: chain reorganized; rolled back", "from", cur.Block, "to", n)
			ix.publish()
			return true, nil
		}
		if n <= cur.Finalized {
			return false, fmt.Errorf("%w: block %d, final when indexed, is no longer on the node's chain", ErrInconsistent, n)
		}
	}
	return false, fmt.Errorf("%w: no block held is on the node's chain any more (cursor %d)", ErrInconsistent, cur.Block)
}

func (ix *Indexer) blockAt(n uint64) (blockInfo, bool, error) {
	v, ok, err := get(ix.st.db, blockKey(n))
	if err != nil || !ok {
		return blockInfo{}, ok, err
	}
	b, err := decodeBlock(v)
	return b, err == nil, err
}

var errRangeTooLarge = errors.New("indexer: the node refused the log range")

// indexRange reads and applies the logs of blocks from..to. A final range
// keeps no undo records; an unfinalized one reads every block's header
// first and checks each log against it.
func (ix *Indexer) indexRange(ctx context.Context, from, to uint64, final bool, fin uint64) error {
	node := ix.cfg.Node
	cur := ix.Head()
	headers := map[uint64]*types.Header{}
	var last *types.Header
	if final {
		h, err := node.HeaderByNumber(ctx, new(big.Int).SetUint64(to))
		if err != nil {
			return fmt.Errorf("indexer: reading block %d: %w", to, err)
		}
		last = h
	} else {
		prev := cur.Hash
		for n := from; n <= to; n++ {
			h, err := node.HeaderByNumber(ctx, new(big.Int).SetUint64(n))
			if err != nil {
				return fmt.Errorf("indexer: reading block %d: %w", n, err)
			}
			if (n > from || cur.Started) && h.ParentHash != prev {
				return errReorg
			}
			headers[n], prev = h, h.Hash()
		}
		last = headers[to]
	}
	addrs := make([]common.Address, 0, numContracts)
	for _, a := range ix.cfg.Addresses.list() {
		if a != (common.Address{}) {
			addrs = append(addrs, a)
		}
	}
	t0 := time.Now()
	logs, err := node.FilterLogs(ctx, ethereum.FilterQuery{FromBlock: new(big.Int).SetUint64(from), ToBlock: new(big.Int).SetUint64(to), Addresses: addrs})
	if err != nil {
		if isRangeError(err) {
			return errRangeTooLarge
		}
		return fmt.Errorf("indexer: eth_getLogs %d..%d: %w", from, to, err)
	}
	ix.m.getLogs.Observe(time.Since(t0).Seconds())
	again, err := node.HeaderByNumber(ctx, new(big.Int).SetUint64(to))
	if err != nil {
		return fmt.Errorf("indexer: reading block %d: %w", to, err)
	}
	if again.Hash() != last.Hash() {
		return errReorg
	}
	if err := ix.checkLogs(logs, from, to, headers); err != nil {
		return err
	}
	return ix.apply(ctx, logs, from, to, final, fin, headers, last)
}

// isRangeError recognizes a node's refusal of a too large eth_getLogs.
func isRangeError(err error) bool {
	var ce rpc.Error
	if errors.As(err, &ce) && ce.ErrorCode() == -32005 {
		return true
	}
	s := err.Error()
	for _, m := range []string{"query returned more than", "block range", "range too large", "too many", "limit exceeded", "response size"} {
		if bytes.Contains([]byte(s), []byte(m)) {
			return true
		}
	}
	return false
}

// checkLogs refuses logs the query did not ask for and, for unfinalized
// blocks, logs of another block than the header read.
func (ix *Indexer) checkLogs(logs []types.Log, from, to uint64, headers map[uint64]*types.Header) error {
	hashOf := map[uint64]common.Hash{}
	var prev pos
	for i := range logs {
		l := &logs[i]
		if _, ok := ix.dec.byAddr[l.Address]; !ok || l.BlockNumber < from || l.BlockNumber > to || l.Removed {
			return fmt.Errorf("indexer: the node answered a log outside the query (%s in block %d)", l.Address, l.BlockNumber)
		}
		p := pos{l.BlockNumber, uint32(l.TxIndex), uint32(l.Index)}
		if i > 0 && !prev.less(p) {
			return fmt.Errorf("indexer: the node answered logs out of order (block %d log %d)", l.BlockNumber, l.Index)
		}
		prev = p
		if h, ok := headers[l.BlockNumber]; ok && h.Hash() != l.BlockHash {
			return errReorg
		}
		if h, ok := hashOf[l.BlockNumber]; ok && h != l.BlockHash {
			return errReorg
		}
		hashOf[l.BlockNumber] = l.BlockHash
	}
	return nil
}

// apply writes the logs block by block, committing at block boundaries
// every CommitLogs logs and at the end.
func (ix *Indexer) apply(ctx context.Context, logs []types.Log, from, to uint64, final bool, fin uint64, headers map[uint64]*types.Header, last *types.Header) error {
	ap := &applier{dec: ix.dec, a: ix.cfg.Addresses, fig: ix.Figures()}
	ap.w = ix.st.newWriter()
	pending := 0
	commit := func(c cursor) error {
		if err := ap.w.commit(c); err != nil {
			return err
		}
		ix.mu.Lock()
		ix.cur, ix.fig = c, ap.fig
		ix.mu.Unlock()
		ix.m.indexed.Set(float64(c.Block))
		ix.m.logs.Add(float64(pending))
		pending = 0
		ix.publish()
		ap.w = ix.st.newWriter()
		return nil
	}
	blockTime := func(n uint64, l *types.Log) (uint64, error) {
		if h := headers[n]; h != nil {
			return h.Time, nil
		}
		if l != nil && l.BlockTimestamp != 0 {
			return l.BlockTimestamp, nil
		}
		h, err := ix.cfg.Node.HeaderByNumber(ctx, new(big.Int).SetUint64(n))
		if err != nil {
			return 0, fmt.Errorf("indexer: reading block %d: %w", n, err)
		}
		return h.Time, nil
	}
	// Unfinalized ranges record every block (for reorg detection); final
	// ranges only the blocks with logs and the last.
	var blocks []uint64
	if final {
		for k := range logs {
			if k == 0 || logs[k].BlockNumber != logs[k-1].BlockNumber {
				blocks = append(blocks, logs[k].BlockNumber)
			}
		}
		if len(blocks) == 0 || blocks[len(blocks)-1] != to {
			blocks = append(blocks, to)
		}
	} else {
		for n := from; n <= to; n++ {
			blocks = append(blocks, n)
		}
	}
	i := 0
	for _, n := range blocks {
		j := i
		for j < len(logs) && logs[j].BlockNumber == n {
			j++
		}
		blockLogs := logs[i:j]
		i = j
		var hash common.Hash
		var t uint64
		var err error
		switch {
		case len(blockLogs) > 0:
			hash = blockLogs[0].BlockHash
			t, err = blockTime(n, &blockLogs[0])
		case headers[n] != nil:
			hash, t = headers[n].Hash(), headers[n].Time
		default: // n == to
			hash, t = last.Hash(), last.Time
		}
		if err != nil {
			ap.w.discard()
			return err
		}
		ap.w.beginBlock(n, !final)
		if err := ap.w.set(blockKey(n), (&blockInfo{Hash: hash, Time: t, HasLogs: len(blockLogs) > 0}).encode()); err != nil {
			ap.w.discard()
			return err
		}
		for k := 0; k < len(blockLogs); {
			m := k
			for m < len(blockLogs) && blockLogs[m].TxIndex == blockLogs[k].TxIndex {
				m++
			}
			if err := ap.tx(n, t, blockLogs[k:m]); err != nil {
				ap.w.discard()
				return err
			}
			k = m
		}
		if err := ap.w.endBlock(); err != nil {
			ap.w.discard()
			return err
		}
		pending += len(blockLogs)
		if pending >= ix.cfg.CommitLogs && n < to {
			if err := commit(cursor{Block: n, Hash: hash, Finalized: fin, Started: true}); err != nil {
				return err
			}
		}
	}
	return commit(cursor{Block: to, Hash: last.Hash(), Finalized: fin, Started: true})
}
