package oracle

import (
	"context"
	"fmt"
	"slices"

	"github.com/holiman/uint256"

	"github.com/stakepool/stakepool/beacon"
)

// Execution-reward integrity: the pool's validators must propose with the
// execution-rewards vault as their fee recipient (docs/operators.md). A
// member reads every block of the frame — the reference slot's finalized
// chain, (last reference slot, reference slot] — and, for each one a pool
// validator proposed, what the block paid and to whom; the report charges
// each operator the sum over its validators' blocks that paid elsewhere
// (protocol/elrewards.go applies it).
//
// The measure, per block, from the execution payload and its receipts:
//
//   - the block paid the pool when its fee recipient is the vault, or when
//     its last transaction is a transfer from its fee recipient to the
//     vault (MEV-Boost: the builder is the fee recipient and pays the
//     proposer's address last);
//   - otherwise it paid elsewhere the larger of what its fee recipient
//     received in the block — the priority fees Σ (effective gas price −
//     base fee) × gas used, plus the value of transactions sent to it by
//     others (a builder paying it in the block) — and the value of a last
//     transaction from the fee recipient to another address (a builder
//     paying a proposer's own address).
//
// Limits: value moved by internal calls (a contract's coinbase transfer)
// is not seen (it needs traces, which nodes serve unevenly); a builder
// that pays the proposer outside the block is not seen. Both only lower
// the charge of an operator that paid elsewhere. It cannot charge an
// honest operator: a block whose fee recipient is the vault is never
// measured, and the fee recipient is part of the block its proposer
// signed — nobody else can make a pool validator's block pay elsewhere.
// Others sending ETH to a cheating operator's address in its block only
// raise that operator's charge, at their own cost.

// ProposedBlock is what a member reads of one block.
type ProposedBlock struct {
	Slot         beacon.Slot
	Proposer     beacon.ValidatorIndex
	FeeRecipient beacon.Address
	// Tips are the block's priority fees, Σ (effective gas price − base
	// fee) × gas used, in wei (read only when the block may have paid
	// elsewhere).
	Tips uint256.Int
	// Payments is the value of the block's transactions to the fee
	// recipient from other senders, in wei.
	Payments uint256.Int
	// Last is the block's last transaction when the fee recipient sent it
	// with a value: its recipient and value.
	HasLast   bool
	LastTo    beacon.Address
	LastValue uint256.Int
}

// PaysVault says whether the block paid the vault: its fee recipient is
// the vault, or its last transaction pays the vault from the fee recipient.
// A member reads the tips of the other blocks only.
func (b *ProposedBlock) PaysVault(vault beacon.Address) bool {
	return b.FeeRecipient == vault || b.HasLast && b.LastTo == vault
}

// PaidElsewhere is the execution rewards the block paid elsewhere than
// vault (zero when it paid the vault): the larger of what its fee
// recipient received and what it passed on last.
func (b *ProposedBlock) PaidElsewhere(vault beacon.Address) uint256.Int {
	var out uint256.Int
	if b.PaysVault(vault) {
		return out
	}
	out.Add(&b.Tips, &b.Payments)
	if b.HasLast && b.LastValue.Gt(&out) {
		out = b.LastValue
	}
	return out
}

// ELRewardsLedger sums, over one frame, the execution rewards the blocks
// paid elsewhere than the vault, by proposer. Its memory is one entry per
// proposer whose blocks paid elsewhere (at most the pool's validators
// when only the pool's blocks are added), whatever the frame's length.
type ELRewardsLedger struct {
	vault    beacon.Address
	from, to beacon.Slot // the frame: from < slot ≤ to
	paid     map[beacon.ValidatorIndex]uint256.Int
	// Blocks counts the blocks added; Elsewhere those that paid elsewhere.
	Blocks, Elsewhere int
}

// NewELRewardsLedger is the ledger of the frame (from, to] for vault.
func NewELRewardsLedger(vault beacon.Address, from, to beacon.Slot) *ELRewardsLedger {
	return &ELRewardsLedger{vault: vault, from: from, to: to, paid: map[beacon.ValidatorIndex]uint256.Int{}}
}

// Add counts block b; a block outside the frame is ignored (false).
func (l *ELRewardsLedger) Add(b *ProposedBlock) bool {
	if b.Slot <= l.from || b.Slot > l.to {
		return false
	}
	l.Blocks++
	v := b.PaidElsewhere(l.vault)
	if v.IsZero() {
		return true
	}
	l.Elsewhere++
	sum := l.paid[b.Proposer]
	sum.Add(&sum, &v)
	l.paid[b.Proposer] = sum
	return true
}

// PaidBy is what validator i's blocks of the frame paid elsewhere.
func (l *ELRewardsLedger) PaidBy(i beacon.ValidatorIndex) uint256.Int {
	if l == nil {
		return uint256.Int{}
	}
	return l.paid[i]
}

// BlockReader is a chain that serves its blocks as a member reads them
// (the scenario's simulated chain does); a member reading one charges the
// frame's blocks that paid elsewhere (Member.Act). The service reads them
// through the Beacon API and the execution node instead
// (services/oracle_elrewards.go) into the same ledger.
type BlockReader interface {
	// ProposedBlocks calls f for each block of the slots (from, to], in
	// slot order.
	ProposedBlocks(ctx context.Context, from, to beacon.Slot, f func(*ProposedBlock)) error
}

// ELRewardsFrame is the frame whose blocks a report for reference slot
// ref reads: (last, ref], last being the last report's reference slot,
// at most one frame (frameSlots) back.
func ELRewardsFrame(last, ref, frameSlots uint64) (from, to beacon.Slot) {
	if ref > frameSlots && last < ref-frameSlots {
		last = ref - frameSlots
	}
	return beacon.Slot(last), beacon.Slot(ref)
}

// ReadELRewards is the ledger of the frame (from, to] for vault: the
// blocks br serves whose proposer is one of the pool's validators vs.
func ReadELRewards(ctx context.Context, br BlockReader, vault beacon.Address, from, to beacon.Slot, vs []beacon.Validator) (*ELRewardsLedger, error) {
	// the pool's indices sorted, searched once a block (a map of every
	// validator, rebuilt each frame, cost more than the frame's lookups)
	pool := make([]beacon.ValidatorIndex, len(vs))
	for i := range vs {
		pool[i] = vs[i].Index
	}
	if !slices.IsSorted(pool) { // by index already, from a snapshot
		slices.Sort(pool)
	}
	l := NewELRewardsLedger(vault, from, to)
	err := br.ProposedBlocks(ctx, from, to, func(b *ProposedBlock) {
		if _, ok := slices.BinarySearch(pool, b.Proposer); ok {
			l.Add(b)
		}
	})
	if err != nil {
		return nil, fmt.Errorf("oracle: read the blocks of slots (%d, %d]: %w", from, to, err)
	}
	return l, nil
}
