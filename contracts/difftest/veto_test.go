package difftest

import (
	"context"
	"fmt"
	"math/big"
	"slices"
	"testing"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/holiman/uint256"
	"pgregory.net/rapid"

	"github.com/stakepool/stakepool/contracts/bindings"
	"github.com/stakepool/stakepool/contracts/contractstest"
	"github.com/stakepool/stakepool/protocol"
)

// The emergency committee of the differential test: it may pause for 100 s
// until far beyond any test's clock.
const (
	pauseExpiry  = contractstest.GenesisTime + 10*365*86400
	pauseSeconds = 30
)

// govCall is a proposal's call on chain.
type govCall struct {
	target common.Address
	data   []byte
}

// approveEscrow lets the escrow move every user's withdrawal NFTs (its
// lockWithdrawals needs the ERC-721 approval; the model has none to mirror).
func (w *world) approveEscrow(t contractstest.TB) {
	t.Helper()
	for i := keyUser0; i < numKeys; i++ {
		tx, err := w.wq.SetApprovalForAll(w.chain.Opts(i), w.a.VetoEscrow, true)
		w.chain.MustMine(t, tx, err)
	}
}

// drawVeto draws a step of the stakers' veto, the emergency pause or
// governance: locks of each asset, unlocks, rage-quit withdrawals, the
// committee's pause (or a stranger's attempt), and proposals of the
// actions both sides express, their approvals and executions.
func (w *world) drawVeto(rt *rapid.T) []step {
	c := w.chain
	m := w.model
	kind := rapid.IntRange(0, 11).Draw(rt, "gov-kind")
	if w.any(w.committed) && rapid.Bool().Draw(rt, "leave") {
		kind = 5 // committed holders mostly leave
	}
	if (kind == 4 && !w.any(w.signalling)) || (kind == 5 && !w.any(w.committed)) {
		kind = 0 // nobody to unlock or to leave: lock instead
	}
	switch kind {
	case 0, 1: // lock stETH
		return w.drawVetoLock(rt)
	case 2: // lock wstETH (wrapping some first, now and then)
		u := w.holder(rt, "holder", w.hasStETH)
		var pre []step
		acc := m.Account(c.Addrs[u])
		wst := acc.WstETH.ToBig()
		if bal := w.stETHOf(c.Addrs[u]); bal.Sign() > 0 && rapid.Bool().Draw(rt, "wrap-first") {
			wrap := new(big.Int).Div(bal, big.NewInt(rapid.Int64Range(1, 4).Draw(rt, "wrap-part")))
			pre = append(pre, step{desc: "wrap", sender: u, tx: tx(c.Addrs[u], protocol.Command{Kind: protocol.CmdWrap, Amount: u256(wrap)}),
				send: func(o *bind.TransactOpts) (*types.Transaction, error) { return w.wst.Wrap(o, wrap) }})
			wst.Add(wst, m.SharesByPooledEth(ptr(u256(wrap))).ToBig())
		}
		amt := amount(rt, "lock", wst)
		return append(pre, step{desc: "lockWstETH", sender: u, tx: tx(c.Addrs[u], protocol.Command{Kind: protocol.CmdLockWstETH, Amount: u256(amt)}),
			send: func(o *bind.TransactOpts) (*types.Transaction, error) { return w.escrow.LockWstETH(o, amt) }})
	case 3: // lock withdrawal requests: mostly the holder's own unfinalized ones
		u := w.holder(rt, "holder", w.hasStETH)
		reqs, fin, _, _ := m.WithdrawalQueue()
		var pre []step
		var ids []uint64
		if bal := w.stETHOf(c.Addrs[u]); bal.Cmp(big.NewInt(1000)) > 0 && rapid.IntRange(0, 3).Draw(rt, "request-first") > 0 {
			a := new(big.Int).Div(bal, big.NewInt(rapid.Int64Range(2, 5).Draw(rt, "request-part")))
			if p := m.Params(); a.Cmp(p.MaxWithdrawal.ToBig()) > 0 {
				a = p.MaxWithdrawal.ToBig()
			}
			pre = append(pre, step{desc: "requestWithdrawals", sender: u, tx: tx(c.Addrs[u], protocol.Command{Kind: protocol.CmdRequestWithdrawals, Amounts: []uint256.Int{u256(a)}}),
				send: func(o *bind.TransactOpts) (*types.Transaction, error) {
					return w.wq.RequestWithdrawals(o, []*big.Int{a}, common.Address{})
				}})
		}
		for id := uint64(1); id <= reqs; id++ {
			q, _ := m.WithdrawalRequest(id)
			own := q.Owner == c.Addrs[u] && id > fin && !q.Claimed
			if (own && rapid.IntRange(0, 2).Draw(rt, "pick") > 0) || rapid.IntRange(0, 15).Draw(rt, "pick-other") == 0 {
				ids = append(ids, id)
			}
		}
		if len(pre) > 0 {
			ids = append(ids, reqs+1)
		}
		if len(pre) == 0 && len(ids) == 0 && rapid.IntRange(0, 4).Draw(rt, "empty-ids") > 0 {
			return w.drawVetoLock(rt) // nothing of the holder's to lock: mostly lock stETH instead of an empty list
		}
		if rapid.IntRange(0, 9).Draw(rt, "bad-ids") == 0 {
			ids = append(ids, rapid.Uint64Range(0, reqs+1).Draw(rt, "bad-id"))
		}
		bids := make([]*big.Int, len(ids))
		for i, id := range ids {
			bids[i] = new(big.Int).SetUint64(id)
		}
		return append(pre, step{desc: "lockWithdrawals", sender: u, tx: tx(c.Addrs[u], protocol.Command{Kind: protocol.CmdLockWithdrawals, IDs: ids}),
			send: func(o *bind.TransactOpts) (*types.Transaction, error) { return w.escrow.LockWithdrawals(o, bids) }})
	case 4: // unlock
		u := w.holder(rt, "holder", w.signalling)
		return []step{{desc: "unlock", sender: u, tx: tx(c.Addrs[u], protocol.Command{Kind: protocol.CmdUnlock}),
			send: func(o *bind.TransactOpts) (*types.Transaction, error) { return w.escrow.Unlock(o) }}}
	case 5: // a committed holder leaves through the queue
		u := w.holder(rt, "holder", w.committed)
		l, _ := m.EscrowLockOf(c.Addrs[u])
		have := new(big.Int).Add(l.Shares.ToBig(), l.WstETH.ToBig())
		have = m.PooledEthByShares(ptr(u256(have))).ToBig()
		n := rapid.IntRange(0, 3).Draw(rt, "requests")
		var amts []*big.Int
		var mamts []uint256.Int
		for i := 0; i < n; i++ {
			part := new(big.Int).Div(have, big.NewInt(int64(n)))
			a := amount(rt, "request", part)
			if rapid.IntRange(0, 2).Draw(rt, "request-fits") > 0 && part.Cmp(big.NewInt(200)) > 0 {
				r := new(big.Int).SetUint64(rapid.Uint64().Draw(rt, "request-part"))
				a = r.Mod(r, new(big.Int).Sub(part, big.NewInt(99)))
				a.Add(a, big.NewInt(100))
			}
			amts = append(amts, a)
			mamts = append(mamts, u256(a))
		}
		return []step{{desc: "rageQuitWithdraw", sender: u, tx: tx(c.Addrs[u], protocol.Command{Kind: protocol.CmdRageQuitWithdraw, Amounts: mamts}),
			send: func(o *bind.TransactOpts) (*types.Transaction, error) {
				if amts == nil {
					amts = []*big.Int{}
				}
				return w.escrow.Withdraw(o, amts)
			}}}
	case 6: // the committee's pause, or someone else's attempt
		from := keyCommittee
		if rapid.IntRange(0, 4).Draw(rt, "stranger") == 0 {
			from = w.user(rt, "stranger")
		}
		mask := rapid.Uint64Range(0, 8).Draw(rt, "targets")
		return []step{{desc: "seal", sender: from, tx: tx(c.Addrs[from], protocol.Command{Kind: protocol.CmdEmergencyPause, Count: mask}),
			send: func(o *bind.TransactOpts) (*types.Transaction, error) {
				return w.seal.Seal(o, new(big.Int).SetUint64(mask))
			}}}
	case 7, 8: // a proposal
		return []step{w.drawVetoProposal(rt)}
	case 9: // the second member approves
		if w.model.ProposalCount() == int(w.setupProposals) && rapid.IntRange(0, 3).Draw(rt, "propose-instead") > 0 {
			return []step{w.drawVetoProposal(rt)}
		}
		id := w.proposalID(rt)
		return []step{{desc: "approve", sender: keyMember2, tx: tx(c.Addrs[keyMember2], protocol.Command{Kind: protocol.CmdApproveProposal, Proposal: protocol.ProposalID(id)}),
			send: func(o *bind.TransactOpts) (*types.Transaction, error) {
				return w.gov.Approve(o, new(big.Int).SetUint64(id))
			}}}
	default: // execution, often right when the (lengthened) timelock ends
		if w.model.ProposalCount() == int(w.setupProposals) && rapid.IntRange(0, 3).Draw(rt, "propose-instead") > 0 {
			return []step{w.drawVetoProposal(rt)}
		}
		id := w.proposalID(rt)
		var pre []step
		ready := m.ReadyAt(protocol.ProposalID(id))
		if rq, start, _, frozen := m.RageQuit(); rq != 0 && frozen && rapid.Bool().Draw(rt, "wait-window") {
			ready = max(ready, start+m.Params().RageQuitWindowSeconds) // to the rage quit window's end
		}
		if ready > m.Timestamp()+2 && rapid.Bool().Draw(rt, "wait-ready") {
			pre = append(pre, step{desc: "wait", wait: ready - m.Timestamp() - 1 - rapid.Uint64Range(0, 1).Draw(rt, "early")})
		}
		member := rapid.SampledFrom([]int{keyMember, keyMember2}).Draw(rt, "executor")
		return append(pre, step{desc: "execute", sender: member, tx: tx(c.Addrs[member], protocol.Command{Kind: protocol.CmdExecuteProposal, Proposal: protocol.ProposalID(id)}),
			send: func(o *bind.TransactOpts) (*types.Transaction, error) {
				return w.gov.Execute(o, new(big.Int).SetUint64(id))
			}})
	}
}

