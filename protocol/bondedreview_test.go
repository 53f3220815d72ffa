package protocol_test

// An attacker's review of the bonded module (issue 16 item 1). Each test
// here states what the module should guarantee and FAILS on main: the
// finding it names (see the review report).

import (
	"testing"

	"github.com/holiman/uint256"

	"github.com/stakepool/stakepool/protocol"
)

// Finding: a slashed validator counts as exited at its exit epoch, long
// before its slashing loss is known (the correlation penalty ~18 days
// later, the final balance at withdrawal ~27 days after exit). Claim
// releases the whole bond as soon as the exit is counted, so the slashing
// loss reported afterwards finds nothing to burn: the bond absorbed
// nothing. The bond should stay until the validator is withdrawn (CSM
// releases it per withdrawn key, charging the shortfall then).
func TestReviewSlashingLossAfterExitFindsBondClaimed(t *testing.T) {
	m := newModule(t)
	must2(t)(m.CreateOperator(bondAlice, bondKeys(0, 1), ethBond(2400), par))
	if keys := must(m.Deposit(bondRouter, 1, par)); len(keys) != 1 {
		t.Fatalf("%d deposits, want 1", len(keys))
	}
	// The validator is slashed; its exit epoch passes and the oracle counts
	// it exited (oracle/report.go: ExitEpoch <= epoch).
	ok(t, m.UpdateExited(bondRouter, 0, 1, par))
	// The operator takes the whole bond before the loss is known.
	claimed, err := m.Claim(bondAlice, 0, u256p(milli(2400)), par)
	// The slashing loss (1 ETH) reaches the module at a later report.
	loss := milli(1000)
	burnt, perr := m.Penalize(bondOracle, 0, &loss, protocol.PenaltySlashing, par)
	ok(t, perr)
	if err == nil && burnt.Lt(&loss) {
		t.Fatalf("claimed %s shares at the exit, then a 1 ETH slashing loss burnt %s shares: the bond paid nothing of it",
			claimed.Dec(), burnt.Dec())
	}
}

// Finding: claim keeps bond only for deposited (active) validators, but
// a batch stays in the queue after the bond behind it is claimed back.
// An attacker creates operators with 2.4 ETH each, claims the 2.4 ETH
// straight back (nothing deposited: all of it is claimable), and leaves
// one dead batch per operator in the queue — for gas alone, the capital
// reused. Every later Deposit must walk past the dead batches
// (bondedmodule.go Deposit / BondedModule.sol obtainDepositData: one
// iteration each, unbounded), and a queue place is held without a bond.
func TestReviewQueuePlaceWithoutBond(t *testing.T) {
	m := newModule(t)
	const dead = 50
	for i := 0; i < dead; i++ {
		id, _ := must2(t)(m.CreateOperator(bondBob, bondKeys(i, 1), ethBond(2400), par))
		// The fix: the bond behind a queued key stays (BOND_INSUFFICIENT).
		if _, err := m.Claim(bondBob, id, u256p(milli(2400)), par); err != nil && err.Code != protocol.CodeBondInsufficient {
			t.Fatalf("claim back: %v", err)
		}
	}
	var bond uint256.Int
	for id := uint64(0); id < m.Operators(); id++ {
		o := must(m.Operator(id))
		bond.Add(&bond, &o.Bond)
	}
	if m.QueueLength() > 0 && bond.IsZero() {
		t.Fatalf("%d batches (%d keys) wait in the queue with no bond behind any of them", m.QueueLength(), m.Enqueued())
	}
}

// Finding: SetParams changes the curve but no operator's stored
// depositable count; Deposit reads the stored counts, so after governance
// raises the curve the queue still deposits keys the bond no longer
// covers (until someone calls normalizeQueue for each operator).
func TestReviewCurveRaiseDepositsUncoveredKeys(t *testing.T) {
	m := newModule(t)
	must2(t)(m.CreateOperator(bondAlice, bondKeys(0, 2), ethBond(3700), par))
	p := lidoCurve()
	p.Curve = []uint256.Int{milli(3000), milli(2000)} // 3.7 ETH now covers one validator
	ok(t, m.SetParams(bondGov, p))
	keys, err := m.Deposit(bondRouter, m.DepositableTotal(), par)
	o := must(m.Operator(0))
	covers := p.BondCovers(par.ETHFor(&o.Bond))
	if err == nil && o.Active() > covers {
		t.Fatalf("%d keys deposited after the curve rose; the 3.7 ETH bond covers %d", len(keys), covers)
	}
}

