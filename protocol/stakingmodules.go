package protocol

import (
	"errors"
	"fmt"

	"github.com/holiman/uint256"
)

var errSnapshotModules = errors.New("router section: module count not in 1..MaxModules")

// The router's state: its modules, their governance actions, their
// snapshot section, the allocation of deposits among them and the weights
// of the fee (stakingrouter.go says what each is).

// curatedModuleName is module 1's name until governance renames it.
const curatedModuleName = "curated"

// defaultCuratedModule is module 1 as every pool starts: the curated
// registry, all the target share, active. Its fees are the pool's fee
// parameters (its ModuleFeeBP and TreasuryFeeBP stay 0).
func defaultCuratedModule() *Module {
	return &Module{ID: CuratedModule, Kind: ModuleCurated, ModuleParams: ModuleParams{Name: curatedModuleName, ShareBP: BP}}
}

// Modules returns copies of the router's modules, by id (their operators
// left out).
func (s *State) Modules() []Module {
	out := make([]Module, len(s.modules))
	for i, m := range s.modules {
		out[i] = *m
		out[i].ops = nil
		if m.ID == CuratedModule {
			out[i].ModuleFeeBP, out[i].TreasuryFeeBP = s.curatedFees()
		}
	}
	return out
}

// curatedFees is module 1's module and treasury fee in bp of rewards, as
// the pool's parameters give them (the module fee rounded down; for
// display: the fee itself is computed from the parameters exactly).
func (s *State) curatedFees() (uint64, uint64) {
	mod := s.params.FeeBP * s.params.OperatorsFeeShareBP / BP // rounded down
	return mod, s.params.FeeBP - mod
}

// ModuleOperators returns copies of a curated module's operators, by their
// module's own id (their keys left out).
func (s *State) ModuleOperators(m ModuleID) []Operator {
	if m == 0 || uint64(m) > uint64(len(s.modules)) {
		return nil
	}
	ops := s.moduleOps(s.modules[m-1])
	out := make([]Operator, len(ops))
	for i, o := range ops {
		out[i] = *o
		out[i].Keys = nil
	}
	return out
}

func (s *State) moduleOps(m *Module) []*Operator {
	if m.ID == CuratedModule {
		return s.operators
	}
	return m.ops
}

// allOperators is every curated module's operators in ascending global id
// (module 1's, then module 2's, …) and where each module starts in it.
func (s *State) allOperators() ([]*Operator, []int) {
	starts := make([]int, len(s.modules))
	if len(s.modules) == 1 {
		return s.operators, starts
	}
	all := append([]*Operator(nil), s.operators...)
	for i, m := range s.modules[1:] {
		starts[i+1] = len(all)
		all = append(all, m.ops...)
	}
	return all, starts
}

// flatIndex is where operator id sits in allOperators (the id was checked).
func flatIndex(id OperatorID, starts []int) int {
	m, k := SplitOperatorID(id)
	return starts[m-1] + int(k)
}

// --- governance ---------------------------------------------------------------

func (s *State) checkModuleAction(a *Action) *Error {
	p := a.moduleParams()
	switch a.Kind {
	case ActAddModule:
		if len(s.modules) >= MaxModules {
			return reject(CodeModuleLimit, "the router already has %d modules", MaxModules)
		}
		return validateModuleParams(&p)
	case ActSetModule:
		if a.Module == 0 || uint64(a.Module) > uint64(len(s.modules)) {
			return reject(CodeUnknownModule, "no staking module %d", a.Module)
		}
		if a.Module == CuratedModule && (p.ModuleFeeBP != 0 || p.TreasuryFeeBP != 0) {
			return reject(CodeModuleFeesByParams, "module 1's fees are the pool's fee parameters (fee_bp and its split): leave them 0 and set those")
		}
		return validateModuleParams(&p)
	case ActAddModuleOperator:
		if a.Module <= CuratedModule || uint64(a.Module) > uint64(len(s.modules)) {
			return reject(CodeUnknownModule, "no staking module %d other than the curated registry (add its operators with add-operator)", a.Module)
		}
		if uint64(len(s.modules[a.Module-1].ops)) >= MaxModuleOperators {
			return reject(CodeInvalidParameter, "module %d already has %d operators", a.Module, MaxModuleOperators)
		}
		return validateOperator(a.Name, a.Address)
	}
	return nil
}

