package scenario

import (
	"context"
	"errors"
	"fmt"
	"math"
	"slices"
	"sync"
	"time"

	"github.com/stakepool/stakepool/beacon"
	"github.com/stakepool/stakepool/beacon/sim"
	"github.com/stakepool/stakepool/oracle"
	"github.com/stakepool/stakepool/protocol"
	"github.com/stakepool/stakepool/units"
)

// AdvanceEpoch implements Backend: one epoch of the chain and, in it, each
// pool's block at the epoch's first slot. The chain advances to the
// epoch's last slot (a frame's reference slot when a frame starts next);
// then, for each pool, the block at the next slot begins and its
// oracle.Pool does the pool's block: Read (credits are mirrored, less the
// MEV the pool forgoes; the members report when a frame starts; a new
// slashing of the pool's validators raises the alert) and Send (asked
// exits go to the chain, the deposit step runs and its records go to the
// chain); then the chain advances one more slot, whose block holds those
// exits and deposits.
//
// What the pools read of the chain is taken first (frozen: each pool's
// validators and duty counts when its members will read them, its vaults'
// credits, the head; one goroutine per pool); their members' and bridges'
// work then runs, pool after pool, in a goroutine of its own, concurrently
// with the next slot's processing up to its block
// (sim.Chain.AdvanceOverlapped: epoch processing, attestation draws — the
// chain's side is the critical path, and a goroutine per pool there would
// only compete with it for the two cores), and what they send runs after,
// in pool order. Nothing the pools do depends on the cores or on that
// overlap: the run is the same as with every step one after the other.
func (w *chainWorld) AdvanceEpoch() error {
	ctx := context.Background()
	spe := w.sp.SlotsPerEpoch
	head := w.Slot()
	w.advance(int(spe - 1 - head%spe))
	w.scanNew()
	w.pruneBlocks()
	w.pruneWithdrawals()
	slot := w.Slot() + 1
	errs := make([]error, len(w.pools))
	if w.serial {
		for k, p := range w.pools {
			errs[k] = w.freeze(p, slot)
		}
	} else {
		eachPool(w.pools, func(k int, p *poolSim) { errs[k] = w.freeze(p, slot) })
	}
	if err := errors.Join(errs...); err != nil {
		return err
	}
	work := func() {
		for k, p := range w.pools {
			errs[k] = w.readChain(ctx, p, slot)
		}
	}
	var sendErr error
	var sendTime time.Duration
	send := func() {
		t0 := time.Now()
		defer func() { sendTime = time.Since(t0) }()
		for _, p := range w.pools {
			p.frozen.on = false
		}
		for k, p := range w.pools {
			if errs[k] != nil {
				sendErr = errs[k]
				return
			}
			if d := p.st.DepositableEther(); !d.Lt(protocol.DepositSizeWei) {
				p.ensureKeys(uint64(ethOf(d)/32)/uint64(p.ops) + 10)
			}
			if err := p.op.Send(ctx); err != nil {
				sendErr = err
				return
			}
		}
	}
	t0 := time.Now()
	if w.serial { // the pools' work first, on this goroutine
		work()
		work = nil
	}
	w.chain.AdvanceOverlapped(work, send)
	w.chainTime += time.Since(t0) - sendTime
	return sendErr
}

// eachPool runs f for every pool, each in its own goroutine.
func eachPool(pools []*poolSim, f func(k int, p *poolSim)) {
	var wg sync.WaitGroup
	for k, p := range pools {
		wg.Add(1)
		go func() {
			defer wg.Done()
			f(k, p)
		}()
	}
	wg.Wait()
}

