package difftest

import (
	"context"
	"encoding/binary"
	"errors"
	"flag"
	"fmt"
	"math/big"
	"os"
	"slices"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/holiman/uint256"
	"pgregory.net/rapid"

	"github.com/stakepool/stakepool/protocol"
	"github.com/stakepool/stakepool/protocol/protocoltest"
)

func asDataError(err error, target *interface{ ErrorData() interface{} }) bool {
	return errors.As(err, target)
}

// step is one command: the model's transaction and the same call on chain.
type step struct {
	desc   string
	sender int // key index that signs the chain transaction
	tx     protocol.Tx
	send   func(o *bind.TransactOpts) (*types.Transaction, error)
	// wait, when set, is a step of time passing: an empty block that many
	// seconds after its parent, and no command.
	wait uint64
	// credit is ETH the sender pays outside the model (a chain credit).
	credit *big.Int
	// chash is the report hash the contracts see (votes, submissions).
	chash [32]byte
	// then, when set, draws the steps that follow this one once it is
	// applied (a report drawn after waiting for its frame).
	then func() []step
	// moduleExit says a forced exit went through
	// ExitTrigger.triggerModuleExit (its event: ModuleExitTriggered).
	moduleExit bool
}

// checks is how many sequences to run: 200 per CI run, 2,000 with
// STAKEPOOL_LONG=1; an explicit -rapid.checks wins.
func setChecks() {
	f := flag.Lookup("rapid.checks")
	if f == nil || f.Value.String() != "100" {
		return
	}
	n := "200"
	if os.Getenv("STAKEPOOL_LONG") == "1" {
		n = "2000"
	}
	_ = f.Value.Set(n)
}

// TestDifferential applies random command sequences to protocol.State and
// to the contracts and compares, after every step, the outcome (applied,
// or refused with the same code), the events, and every balance, share
// count, allowance, total, queue entry and operator count, to the wei.
func TestDifferential(t *testing.T) {
	setChecks()
	w := newWorld(t)
	w.stats = map[string]int{}
	sequences := 0
	defer func() {
		t.Logf("%d sequences; outcomes by command (applied / refused, by code):\n%s", sequences, w.tally())
	}()
	sequence := func(rt *rapid.T) {
		sequences++
		if err := w.reset(t); err != nil {
			stats := w.stats
			w.chain.Backend.Close()
			w = newWorld(t)
			w.stats = stats
			w.stats["fresh chain"]++
			if err := w.reset(t); err != nil {
				t.Fatal(err)
			}
		}
		w.compare(rt)
		n := rapid.IntRange(5, 40).Draw(rt, "steps")
		for i := 0; i < n; i++ {
			var steps []step
			if w.hasClaimable() && rapid.IntRange(0, 1).Draw(rt, "claim-now") == 0 {
				// Finalized requests are few and late in a sequence: claim them often.
				steps = []step{w.draw(rt, 12)}
			} else if w.hasPendingExit() && rapid.IntRange(0, 5).Draw(rt, "trigger-now") == 0 {
				// So are exit requests past their deadline: force them often.
				steps = []step{w.drawTriggerExit(rt)}
			} else {
				switch rapid.IntRange(0, 13).Draw(rt, "area") {
				case 0, 1, 2:
					steps = w.drawOracle(rt)
				case 12, 13:
					steps = []step{w.drawBonded(rt)}
				case 3:
					steps = w.drawGovernance(rt)
				case 4, 5:
					steps = w.drawVeto(rt)
				case 6:
					steps = w.drawInstantRound(rt)
				default:
					steps = []step{w.draw(rt, -1)}
				}
			}
			for len(steps) > 0 {
				s := steps[0]
				steps = steps[1:]
				w.apply(rt, s)
				w.compare(rt)
				if s.then != nil {
					steps = append(s.then(), steps...)
				}
			}
		}
	}
	rapid.Check(t, sequence)
	if t.Failed() || sequences < 200 {
		return
	}
	// A rare command short of its bound after a full run is as likely bad
	// luck as a generator that no longer reaches it: one more run of as
	// many sequences tells them apart (a command applied 7 times in a
	// typical run is still short after both with a probability near 1e-5;
	// one the generator cannot reach stays short).
	if short := w.shortOfCoverage(); len(short) > 0 {
		t.Logf("short of coverage after %d sequences: %v; running as many again", sequences, short)
		rapid.Check(t, sequence)
	}
	if !t.Failed() {
		w.checkCoverage(t)
	}
}

// mustApply are the commands a CI run (200 sequences) must apply at
// least minApplied times each, so that the generator's reach cannot
// silently shrink: a command always refused compares only refusals. The
// rarest (transferFrom, transferSharesFrom, transferWithdrawal,
// transferWstETH, increaseAllowance) are drawn again often enough to be
// applied 10 or more times in a typical run (docs/contracts.md), so that
// a run's luck does not fail the bound: a run of the CI failed when
// transferWstETH, then drawn only for holders of wstETH, was applied once.
var mustApply = []string{
	"submit", "transfer", "transferShares", "approve", "increaseAllowance", "decreaseAllowance",
	"transferFrom", "transferSharesFrom", "permit", "wrap", "unwrap", "transferWstETH",
	"requestWithdrawals", "requestWithdrawalsWstETH", "claimWithdrawalsTo", "instantWithdraw",
	"transferWithdrawal", "deposit", "depositModule", "addSigningKeys", "removeSigningKeys",
	"submitReportData", "executeProposal", "VetoEscrow.setParams",
	"createOperator", "addKeys", "topUp",
}

const minApplied = 2

// tally renders the outcomes by command, one line each: applied, refused
// and the refusals by code.
func (w *world) tally() string {
	type row struct {
		applied, refused int
		codes            []string
	}
	rows := map[string]*row{}
	get := func(cmd string) *row {
		if rows[cmd] == nil {
			rows[cmd] = &row{}
		}
		return rows[cmd]
	}
	for k, n := range w.stats {
		switch {
		case strings.HasSuffix(k, " applied"):
			get(strings.TrimSuffix(k, " applied")).applied += n
		case strings.Contains(k, " refused "):
			i := strings.Index(k, " refused ")
			r := get(k[:i])
			r.refused += n
			r.codes = append(r.codes, fmt.Sprintf("%s %d", k[i+len(" refused "):], n))
		default:
			get(k).applied += n
		}
	}
	cmds := make([]string, 0, len(rows))
	for c := range rows {
		cmds = append(cmds, c)
	}
	sort.Strings(cmds)
	var b strings.Builder
	for _, c := range cmds {
		r := rows[c]
		sort.Strings(r.codes)
		fmt.Fprintf(&b, "  %-28s %6d applied %6d refused  %s\n", c, r.applied, r.refused, strings.Join(r.codes, ", "))
	}
	return b.String()
}

// shortOfCoverage lists the commands of mustApply applied fewer than
// minApplied times so far.
func (w *world) shortOfCoverage() []string {
	var short []string
	for _, c := range mustApply {
		if w.stats[c+" applied"] < minApplied {
			short = append(short, c)
		}
	}
	return short
}

// checkCoverage fails when a command of mustApply was applied fewer than minApplied times.
func (w *world) checkCoverage(t *testing.T) {
	for _, c := range w.shortOfCoverage() {
		t.Errorf("%s applied %d times in this run, want at least %d: the generator no longer reaches it", c, w.stats[c+" applied"], minApplied)
	}
}