func (s *State) runModuleAction(a *Action) {
	var m *Module
	switch a.Kind {
	case ActAddModule:
		m = &Module{ID: ModuleID(len(s.modules) + 1), Kind: ModuleCurated}
		s.modules = append(s.modules, m)
	case ActSetModule:
		m = s.modules[a.Module-1]
	case ActAddModuleOperator:
		m = s.modules[a.Module-1]
		op := &Operator{ID: ModuleOperatorID(m.ID, uint64(len(m.ops))), Name: a.Name, RewardAddress: a.Address, Active: true}
		m.ops = append(m.ops, op)
		s.emit(Event{Kind: EvOperatorAdded, Operator: op.ID, To: a.Address})
		return
	}
	m.ModuleParams = a.moduleParams()
	s.emit(Event{Kind: EvModuleSet, Index: uint64(m.ID), Count: uint64(m.Status), Amount: *uint256.NewInt(m.ShareBP)})
}

// encodeModuleAction writes a router action's fields (codec.go).
func encodeModuleAction(e *encoder, a *Action) {
	if a.Kind != ActAddModule {
		e.u64(uint64(a.Module))
	}
	e.str(a.Name)
	if a.Kind == ActAddModuleOperator {
		e.addr(a.Address)
		return
	}
	e.u64(a.ShareBP)
	e.u64(a.ModuleFeeBP)
	e.u64(a.TreasuryFeeBP)
	e.u8(uint8(a.Status))
}

func decodeModuleAction(d *decoder, a *Action) {
	if a.Kind != ActAddModule {
		a.Module = ModuleID(d.u64())
	}
	a.Name = d.str()
	if a.Kind == ActAddModuleOperator {
		a.Address = d.addr()
		return
	}
	a.ShareBP = d.u64()
	a.ModuleFeeBP = d.u64()
	a.TreasuryFeeBP = d.u64()
	a.Status = ModuleStatus(d.u8())
}

// --- snapshot -------------------------------------------------------------------

// routerIsDefault reports whether the router is as every pool starts (only
// module 1, unchanged): then the snapshot has no router section and a
// state's root is what it was before the router existed.
func (s *State) routerIsDefault() bool {
	m := s.modules[0]
	return len(s.modules) == 1 && m.Name == curatedModuleName && m.ShareBP == BP && m.Status == ModuleActive
}

func (s *State) encodeRouter(e *encoder) {
	if s.routerIsDefault() {
		return
	}
	e.u64(uint64(len(s.modules)))
	for _, m := range s.modules {
		e.str(m.Name)
		e.u64(m.ShareBP)
		e.u64(m.ModuleFeeBP)
		e.u64(m.TreasuryFeeBP)
		e.u8(uint8(m.Status))
		e.u8(uint8(m.Kind))
		if m.impl != nil {
			m.impl.encodeState(e)
			continue
		}
		if m.ID == CuratedModule {
			continue // its operators are State.operators
		}
		e.u64(uint64(len(m.ops)))
		for _, o := range m.ops {
			encodeOperator(e, o)
		}
	}
}

func (s *State) decodeRouter(d *decoder) {
	if d.err != nil || len(d.b) == 0 {
		return // the default router
	}
	n := d.count(1 + 8*3 + 2)
	if d.err == nil && (n < 1 || n > MaxModules) {
		d.err = errSnapshotModules
		return
	}
	s.modules = s.modules[:0]
	for i := 0; i < n && d.err == nil; i++ {
		m := &Module{ID: ModuleID(i + 1)}
		m.Name = d.str()
		m.ShareBP = d.u64()
		m.ModuleFeeBP = d.u64()
		m.TreasuryFeeBP = d.u64()
		m.Status = ModuleStatus(d.u8())
		m.Kind = ModuleKind(d.u8())
		if m.Kind != ModuleCurated {
			m.impl = s.decodeModule(m.Kind, d)
		} else if m.ID != CuratedModule {
			for k := d.count(2 + 20 + 1 + 32); k > 0 && d.err == nil; k-- {
				m.ops = append(m.ops, s.decodeOperator(d, ModuleOperatorID(m.ID, uint64(len(m.ops)))))
			}
		}
		s.modules = append(s.modules, m)
	}
}

// decodeModule reads a module of a kind other than curated from a snapshot
// (each kind adds its case).
func (s *State) decodeModule(k ModuleKind, d *decoder) StakingModule {
	if k == ModuleBonded {
		return s.decodeBonded(d)
	}
	if d.err == nil {
		d.err = fmt.Errorf("router section: no module of kind %d can be read", k)
	}
	return nil
}

