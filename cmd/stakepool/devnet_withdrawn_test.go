package main

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"math/big"
	"net/http"
	"os"
	"strconv"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"

	"github.com/stakepool/stakepool/beacon"
	"github.com/stakepool/stakepool/beacon/api"
	"github.com/stakepool/stakepool/beacon/spec"
	"github.com/stakepool/stakepool/keys"
)

// TestBondedWithdrawnOnDevnet: a bonded operator's two validators on the
// devnet, from the real binary (keys deposit-data, operator bond create
// with 3.7 ETH for two keys, a 128-ETH stake that gives module 2 its two
// deposits). Its first validator is slashed (/v1/dev/slash): the oracle
// members' reports add the slashing to its scorecard once — they read
// the bonded module's scorecards (getScorecard) and add what the chain
// shows beyond them; reading them as zero, each report added it again.
// With STAKEPOOL_LONG set (about 540 epochs, ~10 minutes), its second
// validator then exits (a voluntary exit signed with its key, posted to
// the Beacon API, once SHARD_COMMITTEE_PERIOD has passed), becomes
// withdrawable 256 epochs later and is swept; the next report's withdrawn
// row (read by the members from the payloads' withdrawals) sets the
// module's withdrawn count to 1, which frees that validator's bond: the
// claimable bond grows by the curve's second step (1.3 ETH) and
// `operator bond claim --all` takes it.
func TestBondedWithdrawnOnDevnet(t *testing.T) {
	d := startBondedDevnet(t)
	p, bin, bonded, pool, co := d.devnetProc, d.bin, d.bonded, d.pool, d.co
	ctx := context.Background()
	managerKey, stakerKey, mnemonic, beaconURL := d.managerKey, d.stakerKey, d.mnemonic, d.beacon
	dd := []string{d.depositData}
	var made bondTx
	out := p.mustSP(t, bin, "operator", "bond", "create", "--deposit-data", dd[0], "--amount", "3.7", "--private-key-file", managerKey, "--beacon", beaconURL, "--json")
	if err := json.Unmarshal([]byte(out), &made); err != nil || made.Operator != 0 {
		t.Fatalf("bond create: %v\n%s", err, out)
	}
	// 128 ETH: four validators, module 2's part two (⌊1000 × 20 / 10000⌋)
	p.mustSP(t, bin, "tx", "submit", "--amount", "128", "--private-key-file", stakerKey)
	p.advance(t, 1)
	if op, _ := bonded.GetOperator(co, big.NewInt(0)); op.Deposited != 2 {
		t.Fatalf("operator 0 has %d deposited validators, want 2: %+v", op.Deposited, op)
	}
	pubkey := func(i int64) []byte {
		k, err := bonded.GetSigningKey(co, big.NewInt(0), big.NewInt(i))
		if err != nil {
			t.Fatal(err)
		}
		return k.Pubkey
	}
	type val struct {
		Index     string `json:"index"`
		Status    string `json:"status"`
		Validator struct {
			ActivationEpoch string `json:"activation_epoch"`
		} `json:"validator"`
	}
	validator := func(pk []byte) val {
		var doc struct {
			Data []val `json:"data"`
		}
		resp, err := http.Get(beaconURL + "/eth/v1/beacon/states/head/validators?id=0x" + common.Bytes2Hex(pk))
		if err != nil {
			t.Fatal(err)
		}
		defer resp.Body.Close()
		if json.NewDecoder(resp.Body).Decode(&doc) != nil || len(doc.Data) != 1 {
			return val{Status: "unknown"}
		}
		return doc.Data[0]
	}
	pk0, pk1 := pubkey(0), pubkey(1)
	epochs := 1
	for ; validator(pk1).Status != "active_ongoing" && epochs < 25; epochs += 4 {
		p.advance(t, 4)
	}
	if st := validator(pk1).Status; st != "active_ongoing" {
		t.Fatalf("operator 0's validators after %d epochs: %s", epochs, st)
	}

	// the slashing: its scorecard counts it once, however many reports
	resp := devPost(t, beaconURL+"/v1/dev/slash", fmt.Sprintf(`{"pubkey":"0x%x"}`, pk0))
	if resp != http.StatusOK {
		t.Fatalf("slash: %d", resp)
	}
	p.advance(t, 13) // three frames of 4 epochs: three reports
	sc, err := bonded.GetScorecard(co, big.NewInt(0))
	if err != nil || sc.Slashed != 1 {
		t.Fatalf("operator 0's scorecard after three reports: %+v (%v); want 1 slashed", sc, err)
	}
	t.Logf("slashed validator counted once on the scorecard: %+v", sc)
	if os.Getenv("STAKEPOOL_LONG") == "" {
		t.Log("the exit and withdrawal (~540 epochs) run with STAKEPOOL_LONG=1")
		return
	}

	// the voluntary exit, once SHARD_COMMITTEE_PERIOD (256 epochs) has passed
	v1 := validator(pk1)
	act, _ := strconv.ParseUint(v1.Validator.ActivationEpoch, 10, 64)
	idx, _ := strconv.ParseUint(v1.Index, 10, 64)
	head := headEpoch(t, beaconURL)
	for head < act+256 {
		n := min(act+256-head, 200)
		p.advance(t, int(n))
		head = headEpoch(t, beaconURL)
	}
	seed, err := keys.SeedFromMnemonic(strings.TrimSpace(readFile(t, mnemonic)), "")
	if err != nil {
		t.Fatal(err)
	}
	sk, err := keys.DeriveKey(seed, keys.SigningKeyPath(1))
	if err != nil {
		t.Fatal(err)
	}
	capella, gvr := forkOf(t, beaconURL)
	exit, err := api.SignVoluntaryExit(sk, beacon.Epoch(head), beacon.ValidatorIndex(idx), keys.ComputeDomain(spec.DomainVoluntaryExit, capella, gvr))
	if err != nil {
		t.Fatal(err)
	}
	body, _ := json.Marshal(exit)
	if code := devPost(t, beaconURL+"/eth/v1/beacon/pool/voluntary_exits", string(body)); code != http.StatusOK {
		t.Fatalf("voluntary exit: %d", code)
	}
	claimBefore, _ := bonded.Claimable(co, big.NewInt(0))
	for try := 0; validator(pk1).Status != "withdrawal_done" && try < 8; try++ {
		p.advance(t, 100)
	}
	if st := validator(pk1).Status; st != "withdrawal_done" {
		t.Fatalf("operator 0's second validator after the exit: %s", st)
	}
	p.advance(t, 5) // the next report
	op, _ := bonded.GetOperator(co, big.NewInt(0))
	claimAfter, _ := bonded.Claimable(co, big.NewInt(0))
	step, _ := pool.GetSharesByPooledEth(co, big.NewInt(12e17)) // the curve's 1.3 ETH step, less rounding and rewards' noise
	t.Logf("operator 0: exited %d withdrawn %d bond %s debt %s; claimable %s → %s shares", op.Exited, op.Withdrawn, op.Bond, op.Debt, claimBefore, claimAfter)
	if it, err := bonded.FilterWithdrawnChanged(&bind.FilterOpts{Context: ctx}, nil); err == nil {
		for it.Next() {
			t.Logf("WithdrawnChanged: operator %s withdrawn %s loss %s wei burnt %s shares", it.Event.OperatorId, it.Event.Withdrawn, it.Event.Loss, it.Event.Burnt)
		}
	}
	if it, err := bonded.FilterPenalized(&bind.FilterOpts{Context: ctx}, nil, nil); err == nil {
		for it.Next() {
			t.Logf("Penalized: operator %s reason %d amount %s burnt %s debt %s", it.Event.OperatorId, it.Event.Reason, it.Event.Amount, it.Event.Burnt, it.Event.Debt)
		}
	}
	if op.Exited != 2 || op.Withdrawn != 1 || new(big.Int).Sub(claimAfter, claimBefore).Cmp(step) < 0 {
		t.Fatalf("operator 0: exited %d withdrawn %d; claimable %s → %s shares (want +%s at least)", op.Exited, op.Withdrawn, claimBefore, claimAfter, step)
	}
	var claimed bondTx
	out = p.mustSP(t, bin, "operator", "bond", "claim", "--operator", "0", "--all", "--private-key-file", managerKey, "--json")
	if err := json.Unmarshal([]byte(out), &claimed); err != nil || claimed.ClaimedShares == "" {
		t.Fatalf("claim --all: %v\n%s", err, out)
	}
	if c, _ := new(big.Int).SetString(claimed.ClaimedShares, 10); c == nil || c.Cmp(claimAfter) < 0 {
		t.Fatalf("claim --all took %s shares, %s were claimable", claimed.ClaimedShares, claimAfter)
	}
	t.Logf("the exited validator's bond claimed: %s shares", claimed.ClaimedShares)
}

