package protocol_test

import (
	"testing"

	"github.com/holiman/uint256"

	"github.com/stakepool/stakepool/protocol"
	pt "github.com/stakepool/stakepool/protocol/protocoltest"
)

// withdrawnPool is bondedPool with its 20 deposits made (bonded operator
// D has 2 validators, a 27.1-ETH bond for 20 keys: 2.4 + 19 × 1.3) and a
// report seen, then D's first validator exited (reported, not withdrawn).
// No report gains, so no fee moves the rate: 640 ETH for 640·10¹⁸ shares.
func withdrawnPool(t *testing.T) (*harness, protocol.OperatorID) {
	t.Helper()
	h, d := bondedPool(t)
	h.allowLosses()
	h.next()
	depositOrder(h, 20)
	h.mustReport(protocol.OracleReport{Validators: 20, Balance: gwei(eth(640))})
	h.mustReport(protocol.OracleReport{Validators: 20, Balance: gwei(eth(640)), Exited: []protocol.OperatorCount{{Operator: d, Count: 1}}})
	return h, d
}

// TestWithdrawnHonestExitFreesBond: D's exited validator is paid its 32
// ETH; the report counts it withdrawn with no loss, and D may claim the
// bond the curve no longer requires: 27.1 − 25.8 (the curve for 19 keys)
// = 1.3 ETH, the curve's step, 1,300,000,000,000,000,000 shares at the
// rate 1. Before, with the validator exited but not withdrawn, nothing.
func TestWithdrawnHonestExitFreesBond(t *testing.T) {
	h, d := withdrawnPool(t)
	m, _ := h.s.BondedModule()
	before, _ := m.Claimable(0, h.s.BondShareRate())
	if !before.IsZero() {
		t.Fatalf("claimable with the validator exited, not withdrawn: %s, want 0", before.Dec())
	}
	h.credit(pt.Vault, eth(32))
	h.mustReport(protocol.OracleReport{Validators: 20, Balance: gwei(eth(608)), WithdrawalVault: eth(32),
		Withdrawn: []protocol.OperatorWithdrawal{{Operator: d, Count: 1}}})
	o, _ := m.Operator(0)
	after, _ := m.Claimable(0, h.s.BondShareRate())
	if o.Withdrawn != 1 || o.Bond.Dec() != "27100000000000000000" || after.Dec() != "1300000000000000000" {
		t.Fatalf("withdrawn %d, bond %s, claimable %s; want 1, 27.1 ETH of shares, 1.3 ETH of shares", o.Withdrawn, o.Bond.Dec(), after.Dec())
	}
	h.do(bob, protocol.Command{Kind: protocol.CmdBondedClaim, Operator: 0, Amount: *after})
	if got := h.s.SharesOf(bob).Dec(); got != "1300000000000000000" {
		t.Fatalf("bob holds %s shares after the claim, want 1.3 ETH of shares", got)
	}
}

