package poolclient

import (
	"cmp"
	"encoding/hex"
	"fmt"
	"io"
	"math/big"
	"sort"
	"strings"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/holiman/uint256"

	"github.com/stakepool/stakepool/units"
)

// Event is one event of the pool's contracts in a receipt: its name, the
// contract that emitted it, and its arguments by name (uint256 as
// *big.Int, address as common.Address, bytes32 as [32]byte, …).
type Event struct {
	Name     string
	Contract common.Address
	Args     map[string]any
	// Unit names the amounts in Args when a person reads them: "wstETH"
	// for the wstETH contract's own events (its ERC-20 transfers), "ETH"
	// otherwise (stETH is ETH one to one).
	Unit string
}

// Events decodes a receipt's logs emitted by the pool's contracts (logs of
// other contracts, and logs that do not decode, are left out).
func (c *Client) Events(rc *types.Receipt) []Event {
	var out []Event
	for _, l := range rc.Logs {
		a, ok := c.abis[l.Address]
		if !ok || len(l.Topics) == 0 {
			continue
		}
		ev, err := a.EventByID(l.Topics[0])
		if err != nil {
			continue
		}
		args := map[string]any{}
		if err := a.UnpackIntoMap(args, ev.Name, l.Data); err != nil {
			args = map[string]any{}
		}
		var indexed abi.Arguments
		for _, in := range ev.Inputs {
			if in.Indexed {
				indexed = append(indexed, in)
			}
		}
		_ = abi.ParseTopicsIntoMap(args, indexed, l.Topics[1:])
		unit := "ETH"
		if l.Address == c.Addr.WstETH {
			unit = "wstETH"
		}
		out = append(out, Event{Name: ev.Name, Contract: l.Address, Args: args, Unit: unit})
	}
	return out
}

// FormatArg shows an event's or a custom error's argument to a person:
// amounts of ETH (by the argument's name, see ethAmount) in ETH, addresses
// in EIP-55, hashes and bytes in 0x-hex.
func FormatArg(name string, v any) string { return formatArgIn(name, v, "ETH") }

// formatArgIn is FormatArg with the amounts' unit named (ETH, wstETH).
func formatArgIn(name string, v any, unit string) string {
	if x, ok := v.(*big.Int); ok && ethAmount(name) {
		var u uint256.Int
		if !u.SetFromBig(x) {
			return units.FormatEther(&u) + " " + unit
		}
	}
	return fmt.Sprint(JSONArg(v))
}

// JSONArg is an argument as JSON shows it: integers as decimal strings
// (amounts in wei), addresses in EIP-55, hashes and bytes in 0x-hex.
func JSONArg(v any) any {
	switch x := v.(type) {
	case *big.Int:
		return x.String()
	case common.Address:
		return x.Hex()
	case [32]byte:
		return common.Hash(x).Hex()
	case []byte:
		return "0x" + hex.EncodeToString(x)
	}
	return v
}

// ethAmount says whether an argument of that name is an amount of ETH
// (stETH, wstETH), shown in ETH.
func ethAmount(name string) bool {
	n := strings.ToLower(name)
	if strings.Contains(n, "share") || strings.Contains(n, "id") || strings.Contains(n, "count") || strings.Contains(n, "slot") ||
		strings.Contains(n, "time") || strings.Contains(n, "index") || strings.Contains(n, "nonce") {
		return false
	}
	for _, w := range []string{"amount", "value", "eth", "ether", "balance", "paid", "pull", "rewards", "fee", "cover"} {
		if strings.Contains(n, w) {
			return true
		}
	}
	return false
}

// PrintEvents writes each event, one a line, as "Name  key value  …", amounts in ETH.
func PrintEvents(w io.Writer, evs []Event) {
	for _, e := range evs {
		keys := make([]string, 0, len(e.Args))
		for k := range e.Args {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		parts := []string{e.Name}
		for _, k := range keys {
			parts = append(parts, k+" "+formatArgIn(k, e.Args[k], cmp.Or(e.Unit, "ETH")))
		}
		fmt.Fprintf(w, "  %s\n", strings.Join(parts, "  "))
	}
}

// JSONEvents is the events as JSON objects (event, contract and the arguments), amounts as decimal strings of wei.
func JSONEvents(evs []Event) []map[string]any {
	out := make([]map[string]any, len(evs))
	for i, e := range evs {
		m := map[string]any{"event": e.Name, "contract": e.Contract.Hex()}
		for k, v := range e.Args {
			m[k] = JSONArg(v)
		}
		out[i] = m
	}
	return out
}
