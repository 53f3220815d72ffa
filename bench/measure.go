package bench

import (
	"os"
	"runtime"
	"slices"
	"strconv"
	"strings"
	"syscall"
	"time"
)

// round keeps four significant decimals' worth of a figure.
func round(v float64) float64 {
	if v >= 100 {
		return float64(int64(v + 0.5))
	}
	return float64(int64(v*100+0.5)) / 100
}

// median runs f reps times and returns the median duration.
func median(reps int, f func() error) (time.Duration, error) {
	ds := make([]time.Duration, reps)
	for i := range ds {
		t0 := time.Now()
		if err := f(); err != nil {
			return 0, err
		}
		ds[i] = time.Since(t0)
	}
	return medianOf(ds), nil
}

// medianOf sorts ds and returns its median.
func medianOf(ds []time.Duration) time.Duration {
	slices.Sort(ds)
	return ds[len(ds)/2]
}

// percentile of sorted durations (0 when empty).
func percentile(sorted []time.Duration, p float64) time.Duration {
	if len(sorted) == 0 {
		return 0
	}
	return sorted[int(p*float64(len(sorted)-1))]
}

// opsResult is a timed loop of operations: ns and heap allocations per op.
type opsResult struct {
	NsPerOp, AllocsPerOp float64
}

// timeOps measures op as `go test -bench` would, without package testing
// (which the binary must not link): each round builds a fresh workload with
// setup and runs n operations, n growing until a round takes at least a
// second; the last round's time and allocations per operation are
// returned.
func timeOps[W any](setup func() (W, error), op func(w W, i int) error) (opsResult, error) {
	n := 1
	for {
		w, err := setup()
		if err != nil {
			return opsResult{}, err
		}
		runtime.GC()
		var m0, m1 runtime.MemStats
		runtime.ReadMemStats(&m0)
		t0 := time.Now()
		for i := 0; i < n; i++ {
			if err := op(w, i); err != nil {
				return opsResult{}, err
			}
		}
		d := time.Since(t0)
		runtime.ReadMemStats(&m1)
		if d >= time.Second || n >= 1e9 {
			return opsResult{NsPerOp: float64(d.Nanoseconds()) / float64(n), AllocsPerOp: float64(m1.Mallocs-m0.Mallocs) / float64(n)}, nil
		}
		// aim 20% past a second from this round's pace, growing at most 100×
		next := int64(1.2 * float64(time.Second) * float64(n) / float64(max(d, 1)))
		n = int(min(max(next, int64(n)+1), 100*int64(n), 1e9))
	}
}

// processCPU is the user and system CPU time this process has used.
func processCPU() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// heapAlloc is the live heap after a collection.
func heapAlloc() uint64 {
	runtime.GC()
	var m runtime.MemStats
	runtime.ReadMemStats(&m)
	return m.HeapAlloc
}

// loadAverage is the machine's 1-minute load average (0 when unknown):
// the benches share the cores with whatever else runs.
func loadAverage() float64 {
	b, err := os.ReadFile("/proc/loadavg")
	if err != nil {
		return 0
	}
	f := strings.Fields(string(b))
	if len(f) == 0 {
		return 0
	}
	v, _ := strconv.ParseFloat(f[0], 64)
	return v
}

// epochsPerYear is 365.25 days of 384-second (mainnet) epochs.
const epochsPerYear = 365.25 * 86400 / 384
