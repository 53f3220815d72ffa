package main

import (
	"encoding/hex"
	"encoding/json"
	"fmt"
	"math"

	"github.com/spf13/cobra"

	"github.com/stakepool/stakepool/beacon/sim"
	"github.com/stakepool/stakepool/beacon/simrun"
	"github.com/stakepool/stakepool/beacon/spec"
	"github.com/stakepool/stakepool/beacon/sszstate"
	"github.com/stakepool/stakepool/progress"
)

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
	c.Flags().StringVar(&o.duties, "duties", "spec", "duty assignment: spec (get_beacon_committee, compute_proposer_index), sampled (same distributions from a fast seeded generator; for long runs at mainnet scale) or batched (sampled's proposers, an epoch's attestations and sync signatures drawn at its end; for Monte Carlo studies), see docs/beacon.md")
}

// config checks the options and makes the simulated chain's config.
func (o *chainOpts) config(validators int) (simrun.Config, error) {
	fork, err := spec.ParseFork(o.fork)
	if err != nil {
		return simrun.Config{}, err
	}
	sp, err := spec.Load(o.network, fork)
	if err != nil {
		return simrun.Config{}, err
	}
	duties, err := sim.ParseDutyMode(o.duties)
	if err != nil {
		return simrun.Config{}, fmt.Errorf("--duties: %w", err)
	}
	if o.participation < 0 || o.participation > 1 {
		return simrun.Config{}, fmt.Errorf("--participation must be within [0, 1]")
	}
	if o.missed < 0 {
		o.missed = math.Round((1-o.participation)*1e6) / 1e6
	}
	if o.missed > 1 || validators < 1 || o.operators < 1 {
		return simrun.Config{}, fmt.Errorf("--missed must be within [0, 1], validators and operators positive")
	}
	c := simrun.Config{Spec: sp, Validators: validators, Operators: o.operators, Seed: o.seed, Duties: duties,
		ParticipationPerMille: int(math.Round(o.participation * 1000)), MissedProposalPerMille: int(math.Round(o.missed * 1000)),
		ExecutionRewardGwei: o.elRewardGwei, SlashingPerMillion: o.slashingPPM, CurvePubkeys: o.out != ""}
	if len(o.opPart) > 0 {
		if len(o.opPart) != o.operators {
			return simrun.Config{}, fmt.Errorf("--operator-participation has %d values for %d operators", len(o.opPart), o.operators)
		}
		for _, x := range o.opPart {
			if x < 0 || x > 1 {
				return simrun.Config{}, fmt.Errorf("--operator-participation values must be within [0, 1]")
			}
			c.OperatorParticipation = append(c.OperatorParticipation, int(math.Round(x*1000)))
		}
	}
	return c, nil
}

// advanceWithProgress advances with a progress bar (simulated days, ETA)
// on stderr when it is a terminal.
func advanceWithProgress(name string) simrun.Advance {
	return func(ch *sim.Chain, epochs int) {
		bar := progress.OnTerminal(name)
		if bar == nil {
			ch.AdvanceEpochs(epochs)
			return
		}
		simrun.Stepwise(bar.Update)(ch, epochs)
		bar.End()
	}
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
			cfg, err := o.config(validators)
			if err != nil {
				return err
			}
			s, ch := simrun.New(cfg)
			r := simrun.Run(cfg, s, ch, epochs, advanceWithProgress("chain run"))
			r.Network, r.Participation, r.Missed = o.network, o.participation, o.missed
			if o.out != "" {
				st, err := sszstate.FromSim(s)
				if err != nil {
					return err
				}
				if _, err := st.WriteFile(o.out); err != nil {
					return err
				}
			}
			if o.jsonOut {
				enc := json.NewEncoder(cmd.OutOrStdout())
				enc.SetIndent("", "  ")
				return enc.Encode(r)
			}
			return r.WriteText(cmd.OutOrStdout())
		},
	}
	o.flags(c)
	c.Flags().IntVar(&validators, "validators", 10_000, "number of validators")
	c.Flags().IntVar(&epochs, "epochs", 10, "epochs to simulate")
	c.Flags().StringVar(&o.out, "out", "", "also write the final state as an SSZ BeaconState (pubkeys are then real curve points)")
	return c
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
			cfg, err := o.config(n)
			if err != nil {
				return err
			}
			s, ch := simrun.New(cfg)
			r := simrun.Yield(cfg, s, ch, epochs, o.participation, advanceWithProgress("chain yield"))
			r.StakedETH, r.Missed = staked, o.missed
			if o.jsonOut {
				enc := json.NewEncoder(cmd.OutOrStdout())
				enc.SetIndent("", "  ")
				return enc.Encode(r)
			}
			r.WriteText(cmd.OutOrStdout())
			return nil
		},
	}
	o.flags(c)
	c.Flags().Uint64Var(&staked, "staked", 4_000_000, "total ETH staked on the chain")
	c.Flags().IntVar(&epochs, "epochs", 50, "epochs to simulate")
	return c
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
			st, err := sszstate.ReadFile(pre)
			if err != nil {
				return err
			}
			from := st.Sim.Slot
			if err := st.ProcessSlots(toSlot); err != nil {
				return err
			}
			size, err := st.WriteFile(out)
			if err != nil {
				return err
			}
			root, err := st.HashTreeRoot()
			if err != nil {
				return err
			}
			fmt.Fprintf(cmd.OutOrStdout(), "%s state, %d validators: slot %d -> %d, state root 0x%s, wrote %s (%d bytes)\n",
				st.Fork, st.Sim.NumValidators(), from, toSlot, hex.EncodeToString(root[:]), out, size)
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
