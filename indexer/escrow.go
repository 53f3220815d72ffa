package indexer

import (
	"github.com/ethereum/go-ethereum/common"
)

// The veto escrow and the emergency pause in the books.
//
// The escrow holds what holders lock as its own balance: the pool moves a
// holder's shares to it (TransferShares holder → escrow), wstETH moves the
// tokens (Transfer holder → escrow), the queue moves request NFTs. Those
// movements carry escrow_lock, their way back escrow_unlock, so a
// statement says where the stETH went and why. In a rage quit the escrow
// spends the committed shares on withdrawal requests owned by the holder
// (TransferShares escrow → queue; WithdrawalRequested with the escrow as
// requestor): the holder's withdrawal ledger gets the request as rage_quit.
// The escrow's and the gate seal's own events are kept as logs (the events
// stream shows them); the pause's ends and who set them are a record.

// escrowReason names a movement between an account and the veto escrow
// (other: the reason when neither end is the escrow).
func escrowReason(a *Addresses, from, to common.Address, other Reason) Reason {
	e := a.VetoEscrow
	switch {
	case e == (common.Address{}):
		return other
	case from == e && to == a.WithdrawalQueue:
		return ReasonRageQuit // the escrow's committed shares into a holder's request
	case to == e:
		return ReasonEscrowLock
	case from == e:
		return ReasonEscrowUnlock
	}
	return other
}

// Pause targets, as the pool numbers them.
const (
	PauseStaking     = 1
	PauseDeposits    = 2
	PauseWithdrawals = 4
)

// Pause is the emergency pause as the events left it: each target's end
// (a timestamp; paused while a block's time is below it) and the last
// change.
type Pause struct {
	StakingUntil     uint64
	DepositsUntil    uint64
	WithdrawalsUntil uint64
	// The last pause or resume: its targets, its block and time, who did it
	// (the gate seal's committee, or governance), whether it was the seal,
	// and whether it was a resume.
	Targets uint64
	Block   uint64
	Time    uint64
	By      common.Address
	Sealed  bool
	Resumed bool
	// Pauses counts the PausedUntil events so far.
	Pauses uint64
}

func (p *Pause) encode() []byte {
	var e enc
	e.u64(p.StakingUntil)
	e.u64(p.DepositsUntil)
	e.u64(p.WithdrawalsUntil)
	e.u64(p.Targets)
	e.u64(p.Block)
	e.u64(p.Time)
	e.addr(p.By)
	e.boolean(p.Sealed)
	e.boolean(p.Resumed)
	e.u64(p.Pauses)
	return e.b
}

func decodePause(b []byte) (Pause, error) {
	d := dec{b: b}
	var p Pause
	p.StakingUntil, p.DepositsUntil, p.WithdrawalsUntil = d.u64(), d.u64(), d.u64()
	p.Targets, p.Block, p.Time = d.u64(), d.u64(), d.u64()
	p.By = d.addr()
	p.Sealed, p.Resumed = d.boolean(), d.boolean()
	p.Pauses = d.u64()
	return p, d.done()
}

// pause applies the pool's PausedUntil and PauseResumed as the pool does
// (an end only moves later; a resume clears staking and deposits).
func (t *txState) pause(ev *Event) error {
	p, err := t.pauseRecord()
	if err != nil {
		return err
	}
	targets := ev.U64("targets")
	p.Targets, p.Block, p.Time, p.Sealed, p.Resumed = targets, t.pos.Block, t.time, false, false
	p.By = t.ap.a.Governance // extendPause and resumePaused are governance's
	if ev.Name == "PauseResumed" {
		p.Resumed = true
		if targets&PauseStaking != 0 {
			p.StakingUntil = 0
		}
		if targets&PauseDeposits != 0 {
			p.DepositsUntil = 0
		}
		return t.ap.w.set([]byte{kPause}, p.encode())
	}
	p.Pauses++
	for i := range t.evs {
		if d := &t.evs[i]; d.ok && d.ev.Contract == GateSeal && d.ev.Name == "Sealed" {
			p.By, p.Sealed = d.ev.Addr("committee"), true
		}
	}
	until := ev.U64("until")
	for _, x := range []struct {
		bit uint64
		end *uint64
	}{{PauseStaking, &p.StakingUntil}, {PauseDeposits, &p.DepositsUntil}, {PauseWithdrawals, &p.WithdrawalsUntil}} {
		if targets&x.bit != 0 && *x.end < until {
			*x.end = until
		}
	}
	return t.ap.w.set([]byte{kPause}, p.encode())
}

func (t *txState) pauseRecord() (Pause, error) {
	v, ok, err := t.ap.w.get([]byte{kPause})
	if err != nil || !ok {
		return Pause{}, err
	}
	return decodePause(v)
}

// Pause reads the emergency pause's record (zero before any pause).
func (v *View) Pause() (Pause, error) {
	b, ok, err := get(v.snap, []byte{kPause})
	if err != nil || !ok {
		return Pause{}, err
	}
	return decodePause(b)
}
