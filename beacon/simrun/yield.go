package simrun

import (
	"fmt"
	"io"

	"github.com/stakepool/stakepool/beacon/sim"
	"github.com/stakepool/stakepool/beacon/spec"
)

// EpochsPerYear is the number of epochs in 365.25 days with sp's slot
// length and slots per epoch (82 181.25 on mainnet).
func EpochsPerYear(sp *spec.Spec) float64 {
	return 365.25 * 86400 / float64(sp.SecondsPerSlot*sp.SlotsPerEpoch)
}

// ClosedFormAPR is the expected APR of a network-average validator when
// every duty succeeds with probability p (attestation flags, sync
// signatures, proposals): per epoch, base_reward × (54·p² − 40·(1−p) +
// 2·(2p−1) + 8·p²)/64, with p² because a reward needs both the duty and
// its inclusion by a proposer; ideal is the APR at p = 1.
func ClosedFormAPR(sp *spec.Spec, baseRewardPerIncrement uint64, p float64) (closed, ideal float64) {
	ideal = float64(baseRewardPerIncrement) * EpochsPerYear(sp) / 1e9
	return AtParticipation(ideal, p), ideal
}

// AtParticipation is the closed form's APR at participation p from the
// ideal APR (every duty done): ideal·(54·p² − 40·(1−p) + 2·(2p−1) +
// 8·p²)/64. The scenario simulator's closed-form APR is this too.
func AtParticipation(ideal, p float64) float64 {
	return ideal * (54*p*p - 40*(1-p) + 2*(2*p-1) + 8*p*p) / 64
}

// YieldReport is a stake's yield, measured and in closed form. Values are
// fractions (0.083 = 8.3 %).
type YieldReport struct {
	Fork               string  `json:"fork"`
	StakedETH          uint64  `json:"staked_eth"`
	Validators         int     `json:"validators"`
	Participation      float64 `json:"participation"`
	Missed             float64 `json:"missed"`
	Epochs             int     `json:"epochs"`
	Seed               uint64  `json:"seed"`
	BaseRewardPerInc   uint64  `json:"base_reward_per_increment_gwei"`
	RewardGwei         int64   `json:"reward_gwei"`
	RealizedAPR        float64 `json:"realized_apr"`
	ClosedFormAPR      float64 `json:"closed_form_apr"`
	IdealAPR           float64 `json:"ideal_apr"`
	RealizedOverClosed float64 `json:"realized_over_closed_form"`
}

// Yield simulates epochs epochs of a chain New made from c, measured from
// the next epoch boundary, and reports the validators' reward (balance
// growth plus withdrawals) annualized, next to the closed form at
// participation p. The report's StakedETH and Missed are the caller's to
// fill.
func Yield(c Config, s *sim.State, ch *sim.Chain, epochs int, p float64, advance Advance) YieldReport {
	ch.AdvanceEpochs(1)
	start := sum(s.Balances)
	w0 := credited(s, c.Operators)
	brpi := s.BaseRewardPerIncrement()
	advance(ch, epochs)
	gain := int64(sum(s.Balances)) - int64(start) + int64(credited(s, c.Operators)-w0)
	stakedGwei := float64(c.Validators) * 32e9
	r := YieldReport{Fork: s.Spec.Fork.String(), Validators: c.Validators, Participation: p, Epochs: epochs, Seed: c.Seed,
		BaseRewardPerInc: brpi, RewardGwei: gain, RealizedAPR: float64(gain) / stakedGwei * EpochsPerYear(s.Spec) / float64(epochs)}
	r.ClosedFormAPR, r.IdealAPR = ClosedFormAPR(s.Spec, brpi, p)
	if r.ClosedFormAPR != 0 {
		r.RealizedOverClosed = r.RealizedAPR / r.ClosedFormAPR
	}
	return r
}

// credited is the withdrawals paid to the operators' addresses so far.
func credited(s *sim.State, operators int) uint64 {
	var t uint64
	for k := 0; k < operators; k++ {
		w, _ := s.Credited(sim.OperatorAddress(k))
		t += w
	}
	return t
}

// WriteText writes the yield for people: the stake, then the realized,
// closed-form and ideal APRs one a line.
func (r *YieldReport) WriteText(w io.Writer) {
	fmt.Fprintf(w, "%s: %d ETH staked (%d validators), participation %.3f, %d epochs (seed %d)\n",
		r.Fork, r.StakedETH, r.Validators, r.Participation, r.Epochs, r.Seed)
	fmt.Fprintf(w, "base_reward_per_increment %d gwei\nrealized_apr    %.5f\nclosed_form_apr %.5f\nideal_apr       %.5f\n",
		r.BaseRewardPerInc, r.RealizedAPR, r.ClosedFormAPR, r.IdealAPR)
}
