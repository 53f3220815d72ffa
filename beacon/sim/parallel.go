// The simulator's parallel loops over the registry (no spec section): the
// chunking, the work sharing and the two-way split. Results are merged in
// chunk order, so they never depend on how many cores ran them.

package sim

import (
	"sync"
	"sync/atomic"
)

// chunk splits [0,n) into w nearly equal ranges.
func chunkRange(n, w, k int) (int, int) {
	return n * k / w, n * (k + 1) / w
}

// parallel runs f over the chunks of [0, n). The chunk boundaries depend on
// n and the worker count only; the workers (the caller and workers-1
// goroutines) take chunks from a shared counter, so a worker whose core is
// busy elsewhere does not hold the others up. Callers merge per-chunk
// results in chunk order, so results never depend on who ran which chunk.
func (s *State) parallel(n int, f func(k, lo, hi int)) {
	w := s.workers(n)
	kc := s.chunkCount(n)
	if w == 1 || kc == 1 {
		for k := 0; k < kc; k++ {
			lo, hi := chunkRange(n, kc, k)
			f(k, lo, hi)
		}
		return
	}
	var next atomic.Int64
	run := func() {
		for {
			k := int(next.Add(1) - 1)
			if k >= kc {
				return
			}
			lo, hi := chunkRange(n, kc, k)
			f(k, lo, hi)
		}
	}
	var wg sync.WaitGroup
	for i := 1; i < w; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			run()
		}()
	}
	run()
	wg.Wait()
}

// inParallel runs a on the calling goroutine and b on another, and returns
// when both are done (the two-way splits of the shuffle, the proposers and
// the attester draws).
func inParallel(a, b func()) {
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		b()
	}()
	a()
	wg.Wait()
}

// chunkCount is the number of chunks of a registry of n validators:
// about 16 384 validators each (at most 64) when running in parallel.
func (s *State) chunkCount(n int) int {
	w := s.workers(n)
	if w == 1 {
		return 1
	}
	return min(64, max(w, n/chunkSize))
}

// chunkSize is the target chunk length of the parallel loops (tests lower it).
var chunkSize = 16384
