package oracle

import (
	"context"
	"errors"
	"fmt"

	"github.com/stakepool/stakepool/beacon"
	"github.com/stakepool/stakepool/protocol"
)

// Pool is one pool's off-chain side next to a simulated chain that it does
// not advance: its in-process oracle members and its Bridge. The Driver
// uses one for a pool on a chain of its own; a scenario with several pools
// on one chain uses one per pool, advances the chain itself and, in each of
// the pool's blocks (after BeginBlock), calls:
//
//   - Credit, to mirror what the chain credited since the last call;
//   - Report at the first slot of a frame, the chain's head still at the
//     reference slot (every member computes, votes, the first to see the
//     quorum submits; the exits the report asks for are queued);
//   - Watch (the alert) and ForwardExits at the first slot of an epoch;
//   - Deposit, and the chain advances.
//
// A Pool is not safe for concurrent use.
type Pool struct {
	State   *protocol.State
	Members []*Member
	Bridge  *Bridge
	// OnReport runs after a report is applied, with the chain's head still
	// at the report's reference slot.
	OnReport func(rec protocol.ReportRecord)
	// OnMemberError receives members' errors (a report the protocol would
	// reject, a rejected vote); when nil, Report and Watch return them.
	OnMemberError func(m *Member, err error)
}

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
// nonce (none for the system sender).
func (p *Pool) Do(sender protocol.Address, cmd protocol.Command) ([]protocol.Event, error) {
	return p.State.ApplyNext(sender, cmd)
}

func (p *Pool) sender(a protocol.Address) Send {
	return func(cmd protocol.Command) error {
		_, err := p.Do(a, cmd)
		return err
	}
}

// memberErrors passes errs to OnMemberError, or joins them.
func (p *Pool) memberErrors(ms []*Member, errs []error) error {
	if p.OnMemberError == nil {
		return errors.Join(errs...)
	}
	for i, err := range errs {
		p.OnMemberError(ms[i], err)
	}
	return nil
}

// Report does the members' work when the current block is the first slot
// of a frame (nothing otherwise): each member acts in turn (the chain's
// head must be the frame's reference slot). It reports whether a report
// was applied; then OnReport runs and the exits it asks for are queued on
// the bridge. The error is the members' (see OnMemberError).
func (p *Pool) Report(ctx context.Context) (bool, error) {
	if prm := p.State.Params(); p.State.Block()%prm.SlotsPerFrame() != 0 {
		return false, nil
	}
	before := p.State.ReportCount()
	var ms []*Member
	var errs []error
	for _, m := range p.Members {
		if err := m.Act(ctx, p.State, p.sender(m.Address)); err != nil {
			ms, errs = append(ms, m), append(errs, err)
		}
	}
	applied := p.State.ReportCount() > before
	if applied {
		if p.OnReport != nil {
			rec, _ := p.State.LastReport()
			p.OnReport(rec)
		}
		p.Bridge.QueueExits(p.State)
	}
	return applied, p.memberErrors(ms, errs)
}

// Watch has every member look for newly slashed pool validators (the
// alert). The error is the members' (see OnMemberError).
func (p *Pool) Watch(ctx context.Context) error {
	var ms []*Member
	var errs []error
	for _, m := range p.Members {
		if err := m.Watch(ctx, p.State, p.sender(m.Address)); err != nil {
			ms, errs = append(ms, m), append(errs, err)
		}
	}
	return p.memberErrors(ms, errs)
}

// ForwardExits asks the chain to exit the validators the pool's reports
// asked for (Bridge.ForwardExits).
func (p *Pool) ForwardExits(ctx context.Context) error { return p.Bridge.ForwardExits(ctx, p.State) }

// Deposit runs the system deposit command (at most max deposits) and sends
// the new deposit records to the chain. A rejection of the command is
// returned as is (a *protocol.Error) after the records are sent.
func (p *Pool) Deposit(ctx context.Context, max uint64) error {
	_, derr := p.Do(protocol.SystemSender, protocol.Command{Kind: protocol.CmdDeposit, Count: max})
	if err := p.Bridge.SubmitDeposits(ctx, p.State); err != nil {
		return err
	}
	return derr
}

// Credit mirrors what the chain credited since the last call into the
// current block (Bridge.CreditCommands).
func (p *Pool) Credit(ctx context.Context) error {
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
