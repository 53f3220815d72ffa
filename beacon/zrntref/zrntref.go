// Package zrntref converts a simulator state into a zrnt (v0.34.1) Deneb
// state, through SSZ as docs/beacon.md describes, so that zrnt can serve as
// a reference engine: for benchmarks (stakepool bench beacon) and for
// cross-checks (beacon/sszstate's tests; beacon/sim's differential tests,
// zrnt_diff_test.go, which use this conversion). zrnt implements Deneb only
// (its Electra epoch processing returns an error).
package zrntref

import (
	"bytes"
	"context"
	"fmt"

	"github.com/protolambda/zrnt/eth2/beacon/altair"
	"github.com/protolambda/zrnt/eth2/beacon/capella"
	"github.com/protolambda/zrnt/eth2/beacon/common"
	"github.com/protolambda/zrnt/eth2/beacon/deneb"
	"github.com/protolambda/zrnt/eth2/beacon/phase0"
	"github.com/protolambda/zrnt/eth2/configs"
	"github.com/protolambda/ztyp/codec"
	"github.com/protolambda/ztyp/view"

	"github.com/stakepool/stakepool/beacon/sim"
	"github.com/stakepool/stakepool/beacon/spec"
)

// Spec is zrnt's mainnet spec.
func Spec() *common.Spec { return configs.Mainnet }

// State is a zrnt Deneb state with its epochs context. The fields are
// zrnt's own, for calls this package does not wrap (View.Raw(Spec),
// EPC.GetBeaconProposer, capella.GetExpectedWithdrawals(View, Spec), …).
type State struct {
	View *deneb.BeaconStateView
	EPC  *common.EpochsContext // shufflings and proposers of View's epochs
	Spec *common.Spec          // configs.Mainnet
}

