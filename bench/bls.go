package bench

import (
	"context"
	"fmt"
	"io"
	"runtime"
	"sync"
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
			"deposit signatures (bls/batch-verify/N/cores=C) against verifying the same N one by\n" +
			"one on the same C cores (the reference, with the speedup), plus the batch with one\n" +
			"bad signature that the verifier has to find and name (/one-bad). C is 1 (both on\n" +
			"one core: the batching gain alone), then GOMAXPROCS (" + fmt.Sprint(runtime.GOMAXPROCS(0)) + " here; the\n" +
			"reference split evenly over as many goroutines). Each figure is the median of\n" +
			"--reps runs.",
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
	// The batch against the one-by-one reference on the same cores: both
	// on one core (the batching gain alone), then both on every core (the
	// reference split evenly over as many goroutines).
	cores := runtime.GOMAXPROCS(0)
	type pair struct{ seq, batch, oneBad time.Duration }
	var byCores []pair
	tampered := append([]keys.DepositCheck(nil), items...)
	badIdx := n / 2
	tampered[badIdx].Amount++
	coreCounts := []int{1}
	if cores > 1 {
		coreCounts = append(coreCounts, cores)
	}
	for _, c := range coreCounts {
		prev := runtime.GOMAXPROCS(c)
		var p pair
		p.seq, err = median(reps, func() error {
			if bad := verifySplit(v, items, c); bad != nil {
				return fmt.Errorf("sequential verify rejected %v", bad)
			}
			return nil
		})
		if err == nil {
			p.batch, err = median(reps, func() error {
				if bad := v.VerifyDeposits(items); bad != nil {
					return fmt.Errorf("batch verify rejected %v", bad)
				}
				return nil
			})
		}
		if err == nil {
			p.oneBad, err = median(reps, func() error {
				if bad := v.VerifyDeposits(tampered); len(bad) != 1 || bad[0] != badIdx {
					return fmt.Errorf("batch verify with one bad entry returned %v, want [%d]", bad, badIdx)
				}
				return nil
			})
		}
		runtime.GOMAXPROCS(prev)
		if err != nil {
			return nil, err
		}
		byCores = append(byCores, p)
	}
	ms := func(d time.Duration) float64 { return float64(d.Microseconds()) / 1000 }
	figs := []Figure{
		{Name: "bls/sign", Unit: "ns/op", Value: float64(sign.Nanoseconds() / singles), LowerIsBetter: true},
		{Name: "bls/verify", Unit: "ns/op", Value: float64(verify.Nanoseconds() / singles), LowerIsBetter: true},
	}
	for i, p := range byCores {
		c := coreCounts[i]
		name := fmt.Sprintf("bls/batch-verify/%d/cores=%d", n, c)
		ref := fmt.Sprintf("sequential verify on %d core(s)", c)
		figs = append(figs,
			Figure{Name: name, Unit: fmt.Sprintf("ms per %d", n), Value: ms(p.batch), LowerIsBetter: true,
				Reference: ref, ReferenceValue: ms(p.seq), Speedup: ms(p.seq) / ms(p.batch)},
			Figure{Name: name + "/one-bad", Unit: fmt.Sprintf("ms per %d", n), Value: ms(p.oneBad), LowerIsBetter: true,
				Reference: ref, ReferenceValue: ms(p.seq), Speedup: ms(p.seq) / ms(p.oneBad)})
	}
	return figs, nil
}

// verifySplit checks items one by one with VerifyDeposit on c goroutines,
// each a contiguous share (the reference on as many cores as the batch
// verifier uses), and returns the bad indexes in order.
func verifySplit(v keys.DepositVerifier, items []keys.DepositCheck, c int) []int {
	if c <= 1 {
		return v.VerifyDepositsSequential(items)
	}
	bad := make([][]int, c)
	var wg sync.WaitGroup
	per := (len(items) + c - 1) / c
	for w := 0; w < c; w++ {
		lo, hi := min(w*per, len(items)), min((w+1)*per, len(items))
		wg.Add(1)
		go func() {
			defer wg.Done()
			for _, b := range v.VerifyDepositsSequential(items[lo:hi]) {
				bad[w] = append(bad[w], lo+b)
			}
		}()
	}
	wg.Wait()
	var out []int
	for _, b := range bad {
		out = append(out, b...)
	}
	return out
}
