package contracts_test

import (
	"bytes"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/holiman/uint256"
	zcommon "github.com/protolambda/zrnt/eth2/beacon/common"
	"github.com/protolambda/ztyp/tree"

	"github.com/stakepool/stakepool/contracts/bindings"
	"github.com/stakepool/stakepool/contracts/deploy"
	"github.com/stakepool/stakepool/protocol"
)

// milliETH is n thousandths of an ether.
func milliETH(n uint64) *uint256.Int {
	return new(uint256.Int).Mul(uint256.NewInt(n), uint256.NewInt(1e15))
}

// beaconDeposit is one DepositEvent of the deposit contract.
type beaconDeposit struct {
	pubkey, credentials []byte
	gwei                uint64
}

func (f *fixture) beaconDeposits() []beaconDeposit {
	f.t.Helper()
	dc, err := bindings.NewDepositContract(f.a.DepositContract, f.c.Client)
	if err != nil {
		f.t.Fatal(err)
	}
	it, err := dc.FilterDepositEvent(nil)
	if err != nil {
		f.t.Fatal(err)
	}
	var out []beaconDeposit
	for it.Next() {
		e := it.Event
		var g uint64
		for i := 7; i >= 0; i-- { // little endian
			g = g<<8 | uint64(e.Amount[i])
		}
		out = append(out, beaconDeposit{pubkey: e.Pubkey, credentials: e.WithdrawalCredentials, gwei: g})
	}
	return out
}

// validatorOf applies the consensus specs' rule to the deposits: a
// validator's withdrawal credentials are its first deposit's (apply_deposit
// only tops up a known pubkey); its balance is every deposit's.
func validatorOf(ds []beaconDeposit, pubkey []byte) (credentials []byte, gwei uint64) {
	for _, d := range ds {
		if bytes.Equal(d.pubkey, pubkey) {
			if credentials == nil {
				credentials = d.credentials
			}
			gwei += d.gwei
		}
	}
	return credentials, gwei
}

// frontRun: the operator deposits 1 ETH straight to the deposit contract
// for its own key, with credentials that pay itself.
func (f *fixture) frontRun(op int, pubkey, sig []byte) []byte {
	f.t.Helper()
	var d zcommon.DepositData
	copy(d.Pubkey[:], pubkey)
	d.WithdrawalCredentials[0] = 0x01
	copy(d.WithdrawalCredentials[12:], f.c.Addrs[op].Bytes())
	copy(d.Signature[:], sig)
	d.Amount = 1_000_000_000
	dc, err := bindings.NewDepositContract(f.a.DepositContract, f.c.Client)
	if err != nil {
		f.t.Fatal(err)
	}
	f.ok("front-run")(dc.Deposit(f.value(op, eth(1)), d.Pubkey[:], d.WithdrawalCredentials[:], d.Signature[:], d.HashTreeRoot(tree.GetHashFn())))
	return d.WithdrawalCredentials[:]
}

// frontRunTarget is the staking module under attack in TestFrontRunAttack:
// module 1, the curated registry (operators 0 and 1, reward addresses
// kOperator and kOperator+1), or module 2, the bonded module (operators 0
// and 1 created by the same accounts, each 5 keys and an 8-ETH bond: the
// curve's 7.6 ETH for 5 covered). Operator 0 is the attacker, 1 honest.
type frontRunTarget struct {
	module int64
	bm     *bindings.BondedModule // module 2 only
}

func (tg frontRunTarget) name() string {
	if tg.module == 2 {
		return "bonded module"
	}
	return "curated module"
}

// setup gives operators 0 and 1 five keys each in the target module.
func (tg *frontRunTarget) setup(f *fixture) {
	f.t.Helper()
	if tg.module == 1 {
		for op := 0; op < 2; op++ {
			pks, sigs := keys(op, 0, 5)
			f.ok("keys")(f.reg.AddSigningKeys(f.opts(kOperator+op), big.NewInt(int64(op)), big.NewInt(5), pks, sigs))
		}
		return
	}
	bm, err := bindings.NewBondedModule(f.a.BondedModule, f.c.Client)
	if err != nil {
		f.t.Fatal(err)
	}
	tg.bm = bm
	f.mds = append(f.mds, bindings.BondedModuleMetaData, bindings.StakingRouterMetaData)
	for op := 0; op < 2; op++ {
		pks, sigs := keys(20+op, 0, 5)
		f.ok("createOperator")(bm.CreateOperator(f.value(kOperator+op, eth(8)), big.NewInt(5), pks, sigs, new(big.Int)))
	}
}

