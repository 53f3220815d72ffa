package bench

import (
	"context"
	"testing"
)

// TestOracleServiceSmall runs the oracle-service bench at a small scale:
// every figure is measured (the member read all the pool's validators
// through the Beacon API and computed the report, or the run fails).
func TestOracleServiceSmall(t *testing.T) {
	if testing.Short() {
		t.Skip("serves a beacon state over loopback")
	}
	figs, err := runOracleService(context.Background(), 8_000, 400, 1)
	if err != nil {
		t.Fatal(err)
	}
	if len(figs) != 4 {
		t.Fatalf("%d figures", len(figs))
	}
	for _, f := range figs[:2] {
		if f.Value <= 0 || f.ReferenceValue <= 0 || f.Reference == "" {
			t.Errorf("%+v", f)
		}
	}
}
