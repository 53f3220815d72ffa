package sim

import (
	"crypto/sha256"
	"encoding/binary"
	"sync"

	hashtree "github.com/pk910/hashtree-bindings"

	"github.com/stakepool/stakepool/beacon/spec"
)

// ComputeShuffledIndex is compute_shuffled_index (phase0 §Misc), the
// swap-or-not shuffle with rounds = SHUFFLE_ROUND_COUNT.
func ComputeShuffledIndex(index, indexCount uint64, seed [32]byte, rounds uint64) uint64 {
	if index >= indexCount {
		panic("sim: shuffled index out of range")
	}
	return newShuffler(seed, indexCount, rounds).index(index)
}

// shuffler is compute_shuffled_index for one (seed, index_count) with the
// rounds' pivots hashed once, for callers that shuffle many indices with
// the same seed (compute_proposer_index, get_next_sync_committee_indices).
// With a source cache (cached), each round's source hash of a block of 256
// positions is computed once for all the indices shuffled: the candidates
// of compute_proposer_index start as consecutive indices, which share
// blocks in the first rounds, and on a registry of up to a few hundred
// thousand validators about a third of the ~90 hashes a candidate needs
// are a block another candidate used in the same round.
type shuffler struct {
	seed   [32]byte
	n      uint64
	pivots []uint64
	cache  *sourceCache // nil: every source hashed
}

// sourceCache holds the source hashes hash(seed + round + block) of one
// shuffler, entry round*blocks + block, valid where the have bit is set.
type sourceCache struct {
	blocks uint64
	have   []uint64
	h      [][32]byte
}

// sourceCacheMaxBlocks bounds the registries a source cache serves: above
// 1024 blocks (262,144 validators) few candidates share a block and the
// cache (rounds × blocks × 32 bytes) would cost more than it saves.
const sourceCacheMaxBlocks = 1024

var sourceCaches sync.Pool // *sourceCache, reused by size

func newShuffler(seed [32]byte, n, rounds uint64) *shuffler {
	sh := &shuffler{seed: seed, n: n, pivots: make([]uint64, rounds)}
	var buf [32 + 1]byte
	copy(buf[:32], seed[:])
	for r := range sh.pivots {
		buf[32] = byte(r)
		h := sha256.Sum256(buf[:])
		sh.pivots[r] = binary.LittleEndian.Uint64(h[:8]) % n
	}
	return sh
}

// cached gives sh a source cache when the registry is small enough for
// one to pay (release returns it).
func (sh *shuffler) cached() *shuffler {
	blocks := (sh.n + 255) / 256
	if blocks > sourceCacheMaxBlocks {
		return sh
	}
	entries := uint64(len(sh.pivots)) * blocks
	c, _ := sourceCaches.Get().(*sourceCache)
	if c == nil || uint64(len(c.h)) < entries {
		c = &sourceCache{h: make([][32]byte, entries), have: make([]uint64, (entries+63)/64)}
	} else {
		clear(c.have[:(entries+63)/64])
	}
	c.blocks = blocks
	sh.cache = c
	return sh
}

// release returns the source cache for reuse.
func (sh *shuffler) release() {
	if sh.cache != nil {
		sourceCaches.Put(sh.cache)
		sh.cache = nil
	}
}

// index is compute_shuffled_index(index, n, seed); index < n.
func (sh *shuffler) index(index uint64) uint64 {
	n := sh.n
	var buf [32 + 1 + 4]byte
	copy(buf[:32], sh.seed[:])
	c := sh.cache
	for r, pivot := range sh.pivots {
		flip := (pivot + n - index) % n
		position := max(index, flip)
		var source *[32]byte
		if c != nil {
			k := uint64(r)*c.blocks + position/256
			source = &c.h[k]
			if c.have[k/64]&(1<<(k%64)) == 0 {
				buf[32] = byte(r)
				binary.LittleEndian.PutUint32(buf[33:], uint32(position/256))
				*source = sha256.Sum256(buf[:37])
				c.have[k/64] |= 1 << (k % 64)
			}
		} else {
			buf[32] = byte(r)
			binary.LittleEndian.PutUint32(buf[33:], uint32(position/256))
			h := sha256.Sum256(buf[:37])
			source = &h
		}
		b := source[(position%256)/8]
		if (b>>(position%8))&1 == 1 {
			index = flip
		}
	}
	return index
}

// RandaoMix is get_randao_mix.
func (s *State) RandaoMix(epoch uint64) [32]byte {
	return s.RandaoMixes[epoch%s.Spec.EpochsPerHistoricalVector]
}

