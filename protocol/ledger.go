package protocol

import (
	"math/bits"

	"github.com/holiman/uint256"

	"github.com/stakepool/stakepool/units"
)

// eth renders a wei amount for messages: "1.5 (1500000000000000000 wei)".
func eth(v *uint256.Int) string {
	return units.FormatEther(v) + " (" + v.Dec() + " wei)"
}

// Share conversions. Every conversion rounds so that the pool, i.e. the
// holders who stay, never loses: ETH→shares rounds down (you get no more
// shares than you paid for) and shares→ETH rounds down (a share pays out no
// more than it is worth), except the allowance charge for a share transfer,
// which rounds up (the spender is charged at least what it moves).

// SharesByPooledEth converts an amount of ETH (stETH) to shares, rounding down.
func (s *State) SharesByPooledEth(eth *uint256.Int) *uint256.Int {
	var out uint256.Int
	s.sharesByEth(&out, eth)
	return &out
}

// PooledEthByShares converts shares to ETH (stETH), rounding down.
func (s *State) PooledEthByShares(shares *uint256.Int) *uint256.Int {
	var out uint256.Int
	s.ethByShares(&out, shares)
	return &out
}

// BalanceOf is an account's stETH balance: shares × pooled / total shares,
// rounded down.
func (s *State) BalanceOf(a Address) *uint256.Int {
	acc := s.accounts.find(&a)
	if acc == nil {
		return new(uint256.Int)
	}
	return s.PooledEthByShares(&acc.Shares)
}

// SharesOf is an account's share balance.
func (s *State) SharesOf(a Address) *uint256.Int {
	if acc := s.accounts.find(&a); acc != nil {
		return new(uint256.Int).Set(&acc.Shares)
	}
	return new(uint256.Int)
}

// StEthPerToken is how much stETH one wstETH (1e18) unwraps to.
func (s *State) StEthPerToken() *uint256.Int {
	return s.PooledEthByShares(uint256.NewInt(1e18))
}

// TokensPerStEth is how much wstETH one stETH (1e18) wraps to.
func (s *State) TokensPerStEth() *uint256.Int {
	return s.SharesByPooledEth(uint256.NewInt(1e18))
}

// pooled computes total pooled ether into dst without allocating.
func (s *State) pooled(dst *uint256.Int) {
	depositsWei(dst, s.depositedValidators-s.clValidators)
	dst.Add(dst, &s.buffered)
	dst.Add(dst, &s.clBalance)
}

// depositsWei sets dst = n × DepositSizeWei (32 ETH, 32·10^18 = 2^5·10^18
// wei) with one 64-bit multiplication and a shift (exact: below 2^134).
func depositsWei(dst *uint256.Int, n uint64) {
	hi, lo := bits.Mul64(n, 1e18)
	dst[0], dst[1], dst[2], dst[3] = lo<<5, hi<<5|lo>>59, hi>>59, 0
}

// sharesByEth: dst = floor(eth × totalShares / pooled). Rounds down.
// Inputs are below 2^128 and so are totals, so the product fits 256 bits.
func (s *State) sharesByEth(dst, eth *uint256.Int) {
	var p uint256.Int
	s.pooled(&p)
	if p.IsZero() || s.totalShares.IsZero() {
		// An empty pool mints 1:1. Never reached with dead shares in place.
		dst.Set(eth)
		return
	}
	mulDiv(dst, eth, &s.totalShares, &p)
}

// ethByShares: dst = floor(shares × pooled / totalShares). Rounds down.
func (s *State) ethByShares(dst, shares *uint256.Int) {
	var p uint256.Int
	s.pooled(&p)
	if s.totalShares.IsZero() {
		dst.Clear()
		return
	}
	mulDiv(dst, shares, &p, &s.totalShares)
}

