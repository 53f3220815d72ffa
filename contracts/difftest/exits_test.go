package difftest

import (
	"fmt"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/core/types"
	"pgregory.net/rapid"

	"github.com/stakepool/stakepool/contracts/bindings"
	"github.com/stakepool/stakepool/protocol"
	"github.com/stakepool/stakepool/protocol/protocoltest"
)

// exitKeys is, for a global operator id, its module's counts: keys,
// exited, asked to exit (ok false: no such operator).
func (w *world) exitKeys(g protocol.OperatorID) (keys, exited, asked uint64, ok bool) {
	mod, k := protocol.SplitOperatorID(g)
	switch mod {
	case 1:
		ops := w.model.OperatorStates()
		if k < uint64(len(ops)) {
			return uint64(w.keyCount(int(k))), ops[k].Exited, ops[k].ExitRequested, true
		}
	case 2:
		m, _ := w.model.BondedModule()
		if o, err := m.Operator(k); err == nil {
			return m.KeyCount(k), o.Exited, o.ExitRequested, true
		}
	}
	return 0, 0, 0, false
}

// pendingExits is every operator (global id, both modules) asked to exit
// a key it has not exited.
func (w *world) pendingExits() []protocol.OperatorID {
	var out []protocol.OperatorID
	for i := range w.model.OperatorStates() {
		if _, e, a, _ := w.exitKeys(protocol.OperatorID(i)); e < a {
			out = append(out, protocol.OperatorID(i))
		}
	}
	m, _ := w.model.BondedModule()
	for i := uint64(0); i < m.Operators(); i++ {
		g := protocol.ModuleOperatorID(2, i)
		if _, e, a, _ := w.exitKeys(g); e < a {
			out = append(out, g)
		}
	}
	return out
}

// drawTriggerExit draws a forced exit, of either module's keys: mostly a
// key asked to exit and not exited (overdue or not: mostly a wait until
// it is, then its trigger), now and then any key of any operator of module
// 1 or 2 (or an unknown one, or module 3); module 1's through
// ExitTrigger.triggerExit mostly, else triggerModuleExit (every module's
// entry).
func (w *world) drawTriggerExit(rt *rapid.T) step {
	mod := protocol.ModuleID(rapid.IntRange(1, 2).Draw(rt, "exit-module"))
	if rapid.IntRange(0, 30).Draw(rt, "exit-module-unknown") == 0 {
		mod = 3
	}
	n := uint64(len(w.model.OperatorStates()))
	if mod == 2 {
		m, _ := w.model.BondedModule()
		n = m.Operators()
	}
	op := n // an unknown operator, now and then (always when the module has none)
	if n > 0 && rapid.IntRange(0, 9).Draw(rt, "exit-operator-known") > 0 {
		op = rapid.Uint64Range(0, n-1).Draw(rt, "exit-operator")
	}
	g := protocol.ModuleOperatorID(mod, op)
	keys, _, _, _ := w.exitKeys(g)
	key := rapid.Uint64Range(0, keys).Draw(rt, "exit-key") // keys: an unknown key
	if pending := w.pendingExits(); len(pending) > 0 && rapid.IntRange(0, 4).Draw(rt, "exit-pending") > 0 {
		g = pending[rapid.IntRange(0, len(pending)-1).Draw(rt, "exit-pick")]
		_, e, a, _ := w.exitKeys(g)
		key = rapid.Uint64Range(e, a-1).Draw(rt, "exit-pending-key")
		// Mostly a key not forced yet (a forced key stays pending until the
		// report counts it exited).
		for k := e; k < a && w.model.ExitTriggered(g, key) && rapid.IntRange(0, 4).Draw(rt, "exit-fresh") > 0; k++ {
			key = k
		}
	}
	if slot, ok := w.model.ExitRequestSlot(g, key); ok && rapid.IntRange(0, 3).Draw(rt, "exit-wait") > 0 {
		// Not overdue yet: mostly wait until it is (a block in the first
		// slot past the deadline), then trigger it.
		due := w.model.Chain().SlotTime(slot + w.model.Params().ExitDeadlineSlots + 1)
		if now := w.model.Timestamp(); due > now {
			return step{desc: "wait", wait: due - now, then: func() []step { return []step{w.drawTrigger(rt, g, key)} }}
		}
	}
	return w.drawTrigger(rt, g, key)
}

