package protocol_test

import (
	"errors"
	"fmt"
	"testing"

	"github.com/holiman/uint256"

	"github.com/stakepool/stakepool/protocol"
	pt "github.com/stakepool/stakepool/protocol/protocoltest"
)

var (
	alice = pt.Addr(1)
	bob   = pt.Addr(2)
	carol = pt.Addr(3)
)

func TestSubmitMintsSharesAtCurrentRate(t *testing.T) {
	h := newHarness(t, 3)
	ev := h.do(alice, protocol.Command{Kind: protocol.CmdSubmit, Amount: eth(10), To: bob})
	if ev[0].Kind != protocol.EvSubmitted || ev[0].To != bob || ev[0].Amount != eth(10) {
		t.Fatalf("first event %+v", ev[0])
	}
	if got := h.s.BalanceOf(alice); !got.Eq(uint256.NewInt(10e18)) {
		t.Fatalf("balance %s", got)
	}
	if got := h.s.BufferedEther(); *got != eth(11) {
		t.Fatalf("buffer %s, want 11 ETH (1 ETH genesis + 10)", got)
	}
	// Rewards double the pool: the next staker gets half as many shares.
	h.do(bob, protocol.Command{Kind: protocol.CmdSendETH, To: pt.ELVault, Amount: eth(11)})
	h.collectRewards()
	h.do(bob, protocol.Command{Kind: protocol.CmdSubmit, Amount: eth(10)})
	if got := h.s.SharesOf(bob); !got.Eq(uint256.NewInt(5e18)) {
		t.Fatalf("bob shares %s, want 5e18", got)
	}
	if got := h.s.BalanceOf(alice); *got != eth(20) {
		t.Fatalf("alice balance after rewards %s, want 20 ETH", got)
	}
}

func TestTransferRoundsInPoolsFavour(t *testing.T) {
	h := newHarness(t, 3)
	h.do(alice, protocol.Command{Kind: protocol.CmdSubmit, Amount: eth(3)})
	// Make the rate 4/3 so conversions are inexact: pooled 4+4/3... add 4/3 ETH of rewards.
	h.do(bob, protocol.Command{Kind: protocol.CmdSendETH, To: pt.ELVault, Amount: amt("1.333333333333333333")})
	h.collectRewards()
	before := h.s.SharesOf(alice)
	amount := wei(1_000_000_000_000_000_007)
	h.do(alice, protocol.Command{Kind: protocol.CmdTransfer, To: carol, Amount: amount})
	got := h.s.BalanceOf(carol)
	if got.Gt(&amount) {
		t.Fatalf("recipient got %s, more than the %s sent", got, amount.Dec())
	}
	moved := new(uint256.Int).Sub(before, h.s.SharesOf(alice))
	if !moved.Eq(h.s.SharesOf(carol)) {
		t.Fatalf("shares not conserved")
	}
	if diff := new(uint256.Int).Sub(&amount, got); diff.GtUint64(2) {
		t.Fatalf("recipient short by %s wei, more than the documented 1-2 wei", diff)
	}
}

func TestAllowances(t *testing.T) {
	h := newHarness(t, 3)
	h.do(alice, protocol.Command{Kind: protocol.CmdSubmit, Amount: eth(10)})
	h.do(alice, protocol.Command{Kind: protocol.CmdApprove, To: bob, Amount: eth(3)})
	h.do(bob, protocol.Command{Kind: protocol.CmdTransferFrom, Owner: alice, To: carol, Amount: eth(2)})
	if got := h.s.Allowance(alice, bob); *got != eth(1) {
		t.Fatalf("allowance %s, want 1 ETH", got)
	}
	_, err := h.try(bob, protocol.Command{Kind: protocol.CmdTransferFrom, Owner: alice, To: carol, Amount: eth(2)})
	if protocol.CodeOf(err) != protocol.CodeInsufficientAllowance {
		t.Fatalf("overspend: %v", err)
	}
	h.do(alice, protocol.Command{Kind: protocol.CmdIncreaseAllowance, To: bob, Amount: eth(4)})
	h.do(alice, protocol.Command{Kind: protocol.CmdDecreaseAllowance, To: bob, Amount: eth(2)})
	if got := h.s.Allowance(alice, bob); *got != eth(3) {
		t.Fatalf("allowance %s, want 3 ETH", got)
	}
	h.do(bob, protocol.Command{Kind: protocol.CmdTransferSharesFrom, Owner: alice, To: carol, Amount: eth(1)})
	if got := h.s.Allowance(alice, bob); *got != eth(2) {
		t.Fatalf("allowance after share transfer %s, want 2 ETH", got)
	}
	// Infinite allowance is never decremented.
	var inf uint256.Int
	inf.SetAllOne()
	h.do(alice, protocol.Command{Kind: protocol.CmdApprove, To: carol, Amount: inf})
	h.do(carol, protocol.Command{Kind: protocol.CmdTransferFrom, Owner: alice, To: bob, Amount: eth(1)})
	if got := h.s.Allowance(alice, carol); !got.Eq(&inf) {
		t.Fatalf("infinite allowance changed to %s", got)
	}
}

