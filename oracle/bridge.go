package oracle

import (
	"context"
	"encoding/binary"
	"errors"
	"fmt"
	"maps"
	"slices"

	"github.com/holiman/uint256"

	"github.com/stakepool/stakepool/beacon"
	"github.com/stakepool/stakepool/protocol"
	"github.com/stakepool/stakepool/units"
)

// Bridge carries what the pool and the chain owe each other, for the
// Pool or a node's sequencer: the pool's deposit records and exit
// requests go to the chain, the chain's credits to the pool's vault come
// back as CmdChainCredit commands (from the system sender). It keeps
// track of what it has already carried. Not safe for concurrent use.
type Bridge struct {
	// ExecutionCredit, when set, maps the execution-layer rewards the chain
	// paid the pool since the last CreditCommands to what the pool's
	// execution-rewards vault receives (a model of rewards the validators
	// forgo, such as MEV they do not capture); nil: all of it.
	ExecutionCredit func(paid units.Gwei) units.Gwei

	chain     beacon.Chain
	keys      KeyIndex
	forwarded uint64 // deposit records sent to the chain
	// What the chain had credited when last mirrored (gwei).
	credW, credF, credEL units.Gwei
	exitNext             []uint64                        // per module-1 operator: next key index to forward
	exitNextMore         map[protocol.OperatorID]*uint64 // the same for other modules' operators (global ids)
	pendingExits         []protocol.Pubkey               // asked by the pool, not yet accepted by the chain
}

// NewBridge starts carrying from now: deposit records already in st are
// sent by the first SubmitDeposits, credits the chain made before now are
// the baseline and are not mirrored.
func NewBridge(ctx context.Context, st *protocol.State, chain beacon.Chain) (*Bridge, error) {
	if st == nil || chain == nil {
		return nil, errors.New("oracle: bridge needs a state and a chain")
	}
	b := &Bridge{chain: chain}
	var err error
	if b.credW, b.credF, b.credEL, err = b.credited(ctx, st); err != nil {
		return nil, err
	}
	return b, nil
}

func (b *Bridge) credited(ctx context.Context, st *protocol.State) (w, f, el units.Gwei, err error) {
	v, err := b.chain.Credited(ctx, beacon.Address(st.Vault()))
	if err != nil {
		return 0, 0, 0, fmt.Errorf("oracle: credited: %w", err)
	}
	e, err := b.chain.Credited(ctx, beacon.Address(st.ELRewardsVault()))
	if err != nil {
		return 0, 0, 0, fmt.Errorf("oracle: credited: %w", err)
	}
	return v.Withdrawals, v.ProposerFees, e.Withdrawals + e.ProposerFees, nil
}

// SubmitDeposits sends the deposit records made since the last call to
// the chain.
func (b *Bridge) SubmitDeposits(ctx context.Context, st *protocol.State) error {
	for _, r := range st.Deposits(b.forwarded) {
		dep := beacon.Deposit{Pubkey: beacon.Pubkey(r.Pubkey), WithdrawalCredentials: beacon.Credentials(r.WithdrawalCredentials),
			Amount: r.Amount, Signature: beacon.Signature(r.Signature)}
		if err := b.chain.SubmitDeposit(ctx, dep); err != nil {
			return fmt.Errorf("oracle: deposit %d: %w", r.Index, err)
		}
		b.forwarded = r.Index + 1
	}
	return nil
}

// MarkSubmitted counts the deposit records already in st as on the chain
// (a genesis that placed their validators there directly).
func (b *Bridge) MarkSubmitted(st *protocol.State) {
	for _, r := range st.Deposits(b.forwarded) {
		b.forwarded = r.Index + 1
	}
}

// CreditCommands returns the CmdChainCredit commands (system sender) that
// mirror what the chain credited since the last call: sweeps to the
// withdrawal vault; proposer rewards paid to the withdrawal vault's address
// (the simulator pays a block's execution reward to the proposer's
// withdrawal address) or to the execution-rewards vault, to the
// execution-rewards vault. The caller must apply them, in the current
// block: the bridge counts them as mirrored.
func (b *Bridge) CreditCommands(ctx context.Context, st *protocol.State) ([]protocol.Command, error) {
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
	paid := f - b.credF + el - b.credEL
	if b.ExecutionCredit != nil && paid > 0 {
		paid = min(b.ExecutionCredit(paid), paid)
	}
	add(st.ELRewardsVault(), paid)
	b.credW, b.credF, b.credEL = w, f, el
	return out, nil
}

// QueueExits notes the keys the pool asked to exit since the last call
// (after a report is applied), of every module's operators
// (ModulesOperators).
func (b *Bridge) QueueExits(st *protocol.State) {
	b.keys.Sync(st)
	for _, o := range ModulesOperators(st) {
		next := b.exitNextOf(o.ID)
		for k := *next; k < o.ExitRequested; k++ {
			if pk, ok := b.keys.Pubkey(o.ID, k); ok {
				b.pendingExits = append(b.pendingExits, pk)
			}
		}
		*next = max(*next, o.ExitRequested)
	}
}

