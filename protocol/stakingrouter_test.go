package protocol_test

import (
	"errors"
	"slices"
	"testing"

	"github.com/holiman/uint256"

	"github.com/stakepool/stakepool/protocol"
	pt "github.com/stakepool/stakepool/protocol/protocoltest"
)

func TestModuleOperatorID(t *testing.T) {
	for _, c := range []struct {
		m    protocol.ModuleID
		k    uint64
		want protocol.OperatorID
	}{
		{1, 0, 0}, {1, 7, 7}, {1, protocol.MaxModuleOperators - 1, 0xFF_FFFF},
		{2, 0, 0x100_0000}, {2, 3, 0x100_0003}, {protocol.MaxModules, 5, 31<<24 | 5},
	} {
		got := protocol.ModuleOperatorID(c.m, c.k)
		if got != c.want {
			t.Errorf("ModuleOperatorID(%d, %d) = %#x, want %#x", c.m, c.k, got, c.want)
		}
		if m, k := protocol.SplitOperatorID(got); m != c.m || k != c.k {
			t.Errorf("SplitOperatorID(%#x) = %d, %d, want %d, %d", got, m, k, c.m, c.k)
		}
	}
}

func TestValidateModuleParams(t *testing.T) {
	ok := protocol.ModuleParams{Name: "simple-dvt", ShareBP: 1000, ModuleFeeBP: 600, TreasuryFeeBP: 400}
	for _, c := range []struct {
		name string
		edit func(p *protocol.ModuleParams)
		code protocol.Code
	}{
		{"valid", func(*protocol.ModuleParams) {}, ""},
		{"fees exactly 100%", func(p *protocol.ModuleParams) { p.ModuleFeeBP, p.TreasuryFeeBP = 6000, 4000 }, ""},
		{"fees 100.01%", func(p *protocol.ModuleParams) { p.ModuleFeeBP, p.TreasuryFeeBP = 6000, 4001 }, protocol.CodeModuleFees},
		{"module fee alone above 100%", func(p *protocol.ModuleParams) { p.ModuleFeeBP, p.TreasuryFeeBP = 10_001, 0 }, protocol.CodeModuleFees},
		{"share 100%", func(p *protocol.ModuleParams) { p.ShareBP = 10_000 }, ""},
		{"share above 100%", func(p *protocol.ModuleParams) { p.ShareBP = 10_001 }, protocol.CodeModuleShare},
		{"stopped", func(p *protocol.ModuleParams) { p.Status = protocol.ModuleStopped }, ""},
		{"unknown status", func(p *protocol.ModuleParams) { p.Status = 3 }, protocol.CodeModuleStatus},
		{"empty name", func(p *protocol.ModuleParams) { p.Name = "" }, protocol.CodeInvalidParameter},
	} {
		p := ok
		c.edit(&p)
		err := protocol.ValidateModuleParamsForTest(&p)
		var pe *protocol.Error
		switch {
		case c.code == "" && err != nil:
			t.Errorf("%s: refused: %v", c.name, err)
		case c.code != "" && (!errors.As(err, &pe) || pe.Code != c.code):
			t.Errorf("%s: got %v, want %s", c.name, err, c.code)
		}
	}
}

// twoModules is the brief's pool: module 1 (the curated registry) with
// operators A and B (20 keys each), target share 9,000 bp, fees 5% + 5%
// (the default FeeBP 1,000 split 50% operators, 40% treasury, 10%
// insurance); module 2, a second curated registry "simple-dvt" with
// operator D (20 keys), share 1,000 bp, fees 6% + 4%; 640 ETH staked.
func twoModules(t *testing.T) *harness {
	h := newHarness(t, 5)
	h.addOperator("A", pt.Addr(501), 20, 20)
	h.addOperator("B", pt.Addr(502), 20, 20)
	h.gov(protocol.Action{Kind: protocol.ActSetParameter, Param: protocol.ParamReserveTargetBP, Value: wei(0)})
	h.gov(protocol.Action{Kind: protocol.ActSetModule, Module: 1, Name: "curated", ShareBP: 9000})
	h.gov(protocol.Action{Kind: protocol.ActAddModule, Name: "simple-dvt", ShareBP: 1000, ModuleFeeBP: 600, TreasuryFeeBP: 400})
	h.gov(protocol.Action{Kind: protocol.ActAddModuleOperator, Module: 2, Name: "D", Address: pt.Addr(504)})
	d := protocol.ModuleOperatorID(2, 0)
	ks := make([]protocol.SigningKey, 20)
	for i := range ks {
		ks[i] = pt.Key(uint32(d), uint32(i), h.s.WithdrawalCredentials())
	}
	h.do(pt.Addr(504), protocol.Command{Kind: protocol.CmdAddSigningKeys, Operator: d, Keys: ks})
	h.gov(protocol.Action{Kind: protocol.ActSetOperatorLimit, Operator: d, Limit: 20})
	h.do(alice, protocol.Command{Kind: protocol.CmdSubmit, Amount: eth(640)})
	return h
}

