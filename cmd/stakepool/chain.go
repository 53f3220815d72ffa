package main

import (
	"encoding/hex"
	"encoding/json"
	"fmt"
	"io"
	"math"
	"os"
	"text/tabwriter"

	"github.com/spf13/cobra"
	"golang.org/x/term"

	"github.com/stakepool/stakepool/beacon/sim"
	"github.com/stakepool/stakepool/beacon/spec"
	"github.com/stakepool/stakepool/beacon/sszstate"
)

// epochsPerYear is the number of epochs in 365.25 days with sp's slot
// length and slots per epoch (82 181.25 on mainnet).
func epochsPerYear(sp *spec.Spec) float64 {
	return 365.25 * 86400 / float64(sp.SecondsPerSlot*sp.SlotsPerEpoch)
}

var chainCmd = &cobra.Command{
	Use:   "chain",
	Short: "Run the embedded beacon-chain simulator",
	Long: "The embedded beacon-chain simulator: the consensus state as flat arrays and the\n" +
		"Deneb and Electra state transitions, bit-exact with the consensus specs (see\n" +
		"docs/beacon.md). Subcommands run a seeded simulation (run), measure the yield of\n" +
		"a given stake against the closed form (yield), and transition SSZ states (transition).",
}

// chainOpts are the options shared by run and yield.
type chainOpts struct {
	fork          string
	network       string
	seed          uint64
	participation float64
	missed        float64
	elRewardGwei  uint64
	slashingPPM   int
	operators     int
	jsonOut       bool
	out           string
	opPart        []float64
	duties        string
}

func (o *chainOpts) flags(c *cobra.Command) {
	c.Flags().StringVar(&o.fork, "fork", "electra", "rules: electra or deneb")
	c.Flags().StringVar(&o.network, "network", "mainnet", "preset and config: mainnet or minimal")
	c.Flags().Uint64Var(&o.seed, "seed", 1, "seed of every random choice (same seed, same run)")
	c.Flags().Float64Var(&o.participation, "participation", 1, "chance (0-1) that each attestation and sync signature is made")
	c.Flags().Float64Var(&o.missed, "missed", -1, "chance (0-1) that a proposer misses its slot (default: 1 - participation)")
	c.Flags().Uint64Var(&o.elRewardGwei, "el-reward-gwei", 0, "mean execution-layer reward per block, paid to the fee recipient")
	c.Flags().IntVar(&o.slashingPPM, "slashing-per-million", 0, "chance per slot (per million) that a random validator is slashed")
	c.Flags().IntVar(&o.operators, "operators", 1, "withdrawal addresses the validators are spread over")
	c.Flags().Float64SliceVar(&o.opPart, "operator-participation", nil, "per-operator participation (one value per operator; overrides --participation)")
	c.Flags().BoolVar(&o.jsonOut, "json", false, "print JSON")
	c.Flags().StringVar(&o.duties, "duties", "spec", "duty assignment: spec (get_beacon_committee, compute_proposer_index) or sampled (same distributions from a fast seeded generator; for long runs at mainnet scale, see docs/beacon.md)")
}

func (o *chainOpts) setup(validators int) (*sim.State, *sim.Chain, error) {
	fork, err := spec.ParseFork(o.fork)
	if err != nil {
		return nil, nil, err
	}
	sp, err := spec.Load(o.network, fork)
	if err != nil {
		return nil, nil, err
	}
	duties, err := sim.ParseDutyMode(o.duties)
	if err != nil {
		return nil, nil, fmt.Errorf("--duties: %w", err)
	}
	if o.participation < 0 || o.participation > 1 {
		return nil, nil, fmt.Errorf("--participation must be within [0, 1]")
	}
	if o.missed < 0 {
		o.missed = math.Round((1-o.participation)*1e6) / 1e6
	}
	if o.missed > 1 || validators < 1 || o.operators < 1 {
		return nil, nil, fmt.Errorf("--missed must be within [0, 1], validators and operators positive")
	}
	p := int(math.Round(o.participation * 1000))
	var perOp func(int) int
	if len(o.opPart) > 0 {
		if len(o.opPart) != o.operators {
			return nil, nil, fmt.Errorf("--operator-participation has %d values for %d operators", len(o.opPart), o.operators)
		}
		pm := make([]int, len(o.opPart))
		for k, x := range o.opPart {
			if x < 0 || x > 1 {
				return nil, nil, fmt.Errorf("--operator-participation values must be within [0, 1]")
			}
			pm[k] = int(math.Round(x * 1000))
		}
		perOp = func(i int) int { return pm[i%len(pm)] }
	}
	s := sim.NewSynthetic(sp, sim.SyntheticConfig{Validators: validators, Epoch: 1000, Seed: o.seed,
		ParticipationPerMille: p, Operators: o.operators, CurvePubkeys: o.out != ""})
	s.Duties = duties
	c := sim.NewChain(s, sim.Behaviour{Seed: o.seed, ParticipationPerMille: p,
		MissedProposalPerMille: int(math.Round(o.missed * 1000)), ExecutionRewardGwei: o.elRewardGwei,
		SlashingPerMillion: o.slashingPPM, ParticipationOf: perOp})
	return s, c, nil
}

