package indexer

import (
	"errors"
	"fmt"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/holiman/uint256"
)

// ErrInconsistent is returned when the events contradict each other or the
// contracts' own figures: a report whose "before" totals are not the
// totals the events made, or figures that differ from the contracts'
// views. The indexer stops rather than serve numbers it cannot explain.
var ErrInconsistent = errors.New("indexer: the events do not add up")

// maxUint is the operator id FeeMinted uses for the treasury and insurance.
var maxUint = new(uint256.Int).SetAllOne()

// applier applies one commit's logs to the records, transaction by
// transaction, keeping the pool's figures in fig.
type applier struct {
	w   *writer
	dec *decoder
	a   Addresses
	fig Figures
}

type decoded struct {
	l  *types.Log
	ev Event
	ok bool
}

// tx applies the logs of one transaction (same block and index, in log order).
func (ap *applier) tx(block, time uint64, logs []types.Log) error {
	if len(logs) == 0 {
		return nil
	}
	txIndex, txHash := uint32(logs[0].TxIndex), logs[0].TxHash
	txPos := pos{Block: block, Tx: txIndex}
	evs := make([]decoded, len(logs))
	for i := range logs {
		l := &logs[i]
		evs[i].l = l
		evs[i].ev, evs[i].ok = ap.dec.decode(l)
		if err := ap.w.set(pos{block, txIndex, uint32(l.Index)}.append([]byte{kLog}), encodeLog(l)); err != nil {
			return err
		}
	}
	t := txState{ap: ap, evs: evs, pos: txPos, time: time, hash: txHash, moves: map[common.Address]*[]Movement{}}
	t.pre = Totals{Pooled: ap.fig.Pooled, Shares: ap.fig.Shares}
	before := ap.fig
	for i := range evs {
		if !evs[i].ok {
			continue
		}
		if err := t.apply(i); err != nil {
			return fmt.Errorf("block %d tx %d log %d (%s.%s): %w", block, txIndex, evs[i].l.Index, evs[i].ev.Contract, evs[i].ev.Name, err)
		}
	}
	return t.finish(before)
}

// txState is one transaction being applied.
type txState struct {
	ap    *applier
	evs   []decoded
	pos   pos
	time  uint64
	hash  common.Hash
	pre   Totals
	kind  uint64
	rep   *Report
	moves map[common.Address]*[]Movement
	order []common.Address
	fees  map[uint64]*uint256.Int // operator → fee shares minted in this tx
}

func (t *txState) move(a common.Address, m Movement) {
	if a == (common.Address{}) {
		return
	}
	p := t.moves[a]
	if p == nil {
		p = new([]Movement)
		t.moves[a] = p
		t.order = append(t.order, a)
	}
	*p = append(*p, m)
}

// has reports whether the transaction holds an event of the contract and
// name satisfying match.
func (t *txState) has(c Contract, name string, match func(*Event) bool) bool {
	for i := range t.evs {
		d := &t.evs[i]
		if d.ok && d.ev.Contract == c && d.ev.Name == name && (match == nil || match(&d.ev)) {
			return true
		}
	}
	return false
}

func (t *txState) report() *Report {
	if t.rep == nil {
		t.rep = &Report{Block: t.pos.Block, Tx: t.pos.Tx, Time: t.time, TxHash: t.hash}
	}
	return t.rep
}

// sub subtracts b from a, failing on underflow (events that take out more
// than they put in).
func sub(a *uint256.Int, b *uint256.Int, what string) error {
	if a.Lt(b) {
		return fmt.Errorf("%w: %s would fall below zero (%s − %s)", ErrInconsistent, what, a.Dec(), b.Dec())
	}
	a.Sub(a, b)
	return nil
}

