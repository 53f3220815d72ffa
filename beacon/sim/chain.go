package sim

import (
	"encoding/binary"
	"math/bits"
	"math/rand/v2"
	"sync"
	"sync/atomic"

	"github.com/stakepool/stakepool/beacon"
	"github.com/stakepool/stakepool/beacon/spec"
)

// Behaviour is a seeded model of how the validators and proposers behave.
// All randomness comes from Seed, so a run is reproducible.
type Behaviour struct {
	Seed uint64
	// ParticipationPerMille is the chance that a validator's attestation
	// (correct source, target and head) and sync-committee signature are
	// made and included, per duty (default when ParticipationOf is nil).
	ParticipationPerMille int
	// ParticipationOf, when set, gives validator i's participation (per mille),
	// e.g. per operator. It is called from two goroutines at once (it must
	// only read).
	ParticipationOf func(i int) int
	// ParticipationTable, when set (and ParticipationOf is not), points at a
	// table of per-validator participation (per mille; negative, or an index
	// beyond the table: ParticipationPerMille). It is read at every slot, so
	// its owner may change or grow it between calls to the Chain.
	ParticipationTable *[]int16
	// MissedProposalPerMille is the chance a proposer misses its slot; the
	// attestations wait for the next block (and lose the head flag).
	MissedProposalPerMille int
	// ExecutionRewardGwei is the mean execution-layer reward of a block
	// (priority fees and MEV), paid to the proposer's fee recipient; each
	// block draws uniformly in [0, 2·mean].
	ExecutionRewardGwei uint64
	// SlashingPerMillion is the chance per slot that a random active
	// validator is slashed (proposer slashing included by the next block).
	SlashingPerMillion int
	// FeeRecipient, when set, names the fee recipient of the blocks the
	// chain proposes itself (Advance), given the proposer and its
	// withdrawal credentials; the zero address means the default, the
	// credentials' withdrawal address. The scenario's operators that keep
	// their blocks' rewards use it.
	FeeRecipient func(proposer uint64, credentials [32]byte) [20]byte
	// Proposed, when set, is told of each block the chain proposes itself
	// once it is applied: its slot, proposer, fee recipient (the default
	// resolved) and execution-layer reward in gwei.
	Proposed func(slot, proposer uint64, feeRecipient [20]byte, rewardGwei uint64)
	// LogWithdrawals keeps the final withdrawals (of withdrawable
	// validators) of the blocks the chain proposes itself, served by
	// Withdrawals (withdrawnlog.go).
	LogWithdrawals bool
}

func (b *Behaviour) participation(i int) int {
	if b.ParticipationOf != nil {
		return b.ParticipationOf(i)
	}
	if b.ParticipationTable != nil {
		if t := *b.ParticipationTable; i < len(t) && t[i] >= 0 {
			return int(t[i])
		}
	}
	return b.ParticipationPerMille
}

// Chain drives a State slot by slot with a Behaviour and implements
// beacon.Chain for the pool. It is safe for concurrent use.
type Chain struct {
	mu        sync.RWMutex
	s         *State
	b         Behaviour
	rng       *rand.Rand
	deposits  []Deposit
	exits     []uint64
	wrequests []WithdrawalRequest // EIP-7002 requests for the next payload (Electra)
	waiting   []Attestation       // made but not yet included
	free      [][]uint32          // attester lists to reuse
	draws     drawStream          // seed of the attestation draws (see drawChunk)
	chunkBufs [][]uint32          // per-chunk attesters (drawAttesters)
	slashes   []uint64
	blk       Block // the block being assembled, reused slot after slot
	comms     *Committees
	batch     batchScratch // DutiesBatched's buffers (batched.go)
	// Blocks and Missed count proposals.
	Blocks, Missed uint64
	// withdrawn is the final-withdrawal log (Behaviour.LogWithdrawals).
	withdrawn []beacon.PayloadWithdrawal
	// Per-validator duty counters (index order; grown with the registry):
	// epochs active without the timely-target flag, proposals missed.
	missedAtt, missedProp []uint32
}

var _ beacon.Chain = (*Chain)(nil)

// NewChain wraps s (which it owns from now on).
func NewChain(s *State, b Behaviour) *Chain {
	return &Chain{s: s, b: b, rng: rand.New(rand.NewPCG(b.Seed, 0xc4a1)), draws: drawStream{x: b.Seed ^ 0x5eed_a77e_57a7_10f5}}
}

