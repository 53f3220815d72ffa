package services

import (
	"bytes"
	"context"
	"fmt"
	"log/slog"
	"math/big"
	"slices"

	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/stakepool/stakepool/contracts/bindings"
)

// AttestationSource gives a guardian's latest attestation: the guardian
// itself in process, or its HTTP endpoint (HTTPAttestations).
type AttestationSource interface {
	Attestation(ctx context.Context) (*Attestation, error)
}

// Depositor deposits the buffer's whole 32-ETH chunks once a quorum of
// guardians attested the state it sees, at a fee the strategy accepts.
type Depositor struct {
	c         *Conn
	s         *sender
	guardians []AttestationSource
	allowed   map[common.Address]bool
	quorum    int
	// MaxAge is how many blocks old an attestation may be.
	MaxAge uint64
	// Fees decides whether the fee is right for a deposit now.
	Fees    FeeStrategy
	metrics *Metrics
	log     *slog.Logger
}

// NewDepositor deposits with signer (the pool's depositor) given quorum
// attestations from guardians whose addresses are allowed.
func NewDepositor(c *Conn, signer TxSigner, guardians []AttestationSource, allowed []common.Address, quorum int, store *Store, m *Metrics, log *slog.Logger) (*Depositor, error) {
	if c == nil || signer == nil || quorum <= 0 || quorum > len(allowed) {
		return nil, fmt.Errorf("services: depositor: a connection, a signer and a quorum of 1..%d guardians are required", len(allowed))
	}
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	d := &Depositor{c: c, guardians: guardians, allowed: map[common.Address]bool{}, quorum: quorum, MaxAge: 64,
		metrics: m.or(), log: log.With("service", "depositor")}
	s, err := newSender("depositor", c, signer, store, m, d.log)
	if err != nil {
		return nil, err
	}
	d.s = s
	for _, a := range allowed {
		d.allowed[a] = true
	}
	return d, nil
}

// Name implements Service.
func (d *Depositor) Name() string { return "depositor" }

// SetMaxFee caps the fee per gas of the depositor's transactions (wei).
func (d *Depositor) SetMaxFee(wei *big.Int) { d.s.maxFee = wei }

// Poll deposits when the buffer holds a chunk and the guardians agree.
func (d *Depositor) Poll(ctx context.Context) error {
	if err := d.s.settle(ctx); err != nil {
		return ignoreBusy(err)
	}
	depositable, err := d.c.Pool.GetDepositableEther(at(ctx, nil))
	if err != nil {
		return d.c.rpcErr("read the buffer", err)
	}
	n := new(big.Int).Div(depositable, depositSize)
	if n.Sign() == 0 {
		return nil
	}
	st, err := readDepositState(ctx, d.c, 0)
	if err != nil {
		return fmt.Errorf("services: depositor: %w", err)
	}
	keys := d.availableKeys(st)
	if keys == 0 {
		d.metrics.depositorWaiting.WithLabelValues("depositor", "no_keys").Inc()
		return nil
	}
	params, err := d.c.Pool.GetParams(at(ctx, nil))
	if err != nil {
		return d.c.rpcErr("read the pool's parameters", err)
	}
	count := min(n.Uint64(), keys, uint64(max(params.MaxDepositsPerBlock, 1)))
	group := d.attested(ctx, st)
	d.metrics.depositorAttestations.WithLabelValues("depositor").Set(float64(len(group)))
	if len(group) < d.quorum {
		d.metrics.depositorWaiting.WithLabelValues("depositor", "quorum").Inc()
		d.log.Info("waiting for guardians", "attestations", len(group), "quorum", d.quorum, "block", st.block)
		return nil
	}
	if dsm := d.c.DSM; dsm != nil {
		if ok, err := dsm.CanDeposit(at(ctx, nil), big.NewInt(curatedModule)); err != nil || !ok {
			if err != nil {
				return d.c.rpcErr("read the deposit security module", err)
			}
			d.metrics.depositorWaiting.WithLabelValues("depositor", "module").Inc()
			d.log.Info("the deposit security module takes no deposit now (paused, or too soon after the last)")
			return nil
		}
	}
	if d.Fees != nil {
		ok, why, err := d.Fees.Accept(ctx, d.c, count)
		if err != nil {
			return err
		}
		if !ok {
			d.metrics.depositorWaiting.WithLabelValues("depositor", "fee").Inc()
			d.log.Info("waiting for a lower fee", "why", why, "deposits", count)
			return nil
		}
	}
	_, err = d.s.send(ctx, fmt.Sprintf("deposit of up to %d validators", count), func(opts *bind.TransactOpts) (*types.Transaction, error) {
		if d.c.DSM == nil {
			return d.c.Pool.Deposit(opts, new(big.Int).SetUint64(count))
		}
		// The module checks the signatures: the quorum's, signers ascending.
		a := group[0]
		sigs := make([]bindings.DepositSecurityModuleSignature, d.quorum)
		for i := range sigs {
			sigs[i] = compact(group[i].Signature)
		}
		return d.c.DSM.DepositBufferedEther(opts, new(big.Int).SetUint64(a.Block), a.BlockHash, a.DepositRoot, big.NewInt(curatedModule),
			a.Nonce.Big(), new(big.Int).SetUint64(count), sigs)
	})
	if err != nil {
		return fmt.Errorf("services: depositor: deposit %d validators: %w", count, ignoreBusy(err))
	}
	d.metrics.depositorDeposited.WithLabelValues("depositor").Add(float64(count))
	return nil
}

