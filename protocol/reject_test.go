package protocol_test

import (
	"testing"

	"github.com/holiman/uint256"

	"github.com/stakepool/stakepool/protocol"
	pt "github.com/stakepool/stakepool/protocol/protocoltest"
)

// TestRejectionsLeaveStateUnchanged checks, for every rejection code, that
// the command is refused with that code and the state root is unchanged.
func TestRejectionsLeaveStateUnchanged(t *testing.T) {
	op := pt.Addr(501)
	setup := func(t *testing.T) *harness {
		h := newHarness(t, 3)
		h.addOperator("A", op, 2, 10)
		h.do(alice, protocol.Command{Kind: protocol.CmdSubmit, Amount: eth(100)})
		h.do(alice, protocol.Command{Kind: protocol.CmdApprove, To: bob, Amount: eth(1)})
		h.do(alice, protocol.Command{Kind: protocol.CmdWrap, Amount: eth(10)})
		return h
	}
	key := func(h *harness, n uint32) protocol.SigningKey { return pt.Key(0, n, h.s.WithdrawalCredentials()) }
	var huge uint256.Int
	huge.Lsh(uint256.NewInt(1), 200)

	cases := []struct {
		name string
		code protocol.Code
		prep func(h *harness)
		from protocol.Address
		cmd  func(h *harness) protocol.Command
	}{
		{"transfer more than balance", protocol.CodeInsufficientBalance, nil, bob,
			func(*harness) protocol.Command {
				return protocol.Command{Kind: protocol.CmdTransfer, To: carol, Amount: eth(1)}
			}},
		{"transfer shares more than held", protocol.CodeInsufficientShares, nil, alice,
			func(*harness) protocol.Command {
				return protocol.Command{Kind: protocol.CmdTransferShares, To: carol, Amount: eth(1000)}
			}},
		{"transferFrom beyond allowance", protocol.CodeInsufficientAllowance, nil, bob,
			func(*harness) protocol.Command {
				return protocol.Command{Kind: protocol.CmdTransferFrom, Owner: alice, To: carol, Amount: eth(2)}
			}},
		{"decrease allowance below zero", protocol.CodeInsufficientAllowance, nil, alice,
			func(*harness) protocol.Command {
				return protocol.Command{Kind: protocol.CmdDecreaseAllowance, To: bob, Amount: eth(2)}
			}},
		{"stake with staking paused", protocol.CodeStakingPaused,
			func(h *harness) { h.gov(protocol.Action{Kind: protocol.ActPauseStaking}) }, alice,
			func(*harness) protocol.Command { return protocol.Command{Kind: protocol.CmdSubmit, Amount: eth(1)} }},
		{"stake above the limit", protocol.CodeStakeLimit, nil, alice,
			func(*harness) protocol.Command {
				return protocol.Command{Kind: protocol.CmdSubmit, Amount: eth(200_000)}
			}},
		{"stake below dust", protocol.CodeBelowDust, nil, alice,
			func(*harness) protocol.Command { return protocol.Command{Kind: protocol.CmdSubmit, Amount: wei(999)} }},
		{"stake more ETH than held", protocol.CodeInsufficientETH, nil, pt.Addr(99),
			func(*harness) protocol.Command { return protocol.Command{Kind: protocol.CmdSubmit, Amount: eth(1)} }},
		{"amount above 2^128", protocol.CodeAmountTooLarge, nil, alice,
			func(*harness) protocol.Command {
				return protocol.Command{Kind: protocol.CmdTransfer, To: bob, Amount: huge}
			}},
		{"transfer to zero address", protocol.CodeInvalidRecipient, nil, alice,
			func(*harness) protocol.Command { return protocol.Command{Kind: protocol.CmdTransfer, Amount: eth(1)} }},
		{"transfer to the wstETH contract", protocol.CodeTransferToPool, nil, alice,
			func(*harness) protocol.Command {
				return protocol.Command{Kind: protocol.CmdTransfer, To: pt.WstETH, Amount: eth(1)}
			}},
		{"unwrap zero", protocol.CodeZeroAmount, nil, alice,
			func(*harness) protocol.Command { return protocol.Command{Kind: protocol.CmdUnwrap} }},
		{"unwrap more than held", protocol.CodeInsufficientBalance, nil, alice,
			func(*harness) protocol.Command { return protocol.Command{Kind: protocol.CmdUnwrap, Amount: eth(11)} }},
		{"duplicate key across uploads", protocol.CodeDuplicateKey, nil, op,
			func(h *harness) protocol.Command {
				return protocol.Command{Kind: protocol.CmdAddSigningKeys, Keys: []protocol.SigningKey{key(h, 1)}}
			}},
		{"duplicate key within an upload", protocol.CodeDuplicateKey, nil, op,
			func(h *harness) protocol.Command {
				return protocol.Command{Kind: protocol.CmdAddSigningKeys, Keys: []protocol.SigningKey{key(h, 7), key(h, 7)}}
			}},
		{"empty key", protocol.CodeInvalidKey, nil, op,
			func(h *harness) protocol.Command {
				return protocol.Command{Kind: protocol.CmdAddSigningKeys, Keys: []protocol.SigningKey{{}}}
			}},
		{"keys uploaded by a stranger", protocol.CodeNotAuthorized, nil, alice,
			func(h *harness) protocol.Command {
				return protocol.Command{Kind: protocol.CmdAddSigningKeys, Keys: []protocol.SigningKey{key(h, 11)}}
			}},
		{"keys for an unknown operator", protocol.CodeUnknownOperator, nil, op,
			func(h *harness) protocol.Command {
				return protocol.Command{Kind: protocol.CmdAddSigningKeys, Operator: 7, Keys: []protocol.SigningKey{key(h, 11)}}
			}},
		{"remove a deposited key", protocol.CodeKeyInUse,
			func(h *harness) { h.do(protocol.SystemSender, protocol.Command{Kind: protocol.CmdDeposit, Count: 1}) }, op,
			func(*harness) protocol.Command {
				return protocol.Command{Kind: protocol.CmdRemoveSigningKeys, Index: 0, Count: 1}
			}},
		{"non-member proposes", protocol.CodeNotAuthorized, nil, alice,
			func(*harness) protocol.Command {
				return protocol.Command{Kind: protocol.CmdPropose, Action: protocol.Action{Kind: protocol.ActPauseStaking}}
			}},
		{"user sends a system command", protocol.CodeNotAuthorized, nil, alice,
			func(*harness) protocol.Command { return protocol.Command{Kind: protocol.CmdDeposit, Count: 1} }},
		{"execute inside the timelock", protocol.CodeTimelock,
			func(h *harness) {
				h.gov(protocol.Action{Kind: protocol.ActSetParameter, Param: protocol.ParamTimelockSeconds, Value: wei(1200)})
				h.do(pt.Members[0], protocol.Command{Kind: protocol.CmdPropose, Action: protocol.Action{Kind: protocol.ActPauseStaking}})
				h.do(pt.Members[1], protocol.Command{Kind: protocol.CmdApproveProposal, Proposal: protocol.ProposalID(h.s.ProposalCount())})
				h.next()
			}, pt.Members[2],
			func(h *harness) protocol.Command {
				return protocol.Command{Kind: protocol.CmdExecuteProposal, Proposal: protocol.ProposalID(h.s.ProposalCount())}
			}},
		{"execute without quorum", protocol.CodeNoQuorum,
			func(h *harness) {
				h.do(pt.Members[0], protocol.Command{Kind: protocol.CmdPropose, Action: protocol.Action{Kind: protocol.ActPauseStaking}})
			}, pt.Members[1],
			func(h *harness) protocol.Command {
				return protocol.Command{Kind: protocol.CmdExecuteProposal, Proposal: protocol.ProposalID(h.s.ProposalCount())}
			}},
		{"unknown proposal", protocol.CodeUnknownProposal, nil, pt.Members[0],
			func(*harness) protocol.Command {
				return protocol.Command{Kind: protocol.CmdApproveProposal, Proposal: 999}
			}},
		{"invalid parameter value", protocol.CodeInvalidParameter, nil, pt.Members[0],
			func(*harness) protocol.Command {
				return protocol.Command{Kind: protocol.CmdPropose, Action: protocol.Action{Kind: protocol.ActSetParameter, Param: protocol.ParamFeeBP, Value: wei(20_000)}}
			}},
		{"unknown command", protocol.CodeUnknownCommand, nil, alice,
			func(*harness) protocol.Command { return protocol.Command{Kind: 200} }},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			h := setup(t)
			if c.prep != nil {
				c.prep(h)
			}
			cmd := c.cmd(h)
			before := h.s.Root()
			_, err := h.try(c.from, cmd)
			if got := protocol.CodeOf(err); got != c.code {
				t.Fatalf("code %q (%v), want %q", got, err, c.code)
			}
			if err.Error() == string(c.code)+": " {
				t.Fatalf("no human message for %s", c.code)
			}
			if after := h.s.Root(); after != before {
				t.Fatalf("state root changed by a rejected command")
			}
		})
	}
}

