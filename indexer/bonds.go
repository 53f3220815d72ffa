package indexer

// The permissionless bonded module's bonds, from the module's own events:
// each operator's bond as the module settled it, and what came in, was
// credited, paid a debt, was claimed and was burnt. The module is the
// staking router's module 2 (the router's constructor places it there),
// so its operator id is the global id 1 << 24 | id. The bond between two
// of its operator's calls also holds rewards not yet settled (the read API
// reads that live).

import (
	"fmt"

	"github.com/ethereum/go-ethereum/common"
	"github.com/holiman/uint256"
)

// BondedModuleID is the staking router's module id of the bonded module.
const BondedModuleID = 2

// Bond is a bonded operator's bond from the module's events, in shares.
type Bond struct {
	ID      uint64 // the global id (BondedModuleID − 1) << 24 | the module's id
	Manager common.Address
	// Shares is the bond as the module last settled it: deposited +
	// rewards − debt paid − claimed − burnt.
	Shares uint256.Int
	// Deposited came in as top-ups (ETH staked or stETH moved); Rewards
	// are the module's fee credited (settled; a stuck operator's kept
	// half); DebtPaid is what of both paid a debt; Claimed went to the
	// manager; Burnt were penalties, withdrawal losses and key-removal
	// charges taken from the bond.
	Deposited, Rewards, DebtPaid, Claimed, Burnt uint256.Int
	// Penalties counts the penalties (any reason).
	Penalties uint64
	Block     uint64 // created in
	// Debt is the operator's debt as the module last left it (Penalized
	// and WithdrawnChanged say it after the call; settlements, top-ups
	// and a stuck operator's kept rewards say what they paid of it);
	// DebtCreated sums what penalties and withdrawal losses left unpaid.
	// Debt = DebtCreated − DebtPaid always.
	Debt, DebtCreated uint256.Int
	// Charged is the key-removal charges taken from the bond (part of
	// Burnt); KeysRemoved counts the keys removed.
	Charged     uint256.Int
	KeysRemoved uint64
}

func bondKey(id uint64) []byte { return be64([]byte{kBond}, id) }

func (b *Bond) encode() []byte {
	var e enc
	e.u64(b.ID)
	e.addr(b.Manager)
	for _, v := range []*uint256.Int{&b.Shares, &b.Deposited, &b.Rewards, &b.DebtPaid, &b.Claimed, &b.Burnt} {
		e.u256(v)
	}
	e.u64(b.Penalties)
	e.u64(b.Block)
	for _, v := range []*uint256.Int{&b.Debt, &b.DebtCreated, &b.Charged} {
		e.u256(v)
	}
	e.u64(b.KeysRemoved)
	return e.b
}

func decodeBond(raw []byte) (Bond, error) {
	d := dec{b: raw}
	var b Bond
	b.ID, b.Manager = d.u64(), d.addr()
	for _, p := range []*uint256.Int{&b.Shares, &b.Deposited, &b.Rewards, &b.DebtPaid, &b.Claimed, &b.Burnt} {
		*p = d.u256()
	}
	b.Penalties, b.Block = d.u64(), d.u64()
	for _, p := range []*uint256.Int{&b.Debt, &b.DebtCreated, &b.Charged} {
		*p = d.u256()
	}
	b.KeysRemoved = d.u64()
	return b, d.done()
}

// bonded applies one of the bonded module's events.
func (t *txState) bonded(ev *Event) error {
	id := (BondedModuleID-1)<<24 | ev.U64("operatorId")
	what := fmt.Sprintf("bonded operator %d's bond", id)
	switch ev.Name {
	case "OperatorCreated":
		if _, ok, err := t.ap.w.get(bondKey(id)); err != nil || ok {
			if err == nil {
				err = fmt.Errorf("%w: bonded operator %d created twice", ErrInconsistent, id)
			}
			return err
		}
		b := Bond{ID: id, Manager: ev.Addr("manager"), Block: t.pos.Block}
		return t.ap.w.set(bondKey(id), b.encode())
	case "BondDeposited", "RewardsSettled", "StuckRewardsCut":
		// A stuck operator keeps half of its rewards (the rest never
		// reaches the bond): the kept half is settled as any rewards.
		return t.bond(id, func(b *Bond) error {
			s, paid := ev.U256("shares"), ev.U256("debtPaid")
			switch ev.Name {
			case "BondDeposited":
				b.Deposited.Add(&b.Deposited, s)
			case "StuckRewardsCut":
				s = ev.U256("kept")
				b.Rewards.Add(&b.Rewards, s)
			default:
				b.Rewards.Add(&b.Rewards, s)
			}
			if paid.Gt(s) {
				return fmt.Errorf("%w: bonded operator %d: %s shares paid %s of debt", ErrInconsistent, id, s, paid)
			}
			if err := sub(&b.Debt, paid, fmt.Sprintf("bonded operator %d's debt", id)); err != nil {
				return err
			}
			b.DebtPaid.Add(&b.DebtPaid, paid)
			b.Shares.Add(&b.Shares, new(uint256.Int).Sub(s, paid))
			return nil
		})
	case "BondClaimed":
		return t.bond(id, func(b *Bond) error {
			b.Claimed.Add(&b.Claimed, ev.U256("shares"))
			return sub(&b.Shares, ev.U256("shares"), what)
		})
	case "Penalized", "WithdrawnChanged":
		return t.bond(id, func(b *Bond) error {
			burnt, debt := ev.U256("burnt"), ev.U256("debt")
			b.Burnt.Add(&b.Burnt, burnt)
			if ev.Name == "Penalized" {
				b.Penalties++
			}
			// The call settled first (its RewardsSettled came before):
			// the debt only grows here.
			if debt.Lt(&b.Debt) {
				return fmt.Errorf("%w: bonded operator %d's debt fell from %s to %s in a %s", ErrInconsistent, id, b.Debt.Dec(), debt.Dec(), ev.Name)
			}
			b.DebtCreated.Add(&b.DebtCreated, new(uint256.Int).Sub(debt, &b.Debt))
			b.Debt = *debt
			return sub(&b.Shares, burnt, what)
		})
	case "KeysRemoved":
		return t.bond(id, func(b *Bond) error {
			burnt := ev.U256("burnt")
			b.Burnt.Add(&b.Burnt, burnt)
			b.Charged.Add(&b.Charged, burnt)
			b.KeysRemoved += ev.U64("count")
			return sub(&b.Shares, burnt, what)
		})
	}
	return nil
}

// bond updates a bonded operator's record with f.
func (t *txState) bond(id uint64, f func(*Bond) error) error {
	v, ok, err := t.ap.w.get(bondKey(id))
	if err != nil {
		return err
	}
	if !ok {
		return fmt.Errorf("%w: bonded operator %d was never created", ErrInconsistent, id)
	}
	b, err := decodeBond(v)
	if err != nil {
		return err
	}
	if err := f(&b); err != nil {
		return err
	}
	return t.ap.w.set(bondKey(id), b.encode())
}

// Bonds lists the bonded module's operators' bonds by global id.
func (v *View) Bonds() ([]Bond, error) {
	var out []Bond
	err := v.scan([]byte{kBond}, []byte{kBond + 1}, 0, func(_, raw []byte) error {
		b, err := decodeBond(raw)
		out = append(out, b)
		return err
	})
	return out, err
}