func (t *txState) apply(i int) error {
	ev := &t.evs[i].ev
	fig := &t.ap.fig
	a := &t.ap.a
	switch ev.Contract {
	case Pool:
		switch ev.Name {
		case "Submitted":
			amt := ev.U256("amount")
			fig.Pooled.Add(&fig.Pooled, amt)
			fig.Buffered.Add(&fig.Buffered, amt)
			t.kind |= PointStake
			payer := ev.Addr("sender")
			if payer == a.WstETH { // wstETH's receive(): the ETH came from whoever gets the wstETH
				for j := range t.evs {
					d := &t.evs[j]
					if d.ok && d.ev.Contract == WstETH && d.ev.Name == "Transfer" && d.ev.Addr("from") == (common.Address{}) {
						payer = d.ev.Addr("to")
						break
					}
				}
			}
			t.move(payer, Movement{Ledger: LedgerETH, Reason: ReasonStake, Amount: *amt, Peer: a.Pool})
		case "TransferShares":
			return t.transferShares(i)
		case "SharesBurnt":
			acct, s := ev.Addr("account"), ev.U256("sharesAmount")
			if err := sub(&fig.Shares, s, "total shares"); err != nil {
				return err
			}
			if err := t.shares(acct, s, false); err != nil {
				return err
			}
			// The burner's requests burnt by a report (the finalized
			// requests' shares and the insurance cover moved there first).
			t.move(acct, Movement{Ledger: LedgerStETH, Reason: ReasonBurn, Shares: *s})
		case "InstantWithdrawal":
			paid := ev.U256("ethPaid")
			if err := sub(&fig.Pooled, paid, "pooled ether"); err != nil {
				return err
			}
			if err := sub(&fig.Buffered, paid, "buffered ether"); err != nil {
				return err
			}
			t.kind |= PointInstant
			t.move(ev.Addr("account"), Movement{Ledger: LedgerETH, Reason: ReasonInstantWithdrawal, In: true, Amount: *paid, Peer: a.Pool})
		case "Deposited":
			fig.Deposits++
			t.kind |= PointDeposit
			return t.operator(ev.U64("operatorId"), func(o *Operator) { o.Deposited++ })
		case "Unbuffered":
			return sub(&fig.Buffered, ev.U256("amount"), "buffered ether")
		case "BunkerModeSet":
			fig.Bunker = ev.Bool("bunker")
			t.kind |= PointState
		case "StakingPaused":
			fig.Paused = true
			t.kind |= PointState
		case "StakingResumed":
			fig.Paused = false
			t.kind |= PointState
		case "TokenRebased":
			r := t.report()
			r.ReportTime, r.Elapsed = ev.U64("reportTimestamp"), ev.U64("timeElapsed")
			r.Pre = Totals{Pooled: *ev.U256("preTotalEther"), Shares: *ev.U256("preTotalShares")}
			r.Post = Totals{Pooled: *ev.U256("postTotalEther"), Shares: *ev.U256("postTotalShares")}
			r.FeeShares = *ev.U256("sharesMintedAsFees")
			if !r.Pre.Pooled.Eq(&t.pre.Pooled) || !r.Pre.Shares.Eq(&t.pre.Shares) {
				return fmt.Errorf("%w: the report's totals before (%s ether, %s shares) are not the events' (%s, %s)",
					ErrInconsistent, r.Pre.Pooled.Dec(), r.Pre.Shares.Dec(), t.pre.Pooled.Dec(), t.pre.Shares.Dec())
			}
			if !r.Post.Shares.Eq(&fig.Shares) {
				return fmt.Errorf("%w: the report's shares after (%s) are not the events' (%s)", ErrInconsistent, r.Post.Shares.Dec(), fig.Shares.Dec())
			}
			fig.Pooled = r.Post.Pooled // the beacon balance has no event of its own: the report's total is the pooled ether
			fig.Reports++
			t.kind |= PointReport
		case "FeeMinted":
			s := ev.U256("sharesAmount")
			fm := FeeMint{To: ev.Addr("to"), Shares: *s, Operator: -1}
			if id := ev.U256("operatorId"); !id.Eq(maxUint) && id.IsUint64() {
				fm.Operator = int64(id.Uint64())
				if t.fees == nil {
					t.fees = map[uint64]*uint256.Int{}
				}
				if t.fees[id.Uint64()] == nil {
					t.fees[id.Uint64()] = new(uint256.Int)
				}
				t.fees[id.Uint64()].Add(t.fees[id.Uint64()], s)
			}
			r := t.report()
			r.Fees = append(r.Fees, fm)
		case "InsuranceCover":
			r := t.report()
			r.InsuranceCover = *ev.U256("amount")
			r.InsuranceBurn = *ev.U256("sharesBurnt") // requested to burn as cover, burnt by the same report within the limiter
		case "PausedUntil", "PauseResumed":
			t.kind |= PointState
			return t.pause(ev)
		}
	case WstETH:
		if ev.Name != "Transfer" {
			return nil
		}
		from, to, v := ev.Addr("from"), ev.Addr("to"), ev.U256("value")
		switch {
		case from == (common.Address{}):
			if err := t.wsteth(to, v, true); err != nil {
				return err
			}
			reason := ReasonWrap
			if t.has(Pool, "Submitted", func(e *Event) bool { return e.Addr("sender") == a.WstETH }) {
				reason = ReasonStake
			}
			t.move(to, Movement{Ledger: LedgerWstETH, Reason: reason, In: true, Amount: *v})
		case to == (common.Address{}):
			if err := t.wsteth(from, v, false); err != nil {
				return err
			}
			t.move(from, Movement{Ledger: LedgerWstETH, Reason: ReasonUnwrap, Amount: *v})
		default:
			if err := t.wsteth(from, v, false); err != nil {
				return err
			}
			if err := t.wsteth(to, v, true); err != nil {
				return err
			}
			reason := escrowReason(a, from, to, ReasonTransfer)
			t.move(from, Movement{Ledger: LedgerWstETH, Reason: reason, Amount: *v, Peer: to})
			t.move(to, Movement{Ledger: LedgerWstETH, Reason: reason, In: true, Amount: *v, Peer: from})
		}
	case WithdrawalQueue:
		return t.queue(ev)
	case Registry:
		return t.registry(ev)
	case Governance:
		return t.governance(ev)
	case Oracle:
		return t.oracle(ev, t.evs[i].l.Index)
	case Bonded:
		return t.bonded(ev)
	case VetoEscrow, GateSeal:
		return nil // their holdings move by the pool's, wstETH's and the queue's own events; the pause by the pool's
	case WithdrawalVault, ELRewardsVault:
		amt := ev.U256("amount")
		fig.Buffered.Add(&fig.Buffered, amt)
		r := t.report()
		if ev.Contract == WithdrawalVault {
			r.WithdrawalsPulled.Add(&r.WithdrawalsPulled, amt)
		} else {
			r.ELRewardsPulled.Add(&r.ELRewardsPulled, amt)
		}
	}
	return nil
}

