package oracle

import (
	"context"
	"errors"
	"fmt"

	"github.com/holiman/uint256"

	"github.com/stakepool/stakepool/beacon"
	"github.com/stakepool/stakepool/protocol"
	"github.com/stakepool/stakepool/units"
)

// SimChain is a chain the driver can advance one slot at a time: the
// simulator (*sim.Chain).
type SimChain interface {
	beacon.Chain
	Advance(slots int)
}

// Driver runs the protocol and a simulated chain in lockstep, block n of
// the protocol being slot n of the chain, with in-process oracle members.
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

	keys      KeyIndex
	forwarded uint64 // deposit records sent to the chain
	// credited is what the chain had credited when last mirrored.
	credW, credF, credEL units.Gwei
	exitNext             []uint64          // per operator: next key index to forward
	pendingExits         []protocol.Pubkey // asked by the pool, not yet accepted by the chain
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
	d := &Driver{State: st, Chain: chain, Members: members}
	if d.credW, d.credF, d.credEL, err = d.credited(ctx); err != nil {
		return nil, err
	}
	return d, nil
}

func (d *Driver) credited(ctx context.Context) (w, f, el units.Gwei, err error) {
	v, err := d.Chain.Credited(ctx, beacon.Address(d.State.Vault()))
	if err != nil {
		return 0, 0, 0, fmt.Errorf("oracle: driver: credited: %w", err)
	}
	e, err := d.Chain.Credited(ctx, beacon.Address(d.State.ELRewardsVault()))
	if err != nil {
		return 0, 0, 0, fmt.Errorf("oracle: driver: credited: %w", err)
	}
	return v.Withdrawals, v.ProposerFees, e.Withdrawals + e.ProposerFees, nil
}

// Do applies cmd from sender at the current block, with the sender's next
// nonce (none for the system sender).
func (d *Driver) Do(sender protocol.Address, cmd protocol.Command) ([]protocol.Event, error) {
	tx := &protocol.Tx{Sender: sender, Cmd: cmd}
	if sender != protocol.SystemSender {
		tx.Nonce = d.State.Account(sender).Nonce
	}
	return d.State.ApplyTx(tx)
}

func (d *Driver) sender(a protocol.Address) Send {
	return func(cmd protocol.Command) error {
		_, err := d.Do(a, cmd)
		return err
	}
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
	p := d.State.Params()
	var merrs []error
	fail := func(m *Member, err error) {
		if d.OnMemberError != nil {
			d.OnMemberError(m, err)
		} else {
			merrs = append(merrs, err)
		}
	}
	if t%p.SlotsPerFrame() == 0 {
		before := d.State.ReportCount()
		for _, m := range d.Members {
			if err := m.Act(ctx, d.State, d.sender(m.Address)); err != nil {
				fail(m, err)
			}
		}
		if d.State.ReportCount() > before {
			if d.OnReport != nil {
				rec, _ := d.State.LastReport()
				d.OnReport(d, rec)
			}
			d.queueExits()
		}
	}
	if t%p.SlotsPerEpoch == 0 {
		for _, m := range d.Members {
			if err := m.Watch(ctx, d.State, d.sender(m.Address)); err != nil {
				fail(m, err)
			}
		}
		if err := d.forwardExits(ctx); err != nil {
			return err
		}
	}
	if _, err := d.Do(protocol.SystemSender, protocol.Command{Kind: protocol.CmdDeposit, Count: p.MaxDepositsPerBlock}); err != nil {
		return fmt.Errorf("oracle: driver: deposit: %w", err)
	}
	for _, r := range d.State.Deposits(d.forwarded) {
		dep := beacon.Deposit{Pubkey: beacon.Pubkey(r.Pubkey), WithdrawalCredentials: beacon.Credentials(r.WithdrawalCredentials),
			Amount: r.Amount, Signature: beacon.Signature(r.Signature)}
		if err := d.Chain.SubmitDeposit(ctx, dep); err != nil {
			return fmt.Errorf("oracle: driver: deposit %d: %w", r.Index, err)
		}
		d.forwarded = r.Index + 1
	}
	d.Chain.Advance(1)
	w, f, el, err := d.credited(ctx)
	if err != nil {
		return err
	}
	if err := d.credit(d.State.Vault(), w-d.credW); err != nil {
		return err
	}
	if err := d.credit(d.State.ELRewardsVault(), f-d.credF+el-d.credEL); err != nil {
		return err
	}
	d.credW, d.credF, d.credEL = w, f, el
	return errors.Join(merrs...)
}

func (d *Driver) credit(to protocol.Address, g units.Gwei) error {
	if g == 0 {
		return nil
	}
	var amt uint256.Int
	amt.Mul(uint256.NewInt(uint64(g)), uint256.NewInt(1e9))
	if _, err := d.Do(protocol.SystemSender, protocol.Command{Kind: protocol.CmdChainCredit, To: to, Amount: amt}); err != nil {
		return fmt.Errorf("oracle: driver: chain credit: %w", err)
	}
	return nil
}

// queueExits adds the keys the pool asked to exit since the last call.
func (d *Driver) queueExits() {
	d.keys.Sync(d.State)
	for _, o := range d.State.OperatorStates() {
		for int(o.ID) >= len(d.exitNext) {
			d.exitNext = append(d.exitNext, 0)
		}
		for k := d.exitNext[o.ID]; k < o.ExitRequested; k++ {
			if pk, ok := d.keys.Pubkey(o.ID, k); ok {
				d.pendingExits = append(d.pendingExits, pk)
			}
		}
		d.exitNext[o.ID] = max(d.exitNext[o.ID], o.ExitRequested)
	}
}

// forwardExits asks the chain to exit the pending validators; those not
// yet allowed to exit (too young) stay pending, those exiting already or
// unknown are dropped.
func (d *Driver) forwardExits(ctx context.Context) error {
	if len(d.pendingExits) == 0 {
		return nil
	}
	vs, err := d.Chain.ValidatorsByCredentials(ctx, beacon.Credentials(d.State.WithdrawalCredentials()))
	if err != nil {
		return fmt.Errorf("oracle: driver: %w", err)
	}
	byKey := make(map[protocol.Pubkey]*beacon.Validator, len(vs))
	for i := range vs {
		byKey[protocol.Pubkey(vs[i].Pubkey)] = &vs[i]
	}
	keep := d.pendingExits[:0]
	for _, pk := range d.pendingExits {
		v, ok := byKey[pk]
		if !ok {
			keep = append(keep, pk) // not on the chain yet
			continue
		}
		if v.ExitEpoch != beacon.FarFutureEpoch {
			continue
		}
		if err := d.Chain.RequestVoluntaryExit(ctx, v.Index); err != nil {
			if errors.Is(err, beacon.ErrExitNotAllowed) {
				keep = append(keep, pk)
				continue
			}
			return fmt.Errorf("oracle: driver: exit of validator %d: %w", v.Index, err)
		}
	}
	d.pendingExits = keep
	return nil
}

// PendingExits is the number of exits the pool asked for that the chain
// has not accepted yet.
func (d *Driver) PendingExits() int { return len(d.pendingExits) }

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
