package sim

import (
	"encoding/binary"
	"math/bits"
	"slices"
	"sync"
	"sync/atomic"

	"github.com/stakepool/stakepool/beacon/spec"
)

// Participation flag bits.
const (
	FlagSource = 1 << spec.TimelySourceFlagIndex
	FlagTarget = 1 << spec.TimelyTargetFlagIndex
	FlagHead   = 1 << spec.TimelyHeadFlagIndex
)

// chunkSums is what pass 1 reads from one chunk of the registry.
type chunkSums struct {
	activeInc     uint64    // Σ EB increments, active in current epoch
	activeCount   uint64    // number active in current epoch
	prevFlagInc   [3]uint64 // Σ EB increments, unslashed, active in previous epoch, flag f set
	currTargetInc uint64    // Σ EB increments, unslashed, active in current epoch, target set
	maxExit       uint32    // max exit epoch != FAR (0 if none)
	maxExitCount  uint64    // validators with exit epoch == maxExit
	maxEff        uint16    // largest effective-balance increment
	registry      []uint32  // registry-update candidates (index order)
	slashing      []uint32  // process_slashings candidates (index order)
	_             [64]byte  // keep chunks on separate cache lines
}

// status bits written by pass 1 for pass 2 (low 3 bits: unslashed participation flags)
const statusEligible = 1 << 7

// Class cache bits (State.cls), valid for epoch State.clsEpoch.
const (
	// clsStable: exit epoch FAR, activated by the previous epoch, not
	// slashed, effective balance above the ejection balance. Such a
	// validator is active and eligible in this epoch and the next, and is no
	// candidate of the registry or slashings steps.
	clsStable = 1 << 0
	// clsScoreZero: inactivity score 0.
	clsScoreZero = 1 << 1
)

type epochScratch struct {
	tables  []uint64
	status  []uint8
	chunks  []chunkSums
	touched []uint32
	oldEff  []uint16
	// activeParts are ActiveIndices' per-chunk lists
	activeParts [][]uint32
}

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

// pass1 is the read-only pass: totals for justification, rewards and churn,
// and the short candidate lists of the registry and slashings steps.
func (s *State) pass1(lo, hi int, c *chunkSums) {
	sp := s.Spec
	cur := s.CurrentEpoch()
	prev := s.PreviousEpoch()
	cur32, prev32 := uint32(cur), uint32(prev)
	ejInc := sp.EjectionBalance / sp.EffectiveBalanceIncrement
	slashEpoch := cur + sp.EpochsPerSlashingsVector/2
	var sums chunkSums
	sums.registry = c.registry[:0]
	sums.slashing = c.slashing[:0]
	act, exit, eff := s.ActivationEpoch[lo:hi], s.ExitEpoch[lo:hi], s.EffInc[lo:hi]
	prevP, curP, slashed := s.PrevParticipation[lo:hi], s.CurrParticipation[lo:hi], s.Slashed[lo:hi]
	status := s.scratch.status[lo:hi]
	cls := s.cls[lo:hi]
	var activeInc, activeCount, currTarget, src, tgt, head uint64
	var maxEff uint16
	n := len(act)
	for j := 0; j < n; j++ {
		// fast path: a run of validators active in both epochs, unslashed,
		// not exiting and not ejectable, in a small register-friendly kernel
		for j < n {
			m := min(n-j, 1<<20) // keeps each 32-bit lane below 2^31
			k, r := pass1Kernel(cls[j:j+m], eff[j:j+m], curP[j:j+m], prevP[j:j+m])
			activeInc += r.activeInc
			maxEff = max(maxEff, r.maxEff)
			activeCount += uint64(k)
			src += r.srcTgt & 0xFFFFFFFF
			tgt += r.srcTgt >> 32
			head += r.headCur & 0xFFFFFFFF
			currTarget += r.headCur >> 32
			j += k
			if k < m {
				break
			}
		}
		if j >= n {
			break
		}
		a, x, e := act[j], exit[j], uint64(eff[j])
		maxEff = max(maxEff, eff[j])
		activeCur := a <= cur32 && cur32 < x
		activePrev := a <= prev32 && prev32 < x
		if x != far32 {
			if x > sums.maxExit {
				sums.maxExit, sums.maxExitCount = x, 1
			} else if x == sums.maxExit {
				sums.maxExitCount++
			}
		}
		i := uint32(lo + j)
		if slashed[j] {
			if ep64(s.WithdrawableEpoch[lo+j]) == slashEpoch || x == far32 {
				sums.slashing = append(sums.slashing, i)
			}
		}
		if activeCur {
			activeInc += e
			activeCount++
			if !slashed[j] && curP[j]&FlagTarget != 0 {
				currTarget += e
			}
			if e <= ejInc && x == far32 {
				sums.registry = append(sums.registry, i)
			}
		} else if a == far32 {
			sums.registry = append(sums.registry, i)
		}
		// status for pass 2: eligible bit and the unslashed participation flags
		var st uint8
		if activePrev && !slashed[j] {
			p := prevP[j] & (FlagSource | FlagTarget | FlagHead)
			st = statusEligible | p
			src += e & -(uint64(p) & 1)
			tgt += e & -(uint64(p>>1) & 1)
			head += e & -(uint64(p>>2) & 1)
		} else if activePrev || (slashed[j] && prev+1 < ep64(s.WithdrawableEpoch[lo+j])) {
			st = statusEligible
		}
		status[j] = st
	}
	sums.activeInc, sums.activeCount, sums.currTargetInc = activeInc, activeCount, currTarget
	sums.maxEff = maxEff
	sums.prevFlagInc = [3]uint64{src, tgt, head}
	*c = sums
}

