package main

import (
	"encoding/json"
	"fmt"
	"io"
	"text/tabwriter"

	"github.com/spf13/cobra"
)

// Figure is one benchmark result, in the format DESIGN.md fixes for
// `stakepool bench NAME --json` (one JSON object per line).
type Figure struct {
	Name           string  `json:"name"`
	Unit           string  `json:"unit"`
	Value          float64 `json:"value"`
	LowerIsBetter  bool    `json:"lower_is_better"`
	Reference      string  `json:"reference,omitempty"`
	ReferenceValue float64 `json:"reference_value,omitempty"`
	// Speedup is how many times better than the reference, measured in the
	// same run; zero when there is no reference.
	Speedup float64 `json:"speedup,omitempty"`
}

// benchCmd groups the benchmarks; each area adds its own subcommand
// (bench ledger, bench bls, bench beacon) from its own file.
var benchCmd = &cobra.Command{
	Use:   "bench",
	Short: "Run performance benchmarks and print their figures",
	Long: "Run performance benchmarks. Each subcommand prints a table, or with --json one JSON\n" +
		"object per figure and line: name, unit, value, lower_is_better, and reference,\n" +
		"reference_value, speedup where a reference is measured in the same run.",
}

var benchJSON bool

func init() {
	benchCmd.PersistentFlags().BoolVar(&benchJSON, "json", false, "print one JSON object per figure and line")
	rootCmd.AddCommand(benchCmd)
}

// printFigures writes figures as JSON lines or as a readable table.
func printFigures(w io.Writer, figs []Figure, asJSON bool) error {
	if asJSON {
		enc := json.NewEncoder(w)
		for _, f := range figs {
			if err := enc.Encode(f); err != nil {
				return err
			}
		}
		return nil
	}
	tw := tabwriter.NewWriter(w, 0, 4, 2, ' ', 0)
	fmt.Fprintln(tw, "NAME\tVALUE\tUNIT\tREFERENCE\tREF VALUE\tSPEEDUP")
	for _, f := range figs {
		ref, refv, sp := "-", "-", "-"
		if f.Reference != "" {
			ref, refv, sp = f.Reference, fmt.Sprintf("%.4g", f.ReferenceValue), fmt.Sprintf("%.1fx", f.Speedup)
		}
		fmt.Fprintf(tw, "%s\t%.4g\t%s\t%s\t%s\t%s\n", f.Name, f.Value, f.Unit, ref, refv, sp)
	}
	return tw.Flush()
}
