package protocol

// The state's canonical encoding: the snapshot a node writes
// (MarshalBinary, UnmarshalState) and the preimage of the state root
// (Root). Sections in order: chain and addresses, parameters, totals, the
// stake limit, accounts (ascending address, empty ones left out), operators
// and their keys, deposit records, governance, the veto escrow, the
// emergency pause, the oracle, the withdrawal queue. The cached account order (accountOrder) lets an encoding merge the
// accounts created since the previous one instead of sorting them all.

import (
	"fmt"
	"slices"
	"sync"
	"sync/atomic"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/holiman/uint256"

	"github.com/stakepool/stakepool/units"
)

// Root is the keccak-256 hash of the state's canonical encoding (the
// snapshot MarshalBinary writes). Identical command sequences give identical
// roots. Accounts are encoded in ascending address order and empty accounts
// (no balance, nonce or allowance) are left out, so that merely looking an
// address up never changes the root.
func (s *State) Root() common.Hash {
	b, _ := s.MarshalBinary()
	return crypto.Keccak256Hash(b)
}

const snapshotMagic = "stakepool/state/v2"

// empty reports whether the account has nothing to encode: no balance,
// nonce or allowance.
func (s *State) empty(a *Account) bool {
	return a.ETH.IsZero() && a.Shares.IsZero() && a.WstETH.IsZero() && a.Nonce == 0 && len(s.allowances[a.addr]) == 0
}

// MarshalBinary writes the whole state in its canonical encoding: the node's
// snapshots, and the preimage of Root.
func (s *State) MarshalBinary() ([]byte, error) {
	// Sized from the previous encoding: a large state is not regrown
	// (and copied) a dozen times.
	e := &encoder{b: make([]byte, 0, max(4096, s.order.lastLen.Load()*9/8))}
	e.b = append(e.b, snapshotMagic...)
	e.u64(s.chainID)
	e.boolean(s.dev)
	e.u64(s.chain.GenesisTime)
	e.u64(s.chain.SecondsPerSlot)
	e.u64(s.chain.SlotsPerEpoch)
	e.u64(s.block)
	e.u64(s.time)
	e.u64(s.created)
	for _, a := range s.contracts() {
		e.addr(*a)
	}
	e.b = append(e.b, s.credentials[:]...)
	encodeParams(e, &s.params)
	e.u256(&s.totalShares)
	e.u256(&s.wstSupply)
	e.u256(&s.buffered)
	e.u64(s.depositedValidators)
	e.u64(s.clValidators)
	e.u256(&s.clBalance)
	l := &s.stakeLimit
	e.u256(&l.Max)
	e.u64(l.GrowthBlocks)
	e.u256(&l.Prev)
	e.u64(l.PrevBlock)
	e.boolean(l.Paused)
	e.u64(s.depositsThisBlock)

	s.withOrderedAccounts(func(slots []uint32) {
		n := 0
		for _, i := range slots {
			if !s.empty(s.accounts.at(i)) {
				n++
			}
		}
		e.u64(uint64(n))
		var spenders []Address
		for _, i := range slots {
			acc := s.accounts.at(i)
			if s.empty(acc) {
				continue
			}
			e.addr(acc.addr)
			e.u256(&acc.ETH)
			e.u256(&acc.Shares)
			e.u256(&acc.WstETH)
			e.u64(acc.Nonce)
			e.u64(acc.LastInflow)
			own := s.allowances[acc.addr]
			spenders = spenders[:0]
			for sp := range own {
				spenders = append(spenders, sp)
			}
			slices.SortFunc(spenders, compareAddr)
			e.u64(uint64(len(spenders)))
			for _, sp := range spenders {
				e.addr(sp)
				e.u256(own[sp])
			}
		}
	})

	e.u64(uint64(len(s.operators)))
	for _, o := range s.operators {
		encodeOperator(e, o)
	}

	e.u64(uint64(len(s.deposits)))
	for i := range s.deposits {
		d := &s.deposits[i]
		e.u32(uint32(d.Operator))
		e.u64(d.KeyIndex)
		e.b = append(e.b, d.Pubkey[:]...)
		e.b = append(e.b, d.WithdrawalCredentials[:]...)
		e.u64(uint64(d.Amount))
		e.b = append(e.b, d.Signature[:]...)
		e.u64(d.Block)
	}

	e.u32(s.gov.threshold)
	e.u64(uint64(len(s.gov.members)))
	for _, m := range s.gov.members {
		e.addr(m)
	}
	e.u64(uint64(len(s.gov.proposals)))
	for _, p := range s.gov.proposals {
		e.addr(p.Proposer)
		encodeAction(e, &p.Action)
		e.u64(uint64(len(p.Approvals)))
		for _, a := range p.Approvals {
			e.addr(a)
		}
		e.u64(p.Created)
		e.u64(p.Queued)
		e.boolean(p.Executed)
		if p.Action.Kind == ActSetParameter {
			encodeParams(e, &p.Params)
		}
	}
	encodeEscrow(e, &s.escrow)
	encodeEmergency(e, &s.emergency)
	encodeOracleAndQueue(e, s)
	s.encodeRouter(e)
	s.order.lastLen.Store(int64(len(e.b)))
	return e.b, nil
}

