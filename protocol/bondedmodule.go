package protocol

import (
	"github.com/holiman/uint256"
)

// The permissionless bonded module (Lido's Community Staking Module, CSM):
// anyone creates an operator, uploads keys and posts a bond. The bond is
// held as stETH shares (ETH is staked through the pool's submit; stETH
// comes in as shares), so it earns the rebase like any holder's stETH. A
// governance-set curve gives the bond n validators need (the first costs
// more than the next: Lido's mainnet curve is 2.4 ETH, then 1.3 ETH
// each); keys beyond what the bond covers are "unbonded" and never get a
// deposit. Keys are vetted on upload (no governance vetting; the deposit
// guardians unvet a bad key through the router) and deposited in the order
// they were queued, across operators, one batch per upload (CSM's deposit
// queue). Penalties — a slashing loss, a missed exit deadline, stolen
// execution-layer rewards — are taken from the bond first, as shares sent
// to the pool's burner (the stakers gain them); what the bond cannot pay
// is a debt paid from the operator's next rewards, and nothing is
// claimable while it lasts. The module's fee share (minted to it by the
// router) is credited to the operators' bonds pro rata to their active
// validators and can be claimed above the bond the curve requires.
//
// As protocol/depositsecurity.go, the model holds the module's own books;
// the pool's side comes in as a ShareRate (the pool's pooled ether and
// total shares at the moment of the call), and the shares the module
// moves come out as return values (contracts/src/BondedModule.sol makes
// the same moves on the pool: submit, transferSharesFrom, transferShares,
// the burner's request).

// The bonded module's rejections.
const (
	CodeBondInsufficient Code = "BOND_INSUFFICIENT" // claiming more than the excess over the curve
	CodeBondLocked       Code = "BOND_LOCKED"       // a penalty is not yet paid: nothing is claimable
	// More batches with nothing to deposit ahead of the keys asked than one
	// deposit removes: cleanDepositQueue first.
	CodeQueueClogged    Code = "QUEUE_CLOGGED"
	CodeExitedDecreased Code = "EXITED_DECREASED" // an exited count below the last, or above the deposited
	// A withdrawn count below the last, or above the exited.
	CodeWithdrawnDecreased Code = "WITHDRAWN_DECREASED"
)

// Penalty reasons (the event's and the contract's reason codes).
const (
	PenaltySlashing    uint8 = 1 // a slashing loss the oracle reported
	PenaltyStuck       uint8 = 2 // an exit request past its deadline
	PenaltyELRewards   uint8 = 3 // execution-layer rewards paid elsewhere than the pool's vault
	maxPenaltyReason         = PenaltyELRewards
	MaxBondCurveSteps        = 16  // a curve has 1..16 steps
	MaxBondedKeysPerTx       = 100 // keys in one upload (the contract's gas bound)
	// MaxDeadBatchesPerDeposit bounds the batches with nothing to deposit
	// that one Deposit removes (≈23k gas each in the contract, settled and
	// re-checked): a queue clogged beyond it is refused (QUEUE_CLOGGED)
	// until anyone's CleanDepositQueue pops them (review finding 2).
	MaxDeadBatchesPerDeposit = 8
)

// BondedOperator is one operator of the module.
type BondedOperator struct {
	Manager   Address // created it; uploads keys and claims, to itself
	Keys      []SigningKey
	Vetted    uint64 // keys[0:Vetted] may be deposited (lowered by the guardians' unvetting)
	Deposited uint64 // keys[0:Deposited] got a deposit
	Exited    uint64 // validators the oracle counted exited
	// Withdrawn is the exited validators whose balance the chain paid out
	// (the oracle counts them, with their shortfall, in UpdateWithdrawn).
	// The bond stays required for deposited − withdrawn validators: an
	// exited validator's slashing loss is known only at its withdrawal.
	Withdrawn uint64
	Enqueued  uint64 // keys waiting in the deposit queue (≥ Depositable)
	// Depositable is the keys that may get a deposit, as computed at the
	// operator's last update (any call that touches it) at that moment's
	// share rate: vetted, bonded, not deposited.
	Depositable uint64
	// Bond is the operator's stETH shares held by the module (credited
	// rewards included once settled); Debt is the shares of penalties the
	// bond could not pay, taken from the next rewards.
	Bond    uint256.Int
	Debt    uint256.Int
	accSnap uint256.Int // the accumulator at the last settlement
	// ExitRequested is the keys the oracle asked to exit, oldest first
	// (key indexes below it, the curated registry's rule); exitSlots[k] is
	// the reference slot of key k's request, where its deadline starts
	// (OverdueExitRequests); its top bit marks a triggered exit (exitSlot
	// masks it).
	ExitRequested uint64
	exitSlots     []uint64
	// ExitCharged is the first requested key not yet charged the exit
	// delay penalty (keys below it were charged once, or exited first);
	// Stuck is set by the last report when an exit request is overdue:
	// the operator's rewards of a report are halved meanwhile (bondedexits.go).
	ExitCharged uint64
	Stuck       bool
	// The reports' scorecards, summed (review finding 4).
	MissedAttestations uint64
	MissedProposals    uint64
	Slashed            uint64
}