// fitCap bounds a request meant to be accepted: 40 ETH (or wstETH), below
// the test's maximum of 50 ETH at the share rates a sequence reaches.
var fitCap = new(big.Int).Mul(big.NewInt(40), big.NewInt(1e18))

// hasClaimable says whether a finalized request is still unclaimed.
func (w *world) hasClaimable() bool {
	_, fin, _, _ := w.model.WithdrawalQueue()
	for id := uint64(1); id <= fin; id++ {
		if q, _ := w.model.WithdrawalRequest(id); !q.Claimed {
			return true
		}
	}
	return false
}

func (w *world) user(rt *rapid.T, label string) int {
	return keyUser0 + rapid.IntRange(0, numUsers-1).Draw(rt, label)
}

// holder is mostly a user for whom has(a) holds (when there is one), so
// that commands on balances are not all refused.
func (w *world) holder(rt *rapid.T, label string, has func(common.Address) bool) int {
	var hs []int
	for i := keyUser0; i < numKeys; i++ {
		if has(w.chain.Addrs[i]) {
			hs = append(hs, i)
		}
	}
	if len(hs) == 0 || rapid.IntRange(0, 3).Draw(rt, label+"-any") == 0 {
		return w.user(rt, label)
	}
	return hs[rapid.IntRange(0, len(hs)-1).Draw(rt, label)]
}

func (w *world) hasStETH(a common.Address) bool { return !w.model.SharesOf(a).IsZero() }

func (w *world) hasWstETH(a common.Address) bool {
	acc := w.model.Account(a)
	return !acc.WstETH.IsZero()
}

// recipient is a user, or now and then an address every transfer refuses
// (zero, the pool's contracts).
func (w *world) recipient(rt *rapid.T, label string) common.Address {
	refused := []common.Address{{}, w.a.Pool, w.a.WstETH, w.a.WithdrawalQueue, w.a.WithdrawalVault, w.a.ELRewardsVault, w.a.Burner, w.a.VetoEscrow}
	if rapid.IntRange(0, 9).Draw(rt, label+"-kind") == 0 {
		return refused[rapid.IntRange(0, len(refused)-1).Draw(rt, label+"-refused")]
	}
	return w.chain.Addrs[w.user(rt, label)]
}

var two128 = new(big.Int).Lsh(big.NewInt(1), 128)

// amount draws an amount around a balance: tiny, a part, all of it, a bit
// more, or out of range.
func amount(rt *rapid.T, label string, bal *big.Int) *big.Int {
	switch rapid.IntRange(0, 9).Draw(rt, label+"-kind") {
	case 0:
		return big.NewInt(rapid.Int64Range(0, 300).Draw(rt, label))
	case 1:
		return new(big.Int).Set(bal)
	case 2:
		more := new(big.Int).Add(bal, big.NewInt(rapid.Int64Range(1, 3).Draw(rt, label)))
		if more.BitLen() > 256 { // past an infinite allowance: the largest uint256, as the model reads it
			more.Sub(new(big.Int).Lsh(big.NewInt(1), 256), big.NewInt(1))
		}
		return more
	case 3:
		return new(big.Int).Set(two128)
	}
	if bal.Sign() == 0 {
		return big.NewInt(rapid.Int64Range(1, 1e6).Draw(rt, label))
	}
	r := new(big.Int).SetUint64(rapid.Uint64().Draw(rt, label))
	return r.Mod(r, new(big.Int).Add(bal, big.NewInt(1)))
}

func u256(b *big.Int) uint256.Int {
	var v uint256.Int
	if v.SetFromBig(b) {
		v.SetAllOne()
	}
	return v
}

func (w *world) stETHOf(a common.Address) *big.Int { return w.model.BalanceOf(a).ToBig() }

