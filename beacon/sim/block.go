package sim

import (
	"crypto/sha256"
	"encoding/binary"
	"errors"
	"fmt"
	"slices"

	"github.com/stakepool/stakepool/beacon/spec"
)

// Attestation is an aggregate attestation already resolved to its attesting
// indices (the simulator does not model committees or signatures); the
// indices must be distinct (the spec's attesting set is a set). The
// source vote is assumed correct (otherwise the attestation is invalid).
type Attestation struct {
	Slot          uint64   // data.slot
	Attesters     []uint32 // attesting validator indices (no duplicates)
	TargetCorrect bool     // data.target.root matches
	HeadCorrect   bool     // data.beacon_block_root matches
}

// Deposit is DepositData (Deneb: an Eth1-bridge deposit; Electra: a
// deposit request, EIP-6110).
type Deposit struct {
	Pubkey                [48]byte
	WithdrawalCredentials [32]byte
	Amount                uint64
	Signature             [96]byte
}

// WithdrawalRequest is the electra EIP-7002 request (amount 0: full exit).
type WithdrawalRequest struct {
	SourceAddress   [20]byte
	ValidatorPubkey [48]byte
	Amount          uint64
}

// ConsolidationRequest is the electra EIP-7251 request (source == target:
// switch to compounding credentials).
type ConsolidationRequest struct {
	SourceAddress [20]byte
	SourcePubkey  [48]byte
	TargetPubkey  [48]byte
}

// Block is what the simulator needs of one beacon block.
type Block struct {
	Attestations []Attestation
	// SyncBits is the sync aggregate's bitvector (bit i = byte i/8, bit
	// i%8), SYNC_COMMITTEE_SIZE bits; nil means every member signed.
	SyncBits []byte
	// SyncByEpoch says the sync committee's signatures are accounted once
	// an epoch by the Chain (DutiesBatched, batched.go): the block carries
	// no sync aggregate to process.
	SyncByEpoch           bool
	ProposerSlashings     []uint64 // indices of validators slashed in this block (whistleblower: proposer)
	Deposits              []Deposit
	VoluntaryExits        []uint64
	WithdrawalRequests    []WithdrawalRequest
	ConsolidationRequests []ConsolidationRequest
	// ExecutionReward is the block's execution-layer reward (priority fees
	// and MEV) credited to FeeRecipient; a zero FeeRecipient means the
	// proposer's own withdrawal address (when it has one).
	ExecutionReward uint64
	FeeRecipient    [20]byte
	// ExecutionBlockHash is the execution payload's block hash when a real
	// execution layer built it (zero: the simulator models the payload); the
	// block root then commits to it.
	ExecutionBlockHash [32]byte
}

// Errors of block processing.
var (
	ErrInvalidAttestation = errors.New("sim: invalid attestation")
	ErrInvalidExit        = errors.New("sim: invalid voluntary exit")
)

// ProcessSlots is process_slots: it advances to slot, running process_slot
// and, at each epoch's last slot, ProcessEpoch. The simulator does not
// merkleize its state: state_roots stay as they are and an empty slot
// repeats the previous block root (as the spec does for the latest header).
func (s *State) ProcessSlots(slot uint64) {
	sp := s.Spec
	for s.Slot < slot {
		// process_slot: block_roots[slot] = root of the latest block
		if s.latestBlockRoot == ([32]byte{}) && s.Slot > 0 {
			s.latestBlockRoot = s.BlockRoots[(s.Slot-1)%sp.SlotsPerHistoricalRoot]
		}
		s.BlockRoots[s.Slot%sp.SlotsPerHistoricalRoot] = s.latestBlockRoot
		if (s.Slot+1)%sp.SlotsPerEpoch == 0 {
			s.ProcessEpoch()
		}
		s.Slot++
	}
}

// activeIndices caches get_active_validator_indices for the current epoch.
func (s *State) activeIndices() []uint32 {
	if s.activeCache == nil || s.activeCacheEpoch != s.CurrentEpoch() {
		if d := &s.duties; d.nextActive != nil && d.nextEpoch == s.CurrentEpoch() {
			s.setActiveCache(s.CurrentEpoch(), d.nextActive) // the snapshot taken one epoch ahead (dutyCache)
		} else if s.Duties == DutiesBatched {
			// no committees keep a spare list: reuse the last epoch's
			buf := s.duties.spareActive
			s.duties.spareActive = nil
			s.setActiveCache(s.CurrentEpoch(), s.activeIndicesInto(s.CurrentEpoch(), buf))
		} else {
			s.setActiveCache(s.CurrentEpoch(), s.ActiveIndices(s.CurrentEpoch()))
		}
	}
	return s.activeCache
}

