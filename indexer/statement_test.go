package indexer_test

import (
	"context"
	"testing"
)

// TestStatementExplainsEveryWei is issue 17's "done when": the statement
// of an account that staked, transferred, was rebased, withdrew and
// claimed explains every wei of its balances, with a reason for each.
func TestStatementExplainsEveryWei(t *testing.T) {
	n := startNode(t)
	me, err := n.LifeOfAnAccount(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	ix := openIndexer(t, n, t.TempDir())
	defer ix.Close()
	sync(t, ix)
	checkStatements(t, n, ix)
	v, err := ix.View()
	if err != nil {
		t.Fatal(err)
	}
	defer v.Close()
	st, err := v.Statement(me, nil)
	if err != nil {
		t.Fatal(err)
	}
	seen := map[string]bool{}
	for _, e := range st.Entries {
		seen[e.Ledger.String()+"/"+e.Reason] = true
	}
	for _, want := range []string{"eth/stake", "steth/stake", "steth/transfer", "steth/rebase_consensus", "steth/rebase_execution",
		"steth/rebase_fee", "steth/wrap", "wsteth/wrap", "steth/unwrap", "wsteth/unwrap", "steth/withdrawal_request",
		"withdrawal/withdrawal_request", "withdrawal/finalization", "withdrawal/claim", "eth/claim", "steth/instant_withdrawal",
		"eth/instant_withdrawal", "steth/socialized_loss", "steth/rebase_insurance_cover", "steth/instant_withdrawal_fee"} {
		if !seen[want] {
			t.Errorf("no %s entry in the statement (%v)", want, seen)
		}
	}
	fig := ix.Figures()
	if fig.Reports != 5 || fig.Finalized < 2 {
		t.Errorf("figures %+v: want 5 reports and both requests finalized", fig)
	}
}
