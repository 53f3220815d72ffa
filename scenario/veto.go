package scenario

import (
	"math"
	"math/rand/v2"
	"slices"

	"github.com/ethereum/go-ethereum/common"
	"github.com/holiman/uint256"

	"github.com/stakepool/stakepool/protocol"
)

// A contested proposal (docs/scenario.md, "Contested proposal"): at At the
// pool's governance proposes a hostile change with its timelock; a share
// of the holders object. Each objector, after its reaction delay, locks
// its stETH and wstETH in the pool's veto escrow (protocol/escrow.go);
// when a lock reaches the second seal a rage quit begins and the committed
// objectors take their assets out through the withdrawal queue. An
// objector who reacts once a rage quit has begun queues its stETH
// directly; one who reacts after the proposal ran stays. Governance tries
// to execute the proposal after every epoch; the protocol decides whether
// it may (timelock, its extension, the second seal, the rage quit's
// freeze). Every step is a protocol command: the scenario re-implements
// none of the escrow's rules. Reaction delays come from a random stream of
// their own, so a scenario without a contested proposal draws as before.

// Objector states.
const (
	objWaiting  = iota // has not reacted yet
	objLocked          // its assets are in the escrow
	objRageQuit        // committed to a rage quit: its requests are queued
	objQueued          // reacted during or after a rage quit: queued directly
	objStayed          // reacted after the proposal ran, or unlocked then
)

type objector struct {
	a      common.Address
	react  uint64 // slots from the proposal to its reaction
	state  int
	eth    float64 // stETH value of its holdings when it locked or queued
	ids    []uint64
	reqETH float64 // stETH requested
	reqAt  uint64  // slot of its requests
	handed bool    // its requests are in the claim loop
	locked bool    // it locked in the escrow before the proposal ran
	outAt  uint64  // slot at which its last request was finalized (0: not yet)
}

// contest is one run's contested proposal.
type contest struct {
	cfg       *Contested
	k         int
	p         *poolSim
	rng       *rand.Rand
	proposed  bool
	id        protocol.ProposalID
	at        uint64 // slot of the proposal
	executed  uint64 // slot of its execution (0: not yet)
	rageQuit  uint64 // slot the first rage quit began (0: none)
	objectors []objector
	objETH    float64 // the objectors' stETH at the proposal
	maxSup    float64
	maxExt    float64
}

func newContest(r *runner) *contest {
	cfg := r.sc.Contested
	if cfg == nil {
		return nil
	}
	k := r.sc.PoolIndex(cfg.Pool)
	return &contest{cfg: cfg, k: k, p: r.w.pools[k], rng: rand.New(rand.NewPCG(r.sc.Seed, 0x7e70))}
}

// escrowed is the pool's veto escrow address (with a contested proposal).
func escrowed(k int) common.Address { return addr(kEscrow, k, 0) }

// contestOf is the contested proposal when it is pool k's (nil: none).
func (sc *Scenario) contestOf(k int) *Contested {
	if c := sc.Contested; c != nil && c.Pool == sc.Pools[k].Name {
		return c
	}
	return nil
}

// genesis gives pool k the veto escrow with the contest's rules (nothing
// without a contest: the pool has no escrow, as before the knob).
func (c *Contested) genesis(g *protocol.Genesis, k int) {
	if c == nil {
		return
	}
	g.Escrow = escrowed(k)
	prm := &g.Params
	prm.VetoFirstSealBP = bp(c.Veto.FirstSeal)
	prm.VetoSecondSealBP = bp(c.Veto.SecondSeal)
	prm.VetoMaxExtensionSeconds = uint64(c.Veto.MaxExtension) * secondsPerSlot
	prm.RageQuitWindowSeconds = uint64(c.Veto.RageQuitWindow) * secondsPerSlot
}

// setTimelock: the pool's setup ran its actions with a one-second
// timelock; from now on governance waits the contest's.
func (c *Contested) setTimelock(p *poolSim) {
	if c == nil {
		return
	}
	next(p.st)
	p.govAction(protocol.Action{Kind: protocol.ActSetParameter, Param: protocol.ParamTimelockSeconds,
		Value: *uint256.NewInt(uint64(c.Timelock) * secondsPerSlot)})
	next(p.st)
}

