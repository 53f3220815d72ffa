package protocol

import (
	"slices"

	"github.com/holiman/uint256"
)

// The stakers' veto (in the spirit of Lido's dual governance; our rules,
// docs/governance.md). Holders lock stETH, wstETH or unfinalized
// withdrawal requests in the escrow; each locks weight in shares (stETH's
// shares, wstETH one share per token, a request's shares). The weight of
// the current round against the total shares is the veto's support:
//
//   - below the first seal nothing changes;
//   - from the first seal every proposal's timelock lengthens in
//     proportion, up to VetoMaxExtensionSeconds just below the second;
//   - at the second seal nothing executes, and the lock that reaches it
//     starts a rage quit: the round's assets are committed — they leave
//     only through the withdrawal queue, never back as stETH — and
//     proposals stay frozen for RageQuitWindowSeconds and until every
//     request the round's holders made through the escrow within that
//     window (and every request they had locked) is finalized. Locks made
//     meanwhile count for the next round.
//
// Unlocking is never delayed, so a holder who locked before a proposal's
// timelock ended can always leave the escrow before the proposal runs.

// Asset kinds of EvEscrowLocked.
const (
	LockedStETH   = 1
	LockedWstETH  = 2
	LockedRequest = 3
)

type escrowLock struct {
	round     uint64
	shares    uint256.Int // stETH shares held for the holder
	wst       uint256.Int // wstETH held for the holder
	reqShares uint256.Int // the locked requests' shares
	requests  []uint64    // locked request ids, in lock order
}

func (l *escrowLock) weight() uint256.Int {
	var w uint256.Int
	w.Add(&l.shares, &l.wst)
	return *w.Add(&w, &l.reqShares)
}

func (l *escrowLock) empty() bool {
	return l.shares.IsZero() && l.wst.IsZero() && len(l.requests) == 0
}

type escrowState struct {
	round   uint64      // the signalling round (from 1); a rage quit starts the next
	weight  uint256.Int // the round's locked weight, in shares
	lastReq uint64      // the highest request id locked in the round
	locks   map[Address]*escrowLock
	// The last rage quit: its round (0: none yet), start time, and the
	// last request id that must be finalized before proposals run again.
	rqRound  uint64
	rqStart  uint64
	rqLastID uint64
}

// EscrowLock is a copy of one holder's assets in the escrow.
type EscrowLock struct {
	Holder Address
	// Round is the signalling round the assets were locked in; they are
	// committed to a rage quit when it is below the escrow's round.
	Round     uint64
	Shares    uint256.Int
	WstETH    uint256.Int
	ReqShares uint256.Int
	Requests  []uint64
	Committed bool
}

// Escrow returns the escrow's address (zero: this pool has no veto), its
// signalling round and the round's weight in shares.
func (s *State) Escrow() (addr Address, round uint64, weight *uint256.Int) {
	return s.escrowAddr, s.escrow.round, new(uint256.Int).Set(&s.escrow.weight)
}

// EscrowLastRequest is the highest request id locked in the current round
// (what a rage quit starting now would wait for).
func (s *State) EscrowLastRequest() uint64 { return s.escrow.lastReq }

// EscrowLockOf returns a holder's assets in the escrow.
func (s *State) EscrowLockOf(holder Address) (EscrowLock, bool) {
	l := s.escrow.locks[holder]
	if l == nil {
		return EscrowLock{Holder: holder}, false
	}
	return EscrowLock{Holder: holder, Round: l.round, Shares: l.shares, WstETH: l.wst, ReqShares: l.reqShares,
		Requests: slices.Clone(l.requests), Committed: l.round < s.escrow.round}, true
}

// EscrowHolders lists the holders with assets in the escrow, ascending.
func (s *State) EscrowHolders() []Address {
	out := make([]Address, 0, len(s.escrow.locks))
	for a := range s.escrow.locks {
		out = append(out, a)
	}
	slices.SortFunc(out, compareAddr)
	return out
}

// RageQuit returns the last rage quit: its round (0: none), start time,
// the last request id it waits for, and whether proposals are frozen now.
func (s *State) RageQuit() (round, start, lastID uint64, frozen bool) {
	e := &s.escrow
	return e.rqRound, e.rqStart, e.rqLastID, s.rageQuitFrozen()
}

// VetoState is what the veto means for governance now: a rage quit holds
// proposals frozen; the round holds the second seal (nothing executes);
// the extension of every timelock.
func (s *State) VetoState() (frozen, vetoed bool, extension uint64) {
	return s.rageQuitFrozen(), s.vetoAtLeast(s.params.VetoSecondSealBP), s.VetoExtension()
}

