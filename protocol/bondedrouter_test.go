package protocol_test

import (
	"bytes"
	"testing"

	"github.com/holiman/uint256"

	"github.com/stakepool/stakepool/protocol"
	pt "github.com/stakepool/stakepool/protocol/protocoltest"
)

// Addresses of the bonded module's world.
var (
	bondedAddr   = pt.Addr(600)
	bondedRouter = pt.Addr(601)
	bondedGov    = pt.Addr(602)
)

// bondedGenesis is CSM's curve (2.4 ETH, then 1.3 ETH a validator), the
// module at 1,000 bp with fees 6% + 4%.
func bondedGenesis() *protocol.BondedGenesis {
	return &protocol.BondedGenesis{Address: bondedAddr, Router: bondedRouter, Governance: bondedGov,
		Params: protocol.BondedParams{Curve: []uint256.Int{milliETH(2400), milliETH(1300)}},
		Module: protocol.ModuleParams{Name: "bonded", ShareBP: 1000, ModuleFeeBP: 600, TreasuryFeeBP: 400}}
}

func milliETH(n uint64) uint256.Int {
	var z uint256.Int
	z.Mul(uint256.NewInt(n), uint256.NewInt(1e15))
	return z
}

// bondedPool is TestRouterFeeSplit's pool with module 2 the bonded module:
// module 1 (A, B: 20 keys each) at 9,000 bp; bob creates bonded operator
// 0 with 20 keys and a 27.1-ETH bond (the curve for 20: 2.4 + 19 × 1.3);
// alice stakes 612.9 ETH, so 640 ETH are pooled as in TestRouterFeeSplit
// (every stake at the rate 1).
func bondedPool(t *testing.T, edit ...func(*protocol.BondedGenesis)) (*harness, protocol.OperatorID) {
	t.Helper()
	g := pt.Genesis(5)
	g.Bonded = bondedGenesis()
	for _, e := range edit {
		e(g.Bonded)
	}
	s, err := protocol.NewState(g)
	if err != nil {
		t.Fatal(err)
	}
	if err := s.BeginBlock(1, g.Chain.SlotTime(1)); err != nil {
		t.Fatal(err)
	}
	h := &harness{t: t, s: s}
	h.addOperator("A", pt.Addr(501), 20, 20)
	h.addOperator("B", pt.Addr(502), 20, 20)
	h.gov(protocol.Action{Kind: protocol.ActSetParameter, Param: protocol.ParamReserveTargetBP, Value: wei(0)})
	h.gov(protocol.Action{Kind: protocol.ActSetParameter, Param: protocol.ParamAnnualIncreaseBP, Value: wei(100 * protocol.BP)})
	h.gov(protocol.Action{Kind: protocol.ActSetModule, Module: 1, Name: "curated", ShareBP: 9000})
	d := protocol.ModuleOperatorID(2, 0)
	h.do(bob, protocol.Command{Kind: protocol.CmdBondedCreate, Keys: bondedKeys(h, d, 0, 20), Amount: milliETH(27100)})
	h.do(alice, protocol.Command{Kind: protocol.CmdSubmit, Amount: milliETH(612900)})
	return h, d
}

func bondedKeys(h *harness, d protocol.OperatorID, first, n int) []protocol.SigningKey {
	ks := make([]protocol.SigningKey, n)
	for i := range ks {
		ks[i] = pt.Key(uint32(d), uint32(first+i), h.s.WithdrawalCredentials())
	}
	return ks
}

