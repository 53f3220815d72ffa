package protocol_test

import (
	"math/big"
	"testing"

	"github.com/holiman/uint256"
	"pgregory.net/rapid"

	"github.com/stakepool/stakepool/protocol"
	pt "github.com/stakepool/stakepool/protocol/protocoltest"
)

// vetoHolders are the accounts that stake, lock and leave in the property.
var vetoHolders = []protocol.Address{bob, carol, dave, erin}

// vetoWatch follows what the veto promises, from the events.
type vetoWatch struct {
	// protected is the highest request id that must be finalized before
	// any proposal runs: the requests locked when a rage quit started and
	// those its holders made through the escrow within its window.
	protected uint64
	rqStart   uint64
	rqActive  bool
}

func (v *vetoWatch) see(h *harness, evs []protocol.Event) {
	for _, e := range evs {
		switch e.Kind {
		case protocol.EvRageQuitStarted:
			v.protected = max(v.protected, e.Count)
			v.rqStart, v.rqActive = h.s.Timestamp(), true
		case protocol.EvWithdrawalRequested:
			if e.From == pt.Escrow && v.rqActive && h.s.Timestamp() < v.rqStart+h.s.Params().RageQuitWindowSeconds {
				v.protected = max(v.protected, e.Index)
			}
		}
	}
}

// wantExtension is the veto's extension computed apart, in big integers.
func wantExtension(s *protocol.State) (ext uint64, vetoed bool) {
	_, _, w := s.Escrow()
	if w.IsZero() {
		return 0, false
	}
	p := s.Params()
	W := new(big.Int).Mul(w.ToBig(), big.NewInt(protocol.BP))
	S := s.TotalShares().ToBig()
	first := new(big.Int).Mul(S, new(big.Int).SetUint64(p.VetoFirstSealBP))
	second := new(big.Int).Mul(S, new(big.Int).SetUint64(p.VetoSecondSealBP))
	switch {
	case W.Cmp(second) >= 0:
		return p.VetoMaxExtensionSeconds, true
	case W.Cmp(first) < 0:
		return 0, false
	}
	num := new(big.Int).Mul(new(big.Int).Sub(W, first), new(big.Int).SetUint64(p.VetoMaxExtensionSeconds))
	den := new(big.Int).Sub(second, first)
	q, r := new(big.Int).QuoRem(num, den, new(big.Int))
	if r.Sign() != 0 {
		q.Add(q, big.NewInt(1))
	}
	return q.Uint64(), false
}

