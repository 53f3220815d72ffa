package poolclient

// What `stakepool query` reads and how it shows it: a Doc is an answer's
// fields in order, each with its JSON key and how a person reads it.

import (
	"context"
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

	"github.com/stakepool/stakepool/units"
)

// field is one of a Doc's: its JSON key (amounts of ETH as decimal
// strings of wei, keys ending in _wei) and how a person reads it
// (amounts in ETH, no _wei), or a list of documents.
type field struct {
	key   string
	label string
	json  any
	text  string
	list  bool
	items []Doc
}

// Doc is a query's answer: its fields in order.
type Doc []field

func (d Doc) add(key, label string, v any) Doc {
	return append(d, field{key: key, label: label, json: v, text: fmt.Sprint(v)})
}

// eth adds an amount of wei shown in ETH.
func (d Doc) eth(key, label string, wei *big.Int) Doc { return d.token(key, label, wei, "ETH") }

// token adds an amount of a token with 18 decimals (stETH, wstETH).
func (d Doc) token(key, label string, wei *big.Int, unit string) Doc {
	var u uint256.Int
	u.SetFromBig(wei)
	return append(d, field{key: key + "_wei", label: label, json: wei.String(), text: units.FormatEther(&u) + " " + unit})
}

func (d Doc) sub(key, label string, items []Doc) Doc {
	var js []map[string]any
	for _, it := range items {
		js = append(js, it.Object())
	}
	if js == nil {
		js = []map[string]any{}
	}
	return append(d, field{key: key, label: label, json: js, list: true, items: items})
}

// Object is the document as JSON: each field under its key.
func (d Doc) Object() map[string]any {
	m := map[string]any{}
	for _, f := range d {
		m[f.key] = f.json
	}
	return m
}

