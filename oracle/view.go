package oracle

import (
	"github.com/holiman/uint256"

	"github.com/stakepool/stakepool/protocol"
)

// PoolView is the pool as a report reads it at the reference slot: the
// protocol's state in the simulator and the tests (StateView), the
// contracts' views at the reference slot's execution block in a member
// service (package services). Compute reads nothing else, so the service
// and the simulator compute the report the same way.
type PoolView interface {
	DepositSource
	// SlotsPerEpoch is the beacon chain's SLOTS_PER_EPOCH.
	SlotsPerEpoch() uint64
	// Operators are the operators by id, with their counts, scorecards and
	// target limits (Keys not needed).
	Operators() []protocol.Operator
	// Vaults are the vaults' balances as the pool counts them (wei).
	Vaults() (withdrawal, elRewards uint256.Int)
	// SharesRequestedToBurn is what the burner holds to burn (cover and
	// non-cover together).
	SharesRequestedToBurn() uint256.Int
	// BeaconStat is the last report's validators and balance (wei).
	BeaconStat() (validators uint64, balance uint256.Int)
	// BufferedEther is the pool's buffer (wei).
	BufferedEther() uint256.Int
	// MaxExitRequests is the sanity limit on exit requests in a report.
	MaxExitRequests() uint64
	// Queue is the withdrawal queue: the last finalized request id and the
	// stETH of the unfinalized ones.
	Queue() (lastFinalized uint64, unfinalized uint256.Int)
	// RequestsStETH returns the stETH of requests from..to (inclusive).
	RequestsStETH(from, to uint64) ([]uint256.Int, error)
	// PrepareFinalization fills r's SimulatedShareRate and Batches as the
	// pool's own rule computes them (protocol.State.PrepareFinalization; the
	// contracts' views in a service) and returns r's refusal, if any.
	PrepareFinalization(r *protocol.OracleReport) error
}

// DepositSource is the pool's deposit records, append-only (*protocol.State
// is one).
type DepositSource interface {
	DepositedValidators() uint64
	// Deposits returns the records from index from on.
	Deposits(from uint64) []protocol.DepositRecord
}

// StateView is a PoolView over the protocol's state.
type StateView struct{ *protocol.State }

var _ PoolView = StateView{}

// SlotsPerEpoch implements PoolView.
func (v StateView) SlotsPerEpoch() uint64 { return v.Chain().SlotsPerEpoch }

// Operators implements PoolView: every module's operators, by global id
// ascending (ModulesOperators).
func (v StateView) Operators() []protocol.Operator { return ModulesOperators(v.State) }

// ModulesOperators is every router module's operators as a report reads
// them, by global id ascending (module m's operator k is (m − 1) << 24 | k):
// module 1's (the curated registry), then each further curated module's,
// and a bonded module's operators with their counts and scorecards (Limit
// is its vetted keys; no stuck count, no target limit; Bonded, with its
// withdrawn count), as a member service reads them from the contracts.
func ModulesOperators(s *protocol.State) []protocol.Operator {
	out := s.OperatorStates()
	ms := s.Modules()
	if len(ms) == 1 {
		return out
	}
	for _, m := range ms[1:] {
		if m.Kind != protocol.ModuleBonded {
			out = append(out, s.ModuleOperators(m.ID)...)
			continue
		}
		b, _ := s.BondedModule()
		if b == nil {
			continue
		}
		for k := range b.Operators() {
			o, err := b.Operator(k)
			if err != nil {
				continue // not reached: k < Operators()
			}
			out = append(out, protocol.Operator{ID: protocol.ModuleOperatorID(m.ID, k), Active: true, Limit: o.Vetted,
				Deposited: o.Deposited, Exited: o.Exited, ExitRequested: o.ExitRequested,
				MissedAttestations: o.MissedAttestations, MissedProposals: o.MissedProposals, Slashed: o.Slashed,
				Bonded: true, Withdrawn: o.Withdrawn})
		}
	}
	return out
}

// Vaults implements PoolView.
func (v StateView) Vaults() (withdrawal, elRewards uint256.Int) {
	return v.Account(v.Vault()).ETH, v.Account(v.State.ELRewardsVault()).ETH
}

// SharesRequestedToBurn implements PoolView.
func (v StateView) SharesRequestedToBurn() uint256.Int {
	cover, nonCover := v.State.SharesRequestedToBurn()
	var t uint256.Int
	t.Add(cover, nonCover)
	return t
}

// BeaconStat implements PoolView.
func (v StateView) BeaconStat() (uint64, uint256.Int) {
	return v.BeaconValidators(), *v.BeaconBalance()
}

// BufferedEther implements PoolView.
func (v StateView) BufferedEther() uint256.Int { return *v.State.BufferedEther() }

// MaxExitRequests implements PoolView.
func (v StateView) MaxExitRequests() uint64 { return v.Params().MaxExitRequests }

// Queue implements PoolView.
func (v StateView) Queue() (uint64, uint256.Int) {
	_, last, unfinalized, _ := v.WithdrawalQueue()
	return last, *unfinalized
}

// RequestsStETH implements PoolView.
func (v StateView) RequestsStETH(from, to uint64) ([]uint256.Int, error) {
	out := make([]uint256.Int, 0, to-from+1)
	for id := from; id <= to; id++ {
		q, _ := v.WithdrawalRequest(id)
		out = append(out, q.StETH)
	}
	return out, nil
}

// PrepareFinalization implements PoolView.
func (v StateView) PrepareFinalization(r *protocol.OracleReport) error {
	return v.State.PrepareFinalization(r, protocol.DefaultMaxRequestsPerCall)
}
