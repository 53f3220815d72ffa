package sim

import (
	"encoding/binary"
	"fmt"
	"math/bits"
	"math/rand/v2"
	"slices"

	"github.com/stakepool/stakepool/beacon/spec"
)

// DutyMode says how the simulator assigns duties: which slot each active
// validator attests in, who proposes each block, who sits in the sync
// committee. Everything else — rewards, penalties, flags, epoch
// processing, withdrawals — is the spec's in both modes.
type DutyMode uint8

const (
	// DutiesSpec assigns duties exactly as the spec does:
	// get_beacon_committee (the swap-or-not shuffle of the whole active set
	// each epoch), compute_proposer_index and get_next_sync_committee_indices.
	// At 1M validators the shuffle alone costs about 70 ms per epoch on two
	// cores (90 passes over a 4 MB list and 352k SHA-256 calls), and the
	// Electra proposer rule about 5,800 hashes per slot.
	DutiesSpec DutyMode = iota
	// DutiesSampled draws the same distributions from a seeded PCG stream
	// (seeded by the spec's get_seed, so the chain's randao still drives
	// them): each active validator attests in a uniformly random slot of
	// the epoch (slot sizes are then binomial, ±0.6% at 1M, instead of
	// equal), a proposer is a uniformly random active validator accepted
	// with probability effective_balance / MAX_EFFECTIVE_BALANCE(_ELECTRA)
	// (the spec's rejection rule, with PCG draws instead of hashes), and the
	// sync committee is drawn the same way. For year-long runs at mainnet
	// scale, where the spec's selection would dominate the run time.
	DutiesSampled
	// DutiesBatched is DutiesSampled's proposers and sync committees with
	// the attestations and sync-committee signatures drawn once an epoch,
	// at its end, instead of slot by slot (batched.go): one draw per active
	// validator gives its slot and whether it attested (the same
	// distribution as DutiesSampled's), its flags follow from the epoch's
	// blocks as the spec's inclusion rules give them, and the includers'
	// rewards are summed per slot; a sync-committee member's signatures
	// over the epoch's blocks are one binomial draw. Rewards and penalties
	// are the spec's formulas. For Monte Carlo studies: no committees, no
	// attester lists. Never the devnet's mode.
	DutiesBatched
)

// sampled says the mode draws proposers and sync committees from PCG
// streams instead of the spec's hashes (DutiesSampled, DutiesBatched).
func (m DutyMode) sampled() bool { return m != DutiesSpec }

func (m DutyMode) String() string {
	switch m {
	case DutiesSpec:
		return "spec"
	case DutiesSampled:
		return "sampled"
	case DutiesBatched:
		return "batched"
	}
	return fmt.Sprintf("DutyMode(%d)", uint8(m))
}

// ParseDutyMode parses "spec", "sampled" or "batched".
func ParseDutyMode(s string) (DutyMode, error) {
	switch s {
	case "spec", "":
		return DutiesSpec, nil
	case "sampled":
		return DutiesSampled, nil
	case "batched":
		return DutiesBatched, nil
	}
	return 0, fmt.Errorf("sim: unknown duty mode %q (want spec, sampled or batched)", s)
}

// dutyCache holds the duties of the current epoch and the next epoch's
// committees being computed in the background. The next epoch's active set
// and seed are final one epoch ahead (activation and exit epochs are set at
// least MAX_SEED_LOOKAHEAD+1 epochs ahead, the seed reads the randao mix of
// epoch−MIN_SEED_LOOKAHEAD−1), so the background goroutine works on a
// snapshot and never reads the state. Invalidate drops the cache.
type dutyCache struct {
	comms      *Committees
	proposers  []uint32 // proposer of each slot of proposersEpoch
	propEpoch  uint64
	propValid  bool
	next       chan *Committees // committees of nextEpoch, computed in the background
	nextEpoch  uint64
	nextActive []uint32 // active set of nextEpoch (the snapshot the background works on)
	// buffers of past epochs that nothing refers to any more, reused
	spareActive, spareMembers []uint32
}

// setActiveCache makes active the cached active set of epoch; the list it
// replaces is kept for reuse (activeCache is never handed out).
func (s *State) setActiveCache(epoch uint64, active []uint32) {
	if old := s.activeCache; cap(old) > 0 && (cap(active) == 0 || &old[:1][0] != &active[:1][0]) {
		s.duties.spareActive = old
	}
	s.activeCache, s.activeCacheEpoch = active, epoch
}

