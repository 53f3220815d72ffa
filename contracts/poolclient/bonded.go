package poolclient

import (
	"context"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/holiman/uint256"

	"github.com/stakepool/stakepool/units"
)

func u256(b *big.Int) *uint256.Int {
	v, _ := uint256.FromBig(b)
	return v
}

// The permissionless bonded module's reads and its bond top-up (`stakepool
// operator bond status|top-up`; docs/operators.md, "Permissionless bonded
// module").

// BondStatus is one bonded operator's books, its pending rewards settled as
// the module's next call would; amounts are decimal strings of wei (ETH
// values at the pool's rate now, rounded down as the module rounds them).
type BondStatus struct {
	Module      common.Address `json:"module"`
	Operator    uint64         `json:"operator"`
	Manager     common.Address `json:"manager"`
	Keys        uint64         `json:"keys"`
	Vetted      uint64         `json:"vetted"`
	Deposited   uint64         `json:"deposited"`
	Exited      uint64         `json:"exited"`
	Enqueued    uint64         `json:"enqueued"`
	Depositable uint64         `json:"depositable"`
	// Coverable is how many keys the bond covers at the rate now (the
	// depositable count after the operator's next update).
	Coverable       uint64 `json:"coverable"`
	BondShares      string `json:"bond_shares"`
	BondWei         string `json:"bond_wei"`
	DebtShares      string `json:"debt_shares"`
	RequiredWei     string `json:"required_wei"` // the curve's bond for its non-exited validators
	ClaimableShares string `json:"claimable_shares"`
}

func (c *Client) bonded() error {
	if c.Bonded == nil {
		return &Refusal{Code: "NO_BONDED_MODULE", Message: "this pool has no permissionless bonded module (addresses.json bonded_module, or the burner's bondedModule, is zero)"}
	}
	return nil
}

// BondStatus reads operator id's bond.
func (c *Client) BondStatus(ctx context.Context, id uint64) (*BondStatus, error) {
	if err := c.bonded(); err != nil {
		return nil, err
	}
	o := &bind.CallOpts{Context: ctx}
	n, err := c.Bonded.GetNodeOperatorsCount(o)
	if err != nil {
		return nil, c.Err("read the bonded module's operators", err)
	}
	if id >= n.Uint64() {
		return nil, &Refusal{Code: "UNKNOWN_OPERATOR", Message: fmt.Sprintf("no bonded operator %d (there are %d)", id, n.Uint64())}
	}
	op, err := c.Bonded.GetOperator(o, big64(id))
	if err != nil {
		return nil, c.Err("read bonded operator", err)
	}
	bondWei, err := c.Pool.GetPooledEthByShares(o, op.Bond)
	if err != nil {
		return nil, c.Err("read the share rate", err)
	}
	req, err := c.Bonded.BondRequired(o, big64(op.Deposited-op.Exited))
	if err != nil {
		return nil, c.Err("read the bond curve", err)
	}
	cl, err := c.Bonded.Claimable(o, big64(id))
	if err != nil {
		return nil, c.Err("read the claimable bond", err)
	}
	cov, err := c.Bonded.Coverable(o, big64(id))
	if err != nil {
		return nil, c.Err("read the covered keys", err)
	}
	return &BondStatus{Module: c.Addr.BondedModule, Operator: id, Manager: op.Manager, Keys: op.Keys, Vetted: op.Vetted,
		Deposited: op.Deposited, Exited: op.Exited, Enqueued: op.Enqueued, Depositable: op.Depositable, Coverable: cov.Uint64(),
		BondShares: op.Bond.String(), BondWei: bondWei.String(), DebtShares: op.Debt.String(), RequiredWei: req.String(),
		ClaimableShares: cl.String()}, nil
}

// TopUpBond adds amount to operator id's bond from o's account: ETH staked
// through the pool, or (steth) that much stETH moved in as shares — after an
// approval of the module when the allowance is short (sent and mined
// first; approved is then its receipt). Anyone may top up any operator.
func (c *Client) TopUpBond(ctx context.Context, o *bind.TransactOpts, id uint64, amount *big.Int, steth bool) (tx *types.Transaction, approved *types.Receipt, err error) {
	if err := c.bonded(); err != nil {
		return nil, nil, err
	}
	if amount.Sign() <= 0 {
		return nil, nil, &Refusal{Code: "ZERO_AMOUNT", Message: "a top-up of nothing"}
	}
	co := &bind.CallOpts{Context: ctx, From: o.From}
	if !steth {
		o.Value = amount
		tx, err = c.Bonded.TopUp(o, big64(id), new(big.Int))
		o.Value = nil
		return tx, nil, err
	}
	shares, err := c.Pool.GetSharesByPooledEth(co, amount)
	if err != nil {
		return nil, nil, c.Err("convert the stETH to shares", err)
	}
	if shares.Sign() == 0 {
		return nil, nil, &Refusal{Code: "BELOW_DUST", Message: units.FormatEther(u256(amount)) + " stETH is less than a share"}
	}
	allowed, err := c.Pool.Allowance(co, o.From, c.Addr.BondedModule)
	if err != nil {
		return nil, nil, c.Err("read the allowance", err)
	}
	need, err := c.Pool.GetPooledEthBySharesRoundUp(co, shares) // what transferSharesFrom charges
	if err != nil {
		return nil, nil, c.Err("read the share rate", err)
	}
	if allowed.Cmp(need) < 0 {
		atx, err := c.Pool.Approve(o, c.Addr.BondedModule, need)
		if approved, err = c.Wait(ctx, atx, err); err != nil {
			return nil, nil, fmt.Errorf("approve the bonded module for %s stETH: %w", units.FormatEther(u256(need)), err)
		}
	}
	tx, err = c.Bonded.TopUp(o, big64(id), shares)
	return tx, approved, err
}
