package readapi

import (
	"math/big"
	"net/http"
	"strconv"
	"time"

	"github.com/holiman/uint256"

	"github.com/stakepool/stakepool/indexer"
)

const year = 365 * 24 * 3600

// aprFormula is the formula every APR of the API uses (Lido's).
const aprFormula = "apr = (post_share_rate − pre_share_rate) / pre_share_rate × 31,536,000 / elapsed_seconds, " +
	"share_rate = total_pooled_ether / total_shares; latest: the last report; week: the mean of the reports of the last 7 days; " +
	"inception: from the pool's first share rate to the current one over the time between"

func dec(v *uint256.Int) string { return v.Dec() }

// shareRate is the stETH wei 1e18 shares are worth, rounded down.
func shareRate(pooled, shares *uint256.Int) string {
	t := indexer.Totals{Pooled: *pooled, Shares: *shares}
	return t.Value(uint256.NewInt(1e18)).Dec()
}

// rateRat is pooled/shares as a rational.
func rateRat(t *indexer.Totals) *big.Rat {
	if t.Shares.IsZero() {
		return new(big.Rat)
	}
	return new(big.Rat).SetFrac(t.Pooled.ToBig(), t.Shares.ToBig())
}

// aprOf is the annualized change from rate a to rate b over elapsed seconds.
func aprOf(a, b *big.Rat, elapsed uint64) float64 {
	if a.Sign() == 0 || elapsed == 0 {
		return 0
	}
	r := new(big.Rat).Quo(new(big.Rat).Sub(b, a), a)
	r.Mul(r, new(big.Rat).SetFrac64(year, int64(elapsed)))
	f, _ := r.Float64()
	return f
}

func reportAPR(r *indexer.Report) float64 {
	return aprOf(rateRat(&r.Pre), rateRat(&r.Post), r.Elapsed)
}

// aprs computes the three APRs from the index.
func (s *Server) aprs(v *indexer.View, now uint64) (APR, error) {
	out := APR{Formula: aprFormula, Reports: []APRReport{}}
	reports, err := v.Reports(0)
	if err != nil {
		return out, err
	}
	if len(reports) > 0 {
		l := reportAPR(&reports[0])
		out.Latest = &l
	}
	var sum float64
	n := 0
	for i := range reports {
		r := &reports[i]
		if r.Time+7*24*3600 < now {
			break
		}
		a := reportAPR(r)
		sum += a
		n++
		out.Reports = append(out.Reports, APRReport{RefSlot: r.RefSlot, Time: r.Time, Elapsed: r.Elapsed,
			PreShareRate: shareRate(&r.Pre.Pooled, &r.Pre.Shares), PostShareRate: shareRate(&r.Post.Pooled, &r.Post.Shares), APR: a})
	}
	if n > 0 {
		w := sum / float64(n)
		out.Week = &w
	}
	first, err := v.Points(0, 1)
	if err != nil {
		return out, err
	}
	if len(first) == 1 {
		p := &first[0]
		t0 := indexer.Totals{Pooled: p.Post.Pooled, Shares: p.Post.Shares}
		out.Since = APRInception{Time: p.Time, ShareRate: shareRate(&t0.Pooled, &t0.Shares)}
		if len(reports) > 0 && now > p.Time {
			now := indexer.Totals{Pooled: v.Figures.Pooled, Shares: v.Figures.Shares}
			a := aprOf(rateRat(&t0), rateRat(&now), reports[0].Time-p.Time)
			out.Inception = &a
		}
	}
	return out, nil
}

func (s *Server) status(w http.ResponseWriter, r *http.Request) {
	h := s.ix.Head()
	st := Status{Block: h.Block, ChainID: s.chainID.Uint64(), Version: s.cfg.Version,
		Indexer: IndexerStatus{Block: h.Block, FinalizedBlock: h.Finalized, Rollbacks: s.ix.Rollbacks()}}
	if err := s.ix.Err(); err != nil {
		st.Indexer.Stopped = err.Error()
	}
	if cs := s.state.Load(); cs != nil {
		st.Block, st.BlockTime = cs.Block, cs.Time
		if o := cs.Oracle; o != nil && o.SecondsPerSlot > 0 && cs.Time >= o.GenesisTime {
			st.Slot = (cs.Time - o.GenesisTime) / o.SecondsPerSlot
			st.Epoch = st.Slot / max(o.SlotsPerEpoch, 1)
		}
	}
	if b := s.bstate.Load(); b != nil {
		st.Beacon = true
		st.Slot, st.Epoch, st.FinalizedEpoch = b.HeadSlot, b.HeadSlot/max(b.Spec.SlotsPerEpoch, 1), b.FinalizedEpoch
	}
	writeJSON(w, http.StatusOK, st)
}

