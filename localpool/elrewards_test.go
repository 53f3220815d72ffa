package localpool

import (
	"context"
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/stakepool/stakepool/beacon"
	"github.com/stakepool/stakepool/beacon/api"
	"github.com/stakepool/stakepool/contracts/bindings"
	"github.com/stakepool/stakepool/devnet"
)

// TestELRewardsKept: operator 1's validators propose with the operator's
// own address as fee recipient (devnet.PoolConfig.KeepELRewards), keeping
// priority fees and the builders' payments. The oracle members read the
// frame's blocks through the Beacon API and the receipts through
// JSON-RPC, the agreed reports charge operator 1 exactly what its address
// received in those frames, and operator 1's fee shares are withheld
// against the debt (minted to the burner), while operator 0, with as
// many validators, gets its full share.
func TestELRewardsKept(t *testing.T) {
	tp := newTestPoolWith(t, func(pc *devnet.PoolConfig) { pc.KeepELRewards = []int{1} })
	ctx := context.Background()
	if err := Bootstrap(ctx, tp.d, tp.a, 8, 40); err != nil {
		t.Fatal(err)
	}
	el := tp.d.Client()
	call := &bind.CallOpts{}
	or, _ := bindings.NewOracle(tp.a.Oracle, el)
	pool, _ := bindings.NewPool(tp.a.Pool, el)
	reg, _ := bindings.NewOperatorRegistry(tp.a.Registry, el)
	reader, err := api.New(ctx, api.Config{BeaconURL: tp.beacon, ExecutionURL: tp.rpc, Timeout: 30 * time.Second})
	if err != nil {
		t.Fatal(err)
	}
	defer reader.Close()
	keeper := crypto.PubkeyToAddress(devnet.DefaultPool().OperatorKey(1).PublicKey)
	balanceAtSlot := func(slot uint64) *big.Int {
		n, _, err := reader.ExecutionBlockAt(ctx, beacon.Slot(slot))
		if err != nil {
			t.Fatal(err)
		}
		b, err := el.BalanceAt(ctx, keeper, new(big.Int).SetUint64(n))
		if err != nil {
			t.Fatal(err)
		}
		return b
	}
	counts, _ := reg.GetAllCounts(call)
	if counts[0].Deposited != counts[1].Deposited || counts[1].Deposited == 0 {
		t.Fatalf("operators 0 and 1 have %d and %d validators; the comparison wants them equal", counts[0].Deposited, counts[1].Deposited)
	}
	first, _ := or.LastRefSlot(call)
	before := balanceAtSlot(first.Uint64())
	start, _ := el.BlockNumber(ctx)
	// Operator 1's 2 validators of 1,032 propose a block in about 516
	// slots: 64 epochs (16 frames) give them a few on this seed.
	if err := tp.d.AdvanceEpochs(ctx, 16*4); err != nil {
		t.Fatal(err)
	}
	last, _ := or.LastRefSlot(call)
	if last.Cmp(first) <= 0 {
		t.Fatal("no report in 16 frames")
	}
	kept := new(big.Int).Sub(balanceAtSlot(last.Uint64()), before)

	// The reports' charges, from the data the members submitted.
	parsed, _ := bindings.OracleMetaData.GetAbi()
	it, err := or.FilterReportProcessed(&bind.FilterOpts{Start: start}, nil)
	if err != nil {
		t.Fatal(err)
	}
	charged := map[uint64]*big.Int{0: new(big.Int), 1: new(big.Int), 2: new(big.Int), 3: new(big.Int)}
	reports := 0
	for it.Next() {
		tx, _, err := el.TransactionByHash(ctx, it.Event.Raw.TxHash)
		if err != nil {
			t.Fatal(err)
		}
		args, err := parsed.Methods["submitReportData"].Inputs.Unpack(tx.Data()[4:])
		if err != nil {
			t.Fatal(err)
		}
		r := *abi.ConvertType(args[0], new(bindings.OracleReport)).(*bindings.OracleReport)
		if r.RefSlot.Cmp(first) <= 0 {
			continue
		}
		reports++
		for _, c := range r.ElRewardsCharges {
			charged[c.Operator.Uint64()].Add(charged[c.Operator.Uint64()], c.Amount)
		}
	}
	t.Logf("%d reports after slot %s up to slot %s; operator 1's address received %s wei; charged %v", reports, first, last, kept, charged)
	if kept.Sign() <= 0 {
		t.Fatal("operator 1's address received nothing: no proposal of its validators in 16 frames")
	}
	if charged[1].Cmp(kept) != 0 {
		t.Errorf("operator 1 charged %s wei, its address received %s wei", charged[1], kept)
	}
	for _, op := range []uint64{0, 2, 3} {
		if charged[op].Sign() != 0 {
			t.Errorf("operator %d, proposing to the vault, charged %s wei", op, charged[op])
		}
	}

	// The fee shares: withheld for operator 1, minted in full for operator 0.
	minted := map[uint64]*big.Int{0: new(big.Int), 1: new(big.Int)}
	fm, err := pool.FilterFeeMinted(&bind.FilterOpts{Start: start}, nil)
	if err != nil {
		t.Fatal(err)
	}
	for fm.Next() {
		if op := fm.Event.OperatorId; op.IsUint64() && op.Uint64() <= 1 {
			minted[op.Uint64()].Add(minted[op.Uint64()], fm.Event.SharesAmount)
		}
	}
	withheld := new(big.Int)
	ch, err := pool.FilterELRewardsCharged(&bind.FilterOpts{Start: start}, nil)
	if err != nil {
		t.Fatal(err)
	}
	for ch.Next() {
		if ch.Event.OperatorId.Uint64() != 1 {
			t.Errorf("operator %s's fee shares withheld", ch.Event.OperatorId)
		}
		withheld.Add(withheld, ch.Event.SharesAmount)
	}
	router, _ := bindings.NewStakingRouter(tp.a.StakingRouter, el)
	debt, _ := router.ElRewardsDebt(call, big.NewInt(1))
	t.Logf("fee shares: operator 0 minted %s; operator 1 minted %s, withheld %s; operator 1's debt %s wei", minted[0], minted[1], withheld, debt)
	if withheld.Sign() == 0 {
		t.Fatal("no fee share of operator 1 withheld")
	}
	if got := new(big.Int).Add(minted[1], withheld); got.Cmp(minted[0]) != 0 {
		t.Errorf("operator 1's minted + withheld shares %s, operator 0's (as many validators) %s", got, minted[0])
	}
}
