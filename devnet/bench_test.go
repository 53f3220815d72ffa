package devnet

import (
	"context"
	"syscall"
	"testing"
)

// BenchmarkAdvanceEpoch advances the devnet alone (no pool, no services) on
// disk over 20,000 validators, an epoch an iteration, and reports the CPU an
// epoch costs besides the wall time (the machine is shared: CPU time says
// more than wall time under load).
func BenchmarkAdvanceEpoch(b *testing.B) {
	cfg := testConfig(b.TempDir())
	cfg.Validators = 20_000
	cfg.SnapshotEvery = 8
	d, err := Open(context.Background(), cfg)
	if err != nil {
		b.Fatal(err)
	}
	defer d.Close()
	ctx := context.Background()
	if err := d.AdvanceEpochs(ctx, 2); err != nil {
		b.Fatal(err)
	}
	b.ResetTimer()
	cpu0 := cpuTime()
	for range b.N {
		if err := d.AdvanceEpochs(ctx, 1); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(cpuTime()-cpu0)/1e6/float64(b.N), "cpu-ms/epoch")
}

// cpuTime is the process's user and system CPU time in ns.
func cpuTime() int64 {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return ru.Utime.Nano() + ru.Stime.Nano()
}
