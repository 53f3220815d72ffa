package protocol_test

import (
	"bytes"
	"reflect"
	"testing"

	"github.com/holiman/uint256"

	"github.com/stakepool/stakepool/protocol"
	pt "github.com/stakepool/stakepool/protocol/protocoltest"
)

func sampleTxs() []protocol.Tx {
	wc := protocol.WithdrawalCredentials(1, pt.Vault)
	return []protocol.Tx{
		{Sender: alice, Nonce: 7, Cmd: protocol.Command{Kind: protocol.CmdSubmit, To: bob, Amount: eth(32)}},
		{Sender: alice, Cmd: protocol.Command{Kind: protocol.CmdTransfer, To: bob, Amount: wei(5)}},
		{Sender: alice, Cmd: protocol.Command{Kind: protocol.CmdTransferSharesFrom, Owner: carol, To: bob, Amount: eth(1)}},
		{Sender: alice, Cmd: protocol.Command{Kind: protocol.CmdWrap, Amount: eth(3)}},
		{Sender: pt.Addr(501), Cmd: protocol.Command{Kind: protocol.CmdAddSigningKeys, Operator: 3, Keys: []protocol.SigningKey{pt.Key(3, 0, wc), pt.Key(3, 1, wc)}}},
		{Sender: pt.Addr(501), Cmd: protocol.Command{Kind: protocol.CmdRemoveSigningKeys, Operator: 3, Index: 4, Count: 2}},
		{Sender: pt.Members[0], Cmd: protocol.Command{Kind: protocol.CmdPropose, Action: protocol.Action{Kind: protocol.ActAddOperator, Name: "Chorus", Address: bob}}},
		{Sender: pt.Members[0], Cmd: protocol.Command{Kind: protocol.CmdPropose, Action: protocol.Action{Kind: protocol.ActSetCommittee, Members: []protocol.Address{alice, bob}, Threshold: 2}}},
		{Sender: pt.Members[0], Cmd: protocol.Command{Kind: protocol.CmdPropose, Action: protocol.Action{Kind: protocol.ActSetStakingLimit, Value: eth(10), Value2: eth(1)}}},
		{Sender: pt.Members[0], Cmd: protocol.Command{Kind: protocol.CmdPropose, Action: protocol.Action{Kind: protocol.ActSetOperatorActive, Operator: 2, Active: true}}},
		{Sender: pt.Members[0], Cmd: protocol.Command{Kind: protocol.CmdPropose, Action: protocol.Action{Kind: protocol.ActPauseStaking}}},
		{Sender: pt.Members[1], Cmd: protocol.Command{Kind: protocol.CmdExecuteProposal, Proposal: 12}},
		{Cmd: protocol.Command{Kind: protocol.CmdDeposit, Count: 150}},
		{Sender: bob, Nonce: 3, Cmd: protocol.Command{Kind: protocol.CmdTransferWithdrawal, To: carol, Index: 42}},
		{Sender: bob, Cmd: protocol.Command{Kind: protocol.CmdLockStETH, Amount: eth(5)}},
		{Sender: bob, Cmd: protocol.Command{Kind: protocol.CmdLockWstETH, Amount: eth(2)}},
		{Sender: bob, Cmd: protocol.Command{Kind: protocol.CmdLockWithdrawals, IDs: []uint64{3, 9}}},
		{Sender: bob, Cmd: protocol.Command{Kind: protocol.CmdUnlock}},
		{Sender: bob, Cmd: protocol.Command{Kind: protocol.CmdRageQuitWithdraw, Amounts: []uint256.Int{eth(1), wei(100)}}},
		{Sender: bob, Cmd: protocol.Command{Kind: protocol.CmdRageQuitWithdraw}},
		{Sender: pt.PauseCommittee, Cmd: protocol.Command{Kind: protocol.CmdEmergencyPause, Count: 5}},
		{Sender: pt.Members[0], Cmd: protocol.Command{Kind: protocol.CmdPropose, Action: protocol.Action{Kind: protocol.ActSetPauseCommittee, Address: bob, Value: wei(1e9), Value2: wei(3600)}}},
		{Sender: pt.Members[0], Cmd: protocol.Command{Kind: protocol.CmdPropose, Action: protocol.Action{Kind: protocol.ActExtendPause, Mode: 3, Value: wei(86400)}}},
		{Sender: pt.Members[0], Cmd: protocol.Command{Kind: protocol.CmdPropose, Action: protocol.Action{Kind: protocol.ActResumePaused, Mode: 1}}},
		{Sender: carol, Nonce: 2, Cmd: protocol.Command{Kind: protocol.CmdTriggerExit, Operator: 2, Index: 5, Amount: wei(1e15), Count: 1}},
		{Sender: pt.Members[0], Cmd: protocol.Command{Kind: protocol.CmdPropose, Action: protocol.Action{Kind: protocol.ActAddModule, Name: "simple-dvt", ShareBP: 1000, ModuleFeeBP: 600, TreasuryFeeBP: 400}}},
		{Sender: pt.Members[0], Cmd: protocol.Command{Kind: protocol.CmdPropose, Action: protocol.Action{Kind: protocol.ActSetModule, Module: 2, Name: "dvt", ShareBP: 400, ModuleFeeBP: 800, TreasuryFeeBP: 200, Status: protocol.ModuleStopped}}},
		{Sender: pt.Members[0], Cmd: protocol.Command{Kind: protocol.CmdPropose, Action: protocol.Action{Kind: protocol.ActAddModuleOperator, Module: 2, Name: "D", Address: bob}}},
		{Cmd: protocol.Command{Kind: protocol.CmdDepositModule, Count: 20, Index: 2}},
		{Sender: bob, Cmd: protocol.Command{Kind: protocol.CmdBondedCreate, Keys: []protocol.SigningKey{{Pubkey: protocol.Pubkey{1}}, {Pubkey: protocol.Pubkey{2}}}, Amount: eth(3)}},
		{Sender: bob, Cmd: protocol.Command{Kind: protocol.CmdBondedAddKeys, Operator: 4, Keys: []protocol.SigningKey{{Pubkey: protocol.Pubkey{3}}}, Amounts: []uint256.Int{wei(7)}}},
		{Sender: carol, Cmd: protocol.Command{Kind: protocol.CmdBondedTopUp, Operator: 1, Amount: eth(1)}},
		{Sender: bob, Cmd: protocol.Command{Kind: protocol.CmdBondedClaim, Operator: 1, Amount: wei(12345)}},
		{Sender: bob, Cmd: protocol.Command{Kind: protocol.CmdBondedNormalize, Operator: 2}},
		{Sender: bob, Cmd: protocol.Command{Kind: protocol.CmdBondedCleanQueue, Count: 8}},
	}
}

