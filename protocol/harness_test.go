package protocol_test

import (
	"github.com/holiman/uint256"

	"github.com/stakepool/stakepool/protocol"
	pt "github.com/stakepool/stakepool/protocol/protocoltest"
	"github.com/stakepool/stakepool/units"
)

// tb is what the harness needs of *testing.T and *rapid.T.
type tb interface {
	Helper()
	Fatal(args ...any)
	Fatalf(format string, args ...any)
}

type harness struct {
	t tb
	s *protocol.State
	// feeless is set once rewardsFeeless has made reports pass rewards on
	// whole (no fee, no rebase limit).
	feeless bool
}

func newHarness(t tb, accounts int) *harness {
	t.Helper()
	g := pt.Genesis(accounts)
	s, err := protocol.NewState(g)
	if err != nil {
		t.Fatal(err)
	}
	if err := s.BeginBlock(1, g.Chain.SlotTime(1)); err != nil {
		t.Fatal(err)
	}
	return &harness{t: t, s: s}
}

func (h *harness) try(from protocol.Address, c protocol.Command) ([]protocol.Event, error) {
	return h.s.ApplyNext(from, c)
}

func (h *harness) do(from protocol.Address, c protocol.Command) []protocol.Event {
	h.t.Helper()
	ev, err := h.try(from, c)
	if err != nil {
		h.t.Fatalf("%s by %s: %v", c.Kind, from, err)
	}
	return ev
}

// next starts the next block, one slot later.
func (h *harness) next() {
	h.t.Helper()
	h.wait(h.s.Chain().SecondsPerSlot)
}

// wait starts the next block seconds later.
func (h *harness) wait(seconds uint64) {
	h.t.Helper()
	if err := h.s.BeginBlock(h.s.Block()+1, h.s.Timestamp()+seconds); err != nil {
		h.t.Fatal(err)
	}
}

// gov passes an action through governance: proposal, second approval,
// timelock, execution.
func (h *harness) gov(a protocol.Action) {
	h.t.Helper()
	h.do(pt.Members[0], protocol.Command{Kind: protocol.CmdPropose, Action: a})
	id := protocol.ProposalID(h.s.ProposalCount())
	h.do(pt.Members[1], protocol.Command{Kind: protocol.CmdApproveProposal, Proposal: id})
	// the timelock, lengthened by the stakers' veto if the escrow holds enough
	h.wait(max(h.s.Params().TimelockSeconds+h.s.VetoExtension(), 1))
	h.do(pt.Members[2], protocol.Command{Kind: protocol.CmdExecuteProposal, Proposal: id})
}

// govNow passes an action through governance in the current block with
// a zero timelock (the timelock itself set through governance first), so
// that no block passes between the action and what follows it.
func (h *harness) govNow(a protocol.Action) {
	h.t.Helper()
	if h.s.Params().TimelockSeconds != 0 {
		h.gov(protocol.Action{Kind: protocol.ActSetParameter, Param: protocol.ParamTimelockSeconds, Value: wei(0)})
	}
	h.do(pt.Members[0], protocol.Command{Kind: protocol.CmdPropose, Action: a})
	id := protocol.ProposalID(h.s.ProposalCount())
	h.do(pt.Members[1], protocol.Command{Kind: protocol.CmdApproveProposal, Proposal: id})
	h.do(pt.Members[2], protocol.Command{Kind: protocol.CmdExecuteProposal, Proposal: id})
}

// addOperator adds operator with n keys and cap limit; returns its id.
func (h *harness) addOperator(name string, reward protocol.Address, keys int, limit uint64) protocol.OperatorID {
	h.t.Helper()
	id := protocol.OperatorID(h.s.OperatorCount())
	h.gov(protocol.Action{Kind: protocol.ActAddOperator, Name: name, Address: reward})
	if keys > 0 {
		ks := make([]protocol.SigningKey, keys)
		for i := range ks {
			ks[i] = pt.Key(uint32(id), uint32(i), h.s.WithdrawalCredentials())
		}
		h.do(reward, protocol.Command{Kind: protocol.CmdAddSigningKeys, Operator: id, Keys: ks})
	}
	h.gov(protocol.Action{Kind: protocol.ActSetOperatorLimit, Operator: id, Limit: limit})
	return id
}

func eth(n uint64) uint256.Int { return *units.Ether(n) }

func wei(n uint64) uint256.Int { return *uint256.NewInt(n) }

func amt(s string) uint256.Int {
	v, err := units.ParseAmount(s)
	if err != nil {
		panic(err)
	}
	return *v
}

// makeFeeless sets the fee to zero and lifts the rebase limit (once), so
// that collected rewards reach holders whole.
func (h *harness) makeFeeless() {
	h.t.Helper()
	if !h.feeless {
		h.gov(protocol.Action{Kind: protocol.ActSetParameter, Param: protocol.ParamFeeBP, Value: wei(0)})
		h.gov(protocol.Action{Kind: protocol.ActSetParameter, Param: protocol.ParamMaxPositiveRebase, Value: wei(protocol.UnlimitedRebase)})
		h.feeless = true
	}
}

// collectRewards passes what the execution-rewards vault holds on to the
// holders whole, the way rewards reach them: an oracle report (the
// consensus side unchanged) with the fee at 0 and the rebase limiter off,
// so that tests can set the share rate exactly. It returns the ETH pulled.
func (h *harness) collectRewards() uint256.Int {
	h.t.Helper()
	h.makeFeeless()
	vault := h.s.Account(pt.ELVault).ETH
	h.mustReport(protocol.OracleReport{Validators: h.s.BeaconValidators(), Balance: gwei(*h.s.BeaconBalance()), ELRewardsVault: vault})
	rec, _ := h.s.LastReport()
	return rec.ELRewardsPull
}
