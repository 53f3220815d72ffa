package bench

import (
	"context"
	"fmt"
	"io"
	"runtime"
	"time"

	"github.com/spf13/pflag"

	"github.com/stakepool/stakepool/beacon/sim"
	"github.com/stakepool/stakepool/beacon/spec"
	"github.com/stakepool/stakepool/beacon/zrntref"
)

func init() {
	Register(Bench{
		Name:  "beacon",
		Short: "Benchmark beacon-chain epoch processing against zrnt",
		Long: "Build one mainnet-like Deneb state of --validators validators (32 ETH, 0x01\n" +
			"credentials, 95 % participation, finalizing) and run process_epoch on copies of it\n" +
			"in stakepool's simulator and in zrnt v0.34.1, in the same run. Prints\n" +
			"beacon/epoch/N in ns per validator-epoch (median of --reps; zrnt: median of\n" +
			"--zrnt-reps) with zrnt as the reference and the speedup, and beacon/memory/N:\n" +
			"the heap bytes per validator of the simulator's state, and beacon/epoch-electra/N\n" +
			"(the same registry under Electra rules; no reference). With --verify (default)\n" +
			"the balances after the epoch must be identical in both engines.\n\n" +
			"Then, unless --chain-epochs is 0, whole chain epochs (32 slots with blocks,\n" +
			"attestations at 99 % participation, 1 % missed proposals, sync aggregates,\n" +
			"execution rewards, the withdrawals sweep, epoch processing) on an Electra chain of\n" +
			"the same size, in both duty modes (--duties of chain run): beacon/chain-epoch/MODE/N\n" +
			"in ms per epoch (wall; beacon/chain-epoch-cpu/MODE/N: CPU, over all threads) over\n" +
			"--chain-epochs epochs (32 by default: 8 swung 3x from run to run on a shared\n" +
			"machine), and beacon/chain-year/MODE/N, the seconds one simulated year\n" +
			"(82 181.25 epochs) takes at that pace, wall-clock and CPU (the CPU figure does\n" +
			"not move when other work shares the machine). Target (issue 3): a year of 1M\n" +
			"validators in 15 min (900 s).",
		Flags: func(fs *pflag.FlagSet) Run {
			n := fs.Int("validators", 100_000, "number of validators")
			reps := fs.Int("reps", 21, "stakepool repetitions (median reported)")
			zreps := fs.Int("zrnt-reps", 3, "zrnt repetitions (median reported)")
			verify := fs.Bool("verify", true, "check that both engines produce the same balances")
			epochs := fs.Int("chain-epochs", 32, "whole chain epochs timed per duty mode (0: skip)")
			return func(context.Context, io.Writer) ([]Figure, error) {
				if *n < 1 || *reps < 1 || *zreps < 1 {
					return nil, fmt.Errorf("--validators, --reps and --zrnt-reps must be positive")
				}
				figs, err := epochVsZrnt(*n, *reps, *zreps, *verify)
				if err != nil {
					return nil, err
				}
				if *epochs > 0 {
					for _, mode := range []sim.DutyMode{sim.DutiesSpec, sim.DutiesSampled} {
						f, err := chainEpochs(*n, *epochs, mode)
						if err != nil {
							return nil, err
						}
						figs = append(figs, f...)
					}
				}
				return figs, nil
			}
		},
	})
}

// chainEpochs times epochs whole epochs of a simulated Electra chain
// of n validators with the given duty mode, after one warm-up epoch (which
// starts the next epoch's committees in the background).
func chainEpochs(n, epochs int, mode sim.DutyMode) ([]Figure, error) {
	sp, err := spec.Load("mainnet", spec.Electra)
	if err != nil {
		return nil, err
	}
	s := sim.NewSynthetic(sp, sim.SyntheticConfig{Validators: n, Epoch: 1000, Seed: 1, ParticipationPerMille: 990, Operators: 100})
	s.Duties = mode
	c := sim.NewChain(s, sim.Behaviour{Seed: 1, ParticipationPerMille: 990, MissedProposalPerMille: 10, ExecutionRewardGwei: 40_000_000})
	c.AdvanceEpochs(1)
	runtime.GC()
	cpu0 := processCPU()
	t0 := time.Now()
	c.AdvanceEpochs(epochs)
	wall := time.Since(t0).Seconds() / float64(epochs)
	cpu := (processCPU() - cpu0).Seconds() / float64(epochs)
	return []Figure{
		{Name: fmt.Sprintf("beacon/chain-epoch/%v/%d", mode, n), Unit: "ms/epoch", Value: wall * 1e3, LowerIsBetter: true},
		{Name: fmt.Sprintf("beacon/chain-epoch-cpu/%v/%d", mode, n), Unit: "cpu-ms/epoch", Value: cpu * 1e3, LowerIsBetter: true},
		{Name: fmt.Sprintf("beacon/chain-year/%v/%d", mode, n), Unit: "s/simulated-year", Value: wall * epochsPerYear, LowerIsBetter: true},
		{Name: fmt.Sprintf("beacon/chain-year-cpu/%v/%d", mode, n), Unit: "cpu-s/simulated-year", Value: cpu * epochsPerYear, LowerIsBetter: true},
	}, nil
}