func TestBadNonceLeavesStateUnchanged(t *testing.T) {
	h := newHarness(t, 2)
	before := h.s.Root()
	_, err := h.s.ApplyTx(&protocol.Tx{Sender: alice, Nonce: 5, Cmd: protocol.Command{Kind: protocol.CmdSubmit, Amount: eth(1)}})
	if protocol.CodeOf(err) != protocol.CodeBadNonce || h.s.Root() != before {
		t.Fatalf("bad nonce: %v, root changed %v", err, h.s.Root() != before)
	}
	h.do(alice, protocol.Command{Kind: protocol.CmdSubmit, Amount: eth(1)})
	// Replaying nonce 0 fails.
	_, err = h.s.ApplyTx(&protocol.Tx{Sender: alice, Nonce: 0, Cmd: protocol.Command{Kind: protocol.CmdSubmit, Amount: eth(1)}})
	if protocol.CodeOf(err) != protocol.CodeBadNonce {
		t.Fatalf("replay accepted: %v", err)
	}
	if err := h.s.BeginBlock(h.s.Block(), h.s.Timestamp()+12); protocol.CodeOf(err) != protocol.CodeBadBlock {
		t.Fatalf("same block twice: %v", err)
	}
	if err := h.s.BeginBlock(h.s.Block()+1, h.s.Timestamp()); protocol.CodeOf(err) != protocol.CodeBadBlock {
		t.Fatalf("a block at the same time: %v", err)
	}
}