func TestCodecRoundTrip(t *testing.T) {
	for _, tx := range sampleTxs() {
		b := protocol.EncodeTx(&tx)
		got, err := protocol.DecodeTx(b)
		if err != nil {
			t.Fatalf("%s: %v", tx.Cmd.Kind, err)
		}
		if !reflect.DeepEqual(*got, tx) {
			t.Fatalf("%s: round trip\n got %+v\nwant %+v", tx.Cmd.Kind, *got, tx)
		}
		// Truncations and trailing bytes are rejected.
		for cut := 0; cut < len(b); cut++ {
			if _, err := protocol.DecodeTx(b[:cut]); err == nil {
				t.Fatalf("%s: truncated to %d bytes accepted", tx.Cmd.Kind, cut)
			}
		}
		if _, err := protocol.DecodeTx(append(bytes.Clone(b), 0)); err == nil {
			t.Fatalf("%s: trailing byte accepted", tx.Cmd.Kind)
		}
	}
}

func TestDecodeRejects(t *testing.T) {
	good := protocol.EncodeTx(&sampleTxs()[0])
	cases := map[string][]byte{
		"empty":           nil,
		"version 2":       append([]byte{2}, good[1:]...),
		"unknown kind":    append(bytes.Clone(good[:29]), 99),
		"bad bool":        protocol.EncodeTx(&sampleTxs()[9])[:0],
		"zero keys":       append(append(bytes.Clone(good[:29]), byte(protocol.CmdAddSigningKeys)), 0, 0, 0, 1, 0, 0, 0, 0),
		"too many keys":   append(append(bytes.Clone(good[:29]), byte(protocol.CmdAddSigningKeys)), 0, 0, 0, 1, 0, 0, 0xff, 0xff),
		"keys past input": append(append(bytes.Clone(good[:29]), byte(protocol.CmdAddSigningKeys)), 0, 0, 0, 1, 0, 0, 0, 5, 1, 2, 3),
	}
	bb := protocol.EncodeTx(&sampleTxs()[9])
	bb[len(bb)-1] = 2 // the Active boolean
	cases["bad bool"] = bb
	for name, b := range cases {
		if _, err := protocol.DecodeTx(b); err == nil {
			t.Errorf("%s: accepted", name)
		}
	}
}

