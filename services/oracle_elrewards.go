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

// elRewards reads the frame's blocks (the last report's reference slot,
// ref], at most one frame back, through the Beacon API and, for the pool's
// validators' blocks that did not pay the vault, the execution node's
// receipts, into the ledger oracle.ComputeView charges operators from
// (oracle/elrewards.go). The slots are final (the member reports once the
// reference slot is), so every member reads the same blocks. Memory: the
// ledger's entries for the proposers that paid elsewhere.
func (m *OracleMember) elRewards(ctx context.Context, v *chainView, ref uint64, vs []beacon.Validator) (*oracle.ELRewardsLedger, error) {
	last, err := m.c.Oracle.LastRefSlot(v.opts())
	if err != nil {
		return nil, m.c.rpcErr("read the last report", err)
	}
	prm, err := m.c.Oracle.GetParams(v.opts())
	if err != nil {
		return nil, m.c.rpcErr("read the oracle's parameters", err)
	}
	f, _ := oracle.ELRewardsFrame(last.Uint64(), ref, prm.EpochsPerFrame*v.slotsPerEpoch)
	from := uint64(f)
	vault := beacon.Address(m.c.Addr.ELRewardsVault)
	pool := make(map[beacon.ValidatorIndex]bool, len(vs))
	for i := range vs {
		pool[vs[i].Index] = true
	}
	l := oracle.NewELRewardsLedger(vault, beacon.Slot(from), beacon.Slot(ref))
	want := func(i beacon.ValidatorIndex) bool { return pool[i] }
	tips := func(p *api.BlockPayout) bool {
		b := proposedBlock(p)
		return !b.PaysVault(vault) // the vault's own blocks need no receipts
	}
	for s := from + 1; s <= ref; s++ {
		p, ok, err := m.beacon.BlockPayout(ctx, beacon.Slot(s), want, tips)
		if err != nil {
			return nil, fmt.Errorf("services: %s: execution rewards of slot %d: %w", m.name, s, err)
		}
		if !ok || !pool[p.Proposer] {
			continue
		}
		b := proposedBlock(p)
		l.Add(&b)
	}
	if l.Elsewhere > 0 {
		m.log.Warn("pool validators' blocks paid elsewhere than the execution-rewards vault", "ref_slot", ref, "blocks", l.Blocks, "elsewhere", l.Elsewhere)
	}
	return l, nil
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