// Active is deposited minus exited.
func (o *BondedOperator) Active() uint64 { return o.Deposited - o.Exited }

// exitSlot is the reference slot of key k's exit request (k <
// ExitRequested), without the mark of a triggered exit (exittrigger.go).
func (o *BondedOperator) exitSlot(k uint64) uint64 { return o.exitSlots[k] &^ triggeredBit }

type bondedBatch struct {
	op    uint64
	count uint64
}

// BondedKey is one key the queue gave a deposit.
type BondedKey struct {
	Operator uint64
	Index    uint64
	Key      SigningKey
}

// BondedModule is the module's books.
type BondedModule struct {
	governance  Address
	router      Address // deposits, exited counts, unvetting, rewards
	params      BondedParams
	ops         []*BondedOperator
	keys        map[Pubkey]struct{}
	queue       []bondedBatch
	dropped     []bondedBatch // batches that left with keys undeposited, until Dropped
	head        int
	enqueued    uint64      // Σ batches' counts
	depositable uint64      // Σ operators' Depositable
	active      uint64      // Σ active validators
	acc         uint256.Int // reward shares per active validator × RewardPrecision
	held        uint256.Int // the module's shares in the pool
	burnt       uint256.Int // shares sent to the burner since creation
	// knownElsewhere reports a key another module of the router holds
	// (nil: a module alone, as in its own tests): one key set across
	// modules.
	knownElsewhere func(Pubkey) bool
}

// NewBondedModule creates the module with governance's settings.
func NewBondedModule(governance, router Address, p BondedParams) (*BondedModule, *Error) {
	if err := p.Validate(); err != nil {
		return nil, err
	}
	if governance == (Address{}) || router == (Address{}) {
		return nil, reject(CodeInvalidParameter, "governance and router must be non-zero")
	}
	return &BondedModule{governance: governance, router: router, params: cloneBondedParams(p), keys: map[Pubkey]struct{}{}}, nil
}

func cloneBondedParams(p BondedParams) BondedParams {
	return BondedParams{Curve: append([]uint256.Int(nil), p.Curve...), Penalizers: append([]Address(nil), p.Penalizers...), ExitDelayPenalty: p.ExitDelayPenalty}
}

// Params are the current settings.
func (m *BondedModule) Params() BondedParams { return cloneBondedParams(m.params) }

// SetParams replaces the curve and the penalizers (governance only; the
// exit delay penalty has its own setter, as the contract's setParams).
func (m *BondedModule) SetParams(sender Address, p BondedParams) *Error {
	if sender != m.governance {
		return reject(CodeNotAuthorized, "only governance %s sets the bonded module's parameters", m.governance)
	}
	p.ExitDelayPenalty = m.params.ExitDelayPenalty
	if err := p.Validate(); err != nil {
		return err
	}
	m.params = cloneBondedParams(p)
	return nil
}

// Operators is the number of operators.
func (m *BondedModule) Operators() uint64 { return uint64(len(m.ops)) }

// Operator returns a copy of operator id's books with its pending rewards
// settled (as the next call that touches it would).
func (m *BondedModule) Operator(id uint64) (BondedOperator, *Error) {
	op, err := m.operator(id)
	if err != nil {
		return BondedOperator{}, err
	}
	c := *op
	c.Keys, c.exitSlots = nil, nil
	pending := m.pending(op)
	pay := minU(pending, &c.Debt)
	c.Debt.Sub(&c.Debt, pay)
	c.Bond.Add(&c.Bond, pending.Sub(pending, pay))
	return c, nil
}