// ethBySharesUp: dst = ceil(shares × pooled / totalShares). Rounds up; used
// only to charge allowances, where rounding down would let a spender move
// value for free when the share rate is below one.
func (s *State) ethBySharesUp(dst, shares *uint256.Int) {
	var p uint256.Int
	s.pooled(&p)
	if s.totalShares.IsZero() {
		dst.Clear()
		return
	}
	if mulDiv(dst, shares, &p, &s.totalShares) {
		dst.AddUint64(dst, 1)
	}
}

func checkAmount(v *uint256.Int, what string) *Error {
	if !v.Lt(maxAmount) {
		return reject(CodeAmountTooLarge, "%s %s exceeds 2^128", what, v.Dec())
	}
	return nil
}

// checkRecipient refuses token transfers to the zero address and to the
// pool's own contracts (stETH, wstETH, the withdrawal queue, the vaults,
// the burner), where the tokens would be lost: Lido's stETH refuses
// transfers to itself (TRANSFER_TO_STETH_CONTRACT); we refuse them to all
// of the pool's contracts, for stETH, wstETH and withdrawal requests alike.
func (s *State) checkRecipient(to Address) *Error {
	if isZeroAddr(&to) {
		return reject(CodeInvalidRecipient, "recipient is the zero address")
	}
	if s.isPoolContract(to) {
		what := "one of the pool's contracts"
		if to == s.wstETHAddr {
			what = "the wstETH contract (use wrap)"
		}
		return reject(CodeTransferToPool, "%s is %s: tokens sent there would be lost", to, what)
	}
	return nil
}

// moveShares moves shares that the caller has checked are there.
// The receiving account's inflow mark is set (the instant-withdrawal
// holding period).
func (s *State) moveShares(from, to *Account, shares *uint256.Int) {
	from.Shares.Sub(&from.Shares, shares)
	to.Shares.Add(&to.Shares, shares)
	to.LastInflow = s.oracle.reportsApplied
}

func (s *State) emitTransfer(from, to Address, amount, shares *uint256.Int) {
	s.events = append(s.events,
		Event{Kind: EvTransfer, From: from, To: to, Amount: *amount, Shares: *shares},
		Event{Kind: EvTransferShares, From: from, To: to, Amount: *amount, Shares: *shares})
}

// transfer moves stETH by amount: the shares moved are the amount converted
// down, so the recipient may see 1–2 wei less than the amount (the pool's
// favour; use transferShares or wstETH for exact amounts).
func (s *State) transfer(from, to Address, amount *uint256.Int) *Error {
	if err := s.checkRecipient(to); err != nil {
		return err
	}
	if err := checkAmount(amount, "amount"); err != nil {
		return err
	}
	src := s.lookup(from)
	var shares uint256.Int
	s.sharesByEth(&shares, amount)
	if src == nil || src.Shares.Lt(&shares) {
		return reject(CodeInsufficientBalance, "%s has %s stETH, cannot send %s", from, s.balanceString(src), eth(amount))
	}
	s.moveShares(src, s.account(to), &shares)
	s.emitTransfer(from, to, amount, &shares)
	return nil
}

func (s *State) balanceString(acc *Account) string {
	if acc == nil {
		return "0"
	}
	var b uint256.Int
	s.ethByShares(&b, &acc.Shares)
	return units.FormatEther(&b)
}

// holdingWstETH returns who's account when it holds at least w wstETH, and
// otherwise the refusal "WHO has N wstETH, cannot VERB W" that every wstETH
// spender (unwrap, send, request, escrow lock) gives.
func (s *State) holdingWstETH(who Address, w *uint256.Int, verb string) (*Account, *Error) {
	acc := s.lookup(who)
	if acc == nil || acc.WstETH.Lt(w) {
		have := "0"
		if acc != nil {
			have = acc.WstETH.Dec()
		}
		return nil, reject(CodeInsufficientBalance, "%s has %s wstETH, cannot %s %s", who, have, verb, w.Dec())
	}
	return acc, nil
}