// depositOrder makes one deposit call of n and returns the operators in order.
func depositOrder(h *harness, n uint64) []protocol.OperatorID {
	h.t.Helper()
	var out []protocol.OperatorID
	for _, e := range h.do(protocol.SystemSender, protocol.Command{Kind: protocol.CmdDeposit, Count: n}) {
		if e.Kind == protocol.EvDeposited {
			out = append(out, e.Operator)
		}
	}
	return out
}

// TestRouterAllocation: 20 deposits in one call against shares 90%/10%:
// capacities ⌊9000 × 20 / 10000⌋ = 18 and ⌊1000 × 20 / 10000⌋ = 2;
// min-first, ties to the lower id: module 1 (0 active, tie, lower id),
// module 2 (0), 1, 2 (now at its 2), then module 1 sixteen times — 18 and
// 2. The deposits are made module by module: module 1's 18, A and B
// alternating (fewest active, A on ties), then module 2's 2, both D's.
func TestRouterAllocation(t *testing.T) {
	const A, B = protocol.OperatorID(0), protocol.OperatorID(1)
	D := protocol.ModuleOperatorID(2, 0)
	var want []protocol.OperatorID
	for i := 0; i < 18; i++ {
		want = append(want, []protocol.OperatorID{A, B}[i%2])
	}
	want = append(want, D, D)
	h := twoModules(t)
	h.next()
	if got := depositOrder(h, 20); !slices.Equal(got, want) {
		t.Fatalf("deposit order %x, want %x", got, want)
	}
	ms := h.s.Modules()
	if len(ms) != 2 || ms[0].ModuleFeeBP != 500 || ms[0].TreasuryFeeBP != 500 || ms[1].ModuleFeeBP != 600 {
		t.Fatalf("modules %+v", ms)
	}
	// One deposit at a time from nothing: the first would be 100% of the
	// total, over both shares (⌊9000 × 1 / 10000⌋ = 0): nothing moves, as
	// in Lido.
	h2 := twoModules(t)
	h2.next()
	if got := depositOrder(h2, 1); len(got) != 0 {
		t.Fatalf("a lone first deposit went to %x", got)
	}
	// Module 2 with 1 key: 20 asked, module 1's 18 + its 1 = 19 placed;
	// counted against 19, module 1's cap is ⌊9000 × 19 / 10000⌋ = 17 and
	// module 2's ⌊1000 × 19 / 10000⌋ = 1: 18 placed; against 18: 16 + 1 =
	// 17; … down to the fixed point 10 = 9 + 1 (⌊0.9 × 10⌋ = 9), D's last.
	h3 := twoModules(t)
	h3.gov(protocol.Action{Kind: protocol.ActSetOperatorLimit, Operator: D, Limit: 1})
	h3.next()
	got := depositOrder(h3, 20)
	if len(got) != 10 || got[9] != D {
		t.Fatalf("deposit order %x, want 10 with D last", got)
	}
	// The deposit security module's call for one module: the whole call
	// allocated (2 of 20 to module 2), only module 2's part made; module 1's
	// 18 wait for its own call (577 ETH left: 18 chunks, against 20 active
	// its cap is 18). Module 3 does not exist.
	h4 := twoModules(t)
	h4.next()
	var ev []protocol.OperatorID
	for _, e := range h4.do(protocol.SystemSender, protocol.Command{Kind: protocol.CmdDepositModule, Count: 20, Index: 2}) {
		if e.Kind == protocol.EvDeposited {
			ev = append(ev, e.Operator)
		}
	}
	if !slices.Equal(ev, []protocol.OperatorID{D, D}) {
		t.Fatalf("module 2's call deposited to %x, want D twice", ev)
	}
	if _, err := h4.try(protocol.SystemSender, protocol.Command{Kind: protocol.CmdDepositModule, Count: 20, Index: 3}); !isCode(err, protocol.CodeUnknownModule) {
		t.Fatalf("a deposit for module 3: %v, want UNKNOWN_MODULE", err)
	}
	if got := depositOrder(h4, 20); len(got) != 18 || slices.Contains(got, D) {
		t.Fatalf("module 1's call after module 2's: %x, want 18 to A and B", got)
	}
	// Stopped and paused modules take no deposit.
	h.gov(protocol.Action{Kind: protocol.ActSetModule, Module: 2, Name: "simple-dvt", ShareBP: 1000, ModuleFeeBP: 600, TreasuryFeeBP: 400, Status: protocol.ModuleDepositsPaused})
	h.do(alice, protocol.Command{Kind: protocol.CmdSubmit, Amount: eth(320)})
	h.next()
	for _, op := range depositOrder(h, 10) {
		if m, _ := protocol.SplitOperatorID(op); m != 1 {
			t.Fatalf("a deposit went to paused module %d", m)
		}
	}
}

