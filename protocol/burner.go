package protocol

import "github.com/holiman/uint256"

// The burner (Lido's Burner): shares waiting to be burnt, held at the
// burner's address, in two requests — cover (to make up for a loss: the
// insurance fund's shares) and non-cover (finalized withdrawals' shares,
// the withheld half of a stuck operator's fee). Reports burn them, cover
// first, as far as the rebase limiter allows; the rest waits for the next
// report. Every burnt share raises the share rate of those who hold.

type burnerState struct {
	cover, nonCover           uint256.Int // requested and not yet burnt
	coverBurnt, nonCoverBurnt uint256.Int // burnt since genesis
}

// SharesRequestedToBurn returns the burner's pending cover and non-cover
// shares (Lido's getSharesRequestedToBurn).
func (s *State) SharesRequestedToBurn() (cover, nonCover *uint256.Int) {
	return new(uint256.Int).Set(&s.burn.cover), new(uint256.Int).Set(&s.burn.nonCover)
}

// SharesBurnt returns the cover and non-cover shares burnt since genesis
// (Lido's getCoverSharesBurnt / getNonCoverSharesBurnt).
func (s *State) SharesBurnt() (cover, nonCover *uint256.Int) {
	return new(uint256.Int).Set(&s.burn.coverBurnt), new(uint256.Int).Set(&s.burn.nonCoverBurnt)
}

func (b *burnerState) pending() uint256.Int {
	var p uint256.Int
	return *p.Add(&b.cover, &b.nonCover)
}

// requestBurn moves shares from an account to the burner as a cover or
// non-cover request (Lido's requestBurnShares / requestBurnMyStETHForCover).
func (s *State) requestBurn(from Address, shares *uint256.Int, cover bool) {
	if shares.IsZero() {
		return
	}
	src := s.account(from)
	src.Shares.Sub(&src.Shares, shares)
	dst := s.account(s.burner)
	dst.Shares.Add(&dst.Shares, shares)
	s.addBurnRequest(shares, cover)
	var amount uint256.Int
	s.ethByShares(&amount, shares)
	s.emitTransfer(from, s.burner, &amount, shares)
	s.emit(Event{Kind: EvBurnRequested, From: from, Shares: *shares, Amount: amount, Count: boolCount(cover)})
}

func (s *State) addBurnRequest(shares *uint256.Int, cover bool) {
	if cover {
		s.burn.cover.Add(&s.burn.cover, shares)
	} else {
		s.burn.nonCover.Add(&s.burn.nonCover, shares)
	}
}

// commitBurn burns n of the burner's shares, cover requests first (Lido's
// commitSharesToBurn); n never exceeds what is pending.
func (s *State) commitBurn(n *uint256.Int) {
	if n.IsZero() {
		return
	}
	c := minU(n, &s.burn.cover)
	nc := new(uint256.Int).Sub(n, c)
	s.burn.cover.Sub(&s.burn.cover, c)
	s.burn.coverBurnt.Add(&s.burn.coverBurnt, c)
	s.burn.nonCover.Sub(&s.burn.nonCover, nc)
	s.burn.nonCoverBurnt.Add(&s.burn.nonCoverBurnt, nc)
	acc := s.account(s.burner)
	acc.Shares.Sub(&acc.Shares, n)
	s.totalShares.Sub(&s.totalShares, n)
	if !c.IsZero() {
		s.emit(Event{Kind: EvSharesBurnt, From: s.burner, Shares: *c, Count: 1})
	}
	if !nc.IsZero() {
		s.emit(Event{Kind: EvSharesBurnt, From: s.burner, Shares: *nc})
	}
}

func boolCount(b bool) uint64 {
	if b {
		return 1
	}
	return 0
}