// View runs f with the state locked for reading only: views may run
// concurrently with each other, never with a change.
func (c *Chain) View(f func(s *State)) {
	c.mu.RLock()
	defer c.mu.RUnlock()
	f(c.s)
}

// With runs f with the state locked (read it, or change it with its methods).
func (c *Chain) With(f func(s *State)) {
	c.mu.Lock()
	defer c.mu.Unlock()
	f(c.s)
}

// Advance simulates n slots.
func (c *Chain) Advance(n int) {
	c.mu.Lock()
	defer c.mu.Unlock()
	for ; n > 0; n-- {
		c.step()
	}
}

// AdvanceEpochs simulates n epochs (to the first slot of the n-th next epoch).
func (c *Chain) AdvanceEpochs(n int) {
	c.mu.Lock()
	defer c.mu.Unlock()
	spe := c.s.Spec.SlotsPerEpoch
	target := (c.s.Slot/spe + uint64(n)) * spe
	for c.s.Slot < target {
		c.step()
	}
}

func (c *Chain) chance(perMille int) bool { return c.rng.IntN(1000) < perMille }

// step moves to the next slot and, unless the proposal is missed, applies a block.
func (c *Chain) step() {
	c.enterSlot()
	c.proposeBlock()
}

// AdvanceOverlapped advances one slot, as Advance(1), running work in its
// own goroutine meanwhile: the slot's processing up to its block (epoch
// processing at an epoch's first slot, the previous slot's attestations)
// runs concurrently with work, which must not call the Chain. After work
// returns, send runs on the caller's goroutine and may call the Chain: the
// block is assembled only then, so what send submits is in it, as if it had
// been submitted before the call. The state send reads is the new slot's
// before its block. A nil work: the same without the goroutine.
func (c *Chain) AdvanceOverlapped(work, send func()) {
	if work == nil { // nothing to overlap: no goroutine
		c.mu.Lock()
		c.enterSlot()
		c.mu.Unlock()
		send()
		c.mu.Lock()
		defer c.mu.Unlock()
		c.proposeBlock()
		return
	}
	done := make(chan struct{})
	go func() {
		defer close(done)
		work()
	}()
	c.mu.Lock()
	c.enterSlot()
	c.mu.Unlock()
	<-done
	send()
	c.mu.Lock()
	defer c.mu.Unlock()
	c.proposeBlock()
}

// enterSlot is the first half of step: the next slot's processing
// (process_slots) and the attestations of the slot just ended.
func (c *Chain) enterSlot() {
	s := c.s
	sp := s.Spec
	if s.Duties == DutiesBatched {
		// no committees, no attestations slot by slot: the epoch's are
		// drawn at its last slot, before the transition (batched.go)
		last := (s.Slot+1)%sp.SlotsPerEpoch == 0
		if last {
			c.settleEpoch() // counts the epoch's missed attestations too
		}
		s.ProcessSlots(s.Slot + 1)
		if last {
			c.payLateInclusions()
		}
		return
	}
	prevSlot := s.Slot
	if epoch := prevSlot / sp.SlotsPerEpoch; c.comms == nil || c.comms.Epoch != epoch {
		c.comms = s.CommitteesAt(epoch) // before the slot advances past the epoch
	}
	if (s.Slot+1)%sp.SlotsPerEpoch == 0 {
		c.countMissedAttestations() // before ProcessEpoch rotates the flags
	}
	s.ProcessSlots(s.Slot + 1)
	// attestations for the previous slot by the members of its beacon
	// committees (get_beacon_committee), each made with the validator's participation
	var att Attestation
	att.Slot, att.TargetCorrect, att.HeadCorrect = prevSlot, true, true
	members := c.comms.SlotMembers(prevSlot)
	att.Attesters = c.attesterBuf(len(members))
	att.Attesters = c.drawAttesters(att.Attesters, members, prevSlot)
	if len(att.Attesters) > 0 {
		c.waiting = append(c.waiting, att)
	} else {
		c.free = append(c.free, att.Attesters)
	}
}