// Proposer is get_beacon_proposer_index at the current slot (cached per
// epoch; DutiesSampled: see DutyMode).
func (s *State) Proposer() uint32 { return s.proposerOf(s.Slot) }

// ApplyBlock processes a block at the current slot (call ProcessSlots
// first), in the spec's order: withdrawals, execution payload (fee
// recipient credit), randao, operations (proposer slashings, attestations,
// deposits, voluntary exits, Electra requests), sync aggregate.
// Invalid operations are skipped and reported in the returned error (joined);
// valid ones are applied.
func (s *State) ApplyBlock(b *Block) error {
	sp := s.Spec
	proposer := s.Proposer()
	var errs []error

	// process_withdrawals
	ws, partials := s.expectedWithdrawals(s.scratch.withdrawals)
	s.scratch.withdrawals = ws
	// a run of withdrawals to one address is credited once (the same sum)
	var runAddr [20]byte
	var runAmount uint64
	for j, w := range ws {
		decrease(&s.Balances[w.ValidatorIndex], w.Amount)
		if j > 0 && !sameAddress(&w.Address, &runAddr) {
			s.credit(&s.credWithdrawals, runAddr, runAmount)
			runAmount = 0
		}
		runAddr = w.Address
		runAmount += w.Amount
	}
	if len(ws) > 0 {
		s.credit(&s.credWithdrawals, runAddr, runAmount)
		s.NextWithdrawalIndex = ws[len(ws)-1].Index + 1
	}
	if sp.Fork == spec.Electra && partials > 0 {
		s.PendingPartialWithdrawals = append([]PendingPartialWithdrawal(nil), s.PendingPartialWithdrawals[partials:]...)
	}
	n := uint64(len(s.Balances))
	if n > 0 {
		if uint64(len(ws)) == sp.MaxWithdrawalsPerPayload {
			s.NextWithdrawalValidatorIndex = (ws[len(ws)-1].ValidatorIndex + 1) % n
		} else {
			s.NextWithdrawalValidatorIndex = (s.NextWithdrawalValidatorIndex + sp.MaxValidatorsPerWithdrawalsSweep) % n
		}
	}

	// execution payload: the EL reward goes to the fee recipient
	if b.ExecutionReward > 0 {
		fr := b.FeeRecipient
		if fr == ([20]byte{}) && sp.HasExecutionWithdrawalCredential(s.Credentials[proposer][0]) {
			copy(fr[:], s.Credentials[proposer][12:])
		}
		s.credit(&s.credFees, fr, b.ExecutionReward)
	}

	// process_randao: the reveal is a signature; the simulator mixes in a
	// hash of (slot, proposer) instead.
	var buf [16]byte
	binary.LittleEndian.PutUint64(buf[:8], s.Slot)
	binary.LittleEndian.PutUint64(buf[8:], uint64(proposer))
	h := sha256.Sum256(buf[:])
	mix := &s.RandaoMixes[s.CurrentEpoch()%sp.EpochsPerHistoricalVector]
	for i := range mix {
		mix[i] ^= h[i]
	}

	for _, idx := range b.ProposerSlashings {
		if err := s.SlashValidator(idx, proposer); err != nil {
			errs = append(errs, err)
		}
	}
	for i := range b.Attestations {
		if err := s.processAttestation(&b.Attestations[i], proposer); err != nil {
			errs = append(errs, err)
		}
	}
	if sp.Fork == spec.Deneb {
		for _, d := range b.Deposits {
			s.processDeposit(d)
		}
	}
	for _, idx := range b.VoluntaryExits {
		if err := s.ProcessVoluntaryExit(idx); err != nil {
			errs = append(errs, err)
		}
	}
	if sp.Fork == spec.Electra {
		// execution requests, in process_operations' order: deposits, withdrawals, consolidations
		for _, d := range b.Deposits {
			s.processDeposit(d)
		}
		for _, r := range b.WithdrawalRequests {
			s.ProcessWithdrawalRequest(r)
		}
		for _, r := range b.ConsolidationRequests {
			s.ProcessConsolidationRequest(r)
		}
	}
	if !b.SyncByEpoch {
		s.processSyncAggregate(b.SyncBits, proposer)
	}

	// block root: a hash standing for hash_tree_root(block)
	var rb [56]byte
	binary.LittleEndian.PutUint64(rb[:8], s.Slot)
	binary.LittleEndian.PutUint64(rb[8:16], uint64(proposer))
	binary.LittleEndian.PutUint64(rb[16:24], 0x626c6f636b)
	size := 24
	if b.ExecutionBlockHash != ([32]byte{}) {
		size += copy(rb[24:], b.ExecutionBlockHash[:])
	}
	s.latestBlockRoot = sha256.Sum256(rb[:size])
	return errors.Join(errs...)
}

