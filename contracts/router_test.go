package contracts_test

import (
	"context"
	"math/big"
	"slices"
	"testing"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"

	"github.com/stakepool/stakepool/contracts/bindings"
	"github.com/stakepool/stakepool/protocol"
)

// routerCall packs a StakingRouter call for governance.
func routerCall(t *testing.T, method string, args ...any) []byte {
	t.Helper()
	parsed, err := bindings.StakingRouterMetaData.GetAbi()
	if err != nil {
		t.Fatal(err)
	}
	data, err := parsed.Pack(method, args...)
	if err != nil {
		t.Fatal(err)
	}
	return data
}

// TestStakingRouterTwoModules is protocol's TestRouterAllocation and
// TestRouterFeeSplit on chain: module 1 (operators a and b, 20 keys each)
// at 9,000 bp, a second OperatorRegistry as module 2 (operator D, 20 keys)
// at 1,000 bp with fees 6% + 4%; 640 ETH staked, one deposit call of 20:
// module 1's 18 (a and b alternating), then D's 2 (global id 1 << 24);
// then a 1-ETH consensus gain on 641 ETH: the same shares to the wei as
// the spec's hand computation.
func TestStakingRouterTwoModules(t *testing.T) {
	f := newFixtureWith(t, func(p *protocol.Params) {
		p.ReserveTargetBP, p.MaxDepositsPerBlock, p.AnnualIncreaseBP = 0, 20, 100*protocol.BP
	})
	router, err := bindings.NewStakingRouter(f.a.StakingRouter, f.c.Client)
	if err != nil {
		t.Fatal(err)
	}
	for op := 0; op < 2; op++ {
		pks, sigs := keys(op, 0, 20)
		f.ok("keys")(f.reg.AddSigningKeys(f.opts(kOperator+op), big.NewInt(int64(op)), big.NewInt(20), pks, sigs))
		f.govern(f.a.Registry, packReg(t, "setNodeOperatorLimit", big.NewInt(int64(op)), uint64(20)))
	}
	// Module 2: a second curated registry whose pool and oracle are the router.
	dAddr := f.c.Addrs[kBob]
	reg2Addr, tx, reg2, err := bindings.DeployOperatorRegistry(f.opts(kDeployer), f.c.Client, f.a.StakingRouter, f.a.StakingRouter, f.a.Governance,
		[]bindings.OperatorRegistryInitialOperator{{Name: "D", RewardAddress: dAddr, Limit: 20}})
	f.c.MustMine(t, tx, err)
	pks, sigs := keys(9, 0, 20)
	f.ok("keys D")(reg2.AddSigningKeys(f.opts(kBob), big.NewInt(0), big.NewInt(20), pks, sigs))
	f.govern(f.a.StakingRouter, routerCall(t, "setStakingModule", big.NewInt(1), "curated", big.NewInt(9000), new(big.Int), new(big.Int), new(big.Int)))
	f.govern(f.a.StakingRouter, routerCall(t, "addStakingModule", reg2Addr, "simple-dvt", big.NewInt(1000), big.NewInt(600), big.NewInt(400), new(big.Int)))
	if n, err := router.GetStakingModulesCount(nil); err != nil || n.Uint64() != 2 {
		t.Fatalf("modules %v, %v", n, err)
	}

	f.ok("stake")(f.pool.Submit(f.value(kAlice, eth(640)), common.Address{}))
	tx, err = f.pool.Deposit(f.opts(kDepositor), big.NewInt(20))
	r := f.c.MustMine(t, tx, err)
	var got []uint64
	for _, l := range r.Logs {
		if ev, err := f.pool.ParseDeposited(*l); err == nil {
			got = append(got, ev.OperatorId.Uint64())
		}
	}
	var want []uint64
	for i := 0; i < 18; i++ {
		want = append(want, uint64(i%2))
	}
	want = append(want, 1<<24, 1<<24)
	if !slices.Equal(got, want) {
		t.Fatalf("deposits to %x, want %x", got, want)
	}

	f.report(20, eth(640), false)
	shares := func(a common.Address) *big.Int {
		s, err := f.pool.SharesOf(nil, a)
		if err != nil {
			t.Fatal(err)
		}
		return s
	}
	before := map[string]*big.Int{"a": shares(f.c.Addrs[kOperator]), "b": shares(f.c.Addrs[kOperator+1]), "D": shares(dAddr),
		"insurance": shares(f.c.Addrs[kInsurance]), "treasury": shares(f.c.Addrs[kTreasury])}
	f.report(20, eth(641), false)
	after := map[string]*big.Int{"a": shares(f.c.Addrs[kOperator]), "b": shares(f.c.Addrs[kOperator+1]), "D": shares(dAddr),
		"insurance": shares(f.c.Addrs[kInsurance]), "treasury": shares(f.c.Addrs[kTreasury])}
	for who, w := range map[string]string{"a": "22468453030066988", "b": "22468453030066988", "D": "5991587474684530",
		"insurance": "9985979124474217", "treasury": "38945318585449448"} {
		if d := new(big.Int).Sub(after[who], before[who]); d.String() != w {
			t.Errorf("%s got %s fee shares, want %s (protocol's TestRouterFeeSplit)", who, d, w)
		}
	}
	// Refusals: fees over 100%, a share over 100%, module 1's fees.
	f.mds = append(f.mds, bindings.StakingRouterMetaData)
	for _, c := range []struct {
		data []byte
		want string
	}{
		{routerCall(t, "setStakingModule", big.NewInt(2), "x", big.NewInt(1000), big.NewInt(6000), big.NewInt(4001), new(big.Int)), "ModuleFees"},
		{routerCall(t, "setStakingModule", big.NewInt(2), "x", big.NewInt(10_001), new(big.Int), new(big.Int), new(big.Int)), "ModuleShare"},
		{routerCall(t, "setStakingModule", big.NewInt(1), "curated", big.NewInt(9000), big.NewInt(500), new(big.Int), new(big.Int)), "ModuleFeesByParams"},
		{routerCall(t, "setStakingModule", big.NewInt(3), "x", new(big.Int), new(big.Int), new(big.Int), new(big.Int)), "UnknownModule"},
	} {
		// As governance's executor would call it (an eth_call from its address).
		_, err := f.c.Client.CallContract(context.Background(), ethereum.CallMsg{From: f.a.Governance, To: &f.a.StakingRouter, Data: c.data}, nil)
		if got := f.revert(err); got != c.want {
			t.Errorf("refusal %s: got %q (%v)", c.want, got, err)
		}
	}
}

// packReg packs an OperatorRegistry call for governance.
func packReg(t *testing.T, method string, args ...any) []byte {
	t.Helper()
	parsed, err := bindings.OperatorRegistryMetaData.GetAbi()
	if err != nil {
		t.Fatal(err)
	}
	data, err := parsed.Pack(method, args...)
	if err != nil {
		t.Fatal(err)
	}
	return data
}
