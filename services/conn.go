// Package services holds the cores of the off-chain services a pool needs
// — node operator key upload, deposit guardian, depositor, oracle member,
// exit bot — each talking only standard interfaces: execution-layer
// JSON-RPC (through the contracts' bindings) and the Beacon API (through
// beacon/api). Each service is driven by Poll: one pass over the chain
// that sends at most a few transactions and never waits for them (the next
// Poll sees their receipts), so the same code runs on a timer against a
// real network or step by step beside a devnet that advances fast.
package services

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"log/slog"
	"math/big"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/rpc"

	"github.com/stakepool/stakepool/contracts/bindings"
	"github.com/stakepool/stakepool/contracts/deploy"
)

// depositSize is 32 ETH in wei.
var depositSize = new(big.Int).Mul(big.NewInt(32), big.NewInt(1e18))

// Service is one participant's duty.
type Service interface {
	// Name says which service and whose it is ("oracle-0").
	Name() string
	// Poll reads the chain once and acts on what it finds.
	Poll(ctx context.Context) error
}

// Conn is the pool's contracts on an execution node's JSON-RPC.
type Conn struct {
	RPC      *rpc.Client
	EL       *ethclient.Client
	ChainID  *big.Int
	Addr     deploy.Addresses
	Pool     *bindings.Pool
	Registry *bindings.OperatorRegistry
	Oracle   *bindings.Oracle
	Queue    *bindings.WithdrawalQueue
	Deposits *bindings.DepositContract
}

// Dial connects to the execution node at url and binds the pool's contracts.
func Dial(ctx context.Context, url string, a deploy.Addresses) (*Conn, error) {
	c, err := rpc.DialContext(ctx, url)
	if err != nil {
		return nil, fmt.Errorf("services: dial %s: %w", url, err)
	}
	return NewConn(ctx, c, a)
}

// NewConn binds the pool's contracts over c.
func NewConn(ctx context.Context, c *rpc.Client, a deploy.Addresses) (*Conn, error) {
	el := ethclient.NewClient(c)
	id, err := el.ChainID(ctx)
	if err != nil {
		return nil, fmt.Errorf("services: read the chain id: %w", err)
	}
	cn := &Conn{RPC: c, EL: el, ChainID: id, Addr: a}
	if cn.Pool, err = bindings.NewPool(a.Pool, el); err != nil {
		return nil, err
	}
	if cn.Registry, err = bindings.NewOperatorRegistry(a.Registry, el); err != nil {
		return nil, err
	}
	if cn.Oracle, err = bindings.NewOracle(a.Oracle, el); err != nil {
		return nil, err
	}
	if cn.Queue, err = bindings.NewWithdrawalQueue(a.WithdrawalQueue, el); err != nil {
		return nil, err
	}
	if cn.Deposits, err = bindings.NewDepositContract(a.DepositContract, el); err != nil {
		return nil, err
	}
	return cn, nil
}

// at reads contract views at a block (nil: the head).
func at(ctx context.Context, block *big.Int) *bind.CallOpts {
	return &bind.CallOpts{Context: ctx, BlockNumber: block}
}

// sender sends one account's transactions and tracks the one in flight:
// a service acts again only once its last transaction is mined (or gone).
type sender struct {
	c       *Conn
	key     *ecdsa.PrivateKey
	addr    common.Address
	pending *types.Transaction
	log     *slog.Logger
}

func newSender(c *Conn, key *ecdsa.PrivateKey, log *slog.Logger) *sender {
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	return &sender{c: c, key: key, addr: crypto.PubkeyToAddress(key.PublicKey), log: log}
}

// ErrBusy says the account's last transaction is not mined yet.
var ErrBusy = errors.New("services: a transaction is in flight")

// settle checks the transaction in flight: mined (its outcome logged), or
// gone from the node (dropped: forgotten), or still pending (ErrBusy).
func (s *sender) settle(ctx context.Context) error {
	if s.pending == nil {
		return nil
	}
	rc, err := s.c.EL.TransactionReceipt(ctx, s.pending.Hash())
	if err == nil {
		if rc.Status != types.ReceiptStatusSuccessful {
			s.log.Warn("transaction reverted", "tx", s.pending.Hash(), "block", rc.BlockNumber)
		}
		s.pending = nil
		return nil
	}
	if !errors.Is(err, ethereum.NotFound) {
		return fmt.Errorf("services: receipt of %s: %w", s.pending.Hash(), err)
	}
	if _, isPending, err := s.c.EL.TransactionByHash(ctx, s.pending.Hash()); errors.Is(err, ethereum.NotFound) || (err == nil && !isPending) {
		s.log.Warn("transaction dropped by the node", "tx", s.pending.Hash())
		s.pending = nil
		return nil
	}
	return ErrBusy
}

// opts are transaction options for one send: the node estimates the gas
// (a call that would revert is refused before it is sent).
func (s *sender) opts(ctx context.Context) (*bind.TransactOpts, error) {
	o, err := bind.NewKeyedTransactorWithChainID(s.key, s.c.ChainID)
	if err != nil {
		return nil, err
	}
	o.Context = ctx
	return o, nil
}

// sent records the transaction in flight.
func (s *sender) sent(tx *types.Transaction, what string) {
	s.pending = tx
	s.log.Info(what, "tx", tx.Hash(), "from", s.addr)
}