// TestVetoHoldersCanLeave (issue 16, item 6): random stakes, wraps,
// requests, locks of every asset, unlocks, rage-quit withdrawals,
// proposals, approvals, executions, time and finalizing reports, and the
// committee's pause. Whenever a proposal runs: every holder of the current
// round can leave the escrow at once; every request a rage quit protects
// is finalized; no rage quit freezes proposals; the escrow is below the
// second seal; withdrawals are not paused; and the timelock, lengthened by
// the veto computed apart, has passed. After every step the escrow's books
// add up: its shares and wstETH are the holders', the round's weight is
// the sum of its holders' weights, the locked requests are the escrow's.
func TestVetoHoldersCanLeave(t *testing.T) {
	outcomes := map[string]int{}
	rapid.Check(t, func(rt *rapid.T) {
		h := vetoPool(rt)
		// Small seals so that random locks cross them: 0.5% and 3% of
		// ≈10,000 ETH; up to a day more timelock; a 2-day window.
		for _, a := range []protocol.Action{
			{Kind: protocol.ActSetParameter, Param: protocol.ParamVetoFirstSealBP, Value: wei(50)},
			{Kind: protocol.ActSetParameter, Param: protocol.ParamVetoSecondSealBP, Value: wei(300)},
			{Kind: protocol.ActSetParameter, Param: protocol.ParamVetoMaxExtensionSeconds, Value: wei(86400)},
			{Kind: protocol.ActSetParameter, Param: protocol.ParamRageQuitWindowSeconds, Value: wei(2 * 86400)},
			{Kind: protocol.ActSetParameter, Param: protocol.ParamTimelockSeconds, Value: wei(3600)},
		} {
			h.gov(a)
		}
		for _, a := range vetoHolders {
			h.do(alice, protocol.Command{Kind: protocol.CmdTransfer, To: a, Amount: eth(200)})
		}
		var w vetoWatch
		firstOwn := h.s.ProposalCount() + 1
		holder := func() protocol.Address { return rapid.SampledFrom(vetoHolders).Draw(rt, "holder") }
		part := func(v uint256.Int) uint256.Int {
			if v.IsZero() || rapid.IntRange(0, 9).Draw(rt, "all") == 0 {
				return v
			}
			r := new(uint256.Int).SetUint64(rapid.Uint64().Draw(rt, "part"))
			return *r.Mod(r, &v)
		}
		n := rapid.IntRange(10, 120).Draw(rt, "steps")
		for i := 0; i < n; i++ {
			var from protocol.Address
			var c protocol.Command
			switch rapid.IntRange(0, 15).Draw(rt, "kind") {
			case 0:
				from = holder()
				c = protocol.Command{Kind: protocol.CmdLockStETH, Amount: part(*h.s.BalanceOf(from))}
			case 1:
				from = holder()
				acc := h.s.Account(from)
				c = protocol.Command{Kind: protocol.CmdLockWstETH, Amount: part(acc.WstETH)}
			case 2:
				from = holder()
				var ids []uint64
				reqs, fin, _, _ := h.s.WithdrawalQueue()
				for id := fin + 1; id <= reqs; id++ {
					if q, _ := h.s.WithdrawalRequest(id); q.Owner == from && rapid.Bool().Draw(rt, "pick") {
						ids = append(ids, id)
					}
				}
				c = protocol.Command{Kind: protocol.CmdLockWithdrawals, IDs: ids}
			case 3, 4:
				from = holder()
				c = protocol.Command{Kind: protocol.CmdUnlock}
			case 5:
				from = holder()
				l, _ := h.s.EscrowLockOf(from)
				var have uint256.Int
				have.Add(&l.Shares, &l.WstETH)
				var amounts []uint256.Int
				for k := rapid.IntRange(0, 2).Draw(rt, "requests"); k > 0; k-- {
					a := part(have)
					have.Sub(&have, &a)
					amounts = append(amounts, a)
				}
				c = protocol.Command{Kind: protocol.CmdRageQuitWithdraw, Amounts: amounts}
			case 6:
				from = holder()
				c = protocol.Command{Kind: protocol.CmdWrap, Amount: part(*h.s.BalanceOf(from))}
			case 7:
				from = holder()
				c = protocol.Command{Kind: protocol.CmdRequestWithdrawals, Amounts: []uint256.Int{part(*h.s.BalanceOf(from))}}
			case 8, 9:
				kind := rapid.SampledFrom([]protocol.ActionKind{protocol.ActPauseStaking, protocol.ActResumeStaking}).Draw(rt, "action")
				h.propose(protocol.Action{Kind: kind})
				continue
			case 10, 11:
				var open []protocol.ProposalID
				for id := firstOwn; id <= h.s.ProposalCount(); id++ {
					if p, _ := h.s.Proposal(protocol.ProposalID(id)); !p.Executed {
						open = append(open, p.ID)
					}
				}
				if len(open) == 0 {
					continue
				}
				from = pt.Members[2]
				c = protocol.Command{Kind: protocol.CmdExecuteProposal, Proposal: rapid.SampledFrom(open).Draw(rt, "id")}
			case 12, 15:
				h.wait(rapid.SampledFrom([]uint64{1, 600, 3600, 7200, 43200, 86400, 2 * 86400, 3 * 86400}).Draw(rt, "seconds"))
				continue
			case 13:
				if rapid.IntRange(0, 15).Draw(rt, "pause") == 0 {
					from = pt.PauseCommittee
					c = protocol.Command{Kind: protocol.CmdEmergencyPause, Count: uint64(protocol.PauseWithdrawals)}
					break
				}
				w.see(h, h.mustReportFinalizing(protocol.OracleReport{}))
				continue
			default:
				from = alice
				c = protocol.Command{Kind: protocol.CmdTransfer, To: holder(), Amount: eth(rapid.Uint64Range(1, 300).Draw(rt, "eth"))}
			}
			// What an execution must find, computed before it.
			ext, vetoed := wantExtension(h.s)
			var canLeave []protocol.Address
			for _, a := range h.s.EscrowHolders() {
				if l, _ := h.s.EscrowLockOf(a); !l.Committed {
					canLeave = append(canLeave, a)
				}
			}
			var queued uint64
			if c.Kind == protocol.CmdExecuteProposal {
				p, _ := h.s.Proposal(c.Proposal)
				queued = p.Queued
				for _, a := range canLeave {
					snap, err := h.s.MarshalBinary()
					if err != nil {
						rt.Fatal(err)
					}
					cp, err := protocol.UnmarshalState(snap)
					if err != nil {
						rt.Fatal(err)
					}
					if _, err := cp.ApplyNext(a, protocol.Command{Kind: protocol.CmdUnlock}); err != nil {
						rt.Fatalf("holder %s cannot leave the escrow before proposal %d runs: %v", a, c.Proposal, err)
					}
				}
			}
			evs, err := h.try(from, c)
			if err == nil {
				w.see(h, evs)
			}
			if c.Kind == protocol.CmdExecuteProposal {
				outcomes["execute "+string(protocol.CodeOf(err))]++
			}
			for _, e := range evs {
				if e.Kind == protocol.EvRageQuitStarted {
					outcomes["rage quit"]++
				}
			}
			if c.Kind == protocol.CmdExecuteProposal && err == nil {
				if w.protected > 0 {
					outcomes["execute after a rage quit"]++
				}
				if ext > 0 {
					outcomes["execute with a lengthened timelock"]++
				}
				_, fin, _, _ := h.s.WithdrawalQueue()
				_, _, _, frozen := h.s.RageQuit()
				switch {
				case fin < w.protected:
					rt.Fatalf("proposal %d ran with request %d protected by a rage quit not finalized (finalized: %d)", c.Proposal, w.protected, fin)
				case frozen:
					rt.Fatalf("proposal %d ran during a rage quit's freeze", c.Proposal)
				case vetoed:
					rt.Fatalf("proposal %d ran with the escrow at the second seal", c.Proposal)
				case h.s.Paused(protocol.PauseWithdrawals):
					rt.Fatalf("proposal %d ran while withdrawals were paused", c.Proposal)
				case h.s.Timestamp() < queued+h.s.Params().TimelockSeconds+ext:
					rt.Fatalf("proposal %d ran at %d, before %d + timelock + the veto's %d s", c.Proposal, h.s.Timestamp(), queued, ext)
				}
			}
			checkEscrowBooks(rt, h.s)
		}
	})
	t.Logf("outcomes: %v", outcomes)
}

