package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

const e2eScenario = `name: e2e
duration: 150epochs
step: 75epochs
chain: {total_stake: 300000eth, duties: sampled}
pools:
  - {name: p, initial_stake: 6400eth, reserve: 5%, oracle: {frame_epochs: 75}}
agents:
  runs: [{pool: p, at: 0d, fraction: 10%, fraction_max: 30%, over: 75epochs}]
`

// TestSimulateEndToEnd runs the binary: a Monte Carlo study (--runs), a
// proposal preview (--compare), a study from an SSZ state written by
// `chain run --out`, and refusals that name the file, the line and the
// field.
func TestSimulateEndToEnd(t *testing.T) {
	bin := buildStakepool(t)
	dir := t.TempDir()
	sc := filepath.Join(dir, "s.yaml")
	change := filepath.Join(dir, "change.yaml")
	must := func(err error) {
		if err != nil {
			t.Fatal(err)
		}
	}
	must(os.WriteFile(sc, []byte(e2eScenario), 0o644))
	must(os.WriteFile(change, []byte("name: bigger reserve\nset:\n  pools[p].reserve: 25%\n"), 0o644))

	out := filepath.Join(dir, "mc")
	if _, stderr, code := run(t, bin, "simulate", sc, "--out", out, "--runs", "2", "--quiet"); code != 0 {
		t.Fatalf("simulate --runs: %d %s", code, stderr)
	}
	for _, f := range []string{"summary.json", "timeseries.csv", "report.html", "runs.csv"} {
		if _, err := os.Stat(filepath.Join(out, f)); err != nil {
			t.Errorf("--runs 2 wrote no %s", f)
		}
	}
	var sum struct {
		Runs          int
		Distributions []struct {
			Metrics map[string]struct{ P5, P50, P95 float64 }
		}
	}
	b, _ := os.ReadFile(filepath.Join(out, "summary.json"))
	if err := json.Unmarshal(b, &sum); err != nil || sum.Runs != 2 || len(sum.Distributions) != 1 || len(sum.Distributions[0].Metrics) == 0 {
		t.Fatalf("summary.json: %v %s", err, b)
	}

	stdout, stderr, code := run(t, bin, "simulate", sc, "--out", filepath.Join(dir, "cmp"), "--compare", change, "--json")
	if code != 0 || !strings.Contains(stdout, `"change": "bigger reserve"`) {
		t.Fatalf("simulate --compare: %d %s %.300s", code, stderr, stdout)
	}

	state := filepath.Join(dir, "state.ssz")
	if _, stderr, code := run(t, bin, "chain", "run", "--validators", "256", "--operators", "4", "--epochs", "1", "--out", state); code != 0 {
		t.Fatalf("chain run --out: %d %s", code, stderr)
	}
	from := filepath.Join(dir, "from.yaml")
	must(os.WriteFile(from, []byte("duration: 75epochs\nstep: 75epochs\nchain: {state: state.ssz, duties: sampled}\npools:\n"+
		"  - name: p\n    withdrawal_credentials: ['0x5a00000000000000000000000000000000000001']\n"), 0o644))
	if _, stderr, code := run(t, bin, "simulate", from, "--out", filepath.Join(dir, "from"), "--quiet"); code != 0 {
		t.Fatalf("simulate from a state: %d %s", code, stderr)
	}

	for _, c := range []struct {
		args []string
		want string
	}{
		{[]string{"simulate", sc, "--out", dir, "--runs", "-1"}, "--runs -1"},
		{[]string{"simulate", sc, "--out", dir, "--compare", sc}, "s.yaml:2: duration: unknown field (known: name, description, set)"},
	} {
		if _, stderr, code := run(t, bin, c.args...); code == 0 || !strings.Contains(stderr, c.want) {
			t.Errorf("%v: exit %d, %s; want %q", c.args, code, stderr, c.want)
		}
	}
	must(os.WriteFile(change, []byte("set:\n  pools[p].reserve: 250%\n"), 0o644))
	if _, stderr, code := run(t, bin, "simulate", sc, "--out", dir, "--compare", change); code == 0 || !strings.Contains(stderr, "change.yaml:2: pools[0].reserve: 250% is outside 0%–100%") {
		t.Errorf("a refused change: exit %d, %s", code, stderr)
	}
}