// freeze takes what pool p's members and bridge will read of the chain in
// its block at slot (readChain): the head, its vaults' credits, and its
// validators with their duty counts when a frame starts or a new slashing
// will have the members watch.
func (w *chainWorld) freeze(p *poolSim, slot uint64) error {
	ctx := context.Background()
	f := p.frozen
	*f = frozen{head: beacon.Slot(w.Slot()), slashed: w.slashedOf(p), idx: f.idx}
	for i, a := range []protocol.Address{p.st.Vault(), p.st.ELRewardsVault()} {
		c, err := w.chain.Credited(ctx, beacon.Address(a))
		if err != nil {
			return err
		}
		f.addr[i], f.credited[i] = beacon.Address(a), c
	}
	if slot%p.st.SlotsPerFrame() == 0 || f.slashed > p.slashedSeen {
		view := p.view
		vs, err := view.ValidatorsByCredentials(ctx, beacon.Credentials(p.wc))
		if err != nil {
			return err
		}
		// the pool's validators only grow in number, in the same order
		idx := f.idx
		if len(idx) > len(vs) {
			idx = idx[:0]
		}
		for i := len(idx); i < len(vs); i++ {
			idx = append(idx, vs[i].Index)
		}
		f.idx = idx
		if _, err := view.Duties(ctx, idx); err != nil {
			return err
		}
		f.validators = true
	}
	f.on = true
	return nil
}

// readChain begins pool p's block at slot and does its first half
// (oracle.Pool.Read): credits are mirrored, the members report when a
// frame starts, a new slashing of the pool's validators raises the alert.
// It changes only p, and reads the chain through p's frozen view only.
func (w *chainWorld) readChain(ctx context.Context, p *poolSim, slot uint64) error {
	if err := p.st.BeginBlock(slot, scenarioChain.SlotTime(slot)); err != nil {
		return err
	}
	p.merrs = p.merrs[:0]
	reported, err := p.op.Read(ctx)
	if err != nil {
		return err
	}
	return p.memberErrors(reported)
}

// advance moves the chain n slots, timing it.
func (w *chainWorld) advance(n int) {
	t0 := time.Now()
	w.chain.Advance(n)
	w.chainTime += time.Since(t0)
}

// memberErrors sorts the members' errors of the pool's block: a frame
// whose report was due and not applied because the protocol refused it (a
// sanity limit) is counted as rejected; a refused alert is a domain
// outcome (already raised); any other error is the scenario's bug (the
// members read a frozen in-memory view) and stops the run.
func (p *poolSim) memberErrors(reported bool) error {
	var fails []error
	rejected := false
	for _, e := range p.merrs {
		var pe *protocol.Error
		switch {
		case !errors.As(e, &pe):
			fails = append(fails, e)
		case e.Duty == oracle.DutyReport && !reported && !rejected:
			rejected = true
			p.reportsRejected++
			p.lastReject = pe.Error()
		}
	}
	return errors.Join(fails...)
}

// onReport adds up an applied report's insurance cover and the loss it
// socialized (the fall of the share rate times the shares).
func (p *poolSim) onReport(rec protocol.ReportRecord) {
	p.insuranceCovered += ethOf(&rec.InsuranceCover)
	preRate := ethOf(&rec.PreTotalEther) / ethOf(&rec.PreTotalShares)
	postRate := ethOf(&rec.PostTotalEther) / ethOf(&rec.PostTotalShare)
	if postRate < preRate {
		p.socialized += (preRate - postRate) * ethOf(&rec.PostTotalShare)
	}
}

// slashedOf counts the pool's slashed validators (they only grow).
// While the chain has slashed nobody new, only the pool's validators added
// since the last count are looked at.
func (w *chainWorld) slashedOf(p *poolSim) int {
	c := &p.slashCount
	w.chain.View(func(s *sim.State) {
		if at := s.SlashCount(); at != c.at || c.upto > len(p.idx) {
			*c = slashCount{at: at}
		}
		for _, i := range p.idx[c.upto:] {
			if s.Slashed[i] {
				c.n++
			}
		}
		c.upto = len(p.idx)
	})
	return c.n
}

// slashCount is slashedOf's count: n of the pool's first upto validators
// are slashed, when the chain's SlashCount was at.
type slashCount struct {
	at   uint64
	upto int
	n    int
}

// poolChain is the chain as one pool's members and bridge read it: the
// shared simulator, with ValidatorsByCredentials answered from the
// scenario's index of the pool's validators instead of a scan of the
// whole registry (the same validators: only the pool deposits to its
// credentials). The slice it returns is reused by its next call, which
// rewrites only what changes (balances, epochs, slashing, status): its
// callers (oracle.Member, oracle.Bridge) do not keep it past their own.
// While the pool's view is frozen (AdvanceEpoch), it answers the head,
// the validators, their duty counts and the vaults' credits from what was
// taken then, without touching the chain.
type poolChain struct {
	*sim.Chain
	w    *chainWorld
	p    *poolSim
	buf  *[]beacon.Validator
	dbuf *[]beacon.DutyCounts
}