// transferShares applies a TransferShares: the shares move, minted or
// burnt, and each side gets a movement whose reason the transaction's
// other events tell.
func (t *txState) transferShares(i int) error {
	ev := &t.evs[i].ev
	fig := &t.ap.fig
	a := &t.ap.a
	from, to, s := ev.Addr("from"), ev.Addr("to"), ev.U256("sharesValue")
	var zero common.Address
	// The stETH amount: the Transfer just before it with the same ends.
	var amount uint256.Int
	if i > 0 {
		if p := &t.evs[i-1]; p.ok && p.ev.Contract == Pool && p.ev.Name == "Transfer" && p.ev.Addr("from") == from && p.ev.Addr("to") == to {
			amount = *p.ev.U256("value")
		}
	}
	if from == zero {
		fig.Shares.Add(&fig.Shares, s)
	} else if err := t.shares(from, s, false); err != nil {
		return err
	}
	if to == zero {
		if err := sub(&fig.Shares, s, "total shares"); err != nil {
			return err
		}
	} else if err := t.shares(to, s, true); err != nil {
		return err
	}
	reason := ReasonTransfer
	var id uint64
	switch {
	case from == zero && t.has(Pool, "Submitted", func(e *Event) bool { return e.Addr("sender") == to }):
		reason = ReasonStake
	case from == zero && t.has(Pool, "FeeMinted", func(e *Event) bool { return e.Addr("to") == to }):
		reason = ReasonFee
		for j := i + 1; j < len(t.evs); j++ {
			if d := &t.evs[j]; d.ok && d.ev.Contract == Pool && d.ev.Name == "FeeMinted" && d.ev.Addr("to") == to {
				if op := d.ev.U256("operatorId"); !op.Eq(maxUint) && op.IsUint64() {
					id = op.Uint64() + 1
				}
				break
			}
		}
	case from == zero:
		reason = ReasonMint
	case to == zero && t.has(Pool, "InstantWithdrawal", func(e *Event) bool { return e.Addr("account") == from }):
		reason = ReasonInstantWithdrawal
	case to == zero:
		reason = ReasonBurn
	case to == a.WstETH:
		reason = ReasonWrap
	case from == a.WstETH && to == a.WithdrawalQueue:
		reason = ReasonWithdrawalRequest // a request paid in wstETH
	case from == a.WstETH:
		reason = ReasonUnwrap // the escrow's too, in a rage quit
	case to == a.VetoEscrow || from == a.VetoEscrow:
		reason = escrowReason(a, from, to, ReasonTransfer)
	case to == a.WithdrawalQueue:
		reason = ReasonWithdrawalRequest
	case to == a.Burner && from == a.WithdrawalQueue:
		reason = ReasonFinalization // a report finalized the requests: their shares to the burner
	case to == a.Burner:
		reason = ReasonInsuranceCover // the insurance fund's cover (a loss report's, or governance's)
	}
	t.move(from, Movement{Ledger: LedgerStETH, Reason: reason, Shares: *s, Amount: amount, Peer: to, ID: id})
	t.move(to, Movement{Ledger: LedgerStETH, Reason: reason, In: true, Shares: *s, Amount: amount, Peer: from, ID: id})
	return nil
}

