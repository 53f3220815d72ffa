// process_effective_balance_updates: consensus-specs phase0
// beacon-chain.md §Effective balances updates (hysteresis) and electra
// §Modified process_effective_balance_updates (the maximum by withdrawal
// credentials). Pass 2 (fused.go) applies it to every validator; this is
// the spec's step for the few whose balance the later steps change.

package sim

func (s *State) updateEffectiveBalance(i int, down, up uint64) {
	inc := s.Spec.EffectiveBalanceIncrement
	b, eb := s.Balances[i], s.EffectiveBalance(i)
	if b+down < eb || eb+up < b {
		s.EffInc[i] = uint16(min(b-b%inc, s.Spec.MaxEffectiveBalanceFor(s.Credentials[i][0])) / inc)
	}
}
