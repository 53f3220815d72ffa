package indexer_test

import (
	"context"
	"math/big"
	"math/rand/v2"
	"testing"

	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/holiman/uint256"

	"github.com/stakepool/stakepool/indexer"
	"github.com/stakepool/stakepool/simnode"
)

func startNode(t testing.TB) *simnode.Node {
	t.Helper()
	n, err := simnode.Start(context.Background(), simnode.Config{})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(n.Close)
	return n
}

func addresses(n *simnode.Node) indexer.Addresses {
	a := n.Addresses
	return indexer.Addresses{Pool: a.Pool, WstETH: a.WstETH, WithdrawalQueue: a.WithdrawalQueue, Registry: a.Registry,
		Governance: a.Governance, Oracle: a.Oracle, WithdrawalVault: a.WithdrawalVault, ELRewardsVault: a.ELRewardsVault, Burner: a.Burner,
		VetoEscrow: a.VetoEscrow, GateSeal: a.GateSeal}
}

func openIndexer(t testing.TB, n *simnode.Node, dir string) *indexer.Indexer {
	t.Helper()
	ix, err := indexer.Open(context.Background(), indexer.Config{Node: n.Client, Addresses: addresses(n), Dir: dir, CommitLogs: 50})
	if err != nil {
		t.Fatal(err)
	}
	return ix
}

// sync indexes up to the node's head.
func sync(t testing.TB, ix *indexer.Indexer) {
	t.Helper()
	for i := 0; i < 100; i++ {
		moved, err := ix.Step(context.Background())
		if err != nil {
			t.Fatalf("step: %v", err)
		}
		if !moved {
			return
		}
	}
	t.Fatal("the indexer never caught up")
}

// checkAccounts compares every dev account's holdings and requests with
// the contracts' views.
func checkAccounts(t testing.TB, n *simnode.Node, ix *indexer.Indexer) {
	t.Helper()
	c, err := n.Bind()
	if err != nil {
		t.Fatal(err)
	}
	v, err := ix.View()
	if err != nil {
		t.Fatal(err)
	}
	defer v.Close()
	opts := &bind.CallOpts{BlockNumber: new(big.Int).SetUint64(v.Head.Block)}
	accts := append([]common.Address{n.Addresses.WstETH, n.Addresses.WithdrawalQueue, n.Addresses.VetoEscrow, common.HexToAddress("0xdEaD")}, n.Addrs...)
	for _, a := range accts {
		got, err := v.Account(a)
		if err != nil {
			t.Fatal(err)
		}
		sh, err := c.Pool.SharesOf(opts, a)
		if err != nil {
			t.Fatal(err)
		}
		wst, err := c.WstETH.BalanceOf(opts, a)
		if err != nil {
			t.Fatal(err)
		}
		if got.Shares.ToBig().Cmp(sh) != 0 || got.WstETH.ToBig().Cmp(wst) != 0 {
			t.Errorf("%s: indexed shares %s wstETH %s, contracts %s %s", a, got.Shares.Dec(), got.WstETH.Dec(), sh, wst)
		}
		ids, err := c.Queue.GetWithdrawalRequests(opts, a)
		if err != nil {
			t.Fatal(err)
		}
		owned, err := v.Owned(a)
		if err != nil {
			t.Fatal(err)
		}
		want := map[uint64]bool{}
		for _, id := range ids {
			want[id.Uint64()] = true
		}
		if len(owned) != len(want) {
			t.Errorf("%s: owns %v, contract %v", a, owned, ids)
		}
		for _, id := range owned {
			if !want[id] {
				t.Errorf("%s: owns %d by the index, not by the contract (%v)", a, id, ids)
			}
		}
	}
}

func newWorkload(n *simnode.Node, r *rand.Rand) *simnode.Workload {
	return &simnode.Workload{N: n, Rand: r}
}