// TestRouterBondedModule: the bonded module as router module 2. The
// allocation gives it 2 of 20 deposits (module 1's 18 first, as
// TestRouterHookedModule); its part of the fee on a 1-ETH gain is
// TestRouterFeeSplit's module 2 figure to the wei, 5,991,587,474,684,530
// shares, minted to the module and credited to its one operator's bond
// (2 active validators: ⌊part × 10²⁷ / 2⌋ per validator, both back); the
// treasury's 38,945,318,585,449,448 as there; an exit reaches the module;
// an exit request and a scorecard are recorded by the module; an
// execution-reward charge of 0.5 ETH is burnt from the bond (shares
// ⌈0.5 ETH × S / P⌉ to the burner, no debt, nothing withheld from fees).
func TestRouterBondedModule(t *testing.T) {
	h, d := bondedPool(t)
	m, addr := h.s.BondedModule()
	if m == nil || addr != bondedAddr {
		t.Fatal("no bonded module")
	}
	op, _ := m.Operator(0)
	if op.Bond.Dec() != "27100000000000000000" || op.Depositable != 20 {
		t.Fatalf("operator 0: bond %s, depositable %d; want 27.1 ETH of shares, 20", op.Bond.Dec(), op.Depositable)
	}
	h.next()
	got := depositOrder(h, 20)
	if len(got) != 20 || got[18] != d || got[19] != d {
		t.Fatalf("deposit order %x, want module 1's 18 then D twice", got)
	}
	h.mustReport(protocol.OracleReport{Validators: 20, Balance: gwei(eth(640))})
	before, _ := m.Operator(0)
	h.mustReport(protocol.OracleReport{Validators: 20, Balance: gwei(eth(641))})
	after, _ := m.Operator(0)
	var gain uint256.Int
	gain.Sub(&after.Bond, &before.Bond)
	if gain.Dec() != "5991587474684530" {
		t.Fatalf("operator 0's bond gained %s shares, want 5991587474684530 (TestRouterFeeSplit's module 2)", gain.Dec())
	}
	if got := h.s.SharesOf(pt.Treasury).Dec(); got != "38945318585449448" {
		t.Fatalf("treasury %s, want 38945318585449448", got)
	}
	if got := m.HeldShares(); !got.Eq(h.s.SharesOf(bondedAddr)) {
		t.Fatalf("the module holds %s shares in the pool, its books say %s", h.s.SharesOf(bondedAddr).Dec(), got.Dec())
	}

	// An exit and a 0.5-ETH execution-reward charge on D.
	h.credit(pt.Vault, eth(32))
	burnerBefore := *h.s.SharesOf(pt.Burner)
	h.mustReport(protocol.OracleReport{Validators: 20, Balance: gwei(amt("609")), WithdrawalVault: eth(32),
		Exited:           []protocol.OperatorCount{{Operator: d, Count: 1}},
		ExitRequests:     []protocol.OperatorCount{{Operator: d, Count: 1}},
		Stats:            []protocol.OperatorStats{{Operator: d, MissedAttestations: 3}},
		ELRewardsCharges: []protocol.OperatorAmount{{Operator: d, Amount: milliETH(500)}}})
	o, _ := m.Operator(0)
	if o.Exited != 1 || !o.Debt.IsZero() {
		t.Fatalf("operator 0: exited %d, debt %s; want 1, 0", o.Exited, o.Debt.Dec())
	}
	// The exit request and the scorecard reach the module (review finding 4).
	if o.ExitRequested != 1 || o.MissedAttestations != 3 {
		t.Fatalf("operator 0: %d exit requests, %d missed attestations; want 1, 3", o.ExitRequested, o.MissedAttestations)
	}
	var burnt uint256.Int
	burnt.Sub(h.s.SharesOf(pt.Burner), &burnerBefore)
	// The charge in shares, rounded up, at the rate after the report.
	var due, rem uint256.Int
	p := h.s.TotalPooledEther()
	s := h.s.TotalShares()
	due.MulDivOverflow(uint256.NewInt(5e17), s, p)
	rem.MulMod(uint256.NewInt(5e17), s, p)
	if !rem.IsZero() {
		due.AddUint64(&due, 1)
	}
	if !burnt.Eq(&due) || burnt.IsZero() {
		t.Fatalf("the burner received %s shares, want the charge's %s", burnt.Dec(), due.Dec())
	}
	if !m.HeldShares().Eq(h.s.SharesOf(bondedAddr)) {
		t.Fatal("module's books and its pool balance differ after the charge")
	}
	// The snapshot carries the module.
	b, err := h.s.MarshalBinary()
	if err != nil {
		t.Fatal(err)
	}
	back, err := protocol.UnmarshalState(b)
	if err != nil {
		t.Fatal(err)
	}
	b2, _ := back.MarshalBinary()
	if !bytes.Equal(b, b2) || back.Root() != h.s.Root() {
		t.Fatal("a snapshot of the pool with its bonded module does not round-trip")
	}
}