// sameAddress is a == b in three loads (the compiler's comparison of
// [20]byte is a call to memequal: 2% of a Monte Carlo run, once a
// withdrawal).
func sameAddress(a, b *[20]byte) bool {
	return binary.LittleEndian.Uint64(a[:8]) == binary.LittleEndian.Uint64(b[:8]) &&
		binary.LittleEndian.Uint64(a[8:16]) == binary.LittleEndian.Uint64(b[8:16]) &&
		binary.LittleEndian.Uint32(a[16:]) == binary.LittleEndian.Uint32(b[16:])
}

// processAttestation is process_attestation (altair, with deneb's EIP-7045
// inclusion window; electra keeps the rules).
func (s *State) processAttestation(a *Attestation, proposer uint32) error {
	sp := s.Spec
	cur, prev := s.CurrentEpoch(), s.PreviousEpoch()
	target := a.Slot / sp.SlotsPerEpoch
	if target != cur && target != prev {
		return fmt.Errorf("%w: target epoch %d not in {%d, %d}", ErrInvalidAttestation, target, prev, cur)
	}
	if a.Slot+sp.MinAttestationInclusionDelay > s.Slot {
		return fmt.Errorf("%w: slot %d included at %d", ErrInvalidAttestation, a.Slot, s.Slot)
	}
	delay := s.Slot - a.Slot
	var flags uint8
	if delay <= IntegerSquareRoot(sp.SlotsPerEpoch) {
		flags |= FlagSource
	}
	if a.TargetCorrect {
		flags |= FlagTarget
		if a.HeadCorrect && delay == sp.MinAttestationInclusionDelay {
			flags |= FlagHead
		}
	}
	part := s.CurrParticipation
	if target == prev {
		part = s.PrevParticipation
	}
	// every index is checked before any flag is set (chunks in parallel)
	bad := make([]bool, s.chunkCount(len(a.Attesters)))
	s.parallel(len(a.Attesters), func(k, lo, hi int) {
		var top uint32
		for _, i := range a.Attesters[lo:hi] {
			top = max(top, i)
		}
		bad[k] = hi > lo && int(top) >= len(part)
	})
	if slices.Contains(bad, true) {
		return fmt.Errorf("%w: an attester index is not below %d", ErrInvalidAttestation, len(part))
	}
	// proposer_reward_numerator = Σ base_reward · weight over the flags
	// newly set; base_reward = increments · base_reward_per_increment, so
	// the sum is base_reward_per_increment · Σ increments · weight(newFlags)
	// (exact: no division inside the sum).
	var weightOf [8]uint64
	for nf := range weightOf {
		for f := 0; f < 3; f++ {
			if nf&(1<<f) != 0 {
				weightOf[nf] += spec.ParticipationFlagWeights[f]
			}
		}
	}
	// attesters are distinct, so chunks of the list touch disjoint flags
	// and their partial sums add up in any order
	eff := s.EffInc[:len(part)]
	sums := make([]uint64, s.chunkCount(len(a.Attesters)))
	s.parallel(len(a.Attesters), func(k, lo, hi int) {
		var w uint64
		for _, i := range a.Attesters[lo:hi] {
			newFlags := flags &^ part[i]
			part[i] |= newFlags
			w += uint64(eff[i]) * weightOf[newFlags&7]
		}
		sums[k] = w
	})
	var incWeight uint64
	for _, w := range sums {
		incWeight += w
	}
	num := incWeight * s.BaseRewardPerIncrement()
	den := uint64((spec.WeightDenominator - spec.ProposerWeight) * spec.WeightDenominator / spec.ProposerWeight)
	increase(&s.Balances[proposer], num/den)
	return nil
}

