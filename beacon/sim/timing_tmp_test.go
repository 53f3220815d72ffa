package sim

import (
	"runtime"
	"testing"
	"time"

	"github.com/stakepool/stakepool/beacon/spec"
)

func TestTimingTmp(t *testing.T) {
	sp := spec.MustLoad("mainnet", spec.Deneb)
	s := NewSynthetic(sp, SyntheticConfig{Validators: 1_000_000, Epoch: 1000, Seed: 1, ParticipationPerMille: 950})
	runtime.GC()
	t0 := time.Now()
	for i := 0; i < 50; i++ {
		s.ProcessEpoch()
	}
	t.Logf("epoch %v", time.Since(t0)/50)
	st := s.scratch.status
	t0 = time.Now()
	for i := 0; i < 50; i++ {
		s.parallel(len(st), func(k, lo, hi int) { s.pass1(lo, hi, &s.scratch.chunks[k]) })
	}
	t.Logf("pass1 %v", time.Since(t0)/50)
	var sum uint64
	t0 = time.Now()
	for i := 0; i < 50; i++ {
		for _, b := range s.Balances {
			sum += b
		}
	}
	t.Logf("sum 8MB %v (%d)", time.Since(t0)/50, sum%7)
	t0 = time.Now()
	for i := 0; i < 50; i++ {
		s.parallel(len(st), func(k, lo, hi int) {
			var x uint64
			for _, b := range s.Balances[lo:hi] {
				x += b
			}
			sum += x & 1
		})
	}
	t.Logf("sum 8MB 2 threads %v", time.Since(t0)/50)
}
