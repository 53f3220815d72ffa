package protocol

import (
	"fmt"

	"github.com/holiman/uint256"
)

// The permissionless bonded module (bondedmodule.go) as one of the staking
// router's modules (stakingrouter.go), as StakingRouter.sol sees
// BondedModule.sol:
//
//   - deposits: the router's allocation gives the module its part (within
//     its target share, min-first) and takes the keys from its queue;
//   - the report: its operators' exited counts go to the module
//     (UpdateExited, through the router's applyReport), a report's
//     execution-reward charge on one of its operators is taken from that
//     operator's bond (Penalize, reason 3: burnt through the burner, the
//     rest a debt) instead of being withheld from fee shares;
//   - the fee: the module's part of each report's fee (its module fee,
//     weighted by its active validators like any module's) is minted to
//     the module's own address, which credits it to its operators' bonds
//     through its accumulator (RewardsMinted: pro rata to active
//     validators);
//   - keys: one key set across modules: a key any module holds is refused
//     by every other one (DUPLICATE_KEY), so no key gets two deposits.
//
// The contract's order inside the router's applyReport is kept: the
// module's exits first, then the charges (ascending operator), then the
// rewards minted (the module's shares above what it holds). Every call
// reads the pool's rate after the report's own effects (the oracle
// applies the pool's part first).
//
// The bonded module's own commands (CmdBonded*) name its operators by the
// module's own id (0, 1, …), as BondedModule.sol's functions do; the
// report names them by the global id (ModuleOperatorID).

// BondedGenesis adds the permissionless bonded module as the next router
// module at genesis (contracts/deploy: the router's constructor).
type BondedGenesis struct {
	Address    Address // the module's contract: holds the bonds' shares
	Router     Address // the staking router's contract (deposits, reports, rewards)
	Governance Address // sets its parameters
	Params     BondedParams
	Module     ModuleParams // its share and fees in the router
}

// bondedStakingModule is the bonded module seen by the router.
type bondedStakingModule struct {
	s    *State
	addr Address
	m    *BondedModule
	// burntSeen is the module's BurntShares already sent to the burner
	// (bondedSync sends the rest after each call).
	burntSeen uint256.Int
}

// bondedPlan is the module's part of a report plan: each operator's
// exited count after the report (by its own id) and the charges.
type bondedPlan struct {
	exited  []OperatorCount
	charges []OperatorAmount
}

func (b *bondedStakingModule) Kind() ModuleKind      { return ModuleBonded }
func (b *bondedStakingModule) OperatorCount() uint64 { return b.m.Operators() }

func (b *bondedStakingModule) Summary(uint64) ModuleSummary {
	var sum ModuleSummary
	for _, o := range b.m.ops {
		sum.Exited += o.Exited
		sum.Deposited += o.Deposited
	}
	sum.Depositable = b.m.DepositableTotal()
	return sum
}

func (b *bondedStakingModule) obtainDeposits(_, n uint64) []ModuleDeposit {
	// The module re-checks each operator's cover at the rate now and may
	// give fewer keys than asked (review finding 3): the rest stays buffered.
	keys, err := b.m.Deposit(b.m.router, n, b.s.shareRate())
	if err != nil {
		return nil // the allocation asked at most the summary's depositable; a clogged queue gives none
	}
	b.s.bondedSync(b)
	out := make([]ModuleDeposit, len(keys))
	for i, k := range keys {
		out[i] = ModuleDeposit{Operator: k.Operator, KeyIndex: k.Index, Key: k.Key}
	}
	return out
}