// drawVetoLock draws a lock of stETH, mostly by a holder.
func (w *world) drawVetoLock(rt *rapid.T) []step {
	c := w.chain
	u := w.holder(rt, "holder", w.hasStETH)
	amt := amount(rt, "lock", w.stETHOf(c.Addrs[u]))
	return []step{{desc: "lockStETH", sender: u, tx: tx(c.Addrs[u], protocol.Command{Kind: protocol.CmdLockStETH, Amount: u256(amt)}),
		send: func(o *bind.TransactOpts) (*types.Transaction, error) { return w.escrow.LockStETH(o, amt) }}}
}

// signalling: a in the escrow in the current round; committed: a's
// assets committed to a rage quit.
func (w *world) signalling(a common.Address) bool {
	l, ok := w.model.EscrowLockOf(a)
	return ok && !l.Committed
}

func (w *world) any(has func(common.Address) bool) bool {
	for i := keyUser0; i < numKeys; i++ {
		if has(w.chain.Addrs[i]) {
			return true
		}
	}
	return false
}

func (w *world) committed(a common.Address) bool {
	l, ok := w.model.EscrowLockOf(a)
	return ok && l.Committed
}

func ptr(v uint256.Int) *uint256.Int { return &v }

// proposalID is one of the sequence's proposals (the same ids on both
// sides), mostly a live one; now and then an unknown one.
func (w *world) proposalID(rt *rapid.T) uint64 {
	n := uint64(w.model.ProposalCount())
	if n == w.setupProposals || rapid.IntRange(0, 12).Draw(rt, "unknown-proposal") == 0 {
		return w.setupProposals + rapid.Uint64Range(1, n-w.setupProposals+1).Draw(rt, "any-id")
	}
	return rapid.Uint64Range(w.setupProposals+1, n).Draw(rt, "id")
}

