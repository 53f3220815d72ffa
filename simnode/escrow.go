package simnode

import (
	"context"
	"math/big"

	"github.com/stakepool/stakepool/contracts/bindings"
)

// The stakers' veto escrow and the emergency pause, as a holder and the
// committee use them.

// LockStETH has key lock amount stETH wei in the veto escrow.
func (n *Node) LockStETH(ctx context.Context, key int, amount *big.Int) error {
	e, err := bindings.NewVetoEscrow(n.Addresses.VetoEscrow, n.Client)
	if err != nil {
		return err
	}
	o := n.Opts(key)
	o.Context = ctx
	tx, err := e.LockStETH(o, amount)
	return n.send(ctx, "locking stETH in the veto escrow", tx, err)
}

// LockWstETH has key lock amount wstETH wei in the veto escrow.
func (n *Node) LockWstETH(ctx context.Context, key int, amount *big.Int) error {
	e, err := bindings.NewVetoEscrow(n.Addresses.VetoEscrow, n.Client)
	if err != nil {
		return err
	}
	o := n.Opts(key)
	o.Context = ctx
	tx, err := e.LockWstETH(o, amount)
	return n.send(ctx, "locking wstETH in the veto escrow", tx, err)
}

// Unlock has key take back what it locked in the escrow's current round.
func (n *Node) Unlock(ctx context.Context, key int) error {
	e, err := bindings.NewVetoEscrow(n.Addresses.VetoEscrow, n.Client)
	if err != nil {
		return err
	}
	o := n.Opts(key)
	o.Context = ctx
	tx, err := e.Unlock(o)
	return n.send(ctx, "unlocking the veto escrow", tx, err)
}

// Seal has the emergency committee pause targets (1 staking, 2 deposits,
// 4 withdrawals) for its fixed time, its one time.
func (n *Node) Seal(ctx context.Context, targets int64) error {
	g, err := bindings.NewGateSeal(n.Addresses.GateSeal, n.Client)
	if err != nil {
		return err
	}
	o := n.Opts(KeyMember)
	o.Context = ctx
	tx, err := g.Seal(o, big.NewInt(targets))
	return n.send(ctx, "sealing", tx, err)
}
