package scenario

import (
	"context"
	"math"
	"reflect"
	"testing"

	"github.com/stakepool/stakepool/beacon"
	"github.com/stakepool/stakepool/beacon/sim"
)

// TestPoolsShareOneChain: two pools on one chain, each reported on by its
// own oracle committee (oracle.Pool: members voting through protocol
// transactions, a bridge) while the scenario advances the chain: every
// frame that started has a report applied or rejected, each report sees
// its own pool's validators, the members' view of the chain is the
// chain's own answer (also after a slashing), deposits reach the chain
// once (genesis ones are not sent again when arrivals make the pool
// deposit), and the execution rewards the chain paid each pool are
// mirrored once, split into what it keeps and the MEV it forgoes.
func TestPoolsShareOneChain(t *testing.T) {
	r := testRunner(t, "two.yaml", `
name: two
duration: 2d
chain: {total_stake: 1000000eth, el_reward_per_block: 0.05eth, mev_fraction: 50%}
pools:
  - {name: a, initial_stake: 16000eth, oracle: {frame_epochs: 10, members: 5, quorum: 3}}
  - {name: b, initial_stake: 8000eth, centralized: true}
agents:
  arrivals: {per_day: 100, median: 64eth}
`)
	genesis := r.w.Slot()
	for i := 0; i < 2; i++ {
		if err := r.step(); err != nil {
			t.Fatal(err)
		}
		if i == 0 && r.w.slash(1, nil, 3, 0) != 3 {
			t.Fatal("could not slash")
		}
		// the members' view of each pool is the chain's own answer
		for _, p := range r.w.pools {
			got, _ := p.view.ValidatorsByCredentials(context.Background(), beacon.Credentials(p.wc))
			want, _ := r.w.chain.ValidatorsByCredentials(context.Background(), beacon.Credentials(p.wc))
			if !reflect.DeepEqual(got, want) {
				t.Fatalf("pool %s: the view lists %d validators, the chain %d, or they differ", p.cfg.Name, len(got), len(want))
			}
		}
	}
	grew := false // arrivals made the pools deposit again
	for _, p := range r.w.pools {
		spf := p.st.SlotsPerFrame()
		frames := int(p.st.Block()/spf - genesis/spf)
		if got := int(p.st.ReportCount()) + p.reportsRejected; got != frames || p.st.ReportCount() == 0 {
			t.Errorf("pool %s: %d reports applied and %d rejected for %d frames (%s)", p.cfg.Name, p.st.ReportCount(), p.reportsRejected, frames, p.lastReject)
		}
		var onChain, swept, fees uint64
		r.w.Chain(func(s *sim.State) {
			for i := range s.Credentials {
				if s.Credentials[i] == [32]byte(p.wc) {
					onChain++
				}
			}
			swept, fees = s.Credited(p.vault)
		})
		genesis := uint64(p.cfg.InitialStake.ETH() / 32)
		grew = grew || p.st.DepositedValidators() > genesis
		if seen := p.st.BeaconValidators(); seen < genesis || seen > onChain || onChain > p.st.DepositedValidators() {
			t.Errorf("pool %s: report sees %d validators, the chain holds %d of its, %d at genesis, %d deposited", p.cfg.Name, seen, onChain, genesis, p.st.DepositedValidators())
		}
		// Only rewards are swept: a genesis deposit sent to the chain again
		// would come back as a 32-ETH top-up and be swept to the vault.
		if s := float64(swept) / 1e9; s > 0.01*p.cfg.InitialStake.ETH() {
			t.Errorf("pool %s: %.1f ETH swept to the vault in two days", p.cfg.Name, s)
		}
		paid := p.elGain + p.mevGain + p.mevLost
		if f := float64(fees) / 1e9; paid > f+1e-6 || paid < f-0.1 { // the last slot's reward is mirrored next epoch
			t.Errorf("pool %s: mirrored %.6f ETH of execution rewards, the chain paid %.6f", p.cfg.Name, paid, f)
		}
		lost := paid * float64(r.sc.Chain.MEVFraction) * (1 - float64(*p.cfg.MEVCapture))
		if math.Abs(p.mevLost-lost) > 1e-6 {
			t.Errorf("pool %s: MEV forgone %.6f ETH, want %.6f", p.cfg.Name, p.mevLost, lost)
		}
	}
	if !grew {
		t.Error("no pool deposited after genesis")
	}
}

