// Package sszstate imports and exports SSZ-encoded BeaconStates (Deneb and
// Electra, mainnet preset) through go-eth2-client's spec types, and runs
// process_slots on them with the simulator's epoch processing, computing
// the real state and block roots of every slot (hash_tree_root of the whole
// state, as the spec's process_slot does).
package sszstate

import (
	"bytes"
	"errors"
	"fmt"
	"os"

	"github.com/attestantio/go-eth2-client/spec/altair"
	"github.com/attestantio/go-eth2-client/spec/capella"
	"github.com/attestantio/go-eth2-client/spec/deneb"
	"github.com/attestantio/go-eth2-client/spec/electra"
	"github.com/attestantio/go-eth2-client/spec/phase0"
	"github.com/holiman/uint256"
	bls "github.com/kilic/bls12-381"

	"github.com/stakepool/stakepool/beacon/sim"
	"github.com/stakepool/stakepool/beacon/spec"
)

// State is an imported BeaconState: the simulator's state plus the fields
// the simulator does not model, kept to be written back unchanged.
type State struct {
	Sim  *sim.State
	Fork spec.Fork
	den  *deneb.BeaconState   // when Fork == Deneb
	ele  *electra.BeaconState // when Fork == Electra
	// sync committee aggregates, recomputed when the committee changes
	curAgg, nextAgg phase0.BLSPubKey
	curIdx, nextIdx []uint32
}

// ForkOf reads fork.current_version (bytes 52..56 of the SSZ encoding) and
// matches it against the config's fork versions.
func ForkOf(data []byte, sp *spec.Spec) (spec.Fork, error) {
	if len(data) < 56 {
		return 0, errors.New("sszstate: too short for a BeaconState")
	}
	v := [4]byte(data[52:56])
	switch v {
	case sp.DenebForkVersion:
		return spec.Deneb, nil
	case sp.ElectraForkVersion:
		return spec.Electra, nil
	}
	return 0, fmt.Errorf("sszstate: fork.current_version %x is neither Deneb (%x) nor Electra (%x) of %s",
		v, sp.DenebForkVersion, sp.ElectraForkVersion, sp.ConfigName)
}

// Decode reads an SSZ BeaconState (mainnet preset), detecting its fork.
func Decode(data []byte) (*State, error) {
	base, err := spec.Load("mainnet", spec.Electra)
	if err != nil {
		return nil, err
	}
	fork, err := ForkOf(data, base)
	if err != nil {
		return nil, err
	}
	sp, err := spec.Load("mainnet", fork)
	if err != nil {
		return nil, err
	}
	st := &State{Fork: fork}
	var c common
	if fork == spec.Deneb {
		st.den = new(deneb.BeaconState)
		if err := st.den.UnmarshalSSZ(data); err != nil {
			return nil, fmt.Errorf("sszstate: deneb state: %w", err)
		}
		c = commonOfDeneb(st.den)
	} else {
		st.ele = new(electra.BeaconState)
		if err := st.ele.UnmarshalSSZ(data); err != nil {
			return nil, fmt.Errorf("sszstate: electra state: %w", err)
		}
		c = commonOfElectra(st.ele)
	}
	s, err := toSim(sp, &c)
	if err != nil {
		return nil, err
	}
	if fork == spec.Electra {
		e := st.ele
		s.DepositRequestsStartIndex = e.DepositRequestsStartIndex
		s.DepositBalanceToConsume = uint64(e.DepositBalanceToConsume)
		s.ExitBalanceToConsume = uint64(e.ExitBalanceToConsume)
		s.EarliestExitEpoch = uint64(e.EarliestExitEpoch)
		s.ConsolidationBalanceToConsume = uint64(e.ConsolidationBalanceToConsume)
		s.EarliestConsolidationEpoch = uint64(e.EarliestConsolidationEpoch)
		for _, d := range e.PendingDeposits {
			s.PendingDeposits = append(s.PendingDeposits, sim.PendingDeposit{Pubkey: d.Pubkey,
				WithdrawalCredentials: [32]byte(d.WithdrawalCredentials), Amount: uint64(d.Amount), Signature: d.Signature, Slot: uint64(d.Slot)})
		}
		for _, w := range e.PendingPartialWithdrawals {
			s.PendingPartialWithdrawals = append(s.PendingPartialWithdrawals, sim.PendingPartialWithdrawal{
				ValidatorIndex: uint64(w.ValidatorIndex), Amount: uint64(w.Amount), WithdrawableEpoch: uint64(w.WithdrawableEpoch)})
		}
		for _, p := range e.PendingConsolidations {
			s.PendingConsolidations = append(s.PendingConsolidations, sim.PendingConsolidation{
				SourceIndex: uint64(p.SourceIndex), TargetIndex: uint64(p.TargetIndex)})
		}
	}
	st.Sim = s
	st.curIdx, err = committeeIndices(s, c.cur)
	if err != nil {
		return nil, err
	}
	st.nextIdx, err = committeeIndices(s, c.next)
	if err != nil {
		return nil, err
	}
	s.CurrentSyncCommittee, s.NextSyncCommittee = append([]uint32(nil), st.curIdx...), append([]uint32(nil), st.nextIdx...)
	st.curAgg, st.nextAgg = c.cur.AggregatePubkey, c.next.AggregatePubkey
	return st, nil
}

