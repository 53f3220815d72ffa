package node

import (
	"context"
	"encoding/binary"
	"errors"
	"fmt"

	"github.com/holiman/uint256"

	"github.com/stakepool/stakepool/beacon"
	"github.com/stakepool/stakepool/oracle"
	"github.com/stakepool/stakepool/protocol"
	"github.com/stakepool/stakepool/units"
)

// bridge is the Wiring's carrier between the pool and the chain: the same
// rules as oracle.Bridge (deposit records and exit requests to the chain,
// the chain's credits to the vaults back as CmdChainCredit), with its
// state — what it has carried so far — saved with the devnet's snapshots
// (MarshalBinary), so that a restart from a snapshot continues exactly
// where a full replay would be. Not safe for concurrent use.
type bridge struct {
	chain     beacon.Chain
	keys      oracle.KeyIndex
	forwarded uint64 // deposit records sent to the chain
	// What the chain had credited when last mirrored (gwei).
	credW, credF, credEL units.Gwei
	exitNext             []uint64          // per operator: next key index to forward
	pendingExits         []protocol.Pubkey // asked by the pool, not yet accepted by the chain
}

func newBridge(ctx context.Context, st *protocol.State, chain beacon.Chain) (*bridge, error) {
	if st == nil || chain == nil {
		return nil, errors.New("node: bridge needs a state and a chain")
	}
	b := &bridge{chain: chain}
	var err error
	if b.credW, b.credF, b.credEL, err = b.credited(ctx, st); err != nil {
		return nil, err
	}
	return b, nil
}

func (b *bridge) credited(ctx context.Context, st *protocol.State) (w, f, el units.Gwei, err error) {
	v, err := b.chain.Credited(ctx, beacon.Address(st.Vault()))
	if err != nil {
		return 0, 0, 0, fmt.Errorf("bridge: credited: %w", err)
	}
	e, err := b.chain.Credited(ctx, beacon.Address(st.ELRewardsVault()))
	if err != nil {
		return 0, 0, 0, fmt.Errorf("bridge: credited: %w", err)
	}
	return v.Withdrawals, v.ProposerFees, e.Withdrawals + e.ProposerFees, nil
}

// SubmitDeposits sends the deposit records made since the last call.
func (b *bridge) SubmitDeposits(ctx context.Context, st *protocol.State) error {
	for _, r := range st.Deposits(b.forwarded) {
		dep := beacon.Deposit{Pubkey: beacon.Pubkey(r.Pubkey), WithdrawalCredentials: beacon.Credentials(r.WithdrawalCredentials),
			Amount: r.Amount, Signature: beacon.Signature(r.Signature)}
		if err := b.chain.SubmitDeposit(ctx, dep); err != nil {
			return fmt.Errorf("bridge: deposit %d: %w", r.Index, err)
		}
		b.forwarded = r.Index + 1
	}
	return nil
}

// CreditCommands returns the CmdChainCredit commands mirroring what the
// chain credited since the last call (see oracle.Bridge.CreditCommands);
// the caller must apply them in the current block.
func (b *bridge) CreditCommands(ctx context.Context, st *protocol.State) ([]protocol.Command, error) {
	w, f, el, err := b.credited(ctx, st)
	if err != nil {
		return nil, err
	}
	var out []protocol.Command
	add := func(to protocol.Address, g units.Gwei) {
		if g == 0 {
			return
		}
		var amt uint256.Int
		amt.Mul(uint256.NewInt(uint64(g)), uint256.NewInt(1e9))
		out = append(out, protocol.Command{Kind: protocol.CmdChainCredit, To: to, Amount: amt})
	}
	add(st.Vault(), w-b.credW)
	add(st.ELRewardsVault(), f-b.credF+el-b.credEL)
	b.credW, b.credF, b.credEL = w, f, el
	return out, nil
}

// QueueExits notes the keys the pool asked to exit since the last call.
func (b *bridge) QueueExits(st *protocol.State) {
	b.keys.Sync(st)
	for _, o := range st.OperatorStates() {
		for int(o.ID) >= len(b.exitNext) {
			b.exitNext = append(b.exitNext, 0)
		}
		for k := b.exitNext[o.ID]; k < o.ExitRequested; k++ {
			if pk, ok := b.keys.Pubkey(o.ID, k); ok {
				b.pendingExits = append(b.pendingExits, pk)
			}
		}
		b.exitNext[o.ID] = max(b.exitNext[o.ID], o.ExitRequested)
	}
}

