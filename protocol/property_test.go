package protocol_test

import (
	"testing"

	"github.com/holiman/uint256"
	"pgregory.net/rapid"

	"github.com/stakepool/stakepool/protocol"
	pt "github.com/stakepool/stakepool/protocol/protocoltest"
)

const propAccounts = 5

// genCommand draws a random command from a random account (or the system).
func genCommand(t *rapid.T, h *harness) (protocol.Address, protocol.Command) {
	acct := func(label string) protocol.Address {
		return pt.Addr(uint64(rapid.IntRange(1, propAccounts).Draw(t, label)))
	}
	amount := func(label string) uint256.Int {
		// Mostly realistic amounts, sometimes tiny ones that stress rounding.
		switch rapid.IntRange(0, 3).Draw(t, label+"-scale") {
		case 0:
			return wei(rapid.Uint64Range(0, 1000).Draw(t, label))
		case 1:
			return *new(uint256.Int).Mul(uint256.NewInt(rapid.Uint64Range(0, 1e9).Draw(t, label)), uint256.NewInt(1e9))
		default:
			return *new(uint256.Int).Mul(uint256.NewInt(rapid.Uint64Range(0, 2e6).Draw(t, label)), uint256.NewInt(1e15))
		}
	}
	from := acct("from")
	switch rapid.IntRange(0, 15).Draw(t, "kind") {
	case 0, 1:
		return from, protocol.Command{Kind: protocol.CmdSubmit, Amount: amount("a")}
	case 2:
		return from, protocol.Command{Kind: protocol.CmdTransfer, To: acct("to"), Amount: amount("a")}
	case 3:
		return from, protocol.Command{Kind: protocol.CmdTransferShares, To: acct("to"), Amount: amount("a")}
	case 4:
		return from, protocol.Command{Kind: protocol.CmdApprove, To: acct("to"), Amount: amount("a")}
	case 5:
		return from, protocol.Command{Kind: protocol.CmdTransferFrom, Owner: acct("owner"), To: acct("to"), Amount: amount("a")}
	case 6:
		return from, protocol.Command{Kind: protocol.CmdTransferSharesFrom, Owner: acct("owner"), To: acct("to"), Amount: amount("a")}
	case 7:
		return from, protocol.Command{Kind: protocol.CmdWrap, Amount: amount("a")}
	case 8:
		return from, protocol.Command{Kind: protocol.CmdUnwrap, Amount: amount("a")}
	case 9:
		return from, protocol.Command{Kind: protocol.CmdTransferWstETH, To: acct("to"), Amount: amount("a")}
	case 10:
		return protocol.SystemSender, protocol.Command{Kind: protocol.CmdDeposit, Count: rapid.Uint64Range(0, 5).Draw(t, "n")}
	case 11:
		// A donation to the rewards vault (counted only by a report).
		return from, protocol.Command{Kind: protocol.CmdSendETH, To: pt.ELVault, Amount: amount("a")}
	case 12:
		// The veto escrow: locks of each asset, unlocks, rage-quit exits.
		switch rapid.IntRange(0, 4).Draw(t, "escrow") {
		case 0:
			return from, protocol.Command{Kind: protocol.CmdLockStETH, Amount: amount("a")}
		case 1:
			return from, protocol.Command{Kind: protocol.CmdLockWstETH, Amount: amount("a")}
		case 2:
			return from, protocol.Command{Kind: protocol.CmdLockWithdrawals, IDs: []uint64{rapid.Uint64Range(0, 4).Draw(t, "id")}}
		case 3:
			return from, protocol.Command{Kind: protocol.CmdRageQuitWithdraw, Amounts: []uint256.Int{amount("a")}}
		}
		return from, protocol.Command{Kind: protocol.CmdUnlock}
	case 13:
		kind := rapid.SampledFrom([]protocol.CommandKind{protocol.CmdRequestWithdrawals, protocol.CmdRequestWithdrawalsWstETH}).Draw(t, "paid-in")
		return from, protocol.Command{Kind: kind, To: acct("owner"), Amounts: []uint256.Int{amount("a")}}
	case 14:
		return from, protocol.Command{Kind: protocol.CmdTransferWithdrawal, To: acct("to"), Index: rapid.Uint64Range(0, 4).Draw(t, "id")}
	case 15:
		// Tokens sent to one of the pool's contracts: always refused.
		to := rapid.SampledFrom([]protocol.Address{pt.StETH, pt.WstETH, pt.Queue, pt.Vault, pt.ELVault, pt.Burner}).Draw(t, "contract")
		return from, protocol.Command{Kind: rapid.SampledFrom([]protocol.CommandKind{protocol.CmdTransfer, protocol.CmdTransferShares, protocol.CmdTransferWstETH}).Draw(t, "how"), To: to, Amount: amount("a")}
	default:
		return from, protocol.Command{Kind: protocol.CmdIncreaseAllowance, To: acct("to"), Amount: amount("a")}
	}
}

