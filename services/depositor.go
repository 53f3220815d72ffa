package services

import (
	"bytes"
	"cmp"
	"context"
	"fmt"
	"log/slog"
	"math/big"
	"slices"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/stakepool/stakepool/contracts/bindings"
	"github.com/stakepool/stakepool/contracts/poolclient"
)

// AttestationSource gives a guardian's latest attestation of a staking
// module: the guardian itself in process, or its HTTP endpoint
// (HTTPAttestations).
type AttestationSource interface {
	Attestation(ctx context.Context, module uint64) (*Attestation, error)
}

// Depositor deposits the buffer's whole 32-ETH chunks module by module of
// the router (one module's part per transaction, as the deposit security
// module attests one module) once a quorum of guardians attested the
// module's state it sees, at a fee the strategy accepts. Modules take
// turns: each poll starts after the module it last deposited to, and
// deposits to the first that is ready and whose part of the allocation is
// not empty (an eth_call of the deposit says how many it makes).
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
	last    uint64 // the module of the last deposit sent (0: none)
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
	h, err := depositHead(ctx, d.c, 0)
	if err != nil {
		return fmt.Errorf("services: depositor: %w", err)
	}
	ms, err := activeModules(ctx, d.c, h)
	if err != nil {
		return fmt.Errorf("services: depositor: %w", err)
	}
	params, err := d.c.Pool.GetParams(at(ctx, nil))
	if err != nil {
		return d.c.rpcErr("read the pool's parameters", err)
	}
	// The call's count is the whole allocation among all modules (the
	// router gives this module its part of it), within the per-block bound.
	count := min(n.Uint64(), uint64(max(params.MaxDepositsPerBlock, 1)))
	// Modules take turns: start after the last one deposited to.
	slices.SortStableFunc(ms, func(x, y poolclient.Module) int { return cmp.Compare(turn(x.ID, d.last), turn(y.ID, d.last)) })
	waiting := "no_keys"
	for _, m := range ms {
		sent, why, err := d.depositModule(ctx, h, m, count)
		if err != nil || sent {
			return err
		}
		if why != "no_keys" {
			waiting = why
		}
	}
	d.metrics.depositorWaiting.WithLabelValues("depositor", waiting).Inc()
	return nil
}

// turn orders modules after the last one deposited to: the ids above
// last ascending, then the others ascending (last itself at the end).
func turn(id, last uint64) uint64 {
	if id > last {
		return id
	}
	return id + 1<<32
}