// draw draws a user's (or the depositor's, or an operator's) command:
// of the given kind, or any when kind is negative.
func (w *world) draw(rt *rapid.T, kind int) step {
	c := w.chain
	if kind < 0 {
		// 20 to 24, 26 and 27 draw again the commands that need an earlier one (an
		// allowance, a request, a wrap, a finalization) to be applied at all.
		kind = rapid.IntRange(0, 27).Draw(rt, "kind") // 25: a forced exit
		switch kind {
		case 20, 26:
			kind = 5 // transferFrom / transferSharesFrom
		case 21, 27:
			kind = 18 // a request-NFT transfer
		case 22:
			kind = 4 // allowance changes
		case 23:
			kind = 8 // unwrap
		case 24:
			kind = 12 // claims
		}
	}
	switch kind {
	case 0, 1: // submit
		u := w.user(rt, "staker")
		amt := new(big.Int).Mul(big.NewInt(rapid.Int64Range(0, 60).Draw(rt, "eth")), big.NewInt(1e18))
		amt.Add(amt, big.NewInt(rapid.Int64Range(0, 1e6).Draw(rt, "wei")))
		ref := c.Addrs[w.user(rt, "referral")]
		return step{desc: "submit", sender: u, tx: tx(c.Addrs[u], protocol.Command{Kind: protocol.CmdSubmit, Amount: u256(amt), To: ref}),
			send: func(o *bind.TransactOpts) (*types.Transaction, error) { o.Value = amt; return w.pool.Submit(o, ref) }}
	case 2: // transfer
		u := w.holder(rt, "from", w.hasStETH)
		to := w.recipient(rt, "to")
		amt := amount(rt, "amount", w.stETHOf(c.Addrs[u]))
		return step{desc: "transfer", sender: u, tx: tx(c.Addrs[u], protocol.Command{Kind: protocol.CmdTransfer, To: to, Amount: u256(amt)}),
			send: func(o *bind.TransactOpts) (*types.Transaction, error) { return w.pool.Transfer(o, to, amt) }}
	case 3: // transferShares
		u := w.holder(rt, "from", w.hasStETH)
		to := w.recipient(rt, "to")
		amt := amount(rt, "shares", w.model.SharesOf(c.Addrs[u]).ToBig())
		return step{desc: "transferShares", sender: u, tx: tx(c.Addrs[u], protocol.Command{Kind: protocol.CmdTransferShares, To: to, Amount: u256(amt)}),
			send: func(o *bind.TransactOpts) (*types.Transaction, error) { return w.pool.TransferShares(o, to, amt) }}
	case 4: // approve / increase / decrease
		u := w.user(rt, "owner")
		sp := w.recipient(rt, "spender")
		amt := amount(rt, "allowance", w.stETHOf(c.Addrs[u]))
		ak := rapid.IntRange(0, 7).Draw(rt, "approve-kind")
		if w.decrease {
			ak = 4 // drawn after an approval for it
		}
		switch ak {
		case 0:
			amt = new(big.Int).Sub(new(big.Int).Lsh(big.NewInt(1), 256), big.NewInt(1))
			fallthrough
		case 1:
			return step{desc: "approve", sender: u, tx: tx(c.Addrs[u], protocol.Command{Kind: protocol.CmdApprove, To: sp, Amount: u256(amt)}),
				send: func(o *bind.TransactOpts) (*types.Transaction, error) { return w.pool.Approve(o, sp, amt) }}
		case 2, 3:
			return step{desc: "increaseAllowance", sender: u, tx: tx(c.Addrs[u], protocol.Command{Kind: protocol.CmdIncreaseAllowance, To: sp, Amount: u256(amt)}),
				send: func(o *bind.TransactOpts) (*types.Transaction, error) { return w.pool.IncreaseAllowance(o, sp, amt) }}
		default:
			pairs := w.allowances(false)
			if len(pairs) == 0 && !w.decrease && rapid.IntRange(0, 3).Draw(rt, "decrease-approve-first") > 0 {
				return w.approveFirst(rt, func() []step {
					w.decrease = true
					defer func() { w.decrease = false }()
					return []step{w.draw(rt, 4)}
				})
			}
			if len(pairs) > 0 && rapid.IntRange(0, 7).Draw(rt, "decrease-pair") > 0 {
				pr := pairs[rapid.IntRange(0, len(pairs)-1).Draw(rt, "decrease-pick")]
				u, sp = pr[0], c.Addrs[pr[1]]
			}
			amt = amount(rt, "decrease", w.model.Allowance(c.Addrs[u], sp).ToBig()) // mostly within the allowance
			return step{desc: "decreaseAllowance", sender: u, tx: tx(c.Addrs[u], protocol.Command{Kind: protocol.CmdDecreaseAllowance, To: sp, Amount: u256(amt)}),
				send: func(o *bind.TransactOpts) (*types.Transaction, error) { return w.pool.DecreaseAllowance(o, sp, amt) }}
		}
	case 5: // transferFrom / transferSharesFrom
		sp := w.user(rt, "spender")
		owner := c.Addrs[w.user(rt, "owner")]
		pairs := w.allowances(true)
		if len(pairs) == 0 && rapid.IntRange(0, 3).Draw(rt, "approve-first") > 0 {
			return w.approveFirst(rt, func() []step { return []step{w.draw(rt, 5)} })
		}
		if len(pairs) > 0 && rapid.IntRange(0, 7).Draw(rt, "allowed-pair") > 0 {
			pr := pairs[rapid.IntRange(0, len(pairs)-1).Draw(rt, "pair")]
			owner, sp = c.Addrs[pr[0]], pr[1]
		}
		to := w.recipient(rt, "to")
		allowed := w.model.Allowance(owner, c.Addrs[sp]).ToBig()
		if rapid.Bool().Draw(rt, "by-shares") {
			// Shares whose charge (rounded up) the allowance covers: ⌊allowance × shares / pooled⌋.
			within := new(big.Int).Mul(allowed, w.model.TotalShares().ToBig())
			within.Div(within, w.model.TotalPooledEther().ToBig())
			amt := amount(rt, "shares", bigMin(w.model.SharesOf(owner).ToBig(), within))
			return step{desc: "transferSharesFrom", sender: sp, tx: tx(c.Addrs[sp], protocol.Command{Kind: protocol.CmdTransferSharesFrom, Owner: owner, To: to, Amount: u256(amt)}),
				send: func(o *bind.TransactOpts) (*types.Transaction, error) {
					return w.pool.TransferSharesFrom(o, owner, to, amt)
				}}
		}
		amt := amount(rt, "amount", bigMin(allowed, w.stETHOf(owner)))
		return step{desc: "transferFrom", sender: sp, tx: tx(c.Addrs[sp], protocol.Command{Kind: protocol.CmdTransferFrom, Owner: owner, To: to, Amount: u256(amt)}),
			send: func(o *bind.TransactOpts) (*types.Transaction, error) { return w.pool.TransferFrom(o, owner, to, amt) }}
	case 6: // permit, relayed by the deployer; the model sees the owner's approve
		u := w.user(rt, "owner")
		owner := c.Addrs[u]
		sp := c.Addrs[w.user(rt, "spender")]
		amt := amount(rt, "value", w.stETHOf(owner))
		return step{desc: "permit", sender: keyDeployer, tx: tx(owner, protocol.Command{Kind: protocol.CmdApprove, To: sp, Amount: u256(amt)}),
			send: func(o *bind.TransactOpts) (*types.Transaction, error) {
				v, r, s := w.signPermit(u, sp, amt)
				return w.pool.Permit(o, owner, sp, amt, permitDeadline, v, r, s)
			}}
	case 7: // wrap
		u := w.holder(rt, "account", w.hasStETH)
		amt := amount(rt, "amount", w.stETHOf(c.Addrs[u]))
		return step{desc: "wrap", sender: u, tx: tx(c.Addrs[u], protocol.Command{Kind: protocol.CmdWrap, Amount: u256(amt)}),
			send: func(o *bind.TransactOpts) (*types.Transaction, error) { return w.wst.Wrap(o, amt) }}
	case 8: // unwrap
		u := w.holder(rt, "account", w.hasWstETH)
		if s, ok := w.wrapFirst(rt, u, 8); ok {
			return s // few hold wstETH: a holder of stETH wraps a part first, then unwraps
		}
		wst := w.model.Account(c.Addrs[u]).WstETH
		amt := amount(rt, "amount", wst.ToBig())
		return step{desc: "unwrap", sender: u, tx: tx(c.Addrs[u], protocol.Command{Kind: protocol.CmdUnwrap, Amount: u256(amt)}),
			send: func(o *bind.TransactOpts) (*types.Transaction, error) { return w.wst.Unwrap(o, amt) }}
	case 9: // wstETH transfer
		u := w.holder(rt, "from", w.hasWstETH)
		if s, ok := w.wrapFirst(rt, u, 9); ok {
			return s // few hold wstETH: a holder of stETH wraps a part first, then transfers
		}
		to := w.recipient(rt, "to")
		wst := w.model.Account(c.Addrs[u]).WstETH
		amt := amount(rt, "amount", wst.ToBig())
		return step{desc: "transferWstETH", sender: u, tx: tx(c.Addrs[u], protocol.Command{Kind: protocol.CmdTransferWstETH, To: to, Amount: u256(amt)}),
			send: func(o *bind.TransactOpts) (*types.Transaction, error) { return w.wst.Transfer(o, to, amt) }}
	case 10: // withdrawal requests (in stETH; 11 and 19 are in wstETH, as often)
		u := w.holder(rt, "requester", w.hasStETH)
		owner := common.Address{}
		if rapid.Bool().Draw(rt, "other-owner") {
			owner = w.recipient(rt, "owner")
		}
		n := rapid.IntRange(0, 4).Draw(rt, "requests")
		if rapid.IntRange(0, 4).Draw(rt, "no-requests") > 0 {
			n = max(n, 1)
		}
		bal := w.stETHOf(c.Addrs[u])
		amts, mamts := drawRequestAmounts(rt, bal, n)
		return step{desc: "requestWithdrawals", sender: u, tx: tx(c.Addrs[u], protocol.Command{Kind: protocol.CmdRequestWithdrawals, To: owner, Amounts: mamts}),
			send: func(o *bind.TransactOpts) (*types.Transaction, error) { return w.wq.RequestWithdrawals(o, amts, owner) }}
	case 12: // claims: mostly an owner's finalized requests
		u := w.user(rt, "claimer")
		reqs, fin, _, _ := w.model.WithdrawalQueue()
		var claimable []uint64
		for id := uint64(1); id <= fin; id++ {
			if q, _ := w.model.WithdrawalRequest(id); !q.Claimed {
				claimable = append(claimable, id)
			}
		}
		if len(claimable) > 0 && rapid.IntRange(0, 3).Draw(rt, "claim-own") > 0 {
			q, _ := w.model.WithdrawalRequest(claimable[rapid.IntRange(0, len(claimable)-1).Draw(rt, "claim-pick")])
			u = w.keyOf(q.Owner, u)
		}
		var mine []uint64
		for _, c := range claimable {
			if q, _ := w.model.WithdrawalRequest(c); q.Owner == w.chain.Addrs[u] {
				mine = append(mine, c)
			}
		}
		n := rapid.IntRange(0, 3).Draw(rt, "claims")
		if len(mine) > 0 && rapid.IntRange(0, 4).Draw(rt, "claims-mine") > 0 {
			// Mostly one to all of the claimer's finalized requests, each once.
			mine = rapid.Permutation(mine).Draw(rt, "mine-order")
			n = rapid.IntRange(1, min(3, len(mine))).Draw(rt, "claims-n")
		}
		var ids []uint64
		var bids, hints []*big.Int
		for i := 0; i < n; i++ {
			id := rapid.Uint64Range(0, reqs+1).Draw(rt, "id")
			if i < len(mine) && rapid.IntRange(0, 5).Draw(rt, "id-mine") > 0 {
				id = mine[i]
			}
			ids = append(ids, id)
			bids = append(bids, new(big.Int).SetUint64(id))
			hints = append(hints, new(big.Int))
		}
		to := common.Address{}
		if rapid.Bool().Draw(rt, "to-other") {
			to = c.Addrs[w.user(rt, "recipient")]
		}
		return step{desc: "claimWithdrawalsTo", sender: u, tx: tx(c.Addrs[u], protocol.Command{Kind: protocol.CmdClaimWithdrawals, To: to, IDs: ids}),
			send: func(o *bind.TransactOpts) (*types.Transaction, error) {
				return w.wq.ClaimWithdrawalsTo(o, bids, hints, to)
			}}
	case 13: // instant withdrawal: mostly a holder past the holding period, for an amount the reserve covers
		u := w.holder(rt, "account", w.hasStETH)
		if ready := w.instantReady(); len(ready) > 0 && rapid.IntRange(0, 3).Draw(rt, "instant-ready") > 0 {
			u = ready[rapid.IntRange(0, len(ready)-1).Draw(rt, "instant-pick")]
		}
		bal := w.stETHOf(c.Addrs[u])
		amt := amount(rt, "amount", bal)
		fit := new(big.Int).Set(bal)
		if liq := w.model.InstantLiquidity().ToBig(); liq.Cmp(fit) < 0 {
			fit = liq
		}
		p := w.model.Params()
		minW := p.MinWithdrawal.ToBig()
		if fit.Cmp(minW) >= 0 && rapid.IntRange(0, 3).Draw(rt, "instant-fits") > 0 {
			amt = new(big.Int).Add(minW, part(rt, "instant-part", new(big.Int).Sub(fit, minW)))
		}
		return step{desc: "instantWithdraw", sender: u, tx: tx(c.Addrs[u], protocol.Command{Kind: protocol.CmdInstantWithdrawal, Amount: u256(amt)}),
			send: func(o *bind.TransactOpts) (*types.Transaction, error) { return w.pool.InstantWithdraw(o, amt) }}
	case 14, 15: // deposits (the model's system command; the depositor on chain)
		n := rapid.Uint64Range(0, 6).Draw(rt, "deposits")
		if rapid.IntRange(0, 2).Draw(rt, "deposit-module") == 0 { // one module's part (the deposit security module's call)
			m := rapid.IntRange(0, len(w.model.Modules())+1).Draw(rt, "deposit-module-id") // 0 and one past the last: no such module
			if rapid.IntRange(0, 2).Draw(rt, "deposit-module-known") > 0 {
				m = 1
			}
			return step{desc: "depositModule", sender: keyDepositor,
				tx: protocol.Tx{Sender: protocol.SystemSender, Cmd: protocol.Command{Kind: protocol.CmdDepositModule, Count: n, Index: uint64(m)}},
				send: func(o *bind.TransactOpts) (*types.Transaction, error) {
					return w.pool.DepositModule(o, new(big.Int).SetUint64(n), big.NewInt(int64(m)))
				}}
		}
		return step{desc: "deposit", sender: keyDepositor, tx: protocol.Tx{Sender: protocol.SystemSender, Cmd: protocol.Command{Kind: protocol.CmdDeposit, Count: n}},
			send: func(o *bind.TransactOpts) (*types.Transaction, error) {
				return w.pool.Deposit(o, new(big.Int).SetUint64(n))
			}}
	case 16: // key upload
		ops := w.model.OperatorStates()
		op := rapid.IntRange(0, len(ops)).Draw(rt, "operator")
		sender := keyOperator0 + rapid.IntRange(0, numOperators-1).Draw(rt, "uploader")
		if rapid.IntRange(0, 3).Draw(rt, "own") > 0 && op < len(ops) {
			sender = w.keyOf(ops[op].RewardAddress, sender)
		}
		n := rapid.IntRange(0, 4).Draw(rt, "keys")
		wc := w.model.WithdrawalCredentials()
		var keys []protocol.SigningKey
		var pks, sigs []byte
		for i := 0; i < n; i++ {
			k := protocoltest.Key(uint32(op), uint32(rapid.IntRange(0, 12).Draw(rt, "key")), wc)
			keys = append(keys, k)
			pks = append(pks, k.Pubkey[:]...)
			sigs = append(sigs, k.Signature[:]...)
		}
		return step{desc: "addSigningKeys", sender: sender, tx: tx(c.Addrs[sender], protocol.Command{Kind: protocol.CmdAddSigningKeys, Operator: protocol.OperatorID(op), Keys: keys}),
			send: func(o *bind.TransactOpts) (*types.Transaction, error) {
				return w.reg.AddSigningKeys(o, big.NewInt(int64(op)), big.NewInt(int64(n)), pks, sigs)
			}}
	case 18: // a withdrawal request (an ERC-721 token) moves to another owner
		reqs, _, _, _ := w.model.WithdrawalQueue()
		var open []uint64
		for id := uint64(1); id <= reqs; id++ {
			if q, _ := w.model.WithdrawalRequest(id); !q.Claimed {
				open = append(open, id)
			}
		}
		if len(open) == 0 && rapid.IntRange(0, 3).Draw(rt, "request-first") > 0 {
			return andThen(w.draw(rt, 10), func() []step { return []step{w.draw(rt, 18)} })
		}
		id := rapid.Uint64Range(0, reqs+1).Draw(rt, "token")
		if len(open) > 0 && rapid.IntRange(0, 3).Draw(rt, "token-open") > 0 {
			id = open[rapid.IntRange(0, len(open)-1).Draw(rt, "token-pick")]
		}
		u := w.user(rt, "token-sender")
		if q, ok := w.model.WithdrawalRequest(id); ok && !q.Claimed && rapid.IntRange(0, 3).Draw(rt, "token-owner") > 0 {
			u = w.keyOf(q.Owner, u)
		}
		from := c.Addrs[u]
		to := w.recipient(rt, "token-to")
		safe := rapid.Bool().Draw(rt, "safe")
		return step{desc: "transferWithdrawal", sender: u, tx: tx(from, protocol.Command{Kind: protocol.CmdTransferWithdrawal, To: to, Index: id}),
			send: func(o *bind.TransactOpts) (*types.Transaction, error) {
				if safe {
					return w.wq.SafeTransferFrom(o, from, to, new(big.Int).SetUint64(id))
				}
				return w.wq.TransferFrom(o, from, to, new(big.Int).SetUint64(id))
			}}
	case 11, 19: // withdrawal requests paid in wstETH
		u := w.holder(rt, "requester", w.hasWstETH)
		if s, ok := w.wrapFirst(rt, u, 19); ok {
			return s // few hold wstETH: a holder of stETH wraps a part first, then requests
		}
		owner := common.Address{}
		if rapid.Bool().Draw(rt, "other-owner") {
			owner = w.recipient(rt, "owner")
		}
		n := rapid.IntRange(0, 4).Draw(rt, "requests")
		if rapid.IntRange(0, 4).Draw(rt, "no-requests") > 0 {
			n = max(n, 1)
		}
		acc := w.model.Account(c.Addrs[u])
		bal := acc.WstETH.ToBig()
		amts, mamts := drawRequestAmounts(rt, bal, n)
		return step{desc: "requestWithdrawalsWstETH", sender: u, tx: tx(c.Addrs[u], protocol.Command{Kind: protocol.CmdRequestWithdrawalsWstETH, To: owner, Amounts: mamts}),
			send: func(o *bind.TransactOpts) (*types.Transaction, error) {
				return w.wq.RequestWithdrawalsWstETH(o, amts, owner)
			}}
	case 25: // a forced exit (EIP-7002)
		return w.drawTriggerExit(rt)
	default: // key removal
		ops := w.model.OperatorStates()
		var unused []int
		for i, o := range ops {
			if uint64(w.keyCount(i)) > o.Deposited {
				unused = append(unused, i)
			}
		}
		if len(unused) == 0 && rapid.IntRange(0, 3).Draw(rt, "upload-first") > 0 {
			return andThen(w.draw(rt, 16), func() []step { return []step{w.draw(rt, 17)} })
		}
		op := rapid.IntRange(0, len(ops)-1).Draw(rt, "operator")
		if len(unused) > 0 && rapid.IntRange(0, 3).Draw(rt, "op-unused") > 0 {
			op = unused[rapid.IntRange(0, len(unused)-1).Draw(rt, "op-pick")]
		}
		o := ops[op]
		keys := uint64(w.keyCount(op))
		from := rapid.Uint64Range(0, keys+1).Draw(rt, "from")
		count := rapid.Uint64Range(0, 3).Draw(rt, "count")
		if keys > o.Deposited && rapid.IntRange(0, 3).Draw(rt, "unused") > 0 {
			from = rapid.Uint64Range(o.Deposited, keys-1).Draw(rt, "from-unused")
			count = rapid.Uint64Range(1, min(3, keys-from)).Draw(rt, "count-unused")
		}
		sender := w.keyOf(o.RewardAddress, keyOperator0)
		return step{desc: "removeSigningKeys", sender: sender, tx: tx(c.Addrs[sender], protocol.Command{Kind: protocol.CmdRemoveSigningKeys, Operator: protocol.OperatorID(op), Index: from, Count: count}),
			send: func(o *bind.TransactOpts) (*types.Transaction, error) {
				return w.reg.RemoveSigningKeys(o, big.NewInt(int64(op)), new(big.Int).SetUint64(from), new(big.Int).SetUint64(count))
			}}
	}
}