// drawVetoProposal proposes one of the actions that both sides express.
func (w *world) drawVetoProposal(rt *rapid.T) step {
	c := w.chain
	pool, _ := bindings.PoolMetaData.GetAbi()
	seal, _ := bindings.GateSealMetaData.GetAbi()
	var act protocol.Action
	var target common.Address
	var data []byte
	pack := func(a *abi.ABI, method string, args ...any) []byte {
		b, err := a.Pack(method, args...)
		if err != nil {
			rt.Fatal(err)
		}
		return b
	}
	switch rapid.IntRange(0, 5).Draw(rt, "action") {
	case 0:
		act, target, data = protocol.Action{Kind: protocol.ActPauseStaking}, w.a.Pool, pack(pool, "pauseStaking")
	case 1:
		act, target, data = protocol.Action{Kind: protocol.ActResumeStaking}, w.a.Pool, pack(pool, "resumeStaking")
	case 2:
		mode := uint8(rapid.IntRange(1, 3).Draw(rt, "targets"))
		secs := rapid.Uint64Range(1, 200).Draw(rt, "seconds")
		act = protocol.Action{Kind: protocol.ActExtendPause, Mode: mode, Value: *uint256.NewInt(secs)}
		target, data = w.a.Pool, pack(pool, "extendPause", big.NewInt(int64(mode)), new(big.Int).SetUint64(secs))
	case 3:
		mode := uint8(rapid.IntRange(1, 3).Draw(rt, "targets"))
		act = protocol.Action{Kind: protocol.ActResumePaused, Mode: mode}
		target, data = w.a.Pool, pack(pool, "resumePaused", big.NewInt(int64(mode)))
	case 4:
		expiry := w.model.Timestamp() + rapid.Uint64Range(0, 400).Draw(rt, "expiry")
		secs := rapid.Uint64Range(1, 200).Draw(rt, "seconds")
		act = protocol.Action{Kind: protocol.ActSetPauseCommittee, Address: c.Addrs[keyCommittee], Value: *uint256.NewInt(expiry), Value2: *uint256.NewInt(secs)}
		target, data = w.a.GateSeal, pack(seal, "setCommittee", c.Addrs[keyCommittee], expiry, secs)
	default:
		max := new(big.Int).Mul(big.NewInt(rapid.Int64Range(1, 500).Draw(rt, "max-eth")), big.NewInt(1e18))
		per := new(big.Int).Div(max, big.NewInt(rapid.Int64Range(1, 1000).Draw(rt, "blocks")))
		act = protocol.Action{Kind: protocol.ActSetStakingLimit, Value: u256(max), Value2: u256(per)}
		target, data = w.a.Pool, pack(pool, "setStakingLimit", max, per)
	}
	member := rapid.SampledFrom([]int{keyMember, keyMember2}).Draw(rt, "proposer")
	if rapid.IntRange(0, 15).Draw(rt, "stranger-proposes") == 0 {
		member = w.user(rt, "stranger")
	}
	w.calls[uint64(w.model.ProposalCount())+1] = govCall{target: target, data: data}
	return step{desc: "propose " + act.Kind.String(), sender: member, tx: tx(c.Addrs[member], protocol.Command{Kind: protocol.CmdPropose, Action: act}),
		send: func(o *bind.TransactOpts) (*types.Transaction, error) { return w.gov.Propose(o, target, data) }}
}