type kernelSums struct {
	maxEff    uint16 // largest effective-balance increment seen
	activeInc uint64
	srcTgt    uint64 // source increments (low 32 bits), target (high)
	headCur   uint64 // head increments (low), current-epoch target (high)
}

// pass1Kernel handles stable validators (see clsStable) and returns at the
// first other one. len(cls) <= 2^20. Blocks of 8 stable validators with the
// same effective balance are summed 8 at a time (flag bits counted in one
// 64-bit word).
func pass1Kernel(cls []uint8, eff []uint16, curP, prevP []uint8) (int, kernelSums) {
	n := len(cls)
	eff, curP, prevP = eff[:n], curP[:n], prevP[:n]
	var r kernelSums
	const ones = 0x0101010101010101
	j := 0
	for j < n {
		if j+8 <= n && binary.LittleEndian.Uint64(cls[j:j+8])&ones == ones {
			ev := eff[j : j+8 : j+8]
			e0 := ev[0]
			if (ev[1]^e0)|(ev[2]^e0)|(ev[3]^e0)|(ev[4]^e0)|(ev[5]^e0)|(ev[6]^e0)|(ev[7]^e0) == 0 {
				e := uint64(e0)
				r.maxEff = max(r.maxEff, e0)
				p := binary.LittleEndian.Uint64(prevP[j : j+8])
				c := binary.LittleEndian.Uint64(curP[j : j+8])
				src := uint64(bits.OnesCount64(p & ones))
				tgt := uint64(bits.OnesCount64(p & (ones << 1)))
				head := uint64(bits.OnesCount64(p & (ones << 2)))
				ct := uint64(bits.OnesCount64(c & (ones << 1)))
				r.activeInc += 8 * e
				r.srcTgt += e * (src | tgt<<32)
				r.headCur += e * (head | ct<<32)
				j += 8
				continue
			}
		}
		// one validator at a time
		if cls[j]&clsStable == 0 {
			return j, r
		}
		e64 := uint64(eff[j])
		r.maxEff = max(r.maxEff, eff[j])
		p := prevP[j]
		c := curP[j]
		r.activeInc += e64
		r.srcTgt += e64 * (uint64(p&1) | uint64(p&2)<<31)
		r.headCur += e64 * (uint64(p>>2&1) | uint64(c&2)<<31)
		j++
	}
	return n, r
}

// pass2Kernel handles the common validator of pass 2 outside an inactivity
// leak: stable, inactivity score 0 (which then stays 0: +4 then -min(16, 4),
// and no inactivity penalty), any previous-epoch flags, a balance of at
// least the flag penalties (so no decrease saturates and the deltas may be
// summed), no effective-balance change. It returns at the first other
// validator, leaving it untouched.
func pass2Kernel(cls, oldPrev []uint8, eff []uint16, bal []uint64, add, sub []uint64, inc, down, up uint64) int {
	n := len(cls)
	oldPrev, eff, bal = oldPrev[:n], eff[:n], bal[:n]
	for j := 0; j < n; j++ {
		if cls[j] != clsStable|clsScoreZero {
			return j
		}
		e := eff[j]
		x := uint(e)<<3 | uint(oldPrev[j]&(FlagSource|FlagTarget|FlagHead))
		if x >= uint(len(add)) || x >= uint(len(sub)) {
			return j
		}
		b := bal[j]
		d := sub[x]
		if b < d {
			return j
		}
		b = b + add[x] - d
		eb := uint64(e) * inc
		if b+down < eb || eb+up < b {
			return j
		}
		bal[j] = b
	}
	return n
}

// epochConsts are the per-epoch values pass 2 uses.
type epochConsts struct {
	cur, prev                     uint64
	doRewards                     bool // current epoch != GENESIS_EPOCH
	inLeak                        bool
	reward                        [3][]uint64 // per flag, indexed by EB increments
	add, sub                      []uint64    // index e<<3|flags: sum of the flag rewards and of the flag penalties
	penalty                       [3][]uint64
	bias, recovery, inactivityDen uint64
	down, up, inc                 uint64
}

