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

// TestExitRule: a withdrawal the buffer cannot cover makes the report ask
// for exits: one validator at a time from the operator with the most
// exitable validators (ties to the lowest id), its oldest key first, until
// the shortfall is covered. Members computing with a fresh or a long-lived
// key index agree on the hash.
func TestExitRule(t *testing.T) {
	p := newPool(t, poolConfig{Others: 256, Operators: 3, KeysPerOp: 10, Accounts: 3, EpochsPerFrame: 4, Seed: 9,
		Params: func(pp *protocol.Params) { pp.AppearedEthPerDay = 1 << 30; pp.ReserveTargetBP = 0 }})
	p.do(pt.Addr(1), protocol.Command{Kind: protocol.CmdSubmit, Amount: *units.Ether(320)})
	p.run(20 * 32)
	if p.st.BeaconValidators() != 10 {
		t.Fatalf("%d validators seen", p.st.BeaconValidators())
	}
	// Ask for 200 stETH: about 6 validators' worth beyond the buffer.
	amounts := []uint256.Int{*units.Ether(100), *units.Ether(100)}
	p.do(pt.Addr(1), protocol.Command{Kind: protocol.CmdRequestWithdrawals, Amounts: amounts})
	frame := int(p.st.Params().EpochsPerFrame * 32)
	p.run(frame - int(p.st.Block()%uint64(frame)) - 1) // the head is now a reference slot
	snap, err := oracle.ReadSnapshot(p.ctx, p.chain, p.st.WithdrawalCredentials())
	if err != nil {
		t.Fatal(err)
	}
	ref := uint64(snap.Slot)
	cfg := oracle.Config{ShardCommitteePeriod: 0} // the validators are young; let them exit
	var keys oracle.KeyIndex
	r, det, err := oracle.Compute(p.st, &keys, cfg, ref, snap)
	if err != nil {
		t.Fatal(err)
	}
	// The greedy rule, by hand: active per operator in deposit order.
	active := make([]uint64, p.st.OperatorCount())
	for _, v := range snap.Validators {
		if v.ExitEpoch == beacon.FarFutureEpoch {
			op, _, _ := keys.Lookup(protocol.Pubkey(v.Pubkey))
			active[op]++
		}
	}
	want := make([]uint64, len(active))
	missing := det.Missing
	for !missing.IsZero() {
		best := 0
		for i := range active {
			if active[i] > active[best] {
				best = i
			}
		}
		active[best]--
		want[best]++
		if missing.Lt(units.Ether(32)) {
			break
		}
		missing.Sub(&missing, units.Ether(32))
	}
	got := make([]uint64, len(active))
	for _, e := range r.ExitRequests {
		got[e.Operator] = e.Count
	}
	t.Logf("need %s, have %s, missing %s: exits %v", fmtETH(&det.Need), fmtETH(&det.Have), fmtETH(&det.Missing), got)
	var total uint64
	for i := range want {
		total += got[i]
		if got[i] != want[i] {
			t.Fatalf("exit requests %v, want %v", got, want)
		}
	}
	if total == 0 {
		t.Fatal("no exits asked")
	}
	var fresh oracle.KeyIndex
	r2, _, err := oracle.Compute(p.st, &fresh, cfg, ref, snap)
	if err != nil || r2.Hash() != r.Hash() {
		t.Fatalf("a member with a fresh key index disagrees: %v", err)
	}
}

// TestElectra: the same pool on an Electra chain, where deposits wait in
// pending_deposits (finality, balance churn) before the validators exist:
// the pool counts them in flight meanwhile; the oracle then sees them and
// rewards flow.
func TestElectra(t *testing.T) {
	p := newPool(t, poolConfig{Others: 256, Operators: 2, KeysPerOp: 10, Accounts: 3, EpochsPerFrame: 4, Seed: 2, Electra: true,
		Params: func(pp *protocol.Params) { pp.AppearedEthPerDay = 1 << 30; pp.ReserveTargetBP = 0 }})
	p.do(pt.Addr(1), protocol.Command{Kind: protocol.CmdSubmit, Amount: *units.Ether(320)})
	before := *p.st.TotalPooledEther()
	p.run(30 * 32)
	if len(p.merrs) > 0 {
		t.Fatal(p.merrs[0])
	}
	if p.st.BeaconValidators() != 10 {
		t.Fatalf("the oracle sees %d of 10 validators", p.st.BeaconValidators())
	}
	if !p.st.TotalPooledEther().Gt(&before) {
		t.Fatalf("no rewards: pooled %s → %s", fmtETH(&before), fmtETH(p.st.TotalPooledEther()))
	}
	t.Logf("pooled %s → %s ETH after 30 epochs", fmtETH(&before), fmtETH(p.st.TotalPooledEther()))
}

// TestExitRuleTargetLimits (Lido's target validator limits in the exit
// order): an operator over a forced target is asked first, then one over a
// soft target, before the operator with the most validators; without
// demand only the forced excess is asked.
func TestExitRuleTargetLimits(t *testing.T) {
	p := newPool(t, poolConfig{Others: 256, Operators: 3, KeysPerOp: 10, Accounts: 3, EpochsPerFrame: 4, Seed: 9,
		Params: func(pp *protocol.Params) { pp.AppearedEthPerDay = 1 << 30; pp.ReserveTargetBP = 0 }})
	p.do(pt.Addr(1), protocol.Command{Kind: protocol.CmdSubmit, Amount: *units.Ether(320)})
	p.run(20 * 32)
	// A, B, C have 4, 3, 3 validators; B is 1 over a forced target of 2,
	// C 2 over a soft target of 1.
	p.gov(protocol.Action{Kind: protocol.ActSetTargetLimit, Operator: 1, Mode: 2, Limit: 2})
	p.gov(protocol.Action{Kind: protocol.ActSetTargetLimit, Operator: 2, Mode: 1, Limit: 1})
	frame := int(p.st.SlotsPerFrame())
	p.run(frame - int(p.st.Block()%uint64(frame)) - 1) // the head is a reference slot
	snap, err := oracle.ReadSnapshot(p.ctx, p.chain, p.st.WithdrawalCredentials())
	if err != nil {
		t.Fatal(err)
	}
	compute := func() *protocol.OracleReport {
		var keys oracle.KeyIndex
		r, _, err := oracle.Compute(p.st, &keys, oracle.Config{}, uint64(snap.Slot), snap)
		if err != nil {
			t.Fatal(err)
		}
		return r
	}
	exits := func(r *protocol.OracleReport) [3]uint64 {
		var got [3]uint64
		for _, e := range r.ExitRequests {
			got[e.Operator] = e.Count
		}
		return got
	}
	// No withdrawals: only B's forced excess.
	if got := exits(compute()); got != [3]uint64{0, 1, 0} {
		t.Fatalf("without demand: exits %v, want B's forced excess only", got)
	}
	// Two validators' worth missing: B (forced), then C (soft), not A.
	p.do(pt.Addr(1), protocol.Command{Kind: protocol.CmdRequestWithdrawals, Amounts: []uint256.Int{*units.Ether(60)}})
	if got := exits(compute()); got != [3]uint64{0, 1, 1} {
		t.Fatalf("with demand: exits %v, want B then C", got)
	}
}
