package scenario

import (
	"context"
	"math"

	"github.com/holiman/uint256"

	"github.com/stakepool/stakepool/beacon"
	"github.com/stakepool/stakepool/beacon/sim"
	"github.com/stakepool/stakepool/protocol"
	"github.com/stakepool/stakepool/units"
)

const far32 = math.MaxUint32

// AdvanceEpoch implements Backend: one epoch of the chain, then, for each
// pool, its block at the new slot: deposits forwarded to the chain, vault
// credits, the oracle report when a frame's reference slot has passed,
// the deposit step and the exits the pool asked for.
func (w *chainWorld) AdvanceEpoch() error {
	w.chain.AdvanceEpochs(1)
	w.scanNew()
	slot := w.Slot()
	for _, p := range w.pools {
		if err := p.st.BeginBlock(slot); err != nil {
			return err
		}
		w.credit(p)
		if ref, ok := p.st.CurrentRefSlot(); ok {
			if last, ok2 := p.st.LastReport(); (!ok2 || last.RefSlot < ref) && p.tried < ref {
				p.tried = ref
				w.report(p, ref)
			}
		}
		if d := p.st.DepositableEther(); !d.Lt(protocol.DepositSizeWei) {
			p.ensureKeys(uint64(ethOf(d)/32)/uint64(p.ops) + 10)
			if _, err := p.tx(protocol.SystemSender, protocol.Command{Kind: protocol.CmdDeposit, Count: 10_000}); err != nil && protocol.CodeOf(err) == "" {
				return err
			}
		}
		for _, d := range p.st.Deposits(p.deposits) {
			if err := w.chain.SubmitDeposit(context.Background(), beacon.Deposit{Pubkey: beacon.Pubkey(d.Pubkey), WithdrawalCredentials: beacon.Credentials(d.WithdrawalCredentials), Amount: d.Amount, Signature: beacon.Signature(d.Signature)}); err != nil {
				return err
			}
			p.deposits++
		}
		w.forwardExits(p)
	}
	return nil
}

// credit passes what the chain paid the pool's withdrawal address since the
// last call to the pool's vaults: withdrawals to the withdrawal vault, block
// rewards to the execution-rewards vault less the MEV the pool forgoes.
func (w *chainWorld) credit(p *poolSim) {
	var wd, fees uint64
	w.chain.With(func(s *sim.State) { wd, fees = s.Credited(p.vault) })
	if d := wd - p.credW; d > 0 {
		p.must(protocol.SystemSender, protocol.Command{Kind: protocol.CmdChainCredit, To: p.vault, Amount: *units.GweiToWei(units.Gwei(d))})
	}
	if d := fees - p.credF; d > 0 {
		mev := float64(d) * float64(w.sc.Chain.MEVFraction)
		lost := mev * (1 - float64(*p.cfg.MEVCapture))
		got := uint64(float64(d) - lost)
		p.elGain += (float64(d) - mev) / 1e9
		p.mevGain += (mev - lost) / 1e9
		p.mevLost += lost / 1e9
		if got > 0 {
			p.must(protocol.SystemSender, protocol.Command{Kind: protocol.CmdChainCredit, To: p.elv, Amount: *units.GweiToWei(units.Gwei(got))})
		}
	}
	p.credW, p.credF = wd, fees
}