// drawTrigger draws the call forcing key `key` of operator g: the value
// mostly covers the fee the system contract asks at the head (read first,
// passed to the model as Count), now and then one wei short; the entry.
func (w *world) drawTrigger(rt *rapid.T, g protocol.OperatorID, key uint64) step {
	fee, err := w.exits.WithdrawalRequestFee(nil)
	if err != nil {
		rt.Fatalf("reading the EIP-7002 fee: %v", err)
	}
	value := new(big.Int).Add(fee, big.NewInt(rapid.Int64Range(0, 1e6).Draw(rt, "exit-extra")))
	switch rapid.IntRange(0, 9).Draw(rt, "exit-value") {
	case 0:
		value.Sub(fee, big.NewInt(1))
	case 1:
		value.Set(fee)
	}
	u := w.user(rt, "exit-caller")
	module := g>>24 != 0 || rapid.IntRange(0, 3).Draw(rt, "exit-module-entry") == 0
	return w.triggerStep(u, g, key, value, fee, module)
}

// triggerStep is user u's forced exit of key `key` of operator g (a global
// id) sending value, the fee in effect being fee: through
// triggerModuleExit when module is set (always for module 2 and above),
// else triggerExit (module 1's entry).
func (w *world) triggerStep(u int, g protocol.OperatorID, key uint64, value, fee *big.Int, module bool) step {
	mod, k := protocol.SplitOperatorID(g)
	cmd := protocol.Command{Kind: protocol.CmdTriggerExit, Operator: g, Index: key, Amount: u256(value), Count: fee.Uint64()}
	desc := "triggerExit"
	if module {
		desc = fmt.Sprintf("triggerModuleExit(%d)", mod)
	}
	return step{desc: desc, sender: u, tx: tx(w.chain.Addrs[u], cmd), moduleExit: module,
		send: func(o *bind.TransactOpts) (*types.Transaction, error) {
			o.Value = value
			if module {
				return w.exits.TriggerModuleExit(o, big.NewInt(int64(mod)), new(big.Int).SetUint64(k), new(big.Int).SetUint64(key))
			}
			return w.exits.TriggerExit(o, new(big.Int).SetUint64(k), new(big.Int).SetUint64(key))
		}}
}

// expectExit renders a triggered exit as the logs of the contracts: the
// trigger's event (ModuleExitTriggered through triggerModuleExit), the
// vault's and the EIP-7002 system contract's request (vault ‖ pubkey ‖
// amount 0).
func (w *world) expectExit(e *protocol.Event, module bool) []string {
	mod, k := protocol.SplitOperatorID(e.Operator)
	var pk protocol.Pubkey
	if mod == 2 {
		m, _ := w.model.BondedModule()
		key, err := m.Key(k, e.Index)
		if err != nil {
			panic(fmt.Sprintf("a triggered bonded key %d/%d the model does not hold: %v", k, e.Index, err))
		}
		pk = key.Pubkey
		w.stats["forced exit of a bonded key"]++
	} else {
		pk = w.model.Operators()[e.Operator].Keys[e.Index].Pubkey
		w.stats["forced exit of a curated key"]++
	}
	data := append(append(w.a.WithdrawalVault.Bytes(), pk[:]...), make([]byte, 8)...)
	trig := ev("ExitTrigger", "ExitTriggered", new(big.Int).SetUint64(k), u64big(e.Index), &e.Amount)
	if module {
		trig = ev("ExitTrigger", "ModuleExitTriggered", big.NewInt(int64(mod)), new(big.Int).SetUint64(k), u64big(e.Index), &e.Amount)
	}
	return []string{
		trig,
		ev("WithdrawalVault", "WithdrawalRequestAdded", pk[:], &e.Amount),
		ev("WithdrawalRequests", "Request", data),
	}
}

