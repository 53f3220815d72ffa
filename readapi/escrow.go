package readapi

import (
	"context"
	"errors"
	"math/big"

	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/holiman/uint256"

	"github.com/stakepool/stakepool/indexer"
)

// The stakers' veto escrow and the emergency pause, as the contracts'
// views say (VetoEscrow.vetoState, supportBP, getState, getParams;
// Pool.getPausedUntil; GateSeal.getState) and the indexer remembers (who
// paused).

// escrowState is the escrow's views at one block.
type escrowState struct {
	Frozen, Vetoed                     bool
	Extension                          uint64
	SupportBP                          uint64
	Round                              uint64
	Weight                             uint256.Int
	LastRequest                        uint64
	RQRound, RQStart, RQLastID         uint64
	FirstBP, SecondBP                  uint64
	MaxExtension, RageQuitWindow       uint64
	Shares, StETH, WstETH, RequestsNFT uint256.Int
}

// pauseState is the pause's ends (timestamps) and the gate seal.
type pauseState struct {
	StakingUntil, DepositsUntil, WithdrawalsUntil uint64
	Seal                                          *sealState // nil: no gate seal
}

type sealState struct {
	Committee    common.Address
	Expiry       uint64
	PauseSeconds uint64
	Used         bool
}

// readEscrow reads the escrow's views (nil when it is not deployed).
func (s *Server) readEscrow(o *bind.CallOpts) (*escrowState, error) {
	k := s.k
	if k.escrow == nil {
		return nil, nil
	}
	es := &escrowState{}
	vs, err := k.escrow.VetoState(o)
	if err != nil {
		return nil, err
	}
	es.Frozen, es.Vetoed = vs.Frozen, vs.Vetoed
	st, err := k.escrow.GetState(o)
	if err != nil {
		return nil, err
	}
	p, err := k.escrow.GetParams(o)
	if err != nil {
		return nil, err
	}
	es.FirstBP, es.SecondBP = uint64(p.FirstSealBP), uint64(p.SecondSealBP)
	es.MaxExtension, es.RageQuitWindow = uint64(p.MaxExtensionSeconds), uint64(p.RageQuitWindowSeconds)
	errs := []error{
		u64(&es.Extension)(vs.Extension, nil),
		u64(&es.SupportBP)(k.escrow.SupportBP(o)),
		u64(&es.Round)(st.Round, nil),
		u256(&es.Weight)(st.Weight, nil),
		u64(&es.LastRequest)(st.LastRequest, nil),
		u64(&es.RQRound)(st.RageQuitRound, nil),
		u64(&es.RQStart)(st.RageQuitStart, nil),
		u64(&es.RQLastID)(st.RageQuitLastId, nil),
		u256(&es.Shares)(k.pool.SharesOf(o, k.a.VetoEscrow)),
		u256(&es.StETH)(k.pool.BalanceOf(o, k.a.VetoEscrow)),
		u256(&es.WstETH)(k.wst.BalanceOf(o, k.a.VetoEscrow)),
		u256(&es.RequestsNFT)(k.queue.BalanceOf(o, k.a.VetoEscrow)),
	}
	return es, errors.Join(errs...)
}

// readPause reads the pause's ends and the gate seal.
func (s *Server) readPause(o *bind.CallOpts) (pauseState, error) {
	k := s.k
	var ps pauseState
	pu, err := k.pool.GetPausedUntil(o)
	if err != nil {
		return ps, err
	}
	if err := errors.Join(u64(&ps.StakingUntil)(pu.Staking, nil), u64(&ps.DepositsUntil)(pu.Deposits, nil),
		u64(&ps.WithdrawalsUntil)(pu.Withdrawals, nil)); err != nil {
		return ps, err
	}
	if k.seal == nil {
		return ps, nil
	}
	g, err := k.seal.GetState(o)
	if err != nil {
		return ps, err
	}
	ps.Seal = &sealState{Committee: g.Committee, Used: g.Used}
	err = errors.Join(u64(&ps.Seal.Expiry)(g.Expiry, nil), u64(&ps.Seal.PauseSeconds)(g.PauseSeconds, nil))
	return ps, err
}

