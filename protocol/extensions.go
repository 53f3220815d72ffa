package protocol

import (
	"github.com/holiman/uint256"

	"github.com/stakepool/stakepool/units"
)

type uint256Int = uint256.Int

func unitsGwei(v uint64) units.Gwei { return units.Gwei(v) }

// encodeExtensions and decodeExtensions carry the oracle and the withdrawal
// queue, after the core sections of the snapshot.
func encodeExtensions(e *encoder, s *State) {
	o := &s.oracle
	e.u32(o.quorum)
	e.u64(uint64(len(o.members)))
	for _, m := range o.members {
		e.addr(m)
	}
	e.u64(o.refSlot)
	e.u64(uint64(len(o.votes)))
	for _, v := range o.votes {
		e.addr(v.member)
		e.b = append(e.b, v.hash[:]...)
	}
	e.b = append(e.b, o.consensus[:]...)
	e.u64(o.lastRefSlot)
	e.boolean(o.bunker)
	e.u64(o.bunkerSince)
	e.boolean(o.alert)
	e.u64(o.alertSlot)
	e.u64(o.reportsApplied)
	e.u64(uint64(len(o.reports)))
	for i := range o.reports {
		r := &o.reports[i]
		e.u64(r.RefSlot)
		e.u64(r.PrevRefSlot)
		e.u64(r.Block)
		e.b = append(e.b, r.Hash[:]...)
		for _, v := range []*uint256Int{&r.PreTotalEther, &r.PreTotalShares, &r.PostTotalEther, &r.PostTotalShare,
			&r.Rewards, &r.FeeShares, &r.WithdrawalsPull, &r.ELRewardsPull, &r.InsuranceCover, &r.EtherLocked} {
			e.u256(v)
		}
		e.u64(r.FinalizedUpTo)
		e.boolean(r.Bunker)
		e.u64(uint64(r.APR))
	}
	e.u64(uint64(len(s.queue)))
	for i := range s.queue {
		q := &s.queue[i]
		e.addr(q.Owner)
		e.u256(&q.StETH)
		e.u256(&q.Shares)
		e.u64(q.Slot)
		e.boolean(q.Finalized)
		e.u256(&q.Claimable)
		e.boolean(q.Claimed)
	}
	e.u64(s.finalized)
	e.u256(&s.lockedEther)
	e.u256(&s.unfinalized)
}

func decodeExtensions(d *decoder, s *State) {
	o := &s.oracle
	o.quorum = d.u32()
	for n := d.count(20); n > 0 && d.err == nil; n-- {
		o.members = append(o.members, d.addr())
	}
	o.refSlot = d.u64()
	for n := d.count(52); n > 0 && d.err == nil; n-- {
		v := oracleVote{member: d.addr()}
		copy(v.hash[:], d.take(32))
		o.votes = append(o.votes, v)
	}
	copy(o.consensus[:], d.take(32))
	o.lastRefSlot = d.u64()
	o.bunker = d.boolean()
	o.bunkerSince = d.u64()
	o.alert = d.boolean()
	o.alertSlot = d.u64()
	o.reportsApplied = d.u64()
	for n := d.count(8*3 + 32 + 10*32 + 17); n > 0 && d.err == nil; n-- {
		var r ReportRecord
		r.RefSlot = d.u64()
		r.PrevRefSlot = d.u64()
		r.Block = d.u64()
		copy(r.Hash[:], d.take(32))
		for _, v := range []*uint256Int{&r.PreTotalEther, &r.PreTotalShares, &r.PostTotalEther, &r.PostTotalShare,
			&r.Rewards, &r.FeeShares, &r.WithdrawalsPull, &r.ELRewardsPull, &r.InsuranceCover, &r.EtherLocked} {
			d.u256(v)
		}
		r.FinalizedUpTo = d.u64()
		r.Bunker = d.boolean()
		r.APR = int64(d.u64())
		o.reports = append(o.reports, r)
	}
	for n := d.count(20 + 3*32 + 10); n > 0 && d.err == nil; n-- {
		q := WithdrawalRequest{ID: uint64(len(s.queue)) + 1}
		q.Owner = d.addr()
		d.u256(&q.StETH)
		d.u256(&q.Shares)
		q.Slot = d.u64()
		q.Finalized = d.boolean()
		d.u256(&q.Claimable)
		q.Claimed = d.boolean()
		s.queue = append(s.queue, q)
	}
	s.finalized = d.u64()
	d.u256(&s.lockedEther)
	d.u256(&s.unfinalized)
}
