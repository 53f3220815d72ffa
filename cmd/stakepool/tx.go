package main

import (
	"bytes"
	"crypto/ecdsa"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"os"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/accounts/keystore"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/holiman/uint256"
	"github.com/spf13/cobra"

	"github.com/stakepool/stakepool/api"
	"github.com/stakepool/stakepool/node/request"
	"github.com/stakepool/stakepool/protocol"
	"github.com/stakepool/stakepool/units"
)

// rpcClient talks to a node's HTTP API.
type rpcClient struct {
	base string
	hc   *http.Client
}

func newRPC(url string, timeout time.Duration) *rpcClient {
	return &rpcClient{base: strings.TrimRight(url, "/"), hc: &http.Client{Timeout: timeout}}
}

// apiError is an error object returned by the node.
type apiError struct {
	Status  int
	Code    string
	Message string
}

func (e *apiError) Error() string { return fmt.Sprintf("%s: %s", e.Code, e.Message) }

func (c *rpcClient) do(method, path string, body []byte, out any) error {
	req, err := http.NewRequest(method, c.base+path, bytes.NewReader(body))
	if err != nil {
		return err
	}
	if body != nil {
		req.Header.Set("Content-Type", "application/json")
	}
	resp, err := c.hc.Do(req)
	if err != nil {
		return fmt.Errorf("cannot reach the node at %s: %w", c.base, err)
	}
	defer resp.Body.Close()
	b, err := io.ReadAll(io.LimitReader(resp.Body, 64<<20))
	if err != nil {
		return err
	}
	if resp.StatusCode >= 400 {
		var e struct {
			Error api.ErrorBody `json:"error"`
		}
		if json.Unmarshal(b, &e) == nil && e.Error.Code != "" {
			// A rejected transaction still has a receipt body; give it back.
			if out != nil {
				json.Unmarshal(b, out)
			}
			return &apiError{Status: resp.StatusCode, Code: e.Error.Code, Message: e.Error.Message}
		}
		return fmt.Errorf("%s %s: HTTP %d: %s", method, path, resp.StatusCode, strings.TrimSpace(string(b)))
	}
	if out == nil {
		return nil
	}
	if raw, ok := out.(*json.RawMessage); ok {
		*raw = b
		return nil
	}
	return json.Unmarshal(b, out)
}

func (c *rpcClient) get(path string, out any) error { return c.do("GET", path, nil, out) }

// loadKey reads the signing key from a private-key file (0x-hex) or a
// go-ethereum keystore (password from a file, or the environment variable
// STAKEPOOL_KEYSTORE_PASSWORD).
func loadKey(keyFile, keystoreFile, passwordFile string) (*ecdsa.PrivateKey, error) {
	switch {
	case keyFile != "" && keystoreFile != "":
		return nil, fmt.Errorf("give --private-key-file or --keystore, not both")
	case keyFile != "":
		b, err := os.ReadFile(keyFile)
		if err != nil {
			return nil, err
		}
		k, err := crypto.HexToECDSA(strings.TrimPrefix(strings.TrimSpace(string(b)), "0x"))
		if err != nil {
			return nil, fmt.Errorf("%s: not a hex secp256k1 private key", keyFile)
		}
		return k, nil
	case keystoreFile != "":
		b, err := os.ReadFile(keystoreFile)
		if err != nil {
			return nil, err
		}
		pw := os.Getenv("STAKEPOOL_KEYSTORE_PASSWORD")
		if passwordFile != "" {
			p, err := os.ReadFile(passwordFile)
			if err != nil {
				return nil, err
			}
			pw = strings.TrimRight(string(p), "\r\n")
		}
		k, err := keystore.DecryptKey(b, pw)
		if err != nil {
			return nil, fmt.Errorf("%s: %w", keystoreFile, err)
		}
		return k.PrivateKey, nil
	}
	return nil, fmt.Errorf("a signing key is needed: --private-key-file F or --keystore F")
}

// flagName turns a member name into a flag name (refSlot → ref-slot).
func flagName(member string) string {
	var b strings.Builder
	for _, r := range member {
		if r >= 'A' && r <= 'Z' {
			b.WriteByte('-')
			r += 'a' - 'A'
		}
		b.WriteRune(r)
	}
	return b.String()
}