// common points at the fields Deneb and Electra states share.
type common struct {
	genesisTime           uint64
	genesisValidatorsRoot phase0.Root
	slot                  phase0.Slot
	blockRoots            []phase0.Root
	stateRoots            []phase0.Root
	eth1DepositIndex      uint64
	validators            []*phase0.Validator
	balances              []phase0.Gwei
	randao                []phase0.Root
	slashings             []phase0.Gwei
	prevPart, curPart     []altair.ParticipationFlags
	bits                  []byte
	pj, cj, fin           *phase0.Checkpoint
	scores                []uint64
	cur, next             *altair.SyncCommittee
	nextWithdrawal        capella.WithdrawalIndex
	nextWithdrawalVal     phase0.ValidatorIndex
	summaries             []*capella.HistoricalSummary
}

func commonOfDeneb(b *deneb.BeaconState) common {
	return common{b.GenesisTime, b.GenesisValidatorsRoot, b.Slot, b.BlockRoots, b.StateRoots, b.ETH1DepositIndex,
		b.Validators, b.Balances, b.RANDAOMixes, b.Slashings, b.PreviousEpochParticipation, b.CurrentEpochParticipation,
		b.JustificationBits, b.PreviousJustifiedCheckpoint, b.CurrentJustifiedCheckpoint, b.FinalizedCheckpoint,
		b.InactivityScores, b.CurrentSyncCommittee, b.NextSyncCommittee, b.NextWithdrawalIndex, b.NextWithdrawalValidatorIndex,
		b.HistoricalSummaries}
}

func commonOfElectra(b *electra.BeaconState) common {
	return common{b.GenesisTime, b.GenesisValidatorsRoot, b.Slot, b.BlockRoots, b.StateRoots, b.ETH1DepositIndex,
		b.Validators, b.Balances, b.RANDAOMixes, b.Slashings, b.PreviousEpochParticipation, b.CurrentEpochParticipation,
		b.JustificationBits, b.PreviousJustifiedCheckpoint, b.CurrentJustifiedCheckpoint, b.FinalizedCheckpoint,
		b.InactivityScores, b.CurrentSyncCommittee, b.NextSyncCommittee, b.NextWithdrawalIndex, b.NextWithdrawalValidatorIndex,
		b.HistoricalSummaries}
}

