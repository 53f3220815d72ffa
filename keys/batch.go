package keys

import (
	"crypto/rand"
	"encoding/binary"
	"fmt"
	"runtime"
	"sort"
	"strings"
	"sync"
	"sync/atomic"

	blst "github.com/supranational/blst/bindings/go"
)

// BatchItem is one (public key, message, signature) triple to verify.
type BatchItem struct {
	PublicKey PublicKey
	Message   []byte
	Signature Signature
}

// ItemError names one entry of a batch that failed and why.
type ItemError struct {
	Index int
	Err   error
}

func (e ItemError) Error() string { return fmt.Sprintf("entry %d: %v", e.Index, e.Err) }

// BatchError lists every failing entry of a batch, in index order.
type BatchError struct {
	Failures []ItemError
}

func (e *BatchError) Error() string {
	parts := make([]string, 0, len(e.Failures))
	for _, f := range e.Failures {
		parts = append(parts, f.Error())
	}
	return fmt.Sprintf("%d of the batch's signatures failed: %s", len(e.Failures), strings.Join(parts, "; "))
}

// Indexes returns the indexes of the failing entries.
func (e *BatchError) Indexes() []int {
	out := make([]int, len(e.Failures))
	for i, f := range e.Failures {
		out[i] = f.Index
	}
	return out
}

// Unwrap exposes the per-entry errors to errors.Is/As.
func (e *BatchError) Unwrap() []error {
	out := make([]error, len(e.Failures))
	for i, f := range e.Failures {
		out[i] = f.Err
	}
	return out
}

// randBits is the size of the random coefficients of the linear combination.
// 64 bits give a forgery probability of 2^-64 per batch, the value used by
// the consensus clients.
const randBits = 64

// chunkSize is the number of pairs per multi-Miller loop (blst's largest
// stride); bisection after a failure works on whole chunks.
const chunkSize = 16

// minPerWorker is the batch size below which adding a goroutine does not pay.
const minPerWorker = 8

// VerifyBatch checks many signatures at once with a random linear
// combination: a random non-zero 64-bit r_i per entry (crypto/rand) and
//
//	e(Σ r_i·sig_i, G1) == Π e(r_i·pk_i, H(msg_i))
//
// checked with one final exponentiation. Keys and signatures are
// decompressed and subgroup-checked per entry (infinity keys rejected), the
// hashing to G2 and the Miller loops run on GOMAXPROCS goroutines, and
// Σ r_i·sig_i is one multi-scalar multiplication. The Miller-loop values are
// kept per chunk of 16 entries, so when the combined check fails the bad
// chunks are found by bisection without hashing again, and the entries of a
// bad chunk are then checked one by one. It returns nil when every entry is
// valid, or a *BatchError naming each bad index with its reason.
func VerifyBatch(items []BatchItem) error {
	var failures []ItemError
	// Large inputs are verified in slabs so memory stays bounded (about
	// 0.5 KB of points per entry); each slab is its own random combination.
	for lo := 0; lo < len(items); lo += maxSlab {
		hi := min(lo+maxSlab, len(items))
		b := prepareBatch(items[lo:hi])
		for _, f := range b.malformed {
			failures = append(failures, ItemError{Index: lo + f.Index, Err: f.Err})
		}
		if len(b.idx) > 0 && !b.check(0, len(b.gts)) {
			before := len(failures)
			b.bisect(0, len(b.gts), true, func(k int) {
				failures = append(failures, ItemError{Index: lo + b.idx[k], Err: ErrBadSignature})
			})
			if len(failures) == before {
				// Cannot happen (every entry passing implies their product
				// passes); fail closed rather than accept the slab.
				for _, k := range b.idx {
					failures = append(failures, ItemError{Index: lo + k, Err: fmt.Errorf("%w: batch check failed without an isolated entry", ErrBadSignature)})
				}
			}
		}
	}
	if len(failures) == 0 {
		return nil
	}
	sort.Slice(failures, func(a, c int) bool { return failures[a].Index < failures[c].Index })
	return &BatchError{Failures: failures}
}

