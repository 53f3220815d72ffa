package indexer_test

import (
	"context"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/stakepool/stakepool/contracts/bindings"
	"github.com/stakepool/stakepool/simnode"
)

// TestStatementThroughRageQuit: a holder locks a withdrawal request,
// wstETH and stETH in the veto escrow, the last lock reaches the second
// seal and starts a rage quit, an oracle report passes,
// and the holder leaves through the queue. Every account's statement
// (the holder's and the escrow's included) still adds up to its balances
// to the wei, and the holder's says where each asset went: escrow_lock on
// the stETH, wstETH and withdrawal ledgers, escrow_unlock for the request
// given back, rage_quit for the request the escrow made for it.
func TestStatementThroughRageQuit(t *testing.T) {
	ctx := context.Background()
	n := startNode(t)
	c, err := n.Bind()
	if err != nil {
		t.Fatal(err)
	}
	esc, err := bindings.NewVetoEscrow(n.Addresses.VetoEscrow, n.Client)
	if err != nil {
		t.Fatal(err)
	}
	eth := func(x int64) *big.Int { return new(big.Int).Mul(big.NewInt(x), big.NewInt(1e18)) }
	holder, other := simnode.KeyUser0, simnode.KeyUser0+1
	me := n.Addrs[holder]
	opts := func(k int, v *big.Int) *bind.TransactOpts { o := n.Opts(k); o.Value = v; o.Context = ctx; return o }
	mine := func(what string, tx *types.Transaction, err error) {
		t.Helper()
		if err != nil {
			t.Fatalf("%s: %v", what, err)
		}
		n.Commit()
		r, err := n.Client.TransactionReceipt(ctx, tx.Hash())
		if err != nil || r.Status != 1 {
			t.Fatalf("%s: receipt %v, %v", what, r, err)
		}
	}
	tx, err := c.Pool.Submit(opts(holder, eth(30)), common.Address{})
	mine("stake", tx, err)
	tx, err = c.Pool.Submit(opts(other, eth(100)), common.Address{})
	mine("stake", tx, err)
	tx, err = c.Queue.RequestWithdrawals(opts(holder, nil), []*big.Int{eth(2)}, me)
	mine("request", tx, err)
	tx, err = c.Queue.SetApprovalForAll(opts(holder, nil), n.Addresses.VetoEscrow, true)
	mine("approve", tx, err)
	tx, err = esc.LockWithdrawals(opts(holder, nil), []*big.Int{big.NewInt(1)})
	mine("lock the request", tx, err)
	tx, err = c.WstETH.Wrap(opts(holder, nil), eth(3))
	mine("wrap", tx, err)
	tx, err = esc.LockWstETH(opts(holder, nil), eth(2))
	mine("lock wstETH", tx, err)
	tx, err = esc.LockStETH(opts(holder, nil), eth(10)) // 14 of 131 shares: past the second seal (10 %)
	mine("lock stETH", tx, err)
	st, err := esc.GetState(&bind.CallOpts{Context: ctx})
	if err != nil {
		t.Fatal(err)
	}
	if st.RageQuitRound.Uint64() != 1 || st.Round.Uint64() != 2 {
		t.Fatalf("escrow state %+v: want round 1's rage quit", st)
	}
	if _, err := n.Report(ctx, simnode.ReportOpts{APRBP: 400}); err != nil {
		t.Fatal(err)
	}
	tx, err = esc.Withdraw(opts(holder, nil), []*big.Int{eth(4)})
	mine("rage quit withdrawal", tx, err)

	ix := openIndexer(t, n, t.TempDir())
	defer ix.Close()
	sync(t, ix)
	checkAccounts(t, n, ix)
	checkStatements(t, n, ix)
	v, err := ix.View()
	if err != nil {
		t.Fatal(err)
	}
	defer v.Close()
	seen := map[string]int{}
	s, err := v.Statement(me, nil)
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range s.Entries {
		seen[e.Ledger.String()+"/"+e.Reason]++
	}
	for _, want := range []string{"steth/escrow_lock", "wsteth/escrow_lock", "withdrawal/escrow_lock", "withdrawal/escrow_unlock", "withdrawal/rage_quit"} {
		if seen[want] != 1 {
			t.Errorf("%d %s entries in the holder's statement, want 1 (%v)", seen[want], want, seen)
		}
	}
	es, err := v.Statement(n.Addresses.VetoEscrow, nil)
	if err != nil {
		t.Fatal(err)
	}
	seen = map[string]int{}
	for _, e := range es.Entries {
		seen[e.Ledger.String()+"/"+e.Reason]++
	}
	for _, want := range []string{"steth/escrow_lock", "steth/unwrap", "steth/rage_quit", "wsteth/unwrap"} {
		if seen[want] == 0 {
			t.Errorf("no %s entry in the escrow's statement (%v)", want, seen)
		}
	}
}
