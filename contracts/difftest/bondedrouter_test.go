package difftest

import (
	"context"
	"fmt"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/holiman/uint256"
	"pgregory.net/rapid"

	"github.com/stakepool/stakepool/contracts/bindings"
	"github.com/stakepool/stakepool/protocol"
	"github.com/stakepool/stakepool/protocol/protocoltest"
	"github.com/stakepool/stakepool/units"
)

// The bonded module as the router's module 2 in the differential world:
// users create bonded operators with keys and bonds (ETH, or stETH
// shares on an allowance to the module), add keys, top up, claim,
// normalize; the deposits split between the modules by the router; the
// reports carry the bonded operators' exits, exit requests, scorecards
// and execution-reward charges (from the bond). Keys are drawn now and
// then from the curated operators' key space, so that the one key set
// across modules is exercised both ways.

func milliU256(n uint64) uint256.Int {
	var z uint256.Int
	z.Mul(uint256.NewInt(n), uint256.NewInt(1e15))
	return z
}

// bondedKeys draws n keys for an upload: new ones of the module's own
// space (numbered by the module's key count, so each state draws fresh
// ones), now and then a curated operator's key or an empty one.
func (w *world) bondedKeys(rt *rapid.T, n int) ([]protocol.SigningKey, []byte, []byte) {
	m, _ := w.model.BondedModule()
	var held uint64 // the module's keys: never removed, so new ones are numbered from here
	for id := uint64(0); id < m.Operators(); id++ {
		held += m.KeyCount(id)
	}
	wc := w.model.WithdrawalCredentials()
	ks := make([]protocol.SigningKey, n)
	var pks, sigs []byte
	for i := range ks {
		switch rapid.IntRange(0, 29).Draw(rt, "bonded-key-kind") { // rapid favours small values: the rare kinds last
		case 28: // a curated operator's key (held by the registry or not)
			ks[i] = protocoltest.Key(uint32(rapid.IntRange(0, numOperators-1).Draw(rt, "curated-op")), uint32(rapid.IntRange(0, 12).Draw(rt, "curated-key")), wc)
		case 29: // an empty key
		default:
			ks[i] = protocoltest.Key(1000, uint32(held)+uint32(i), wc)
		}
		pks = append(pks, ks[i].Pubkey[:]...)
		sigs = append(sigs, ks[i].Signature[:]...)
	}
	return ks, pks, sigs
}

// bondedBond draws a bond: ETH (milli-ETH steps up to 30 ETH), the
// sender's stETH shares (part of what it holds), none, or now and then both.
func (w *world) bondedBond(rt *rapid.T, u int) (eth, shares *big.Int) {
	eth, shares = new(big.Int), new(big.Int)
	switch rapid.IntRange(0, 11).Draw(rt, "bond-kind") {
	case 11:
	case 8, 9:
		shares = amount(rt, "bond-shares", w.model.SharesOf(w.chain.Addrs[u]).ToBig())
	case 10:
		eth.SetUint64(rapid.Uint64Range(0, 3000).Draw(rt, "bond-wei"))
		shares.SetUint64(1)
	default:
		eth = milliETH(rapid.Uint64Range(2400, 30_000).Draw(rt, "bond-milli")) // from one key's bond (rapid favours the low end)
	}
	return eth, shares
}

func sharesList(shares *big.Int) []uint256.Int {
	if shares.Sign() == 0 {
		return nil
	}
	return []uint256.Int{u256(shares)}
}

// bondedOperator is a bonded operator id: an existing one, now and then
// the next (unknown) id.
func (w *world) bondedOperator(rt *rapid.T) uint64 {
	m, _ := w.model.BondedModule()
	if n := m.Operators(); n > 0 && rapid.IntRange(0, 9).Draw(rt, "bonded-op-known") > 0 {
		return rapid.Uint64Range(0, n-1).Draw(rt, "bonded-op")
	}
	return m.Operators()
}