// advanceWithProgress runs epochs epochs, with a progress bar (simulated
// days, ETA) on stderr when it is a terminal.
func advanceWithProgress(ch *sim.Chain, epochs int, name string) {
	if !term.IsTerminal(int(os.Stderr.Fd())) {
		ch.AdvanceEpochs(epochs)
		return
	}
	bar := newProgress(os.Stderr, name)
	var spe uint64
	ch.With(func(s *sim.State) { spe = s.Spec.SlotsPerEpoch })
	for e := 1; e <= epochs; e++ {
		ch.AdvanceEpochs(1)
		bar.update(uint64(e)*spe, uint64(epochs)*spe)
	}
	fmt.Fprintln(os.Stderr)
}

func sum(xs []uint64) uint64 {
	var t uint64
	for _, x := range xs {
		t += x
	}
	return t
}

// operatorReport is one withdrawal address's result.
type operatorReport struct {
	Address          string `json:"address"`
	Validators       int    `json:"validators"`
	BalanceGwei      uint64 `json:"balance_gwei"`
	RewardGwei       int64  `json:"reward_gwei"` // balance change plus withdrawals
	WithdrawalsGwei  uint64 `json:"withdrawals_gwei"`
	ProposerFeesGwei uint64 `json:"proposer_fees_gwei"`
}

type runReport struct {
	Fork             string           `json:"fork"`
	Network          string           `json:"network"`
	Seed             uint64           `json:"seed"`
	Validators       int              `json:"validators"`
	Epochs           int              `json:"epochs"`
	Participation    float64          `json:"participation"`
	Missed           float64          `json:"missed"`
	Duties           string           `json:"duties"`
	HeadSlot         uint64           `json:"head_slot"`
	FinalizedEpoch   uint64           `json:"finalized_epoch"`
	Blocks           uint64           `json:"blocks"`
	MissedBlocks     uint64           `json:"missed_blocks"`
	SlashedCount     int              `json:"slashed"`
	BalanceStartGwei uint64           `json:"balance_start_gwei"`
	BalanceEndGwei   uint64           `json:"balance_end_gwei"`
	WithdrawalsGwei  uint64           `json:"withdrawals_gwei"`
	ProposerFeesGwei uint64           `json:"proposer_fees_gwei"`
	IssuanceGwei     int64            `json:"issuance_gwei"`
	Operators        []operatorReport `json:"operators"`
}

