// Package node runs the pool: it wires the protocol state machine to the
// beacon layer, the keys package and (later) storage and the sequencer.
package node

import (
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
