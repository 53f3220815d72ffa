package protocol_test

import (
	"reflect"
	"testing"

	"github.com/stakepool/stakepool/protocol"
)

// TestBondedRemoveKeys: CSM's removeKeys, numbers by hand (the curve 2.4
// ETH, then 1.3; the charge 0.05 ETH a key).
func TestBondedRemoveKeys(t *testing.T) {
	t.Run("two queued keys: their bond is claimable minus 0.1 ETH", func(t *testing.T) {
		// 3 keys and a 5-ETH bond (2.4 + 1.3 + 1.3) at par; key 0 deposited.
		m := newModule(t)
		must2(t)(m.CreateOperator(bondAlice, bondKeys(0, 3), ethBond(5000), par))
		must(m.Deposit(bondRouter, 1, par))
		if c := must(m.Claimable(0, par)); !c.IsZero() {
			t.Fatalf("claimable %s before the removal, want 0", c.Dec())
		}
		burnt := must(m.RemoveKeys(bondAlice, 0, 1, 2, par))
		// 2 × 0.05 ETH at par: 0.1e18 shares burnt; the bond 4.9 ETH,
		// the curve asks 2.4 for the 1 deposited: 2.5 ETH claimable.
		if burnt.Dec() != "100000000000000000" {
			t.Fatalf("burnt %s, want 1e17", burnt.Dec())
		}
		op := must(m.Operator(0))
		if op.Bond.Dec() != "4900000000000000000" || op.Vetted != 1 || op.Depositable != 0 || m.KeyCount(0) != 1 || !op.Debt.IsZero() {
			t.Fatalf("bond %s vetted %d depositable %d keys %d debt %s; want 4.9e18, 1, 0, 1, 0", op.Bond.Dec(), op.Vetted, op.Depositable, m.KeyCount(0), op.Debt.Dec())
		}
		if c := must(m.Claimable(0, par)); c.Dec() != "2500000000000000000" {
			t.Fatalf("claimable %s, want 2.5e18", c.Dec())
		}
		// The queue's batch (2 keys left of 3) gives nothing now: the next
		// clean pops it, as an unvetted operator's.
		if m.Enqueued() != 2 || m.DepositableTotal() != 0 {
			t.Fatalf("enqueued %d, depositable %d; want 2, 0", m.Enqueued(), m.DepositableTotal())
		}
		if n := m.CleanDepositQueue(10, par); n != 1 || m.Enqueued() != 0 || m.QueueLength() != 0 {
			t.Fatalf("clean popped %d, enqueued %d, %d batches; want 1, 0, 0", n, m.Enqueued(), m.QueueLength())
		}
		if b := m.BurntShares(); b.Dec() != "100000000000000000" {
			t.Fatalf("module burnt %s, want 1e17", b.Dec())
		}
	})
	t.Run("the last keys fill the gap (CSM's slots)", func(t *testing.T) {
		// k0..k4, k0 deposited; removing [1, 3): slot 2 takes k4, then
		// slot 1 takes k3: k0, k3, k4.
		m := newModule(t)
		ks := bondKeys(0, 5)
		must2(t)(m.CreateOperator(bondAlice, ks, ethBond(7600), par))
		must(m.Deposit(bondRouter, 1, par))
		must(m.RemoveKeys(bondAlice, 0, 1, 2, par))
		want := []protocol.SigningKey{ks[0], ks[3], ks[4]}
		if m.KeyCount(0) != 3 {
			t.Fatalf("%d keys, want 3", m.KeyCount(0))
		}
		for i, k := range want {
			if got := must(m.Key(0, uint64(i))); got != k {
				t.Fatalf("key %d is %x, want %x", i, got.Pubkey[:3], k.Pubkey[:3])
			}
		}
		// The removed keys may be uploaded again (the module forgot them),
		// and a kept one may not.
		must(m.AddKeys(bondAlice, 0, ks[1:2], protocol.BondDeposit{}, par))
		if _, err := m.AddKeys(bondAlice, 0, ks[3:4], protocol.BondDeposit{}, par); bcode(err) != protocol.CodeDuplicateKey {
			t.Fatalf("re-adding a kept key: %v, want DUPLICATE_KEY", bcode(err))
		}
	})
	t.Run("after an unvetting: removing the bad key re-vets the rest", func(t *testing.T) {
		// 3 keys, 5 ETH, k0 deposited; the guardians unvet to 1 (k1 was
		// front-run): nothing depositable, 2.6 ETH claimable (5 − 2.4).
		m := newModule(t)
		must2(t)(m.CreateOperator(bondAlice, bondKeys(0, 3), ethBond(5000), par))
		must(m.Deposit(bondRouter, 1, par))
		ok(t, m.Unvet(bondRouter, 0, 1, par))
		if op := must(m.Operator(0)); op.Vetted != 1 || op.Depositable != 0 {
			t.Fatalf("unvetted: vetted %d depositable %d", op.Vetted, op.Depositable)
		}
		// A new upload stays unvetted while the bad key is there.
		must(m.AddKeys(bondAlice, 0, bondKeys(3, 1), protocol.BondDeposit{}, par))
		if op := must(m.Operator(0)); op.Vetted != 1 {
			t.Fatalf("an upload after the unvetting: vetted %d, want 1", op.Vetted)
		}
		// Removing k1 (0.05 ETH): k3 fills slot 1, vetted = 3 keys; the
		// bond 4.95 covers 2 validators (3.7 ≤ 4.95 < 5.0): 1 depositable
		// (k3) besides k0; claimable 4.95 − 3.7 = 1.25 ETH.
		must(m.RemoveKeys(bondAlice, 0, 1, 1, par))
		op := must(m.Operator(0))
		if op.Vetted != 3 || op.Depositable != 1 || op.Bond.Dec() != "4950000000000000000" {
			t.Fatalf("after removing the bad key: vetted %d depositable %d bond %s; want 3, 1, 4.95e18", op.Vetted, op.Depositable, op.Bond.Dec())
		}
		if c := must(m.Claimable(0, par)); c.Dec() != "1250000000000000000" {
			t.Fatalf("claimable %s, want 1.25e18 (4.95 − 3.7)", c.Dec())
		}
		// The next upload is vetted again (vetted = keys, as CSM's).
		must(m.AddKeys(bondAlice, 0, bondKeys(9, 1), protocol.BondDeposit{}, par))
		if op := must(m.Operator(0)); op.Vetted != 4 {
			t.Fatalf("an upload after the removal: vetted %d, want 4", op.Vetted)
		}
	})
	t.Run("the charge is taken up to the bond, no debt", func(t *testing.T) {
		m := newModule(t)
		must2(t)(m.CreateOperator(bondAlice, bondKeys(0, 2), ethBond(30), par)) // 0.03 ETH
		burnt := must(m.RemoveKeys(bondAlice, 0, 0, 2, par))
		op := must(m.Operator(0))
		if burnt.Dec() != "30000000000000000" || !op.Bond.IsZero() || !op.Debt.IsZero() || m.KeyCount(0) != 0 {
			t.Fatalf("burnt %s bond %s debt %s keys %d; want 3e16, 0, 0, 0", burnt.Dec(), op.Bond.Dec(), op.Debt.Dec(), m.KeyCount(0))
		}
	})
	t.Run("at 1.05 ETH a share the charge rounds up", func(t *testing.T) {
		// 0.05e18 × 1000 / 1050 = 47619047619047619.05 → 47619047619047620.
		m := newModule(t)
		r := rate(1050, 1000)
		must2(t)(m.CreateOperator(bondAlice, bondKeys(0, 2), ethBond(2400), r))
		if burnt := must(m.RemoveKeys(bondAlice, 0, 1, 1, r)); burnt.Dec() != "47619047619047620" {
			t.Fatalf("burnt %s, want 47619047619047620", burnt.Dec())
		}
	})
}

