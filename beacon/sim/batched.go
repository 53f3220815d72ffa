// Batched duties (DutiesBatched): an epoch's attestations and sync-committee
// signatures drawn at once, at the epoch's last slot, for Monte Carlo
// studies. The Chain does it; the State's transition functions are the
// spec's and unchanged (a block says SyncByEpoch, nothing else differs).
//
// What is drawn, and how it relates to DutiesSampled (where each active
// validator attests in a uniformly random slot with its participation, and
// its attestation is included by the next block):
//
//   - attestations: one 64-bit draw per active validator (a wyrand stream
//     indexed by validator, so chunks and cores do not change it) gives its
//     slot (the low 32 bits times SLOTS_PER_EPOCH) and whether it attested
//     (the high 32 bits below its participation threshold): the same
//     distribution. Its flags are what process_attestation would set when
//     the slot's attestation is included by the first block after it
//     (source within √SLOTS_PER_EPOCH slots, head at the minimum delay,
//     target while the epoch is current or previous). Missed proposals are
//     a stateless draw per slot (missedAt), so the first blocks of the next
//     epoch are known when the epoch ends. The includers' proposer rewards
//     are the spec's numerator summed per attested slot (one aggregate per
//     slot, as the Chain makes them in the other modes), divided once per
//     slot as process_attestation divides per aggregate; the includer in
//     this epoch is paid at its end, one in the next epoch right after the
//     epoch transition (with this epoch's base reward: see
//     payLateInclusions).
//   - sync committee: a member's signatures over the epoch's B blocks are
//     Binomial(B, participation) — one draw against an exact CDF table
//     (binomialCDF) instead of B draws; it gains participant_reward per
//     signature and loses it per missing one; the B proposers share the
//     epoch's signatures as evenly as integers allow (⌊T(j+1)/B⌋ − ⌊Tj/B⌋
//     for the j-th block) at proposer_reward each.
//
// Where it differs from slot-by-slot processing (documented in
// docs/beacon.md): rewards reach balances at the epoch's end rather than at
// each block (the withdrawals sweep may skim them a few slots later); the
// current epoch's target weight seen by justification includes the epoch's
// last slot (otherwise included in the next epoch); a slot's includers are
// known from missedAt even for a chain that started mid-epoch. Per
// validator, the flags' distribution is DutiesSampled's.

package sim

import (
	"encoding/binary"
	"math/big"
	"math/rand/v2"

	"github.com/stakepool/stakepool/beacon/spec"
)

// batchScratch is the Chain's buffers for batched duties; nothing in it
// outlives one enterSlot call except the cached CDF tables (derived).
type batchScratch struct {
	chunks []batchChunk
	late   []lateInclusion
	// lateBRPI is the base reward per increment late is paid with
	lateBRPI uint64
	cdfs     map[uint64][]uint64
}

// batchChunk is what one chunk of the registry's draw returns.
type batchChunk struct {
	activeInc uint64
	weight    [64]uint64 // per slot of the epoch: Σ increments · weight of the flags newly set
	_         [64]byte
}

// lateInclusion is a slot's attestations included by a block of the next
// epoch: paid once that epoch's proposers and base reward are known.
type lateInclusion struct {
	slot   uint64 // the including block's slot
	weight uint64
}

// missedAt says whether the proposer of slot misses it (DutiesBatched): a
// draw keyed by the Behaviour's seed and the slot alone.
func (c *Chain) missedAt(slot uint64) bool {
	d := drawStream{x: c.draws.x ^ (slot+1)*0x8cb92ba72f3d8dd7}
	return d.next()&0xFFFFFFFF < perMilleThreshold32(c.b.MissedProposalPerMille)
}

// proposedAt says whether slot has a block (DutiesBatched): slot 0 is the
// genesis state's.
func (c *Chain) proposedAt(slot uint64) bool { return slot > 0 && !c.missedAt(slot) }