// hasPendingExit says whether an operator of either module was asked to
// exit a key it has not exited.
func (w *world) hasPendingExit() bool { return len(w.pendingExits()) > 0 }

// requestLog renders a log of the EIP-7002 system contract (no topics:
// its data is the request).
func requestLog(l *types.Log) (string, bool) {
	if l.Address != protocol.WithdrawalRequestAddress {
		return "", false
	}
	return ev("WithdrawalRequests", "Request", l.Data), true
}

// report is a report of the current frame on both sides: prepared as
// members do, two votes and the data, each applied and compared.
func (sc *script) report(r *protocol.OracleReport) { sc.submitReport(r, "") }

// submitReport prepares r, votes for it on both sides and submits its
// data, expecting the refusal want from both ("" for none).
func (sc *script) submitReport(r *protocol.OracleReport, want protocol.Code) {
	w, c := sc.w, sc.w.chain
	cover, nonCover := w.model.SharesRequestedToBurn()
	r.SharesRequestedToBurn.Add(cover, nonCover)
	w.prepare(sc.rt, r)
	mh, ch := r.Hash(), contractHash(sc.rt, r)
	for m := keyOracle0; m < keyOracle0+2; m++ {
		sc.run(step{desc: "vote", sender: m, chash: ch,
			tx: tx(c.Addrs[m], protocol.Command{Kind: protocol.CmdOracleVote, RefSlot: r.RefSlot, Hash: mh}),
			send: func(o *bind.TransactOpts) (*types.Transaction, error) {
				return w.oracle.SubmitReport(o, new(big.Int).SetUint64(r.RefSlot), ch)
			}}, "")
	}
	sc.run(step{desc: "submitReportData", sender: keyOracle0, chash: ch,
		tx: tx(c.Addrs[keyOracle0], protocol.Command{Kind: protocol.CmdOracleSubmit, Report: r}),
		send: func(o *bind.TransactOpts) (*types.Transaction, error) {
			return w.oracle.SubmitReportData(o, toContract(r))
		}}, want)
}

// trigger is user i's triggerExit of key `key` of operator op sending the
// fee the system contract asks plus extra wei (negative: short); op is a
// global id: module 2's go through triggerModuleExit.
func (sc *script) trigger(i int, op protocol.OperatorID, key uint64, extra int64) step {
	fee, err := sc.w.exits.WithdrawalRequestFee(nil)
	if err != nil {
		sc.rt.Fatal(err)
	}
	return sc.w.triggerStep(sc.user(i), op, key, new(big.Int).Add(fee, big.NewInt(extra)), fee, op>>24 != 0)
}

