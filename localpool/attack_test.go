package localpool

import (
	"context"
	"crypto/ecdsa"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/stakepool/stakepool/contracts/bindings"
	"github.com/stakepool/stakepool/devnet"
	"github.com/stakepool/stakepool/keys"
	"github.com/stakepool/stakepool/services"
)

// TestFrontRunRefused is the attack test of the guardians' front-run check:
// an operator deposits to its own uploaded key first, with credentials of
// its own (which would then be the validator's for good). The guardians
// refuse to attest, pause the deposit security module and unvet the key,
// so the depositor deposits nothing, and no pool ETH goes to the key.
func TestFrontRunRefused(t *testing.T) {
	tp := newTestPoolNoBootstrap(t)
	ctx := context.Background()
	// the operators upload their keys
	if err := tp.d.Advance(ctx, 2); err != nil {
		t.Fatal(err)
	}
	if err := tp.team.Poll(ctx); err != nil {
		t.Fatal(err)
	}
	if err := tp.d.Advance(ctx, 2); err != nil {
		t.Fatal(err)
	}
	// operator 0 front-runs its first key with its own credentials
	vk, err := ValidatorKeys(0, 1)
	if err != nil {
		t.Fatal(err)
	}
	frontRun(t, tp, vk[0], devnet.DefaultPool().OperatorKey(0))
	// stake enough for deposits, and let the services run for a while
	stake(t, tp, 100)
	for range 4 {
		if err := tp.d.AdvanceEpochs(ctx, 1); err != nil {
			t.Fatal(err)
		}
	}
	pool, _ := bindings.NewPool(tp.a.Pool, tp.d.Client())
	stat, err := pool.GetBeaconStat(&bind.CallOpts{})
	if err != nil {
		t.Fatal(err)
	}
	if stat.DepositedValidators.Sign() != 0 {
		t.Fatalf("the depositor deposited %s validators after a front-run", stat.DepositedValidators)
	}
	// The guardians answered on chain: deposits paused (only governance
	// resumes them) and operator 0's keys unvetted from the front-run one on.
	dsm, err := bindings.NewDepositSecurityModule(tp.a.DepositSecurityModule, tp.d.Client())
	if err != nil {
		t.Fatal(err)
	}
	if paused, err := dsm.Paused(&bind.CallOpts{}, big.NewInt(1)); err != nil || !paused {
		t.Fatalf("deposits not paused after the front-run (%v)", err)
	}
	reg, _ := bindings.NewOperatorRegistry(tp.a.Registry, tp.d.Client())
	if v, err := reg.GetVetting(&bind.CallOpts{}, big.NewInt(0)); err != nil || v.Limit != 0 {
		t.Fatalf("operator 0's cap %d after its key 0 was front-run, want 0 (%v)", v.Limit, err)
	}
}

// frontRun deposits 1 ETH to sk's pubkey straight to the deposit
// contract, with credentials that pay opKey's address (the attacker's).
func frontRun(t *testing.T, tp *testPool, sk *keys.SecretKey, opKey *ecdsa.PrivateKey) {
	t.Helper()
	theirs := [32]byte{0x01}
	copy(theirs[12:], crypto.PubkeyToAddress(opKey.PublicKey).Bytes())
	dd := keys.SignDeposit(sk, theirs, 1_000_000_000, tp.d.Spec().GenesisForkVersion)
	dc, _ := bindings.NewDepositContract(devnet.DepositContractAddress, tp.d.Client())
	o, _ := bind.NewKeyedTransactorWithChainID(opKey, big.NewInt(int64(devnet.ChainID)))
	o.Value = devnet.Ether(1)
	if _, err := dc.Deposit(o, dd.Pubkey[:], theirs[:], dd.Signature[:], dd.HashTreeRoot()); err != nil {
		t.Fatal(err)
	}
	if err := tp.d.Advance(context.Background(), 2); err != nil {
		t.Fatal(err)
	}
}

