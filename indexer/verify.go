package indexer

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"strings"

	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/holiman/uint256"

	"github.com/stakepool/stakepool/contracts/bindings"
)

// verify compares the figures the events made with the contracts' own
// views at the indexed head (by block hash, so a reorganization cannot
// mix two chains). A node that no longer has that block's state skips the
// check; a difference stops the indexer.
func (ix *Indexer) verify(ctx context.Context) error {
	head := ix.Head()
	fig := ix.Figures()
	a := ix.cfg.Addresses
	pool, err := bindings.NewPoolCaller(a.Pool, ix.cfg.Node)
	if err != nil {
		return err
	}
	queue, err := bindings.NewWithdrawalQueueCaller(a.WithdrawalQueue, ix.cfg.Node)
	if err != nil {
		return err
	}
	opts := &bind.CallOpts{Context: ctx, BlockNumber: new(big.Int).SetUint64(head.Block)}
	type check struct {
		name string
		have *uint256.Int
		read func() (*big.Int, error)
	}
	u := func(v uint64) *uint256.Int { return uint256.NewInt(v) }
	checks := []check{
		{"total pooled ether", &fig.Pooled, func() (*big.Int, error) { return pool.GetTotalPooledEther(opts) }},
		{"total shares", &fig.Shares, func() (*big.Int, error) { return pool.GetTotalShares(opts) }},
		{"buffered ether", &fig.Buffered, func() (*big.Int, error) { return pool.GetBufferedEther(opts) }},
		{"deposits", u(fig.Deposits), func() (*big.Int, error) {
			s, err := pool.GetBeaconStat(opts)
			return s.DepositedValidators, err
		}},
		{"unfinalized stETH", &fig.Unfinalized, func() (*big.Int, error) { return queue.UnfinalizedStETH(opts) }},
		{"locked ether", &fig.Locked, func() (*big.Int, error) { return queue.GetLockedEtherAmount(opts) }},
		{"last request", u(fig.Requests), func() (*big.Int, error) { return queue.GetLastRequestId(opts) }},
		{"last finalized request", u(fig.Finalized), func() (*big.Int, error) { return queue.GetLastFinalizedRequestId(opts) }},
	}
	for _, c := range checks {
		v, err := c.read()
		if err != nil {
			if stateGone(err) || ctx.Err() != nil || (errors.Is(err, bind.ErrNoCode) && fig == (Figures{})) {
				ix.log.Debug("indexer: cannot verify (no state)", "block", head.Block, "err", err)
				return nil
			}
			return fmt.Errorf("indexer: verifying %s at block %d: %w", c.name, head.Block, err)
		}
		if c.have.ToBig().Cmp(v) != 0 {
			// Only a difference on the chain the cursor still follows counts.
			h, herr := ix.cfg.Node.HeaderByNumber(ctx, new(big.Int).SetUint64(head.Block))
			if herr != nil || h.Hash() != head.Hash {
				return errReorg
			}
			return fmt.Errorf("%w: %s at block %d is %s by the events and %s by the contract", ErrInconsistent, c.name, head.Block, c.have.Dec(), v)
		}
	}
	bunker, err := pool.IsBunkerMode(opts)
	if err == nil && bunker != fig.Bunker {
		return fmt.Errorf("%w: bunker mode at block %d is %v by the events and %v by the contract", ErrInconsistent, head.Block, fig.Bunker, bunker)
	}
	paused, err := pool.IsStakingPaused(opts)
	if err == nil && paused != fig.Paused {
		return fmt.Errorf("%w: staking paused at block %d is %v by the events and %v by the contract", ErrInconsistent, head.Block, fig.Paused, paused)
	}
	ix.m.verified.Set(float64(head.Block))
	return nil
}

// stateGone recognizes a node that pruned the state of an old block.
func stateGone(err error) bool {
	s := err.Error()
	return strings.Contains(s, "missing trie node") || strings.Contains(s, "state not available") ||
		strings.Contains(s, "historical state") || strings.Contains(s, "header not found") || strings.Contains(s, "state is not available")
}
