package sim

import (
	"fmt"
	"testing"
)

// TestShuffleIndicesLargeList checks the two-goroutine path of the
// whole-list shuffle (lists of 2^16 or more) against the spec's
// compute_shuffled_index on a sample of positions, for list sizes around
// the split and an odd size.
func TestShuffleIndicesLargeList(t *testing.T) {
	for _, n := range []int{1 << 16, 1<<16 + 1, 100_003} {
		indices := make([]uint32, n)
		for i := range indices {
			indices[i] = uint32(3*i + 1)
		}
		var seed [32]byte
		seed[0], seed[31] = byte(n), 0x5a
		got := ShuffleIndices(indices, seed, 90)
		for j := 0; j < n; j += 97 {
			want := indices[ComputeShuffledIndex(uint64(j), uint64(n), seed, 90)]
			if got[j] != want {
				t.Fatalf("n=%d: shuffled[%d] = %d, compute_shuffled_index gives %d", n, j, got[j], want)
			}
		}
		if want := indices[ComputeShuffledIndex(uint64(n-1), uint64(n), seed, 90)]; got[n-1] != want {
			t.Fatalf("n=%d: last position differs", n)
		}
	}
}

func BenchmarkShuffleIndices(b *testing.B) {
	for _, n := range []int{30_000, 1_000_000} {
		b.Run(fmt.Sprint(n), func(b *testing.B) {
			indices := make([]uint32, n)
			for i := range indices {
				indices[i] = uint32(i)
			}
			var seed [32]byte
			for i := 0; i < b.N; i++ {
				seed[0] = byte(i)
				ShuffleIndices(indices, seed, 90)
			}
		})
	}
}
