package scenario

import (
	"context"
	"errors"
	"math"
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
// then, for each pool (its oracle.Pool: members and bridge), the block at
// the next slot begins: credits are mirrored (less the MEV the pool
// forgoes), the members report when a frame starts, a new slashing of the
// pool's validators raises the alert, asked exits go to the chain, the
// deposit step runs and its records go to the chain; then the chain
// advances one more slot.
func (w *chainWorld) AdvanceEpoch() error {
	ctx := context.Background()
	spe := w.sp.SlotsPerEpoch
	head := w.Slot()
	w.advance(int(spe - 1 - head%spe))
	w.scanNew()
	slot := w.Slot() + 1
	// The pools' reading part (their own state and reads of the chain's
	// state) runs concurrently; what they send to the chain (exits,
	// deposits: queued for its next block, in pool order) runs in order
	// after, so the run does not depend on the cores.
	errs := make([]error, len(w.pools))
	var wg sync.WaitGroup
	for k, p := range w.pools {
		read := func() { errs[k] = w.readChain(ctx, p, slot) }
		if k == len(w.pools)-1 {
			read()
			continue
		}
		wg.Add(1)
		go func() { defer wg.Done(); read() }()
	}
	wg.Wait()
	for k, p := range w.pools {
		if errs[k] != nil {
			return errs[k]
		}
		if err := p.op.ForwardExits(ctx); err != nil {
			return err
		}
		if d := p.st.DepositableEther(); !d.Lt(protocol.DepositSizeWei) {
			p.ensureKeys(uint64(ethOf(d)/32)/uint64(p.ops) + 10)
			if err := p.op.Deposit(ctx, 10_000); err != nil && protocol.CodeOf(err) == "" {
				return err
			}
		}
	}
	w.advance(1)
	return nil
}

// readChain begins pool p's block at slot: credits are mirrored, the
// members report when a frame starts, a new slashing of the pool's
// validators raises the alert. It changes only p and reads the chain.
func (w *chainWorld) readChain(ctx context.Context, p *poolSim, slot uint64) error {
	if err := p.st.BeginBlock(slot); err != nil {
		return err
	}
	if err := p.op.Credit(ctx); err != nil {
		return err
	}
	if err := w.report(ctx, p); err != nil {
		return err
	}
	if n := w.slashedOf(p); n > p.slashedSeen {
		p.slashedSeen = n
		if err := p.op.Watch(ctx); err != nil && protocol.CodeOf(err) == "" {
			return err
		}
	}
	return nil
}

// advance moves the chain n slots, timing it.
func (w *chainWorld) advance(n int) {
	t0 := time.Now()
	w.chain.Advance(n)
	w.chainTime += time.Since(t0)
}

// report has the pool's members report when a frame starts (the chain's
// head is then the reference slot): a frame whose report is not applied
// (a sanity limit) is counted as rejected; an applied one's insurance
// cover and socialized loss are added up.
func (w *chainWorld) report(ctx context.Context, p *poolSim) error {
	if prm := p.st.Params(); p.st.Block()%prm.SlotsPerFrame() != 0 {
		return nil
	}
	if _, ok := p.st.CurrentRefSlot(); !ok {
		return nil
	}
	preRate := ethOf(p.st.TotalPooledEther()) / ethOf(p.st.TotalShares())
	applied, err := p.op.Report(ctx)
	if !applied {
		if err == nil {
			return nil // nothing to report (already processed)
		}
		var pe *protocol.Error
		if !errors.As(err, &pe) {
			return err
		}
		p.reportsRejected++
		p.lastReject = pe.Error()
		return nil
	}
	rec, _ := p.st.LastReport()
	p.insuranceCovered += ethOf(&rec.InsuranceCover)
	postRate := ethOf(&rec.PostTotalEther) / ethOf(&rec.PostTotalShare)
	if postRate < preRate {
		p.socialized += (preRate - postRate) * ethOf(&rec.PostTotalShare)
	}
	return nil
}

// slashedOf counts the pool's slashed validators (they only grow).
func (w *chainWorld) slashedOf(p *poolSim) int {
	n := 0
	w.chain.With(func(s *sim.State) {
		for _, i := range p.idx {
			if s.Slashed[i] {
				n++
			}
		}
	})
	return n
}

// poolChain is the chain as one pool's members and bridge read it: the
// shared simulator, with ValidatorsByCredentials answered from the
// scenario's index of the pool's validators instead of a scan of the
// whole registry (the same validators: only the pool deposits to its
// credentials). The slice it returns is reused by its next call, which
// rewrites only what changes (balances, epochs, slashing, status): its
// callers (oracle.Member, oracle.Bridge) do not keep it past their own.
type poolChain struct {
	*sim.Chain
	p    *poolSim
	buf  *[]beacon.Validator
	dbuf *[]beacon.DutyCounts
}

// Duties is sim.Chain's, into a buffer reused the same way.
func (c poolChain) Duties(_ context.Context, indices []beacon.ValidatorIndex) ([]beacon.DutyCounts, error) {
	out, err := c.DutiesInto(*c.dbuf, indices)
	*c.dbuf = out
	return out, err
}

func (c poolChain) ValidatorsByCredentials(_ context.Context, creds beacon.Credentials) ([]beacon.Validator, error) {
	if creds != beacon.Credentials(c.p.wc) {
		return nil, nil
	}
	buf := *c.buf
	c.With(func(s *sim.State) {
		cur := beacon.Epoch(s.CurrentEpoch())
		for j, i := range c.p.idx {
			if j == len(buf) {
				buf = append(buf, s.Validator(i))
				continue
			}
			v := &buf[j]
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
			for i := 0; i < w.bgN; i++ {
				cands = append(cands, i)
			}
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
	if k < 0 {
		n := int(math.Round(share * float64(w.bgN)))
		for i := 0; i < n; i++ {
			w.part[i] = int16(v)
		}
		return
	}
	p := w.pools[k]
	for j, i := range p.idx {
		if op < 0 || p.opOf[j] == op {
			if v < 0 && len(p.cfg.Operators.Participation) > 0 {
				w.part[i] = int16(math.Round(float64(p.cfg.Operators.Participation[p.opOf[j]]) * 1000))
			} else {
				w.part[i] = int16(v)
			}
		}
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
	_ beacon.Chain      = poolChain{}
	_ oracle.DutyReader = poolChain{}
)