// expectVeto renders the model's governance, veto and pause events
// as the contracts' logs; false for other events.
func (w *world) expectVeto(e *protocol.Event) ([]string, bool) {
	id := func(v uint64) *big.Int { return new(big.Int).SetUint64(v) }
	switch e.Kind {
	case protocol.EvEscrowLocked:
		return []string{ev("VetoEscrow", "Locked", e.From, id(e.Count), id(e.Index), &e.Amount, &e.Shares)}, true
	case protocol.EvEscrowUnlocked:
		return []string{ev("VetoEscrow", "Unlocked", e.From, &e.Shares)}, true
	case protocol.EvRageQuitStarted:
		w.stats["rage quit started"]++
		return []string{ev("VetoEscrow", "RageQuitStarted", id(e.Index), id(e.Count), &e.Shares)}, true
	case protocol.EvRageQuitWithdrawal:
		return []string{ev("VetoEscrow", "RageQuitWithdrawal", e.From, id(e.Count), &e.Shares)}, true
	case protocol.EvWithdrawalTransferred:
		return []string{ev("WithdrawalQueue", "Transfer", e.From, e.To, id(e.Index))}, true
	case protocol.EvEmergencyPause:
		return []string{ev("GateSeal", "Sealed", e.From, id(e.Count), id(e.Index)), ev("Pool", "PausedUntil", id(e.Count), id(e.Index))}, true
	case protocol.EvPauseExtended:
		return []string{ev("Pool", "PausedUntil", id(e.Count), id(e.Index))}, true
	case protocol.EvPauseResumed:
		return []string{ev("Pool", "PauseResumed", id(e.Count))}, true
	case protocol.EvPauseCommitteeSet:
		return []string{ev("GateSeal", "CommitteeSet", e.To, id(e.Index), id(e.Count))}, true
	case protocol.EvStakingPaused:
		return []string{ev("Pool", "StakingPaused")}, true
	case protocol.EvStakingResumed:
		return []string{ev("Pool", "StakingResumed")}, true
	case protocol.EvProposalCreated:
		call := w.calls[e.Index]
		return []string{ev("Governance", "ProposalCreated", id(e.Index), e.From, call.target, call.data)}, true
	case protocol.EvProposalApproved:
		return []string{ev("Governance", "ProposalApproved", id(e.Index), e.From, id(e.Count))}, true
	case protocol.EvProposalQueued:
		return []string{ev("Governance", "ProposalQueued", id(e.Index), id(e.Count))}, true
	case protocol.EvProposalExecuted:
		return []string{ev("Governance", "ProposalExecuted", id(e.Index), e.From)}, true
	}
	return nil, false
}

