package main

// `stakepool operator keys upload|status` (the curated registry) and
// `operator bond ...` (the bonded module, operator_bond.go): a node
// operator's tooling.
// Flags only; the work is services.UploadKeys and
// services.ReadOperatorKeyStatus.

import (
	"cmp"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"time"

	"github.com/spf13/cobra"

	"github.com/stakepool/stakepool/contracts/poolclient"
	"github.com/stakepool/stakepool/keys"
	"github.com/stakepool/stakepool/services"
)

func init() {
	var cf chainFlags
	var id uint64
	var asJSON bool
	opCmd := &cobra.Command{
		Use:   "operator",
		Short: "A node operator's tooling: upload validator keys, read the operator's status",
		Long: "Talks to the execution node's JSON-RPC (--rpc, default $STAKEPOOL_RPC or " + defaultRPC + ")\n" +
			"and finds the pool's contracts in --addresses (default $STAKEPOOL_ADDRESSES or\n" +
			"./devnet-data/addresses.json) or from --pool ADDRESS. See docs/operations.md.",
	}
	pf := opCmd.PersistentFlags()
	pf.StringVar(&cf.rpc, "rpc", "", "node JSON-RPC URL (default $STAKEPOOL_RPC or "+defaultRPC+")")
	pf.StringVar(&cf.addresses, "addresses", "", "addresses.json of the pool (default $STAKEPOOL_ADDRESSES or ./devnet-data/addresses.json)")
	pf.StringVar(&cf.pool, "pool", "", "the pool (stETH) contract's address, instead of --addresses")
	pf.Uint64Var(&id, "operator", 0, "the operator's id in the registry, or in the bonded module under 'operator bond' (needed by every command but 'bond create')")
	pf.BoolVar(&asJSON, "json", false, "print JSON")
	pf.DurationVar(&cf.timeout, "timeout", 10*time.Minute, "bound on the whole command")

	status := &cobra.Command{
		Use:   "status",
		Short: "The operator's keys: total, vetted, deposited, exit-requested, exited, stuck; its reward address",
		Args:  cobra.NoArgs,
		RunE: operatorRead(&cf, &asJSON, func(ctx context.Context, p *poolclient.Client) (any, error) {
			return services.ReadOperatorKeyStatus(ctx, p, id)
		}, func(w io.Writer, v any) {
			st := v.(*services.OperatorKeyStatus)
			fmt.Fprintf(w, "operator %d %q (active %v), reward address %s\n", st.ID, st.Name, st.Active, st.RewardAddress)
			fmt.Fprintf(w, "keys: %d total, %d vetted (limit %d), %d deposited, %d available\n", st.Total, st.Vetted, st.Limit, st.Deposited, st.Available)
			fmt.Fprintf(w, "exits: %d requested, %d exited, %d stuck\n", st.ExitRequested, st.Exited, st.Stuck)
		}),
	}

	keysCmd := &cobra.Command{Use: "keys", Short: "The operator's validator keys in the registry"}
	var depositData, beaconURL, network string
	var uploadKey keyFlags
	var maxGas uint64
	var dryRun bool
	upload := &cobra.Command{
		Use:   "upload",
		Short: "Upload validator keys from a deposit data file to the registry",
		Long: "Reads a deposit data file (as `stakepool keys deposit-data` or the official deposit CLI\n" +
			"writes it), checks every entry before sending anything — its BLS deposit signature (blst)\n" +
			"and roots under the chain's genesis fork version (from the beacon node at --beacon, or\n" +
			"--network NAME), 32 ETH, and withdrawal credentials equal to the pool's withdrawal vault —\n" +
			"then sends the keys the registry does not hold yet from the operator's reward address\n" +
			"(--private-key-file, or --keystore with --password-file), in batches sized by\n" +
			"eth_estimateGas to fit --max-batch-gas (default half the block gas limit), each mined\n" +
			"before the next. Run again after an interruption: keys the operator already holds are\n" +
			"skipped, so none is sent twice. A refusal exits with status 1 and a code\n" +
			"(DEPOSIT_DATA_INVALID, WRONG_WITHDRAWAL_CREDENTIALS, NOT_REWARD_ADDRESS,\n" +
			"KEY_HELD_BY_ANOTHER_OPERATOR, TRANSACTION_PENDING, or the registry's) and sends nothing.",
		Example: "  stakepool operator keys upload --operator 0 --deposit-data validator_keys/deposit_data-1700000000.json \\\n" +
			"    --private-key-file operator-0.key --beacon http://127.0.0.1:5052",
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			if err := needOperator(cmd); err != nil {
				return err
			}
			b, err := os.ReadFile(depositData)
			if err != nil {
				return fmt.Errorf("--deposit-data: %w", err)
			}
			entries, err := keys.DecodeDepositDataFile(b)
			if err != nil {
				return fmt.Errorf("%s: %w", depositData, err)
			}
			key, err := uploadKey.load()
			if err != nil {
				return err
			}
			ctx, cancel := context.WithTimeout(cmd.Context(), cf.timeout)
			defer cancel()
			fork, err := genesisForkVersion(ctx, beaconURL, network)
			if err != nil {
				return err
			}
			p, err := dialPool(ctx, &cf)
			if err != nil {
				return err
			}
			defer p.Close()
			w := cmd.OutOrStdout()
			o := services.KeyUploadOptions{Operator: id, Key: key, Entries: entries, GenesisForkVersion: fork, MaxBatchGas: maxGas, DryRun: dryRun}
			if !asJSON {
				o.Progress = func(b services.UploadBatch) {
					fmt.Fprintf(w, "uploaded entries %d..%d as registry keys %d..%d: block %d, tx %s, gas %d (estimated %d)\n",
						b.First, b.First+b.Count-1, b.RegistryIndex, b.RegistryIndex+uint64(b.Count)-1, b.Block, b.Tx, b.GasUsed, b.GasEstimate)
				}
			}
			rep, err := services.UploadKeys(ctx, p, o)
			if err != nil {
				return err
			}
			if asJSON {
				return json.NewEncoder(w).Encode(rep)
			}
			verb := "uploaded"
			if dryRun {
				verb = "would upload"
				for _, b := range rep.Batches {
					fmt.Fprintf(w, "would upload entries %d..%d (estimated gas %d)\n", b.First, b.First+b.Count-1, b.GasEstimate)
				}
			}
			fmt.Fprintf(w, "operator %d: %d keys in the file, %d already held, %s %d in %d transaction(s) (batch gas budget %d)\n",
				rep.Operator, rep.InFile, rep.AlreadyHeld, verb, rep.Uploaded, len(rep.Batches), rep.BatchGasBudget)
			return nil
		},
	}
	f := upload.Flags()
	f.StringVar(&depositData, "deposit-data", "", "deposit data file (deposit_data-*.json)")
	uploadKey.add(upload, false)
	f.StringVar(&beaconURL, "beacon", "", "beacon node Beacon API URL, for the chain's genesis fork version (default $STAKEPOOL_BEACON)")
	f.StringVar(&network, "network", "", "instead of --beacon, a known network's fork version: "+fmt.Sprint(keys.NetworkNames()))
	f.Uint64Var(&maxGas, "max-batch-gas", 0, "gas bound of one upload transaction (default half the block gas limit)")
	f.BoolVar(&dryRun, "dry-run", false, "check the file and plan the batches; send nothing")
	_ = upload.MarkFlagRequired("deposit-data")

	keysCmd.AddCommand(upload)
	opCmd.AddCommand(keysCmd, status, bondCommand(&cf, &id, &asJSON))
	rootCmd.AddCommand(opCmd)
}

