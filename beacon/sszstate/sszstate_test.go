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