// maxSlab is the largest number of entries verified as one combination.
var maxSlab = 8192

// batch holds the prepared, well-formed entries of a batch.
type batch struct {
	idx       []int           // item index of each prepared entry
	sigs      []blst.P2Affine // signatures
	scalars   []byte          // r_k, 8 bytes little-endian each
	ps        []blst.P1Affine // r_k·pk_k
	qs        []blst.P2Affine // H(msg_k)
	gts       []blst.Fp12     // Miller loop of each chunk of ps/qs
	malformed []ItemError     // entries rejected while parsing
}

func workersFor(n int) int {
	w := runtime.GOMAXPROCS(0)
	if c := (n + minPerWorker - 1) / minPerWorker; c < w {
		w = c
	}
	if w < 1 {
		w = 1
	}
	return w
}

// prepareBatch parses and checks every entry, draws r_k, computes r_k·pk_k
// and H(msg_k), and the Miller loop of each chunk of 16 entries, in
// parallel. Points are brought to affine form a chunk at a time (one field
// inversion per chunk).
func prepareBatch(items []BatchItem) *batch {
	n := len(items)
	sigs := make([]blst.P2Affine, n)
	scalars := make([]byte, 8*n)
	ps := make([]blst.P1Affine, n)
	qs := make([]blst.P2Affine, n)
	errs := make([]error, n)
	chunks := (n + chunkSize - 1) / chunkSize
	gts := make([]blst.Fp12, chunks)
	var anyBad atomic.Bool
	var next atomic.Int64
	var wg sync.WaitGroup
	for w := min(workersFor(n), chunks); w > 0; w-- {
		wg.Add(1)
		go func() {
			defer wg.Done()
			var rpks blst.P1s = make([]blst.P1, chunkSize)
			var hs blst.P2s = make([]blst.P2, chunkSize)
			for {
				c := int(next.Add(1) - 1)
				if c >= chunks {
					return
				}
				lo, hi := c*chunkSize, min((c+1)*chunkSize, n)
				chunkBad := false
				for k := lo; k < hi; k++ {
					it := &items[k]
					j := k - lo
					pk, err := parsePublicKey(it.PublicKey)
					var sig *blst.P2Affine
					if err == nil {
						sig, err = parseSignature(it.Signature)
					}
					if err != nil {
						errs[k] = err
						chunkBad = true
						rpks[j], hs[j] = blst.P1{}, blst.P2{}
						continue
					}
					sigs[k] = *sig
					r := scalars[8*k : 8*k+8]
					randomScalar64(r)
					rpks[j].FromAffine(pk)
					rpks[j].MultAssign(r, randBits)
					hs[j] = *blst.HashToG2(it.Message, dst)
				}
				rpks[:hi-lo].ToAffine(ps[lo:hi])
				hs[:hi-lo].ToAffine(qs[lo:hi])
				if chunkBad {
					anyBad.Store(true)
					continue
				}
				if !anyBad.Load() {
					gts[c] = *millerLoopN(qs[lo:hi], ps[lo:hi])
				}
			}
		}()
	}
	wg.Wait()
	b := &batch{}
	for k := 0; k < n; k++ {
		if errs[k] != nil {
			b.malformed = append(b.malformed, ItemError{Index: k, Err: errs[k]})
			continue
		}
		b.idx = append(b.idx, k)
	}
	if len(b.malformed) == 0 {
		b.sigs, b.scalars, b.ps, b.qs, b.gts = sigs, scalars, ps, qs, gts
		return b
	}
	// Rare path: compact the well-formed entries and redo the chunks.
	m := len(b.idx)
	b.sigs, b.scalars = make([]blst.P2Affine, m), make([]byte, 8*m)
	b.ps, b.qs = make([]blst.P1Affine, m), make([]blst.P2Affine, m)
	for j, k := range b.idx {
		b.sigs[j], b.ps[j], b.qs[j] = sigs[k], ps[k], qs[k]
		copy(b.scalars[8*j:8*j+8], scalars[8*k:8*k+8])
	}
	if m > 0 {
		b.millerLoops()
	}
	return b
}