// pass2 fuses process_inactivity_updates, process_rewards_and_penalties,
// process_effective_balance_updates (undone later for the few validators
// whose balance or effective balance the steps in between use or change)
// and process_participation_flag_updates.
func (s *State) pass2(lo, hi int, k *epochConsts) {
	eff, bal, sc := s.EffInc[lo:hi], s.Balances[lo:hi], s.InactivityScores[lo:hi]
	status := s.scratch.status[lo:hi]
	cls := s.cls[lo:hi]
	oldPrev := s.CurrParticipation[lo:hi] // swapped: the previous epoch's flags
	r0, r1, r2 := k.reward[0], k.reward[1], k.reward[2]
	p0, p1 := k.penalty[0], k.penalty[1]
	electra := s.Spec.Fork == spec.Electra
	ejInc := uint16(s.Spec.EjectionBalance / k.inc)
	cur32 := uint32(k.cur)
	n := len(bal)
	for j := 0; j < n; j++ {
		if k.doRewards && !k.inLeak {
			j += pass2Kernel(cls[j:], oldPrev[j:], eff[j:], bal[j:], k.add, k.sub, k.inc, k.down, k.up)
			if j >= n {
				break
			}
		}
		e := eff[j]
		b := bal[j]
		c := cls[j]
		st := status[j]
		if c&clsStable != 0 {
			st = statusEligible | oldPrev[j]&(FlagSource|FlagTarget|FlagHead)
		}
		if k.doRewards && st&statusEligible != 0 {
			// process_inactivity_updates
			old := uint64(sc[j])
			score := old
			targetOK := st&FlagTarget != 0
			if targetOK {
				score -= min(1, score)
			} else {
				score += k.bias
			}
			if !k.inLeak {
				score -= min(k.recovery, score)
			}
			if score != old {
				sc[j] = uint32(score)
			}
			// process_rewards_and_penalties: flag deltas 0,1,2 then inactivity, in spec order
			if st&FlagSource != 0 {
				b += r0[e]
			} else {
				decrease(&b, p0[e])
			}
			if targetOK {
				b += r1[e]
			} else {
				decrease(&b, p1[e])
			}
			if st&FlagHead != 0 {
				b += r2[e]
			}
			if !targetOK {
				decrease(&b, uint64(e)*k.inc*score/k.inactivityDen)
			}
			bal[j] = b
		}
		// process_effective_balance_updates
		eb := uint64(e) * k.inc
		if b+k.down < eb || eb+k.up < b {
			maxEB := s.Spec.MaxEffectiveBalance
			if electra {
				maxEB = s.Spec.MaxEffectiveBalanceFor(s.Credentials[lo+j][0])
			}
			e = uint16(min(b-b%k.inc, maxEB) / k.inc)
			eff[j] = e
		}
		// class for the next epoch (stable validators stay stable unless
		// their effective balance falls to the ejection balance)
		var nc uint8
		if c&clsStable != 0 {
			if e > ejInc {
				nc = clsStable
			}
		} else if s.ExitEpoch[lo+j] == far32 && s.ActivationEpoch[lo+j] <= cur32 && !s.Slashed[lo+j] && e > ejInc {
			nc = clsStable
		}
		if sc[j] == 0 {
			nc |= clsScoreZero
		}
		if nc != c {
			cls[j] = nc
		}
	}
	// process_participation_flag_updates: the slices were swapped; clear the new current
	clear(oldPrev)
}

// class computes validator i's class for the epoch whose previous epoch is prev.
func (s *State) class(i int, prev uint64) uint8 {
	var c uint8
	if s.ExitEpoch[i] == far32 && uint64(s.ActivationEpoch[i]) <= prev && !s.Slashed[i] &&
		uint64(s.EffInc[i]) > s.Spec.EjectionBalance/s.Spec.EffectiveBalanceIncrement {
		c = clsStable
	}
	if s.InactivityScores[i] == 0 {
		c |= clsScoreZero
	}
	return c
}

// PrepareEpoch (re)computes the per-validator class cache that
// ProcessEpoch keeps up to date from one epoch to the next. ProcessEpoch
// calls it when needed; call Invalidate after changing the registry
// arrays directly.
func (s *State) PrepareEpoch() {
	n := len(s.Balances)
	cur := s.CurrentEpoch()
	if cap(s.scratch.status) < n {
		s.scratch.status = make([]uint8, n)
	}
	if s.clsValid && s.clsEpoch == cur && len(s.cls) == n {
		return
	}
	if cap(s.cls) < n {
		s.cls = make([]uint8, n)
	}
	s.cls = s.cls[:n]
	prev := s.PreviousEpoch()
	s.parallel(n, func(_ int, lo, hi int) {
		for i := lo; i < hi; i++ {
			s.cls[i] = s.class(i, prev)
		}
	})
	s.clsEpoch, s.clsValid = cur, true
}

// Invalidate drops the caches derived from the registry arrays; call it
// after changing them other than through the State's methods.
func (s *State) Invalidate() {
	s.clsValid = false
	s.pubkeyIndex = nil
	s.tabValid = false
	s.activeCache = nil
	s.dropDuties()
}

