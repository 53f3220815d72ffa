package main

import (
	"fmt"
	"runtime"
	"sort"
	"time"

	"github.com/spf13/cobra"

	"github.com/stakepool/stakepool/keys"
)

func init() {
	var n, reps int
	cmd := &cobra.Command{
		Use:   "bls",
		Short: "Benchmark BLS signing, verification and batch deposit verification",
		Long: "Measure, on this machine and in this run: one BLS signature (bls/sign), one\n" +
			"deposit signature verification (bls/verify), and the batch verification of N\n" +
			"deposit signatures (bls/batch-verify/N) against verifying the same N one by one\n" +
			"(the reference, with the speedup), plus the batch with one bad signature that\n" +
			"the verifier has to find and name. Each figure is the median of --reps runs.\n" +
			"Uses all GOMAXPROCS cores (" + fmt.Sprint(runtime.GOMAXPROCS(0)) + " here).",
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			if n < 1 || reps < 1 {
				return fmt.Errorf("--n and --reps must be positive")
			}
			figs, err := benchBLS(n, reps)
			if err != nil {
				return err
			}
			return printFigures(cmd.OutOrStdout(), figs, benchJSON)
		},
	}
	cmd.Flags().IntVar(&n, "n", 1000, "deposits per batch")
	cmd.Flags().IntVar(&reps, "reps", 3, "repetitions per figure (the median is reported)")
	benchCmd.AddCommand(cmd)
}

// median runs f reps times and returns the median duration.
func median(reps int, f func() error) (time.Duration, error) {
	ds := make([]time.Duration, reps)
	for i := range ds {
		t0 := time.Now()
		if err := f(); err != nil {
			return 0, err
		}
		ds[i] = time.Since(t0)
	}
	sort.Slice(ds, func(a, b int) bool { return ds[a] < ds[b] })
	return ds[reps/2], nil
}

func benchBLS(n, reps int) ([]Figure, error) {
	fork := keys.Mainnet.GenesisForkVersion
	items, err := keys.BenchDeposits(n, fork)
	if err != nil {
		return nil, err
	}
	v := keys.DepositVerifier{ForkVersion: fork}

	// Single operations, timed over enough iterations to be stable.
	const singles = 200
	sk, err := keys.SecretKeyFromBytes(append(make([]byte, 31), 7))
	if err != nil {
		return nil, err
	}
	msg := make([]byte, 32)
	sign, _ := median(reps, func() error {
		for i := 0; i < singles; i++ {
			sk.Sign(msg)
		}
		return nil
	})
	it := items[0]
	verify, err := median(reps, func() error {
		for i := 0; i < singles; i++ {
			if err := v.VerifyDeposit(it.Pubkey, it.WithdrawalCredentials, it.Amount, it.Signature); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	seq, err := median(reps, func() error {
		if bad := v.VerifyDepositsSequential(items); bad != nil {
			return fmt.Errorf("sequential verify rejected %v", bad)
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	batch, err := median(reps, func() error {
		if bad := v.VerifyDeposits(items); bad != nil {
			return fmt.Errorf("batch verify rejected %v", bad)
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	tampered := append([]keys.DepositCheck(nil), items...)
	badIdx := n / 2
	tampered[badIdx].Amount++
	oneBad, err := median(reps, func() error {
		if bad := v.VerifyDeposits(tampered); len(bad) != 1 || bad[0] != badIdx {
			return fmt.Errorf("batch verify with one bad entry returned %v, want [%d]", bad, badIdx)
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	ms := func(d time.Duration) float64 { return float64(d.Microseconds()) / 1000 }
	name := fmt.Sprintf("bls/batch-verify/%d", n)
	return []Figure{
		{Name: "bls/sign", Unit: "ns/op", Value: float64(sign.Nanoseconds() / singles), LowerIsBetter: true},
		{Name: "bls/verify", Unit: "ns/op", Value: float64(verify.Nanoseconds() / singles), LowerIsBetter: true},
		{Name: name, Unit: fmt.Sprintf("ms per %d", n), Value: ms(batch), LowerIsBetter: true,
			Reference: "sequential verify", ReferenceValue: ms(seq), Speedup: ms(seq) / ms(batch)},
		{Name: name + "-one-bad", Unit: fmt.Sprintf("ms per %d", n), Value: ms(oneBad), LowerIsBetter: true,
			Reference: "sequential verify", ReferenceValue: ms(seq), Speedup: ms(seq) / ms(oneBad)},
	}, nil
}
