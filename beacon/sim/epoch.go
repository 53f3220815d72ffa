// process_epoch: consensus-specs phase0 beacon-chain.md §Epoch processing,
// with the steps the altair, bellatrix, capella, deneb and electra forks add
// or modify. ProcessEpoch runs them in the spec's order; each step lives in
// the file named after its spec section (justification.go, rewards.go,
// registry.go, slashings.go, pending.go, effective_balance.go,
// final_updates.go), the per-validator work of several of them fused into
// two passes over the registry (fused.go).

package sim

import (
	"slices"

	"github.com/stakepool/stakepool/beacon/spec"
)

// Class cache bits (State.cls), valid for epoch State.clsEpoch.
const (
	// clsStable: exit epoch FAR, activated by the previous epoch, not
	// slashed, effective balance above the ejection balance. Such a
	// validator is active and eligible in this epoch and the next, and is no
	// candidate of the registry or slashings steps.
	clsStable = 1 << 0
	// clsScoreZero: inactivity score 0.
	clsScoreZero = 1 << 1
	// clsIdle: exited by the previous epoch (exit epoch <= previous epoch)
	// and not slashed. Such a validator is active in neither epoch nor any
	// later one, not eligible (no rewards, penalties or inactivity update),
	// no candidate of the registry or slashings steps, and its exit epoch,
	// in the past, cannot move the exit queue (which starts at
	// compute_activation_exit_epoch(current epoch)): the passes only update
	// its effective balance. It stays idle until it is slashed (unstable).
	clsIdle = 1 << 2
)

type epochScratch struct {
	tables  []uint64
	fast    []flagDelta
	status  []uint8
	chunks  []chunkSums
	touched []uint32
	oldEff  []uint16
	// activeParts are ActiveIndices' per-chunk lists
	activeParts [][]uint32
	// withdrawals is ApplyBlock's buffer of the block's withdrawals
	withdrawals []Withdrawal
}

// class computes validator i's class for the epoch whose previous epoch is prev.
func (s *State) class(i int, prev uint64) uint8 {
	var c uint8
	if s.ExitEpoch[i] == far32 && uint64(s.ActivationEpoch[i]) <= prev && !s.Slashed[i] &&
		uint64(s.EffInc[i]) > s.Spec.EjectionBalance/s.Spec.EffectiveBalanceIncrement {
		c = clsStable
	} else if uint64(s.ExitEpoch[i]) <= prev && !s.Slashed[i] {
		c = clsIdle
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

// unstable drops validator i's stable and idle classes (an exit initiated,
// a slashing, a consolidation): the passes then read its fields.
func (s *State) unstable(i int) {
	if s.clsValid && i < len(s.cls) {
		s.cls[i] &^= clsStable | clsIdle
	}
}

// ProcessEpoch runs process_epoch (Deneb or Electra, by s.Spec.Fork) on the
// state as it is at the last slot of the current epoch. It does not change
// the slot.
func (s *State) ProcessEpoch() {
	sp := s.Spec
	n := len(s.Balances)
	cur := s.CurrentEpoch()
	inc := sp.EffectiveBalanceIncrement
	if cur >= uint64(far32)-(1<<16) {
		panic("sim: epoch out of range")
	}

	s.PrepareEpoch()

	// pass 1 (fused.go)
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
		for w := range tot.used {
			tot.used[w] |= c.used[w]
		}
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

	// process_justification_and_finalization (justification.go)
	if cur > spec.GenesisEpoch+1 {
		s.weighJustificationAndFinalization(totalActive, max(inc, tot.prevFlagInc[1]*inc), max(inc, tot.currTargetInc*inc))
	}

	// constants of inactivity and rewards (rewards.go)
	k := s.rewardConsts(&tot, totalActive)

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

	// pass 2 (fused.go; participation rotation: swap, pass 2 clears the new current)
	s.PrevParticipation, s.CurrParticipation = s.CurrParticipation, s.PrevParticipation
	s.parallel(n, func(_ int, lo, hi int) { s.pass2(lo, hi, &k) })
	for j, i := range touched {
		s.EffInc[i] = oldEff[j]
	}

	// process_registry_updates (registry.go)
	if sp.Fork == spec.Electra {
		s.registryUpdatesElectra(registry, totalActive)
	} else {
		s.registryUpdatesDeneb(registry, tot)
	}
	// process_slashings (slashings.go)
	s.processSlashings(slashing, totalActive)
	// process_eth1_data_reset: the simulator keeps no eth1 votes.
	// process_pending_deposits, process_pending_consolidations (pending.go)
	if sp.Fork == spec.Electra {
		s.processPendingDeposits(totalActive)
		s.processPendingConsolidations()
	}
	// process_effective_balance_updates (effective_balance.go) for the
	// touched validators and the ones added by pending deposits
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

	s.finalUpdates(cur) // final_updates.go
	s.invalidateTAB()
}
