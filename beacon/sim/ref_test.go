package sim

// A literal, unfused, sequential transcription of process_epoch (Deneb and
// Electra) over an array of validator structs, used to check the fused
// parallel ProcessEpoch on Electra states (which zrnt cannot process).

import (
	"fmt"
	"slices"
	"testing"

	"pgregory.net/rapid"

	"github.com/stakepool/stakepool/beacon/spec"
)

type refValidator struct {
	pubkey                                      [48]byte
	creds                                       [32]byte
	eb                                          uint64
	slashed                                     bool
	eligibility, activation, exit, withdrawable uint64
}

type refState struct {
	sp                         *spec.Spec
	slot                       uint64
	vals                       []refValidator
	bal                        []uint64
	prevPart, curPart          []uint8
	scores                     []uint64
	slashings                  []uint64
	bits                       uint8
	pj, cj, fin                Checkpoint
	blockRoots                 [][32]byte
	depositBalanceToConsume    uint64
	exitBalanceToConsume       uint64
	earliestExitEpoch          uint64
	pendingDeposits            []PendingDeposit
	pendingConsolidations      []PendingConsolidation
	eth1DepositIndex, depStart uint64
}

func toRef(s *State) *refState {
	r := &refState{sp: s.Spec, slot: s.Slot, slashings: clone(s.Slashings), bits: s.JustificationBits,
		pj: s.PreviousJustifiedCheckpoint, cj: s.CurrentJustifiedCheckpoint, fin: s.FinalizedCheckpoint,
		blockRoots: s.BlockRoots, depositBalanceToConsume: s.DepositBalanceToConsume,
		exitBalanceToConsume: s.ExitBalanceToConsume, earliestExitEpoch: s.EarliestExitEpoch,
		pendingDeposits: clone(s.PendingDeposits), pendingConsolidations: clone(s.PendingConsolidations),
		eth1DepositIndex: s.Eth1DepositIndex, depStart: s.DepositRequestsStartIndex}
	for i := range s.Balances {
		el, ac, ex, wd := s.Epochs(i)
		r.vals = append(r.vals, refValidator{s.Pubkeys[i], s.Credentials[i], s.EffectiveBalance(i), s.Slashed[i], el, ac, ex, wd})
		r.bal = append(r.bal, s.Balances[i])
		r.prevPart = append(r.prevPart, s.PrevParticipation[i])
		r.curPart = append(r.curPart, s.CurrParticipation[i])
		r.scores = append(r.scores, uint64(s.InactivityScores[i]))
	}
	return r
}

func (r *refState) cur() uint64 { return r.slot / r.sp.SlotsPerEpoch }
func (r *refState) prev() uint64 {
	if r.cur() == 0 {
		return 0
	}
	return r.cur() - 1
}
func active(v *refValidator, e uint64) bool { return v.activation <= e && e < v.exit }

func (r *refState) totalActive() uint64 {
	var t uint64
	for i := range r.vals {
		if active(&r.vals[i], r.cur()) {
			t += r.vals[i].eb
		}
	}
	return max(r.sp.EffectiveBalanceIncrement, t)
}

func (r *refState) unslashedParticipating(flag int, epoch uint64) []bool {
	part := r.prevPart
	if epoch == r.cur() {
		part = r.curPart
	}
	out := make([]bool, len(r.vals))
	for i := range r.vals {
		v := &r.vals[i]
		out[i] = active(v, epoch) && part[i]&(1<<flag) != 0 && !v.slashed
	}
	return out
}

func (r *refState) totalBalance(set []bool) uint64 {
	var t uint64
	for i, in := range set {
		if in {
			t += r.vals[i].eb
		}
	}
	return max(r.sp.EffectiveBalanceIncrement, t)
}

func (r *refState) eligible(i int) bool {
	v := &r.vals[i]
	return active(v, r.prev()) || (v.slashed && r.prev()+1 < v.withdrawable)
}

