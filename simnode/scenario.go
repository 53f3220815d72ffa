package simnode

import (
	"context"
	"fmt"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/stakepool/stakepool/contracts/bindings"
	"github.com/stakepool/stakepool/contracts/poolclient"
)

// revertName is the pool's custom error a failed call carries, or the
// error's text.
func revertName(err error) string {
	if name, ok := poolclient.RevertName(err); ok {
		return name
	}
	return err.Error()
}

// send mines a transaction and checks it succeeded.
func (n *Node) send(ctx context.Context, what string, tx *types.Transaction, err error) error {
	if err != nil {
		return fmt.Errorf("simnode: %s: %s", what, revertName(err))
	}
	if err := n.mined(ctx, tx); err != nil {
		return fmt.Errorf("simnode: %s: %w", what, err)
	}
	return nil
}

// UploadKeys has each operator upload n signing keys (distinct, well formed).
func (n *Node) UploadKeys(ctx context.Context, perOperator int) error {
	c, err := n.Bind()
	if err != nil {
		return err
	}
	for op := 0; op < Operators; op++ {
		cnt, err := c.Registry.GetOperator(&bind.CallOpts{Context: ctx}, big.NewInt(int64(op)))
		if err != nil {
			return err
		}
		first := uint32(cnt.C.Keys)
		pks := make([]byte, 0, 48*perOperator)
		for i := 0; i < perOperator; i++ {
			pk := make([]byte, 48)
			pk[0], pk[1] = 0xb0, byte(op)
			big.NewInt(int64(first) + int64(i)).FillBytes(pk[40:48])
			pks = append(pks, pk...)
		}
		o := n.Opts(KeyOperator0 + op)
		o.Context = ctx
		tx, err := c.Registry.AddSigningKeys(o, big.NewInt(int64(op)), big.NewInt(int64(perOperator)), pks, make([]byte, 96*perOperator))
		if err := n.send(ctx, "uploading keys", tx, err); err != nil {
			return err
		}
	}
	return nil
}

// LifeOfAnAccount has user 0 stake, send and receive stETH, be rebased by
// rewards (consensus, execution), wrap and unwrap, request withdrawals,
// see them finalized and claim one, take an instant withdrawal, and live
// through a loss the insurance fund covers; user 1 is the other side.
// It returns user 0 and the id of its request claimed last.
func (n *Node) LifeOfAnAccount(ctx context.Context) (common.Address, error) {
	c, err := n.Bind()
	if err != nil {
		return common.Address{}, err
	}
	u, v := KeyUser0, KeyUser0+1
	me := n.Addrs[u]
	opts := func(i int, value *big.Int) *bind.TransactOpts {
		o := n.Opts(i)
		o.Context, o.Value = ctx, value
		return o
	}
	step := 0
	send := func(tx *types.Transaction, err error) error {
		step++
		return n.send(ctx, fmt.Sprintf("life of an account, step %d", step), tx, err)
	}
	report := func(ro ReportOpts) error {
		_, err := n.Report(ctx, ro)
		return err
	}
	if err := n.UploadKeys(ctx, 4); err != nil {
		return me, err
	}
	for _, f := range []func() error{
		func() error { return send(c.Pool.Submit(opts(u, eth(100)), common.Address{})) },
		func() error { return send(c.Pool.Submit(opts(v, eth(250)), common.Address{})) },
		func() error { return send(c.Pool.Deposit(opts(KeyDepositor, nil), big.NewInt(4))) },
		func() error { return send(c.Pool.Transfer(opts(u, nil), n.Addrs[v], eth(7.5))) },
		func() error { return send(c.Pool.TransferShares(opts(v, nil), me, eth(3))) },
		func() error { return report(ReportOpts{APRBP: 400, ELRewards: eth(0.01), Skim: eth(0.002)}) },
		func() error { return send(c.WstETH.Wrap(opts(u, nil), eth(20))) },
		func() error { return report(ReportOpts{Frames: 2, APRBP: 350, ELRewards: eth(0.004)}) },
		func() error { return send(c.WstETH.Unwrap(opts(u, nil), eth(5))) },
		func() error {
			return send(c.Queue.RequestWithdrawals(opts(u, nil), []*big.Int{eth(10), eth(2.5)}, common.Address{}))
		},
		func() error { return report(ReportOpts{APRBP: 300, Finalize: true}) },
	} {
		if err := f(); err != nil {
			return me, err
		}
	}
	ids, err := c.Queue.GetWithdrawalRequests(&bind.CallOpts{Context: ctx}, me)
	if err != nil || len(ids) != 2 {
		return me, fmt.Errorf("simnode: the user's requests: %v %v", ids, err)
	}
	lo, hi := ids[0], ids[1]
	if lo.Cmp(hi) > 0 {
		lo, hi = hi, lo
	}
	for _, f := range []func() error{
		func() error { return send(c.Queue.ClaimWithdrawal(opts(u, nil), lo)) },
		func() error { return report(ReportOpts{Loss: eth(0.3)}) }, // a slashing: the insurance fund covers it
		func() error { return send(c.Pool.InstantWithdraw(opts(u, nil), eth(1))) },
		func() error { return send(c.Pool.InstantWithdraw(opts(v, nil), eth(2))) }, // another holder's: its fee stays
		func() error { return send(c.Pool.Submit(opts(v, eth(1)), common.Address{})) },
		func() error { return report(ReportOpts{APRBP: 300, ELRewards: eth(0.003), Finalize: true}) },
		func() error { return send(c.Queue.ClaimWithdrawal(opts(u, nil), hi)) },
	} {
		if err := f(); err != nil {
			return me, err
		}
	}
	return me, nil
}

// Govern has the committee (1 of 1) propose a call of the pool's method
// with args, waits out the timelock and executes it.
func (n *Node) Govern(ctx context.Context, method string, args ...any) error {
	c, err := n.Bind()
	if err != nil {
		return err
	}
	a, err := bindings.PoolMetaData.GetAbi()
	if err != nil {
		return err
	}
	data, err := a.Pack(method, args...)
	if err != nil {
		return err
	}
	o := n.Opts(KeyMember)
	o.Context = ctx
	tx, err := c.Governance.Propose(o, n.Addresses.Pool, data)
	if err := n.send(ctx, "proposing "+method, tx, err); err != nil {
		return err
	}
	r, err := n.Client.TransactionReceipt(ctx, tx.Hash())
	if err != nil {
		return err
	}
	var id *big.Int
	for _, l := range r.Logs {
		if ev, err := c.Governance.ParseProposalCreated(*l); err == nil {
			id = ev.Id
		}
	}
	if id == nil {
		return fmt.Errorf("simnode: no ProposalCreated in the proposal's receipt")
	}
	timelock, err := c.Governance.TimelockSeconds(&bind.CallOpts{Context: ctx})
	if err != nil {
		return err
	}
	if err := n.AdjustTime(time.Duration(timelock+1) * time.Second); err != nil {
		return err
	}
	tx, err = c.Governance.Execute(o, id)
	return n.send(ctx, "executing "+method, tx, err)
}
