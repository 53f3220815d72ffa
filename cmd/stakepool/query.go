package main

import (
	"encoding/json"
	"fmt"
	"io"
	"sort"
	"strings"
	"time"

	"github.com/holiman/uint256"
	"github.com/spf13/cobra"

	"github.com/stakepool/stakepool/units"
)

// printDoc prints a JSON object as "key: value" lines, amounts (keys ending
// in _wei) also in ETH.
func printDoc(w io.Writer, indent string, doc map[string]any) {
	keys := make([]string, 0, len(doc))
	for k := range doc {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		v := doc[k]
		switch x := v.(type) {
		case string:
			if strings.HasSuffix(k, "_wei") {
				var a uint256.Int
				if a.SetFromDecimal(x) == nil {
					fmt.Fprintf(w, "%s%-28s %s ETH (%s wei)\n", indent, k+":", units.FormatEther(&a), x)
					continue
				}
			}
			fmt.Fprintf(w, "%s%-28s %s\n", indent, k+":", x)
		case []any:
			fmt.Fprintf(w, "%s%s: %d\n", indent, k, len(x))
			for i, it := range x {
				if m, ok := it.(map[string]any); ok {
					fmt.Fprintf(w, "%s  [%d]\n", indent, i)
					printDoc(w, indent+"    ", m)
				} else {
					fmt.Fprintf(w, "%s  - %v\n", indent, it)
				}
			}
		case map[string]any:
			fmt.Fprintf(w, "%s%s:\n", indent, k)
			printDoc(w, indent+"  ", x)
		default:
			b, _ := json.Marshal(x)
			fmt.Fprintf(w, "%s%-28s %s\n", indent, k+":", b)
		}
	}
}

func init() {
	var rpc string
	var asJSON bool
	queryCmd := &cobra.Command{
		Use:   "query",
		Short: "Read the pool from a node (status, pool, account, operators, withdrawal, reports, tx)",
		Long: "Each subcommand reads one resource of the node's HTTP API at --rpc and prints it:\n" +
			"--json prints the API's JSON document unchanged (amounts as decimal strings of wei);\n" +
			"otherwise one field per line, amounts also in ETH.",
	}
	queryCmd.PersistentFlags().StringVar(&rpc, "rpc", "http://127.0.0.1:8545", "node HTTP API URL")
	queryCmd.PersistentFlags().BoolVar(&asJSON, "json", false, "print the JSON document")
	add := func(use, short string, args cobra.PositionalArgs, path func(args []string) (string, error)) {
		queryCmd.AddCommand(&cobra.Command{
			Use: use, Short: short, Args: args,
			RunE: func(cmd *cobra.Command, args []string) error {
				p, err := path(args)
				if err != nil {
					return err
				}
				var raw json.RawMessage
				if err := newRPC(rpc, 30*time.Second).get(p, &raw); err != nil {
					return err
				}
				if asJSON {
					_, err := cmd.OutOrStdout().Write(raw)
					return err
				}
				var doc map[string]any
				if err := json.Unmarshal(raw, &doc); err != nil {
					return err
				}
				printDoc(cmd.OutOrStdout(), "", doc)
				return nil
			},
		})
	}
	fixed := func(p string) func([]string) (string, error) { return func([]string) (string, error) { return p, nil } }
	add("status", "slot, epoch, finalized epoch, block, state root", cobra.NoArgs, fixed("/v1/status"))
	add("pool", "the pool's totals: pooled ETH, shares, buffer, reserve, share rate, validators, APR", cobra.NoArgs, fixed("/v1/pool"))
	add("operators", "node operators, their caps, keys and validators", cobra.NoArgs, fixed("/v1/operators"))
	add("reports", "applied oracle reports", cobra.NoArgs, fixed("/v1/oracle/reports"))
	add("account ADDRESS", "an account's ETH, stETH, shares, wstETH and nonce", cobra.ExactArgs(1), func(a []string) (string, error) {
		addr, err := units.ParseAddress(a[0])
		if err != nil {
			return "", err
		}
		return "/v1/accounts/" + addr.Hex(), nil
	})
	add("withdrawal ID", "one withdrawal request", cobra.ExactArgs(1), func(a []string) (string, error) {
		for _, c := range a[0] {
			if c < '0' || c > '9' {
				return "", fmt.Errorf("%q is not a withdrawal id", a[0])
			}
		}
		return "/v1/withdrawals/" + a[0], nil
	})
	add("tx HASH", "the receipt of an applied transaction", cobra.ExactArgs(1), func(a []string) (string, error) {
		return "/v1/tx/" + a[0], nil
	})
	rootCmd.AddCommand(queryCmd)
}
