package sim

import (
	"math"
	"math/big"
	"testing"

	"github.com/stakepool/stakepool/beacon/spec"
)

// batchedRun is one run of a 20k-validator chain for epochs epochs: the
// mean reward per validator-epoch (gwei) and the standard deviation of the
// validators' rewards over the run. Credentials are BLS (0x00) so that no
// withdrawal moves a reward out of its validator's balance.
type batchedRun struct {
	mean, spread float64
	missed       uint64
}

func runBatchedComparison(t *testing.T, mode DutyMode, seed uint64, epochs int, participation, missed int) batchedRun {
	return runBatchedTable(t, mode, seed, epochs, participation, missed, false)
}

// runBatchedTable is runBatchedComparison, with table: the participation
// given per validator (a ParticipationTable of equal entries: not uniform
// to the Chain, so batched duties draw per validator).
func runBatchedTable(t *testing.T, mode DutyMode, seed uint64, epochs int, participation, missed int, table bool) batchedRun {
	t.Helper()
	sp := spec.MustLoad("mainnet", spec.Electra)
	s := NewSynthetic(sp, SyntheticConfig{Validators: 20_000, Epoch: 1000, Seed: seed, ParticipationPerMille: participation})
	for i := range s.Credentials {
		s.Credentials[i][0] = 0
	}
	s.Invalidate()
	s.Duties = mode
	beh := Behaviour{Seed: seed, ParticipationPerMille: participation, MissedProposalPerMille: missed}
	if table {
		tab := make([]int16, len(s.Balances))
		for i := range tab {
			tab[i] = int16(participation)
		}
		beh.ParticipationTable = &tab
	}
	c := NewChain(s, beh)
	// warm up: the synthetic state's first (partial) epoch carries flags
	// that are neither mode's; measure from an epoch's first slot after it
	c.AdvanceEpochs(2)
	var before []uint64
	c.View(func(s *State) { before = append(before, s.Balances...) })
	c.AdvanceEpochs(epochs)
	var r batchedRun
	c.View(func(s *State) {
		var sum, sq float64
		for i, b := range s.Balances {
			d := float64(int64(b - before[i]))
			sum += d
			sq += d * d
		}
		n := float64(len(s.Balances))
		r.mean = sum / n / float64(epochs)
		r.spread = math.Sqrt(sq/n - (sum/n)*(sum/n))
	})
	r.missed = c.Missed
	return r
}

// meanSD is the mean and the standard deviation of the mean of xs.
func meanSD(xs []float64) (float64, float64) {
	var m, v float64
	for _, x := range xs {
		m += x
	}
	m /= float64(len(xs))
	for _, x := range xs {
		v += (x - m) * (x - m)
	}
	v /= float64(len(xs) - 1)
	return m, math.Sqrt(v / float64(len(xs)))
}