// action is the hostile change.
func (c *Contested) action() protocol.Action {
	a := protocol.Action{Kind: protocol.ActSetParameter}
	if c.Fee != nil {
		a.Param, a.Value = protocol.ParamFeeBP, *uint256.NewInt(bp(*c.Fee))
	} else {
		a.Param, a.Value = protocol.ParamReserveTargetBP, *uint256.NewInt(bp(*c.Reserve))
	}
	return a
}

// epoch runs the contest after one epoch of the chain: the proposal when
// it falls due, the objectors' reactions, the rage quit's withdrawals,
// governance's attempt to execute, and the finalized requests.
func (c *contest) epoch(r *runner) {
	now := r.w.Slot()
	if !c.proposed {
		if now-r.start < uint64(c.cfg.At) {
			return
		}
		c.propose(r, now)
	}
	st := c.p.st
	for i := range c.objectors {
		o := &c.objectors[i]
		if o.state != objWaiting || now-c.at < o.react {
			continue
		}
		rq, _, _, _ := st.RageQuit()
		switch {
		case c.executed != 0:
			o.state = objStayed
		case rq != 0:
			c.queueDirect(o, now)
		case c.cfg.Objectors.Strategy == "exit":
			c.lockRequests(o, now)
		default:
			c.lock(o, now)
		}
	}
	if rq, _, _, _ := st.RageQuit(); rq != 0 && c.rageQuit == 0 {
		c.rageQuit = now
	}
	for i := range c.objectors {
		o := &c.objectors[i]
		if o.state == objLocked {
			if l, ok := st.EscrowLockOf(o.a); ok && l.Committed {
				c.rageQuitWithdraw(o, now)
			}
		}
	}
	c.observe()
	// finalized requests first: a report in this epoch finalized them
	// before governance's attempt below
	_, fin, _, _ := st.WithdrawalQueue()
	for i := range c.objectors {
		o := &c.objectors[i]
		if len(o.ids) > 0 && o.outAt == 0 && o.ids[len(o.ids)-1] <= fin {
			o.outAt = now
		}
	}
	if c.executed == 0 {
		if _, err := c.p.tx(c.p.gov, protocol.Command{Kind: protocol.CmdExecuteProposal, Proposal: c.id}); err == nil {
			c.executed = now
			for i := range c.objectors {
				if o := &c.objectors[i]; o.state == objLocked {
					c.p.must(o.a, protocol.Command{Kind: protocol.CmdUnlock})
					o.state = objStayed
				}
			}
		}
	}
}

// observe records the veto's support and the timelock's extension.
func (c *contest) observe() {
	c.maxSup = math.Max(c.maxSup, c.support())
	_, _, ext := c.p.st.VetoState()
	c.maxExt = math.Max(c.maxExt, float64(ext)/86400)
}

// support is the current round's weight over the total shares.
func (c *contest) support() float64 {
	_, _, w := c.p.st.Escrow()
	return ethOf(w) / math.Max(ethOf(c.p.st.TotalShares()), 1e-18)
}

// propose carves the objectors out of the holders (Share of each holder
// account's stETH, in equal parts, WstETH of it wrapped), draws their
// reaction delays and makes the proposal.
func (c *contest) propose(r *runner, now uint64) {
	p, o := c.p, &c.cfg.Objectors
	c.proposed, c.at = true, now
	var per [2]float64
	for j := range per {
		per[j] = ethOf(p.st.BalanceOf(addr(kHolder, c.k, uint64(j)))) * float64(o.Share) / float64(o.Holders)
	}
	med, sigma := o.Reaction.Median.Days(), o.Reaction.Sigma
	for i := 0; i < o.Holders; i++ {
		a := addr(kObjector, c.k, uint64(i))
		for j, amt := range per {
			if amt > 1e-9 {
				p.must(addr(kHolder, c.k, uint64(j)), protocol.Command{Kind: protocol.CmdTransfer, To: a, Amount: *weiOf(amt)})
			}
		}
		if w := ethOf(p.st.BalanceOf(a)) * float64(o.WstETH); w > 1e-9 {
			p.must(a, protocol.Command{Kind: protocol.CmdWrap, Amount: *weiOf(w)})
		}
		delay := med * math.Exp(sigma*c.rng.NormFloat64())
		c.objectors = append(c.objectors, objector{a: a, react: uint64(math.Round(delay * slotsPerDay))})
		c.objETH += c.value(a)
	}
	p.must(p.gov, protocol.Command{Kind: protocol.CmdPropose, Action: c.cfg.action()})
	c.id = protocol.ProposalID(p.st.ProposalCount())
}

