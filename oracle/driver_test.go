package oracle_test

import (
	"context"
	"errors"
	"fmt"

	"github.com/stakepool/stakepool/oracle"
	"github.com/stakepool/stakepool/protocol"
)

// driver is the tests' harness: the protocol and a simulated chain in
// lockstep, block n of the protocol being slot n of the chain, with the
// pool's block done by oracle.Pool. One step is one slot: BeginBlock,
// the pool's block (Pool.Step: credits, report, alert, exits, deposits),
// and the chain advances one slot. Not safe for concurrent use.
type driver struct {
	State   *protocol.State
	Chain   oracle.SimChain
	Members []*oracle.Member
	// OnReport runs after a report is applied, with the chain's head still
	// at the report's reference slot.
	OnReport func(d *driver, rec protocol.ReportRecord)
	// OnMemberError receives members' errors; when nil, step returns them.
	OnMemberError func(m *oracle.Member, err error)

	pool *oracle.Pool
}

// newDriver wires st, chain and members. The chain's head must not be
// behind the protocol's block; credits the chain made before now are not
// mirrored (they are the baseline).
func newDriver(ctx context.Context, st *protocol.State, chain oracle.SimChain, members []*oracle.Member) (*driver, error) {
	if st == nil || chain == nil {
		return nil, errors.New("driver needs a state and a chain")
	}
	head, err := chain.HeadSlot(ctx)
	if err != nil {
		return nil, fmt.Errorf("driver: %w", err)
	}
	if uint64(head) < st.Block() {
		return nil, fmt.Errorf("driver: chain head %d is behind protocol block %d", head, st.Block())
	}
	p, err := oracle.NewPool(ctx, st, chain, members)
	if err != nil {
		return nil, err
	}
	d := &driver{State: st, Chain: chain, Members: members, pool: p}
	p.OnReport = func(rec protocol.ReportRecord) {
		if d.OnReport != nil {
			d.OnReport(d, rec)
		}
	}
	return d, nil
}

// Do applies cmd from sender at the current block, with the sender's next
// nonce (none for the system sender).
func (d *driver) Do(sender protocol.Address, cmd protocol.Command) ([]protocol.Event, error) {
	return d.pool.Do(sender, cmd)
}

// Step simulates one slot. Member errors are returned (or passed to
// OnMemberError) after the slot is complete; any other error means the
// driver could not go on.
func (d *driver) Step(ctx context.Context) error {
	head, err := d.Chain.HeadSlot(ctx)
	if err != nil {
		return fmt.Errorf("driver: %w", err)
	}
	t := uint64(head) + 1
	if err := d.State.BeginBlock(t, d.State.Chain().SlotTime(t)); err != nil {
		return fmt.Errorf("driver: %w", err)
	}
	d.pool.Members = d.Members
	d.pool.OnMemberError = nil
	if d.OnMemberError != nil {
		d.pool.OnMemberError = func(e *oracle.MemberError) { d.OnMemberError(e.Member, e.Err) }
	}
	_, err = d.pool.Step(ctx)
	var me *oracle.MemberError
	if err != nil && !errors.As(err, &me) {
		return fmt.Errorf("driver: %w", err)
	}
	d.Chain.Advance(1)
	return err
}

// PendingExits is the number of exits the pool asked for that the chain
// has not accepted yet.
func (d *driver) PendingExits() int { return d.pool.Bridge.PendingExits() }

// Run simulates n slots.
func (d *driver) Run(ctx context.Context, n int) error {
	for ; n > 0; n-- {
		if err := d.Step(ctx); err != nil {
			return err
		}
	}
	return nil
}

// RunUntil simulates slots until done returns true (checked after each
// slot) or max slots have passed; it reports whether done held.
func (d *driver) RunUntil(ctx context.Context, max int, done func() bool) (bool, error) {
	for ; max > 0; max-- {
		if err := d.Step(ctx); err != nil {
			return false, err
		}
		if done() {
			return true, nil
		}
	}
	return false, nil
}