// TestRouterFeeSplit: after the 20 deposits (module 1: 18 active, module
// 2: 2), a 1-ETH consensus gain. Pooled 641 ETH, 641e18 shares; W = 20 ×
// 1,000 × 10⁴ (both modules charge 10% in all), A = 20: fee ⌊1e18 × W ×
// 641e18 / (642e18 × 10⁸ × 20 − 1e18 × W)⌋ = 99,859,791,244,742,171
// shares (0.1 ETH at the new rate). Module 1: ⌊fee × 18 × 500·10⁴ / W⌋ =
// 44,936,906,060,133,976, A and B half each (9 of its 18); module 2:
// ⌊fee × 2 × 600·10⁴ / W⌋ = 5,991,587,474,684,530, all D's; insurance
// ⌊fee × 1000 / 10000⌋ = 9,985,979,124,474,217; treasury the rest,
// 38,945,318,585,449,448.
func TestRouterFeeSplit(t *testing.T) {
	h := twoModules(t)
	h.next()
	depositOrder(h, 20)
	h.gov(protocol.Action{Kind: protocol.ActSetParameter, Param: protocol.ParamAnnualIncreaseBP, Value: wei(100 * protocol.BP)})
	h.mustReport(protocol.OracleReport{Validators: 20, Balance: gwei(eth(640))})
	h.mustReport(protocol.OracleReport{Validators: 20, Balance: gwei(eth(641))})
	rec, _ := h.s.LastReport()
	for _, c := range []struct {
		who  string
		got  *uint256.Int
		want string
	}{
		{"fee", &rec.FeeShares, "99859791244742171"},
		{"A", h.s.SharesOf(pt.Addr(501)), "22468453030066988"},
		{"B", h.s.SharesOf(pt.Addr(502)), "22468453030066988"},
		{"D", h.s.SharesOf(pt.Addr(504)), "5991587474684530"},
		{"insurance", h.s.SharesOf(pt.Insure), "9985979124474217"},
		{"treasury", h.s.SharesOf(pt.Treasury), "38945318585449448"},
	} {
		if c.got.Dec() != c.want {
			t.Errorf("%s: %s shares, want %s", c.who, c.got.Dec(), c.want)
		}
	}
}

func isCode(err error, c protocol.Code) bool {
	var pe *protocol.Error
	return errors.As(err, &pe) && pe.Code == c
}

// TestRouterSnapshot: a state with a second module (its operator, keys and
// deposits) and module 1 changed survives a snapshot round trip; a state
// without router changes has no router section, so its root is as before
// the router (the root goldens check that).
func TestRouterSnapshot(t *testing.T) {
	h := twoModules(t)
	h.next()
	depositOrder(h, 20)
	b, err := h.s.MarshalBinary()
	if err != nil {
		t.Fatal(err)
	}
	back, err := protocol.UnmarshalState(b)
	if err != nil {
		t.Fatal(err)
	}
	if back.Root() != h.s.Root() {
		t.Fatal("root changed over the round trip")
	}
	if got, want := back.ModuleOperators(2)[0].Deposited, uint64(2); got != want {
		t.Fatalf("module 2's operator has %d deposited after the round trip, want %d", got, want)
	}
	if ms := back.Modules(); len(ms) != 2 || ms[0].ShareBP != 9000 || ms[1].Name != "simple-dvt" {
		t.Fatalf("modules after the round trip: %+v", ms)
	}
}