// Batched duties keep DutiesSampled's expectation, on a 20k-validator chain
// over 16 epochs:
//   - participation (90%, no missed proposal): over 12 seeds, the mean reward
//     per validator-epoch agrees with sampled duties' within four standard
//     deviations of the difference of the means, measured over the seeds
//     (the binomial spread of attestations and sync signatures); that bound
//     must be under 0.35% of the reward, so the test can fail (a drift of
//     1‰ of participation moves the reward by about 0.3%);
//   - missed proposals (full participation, 5% missed): over 8 seeds, the
//     reward lost per missed proposal (against the same seed's run without
//     misses, identical in both modes) agrees within four standard
//     deviations, under 10% of the loss;
//   - the validators' spread of rewards over the run agrees within 10%.
func TestBatchedDutiesSameRewards(t *testing.T) {
	const epochs, n = 16, 20_000
	compare := func(what string, xs [2][]float64, tight float64) {
		t.Helper()
		ms, ss := meanSD(xs[0])
		mb, sb := meanSD(xs[1])
		bound := 4 * math.Sqrt(ss*ss+sb*sb)
		t.Logf("%s: sampled %.1f ± %.1f, batched %.1f ± %.1f (difference %+.1f, bound %.1f = %.2f%%)", what, ms, ss, mb, sb, mb-ms, bound, 100*bound/ms)
		if bound > tight*ms {
			t.Fatalf("%s: the seeds' spread gives a bound of %.1f, over %.2f%% of %.1f: too loose to test", what, bound, 100*tight, ms)
		}
		if math.Abs(mb-ms) > bound {
			t.Errorf("%s: batched %.1f, sampled %.1f: differ by %.1f, more than %.1f", what, mb, ms, mb-ms, bound)
		}
	}
	var means, spreads, losses [2][]float64
	for k, mode := range []DutyMode{DutiesSampled, DutiesBatched} {
		for seed := uint64(1); seed <= 12; seed++ {
			r := runBatchedComparison(t, mode, seed, epochs, 900, 0)
			means[k] = append(means[k], r.mean)
			spreads[k] = append(spreads[k], r.spread)
		}
	}
	compare("reward per validator-epoch at 90% participation (gwei)", means, 0.0035)
	// the per-validator draws (a participation table) against the same
	var tabled [2][]float64
	tabled[0] = means[0]
	for seed := uint64(1); seed <= 12; seed++ {
		tabled[1] = append(tabled[1], runBatchedTable(t, DutiesBatched, seed, epochs, 900, 0, true).mean)
	}
	compare("the same, batched with a participation table (gwei)", tabled, 0.0035)
	compare("validators' spread of rewards over the run (gwei)", spreads, 0.10)
	for seed := uint64(1); seed <= 8; seed++ {
		full := runBatchedComparison(t, DutiesSampled, seed, epochs, 1000, 0)
		if seed == 1 {
			fb := runBatchedComparison(t, DutiesBatched, seed, epochs, 1000, 0)
			if math.Abs(fb.mean/full.mean-1) > 1e-5 {
				t.Errorf("full participation, no missed proposal: batched %.2f gwei per validator-epoch, sampled %.2f", fb.mean, full.mean)
			}
		}
		for k, mode := range []DutyMode{DutiesSampled, DutiesBatched} {
			r := runBatchedComparison(t, mode, seed, epochs, 1000, 50)
			losses[k] = append(losses[k], (full.mean-r.mean)*epochs*n/float64(r.missed))
		}
	}
	compare("reward lost per missed proposal (gwei)", losses, 0.10)
}

// The same seed gives the same chain, whatever the number of workers.
func TestBatchedDutiesDeterministic(t *testing.T) {
	run := func(workers int) []uint64 {
		sp := spec.MustLoad("mainnet", spec.Electra)
		s := NewSynthetic(sp, SyntheticConfig{Validators: 40_000, Epoch: 1000, Seed: 3, ParticipationPerMille: 950})
		s.Duties, s.Workers = DutiesBatched, workers
		c := NewChain(s, Behaviour{Seed: 3, ParticipationPerMille: 950, MissedProposalPerMille: 30})
		c.AdvanceEpochs(3)
		var out []uint64
		c.View(func(s *State) { out = append(append(out, s.Balances...), uint64(s.PrevParticipation[7])) })
		return out
	}
	a, b := run(1), run(2)
	for i := range a {
		if a[i] != b[i] {
			t.Fatalf("value %d: %d with one worker, %d with two", i, a[i], b[i])
		}
	}
}

// binomialCDF is the exact binomial distribution floored to 64 bits:
// checked against the pmf of n = 3 (small enough to write down) and for
// certain and impossible success.
func TestBinomialCDF(t *testing.T) {
	c := &Chain{}
	// p = 3/4: P(0 failures) = 27/64, P(≤1) = 54/64, P(≤2) = 63/64
	got := c.binomialCDF(3, 3<<30)
	want := []uint64{27 << 58, 54 << 58, 63 << 58}
	if len(got) != 3 {
		t.Fatalf("n=3, p=3/4: %d entries, want 3", len(got))
	}
	for f := range want {
		if got[f] != want[f] {
			t.Errorf("n=3, p=3/4: cdf[%d] = %d, want %d", f, got[f], want[f])
		}
	}
	if got := c.binomialCDF(32, 1<<32); len(got) != 0 {
		t.Errorf("certain success: %v, want no failures ever", got)
	}
	got = c.binomialCDF(32, 0)
	for f, v := range got {
		if v != 0 {
			t.Errorf("impossible success: cdf[%d] = %d, want 0 (32 failures)", f, v)
		}
	}
	// p = 0.99, n = 32: P(no failure) = 0.99^32
	want0 := new(big.Float).SetFloat64(math.Pow(float64(perMilleThreshold32(990))/(1<<32), 32) * (1 << 64))
	w0, _ := want0.Uint64()
	if g := c.binomialCDF(32, perMilleThreshold32(990))[0]; g/1e6 != w0/1e6 {
		t.Errorf("n=32, p=0.99: P(no failure)·2^64 = %d, want ≈%d", g, w0)
	}
}

