package poolclient

import (
	"context"
	"encoding/json"
	"fmt"
	"math/big"
	"os"
	"strconv"
	"strings"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/params"

	"github.com/stakepool/stakepool/contracts/bindings"
	"github.com/stakepool/stakepool/keys"
	"github.com/stakepool/stakepool/units"
)

// The pool's transactions by name, as `stakepool tx NAME` sends them:
// each one's arguments (given as text, parsed by Parse) and how it is
// sent through the contracts' bindings.

// TxArg is one flag of a tx subcommand.
type TxArg struct {
	Name, Kind, Help string // kind: amount, amounts, address, addresses, ids, uint, bool, string, bytes32, file
	Optional         bool
}

// TxValues are a transaction's parsed arguments.
type TxValues struct {
	amount  *big.Int
	amounts []*big.Int
	addr    map[string]common.Address
	addrs   []common.Address
	ids     []*big.Int
	uints   map[string]uint64
	bools   map[string]bool
	strs    map[string]string
	hash    [32]byte
	file    string
	all     bool
	set     map[string]bool
}

type Tx struct {
	Name, Short string
	Args        []TxArg
	Send        func(ctx context.Context, p *Client, o *bind.TransactOpts, v *TxValues) (*types.Transaction, error)
}

func big64(v uint64) *big.Int { return new(big.Int).SetUint64(v) }