// rageQuitFrozen: a rage quit freezes proposals for its window and until
// its requests are finalized.
func (s *State) rageQuitFrozen() bool {
	e := &s.escrow
	return e.rqRound != 0 && (s.time < e.rqStart+s.params.RageQuitWindowSeconds || s.finalized < e.rqLastID)
}

// inRageQuitWindow: the window in which committed holders' requests hold
// the freeze.
func (s *State) inRageQuitWindow() bool {
	e := &s.escrow
	return e.rqRound != 0 && s.time < e.rqStart+s.params.RageQuitWindowSeconds
}

// vetoAtLeast reports weight × 10000 ≥ bp × total shares (exact, no
// division); an empty escrow supports nothing.
func (s *State) vetoAtLeast(bp uint64) bool {
	if s.escrow.weight.IsZero() {
		return false
	}
	var w, t uint256.Int
	w.Mul(&s.escrow.weight, uint256.NewInt(BP))
	t.Mul(&s.totalShares, uint256.NewInt(bp))
	return !w.Lt(&t)
}

// VetoSupportBP is the round's weight in basis points of the total shares,
// rounded down (a view; the rules compare exactly).
func (s *State) VetoSupportBP() uint64 {
	var w uint256.Int
	w.Mul(&s.escrow.weight, uint256.NewInt(BP))
	w.Div(&w, &s.totalShares)
	if !w.IsUint64() {
		return ^uint64(0)
	}
	return w.Uint64()
}

// VetoExtension is how much longer every timelock is now: 0 below the
// first seal, then VetoMaxExtensionSeconds × (support − first) /
// (second − first), rounded up (the holders' favour: a longer delay), up
// to the maximum at the second seal.
func (s *State) VetoExtension() uint64 {
	p := &s.params
	if !s.vetoAtLeast(p.VetoFirstSealBP) {
		return 0
	}
	if s.vetoAtLeast(p.VetoSecondSealBP) {
		return p.VetoMaxExtensionSeconds
	}
	// max × (w×BP − first×S) / ((second − first) × S), up.
	var num, den, t, rem uint256.Int
	num.Mul(&s.escrow.weight, uint256.NewInt(BP))
	t.Mul(&s.totalShares, uint256.NewInt(p.VetoFirstSealBP))
	num.Sub(&num, &t)
	num.Mul(&num, uint256.NewInt(p.VetoMaxExtensionSeconds))
	den.Mul(&s.totalShares, uint256.NewInt(p.VetoSecondSealBP-p.VetoFirstSealBP))
	num.DivMod(&num, &den, &rem)
	if !rem.IsZero() {
		num.AddUint64(&num, 1) // up: the holders' favour
	}
	return num.Uint64()
}

// escrowFor checks that the pool has an escrow and returns the holder's
// lock for a new lock: a holder whose assets are committed to a rage quit
// must take them out through the queue first.
func (s *State) escrowFor(holder Address) (*escrowLock, *Error) {
	if s.escrowAddr == (Address{}) {
		return nil, reject(CodeNotAuthorized, "this pool has no veto escrow")
	}
	l := s.escrow.locks[holder]
	if l != nil && l.round < s.escrow.round {
		return nil, reject(CodeRageQuit, "%s's assets in the escrow are committed to rage quit %d: withdraw them through the queue first", holder, l.round)
	}
	return l, nil
}

func (s *State) newLock(holder Address, l *escrowLock) *escrowLock {
	if l == nil {
		l = &escrowLock{round: s.escrow.round}
		s.escrow.locks[holder] = l
	}
	return l
}

// lockStETH locks amount of the holder's stETH: its shares (the amount
// converted down, as a transfer) move to the escrow.
func (s *State) lockStETH(holder Address, amount *uint256.Int) *Error {
	l, err := s.escrowFor(holder)
	if err != nil {
		return err
	}
	if err := checkAmount(amount, "amount"); err != nil {
		return err
	}
	var shares uint256.Int
	s.sharesByEth(&shares, amount)
	if shares.IsZero() {
		return reject(CodeZeroAmount, "%s stETH is worth no share", amount.Dec())
	}
	acc := s.lookup(holder)
	if acc == nil || acc.Shares.Lt(&shares) {
		return reject(CodeInsufficientBalance, "%s has %s stETH, cannot lock %s", holder, s.balanceString(acc), eth(amount))
	}
	l = s.newLock(holder, l)
	s.moveShares(acc, s.account(s.escrowAddr), &shares)
	l.shares.Add(&l.shares, &shares)
	s.emitTransfer(holder, s.escrowAddr, amount, &shares)
	s.addWeight(holder, LockedStETH, 0, amount, &shares)
	s.afterLock()
	return nil
}