// wrapFirst: when user u holds no wstETH, mostly a wrap of a part of
// the stETH of u (or of another holder), followed by a command of kind.
func (w *world) wrapFirst(rt *rapid.T, u, kind int) (step, bool) {
	if w.wrapped || w.hasWstETH(w.chain.Addrs[u]) || rapid.IntRange(0, 5).Draw(rt, "wrap-first") == 0 {
		return step{}, false
	}
	if !w.hasStETH(w.chain.Addrs[u]) {
		u = w.holder(rt, "wrapper", w.hasStETH)
	}
	a := w.chain.Addrs[u]
	if !w.hasStETH(a) {
		return step{}, false
	}
	amt := new(big.Int).Div(w.stETHOf(a), big.NewInt(rapid.Int64Range(1, 4).Draw(rt, "wrap-part")))
	return step{desc: "wrap", sender: u, tx: tx(a, protocol.Command{Kind: protocol.CmdWrap, Amount: u256(amt)}),
		send: func(o *bind.TransactOpts) (*types.Transaction, error) { return w.wst.Wrap(o, amt) },
		then: func() []step {
			w.wrapped = true
			defer func() { w.wrapped = false }()
			return []step{w.draw(rt, kind)}
		}}, true
}

// approveFirst is an approval by a holder of stETH to another user (for
// a part of the balance, or infinite), then the steps next draws.
func (w *world) approveFirst(rt *rapid.T, next func() []step) step {
	c := w.chain
	u := w.holder(rt, "approver", w.hasStETH)
	spa := c.Addrs[w.user(rt, "approved")]
	amt := part(rt, "approved-amount", w.stETHOf(c.Addrs[u]))
	if rapid.IntRange(0, 3).Draw(rt, "approve-infinite") == 0 {
		amt = new(big.Int).Sub(new(big.Int).Lsh(big.NewInt(1), 256), big.NewInt(1))
	}
	return step{desc: "approve", sender: u, tx: tx(c.Addrs[u], protocol.Command{Kind: protocol.CmdApprove, To: spa, Amount: u256(amt)}),
		send: func(o *bind.TransactOpts) (*types.Transaction, error) { return w.pool.Approve(o, spa, amt) },
		then: next}
}