func (r *refState) inLeak() bool {
	return r.prev() > r.fin.Epoch && r.prev()-r.fin.Epoch > r.sp.MinEpochsToInactivityPenalty
}

func (r *refState) maxEB(v *refValidator) uint64 {
	if r.sp.Fork == spec.Electra {
		if v.creds[0] == 2 {
			return r.sp.MaxEffectiveBalanceElectra
		}
		return r.sp.MinActivationBalance
	}
	return r.sp.MaxEffectiveBalance
}

func (r *refState) initiateExit(i int, T uint64) {
	v := &r.vals[i]
	if v.exit != spec.FarFutureEpoch {
		return
	}
	sp := r.sp
	var q uint64
	if sp.Fork == spec.Electra {
		earliest := max(r.earliestExitEpoch, r.cur()+1+sp.MaxSeedLookahead)
		c := max(sp.MinPerEpochChurnLimitElectra, T/sp.ChurnLimitQuotient)
		per := min(sp.MaxPerEpochActivationExitChurnLimit, c-c%sp.EffectiveBalanceIncrement)
		toConsume := r.exitBalanceToConsume
		if r.earliestExitEpoch < earliest {
			toConsume = per
		}
		if v.eb > toConsume {
			add := (v.eb-toConsume-1)/per + 1
			earliest += add
			toConsume += add * per
		}
		r.exitBalanceToConsume = toConsume - v.eb
		r.earliestExitEpoch = earliest
		q = earliest
	} else {
		q = r.cur() + 1 + sp.MaxSeedLookahead
		for j := range r.vals {
			if x := r.vals[j].exit; x != spec.FarFutureEpoch && x > q {
				q = x
			}
		}
		var churn, act uint64
		for j := range r.vals {
			if r.vals[j].exit == q {
				churn++
			}
			if active(&r.vals[j], r.cur()) {
				act++
			}
		}
		if churn >= max(sp.MinPerEpochChurnLimit, act/sp.ChurnLimitQuotient) {
			q++
		}
	}
	v.exit = q
	v.withdrawable = q + sp.MinValidatorWithdrawabilityDelay
}

func dec(b *uint64, d uint64) {
	if d > *b {
		*b = 0
	} else {
		*b -= d
	}
}

func (r *refState) indexOf(pk [48]byte) int {
	for i := range r.vals {
		if r.vals[i].pubkey == pk {
			return i
		}
	}
	return -1
}

