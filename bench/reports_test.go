package bench_test

import (
	"fmt"
	"testing"

	"github.com/stakepool/stakepool/bench"
)

// BenchmarkApplyReport measures applying one oracle report (the submit
// command: sanity checks, vault pulls, fees to treasury, insurance and 30
// operators, 100 requests finalized, exit requests, rebase) with 10 and a
// million stETH holders and 300,000 pool validators. The time does not
// depend on the number of holders: a rebase changes two totals, not the
// balances.
func BenchmarkApplyReport(b *testing.B) {
	for _, holders := range []int{10, 1_000_000} {
		b.Run(fmt.Sprintf("holders=%d/validators=300000", holders), func(b *testing.B) {
			if testing.Short() && holders > 10 {
				b.Skip("short")
			}
			rb, err := bench.NewReports(holders, 300_000)
			if err != nil {
				b.Fatal(err)
			}
			b.ReportAllocs()
			b.ResetTimer()
			for i := 0; i < b.N; i++ {
				b.StopTimer()
				if err := rb.Prepare(); err != nil {
					b.Fatal(err)
				}
				b.StartTimer()
				if err := rb.Apply(); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// TestReports checks that the bench's rounds apply.
func TestReports(t *testing.T) {
	rb, err := bench.NewReports(10, 300)
	if err != nil {
		t.Fatal(err)
	}
	for i := 0; i < 5; i++ {
		if err := rb.Prepare(); err != nil {
			t.Fatal(err)
		}
		if err := rb.Apply(); err != nil {
			t.Fatal(err)
		}
	}
	st := rb.State()
	if _, last, _, _ := st.WithdrawalQueue(); last == 0 || st.ReportCount() != 6 {
		t.Fatalf("reports %d, finalized %d", st.ReportCount(), last)
	}
}
