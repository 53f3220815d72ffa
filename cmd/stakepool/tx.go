package main

import (
	"context"
	"encoding/json"
	"fmt"
	"math/big"
	"os"
	"strconv"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/spf13/cobra"

	"github.com/stakepool/stakepool/contracts/bindings"
	"github.com/stakepool/stakepool/contracts/poolclient"
	"github.com/stakepool/stakepool/keys"
	"github.com/stakepool/stakepool/units"
)

// txArg is one flag of a tx subcommand.
type txArg struct {
	name, kind, help string // kind: amount, amounts, address, addresses, ids, uint, bool, string, bytes32, file
	optional         bool
}

// txValues are a subcommand's parsed flags.
type txValues struct {
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

type txKind struct {
	name, short string
	args        []txArg
	send        func(ctx context.Context, p *poolclient.Client, o *bind.TransactOpts, v *txValues) (*types.Transaction, error)
}

func big64(v uint64) *big.Int { return new(big.Int).SetUint64(v) }

var txKinds = []txKind{
	{"submit", "stake ETH and receive stETH", []txArg{{"amount", "amount", "ETH to stake", false}, {"referral", "address", "referral address", true}},
		func(_ context.Context, p *poolclient.Client, o *bind.TransactOpts, v *txValues) (*types.Transaction, error) {
			o.Value = v.amount
			return p.Pool.Submit(o, v.addr["referral"])
		}},
	{"transfer", "send stETH", []txArg{{"to", "address", "recipient", false}, {"amount", "amount", "stETH", false}},
		func(_ context.Context, p *poolclient.Client, o *bind.TransactOpts, v *txValues) (*types.Transaction, error) {
			return p.Pool.Transfer(o, v.addr["to"], v.amount)
		}},
	{"transfer-shares", "send stETH shares", []txArg{{"to", "address", "recipient", false}, {"shares", "amount", "shares", false}},
		func(_ context.Context, p *poolclient.Client, o *bind.TransactOpts, v *txValues) (*types.Transaction, error) {
			return p.Pool.TransferShares(o, v.addr["to"], v.amount)
		}},
	{"approve", "set a spender's stETH allowance", []txArg{{"spender", "address", "spender", false}, {"amount", "amount", "allowance", false}},
		func(_ context.Context, p *poolclient.Client, o *bind.TransactOpts, v *txValues) (*types.Transaction, error) {
			return p.Pool.Approve(o, v.addr["spender"], v.amount)
		}},
	{"increase-allowance", "raise a spender's allowance", []txArg{{"spender", "address", "spender", false}, {"amount", "amount", "added allowance", false}},
		func(_ context.Context, p *poolclient.Client, o *bind.TransactOpts, v *txValues) (*types.Transaction, error) {
			return p.Pool.IncreaseAllowance(o, v.addr["spender"], v.amount)
		}},
	{"decrease-allowance", "lower a spender's allowance", []txArg{{"spender", "address", "spender", false}, {"amount", "amount", "removed allowance", false}},
		func(_ context.Context, p *poolclient.Client, o *bind.TransactOpts, v *txValues) (*types.Transaction, error) {
			return p.Pool.DecreaseAllowance(o, v.addr["spender"], v.amount)
		}},
	{"transfer-from", "send stETH from an owner who approved you", []txArg{{"owner", "address", "owner", false}, {"to", "address", "recipient", false},
		{"amount", "amount", "stETH", false}},
		func(_ context.Context, p *poolclient.Client, o *bind.TransactOpts, v *txValues) (*types.Transaction, error) {
			return p.Pool.TransferFrom(o, v.addr["owner"], v.addr["to"], v.amount)
		}},
	{"transfer-shares-from", "send shares from an owner who approved you", []txArg{{"owner", "address", "owner", false},
		{"to", "address", "recipient", false}, {"shares", "amount", "shares", false}},
		func(_ context.Context, p *poolclient.Client, o *bind.TransactOpts, v *txValues) (*types.Transaction, error) {
			return p.Pool.TransferSharesFrom(o, v.addr["owner"], v.addr["to"], v.amount)
		}},
	{"wrap", "wrap stETH into wstETH", []txArg{{"amount", "amount", "stETH to wrap", false}},
		func(_ context.Context, p *poolclient.Client, o *bind.TransactOpts, v *txValues) (*types.Transaction, error) {
			return p.WstETH.Wrap(o, v.amount)
		}},
	{"unwrap", "unwrap wstETH into stETH", []txArg{{"amount", "amount", "wstETH to unwrap", false}},
		func(_ context.Context, p *poolclient.Client, o *bind.TransactOpts, v *txValues) (*types.Transaction, error) {
			return p.WstETH.Unwrap(o, v.amount)
		}},
	{"transfer-wsteth", "send wstETH", []txArg{{"to", "address", "recipient", false}, {"amount", "amount", "wstETH", false}},
		func(_ context.Context, p *poolclient.Client, o *bind.TransactOpts, v *txValues) (*types.Transaction, error) {
			return p.WstETH.Transfer(o, v.addr["to"], v.amount)
		}},
	{"send-eth", "send ETH", []txArg{{"to", "address", "recipient", false}, {"amount", "amount", "ETH", false}},
		func(ctx context.Context, p *poolclient.Client, o *bind.TransactOpts, v *txValues) (*types.Transaction, error) {
			return p.SendETH(ctx, o, v.addr["to"], v.amount)
		}},
	{"add-keys", "upload validator keys (operator's reward address)", []txArg{{"operator", "uint", "operator id", false},
		{"deposit-data", "file", "deposit_data-*.json with the keys to upload", false}},
		func(_ context.Context, p *poolclient.Client, o *bind.TransactOpts, v *txValues) (*types.Transaction, error) {
			pubkeys, sigs, n, err := depositKeys(v.file)
			if err != nil {
				return nil, err
			}
			return p.Registry.AddSigningKeys(o, big64(v.uints["operator"]), big64(n), pubkeys, sigs)
		}},
	{"remove-keys", "remove unused validator keys", []txArg{{"operator", "uint", "operator id", false}, {"index", "uint", "first key", false},
		{"count", "uint", "keys", false}},
		func(_ context.Context, p *poolclient.Client, o *bind.TransactOpts, v *txValues) (*types.Transaction, error) {
			return p.Registry.RemoveSigningKeys(o, big64(v.uints["operator"]), big64(v.uints["index"]), big64(v.uints["count"]))
		}},
	{"propose", "propose a governance action (committee members)", []txArg{{"action", "string", "add-operator, set-operator-limit, set-operator-active, pause-staking, resume-staking, set-staking-limit, set-committee, call (--target, --data)", false},
		{"operator", "uint", "operator id", true}, {"name", "string", "operator name", true}, {"account", "address", "reward address", true},
		{"limit", "uint", "operator's cap", true}, {"active", "bool", "operator active", true}, {"value", "amount", "staking limit", true},
		{"value2", "amount", "staking limit growth per block", true}, {"members", "addresses", "committee members", true},
		{"threshold", "uint", "approvals needed", true}, {"target", "address", "contract called (action call)", true},
		{"data", "string", "0x call data (action call)", true}},
		func(_ context.Context, p *poolclient.Client, o *bind.TransactOpts, v *txValues) (*types.Transaction, error) {
			c, err := proposal(p, v)
			if err != nil {
				return nil, err
			}
			return p.Governance.Propose(o, c.Target, c.Data)
		}},
	{"approve-proposal", "approve a governance proposal", []txArg{{"proposal", "uint", "proposal id", false}},
		func(_ context.Context, p *poolclient.Client, o *bind.TransactOpts, v *txValues) (*types.Transaction, error) {
			return p.Governance.Approve(o, big64(v.uints["proposal"]))
		}},
	{"execute-proposal", "execute a queued proposal after its timelock", []txArg{{"proposal", "uint", "proposal id", false}},
		func(_ context.Context, p *poolclient.Client, o *bind.TransactOpts, v *txValues) (*types.Transaction, error) {
			return p.Governance.Execute(o, big64(v.uints["proposal"]))
		}},
	{"withdraw", "queue withdrawal requests (stETH locked until a report finalizes them; each an NFT)", []txArg{
		{"amounts", "amounts", "stETH of each request, comma-separated", false}, {"owner", "address", "owner of the requests (default: you)", true}},
		func(_ context.Context, p *poolclient.Client, o *bind.TransactOpts, v *txValues) (*types.Transaction, error) {
			owner := v.addr["owner"]
			if !v.set["owner"] {
				owner = o.From
			}
			return p.Queue.RequestWithdrawals(o, v.amounts, owner)
		}},
	{"claim", "claim finalized withdrawal requests (--ids, or --all of yours)", []txArg{{"ids", "ids", "request ids, comma-separated", true},
		{"all", "bool", "every finalized, unclaimed request of yours", true}, {"recipient", "address", "receives the ETH (default: you)", true}},
		func(ctx context.Context, p *poolclient.Client, o *bind.TransactOpts, v *txValues) (*types.Transaction, error) {
			ids := v.ids
			if v.all {
				var err error
				if ids, err = p.Claimable(ctx, o.From); err != nil {
					return nil, err
				}
				if len(ids) == 0 {
					return nil, &poolclient.Refusal{Code: "NOTHING_TO_CLAIM", Message: "no finalized, unclaimed request of " + o.From.Hex()}
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
	{"instant-withdraw", "withdraw at once from the liquid reserve (for a fee)", []txArg{{"amount", "amount", "stETH", false}},
		func(_ context.Context, p *poolclient.Client, o *bind.TransactOpts, v *txValues) (*types.Transaction, error) {
			return p.Pool.InstantWithdraw(o, v.amount)
		}},
	{"oracle-vote", "vote for a report hash (oracle members)", []txArg{{"ref-slot", "uint", "reference slot", false}, {"hash", "bytes32", "report hash", false}},
		func(_ context.Context, p *poolclient.Client, o *bind.TransactOpts, v *txValues) (*types.Transaction, error) {
			return p.Oracle.SubmitReport(o, big64(v.uints["ref-slot"]), v.hash)
		}},
	{"oracle-submit", "submit the report whose hash reached quorum (oracle members)", []txArg{{"report-file", "file", "the report as JSON (the Oracle contract's Report)", false}},
		func(_ context.Context, p *poolclient.Client, o *bind.TransactOpts, v *txValues) (*types.Transaction, error) {
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
		func(_ context.Context, p *poolclient.Client, o *bind.TransactOpts, _ *txValues) (*types.Transaction, error) {
			return p.Oracle.RaiseAlert(o)
		}},
}

// proposal is what a governance proposal does.
func proposal(p *poolclient.Client, v *txValues) (poolclient.Call, error) {
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
		return poolclient.Call{Target: v.addr["target"], Data: data}, err
	default:
		return poolclient.Call{}, fmt.Errorf("--action: unknown action %q (add-operator, set-operator-limit, set-operator-active, pause-staking, resume-staking, set-staking-limit, set-committee, call)", act)
	}
}

// amounts0 is the amount flag of that name (zero when not given).
func (v *txValues) amounts0(name string) *big.Int {
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

// parseTxArgs reads the subcommand's flags.
func parseTxArgs(cmd *cobra.Command, k *txKind, text map[string]*string) (*txValues, error) {
	v := &txValues{addr: map[string]common.Address{}, uints: map[string]uint64{}, bools: map[string]bool{}, strs: map[string]string{}, set: map[string]bool{}}
	for _, a := range k.args {
		fl := cmd.Flags().Lookup(a.name)
		s := *text[a.name]
		if !fl.Changed {
			continue
		}
		v.set[a.name] = true
		switch a.kind {
		case "amount":
			amt, err := units.ParseAmount(s)
			if err != nil {
				return nil, fmt.Errorf("--%s: %w", a.name, err)
			}
			if a.name == "amount" || a.name == "shares" {
				v.amount = amt.ToBig()
			}
			v.strs["amount:"+a.name] = s
		case "amounts":
			for _, part := range strings.Split(s, ",") {
				amt, err := units.ParseAmount(strings.TrimSpace(part))
				if err != nil {
					return nil, fmt.Errorf("--%s: %w", a.name, err)
				}
				v.amounts = append(v.amounts, amt.ToBig())
			}
		case "address":
			addr, err := units.ParseAddress(s)
			if err != nil {
				return nil, fmt.Errorf("--%s: %w", a.name, err)
			}
			v.addr[a.name] = addr
		case "addresses":
			for _, part := range strings.Split(s, ",") {
				addr, err := units.ParseAddress(strings.TrimSpace(part))
				if err != nil {
					return nil, fmt.Errorf("--%s: %w", a.name, err)
				}
				v.addrs = append(v.addrs, addr)
			}
		case "ids":
			for _, part := range strings.Split(s, ",") {
				id, err := strconv.ParseUint(strings.TrimSpace(part), 10, 64)
				if err != nil {
					return nil, fmt.Errorf("--%s: %q is not a request id", a.name, part)
				}
				v.ids = append(v.ids, big64(id))
			}
		case "uint":
			n, err := strconv.ParseUint(s, 10, 64)
			if err != nil {
				return nil, fmt.Errorf("--%s: %q is not a number", a.name, s)
			}
			v.uints[a.name] = n
		case "bool":
			b, err := strconv.ParseBool(s)
			if err != nil {
				return nil, fmt.Errorf("--%s: %q is not true or false", a.name, s)
			}
			v.bools[a.name] = b
			if a.name == "all" {
				v.all = b
			}
		case "bytes32":
			h, err := hexutil.Decode(s)
			if err != nil || len(h) != 32 {
				return nil, fmt.Errorf("--%s: want 32 bytes of 0x-hex", a.name)
			}
			v.hash = [32]byte(h)
		case "file":
			v.file = s
		default:
			v.strs[a.name] = s
		}
	}
	return v, nil
}

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
	for i := range txKinds {
		k := &txKinds[i]
		text := map[string]*string{}
		sub := &cobra.Command{
			Use:   k.name,
			Short: k.short,
			Args:  cobra.NoArgs,
			RunE: func(cmd *cobra.Command, _ []string) error {
				v, err := parseTxArgs(cmd, k, text)
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
					o.Nonce = big64(uint64(nonce))
				}
				tx, err := k.send(ctx, p, o, v)
				rc, err := p.Wait(ctx, tx, err)
				if err != nil {
					return err
				}
				evs := p.Events(rc)
				w := cmd.OutOrStdout()
				if asJSON {
					enc := json.NewEncoder(w)
					enc.SetIndent("", "  ")
					return enc.Encode(map[string]any{"tx": k.name, "hash": rc.TxHash.Hex(), "block": rc.BlockNumber.Uint64(),
						"from": crypto.PubkeyToAddress(key.PublicKey).Hex(), "gas_used": rc.GasUsed, "events": jsonEvents(evs)})
				}
				fmt.Fprintf(w, "%s: included in block %s (tx %s, from %s, gas %d)\n", k.name, rc.BlockNumber, rc.TxHash.Hex(),
					crypto.PubkeyToAddress(key.PublicKey).Hex(), rc.GasUsed)
				printEvents(w, evs)
				return nil
			},
		}
		for _, a := range k.args {
			text[a.name] = new(string)
			help := a.help
			switch a.kind {
			case "amount":
				help += " (1.5, 1.5eth, …gwei, …wei)"
			case "amounts":
				help += " (1.5, 1.5eth, …gwei, …wei)"
			case "bool":
				help += " (true or false)"
			}
			sub.Flags().StringVar(text[a.name], a.name, "", help)
			if a.kind == "bool" {
				sub.Flags().Lookup(a.name).NoOptDefVal = "true"
			}
			if !a.optional {
				sub.MarkFlagRequired(a.name)
			}
		}
		txCmd.AddCommand(sub)
	}
	rootCmd.AddCommand(txCmd)
}
