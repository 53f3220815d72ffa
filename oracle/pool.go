package oracle

import (
	"context"
	"errors"
	"fmt"

	"github.com/stakepool/stakepool/beacon"
	"github.com/stakepool/stakepool/protocol"
)

// SimChain is a chain that can be advanced one slot at a time: the
// simulator (*sim.Chain).
type SimChain interface {
	beacon.Chain
	Advance(slots int)
}

// Pool is what a pool does in each of its blocks, next to a simulated
// chain that it does not advance, with its in-process oracle members and
// its Bridge. It is the one implementation of that step: the scenario
// simulator holds one per pool (several pools on one chain, a block per
// epoch), the oracle tests' driver one for a pool on a chain of its own (a
// block per slot).
//
// The caller begins the block (State.BeginBlock, the chain's head being
// the slot before), calls Read then Send (or Step, both), and advances the
// chain one slot, whose block carries what Send sent:
//
// Read (the chain at its head):
//  1. what the chain credited since the last block is mirrored with
//     CmdChainCredit (Bridge.CreditCommands): sweeps to the withdrawal
//     vault, execution-layer rewards to the execution-rewards vault;
//  2. at the first slot of a frame every member acts (computes the report,
//     the head being the reference slot, votes, and the first to see the
//     quorum submits); when a report is applied, OnReport runs and the
//     exits it asks for are queued on the bridge;
//  3. at the first slot of an epoch every member watches for newly
//     slashed pool validators (the alert), unless Watching says not to.
//
// Send (to the chain's next block):
//  4. at the first slot of an epoch the queued exits go to the chain
//     (those the chain refuses as too young stay queued);
//  5. when a whole deposit is in the buffer, the system deposit command,
//     and every new deposit record goes to the chain.
//
// A Pool is not safe for concurrent use.
type Pool struct {
	State   *protocol.State
	Members []*Member
	Bridge  *Bridge
	// Apply applies a transaction in the current block; nil applies it to
	// State at once (State.ApplyTx).
	Apply func(tx *protocol.Tx) ([]protocol.Event, error)
	// Watching, when set, says at the first slot of an epoch whether the
	// members watch for slashings (a caller that counts the pool's slashed
	// validators cheaply skips the epochs where the count did not grow:
	// the members would find nothing new); nil: every epoch.
	Watching func() bool
	// OnReport runs after a report is applied, with the chain's head still
	// at the report's reference slot.
	OnReport func(rec protocol.ReportRecord)
	// OnMemberError receives members' errors (a report the protocol would
	// reject, a rejected vote, a chain read that failed); when nil, Read
	// returns them, joined.
	OnMemberError func(e *MemberError)
	// ForceExits, when set, has the pool force overdue exits at each
	// epoch's first slot (Bridge.ForceOverdueExits: every module's
	// operators), the first member sending the triggers; ForcedExits
	// counts them.
	ForceExits  bool
	ForcedExits int
}

// Duty is what a member was doing when it failed (MemberError).
type Duty string

const (
	DutyReport Duty = "report" // Member.Act at a frame's first slot
	DutyAlert  Duty = "alert"  // Member.Watch at an epoch's first slot
)

// MemberError is one member's error in a pool's block. A member's error
// is its own: the block goes on without it.
type MemberError struct {
	Member *Member
	Duty   Duty
	Err    error
}

func (e *MemberError) Error() string { return e.Err.Error() }
func (e *MemberError) Unwrap() error { return e.Err }

// NewPool wires st, the chain and the members, with a new Bridge (credits
// the chain made before now are its baseline).
func NewPool(ctx context.Context, st *protocol.State, chain beacon.Chain, members []*Member) (*Pool, error) {
	b, err := NewBridge(ctx, st, chain)
	if err != nil {
		return nil, err
	}
	return &Pool{State: st, Members: members, Bridge: b}, nil
}

// Do applies cmd from sender at the current block, with the sender's next
// nonce (none for the system sender), through Apply.
func (p *Pool) Do(sender protocol.Address, cmd protocol.Command) ([]protocol.Event, error) {
	if p.Apply == nil {
		return p.State.ApplyNext(sender, cmd)
	}
	tx := &protocol.Tx{Sender: sender, Cmd: cmd}
	if sender != protocol.SystemSender {
		tx.Nonce = p.State.Account(sender).Nonce
	}
	return p.Apply(tx)
}

