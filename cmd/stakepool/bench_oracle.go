package main

import (
	"fmt"
	"slices"
	"time"

	"github.com/spf13/cobra"

	"github.com/stakepool/stakepool/oracle"
)

func init() {
	var holders, validators, rounds int
	cmd := &cobra.Command{
		Use:   "oracle",
		Short: "Benchmark applying an oracle report, at 10 and at N stETH holders",
		Long: "Builds two pools with --validators pool validators over 30 operators, one with 10\n" +
			"stETH holders and one with --holders, and times applying --rounds successive oracle\n" +
			"reports in each (the submit command: sanity checks, vault pulls, fees to treasury,\n" +
			"insurance and every operator, up to 100 requests finalized, exit requests, rebase).\n" +
			"Figures (median ns per report): oracle/apply/holders=10, oracle/apply/holders=N,\n" +
			"oracle/apply/ratio (N over 10: 1.0 means independent of holders), and\n" +
			"oracle/compute/validators=V, one member's report computation over V validators.\n" +
			"Memory: about 300 bytes per holder.",
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			if rounds < 1 {
				return fmt.Errorf("--rounds must be at least 1")
			}
			median := func(h int) (float64, *oracle.ReportBench, error) {
				rb, err := oracle.NewReportBench(h, validators)
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
				return err
			}
			// One member's computation over the validators.
			if err := rb.Prepare(); err != nil {
				return err
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
					return fmt.Errorf("bench oracle: compute: %w", err)
				}
				cts[i] = time.Since(t0)
			}
			slices.Sort(cts)
			rb = nil
			large, _, err := median(holders)
			if err != nil {
				return err
			}
			figs := []Figure{
				{Name: "oracle/apply/holders=10", Unit: "ns/report", Value: round(small), LowerIsBetter: true},
				{Name: fmt.Sprintf("oracle/apply/holders=%d", holders), Unit: "ns/report", Value: round(large), LowerIsBetter: true},
				{Name: "oracle/apply/ratio", Unit: "ratio", Value: float64(int64(large/small*100+0.5)) / 100, LowerIsBetter: true},
				{Name: fmt.Sprintf("oracle/compute/validators=%d", validators), Unit: "ns/report", Value: round(float64(cts[len(cts)/2].Nanoseconds())), LowerIsBetter: true},
			}
			return printFigures(cmd.OutOrStdout(), figs, benchJSON)
		},
	}
	cmd.Flags().IntVar(&holders, "holders", 1_000_000, "stETH holders of the large pool")
	cmd.Flags().IntVar(&validators, "validators", 300_000, "pool validators")
	cmd.Flags().IntVar(&rounds, "rounds", 3000, "reports applied per pool (past 2,048 the kept history is trimmed once)")
	benchCmd.AddCommand(cmd)
}