// checkEscrowBooks: the escrow holds exactly its holders' shares and
// wstETH, the round's weight is its holders' weight, and every locked
// request is the escrow's and unclaimed.
func checkEscrowBooks(t *rapid.T, s *protocol.State) {
	addr, round, weight := s.Escrow()
	var shares, wst, w uint256.Int
	for _, a := range s.EscrowHolders() {
		l, _ := s.EscrowLockOf(a)
		shares.Add(&shares, &l.Shares)
		wst.Add(&wst, &l.WstETH)
		if l.Round == round {
			w.Add(&w, &l.Shares)
			w.Add(&w, &l.WstETH)
			w.Add(&w, &l.ReqShares)
		} else if l.Round > round {
			t.Fatalf("%s locked in round %d, after the current %d", a, l.Round, round)
		}
		var rs uint256.Int
		for _, id := range l.Requests {
			q, _ := s.WithdrawalRequest(id)
			if q.Owner != addr || q.Claimed {
				t.Fatalf("request %d locked by %s is owned by %s (claimed %v)", id, a, q.Owner, q.Claimed)
			}
			rs.Add(&rs, &q.Shares)
		}
		if !rs.Eq(&l.ReqShares) {
			t.Fatalf("%s's locked requests weigh %s, recorded %s", a, rs.Dec(), l.ReqShares.Dec())
		}
	}
	acc := s.Account(addr)
	if !acc.Shares.Eq(&shares) || !acc.WstETH.Eq(&wst) {
		t.Fatalf("the escrow holds %s shares and %s wstETH, its holders %s and %s", acc.Shares.Dec(), acc.WstETH.Dec(), shares.Dec(), wst.Dec())
	}
	if !weight.Eq(&w) {
		t.Fatalf("the round's weight is %s, its holders' %s", weight.Dec(), w.Dec())
	}
}
