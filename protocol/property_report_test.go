package protocol_test

import (
	"testing"

	"github.com/holiman/uint256"
	"pgregory.net/rapid"

	"github.com/stakepool/stakepool/protocol"
	pt "github.com/stakepool/stakepool/protocol/protocoltest"
)

// TestPropertyReports runs random sequences of stakes, withdrawal
// requests, claims, cover requests, vault credits and oracle reports (with
// random consensus gains and losses, the finalization members compute,
// sometimes a sweep of exits) and checks after every step:
//   - shares sum to the total; the burner holds exactly its pending cover and
//     non-cover shares; the queue holds exactly the shares of unfinalized
//     requests; unfinalized stETH is their sum;
//   - pooled ETH is buffer + beacon balance + 32 ETH per unseen deposit;
//   - no report raises the share rate by more than MaxPositiveRebase
//     (the limiter's rounding of 1e-9 aside), burns included, unless the
//     consensus gain alone passes it (it is never deferred), and then
//     nothing is pulled from the vaults;
//   - a finalized request is worth at most its stETH; the ETH locked covers
//     every finalized unclaimed request; a claim pays exactly that;
//   - a rejected command or report changes nothing.
func TestPropertyReports(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		h := poolWith(t, 320)
		h.allowLosses()
		h.gov(protocol.Action{Kind: protocol.ActSetParameter, Param: protocol.ParamAnnualIncreaseBP, Value: wei(100 * protocol.BP)})
		h.gov(protocol.Action{Kind: protocol.ActSetParameter, Param: protocol.ParamMaxPositiveRebase, Value: wei(rapid.Uint64Range(1, 50_000_000).Draw(t, "limit"))})
		h.mustReport(base())
		h.do(alice, protocol.Command{Kind: protocol.CmdTransfer, To: pt.Insure, Amount: eth(3)})
		balance := eth(320)
		steps := rapid.IntRange(1, 30).Draw(t, "steps")
		for i := 0; i < steps; i++ {
			before := h.s.Root()
			var err error
			isReport := false
			switch rapid.IntRange(0, 6).Draw(t, "what") {
			case 0:
				who := pt.Addr(uint64(rapid.IntRange(1, 3).Draw(t, "who")))
				_, err = h.try(who, protocol.Command{Kind: protocol.CmdSubmit, Amount: eth(rapid.Uint64Range(1, 100).Draw(t, "stake"))})
			case 1:
				who := pt.Addr(uint64(rapid.IntRange(1, 3).Draw(t, "who")))
				amt := *new(uint256.Int).Mul(uint256.NewInt(rapid.Uint64Range(1, 50_000).Draw(t, "req")), uint256.NewInt(1e15))
				_, err = h.try(who, protocol.Command{Kind: protocol.CmdRequestWithdrawals, Amounts: []uint256.Int{amt}})
			case 2:
				n, fin, _, _ := h.s.WithdrawalQueue()
				if n == 0 {
					continue
				}
				id := rapid.Uint64Range(1, n).Draw(t, "claim")
				q, _ := h.s.WithdrawalRequest(id)
				paid := h.s.Account(q.Owner).ETH
				_, err = h.try(q.Owner, protocol.Command{Kind: protocol.CmdClaimWithdrawals, IDs: []uint64{id}})
				if err == nil {
					got := h.s.Account(q.Owner).ETH
					got.Sub(&got, &paid)
					if id > fin || !got.Eq(&q.Claimable) {
						t.Fatalf("claim %d paid %s, claimable %s (finalized up to %d)", id, got.Dec(), q.Claimable.Dec(), fin)
					}
				}
			case 3:
				if ins := h.s.SharesOf(pt.Insure); !ins.IsZero() && rapid.Bool().Draw(t, "cover") {
					h.gov(protocol.Action{Kind: protocol.ActRequestCover, Value: *ins})
				}
				continue
			case 4:
				h.credit(pt.ELVault, *new(uint256.Int).Mul(uint256.NewInt(rapid.Uint64Range(0, 2000).Draw(t, "el")), uint256.NewInt(1e15)))
				continue
			default:
				isReport = true
				// A consensus change of −3 … +0.1 ETH and maybe a sweep
				// of skimmed rewards to the withdrawal vault.
				delta := int64(rapid.IntRange(-3000, 100).Draw(t, "delta")) * 1e15
				if delta < 0 {
					balance.Sub(&balance, uint256.NewInt(uint64(-delta)))
				} else {
					balance.Add(&balance, uint256.NewInt(uint64(delta)))
				}
				r := protocol.OracleReport{Validators: 10, Balance: gwei(balance)}
				r.WithdrawalVault = h.s.Account(pt.Vault).ETH
				r.ELRewardsVault = h.s.Account(pt.ELVault).ETH
				h.wait(h.s.Params().RequestTimestampMargin)
				r.RefSlot = h.nextFrame()
				c, nc := h.s.SharesRequestedToBurn()
				r.SharesRequestedToBurn.Add(c, nc)
				if perr := h.s.PrepareFinalization(&r, uint64(rapid.IntRange(1, 5).Draw(t, "perCall"))); perr != nil {
					if protocol.CodeOf(perr) == "" {
						t.Fatalf("prepare: %v", perr)
					}
					balance = *h.s.BeaconBalance() // the chain "recovers": report what was
					continue
				}
				before = h.s.Root()
				preP, preS, preCL := h.s.TotalPooledEther(), h.s.TotalShares(), h.s.BeaconBalance()
				h.vote(&r, 3)
				_, err = h.try(pt.Oracles[0], protocol.Command{Kind: protocol.CmdOracleSubmit, Report: &r})
				if err == nil {
					// The consensus gain is never deferred (it is pooled
					// already); below the limit, vault pulls and burns fill
					// the rest of it; above, nothing is pulled (burns may
					// still go through when ETH locked for withdrawals
					// makes room in the limiter's books, as in Lido's).
					limit := h.s.Params().MaxPositiveRebase
					gainCap := new(uint256.Int).Mul(preP, uint256.NewInt(limit))
					gainCap.Div(gainCap, uint256.NewInt(1e9))
					var gain uint256.Int
					if postCL := h.s.BeaconBalance(); postCL.Gt(preCL) {
						gain.Sub(postCL, preCL)
					}
					postP, postS := h.s.TotalPooledEther(), h.s.TotalShares()
					rec, _ := h.s.LastReport()
					if !gain.Gt(gainCap) && rateUpBy(preP, preS, postP, postS, limit) {
						t.Fatalf("a report raised the rate from %s/%s to %s/%s, above the limit", preP, preS, postP, postS)
					}
					if gain.Gt(gainCap) && (!rec.WithdrawalsPull.IsZero() || !rec.ELRewardsPull.IsZero()) {
						t.Fatalf("a consensus gain of %s above the limit's %s, and the report pulled %s + %s", &gain, gainCap, &rec.WithdrawalsPull, &rec.ELRewardsPull)
					}
				}
				if err != nil {
					balance = *h.s.BeaconBalance()
				}
			}
			if err != nil {
				if protocol.CodeOf(err) == "" {
					t.Fatalf("non-domain error %v", err)
				}
				// A rejected report leaves the votes it gathered; only a
				// rejected transaction must leave the root.
				if !isReport && h.s.Root() != before {
					t.Fatalf("rejected (%v) but the state changed", err)
				}
			}
			checkReportInvariants(t, h)
		}
	})
}