func (s *Server) contractsDoc(w http.ResponseWriter, r *http.Request) {
	cs, ok := s.ready(w)
	if !ok {
		return
	}
	a := s.k.a
	writeJSON(w, http.StatusOK, Contracts{ChainID: s.chainID.Uint64(), Pool: a.Pool.Hex(), WstETH: a.WstETH.Hex(),
		WithdrawalQueue: a.WithdrawalQueue.Hex(), Registry: a.Registry.Hex(), Governance: a.Governance.Hex(), Oracle: a.Oracle.Hex(),
		WithdrawalVault: a.WithdrawalVault.Hex(), ELRewardsVault: a.ELRewardsVault.Hex(), VetoEscrow: a.VetoEscrow.Hex(), GateSeal: a.GateSeal.Hex(),
		FromBlock:     s.fromBlock,
		MinWithdrawal: dec(&cs.MinWithdrawal), MaxWithdrawal: dec(&cs.MaxWithdrawal), DustFloor: dec(&cs.DustFloor)})
}

func (s *Server) pool(w http.ResponseWriter, r *http.Request) {
	cs, ok := s.ready(w)
	if !ok {
		return
	}
	v, ok := s.view(w)
	if !ok {
		return
	}
	defer v.Close()
	a, err := s.aprs(v, cs.Time)
	if err != nil {
		writeError(w, http.StatusInternalServerError, CodeInternal, err.Error())
		return
	}
	ins := indexer.Totals{Pooled: cs.Pooled, Shares: cs.Shares}
	p := Pool{Block: cs.Block, Time: cs.Time,
		TotalPooledEther: dec(&cs.Pooled), TotalShares: dec(&cs.Shares), BufferedEther: dec(&cs.Buffered),
		Reserve: dec(&cs.ReserveTarget), ShareRate: shareRate(&cs.Pooled, &cs.Shares),
		Validators: cs.Deposited, BeaconValidators: cs.BeaconValidators, BeaconBalance: dec(&cs.BeaconBalance),
		APR: a.Latest, APRWeek: a.Week, APRInception: a.Inception, Reports: cs.ReportsApplied,
		DepositableEther: dec(&cs.Depositable), InstantLiquidity: dec(&cs.InstantLiquidity), StakeLimitRemaining: dec(&cs.StakeLimit),
		StakingPaused: cs.Paused, Bunker: cs.Bunker, WstETHSupply: dec(&cs.WstETHSupply), StEthPerWstETH: dec(&cs.StEthPerWstETH),
		WithdrawalRequests: cs.LastRequest, LastFinalized: cs.LastFinalized, UnfinalizedStETH: dec(&cs.Unfinalized),
		LockedForClaims: dec(&cs.Locked), WithdrawalVault: dec(&cs.WithdrawalVault), ELRewardsVault: dec(&cs.ELRewardsVault),
		InsuranceFund: ins.Value(&cs.InsuranceShares).Dec(), WithdrawalCreds: cs.WithdrawalCredentials.Hex()}
	if cs.Oracle != nil {
		p.FeeBP = cs.Oracle.FeeBP
	}
	if p.Pause, err = pauseDoc(s.k.a, &cs.Pause, cs.Time, v); err != nil {
		writeError(w, http.StatusInternalServerError, CodeInternal, err.Error())
		return
	}
	need := new(uint256.Int).Add(&cs.Unfinalized, uint256.NewInt(1e18))
	p.Wait = s.estimateFor(cs, need)
	writeJSON(w, http.StatusOK, p)
}

func (s *Server) apr(w http.ResponseWriter, r *http.Request) {
	cs, ok := s.ready(w)
	if !ok {
		return
	}
	v, ok := s.view(w)
	if !ok {
		return
	}
	defer v.Close()
	a, err := s.aprs(v, cs.Time)
	if err != nil {
		writeError(w, http.StatusInternalServerError, CodeInternal, err.Error())
		return
	}
	writeJSON(w, http.StatusOK, a)
}

