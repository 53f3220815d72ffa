package poolclient_test

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/stakepool/stakepool/contracts/poolclient"
	"github.com/stakepool/stakepool/simnode"
)

// TestBondTopUpAndStatus: an operator of the bonded module created with two
// keys and no bond tops up 2.4 ETH (staked through the pool) and 1.3 stETH
// (approved first, moved in as shares): the status then shows both keys
// covered and queued; a top-up of an unknown operator is refused from the
// estimate (UNKNOWN_OPERATOR), nothing sent.
func TestBondTopUpAndStatus(t *testing.T) {
	n, c := started(t)
	ctx := context.Background()
	if c.Bonded == nil || c.Addr.BondedModule != n.Addresses.BondedModule {
		t.Fatalf("bonded module not bound: %v", c.Addr.BondedModule)
	}
	// Discover finds it from the pool alone (through the burner).
	d, err := poolclient.DialPool(ctx, n.URL, n.Addresses.Pool)
	if err != nil {
		t.Fatal(err)
	}
	defer d.Close()
	if d.Addr.BondedModule != n.Addresses.BondedModule {
		t.Fatalf("discovered bonded module %s, deployed %s", d.Addr.BondedModule, n.Addresses.BondedModule)
	}
	mgr := n.Keys[simnode.KeyUser0]
	o, err := c.Transactor(ctx, mgr)
	if err != nil {
		t.Fatal(err)
	}
	var pks, sigs []byte
	for i := 0; i < 2; i++ {
		pk := crypto.Keccak256([]byte(fmt.Sprintf("bond status key %d", i)))
		pks = append(pks, append(pk, pk[:16]...)...)
		sigs = append(sigs, make([]byte, 96)...)
	}
	tx, err := c.Bonded.CreateOperator(o, big.NewInt(2), pks, sigs, new(big.Int))
	if _, err := c.Wait(ctx, tx, err); err != nil {
		t.Fatal(err)
	}
	st, err := c.BondStatus(ctx, 0)
	if err != nil || st.Keys != 2 || st.Depositable != 0 || st.BondShares != "0" {
		t.Fatalf("after create: %+v %v", st, err)
	}
	milli := func(m int64) *big.Int { return new(big.Int).Mul(big.NewInt(m), big.NewInt(1e15)) }
	tx, _, err = c.TopUpBond(ctx, o, 0, milli(2400), false)
	if _, err := c.Wait(ctx, tx, err); err != nil {
		t.Fatal(err)
	}
	if st, err = c.BondStatus(ctx, 0); err != nil || st.Depositable != 1 || st.Enqueued != 1 {
		t.Fatalf("after 2.4 ETH: %+v %v", st, err)
	}
	// stETH: the manager stakes first, then tops up 1.3 stETH.
	o.Value = ether(5)
	tx, err = c.Pool.Submit(o, o.From)
	o.Value = nil
	if _, err := c.Wait(ctx, tx, err); err != nil {
		t.Fatal(err)
	}
	tx, approved, err := c.TopUpBond(ctx, o, 0, milli(1300), true)
	if _, err := c.Wait(ctx, tx, err); err != nil {
		t.Fatal(err)
	}
	if approved == nil {
		t.Fatal("no approval was sent for the first stETH top-up")
	}
	st, err = c.BondStatus(ctx, 0)
	if err != nil || st.Depositable != 2 || st.Enqueued != 2 || st.Coverable != 2 || st.RequiredWei != "0" {
		t.Fatalf("after 1.3 stETH: %+v %v", st, err)
	}
	// ≈3.7 ETH at the pool's rate (the stETH part converted down).
	if w, _ := new(big.Int).SetString(st.BondWei, 10); w == nil || w.Cmp(milli(3699)) < 0 || w.Cmp(milli(3700)) > 0 {
		t.Fatalf("bond worth %s wei, want ≈3.7 ETH", st.BondWei)
	}
	nonce, _ := c.EL.NonceAt(ctx, o.From, nil)
	tx, _, err = c.TopUpBond(ctx, o, 7, milli(1000), false)
	_, err = c.Wait(ctx, tx, err)
	var r *poolclient.Refusal
	if !errors.As(err, &r) || r.Code != "UNKNOWN_OPERATOR" {
		t.Fatalf("top-up of operator 7: %v, want UNKNOWN_OPERATOR", err)
	}
	if after, _ := c.EL.NonceAt(ctx, o.From, nil); after != nonce {
		t.Fatalf("nonce %d → %d: a refused top-up was sent", nonce, after)
	}
	if _, err := c.BondStatus(ctx, 7); !errors.As(err, &r) || r.Code != "UNKNOWN_OPERATOR" {
		t.Fatalf("status of operator 7: %v", err)
	}
}

