package indexer

import (
	"github.com/ethereum/go-ethereum/common"
	"github.com/holiman/uint256"
)

// Figures are the pool's figures as its events make them: every one is
// recomputed from events only, and checked against the contracts' views
// at the head (Indexer.verify).
type Figures struct {
	Pooled      uint256.Int // total pooled ether
	Shares      uint256.Int // total shares
	Buffered    uint256.Int // ETH in the buffer
	Unfinalized uint256.Int // stETH of withdrawal requests not yet finalized
	Locked      uint256.Int // ETH held for finalized, unclaimed requests
	Deposits    uint64      // 32-ETH deposits made
	Requests    uint64      // the last withdrawal request's id
	Finalized   uint64      // the last finalized request's id
	Reports     uint64      // oracle reports applied
	Bunker      bool
	Paused      bool
}

func (f *Figures) encode(e *enc) {
	e.u256(&f.Pooled)
	e.u256(&f.Shares)
	e.u256(&f.Buffered)
	e.u256(&f.Unfinalized)
	e.u256(&f.Locked)
	e.u64(f.Deposits)
	e.u64(f.Requests)
	e.u64(f.Finalized)
	e.u64(f.Reports)
	e.boolean(f.Bunker)
	e.boolean(f.Paused)
}

func (f *Figures) decode(d *dec) {
	f.Pooled, f.Shares, f.Buffered, f.Unfinalized, f.Locked = d.u256(), d.u256(), d.u256(), d.u256(), d.u256()
	f.Deposits, f.Requests, f.Finalized, f.Reports = d.u64(), d.u64(), d.u64(), d.u64()
	f.Bunker, f.Paused = d.boolean(), d.boolean()
}

// Totals are the two numbers of the share rate.
type Totals struct {
	Pooled uint256.Int
	Shares uint256.Int
}

// Value is the stETH a number of shares is worth at these totals, rounded
// down as StETH.balanceOf rounds.
func (t *Totals) Value(shares *uint256.Int) *uint256.Int {
	if t.Shares.IsZero() {
		return new(uint256.Int)
	}
	v, _ := new(uint256.Int).MulDivOverflow(shares, &t.Pooled, &t.Shares) // floor: as the contract
	return v
}

// Point kinds: what a transaction that changed the pool's figures did.
const (
	PointStake    = 1 << iota // a submit
	PointReport               // an oracle report (TokenRebased)
	PointInstant              // an instant withdrawal
	PointDeposit              // 32-ETH deposits
	PointRequest              // withdrawal requests
	PointFinalize             // a finalization
	PointClaim                // claims
	PointState                // bunker mode, pause, resume
)

// Point is the pool's figures after a transaction that changed them, and
// its totals before it.
type Point struct {
	Block  uint64
	Tx     uint32
	Time   uint64
	TxHash common.Hash
	Kind   uint64
	Pre    Totals
	Post   Figures
}

func (p *Point) encode() []byte {
	var e enc
	e.u64(p.Block)
	e.u64(uint64(p.Tx))
	e.u64(p.Time)
	e.hash(p.TxHash)
	e.u64(p.Kind)
	e.u256(&p.Pre.Pooled)
	e.u256(&p.Pre.Shares)
	p.Post.encode(&e)
	return e.b
}

func decodePoint(b []byte) (Point, error) {
	d := dec{b: b}
	var p Point
	p.Block, p.Tx, p.Time, p.TxHash, p.Kind = d.u64(), uint32(d.u64()), d.u64(), d.hash(), d.u64()
	p.Pre.Pooled, p.Pre.Shares = d.u256(), d.u256()
	p.Post.decode(&d)
	return p, d.done()
}

// Ledger is what a movement moves.
type Ledger uint8

// Ledgers.
const (
	LedgerStETH      Ledger = iota // shares (stETH)
	LedgerWstETH                   // wstETH tokens
	LedgerWithdrawal               // withdrawal requests (stETH locked, ETH claimable)
	LedgerETH                      // ETH paid by or to the account through the pool
)

