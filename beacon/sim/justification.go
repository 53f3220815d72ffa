// process_justification_and_finalization: consensus-specs phase0
// beacon-chain.md §Justification and finalization, altair's
// weigh_justification_and_finalization over the unslashed participating
// target balances (summed in pass 1, fused.go), and get_block_root_at_slot.

package sim

// BlockRootAtSlot is get_block_root_at_slot.
func (s *State) BlockRootAtSlot(slot uint64) [32]byte {
	return s.BlockRoots[slot%s.Spec.SlotsPerHistoricalRoot]
}

// weighJustificationAndFinalization is weigh_justification_and_finalization (phase0/altair).
func (s *State) weighJustificationAndFinalization(total, prevTarget, currTarget uint64) {
	cur, prev := s.CurrentEpoch(), s.PreviousEpoch()
	oldPrev, oldCur := s.PreviousJustifiedCheckpoint, s.CurrentJustifiedCheckpoint
	s.PreviousJustifiedCheckpoint = s.CurrentJustifiedCheckpoint
	bits := (s.JustificationBits << 1) & 0x0F
	if prevTarget*3 >= total*2 {
		s.CurrentJustifiedCheckpoint = Checkpoint{prev, s.BlockRootAtSlot(prev * s.Spec.SlotsPerEpoch)}
		bits |= 1 << 1
	}
	if currTarget*3 >= total*2 {
		s.CurrentJustifiedCheckpoint = Checkpoint{cur, s.BlockRootAtSlot(cur * s.Spec.SlotsPerEpoch)}
		bits |= 1
	}
	s.JustificationBits = bits
	if bits&0b1110 == 0b1110 && oldPrev.Epoch+3 == cur {
		s.FinalizedCheckpoint = oldPrev
	}
	if bits&0b0110 == 0b0110 && oldPrev.Epoch+2 == cur {
		s.FinalizedCheckpoint = oldPrev
	}
	if bits&0b0111 == 0b0111 && oldCur.Epoch+2 == cur {
		s.FinalizedCheckpoint = oldCur
	}
	if bits&0b0011 == 0b0011 && oldCur.Epoch+1 == cur {
		s.FinalizedCheckpoint = oldCur
	}
}
