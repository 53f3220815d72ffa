package readapi

import (
	"math/big"
	"net/http"
	"strconv"

	"github.com/ethereum/go-ethereum/common"

	"github.com/stakepool/stakepool/indexer"
)

func hashHex(h common.Hash) string { return h.Hex() }

func voteDoc(v *indexer.Vote, agreed common.Hash) Vote {
	return Vote{Member: v.Member.Hex(), Hash: hashHex(v.Hash), Support: v.Support, Block: v.Block, Time: v.Time,
		Agreed: agreed != (common.Hash{}) && v.Hash == agreed}
}

// reports answers the applied reports, newest first (?limit=, default 20,
// at most 500), each with its members' votes, and the current frame.
func (s *Server) reports(w http.ResponseWriter, r *http.Request) {
	limit := 20
	if l := r.URL.Query().Get("limit"); l != "" {
		n, err := strconv.Atoi(l)
		if err != nil || n < 1 || n > 500 {
			writeError(w, http.StatusBadRequest, CodeBadRequest, "limit: a number from 1 to 500")
			return
		}
		limit = n
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
	out := Reports{Members: []string{}, Reports: []Report{}, Pending: []Vote{}, Alerts: []Vote{}, Deployed: cs.Oracle != nil}
	if o := cs.Oracle; o != nil {
		for _, m := range o.Members {
			out.Members = append(out.Members, m.Hex())
		}
		out.Quorum = o.Quorum
		f := &Frame{EpochsPerFrame: o.EpochsPerFrame, CurrentRefSlot: o.CurrentRefSlot, LastRefSlot: o.LastRefSlot}
		frame := o.EpochsPerFrame * o.SlotsPerEpoch
		next := o.CurrentRefSlot
		if !o.HasRefSlot || o.LastRefSlot >= next {
			next += frame
		}
		f.NextReport = o.GenesisTime + next*o.SecondsPerSlot
		if o.Consensus != (common.Hash{}) {
			f.Consensus = o.Consensus.Hex()
		}
		out.Frame = f
		// Votes of the frame not reported yet.
		if o.HasRefSlot && o.LastRefSlot < o.CurrentRefSlot {
			votes, err := v.Votes(o.CurrentRefSlot)
			if err != nil {
				writeError(w, http.StatusInternalServerError, CodeInternal, err.Error())
				return
			}
			for i := range votes {
				if votes[i].Kind == indexer.VoteReport {
					out.Pending = append(out.Pending, voteDoc(&votes[i], o.Consensus))
				}
			}
		}
	}
	reps, err := v.Reports(limit)
	if err != nil {
		writeError(w, http.StatusInternalServerError, CodeInternal, err.Error())
		return
	}
	for i := range reps {
		rp := &reps[i]
		cl := new(big.Int).Sub(rp.Post.Pooled.ToBig(), rp.Pre.Pooled.ToBig())
		cl.Add(cl, rp.FinalizedETH.ToBig())
		cl.Sub(cl, rp.ELRewardsPulled.ToBig())
		d := Report{RefSlot: rp.RefSlot, Block: rp.Block, Time: rp.Time, Tx: rp.TxHash.Hex(), Hash: rp.Hash.Hex(), Bunker: rp.Bunker,
			Elapsed: rp.Elapsed, PreTotalEther: rp.Pre.Pooled.Dec(), PreTotalShares: rp.Pre.Shares.Dec(),
			PostTotalEther: rp.Post.Pooled.Dec(), PostTotalShares: rp.Post.Shares.Dec(),
			PreShareRate: shareRate(&rp.Pre.Pooled, &rp.Pre.Shares), PostShareRate: shareRate(&rp.Post.Pooled, &rp.Post.Shares),
			APR: reportAPR(rp), Consensus: cl.String(), WithdrawalsPulled: rp.WithdrawalsPulled.Dec(), ELRewardsPulled: rp.ELRewardsPulled.Dec(),
			FeeShares: rp.FeeShares.Dec(), Fees: []FeeMint{}, InsuranceCover: rp.InsuranceCover.Dec(), InsuranceBurnt: rp.InsuranceBurn.Dec(),
			FinalizedFrom: rp.FinalizedFrom, FinalizedTo: rp.FinalizedTo, EtherLocked: rp.FinalizedETH.Dec(), Votes: []Vote{}}
		for _, f := range rp.Fees {
			fm := FeeMint{To: f.To.Hex(), Shares: f.Shares.Dec()}
			if f.Operator >= 0 {
				op := f.Operator
				fm.Operator = &op
			}
			d.Fees = append(d.Fees, fm)
		}
		votes, err := v.Votes(rp.RefSlot)
		if err != nil {
			writeError(w, http.StatusInternalServerError, CodeInternal, err.Error())
			return
		}
		for j := range votes {
			switch votes[j].Kind {
			case indexer.VoteReport:
				d.Votes = append(d.Votes, voteDoc(&votes[j], rp.Hash))
			case indexer.VoteAlert:
				out.Alerts = append(out.Alerts, voteDoc(&votes[j], common.Hash{}))
			}
		}
		out.Reports = append(out.Reports, d)
	}
	writeJSON(w, http.StatusOK, out)
}
