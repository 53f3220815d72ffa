package scenario

import (
	goflag "flag"
	"fmt"
	"math"
	"os"
	"strings"
	"testing"

	"pgregory.net/rapid"

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
	// per validator: its sweep's amount (a validator still on a sync
	// committee is credited after it and swept again: those later sweeps
	// are not its loss's measure)
	main := map[uint64]uint64{}
	for k, a := range paid {
		if slashed[k[1]] {
			main[k[1]] = max(main[k[1]], a)
		}
	}
	var lossGwei uint64
	for _, a := range main {
		if a < 32e9 {
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

// TestMain: the properties here run a 40-day scenario per case; 6 cases
// unless -rapid.checks says otherwise (STAKEPOOL_LONG=1: 50).
func TestMain(m *testing.M) {
	goflag.Parse()
	set := false
	goflag.Visit(func(f *goflag.Flag) { set = set || f.Name == "rapid.checks" })
	if !set {
		checks := "6"
		if os.Getenv("STAKEPOOL_LONG") != "" {
			checks = "50"
		}
		_ = goflag.Set("rapid.checks", checks)
	}
	os.Exit(m.Run())
}

// TestPropertyWithdrawnRows: for any chain the simulator makes with a
// bonded pool — slashings of its bonded operators' validators (drawn:
// none to three, on either operator, on day 0 to 2) and a bank run
// (drawn: none to 60% of the holders, on day 1) that has the reports ask
// bonded validators to exit — the members' withdrawn rows always pass
// the pool's sanity checks (no report refused), every bonded operator's
// withdrawn count is its validators whose final withdrawal the chain paid
// by the last reference slot, and what the bonds absorbed is Σ (32 ETH −
// final amount) over them (between the sweep's amount and the sum with
// the later sweeps of sync-committee credits).
func TestPropertyWithdrawnRows(t *testing.T) {
	var withdrawnSeen, lossy int
	defer func() {
		t.Logf("over all cases: %d validators withdrawn, %d with a loss", withdrawnSeen, lossy)
		if withdrawnSeen == 0 || lossy == 0 {
			t.Error("the random runs never withdrew a bonded validator, or never one with a loss")
		}
	}()
	rapid.Check(t, func(rt *rapid.T) {
		y := strings.Replace(bondedSlashingScenario, "  slashings: [{at: 1d, pool: p, operators: [1], validators: 2}]\n", "", 1)
		y = strings.Replace(y, "name: bonded-slashing\n", fmt.Sprintf("name: bonded-slashing\nseed: %d\n", rapid.Uint64().Draw(rt, "seed")), 1)
		var sl []string
		for i := range rapid.IntRange(0, 3).Draw(rt, "slashings") {
			sl = append(sl, fmt.Sprintf("{at: %dd, pool: p, operators: [%d], validators: %d}",
				rapid.IntRange(0, 2).Draw(rt, fmt.Sprint("day", i)), rapid.IntRange(1, 2).Draw(rt, fmt.Sprint("op", i)), rapid.IntRange(1, 2).Draw(rt, fmt.Sprint("n", i))))
		}
		if len(sl) > 0 {
			y = strings.Replace(y, "  duties: sampled\n", "  duties: sampled\n  slashings: ["+strings.Join(sl, ", ")+"]\n", 1)
		}
		if run := rapid.IntRange(0, 60).Draw(rt, "run%"); run > 0 {
			y += fmt.Sprintf("agents:\n  runs: [{pool: p, at: 1d, fraction: %d%%, over: 1d, via: queue}]\n", run)
		}
		sc, err := Parse("prop.yaml", []byte(y))
		if err != nil {
			rt.Fatalf("%v\n%s", err, y)
		}
		r, err := newRunner(sc)
		if err != nil {
			rt.Fatal(err)
		}
		paid := map[[2]uint64]uint64{}
		read := func() {
			r.w.chain.Withdrawals(t.Context(), 0, beacon.Slot(r.w.Slot()), func(w *beacon.PayloadWithdrawal) {
				paid[[2]uint64{uint64(w.Slot), uint64(w.Validator)}] = uint64(w.Amount)
			})
		}
		for range 40 {
			read()
			if err := r.step(); err != nil {
				rt.Fatal(err)
			}
		}
		read()
		p := r.w.pools[0]
		if p.reportsRejected != 0 {
			rt.Fatalf("%d reports refused, the last: %s", p.reportsRejected, p.lastReject)
		}
		last, _ := p.st.LastReport()
		opOf := map[uint64]int{}
		for j, i := range p.idx {
			opOf[uint64(i)] = p.opOf[j]
		}
		// per validator withdrawn by the last reference slot: its largest
		// final withdrawal (the sweep of its balance) and the sum of all
		// (a validator still on a sync committee is credited after its
		// sweep and swept again; a report may add such a later sweep in
		// its window to the amount: the loss lies between the two)
		type paidTo struct {
			op             int
			largest, total uint64
		}
		byVal := map[uint64]*paidTo{}
		for k, a := range paid {
			op, ok := opOf[k[1]]
			if !ok || op < p.ops || k[0] > last.RefSlot {
				continue
			}
			v := byVal[k[1]]
			if v == nil {
				v = &paidTo{op: op - p.ops}
				byVal[k[1]] = v
			}
			v.largest, v.total = max(v.largest, a), v.total+a
		}
		count := make([]uint64, 2)
		var most, least uint64 // gwei
		for _, v := range byVal {
			count[v.op]++
			withdrawnSeen++
			if v.largest < 32e9 {
				most += 32e9 - v.largest
				lossy++
			}
			if v.total < 32e9 {
				least += 32e9 - v.total
			}
		}
		m, _ := p.st.BondedModule()
		for j := range 2 {
			o, _ := m.Operator(uint64(j))
			if o.Withdrawn != count[j] {
				rt.Fatalf("bonded operator %d: withdrawn %d, the chain paid %d final withdrawals by slot %d", j, o.Withdrawn, count[j], last.RefSlot)
			}
		}
		absorbed, hi, lo := p.bondedSummary().Absorbed, float64(most)/1e9, float64(least)/1e9
		if absorbed > hi*(1+1e-6)+1e-12 || absorbed < lo*(1-1e-6)-1e-12 {
			rt.Fatalf("the bonds absorbed %g ETH, the withdrawn validators lost %g to %g", absorbed, lo, hi)
		}
	})
}
