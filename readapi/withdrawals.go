package readapi

import (
	"context"
	"errors"
	"net/http"
	"strconv"
	"time"

	"github.com/holiman/uint256"

	"github.com/stakepool/stakepool/indexer"
	"github.com/stakepool/stakepool/units"
)

// withdrawalDoc describes a request with its state and, when pending, its
// estimated finalization.
func (s *Server) withdrawalDoc(ctx context.Context, v *indexer.View, cs *chainState, r *indexer.Request) (Withdrawal, error) {
	d := Withdrawal{ID: r.ID, Owner: r.Owner.Hex(), Requestor: r.Requestor.Hex(), StETH: r.StETH.Dec(), Shares: r.Shares.Dec(),
		Block: r.Block, Time: r.Time, Status: "pending", Claimable: "0"}
	switch {
	case r.Claimed:
		d.Status, d.Finalized, d.Claimed = "claimed", true, true
		d.FinalizedTime, d.ClaimedETH, d.Receiver = r.FinalizedTime, r.ClaimedETH.Dec(), r.Receiver.Hex()
	case r.Finalized:
		d.Status, d.Finalized, d.FinalizedTime = "finalized", true, r.FinalizedTime
		if r.AtPar {
			d.Claimable = r.StETH.Dec()
		} else {
			c, err := s.claimableFunc(ctx, cs)(r.ID)
			if err != nil {
				return d, err
			}
			d.Claimable = c.Dec()
		}
	default:
		need, err := v.UnfinalizedUpTo(r.ID)
		if err != nil {
			return d, err
		}
		d.Estimate = s.estimateFor(cs, need)
	}
	return d, nil
}

func (s *Server) withdrawal(w http.ResponseWriter, r *http.Request) {
	id, err := strconv.ParseUint(r.PathValue("id"), 10, 64)
	if err != nil || id == 0 {
		writeError(w, http.StatusBadRequest, CodeBadRequest, "a request id is a positive integer")
		return
	}
	cs, ok := s.ready(w)
	if !ok {
		return
	}
	v, ok := s.view(w)
	if !ok {
		return
	}
	defer v.Close()
	req, found, err := v.Request(id)
	if err != nil {
		writeError(w, http.StatusInternalServerError, CodeInternal, err.Error())
		return
	}
	if !found {
		writeError(w, http.StatusNotFound, CodeUnknownRequest, "no withdrawal request "+strconv.FormatUint(id, 10))
		return
	}
	ctx, cancel := context.WithTimeout(r.Context(), 10*time.Second)
	defer cancel()
	d, err := s.withdrawalDoc(ctx, v, cs, &req)
	if err != nil {
		writeError(w, http.StatusBadGateway, CodeUpstream, err.Error())
		return
	}
	writeJSON(w, http.StatusOK, d)
}

// withdrawals lists requests: ?owner= (its unclaimed ones), ?status=pending
// (the queue, each with its estimate), else all from ?from= (default 1),
// at most ?limit= (default 100, at most 1,000).
func (s *Server) withdrawals(w http.ResponseWriter, r *http.Request) {
	q := r.URL.Query()
	limit := 100
	if l := q.Get("limit"); l != "" {
		n, err := strconv.Atoi(l)
		if err != nil || n < 1 || n > 1000 {
			writeError(w, http.StatusBadRequest, CodeBadRequest, "limit: a number from 1 to 1000")
			return
		}
		limit = n
	}
	from := uint64(1)
	if f := q.Get("from"); f != "" {
		n, err := strconv.ParseUint(f, 10, 64)
		if err != nil || n == 0 {
			writeError(w, http.StatusBadRequest, CodeBadRequest, "from: a positive request id")
			return
		}
		from = n
	}
	status := q.Get("status")
	if status != "" && status != "pending" && status != "finalized" && status != "claimed" {
		writeError(w, http.StatusBadRequest, CodeBadRequest, "status: pending, finalized or claimed")
		return
	}
	cs, ok := s.ready(w)
	if !ok {
		return
	}
	v, ok := s.view(w)
	if !ok {
		return
	}
	defer v.Close()
	var reqs []indexer.Request
	var err error
	if o := q.Get("owner"); o != "" {
		owner, ok := parseAddress(w, o)
		if !ok {
			return
		}
		ids, err := v.Owned(owner)
		if err != nil {
			writeError(w, http.StatusInternalServerError, CodeInternal, err.Error())
			return
		}
		for _, id := range ids {
			if id < from {
				continue
			}
			if rq, ok, err := v.Request(id); err == nil && ok {
				reqs = append(reqs, rq)
			}
		}
	} else {
		if status == "pending" {
			from = max(from, v.Figures.Finalized+1)
		}
		if reqs, err = v.Requests(from, limit*4); err != nil {
			writeError(w, http.StatusInternalServerError, CodeInternal, err.Error())
			return
		}
	}
	ctx, cancel := context.WithTimeout(r.Context(), 10*time.Second)
	defer cancel()
	out := Withdrawals{Requests: []Withdrawal{}}
	for i := range reqs {
		if len(out.Requests) == limit {
			break
		}
		d, err := s.withdrawalDoc(ctx, v, cs, &reqs[i])
		if err != nil {
			writeError(w, http.StatusBadGateway, CodeUpstream, err.Error())
			return
		}
		if status != "" && d.Status != status {
			continue
		}
		out.Requests = append(out.Requests, d)
	}
	writeJSON(w, http.StatusOK, out)
}

// estimate answers when a new request of ?amount= (1.5, 1.5eth,
// 1500000000gwei, …wei) made now would be finalized.
func (s *Server) estimate(w http.ResponseWriter, r *http.Request) {
	a := r.URL.Query().Get("amount")
	if a == "" {
		writeError(w, http.StatusBadRequest, CodeBadAmount, "amount: required (1.5, 1.5eth, 1500000000gwei or 1500000000000000000wei)")
		return
	}
	amt, err := units.ParseAmount(a)
	if err != nil {
		msg := err.Error()
		if !errors.Is(err, units.ErrAmount) {
			msg = "amount: " + msg
		}
		writeError(w, http.StatusBadRequest, CodeBadAmount, msg)
		return
	}
	cs, ok := s.ready(w)
	if !ok {
		return
	}
	if amt.IsZero() || amt.Lt(&cs.MinWithdrawal) || amt.Gt(&cs.MaxWithdrawal) {
		writeError(w, http.StatusBadRequest, CodeBadAmount, "amount: a request is between "+units.FormatEther(&cs.MinWithdrawal)+" and "+units.FormatEther(&cs.MaxWithdrawal)+" stETH")
		return
	}
	need := new(uint256.Int).Add(&cs.Unfinalized, amt)
	writeJSON(w, http.StatusOK, NewRequestEstimate{Amount: amt.Dec(), Ahead: cs.Unfinalized.Dec(), Estimate: s.estimateFor(cs, need)})
}