// allowances lists the (owner, spender) pairs of users where the owner
// has allowed the spender some (and holds stETH, when holding is set).
func (w *world) allowances(holding bool) [][2]int {
	var out [][2]int
	for o := keyUser0; o < keyUser0+numUsers; o++ {
		if holding && !w.hasStETH(w.chain.Addrs[o]) {
			continue
		}
		for sp := keyUser0; sp < keyUser0+numUsers; sp++ {
			if !w.model.Allowance(w.chain.Addrs[o], w.chain.Addrs[sp]).IsZero() {
				out = append(out, [2]int{o, sp})
			}
		}
	}
	return out
}

func bigMin(a, b *big.Int) *big.Int {
	if a.Cmp(b) < 0 {
		return a
	}
	return b
}

// instantReady lists the users who may withdraw instantly now: stETH
// held since the report before last (the holding period), a funded
// reserve, no bunker mode and no pause of withdrawals.
func (w *world) instantReady() []int {
	m := w.model
	p := m.Params()
	if m.Bunker() || m.Paused(protocol.PauseWithdrawals) || m.InstantLiquidity().Lt(&p.MinWithdrawal) {
		return nil
	}
	var out []int
	for u := keyUser0; u < keyUser0+numUsers; u++ {
		acc := m.Account(w.chain.Addrs[u])
		if !acc.StETH.Lt(&p.MinWithdrawal) && m.ReportCount() >= acc.LastInflow+2 {
			out = append(out, u)
		}
	}
	return out
}

