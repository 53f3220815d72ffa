package apitest

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"math/big"
	"net/http"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/rpc"

	"github.com/stakepool/stakepool/beacon/api"
)

// ExecutionHandler serves the JSON-RPC methods beacon/api uses (see the
// package comment). Deposit-contract calls are decoded and handed to the
// simulator's SubmitDeposit.
func (s *Server) ExecutionHandler() http.Handler {
	srv := rpc.NewServer()
	if err := srv.RegisterName("eth", &elAPI{s: s}); err != nil {
		panic(err)
	}
	return srv
}

type elAPI struct{ s *Server }

// ChainId is eth_chainId.
func (e *elAPI) ChainId() *hexutil.Big { return (*hexutil.Big)(new(big.Int).SetUint64(e.s.ChainID)) }

// GetTransactionCount is eth_getTransactionCount (every tag answers the same).
func (e *elAPI) GetTransactionCount(addr common.Address, _ rpc.BlockNumberOrHash) hexutil.Uint64 {
	e.s.mu.Lock()
	defer e.s.mu.Unlock()
	return hexutil.Uint64(e.s.nonces[addr])
}

// MaxPriorityFeePerGas is eth_maxPriorityFeePerGas: 1 gwei.
func (e *elAPI) MaxPriorityFeePerGas() *hexutil.Big { return (*hexutil.Big)(big.NewInt(1e9)) }

// GetBlockByNumber is eth_getBlockByNumber: the latest block's header
// (whatever number is asked), without transactions.
func (e *elAPI) GetBlockByNumber(_ rpc.BlockNumber, _ bool) (map[string]any, error) {
	e.s.mu.Lock()
	head, number := e.s.head, e.s.elNumber
	e.s.mu.Unlock()
	h := &types.Header{Number: new(big.Int).SetUint64(number), GasLimit: 30_000_000, Time: head.slot * 12,
		BaseFee: big.NewInt(BaseFeeWei), Difficulty: new(big.Int), Extra: []byte{}}
	raw, err := json.Marshal(h)
	if err != nil {
		return nil, err
	}
	var m map[string]any
	if err := json.Unmarshal(raw, &m); err != nil {
		return nil, err
	}
	m["hash"] = head.elHash
	m["transactions"] = []any{}
	m["uncles"] = []any{}
	return m, nil
}

// EstimateGas is eth_estimateGas: 60 000 for deposit-contract calls (about
// what the real contract takes).
func (e *elAPI) EstimateGas(_ map[string]any) hexutil.Uint64 { return 60_000 }

// SendRawTransaction is eth_sendRawTransaction: the transaction must be a
// signed deposit-contract call with the sender's next nonce; its deposit
// goes to the simulator.
func (e *elAPI) SendRawTransaction(ctx context.Context, raw hexutil.Bytes) (common.Hash, error) {
	var tx types.Transaction
	if err := tx.UnmarshalBinary(raw); err != nil {
		return common.Hash{}, fmt.Errorf("invalid transaction: %w", err)
	}
	if tx.ChainId().Uint64() != e.s.ChainID {
		return common.Hash{}, fmt.Errorf("invalid chain id %s", tx.ChainId())
	}
	from, err := types.Sender(types.LatestSignerForChainID(tx.ChainId()), &tx)
	if err != nil {
		return common.Hash{}, fmt.Errorf("invalid sender: %w", err)
	}
	if tx.To() == nil || *tx.To() != common.Address(e.s.sp.DepositContractAddress) {
		return common.Hash{}, errors.New("apitest: only deposit-contract calls are accepted")
	}
	d, err := api.ParseDepositCalldata(tx.Data(), tx.Value())
	if err != nil {
		return common.Hash{}, fmt.Errorf("execution reverted: %w", err)
	}
	e.s.mu.Lock()
	if n := e.s.nonces[from]; tx.Nonce() != n {
		e.s.mu.Unlock()
		return common.Hash{}, fmt.Errorf("nonce %d, want %d", tx.Nonce(), n)
	}
	e.s.nonces[from]++
	e.s.deposits = append(e.s.deposits, d)
	e.s.mu.Unlock()
	if err := e.s.chain.SubmitDeposit(ctx, d); err != nil {
		return common.Hash{}, fmt.Errorf("execution reverted: %w", err)
	}
	return tx.Hash(), nil
}

// GetBlockReceipts is eth_getBlockReceipts (by block hash).
func (e *elAPI) GetBlockReceipts(bnh rpc.BlockNumberOrHash) ([]*types.Receipt, error) {
	h, ok := bnh.Hash()
	if !ok {
		return nil, errors.New("apitest: receipts by block hash only")
	}
	e.s.mu.Lock()
	defer e.s.mu.Unlock()
	b, ok := e.s.byHash[h]
	if !ok {
		return nil, nil // unknown block: null, as a node answers
	}
	if b.receipts == nil {
		return []*types.Receipt{}, nil
	}
	return b.receipts, nil
}
