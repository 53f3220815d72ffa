// Package simrun holds the experiments `stakepool chain run` and
// `stakepool chain yield` make on the beacon simulator: a seeded chain of
// synthetic validators under a behaviour model, the run's figures per
// withdrawal address, and the yield of a stake measured against the
// closed form. The simulator itself (beacon/sim) is integer code; the
// annual rates here are floats, for people to read.
package simrun

import (
	"encoding/hex"
	"fmt"
	"io"
	"text/tabwriter"

	"github.com/stakepool/stakepool/beacon/sim"
	"github.com/stakepool/stakepool/beacon/spec"
)

// Config is a synthetic chain and its behaviour model.
type Config struct {
	Spec       *spec.Spec
	Validators int
	Operators  int // withdrawal addresses the validators are spread over (validator i: operator i mod Operators)
	Seed       uint64
	Duties     sim.DutyMode
	// ParticipationPerMille is the chance that each attestation and sync
	// signature is made; OperatorParticipation, when set (one value an
	// operator), replaces it per operator.
	ParticipationPerMille  int
	OperatorParticipation  []int
	MissedProposalPerMille int
	ExecutionRewardGwei    uint64 // mean execution-layer reward per block
	SlashingPerMillion     int    // chance per slot that a random validator is slashed
	CurvePubkeys           bool   // real curve points as pubkeys (for an SSZ export)
}

// New builds the chain: Validators active 32-ETH validators with 0x01
// credentials, at the last slot of epoch 1000.
func New(c Config) (*sim.State, *sim.Chain) {
	var perOp func(int) int
	if pm := c.OperatorParticipation; len(pm) > 0 {
		perOp = func(i int) int { return pm[i%len(pm)] }
	}
	s := sim.NewSynthetic(c.Spec, sim.SyntheticConfig{Validators: c.Validators, Epoch: 1000, Seed: c.Seed,
		ParticipationPerMille: c.ParticipationPerMille, Operators: c.Operators, CurvePubkeys: c.CurvePubkeys})
	s.Duties = c.Duties
	ch := sim.NewChain(s, sim.Behaviour{Seed: c.Seed, ParticipationPerMille: c.ParticipationPerMille,
		MissedProposalPerMille: c.MissedProposalPerMille, ExecutionRewardGwei: c.ExecutionRewardGwei,
		SlashingPerMillion: c.SlashingPerMillion, ParticipationOf: perOp})
	return s, ch
}

// Advance runs epochs epochs on a chain (ch.AdvanceEpochs, or the same
// epoch by epoch with a progress bar).
type Advance func(ch *sim.Chain, epochs int)

// Operator is one withdrawal address's result over a run.
type Operator struct {
	Address          string `json:"address"`
	Validators       int    `json:"validators"`
	BalanceGwei      uint64 `json:"balance_gwei"`
	RewardGwei       int64  `json:"reward_gwei"` // balance change plus withdrawals
	WithdrawalsGwei  uint64 `json:"withdrawals_gwei"`
	ProposerFeesGwei uint64 `json:"proposer_fees_gwei"`
}

// RunReport is a run's figures.
type RunReport struct {
	Fork             string     `json:"fork"`
	Network          string     `json:"network"`
	Seed             uint64     `json:"seed"`
	Validators       int        `json:"validators"`
	Epochs           int        `json:"epochs"`
	Participation    float64    `json:"participation"`
	Missed           float64    `json:"missed"`
	Duties           string     `json:"duties"`
	HeadSlot         uint64     `json:"head_slot"`
	FinalizedEpoch   uint64     `json:"finalized_epoch"`
	Blocks           uint64     `json:"blocks"`
	MissedBlocks     uint64     `json:"missed_blocks"`
	SlashedCount     int        `json:"slashed"`
	BalanceStartGwei uint64     `json:"balance_start_gwei"`
	BalanceEndGwei   uint64     `json:"balance_end_gwei"`
	WithdrawalsGwei  uint64     `json:"withdrawals_gwei"`
	ProposerFeesGwei uint64     `json:"proposer_fees_gwei"`
	IssuanceGwei     int64      `json:"issuance_gwei"`
	Operators        []Operator `json:"operators"`
}