// planReport checks the module's entries as the oracle checks every
// module's rows (StakingRouter's report view): known operators; an exited
// count never below the last nor above the deposits (SANITY_EXITED);
// then the module's own checks of its report (BondedModule.checkReport:
// order, scorecard figures below 2^32), so that the commit cannot fail.
func (b *bondedStakingModule) planReport(_ ModuleEnv, u *ModuleReport) (ModuleReportPlan, *Error) {
	var p ModuleReportPlan
	bp := &bondedPlan{charges: u.Charges}
	var exitedAll uint64
	for _, o := range b.m.ops {
		exitedAll += o.Exited
	}
	exitedAfter := exitedAll
	for _, e := range u.Exited {
		op, err := b.op(e.Operator)
		if err != nil {
			return p, err
		}
		if e.Count < op.Exited {
			return p, reject(CodeSanityExited, "operator %d exited count would fall from %d to %d", b.global(e.Operator), op.Exited, e.Count)
		}
		if e.Count > op.Deposited {
			return p, reject(CodeSanityExited, "operator %d cannot have %d exited of %d deposited", b.global(e.Operator), e.Count, op.Deposited)
		}
		p.NewlyExited += e.Count - op.Exited
		exitedAfter += e.Count - op.Exited
		bp.exited = append(bp.exited, e)
	}
	for _, st := range u.Stats {
		if _, err := b.op(st.Operator); err != nil {
			return p, err
		}
	}
	if err := b.m.checkReport(u, false); err != nil {
		return p, err
	}
	p.ExitedAfter = exitedAfter
	var deposited uint64
	for _, o := range b.m.ops {
		deposited += o.Deposited
	}
	p.RewardActive = deposited - exitedAfter
	p.Data = bp
	return p, nil
}

func (b *bondedStakingModule) op(id OperatorID) (*BondedOperator, *Error) {
	if uint64(id) >= b.m.Operators() {
		return nil, reject(CodeUnknownOperator, "no operator %d", b.global(id))
	}
	return b.m.ops[id], nil
}

func (b *bondedStakingModule) global(k OperatorID) OperatorID {
	return ModuleOperatorID(b.id(), uint64(k))
}

func (b *bondedStakingModule) id() ModuleID {
	for _, m := range b.s.modules {
		if m.impl == b {
			return m.ID
		}
	}
	return 0
}

// rewards mints the module's whole part to the module's address (the
// router's first row of the module: operator 0's id in the event); the
// module splits it when the report commits.
func (b *bondedStakingModule) rewards(_ ModuleEnv, _ ModuleReportPlan, shares *uint256.Int) []RewardMint {
	if shares.IsZero() {
		return nil
	}
	return []RewardMint{{Operator: 0, To: b.addr, Shares: *shares}}
}

// commitReport: the exits, exit requests (their deadlines recorded) and
// scorecards (the module's ApplyReport), then the withdrawals (their
// losses from the bonds), then the charges from the bonds,
// then the rewards the module received (its shares above what it holds).
func (b *bondedStakingModule) commitReport(plan ModuleReportPlan, u *ModuleReport) {
	bp, _ := plan.Data.(*bondedPlan)
	if bp == nil {
		return
	}
	r := b.s.shareRate()
	_ = b.m.ApplyReport(b.m.router, &ModuleReport{RefSlot: u.RefSlot, Exited: bp.exited, ExitRequests: u.ExitRequests, Stats: u.Stats}, r) // checked by planReport
	b.commitWithdrawn(u.Withdrawn, r)
	for _, c := range bp.charges {
		if burnt, err := b.m.Penalize(b.m.router, uint64(c.Operator), &c.Amount, PenaltyELRewards, r); err == nil { // checked by checkELRewardsCharges
			b.s.bondedSync(b)
			b.s.emit(Event{Kind: EvBondPenalized, Operator: b.global(c.Operator), Shares: *burnt, Amount: c.Amount, Count: uint64(PenaltyELRewards)})
		}
	}
	_, _ = b.m.ChargeExitDelays(b.m.router, u.RefSlot, b.s.params.ExitDeadlineSlots, r, func(c ExitDelayCharge) { // the router may
		b.s.bondedSync(b)
		b.s.emit(Event{Kind: EvBondPenalized, Operator: b.global(OperatorID(c.Operator)), Shares: c.Burnt, Amount: c.Amount, Count: uint64(PenaltyStuck)})
	})
	var minted uint256.Int
	if held, have := b.m.HeldShares(), b.s.sharesOf(b.addr); have.Gt(held) {
		minted.Sub(have, held)
		_ = b.m.RewardsMinted(b.m.router, &minted) // below 2^128: shares never reach it
	}
	b.s.bondedSync(b)
}