// TestFrozenView: while a pool's view is frozen (AdvanceEpoch), its
// members and bridge read what freeze took, whatever the chain does
// meanwhile, and a read freeze did not take fails instead of touching the
// chain; thawed, the view is the chain's own answer again.
func TestFrozenView(t *testing.T) {
	r := testRunner(t, "frozen.yaml", `
name: frozen
duration: 1d
chain: {total_stake: 1000000eth}
pools:
  - {name: a, initial_stake: 16000eth, oracle: {frame_epochs: 10}}
`)
	ctx := context.Background()
	w, p := r.w, r.w.pools[0]
	frame := p.st.SlotsPerFrame()
	creds := beacon.Credentials(p.wc)

	// a slot that starts no frame, no new slashing: validators not taken
	if err := w.freeze(p, frame*7+1); err != nil {
		t.Fatal(err)
	}
	if _, err := p.view.ValidatorsByCredentials(ctx, creds); err != errNotFrozen {
		t.Fatalf("validators not taken: err %v, want errNotFrozen", err)
	}
	if _, err := p.view.Credited(ctx, beacon.Address{1}); err != errNotFrozen {
		t.Fatalf("an address not taken: err %v, want errNotFrozen", err)
	}
	p.frozen.on = false

	// a frame's first slot: validators and duties taken, then the chain
	// moves on and the frozen answers stay
	head := w.Slot()
	if err := w.freeze(p, frame*8); err != nil {
		t.Fatal(err)
	}
	vs, err := p.view.ValidatorsByCredentials(ctx, creds)
	if err != nil || len(vs) == 0 {
		t.Fatalf("frozen validators: %d, %v", len(vs), err)
	}
	before := append([]beacon.Validator(nil), vs...)
	vault, err := p.view.Credited(ctx, beacon.Address(p.st.Vault()))
	if err != nil {
		t.Fatal(err)
	}
	w.chain.Advance(64)
	if h, _ := p.view.HeadSlot(ctx); uint64(h) != head {
		t.Fatalf("frozen head %d, want %d", h, head)
	}
	vs2, _ := p.view.ValidatorsByCredentials(ctx, creds)
	if !reflect.DeepEqual(before, vs2) {
		t.Fatal("the frozen validators changed while the chain moved")
	}
	if v2, _ := p.view.Credited(ctx, beacon.Address(p.st.Vault())); v2 != vault {
		t.Fatal("the frozen credits changed while the chain moved")
	}
	p.frozen.on = false
	if h, _ := p.view.HeadSlot(ctx); uint64(h) != head+64 {
		t.Fatalf("thawed head %d, want %d", h, head+64)
	}
	vs3, _ := p.view.ValidatorsByCredentials(ctx, creds)
	if reflect.DeepEqual(before, vs3) {
		t.Fatal("thawed, the view still gives the frozen balances")
	}
}

// TestOutages: an operator's outage shows in its scorecard (missed
// attestations) only while it lasts and only for that operator, and a
// background outage shows in the chain's participation; before any outage
// the participation table stays empty (every attester drawn against the
// default), and it covers the registry from the first one on.
func TestOutages(t *testing.T) {
	r := testRunner(t, "outages.yaml", `
name: outages
duration: 4d
chain:
  total_stake: 1000000eth
  participation: 100%
  outages:
    - {pool: a, operator: 1, at: 1d, for: 1d, participation: 0%}
    - {share: 50%, at: 2d, for: 1d, participation: 0%}
pools:
  - {name: a, initial_stake: 16000eth, operators: {count: 4}, oracle: {frame_epochs: 225}}
`)
	p := r.w.pools[0]
	missed := func() []uint64 {
		var out []uint64
		for _, o := range p.st.OperatorStates() {
			out = append(out, o.MissedAttestations)
		}
		return out
	}
	var perDay [][]uint64
	for d := 0; d < 4; d++ {
		if d == 0 && len(r.w.part) != 0 {
			t.Fatalf("participation table of %d entries before any outage", len(r.w.part))
		}
		before := missed()
		if err := r.step(); err != nil {
			t.Fatal(err)
		}
		after := missed()
		day := make([]uint64, len(after))
		for i := range after {
			day[i] = after[i] - before[i]
		}
		perDay = append(perDay, day)
		if d >= 1 {
			var n int
			r.w.chain.View(func(s *sim.State) { n = len(s.Balances) })
			if len(r.w.part) < n {
				t.Fatalf("day %d: participation table of %d entries for %d validators", d, len(r.w.part), n)
			}
		}
	}
	t.Logf("missed attestations reported per day and operator: %v", perDay)
	// the day-1 outage is reported by the reports of days 1 and 2 (daily
	// frames start at an epoch that is not the day's first)
	out := make([]uint64, len(perDay[1]))
	for i := range out {
		out[i] = perDay[1][i] + perDay[2][i]
	}
	if out[1] == 0 {
		t.Fatalf("operator 1's outage day left no missed attestations: %v", perDay)
	}
	for i, m := range out {
		if i != 1 && m*10 > out[1] {
			t.Fatalf("operator %d missed %d attestations against the outage's %d: %v", i, m, out[1], perDay)
		}
	}
	if perDay[3][1]*10 > out[1] {
		t.Fatalf("operator 1 still missing after its outage: %v", perDay)
	}
}

// testRunner parses a scenario and builds its runner on a 1M-ETH chain.
func testRunner(t *testing.T, name, yaml string) *runner {
	t.Helper()
	sc, err := Parse(name, []byte(yaml))
	if err != nil {
		t.Fatal(err)
	}
	r, err := newRunner(sc)
	if err != nil {
		t.Fatal(err)
	}
	return r
}