// history answers the pool's figures over time: at most ?points= (default
// 200, at most 2,000) points spread evenly over the transactions that
// changed them, the reports always among them.
func (s *Server) history(w http.ResponseWriter, r *http.Request) {
	n := 200
	if q := r.URL.Query().Get("points"); q != "" {
		v, err := strconv.Atoi(q)
		if err != nil || v < 2 || v > 2000 {
			writeError(w, http.StatusBadRequest, CodeBadRequest, "points: a number from 2 to 2000")
			return
		}
		n = v
	}
	v, ok := s.view(w)
	if !ok {
		return
	}
	defer v.Close()
	pts, err := v.Points(0, 0)
	if err != nil {
		writeError(w, http.StatusInternalServerError, CodeInternal, err.Error())
		return
	}
	reports, err := v.Reports(0)
	if err != nil {
		writeError(w, http.StatusInternalServerError, CodeInternal, err.Error())
		return
	}
	aprAt := map[[2]uint64]float64{}
	for i := range reports {
		aprAt[[2]uint64{reports[i].Block, uint64(reports[i].Tx)}] = reportAPR(&reports[i])
	}
	insurance := s.insuranceShares(v)
	keep := make([]bool, len(pts))
	for i := range pts {
		if pts[i].Kind&indexer.PointReport != 0 {
			keep[i] = true
		}
	}
	if len(pts) > 0 {
		step := float64(len(pts)-1) / float64(max(n-1, 1))
		for k := 0; k < n && k < len(pts); k++ {
			keep[int(float64(k)*step+0.5)] = true
		}
		keep[len(pts)-1] = true
	}
	out := History{Points: []HistoryPoint{}}
	for i := range pts {
		if !keep[i] {
			continue
		}
		p := &pts[i]
		t := indexer.Totals{Pooled: p.Post.Pooled, Shares: p.Post.Shares}
		hp := HistoryPoint{Block: p.Block, Time: p.Time, TotalPooledEther: dec(&p.Post.Pooled), TotalShares: dec(&p.Post.Shares),
			ShareRate: shareRate(&p.Post.Pooled, &p.Post.Shares), BufferedEther: dec(&p.Post.Buffered),
			UnfinalizedStETH: dec(&p.Post.Unfinalized), Locked: dec(&p.Post.Locked), Deposits: p.Post.Deposits,
			Reports: p.Post.Reports, Bunker: p.Post.Bunker, Paused: p.Post.Paused,
			InsuranceFund: t.Value(insurance(p.Block, p.Tx)).Dec()}
		if a, ok := aprAt[[2]uint64{p.Block, uint64(p.Tx)}]; ok {
			hp.APR = &a
		}
		out.Points = append(out.Points, hp)
	}
	writeJSON(w, http.StatusOK, out)
}

// insuranceShares returns the insurance fund's shares after a transaction.
func (s *Server) insuranceShares(v *indexer.View) func(block uint64, tx uint32) *uint256.Int {
	cs := s.state.Load()
	if cs == nil {
		return func(uint64, uint32) *uint256.Int { return new(uint256.Int) }
	}
	moves, _ := v.Moves(cs.Insurance)
	type step struct {
		block uint64
		tx    uint32
		sh    uint256.Int
	}
	var steps []step
	var sh uint256.Int
	for _, m := range moves {
		for _, mv := range m.Moves {
			if mv.Ledger != indexer.LedgerStETH {
				continue
			}
			if mv.In {
				sh.Add(&sh, &mv.Shares)
			} else if !sh.Lt(&mv.Shares) {
				sh.Sub(&sh, &mv.Shares)
			}
		}
		steps = append(steps, step{m.Block, m.Tx, sh})
	}
	return func(block uint64, tx uint32) *uint256.Int {
		out := new(uint256.Int)
		for i := range steps {
			if steps[i].block > block || (steps[i].block == block && steps[i].tx > tx) {
				break
			}
			out.Set(&steps[i].sh)
		}
		return out
	}
}