// drawInstantRound draws an instant withdrawal; when nobody is past the
// holding period yet, the two reports it asks for come first (each
// after waiting for its frame).
func (w *world) drawInstantRound(rt *rapid.T) []step {
	if len(w.instantReady()) > 0 || rapid.IntRange(0, 4).Draw(rt, "instant-at-once") == 0 {
		return []step{w.draw(rt, 13)}
	}
	// Reports (some are refused) until someone is past the holding
	// period and not in bunker mode, three at most.
	var next func(left int) func() []step
	next = func(left int) func() []step {
		return func() []step {
			if left == 0 || len(w.instantReady()) > 0 {
				return []step{w.draw(rt, 13)}
			}
			return w.afterReport(rt, next(left-1))
		}
	}
	return next(3)()
}

// afterReport waits for the next frame, reports in it, then draws next.
func (w *world) afterReport(rt *rapid.T, next func() []step) []step {
	wait := w.waitForNextFrame(rt)
	wait.then = func() []step {
		steps := w.reportSteps(rt)
		steps[len(steps)-1] = andThen(steps[len(steps)-1], next)
		return steps
	}
	return []step{wait}
}

// andThen is s followed, once applied, by the steps its own then draws
// and, once the last of those is applied, by those next draws (drawn
// only then, from the state they meet).
func andThen(s step, next func() []step) step {
	prev := s.then
	if prev == nil {
		s.then = next
		return s
	}
	s.then = func() []step {
		out := prev()
		if len(out) == 0 {
			return next()
		}
		out[len(out)-1] = andThen(out[len(out)-1], next)
		return out
	}
	return s
}

// keyOf is the key index of address a, or def when no key signs for it.
func (w *world) keyOf(a common.Address, def int) int {
	for i, x := range w.chain.Addrs {
		if x == a {
			return i
		}
	}
	return def
}

func tx(sender common.Address, c protocol.Command) protocol.Tx {
	return protocol.Tx{Sender: sender, Cmd: c}
}

var permitDeadline = new(big.Int).SetUint64(1 << 40)

// signPermit signs an EIP-2612 permit of key u with the pool's domain.
func (w *world) signPermit(u int, spender common.Address, value *big.Int) (uint8, [32]byte, [32]byte) {
	owner := w.chain.Addrs[u]
	nonce, err := w.pool.Nonces(nil, owner)
	if err != nil {
		panic(err)
	}
	domain, err := w.pool.DOMAINSEPARATOR(nil)
	if err != nil {
		panic(err)
	}
	typeHash := crypto.Keccak256([]byte("Permit(address owner,address spender,uint256 value,uint256 nonce,uint256 deadline)"))
	word := func(b *big.Int) []byte { return common.LeftPadBytes(b.Bytes(), 32) }
	structHash := crypto.Keccak256(typeHash, common.LeftPadBytes(owner[:], 32), common.LeftPadBytes(spender[:], 32),
		word(value), word(nonce), word(permitDeadline))
	digest := crypto.Keccak256(append(append([]byte{0x19, 0x01}, domain[:]...), structHash...))
	sig, err := crypto.Sign(digest, w.chain.Keys[u])
	if err != nil {
		panic(err)
	}
	var r, s [32]byte
	copy(r[:], sig[:32])
	copy(s[:], sig[32:64])
	return sig[64] + 27, r, s
}

// apply runs one step on both sides and compares outcome and events. The
// chain goes first: the model's block takes the mined block's number and
// timestamp (after a reset the simulated beacon's clock does not rewind).
func (w *world) apply(rt *rapid.T, s step) {
	ctx := context.Background()
	hdr, err := w.chain.Client.HeaderByNumber(ctx, nil)
	if err != nil {
		rt.Fatal(err)
	}
	next := hdr.Number.Uint64() + 1
	w.clean(rt, hdr.Hash())
	if s.wait > 0 {
		if err := w.chain.AdjustTime(time.Duration(s.wait) * time.Second); err != nil {
			rt.Fatal(err)
		}
		mined, err := w.chain.Client.HeaderByNumber(ctx, nil)
		if err != nil || mined.Number.Uint64() != next {
			rt.Fatalf("wait: head %v, want %d (%v)", mined.Number, next, err)
		}
		if err := w.model.BeginBlock(next, mined.Time); err != nil {
			rt.Fatal(err)
		}
		rt.Logf("wait %d s (block %d, time %d)", s.wait, next, mined.Time)
		w.stats["wait"]++
		return
	}
	o := w.chain.Opts(s.sender)
	o.Context = ctx
	// Built here and estimated in the next block (the node would estimate
	// at its head), so that rules of time and blocks — timelocks, pauses,
	// windows, frames, the staking limit — meet the same block on both
	// sides; then sent.
	o.NoSend, o.GasLimit = true, stepGasLimit
	ctx2, sendErr := s.send(o)
	if sendErr == nil {
		if sendErr = w.estimateNext(ctx, w.chain.Addrs[s.sender], ctx2, hdr); sendErr == nil {
			sendErr = w.chain.Client.SendTransaction(ctx, ctx2)
		}
	}
	var r *types.Receipt
	if sendErr != nil {
		w.chain.Backend.Commit() // the block the model's command is in
	} else {
		r = w.chain.Mine(rt, ctx2)
	}
	mined, err := w.chain.Client.HeaderByNumber(ctx, nil)
	if err != nil || mined.Number.Uint64() != next {
		rt.Fatalf("%s: head after mining is %v, want block %d (%v)", s.desc, mined.Number, next, err)
	}
	if err := w.model.BeginBlock(next, mined.Time); err != nil {
		rt.Fatal(err)
	}
	rt.Logf("step %s (block %d, time %d)", s.desc, next, mined.Time)
	s.tx.Nonce = w.model.Account(s.tx.Sender).Nonce
	evs, merr := w.model.ApplyTx(&s.tx)
	want := w.expect(&s, evs, mined.Time)
	mcode := protocol.CodeOf(merr)
	if merr != nil && mcode == "" {
		rt.Fatalf("%s: model failed: %v", s.desc, merr)
	}
	if sendErr != nil {
		ccode := w.revertCode(sendErr)
		w.stats[s.desc+" refused "+string(mcode)]++
		if ccode != mcode {
			rt.Fatalf("%s: contracts refused with %s (%v), model %v", s.desc, ccode, sendErr, merr)
		}
		return
	}
	fee := new(big.Int).Mul(new(big.Int).SetUint64(r.GasUsed), r.EffectiveGasPrice)
	from := w.chain.Addrs[s.sender]
	if w.gas[from] == nil {
		w.gas[from] = new(big.Int)
	}
	w.gas[from].Add(w.gas[from], fee)
	if s.credit != nil {
		w.gas[from].Add(w.gas[from], s.credit)
	}
	if r.Status != types.ReceiptStatusSuccessful {
		rt.Fatalf("%s: reverted on chain after a successful estimate (model: %v)", s.desc, merr)
	}
	if merr != nil {
		rt.Fatalf("%s: contracts applied it, model refused: %v", s.desc, merr)
	}
	got := w.logs(rt, r)
	if !sameByContract(got, want) {
		rt.Fatalf("%s: events differ\ncontracts:\n  %s\nmodel:\n  %s", s.desc, join(got), join(want))
	}
	w.stats[s.desc+" applied"]++
	for _, e := range got {
		if strings.HasPrefix(e, "VetoEscrow.VetoParamsSet(") {
			w.stats["VetoEscrow.setParams applied"]++ // through an executed proposal
		}
	}
	if k := s.tx.Cmd.Kind; k == protocol.CmdAddSigningKeys || k == protocol.CmdRemoveSigningKeys {
		w.compareKeys(rt)
	}
}

