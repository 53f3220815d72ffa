package simnode

import (
	"context"
	"fmt"
	"math/big"
	"math/rand/v2"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/stakepool/stakepool/contracts/bindings"
)

// Contracts are the node's pool contracts, bound over its HTTP client.
type Contracts struct {
	Pool       *bindings.Pool
	WstETH     *bindings.WstETH
	Queue      *bindings.WithdrawalQueue
	Registry   *bindings.OperatorRegistry
	Governance *bindings.Governance
}

// Bind binds the deployed contracts over the node's JSON-RPC client.
func (n *Node) Bind() (*Contracts, error) {
	a := n.Addresses
	var c Contracts
	var err error
	if c.Pool, err = bindings.NewPool(a.Pool, n.Client); err != nil {
		return nil, err
	}
	if c.WstETH, err = bindings.NewWstETH(a.WstETH, n.Client); err != nil {
		return nil, err
	}
	if c.Queue, err = bindings.NewWithdrawalQueue(a.WithdrawalQueue, n.Client); err != nil {
		return nil, err
	}
	if c.Registry, err = bindings.NewOperatorRegistry(a.Registry, n.Client); err != nil {
		return nil, err
	}
	if c.Governance, err = bindings.NewGovernance(a.Governance, n.Client); err != nil {
		return nil, err
	}
	return &c, nil
}

// Workload sends random user transactions to the pool: stakes, stETH
// transfers (by amount and by shares), wraps, unwraps, wstETH transfers,
// withdrawal requests and request (NFT) transfers, operators' key uploads
// and deposits, and governance proposals that pause and resume staking.
// A transaction a rule refuses is skipped (its gas estimate fails), so
// every transaction sent succeeds. Blocks are sealed every PerBlock
// transactions.
type Workload struct {
	N        *Node
	C        *Contracts
	Rand     *rand.Rand
	PerBlock int // transactions a block (default 4)

	sent    int
	nextKey uint64
}

// Run sends n transactions and seals the last block; it returns the
// transactions actually sent (refusals are retried with another action).
func (w *Workload) Run(ctx context.Context, n int) (int, error) {
	if w.PerBlock <= 0 {
		w.PerBlock = 4
	}
	if w.C == nil {
		c, err := w.N.Bind()
		if err != nil {
			return 0, err
		}
		w.C = c
	}
	done := 0
	for tries := 0; done < n && tries < 20*n+100; tries++ {
		ok, err := w.one(ctx)
		if err != nil {
			return done, err
		}
		if !ok {
			continue
		}
		done++
		w.sent++
		if w.sent%w.PerBlock == 0 {
			w.N.Commit()
		}
	}
	w.N.Commit()
	return done, nil
}

func eth(x float64) *big.Int {
	v, _ := new(big.Float).Mul(big.NewFloat(x), big.NewFloat(1e18)).Int(nil)
	return v
}

func (w *Workload) user() int { return KeyUser0 + w.Rand.IntN(len(w.N.Keys)-KeyUser0) }

// opts returns options for key i, sending nothing when the gas estimate
// fails (the transaction would revert).
func (w *Workload) opts(ctx context.Context, i int) *bind.TransactOpts {
	o := w.N.Opts(i)
	o.Context = ctx
	return o
}

