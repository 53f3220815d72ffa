package node

import (
	"context"
	"encoding/binary"
	"errors"
	"fmt"
	"log/slog"

	"github.com/stakepool/stakepool/oracle"
	"github.com/stakepool/stakepool/protocol"
)

// Wiring connects the node to a simulated beacon chain and in-process
// oracle members, block n of the pool being slot n of the chain (the steps
// of oracle.Pool, but every transaction goes through the node's log and the
// credits of slot n are mirrored at the end of block n; the node is the
// devnet's until the geth-based devnet replaces it): at the end of block n
//
//  1. at the first slot of a frame the members act (the chain's head is the
//     reference slot n-1): compute the report, vote, submit;
//  2. at the first slot of an epoch the members watch for slashings and the
//     exits the pool asked for go to the chain;
//  3. the deposit step, and every new deposit record to the chain;
//  4. the chain advances to slot n;
//  5. what the chain credited to the pool's vaults is mirrored with
//     CmdChainCredit.
//
// The chain lives in memory. When it can be saved (a Chain with
// MarshalBinary and UnmarshalBinary: *sim.Chain), it is saved with the
// node's state snapshots (with what the bridge has carried; see
// SnapshotHook), and a restart loads the newest snapshot and replays the
// log after it. Otherwise a restart rebuilds it from its genesis by
// replaying the whole log. Either way Replayed does steps 2–4 for each
// replayed sealed block, the transactions of steps 1, 3 and 5 being in the
// log.
type Wiring struct {
	Chain   oracle.SimChain
	Members []*oracle.Member
	Log     *slog.Logger
	// OnReplayed, if set, runs after the chain followed a replayed block to
	// its slot (the devnet re-applies its recorded dev slashings there).
	OnReplayed func(slot uint64)

	bridge  *oracle.Bridge
	reports uint64
}

// NewWiring prepares the wiring for the pool at genesis state s; the
// chain's current credits are the baseline.
func NewWiring(chain oracle.SimChain, members []*oracle.Member, s *protocol.State, log *slog.Logger) (*Wiring, error) {
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	b, err := oracle.NewBridge(context.Background(), s, chain)
	if err != nil {
		return nil, err
	}
	return &Wiring{Chain: chain, Members: members, Log: log, bridge: b}, nil
}

// Head is the chain's head slot.
func (w *Wiring) Head() uint64 {
	h, _ := w.Chain.HeadSlot(context.Background())
	return uint64(h)
}

// EndBlock implements Hook.
func (w *Wiring) EndBlock(s *protocol.State, n uint64, apply ApplyFunc) error {
	ctx := context.Background()
	p := s.Params()
	sender := func(a protocol.Address) oracle.Send {
		return func(cmd protocol.Command) error {
			return apply(protocol.Tx{Sender: a, Nonce: s.Account(a).Nonce, Cmd: cmd})
		}
	}
	if s.AtFrameStart() && w.Head()+1 == n {
		for _, m := range w.Members {
			if err := m.Act(ctx, s, sender(m.Address)); err != nil {
				w.Log.Warn("oracle member", "member", m.Address, "slot", n, "err", err)
			}
		}
	}
	if n%s.Chain().SlotsPerEpoch == 0 {
		for _, m := range w.Members {
			if err := m.Watch(ctx, s, sender(m.Address)); err != nil {
				w.Log.Warn("oracle member watch", "member", m.Address, "slot", n, "err", err)
			}
		}
	}
	if err := apply(protocol.Tx{Sender: protocol.SystemSender, Cmd: protocol.Command{Kind: protocol.CmdDeposit, Count: p.MaxDepositsPerBlock}}); err != nil &&
		protocol.CodeOf(err) != protocol.CodeNothingToDeposit {
		return fmt.Errorf("deposit: %w", err)
	}
	if err := w.chainStep(ctx, s, n); err != nil {
		return err
	}
	cmds, err := w.bridge.CreditCommands(ctx, s)
	if err != nil {
		return err
	}
	for _, c := range cmds {
		if err := apply(protocol.Tx{Sender: protocol.SystemSender, Cmd: c}); err != nil {
			return fmt.Errorf("chain credit: %w", err)
		}
	}
	return nil
}

// Replayed implements Hook: the chain follows a block replayed from the
// log (whose credit commands are in the log: the bridge only takes them as
// mirrored).
func (w *Wiring) Replayed(s *protocol.State, n uint64) error {
	ctx := context.Background()
	if err := w.chainStep(ctx, s, n); err != nil {
		return err
	}
	if w.OnReplayed != nil {
		w.OnReplayed(n)
	}
	_, err := w.bridge.CreditCommands(ctx, s)
	return err
}

