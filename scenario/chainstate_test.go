package scenario

import (
	"encoding/hex"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stakepool/stakepool/beacon/sim"
	"github.com/stakepool/stakepool/beacon/spec"
	"github.com/stakepool/stakepool/beacon/sszstate"
)

// stateFile writes an SSZ BeaconState of n validators at epoch 300,000
// (mainnet-like: the pool's first report sees years since slot 0), their
// withdrawal addresses spread over four operators; edit changes it first.
func writeState(t *testing.T, n int, edit func(s *sim.State)) string {
	t.Helper()
	sp := spec.MustLoad("mainnet", spec.Electra)
	s := sim.NewSynthetic(sp, sim.SyntheticConfig{Validators: n, Epoch: 300_000, Seed: 4, ParticipationPerMille: 1000, Operators: 4, CurvePubkeys: true})
	if edit != nil {
		edit(s)
	}
	st, err := sszstate.FromSim(s)
	if err != nil {
		t.Fatal(err)
	}
	b, err := st.Encode()
	if err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(t.TempDir(), "state.ssz")
	if err := os.WriteFile(path, b, 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

func operatorHex(k int) string {
	a := sim.OperatorAddress(k)
	return "0x" + hex.EncodeToString(a[:])
}

// TestStartFromState: a pool defined by a withdrawal address adopts the
// state's validators with it (not those exited), its oracle reports on
// them from the first frame (their real balances), and the rest of the
// registry is the background.
func TestStartFromState(t *testing.T) {
	path := writeState(t, 2000, func(s *sim.State) {
		s.ExitEpoch[1], s.WithdrawableEpoch[1] = 299_000, 299_256 // operator 1's, exited
	})
	r := testRunner(t, "state.yaml", `
name: from-state
duration: 1d
chain: {state: `+path+`, duties: sampled, el_reward_per_block: 0.04eth}
pools:
  - name: p
    withdrawal_credentials: [`+operatorHex(1)+`]
    reserve: 2%
    operators: {count: 3}
    oracle: {frame_epochs: 75}
agents:
  arrivals: {per_day: 20}
`)
	p := r.w.pools[0]
	if len(p.idx) != 499 || p.st.DepositedValidators() != 499 {
		t.Fatalf("pool adopted %d validators (%d deposited), want operator 1's 500 but the exited one", len(p.idx), p.st.DepositedValidators())
	}
	r.w.Chain(func(s *sim.State) {
		for _, i := range p.idx {
			if [20]byte(s.Credentials[i][12:]) != p.vault || s.Credentials[i][0] != 1 {
				t.Fatalf("validator %d withdraws to %x", i, s.Credentials[i])
			}
		}
		if a := sim.OperatorAddress(1); [20]byte(s.Credentials[1][12:]) != a {
			t.Error("the exited validator was taken")
		}
	})
	if n := len(r.w.background()); n != 1501 {
		t.Errorf("background of %d validators, want 1501", n)
	}
	for range 4 {
		if err := r.step(); err != nil {
			t.Fatal(err)
		}
	}
	// arrivals' deposits go to the chain as new validators of the pool
	if p.st.ReportCount() == 0 || p.reportsRejected != 0 || p.st.BeaconValidators() <= 499 || int(p.st.BeaconValidators()) != len(p.idx) {
		t.Fatalf("%d reports applied, %d rejected (%s), %d validators seen, %d on the chain", p.st.ReportCount(), p.reportsRejected, p.lastReject, p.st.BeaconValidators(), len(p.idx))
	}
	// the validators' balances above 32 ETH became rewards at the first
	// report: a rate a little above 1
	if rate := shareRate(p.st); rate <= 1 || rate > 1.01 {
		t.Errorf("share rate %.6f after the first reports", rate)
	}
}

// TestStateErrors: chain.state and withdrawal_credentials go together;
// credentials are 32 bytes or an address; a pool adopts no validator above
// 32 ETH.
func TestStateErrors(t *testing.T) {
	for _, c := range []struct{ yaml, want string }{
		{"duration: 1d\nchain: {total_stake: 100000eth}\npools:\n  - {name: p, withdrawal_credentials: ['0x01']}\n", "s.yaml:4: pools[0].withdrawal_credentials: only with chain.state"},
		{"duration: 1d\nchain: {state: nowhere.ssz}\npools:\n  - {name: p, withdrawal_credentials: ['0x0102']}\n", `s.yaml:4: pools[0].withdrawal_credentials[0]: "0x0102": want 32 bytes`},
		{"duration: 1d\nchain: {state: nowhere.ssz}\npools:\n  - {name: p}\n", "s.yaml:2: chain.state: cannot read nowhere.ssz"},
		{"duration: 1d\nchain: {state: x.ssz, total_stake: 1000eth}\n", "s.yaml:2: chain.state: the state holds the chain's stake"},
	} {
		_, err := Parse("s.yaml", []byte(c.yaml))
		if err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("got %v, want %q", err, c.want)
		}
	}
	path := writeState(t, 64, func(s *sim.State) {
		s.Credentials[2][0] = spec.CompoundingWithdrawalPrefix
		s.Balances[2], s.EffInc[2] = 64e9, 64
	})
	sc := mustParse(t, "s.yaml", "duration: 1d\nchain: {state: "+path+"}\npools:\n  - {name: p, withdrawal_credentials: ["+operatorHex(2)+"]}\n")
	if _, err := Run(sc, Options{}); err == nil || !strings.Contains(err.Error(), "a pool adopts validators of at most 32 ETH") {
		t.Errorf("adopting a 64-ETH validator: %v", err)
	}
}
