package main

import (
	"bufio"
	"encoding/json"
	"strings"
	"testing"

	"github.com/spf13/cobra"

	"github.com/stakepool/stakepool/bench"
	"github.com/stakepool/stakepool/demo"
)

func TestVersionAndHelpEverywhere(t *testing.T) {
	bin := buildStakepool(t)
	out, _, code := run(t, bin, "version")
	if code != 0 || !strings.HasPrefix(out, "stakepool ") {
		t.Fatalf("version: %d %q", code, out)
	}
	var walk func(c *cobra.Command, path []string)
	walk = func(c *cobra.Command, path []string) {
		args := append(append([]string{}, path...), "--help")
		out, errOut, code := run(t, bin, args...)
		if code != 0 || !strings.Contains(out, "Usage:") {
			t.Errorf("%v: exit %d, stdout %q, stderr %q", args, code, out, errOut)
		}
		for _, sub := range c.Commands() {
			if sub.Hidden || sub.Name() == "help" || sub.Name() == "completion" {
				continue
			}
			walk(sub, append(append([]string{}, path...), sub.Name()))
		}
	}
	walk(rootCmd, nil)
}

func TestDemoEndToEnd(t *testing.T) {
	bin := buildStakepool(t)
	out, errOut, code := run(t, bin, "demo", "--json")
	if code != 0 {
		t.Fatalf("demo: exit %d: %s", code, errOut)
	}
	var r demo.Summary
	if err := json.Unmarshal([]byte(out), &r); err != nil {
		t.Fatalf("demo --json is not JSON: %v", err)
	}
	if r.Pool.Validators != 11 {
		t.Errorf("validators %d, want 11", r.Pool.Validators)
	}
	codes := map[string]bool{}
	for _, st := range r.Steps {
		if !st.OK {
			codes[st.Code] = true
		}
	}
	for _, c := range []string{"INVALID_KEY", "DUPLICATE_KEY", "BELOW_DUST", "INSUFFICIENT_BALANCE"} {
		if !codes[c] {
			t.Errorf("demo shows no %s rejection", c)
		}
	}
	want := map[string]uint64{"operator-north": 4, "operator-east": 2, "operator-west": 5}
	for _, o := range r.Operators {
		if o.Deposited != want[o.Name] || o.Deposited > o.Limit {
			t.Errorf("operator %s deposited %d (cap %d), want %d", o.Name, o.Deposited, o.Limit, want[o.Name])
		}
	}
	// Deterministic: a second run gives the same state root.
	out2, _, _ := run(t, bin, "demo", "--json")
	var r2 demo.Summary
	if err := json.Unmarshal([]byte(out2), &r2); err != nil || r2.Pool.StateRoot != r.Pool.StateRoot {
		t.Fatalf("state root differs between runs: %s vs %s", r.Pool.StateRoot, r2.Pool.StateRoot)
	}
	text, _, code := run(t, bin, "demo")
	if code != 0 || !strings.Contains(text, "state root") || !strings.Contains(text, "REJECTED") {
		t.Fatalf("demo text output:\n%s", text)
	}
}

func TestBenchLedgerJSON(t *testing.T) {
	bin := buildStakepool(t)
	out, errOut, code := run(t, bin, "bench", "ledger", "--holders", "20000", "--seconds", "0.1", "--json")
	if code != 0 {
		t.Fatalf("bench ledger: exit %d: %s", code, errOut)
	}
	names := map[string]bench.Figure{}
	sc := bufio.NewScanner(strings.NewReader(out))
	for sc.Scan() {
		var f bench.Figure
		if err := json.Unmarshal(sc.Bytes(), &f); err != nil {
			t.Fatalf("line %q: %v", sc.Text(), err)
		}
		names[f.Name] = f
	}
	for _, n := range []string{"ledger/submit/random/holders=20000", "ledger/transfer/random/holders=20000",
		"ledger/transfer/random-block/holders=20000", "ledger/transfer/in-cache/holders=1024"} {
		f, ok := names[n]
		if !ok || f.Value <= 0 || f.Unit != "ops/s" || f.LowerIsBetter {
			t.Errorf("figure %s: %+v", n, f)
		}
		if a, ok := names[n+"/allocs"]; !ok || a.Value != 0 {
			t.Errorf("%s allocates %+v per op", n, a)
		}
	}
	if f := names["ledger/memory/holders=20000"]; f.Value <= 0 || f.Unit != "heap-bytes/holder" {
		t.Errorf("memory figure: %+v", f)
	}
}
