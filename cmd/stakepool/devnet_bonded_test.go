package main

import (
	"context"
	"encoding/json"
	"math/big"
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"

	"github.com/stakepool/stakepool/contracts/bindings"
)

// TestBondedOperatorOnDevnet is a permissionless operator's path on the
// devnet, from the real binary as a user runs it (README, "Join as a
// permissionless operator"): keys made with `keys deposit-data` for the
// pool's withdrawal vault, `operator bond create` with a 3.7-ETH bond (the
// curve's 2.4 + 1.3 for two keys), a stake that gives the pool two new
// validators; the guardians attest module 2 and the depositor deposits
// the operator's first key (the module's 10% share of 18 validators is
// 1); the validator goes active on the beacon simulator; the oracle's
// reports credit module 2's fee to the bond; `operator bond claim --all`
// sends the credited part to the manager. Refusals change nothing: the
// same keys again (DUPLICATE_KEY), add-keys and claim by another account
// (NOT_MANAGER), a claim of bond the curve requires (BOND_INSUFFICIENT). Every figure checked
// is read over JSON-RPC from the contracts, and the validator from the
// Beacon API. The read API's /v1/operators shows the operator with its
// bond, and its bond history from the index (topped up, fee settled,
// claimed). Then `operator bond remove-keys` removes the key without a
// deposit (refused first, nothing sent: another account NOT_MANAGER, the
// deposited key KEY_IN_USE, a range past the keys MALFORMED, no keys
// ZERO_AMOUNT): 0.05 ETH charged, the key's bond claimable, and the index
// shows the removal and its charge.
func TestBondedOperatorOnDevnet(t *testing.T) {
	d := startBondedDevnet(t)
	p, bin, a, el, bonded, pool, co := d.devnetProc, d.bin, d.a, d.el, d.bonded, d.pool, d.co
	ctx := context.Background()
	managerKey, stakerKey, manager, beacon := d.managerKey, d.stakerKey, d.manager, d.beacon
	dd := []string{d.depositData}
	router, _ := bindings.NewStakingRouter(a.StakingRouter, el)
	if m, err := router.GetStakingModule(co, big.NewInt(2)); err != nil || m.M.Registry != a.BondedModule || m.Name != "bonded" {
		t.Fatalf("the router's module 2: %+v (%v), want the bonded module %s", m, err, a.BondedModule)
	}

	// create: operator 0, both keys covered by 3.7 ETH
	var made bondTx
	out := p.mustSP(t, bin, "operator", "bond", "create", "--deposit-data", dd[0], "--amount", "3.7", "--private-key-file", managerKey, "--beacon", beacon, "--json")
	if err := json.Unmarshal([]byte(out), &made); err != nil || made.Operator != 0 || made.Status.Depositable != 2 {
		t.Fatalf("bond create: %v\n%s", err, out)
	}
	op, err := bonded.GetOperator(co, big.NewInt(0))
	if err != nil || op.Manager != manager || op.Keys != 2 || op.Bond.Cmp(big.NewInt(37e17)) > 0 || op.Bond.Sign() == 0 {
		t.Fatalf("operator 0 on chain: %+v (%v)", op, err)
	}
	t.Logf("create with 2 keys and 3.7 ETH: %d gas; bond %s shares", made.GasUsed, op.Bond)
	bondAtCreate := new(big.Int).Set(op.Bond)
	refused := func(code string, args ...string) {
		t.Helper()
		nonce, _ := el.NonceAt(ctx, manager, nil)
		_, errOut, exit := p.sp(t, bin, args...)
		if exit != 1 || !strings.Contains(errOut, code) {
			t.Fatalf("stakepool %s: exit %d, %s; want %s", strings.Join(args, " "), exit, errOut, code)
		}
		if after, _ := el.NonceAt(ctx, manager, nil); after != nonce {
			t.Fatalf("stakepool %s: the manager's nonce %d → %d: a refused command sent", strings.Join(args, " "), nonce, after)
		}
	}
	refused("DUPLICATE_KEY", "operator", "bond", "create", "--deposit-data", dd[0], "--amount", "3.7", "--private-key-file", managerKey, "--beacon", beacon)
	refused("NOT_MANAGER", "operator", "bond", "add-keys", "--operator", "0", "--deposit-data", dd[0], "--private-key-file", stakerKey, "--beacon", beacon)

	// a stake of 64 ETH: the depositor deposits two validators, module 2's
	// part one (⌊1000 × 18 / 10000⌋ = 1)
	p.mustSP(t, bin, "tx", "submit", "--amount", "64", "--private-key-file", stakerKey)
	p.advance(t, 1)
	op, _ = bonded.GetOperator(co, big.NewInt(0))
	if op.Deposited != 1 {
		t.Fatalf("after a stake of 64 ETH and an epoch, operator 0 has %d deposited validators, want 1: %+v", op.Deposited, op)
	}
	pk, err := bonded.GetSigningKey(co, big.NewInt(0), big.NewInt(0))
	if err != nil {
		t.Fatal(err)
	}
	// the deposit is finalized, the validator eligible, that finalized,
	// then the activation: about 12 epochs; 4 at a time, at most 24
	status := func() string {
		var val struct {
			Data []struct {
				Status string `json:"status"`
			} `json:"data"`
		}
		resp, err := http.Get(beacon + "/eth/v1/beacon/states/head/validators?id=0x" + common.Bytes2Hex(pk.Pubkey))
		if err != nil {
			t.Fatal(err)
		}
		defer resp.Body.Close()
		if json.NewDecoder(resp.Body).Decode(&val) != nil || len(val.Data) != 1 {
			return "unknown"
		}
		return val.Data[0].Status
	}
	epochs := 1
	for ; status() != "active_ongoing" && epochs < 25; epochs += 4 {
		p.advance(t, 4)
	}
	if st := status(); st != "active_ongoing" {
		t.Fatalf("operator 0's first validator after %d epochs: %s", epochs, st)
	}
	t.Logf("operator 0's first validator active after %d epochs", epochs)
	op, _ = bonded.GetOperator(co, big.NewInt(0))
	if op.Bond.Cmp(bondAtCreate) <= 0 {
		t.Fatalf("after %d epochs the bond holds %s shares, %s at its creation: module 2's fee not credited", epochs, op.Bond, bondAtCreate)
	}
	t.Logf("module 2's fee credited to the bond over %d epochs: %s shares", epochs, new(big.Int).Sub(op.Bond, bondAtCreate))

	var ops struct {
		Operators []struct {
			Module     uint64 `json:"module_id"`
			GlobalID   uint64 `json:"global_id"`
			Kind       string `json:"module_kind"`
			Deposited  uint64 `json:"deposited"`
			BondShares string `json:"bond_shares"`
		} `json:"operators"`
	}
	resp, err := http.Get(beacon + "/v1/operators")
	if err != nil {
		t.Fatal(err)
	}
	json.NewDecoder(resp.Body).Decode(&ops)
	resp.Body.Close()
	last := ops.Operators[len(ops.Operators)-1]
	if last.Module != 2 || last.GlobalID != 1<<24 || last.Kind != "bonded" || last.Deposited != 1 || last.BondShares == "" || last.BondShares == "0" {
		t.Fatalf("/v1/operators' last operator: %+v", last)
	}

	// the credited part is claimable: claim --all sends it to the manager
	refused("NOT_MANAGER", "operator", "bond", "claim", "--operator", "0", "--all", "--private-key-file", stakerKey)
	sharesBefore, _ := pool.SharesOf(co, manager)
	var claimed bondTx
	out = p.mustSP(t, bin, "operator", "bond", "claim", "--operator", "0", "--all", "--private-key-file", managerKey, "--json")
	if err := json.Unmarshal([]byte(out), &claimed); err != nil || claimed.ClaimedShares == "" {
		t.Fatalf("claim --all: %v\n%s", err, out)
	}
	sharesAfter, _ := pool.SharesOf(co, manager)
	if got := new(big.Int).Sub(sharesAfter, sharesBefore); got.String() != claimed.ClaimedShares || got.Sign() <= 0 {
		t.Fatalf("claim --all of %s shares gave the manager %s shares", claimed.ClaimedShares, got)
	}
	// nothing left claimable at the claim's block (a report since may
	// have credited more)
	if cl, _ := bonded.Claimable(&bind.CallOpts{Context: ctx, BlockNumber: new(big.Int).SetUint64(claimed.Block)}, big.NewInt(0)); cl.Sign() != 0 {
		t.Fatalf("after claim --all, %s shares claimable", cl)
	}
	t.Logf("claim --all: %s shares, %d gas", claimed.ClaimedShares, claimed.GasUsed)
	// the read API's index follows the module's bond events: 3.7 ETH of
	// shares topped up, the fee settled by the claim, the claim
	var history struct {
		ToppedUp string `json:"topped_up_shares"`
		Rewards  string `json:"reward_shares"`
		Claimed  string `json:"claimed_shares"`
	}
	waitBondHistory(t, beacon, &history, func() bool { return history.Claimed == claimed.ClaimedShares })
	if history.Claimed != claimed.ClaimedShares || history.ToppedUp != bondAtCreate.String() || history.Rewards == "0" || history.Rewards == "" {
		t.Fatalf("/v1/operators' bond history of operator 0: %+v; claimed %s, created with %s", history, claimed.ClaimedShares, bondAtCreate)
	}
	t.Logf("bond history: %+v", history)
	// the bond the curve requires stays: 1 stETH more is refused
	refused("BOND_INSUFFICIENT", "operator", "bond", "claim", "--operator", "0", "--amount", "1", "--private-key-file", managerKey)

	// remove-keys: key 1 never got a deposit (module 2's share gave one);
	// refusals send nothing: another account, the deposited key 0, a range
	// past the 2 keys, no keys
	rmArgs := func(key, first, count string) []string {
		return []string{"operator", "bond", "remove-keys", "--operator", "0", "--first", first, "--count", count, "--private-key-file", key}
	}
	refused("NOT_MANAGER", rmArgs(stakerKey, "1", "1")...)
	refused("KEY_IN_USE", rmArgs(managerKey, "0", "1")...)
	refused("MALFORMED", rmArgs(managerKey, "1", "2")...)
	refused("ZERO_AMOUNT", rmArgs(managerKey, "1", "0")...)
	var removed bondTx
	out = p.mustSP(t, bin, append(rmArgs(managerKey, "1", "1"), "--json")...)
	if err := json.Unmarshal([]byte(out), &removed); err != nil || removed.RemovedKeys != 1 || removed.ChargedShares == "" || removed.Status.Keys != 1 {
		t.Fatalf("remove-keys: %v\n%s", err, out)
	}
	// 0.05 ETH charged (in shares, below 0.05e18 at a rate above 1); the
	// key's 1.3-ETH bond, less the charge, is claimable at that block
	charged, _ := new(big.Int).SetString(removed.ChargedShares, 10)
	if charged == nil || charged.Sign() <= 0 || charged.Cmp(big.NewInt(5e16)) > 0 {
		t.Fatalf("remove-keys charged %s shares, want about 0.05 ETH", removed.ChargedShares)
	}
	at := &bind.CallOpts{Context: ctx, BlockNumber: new(big.Int).SetUint64(removed.Block)}
	if cl, _ := bonded.Claimable(at, big.NewInt(0)); cl.Cmp(big.NewInt(12e17)) < 0 {
		t.Fatalf("after removing key 1, %s shares claimable, want its 1.3-ETH bond less 0.05 ETH", cl)
	}
	if op, _ := bonded.GetOperator(at, big.NewInt(0)); op.Keys != 1 || op.Vetted != 1 || op.Depositable != 0 {
		t.Fatalf("operator 0 after removing key 1: %+v", op)
	}
	t.Logf("remove-keys of 1 key: %d gas, %s shares charged", removed.GasUsed, removed.ChargedShares)
	var hist struct {
		KeysRemoved uint64 `json:"keys_removed"`
		Charged     string `json:"removal_charged_shares"`
		Debt        string `json:"debt_shares"`
	}
	waitBondHistory(t, beacon, &hist, func() bool { return hist.KeysRemoved != 0 })
	if hist.KeysRemoved != 1 || hist.Charged != removed.ChargedShares || hist.Debt != "0" {
		t.Fatalf("/v1/operators' bond history after the removal: %+v", hist)
	}
}

// waitBondHistory reads bonded operator 0's bond history from the read
// API's /v1/operators (at url) into hist until done says the index has
// caught up: at most 100 reads, 100 ms apart.
func waitBondHistory(t *testing.T, url string, hist any, done func() bool) {
	t.Helper()
	for try := 0; try < 100; try++ {
		var doc struct {
			Operators []struct {
				GlobalID uint64          `json:"global_id"`
				History  json.RawMessage `json:"bond_history"`
			} `json:"operators"`
		}
		resp, err := http.Get(url + "/v1/operators")
		if err != nil {
			t.Fatal(err)
		}
		json.NewDecoder(resp.Body).Decode(&doc)
		resp.Body.Close()
		for _, o := range doc.Operators {
			if o.GlobalID == 1<<24 && o.History != nil {
				json.Unmarshal(o.History, hist)
			}
		}
		if done() {
			return
		}
		time.Sleep(100 * time.Millisecond)
	}
}
