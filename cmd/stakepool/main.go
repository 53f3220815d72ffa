// Command stakepool runs, queries, benchmarks and simulates an Ethereum
// liquid staking pool. See README.md for the two set-up commands.
package main

import (
	"fmt"
	"os"

	"github.com/spf13/cobra"
)

// version is set at build time with -ldflags "-X main.version=...".
var version = "0.1.0-dev"

// rootCmd is the top of the command tree. Each area of the CLI (demo, bench,
// keys, chain, ...) lives in its own file and attaches itself in init().
var rootCmd = &cobra.Command{
	Use:           "stakepool",
	Short:         "An Ethereum liquid staking pool, its stETH derivative, and a beacon-chain simulator",
	SilenceUsage:  true,
	SilenceErrors: true,
}

func init() {
	rootCmd.AddCommand(&cobra.Command{
		Use:   "version",
		Short: "Print the stakepool version",
		Args:  cobra.NoArgs,
		Run: func(cmd *cobra.Command, _ []string) {
			fmt.Fprintf(cmd.OutOrStdout(), "stakepool %s\n", version)
		},
	})
}

func main() {
	if err := rootCmd.Execute(); err != nil {
		fmt.Fprintln(os.Stderr, "error:", err)
		os.Exit(1)
	}
}