func (s *State) unstable(i int) {
	if s.clsValid && i < len(s.cls) {
		s.cls[i] &^= clsStable
	}
}

// ProcessEpoch runs process_epoch (Deneb or Electra, by s.Spec.Fork) on the
// state as it is at the last slot of the current epoch. It does not change
// the slot.
func (s *State) ProcessEpoch() {
	sp := s.Spec
	n := len(s.Balances)
	cur, prev := s.CurrentEpoch(), s.PreviousEpoch()
	inc := sp.EffectiveBalanceIncrement
	if cur >= uint64(far32)-(1<<16) {
		panic("sim: epoch out of range")
	}

	s.PrepareEpoch()

	// pass 1
	sc := &s.scratch
	if kc := s.chunkCount(n); len(sc.chunks) != kc {
		sc.chunks = make([]chunkSums, kc)
	}
	if cap(sc.status) < n {
		sc.status = make([]uint8, n)
	}
	sc.status = sc.status[:n]
	s.parallel(n, func(k, lo, hi int) { s.pass1(lo, hi, &sc.chunks[k]) })
	var tot chunkSums
	var registry, slashing []uint32
	for k := range sc.chunks {
		c := &sc.chunks[k]
		tot.activeInc += c.activeInc
		tot.activeCount += c.activeCount
		tot.currTargetInc += c.currTargetInc
		tot.maxEff = max(tot.maxEff, c.maxEff)
		for f := range 3 {
			tot.prevFlagInc[f] += c.prevFlagInc[f]
		}
		if c.maxExit > tot.maxExit {
			tot.maxExit, tot.maxExitCount = c.maxExit, c.maxExitCount
		} else if c.maxExit == tot.maxExit {
			tot.maxExitCount += c.maxExitCount
		}
		registry = append(registry, c.registry...)
		slashing = append(slashing, c.slashing...)
	}
	// get_total_active_balance; get_total_balance floors at one increment
	totalActive := max(inc, tot.activeInc*inc)
	s.tab, s.tabEpoch, s.tabValid = totalActive, cur, true

	// process_justification_and_finalization
	if cur > spec.GenesisEpoch+1 {
		s.weighJustificationAndFinalization(totalActive, max(inc, tot.prevFlagInc[1]*inc), max(inc, tot.currTargetInc*inc))
	}

	// constants of inactivity and rewards
	k := epochConsts{
		cur: cur, prev: prev,
		doRewards:     cur != spec.GenesisEpoch,
		inLeak:        s.IsInInactivityLeak(),
		bias:          sp.InactivityScoreBias,
		recovery:      sp.InactivityScoreRecoveryRate,
		inactivityDen: sp.InactivityScoreBias * sp.InactivityPenaltyQuotientBellatrix,
		inc:           inc,
	}
	hyst := inc / sp.HysteresisQuotient
	k.down, k.up = hyst*sp.HysteresisDownwardMultiplier, hyst*sp.HysteresisUpwardMultiplier
	// reward tables indexed by effective-balance increments, up to the
	// largest one in the registry (pass 2 indexes them by the old EB)
	maxInc := uint64(tot.maxEff)
	brpi := inc * sp.BaseRewardFactor / IntegerSquareRoot(totalActive)
	activeIncs := totalActive / inc
	rows := maxInc + 1
	need := int(rows*6 + rows*16)
	if cap(sc.tables) < need {
		sc.tables = make([]uint64, need)
	}
	tb := sc.tables[:need]
	clear(tb)
	for f := range 3 {
		k.reward[f], tb = tb[:rows:rows], tb[rows:]
		k.penalty[f], tb = tb[:rows:rows], tb[rows:]
		wgt := spec.ParticipationFlagWeights[f]
		// get_total_balance of the participating set, floored at one increment
		partInc := max(inc, tot.prevFlagInc[f]*inc) / inc
		// reward[e] = ⌊e·C / D⌋ with C = brpi·wgt·partInc, D = activeIncs·64:
		// stepped through e with a running quotient and remainder, exactly
		// the division of the spec without one division per row
		if den := activeIncs * spec.WeightDenominator; !k.inLeak && den > 0 {
			step := brpi * wgt * partInc
			stepQ, stepR := step/den, step%den
			var q, r uint64
			for e := uint64(0); e <= maxInc; e++ {
				k.reward[f][e] = q
				q, r = q+stepQ, r+stepR
				if r >= den {
					q, r = q+1, r-den
				}
			}
		}
		if f != spec.TimelyHeadFlagIndex {
			for e := uint64(0); e <= maxInc; e++ {
				k.penalty[f][e] = e * brpi * wgt / spec.WeightDenominator
			}
		}
	}
	k.add, tb = tb[:rows<<3:rows<<3], tb[rows<<3:]
	k.sub = tb[: rows<<3 : rows<<3]
	for e := uint64(0); e <= maxInc; e++ {
		r0, r1, r2 := k.reward[0][e], k.reward[1][e], k.reward[2][e]
		p0, p1, p2 := k.penalty[0][e], k.penalty[1][e], k.penalty[2][e]
		add, sub := k.add[e<<3:e<<3+8], k.sub[e<<3:e<<3+8]
		// flags fl (bit f = flag f set): rewards of the set flags, penalties of the others
		add[0], add[1], add[2], add[3] = 0, r0, r1, r0+r1
		add[4], add[5], add[6], add[7] = r2, r0+r2, r1+r2, r0+r1+r2
		sub[0], sub[1], sub[2], sub[3] = p0+p1+p2, p1+p2, p0+p2, p2
		sub[4], sub[5], sub[6], sub[7] = p0+p1, p1, p0, 0
	}

	// the validators whose old effective balance later steps read or whose
	// balance later steps change: EB updates are redone for them at the end
	touched := sc.touched[:0]
	touched = append(touched, registry...)
	touched = append(touched, slashing...)
	if sp.Fork == spec.Electra {
		for j, d := range s.PendingDeposits {
			if uint64(j) >= sp.MaxPendingDepositsPerEpoch {
				break
			}
			if i, ok := s.IndexOf(d.Pubkey); ok {
				touched = append(touched, uint32(i))
			}
		}
		for _, c := range s.PendingConsolidations {
			touched = append(touched, uint32(c.SourceIndex), uint32(c.TargetIndex))
		}
	}
	slices.Sort(touched)
	touched = slices.Compact(touched)
	oldEff := sc.oldEff[:0]
	for _, i := range touched {
		oldEff = append(oldEff, s.EffInc[i])
	}

	// pass 2 (participation rotation: swap, pass 2 clears the new current)
	s.PrevParticipation, s.CurrParticipation = s.CurrParticipation, s.PrevParticipation
	s.parallel(n, func(_ int, lo, hi int) { s.pass2(lo, hi, &k) })
	for j, i := range touched {
		s.EffInc[i] = oldEff[j]
	}

	// process_registry_updates
	if sp.Fork == spec.Electra {
		s.registryUpdatesElectra(registry, totalActive)
	} else {
		s.registryUpdatesDeneb(registry, tot)
	}
	// process_slashings
	s.processSlashings(slashing, totalActive)
	// process_eth1_data_reset: the simulator keeps no eth1 votes.
	if sp.Fork == spec.Electra {
		s.processPendingDeposits(totalActive)
		s.processPendingConsolidations()
	}
	// process_effective_balance_updates for the touched validators and the
	// ones added by pending deposits
	for i := n; i < len(s.Balances); i++ {
		touched = append(touched, uint32(i))
	}
	for _, i := range touched {
		s.updateEffectiveBalance(int(i), k.down, k.up)
	}
	// class cache for the next epoch: pass 2 did it for the untouched ones
	for len(s.cls) < len(s.Balances) {
		s.cls = append(s.cls, 0)
	}
	for _, i := range touched {
		s.cls[i] = s.class(int(i), cur)
	}
	s.clsEpoch, s.clsValid = cur+1, true
	sc.touched, sc.oldEff = touched, oldEff

	next := cur + 1
	// process_slashings_reset
	s.Slashings[next%sp.EpochsPerSlashingsVector] = 0
	// process_randao_mixes_reset
	s.RandaoMixes[next%sp.EpochsPerHistoricalVector] = s.RandaoMix(cur)
	// process_historical_summaries_update
	if next%(sp.SlotsPerHistoricalRoot/sp.SlotsPerEpoch) == 0 {
		s.HistoricalSummaries = append(s.HistoricalSummaries, HistoricalSummary{
			BlockSummaryRoot: RootsVectorHashTreeRoot(s.BlockRoots),
			StateSummaryRoot: RootsVectorHashTreeRoot(s.StateRoots),
		})
	}
	// process_participation_flag_updates: done in pass 2 (new validators start at 0).
	// process_sync_committee_updates
	if next%sp.EpochsPerSyncCommitteePeriod == 0 {
		s.CurrentSyncCommittee = s.NextSyncCommittee
		s.NextSyncCommittee = s.NextSyncCommitteeIndices()
	}
	s.invalidateTAB()
}

