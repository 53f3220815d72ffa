package contracts_test

import (
	"bytes"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"

	"github.com/stakepool/stakepool/contracts/bindings"
	"github.com/stakepool/stakepool/contracts/deploy"
)

// secondModule deploys a second curated registry (operator D, reward
// address Bob, keys(9, 0, 5) with cap 5) and has governance add it to the
// router as module 2 at the full share, so that the allocation alternates
// between the modules (fewest active first, module 1 on ties).
func (f *fixture) secondModule() *bindings.OperatorRegistry {
	f.t.Helper()
	addr, tx, reg2, err := bindings.DeployOperatorRegistry(f.opts(kDeployer), f.c.Client, f.a.StakingRouter, f.a.StakingRouter, f.a.Governance,
		[]bindings.OperatorRegistryInitialOperator{{Name: "D", RewardAddress: f.c.Addrs[kBob], Limit: 5}})
	f.c.MustMine(f.t, tx, err)
	pks, sigs := keys(9, 0, 5)
	f.ok("keys D")(reg2.AddSigningKeys(f.opts(kBob), big.NewInt(0), big.NewInt(5), pks, sigs))
	f.govern(f.a.StakingRouter, routerCall(f.t, "addStakingModule", addr, "second", big.NewInt(10_000), big.NewInt(500), big.NewInt(500), new(big.Int)))
	return reg2
}

// nonced is a module's contract: its nonce (a curated registry's or the
// bonded module's binding).
type nonced interface {
	Nonce(*bind.CallOpts) (*big.Int, error)
}

// attestModule has `signers` sign module m's state (nonce of reg) at the
// block before the head.
func (f *fixture) attestModule(m int64, reg nonced, signers ...int) attestation {
	f.t.Helper()
	a := f.attest()
	a.module = big.NewInt(m)
	n, err := reg.Nonce(nil)
	if err != nil {
		f.t.Fatal(err)
	}
	a.nonce = n
	a.sigs = f.signAttestation(a, signers...)
	return a
}

// TestModuleReplayAttack: module 2's operator D front-runs its next key
// with its own credentials, so the guardians attest module 1 only. The
// two modules' nonces are made equal, so that module 1's attestation names
// a state (block, root, nonce) that module 2 also has: relayed for module 2
// it is refused, because the module id is in the signed message
// (NotAGuardian: the signatures recover to strangers). Module 2's own
// attestation goes stale when module 2's nonce moves (DepositNonceChanged),
// not when module 1's does. Mutation (recorded in docs/operators.md): with
// the module id removed from attestDigest the relayed attestation is
// accepted and the pool's 32 ETH top up D's front-run validator.
func TestModuleReplayAttack(t *testing.T) {
	f := newFixtureConf(t, nil, func(cfg *deploy.Config) { cfg.DepositSecurity = dsmParams() })
	f.ok("submit")(f.pool.Submit(f.value(kAlice, eth(400)), common.Address{}))
	for op := 0; op < 2; op++ {
		pks, sigs := keys(op, 0, 5)
		f.ok("keys")(f.reg.AddSigningKeys(f.opts(kOperator+op), big.NewInt(int64(op)), big.NewInt(5), pks, sigs))
	}
	reg2 := f.secondModule()
	// Module 2's attestation works while its state stands, and module 1's
	// key upload in between does not touch it (each module its own nonce).
	a2 := f.attestModule(2, reg2, kGuardian, kGuardian+1)
	pks, sigs := keys(0, 5, 1)
	f.ok("module 1 key upload")(f.reg.AddSigningKeys(f.opts(kOperator), big.NewInt(0), big.NewInt(1), pks, sigs))
	later := f.attest() // the same module-2 state at a later block
	a2.block, a2.hash = later.block, later.hash
	a2.sigs = f.signAttestation(a2, kGuardian, kGuardian+1)
	f.ok("module 2's deposit")(f.depositWith(kMallory, a2, 2))
	if n := f.depositsTo(1 << 24); n != 1 {
		t.Fatalf("module 2's call made %d deposits to D, want 1 (one of the 2 allocated, module 1's waits)", n)
	}
	f.mine(5) // the minimum distance
	stale := f.attestModule(2, reg2, kGuardian, kGuardian+1)
	pks, sigs = keys(9, 5, 1)
	f.ok("module 2 key upload")(reg2.AddSigningKeys(f.opts(kBob), big.NewInt(0), big.NewInt(1), pks, sigs))
	_, err := f.depositWith(kMallory, stale, 2)
	f.refused("module 2's attestation of its old nonce", "DepositNonceChanged", err)

	// D front-runs its next key (key 1).
	victim, err := reg2.GetSigningKey(nil, big.NewInt(0), big.NewInt(1))
	if err != nil {
		t.Fatal(err)
	}
	opCred := f.frontRun(kBob, victim.Pubkey, victim.Signature)
	// Equal nonces: upload keys to the module behind.
	for {
		n1, err1 := f.reg.Nonce(nil)
		n2, err2 := reg2.Nonce(nil)
		if err1 != nil || err2 != nil {
			t.Fatal(err1, err2)
		}
		if c := n1.Cmp(n2); c == 0 {
			break
		} else if c < 0 {
			pks, sigs := keys(1, 5+int(n1.Int64()), 1)
			f.ok("module 1 key")(f.reg.AddSigningKeys(f.opts(kOperator+1), big.NewInt(1), big.NewInt(1), pks, sigs))
		} else {
			pks, sigs := keys(9, 6+int(n2.Int64()), 1)
			f.ok("module 2 key")(reg2.AddSigningKeys(f.opts(kBob), big.NewInt(0), big.NewInt(1), pks, sigs))
		}
	}
	f.mine(1)
	a1 := f.attestModule(1, f.reg, kGuardian, kGuardian+1) // module 1 is clean: the guardians sign it
	replay := a1
	replay.module = big.NewInt(2)
	_, err = f.depositWith(kMallory, replay, 4) // of 4, one is module 2's (D's next key: the front-run one)
	f.refused("module 1's attestation relayed for module 2", "NotAGuardian", err)
	if cred, gwei := validatorOf(f.beaconDeposits(), victim.Pubkey); !bytes.Equal(cred, opCred) || gwei != 1_000_000_000 {
		t.Fatalf("the front-run validator: credentials %x, %d gwei (want only D's 1 ETH)", cred, gwei)
	}
	// Module 1's own deposit with the same attestation goes through.
	f.ok("module 1's deposit")(f.depositWith(kMallory, a1, 2))
	t.Logf("module 1's attestation (nonce %v, equal to module 2's) refused for module 2; D's front-run validator holds only its own 1 ETH", a1.nonce)
}

// depositsTo counts the pool's Deposited events to global operator id op.
func (f *fixture) depositsTo(op uint64) int {
	f.t.Helper()
	it, err := f.pool.FilterDeposited(nil, nil)
	if err != nil {
		f.t.Fatal(err)
	}
	defer it.Close()
	n := 0
	for it.Next() {
		if it.Event.OperatorId.Uint64() == op {
			n++
		}
	}
	return n
}