var Txs = []Tx{
	{"submit", "stake ETH and receive stETH", []TxArg{{"amount", "amount", "ETH to stake", false}, {"referral", "address", "referral address", true}},
		func(_ context.Context, p *Client, o *bind.TransactOpts, v *TxValues) (*types.Transaction, error) {
			o.Value = v.amount
			return p.Pool.Submit(o, v.addr["referral"])
		}},
	{"transfer", "send stETH", []TxArg{{"to", "address", "recipient", false}, {"amount", "amount", "stETH", false}},
		func(_ context.Context, p *Client, o *bind.TransactOpts, v *TxValues) (*types.Transaction, error) {
			return p.Pool.Transfer(o, v.addr["to"], v.amount)
		}},
	{"transfer-shares", "send stETH shares", []TxArg{{"to", "address", "recipient", false}, {"shares", "amount", "shares", false}},
		func(_ context.Context, p *Client, o *bind.TransactOpts, v *TxValues) (*types.Transaction, error) {
			return p.Pool.TransferShares(o, v.addr["to"], v.amount)
		}},
	{"approve", "set a spender's stETH allowance", []TxArg{{"spender", "address", "spender", false}, {"amount", "amount", "allowance", false}},
		func(_ context.Context, p *Client, o *bind.TransactOpts, v *TxValues) (*types.Transaction, error) {
			return p.Pool.Approve(o, v.addr["spender"], v.amount)
		}},
	{"increase-allowance", "raise a spender's allowance", []TxArg{{"spender", "address", "spender", false}, {"amount", "amount", "added allowance", false}},
		func(_ context.Context, p *Client, o *bind.TransactOpts, v *TxValues) (*types.Transaction, error) {
			return p.Pool.IncreaseAllowance(o, v.addr["spender"], v.amount)
		}},
	{"decrease-allowance", "lower a spender's allowance", []TxArg{{"spender", "address", "spender", false}, {"amount", "amount", "removed allowance", false}},
		func(_ context.Context, p *Client, o *bind.TransactOpts, v *TxValues) (*types.Transaction, error) {
			return p.Pool.DecreaseAllowance(o, v.addr["spender"], v.amount)
		}},
	{"transfer-from", "send stETH from an owner who approved you", []TxArg{{"owner", "address", "owner", false}, {"to", "address", "recipient", false},
		{"amount", "amount", "stETH", false}},
		func(_ context.Context, p *Client, o *bind.TransactOpts, v *TxValues) (*types.Transaction, error) {
			return p.Pool.TransferFrom(o, v.addr["owner"], v.addr["to"], v.amount)
		}},
	{"transfer-shares-from", "send shares from an owner who approved you", []TxArg{{"owner", "address", "owner", false},
		{"to", "address", "recipient", false}, {"shares", "amount", "shares", false}},
		func(_ context.Context, p *Client, o *bind.TransactOpts, v *TxValues) (*types.Transaction, error) {
			return p.Pool.TransferSharesFrom(o, v.addr["owner"], v.addr["to"], v.amount)
		}},
	{"wrap", "wrap stETH into wstETH", []TxArg{{"amount", "amount", "stETH to wrap", false}},
		func(_ context.Context, p *Client, o *bind.TransactOpts, v *TxValues) (*types.Transaction, error) {
			return p.WstETH.Wrap(o, v.amount)
		}},
	{"unwrap", "unwrap wstETH into stETH", []TxArg{{"amount", "amount", "wstETH to unwrap", false}},
		func(_ context.Context, p *Client, o *bind.TransactOpts, v *TxValues) (*types.Transaction, error) {
			return p.WstETH.Unwrap(o, v.amount)
		}},
	{"transfer-wsteth", "send wstETH", []TxArg{{"to", "address", "recipient", false}, {"amount", "amount", "wstETH", false}},
		func(_ context.Context, p *Client, o *bind.TransactOpts, v *TxValues) (*types.Transaction, error) {
			return p.WstETH.Transfer(o, v.addr["to"], v.amount)
		}},
	{"send-eth", "send ETH", []TxArg{{"to", "address", "recipient", false}, {"amount", "amount", "ETH", false}},
		func(ctx context.Context, p *Client, o *bind.TransactOpts, v *TxValues) (*types.Transaction, error) {
			return p.SendETH(ctx, o, v.addr["to"], v.amount)
		}},
	{"add-keys", "upload validator keys (operator's reward address)", []TxArg{{"operator", "uint", "operator id", false},
		{"deposit-data", "file", "deposit_data-*.json with the keys to upload", false}},
		func(_ context.Context, p *Client, o *bind.TransactOpts, v *TxValues) (*types.Transaction, error) {
			pubkeys, sigs, n, err := depositKeys(v.file)
			if err != nil {
				return nil, err
			}
			return p.Registry.AddSigningKeys(o, big64(v.uints["operator"]), big64(n), pubkeys, sigs)
		}},
	{"remove-keys", "remove unused validator keys", []TxArg{{"operator", "uint", "operator id", false}, {"index", "uint", "first key", false},
		{"count", "uint", "keys", false}},
		func(_ context.Context, p *Client, o *bind.TransactOpts, v *TxValues) (*types.Transaction, error) {
			return p.Registry.RemoveSigningKeys(o, big64(v.uints["operator"]), big64(v.uints["index"]), big64(v.uints["count"]))
		}},
	{"trigger-exit", "force an overdue exit request through an EIP-7002 request from the withdrawal vault (anyone; pays the system contract's fee)",
		[]TxArg{{"operator", "uint", "operator id (the module's own)", false}, {"key", "uint", "the operator's key index asked to exit", false},
			{"module", "uint", "staking module (1 curated, 2 bonded; default 1)", true}},
		func(ctx context.Context, p *Client, o *bind.TransactOpts, v *TxValues) (*types.Transaction, error) {
			if p.Addr.ExitTrigger == (common.Address{}) {
				return nil, fmt.Errorf("this pool has no exit trigger")
			}
			et, err := bindings.NewExitTrigger(p.Addr.ExitTrigger, p.EL)
			if err != nil {
				return nil, err
			}
			// The fee is what the system contract asks now (its answer to
			// empty calldata); twice that covers a rise before inclusion,
			// and ExitTrigger refunds what is above the fee.
			to := params.WithdrawalQueueAddress
			out, err := p.EL.CallContract(ctx, ethereum.CallMsg{To: &to}, nil)
			if err != nil || len(out) != 32 {
				return nil, fmt.Errorf("read the EIP-7002 fee from %s: %v", to.Hex(), err)
			}
			fee := new(big.Int).SetBytes(out)
			o.Value = fee.Lsh(fee, 1)
			if m, ok := v.uints["module"]; ok {
				return et.TriggerModuleExit(o, big64(m), big64(v.uints["operator"]), big64(v.uints["key"]))
			}
			return et.TriggerExit(o, big64(v.uints["operator"]), big64(v.uints["key"]))
		}},
	{"propose", "propose a governance action (committee members)", []TxArg{{"action", "string", "add-operator, set-operator-limit, set-operator-active, pause-staking, resume-staking, set-staking-limit, set-committee, call (--target, --data)", false},
		{"operator", "uint", "operator id", true}, {"name", "string", "operator name", true}, {"account", "address", "reward address", true},
		{"limit", "uint", "operator's cap", true}, {"active", "bool", "operator active", true}, {"value", "amount", "staking limit", true},
		{"value2", "amount", "staking limit growth per block", true}, {"members", "addresses", "committee members", true},
		{"threshold", "uint", "approvals needed", true}, {"target", "address", "contract called (action call)", true},
		{"data", "string", "0x call data (action call)", true}},
		func(_ context.Context, p *Client, o *bind.TransactOpts, v *TxValues) (*types.Transaction, error) {
			c, err := proposal(p, v)
			if err != nil {
				return nil, err
			}
			return p.Governance.Propose(o, c.Target, c.Data)
		}},
	{"approve-proposal", "approve a governance proposal", []TxArg{{"proposal", "uint", "proposal id", false}},
		func(_ context.Context, p *Client, o *bind.TransactOpts, v *TxValues) (*types.Transaction, error) {
			return p.Governance.Approve(o, big64(v.uints["proposal"]))
		}},
	{"execute-proposal", "execute a queued proposal after its timelock", []TxArg{{"proposal", "uint", "proposal id", false}},
		func(_ context.Context, p *Client, o *bind.TransactOpts, v *TxValues) (*types.Transaction, error) {
			return p.Governance.Execute(o, big64(v.uints["proposal"]))
		}},
	{"withdraw", "queue withdrawal requests (stETH locked until a report finalizes them; each an NFT)", []TxArg{
		{"amounts", "amounts", "stETH of each request, comma-separated", false}, {"owner", "address", "owner of the requests (default: you)", true}},
		func(_ context.Context, p *Client, o *bind.TransactOpts, v *TxValues) (*types.Transaction, error) {
			owner := v.addr["owner"]
			if !v.set["owner"] {
				owner = o.From
			}
			return p.Queue.RequestWithdrawals(o, v.amounts, owner)
		}},
	{"claim", "claim finalized withdrawal requests (--ids, or --all of yours)", []TxArg{{"ids", "ids", "request ids, comma-separated", true},
		{"all", "bool", "every finalized, unclaimed request of yours", true}, {"recipient", "address", "receives the ETH (default: you)", true}},
		func(ctx context.Context, p *Client, o *bind.TransactOpts, v *TxValues) (*types.Transaction, error) {
			ids := v.ids
			if v.all {
				var err error
				if ids, err = p.Claimable(ctx, o.From); err != nil {
					return nil, err
				}
				if len(ids) == 0 {
					return nil, &Refusal{Code: "NOTHING_TO_CLAIM", Message: "no finalized, unclaimed request of " + o.From.Hex()}
				}
			}
			if len(ids) == 0 {
				return nil, fmt.Errorf("give --ids or --all")
			}
			hints := make([]*big.Int, len(ids))
			for i := range hints {
				hints[i] = new(big.Int)
			}
			return p.Queue.ClaimWithdrawalsTo(o, ids, hints, v.addr["recipient"])
		}},
	{"instant-withdraw", "withdraw at once from the liquid reserve (for a fee)", []TxArg{{"amount", "amount", "stETH", false}},
		func(_ context.Context, p *Client, o *bind.TransactOpts, v *TxValues) (*types.Transaction, error) {
			return p.Pool.InstantWithdraw(o, v.amount)
		}},
	{"oracle-vote", "vote for a report hash (oracle members)", []TxArg{{"ref-slot", "uint", "reference slot", false}, {"hash", "bytes32", "report hash", false}},
		func(_ context.Context, p *Client, o *bind.TransactOpts, v *TxValues) (*types.Transaction, error) {
			return p.Oracle.SubmitReport(o, big64(v.uints["ref-slot"]), v.hash)
		}},
	{"oracle-submit", "submit the report whose hash reached quorum (oracle members)", []TxArg{{"report-file", "file", "the report as JSON (the Oracle contract's Report)", false}},
		func(_ context.Context, p *Client, o *bind.TransactOpts, v *TxValues) (*types.Transaction, error) {
			b, err := os.ReadFile(v.file)
			if err != nil {
				return nil, err
			}
			var r bindings.OracleReport
			if err := json.Unmarshal(b, &r); err != nil {
				return nil, fmt.Errorf("%s: %w", v.file, err)
			}
			return p.Oracle.SubmitReportData(o, r)
		}},
	{"oracle-alert", "raise bunker mode until the next report (oracle members)", nil,
		func(_ context.Context, p *Client, o *bind.TransactOpts, _ *TxValues) (*types.Transaction, error) {
			return p.Oracle.RaiseAlert(o)
		}},
}

