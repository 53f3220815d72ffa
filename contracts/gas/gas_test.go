package gas

import (
	"context"
	"testing"
)

// TestMeasure runs every measurement once: each operation must succeed and
// cost something, and the figures come in a fixed order with the names the
// bench prints.
func TestMeasure(t *testing.T) {
	figs, err := Measure(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	want := []string{"submit/first", "submit", "transfer", "transfer/new-holder", "transferShares", "approve", "transferFrom",
		"permit", "wrap", "unwrap", "requestWithdrawals/1", "requestWithdrawals/10",
		"escrow-lock/stETH", "escrow-lock/wstETH", "escrow-lock/request", "escrow-unlock/all-three", "addSigningKeys/per-key", "deposit/1",
		"deposit/10", "oracle-report/operators=10", "claimWithdrawal", "triggerExit", "oracle-report/operators=100",
		"deposit/10/modules=2", "oracle-report/modules=2/operators=3",
		"depositBufferedEther/1", "depositBufferedEther/10", "depositBufferedEther/module-2/10", "pauseDeposits/signed", "pauseDeposits/call",
		"bonded-createOperator/1-key+2.4ETH", "bonded-bond-deposit/ETH", "bonded-bond-deposit/stETH", "bonded-addKeys/1", "bonded-addKeys/10",
		"bonded-removeKeys/1", "bonded-removeKeys/10", "oracle-report/bonded", "oracle-report/bonded/withdrawn-rows=1", "triggerModuleExit/bonded"}
	if len(figs) != len(want) {
		t.Fatalf("%d figures, want %d", len(figs), len(want))
	}
	for i, f := range figs {
		if f.Name != want[i] || f.Gas < 21_000 {
			t.Errorf("figure %d: %s %d gas, want %s above 21,000", i, f.Name, f.Gas, want[i])
		}
	}
	// Ten requests cost less than ten single ones; a deposit of ten less than ten of one.
	by := map[string]uint64{}
	for _, f := range figs {
		by[f.Name] = f.Gas
	}
	if by["requestWithdrawals/10"] >= 10*by["requestWithdrawals/1"] || by["deposit/10"] >= 10*by["deposit/1"] ||
		by["depositBufferedEther/10"] >= 10*by["depositBufferedEther/1"] {
		t.Errorf("batches cost no less than single calls: %v", by)
	}
	// A withdrawn row costs something: the module's updateWithdrawn.
	if by["oracle-report/bonded/withdrawn-rows=1"] <= by["oracle-report/bonded"] {
		t.Errorf("a withdrawn row costs nothing: %v", by)
	}
}