// slotFlags returns, for each slot of epoch, the flags its attestations get
// when included by the first block after it, and that block's slot (0 when
// no block comes before the epoch stops being the previous one: no flags).
func (c *Chain) slotFlags(epoch uint64) (flags [64]uint8, includer [64]uint64) {
	sp := c.s.Spec
	spe := sp.SlotsPerEpoch
	first := epoch * spe
	sqrt := IntegerSquareRoot(spe)
	// next: the first block after the slot looked at, from the last slot
	// backwards; after the epoch, the next epoch's blocks (the window)
	next := uint64(0)
	for slot := first + spe; slot < first+2*spe; slot++ {
		if c.proposedAt(slot) {
			next = slot
			break
		}
	}
	for k := int(spe) - 1; k >= 0; k-- {
		slot := first + uint64(k)
		if k < int(spe)-1 && c.proposedAt(slot+1) {
			next = slot + 1
		}
		if next == 0 {
			continue
		}
		delay := next - slot
		f := uint8(FlagTarget)
		if delay <= sqrt {
			f |= FlagSource
		}
		if delay == sp.MinAttestationInclusionDelay {
			f |= FlagHead
		}
		flags[k], includer[k] = f, next
	}
	return flags, includer
}

// settleEpoch runs at the current epoch's last slot, after its block and
// before the epoch transition: the epoch's attestations (flags into
// CurrParticipation, includers of this epoch paid, the next epoch's kept in
// late) and its sync committee's signatures.
func (c *Chain) settleEpoch() {
	s := c.s
	sp := s.Spec
	spe := sp.SlotsPerEpoch
	if spe == 0 || spe > 64 {
		panic("sim: batched duties need 1 to 64 slots an epoch")
	}
	epoch := s.CurrentEpoch()
	first := epoch * spe
	flags, includer := c.slotFlags(epoch)
	n := len(s.Balances)
	b := &c.batch
	if kc := s.chunkCount(n); len(b.chunks) != kc {
		b.chunks = make([]batchChunk, kc)
	}
	// the epoch's stream starts at a mixed point: streams of nearby epochs
	// must not be shifted copies of each other (a Weyl sequence's would)
	sd := drawStream{x: c.draws.x ^ (epoch+1)*0x94d049bb133111eb}
	seed := sd.next()
	thr := c.b.thresholds()
	c.growDuties()
	var activeInc uint64
	var weight [64]uint64
	if thr.uniform() {
		activeInc, weight = c.skipAttestations(seed, epoch, &flags, thr.def)
	} else {
		s.parallel(n, func(k, lo, hi int) { c.drawAttestations(&b.chunks[k], lo, hi, seed, epoch, &flags, &thr) })
		for k := range b.chunks {
			ch := &b.chunks[k]
			activeInc += ch.activeInc
			for j := range spe {
				weight[j] += ch.weight[j]
			}
		}
	}
	// get_total_active_balance of this epoch, summed by the same pass
	if !s.tabValid || s.tabEpoch != epoch {
		s.tab = max(sp.EffectiveBalanceIncrement, activeInc*sp.EffectiveBalanceIncrement)
		s.tabEpoch, s.tabValid = epoch, true
	}
	brpi := s.BaseRewardPerIncrement()
	b.late, b.lateBRPI = b.late[:0], brpi
	for k := range spe {
		if weight[k] == 0 {
			continue
		}
		if includer[k] < first+spe {
			increase(&s.Balances[s.proposerOf(includer[k])], weight[k]*brpi/proposerRewardDen)
		} else {
			b.late = append(b.late, lateInclusion{slot: includer[k], weight: weight[k]})
		}
	}
	c.settleSync(epoch, &thr)
}

// proposerRewardDen is process_attestation's proposer_reward_denominator.
const proposerRewardDen = uint64((spec.WeightDenominator - spec.ProposerWeight) * spec.WeightDenominator / spec.ProposerWeight)

// payLateInclusions pays the includers of the previous epoch's last
// attestations: after the epoch transition, to the new epoch's proposers
// (those of the including blocks), with the previous epoch's base reward
// per increment (the spec would use the new epoch's: they differ by the
// change of √total active balance over one epoch; computing it would cost
// a pass over the registry).
func (c *Chain) payLateInclusions() {
	s := c.s
	if len(c.batch.late) == 0 {
		return
	}
	brpi := c.batch.lateBRPI
	for _, l := range c.batch.late {
		increase(&s.Balances[s.proposerOf(l.slot)], l.weight*brpi/proposerRewardDen)
	}
	c.batch.late = c.batch.late[:0]
}