// epochVsZrnt times process_epoch on one mainnet-like Deneb state of n
// validators in the simulator (reps runs) and in zrnt (zreps), checks the
// balances agree (verify), then the same registry under Electra rules.
func epochVsZrnt(n, reps, zreps int, verify bool) ([]Figure, error) {
	sp, err := spec.Load("mainnet", spec.Deneb)
	if err != nil {
		return nil, err
	}
	h0 := heapAlloc()
	base := sim.NewSynthetic(sp, sim.SyntheticConfig{Validators: n, Epoch: 300_000, Seed: 1, ParticipationPerMille: 950, Operators: 100})
	// the per-validator class cache a running simulation carries from one
	// epoch to the next (zrnt's EpochsContext is likewise built outside the timing)
	base.PrepareEpoch()
	h1 := heapAlloc()
	// registry bytes: the heap growth minus the fixed-size vectors (block/state
	// roots, randao mixes, slashings), which do not grow with N
	fixed := uint64(len(base.BlockRoots)+len(base.StateRoots)+len(base.RandaoMixes))*32 + uint64(len(base.Slashings))*8
	perVal := float64(h1-h0-min(h1-h0, fixed)) / float64(n)

	// stakepool: fresh copies, timed without the copy
	ours := make([]time.Duration, reps)
	var last *sim.State
	for i := range ours {
		s := base.Copy()
		runtime.GC()
		t0 := time.Now()
		s.ProcessEpoch()
		ours[i] = time.Since(t0)
		last = s
	}
	ns := float64(medianOf(ours).Nanoseconds()) / float64(n)

	z, err := zrntref.FromSim(base)
	if err != nil {
		return nil, err
	}
	base = nil
	zt := make([]time.Duration, zreps)
	var zlast *zrntref.State
	for i := range zt {
		c, err := z.Copy()
		if err != nil {
			return nil, err
		}
		runtime.GC()
		t0 := time.Now()
		if err := c.ProcessEpoch(); err != nil {
			return nil, err
		}
		zt[i] = time.Since(t0)
		zlast = c
	}
	zns := float64(medianOf(zt).Nanoseconds()) / float64(n)
	if verify {
		zb, err := zlast.Balances()
		if err != nil {
			return nil, err
		}
		for i := range zb {
			if zb[i] != last.Balances[i] {
				return nil, fmt.Errorf("validator %d: balance %d, zrnt %d", i, last.Balances[i], zb[i])
			}
		}
	}
	// the same registry under Electra rules (zrnt has no Electra epoch processing)
	esp, err := spec.Load("mainnet", spec.Electra)
	if err != nil {
		return nil, err
	}
	ebase := sim.NewSynthetic(esp, sim.SyntheticConfig{Validators: n, Epoch: 300_000, Seed: 1, ParticipationPerMille: 950, Operators: 100})
	ebase.PrepareEpoch()
	eds := make([]time.Duration, reps)
	for i := range eds {
		s := ebase.Copy()
		runtime.GC()
		t0 := time.Now()
		s.ProcessEpoch()
		eds[i] = time.Since(t0)
	}
	ens := float64(medianOf(eds).Nanoseconds()) / float64(n)

	name := fmt.Sprintf("beacon/epoch/%d", n)
	return []Figure{
		{Name: name, Unit: "ns/validator-epoch", Value: ns, LowerIsBetter: true,
			Reference: "zrnt", ReferenceValue: zns, Speedup: zns / ns},
		{Name: fmt.Sprintf("beacon/epoch-electra/%d", n), Unit: "ns/validator-epoch", Value: ens, LowerIsBetter: true},
		{Name: fmt.Sprintf("beacon/memory/%d", n), Unit: "bytes/validator", Value: perVal, LowerIsBetter: true},
	}, nil
}
