package main

// `stakepool operator bond create|add-keys|remove-keys|top-up|claim|status`:
// a permissionless operator's path through the bonded module (the staking
// router's module 2): create an operator with keys and a bond, add keys,
// remove keys without a deposit, top the bond up, read it, claim what the
// curve no longer requires. Flags only; the work is poolclient's
// (CreateBondedOperator, AddBondedKeys, RemoveBondedKeys, TopUpBond,
// ClaimBond, BondStatus) and services.BondedKeys.

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"math/big"
	"os"

	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/holiman/uint256"
	"github.com/spf13/cobra"

	"github.com/stakepool/stakepool/contracts/poolclient"
	"github.com/stakepool/stakepool/keys"
	"github.com/stakepool/stakepool/services"
	"github.com/stakepool/stakepool/units"
)

// bondTx is what a bond command sent: the receipt, the approval sent
// first (stETH), and the operator's books after it.
type bondTx struct {
	Hash         string `json:"hash"`
	Block        uint64 `json:"block"`
	GasUsed      uint64 `json:"gas_used"`
	ApprovalHash string `json:"approval_hash,omitempty"`
	Operator     uint64 `json:"operator"`
	// ClaimedShares are the shares a claim sent (its BondClaimed event).
	ClaimedShares string `json:"claimed_shares,omitempty"`
	// RemovedKeys and ChargedShares are what a removal did (its
	// KeysRemoved event): the keys removed and the shares of the charge
	// taken from the bond.
	RemovedKeys   uint64                 `json:"removed_keys,omitempty"`
	ChargedShares string                 `json:"charged_shares,omitempty"`
	Status        *poolclient.BondStatus `json:"status"`
}

// bondSender is a bond command's common part: the chain, the signing
// key, and the deposit data file when the command takes keys.
type bondSender struct {
	cf          *chainFlags
	key         keyFlags
	depositData string
	beaconURL   string
	network     string
	amount      string
	steth       bool
}

func (b *bondSender) addKeyFlags(cmd *cobra.Command) {
	f := cmd.Flags()
	f.StringVar(&b.depositData, "deposit-data", "", "deposit data file (deposit_data-*.json) of the keys, withdrawal credentials the pool's")
	f.StringVar(&b.beaconURL, "beacon", "", "beacon node Beacon API URL, for the chain's genesis fork version (default $STAKEPOOL_BEACON)")
	f.StringVar(&b.network, "network", "", "instead of --beacon, a known network's fork version: "+fmt.Sprint(keys.NetworkNames()))
	_ = cmd.MarkFlagRequired("deposit-data")
}

func (b *bondSender) addAmountFlags(cmd *cobra.Command, what string) {
	cmd.Flags().StringVar(&b.amount, "amount", "", what+" (2.4, 2.4eth, 2400000000gwei, ...wei)")
	cmd.Flags().BoolVar(&b.steth, "steth", false, "pay in stETH (moved in as shares, the module approved first if needed) instead of ETH staked through the pool")
}

// amountWei is --amount in wei (zero when not given).
func (b *bondSender) amountWei() (*big.Int, error) {
	if b.amount == "" {
		return new(big.Int), nil
	}
	a, err := units.ParseAmount(b.amount)
	if err != nil {
		return nil, fmt.Errorf("--amount: %w", err)
	}
	return a.ToBig(), nil
}

// keys reads and checks the deposit data file against the pool.
func (b *bondSender) keys(ctx context.Context, p *poolclient.Client) (poolclient.BondedKeys, error) {
	raw, err := os.ReadFile(b.depositData)
	if err != nil {
		return poolclient.BondedKeys{}, fmt.Errorf("--deposit-data: %w", err)
	}
	entries, err := keys.DecodeDepositDataFile(raw)
	if err != nil {
		return poolclient.BondedKeys{}, fmt.Errorf("%s: %w", b.depositData, err)
	}
	fork, err := genesisForkVersion(ctx, b.beaconURL, b.network)
	if err != nil {
		return poolclient.BondedKeys{}, err
	}
	return services.BondedKeys(ctx, p, entries, fork)
}