// TestBondedRemoveKeysRefusals: each refusal has its code and changes
// nothing (operator 0: 3 keys, key 0 deposited).
func TestBondedRemoveKeysRefusals(t *testing.T) {
	m := newModule(t)
	must2(t)(m.CreateOperator(bondAlice, bondKeys(0, 3), ethBond(5000), par))
	must(m.Deposit(bondRouter, 1, par))
	before := must(m.Operator(0))
	for _, c := range []struct {
		name             string
		from             protocol.Address
		id, first, count uint64
		code             protocol.Code
	}{
		{"not the manager", bondBob, 0, 1, 1, protocol.CodeNotAuthorized},
		{"no such operator", bondAlice, 1, 1, 1, protocol.CodeUnknownOperator},
		{"zero count", bondAlice, 0, 1, 0, protocol.CodeZeroAmount},
		{"first past the keys", bondAlice, 0, 3, 1, protocol.CodeMalformed},
		{"range past the keys", bondAlice, 0, 1, 3, protocol.CodeMalformed},
		{"a huge count", bondAlice, 0, 1, 1 << 63, protocol.CodeMalformed},
		{"a deposited key", bondAlice, 0, 0, 1, protocol.CodeKeyInUse},
	} {
		_, err := m.RemoveKeys(c.from, c.id, c.first, c.count, par)
		if bcode(err) != c.code {
			t.Fatalf("%s: %v, want %s", c.name, err, c.code)
		}
		if after := must(m.Operator(0)); !reflect.DeepEqual(after, before) || m.KeyCount(0) != 3 || !m.BurntShares().IsZero() {
			t.Fatalf("%s: refused but the operator changed: %+v", c.name, after)
		}
	}
}

