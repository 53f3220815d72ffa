package readapi_test

import (
	"context"
	"math/big"
	"net/http/httptest"
	"slices"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/stakepool/stakepool/contracts/bindings"
	"github.com/stakepool/stakepool/readapi"
	"github.com/stakepool/stakepool/simnode"
)

// TestOperatorsOfEveryModule: the bonded module is the router's module 2
// (one operator, 2 keys, a 3.7-ETH bond), and a second registry joins the
// router as module 3 ("dvt", operator dvt-0 with 2 keys, cap 3); GET
// /v1/operators lists module 1's three operators (module_id 1, global ids
// 0..2), then module 2's bonded operator (global id 1 << 24, its bond in
// shares and stETH, and its history from the index: 3.7 + 0.5 ETH topped
// up, 0.5 claimed), then module 3's operator with module_id 3, global_id
// 2 << 24, its module's name and kind and its own counts — after a deposit
// into module 3, whose Deposited event (operator 2 << 24) the index takes
// without stopping.
func TestOperatorsOfEveryModule(t *testing.T) {
	ctx := context.Background()
	n, err := simnode.Start(ctx, simnode.Config{})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(n.Close)
	if err := n.UploadKeys(ctx, 2); err != nil {
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
	a := n.Addresses
	user := simnode.KeyUser0
	reg2Addr, tx, reg2, err := bindings.DeployOperatorRegistry(n.Opts(simnode.KeyDeployer), n.Client, a.StakingRouter, a.StakingRouter, a.Governance,
		[]bindings.OperatorRegistryInitialOperator{{Name: "dvt-0", RewardAddress: n.Addrs[user], Limit: 3}})
	mine("deploy", tx, err)
	var pks, sigs []byte
	for i := 0; i < 2; i++ {
		pk := make([]byte, 48)
		pk[0], pk[47] = 0xd2, byte(i+1)
		pks, sigs = append(pks, pk...), append(sigs, make([]byte, 96)...)
	}
	tx, err = reg2.AddSigningKeys(n.Opts(user), new(big.Int), big.NewInt(2), pks, sigs)
	mine("keys", tx, err)
	bonded, _ := bindings.NewBondedModule(a.BondedModule, n.Client)
	for i := range pks {
		pks[i] ^= 0x0f // other keys than module 3's
	}
	bo := n.Opts(simnode.KeyUser0 + 1)
	bo.Value = new(big.Int).Mul(big.NewInt(37), big.NewInt(1e17))
	tx, err = bonded.CreateOperator(bo, big.NewInt(2), pks, sigs, new(big.Int))
	mine("bonded operator", tx, err)
	// 0.5 ETH more than the curve asks, claimed back: the index's history
	// counts 4.2 ETH of shares topped up and 0.5 claimed (the rate is 1)
	bo.Value = new(big.Int).Mul(big.NewInt(5), big.NewInt(1e17))
	tx, err = bonded.TopUp(bo, new(big.Int), new(big.Int))
	mine("top-up", tx, err)
	bo.Value = nil
	tx, err = bonded.Claim(bo, new(big.Int), new(big.Int).Mul(big.NewInt(5), big.NewInt(1e17)))
	mine("claim", tx, err)
	rabi, _ := bindings.StakingRouterMetaData.GetAbi()
	data, err := rabi.Pack("addStakingModule", reg2Addr, "dvt", big.NewInt(5000), big.NewInt(500), big.NewInt(500), new(big.Int))
	if err != nil {
		t.Fatal(err)
	}
	gov, _ := bindings.NewGovernance(a.Governance, n.Client)
	tx, err = gov.Propose(n.Opts(simnode.KeyMember), a.StakingRouter, data)
	mine("propose", tx, err)
	r, _ := n.Client.TransactionReceipt(ctx, tx.Hash())
	ev, err := gov.ParseProposalCreated(*r.Logs[0])
	if err != nil {
		t.Fatal(err)
	}
	tl, err := gov.TimelockSeconds(&bind.CallOpts{Context: ctx})
	if err != nil {
		t.Fatal(err)
	}
	if err := n.AdjustTime(time.Duration(tl+1) * time.Second); err != nil {
		t.Fatal(err)
	}
	tx, err = gov.Execute(n.Opts(simnode.KeyMember), ev.Id)
	mine("execute", tx, err)
	// 100 ETH staked, and module 3's part of a deposit call of 3 (against
	// a total of 3, module 3's cap is ⌊5000 × 3 / 10000⌋ = 1, module 2's
	// ⌊1000 × 3 / 10000⌋ = 0): the pool's Deposited event names operator
	// 2 << 24, which the index keeps.
	pool, _ := bindings.NewPool(a.Pool, n.Client)
	so := n.Opts(user)
	so.Value = new(big.Int).Mul(big.NewInt(100), big.NewInt(1e18))
	tx, err = pool.Submit(so, common.Address{})
	mine("submit", tx, err)
	tx, err = pool.DepositModule(n.Opts(simnode.KeyDepositor), big.NewInt(3), big.NewInt(3))
	mine("module 3's deposit", tx, err)

	srv, err := readapi.New(ctx, readapi.Config{RPC: n.URL, Pool: a.Pool, DataDir: t.TempDir(), Version: "test"})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { srv.Close() })
	if err := srv.Sync(ctx); err != nil {
		t.Fatal(err)
	}
	ts := httptest.NewServer(srv.Handler())
	t.Cleanup(ts.Close)
	var ops readapi.Operators
	get(t, ts.URL+"/v1/operators", 200, &ops)
	// The keys the beacon section asks the beacon node for: module 3's
	// deposited key is read from its own registry (through the router),
	// not from module 1's (where operator 2 << 24 does not exist).
	keys, err := srv.DepositedKeys(ctx)
	if err != nil {
		t.Fatalf("the deposited keys of every module: %v", err)
	}
	var deposited uint64
	for _, o := range ops.Operators {
		deposited += o.Deposited
	}
	var dvt0 [48]byte
	dvt0[0], dvt0[47] = 0xd2, 1
	if uint64(len(keys)) != deposited || !slices.Contains(keys, dvt0) {
		t.Errorf("deposited keys %x: want %d, module 3's key 0 among them", keys, deposited)
	}
	if len(ops.Operators) != 5 {
		t.Fatalf("%d operators, want module 1's 3, module 2's 1 and module 3's 1: %+v", len(ops.Operators), ops.Operators)
	}
	for i, o := range ops.Operators[:3] {
		if o.Module != 1 || o.GlobalID != uint64(i) || o.ID != uint64(i) || o.ModuleName != "curated" || o.ModuleKind != "curated" {
			t.Errorf("module 1's operator %d: %+v", i, o)
		}
	}
	b := ops.Operators[3]
	if b.Module != 2 || b.ID != 0 || b.GlobalID != 1<<24 || b.ModuleName != "bonded" || b.ModuleKind != "bonded" || b.Name != "bonded-0" ||
		b.Keys != 2 || b.Limit != 2 || b.Deposited != 0 || b.RewardAddress != n.Addrs[simnode.KeyUser0+1].Hex() ||
		b.BondShares != "3700000000000000000" || b.BondStETH == "" || b.BondStETH == "0" || b.BondDebtShares != "0" {
		t.Errorf("module 2's bonded operator: %+v", b)
	}
	if h := b.BondHistory; h == nil || h.ToppedUpShares != "4200000000000000000" || h.ClaimedShares != "500000000000000000" ||
		h.SettledShares != "3700000000000000000" || h.RewardShares != "0" || h.BurntShares != "0" || h.Penalties != 0 || h.CreatedBlock == 0 ||
		h.DebtShares != "0" || h.DebtCreatedShares != "0" || h.RemovalChargedShares != "0" || h.KeysRemoved != 0 {
		t.Errorf("module 2's bonded operator's bond history: %+v", h)
	}
	o := ops.Operators[4]
	if o.Module != 3 || o.ID != 0 || o.GlobalID != 2<<24 || o.ModuleName != "dvt" || o.ModuleKind != "curated" || o.Name != "dvt-0" ||
		o.Keys != 2 || o.Limit != 3 || o.Deposited != 1 || o.RewardAddress != n.Addrs[user].Hex() || o.Status != "active" || o.RewardShares != "0" {
		t.Errorf("module 3's operator: %+v", o)
	}
}