// proposeBlock is the second half of step: the slot's block, from the
// operations waiting (or a missed proposal).
func (c *Chain) proposeBlock() {
	if !c.drawProposal() {
		return
	}
	blk := c.assembleBlock()
	c.takeQueued(blk)
	if c.b.ExecutionRewardGwei > 0 {
		blk.ExecutionReward = c.rng.Uint64N(2*c.b.ExecutionRewardGwei + 1)
	}
	if c.b.FeeRecipient == nil && c.b.Proposed == nil {
		c.applyAssembled(blk)
		return
	}
	s := c.s
	slot, proposer := s.Slot, uint64(s.Proposer())
	creds := s.Credentials[proposer]
	if c.b.FeeRecipient != nil {
		blk.FeeRecipient = c.b.FeeRecipient(proposer, creds)
	}
	c.applyAssembled(blk)
	if c.b.Proposed != nil {
		fr := blk.FeeRecipient
		if fr == ([20]byte{}) && s.Spec.HasExecutionWithdrawalCredential(creds[0]) {
			fr = [20]byte(creds[12:])
		}
		c.b.Proposed(slot, proposer, fr, blk.ExecutionReward)
	}
}

// drawProposal draws the slot's random slashing (queued for this block)
// and whether the proposer misses it (counted here); it says whether a
// block is proposed.
func (c *Chain) drawProposal() bool {
	s := c.s
	if c.b.SlashingPerMillion > 0 && c.rng.IntN(1_000_000) < c.b.SlashingPerMillion && len(s.Balances) > 0 {
		c.slashes = append(c.slashes, c.rng.Uint64N(uint64(len(s.Balances))))
	}
	var missed bool
	if s.Duties == DutiesBatched {
		missed = c.missedAt(s.Slot) // known ahead: the epoch's flags depend on it
	} else {
		missed = c.chance(c.b.MissedProposalPerMille)
	}
	if missed {
		c.Missed++
		p := int(s.Proposer())
		c.growDuties()
		c.missedProp[p]++
		return false
	}
	return true
}

// assembleBlock starts the slot's block: the queued slashings, the
// attestations still inside their inclusion window and the sync aggregate.
func (c *Chain) assembleBlock() *Block {
	s := c.s
	sp := s.Spec
	blk := &c.blk
	*blk = Block{ProposerSlashings: c.slashes}
	// attestations still inside the inclusion window
	cur := s.CurrentEpoch()
	for _, a := range c.waiting {
		if e := a.Slot / sp.SlotsPerEpoch; e == cur || e+1 == cur {
			blk.Attestations = append(blk.Attestations, a)
		}
	}
	for _, a := range c.waiting {
		c.free = append(c.free, a.Attesters) // processed (or expired) by this block
	}
	c.waiting = c.waiting[:0]
	if n := len(s.CurrentSyncCommittee); n > 0 {
		if s.Duties == DutiesBatched {
			blk.SyncByEpoch = true // drawn at the epoch's end (batched.go)
		} else {
			blk.SyncBits = c.syncBits(n)
		}
	}
	return blk
}

// takeQueued moves the deposits (Deneb: at most MAX_DEPOSITS; Electra: as
// deposit requests), voluntary exits and (Electra) EIP-7002 withdrawal
// requests waiting in the queues into blk.
func (c *Chain) takeQueued(blk *Block) {
	sp := c.s.Spec
	maxDeposits := int(sp.MaxDeposits)
	if sp.Fork == spec.Electra {
		maxDeposits = int(sp.MaxDepositRequestsPerPayload)
	}
	k := min(len(c.deposits), maxDeposits)
	blk.Deposits, c.deposits = c.deposits[:k:k], c.deposits[k:]
	k = min(len(c.exits), int(sp.MaxVoluntaryExits))
	blk.VoluntaryExits, c.exits = c.exits[:k:k], c.exits[k:]
	if sp.Fork == spec.Electra {
		k = min(len(c.wrequests), int(sp.MaxWithdrawalRequestsPerPayload))
		blk.WithdrawalRequests, c.wrequests = c.wrequests[:k:k], c.wrequests[k:]
	}
}

// applyAssembled applies an assembled block and counts it.
func (c *Chain) applyAssembled(blk *Block) error {
	err := c.s.ApplyBlock(blk) // invalid operations (e.g. a second slashing) are dropped, as a real proposer would
	if c.b.LogWithdrawals {
		c.logWithdrawals()
	}
	blk.Attestations = nil
	c.slashes = nil
	c.Blocks++
	return err
}