var ledgerNames = []string{"steth", "wsteth", "withdrawal", "eth"}

func (l Ledger) String() string {
	if int(l) < len(ledgerNames) {
		return ledgerNames[l]
	}
	return "unknown"
}

// Reason is why a balance moved. The names are the statement's.
type Reason uint8

// Reasons.
const (
	ReasonStake             Reason = iota // ETH staked for stETH
	ReasonTransfer                        // sent or received
	ReasonWrap                            // stETH into wstETH
	ReasonUnwrap                          // wstETH back to stETH
	ReasonWithdrawalRequest               // stETH locked in a withdrawal request
	ReasonInstantWithdrawal               // stETH paid out at once from the reserve
	ReasonFee                             // fee shares minted by a report
	ReasonInsuranceCover                  // insurance shares burnt to cover a loss
	ReasonFinalization                    // a request finalized: its ETH set aside
	ReasonClaim                           // a finalized request's ETH claimed
	ReasonMint                            // shares minted otherwise
	ReasonBurn                            // shares burnt otherwise
	ReasonRequestTransfer                 // a withdrawal request (NFT) changed hands
	ReasonEscrowLock                      // stETH, wstETH or a request locked in the veto escrow
	ReasonEscrowUnlock                    // taken back from the veto escrow (an unlock, or a rage quit returning requests)
	ReasonRageQuit                        // a committed holder's withdrawal request made by the escrow in a rage quit
)

var reasonNames = []string{"stake", "transfer", "wrap", "unwrap", "withdrawal_request", "instant_withdrawal",
	"fee", "insurance_cover", "finalization", "claim", "mint", "burn", "request_transfer",
	"escrow_lock", "escrow_unlock", "rage_quit"}

func (r Reason) String() string {
	if int(r) < len(reasonNames) {
		return reasonNames[r]
	}
	return "unknown"
}

// Movement is one change of one of an account's ledgers in a transaction.
type Movement struct {
	Ledger Ledger
	Reason Reason
	In     bool        // into the account (else out of it)
	Shares uint256.Int // shares moved (stETH ledger)
	Amount uint256.Int // the amount the event names (stETH, wstETH or ETH wei)
	Peer   common.Address
	ID     uint64 // the withdrawal request, or the operator of a fee (+1; 0: none)
}

// TxMoves are an account's movements in one transaction.
type TxMoves struct {
	Block  uint64
	Tx     uint32
	Time   uint64
	TxHash common.Hash
	Moves  []Movement
}

func (t *TxMoves) encode() []byte {
	var e enc
	e.u64(t.Block)
	e.u64(uint64(t.Tx))
	e.u64(t.Time)
	e.hash(t.TxHash)
	e.u64(uint64(len(t.Moves)))
	for i := range t.Moves {
		m := &t.Moves[i]
		e.u64(uint64(m.Ledger))
		e.u64(uint64(m.Reason))
		e.boolean(m.In)
		e.u256(&m.Shares)
		e.u256(&m.Amount)
		e.addr(m.Peer)
		e.u64(m.ID)
	}
	return e.b
}

func decodeTxMoves(b []byte) (TxMoves, error) {
	d := dec{b: b}
	var t TxMoves
	t.Block, t.Tx, t.Time, t.TxHash = d.u64(), uint32(d.u64()), d.u64(), d.hash()
	n := d.u64()
	if n > uint64(len(b)) {
		return t, errCorrupt
	}
	t.Moves = make([]Movement, n)
	for i := range t.Moves {
		m := &t.Moves[i]
		m.Ledger, m.Reason, m.In = Ledger(d.u64()), Reason(d.u64()), d.boolean()
		m.Shares, m.Amount, m.Peer, m.ID = d.u256(), d.u256(), d.addr(), d.u64()
	}
	return t, d.done()
}

// Account is an account's holdings now.
type Account struct {
	Shares uint256.Int
	WstETH uint256.Int
}