// SyncRewards returns (participant_reward, proposer_reward) of
// process_sync_aggregate for the current epoch.
func (s *State) SyncRewards() (participant, proposer uint64) {
	sp := s.Spec
	activeIncs := s.TotalActiveBalance() / sp.EffectiveBalanceIncrement
	totalBase := s.BaseRewardPerIncrement() * activeIncs
	maxParticipant := totalBase * spec.SyncRewardWeight / spec.WeightDenominator / sp.SlotsPerEpoch
	participant = maxParticipant / sp.SyncCommitteeSize
	proposer = participant * spec.ProposerWeight / (spec.WeightDenominator - spec.ProposerWeight)
	return
}

// processSyncAggregate is process_sync_aggregate (altair) without the
// signature check.
func (s *State) processSyncAggregate(bits []byte, proposer uint32) {
	if len(s.CurrentSyncCommittee) == 0 {
		return
	}
	pr, prop := s.SyncRewards()
	// The proposer's rewards are added up and credited before any change
	// of its own balance as a member, and at the end: the same balances as
	// the spec's increase per participant (only a decrease, floored at 0,
	// could tell the order apart, and it sees the same balance).
	var owed uint64
	bal := s.Balances
	com := s.CurrentSyncCommittee
	if bits != nil && len(bits)*8 >= len(com) && !slices.Contains(com, proposer) {
		// the usual case: the proposer is not a member, so its rewards may
		// be summed in any order; whole bytes of set bits eight at a time
		var set uint64
		for b := 0; b < len(com)/8; b++ {
			m := com[b*8 : b*8+8 : b*8+8]
			if x := bits[b]; x == 0xFF {
				increase(&bal[m[0]], pr)
				increase(&bal[m[1]], pr)
				increase(&bal[m[2]], pr)
				increase(&bal[m[3]], pr)
				increase(&bal[m[4]], pr)
				increase(&bal[m[5]], pr)
				increase(&bal[m[6]], pr)
				increase(&bal[m[7]], pr)
				set += 8
			} else {
				for h, i := range m {
					if x&(1<<h) != 0 {
						increase(&bal[i], pr)
						set++
					} else {
						decrease(&bal[i], pr)
					}
				}
			}
		}
		for j := len(com) / 8 * 8; j < len(com); j++ {
			if bits[j/8]&(1<<(j%8)) != 0 {
				increase(&bal[com[j]], pr)
				set++
			} else {
				decrease(&bal[com[j]], pr)
			}
		}
		increase(&bal[proposer], set*prop)
		return
	}
	for j, i := range s.CurrentSyncCommittee {
		set := bits == nil || (j/8 < len(bits) && bits[j/8]&(1<<(j%8)) != 0)
		if i == proposer {
			increase(&bal[proposer], owed)
			owed = 0
		}
		if set {
			increase(&bal[i], pr)
			owed += prop
		} else {
			decrease(&bal[i], pr)
		}
	}
	increase(&bal[proposer], owed)
}

// processDeposit is process_deposit/apply_deposit (Deneb, without the
// Merkle proof) or process_deposit_request (Electra).
func (s *State) processDeposit(d Deposit) {
	if s.Spec.Fork == spec.Electra {
		if s.DepositRequestsStartIndex == spec.UnsetDepositRequestsStartIndex {
			s.DepositRequestsStartIndex = s.Eth1DepositIndex
		}
		s.PendingDeposits = append(s.PendingDeposits, PendingDeposit{
			Pubkey: d.Pubkey, WithdrawalCredentials: d.WithdrawalCredentials,
			Amount: d.Amount, Signature: d.Signature, Slot: s.Slot,
		})
		return
	}
	s.Eth1DepositIndex++
	if i, ok := s.IndexOf(d.Pubkey); ok {
		increase(&s.Balances[i], d.Amount)
		return
	}
	if s.verifier().VerifyDeposit(d.Pubkey, d.WithdrawalCredentials, d.Amount, d.Signature) {
		s.addValidatorToRegistry(d.Pubkey, d.WithdrawalCredentials, d.Amount)
	}
}