// amountMembers are amounts of ETH, stETH, wstETH or shares: given as
// 1.5, 1.5eth, 1500000000gwei or …wei on the command line.
var amountMembers = map[string]bool{"amount": true, "shares": true, "amounts": true}

func actionByName(s string) (protocol.ActionKind, error) {
	var names []string
	for k := protocol.ActionKind(1); k < 64; k++ {
		n := k.String()
		if n == "unknown" {
			continue
		}
		if n == s {
			return k, nil
		}
		names = append(names, n)
	}
	return 0, fmt.Errorf("unknown action %q; one of %s", s, strings.Join(names, ", "))
}

func decimalOrAmount(s string) (string, error) {
	if s == "" {
		return "0", nil
	}
	if _, err := strconv.ParseUint(s, 10, 64); err == nil {
		return s, nil
	}
	v, err := units.ParseAmount(s)
	if err != nil {
		return "", err
	}
	return v.Dec(), nil
}

// memberValue converts a flag's text to the JSON a request message carries.
func memberValue(f request.Field, text string, set bool) (any, error) {
	switch {
	case f.Type == "address":
		if !set || text == "" {
			return (common.Address{}).Hex(), nil
		}
		a, err := units.ParseAddress(text)
		if err != nil {
			return nil, fmt.Errorf("--%s: %w", flagName(f.Name), err)
		}
		return a.Hex(), nil
	case f.Type == "uint256[]":
		var out []string
		for _, p := range strings.Split(text, ",") {
			v, err := units.ParseAmount(strings.TrimSpace(p))
			if err != nil {
				return nil, fmt.Errorf("--%s: %w", flagName(f.Name), err)
			}
			out = append(out, v.Dec())
		}
		return out, nil
	case f.Type == "uint64[]":
		var out []string
		for _, p := range strings.Split(text, ",") {
			p = strings.TrimSpace(p)
			if _, err := strconv.ParseUint(p, 10, 64); err != nil {
				return nil, fmt.Errorf("--%s: %q is not a number", flagName(f.Name), p)
			}
			out = append(out, p)
		}
		return out, nil
	case f.Type == "address[]":
		out := []string{}
		if text != "" {
			for _, p := range strings.Split(text, ",") {
				p = strings.TrimSpace(p)
				a, err := units.ParseAddress(p)
				if err != nil {
					return nil, fmt.Errorf("--%s: %w", flagName(f.Name), err)
				}
				out = append(out, a.Hex())
			}
		}
		return out, nil
	case f.Type == "bool":
		if !set || text == "" {
			return false, nil
		}
		return strconv.ParseBool(text)
	case f.Type == "string":
		return text, nil
	case f.Type == "bytes32":
		return text, nil
	case f.Name == "action":
		k, err := actionByName(text)
		if err != nil {
			return nil, err
		}
		return strconv.Itoa(int(k)), nil
	case f.Name == "param":
		if !set || text == "" {
			return "0", nil
		}
		id, ok := protocol.ParamByName(text)
		if !ok {
			return nil, fmt.Errorf("--param: unknown parameter %q", text)
		}
		return strconv.Itoa(int(id)), nil
	case amountMembers[f.Name]:
		v, err := units.ParseAmount(text)
		if err != nil {
			return nil, fmt.Errorf("--%s: %w", flagName(f.Name), err)
		}
		return v.Dec(), nil
	case strings.HasPrefix(f.Type, "uint"):
		// value/value2 of a proposal: a plain number or an amount with a unit.
		v, err := decimalOrAmount(text)
		if err != nil {
			return nil, fmt.Errorf("--%s: %w", flagName(f.Name), err)
		}
		return v, nil
	}
	return nil, fmt.Errorf("--%s: unsupported member type %s", flagName(f.Name), f.Type)
}

// depositKeys reads pubkeys and signatures from a deposit_data JSON file
// (the format stakepool keys deposit-data writes).
func depositKeys(path string) (pubkeys, sigs string, err error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return "", "", err
	}
	var items []struct {
		Pubkey    string `json:"pubkey"`
		Signature string `json:"signature"`
	}
	if err := json.Unmarshal(b, &items); err != nil {
		return "", "", fmt.Errorf("%s: not a deposit data file: %w", path, err)
	}
	var p, s strings.Builder
	p.WriteString("0x")
	s.WriteString("0x")
	for _, it := range items {
		p.WriteString(strings.TrimPrefix(it.Pubkey, "0x"))
		s.WriteString(strings.TrimPrefix(it.Signature, "0x"))
	}
	return p.String(), s.String(), nil
}