// TestRouterBondedRemoveKeys: the command through the state: bob's 20
// keys (27.1 ETH) in bondedPool, 2 deposited; removing 18 burns 0.9 ETH
// of its bond through the burner and leaves 27.1 − 0.9 − 3.7 = 22.5 ETH
// claimable (rate 1 before any report); the event says so.
func TestRouterBondedRemoveKeys(t *testing.T) {
	h, d := bondedPool(t)
	h.next()
	if got := depositOrder(h, 20); len(got) != 20 || got[19] != d {
		t.Fatalf("deposit order %x", got)
	}
	rm := protocol.Command{Kind: protocol.CmdBondedRemoveKeys, Operator: 0, Index: 2, Count: 18}
	before := h.s.Root()
	if _, err := h.try(alice, rm); protocol.CodeOf(err) != protocol.CodeNotAuthorized || h.s.Root() != before {
		t.Fatalf("alice removing bob's keys: %v", err)
	}
	if _, err := h.try(bob, protocol.Command{Kind: protocol.CmdBondedRemoveKeys, Operator: 0, Index: 1, Count: 1}); protocol.CodeOf(err) != protocol.CodeKeyInUse || h.s.Root() != before {
		t.Fatalf("removing a deposited key: %v", err)
	}
	var seen, burn bool
	for _, e := range h.do(bob, rm) {
		switch e.Kind {
		case protocol.EvBondedKeysRemoved:
			seen = e.Operator == d && e.Index == 2 && e.Count == 18 && e.Amount.Dec() == "900000000000000000" && e.Shares.Dec() == "900000000000000000"
		case protocol.EvBurnRequested:
			burn = e.Shares.Dec() == "900000000000000000"
		}
	}
	if !seen || !burn {
		t.Fatalf("events: removal %v, burn request %v", seen, burn)
	}
	m, _ := h.s.BondedModule()
	if c, _ := m.Claimable(0, h.s.BondShareRate()); c.Dec() != "22500000000000000000" {
		t.Fatalf("claimable %s, want 22.5e18", c.Dec())
	}
}
