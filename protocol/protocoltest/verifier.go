// Package protocoltest has helpers for tests of the protocol and of the
// packages above it: a deterministic stand-in for BLS deposit signatures and
// a ready-made genesis.
package protocoltest

import (
	"crypto/sha256"
	"encoding/binary"

	"github.com/ethereum/go-ethereum/common"
	"github.com/holiman/uint256"

	"github.com/stakepool/stakepool/protocol"
)

// HashVerifier is a deterministic fake of a BLS deposit verifier: the only
// valid "signature" of a deposit message is SHA-256 of the message repeated
// to 96 bytes. It rejects every other signature, so tests can check both
// outcomes without BLS. Never use it outside tests.
type HashVerifier struct{}

// Sign returns the one signature HashVerifier accepts.
func Sign(pub protocol.Pubkey, wc protocol.Credentials, amount uint64) protocol.Signature {
	var buf [48 + 32 + 8]byte
	copy(buf[:48], pub[:])
	copy(buf[48:80], wc[:])
	binary.BigEndian.PutUint64(buf[80:], amount)
	h := sha256.Sum256(buf[:])
	var sig protocol.Signature
	for i := 0; i < 3; i++ {
		copy(sig[i*32:], h[:])
	}
	return sig
}

// VerifyDeposits implements protocol.DepositVerifier.
func (HashVerifier) VerifyDeposits(msgs []protocol.DepositMessage) []int {
	var bad []int
	for i, m := range msgs {
		if Sign(m.Pubkey, m.WithdrawalCredentials, uint64(m.Amount)) != m.Signature {
			bad = append(bad, i)
		}
	}
	return bad
}

// Key returns a deterministic test key n for operator op, signed for wc.
func Key(op, n uint32, wc protocol.Credentials) protocol.SigningKey {
	var k protocol.SigningKey
	k.Pubkey[0] = 0xa0
	binary.BigEndian.PutUint32(k.Pubkey[1:], op)
	binary.BigEndian.PutUint32(k.Pubkey[5:], n)
	k.Signature = Sign(k.Pubkey, wc, uint64(protocol.DepositSize))
	return k
}

// Addr returns a deterministic address for test account n (n > 0).
func Addr(n uint64) common.Address {
	var a common.Address
	a[0] = 0x51
	binary.BigEndian.PutUint64(a[12:], n)
	return a
}

// Well-known test addresses.
var (
	Vault    = common.HexToAddress("0x00000000000000000000000000000000000Fa017")
	ELVault  = common.HexToAddress("0x00000000000000000000000000000000000E1e1e")
	Treasury = common.HexToAddress("0x0000000000000000000000000000000000007eA5")
	WstETH   = common.HexToAddress("0x00000000000000000000000000000000000057e7")
	Insure   = common.HexToAddress("0x000000000000000000000000000000000000c0e7")
)

// Oracles are the test oracle committee: Addr(3001..3005), quorum 3.
var Oracles = []common.Address{Addr(3001), Addr(3002), Addr(3003), Addr(3004), Addr(3005)}

// Members are the test governance committee: Addr(1001..1003), threshold 2.
var Members = []common.Address{Addr(1001), Addr(1002), Addr(1003)}

// Genesis returns a devnet-like genesis: 1 ETH of dead shares, accounts
// Addr(1)..Addr(accounts) with 1,000,000 ETH each, the test governance
// committee and the test oracle committee (3 of 5), 4-epoch frames.
func Genesis(accounts int) protocol.Genesis {
	g := protocol.Genesis{
		ChainID:        1337,
		Vault:          Vault,
		ELRewardsVault: ELVault,
		Treasury:       Treasury,
		WstETH:         WstETH,
		Insurance:      Insure,
		OracleMembers:  Oracles,
		OracleQuorum:   3,
		Params:         protocol.DevnetParams(),
		Members:        Members,
		Threshold:      2,
		Dev:            true,
	}
	g.InitialStake.SetUint64(1e18)
	for i := 1; i <= accounts; i++ {
		var a protocol.Allocation
		a.Address = Addr(uint64(i))
		a.ETH.Mul(uint256.NewInt(1_000_000), uint256.NewInt(1e18))
		g.Alloc = append(g.Alloc, a)
	}
	return g
}