// --- the pool's side of the module's calls -----------------------------------------

// shareRate is the pool's rate and submit's gate now, as the module reads
// them at the start of a call.
func (s *State) shareRate() ShareRate {
	var r ShareRate
	s.pooled(&r.Pooled)
	r.Shares = s.totalShares
	r.StakingPaused = s.stakeLimit.Paused || s.Paused(PauseStaking)
	r.DustFloor = s.params.DustFloor
	if !s.stakeLimit.Max.IsZero() {
		r.StakeLimited = true
		r.StakeLimit = s.stakeLimit.current(s.block)
	}
	return r
}

// BondShareRate is the pool's rate and submit's gate now, as the bonded
// module reads them at the start of a call (for its views: Claimable,
// Coverable, Unbonded).
func (s *State) BondShareRate() ShareRate { return s.shareRate() }

// bondedSync does the pool's side of what the module did in a call: the
// shares it burnt (debts paid, penalties) go to the burner as a non-cover
// request (BondedModule.sol's burner.requestBurnMyShares), and the batches
// that left its queue with keys not deposited are emitted (BatchDropped).
func (s *State) bondedSync(b *bondedStakingModule) {
	var moved uint256.Int
	moved.Sub(&b.m.burnt, &b.burntSeen)
	if !moved.IsZero() {
		s.requestBurn(b.addr, &moved, false)
		b.burntSeen = b.m.burnt
	}
	for _, d := range b.m.Dropped() {
		s.emit(Event{Kind: EvBondedBatchDropped, Operator: b.global(OperatorID(d.Operator)), Count: d.Count})
	}
}

// bonded is the router's bonded module (the first of that kind).
func (s *State) bonded() (*bondedStakingModule, *Error) {
	for _, m := range s.modules {
		if b, ok := m.impl.(*bondedStakingModule); ok {
			return b, nil
		}
	}
	return nil, reject(CodeUnknownModule, "the router has no bonded module")
}

// BondedModule returns the router's bonded module's books (nil without
// one); callers read it, never change it.
func (s *State) BondedModule() (*BondedModule, Address) {
	b, err := s.bonded()
	if err != nil {
		return nil, Address{}
	}
	return b.m, b.addr
}

// addBondedModule makes the bonded module the router's next module.
func (s *State) addBondedModule(g *BondedGenesis) error {
	if err := validateModuleParams(&g.Module); err != nil {
		return err
	}
	if g.Address == (Address{}) {
		return fmt.Errorf("the bonded module's address is zero")
	}
	m, err := NewBondedModule(g.Governance, g.Router, g.Params)
	if err != nil {
		return err
	}
	b := &bondedStakingModule{s: s, addr: g.Address, m: m}
	m.knownElsewhere = s.curatedKey
	s.modules = append(s.modules, &Module{ID: ModuleID(len(s.modules) + 1), ModuleParams: g.Module, Kind: ModuleBonded, impl: b})
	return nil
}

// curatedKey reports whether a curated module holds the key.
func (s *State) curatedKey(p Pubkey) bool {
	_, ok := s.keyOwner[p]
	return ok
}

// bondedKey reports whether a bonded module holds the key.
func (s *State) bondedKey(p Pubkey) bool {
	for _, m := range s.modules {
		if b, ok := m.impl.(*bondedStakingModule); ok {
			if _, held := b.m.keys[p]; held {
				return true
			}
		}
	}
	return false
}

