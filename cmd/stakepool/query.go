package main

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"maps"
	"math/big"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/holiman/uint256"
	"github.com/spf13/cobra"

	"github.com/stakepool/stakepool/contracts/poolclient"
	"github.com/stakepool/stakepool/units"
)

// A query's answer: fields in order, each with its JSON key (amounts of
// ETH as decimal strings of wei, keys ending in _wei) and how a person
// reads it (amounts in ETH, no _wei).
type field struct {
	key   string
	label string
	json  any
	text  string
	list  bool
	items []doc
}

type doc []field

func (d doc) add(key, label string, v any) doc {
	return append(d, field{key: key, label: label, json: v, text: fmt.Sprint(v)})
}

// eth adds an amount of wei shown in ETH.
func (d doc) eth(key, label string, wei *big.Int) doc { return d.token(key, label, wei, "ETH") }

// token adds an amount of a token with 18 decimals (stETH, wstETH).
func (d doc) token(key, label string, wei *big.Int, unit string) doc {
	var u uint256.Int
	u.SetFromBig(wei)
	return append(d, field{key: key + "_wei", label: label, json: wei.String(), text: units.FormatEther(&u) + " " + unit})
}

func (d doc) sub(key, label string, items []doc) doc {
	var js []map[string]any
	for _, it := range items {
		js = append(js, it.object())
	}
	if js == nil {
		js = []map[string]any{}
	}
	return append(d, field{key: key, label: label, json: js, list: true, items: items})
}

func (d doc) object() map[string]any {
	m := map[string]any{}
	for _, f := range d {
		m[f.key] = f.json
	}
	return m
}

func (d doc) print(w io.Writer, indent string) {
	for _, f := range d {
		if f.list {
			fmt.Fprintf(w, "%s%s: %d\n", indent, f.label, len(f.items))
			for i, it := range f.items {
				fmt.Fprintf(w, "%s  [%d]\n", indent, i)
				it.print(w, indent+"    ")
			}
			continue
		}
		fmt.Fprintf(w, "%s%-24s %s\n", indent, f.label+":", f.text)
	}
}

// shareRate is pooled ETH per share as a decimal (18 places, rounded down).
func shareRate(pooled, shares *big.Int) string {
	if shares.Sign() == 0 {
		return "1"
	}
	r := new(big.Int).Mul(pooled, big.NewInt(1e18))
	r.Div(r, shares)
	var u uint256.Int
	u.SetFromBig(r)
	return units.FormatEther(&u)
}

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
	add := func(use, short string, args cobra.PositionalArgs, read func(ctx context.Context, p *poolclient.Client, args []string) (doc, error)) {
		queryCmd.AddCommand(&cobra.Command{
			Use: use, Short: short, Args: args,
			RunE: func(cmd *cobra.Command, args []string) error {
				// an address argument is checked (EIP-55) before the node is asked
				if strings.HasSuffix(use, "ADDRESS") {
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
				d, err := read(ctx, p, args)
				if err != nil {
					return poolclient.DecodeRevert(err)
				}
				if asJSON {
					enc := json.NewEncoder(cmd.OutOrStdout())
					enc.SetIndent("", "  ")
					return enc.Encode(d.object())
				}
				d.print(cmd.OutOrStdout(), "")
				return nil
			},
		})
	}
	add("status", "chain id, block, slot, epoch, finalized epoch", cobra.NoArgs, queryStatus)
	add("pool", "the pool's totals: pooled ETH, shares, buffer, reserve, share rate, validators", cobra.NoArgs, queryPool)
	add("account ADDRESS", "an account's ETH, stETH, shares, wstETH, nonce and withdrawal requests", cobra.ExactArgs(1), queryAccount)
	add("operators", "node operators, their caps, keys and validators", cobra.NoArgs, queryOperators)
	add("withdrawal ID", "one withdrawal request", cobra.ExactArgs(1), func(ctx context.Context, p *poolclient.Client, a []string) (doc, error) {
		id, err := strconv.ParseUint(a[0], 10, 64)
		if err != nil {
			return nil, fmt.Errorf("%q is not a withdrawal request id", a[0])
		}
		items, err := requests(ctx, p, []*big.Int{big64(id)})
		if err != nil {
			return nil, err
		}
		return items[0], nil
	})
	add("withdrawals ADDRESS", "an owner's withdrawal requests", cobra.ExactArgs(1), func(ctx context.Context, p *poolclient.Client, a []string) (doc, error) {
		owner, err := units.ParseAddress(a[0])
		if err != nil {
			return nil, err
		}
		ids, err := p.Queue.GetWithdrawalRequests(&bind.CallOpts{Context: ctx}, owner)
		if err != nil {
			return nil, err
		}
		items, err := requests(ctx, p, ids)
		if err != nil {
			return nil, err
		}
		return doc{}.add("owner", "owner", owner.Hex()).sub("requests", "requests", items), nil
	})
	add("reports", "applied oracle reports (the rebases they made)", cobra.NoArgs, queryReports)
	add("tx HASH", "a transaction's receipt and the pool's events in it", cobra.ExactArgs(1), func(ctx context.Context, p *poolclient.Client, a []string) (doc, error) {
		h := common.HexToHash(a[0])
		rc, err := p.EL.TransactionReceipt(ctx, h)
		if err != nil {
			return nil, fmt.Errorf("transaction %s: %w", a[0], err)
		}
		var evs []doc
		for _, e := range jsonEvents(p.Events(rc)) {
			d := doc{}
			for _, k := range slices.Sorted(maps.Keys(e)) { // a fixed order for the text form
				d = d.add(k, k, e[k])
			}
			evs = append(evs, d)
		}
		return doc{}.add("hash", "hash", h.Hex()).add("block", "block", rc.BlockNumber.Uint64()).add("status", "status", statusWord(rc.Status)).
			add("gas_used", "gas used", rc.GasUsed).sub("events", "events", evs), nil
	})
	rootCmd.AddCommand(queryCmd)
}

