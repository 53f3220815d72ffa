package protocol

import (
	"encoding/binary"
	"hash"
	"slices"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/holiman/uint256"
)

// Root is the keccak-256 hash of the canonical encoding of the whole state.
// Identical command sequences give identical roots. Accounts are encoded in
// ascending address order and empty accounts (no balance, nonce or
// allowance) are left out, so that merely looking an address up never
// changes the root.
func (s *State) Root() common.Hash {
	h := crypto.NewKeccakState()
	w := &rootWriter{h: h}
	s.encode(w)
	var out common.Hash
	h.Sum(out[:0])
	return out
}

type rootWriter struct {
	h   hash.Hash
	buf [32]byte
}

func (w *rootWriter) bytes(b []byte) { w.h.Write(b) }
func (w *rootWriter) u64(v uint64) {
	binary.BigEndian.PutUint64(w.buf[:8], v)
	w.h.Write(w.buf[:8])
}
func (w *rootWriter) u256(v *uint256.Int) {
	v.WriteToSlice(w.buf[:32])
	w.h.Write(w.buf[:32])
}
func (w *rootWriter) boolean(v bool) {
	if v {
		w.u64(1)
	} else {
		w.u64(0)
	}
}
func (w *rootWriter) str(s string) { w.u64(uint64(len(s))); w.h.Write([]byte(s)) }

func (a *Account) empty() bool {
	return a.ETH.IsZero() && a.Shares.IsZero() && a.WstETH.IsZero() && a.Nonce == 0 && len(a.allowances) == 0
}

func (s *State) encode(w *rootWriter) {
	w.bytes([]byte("stakepool/state/v1"))
	w.u64(s.chainID)
	w.boolean(s.dev)
	w.u64(s.block)
	w.bytes(s.vault[:])
	w.bytes(s.elRewardsVault[:])
	w.bytes(s.treasury[:])
	w.bytes(s.wstETHAddr[:])
	w.bytes(s.credentials[:])
	// Parameters.
	p := &s.params
	w.u64(p.FeeBP)
	w.u64(p.ReserveTargetBP)
	w.u256(&p.DustFloor)
	w.u64(p.MaxDepositsPerBlock)
	w.u64(p.TimelockBlocks)
	w.u64(p.ProposalLifetimeBlocks)
	w.u256(&p.StakeLimitMax)
	w.u256(&p.StakeLimitPerBlock)
	// Pool totals.
	w.u256(&s.totalShares)
	w.u256(&s.wstSupply)
	w.u256(&s.buffered)
	w.u64(s.depositedValidators)
	w.u64(s.clValidators)
	w.u256(&s.clBalance)
	l := &s.stakeLimit
	w.u256(&l.Max)
	w.u256(&l.PerBlock)
	w.u256(&l.Prev)
	w.u64(l.PrevBlock)
	w.boolean(l.Paused)
	w.u64(s.depositsThisBlock)
	// Accounts, ascending, non-empty only.
	addrs := make([]Address, 0, len(s.accounts))
	for a, acc := range s.accounts {
		if !acc.empty() {
			addrs = append(addrs, a)
		}
	}
	slices.SortFunc(addrs, compareAddr)
	w.u64(uint64(len(addrs)))
	spenders := make([]Address, 0, 4)
	for _, a := range addrs {
		acc := s.accounts[a]
		w.bytes(a[:])
		w.u256(&acc.ETH)
		w.u256(&acc.Shares)
		w.u256(&acc.WstETH)
		w.u64(acc.Nonce)
		spenders = spenders[:0]
		for sp := range acc.allowances {
			spenders = append(spenders, sp)
		}
		slices.SortFunc(spenders, compareAddr)
		w.u64(uint64(len(spenders)))
		for _, sp := range spenders {
			w.bytes(sp[:])
			w.u256(acc.allowances[sp])
		}
	}
	// Operators and their keys.
	w.u64(uint64(len(s.operators)))
	for _, o := range s.operators {
		w.u64(uint64(o.ID))
		w.str(o.Name)
		w.bytes(o.RewardAddress[:])
		w.boolean(o.Active)
		w.u64(o.Limit)
		w.u64(o.Deposited)
		w.u64(o.Exited)
		w.u64(uint64(len(o.Keys)))
		for i := range o.Keys {
			w.bytes(o.Keys[i].Pubkey[:])
			w.bytes(o.Keys[i].Signature[:])
		}
	}
	// Deposit records.
	w.u64(uint64(len(s.deposits)))
	for i := range s.deposits {
		d := &s.deposits[i]
		w.u64(d.Index)
		w.u64(uint64(d.Operator))
		w.u64(d.KeyIndex)
		w.bytes(d.Pubkey[:])
		w.bytes(d.WithdrawalCredentials[:])
		w.u64(uint64(d.Amount))
		w.bytes(d.Signature[:])
		w.u64(d.Block)
	}
	// Governance.
	w.u64(uint64(s.gov.threshold))
	w.u64(uint64(len(s.gov.members)))
	for _, m := range s.gov.members {
		w.bytes(m[:])
	}
	w.u64(uint64(len(s.gov.proposals)))
	e := &encoder{}
	for _, pr := range s.gov.proposals {
		w.u64(uint64(pr.ID))
		w.bytes(pr.Proposer[:])
		e.b = e.b[:0]
		encodeAction(e, &pr.Action)
		w.u64(uint64(len(e.b)))
		w.bytes(e.b)
		w.u64(uint64(len(pr.Approvals)))
		for _, a := range pr.Approvals {
			w.bytes(a[:])
		}
		w.u64(pr.Created)
		w.u64(pr.Queued)
		w.boolean(pr.Executed)
	}
}