// syncBits draws the sync aggregate's bits for a committee of n members.
func (c *Chain) syncBits(n int) []byte {
	s := c.s
	bits := make([]byte, (n+7)/8)
	if s.Duties.sampled() {
		// a stream keyed by the slot, two members per 64-bit draw
		d := drawStream{x: c.draws.x ^ (s.Slot+1)*0xd1b54a32d192ed03}
		var x uint64
		thr := c.b.thresholds()
		if thr.uniform() {
			// one participation for everyone: four draws a byte (whole
			// bytes first, without the committee-size checks)
			def := thr.def
			whole := n / 8
			for b := range bits[:whole] {
				var v uint64
				for h := uint(0); h < 8; h += 2 {
					x = d.next()
					v |= bit(x&0xFFFFFFFF < def)<<h | bit(x>>32 < def)<<(h+1)
				}
				bits[b] = byte(v)
			}
			for b := whole; b < len(bits); b++ {
				var v byte
				for h := 0; h < 8 && 8*b+h < n; h += 2 {
					x = d.next()
					if x&0xFFFFFFFF < thr.def {
						v |= 1 << h
					}
					if 8*b+h+1 < n && x>>32 < thr.def {
						v |= 2 << h
					}
				}
				bits[b] = v
			}
		} else {
			for j, i := range s.CurrentSyncCommittee {
				if j%2 == 0 {
					x = d.next()
				}
				th := thr.at(i)
				if thr.of != nil {
					th = perMilleThreshold32(thr.of(int(i)))
				}
				if (x>>(32*(j%2)))&0xFFFFFFFF < th {
					bits[j/8] |= 1 << (j % 8)
				}
			}
		}
	} else {
		for j, i := range s.CurrentSyncCommittee {
			if c.chance(c.b.participation(int(i))) {
				bits[j/8] |= 1 << (j % 8)
			}
		}
	}
	return bits
}

// attesterBuf returns an empty slice with room for n attesters, reusing
// the attester lists of attestations already included.
func (c *Chain) attesterBuf(n int) []uint32 {
	for len(c.free) > 0 {
		b := c.free[len(c.free)-1]
		c.free = c.free[:len(c.free)-1]
		if cap(b) >= n {
			return b[:0]
		}
	}
	return make([]uint32, 0, n)
}

// drawChunk is the number of slot members whose attestation draws come
// from one stream: chunks are drawn in parallel, and the streams depend on
// the slot and the chunk only, so results do not depend on the cores.
const drawChunk = 8192

// drawAttesters appends to out the members of a slot that attest (not
// slashed, and a draw below their participation), in member order.
func (c *Chain) drawAttesters(out, members []uint32, slot uint64) []uint32 {
	chunks := (len(members) + drawChunk - 1) / drawChunk
	if chunks <= 1 {
		return c.drawChunk(out, members, slot, 0)
	}
	for len(c.chunkBufs) < chunks {
		c.chunkBufs = append(c.chunkBufs, make([]uint32, 0, drawChunk))
	}
	var next atomic.Int64
	work := func() {
		for k := int(next.Add(1) - 1); k < chunks; k = int(next.Add(1) - 1) {
			lo, hi := k*drawChunk, min(len(members), (k+1)*drawChunk)
			c.chunkBufs[k] = c.drawChunk(c.chunkBufs[k][:0], members[lo:hi], slot, k)
		}
	}
	inParallel(work, work)
	for _, b := range c.chunkBufs[:chunks] {
		out = append(out, b...)
	}
	return out
}

// drawChunk draws one chunk of members: one 64-bit draw serves two members
// (32 bits each), from a stream seeded by the Behaviour's seed, the slot
// and the chunk.
func (c *Chain) drawChunk(out, members []uint32, slot uint64, k int) []uint32 {
	d := drawStream{x: c.draws.x ^ (slot+1)*0x9e3779b97f4a7c15 ^ uint64(k+1)*0xbf58476d1ce4e5b9}
	slashed := c.s.Slashed
	thr := c.b.thresholds()
	if thr.uniform() {
		// one participation for everyone: no per-member lookup
		for j := 0; j < len(members); j += 2 {
			x := d.next()
			if i := members[j]; !slashed[i] && x&0xFFFFFFFF < thr.def {
				out = append(out, i)
			}
			if j+1 < len(members) {
				if i := members[j+1]; !slashed[i] && x>>32 < thr.def {
					out = append(out, i)
				}
			}
		}
		return out
	}
	for j := 0; j < len(members); j += 2 {
		x := d.next()
		for h := 0; h < 2 && j+h < len(members); h++ {
			i := members[j+h]
			if slashed[i] {
				continue
			}
			th := thr.at(i)
			if thr.of != nil {
				th = perMilleThreshold32(thr.of(int(i)))
			}
			if (x>>(32*h))&0xFFFFFFFF < th {
				out = append(out, i)
			}
		}
	}
	return out
}

