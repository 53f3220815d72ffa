package bench_test

import (
	"testing"

	"github.com/stakepool/stakepool/bench"
)

func benchLedger(b *testing.B, op func(l *bench.Ledger, i int) error) {
	l, err := bench.NewLedger()
	if err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if err := op(l, i); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkSubmit: submit through ApplyTx (shares minted at the current
// rate, stake-limit bookkeeping, buffer update, three events).
func BenchmarkSubmit(b *testing.B) { benchLedger(b, (*bench.Ledger).Submit) }

// BenchmarkTransfer: an stETH transfer between existing accounts
// (amount→shares conversion, two balance updates, two events).
func BenchmarkTransfer(b *testing.B) { benchLedger(b, (*bench.Ledger).Transfer) }

// TestLedger: every operation of the workload is a valid transaction
// (nonces in order, balances enough) over three rounds of the accounts.
func TestLedger(t *testing.T) {
	l, err := bench.NewLedger()
	if err != nil {
		t.Fatal(err)
	}
	for i := 0; i < 3*bench.LedgerAccounts; i++ {
		if err := l.Submit(i); err != nil {
			t.Fatalf("submit %d: %v", i, err)
		}
		if err := l.Transfer(i); err != nil {
			t.Fatalf("transfer %d: %v", i, err)
		}
	}
}
