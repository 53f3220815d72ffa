package protocol

import (
	"github.com/holiman/uint256"
)

// What the router reports to the bonded module (protocol/bondedmodule.go):
// the oracle's exited and withdrawn counts (a withdrawal carries its
// shortfall, charged to the bond), its exit requests (with their deadlines)
// and scorecards, the guardians' unvetting and the module's fee shares.

// UpdateExited sets operator id's exited count from the oracle (the router
// only): never lower, never above its deposits.
func (m *BondedModule) UpdateExited(sender Address, id uint64, exited uint64, r ShareRate) *Error {
	if sender != m.router {
		return reject(CodeNotAuthorized, "only the router %s reports exits", m.router)
	}
	op, err := m.operator(id)
	if err != nil {
		return err
	}
	if exited < op.Exited || exited > op.Deposited {
		return reject(CodeExitedDecreased, "exited %d is below %d or above the %d deposited", exited, op.Exited, op.Deposited)
	}
	m.setExited(id, op, exited, &r)
	return nil
}

func (m *BondedModule) setExited(id uint64, op *BondedOperator, exited uint64, r *ShareRate) {
	m.settle(op)
	m.active -= exited - op.Exited
	op.Exited = exited
	m.normalize(id, r)
}

// ApplyReport takes a report's entries for the module (the router only;
// the contract's applyReport). Review finding 4: the exit requests and
// scorecards were dropped unread. Every entry is checked before anything
// changes, list by list in the contract's order: ascending by operator
// (MALFORMED), a known operator (UNKNOWN_OPERATOR); an exited count as
// UpdateExited's (EXITED_DECREASED); an exit request asks for 1 to
// deposited − already asked of the operator's next keys
// (SANITY_EXIT_REQUESTS, the oracle's rule for curated operators); a
// scorecard figure is below 2^32 (AMOUNT_TOO_LARGE). Then the exited
// counts are set, each requested key records the report's slot (its
// deadline's start, read by OverdueExitRequests) as the curated registry does,
// and the scorecards are added to the operators' sums.
func (m *BondedModule) ApplyReport(sender Address, u *ModuleReport, r ShareRate) *Error {
	if sender != m.router {
		return reject(CodeNotAuthorized, "only the router %s applies reports", m.router)
	}
	if err := m.checkReport(u, true); err != nil {
		return err
	}
	for _, e := range u.Exited {
		m.setExited(uint64(e.Operator), m.ops[e.Operator], e.Count, &r)
	}
	for _, e := range u.ExitRequests {
		op := m.ops[e.Operator]
		for k := uint64(0); k < e.Count; k++ {
			op.exitSlots = append(op.exitSlots, u.RefSlot)
		}
		op.ExitRequested += e.Count
	}
	for _, st := range u.Stats {
		op := m.ops[st.Operator]
		op.MissedAttestations += st.MissedAttestations
		op.MissedProposals += st.MissedProposals
		op.Slashed += st.Slashed
	}
	return nil
}

// checkReport checks a report before anything changes; exitRequests
// false leaves the exit requests to the oracle's own step (the router's
// plan: State.checkHookedExitRequest at the point Oracle.sol checks them).
func (m *BondedModule) checkReport(u *ModuleReport, exitRequests bool) *Error {
	for i, e := range u.Exited {
		if i > 0 && e.Operator <= u.Exited[i-1].Operator {
			return reject(CodeMalformed, "exited counts must be in ascending operator order")
		}
		op, err := m.operator(uint64(e.Operator))
		if err != nil {
			return err
		}
		if e.Count < op.Exited || e.Count > op.Deposited {
			return reject(CodeExitedDecreased, "exited %d is below %d or above the %d deposited", e.Count, op.Exited, op.Deposited)
		}
	}
	for i, e := range u.ExitRequests {
		if !exitRequests {
			break
		}
		if i > 0 && e.Operator <= u.ExitRequests[i-1].Operator {
			return reject(CodeMalformed, "exit requests must be in ascending operator order")
		}
		op, err := m.operator(uint64(e.Operator))
		if err != nil {
			return err
		}
		if e.Count == 0 || e.Count > op.Deposited-op.ExitRequested { // ExitRequested ≤ Deposited: no overflow
			return reject(CodeSanityExitRequests, "operator %d has %d deposited, %d already asked to exit; cannot ask %d more", e.Operator, op.Deposited, op.ExitRequested, e.Count)
		}
	}
	for i, st := range u.Stats {
		if i > 0 && st.Operator <= u.Stats[i-1].Operator {
			return reject(CodeMalformed, "operator stats must be in ascending operator order")
		}
		if _, err := m.operator(uint64(st.Operator)); err != nil {
			return err
		}
		if max(st.MissedAttestations, st.MissedProposals, st.Slashed) >= 1<<32 {
			return reject(CodeAmountTooLarge, "a scorecard figure of 2^32 or more for operator %d", st.Operator)
		}
	}
	return nil
}

