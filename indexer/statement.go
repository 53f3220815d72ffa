package indexer

import (
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/common"
	"github.com/holiman/uint256"
)

// Entry is one line of an account statement: a signed change of one
// ledger, its reason, and the ledger's balance after it. The entries of a
// ledger add up to its balance exactly.
type Entry struct {
	Block   uint64
	Tx      uint32
	Time    uint64
	TxHash  common.Hash
	Ledger  Ledger
	Reason  string
	Amount  *big.Int // signed wei (stETH, wstETH or ETH)
	Balance *big.Int // the ledger's balance after the entry
	Shares  *big.Int // signed shares moved (stETH ledger; nil otherwise)
	Peer    common.Address
	Request uint64 // the withdrawal request, or 0
	// Operator is the operator whose fee a fee entry is (+1; 0: none).
	Operator uint64
	Note     string
}

// Statement reasons beyond the movements' own (Reason): what moves a
// stETH balance while its shares stay put.
const (
	ReasonConsensus          = "rebase_consensus"       // consensus-layer rewards (and withdrawals) of a report
	ReasonSocializedLoss     = "socialized_loss"        // a report's consensus-layer loss, shared by every holder
	ReasonExecution          = "rebase_execution"       // execution-layer rewards (priority fees and MEV) pulled by a report
	ReasonRebaseFee          = "rebase_fee"             // the report's fee shares diluting the holder
	ReasonRebaseCover        = "rebase_insurance_cover" // insurance shares burnt to cover a loss
	ReasonRebaseFinalization = "rebase_finalization"    // requests finalized at a rate below the current one
	ReasonRebaseOther        = "rebase_other"           // what a report changed beyond the parts above
	ReasonInstantFee         = "instant_withdrawal_fee" // others' instant-withdrawal fees kept by the pool
	ReasonRounding           = "rounding"               // shares are worth a floor: others' stakes and transfers move it by a wei
)

// Statement is an account's statement up to the view's head.
type Statement struct {
	Account common.Address
	Block   uint64
	Entries []Entry
	// The ledgers' balances at the end (the sums of their entries).
	StETH       *big.Int
	Shares      *big.Int
	WstETH      *big.Int
	Withdrawals *big.Int // unclaimed requests: stETH until finalized, then their ETH
	// Position is stETH + wstETH at the share rate + Withdrawals.
	Position *big.Int
	// ETHIn and ETHOut are the ETH the account paid to the pool (stakes)
	// and received from it (instant withdrawals, claims).
	ETHIn  *big.Int
	ETHOut *big.Int
}

// ClaimableFunc tells the ETH a finalized request pays (the contract's
// getClaimableEther), for a request whose batch was finalized below par
// and that is not claimed yet.
type ClaimableFunc func(id uint64) (*uint256.Int, error)

func toBig(v *uint256.Int) *big.Int { return v.ToBig() }

// item is a transaction the statement visits: the account's own, a report,
// or another holder's instant withdrawal.
type item struct {
	block   uint64
	tx      uint32
	moves   *TxMoves
	report  *Report
	instant *Point
}

func (a item) before(b item) bool {
	if a.block != b.block {
		return a.block < b.block
	}
	return a.tx < b.tx
}