// proposal is what a governance proposal does.
func proposal(p *Client, v *TxValues) (Call, error) {
	switch act := v.strs["action"]; act {
	case "add-operator":
		return p.AddOperator(v.strs["name"], v.addr["account"])
	case "set-operator-limit":
		return p.SetOperatorLimit(v.uints["operator"], v.uints["limit"])
	case "set-operator-active":
		return p.SetOperatorActive(v.uints["operator"], v.bools["active"])
	case "pause-staking":
		return p.PauseStaking()
	case "resume-staking":
		return p.ResumeStaking()
	case "set-staking-limit":
		return p.SetStakingLimit(v.amounts0("value"), v.amounts0("value2"))
	case "set-committee":
		return p.SetCommittee(v.addrs, uint32(v.uints["threshold"]))
	case "call":
		data, err := hexutil.Decode(v.strs["data"])
		return Call{Target: v.addr["target"], Data: data}, err
	default:
		return Call{}, fmt.Errorf("--action: unknown action %q (add-operator, set-operator-limit, set-operator-active, pause-staking, resume-staking, set-staking-limit, set-committee, call)", act)
	}
}

// amounts0 is the amount flag of that name (zero when not given).
func (v *TxValues) amounts0(name string) *big.Int {
	if b, ok := v.strs["amount:"+name]; ok {
		a, err := units.ParseAmount(b)
		if err == nil {
			return a.ToBig()
		}
	}
	return new(big.Int)
}

