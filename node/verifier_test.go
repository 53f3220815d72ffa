package node

import (
	"testing"

	"github.com/stakepool/stakepool/keys"
	"github.com/stakepool/stakepool/protocol"
)

func TestSimDepositVerifier(t *testing.T) {
	net, _ := keys.NetworkByName("devnet")
	seed := make([]byte, 32)
	seed[0] = 7
	sk, err := keys.DeriveKey(seed, keys.SigningKeyPath(0))
	if err != nil {
		t.Fatal(err)
	}
	wc := protocol.WithdrawalCredentials(1, protocol.Address{0xfa})
	d := keys.SignDeposit(sk, wc, uint64(protocol.DepositSize), net.GenesisForkVersion)
	v := SimDepositVerifier(net)
	if !v.VerifyDeposit(d.Pubkey, wc, uint64(protocol.DepositSize), d.Signature) {
		t.Fatal("valid deposit rejected")
	}
	bad := d.Signature
	bad[5] ^= 1
	if v.VerifyDeposit(d.Pubkey, wc, uint64(protocol.DepositSize), bad) {
		t.Fatal("corrupted signature accepted")
	}
	if v.VerifyDeposit(d.Pubkey, wc, 31_000_000_000, d.Signature) {
		t.Fatal("signature accepted for another amount")
	}
}
