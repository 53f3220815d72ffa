package bench

import (
	"context"
	"io"

	"github.com/spf13/pflag"

	"github.com/stakepool/stakepool/contracts/gas"
)

func init() {
	Register(Bench{
		Name:  "gas",
		Short: "Gas of the pool's contract operations, next to Lido's figures",
		Long: "Deploys the pool's contracts on go-ethereum's simulated backend (Prague rules) and\n" +
			"reports the gas used (from the receipts, intrinsic gas included) by submit (first\n" +
			"stake and a further one), transfer (to a holder and to a new one), transferShares,\n" +
			"approve, transferFrom, permit, wrap, unwrap, requestWithdrawals of 1 and 10,\n" +
			"claimWithdrawal, triggerExit (a forced exit through EIP-7002), key upload (per key,\n" +
			"in batches of 10), deposits of 1 and 10\n" +
			"validators (straight and through the deposit security module with 4 guardian\n" +
			"signatures), pauseDeposits (a guardian's call and a relayed signature) and an\n" +
			"oracle report with 10 and 100 operators. reference_value is\n" +
			"Lido's figure where one exists (docs/contracts.md cites each); speedup is Lido's gas\n" +
			"over ours (above 1: cheaper than Lido).",
		Flags: func(*pflag.FlagSet) Run { return runGas },
	})
}

func runGas(ctx context.Context, _ io.Writer) ([]Figure, error) {
	gs, err := gas.Measure(ctx)
	if err != nil {
		return nil, err
	}
	figs := make([]Figure, 0, len(gs))
	for _, g := range gs {
		f := Figure{Name: "gas/" + g.Name, Unit: "gas", Value: float64(g.Gas), LowerIsBetter: true}
		if g.LidoGas != 0 {
			f.Reference, f.ReferenceValue = g.Reference, float64(g.LidoGas)
			f.Speedup = round(float64(g.LidoGas) / float64(g.Gas))
		}
		figs = append(figs, f)
	}
	return figs, nil
}