// Flags of batched attestations follow the inclusion rules: with every
// proposal made, a slot's attestations get all three flags; a slot whose
// next proposal is missed loses the head flag; none included within
// √32 = 5 slots loses the source flag.
func TestBatchedSlotFlags(t *testing.T) {
	sp := spec.MustLoad("mainnet", spec.Electra)
	s := NewSynthetic(sp, SyntheticConfig{Validators: 1000, Epoch: 10, Seed: 1, ParticipationPerMille: 1000})
	s.Duties = DutiesBatched
	c := NewChain(s, Behaviour{Seed: 1, ParticipationPerMille: 1000})
	flags, inc := c.slotFlags(10)
	for k := range 32 {
		if flags[k] != FlagSource|FlagTarget|FlagHead || inc[k] != 320+uint64(k)+1 {
			t.Fatalf("no missed proposals: slot %d flags %03b included at %d", k, flags[k], inc[k])
		}
	}
	// every proposal missed: nothing is ever included
	c.b.MissedProposalPerMille = 1000
	flags, _ = c.slotFlags(10)
	for k := range 32 {
		if flags[k] != 0 {
			t.Fatalf("every proposal missed: slot %d flags %03b", k, flags[k])
		}
	}
	// half missed: compare with a direct reading of missedAt
	c.b.MissedProposalPerMille = 500
	flags, inc = c.slotFlags(10)
	for k := range 32 {
		slot := uint64(320 + k)
		next := slot + 1
		for next < 384 && c.missedAt(next) {
			next++
		}
		var want uint8
		if next < 384 {
			want = FlagTarget
			if next-slot <= 5 {
				want |= FlagSource
			}
			if next == slot+1 {
				want |= FlagHead
			}
		}
		if flags[k] != want || (want != 0 && inc[k] != next) {
			t.Errorf("slot %d: flags %03b included at %d, want %03b at %d", slot, flags[k], inc[k], want, next)
		}
	}
}

// The skips pick each validator independently with probability 1 − p: the
// mean gap between picks is p/(1−p) (99 at p = 0.99) and a block of 4096
// gets 4096·(1−p) picks on average; a certain participation picks nobody.
func TestSkipTable(t *testing.T) {
	c := &Chain{}
	tab := c.skipTable(perMilleThreshold32(990))
	d := drawStream{x: 12345}
	const draws = 200_000
	var sum float64
	for range draws {
		sum += float64(skip(&d, tab))
	}
	mean := sum / draws
	// sd of a geometric gap ≈ 99.5; of the mean over 200k ≈ 0.22
	if math.Abs(mean-99) > 1.2 {
		t.Errorf("p = 0.99: mean gap %.2f, want 99 ± 1.2", mean)
	}
	if c.skipTable(1<<32) != nil {
		t.Errorf("certain participation: a skip table, want none (nobody picked)")
	}
	if g := skip(&d, c.skipTable(0)); g != 0 {
		t.Errorf("no participation: gap %d, want 0 (everyone picked)", g)
	}
}

// The guided search of skipGap finds what a binary search over the table
// finds, for random draws and for draws at and around every table entry and
// every guide range's ends, at participations from none to almost certain.
func TestSkipGapMatchesBinarySearch(t *testing.T) {
	search := func(tab []uint64, u uint64) int {
		lo, hi := 0, skipLen-1
		for lo < hi {
			m := (lo + hi) / 2
			if u >= tab[m] {
				hi = m
			} else {
				lo = m + 1
			}
		}
		return lo
	}
	c := &Chain{}
	d := drawStream{x: 99}
	for _, th := range []uint64{0, 1, 1 << 31, perMilleThreshold32(500), perMilleThreshold32(900), perMilleThreshold32(990), perMilleThreshold32(999), 1<<32 - 1} {
		tab := c.skipTable(th)
		var us []uint64
		for range 100_000 {
			us = append(us, d.next())
		}
		for g := range skipLen {
			us = append(us, tab[g], tab[g]-1, tab[g]+1)
		}
		for b := uint64(0); b < 1<<skipGuideBits; b++ {
			us = append(us, b<<(64-skipGuideBits), b<<(64-skipGuideBits)-1)
		}
		checked := 0
		for _, u := range us {
			if u < tab[skipLen-1] {
				continue
			}
			checked++
			if got, want := skipGap(tab, u), search(tab, u); got != want {
				t.Fatalf("th %d, draw %#x: gap %d, binary search %d", th, u, got, want)
			}
		}
		if checked < 1000 {
			t.Fatalf("th %d: only %d draws checked", th, checked)
		}
	}
}