func TestWrapUnwrap(t *testing.T) {
	h := newHarness(t, 3)
	h.do(alice, protocol.Command{Kind: protocol.CmdSubmit, Amount: eth(10)})
	h.do(bob, protocol.Command{Kind: protocol.CmdSendETH, To: pt.ELVault, Amount: eth(11)})
	h.collectRewards() // rate 2
	if got := h.s.StEthPerToken(); *got != eth(2) {
		t.Fatalf("stEthPerToken %s", got)
	}
	if got := h.s.TokensPerStEth(); !got.Eq(uint256.NewInt(5e17)) {
		t.Fatalf("tokensPerStEth %s", got)
	}
	h.do(alice, protocol.Command{Kind: protocol.CmdWrap, Amount: eth(4)})
	if got := h.s.Account(alice).WstETH; got != eth(2) {
		t.Fatalf("wstETH %s, want 2", got.Dec())
	}
	h.do(alice, protocol.Command{Kind: protocol.CmdTransferWstETH, To: bob, Amount: eth(1)})
	h.do(bob, protocol.Command{Kind: protocol.CmdUnwrap, Amount: eth(1)})
	if got := h.s.BalanceOf(bob); *got != eth(2) {
		t.Fatalf("bob unwrapped to %s stETH, want 2", got)
	}
	if got := h.s.WstETHSupply(); *got != eth(1) {
		t.Fatalf("supply %s", got)
	}
}

func TestStakeLimitRefillsPerBlock(t *testing.T) {
	h := newHarness(t, 3)
	h.gov(protocol.Action{Kind: protocol.ActSetStakingLimit, Value: eth(100), Value2: eth(10)})
	h.do(alice, protocol.Command{Kind: protocol.CmdSubmit, Amount: eth(100)})
	if got := h.s.CurrentStakeLimit(); !got.IsZero() {
		t.Fatalf("limit after draining %s", got)
	}
	_, err := h.try(alice, protocol.Command{Kind: protocol.CmdSubmit, Amount: eth(1)})
	if protocol.CodeOf(err) != protocol.CodeStakeLimit {
		t.Fatalf("want STAKE_LIMIT, got %v", err)
	}
	h.next()
	h.next()
	h.next()
	if got := h.s.CurrentStakeLimit(); *got != eth(30) {
		t.Fatalf("limit after 3 blocks %s, want 30 ETH", got)
	}
	for i := 0; i < 20; i++ {
		h.next()
	}
	if got := h.s.CurrentStakeLimit(); *got != eth(100) {
		t.Fatalf("limit is capped at max, got %s", got)
	}
	h.gov(protocol.Action{Kind: protocol.ActPauseStaking})
	if _, err := h.try(alice, protocol.Command{Kind: protocol.CmdSubmit, Amount: eth(1)}); protocol.CodeOf(err) != protocol.CodeStakingPaused {
		t.Fatalf("want STAKING_PAUSED, got %v", err)
	}
	h.gov(protocol.Action{Kind: protocol.ActResumeStaking})
	h.next() // as Lido: the refill restarts at the resume (TestStakeLimitAsLido)
	h.do(alice, protocol.Command{Kind: protocol.CmdSubmit, Amount: eth(1)})
	h.gov(protocol.Action{Kind: protocol.ActSetStakingLimit}) // remove
	h.do(alice, protocol.Command{Kind: protocol.CmdSubmit, Amount: eth(500_000)})
}

