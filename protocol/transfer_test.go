package protocol_test

import (
	"testing"

	"github.com/holiman/uint256"

	"github.com/stakepool/stakepool/protocol"
	pt "github.com/stakepool/stakepool/protocol/protocoltest"
)

// TestTransfersToPoolContractsRefused: stETH (by amount or by shares,
// own or on an allowance), wstETH and withdrawal requests sent to any of
// the pool's own contracts are refused with TRANSFER_TO_POOL_CONTRACT and
// change nothing (Lido's stETH: TRANSFER_TO_STETH_CONTRACT), and so is a
// withdrawal request made out to one of them.
func TestTransfersToPoolContractsRefused(t *testing.T) {
	h := newHarness(t, 3)
	h.do(alice, protocol.Command{Kind: protocol.CmdSubmit, Amount: eth(10)})
	h.do(alice, protocol.Command{Kind: protocol.CmdWrap, Amount: eth(2)})
	h.do(alice, protocol.Command{Kind: protocol.CmdApprove, To: bob, Amount: eth(5)})
	h.do(alice, protocol.Command{Kind: protocol.CmdRequestWithdrawals, Amounts: []uint256.Int{eth(1)}})
	contracts := map[string]protocol.Address{"stETH": pt.StETH, "wstETH": pt.WstETH, "queue": pt.Queue,
		"withdrawal vault": pt.Vault, "rewards vault": pt.ELVault, "burner": pt.Burner}
	for name, to := range contracts {
		cmds := []struct {
			from protocol.Address
			cmd  protocol.Command
		}{
			{alice, protocol.Command{Kind: protocol.CmdTransfer, To: to, Amount: eth(1)}},
			{alice, protocol.Command{Kind: protocol.CmdTransferShares, To: to, Amount: eth(1)}},
			{bob, protocol.Command{Kind: protocol.CmdTransferFrom, Owner: alice, To: to, Amount: eth(1)}},
			{bob, protocol.Command{Kind: protocol.CmdTransferSharesFrom, Owner: alice, To: to, Amount: eth(1)}},
			{alice, protocol.Command{Kind: protocol.CmdTransferWstETH, To: to, Amount: eth(1)}},
			{alice, protocol.Command{Kind: protocol.CmdTransferWithdrawal, To: to, Index: 1}},
			{alice, protocol.Command{Kind: protocol.CmdRequestWithdrawals, To: to, Amounts: []uint256.Int{eth(1)}}},
		}
		for _, c := range cmds {
			before := h.s.Root()
			_, err := h.try(c.from, c.cmd)
			if protocol.CodeOf(err) != protocol.CodeTransferToPool || h.s.Root() != before {
				t.Errorf("%s to the %s: %v (root changed %v)", c.cmd.Kind, name, err, h.s.Root() != before)
			}
		}
	}
	// To anyone else they go through.
	h.do(alice, protocol.Command{Kind: protocol.CmdTransfer, To: pt.Treasury, Amount: eth(1)})
	h.do(alice, protocol.Command{Kind: protocol.CmdTransferWstETH, To: carol, Amount: eth(1)})
}

// TestWithdrawalRequestIsTransferable: the owner moves a request; the new
// owner, and only it, claims; a claimed request moves no more.
func TestWithdrawalRequestIsTransferable(t *testing.T) {
	h := poolWith(t, 320)
	h.do(bob, protocol.Command{Kind: protocol.CmdSubmit, Amount: eth(100)})
	h.do(bob, protocol.Command{Kind: protocol.CmdRequestWithdrawals, Amounts: []uint256.Int{eth(10)}})
	if _, err := h.try(carol, protocol.Command{Kind: protocol.CmdTransferWithdrawal, To: carol, Index: 1}); protocol.CodeOf(err) != protocol.CodeNotAuthorized {
		t.Fatalf("a stranger moved the request: %v", err)
	}
	ev := h.do(bob, protocol.Command{Kind: protocol.CmdTransferWithdrawal, To: carol, Index: 1})
	if len(ev) != 1 || ev[0].Kind != protocol.EvWithdrawalTransferred || ev[0].From != bob || ev[0].To != carol {
		t.Fatalf("events %+v", ev)
	}
	h.mustReport(protocol.OracleReport{Validators: 10, Balance: gwei(eth(320))})
	h.mustReportFinalizing(protocol.OracleReport{Validators: 10, Balance: gwei(eth(320))})
	if _, err := h.try(bob, protocol.Command{Kind: protocol.CmdClaimWithdrawals, IDs: []uint64{1}}); protocol.CodeOf(err) != protocol.CodeNotAuthorized {
		t.Fatalf("the old owner claimed: %v", err)
	}
	h.do(carol, protocol.Command{Kind: protocol.CmdClaimWithdrawals, IDs: []uint64{1}})
	if _, err := h.try(carol, protocol.Command{Kind: protocol.CmdTransferWithdrawal, To: bob, Index: 1}); protocol.CodeOf(err) != protocol.CodeAlreadyClaimed {
		t.Fatalf("a claimed request moved: %v", err)
	}
}