// TestWithdrawnSlashedLossFromBond: D's exited validator was slashed and
// returns 31 ETH. The report's balance falls 32 ETH, the vault holds 31:
// the pool lost 1 ETH (640 ETH for 641·10¹⁸ shares after the report: the
// genesis holder's 1 ETH and the 640 staked, no insurance cover). The
// withdrawal row carries the 1-ETH loss; the module burns ⌈10¹⁸ × 641 /
// 640⌉ = 1,001,562,500,000,000,000 shares of D's bond (exact here;
// rounded up in general: the pool's favour) through the burner, no debt;
// then the bond for 19 keys (25.8 ETH, 25.8·10¹⁸ × 641 / 640 =
// 25,840,312,500,000,000,000 shares) is required and the rest is
// claimable: 27.1·10¹⁸ − 1,001,562,500,000,000,000 −
// 25,840,312,500,000,000,000 = 258,125,000,000,000,000 shares.
func TestWithdrawnSlashedLossFromBond(t *testing.T) {
	h, d := withdrawnPool(t)
	m, _ := h.s.BondedModule()
	burner := *h.s.SharesOf(pt.Burner)
	h.credit(pt.Vault, eth(31))
	h.mustReport(protocol.OracleReport{Validators: 20, Balance: gwei(eth(608)), WithdrawalVault: eth(31),
		Withdrawn: []protocol.OperatorWithdrawal{{Operator: d, Count: 1, Loss: eth(1)}}})
	if p, s := h.s.TotalPooledEther().Dec(), h.s.TotalShares().Dec(); p != "640000000000000000000" || s != "641000000000000000000" {
		t.Fatalf("pool %s ETH for %s shares, want 640 ETH for 641", p, s)
	}
	one := eth(1)
	if due := sharesUp(h, &one); due.Dec() != "1001562500000000000" {
		t.Fatalf("⌈1 ETH × S / P⌉ = %s", due.Dec())
	}
	o, _ := m.Operator(0)
	var burnt uint256.Int
	burnt.Sub(h.s.SharesOf(pt.Burner), &burner)
	if burnt.Dec() != "1001562500000000000" || o.Bond.Dec() != "26098437500000000000" || !o.Debt.IsZero() || o.Withdrawn != 1 {
		t.Fatalf("burnt %s, bond %s, debt %s, withdrawn %d; want 1001562500000000000, 26098437500000000000, 0, 1", burnt.Dec(), o.Bond.Dec(), o.Debt.Dec(), o.Withdrawn)
	}
	if c, _ := m.Claimable(0, h.s.BondShareRate()); c.Dec() != "258125000000000000" {
		t.Fatalf("claimable %s, want 258125000000000000", c.Dec())
	}
}

// TestWithdrawnClaimBeforeLoss (attack: a slashed operator takes its bond
// before the loss is counted): D's validator is slashed and exits; before
// the oracle counts it withdrawn (and so its loss), D claims the 1.3 ETH
// its exit would free. The bond stays required for every validator until
// it is withdrawn (BondedModule.requiredShares counts deposited −
// withdrawn), so the claim is refused (BOND_INSUFFICIENT) and the whole
// bond is there when the loss — 20 ETH here, the most LIP-23 lets this
// 20-validator pool show, far beyond the 1.3 ETH of the validator's own
// step — arrives: the bond pays it all at the rate after the report (621
// ETH for 641·10¹⁸ shares), ⌈20·10¹⁸ × 641 / 621⌉ =
// 20,644,122,383,252,818,036 shares burnt (rounded up), no debt. With the
// defence removed (the bond required for deposited − exited validators)
// the claim goes through and this test FAILS.
func TestWithdrawnClaimBeforeLoss(t *testing.T) {
	h, d := withdrawnPool(t)
	m, _ := h.s.BondedModule()
	if _, err := h.try(bob, protocol.Command{Kind: protocol.CmdBondedClaim, Operator: 0, Amount: milliETH(1300)}); !isCode(err, protocol.CodeBondInsufficient) {
		t.Fatalf("claim with an exited, not withdrawn validator: %v, want BOND_INSUFFICIENT", err)
	}
	h.credit(pt.Vault, eth(12))
	burner := *h.s.SharesOf(pt.Burner)
	h.mustReport(protocol.OracleReport{Validators: 20, Balance: gwei(eth(608)), WithdrawalVault: eth(12),
		Withdrawn: []protocol.OperatorWithdrawal{{Operator: d, Count: 1, Loss: eth(20)}}})
	o, _ := m.Operator(0)
	var burnt uint256.Int
	burnt.Sub(h.s.SharesOf(pt.Burner), &burner)
	if burnt.Dec() != "20644122383252818036" || o.Bond.Dec() != "6455877616747181964" || !o.Debt.IsZero() {
		t.Fatalf("a 20-ETH loss on a 27.1-ETH bond: burnt %s, bond %s, debt %s; want 20644122383252818036, 6455877616747181964, 0", burnt.Dec(), o.Bond.Dec(), o.Debt.Dec())
	}
}