// drawBonded draws one of the bonded module's commands.
func (w *world) drawBonded(rt *rapid.T) step {
	c := w.chain
	m, addr := w.model.BondedModule()
	kind := rapid.IntRange(0, 12).Draw(rt, "bonded-kind")
	if m.Operators() == 0 && kind < 8 {
		kind = 4 // the first operator first
	}
	switch kind {
	case 10, 11: // the deposit security module's unvetting through the router (the depositor's account here)
		return w.drawUnvet(rt)
	case 4, 5: // createOperator, now and then followed by deposits (the router's share for module 2)
		u := w.user(rt, "manager")
		ks, pks, sigs := w.bondedKeys(rt, rapid.IntRange(1, 4).Draw(rt, "bonded-keys"))
		eth, shares := w.bondedBond(rt, u)
		s := step{desc: "createOperator", sender: u,
			tx: tx(c.Addrs[u], protocol.Command{Kind: protocol.CmdBondedCreate, Keys: ks, Amount: u256(eth), Amounts: sharesList(shares)}),
			send: func(o *bind.TransactOpts) (*types.Transaction, error) {
				o.Value = eth
				return w.bm.CreateOperator(o, big.NewInt(int64(len(ks))), pks, sigs, shares)
			}}
		if rapid.IntRange(0, 2).Draw(rt, "then-deposit") == 0 {
			// 64 ETH staked, then a deposit call of 4 (the world's limit a block).
			st := w.user(rt, "staker")
			amt := new(big.Int).Mul(big.NewInt(64), big.NewInt(1e18))
			s.then = func() []step {
				return []step{{desc: "submit", sender: st, tx: tx(c.Addrs[st], protocol.Command{Kind: protocol.CmdSubmit, Amount: u256(amt), To: c.Addrs[st]}),
					send: func(o *bind.TransactOpts) (*types.Transaction, error) {
						o.Value = amt
						return w.pool.Submit(o, c.Addrs[st])
					}},
					{desc: "deposit", sender: keyDepositor, tx: protocol.Tx{Sender: protocol.SystemSender, Cmd: protocol.Command{Kind: protocol.CmdDeposit, Count: 4}},
						send: func(o *bind.TransactOpts) (*types.Transaction, error) { return w.pool.Deposit(o, big.NewInt(4)) }}}
			}
		}
		return s
	case 2, 3: // addKeys (mostly by the manager)
		id := w.bondedOperator(rt)
		u := w.user(rt, "adder")
		if o, err := m.Operator(id); err == nil && rapid.IntRange(0, 4).Draw(rt, "by-manager") > 0 {
			u = w.keyOf(o.Manager, u)
		}
		ks, pks, sigs := w.bondedKeys(rt, rapid.IntRange(1, 3).Draw(rt, "bonded-keys"))
		eth, shares := w.bondedBond(rt, u)
		return step{desc: "addKeys", sender: u,
			tx: tx(c.Addrs[u], protocol.Command{Kind: protocol.CmdBondedAddKeys, Operator: protocol.OperatorID(id), Keys: ks, Amount: u256(eth), Amounts: sharesList(shares)}),
			send: func(o *bind.TransactOpts) (*types.Transaction, error) {
				o.Value = eth
				return w.bm.AddKeys(o, new(big.Int).SetUint64(id), big.NewInt(int64(len(ks))), pks, sigs, shares)
			}}
	case 0, 1: // topUp
		id := w.bondedOperator(rt)
		u := w.user(rt, "topper")
		eth, shares := w.bondedBond(rt, u)
		return step{desc: "topUp", sender: u,
			tx: tx(c.Addrs[u], protocol.Command{Kind: protocol.CmdBondedTopUp, Operator: protocol.OperatorID(id), Amount: u256(eth), Amounts: sharesList(shares)}),
			send: func(o *bind.TransactOpts) (*types.Transaction, error) {
				o.Value = eth
				return w.bm.TopUp(o, new(big.Int).SetUint64(id), shares)
			}}
	case 6: // claim (mostly by the manager, mostly within what is claimable)
		id := w.bondedOperator(rt)
		u := w.user(rt, "claimer")
		free := new(big.Int)
		if o, err := m.Operator(id); err == nil {
			if rapid.IntRange(0, 4).Draw(rt, "by-manager") > 0 {
				u = w.keyOf(o.Manager, u)
			}
			if cl, err := m.Claimable(id, w.model.BondShareRate()); err == nil {
				free = cl.ToBig()
			}
		}
		amt := amount(rt, "claim", free)
		return step{desc: "claim", sender: u,
			tx: tx(c.Addrs[u], protocol.Command{Kind: protocol.CmdBondedClaim, Operator: protocol.OperatorID(id), Amount: u256(amt)}),
			send: func(o *bind.TransactOpts) (*types.Transaction, error) {
				return w.bm.Claim(o, new(big.Int).SetUint64(id), amt)
			}}
	case 12: // removeKeys (mostly by the manager, mostly keys without a deposit)
		id := w.bondedOperator(rt)
		u := w.user(rt, "remover")
		var first, count uint64
		if o, err := m.Operator(id); err == nil {
			if rapid.IntRange(0, 4).Draw(rt, "by-manager") > 0 {
				u = w.keyOf(o.Manager, u)
			}
			n := m.KeyCount(id)
			first, count = o.Deposited, 1
			if rapid.IntRange(0, 5).Draw(rt, "remove-valid") > 0 && n > o.Deposited {
				first = rapid.Uint64Range(o.Deposited, n-1).Draw(rt, "remove-first")
				count = rapid.Uint64Range(1, n-first).Draw(rt, "remove-count")
			} else if o.Deposited > 0 {
				first = o.Deposited - 1 // a deposited key
			}
		}
		return step{desc: "removeKeys", sender: u,
			tx: tx(c.Addrs[u], protocol.Command{Kind: protocol.CmdBondedRemoveKeys, Operator: protocol.OperatorID(id), Index: first, Count: count}),
			send: func(o *bind.TransactOpts) (*types.Transaction, error) {
				return w.bm.RemoveKeys(o, new(big.Int).SetUint64(id), new(big.Int).SetUint64(first), new(big.Int).SetUint64(count))
			}}
	case 7: // normalizeQueue
		id := w.bondedOperator(rt)
		u := w.user(rt, "normalizer")
		return step{desc: "normalizeQueue", sender: u,
			tx: tx(c.Addrs[u], protocol.Command{Kind: protocol.CmdBondedNormalize, Operator: protocol.OperatorID(id)}),
			send: func(o *bind.TransactOpts) (*types.Transaction, error) {
				return w.bm.NormalizeQueue(o, new(big.Int).SetUint64(id))
			}}
	default: // the module may move a user's stETH (stETH bonds)
		u := w.user(rt, "approver")
		amt := new(big.Int).Sub(new(big.Int).Lsh(big.NewInt(1), 256), big.NewInt(1))
		return step{desc: "approve bonded module", sender: u,
			tx:   tx(c.Addrs[u], protocol.Command{Kind: protocol.CmdApprove, To: addr, Amount: u256(amt)}),
			send: func(o *bind.TransactOpts) (*types.Transaction, error) { return w.pool.Approve(o, addr, amt) }}
	}
}