// takeBond moves a bond into the module as BondedModule.sol's _takeBond:
// ETH sent is staked through the pool's submit in the module's name;
// shares come from the sender on its allowance to the module. The module
// checked the bond's form and submit's gate with the same rate.
func (s *State) takeBond(b *bondedStakingModule, from Address, d *BondDeposit) *Error {
	if !d.ETH.IsZero() {
		src := s.account(from)
		if src.ETH.Lt(&d.ETH) {
			return reject(CodeInsufficientETH, "%s has %s ETH, cannot send %s", from, eth(&src.ETH), eth(&d.ETH))
		}
		src.ETH.Sub(&src.ETH, &d.ETH)
		dst := s.account(b.addr)
		dst.ETH.Add(&dst.ETH, &d.ETH)
		return s.submit(b.addr, &d.ETH, Address{})
	}
	if !d.Shares.IsZero() {
		return s.transferSharesFrom(b.addr, from, b.addr, &d.Shares)
	}
	return nil
}

// bondPrecheck checks what the pool side of an upload or top-up can
// refuse before anything moves: the sender's ETH and, for shares, its
// balance and allowance (the contract's transferSharesFrom).
func (s *State) bondPrecheck(b *bondedStakingModule, from Address, d *BondDeposit) *Error {
	if !d.ETH.IsZero() {
		if acc := s.lookup(from); acc == nil || acc.ETH.Lt(&d.ETH) {
			return reject(CodeInsufficientETH, "%s cannot send %s ETH", from, eth(&d.ETH))
		}
		return nil
	}
	if d.Shares.IsZero() {
		return nil
	}
	var charge uint256.Int
	s.ethBySharesUp(&charge, &d.Shares)
	if err := s.checkAllowance(from, b.addr, &charge); err != nil {
		return err
	}
	if acc := s.lookup(from); acc == nil || acc.Shares.Lt(&d.Shares) {
		return reject(CodeInsufficientShares, "%s holds fewer than %s shares", from, d.Shares.Dec())
	}
	return nil
}

// bondDeposit is a command's bond: Amount is the ETH sent, Amounts[0]
// (when given) the stETH shares moved in.
func bondDeposit(c *Command) (BondDeposit, *Error) {
	var d BondDeposit
	d.ETH = c.Amount
	switch len(c.Amounts) {
	case 0:
	case 1:
		d.Shares = c.Amounts[0]
	default:
		return d, reject(CodeMalformed, "a bond has one share amount, got %d", len(c.Amounts))
	}
	return d, nil
}

// bondedCommand runs one of the bonded module's commands (CmdBonded*).
func (s *State) bondedCommand(from Address, c *Command) *Error {
	b, err := s.bonded()
	if err != nil {
		return err
	}
	m := b.m
	r := s.shareRate()
	id := uint64(c.Operator)
	switch c.Kind {
	case CmdBondedCreate, CmdBondedAddKeys, CmdBondedTopUp:
		d, err := bondDeposit(c)
		if err != nil {
			return err
		}
		switch c.Kind {
		case CmdBondedCreate:
			if from == (Address{}) {
				return reject(CodeNotAuthorized, "the zero address manages no operator")
			}
			if _, err := m.checkUpload(c.Keys, &d, &r); err != nil {
				return err
			}
		case CmdBondedAddKeys:
			op, err := m.operator(id)
			if err != nil {
				return err
			}
			if from != op.Manager {
				return reject(CodeNotAuthorized, "only bonded operator %d's manager %s may add its keys", id, op.Manager)
			}
			if _, err := m.checkUpload(c.Keys, &d, &r); err != nil {
				return err
			}
		default:
			if _, err := m.operator(id); err != nil {
				return err
			}
			if err := d.check(); err != nil {
				return err
			}
			if d.ETH.IsZero() && d.Shares.IsZero() {
				return reject(CodeZeroAmount, "a top-up of nothing")
			}
			if _, err := d.shares(&r); err != nil {
				return err
			}
		}
		if err := s.bondPrecheck(b, from, &d); err != nil {
			return err
		}
		// Checked: now the pool side, then the module's books at the rate
		// read before (submit mints ⌊eth × S / P⌋ at it, as the module counts).
		if err := s.takeBond(b, from, &d); err != nil {
			return err
		}
		var added *uint256.Int
		switch c.Kind {
		case CmdBondedCreate:
			var nid uint64
			nid, added, err = m.CreateOperator(from, c.Keys, d, r)
			id = nid
		case CmdBondedAddKeys:
			added, err = m.AddKeys(from, id, c.Keys, d, r)
		default:
			added, err = m.TopUp(id, d, r)
		}
		if err != nil {
			return err // not reached: every check was made above
		}
		s.bondedSync(b)
		s.emit(Event{Kind: EvBondChanged, Operator: b.global(OperatorID(id)), Shares: *added})
	case CmdBondedClaim:
		got, err := m.Claim(from, id, &c.Amount, r)
		if err != nil {
			return err
		}
		s.bondedSync(b)
		if err := s.transferShares(b.addr, from, got); err != nil {
			panic(fmt.Sprintf("bonded module holds its bonds' shares: %v", err)) // held ≥ every bond
		}
		s.emit(Event{Kind: EvBondChanged, Operator: b.global(OperatorID(id)), Shares: *got, Count: 1})
	case CmdBondedNormalize:
		if err := m.NormalizeQueue(id, r); err != nil {
			return err
		}
		s.bondedSync(b)
	case CmdBondedCleanQueue:
		m.CleanDepositQueue(c.Count, r)
		s.bondedSync(b)
	}
	return nil
}

