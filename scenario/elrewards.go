package scenario

import (
	"cmp"
	"context"
	"slices"

	"github.com/holiman/uint256"

	"github.com/stakepool/stakepool/beacon"
	"github.com/stakepool/stakepool/beacon/sim"
	"github.com/stakepool/stakepool/oracle"
	"github.com/stakepool/stakepool/protocol"
)

// Operators that keep their blocks' execution rewards
// (pools[].operators.keep_mev): when a pool lists any, the chain names
// every pool validator's fee recipient — its pool's execution-rewards
// vault, or the operator's own address for the operators listed — and
// logs its blocks; the pools' members read the frame's blocks from the log
// (poolChain.ProposedBlocks, oracle.BlockReader) and their reports charge
// the operators through the oracle's own detection (oracle/elrewards.go),
// as the service's do. Without keep_mev nothing is logged and the
// validators' blocks pay their withdrawal vault, as before
// (docs/scenario.md, "Operators that keep MEV").

// blockRec is one block the chain proposed.
type blockRec struct {
	slot, proposer uint64
	feeRecipient   [20]byte
	reward         uint64 // gwei
}

// keptMEV is one pool's execution-reward integrity figures, per
// operator: what its validators' blocks paid their own fee recipients
// (gwei, from the chain), what the applied reports charged it (wei) and
// the fee shares withheld from it (ETH at the rate after the report).
type keptMEV struct {
	kept     []uint64
	charged  []uint256.Int
	withheld []float64
}

// wireKeepMEV sets the chain's fee recipients and block log when some
// pool lists operators that keep MEV.
func (w *chainWorld) wireKeepMEV(b *sim.Behaviour) {
	keeps := false
	for _, p := range w.pools {
		n := p.ops + p.nBonded()
		p.el = keptMEV{kept: make([]uint64, n), charged: make([]uint256.Int, n), withheld: make([]float64, n)}
		keeps = keeps || len(p.cfg.Operators.KeepMEV) > 0 || p.cfg.Bonded != nil && len(p.cfg.Bonded.KeepMEV) > 0
	}
	if !keeps {
		return
	}
	w.logBlocks = true
	// the last block's keeper (FeeRecipient then Proposed, for one block)
	keeper, keeperOp := -1, 0
	b.FeeRecipient = func(proposer uint64, creds [32]byte) [20]byte {
		keeper = -1
		k, ok := w.byVault[[20]byte(creds[12:])]
		if !ok {
			return [20]byte{} // the background: its withdrawal address
		}
		p := w.pools[k]
		if j, ok := p.posOf(int(proposer)); ok && p.keepsMEV(p.opOf[j]) {
			keeper, keeperOp = k, p.opOf[j]
			return p.feeRecipientOf(p.opOf[j])
		}
		return p.elv
	}
	b.Proposed = func(slot, proposer uint64, fr [20]byte, reward uint64) {
		w.blocks = append(w.blocks, blockRec{slot: slot, proposer: proposer, feeRecipient: fr, reward: reward})
		if keeper >= 0 {
			w.pools[keeper].el.kept[keeperOp] += reward
		}
	}
}

// pruneBlocks drops the logged blocks no report can read any more: those
// more than two of the longest frame before the head (a report reads at
// most one frame back).
func (w *chainWorld) pruneBlocks() {
	if !w.logBlocks || len(w.blocks) == 0 {
		return
	}
	var frame uint64
	for _, p := range w.pools {
		frame = max(frame, p.st.SlotsPerFrame())
	}
	head := w.Slot()
	if head <= 2*frame {
		return
	}
	cut, _ := slices.BinarySearchFunc(w.blocks, head-2*frame+1, func(b blockRec, s uint64) int {
		return cmp.Compare(b.slot, s)
	})
	if cut > len(w.blocks)/2 { // amortized: copy once half is stale
		w.blocks = append(w.blocks[:0], w.blocks[cut:]...)
	}
}

// ProposedBlocks implements oracle.BlockReader from the chain's block log
// (empty without keep_mev). The simulator's block reward is one number,
// priority fees and the builder's payment together: it is served as the
// block's tips. The log only grows past the head while the pools' work
// runs (AdvanceEpoch), and the slots asked end at the head.
func (c poolChain) ProposedBlocks(_ context.Context, from, to beacon.Slot, f func(*oracle.ProposedBlock)) error {
	bs := c.w.blocks
	i, _ := slices.BinarySearchFunc(bs, uint64(from)+1, func(b blockRec, s uint64) int { return cmp.Compare(b.slot, s) })
	var pb oracle.ProposedBlock
	for ; i < len(bs) && bs[i].slot <= uint64(to); i++ {
		b := &bs[i]
		pb = oracle.ProposedBlock{Slot: beacon.Slot(b.slot), Proposer: beacon.ValidatorIndex(b.proposer), FeeRecipient: beacon.Address(b.feeRecipient)}
		pb.Tips.SetUint64(b.reward)
		pb.Tips.Mul(&pb.Tips, uint256.NewInt(1e9)) // gwei → wei
		f(&pb)
	}
	return nil
}

