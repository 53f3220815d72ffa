package main

import (
	"encoding/json"

	"github.com/spf13/cobra"

	"github.com/stakepool/stakepool/demo"
)

func init() {
	var asJSON bool
	cmd := &cobra.Command{
		Use:   "demo",
		Short: "Run a short scripted life of the pool on the protocol alone",
		Long: "Runs a scripted life of the pool on the protocol state machine alone (no chain,\n" +
			"no network): governance approves three node operators with caps, the operators\n" +
			"upload BLS validator keys derived from a fixed demo mnemonic (signatures checked\n" +
			"in one batch; a forged and a duplicated key are refused), stakers submit ETH,\n" +
			"the buffer is deposited in 32-ETH chunks to the operators with the fewest active\n" +
			"validators, stETH is transferred, wrapped and unwrapped. It prints every step,\n" +
			"its events, and the state root; --json prints the same as one JSON document.",
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			d, err := demo.New()
			if err != nil {
				return err
			}
			if err := d.Run(); err != nil {
				return err
			}
			if asJSON {
				enc := json.NewEncoder(cmd.OutOrStdout())
				enc.SetIndent("", "  ")
				return enc.Encode(d.Summary())
			}
			d.WriteText(cmd.OutOrStdout())
			return nil
		},
	}
	cmd.Flags().BoolVar(&asJSON, "json", false, "print the run as one JSON document")
	rootCmd.AddCommand(cmd)
}