// Step is Read then Send: the pool's whole block. The members' errors are
// returned (or passed to OnMemberError) after the block is done.
func (p *Pool) Step(ctx context.Context) (reported bool, err error) {
	reported, merrs, err := p.read(ctx)
	if err != nil {
		return reported, err
	}
	if err := p.Send(ctx); err != nil {
		return reported, err
	}
	return reported, errors.Join(merrs...)
}

// Read is the first half of the pool's block (steps 1–3 of Pool), the
// chain's head being the slot before the block. It reports whether a
// report was applied. The members' errors go to OnMemberError or are
// returned, joined, after the rest of Read is done (each a *MemberError);
// any other error means the block could not be done.
func (p *Pool) Read(ctx context.Context) (reported bool, err error) {
	reported, merrs, err := p.read(ctx)
	if err != nil {
		return reported, err
	}
	return reported, errors.Join(merrs...)
}

func (p *Pool) read(ctx context.Context) (reported bool, merrs []error, err error) {
	if err := p.credit(ctx); err != nil {
		return false, nil, err
	}
	fail := func(m *Member, d Duty, err error) {
		e := &MemberError{Member: m, Duty: d, Err: err}
		if p.OnMemberError != nil {
			p.OnMemberError(e)
			return
		}
		merrs = append(merrs, e)
	}
	slot := p.State.Slot()
	if p.State.AtFrameStart() {
		before := p.State.ReportCount()
		for _, m := range p.Members {
			if err := m.Act(ctx, p.State, p.sender(m.Address)); err != nil {
				fail(m, DutyReport, err)
			}
		}
		if reported = p.State.ReportCount() > before; reported {
			if p.OnReport != nil {
				rec, _ := p.State.LastReport()
				p.OnReport(rec)
			}
			p.Bridge.QueueExits(p.State)
		}
	}
	if slot%p.State.Chain().SlotsPerEpoch == 0 && (p.Watching == nil || p.Watching()) {
		for _, m := range p.Members {
			if err := m.Watch(ctx, p.State, p.sender(m.Address)); err != nil {
				fail(m, DutyAlert, err)
			}
		}
	}
	return reported, merrs, nil
}

// Send is the second half of the pool's block (steps 4 and 5 of Pool):
// what the chain's next block carries.
func (p *Pool) Send(ctx context.Context) error {
	if p.State.Slot()%p.State.Chain().SlotsPerEpoch == 0 {
		if err := p.Bridge.ForwardExits(ctx, p.State); err != nil {
			return err
		}
		if p.ForceExits && len(p.Members) > 0 {
			// The first member pays (the fee is 0 here): anyone may trigger.
			n, err := p.Bridge.ForceOverdueExits(ctx, p.State, func(cmd protocol.Command) error {
				_, err := p.Do(p.Members[0].Address, cmd)
				return err
			})
			p.ForcedExits += n
			if err != nil {
				return err
			}
		}
	}
	// With less than a whole deposit in the buffer the command would do
	// nothing.
	if !p.State.DepositableEther().Lt(protocol.DepositSizeWei) {
		cmd := protocol.Command{Kind: protocol.CmdDeposit, Count: p.State.Params().MaxDepositsPerBlock}
		if _, err := p.Do(protocol.SystemSender, cmd); err != nil {
			return fmt.Errorf("oracle: deposit: %w", err)
		}
	}
	return p.Bridge.SubmitDeposits(ctx, p.State)
}

func (p *Pool) sender(a protocol.Address) Send {
	return func(cmd protocol.Command) error {
		_, err := p.Do(a, cmd)
		return err
	}
}

// credit mirrors what the chain credited since the last call into the
// current block.
func (p *Pool) credit(ctx context.Context) error {
	cmds, err := p.Bridge.CreditCommands(ctx, p.State)
	if err != nil {
		return err
	}
	for _, c := range cmds {
		if _, err := p.Do(protocol.SystemSender, c); err != nil {
			return fmt.Errorf("oracle: chain credit: %w", err)
		}
	}
	return nil
}
