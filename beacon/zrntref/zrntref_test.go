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

// FromSim carries the fields that epoch processing does not recompute (so
// that the differential tests of beacon/sim, which compare after an epoch,
// would not see them) and pads a short sync committee with validator 0.
func TestFromSimFields(t *testing.T) {
	sp := spec.MustLoad("mainnet", spec.Deneb)
	s := sim.NewSynthetic(sp, sim.SyntheticConfig{Validators: 100, Epoch: 1000, Seed: 3, ParticipationPerMille: 900, Operators: 7})
	s.GenesisTime = 1606824023
	s.GenesisValidatorsRoot = [32]byte{1, 2, 3}
	s.Eth1DepositIndex, s.NextWithdrawalIndex, s.NextWithdrawalValidatorIndex = 100, 1<<40, 42
	s.StateRoots[5] = [32]byte{5}
	s.HistoricalSummaries = []sim.HistoricalSummary{{BlockSummaryRoot: [32]byte{7}, StateSummaryRoot: [32]byte{8}}}
	s.CurrentSyncCommittee = []uint32{9, 8, 7}
	s.NextSyncCommittee = make([]uint32, sp.SyncCommitteeSize)
	s.NextSyncCommittee[3] = 4
	z, err := FromSim(s)
	if err != nil {
		t.Fatal(err)
	}
	raw, err := z.View.Raw(z.Spec)
	if err != nil {
		t.Fatal(err)
	}
	got := []uint64{uint64(raw.GenesisTime), uint64(raw.Slot), uint64(raw.Eth1DepositIndex),
		uint64(raw.NextWithdrawalIndex), uint64(raw.NextWithdrawalValidatorIndex), uint64(raw.Fork.Epoch)}
	want := []uint64{s.GenesisTime, s.Slot, 100, 1 << 40, 42, sp.DenebForkEpoch}
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("field %d = %d, want %d", i, got[i], want[i])
		}
	}
	if raw.GenesisValidatorsRoot != s.GenesisValidatorsRoot || raw.StateRoots[5] != s.StateRoots[5] ||
		raw.Fork.CurrentVersion != sp.DenebForkVersion || raw.Fork.PreviousVersion != sp.CapellaForkVersion {
		t.Error("genesis validators root, state roots or fork differ")
	}
	if len(raw.HistoricalSummaries) != 1 || raw.HistoricalSummaries[0].BlockSummaryRoot != s.HistoricalSummaries[0].BlockSummaryRoot ||
		raw.HistoricalSummaries[0].StateSummaryRoot != s.HistoricalSummaries[0].StateSummaryRoot {
		t.Error("historical summaries differ")
	}
	for j, pk := range raw.CurrentSyncCommittee.Pubkeys {
		want := s.Pubkeys[0]
		if j < 3 {
			want = s.Pubkeys[9-j]
		}
		if pk != want {
			t.Fatalf("current sync committee[%d]", j)
		}
	}
	if raw.NextSyncCommittee.Pubkeys[3] != s.Pubkeys[4] || len(raw.NextSyncCommittee.Pubkeys) != int(sp.SyncCommitteeSize) {
		t.Error("next sync committee")
	}
}
