package protocol

import "github.com/holiman/uint256"

// collectVault moves ETH that a vault account holds into the buffer, where
// it becomes pooled ETH (a reward for every holder). Only an applied oracle
// report calls this (see the oracle issue); plain ETH sent to a vault is
// therefore not pooled until a report counts it, and then only through the
// report's limits. It returns the amount moved.
func (s *State) collectVault(vault Address, max *uint256.Int) *uint256.Int {
	acc := s.accounts[vault]
	if acc == nil {
		return new(uint256.Int)
	}
	amt := new(uint256.Int).Set(&acc.ETH)
	if amt.Gt(max) {
		amt.Set(max)
	}
	acc.ETH.Sub(&acc.ETH, amt)
	s.buffered.Add(&s.buffered, amt)
	var post uint256.Int
	s.pooled(&post)
	s.emit(Event{Kind: EvTokenRebased, Amount: post, Shares: s.totalShares})
	return amt
}