func (s *State) updateEffectiveBalance(i int, down, up uint64) {
	inc := s.Spec.EffectiveBalanceIncrement
	b, eb := s.Balances[i], s.EffectiveBalance(i)
	if b+down < eb || eb+up < b {
		s.EffInc[i] = uint16(min(b-b%inc, s.Spec.MaxEffectiveBalanceFor(s.Credentials[i][0])) / inc)
	}
}

// BlockRootAtSlot is get_block_root_at_slot.
func (s *State) BlockRootAtSlot(slot uint64) [32]byte {
	return s.BlockRoots[slot%s.Spec.SlotsPerHistoricalRoot]
}

// weighJustificationAndFinalization is weigh_justification_and_finalization (phase0/altair).
func (s *State) weighJustificationAndFinalization(total, prevTarget, currTarget uint64) {
	cur, prev := s.CurrentEpoch(), s.PreviousEpoch()
	oldPrev, oldCur := s.PreviousJustifiedCheckpoint, s.CurrentJustifiedCheckpoint
	s.PreviousJustifiedCheckpoint = s.CurrentJustifiedCheckpoint
	bits := (s.JustificationBits << 1) & 0x0F
	if prevTarget*3 >= total*2 {
		s.CurrentJustifiedCheckpoint = Checkpoint{prev, s.BlockRootAtSlot(prev * s.Spec.SlotsPerEpoch)}
		bits |= 1 << 1
	}
	if currTarget*3 >= total*2 {
		s.CurrentJustifiedCheckpoint = Checkpoint{cur, s.BlockRootAtSlot(cur * s.Spec.SlotsPerEpoch)}
		bits |= 1
	}
	s.JustificationBits = bits
	if bits&0b1110 == 0b1110 && oldPrev.Epoch+3 == cur {
		s.FinalizedCheckpoint = oldPrev
	}
	if bits&0b0110 == 0b0110 && oldPrev.Epoch+2 == cur {
		s.FinalizedCheckpoint = oldPrev
	}
	if bits&0b0111 == 0b0111 && oldCur.Epoch+2 == cur {
		s.FinalizedCheckpoint = oldCur
	}
	if bits&0b0011 == 0b0011 && oldCur.Epoch+1 == cur {
		s.FinalizedCheckpoint = oldCur
	}
}