type txFlags struct {
	rpc, keyFile, keystore, password string
	nonce                            int64
	asJSON                           bool
	timeout                          time.Duration
}

// sendTx signs and sends one transaction, waiting for its receipt.
func sendTx(tf *txFlags, k *request.Kind, msg map[string]json.RawMessage) (*api.Receipt, error) {
	key, err := loadKey(tf.keyFile, tf.keystore, tf.password)
	if err != nil {
		return nil, err
	}
	from := crypto.PubkeyToAddress(key.PublicKey)
	c := newRPC(tf.rpc, tf.timeout)
	var st api.Status
	if err := c.get("/v1/status", &st); err != nil {
		return nil, err
	}
	nonce := uint64(tf.nonce)
	if tf.nonce < 0 {
		var acc api.Account
		if err := c.get("/v1/accounts/"+from.Hex(), &acc); err != nil {
			return nil, err
		}
		nonce = acc.Nonce
	}
	msg["nonce"], _ = json.Marshal(strconv.FormatUint(nonce, 10))
	tx, perr := request.FromMessage(k.Type, from, msg)
	if perr != nil {
		return nil, perr
	}
	d := request.Domain{ChainID: st.ChainID, Pool: common.HexToAddress(st.PoolAddress)}
	req, err := request.Sign(d, tx, key)
	if err != nil {
		return nil, err
	}
	body, _ := json.Marshal(req)
	var rc api.Receipt
	err = c.do("POST", "/v1/tx", body, &rc)
	return &rc, err
}

func printReceipt(w io.Writer, rc *api.Receipt) {
	fmt.Fprintf(w, "%s applied in block %d (tx %s, from %s, nonce %d)\n", rc.Type, rc.Block, rc.Hash, rc.From, rc.Nonce)
	for _, e := range rc.Events {
		parts := []string{e.Event}
		if e.From != "" {
			parts = append(parts, "from "+e.From)
		}
		if e.To != "" {
			parts = append(parts, "to "+e.To)
		}
		if e.Amount != "" {
			var v uint256.Int
			if v.SetFromDecimal(e.Amount) == nil {
				parts = append(parts, "amount "+units.FormatEther(&v))
			}
		}
		if e.Shares != "" {
			parts = append(parts, "shares "+e.Shares)
		}
		if e.Index != 0 {
			parts = append(parts, "index "+strconv.FormatUint(e.Index, 10))
		}
		if e.Count != 0 {
			parts = append(parts, "count "+strconv.FormatUint(e.Count, 10))
		}
		fmt.Fprintf(w, "  %s\n", strings.Join(parts, "  "))
	}
}

