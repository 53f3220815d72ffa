package bench

import (
	"context"
	"fmt"
	"io"
	"runtime"
	"time"

	"github.com/spf13/pflag"

	"github.com/stakepool/stakepool/oracle"
)

func init() {
	Register(Bench{
		Name:  "oracle",
		Short: "Benchmark applying an oracle report, at 10 and at N stETH holders",
		Long: "Builds two pools with --validators pool validators over 30 operators, one with 10\n" +
			"stETH holders and one with --holders, and times applying --rounds successive oracle\n" +
			"reports in each, the two pools' rounds alternating: the whole report as the chain\n" +
			"sees it, a quorum's three votes and the submit (sanity checks, vault pulls, fees to\n" +
			"treasury, insurance and every operator, up to 100 requests finalized, exit requests,\n" +
			"rebase); the report's computation and the vaults' credits are prepared untimed.\n" +
			"Figures (median ns per report): oracle/report/holders=10, oracle/report/holders=N\n" +
			"(the 10-holder pool its reference), oracle/report/ratio/holders=N (N over 10: 1.0\n" +
			"means independent of holders; target, issue 19: ≤ 1.2 at 10M), and\n" +
			"oracle/compute/validators=V, one member's report computation over V validators; the\n" +
			"load average before and after. Memory: about 200 bytes per holder.",
		Flags: func(fs *pflag.FlagSet) Run {
			holders := fs.Int("holders", 10_000_000, "stETH holders of the large pool")
			validators := fs.Int("validators", 300_000, "pool validators")
			rounds := fs.Int("rounds", 3000, "reports applied per pool (past 2,048 the kept history is trimmed once)")
			return func(_ context.Context, log io.Writer) ([]Figure, error) {
				if *rounds < 1 || *holders < 1 {
					return nil, fmt.Errorf("--rounds and --holders must be at least 1")
				}
				return runOracle(log, *holders, *validators, *rounds)
			}
		},
	})
}

func runOracle(log io.Writer, holders, validators, rounds int) ([]Figure, error) {
	load0 := loadAverage()
	t0 := time.Now()
	small, err := NewReports(10, validators)
	if err != nil {
		return nil, fmt.Errorf("bench oracle: set up 10 holders: %w", err)
	}
	large, err := NewReports(holders, validators)
	if err != nil {
		return nil, fmt.Errorf("bench oracle: set up %d holders: %w", holders, err)
	}
	fmt.Fprintf(log, "oracle: pools of 10 and %d holders built in %.1f s\n", holders, time.Since(t0).Seconds())
	// The two pools' rounds alternate, so that a change of the machine's
	// load weighs on both alike.
	var ts [2][]time.Duration
	runtime.GC()
	for i := 0; i < rounds; i++ {
		for k, rb := range []*Reports{small, large} {
			if err := rb.Prepare(); err != nil {
				return nil, err
			}
			t := time.Now()
			if err := rb.Apply(); err != nil {
				return nil, err
			}
			ts[k] = append(ts[k], time.Since(t))
		}
	}
	med := func(d []time.Duration) float64 { return float64(medianOf(d).Nanoseconds()) }
	smallNs, largeNs := med(ts[0]), med(ts[1])
	large = nil
	// One member's computation over the validators.
	if err := small.Prepare(); err != nil {
		return nil, err
	}
	snap := small.Snapshot()
	st := small.State()
	ref, _ := st.CurrentRefSlot()
	var keys oracle.KeyIndex
	keys.Sync(st)
	cts := make([]time.Duration, 5)
	for i := range cts {
		t0 := time.Now()
		if _, _, err := oracle.Compute(st, &keys, oracle.MainnetConfig(), ref, snap); err != nil {
			return nil, fmt.Errorf("bench oracle: compute: %w", err)
		}
		cts[i] = time.Since(t0)
	}
	return []Figure{
		{Name: "oracle/report/holders=10", Unit: "ns/report", Value: round(smallNs), LowerIsBetter: true},
		{Name: fmt.Sprintf("oracle/report/holders=%d", holders), Unit: "ns/report", Value: round(largeNs), LowerIsBetter: true,
			Reference: "the same report at 10 holders", ReferenceValue: round(smallNs), Speedup: float64(int64(smallNs/largeNs*100+0.5)) / 100},
		{Name: fmt.Sprintf("oracle/report/ratio/holders=%d", holders), Unit: "ratio", Value: float64(int64(largeNs/smallNs*100+0.5)) / 100, LowerIsBetter: true},
		{Name: fmt.Sprintf("oracle/compute/validators=%d", validators), Unit: "ns/report", Value: round(float64(medianOf(cts).Nanoseconds())), LowerIsBetter: true},
		{Name: "oracle/load-average-1m-start", Unit: "load", Value: load0, LowerIsBetter: true},
		{Name: "oracle/load-average-1m-end", Unit: "load", Value: loadAverage(), LowerIsBetter: true},
	}, nil
}
