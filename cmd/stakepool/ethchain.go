package main

import (
	"context"
	"crypto/ecdsa"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"math/big"
	"os"
	"sort"
	"strings"
	"time"
	"unicode"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/accounts/keystore"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/holiman/uint256"

	"github.com/stakepool/stakepool/contracts/bindings"
	"github.com/stakepool/stakepool/contracts/deploy"
	"github.com/stakepool/stakepool/devnet"
	"github.com/stakepool/stakepool/units"
)

// What `stakepool tx` and `stakepool query` share: the node (--rpc, or
// $STAKEPOOL_RPC; host:port means http://host:port), the pool's addresses
// (--addresses FILE as the devnet writes it, $STAKEPOOL_ADDRESSES, or the
// devnet's default ./devnet-data/addresses.json; --pool ADDRESS alone
// finds the others from the pool contract), the sender's key, and the
// contracts' errors and events in words.

// defaultRPC is the devnet's JSON-RPC address.
const defaultRPC = "http://127.0.0.1:8545"

// nodeURL is the node URL from the flag, then $STAKEPOOL_RPC, then the
// devnet's; a bare host:port gets http://.
func nodeURL(flag string) string {
	u := flag
	if u == "" {
		u = os.Getenv("STAKEPOOL_RPC")
	}
	if u == "" {
		u = defaultRPC
	}
	if !strings.Contains(u, "://") {
		u = "http://" + u
	}
	return u
}

type chainFlags struct {
	rpc, addresses, pool string
	timeout              time.Duration
}

// pool is the pool's contracts on a node.
type pool struct {
	el   *ethclient.Client
	a    deploy.Addresses
	p    *bindings.Pool
	wst  *bindings.WstETH
	wq   *bindings.WithdrawalQueue
	reg  *bindings.OperatorRegistry
	orc  *bindings.Oracle
	gov  *bindings.Governance
	id   *big.Int
	abis map[common.Address]*abi.ABI
}

// dialPool connects to the node and binds the pool's contracts.
func dialPool(ctx context.Context, cf *chainFlags) (*pool, error) {
	url := nodeURL(cf.rpc)
	el, err := ethclient.DialContext(ctx, url)
	if err != nil {
		return nil, fmt.Errorf("cannot reach the node at %s: %w", url, err)
	}
	id, err := el.ChainID(ctx)
	if err != nil {
		return nil, fmt.Errorf("cannot reach the node at %s: %w", url, err)
	}
	var a deploy.Addresses
	switch {
	case cf.pool != "":
		addr, err := units.ParseAddress(cf.pool)
		if err != nil {
			return nil, fmt.Errorf("--pool: %w", err)
		}
		if a, err = discover(ctx, el, addr); err != nil {
			return nil, err
		}
	default:
		path := cf.addresses
		if path == "" {
			path = os.Getenv("STAKEPOOL_ADDRESSES")
		}
		if path == "" {
			path = "./devnet-data/addresses.json"
		}
		got, err := devnet.ReadAddresses(path)
		if err != nil {
			return nil, fmt.Errorf("the pool's addresses: %w (give --addresses FILE or --pool ADDRESS)", err)
		}
		a = *got
	}
	if code, err := el.CodeAt(ctx, a.Pool, nil); err != nil || len(code) == 0 {
		return nil, fmt.Errorf("no pool contract at %s on %s (chain id %s)", a.Pool.Hex(), url, id)
	}
	p := &pool{el: el, a: a, id: id, abis: map[common.Address]*abi.ABI{}}
	if p.p, err = bindings.NewPool(a.Pool, el); err != nil {
		return nil, err
	}
	if p.wst, err = bindings.NewWstETH(a.WstETH, el); err != nil {
		return nil, err
	}
	if p.wq, err = bindings.NewWithdrawalQueue(a.WithdrawalQueue, el); err != nil {
		return nil, err
	}
	if p.reg, err = bindings.NewOperatorRegistry(a.Registry, el); err != nil {
		return nil, err
	}
	if p.orc, err = bindings.NewOracle(a.Oracle, el); err != nil {
		return nil, err
	}
	if p.gov, err = bindings.NewGovernance(a.Governance, el); err != nil {
		return nil, err
	}
	for addr, md := range map[common.Address]*bind.MetaData{a.Pool: bindings.PoolMetaData, a.WstETH: bindings.WstETHMetaData,
		a.WithdrawalQueue: bindings.WithdrawalQueueMetaData, a.Registry: bindings.OperatorRegistryMetaData, a.Oracle: bindings.OracleMetaData,
		a.Governance: bindings.GovernanceMetaData, a.WithdrawalVault: bindings.WithdrawalVaultMetaData,
		a.ELRewardsVault: bindings.ELRewardsVaultMetaData, a.DepositContract: bindings.DepositContractMetaData} {
		if parsed, err := md.GetAbi(); err == nil {
			p.abis[addr] = parsed
		}
	}
	return p, nil
}

