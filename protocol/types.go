package protocol

import (
	"github.com/ethereum/go-ethereum/common"
	"github.com/holiman/uint256"

	"github.com/stakepool/stakepool/units"
)

// Address is an execution-layer account address (20 bytes). Printed with the
// EIP-55 checksum by String().
type Address = common.Address

// Pubkey is a validator's BLS12-381 public key (compressed G1, 48 bytes).
type Pubkey [48]byte

// Signature is a BLS12-381 signature (compressed G2, 96 bytes).
type Signature [96]byte

// Credentials are a validator's 32-byte withdrawal credentials.
type Credentials [32]byte

// OperatorID numbers node operators from 0 in the order governance added them.
type OperatorID uint32

// ProposalID numbers governance proposals from 1.
type ProposalID uint64

// Well-known addresses.
var (
	// DeadAddress holds the initial shares minted at genesis (the "stone in
	// the elevator"): they can never move, so total shares never reach zero.
	DeadAddress = common.HexToAddress("0x000000000000000000000000000000000000dEaD")
	// SystemSender is the sender of commands the sequencer produces itself
	// (the per-block deposit step). No key can sign for it.
	SystemSender = Address{}
)

// DepositSize is the amount of every deposit the pool makes: 32 ETH.
const DepositSize units.Gwei = 32_000_000_000

// DepositSizeWei is DepositSize in wei.
var DepositSizeWei = units.Ether(32)

// maxAmount bounds every amount and share count a command may carry (2^128),
// so that products of two of them never overflow 256 bits.
var maxAmount = new(uint256.Int).Lsh(uint256.NewInt(1), 128)

// BP is 100% in basis points.
const BP = 10_000

// WithdrawalCredentials builds the pool's credentials: prefix (0x01, or 0x02
// for compounding validators), 11 zero bytes, the vault address.
func WithdrawalCredentials(prefix byte, vault Address) Credentials {
	var c Credentials
	c[0] = prefix
	copy(c[12:], vault[:])
	return c
}
