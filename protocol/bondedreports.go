package protocol

import (
	"github.com/holiman/uint256"
)

// What the router reports to the bonded module (protocol/bondedmodule.go):
// the oracle's exited and withdrawn counts (a withdrawal carries its
// shortfall, charged to the bond), the guardians' unvetting and the
// module's fee shares.

// UpdateExited sets operator id's exited count from the oracle (the router
// only): never lower, never above its deposits.
func (m *BondedModule) UpdateExited(sender Address, id uint64, exited uint64, r ShareRate) *Error {
	if sender != m.router {
		return reject(CodeNotAuthorized, "only the router %s reports exits", m.router)
	}
	op, err := m.operator(id)
	if err != nil {
		return err
	}
	if exited < op.Exited || exited > op.Deposited {
		return reject(CodeExitedDecreased, "exited %d is below %d or above the %d deposited", exited, op.Exited, op.Deposited)
	}
	m.settle(op)
	m.active -= exited - op.Exited
	op.Exited = exited
	m.normalize(id, &r)
	return nil
}

// UpdateWithdrawn sets operator id's withdrawn count from the oracle (the
// router only): never lower, never above its exited count. loss is the
// shortfall of the newly withdrawn validators' balances below what they
// should have returned (a slashing's penalties, reported at withdrawal as
// CSM does): it is charged to the bond in the same call, before the bond
// those validators held becomes claimable. Returns the shares burnt.
func (m *BondedModule) UpdateWithdrawn(sender Address, id uint64, withdrawn uint64, loss *uint256.Int, r ShareRate) (*uint256.Int, *Error) {
	if sender != m.router {
		return nil, reject(CodeNotAuthorized, "only the router %s reports withdrawals", m.router)
	}
	op, err := m.operator(id)
	if err != nil {
		return nil, err
	}
	if withdrawn < op.Withdrawn || withdrawn > op.Exited {
		return nil, reject(CodeWithdrawnDecreased, "withdrawn %d is below %d or above the %d exited", withdrawn, op.Withdrawn, op.Exited)
	}
	if loss.BitLen() > 128 {
		return nil, reject(CodeAmountTooLarge, "a loss of 2^128 wei or more")
	}
	burnt := m.settle(op)
	if !loss.IsZero() {
		burnt.Add(burnt, m.charge(op, loss, &r))
	}
	op.Withdrawn = withdrawn
	m.normalize(id, &r)
	return burnt, nil
}

// Unvet lowers operator id's vetted count (the router, for the deposit
// guardians): never raises it, never below its deposits.
func (m *BondedModule) Unvet(sender Address, id uint64, vetted uint64, r ShareRate) *Error {
	if sender != m.router {
		return reject(CodeNotAuthorized, "only the router %s unvets keys", m.router)
	}
	op, err := m.operator(id)
	if err != nil {
		return err
	}
	if vetted >= op.Vetted {
		return reject(CodeVettedKeysIncreased, "vetted %d is not below %d", vetted, op.Vetted)
	}
	op.Vetted = max(vetted, op.Deposited)
	m.settle(op)
	m.normalize(id, &r)
	return nil
}

// RewardsMinted credits shares the router minted to the module: pro rata
// to active validators through the accumulator (rounded down; the dust
// stays in the module). With no active validator they stay undistributed.
func (m *BondedModule) RewardsMinted(sender Address, shares *uint256.Int) *Error {
	if sender != m.router {
		return reject(CodeNotAuthorized, "only the router %s mints the module's rewards", m.router)
	}
	if shares.BitLen() > 128 {
		return reject(CodeAmountTooLarge, "a reward of 2^128 shares or more")
	}
	m.held.Add(&m.held, shares)
	if m.active > 0 && !shares.IsZero() {
		var inc uint256.Int
		mulDiv(&inc, shares, RewardPrecision, new(uint256.Int).SetUint64(m.active))
		m.acc.Add(&m.acc, &inc)
	}
	return nil
}