// --- deposits --------------------------------------------------------------------

// curatedModule is a curated module seen by the allocation.
type curatedModule struct {
	s *State
	m *Module
}

func (c curatedModule) Kind() ModuleKind      { return ModuleCurated }
func (c curatedModule) OperatorCount() uint64 { return uint64(len(c.s.moduleOps(c.m))) }

func (c curatedModule) Summary(now uint64) ModuleSummary {
	var sum ModuleSummary
	for _, o := range c.s.moduleOps(c.m) {
		sum.Exited += o.Exited
		sum.Deposited += o.Deposited
		sum.Depositable += o.depositable(now)
	}
	return sum
}

// next is the curated rule for the module's next deposit: among active
// operators with a free key below their cap, the one with the fewest
// active validators; ties to the lowest id.
func (c curatedModule) next(now uint64) *Operator {
	var best *Operator
	for _, o := range c.s.moduleOps(c.m) {
		if o.depositable(now) == 0 {
			continue
		}
		if best == nil || o.ActiveValidators() < best.ActiveValidators() {
			best = o
		}
	}
	return best
}

func (c curatedModule) obtainDeposits(now, n uint64) []ModuleDeposit {
	out := make([]ModuleDeposit, 0, n)
	for ; n > 0; n-- {
		op := c.next(now)
		if op == nil {
			break
		}
		_, k := SplitOperatorID(op.ID)
		out = append(out, ModuleDeposit{Operator: k, KeyIndex: op.Deposited, Key: op.Keys[op.Deposited]})
		op.Deposited++
	}
	return out
}

func (s *State) moduleDeposits(m *Module) ModuleDeposits {
	if m.impl != nil {
		return m.impl
	}
	return curatedModule{s: s, m: m}
}

// --- report entries of modules that are not curated ------------------------------

// hooked reports whether operator id belongs to a module whose report
// entries go through its StakingModule hooks (not a curated one).
func (s *State) hooked(id OperatorID) bool {
	m, _ := SplitOperatorID(id)
	return uint64(m) <= uint64(len(s.modules)) && s.modules[m-1].impl != nil
}

// moduleEnv is what a module reads of the pool while planning a report.
func (s *State) moduleEnv() ModuleEnv {
	return ModuleEnv{Now: s.time, ExitDeadlineSlots: s.params.ExitDeadlineSlots, StuckPenaltyDelay: s.params.StuckPenaltyDelay}
}

// planHooked cuts the report's entries of each hooked module (with its own
// operator ids, in the report's ascending order) and has the module plan
// them. The ascending order of the whole lists was checked by the caller.
func (s *State) planHooked(r *OracleReport, plan *reportPlan) *Error {
	plan.hooked = make([]*ModuleReport, len(s.modules))
	plan.hookPlans = make([]ModuleReportPlan, len(s.modules))
	plan.hookMints = make([][]RewardMint, len(s.modules))
	for i, m := range s.modules {
		if m.impl != nil {
			plan.hooked[i] = &ModuleReport{RefSlot: r.RefSlot}
		}
	}
	cut := func(id OperatorID) (*ModuleReport, uint64) {
		m, k := SplitOperatorID(id)
		if uint64(m) > uint64(len(s.modules)) {
			return nil, 0
		}
		return plan.hooked[m-1], k
	}
	for _, e := range r.Exited {
		if u, k := cut(e.Operator); u != nil {
			u.Exited = append(u.Exited, OperatorCount{Operator: OperatorID(k), Count: e.Count})
		}
	}
	for _, e := range r.ExitRequests {
		if u, k := cut(e.Operator); u != nil {
			u.ExitRequests = append(u.ExitRequests, OperatorCount{Operator: OperatorID(k), Count: e.Count})
		}
	}
	for _, st := range r.Stats {
		if u, k := cut(st.Operator); u != nil {
			st.Operator = OperatorID(k)
			u.Stats = append(u.Stats, st)
		}
	}
	for _, c := range r.ELRewardsCharges {
		if u, k := cut(c.Operator); u != nil {
			c.Operator = OperatorID(k)
			u.Charges = append(u.Charges, c)
		}
	}
	for _, w := range r.Withdrawn {
		if u, k := cut(w.Operator); u != nil {
			w.Operator = OperatorID(k)
			u.Withdrawn = append(u.Withdrawn, w)
		}
	}
	env := s.moduleEnv()
	for i, m := range s.modules {
		if m.impl == nil {
			continue
		}
		mp, err := m.impl.planReport(env, plan.hooked[i])
		if err != nil {
			return err
		}
		plan.hookPlans[i] = mp
	}
	return nil
}