func toSim(sp *spec.Spec, c *common) (*sim.State, error) {
	s := sim.NewState(sp)
	s.GenesisTime, s.GenesisValidatorsRoot, s.Slot = c.genesisTime, c.genesisValidatorsRoot, uint64(c.slot)
	if len(c.blockRoots) != len(s.BlockRoots) || len(c.randao) != len(s.RandaoMixes) || len(c.slashings) != len(s.Slashings) {
		return nil, errors.New("sszstate: vector sizes do not match the mainnet preset")
	}
	for i := range s.BlockRoots {
		s.BlockRoots[i], s.StateRoots[i] = c.blockRoots[i], c.stateRoots[i]
	}
	for i := range s.RandaoMixes {
		s.RandaoMixes[i] = c.randao[i]
	}
	for i := range s.Slashings {
		s.Slashings[i] = uint64(c.slashings[i])
	}
	n := len(c.validators)
	if len(c.balances) != n || len(c.prevPart) != n || len(c.curPart) != n || len(c.scores) != n {
		return nil, errors.New("sszstate: registry lists of different lengths")
	}
	inc := sp.EffectiveBalanceIncrement
	for i, v := range c.validators {
		if uint64(v.EffectiveBalance)%inc != 0 || uint64(v.EffectiveBalance)/inc > 0xFFFF {
			return nil, fmt.Errorf("sszstate: validator %d: effective balance %d not a multiple of the increment", i, v.EffectiveBalance)
		}
		for _, e := range []phase0.Epoch{v.ActivationEligibilityEpoch, v.ActivationEpoch, v.ExitEpoch, v.WithdrawableEpoch} {
			if uint64(e) != spec.FarFutureEpoch && uint64(e) >= 1<<32-1 {
				return nil, fmt.Errorf("sszstate: validator %d: epoch %d out of the simulator's range", i, e)
			}
		}
		if c.scores[i] >= 1<<32-1<<20 {
			return nil, fmt.Errorf("sszstate: validator %d: inactivity score %d out of the simulator's range", i, c.scores[i])
		}
		s.AppendValidator(v.PublicKey, [32]byte(v.WithdrawalCredentials), uint64(c.balances[i]), uint64(v.EffectiveBalance), v.Slashed,
			uint64(v.ActivationEligibilityEpoch), uint64(v.ActivationEpoch), uint64(v.ExitEpoch), uint64(v.WithdrawableEpoch))
		s.PrevParticipation[i], s.CurrParticipation[i] = uint8(c.prevPart[i]), uint8(c.curPart[i])
		s.InactivityScores[i] = uint32(c.scores[i])
	}
	if len(c.bits) > 0 {
		s.JustificationBits = c.bits[0] & 0x0F
	}
	s.PreviousJustifiedCheckpoint = sim.Checkpoint{Epoch: uint64(c.pj.Epoch), Root: c.pj.Root}
	s.CurrentJustifiedCheckpoint = sim.Checkpoint{Epoch: uint64(c.cj.Epoch), Root: c.cj.Root}
	s.FinalizedCheckpoint = sim.Checkpoint{Epoch: uint64(c.fin.Epoch), Root: c.fin.Root}
	s.NextWithdrawalIndex, s.NextWithdrawalValidatorIndex = uint64(c.nextWithdrawal), uint64(c.nextWithdrawalVal)
	s.Eth1DepositIndex = c.eth1DepositIndex
	for _, h := range c.summaries {
		s.HistoricalSummaries = append(s.HistoricalSummaries, sim.HistoricalSummary{BlockSummaryRoot: h.BlockSummaryRoot, StateSummaryRoot: h.StateSummaryRoot})
	}
	return s, nil
}

func committeeIndices(s *sim.State, c *altair.SyncCommittee) ([]uint32, error) {
	out := make([]uint32, len(c.Pubkeys))
	for j, pk := range c.Pubkeys {
		i, ok := s.IndexOf(pk)
		if !ok {
			return nil, fmt.Errorf("sszstate: sync committee member %d is not in the registry", j)
		}
		out[j] = uint32(i)
	}
	return out, nil
}

// aggregate is eth_aggregate_pubkeys over the members' pubkeys.
func aggregate(s *sim.State, idx []uint32) (phase0.BLSPubKey, error) {
	g := bls.NewG1()
	acc := g.Zero()
	for _, i := range idx {
		p, err := g.FromCompressed(s.Pubkeys[i][:])
		if err != nil {
			return phase0.BLSPubKey{}, fmt.Errorf("sszstate: pubkey of validator %d: %w", i, err)
		}
		g.Add(acc, acc, p)
	}
	var out phase0.BLSPubKey
	copy(out[:], g.ToCompressed(acc))
	return out, nil
}

func equalIdx(a, b []uint32) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