// value is an account's stETH plus its wstETH, in stETH.
func (c *contest) value(a common.Address) float64 {
	st := c.p.st
	w := st.Account(a).WstETH
	return ethOf(st.BalanceOf(a)) + ethOf(st.PooledEthByShares(&w))
}

// lock puts the objector's stETH and wstETH in the escrow.
func (c *contest) lock(o *objector, now uint64) {
	st := c.p.st
	o.eth, o.state, o.locked = c.value(o.a), objLocked, true
	if w := st.Account(o.a).WstETH; !w.IsZero() {
		c.seen(c.p.must(o.a, protocol.Command{Kind: protocol.CmdLockWstETH, Amount: w}))
	}
	if l, _ := st.EscrowLockOf(o.a); l.Committed {
		// its wstETH reached the second seal: the rage quit holds it, and
		// the escrow takes no more from it (protocol: RAGE_QUIT); its stETH
		// goes to the queue directly, ahead of its rage-quit requests
		amounts := c.split(st.BalanceOf(o.a))
		if len(amounts) > 0 {
			ev := c.p.must(o.a, protocol.Command{Kind: protocol.CmdRequestWithdrawals, Amounts: amounts})
			c.requested(o, ev, amounts, now)
		}
	} else if b := st.BalanceOf(o.a); !b.IsZero() {
		c.seen(c.p.must(o.a, protocol.Command{Kind: protocol.CmdLockStETH, Amount: *b}))
	}
	c.observe()
}

// seen records the support a rage quit began with (the lock that reached
// the second seal clears the round's weight at once).
func (c *contest) seen(ev []protocol.Event) {
	for _, e := range ev {
		if e.Kind == protocol.EvRageQuitStarted {
			c.maxSup = math.Max(c.maxSup, ethOf(&e.Shares)/math.Max(ethOf(c.p.st.TotalShares()), 1e-18))
		}
	}
}

// lockRequests (strategy exit): the objector unwraps its wstETH, requests
// the withdrawal of all its stETH and locks the requests in the escrow,
// where they count as much as the stETH would, and move up the queue.
func (c *contest) lockRequests(o *objector, now uint64) {
	st := c.p.st
	o.eth, o.state, o.locked = c.value(o.a), objLocked, true
	if w := st.Account(o.a).WstETH; !w.IsZero() {
		c.p.must(o.a, protocol.Command{Kind: protocol.CmdUnwrap, Amount: w})
	}
	amounts := c.split(st.BalanceOf(o.a))
	if len(amounts) == 0 {
		return
	}
	ev := c.p.must(o.a, protocol.Command{Kind: protocol.CmdRequestWithdrawals, Amounts: amounts})
	c.requested(o, ev, amounts, now)
	c.seen(c.p.must(o.a, protocol.Command{Kind: protocol.CmdLockWithdrawals, IDs: slices.Clone(o.ids)}))
	c.observe()
}

// rageQuitWithdraw takes a committed objector's assets out through the
// queue: all of its shares' stETH (rounded down, as the escrow converts),
// in equal requests of at most the pool's maximum.
func (c *contest) rageQuitWithdraw(o *objector, now uint64) {
	l, _ := c.p.st.EscrowLockOf(o.a)
	var sh uint256.Int
	sh.Add(&l.Shares, &l.WstETH)
	amounts := c.split(c.p.st.PooledEthByShares(&sh))
	ev := c.p.must(o.a, protocol.Command{Kind: protocol.CmdRageQuitWithdraw, Amounts: amounts})
	c.requested(o, ev, amounts, now)
	o.state = objRageQuit
}