// exitQueue is the phase0 exit queue of initiate_validator_exit, computed
// once per epoch: exit_queue_epoch and the number of validators exiting then.
type exitQueue struct {
	epoch, churn, limit uint64
}

func (s *State) newExitQueue(maxExit uint32, maxExitCount, activeCount uint64) exitQueue {
	cur := s.CurrentEpoch()
	q := exitQueue{epoch: s.Spec.ComputeActivationExitEpoch(cur)}
	if maxExit != 0 && uint64(maxExit) >= q.epoch {
		if uint64(maxExit) > q.epoch {
			q.epoch, q.churn = uint64(maxExit), maxExitCount
		} else {
			q.churn = maxExitCount
		}
	}
	q.limit = max(s.Spec.MinPerEpochChurnLimit, activeCount/s.Spec.ChurnLimitQuotient)
	return q
}

// next is the body of phase0 initiate_validator_exit after the early return.
func (q *exitQueue) next() uint64 {
	if q.churn >= q.limit {
		q.epoch++
		q.churn = 0
	}
	q.churn++
	return q.epoch
}

// registryUpdatesDeneb is process_registry_updates (phase0 with deneb's
// get_validator_activation_churn_limit, EIP-7514).
func (s *State) registryUpdatesDeneb(cands []uint32, tot chunkSums) {
	sp := s.Spec
	cur := s.CurrentEpoch()
	q := s.newExitQueue(tot.maxExit, tot.maxExitCount, tot.activeCount)
	maxInc := uint16(sp.MaxEffectiveBalance / sp.EffectiveBalanceIncrement)
	ejInc := uint16(sp.EjectionBalance / sp.EffectiveBalanceIncrement)
	for _, i := range cands {
		if s.EligibilityEpoch[i] == far32 && s.EffInc[i] == maxInc {
			s.EligibilityEpoch[i] = ep32(cur + 1)
		}
		if s.IsActive(int(i), cur) && s.EffInc[i] <= ejInc && s.ExitEpoch[i] == far32 {
			e := q.next()
			s.ExitEpoch[i] = ep32(e)
			s.WithdrawableEpoch[i] = ep32(e + sp.MinValidatorWithdrawabilityDelay)
		}
	}
	fin := s.FinalizedCheckpoint.Epoch
	var queue []uint32
	for _, i := range cands {
		if s.ActivationEpoch[i] == far32 && ep64(s.EligibilityEpoch[i]) <= fin {
			queue = append(queue, i)
		}
	}
	slices.SortStableFunc(queue, func(a, b uint32) int {
		ea, eb := s.EligibilityEpoch[a], s.EligibilityEpoch[b]
		if ea != eb {
			if ea < eb {
				return -1
			}
			return 1
		}
		return int(a) - int(b)
	})
	churn := min(sp.MaxPerEpochActivationChurnLimit, q.limit)
	act := ep32(sp.ComputeActivationExitEpoch(cur))
	for j, i := range queue {
		if uint64(j) >= churn {
			break
		}
		s.ActivationEpoch[i] = act
	}
}

