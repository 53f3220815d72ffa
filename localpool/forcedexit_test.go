package localpool

import (
	"context"
	"math/big"
	"os"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind"

	"github.com/stakepool/stakepool/beacon"
	"github.com/stakepool/stakepool/beacon/api"
	"github.com/stakepool/stakepool/contracts/bindings"
	"github.com/stakepool/stakepool/devnet"
)

// triggerForcedExits is the defence under test: set to false (a mutation
// run) the test must fail.
const triggerForcedExits = true

// TestForcedExit (long mode, 82 s; the attack test of forced exits): the
// operators' exit bots are off, so an exit request the oracle makes to
// pay a withdrawal is ignored. Past the exit deadline (shortened to 64
// slots) a stranger calls ExitTrigger.triggerExit over JSON-RPC; the
// EIP-7002 request the withdrawal vault sends reaches the beacon chain
// through the payload's execution requests, the validator exits (its
// status through the Beacon API) and the next reports count the exit.
// Without the trigger (triggerForcedExits = false) the validator stays
// active_ongoing 64 epochs on and the test fails (recorded).
func TestForcedExit(t *testing.T) {
	if os.Getenv("STAKEPOOL_LONG") == "" {
		t.Skip("long mode only (STAKEPOOL_LONG=1): about 300 epochs (a validator may exit 256 epochs after it activates)")
	}
	tp := newTestPoolWith(t, func(pc *devnet.PoolConfig) { pc.ExitDeadlineSlots = 64 })
	ctx := context.Background()
	rest, err := Without(tp.team, "exit-bot")
	if err != nil {
		t.Fatal(err)
	}
	tp.d.SetAfterSlot(rest.Poll)
	if err := Bootstrap(ctx, tp.d, tp.a, 8, 40); err != nil {
		t.Fatal(err)
	}
	el := tp.d.Client()
	call := &bind.CallOpts{}
	pool, _ := bindings.NewPool(tp.a.Pool, el)
	wq, _ := bindings.NewWithdrawalQueue(tp.a.WithdrawalQueue, el)
	reg, _ := bindings.NewOperatorRegistry(tp.a.Registry, el)
	et, err := bindings.NewExitTrigger(tp.a.ExitTrigger, el)
	if err != nil {
		t.Fatal(err)
	}
	reader, err := api.New(ctx, api.Config{BeaconURL: tp.beacon, ExecutionURL: tp.rpc, Timeout: 30 * time.Second})
	if err != nil {
		t.Fatal(err)
	}
	defer reader.Close()
	user, _ := bind.NewKeyedTransactorWithChainID(devnet.DevKey("user"), big.NewInt(int64(devnet.ChainID)))
	stranger := user // not the operator (the devnet's builder key pays the MEV payments: its nonces are taken)

	// A withdrawal above the buffer: the oracle asks an operator to exit.
	stake(t, tp, 60)
	if err := tp.d.AdvanceEpochs(ctx, 4); err != nil {
		t.Fatal(err)
	}
	mine, _ := pool.BalanceOf(call, user.From)
	if _, err := wq.RequestWithdrawals(user, []*big.Int{mine}, user.From); err != nil {
		t.Fatal(err)
	}
	op, key := -1, uint64(0)
	// The exit rule asks only validators that may exit (SHARD_COMMITTEE_PERIOD).
	for e := 0; e < 400 && op < 0; e += 8 {
		if err := tp.d.AdvanceEpochs(ctx, 8); err != nil {
			t.Fatal(err)
		}
		counts, _ := reg.GetAllCounts(call)
		for i, c := range counts {
			if c.ExitRequested > c.Exited {
				op, key = i, uint64(c.Exited)
				break
			}
		}
	}
	if op < 0 {
		t.Fatal("no exit request after 400 epochs")
	}
	pk, _, _ := keyOf(t, reg, op, key)
	v := validatorOf(t, reader, pk)
	t.Logf("operator %d asked to exit key %d (validator %d, active since epoch %d)", op, key, v.Index, v.ActivationEpoch)

	// The operator ignores it (no exit bot). Once overdue and once the
	// validator may exit (SHARD_COMMITTEE_PERIOD after its activation),
	// a stranger forces it.
	mayExit := uint64(v.ActivationEpoch) + reader.ShardCommitteePeriod() + 1
	for {
		head, err := reader.HeadSlot(ctx)
		if err != nil {
			t.Fatal(err)
		}
		if uint64(head)/32 >= mayExit {
			break
		}
		if err := tp.d.AdvanceEpochs(ctx, 8); err != nil {
			t.Fatal(err)
		}
	}
	if got := validatorOf(t, reader, pk); got.Status != beacon.StatusActiveOngoing {
		t.Fatalf("before the trigger the validator is %s, want active_ongoing (the exit bot is off)", got.Status)
	}
	if triggerForcedExits {
		fee, err := et.WithdrawalRequestFee(call)
		if err != nil {
			t.Fatal(err)
		}
		stranger.Value = new(big.Int).Add(fee, big.NewInt(1e15))
		tx, err := et.TriggerExit(stranger, big.NewInt(int64(op)), new(big.Int).SetUint64(key))
		if err != nil {
			t.Fatalf("triggerExit: %v", err)
		}
		if err := tp.d.Advance(ctx, 2); err != nil {
			t.Fatal(err)
		}
		r, err := el.TransactionReceipt(ctx, tx.Hash())
		if err != nil || r.Status != 1 {
			t.Fatalf("triggerExit not applied (%v)", err)
		}
		t.Logf("triggerExit: %d gas, fee %s wei", r.GasUsed, fee)
	}
	// The exit: its status through the Beacon API, then the reports' count.
	exitedAt := -1
	for e := 0; e < 64; e += 4 {
		if err := tp.d.AdvanceEpochs(ctx, 4); err != nil {
			t.Fatal(err)
		}
		got := validatorOf(t, reader, pk)
		if exitedAt < 0 && got.Status != beacon.StatusActiveOngoing && got.Status != beacon.StatusActiveExiting {
			exitedAt = e + 4
			t.Logf("validator %d is %s after %d epochs (exit epoch %d)", got.Index, got.Status, exitedAt, got.ExitEpoch)
		}
		counts, _ := reg.GetAllCounts(call)
		if exitedAt >= 0 && uint64(counts[op].Exited) > key {
			t.Logf("the oracle counted the exit after %d epochs: operator %d exited %d", e+4, op, counts[op].Exited)
			return
		}
	}
	t.Fatalf("the ignored exit request was never carried out (validator status %s)", validatorOf(t, reader, pk).Status)
}

func keyOf(t *testing.T, reg *bindings.OperatorRegistry, op int, key uint64) ([48]byte, []byte, error) {
	t.Helper()
	k, err := reg.GetSigningKey(&bind.CallOpts{}, big.NewInt(int64(op)), new(big.Int).SetUint64(key))
	if err != nil {
		t.Fatal(err)
	}
	var pk [48]byte
	copy(pk[:], k.Pubkey)
	return pk, k.Signature, nil
}

func validatorOf(t *testing.T, reader *api.Client, pk [48]byte) beacon.Validator {
	t.Helper()
	head, err := reader.HeadSlot(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	vs, err := reader.ValidatorsByPubkeys(context.Background(), head, [][48]byte{pk})
	if err != nil || len(vs) != 1 {
		t.Fatalf("validator %x: %v (%d found)", pk[:4], err, len(vs))
	}
	return vs[0]
}