func accountKey(a common.Address) []byte { return append([]byte{kAccount}, a[:]...) }

func (t *txState) account(a common.Address) (Account, error) {
	v, ok, err := t.ap.w.get(accountKey(a))
	if err != nil || !ok {
		return Account{}, err
	}
	return decodeAccount(v)
}

func (t *txState) shares(a common.Address, s *uint256.Int, in bool) error {
	acc, err := t.account(a)
	if err != nil {
		return err
	}
	if in {
		acc.Shares.Add(&acc.Shares, s)
	} else if err := sub(&acc.Shares, s, "the shares of "+a.Hex()); err != nil {
		return err
	}
	return t.ap.w.set(accountKey(a), acc.encode())
}

func (t *txState) wsteth(a common.Address, v *uint256.Int, in bool) error {
	acc, err := t.account(a)
	if err != nil {
		return err
	}
	if in {
		acc.WstETH.Add(&acc.WstETH, v)
	} else if err := sub(&acc.WstETH, v, "the wstETH of "+a.Hex()); err != nil {
		return err
	}
	return t.ap.w.set(accountKey(a), acc.encode())
}

// finish writes what the transaction changed: its report, the pool's
// figures, the accounts' movements.
func (t *txState) finish(before Figures) error {
	w := t.ap.w
	fig := &t.ap.fig
	post := Totals{Pooled: fig.Pooled, Shares: fig.Shares}
	if t.rep != nil && (t.kind&PointReport != 0 || t.rep.Hash != (common.Hash{}) || t.rep.RefSlot != 0) {
		if err := w.set(t.pos.append([]byte{kReport}), t.rep.encode()); err != nil {
			return err
		}
	}
	for id, s := range t.fees {
		if err := t.operator(id, func(o *Operator) {
			o.FeeShares.Add(&o.FeeShares, s)
			o.FeeStETH.Add(&o.FeeStETH, post.Value(s))
		}); err != nil {
			return err
		}
	}
	if *fig != before {
		p := Point{Block: t.pos.Block, Tx: t.pos.Tx, Time: t.time, TxHash: t.hash, Kind: t.kind, Pre: t.pre, Post: *fig}
		if err := w.set(t.pos.append([]byte{kPoint}), p.encode()); err != nil {
			return err
		}
		if err := w.set([]byte{kFigures}, encodeFigures(fig)); err != nil {
			return err
		}
	}
	for _, a := range t.order {
		tm := TxMoves{Block: t.pos.Block, Tx: t.pos.Tx, Time: t.time, TxHash: t.hash, Moves: *t.moves[a]}
		if err := w.set(t.pos.append(append([]byte{kMove}, a[:]...)), tm.encode()); err != nil {
			return err
		}
	}
	return nil
}

func encodeFigures(f *Figures) []byte {
	var e enc
	f.encode(&e)
	return e.b
}

func decodeFigures(b []byte) (Figures, error) {
	d := dec{b: b}
	var f Figures
	f.decode(&d)
	return f, d.done()
}

// encodeLog keeps what the events stream and the event history show of a log.
func encodeLog(l *types.Log) []byte {
	var e enc
	e.addr(l.Address)
	e.u64(uint64(len(l.Topics)))
	for _, h := range l.Topics {
		e.hash(h)
	}
	e.bytes(l.Data)
	e.hash(l.TxHash)
	return e.b
}

func decodeLog(p pos, b []byte) (types.Log, error) {
	d := dec{b: b}
	l := types.Log{BlockNumber: p.Block, TxIndex: uint(p.Tx), Index: uint(p.Log)}
	l.Address = d.addr()
	n := d.u64()
	if n > 4 {
		return l, errCorrupt
	}
	for i := uint64(0); i < n; i++ {
		l.Topics = append(l.Topics, d.hash())
	}
	l.Data = d.bytes()
	l.TxHash = d.hash()
	return l, d.done()
}