// Seed is get_seed(state, epoch, domain_type).
func (s *State) Seed(epoch uint64, domain [4]byte) [32]byte {
	mix := s.RandaoMix(epoch + s.Spec.EpochsPerHistoricalVector - s.Spec.MinSeedLookahead - 1)
	var buf [4 + 8 + 32]byte
	copy(buf[:4], domain[:])
	binary.LittleEndian.PutUint64(buf[4:12], epoch)
	copy(buf[12:], mix[:])
	return sha256.Sum256(buf[:])
}

// ActiveIndices is get_active_validator_indices(state, epoch).
func (s *State) ActiveIndices(epoch uint64) []uint32 { return s.activeIndicesInto(epoch, nil) }

// activeIndicesInto is ActiveIndices written into buf when its capacity suffices.
func (s *State) activeIndicesInto(epoch uint64, buf []uint32) []uint32 {
	out := buf[:0]
	if cap(out) < len(s.Balances) {
		out = make([]uint32, 0, len(s.Balances))
	}
	if epoch >= uint64(far32) {
		for i := range s.Balances {
			if s.IsActive(i, epoch) {
				out = append(out, uint32(i))
			}
		}
		return out
	}
	// epochs below FAR compare as stored (FAR stays above every epoch);
	// chunks are listed in parallel and joined in chunk order
	e := uint32(epoch)
	n := len(s.Balances)
	kc := s.chunkCount(n)
	if len(s.scratch.activeParts) < kc {
		s.scratch.activeParts = make([][]uint32, kc)
	}
	parts := s.scratch.activeParts[:kc] // per-chunk lists, reused from call to call
	// stable validators (class cache of the current epoch) are active in
	// this epoch and the next: eight of them are taken at a time
	var cls []uint8
	if cur := s.CurrentEpoch(); s.clsValid && s.clsEpoch == cur && len(s.cls) == n && (epoch == cur || epoch == cur+1) {
		cls = s.cls
	}
	s.parallel(n, func(k, lo, hi int) {
		act, exit := s.ActivationEpoch[lo:hi], s.ExitEpoch[lo:hi]
		part := parts[k][:0]
		const allStable = 0x0101010101010101 * clsStable
		for i := 0; i < len(act); {
			if cls != nil && i+8 <= len(act) && binary.LittleEndian.Uint64(cls[lo+i:])&allStable == allStable {
				v := uint32(lo + i)
				part = append(part, v, v+1, v+2, v+3, v+4, v+5, v+6, v+7)
				i += 8
				continue
			}
			if act[i] <= e && e < exit[i] {
				part = append(part, uint32(lo+i))
			}
			i++
		}
		parts[k] = part
	})
	for _, p := range parts {
		out = append(out, p...)
	}
	return out
}

// acceptCandidate is the effective-balance filter of compute_proposer_index
// and get_next_sync_committee_indices: Deneb uses one random byte against
// MAX_EFFECTIVE_BALANCE, Electra two bytes against MAX_EFFECTIVE_BALANCE_ELECTRA.
func (s *State) acceptCandidate(seed [32]byte, i uint64, eb uint64) bool {
	var buf [40]byte
	copy(buf[:32], seed[:])
	if s.Spec.Fork == spec.Electra {
		binary.LittleEndian.PutUint64(buf[32:], i/16)
		h := sha256.Sum256(buf[:])
		off := i % 16 * 2
		rv := uint64(binary.LittleEndian.Uint16(h[off : off+2]))
		return eb*0xFFFF >= s.Spec.MaxEffectiveBalanceElectra*rv
	}
	binary.LittleEndian.PutUint64(buf[32:], i/32)
	h := sha256.Sum256(buf[:])
	rb := uint64(h[i%32])
	return eb*0xFF >= s.Spec.MaxEffectiveBalance*rb
}

// ComputeProposerIndex is compute_proposer_index (phase0; electra's 16-bit
// variant when the fork is Electra).
func (s *State) ComputeProposerIndex(indices []uint32, seed [32]byte) uint32 {
	if len(indices) == 0 {
		panic("sim: no active validators")
	}
	total := uint64(len(indices))
	sh := newShuffler(seed, total, s.Spec.ShuffleRoundCount).cached()
	defer sh.release()
	for i := uint64(0); ; i++ {
		c := indices[sh.index(i%total)]
		if s.acceptCandidate(seed, i, s.EffectiveBalance(int(c))) {
			return c
		}
	}
}

// BeaconProposerIndex is get_beacon_proposer_index for state.slot. active
// may be the active indices of the current epoch (nil: computed).
func (s *State) BeaconProposerIndex(active []uint32) uint32 {
	epoch := s.CurrentEpoch()
	if active == nil {
		active = s.ActiveIndices(epoch)
	}
	seed := s.Seed(epoch, spec.DomainBeaconProposer)
	var buf [40]byte
	copy(buf[:32], seed[:])
	binary.LittleEndian.PutUint64(buf[32:], s.Slot)
	return s.ComputeProposerIndex(active, hashSeed(buf))
}