// run dials the pool, loads the key, and runs send; it waits for the
// transaction and prints it with the operator's books (id: the operator,
// or from the receipt when send returns -1).
func (b *bondSender) run(cmd *cobra.Command, asJSON bool, send func(context.Context, *poolclient.Client, *bind.TransactOpts) (int64, *types.Transaction, *types.Receipt, error),
	say func(w io.Writer, t *bondTx)) error {
	key, err := b.key.load()
	if err != nil {
		return err
	}
	ctx, cancel := context.WithTimeout(cmd.Context(), b.cf.timeout)
	defer cancel()
	p, err := dialPool(ctx, b.cf)
	if err != nil {
		return err
	}
	defer p.Close()
	o, err := p.Transactor(ctx, key)
	if err != nil {
		return err
	}
	id, tx, approved, err := send(ctx, p, o)
	rc, err := p.Wait(ctx, tx, err)
	if err != nil {
		return err
	}
	t := &bondTx{Hash: rc.TxHash.Hex(), Block: rc.BlockNumber.Uint64(), GasUsed: rc.GasUsed}
	if approved != nil {
		t.ApprovalHash = approved.TxHash.Hex()
	}
	if id < 0 {
		made, err := p.CreatedOperatorID(rc)
		if err != nil {
			return err
		}
		id = int64(made)
	}
	t.Operator = uint64(id)
	for _, l := range rc.Logs {
		if ev, err := p.Bonded.ParseBondClaimed(*l); err == nil && l.Address == p.Addr.BondedModule {
			t.ClaimedShares = ev.Shares.String()
		}
		if ev, err := p.Bonded.ParseKeysRemoved(*l); err == nil && l.Address == p.Addr.BondedModule {
			t.RemovedKeys, t.ChargedShares = ev.Count.Uint64(), ev.Burnt.String()
		}
	}
	if t.Status, err = p.BondStatus(ctx, t.Operator); err != nil {
		return err
	}
	w := cmd.OutOrStdout()
	if asJSON {
		return json.NewEncoder(w).Encode(t)
	}
	if approved != nil {
		fmt.Fprintf(w, "approved the bonded module for the stETH: tx %s\n", t.ApprovalHash)
	}
	say(w, t)
	st := t.Status
	fmt.Fprintf(w, "bond: %s stETH (%s shares); %d keys, %d covered, %d depositable, %d deposited\n",
		etherOf(st.BondWei), st.BondShares, st.Keys, st.Coverable, st.Depositable, st.Deposited)
	return nil
}

// etherOf is a decimal wei string shown as decimal ETH.
func etherOf(s string) string {
	v, err := uint256.FromDecimal(s)
	if err != nil {
		return s + " wei"
	}
	return units.FormatEther(v)
}

