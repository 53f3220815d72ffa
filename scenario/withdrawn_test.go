package scenario

import (
	"math"
	"testing"

	"github.com/stakepool/stakepool/beacon"
	"github.com/stakepool/stakepool/beacon/sim"
)

const bondedSlashingScenario = `
name: bonded-slashing
duration: 40d
step: 1d
chain:
  total_stake: 100000eth
  duties: sampled
  slashings: [{at: 1d, pool: p, operators: [1], validators: 2}]
pools:
  - name: p
    initial_stake: 3200eth
    operators: {count: 1, cap: 60}
    oracle: {frame_epochs: 225}
    bonded: {share: 100%, operators: 2, validators_per_operator: 20}
`

// TestBondedSlashingWithdrawn: two validators of bonded operator 0 (the
// pool's operator 1) are slashed on day 1; 8,192 epochs later (≈36.4
// days) they are withdrawable and the sweep pays their final withdrawals
// below 32 ETH. The reports count them withdrawn (the module's withdrawn
// count 2 = its exited) and take their loss — Σ (32 ETH − final amount),
// to the gwei of what the chain paid them — from operator 0's bond: the
// module burns the shares, operator 1 (honest) loses nothing.
func TestBondedSlashingWithdrawn(t *testing.T) {
	r := testRunner(t, "bonded-slashing.yaml", bondedSlashingScenario)
	// the chain's log of final withdrawals, read before the reports that
	// cover it prune it (by slot and validator: steps overlap)
	paid := map[[2]uint64]uint64{}
	for range 40 {
		r.w.chain.Withdrawals(t.Context(), 0, beacon.Slot(r.w.Slot()), func(w *beacon.PayloadWithdrawal) {
			paid[[2]uint64{uint64(w.Slot), uint64(w.Validator)}] = uint64(w.Amount)
		})
		if err := r.step(); err != nil {
			t.Fatal(err)
		}
	}
	r.w.chain.Withdrawals(t.Context(), 0, beacon.Slot(r.w.Slot()), func(w *beacon.PayloadWithdrawal) {
		paid[[2]uint64{uint64(w.Slot), uint64(w.Validator)}] = uint64(w.Amount)
	})
	p := r.w.pools[0]
	slashed := map[uint64]bool{}
	r.w.chain.View(func(s *sim.State) {
		for j, i := range p.idx {
			if p.opOf[j] == 1 && s.Slashed[i] {
				slashed[uint64(i)] = true
			}
		}
	})
	var lossGwei uint64
	for k, a := range paid {
		if slashed[k[1]] && a < 32e9 {
			lossGwei += 32e9 - a
		}
	}
	m, _ := p.st.BondedModule()
	o0, _ := m.Operator(0)
	o1, _ := m.Operator(1)
	burnt := p.bondedSummary().Absorbed // the burnt shares at each report's rate
	loss := float64(lossGwei) / 1e9
	t.Logf("operator 0: exited %d withdrawn %d bond %s; operator 1: exited %d withdrawn %d bond %s; absorbed %g ETH, loss %g ETH (%d validators slashed)",
		o0.Exited, o0.Withdrawn, o0.Bond.Dec(), o1.Exited, o1.Withdrawn, o1.Bond.Dec(), burnt, loss, len(slashed))
	if len(slashed) != 2 || o0.Exited != 2 || o0.Withdrawn != 2 || o1.Withdrawn != 0 {
		t.Fatalf("operator 0 exited %d withdrawn %d, operator 1 withdrawn %d; want 2, 2, 0", o0.Exited, o0.Withdrawn, o1.Withdrawn)
	}
	if lossGwei == 0 || math.Abs(burnt-loss) > 1e-6*loss || !o0.Bond.Lt(&o1.Bond) {
		t.Fatalf("burnt %g ETH for a loss of %g ETH; bonds %s and %s", burnt, loss, o0.Bond.Dec(), o1.Bond.Dec())
	}
}
