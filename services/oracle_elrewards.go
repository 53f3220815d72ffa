package services

import (
	"context"
	"fmt"
	"math/big"

	"github.com/holiman/uint256"

	"github.com/stakepool/stakepool/beacon"
	"github.com/stakepool/stakepool/beacon/api"
	"github.com/stakepool/stakepool/oracle"
)

// frameBlocks reads the blocks a report needs through the Beacon API,
// each slot once: for the execution-reward charges the frame's blocks
// (the last report's reference slot, ref], at most one frame back, and,
// for the pool's validators' blocks that did not pay the vault, the
// execution node's receipts, into the ledger oracle.ComputeView charges
// operators from (oracle/elrewards.go); for the withdrawn rows every
// block's payload withdrawals since the last report's reference slot,
// not capped (oracle.WithdrawalsFrame: none when no pool validator is
// withdrawn), into the withdrawal ledger (oracle/withdrawn.go). The slots
// are final (the member reports once the reference slot is), so every
// member reads the same blocks. Memory: the ledgers' entries for the
// proposers that paid elsewhere and the withdrawn validators paid.
func (m *OracleMember) frameBlocks(ctx context.Context, v *chainView, ref uint64, vs []beacon.Validator) (*oracle.ELRewardsLedger, *oracle.WithdrawalLedger, error) {
	last, err := m.c.Oracle.LastRefSlot(v.opts())
	if err != nil {
		return nil, nil, m.c.rpcErr("read the last report", err)
	}
	prm, err := m.c.Oracle.GetParams(v.opts())
	if err != nil {
		return nil, nil, m.c.rpcErr("read the oracle's parameters", err)
	}
	f, _ := oracle.ELRewardsFrame(last.Uint64(), ref, prm.EpochsPerFrame*v.slotsPerEpoch)
	from := uint64(f)
	wf, _, needW := oracle.WithdrawalsFrame(last.Uint64(), ref, v.slotsPerEpoch, vs)
	wl := oracle.NewWithdrawalLedger(wf, beacon.Slot(ref), v.slotsPerEpoch, vs)
	if needW {
		from = min(from, uint64(wf))
	}
	vault := beacon.Address(m.c.Addr.ELRewardsVault)
	pool := make(map[beacon.ValidatorIndex]bool, len(vs))
	for i := range vs {
		pool[vs[i].Index] = true
	}
	l := oracle.NewELRewardsLedger(vault, f, beacon.Slot(ref))
	tips := func(p *api.BlockPayout) bool {
		b := proposedBlock(p)
		return !b.PaysVault(vault) // the vault's own blocks need no receipts
	}
	for s := from + 1; s <= ref; s++ {
		// before the frame only the withdrawals are needed: no
		// transactions decoded, no receipts
		inFrame := s > uint64(f)
		want := func(i beacon.ValidatorIndex) bool { return inFrame && pool[i] }
		p, ok, err := m.beacon.BlockPayout(ctx, beacon.Slot(s), want, tips)
		if err != nil {
			return nil, nil, fmt.Errorf("services: %s: blocks of the frame: slot %d: %w", m.name, s, err)
		}
		if !ok {
			continue
		}
		for i := range p.Withdrawals {
			wl.Add(&p.Withdrawals[i])
		}
		if !inFrame || !pool[p.Proposer] {
			continue
		}
		b := proposedBlock(p)
		l.Add(&b)
	}
	if l.Elsewhere > 0 {
		m.log.Warn("pool validators' blocks paid elsewhere than the execution-rewards vault", "ref_slot", ref, "blocks", l.Blocks, "elsewhere", l.Elsewhere)
	}
	if wl.Seen > 0 {
		m.log.Info("final withdrawals of the pool's validators", "ref_slot", ref, "from_slot", wf, "withdrawals", wl.Seen)
	}
	return l, wl, nil
}

// proposedBlock is the oracle's view of a block's payout.
func proposedBlock(p *api.BlockPayout) oracle.ProposedBlock {
	b := oracle.ProposedBlock{Slot: p.Slot, Proposer: p.Proposer, FeeRecipient: p.FeeRecipient, HasLast: p.HasLast, LastTo: p.LastTo}
	b.Tips = u256big(p.TipsWei)
	b.Payments = u256big(p.PaymentsWei)
	b.LastValue = u256big(p.LastValue)
	return b
}

func u256big(x *big.Int) uint256.Int {
	var v uint256.Int
	if x != nil {
		v.SetFromBig(x)
	}
	return v
}