// transferShares moves an exact number of shares.
func (s *State) transferShares(from, to Address, shares *uint256.Int) *Error {
	if err := s.checkRecipient(to); err != nil {
		return err
	}
	if err := checkAmount(shares, "shares"); err != nil {
		return err
	}
	src := s.lookup(from)
	if src == nil || src.Shares.Lt(shares) {
		have := "0"
		if src != nil {
			have = src.Shares.Dec()
		}
		return reject(CodeInsufficientShares, "%s has %s shares, cannot send %s", from, have, shares.Dec())
	}
	var amount uint256.Int
	s.ethByShares(&amount, shares)
	s.moveShares(src, s.account(to), shares)
	s.emitTransfer(from, to, &amount, shares)
	return nil
}

// infinite is the allowance that is never decremented (ERC-20 convention).
var infinite = new(uint256.Int).SetAllOne()

// allowance is owner's allowance to spender, nil when none is set.
func (s *State) allowance(owner, spender Address) *uint256.Int {
	return s.allowances[owner][spender]
}

// spendAllowance checks and charges owner's allowance to spender.
func (s *State) checkAllowance(owner, spender Address, charge *uint256.Int) *Error {
	a := s.allowance(owner, spender)
	if a == nil && charge.IsZero() {
		return nil // a zero charge fits a zero allowance (ERC-20, Lido)
	}
	if a == nil || a.Lt(charge) {
		have := "0"
		if a != nil {
			have = eth(a)
		}
		return reject(CodeInsufficientAllowance, "%s may spend %s stETH of %s, not %s", spender, have, owner, eth(charge))
	}
	return nil
}

func (s *State) chargeAllowance(owner, spender Address, charge *uint256.Int) {
	a := s.allowance(owner, spender)
	if a == nil { // a zero charge on a zero allowance: it stays zero
		s.emit(Event{Kind: EvApproval, From: owner, To: spender})
		return
	}
	if a.Eq(infinite) {
		return
	}
	a.Sub(a, charge)
	s.emit(Event{Kind: EvApproval, From: owner, To: spender, Amount: *a})
}

// transferFrom moves amount of owner's stETH on spender's allowance.
func (s *State) transferFrom(spender, owner, to Address, amount *uint256.Int) *Error {
	if err := checkAmount(amount, "amount"); err != nil {
		return err
	}
	if err := s.checkAllowance(owner, spender, amount); err != nil {
		return err
	}
	mark := len(s.events)
	if err := s.transfer(owner, to, amount); err != nil {
		s.events = s.events[:mark]
		return err
	}
	s.chargeAllowance(owner, spender, amount)
	return nil
}

// transferSharesFrom moves shares of owner on spender's allowance; the
// allowance is charged the shares' value rounded up.
func (s *State) transferSharesFrom(spender, owner, to Address, shares *uint256.Int) *Error {
	if err := checkAmount(shares, "shares"); err != nil {
		return err
	}
	var charge uint256.Int
	s.ethBySharesUp(&charge, shares)
	if err := s.checkAllowance(owner, spender, &charge); err != nil {
		return err
	}
	if err := s.transferShares(owner, to, shares); err != nil {
		return err
	}
	s.chargeAllowance(owner, spender, &charge)
	return nil
}

func (s *State) approve(owner, spender Address, amount *uint256.Int) *Error {
	if spender == (Address{}) {
		return reject(CodeInvalidRecipient, "spender is the zero address")
	}
	s.account(owner)
	own := s.allowances[owner]
	if amount.IsZero() {
		delete(own, spender)
		if len(own) == 0 {
			delete(s.allowances, owner)
		}
	} else {
		if own == nil {
			own = make(map[Address]*uint256.Int)
			s.allowances[owner] = own
		}
		own[spender] = new(uint256.Int).Set(amount)
	}
	s.emit(Event{Kind: EvApproval, From: owner, To: spender, Amount: *amount})
	return nil
}