func (a *Account) encode() []byte {
	var e enc
	e.u256(&a.Shares)
	e.u256(&a.WstETH)
	return e.b
}

func decodeAccount(b []byte) (Account, error) {
	d := dec{b: b}
	a := Account{Shares: d.u256(), WstETH: d.u256()}
	return a, d.done()
}

// Request is a withdrawal request.
type Request struct {
	ID        uint64
	Requestor common.Address
	Owner     common.Address // now (the NFT's holder; at claim time once claimed)
	StETH     uint256.Int
	Shares    uint256.Int
	Block     uint64
	Time      uint64
	TxHash    common.Hash

	Finalized      bool
	FinalizedBlock uint64
	FinalizedTime  uint64
	// AtPar: its finalization batch paid every request its full stETH, so
	// its ETH is StETH (otherwise the contract's getClaimableEther tells).
	AtPar bool

	Claimed      bool
	ClaimedBlock uint64
	ClaimedTime  uint64
	ClaimedETH   uint256.Int
	Receiver     common.Address
}

func (r *Request) encode() []byte {
	var e enc
	e.u64(r.ID)
	e.addr(r.Requestor)
	e.addr(r.Owner)
	e.u256(&r.StETH)
	e.u256(&r.Shares)
	e.u64(r.Block)
	e.u64(r.Time)
	e.hash(r.TxHash)
	e.boolean(r.Finalized)
	e.u64(r.FinalizedBlock)
	e.u64(r.FinalizedTime)
	e.boolean(r.AtPar)
	e.boolean(r.Claimed)
	e.u64(r.ClaimedBlock)
	e.u64(r.ClaimedTime)
	e.u256(&r.ClaimedETH)
	e.addr(r.Receiver)
	return e.b
}

func decodeRequest(b []byte) (Request, error) {
	d := dec{b: b}
	var r Request
	r.ID, r.Requestor, r.Owner, r.StETH, r.Shares = d.u64(), d.addr(), d.addr(), d.u256(), d.u256()
	r.Block, r.Time, r.TxHash = d.u64(), d.u64(), d.hash()
	r.Finalized, r.FinalizedBlock, r.FinalizedTime, r.AtPar = d.boolean(), d.u64(), d.u64(), d.boolean()
	r.Claimed, r.ClaimedBlock, r.ClaimedTime, r.ClaimedETH, r.Receiver = d.boolean(), d.u64(), d.u64(), d.u256(), d.addr()
	return r, d.done()
}

// Operator is a node operator as the registry's and the pool's events describe it.
type Operator struct {
	ID            uint64
	Name          string
	RewardAddress common.Address
	Active        bool
	Limit         uint64
	Keys          uint64
	Deposited     uint64
	Exited        uint64
	ExitRequested uint64
	Stuck         uint64
	// The scorecard, as oracle reports add to it.
	MissedAttestations uint64
	MissedProposals    uint64
	Slashed            uint64
	// Fee shares minted to the operator by reports, and their stETH value
	// when minted.
	FeeShares uint256.Int
	FeeStETH  uint256.Int
	Block     uint64 // added in
}

func (o *Operator) encode() []byte {
	var e enc
	e.u64(o.ID)
	e.str(o.Name)
	e.addr(o.RewardAddress)
	e.boolean(o.Active)
	for _, v := range []uint64{o.Limit, o.Keys, o.Deposited, o.Exited, o.ExitRequested, o.Stuck, o.MissedAttestations, o.MissedProposals, o.Slashed, o.Block} {
		e.u64(v)
	}
	e.u256(&o.FeeShares)
	e.u256(&o.FeeStETH)
	return e.b
}

func decodeOperator(b []byte) (Operator, error) {
	d := dec{b: b}
	var o Operator
	o.ID, o.Name, o.RewardAddress, o.Active = d.u64(), d.str(), d.addr(), d.boolean()
	for _, p := range []*uint64{&o.Limit, &o.Keys, &o.Deposited, &o.Exited, &o.ExitRequested, &o.Stuck, &o.MissedAttestations, &o.MissedProposals, &o.Slashed, &o.Block} {
		*p = d.u64()
	}
	o.FeeShares, o.FeeStETH = d.u256(), d.u256()
	return o, d.done()
}

