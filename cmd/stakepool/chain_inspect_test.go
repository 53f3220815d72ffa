package main

import (
	"bytes"
	"context"
	"encoding/hex"
	"encoding/json"
	"errors"
	"net/http"
	"net/http/httptest"
	"regexp"
	"strings"
	"testing"

	"github.com/stakepool/stakepool/beacon"
	"github.com/stakepool/stakepool/beacon/api"
	"github.com/stakepool/stakepool/beacon/api/apitest"
	"github.com/stakepool/stakepool/beacon/sim"
	"github.com/stakepool/stakepool/beacon/spec"
)

func runInspect(t *testing.T, args ...string) (string, error) {
	t.Helper()
	c := chainInspectCmd()
	var out bytes.Buffer
	c.SetOut(&out)
	c.SetErr(&out)
	c.SetArgs(args)
	err := c.ExecuteContext(context.Background())
	return out.String(), err
}

// `chain inspect` against the fake Beacon API node serving a simulated
// chain: the JSON lists exactly the simulator's validators of operator 1
// (one of them exiting), with the head and finality the simulator has.
func TestChainInspectAgainstFakeNode(t *testing.T) {
	sp := spec.MustLoad("mainnet", spec.Electra)
	st := sim.NewSynthetic(sp, sim.SyntheticConfig{Validators: 64, Epoch: 300, Seed: 5, ParticipationPerMille: 1000, Operators: 3})
	chain := sim.NewChain(st, sim.Behaviour{Seed: 5, ParticipationPerMille: 1000})
	fake := apitest.New(chain)
	if err := chain.RequestVoluntaryExit(context.Background(), 4); err != nil { // validator 4 is operator 1's
		t.Fatal(err)
	}
	fake.Advance(33)
	srv := httptest.NewServer(fake.BeaconHandler())
	defer srv.Close()
	creds := beacon.ExecutionCredentials(spec.ETH1AddressWithdrawalPrefix, sim.OperatorAddress(1))
	credHex := "0x" + hex.EncodeToString(creds[:])

	out, err := runInspect(t, "--beacon-url", srv.URL, "--credentials", credHex, "--json")
	if err != nil {
		t.Fatalf("inspect --json: %v\n%s", err, out)
	}
	var r api.Inspection
	if err := json.Unmarshal([]byte(out), &r); err != nil {
		t.Fatalf("not JSON: %v\n%s", err, out)
	}
	ctx := context.Background()
	want, _ := chain.ValidatorsByCredentials(ctx, creds)
	head, _ := chain.HeadSlot(ctx)
	fin, _ := chain.FinalizedEpoch(ctx)
	if r.HeadSlot != uint64(head) || r.FinalizedEpoch != uint64(fin) || r.Count != len(want) || len(r.Validators) != len(want) {
		t.Fatalf("report head %d fin %d count %d; sim head %d fin %d count %d", r.HeadSlot, r.FinalizedEpoch, r.Count, head, fin, len(want))
	}
	var total uint64
	for i, v := range want {
		got := r.Validators[i]
		total += uint64(v.Balance)
		if got.Index != uint64(v.Index) || got.Status != string(v.Status) || got.BalanceGwei != uint64(v.Balance) ||
			got.Pubkey != "0x"+hex.EncodeToString(v.Pubkey[:]) || (got.ExitEpoch == nil) != (v.ExitEpoch == beacon.FarFutureEpoch) {
			t.Fatalf("validator %d: %+v, sim %+v", i, got, v)
		}
	}
	if r.TotalBalanceGwei != total || r.ByStatus["active_exiting"] != 1 || r.ByStatus["active_ongoing"] != len(want)-1 {
		t.Fatalf("totals: %d (sim %d), by status %v", r.TotalBalanceGwei, total, r.ByStatus)
	}
	if r.WithdrawalAddress != "0x5a00000000000000000000000000000000000001" {
		t.Fatalf("withdrawal address %s", r.WithdrawalAddress)
	}

	text, err := runInspect(t, "--beacon-url", srv.URL, "--credentials", credHex)
	if err != nil {
		t.Fatal(err)
	}
	for _, re := range []string{`finalized: +epoch 300\n`, `validators: +21 \(active_exiting 1, active_ongoing 20\)\n`,
		`\n +4 +0x[0-9a-f]{12}… +active_exiting +32\.00000087 +32 +false +0 +306 +562\n`} {
		if !regexp.MustCompile(re).MatchString(text) {
			t.Errorf("text output does not match %s:\n%s", re, text)
		}
	}
}

func TestChainInspectErrors(t *testing.T) {
	if _, err := runInspect(t, "--beacon-url", "http://127.0.0.1:1", "--credentials", "0x01"); err == nil || !strings.Contains(err.Error(), "32 bytes") {
		t.Fatalf("short credentials: %v", err)
	}
	if _, err := runInspect(t, "--credentials", "0x"+strings.Repeat("00", 32)); err == nil || !strings.Contains(err.Error(), "--beacon-url") {
		t.Fatalf("no url: %v", err)
	}
	down := httptest.NewServer(http.NotFoundHandler())
	url := down.URL
	down.Close()
	_, err := runInspect(t, "--beacon-url", url, "--credentials", "0x"+strings.Repeat("00", 32), "--timeout", "1s")
	if !errors.Is(err, api.ErrUnavailable) {
		t.Fatalf("node down: %v", err)
	}
}