// commitHooked mints what hooked modules gave their operators (a penalty to
// the burner as a non-cover request); commitHookedModules commits their
// plans later.
func (s *State) commitHooked(plan *reportPlan) {
	for i, m := range s.modules {
		if m.impl == nil {
			continue
		}
		for j := range plan.hookMints[i] {
			r := &plan.hookMints[i][j]
			id := ModuleOperatorID(m.ID, r.Operator)
			if r.Penalty {
				acc := s.account(s.burner)
				acc.Shares.Add(&acc.Shares, &r.Shares)
				s.totalShares.Add(&s.totalShares, &r.Shares)
				s.addBurnRequest(&r.Shares, false)
				s.emit(Event{Kind: EvStuckPenalty, Operator: id, Shares: r.Shares})
				continue
			}
			s.mintFee(r.To, &r.Shares, id, true)
		}
	}
}

// moduleAllocation is what the allocation knows of a module.
type moduleAllocation struct {
	shareBP     uint64
	active      uint64
	depositable uint64
	open        bool // active status: takes deposits
}

// fill is Lido's min-first allocation of n deposits against a total of
// validators: each module's capacity is ⌊share × total / 10000⌋ − its
// active validators (rounded down: no module is ever filled over its
// share), at most its depositable keys; each deposit goes to the open
// module under its capacity with the fewest active validators, the lowest
// id on ties. It returns the deposits of each module and their sum.
func fill(ms []moduleAllocation, n, total uint64) ([]uint64, uint64) {
	active := make([]uint64, len(ms))
	room := make([]uint64, len(ms))
	for i := range ms {
		m := &ms[i]
		active[i] = m.active
		if !m.open {
			continue
		}
		limit := new(uint256.Int).Mul(uint256.NewInt(m.shareBP), uint256.NewInt(total))
		limit.Div(limit, uint256.NewInt(BP)) // rounded down: never over the share
		if c := limit.Uint64(); c > m.active {
			room[i] = min(c-m.active, m.depositable)
		}
	}
	out := make([]uint64, len(ms))
	var placed uint64
	for ; placed < n; placed++ {
		best := -1
		for i := range ms {
			if room[i] > 0 && (best < 0 || active[i] < active[best]) {
				best = i
			}
		}
		if best < 0 {
			break
		}
		room[best]--
		active[best]++
		out[best]++
	}
	return out, placed
}

// allocate decides how many of at most n deposits each module makes. The total
// the shares are taken of is the active validators plus the deposits this
// call makes: first n; when fewer can be placed (modules short of keys or
// of share), the placing is done again against the smaller total, until
// the deposits made are the deposits counted. Lido counts the deposits
// asked for, so a module may pass its share when the others lack keys;
// here none ever does (TestPropertyRouterShares). With one module of
// share 100% the first round places min(n, depositable), as before the
// router.
func allocate(ms []moduleAllocation, n uint64) []uint64 {
	var active uint64
	for i := range ms {
		active += ms[i].active
	}
	for {
		out, placed := fill(ms, n, active+n)
		if placed == n {
			return out
		}
		n = placed // placed(total) only grows with total: n falls to a fixed point
	}
}

// --- the fee --------------------------------------------------------------------

// feePoints is a module's module fee and its whole fee (module + treasury)
// in bp × bp of rewards (10⁸ = 100%). Module 1's are the pool's
// parameters: FeeBP × OperatorsFeeShareBP and FeeBP × 10000, exact, so that
// with module 1 alone the fee and its split are today's to the wei.
func (s *State) feePoints(m *Module) (mod, total uint64) {
	if m.ID == CuratedModule {
		return s.params.FeeBP * s.params.OperatorsFeeShareBP, s.params.FeeBP * BP
	}
	return m.ModuleFeeBP * BP, (m.ModuleFeeBP + m.TreasuryFeeBP) * BP
}

