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

// TestWithdrawalRequestsInWstETH: a request paid in wstETH (Lido's
// requestWithdrawalsWstETH) locks exactly the wrapped shares, worth their
// stETH rounded down; bounds apply to that value, the wstETH balance must
// cover the sum, and the claim pays the stETH. A request of 2^80 or more
// wstETH (2^80 or more) is refused before any conversion.
func TestWithdrawalRequestsInWstETH(t *testing.T) {
	h := newHarness(t, 3)
	h.do(alice, protocol.Command{Kind: protocol.CmdSubmit, Amount: eth(10)})
	h.do(bob, protocol.Command{Kind: protocol.CmdSendETH, To: pt.ELVault, Amount: eth(11)})
	h.collectRewards()                                                    // rate 2
	h.do(alice, protocol.Command{Kind: protocol.CmdWrap, Amount: eth(8)}) // 4 wstETH
	big := new(uint256.Int).Lsh(uint256.NewInt(1), 80)
	for _, c := range []struct {
		amounts []uint256.Int
		code    protocol.Code
	}{
		{nil, protocol.CodeMalformed},
		{[]uint256.Int{wei(0)}, protocol.CodeWithdrawalAmount},
		{[]uint256.Int{wei(49)}, protocol.CodeWithdrawalAmount}, // worth 98 wei, below 100
		{[]uint256.Int{*big}, protocol.CodeWithdrawalAmount},
		{[]uint256.Int{eth(3), eth(2)}, protocol.CodeInsufficientBalance},
	} {
		before := h.s.Root()
		if _, err := h.try(alice, protocol.Command{Kind: protocol.CmdRequestWithdrawalsWstETH, Amounts: c.amounts}); protocol.CodeOf(err) != c.code || h.s.Root() != before {
			t.Fatalf("%v: %v, want %s", c.amounts, err, c.code)
		}
	}
	if _, err := h.try(alice, protocol.Command{Kind: protocol.CmdRequestWithdrawalsWstETH, To: pt.Queue, Amounts: []uint256.Int{eth(1)}}); protocol.CodeOf(err) != protocol.CodeTransferToPool {
		t.Fatalf("owned by the queue: %v", err)
	}
	shares := *h.s.SharesOf(alice)
	ev := h.do(alice, protocol.Command{Kind: protocol.CmdRequestWithdrawalsWstETH, To: bob, Amounts: []uint256.Int{eth(1), wei(50)}})
	if got := h.s.Account(alice).WstETH; got != amt("2.99999999999999995") {
		t.Fatalf("wstETH left %s", got.Dec())
	}
	if got := h.s.SharesOf(alice); *got != shares {
		t.Fatalf("alice's shares moved: %s", got.Dec())
	}
	q, _ := h.s.WithdrawalRequest(1)
	if q.Owner != bob || q.StETH != eth(2) || q.Shares != eth(1) {
		t.Fatalf("request 1: %+v", q)
	}
	q, _ = h.s.WithdrawalRequest(2)
	if q.StETH != wei(100) || q.Shares != wei(50) {
		t.Fatalf("request 2: %+v", q)
	}
	kinds := []protocol.EventKind{protocol.EvUnwrap, protocol.EvTransfer, protocol.EvTransferShares, protocol.EvWithdrawalRequested,
		protocol.EvTransfer, protocol.EvTransferShares, protocol.EvWithdrawalRequested}
	if len(ev) != len(kinds) {
		t.Fatalf("events %+v", ev)
	}
	for i, k := range kinds {
		if ev[i].Kind != k {
			t.Fatalf("event %d is %s, want %s", i, ev[i].Kind, k)
		}
	}
	if ev[1].From != pt.WstETH || ev[1].To != pt.Queue || ev[1].Amount != eth(2) {
		t.Fatalf("transfer %+v", ev[1])
	}
}

// TestClaimedRequestRefusedFirst: a claimed request is ALREADY_CLAIMED
// for anyone, its former owner included (Lido's _claim checks the claim
// before the owner: a claimed request's token is burnt and has no owner).
func TestClaimedRequestRefusedFirst(t *testing.T) {
	h := poolWith(t, 320)
	h.do(bob, protocol.Command{Kind: protocol.CmdSubmit, Amount: eth(100)})
	h.do(bob, protocol.Command{Kind: protocol.CmdRequestWithdrawals, Amounts: []uint256.Int{eth(10)}})
	h.mustReport(protocol.OracleReport{Validators: 10, Balance: gwei(eth(320))})
	h.mustReportFinalizing(protocol.OracleReport{Validators: 10, Balance: gwei(eth(320))})
	h.do(bob, protocol.Command{Kind: protocol.CmdClaimWithdrawals, IDs: []uint64{1}})
	for _, who := range []protocol.Address{bob, carol} {
		if _, err := h.try(who, protocol.Command{Kind: protocol.CmdClaimWithdrawals, IDs: []uint64{1}}); protocol.CodeOf(err) != protocol.CodeAlreadyClaimed {
			t.Fatalf("claim again by %s: %v", who, err)
		}
		if _, err := h.try(who, protocol.Command{Kind: protocol.CmdTransferWithdrawal, To: alice, Index: 1}); protocol.CodeOf(err) != protocol.CodeAlreadyClaimed {
			t.Fatalf("move a claimed request by %s: %v", who, err)
		}
	}
}