func TestFollowsWorkload(t *testing.T) {
	n := startNode(t)
	ix := openIndexer(t, n, t.TempDir())
	defer ix.Close()
	w := &simnode.Workload{N: n, Rand: rand.New(rand.NewPCG(1, 2))}
	for round := 0; round < 4; round++ {
		if _, err := w.Run(context.Background(), 40); err != nil {
			t.Fatal(err)
		}
		sync(t, ix)
		checkAccounts(t, n, ix)
		checkStatements(t, n, ix)
	}
	fig := ix.Figures()
	if fig.Requests == 0 || fig.Deposits == 0 {
		t.Errorf("the workload made %d requests and %d deposits: too little to test", fig.Requests, fig.Deposits)
	}
	t.Logf("figures: %+v", fig)
}

// checkStatements: every account's statement adds up to its balances —
// the stETH entries to balanceOf, the wstETH entries to wstETH's
// balanceOf, the withdrawal entries to its unclaimed requests' worth.
func checkStatements(t testing.TB, n *simnode.Node, ix *indexer.Indexer) {
	t.Helper()
	c, err := n.Bind()
	if err != nil {
		t.Fatal(err)
	}
	v, err := ix.View()
	if err != nil {
		t.Fatal(err)
	}
	defer v.Close()
	opts := &bind.CallOpts{BlockNumber: new(big.Int).SetUint64(v.Head.Block)}
	claimable := func(id uint64) (*uint256.Int, error) {
		x, err := c.Queue.GetClaimableEther(opts, new(big.Int).SetUint64(id))
		if err != nil {
			return nil, err
		}
		return uint256.MustFromBig(x), nil
	}
	for _, a := range append([]common.Address{n.Addresses.WstETH, n.Addresses.WithdrawalQueue, n.Addresses.VetoEscrow}, n.Addrs...) {
		st, err := v.Statement(a, claimable)
		if err != nil {
			t.Fatalf("%s: %v", a, err)
		}
		sums := map[indexer.Ledger]*big.Int{}
		for _, e := range st.Entries {
			if sums[e.Ledger] == nil {
				sums[e.Ledger] = new(big.Int)
			}
			sums[e.Ledger].Add(sums[e.Ledger], e.Amount)
			if e.Balance.Cmp(sums[e.Ledger]) != 0 {
				t.Fatalf("%s: entry %+v: balance %s, running sum %s", a, e, e.Balance, sums[e.Ledger])
			}
		}
		bal, err := c.Pool.BalanceOf(opts, a)
		if err != nil {
			t.Fatal(err)
		}
		wst, err := c.WstETH.BalanceOf(opts, a)
		if err != nil {
			t.Fatal(err)
		}
		sum := func(l indexer.Ledger) *big.Int {
			if sums[l] == nil {
				return new(big.Int)
			}
			return sums[l]
		}
		if sum(indexer.LedgerStETH).Cmp(bal) != 0 || st.StETH.Cmp(bal) != 0 {
			t.Errorf("%s: stETH entries add up to %s (statement %s), balanceOf is %s", a, sum(indexer.LedgerStETH), st.StETH, bal)
		}
		if sum(indexer.LedgerWstETH).Cmp(wst) != 0 {
			t.Errorf("%s: wstETH entries add up to %s, balanceOf is %s", a, sum(indexer.LedgerWstETH), wst)
		}
		ids, err := c.Queue.GetWithdrawalRequests(opts, a)
		if err != nil {
			t.Fatal(err)
		}
		worth := new(big.Int)
		for _, id := range ids {
			s, err := c.Queue.GetWithdrawalStatus(opts, []*big.Int{id})
			if err != nil {
				t.Fatal(err)
			}
			if s[0].IsFinalized {
				x, _ := claimable(id.Uint64())
				worth.Add(worth, x.ToBig())
			} else {
				worth.Add(worth, s[0].AmountOfStETH)
			}
		}
		if sum(indexer.LedgerWithdrawal).Cmp(worth) != 0 {
			t.Errorf("%s: withdrawal entries add up to %s, its requests are worth %s", a, sum(indexer.LedgerWithdrawal), worth)
		}
	}
}