// HeldShares are the module's shares in the pool: every bond, rewards not
// yet settled and the accumulator's rounding dust.
func (m *BondedModule) HeldShares() *uint256.Int { return new(uint256.Int).Set(&m.held) }

// BurntShares are the shares the module sent to the burner.
func (m *BondedModule) BurntShares() *uint256.Int { return new(uint256.Int).Set(&m.burnt) }

// ActiveValidators is Σ deposited − exited.
func (m *BondedModule) ActiveValidators() uint64 { return m.active }

// QueueLength is the number of batches waiting.
func (m *BondedModule) QueueLength() uint64 { return uint64(len(m.queue) - m.head) }

func (m *BondedModule) operator(id uint64) (*BondedOperator, *Error) {
	if id >= uint64(len(m.ops)) {
		return nil, reject(CodeUnknownOperator, "no bonded operator %d (there are %d)", id, len(m.ops))
	}
	return m.ops[id], nil
}

// pending is the operator's rewards since its last settlement:
// ⌊active × (acc − snapshot) / P⌋, rounded down (the active count is
// constant between settlements, so Σ pending never exceeds what was
// minted; the dust stays with the module).
func (m *BondedModule) pending(op *BondedOperator) *uint256.Int {
	z := new(uint256.Int).Sub(&m.acc, &op.accSnap)
	mulDiv(z, new(uint256.Int).SetUint64(op.Active()), z, RewardPrecision)
	return z
}

// settle credits the operator's pending rewards: its debt first (those
// shares go to the burner), the rest to its bond. Returns the shares burnt.
func (m *BondedModule) settle(op *BondedOperator) *uint256.Int {
	pending := m.pending(op)
	op.accSnap.Set(&m.acc)
	pay := new(uint256.Int).Set(minU(pending, &op.Debt))
	op.Debt.Sub(&op.Debt, pay)
	op.Bond.Add(&op.Bond, pending.Sub(pending, pay))
	m.burn(pay)
	return pay
}

// credit adds bond shares the module received for the operator: an
// unpaid penalty first (burnt), the rest to its bond.
func (m *BondedModule) credit(op *BondedOperator, shares *uint256.Int) {
	m.held.Add(&m.held, shares)
	pay := new(uint256.Int).Set(minU(shares, &op.Debt))
	op.Debt.Sub(&op.Debt, pay)
	m.burn(pay)
	op.Bond.Add(&op.Bond, new(uint256.Int).Sub(shares, pay))
}

func (m *BondedModule) burn(shares *uint256.Int) {
	m.held.Sub(&m.held, shares)
	m.burnt.Add(&m.burnt, shares)
}

// bondETH is the bond's value, rounded down (the pool's favour).
func (m *BondedModule) bondETH(op *BondedOperator, r *ShareRate) *uint256.Int {
	return r.ETHFor(&op.Bond)
}

// Coverable is how many of operator id's keys the bond covers at rate r
// now (what its Depositable becomes at its next update).
func (m *BondedModule) Coverable(id uint64, r ShareRate) (uint64, *Error) {
	c, err := m.Operator(id)
	if err != nil {
		return 0, err
	}
	return m.coverable(&c, &r), nil
}

func (m *BondedModule) coverable(op *BondedOperator, r *ShareRate) uint64 {
	covered := m.params.BondCovers(m.bondETH(op, r))
	// The bond covers deposited validators until they are withdrawn.
	top := min(op.Vetted, op.Withdrawn+min(covered, 1<<62)) // Vetted ≤ len(Keys)
	if top <= op.Deposited {
		return 0
	}
	return top - op.Deposited
}

// Unbonded is how many of the operator's non-withdrawn keys the bond does
// not cover.
func (m *BondedModule) Unbonded(id uint64, r ShareRate) (uint64, *Error) {
	c, err := m.Operator(id)
	if err != nil {
		return 0, err
	}
	keys := uint64(len(m.ops[id].Keys)) - c.Withdrawn
	covered := m.params.BondCovers(m.bondETH(&c, &r))
	if covered >= keys {
		return 0, nil
	}
	return keys - covered, nil
}