func (st *State) committee(idx []uint32, known []uint32, knownAgg phase0.BLSPubKey) (*altair.SyncCommittee, error) {
	c := &altair.SyncCommittee{Pubkeys: make([]phase0.BLSPubKey, len(idx))}
	for j, i := range idx {
		c.Pubkeys[j] = st.Sim.Pubkeys[i]
	}
	if equalIdx(idx, known) {
		c.AggregatePubkey = knownAgg
		return c, nil
	}
	agg, err := aggregate(st.Sim, idx)
	c.AggregatePubkey = agg
	return c, err
}

// sync writes the simulator's state into the go-eth2-client struct.
func (st *State) sync() error {
	s := st.Sim
	cur, err := st.committee(s.CurrentSyncCommittee, st.curIdx, st.curAgg)
	if err != nil {
		return err
	}
	if !equalIdx(s.CurrentSyncCommittee, st.curIdx) {
		st.curIdx, st.curAgg = append([]uint32(nil), s.CurrentSyncCommittee...), cur.AggregatePubkey
	}
	next, err := st.committee(s.NextSyncCommittee, st.nextIdx, st.nextAgg)
	if err != nil {
		return err
	}
	if !equalIdx(s.NextSyncCommittee, st.nextIdx) {
		st.nextIdx, st.nextAgg = append([]uint32(nil), s.NextSyncCommittee...), next.AggregatePubkey
	}
	n := s.NumValidators()
	vals := make([]*phase0.Validator, n)
	balances := make([]phase0.Gwei, n)
	prevP := make([]altair.ParticipationFlags, n)
	curP := make([]altair.ParticipationFlags, n)
	scores := make([]uint64, n)
	flat := make([]phase0.Validator, n)
	for i := 0; i < n; i++ {
		el, ac, ex, wd := s.Epochs(i)
		flat[i] = phase0.Validator{PublicKey: s.Pubkeys[i], WithdrawalCredentials: append([]byte(nil), s.Credentials[i][:]...),
			EffectiveBalance: phase0.Gwei(s.EffectiveBalance(i)), Slashed: s.Slashed[i],
			ActivationEligibilityEpoch: phase0.Epoch(el), ActivationEpoch: phase0.Epoch(ac), ExitEpoch: phase0.Epoch(ex), WithdrawableEpoch: phase0.Epoch(wd)}
		vals[i] = &flat[i]
		balances[i] = phase0.Gwei(s.Balances[i])
		prevP[i], curP[i] = altair.ParticipationFlags(s.PrevParticipation[i]), altair.ParticipationFlags(s.CurrParticipation[i])
		scores[i] = uint64(s.InactivityScores[i])
	}
	roots := func(r [][32]byte) []phase0.Root {
		out := make([]phase0.Root, len(r))
		for i := range r {
			out[i] = r[i]
		}
		return out
	}
	slashings := make([]phase0.Gwei, len(s.Slashings))
	for i, x := range s.Slashings {
		slashings[i] = phase0.Gwei(x)
	}
	cp := func(c sim.Checkpoint) *phase0.Checkpoint {
		return &phase0.Checkpoint{Epoch: phase0.Epoch(c.Epoch), Root: c.Root}
	}
	summaries := make([]*capella.HistoricalSummary, len(s.HistoricalSummaries))
	for i, h := range s.HistoricalSummaries {
		summaries[i] = &capella.HistoricalSummary{BlockSummaryRoot: h.BlockSummaryRoot, StateSummaryRoot: h.StateSummaryRoot}
	}
	bits := []byte{s.JustificationBits}
	if st.Fork == spec.Deneb {
		b := st.den
		b.Slot, b.BlockRoots, b.StateRoots, b.Validators, b.Balances = phase0.Slot(s.Slot), roots(s.BlockRoots), roots(s.StateRoots), vals, balances
		b.RANDAOMixes, b.Slashings, b.PreviousEpochParticipation, b.CurrentEpochParticipation = roots(s.RandaoMixes), slashings, prevP, curP
		b.JustificationBits, b.InactivityScores = bits, scores
		b.PreviousJustifiedCheckpoint, b.CurrentJustifiedCheckpoint, b.FinalizedCheckpoint = cp(s.PreviousJustifiedCheckpoint), cp(s.CurrentJustifiedCheckpoint), cp(s.FinalizedCheckpoint)
		b.CurrentSyncCommittee, b.NextSyncCommittee = cur, next
		b.NextWithdrawalIndex, b.NextWithdrawalValidatorIndex = capella.WithdrawalIndex(s.NextWithdrawalIndex), phase0.ValidatorIndex(s.NextWithdrawalValidatorIndex)
		b.HistoricalSummaries, b.ETH1DepositIndex = summaries, s.Eth1DepositIndex
		return nil
	}
	b := st.ele
	b.Slot, b.BlockRoots, b.StateRoots, b.Validators, b.Balances = phase0.Slot(s.Slot), roots(s.BlockRoots), roots(s.StateRoots), vals, balances
	b.RANDAOMixes, b.Slashings, b.PreviousEpochParticipation, b.CurrentEpochParticipation = roots(s.RandaoMixes), slashings, prevP, curP
	b.JustificationBits, b.InactivityScores = bits, scores
	b.PreviousJustifiedCheckpoint, b.CurrentJustifiedCheckpoint, b.FinalizedCheckpoint = cp(s.PreviousJustifiedCheckpoint), cp(s.CurrentJustifiedCheckpoint), cp(s.FinalizedCheckpoint)
	b.CurrentSyncCommittee, b.NextSyncCommittee = cur, next
	b.NextWithdrawalIndex, b.NextWithdrawalValidatorIndex = capella.WithdrawalIndex(s.NextWithdrawalIndex), phase0.ValidatorIndex(s.NextWithdrawalValidatorIndex)
	b.HistoricalSummaries, b.ETH1DepositIndex = summaries, s.Eth1DepositIndex
	b.DepositRequestsStartIndex = s.DepositRequestsStartIndex
	b.DepositBalanceToConsume, b.ExitBalanceToConsume = phase0.Gwei(s.DepositBalanceToConsume), phase0.Gwei(s.ExitBalanceToConsume)
	b.EarliestExitEpoch, b.ConsolidationBalanceToConsume = phase0.Epoch(s.EarliestExitEpoch), phase0.Gwei(s.ConsolidationBalanceToConsume)
	b.EarliestConsolidationEpoch = phase0.Epoch(s.EarliestConsolidationEpoch)
	b.PendingDeposits = make([]*electra.PendingDeposit, len(s.PendingDeposits))
	for i, d := range s.PendingDeposits {
		b.PendingDeposits[i] = &electra.PendingDeposit{Pubkey: d.Pubkey, WithdrawalCredentials: append([]byte(nil), d.WithdrawalCredentials[:]...),
			Amount: phase0.Gwei(d.Amount), Signature: d.Signature, Slot: phase0.Slot(d.Slot)}
	}
	b.PendingPartialWithdrawals = make([]*electra.PendingPartialWithdrawal, len(s.PendingPartialWithdrawals))
	for i, w := range s.PendingPartialWithdrawals {
		b.PendingPartialWithdrawals[i] = &electra.PendingPartialWithdrawal{ValidatorIndex: phase0.ValidatorIndex(w.ValidatorIndex),
			Amount: phase0.Gwei(w.Amount), WithdrawableEpoch: phase0.Epoch(w.WithdrawableEpoch)}
	}
	b.PendingConsolidations = make([]*electra.PendingConsolidation, len(s.PendingConsolidations))
	for i, p := range s.PendingConsolidations {
		b.PendingConsolidations[i] = &electra.PendingConsolidation{SourceIndex: phase0.ValidatorIndex(p.SourceIndex), TargetIndex: phase0.ValidatorIndex(p.TargetIndex)}
	}
	return nil
}

