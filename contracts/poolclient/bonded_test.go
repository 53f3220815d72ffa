package poolclient_test

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"testing"

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