// moduleAddress is the contract of a module of the world: the curated
// registry is module 1, the bonded module is module 2 (bondedrouter_test.go;
// the world adds no other module). The long run found ModuleSet rendered
// with the registry's address for module 2 (seed 4177847583930702028).
func (w *world) moduleAddress(m protocol.Module) common.Address {
	if m.Kind == protocol.ModuleBonded {
		return w.a.BondedModule
	}
	return w.a.Registry
}

func join(s []string) string {
	out := ""
	for i, x := range s {
		if i > 0 {
			out += "\n  "
		}
		out += x
	}
	return out
}

// expect renders the model's events as the logs the contracts emit.
// Values the model's events do not carry are computed from the report's
// own figures: the burner's values at the burn (pooled ether after the
// report, the shares before the burn) and at each penalty mint (the same
// pooled ether, the shares then).
func (w *world) expect(st *step, evs []protocol.Event, now uint64) []string {
	txc, chash := &st.tx, st.chash
	var out []string
	var pre protocol.Event
	var minted, sharesNow, burnBase, postP uint256.Int
	for _, e := range evs {
		if e.Kind == protocol.EvTokenRebased {
			postP = e.Amount
		}
	}
	value := func(shares, total *uint256.Int) *uint256.Int {
		var v uint256.Int
		v.Mul(shares, &postP)
		return v.Div(&v, total)
	}
	wstTransfer := txc.Cmd.Kind == protocol.CmdTransferWstETH
	var deposits []protocol.DepositRecord
	for _, e := range evs {
		switch e.Kind {
		case protocol.EvSubmitted:
			out = append(out, ev("Pool", "Submitted", e.From, &e.Amount, e.To))
		case protocol.EvTransfer:
			if wstTransfer || e.Count == 2 { // wstETH moves (Count marks them)
				out = append(out, ev("WstETH", "Transfer", e.From, e.To, &e.Shares))
			} else {
				out = append(out, ev("Pool", "Transfer", e.From, e.To, &e.Amount))
			}
		case protocol.EvTransferShares:
			out = append(out, ev("Pool", "TransferShares", e.From, e.To, &e.Shares))
		case protocol.EvApproval:
			out = append(out, ev("Pool", "Approval", e.From, e.To, &e.Amount))
		case protocol.EvWrap:
			out = append(out, ev("WstETH", "Transfer", common.Address{}, e.From, &e.Shares))
		case protocol.EvUnwrap:
			out = append(out, ev("WstETH", "Transfer", e.From, common.Address{}, &e.Shares))
		case protocol.EvWithdrawalRequested:
			id := new(big.Int).SetUint64(e.Index)
			out = append(out, ev("WithdrawalQueue", "Transfer", common.Address{}, e.To, id),
				ev("WithdrawalQueue", "WithdrawalRequested", id, e.From, e.To, &e.Amount, &e.Shares))
		case protocol.EvWithdrawalClaimed:
			id := new(big.Int).SetUint64(e.Index)
			out = append(out, ev("WithdrawalQueue", "Transfer", e.From, common.Address{}, id),
				ev("WithdrawalQueue", "WithdrawalClaimed", id, e.From, e.To, &e.Amount))
		case protocol.EvWithdrawalTransferred:
			out = append(out, ev("WithdrawalQueue", "Transfer", e.From, e.To, u64big(e.Index)))
		case protocol.EvInstantWithdrawal:
			out = append(out, ev("Pool", "InstantWithdrawal", e.From, &e.Amount, &e.Shares))
		case protocol.EvDeposited:
			out = append(out, ev("Pool", "Deposited", big.NewInt(int64(e.Operator)), new(big.Int).SetUint64(e.Index), new(big.Int).SetUint64(e.Count), &e.Amount))
			deposits = append(deposits, w.model.Deposits(e.Index)[0])
		case protocol.EvBufferUnbuffered:
			out = append(out, ev("Pool", "Unbuffered", &e.Amount))
			for _, d := range deposits {
				out = append(out, ev("DepositContract", "DepositEvent", d.Pubkey[:], d.WithdrawalCredentials[:], le(uint64(d.Amount)), d.Signature[:], le(d.Index)))
			}
		case protocol.EvSigningKeysAdded:
			out = append(out, ev("OperatorRegistry", "SigningKeysAdded", big.NewInt(int64(e.Operator)), new(big.Int).SetUint64(e.Index), new(big.Int).SetUint64(e.Count)))
		case protocol.EvSigningKeysRemoved:
			out = append(out, ev("OperatorRegistry", "SigningKeysRemoved", big.NewInt(int64(e.Operator)), new(big.Int).SetUint64(e.Index), new(big.Int).SetUint64(e.Count)))
		case protocol.EvChainCredit:
			// a plain ETH transfer on chain (no log)
		case protocol.EvStakeLimitChanged:
			out = append(out, ev("Pool", "StakingLimitSet", &e.Amount, &e.Shares))
		case protocol.EvOracleVote:
			out = append(out, ev("Oracle", "ReportReceived", u64big(e.Index), e.From, chash, u64big(e.Count)))
		case protocol.EvOracleConsensus:
			out = append(out, ev("Oracle", "ConsensusReached", u64big(e.Index), chash, u64big(e.Count)))
		case protocol.EvBunkerAlert:
			out = append(out, ev("Oracle", "BunkerAlert", e.From, u64big(e.Index)))
		case protocol.EvSecondOpinion:
			out = append(out, ev("SanityChecker", "SecondOpinionReceived", e.From, u64big(e.Index), u64big(e.Count), &e.Amount))
		case protocol.EvReportPre:
			pre = e
			sharesNow = e.Shares
		case protocol.EvVaultPulled:
			if e.From == w.a.WithdrawalVault {
				out = append(out, ev("WithdrawalVault", "WithdrawalsPulled", &e.Amount))
			} else {
				out = append(out, ev("ELRewardsVault", "ELRewardsPulled", &e.Amount))
			}
		case protocol.EvBurnRequested:
			out = append(out, ev("Burner", "StETHBurnRequested", e.Count == 1, e.From, &e.Amount, &e.Shares))
		case protocol.EvSharesBurnt:
			if burnBase.IsZero() {
				burnBase = sharesNow // both parts are valued before the burn
			}
			out = append(out, ev("Pool", "SharesBurnt", e.From, &e.Shares),
				ev("Burner", "StETHBurnt", e.Count == 1, value(&e.Shares, &burnBase), &e.Shares))
			sharesNow.Sub(&sharesNow, &e.Shares)
		case protocol.EvInsuranceCover:
			out = append(out, ev("Pool", "InsuranceCover", &e.Amount, &e.Shares))
		case protocol.EvFeeMinted:
			op := new(big.Int).Sub(new(big.Int).Lsh(big.NewInt(1), 256), big.NewInt(1))
			if e.Count == 1 {
				op = big.NewInt(int64(e.Operator))
			}
			out = append(out, ev("Pool", "TransferShares", common.Address{}, e.To, &e.Shares), ev("Pool", "FeeMinted", e.To, &e.Shares, op))
			minted.Add(&minted, &e.Shares)
			sharesNow.Add(&sharesNow, &e.Shares)
		case protocol.EvStuckPenalty:
			minted.Add(&minted, &e.Shares)
			sharesNow.Add(&sharesNow, &e.Shares)
			out = append(out, ev("Pool", "TransferShares", common.Address{}, w.a.Burner, &e.Shares),
				ev("Pool", "StuckPenalty", big.NewInt(int64(e.Operator)), &e.Shares),
				ev("Burner", "StETHBurnRequested", false, w.a.StakingRouter, value(&e.Shares, &sharesNow), &e.Shares))
		case protocol.EvELRewardsCharged:
			w.stats["execution-reward shares withheld applied"]++
			minted.Add(&minted, &e.Shares)
			sharesNow.Add(&sharesNow, &e.Shares)
			out = append(out, ev("Pool", "TransferShares", common.Address{}, w.a.Burner, &e.Shares),
				ev("Pool", "ELRewardsCharged", big.NewInt(int64(e.Operator)), &e.Shares),
				ev("Burner", "StETHBurnRequested", false, w.a.StakingRouter, value(&e.Shares, &sharesNow), &e.Shares))
		case protocol.EvWithdrawalsFinalized:
			out = append(out, ev("WithdrawalQueue", "WithdrawalsFinalized", u64big(e.Index), u64big(e.Count), &e.Amount, &e.Shares, u64big(now)))
		case protocol.EvExitTriggered:
			out = append(out, w.expectExit(&e, st.moduleExit)...)
		case protocol.EvExitRequested:
			out = append(out, ev("OperatorRegistry", "ExitRequested", big.NewInt(int64(e.Operator)), u64big(e.Index)))
		case protocol.EvTokenRebased:
			rec, _ := w.model.LastReport()

			elapsed := (rec.RefSlot - rec.PrevRefSlot) * 12
			out = append(out, ev("Pool", "TokenRebased", u64big(w.model.Chain().SlotTime(rec.RefSlot)), u64big(elapsed),
				&pre.Shares, &pre.Amount, &e.Shares, &e.Amount, &minted))
		// Governance's actions (the proposals' own events, the pauses and
		// the veto's: expectVeto).
		case protocol.EvParameterSet:
			out = append(out, w.paramEvent(protocol.ParamID(e.Index)))
		case protocol.EvOperatorAdded:
			p, _ := w.model.Proposal(txc.Cmd.Proposal)
			out = append(out, ev("OperatorRegistry", "OperatorAdded", big.NewInt(int64(e.Operator)), p.Action.Name, e.To))
		case protocol.EvOperatorLimitSet:
			out = append(out, ev("OperatorRegistry", "OperatorLimitSet", big.NewInt(int64(e.Operator)), u64big(e.Index)))
		case protocol.EvVettedDecreased: // a curated module's: the registry's event, by the module's own id
			out = append(out, ev("OperatorRegistry", "VettedSigningKeysDecreased", big.NewInt(int64(e.Operator)&(1<<24-1)), u64big(e.Index)))
		case protocol.EvOperatorActiveSet:
			out = append(out, ev("OperatorRegistry", "OperatorActiveSet", big.NewInt(int64(e.Operator)), e.Index == 1))
		case protocol.EvTargetLimitSet:
			out = append(out, ev("OperatorRegistry", "TargetValidatorsCountChanged", big.NewInt(int64(e.Operator)), u64big(e.Index), u64big(e.Count)))
		case protocol.EvGovernanceChanged:
			out = append(out, ev("Governance", "CommitteeChanged", u64big(e.Index), u64big(e.Count)))
		case protocol.EvOracleCommitteeChanged:
			out = append(out, ev("Oracle", "OracleCommitteeChanged", u64big(e.Index), u64big(e.Count)))
		case protocol.EvSecondOpinionSet:
			out = append(out, ev("SanityChecker", "SecondOpinionOracleSet", e.To))
		case protocol.EvModuleSet:
			p, _ := w.model.Proposal(txc.Cmd.Proposal)
			m := w.model.Modules()[e.Index-1]
			out = append(out, ev("StakingRouter", "ModuleSet", u64big(e.Index), w.moduleAddress(m), p.Action.Name, u64big(m.ShareBP),
				u64big(p.Action.ModuleFeeBP), u64big(p.Action.TreasuryFeeBP), u64big(uint64(m.Status))))
		case protocol.EvBondChanged, protocol.EvBondPenalized, protocol.EvBondedBatchDropped, protocol.EvBondedKeysRemoved:
			// the bonded module's own events: its books are compared as state
		default:
			if lines, ok := w.expectVeto(&e); ok {
				out = append(out, lines...)
				continue
			}
			out = append(out, "model."+e.Kind.String())
		}
	}
	return out
}

