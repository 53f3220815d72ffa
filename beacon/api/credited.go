package api

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"sync"
	"sync/atomic"

	eth2api "github.com/attestantio/go-eth2-client/api"
	eth2spec "github.com/attestantio/go-eth2-client/spec"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/rpc"

	"github.com/stakepool/stakepool/beacon"
)

// creditScan is what Credited has summed for one address over the
// finalized blocks [CreditsFromSlot, next).
type creditScan struct {
	next        beacon.Slot
	withdrawals beacon.Gwei
	feesWei     *big.Int
}

// BlockCredit is what one block paid to one address.
type BlockCredit struct {
	Withdrawals beacon.Gwei // payload withdrawals to the address
	FeesWei     *big.Int    // priority fees (fee recipient) plus a builder's payment, in wei
}

// Credited implements beacon.Chain: the amounts paid to addr by the blocks
// from Config.CreditsFromSlot to the head, read block by block
// (GET /eth/v2/beacon/blocks/{slot}; a 404 is an empty slot):
//
//   - Withdrawals: the sum of the execution payloads' withdrawals to addr
//     (sweep skims, full withdrawals, Electra partial withdrawals), exact, in gwei;
//   - ProposerFees: for blocks whose payload fee_recipient is addr, the
//     priority fees Σ (effective_gas_price − base_fee) × gas_used from the
//     execution node's receipts (eth_getBlockReceipts; ErrNoExecutionNode
//     without one), plus, for blocks built by someone else, the builder's
//     payment: the payload's last transaction when it is a transfer to addr
//     sent by the block's fee recipient (the MEV-Boost convention). Other
//     transfers to addr are not counted. Summed in wei, floored to gwei.
//
// Finalized blocks are summed once and remembered per address; the blocks
// after the finalized checkpoint are read again at every call (they may be
// reorganized). The first call reads every block since CreditsFromSlot: set
// it to the slot the vaults were created at.
func (c *Client) Credited(ctx context.Context, addr beacon.Address) (beacon.Credited, error) {
	head, err := c.HeadSlot(ctx)
	if err != nil {
		return beacon.Credited{}, err
	}
	fin, err := c.FinalizedEpoch(ctx)
	if err != nil {
		return beacon.Credited{}, err
	}
	finSlot := beacon.Slot(uint64(fin) * c.slotsPerEpoch)
	c.mu.Lock()
	sc, ok := c.credits[addr]
	if !ok {
		sc = &creditScan{next: c.cfg.CreditsFromSlot, feesWei: new(big.Int)}
		c.credits[addr] = sc
	}
	// copy, so that a failed call leaves the remembered sums as they were
	cur := creditScan{next: sc.next, withdrawals: sc.withdrawals, feesWei: new(big.Int).Set(sc.feesWei)}
	c.mu.Unlock()

	if end := min(finSlot, head+1); cur.next < end {
		w, f, err := c.sumRange(ctx, cur.next, end, addr)
		if err != nil {
			return beacon.Credited{}, err
		}
		cur.withdrawals += w
		cur.feesWei.Add(cur.feesWei, f)
		cur.next = end
	}
	c.mu.Lock()
	if sc.next < cur.next { // another call may have got further meanwhile
		*sc = cur
	}
	c.mu.Unlock()

	total := creditScan{withdrawals: cur.withdrawals, feesWei: new(big.Int).Set(cur.feesWei)}
	if cur.next <= head {
		w, f, err := c.sumRange(ctx, cur.next, head+1, addr)
		if err != nil {
			return beacon.Credited{}, err
		}
		total.withdrawals += w
		total.feesWei.Add(total.feesWei, f)
	}
	fees := new(big.Int).Quo(total.feesWei, big.NewInt(1e9))
	if !fees.IsUint64() {
		return beacon.Credited{}, fmt.Errorf("%w: fees to %#x overflow uint64 gwei", ErrMalformed, addr[:])
	}
	return beacon.Credited{Withdrawals: total.withdrawals, ProposerFees: beacon.Gwei(fees.Uint64())}, nil
}

// sumRange sums BlockCredited over the slots [from, to), Config.Concurrency
// blocks at a time; the first error stops it.
func (c *Client) sumRange(ctx context.Context, from, to beacon.Slot, addr beacon.Address) (beacon.Gwei, *big.Int, error) {
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	workers := int(min(uint64(c.cfg.Concurrency), uint64(to-from)))
	var (
		next     atomic.Uint64
		mu       sync.Mutex
		w        beacon.Gwei
		fees     = new(big.Int)
		firstErr error
		wg       sync.WaitGroup
	)
	next.Store(uint64(from))
	for range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for {
				s := beacon.Slot(next.Add(1) - 1)
				if s >= to || ctx.Err() != nil {
					return
				}
				bc, err := c.BlockCredited(ctx, s, addr)
				mu.Lock()
				if err != nil {
					if firstErr == nil {
						firstErr = err
						cancel()
					}
				} else {
					w += bc.Withdrawals
					fees.Add(fees, bc.FeesWei)
				}
				mu.Unlock()
			}
		}()
	}
	wg.Wait()
	if firstErr != nil {
		return 0, nil, firstErr
	}
	if err := ctx.Err(); err != nil {
		return 0, nil, fmt.Errorf("beacon/api: read blocks %d..%d: %w", from, to-1, err)
	}
	return w, fees, nil
}

