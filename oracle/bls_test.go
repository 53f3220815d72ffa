package oracle_test

import (
	"bytes"
	"context"
	"testing"

	"github.com/stakepool/stakepool/beacon/sim"
	"github.com/stakepool/stakepool/beacon/spec"
	"github.com/stakepool/stakepool/keys"
	"github.com/stakepool/stakepool/oracle"
	"github.com/stakepool/stakepool/protocol"
	pt "github.com/stakepool/stakepool/protocol/protocoltest"
	"github.com/stakepool/stakepool/units"
)

// TestRealBLSDeposits: keys derived by EIP-2334 and deposits signed with
// real BLS (the guardians' check, keys.DepositVerifier, accepts them and
// refuses a tampered one) pass the simulator's deposit processing; the
// validators activate and the oracle sees them.
func TestRealBLSDeposits(t *testing.T) {
	ctx := context.Background()
	kv := keys.NewDepositVerifier(keys.Mainnet)
	sp := spec.MustLoad("mainnet", spec.Deneb)
	s := sim.NewSynthetic(sp, sim.SyntheticConfig{Validators: 256, Seed: 1, ParticipationPerMille: 1000})
	s.Verifier = sim.VerifierFunc(func(pk [48]byte, wc [32]byte, amt uint64, sig [96]byte) bool {
		return kv.VerifyDeposit(pk, wc, amt, sig) == nil
	})
	chain := sim.NewChain(s, sim.Behaviour{Seed: 1, ParticipationPerMille: 1000})
	g := pt.Genesis(2)
	g.Params.AppearedEthPerDay = 1 << 30
	g.Params.AnnualIncreaseBP = 50 * protocol.BP // a small chain pays a high APR
	st, err := protocol.NewState(g)
	if err != nil {
		t.Fatal(err)
	}
	var members []*oracle.Member
	for _, a := range pt.Oracles {
		m, _ := oracle.NewMember(a, chain, oracle.MainnetConfig())
		members = append(members, m)
	}
	d, err := newDriver(ctx, st, chain, members)
	if err != nil {
		t.Fatal(err)
	}
	p := &pool{t: t, ctx: ctx, d: d, st: st, chain: chain}
	p.step()
	reward := pt.Addr(5001)
	p.gov(protocol.Action{Kind: protocol.ActAddOperator, Name: "bls", Address: reward})
	seed := bytes.Repeat([]byte{0x42}, 32)
	var ks []protocol.SigningKey
	for i := uint32(0); i < 4; i++ {
		sk, err := keys.DeriveKey(seed, keys.SigningKeyPath(i))
		if err != nil {
			t.Fatal(err)
		}
		dd := keys.SignDeposit(sk, st.WithdrawalCredentials(), uint64(protocol.DepositSize), keys.Mainnet.GenesisForkVersion)
		ks = append(ks, protocol.SigningKey{Pubkey: protocol.Pubkey(dd.Pubkey), Signature: protocol.Signature(dd.Signature)})
	}
	for _, k := range ks {
		if err := kv.VerifyDeposit(k.Pubkey, st.WithdrawalCredentials(), uint64(protocol.DepositSize), k.Signature); err != nil {
			t.Fatalf("the guardians' check refuses a good key: %v", err)
		}
	}
	bad := ks[3]
	bad.Signature[5] ^= 1
	if kv.VerifyDeposit(bad.Pubkey, st.WithdrawalCredentials(), uint64(protocol.DepositSize), bad.Signature) == nil {
		t.Fatal("the guardians' check accepts a tampered signature")
	}
	p.do(reward, protocol.Command{Kind: protocol.CmdAddSigningKeys, Operator: 0, Keys: ks})
	p.gov(protocol.Action{Kind: protocol.ActSetOperatorLimit, Operator: 0, Limit: 4})
	p.gov(protocol.Action{Kind: protocol.ActSetParameter, Param: protocol.ParamReserveTargetBP, Value: *units.Ether(0)})
	p.do(pt.Addr(1), protocol.Command{Kind: protocol.CmdSubmit, Amount: *units.Ether(128)})
	p.run(40 * 32)
	if st.BeaconValidators() != 4 {
		t.Fatalf("the oracle sees %d validators", st.BeaconValidators())
	}
	active := 0
	chain.With(func(s *sim.State) {
		for i := range s.Credentials {
			if s.Credentials[i] == [32]byte(st.WithdrawalCredentials()) && s.IsActive(i, s.CurrentEpoch()) {
				active++
			}
		}
	})
	if active != 4 {
		t.Fatalf("%d of 4 real-BLS validators active", active)
	}
}