// drawBondedReport adds the bonded operators' entries to a report (their
// global ids follow every curated one's).
func (w *world) drawBondedReport(rt *rapid.T, r *protocol.OracleReport) {
	m, _ := w.model.BondedModule()
	for id := uint64(0); id < m.Operators(); id++ {
		o, _ := m.Operator(id)
		g := protocol.ModuleOperatorID(2, id)
		if o.Deposited > o.Exited && rapid.IntRange(0, 3).Draw(rt, "bonded-exits") == 0 {
			r.Exited = append(r.Exited, protocol.OperatorCount{Operator: g, Count: rapid.Uint64Range(o.Exited, o.Deposited).Draw(rt, "bonded-exited")})
		}
		// Exit requests: mostly within what is left to ask (so that forced
		// exits have requests to force), now and then beyond (SANITY_EXIT_REQUESTS).
		if o.Deposited > o.ExitRequested && rapid.IntRange(0, 2).Draw(rt, "bonded-exit-requests") == 0 {
			most := o.Deposited - o.ExitRequested
			if rapid.IntRange(0, 9).Draw(rt, "bonded-asked-beyond") == 0 {
				most = o.Deposited
			}
			r.ExitRequests = append(r.ExitRequests, protocol.OperatorCount{Operator: g, Count: rapid.Uint64Range(1, most).Draw(rt, "bonded-asked")})
		}
		if rapid.IntRange(0, 3).Draw(rt, "bonded-el-charge") == 0 {
			var a uint256.Int
			switch rapid.IntRange(0, 9).Draw(rt, "bonded-el-charge-kind") {
			case 0:
			case 1, 2, 3:
				a.SetUint64(rapid.Uint64Range(1, 1e12).Draw(rt, "bonded-el-charge-small"))
			default:
				a.SetUint64(rapid.Uint64Range(1e12, 5e18).Draw(rt, "bonded-el-charge-big"))
			}
			r.ELRewardsCharges = append(r.ELRewardsCharges, protocol.OperatorAmount{Operator: g, Amount: a})
		}
		if rapid.IntRange(0, 5).Draw(rt, "bonded-stats") == 0 {
			r.Stats = append(r.Stats, protocol.OperatorStats{Operator: g, MissedAttestations: rapid.Uint64Range(0, 50).Draw(rt, "bonded-missed")})
		}
	}
	if rapid.IntRange(0, 30).Draw(rt, "bonded-unknown") == 0 {
		r.Exited = append(r.Exited, protocol.OperatorCount{Operator: protocol.ModuleOperatorID(2, m.Operators()), Count: 0})
	}
}