// TestRouterRefusals: bad module actions are refused with stable codes at
// proposal and change nothing.
func TestRouterRefusals(t *testing.T) {
	h := newHarness(t, 3)
	before := h.s.Root()
	for _, c := range []struct {
		a    protocol.Action
		code protocol.Code
	}{
		{protocol.Action{Kind: protocol.ActAddModule, Name: "x", ShareBP: 1000, ModuleFeeBP: 6000, TreasuryFeeBP: 4001}, protocol.CodeModuleFees},
		{protocol.Action{Kind: protocol.ActAddModule, Name: "x", ShareBP: 10_001}, protocol.CodeModuleShare},
		{protocol.Action{Kind: protocol.ActAddModule, Name: "x", Status: 3}, protocol.CodeModuleStatus},
		{protocol.Action{Kind: protocol.ActSetModule, Module: 2, Name: "x"}, protocol.CodeUnknownModule},
		{protocol.Action{Kind: protocol.ActSetModule, Module: 0, Name: "x"}, protocol.CodeUnknownModule},
		{protocol.Action{Kind: protocol.ActSetModule, Module: 1, Name: "curated", ShareBP: 5000, ModuleFeeBP: 500}, protocol.CodeModuleFeesByParams},
		{protocol.Action{Kind: protocol.ActAddModuleOperator, Module: 1, Name: "D", Address: bob}, protocol.CodeUnknownModule},
		{protocol.Action{Kind: protocol.ActAddModuleOperator, Module: 2, Name: "D", Address: bob}, protocol.CodeUnknownModule},
	} {
		if _, err := h.try(pt.Members[0], protocol.Command{Kind: protocol.CmdPropose, Action: c.a}); !isCode(err, c.code) {
			t.Errorf("%s %+v: %v, want %s", c.a.Kind, c.a, err, c.code)
		}
	}
	if h.s.Root() != before {
		t.Fatal("a refused proposal changed the state")
	}
}

// TestRouterFeeAllToModule: module 1 with no validator, module 2 charging
// 10% all to itself (treasury fee 0): the insurance fund's part comes out
// of what the treasury would get, and there is none, so module 2's
// operator gets the whole fee and nobody else anything. 64 ETH deposited
// to D, a 0.1-ETH gain on 65 ETH: fee ⌊1e17 × W × 65e18 / (65.1e18 × 10⁸
// × 2 − 1e17 × W)⌋ with W = 2 × 1000 × 10⁴ = 9,986,172,991,242,894.
func TestRouterFeeAllToModule(t *testing.T) {
	h := newHarness(t, 5)
	h.gov(protocol.Action{Kind: protocol.ActSetParameter, Param: protocol.ParamReserveTargetBP, Value: wei(0)})
	h.gov(protocol.Action{Kind: protocol.ActSetParameter, Param: protocol.ParamAnnualIncreaseBP, Value: wei(100 * protocol.BP)})
	h.gov(protocol.Action{Kind: protocol.ActAddModule, Name: "dvt", ShareBP: protocol.BP, ModuleFeeBP: 1000})
	h.gov(protocol.Action{Kind: protocol.ActAddModuleOperator, Module: 2, Name: "D", Address: pt.Addr(504)})
	d := protocol.ModuleOperatorID(2, 0)
	h.do(pt.Addr(504), protocol.Command{Kind: protocol.CmdAddSigningKeys, Operator: d, Keys: []protocol.SigningKey{
		pt.Key(uint32(d), 0, h.s.WithdrawalCredentials()), pt.Key(uint32(d), 1, h.s.WithdrawalCredentials())}})
	h.gov(protocol.Action{Kind: protocol.ActSetOperatorLimit, Operator: d, Limit: 2})
	h.do(alice, protocol.Command{Kind: protocol.CmdSubmit, Amount: eth(64)})
	h.next()
	if got := depositOrder(h, 2); !slices.Equal(got, []protocol.OperatorID{d, d}) {
		t.Fatalf("deposits %x", got)
	}
	h.mustReport(protocol.OracleReport{Validators: 2, Balance: gwei(eth(64))})
	h.mustReport(protocol.OracleReport{Validators: 2, Balance: gwei(amt("64.1"))})
	rec, _ := h.s.LastReport()
	if rec.FeeShares.Dec() != "9986172991242894" || !h.s.SharesOf(pt.Addr(504)).Eq(&rec.FeeShares) {
		t.Fatalf("fee %s, D got %s", rec.FeeShares.Dec(), h.s.SharesOf(pt.Addr(504)).Dec())
	}
	if !h.s.SharesOf(pt.Insure).IsZero() || !h.s.SharesOf(pt.Treasury).IsZero() {
		t.Fatalf("insurance %s, treasury %s: want none", h.s.SharesOf(pt.Insure).Dec(), h.s.SharesOf(pt.Treasury).Dec())
	}
}