// Proposal is a governance proposal.
type Proposal struct {
	ID         uint64
	Proposer   common.Address
	Target     common.Address
	Data       []byte
	Block      uint64
	Time       uint64
	Approvals  []common.Address
	Queued     bool
	ReadyAt    uint64
	Executed   bool
	ExecutedBy common.Address
	ExecTime   uint64
}

func (p *Proposal) encode() []byte {
	var e enc
	e.u64(p.ID)
	e.addr(p.Proposer)
	e.addr(p.Target)
	e.bytes(p.Data)
	e.u64(p.Block)
	e.u64(p.Time)
	e.u64(uint64(len(p.Approvals)))
	for _, a := range p.Approvals {
		e.addr(a)
	}
	e.boolean(p.Queued)
	e.u64(p.ReadyAt)
	e.boolean(p.Executed)
	e.addr(p.ExecutedBy)
	e.u64(p.ExecTime)
	return e.b
}

func decodeProposal(b []byte) (Proposal, error) {
	d := dec{b: b}
	var p Proposal
	p.ID, p.Proposer, p.Target, p.Data, p.Block, p.Time = d.u64(), d.addr(), d.addr(), d.bytes(), d.u64(), d.u64()
	n := d.u64()
	if n > uint64(len(b)) {
		return p, errCorrupt
	}
	for i := uint64(0); i < n; i++ {
		p.Approvals = append(p.Approvals, d.addr())
	}
	p.Queued, p.ReadyAt, p.Executed, p.ExecutedBy, p.ExecTime = d.boolean(), d.u64(), d.boolean(), d.addr(), d.u64()
	return p, d.done()
}

// GovState is the governance committee's shape and timings.
type GovState struct {
	Members   uint64
	Threshold uint64
	Timelock  uint64 // seconds
	Lifetime  uint64 // seconds
}

func (g *GovState) encode() []byte {
	var e enc
	e.u64(g.Members)
	e.u64(g.Threshold)
	e.u64(g.Timelock)
	e.u64(g.Lifetime)
	return e.b
}

func decodeGovState(b []byte) (GovState, error) {
	d := dec{b: b}
	g := GovState{d.u64(), d.u64(), d.u64(), d.u64()}
	return g, d.done()
}

// FeeMint is fee shares a report minted to one recipient.
type FeeMint struct {
	To       common.Address
	Shares   uint256.Int
	Operator int64 // -1: treasury or insurance
}

// Report is an applied oracle report: the pool's TokenRebased and the
// report's other events in the same transaction.
type Report struct {
	Block   uint64
	Tx      uint32
	Time    uint64
	TxHash  common.Hash
	RefSlot uint64
	Hash    common.Hash // the agreed report hash (ReportProcessed)
	Bunker  bool

	ReportTime uint64 // TokenRebased's reportTimestamp
	Elapsed    uint64 // seconds since the previous report
	Pre, Post  Totals
	FeeShares  uint256.Int

	WithdrawalsPulled uint256.Int
	ELRewardsPulled   uint256.Int
	InsuranceCover    uint256.Int // ETH of loss covered
	InsuranceBurn     uint256.Int // insurance shares burnt for it
	Fees              []FeeMint
	FinalizedFrom     uint64
	FinalizedTo       uint64
	FinalizedETH      uint256.Int
	FinalizedShares   uint256.Int
}

