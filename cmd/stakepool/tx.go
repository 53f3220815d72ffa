package main

import (
	"context"
	"encoding/json"
	"fmt"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum/crypto"
	"github.com/spf13/cobra"

	"github.com/stakepool/stakepool/contracts/poolclient"
)

func init() {
	var cf chainFlags
	var keyFile, keystoreFile, passwordFile string
	var nonce int64
	var asJSON bool
	txCmd := &cobra.Command{
		Use:   "tx",
		Short: "Send a transaction to the pool's contracts and wait for its receipt",
		Long: "Each subcommand sends one ordinary Ethereum transaction to the pool's contracts (the\n" +
			"node at --rpc or $STAKEPOOL_RPC, default " + defaultRPC + "; host:port is enough), signed\n" +
			"with the account's key (--private-key-file F with a 0x-hex key, or --keystore F with a\n" +
			"go-ethereum keystore and --password-file or $STAKEPOOL_KEYSTORE_PASSWORD), and waits for\n" +
			"its receipt. The contracts are found in --addresses (the devnet's addresses.json, by\n" +
			"default ./devnet-data/addresses.json or $STAKEPOOL_ADDRESSES) or from --pool ADDRESS.\n" +
			"Amounts are 1.5, 1.5eth, 1500000000gwei or …wei. A refusal exits with status 1 and the\n" +
			"contract's error as a code (INSUFFICIENT_BALANCE, UNKNOWN_REQUEST, …).",
	}
	pf := txCmd.PersistentFlags()
	pf.StringVar(&cf.rpc, "rpc", "", "node JSON-RPC URL (default $STAKEPOOL_RPC or "+defaultRPC+")")
	pf.StringVar(&cf.addresses, "addresses", "", "addresses.json of the pool (default $STAKEPOOL_ADDRESSES or ./devnet-data/addresses.json)")
	pf.StringVar(&cf.pool, "pool", "", "the pool (stETH) contract's address, instead of --addresses")
	pf.StringVar(&keyFile, "private-key-file", "", "file with the sender's 0x-hex secp256k1 private key")
	pf.StringVar(&keystoreFile, "keystore", "", "go-ethereum keystore file of the sender")
	pf.StringVar(&passwordFile, "password-file", "", "file with the keystore password")
	pf.Int64Var(&nonce, "nonce", -1, "nonce to sign with (default: the account's next)")
	pf.BoolVar(&asJSON, "json", false, "print the receipt as JSON")
	pf.DurationVar(&cf.timeout, "timeout", 2*time.Minute, "how long to wait for the receipt")
	for i := range poolclient.Txs {
		k := &poolclient.Txs[i]
		text := map[string]*string{}
		sub := &cobra.Command{
			Use:   k.Name,
			Short: k.Short,
			Args:  cobra.NoArgs,
			RunE: func(cmd *cobra.Command, _ []string) error {
				given := map[string]string{}
				for name, s := range text {
					if cmd.Flags().Changed(name) {
						given[name] = *s
					}
				}
				v, err := k.Parse(given)
				if err != nil {
					return err
				}
				key, err := loadKey(keyFile, keystoreFile, passwordFile)
				if err != nil {
					return err
				}
				ctx, cancel := context.WithTimeout(cmd.Context(), cf.timeout)
				defer cancel()
				p, err := dialPool(ctx, &cf)
				if err != nil {
					return err
				}
				o, err := p.Transactor(ctx, key)
				if err != nil {
					return err
				}
				if nonce >= 0 {
					o.Nonce = big.NewInt(nonce)
				}
				tx, err := k.Send(ctx, p, o, v)
				rc, err := p.Wait(ctx, tx, err)
				if err != nil {
					return err
				}
				evs := p.Events(rc)
				w := cmd.OutOrStdout()
				if asJSON {
					enc := json.NewEncoder(w)
					enc.SetIndent("", "  ")
					return enc.Encode(map[string]any{"tx": k.Name, "hash": rc.TxHash.Hex(), "block": rc.BlockNumber.Uint64(),
						"from": crypto.PubkeyToAddress(key.PublicKey).Hex(), "gas_used": rc.GasUsed, "events": poolclient.JSONEvents(evs)})
				}
				fmt.Fprintf(w, "%s: included in block %s (tx %s, from %s, gas %d)\n", k.Name, rc.BlockNumber, rc.TxHash.Hex(),
					crypto.PubkeyToAddress(key.PublicKey).Hex(), rc.GasUsed)
				poolclient.PrintEvents(w, evs)
				return nil
			},
		}
		for _, a := range k.Args {
			text[a.Name] = sub.Flags().String(a.Name, "", a.Usage())
			if a.Kind == "bool" {
				sub.Flags().Lookup(a.Name).NoOptDefVal = "true"
			}
			if !a.Optional {
				sub.MarkFlagRequired(a.Name)
			}
		}
		txCmd.AddCommand(sub)
	}
	rootCmd.AddCommand(txCmd)
}
