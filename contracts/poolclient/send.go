package poolclient

import (
	"context"
	"crypto/ecdsa"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
)

// Transactor is the options to send transactions signed with key on this
// chain; the node estimates the gas (a call that would revert is refused
// before it is sent, its refusal decoded by Wait).
func (c *Client) Transactor(ctx context.Context, key *ecdsa.PrivateKey) (*bind.TransactOpts, error) {
	o, err := bind.NewKeyedTransactorWithChainID(key, c.ChainID)
	if err != nil {
		return nil, err
	}
	o.Context = ctx
	return o, nil
}

// Wait takes what a binding's send returned, waits for the transaction's
// receipt and checks it succeeded. A refusal before sending (the gas
// estimate reverted) and a transaction that reverted on chain (its call
// replayed at its block to read the reason) come back as a *Refusal when
// the contract gave a custom error, a reverted transaction without one as
// REVERTED; the receipt comes back with a reverted transaction's error.
func (c *Client) Wait(ctx context.Context, tx *types.Transaction, err error) (*types.Receipt, error) {
	if err != nil {
		return nil, DecodeRevert(err)
	}
	rc, err := bind.WaitMined(ctx, c.EL, tx)
	if err != nil {
		return nil, fmt.Errorf("waiting for %s: %w", tx.Hash().Hex(), err)
	}
	if rc.Status != types.ReceiptStatusSuccessful {
		from, _ := types.Sender(types.LatestSignerForChainID(c.ChainID), tx)
		call := ethereum.CallMsg{From: from, To: tx.To(), Gas: tx.Gas(), GasFeeCap: tx.GasFeeCap(), GasTipCap: tx.GasTipCap(),
			Value: tx.Value(), Data: tx.Data()}
		if _, cerr := c.EL.CallContract(ctx, call, rc.BlockNumber); cerr != nil {
			return rc, DecodeRevert(cerr)
		}
		return rc, &Refusal{Code: "REVERTED", Message: "the transaction reverted in block " + rc.BlockNumber.String()}
	}
	return rc, nil
}

// Fees are an EIP-1559 transaction's fees on the node now: the node's
// suggested tip, and a fee cap of twice the head's base fee plus that tip
// (room for the base fee to double before the transaction is mined); the
// head's base fee beside them.
func (c *Client) Fees(ctx context.Context) (tip, feeCap, baseFee *big.Int, err error) {
	head, err := c.EL.HeaderByNumber(ctx, nil)
	if err != nil {
		return nil, nil, nil, c.Err("read the head", err)
	}
	if head.BaseFee == nil {
		return nil, nil, nil, fmt.Errorf("the head %d has no base fee (a chain before London)", head.Number)
	}
	if tip, err = c.EL.SuggestGasTipCap(ctx); err != nil {
		return nil, nil, nil, c.Err("read the suggested tip", err)
	}
	feeCap = new(big.Int).Add(new(big.Int).Mul(head.BaseFee, big.NewInt(2)), tip)
	return tip, feeCap, head.BaseFee, nil
}

// SendETH sends a plain transfer of amount wei to to, signed by o (its
// nonce when set, else the account's next): an EIP-1559 transaction with
// the fees of Fees, its gas estimated by the node.
func (c *Client) SendETH(ctx context.Context, o *bind.TransactOpts, to common.Address, amount *big.Int) (*types.Transaction, error) {
	var nonce uint64
	if o.Nonce != nil {
		nonce = o.Nonce.Uint64()
	} else {
		n, err := c.EL.PendingNonceAt(ctx, o.From)
		if err != nil {
			return nil, err
		}
		nonce = n
	}
	tip, feeCap, _, err := c.Fees(ctx)
	if err != nil {
		return nil, err
	}
	gas, err := c.EL.EstimateGas(ctx, ethereum.CallMsg{From: o.From, To: &to, Value: amount})
	if err != nil {
		return nil, DecodeRevert(err)
	}
	tx, err := o.Signer(o.From, types.NewTx(&types.DynamicFeeTx{ChainID: c.ChainID, Nonce: nonce, GasTipCap: tip, GasFeeCap: feeCap,
		Gas: gas, To: &to, Value: amount}))
	if err != nil {
		return nil, err
	}
	return tx, c.EL.SendTransaction(ctx, tx)
}
