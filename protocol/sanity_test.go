package protocol_test

import (
	"testing"

	"github.com/holiman/uint256"

	"github.com/stakepool/stakepool/protocol"
)

// TestSanityChecksAsLido holds each report check to Lido's
// OracleReportSanityChecker arithmetic with its mainnet limits: the floors
// of the annual increase, a zero elapsed time counted as one hour, the
// appeared and exited ETH a day (57,600 ETH; a 0x01 validator weighs 32
// ETH, a 0x02 one 2,048), the 50-bp simulated share rate deviation.
func TestSanityChecksAsLido(t *testing.T) {
	type row struct {
		name string
		err  error
		ok   bool
	}
	e := func(s string) *uint256.Int { v := amt(s); return &v }
	w := func(s string) *uint256.Int { v := weiOf(s); return &v }
	rate := func(s string) *uint256.Int { return w(s) }
	day, hour := uint64(86400), uint64(3600)
	rows := []row{
		// 10%/yr on 320 ETH over a day allows 0.0877 ETH. An increase whose
		// annual rate is 1000.5 bp floors to 1000 and passes (Lido rounds
		// each division down); 1001 bp does not.
		{"annual: 1000.5 bp floors to 1000", protocol.CheckAnnualIncreaseForTest(e("320"), new(uint256.Int).Add(e("320"), w("87715068493150685")), day, 1000), true},
		{"annual: 1001 bp", protocol.CheckAnnualIncreaseForTest(e("320"), new(uint256.Int).Add(e("320"), w("87758904109589042")), day, 1000), false},
		// A zero elapsed time counts as one hour: 0.0003 ETH on 32 ETH is
		// 821 bp a year over an hour (2,956,500 bp over a second).
		{"annual: zero elapsed is an hour", protocol.CheckAnnualIncreaseForTest(e("32"), e("32.0003"), 0, 1000), true},
		{"annual: a pre balance of 0 counts as 1 gwei", protocol.CheckAnnualIncreaseForTest(e("0"), w("2000000000"), day, 1000), false},
		// 57,600 ETH a day is 1,800 deposits of 32 ETH.
		{"appeared: 1,800 in a day", protocol.CheckAppearedEthForTest(1800, day, 57_600), true},
		{"appeared: 1,801 in a day", protocol.CheckAppearedEthForTest(1801, day, 57_600), false},
		{"appeared: 75 in an hour", protocol.CheckAppearedEthForTest(75, hour, 57_600), true},
		{"appeared: 76 in an hour", protocol.CheckAppearedEthForTest(76, hour, 57_600), false},
		{"appeared: zero elapsed is an hour", protocol.CheckAppearedEthForTest(75, 0, 57_600), true},
		{"exited 0x01: 1,800 in a day", protocol.CheckExitedEthForTest(1800, 32, day, 57_600), true},
		{"exited 0x01: 1,801 in a day", protocol.CheckExitedEthForTest(1801, 32, day, 57_600), false},
		{"exited 0x02: 28 in a day (57,344 ETH)", protocol.CheckExitedEthForTest(28, 2048, day, 57_600), true},
		{"exited 0x02: 29 in a day (59,392 ETH)", protocol.CheckExitedEthForTest(29, 2048, day, 57_600), false},
		{"exited: zero elapsed is an hour", protocol.CheckExitedEthForTest(75, 32, 0, 57_600), true},
		// Applied rate 1 (1e27): a simulated 1.005 deviates 50 bp (passes),
		// 1.00501 floors to 50 bp (passes), 1.0051 is 51 bp.
		{"share rate: 50 bp", protocol.CheckSimulatedShareRateForTest(e("100"), e("100"), e("0"), e("0"), rate("1005000000000000000000000000"), 50), true},
		{"share rate: 50.1 bp floors to 50", protocol.CheckSimulatedShareRateForTest(e("100"), e("100"), e("0"), e("0"), rate("1005010000000000000000000000"), 50), true},
		{"share rate: 51 bp", protocol.CheckSimulatedShareRateForTest(e("100"), e("100"), e("0"), e("0"), rate("1005100000000000000000000000"), 50), false},
		{"share rate: below by 51 bp", protocol.CheckSimulatedShareRateForTest(e("100"), e("100"), e("0"), e("0"), rate("994900000000000000000000000"), 50), false},
		// Withdrawals are put back: 10 ETH locked and 10 shares burnt out
		// of 110/110 leave the rate at 1.
		{"share rate: withdrawals put back", protocol.CheckSimulatedShareRateForTest(e("100"), e("100"), e("10"), e("10"), rate("1000000000000000000000000000"), 0), true},
	}
	for _, r := range rows {
		if ok := r.err == nil; ok != r.ok {
			t.Errorf("%s: passes %v (%v), want %v", r.name, ok, r.err, r.ok)
		}
	}
}