// registryUpdatesElectra is process_registry_updates (electra §Modified
// process_registry_updates): one loop, elif chain, no activation count limit.
func (s *State) registryUpdatesElectra(cands []uint32, totalActive uint64) {
	sp := s.Spec
	cur := s.CurrentEpoch()
	act := ep32(sp.ComputeActivationExitEpoch(cur))
	minInc := uint16(sp.MinActivationBalance / sp.EffectiveBalanceIncrement)
	ejInc := uint16(sp.EjectionBalance / sp.EffectiveBalanceIncrement)
	fin := s.FinalizedCheckpoint.Epoch
	for _, i := range cands {
		switch {
		case s.EligibilityEpoch[i] == far32 && s.EffInc[i] >= minInc:
			s.EligibilityEpoch[i] = ep32(cur + 1)
		case s.IsActive(int(i), cur) && s.EffInc[i] <= ejInc:
			s.initiateExitElectra(int(i), totalActive)
		case ep64(s.EligibilityEpoch[i]) <= fin && s.ActivationEpoch[i] == far32:
			s.ActivationEpoch[i] = act
		}
	}
}

// BalanceChurnLimit is get_balance_churn_limit (electra).
func (s *State) BalanceChurnLimit(totalActive uint64) uint64 {
	c := max(s.Spec.MinPerEpochChurnLimitElectra, totalActive/s.Spec.ChurnLimitQuotient)
	return c - c%s.Spec.EffectiveBalanceIncrement
}

// ActivationExitChurnLimit is get_activation_exit_churn_limit (electra).
func (s *State) ActivationExitChurnLimit(totalActive uint64) uint64 {
	return min(s.Spec.MaxPerEpochActivationExitChurnLimit, s.BalanceChurnLimit(totalActive))
}

// ConsolidationChurnLimit is get_consolidation_churn_limit (electra).
func (s *State) ConsolidationChurnLimit(totalActive uint64) uint64 {
	return s.BalanceChurnLimit(totalActive) - s.ActivationExitChurnLimit(totalActive)
}

// ComputeExitEpochAndUpdateChurn is compute_exit_epoch_and_update_churn (electra).
func (s *State) ComputeExitEpochAndUpdateChurn(exitBalance, totalActive uint64) uint64 {
	return s.consumeChurn(&s.EarliestExitEpoch, &s.ExitBalanceToConsume, exitBalance, s.ActivationExitChurnLimit(totalActive))
}

// ComputeConsolidationEpochAndUpdateChurn is compute_consolidation_epoch_and_update_churn (electra).
func (s *State) ComputeConsolidationEpochAndUpdateChurn(balance, totalActive uint64) uint64 {
	return s.consumeChurn(&s.EarliestConsolidationEpoch, &s.ConsolidationBalanceToConsume, balance, s.ConsolidationChurnLimit(totalActive))
}

// consumeChurn is the body the two spec functions above share: take amount
// from the churn of the earliest possible epoch, moving to later epochs by
// whole perEpoch churns, and record the epoch and what is left of its churn.
func (s *State) consumeChurn(earliestEpoch, balanceToConsume *uint64, amount, perEpoch uint64) uint64 {
	earliest := max(*earliestEpoch, s.Spec.ComputeActivationExitEpoch(s.CurrentEpoch()))
	var toConsume uint64
	if *earliestEpoch < earliest {
		toConsume = perEpoch
	} else {
		toConsume = *balanceToConsume
	}
	if amount > toConsume {
		toProcess := amount - toConsume
		additional := (toProcess-1)/perEpoch + 1
		earliest += additional
		toConsume += additional * perEpoch
	}
	*balanceToConsume = toConsume - amount
	*earliestEpoch = earliest
	return earliest
}

func (s *State) initiateExitElectra(i int, totalActive uint64) {
	if s.ExitEpoch[i] != far32 {
		return
	}
	s.unstable(i)
	e := s.ComputeExitEpochAndUpdateChurn(s.EffectiveBalance(i), totalActive)
	s.ExitEpoch[i] = ep32(e)
	s.WithdrawableEpoch[i] = ep32(e + s.Spec.MinValidatorWithdrawabilityDelay)
}

// InitiateValidatorExit is initiate_validator_exit for the state's fork.
func (s *State) InitiateValidatorExit(i int) {
	if s.ExitEpoch[i] != far32 {
		return
	}
	if s.Spec.Fork == spec.Electra {
		s.initiateExitElectra(i, s.TotalActiveBalance())
		return
	}
	// phase0: scan the registry for the exit queue
	var maxExit uint32
	var cnt uint64
	for _, x := range s.ExitEpoch {
		if x == far32 {
			continue
		}
		if x > maxExit {
			maxExit, cnt = x, 1
		} else if x == maxExit {
			cnt++
		}
	}
	cur := s.CurrentEpoch()
	var active uint64
	for j := range s.ExitEpoch {
		if s.IsActive(j, cur) {
			active++
		}
	}
	q := s.newExitQueue(maxExit, cnt, active)
	e := q.next()
	s.unstable(i)
	s.ExitEpoch[i] = ep32(e)
	s.WithdrawableEpoch[i] = ep32(e + s.Spec.MinValidatorWithdrawabilityDelay)
}