// bondCommand is `operator bond ...`: the permissionless bonded module's
// operator --operator.
func bondCommand(cf *chainFlags, id *uint64, asJSON *bool) *cobra.Command {
	bond := &cobra.Command{Use: "bond", Short: "A permissionless operator in the bonded module (--operator is the module's id): create, add or remove keys, top up, claim, status"}
	status := &cobra.Command{
		Use:   "status",
		Short: "The bond: shares, value, required by the curve, claimable, debt; keys covered, queued, deposited",
		Args:  cobra.NoArgs,
		RunE: operatorRead(cf, asJSON, func(ctx context.Context, p *poolclient.Client) (any, error) {
			return p.BondStatus(ctx, *id)
		}, func(w io.Writer, v any) {
			st := v.(*poolclient.BondStatus)
			fmt.Fprintf(w, "bonded operator %d (module %s), manager %s\n", st.Operator, st.Module, st.Manager)
			fmt.Fprintf(w, "bond: %s stETH (%s shares); the curve requires %s ETH for its validators; claimable %s shares; debt %s shares\n",
				etherOf(st.BondWei), st.BondShares, etherOf(st.RequiredWei), st.ClaimableShares, st.DebtShares)
			fmt.Fprintf(w, "keys: %d total, %d vetted, %d covered now, %d depositable, %d queued, %d deposited, %d exited\n",
				st.Keys, st.Vetted, st.Coverable, st.Depositable, st.Enqueued, st.Deposited, st.Exited)
		}),
	}

	create := &bondSender{cf: cf}
	createCmd := &cobra.Command{
		Use:   "create",
		Short: "Create a bonded operator (you become its manager) with the keys of a deposit data file and a bond",
		Long: "Anyone may create an operator. The deposit data file is checked first, as `operator keys\n" +
			"upload` checks it (BLS signatures under the chain's genesis fork version, 32 ETH, the pool's\n" +
			"withdrawal credentials). The bond is ETH staked through the pool or, with --steth, stETH; the\n" +
			"curve asks 2.4 ETH for the first validator and 1.3 ETH for each next on the devnet (keys the\n" +
			"bond does not cover wait until a top-up). Covered keys join the module's deposit queue and\n" +
			"the depositor deposits them when the router gives the module its share. Prints the new\n" +
			"operator's id. A refusal exits with status 1 and a code (NO_BONDED_MODULE, DEPOSIT_DATA_INVALID,\n" +
			"WRONG_WITHDRAWAL_CREDENTIALS, DUPLICATE_KEY, BELOW_DUST, INSUFFICIENT_BALANCE, ...) and sends\n" +
			"nothing.",
		Example: "  stakepool operator bond create --deposit-data validator_keys/deposit_data-1700000000.json \\\n" +
			"    --amount 2.4 --private-key-file key.txt --beacon http://127.0.0.1:5052",
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			amount, err := create.amountWei()
			if err != nil {
				return err
			}
			return create.run(cmd, *asJSON, func(ctx context.Context, p *poolclient.Client, o *bind.TransactOpts) (int64, *types.Transaction, *types.Receipt, error) {
				k, err := create.keys(ctx, p)
				if err != nil {
					return 0, nil, nil, err
				}
				tx, approved, err := p.CreateBondedOperator(ctx, o, k, amount, create.steth)
				return -1, tx, approved, err
			}, func(w io.Writer, t *bondTx) {
				fmt.Fprintf(w, "created bonded operator %d (manager %s) with %d keys: block %d, tx %s, gas %d\n",
					t.Operator, t.Status.Manager.Hex(), t.Status.Keys, t.Block, t.Hash, t.GasUsed)
			})
		},
	}
	create.addKeyFlags(createCmd)
	create.addAmountFlags(createCmd, "the bond in ETH or stETH")
	_ = createCmd.MarkFlagRequired("amount")
	create.key.add(createCmd, false)

	add := &bondSender{cf: cf}
	addCmd := &cobra.Command{
		Use:   "add-keys",
		Short: "Add the keys of a deposit data file to your bonded operator, with more bond if --amount",
		Long: "Only the operator's manager may add keys (NOT_MANAGER otherwise, nothing sent). Keys the bond\n" +
			"does not cover wait until a top-up. Refusals as for `create`.",
		Example: "  stakepool operator bond add-keys --operator 0 --deposit-data deposit_data-2.json --amount 1.3 \\\n" +
			"    --private-key-file key.txt --beacon http://127.0.0.1:5052",
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			if err := needOperator(cmd); err != nil {
				return err
			}
			amount, err := add.amountWei()
			if err != nil {
				return err
			}
			return add.run(cmd, *asJSON, func(ctx context.Context, p *poolclient.Client, o *bind.TransactOpts) (int64, *types.Transaction, *types.Receipt, error) {
				k, err := add.keys(ctx, p)
				if err != nil {
					return 0, nil, nil, err
				}
				tx, approved, err := p.AddBondedKeys(ctx, o, *id, k, amount, add.steth)
				return int64(*id), tx, approved, err
			}, func(w io.Writer, t *bondTx) {
				fmt.Fprintf(w, "added keys to bonded operator %d: block %d, tx %s, gas %d\n", t.Operator, t.Block, t.Hash, t.GasUsed)
			})
		},
	}
	add.addKeyFlags(addCmd)
	add.addAmountFlags(addCmd, "more bond in ETH or stETH (default none)")
	add.key.add(addCmd, false)

	top := &bondSender{cf: cf}
	topUp := &cobra.Command{
		Use:   "top-up",
		Short: "Add to the operator's bond: ETH (staked through the pool) or, with --steth, stETH (approving the module first if needed)",
		Long: "Anyone may top up any operator's bond. A refusal exits with status 1 and a code\n" +
			"(NO_BONDED_MODULE, UNKNOWN_OPERATOR, ZERO_AMOUNT, BELOW_DUST, STAKING_PAUSED, INSUFFICIENT_BALANCE, ...)\n" +
			"and sends nothing: the gas estimate meets the refusal first.",
		Example: "  stakepool operator bond top-up --operator 0 --amount 2.4 --private-key-file manager.key\n" +
			"  stakepool operator bond top-up --operator 0 --amount 1.3 --steth --private-key-file manager.key",
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			if err := needOperator(cmd); err != nil {
				return err
			}
			amount, err := top.amountWei()
			if err != nil {
				return err
			}
			return top.run(cmd, *asJSON, func(ctx context.Context, p *poolclient.Client, o *bind.TransactOpts) (int64, *types.Transaction, *types.Receipt, error) {
				tx, approved, err := p.TopUpBond(ctx, o, *id, amount, top.steth)
				return int64(*id), tx, approved, err
			}, func(w io.Writer, t *bondTx) {
				what := "ETH"
				if top.steth {
					what = "stETH"
				}
				fmt.Fprintf(w, "topped up operator %d by %s %s: block %d, tx %s, gas %d\n", t.Operator, top.amount, what, t.Block, t.Hash, t.GasUsed)
			})
		},
	}
	top.addAmountFlags(topUp, "ETH or stETH to add")
	_ = topUp.MarkFlagRequired("amount")
	top.key.add(topUp, false)

	cl := &bondSender{cf: cf}
	var all bool
	claimCmd := &cobra.Command{
		Use:   "claim",
		Short: "Send bond the curve no longer requires to the manager, as stETH: --amount X or --all",
		Long: "The curve requires a bond for the operator's deposited, not yet withdrawn validators and for\n" +
			"its depositable keys; the rest is claimable (`operator bond status`). Only the manager may\n" +
			"claim. A refusal exits with status 1 and a code (NOT_MANAGER, NOTHING_TO_CLAIM, BOND_LOCKED,\n" +
			"BOND_INSUFFICIENT, ZERO_AMOUNT, ...) and sends nothing.",
		Example: "  stakepool operator bond claim --operator 0 --all --private-key-file key.txt\n" +
			"  stakepool operator bond claim --operator 0 --amount 0.05 --private-key-file key.txt",
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			if err := needOperator(cmd); err != nil {
				return err
			}
			if all == (cl.amount != "") {
				return fmt.Errorf("give --amount X or --all")
			}
			var amount *big.Int
			if !all {
				var err error
				if amount, err = cl.amountWei(); err != nil {
					return err
				}
			}
			return cl.run(cmd, *asJSON, func(ctx context.Context, p *poolclient.Client, o *bind.TransactOpts) (int64, *types.Transaction, *types.Receipt, error) {
				tx, err := p.ClaimBond(ctx, o, *id, amount)
				return int64(*id), tx, nil, err
			}, func(w io.Writer, t *bondTx) {
				fmt.Fprintf(w, "claimed %s shares of operator %d's bond to %s as stETH: block %d, tx %s, gas %d\n",
					t.ClaimedShares, t.Operator, t.Status.Manager.Hex(), t.Block, t.Hash, t.GasUsed)
			})
		},
	}
	claimCmd.Flags().StringVar(&cl.amount, "amount", "", "stETH to claim (0.05, 0.05eth, ...wei), taken as shares rounded down")
	claimCmd.Flags().BoolVar(&all, "all", false, "claim all that is claimable now")
	cl.key.add(claimCmd, false)

	rm := &bondSender{cf: cf}
	var first, count uint64
	removeCmd := &cobra.Command{
		Use:   "remove-keys",
		Short: "Remove keys of your bonded operator that got no deposit (--first, --count); their bond becomes claimable, 0.05 ETH a key charged",
		Long: "Only the manager may remove keys, and only keys without a deposit (CSM's removeKeys). Each\n" +
			"removed slot takes the operator's last key (key indexes after the range change: read them\n" +
			"again with `operator bond status`); the vetted count becomes the key count, so removing the\n" +
			"key the guardians unvetted (a front-run key) makes the others depositable again. The module\n" +
			"charges 0.05 ETH a key from the bond (at most the bond) and burns it; the bond the removed\n" +
			"keys held becomes claimable (`operator bond claim`). A refusal exits with status 1 and a code\n" +
			"(NOT_MANAGER, UNKNOWN_OPERATOR, ZERO_AMOUNT, MALFORMED for a range past the keys, KEY_IN_USE\n" +
			"for a deposited key, ...) and sends nothing.",
		Example: "  stakepool operator bond remove-keys --operator 0 --first 3 --count 2 --private-key-file key.txt",
		Args:    cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			if err := needOperator(cmd); err != nil {
				return err
			}
			return rm.run(cmd, *asJSON, func(ctx context.Context, p *poolclient.Client, o *bind.TransactOpts) (int64, *types.Transaction, *types.Receipt, error) {
				tx, err := p.RemoveBondedKeys(ctx, o, *id, first, count)
				return int64(*id), tx, nil, err
			}, func(w io.Writer, t *bondTx) {
				fmt.Fprintf(w, "removed %d keys of bonded operator %d from key %d, %s shares charged: block %d, tx %s, gas %d\n",
					t.RemovedKeys, t.Operator, first, t.ChargedShares, t.Block, t.Hash, t.GasUsed)
			})
		},
	}
	removeCmd.Flags().Uint64Var(&first, "first", 0, "the first key removed (at or above the deposited keys)")
	removeCmd.Flags().Uint64Var(&count, "count", 0, "how many keys to remove")
	_ = removeCmd.MarkFlagRequired("first")
	_ = removeCmd.MarkFlagRequired("count")
	rm.key.add(removeCmd, false)

	bond.AddCommand(createCmd, addCmd, removeCmd, topUp, claimCmd, status)
	return bond
}
