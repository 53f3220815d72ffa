package bench_test

import (
	"testing"

	"github.com/stakepool/stakepool/bench"
	"github.com/stakepool/stakepool/protocol"
)

func benchLedger(b *testing.B, holders int, random bool, k protocol.CommandKind) {
	if testing.Short() && holders > bench.InCacheAccounts {
		b.Skip("short")
	}
	l, err := bench.NewLedger(holders, 1000)
	if err != nil {
		b.Fatal(err)
	}
	if random {
		l.Random(1)
	}
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if err := l.Do(k); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkTransfer: stETH transfers between random holders of a
// 1M-holder pool through ApplyTx (amount→shares conversion, two balance
// updates, two events); the drawing of a batch is inside the timing here
// (stakepool bench ledger leaves it out).
func BenchmarkTransfer(b *testing.B) { benchLedger(b, 1_000_000, true, protocol.CmdTransfer) }

// BenchmarkSubmit: submits from random holders of a 1M-holder pool
// (shares minted at the current rate, buffer update, three events).
func BenchmarkSubmit(b *testing.B) { benchLedger(b, 1_000_000, true, protocol.CmdSubmit) }

// BenchmarkTransferInCache: the 1,024 accounts in turn, which stay in
// the CPU's caches (not the goal's case).
func BenchmarkTransferInCache(b *testing.B) {
	benchLedger(b, bench.InCacheAccounts, false, protocol.CmdTransfer)
}

// TestLedger: every operation of the workloads is a valid transaction
// (nonces in order, balances enough), random and in turn, and the
// transfers conserve the holders' shares.
func TestLedger(t *testing.T) {
	for _, random := range []bool{false, true} {
		l, err := bench.NewLedger(300, 1000)
		if err != nil {
			t.Fatal(err)
		}
		if random {
			l.Random(7)
		}
		st := l.State()
		total := st.TotalShares()
		for i := 0; i < 3*bench.LedgerBatch; i++ {
			if err := l.Do(protocol.CmdTransfer); err != nil {
				t.Fatalf("random %v: transfer %d: %v", random, i, err)
			}
		}
		if !st.TotalShares().Eq(total) {
			t.Fatalf("transfers changed the total shares")
		}
		for i := 0; i < 2*bench.LedgerBatch; i++ {
			if err := l.Do(protocol.CmdSubmit); err != nil {
				t.Fatalf("random %v: submit %d: %v", random, i, err)
			}
		}
		if st.TotalShares().Eq(total) {
			t.Fatalf("submits minted nothing")
		}
	}
}

// BenchmarkTransferBlock: as BenchmarkTransfer, blocks of LedgerBatch
// through ApplyTxs (accounts fetched ahead).
func BenchmarkTransferBlock(b *testing.B) {
	l, err := bench.NewLedger(1_000_000, 1000)
	if err != nil {
		b.Fatal(err)
	}
	l.Random(1)
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i += bench.LedgerBatch {
		b.StopTimer()
		txs := l.Draw(protocol.CmdTransfer)
		b.StartTimer()
		l.State().ApplyTxs(txs, nil)
	}
}
