package node

import (
	"testing"

	"github.com/stakepool/stakepool/keys"
	"github.com/stakepool/stakepool/protocol"
)

func TestDepositVerifierWithRealKeys(t *testing.T) {
	net, err := keys.NetworkByName("devnet")
	if err != nil {
		t.Fatal(err)
	}
	seed := make([]byte, 32)
	for i := range seed {
		seed[i] = byte(i + 1)
	}
	wc := protocol.WithdrawalCredentials(1, protocol.Address{0xfa})
	var msgs []protocol.DepositMessage
	for i := uint32(0); i < 4; i++ {
		sk, err := keys.DeriveKey(seed, keys.SigningKeyPath(i))
		if err != nil {
			t.Fatal(err)
		}
		d := keys.SignDeposit(sk, wc, uint64(protocol.DepositSize), net.GenesisForkVersion)
		msgs = append(msgs, protocol.DepositMessage{Pubkey: protocol.Pubkey(d.Pubkey), WithdrawalCredentials: wc, Amount: protocol.DepositSize, Signature: protocol.Signature(d.Signature)})
	}
	v := NewDepositVerifier(net)
	if bad := v.VerifyDeposits(msgs); len(bad) != 0 {
		t.Fatalf("valid deposits rejected: %v", bad)
	}
	msgs[2].WithdrawalCredentials[31] ^= 1 // signed for other credentials
	msgs[3].Signature[10] ^= 1             // corrupted
	if bad := v.VerifyDeposits(msgs); len(bad) != 2 || bad[0] != 2 || bad[1] != 3 {
		t.Fatalf("bad = %v, want [2 3]", bad)
	}
	mainnet, _ := keys.NetworkByName("mainnet")
	msgs[2].WithdrawalCredentials[31] ^= 1
	msgs[3].Signature[10] ^= 1
	if bad := NewDepositVerifier(mainnet).VerifyDeposits(msgs); len(bad) != 4 {
		t.Fatalf("devnet signatures accepted on mainnet: bad = %v", bad)
	}
}

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
