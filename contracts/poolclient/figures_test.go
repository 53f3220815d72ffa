package poolclient_test

import (
	"context"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"

	"github.com/stakepool/stakepool/simnode"
)

// TestFigures: the reads follow what a stake, a withdrawal request and
// an oracle report that finalizes it do to the contracts.
func TestFigures(t *testing.T) {
	n, c := started(t)
	ctx := context.Background()
	user := n.Addrs[simnode.KeyUser0]
	before, err := c.Figures(ctx)
	if err != nil {
		t.Fatal(err)
	}
	o, err := c.Transactor(ctx, n.Keys[simnode.KeyUser0])
	if err != nil {
		t.Fatal(err)
	}
	o.Value = ether(5)
	tx, err := c.Pool.Submit(o, common.Address{})
	if _, err := c.Wait(ctx, tx, err); err != nil {
		t.Fatal(err)
	}
	o.Value = nil
	if tx, err = c.Pool.Approve(o, c.Addr.WithdrawalQueue, ether(2)); err == nil {
		_, err = c.Wait(ctx, tx, err)
	}
	if err != nil {
		t.Fatal(err)
	}
	tx, err = c.Queue.RequestWithdrawals(o, []*big.Int{ether(2)}, user)
	if _, err := c.Wait(ctx, tx, err); err != nil {
		t.Fatal(err)
	}

	after, err := c.Figures(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if d := new(big.Int).Sub(after.TotalPooledEther, before.TotalPooledEther); d.Cmp(ether(5)) != 0 {
		t.Errorf("pooled ether grew by %s, want 5 ETH", d)
	}
	if after.BufferedEther.Cmp(before.BufferedEther) <= 0 || after.TotalShares.Cmp(before.TotalShares) <= 0 {
		t.Errorf("buffer %s → %s, shares %s → %s: want both grown", before.BufferedEther, after.BufferedEther, before.TotalShares, after.TotalShares)
	}
	acc, err := c.Account(ctx, user)
	if err != nil {
		t.Fatal(err)
	}
	// 5 staked, 2 locked in the queue; share rounding costs at most a wei
	if d := new(big.Int).Sub(ether(3), acc.StETH); d.Sign() < 0 || d.Cmp(big.NewInt(2)) > 0 {
		t.Errorf("stETH %s, want 3 ETH (less a wei or two)", acc.StETH)
	}
	if acc.Nonce != 3 || len(acc.Requests) != 1 || acc.Address != user {
		t.Fatalf("account %+v: want nonce 3 and one request", acc)
	}
	rs, err := c.Requests(ctx, acc.Requests)
	if err != nil {
		t.Fatal(err)
	}
	if len(rs) != 1 || rs[0].Owner != user || rs[0].IsFinalized || rs[0].Claimable != nil || rs[0].AmountOfStETH.Cmp(ether(2)) > 0 {
		t.Fatalf("request before finalization: %+v", rs)
	}
	if rs, err := c.Requests(ctx, nil); err != nil || rs != nil {
		t.Fatalf("no ids: %v, %v", rs, err)
	}

	reports, err := c.Reports(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := n.Report(ctx, simnode.ReportOpts{Finalize: true}); err != nil {
		t.Fatal(err)
	}
	more, err := c.Reports(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if len(more) != len(reports)+1 || more[len(more)-1].RefSlot == 0 {
		t.Fatalf("reports %+v → %+v: want one more", reports, more)
	}
	rs, err = c.Requests(ctx, acc.Requests)
	if err != nil {
		t.Fatal(err)
	}
	if !rs[0].IsFinalized || rs[0].Claimable == nil || rs[0].Claimable.Sign() == 0 {
		t.Fatalf("request after a finalizing report: %+v", rs[0])
	}
	ids, err := c.Claimable(ctx, user)
	if err != nil || len(ids) != 1 || ids[0].Uint64() != rs[0].ID {
		t.Fatalf("claimable %v (%v), want [%d]", ids, err, rs[0].ID)
	}

	ops, err := c.Operators(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if len(ops) != simnode.Operators || ops[0].ID != 0 || ops[2].ID != 2 || ops[0].Name == "" || !ops[0].Active {
		t.Fatalf("operators %+v", ops)
	}
	st, err := c.Status(ctx)
	if err != nil {
		t.Fatal(err)
	}
	head, err := c.EL.BlockNumber(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if st.ChainID != n.ChainID.Uint64() || st.Block != head || st.Slot == 0 || st.Epoch != st.Slot/simnode.SlotsPerEpoch {
		t.Fatalf("status %+v (head %d)", st, head)
	}
}
