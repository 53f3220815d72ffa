package zrntref

import (
	"testing"

	"github.com/stakepool/stakepool/beacon/sim"
	"github.com/stakepool/stakepool/beacon/spec"
)

// The benchmark workload gives the same balances in both engines.
func TestSyntheticEpochMatches(t *testing.T) {
	sp := spec.MustLoad("mainnet", spec.Deneb)
	s := sim.NewSynthetic(sp, sim.SyntheticConfig{Validators: 3000, Epoch: 1000, Seed: 3, ParticipationPerMille: 900, Operators: 7})
	z, err := FromSim(s)
	if err != nil {
		t.Fatal(err)
	}
	s.ProcessEpoch()
	if err := z.ProcessEpoch(); err != nil {
		t.Fatal(err)
	}
	zb, err := z.Balances()
	if err != nil {
		t.Fatal(err)
	}
	for i := range zb {
		if zb[i] != s.Balances[i] {
			t.Fatalf("balance %d: %d, zrnt %d", i, s.Balances[i], zb[i])
		}
	}
	if _, err := FromSim(sim.NewState(spec.MustLoad("mainnet", spec.Electra))); err == nil {
		t.Fatal("electra state accepted")
	}
}