// BlockCredited reads the block at slot and returns what it paid to addr
// (zero for an empty slot or a block without execution payload).
func (c *Client) BlockCredited(ctx context.Context, slot beacon.Slot, addr beacon.Address) (BlockCredit, error) {
	bc := BlockCredit{FeesWei: new(big.Int)}
	resp, err := c.svc.SignedBeaconBlock(ctx, &eth2api.SignedBeaconBlockOpts{Block: fmt.Sprint(uint64(slot))})
	if err != nil {
		werr := c.wrap(fmt.Sprintf("read block of slot %d", slot), err)
		if errors.Is(werr, ErrNotFound) {
			return bc, nil // no block in this slot
		}
		return bc, werr
	}
	blk := resp.Data
	if blk == nil {
		return bc, fmt.Errorf("%w: block of slot %d: empty answer", ErrMalformed, slot)
	}
	if blk.Version < eth2spec.DataVersionBellatrix {
		return bc, nil
	}
	payload, err := blk.ExecutionPayload()
	if err != nil {
		return bc, fmt.Errorf("%w: block of slot %d: %w", ErrMalformed, slot, err)
	}
	if blk.Version >= eth2spec.DataVersionCapella {
		ws, err := payload.Withdrawals()
		if err != nil {
			return bc, fmt.Errorf("%w: block of slot %d: withdrawals: %w", ErrMalformed, slot, err)
		}
		for _, w := range ws {
			if w != nil && beacon.Address(w.Address) == addr {
				bc.Withdrawals += beacon.Gwei(w.Amount)
			}
		}
	}
	fr, err := payload.FeeRecipient()
	if err != nil {
		return bc, fmt.Errorf("%w: block of slot %d: fee recipient: %w", ErrMalformed, slot, err)
	}
	txs, err := payload.Transactions()
	if err != nil {
		return bc, fmt.Errorf("%w: block of slot %d: transactions: %w", ErrMalformed, slot, err)
	}
	if beacon.Address(fr) == addr {
		if len(txs) == 0 {
			return bc, nil
		}
		hash, err := payload.BlockHash()
		if err != nil {
			return bc, fmt.Errorf("%w: block of slot %d: block hash: %w", ErrMalformed, slot, err)
		}
		baseFee, err := payload.BaseFeePerGas()
		if err != nil {
			return bc, fmt.Errorf("%w: block of slot %d: base fee: %w", ErrMalformed, slot, err)
		}
		tips, err := c.priorityFees(ctx, common.Hash(hash), baseFee.ToBig(), len(txs))
		if err != nil {
			return bc, fmt.Errorf("beacon/api: priority fees of the block of slot %d: %w", slot, err)
		}
		bc.FeesWei.Add(bc.FeesWei, tips)
		return bc, nil
	}
	// a builder's payment to addr: the last transaction, from the fee recipient
	if len(txs) > 0 {
		var tx types.Transaction
		if err := tx.UnmarshalBinary(txs[len(txs)-1]); err != nil {
			return bc, fmt.Errorf("%w: block of slot %d: last transaction: %w", ErrMalformed, slot, err)
		}
		if to := tx.To(); to != nil && beacon.Address(*to) == addr && tx.Value().Sign() > 0 {
			from, err := types.Sender(types.LatestSignerForChainID(tx.ChainId()), &tx)
			if err == nil && beacon.Address(from) == beacon.Address(fr) {
				bc.FeesWei.Add(bc.FeesWei, tx.Value())
			}
		}
	}
	return bc, nil
}

// priorityFees sums (effective_gas_price − base_fee) × gas_used over the
// block's receipts.
func (c *Client) priorityFees(ctx context.Context, hash common.Hash, baseFee *big.Int, ntx int) (*big.Int, error) {
	if c.el == nil {
		return nil, ErrNoExecutionNode
	}
	ctx, cancel := context.WithTimeout(ctx, c.cfg.Timeout)
	defer cancel()
	rs, err := c.el.BlockReceipts(ctx, rpc.BlockNumberOrHashWithHash(hash, false))
	if err != nil {
		return nil, wrapEL(fmt.Sprintf("eth_getBlockReceipts(%s)", hash), err)
	}
	if len(rs) != ntx {
		return nil, fmt.Errorf("%w: %d receipts for %d transactions", ErrMalformed, len(rs), ntx)
	}
	sum := new(big.Int)
	for i, r := range rs {
		if r == nil || r.EffectiveGasPrice == nil {
			return nil, fmt.Errorf("%w: receipt %d has no effectiveGasPrice", ErrMalformed, i)
		}
		tip := new(big.Int).Sub(r.EffectiveGasPrice, baseFee)
		if tip.Sign() < 0 {
			return nil, fmt.Errorf("%w: receipt %d: effective gas price %s below the base fee %s", ErrMalformed, i, r.EffectiveGasPrice, baseFee)
		}
		sum.Add(sum, tip.Mul(tip, new(big.Int).SetUint64(r.GasUsed)))
	}
	return sum, nil
}