// Run simulates epochs epochs of a chain New made from c, from the next
// epoch's first slot (so that E epochs are E·SLOTS_PER_EPOCH slots), and
// reports the chain's head, finality, issuance and, per withdrawal
// address, balances, withdrawals and fees. The report's Network,
// Participation and Missed are the caller's to fill.
func Run(c Config, s *sim.State, ch *sim.Chain, epochs int, advance Advance) RunReport {
	// the synthetic state sits at the last slot of an epoch
	ch.Advance(1)
	b0, m0 := ch.Blocks, ch.Missed
	start := sum(s.Balances)
	opStart := make([]uint64, c.Operators)
	for i, b := range s.Balances {
		opStart[i%c.Operators] += b
	}
	advance(ch, epochs)
	r := RunReport{Fork: s.Spec.Fork.String(), Seed: c.Seed, Validators: c.Validators, Epochs: epochs, Duties: s.Duties.String(),
		HeadSlot: s.Slot, FinalizedEpoch: s.FinalizedCheckpoint.Epoch, Blocks: ch.Blocks - b0, MissedBlocks: ch.Missed - m0,
		BalanceStartGwei: start, BalanceEndGwei: sum(s.Balances)}
	for _, sl := range s.Slashed {
		if sl {
			r.SlashedCount++
		}
	}
	for k := 0; k < c.Operators; k++ {
		a := sim.OperatorAddress(k)
		w, f := s.Credited(a)
		op := Operator{Address: "0x" + hex.EncodeToString(a[:]), WithdrawalsGwei: w, ProposerFeesGwei: f}
		for i := k; i < c.Validators; i += c.Operators {
			op.Validators++
			op.BalanceGwei += s.Balances[i]
		}
		op.RewardGwei = int64(op.BalanceGwei) + int64(w) - int64(opStart[k])
		r.WithdrawalsGwei += w
		r.ProposerFeesGwei += f
		r.Operators = append(r.Operators, op)
	}
	r.IssuanceGwei = int64(r.BalanceEndGwei) + int64(r.WithdrawalsGwei) - int64(r.BalanceStartGwei)
	return r
}

func sum(xs []uint64) uint64 {
	var t uint64
	for _, x := range xs {
		t += x
	}
	return t
}

// Stepwise advances epoch by epoch, telling update the slots done of the
// total after each (a progress bar).
func Stepwise(update func(done, total uint64)) Advance {
	return func(ch *sim.Chain, epochs int) {
		var spe uint64
		ch.With(func(s *sim.State) { spe = s.Spec.SlotsPerEpoch })
		for e := 1; e <= epochs; e++ {
			ch.AdvanceEpochs(1)
			update(uint64(e)*spe, uint64(epochs)*spe)
		}
	}
}

// WriteText writes the run for people: the chain's head, finality and
// issuance, then a table of the operators' addresses.
func (r *RunReport) WriteText(w io.Writer) error {
	fmt.Fprintf(w, "%s/%s, %d validators, %d epochs (seed %d): head slot %d, finalized epoch %d\n",
		r.Fork, r.Network, r.Validators, r.Epochs, r.Seed, r.HeadSlot, r.FinalizedEpoch)
	fmt.Fprintf(w, "blocks %d, missed %d, slashed %d; issuance %d gwei (withdrawals %d, EL fees %d)\n",
		r.Blocks, r.MissedBlocks, r.SlashedCount, r.IssuanceGwei, r.WithdrawalsGwei, r.ProposerFeesGwei)
	tw := tabwriter.NewWriter(w, 0, 4, 2, ' ', 0)
	fmt.Fprintln(tw, "OPERATOR\tVALIDATORS\tBALANCE (gwei)\tCL REWARD (gwei)\tWITHDRAWALS (gwei)\tEL FEES (gwei)")
	for _, op := range r.Operators {
		fmt.Fprintf(tw, "%s\t%d\t%d\t%d\t%d\t%d\n", op.Address, op.Validators, op.BalanceGwei, op.RewardGwei, op.WithdrawalsGwei, op.ProposerFeesGwei)
	}
	return tw.Flush()
}
