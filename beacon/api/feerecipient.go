package api

import (
	"context"
	"errors"
	"fmt"
	"math/big"

	eth2api "github.com/attestantio/go-eth2-client/api"
	eth2spec "github.com/attestantio/go-eth2-client/spec"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/stakepool/stakepool/beacon"
)

// BlockPayout is what a block paid its execution payload's fee recipient
// and on from it: what an oracle member reads to tell whether a pool
// validator's block paid the execution-rewards vault (oracle.ProposedBlock).
type BlockPayout struct {
	Slot         beacon.Slot
	Proposer     beacon.ValidatorIndex
	FeeRecipient beacon.Address
	// TipsWei are the priority fees Σ (effective gas price − base fee) ×
	// gas used from the execution node's receipts (nil: not read).
	TipsWei *big.Int
	// PaymentsWei is the value of the payload's transactions to the fee
	// recipient sent by other accounts.
	PaymentsWei *big.Int
	// Last is the payload's last transaction when the fee recipient sent
	// it with a value (MEV-Boost's payment to the proposer): its recipient
	// and value.
	HasLast   bool
	LastTo    beacon.Address
	LastValue *big.Int
	// Withdrawals are the payload's withdrawals (Capella on; read whoever
	// proposed: the oracle's withdrawn rows need every block's).
	Withdrawals []beacon.PayloadWithdrawal
}

// BlockPayout reads the block at slot (false: an empty slot, or a block
// without execution payload), with its payload's withdrawals. Its transactions are decoded only when
// want(proposer) (a member wants the pool's validators' blocks only), and
// the receipts (for the tips) read only when tips(payout) says so — a
// member skips them for the blocks that paid the vault.
func (c *Client) BlockPayout(ctx context.Context, slot beacon.Slot, want func(beacon.ValidatorIndex) bool, tips func(*BlockPayout) bool) (*BlockPayout, bool, error) {
	resp, err := c.svc.SignedBeaconBlock(ctx, &eth2api.SignedBeaconBlockOpts{Block: fmt.Sprint(uint64(slot))})
	if err != nil {
		werr := c.wrap(fmt.Sprintf("read block of slot %d", slot), err)
		if errors.Is(werr, ErrNotFound) {
			return nil, false, nil
		}
		return nil, false, werr
	}
	blk := resp.Data
	if blk == nil {
		return nil, false, fmt.Errorf("%w: block of slot %d: empty answer", ErrMalformed, slot)
	}
	if blk.Version < eth2spec.DataVersionBellatrix {
		return nil, false, nil
	}
	proposer, err := blk.ProposerIndex()
	if err != nil {
		return nil, false, fmt.Errorf("%w: block of slot %d: proposer: %w", ErrMalformed, slot, err)
	}
	payload, err := blk.ExecutionPayload()
	if err != nil {
		return nil, false, fmt.Errorf("%w: block of slot %d: %w", ErrMalformed, slot, err)
	}
	fr, err := payload.FeeRecipient()
	if err != nil {
		return nil, false, fmt.Errorf("%w: block of slot %d: fee recipient: %w", ErrMalformed, slot, err)
	}
	txs, err := payload.Transactions()
	if err != nil {
		return nil, false, fmt.Errorf("%w: block of slot %d: transactions: %w", ErrMalformed, slot, err)
	}
	out := &BlockPayout{Slot: slot, Proposer: beacon.ValidatorIndex(proposer), FeeRecipient: beacon.Address(fr), PaymentsWei: new(big.Int)}
	if blk.Version >= eth2spec.DataVersionCapella {
		ws, err := payload.Withdrawals()
		if err != nil {
			return nil, false, fmt.Errorf("%w: block of slot %d: withdrawals: %w", ErrMalformed, slot, err)
		}
		for _, w := range ws {
			out.Withdrawals = append(out.Withdrawals, beacon.PayloadWithdrawal{Slot: slot, Validator: beacon.ValidatorIndex(w.ValidatorIndex), Amount: beacon.Gwei(w.Amount)})
		}
	}
	if want != nil && !want(out.Proposer) {
		return out, true, nil
	}
	for i, raw := range txs {
		var tx types.Transaction
		if err := tx.UnmarshalBinary(raw); err != nil {
			return nil, false, fmt.Errorf("%w: block of slot %d: transaction %d: %w", ErrMalformed, slot, i, err)
		}
		last := i == len(txs)-1
		if tx.Value().Sign() <= 0 || tx.To() == nil || beacon.Address(*tx.To()) != out.FeeRecipient && !last {
			continue // the sender is read only where it matters (a signature recovery each)
		}
		from, err := types.Sender(types.LatestSignerForChainID(tx.ChainId()), &tx)
		if err != nil {
			return nil, false, fmt.Errorf("%w: block of slot %d: transaction %d: sender: %w", ErrMalformed, slot, i, err)
		}
		to := beacon.Address(*tx.To())
		if to == out.FeeRecipient && beacon.Address(from) != out.FeeRecipient {
			out.PaymentsWei.Add(out.PaymentsWei, tx.Value())
		}
		if last && beacon.Address(from) == out.FeeRecipient {
			out.HasLast, out.LastTo, out.LastValue = true, to, tx.Value()
		}
	}
	if len(txs) > 0 && tips != nil && tips(out) {
		hash, err := payload.BlockHash()
		if err != nil {
			return nil, false, fmt.Errorf("%w: block of slot %d: block hash: %w", ErrMalformed, slot, err)
		}
		baseFee, err := payload.BaseFeePerGas()
		if err != nil {
			return nil, false, fmt.Errorf("%w: block of slot %d: base fee: %w", ErrMalformed, slot, err)
		}
		if out.TipsWei, err = c.priorityFees(ctx, common.Hash(hash), baseFee.ToBig(), len(txs)); err != nil {
			return nil, false, fmt.Errorf("beacon/api: priority fees of the block of slot %d: %w", slot, err)
		}
	}
	return out, true, nil
}