// discover reads the other contracts' addresses from the pool contract.
func discover(ctx context.Context, el *ethclient.Client, poolAddr common.Address) (deploy.Addresses, error) {
	a := deploy.Addresses{Pool: poolAddr}
	p, err := bindings.NewPool(poolAddr, el)
	if err != nil {
		return a, err
	}
	o := &bind.CallOpts{Context: ctx}
	for _, f := range []struct {
		dst  *common.Address
		read func(*bind.CallOpts) (common.Address, error)
	}{{&a.WstETH, p.WstETH}, {&a.WithdrawalQueue, p.WithdrawalQueue}, {&a.Registry, p.Registry}, {&a.Oracle, p.Oracle},
		{&a.DepositContract, p.DepositContract}, {&a.WithdrawalVault, p.WithdrawalVault}, {&a.ELRewardsVault, p.ElRewardsVault},
		{&a.Governance, p.Governance}} {
		v, err := f.read(o)
		if err != nil {
			return a, fmt.Errorf("read the pool's contracts from %s: %w", poolAddr.Hex(), err)
		}
		*f.dst = v
	}
	return a, nil
}

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

// codeError is a contract's refusal with a stable code (its custom
// error's name in upper snake case: UnknownRequest → UNKNOWN_REQUEST).
type codeError struct {
	Code    string
	Message string
}

func (e *codeError) Error() string { return e.Code + ": " + e.Message }

// upperSnake is InsufficientBalance → INSUFFICIENT_BALANCE.
func upperSnake(s string) string {
	var b strings.Builder
	for i, r := range s {
		if i > 0 && unicode.IsUpper(r) && (unicode.IsLower(rune(s[i-1])) || (i+1 < len(s) && unicode.IsLower(rune(s[i+1])))) {
			b.WriteByte('_')
		}
		b.WriteRune(unicode.ToUpper(r))
	}
	return b.String()
}

// decodeRevert turns a call's error into the contract's custom error when
// it carries one.
func (p *pool) decodeRevert(err error) error {
	var de interface{ ErrorData() any }
	if !errors.As(err, &de) {
		return err
	}
	s, ok := de.ErrorData().(string)
	if !ok {
		return err
	}
	data, derr := hex.DecodeString(strings.TrimPrefix(s, "0x"))
	if derr != nil || len(data) < 4 {
		return err
	}
	for _, a := range p.abis {
		for name, e := range a.Errors {
			if [4]byte(e.ID[:4]) != [4]byte(data[:4]) {
				continue
			}
			vals, uerr := e.Inputs.Unpack(data[4:])
			msg := name
			if uerr == nil && len(vals) > 0 {
				var parts []string
				for i, v := range vals {
					parts = append(parts, e.Inputs[i].Name+" "+formatArg(e.Inputs[i].Name, v))
				}
				msg += " (" + strings.Join(parts, ", ") + ")"
			}
			return &codeError{Code: upperSnake(name), Message: msg}
		}
	}
	return err
}