// lockWstETH locks w of the holder's wstETH.
func (s *State) lockWstETH(holder Address, w *uint256.Int) *Error {
	l, err := s.escrowFor(holder)
	if err != nil {
		return err
	}
	if err := checkAmount(w, "amount"); err != nil {
		return err
	}
	if w.IsZero() {
		return reject(CodeZeroAmount, "cannot lock 0 wstETH")
	}
	acc, err := s.holdingWstETH(holder, w, "lock")
	if err != nil {
		return err
	}
	l = s.newLock(holder, l)
	acc.WstETH.Sub(&acc.WstETH, w)
	esc := s.account(s.escrowAddr)
	esc.WstETH.Add(&esc.WstETH, w)
	l.wst.Add(&l.wst, w)
	s.emit(Event{Kind: EvTransfer, From: holder, To: s.escrowAddr, Shares: *w, Count: wstETHTransfer})
	s.addWeight(holder, LockedWstETH, 0, w, w)
	s.afterLock()
	return nil
}

// wstETHTransfer marks an EvTransfer of wstETH (not stETH) in Count.
const wstETHTransfer = 2

// lockRequests locks the holder's unfinalized withdrawal requests; ids
// are strictly ascending.
func (s *State) lockRequests(holder Address, ids []uint64) *Error {
	if len(ids) == 0 || len(ids) > MaxPerCall {
		return reject(CodeMalformed, "between 1 and %d requests per command, got %d", MaxPerCall, len(ids))
	}
	for i := 1; i < len(ids); i++ {
		if ids[i] <= ids[i-1] {
			return reject(CodeMalformed, "request ids must be strictly ascending")
		}
	}
	l, err := s.escrowFor(holder)
	if err != nil {
		return err
	}
	for _, id := range ids {
		if id == 0 || id > uint64(len(s.queue)) {
			return reject(CodeUnknownRequest, "no withdrawal request %d", id)
		}
	}
	for _, id := range ids {
		q := &s.queue[id-1]
		switch {
		case q.Claimed:
			return reject(CodeAlreadyClaimed, "request %d was claimed", id)
		case q.Owner != holder:
			return reject(CodeNotAuthorized, "request %d belongs to %s", id, q.Owner)
		case id <= s.finalized:
			return reject(CodeRequestFinalized, "request %d is finalized: claim it instead", id)
		}
	}
	l = s.newLock(holder, l)
	for _, id := range ids {
		q := &s.queue[id-1]
		q.Owner = s.escrowAddr
		s.emit(Event{Kind: EvWithdrawalTransferred, Index: id, From: holder, To: s.escrowAddr})
		l.requests = append(l.requests, id)
		l.reqShares.Add(&l.reqShares, &q.Shares)
		s.escrow.lastReq = max(s.escrow.lastReq, id)
		s.addWeight(holder, LockedRequest, id, &q.StETH, &q.Shares)
	}
	s.afterLock()
	return nil
}

// addWeight counts a lock in the round's weight.
func (s *State) addWeight(holder Address, kind uint64, id uint64, amount, w *uint256.Int) {
	s.escrow.weight.Add(&s.escrow.weight, w)
	s.emit(Event{Kind: EvEscrowLocked, From: holder, Count: kind, Index: id, Amount: *amount, Shares: *w})
}

// afterLock starts a rage quit when the round's support reached the
// second seal and no earlier rage quit still freezes proposals.
func (s *State) afterLock() {
	if s.rageQuitFrozen() || !s.vetoAtLeast(s.params.VetoSecondSealBP) {
		return
	}
	e := &s.escrow
	e.rqRound, e.rqStart, e.rqLastID = e.round, s.time, e.lastReq
	s.emit(Event{Kind: EvRageQuitStarted, Index: e.round, Count: e.lastReq, Shares: e.weight})
	e.round++
	e.weight.Clear()
	e.lastReq = 0
}

// unlock returns everything the holder locked in the current round.
func (s *State) unlock(holder Address) *Error {
	if s.escrowAddr == (Address{}) {
		return reject(CodeNotAuthorized, "this pool has no veto escrow")
	}
	l := s.escrow.locks[holder]
	if l == nil {
		return reject(CodeNothingLocked, "%s has nothing in the escrow", holder)
	}
	if l.round < s.escrow.round {
		return reject(CodeRageQuit, "%s's assets are committed to rage quit %d: they leave through the queue only", holder, l.round)
	}
	esc := s.account(s.escrowAddr)
	acc := s.account(holder)
	w := l.weight()
	if !l.shares.IsZero() {
		var amount uint256.Int
		s.ethByShares(&amount, &l.shares)
		s.moveShares(esc, acc, &l.shares)
		s.emitTransfer(s.escrowAddr, holder, &amount, &l.shares)
	}
	if !l.wst.IsZero() {
		esc.WstETH.Sub(&esc.WstETH, &l.wst)
		acc.WstETH.Add(&acc.WstETH, &l.wst)
		s.emit(Event{Kind: EvTransfer, From: s.escrowAddr, To: holder, Shares: l.wst, Count: wstETHTransfer})
	}
	for _, id := range l.requests {
		s.queue[id-1].Owner = holder
		s.emit(Event{Kind: EvWithdrawalTransferred, Index: id, From: s.escrowAddr, To: holder})
	}
	s.escrow.weight.Sub(&s.escrow.weight, &w)
	delete(s.escrow.locks, holder)
	s.emit(Event{Kind: EvEscrowUnlocked, From: holder, Shares: w})
	return nil
}

