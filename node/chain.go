package node

import (
	"context"
	"errors"
	"fmt"
	"log/slog"

	"github.com/holiman/uint256"

	"github.com/stakepool/stakepool/beacon"
	"github.com/stakepool/stakepool/oracle"
	"github.com/stakepool/stakepool/protocol"
	"github.com/stakepool/stakepool/units"
)

// Wiring connects the node to a simulated beacon chain and in-process
// oracle members, block n of the pool being slot n of the chain (the same
// steps as oracle.Driver, but every transaction goes through the node's log):
// at the end of block n
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
// The chain lives in memory: on a restart it is rebuilt from its genesis by
// replaying the log (Replayed does steps 2–4 for each sealed block, the
// transactions of steps 1, 3 and 5 being in the log), so a node with a
// Wiring replays from genesis, not from a snapshot.
type Wiring struct {
	Chain   oracle.SimChain
	Members []*oracle.Member
	Log     *slog.Logger
	// OnReplayed, if set, runs after the chain followed a replayed block to
	// its slot (the devnet re-applies its recorded dev slashings there).
	OnReplayed func(slot uint64)

	keys         oracle.KeyIndex
	forwarded    uint64
	credW, credF units.Gwei
	credEL       units.Gwei
	exitNext     []uint64
	pendingExits []protocol.Pubkey
	reports      uint64
	vault, elv   protocol.Address
	creds        protocol.Credentials
}

// NewWiring prepares the wiring for a pool whose vaults and credentials
// are those of genesis state s; the chain's current credits are the
// baseline.
func NewWiring(chain oracle.SimChain, members []*oracle.Member, s *protocol.State, log *slog.Logger) (*Wiring, error) {
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	w := &Wiring{Chain: chain, Members: members, Log: log, vault: s.Vault(), elv: s.ELRewardsVault(), creds: s.WithdrawalCredentials()}
	var err error
	w.credW, w.credF, w.credEL, err = w.credited()
	return w, err
}

// Head is the chain's head slot.
func (w *Wiring) Head() uint64 {
	h, _ := w.Chain.HeadSlot(context.Background())
	return uint64(h)
}

func (w *Wiring) credited() (wd, f, el units.Gwei, err error) {
	ctx := context.Background()
	v, err := w.Chain.Credited(ctx, beacon.Address(w.vault))
	if err != nil {
		return 0, 0, 0, fmt.Errorf("credited: %w", err)
	}
	e, err := w.Chain.Credited(ctx, beacon.Address(w.elv))
	if err != nil {
		return 0, 0, 0, fmt.Errorf("credited: %w", err)
	}
	return v.Withdrawals, v.ProposerFees, e.Withdrawals + e.ProposerFees, nil
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
	if n%p.SlotsPerFrame() == 0 && w.Head()+1 == n {
		for _, m := range w.Members {
			if err := m.Act(ctx, s, sender(m.Address)); err != nil {
				w.Log.Warn("oracle member", "member", m.Address, "slot", n, "err", err)
			}
		}
	}
	if n%p.SlotsPerEpoch == 0 {
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
	if err := w.chainStep(s, n); err != nil {
		return err
	}
	wd, f, el, err := w.credited()
	if err != nil {
		return err
	}
	credit := func(to protocol.Address, g units.Gwei) error {
		if g == 0 {
			return nil
		}
		var amt uint256.Int
		amt.Mul(uint256.NewInt(uint64(g)), uint256.NewInt(1e9))
		return apply(protocol.Tx{Sender: protocol.SystemSender, Cmd: protocol.Command{Kind: protocol.CmdChainCredit, To: to, Amount: amt}})
	}
	if err := credit(w.vault, wd-w.credW); err != nil {
		return fmt.Errorf("chain credit: %w", err)
	}
	if err := credit(w.elv, f-w.credF+el-w.credEL); err != nil {
		return fmt.Errorf("chain credit: %w", err)
	}
	w.credW, w.credF, w.credEL = wd, f, el
	return nil
}

// Replayed implements Hook: the chain follows a block replayed from the log.
func (w *Wiring) Replayed(s *protocol.State, n uint64) error {
	if err := w.chainStep(s, n); err != nil {
		return err
	}
	if w.OnReplayed != nil {
		w.OnReplayed(n)
	}
	var err error
	w.credW, w.credF, w.credEL, err = w.credited()
	return err
}

// chainStep forwards exits and deposits of the state at the end of block n
// to the chain and advances the chain to slot n.
func (w *Wiring) chainStep(s *protocol.State, n uint64) error {
	ctx := context.Background()
	if rc := s.ReportCount(); rc > w.reports {
		w.reports = rc
		w.queueExits(s)
	}
	if n%s.Params().SlotsPerEpoch == 0 {
		if err := w.forwardExits(ctx); err != nil {
			return err
		}
	}
	for _, r := range s.Deposits(w.forwarded) {
		dep := beacon.Deposit{Pubkey: beacon.Pubkey(r.Pubkey), WithdrawalCredentials: beacon.Credentials(r.WithdrawalCredentials),
			Amount: r.Amount, Signature: beacon.Signature(r.Signature)}
		if err := w.Chain.SubmitDeposit(ctx, dep); err != nil {
			return fmt.Errorf("deposit %d to the chain: %w", r.Index, err)
		}
		w.forwarded = r.Index + 1
	}
	if head := w.Head(); n > head {
		w.Chain.Advance(int(n - head))
	}
	return nil
}

func (w *Wiring) queueExits(s *protocol.State) {
	w.keys.Sync(s)
	for _, o := range s.Operators() {
		for int(o.ID) >= len(w.exitNext) {
			w.exitNext = append(w.exitNext, 0)
		}
		for k := w.exitNext[o.ID]; k < o.ExitRequested; k++ {
			if pk, ok := w.keys.Pubkey(o.ID, k); ok {
				w.pendingExits = append(w.pendingExits, pk)
			}
		}
		w.exitNext[o.ID] = max(w.exitNext[o.ID], o.ExitRequested)
	}
}

func (w *Wiring) forwardExits(ctx context.Context) error {
	if len(w.pendingExits) == 0 {
		return nil
	}
	vs, err := w.Chain.ValidatorsByCredentials(ctx, beacon.Credentials(w.creds))
	if err != nil {
		return err
	}
	byKey := make(map[protocol.Pubkey]*beacon.Validator, len(vs))
	for i := range vs {
		byKey[protocol.Pubkey(vs[i].Pubkey)] = &vs[i]
	}
	keep := w.pendingExits[:0]
	for _, pk := range w.pendingExits {
		v, ok := byKey[pk]
		if !ok {
			keep = append(keep, pk)
			continue
		}
		if v.ExitEpoch != beacon.FarFutureEpoch {
			continue
		}
		if err := w.Chain.RequestVoluntaryExit(ctx, v.Index); err != nil {
			if errors.Is(err, beacon.ErrExitNotAllowed) {
				keep = append(keep, pk)
				continue
			}
			return fmt.Errorf("exit of validator %d: %w", v.Index, err)
		}
	}
	w.pendingExits = keep
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

var _ Hook = (*Wiring)(nil)