// one sends one random action; false when it would have reverted.
func (w *Workload) one(ctx context.Context) (bool, error) {
	c, r := w.C, w.Rand
	call := &bind.CallOpts{Context: ctx}
	var tx *types.Transaction
	var err error
	switch k := r.IntN(100); {
	case k < 30: // stake
		u := w.user()
		o := w.opts(ctx, u)
		o.Value = eth(0.01 + r.Float64()*40)
		tx, err = c.Pool.Submit(o, common.Address{})
	case k < 45: // transfer stETH
		from, to := w.user(), w.user()
		bal, err2 := c.Pool.BalanceOf(call, w.N.Addrs[from])
		if err2 != nil {
			return false, err2
		}
		if bal.Sign() == 0 || from == to {
			return false, nil
		}
		amt := new(big.Int).Div(new(big.Int).Mul(bal, big.NewInt(int64(1+r.IntN(60)))), big.NewInt(100))
		if r.IntN(3) == 0 {
			sh, _ := c.Pool.SharesOf(call, w.N.Addrs[from])
			amt = new(big.Int).Div(new(big.Int).Mul(sh, big.NewInt(int64(1+r.IntN(60)))), big.NewInt(100))
			tx, err = c.Pool.TransferShares(w.opts(ctx, from), w.N.Addrs[to], amt)
		} else {
			tx, err = c.Pool.Transfer(w.opts(ctx, from), w.N.Addrs[to], amt)
		}
	case k < 55: // wrap
		u := w.user()
		bal, err2 := c.Pool.BalanceOf(call, w.N.Addrs[u])
		if err2 != nil {
			return false, err2
		}
		if bal.Cmp(big.NewInt(1e6)) < 0 {
			return false, nil
		}
		tx, err = c.WstETH.Wrap(w.opts(ctx, u), new(big.Int).Div(bal, big.NewInt(int64(2+r.IntN(5)))))
	case k < 62: // unwrap
		u := w.user()
		bal, err2 := c.WstETH.BalanceOf(call, w.N.Addrs[u])
		if err2 != nil {
			return false, err2
		}
		if bal.Sign() == 0 {
			return false, nil
		}
		tx, err = c.WstETH.Unwrap(w.opts(ctx, u), new(big.Int).Div(new(big.Int).Add(bal, big.NewInt(1)), big.NewInt(int64(1+r.IntN(3)))))
	case k < 67: // wstETH transfer
		from, to := w.user(), w.user()
		bal, err2 := c.WstETH.BalanceOf(call, w.N.Addrs[from])
		if err2 != nil {
			return false, err2
		}
		if bal.Sign() == 0 || from == to {
			return false, nil
		}
		tx, err = c.WstETH.Transfer(w.opts(ctx, from), w.N.Addrs[to], new(big.Int).Div(bal, big.NewInt(2)))
	case k < 80: // withdrawal requests
		u := w.user()
		bal, err2 := c.Pool.BalanceOf(call, w.N.Addrs[u])
		if err2 != nil {
			return false, err2
		}
		if bal.Cmp(big.NewInt(1e9)) < 0 {
			return false, nil
		}
		n := 1 + r.IntN(3)
		amts := make([]*big.Int, n)
		for i := range amts {
			amts[i] = new(big.Int).Div(bal, big.NewInt(int64(4*n)))
		}
		owner := common.Address{}
		if r.IntN(4) == 0 {
			owner = w.N.Addrs[w.user()]
		}
		tx, err = c.Queue.RequestWithdrawals(w.opts(ctx, u), amts, owner)
	case k < 82: // a finalized request claimed by its owner
		u := w.user()
		ids, err2 := c.Queue.GetWithdrawalRequests(call, w.N.Addrs[u])
		if err2 != nil {
			return false, err2
		}
		last, err2 := c.Queue.GetLastFinalizedRequestId(call)
		if err2 != nil {
			return false, err2
		}
		for _, id := range ids {
			if id.Cmp(last) <= 0 {
				tx, err = c.Queue.ClaimWithdrawal(w.opts(ctx, u), id)
				break
			}
		}
	case k < 84: // an instant withdrawal from the reserve
		u := w.user()
		bal, err2 := c.Pool.BalanceOf(call, w.N.Addrs[u])
		if err2 != nil {
			return false, err2
		}
		if bal.Cmp(big.NewInt(1e9)) < 0 {
			return false, nil
		}
		tx, err = c.Pool.InstantWithdraw(w.opts(ctx, u), new(big.Int).Div(bal, big.NewInt(int64(3+r.IntN(5)))))
	case k < 86: // an oracle report
		ro := ReportOpts{Frames: 1 + r.IntN(3), APRBP: int64(200 + r.IntN(300)), Finalize: r.IntN(4) != 0}
		if r.IntN(3) == 0 {
			ro.ELRewards = eth(0.001 + r.Float64()*0.02)
		}
		if r.IntN(4) == 0 {
			ro.Skim = eth(0.001 + r.Float64()*0.01)
		}
		if r.IntN(8) == 0 {
			ro.APRBP, ro.Loss = 0, eth(0.05+r.Float64()*0.5)
		}
		if _, err := w.N.Report(ctx, ro); err != nil {
			return false, err
		}
		return true, nil
	case k < 88: // a request changes hands
		u := w.user()
		ids, err2 := c.Queue.GetWithdrawalRequests(call, w.N.Addrs[u])
		if err2 != nil {
			return false, err2
		}
		if len(ids) == 0 {
			return false, nil
		}
		to := w.user()
		if to == u {
			return false, nil
		}
		tx, err = c.Queue.TransferFrom(w.opts(ctx, u), w.N.Addrs[u], w.N.Addrs[to], ids[r.IntN(len(ids))])
	case k < 93: // an operator uploads keys
		op := r.IntN(Operators)
		n := 1 + r.IntN(4)
		pks := make([]byte, 0, 48*n)
		for i := 0; i < n; i++ {
			w.nextKey++
			pk := make([]byte, 48)
			pk[0] = 0xa0
			copy(pk[40:], new(big.Int).SetUint64(w.nextKey).FillBytes(make([]byte, 8)))
			pks = append(pks, pk...)
		}
		tx, err = c.Registry.AddSigningKeys(w.opts(ctx, KeyOperator0+op), big.NewInt(int64(op)), big.NewInt(int64(n)), pks, make([]byte, 96*n))
	case k < 97: // deposits
		tx, err = c.Pool.Deposit(w.opts(ctx, KeyDepositor), big.NewInt(int64(1+r.IntN(4))))
	default: // governance pauses or resumes staking
		return w.governance(ctx)
	}
	if err != nil || tx == nil {
		return false, nil // the rule refused it (gas estimate reverted)
	}
	return true, nil
}

