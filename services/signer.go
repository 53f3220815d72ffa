package services

import (
	"bytes"
	"context"
	"crypto/ecdsa"
	"encoding/json"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/rpc"
)

// TxSigner signs one account's transactions: a key held in memory (from a
// go-ethereum keystore or a private key file) or a remote signer.
type TxSigner interface {
	Address() common.Address
	SignTx(ctx context.Context, tx *types.Transaction, chainID *big.Int) (*types.Transaction, error)
}

// KeySigner signs with a key in memory.
type KeySigner struct{ key *ecdsa.PrivateKey }

// NewKeySigner signs with key.
func NewKeySigner(key *ecdsa.PrivateKey) *KeySigner { return &KeySigner{key: key} }

// Address implements TxSigner.
func (k *KeySigner) Address() common.Address { return crypto.PubkeyToAddress(k.key.PublicKey) }

// SignTx implements TxSigner.
func (k *KeySigner) SignTx(_ context.Context, tx *types.Transaction, chainID *big.Int) (*types.Transaction, error) {
	return types.SignTx(tx, types.LatestSignerForChainID(chainID), k.key)
}

// Key is the signer's key (the devnet's in-process services and tests
// sign attestations with it).
func (k *KeySigner) Key() *ecdsa.PrivateKey { return k.key }

// RemoteSigner signs through a remote signer's JSON-RPC
// eth_signTransaction (Web3Signer's eth1 mode, go-ethereum's Clef with its
// eth_signTransaction compatibility, or a node holding the account): the
// key never enters this process. The signed transaction is checked against
// the one asked for (sender, nonce, recipient, value, data, gas, fees)
// before it is used.
type RemoteSigner struct {
	url  string
	addr common.Address
	c    *rpc.Client
}

// DialRemoteSigner connects to the signer at url, signing for addr.
func DialRemoteSigner(ctx context.Context, url string, addr common.Address) (*RemoteSigner, error) {
	c, err := rpc.DialContext(ctx, url)
	if err != nil {
		return nil, fmt.Errorf("services: dial the remote signer %s: %w", url, err)
	}
	return &RemoteSigner{url: url, addr: addr, c: c}, nil
}

// Close closes the connection.
func (r *RemoteSigner) Close() { r.c.Close() }

// Address implements TxSigner.
func (r *RemoteSigner) Address() common.Address { return r.addr }

// SignTx implements TxSigner.
func (r *RemoteSigner) SignTx(ctx context.Context, tx *types.Transaction, chainID *big.Int) (*types.Transaction, error) {
	args := map[string]any{
		"from": r.addr, "nonce": hexutil.Uint64(tx.Nonce()), "gas": hexutil.Uint64(tx.Gas()),
		"value": (*hexutil.Big)(tx.Value()), "data": hexutil.Bytes(tx.Data()), "chainId": (*hexutil.Big)(chainID),
	}
	if tx.To() != nil {
		args["to"] = *tx.To()
	}
	if tx.Type() == types.DynamicFeeTxType {
		args["maxFeePerGas"] = (*hexutil.Big)(tx.GasFeeCap())
		args["maxPriorityFeePerGas"] = (*hexutil.Big)(tx.GasTipCap())
	} else {
		args["gasPrice"] = (*hexutil.Big)(tx.GasPrice())
	}
	var raw json.RawMessage
	if err := r.c.CallContext(ctx, &raw, "eth_signTransaction", args); err != nil {
		return nil, fmt.Errorf("services: sign a transaction with the remote signer %s: %w", r.url, err)
	}
	// a raw hex string (Web3Signer) or {"raw": …, "tx": …} (go-ethereum)
	var hexRaw hexutil.Bytes
	if err := json.Unmarshal(raw, &hexRaw); err != nil {
		var obj struct {
			Raw hexutil.Bytes `json:"raw"`
		}
		if err := json.Unmarshal(raw, &obj); err != nil || len(obj.Raw) == 0 {
			return nil, fmt.Errorf("services: the remote signer %s answered eth_signTransaction with %.80s", r.url, raw)
		}
		hexRaw = obj.Raw
	}
	signed := new(types.Transaction)
	if err := signed.UnmarshalBinary(hexRaw); err != nil {
		return nil, fmt.Errorf("services: the remote signer %s returned an undecodable transaction: %w", r.url, err)
	}
	from, err := types.Sender(types.LatestSignerForChainID(chainID), signed)
	if err != nil {
		return nil, fmt.Errorf("services: the remote signer %s: %w", r.url, err)
	}
	if from != r.addr || signed.Nonce() != tx.Nonce() || signed.Gas() != tx.Gas() || signed.Value().Cmp(tx.Value()) != 0 ||
		!bytes.Equal(signed.Data(), tx.Data()) || (signed.To() == nil) != (tx.To() == nil) || (tx.To() != nil && *signed.To() != *tx.To()) ||
		signed.GasFeeCap().Cmp(tx.GasFeeCap()) > 0 {
		return nil, fmt.Errorf("services: the remote signer %s signed a different transaction than asked (from %s, nonce %d)", r.url, from, signed.Nonce())
	}
	return signed, nil
}