// PendingBalanceToWithdraw is get_pending_balance_to_withdraw (electra).
func (s *State) PendingBalanceToWithdraw(i uint64) uint64 {
	var sum uint64
	for _, w := range s.PendingPartialWithdrawals {
		if w.ValidatorIndex == i {
			sum += w.Amount
		}
	}
	return sum
}

// ProcessVoluntaryExit is process_voluntary_exit without the signature
// (exit.epoch = current epoch).
func (s *State) ProcessVoluntaryExit(idx uint64) error {
	cur := s.CurrentEpoch()
	if idx >= uint64(len(s.Balances)) {
		return fmt.Errorf("%w: unknown validator %d", ErrInvalidExit, idx)
	}
	i := int(idx)
	switch {
	case !s.IsActive(i, cur):
		return fmt.Errorf("%w: validator %d is not active", ErrInvalidExit, i)
	case s.ExitEpoch[i] != far32:
		return fmt.Errorf("%w: validator %d already exiting", ErrInvalidExit, i)
	case cur < ep64(s.ActivationEpoch[i])+s.Spec.ShardCommitteePeriod:
		return fmt.Errorf("%w: validator %d active for less than SHARD_COMMITTEE_PERIOD", ErrInvalidExit, i)
	case s.Spec.Fork == spec.Electra && s.PendingBalanceToWithdraw(idx) != 0:
		return fmt.Errorf("%w: validator %d has pending partial withdrawals", ErrInvalidExit, i)
	}
	s.InitiateValidatorExit(i)
	return nil
}

// SlashValidator is slash_validator with the proposer as whistleblower
// (Deneb: bellatrix quotients; Electra: EIP-7251 quotients).
func (s *State) SlashValidator(idx uint64, proposer uint32) error {
	sp := s.Spec
	if idx >= uint64(len(s.Balances)) {
		return fmt.Errorf("sim: slashing unknown validator %d", idx)
	}
	i := int(idx)
	cur := s.CurrentEpoch()
	if s.Slashed[i] || !(ep64(s.ActivationEpoch[i]) <= cur && cur < ep64(s.WithdrawableEpoch[i])) {
		return fmt.Errorf("sim: validator %d is not slashable", i)
	}
	s.InitiateValidatorExit(i)
	s.Slashed[i] = true
	s.slashCount++
	s.unstable(i)
	s.WithdrawableEpoch[i] = ep32(max(ep64(s.WithdrawableEpoch[i]), cur+sp.EpochsPerSlashingsVector))
	eb := s.EffectiveBalance(i)
	s.Slashings[cur%sp.EpochsPerSlashingsVector] += eb
	penaltyQ, wbQ := sp.MinSlashingPenaltyQuotientBellatrix, sp.WhistleblowerRewardQuotient
	if sp.Fork == spec.Electra {
		penaltyQ, wbQ = sp.MinSlashingPenaltyQuotientElectra, sp.WhistleblowerRewardQuotientElectra
	}
	decrease(&s.Balances[i], eb/penaltyQ)
	wb := eb / wbQ
	pr := wb * spec.ProposerWeight / spec.WeightDenominator
	increase(&s.Balances[proposer], pr)
	increase(&s.Balances[proposer], wb-pr)
	return nil
}

