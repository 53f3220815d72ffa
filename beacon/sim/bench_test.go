package sim

import (
	"fmt"
	"syscall"
	"testing"

	"github.com/stakepool/stakepool/beacon/spec"
)

func benchEpoch(b *testing.B, fork spec.Fork, n int) {
	sp := spec.MustLoad("mainnet", fork)
	base := NewSynthetic(sp, SyntheticConfig{Validators: n, Epoch: 1000, Seed: 1, ParticipationPerMille: 950})
	base.PrepareEpoch()
	states := make([]*State, 4)
	for i := range states {
		states[i] = base.Copy()
	}
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		s := states[i%len(states)]
		if i >= len(states) {
			b.StopTimer()
			copy(s.Balances, base.Balances)
			copy(s.EffInc, base.EffInc)
			copy(s.PrevParticipation, base.PrevParticipation)
			copy(s.CurrParticipation, base.CurrParticipation)
			copy(s.InactivityScores, base.InactivityScores)
			copy(s.cls, base.cls)
			s.clsEpoch = base.clsEpoch
			b.StartTimer()
		}
		s.ProcessEpoch()
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/float64(n), "ns/validator-epoch")
	b.ReportMetric(BytesPerValidator, "B/validator")
}

func BenchmarkProcessEpoch(b *testing.B) {
	for _, n := range []int{100_000, 1_000_000} {
		for _, f := range []spec.Fork{spec.Deneb, spec.Electra} {
			b.Run(fmt.Sprintf("%v/%d", f, n), func(b *testing.B) { benchEpoch(b, f, n) })
		}
	}
}

// BenchmarkChainEpoch runs whole epochs of a Chain (32 slots with blocks,
// attestations, sync aggregates and epoch processing) in both duty modes.
func BenchmarkChainEpoch(b *testing.B) {
	for _, mode := range []DutyMode{DutiesSpec, DutiesSampled} {
		for _, n := range []int{20_000, 100_000, 1_000_000} {
			b.Run(fmt.Sprintf("%v/%d", mode, n), func(b *testing.B) {
				sp := spec.MustLoad("mainnet", spec.Electra)
				s := NewSynthetic(sp, SyntheticConfig{Validators: n, Epoch: 1000, Seed: 1, ParticipationPerMille: 990})
				s.Duties = mode
				c := NewChain(s, Behaviour{Seed: 1, ParticipationPerMille: 990, MissedProposalPerMille: 10, ExecutionRewardGwei: 40_000_000})
				c.AdvanceEpochs(1)
				b.ResetTimer()
				cpu0 := cpuTime()
				for i := 0; i < b.N; i++ {
					c.AdvanceEpochs(1)
				}
				b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/float64(n), "ns/validator-epoch")
				b.ReportMetric(float64(cpuTime()-cpu0)/1e6/float64(b.N), "cpu-ms/epoch")
			})
		}
	}
}

// cpuTime is the process's user and system CPU time in ns.
func cpuTime() int64 {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return ru.Utime.Nano() + ru.Stime.Nano()
}