// estimateFor estimates when `need` stETH of queue (everything ahead of
// a request and the request) is finalized.
func (s *Server) estimateFor(cs *chainState, need *uint256.Int) *Estimate {
	in := waitInputs{Now: cs.Time, Bunker: cs.Bunker}
	in.Need = *need
	in.Have.Add(&cs.Buffered, &cs.WithdrawalVault)
	in.Have.Add(&in.Have, &cs.ELRewardsVault)
	assumes := ""
	// The report clock.
	delay := uint64(s.cfg.ReportDelay / time.Second)
	if o := cs.Oracle; o != nil && o.SecondsPerSlot > 0 && o.EpochsPerFrame > 0 {
		if delay == 0 {
			delay = o.SecondsPerSlot * o.SlotsPerEpoch
		}
		frame := o.EpochsPerFrame * o.SlotsPerEpoch
		ref := o.CurrentRefSlot
		if !o.HasRefSlot || o.LastRefSlot >= ref {
			ref += frame // this frame's report is in: the next frame's
		}
		in.Reports = reportClock{First: max(cs.Time, o.GenesisTime+ref*o.SecondsPerSlot+delay), Every: frame * o.SecondsPerSlot}
	} else {
		every := uint64(s.cfg.ReportEvery / time.Second)
		in.Reports = reportClock{First: cs.Time + every, Every: every}
		assumes = "no oracle deployed: a report assumed every " + (time.Duration(every) * time.Second).String() + "; "
	}
	// The exit queue.
	q := &in.Queue
	if b := s.bstate.Load(); b != nil {
		sp := b.Spec
		q.GenesisTime, q.EpochSeconds = sp.GenesisTime, sp.SecondsPerSlot*sp.SlotsPerEpoch
		q.QueueEnd, q.ExitDelay, q.WithdrawDelay = b.ExitQueueEpoch, 1+sp.MaxSeedLookahead, sp.MinWithdrawabilityDelay
		per := max(min(sp.MaxWithdrawalsPerPayload, max(sp.MaxValidatorsPerSweep, 1)), 1)
		q.SweepSeconds = (b.ActiveValidators + per - 1) / per * sp.SecondsPerSlot
		churn := new(uint256.Int)
		if sp.MinPerEpochChurnElectra > 0 {
			c := max(sp.MinPerEpochChurnElectra, b.ActiveBalanceGwei/max(sp.ChurnLimitQuotient, 1))
			if sp.MaxPerEpochExitChurnGwei > 0 {
				c = min(c, sp.MaxPerEpochExitChurnGwei)
			}
			churn.Mul(uint256.NewInt(c), uint256.NewInt(1e9))
		} else {
			c := max(sp.MinPerEpochChurnLimit, b.ActiveValidators/max(sp.ChurnLimitQuotient, 1))
			churn.Mul(uint256.NewInt(c), depositWei)
		}
		q.ChurnWei = *churn
		for _, v := range b.Validators {
			switch {
			case v.ExitEpoch != farFuture && v.BalanceGwei > 0:
				at := q.timeOf(max(v.WithdrawableEpoch, q.epochAt(cs.Time))) + q.SweepSeconds
				var wei uint256.Int
				wei.Mul(uint256.NewInt(v.BalanceGwei), uint256.NewInt(1e9))
				in.Exiting = append(in.Exiting, arrival{At: at, Wei: wei})
			case v.ExitEpoch == farFuture && statusGroup(v.Status) == "active":
				in.Active = append(in.Active, v.BalanceGwei)
			}
		}
		assumes += "exit queue and churn from the beacon node at slot " + strconv.FormatUint(b.HeadSlot, 10)
	} else {
		// No beacon node: mainnet's constants and an empty exit queue.
		q.EpochSeconds, q.ExitDelay, q.WithdrawDelay = 384, 5, 256
		q.GenesisTime = 0
		q.SweepSeconds = 0
		q.ChurnWei.Mul(uint256.NewInt(256), uint256.NewInt(1e18))
		assumes += "no beacon node: an empty exit queue, a churn of 256 ETH an epoch, 32-ETH validators, no sweep delay"
	}
	res := estimateWait(in)
	e := &Estimate{Method: res.Method, Exits: res.Exits, Assumes: assumes}
	if res.At != 0 {
		at := res.At
		secs := uint64(0)
		if at > cs.Time {
			secs = at - cs.Time
		}
		e.At, e.Seconds = &at, &secs
	}
	return e
}
