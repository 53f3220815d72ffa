package api

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"net"
	"strings"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/rpc"

	"github.com/stakepool/stakepool/beacon"
	"github.com/stakepool/stakepool/keys"
)

// DepositContractABI is the deposit contract's deposit function.
const DepositContractABI = `[{"name":"deposit","type":"function","stateMutability":"payable","inputs":[` +
	`{"name":"pubkey","type":"bytes"},{"name":"withdrawal_credentials","type":"bytes"},` +
	`{"name":"signature","type":"bytes"},{"name":"deposit_data_root","type":"bytes32"}],"outputs":[]}]`

var depositABI = func() abi.ABI {
	a, err := abi.JSON(strings.NewReader(DepositContractABI))
	if err != nil {
		panic(err)
	}
	return a
}()

// DepositCalldata is the call data of deposit(pubkey, withdrawal_credentials,
// signature, hash_tree_root(DepositData)).
func DepositCalldata(d beacon.Deposit) ([]byte, error) {
	dd := keys.DepositData{Pubkey: keys.PublicKey(d.Pubkey), WithdrawalCredentials: d.WithdrawalCredentials,
		Amount: uint64(d.Amount), Signature: keys.Signature(d.Signature)}
	root := dd.HashTreeRoot()
	data, err := depositABI.Pack("deposit", d.Pubkey[:], d.WithdrawalCredentials[:], d.Signature[:], root)
	if err != nil {
		return nil, fmt.Errorf("beacon/api: encode deposit call: %w", err)
	}
	return data, nil
}

// ParseDepositCalldata is the inverse of DepositCalldata given the value
// sent (wei): it checks the lengths, that the value is whole gwei and that
// deposit_data_root is the data's root, as the contract does.
func ParseDepositCalldata(data []byte, valueWei *big.Int) (beacon.Deposit, error) {
	var d beacon.Deposit
	m, err := depositABI.MethodById(data)
	if err != nil || m.Name != "deposit" {
		return d, fmt.Errorf("%w: not a deposit call", beacon.ErrBadDeposit)
	}
	args, err := m.Inputs.Unpack(data[4:])
	if err != nil {
		return d, fmt.Errorf("%w: %w", beacon.ErrBadDeposit, err)
	}
	pk, _ := args[0].([]byte)
	wc, _ := args[1].([]byte)
	sig, _ := args[2].([]byte)
	root, _ := args[3].([32]byte)
	if len(pk) != 48 || len(wc) != 32 || len(sig) != 96 {
		return d, fmt.Errorf("%w: field lengths %d/%d/%d, want 48/32/96", beacon.ErrBadDeposit, len(pk), len(wc), len(sig))
	}
	if valueWei == nil || valueWei.Sign() <= 0 {
		return d, fmt.Errorf("%w: no value sent", beacon.ErrBadDeposit)
	}
	gwei, rem := new(big.Int).QuoRem(valueWei, big.NewInt(1e9), new(big.Int))
	if rem.Sign() != 0 || !gwei.IsUint64() {
		return d, fmt.Errorf("%w: value %v wei is not a whole number of gwei", beacon.ErrBadDeposit, valueWei)
	}
	copy(d.Pubkey[:], pk)
	copy(d.WithdrawalCredentials[:], wc)
	copy(d.Signature[:], sig)
	d.Amount = beacon.Gwei(gwei.Uint64())
	dd := keys.DepositData{Pubkey: keys.PublicKey(d.Pubkey), WithdrawalCredentials: d.WithdrawalCredentials, Amount: uint64(d.Amount), Signature: keys.Signature(d.Signature)}
	if dd.HashTreeRoot() != root {
		return d, fmt.Errorf("%w: deposit_data_root does not match the data", beacon.ErrBadDeposit)
	}
	return d, nil
}

// SubmitDeposit implements beacon.Chain: a dynamic-fee transaction calling
// the deposit contract (the node's DEPOSIT_CONTRACT_ADDRESS, or
// Config.DepositContract) with d.Amount gwei, signed with Config.DepositKey
// (ErrNoDepositKey without one) for the execution node's chain id, nonce
// from eth_getTransactionCount(pending), tip from eth_maxPriorityFeePerGas,
// fee cap 2·base fee + tip, gas from eth_estimateGas (or
// Config.DepositGasLimit). It returns once the node accepted the
// transaction (eth_sendRawTransaction), not when it is mined; the signature
// is not checked here (the chain drops a bad one, see beacon.Chain).
func (c *Client) SubmitDeposit(ctx context.Context, d beacon.Deposit) error {
	_, err := c.SendDeposit(ctx, d)
	return err
}