// TestDifferentialForcedExit: the life of a forced exit on both sides —
// operator 0's three validators, two asked to exit; refused before the
// deadline, for a key not asked, below the fee; forced after the deadline
// (once per key); refused again once the report counts the exits.
func TestDifferentialForcedExit(t *testing.T) {
	runScript(t, func(sc *script) {
		w, c, rt := sc.w, sc.w.chain, sc.rt
		wc := w.model.WithdrawalCredentials()
		var keys []protocol.SigningKey
		var pks, sigs []byte
		for i := uint32(0); i < 3; i++ {
			k := protocoltest.Key(0, 100+i, wc)
			keys = append(keys, k)
			pks = append(pks, k.Pubkey[:]...)
			sigs = append(sigs, k.Signature[:]...)
		}
		sc.run(step{desc: "addSigningKeys", sender: keyOperator0,
			tx: tx(c.Addrs[keyOperator0], protocol.Command{Kind: protocol.CmdAddSigningKeys, Operator: 0, Keys: keys}),
			send: func(o *bind.TransactOpts) (*types.Transaction, error) {
				return w.reg.AddSigningKeys(o, big.NewInt(0), big.NewInt(3), pks, sigs)
			}}, "")
		sc.run(sc.submit(0, eth(110)), "") // above 96 ETH and the 5% reserve
		sc.run(step{desc: "deposit", sender: keyDepositor, tx: protocol.Tx{Sender: protocol.SystemSender, Cmd: protocol.Command{Kind: protocol.CmdDeposit, Count: 3}},
			send: func(o *bind.TransactOpts) (*types.Transaction, error) { return w.pool.Deposit(o, big.NewInt(3)) }}, "")
		if d := w.model.OperatorStates()[0].Deposited; d != 3 {
			rt.Fatalf("operator 0 has %d deposited, want 3", d)
		}
		sc.run(w.waitForNextFrame(rt), "")
		ref, _ := w.model.CurrentRefSlot()
		sc.report(&protocol.OracleReport{RefSlot: ref, Validators: 3, Balance: 96_000_000_000,
			ExitRequests: []protocol.OperatorCount{{Operator: 0, Count: 2}}})
		if o := w.model.OperatorStates()[0]; o.ExitRequested != 2 {
			rt.Fatalf("exit requested %d, want 2", o.ExitRequested)
		}
		sc.run(sc.trigger(1, 0, 0, 1000), protocol.CodeExitNotOverdue)
		sc.run(sc.trigger(1, 0, 2, 1000), protocol.CodeExitNotRequested)
		sc.run(sc.trigger(1, 3, 0, 1000), protocol.CodeUnknownOperator)
		deadline := ref + w.model.Params().ExitDeadlineSlots
		sc.waitTo(w.model.Chain().SlotTime(deadline)) // the last slot within the deadline
		sc.run(sc.trigger(1, 0, 0, 1000), protocol.CodeExitNotOverdue)
		sc.waitTo(w.model.Chain().SlotTime(deadline + 1))
		sc.run(sc.trigger(1, 0, 0, -1), protocol.CodeExitFee)
		sc.run(sc.trigger(1, 0, 0, 1e15), "")
		sc.run(sc.trigger(2, 0, 0, 1e15), protocol.CodeExitAlreadyTriggered)
		sc.run(sc.trigger(2, 0, 1, 0), "")
		sc.run(sc.trigger(2, 0, 2, 0), protocol.CodeExitNotRequested)
		// The two exit: their 64 ETH reach the vault, the next report counts them.
		amt := eth(64)
		sc.run(step{desc: "credit", sender: keyDeployer, credit: amt,
			tx: protocol.Tx{Sender: protocol.SystemSender, Cmd: protocol.Command{Kind: protocol.CmdChainCredit, To: w.a.WithdrawalVault, Amount: u256(amt)}},
			send: func(o *bind.TransactOpts) (*types.Transaction, error) {
				o.Value = amt
				vault, err := bindings.NewWithdrawalVault(w.a.WithdrawalVault, c.Client)
				if err != nil {
					return nil, err
				}
				return vault.Receive(o)
			}}, "")
		sc.run(w.waitForNextFrame(rt), "")
		ref, _ = w.model.CurrentRefSlot()
		sc.report(&protocol.OracleReport{RefSlot: ref, Validators: 3, Balance: 32_000_000_000, WithdrawalVault: u256(amt),
			Exited: []protocol.OperatorCount{{Operator: 0, Count: 2}}})
		sc.run(sc.trigger(1, 0, 0, 1000), protocol.CodeExitAlreadyExited)
		if got := w.model.Account(protocol.WithdrawalRequestAddress).ETH; got.Uint64() != 2 {
			rt.Fatalf("the system contract holds %s wei in the model, want 2 (two fees of 1 wei)", got.Dec())
		}
	})
}