// report has the pool's oracle members compute, vote on and submit the
// report for reference slot ref (all members honest and agreeing).
func (w *chainWorld) report(p *poolSim, ref uint64) {
	r := protocol.OracleReport{RefSlot: ref}
	ops := p.st.Operators()
	exited := make([]uint64, len(ops))
	onChain := make([]uint64, len(ops))
	var exiting float64
	bunker := false
	w.chain.With(func(s *sim.State) {
		cur := s.CurrentEpoch()
		var bal uint64
		for j, i := range p.idx {
			bal += s.Balances[i]
			op := p.opOf[j]
			onChain[op]++
			if ex := uint64(s.ExitEpoch[i]); ex != far32 {
				if ex <= cur {
					exited[op]++
				}
				exiting += float64(s.Balances[i]) / 1e9
			}
			if s.Slashed[i] && uint64(s.WithdrawableEpoch[i]) > cur {
				bunker = true
			}
		}
		r.Validators, r.Balance = uint64(len(p.idx)), units.Gwei(bal)
	})
	for op := range ops {
		if exited[op] > ops[op].Exited {
			r.Exited = append(r.Exited, protocol.OperatorCount{Operator: protocol.OperatorID(op), Count: exited[op]})
		}
	}
	r.WithdrawalVault = p.st.Account(p.vault).ETH
	r.ELRewardsVault = p.st.Account(p.elv).ETH
	r.Bunker = bunker
	// Finalize what the buffer and the withdrawal vault can pay, oldest
	// first (a conservative estimate: each request at its locked amount).
	reqs, fin, unfinalized, _ := p.st.WithdrawalQueue()
	r.FinalizeUpTo = fin
	budget := ethOf(p.st.BufferedEther()) + ethOf(&r.WithdrawalVault) - 1e-6
	if !bunker {
		var used float64
		for id := fin + 1; id <= reqs; id++ {
			q, _ := p.st.WithdrawalRequest(id)
			v := ethOf(&q.StETH)
			if used+v > budget {
				break
			}
			used += v
			r.FinalizeUpTo = id
		}
	}
	// Ask operators to exit validators when the queue needs more ETH than
	// the buffer, the vault and the validators already exiting will bring.
	need := ethOf(unfinalized) - budget - exiting
	for op := range ops {
		need -= 32 * float64(ops[op].ExitRequested-p.exitAt[op]) // asked, not yet exiting
	}
	if need > 0 {
		n := uint64(math.Ceil(need / 32))
		asks := make([]uint64, len(ops))
		for ; n > 0; n-- {
			best, bestN := -1, uint64(0)
			for op := range ops {
				if c := onChain[op] - ops[op].ExitRequested - asks[op]; onChain[op] > ops[op].ExitRequested+asks[op] && c > bestN {
					best, bestN = op, c
				}
			}
			if best < 0 {
				break
			}
			asks[best]++
		}
		var total uint64
		for op, a := range asks {
			if a > 0 && total+a <= p.st.Params().MaxExitRequests {
				r.ExitRequests = append(r.ExitRequests, protocol.OperatorCount{Operator: protocol.OperatorID(op), Count: a})
				total += a
			}
		}
	}
	h := r.Hash()
	for _, m := range p.ora[:p.cfg.Oracle.Quorum] {
		if _, err := p.tx(m, protocol.Command{Kind: protocol.CmdOracleVote, RefSlot: ref, Hash: h}); err != nil {
			p.reportsRejected++
			p.lastReject = err.Error()
			return
		}
	}
	before := p.st.TotalPooledEther()
	preS := p.st.TotalShares()
	preRate := ethOf(before) / ethOf(preS)
	if _, err := p.tx(p.ora[0], protocol.Command{Kind: protocol.CmdOracleSubmit, Report: &r}); err != nil {
		p.reportsRejected++
		p.lastReject = err.Error()
		return
	}
	p.exitsPending = p.exitsPending || len(r.ExitRequests) > 0
	rec, _ := p.st.LastReport()
	p.insuranceCovered += ethOf(&rec.InsuranceCover)
	postRate := ethOf(&rec.PostTotalEther) / ethOf(&rec.PostTotalShare)
	if postRate < preRate {
		p.socialized += (preRate - postRate) * ethOf(&rec.PostTotalShare)
	}
}

// forwardExits has operators exit the validators the oracle asked for
// (oldest keys first); exits the chain refuses for now are retried.
func (w *chainWorld) forwardExits(p *poolSim) {
	if !p.exitsPending {
		return
	}
	ops := p.st.Operators()
	p.exitsPending = false
	for op := range ops {
		for p.exitAt[op] < ops[op].ExitRequested {
			key := p.exitAt[op]
			idx := -1
			for j := range p.idx {
				if p.opOf[j] == op && p.keyOf[j] == key {
					idx = p.idx[j]
					break
				}
			}
			if idx < 0 {
				p.exitsPending = true
				break
			}
			if err := w.chain.RequestVoluntaryExit(context.Background(), beacon.ValidatorIndex(idx)); err != nil {
				p.exitsPending = true // retried next epoch
				break
			}
			p.exitAt[op]++
		}
	}
}

// slash slashes n validators of pool k (operators ops; empty: all), or of
// the background when k < 0, all in the current epoch.
func (w *chainWorld) slash(k int, ops []int, n uint64, share float64) int {
	done := 0
	w.chain.With(func(s *sim.State) {
		cur := s.CurrentEpoch()
		var cands []int
		if k < 0 {
			for i := 0; i < w.bgN; i++ {
				cands = append(cands, i)
			}
		} else {
			p := w.pools[k]
			for j, i := range p.idx {
				if len(ops) == 0 || containsInt(ops, p.opOf[j]) {
					cands = append(cands, i)
				}
			}
		}
		if share > 0 {
			n = uint64(math.Round(share * float64(len(cands))))
		}
		prop := s.Proposer()
		for _, i := range cands {
			if uint64(done) >= n {
				break
			}
			if s.Slashed[i] || !s.IsActive(i, cur) || uint32(i) == prop {
				continue
			}
			if s.SlashValidator(uint64(i), prop) == nil {
				done++
			}
		}
	})
	return done
}

// setParticipation sets the participation of a pool operator's validators
// (op < 0: all of the pool's; k < 0: share of the background); v < 0 restores.
func (w *chainWorld) setParticipation(k, op int, share float64, v int) {
	if k < 0 {
		n := int(math.Round(share * float64(w.bgN)))
		for i := 0; i < n; i++ {
			w.part[i] = int16(v)
		}
		return
	}
	p := w.pools[k]
	for j, i := range p.idx {
		if op < 0 || p.opOf[j] == op {
			if v < 0 && len(p.cfg.Operators.Participation) > 0 {
				w.part[i] = int16(math.Round(float64(p.cfg.Operators.Participation[p.opOf[j]]) * 1000))
			} else {
				w.part[i] = int16(v)
			}
		}
	}
}

func containsInt(xs []int, x int) bool {
	for _, y := range xs {
		if y == x {
			return true
		}
	}
	return false
}

var _ = uint256.NewInt
