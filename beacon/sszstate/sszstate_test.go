package sszstate

import (
	"bytes"
	"context"
	"testing"

	zcommon "github.com/protolambda/zrnt/eth2/beacon/common"
	"github.com/protolambda/ztyp/codec"
	"github.com/protolambda/ztyp/tree"

	"github.com/stakepool/stakepool/beacon/sim"
	"github.com/stakepool/stakepool/beacon/spec"
	"github.com/stakepool/stakepool/beacon/zrntref"
)

func zrntBytes(t *testing.T, z *zrntref.State) []byte {
	raw, err := z.View.Raw(z.Spec)
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	if err := raw.Serialize(z.Spec, codec.NewEncodingWriter(&buf)); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// Import/export round trip, hash_tree_root, and process_slots across an
// epoch boundary, byte for byte against zrnt (Deneb).
func TestTransitionMatchesZrnt(t *testing.T) {
	sp := spec.MustLoad("mainnet", spec.Deneb)
	s := sim.NewSynthetic(sp, sim.SyntheticConfig{Validators: 1500, Epoch: 1000, Seed: 5, ParticipationPerMille: 900, Operators: 5})
	s.Slot -= 3
	s.InactivityScores[7] = 12
	s.Invalidate()
	z, err := zrntref.FromSim(s)
	if err != nil {
		t.Fatal(err)
	}
	pre := zrntBytes(t, z)
	st, err := Decode(pre)
	if err != nil {
		t.Fatal(err)
	}
	if st.Fork != spec.Deneb {
		t.Fatalf("fork %v", st.Fork)
	}
	out, err := st.Encode()
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(out, pre) {
		t.Fatal("decode/encode round trip changed the state")
	}
	ours, err := st.HashTreeRoot()
	if err != nil {
		t.Fatal(err)
	}
	if zr := z.View.HashTreeRoot(tree.GetHashFn()); ours != [32]byte(zr) {
		t.Fatalf("hash_tree_root %x, zrnt %x", ours, zr)
	}
	target := uint64(st.Sim.Slot) + 5
	if err := st.ProcessSlots(target); err != nil {
		t.Fatal(err)
	}
	// zrnt's common.ProcessSlots loop (without the fork upgrade hook)
	ctx := context.Background()
	for slot := target - 5; slot < target; slot++ {
		if err := zcommon.ProcessSlot(ctx, z.Spec, z.View); err != nil {
			t.Fatal(err)
		}
		end := (slot+1)%uint64(z.Spec.SLOTS_PER_EPOCH) == 0
		if end {
			if err := z.View.ProcessEpoch(ctx, z.Spec, z.EPC); err != nil {
				t.Fatal(err)
			}
		}
		if err := z.View.SetSlot(zcommon.Slot(slot + 1)); err != nil {
			t.Fatal(err)
		}
		if end {
			if err := z.EPC.RotateEpochs(z.View); err != nil {
				t.Fatal(err)
			}
		}
	}
	got, err := st.Encode()
	if err != nil {
		t.Fatal(err)
	}
	want := zrntBytes(t, z)
	if !bytes.Equal(got, want) {
		n := 0
		for n < len(got) && n < len(want) && got[n] == want[n] {
			n++
		}
		t.Fatalf("post state differs from zrnt's at byte %d of %d/%d", n, len(got), len(want))
	}
}

func TestForkOf(t *testing.T) {
	sp := spec.MustLoad("mainnet", spec.Electra)
	b := make([]byte, 100)
	copy(b[52:], sp.ElectraForkVersion[:])
	if f, err := ForkOf(b, sp); err != nil || f != spec.Electra {
		t.Fatal(f, err)
	}
	copy(b[52:], []byte{9, 9, 9, 9})
	if _, err := ForkOf(b, sp); err == nil {
		t.Fatal("unknown version accepted")
	}
	if _, err := Decode(b[:10]); err == nil {
		t.Fatal("short input accepted")
	}
}

// Electra: export, import, export again gives the same bytes and fields,
// including the pending queues and churn fields.
func TestElectraRoundTrip(t *testing.T) {
	sp := spec.MustLoad("mainnet", spec.Electra)
	s := sim.NewSynthetic(sp, sim.SyntheticConfig{Validators: 300, Epoch: 400000, Seed: 2, ParticipationPerMille: 800})
	s.PendingDeposits = []sim.PendingDeposit{{Pubkey: s.Pubkeys[3], Amount: 5e9, Slot: 17}}
	s.PendingPartialWithdrawals = []sim.PendingPartialWithdrawal{{ValidatorIndex: 4, Amount: 1e9, WithdrawableEpoch: 400300}}
	s.PendingConsolidations = []sim.PendingConsolidation{{SourceIndex: 5, TargetIndex: 6}}
	s.EarliestExitEpoch, s.ExitBalanceToConsume, s.DepositBalanceToConsume = 400010, 3e9, 7e9
	s.Credentials[9][0] = 2
	// sync committees: keep the synthetic indices, give them a placeholder aggregate
	if _, err := FromSim(s); err == nil {
		t.Fatal("synthetic pubkeys are not curve points: aggregation must fail")
	}
	st := &State{Sim: s, Fork: spec.Electra}
	st.curIdx, st.nextIdx = s.CurrentSyncCommittee, s.NextSyncCommittee
	if _, err := FromSimWith(st); err != nil {
		t.Fatal(err)
	}
	b1, err := st.Encode()
	if err != nil {
		t.Fatal(err)
	}
	st2, err := Decode(b1)
	if err != nil {
		t.Fatal(err)
	}
	if st2.Fork != spec.Electra || st2.Sim.NumValidators() != 300 || st2.Sim.EarliestExitEpoch != 400010 ||
		len(st2.Sim.PendingDeposits) != 1 || st2.Sim.PendingDeposits[0].Amount != 5e9 ||
		st2.Sim.PendingConsolidations[0].TargetIndex != 6 || st2.Sim.Credentials[9][0] != 2 {
		t.Fatal("fields lost in the round trip")
	}
	b2, err := st2.Encode()
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(b1, b2) {
		t.Fatal("second encoding differs")
	}
	// and a transition over an epoch boundary runs (Electra rules)
	if err := st2.ProcessSlots(st2.Sim.Slot + 2); err != nil {
		t.Fatal(err)
	}
}