// Statement builds the account's statement. claimable may be nil when no
// request was finalized below par.
func (v *View) Statement(acct common.Address, claimable ClaimableFunc) (*Statement, error) {
	moves, err := v.Moves(acct)
	if err != nil {
		return nil, err
	}
	st := &Statement{Account: acct, Block: v.Head.Block, StETH: new(big.Int), Shares: new(big.Int), WstETH: new(big.Int),
		Withdrawals: new(big.Int), Position: new(big.Int), ETHIn: new(big.Int), ETHOut: new(big.Int)}
	if len(moves) == 0 {
		return st, nil
	}
	// The transactions to visit, in chain order.
	items := make([]item, 0, len(moves))
	for i := range moves {
		items = append(items, item{block: moves[i].Block, tx: moves[i].Tx, moves: &moves[i]})
	}
	start := moves[0].Block
	reports, err := v.ReportsSince(start)
	if err != nil {
		return nil, err
	}
	for i := range reports {
		items = mergeItem(items, item{block: reports[i].Block, tx: reports[i].Tx, report: &reports[i]})
	}
	points, err := v.Points(start, 0)
	if err != nil {
		return nil, err
	}
	for i := range points {
		if points[i].Kind&PointInstant != 0 {
			items = mergeItem(items, item{block: points[i].Block, tx: points[i].Tx, instant: &points[i]})
		}
	}

	b := &builder{v: v, st: st, claimable: claimable, requests: map[uint64]*Request{}, bal: new(big.Int), wst: new(big.Int), wd: new(big.Int)}
	for _, it := range items {
		if err := b.visit(it); err != nil {
			return nil, err
		}
	}
	// Up to the head: the share rate now.
	now := Totals{Pooled: v.Figures.Pooled, Shares: v.Figures.Shares}
	headTime, _, err := v.BlockTime(v.Head.Block)
	if err != nil {
		return nil, err
	}
	b.catchUp(item{block: v.Head.Block, tx: ^uint32(0)}, headTime, common.Hash{}, now)
	acc, err := v.Account(acct)
	if err != nil {
		return nil, err
	}
	if !acc.Shares.Eq(&b.sh) || acc.WstETH.ToBig().Cmp(b.wst) != 0 {
		return nil, fmt.Errorf("%w: the statement of %s ends with %s shares and %s wstETH, the account holds %s and %s",
			ErrInconsistent, acct.Hex(), b.sh.Dec(), b.wst, acc.Shares.Dec(), acc.WstETH.Dec())
	}
	st.StETH.Set(b.bal)
	st.Shares.Set(toBig(&b.sh))
	st.WstETH.Set(b.wst)
	st.Withdrawals.Set(b.wd)
	st.Position.Add(st.StETH, toBig(now.Value(uint256.MustFromBig(b.wst))))
	st.Position.Add(st.Position, st.Withdrawals)
	return st, nil
}

// mergeItem adds it to the sorted list, joining an item of the same transaction.
func mergeItem(items []item, it item) []item {
	lo, hi := 0, len(items)
	for lo < hi {
		m := (lo + hi) / 2
		if items[m].before(it) {
			lo = m + 1
		} else {
			hi = m
		}
	}
	if lo < len(items) && items[lo].block == it.block && items[lo].tx == it.tx {
		if it.report != nil {
			items[lo].report = it.report
		}
		if it.instant != nil {
			items[lo].instant = it.instant
		}
		return items
	}
	items = append(items, item{})
	copy(items[lo+1:], items[lo:])
	items[lo] = it
	return items
}

// builder walks the account's history keeping each ledger's balance.
type builder struct {
	v         *View
	st        *Statement
	claimable ClaimableFunc
	requests  map[uint64]*Request

	sh  uint256.Int // shares held
	bal *big.Int    // the stETH balance explained so far
	wst *big.Int
	wd  *big.Int
}

func (b *builder) add(it item, time uint64, hash common.Hash, e Entry) {
	e.Block, e.Tx, e.Time, e.TxHash = it.block, it.tx, time, hash
	switch e.Ledger {
	case LedgerStETH:
		e.Balance = new(big.Int).Set(b.bal)
	case LedgerWstETH:
		e.Balance = new(big.Int).Set(b.wst)
	case LedgerWithdrawal:
		e.Balance = new(big.Int).Set(b.wd)
	case LedgerETH:
		if e.Amount.Sign() > 0 {
			b.st.ETHOut.Add(b.st.ETHOut, e.Amount)
		} else {
			b.st.ETHIn.Sub(b.st.ETHIn, e.Amount)
		}
		e.Balance = new(big.Int).Sub(b.st.ETHOut, b.st.ETHIn)
	}
	b.st.Entries = append(b.st.Entries, e)
}

// setBal moves the explained stETH balance to v with an entry for the
// difference (none when zero).
func (b *builder) setBal(it item, time uint64, hash common.Hash, v *uint256.Int, reason, note string) {
	nv := toBig(v)
	if nv.Cmp(b.bal) == 0 {
		return
	}
	d := new(big.Int).Sub(nv, b.bal)
	b.bal = nv
	b.add(it, time, hash, Entry{Ledger: LedgerStETH, Reason: reason, Amount: d, Note: note})
}

// catchUp explains the drift of the balance since the last entry at the
// totals t (others' stakes and transfers moving the floor).
func (b *builder) catchUp(it item, time uint64, hash common.Hash, t Totals) {
	b.setBal(it, time, hash, t.Value(&b.sh), ReasonRounding, "share-rate rounding since the last entry (other holders' transactions)")
}

