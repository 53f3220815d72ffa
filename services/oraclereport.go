package services

import (
	"errors"
	"fmt"
	"math/big"
	"sync"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/stakepool/stakepool/contracts/bindings"
	"github.com/stakepool/stakepool/protocol"
)

// The report as the Oracle contract takes it. This file is the only one
// that knows the contract's report format: the member computes a
// protocol.OracleReport with oracle.ComputeView and converts it here.
//
// The contract on main still applies the model's previous pipeline (one
// finalization border, finalizeUpTo, instead of batches at a simulated
// share rate): the border is the last request the contract itself accepts,
// found by simulating submitReportData with eth_call (the committee's
// agreement set in the call's state), and the report carries it as one
// batch. When Oracle.sol follows the new pipeline (simulateReport and the
// queue's calculateFinalizationBatches), this file follows it.

var (
	oracleABIOnce sync.Once
	oracleABI     *abi.ABI
	oracleABIErr  error
)

func oracleContractABI() (*abi.ABI, error) {
	oracleABIOnce.Do(func() { oracleABI, oracleABIErr = bindings.OracleMetaData.GetAbi() })
	return oracleABI, oracleABIErr
}

// toContractReport converts r; lastFinalized is the queue's last
// finalized request id at the reference block.
func toContractReport(r *protocol.OracleReport, lastFinalized uint64) bindings.OracleReport {
	b := bindings.OracleReport{RefSlot: new(big.Int).SetUint64(r.RefSlot), Validators: new(big.Int).SetUint64(r.Validators),
		BalanceGwei: new(big.Int).SetUint64(uint64(r.Balance)), WithdrawalVault: r.WithdrawalVault.ToBig(), ElRewardsVault: r.ELRewardsVault.ToBig(),
		Exited: []bindings.OracleOperatorCount{}, FinalizeUpTo: new(big.Int).SetUint64(lastFinalized), Bunker: r.Bunker,
		ExitRequests: []bindings.OracleOperatorCount{}, Stats: []bindings.OracleOperatorStats{}}
	if n := len(r.Batches); n > 0 {
		b.FinalizeUpTo.SetUint64(r.Batches[n-1])
	}
	for _, e := range r.Exited {
		b.Exited = append(b.Exited, bindings.OracleOperatorCount{Operator: new(big.Int).SetUint64(uint64(e.Operator)), Count: new(big.Int).SetUint64(e.Count)})
	}
	for _, e := range r.ExitRequests {
		b.ExitRequests = append(b.ExitRequests, bindings.OracleOperatorCount{Operator: new(big.Int).SetUint64(uint64(e.Operator)), Count: new(big.Int).SetUint64(e.Count)})
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

// loadReportLimits reads the contract's limits the computation needs.
func loadReportLimits(v *chainView) error {
	p, err := v.c.Oracle.GetParams(v.opts())
	if err != nil {
		return v.c.rpcErr("read the oracle's parameters", err)
	}
	v.maxExits = p.MaxExitRequests
	v.finalize = finalizeBySimulation
	return nil
}

// Storage slots of the Oracle contract the simulation sets
// (contracts/artifacts/Oracle.json's storage layout): the contract has no
// view that simulates a report yet.
const (
	oracleVoteSlot  = 9
	oracleConsensus = 11
)

// accepts says whether the contract would apply r now (submitReportData
// simulated with the committee's agreement on r set in the call's state).
func accepts(v *chainView, r *bindings.OracleReport) (bool, error) {
	hash, err := reportHash(r)
	if err != nil {
		return false, err
	}
	parsed, err := oracleContractABI()
	if err != nil {
		return false, err
	}
	data, err := parsed.Pack("submitReportData", *r)
	if err != nil {
		return false, err
	}
	slot := func(n int64) string { return common.BigToHash(big.NewInt(n)).Hex() }
	override := map[common.Address]map[string]any{v.c.Addr.Oracle: {"stateDiff": map[string]string{
		slot(oracleVoteSlot): common.BigToHash(r.RefSlot).Hex(), slot(oracleConsensus): hash.Hex()}}}
	call := map[string]any{"from": v.from, "to": v.c.Addr.Oracle, "data": hexutil.Bytes(data), "gas": hexutil.Uint64(30_000_000)}
	var out hexutil.Bytes
	err = v.c.RPC.CallContext(v.ctx, &out, "eth_call", call, "latest", override)
	if err == nil {
		return true, nil
	}
	var de interface{ ErrorData() any }
	if errors.As(err, &de) || errors.Is(err, ethereum.NotFound) {
		return false, nil
	}
	if re, ok := err.(interface{ ErrorCode() int }); ok && re.ErrorCode() == 3 {
		return false, nil // execution reverted
	}
	return false, v.c.rpcErr("simulate the report", err)
}

// finalizeBySimulation sets r's finalization to the last request the
// contract would finalize with it (requests are FIFO and each needs more
// of the budget, so acceptance is monotone: a binary search).
func finalizeBySimulation(v *chainView, r *protocol.OracleReport) error {
	r.Batches = nil
	r.SimulatedShareRate.Clear()
	b := toContractReport(r, v.lastFinalized)
	ok, err := accepts(v, &b)
	if err != nil {
		return err
	}
	if !ok {
		return errors.New("the contract refuses the report even without a finalization (a sanity limit)")
	}
	lo, hi := v.lastFinalized, v.lastRequest // lo accepted
	for lo < hi {
		mid := lo + (hi-lo+1)/2
		b.FinalizeUpTo = new(big.Int).SetUint64(mid)
		ok, err := accepts(v, &b)
		if err != nil {
			return err
		}
		if ok {
			lo = mid
		} else {
			hi = mid - 1
		}
	}
	if lo > v.lastFinalized {
		r.Batches = []uint64{lo}
	}
	return nil
}

// reportSummary is a report in a few words for the logs.
func reportSummary(r *bindings.OracleReport) string {
	return fmt.Sprintf("%s validators, %s gwei, finalize up to %s, %d exit requests, bunker %v",
		r.Validators, r.BalanceGwei, r.FinalizeUpTo, len(r.ExitRequests), r.Bunker)
}