// availableKeys counts keys some operator has for the next deposits.
func (d *Depositor) availableKeys(st *depositState) uint64 {
	var n uint64
	for _, k := range st.counts {
		if k.active && min(k.keys, k.limit) > k.deposited {
			n += min(k.keys, k.limit) - k.deposited
		}
	}
	return n
}

// attested is the largest set of allowed guardians' attestations of one
// block (the most recent on ties) that sign the deposit root and nonce the
// depositor sees now, of a block on its chain at most MaxAge old, sorted by
// guardian (the order the module wants).
func (d *Depositor) attested(ctx context.Context, st *depositState) []*Attestation {
	seen := map[common.Address]bool{}
	byBlock := map[uint64][]*Attestation{} // looked up, and its keys sorted below
	verifier := attestVerifier(d.c)
	for _, g := range d.guardians {
		a, err := g.Attestation(ctx)
		if err != nil {
			d.log.Warn("no attestation from a guardian", "err", err)
			continue
		}
		// a.Block < st.block: the module takes only a past block, and the
		// deposit's eth_estimateGas runs at the head (block.number is the
		// head's), so the head's own attestation waits a block.
		// st.block-a.Block < MaxAge: the deposit is mined a block later, at most MaxAge after.
		if a == nil || !d.allowed[a.Guardian] || seen[a.Guardian] || a.Block >= st.block || st.block-a.Block >= d.MaxAge ||
			a.DepositRoot != st.root || a.Nonce != st.nonce {
			continue
		}
		if a.signer(d.c.ChainID, verifier) != a.Guardian {
			d.log.Warn("an attestation with a bad signature", "guardian", a.Guardian)
			continue
		}
		h, err := d.c.EL.HeaderByNumber(ctx, new(big.Int).SetUint64(a.Block))
		if err != nil || h.Hash() != a.BlockHash {
			continue // a block not on the depositor's chain
		}
		seen[a.Guardian] = true
		byBlock[a.Block] = append(byBlock[a.Block], a)
	}
	blocks := make([]uint64, 0, len(byBlock))
	for b := range byBlock {
		blocks = append(blocks, b)
	}
	slices.Sort(blocks)
	var best []*Attestation
	for _, b := range blocks {
		if len(byBlock[b]) >= len(best) {
			best = byBlock[b]
		}
	}
	slices.SortFunc(best, func(x, y *Attestation) int { return bytes.Compare(x.Guardian[:], y.Guardian[:]) })
	return best
}

// FeeStrategy decides when a deposit is worth its fee.
type FeeStrategy interface {
	Accept(ctx context.Context, c *Conn, deposits uint64) (ok bool, why string, err error)
}

// PercentileFees is Lido's depositor's gas strategy: deposit when the base
// fee is at most the Percentile-th percentile of the base fees of the
// last Blocks blocks, or whatever the fee when Urgent deposits or more are
// waiting; never above Max (wei; nil: no cap).
type PercentileFees struct {
	Blocks     uint64
	Percentile float64
	Urgent     uint64
	Max        *big.Int
}

// Accept implements FeeStrategy.
func (p PercentileFees) Accept(ctx context.Context, c *Conn, deposits uint64) (bool, string, error) {
	head, err := c.EL.HeaderByNumber(ctx, nil)
	if err != nil {
		return false, "", c.rpcErr("read the head", err)
	}
	base := head.BaseFee
	if base == nil {
		return true, "", nil
	}
	if p.Max != nil && base.Cmp(p.Max) > 0 {
		return false, fmt.Sprintf("base fee %s wei above the cap %s wei", base, p.Max), nil
	}
	if p.Urgent > 0 && deposits >= p.Urgent {
		return true, "", nil
	}
	blocks := max(min(p.Blocks, 1024), 1)
	hist, err := c.EL.FeeHistory(ctx, blocks, nil, nil)
	if err != nil {
		return false, "", c.rpcErr("read the fee history", err)
	}
	fees := make([]*big.Int, 0, len(hist.BaseFee))
	for _, f := range hist.BaseFee {
		if f != nil {
			fees = append(fees, f)
		}
	}
	if len(fees) == 0 {
		return true, "", nil
	}
	slicesSortBig(fees)
	k := int(p.Percentile / 100 * float64(len(fees)-1))
	limit := fees[min(max(k, 0), len(fees)-1)]
	if base.Cmp(limit) > 0 {
		return false, fmt.Sprintf("base fee %s wei above the %gth percentile of the last %d blocks (%s wei)", base, p.Percentile, blocks, limit), nil
	}
	return true, "", nil
}

func slicesSortBig(xs []*big.Int) { slices.SortFunc(xs, func(a, b *big.Int) int { return a.Cmp(b) }) }