// weightOfFlags is Σ PARTICIPATION_FLAG_WEIGHTS over a flag set.
var weightOfFlags = func() (w [8]uint64) {
	for f := range w {
		for i := range 3 {
			if f&(1<<i) != 0 {
				w[f] += spec.ParticipationFlagWeights[i]
			}
		}
	}
	return w
}()

// drawAttestations draws validators [lo, hi): each active one's slot and
// attestation, its new flags set in CurrParticipation and weighed per slot,
// and a missed attestation counted (active, unslashed, no timely target:
// the epoch's flags are final once drawn). Stable validators (the class
// cache: active and unslashed) skip the registry's epoch reads.
func (c *Chain) drawAttestations(out *batchChunk, lo, hi int, seed, epoch uint64, flags *[64]uint8, thr *thresholds) {
	s := c.s
	spe := s.Spec.SlotsPerEpoch
	e32 := uint32(epoch)
	act, exit, eff := s.ActivationEpoch[lo:hi], s.ExitEpoch[lo:hi], s.EffInc[lo:hi]
	slashed, part, missed := s.Slashed[lo:hi], s.CurrParticipation[lo:hi], c.missedAtt[lo:hi]
	var cls []uint8
	if s.clsValid && s.clsEpoch == epoch && len(s.cls) >= hi {
		cls = s.cls[lo:hi]
	}
	var r batchChunk
	// the stream's j-th draw is validator j's, whatever the chunks
	d := drawStream{x: seed + uint64(lo)*0xa0761d6478bd642f}
	uniform := thr.uniform()
	for j := range act {
		x := d.next()
		if j >= len(cls) || cls[j]&clsStable == 0 {
			if !(act[j] <= e32 && e32 < exit[j]) {
				continue
			}
			if slashed[j] {
				r.activeInc += uint64(eff[j])
				continue
			}
		}
		e := uint64(eff[j])
		r.activeInc += e
		th := thr.def
		if !uniform {
			th = thr.at(uint32(lo + j))
			if thr.of != nil {
				th = perMilleThreshold32(thr.of(lo + j))
			}
		}
		k := (x & 0xFFFFFFFF) * spe >> 32
		var f uint8
		if x>>32 < th {
			f = flags[k&63] &^ part[j]
			part[j] |= f
			r.weight[k&63] += e * weightOfFlags[f&7]
		}
		if part[j]&FlagTarget == 0 {
			missed[j]++
		}
	}
	*out = r
}