// hashSeed is hash(seed + uint_to_bytes8(slot)), the proposer seed of a slot.
func hashSeed(buf [40]byte) [32]byte { return sha256.Sum256(buf[:]) }

// NextSyncCommitteeIndices is get_next_sync_committee_indices (altair;
// electra's 16-bit variant when the fork is Electra).
func (s *State) NextSyncCommitteeIndices() []uint32 {
	epoch := s.CurrentEpoch() + 1
	active := s.ActiveIndices(epoch)
	n := uint64(len(active))
	out := make([]uint32, 0, s.Spec.SyncCommitteeSize)
	if n == 0 {
		return out
	}
	seed := s.Seed(epoch, spec.DomainSyncCommittee)
	if s.Duties.sampled() {
		return s.sampledSyncCommittee(active, seed)
	}
	sh := newShuffler(seed, n, s.Spec.ShuffleRoundCount).cached()
	defer sh.release()
	for i := uint64(0); uint64(len(out)) < s.Spec.SyncCommitteeSize; i++ {
		c := active[sh.index(i%n)]
		if s.acceptCandidate(seed, i, s.EffectiveBalance(int(c))) {
			out = append(out, c)
		}
	}
	return out
}

// RootsVectorHashTreeRoot is hash_tree_root(Vector[Root, N]) for N a power of two.
// A vector of zero roots (the simulator's state_roots, which it does not
// merkleize) is the zero subtree of its depth: 13 hashes, not 8 191.
func RootsVectorHashTreeRoot(roots [][32]byte) [32]byte {
	if len(roots) == 0 {
		return [32]byte{}
	}
	if len(roots)&(len(roots)-1) == 0 && allZero(roots) {
		var z [32]byte
		var buf [64]byte
		for n := len(roots); n > 1; n /= 2 {
			copy(buf[:32], z[:])
			copy(buf[32:], z[:])
			z = sha256.Sum256(buf[:])
		}
		return z
	}
	if len(roots) >= 2 && len(roots)&(len(roots)-1) == 0 {
		// a layer at a time with hashtree (many pairs per call, in the
		// CPU's SHA or vector lanes; the same SHA-256): a historical
		// summary's block_roots were 2.7% of a Monte Carlo year hashed
		// a pair per sha256.Sum256
		// (two buffers: the output never overlaps the input)
		layer, spare := make([][32]byte, len(roots)/2), make([][32]byte, len(roots)/4)
		if err := hashtree.Hash(layer, roots); err != nil {
			panic(err) // not reached: an even count, a digest for every pair
		}
		for len(layer) > 1 {
			next := spare[:len(layer)/2]
			if err := hashtree.Hash(next, layer); err != nil {
				panic(err)
			}
			layer, spare = next, layer
		}
		return layer[0]
	}
	layer := clone(roots)
	for len(layer) > 1 {
		next := layer[:len(layer)/2]
		var buf [64]byte
		for i := range next {
			copy(buf[:32], layer[2*i][:])
			copy(buf[32:], layer[2*i+1][:])
			next[i] = sha256.Sum256(buf[:])
		}
		layer = next
	}
	return layer[0]
}

func allZero(roots [][32]byte) bool {
	for i := range roots {
		if roots[i] != [32]byte{} {
			return false
		}
	}
	return true
}

// ShuffleIndices returns out with out[i] = indices[compute_shuffled_index(i, n, seed)]
// for every i, computed for the whole list at once and in place (the
// standard whole-list shuffle of prysm/zrnt): each swap-or-not round r is an
// involution S_r on positions that pairs x with (pivot − x) mod n, i.e. the
// mirror pairs (i, pivot−i) of [0, pivot] and (pivot+1+i, n−1−i) of
// [pivot+1, n−1], swapped when the source bit of the pair's larger member is
// set. Swapping list entries by S_r gives list'[x] = list[S_r(x)], so the
// rounds are applied last to first: out[x] = indices[S_{R−1}(…S_0(x))].
func ShuffleIndices(indices []uint32, seed [32]byte, rounds uint64) []uint32 {
	n := uint64(len(indices))
	out := make([]uint32, n)
	copy(out, indices)
	if n <= 1 {
		return out
	}
	blocks := (n + 255) / 256
	bits := make([]byte, blocks*32)
	var buf [32 + 1 + 4]byte
	copy(buf[:32], seed[:])
	for r := rounds; r > 0; r-- {
		buf[32] = byte(r - 1)
		h := sha256.Sum256(buf[:33])
		pivot := binary.LittleEndian.Uint64(h[:8]) % n
		sourceBits(bits, buf, blocks)
		swapRound(out, bits, pivot, n)
	}
	return out
}