func (r *Report) encode() []byte {
	var e enc
	e.u64(r.Block)
	e.u64(uint64(r.Tx))
	e.u64(r.Time)
	e.hash(r.TxHash)
	e.u64(r.RefSlot)
	e.hash(r.Hash)
	e.boolean(r.Bunker)
	e.u64(r.ReportTime)
	e.u64(r.Elapsed)
	for _, v := range []*uint256.Int{&r.Pre.Pooled, &r.Pre.Shares, &r.Post.Pooled, &r.Post.Shares, &r.FeeShares,
		&r.WithdrawalsPulled, &r.ELRewardsPulled, &r.InsuranceCover, &r.InsuranceBurn} {
		e.u256(v)
	}
	e.u64(uint64(len(r.Fees)))
	for i := range r.Fees {
		e.addr(r.Fees[i].To)
		e.u256(&r.Fees[i].Shares)
		e.u64(uint64(r.Fees[i].Operator + 1))
	}
	e.u64(r.FinalizedFrom)
	e.u64(r.FinalizedTo)
	e.u256(&r.FinalizedETH)
	e.u256(&r.FinalizedShares)
	return e.b
}

func decodeReport(b []byte) (Report, error) {
	d := dec{b: b}
	var r Report
	r.Block, r.Tx, r.Time, r.TxHash = d.u64(), uint32(d.u64()), d.u64(), d.hash()
	r.RefSlot, r.Hash, r.Bunker, r.ReportTime, r.Elapsed = d.u64(), d.hash(), d.boolean(), d.u64(), d.u64()
	for _, v := range []*uint256.Int{&r.Pre.Pooled, &r.Pre.Shares, &r.Post.Pooled, &r.Post.Shares, &r.FeeShares,
		&r.WithdrawalsPulled, &r.ELRewardsPulled, &r.InsuranceCover, &r.InsuranceBurn} {
		*v = d.u256()
	}
	n := d.u64()
	if n > uint64(len(b)) {
		return r, errCorrupt
	}
	for i := uint64(0); i < n; i++ {
		r.Fees = append(r.Fees, FeeMint{To: d.addr(), Shares: d.u256(), Operator: int64(d.u64()) - 1})
	}
	r.FinalizedFrom, r.FinalizedTo, r.FinalizedETH, r.FinalizedShares = d.u64(), d.u64(), d.u256(), d.u256()
	return r, d.done()
}

// Vote kinds.
const (
	VoteReport    = 0 // a member's vote for a report hash
	VoteConsensus = 1 // a hash reached the quorum
	VoteAlert     = 2 // a member raised bunker mode
)

// Vote is a member's vote (or the consensus, or an alert) in a frame.
type Vote struct {
	Kind    uint8
	RefSlot uint64
	Member  common.Address
	Hash    common.Hash
	Support uint64
	Block   uint64
	Time    uint64
	TxHash  common.Hash
}

func (v *Vote) encode() []byte {
	var e enc
	e.u64(uint64(v.Kind))
	e.u64(v.RefSlot)
	e.addr(v.Member)
	e.hash(v.Hash)
	e.u64(v.Support)
	e.u64(v.Block)
	e.u64(v.Time)
	e.hash(v.TxHash)
	return e.b
}

func decodeVote(b []byte) (Vote, error) {
	d := dec{b: b}
	v := Vote{Kind: uint8(d.u64()), RefSlot: d.u64(), Member: d.addr(), Hash: d.hash(), Support: d.u64(), Block: d.u64(), Time: d.u64(), TxHash: d.hash()}
	return v, d.done()
}

// Finalization is one finalization batch.
type Finalization struct {
	Block  uint64
	Time   uint64
	From   uint64
	To     uint64
	ETH    uint256.Int
	Shares uint256.Int
	StETH  uint256.Int // the requests' stETH (ETH below it: the batch's discount)
}

func (f *Finalization) encode() []byte {
	var e enc
	e.u64(f.Block)
	e.u64(f.Time)
	e.u64(f.From)
	e.u64(f.To)
	e.u256(&f.ETH)
	e.u256(&f.Shares)
	e.u256(&f.StETH)
	return e.b
}

func decodeFinalization(b []byte) (Finalization, error) {
	d := dec{b: b}
	f := Finalization{Block: d.u64(), Time: d.u64(), From: d.u64(), To: d.u64(), ETH: d.u256(), Shares: d.u256(), StETH: d.u256()}
	return f, d.done()
}