// skipAttestations is drawAttestations for one participation threshold th
// shared by every validator, without a draw per validator: every eligible
// validator (active, unslashed) first gets the flags of a slot whose
// attestations the next slot's block includes (the "good" slots); then the
// validators that do not attest are picked by geometric skips (each
// independently with probability 1 − th/2^32: the gaps between them are
// geometric), and those whose slot is one of the b other slots by skips at
// rate b/SLOTS_PER_EPOCH, the slot then drawn uniformly among the b. Each
// validator's slot and attestation are then distributed as in
// drawAttestations. The good slots' includers share the good slots' weight
// equally (their per-slot sums are not drawn; only the includers' split
// differs); the other slots' weights are summed exactly. Skips run over
// fixed blocks of the registry, each from its own stream, so results do not
// depend on the workers.
func (c *Chain) skipAttestations(seed, epoch uint64, flags *[64]uint8, th uint64) (activeInc uint64, weight [64]uint64) {
	s := c.s
	spe := s.Spec.SlotsPerEpoch
	e32 := uint32(epoch)
	n := len(s.Balances)
	const full = FlagSource | FlagTarget | FlagHead
	var bad []int
	for k := range spe {
		if flags[k] != full {
			bad = append(bad, int(k))
		}
	}
	good := uint8(full)
	var cls []uint8
	if s.clsValid && s.clsEpoch == epoch && len(s.cls) == n {
		cls = s.cls
	}
	eligible := func(i int) bool {
		if i < len(cls) && cls[i]&clsStable != 0 {
			return true
		}
		return s.ActivationEpoch[i] <= e32 && e32 < s.ExitEpoch[i] && !s.Slashed[i]
	}
	// 1. every eligible validator a good slot's flags; sums of increments
	b := &c.batch
	if kc := s.chunkCount(n); len(b.chunks) != kc {
		b.chunks = make([]batchChunk, kc)
	}
	s.parallel(n, func(k, lo, hi int) {
		var active, elig uint64
		part, eff := s.CurrParticipation[lo:hi], s.EffInc[lo:hi]
		const ones = 0x0101010101010101
		for j := 0; j < len(part); {
			// eight stable validators: one word of flags, eight increments
			if cls != nil && j+8 <= len(part) && binary.LittleEndian.Uint64(cls[lo+j:lo+j+8])&ones == ones {
				binary.LittleEndian.PutUint64(part[j:j+8], binary.LittleEndian.Uint64(part[j:j+8])|ones*uint64(good))
				e := eff[j : j+8 : j+8]
				sum := uint64(e[0]) + uint64(e[1]) + uint64(e[2]) + uint64(e[3]) + uint64(e[4]) + uint64(e[5]) + uint64(e[6]) + uint64(e[7])
				active += sum
				elig += sum
				j += 8
				continue
			}
			if cls != nil && cls[lo+j]&clsIdle != 0 {
				j++ // exited by the previous epoch: not active
				continue
			}
			if i := lo + j; s.ActivationEpoch[i] <= e32 && e32 < s.ExitEpoch[i] {
				active += uint64(eff[j])
				if eligible(i) {
					part[j] |= good
					elig += uint64(eff[j])
				}
			}
			j++
		}
		b.chunks[k] = batchChunk{activeInc: active}
		b.chunks[k].weight[0] = elig
	})
	var goodInc uint64
	for k := range b.chunks {
		activeInc += b.chunks[k].activeInc
		goodInc += b.chunks[k].weight[0]
	}
	// 2. the validators that do not attest, then those of the other slots
	part, eff, missed := s.CurrParticipation, s.EffInc, c.missedAtt
	missTab := c.skipTable(th)
	badTab := c.skipTable(uint64(int(spe)-len(bad)) << 32 / spe)
	const block = 4096
	for lo := 0; lo < n; lo += block {
		hi := min(n, lo+block)
		d := drawStream{x: seed ^ uint64(lo/block+1)*0xbf58476d1ce4e5b9}
		for i := lo + skip(&d, missTab); missTab != nil && i < hi; i += 1 + skip(&d, missTab) {
			if eligible(i) {
				part[i] &^= good
				goodInc -= uint64(eff[i])
				missed[i]++
			}
		}
		if badTab == nil {
			continue
		}
		for i := lo + skip(&d, badTab); i < hi; i += 1 + skip(&d, badTab) {
			k := bad[(d.next()&0xFFFFFFFF)*uint64(len(bad))>>32]
			if part[i]&good != good || !eligible(i) {
				continue // not eligible, or did not attest
			}
			f := flags[k&63]
			part[i] = part[i]&^good | f
			goodInc -= uint64(eff[i])
			weight[k&63] += uint64(eff[i]) * weightOfFlags[f&7]
			if f&FlagTarget == 0 {
				missed[i]++
			}
		}
	}
	// the good slots share their weight (⌊W(g+1)/G⌋ − ⌊Wg/G⌋ for the g-th)
	if G := uint64(int(spe) - len(bad)); G > 0 {
		w := goodInc * weightOfFlags[good]
		g := uint64(0)
		for k := range spe {
			if flags[k] == good {
				weight[k] += w*(g+1)/G - w*g/G
				g++
			}
		}
	}
	return activeInc, weight
}

