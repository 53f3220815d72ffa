package main

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"math/big"
	"strconv"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/rpc"
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
			for k, v := range e {
				d = d.add(k, k, v)
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
	o := &bind.CallOpts{Context: ctx}
	head, err := p.EL.HeaderByNumber(ctx, nil)
	if err != nil {
		return nil, err
	}
	gt, err := p.Oracle.GenesisTime(o)
	if err != nil {
		return nil, err
	}
	sps, err := p.Oracle.SecondsPerSlot(o)
	if err != nil {
		return nil, err
	}
	spe, err := p.Oracle.SlotsPerEpoch(o)
	if err != nil {
		return nil, err
	}
	slotOf := func(t uint64) uint64 {
		if t < gt.Uint64() || sps.Sign() == 0 {
			return 0
		}
		return (t - gt.Uint64()) / sps.Uint64()
	}
	slot := slotOf(head.Time)
	d := doc{}.add("chain_id", "chain id", p.ChainID.Uint64()).add("block", "block", head.Number.Uint64()).add("slot", "slot", slot).
		add("epoch", "epoch", slot/spe.Uint64())
	if fin, err := p.EL.HeaderByNumber(ctx, big.NewInt(int64(rpc.FinalizedBlockNumber))); err == nil {
		d = d.add("finalized_epoch", "finalized epoch", slotOf(fin.Time)/spe.Uint64()).add("finalized_block", "finalized block", fin.Number.Uint64())
	}
	return d, nil
}

func queryPool(ctx context.Context, p *poolclient.Client, _ []string) (doc, error) {
	o := &bind.CallOpts{Context: ctx}
	pooled, err := p.Pool.GetTotalPooledEther(o)
	if err != nil {
		return nil, err
	}
	shares, err := p.Pool.GetTotalShares(o)
	if err != nil {
		return nil, err
	}
	buffered, err := p.Pool.GetBufferedEther(o)
	if err != nil {
		return nil, err
	}
	reserve, err := p.Pool.GetReserveTarget(o)
	if err != nil {
		return nil, err
	}
	stat, err := p.Pool.GetBeaconStat(o)
	if err != nil {
		return nil, err
	}
	bunker, err := p.Pool.IsBunkerMode(o)
	if err != nil {
		return nil, err
	}
	reports, err := p.Pool.GetReportsApplied(o)
	if err != nil {
		return nil, err
	}
	return doc{}.eth("total_pooled_ether", "total pooled", pooled).add("total_shares", "total shares", shares.String()).
		add("share_rate", "share rate (ETH per share)", shareRate(pooled, shares)).eth("buffered_ether", "buffered", buffered).
		eth("reserve", "reserve target", reserve).add("deposited_validators", "deposited validators", stat.DepositedValidators.Uint64()).
		add("validators", "validators (reported)", stat.BeaconValidators.Uint64()).eth("beacon_balance", "beacon balance", stat.BeaconBalance).
		add("bunker_mode", "bunker mode", bunker).add("reports", "reports applied", reports.Uint64()), nil
}

func queryAccount(ctx context.Context, p *poolclient.Client, a []string) (doc, error) {
	addr, err := units.ParseAddress(a[0])
	if err != nil {
		return nil, err
	}
	o := &bind.CallOpts{Context: ctx}
	eth, err := p.EL.BalanceAt(ctx, addr, nil)
	if err != nil {
		return nil, err
	}
	nonce, err := p.EL.NonceAt(ctx, addr, nil)
	if err != nil {
		return nil, err
	}
	st, err := p.Pool.BalanceOf(o, addr)
	if err != nil {
		return nil, err
	}
	shares, err := p.Pool.SharesOf(o, addr)
	if err != nil {
		return nil, err
	}
	wst, err := p.WstETH.BalanceOf(o, addr)
	if err != nil {
		return nil, err
	}
	ids, err := p.Queue.GetWithdrawalRequests(o, addr)
	if err != nil {
		return nil, err
	}
	var list []string
	for _, id := range ids {
		list = append(list, id.String())
	}
	if list == nil {
		list = []string{}
	}
	d := doc{}.add("address", "address", addr.Hex()).eth("eth_balance", "ETH", eth).token("steth_balance", "stETH", st, "stETH").
		add("shares", "shares", shares.String()).token("wsteth_balance", "wstETH", wst, "wstETH").add("nonce", "nonce", nonce)
	d = append(d, field{key: "withdrawal_requests", label: "withdrawal requests", json: list, text: strings.Join(list, ", ")})
	return d, nil
}

func queryOperators(ctx context.Context, p *poolclient.Client, _ []string) (doc, error) {
	o := &bind.CallOpts{Context: ctx}
	n, err := p.Registry.GetNodeOperatorsCount(o)
	if err != nil {
		return nil, err
	}
	var items []doc
	for i := int64(0); i < n.Int64(); i++ {
		op, err := p.Registry.GetOperator(o, big.NewInt(i))
		if err != nil {
			return nil, err
		}
		c := op.C
		items = append(items, doc{}.add("id", "id", i).add("name", "name", op.Name).add("reward_address", "reward address", op.RewardAddress.Hex()).
			add("active", "active", c.Active).add("limit", "limit", c.Limit).add("keys", "keys", c.Keys).add("deposited", "deposited", c.Deposited).
			add("exited", "exited", c.Exited).add("exit_requested", "asked to exit", c.ExitRequested).add("stuck", "stuck", c.Stuck))
	}
	return doc{}.sub("operators", "operators", items), nil
}

// requests describes withdrawal requests.
func requests(ctx context.Context, p *poolclient.Client, ids []*big.Int) ([]doc, error) {
	if len(ids) == 0 {
		return nil, nil
	}
	o := &bind.CallOpts{Context: ctx}
	st, err := p.Queue.GetWithdrawalStatus(o, ids)
	if err != nil {
		return nil, err
	}
	var out []doc
	for i, s := range st {
		d := doc{}.add("id", "id", ids[i].Uint64()).add("owner", "owner", s.Owner.Hex()).token("steth", "stETH locked", s.AmountOfStETH, "stETH").
			add("shares", "shares", s.AmountOfShares.String()).add("requested_at", "requested at", time.Unix(s.Timestamp.Int64(), 0).UTC().Format(time.RFC3339)).
			add("finalized", "finalized", s.IsFinalized).add("claimed", "claimed", s.IsClaimed)
		if s.IsFinalized && !s.IsClaimed {
			if v, err := p.Queue.GetClaimableEther(o, ids[i]); err == nil {
				d = d.eth("claimable", "claimable", v)
			}
		}
		out = append(out, d)
	}
	return out, nil
}

func queryReports(ctx context.Context, p *poolclient.Client, _ []string) (doc, error) {
	it, err := p.Oracle.FilterReportProcessed(&bind.FilterOpts{Context: ctx}, nil)
	if err != nil {
		return nil, err
	}
	defer it.Close()
	var items []doc
	for it.Next() {
		e := it.Event
		d := doc{}.add("ref_slot", "reference slot", e.RefSlot.Uint64()).add("block", "block", e.Raw.BlockNumber).
			add("report", "report hash", common.Hash(e.Report).Hex()).add("bunker", "bunker", e.Bunker)
		items = append(items, d)
	}
	if err := it.Error(); err != nil {
		return nil, err
	}
	return doc{}.sub("reports", "reports", items), nil
}