// FromSim builds the zrnt state of s (which must use Deneb rules and the
// mainnet preset): every field s holds, sync committees padded to
// SYNC_COMMITTEE_SIZE with validator 0 (their aggregate pubkeys are left
// zero; so are eth1_data, the latest block and execution payload headers and
// historical_roots, which s does not hold). Pubkeys need not be curve points
// unless a sync-committee period boundary is processed.
func FromSim(s *sim.State) (*State, error) {
	if s.Spec.Fork != spec.Deneb {
		return nil, fmt.Errorf("zrntref: zrnt implements Deneb only, state is %v", s.Spec.Fork)
	}
	zs := configs.Mainnet
	raw := &deneb.BeaconState{
		GenesisTime: common.Timestamp(s.GenesisTime),
		Slot:        common.Slot(s.Slot),
		Fork: common.Fork{PreviousVersion: common.Version(s.Spec.CapellaForkVersion),
			CurrentVersion: common.Version(s.Spec.DenebForkVersion), Epoch: common.Epoch(s.Spec.DenebForkEpoch)},
		GenesisValidatorsRoot:        s.GenesisValidatorsRoot,
		Eth1DepositIndex:             common.DepositIndex(s.Eth1DepositIndex),
		NextWithdrawalIndex:          common.WithdrawalIndex(s.NextWithdrawalIndex),
		NextWithdrawalValidatorIndex: common.ValidatorIndex(s.NextWithdrawalValidatorIndex),
	}
	raw.BlockRoots = make(phase0.HistoricalBatchRoots, len(s.BlockRoots))
	raw.StateRoots = make(phase0.HistoricalBatchRoots, len(s.StateRoots))
	for i := range s.BlockRoots {
		raw.BlockRoots[i] = s.BlockRoots[i]
		raw.StateRoots[i] = s.StateRoots[i]
	}
	raw.RandaoMixes = make(phase0.RandaoMixes, len(s.RandaoMixes))
	for i := range s.RandaoMixes {
		raw.RandaoMixes[i] = s.RandaoMixes[i]
	}
	raw.Slashings = make(phase0.SlashingsHistory, len(s.Slashings))
	for i, x := range s.Slashings {
		raw.Slashings[i] = common.Gwei(x)
	}
	n := s.NumValidators()
	raw.Validators = make(phase0.ValidatorRegistry, n)
	vals := make([]phase0.Validator, n)
	raw.Balances = make(phase0.Balances, n)
	raw.PreviousEpochParticipation = make(altair.ParticipationRegistry, n)
	raw.CurrentEpochParticipation = make(altair.ParticipationRegistry, n)
	raw.InactivityScores = make(altair.InactivityScores, n)
	for i := 0; i < n; i++ {
		el, ac, ex, wd := s.Epochs(i)
		vals[i] = phase0.Validator{
			Pubkey: s.Pubkeys[i], WithdrawalCredentials: s.Credentials[i],
			EffectiveBalance: common.Gwei(s.EffectiveBalance(i)), Slashed: s.Slashed[i],
			ActivationEligibilityEpoch: common.Epoch(el), ActivationEpoch: common.Epoch(ac),
			ExitEpoch: common.Epoch(ex), WithdrawableEpoch: common.Epoch(wd),
		}
		raw.Validators[i] = &vals[i]
		raw.Balances[i] = common.Gwei(s.Balances[i])
		raw.PreviousEpochParticipation[i] = altair.ParticipationFlags(s.PrevParticipation[i])
		raw.CurrentEpochParticipation[i] = altair.ParticipationFlags(s.CurrParticipation[i])
		raw.InactivityScores[i] = view.Uint64View(s.InactivityScores[i])
	}
	raw.JustificationBits = common.JustificationBits{s.JustificationBits}
	cp := func(c sim.Checkpoint) common.Checkpoint {
		return common.Checkpoint{Epoch: common.Epoch(c.Epoch), Root: c.Root}
	}
	raw.PreviousJustifiedCheckpoint = cp(s.PreviousJustifiedCheckpoint)
	raw.CurrentJustifiedCheckpoint = cp(s.CurrentJustifiedCheckpoint)
	raw.FinalizedCheckpoint = cp(s.FinalizedCheckpoint)
	committee := func(idx []uint32) common.SyncCommittee {
		c := common.SyncCommittee{Pubkeys: make(common.SyncCommitteePubkeys, zs.SYNC_COMMITTEE_SIZE)}
		for j := range c.Pubkeys {
			if j < len(idx) {
				c.Pubkeys[j] = s.Pubkeys[idx[j]]
			} else if n > 0 {
				c.Pubkeys[j] = s.Pubkeys[0]
			}
		}
		return c
	}
	raw.CurrentSyncCommittee = committee(s.CurrentSyncCommittee)
	raw.NextSyncCommittee = committee(s.NextSyncCommittee)
	raw.HistoricalSummaries = make(capella.HistoricalSummaries, len(s.HistoricalSummaries))
	for i, h := range s.HistoricalSummaries {
		raw.HistoricalSummaries[i] = capella.HistoricalSummary{BlockSummaryRoot: h.BlockSummaryRoot, StateSummaryRoot: h.StateSummaryRoot}
	}
	var buf bytes.Buffer
	if err := raw.Serialize(zs, codec.NewEncodingWriter(&buf)); err != nil {
		return nil, fmt.Errorf("zrntref: serialize: %w", err)
	}
	size := uint64(buf.Len())
	z, err := deneb.AsBeaconStateView(deneb.BeaconStateType(zs).Deserialize(codec.NewDecodingReader(&buf, size)))
	if err != nil {
		return nil, fmt.Errorf("zrntref: deserialize: %w", err)
	}
	epc, err := common.NewEpochsContext(zs, z)
	if err != nil {
		return nil, fmt.Errorf("zrntref: epochs context: %w", err)
	}
	return &State{View: z, EPC: epc, Spec: zs}, nil
}

// Copy returns an independent copy (zrnt's tree copy shares structure).
func (z *State) Copy() (*State, error) {
	c, err := z.View.CopyState()
	if err != nil {
		return nil, err
	}
	return &State{View: c.(*deneb.BeaconStateView), EPC: z.EPC.Clone(), Spec: z.Spec}, nil
}

// ProcessEpoch runs zrnt's Deneb process_epoch.
func (z *State) ProcessEpoch() error {
	return z.View.ProcessEpoch(context.Background(), z.Spec, z.EPC)
}

// Balances returns zrnt's balances.
func (z *State) Balances() ([]uint64, error) {
	raw, err := z.View.Raw(z.Spec)
	if err != nil {
		return nil, err
	}
	out := make([]uint64, len(raw.Balances))
	for i, b := range raw.Balances {
		out[i] = uint64(b)
	}
	return out, nil
}
