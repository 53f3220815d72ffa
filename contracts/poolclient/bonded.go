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
	shares, approved, err := c.bondPayment(ctx, o, amount, steth)
	if err != nil {
		return nil, nil, err
	}
	defer func() { o.Value = nil }()
	tx, err = c.Bonded.TopUp(o, big64(id), shares)
	return tx, approved, err
}

// bondPayment prepares o to pay amount (zero: nothing) into the bonded
// module: ETH as o.Value (the caller clears it), or stETH as the shares it
// returns, after an approval of the module when the allowance is short
// (mined first; approved is its receipt).
func (c *Client) bondPayment(ctx context.Context, o *bind.TransactOpts, amount *big.Int, steth bool) (shares *big.Int, approved *types.Receipt, err error) {
	shares = new(big.Int)
	if amount.Sign() <= 0 {
		return shares, nil, nil
	}
	if !steth {
		o.Value = amount
		return shares, nil, nil
	}
	co := &bind.CallOpts{Context: ctx, From: o.From}
	if shares, err = c.Pool.GetSharesByPooledEth(co, amount); err != nil {
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
	return shares, approved, nil
}

// BondedKeys are validator keys for the bonded module: 48-byte public keys
// and 96-byte deposit signatures, concatenated in the same order.
type BondedKeys struct {
	Count      uint64
	Pubkeys    []byte
	Signatures []byte
}

// CreateBondedOperator creates a bonded operator managed by o's account
// with keys and a bond of amount (ETH staked through the pool, or stETH
// with steth; zero: no bond yet, its keys wait unbonded). Anyone may. The
// new operator's id is in the receipt's OperatorCreated event
// (CreatedOperatorID).
func (c *Client) CreateBondedOperator(ctx context.Context, o *bind.TransactOpts, k BondedKeys, amount *big.Int, steth bool) (tx *types.Transaction, approved *types.Receipt, err error) {
	if err := c.bonded(); err != nil {
		return nil, nil, err
	}
	if k.Count == 0 {
		return nil, nil, &Refusal{Code: "NO_KEYS", Message: "an operator is created with at least one key"}
	}
	shares, approved, err := c.bondPayment(ctx, o, amount, steth)
	if err != nil {
		return nil, nil, err
	}
	defer func() { o.Value = nil }()
	tx, err = c.Bonded.CreateOperator(o, big64(k.Count), k.Pubkeys, k.Signatures, shares)
	return tx, approved, err
}

// CreatedOperatorID is the id of the operator a createOperator
// transaction made, from its receipt.
func (c *Client) CreatedOperatorID(rc *types.Receipt) (uint64, error) {
	for _, l := range rc.Logs {
		if l.Address != c.Addr.BondedModule {
			continue
		}
		if ev, err := c.Bonded.ParseOperatorCreated(*l); err == nil {
			return ev.OperatorId.Uint64(), nil
		}
	}
	return 0, fmt.Errorf("transaction %s created no bonded operator", rc.TxHash.Hex())
}

// AddBondedKeys adds keys to operator id, with amount more bond (ETH, or
// stETH with steth; zero: none). Only the operator's manager may: another
// account is refused NOT_MANAGER before anything is sent.
func (c *Client) AddBondedKeys(ctx context.Context, o *bind.TransactOpts, id uint64, k BondedKeys, amount *big.Int, steth bool) (tx *types.Transaction, approved *types.Receipt, err error) {
	if err := c.managed(ctx, o.From, id); err != nil {
		return nil, nil, err
	}
	if k.Count == 0 {
		return nil, nil, &Refusal{Code: "NO_KEYS", Message: "no keys to add"}
	}
	shares, approved, err := c.bondPayment(ctx, o, amount, steth)
	if err != nil {
		return nil, nil, err
	}
	defer func() { o.Value = nil }()
	tx, err = c.Bonded.AddKeys(o, big64(id), big64(k.Count), k.Pubkeys, k.Signatures, shares)
	return tx, approved, err
}

// ClaimBond sends amount stETH of operator id's bond (as shares, rounded
// down: the pool's favour; nil: all that is claimable now) to its
// manager, o's account. Refused before sending: NOT_MANAGER, ZERO_AMOUNT
// (less than a share), BOND_LOCKED (a debt), NOTHING_TO_CLAIM (nil and
// nothing claimable); the module refuses more than claimable
// (BOND_INSUFFICIENT).
func (c *Client) ClaimBond(ctx context.Context, o *bind.TransactOpts, id uint64, amount *big.Int) (*types.Transaction, error) {
	if err := c.managed(ctx, o.From, id); err != nil {
		return nil, err
	}
	var shares *big.Int
	if amount != nil {
		var err error
		if shares, err = c.Pool.GetSharesByPooledEth(&bind.CallOpts{Context: ctx}, amount); err != nil {
			return nil, c.Err("convert the stETH to shares", err)
		}
		if shares.Sign() == 0 {
			return nil, &Refusal{Code: "ZERO_AMOUNT", Message: units.FormatEther(u256(amount)) + " stETH is less than a share"}
		}
	} else {
		st, err := c.BondStatus(ctx, id)
		if err != nil {
			return nil, err
		}
		if st.DebtShares != "0" {
			return nil, &Refusal{Code: "BOND_LOCKED", Message: fmt.Sprintf("bonded operator %d owes %s shares: nothing is claimable until the debt is paid", id, st.DebtShares)}
		}
		shares, _ = new(big.Int).SetString(st.ClaimableShares, 10)
		if shares.Sign() == 0 {
			return nil, &Refusal{Code: "NOTHING_TO_CLAIM", Message: fmt.Sprintf("bonded operator %d's bond (%s wei) is all required by its curve for its validators not yet withdrawn and its depositable keys", id, st.BondWei)}
		}
	}
	return c.Bonded.Claim(o, big64(id), shares)
}

// RemoveBondedKeys removes count keys of operator id from key first on,
// none deposited (the module's removeKeys: the last keys fill the gap,
// KEY_REMOVAL_CHARGE a key is taken from the bond). Refused before
// sending: NOT_MANAGER, UNKNOWN_OPERATOR, ZERO_AMOUNT (no keys),
// MALFORMED (a range past the operator's keys), KEY_IN_USE (a deposited
// key); the module refuses the same.
func (c *Client) RemoveBondedKeys(ctx context.Context, o *bind.TransactOpts, id, first, count uint64) (*types.Transaction, error) {
	if err := c.managed(ctx, o.From, id); err != nil {
		return nil, err
	}
	if count == 0 {
		return nil, &Refusal{Code: "ZERO_AMOUNT", Message: "a removal of no keys (--count 0)"}
	}
	st, err := c.BondStatus(ctx, id)
	if err != nil {
		return nil, err
	}
	if first >= st.Keys || count > st.Keys-first {
		return nil, &Refusal{Code: "MALFORMED", Message: fmt.Sprintf("keys %d..%d do not exist: bonded operator %d has %d keys (0..%d)", first, first+count-1, id, st.Keys, int64(st.Keys)-1)}
	}
	if first < st.Deposited {
		return nil, &Refusal{Code: "KEY_IN_USE", Message: fmt.Sprintf("key %d got a deposit: bonded operator %d's first key without one is %d", first, id, st.Deposited)}
	}
	return c.Bonded.RemoveKeys(o, big64(id), big64(first), big64(count))
}

// managed refuses (NOT_MANAGER, UNKNOWN_OPERATOR) unless from manages
// bonded operator id.
func (c *Client) managed(ctx context.Context, from common.Address, id uint64) error {
	st, err := c.BondStatus(ctx, id)
	if err != nil {
		return err
	}
	if st.Manager != from {
		return &Refusal{Code: "NOT_MANAGER", Message: fmt.Sprintf("bonded operator %d is managed by %s, not %s", id, st.Manager.Hex(), from.Hex())}
	}
	return nil
}