// rageQuitWithdraw takes a holder's committed assets out through the
// queue: its locked requests go back to it, its wstETH is unwrapped in the
// escrow, and one withdrawal request per amount is made from its shares,
// owned by the holder. Requests made within the rage quit's window hold
// the freeze until they are finalized.
func (s *State) rageQuitWithdraw(holder Address, amounts []uint256.Int) *Error {
	if s.escrowAddr == (Address{}) {
		return reject(CodeNotAuthorized, "this pool has no veto escrow")
	}
	l := s.escrow.locks[holder]
	if l == nil || l.round == s.escrow.round {
		return reject(CodeNothingLocked, "%s has no assets committed to a rage quit (unlock what it locked since)", holder)
	}
	if len(amounts) > MaxPerCall {
		return reject(CodeMalformed, "at most %d requests per command, got %d", MaxPerCall, len(amounts))
	}
	var avail uint256.Int
	avail.Add(&l.shares, &l.wst)
	var per []uint256.Int
	if len(amounts) > 0 {
		var err *Error
		if per, err = s.checkRequests(s.escrowAddr, holder, amounts, &avail); err != nil {
			return err
		}
	}
	for _, id := range l.requests {
		s.queue[id-1].Owner = holder
		s.emit(Event{Kind: EvWithdrawalTransferred, Index: id, From: s.escrowAddr, To: holder})
	}
	l.requests, l.reqShares = nil, uint256.Int{}
	if !l.wst.IsZero() {
		w := l.wst
		if err := s.unwrap(s.escrowAddr, &w); err != nil {
			panic("protocol: the escrow's wstETH is out of step: " + err.Error())
		}
		l.shares.Add(&l.shares, &w)
		l.wst.Clear()
	}
	var total uint256.Int
	if len(amounts) > 0 {
		first := uint64(len(s.queue)) + 1
		s.commitRequests(s.escrowAddr, holder, amounts, per)
		for i := range per {
			total.Add(&total, &per[i])
		}
		l.shares.Sub(&l.shares, &total)
		if s.inRageQuitWindow() && l.round <= s.escrow.rqRound {
			s.escrow.rqLastID = max(s.escrow.rqLastID, first+uint64(len(amounts))-1)
		}
	}
	if l.empty() {
		delete(s.escrow.locks, holder)
	}
	s.emit(Event{Kind: EvRageQuitWithdrawal, From: holder, Count: uint64(len(amounts)), Shares: total})
	return nil
}

func encodeEscrow(e *encoder, m *escrowState) {
	e.u64(m.round)
	e.u256(&m.weight)
	e.u64(m.lastReq)
	e.u64(m.rqRound)
	e.u64(m.rqStart)
	e.u64(m.rqLastID)
	holders := make([]Address, 0, len(m.locks))
	for a := range m.locks {
		holders = append(holders, a)
	}
	slices.SortFunc(holders, compareAddr)
	e.u64(uint64(len(holders)))
	for _, a := range holders {
		l := m.locks[a]
		e.addr(a)
		e.u64(l.round)
		e.u256(&l.shares)
		e.u256(&l.wst)
		e.u256(&l.reqShares)
		e.u64(uint64(len(l.requests)))
		for _, id := range l.requests {
			e.u64(id)
		}
	}
}

func decodeEscrow(d *decoder, m *escrowState) {
	m.round = d.u64()
	d.u256(&m.weight)
	m.lastReq = d.u64()
	m.rqRound = d.u64()
	m.rqStart = d.u64()
	m.rqLastID = d.u64()
	m.locks = map[Address]*escrowLock{}
	for n := d.count(20 + 8 + 96 + 8); n > 0 && d.err == nil; n-- {
		a := d.addr()
		l := &escrowLock{round: d.u64()}
		d.u256(&l.shares)
		d.u256(&l.wst)
		d.u256(&l.reqShares)
		for k := d.count(8); k > 0 && d.err == nil; k-- {
			l.requests = append(l.requests, d.u64())
		}
		m.locks[a] = l
	}
}
