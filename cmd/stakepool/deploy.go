package main

// `stakepool deploy`: flags only; the work is services.DeployPool.

import (
	"cmp"
	"context"
	"encoding/json"
	"fmt"
	"os"
	"strings"
	"time"

	"github.com/spf13/cobra"

	"github.com/stakepool/stakepool/services"
)

func init() {
	var rpc, beaconURL, network, config, out, keyFile, keystoreFile, passwordFile string
	var forceNew, asJSON bool
	var timeout time.Duration
	cmd := &cobra.Command{
		Use:   "deploy",
		Short: "Deploy the pool's contract suite onto a network and write its addresses.json",
		Long: "Deploys the pool's contracts (the suite `stakepool devnet` deploys) onto the network of the\n" +
			"execution node at --rpc, signed by the deployer (--private-key-file, or --keystore with\n" +
			"--password-file), with the roles and rules of a pool config file (--config F, YAML or\n" +
			"JSON; see docs/operations.md). Before the first transaction it checks that the beacon\n" +
			"node at --beacon and the execution node are on the same chain (DEPOSIT_CHAIN_ID), that\n" +
			"both are the network named by --network (genesis fork version from /eth/v1/beacon/genesis,\n" +
			"deposit contract from /eth/v1/config/deposit_contract, chain id), that the deposit\n" +
			"contract has code, and that the deployer can pay the initial stake. The oracle's clock is\n" +
			"the beacon node's (genesis, slot time). It writes the addresses to --out, prints what it did.\n" +
			"It refuses (exit 1, a code, nothing sent) when --out exists (ADDRESSES_FILE_EXISTS) or the\n" +
			"deployer deployed a pool on this chain before (POOL_ALREADY_DEPLOYED), unless --force-new;\n" +
			"and on NETWORK_MISMATCH, INVALID_POOL_CONFIG, INSUFFICIENT_FUNDS. Without --config every\n" +
			"role (governance, oracle, depositor, treasury, insurance) is the deployer's: a trial pool.",
		Example: "  stakepool deploy --rpc http://el:8545 --beacon http://cl:5052 --network hoodi \\\n" +
			"    --config pool.yaml --keystore deployer.json --password-file deployer.pw --out hoodi/addresses.json",
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			key, err := loadKey(keyFile, keystoreFile, passwordFile)
			if err != nil {
				return err
			}
			o := services.DeployOptions{RPC: nodeURL(rpc), Beacon: rpcURL(cmp.Or(beaconURL, os.Getenv("STAKEPOOL_BEACON"), "http://127.0.0.1:5052")),
				Network: network, Key: key, Out: out, ForceNew: forceNew}
			if config != "" {
				if o.Pool, err = services.ReadPoolFile(config); err != nil {
					return err
				}
			}
			ctx, cancel := context.WithTimeout(cmd.Context(), timeout)
			defer cancel()
			rep, err := services.DeployPool(ctx, o)
			if err != nil {
				return err
			}
			w := cmd.OutOrStdout()
			if asJSON {
				return json.NewEncoder(w).Encode(rep)
			}
			fmt.Fprintf(w, "network %s (chain %d, genesis fork version %s, deposit contract %s): checked on both nodes\n",
				cmp.Or(rep.Network, "unnamed"), rep.ChainID, rep.GenesisForkVersion, rep.DepositContract.Hex())
			fmt.Fprintf(w, "deployed by %s with nonces %d..%d, spent %s wei (initial stake and gas)\n", rep.Deployer.Hex(), rep.NonceFrom, rep.NonceTo-1, rep.SpentWei)
			if len(rep.Defaults) > 0 {
				fmt.Fprintf(w, "roles left to the deployer (not in the config): %s\n", strings.Join(rep.Defaults, ", "))
			}
			b, _ := json.MarshalIndent(rep.Addresses, "", "  ")
			fmt.Fprintf(w, "%s\naddresses written to %s\n", b, rep.Out)
			return nil
		},
	}
	f := cmd.Flags()
	f.StringVar(&rpc, "rpc", "", "execution node JSON-RPC URL (default $STAKEPOOL_RPC or "+defaultRPC+")")
	f.StringVar(&beaconURL, "beacon", "", "beacon node Beacon API URL (default $STAKEPOOL_BEACON or http://127.0.0.1:5052)")
	f.StringVar(&network, "network", "", "the network the nodes must be on: mainnet, hoodi, sepolia, holesky, devnet (default the config's)")
	f.StringVar(&config, "config", "", "pool config file (YAML or JSON): roles and rules")
	f.StringVar(&out, "out", "addresses.json", "the addresses file to write (must not exist)")
	f.BoolVar(&forceNew, "force-new", false, "deploy a new suite even when --out exists or this deployer deployed a pool before")
	f.StringVar(&keyFile, "private-key-file", "", "file with the deployer's 0x-hex private key")
	f.StringVar(&keystoreFile, "keystore", "", "go-ethereum keystore file of the deployer")
	f.StringVar(&passwordFile, "password-file", "", "file with the keystore's password (never a flag)")
	f.BoolVar(&asJSON, "json", false, "print JSON")
	f.DurationVar(&timeout, "timeout", 15*time.Minute, "bound on the whole deployment")
	rootCmd.AddCommand(cmd)
}