func u64big(v uint64) *big.Int { return new(big.Int).SetUint64(v) }

// contractOnly are contract events the model has no event for (their
// effects are compared as state).
var contractOnly = map[string]bool{
	"Pool.BunkerModeSet": true, "Oracle.ReportProcessed": true, "OperatorRegistry.ExitedUpdated": true,
	"OperatorRegistry.StuckUpdated": true, "OperatorRegistry.ScorecardUpdated": true, "OperatorRegistry.StuckPenaltyEndSet": true,
	"StakingRouter.ELRewardsDebtChanged": true,
}

// sameByContract compares the logs of each contract in order (the order
// between contracts follows the calls between them, not a rule).
func sameByContract(got, want []string) bool {
	split := func(evs []string, dropOnly bool) map[string][]string {
		m := map[string][]string{}
		for _, e := range evs {
			name := e[:strings.IndexByte(e, '(')]
			c := name[:strings.IndexByte(name, '.')]
			if dropOnly && (contractOnly[name] || c == "BondedModule") { // the module's books are compared as state
				continue
			}
			m[c] = append(m[c], e)
		}
		return m
	}
	g, wnt := split(got, true), split(want, false)
	if len(g) != len(wnt) {
		return false
	}
	for c, evs := range g {
		if !slices.Equal(evs, wnt[c]) {
			return false
		}
	}
	return true
}

func le(v uint64) []byte {
	b := make([]byte, 8)
	binary.LittleEndian.PutUint64(b, v)
	return b
}

// drawRequestAmounts draws n withdrawal requests' amounts out of bal (the
// stETH or wstETH a holder has): each its share of bal, or mostly a value
// within [100, share] capped at fitCap, so that most are acceptable.
func drawRequestAmounts(rt *rapid.T, bal *big.Int, n int) ([]*big.Int, []uint256.Int) {
	var amts []*big.Int
	var mamts []uint256.Int
	for i := 0; i < n; i++ {
		part := new(big.Int).Div(bal, big.NewInt(int64(n)))
		a := amount(rt, "request", part)
		if part.Cmp(fitCap) > 0 {
			part = fitCap
		}
		if rapid.IntRange(0, 9).Draw(rt, "request-fits") > 0 && part.Cmp(big.NewInt(200)) > 0 {
			r := new(big.Int).SetUint64(rapid.Uint64().Draw(rt, "request-part"))
			a = r.Mod(r, new(big.Int).Sub(part, big.NewInt(99)))
			a.Add(a, big.NewInt(100))
		}
		amts = append(amts, a)
		mamts = append(mamts, u256(a))
	}
	return amts, mamts
}