// key is operator op's key i in the target module.
func (tg frontRunTarget) key(f *fixture, op, i uint64) (pubkey, signature []byte) {
	f.t.Helper()
	if tg.module == 1 {
		k, err := f.reg.GetSigningKey(nil, new(big.Int).SetUint64(op), new(big.Int).SetUint64(i))
		if err != nil {
			f.t.Fatal(err)
		}
		return k.Pubkey, k.Signature
	}
	k, err := tg.bm.GetSigningKey(nil, new(big.Int).SetUint64(op), new(big.Int).SetUint64(i))
	if err != nil {
		f.t.Fatal(err)
	}
	return k.Pubkey, k.Signature
}

// next lists, per operator, the keys the module's next deposits may use:
// from its deposited count up to its cap (curated, while active) or its
// vetted count (bonded).
func (tg frontRunTarget) next(f *fixture) [][2]uint64 {
	f.t.Helper()
	var out [][2]uint64
	if tg.module == 1 {
		counts, err := f.reg.GetAllCounts(nil)
		if err != nil {
			f.t.Fatal(err)
		}
		for id, c := range counts {
			for k := uint64(c.Deposited); c.Active && k < min(uint64(c.Keys), c.Limit); k++ {
				out = append(out, [2]uint64{uint64(id), k})
			}
		}
		return out
	}
	n, err := tg.bm.GetNodeOperatorsCount(nil)
	if err != nil {
		f.t.Fatal(err)
	}
	for id := uint64(0); id < n.Uint64(); id++ {
		o, err := tg.bm.GetOperator(nil, new(big.Int).SetUint64(id))
		if err != nil {
			f.t.Fatal(err)
		}
		for k := o.Deposited; k < o.Vetted; k++ {
			out = append(out, [2]uint64{id, k})
		}
	}
	return out
}

// attest has `signers` sign the target module's state.
func (tg frontRunTarget) attest(f *fixture, signers ...int) attestation {
	f.t.Helper()
	if tg.module == 1 {
		return f.attest(signers...)
	}
	return f.attestModule(2, tg.bm, signers...)
}

// guardianCheck is what an honest guardian checks before it signs: no key
// that the target module's next deposits may use has a deposit in the
// deposit contract already. It returns the first such operator and key
// (ok false: none).
func (f *fixture) guardianCheck(tg frontRunTarget) (op, key uint64, ok bool) {
	f.t.Helper()
	ds := f.beaconDeposits()
	for _, k := range tg.next(f) {
		pk, _ := tg.key(f, k[0], k[1])
		if cred, _ := validatorOf(ds, pk); cred != nil {
			return k[0], k[1], true
		}
	}
	return 0, 0, false
}

// TestFrontRunAttack: a malicious operator (operator 0, whose key 0 the next
// deposit takes) front-runs the pool with 1 ETH for that key and its own
// withdrawal credentials, in the curated module and in the bonded module
// (module 2, where the attacker is a permissionless operator with a bond).
// Without the deposit security module (the pool's depositor deposits
// unchecked: the defence removed) the pool's 32 ETH land on the operator's
// validator; with it the attested deposit is refused (the root moved), the
// guardians refuse to sign again, one pauses the module, one unvets the key
// (through the router, which hands it to the module), and after governance
// unpauses the pool deposits to the honest operator only. Mutation
// (recorded in docs/operators.md): the router's call to the module removed
// → the bonded case fails (the deposit after the unvetting takes the
// front-run key).
func TestFrontRunAttack(t *testing.T) {
	for _, module := range []int64{1, 2} {
		for _, guarded := range []bool{false, true} {
			tg := frontRunTarget{module: module}
			name := tg.name() + "/guardians disabled"
			if guarded {
				name = tg.name() + "/guardians"
			}
			t.Run(name, func(t *testing.T) { frontRunAttack(t, &tg, guarded) })
		}
	}
}