// processSlashings is process_slashings (bellatrix multiplier; electra
// per-increment rounding).
func (s *State) processSlashings(cands []uint32, total uint64) {
	sp := s.Spec
	if len(cands) == 0 {
		return
	}
	cur := s.CurrentEpoch()
	var sum uint64
	for _, x := range s.Slashings {
		sum += x
	}
	adjusted := min(sum*sp.ProportionalSlashingMultiplierBellatrix, total)
	inc := sp.EffectiveBalanceIncrement
	for _, i := range cands {
		if !s.Slashed[i] || cur+sp.EpochsPerSlashingsVector/2 != ep64(s.WithdrawableEpoch[i]) {
			continue
		}
		incs := uint64(s.EffInc[i])
		var penalty uint64
		if sp.Fork == spec.Electra {
			penalty = adjusted / (total / inc) * incs
		} else {
			penalty = incs * adjusted / total * inc
		}
		decrease(&s.Balances[i], penalty)
	}
}

// processPendingDeposits is process_pending_deposits (electra).
func (s *State) processPendingDeposits(totalActive uint64) {
	sp := s.Spec
	nextEpoch := s.CurrentEpoch() + 1
	available := s.DepositBalanceToConsume + s.ActivationExitChurnLimit(totalActive)
	var processed uint64
	nextIndex := 0
	var postpone []PendingDeposit
	churnReached := false
	finalizedSlot := s.FinalizedCheckpoint.Epoch * sp.SlotsPerEpoch
	for _, d := range s.PendingDeposits {
		if d.Slot > spec.GenesisSlot && s.Eth1DepositIndex < s.DepositRequestsStartIndex {
			break
		}
		if d.Slot > finalizedSlot {
			break
		}
		if uint64(nextIndex) >= sp.MaxPendingDepositsPerEpoch {
			break
		}
		exited, withdrawn := false, false
		if i, ok := s.IndexOf(d.Pubkey); ok {
			exited = s.ExitEpoch[i] != far32
			withdrawn = ep64(s.WithdrawableEpoch[i]) < nextEpoch
		}
		if withdrawn {
			s.applyPendingDeposit(d)
		} else if exited {
			postpone = append(postpone, d)
		} else {
			churnReached = processed+d.Amount > available
			if churnReached {
				break
			}
			processed += d.Amount
			s.applyPendingDeposit(d)
		}
		nextIndex++
	}
	rest := s.PendingDeposits[nextIndex:]
	s.PendingDeposits = append(append(make([]PendingDeposit, 0, len(rest)+len(postpone)), rest...), postpone...)
	if churnReached {
		s.DepositBalanceToConsume = available - processed
	} else {
		s.DepositBalanceToConsume = 0
	}
}

func (s *State) verifier() DepositVerifier {
	if s.Verifier == nil {
		return AcceptAll{}
	}
	return s.Verifier
}

// applyPendingDeposit is apply_pending_deposit (electra).
func (s *State) applyPendingDeposit(d PendingDeposit) {
	if i, ok := s.IndexOf(d.Pubkey); ok {
		increase(&s.Balances[i], d.Amount)
		return
	}
	if s.verifier().VerifyDeposit(d.Pubkey, d.WithdrawalCredentials, d.Amount, d.Signature) {
		s.addValidatorToRegistry(d.Pubkey, d.WithdrawalCredentials, d.Amount)
	}
}

// addValidatorToRegistry is add_validator_to_registry with
// get_validator_from_deposit (deneb / electra).
func (s *State) addValidatorToRegistry(pubkey [48]byte, creds [32]byte, amount uint64) int {
	inc := s.Spec.EffectiveBalanceIncrement
	eb := min(amount-amount%inc, s.Spec.MaxEffectiveBalanceFor(creds[0]))
	F := spec.FarFutureEpoch
	return s.AppendValidator(pubkey, creds, amount, eb, false, F, F, F, F)
}

// processPendingConsolidations is process_pending_consolidations (electra).
func (s *State) processPendingConsolidations() {
	nextEpoch := s.CurrentEpoch() + 1
	next := 0
	for _, c := range s.PendingConsolidations {
		src := int(c.SourceIndex)
		if s.Slashed[src] {
			next++
			continue
		}
		if ep64(s.WithdrawableEpoch[src]) > nextEpoch {
			break
		}
		amount := min(s.Balances[src], s.EffectiveBalance(src))
		decrease(&s.Balances[src], amount)
		increase(&s.Balances[c.TargetIndex], amount)
		next++
	}
	s.PendingConsolidations = append([]PendingConsolidation(nil), s.PendingConsolidations[next:]...)
}

// IsInInactivityLeak is is_in_inactivity_leak (altair).
func (s *State) IsInInactivityLeak() bool {
	prev, fin := s.PreviousEpoch(), s.FinalizedCheckpoint.Epoch
	return prev > fin && prev-fin > s.Spec.MinEpochsToInactivityPenalty
}