func chainRunCmd() *cobra.Command {
	var o chainOpts
	var validators, epochs int
	c := &cobra.Command{
		Use:   "run",
		Short: "Simulate N validators for E epochs with a seeded behaviour model",
		Long: "Build N active 32-ETH validators (0x01 credentials spread over --operators\n" +
			"addresses) and simulate E epochs slot by slot: attestations and sync signatures\n" +
			"made with --participation, missed proposals, random slashings, execution-layer\n" +
			"rewards to the fee recipient, the withdrawals sweep. Prints the chain's head,\n" +
			"finality, issuance and, per operator address, balances, withdrawals and fees.",
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			if epochs < 1 {
				return fmt.Errorf("--epochs must be positive")
			}
			s, ch, err := o.setup(validators)
			if err != nil {
				return err
			}
			// the synthetic state sits at the last slot of an epoch: start
			// at the next epoch's first slot, so that E epochs are E·32 slots
			ch.Advance(1)
			b0, m0 := ch.Blocks, ch.Missed
			start := sum(s.Balances)
			opStart := make([]uint64, o.operators)
			for i, b := range s.Balances {
				opStart[i%o.operators] += b
			}
			advanceWithProgress(ch, epochs, "chain run")
			r := runReport{Fork: s.Spec.Fork.String(), Network: o.network, Seed: o.seed, Validators: validators,
				Epochs: epochs, Participation: o.participation, Missed: o.missed, Duties: s.Duties.String(), HeadSlot: s.Slot,
				FinalizedEpoch: s.FinalizedCheckpoint.Epoch, Blocks: ch.Blocks - b0, MissedBlocks: ch.Missed - m0,
				BalanceStartGwei: start, BalanceEndGwei: sum(s.Balances)}
			for _, sl := range s.Slashed {
				if sl {
					r.SlashedCount++
				}
			}
			for k := 0; k < o.operators; k++ {
				a := sim.OperatorAddress(k)
				w, f := s.Credited(a)
				op := operatorReport{Address: "0x" + hex.EncodeToString(a[:]), WithdrawalsGwei: w, ProposerFeesGwei: f}
				for i := k; i < validators; i += o.operators {
					op.Validators++
					op.BalanceGwei += s.Balances[i]
				}
				op.RewardGwei = int64(op.BalanceGwei) + int64(w) - int64(opStart[k])
				r.WithdrawalsGwei += w
				r.ProposerFeesGwei += f
				r.Operators = append(r.Operators, op)
			}
			r.IssuanceGwei = int64(r.BalanceEndGwei) + int64(r.WithdrawalsGwei) - int64(r.BalanceStartGwei)
			if o.out != "" {
				st, err := sszstate.FromSim(s)
				if err != nil {
					return err
				}
				enc, err := st.Encode()
				if err != nil {
					return err
				}
				if err := os.WriteFile(o.out, enc, 0o644); err != nil {
					return err
				}
			}
			return printRun(cmd.OutOrStdout(), &r, o.jsonOut)
		},
	}
	o.flags(c)
	c.Flags().IntVar(&validators, "validators", 10_000, "number of validators")
	c.Flags().IntVar(&epochs, "epochs", 10, "epochs to simulate")
	c.Flags().StringVar(&o.out, "out", "", "also write the final state as an SSZ BeaconState (pubkeys are then real curve points)")
	return c
}