// TestNegativeRebaseAsLIP23: the negative rebases of the last 18 days may
// total at most 8 PWei per validator not exited 18 days ago plus 101 PWei
// per validator not exited 54 days ago (mainnet's limits).
func TestNegativeRebaseAsLIP23(t *testing.T) {
	const day = 86400
	now := uint64(1_700_000_000)
	rec := func(daysAgo, exited uint64, neg string) protocol.RebaseRecordForTest {
		return protocol.RebaseRecordForTest{Time: now - daysAgo*day, Exited: exited, Negative: weiOf(neg)}
	}
	cases := []struct {
		name       string
		rs         []protocol.RebaseRecordForTest
		validators uint64
		sum, allow string
	}{
		// 10 validators, none exited: 10 × (0.008 + 0.101) = 1.09 ETH.
		{"one report", []protocol.RebaseRecordForTest{rec(0, 0, "1090000000000000000")}, 10, "1090000000000000000", "1090000000000000000"},
		// A negative rebase 19 days ago is outside the window.
		{"outside the window", []protocol.RebaseRecordForTest{rec(19, 0, "5000000000000000000"), rec(0, 0, "1")}, 10, "1", "1090000000000000000"},
		// Exactly 18 days ago is outside too (records newer than t − 18 d).
		{"18 days ago", []protocol.RebaseRecordForTest{rec(18, 0, "5000000000000000000"), rec(1, 0, "2")}, 10, "2", "1090000000000000000"},
		// 4 validators exited 18 days ago, 2 exited 54 days ago:
		// 0.008 × 6 + 0.101 × 8 = 0.856 ETH.
		{"exited earlier", []protocol.RebaseRecordForTest{rec(60, 2, "0"), rec(20, 4, "0"), rec(0, 6, "3")}, 10, "3", "856000000000000000"},
	}
	for _, c := range cases {
		sum, allow := protocol.NegativeRebaseForTest(c.rs, now, c.validators, 8, 101)
		if sum != weiOf(c.sum) || allow != weiOf(c.allow) {
			t.Errorf("%s: sum %s allowance %s, want %s and %s", c.name, sum.Dec(), allow.Dec(), c.sum, c.allow)
		}
	}
}

// TestSmoothenTokenRebase: the limiter's verdicts (Lido's
// smoothenTokenRebase, max positive rebase 0.075%) for a pool of 1,000 ETH
// and 1,000 shares: the consensus gain uses the room first, the withdrawal
// vault before the execution-rewards vault, burns fill what is left and
// withdrawals' ETH locked makes room for their shares.
func TestSmoothenTokenRebase(t *testing.T) {
	e := func(s string) *uint256.Int { v := amt(s); return &v }
	cases := []struct {
		name                                       string
		cl, postCL, wv, el, requested, lock, wqShr string
		want                                       [4]string // withdrawals, EL rewards, simulated burn, burn
	}{
		{"CL +0.5, EL 1: 0.25 of it fits", "320", "320.5", "0", "1", "0", "0", "0", [4]string{"0", "250000000000000000", "0", "0"}},
		{"CL −1, WV 2, EL 1: the withdrawal vault first", "320", "319", "2", "1", "0", "0", "0", [4]string{"1750000000000000000", "0", "0", "0"}},
		{"10 shares requested: 0.7494 burn", "320", "320", "0", "0", "10", "0", "0", [4]string{"0", "0", "749437921558830876", "749437921558830876"}},
		{"100 ETH finalized at rate 1: all its shares", "320", "320", "0", "0", "0", "100", "100", [4]string{"0", "0", "0", "100000000000000000000"}},
		{"5 cover + 100 finalized", "320", "320", "0", "0", "5", "100", "100", [4]string{"0", "0", "749437921558830876", "100674494129402947789"}},
	}
	for _, c := range cases {
		got := protocol.SmoothenForTest(750_000, e("1000"), e("1000"), e(c.cl), e(c.postCL), e(c.wv), e(c.el), e(c.requested), e(c.lock), e(c.wqShr))
		for i := range got {
			if got[i] != weiOf(c.want[i]) {
				t.Errorf("%s: %v, want %v", c.name, decs(got[:]), c.want)
				break
			}
		}
	}
}

func decs(v []uint256.Int) []string {
	out := make([]string, len(v))
	for i := range v {
		out[i] = v[i].Dec()
	}
	return out
}