// depositModule deposits module m's part of count deposits when its
// guardians agree, the module takes a deposit now, the part is not empty
// and the fee is right; otherwise it says why it waits (a
// stakepool_depositor_waiting_total reason).
func (d *Depositor) depositModule(ctx context.Context, h *types.Header, m poolclient.Module, count uint64) (sent bool, why string, err error) {
	st, err := readDepositState(ctx, d.c, h, m)
	if err != nil {
		return false, "", fmt.Errorf("services: depositor: module %d: %w", m.ID, err)
	}
	if availableKeys(st) == 0 {
		return false, "no_keys", nil
	}
	group := d.attested(ctx, st)
	d.metrics.depositorAttestations.WithLabelValues("depositor").Set(float64(len(group)))
	if len(group) < d.quorum {
		d.log.Info("waiting for guardians", "module", m.ID, "attestations", len(group), "quorum", d.quorum, "block", st.block)
		return false, "quorum", nil
	}
	id := new(big.Int).SetUint64(m.ID)
	if dsm := d.c.DSM; dsm != nil {
		if ok, err := dsm.CanDeposit(at(ctx, nil), id); err != nil || !ok {
			if err != nil {
				return false, "", d.c.rpcErr("read the deposit security module", err)
			}
			d.log.Info("the deposit security module takes no deposit into this module now (paused, or too soon after the last)", "module", m.ID)
			return false, "module", nil
		}
	}
	call := func(opts *bind.TransactOpts) (*types.Transaction, error) {
		if d.c.DSM == nil {
			return d.c.Pool.DepositModule(opts, new(big.Int).SetUint64(count), id)
		}
		// The module checks the signatures: the quorum's, signers ascending.
		a := group[0]
		sigs := make([]bindings.DepositSecurityModuleSignature, d.quorum)
		for i := range sigs {
			sigs[i] = compact(group[i].Signature)
		}
		return d.c.DSM.DepositBufferedEther(opts, new(big.Int).SetUint64(a.Block), a.BlockHash, a.DepositRoot, id,
			a.Nonce.Big(), new(big.Int).SetUint64(count), sigs)
	}
	// How many the call makes now (the module's part of the allocation):
	// a module at its target share makes none, and waits its turn.
	moved, err := d.simulate(ctx, call)
	if err != nil {
		d.log.Info("the deposit would not go through now", "module", m.ID, "err", err)
		return false, "module", nil
	}
	if moved == 0 {
		return false, "no_keys", nil
	}
	if d.Fees != nil {
		ok, why, err := d.Fees.Accept(ctx, d.c, moved)
		if err != nil {
			return false, "", err
		}
		if !ok {
			d.log.Info("waiting for a lower fee", "why", why, "module", m.ID, "deposits", moved)
			return false, "fee", nil
		}
	}
	_, err = d.s.send(ctx, fmt.Sprintf("module %d's deposit of up to %d validators", m.ID, moved), call)
	if err != nil {
		return false, "", fmt.Errorf("services: depositor: module %d: deposit %d validators: %w", m.ID, moved, ignoreBusy(err))
	}
	d.last = m.ID
	d.metrics.depositorDeposited.WithLabelValues("depositor").Add(float64(moved))
	return true, "", nil
}

// simulate runs the deposit call with eth_call at the head and returns
// how many deposits it makes.
func (d *Depositor) simulate(ctx context.Context, call func(*bind.TransactOpts) (*types.Transaction, error)) (uint64, error) {
	var data []byte
	var to *common.Address
	opts := &bind.TransactOpts{From: d.s.addr, Context: ctx, NoSend: true, GasLimit: 10_000_000,
		Signer: func(_ common.Address, tx *types.Transaction) (*types.Transaction, error) {
			data, to = tx.Data(), tx.To()
			return tx, nil
		}}
	if _, err := call(opts); err != nil {
		return 0, err
	}
	out, err := d.c.EL.CallContract(ctx, ethereum.CallMsg{From: d.s.addr, To: to, Data: data}, nil)
	if err != nil {
		return 0, d.c.Err("simulate the deposit", err)
	}
	if len(out) < 32 {
		return 0, fmt.Errorf("services: depositor: the deposit returned %d bytes", len(out))
	}
	return new(big.Int).SetBytes(out[:32]).Uint64(), nil
}

// availableKeys counts keys some operator of the module has for the next deposits.
func availableKeys(st *depositState) uint64 {
	var n uint64
	for _, k := range st.counts {
		if k.Active && min(k.Keys, k.Limit) > k.Deposited {
			n += min(k.Keys, k.Limit) - k.Deposited
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
		a, err := g.Attestation(ctx, st.module.ID)
		if err != nil {
			d.log.Warn("no attestation from a guardian", "err", err)
			continue
		}
		// a.Block < st.block: the module takes only a past block, and the
		// deposit's eth_estimateGas runs at the head (block.number is the
		// head's), so the head's own attestation waits a block.
		// st.block-a.Block < MaxAge: the deposit is mined a block later, at most MaxAge after.
		if a == nil || !d.allowed[a.Guardian] || seen[a.Guardian] || a.Block >= st.block || st.block-a.Block >= d.MaxAge ||
			a.Module != st.module.ID || a.DepositRoot != st.root || a.Nonce != st.nonce {
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
