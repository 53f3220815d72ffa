// Package node runs the pool: it wires the protocol state machine to the
// beacon layer, the keys package and (later) storage and the sequencer.
package node

import (
	"github.com/stakepool/stakepool/beacon/sim"
	"github.com/stakepool/stakepool/keys"
	"github.com/stakepool/stakepool/protocol"
)

// DepositVerifier adapts the BLS batch verifier of package keys to the
// protocol's DepositVerifier interface, for one network's genesis fork
// version. Operator key uploads are checked with it, in one batch.
type DepositVerifier struct {
	bls keys.DepositVerifier
}

// NewDepositVerifier returns the verifier for network n.
func NewDepositVerifier(n keys.Network) DepositVerifier {
	return DepositVerifier{bls: keys.NewDepositVerifier(n)}
}

// VerifyDeposits implements protocol.DepositVerifier.
func (v DepositVerifier) VerifyDeposits(msgs []protocol.DepositMessage) []int {
	items := make([]keys.DepositCheck, len(msgs))
	for i, m := range msgs {
		items[i] = keys.DepositCheck{
			Pubkey:                m.Pubkey,
			WithdrawalCredentials: m.WithdrawalCredentials,
			Amount:                uint64(m.Amount),
			Signature:             m.Signature,
		}
	}
	return v.bls.VerifyDeposits(items)
}

var _ protocol.DepositVerifier = DepositVerifier{}

// SimDepositVerifier is the same BLS deposit check for the beacon
// simulator: the chain verifies a new pubkey's deposit against
// DOMAIN_DEPOSIT and the network's genesis fork version, as the spec does.
func SimDepositVerifier(n keys.Network) sim.DepositVerifier {
	v := keys.NewDepositVerifier(n)
	return sim.VerifierFunc(func(pk [48]byte, wc [32]byte, amount uint64, sig [96]byte) bool {
		return v.VerifyDeposit(pk, wc, amount, sig) == nil
	})
}