// ProcessWithdrawalRequest is process_withdrawal_request (electra, EIP-7002).
func (s *State) ProcessWithdrawalRequest(r WithdrawalRequest) {
	sp := s.Spec
	full := r.Amount == spec.FullExitRequestAmount
	if uint64(len(s.PendingPartialWithdrawals)) == sp.PendingPartialWithdrawalsLimit && !full {
		return
	}
	i, ok := s.IndexOf(r.ValidatorPubkey)
	if !ok {
		return
	}
	creds := s.Credentials[i]
	if !sp.HasExecutionWithdrawalCredential(creds[0]) || [20]byte(creds[12:]) != r.SourceAddress {
		return
	}
	cur := s.CurrentEpoch()
	if !s.IsActive(i, cur) || s.ExitEpoch[i] != far32 || cur < ep64(s.ActivationEpoch[i])+sp.ShardCommitteePeriod {
		return
	}
	pending := s.PendingBalanceToWithdraw(uint64(i))
	if full {
		if pending == 0 {
			s.InitiateValidatorExit(i)
		}
		return
	}
	bal := s.Balances[i]
	if creds[0] == spec.CompoundingWithdrawalPrefix && s.EffectiveBalance(i) >= sp.MinActivationBalance &&
		bal > sp.MinActivationBalance+pending {
		toWithdraw := min(bal-sp.MinActivationBalance-pending, r.Amount)
		e := s.ComputeExitEpochAndUpdateChurn(toWithdraw, s.TotalActiveBalance())
		s.PendingPartialWithdrawals = append(s.PendingPartialWithdrawals, PendingPartialWithdrawal{
			ValidatorIndex: uint64(i), Amount: toWithdraw, WithdrawableEpoch: e + sp.MinValidatorWithdrawabilityDelay,
		})
	}
}

// ProcessConsolidationRequest is process_consolidation_request (electra,
// EIP-7251): the switch to compounding credentials when source == target
// (is_valid_switch_to_compounding_request), otherwise a consolidation of the
// source into a 0x02 target through the consolidation churn.
func (s *State) ProcessConsolidationRequest(r ConsolidationRequest) {
	sp := s.Spec
	cur := s.CurrentEpoch()
	if r.SourcePubkey == r.TargetPubkey {
		i, ok := s.IndexOf(r.SourcePubkey)
		if !ok {
			return
		}
		creds := s.Credentials[i]
		if [20]byte(creds[12:]) != r.SourceAddress || creds[0] != spec.ETH1AddressWithdrawalPrefix {
			return
		}
		if !s.IsActive(i, cur) || s.ExitEpoch[i] != far32 {
			return
		}
		s.switchToCompounding(i)
		return
	}
	if uint64(len(s.PendingConsolidations)) == sp.PendingConsolidationsLimit {
		return
	}
	T := s.TotalActiveBalance()
	if s.ConsolidationChurnLimit(T) <= sp.MinActivationBalance {
		return
	}
	src, ok := s.IndexOf(r.SourcePubkey)
	if !ok {
		return
	}
	tgt, ok := s.IndexOf(r.TargetPubkey)
	if !ok {
		return
	}
	sc := s.Credentials[src]
	if !sp.HasExecutionWithdrawalCredential(sc[0]) || [20]byte(sc[12:]) != r.SourceAddress {
		return
	}
	if s.Credentials[tgt][0] != spec.CompoundingWithdrawalPrefix {
		return
	}
	if !s.IsActive(src, cur) || !s.IsActive(tgt, cur) || s.ExitEpoch[src] != far32 || s.ExitEpoch[tgt] != far32 {
		return
	}
	if cur < ep64(s.ActivationEpoch[src])+sp.ShardCommitteePeriod || s.PendingBalanceToWithdraw(uint64(src)) > 0 {
		return
	}
	e := s.ComputeConsolidationEpochAndUpdateChurn(s.EffectiveBalance(src), T)
	s.ExitEpoch[src] = ep32(e)
	s.WithdrawableEpoch[src] = ep32(e + sp.MinValidatorWithdrawabilityDelay)
	s.unstable(src)
	s.PendingConsolidations = append(s.PendingConsolidations, PendingConsolidation{uint64(src), uint64(tgt)})
}

// switchToCompounding is switch_to_compounding_validator with
// queue_excess_active_balance (electra).
func (s *State) switchToCompounding(i int) {
	s.Credentials[i][0] = spec.CompoundingWithdrawalPrefix
	if bal := s.Balances[i]; bal > s.Spec.MinActivationBalance {
		s.Balances[i] = s.Spec.MinActivationBalance
		var infinity [96]byte
		infinity[0] = 0xc0 // bls.G2_POINT_AT_INFINITY
		s.PendingDeposits = append(s.PendingDeposits, PendingDeposit{
			Pubkey: s.Pubkeys[i], WithdrawalCredentials: s.Credentials[i],
			Amount: bal - s.Spec.MinActivationBalance, Signature: infinity, Slot: spec.GenesisSlot,
		})
	}
}