// compareVeto checks the escrow (round, weight, the last rage quit,
// what the veto means for governance, every user's lock), the pauses and
// the committee, and every proposal of the sequence.
func (w *world) compareVeto(rt *rapid.T) {
	m := w.model
	call := &bind.CallOpts{Context: context.Background()}
	var f figures
	var got []*big.Int
	u := func(v uint64) *big.Int { return new(big.Int).SetUint64(v) }
	b := func(v bool) *big.Int {
		if v {
			return big.NewInt(1)
		}
		return new(big.Int)
	}
	st, err := w.escrow.GetState(call)
	if err != nil {
		rt.Fatalf("reading the escrow: %v", err)
	}
	_, round, weight := m.Escrow()
	rq, start, last, _ := m.RageQuit()
	lastReq := m.EscrowLastRequest()
	f.u64("escrow round", round)
	f.add("escrow weight", weight.ToBig())
	f.u64("escrow last request", lastReq)
	f.u64("rage quit round", rq)
	f.u64("rage quit start", start)
	f.u64("rage quit last request", last)
	got = append(got, st.Round, st.Weight, st.LastRequest, st.RageQuitRound, st.RageQuitStart, st.RageQuitLastId)
	vs, err := w.escrow.VetoState(call)
	if err != nil {
		rt.Fatalf("reading the veto: %v", err)
	}
	frozen, vetoed, ext := m.VetoState()
	f.flag("frozen", frozen)
	f.flag("vetoed", vetoed)
	f.u64("extension", ext)
	got = append(got, b(vs.Frozen), b(vs.Vetoed), vs.Extension)
	for i := keyUser0; i < numKeys; i++ {
		a := w.chain.Addrs[i]
		cl, err := w.escrow.GetLock(call, a)
		if err != nil {
			rt.Fatalf("reading %s's lock: %v", w.name(a), err)
		}
		ml, _ := m.EscrowLockOf(a)
		l := fmt.Sprintf("%s's lock ", w.name(a))
		f.u64(l+"round", ml.Round)
		f.add(l+"shares", ml.Shares.ToBig())
		f.add(l+"wstETH", ml.WstETH.ToBig())
		f.add(l+"request shares", ml.ReqShares.ToBig())
		f.flag(l+"committed", ml.Committed)
		f.u64(l+"requests", uint64(len(ml.Requests)))
		got = append(got, u(cl.L.Round), cl.L.Shares, cl.L.Wst, cl.L.ReqShares, b(cl.Committed), u(uint64(len(cl.L.Requests))))
		for k, id := range ml.Requests {
			f.u64(fmt.Sprintf("%srequest %d", l, k), id)
			if k < len(cl.L.Requests) {
				got = append(got, cl.L.Requests[k])
			}
		}
	}
	ps, err := w.pool.GetPausedUntil(call)
	if err != nil {
		rt.Fatalf("reading the pauses: %v", err)
	}
	f.u64("staking paused until", m.PausedUntil(protocol.PauseStaking))
	f.u64("deposits paused until", m.PausedUntil(protocol.PauseDeposits))
	f.u64("withdrawals paused until", m.PausedUntil(protocol.PauseWithdrawals))
	got = append(got, ps.Staking, ps.Deposits, ps.Withdrawals)
	gs, err := w.seal.GetState(call)
	if err != nil {
		rt.Fatalf("reading the seal: %v", err)
	}
	committee, expiry, secs, used := m.PauseCommittee()
	f.addr("committee", committee)
	f.u64("committee expiry", expiry)
	f.u64("pause seconds", secs)
	f.flag("committee used", used)
	got = append(got, new(big.Int).SetBytes(gs.Committee[:]), gs.Expiry, gs.PauseSeconds, b(gs.Used))
	members, _ := m.Committee()
	for id := w.setupProposals + 1; id <= uint64(m.ProposalCount()); id++ {
		p, _ := m.Proposal(protocol.ProposalID(id))
		// The contract counts approvals by current members only (a
		// committee change drops the others), as the model's execution does.
		approvals := 0
		for _, a := range p.Approvals {
			if slices.Contains(members, a) {
				approvals++
			}
		}
		cp, err := w.gov.GetProposal(call, u(id))
		if err != nil {
			rt.Fatalf("reading proposal %d: %v", id, err)
		}
		l := fmt.Sprintf("proposal %d ", id)
		f.u64(l+"queued", p.Queued)
		f.flag(l+"executed", p.Executed)
		f.u64(l+"approvals", uint64(approvals))
		got = append(got, u(cp.P.Queued), b(cp.P.Executed), cp.ApprovalCount)
	}
	if len(got) != len(f.vals) {
		rt.Fatalf("governance: the contracts gave %d figures, the model %d", len(got), len(f.vals))
	}
	for i := range got {
		if got[i].Cmp(f.vals[i]) != 0 {
			rt.Fatalf("%s: contracts %s, model %s", f.labels[i], got[i], f.vals[i])
		}
	}
}