// TestQueueCloggedThenCleaned: dead batches can still be made at a price
// (a penalty that burns the whole bond leaves its batch in the queue).
// Deposit removes at most MaxDeadBatchesPerDeposit of them; beyond, it is
// refused (QUEUE_CLOGGED, nothing changed) until CleanDepositQueue pops
// them. Mutation: the bound removed (deadAhead's check) → Deposit walks
// all 10 and this test FAILS.
func TestQueueCloggedThenCleaned(t *testing.T) {
	m := newModule(t)
	const dead = protocol.MaxDeadBatchesPerDeposit + 2
	for i := 0; i < dead; i++ {
		id, _ := must2(t)(m.CreateOperator(bondBob, bondKeys(i, 1), ethBond(2400), par))
		must(m.Penalize(bondOracle, id, u256p(milli(2400)), protocol.PenaltyStuck, par))
	}
	live, _ := must2(t)(m.CreateOperator(bondAlice, bondKeys(dead, 1), ethBond(2400), par))
	if _, err := m.Deposit(bondRouter, 1, par); bcode(err) != protocol.CodeQueueClogged || m.QueueLength() != dead+1 {
		t.Fatalf("deposit behind %d dead batches: %v, queue %d; want QUEUE_CLOGGED, %d", dead, bcode(err), m.QueueLength(), dead+1)
	}
	if n := m.CleanDepositQueue(3, par); n != 3 || m.QueueLength() != dead-2 {
		t.Fatalf("cleaned %d, queue %d; want 3, %d", n, m.QueueLength(), dead-2)
	}
	if d := m.Dropped(); len(d) != 3 || d[0] != (protocol.BondedBatch{Operator: 0, Count: 1}) {
		t.Fatalf("dropped %v", d)
	}
	keys := must(m.Deposit(bondRouter, 1, par))
	if d := m.Dropped(); len(keys) != 1 || keys[0].Operator != live || m.QueueLength() != 0 || len(d) != dead-3 {
		t.Logf("dropped %d", len(d))
		t.Fatalf("deposit after cleaning: %d keys, operator %d, queue %d", len(keys), keys[0].Operator, m.QueueLength())
	}
}