func (st *State) header() *phase0.BeaconBlockHeader {
	if st.den != nil {
		return st.den.LatestBlockHeader
	}
	return st.ele.LatestBlockHeader
}

// HashTreeRoot is hash_tree_root(state).
func (st *State) HashTreeRoot() ([32]byte, error) {
	if err := st.sync(); err != nil {
		return [32]byte{}, err
	}
	if st.den != nil {
		return st.den.HashTreeRoot()
	}
	return st.ele.HashTreeRoot()
}

// ProcessSlots is process_slots(state, slot) with empty slots: each
// process_slot stores hash_tree_root(state) and the latest block header's
// root, and process_epoch runs at each epoch's last slot (eth1 votes are
// reset at voting-period boundaries, as process_eth1_data_reset does).
func (st *State) ProcessSlots(slot uint64) error {
	s := st.Sim
	if slot <= s.Slot {
		return fmt.Errorf("sszstate: target slot %d is not after the state's slot %d", slot, s.Slot)
	}
	sp := s.Spec
	for s.Slot < slot {
		root, err := st.HashTreeRoot()
		if err != nil {
			return err
		}
		s.StateRoots[s.Slot%sp.SlotsPerHistoricalRoot] = root
		h := st.header()
		if h.StateRoot == (phase0.Root{}) {
			h.StateRoot = root
		}
		br, err := h.HashTreeRoot()
		if err != nil {
			return err
		}
		s.BlockRoots[s.Slot%sp.SlotsPerHistoricalRoot] = br
		if (s.Slot+1)%sp.SlotsPerEpoch == 0 {
			s.ProcessEpoch()
			if (s.CurrentEpoch()+1)%sp.EpochsPerEth1VotingPeriod == 0 {
				if st.den != nil {
					st.den.ETH1DataVotes = nil
				} else {
					st.ele.ETH1DataVotes = nil
				}
			}
		}
		s.Slot++
	}
	return st.sync()
}

