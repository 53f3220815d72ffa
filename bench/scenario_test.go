package bench

import (
	"runtime"
	"strings"
	"testing"
)

// TestMonteCarloReference: the Monte Carlo figures of a tiny study (two
// runs of a day) carry the full mode's single run as the reference of the
// batched single run and of the study's idle estimate, measured in the same
// call; without the reference those figures have none; an unknown duty
// mode is refused before anything runs.
func TestMonteCarloReference(t *testing.T) {
	figs, err := runMonteCarlo(2, 1, 2000, 2048, 2, "batched", true)
	if err != nil {
		t.Fatal(err)
	}
	byName := map[string]Figure{}
	for _, f := range figs {
		byName[f.Name] = f
	}
	ref, ok := byName["scenario/monte-carlo/2k/bg2048/sampled/1d/single-run-cpu"]
	if !ok || ref.Value <= 0 {
		t.Fatalf("no full-mode single run among %d figures", len(figs))
	}
	single := byName["scenario/monte-carlo/2k/bg2048/batched/1d/single-run-cpu"]
	if single.ReferenceValue != ref.Value || !strings.Contains(single.Reference, "full per-slot mode") {
		t.Errorf("batched single run: reference %q %g, want the full mode's %g", single.Reference, single.ReferenceValue, ref.Value)
	}
	if f, ok := byName["scenario/monte-carlo/2k/bg2048/batched/1d/2-runs-idle-estimate-vs-full-mode"]; !ok || f.ReferenceValue != ref.Value*2/float64(min(2, runtime.NumCPU())) {
		t.Errorf("idle estimate against the full mode: %+v", f)
	}
	figs, err = runMonteCarlo(2, 1, 2000, 2048, 2, "batched", false)
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range figs {
		if strings.Contains(f.Name, "/sampled/") || strings.HasSuffix(f.Name, "vs-full-mode") {
			t.Errorf("--mc-reference=false: figure %s", f.Name)
		}
	}
	if _, err := runMonteCarlo(2, 1, 2000, 2048, 2, "fast", true); err == nil || !strings.Contains(err.Error(), "--mc-duties") {
		t.Errorf("unknown duty mode: %v, want a --mc-duties refusal", err)
	}
}