// applyTracked applies a pool's transaction, adding up an applied
// report's execution-reward charges (of both modules' operators), the fee
// shares withheld for them, and what the bonded module burnt.
func (p *poolSim) applyTracked(tx *protocol.Tx) ([]protocol.Event, error) {
	ev, err := p.st.ApplyTx(tx)
	if err == nil {
		p.trackBonded()
	}
	if err != nil || tx.Cmd.Kind != protocol.CmdOracleSubmit || tx.Cmd.Report == nil {
		return ev, err
	}
	for _, c := range tx.Cmd.Report.ELRewardsCharges {
		if i, ok := p.localOp(c.Operator); ok && i < len(p.el.charged) {
			p.el.charged[i].Add(&p.el.charged[i], &c.Amount)
		}
	}
	for i := range ev {
		if e := &ev[i]; e.Kind == protocol.EvELRewardsCharged && int(e.Operator) < p.ops {
			p.el.withheld[e.Operator] += ethOf(p.st.PooledEthByShares(&e.Shares))
		}
	}
	return ev, nil
}

// operatorFee is the value of operator op's fee shares at the current
// rate (ETH).
func (p *poolSim) operatorFee(op int) float64 {
	os := p.st.OperatorStates()
	if op >= len(os) {
		return 0
	}
	sh := p.st.Account(os[op].RewardAddress).Shares
	return ethOf(p.st.PooledEthByShares(&sh))
}

// ELRewardsSummary is a pool's execution-reward integrity at the end of a
// run (ETH): what the validators of operators that keep MEV kept, what the
// reports charged, the fee shares withheld for it (at the rate after each
// report) and the debts left; operator 0's fee shares' value and income
// (fee + kept: the keep_mev examples list operator 0, so a --compare with
// and without shows its income both ways); per operator listed in
// keep_mev and for the first operator not listed (an honest peer), the
// same (JSON only). Every run has it, of the same shape, so that runs
// with and without the knob compare metric by metric.
type ELRewardsSummary struct {
	Kept      float64            `json:"el_kept_eth"`
	Charged   float64            `json:"el_charged_eth"`
	Withheld  float64            `json:"el_withheld_eth"`
	Debt      float64            `json:"el_debt_eth"`
	Op0Fee    float64            `json:"operator0_fee_eth"`
	Op0Income float64            `json:"operator0_income_eth"`
	Operators []OperatorELReward `json:"operators,omitempty"`
}

// OperatorELReward is one operator's part of ELRewardsSummary.
type OperatorELReward struct {
	Operator int     `json:"operator"`
	KeepsMEV bool    `json:"keeps_mev"`
	Fee      float64 `json:"fee_eth"`
	Kept     float64 `json:"kept_eth"`
	Charged  float64 `json:"charged_eth"`
	Withheld float64 `json:"withheld_eth"`
	// Income is the fee shares' value plus what it kept.
	Income float64 `json:"income_eth"`
}

// elSummary is pool p's ELRewardsSummary.
func (p *poolSim) elSummary() *ELRewardsSummary {
	s := &ELRewardsSummary{}
	if len(p.el.kept) < p.ops {
		return s // not wired (wireKeepMEV)
	}
	os := p.st.OperatorStates()
	for op := range p.ops {
		s.Kept += float64(p.el.kept[op]) / 1e9
		s.Charged += ethOf(&p.el.charged[op])
		s.Withheld += p.el.withheld[op]
		if op < len(os) {
			s.Debt += ethOf(&os[op].ELRewardsDebt)
		}
	}
	of := func(op int) OperatorELReward {
		keeps := p.cfg.Operators.KeepMEV
		o := OperatorELReward{Operator: op, KeepsMEV: slices.Contains(keeps, op), Fee: p.operatorFee(op),
			Kept: float64(p.el.kept[op]) / 1e9, Charged: ethOf(&p.el.charged[op]), Withheld: p.el.withheld[op]}
		o.Income = o.Fee + o.Kept
		return o
	}
	if p.ops > 0 {
		o := of(0)
		s.Op0Fee, s.Op0Income = o.Fee, o.Income
	}
	keeps := p.cfg.Operators.KeepMEV
	if len(keeps) == 0 {
		return s
	}
	ops := slices.Sorted(slices.Values(keeps))
	for op := range p.ops {
		if !slices.Contains(keeps, op) {
			ops = append(ops, op)
			break
		}
	}
	for _, op := range ops {
		s.Operators = append(s.Operators, of(op))
	}
	return s
}