func (r *refState) processEpoch(verify DepositVerifier) {
	sp := r.sp
	cur, prev := r.cur(), r.prev()
	inc := sp.EffectiveBalanceIncrement
	T := r.totalActive()
	// justification and finalization
	if cur > 1 {
		prevT := r.totalBalance(r.unslashedParticipating(1, prev))
		curT := r.totalBalance(r.unslashedParticipating(1, cur))
		oldPJ, oldCJ := r.pj, r.cj
		r.pj = r.cj
		bits := (r.bits << 1) & 0xF
		root := func(e uint64) [32]byte { return r.blockRoots[e*sp.SlotsPerEpoch%sp.SlotsPerHistoricalRoot] }
		if prevT*3 >= T*2 {
			r.cj = Checkpoint{prev, root(prev)}
			bits |= 2
		}
		if curT*3 >= T*2 {
			r.cj = Checkpoint{cur, root(cur)}
			bits |= 1
		}
		r.bits = bits
		if bits&14 == 14 && oldPJ.Epoch+3 == cur {
			r.fin = oldPJ
		}
		if bits&6 == 6 && oldPJ.Epoch+2 == cur {
			r.fin = oldPJ
		}
		if bits&7 == 7 && oldCJ.Epoch+2 == cur {
			r.fin = oldCJ
		}
		if bits&3 == 3 && oldCJ.Epoch+1 == cur {
			r.fin = oldCJ
		}
	}
	// inactivity updates
	if cur != 0 {
		target := r.unslashedParticipating(1, prev)
		for i := range r.vals {
			if !r.eligible(i) {
				continue
			}
			if target[i] {
				r.scores[i] -= min(1, r.scores[i])
			} else {
				r.scores[i] += sp.InactivityScoreBias
			}
			if !r.inLeak() {
				r.scores[i] -= min(sp.InactivityScoreRecoveryRate, r.scores[i])
			}
		}
		// rewards and penalties
		brpi := inc * sp.BaseRewardFactor / IntegerSquareRoot(T)
		for f := 0; f < 3; f++ {
			part := r.unslashedParticipating(f, prev)
			partInc := r.totalBalance(part) / inc
			rew := make([]uint64, len(r.vals))
			pen := make([]uint64, len(r.vals))
			for i := range r.vals {
				if !r.eligible(i) {
					continue
				}
				base := r.vals[i].eb / inc * brpi
				if part[i] {
					if !r.inLeak() {
						rew[i] = base * spec.ParticipationFlagWeights[f] * partInc / (T / inc * 64)
					}
				} else if f != 2 {
					pen[i] = base * spec.ParticipationFlagWeights[f] / 64
				}
			}
			for i := range r.vals {
				r.bal[i] += rew[i]
				dec(&r.bal[i], pen[i])
			}
		}
		for i := range r.vals {
			if r.eligible(i) && !target[i] {
				dec(&r.bal[i], r.vals[i].eb*r.scores[i]/(sp.InactivityScoreBias*sp.InactivityPenaltyQuotientBellatrix))
			}
		}
	}
	// registry updates
	if sp.Fork == spec.Electra {
		for i := range r.vals {
			v := &r.vals[i]
			if v.eligibility == spec.FarFutureEpoch && v.eb >= sp.MinActivationBalance {
				v.eligibility = cur + 1
			} else if active(v, cur) && v.eb <= sp.EjectionBalance {
				r.initiateExit(i, T)
			} else if v.eligibility <= r.fin.Epoch && v.activation == spec.FarFutureEpoch {
				v.activation = cur + 1 + sp.MaxSeedLookahead
			}
		}
	} else {
		for i := range r.vals {
			v := &r.vals[i]
			if v.eligibility == spec.FarFutureEpoch && v.eb == sp.MaxEffectiveBalance {
				v.eligibility = cur + 1
			}
			if active(v, cur) && v.eb <= sp.EjectionBalance {
				r.initiateExit(i, T)
			}
		}
		var queue []int
		for i := range r.vals {
			if r.vals[i].eligibility <= r.fin.Epoch && r.vals[i].activation == spec.FarFutureEpoch {
				queue = append(queue, i)
			}
		}
		slices.SortStableFunc(queue, func(a, b int) int {
			if r.vals[a].eligibility != r.vals[b].eligibility {
				return int(r.vals[a].eligibility) - int(r.vals[b].eligibility)
			}
			return a - b
		})
		var act uint64
		for j := range r.vals {
			if active(&r.vals[j], cur) {
				act++
			}
		}
		churn := min(sp.MaxPerEpochActivationChurnLimit, max(sp.MinPerEpochChurnLimit, act/sp.ChurnLimitQuotient))
		for j, i := range queue {
			if uint64(j) < churn {
				r.vals[i].activation = cur + 1 + sp.MaxSeedLookahead
			}
		}
	}
	// slashings
	var sum uint64
	for _, x := range r.slashings {
		sum += x
	}
	adj := min(sum*sp.ProportionalSlashingMultiplierBellatrix, T)
	for i := range r.vals {
		v := &r.vals[i]
		if v.slashed && cur+sp.EpochsPerSlashingsVector/2 == v.withdrawable {
			if sp.Fork == spec.Electra {
				dec(&r.bal[i], adj/(T/inc)*(v.eb/inc))
			} else {
				dec(&r.bal[i], v.eb/inc*adj/T*inc)
			}
		}
	}
	if sp.Fork == spec.Electra {
		// pending deposits
		c := max(sp.MinPerEpochChurnLimitElectra, T/sp.ChurnLimitQuotient)
		avail := r.depositBalanceToConsume + min(sp.MaxPerEpochActivationExitChurnLimit, c-c%inc)
		var processed uint64
		next := 0
		var postpone []PendingDeposit
		reached := false
		apply := func(d PendingDeposit) {
			if j := r.indexOf(d.Pubkey); j >= 0 {
				r.bal[j] += d.Amount
			} else if verify.VerifyDeposit(d.Pubkey, d.WithdrawalCredentials, d.Amount, d.Signature) {
				v := refValidator{pubkey: d.Pubkey, creds: d.WithdrawalCredentials, eligibility: spec.FarFutureEpoch,
					activation: spec.FarFutureEpoch, exit: spec.FarFutureEpoch, withdrawable: spec.FarFutureEpoch}
				v.eb = min(d.Amount-d.Amount%inc, r.maxEB(&v))
				r.vals = append(r.vals, v)
				r.bal = append(r.bal, d.Amount)
				r.prevPart = append(r.prevPart, 0)
				r.curPart = append(r.curPart, 0)
				r.scores = append(r.scores, 0)
			}
		}
		for _, d := range r.pendingDeposits {
			if d.Slot > 0 && r.eth1DepositIndex < r.depStart {
				break
			}
			if d.Slot > r.fin.Epoch*sp.SlotsPerEpoch || uint64(next) >= sp.MaxPendingDepositsPerEpoch {
				break
			}
			exited, withdrawn := false, false
			if j := r.indexOf(d.Pubkey); j >= 0 {
				exited = r.vals[j].exit < spec.FarFutureEpoch
				withdrawn = r.vals[j].withdrawable < cur+1
			}
			if withdrawn {
				apply(d)
			} else if exited {
				postpone = append(postpone, d)
			} else {
				reached = processed+d.Amount > avail
				if reached {
					break
				}
				processed += d.Amount
				apply(d)
			}
			next++
		}
		r.pendingDeposits = append(append([]PendingDeposit{}, r.pendingDeposits[next:]...), postpone...)
		if reached {
			r.depositBalanceToConsume = avail - processed
		} else {
			r.depositBalanceToConsume = 0
		}
		// pending consolidations
		next = 0
		for _, pc := range r.pendingConsolidations {
			src := &r.vals[pc.SourceIndex]
			if src.slashed {
				next++
				continue
			}
			if src.withdrawable > cur+1 {
				break
			}
			amt := min(r.bal[pc.SourceIndex], src.eb)
			dec(&r.bal[pc.SourceIndex], amt)
			r.bal[pc.TargetIndex] += amt
			next++
		}
		r.pendingConsolidations = r.pendingConsolidations[next:]
	}
	// effective balance updates
	hyst := inc / sp.HysteresisQuotient
	for i := range r.vals {
		v := &r.vals[i]
		b := r.bal[i]
		if b+hyst*sp.HysteresisDownwardMultiplier < v.eb || v.eb+hyst*sp.HysteresisUpwardMultiplier < b {
			v.eb = min(b-b%inc, r.maxEB(v))
		}
	}
	r.slashings[(cur+1)%sp.EpochsPerSlashingsVector] = 0
	// participation flag updates
	r.prevPart = r.curPart
	r.curPart = make([]uint8, len(r.vals))
}