// CommitteesAt returns the committees of epoch (the epoch of state.slot or
// the next one), cached, and starts computing the following epoch's in the
// background. Equivalent to EpochCommittees.
func (s *State) CommitteesAt(epoch uint64) *Committees {
	d := &s.duties
	if d.comms != nil && d.comms.Epoch == epoch {
		return d.comms
	}
	var c *Committees
	if d.next != nil {
		got := <-d.next
		if d.nextEpoch == epoch {
			c = got
			if s.activeCache == nil || s.activeCacheEpoch != epoch {
				s.setActiveCache(epoch, d.nextActive)
			}
		}
		d.next, d.nextActive = nil, nil
	}
	if c == nil {
		c = s.EpochCommittees(epoch)
	}
	if d.comms != nil {
		d.spareMembers = d.comms.Members // the Chain moves on to c
	}
	d.comms = c
	// the following epoch's active set is final now (see dutyCache)
	if next := epoch + 1; next <= s.CurrentEpoch()+1 {
		active := s.activeIndicesInto(next, d.spareActive)
		seed := s.Seed(next, spec.DomainBeaconAttester)
		buf := d.spareMembers
		d.spareActive, d.spareMembers = nil, nil
		d.next, d.nextEpoch, d.nextActive = make(chan *Committees, 1), next, active
		if s.Workers == 1 { // one goroutine asked for: no background work
			d.next <- s.committees(next, active, seed, buf)
		} else {
			go func(ch chan<- *Committees) { ch <- s.committees(next, active, seed, buf) }(d.next)
		}
	}
	return c
}

// dropDuties forgets the cached duties (a background computation still
// running finishes into a channel nobody reads).
func (s *State) dropDuties() {
	s.duties = dutyCache{}
}

// committees computes an epoch's committees from its active set and seed
// without reading the state (it runs in the background); s.Duties and
// s.Spec are settings that do not change during a run.
// buf, when its capacity suffices, holds the slot members.
func (s *State) committees(epoch uint64, active []uint32, seed [32]byte, buf []uint32) *Committees {
	c := &Committees{Epoch: epoch, PerSlot: s.CommitteeCountPerSlot(uint64(len(active))), slots: s.Spec.SlotsPerEpoch}
	members := buf[:0]
	if cap(members) < len(active) {
		members = make([]uint32, len(active))
	}
	members = members[:len(active)]
	if s.Duties.sampled() {
		c.Members, c.bounds = sampledSlots(active, seed, s.Spec.SlotsPerEpoch, members)
		return c
	}
	c.Shuffled = ShuffleIndices(active, seed, s.Spec.ShuffleRoundCount)
	c.Members, c.bounds = sortedSlots(active, c.Shuffled, c.PerSlot*c.slots, s.Spec.SlotsPerEpoch, members)
	return c
}

// sortedSlots returns each slot's members (the union of its committees,
// compute_committee's slices of shuffled) in ascending index order, and the
// slot boundaries: slot k is members[bounds[k]:bounds[k+1]]. Ascending
// order keeps the attestation loops' reads of the registry sequential.
// active is the epoch's active set in index order (shuffled permutes it).
func sortedSlots(active, shuffled []uint32, count, slots uint64, members []uint32) ([]uint32, []uint32) {
	n := uint64(len(shuffled))
	bounds := make([]uint32, slots+1)
	per := count / slots
	for k := uint64(0); k <= slots; k++ {
		bounds[k] = uint32(n * (k * per) / count)
	}
	if n == 0 {
		return members, bounds
	}
	slotOf := make([]uint8, active[len(active)-1]+1)
	for k := uint64(0); k < slots; k++ {
		for _, v := range shuffled[bounds[k]:bounds[k+1]] {
			slotOf[v] = uint8(k)
		}
	}
	cursor := slices.Clone(bounds[:slots])
	for _, v := range active {
		k := slotOf[v]
		members[cursor[k]] = v
		cursor[k]++
	}
	return members, bounds
}

// sampledSlots puts each active validator (in index order) in a uniformly
// random slot drawn from a wyrand stream seeded by seed (DutiesSampled).
// With a power-of-two slot count each 64-bit draw serves several
// validators (log2(slots) bits each); the stream is drawn twice, once to
// count each slot's members and once to place them.
// members has the length of active and receives the result.
func sampledSlots(active []uint32, seed [32]byte, slots uint64, members []uint32) ([]uint32, []uint32) {
	width := uint(bits.TrailingZeros64(slots))
	if slots == 0 || slots&(slots-1) != 0 || width == 0 || slots > 64 {
		return sampledSlotsMul(active, seed, slots, members)
	}
	per := int(64 / width) // slots drawn from one 64-bit draw
	mask := slots - 1
	seed0 := binary.LittleEndian.Uint64(seed[:8])
	// fixed-size counters (slots <= 64): indexed by draws masked to 63, so
	// without bounds checks; whole draws first, the last partial one after
	var counts [65]uint32
	d := drawStream{x: seed0}
	full := len(active) / per * per
	for lo := 0; lo < full; lo += per {
		x := d.next()
		for range per {
			counts[(x&mask)&63+1]++
			x >>= width
		}
	}
	if full < len(active) {
		x := d.next()
		for range len(active) - full {
			counts[(x&mask)&63+1]++
			x >>= width
		}
	}
	for k := uint64(1); k <= slots; k++ {
		counts[k] += counts[k-1]
	}
	bounds := slices.Clone(counts[:slots+1])
	members = members[:len(active)]
	d = drawStream{x: seed0} // the same draws again, to place the members
	for lo := 0; lo < full; lo += per {
		x := d.next()
		for _, v := range active[lo : lo+per] {
			k := (x & mask) & 63
			members[counts[k]] = v
			counts[k]++
			x >>= width
		}
	}
	if full < len(active) {
		x := d.next()
		for _, v := range active[full:] {
			k := (x & mask) & 63
			members[counts[k]] = v
			counts[k]++
			x >>= width
		}
	}
	return members, bounds
}

