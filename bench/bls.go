package bench

import (
	"context"
	"fmt"
	"io"
	"runtime"
	"time"

	"github.com/spf13/pflag"

	"github.com/stakepool/stakepool/keys"
)

func init() {
	Register(Bench{
		Name:  "bls",
		Short: "Benchmark BLS signing, verification and batch deposit verification",
		Long: "Measure, on this machine and in this run: one BLS signature (bls/sign), one\n" +
			"deposit signature verification (bls/verify), and the batch verification of N\n" +
			"deposit signatures (bls/batch-verify/N) against verifying the same N one by one\n" +
			"(the reference, with the speedup), plus the batch with one bad signature that\n" +
			"the verifier has to find and name. Each figure is the median of --reps runs.\n" +
			"Uses all GOMAXPROCS cores (" + fmt.Sprint(runtime.GOMAXPROCS(0)) + " here).",
		Flags: func(fs *pflag.FlagSet) Run {
			n := fs.Int("n", 1000, "deposits per batch")
			reps := fs.Int("reps", 3, "repetitions per figure (the median is reported)")
			return func(context.Context, io.Writer) ([]Figure, error) {
				if *n < 1 || *reps < 1 {
					return nil, fmt.Errorf("--n and --reps must be positive")
				}
				return runBLS(*n, *reps)
			}
		},
	})
}

func runBLS(n, reps int) ([]Figure, error) {
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