// diffRef compares the registry and the Electra queues.
func diffRef(s *State, r *refState) []string {
	var d []string
	add := func(f string, a ...any) {
		if len(d) < 12 {
			d = append(d, sprintf(f, a...))
		}
	}
	if len(r.vals) != s.NumValidators() {
		add("validators %d, ref %d", s.NumValidators(), len(r.vals))
		return d
	}
	for i := range r.vals {
		v := &r.vals[i]
		el, ac, ex, wd := s.Epochs(i)
		if s.Balances[i] != r.bal[i] || s.EffectiveBalance(i) != v.eb || uint64(s.InactivityScores[i]) != r.scores[i] ||
			el != v.eligibility || ac != v.activation || ex != v.exit || wd != v.withdrawable ||
			s.PrevParticipation[i] != r.prevPart[i] || s.CurrParticipation[i] != r.curPart[i] {
			add("validator %d: bal %d/%d eb %d/%d score %d/%d epochs %d,%d,%d,%d / %d,%d,%d,%d", i,
				s.Balances[i], r.bal[i], s.EffectiveBalance(i), v.eb, s.InactivityScores[i], r.scores[i],
				el, ac, ex, wd, v.eligibility, v.activation, v.exit, v.withdrawable)
		}
	}
	if s.FinalizedCheckpoint != r.fin || s.CurrentJustifiedCheckpoint != r.cj || s.PreviousJustifiedCheckpoint != r.pj || s.JustificationBits != r.bits {
		add("checkpoints")
	}
	if s.DepositBalanceToConsume != r.depositBalanceToConsume || s.ExitBalanceToConsume != r.exitBalanceToConsume || s.EarliestExitEpoch != r.earliestExitEpoch {
		add("electra churn fields %d/%d %d/%d %d/%d", s.DepositBalanceToConsume, r.depositBalanceToConsume,
			s.ExitBalanceToConsume, r.exitBalanceToConsume, s.EarliestExitEpoch, r.earliestExitEpoch)
	}
	if !slices.Equal(s.PendingDeposits, r.pendingDeposits) || !slices.Equal(s.PendingConsolidations, r.pendingConsolidations) {
		add("pending queues: %d/%d deposits, %d/%d consolidations", len(s.PendingDeposits), len(r.pendingDeposits),
			len(s.PendingConsolidations), len(r.pendingConsolidations))
	}
	if !slices.Equal(s.Slashings, r.slashings) {
		add("slashings")
	}
	return d
}