func init() {
	tf := &txFlags{}
	txCmd := &cobra.Command{
		Use:   "tx",
		Short: "Sign a transaction (EIP-712) and send it to a node, waiting for its receipt",
		Long: "Each subcommand builds one transaction kind, signs it as EIP-712 typed data with\n" +
			"the account's secp256k1 key (--private-key-file F with a 0x-hex key, or --keystore F\n" +
			"with a go-ethereum keystore and --password-file or $STAKEPOOL_KEYSTORE_PASSWORD),\n" +
			"sends it to the node at --rpc and waits until it is durably in a block. The nonce is\n" +
			"the account's next unless --nonce is given. Amounts are 1.5, 1.5eth, 1500000000gwei\n" +
			"or …wei. Exit status 1 and the error code when the node refuses the transaction.",
	}
	pf := txCmd.PersistentFlags()
	pf.StringVar(&tf.rpc, "rpc", "http://127.0.0.1:8545", "node HTTP API URL")
	pf.StringVar(&tf.keyFile, "private-key-file", "", "file with the sender's 0x-hex secp256k1 private key")
	pf.StringVar(&tf.keystore, "keystore", "", "go-ethereum keystore file of the sender")
	pf.StringVar(&tf.password, "password-file", "", "file with the keystore password")
	pf.Int64Var(&tf.nonce, "nonce", -1, "nonce to sign with (default: the account's next)")
	pf.BoolVar(&tf.asJSON, "json", false, "print the receipt as JSON")
	pf.DurationVar(&tf.timeout, "timeout", 60*time.Second, "how long to wait for the node")
	for _, k := range request.Kinds() {
		k := k
		vals := map[string]*string{}
		var depositData, reportFile string
		cmd := &cobra.Command{
			Use:   k.CLI,
			Short: k.Short,
			Long:  fmt.Sprintf("%s.\n\nSigned as the EIP-712 struct %s.", k.Short, k.TypeString()),
			Args:  cobra.NoArgs,
			RunE: func(cmd *cobra.Command, _ []string) error {
				msg := map[string]json.RawMessage{}
				for _, f := range k.Fields {
					if f.Name == "nonce" {
						continue
					}
					if f.Type == "bytes" {
						continue
					}
					fl := cmd.Flags().Lookup(flagName(f.Name))
					v, err := memberValue(f, *vals[f.Name], fl.Changed)
					if err != nil {
						return err
					}
					msg[f.Name], _ = json.Marshal(v)
				}
				if k.HasField("pubkeys") {
					if depositData == "" {
						return fmt.Errorf("--deposit-data is required")
					}
					p, s, err := depositKeys(depositData)
					if err != nil {
						return err
					}
					msg["pubkeys"], _ = json.Marshal(p)
					msg["signatures"], _ = json.Marshal(s)
				}
				if k.HasField("report") {
					if reportFile == "" {
						return fmt.Errorf("--report-file is required")
					}
					b, err := os.ReadFile(reportFile)
					if err != nil {
						return err
					}
					r, err := request.ParseReport(b)
					if err != nil {
						return fmt.Errorf("%s: %w", reportFile, err)
					}
					msg["report"], _ = json.Marshal("0x" + hex.EncodeToString(protocol.EncodeReport(r)))
				}
				rc, err := sendTx(tf, &k, msg)
				if err != nil {
					if ae, ok := err.(*apiError); ok && tf.asJSON && rc != nil && rc.Hash != "" {
						enc := json.NewEncoder(cmd.OutOrStdout())
						enc.SetIndent("", "  ")
						enc.Encode(rc)
						return ae
					}
					return err
				}
				if tf.asJSON {
					enc := json.NewEncoder(cmd.OutOrStdout())
					enc.SetIndent("", "  ")
					return enc.Encode(rc)
				}
				printReceipt(cmd.OutOrStdout(), rc)
				return nil
			},
		}
		var required []string
		for _, f := range k.Fields {
			if f.Name == "nonce" || f.Type == "bytes" {
				continue
			}
			v := new(string)
			vals[f.Name] = v
			help := f.Type
			switch {
			case amountMembers[f.Name] && f.Type == "uint256[]":
				help = "amounts, comma-separated (1.5, 1.5eth, …gwei, …wei)"
			case amountMembers[f.Name]:
				help = "amount (1.5, 1.5eth, …gwei, …wei)"
			case f.Name == "action":
				help = "governance action: set-parameter, add-operator, set-operator-limit, …"
			case f.Name == "param":
				help = "parameter name for set-parameter (fee_bp, reserve_target_bp, …)"
			case f.Type == "address[]":
				help = "addresses, comma-separated"
			case f.Type == "uint64[]":
				help = "ids, comma-separated"
			}
			cmd.Flags().StringVar(v, flagName(f.Name), "", help)
			optional := f.Type == "bool" || (k.Command == protocol.CmdPropose && f.Name != "action") ||
				f.Name == "referral" || f.Name == "recipient" || (f.Name == "owner" && k.Command == protocol.CmdRequestWithdrawals)
			if !optional {
				required = append(required, flagName(f.Name))
			}
		}
		if k.HasField("pubkeys") {
			cmd.Flags().StringVar(&depositData, "deposit-data", "", "deposit_data-*.json with the keys to upload")
		}
		if k.HasField("report") {
			cmd.Flags().StringVar(&reportFile, "report-file", "", "the report: its JSON form (docs/api.md) or 0x-hex of its canonical encoding")
		}
		sort.Strings(required)
		for _, r := range required {
			cmd.MarkFlagRequired(r)
		}
		txCmd.AddCommand(cmd)
	}
	rootCmd.AddCommand(txCmd)
}
