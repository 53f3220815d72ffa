package bench

import (
	"context"
	"fmt"
	"io"
	"slices"
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
			"reports in each (the submit command: sanity checks, vault pulls, fees to treasury,\n" +
			"insurance and every operator, up to 100 requests finalized, exit requests, rebase).\n" +
			"Figures (median ns per report): oracle/apply/holders=10, oracle/apply/holders=N,\n" +
			"oracle/apply/ratio (N over 10: 1.0 means independent of holders), and\n" +
			"oracle/compute/validators=V, one member's report computation over V validators.\n" +
			"Memory: about 300 bytes per holder.",
		Flags: func(fs *pflag.FlagSet) Run {
			holders := fs.Int("holders", 1_000_000, "stETH holders of the large pool")
			validators := fs.Int("validators", 300_000, "pool validators")
			rounds := fs.Int("rounds", 3000, "reports applied per pool (past 2,048 the kept history is trimmed once)")
			return func(context.Context, io.Writer) ([]Figure, error) {
				if *rounds < 1 {
					return nil, fmt.Errorf("--rounds must be at least 1")
				}
				return runOracle(*holders, *validators, *rounds)
			}
		},
	})
}

func runOracle(holders, validators, rounds int) ([]Figure, error) {
	median := func(h int) (float64, *Reports, error) {
		rb, err := NewReports(h, validators)
		if err != nil {
			return 0, nil, fmt.Errorf("bench oracle: set up %d holders: %w", h, err)
		}
		ts := make([]time.Duration, rounds)
		for i := range ts {
			if err := rb.Prepare(); err != nil {
				return 0, nil, err
			}
			t0 := time.Now()
			if err := rb.Apply(); err != nil {
				return 0, nil, err
			}
			ts[i] = time.Since(t0)
		}
		slices.Sort(ts)
		return float64(ts[len(ts)/2].Nanoseconds()), rb, nil
	}
	small, rb, err := median(10)
	if err != nil {
		return nil, err
	}
	// One member's computation over the validators.
	if err := rb.Prepare(); err != nil {
		return nil, err
	}
	snap := rb.Snapshot()
	st := rb.State()
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
	slices.Sort(cts)
	rb = nil
	large, _, err := median(holders)
	if err != nil {
		return nil, err
	}
	return []Figure{
		{Name: "oracle/apply/holders=10", Unit: "ns/report", Value: round(small), LowerIsBetter: true},
		{Name: fmt.Sprintf("oracle/apply/holders=%d", holders), Unit: "ns/report", Value: round(large), LowerIsBetter: true},
		{Name: "oracle/apply/ratio", Unit: "ratio", Value: float64(int64(large/small*100+0.5)) / 100, LowerIsBetter: true},
		{Name: fmt.Sprintf("oracle/compute/validators=%d", validators), Unit: "ns/report", Value: round(float64(cts[len(cts)/2].Nanoseconds())), LowerIsBetter: true},
	}, nil
}