func printRun(w io.Writer, r *runReport, asJSON bool) error {
	if asJSON {
		enc := json.NewEncoder(w)
		enc.SetIndent("", "  ")
		return enc.Encode(r)
	}
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

type yieldReport struct {
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

// closedFormAPR is the expected APR of a network-average validator when every
// duty succeeds with probability p (attestation flags, sync signatures,
// proposals): per epoch, base_reward × (54·p² − 40·(1−p) + 2·(2p−1) + 8·p²)/64,
// with p² because a reward needs both the duty and its inclusion by a proposer.
func closedFormAPR(sp *spec.Spec, brpi uint64, p float64) (closed, ideal float64) {
	ideal = float64(brpi) * epochsPerYear(sp) / 1e9
	return ideal * (54*p*p - 40*(1-p) + 2*(2*p-1) + 8*p*p) / 64, ideal
}

func chainYieldCmd() *cobra.Command {
	var o chainOpts
	var staked uint64
	var epochs int
	c := &cobra.Command{
		Use:   "yield",
		Short: "Measure the yield of a staked amount against the closed form",
		Long: "Simulate staked/32 validators for E epochs (every duty made with probability\n" +
			"--participation, proposals missed with 1 - participation unless --missed) and\n" +
			"print realized_apr (balance growth plus withdrawals, annualized over the epochs\n" +
			"of a year: 82 181.25 on mainnet) next to closed_form_apr: base_reward_per_increment × epochs a\n" +
			"year / 1e9 × (54p² − 40(1−p) + 2(2p−1) + 8p²)/64, and ideal_apr (p = 1).\n" +
			"Values are fractions (0.083 = 8.3 %).",
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			if staked < 32 || epochs < 1 {
				return fmt.Errorf("--staked must be at least 32 and --epochs positive")
			}
			n := int(staked / 32)
			s, ch, err := o.setup(n)
			if err != nil {
				return err
			}
			// measure from an epoch boundary
			ch.AdvanceEpochs(1)
			start := sum(s.Balances)
			w0 := totalCredited(s, o.operators)
			brpi := s.BaseRewardPerIncrement()
			advanceWithProgress(ch, epochs, "chain yield")
			gain := int64(sum(s.Balances)) - int64(start) + int64(totalCredited(s, o.operators)-w0)
			stakedGwei := float64(n) * 32e9
			r := yieldReport{Fork: s.Spec.Fork.String(), StakedETH: staked, Validators: n, Participation: o.participation,
				Missed: o.missed, Epochs: epochs, Seed: o.seed, BaseRewardPerInc: brpi, RewardGwei: gain,
				RealizedAPR: float64(gain) / stakedGwei * epochsPerYear(s.Spec) / float64(epochs)}
			r.ClosedFormAPR, r.IdealAPR = closedFormAPR(s.Spec, brpi, o.participation)
			if r.ClosedFormAPR != 0 {
				r.RealizedOverClosed = r.RealizedAPR / r.ClosedFormAPR
			}
			if o.jsonOut {
				enc := json.NewEncoder(cmd.OutOrStdout())
				enc.SetIndent("", "  ")
				return enc.Encode(r)
			}
			fmt.Fprintf(cmd.OutOrStdout(), "%s: %d ETH staked (%d validators), participation %.3f, %d epochs (seed %d)\n",
				r.Fork, staked, n, o.participation, epochs, o.seed)
			fmt.Fprintf(cmd.OutOrStdout(), "base_reward_per_increment %d gwei\nrealized_apr    %.5f\nclosed_form_apr %.5f\nideal_apr       %.5f\n",
				brpi, r.RealizedAPR, r.ClosedFormAPR, r.IdealAPR)
			return nil
		},
	}
	o.flags(c)
	c.Flags().Uint64Var(&staked, "staked", 4_000_000, "total ETH staked on the chain")
	c.Flags().IntVar(&epochs, "epochs", 50, "epochs to simulate")
	return c
}

func totalCredited(s *sim.State, operators int) uint64 {
	var t uint64
	for k := 0; k < operators; k++ {
		w, _ := s.Credited(sim.OperatorAddress(k))
		t += w
	}
	return t
}

func chainTransitionCmd() *cobra.Command {
	var pre, out string
	var toSlot uint64
	c := &cobra.Command{
		Use:   "transition",
		Short: "Advance an SSZ BeaconState to a slot (empty slots) and write it",
		Long: "Read a Deneb or Electra BeaconState (SSZ, mainnet preset; the fork is detected from\n" +
			"fork.current_version against the mainnet config), run process_slots up to --to-slot\n" +
			"with empty slots (state and block roots are the real hash_tree_roots, epoch\n" +
			"processing is the simulator's), and write the post-state as SSZ. Every slot\n" +
			"hashes the whole state, so large registries take a while.",
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			if pre == "" || out == "" {
				return fmt.Errorf("--pre and --out are required")
			}
			data, err := os.ReadFile(pre)
			if err != nil {
				return err
			}
			st, err := sszstate.Decode(data)
			if err != nil {
				return err
			}
			from := st.Sim.Slot
			if err := st.ProcessSlots(toSlot); err != nil {
				return err
			}
			enc, err := st.Encode()
			if err != nil {
				return err
			}
			if err := os.WriteFile(out, enc, 0o644); err != nil {
				return err
			}
			root, err := st.HashTreeRoot()
			if err != nil {
				return err
			}
			fmt.Fprintf(cmd.OutOrStdout(), "%s state, %d validators: slot %d -> %d, state root 0x%s, wrote %s (%d bytes)\n",
				st.Fork, st.Sim.NumValidators(), from, toSlot, hex.EncodeToString(root[:]), out, len(enc))
			return nil
		},
	}
	c.Flags().StringVar(&pre, "pre", "", "SSZ BeaconState to read")
	c.Flags().Uint64Var(&toSlot, "to-slot", 0, "slot to advance to (after the state's slot)")
	c.Flags().StringVar(&out, "out", "", "file to write the SSZ post-state to")
	return c
}

func init() {
	chainCmd.AddCommand(chainRunCmd(), chainYieldCmd(), chainTransitionCmd())
	rootCmd.AddCommand(chainCmd)
}