func (b *builder) totalsBefore(block uint64, tx uint32) (Totals, error) {
	if p, ok, err := b.v.PointAt(block, tx); err != nil || ok {
		return p.Pre, err
	}
	p, ok, err := b.v.PointBefore(block, tx)
	if err != nil || !ok {
		return Totals{}, err
	}
	return Totals{Pooled: p.Post.Pooled, Shares: p.Post.Shares}, nil
}

func (b *builder) totalsAfter(block uint64, tx uint32, before Totals) (Totals, error) {
	p, ok, err := b.v.PointAt(block, tx)
	if err != nil || !ok {
		return before, err
	}
	return Totals{Pooled: p.Post.Pooled, Shares: p.Post.Shares}, nil
}

func (b *builder) visit(it item) error {
	var time uint64
	var hash common.Hash
	switch {
	case it.moves != nil:
		time, hash = it.moves.Time, it.moves.TxHash
	case it.report != nil:
		time, hash = it.report.Time, it.report.TxHash
	case it.instant != nil:
		time, hash = it.instant.Time, it.instant.TxHash
	}
	pre, err := b.totalsBefore(it.block, it.tx)
	if err != nil {
		return err
	}
	b.catchUp(it, time, hash, pre)
	if it.report != nil {
		b.rebase(it, time, hash, it.report)
	} else if it.instant != nil && it.moves == nil {
		post := Totals{Pooled: it.instant.Post.Pooled, Shares: it.instant.Post.Shares}
		b.setBal(it, time, hash, post.Value(&b.sh), ReasonInstantFee, "another holder's instant withdrawal: its fee stays in the pool")
	}
	if it.moves == nil {
		return nil
	}
	post, err := b.totalsAfter(it.block, it.tx, pre)
	if err != nil {
		return err
	}
	for i := range it.moves.Moves {
		m := &it.moves.Moves[i]
		e := Entry{Ledger: m.Ledger, Reason: m.Reason.String(), Peer: m.Peer}
		if m.Ledger == LedgerWithdrawal || (m.Ledger == LedgerETH && m.Reason == ReasonClaim) {
			e.Request = m.ID
		} else if m.Reason == ReasonFee {
			e.Operator = m.ID
		}
		switch m.Ledger {
		case LedgerStETH:
			amt := &m.Amount
			if amt.IsZero() {
				amt = post.Value(&m.Shares)
			}
			e.Amount, e.Shares = toBig(amt), toBig(&m.Shares)
			if m.In {
				b.sh.Add(&b.sh, &m.Shares)
			} else {
				if b.sh.Lt(&m.Shares) {
					return fmt.Errorf("%w: %s sends %s shares holding %s", ErrInconsistent, b.st.Account.Hex(), m.Shares.Dec(), b.sh.Dec())
				}
				b.sh.Sub(&b.sh, &m.Shares)
				e.Amount.Neg(e.Amount)
				e.Shares.Neg(e.Shares)
			}
			b.bal = new(big.Int).Add(b.bal, e.Amount)
		case LedgerWstETH:
			e.Amount = toBig(&m.Amount)
			if !m.In {
				e.Amount.Neg(e.Amount)
			}
			b.wst.Add(b.wst, e.Amount)
		case LedgerWithdrawal:
			amt, err := b.withdrawalAmount(m, it.block)
			if err != nil {
				return err
			}
			e.Amount = amt
			if e.Amount == nil {
				continue
			}
			b.wd.Add(b.wd, e.Amount)
		case LedgerETH:
			e.Amount = toBig(&m.Amount)
			if !m.In {
				e.Amount.Neg(e.Amount)
			}
		}
		b.add(it, time, hash, e)
	}
	// What the moves' named amounts leave unexplained: the shares' floor.
	b.setBal(it, time, hash, post.Value(&b.sh), ReasonRounding, "shares are worth a whole number of wei, rounded down: the amounts moved differ from the named ones by this")
	return nil
}

// withdrawalAmount is a withdrawal-ledger movement's signed amount: a
// request adds its stETH; finalization changes it to the ETH it pays (a
// change only below par); a claim takes that ETH out; a request changing
// hands moves what it is worth then. nil: nothing to write.
func (b *builder) withdrawalAmount(m *Movement, block uint64) (*big.Int, error) {
	r, err := b.request(m.ID)
	if err != nil {
		return nil, err
	}
	worth := func() (*big.Int, error) {
		if !r.Finalized || block < r.FinalizedBlock {
			return toBig(&r.StETH), nil
		}
		return b.value(r)
	}
	switch m.Reason {
	case ReasonWithdrawalRequest, ReasonRageQuit:
		return toBig(&r.StETH), nil
	case ReasonFinalization:
		v, err := b.value(r)
		if err != nil {
			return nil, err
		}
		return v.Sub(v, toBig(&r.StETH)), nil // zero at par: an entry that says so
	case ReasonClaim:
		return new(big.Int).Neg(toBig(&m.Amount)), nil
	case ReasonRequestTransfer, ReasonEscrowLock, ReasonEscrowUnlock:
		v, err := worth()
		if err != nil {
			return nil, err
		}
		if !m.In {
			v.Neg(v)
		}
		return v, nil
	}
	return nil, nil
}