func checkReportInvariants(t *rapid.T, h *harness) {
	var sum uint256.Int
	for _, a := range h.s.Addresses() {
		v := h.s.Account(a)
		sum.Add(&sum, &v.Shares)
	}
	if !sum.Eq(h.s.TotalShares()) {
		t.Fatalf("Σ shares %s != total %s", sum.Dec(), h.s.TotalShares())
	}
	c, nc := h.s.SharesRequestedToBurn()
	if pend := new(uint256.Int).Add(c, nc); !pend.Eq(h.s.SharesOf(pt.Burner)) {
		t.Fatalf("the burner holds %s shares, %s pending", h.s.SharesOf(pt.Burner), pend)
	}
	n, fin, unfinalized, locked := h.s.WithdrawalQueue()
	var qShares, qStETH, owed uint256.Int
	for id := uint64(1); id <= n; id++ {
		q, _ := h.s.WithdrawalRequest(id)
		if id > fin {
			qShares.Add(&qShares, &q.Shares)
			qStETH.Add(&qStETH, &q.StETH)
			continue
		}
		if q.Claimable.Gt(&q.StETH) {
			t.Fatalf("request %d worth %s, more than its %s", id, q.Claimable.Dec(), q.StETH.Dec())
		}
		if !q.Claimed {
			owed.Add(&owed, &q.Claimable)
		}
	}
	if !qShares.Eq(h.s.SharesOf(pt.Queue)) || !qStETH.Eq(unfinalized) {
		t.Fatalf("the queue holds %s shares (%s stETH), its unfinalized requests %s (%s)", h.s.SharesOf(pt.Queue), unfinalized, qShares.Dec(), qStETH.Dec())
	}
	if locked.Lt(&owed) {
		t.Fatalf("locked %s, finalized unclaimed requests are owed %s", locked, owed.Dec())
	}
	p := new(uint256.Int).Mul(uint256.NewInt(h.s.DepositedValidators()-h.s.BeaconValidators()), protocol.DepositSizeWei)
	p.Add(p, h.s.BufferedEther())
	p.Add(p, h.s.BeaconBalance())
	if !p.Eq(h.s.TotalPooledEther()) {
		t.Fatalf("pooled %s, buffer + balance + transient %s", h.s.TotalPooledEther(), p)
	}
}