// SendDeposit is SubmitDeposit returning the transaction's hash.
func (c *Client) SendDeposit(ctx context.Context, d beacon.Deposit) (common.Hash, error) {
	if c.cfg.DepositKey == nil {
		return common.Hash{}, ErrNoDepositKey
	}
	if c.el == nil {
		return common.Hash{}, fmt.Errorf("beacon/api: submit deposit: %w", ErrNoExecutionNode)
	}
	if d.Amount < 1_000_000_000 {
		return common.Hash{}, fmt.Errorf("%w: amount %d gwei below the contract's 1 ETH minimum", beacon.ErrBadDeposit, d.Amount)
	}
	if c.depositContract == (common.Address{}) {
		return common.Hash{}, fmt.Errorf("%w: no deposit contract address (node's spec has none; set Config.DepositContract)", ErrConfig)
	}
	data, err := DepositCalldata(d)
	if err != nil {
		return common.Hash{}, err
	}
	ctx, cancel := context.WithTimeout(ctx, c.cfg.Timeout)
	defer cancel()
	from := crypto.PubkeyToAddress(c.cfg.DepositKey.PublicKey)
	value := new(big.Int).Mul(new(big.Int).SetUint64(uint64(d.Amount)), big.NewInt(1e9))
	chainID, err := c.el.ChainID(ctx)
	if err != nil {
		return common.Hash{}, wrapEL("eth_chainId", err)
	}
	if c.depositChainID != 0 && chainID.Cmp(new(big.Int).SetUint64(c.depositChainID)) != 0 {
		return common.Hash{}, fmt.Errorf("%w: execution node's chain id %s is not the beacon node's DEPOSIT_CHAIN_ID %d", ErrConfig, chainID, c.depositChainID)
	}
	nonce, err := c.el.PendingNonceAt(ctx, from)
	if err != nil {
		return common.Hash{}, wrapEL("eth_getTransactionCount", err)
	}
	tip, err := c.el.SuggestGasTipCap(ctx)
	if err != nil {
		return common.Hash{}, wrapEL("eth_maxPriorityFeePerGas", err)
	}
	head, err := c.el.HeaderByNumber(ctx, nil)
	if err != nil {
		return common.Hash{}, wrapEL("eth_getBlockByNumber(latest)", err)
	}
	if head.BaseFee == nil {
		return common.Hash{}, fmt.Errorf("%w: execution head has no base fee (pre-London chain)", ErrMalformed)
	}
	feeCap := new(big.Int).Add(new(big.Int).Mul(head.BaseFee, big.NewInt(2)), tip)
	to := c.depositContract
	gas := c.cfg.DepositGasLimit
	if gas == 0 {
		gas, err = c.el.EstimateGas(ctx, ethereum.CallMsg{From: from, To: &to, Value: value, Data: data, GasFeeCap: feeCap, GasTipCap: tip})
		if err != nil {
			return common.Hash{}, wrapEL("eth_estimateGas", err)
		}
	}
	tx := types.NewTx(&types.DynamicFeeTx{ChainID: chainID, Nonce: nonce, GasTipCap: tip, GasFeeCap: feeCap,
		Gas: gas, To: &to, Value: value, Data: data})
	signed, err := types.SignTx(tx, types.LatestSignerForChainID(chainID), c.cfg.DepositKey)
	if err != nil {
		return common.Hash{}, fmt.Errorf("beacon/api: sign deposit transaction: %w", err)
	}
	if err := c.el.SendTransaction(ctx, signed); err != nil {
		return common.Hash{}, wrapEL("eth_sendRawTransaction", err)
	}
	return signed.Hash(), nil
}

// wrapEL classifies an execution-node error like Client.wrap does.
func wrapEL(action string, err error) error {
	var oe *net.OpError
	var he rpc.HTTPError
	var re rpc.Error
	switch {
	case errors.Is(err, context.DeadlineExceeded), errors.Is(err, context.Canceled):
		return fmt.Errorf("beacon/api: execution node: %s: %w", action, err)
	case errors.As(err, &oe):
		return fmt.Errorf("%w: execution node: %s: %w", ErrUnavailable, action, err)
	case errors.As(err, &he):
		return fmt.Errorf("beacon/api: execution node: %s: %w", action, &HTTPError{Method: "POST", Endpoint: action, StatusCode: he.StatusCode, Body: clip(string(he.Body))})
	case errors.As(err, &re):
		return fmt.Errorf("beacon/api: execution node: %s: JSON-RPC error %d: %w", action, re.ErrorCode(), err)
	}
	return fmt.Errorf("beacon/api: execution node: %s: %w", action, err)
}
