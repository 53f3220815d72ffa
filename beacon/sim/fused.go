// The fused passes of process_epoch (consensus-specs phase0/altair
// beacon-chain.md §Epoch processing). This file holds no single spec
// section, and that is its reason to exist: at mainnet scale (a million
// validators) reading the registry once per step is what an epoch costs,
// so the per-validator work of several sections runs in two passes.
//
//   - pass 1 (read-only) sums what process_justification_and_finalization,
//     the reward tables (rewards.go) and the churn need, and lists the few
//     candidates of process_registry_updates and process_slashings;
//   - pass 2 fuses process_inactivity_updates, process_rewards_and_penalties,
//     process_effective_balance_updates (undone and redone in spec order for
//     the validators the steps in between read or change) and
//     process_participation_flag_updates.
//
// Each pass has a kernel for the common validator (stable, see clsStable)
// and skips the validators that exited long ago (idle, see clsIdle).
// Every result is bit-exact with running the spec's steps one after the
// other: the differential tests against zrnt (Deneb) and against the
// literal, unfused transcription in ref_test.go (Deneb and Electra).

package sim

import (
	"encoding/binary"
	"math/bits"

	"github.com/stakepool/stakepool/beacon/spec"
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
	used          incSet    // the effective-balance increments present
	registry      []uint32  // registry-update candidates (index order)
	slashing      []uint32  // process_slashings candidates (index order)
	_             [64]byte  // keep chunks on separate cache lines
}

// incSet is a set of effective-balance increments (0 to 2047 + 64: Electra's
// largest is 2048); those above its range are not recorded and make the
// reward tables whole (rewardConsts).
type incSet [usedWords]uint64

const usedWords = 33

func (u *incSet) add(e uint16) {
	if w := int(e >> 6); w < usedWords {
		u[w] |= 1 << (e & 63)
	}
}

