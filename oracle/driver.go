package oracle

import (
	"context"
	"errors"
	"fmt"

	"github.com/stakepool/stakepool/beacon"
	"github.com/stakepool/stakepool/protocol"
)

// SimChain is a chain the driver can advance one slot at a time: the
// simulator (*sim.Chain).
type SimChain interface {
	beacon.Chain
	Advance(slots int)
}

// Driver runs the protocol and a simulated chain in lockstep, block n of
// the protocol being slot n of the chain, with in-process oracle members
// and a Bridge for deposits, exits and credits.
// One Step is one slot:
//
//  1. BeginBlock(slot) on the protocol;
//  2. at the first slot of a frame, every member acts (computes the report
//     from the chain, whose head is still the reference slot, votes, and
//     the first to see the quorum submits); OnReport runs if a report was
//     applied; at the first slot of an epoch every member watches for
//     slashings (alert);
//  3. exit requests of applied reports go to the chain
//     (RequestVoluntaryExit of the requested keys' validators; those the
//     chain refuses because they are too young are retried every epoch);
//  4. the system deposit command, and every new deposit record to the chain
//     (SubmitDeposit);
//  5. the chain advances one slot;
//  6. what the chain credited to the withdrawal vault since the last slot
//     is mirrored into the protocol with CmdChainCredit: sweeps to the
//     withdrawal vault, proposer rewards (fees, MEV) to the
//     execution-rewards vault.
//
// The simulator credits a block's execution reward to the proposer's
// withdrawal address (the pool's vault); the driver mirrors it to the
// execution-rewards vault, as if the validators' fee recipient were that
// vault. A Driver is not safe for concurrent use.
type Driver struct {
	State   *protocol.State
	Chain   SimChain
	Members []*Member
	// OnReport runs after a report is applied, with the chain's head still
	// at the report's reference slot.
	OnReport func(d *Driver, rec protocol.ReportRecord)
	// OnMemberError receives members' errors (a report the protocol would
	// reject, a rejected vote); when nil, Step returns them.
	OnMemberError func(m *Member, err error)

	pool *Pool
}

// NewDriver wires st, chain and members. The chain's head must not be
// behind the protocol's block; credits the chain made before now are not
// mirrored (they are the baseline).
func NewDriver(ctx context.Context, st *protocol.State, chain SimChain, members []*Member) (*Driver, error) {
	if st == nil || chain == nil {
		return nil, errors.New("oracle: driver needs a state and a chain")
	}
	head, err := chain.HeadSlot(ctx)
	if err != nil {
		return nil, fmt.Errorf("oracle: driver: %w", err)
	}
	if uint64(head) < st.Block() {
		return nil, fmt.Errorf("oracle: driver: chain head %d is behind protocol block %d", head, st.Block())
	}
	p, err := NewPool(ctx, st, chain, members)
	if err != nil {
		return nil, err
	}
	d := &Driver{State: st, Chain: chain, Members: members, pool: p}
	p.OnReport = func(rec protocol.ReportRecord) {
		if d.OnReport != nil {
			d.OnReport(d, rec)
		}
	}
	return d, nil
}

// Do applies cmd from sender at the current block, with the sender's next
// nonce (none for the system sender).
func (d *Driver) Do(sender protocol.Address, cmd protocol.Command) ([]protocol.Event, error) {
	return d.pool.Do(sender, cmd)
}

// Slot is the current slot (the protocol's block).
func (d *Driver) Slot() uint64 { return d.State.Block() }

// Step simulates one slot (see Driver). Member errors are returned (or
// passed to OnMemberError) after the slot is complete; any other error
// means the driver could not go on.
func (d *Driver) Step(ctx context.Context) error {
	head, err := d.Chain.HeadSlot(ctx)
	if err != nil {
		return fmt.Errorf("oracle: driver: %w", err)
	}
	t := uint64(head) + 1
	if err := d.State.BeginBlock(t); err != nil {
		return fmt.Errorf("oracle: driver: %w", err)
	}
	d.pool.State, d.pool.Members, d.pool.OnMemberError = d.State, d.Members, d.OnMemberError
	_, rerr := d.pool.Report(ctx)
	var werr error
	if t%d.State.Params().SlotsPerEpoch == 0 {
		werr = d.pool.Watch(ctx)
		if err := d.pool.ForwardExits(ctx); err != nil {
			return err
		}
	}
	if err := d.pool.Deposit(ctx, d.State.Params().MaxDepositsPerBlock); err != nil {
		return fmt.Errorf("oracle: driver: deposit: %w", err)
	}
	d.Chain.Advance(1)
	if err := d.pool.Credit(ctx); err != nil {
		return fmt.Errorf("oracle: driver: %w", err)
	}
	return errors.Join(rerr, werr)
}

// PendingExits is the number of exits the pool asked for that the chain
// has not accepted yet.
func (d *Driver) PendingExits() int { return d.pool.Bridge.PendingExits() }

// Run simulates n slots.
func (d *Driver) Run(ctx context.Context, n int) error {
	for ; n > 0; n-- {
		if err := d.Step(ctx); err != nil {
			return err
		}
	}
	return nil
}

// RunUntil simulates slots until done returns true (checked after each
// slot) or max slots have passed; it reports whether done held.
func (d *Driver) RunUntil(ctx context.Context, max int, done func() bool) (bool, error) {
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