// totals returns Σ shares over all accounts and Σ ETH in the system
// (accounts + buffer + deposited validators).
func totals(s *protocol.State) (shares, ethSum uint256.Int) {
	for _, a := range s.Addresses() {
		v := s.Account(a)
		shares.Add(&shares, &v.Shares)
		ethSum.Add(&ethSum, &v.ETH)
	}
	ethSum.Add(&ethSum, s.BufferedEther())
	dep := new(uint256.Int).Mul(uint256.NewInt(s.DepositedValidators()), protocol.DepositSizeWei)
	ethSum.Add(&ethSum, dep)
	return
}

// rateGE reports whether the share rate p1/s1 ≥ p0/s0.
func rateGE(p1, s1, p0, s0 *uint256.Int) bool {
	l := new(uint256.Int).Mul(p1, s0)
	r := new(uint256.Int).Mul(p0, s1)
	return !l.Lt(r)
}

// TestPropertyInvariants runs random command sequences (with occasional
// reward collection) and checks after every command: shares sum to the
// total; ETH is conserved; no command raises anyone's value through
// rounding (the share rate never falls on a stake, a recipient never gets
// more than sent, wrap/unwrap never profit); allowances are never
// overspent; rejected commands change nothing.
func TestPropertyInvariants(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		h := newHarness(t, propAccounts)
		h.addOperator("A", pt.Addr(501), 30, 30)
		h.addOperator("B", pt.Addr(502), 30, 5)
		// before the escrow can hold a veto that would stop governance
		h.makeFeeless()
		_, eth0 := totals(h.s)
		steps := rapid.IntRange(1, 60).Draw(t, "steps")
		for i := 0; i < steps; i++ {
			if rapid.IntRange(0, 9).Draw(t, "newblock") == 0 {
				h.next()
			}
			if rapid.IntRange(0, 19).Draw(t, "report") == 0 {
				pre := h.s.TotalPooledEther()
				got := h.collectRewards()
				post := h.s.TotalPooledEther()
				if !new(uint256.Int).Add(pre, &got).Eq(post) {
					t.Fatalf("reward collection: pooled %s + %s != %s", pre, got.Dec(), post)
				}
				continue
			}
			from, cmd := genCommand(t, h)
			before := h.s.Root()
			preP, preS := h.s.TotalPooledEther(), h.s.TotalShares()
			var allowBefore *uint256.Int
			if cmd.Kind == protocol.CmdTransferFrom || cmd.Kind == protocol.CmdTransferSharesFrom {
				allowBefore = h.s.Allowance(cmd.Owner, from)
			}
			toBefore := h.s.Account(cmd.To)
			fromBefore := h.s.Account(from)
			_, err := h.s.ApplyNext(from, cmd)
			if err != nil {
				if protocol.CodeOf(err) == "" {
					t.Fatalf("non-domain error %v", err)
				}
				if h.s.Root() != before {
					t.Fatalf("%s rejected (%v) but the root changed", cmd.Kind, err)
				}
				continue
			}

			// Shares sum; ETH conserved.
			shares, ethNow := totals(h.s)
			if !shares.Eq(h.s.TotalShares()) {
				t.Fatalf("after %s: Σ shares %s != total %s", cmd.Kind, shares.Dec(), h.s.TotalShares())
			}
			if !ethNow.Eq(&eth0) {
				t.Fatalf("after %s: ETH %s, started with %s", cmd.Kind, ethNow.Dec(), eth0.Dec())
			}
			postP, postS := h.s.TotalPooledEther(), h.s.TotalShares()
			if !rateGE(postP, postS, preP, preS) {
				t.Fatalf("%s lowered the share rate", cmd.Kind)
			}
			switch cmd.Kind {
			case protocol.CmdSubmit:
				minted := new(uint256.Int).Sub(h.s.BalanceOf(from), h.s.PooledEthByShares(&fromBefore.Shares))
				if minted.Gt(&cmd.Amount) {
					t.Fatalf("submit of %s minted %s of stETH", cmd.Amount.Dec(), minted)
				}
			case protocol.CmdTransfer, protocol.CmdTransferFrom:
				if cmd.To != from && cmd.To != cmd.Owner {
					gained := new(uint256.Int).Sub(h.s.BalanceOf(cmd.To), &toBefore.StETH)
					if gained.Gt(&cmd.Amount) {
						t.Fatalf("recipient gained %s from a transfer of %s", gained, cmd.Amount.Dec())
					}
				}
			case protocol.CmdUnwrap, protocol.CmdWrap:
				// Value of stETH + wstETH (valued as shares) is unchanged.
				now := h.s.Account(from)
				v0 := new(uint256.Int).Add(&fromBefore.Shares, &fromBefore.WstETH)
				v1 := new(uint256.Int).Add(&now.Shares, &now.WstETH)
				if !v0.Eq(v1) {
					t.Fatalf("%s changed the holder's shares+wstETH from %s to %s", cmd.Kind, v0, v1)
				}
			}
			if allowBefore != nil && !allowBefore.Eq(new(uint256.Int).SetAllOne()) {
				spent := new(uint256.Int).Sub(allowBefore, h.s.Allowance(cmd.Owner, from))
				moved := cmd.Amount
				if cmd.Kind == protocol.CmdTransferSharesFrom {
					moved = *h.s.PooledEthByShares(&cmd.Amount)
				}
				if spent.Lt(&moved) {
					t.Fatalf("allowance charged %s for moving %s", spent, moved.Dec())
				}
			}
		}
	})
}

