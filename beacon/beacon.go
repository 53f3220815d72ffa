// Package beacon is the interface between the staking pool and a beacon chain:
// a real node (through the Beacon API) or the embedded simulator (beacon/sim).
//
// The pool only needs a few things from the chain: submit deposits, read the
// validators that withdraw to the pool's credentials, see how much the
// withdrawals sweep and block proposals credited to an execution address,
// request voluntary exits, and follow the head and finality.
package beacon

import (
	"context"
	"errors"

	"github.com/stakepool/stakepool/units"
)

// Gwei is the consensus layer's amount unit (re-exported from units).
type Gwei = units.Gwei

// Slot is a beacon-chain slot number.
type Slot uint64

// Epoch is a beacon-chain epoch number.
type Epoch uint64

// ValidatorIndex is a position in the validator registry.
type ValidatorIndex uint64

// FarFutureEpoch is FAR_FUTURE_EPOCH (2^64-1): "not set".
const FarFutureEpoch = Epoch(^uint64(0))

// Pubkey is a compressed BLS12-381 G1 public key.
type Pubkey [48]byte

// Signature is a compressed BLS12-381 G2 signature.
type Signature [96]byte

// Credentials are 32-byte withdrawal credentials (0x00 BLS, 0x01 execution
// address, 0x02 compounding execution address).
type Credentials [32]byte

// Address is a 20-byte execution-layer address.
type Address [20]byte

// ExecutionCredentials returns prefix ‖ 0^11 ‖ addr (prefix 0x01 or 0x02).
func ExecutionCredentials(prefix byte, addr Address) Credentials {
	var c Credentials
	c[0] = prefix
	copy(c[12:], addr[:])
	return c
}

// Address returns credentials[12:], the execution address the sweep pays.
func (c Credentials) Address() Address {
	var a Address
	copy(a[:], c[12:])
	return a
}

// Status is a validator status as the Beacon API names it
// (/eth/v1/beacon/states/{state_id}/validators).
type Status string

const (
	StatusPendingInitialized Status = "pending_initialized"
	StatusPendingQueued      Status = "pending_queued"
	StatusActiveOngoing      Status = "active_ongoing"
	StatusActiveExiting      Status = "active_exiting"
	StatusActiveSlashed      Status = "active_slashed"
	StatusExitedUnslashed    Status = "exited_unslashed"
	StatusExitedSlashed      Status = "exited_slashed"
	StatusWithdrawalPossible Status = "withdrawal_possible"
	StatusWithdrawalDone     Status = "withdrawal_done"
)

// ComputeStatus derives the Beacon API status of a validator at epoch, as
// the Beacon API specification (and every client) defines it.
func ComputeStatus(v *Validator, epoch Epoch) Status {
	switch {
	case v.ActivationEpoch > epoch:
		if v.ActivationEligibilityEpoch == FarFutureEpoch {
			return StatusPendingInitialized
		}
		return StatusPendingQueued
	case v.ExitEpoch > epoch:
		if v.ExitEpoch == FarFutureEpoch {
			return StatusActiveOngoing
		}
		if v.Slashed {
			return StatusActiveSlashed
		}
		return StatusActiveExiting
	case v.WithdrawableEpoch > epoch:
		if v.Slashed {
			return StatusExitedSlashed
		}
		return StatusExitedUnslashed
	case v.Balance != 0:
		return StatusWithdrawalPossible
	default:
		return StatusWithdrawalDone
	}
}

// DutyCounts are a validator's missed duties since genesis, as a chain
// that tracks them reports (the simulator does; the Beacon API has no such
// endpoint). See docs/beacon.md for the definitions.
type DutyCounts struct {
	MissedAttestations uint64
	MissedProposals    uint64
}

// Validator is one validator as the pool sees it. The fields read or
// written for every validator at every oracle report (of an active
// validator) come first, in the struct's first 64 bytes (one cache line).
type Validator struct {
	Index                      ValidatorIndex
	Balance                    Gwei
	EffectiveBalance           Gwei
	ActivationEpoch            Epoch
	ExitEpoch                  Epoch
	Status                     Status
	Slashed                    bool
	WithdrawableEpoch          Epoch
	ActivationEligibilityEpoch Epoch
	Pubkey                     Pubkey
	WithdrawalCredentials      Credentials
}

// PayloadWithdrawal is one withdrawal of an execution payload: the slot
// of its block, the validator paid and the amount.
type PayloadWithdrawal struct {
	Slot      Slot
	Validator ValidatorIndex
	Amount    Gwei
}

// Deposit is the data of one deposit-contract call (DepositData).
type Deposit struct {
	Pubkey                Pubkey
	WithdrawalCredentials Credentials
	Amount                Gwei
	Signature             Signature
}

// WithdrawalRequest is an EIP-7002 execution-layer withdrawal request: the
// validator whose withdrawal credentials name Source asks to withdraw
// Amount (0: a full exit).
type WithdrawalRequest struct {
	Source Address
	Pubkey Pubkey
	Amount Gwei
}

// WithdrawalRequester is a chain that takes EIP-7002 requests (the pool's
// forced exits): the next block's execution payload carries them, and the
// consensus layer applies process_withdrawal_request (a request the rules
// refuse is dropped, as on mainnet).
type WithdrawalRequester interface {
	SubmitWithdrawalRequest(ctx context.Context, r WithdrawalRequest) error
}

// Credited is what the chain paid to an execution address, split by source.
type Credited struct {
	// Withdrawals is the sum of withdrawals (sweep skims, full withdrawals,
	// Electra pending partial withdrawals) paid to the address.
	Withdrawals Gwei
	// ProposerFees is the execution-layer reward (priority fees, MEV) of
	// blocks whose fee recipient is the address.
	ProposerFees Gwei
}

// Chain is what the pool needs from a beacon chain. Implementations: the
// simulator (beacon/sim) and, later, a Beacon API client.
type Chain interface {
	// SubmitDeposit sends a deposit. The chain checks the signature only
	// when the pubkey is new; a bad signature loses the deposit (as on
	// mainnet), it is not an error here.
	SubmitDeposit(ctx context.Context, d Deposit) error
	// ValidatorsByCredentials returns the validators whose withdrawal
	// credentials equal creds, in index order.
	ValidatorsByCredentials(ctx context.Context, creds Credentials) ([]Validator, error)
	// Credited returns the totals credited to addr since genesis of the chain.
	Credited(ctx context.Context, addr Address) (Credited, error)
	// RequestVoluntaryExit asks for the exit of a validator (signed by the
	// validator's key in a real chain; the simulator checks the spec's
	// conditions only).
	RequestVoluntaryExit(ctx context.Context, index ValidatorIndex) error
	// HeadSlot is the slot of the chain head.
	HeadSlot(ctx context.Context) (Slot, error)
	// FinalizedEpoch is the epoch of the finalized checkpoint.
	FinalizedEpoch(ctx context.Context) (Epoch, error)
}

// Errors an implementation returns (wrapped with details).
var (
	ErrUnknownValidator = errors.New("beacon: unknown validator")
	ErrExitNotAllowed   = errors.New("beacon: voluntary exit not allowed")
	ErrBadDeposit       = errors.New("beacon: invalid deposit")
)
