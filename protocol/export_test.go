package protocol

import "github.com/holiman/uint256"

// ForceInitialSharesForTest rebuilds the genesis without the dead-shares
// protection: the buffer and total shares start at the given amount held by
// nobody but the dead address (0 removes the protection entirely).
func (s *State) ForceInitialSharesForTest(v *uint256.Int) {
	s.buffered = *v
	s.totalShares = *v
	s.account(DeadAddress).Shares = *v
}

// ForceInflowForTest sets an account's inflow mark, to show what the
// holding-period rule prevents.
func (s *State) ForceInflowForTest(a Address, v uint64) { s.account(a).LastInflow = v }