func (d Doc) print(w io.Writer, indent string) {
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

func statusWord(s uint64) string {
	if s == 1 {
		return "success"
	}
	return "reverted"
}

func queryStatus(ctx context.Context, p *Client, _ []string) (Doc, error) {
	st, err := p.Status(ctx)
	if err != nil {
		return nil, err
	}
	d := Doc{}.add("chain_id", "chain id", st.ChainID).add("block", "block", st.Block).add("slot", "slot", st.Slot).add("epoch", "epoch", st.Epoch)
	if st.Finalized {
		d = d.add("finalized_epoch", "finalized epoch", st.FinalizedEpoch).add("finalized_block", "finalized block", st.FinalizedBlock)
	}
	return d, nil
}

func queryPool(ctx context.Context, p *Client, _ []string) (Doc, error) {
	f, err := p.Figures(ctx)
	if err != nil {
		return nil, err
	}
	return Doc{}.eth("total_pooled_ether", "total pooled", f.TotalPooledEther).add("total_shares", "total shares", f.TotalShares.String()).
		add("share_rate", "share rate (ETH per share)", shareRate(f.TotalPooledEther, f.TotalShares)).eth("buffered_ether", "buffered", f.BufferedEther).
		eth("reserve", "reserve target", f.ReserveTarget).add("deposited_validators", "deposited validators", f.DepositedValidators).
		add("validators", "validators (reported)", f.BeaconValidators).eth("beacon_balance", "beacon balance", f.BeaconBalance).
		add("bunker_mode", "bunker mode", f.Bunker).add("reports", "reports applied", f.ReportsApplied), nil
}

func queryAccount(ctx context.Context, p *Client, a []string) (Doc, error) {
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
	d := Doc{}.add("address", "address", addr.Hex()).eth("eth_balance", "ETH", acc.ETH).token("steth_balance", "stETH", acc.StETH, "stETH").
		add("shares", "shares", acc.Shares.String()).token("wsteth_balance", "wstETH", acc.WstETH, "wstETH").add("nonce", "nonce", acc.Nonce)
	text := strings.Join(list, ", ")
	if len(list) == 0 {
		text = "none"
	}
	d = append(d, field{key: "withdrawal_requests", label: "withdrawal requests", json: list, text: text})
	return d, nil
}

func queryOperators(ctx context.Context, p *Client, _ []string) (Doc, error) {
	ops, err := p.Operators(ctx)
	if err != nil {
		return nil, err
	}
	var items []Doc
	for _, op := range ops {
		items = append(items, Doc{}.add("id", "id", int64(op.ID)).add("name", "name", op.Name).add("reward_address", "reward address", op.RewardAddress.Hex()).
			add("active", "active", op.Active).add("limit", "limit", op.Limit).add("keys", "keys", op.Keys).add("deposited", "deposited", op.Deposited).
			add("exited", "exited", op.Exited).add("exit_requested", "asked to exit", op.ExitRequested).add("stuck", "stuck", op.Stuck))
	}
	return Doc{}.sub("operators", "operators", items), nil
}

// requests describes withdrawal requests.
func requests(ctx context.Context, p *Client, ids []*big.Int) ([]Doc, error) {
	rs, err := p.Requests(ctx, ids)
	if err != nil {
		return nil, err
	}
	var out []Doc
	for _, r := range rs {
		d := Doc{}.add("id", "id", r.ID).add("owner", "owner", r.Owner.Hex()).token("steth", "stETH locked", r.AmountOfStETH, "stETH").
			add("shares", "shares", r.AmountOfShares.String()).add("requested_at", "requested at", time.Unix(r.Timestamp.Int64(), 0).UTC().Format(time.RFC3339)).
			add("finalized", "finalized", r.IsFinalized).add("claimed", "claimed", r.IsClaimed)
		if r.Claimable != nil {
			d = d.eth("claimable", "claimable", r.Claimable)
		}
		out = append(out, d)
	}
	return out, nil
}

func queryReports(ctx context.Context, p *Client, _ []string) (Doc, error) {
	rs, err := p.Reports(ctx)
	if err != nil {
		return nil, err
	}
	var items []Doc
	for _, r := range rs {
		items = append(items, Doc{}.add("ref_slot", "reference slot", r.RefSlot).add("block", "block", r.Block).
			add("report", "report hash", r.Hash.Hex()).add("bunker", "bunker", r.Bunker))
	}
	return Doc{}.sub("reports", "reports", items), nil
}

// Print writes the document one field a line ("label:  value", amounts
// in ETH), lists as their items, indented.
func (d Doc) Print(w io.Writer) { d.print(w, "") }

// Query is a named read of the pool's contracts (`stakepool query USE`):
// Args arguments (an address when Use ends in ADDRESS), read into a Doc.
type Query struct {
	Use, Short string
	Args       int
	Read       func(ctx context.Context, p *Client, args []string) (Doc, error)
}

// Queries are the reads `stakepool query` offers, in its order.
var Queries = []Query{
	{"status", "chain id, block, slot, epoch, finalized epoch", 0, queryStatus},
	{"pool", "the pool's totals: pooled ETH, shares, buffer, reserve, share rate, validators", 0, queryPool},
	{"account ADDRESS", "an account's ETH, stETH, shares, wstETH, nonce and withdrawal requests", 1, queryAccount},
	{"operators", "node operators, their caps, keys and validators", 0, queryOperators},
	{"withdrawal ID", "one withdrawal request", 1, func(ctx context.Context, p *Client, a []string) (Doc, error) {
		id, err := strconv.ParseUint(a[0], 10, 64)
		if err != nil {
			return nil, fmt.Errorf("%q is not a withdrawal request id", a[0])
		}
		items, err := requests(ctx, p, []*big.Int{big64(id)})
		if err != nil {
			return nil, err
		}
		return items[0], nil
	}},
	{"withdrawals ADDRESS", "an owner's withdrawal requests", 1, func(ctx context.Context, p *Client, a []string) (Doc, error) {
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
		return Doc{}.add("owner", "owner", owner.Hex()).sub("requests", "requests", items), nil
	}},
	{"reports", "applied oracle reports (the rebases they made)", 0, queryReports},
	{"tx HASH", "a transaction's receipt and the pool's events in it", 1, func(ctx context.Context, p *Client, a []string) (Doc, error) {
		h := common.HexToHash(a[0])
		rc, err := p.EL.TransactionReceipt(ctx, h)
		if err != nil {
			return nil, fmt.Errorf("transaction %s: %w", a[0], err)
		}
		var evs []Doc
		for _, e := range JSONEvents(p.Events(rc)) {
			d := Doc{}
			for _, k := range slices.Sorted(maps.Keys(e)) { // a fixed order for the text form
				d = d.add(k, k, e[k])
			}
			evs = append(evs, d)
		}
		return Doc{}.add("hash", "hash", h.Hex()).add("block", "block", rc.BlockNumber.Uint64()).add("status", "status", statusWord(rc.Status)).
			add("gas_used", "gas used", rc.GasUsed).sub("events", "events", evs), nil
	}},
}
