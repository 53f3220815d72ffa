package main

import (
	"fmt"
	"testing"

	"github.com/spf13/cobra"

	"github.com/stakepool/stakepool/protocol/protocoltest"
)

func init() {
	benchCmd.AddCommand(&cobra.Command{
		Use:   "ledger",
		Short: "Benchmark the stETH ledger: submit and transfer on one core",
		Long: "Runs the protocol's submit and transfer through protocol.ApplyTx (nonce check,\n" +
			"share conversion, events) over 1,024 accounts on one core and prints ops/s and\n" +
			"allocations per op. Figures: ledger/submit, ledger/transfer (ops/s) and their\n" +
			"allocs/op.",
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			var figs []Figure
			for _, b := range []struct {
				name string
				fn   func(*testing.B)
			}{{"ledger/submit", protocoltest.BenchmarkSubmit}, {"ledger/transfer", protocoltest.BenchmarkTransfer}} {
				r := testing.Benchmark(b.fn)
				if r.N == 0 {
					return fmt.Errorf("benchmark %s failed", b.name)
				}
				nsPerOp := float64(r.T.Nanoseconds()) / float64(r.N)
				figs = append(figs,
					Figure{Name: b.name, Unit: "ops/s", Value: round(1e9 / nsPerOp)},
					Figure{Name: b.name + "/ns", Unit: "ns/op", Value: round(nsPerOp), LowerIsBetter: true},
					Figure{Name: b.name + "/allocs", Unit: "allocs/op", Value: float64(r.AllocsPerOp()), LowerIsBetter: true})
			}
			return printFigures(cmd.OutOrStdout(), figs, benchJSON)
		},
	})
}

// round keeps four significant decimals' worth of a figure.
func round(v float64) float64 {
	if v >= 100 {
		return float64(int64(v + 0.5))
	}
	return float64(int64(v*100+0.5)) / 100
}
