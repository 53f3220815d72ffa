package devnet

import (
	"context"
	"crypto/ecdsa"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"
)

// Builder models the block builders of MEV-Boost: the block of a slot
// carries one transaction from the builder paying the proposer's fee
// recipient the slot's MEV, an amount the consensus layer draws from its
// seeded behaviour. The payment is an ordinary transaction sent through
// JSON-RPC, so the execution layer includes it like any other.
type Builder struct {
	key    *ecdsa.PrivateKey
	addr   common.Address
	signer types.Signer
	el     *ethclient.Client

	// the payment sent and not yet seen in a block (its nonce is reused,
	// with a higher fee, until one is included: a payment meant for one
	// proposer never lands in another's block)
	pending *types.Transaction
	// next is the account's nonce after the payments included so far
	// (known: read from the chain once, then followed, so that a slot
	// costs no nonce query; a refused nonce has it read again)
	next  uint64
	known bool
}

// builderGas covers a payment to a contract whose receive function logs.
const builderGas = 100_000

// builderTip is the payment's priority fee per gas.
var builderTip = big.NewInt(1_000_000_000)

// NewBuilder returns a builder paying from key's account through el.
func NewBuilder(key *ecdsa.PrivateKey, chainID uint64, el *ethclient.Client) (*Builder, error) {
	if key == nil || el == nil {
		return nil, fmt.Errorf("devnet: a builder needs a key and an execution client")
	}
	return &Builder{key: key, addr: crypto.PubkeyToAddress(key.PublicKey),
		signer: types.LatestSignerForChainID(new(big.Int).SetUint64(chainID)), el: el}, nil
}

// Address is the builder's account.
func (b *Builder) Address() common.Address { return b.addr }

// Pay sends the payment of gwei to to for the block built on the block
// parent (whose base fee bounds the next one).
func (b *Builder) Pay(ctx context.Context, to common.Address, gwei uint64, parent uint64, parentBaseFee *big.Int) (*types.Transaction, error) {
	tx, err := b.pay(ctx, to, gwei, parent, parentBaseFee)
	if err != nil && b.known {
		// the account's nonce moved without the builder (the devnet's keys
		// are public: anyone may send from it): read it again, once
		b.known = false
		tx, err = b.pay(ctx, to, gwei, parent, parentBaseFee)
	}
	return tx, err
}

func (b *Builder) pay(ctx context.Context, to common.Address, gwei uint64, parent uint64, parentBaseFee *big.Int) (*types.Transaction, error) {
	if !b.known {
		n, err := b.el.NonceAt(ctx, b.addr, new(big.Int).SetUint64(parent))
		if err != nil {
			return nil, fmt.Errorf("devnet: builder nonce: %w", err)
		}
		b.next, b.known = n, true
	}
	nonce := b.next
	tip := new(big.Int).Set(builderTip)
	feeCap := new(big.Int).Add(new(big.Int).Mul(parentBaseFee, big.NewInt(2)), tip)
	if p := b.pending; p != nil && p.Nonce() == nonce {
		// replace the payment not included: at least 10% more, as the pool asks
		tip = bump(p.GasTipCap())
		feeCap = bump(bigMax(feeCap, p.GasFeeCap()))
		tip = bigMin(tip, feeCap)
	}
	tx, err := types.SignNewTx(b.key, b.signer, &types.DynamicFeeTx{Nonce: nonce, GasTipCap: tip, GasFeeCap: feeCap,
		Gas: builderGas, To: &to, Value: new(big.Int).Mul(new(big.Int).SetUint64(gwei), big.NewInt(1e9))})
	if err != nil {
		return nil, fmt.Errorf("devnet: sign the builder payment: %w", err)
	}
	if err := b.el.SendTransaction(ctx, tx); err != nil {
		return nil, fmt.Errorf("devnet: send the builder payment: %w", err)
	}
	b.pending = tx
	return tx, nil
}

// Included tells the builder its payment made it into a block.
func (b *Builder) Included(tx *types.Transaction) {
	if b.pending != nil && b.pending.Hash() == tx.Hash() {
		b.pending = nil
		b.next = tx.Nonce() + 1
	}
}

func bump(x *big.Int) *big.Int {
	y := new(big.Int).Mul(x, big.NewInt(9))
	y.Quo(y, big.NewInt(8))
	return y.Add(y, big.NewInt(1))
}

func bigMax(a, b *big.Int) *big.Int {
	if a.Cmp(b) >= 0 {
		return a
	}
	return b
}

func bigMin(a, b *big.Int) *big.Int {
	if a.Cmp(b) <= 0 {
		return a
	}
	return b
}