func frontRunAttack(t *testing.T, tg *frontRunTarget, guarded bool) {
	f := newFixtureConf(t, nil, func(cfg *deploy.Config) {
		if guarded {
			cfg.DepositSecurity = dsmParams()
		}
		if tg.module == 2 {
			// CSM's curve, the full share (module 1 has no keys here).
			cfg.Bonded = &deploy.Bonded{Params: protocol.BondedParams{Curve: []uint256.Int{*milliETH(2400), *milliETH(1300)}},
				Module: protocol.ModuleParams{Name: "bonded", ShareBP: 10000, ModuleFeeBP: 600, TreasuryFeeBP: 400}}
		}
	})
	f.ok("submit")(f.pool.Submit(f.value(kAlice, eth(400)), common.Address{}))
	tg.setup(f)
	f.mine(2)
	poolCred, err := f.pool.WithdrawalCredentials(nil)
	if err != nil {
		t.Fatal(err)
	}
	victim, victimSig := tg.key(f, 0, 0)
	// The guardians check and sign the state; then the operator front-runs.
	var signed attestation
	if guarded {
		if _, _, bad := f.guardianCheck(*tg); bad {
			t.Fatal("guardians see a front-run before it happened")
		}
		signed = tg.attest(f, kGuardian, kGuardian+1)
	}
	opCred := f.frontRun(kOperator, victim, victimSig)

	if !guarded {
		f.ok("deposit")(f.pool.Deposit(f.opts(kDepositor), big.NewInt(1)))
		cred, gwei := validatorOf(f.beaconDeposits(), victim)
		if !bytes.Equal(cred, opCred) || gwei != 33_000_000_000 {
			t.Fatalf("validator %x: credentials %x, %d gwei", victim[:4], cred, gwei)
		}
		t.Logf("defence removed: the pool's 32 ETH topped up the operator's validator: 33 ETH withdrawable to %x", cred)
		return
	}

	_, err = f.depositWith(kBob, signed, 1)
	f.refused("the attestation from before the front-run", "DepositRootChanged", err)
	op, key, bad := f.guardianCheck(*tg)
	if !bad || op != 0 || key != 0 {
		t.Fatalf("guardians see operator %d key %d (%v), want operator 0 key 0", op, key, bad)
	}
	// The guardians refuse to sign; one pauses, one unvets the key (cap down to the deposited: 0).
	var none bindings.DepositSecurityModuleSignature
	f.ok("pause")(f.dsm.PauseDeposits(f.opts(kGuardian), big.NewInt(0), big.NewInt(tg.module), none))
	now := tg.attest(f)
	f.ok("unvet")(f.dsm.UnvetSigningKeys(f.opts(kGuardian+1), now.block, now.hash, now.module, now.nonce, big.NewInt(0), uint64(key), none))
	if _, _, bad := f.guardianCheck(*tg); bad {
		t.Fatal("the front-run key is still among the next keys after unvetting")
	}
	// Pausing alone suffices: even a quorum over the state of now is refused.
	_, err = f.depositWith(kBob, tg.attest(f, kGuardian, kGuardian+1), 1)
	f.refused("deposit while paused", "DepositsPaused", err)
	abi, _ := bindings.DepositSecurityModuleMetaData.GetAbi()
	data, _ := abi.Pack("unpauseDeposits", big.NewInt(tg.module))
	f.govern(f.a.DepositSecurityModule, data)
	f.mine(1)
	f.ok("deposit after the unvetting")(f.depositWith(kBob, tg.attest(f, kGuardian, kGuardian+1), 3))
	ds := f.beaconDeposits()
	if cred, gwei := validatorOf(ds, victim); !bytes.Equal(cred, opCred) || gwei != 1_000_000_000 {
		t.Fatalf("the front-run validator: credentials %x, %d gwei (want only the operator's 1 ETH)", cred, gwei)
	}
	honest := map[string]bool{}
	for _, k := range [][2]uint64{{1, 0}, {1, 1}, {1, 2}} {
		pk, _ := tg.key(f, k[0], k[1])
		honest[string(pk)] = true
	}
	pool := 0
	for _, d := range ds[1:] {
		if !bytes.Equal(d.credentials, poolCred[:]) || d.gwei != 32_000_000_000 || !honest[string(d.pubkey)] {
			t.Fatalf("a pool deposit to %x with credentials %x, %d gwei (want operator 1's keys 0..2)", d.pubkey[:4], d.credentials, d.gwei)
		}
		pool++
	}
	if pool != 3 {
		t.Fatalf("%d pool deposits, want 3 (all to operator 1)", pool)
	}
	t.Logf("defence on: the front-run kept 1 ETH of the operator's own; the pool's %d deposits went to operator 1 with the pool's credentials", pool)
}