// TestWithdrawnRowsRefused: each refused row leaves the state as it was,
// with its code (checkWithdrawn's order).
func TestWithdrawnRowsRefused(t *testing.T) {
	h, d := withdrawnPool(t)
	a := h.s.Operators()[0].ID
	row := func(op protocol.OperatorID, n uint64, loss uint256.Int) protocol.OperatorWithdrawal {
		return protocol.OperatorWithdrawal{Operator: op, Count: n, Loss: loss}
	}
	none := uint256.Int{}
	over := eth(32)
	over.AddUint64(&over, 1)
	for _, c := range []struct {
		name string
		rows []protocol.OperatorWithdrawal
		want protocol.Code
	}{
		{"out of order", []protocol.OperatorWithdrawal{row(d, 1, none), row(a, 0, none)}, protocol.CodeMalformed},
		{"unknown bonded operator", []protocol.OperatorWithdrawal{row(protocol.ModuleOperatorID(2, 1), 0, none)}, protocol.CodeUnknownOperator},
		{"unknown module", []protocol.OperatorWithdrawal{row(protocol.ModuleOperatorID(3, 0), 0, none)}, protocol.CodeUnknownOperator},
		{"a curated operator (no bond)", []protocol.OperatorWithdrawal{row(a, 0, none)}, protocol.CodeSanityWithdrawn},
		{"above the exited count", []protocol.OperatorWithdrawal{row(d, 2, none)}, protocol.CodeWithdrawnDecreased},
		{"a loss above 32 ETH a validator", []protocol.OperatorWithdrawal{row(d, 1, over)}, protocol.CodeSanityWithdrawn},
		{"a loss with none newly withdrawn", []protocol.OperatorWithdrawal{row(d, 0, *uint256.NewInt(1))}, protocol.CodeSanityWithdrawn},
	} {
		r := protocol.OracleReport{Validators: 20, Balance: gwei(eth(640)), Withdrawn: c.rows}
		r.RefSlot = h.nextFrame()
		h.vote(&r, 3)
		root := h.s.Root()
		if _, err := h.try(pt.Oracles[0], protocol.Command{Kind: protocol.CmdOracleSubmit, Report: &r}); !isCode(err, c.want) {
			t.Fatalf("%s: %v, want %s", c.name, err, c.want)
		}
		if h.s.Root() != root {
			t.Fatalf("%s: a refused report changed the state", c.name)
		}
	}
	// Up to the exited count after the report's own exits; never lower.
	h.mustReport(protocol.OracleReport{Validators: 20, Balance: gwei(eth(640)), Exited: []protocol.OperatorCount{{Operator: d, Count: 2}},
		Withdrawn: []protocol.OperatorWithdrawal{row(d, 2, eth(64))}})
	if _, err := h.report(protocol.OracleReport{Validators: 20, Balance: gwei(eth(640)), Withdrawn: []protocol.OperatorWithdrawal{row(d, 1, none)}}); !isCode(err, protocol.CodeWithdrawnDecreased) {
		t.Fatalf("withdrawn lowered: %v, want WITHDRAWN_DECREASED", err)
	}
}

// TestWithdrawnReportEncoding: the rows are part of the report's encoding
// and so of its hash; they round-trip.
func TestWithdrawnReportEncoding(t *testing.T) {
	r := protocol.OracleReport{RefSlot: 63, Withdrawn: []protocol.OperatorWithdrawal{{Operator: protocol.ModuleOperatorID(2, 3), Count: 4, Loss: eth(1)}}}
	plain := r
	plain.Withdrawn = nil
	if r.Hash() == plain.Hash() {
		t.Fatal("the withdrawal rows do not change the report's hash")
	}
	back, err := protocol.DecodeReport(protocol.EncodeReport(&r))
	if err != nil || len(back.Withdrawn) != 1 || back.Withdrawn[0] != r.Withdrawn[0] {
		t.Fatalf("round trip: %+v, %v", back, err)
	}
}
