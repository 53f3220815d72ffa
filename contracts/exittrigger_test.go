package contracts_test

import (
	"bytes"
	"context"
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/params"

	"github.com/stakepool/stakepool/contracts/bindings"
	"github.com/stakepool/stakepool/contracts/contractstest"
)

// exitFixture is the fixture with two keys deposited for each operator
// and a report that asked operator 0 to exit its keys 0 and 1; it returns
// the ExitTrigger binding and that report's reference slot.
func exitFixture(t *testing.T) (*fixture, *bindings.ExitTrigger, uint64) {
	f := newFixture(t)
	for op := 0; op < 2; op++ {
		pks, sigs := keys(op, 0, 2)
		f.ok("keys")(f.reg.AddSigningKeys(f.opts(kOperator+op), big.NewInt(int64(op)), big.NewInt(2), pks, sigs))
	}
	f.ok("stake")(f.pool.Submit(f.value(kAlice, eth(200)), common.Address{}))
	f.ok("deposit")(f.pool.Deposit(f.opts(kDepositor), big.NewInt(4)))
	if err := f.c.AdjustTime(4 * 32 * 12 * time.Second); err != nil {
		t.Fatal(err)
	}
	ref, err := f.oracle.GetCurrentRefSlot(nil)
	if err != nil || !ref.Ok {
		t.Fatalf("no report due: %v", err)
	}
	r := f.reportData(ref.RefSlot, 4, eth(128))
	r.ExitRequests = []bindings.OracleOperatorCount{{Operator: big.NewInt(0), Count: big.NewInt(2)}}
	f.submit(r)
	et, err := bindings.NewExitTrigger(f.a.ExitTrigger, f.c.Client)
	if err != nil {
		t.Fatal(err)
	}
	f.mds = append(f.mds, bindings.ExitTriggerMetaData)
	return f, et, ref.RefSlot.Uint64()
}

// slotNow is the slot of the head and of the next block (the node
// estimates at the head; the transaction lands in the next, a second later).
func (f *fixture) slotNow() uint64 {
	h, err := f.c.Client.HeaderByNumber(context.Background(), nil)
	if err != nil {
		f.t.Fatal(err)
	}
	if a, b := (h.Time-contractstest.GenesisTime)/12, (h.Time+1-contractstest.GenesisTime)/12; a == b {
		return a
	}
	f.t.Fatal("the head is at the end of its slot")
	return 0
}

// toSlot seals an empty block at the start of slot s.
func (f *fixture) toSlot(s uint64) {
	f.t.Helper()
	h, err := f.c.Client.HeaderByNumber(context.Background(), nil)
	if err != nil {
		f.t.Fatal(err)
	}
	target := contractstest.GenesisTime + s*12
	if target <= h.Time {
		f.t.Fatalf("slot %d is behind the head (time %d)", s, h.Time)
	}
	if err := f.c.AdjustTime(time.Duration(target-h.Time) * time.Second); err != nil {
		f.t.Fatal(err)
	}
}