// settleSync draws each sync-committee member's signatures over the
// epoch's blocks and pays them and the blocks' proposers.
func (c *Chain) settleSync(epoch uint64, thr *thresholds) {
	s := c.s
	com := s.CurrentSyncCommittee
	if len(com) == 0 {
		return
	}
	spe := s.Spec.SlotsPerEpoch
	var blocks [64]uint64
	nb := 0
	for k := range spe {
		if slot := epoch*spe + k; c.proposedAt(slot) {
			blocks[nb] = slot
			nb++
		}
	}
	if nb == 0 {
		return
	}
	B := uint64(nb)
	pr, prop := s.SyncRewards()
	bal := s.Balances
	d := drawStream{x: c.draws.x ^ (epoch+1)*0xd1b54a32d192ed03}
	var signed uint64
	uniform := thr.uniform()
	cdf := c.binomialCDF(B, thr.def)
	for _, i := range com {
		if !uniform {
			th := thr.at(i)
			if thr.of != nil {
				th = perMilleThreshold32(thr.of(int(i)))
			}
			cdf = c.binomialCDF(B, th)
		}
		u := d.next()
		missed := uint64(0)
		for missed < uint64(len(cdf)) && u >= cdf[missed] {
			missed++
		}
		// process_sync_aggregate per block: + participant_reward per
		// signature, − participant_reward per missing one (floored at 0)
		increase(&bal[i], (B-missed)*pr)
		decrease(&bal[i], missed*pr)
		signed += B - missed
	}
	for j, slot := range blocks[:nb] {
		share := signed*uint64(j+1)/B - signed*uint64(j)/B
		increase(&bal[s.proposerOf(slot)], share*prop)
	}
}

// binomialCDF returns the CDF of the number of failures among n trials that
// each succeed with probability th/2^32, as thresholds on a uniform 64-bit
// draw: failures = the first f with draw < cdf[f] (len(cdf) when none; the
// table stops where the CDF reaches 1). Exact rational arithmetic, floored
// to 64 bits; cached per (n, th).
func (c *Chain) binomialCDF(n, th uint64) []uint64 {
	key := n<<33 | th
	if t, ok := c.batch.cdfs[key]; ok {
		return t
	}
	if c.batch.cdfs == nil {
		c.batch.cdfs = make(map[uint64][]uint64)
	}
	p := new(big.Int).SetUint64(th)
	q := new(big.Int).SetUint64(1<<32 - th)
	den := new(big.Int).Lsh(big.NewInt(1), uint(32*n))
	cum := new(big.Int)
	var t []uint64
	for f := uint64(0); f < n; f++ {
		// C(n, f) · q^f · p^(n−f)
		term := new(big.Int).Binomial(int64(n), int64(f))
		term.Mul(term, new(big.Int).Exp(q, new(big.Int).SetUint64(f), nil))
		term.Mul(term, new(big.Int).Exp(p, new(big.Int).SetUint64(n-f), nil))
		cum.Add(cum, term)
		if cum.Cmp(den) >= 0 {
			break
		}
		// ⌊cum · 2^64 / 2^(32n)⌋ (down: the draw's chance of f or fewer
		// failures is at most the exact one, by less than 2^-64)
		v := new(big.Int).Lsh(cum, 64)
		v.Rsh(v, uint(32*n))
		t = append(t, v.Uint64())
	}
	c.batch.cdfs[key] = t
	return t
}

// batchedProposers is DutiesSampled's proposers without the active list:
// candidates drawn uniformly from the registry, an inactive one drawn
// again (uniform over the active set, as sampledCandidate's), then the
// same effective-balance filter. It gives up (false) after a million
// inactive candidates in a row, for the caller's list-based draw.
func (s *State) batchedProposers(epoch uint64, buf []uint32) ([]uint32, bool) {
	sp := s.Spec
	n := uint64(len(s.Balances))
	if n == 0 {
		return nil, false
	}
	e32 := uint32(epoch)
	seed := s.Seed(epoch, spec.DomainBeaconProposer)
	props := buf[:0]
	if cap(props) < int(sp.SlotsPerEpoch) {
		props = make([]uint32, 0, sp.SlotsPerEpoch)
	}
	for k := range sp.SlotsPerEpoch {
		var b [40]byte
		copy(b[:32], seed[:])
		binary.LittleEndian.PutUint64(b[32:], epoch*sp.SlotsPerEpoch+k)
		h := hashSeed(b)
		r := rand.New(rand.NewPCG(binary.LittleEndian.Uint64(h[:8]), binary.LittleEndian.Uint64(h[8:16])))
		for misses := 0; ; {
			c := uint32(r.Uint64N(n))
			if !(s.ActivationEpoch[c] <= e32 && e32 < s.ExitEpoch[c]) {
				if misses++; misses > 1_000_000 {
					return nil, false
				}
				continue
			}
			if s.acceptSampled(c, r) {
				props = append(props, c)
				break
			}
		}
	}
	return props, true
}