// devPost posts a JSON body and returns the status.
func devPost(t *testing.T, url, body string) int {
	t.Helper()
	resp, err := http.Post(url, "application/json", bytes.NewReader([]byte(body)))
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	return resp.StatusCode
}

// headEpoch is the Beacon API's head epoch.
func headEpoch(t *testing.T, url string) uint64 {
	t.Helper()
	var h struct {
		Data struct {
			Header struct {
				Message struct {
					Slot string `json:"slot"`
				} `json:"message"`
			} `json:"header"`
		} `json:"data"`
	}
	resp, err := http.Get(url + "/eth/v1/beacon/headers/head")
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	if err := json.NewDecoder(resp.Body).Decode(&h); err != nil {
		t.Fatal(err)
	}
	slot, err := strconv.ParseUint(h.Data.Header.Message.Slot, 10, 64)
	if err != nil {
		t.Fatal(err)
	}
	return slot / 32
}

func readFile(t *testing.T, path string) string {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

// forkOf reads the Capella fork version (EIP-7044: exits are signed with
// it) and the genesis validators root from the Beacon API.
func forkOf(t *testing.T, url string) (capella [4]byte, gvr [32]byte) {
	t.Helper()
	var g struct {
		Data struct {
			Root string `json:"genesis_validators_root"`
		} `json:"data"`
	}
	var s struct {
		Data map[string]string `json:"data"`
	}
	for path, v := range map[string]any{"/eth/v1/beacon/genesis": &g, "/eth/v1/config/spec": &s} {
		resp, err := http.Get(url + path)
		if err != nil {
			t.Fatal(err)
		}
		err = json.NewDecoder(resp.Body).Decode(v)
		resp.Body.Close()
		if err != nil {
			t.Fatal(err)
		}
	}
	cv, err1 := hexutil.Decode(s.Data["CAPELLA_FORK_VERSION"])
	root, err2 := hexutil.Decode(g.Data.Root)
	if err1 != nil || err2 != nil || len(cv) != 4 || len(root) != 32 {
		t.Fatalf("fork %q, genesis validators root %q", s.Data["CAPELLA_FORK_VERSION"], g.Data.Root)
	}
	return [4]byte(cv), [32]byte(root)
}
