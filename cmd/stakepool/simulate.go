package main

import (
	"fmt"
	"strings"

	"github.com/spf13/cobra"

	"github.com/stakepool/stakepool/bench"
	"github.com/stakepool/stakepool/progress"
	"github.com/stakepool/stakepool/scenario"
)

var simulateCmd = &cobra.Command{
	Use:   "simulate SCENARIO.yaml",
	Short: "Run a scenario on the real protocol and the simulated chain; write a report",
	Long: "Run an agent-based scenario (docs/scenario.md): the pools are the stakepool protocol\n" +
		"state machine, the chain is the beacon/sim simulator, the markets and users are\n" +
		"models. Writes DIR/summary.json (headline numbers), DIR/timeseries.csv (every metric\n" +
		"per step) and DIR/report.html (plots, parameters, headline numbers).\n\n" +
		"With runs: N in the file or --runs N, a Monte Carlo study: N seeds (seed, seed+1, ...)\n" +
		"spread over the cores; every metric as P5/P50/P95 and mean in summary.json, bands in the\n" +
		"plots, each run in DIR/runs.csv, events as frequencies with a 95% interval. A sweep in the\n" +
		"file runs a grid of one or two parameters (DIR/sweep.csv, heatmaps). --compare CHANGE.yaml\n" +
		"previews a proposal: the scenario with and without the change over the same seeds, and\n" +
		"their differences. The same file and seeds give the same output, byte for byte.",
	Args: cobra.ExactArgs(1),
	RunE: runSimulate,
}

var (
	simOut     string
	simQuiet   bool
	simJSON    bool
	simProf    string
	simRuns    int
	simWorkers int
	simCompare string
)

func init() {
	simulateCmd.Flags().StringVar(&simOut, "out", "", "directory for summary.json, timeseries.csv and report.html (required)")
	simulateCmd.Flags().BoolVar(&simQuiet, "quiet", false, "no progress bar")
	simulateCmd.Flags().BoolVar(&simJSON, "json", false, "print summary.json on stdout when done")
	simulateCmd.Flags().StringVar(&simProf, "cpuprofile", "", "write a CPU profile of the run to this file (go tool pprof)")
	simulateCmd.Flags().IntVar(&simRuns, "runs", 0, "seeds to run (a Monte Carlo study; overrides runs: in the file)")
	simulateCmd.Flags().IntVar(&simWorkers, "workers", 0, "runs at once (default: the number of cores)")
	simulateCmd.Flags().StringVar(&simCompare, "compare", "", "a change file (name, description, set: {PARAM: VALUE}): preview the scenario with and without it")
	_ = simulateCmd.MarkFlagRequired("out")
	rootCmd.AddCommand(simulateCmd)
}

func runSimulate(cmd *cobra.Command, args []string) error {
	sc, err := scenario.Load(args[0])
	if err != nil {
		return err
	}
	if simRuns < 0 {
		return fmt.Errorf("--runs %d: want a positive number of runs", simRuns)
	}
	opt := scenario.Options{Runs: simRuns, Workers: simWorkers}
	if simCompare != "" {
		if opt.Compare, err = scenario.LoadChange(simCompare); err != nil {
			return err
		}
		if err := opt.Compare.Check(sc); err != nil {
			return err
		}
	}
	var bar *progress.Bar
	if !simQuiet {
		if bar = progress.OnTerminal(sc.Name); bar != nil {
			opt.Progress = bar.Update
		}
	}
	stopProfile, err := bench.StartProfile(simProf)
	if err != nil {
		return err
	}
	res, err := scenario.Run(sc, opt)
	stopProfile()
	if bar != nil {
		bar.End()
	}
	if err != nil {
		return err
	}
	if err := res.Write(simOut); err != nil {
		return err
	}
	if simJSON {
		b, err := res.SummaryJSON()
		if err != nil {
			return err
		}
		_, err = cmd.OutOrStdout().Write(b)
		return err
	}
	if !simQuiet {
		fmt.Fprintf(cmd.OutOrStdout(), "wrote %s/%s\n", simOut, strings.Join(res.Files(), ", "))
	}
	return nil
}