// compareBonded checks the bonded module's books against the contract's:
// every operator (keys, vetted, deposited, exited, withdrawn, queue,
// depositable, bond, debt with pending rewards settled; claimable), the
// module's totals and queue.
func (w *world) compareBonded(rt *rapid.T) {
	m, _ := w.model.BondedModule()
	call := &bind.CallOpts{Context: context.Background()}
	n, err := w.bm.GetNodeOperatorsCount(call)
	if err != nil || n.Uint64() != m.Operators() {
		rt.Fatalf("bonded operators: contract %v, model %d (%v)", n, m.Operators(), err)
	}
	r := w.model.BondShareRate()
	for id := uint64(0); id < m.Operators(); id++ {
		got, err := w.bm.GetOperator(call, new(big.Int).SetUint64(id))
		if err != nil {
			rt.Fatal(err)
		}
		want, _ := m.Operator(id)
		keys := m.KeyCount(id)
		g := fmt.Sprintf("%s keys %d vetted %d dep %d exited %d withdrawn %d enq %d depositable %d bond %s debt %s charged %d stuck %v",
			got.Manager, got.Keys, got.Vetted, got.Deposited, got.Exited, got.Withdrawn, got.Enqueued, got.Depositable, got.Bond, got.Debt, got.ExitCharged, got.Stuck)
		mm := fmt.Sprintf("%s keys %d vetted %d dep %d exited %d withdrawn %d enq %d depositable %d bond %s debt %s charged %d stuck %v",
			want.Manager, keys, want.Vetted, want.Deposited, want.Exited, want.Withdrawn, want.Enqueued, want.Depositable, want.Bond.Dec(), want.Debt.Dec(), want.ExitCharged, want.Stuck)
		if g != mm {
			rt.Fatalf("bonded operator %d:\ncontract %s\nmodel    %s", id, g, mm)
		}
		cl, err := w.bm.Claimable(call, new(big.Int).SetUint64(id))
		mc, _ := m.Claimable(id, r)
		if err != nil || cl.Cmp(mc.ToBig()) != 0 {
			rt.Fatalf("bonded operator %d claimable: contract %v, model %s (%v)", id, cl, mc.Dec(), err)
		}
		if want.Bond.Sign() > 0 {
			w.stats["bonded operator with a bond"]++
		}
		if want.Debt.Sign() > 0 {
			w.stats["bonded operator with a debt"]++
		}
		if want.Deposited > 0 {
			w.stats["bonded operator with deposits"]++
		}
		if want.Stuck {
			w.stats["bonded operator stuck"]++
		}
		if want.ExitCharged > 0 {
			w.stats["bonded operator charged an exit delay"]++
		}
		if want.Exited > 0 {
			w.stats["bonded operator with exits"]++
		}
		if want.Withdrawn > 0 {
			w.stats["bonded operator with withdrawn validators"]++
		}
	}
	held, err := w.bm.HeldShares(call)
	if err != nil || held.Cmp(m.HeldShares().ToBig()) != 0 {
		rt.Fatalf("the bonded module's held shares: contract %v, model %s (%v)", held, m.HeldShares().Dec(), err)
	}
	burnt, err := w.bm.BurntShares(call)
	if err != nil || burnt.Cmp(m.BurntShares().ToBig()) != 0 {
		rt.Fatalf("the bonded module's burnt shares: contract %v, model %s (%v)", burnt, m.BurntShares().Dec(), err)
	}
	ex, dep, depositable, err := w.bm.GetStakingModuleSummary(call)
	if err != nil || depositable.Uint64() != m.DepositableTotal() || new(big.Int).Sub(dep, ex).Uint64() != m.ActiveValidators() {
		rt.Fatalf("bonded summary: contract exited %v deposited %v depositable %v, model active %d depositable %d (%v)", ex, dep, depositable, m.ActiveValidators(), m.DepositableTotal(), err)
	}
	q, err := w.bm.QueueLength(call)
	if err != nil || q.Uint64() != m.QueueLength() {
		rt.Fatalf("bonded queue: contract %v, model %d (%v)", q, m.QueueLength(), err)
	}
}