// frozen is a pool's frozen view of the chain (see poolChain).
type frozen struct {
	on         bool
	head       beacon.Slot
	slashed    int // the pool's slashed validators (slashedOf)
	validators bool
	idx        []beacon.ValidatorIndex // of the validators taken, in order
	addr       [2]beacon.Address       // vault, EL rewards vault
	credited   [2]beacon.Credited
}

// errNotFrozen is a read of a frozen view that freeze did not take (a
// scenario bug, never a user's error).
var errNotFrozen = errors.New("scenario: the pool read the chain beyond its frozen view")

func (c poolChain) HeadSlot(ctx context.Context) (beacon.Slot, error) {
	if f := c.p.frozen; f.on {
		return f.head, nil
	}
	return c.Chain.HeadSlot(ctx)
}

func (c poolChain) Credited(ctx context.Context, a beacon.Address) (beacon.Credited, error) {
	if f := c.p.frozen; f.on {
		for i := range f.addr {
			if f.addr[i] == a {
				return f.credited[i], nil
			}
		}
		return beacon.Credited{}, errNotFrozen
	}
	return c.Chain.Credited(ctx, a)
}

// Duties is sim.Chain's, into a buffer reused the same way.
func (c poolChain) Duties(_ context.Context, indices []beacon.ValidatorIndex) ([]beacon.DutyCounts, error) {
	if f := c.p.frozen; f.on {
		if !f.validators || !slices.Equal(indices, f.idx) {
			return nil, errNotFrozen
		}
		return *c.dbuf, nil
	}
	out, err := c.DutiesInto(*c.dbuf, indices)
	*c.dbuf = out
	return out, err
}

// ValidatorsAt implements oracle.SlotReader: the validators at the head
// (the simulator keeps no past states), frozen or not.
func (c poolChain) ValidatorsAt(ctx context.Context, slot beacon.Slot, creds beacon.Credentials) ([]beacon.Validator, error) {
	head, err := c.HeadSlot(ctx)
	if err != nil {
		return nil, err
	}
	if slot != head {
		return nil, fmt.Errorf("scenario: validators at slot %d asked, the head is %d", slot, head)
	}
	return c.ValidatorsByCredentials(ctx, creds)
}

// FinalizedEpoch is the chain's, and not part of a frozen view.
func (c poolChain) FinalizedEpoch(ctx context.Context) (beacon.Epoch, error) {
	if c.p.frozen.on {
		return 0, errNotFrozen
	}
	return c.Chain.FinalizedEpoch(ctx)
}

// RequestVoluntaryExit is the chain's, except for the validators of
// operators that ignore exit requests (pools[].operators.ignore_exits):
// they never sign the exit, so the chain never gets it; the bridge keeps
// it queued as one not yet allowed.
func (c poolChain) RequestVoluntaryExit(ctx context.Context, index beacon.ValidatorIndex) error {
	if len(c.p.cfg.Operators.IgnoreExits) > 0 || c.p.cfg.Bonded != nil && len(c.p.cfg.Bonded.IgnoreExits) > 0 {
		if j, ok := c.p.posOf(int(index)); ok && c.p.ignoresExits(c.p.opOf[j]) {
			return beacon.ErrExitNotAllowed
		}
	}
	return c.Chain.RequestVoluntaryExit(ctx, index)
}

// posOf finds a chain index among the pool's validators (idx grows in
// chain order).
func (p *poolSim) posOf(index int) (int, bool) {
	j, ok := slices.BinarySearch(p.idx, index)
	return j, ok
}