// TestBondedOperatorLifecycle: CreateBondedOperator with two keys and 3.7
// ETH (operator 0, id from the receipt), AddBondedKeys with 1.3 ETH more,
// a top-up of 0.5 ETH that the curve does not ask for, ClaimBond(nil)
// sending exactly those 0.5 ETH of shares to the manager; and every
// refusal before sending, the sender's nonce unchanged: no keys (NO_KEYS),
// a key the module holds (DUPLICATE_KEY), add-keys and claim by another
// account (NOT_MANAGER), a claim with nothing above the curve
// (NOTHING_TO_CLAIM), less than a share (ZERO_AMOUNT), 1 ETH of required
// bond (BOND_INSUFFICIENT).
func TestBondedOperatorLifecycle(t *testing.T) {
	n, c := started(t)
	ctx := context.Background()
	mgr, _ := c.Transactor(ctx, n.Keys[simnode.KeyUser0])
	other, _ := c.Transactor(ctx, n.Keys[simnode.KeyUser0+1])
	keysOf := func(from, count int) poolclient.BondedKeys {
		k := poolclient.BondedKeys{Count: uint64(count)}
		for i := from; i < from+count; i++ {
			pk := crypto.Keccak256([]byte(fmt.Sprintf("lifecycle key %d", i)))
			k.Pubkeys = append(k.Pubkeys, append(pk, pk[:16]...)...)
			k.Signatures = append(k.Signatures, make([]byte, 96)...)
		}
		return k
	}
	milli := func(m int64) *big.Int { return new(big.Int).Mul(big.NewInt(m), big.NewInt(1e15)) }
	tx, _, err := c.CreateBondedOperator(ctx, mgr, keysOf(0, 2), milli(3700), false)
	rc, err := c.Wait(ctx, tx, err)
	if err != nil {
		t.Fatal(err)
	}
	if id, err := c.CreatedOperatorID(rc); err != nil || id != 0 {
		t.Fatalf("created operator %d (%v), want 0", id, err)
	}
	tx, _, err = c.AddBondedKeys(ctx, mgr, 0, keysOf(2, 1), milli(1300), false)
	if _, err := c.Wait(ctx, tx, err); err != nil {
		t.Fatal(err)
	}
	st, err := c.BondStatus(ctx, 0)
	if err != nil || st.Keys != 3 || st.Depositable != 3 || st.BondShares != "5000000000000000000" || st.ClaimableShares != "0" {
		t.Fatalf("after create and add-keys: %+v (%v)", st, err)
	}
	var r *poolclient.Refusal
	for _, tc := range []struct {
		code string
		send func() (*types.Transaction, error)
		from common.Address
	}{
		{"NO_KEYS", func() (*types.Transaction, error) {
			return second(c.CreateBondedOperator(ctx, mgr, poolclient.BondedKeys{}, milli(2400), false))
		}, mgr.From},
		{"DUPLICATE_KEY", func() (*types.Transaction, error) {
			return second(c.CreateBondedOperator(ctx, other, keysOf(1, 1), milli(2400), false))
		}, other.From},
		{"NOT_MANAGER", func() (*types.Transaction, error) {
			return second(c.AddBondedKeys(ctx, other, 0, keysOf(5, 1), nil, false))
		}, other.From},
		{"NOT_MANAGER", func() (*types.Transaction, error) { return c.ClaimBond(ctx, other, 0, nil) }, other.From},
		{"NOTHING_TO_CLAIM", func() (*types.Transaction, error) { return c.ClaimBond(ctx, mgr, 0, nil) }, mgr.From},
		{"ZERO_AMOUNT", func() (*types.Transaction, error) { return c.ClaimBond(ctx, mgr, 0, new(big.Int)) }, mgr.From},
		{"BOND_INSUFFICIENT", func() (*types.Transaction, error) { return c.ClaimBond(ctx, mgr, 0, milli(1000)) }, mgr.From},
	} {
		nonce, _ := c.EL.NonceAt(ctx, tc.from, nil)
		tx, err := tc.send()
		_, err = c.Wait(ctx, tx, err)
		if !errors.As(err, &r) || r.Code != tc.code {
			t.Errorf("%s: got %v", tc.code, err)
		}
		if after, _ := c.EL.NonceAt(ctx, tc.from, nil); after != nonce {
			t.Errorf("%s: nonce %d → %d: a refused call was sent", tc.code, nonce, after)
		}
	}
	if after, _ := c.BondStatus(ctx, 0); after.BondShares != st.BondShares || after.Keys != st.Keys {
		t.Fatalf("the refusals changed operator 0: %+v, before %+v", after, st)
	}
	tx, _, err = c.TopUpBond(ctx, mgr, 0, milli(500), false)
	if _, err := c.Wait(ctx, tx, err); err != nil {
		t.Fatal(err)
	}
	before, _ := c.Pool.SharesOf(&bind.CallOpts{Context: ctx}, mgr.From)
	tx, err = c.ClaimBond(ctx, mgr, 0, nil)
	if _, err := c.Wait(ctx, tx, err); err != nil {
		t.Fatal(err)
	}
	after, _ := c.Pool.SharesOf(&bind.CallOpts{Context: ctx}, mgr.From)
	if got := new(big.Int).Sub(after, before); got.Cmp(milli(500)) != 0 {
		t.Fatalf("claim of everything above the curve sent %s shares, want the 0.5 ETH top-up's 500000000000000000", got)
	}
}

// second drops a bond send's approval receipt.
func second(tx *types.Transaction, _ *types.Receipt, err error) (*types.Transaction, error) {
	return tx, err
}