func TestDepositAllocation(t *testing.T) {
	h := newHarness(t, 3)
	opA := h.addOperator("A", pt.Addr(501), 10, 10)
	opB := h.addOperator("B", pt.Addr(502), 10, 2)
	opC := h.addOperator("C", pt.Addr(503), 10, 10)
	h.gov(protocol.Action{Kind: protocol.ActSetOperatorActive, Operator: opC, Active: false})
	// 1 ETH genesis + 320 staked; 5% reserve of 321 = 16.05 ETH stays, so
	// 304.95 ETH is depositable: 9 deposits.
	h.do(alice, protocol.Command{Kind: protocol.CmdSubmit, Amount: eth(320)})
	h.next()
	ev := h.do(protocol.SystemSender, protocol.Command{Kind: protocol.CmdDeposit, Count: 100})
	var order []protocol.OperatorID
	for _, e := range ev {
		if e.Kind == protocol.EvDeposited {
			order = append(order, e.Operator)
		}
	}
	want := []protocol.OperatorID{opA, opB, opA, opB, opA, opA, opA, opA, opA}
	if len(order) != len(want) {
		t.Fatalf("deposits %v, want %v", order, want)
	}
	for i := range want {
		if order[i] != want[i] {
			t.Fatalf("deposit order %v, want %v (fewest active first, ties by id, B capped at 2, C inactive)", order, want)
		}
	}
	if got := h.s.BufferedEther(); *got != eth(321-9*32) {
		t.Fatalf("buffer %s", got)
	}
	if !h.s.BufferedEther().Gt(h.s.ReserveTarget()) && !h.s.BufferedEther().Eq(h.s.ReserveTarget()) {
		t.Fatalf("reserve breached")
	}
	recs := h.s.Deposits(0)
	if len(recs) != 9 || recs[0].WithdrawalCredentials != protocol.WithdrawalCredentials(1, pt.Vault) || recs[0].Amount != protocol.DepositSize {
		t.Fatalf("deposit records %+v", recs[0])
	}
	// Total pooled ETH is unchanged by depositing.
	if got := h.s.TotalPooledEther(); *got != eth(321) {
		t.Fatalf("pooled %s", got)
	}
}

func TestDepositsPerBlockBound(t *testing.T) {
	h := newHarness(t, 3)
	h.addOperator("A", pt.Addr(501), 20, 20)
	h.gov(protocol.Action{Kind: protocol.ActSetParameter, Param: protocol.ParamMaxDepositsPerBlock, Value: wei(3)})
	h.gov(protocol.Action{Kind: protocol.ActSetParameter, Param: protocol.ParamReserveTargetBP, Value: wei(0)})
	h.do(alice, protocol.Command{Kind: protocol.CmdSubmit, Amount: eth(320)})
	h.do(protocol.SystemSender, protocol.Command{Kind: protocol.CmdDeposit, Count: 100})
	h.do(protocol.SystemSender, protocol.Command{Kind: protocol.CmdDeposit, Count: 100})
	if got := h.s.DepositedValidators(); got != 3 {
		t.Fatalf("deposited %d in one block, want 3", got)
	}
	h.next()
	h.do(protocol.SystemSender, protocol.Command{Kind: protocol.CmdDeposit, Count: 100})
	if got := h.s.DepositedValidators(); got != 6 {
		t.Fatalf("deposited %d after two blocks, want 6", got)
	}
}

func TestCompoundingCredentials(t *testing.T) {
	g := pt.Genesis(1)
	g.CompoundingCredentials = true
	s, err := protocol.NewState(g)
	if err != nil {
		t.Fatal(err)
	}
	wc := s.WithdrawalCredentials()
	if wc[0] != 0x02 || protocol.Address(wc[12:]) != pt.Vault {
		t.Fatalf("credentials %x", wc)
	}
	for _, b := range wc[1:12] {
		if b != 0 {
			t.Fatalf("credentials %x", wc)
		}
	}
}

func TestGovernance(t *testing.T) {
	h := newHarness(t, 3)
	a := protocol.Action{Kind: protocol.ActSetParameter, Param: protocol.ParamFeeBP, Value: wei(500)}
	h.do(pt.Members[0], protocol.Command{Kind: protocol.CmdPropose, Action: a})
	_, err := h.try(pt.Members[0], protocol.Command{Kind: protocol.CmdExecuteProposal, Proposal: 1})
	if protocol.CodeOf(err) != protocol.CodeNoQuorum {
		t.Fatalf("want NO_QUORUM, got %v", err)
	}
	if _, err := h.try(pt.Members[0], protocol.Command{Kind: protocol.CmdApproveProposal, Proposal: 1}); protocol.CodeOf(err) != protocol.CodeAlreadyApproved {
		t.Fatalf("want ALREADY_APPROVED, got %v", err)
	}
	h.do(pt.Members[1], protocol.Command{Kind: protocol.CmdApproveProposal, Proposal: 1})
	if _, err := h.try(pt.Members[2], protocol.Command{Kind: protocol.CmdExecuteProposal, Proposal: 1}); protocol.CodeOf(err) != protocol.CodeTimelock {
		t.Fatalf("want TIMELOCK, got %v", err)
	}
	h.next()
	h.next()
	h.do(pt.Members[2], protocol.Command{Kind: protocol.CmdExecuteProposal, Proposal: 1})
	if h.s.Params().FeeBP != 500 {
		t.Fatalf("fee %d", h.s.Params().FeeBP)
	}
	if _, err := h.try(pt.Members[2], protocol.Command{Kind: protocol.CmdExecuteProposal, Proposal: 1}); protocol.CodeOf(err) != protocol.CodeAlreadyExecuted {
		t.Fatalf("want ALREADY_EXECUTED, got %v", err)
	}
	// A committee change takes effect for later proposals.
	newMembers := []protocol.Address{pt.Addr(2001), pt.Addr(2002)}
	h.gov(protocol.Action{Kind: protocol.ActSetCommittee, Members: newMembers, Threshold: 1})
	if _, err := h.try(pt.Members[0], protocol.Command{Kind: protocol.CmdPropose, Action: a}); protocol.CodeOf(err) != protocol.CodeNotAuthorized {
		t.Fatalf("old member: want NOT_AUTHORIZED, got %v", err)
	}
	m, th := h.s.Committee()
	if len(m) != 2 || th != 1 {
		t.Fatalf("committee %v %d", m, th)
	}
}