// script drives both sides through a fixed story, step by step, each
// compared like the random sequences' and checked to be applied or refused
// with the code expected.
type script struct {
	w  *world
	rt *rapid.T
}

func (sc *script) run(s step, want protocol.Code) {
	sc.rt.Helper()
	w := sc.w
	before := w.stats[s.desc+" applied"]
	w.apply(sc.rt, s)
	w.compare(sc.rt)
	applied := w.stats[s.desc+" applied"] > before
	if s.wait == 0 && (want == "") != applied {
		sc.rt.Fatalf("%s: applied %v, want refusal %q", s.desc, applied, want)
	}
}

func (sc *script) user(i int) int { return keyUser0 + i }

func eth(n int64) *big.Int { return new(big.Int).Mul(big.NewInt(n), big.NewInt(1e18)) }

func (sc *script) submit(i int, amt *big.Int) step {
	w, a := sc.w, sc.w.chain.Addrs[sc.user(i)]
	return step{desc: "submit", sender: sc.user(i), tx: tx(a, protocol.Command{Kind: protocol.CmdSubmit, Amount: u256(amt)}),
		send: func(o *bind.TransactOpts) (*types.Transaction, error) {
			o.Value = amt
			return w.pool.Submit(o, common.Address{})
		}}
}

func (sc *script) lock(i int, amt *big.Int) step {
	w, a := sc.w, sc.w.chain.Addrs[sc.user(i)]
	return step{desc: "lockStETH", sender: sc.user(i), tx: tx(a, protocol.Command{Kind: protocol.CmdLockStETH, Amount: u256(amt)}),
		send: func(o *bind.TransactOpts) (*types.Transaction, error) { return w.escrow.LockStETH(o, amt) }}
}

func (sc *script) unlock(i int) step {
	w, a := sc.w, sc.w.chain.Addrs[sc.user(i)]
	return step{desc: "unlock", sender: sc.user(i), tx: tx(a, protocol.Command{Kind: protocol.CmdUnlock}),
		send: func(o *bind.TransactOpts) (*types.Transaction, error) { return w.escrow.Unlock(o) }}
}

func (sc *script) withdraw(i int, amts ...*big.Int) step {
	w, a := sc.w, sc.w.chain.Addrs[sc.user(i)]
	var m []uint256.Int
	for _, x := range amts {
		m = append(m, u256(x))
	}
	if amts == nil {
		amts = []*big.Int{}
	}
	return step{desc: "rageQuitWithdraw", sender: sc.user(i), tx: tx(a, protocol.Command{Kind: protocol.CmdRageQuitWithdraw, Amounts: m}),
		send: func(o *bind.TransactOpts) (*types.Transaction, error) { return w.escrow.Withdraw(o, amts) }}
}

// propose proposes a call of the pool's method; it returns the step and
// the proposal's model id.
func (sc *script) propose(a protocol.Action, method string, args ...any) (step, uint64) {
	w := sc.w
	pool, _ := bindings.PoolMetaData.GetAbi()
	data, err := pool.Pack(method, args...)
	if err != nil {
		sc.rt.Fatal(err)
	}
	id := uint64(w.model.ProposalCount()) + 1
	w.calls[id] = govCall{target: w.a.Pool, data: data}
	return step{desc: "propose", sender: keyMember, tx: tx(w.chain.Addrs[keyMember], protocol.Command{Kind: protocol.CmdPropose, Action: a}),
		send: func(o *bind.TransactOpts) (*types.Transaction, error) { return w.gov.Propose(o, w.a.Pool, data) }}, id
}