// sourceBits fills bits with the round's source hashes
// hash(seed + round + uint_to_bytes4(b)) for b < blocks (buf holds seed and
// round), split over two goroutines for large lists.
func sourceBits(bits []byte, buf [37]byte, blocks uint64) {
	fill := func(buf [37]byte, from, to uint64) {
		for b := from; b < to; b++ {
			binary.LittleEndian.PutUint32(buf[33:], uint32(b))
			src := sha256.Sum256(buf[:37])
			copy(bits[b*32:], src[:])
		}
	}
	if blocks < 256 {
		fill(buf, 0, blocks)
		return
	}
	inParallel(func() { fill(buf, 0, blocks/2) }, func() { fill(buf, blocks/2, blocks) })
}

// swapRound applies one swap-or-not round to the list in place: the pairs
// (i, pivot−i), i < pivot−i, and (pivot+1+i, n−1−i), pivot+1+i < n−1−i, are
// swapped when the source bit of the larger position is set. Pairs are
// disjoint, so large lists split each mirror's pairs over two goroutines.
func swapRound(list []uint32, bits []byte, pivot, n uint64) {
	// mirror runs the pairs (lo+k, hi−k) for k in [from, to), branch-free:
	// the outcomes are coin flips, which a branch predictor cannot learn.
	// The larger member j = hi−k walks down, so its source bits are read a
	// 64-bit word at a time (bits is a whole number of 32-byte hashes),
	// shifted so that bit j sits at the top.
	mirror := func(lo, hi, from, to uint64) {
		if from >= to {
			return
		}
		m := to - from
		left := list[lo+from : lo+to]
		right := list[hi+1-to : hi+1-from] // right[m−1−t] pairs with left[t]
		t := uint64(0)
		for t < m {
			j := hi - from - t
			x := binary.LittleEndian.Uint64(bits[(j>>6)<<3:]) << (63 - j&63)
			run := min(j&63+1, m-t)
			l := left[t : t+run]
			r := right[m-t-run : m-t]
			for u := range l {
				bit := uint32(x >> 63)
				x <<= 1
				a, b := l[u], r[len(r)-1-u]
				msk := (a ^ b) & -bit
				l[u], r[len(r)-1-u] = a^msk, b^msk
			}
			t += run
		}
	}
	// pair counts: [0, pivot] has (pivot+1)/2 pairs, [pivot+1, n−1] has (n−1−pivot)/2
	p1, p2 := (pivot+1)/2, (n-1-pivot)/2
	if n < 1<<16 {
		mirror(0, pivot, 0, p1)
		mirror(pivot+1, n-1, 0, p2)
		return
	}
	inParallel(func() {
		mirror(0, pivot, 0, p1/2)
		mirror(pivot+1, n-1, 0, p2/2)
	}, func() {
		mirror(0, pivot, p1/2, p1)
		mirror(pivot+1, n-1, p2/2, p2)
	})
}

// CommitteeCountPerSlot is get_committee_count_per_slot for n active validators.
func (s *State) CommitteeCountPerSlot(n uint64) uint64 {
	return max(1, min(s.Spec.MaxCommitteesPerSlot, n/s.Spec.SlotsPerEpoch/s.Spec.TargetCommitteeSize))
}

// Committees are the beacon committees of one epoch: Shuffled is the active
// set in committee order (DutiesSpec only), PerSlot the committee count per
// slot, Members each slot's attesters in index order.
type Committees struct {
	Epoch    uint64
	Shuffled []uint32
	PerSlot  uint64
	slots    uint64
	// Members lists each slot's members (the union of its committees) in
	// ascending index order; slot k's are Members[bounds[k]:bounds[k+1]].
	Members []uint32
	bounds  []uint32
}

// EpochCommittees computes the beacon committees of epoch (the current or
// next epoch; the seed uses DOMAIN_BEACON_ATTESTER). CommitteesAt is the
// cached form.
func (s *State) EpochCommittees(epoch uint64) *Committees {
	return s.committees(epoch, s.ActiveIndices(epoch), s.Seed(epoch, spec.DomainBeaconAttester), nil)
}

// Committee is get_beacon_committee(state, slot, index) (compute_committee's
// slice); DutiesSpec only.
func (c *Committees) Committee(slot, index uint64) []uint32 {
	n := uint64(len(c.Shuffled))
	count := c.PerSlot * c.slots
	k := (slot%c.slots)*c.PerSlot + index
	return c.Shuffled[n*k/count : n*(k+1)/count]
}

// SlotMembers is the set of validators attesting in slot (the union of the
// slot's committees), in ascending index order.
func (c *Committees) SlotMembers(slot uint64) []uint32 {
	k := slot % c.slots
	return c.Members[c.bounds[k]:c.bounds[k+1]]
}