func (c poolChain) ValidatorsByCredentials(_ context.Context, creds beacon.Credentials) ([]beacon.Validator, error) {
	if creds != beacon.Credentials(c.p.wc) {
		return nil, nil
	}
	if f := c.p.frozen; f.on {
		if !f.validators {
			return nil, errNotFrozen
		}
		return *c.buf, nil
	}
	buf := *c.buf
	c.View(func(s *sim.State) {
		cur := beacon.Epoch(s.CurrentEpoch())
		act, exit, slashed := s.ActivationEpoch, s.ExitEpoch, s.Slashed
		// the epoch of the last read, whose statuses the entries already
		// in buf hold (new entries are written whole below)
		prev := c.p.viewEpoch
		c.p.viewEpoch = cur
		for j, i := range c.p.idx {
			if j == len(buf) {
				buf = append(buf, s.Validator(i))
				continue
			}
			v := &buf[j]
			// the common case: active, not exiting, not slashed, as at the
			// last read — only the balances move
			if a := act[i]; exit[i] == math.MaxUint32 && beacon.Epoch(a) <= cur && !slashed[i] &&
				v.ActivationEpoch == beacon.Epoch(a) && v.ExitEpoch == beacon.FarFutureEpoch && !v.Slashed {
				v.Balance, v.EffectiveBalance = units.Gwei(s.Balances[i]), units.Gwei(s.EffectiveBalance(i))
				if prev < beacon.Epoch(a) {
					v.Status = beacon.StatusActiveOngoing // activated since the last read
				}
				continue
			}
			el, ac, ex, wd := s.Epochs(i)
			v.Balance, v.EffectiveBalance, v.Slashed = units.Gwei(s.Balances[i]), units.Gwei(s.EffectiveBalance(i)), s.Slashed[i]
			v.ActivationEligibilityEpoch, v.ActivationEpoch = beacon.Epoch(el), beacon.Epoch(ac)
			v.ExitEpoch, v.WithdrawableEpoch = beacon.Epoch(ex), beacon.Epoch(wd)
			v.Status = beacon.ComputeStatus(v, cur)
		}
	})
	*c.buf = buf
	return buf, nil
}

// slash slashes n validators of pool k (operators ops; empty: all), or of
// the background when k < 0, all in the current epoch.
func (w *chainWorld) slash(k int, ops []int, n uint64, share float64) int {
	done := 0
	w.chain.With(func(s *sim.State) {
		cur := s.CurrentEpoch()
		var cands []int
		if k < 0 {
			cands = w.background()
		} else {
			p := w.pools[k]
			for j, i := range p.idx {
				if len(ops) == 0 || containsInt(ops, p.opOf[j]) {
					cands = append(cands, i)
				}
			}
		}
		if share > 0 {
			n = uint64(math.Round(share * float64(len(cands))))
		}
		prop := s.Proposer()
		for _, i := range cands {
			if uint64(done) >= n {
				break
			}
			if s.Slashed[i] || !s.IsActive(i, cur) || uint32(i) == prop {
				continue
			}
			if s.SlashValidator(uint64(i), prop) == nil {
				done++
			}
		}
	})
	return done
}

// setParticipation sets the participation of a pool operator's validators
// (op < 0: all of the pool's; k < 0: share of the background); v < 0 restores.
func (w *chainWorld) setParticipation(k, op int, share float64, v int) {
	var registry int
	w.chain.View(func(s *sim.State) { registry = len(s.Balances) })
	w.ensurePart(registry)
	if k < 0 {
		bg := w.background()
		n := int(math.Round(share * float64(len(bg))))
		for _, i := range bg[:n] {
			w.part[i] = int16(v)
		}
		return
	}
	p := w.pools[k]
	for j, i := range p.idx {
		if op < 0 || p.opOf[j] == op {
			if v < 0 && p.opOf[j] < len(p.cfg.Operators.Participation) {
				w.part[i] = int16(math.Round(float64(p.cfg.Operators.Participation[p.opOf[j]]) * 1000))
			} else {
				w.part[i] = int16(v)
			}
		}
	}
}

// ensurePart grows the participation table to n validators (-1: the
// default). The table stays empty until some validator's participation
// differs from the default: the chain then draws every attester against
// the default alone, without a per-validator lookup.
func (w *chainWorld) ensurePart(n int) {
	for len(w.part) < n {
		w.part = append(w.part, -1)
	}
}

func containsInt(xs []int, x int) bool {
	for _, y := range xs {
		if y == x {
			return true
		}
	}
	return false
}

var (
	_ beacon.Chain       = poolChain{}
	_ oracle.DutyReader  = poolChain{}
	_ oracle.SlotReader  = poolChain{}
	_ oracle.BlockReader = poolChain{}

	_ oracle.WithdrawalReader = poolChain{}
)