// vetoEscrowDoc is the escrow's part of GET /v1/governance.
func vetoEscrowDoc(a common.Address, es *escrowState, cs *chainState, v *indexer.View) (VetoEscrow, error) {
	zero := "0"
	out := VetoEscrow{State: "normal", RoundWeightShares: zero, RoundWeightStETH: zero, LockedShares: zero, LockedStETH: zero,
		LockedWstETH: zero, LockedRequestsStETH: zero}
	if es == nil {
		out.Note = "the stakers' veto escrow is not deployed: the committee's executed proposals take effect after the timelock"
		return out, nil
	}
	out.Deployed, out.Address = true, a.Hex()
	out.Round, out.SupportBP, out.FirstSealBP, out.SecondSealBP = es.Round, es.SupportBP, es.FirstBP, es.SecondBP
	out.MaxExtension, out.RageQuitWindow, out.TimelockExtension = es.MaxExtension, es.RageQuitWindow, es.Extension
	out.Vetoed, out.Frozen = es.Vetoed, es.Frozen
	switch {
	case es.Frozen:
		out.State = "rage_quit"
		out.Note = "a rage quit holds every proposal until its window ends and the requests it protects are finalized"
	case es.Vetoed || es.Extension > 0:
		out.State = "veto"
		out.Note = "the stakers' support passed the first seal: every proposal's timelock is longer by the extension"
	default:
		out.Note = "below the first seal: proposals wait the committee's timelock only"
	}
	tot := indexer.Totals{Pooled: cs.Pooled, Shares: cs.Shares}
	out.RoundWeightShares, out.RoundWeightStETH = dec(&es.Weight), tot.Value(&es.Weight).Dec()
	out.LockedShares, out.LockedStETH, out.LockedWstETH = dec(&es.Shares), dec(&es.StETH), dec(&es.WstETH)
	out.LockedRequests = es.RequestsNFT.Uint64()
	ids, err := v.Owned(a)
	if err != nil {
		return out, err
	}
	sum := new(uint256.Int)
	for _, id := range ids {
		r, ok, err := v.Request(id)
		if err != nil {
			return out, err
		}
		if ok {
			sum.Add(sum, &r.StETH)
		}
	}
	out.LockedRequestsStETH = sum.Dec()
	if es.RQRound != 0 {
		out.RageQuit = &RageQuit{Round: es.RQRound, Start: es.RQStart, LastRequestID: es.RQLastID, WindowEnds: es.RQStart + es.RageQuitWindow}
	}
	return out, nil
}

// pauseDoc is the pause as GET /v1/pool and /v1/governance show it: what
// is paused at the block's time, until when, who paused last.
func pauseDoc(a indexer.Addresses, ps *pauseState, now uint64, v *indexer.View) (Pause, error) {
	out := Pause{Targets: []string{}, StakingUntil: ps.StakingUntil, DepositsUntil: ps.DepositsUntil, WithdrawalsUntil: ps.WithdrawalsUntil}
	for _, t := range []struct {
		name  string
		until uint64
	}{{"staking", ps.StakingUntil}, {"deposits", ps.DepositsUntil}, {"withdrawals", ps.WithdrawalsUntil}} {
		if now < t.until { // paused while the block's time is below the end, as the pool checks
			out.Paused = true
			out.Targets = append(out.Targets, t.name)
			out.Until = max(out.Until, t.until)
		}
	}
	rec, err := v.Pause()
	if err != nil {
		return out, err
	}
	out.Pauses = rec.Pauses
	if rec.Block != 0 {
		out.LastChangeBlock, out.LastChangeTime = rec.Block, rec.Time
		out.By, out.ByRole = rec.By.Hex(), "governance"
		if rec.Sealed {
			out.ByRole = "gate_seal"
		}
		if rec.Resumed {
			out.LastChange = "resumed"
		} else {
			out.LastChange = "paused"
		}
	}
	if ps.Seal != nil {
		g := &GateSealDoc{Address: a.GateSeal.Hex(), Expiry: ps.Seal.Expiry, PauseSeconds: ps.Seal.PauseSeconds, Used: ps.Seal.Used}
		if ps.Seal.Committee != (common.Address{}) {
			g.Committee = ps.Seal.Committee.Hex()
			g.Active = !g.Used && now <= g.Expiry
		}
		out.GateSeal = g
	}
	return out, nil
}

// accountEscrow reads an account's lock at block n (nil: nothing locked,
// or no escrow); t values its shares.
func (s *Server) accountEscrow(ctx context.Context, n uint64, a common.Address, t indexer.Totals) (*AccountEscrow, error) {
	if s.k.escrow == nil {
		return nil, nil
	}
	l, err := s.k.escrow.GetLock(&bind.CallOpts{Context: ctx, BlockNumber: new(big.Int).SetUint64(n)}, a)
	if err != nil {
		return nil, err
	}
	if l.L.Round == 0 {
		return nil, nil
	}
	var sh uint256.Int
	if err := u256(&sh)(l.L.Shares, nil); err != nil {
		return nil, err
	}
	out := &AccountEscrow{Round: l.L.Round, Committed: l.Committed, Shares: sh.Dec(), StETH: t.Value(&sh).Dec(),
		WstETH: l.L.Wst.String(), RequestsShares: l.L.ReqShares.String(), Requests: []uint64{}}
	for _, id := range l.L.Requests {
		out.Requests = append(out.Requests, id.Uint64())
	}
	return out, nil
}
