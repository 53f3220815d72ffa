package indexer

import (
	"fmt"

	"github.com/ethereum/go-ethereum/common"
	"github.com/holiman/uint256"
)

func requestKey(id uint64) []byte { return be64([]byte{kRequest}, id) }

func ownedKey(owner common.Address, id uint64) []byte {
	return be64(append([]byte{kOwned}, owner[:]...), id)
}

func (t *txState) request(id uint64) (Request, error) {
	v, ok, err := t.ap.w.get(requestKey(id))
	if err != nil {
		return Request{}, err
	}
	if !ok {
		return Request{}, fmt.Errorf("%w: withdrawal request %d was never made", ErrInconsistent, id)
	}
	return decodeRequest(v)
}

// queue applies the withdrawal queue's events.
func (t *txState) queue(ev *Event) error {
	w := t.ap.w
	fig := &t.ap.fig
	var zero common.Address
	switch ev.Name {
	case "WithdrawalRequested":
		id := ev.U64("requestId")
		if id != fig.Requests+1 {
			return fmt.Errorf("%w: request %d after request %d", ErrInconsistent, id, fig.Requests)
		}
		r := Request{ID: id, Requestor: ev.Addr("requestor"), Owner: ev.Addr("owner"),
			StETH: *ev.U256("amountOfStETH"), Shares: *ev.U256("amountOfShares"),
			Block: t.pos.Block, Time: t.time, TxHash: t.hash}
		fig.Requests = id
		fig.Unfinalized.Add(&fig.Unfinalized, &r.StETH)
		t.kind |= PointRequest
		reason := ReasonWithdrawalRequest
		if r.Requestor == t.ap.a.VetoEscrow && r.Requestor != zero {
			reason = ReasonRageQuit // the escrow's shares, the holder's request
		}
		t.move(r.Owner, Movement{Ledger: LedgerWithdrawal, Reason: reason, In: true, Amount: r.StETH, Peer: r.Requestor, ID: id})
		if err := w.set(requestKey(id), r.encode()); err != nil {
			return err
		}
		return w.set(ownedKey(r.Owner, id), nil)
	case "Transfer": // the request's NFT
		from, to, id := ev.Addr("from"), ev.Addr("to"), ev.U64("tokenId")
		if from == zero || to == zero {
			return nil // minted with its request, burnt at its claim
		}
		r, err := t.request(id)
		if err != nil {
			return err
		}
		r.Owner = to
		if err := w.set(requestKey(id), r.encode()); err != nil {
			return err
		}
		if err := w.del(ownedKey(from, id)); err != nil {
			return err
		}
		if err := w.set(ownedKey(to, id), nil); err != nil {
			return err
		}
		reason := escrowReason(&t.ap.a, from, to, ReasonRequestTransfer)
		t.move(from, Movement{Ledger: LedgerWithdrawal, Reason: reason, Amount: r.StETH, Peer: to, ID: id})
		t.move(to, Movement{Ledger: LedgerWithdrawal, Reason: reason, In: true, Amount: r.StETH, Peer: from, ID: id})
	case "WithdrawalsFinalized":
		from, to := ev.U64("from"), ev.U64("to")
		if from != fig.Finalized+1 || to < from || to > fig.Requests {
			return fmt.Errorf("%w: finalization of %d..%d after %d of %d requests", ErrInconsistent, from, to, fig.Finalized, fig.Requests)
		}
		f := Finalization{Block: t.pos.Block, Time: t.time, From: from, To: to, ETH: *ev.U256("amountOfETHLocked"), Shares: *ev.U256("sharesToBurn")}
		reqs := make([]Request, 0, to-from+1)
		for id := from; id <= to; id++ {
			r, err := t.request(id)
			if err != nil {
				return err
			}
			f.StETH.Add(&f.StETH, &r.StETH)
			reqs = append(reqs, r)
		}
		atPar := f.ETH.Eq(&f.StETH)
		for i := range reqs {
			r := &reqs[i]
			r.Finalized, r.FinalizedBlock, r.FinalizedTime, r.AtPar = true, t.pos.Block, t.time, atPar
			if err := w.set(requestKey(r.ID), r.encode()); err != nil {
				return err
			}
			m := Movement{Ledger: LedgerWithdrawal, Reason: ReasonFinalization, In: true, ID: r.ID}
			if atPar {
				m.Amount = r.StETH
			}
			t.move(r.Owner, m)
		}
		if err := sub(&fig.Unfinalized, &f.StETH, "unfinalized stETH"); err != nil {
			return err
		}
		if err := sub(&fig.Buffered, &f.ETH, "buffered ether"); err != nil {
			return err
		}
		fig.Locked.Add(&fig.Locked, &f.ETH)
		fig.Finalized = to
		t.kind |= PointFinalize
		rep := t.report()
		rep.FinalizedFrom, rep.FinalizedTo, rep.FinalizedETH, rep.FinalizedShares = from, to, f.ETH, f.Shares
		return w.set(t.pos.append([]byte{kFinalize}), f.encode())
	case "WithdrawalClaimed":
		id := ev.U64("requestId")
		r, err := t.request(id)
		if err != nil {
			return err
		}
		if !r.Finalized || r.Claimed {
			return fmt.Errorf("%w: request %d claimed while finalized=%v claimed=%v", ErrInconsistent, id, r.Finalized, r.Claimed)
		}
		eth := ev.U256("amountOfETH")
		r.Claimed, r.ClaimedBlock, r.ClaimedTime, r.ClaimedETH, r.Receiver = true, t.pos.Block, t.time, *eth, ev.Addr("receiver")
		r.Owner = ev.Addr("owner")
		if err := w.set(requestKey(id), r.encode()); err != nil {
			return err
		}
		if err := w.del(ownedKey(r.Owner, id)); err != nil {
			return err
		}
		if err := sub(&fig.Locked, eth, "locked ether"); err != nil {
			return err
		}
		t.kind |= PointClaim
		t.move(r.Owner, Movement{Ledger: LedgerWithdrawal, Reason: ReasonClaim, Amount: *eth, Peer: r.Receiver, ID: id})
		t.move(r.Receiver, Movement{Ledger: LedgerETH, Reason: ReasonClaim, In: true, Amount: *eth, Peer: t.ap.a.WithdrawalQueue, ID: id})
	}
	return nil
}

