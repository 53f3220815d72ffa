// Package protocoltest has helpers for tests of the protocol and of the
// packages above it: deterministic test keys and a ready-made genesis.
package protocoltest

import (
	"crypto/sha256"
	"encoding/binary"

	"github.com/ethereum/go-ethereum/common"
	"github.com/holiman/uint256"

	"github.com/stakepool/stakepool/protocol"
)

// Sign returns a deterministic stand-in for a deposit signature: SHA-256 of
// the deposit message repeated to 96 bytes (the protocol does not verify
// deposit signatures; the guardians do, with real BLS).
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

// Well-known test addresses: the pool's contracts.
var (
	StETH    = common.HexToAddress("0x000000000000000000000000000000000057E7E0")
	WstETH   = common.HexToAddress("0x00000000000000000000000000000000000057e7")
	Queue    = common.HexToAddress("0x0000000000000000000000000000000000051c0E")
	Vault    = common.HexToAddress("0x00000000000000000000000000000000000Fa017")
	ELVault  = common.HexToAddress("0x00000000000000000000000000000000000E1e1e")
	Burner   = common.HexToAddress("0x000000000000000000000000000000000000B0B0")
	Treasury = common.HexToAddress("0x0000000000000000000000000000000000007eA5")
	Insure   = common.HexToAddress("0x000000000000000000000000000000000000c0e7")
	Escrow   = common.HexToAddress("0x000000000000000000000000000000000000E5C0")
)

// PauseCommittee is the test emergency committee, Addr(4001): it may pause
// for 14 days until a year after the mainnet genesis.
var PauseCommittee = Addr(4001)

// Oracles are the test oracle committee: Addr(3001..3005), quorum 3.
var Oracles = []common.Address{Addr(3001), Addr(3002), Addr(3003), Addr(3004), Addr(3005)}

// Members are the test governance committee: Addr(1001..1003), threshold 2.
var Members = []common.Address{Addr(1001), Addr(1002), Addr(1003)}

// Genesis returns a devnet-like genesis: mainnet's clock with the pool
// created at block 0 in slot 0, 1 ETH of dead shares, accounts
// Addr(1)..Addr(accounts) with 1,000,000 ETH each, the test governance
// committee and the test oracle committee (3 of 5), 4-epoch frames, the
// veto escrow and the test emergency committee.
func Genesis(accounts int) protocol.Genesis {
	chain := protocol.MainnetChain()
	g := protocol.Genesis{
		ChainID:         1337,
		Chain:           chain,
		Timestamp:       chain.GenesisTime,
		StETH:           StETH,
		WstETH:          WstETH,
		WithdrawalQueue: Queue,
		Vault:           Vault,
		ELRewardsVault:  ELVault,
		Burner:          Burner,
		Treasury:        Treasury,
		Insurance:       Insure,
		Escrow:          Escrow,
		PauseCommittee:  PauseCommittee,
		PauseExpiry:     chain.GenesisTime + 365*86400,
		PauseSeconds:    14 * 86400,
		OracleMembers:   Oracles,
		OracleQuorum:    3,
		Params:          protocol.DevnetParams(),
		Members:         Members,
		Threshold:       2,
		Dev:             true,
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