// queueDirect: an objector who reacts once a rage quit has begun queues
// its stETH (its wstETH unwrapped) like any holder.
func (c *contest) queueDirect(o *objector, now uint64) {
	st := c.p.st
	o.eth, o.state = c.value(o.a), objQueued
	if w := st.Account(o.a).WstETH; !w.IsZero() {
		c.p.must(o.a, protocol.Command{Kind: protocol.CmdUnwrap, Amount: w})
	}
	amounts := c.split(st.BalanceOf(o.a))
	if len(amounts) == 0 {
		return
	}
	ev := c.p.must(o.a, protocol.Command{Kind: protocol.CmdRequestWithdrawals, Amounts: amounts})
	c.requested(o, ev, amounts, now)
}

// split divides total (wei) into the fewest equal requests of at most the
// pool's maximum (the first takes the remainder); none below its minimum.
func (c *contest) split(total *uint256.Int) []uint256.Int {
	prm := c.p.st.Params()
	if total.Lt(&prm.MinWithdrawal) {
		return nil
	}
	var n, each, rem uint256.Int
	n.Add(total, &prm.MaxWithdrawal)
	n.SubUint64(&n, 1)
	n.Div(&n, &prm.MaxWithdrawal)
	each.DivMod(total, &n, &rem)
	out := make([]uint256.Int, n.Uint64())
	for i := range out {
		out[i] = each
	}
	out[0].Add(&out[0], &rem)
	return out[:min(len(out), protocol.MaxPerCall)]
}

// requested records an objector's new requests (and hands them to the
// claim loop, which pays them out once finalized).
func (c *contest) requested(o *objector, ev []protocol.Event, amounts []uint256.Int, now uint64) {
	j := 0
	for _, e := range ev {
		if e.Kind == protocol.EvWithdrawalRequested {
			eth := ethOf(&amounts[min(j, len(amounts)-1)])
			o.ids = append(o.ids, e.Index)
			o.reqETH += eth
			j++
		}
	}
	if j > 0 {
		o.reqAt = now
	}
	slices.Sort(o.ids)
}

// trackClaims passes the objectors' requests made in the step to the
// claim loop (after the step's epochs: their order in it is the run's).
func (c *contest) trackClaims(r *runner) {
	for i := range c.objectors {
		o := &c.objectors[i]
		if len(o.ids) == 0 || o.handed {
			continue
		}
		if q, _ := c.p.st.WithdrawalRequest(o.ids[0]); q.Owner != o.a {
			continue // locked in the escrow: handed over once back
		}
		for _, id := range o.ids {
			q, _ := c.p.st.WithdrawalRequest(id)
			r.reqs[c.k] = append(r.reqs[c.k], request{id: id, owner: o.a, slot: o.reqAt, eth: ethOf(&q.StETH)})
		}
		o.handed = true
	}
}

// contestColumns are the contest's timeseries columns.
var contestColumns = []string{"veto_support_share", "veto_extension_days", "rage_quit_frozen", "proposal_executed",
	"objectors_escrow_steth", "rage_quit_queue_steth", "objectors_left_steth"}

// row is the contest's part of a row.
func (c *contest) row() []float64 {
	st := c.p.st
	frozen, _, ext := st.VetoState()
	var esc, queued, left float64
	for i := range c.objectors {
		o := &c.objectors[i]
		if l, ok := st.EscrowLockOf(o.a); ok {
			var sh uint256.Int
			sh.Add(&l.Shares, &l.WstETH)
			sh.Add(&sh, &l.ReqShares)
			esc += ethOf(st.PooledEthByShares(&sh))
		}
		switch {
		case o.outAt != 0:
			left += o.reqETH
		case len(o.ids) > 0:
			queued += o.reqETH
		}
	}
	return []float64{c.support(), float64(ext) / 86400, flag(frozen), flag(c.executed != 0), esc, queued, left}
}