// thresholds is Behaviour.participation as thresholds on 32-bit draws
// (perMilleThreshold32), read once for a slot's loops over members.
type thresholds struct {
	def   uint64
	table []int16
	of    func(i int) int
}

func (b *Behaviour) thresholds() thresholds {
	t := thresholds{def: perMilleThreshold32(b.ParticipationPerMille), of: b.ParticipationOf}
	if t.of == nil && b.ParticipationTable != nil {
		t.table = *b.ParticipationTable
	}
	return t
}

// uniform says every validator has the default participation.
func (t *thresholds) uniform() bool { return t.of == nil && len(t.table) == 0 }

// at is validator i's threshold from the table or the default (the
// callers handle a closure, of != nil, themselves: a call would keep at
// from inlining). A table entry above 1000 is certain, a negative one the
// default.
func (t *thresholds) at(i uint32) uint64 {
	th := t.def
	if int(i) < len(t.table) {
		if v := uint16(t.table[i]); v <= 1000 {
			th = thresholdOf[v&1023]
		} else if v < 0x8000 {
			th = 1 << 32
		}
	}
	return th
}

// thresholdOf is perMilleThreshold32 of 0…1000 (1024 entries: indexed
// without a bounds check).
var thresholdOf = func() (t [1024]uint64) {
	for i := range t {
		t[i] = perMilleThreshold32(i)
	}
	return t
}()

// drawStream is the attestation draws' generator: wyrand (Wang Yi's
// 64-bit generator: a Weyl sequence through a 128-bit multiply-fold),
// inlined because it runs once per attester per epoch. Seeded from the
// Behaviour's seed, so runs stay reproducible.
// bit is 1 for true, 0 for false (compiled without a branch).
func bit(b bool) uint64 {
	var u uint64
	if b {
		u = 1
	}
	return u
}

type drawStream struct{ x uint64 }

func (d *drawStream) next() uint64 {
	d.x += 0xa0761d6478bd642f
	hi, lo := bits.Mul64(d.x, d.x^0xe7037ed1a0b428db)
	return hi ^ lo
}

// perMilleThreshold32 maps a chance in per mille to a threshold on 32-bit
// draws: P(draw < threshold) = perMille/1000 (within 2^-32).
func perMilleThreshold32(perMille int) uint64 {
	switch {
	case perMille <= 0:
		return 0
	case perMille >= 1000:
		return 1 << 32
	}
	return uint64(perMille) << 32 / 1000
}

// growDuties sizes the duty counters to the registry (amortised: the
// registry only grows).
func (c *Chain) growDuties() {
	if n := len(c.s.Balances); len(c.missedAtt) < n {
		c.missedAtt = append(c.missedAtt, make([]uint32, n-len(c.missedAtt))...)
		c.missedProp = append(c.missedProp, make([]uint32, n-len(c.missedProp))...)
	}
}

// countMissedAttestations runs at the last slot of epoch E, before
// ProcessEpoch: the previous epoch E-1's participation flags are final
// (its attestations' inclusion window has closed). A validator active in
// E-1 and not slashed whose timely-target flag is unset missed that epoch's
// attestation. The genesis epoch is counted at the end of epoch 1.
func (c *Chain) countMissedAttestations() {
	s := c.s
	if s.CurrentEpoch() == 0 {
		return
	}
	c.growDuties()
	prev := uint32(s.PreviousEpoch())
	s.parallel(len(s.ActivationEpoch), func(_, lo, hi int) {
		act, exit, slashed, flags := s.ActivationEpoch[lo:hi], s.ExitEpoch[lo:hi], s.Slashed[lo:hi], s.PrevParticipation[lo:hi]
		missed := c.missedAtt[lo:hi]
		const allTarget = 0x0101010101010101 * FlagTarget
		for i := 0; i < len(flags); {
			// eight validators at a time while all of them have the flag
			if i+8 <= len(flags) && binary.LittleEndian.Uint64(flags[i:])&allTarget == allTarget {
				i += 8
				continue
			}
			if flags[i]&FlagTarget == 0 && act[i] <= prev && prev < exit[i] && !slashed[i] {
				missed[i]++
			}
			i++
		}
	})
}