// bondedCreate is user i's createOperator with keys and an ETH bond.
func (sc *script) bondedCreate(i int, keys []protocol.SigningKey, bond *big.Int) step {
	w, a := sc.w, sc.w.chain.Addrs[sc.user(i)]
	var pks, sigs []byte
	for _, k := range keys {
		pks, sigs = append(pks, k.Pubkey[:]...), append(sigs, k.Signature[:]...)
	}
	return step{desc: "createOperator", sender: sc.user(i),
		tx: tx(a, protocol.Command{Kind: protocol.CmdBondedCreate, Keys: keys, Amount: u256(bond)}),
		send: func(o *bind.TransactOpts) (*types.Transaction, error) {
			o.Value = bond
			return w.bm.CreateOperator(o, big.NewInt(int64(len(keys))), pks, sigs, new(big.Int))
		}}
}

// curatedKeys is operator op's upload of keys (its reward address).
func (sc *script) curatedKeys(op int, keys []protocol.SigningKey) step {
	w, c := sc.w, sc.w.chain
	var pks, sigs []byte
	for _, k := range keys {
		pks, sigs = append(pks, k.Pubkey[:]...), append(sigs, k.Signature[:]...)
	}
	return step{desc: "addSigningKeys", sender: keyOperator0 + op,
		tx: tx(c.Addrs[keyOperator0+op], protocol.Command{Kind: protocol.CmdAddSigningKeys, Operator: protocol.OperatorID(op), Keys: keys}),
		send: func(o *bind.TransactOpts) (*types.Transaction, error) {
			return w.reg.AddSigningKeys(o, big.NewInt(int64(op)), big.NewInt(int64(len(keys))), pks, sigs)
		}}
}