func TestErrorsMatchByCode(t *testing.T) {
	h := newHarness(t, 1)
	_, err := h.try(alice, protocol.Command{Kind: protocol.CmdTransfer, To: bob, Amount: eth(5)})
	if !errors.Is(err, protocol.ErrCode(protocol.CodeInsufficientBalance)) {
		t.Fatalf("errors.Is failed for %v", err)
	}
}

func TestNewStateRejectsBadGenesis(t *testing.T) {
	cases := map[string]func(*protocol.Genesis){
		"no initial stake":   func(g *protocol.Genesis) { g.InitialStake.Clear() },
		"tiny initial stake": func(g *protocol.Genesis) { g.InitialStake.SetUint64(999) },
		"no members":         func(g *protocol.Genesis) { g.Members = nil },
		"threshold too high": func(g *protocol.Genesis) { g.Threshold = 4 },
		"fee over 100%":      func(g *protocol.Genesis) { g.Params.FeeBP = 10_001 },
		"no vault":           func(g *protocol.Genesis) { g.Vault = protocol.Address{} },
		"no burner":          func(g *protocol.Genesis) { g.Burner = protocol.Address{} },
		"queue is the vault": func(g *protocol.Genesis) { g.WithdrawalQueue = g.Vault },
		"dead stETH":         func(g *protocol.Genesis) { g.StETH = protocol.DeadAddress },
		"zero dust floor":    func(g *protocol.Genesis) { g.Params.DustFloor.Clear() },
		"no slot length":     func(g *protocol.Genesis) { g.Chain.SecondsPerSlot = 0 },
		"before the chain":   func(g *protocol.Genesis) { g.Timestamp = g.Chain.GenesisTime - 1 },
	}
	for name, mut := range cases {
		g := pt.Genesis(1)
		mut(&g)
		if _, err := protocol.NewState(g); err == nil {
			t.Errorf("%s: accepted", name)
		}
	}
}

func TestCodeOfUnwraps(t *testing.T) {
	err := fmt.Errorf("sending: %w", protocol.ErrCode(protocol.CodeStakeLimit))
	if protocol.CodeOf(err) != protocol.CodeStakeLimit {
		t.Fatalf("CodeOf(%v) = %q", err, protocol.CodeOf(err))
	}
	if protocol.CodeOf(errors.New("x")) != "" {
		t.Fatal("a plain error has a code")
	}
}

// TestKeyUploadLeavesSignaturesToGuardians: as Lido's registry, the upload
// checks a key's format (non-empty, never seen before) and not its BLS
// deposit signature — the guardians check that before any deposit — so a
// key whose signature is garbage is stored as uploaded.
func TestKeyUploadLeavesSignaturesToGuardians(t *testing.T) {
	h := newHarness(t, 1)
	op := h.addOperator("A", pt.Addr(501), 0, 10)
	k := pt.Key(0, 1, h.s.WithdrawalCredentials())
	k.Signature[95] ^= 1
	foreign := pt.Key(0, 2, protocol.WithdrawalCredentials(1, pt.Addr(666)))
	h.do(pt.Addr(501), protocol.Command{Kind: protocol.CmdAddSigningKeys, Operator: op, Keys: []protocol.SigningKey{k, foreign}})
	if got := h.s.Operators()[op].Keys; len(got) != 2 || got[0] != k || got[1] != foreign {
		t.Fatalf("keys stored %v", got)
	}
	if _, err := h.try(pt.Addr(501), protocol.Command{Kind: protocol.CmdAddSigningKeys, Operator: op, Keys: []protocol.SigningKey{k}}); protocol.CodeOf(err) != protocol.CodeDuplicateKey {
		t.Fatalf("the same key again: %v", err)
	}
}