// TestRouterHookedModule: a module that is not curated gets its deposits,
// report entries and module fee through the StakingModule hooks. Set up as
// TestRouterFeeSplit with module 2 replaced by such a module: the same
// allocation (module 1's 18, then its 2) and, for the 1-ETH gain, the same
// numbers to the wei (its operator 5,991,587,474,684,530 shares); its
// exited count, exit requests and stats reach it with its own operator id
// 0; an exited count that falls is refused by it, and changes nothing.
func TestRouterHookedModule(t *testing.T) {
	h := newHarness(t, 5)
	h.addOperator("A", pt.Addr(501), 20, 20)
	h.addOperator("B", pt.Addr(502), 20, 20)
	h.gov(protocol.Action{Kind: protocol.ActSetParameter, Param: protocol.ParamReserveTargetBP, Value: wei(0)})
	h.gov(protocol.Action{Kind: protocol.ActSetParameter, Param: protocol.ParamAnnualIncreaseBP, Value: wei(100 * protocol.BP)})
	h.gov(protocol.Action{Kind: protocol.ActSetModule, Module: 1, Name: "curated", ShareBP: 9000})
	d := protocol.ModuleOperatorID(2, 0)
	ks := make([]protocol.SigningKey, 20)
	for i := range ks {
		ks[i] = pt.Key(uint32(d), uint32(i), h.s.WithdrawalCredentials())
	}
	mod := h.s.AddHookedModuleForTest(protocol.ModuleParams{Name: "bonded", ShareBP: 1000, ModuleFeeBP: 600, TreasuryFeeBP: 400}, pt.Addr(504), ks)
	h.do(alice, protocol.Command{Kind: protocol.CmdSubmit, Amount: eth(640)})
	h.next()
	got := depositOrder(h, 20)
	if len(got) != 20 || got[18] != d || got[19] != d {
		t.Fatalf("deposit order %x, want module 1's 18 then D twice", got)
	}
	h.mustReport(protocol.OracleReport{Validators: 20, Balance: gwei(eth(640))})
	h.mustReport(protocol.OracleReport{Validators: 20, Balance: gwei(eth(641))})
	if got := h.s.SharesOf(pt.Addr(504)).Dec(); got != "5991587474684530" {
		t.Fatalf("the hooked module's operator got %s shares, want 5991587474684530", got)
	}
	if got := h.s.SharesOf(pt.Treasury).Dec(); got != "38945318585449448" {
		t.Fatalf("treasury %s, want 38945318585449448", got)
	}
	// Its entries: one exit, one exit request, one scorecard.
	h.credit(pt.Vault, eth(32))
	h.mustReport(protocol.OracleReport{Validators: 20, Balance: gwei(amt("609")), WithdrawalVault: eth(32),
		Exited:       []protocol.OperatorCount{{Operator: 0, Count: 0}, {Operator: d, Count: 1}},
		ExitRequests: []protocol.OperatorCount{{Operator: 1, Count: 1}, {Operator: d, Count: 1}},
		Stats:        []protocol.OperatorStats{{Operator: d, MissedAttestations: 3}}})
	if dep, ex, reports, stats, reqs := mod.Counts(); dep != 2 || ex != 1 || reports != 3 || stats != 1 || reqs != 1 {
		t.Fatalf("module counts deposited %d exited %d reports %d stats %d requests %d", dep, ex, reports, stats, reqs)
	}
	if h.s.Operators()[1].ExitRequested != 1 {
		t.Fatal("module 1's operator B lost its exit request")
	}
	if _, err := h.report(protocol.OracleReport{Validators: 20, Balance: gwei(amt("609")), Exited: []protocol.OperatorCount{{Operator: d, Count: 0}}}); !isCode(err, protocol.CodeSanityExited) {
		t.Fatalf("a falling exited count: %v, want SANITY_EXITED", err)
	}
}
