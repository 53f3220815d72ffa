package protocol_test

import (
	"testing"

	"github.com/stakepool/stakepool/protocol"
	pt "github.com/stakepool/stakepool/protocol/protocoltest"
)

// TestParameterProposalSetsItsHome: a set-parameter proposal runs as its
// home contract's setter with that contract's whole set as it stood when
// proposed (VetoEscrow.setParams takes all four of the veto's
// parameters). Two proposals to the veto's parameters, both pending and
// executed in the other order, leave the second seal of the one executed
// last and undo the other's change — on chain and in the spec alike (the
// long differential run found the spec changing one field: seed
// 7882892377333639165, the contract's VetoParamsSet(500,2000,120,62)
// against the model's (500,2001,120,62)). A proposal to another home
// leaves the veto's parameters alone.
func TestParameterProposalSetsItsHome(t *testing.T) {
	h := newHarness(t, 2)
	p0 := h.s.Params()
	first, second := p0.VetoSecondSealBP+1, p0.RageQuitWindowSeconds+2
	propose := func(a protocol.Action) protocol.ProposalID {
		h.do(pt.Members[0], protocol.Command{Kind: protocol.CmdPropose, Action: a})
		id := protocol.ProposalID(h.s.ProposalCount())
		h.do(pt.Members[1], protocol.Command{Kind: protocol.CmdApproveProposal, Proposal: id})
		return id
	}
	seal := propose(protocol.Action{Kind: protocol.ActSetParameter, Param: protocol.ParamVetoSecondSealBP, Value: wei(first)})
	window := propose(protocol.Action{Kind: protocol.ActSetParameter, Param: protocol.ParamRageQuitWindowSeconds, Value: wei(second)})
	fee := propose(protocol.Action{Kind: protocol.ActSetParameter, Param: protocol.ParamFeeBP, Value: wei(p0.FeeBP - 100)})
	h.wait(p0.TimelockSeconds + 1)
	for _, id := range []protocol.ProposalID{window, fee, seal} {
		h.do(pt.Members[2], protocol.Command{Kind: protocol.CmdExecuteProposal, Proposal: id})
	}
	p := h.s.Params()
	// The seal's proposal ran last with the veto's set as it stood before
	// the window's: the window is back to its old value.
	if p.VetoSecondSealBP != first || p.RageQuitWindowSeconds != p0.RageQuitWindowSeconds {
		t.Fatalf("after the window's proposal then the seal's: second seal %d (want %d), rage-quit window %d (want %d, undone)",
			p.VetoSecondSealBP, first, p.RageQuitWindowSeconds, p0.RageQuitWindowSeconds)
	}
	if p.FeeBP != p0.FeeBP-100 {
		t.Fatalf("fee %d, want %d: a proposal to the oracle's parameters was undone by one to the veto's", p.FeeBP, p0.FeeBP-100)
	}
	// The proposal keeps its set through a snapshot.
	snap, err := h.s.MarshalBinary()
	if err != nil {
		t.Fatal(err)
	}
	back, err := protocol.UnmarshalState(snap)
	if err != nil {
		t.Fatal(err)
	}
	if got, _ := back.Proposal(window); got.Params.RageQuitWindowSeconds != second {
		t.Fatalf("restored proposal %d carries rage-quit window %d, want %d", window, got.Params.RageQuitWindowSeconds, second)
	}
}