// formatArg shows an event's or error's argument: amounts of ETH in ETH.
func formatArg(name string, v any) string {
	switch x := v.(type) {
	case *big.Int:
		if ethAmount(name) {
			var u uint256.Int
			if !u.SetFromBig(x) {
				return units.FormatEther(&u) + " ETH"
			}
		}
		return x.String()
	case common.Address:
		return x.Hex()
	case [32]byte:
		return common.Hash(x).Hex()
	case []byte:
		return "0x" + hex.EncodeToString(x)
	}
	return fmt.Sprint(v)
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

// sent waits for a sent transaction's receipt (a refusal before sending is
// decoded into its code).
func (p *pool) sent(ctx context.Context, tx *types.Transaction, err error) (*types.Receipt, error) {
	if err != nil {
		return nil, p.decodeRevert(err)
	}
	rc, err := bind.WaitMined(ctx, p.el, tx)
	if err != nil {
		return nil, fmt.Errorf("waiting for %s: %w", tx.Hash().Hex(), err)
	}
	if rc.Status != types.ReceiptStatusSuccessful {
		// replay the call at its block to read the reason
		from, _ := types.Sender(types.LatestSignerForChainID(p.id), tx)
		_, cerr := p.el.CallContract(ctx, callMsg(from, tx), rc.BlockNumber)
		if cerr != nil {
			return rc, p.decodeRevert(cerr)
		}
		return rc, &codeError{Code: "REVERTED", Message: "the transaction reverted in block " + rc.BlockNumber.String()}
	}
	return rc, nil
}

// events decodes a receipt's logs from the pool's contracts.
func (p *pool) events(rc *types.Receipt) []map[string]any {
	var out []map[string]any
	for _, l := range rc.Logs {
		a, ok := p.abis[l.Address]
		if !ok || len(l.Topics) == 0 {
			continue
		}
		ev, err := a.EventByID(l.Topics[0])
		if err != nil {
			continue
		}
		m := map[string]any{"event": ev.Name, "contract": l.Address.Hex()}
		vals := map[string]any{}
		if err := a.UnpackIntoMap(vals, ev.Name, l.Data); err == nil {
			for k, v := range vals {
				m[k] = v
			}
		}
		var indexed abi.Arguments
		for _, in := range ev.Inputs {
			if in.Indexed {
				indexed = append(indexed, in)
			}
		}
		_ = abi.ParseTopicsIntoMap(m, indexed, l.Topics[1:])
		out = append(out, m)
	}
	return out
}

// printEvents writes each event as "Name  key value  …", amounts in ETH.
func printEvents(w io.Writer, evs []map[string]any) {
	for _, e := range evs {
		keys := make([]string, 0, len(e))
		for k := range e {
			if k != "event" && k != "contract" {
				keys = append(keys, k)
			}
		}
		sort.Strings(keys)
		parts := []string{fmt.Sprint(e["event"])}
		for _, k := range keys {
			parts = append(parts, k+" "+formatArg(k, e[k]))
		}
		fmt.Fprintf(w, "  %s\n", strings.Join(parts, "  "))
	}
}

// jsonEvents is the events with amounts as decimal strings of wei.
func jsonEvents(evs []map[string]any) []map[string]any {
	out := make([]map[string]any, len(evs))
	for i, e := range evs {
		m := map[string]any{}
		for k, v := range e {
			switch x := v.(type) {
			case *big.Int:
				m[k] = x.String()
			case common.Address:
				m[k] = x.Hex()
			case [32]byte:
				m[k] = common.Hash(x).Hex()
			case []byte:
				m[k] = "0x" + hex.EncodeToString(x)
			default:
				m[k] = v
			}
		}
		out[i] = m
	}
	return out
}
