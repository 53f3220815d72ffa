package sim

import (
	"crypto/sha256"
	"encoding/binary"

	"github.com/stakepool/stakepool/beacon/spec"
)

// ComputeShuffledIndex is compute_shuffled_index (phase0 §Misc), the
// swap-or-not shuffle with rounds = SHUFFLE_ROUND_COUNT.
func ComputeShuffledIndex(index, indexCount uint64, seed [32]byte, rounds uint64) uint64 {
	if index >= indexCount {
		panic("sim: shuffled index out of range")
	}
	var buf [32 + 1 + 4]byte
	copy(buf[:32], seed[:])
	for r := uint64(0); r < rounds; r++ {
		buf[32] = byte(r)
		h := sha256.Sum256(buf[:33])
		pivot := binary.LittleEndian.Uint64(h[:8]) % indexCount
		flip := (pivot + indexCount - index) % indexCount
		position := max(index, flip)
		binary.LittleEndian.PutUint32(buf[33:], uint32(position/256))
		source := sha256.Sum256(buf[:37])
		b := source[(position%256)/8]
		if (b>>(position%8))&1 == 1 {
			index = flip
		}
	}
	return index
}

// RandaoMix is get_randao_mix.
func (s *State) RandaoMix(epoch uint64) [32]byte {
	return s.RandaoMixes[epoch%s.Spec.EpochsPerHistoricalVector]
}

// Seed is get_seed(state, epoch, domain_type).
func (s *State) Seed(epoch uint64, domain [4]byte) [32]byte {
	mix := s.RandaoMix(epoch + s.Spec.EpochsPerHistoricalVector - s.Spec.MinSeedLookahead - 1)
	var buf [4 + 8 + 32]byte
	copy(buf[:4], domain[:])
	binary.LittleEndian.PutUint64(buf[4:12], epoch)
	copy(buf[12:], mix[:])
	return sha256.Sum256(buf[:])
}

// ActiveIndices is get_active_validator_indices(state, epoch).
func (s *State) ActiveIndices(epoch uint64) []uint32 {
	out := make([]uint32, 0, len(s.Balances))
	for i := range s.Balances {
		if s.IsActive(i, epoch) {
			out = append(out, uint32(i))
		}
	}
	return out
}

// acceptCandidate is the effective-balance filter of compute_proposer_index
// and get_next_sync_committee_indices: Deneb uses one random byte against
// MAX_EFFECTIVE_BALANCE, Electra two bytes against MAX_EFFECTIVE_BALANCE_ELECTRA.
func (s *State) acceptCandidate(seed [32]byte, i uint64, eb uint64) bool {
	var buf [40]byte
	copy(buf[:32], seed[:])
	if s.Spec.Fork == spec.Electra {
		binary.LittleEndian.PutUint64(buf[32:], i/16)
		h := sha256.Sum256(buf[:])
		off := i % 16 * 2
		rv := uint64(binary.LittleEndian.Uint16(h[off : off+2]))
		return eb*0xFFFF >= s.Spec.MaxEffectiveBalanceElectra*rv
	}
	binary.LittleEndian.PutUint64(buf[32:], i/32)
	h := sha256.Sum256(buf[:])
	rb := uint64(h[i%32])
	return eb*0xFF >= s.Spec.MaxEffectiveBalance*rb
}

// ComputeProposerIndex is compute_proposer_index (phase0; electra's 16-bit
// variant when the fork is Electra).
func (s *State) ComputeProposerIndex(indices []uint32, seed [32]byte) uint32 {
	if len(indices) == 0 {
		panic("sim: no active validators")
	}
	total := uint64(len(indices))
	for i := uint64(0); ; i++ {
		c := indices[ComputeShuffledIndex(i%total, total, seed, s.Spec.ShuffleRoundCount)]
		if s.acceptCandidate(seed, i, s.EffectiveBalance(int(c))) {
			return c
		}
	}
}

// BeaconProposerIndex is get_beacon_proposer_index for state.slot. active
// may be the active indices of the current epoch (nil: computed).
func (s *State) BeaconProposerIndex(active []uint32) uint32 {
	epoch := s.CurrentEpoch()
	if active == nil {
		active = s.ActiveIndices(epoch)
	}
	seed := s.Seed(epoch, spec.DomainBeaconProposer)
	var buf [40]byte
	copy(buf[:32], seed[:])
	binary.LittleEndian.PutUint64(buf[32:], s.Slot)
	return s.ComputeProposerIndex(active, sha256.Sum256(buf[:]))
}

// NextSyncCommitteeIndices is get_next_sync_committee_indices (altair;
// electra's 16-bit variant when the fork is Electra).
func (s *State) NextSyncCommitteeIndices() []uint32 {
	epoch := s.CurrentEpoch() + 1
	active := s.ActiveIndices(epoch)
	n := uint64(len(active))
	out := make([]uint32, 0, s.Spec.SyncCommitteeSize)
	if n == 0 {
		return out
	}
	seed := s.Seed(epoch, spec.DomainSyncCommittee)
	for i := uint64(0); uint64(len(out)) < s.Spec.SyncCommitteeSize; i++ {
		c := active[ComputeShuffledIndex(i%n, n, seed, s.Spec.ShuffleRoundCount)]
		if s.acceptCandidate(seed, i, s.EffectiveBalance(int(c))) {
			out = append(out, c)
		}
	}
	return out
}

// RootsVectorHashTreeRoot is hash_tree_root(Vector[Root, N]) for N a power of two.
func RootsVectorHashTreeRoot(roots [][32]byte) [32]byte {
	if len(roots) == 0 {
		return [32]byte{}
	}
	layer := clone(roots)
	for len(layer) > 1 {
		next := layer[:len(layer)/2]
		var buf [64]byte
		for i := range next {
			copy(buf[:32], layer[2*i][:])
			copy(buf[32:], layer[2*i+1][:])
			next[i] = sha256.Sum256(buf[:])
		}
		layer = next
	}
	return layer[0]
}