func (sc *script) execute(id uint64) step {
	w := sc.w
	return step{desc: "execute", sender: keyMember2, tx: tx(w.chain.Addrs[keyMember2], protocol.Command{Kind: protocol.CmdExecuteProposal, Proposal: protocol.ProposalID(id)}),
		send: func(o *bind.TransactOpts) (*types.Transaction, error) {
			return w.gov.Execute(o, new(big.Int).SetUint64(id))
		}}
}

func (sc *script) seal(from int, mask uint64) step {
	w := sc.w
	return step{desc: "seal", sender: from, tx: tx(w.chain.Addrs[from], protocol.Command{Kind: protocol.CmdEmergencyPause, Count: mask}),
		send: func(o *bind.TransactOpts) (*types.Transaction, error) {
			return w.seal.Seal(o, new(big.Int).SetUint64(mask))
		}}
}

func (sc *script) request(i int, amt *big.Int) step {
	w, a := sc.w, sc.w.chain.Addrs[sc.user(i)]
	return step{desc: "requestWithdrawals", sender: sc.user(i), tx: tx(a, protocol.Command{Kind: protocol.CmdRequestWithdrawals, Amounts: []uint256.Int{u256(amt)}}),
		send: func(o *bind.TransactOpts) (*types.Transaction, error) {
			return w.wq.RequestWithdrawals(o, []*big.Int{amt}, common.Address{})
		}}
}

// waitTo makes the next block's time t.
func (sc *script) waitTo(t uint64) {
	sc.run(step{desc: "wait", wait: t - sc.w.model.Timestamp() - 1}, "")
}

// runScript runs body once on a fresh world (rapid drives it so that apply
// and compare report as in the random sequences).
func runScript(t *testing.T, body func(sc *script)) {
	w := newWorld(t)
	w.stats = map[string]int{}
	ran := false
	rapid.Check(t, func(rt *rapid.T) {
		if ran {
			return
		}
		ran = true
		if err := w.reset(t); err != nil {
			t.Fatal(err)
		}
		body(&script{w: w, rt: rt})
		t.Logf("the script ran: %v", w.stats)
	})
}