// electraize turns a random Deneb scenario state into an Electra one: some
// 0x02 credentials and large balances, churn fields, pending deposits
// (new keys, top-ups, bad signatures, unfinalized), pending consolidations.
func electraize(t *rapid.T, s *State) {
	sp := spec.MustLoad("mainnet", spec.Electra)
	s.Spec = sp
	s.DepositRequestsStartIndex = 0
	n := s.NumValidators()
	cur := s.CurrentEpoch()
	for i := 0; i < n; i++ {
		if s.Credentials[i][0] == 1 && i%3 == 0 {
			s.Credentials[i][0] = 2
			if i%2 == 0 {
				extra := uint64(i%200) * gwei
				s.Balances[i] += extra
				s.EffInc[i] = uint16(min((s.Balances[i]-s.Balances[i]%gwei)/gwei, 2048))
			}
		}
	}
	s.EarliestExitEpoch = cur + rapid.Uint64Range(0, 10).Draw(t, "earliestExitOffset")
	s.ExitBalanceToConsume = rapid.Uint64Range(0, 128).Draw(t, "exitBalanceToConsume") * gwei
	s.DepositBalanceToConsume = rapid.Uint64Range(0, 200).Draw(t, "depositBalanceToConsume") * gwei
	nd := rapid.IntRange(0, 24).Draw(t, "pendingDeposits")
	finSlot := s.FinalizedCheckpoint.Epoch * sp.SlotsPerEpoch
	for j := 0; j < nd; j++ {
		var d PendingDeposit
		kind := rapid.IntRange(0, 3).Draw(t, "depositKind")
		if kind == 0 {
			d.Pubkey[0], d.Pubkey[1] = 0xee, byte(j%5) // new key (repeats: the second is a top-up)
			d.WithdrawalCredentials[0] = byte(j % 3)
		} else {
			d.Pubkey = s.Pubkeys[rapid.IntRange(0, n-1).Draw(t, "depositTarget")]
		}
		if kind == 3 {
			d.Signature[0] = 0xba // rejected by the verifier for a new key
			d.Pubkey[0], d.Pubkey[1] = 0xdd, byte(j)
		}
		d.Amount = rapid.Uint64Range(1, 300).Draw(t, "depositAmount") * gwei / 4 * 4
		d.Slot = finSlot - min(finSlot, uint64(rapid.IntRange(0, 100).Draw(t, "depositAge")))
		if rapid.IntRange(0, 7).Draw(t, "unfinalized") == 0 {
			d.Slot = finSlot + 1
		}
		s.PendingDeposits = append(s.PendingDeposits, d)
	}
	nc := rapid.IntRange(0, 4).Draw(t, "pendingConsolidations")
	for j := 0; j < nc; j++ {
		src := rapid.IntRange(0, n-1).Draw(t, "consolidationSource")
		dst := rapid.IntRange(0, n-1).Draw(t, "consolidationTarget")
		s.PendingConsolidations = append(s.PendingConsolidations, PendingConsolidation{uint64(src), uint64(dst)})
	}
}

