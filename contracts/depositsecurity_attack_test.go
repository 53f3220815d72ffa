package contracts_test

import (
	"bytes"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	zcommon "github.com/protolambda/zrnt/eth2/beacon/common"
	"github.com/protolambda/ztyp/tree"

	"github.com/stakepool/stakepool/contracts/bindings"
	"github.com/stakepool/stakepool/contracts/deploy"
)

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

// guardianCheck is what an honest guardian checks before it signs: no key
// that the next deposits may use (each active operator's keys from its
// deposited count up to its cap) has a deposit in the deposit contract
// already. It returns the first such operator and key (ok false: none).
func (f *fixture) guardianCheck() (op, key uint64, ok bool) {
	f.t.Helper()
	ds := f.beaconDeposits()
	counts, err := f.reg.GetAllCounts(nil)
	if err != nil {
		f.t.Fatal(err)
	}
	for id, c := range counts {
		for k := uint64(c.Deposited); c.Active && k < min(uint64(c.Keys), c.Limit); k++ {
			key, err := f.reg.GetSigningKey(nil, big.NewInt(int64(id)), new(big.Int).SetUint64(k))
			if err != nil {
				f.t.Fatal(err)
			}
			if cred, _ := validatorOf(ds, key.Pubkey); cred != nil {
				return uint64(id), k, true
			}
		}
	}
	return 0, 0, false
}

// TestFrontRunAttack: a malicious operator (operator 0, whose key 0 the next
// deposit takes) front-runs the pool with 1 ETH for that key and its own
// withdrawal credentials. Without the deposit security module (the pool's
// depositor deposits unchecked: the defence removed) the pool's 32 ETH
// land on the operator's validator; with it the attested deposit is
// refused (the root moved), the guardians refuse to sign again, one pauses,
// one unvets the key, and after governance unpauses the pool deposits to
// the honest operator only.
func TestFrontRunAttack(t *testing.T) {
	for _, guarded := range []bool{false, true} {
		name := "guardians disabled"
		if guarded {
			name = "guardians"
		}
		t.Run(name, func(t *testing.T) {
			f := newFixtureConf(t, nil, func(cfg *deploy.Config) {
				if guarded {
					cfg.DepositSecurity = dsmParams()
				}
			})
			f.ok("submit")(f.pool.Submit(f.value(kAlice, eth(400)), common.Address{}))
			for op := 0; op < 2; op++ {
				pks, sigs := keys(op, 0, 5)
				f.ok("keys")(f.reg.AddSigningKeys(f.opts(kOperator+op), big.NewInt(int64(op)), big.NewInt(5), pks, sigs))
			}
			f.mine(2)
			poolCred, err := f.pool.WithdrawalCredentials(nil)
			if err != nil {
				t.Fatal(err)
			}
			victim, err := f.reg.GetSigningKey(nil, big.NewInt(0), big.NewInt(0))
			if err != nil {
				t.Fatal(err)
			}
			// The guardians check and sign the state; then the operator front-runs.
			var signed attestation
			if guarded {
				if _, _, bad := f.guardianCheck(); bad {
					t.Fatal("guardians see a front-run before it happened")
				}
				signed = f.attest(kGuardian, kGuardian+1)
			}
			opCred := f.frontRun(kOperator, victim.Pubkey, victim.Signature)

			if !guarded {
				f.ok("deposit")(f.pool.Deposit(f.opts(kDepositor), big.NewInt(1)))
				cred, gwei := validatorOf(f.beaconDeposits(), victim.Pubkey)
				if !bytes.Equal(cred, opCred) || gwei != 33_000_000_000 {
					t.Fatalf("validator %x: credentials %x, %d gwei", victim.Pubkey[:4], cred, gwei)
				}
				t.Logf("defence removed: the pool's 32 ETH topped up the operator's validator: 33 ETH withdrawable to %x", cred)
				return
			}

			_, err = f.depositWith(kBob, signed, 1)
			f.refused("the attestation from before the front-run", "DepositRootChanged", err)
			op, key, bad := f.guardianCheck()
			if !bad || op != 0 || key != 0 {
				t.Fatalf("guardians see operator %d key %d (%v), want operator 0 key 0", op, key, bad)
			}
			// The guardians refuse to sign; one pauses, one unvets the key (cap down to the deposited: 0).
			var none bindings.DepositSecurityModuleSignature
			f.ok("pause")(f.dsm.PauseDeposits(f.opts(kGuardian), big.NewInt(0), big.NewInt(1), none))
			now := f.attest()
			f.ok("unvet")(f.dsm.UnvetSigningKeys(f.opts(kGuardian+1), now.block, now.hash, now.module, now.nonce, big.NewInt(0), uint64(key), none))
			if _, _, bad := f.guardianCheck(); bad {
				t.Fatal("the front-run key is still among the next keys after unvetting")
			}
			// Pausing alone suffices: even a quorum over the state of now is refused.
			_, err = f.depositWith(kBob, f.attest(kGuardian, kGuardian+1), 1)
			f.refused("deposit while paused", "DepositsPaused", err)
			abi, _ := bindings.DepositSecurityModuleMetaData.GetAbi()
			data, _ := abi.Pack("unpauseDeposits", big.NewInt(1))
			f.govern(f.a.DepositSecurityModule, data)
			f.mine(1)
			f.ok("deposit after the unvetting")(f.depositWith(kBob, f.attest(kGuardian, kGuardian+1), 3))
			ds := f.beaconDeposits()
			if cred, gwei := validatorOf(ds, victim.Pubkey); !bytes.Equal(cred, opCred) || gwei != 1_000_000_000 {
				t.Fatalf("the front-run validator: credentials %x, %d gwei (want only the operator's 1 ETH)", cred, gwei)
			}
			pool := 0
			for _, d := range ds[1:] {
				if !bytes.Equal(d.credentials, poolCred[:]) || d.gwei != 32_000_000_000 {
					t.Fatalf("a pool deposit with credentials %x, %d gwei", d.credentials, d.gwei)
				}
				pool++
			}
			if pool != 3 {
				t.Fatalf("%d pool deposits, want 3 (all to operator 1)", pool)
			}
			t.Logf("defence on: the front-run kept 1 ETH of the operator's own; the pool's %d deposits went to operator 1 with the pool's credentials", pool)
		})
	}
}
