package oracle_test

import (
	"context"

	"github.com/holiman/uint256"

	"github.com/stakepool/stakepool/beacon/sim"
	"github.com/stakepool/stakepool/beacon/spec"
	"github.com/stakepool/stakepool/oracle"
	"github.com/stakepool/stakepool/protocol"
	pt "github.com/stakepool/stakepool/protocol/protocoltest"
	"github.com/stakepool/stakepool/units"
)

// poolConfig describes a pool on a simulated Deneb chain (mainnet preset:
// 32 slots per epoch, 12 s slots).
type poolConfig struct {
	Others         int    // validators on the chain not belonging to the pool
	Operators      int    // pool operators
	KeysPerOp      int    // keys uploaded per operator
	Accounts       int    // funded accounts Addr(1..Accounts)
	EpochsPerFrame uint64 // oracle frame
	Seed           uint64
	Electra        bool // the Electra fork instead of Deneb
	Behaviour      sim.Behaviour
	Params         func(p *protocol.Params)
}

// tb is what the helpers need of *testing.T and *rapid.T.
type tb interface {
	Helper()
	Fatal(args ...any)
	Fatalf(format string, args ...any)
	Logf(format string, args ...any)
}

type pool struct {
	t     tb
	ctx   context.Context
	d     *driver
	st    *protocol.State
	chain *sim.Chain
	merrs []error
}

func verifier() sim.VerifierFunc {
	return func(pk [48]byte, wc [32]byte, amt uint64, sig [96]byte) bool {
		return pt.Sign(pk, wc, amt) == protocol.Signature(sig)
	}
}

// newPool builds the chain, the protocol (operators added through
// governance, keys uploaded) and the driver with the five test oracle
// members.
func newPool(t tb, c poolConfig) *pool {
	t.Helper()
	fork := spec.Deneb
	if c.Electra {
		fork = spec.Electra
	}
	sp := spec.MustLoad("mainnet", fork)
	s := sim.NewSynthetic(sp, sim.SyntheticConfig{Validators: c.Others, Seed: c.Seed, ParticipationPerMille: 1000})
	s.Verifier = verifier()
	b := c.Behaviour
	b.Seed = c.Seed
	if b.ParticipationPerMille == 0 {
		b.ParticipationPerMille = 990
	}
	chain := sim.NewChain(s, b)
	g := pt.Genesis(c.Accounts)
	g.Params.EpochsPerFrame = c.EpochsPerFrame
	// A chain of a few thousand validators pays a far higher APR than
	// mainnet (base reward ∝ 1/√total stake): lift the increase limits.
	g.Params.AnnualIncreaseBP = 50 * protocol.BP
	g.Params.MaxPositiveRebase = 10_000_000 // 1% per report
	if c.Params != nil {
		c.Params(&g.Params)
	}
	st, err := protocol.NewState(g)
	if err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()
	var members []*oracle.Member
	for _, a := range pt.Oracles {
		m, err := oracle.NewMember(a, chain, oracle.MainnetConfig())
		if err != nil {
			t.Fatal(err)
		}
		members = append(members, m)
	}
	d, err := newDriver(ctx, st, chain, members)
	if err != nil {
		t.Fatal(err)
	}
	p := &pool{t: t, ctx: ctx, d: d, st: st, chain: chain}
	// Members' errors are domain outcomes here (a report the sanity limits
	// refuse waits for a later frame); tests look at them in p.merrs.
	d.OnMemberError = func(m *oracle.Member, err error) {
		if len(p.merrs) < 3 {
			t.Logf("slot %d: %v", st.Block(), err)
		}
		p.merrs = append(p.merrs, err)
	}
	p.step()
	for i := 0; i < c.Operators; i++ {
		id := protocol.OperatorID(st.OperatorCount())
		reward := pt.Addr(uint64(5001 + i))
		p.gov(protocol.Action{Kind: protocol.ActAddOperator, Name: string(rune('A' + i)), Address: reward})
		ks := make([]protocol.SigningKey, c.KeysPerOp)
		for k := range ks {
			ks[k] = pt.Key(uint32(id), uint32(k), st.WithdrawalCredentials())
		}
		p.do(reward, protocol.Command{Kind: protocol.CmdAddSigningKeys, Operator: id, Keys: ks})
		p.gov(protocol.Action{Kind: protocol.ActSetOperatorLimit, Operator: id, Limit: uint64(c.KeysPerOp)})
	}
	return p
}

func (p *pool) step() {
	p.t.Helper()
	if err := p.d.Step(p.ctx); err != nil {
		p.t.Fatal(err)
	}
}

func (p *pool) run(n int) {
	p.t.Helper()
	if err := p.d.Run(p.ctx, n); err != nil {
		p.t.Fatal(err)
	}
}

func (p *pool) do(from protocol.Address, c protocol.Command) []protocol.Event {
	p.t.Helper()
	ev, err := p.d.Do(from, c)
	if err != nil {
		p.t.Fatalf("%s by %s: %v", c.Kind, from, err)
	}
	return ev
}

func (p *pool) gov(a protocol.Action) {
	p.t.Helper()
	p.do(pt.Members[0], protocol.Command{Kind: protocol.CmdPropose, Action: a})
	id := protocol.ProposalID(p.st.ProposalCount())
	p.do(pt.Members[1], protocol.Command{Kind: protocol.CmdApproveProposal, Proposal: id})
	sps := p.st.Chain().SecondsPerSlot
	p.run(int((p.st.Params().TimelockSeconds + sps - 1) / sps))
	p.do(pt.Members[2], protocol.Command{Kind: protocol.CmdExecuteProposal, Proposal: id})
}

// poolValidators returns, straight from the simulator, the number of
// validators with the pool's credentials, their summed balance and what
// the chain credited to the vault (sweeps + proposer rewards), in gwei.
func (p *pool) chainFigures() (n uint64, balance, credited uint64) {
	wc := p.st.WithdrawalCredentials()
	p.chain.With(func(s *sim.State) {
		for i := range s.Credentials {
			if s.Credentials[i] == [32]byte(wc) {
				n++
				balance += s.Balances[i]
			}
		}
		w, f := s.Credited(p.st.Vault())
		credited = w + f
	})
	return
}

func ethInt(n uint64) uint256.Int { return *units.Ether(n) }

func gweiToWei(g uint64) *uint256.Int {
	return new(uint256.Int).Mul(uint256.NewInt(g), uint256.NewInt(1e9))
}

func absDiff(a, b *uint256.Int) *uint256.Int {
	if a.Gt(b) {
		return new(uint256.Int).Sub(a, b)
	}
	return new(uint256.Int).Sub(b, a)
}

// ppm is a/b in parts per million.
func ppm(a, b *uint256.Int) uint64 {
	if b.IsZero() {
		return 0
	}
	v := new(uint256.Int).Mul(a, uint256.NewInt(1_000_000))
	return v.Div(v, b).Uint64()
}

func days(d float64) int { return int(d * 7200) }

func fmtETH(v *uint256.Int) string { return units.FormatEther(v) }