// count reads a length and checks it against what is left of the input
// (each item takes at least min bytes), so a corrupt length cannot make the
// decoder allocate without bound.
func (d *decoder) count(min int) int {
	n := d.u64()
	if d.err == nil && n > uint64(len(d.b)/min) {
		d.err = fmt.Errorf("length %d exceeds the remaining input", n)
	}
	if d.err != nil {
		return 0
	}
	return int(n)
}

// UnmarshalState reads a snapshot written by MarshalBinary. The result
// re-encodes to exactly the input, and invariants (shares sum, key index)
// are checked.
func UnmarshalState(b []byte) (*State, error) {
	if len(b) < len(snapshotMagic) || string(b[:len(snapshotMagic)]) != snapshotMagic {
		return nil, fmt.Errorf("unmarshal state: not a stakepool v2 snapshot")
	}
	d := &decoder{b: b[len(snapshotMagic):]}
	s := &State{
		accounts:   newAccountStore(),
		allowances: make(map[Address]map[Address]*uint256.Int),
		keyOwner:   make(map[Pubkey]keyRef),
		events:     make([]Event, 0, 64),
		modules:    []*Module{defaultCuratedModule()},
	}
	s.chainID = d.u64()
	s.dev = d.boolean()
	s.chain.GenesisTime = d.u64()
	s.chain.SecondsPerSlot = d.u64()
	s.chain.SlotsPerEpoch = d.u64()
	s.block = d.u64()
	s.time = d.u64()
	s.created = d.u64()
	for _, a := range s.contracts() {
		*a = d.addr()
	}
	if d.err == nil && s.chain.validate() != nil {
		return nil, fmt.Errorf("unmarshal state: %w", s.chain.validate())
	}
	copy(s.credentials[:], d.take(32))
	decodeParams(d, &s.params)
	d.u256(&s.totalShares)
	d.u256(&s.wstSupply)
	d.u256(&s.buffered)
	s.depositedValidators = d.u64()
	s.clValidators = d.u64()
	d.u256(&s.clBalance)
	l := &s.stakeLimit
	d.u256(&l.Max)
	l.GrowthBlocks = d.u64()
	d.u256(&l.Prev)
	l.PrevBlock = d.u64()
	l.Paused = d.boolean()
	s.depositsThisBlock = d.u64()

	var sum uint256.Int
	for n := d.count(20 + 3*32 + 24); n > 0 && d.err == nil; n-- {
		a := d.addr()
		if d.err == nil && s.accounts.find(&a) != nil {
			d.err = fmt.Errorf("account %s appears twice", a)
			break
		}
		acc, _ := s.accounts.insert(&a)
		d.u256(&acc.ETH)
		d.u256(&acc.Shares)
		d.u256(&acc.WstETH)
		acc.Nonce = d.u64()
		acc.LastInflow = d.u64()
		for m := d.count(52); m > 0 && d.err == nil; m-- {
			sp := d.addr()
			own := s.allowances[a]
			if own == nil {
				own = make(map[Address]*uint256.Int)
				s.allowances[a] = own
			}
			val := new(uint256.Int)
			d.u256(val)
			own[sp] = val
		}
		sum.Add(&sum, &acc.Shares)
	}
	for n := d.count(2 + 20 + 1 + 32); n > 0 && d.err == nil; n-- {
		s.operators = append(s.operators, s.decodeOperator(d, OperatorID(len(s.operators))))
	}
	for n := d.count(4 + 8 + 48 + 32 + 8 + 96 + 8); n > 0 && d.err == nil; n-- {
		r := DepositRecord{Index: uint64(len(s.deposits))}
		r.Operator = OperatorID(d.u32())
		r.KeyIndex = d.u64()
		copy(r.Pubkey[:], d.take(48))
		copy(r.WithdrawalCredentials[:], d.take(32))
		r.Amount = units.Gwei(d.u64())
		copy(r.Signature[:], d.take(96))
		r.Block = d.u64()
		s.deposits = append(s.deposits, r)
	}
	s.gov.threshold = d.u32()
	for n := d.count(20); n > 0 && d.err == nil; n-- {
		s.gov.members = append(s.gov.members, d.addr())
	}
	for n := d.count(20 + 1 + 8 + 17); n > 0 && d.err == nil; n-- {
		p := &Proposal{ID: ProposalID(len(s.gov.proposals) + 1)}
		p.Proposer = d.addr()
		if err := decodeAction(d, &p.Action); err != nil {
			break
		}
		for m := d.count(20); m > 0 && d.err == nil; m-- {
			p.Approvals = append(p.Approvals, d.addr())
		}
		p.Created = d.u64()
		p.Queued = d.u64()
		p.Executed = d.boolean()
		if p.Action.Kind == ActSetParameter {
			decodeParams(d, &p.Params)
		}
		s.gov.proposals = append(s.gov.proposals, p)
	}
	decodeEscrow(d, &s.escrow)
	decodeEmergency(d, &s.emergency)
	decodeOracleAndQueue(d, s)
	s.decodeRouter(d)
	if d.err != nil {
		return nil, fmt.Errorf("unmarshal state: %w", d.err)
	}
	if len(d.b) != 0 {
		return nil, fmt.Errorf("unmarshal state: %d trailing bytes", len(d.b))
	}
	if !sum.Eq(&s.totalShares) {
		return nil, fmt.Errorf("unmarshal state: accounts hold %s shares, total says %s", sum.Dec(), s.totalShares.Dec())
	}
	again, _ := s.MarshalBinary()
	if string(again) != string(b) {
		return nil, fmt.Errorf("unmarshal state: snapshot is not in canonical form")
	}
	return s, nil
}

