package protocol_test

import (
	"testing"

	"github.com/holiman/uint256"
	"pgregory.net/rapid"

	"github.com/stakepool/stakepool/protocol"
	pt "github.com/stakepool/stakepool/protocol/protocoltest"
	"github.com/stakepool/stakepool/units"
)

// routerPool draws a pool of 2 or 3 modules (module 1 with 1–3 operators,
// each other module a second curated registry with 1–2), random target
// shares, fees and key limits, the report sanity limits opened wide.
func routerPool(t *rapid.T) (*harness, []protocol.OperatorID) {
	h := newHarness(t, propAccounts)
	h.gov(protocol.Action{Kind: protocol.ActSetParameter, Param: protocol.ParamReserveTargetBP, Value: wei(0)})
	h.gov(protocol.Action{Kind: protocol.ActSetParameter, Param: protocol.ParamAnnualIncreaseBP, Value: wei(100 * protocol.BP)})
	h.gov(protocol.Action{Kind: protocol.ActSetParameter, Param: protocol.ParamExitedEthPerDay, Value: wei(1 << 32)})
	var ops []protocol.OperatorID
	empty1 := rapid.IntRange(0, 3).Draw(t, "module 1 keyless") == 0 // other modules' fees alone
	keys := func(id protocol.OperatorID, reward protocol.Address) {
		n := rapid.IntRange(0, 16).Draw(t, "keys")
		if m, _ := protocol.SplitOperatorID(id); m == 1 && empty1 {
			n = 0
		}
		if n > 0 {
			ks := make([]protocol.SigningKey, n)
			for i := range ks {
				ks[i] = pt.Key(uint32(id), uint32(i), h.s.WithdrawalCredentials())
			}
			h.do(reward, protocol.Command{Kind: protocol.CmdAddSigningKeys, Operator: id, Keys: ks})
		}
		limit := uint64(n) // mostly every key vetted
		if rapid.IntRange(0, 3).Draw(t, "cut") == 0 {
			limit = rapid.Uint64Range(0, uint64(n)).Draw(t, "limit")
		}
		h.gov(protocol.Action{Kind: protocol.ActSetOperatorLimit, Operator: id, Limit: limit})
		ops = append(ops, id)
	}
	for i := range rapid.IntRange(1, 3).Draw(t, "curated ops") {
		reward := pt.Addr(uint64(600 + i))
		h.gov(protocol.Action{Kind: protocol.ActAddOperator, Name: "op", Address: reward})
		keys(protocol.OperatorID(i), reward)
	}
	h.gov(protocol.Action{Kind: protocol.ActSetModule, Module: 1, Name: "curated", ShareBP: drawShare(t)})
	for m := protocol.ModuleID(2); m <= protocol.ModuleID(rapid.IntRange(2, 3).Draw(t, "modules")); m++ {
		// Fees: mostly Lido-like, sometimes all to the module (no
		// treasury part for the insurance fund's to come out of).
		fee, treasury := rapid.Uint64Range(0, 2000).Draw(t, "module fee"), rapid.Uint64Range(0, 2000).Draw(t, "treasury fee")
		if rapid.IntRange(0, 3).Draw(t, "module takes all") == 0 {
			fee, treasury = rapid.Uint64Range(0, protocol.BP).Draw(t, "module fee"), 0
		}
		h.gov(protocol.Action{Kind: protocol.ActAddModule, Name: "dvt", ShareBP: drawShare(t), ModuleFeeBP: fee, TreasuryFeeBP: treasury})
		for k := range rapid.IntRange(1, 2).Draw(t, "module ops") {
			reward := pt.Addr(uint64(700 + 10*int(m) + k))
			h.gov(protocol.Action{Kind: protocol.ActAddModuleOperator, Module: m, Name: "op", Address: reward})
			keys(protocol.ModuleOperatorID(m, uint64(k)), reward)
		}
	}
	return h, ops
}

// drawShare is a target share: mostly large (shares that sum below 100%
// let nothing be deposited from an empty pool: every deposit would put
// some module over its share), sometimes any.
func drawShare(t *rapid.T) uint64 {
	switch rapid.IntRange(0, 3).Draw(t, "share kind") {
	case 0:
		return protocol.BP
	case 1:
		return rapid.Uint64Range(5000, protocol.BP).Draw(t, "share")
	}
	return rapid.Uint64Range(0, protocol.BP).Draw(t, "share")
}

// moduleActive is each module's active validators (deposited − exited).
func moduleActive(h *harness) map[protocol.ModuleID]uint64 {
	out := map[protocol.ModuleID]uint64{}
	for _, m := range h.s.Modules() {
		for _, o := range h.s.ModuleOperators(m.ID) {
			out[m.ID] += o.Deposited - o.Exited
		}
	}
	return out
}