// requiredShares is the shares the curve requires of the operator's
// deposited, not yet withdrawn validators and of its depositable keys (a
// queue place is held only with its bond, review finding 2):
// BondRequired(deposited − withdrawn + depositable) converted up (the
// pool's favour). An exited validator stays bonded until the oracle
// counts it withdrawn (its slashing loss is known only then, review
// finding 1).
func (m *BondedModule) requiredShares(op *BondedOperator, r *ShareRate) *uint256.Int {
	return r.SharesForUp(m.params.BondRequired(op.Deposited - op.Withdrawn + op.Depositable))
}

// Claimable is the bond shares operator id may claim now: its bond above
// what the curve requires of its non-withdrawn validators; none while a
// penalty is unpaid.
func (m *BondedModule) Claimable(id uint64, r ShareRate) (*uint256.Int, *Error) {
	c, err := m.Operator(id)
	if err != nil {
		return nil, err
	}
	return m.claimable(&c, &r), nil
}

func (m *BondedModule) claimable(op *BondedOperator, r *ShareRate) *uint256.Int {
	z := new(uint256.Int)
	if !op.Debt.IsZero() {
		return z
	}
	need := m.requiredShares(op, r)
	if op.Bond.Gt(need) {
		z.Sub(&op.Bond, need)
	}
	return z
}

// checkUpload checks an upload in the contract's order: the count, the
// bond, then each key (empty, known, repeated).
func (m *BondedModule) checkUpload(keys []SigningKey, d *BondDeposit, r *ShareRate) (*uint256.Int, *Error) {
	if len(keys) == 0 || len(keys) > MaxBondedKeysPerTx {
		return nil, reject(CodeMalformed, "between 1 and %d keys per upload, got %d", MaxBondedKeysPerTx, len(keys))
	}
	// The contract's order: the bond's form, the keys, then submit's gate.
	if err := d.check(); err != nil {
		return nil, err
	}
	if err := m.checkKeys(keys); err != nil {
		return nil, err
	}
	return d.shares(r)
}

// CreateOperator makes sender the manager of a new operator with keys and
// a bond (which may be empty: its keys are then unbonded). Returns the id
// and the shares the bond added.
func (m *BondedModule) CreateOperator(sender Address, keys []SigningKey, d BondDeposit, r ShareRate) (uint64, *uint256.Int, *Error) {
	if sender == (Address{}) {
		return 0, nil, reject(CodeNotAuthorized, "the zero address manages no operator")
	}
	s, err := m.checkUpload(keys, &d, &r)
	if err != nil {
		return 0, nil, err
	}
	id := uint64(len(m.ops))
	op := &BondedOperator{Manager: sender}
	m.ops = append(m.ops, op)
	m.appendKeys(op, keys)
	op.Bond.Add(&op.Bond, s)
	m.held.Add(&m.held, s)
	m.normalize(id, &r)
	return id, s, nil
}

// AddKeys appends keys to operator id (its manager only), with an
// optional bond.
func (m *BondedModule) AddKeys(sender Address, id uint64, keys []SigningKey, d BondDeposit, r ShareRate) (*uint256.Int, *Error) {
	op, err := m.operator(id)
	if err != nil {
		return nil, err
	}
	if sender != op.Manager {
		return nil, reject(CodeNotAuthorized, "only bonded operator %d's manager %s may add its keys", id, op.Manager)
	}
	s, err := m.checkUpload(keys, &d, &r)
	if err != nil {
		return nil, err
	}
	m.settle(op)
	m.appendKeys(op, keys)
	m.credit(op, s)
	m.normalize(id, &r)
	return s, nil
}

// TopUp adds bond to operator id; anyone may. Returns the shares added.
func (m *BondedModule) TopUp(id uint64, d BondDeposit, r ShareRate) (*uint256.Int, *Error) {
	op, err := m.operator(id)
	if err != nil {
		return nil, err
	}
	s, err := d.shares(&r)
	if err != nil {
		return nil, err
	}
	if s.IsZero() {
		return nil, reject(CodeZeroAmount, "a top-up of nothing")
	}
	m.settle(op)
	m.credit(op, s)
	m.normalize(id, &r)
	return s, nil
}

// NormalizeQueue enqueues operator id's keys that became depositable
// (a rebase or rewards raised its bond's value); anyone may call it.
func (m *BondedModule) NormalizeQueue(id uint64, r ShareRate) *Error {
	op, err := m.operator(id)
	if err != nil {
		return err
	}
	m.settle(op)
	m.normalize(id, &r)
	return nil
}