// encodeOracleAndQueue writes the oracle's state and the withdrawal queue,
// the last sections of the snapshot.
func encodeOracleAndQueue(e *encoder, s *State) {
	o := &s.oracle
	e.u32(o.quorum)
	e.u64(o.initialEpoch)
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
	e.u64(o.alertTime)
	e.u64(o.reportsApplied)
	e.u64(uint64(len(o.reports)))
	for i := range o.reports {
		r := &o.reports[i]
		e.u64(r.RefSlot)
		e.u64(r.PrevRefSlot)
		e.u64(r.Block)
		e.b = append(e.b, r.Hash[:]...)
		for _, v := range []*uint256.Int{&r.PreTotalEther, &r.PreTotalShares, &r.PostTotalEther, &r.PostTotalShare,
			&r.Rewards, &r.FeeShares, &r.WithdrawalsPull, &r.ELRewardsPull, &r.InsuranceCover, &r.SharesBurnt, &r.EtherLocked} {
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
		e.u64(q.Timestamp)
		e.u64(q.ReportTimestamp)
		e.boolean(q.Claimed)
	}
	e.u64(uint64(len(s.checkpoints)))
	for _, c := range s.checkpoints {
		e.u64(c.from)
		e.u256(&c.rate)
	}
	e.u64(s.finalized)
	e.u256(&s.lockedEther)
	e.u256(&s.unfinalized)
	b := &s.burn
	for _, v := range []*uint256.Int{&b.cover, &b.nonCover, &b.coverBurnt, &b.nonCoverBurnt} {
		e.u256(v)
	}
	e.u64(uint64(len(o.rebases)))
	for i := range o.rebases {
		e.u64(o.rebases[i].time)
		e.u64(o.rebases[i].exited)
		e.u256(&o.rebases[i].negative)
	}
	e.addr(o.secondOpinion)
	e.boolean(o.hasOpinion)
	e.u64(o.opinion.RefSlot)
	e.u64(o.opinion.Balance)
	e.u256(&o.opinion.WithdrawalVault)
}

func decodeOracleAndQueue(d *decoder, s *State) {
	o := &s.oracle
	o.quorum = d.u32()
	o.initialEpoch = d.u64()
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
	o.alertTime = d.u64()
	o.reportsApplied = d.u64()
	for n := d.count(8*3 + 32 + 11*32 + 17); n > 0 && d.err == nil; n-- {
		var r ReportRecord
		r.RefSlot = d.u64()
		r.PrevRefSlot = d.u64()
		r.Block = d.u64()
		copy(r.Hash[:], d.take(32))
		for _, v := range []*uint256.Int{&r.PreTotalEther, &r.PreTotalShares, &r.PostTotalEther, &r.PostTotalShare,
			&r.Rewards, &r.FeeShares, &r.WithdrawalsPull, &r.ELRewardsPull, &r.InsuranceCover, &r.SharesBurnt, &r.EtherLocked} {
			d.u256(v)
		}
		r.FinalizedUpTo = d.u64()
		r.Bunker = d.boolean()
		r.APR = int64(d.u64())
		o.reports = append(o.reports, r)
	}
	for n := d.count(20 + 2*32 + 17); n > 0 && d.err == nil; n-- {
		q := WithdrawalRequest{ID: uint64(len(s.queue)) + 1}
		q.Owner = d.addr()
		d.u256(&q.StETH)
		d.u256(&q.Shares)
		q.Timestamp = d.u64()
		q.ReportTimestamp = d.u64()
		q.Claimed = d.boolean()
		if d.err == nil && q.Shares.IsZero() {
			d.err = fmt.Errorf("withdrawal request %d has no shares", q.ID)
		}
		s.queue = append(s.queue, q)
	}
	for n := d.count(40); n > 0 && d.err == nil; n-- {
		c := checkpoint{from: d.u64()}
		d.u256(&c.rate)
		s.checkpoints = append(s.checkpoints, c)
	}
	s.finalized = d.u64()
	d.u256(&s.lockedEther)
	d.u256(&s.unfinalized)
	if d.err == nil && (s.finalized > uint64(len(s.queue)) || (s.finalized > 0 && (len(s.checkpoints) == 0 || s.checkpoints[0].from != 1))) {
		d.err = fmt.Errorf("finalized up to %d of %d requests with %d checkpoints", s.finalized, len(s.queue), len(s.checkpoints))
	}
	b := &s.burn
	for _, v := range []*uint256.Int{&b.cover, &b.nonCover, &b.coverBurnt, &b.nonCoverBurnt} {
		d.u256(v)
	}
	for n := d.count(48); n > 0 && d.err == nil; n-- {
		r := rebaseRecord{time: d.u64(), exited: d.u64()}
		d.u256(&r.negative)
		o.rebases = append(o.rebases, r)
	}
	o.secondOpinion = d.addr()
	o.hasOpinion = d.boolean()
	o.opinion.RefSlot = d.u64()
	o.opinion.Balance = d.u64()
	d.u256(&o.opinion.WithdrawalVault)
}

// accountOrder keeps the accounts' slots (accounts.go) in ascending
// address order for the canonical encoding (MarshalBinary, and so Root),
// so that an encoding does not sort every account again: only the
// accounts created since the previous encoding are sorted and merged in.
// The encoding, and so the root, is exactly the one a full sort gives. It
// is a cache: State.account notes every account it creates; any other
// insertion (a decoded snapshot) shows as a count mismatch and the order
// is rebuilt. Accounts are never deleted nor moved, so cached slots stay
// valid. It costs 4 bytes an account. When more accounts were created
// since the last encoding than it had sorted (a pool being built, a state
// never encoded), the list of new ones is dropped: a full sort then costs
// about as much as sorting and merging them, and the list would hold up to
// 5 bytes a holder (with append's slack) for nothing. Its own lock makes
// encodings safe to run alongside each other (as before: an encoding only
// reads the state).
type accountOrder struct {
	mu      sync.Mutex
	sorted  []uint32
	added   []uint32 // created since the last encoding, in creation order
	dropped bool     // added was given up: the next encoding sorts them all
	// lastLen is the length of the last encoding (a capacity hint).
	lastLen atomic.Int64
}

// noteCreated records a new account's slot (State.account, the state's
// writer).
func (s *State) noteCreated(slot uint32) {
	o := &s.order
	switch {
	case o.dropped:
	case len(o.added) >= minOrderDrop && len(o.added) >= len(o.sorted):
		o.added, o.dropped = nil, true
	default:
		o.added = append(o.added, slot)
	}
}

// minOrderDrop is the fewest new accounts accountOrder ever gives up on.
const minOrderDrop = 1024

// withOrderedAccounts runs f with every account's slot in ascending
// address order (empty accounts included).
func (s *State) withOrderedAccounts(f func(slots []uint32)) {
	o := &s.order
	o.mu.Lock()
	defer o.mu.Unlock()
	switch {
	case o.dropped || len(o.sorted)+len(o.added) != s.accounts.len():
		all := make([]uint32, s.accounts.len())
		for i := range all {
			all[i] = uint32(i)
		}
		o.sorted = s.sortSlots(all)
	case len(o.added) > 0:
		o.sorted = s.mergeSlots(o.sorted, s.sortSlots(o.added))
	}
	o.added, o.dropped = o.added[:0], false
	f(o.sorted)
}

// sortSlots sorts slots by their accounts' addresses, in place, through a
// copy of the addresses (a comparison then reads no account).
func (s *State) sortSlots(slots []uint32) []uint32 {
	type keyed struct {
		addr Address
		slot uint32
	}
	ks := make([]keyed, len(slots))
	for i, slot := range slots {
		ks[i] = keyed{s.accounts.at(slot).addr, slot}
	}
	slices.SortFunc(ks, func(x, y keyed) int { return compareAddr(x.addr, y.addr) })
	for i := range ks {
		slots[i] = ks[i].slot
	}
	return slots
}

// mergeSlots merges two address-sorted lists of distinct accounts into a
// new one: each of b's (the few new accounts) is placed by binary search,
// so the accounts of a are read only log(len(a)) times each of b's.
func (s *State) mergeSlots(a, b []uint32) []uint32 {
	out := make([]uint32, 0, len(a)+len(b))
	rest := a
	for _, slot := range b {
		addr := s.accounts.at(slot).addr
		k, _ := slices.BinarySearchFunc(rest, addr, func(x uint32, t Address) int { return compareAddr(s.accounts.at(x).addr, t) })
		out = append(out, rest[:k]...)
		out = append(out, slot)
		rest = rest[k:]
	}
	return append(out, rest...)
}

func encodeOperator(e *encoder, o *Operator) {
	e.str(o.Name)
	e.addr(o.RewardAddress)
	e.boolean(o.Active)
	e.u64(o.Limit)
	e.u64(o.Deposited)
	e.u64(o.Exited)
	e.u64(o.ExitRequested)
	e.u64(o.MissedAttestations)
	e.u64(o.MissedProposals)
	e.u64(o.Slashed)
	e.u256(&o.RewardShares)
	e.u64(o.Stuck)
	e.u64(o.StuckPenaltyEnd)
	e.u8(o.TargetMode)
	e.u64(o.TargetLimit)
	e.u256(&o.ELRewardsDebt)
	e.u64(uint64(len(o.exitRequests)))
	for _, q := range o.exitRequests {
		e.u64(q.keyIndex)
		e.u64(q.slot)
	}
	e.u64(uint64(len(o.Keys)))
	for i := range o.Keys {
		e.b = append(e.b, o.Keys[i].Pubkey[:]...)
		e.b = append(e.b, o.Keys[i].Signature[:]...)
	}
}

func (s *State) decodeOperator(d *decoder, id OperatorID) *Operator {
	o := &Operator{ID: id}
	o.Name = d.str()
	o.RewardAddress = d.addr()
	o.Active = d.boolean()
	o.Limit = d.u64()
	o.Deposited = d.u64()
	o.Exited = d.u64()
	o.ExitRequested = d.u64()
	o.MissedAttestations = d.u64()
	o.MissedProposals = d.u64()
	o.Slashed = d.u64()
	d.u256(&o.RewardShares)
	o.Stuck = d.u64()
	o.StuckPenaltyEnd = d.u64()
	o.TargetMode = d.u8()
	o.TargetLimit = d.u64()
	d.u256(&o.ELRewardsDebt)
	for m := d.count(16); m > 0 && d.err == nil; m-- {
		o.exitRequests = append(o.exitRequests, exitRequest{keyIndex: d.u64(), slot: d.u64()})
	}
	k := d.count(144)
	if d.err == nil {
		o.Keys = make([]SigningKey, k)
	}
	for i := 0; i < k && d.err == nil; i++ {
		copy(o.Keys[i].Pubkey[:], d.take(48))
		copy(o.Keys[i].Signature[:], d.take(96))
		s.keyOwner[o.Keys[i].Pubkey] = keyRef{op: o.ID, idx: uint64(i)}
	}
	return o
}