// TestFrontRunRefusedBonded is TestFrontRunRefused in the bonded module
// (module 2): a permissionless operator (the user account) creates an
// operator with one key and its 2.4-ETH bond, then front-runs that key
// with its own credentials. The guardians pause module 2 and unvet the
// key through the router: the operator's vetted count falls to 0, and no
// pool ETH reaches the key.
func TestFrontRunRefusedBonded(t *testing.T) {
	tp := newTestPoolNoBootstrap(t)
	ctx := context.Background()
	if err := tp.d.Advance(ctx, 2); err != nil {
		t.Fatal(err)
	}
	bm, err := bindings.NewBondedModule(tp.a.BondedModule, tp.d.Client())
	if err != nil {
		t.Fatal(err)
	}
	vk, err := ValidatorKeys(7, 1)
	if err != nil {
		t.Fatal(err)
	}
	pool, _ := bindings.NewPool(tp.a.Pool, tp.d.Client())
	wc, err := pool.WithdrawalCredentials(&bind.CallOpts{})
	if err != nil {
		t.Fatal(err)
	}
	dd := keys.SignDeposit(vk[0], wc, 32_000_000_000, tp.d.Spec().GenesisForkVersion)
	attacker := devnet.DevKey("user")
	o, _ := bind.NewKeyedTransactorWithChainID(attacker, big.NewInt(int64(devnet.ChainID)))
	o.Value = new(big.Int).Mul(big.NewInt(24), big.NewInt(1e17))
	if _, err := bm.CreateOperator(o, big.NewInt(1), dd.Pubkey[:], dd.Signature[:], new(big.Int)); err != nil {
		t.Fatal(err)
	}
	if err := tp.d.Advance(ctx, 2); err != nil {
		t.Fatal(err)
	}
	if v, err := bm.GetVetting(&bind.CallOpts{}, big.NewInt(0)); err != nil || v.Limit != 1 {
		t.Fatalf("the bonded operator's vetted count %d before the attack, want 1 (%v)", v.Limit, err)
	}
	frontRun(t, tp, vk[0], attacker)
	stake(t, tp, 100)
	for range 4 {
		if err := tp.d.AdvanceEpochs(ctx, 1); err != nil {
			t.Fatal(err)
		}
	}
	dsm, err := bindings.NewDepositSecurityModule(tp.a.DepositSecurityModule, tp.d.Client())
	if err != nil {
		t.Fatal(err)
	}
	if paused, err := dsm.Paused(&bind.CallOpts{}, big.NewInt(2)); err != nil || !paused {
		t.Fatalf("module 2's deposits not paused after the front-run (%v)", err)
	}
	if v, err := bm.GetVetting(&bind.CallOpts{}, big.NewInt(0)); err != nil || v.Limit != 0 || v.Deposited != 0 {
		t.Fatalf("the bonded operator's vetted count %d, deposited %d after its key was front-run, want 0, 0 (%v)", v.Limit, v.Deposited, err)
	}
}

// stake submits n ETH from the user account.
func stake(t *testing.T, tp *testPool, n uint64) {
	t.Helper()
	pool, _ := bindings.NewPool(tp.a.Pool, tp.d.Client())
	o, _ := bind.NewKeyedTransactorWithChainID(devnet.DevKey("user"), big.NewInt(int64(devnet.ChainID)))
	o.Value = devnet.Ether(n)
	if _, err := pool.Submit(o, [20]byte{}); err != nil {
		t.Fatal(err)
	}
	if err := tp.d.Advance(context.Background(), 2); err != nil {
		t.Fatal(err)
	}
}

// TestDepositorNeedsQuorum: with only one guardian attesting (the others
// stopped), the depositor deposits nothing; a second one makes the quorum.
func TestDepositorNeedsQuorum(t *testing.T) {
	tp := newTestPoolNoBootstrap(t)
	ctx := context.Background()
	var kept []services.Service
	guardians := 0
	for _, s := range tp.team.Services {
		if _, ok := s.(*services.Guardian); ok {
			guardians++
			if guardians > 1 {
				continue // stopped
			}
		}
		kept = append(kept, s)
	}
	tp.team.Services = kept
	stake(t, tp, 100)
	for range 3 {
		if err := tp.d.AdvanceEpochs(ctx, 1); err != nil {
			t.Fatal(err)
		}
	}
	pool, _ := bindings.NewPool(tp.a.Pool, tp.d.Client())
	stat, _ := pool.GetBeaconStat(&bind.CallOpts{})
	if stat.DepositedValidators.Sign() != 0 {
		t.Fatalf("deposits with one guardian of a quorum of two: %s", stat.DepositedValidators)
	}
}
