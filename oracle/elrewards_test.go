package oracle_test

import (
	"testing"

	"github.com/holiman/uint256"

	"github.com/stakepool/stakepool/beacon"
	"github.com/stakepool/stakepool/oracle"
	"github.com/stakepool/stakepool/protocol"
	pt "github.com/stakepool/stakepool/protocol/protocoltest"
	"github.com/stakepool/stakepool/units"
)

func weiOf(t *testing.T, s string) uint256.Int {
	t.Helper()
	v, err := units.ParseAmount(s)
	if err != nil {
		t.Fatal(err)
	}
	return *v
}

// TestPaidElsewhere: the measure of a block, by hand.
func TestPaidElsewhere(t *testing.T) {
	vault := beacon.Address{0xe1}
	operator := beacon.Address{0x0b}
	builder := beacon.Address{0xb1}
	for _, tc := range []struct {
		name string
		b    oracle.ProposedBlock
		want string
	}{
		{"fee recipient is the vault", oracle.ProposedBlock{FeeRecipient: vault, Tips: weiOf(t, "0.05"), Payments: weiOf(t, "0.4")}, "0"},
		{"builder pays the vault last (MEV-Boost)", oracle.ProposedBlock{FeeRecipient: builder, Tips: weiOf(t, "0.02"), HasLast: true, LastTo: vault, LastValue: weiOf(t, "0.3")}, "0"},
		{"own fee recipient: tips and a builder's payment", oracle.ProposedBlock{FeeRecipient: operator, Tips: weiOf(t, "0.01"), Payments: weiOf(t, "0.5")}, "0.51"},
		{"builder pays the operator's own address", oracle.ProposedBlock{FeeRecipient: builder, Tips: weiOf(t, "0.02"), HasLast: true, LastTo: operator, LastValue: weiOf(t, "0.5")}, "0.5"},
		{"own fee recipient passing on less than it got", oracle.ProposedBlock{FeeRecipient: operator, Tips: weiOf(t, "0.3"), HasLast: true, LastTo: builder, LastValue: weiOf(t, "0.1")}, "0.3"},
		{"own fee recipient, empty block", oracle.ProposedBlock{FeeRecipient: operator}, "0"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := tc.b.PaidElsewhere(vault)
			if want := weiOf(t, tc.want); got != want {
				t.Fatalf("paid elsewhere %s, want %s ETH", units.FormatEther(&got), tc.want)
			}
		})
	}
}

// TestELRewardsLedger: blocks of the frame (from, to] only, summed by
// proposer; blocks that paid the vault count but add nothing.
func TestELRewardsLedger(t *testing.T) {
	vault, own := beacon.Address{0xe1}, beacon.Address{0x0b}
	l := oracle.NewELRewardsLedger(vault, 100, 132)
	add := func(slot beacon.Slot, proposer beacon.ValidatorIndex, fr beacon.Address, tips string) bool {
		return l.Add(&oracle.ProposedBlock{Slot: slot, Proposer: proposer, FeeRecipient: fr, Tips: weiOf(t, tips)})
	}
	if add(100, 7, own, "1") || add(133, 7, own, "1") {
		t.Fatal("a block outside the frame (100, 132] was counted")
	}
	add(101, 7, own, "0.25")
	add(132, 7, own, "0.5")
	add(110, 8, vault, "3")
	add(111, 9, own, "0.125")
	if got := l.PaidBy(7); got != weiOf(t, "0.75") {
		t.Fatalf("validator 7 paid elsewhere %s, want 0.75", units.FormatEther(&got))
	}
	if got := l.PaidBy(8); !got.IsZero() {
		t.Fatalf("validator 8 paid the vault, counted %s", units.FormatEther(&got))
	}
	if l.Blocks != 4 || l.Elsewhere != 3 {
		t.Fatalf("%d blocks, %d elsewhere; want 4, 3", l.Blocks, l.Elsewhere)
	}
}

// TestComputeELRewardsCharges: the report charges each operator what its
// validators' blocks paid elsewhere, summed, ascending by operator; a
// validator outside the pool is not charged to anyone.
func TestComputeELRewardsCharges(t *testing.T) {
	p := newPool(t, poolConfig{Others: 256, Operators: 3, KeysPerOp: 4, Accounts: 3, EpochsPerFrame: 4, Seed: 5,
		Params: func(pp *protocol.Params) { pp.AppearedEthPerDay = 1 << 30; pp.ReserveTargetBP = 0 }})
	p.do(pt.Addr(1), protocol.Command{Kind: protocol.CmdSubmit, Amount: *units.Ether(320)})
	p.run(20 * 32)
	frame := int(p.st.Params().EpochsPerFrame * 32)
	p.run(frame - int(p.st.Block()%uint64(frame)) - 1)
	snap, err := oracle.ReadSnapshot(p.ctx, p.chain, p.st.WithdrawalCredentials())
	if err != nil {
		t.Fatal(err)
	}
	ref := uint64(snap.Slot)
	var keys oracle.KeyIndex
	keys.Sync(oracle.StateView{State: p.st})
	// Two validators of one operator, one of another, and a stranger.
	byOp := map[protocol.OperatorID][]beacon.ValidatorIndex{}
	for _, v := range snap.Validators {
		op, _, ok := keys.Lookup(protocol.Pubkey(v.Pubkey))
		if ok {
			byOp[op] = append(byOp[op], v.Index)
		}
	}
	if len(byOp[0]) < 1 || len(byOp[2]) < 2 {
		t.Fatalf("validators by operator %v", byOp)
	}
	vault := beacon.Address(p.st.ELRewardsVault())
	own := beacon.Address{0x0b}
	l := oracle.NewELRewardsLedger(vault, beacon.Slot(ref-uint64(frame)), beacon.Slot(ref))
	blk := func(slot uint64, i beacon.ValidatorIndex, tips string) {
		l.Add(&oracle.ProposedBlock{Slot: beacon.Slot(slot), Proposer: i, FeeRecipient: own, Tips: weiOf(t, tips)})
	}
	blk(ref-5, byOp[2][0], "0.5")
	blk(ref-4, byOp[2][1], "0.25")
	blk(ref-3, byOp[0][0], "0.001")
	blk(ref-2, 3, "0.9") // not a pool validator
	l.Add(&oracle.ProposedBlock{Slot: beacon.Slot(ref - 1), Proposer: byOp[1][0], FeeRecipient: vault, Tips: weiOf(t, "2")})
	snap.ELRewards = l
	r, _, err := oracle.Compute(p.st, &keys, oracle.Config{}, ref, snap)
	if err != nil {
		t.Fatal(err)
	}
	want := []protocol.OperatorAmount{{Operator: 0, Amount: weiOf(t, "0.001")}, {Operator: 2, Amount: weiOf(t, "0.75")}}
	if len(r.ELRewardsCharges) != len(want) {
		t.Fatalf("charges %v, want %v", r.ELRewardsCharges, want)
	}
	for i := range want {
		if r.ELRewardsCharges[i] != want[i] {
			t.Fatalf("charge %d: %v, want %v", i, r.ELRewardsCharges[i], want[i])
		}
	}
}
