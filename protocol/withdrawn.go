package protocol

import (
	"fmt"

	"github.com/holiman/uint256"
)

// Withdrawn validators in the oracle report (docs/oracle.md, "Withdrawn
// validators"; docs/operators.md, "Bond withdrawal after the validators
// exit"). A bonded operator's bond stays required for its exited
// validators until the chain has paid their full withdrawal: only then is
// a slashing's whole loss known. The report lists, per operator of a
// bonded module, its withdrawn count and the shortfall of the newly
// withdrawn validators' final withdrawals below 32 ETH each (Lido CSM's
// processWithdrawalProof rule: a penalty of 32 ETH − amount when the
// amount is below 32 ETH); the router hands each row to the module's
// UpdateWithdrawn, which takes the loss from the bond (the rest a debt)
// and then frees the bond those validators held.
//
// A curated module keeps no bond (its operators' losses are the pool's,
// seen in the balance): a row naming one of its operators is refused
// (SANITY_WITHDRAWN), so that the list holds only what changes something.

// OperatorWithdrawal is one bonded operator's withdrawals: Count is its
// total of withdrawn validators (never lower than the last, never above
// its exited count after the report), Loss the shortfall in wei of the
// validators withdrawn since the last count.
type OperatorWithdrawal struct {
	Operator OperatorID
	Count    uint64
	Loss     uint256.Int
}

// CodeSanityWithdrawn refuses a withdrawal row for an operator of a module
// without bonds, or a loss above 32 ETH per newly withdrawn validator.
const CodeSanityWithdrawn Code = "SANITY_WITHDRAWN"

// checkWithdrawn validates the report's withdrawal rows, after the
// execution-reward charges (where Oracle.sol's router call checks both):
// ascending by global operator id (MALFORMED); a known operator
// (UNKNOWN_OPERATOR); one of a bonded module (SANITY_WITHDRAWN); a count
// not below the operator's withdrawn count nor above its exited count
// after the report (WITHDRAWN_DECREASED); a loss of at most 32 ETH per
// newly withdrawn validator (SANITY_WITHDRAWN: a validator cannot return
// less than nothing). Counts are below 2^32 (operators' deposits are), so
// the bound stays below 2^37 ETH and the module's 2^128 limit never trips.
func (s *State) checkWithdrawn(r *OracleReport) *Error {
	x := 0 // walks r.Exited, ascending like the rows
	for i := range r.Withdrawn {
		w := &r.Withdrawn[i]
		if i > 0 && w.Operator <= r.Withdrawn[i-1].Operator {
			return reject(CodeMalformed, "withdrawal rows must be in ascending operator order")
		}
		m, k := SplitOperatorID(w.Operator)
		if uint64(m) > uint64(len(s.modules)) {
			return reject(CodeUnknownOperator, "no operator %d", w.Operator)
		}
		b, bonded := s.modules[m-1].impl.(*bondedStakingModule)
		if !bonded {
			if _, err := s.operator(w.Operator); err != nil {
				return err
			}
			return reject(CodeSanityWithdrawn, "operator %d's module keeps no bond: its withdrawals are not reported", w.Operator)
		}
		op, err := b.op(OperatorID(k))
		if err != nil {
			return err
		}
		for x < len(r.Exited) && r.Exited[x].Operator < w.Operator {
			x++
		}
		exited := op.Exited
		if x < len(r.Exited) && r.Exited[x].Operator == w.Operator {
			exited = r.Exited[x].Count
		}
		if w.Count < op.Withdrawn || w.Count > exited {
			return reject(CodeWithdrawnDecreased, "operator %d: withdrawn %d is below %d or above the %d exited", w.Operator, w.Count, op.Withdrawn, exited)
		}
		var most uint256.Int
		most.Mul(uint256.NewInt(w.Count-op.Withdrawn), DepositSizeWei)
		if w.Loss.Gt(&most) {
			return reject(CodeSanityWithdrawn, "operator %d: a loss of %s wei for %d newly withdrawn validators, above 32 ETH each", w.Operator, w.Loss.Dec(), w.Count-op.Withdrawn)
		}
	}
	return nil
}

// commitWithdrawn hands the module's rows (its own ids, ascending) to
// UpdateWithdrawn at rate r, after the exits: each loss burnt from the
// bond (the rest a debt) goes to the burner, a BondPenalized event
// (reason PenaltySlashing) tells it.
func (b *bondedStakingModule) commitWithdrawn(rows []OperatorWithdrawal, r ShareRate) {
	for i := range rows {
		w := &rows[i]
		burnt, err := b.m.UpdateWithdrawn(b.m.router, uint64(w.Operator), w.Count, &w.Loss, r)
		if err != nil {
			continue // not reached: checkWithdrawn checked it against the counts after the exits
		}
		b.s.bondedSync(b)
		if !w.Loss.IsZero() {
			b.s.emit(Event{Kind: EvBondPenalized, Operator: b.global(w.Operator), Shares: *burnt, Amount: w.Loss, Count: uint64(PenaltySlashing)})
		}
	}
}

// encodeWithdrawn writes a report's withdrawal rows (u32-counted;
// operator u32, count u64, loss u256), after its charges.
func encodeWithdrawn(e *encoder, ws []OperatorWithdrawal) {
	e.u32(uint32(len(ws)))
	for i := range ws {
		e.u32(uint32(ws[i].Operator))
		e.u64(ws[i].Count)
		e.u256(&ws[i].Loss)
	}
}

func decodeWithdrawn(d *decoder) []OperatorWithdrawal {
	n := d.u32()
	if d.err == nil && uint64(n)*44 > uint64(len(d.b)) {
		d.err = fmt.Errorf("truncated: %d withdrawal rows", n)
	}
	if d.err != nil || n == 0 {
		return nil
	}
	out := make([]OperatorWithdrawal, n)
	for i := range out {
		out[i].Operator = OperatorID(d.u32())
		out[i].Count = d.u64()
		d.u256(&out[i].Loss)
	}
	return out
}