// millerLoops computes the Miller loop of each chunk, in parallel.
func (b *batch) millerLoops() {
	n := len(b.idx)
	chunks := (n + chunkSize - 1) / chunkSize
	b.gts = make([]blst.Fp12, chunks)
	var next atomic.Int64
	var wg sync.WaitGroup
	w := runtime.GOMAXPROCS(0)
	if w > chunks {
		w = chunks
	}
	for ; w > 0; w-- {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for {
				c := int(next.Add(1) - 1)
				if c >= chunks {
					return
				}
				lo, hi := c*chunkSize, min((c+1)*chunkSize, n)
				b.gts[c] = *millerLoopN(b.qs[lo:hi], b.ps[lo:hi])
			}
		}()
	}
	wg.Wait()
}

// millerLoopN runs the Miller loops of the pairs on the calling goroutine,
// eight at a time (blst's Fp12MillerLoopN would spawn goroutines of its own).
func millerLoopN(qs []blst.P2Affine, ps []blst.P1Affine) *blst.Fp12 {
	ctx := blst.PairingCtx(true, dst)
	for i := range qs {
		blst.PairingRawAggregate(ctx, &qs[i], &ps[i])
	}
	blst.PairingCommit(ctx)
	gt := *blst.PairingAsFp12(ctx)
	return &gt
}

// check verifies the entries of chunks [lo, hi).
func (b *batch) check(lo, hi int) bool {
	from, to := lo*chunkSize, min(hi*chunkSize, len(b.idx))
	acc := b.gts[lo]
	for c := lo + 1; c < hi; c++ {
		acc.MulAssign(&b.gts[c])
	}
	s := blst.P2Affines(b.sigs[from:to]).Mult(b.scalars[8*from:8*to], randBits).ToAffine()
	return blst.Fp12FinalVerify(blst.Fp12MillerLoop(s, g1Generator), &acc)
}

// checkOne verifies prepared entry k alone.
func (b *batch) checkOne(k int) bool {
	var s blst.P2
	s.FromAffine(&b.sigs[k])
	s.MultAssign(b.scalars[8*k:8*k+8], randBits)
	return blst.Fp12FinalVerify(blst.Fp12MillerLoop(s.ToAffine(), g1Generator), blst.Fp12MillerLoop(&b.qs[k], &b.ps[k]))
}

// bisect reports the bad entries among chunks [lo, hi). known says the
// combined check over the range is already known to fail.
func (b *batch) bisect(lo, hi int, known bool, bad func(k int)) {
	if !known && b.check(lo, hi) {
		return
	}
	if hi-lo == 1 {
		from, to := lo*chunkSize, min(hi*chunkSize, len(b.idx))
		for k := from; k < to; k++ {
			if !b.checkOne(k) {
				bad(k)
			}
		}
		return
	}
	mid := (lo + hi) / 2
	if b.check(lo, mid) {
		// The range fails and its left half passes: the right half fails.
		b.bisect(mid, hi, true, bad)
		return
	}
	b.bisect(lo, mid, true, bad)
	b.bisect(mid, hi, false, bad)
}

// randomScalar64 writes a non-zero random 64-bit scalar, little-endian (the
// byte order blst's multiplications read).
func randomScalar64(dst []byte) {
	for {
		if _, err := rand.Read(dst[:8]); err != nil {
			panic(fmt.Sprintf("keys: crypto/rand failed: %v", err))
		}
		if binary.LittleEndian.Uint64(dst[:8]) != 0 {
			return
		}
	}
}

var g1Generator = blst.P1Generator().ToAffine()