// normalize recomputes the operator's depositable keys at rate r and
// puts those not yet in the queue at its end, as one batch (CSM's
// normalizeQueue). Every call that changes an operator ends with it, so
// Enqueued ≥ Depositable always: every depositable key is reachable.
func (m *BondedModule) normalize(id uint64, r *ShareRate) {
	op := m.ops[id]
	d := m.coverable(op, r)
	m.depositable -= op.Depositable
	m.depositable += d
	op.Depositable = d
	if d > op.Enqueued {
		m.queue = append(m.queue, bondedBatch{op: id, count: d - op.Enqueued})
		m.enqueued += d - op.Enqueued
		op.Enqueued = d
	}
}

// Claim sends shares of operator id's bond, at most what is claimable, to
// its manager (the manager only). Returns the shares sent.
func (m *BondedModule) Claim(sender Address, id uint64, shares *uint256.Int, r ShareRate) (*uint256.Int, *Error) {
	op, err := m.operator(id)
	if err != nil {
		return nil, err
	}
	if sender != op.Manager {
		return nil, reject(CodeNotAuthorized, "only bonded operator %d's manager %s may claim its bond", id, op.Manager)
	}
	if shares.IsZero() {
		return nil, reject(CodeZeroAmount, "a claim of nothing")
	}
	c, _ := m.Operator(id)
	if !c.Debt.IsZero() {
		return nil, reject(CodeBondLocked, "operator %d owes %s shares of penalties: nothing is claimable", id, c.Debt.Dec())
	}
	free := m.claimable(&c, &r)
	if shares.Gt(free) {
		return nil, reject(CodeBondInsufficient, "claiming %s shares, %s are above the bond the curve requires", shares.Dec(), free.Dec())
	}
	m.settle(op)
	op.Bond.Sub(&op.Bond, shares)
	m.held.Sub(&m.held, shares)
	m.normalize(id, &r)
	return new(uint256.Int).Set(shares), nil
}

// Penalize charges operator id amount wei for reason (a penalizer only):
// the amount converted to shares up (the pool's favour) is burnt from the
// bond; what the bond cannot pay becomes a debt taken from the next
// rewards. Returns the shares burnt now.
func (m *BondedModule) Penalize(sender Address, id uint64, amount *uint256.Int, reason uint8, r ShareRate) (*uint256.Int, *Error) {
	if !m.isPenalizer(sender) {
		return nil, reject(CodeNotAuthorized, "%s may not penalize bonded operators", sender)
	}
	op, err := m.operator(id)
	if err != nil {
		return nil, err
	}
	if reason == 0 || reason > maxPenaltyReason {
		return nil, reject(CodeMalformed, "penalty reason %d is not 1 (slashing), 2 (stuck) or 3 (EL rewards)", reason)
	}
	if amount.IsZero() {
		return nil, reject(CodeZeroAmount, "a penalty of nothing")
	}
	if amount.BitLen() > 128 {
		return nil, reject(CodeAmountTooLarge, "a penalty of 2^128 wei or more")
	}
	burnt := m.settle(op)
	burnt.Add(burnt, m.charge(op, amount, &r))
	m.normalize(id, &r)
	return burnt, nil
}

// charge burns amount wei, converted to shares up (the pool's favour),
// from the operator's bond; what the bond lacks becomes its debt. Returns
// the shares burnt.
func (m *BondedModule) charge(op *BondedOperator, amount *uint256.Int, r *ShareRate) *uint256.Int {
	due := r.SharesForUp(amount)
	take := new(uint256.Int).Set(minU(due, &op.Bond))
	op.Bond.Sub(&op.Bond, take)
	op.Debt.Add(&op.Debt, due.Sub(due, take))
	m.burn(take)
	return take
}

func (m *BondedModule) isPenalizer(a Address) bool {
	if a == m.governance || a == m.router {
		return true
	}
	for _, p := range m.params.Penalizers {
		if p == a {
			return true
		}
	}
	return false
}

// DepositableTotal is the deposits the module can give now (the router's
// summary figure): Σ operators' Depositable.
func (m *BondedModule) DepositableTotal() uint64 { return m.depositable }

// Enqueued is the keys waiting in the queue (at least DepositableTotal).
func (m *BondedModule) Enqueued() uint64 { return m.enqueued }