// sampledSlotsMul is sampledSlots for a slot count that is not a power of
// two: one draw per validator, ⌊draw · slots / 2^64⌋.
func sampledSlotsMul(active []uint32, seed [32]byte, slots uint64, members []uint32) ([]uint32, []uint32) {
	d := drawStream{x: binary.LittleEndian.Uint64(seed[:8])}
	slotOf := make([]uint8, len(active))
	counts := make([]uint32, slots+1)
	for j := range slotOf {
		k, _ := bits.Mul64(d.next(), slots)
		slotOf[j] = uint8(k)
		counts[k+1]++
	}
	for k := uint64(1); k <= slots; k++ {
		counts[k] += counts[k-1]
	}
	bounds := slices.Clone(counts)
	for j, v := range active {
		k := slotOf[j]
		members[counts[k]] = v
		counts[k]++
	}
	return members, bounds
}

// proposerOf returns get_beacon_proposer_index for slot (in the current
// epoch): all of the epoch's proposers are computed at the first call (the
// inputs — active set, seed, effective balances — are fixed within an
// epoch), over two goroutines in spec mode.
func (s *State) proposerOf(slot uint64) uint32 {
	d := &s.duties
	sp := s.Spec
	epoch := slot / sp.SlotsPerEpoch
	if s.Duties == DutiesBatched && (!d.propValid || d.propEpoch != epoch) {
		if props, ok := s.batchedProposers(epoch, d.proposers); ok {
			d.proposers, d.propEpoch, d.propValid = props, epoch, true
			return props[slot%sp.SlotsPerEpoch]
		}
	}
	if !d.propValid || d.propEpoch != epoch {
		active := s.activeIndices()
		if len(active) == 0 {
			panic("sim: no active validators")
		}
		seed := s.Seed(epoch, spec.DomainBeaconProposer)
		props := make([]uint32, sp.SlotsPerEpoch)
		one := func(k uint64) {
			var buf [40]byte
			copy(buf[:32], seed[:])
			binary.LittleEndian.PutUint64(buf[32:], epoch*sp.SlotsPerEpoch+k)
			if s.Duties.sampled() {
				props[k] = s.sampledProposer(active, buf)
				return
			}
			props[k] = s.ComputeProposerIndex(active, hashSeed(buf))
		}
		if s.Duties.sampled() || len(active) < 1<<14 {
			for k := range props {
				one(uint64(k))
			}
		} else {
			half := uint64(len(props)) / 2
			inParallel(func() {
				for k := uint64(0); k < half; k++ {
					one(k)
				}
			}, func() {
				for k := half; k < uint64(len(props)); k++ {
					one(k)
				}
			})
		}
		d.proposers, d.propEpoch, d.propValid = props, epoch, true
	}
	return d.proposers[slot%sp.SlotsPerEpoch]
}

// sampledProposer is compute_proposer_index's rule — a uniform candidate
// accepted with probability effective_balance / max — with PCG draws
// seeded by hash(seed + slot) (DutiesSampled).
func (s *State) sampledProposer(active []uint32, buf [40]byte) uint32 {
	h := hashSeed(buf)
	r := rand.New(rand.NewPCG(binary.LittleEndian.Uint64(h[:8]), binary.LittleEndian.Uint64(h[8:16])))
	return s.sampledCandidate(active, r)
}

// sampledCandidate draws candidates until one passes the effective-balance
// filter (16-bit random value against MAX_EFFECTIVE_BALANCE_ELECTRA, or 8
// bits against MAX_EFFECTIVE_BALANCE before Electra).
func (s *State) sampledCandidate(active []uint32, r *rand.Rand) uint32 {
	for {
		c := active[r.Uint64N(uint64(len(active)))]
		if s.acceptSampled(c, r) {
			return c
		}
	}
}

// acceptSampled is the effective-balance filter of sampledCandidate.
func (s *State) acceptSampled(c uint32, r *rand.Rand) bool {
	sp := s.Spec
	eb := s.EffectiveBalance(int(c))
	if sp.Fork == spec.Electra {
		return eb*0xFFFF >= sp.MaxEffectiveBalanceElectra*uint64(r.Uint32()&0xFFFF)
	}
	return eb*0xFF >= sp.MaxEffectiveBalance*uint64(r.Uint32()&0xFF)
}

// sampledSyncCommittee is get_next_sync_committee_indices' rule with PCG
// draws (DutiesSampled).
func (s *State) sampledSyncCommittee(active []uint32, seed [32]byte) []uint32 {
	r := rand.New(rand.NewPCG(binary.LittleEndian.Uint64(seed[:8]), binary.LittleEndian.Uint64(seed[8:16])))
	out := make([]uint32, s.Spec.SyncCommitteeSize)
	for k := range out {
		out[k] = s.sampledCandidate(active, r)
	}
	return out
}