// TestPropertyRouterShares: over random deposits, exits, share changes and
// rewards, (1) a module that takes a deposit is within its target share
// of all active validators after the call, ⌊share × total / 10000⌋; (2)
// a report's fee shares are what it minted — operators, their penalties
// to the burner, treasury, insurance — plus dust the pool keeps, a few
// shares per operator and module at most.
func TestPropertyRouterShares(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		h, ops := routerPool(t)
		for step := range rapid.IntRange(1, 25).Draw(t, "steps") {
			_ = step
			switch rapid.IntRange(0, 5).Draw(t, "kind") {
			case 0:
				h.do(pt.Addr(1), protocol.Command{Kind: protocol.CmdSubmit, Amount: eth(rapid.Uint64Range(32, 1000).Draw(t, "stake"))})
			case 1, 5:
				h.next()
				before := moduleActive(h)
				ev := h.do(protocol.SystemSender, protocol.Command{Kind: protocol.CmdDeposit, Count: rapid.Uint64Range(1, 30).Draw(t, "n")})
				got := map[protocol.ModuleID]bool{}
				for _, e := range ev {
					if e.Kind == protocol.EvDeposited {
						m, _ := protocol.SplitOperatorID(e.Operator)
						got[m] = true
					}
				}
				after := moduleActive(h)
				var total uint64
				for _, a := range after {
					total += a
				}
				for _, m := range h.s.Modules() {
					limit := m.ShareBP * total / protocol.BP // rounded down
					if got[m.ID] && after[m.ID] > limit {
						t.Fatalf("module %d took deposits to %d of %d active (was %d), over its %d bp (%d)", m.ID, after[m.ID], total, before[m.ID], m.ShareBP, limit)
					}
				}
			case 2:
				m := protocol.ModuleID(rapid.IntRange(1, len(h.s.Modules())).Draw(t, "module"))
				cur := h.s.Modules()[m-1]
				a := protocol.Action{Kind: protocol.ActSetModule, Module: m, Name: cur.Name, ShareBP: drawShare(t),
					Status: protocol.ModuleStatus(rapid.IntRange(0, 2).Draw(t, "status"))}
				if m != 1 {
					a.ModuleFeeBP, a.TreasuryFeeBP = cur.ModuleFeeBP, cur.TreasuryFeeBP
				}
				h.gov(a)
			case 3, 4:
				routerReport(t, h, ops)
			}
		}
	})
}

// routerReport draws exits and a consensus gain, has them reported and
// checks the fee's split.
func routerReport(t *rapid.T, h *harness, ops []protocol.OperatorID) {
	var r protocol.OracleReport
	r.Validators = h.s.DepositedValidators()
	var exited, newly uint64
	for _, id := range ops {
		o := operatorOf(h, id)
		e := o.Exited
		if rapid.Bool().Draw(t, "exit") && o.Deposited > o.Exited {
			e += rapid.Uint64Range(1, o.Deposited-o.Exited).Draw(t, "exits")
			r.Exited = append(r.Exited, protocol.OperatorCount{Operator: id, Count: e})
			newly += e - o.Exited
		}
		exited += e
	}
	if newly > 0 {
		h.credit(pt.Vault, eth(32*newly))
	}
	r.WithdrawalVault = h.s.Account(pt.Vault).ETH
	gain := units.Ether(0).Mul(uint256.NewInt(rapid.Uint64Range(0, 2000).Draw(t, "gain")), uint256.NewInt(1e15))
	bal := new(uint256.Int).Mul(uint256.NewInt(r.Validators-exited), units.Ether(32))
	bal.Add(bal, gain)
	r.Balance = gwei(*bal)
	ev, err := h.report(r)
	if err != nil {
		return // a report the sanity checks refuse changes nothing
	}
	rec, _ := h.s.LastReport()
	var minted uint256.Int
	for _, e := range ev {
		if e.Kind == protocol.EvFeeMinted || e.Kind == protocol.EvStuckPenalty {
			if e.Shares.Gt(&rec.FeeShares) { // (a sum could wrap back below the fee)
				t.Fatalf("%s of %s shares to %s, more than the fee of %s", e.Kind, e.Shares.Dec(), e.To, rec.FeeShares.Dec())
			}
			minted.Add(&minted, &e.Shares)
		}
	}
	if minted.Gt(&rec.FeeShares) {
		t.Fatalf("minted %s shares of a fee of %s", minted.Dec(), rec.FeeShares.Dec())
	}
	dust := new(uint256.Int).Sub(&rec.FeeShares, &minted)
	if bound := uint64(3*len(ops) + len(h.s.Modules()) + 2); dust.GtUint64(bound) {
		t.Fatalf("fee %s, minted %s: %s shares of dust, more than %d", rec.FeeShares.Dec(), minted.Dec(), dust.Dec(), bound)
	}
}

func operatorOf(h *harness, id protocol.OperatorID) protocol.Operator {
	m, k := protocol.SplitOperatorID(id)
	return h.s.ModuleOperators(m)[k]
}