// chainStep carries the exits and deposits of the state at the end of
// block n to the chain and advances the chain to slot n.
func (w *Wiring) chainStep(ctx context.Context, s *protocol.State, n uint64) error {
	if rc := s.ReportCount(); rc > w.reports {
		w.reports = rc
		w.bridge.QueueExits(s)
	}
	if n%s.Chain().SlotsPerEpoch == 0 {
		if err := w.bridge.ForwardExits(ctx, s); err != nil {
			return err
		}
	}
	if err := w.bridge.SubmitDeposits(ctx, s); err != nil {
		return err
	}
	if head := w.Head(); n > head {
		w.Chain.Advance(int(n - head))
	}
	return nil
}

// FinalizedEpoch is the chain's finalized epoch.
func (w *Wiring) FinalizedEpoch() uint64 {
	e, err := w.Chain.FinalizedEpoch(context.Background())
	if err != nil {
		return 0
	}
	return uint64(e)
}

// PendingExits is the number of exits the chain has not accepted yet.
func (w *Wiring) PendingExits() int { return w.bridge.PendingExits() }

var _ Hook = (*Wiring)(nil)

// chainSnapshotter is a chain that can be saved and restored (*sim.Chain).
type chainSnapshotter interface {
	MarshalBinary() ([]byte, error)
	UnmarshalBinary([]byte) error
}

const wiringMagic = "stakepool/node/wiring/v1"

// CanSnapshot reports whether the chain can be saved with the snapshots.
func (w *Wiring) CanSnapshot() bool {
	_, ok := w.Chain.(chainSnapshotter)
	return ok
}

// SnapshotHook implements SnapshotHook: the chain at the end of block
// (its head is slot block) and the bridge's state.
func (w *Wiring) SnapshotHook(block uint64) ([]byte, error) {
	cs, ok := w.Chain.(chainSnapshotter)
	if !ok {
		return nil, errors.New("the chain cannot be saved")
	}
	if h := w.Head(); h != block {
		return nil, fmt.Errorf("the chain's head is slot %d, not %d", h, block)
	}
	br, err := w.bridge.MarshalBinary()
	if err != nil {
		return nil, err
	}
	ch, err := cs.MarshalBinary()
	if err != nil {
		return nil, err
	}
	out := make([]byte, 0, len(wiringMagic)+16+len(br)+len(ch))
	out = append(out, wiringMagic...)
	out = binary.BigEndian.AppendUint64(out, block)
	out = binary.BigEndian.AppendUint64(out, uint64(len(br)))
	out = append(out, br...)
	return append(out, ch...), nil
}

// RestoreHook implements SnapshotHook: it puts the chain and the bridge
// back as they were at the end of block (whose pool state is s), then
// re-applies what OnReplayed adds at that slot. An error that leaves the
// chain unchanged is an ErrHookUnchanged.
func (w *Wiring) RestoreHook(s *protocol.State, block uint64, data []byte) error {
	cs, ok := w.Chain.(chainSnapshotter)
	if !ok {
		return fmt.Errorf("%w: the chain cannot be restored", ErrHookUnchanged)
	}
	if len(data) < len(wiringMagic)+16 || string(data[:len(wiringMagic)]) != wiringMagic {
		return fmt.Errorf("%w: not a wiring snapshot", ErrHookUnchanged)
	}
	d := data[len(wiringMagic):]
	if b := binary.BigEndian.Uint64(d); b != block {
		return fmt.Errorf("%w: the snapshot is of block %d, not %d", ErrHookUnchanged, b, block)
	}
	n := binary.BigEndian.Uint64(d[8:])
	d = d[16:]
	if n > uint64(len(d)) {
		return fmt.Errorf("%w: truncated", ErrHookUnchanged)
	}
	br, err := oracle.RestoreBridge(d[:n], s, w.Chain)
	if err != nil {
		return fmt.Errorf("%w: %v", ErrHookUnchanged, err)
	}
	if err := cs.UnmarshalBinary(d[n:]); err != nil {
		return fmt.Errorf("%w: %v", ErrHookUnchanged, err) // sim.Chain.UnmarshalBinary is all or nothing
	}
	if h := w.Head(); h != block {
		return fmt.Errorf("the restored chain's head is slot %d, not %d", h, block)
	}
	w.bridge, w.reports = br, s.ReportCount()
	if w.OnReplayed != nil {
		w.OnReplayed(block)
	}
	return nil
}

var _ SnapshotHook = (*Wiring)(nil)