// TestBondedChargeFromBond (attack: a bonded operator keeps MEV): the
// report charges bonded operator D 3 ETH; its bond (27.1 ETH for 20 keys)
// pays at once, burnt through the burner, and D's own next fee is not
// touched (the bond paid). With the bond charge removed (the charge a
// debt only, as a curated operator's) the burner gets nothing this report
// and this test FAILS.
func TestBondedChargeFromBond(t *testing.T) {
	h, d := bondedPool(t)
	h.next()
	depositOrder(h, 20)
	h.mustReport(protocol.OracleReport{Validators: 20, Balance: gwei(eth(640))})
	m, _ := h.s.BondedModule()
	before, _ := m.Operator(0)
	burner := *h.s.SharesOf(pt.Burner)
	h.mustReport(protocol.OracleReport{Validators: 20, Balance: gwei(eth(640)),
		ELRewardsCharges: []protocol.OperatorAmount{{Operator: d, Amount: milliETH(3000)}}})
	after, _ := m.Operator(0)
	var took, got uint256.Int
	took.Sub(&before.Bond, &after.Bond)
	got.Sub(h.s.SharesOf(pt.Burner), &burner)
	if got.Cmp(uint256.NewInt(3e18)) < 0 || !took.Eq(&got) || !after.Debt.IsZero() {
		t.Fatalf("a 3-ETH charge took %s shares from the bond, the burner got %s, debt %s: the bond must pay it", took.Dec(), got.Dec(), after.Debt.Dec())
	}
	// Beyond the bond: the rest is a debt and nothing is claimable.
	h.mustReport(protocol.OracleReport{Validators: 20, Balance: gwei(eth(640)),
		ELRewardsCharges: []protocol.OperatorAmount{{Operator: d, Amount: milliETH(30000)}}})
	o, _ := m.Operator(0)
	if !o.Bond.IsZero() || o.Debt.IsZero() {
		t.Fatalf("a 30-ETH charge on a %s-share bond: bond %s, debt %s", after.Bond.Dec(), o.Bond.Dec(), o.Debt.Dec())
	}
	if _, err := h.try(bob, protocol.Command{Kind: protocol.CmdBondedClaim, Operator: 0, Amount: *uint256.NewInt(1)}); !isCode(err, protocol.CodeBondLocked) {
		t.Fatalf("claim with a debt: %v, want BOND_LOCKED", err)
	}
}

// TestOneKeySetAcrossModules: a key the curated registry holds is refused
// by the bonded module, and a bonded key by the registry (DUPLICATE_KEY),
// changing nothing; a key removed from the registry may go to the bonded
// module.
func TestOneKeySetAcrossModules(t *testing.T) {
	h, d := bondedPool(t)
	a := h.s.Operators()[0]
	aKey := pt.Key(uint32(a.ID), 0, h.s.WithdrawalCredentials())
	root := h.s.Root()
	if _, err := h.try(bob, protocol.Command{Kind: protocol.CmdBondedAddKeys, Operator: 0, Keys: []protocol.SigningKey{aKey}, Amount: milliETH(1300)}); !isCode(err, protocol.CodeDuplicateKey) {
		t.Fatalf("a curated key uploaded to the bonded module: %v, want DUPLICATE_KEY", err)
	}
	if _, err := h.try(bob, protocol.Command{Kind: protocol.CmdBondedCreate, Keys: []protocol.SigningKey{bondedKeys(h, d, 20, 1)[0], aKey}, Amount: milliETH(2400)}); !isCode(err, protocol.CodeDuplicateKey) {
		t.Fatalf("a new bonded operator with a curated key: %v, want DUPLICATE_KEY", err)
	}
	dKey := bondedKeys(h, d, 0, 1)
	if _, err := h.try(pt.Addr(501), protocol.Command{Kind: protocol.CmdAddSigningKeys, Operator: a.ID, Keys: dKey}); !isCode(err, protocol.CodeDuplicateKey) {
		t.Fatalf("a bonded key uploaded to the registry: %v, want DUPLICATE_KEY", err)
	}
	if h.s.Root() != root {
		t.Fatal("a refused upload changed the state")
	}
	// A's last key, never deposited, removed: the bonded module may take it.
	last := pt.Key(uint32(a.ID), 19, h.s.WithdrawalCredentials())
	h.do(pt.Addr(501), protocol.Command{Kind: protocol.CmdRemoveSigningKeys, Operator: a.ID, Index: 19, Count: 1})
	h.do(bob, protocol.Command{Kind: protocol.CmdBondedAddKeys, Operator: 0, Keys: []protocol.SigningKey{last}, Amount: milliETH(1300)})
}