// FuzzDecodeTx: decoding never panics, and whatever decodes re-encodes to
// exactly the input (the encoding is canonical) and applies without panic.
func FuzzDecodeTx(f *testing.F) {
	for _, tx := range sampleTxs() {
		f.Add(protocol.EncodeTx(&tx))
	}
	f.Fuzz(func(t *testing.T, b []byte) {
		tx, err := protocol.DecodeTx(b)
		if err != nil {
			return
		}
		if again := protocol.EncodeTx(tx); !bytes.Equal(again, b) {
			t.Fatalf("not canonical:\n in %x\nout %x", b, again)
		}
		h := newHarness(t, 3)
		before := h.s.Root()
		if _, err := h.s.ApplyTx(tx); err != nil && h.s.Root() != before {
			t.Fatalf("rejected tx changed the root: %v", err)
		}
	})
}

// FuzzUnmarshalState: a snapshot decoder never panics or allocates without
// bound, and whatever it accepts re-encodes to the same bytes.
func FuzzUnmarshalState(f *testing.F) {
	h := newHarness(f, 3)
	h.addOperator("A", pt.Addr(501), 3, 3)
	h.do(alice, protocol.Command{Kind: protocol.CmdSubmit, Amount: eth(100)})
	h.do(alice, protocol.Command{Kind: protocol.CmdApprove, To: bob, Amount: eth(1)})
	h.do(protocol.SystemSender, protocol.Command{Kind: protocol.CmdDeposit, Count: 2})
	snap, _ := h.s.MarshalBinary()
	f.Add(snap)
	f.Add(snap[:len(snap)/2])
	f.Fuzz(func(t *testing.T, b []byte) {
		s, err := protocol.UnmarshalState(b)
		if err != nil {
			return
		}
		again, _ := s.MarshalBinary()
		if !bytes.Equal(again, b) {
			t.Fatal("accepted a non-canonical snapshot")
		}
	})
}

func TestReportEncoding(t *testing.T) {
	r := &protocol.OracleReport{RefSlot: 127, Validators: 10, Balance: 320_000_000_000, Batches: []uint64{3, 7}, SimulatedShareRate: *shareRate1, SharesRequestedToBurn: eth(2), Bunker: true,
		Exited: []protocol.OperatorCount{{Operator: 1, Count: 2}}, ExitRequests: []protocol.OperatorCount{{Operator: 0, Count: 1}},
		Stats:            []protocol.OperatorStats{{Operator: 2, MissedAttestations: 5, MissedProposals: 1}},
		ELRewardsCharges: []protocol.OperatorAmount{{Operator: 1, Amount: eth(3)}}}
	r.ELRewardsVault = eth(1)
	b := protocol.EncodeReport(r)
	got, err := protocol.DecodeReport(b)
	if err != nil || !reflect.DeepEqual(got, r) {
		t.Fatalf("round trip: %v\n%+v\n%+v", err, got, r)
	}
	for cut := 0; cut < len(b); cut++ {
		if _, err := protocol.DecodeReport(b[:cut]); err == nil {
			t.Fatalf("truncated to %d accepted", cut)
		}
	}
	if _, err := protocol.DecodeReport(append(bytes.Clone(b), 1)); err == nil {
		t.Fatal("trailing byte accepted")
	}
}
