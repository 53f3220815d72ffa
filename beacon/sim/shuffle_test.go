package sim

import (
	"crypto/sha256"
	"fmt"
	"testing"

	"pgregory.net/rapid"

	"github.com/stakepool/stakepool/beacon/spec"
)

// TestShufflerSourceCache: a shuffler with the source cache gives
// compute_shuffled_index (the uncached shuffler) for every index it is
// asked, in any order, on registries of any size up to the cache's bound
// and beyond it, with caches reused from one shuffler to the next.
func TestShufflerSourceCache(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		n := rapid.Uint64Range(1, 300_000).Draw(t, "n")
		var seed [32]byte
		seed[0], seed[1], seed[31] = byte(n), byte(n>>8), rapid.Byte().Draw(t, "seed")
		plain := newShuffler(seed, n, 90)
		sh := newShuffler(seed, n, 90).cached()
		defer sh.release()
		for _, i := range rapid.SliceOfN(rapid.Uint64Range(0, n-1), 1, 200).Draw(t, "indices") {
			if got, want := sh.index(i), plain.index(i); got != want {
				t.Fatalf("n=%d: cached shuffle of %d = %d, compute_shuffled_index %d", n, i, got, want)
			}
		}
	})
}

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

// BenchmarkComputeProposerIndex: one slot's proposer on registries of 32-ETH
// validators (about 64 candidates under Electra's filter).
func BenchmarkComputeProposerIndex(b *testing.B) {
	for _, n := range []int{20_000, 100_000} {
		b.Run(fmt.Sprint(n), func(b *testing.B) {
			s := NewSynthetic(spec.MustLoad("mainnet", spec.Electra), SyntheticConfig{Validators: n, Epoch: 50, Seed: 3, ParticipationPerMille: 1000})
			active := s.ActiveIndices(s.CurrentEpoch())
			var seed [32]byte
			b.ResetTimer()
			for i := range b.N {
				seed[0], seed[1] = byte(i), byte(i>>8)
				s.ComputeProposerIndex(active, seed)
			}
		})
	}
}

// A vector of zero roots takes the zero-subtree shortcut; its root is the
// one the layer-by-layer hashing gives (computed here without the
// shortcut), at every depth up to SLOTS_PER_HISTORICAL_ROOT, and one
// non-zero root anywhere changes it.
func TestRootsVectorZeroShortcut(t *testing.T) {
	layers := func(roots [][32]byte) [32]byte {
		layer := append([][32]byte(nil), roots...)
		for len(layer) > 1 {
			next := make([][32]byte, len(layer)/2)
			for i := range next {
				next[i] = sha256.Sum256(append(layer[2*i][:], layer[2*i+1][:]...))
			}
			layer = next
		}
		return layer[0]
	}
	for _, n := range []int{1, 2, 4, 64, 8192} {
		zero := make([][32]byte, n)
		if got, want := RootsVectorHashTreeRoot(zero), layers(zero); got != want {
			t.Fatalf("%d zero roots: %x, want %x", n, got, want)
		}
		one := make([][32]byte, n)
		one[n-1][31] = 1
		if got, want := RootsVectorHashTreeRoot(one), layers(one); got != want || got == layers(zero) {
			t.Fatalf("%d roots, the last one 1: %x, want %x (not the zero root)", n, got, want)
		}
		// hashtree's layers (any roots) give sha256's
		mixed := make([][32]byte, n)
		for i := range mixed {
			mixed[i] = sha256.Sum256([]byte{byte(i), byte(i >> 8), byte(n)})
		}
		if got, want := RootsVectorHashTreeRoot(mixed), layers(mixed); got != want {
			t.Fatalf("%d distinct roots: %x, want %x", n, got, want)
		}
	}
}
