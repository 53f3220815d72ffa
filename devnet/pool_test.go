package devnet

import (
	"context"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/accounts/abi/bind"

	"github.com/stakepool/stakepool/contracts/bindings"
)

// TestDeployPool deploys the suite on a devnet: the contracts answer at
// the addresses the deploy package predicted, the pool holds the initial
// stake, the deposit contract is the genesis one.
func TestDeployPool(t *testing.T) {
	cfg := testConfig("")
	pc := DefaultPool()
	pc.Fund(cfg.Genesis)
	d := openTest(t, cfg)
	defer d.Close()
	ctx := context.Background()
	a, err := d.DeployPool(ctx, pc)
	if err != nil {
		t.Fatal(err)
	}
	if a.DepositContract != DepositContractAddress {
		t.Errorf("deposit contract %s", a.DepositContract)
	}
	pool, err := bindings.NewPool(a.Pool, d.el)
	if err != nil {
		t.Fatal(err)
	}
	total, err := pool.GetTotalPooledEther(&bind.CallOpts{Context: ctx})
	if err != nil || total.Cmp(Ether(1)) != 0 {
		t.Fatalf("total pooled ether %v (%v), want the initial stake of 1 ETH", total, err)
	}
	reg, _ := bindings.NewOperatorRegistry(a.Registry, d.el)
	n, err := reg.GetNodeOperatorsCount(&bind.CallOpts{Context: ctx})
	if err != nil || n.Int64() != 4 {
		t.Fatalf("operators %v (%v)", n, err)
	}
	// The permissionless bonded module, with CSM's curve: 2 validators 3.7 ETH.
	bm, err := bindings.NewBondedModule(a.BondedModule, d.el)
	if err != nil {
		t.Fatal(err)
	}
	if req, err := bm.BondRequired(&bind.CallOpts{Context: ctx}, big.NewInt(2)); err != nil || req.String() != "3700000000000000000" {
		t.Fatalf("bonded module at %s: bond for 2 validators %v (%v), want 3.7 ETH", a.BondedModule, req, err)
	}
}