// OverdueExitRequests is each operator's exit requests older than deadline slots
// at refSlot that its exits have not covered, as the curated registry
// counts them (report.go stuckAt): operators exit oldest first, so of the
// requests for key indexes from its exited count after the report
// (exitedNow[id], never below the stored one) up to ExitRequested, those
// asked more than deadline slots before refSlot. exitedNow has one entry
// per operator (else MALFORMED).
func (m *BondedModule) OverdueExitRequests(refSlot uint64, exitedNow []uint64, deadline uint64) ([]uint64, *Error) {
	if len(exitedNow) != len(m.ops) {
		return nil, reject(CodeMalformed, "%d exited counts for %d operators", len(exitedNow), len(m.ops))
	}
	out := make([]uint64, len(m.ops))
	for id, op := range m.ops {
		for k := max(exitedNow[id], op.Exited); k < op.ExitRequested; k++ {
			if s := op.exitSlot(k); s < refSlot && refSlot-s > deadline { // slot + deadline < refSlot, without overflow
				out[id]++
			}
		}
	}
	return out, nil
}

// UpdateWithdrawn sets operator id's withdrawn count from the oracle (the
// router only): never lower, never above its exited count. loss is the
// shortfall of the newly withdrawn validators' balances below what they
// should have returned (a slashing's penalties, reported at withdrawal as
// CSM does): it is charged to the bond in the same call, before the bond
// those validators held becomes claimable. Returns the shares burnt.
func (m *BondedModule) UpdateWithdrawn(sender Address, id uint64, withdrawn uint64, loss *uint256.Int, r ShareRate) (*uint256.Int, *Error) {
	if sender != m.router {
		return nil, reject(CodeNotAuthorized, "only the router %s reports withdrawals", m.router)
	}
	op, err := m.operator(id)
	if err != nil {
		return nil, err
	}
	if withdrawn < op.Withdrawn || withdrawn > op.Exited {
		return nil, reject(CodeWithdrawnDecreased, "withdrawn %d is below %d or above the %d exited", withdrawn, op.Withdrawn, op.Exited)
	}
	if loss.BitLen() > 128 {
		return nil, reject(CodeAmountTooLarge, "a loss of 2^128 wei or more")
	}
	burnt := m.settle(op)
	if !loss.IsZero() {
		burnt.Add(burnt, m.charge(op, loss, &r))
	}
	op.Withdrawn = withdrawn
	m.normalize(id, &r)
	return burnt, nil
}

// Unvet lowers operator id's vetted count (the router, for the deposit
// guardians): never raises it, never below its deposits.
func (m *BondedModule) Unvet(sender Address, id uint64, vetted uint64, r ShareRate) *Error {
	if sender != m.router {
		return reject(CodeNotAuthorized, "only the router %s unvets keys", m.router)
	}
	op, err := m.operator(id)
	if err != nil {
		return err
	}
	if vetted >= op.Vetted {
		return reject(CodeVettedKeysIncreased, "vetted %d is not below %d", vetted, op.Vetted)
	}
	op.Vetted = max(vetted, op.Deposited)
	m.settle(op)
	m.normalize(id, &r)
	return nil
}

// RewardsMinted credits shares the router minted to the module: pro rata
// to active validators through the accumulator (rounded down; the dust
// stays in the module). With no active validator they stay undistributed.
func (m *BondedModule) RewardsMinted(sender Address, shares *uint256.Int) *Error {
	if sender != m.router {
		return reject(CodeNotAuthorized, "only the router %s mints the module's rewards", m.router)
	}
	if shares.BitLen() > 128 {
		return reject(CodeAmountTooLarge, "a reward of 2^128 shares or more")
	}
	m.held.Add(&m.held, shares)
	for _, op := range m.ops { // a stuck operator's earlier rewards are whole
		if op.Stuck {
			m.settle(op)
		}
	}
	if m.active > 0 && !shares.IsZero() {
		var inc uint256.Int
		mulDiv(&inc, shares, RewardPrecision, new(uint256.Int).SetUint64(m.active))
		m.acc.Add(&m.acc, &inc)
	}
	for _, op := range m.ops { // this report's: half burnt (bondedexits.go)
		if op.Stuck {
			m.cutStuckRewards(op)
		}
	}
	return nil
}

// checkHookedExitRequest is the oracle's check of an exit request for a
// hooked module's operator, made where Oracle.sol makes it for every
// module's rows (after the balance and burn checks, not in the module's
// plan, so that a report failing both is refused with the same code as on
// chain): a known operator, asked for 1..deposited − already asked keys.
func (s *State) checkHookedExitRequest(e OperatorCount) *Error {
	m, k := SplitOperatorID(e.Operator)
	b, ok := s.modules[m-1].impl.(*bondedStakingModule)
	if !ok {
		return nil
	}
	op, err := b.op(OperatorID(k))
	if err != nil {
		return err
	}
	if e.Count == 0 || e.Count > op.Deposited-op.ExitRequested { // ExitRequested ≤ Deposited: no overflow
		return reject(CodeSanityExitRequests, "operator %d has %d deposited, %d already asked to exit; cannot ask %d more", e.Operator, op.Deposited, op.ExitRequested, e.Count)
	}
	return nil
}
