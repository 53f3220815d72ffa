package indexer_test

import (
	"context"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/stakepool/stakepool/contracts/bindings"
	"github.com/stakepool/stakepool/contracts/contractstest"
	"github.com/stakepool/stakepool/simnode"
)

func eth(x float64) *big.Int {
	v, _ := new(big.Float).Mul(big.NewFloat(x), big.NewFloat(1e18)).Int(nil)
	return v
}

// LifeOfAnAccount has user 0 stake, send and receive stETH, be rebased by
// rewards (consensus, execution), wrap and unwrap, request withdrawals,
// see them finalized and claim, take an instant withdrawal, and live
// through a loss the insurance fund covers. It returns the user.
func LifeOfAnAccount(t testing.TB, n *simnode.Node) common.Address {
	t.Helper()
	ctx := context.Background()
	c, err := n.Bind()
	if err != nil {
		t.Fatal(err)
	}
	u, v := simnode.KeyUser0, simnode.KeyUser0+1
	me := n.Addrs[u]
	step := 0
	send := func(tx *types.Transaction, err error) {
		t.Helper()
		step++
		if err != nil {
			for _, md := range []*bind.MetaData{bindings.PoolMetaData, bindings.WithdrawalQueueMetaData, bindings.WstETHMetaData, bindings.OperatorRegistryMetaData} {
				if name := contractstest.RevertName(err, md); name != "" && name[0] != '?' {
					t.Fatalf("step %d reverted: %s", step, name)
				}
			}
			t.Fatalf("step %d: %v", step, err)
		}
		n.Commit()
		r, err := n.Client.TransactionReceipt(ctx, tx.Hash())
		if err != nil || r.Status != types.ReceiptStatusSuccessful {
			t.Fatalf("transaction %s: %v (status %v)", tx.Hash(), err, r)
		}
	}
	opts := func(i int, value *big.Int) *bind.TransactOpts {
		o := n.Opts(i)
		o.Value = value
		return o
	}
	report := func(ro simnode.ReportOpts) {
		t.Helper()
		if _, err := n.Report(ctx, ro); err != nil {
			t.Fatal(err)
		}
	}
	// Validators to deposit into: keys for every operator.
	for op := 0; op < simnode.Operators; op++ {
		pks := make([]byte, 0, 48*4)
		for i := 0; i < 4; i++ {
			pk := make([]byte, 48)
			pk[0], pk[1], pk[2] = 0xb0, byte(op), byte(i)
			pks = append(pks, pk...)
		}
		send(c.Registry.AddSigningKeys(opts(simnode.KeyOperator0+op, nil), big.NewInt(int64(op)), big.NewInt(4), pks, make([]byte, 96*4)))
	}
	send(c.Pool.Submit(opts(u, eth(100)), common.Address{}))
	send(c.Pool.Submit(opts(v, eth(250)), common.Address{}))
	send(c.Pool.Deposit(opts(simnode.KeyDepositor, nil), big.NewInt(4)))
	send(c.Pool.Transfer(opts(u, nil), n.Addrs[v], eth(7.5)))
	send(c.Pool.TransferShares(opts(v, nil), me, eth(3)))
	report(simnode.ReportOpts{APRBP: 400, ELRewards: eth(0.01), Skim: eth(0.002)})
	send(c.WstETH.Wrap(opts(u, nil), eth(20)))
	report(simnode.ReportOpts{Frames: 2, APRBP: 350, ELRewards: eth(0.004)})
	send(c.WstETH.Unwrap(opts(u, nil), eth(5)))
	send(c.Queue.RequestWithdrawals(opts(u, nil), []*big.Int{eth(10), eth(2.5)}, common.Address{}))
	report(simnode.ReportOpts{APRBP: 300, Finalize: true})
	ids, err := c.Queue.GetWithdrawalRequests(&bind.CallOpts{}, me)
	if err != nil || len(ids) != 2 {
		t.Fatalf("requests of the user: %v %v", ids, err)
	}
	send(c.Queue.ClaimWithdrawal(opts(u, nil), ids[0]))
	report(simnode.ReportOpts{Loss: eth(0.3)}) // a slashing: the insurance fund covers it
	send(c.Pool.InstantWithdraw(opts(u, nil), eth(1)))
	send(c.Pool.InstantWithdraw(opts(v, nil), eth(2))) // another holder's: its fee stays with everyone
	send(c.Pool.Submit(opts(v, eth(1)), common.Address{}))
	report(simnode.ReportOpts{APRBP: 300, ELRewards: eth(0.003), Finalize: true})
	send(c.Queue.ClaimWithdrawal(opts(u, nil), ids[1]))
	return me
}

// TestStatementExplainsEveryWei is issue 17's "done when": the statement
// of an account that staked, transferred, was rebased, withdrew and
// claimed explains every wei of its balances, with a reason for each.
func TestStatementExplainsEveryWei(t *testing.T) {
	n := startNode(t)
	me := LifeOfAnAccount(t, n)
	ix := openIndexer(t, n, t.TempDir())
	defer ix.Close()
	sync(t, ix)
	checkStatements(t, n, ix)
	v, err := ix.View()
	if err != nil {
		t.Fatal(err)
	}
	defer v.Close()
	st, err := v.Statement(me, nil)
	if err != nil {
		t.Fatal(err)
	}
	seen := map[string]bool{}
	for _, e := range st.Entries {
		seen[e.Ledger.String()+"/"+e.Reason] = true
	}
	for _, want := range []string{"eth/stake", "steth/stake", "steth/transfer", "steth/rebase_consensus", "steth/rebase_execution",
		"steth/rebase_fee", "steth/wrap", "wsteth/wrap", "steth/unwrap", "wsteth/unwrap", "steth/withdrawal_request",
		"withdrawal/withdrawal_request", "withdrawal/finalization", "withdrawal/claim", "eth/claim", "steth/instant_withdrawal",
		"eth/instant_withdrawal", "steth/socialized_loss", "steth/rebase_insurance_cover", "steth/instant_withdrawal_fee"} {
		if !seen[want] {
			t.Errorf("no %s entry in the statement (%v)", want, seen)
		}
	}
	fig := ix.Figures()
	if fig.Reports != 5 || fig.Finalized < 2 {
		t.Errorf("figures %+v: want 5 reports and both requests finalized", fig)
	}
}
