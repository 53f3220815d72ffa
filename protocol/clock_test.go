package protocol_test

import (
	"testing"

	"github.com/holiman/uint256"

	"github.com/stakepool/stakepool/protocol"
	pt "github.com/stakepool/stakepool/protocol/protocoltest"
)

// clockHarness is a pool created late in a chain, at block 5,000 in slot
// 1,000 (genesis mainnet's), so that block numbers and slots differ.
func clockHarness(t *testing.T) *harness {
	g := pt.Genesis(3)
	g.Number, g.Timestamp = 5000, g.Chain.SlotTime(1000)
	s, err := protocol.NewState(g)
	if err != nil {
		t.Fatal(err)
	}
	h := &harness{t: t, s: s}
	h.wait(12)
	return h
}

// TestClockIsEthereums: blocks carry a number and a timestamp, slots come
// from timestamps as Lido's HashConsensus computes them (missed slots have
// no block), the staking limit refills per block and the governance
// timelock counts seconds.
func TestClockIsEthereums(t *testing.T) {
	h := clockHarness(t)
	if h.s.Block() != 5001 || h.s.Slot() != 1001 {
		t.Fatalf("block %d slot %d, want 5001 and 1001", h.s.Block(), h.s.Slot())
	}
	// Two missed slots: the next block is number 5002 in slot 1004.
	h.wait(36)
	if h.s.Block() != 5002 || h.s.Slot() != 1004 {
		t.Fatalf("block %d slot %d, want 5002 and 1004", h.s.Block(), h.s.Slot())
	}
	// The stake limit refills per block, not per slot or second.
	h.gov(protocol.Action{Kind: protocol.ActSetStakingLimit, Value: eth(100), Value2: eth(10)})
	h.do(alice, protocol.Command{Kind: protocol.CmdSubmit, Amount: eth(100)})
	h.wait(10 * 12) // one block, ten slots later
	if got := h.s.CurrentStakeLimit(); *got != eth(10) {
		t.Fatalf("limit one block (ten slots) after draining %s, want 10 ETH", got)
	}
	// Frames: 4 epochs of 32 slots from epoch 0; slot 1004+ is in the
	// frame that starts at slot 896 (reference slot 895), which precedes
	// the pool's creation (slot 1000): no report for it.
	if ref, ok := h.s.CurrentRefSlot(); !ok || ref != 895 {
		t.Fatalf("reference slot %d %v", ref, ok)
	}
	r := protocol.OracleReport{RefSlot: 895}
	if _, err := h.try(pt.Oracles[0], protocol.Command{Kind: protocol.CmdOracleVote, RefSlot: 895, Hash: r.Hash()}); protocol.CodeOf(err) != protocol.CodeOracleAlreadyProcessed {
		t.Fatalf("a vote for a frame before the pool: %v", err)
	}
	h.toSlot(1024)
	if ref, ok := h.s.CurrentRefSlot(); !ok || ref != 1023 || !h.s.AtFrameStart() {
		t.Fatalf("reference slot %d %v at slot %d", ref, ok, h.s.Slot())
	}
	r = protocol.OracleReport{RefSlot: 1023}
	h.vote(&r, 3)
	h.do(pt.Oracles[0], protocol.Command{Kind: protocol.CmdOracleSubmit, Report: &r})
	rec, _ := h.s.LastReport()
	if rec.RefSlot != 1023 || rec.PrevRefSlot != 1000 {
		t.Fatalf("report %d after %d, want 1023 after the pool's genesis slot 1000", rec.RefSlot, rec.PrevRefSlot)
	}
	// A governance change of the frame length re-anchors frames at the
	// current frame's start (Lido's setFrameConfig): at slot 1030 the
	// frame began at 1024; with 2-epoch frames the next starts at 1088.
	h.toSlot(1030)
	h.gov(protocol.Action{Kind: protocol.ActSetParameter, Param: protocol.ParamEpochsPerFrame, Value: wei(2)})
	h.toSlot(1087)
	if ref, _ := h.s.CurrentRefSlot(); ref != 1023 {
		t.Fatalf("reference slot %d at slot 1087, want 1023", ref)
	}
	h.toSlot(1088)
	if ref, _ := h.s.CurrentRefSlot(); ref != 1087 {
		t.Fatalf("reference slot %d at slot 1088, want 1087", ref)
	}
}

// TestTimelockCountsSeconds: an approved proposal runs once its timelock
// of seconds has passed, whatever the number of blocks in between.
func TestTimelockCountsSeconds(t *testing.T) {
	h := clockHarness(t)
	h.gov(protocol.Action{Kind: protocol.ActSetParameter, Param: protocol.ParamTimelockSeconds, Value: wei(3600)})
	h.do(pt.Members[0], protocol.Command{Kind: protocol.CmdPropose, Action: protocol.Action{Kind: protocol.ActPauseStaking}})
	id := protocol.ProposalID(h.s.ProposalCount())
	h.do(pt.Members[1], protocol.Command{Kind: protocol.CmdApproveProposal, Proposal: id})
	for i := 0; i < 299; i++ { // 299 blocks, 3,588 s
		h.next()
	}
	if _, err := h.try(pt.Members[2], protocol.Command{Kind: protocol.CmdExecuteProposal, Proposal: id}); protocol.CodeOf(err) != protocol.CodeTimelock {
		t.Fatalf("executed 3,588 s after approval: %v", err)
	}
	h.wait(12) // one block, 3,600 s
	h.do(pt.Members[2], protocol.Command{Kind: protocol.CmdExecuteProposal, Proposal: id})
	if !h.s.StakingPaused() {
		t.Fatal("not paused")
	}
	// A withdrawal request records its block's timestamp.
	h.gov(protocol.Action{Kind: protocol.ActResumeStaking})
	h.do(alice, protocol.Command{Kind: protocol.CmdSubmit, Amount: eth(5)})
	h.do(alice, protocol.Command{Kind: protocol.CmdRequestWithdrawals, Amounts: []uint256.Int{eth(1)}})
	if q, _ := h.s.WithdrawalRequest(1); q.Timestamp != h.s.Timestamp() {
		t.Fatalf("request time %d, block time %d", q.Timestamp, h.s.Timestamp())
	}
}