// TestBondedApplyReport is finding 4 on the model: applyReport took exit
// requests and scorecards unread. Now every entry is checked (each refusal
// changes nothing), exit requests record their reference slot and the
// stuck count follows the curated registry's rule. One operator, 3 keys
// deposited (6.3 ETH covers 3: 2.4 + 1.3 + 1.3 = 5.0).
// Mutation: checkReport's exit-request loop removed → this test FAILS
// (operator 5's request is taken: index out of range).
func TestBondedApplyReport(t *testing.T) {
	m := newModule(t)
	must2(t)(m.CreateOperator(bondAlice, bondKeys(0, 3), ethBond(6300), par))
	must(m.Deposit(bondRouter, 3, par))
	const deadline = 50
	before := must(m.Operator(0))
	refused := []struct {
		name string
		u    protocol.ModuleReport
		want protocol.Code
	}{
		{"unknown operator", protocol.ModuleReport{RefSlot: 100, ExitRequests: []protocol.OperatorCount{{Operator: 5, Count: 1}}}, protocol.CodeUnknownOperator},
		{"out of order", protocol.ModuleReport{RefSlot: 100, ExitRequests: []protocol.OperatorCount{{Operator: 0, Count: 1}, {Operator: 0, Count: 1}}}, protocol.CodeMalformed},
		{"zero keys", protocol.ModuleReport{RefSlot: 100, ExitRequests: []protocol.OperatorCount{{Operator: 0}}}, protocol.CodeSanityExitRequests},
		{"more than deposited", protocol.ModuleReport{RefSlot: 100, ExitRequests: []protocol.OperatorCount{{Operator: 0, Count: 4}}}, protocol.CodeSanityExitRequests},
		{"stats of an unknown operator", protocol.ModuleReport{RefSlot: 100, Stats: []protocol.OperatorStats{{Operator: 1, MissedAttestations: 3}}}, protocol.CodeUnknownOperator},
		{"stats figure 2^32", protocol.ModuleReport{RefSlot: 100, Stats: []protocol.OperatorStats{{Operator: 0, MissedProposals: 1 << 32}}}, protocol.CodeAmountTooLarge},
		{"exited above deposited, valid requests after", protocol.ModuleReport{RefSlot: 100, Exited: []protocol.OperatorCount{{Operator: 0, Count: 4}}, ExitRequests: []protocol.OperatorCount{{Operator: 0, Count: 1}}}, protocol.CodeExitedDecreased},
		{"a stranger", protocol.ModuleReport{RefSlot: 100}, protocol.CodeNotAuthorized},
	}
	for _, c := range refused {
		sender := bondRouter
		if c.want == protocol.CodeNotAuthorized {
			sender = bondAlice
		}
		if err := m.ApplyReport(sender, &c.u, par); bcode(err) != c.want {
			t.Fatalf("%s: %v, want %s", c.name, err, c.want)
		}
		if got := must(m.Operator(0)); got.ExitRequested != 0 || got.MissedAttestations != 0 || got.MissedProposals != 0 || got.Exited != before.Exited {
			t.Fatalf("%s: refused but changed the operator: %+v", c.name, got)
		}
	}
	// Two of the three keys asked to exit at slot 100, with a scorecard.
	ok(t, m.ApplyReport(bondRouter, &protocol.ModuleReport{RefSlot: 100,
		ExitRequests: []protocol.OperatorCount{{Operator: 0, Count: 2}},
		Stats:        []protocol.OperatorStats{{Operator: 0, MissedAttestations: 7, MissedProposals: 1}}}, par))
	o := must(m.Operator(0))
	if o.ExitRequested != 2 || o.MissedAttestations != 7 || o.MissedProposals != 1 || o.Slashed != 0 {
		t.Fatalf("after the report: %+v", o)
	}
	for _, c := range []struct {
		refSlot, exited uint64
		want            uint64
	}{
		{150, 0, 0}, // 100 + 50 is the deadline itself: not overdue
		{151, 0, 2}, // past it: both requests stuck
		{151, 1, 1}, // one exit reported in that report: it covers the oldest
		{151, 2, 0},
	} {
		got := must(m.OverdueExitRequests(c.refSlot, []uint64{c.exited}, deadline))
		if got[0] != c.want {
			t.Fatalf("stuck at slot %d with %d exited: %d, want %d", c.refSlot, c.exited, got[0], c.want)
		}
	}
	if _, err := m.OverdueExitRequests(151, nil, deadline); bcode(err) != protocol.CodeMalformed {
		t.Fatalf("stuck counts without one exited count per operator: %v", err)
	}
	// The third key asked later; a fourth is more than deposited.
	ok(t, m.ApplyReport(bondRouter, &protocol.ModuleReport{RefSlot: 200, Exited: []protocol.OperatorCount{{Operator: 0, Count: 1}}, ExitRequests: []protocol.OperatorCount{{Operator: 0, Count: 1}}}, par))
	if err := m.ApplyReport(bondRouter, &protocol.ModuleReport{RefSlot: 300, ExitRequests: []protocol.OperatorCount{{Operator: 0, Count: 1}}}, par); bcode(err) != protocol.CodeSanityExitRequests {
		t.Fatalf("a fourth exit request of 3 deposited: %v", err)
	}
	if got := must(m.OverdueExitRequests(251, []uint64{1}, deadline)); got[0] != 2 || m.ActiveValidators() != 2 {
		t.Fatalf("at slot 251, 1 exited: stuck %d (want 2: key 1 of slot 100, key 2 of 200), active %d", got[0], m.ActiveValidators())
	}
}
