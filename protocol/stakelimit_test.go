package protocol_test

import (
	"testing"

	"github.com/holiman/uint256"

	"github.com/stakepool/stakepool/protocol"
	pt "github.com/stakepool/stakepool/protocol/protocoltest"
)

// TestStakeLimitAsLido: the staking limit's arithmetic is Lido's
// StakeLimitUtils — the refill per block is ⌊max / ⌊max / increase⌋⌋, a
// new limit keeps what was left at the last stake (not the refilled level)
// and restarts the refill, resuming restarts it too, and setStakingLimit's
// four checks refuse the same inputs. Each row: a limit set at a fresh
// pool, stakes and blocks, the limit expected.
func TestStakeLimitAsLido(t *testing.T) {
	e18 := func(s string) uint256.Int { return amt(s) }
	type step struct {
		stake  string // ETH staked in this block, "" for none
		blocks int    // then this many blocks pass
		gov    *protocol.Action
	}
	cases := []struct {
		name     string
		max, inc uint256.Int
		steps    []step
		want     uint256.Int
	}{
		// Mainnet: 150,000 ETH refilled over 7,200 blocks (LIP-14 vote
		// scripts: increase = daily limit / (86400 / 12)); the growth
		// blocks are 7,200 and the refill 20.833333333333333333 ETH.
		{"mainnet, one block after draining", e18("150000"), weiOf("20833333333333333333"),
			[]step{{stake: "150000", blocks: 1}}, weiOf("20833333333333333333")},
		{"mainnet, a day after draining", e18("150000"), weiOf("20833333333333333333"),
			[]step{{stake: "150000", blocks: 7200}}, weiOf("149999999999999999997600")},
		// 100 ETH by 30 ETH a block: ⌊100/30⌋ = 3 growth blocks, so the
		// refill is ⌊100/3⌋ = 33.333… ETH, not 30.
		{"refill rounded to whole growth blocks", e18("100"), e18("30"),
			[]step{{stake: "100", blocks: 1}}, weiOf("33333333333333333333")},
		// Raising the limit keeps what was left at the last stake (0) and
		// restarts the refill: 3 blocks of refill are dropped.
		{"a new limit restarts the refill", e18("100"), e18("10"),
			[]step{{stake: "100", blocks: 3, gov: &protocol.Action{Kind: protocol.ActSetStakingLimit, Value: e18("200"), Value2: e18("10")}}},
			e18("0")},
		// Lowering it below what was left resets to the new max.
		{"a lower limit resets the bucket", e18("100"), e18("10"),
			[]step{{stake: "10", blocks: 0, gov: &protocol.Action{Kind: protocol.ActSetStakingLimit, Value: e18("50"), Value2: e18("10")}}},
			e18("50")},
		// Pausing and resuming keeps what was left at the last stake and
		// restarts the refill at the resume.
		{"resume restarts the refill", e18("100"), e18("10"),
			[]step{{stake: "100", blocks: 5, gov: &protocol.Action{Kind: protocol.ActPauseStaking}},
				{blocks: 5, gov: &protocol.Action{Kind: protocol.ActResumeStaking}}},
			e18("0")},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			h := newHarness(t, 3)
			h.gov(protocol.Action{Kind: protocol.ActSetStakingLimit, Value: c.max, Value2: c.inc})
			for _, st := range c.steps {
				if st.stake != "" {
					h.do(alice, protocol.Command{Kind: protocol.CmdSubmit, Amount: e18(st.stake)})
				}
				for i := 0; i < st.blocks; i++ {
					h.next()
				}
				if st.gov != nil {
					h.govNow(*st.gov)
				}
			}
			if got := h.s.CurrentStakeLimit(); !got.Eq(&c.want) {
				t.Fatalf("limit %s, want %s", got.Dec(), c.want.Dec())
			}
		})
	}
}

// TestStakeLimitChecksAsLido: setStakingLimit's checks — ZERO_MAX is the
// removal here, TOO_LARGE_MAX_STAKE_LIMIT above 2^96 − 1,
// TOO_LARGE_LIMIT_INCREASE above the max, TOO_SMALL_LIMIT_INCREASE when
// max / increase exceeds 2^32 − 1.
func TestStakeLimitChecksAsLido(t *testing.T) {
	two96 := new(uint256.Int).Lsh(uint256.NewInt(1), 96)
	cases := []struct {
		name     string
		max, inc uint256.Int
		ok       bool
	}{
		{"2^96 − 1", *new(uint256.Int).SubUint64(two96, 1), *new(uint256.Int).Lsh(uint256.NewInt(1), 70), true},
		{"2^96", *two96, *new(uint256.Int).Lsh(uint256.NewInt(1), 70), false},
		{"increase above the max", wei(10), wei(11), false},
		{"max / increase = 2^32 − 1", wei(1<<32 - 1), wei(1), true},
		{"max / increase = 2^32", wei(1 << 32), wei(1), false},
		{"no growth", wei(1 << 32), wei(0), true},
		{"removal", wei(0), wei(0), true},
	}
	for _, c := range cases {
		h := newHarness(t, 1)
		_, err := h.try(pt.Members[0], protocol.Command{Kind: protocol.CmdPropose, Action: protocol.Action{Kind: protocol.ActSetStakingLimit, Value: c.max, Value2: c.inc}})
		if ok := err == nil; ok != c.ok {
			t.Errorf("%s: accepted %v (%v), want %v", c.name, ok, err, c.ok)
		} else if !ok && protocol.CodeOf(err) != protocol.CodeInvalidParameter {
			t.Errorf("%s: %v", c.name, err)
		}
	}
}

func weiOf(s string) uint256.Int {
	v, err := uint256.FromDecimal(s)
	if err != nil {
		panic(err)
	}
	return *v
}