// Request reads a withdrawal request.
func (v *View) Request(id uint64) (Request, bool, error) {
	b, ok, err := get(v.snap, requestKey(id))
	if err != nil || !ok {
		return Request{}, ok, err
	}
	r, err := decodeRequest(b)
	return r, err == nil, err
}

// Owned lists the ids of the unclaimed requests an owner holds, ascending.
func (v *View) Owned(owner common.Address) ([]uint64, error) {
	lo := append([]byte{kOwned}, owner[:]...)
	var ids []uint64
	err := v.scan(lo, prefixEnd(lo), 0, func(k, _ []byte) error {
		if len(k) != len(lo)+8 {
			return errCorrupt
		}
		ids = append(ids, beUint64(k[len(lo):]))
		return nil
	})
	return ids, err
}

// Requests lists requests from id from on, at most limit (0: all).
func (v *View) Requests(from uint64, limit int) ([]Request, error) {
	var out []Request
	err := v.scan(requestKey(from), []byte{kRequest + 1}, limit, func(_, b []byte) error {
		r, err := decodeRequest(b)
		out = append(out, r)
		return err
	})
	return out, err
}

// UnfinalizedUpTo is the stETH of the unfinalized requests up to and
// including id: what the pool must pay before id is finalized.
func (v *View) UnfinalizedUpTo(id uint64) (*uint256.Int, error) {
	sum := new(uint256.Int)
	err := v.scan(requestKey(v.Figures.Finalized+1), requestKey(id+1), 0, func(_, b []byte) error {
		r, err := decodeRequest(b)
		if err != nil {
			return err
		}
		sum.Add(sum, &r.StETH)
		return nil
	})
	return sum, err
}
