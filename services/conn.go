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
	"errors"
	"fmt"
	"log/slog"
	"math/big"
	"strings"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/stakepool/stakepool/contracts/deploy"
	"github.com/stakepool/stakepool/contracts/poolclient"
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

// Conn is the pool's contracts on an execution node's JSON-RPC, as
// poolclient binds them for every user of the pool.
type Conn struct {
	*poolclient.Client
}

// Dial connects to the execution node at url and binds the pool's
// contracts; it fails with a *poolclient.NoPoolError when no contract is
// deployed at the pool's address.
func Dial(ctx context.Context, url string, a deploy.Addresses) (*Conn, error) {
	c, err := poolclient.Dial(ctx, url, a)
	if err != nil {
		return nil, fmt.Errorf("services: %w", err)
	}
	return &Conn{c}, nil
}

// at reads contract views at a block (nil: the head).
func at(ctx context.Context, block *big.Int) *bind.CallOpts {
	return &bind.CallOpts{Context: ctx, BlockNumber: block}
}

// rpcErr names the execution node and the action in a failure.
func (c *Conn) rpcErr(action string, err error) error { return c.Err(action, err) }

// sender sends one account's transactions and tracks the one in flight:
// a service acts again only once its last transaction is mined (or gone).
// The transaction is signed, recorded in the store, then broadcast, so a
// restart (even after kill -9) finds it and waits for it instead of
// sending the action again.
type sender struct {
	name    string
	c       *Conn
	signer  TxSigner
	addr    common.Address
	store   *Store
	metrics *Metrics
	// maxFee caps the fee per gas (nil: no cap): above it the service waits.
	maxFee  *big.Int
	pending *pendingTx
	log     *slog.Logger
	// superseded, when set, says whether a reverted transaction lost a
	// race it was allowed to lose (another oracle member submitted the
	// same agreed report first): counted and logged apart from reverts.
	superseded func(ctx context.Context, what string, block *big.Int) bool
}

// pendingTx is the record of the transaction in flight.
type pendingTx struct {
	Hash common.Hash `json:"hash"`
	What string      `json:"what"`
}

func newSender(name string, c *Conn, signer TxSigner, store *Store, m *Metrics, log *slog.Logger) (*sender, error) {
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	if store == nil {
		store, _ = OpenStore("")
	}
	s := &sender{name: name, c: c, signer: signer, addr: signer.Address(), store: store, metrics: m.or(), log: log}
	var p pendingTx
	found, err := store.Load("pending-tx", &p)
	if err != nil {
		return nil, err
	}
	if found && p.Hash != (common.Hash{}) {
		s.pending = &p
	}
	return s, nil
}

// ErrBusy says the account's last transaction is not mined yet.
var ErrBusy = errors.New("services: a transaction is in flight")

// ErrFeeAboveCap says the network's fee is above the service's cap.
var ErrFeeAboveCap = errors.New("services: the base fee is above the configured cap")

// settle checks the transaction in flight: mined (its outcome logged), or
// gone from the node (dropped: forgotten), or still pending (ErrBusy).
func (s *sender) settle(ctx context.Context) error {
	if s.pending == nil {
		return nil
	}
	h := s.pending.Hash
	rc, err := s.c.EL.TransactionReceipt(ctx, h)
	if err == nil {
		switch {
		case rc.Status == types.ReceiptStatusSuccessful:
		case s.superseded != nil && s.superseded(ctx, s.pending.What, rc.BlockNumber):
			s.metrics.txSuperseded.WithLabelValues(s.name).Inc()
			s.log.Info("transaction reverted: another member did it first", "tx", h, "what", s.pending.What, "block", rc.BlockNumber)
		default:
			s.metrics.txReverted.WithLabelValues(s.name).Inc()
			s.log.Warn("transaction reverted", "tx", h, "what", s.pending.What, "block", rc.BlockNumber)
		}
		return s.clear()
	}
	if !errors.Is(err, ethereum.NotFound) {
		return s.c.rpcErr(fmt.Sprintf("read the receipt of %s", h), err)
	}
	if _, isPending, err := s.c.EL.TransactionByHash(ctx, h); errors.Is(err, ethereum.NotFound) || (err == nil && !isPending) {
		s.log.Warn("transaction dropped by the node", "tx", h, "what", s.pending.What)
		return s.clear()
	}
	return ErrBusy
}

func (s *sender) clear() error {
	if err := s.store.Save("pending-tx", pendingTx{}); err != nil {
		return err
	}
	s.pending = nil
	return nil
}

// opts are transaction options for one send: signed by the signer, not
// broadcast (send does that once the transaction is recorded); the node
// estimates the gas (a call that would revert is refused before it is
// signed); the fee cap is the network's suggestion within maxFee.
func (s *sender) opts(ctx context.Context) (*bind.TransactOpts, error) {
	o := &bind.TransactOpts{From: s.addr, Context: ctx, NoSend: true,
		Signer: func(a common.Address, tx *types.Transaction) (*types.Transaction, error) {
			if a != s.addr {
				return nil, fmt.Errorf("services: %s: asked to sign for %s", s.name, a)
			}
			return s.signer.SignTx(ctx, tx, s.c.ChainID)
		}}
	if s.maxFee != nil {
		tip, feeCap, baseFee, err := s.c.Fees(ctx)
		if err != nil {
			return nil, err
		}
		if baseFee.Cmp(s.maxFee) > 0 {
			return nil, fmt.Errorf("%w: %s wei > %s wei", ErrFeeAboveCap, baseFee, s.maxFee)
		}
		if feeCap.Cmp(s.maxFee) > 0 {
			feeCap.Set(s.maxFee)
		}
		if tip.Cmp(feeCap) > 0 {
			tip.Set(feeCap)
		}
		o.GasTipCap, o.GasFeeCap = tip, feeCap
	}
	return o, nil
}

// send signs one transaction with make (given opts), records it as in
// flight, then broadcasts it.
func (s *sender) send(ctx context.Context, what string, make func(*bind.TransactOpts) (*types.Transaction, error)) (*types.Transaction, error) {
	o, err := s.opts(ctx)
	if err != nil {
		return nil, err
	}
	tx, err := make(o)
	if err != nil {
		return nil, err
	}
	p := &pendingTx{Hash: tx.Hash(), What: what}
	if err := s.store.Save("pending-tx", p); err != nil {
		return nil, err
	}
	s.pending = p
	if err := s.c.EL.SendTransaction(ctx, tx); err != nil {
		// not sent (or sent and the answer lost): settle finds out
		return nil, s.c.rpcErr("send the transaction "+what, err)
	}
	s.metrics.txSent.WithLabelValues(s.name, actionOf(what)).Inc()
	s.log.Info(what, "tx", tx.Hash(), "from", s.addr, "nonce", tx.Nonce())
	return tx, nil
}

// actionOf is a transaction's description's first word, the metrics' label.
func actionOf(what string) string {
	if i := strings.IndexByte(what, ' '); i > 0 {
		return what[:i]
	}
	return what
}