// TestDifferentialBondedRouter: the bonded module as the router's module
// 2 on both sides, every step compared. Curated operator 0 uploads 3
// keys; user 0 creates bonded operator 0 with 4 keys and a 6.3-ETH bond
// (the curve for 4); 200 ETH staked; one deposit call of 4 (the world's
// limit a block) splits 2 + 2 (both modules at 100%: min-first alternating); a
// 0.01-ETH gain mints module 2's part to the module, credited to the bond;
// a report with one bonded exit and execution-reward charges of 0.5 ETH on
// the bonded operator (burnt from its bond) and 1 gwei on curated
// operator 0 (its debt); keys across modules refused both ways; exit
// enforcement (the exit delay charge, the stuck cut, the forced exit of
// the overdue bonded key with every refusal); then the exited validator's
// withdrawal with a 1-ETH loss (script.withdrawals).
func TestDifferentialBondedRouter(t *testing.T) {
	runScript(t, func(sc *script) {
		w, c, rt := sc.w, sc.w.chain, sc.rt
		wc := w.model.WithdrawalCredentials()
		var ck, bk []protocol.SigningKey
		for i := uint32(0); i < 4; i++ {
			ck = append(ck, protocoltest.Key(0, 200+i, wc))
			bk = append(bk, protocoltest.Key(1000, 500+i, wc))
		}
		sc.run(sc.curatedKeys(0, ck[:3]), "")
		sc.run(sc.bondedCreate(0, bk, milliETH(6300)), "")
		// One key set across modules, both ways.
		sc.run(sc.bondedCreate(1, ck[:1], milliETH(2400)), protocol.CodeDuplicateKey)
		sc.run(sc.curatedKeys(0, bk[3:]), protocol.CodeDuplicateKey)
		sc.run(sc.submit(1, eth(200)), "")
		sc.run(step{desc: "deposit", sender: keyDepositor, tx: protocol.Tx{Sender: protocol.SystemSender, Cmd: protocol.Command{Kind: protocol.CmdDeposit, Count: 4}},
			send: func(o *bind.TransactOpts) (*types.Transaction, error) { return w.pool.Deposit(o, big.NewInt(4)) }}, "")
		m, _ := w.model.BondedModule()
		if o, _ := m.Operator(0); o.Deposited != 2 || w.model.OperatorStates()[0].Deposited != 2 {
			rt.Fatalf("deposits: bonded %d, curated %d; want 2 and 2", o.Deposited, w.model.OperatorStates()[0].Deposited)
		}
		sc.run(w.waitForNextFrame(rt), "")
		ref, _ := w.model.CurrentRefSlot()
		sc.report(&protocol.OracleReport{RefSlot: ref, Validators: 4, Balance: 128_000_000_000})
		before, _ := m.Operator(0)
		sc.run(w.waitForNextFrame(rt), "")
		ref, _ = w.model.CurrentRefSlot()
		sc.report(&protocol.OracleReport{RefSlot: ref, Validators: 4, Balance: 128_010_000_000})
		after, _ := m.Operator(0)
		if !after.Bond.Gt(&before.Bond) {
			rt.Fatalf("the bond did not grow with module 2's fee: %s → %s", before.Bond.Dec(), after.Bond.Dec())
		}
		rt.Logf("module 2's fee credited to the bond: %s shares", new(uint256.Int).Sub(&after.Bond, &before.Bond).Dec())
		// One bonded validator exits (its 32 ETH reach the vault); charges.
		amt := eth(32)
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
		g := protocol.ModuleOperatorID(2, 0)
		sc.report(&protocol.OracleReport{RefSlot: ref, Validators: 4, Balance: 96_010_000_000, WithdrawalVault: u256(amt),
			Exited:           []protocol.OperatorCount{{Operator: g, Count: 1}},
			ELRewardsCharges: []protocol.OperatorAmount{{Operator: 0, Amount: *uint256.NewInt(1e9)}, {Operator: g, Amount: milliU256(500)}}})
		o, _ := m.Operator(0)
		if o.Exited != 1 || !o.Debt.IsZero() || !o.Bond.Lt(&after.Bond) {
			rt.Fatalf("bonded operator 0 after the exit and the charge: exited %d, bond %s (was %s), debt %s", o.Exited, o.Bond.Dec(), after.Bond.Dec(), o.Debt.Dec())
		}
		if d := w.model.OperatorStates()[0].ELRewardsDebt; d.IsZero() && w.stats["execution-reward shares withheld applied"] == 0 {
			rt.Fatal("curated operator 0's charge neither withheld nor a debt")
		}
		// Exit enforcement: bonded operator 0 is asked to exit both keys (key 0
		// has exited); key 1 is not exited past the deadline (200 slots): the
		// report that finds it overdue charges 0.1 ETH once from the bond and
		// marks the operator stuck (its part of the fee halved, the rest
		// burnt); the next report charges nothing more.
		sc.run(w.waitForNextFrame(rt), "")
		ref, _ = w.model.CurrentRefSlot()
		asked := ref
		sc.report(&protocol.OracleReport{RefSlot: ref, Validators: 4, Balance: 96_020_000_000, ExitRequests: []protocol.OperatorCount{{Operator: g, Count: 2}}})
		// The forced exit's refusals for a bonded key (triggerModuleExit, module 2).
		sc.run(sc.trigger(1, g, 1, 1000), protocol.CodeExitNotOverdue)
		sc.run(sc.trigger(1, g, 0, 1000), protocol.CodeExitAlreadyExited)
		sc.run(sc.trigger(1, g, 2, 1000), protocol.CodeExitNotRequested)
		sc.run(sc.trigger(1, g, 4, 1000), protocol.CodeUnknownKey)
		sc.run(sc.trigger(1, g+1, 0, 1000), protocol.CodeUnknownOperator)
		sc.run(sc.trigger(1, protocol.ModuleOperatorID(3, 0), 0, 1000), protocol.CodeUnknownModule)
		gain := uint64(96_030_000_000)
		for ref <= asked+w.model.Params().ExitDeadlineSlots {
			if o, _ := m.Operator(0); o.Stuck {
				rt.Fatalf("stuck at slot %d, before the deadline (asked at %d)", ref, asked)
			}
			sc.run(w.waitForNextFrame(rt), "")
			ref, _ = w.model.CurrentRefSlot()
			sc.report(&protocol.OracleReport{RefSlot: ref, Validators: 4, Balance: units.Gwei(gain)})
			gain += 10_000_000
		}
		o, _ = m.Operator(0)
		if !o.Stuck || o.ExitCharged != 2 {
			rt.Fatalf("bonded operator 0 past the deadline: stuck %v, charged up to key %d; want true, 2", o.Stuck, o.ExitCharged)
		}
		// Past the deadline anyone forces key 1 out: the vault's EIP-7002
		// request, once; the operator stays charged and stuck as before.
		sc.run(sc.trigger(2, g, 1, -1), protocol.CodeExitFee)
		sc.run(sc.trigger(2, g, 1, 1e15), "")
		sc.run(sc.trigger(3, g, 1, 0), protocol.CodeExitAlreadyTriggered)
		if !w.model.ExitTriggered(g, 1) {
			rt.Fatal("bonded key 1 not marked triggered")
		}
		if done, err := w.exits.Triggered(nil, big.NewInt(1<<24), big.NewInt(1)); err != nil || !done {
			rt.Fatalf("the contract's mark of bonded key 1 (global id 2^24): %v (%v)", done, err)
		}
		burnt := m.BurntShares()
		sc.run(w.waitForNextFrame(rt), "")
		ref, _ = w.model.CurrentRefSlot()
		sc.report(&protocol.OracleReport{RefSlot: ref, Validators: 4, Balance: units.Gwei(gain)})
		if o, _ := m.Operator(0); !o.Stuck || !m.BurntShares().Gt(burnt) {
			rt.Fatalf("still stuck: %v; burnt %s → %s (half of its fee part)", o.Stuck, burnt.Dec(), m.BurntShares().Dec())
		}
		rt.Logf("exit delay: charged at slot %d (asked at %d); a stuck report burnt %s shares of its fee part", ref, asked, new(uint256.Int).Sub(m.BurntShares(), burnt).Dec())
		sc.withdrawals(g, units.Gwei(gain))
	})
}