func flag(b bool) float64 {
	if b {
		return 1
	}
	return 0
}

// ContestSummary is a run's contested proposal. Times are in days from
// the proposal; an event that did not happen takes the time to the run's
// end (a lower bound).
type ContestSummary struct {
	Executed      int     `json:"proposal_executed"`
	DelayDays     float64 `json:"proposal_delay_days"`
	MaxSupport    float64 `json:"max_veto_support_share"`
	MaxExtension  float64 `json:"max_timelock_extension_days"`
	RageQuit      int     `json:"rage_quit"`
	RageQuitAfter float64 `json:"rage_quit_after_days"`
	// Objectors' stETH (wstETH counted at the share rate): at the
	// proposal, locked in the escrow, requested through the rage quit, and
	// queued directly by those who reacted once it had begun.
	ObjectorsETH float64 `json:"objectors_steth"`
	LockedETH    float64 `json:"locked_steth"`
	RageQuitETH  float64 `json:"rage_quit_steth"`
	LateETH      float64 `json:"late_queued_steth"`
	// ExitsOut is when the last request of an objector who locked was
	// finalized.
	ExitsOut float64 `json:"exits_out_after_days"`
	// Shares out before the proposal ran (or by the run's end): of the
	// stETH locked in time, and of all the objectors' stETH.
	LockedLeft    float64 `json:"locked_left_share"`
	ObjectorsLeft float64 `json:"objectors_left_share"`
	// The locked objectors' requests (made by the rage quit, or before
	// locking with strategy exit): their wait from request to
	// finalization (stETH-weighted mean, longest), and the rewards the
	// requested stETH forgoes meanwhile at the pool's mean APR, as a share
	// of it.
	MeanWait float64 `json:"exit_mean_wait_days"`
	MaxWait  float64 `json:"exit_max_wait_days"`
	Forgone  float64 `json:"exit_forgone_yield"`
}

// summary is the run's contest summary; apr is the pool's mean APR.
func (c *contest) summary(r *runner, apr float64) *ContestSummary {
	end := r.slot
	days := func(at uint64) float64 {
		if at == 0 {
			at = end
		}
		return float64(at-c.at) / slotsPerDay
	}
	s := &ContestSummary{MaxSupport: c.maxSup, MaxExtension: c.maxExt, ObjectorsETH: c.objETH}
	if !c.proposed {
		return s
	}
	s.Executed, s.DelayDays = int(flag(c.executed != 0)), days(c.executed)
	s.RageQuit, s.RageQuitAfter = int(flag(c.rageQuit != 0)), days(c.rageQuit)
	deadline := c.executed // out at the epoch it ran in: finalized before it
	if deadline == 0 {
		deadline = end
	}
	var out uint64
	var waitETH float64
	for i := range c.objectors {
		o := &c.objectors[i]
		gone := o.outAt != 0 && o.outAt <= deadline
		if gone {
			s.ObjectorsLeft += o.eth
		}
		switch {
		case o.state == objQueued:
			s.LateETH += o.reqETH
			continue
		case o.state == objRageQuit:
			s.RageQuitETH += o.reqETH
		}
		if !o.locked {
			continue
		}
		s.LockedETH += o.eth
		if gone {
			s.LockedLeft += o.eth
		}
		if len(o.ids) == 0 {
			continue
		}
		at := o.outAt
		if at == 0 {
			at = end
		}
		out = max(out, at)
		w := float64(at-o.reqAt) / slotsPerDay
		s.MeanWait += w * o.reqETH
		waitETH += o.reqETH
		s.MaxWait = math.Max(s.MaxWait, w)
	}
	s.ExitsOut = days(out)
	if waitETH > 0 {
		s.MeanWait /= waitETH
	}
	s.Forgone = s.MeanWait / daysPerYear * apr
	if s.LockedETH > 0 {
		s.LockedLeft /= s.LockedETH
	}
	if c.objETH > 0 {
		s.ObjectorsLeft /= c.objETH
	}
	return s
}
