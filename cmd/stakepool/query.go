package main

import (
	"context"
	"encoding/json"
	"strings"
	"time"

	"github.com/spf13/cobra"

	"github.com/stakepool/stakepool/contracts/poolclient"
	"github.com/stakepool/stakepool/units"
)

func init() {
	var cf chainFlags
	var asJSON bool
	queryCmd := &cobra.Command{
		Use:   "query",
		Short: "Read the pool's contracts (status, pool, account, operators, withdrawal(s), reports, tx)",
		Long: "Each subcommand reads the pool's contracts through the node's JSON-RPC (--rpc or\n" +
			"$STAKEPOOL_RPC, default " + defaultRPC + "; host:port is enough; the contracts from --addresses\n" +
			"or --pool as for stakepool tx) and prints one field per line, amounts in ETH; --json prints\n" +
			"a JSON document, amounts as decimal strings of wei (keys ending in _wei).",
	}
	pf := queryCmd.PersistentFlags()
	pf.StringVar(&cf.rpc, "rpc", "", "node JSON-RPC URL (default $STAKEPOOL_RPC or "+defaultRPC+")")
	pf.StringVar(&cf.addresses, "addresses", "", "addresses.json of the pool (default $STAKEPOOL_ADDRESSES or ./devnet-data/addresses.json)")
	pf.StringVar(&cf.pool, "pool", "", "the pool (stETH) contract's address, instead of --addresses")
	pf.BoolVar(&asJSON, "json", false, "print a JSON document")
	pf.DurationVar(&cf.timeout, "timeout", 30*time.Second, "how long to wait for the node")
	for _, q := range poolclient.Queries {
		args := cobra.NoArgs
		if q.Args > 0 {
			args = cobra.ExactArgs(q.Args)
		}
		queryCmd.AddCommand(&cobra.Command{
			Use: q.Use, Short: q.Short, Args: args,
			RunE: func(cmd *cobra.Command, args []string) error {
				// an address argument is checked (EIP-55) before the node is asked
				if strings.HasSuffix(q.Use, "ADDRESS") {
					if _, err := units.ParseAddress(args[0]); err != nil {
						return err
					}
				}
				ctx, cancel := context.WithTimeout(cmd.Context(), cf.timeout)
				defer cancel()
				p, err := dialPool(ctx, &cf)
				if err != nil {
					return err
				}
				d, err := q.Read(ctx, p, args)
				if err != nil {
					return poolclient.DecodeRevert(err)
				}
				if asJSON {
					enc := json.NewEncoder(cmd.OutOrStdout())
					enc.SetIndent("", "  ")
					return enc.Encode(d.Object())
				}
				d.Print(cmd.OutOrStdout())
				return nil
			},
		})
	}
	rootCmd.AddCommand(queryCmd)
}