// drawUnvet draws the router's unvetting (StakingRouter.unvetSigningKeys,
// the deposit security module's call; this world's depositor account is
// the pool's depositor): mostly a bonded operator, at a limit around its
// vetted count; now and then a curated operator, another sender, module 0
// or 3, an unknown operator.
func (w *world) drawUnvet(rt *rapid.T) step {
	m, _ := w.model.BondedModule()
	module := uint64(2)
	switch rapid.IntRange(0, 9).Draw(rt, "unvet-module-kind") {
	case 7, 8:
		module = 1
	case 9:
		module = rapid.SampledFrom([]uint64{0, 3}).Draw(rt, "unvet-module-unknown")
	}
	var id, vetted uint64
	if module == 1 {
		ops := w.model.OperatorStates()
		id = rapid.Uint64Range(0, uint64(len(ops))).Draw(rt, "unvet-curated-op")
		if id < uint64(len(ops)) {
			vetted = ops[id].Limit
		}
	} else {
		id = w.bondedOperator(rt)
		if o, err := m.Operator(id); err == nil {
			vetted = o.Vetted
		}
	}
	limit := rapid.Uint64Range(0, vetted+1).Draw(rt, "unvet-limit")
	sender, from := keyDepositor, protocol.SystemSender
	if rapid.IntRange(0, 9).Draw(rt, "unvet-by-other") == 0 {
		sender = w.user(rt, "unvetter")
		from = w.chain.Addrs[sender]
	}
	cmd := protocol.Command{Kind: protocol.CmdUnvet, Index: module, Operator: protocol.OperatorID(id), Count: limit}
	st := step{desc: "unvet", sender: sender, tx: protocol.Tx{Sender: from, Cmd: cmd},
		send: func(o *bind.TransactOpts) (*types.Transaction, error) {
			r, err := bindings.NewStakingRouter(w.a.StakingRouter, w.chain.Client)
			if err != nil {
				return nil, err
			}
			return r.UnvetSigningKeys(o, new(big.Int).SetUint64(module), new(big.Int).SetUint64(id), limit)
		}}
	if from != protocol.SystemSender {
		st.tx = tx(from, cmd)
	}
	return st
}