// moduleWeights are each module's active validators after the report
// (deposited − exited, over all its operators) and the weighted fee
// W = Σ active × whole fee points. With no active validator anywhere the
// fee is module 1's (weight 1): rewards with nobody earning them (a vault
// donation) pay the pool's fee, as they did before the router.
func (s *State) moduleWeights(plan *reportPlan, all []*Operator, starts []int, exitedNow []uint64) (active []uint64, w *uint256.Int, a uint64) {
	active = make([]uint64, len(s.modules))
	for i, m := range s.modules {
		if m.impl != nil {
			active[i] = m.impl.Summary(s.time).Deposited - plan.hookPlans[i].ExitedAfter
			a += active[i]
			continue
		}
		end := len(all)
		if i+1 < len(starts) {
			end = starts[i+1]
		}
		for j := starts[i]; j < end; j++ {
			active[i] += all[j].Deposited - exitedNow[j]
		}
		a += active[i]
	}
	if a == 0 {
		active[0] = 1
		a = 1
	}
	w = new(uint256.Int)
	for i, m := range s.modules {
		_, tot := s.feePoints(m)
		var t uint256.Int
		t.Mul(uint256.NewInt(active[i]), uint256.NewInt(tot))
		w.Add(w, &t)
	}
	return active, w, a
}

// splitFee divides the fee shares. The insurance fund takes its part of
// the whole fee (InsuranceFeeShareBP of it, rounded down), out of what
// would be the treasury's and at most all of it (modules charging fees
// all to themselves leave it nothing). Each module takes its module fee's part,
// ⌊fee × active × module fee points / W⌋ (rounded down; module 1's is
// ⌊fee × OperatorsFeeShareBP / 10000⌋, today's operators' part), and pays
// its operators by its rule; the treasury takes the rest, with the module
// part of a stopped module or of one whose active operators have no active
// validator. Inside a curated module the part goes pro rata to active
// validators (deposited − exited) of active operators, each ⌊part × active
// / total⌋; an operator's share below 2 is not minted, and a penalized
// operator (stuck, or in its cool-down) gets half, ⌊share / 2⌋, the other
// half minted to the burner as a non-cover request (Lido V2's
// NodeOperatorsRegistry); the dust of the divisions is not minted.
func (s *State) splitFee(plan *reportPlan, fee *uint256.Int, all []*Operator, starts []int, exited, active []uint64, w *uint256.Int) {
	p := &s.params
	plan.opShares = make([]uint256.Int, len(all))
	plan.opPenalty = make([]uint256.Int, len(all))
	treasury := new(uint256.Int).Set(fee) // less the modules' parts, then the insurance fund's
	for mi, m := range s.modules {
		mod, _ := s.feePoints(m)
		if w.IsZero() || mod == 0 || active[mi] == 0 {
			continue
		}
		var part uint256.Int
		part.Mul(fee, uint256.NewInt(active[mi]))
		part.Mul(&part, uint256.NewInt(mod))
		part.Div(&part, w) // rounded down; the rest is the treasury's
		if m.impl != nil {
			if plan.hookPlans[mi].RewardActive == 0 || m.Status == ModuleStopped {
				continue // its part stays the treasury's
			}
			treasury.Sub(treasury, &part)
			plan.hookMints[mi] = m.impl.rewards(s.moduleEnv(), plan.hookPlans[mi], &part)
			continue
		}
		end := len(all)
		if mi+1 < len(starts) {
			end = starts[mi+1]
		}
		var totalActive uint64
		for i := starts[mi]; i < end; i++ {
			if all[i].Active {
				totalActive += all[i].Deposited - exited[i]
			}
		}
		if totalActive == 0 || m.Status == ModuleStopped {
			continue // its part stays the treasury's
		}
		treasury.Sub(treasury, &part)
		for i := starts[mi]; i < end; i++ {
			o := all[i]
			if !o.Active {
				continue
			}
			v := &plan.opShares[i]
			v.Mul(&part, uint256.NewInt(o.Deposited-exited[i]))
			v.Div(v, uint256.NewInt(totalActive)) // rounded down
			if v.LtUint64(2) {
				v.Clear()
				continue
			}
			if plan.stuck[i] > 0 || s.time <= plan.penaltyEnd[i] {
				v.Rsh(v, 1) // half, rounded down; the odd share is not minted
				plan.opPenalty[i] = *v
			}
		}
	}
	plan.insuranceFee.Mul(fee, uint256.NewInt(p.InsuranceFeeShareBP))
	plan.insuranceFee.Div(&plan.insuranceFee, uint256.NewInt(BP)) // rounded down
	if plan.insuranceFee.Gt(treasury) {
		plan.insuranceFee.Set(treasury) // never below zero: with module 1 alone, never reached (its part + the fund's ≤ 100%)
	}
	treasury.Sub(treasury, &plan.insuranceFee)
	plan.treasuryShares = *treasury
}