// --- snapshot ----------------------------------------------------------------------

func (b *bondedStakingModule) encodeState(e *encoder) {
	m := b.m
	e.addr(b.addr)
	e.addr(m.governance)
	e.addr(m.router)
	e.u64(uint64(len(m.params.Curve)))
	for i := range m.params.Curve {
		e.u256(&m.params.Curve[i])
	}
	e.u64(uint64(len(m.params.Penalizers)))
	for _, a := range m.params.Penalizers {
		e.addr(a)
	}
	e.u256(&m.params.ExitDelayPenalty)
	e.u64(uint64(len(m.ops)))
	for _, o := range m.ops {
		e.addr(o.Manager)
		for _, v := range []uint64{o.Vetted, o.Deposited, o.Exited, o.Withdrawn, o.Enqueued, o.Depositable} {
			e.u64(v)
		}
		e.u256(&o.Bond)
		e.u256(&o.Debt)
		e.u256(&o.accSnap)
		e.u64(o.ExitRequested)
		for _, slot := range o.exitSlots {
			e.u64(slot)
		}
		for _, v := range []uint64{o.MissedAttestations, o.MissedProposals, o.Slashed, o.ExitCharged} {
			e.u64(v)
		}
		e.boolean(o.Stuck)
		e.u64(uint64(len(o.Keys)))
		for i := range o.Keys {
			e.b = append(e.b, o.Keys[i].Pubkey[:]...)
			e.b = append(e.b, o.Keys[i].Signature[:]...)
		}
	}
	e.u64(uint64(len(m.queue) - m.head))
	for _, q := range m.queue[m.head:] {
		e.u64(q.op)
		e.u64(q.count)
	}
	e.u64(m.enqueued)
	e.u64(m.depositable)
	e.u64(m.active)
	e.u256(&m.acc)
	e.u256(&m.held)
	e.u256(&m.burnt)
	e.u256(&b.burntSeen)
}