// TestDifferentialVetoScript walks both sides through the veto's whole
// story, compared after every step like the random sequences: holders lock
// each asset, the timelock lengthens, a holder leaves and the proposal
// runs, the second seal starts a rage quit, committed holders cannot take
// stETH back and leave through the queue (wstETH unwrapped, requests
// returned), the freeze outlasts the window while their requests wait, the
// committee pauses withdrawals once, governance runs nothing meanwhile.
func TestDifferentialVetoScript(t *testing.T) {
	runScript(t, func(sc *script) {
		w, c, rt := sc.w, sc.w.chain, sc.rt
		u := sc.user
		sc.run(sc.submit(0, eth(50)), "")
		sc.run(sc.submit(1, eth(30)), "")
		sc.run(sc.submit(2, eth(10)), "")
		sc.run(sc.submit(3, eth(5)), "")
		// u2 locks wstETH, u3 a withdrawal request.
		sc.run(step{desc: "wrap", sender: u(2), tx: tx(c.Addrs[u(2)], protocol.Command{Kind: protocol.CmdWrap, Amount: u256(eth(4))}),
			send: func(o *bind.TransactOpts) (*types.Transaction, error) { return w.wst.Wrap(o, eth(4)) }}, "")
		acc2 := w.model.Account(c.Addrs[u(2)])
		wst := acc2.WstETH.ToBig()
		sc.run(step{desc: "lockWstETH", sender: u(2), tx: tx(c.Addrs[u(2)], protocol.Command{Kind: protocol.CmdLockWstETH, Amount: u256(wst)}),
			send: func(o *bind.TransactOpts) (*types.Transaction, error) { return w.escrow.LockWstETH(o, wst) }}, "")
		sc.run(sc.request(3, eth(2)), "")
		sc.run(step{desc: "lockWithdrawals", sender: u(3), tx: tx(c.Addrs[u(3)], protocol.Command{Kind: protocol.CmdLockWithdrawals, IDs: []uint64{1}}),
			send: func(o *bind.TransactOpts) (*types.Transaction, error) {
				return w.escrow.LockWithdrawals(o, []*big.Int{big.NewInt(1)})
			}}, "")
		// A proposal; 10 more ETH locked lengthen its timelock.
		s, id := sc.propose(protocol.Action{Kind: protocol.ActPauseStaking}, "pauseStaking")
		sc.run(s, "")
		sc.run(sc.lock(1, eth(10)), "")
		if _, _, ext := w.model.VetoState(); ext == 0 {
			rt.Fatal("no extension with 16% in the escrow")
		}
		sc.waitTo(w.model.ReadyAt(protocol.ProposalID(id)) - 1)
		sc.run(sc.execute(id), protocol.CodeTimelock)
		// u1 leaves at the last moment; the rest still lengthens the timelock a little.
		sc.run(sc.unlock(1), "")
		sc.waitTo(w.model.ReadyAt(protocol.ProposalID(id)))
		sc.run(sc.execute(id), "")
		// u0 locks 30 ETH: the second seal, a rage quit.
		sc.run(sc.lock(0, eth(30)), "")
		if rq, _, _, frozen := w.model.RageQuit(); rq != 1 || !frozen {
			rt.Fatalf("rage quit %d, frozen %v", rq, frozen)
		}
		s, id = sc.propose(protocol.Action{Kind: protocol.ActResumeStaking}, "resumeStaking")
		sc.run(s, "")
		sc.waitTo(w.model.ReadyAt(protocol.ProposalID(id)))
		sc.run(sc.execute(id), protocol.CodeRageQuit)
		sc.run(sc.unlock(0), protocol.CodeRageQuit)
		sc.run(sc.lock(0, eth(1)), protocol.CodeRageQuit)
		sc.run(sc.lock(1, eth(1)), "") // round 2
		// The committed leave through the queue.
		sc.run(sc.withdraw(2, eth(3)), "")
		sc.run(sc.withdraw(3), "")
		sc.run(sc.withdraw(0, eth(29), eth(1)), "")
		sc.run(sc.withdraw(0, eth(1)), protocol.CodeNothingLocked)
		_, start, _, _ := w.model.RageQuit()
		sc.waitTo(start + w.model.Params().RageQuitWindowSeconds)
		sc.run(sc.execute(id), protocol.CodeRageQuit) // the requests are not finalized
		// The committee pauses withdrawals, once.
		sc.run(sc.seal(u(0), 4), protocol.CodeNotAuthorized)
		sc.run(sc.seal(keyCommittee, 4), "")
		sc.run(sc.seal(keyCommittee, 1), protocol.CodeNotAuthorized)
		sc.run(sc.request(1, eth(1)), protocol.CodePaused)
		sc.run(sc.submit(4, eth(1)), protocol.CodeStakingPaused) // the first proposal's doing
	})
}

// TestDifferentialRageQuitWindow: a rage quit with no requests to wait for
// freezes proposals exactly for its window — refused the second before
// its end, run at it — and a pause of withdrawals stops them again.
func TestDifferentialRageQuitWindow(t *testing.T) {
	runScript(t, func(sc *script) {
		w := sc.w
		sc.run(sc.submit(0, eth(40)), "")
		sc.run(sc.submit(1, eth(40)), "")
		s, id := sc.propose(protocol.Action{Kind: protocol.ActPauseStaking}, "pauseStaking")
		sc.run(s, "")
		sc.run(sc.lock(0, eth(20)), "") // 20 of 81: the second seal
		_, start, _, frozen := w.model.RageQuit()
		if !frozen {
			sc.rt.Fatal("no rage quit")
		}
		end := max(start+w.model.Params().RageQuitWindowSeconds, w.model.ReadyAt(protocol.ProposalID(id)))
		sc.waitTo(end - 1)
		sc.run(sc.execute(id), protocol.CodeRageQuit)
		sc.run(sc.execute(id), "") // the next block: the window has ended
		s, id = sc.propose(protocol.Action{Kind: protocol.ActResumeStaking}, "resumeStaking")
		sc.run(s, "")
		sc.run(sc.seal(keyCommittee, 5), "")
		sc.waitTo(w.model.ReadyAt(protocol.ProposalID(id)))
		sc.run(sc.execute(id), protocol.CodePaused)
		sc.waitTo(w.model.PausedUntil(protocol.PauseWithdrawals))
		sc.run(sc.execute(id), "")
	})
}