// TestExitTrigger: every refusal of triggerExit, then a trigger that
// puts a full-exit request for the key into the EIP-7002 queue from the
// withdrawal vault and refunds what was sent above the fee.
func TestExitTrigger(t *testing.T) {
	f, et, ref := exitFixture(t)
	deadline := ref + 7200 // the fixture's exit_deadline_slots
	milli := big.NewInt(1e15)
	// Sent with the node's estimate: a refusal is the estimate's custom error.
	send := func(i int, op, key int64, value *big.Int) (*types.Transaction, error) {
		return et.TriggerExit(f.value(i, value), big.NewInt(op), big.NewInt(key))
	}
	refuse := func(name string, op, key int64, value *big.Int, want string) {
		t.Helper()
		_, err := send(kMallory, op, key, value)
		if got := f.revert(err); got != want {
			t.Fatalf("%s: got %q (%v), want %s", name, got, err, want)
		}
	}
	f.toSlot(deadline) // the last slot within the deadline
	if s := f.slotNow(); s != deadline {
		t.Fatalf("next block in slot %d, want %d", s, deadline)
	}
	refuse("unknown operator", 2, 0, milli, "UnknownOperator")
	refuse("operator 0 has no key 2", 0, 2, milli, "UnknownKey")
	refuse("operator 1 asked nothing", 1, 0, milli, "ExitNotRequested")
	refuse("within the deadline", 0, 0, milli, "ExitNotOverdue")
	f.toSlot(deadline + 1)
	fee, err := et.WithdrawalRequestFee(nil)
	if err != nil || fee.Sign() <= 0 {
		t.Fatalf("fee %v (%v)", fee, err)
	}
	refuse("below the fee", 0, 0, new(big.Int).Sub(fee, big.NewInt(1)), "ExitFee")

	wv, err := bindings.NewWithdrawalVault(f.a.WithdrawalVault, f.c.Client)
	if err != nil {
		t.Fatal(err)
	}
	caller := f.c.Addrs[kBob]
	before, _ := f.c.Client.BalanceAt(context.Background(), caller, nil)
	sinkBefore, _ := f.c.Client.BalanceAt(context.Background(), params.WithdrawalQueueAddress, nil)
	tx, err := send(kBob, 0, 1, milli)
	if err != nil {
		t.Fatalf("trigger: %v (%s)", err, f.revert(err))
	}
	r := f.c.Mine(t, tx)
	if r.Status != 1 {
		t.Fatal("trigger reverted")
	}
	t.Logf("triggerExit: %d gas, fee %s wei", r.GasUsed, fee)
	pk, _ := keys(0, 1, 1)
	var sawTrigger, sawVault, sawQueue bool
	for _, l := range r.Logs {
		switch l.Address {
		case f.a.ExitTrigger:
			e, err := et.ParseExitTriggered(*l)
			sawTrigger = err == nil && e.OperatorId.Sign() == 0 && e.KeyIndex.Int64() == 1 && e.Fee.Cmp(fee) == 0
		case f.a.WithdrawalVault:
			e, err := wv.ParseWithdrawalRequestAdded(*l)
			sawVault = err == nil && bytes.Equal(e.Pubkey, pk) && e.Fee.Cmp(fee) == 0
		case params.WithdrawalQueueAddress:
			// EIP-7002's log: source address ‖ pubkey ‖ amount (big-endian uint64; 0 = a full exit).
			want := append(append(f.a.WithdrawalVault.Bytes(), pk...), make([]byte, 8)...)
			sawQueue = bytes.Equal(l.Data, want)
		}
	}
	if !sawTrigger || !sawVault || !sawQueue {
		t.Fatalf("logs: ExitTriggered %v, WithdrawalRequestAdded %v, the system contract's request %v", sawTrigger, sawVault, sawQueue)
	}
	// The caller is down the fee and the gas; the system contract holds the fee.
	after, _ := f.c.Client.BalanceAt(context.Background(), caller, nil)
	gas := new(big.Int).Mul(new(big.Int).SetUint64(r.GasUsed), r.EffectiveGasPrice)
	if spent := new(big.Int).Sub(before, after); spent.Cmp(new(big.Int).Add(gas, fee)) != 0 {
		t.Fatalf("caller spent %s wei, want gas %s + fee %s", spent, gas, fee)
	}
	sinkAfter, _ := f.c.Client.BalanceAt(context.Background(), params.WithdrawalQueueAddress, nil)
	if d := new(big.Int).Sub(sinkAfter, sinkBefore); d.Cmp(fee) != 0 {
		t.Fatalf("the system contract got %s wei, want %s", d, fee)
	}
	if bal, _ := f.c.Client.BalanceAt(context.Background(), f.a.ExitTrigger, nil); bal.Sign() != 0 {
		t.Fatalf("ExitTrigger kept %s wei", bal)
	}
	if done, _ := et.Triggered(nil, big.NewInt(0), big.NewInt(1)); !done {
		t.Fatal("key 1 not marked")
	}
	refuse("twice", 0, 1, milli, "ExitAlreadyTriggered")
	// The module-aware entry: module 1 is the registry, its marks shared.
	refuseModule := func(name string, module, op, key int64, want string) {
		t.Helper()
		_, err := et.TriggerModuleExit(f.value(kMallory, milli), big.NewInt(module), big.NewInt(op), big.NewInt(key))
		if got := f.revert(err); got != want {
			t.Fatalf("%s: got %q (%v), want %s", name, got, err, want)
		}
	}
	refuseModule("module 0", 0, 0, 0, "UnknownModule")
	refuseModule("module 2 (none in this deployment)", 2, 0, 0, "UnknownModule")
	refuseModule("an operator id of 2^24", 1, 1<<24, 0, "UnknownOperator")
	refuseModule("module 1 twice", 1, 0, 1, "ExitAlreadyTriggered")
	// Exactly the fee, nothing to refund: key 0, through the module entry.
	fee, _ = et.WithdrawalRequestFee(nil)
	tx, err = et.TriggerModuleExit(f.value(kAlice, fee), big.NewInt(1), big.NewInt(0), big.NewInt(0))
	r = f.c.MustMine(t, tx, err)
	var sawModule bool
	for _, l := range r.Logs {
		if e, err := et.ParseModuleExitTriggered(*l); err == nil && l.Address == f.a.ExitTrigger {
			sawModule = e.ModuleId.Int64() == 1 && e.OperatorId.Sign() == 0 && e.KeyIndex.Sign() == 0 && e.Fee.Cmp(fee) == 0
		}
	}
	if !sawModule {
		t.Fatal("no ModuleExitTriggered(1, 0, 0, fee)")
	}
	refuse("module 1's key 0 through triggerExit", 0, 0, milli, "ExitAlreadyTriggered")

	// Only ExitTrigger may have the vault send a request.
	_, err = wv.AddWithdrawalRequest(f.value(kMallory, fee), pk)
	if got := f.revert(err); got != "NotAuthorized" {
		t.Fatalf("vault called by another: %q (%v)", got, err)
	}
}
