package oracle_test

import (
	"testing"

	"github.com/stakepool/stakepool/beacon/sim"
	"github.com/stakepool/stakepool/oracle"
	"github.com/stakepool/stakepool/protocol"
	pt "github.com/stakepool/stakepool/protocol/protocoltest"
	"github.com/stakepool/stakepool/units"
)

// TestScorecards: operator 1's validators attest 30% of the time, operator
// 0's always; after reports, operator 1's scorecard shows missed
// attestations and operator 0's none. Two members computing the report at
// a reference slot (fresh key indices) get the same hash, with the stats.
func TestScorecards(t *testing.T) {
	var ss *sim.State
	low := map[[48]byte]bool{}
	b := sim.Behaviour{ParticipationOf: func(i int) int {
		if ss != nil && low[ss.Pubkeys[i]] {
			return 300
		}
		return 1000
	}}
	p := newPool(t, poolConfig{Others: 256, Operators: 2, KeysPerOp: 8, Accounts: 2, EpochsPerFrame: 4, Seed: 5, Behaviour: b,
		Params: func(pp *protocol.Params) { pp.AppearedEthPerDay = 1 << 30; pp.ReserveTargetBP = 0 }})
	p.chain.With(func(s *sim.State) { ss = s })
	for k := range 8 {
		low[pt.Key(1, uint32(k), p.st.WithdrawalCredentials()).Pubkey] = true
	}
	p.do(pt.Addr(1), protocol.Command{Kind: protocol.CmdSubmit, Amount: *units.Ether(16 * 32)})
	p.run(24 * 32)
	if len(p.merrs) > 0 {
		t.Fatal(p.merrs[0])
	}
	if p.st.BeaconValidators() != 16 {
		t.Fatalf("%d validators seen", p.st.BeaconValidators())
	}
	ops := p.st.OperatorStates()
	t.Logf("scorecards: %+v / %+v", ops[0], ops[1])
	if ops[1].MissedAttestations == 0 || ops[0].MissedAttestations != 0 {
		t.Fatalf("missed attestations: operator 0 %d, operator 1 %d", ops[0].MissedAttestations, ops[1].MissedAttestations)
	}

	// The next reference slot: two members agree, and the report carries
	// operator 1's misses since the last report only.
	frame := int(p.st.Params().EpochsPerFrame * 32)
	p.run(frame - int(p.st.Block()%uint64(frame)) - 1)
	snap, err := oracle.ReadSnapshot(p.ctx, p.chain, p.st.WithdrawalCredentials())
	if err != nil {
		t.Fatal(err)
	}
	if len(snap.Duties) != len(snap.Validators) {
		t.Fatalf("%d duty counts for %d validators", len(snap.Duties), len(snap.Validators))
	}
	var total uint64
	for _, d := range snap.Duties {
		total += d.MissedAttestations
	}
	var k1, k2 oracle.KeyIndex
	r1, _, err1 := oracle.Compute(p.st, &k1, oracle.MainnetConfig(), uint64(snap.Slot), snap)
	snap2, err := oracle.ReadSnapshot(p.ctx, p.chain, p.st.WithdrawalCredentials())
	if err != nil {
		t.Fatal(err)
	}
	r2, _, err2 := oracle.Compute(p.st, &k2, oracle.MainnetConfig(), uint64(snap2.Slot), snap2)
	if err1 != nil || err2 != nil {
		t.Fatal(err1, err2)
	}
	if r1.Hash() != r2.Hash() {
		t.Fatalf("members disagree: %+v / %+v", r1.Stats, r2.Stats)
	}
	if len(r1.Stats) != 1 || r1.Stats[0].Operator != 1 || r1.Stats[0].MissedAttestations == 0 {
		t.Fatalf("stats %+v", r1.Stats)
	}
	ops = p.st.OperatorStates()
	if got := ops[1].MissedAttestations + r1.Stats[0].MissedAttestations; got != total {
		t.Fatalf("scorecard %d + report %d != chain's %d", ops[1].MissedAttestations, r1.Stats[0].MissedAttestations, total)
	}
	p.run(1) // the members submit it
	if after := p.st.OperatorStates()[1].MissedAttestations; after != total {
		t.Fatalf("scorecard after the report: %d, chain %d", after, total)
	}
}