func (b *builder) request(id uint64) (*Request, error) {
	if r := b.requests[id]; r != nil {
		return r, nil
	}
	r, ok, err := b.v.Request(id)
	if err != nil {
		return nil, err
	}
	if !ok {
		return nil, fmt.Errorf("%w: request %d is not indexed", ErrInconsistent, id)
	}
	b.requests[id] = &r
	return &r, nil
}

// value is the ETH a finalized request pays.
func (b *builder) value(r *Request) (*big.Int, error) {
	switch {
	case r.Claimed:
		return toBig(&r.ClaimedETH), nil
	case r.AtPar:
		return toBig(&r.StETH), nil
	case b.claimable == nil:
		return nil, fmt.Errorf("indexer: request %d was finalized below par: its ETH needs the contract", r.ID)
	}
	v, err := b.claimable(r.ID)
	if err != nil {
		return nil, fmt.Errorf("indexer: reading the ETH of request %d: %w", r.ID, err)
	}
	return toBig(v), nil
}

// rebase explains a report's change of the holder's balance (shares held
// before the transaction's own moves), step by step: finalization,
// consensus side (or loss), execution side, insurance cover, fee. Each
// step's entry is the difference of the balance's floor before and after
// it, so the entries add up to the report's change exactly.
func (b *builder) rebase(it item, time uint64, hash common.Hash, r *Report) {
	if b.sh.IsZero() {
		return
	}
	t := r.Pre
	step := func(next Totals, reason, note string) {
		b.setBal(it, time, hash, next.Value(&b.sh), reason, note)
		t = next
	}
	if r.FinalizedTo != 0 {
		n := t
		n.Pooled.Sub(&n.Pooled, &r.FinalizedETH)
		n.Shares.Sub(&n.Shares, &r.FinalizedShares)
		step(n, ReasonRebaseFinalization, fmt.Sprintf("requests %d–%d finalized (their shares burnt, their ETH set aside)", r.FinalizedFrom, r.FinalizedTo))
	}
	// Consensus side: what the pooled ether changed by apart from the
	// execution rewards and the finalization (may be negative).
	cl := new(big.Int).Sub(toBig(&r.Post.Pooled), toBig(&r.Pre.Pooled))
	cl.Add(cl, toBig(&r.FinalizedETH))
	cl.Sub(cl, toBig(&r.ELRewardsPulled))
	{
		n := t
		p := new(big.Int).Add(toBig(&n.Pooled), cl)
		if p.Sign() >= 0 {
			n.Pooled = *uint256.MustFromBig(p)
			reason, note := ReasonConsensus, fmt.Sprintf("consensus-layer rewards of the report for slot %d", r.RefSlot)
			if cl.Sign() < 0 {
				reason, note = ReasonSocializedLoss, fmt.Sprintf("consensus-layer loss of the report for slot %d, shared by every holder", r.RefSlot)
			}
			step(n, reason, note)
		}
	}
	if !r.ELRewardsPulled.IsZero() {
		n := t
		n.Pooled.Add(&n.Pooled, &r.ELRewardsPulled)
		step(n, ReasonExecution, "execution-layer rewards (priority fees and MEV) pulled from the rewards vault")
	}
	if !r.InsuranceBurn.IsZero() && t.Shares.Gt(&r.InsuranceBurn) {
		n := t
		n.Shares.Sub(&n.Shares, &r.InsuranceBurn)
		step(n, ReasonRebaseCover, "the insurance fund's shares burnt to cover the loss")
	}
	if !r.FeeShares.IsZero() {
		n := t
		n.Shares.Add(&n.Shares, &r.FeeShares)
		step(n, ReasonRebaseFee, "the protocol fee: shares minted to the treasury, the insurance fund and the operators")
	}
	step(r.Post, ReasonRebaseOther, "the rest of the report's change")
}
