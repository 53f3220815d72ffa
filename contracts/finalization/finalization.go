// Package finalization computes what an oracle report carries for the
// withdrawal queue from the contracts' own views, as every member must
// (Lido's oracle: simulate the report with no finalization — an eth_call
// of the accounting — for the share rate and the ETH available, then walk
// the queue with calculateFinalizationBatches a bounded number of requests
// per call). protocol's State.PrepareFinalization is the same rule on the
// model; the differential test keeps the two equal.
package finalization

import (
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/accounts/abi/bind"

	"github.com/stakepool/stakepool/contracts/bindings"
)

// Views are the contracts the computation reads.
type Views struct {
	Oracle *bindings.OracleCaller
	Queue  *bindings.WithdrawalQueueCaller
	Sanity *bindings.SanityCheckerCaller
}

// DefaultMaxRequestsPerCall is how many requests one call of the queue's
// calculateFinalizationBatches walks (protocol.DefaultMaxRequestsPerCall).
const DefaultMaxRequestsPerCall = 1000

// Prepare fills r's SimulatedShareRate and Batches: the share rate of r
// applied with no finalization (in bunker mode without the
// execution-layer rewards, as Lido's oracle), and the batches of the
// requests made the request margin before the reference slot (and, in
// bunker mode, before the bunker border) that the buffer and the vault
// pulls pay for. It returns the contract's refusal of r itself, if any.
func Prepare(opts *bind.CallOpts, v Views, r *bindings.OracleReport, maxPerCall uint64) error {
	r.Batches = []*big.Int{}
	r.SimulatedShareRate = new(big.Int)
	sim := *r
	if r.Bunker {
		sim.ElRewardsVault = new(big.Int)
	}
	out, err := v.Oracle.SimulateReport(opts, sim)
	if err != nil {
		return fmt.Errorf("simulate the report: %w", err)
	}
	r.SimulatedShareRate = out.ShareRate
	lastReq, err := v.Queue.GetLastRequestId(opts)
	if err != nil {
		return fmt.Errorf("read the queue: %w", err)
	}
	lastFin, err := v.Queue.GetLastFinalizedRequestId(opts)
	if err != nil {
		return fmt.Errorf("read the queue: %w", err)
	}
	if lastFin.Cmp(lastReq) == 0 || out.Budget.Sign() == 0 || out.ShareRate.Sign() == 0 {
		return nil
	}
	genesis, err := v.Oracle.GenesisTime(opts)
	if err != nil {
		return fmt.Errorf("read the oracle's clock: %w", err)
	}
	sps, err := v.Oracle.SecondsPerSlot(opts)
	if err != nil {
		return fmt.Errorf("read the oracle's clock: %w", err)
	}
	limits, err := v.Sanity.GetLimits(opts)
	if err != nil {
		return fmt.Errorf("read the sanity limits: %w", err)
	}
	maxTime := new(big.Int).Mul(r.RefSlot, sps)
	maxTime.Add(maxTime, genesis)
	margin := new(big.Int).SetUint64(limits.RequestTimestampMargin)
	if maxTime.Cmp(margin) < 0 {
		return nil
	}
	maxTime.Sub(maxTime, margin)
	border, err := v.Oracle.GetBunkerBorder(opts, r.Bunker)
	if err != nil {
		return fmt.Errorf("read the bunker border: %w", err)
	}
	if border.IsBunker {
		if border.From.Sign() == 0 {
			return nil
		}
		if b := new(big.Int).Sub(border.From, big.NewInt(1)); b.Cmp(maxTime) < 0 {
			maxTime = b
		}
	}
	per := new(big.Int).SetUint64(max(maxPerCall, 1))
	st := bindings.WithdrawalQueueBatchesCalculationState{RemainingEthBudget: out.Budget}
	for i := range st.Batches {
		st.Batches[i] = new(big.Int)
	}
	st.BatchesLength = new(big.Int)
	for !st.Finished && st.RemainingEthBudget.Sign() != 0 {
		if st, err = v.Queue.CalculateFinalizationBatches(opts, out.ShareRate, maxTime, per, st); err != nil {
			return fmt.Errorf("calculate the finalization batches: %w", err)
		}
	}
	r.Batches = append(r.Batches, st.Batches[:st.BatchesLength.Uint64()]...)
	return nil
}
