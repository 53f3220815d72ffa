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

// minPerWorker is the batch size below which adding a goroutine does not pay.
const minPerWorker = 8

// VerifyBatch checks many signatures at once. It draws a random 64-bit
// coefficient r_i per entry (crypto/rand) and checks
//
//	e(G1, Σ r_i·sig_i) == Π e(r_i·pk_i, H(msg_i))
//
// with one final exponentiation, spreading the Miller loops over
// GOMAXPROCS goroutines. Malformed keys (infinity, off-subgroup) and
// signatures are rejected per entry. When the combined check fails, the batch
// is bisected to find the bad entries. It returns nil when every entry is
// valid, or a *BatchError naming each bad index.
func VerifyBatch(items []BatchItem) error {
	if len(items) == 0 {
		return nil
	}
	idx := make([]int, len(items))
	for i := range idx {
		idx[i] = i
	}
	failures := make(map[int]error)
	var mu sync.Mutex
	ok, malformed := batchCheck(items, idx, func(i int, err error) {
		mu.Lock()
		failures[i] = err
		mu.Unlock()
	})
	if ok {
		return nil
	}
	// Drop the malformed entries, then bisect what is left.
	rest := idx[:0:0]
	for _, i := range idx {
		if _, bad := malformed[i]; !bad {
			rest = append(rest, i)
		}
	}
	if len(rest) > 0 {
		bisect(items, rest, len(malformed) == 0, failures)
	}
	if len(failures) == 0 {
		// The combined check failed but no single entry does: only possible
		// if randomness failed; report it rather than accept.
		return &BatchError{Failures: []ItemError{{Index: -1, Err: fmt.Errorf("batch check failed but no entry isolated")}}}
	}
	be := &BatchError{}
	for i, err := range failures {
		be.Failures = append(be.Failures, ItemError{Index: i, Err: err})
	}
	sort.Slice(be.Failures, func(a, b int) bool { return be.Failures[a].Index < be.Failures[b].Index })
	return be
}

// bisect finds the entries of idx whose signatures do not verify. known says
// the combined check over idx is already known to fail.
func bisect(items []BatchItem, idx []int, known bool, failures map[int]error) {
	if len(idx) <= 4 {
		for _, i := range idx {
			if err := Verify(items[i].PublicKey, items[i].Message, items[i].Signature); err != nil {
				failures[i] = err
			}
		}
		return
	}
	if !known {
		ok, _ := batchCheck(items, idx, func(int, error) {})
		if ok {
			return
		}
	}
	mid := len(idx) / 2
	bisect(items, idx[:mid], false, failures)
	bisect(items, idx[mid:], false, failures)
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

// batchCheck runs the random linear combination over items[idx]:
//
//	e(Σ r_i·sig_i, G1) == Π e(r_i·pk_i, H(msg_i))
//
// Workers parse and subgroup-check each key and signature, hash the message
// to G2, multiply the key by r_i and feed the pair to a Miller-loop
// accumulator; Σ r_i·sig_i is one multi-scalar multiplication (Pippenger);
// one final exponentiation decides. onMalformed is called for each entry
// whose key or signature cannot be used; such entries make the check fail
// and are returned in malformed.
func batchCheck(items []BatchItem, idx []int, onMalformed func(int, error)) (ok bool, malformed map[int]struct{}) {
	n := len(idx)
	workers := runtime.GOMAXPROCS(0)
	if w := (n + minPerWorker - 1) / minPerWorker; w < workers {
		workers = w
	}
	if workers < 1 {
		workers = 1
	}
	var (
		next   atomic.Int64
		failed atomic.Bool
		mu     sync.Mutex
		wg     sync.WaitGroup
	)
	malformed = make(map[int]struct{})
	sigs := make([]blst.P2Affine, n)
	scalars := make([]byte, 8*n)
	results := make([]blst.Pairing, workers)
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func(w int) {
			defer wg.Done()
			ctx := blst.PairingCtx(true, dst)
			used := false
			var rpk blst.P1
			for {
				k := int(next.Add(1) - 1)
				if k >= n {
					break
				}
				i := idx[k]
				it := &items[i]
				pk, err := parsePublicKey(it.PublicKey)
				var sig *blst.P2Affine
				if err == nil {
					sig, err = parseSignature(it.Signature)
				}
				if err != nil {
					failed.Store(true)
					mu.Lock()
					malformed[i] = struct{}{}
					mu.Unlock()
					onMalformed(i, err)
					continue
				}
				if failed.Load() {
					continue // the batch fails anyway; only collect malformed entries
				}
				sigs[k] = *sig
				r := scalars[8*k : 8*k+8]
				randomScalar64(r)
				rpk.FromAffine(pk)
				rpk.MultAssign(r, randBits)
				h := blst.HashToG2(it.Message, dst).ToAffine()
				blst.PairingRawAggregate(ctx, h, rpk.ToAffine())
				used = true
			}
			if used {
				blst.PairingCommit(ctx)
				results[w] = ctx
			}
		}(w)
	}
	wg.Wait()
	if failed.Load() {
		return false, malformed
	}
	var acc blst.Pairing
	for _, p := range results {
		if p == nil {
			continue
		}
		if acc == nil {
			acc = p
			continue
		}
		if blst.PairingMerge(acc, p) != blstSuccess {
			return false, malformed
		}
	}
	if acc == nil {
		return false, malformed
	}
	s := blst.P2Affines(sigs).Mult(scalars, randBits).ToAffine()
	gtSig := blst.Fp12MillerLoop(s, g1Generator)
	return blst.PairingFinalVerify(acc, gtSig), malformed
}

var g1Generator = blst.P1Generator().ToAffine()

// blstSuccess is BLST_ERROR's BLST_SUCCESS value in blst.h.
const blstSuccess = 0