// operatorRead is a read-only operator command: --operator needed, the
// pool dialled within --timeout, read's value printed as JSON or by say.
func operatorRead(cf *chainFlags, asJSON *bool, read func(context.Context, *poolclient.Client) (any, error), say func(io.Writer, any)) func(*cobra.Command, []string) error {
	return func(cmd *cobra.Command, _ []string) error {
		if err := needOperator(cmd); err != nil {
			return err
		}
		ctx, cancel := context.WithTimeout(cmd.Context(), cf.timeout)
		defer cancel()
		p, err := dialPool(ctx, cf)
		if err != nil {
			return err
		}
		defer p.Close()
		v, err := read(ctx, p)
		if err != nil {
			return err
		}
		if *asJSON {
			return json.NewEncoder(cmd.OutOrStdout()).Encode(v)
		}
		say(cmd.OutOrStdout(), v)
		return nil
	}
}

// needOperator refuses a command that names no operator as cobra refuses
// a missing required flag (`operator bond create` alone needs none).
func needOperator(cmd *cobra.Command) error {
	if !cmd.Flags().Changed("operator") {
		return errors.New(`required flag(s) "operator" not set`)
	}
	return nil
}

// genesisForkVersion is the chain's genesis fork version: from the
// beacon node (the chain's own word), or a known network's by name.
func genesisForkVersion(ctx context.Context, beaconURL, network string) ([4]byte, error) {
	beaconURL = cmp.Or(beaconURL, os.Getenv("STAKEPOOL_BEACON"))
	switch {
	case beaconURL != "" && network != "":
		return [4]byte{}, errors.New("give --beacon or --network, not both")
	case network != "":
		n, err := keys.NetworkByName(network)
		if err != nil {
			return [4]byte{}, fmt.Errorf("--network: %w", err)
		}
		return n.GenesisForkVersion, nil
	case beaconURL != "":
		n, err := services.ReadBeaconNetwork(ctx, rpcURL(beaconURL))
		if err != nil {
			return [4]byte{}, err
		}
		return n.GenesisForkVersion, nil
	}
	return [4]byte{}, errors.New("the chain's genesis fork version is needed to check the deposit signatures: give --beacon URL or --network NAME")
}
