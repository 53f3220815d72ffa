package services

import (
	"fmt"
	"math/big"
	"sync"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/stakepool/stakepool/contracts/bindings"
	"github.com/stakepool/stakepool/contracts/finalization"
	"github.com/stakepool/stakepool/protocol"
)

// The report as the Oracle contract takes it. This file is the only one
// that knows the contract's report format: the member computes a
// protocol.OracleReport with oracle.ComputeView and converts it here. The
// finalization (the simulated share rate and the batches) comes from the
// contracts' own views (contracts/finalization: Oracle.simulateReport and
// the queue's calculateFinalizationBatches), as Lido's oracle computes it,
// so that every member's hash agrees and the contract's arithmetic
// decides.

var (
	oracleABIOnce sync.Once
	oracleABI     *abi.ABI
	oracleABIErr  error
)

func oracleContractABI() (*abi.ABI, error) {
	oracleABIOnce.Do(func() { oracleABI, oracleABIErr = bindings.OracleMetaData.GetAbi() })
	return oracleABI, oracleABIErr
}

// toContractReport converts r.
func toContractReport(r *protocol.OracleReport) bindings.OracleReport {
	b := bindings.OracleReport{RefSlot: new(big.Int).SetUint64(r.RefSlot), Validators: new(big.Int).SetUint64(r.Validators),
		BalanceGwei: new(big.Int).SetUint64(uint64(r.Balance)), WithdrawalVault: r.WithdrawalVault.ToBig(), ElRewardsVault: r.ELRewardsVault.ToBig(),
		Exited: []bindings.OracleOperatorCount{}, SharesRequestedToBurn: r.SharesRequestedToBurn.ToBig(), Batches: []*big.Int{},
		SimulatedShareRate: r.SimulatedShareRate.ToBig(), Bunker: r.Bunker,
		ExitRequests: []bindings.OracleOperatorCount{}, Stats: []bindings.OracleOperatorStats{}, ElRewardsCharges: []bindings.OracleOperatorAmount{}, Withdrawn: []bindings.OracleOperatorWithdrawal{}}
	for _, id := range r.Batches {
		b.Batches = append(b.Batches, new(big.Int).SetUint64(id))
	}
	for _, e := range r.Exited {
		b.Exited = append(b.Exited, bindings.OracleOperatorCount{Operator: new(big.Int).SetUint64(uint64(e.Operator)), Count: new(big.Int).SetUint64(e.Count)})
	}
	for _, e := range r.ExitRequests {
		b.ExitRequests = append(b.ExitRequests, bindings.OracleOperatorCount{Operator: new(big.Int).SetUint64(uint64(e.Operator)), Count: new(big.Int).SetUint64(e.Count)})
	}
	for _, c := range r.ELRewardsCharges {
		b.ElRewardsCharges = append(b.ElRewardsCharges, bindings.OracleOperatorAmount{Operator: new(big.Int).SetUint64(uint64(c.Operator)), Amount: c.Amount.ToBig()})
	}
	for _, w := range r.Withdrawn {
		b.Withdrawn = append(b.Withdrawn, bindings.OracleOperatorWithdrawal{Operator: new(big.Int).SetUint64(uint64(w.Operator)), Count: new(big.Int).SetUint64(w.Count), Loss: w.Loss.ToBig()})
	}
	for _, s := range r.Stats {
		b.Stats = append(b.Stats, bindings.OracleOperatorStats{Operator: new(big.Int).SetUint64(uint64(s.Operator)),
			MissedAttestations: new(big.Int).SetUint64(s.MissedAttestations), MissedProposals: new(big.Int).SetUint64(s.MissedProposals),
			Slashed: new(big.Int).SetUint64(s.Slashed)})
	}
	return b
}

// encodeReport is abi.encode(report), what the members' hash covers.
func encodeReport(r *bindings.OracleReport) ([]byte, error) {
	parsed, err := oracleContractABI()
	if err != nil {
		return nil, err
	}
	return abi.Arguments{parsed.Methods["submitReportData"].Inputs[0]}.Pack(*r)
}

// decodeReport is encodeReport's inverse.
func decodeReport(b []byte) (*bindings.OracleReport, error) {
	parsed, err := oracleContractABI()
	if err != nil {
		return nil, err
	}
	out, err := abi.Arguments{parsed.Methods["submitReportData"].Inputs[0]}.Unpack(b)
	if err != nil || len(out) != 1 {
		return nil, fmt.Errorf("services: decode a stored report: %v", err)
	}
	return abi.ConvertType(out[0], new(bindings.OracleReport)).(*bindings.OracleReport), nil
}

// reportHash is keccak256(abi.encode(report)), the hash members vote on.
func reportHash(r *bindings.OracleReport) (common.Hash, error) {
	b, err := encodeReport(r)
	if err != nil {
		return common.Hash{}, fmt.Errorf("services: encode the report: %w", err)
	}
	return crypto.Keccak256Hash(b), nil
}

// loadReportLimits reads what the computation needs beyond the pool:
// the sanity checker's limit on exit requests and the burner's requests.
func loadReportLimits(v *chainView) error {
	lim, err := v.c.Sanity.GetLimits(v.opts())
	if err != nil {
		return v.c.rpcErr("read the sanity limits", err)
	}
	v.maxExits = lim.MaxExitRequests
	req, err := v.c.Burner.GetSharesRequestedToBurn(v.opts())
	if err != nil {
		return v.c.rpcErr("read the burner's requests", err)
	}
	v.burn = u256(new(big.Int).Add(req.CoverShares, req.NonCoverShares))
	v.finalize = finalizeByViews
	return nil
}

// finalizeByViews sets r's simulated share rate and finalization batches
// from the contracts' views at the reference block.
func finalizeByViews(v *chainView, r *protocol.OracleReport) error {
	b := toContractReport(r)
	views := finalization.Views{Oracle: &v.c.Oracle.OracleCaller, Queue: &v.c.Queue.WithdrawalQueueCaller, Sanity: &v.c.Sanity.SanityCheckerCaller}
	if err := finalization.Prepare(v.opts(), views, &b, finalization.DefaultMaxRequestsPerCall); err != nil {
		return v.c.rpcErr("prepare the finalization", err)
	}
	r.SimulatedShareRate = u256(b.SimulatedShareRate)
	r.Batches = r.Batches[:0]
	for _, id := range b.Batches {
		r.Batches = append(r.Batches, id.Uint64())
	}
	return nil
}

// reportSummary is a report in a few words for the logs.
func reportSummary(r *bindings.OracleReport) string {
	last := "none"
	if n := len(r.Batches); n > 0 {
		last = r.Batches[n-1].String()
	}
	return fmt.Sprintf("%s validators, %s gwei, finalize up to %s at rate %s, %d exit requests, %d execution-reward charges, bunker %v",
		r.Validators, r.BalanceGwei, last, r.SimulatedShareRate, len(r.ExitRequests), len(r.ElRewardsCharges), r.Bunker)
}
