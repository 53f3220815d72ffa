package oracle_test

import (
	"errors"
	"testing"

	"github.com/stakepool/stakepool/oracle"
	"github.com/stakepool/stakepool/protocol"
	"github.com/stakepool/stakepool/units"
)

func smallPool(t *testing.T, seed uint64) *pool {
	p := newPool(t, poolConfig{Others: 512, Operators: 3, KeysPerOp: 10, Accounts: 100, EpochsPerFrame: 4, Seed: seed,
		Params: func(pp *protocol.Params) { pp.AppearedEthPerDay = 1 << 30 }})
	stakeAll(p, 100)
	return p
}

// TestMinorityLieChangesNothing: two of five members (the first to vote)
// report a balance 1 ETH too high every frame. Every applied report is the
// honest one, and the pool's numbers are exactly those of a run without
// liars.
func TestMinorityLieChangesNothing(t *testing.T) {
	honest := smallPool(t, 3)
	liars := smallPool(t, 3)
	for _, m := range liars.d.Members[:2] {
		m.Tamper = func(r *protocol.OracleReport) { r.Balance += units.Gwei(1e9) }
	}
	honest.run(days(0.5))
	liars.run(days(0.5))
	if len(honest.merrs)+len(liars.merrs) > 0 {
		t.Fatalf("member errors: %v %v", honest.merrs, liars.merrs)
	}
	a, b := honest.st.Reports(), liars.st.Reports()
	if len(a) != len(b) || len(a) < 10 {
		t.Fatalf("%d reports vs %d", len(a), len(b))
	}
	for i := range a {
		if a[i].Hash != b[i].Hash || !a[i].PostTotalEther.Eq(&b[i].PostTotalEther) || !a[i].PostTotalShare.Eq(&b[i].PostTotalShare) {
			t.Fatalf("report %d differs: %+v vs %+v", i, a[i], b[i])
		}
	}
	if !honest.st.TotalPooledEther().Eq(liars.st.TotalPooledEther()) || honest.st.BeaconBalance().Cmp(liars.st.BeaconBalance()) != 0 {
		t.Fatal("pools differ")
	}
	t.Logf("%d reports, identical with and without the two liars", len(a))
}

// TestQuorumBeyondSanityRejected: a quorum of three members agrees on a
// balance beyond a sanity limit; the submission is rejected with the
// limit's code, the state does not change, and honest reports resume once
// the quorum is honest again.
func TestQuorumBeyondSanityRejected(t *testing.T) {
	for _, c := range []struct {
		name   string
		tamper func(r *protocol.OracleReport)
		code   protocol.Code
	}{
		{"increase", func(r *protocol.OracleReport) { r.Balance += r.Balance / 10 }, protocol.CodeSanityIncrease},
		{"decrease", func(r *protocol.OracleReport) { r.Balance -= r.Balance / 10 }, protocol.CodeSanityDecrease},
		{"vault", func(r *protocol.OracleReport) { r.WithdrawalVault.Add(&r.WithdrawalVault, units.Ether(1)) }, protocol.CodeSanityVault},
	} {
		t.Run(c.name, func(t *testing.T) {
			p := smallPool(t, 4)
			p.run(days(0.2))
			n := p.st.ReportCount()
			if n < 3 {
				t.Fatalf("%d reports", n)
			}
			for _, m := range p.d.Members[:3] {
				m.Tamper = c.tamper
			}
			var codes []protocol.Code
			p.d.OnMemberError = func(m *oracle.Member, err error) { codes = append(codes, codeOf(err)) }
			frame := int(p.st.SlotsPerFrame())
			// Run to the slot before the next frame, then through it.
			p.run(frame - int(p.st.Block()%uint64(frame)) - 1)
			p.run(1)
			if p.st.ReportCount() != n {
				t.Fatal("a report beyond the limit was applied")
			}
			if len(codes) == 0 || codes[0] != c.code {
				t.Fatalf("rejections %v, want %s", codes, c.code)
			}
			for _, m := range p.d.Members[:3] {
				m.Tamper = nil
			}
			p.run(2 * frame)
			if p.st.ReportCount() <= n {
				t.Fatal("honest reports did not resume")
			}
		})
	}
}

func codeOf(err error) protocol.Code {
	var e *protocol.Error
	if errors.As(err, &e) {
		return e.Code
	}
	return ""
}