func (s *State) changeAllowance(owner, spender Address, delta *uint256.Int, increase bool) *Error {
	var cur uint256.Int
	if a := s.allowance(owner, spender); a != nil {
		cur = *a
	}
	if increase {
		if _, overflow := cur.AddOverflow(&cur, delta); overflow {
			return reject(CodeAmountTooLarge, "allowance would overflow")
		}
	} else {
		if cur.Lt(delta) {
			return reject(CodeInsufficientAllowance, "allowance %s is below the decrease %s", cur.Dec(), delta.Dec())
		}
		cur.Sub(&cur, delta)
	}
	return s.approve(owner, spender, &cur)
}

// wrap turns stETH into wstETH: the shares the amount is worth (rounded
// down) move to the wrapper and the same number of wstETH is minted.
func (s *State) wrap(who Address, amount *uint256.Int) *Error {
	if err := checkAmount(amount, "amount"); err != nil {
		return err
	}
	var shares uint256.Int
	s.sharesByEth(&shares, amount)
	if shares.IsZero() {
		return reject(CodeZeroAmount, "%s stETH is worth no share", amount.Dec())
	}
	acc := s.lookup(who)
	if acc == nil || acc.Shares.Lt(&shares) {
		return reject(CodeInsufficientBalance, "%s has %s stETH, cannot wrap %s", who, s.balanceString(acc), eth(amount))
	}
	s.moveShares(acc, s.account(s.wstETHAddr), &shares)
	acc.WstETH.Add(&acc.WstETH, &shares)
	s.wstSupply.Add(&s.wstSupply, &shares)
	s.emitTransfer(who, s.wstETHAddr, amount, &shares)
	s.emit(Event{Kind: EvWrap, From: who, Amount: *amount, Shares: shares})
	return nil
}

// unwrap burns wstETH and returns exactly that many shares (no dust stays
// in the wrapper, unlike a conversion through stETH amounts).
func (s *State) unwrap(who Address, w *uint256.Int) *Error {
	if err := checkAmount(w, "amount"); err != nil {
		return err
	}
	if w.IsZero() {
		return reject(CodeZeroAmount, "cannot unwrap 0 wstETH")
	}
	acc, err := s.holdingWstETH(who, w, "unwrap")
	if err != nil {
		return err
	}
	acc.WstETH.Sub(&acc.WstETH, w)
	s.wstSupply.Sub(&s.wstSupply, w)
	s.moveShares(s.account(s.wstETHAddr), acc, w)
	var amount uint256.Int
	s.ethByShares(&amount, w)
	s.emitTransfer(s.wstETHAddr, who, &amount, w)
	s.emit(Event{Kind: EvUnwrap, From: who, Amount: amount, Shares: *w})
	return nil
}

// transferWstETH moves the wrapped token (plain, non-rebasing ERC-20).
func (s *State) transferWstETH(from, to Address, w *uint256.Int) *Error {
	if err := s.checkRecipient(to); err != nil {
		return err
	}
	if err := checkAmount(w, "amount"); err != nil {
		return err
	}
	acc, err := s.holdingWstETH(from, w, "send")
	if err != nil {
		return err
	}
	dst := s.account(to)
	acc.WstETH.Sub(&acc.WstETH, w)
	dst.WstETH.Add(&dst.WstETH, w)
	s.emit(Event{Kind: EvTransfer, From: from, To: to, Shares: *w, Count: wstETHTransfer})
	return nil
}

// sendETH moves execution-side ETH between accounts.
func (s *State) sendETH(from, to Address, amount *uint256.Int) *Error {
	if to == (Address{}) {
		return reject(CodeInvalidRecipient, "recipient is the zero address")
	}
	if err := checkAmount(amount, "amount"); err != nil {
		return err
	}
	acc := s.lookup(from)
	if acc == nil || acc.ETH.Lt(amount) {
		return reject(CodeInsufficientETH, "%s has too little ETH to send %s", from, eth(amount))
	}
	dst := s.account(to)
	acc.ETH.Sub(&acc.ETH, amount)
	dst.ETH.Add(&dst.ETH, amount)
	s.emit(Event{Kind: EvETHTransfer, From: from, To: to, Amount: *amount})
	return nil
}