// TestPropertyDeterministicRoot: two states fed the same random sequence
// end with the same root, and every intermediate root matches.
func TestPropertyDeterministicRoot(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		a := newHarness(t, propAccounts)
		b := newHarness(t, propAccounts)
		for _, h := range []*harness{a, b} {
			h.addOperator("A", pt.Addr(501), 10, 10)
		}
		steps := rapid.IntRange(1, 40).Draw(t, "steps")
		for i := 0; i < steps; i++ {
			if rapid.IntRange(0, 4).Draw(t, "newblock") == 0 {
				a.next()
				b.next()
			}
			from, cmd := genCommand(t, a)
			_, errA := a.try(from, cmd)
			_, errB := b.try(from, cmd)
			if protocol.CodeOf(errA) != protocol.CodeOf(errB) {
				t.Fatalf("outcomes differ: %v vs %v", errA, errB)
			}
			if a.s.Root() != b.s.Root() {
				t.Fatalf("roots diverged after %s", cmd.Kind)
			}
			// A snapshot restores the same state: b continues from it.
			if rapid.IntRange(0, 9).Draw(t, "snapshot") == 0 {
				snap, err := b.s.MarshalBinary()
				if err != nil {
					t.Fatal(err)
				}
				restored, err := protocol.UnmarshalState(snap)
				if err != nil {
					t.Fatalf("restore: %v", err)
				}
				if restored.Root() != b.s.Root() {
					t.Fatalf("restored root differs")
				}
				b.s = restored
			}
		}
	})
}