// Encode writes the state as SSZ.
func (st *State) Encode() ([]byte, error) {
	if err := st.sync(); err != nil {
		return nil, err
	}
	var buf bytes.Buffer
	var out []byte
	var err error
	if st.den != nil {
		out, err = st.den.MarshalSSZ()
	} else {
		out, err = st.ele.MarshalSSZ()
	}
	buf.Write(out)
	return buf.Bytes(), err
}

// ReadFile decodes the SSZ state in the file at path.
func ReadFile(path string) (*State, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	return Decode(data)
}

// WriteFile writes the state as SSZ to the file at path and says how many
// bytes it wrote.
func (st *State) WriteFile(path string) (int, error) {
	enc, err := st.Encode()
	if err != nil {
		return 0, err
	}
	return len(enc), os.WriteFile(path, enc, 0o644)
}

// FromSim wraps a simulator state for export (a zero latest block header,
// eth1 data and execution payload header; sync committee aggregates
// computed from the pubkeys, which must then be curve points).
func FromSim(s *sim.State) (*State, error) {
	return FromSimWith(&State{Sim: s, Fork: s.Spec.Fork})
}

// FromSimWith is FromSim for a State whose Sim is set; curIdx/nextIdx with
// their aggregates may be preset (tests with placeholder pubkeys).
func FromSimWith(st *State) (*State, error) {
	s := st.Sim
	sp := s.Spec
	fork := &phase0.Fork{PreviousVersion: sp.CapellaForkVersion, CurrentVersion: sp.DenebForkVersion, Epoch: phase0.Epoch(sp.DenebForkEpoch)}
	if sp.Fork == spec.Electra {
		fork = &phase0.Fork{PreviousVersion: sp.DenebForkVersion, CurrentVersion: sp.ElectraForkVersion, Epoch: phase0.Epoch(sp.ElectraForkEpoch)}
	}
	header := &phase0.BeaconBlockHeader{}
	eth1 := &phase0.ETH1Data{DepositCount: s.Eth1DepositIndex, BlockHash: make([]byte, 32)}
	payload := &deneb.ExecutionPayloadHeader{BaseFeePerGas: new(uint256.Int), ExtraData: []byte{}}
	if sp.Fork == spec.Deneb {
		st.den = &deneb.BeaconState{GenesisTime: s.GenesisTime, GenesisValidatorsRoot: s.GenesisValidatorsRoot, Fork: fork,
			LatestBlockHeader: header, ETH1Data: eth1, LatestExecutionPayloadHeader: payload, HistoricalRoots: []phase0.Root{}}
	} else {
		st.ele = &electra.BeaconState{GenesisTime: s.GenesisTime, GenesisValidatorsRoot: s.GenesisValidatorsRoot, Fork: fork,
			LatestBlockHeader: header, ETH1Data: eth1, LatestExecutionPayloadHeader: payload, HistoricalRoots: []phase0.Root{}}
	}
	return st, st.sync()
}