// governance proposes pausing staking, or resuming it when the chain has
// it paused, and executes the proposal after the timelock (threshold 1:
// queued at once). Whether staking is paused and the proposal's id are
// read from the chain, not counted here: a reorganization (the indexer's
// reorg tests fork the node under the workload) drops the blocks of an
// earlier proposal, and the pool may or may not bring their transactions
// back in a later block, so a count kept here can name a proposal that
// does not exist ("executing proposal 3: execution reverted").
func (w *Workload) governance(ctx context.Context) (bool, error) {
	c := w.C
	paused, err := c.Pool.IsStakingPaused(&bind.CallOpts{Context: ctx})
	if err != nil {
		return false, err
	}
	method := "pauseStaking"
	if paused {
		method = "resumeStaking"
	}
	abi, err := bindings.PoolMetaData.GetAbi()
	if err != nil {
		return false, err
	}
	data, err := abi.Pack(method)
	if err != nil {
		return false, err
	}
	tx, err := c.Governance.Propose(w.opts(ctx, KeyMember), w.N.Addresses.Pool, data)
	if err != nil {
		return false, nil // the rule refused it (gas estimate reverted), or the pool refused its nonce
	}
	w.N.Commit()
	rc, err := w.N.Client.TransactionReceipt(ctx, tx.Hash())
	if err != nil || rc.Status != types.ReceiptStatusSuccessful {
		// not in the block: a transaction of an abandoned block came back
		// to the pool with the same nonce and took its place
		return false, nil
	}
	var id *big.Int
	for _, l := range rc.Logs {
		if ev, err := c.Governance.ParseProposalCreated(*l); err == nil && l.Address == w.N.Addresses.Governance {
			id = ev.Id
		}
	}
	if id == nil {
		return false, fmt.Errorf("simnode: proposal %s has no ProposalCreated event", tx.Hash())
	}
	if err := w.N.AdjustTime(3601 * time.Second); err != nil {
		return false, fmt.Errorf("simnode: advancing time: %w", err)
	}
	if _, err := c.Governance.Execute(w.opts(ctx, KeyMember), id); err != nil {
		return false, fmt.Errorf("simnode: executing proposal %s (%s): %w", id, method, err)
	}
	w.N.Commit()
	return true, nil
}