func (s *State) decodeBonded(d *decoder) StakingModule {
	b := &bondedStakingModule{s: s, addr: d.addr()}
	m := &BondedModule{keys: map[Pubkey]struct{}{}, knownElsewhere: s.curatedKey}
	b.m = m
	m.governance = d.addr()
	m.router = d.addr()
	for n := d.count(32); n > 0 && d.err == nil; n-- {
		var v uint256.Int
		d.u256(&v)
		m.params.Curve = append(m.params.Curve, v)
	}
	for n := d.count(20); n > 0 && d.err == nil; n-- {
		m.params.Penalizers = append(m.params.Penalizers, d.addr())
	}
	d.u256(&m.params.ExitDelayPenalty)
	for n := d.count(20 + 6*8 + 3*32 + 8 + 4*8 + 1 + 8); n > 0 && d.err == nil; n-- {
		o := &BondedOperator{Manager: d.addr()}
		o.Vetted, o.Deposited, o.Exited, o.Withdrawn, o.Enqueued, o.Depositable = d.u64(), d.u64(), d.u64(), d.u64(), d.u64(), d.u64()
		d.u256(&o.Bond)
		d.u256(&o.Debt)
		d.u256(&o.accSnap)
		o.ExitRequested = d.u64()
		if d.err == nil && o.ExitRequested > o.Deposited {
			d.err = fmt.Errorf("router section: a bonded operator with %d exit requests of %d deposited", o.ExitRequested, o.Deposited)
		}
		for i := uint64(0); i < o.ExitRequested && d.err == nil; i++ {
			o.exitSlots = append(o.exitSlots, d.u64())
		}
		o.MissedAttestations, o.MissedProposals, o.Slashed, o.ExitCharged, o.Stuck = d.u64(), d.u64(), d.u64(), d.u64(), d.boolean()
		k := d.count(144)
		if d.err == nil {
			o.Keys = make([]SigningKey, k)
		}
		for i := 0; i < k && d.err == nil; i++ {
			copy(o.Keys[i].Pubkey[:], d.take(48))
			copy(o.Keys[i].Signature[:], d.take(96))
			m.keys[o.Keys[i].Pubkey] = struct{}{}
		}
		m.ops = append(m.ops, o)
	}
	for n := d.count(16); n > 0 && d.err == nil; n-- {
		q := bondedBatch{op: d.u64(), count: d.u64()}
		if d.err == nil && q.op >= uint64(len(m.ops)) {
			d.err = fmt.Errorf("router section: a bonded queue batch of operator %d, of %d", q.op, len(m.ops))
		}
		m.queue = append(m.queue, q)
	}
	m.enqueued, m.depositable, m.active = d.u64(), d.u64(), d.u64()
	d.u256(&m.acc)
	d.u256(&m.held)
	d.u256(&m.burnt)
	d.u256(&b.burntSeen)
	return b
}

// --- codec ---------------------------------------------------------------------------

// encodeBondedCommand writes a CmdBonded* command's fields: the operator,
// the keys (u32-counted), Amount, the share amounts (u8-counted), Count.
func encodeBondedCommand(e *encoder, c *Command) {
	e.u32(uint32(c.Operator))
	e.u32(uint32(len(c.Keys)))
	for i := range c.Keys {
		e.b = append(e.b, c.Keys[i].Pubkey[:]...)
		e.b = append(e.b, c.Keys[i].Signature[:]...)
	}
	e.u256(&c.Amount)
	e.u8(uint8(len(c.Amounts)))
	for i := range c.Amounts {
		e.u256(&c.Amounts[i])
	}
	e.u64(c.Count)
}

func decodeBondedCommand(d *decoder, c *Command) {
	c.Operator = OperatorID(d.u32())
	n := d.u32()
	if d.err == nil && (n > MaxKeysPerTx || uint64(len(d.b)) < uint64(n)*144) {
		d.err = fmt.Errorf("bonded command: %d keys", n)
	}
	if d.err == nil && n > 0 {
		c.Keys = make([]SigningKey, n)
		for i := range c.Keys {
			copy(c.Keys[i].Pubkey[:], d.take(48))
			copy(c.Keys[i].Signature[:], d.take(96))
		}
	}
	d.u256(&c.Amount)
	if k := d.u8(); d.err == nil && k > 0 {
		c.Amounts = make([]uint256.Int, k)
		for i := range c.Amounts {
			d.u256(&c.Amounts[i])
		}
	}
	c.Count = d.u64()
}