// ForwardExits asks the chain to exit the queued validators; those not yet
// allowed to exit or not yet on the chain stay queued, those exiting
// already are dropped.
func (b *bridge) ForwardExits(ctx context.Context, st *protocol.State) error {
	if len(b.pendingExits) == 0 {
		return nil
	}
	vs, err := b.chain.ValidatorsByCredentials(ctx, beacon.Credentials(st.WithdrawalCredentials()))
	if err != nil {
		return fmt.Errorf("bridge: %w", err)
	}
	byKey := make(map[protocol.Pubkey]*beacon.Validator, len(vs))
	for i := range vs {
		byKey[protocol.Pubkey(vs[i].Pubkey)] = &vs[i]
	}
	keep := b.pendingExits[:0]
	for _, pk := range b.pendingExits {
		v, ok := byKey[pk]
		if !ok {
			keep = append(keep, pk)
			continue
		}
		if v.ExitEpoch != beacon.FarFutureEpoch {
			continue
		}
		if err := b.chain.RequestVoluntaryExit(ctx, v.Index); err != nil {
			if errors.Is(err, beacon.ErrExitNotAllowed) {
				keep = append(keep, pk)
				continue
			}
			return fmt.Errorf("bridge: exit of validator %d: %w", v.Index, err)
		}
	}
	b.pendingExits = keep
	return nil
}

// PendingExits is the number of exits not yet accepted by the chain.
func (b *bridge) PendingExits() int { return len(b.pendingExits) }

const bridgeMagic = "stakepool/node/bridge/v1"

// MarshalBinary encodes what the bridge has carried (the key index is
// rebuilt from the state).
func (b *bridge) MarshalBinary() ([]byte, error) {
	out := []byte(bridgeMagic)
	for _, v := range []uint64{b.forwarded, uint64(b.credW), uint64(b.credF), uint64(b.credEL), uint64(len(b.exitNext))} {
		out = binary.BigEndian.AppendUint64(out, v)
	}
	for _, v := range b.exitNext {
		out = binary.BigEndian.AppendUint64(out, v)
	}
	out = binary.BigEndian.AppendUint64(out, uint64(len(b.pendingExits)))
	for _, pk := range b.pendingExits {
		out = append(out, pk[:]...)
	}
	return out, nil
}

// restore replaces the bridge's state with an encoding of MarshalBinary,
// for the pool state st it was saved with; all or nothing.
func (b *bridge) restore(data []byte, st *protocol.State) error {
	if len(data) < len(bridgeMagic) || string(data[:len(bridgeMagic)]) != bridgeMagic {
		return errors.New("bridge snapshot: bad magic")
	}
	d := data[len(bridgeMagic):]
	next := func() (uint64, bool) {
		if len(d) < 8 {
			return 0, false
		}
		v := binary.BigEndian.Uint64(d)
		d = d[8:]
		return v, true
	}
	var h [5]uint64
	for i := range h {
		v, ok := next()
		if !ok {
			return errors.New("bridge snapshot: truncated")
		}
		h[i] = v
	}
	if h[0] > st.DepositedValidators() || h[4] > uint64(len(d)/8) {
		return errors.New("bridge snapshot: does not match the state")
	}
	exitNext := make([]uint64, h[4])
	for i := range exitNext {
		exitNext[i], _ = next()
	}
	n, ok := next()
	if !ok || n != uint64(len(d))/48 || uint64(len(d))%48 != 0 {
		return errors.New("bridge snapshot: bad pending exits")
	}
	pending := make([]protocol.Pubkey, n)
	for i := range pending {
		copy(pending[i][:], d[48*i:])
	}
	var keys oracle.KeyIndex
	keys.Sync(st)
	b.keys, b.forwarded = keys, h[0]
	b.credW, b.credF, b.credEL = units.Gwei(h[1]), units.Gwei(h[2]), units.Gwei(h[3])
	b.exitNext, b.pendingExits = exitNext, pending
	return nil
}
