package main

import (
	"github.com/spf13/cobra"

	"github.com/stakepool/stakepool/bench"
)

// benchCmd has one subcommand per bench of package bench: its options and
// help are the bench's; the figures print as a table or, with --json, in
// DESIGN.md's JSON lines.
var benchCmd = &cobra.Command{
	Use:   "bench",
	Short: "Run performance benchmarks and print their figures",
	Long: "Run performance benchmarks. Each subcommand prints a table, or with --json one JSON\n" +
		"object per figure and line: name, unit, value, lower_is_better, and reference,\n" +
		"reference_value, speedup where a reference is measured in the same run.",
}

func init() {
	var asJSON bool
	benchCmd.PersistentFlags().BoolVar(&asJSON, "json", false, "print one JSON object per figure and line")
	for _, b := range bench.All() {
		c := &cobra.Command{Use: b.Name, Short: b.Short, Long: b.Long, Args: cobra.NoArgs}
		run := b.Flags(c.Flags())
		c.RunE = func(cmd *cobra.Command, _ []string) error {
			figs, err := run(cmd.Context(), cmd.ErrOrStderr())
			if len(figs) > 0 {
				if perr := bench.Write(cmd.OutOrStdout(), figs, asJSON); perr != nil {
					return perr
				}
			}
			return err
		}
		benchCmd.AddCommand(c)
	}
	rootCmd.AddCommand(benchCmd)
}
