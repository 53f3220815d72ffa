package localpool

import (
	"context"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/stakepool/stakepool/contracts/bindings"
	"github.com/stakepool/stakepool/devnet"
	"github.com/stakepool/stakepool/keys"
	"github.com/stakepool/stakepool/services"
)

// mined advances the devnet two slots and fails unless tx succeeded.
func mined(t *testing.T, tp *testPool, what string, tx *types.Transaction, err error) {
	t.Helper()
	if err != nil {
		t.Fatalf("%s: %v", what, err)
	}
	if err := tp.d.Advance(context.Background(), 2); err != nil {
		t.Fatal(err)
	}
	r, err := tp.d.Client().TransactionReceipt(context.Background(), tx.Hash())
	if err != nil || r.Status != types.ReceiptStatusSuccessful {
		t.Fatalf("%s: receipt %+v (%v)", what, r, err)
	}
}

// TestDepositsPerModule: a second curated registry joins the router as
// module 3 (module 2 is the bonded module, without operators here; one
// operator, 4 keys with valid deposit signatures, the full target share)
// while the guardians and the depositor run over loopback JSON-RPC and
// Beacon API. The guardians attest each module (module 3's attestation
// names module 3 and its own nonce), the depositor deposits module by
// module, and both curated modules' operators get validators: module 3's
// by the global id 2 << 24. (The bonded module's own deposits on the
// devnet: cmd/stakepool TestBondedOperatorOnDevnet.)
func TestDepositsPerModule(t *testing.T) {
	tp := newTestPoolNoBootstrap(t)
	ctx := context.Background()
	cl := tp.d.Client()
	chainID := big.NewInt(int64(devnet.ChainID))
	user := devnet.DevKey("user")
	uo, _ := bind.NewKeyedTransactorWithChainID(user, chainID)
	pc := devnet.DefaultPool()
	// Module 3's registry (the router its pool and oracle) and its keys.
	reg2Addr, tx, reg2, err := bindings.DeployOperatorRegistry(uo, cl, tp.a.StakingRouter, tp.a.StakingRouter, tp.a.Governance,
		[]bindings.OperatorRegistryInitialOperator{{Name: "second-0", RewardAddress: uo.From, Limit: 4}})
	mined(t, tp, "deploy module 3's registry", tx, err)
	pool, _ := bindings.NewPool(tp.a.Pool, cl)
	creds, err := pool.WithdrawalCredentials(&bind.CallOpts{})
	if err != nil {
		t.Fatal(err)
	}
	vk, err := ValidatorKeys(50, 4)
	if err != nil {
		t.Fatal(err)
	}
	var pks, sigs []byte
	for _, k := range vk {
		dd := keys.SignDeposit(k, creds, 32_000_000_000, tp.d.Spec().GenesisForkVersion)
		pks = append(pks, dd.Pubkey[:]...)
		sigs = append(sigs, dd.Signature[:]...)
	}
	tx, err = reg2.AddSigningKeys(uo, new(big.Int), big.NewInt(4), pks, sigs)
	mined(t, tp, "module 3's keys", tx, err)
	// Governance adds it to the router.
	rabi, _ := bindings.StakingRouterMetaData.GetAbi()
	data, err := rabi.Pack("addStakingModule", reg2Addr, "second", big.NewInt(10_000), big.NewInt(500), big.NewInt(500), new(big.Int))
	if err != nil {
		t.Fatal(err)
	}
	gov, _ := bindings.NewGovernance(tp.a.Governance, cl)
	gop, _ := bind.NewKeyedTransactorWithChainID(pc.Governance(), chainID)
	tx, err = gov.Propose(gop, tp.a.StakingRouter, data)
	mined(t, tp, "propose", tx, err)
	r, _ := cl.TransactionReceipt(ctx, tx.Hash())
	ev, err := gov.ParseProposalCreated(*r.Logs[0])
	if err != nil {
		t.Fatal(err)
	}
	if err := tp.d.Advance(ctx, 4); err != nil { // the 24-second timelock
		t.Fatal(err)
	}
	tx, err = gov.Execute(gop, ev.Id)
	mined(t, tp, "execute", tx, err)

	stake(t, tp, 300)
	for range 4 {
		if err := tp.d.AdvanceEpochs(ctx, 1); err != nil {
			t.Fatal(err)
		}
	}
	// Module 3's attestations name module 3 and its nonce.
	n2, err := reg2.Nonce(&bind.CallOpts{})
	if err != nil {
		t.Fatal(err)
	}
	attested := 0
	for _, s := range tp.team.Services {
		if g, ok := s.(*services.Guardian); ok {
			if a := g.LatestOf(3); a != nil && a.Module == 3 && a.Nonce == common.BigToHash(n2) {
				attested++
			}
		}
	}
	if attested < pc.GuardianQuorum {
		t.Fatalf("%d guardians attest module 3 at its nonce %v, want at least %d", attested, n2, pc.GuardianQuorum)
	}
	it, err := pool.FilterDeposited(&bind.FilterOpts{Context: ctx}, nil)
	if err != nil {
		t.Fatal(err)
	}
	byModule := map[uint64]int{}
	for it.Next() {
		byModule[it.Event.OperatorId.Uint64()>>24+1]++
	}
	it.Close()
	if byModule[1] == 0 || byModule[3] != 4 {
		t.Fatalf("deposits by module %v, want module 1's and all 4 of module 3's keys", byModule)
	}
	dsm, _ := bindings.NewDepositSecurityModule(tp.a.DepositSecurityModule, cl)
	last2, err := dsm.LastDepositBlock(&bind.CallOpts{}, big.NewInt(3))
	if err != nil || last2.Sign() == 0 {
		t.Fatalf("module 3's last deposit block %v (%v): not deposited through the deposit security module", last2, err)
	}
	// The oracle members read every module's operators and keys: a report
	// counts module 3's validators too (with module 1's keys only, the
	// reported validators would stop at module 1's).
	var stat struct {
		DepositedValidators *big.Int
		BeaconValidators    *big.Int
		BeaconBalance       *big.Int
	}
	for e := 0; e < 24; e++ {
		if stat, err = pool.GetBeaconStat(&bind.CallOpts{}); err != nil {
			t.Fatal(err)
		}
		if stat.BeaconValidators.Cmp(stat.DepositedValidators) == 0 {
			break
		}
		if err := tp.d.AdvanceEpochs(ctx, 1); err != nil {
			t.Fatal(err)
		}
	}
	if stat.BeaconValidators.Uint64() != uint64(byModule[1]+byModule[3]) {
		t.Fatalf("reported %v validators of %v deposited (module 1: %d, module 3: %d)", stat.BeaconValidators, stat.DepositedValidators, byModule[1], byModule[3])
	}
	t.Logf("deposits by module: %v (module 3's last in block %v); reported %v validators", byModule, last2, stat.BeaconValidators)
}
