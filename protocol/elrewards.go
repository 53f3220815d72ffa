package protocol

import (
	"fmt"

	"github.com/holiman/uint256"
)

// Execution-reward integrity (docs/operators.md): the pool's validators
// must propose with the execution-rewards vault as fee recipient. The
// oracle report lists, per operator, the value of the frame's blocks its
// validators proposed that paid elsewhere (oracle.ELRewardsLedger measures
// it); the amount becomes the operator's debt, paid by withholding its fee
// shares — minted to the burner instead, a non-cover burn request, as the
// stuck penalty's half — valued at the pre-report share rate, report after
// report until the debt is paid. The withheld shares are minted either way
// (to the operator or to the burner), so the charge never moves the share
// rate down: stakers only gain when the burner burns them.

// OperatorAmount is an amount of wei for one operator.
type OperatorAmount struct {
	Operator OperatorID
	Amount   uint256.Int
}

// MaxELRewardsCharges bounds a report's list of execution-reward charges
// (the sanity checker's MAX_EL_REWARDS_CHARGES): one entry an operator,
// at most this many a report, which bounds the report's gas.
const MaxELRewardsCharges = 256

// maxELRewardsDebt bounds an operator's debt (2^128 − 1 wei, far above any
// ETH supply): the conversions to shares then fit 256 bits.
var maxELRewardsDebt = new(uint256.Int).Sub(new(uint256.Int).Lsh(uint256.NewInt(1), 128), uint256.NewInt(1))

// elCharges is what a report does to operators' execution-reward debts:
// the debt after the report and the fee shares withheld, per operator.
type elCharges struct {
	debt     []uint256.Int
	withheld []uint256.Int
}

// checkELRewardsCharges validates the report's list: at most
// MaxELRewardsCharges entries, ascending by global operator id, every
// operator known (a bonded module's operator pays from its bond, bond
// first, through its module), every amount above zero, no debt above
// 2^128 − 1 wei.
func (s *State) checkELRewardsCharges(r *OracleReport) *Error {
	if len(r.ELRewardsCharges) > MaxELRewardsCharges {
		return reject(CodeSanityELRewardsCharges, "%d execution-reward charges, above the limit of %d per report", len(r.ELRewardsCharges), MaxELRewardsCharges)
	}
	for i, c := range r.ELRewardsCharges {
		if i > 0 && c.Operator <= r.ELRewardsCharges[i-1].Operator {
			return reject(CodeMalformed, "execution-reward charges must be in ascending operator order")
		}
		if s.hooked(c.Operator) {
			// The bonded module takes it from the operator's bond (its
			// commitReport); the router keeps no debt for it.
			m, k := SplitOperatorID(c.Operator)
			if k >= s.modules[m-1].impl.OperatorCount() {
				return reject(CodeUnknownOperator, "no operator %d", c.Operator)
			}
			if c.Amount.IsZero() || c.Amount.Gt(maxELRewardsDebt) {
				return reject(CodeSanityELRewardsCharges, "operator %d's execution-reward charge of %s wei is zero or past 2^128 − 1 wei", c.Operator, c.Amount.Dec())
			}
			continue
		}
		op, err := s.operator(c.Operator)
		if err != nil {
			return err
		}
		var sum uint256.Int
		if _, over := sum.AddOverflow(&op.ELRewardsDebt, &c.Amount); c.Amount.IsZero() || over || sum.Gt(maxELRewardsDebt) {
			return reject(CodeSanityELRewardsCharges, "operator %d's execution-reward charge of %s wei is zero or takes its debt past 2^128 − 1 wei", c.Operator, c.Amount.Dec())
		}
	}
	return nil
}

// planELCharges adds the report's charges to the operators' debts and
// withholds fee shares against them, after the fee split (and the stuck
// penalty's half): from each indebted operator's shares, those worth its
// debt at the pre-report rate, ⌈debt × S / P⌉ (rounded up: the pool's
// favour), at most all its shares; when all are withheld and fall short,
// the debt falls by their value, ⌊withheld × P / S⌋ (rounded down: the
// pool's favour), and the rest waits for the next reports.
//
// The lists are by position in allOperators (every curated module's
// operators, as the fee split's).
func (s *State) planELCharges(plan *reportPlan, r *OracleReport, preP, preS *uint256.Int, all []*Operator, starts []int) {
	el := &plan.el
	el.debt = make([]uint256.Int, len(all))
	el.withheld = make([]uint256.Int, len(all))
	for i, o := range all {
		el.debt[i] = o.ELRewardsDebt
	}
	for _, c := range r.ELRewardsCharges {
		if s.hooked(c.Operator) {
			continue // its module's (planHooked)
		}
		i := flatIndex(c.Operator, starts)
		el.debt[i].Add(&el.debt[i], &c.Amount)
	}
	if plan.opShares == nil || preP.IsZero() || preS.IsZero() {
		return // no fee this report: the debts wait
	}
	for i := range el.debt {
		d, v := &el.debt[i], &plan.opShares[i]
		if d.IsZero() || v.IsZero() {
			continue
		}
		var need uint256.Int
		if mulDiv(&need, d, preS, preP) {
			need.AddUint64(&need, 1) // rounded up: the pool's favour
		}
		if !need.Gt(v) {
			el.withheld[i] = need
			d.Clear()
		} else {
			var paid uint256.Int
			mulDiv(&paid, v, preP, preS) // rounded down: the pool's favour
			el.withheld[i] = *v
			d.Sub(d, &paid) // paid < d: v is worth less than the debt
		}
		v.Sub(v, &el.withheld[i])
	}
}

// withholdELCharge mints operator op's (position i) shares withheld for
// its debt to the burner (a non-cover burn request), after its fee and
// stuck penalty.
func (s *State) withholdELCharge(plan *reportPlan, i int, op *Operator) {
	if v := &plan.el.withheld[i]; !v.IsZero() {
		acc := s.account(s.burner)
		acc.Shares.Add(&acc.Shares, v)
		s.totalShares.Add(&s.totalShares, v)
		s.addBurnRequest(v, false)
		s.emit(Event{Kind: EvELRewardsCharged, Operator: op.ID, Shares: *v})
	}
}

// encodeCharges writes a report's charges (u32-counted; operator u32,
// amount u256), after its stats.
func encodeCharges(e *encoder, cs []OperatorAmount) {
	e.u32(uint32(len(cs)))
	for i := range cs {
		e.u32(uint32(cs[i].Operator))
		e.u256(&cs[i].Amount)
	}
}

func decodeCharges(d *decoder) []OperatorAmount {
	n := d.u32()
	if d.err == nil && uint64(n)*36 > uint64(len(d.b)) {
		d.err = fmt.Errorf("truncated: %d execution-reward charges", n)
	}
	if d.err != nil || n == 0 {
		return nil
	}
	out := make([]OperatorAmount, n)
	for i := range out {
		out[i].Operator = OperatorID(d.u32())
		d.u256(&out[i].Amount)
	}
	return out
}