// depositKeys reads pubkeys and signatures from a deposit_data JSON file
// (the format stakepool keys deposit-data writes).
func depositKeys(path string) (pubkeys, sigs []byte, n uint64, err error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, nil, 0, err
	}
	entries, err := keys.DecodeDepositDataFile(b)
	if err != nil {
		return nil, nil, 0, fmt.Errorf("%s: not a deposit data file: %w", path, err)
	}
	if pubkeys, sigs, err = keys.SigningKeys(entries); err != nil {
		return nil, nil, 0, fmt.Errorf("%s: %w", path, err)
	}
	return pubkeys, sigs, uint64(len(entries)), nil
}

// Parse reads the transaction's arguments from their text, given by name
// (the arguments not given are absent), in the order of Args.
func (k *Tx) Parse(given map[string]string) (*TxValues, error) {
	v := &TxValues{addr: map[string]common.Address{}, uints: map[string]uint64{}, bools: map[string]bool{}, strs: map[string]string{}, set: map[string]bool{}}
	for _, a := range k.Args {
		s, ok := given[a.Name]
		if !ok {
			continue
		}
		v.set[a.Name] = true
		switch a.Kind {
		case "amount":
			amt, err := units.ParseAmount(s)
			if err != nil {
				return nil, fmt.Errorf("--%s: %w", a.Name, err)
			}
			if a.Name == "amount" || a.Name == "shares" {
				v.amount = amt.ToBig()
			}
			v.strs["amount:"+a.Name] = s
		case "amounts":
			for _, part := range strings.Split(s, ",") {
				amt, err := units.ParseAmount(strings.TrimSpace(part))
				if err != nil {
					return nil, fmt.Errorf("--%s: %w", a.Name, err)
				}
				v.amounts = append(v.amounts, amt.ToBig())
			}
		case "address":
			addr, err := units.ParseAddress(s)
			if err != nil {
				return nil, fmt.Errorf("--%s: %w", a.Name, err)
			}
			v.addr[a.Name] = addr
		case "addresses":
			for _, part := range strings.Split(s, ",") {
				addr, err := units.ParseAddress(strings.TrimSpace(part))
				if err != nil {
					return nil, fmt.Errorf("--%s: %w", a.Name, err)
				}
				v.addrs = append(v.addrs, addr)
			}
		case "ids":
			for _, part := range strings.Split(s, ",") {
				id, err := strconv.ParseUint(strings.TrimSpace(part), 10, 64)
				if err != nil {
					return nil, fmt.Errorf("--%s: %q is not a request id", a.Name, part)
				}
				v.ids = append(v.ids, big64(id))
			}
		case "uint":
			n, err := strconv.ParseUint(s, 10, 64)
			if err != nil {
				return nil, fmt.Errorf("--%s: %q is not a number", a.Name, s)
			}
			v.uints[a.Name] = n
		case "bool":
			b, err := strconv.ParseBool(s)
			if err != nil {
				return nil, fmt.Errorf("--%s: %q is not true or false", a.Name, s)
			}
			v.bools[a.Name] = b
			if a.Name == "all" {
				v.all = b
			}
		case "bytes32":
			h, err := hexutil.Decode(s)
			if err != nil || len(h) != 32 {
				return nil, fmt.Errorf("--%s: want 32 bytes of 0x-hex", a.Name)
			}
			v.hash = [32]byte(h)
		case "file":
			v.file = s
		default:
			v.strs[a.Name] = s
		}
	}
	return v, nil
}

// Usage is the argument's help and the forms its kind accepts.
func (a TxArg) Usage() string {
	switch a.Kind {
	case "amount", "amounts":
		return a.Help + " (1.5, 1.5eth, …gwei, …wei)"
	case "bool":
		return a.Help + " (true or false)"
	}
	return a.Help
}