func statusWord(s uint64) string {
	if s == 1 {
		return "success"
	}
	return "reverted"
}

func queryStatus(ctx context.Context, p *poolclient.Client, _ []string) (doc, error) {
	st, err := p.Status(ctx)
	if err != nil {
		return nil, err
	}
	d := doc{}.add("chain_id", "chain id", st.ChainID).add("block", "block", st.Block).add("slot", "slot", st.Slot).add("epoch", "epoch", st.Epoch)
	if st.Finalized {
		d = d.add("finalized_epoch", "finalized epoch", st.FinalizedEpoch).add("finalized_block", "finalized block", st.FinalizedBlock)
	}
	return d, nil
}

func queryPool(ctx context.Context, p *poolclient.Client, _ []string) (doc, error) {
	f, err := p.Figures(ctx)
	if err != nil {
		return nil, err
	}
	return doc{}.eth("total_pooled_ether", "total pooled", f.TotalPooledEther).add("total_shares", "total shares", f.TotalShares.String()).
		add("share_rate", "share rate (ETH per share)", shareRate(f.TotalPooledEther, f.TotalShares)).eth("buffered_ether", "buffered", f.BufferedEther).
		eth("reserve", "reserve target", f.ReserveTarget).add("deposited_validators", "deposited validators", f.DepositedValidators).
		add("validators", "validators (reported)", f.BeaconValidators).eth("beacon_balance", "beacon balance", f.BeaconBalance).
		add("bunker_mode", "bunker mode", f.Bunker).add("reports", "reports applied", f.ReportsApplied), nil
}

func queryAccount(ctx context.Context, p *poolclient.Client, a []string) (doc, error) {
	addr, err := units.ParseAddress(a[0])
	if err != nil {
		return nil, err
	}
	acc, err := p.Account(ctx, addr)
	if err != nil {
		return nil, err
	}
	list := []string{}
	for _, id := range acc.Requests {
		list = append(list, id.String())
	}
	d := doc{}.add("address", "address", addr.Hex()).eth("eth_balance", "ETH", acc.ETH).token("steth_balance", "stETH", acc.StETH, "stETH").
		add("shares", "shares", acc.Shares.String()).token("wsteth_balance", "wstETH", acc.WstETH, "wstETH").add("nonce", "nonce", acc.Nonce)
	d = append(d, field{key: "withdrawal_requests", label: "withdrawal requests", json: list, text: strings.Join(list, ", ")})
	return d, nil
}

func queryOperators(ctx context.Context, p *poolclient.Client, _ []string) (doc, error) {
	ops, err := p.Operators(ctx)
	if err != nil {
		return nil, err
	}
	var items []doc
	for _, op := range ops {
		items = append(items, doc{}.add("id", "id", int64(op.ID)).add("name", "name", op.Name).add("reward_address", "reward address", op.RewardAddress.Hex()).
			add("active", "active", op.Active).add("limit", "limit", op.Limit).add("keys", "keys", op.Keys).add("deposited", "deposited", op.Deposited).
			add("exited", "exited", op.Exited).add("exit_requested", "asked to exit", op.ExitRequested).add("stuck", "stuck", op.Stuck))
	}
	return doc{}.sub("operators", "operators", items), nil
}

// requests describes withdrawal requests.
func requests(ctx context.Context, p *poolclient.Client, ids []*big.Int) ([]doc, error) {
	rs, err := p.Requests(ctx, ids)
	if err != nil {
		return nil, err
	}
	var out []doc
	for _, r := range rs {
		d := doc{}.add("id", "id", r.ID).add("owner", "owner", r.Owner.Hex()).token("steth", "stETH locked", r.AmountOfStETH, "stETH").
			add("shares", "shares", r.AmountOfShares.String()).add("requested_at", "requested at", time.Unix(r.Timestamp.Int64(), 0).UTC().Format(time.RFC3339)).
			add("finalized", "finalized", r.IsFinalized).add("claimed", "claimed", r.IsClaimed)
		if r.Claimable != nil {
			d = d.eth("claimable", "claimable", r.Claimable)
		}
		out = append(out, d)
	}
	return out, nil
}

func queryReports(ctx context.Context, p *poolclient.Client, _ []string) (doc, error) {
	rs, err := p.Reports(ctx)
	if err != nil {
		return nil, err
	}
	var items []doc
	for _, r := range rs {
		items = append(items, doc{}.add("ref_slot", "reference slot", r.RefSlot).add("block", "block", r.Block).
			add("report", "report hash", r.Hash.Hex()).add("bunker", "bunker", r.Bunker))
	}
	return doc{}.sub("reports", "reports", items), nil
}
