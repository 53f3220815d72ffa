package scenario

import (
	"context"
	"path/filepath"
	"testing"

	"github.com/stakepool/stakepool/beacon"
	"github.com/stakepool/stakepool/oracle"
	"github.com/stakepool/stakepool/protocol"
)

// BenchmarkExchangeReport measures one report of pool-competition's
// exchange (a one-epoch frame: every epoch of the run) on its own: the
// member's read of the chain and its computation, after a few simulated
// days (ns/op is per report; ns/validator per pool validator).
func BenchmarkExchangeReport(b *testing.B) {
	r := exchangeRunner(b)
	p := r.w.pools[1]
	view := poolChain{Chain: r.w.chain, p: p, buf: new([]beacon.Validator), dbuf: new([]beacon.DutyCounts)}
	ctx := context.Background()
	ref := r.w.Slot()
	var keys oracle.KeyIndex
	cfg := oracle.MainnetConfig()
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		snap, err := oracle.ReadSnapshot(ctx, view, p.st.WithdrawalCredentials())
		if err != nil {
			b.Fatal(err)
		}
		// the state has this frame's report already: a sanity-limit error
		// is expected and comes after the work measured
		if _, _, err := oracle.Compute(p.st, &keys, cfg, ref, snap); err != nil && protocol.CodeOf(err) == "" {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/float64(len(p.idx)), "ns/validator")
}

// BenchmarkExchangeFreeze measures freeze for pool-competition's exchange
// at a frame start: its validators and duty counts copied from the chain.
func BenchmarkExchangeFreeze(b *testing.B) {
	r := exchangeRunner(b)
	p := r.w.pools[1]
	slot := r.w.Slot() // an epoch's first slot: the exchange's frame starts
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		if err := r.w.freeze(p, slot); err != nil {
			b.Fatal(err)
		}
		p.frozen.on = false
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/float64(len(p.idx)), "ns/validator")
}

// exchangeRunner is pool-competition's runner three simulated days in.
func exchangeRunner(b *testing.B) *runner {
	b.Helper()
	sc, err := Load(filepath.Join("..", "scenarios", "pool-competition.yaml"))
	if err != nil {
		b.Fatal(err)
	}
	r, err := newRunner(sc)
	if err != nil {
		b.Fatal(err)
	}
	for range 3 * 225 {
		if err := r.w.AdvanceEpoch(); err != nil {
			b.Fatal(err)
		}
	}
	return r
}