// exitNextOf is operator id's next key to forward (a global id: module 1's
// in the dense list, another module's in the map).
func (b *Bridge) exitNextOf(id protocol.OperatorID) *uint64 {
	if isModuleOne(id) {
		for int(id) >= len(b.exitNext) {
			b.exitNext = append(b.exitNext, 0)
		}
		return &b.exitNext[id]
	}
	if b.exitNextMore == nil {
		b.exitNextMore = map[protocol.OperatorID]*uint64{}
	}
	p := b.exitNextMore[id]
	if p == nil {
		p = new(uint64)
		b.exitNextMore[id] = p
	}
	return p
}

// ForwardExits asks the chain to exit the queued validators; those not yet
// allowed to exit (too young) or not yet on the chain stay queued, those
// exiting already are dropped. (On a real chain the operators sign the
// exits; the simulator only checks the spec's conditions.)
func (b *Bridge) ForwardExits(ctx context.Context, st *protocol.State) error {
	if len(b.pendingExits) == 0 {
		return nil
	}
	vs, err := b.chain.ValidatorsByCredentials(ctx, beacon.Credentials(st.WithdrawalCredentials()))
	if err != nil {
		return fmt.Errorf("oracle: %w", err)
	}
	byKey := make(map[protocol.Pubkey]*beacon.Validator, len(vs))
	for i := range vs {
		byKey[protocol.Pubkey(vs[i].Pubkey)] = &vs[i]
	}
	keep := b.pendingExits[:0]
	for _, pk := range b.pendingExits {
		v, ok := byKey[pk]
		if !ok {
			keep = append(keep, pk) // not on the chain yet
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
			return fmt.Errorf("oracle: exit of validator %d: %w", v.Index, err)
		}
	}
	b.pendingExits = keep
	return nil
}

// PendingExits is the number of exits the pool asked for that the chain
// has not accepted yet.
func (b *Bridge) PendingExits() int { return len(b.pendingExits) }

const bridgeMagic = "stakepool/node/bridge/v2"

// MarshalBinary encodes what the bridge has carried (the key index is
// rebuilt from the state), for a node's snapshots: a restart from a
// snapshot then continues exactly where a full replay would. The magic
// names the node, whose snapshots first held it.
func (b *Bridge) MarshalBinary() ([]byte, error) {
	out := []byte(bridgeMagic)
	for _, v := range []uint64{b.forwarded, uint64(b.credW), uint64(b.credF), uint64(b.credEL), uint64(len(b.exitNext))} {
		out = binary.BigEndian.AppendUint64(out, v)
	}
	for _, v := range b.exitNext {
		out = binary.BigEndian.AppendUint64(out, v)
	}
	// other modules' operators: (global id, next) pairs by id
	more := slices.Sorted(maps.Keys(b.exitNextMore))
	out = binary.BigEndian.AppendUint64(out, uint64(len(more)))
	for _, id := range more {
		out = binary.BigEndian.AppendUint64(out, uint64(id))
		out = binary.BigEndian.AppendUint64(out, *b.exitNextMore[id])
	}
	out = binary.BigEndian.AppendUint64(out, uint64(len(b.pendingExits)))
	for _, pk := range b.pendingExits {
		out = append(out, pk[:]...)
	}
	return out, nil
}

// RestoreBridge rebuilds a bridge to chain from an encoding of
// MarshalBinary, for the pool state st it was saved with (the key index is
// rebuilt from st); it fails, and returns nothing, when the encoding is
// damaged or does not match st.
func RestoreBridge(data []byte, st *protocol.State, chain beacon.Chain) (*Bridge, error) {
	b := &Bridge{chain: chain}
	if err := b.restore(data, st); err != nil {
		return nil, err
	}
	return b, nil
}

func (b *Bridge) restore(data []byte, st *protocol.State) error {
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
	nm, ok := next()
	if !ok || nm > uint64(len(d)/16) {
		return errors.New("bridge snapshot: bad module operators")
	}
	var more map[protocol.OperatorID]*uint64
	for range nm {
		id, _ := next()
		v, _ := next()
		if isModuleOne(protocol.OperatorID(id)) {
			return errors.New("bridge snapshot: bad module operators")
		}
		if more == nil {
			more = map[protocol.OperatorID]*uint64{}
		}
		more[protocol.OperatorID(id)] = &v
	}
	n, ok := next()
	if !ok || n != uint64(len(d))/48 || uint64(len(d))%48 != 0 {
		return errors.New("bridge snapshot: bad pending exits")
	}
	pending := make([]protocol.Pubkey, n)
	for i := range pending {
		copy(pending[i][:], d[48*i:])
	}
	var keys KeyIndex
	keys.Sync(st)
	b.keys, b.forwarded = keys, h[0]
	b.credW, b.credF, b.credEL = units.Gwei(h[1]), units.Gwei(h[2]), units.Gwei(h[3])
	b.exitNext, b.exitNextMore, b.pendingExits = exitNext, more, pending
	return nil
}
