package difftest

import (
	"github.com/holiman/uint256"
	"pgregory.net/rapid"

	"github.com/stakepool/stakepool/protocol"
	"github.com/stakepool/stakepool/units"
)

// drawWithdrawn adds withdrawal rows to a report (protocol/withdrawn.go):
// for bonded operators with exited validators not yet counted withdrawn
// (their exited count after the report's own exits), a count up to it
// and a loss — none (an honest exit), a slashing's (about 1 ETH a
// validator), up to 32 ETH a newly withdrawn validator — and now and then
// a row the oracle refuses: a count above the exited or below the last
// (WITHDRAWN_DECREASED), a loss above 32 ETH a validator or a curated
// operator's row (SANITY_WITHDRAWN), an unknown operator, rows out of
// order (MALFORMED). Called after the bonded operators' own entries, so
// the report's exited rows are all drawn.
func (w *world) drawWithdrawn(rt *rapid.T, r *protocol.OracleReport) {
	if n := len(w.model.OperatorStates()); n > 0 && rapid.IntRange(0, 40).Draw(rt, "withdrawn-curated") == 0 {
		r.Withdrawn = append(r.Withdrawn, protocol.OperatorWithdrawal{Operator: protocol.OperatorID(rapid.IntRange(0, n-1).Draw(rt, "withdrawn-curated-op"))})
	}
	m, _ := w.model.BondedModule()
	if m == nil {
		return
	}
	eth := uint256.NewInt(1e18)
	for id := uint64(0); id < m.Operators(); id++ {
		o, _ := m.Operator(id)
		g := protocol.ModuleOperatorID(2, id)
		exited := o.Exited
		for _, e := range r.Exited {
			if e.Operator == g {
				exited = e.Count
			}
		}
		if exited == o.Withdrawn && rapid.IntRange(0, 20).Draw(rt, "withdrawn-idle") > 0 {
			continue
		}
		if exited > o.Withdrawn && rapid.IntRange(0, 5).Draw(rt, "withdrawn-skip") == 0 {
			continue
		}
		row := protocol.OperatorWithdrawal{Operator: g, Count: exited} // mostly every exited validator withdrawn
		if exited > o.Withdrawn && rapid.IntRange(0, 2).Draw(rt, "withdrawn-some") == 0 {
			row.Count = o.Withdrawn + rapid.Uint64Range(0, exited-o.Withdrawn).Draw(rt, "withdrawn-count")
		}
		newly := row.Count - o.Withdrawn
		switch rapid.IntRange(0, 13).Draw(rt, "withdrawn-loss-kind") {
		case 0, 1, 2, 3, 9, 10, 11: // honest exits
		case 4, 5, 6, 12: // slashed: about 1 ETH a validator
			row.Loss.Mul(uint256.NewInt(newly), eth)
			row.Loss.AddUint64(&row.Loss, rapid.Uint64Range(0, 1e9).Draw(rt, "withdrawn-loss-gwei")*1e9)
			if row.Loss.Gt(new(uint256.Int).Mul(uint256.NewInt(newly), protocol.DepositSizeWei)) {
				row.Loss.Mul(uint256.NewInt(newly), protocol.DepositSizeWei)
			}
		case 7: // up to 32 ETH a validator
			row.Loss.Mul(uint256.NewInt(newly), protocol.DepositSizeWei)
			row.Loss.Sub(&row.Loss, uint256.NewInt(min(row.Loss.Uint64(), rapid.Uint64Range(0, 1e18).Draw(rt, "withdrawn-loss-off"))))
		case 8: // above 32 ETH a validator: refused
			row.Loss.Mul(uint256.NewInt(newly), protocol.DepositSizeWei)
			row.Loss.AddUint64(&row.Loss, 1)
		default: // a count the oracle refuses
			if o.Withdrawn > 0 && rapid.Bool().Draw(rt, "withdrawn-down") {
				row.Count = o.Withdrawn - 1
			} else {
				row.Count = exited + 1
			}
		}
		r.Withdrawn = append(r.Withdrawn, row)
		if row.Count > o.Withdrawn {
			w.stats["withdrawal row drawn"]++
		}
	}
	switch rapid.IntRange(0, 40).Draw(rt, "withdrawn-lie") {
	case 0: // an operator that does not exist
		r.Withdrawn = append(r.Withdrawn, protocol.OperatorWithdrawal{Operator: protocol.ModuleOperatorID(2, m.Operators())})
	case 1: // out of order
		if n := len(r.Withdrawn); n > 1 {
			r.Withdrawn[0], r.Withdrawn[n-1] = r.Withdrawn[n-1], r.Withdrawn[0]
		}
	}
}

// withdrawals ends TestDifferentialBondedRouter's story: bonded operator
// g has one exited validator; the reports keep the beacon balance (gwei). A report naming curated operator
// 0 in its withdrawal rows is refused SANITY_WITHDRAWN on both sides, one
// counting two withdrawn (of one exited) WITHDRAWN_DECREASED; then the
// exited validator is counted withdrawn with a 1-ETH loss: burnt from the
// bond (its shares rounded up), no debt, withdrawn 1 — the books are
// compared after every step.
func (sc *script) withdrawals(g protocol.OperatorID, balance units.Gwei) {
	w, rt := sc.w, sc.rt
	for _, bad := range []struct {
		rows []protocol.OperatorWithdrawal
		want protocol.Code
	}{
		{[]protocol.OperatorWithdrawal{{Operator: 0}}, protocol.CodeSanityWithdrawn},
		{[]protocol.OperatorWithdrawal{{Operator: g, Count: 2}}, protocol.CodeWithdrawnDecreased},
	} {
		sc.run(w.waitForNextFrame(rt), "")
		ref, _ := w.model.CurrentRefSlot()
		sc.reportRefused(&protocol.OracleReport{RefSlot: ref, Validators: 4, Balance: balance, Withdrawn: bad.rows}, bad.want)
	}
	sc.run(w.waitForNextFrame(rt), "")
	ref, _ := w.model.CurrentRefSlot()
	m, _ := w.model.BondedModule()
	o, _ := m.Operator(0)
	sc.report(&protocol.OracleReport{RefSlot: ref, Validators: 4, Balance: balance,
		Withdrawn: []protocol.OperatorWithdrawal{{Operator: g, Count: 1, Loss: *uint256.NewInt(1e18)}}})
	after, _ := m.Operator(0)
	if after.Withdrawn != 1 || !after.Debt.IsZero() || !after.Bond.Lt(&o.Bond) {
		rt.Fatalf("bonded operator 0 after its withdrawal with a 1-ETH loss: withdrawn %d, bond %s (was %s), debt %s", after.Withdrawn, after.Bond.Dec(), o.Bond.Dec(), after.Debt.Dec())
	}
}

// reportRefused votes for r on both sides and submits it, expecting the
// refusal want from both.
func (sc *script) reportRefused(r *protocol.OracleReport, want protocol.Code) {
	key := "submitReportData refused " + string(want)
	before := sc.w.stats[key]
	sc.submitReport(r, want)
	if sc.w.stats[key] == before {
		sc.rt.Fatalf("the report was not refused %s on both sides", want)
	}
}
