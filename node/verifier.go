// Package node runs the pool: it wires the protocol state machine to the
// beacon layer, the keys package and (later) storage and the sequencer.
package node

import (
	"github.com/stakepool/stakepool/beacon/sim"
	"github.com/stakepool/stakepool/keys"
)

// SimDepositVerifier is the same BLS deposit check for the beacon
// simulator: the chain verifies a new pubkey's deposit against
// DOMAIN_DEPOSIT and the network's genesis fork version, as the spec does.
func SimDepositVerifier(n keys.Network) sim.DepositVerifier {
	v := keys.NewDepositVerifier(n)
	return sim.VerifierFunc(func(pk [48]byte, wc [32]byte, amount uint64, sig [96]byte) bool {
		return v.VerifyDeposit(pk, wc, amount, sig) == nil
	})
}