// status bits written by pass 1 for pass 2 (low 3 bits: unslashed participation flags)
const statusEligible = 1 << 7

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
	used := &sums.used
	n := len(act)
	for j := 0; j < n; j++ {
		// fast path: a run of validators active in both epochs, unslashed,
		// not exiting and not ejectable, in a small register-friendly kernel
		for j < n {
			m := min(n-j, 1<<20) // keeps each 32-bit lane below 2^31
			k, r := pass1Kernel(cls[j:j+m], eff[j:j+m], curP[j:j+m], prevP[j:j+m], used)
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
		if cls[j]&clsIdle != 0 {
			continue // adds to no sum, no candidate, not eligible (pass 2 reads no status)
		}
		a, x, e := act[j], exit[j], uint64(eff[j])
		maxEff = max(maxEff, eff[j])
		used.add(eff[j])
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
func pass1Kernel(cls []uint8, eff []uint16, curP, prevP []uint8, used *incSet) (int, kernelSums) {
	n := len(cls)
	eff, curP, prevP = eff[:n], curP[:n], prevP[:n]
	var r kernelSums
	const ones = 0x0101010101010101
	last := -1 // the block's increment added to used and maxEff last (runs of one increment)
	j := 0
	for j < n {
		if j+8 <= n && binary.LittleEndian.Uint64(cls[j:j+8])&ones == ones {
			ev := eff[j : j+8 : j+8]
			e0 := ev[0]
			if (ev[1]^e0)|(ev[2]^e0)|(ev[3]^e0)|(ev[4]^e0)|(ev[5]^e0)|(ev[6]^e0)|(ev[7]^e0) == 0 {
				e := uint64(e0)
				if int(e0) != last {
					r.maxEff = max(r.maxEff, e0)
					used.add(e0)
					last = int(e0)
				}
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
			if cls[j]&clsIdle != 0 {
				j++ // as in pass1
				continue
			}
			return j, r
		}
		e64 := uint64(eff[j])
		r.maxEff = max(r.maxEff, eff[j])
		used.add(eff[j])
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
// summed), no effective-balance change: the balance range of its row of
// fast (flagDelta). Blocks of 8 such validators with one effective balance
// take one row, four at a time (one branch for the four). It returns
// at the first other validator, leaving it untouched.
func pass2Kernel(cls, oldPrev []uint8, eff []uint16, bal []uint64, fast []flagDelta, inc, down, up uint64) int {
	n := len(cls)
	oldPrev, eff, bal = oldPrev[:n], eff[:n], bal[:n]
	const want = (clsStable | clsScoreZero) * 0x0101010101010101
	j := 0
	for j < n {
		if j+8 <= n && binary.LittleEndian.Uint64(cls[j:j+8]) == want {
			ev := eff[j : j+8 : j+8]
			e0 := ev[0]
			if (ev[1]^e0)|(ev[2]^e0)|(ev[3]^e0)|(ev[4]^e0)|(ev[5]^e0)|(ev[6]^e0)|(ev[7]^e0) == 0 && int(e0)<<3+8 <= len(fast) {
				row := (*[8]flagDelta)(fast[int(e0)<<3:])
				p := binary.LittleEndian.Uint64(oldPrev[j : j+8])
				bv := (*[8]uint64)(bal[j : j+8])
				// four at a time (few enough live values to stay in
				// registers), all four or none: a borrow says a balance
				// is outside its row's range [lo, lo+width]
				const m = FlagSource | FlagTarget | FlagHead
				r0, r1, r2, r3 := &row[p&m], &row[p>>8&m], &row[p>>16&m], &row[p>>24&m]
				b0, b1, b2, b3 := bv[0], bv[1], bv[2], bv[3]
				_, c0 := bits.Sub64(r0.width, b0-r0.lo, 0)
				_, c1 := bits.Sub64(r1.width, b1-r1.lo, 0)
				_, c2 := bits.Sub64(r2.width, b2-r2.lo, 0)
				_, c3 := bits.Sub64(r3.width, b3-r3.lo, 0)
				if c0|c1|c2|c3 == 0 {
					bv[0], bv[1], bv[2], bv[3] = b0+r0.delta, b1+r1.delta, b2+r2.delta, b3+r3.delta
					j += 4
					r0, r1, r2, r3 = &row[p>>32&m], &row[p>>40&m], &row[p>>48&m], &row[p>>56&m]
					b0, b1, b2, b3 = bv[4], bv[5], bv[6], bv[7]
					_, c0 = bits.Sub64(r0.width, b0-r0.lo, 0)
					_, c1 = bits.Sub64(r1.width, b1-r1.lo, 0)
					_, c2 = bits.Sub64(r2.width, b2-r2.lo, 0)
					_, c3 = bits.Sub64(r3.width, b3-r3.lo, 0)
					if c0|c1|c2|c3 == 0 {
						bv[4], bv[5], bv[6], bv[7] = b0+r0.delta, b1+r1.delta, b2+r2.delta, b3+r3.delta
						j += 4
						continue
					}
				}
			}
		}
		// one validator at a time
		if c := cls[j]; c != clsStable|clsScoreZero {
			if c&clsIdle != 0 {
				// not eligible: only an effective-balance update, left to pass 2
				if e, b := uint64(eff[j])*inc, bal[j]; b+down >= e && e+up >= b {
					j++
					continue
				}
			}
			return j
		}
		x := uint(eff[j])<<3 | uint(oldPrev[j]&(FlagSource|FlagTarget|FlagHead))
		if x >= uint(len(fast)) {
			return j
		}
		r := &fast[x]
		b := bal[j]
		if b-r.lo > r.width {
			return j
		}
		bal[j] = b + r.delta
		j++
	}
	return n
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
			j += pass2Kernel(cls[j:], oldPrev[j:], eff[j:], bal[j:], k.fast, k.inc, k.down, k.up)
			if j >= n {
				break
			}
		}
		e := eff[j]
		b := bal[j]
		c := cls[j]
		var st uint8 // idle: not eligible (pass 1 wrote no status)
		if c&clsStable != 0 {
			st = statusEligible | oldPrev[j]&(FlagSource|FlagTarget|FlagHead)
		} else if c&clsIdle == 0 {
			st = status[j]
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
		} else if c&clsIdle != 0 {
			nc = clsIdle
		} else if x := s.ExitEpoch[lo+j]; x == far32 && s.ActivationEpoch[lo+j] <= cur32 && !s.Slashed[lo+j] && e > ejInc {
			nc = clsStable
		} else if x <= cur32 && !s.Slashed[lo+j] {
			nc = clsIdle
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
