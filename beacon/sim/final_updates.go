// The last steps of process_epoch: consensus-specs phase0 beacon-chain.md
// §Eth1 data votes updates (nothing: the simulator keeps no eth1 votes),
// §Slashings balances updates (slashings.go), §Randao mixes updates,
// capella §Historical summaries updates, altair §Participation flags
// updates (done in pass 2, fused.go) and §Sync committee updates.

package sim

// finalUpdates are the steps of process_epoch after the pending
// consolidations, for the epoch cur ending.
func (s *State) finalUpdates(cur uint64) {
	sp := s.Spec
	next := cur + 1
	// process_slashings_reset (slashings.go)
	s.processSlashingsReset(next)
	// process_randao_mixes_reset
	s.RandaoMixes[next%sp.EpochsPerHistoricalVector] = s.RandaoMix(cur)
	// process_historical_summaries_update
	if next%(sp.SlotsPerHistoricalRoot/sp.SlotsPerEpoch) == 0 {
		s.HistoricalSummaries = append(s.HistoricalSummaries, HistoricalSummary{
			BlockSummaryRoot: RootsVectorHashTreeRoot(s.BlockRoots),
			StateSummaryRoot: RootsVectorHashTreeRoot(s.StateRoots),
		})
	}
	// process_participation_flag_updates: done in pass 2 (new validators start at 0).
	// process_sync_committee_updates
	if next%sp.EpochsPerSyncCommitteePeriod == 0 {
		s.CurrentSyncCommittee = s.NextSyncCommittee
		s.NextSyncCommittee = s.NextSyncCommitteeIndices()
	}
}