type sigRejecter struct{}

func (sigRejecter) VerifyDeposit(_ [48]byte, _ [32]byte, _ uint64, sig [96]byte) bool {
	return sig[0] != 0xba
}

// TestFusedEpochMatchesReference: Electra (and Deneb) random states, fused
// parallel ProcessEpoch against the literal transcription above.
func TestFusedEpochMatchesReference(t *testing.T) {
	defer manyChunks()()
	cases := 0
	rapid.Check(t, func(t *rapid.T) {
		sc := drawScenario(t, 300)
		sc.SyncBoundary = false
		s := buildState(sc)
		if rapid.Bool().Draw(t, "electra") {
			electraize(t, s)
		}
		s.Verifier = sigRejecter{}
		s.Workers = rapid.IntRange(1, 3).Draw(t, "workers")
		r := toRef(s)
		s.ProcessEpoch()
		r.processEpoch(sigRejecter{})
		if d := diffRef(s, r); len(d) > 0 {
			t.Fatalf("%v scenario %+v: fused differs from reference:\n%s", s.Spec.Fork, sc, joinLines(d))
		}
		cases++
	})
	t.Logf("%d states: fused ProcessEpoch identical to the literal transcription", cases)
}

func sprintf(f string, a ...any) string { return fmt.Sprintf(f, a...) }

// TestFusedMultiEpoch runs several epochs in a row with block-level changes
// in between (slashings, exits, new participation), checking the class
// cache that ProcessEpoch carries from one epoch to the next.
func TestFusedMultiEpoch(t *testing.T) {
	defer manyChunks()()
	rapid.Check(t, func(t *rapid.T) {
		sc := drawScenario(t, 200)
		sc.SyncBoundary = false
		s := buildState(sc)
		if rapid.Bool().Draw(t, "electra") {
			electraize(t, s)
		}
		s.Verifier = sigRejecter{}
		s.Workers = 2
		epochs := rapid.IntRange(2, 5).Draw(t, "epochs")
		for e := 0; e < epochs; e++ {
			r := toRef(s)
			s.ProcessEpoch()
			r.processEpoch(sigRejecter{})
			if d := diffRef(s, r); len(d) > 0 {
				t.Fatalf("%v epoch %d of scenario %+v: fused differs from reference:\n%s", s.Spec.Fork, e, sc, joinLines(d))
			}
			// next epoch: slot, participation, a few operations
			s.Slot += s.Spec.SlotsPerEpoch
			n := s.NumValidators()
			for i := 0; i < n; i++ {
				s.CurrParticipation[i] = uint8(rapid.IntRange(0, 7).Draw(t, "flags"))
			}
			for k := rapid.IntRange(0, 3).Draw(t, "ops"); k > 0; k-- {
				i := rapid.IntRange(0, n-1).Draw(t, "opTarget")
				switch rapid.IntRange(0, 2).Draw(t, "op") {
				case 0:
					_ = s.SlashValidator(uint64(i), 0)
				case 1:
					if s.IsActive(i, s.CurrentEpoch()) {
						s.InitiateValidatorExit(i)
					}
				default:
					s.processDeposit(Deposit{Pubkey: s.Pubkeys[i], Amount: gwei})
				}
			}
		}
	})
}
