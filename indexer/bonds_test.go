package indexer_test

import (
	"context"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/core/types"

	"github.com/stakepool/stakepool/contracts/bindings"
	"github.com/stakepool/stakepool/indexer"
	"github.com/stakepool/stakepool/simnode"
)

// TestBondDebt: the index keeps a bonded operator's debt, the debt its
// penalties created and paid, and its key-removal charges, and they match
// the module's views (rate 1: shares are wei). A 1-key operator with a
// 2.4-ETH bond is penalized 3 ETH: 2.4 burnt, 0.6 a debt; a 1-ETH top-up
// pays it (0.6) and leaves 0.4; two keys added, one removed: 0.05 ETH
// charged; a 1-ETH penalty burns the 0.35 left and leaves 0.65 of debt.
// After each step the index's debt and settled bond equal getOperator's
// (no deposits: no rewards pending), and debt = created − paid.
func TestBondDebt(t *testing.T) {
	ctx := context.Background()
	n := startNode(t)
	a := addresses(n)
	a.BondedModule = n.Addresses.BondedModule
	ix, err := indexer.Open(ctx, indexer.Config{Node: n.Client, Addresses: a, Dir: t.TempDir(), CommitLogs: 50})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { ix.Close() })
	bm, err := bindings.NewBondedModule(a.BondedModule, n.Client)
	if err != nil {
		t.Fatal(err)
	}
	mine := func(what string, tx *types.Transaction, err error) {
		t.Helper()
		if err != nil {
			t.Fatalf("%s: %v", what, err)
		}
		n.Commit()
		r, err := n.Client.TransactionReceipt(ctx, tx.Hash())
		if err != nil || r.Status != types.ReceiptStatusSuccessful {
			t.Fatalf("%s: %+v (%v)", what, r, err)
		}
	}
	milli := func(m int64) *big.Int { return new(big.Int).Mul(big.NewInt(m), big.NewInt(1e15)) }
	keys := func(first, k int) (pks, sigs []byte) {
		for i := 0; i < k; i++ {
			pk := make([]byte, 48)
			pk[0], pk[47] = 0xbd, byte(first+i+1)
			pks, sigs = append(pks, pk...), append(sigs, make([]byte, 96)...)
		}
		return pks, sigs
	}
	u := simnode.KeyUser0
	check := func(step string, debt, created, paid, charged, burnt int64, removed uint64) {
		t.Helper()
		sync(t, ix)
		v, err := ix.View()
		if err != nil {
			t.Fatal(err)
		}
		bonds, err := v.Bonds()
		v.Close()
		if err != nil || len(bonds) != 1 {
			t.Fatalf("%s: bonds %+v (%v)", step, bonds, err)
		}
		b := bonds[0]
		op, err := bm.GetOperator(nil, new(big.Int))
		if err != nil {
			t.Fatal(err)
		}
		if b.Debt.ToBig().Cmp(op.Debt) != 0 || b.Shares.ToBig().Cmp(op.Bond) != 0 {
			t.Fatalf("%s: index debt %s bond %s, module debt %s bond %s", step, b.Debt.Dec(), b.Shares.Dec(), op.Debt, op.Bond)
		}
		for _, c := range []struct {
			name string
			got  *big.Int
			want int64
		}{
			{"debt", b.Debt.ToBig(), debt}, {"debt created", b.DebtCreated.ToBig(), created}, {"debt paid", b.DebtPaid.ToBig(), paid},
			{"charged", b.Charged.ToBig(), charged}, {"burnt", b.Burnt.ToBig(), burnt},
		} {
			if c.got.Cmp(milli(c.want)) != 0 {
				t.Fatalf("%s: %s %s, want %d milli-ETH", step, c.name, c.got, c.want)
			}
		}
		if b.KeysRemoved != removed {
			t.Fatalf("%s: %d keys removed, want %d", step, b.KeysRemoved, removed)
		}
	}
	pks, sigs := keys(0, 1)
	o := n.Opts(u)
	o.Value = milli(2400)
	tx, err := bm.CreateOperator(o, big.NewInt(1), pks, sigs, new(big.Int))
	mine("create", tx, err)
	check("created", 0, 0, 0, 0, 0, 0)
	tx, err = bm.Penalize(n.Opts(simnode.KeyMember), new(big.Int), milli(3000), 1)
	mine("penalize 3 ETH", tx, err)
	check("3-ETH penalty", 600, 600, 0, 0, 2400, 0)
	o = n.Opts(u)
	o.Value = milli(1000)
	tx, err = bm.TopUp(o, new(big.Int), new(big.Int))
	mine("top up", tx, err)
	check("1-ETH top-up", 0, 600, 600, 0, 2400, 0)
	pks, sigs = keys(1, 2)
	tx, err = bm.AddKeys(n.Opts(u), new(big.Int), big.NewInt(2), pks, sigs, new(big.Int))
	mine("add keys", tx, err)
	tx, err = bm.RemoveKeys(n.Opts(u), new(big.Int), big.NewInt(2), big.NewInt(1))
	mine("remove a key", tx, err)
	check("1 key removed", 0, 600, 600, 50, 2450, 1)
	tx, err = bm.Penalize(n.Opts(simnode.KeyMember), new(big.Int), milli(1000), 3)
	mine("penalize 1 ETH", tx, err)
	check("1-ETH penalty", 650, 1250, 600, 50, 2800, 1)
}
