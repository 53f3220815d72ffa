package protocol

import (
	"errors"
	"fmt"
)

// Code is a stable, machine-readable reason why a command was rejected.
// Codes never change meaning; clients and tests match on them.
type Code string

// The rejection codes. Every rejected command leaves the state unchanged.
const (
	CodeInsufficientBalance   Code = "INSUFFICIENT_BALANCE"
	CodeInsufficientShares    Code = "INSUFFICIENT_SHARES"
	CodeInsufficientAllowance Code = "INSUFFICIENT_ALLOWANCE"
	CodeInsufficientETH       Code = "INSUFFICIENT_ETH"
	CodeStakingPaused         Code = "STAKING_PAUSED"
	CodeStakeLimit            Code = "STAKE_LIMIT"
	CodeBelowDust             Code = "BELOW_DUST"
	CodeZeroAmount            Code = "ZERO_AMOUNT"
	CodeAmountTooLarge        Code = "AMOUNT_TOO_LARGE"
	CodeInvalidRecipient      Code = "INVALID_RECIPIENT"
	CodeTransferToPool        Code = "TRANSFER_TO_POOL_CONTRACT"
	CodeDuplicateKey          Code = "DUPLICATE_KEY"
	CodeInvalidKey            Code = "INVALID_KEY"
	CodeUnknownOperator       Code = "UNKNOWN_OPERATOR"
	CodeOperatorInactive      Code = "OPERATOR_INACTIVE"
	CodeKeyInUse              Code = "KEY_IN_USE"
	CodeNotAuthorized         Code = "NOT_AUTHORIZED"
	CodeTimelock              Code = "TIMELOCK"
	CodeNoQuorum              Code = "NO_QUORUM"
	CodeUnknownProposal       Code = "UNKNOWN_PROPOSAL"
	CodeAlreadyApproved       Code = "ALREADY_APPROVED"
	CodeAlreadyExecuted       Code = "ALREADY_EXECUTED"
	CodeProposalExpired       Code = "PROPOSAL_EXPIRED"
	CodeInvalidParameter      Code = "INVALID_PARAMETER"
	CodeBadNonce              Code = "BAD_NONCE"
	CodeBadBlock              Code = "BAD_BLOCK"
	CodeNothingToDeposit      Code = "NOTHING_TO_DEPOSIT"
	CodeMalformed             Code = "MALFORMED"
	CodeUnknownCommand        Code = "UNKNOWN_COMMAND"

	CodeOracleWrongFrame       Code = "ORACLE_WRONG_FRAME"
	CodeOracleStaleFrame       Code = "ORACLE_STALE_FRAME"
	CodeOracleAlreadyProcessed Code = "ORACLE_ALREADY_PROCESSED"
	CodeOracleDuplicateVote    Code = "ORACLE_DUPLICATE_VOTE"
	CodeOracleHashMismatch     Code = "ORACLE_HASH_MISMATCH"
	CodeSanityValidators       Code = "SANITY_VALIDATORS"
	CodeSanityAppeared         Code = "SANITY_APPEARED_VALIDATORS"
	CodeSanityExited           Code = "SANITY_EXITED_VALIDATORS"
	CodeSanityVault            Code = "SANITY_VAULT_BALANCE"
	CodeSanityDecrease         Code = "SANITY_BALANCE_DECREASE"
	CodeSanityIncrease         Code = "SANITY_BALANCE_INCREASE"
	CodeSanityExitRequests     Code = "SANITY_EXIT_REQUESTS"
	CodeSanityFinalization     Code = "SANITY_FINALIZATION"
	CodeSanityBurn             Code = "SANITY_SHARES_TO_BURN"
	CodeSanityShareRate        Code = "SANITY_SIMULATED_SHARE_RATE"
	CodeSanityELRewardsCharges Code = "SANITY_EL_REWARDS_CHARGES"
	CodeWithdrawalAmount       Code = "WITHDRAWAL_AMOUNT"
	CodeUnknownRequest         Code = "UNKNOWN_REQUEST"
	CodeNotFinalized           Code = "NOT_FINALIZED"
	CodeAlreadyClaimed         Code = "ALREADY_CLAIMED"
	CodeBunkerMode             Code = "BUNKER_MODE"
	CodeHoldingPeriod          Code = "HOLDING_PERIOD"
	CodeReserveShort           Code = "RESERVE_SHORT"

	// The stakers' veto and the emergency pause (docs/governance.md).
	CodeVetoed           Code = "VETOED"            // the escrow holds the second seal: nothing executes
	CodeRageQuit         Code = "RAGE_QUIT"         // frozen by a rage quit, or assets committed to one
	CodePaused           Code = "PAUSED"            // paused by the emergency committee
	CodeNothingLocked    Code = "NOTHING_LOCKED"    // no assets in the escrow (of that kind)
	CodeRequestFinalized Code = "REQUEST_FINALIZED" // a finalized request carries no veto weight

	// Triggerable exits (docs/operators.md).
	CodeExitNotRequested     Code = "EXIT_NOT_REQUESTED"     // the key was never asked to exit
	CodeExitNotOverdue       Code = "EXIT_NOT_OVERDUE"       // its deadline has not passed
	CodeExitAlreadyTriggered Code = "EXIT_ALREADY_TRIGGERED" // its exit was triggered before
	CodeExitFee              Code = "EXIT_FEE"               // the ETH sent is below the EIP-7002 fee
	CodeExitAlreadyExited    Code = "EXIT_ALREADY_EXITED"    // the key's validator was reported exited
	CodeUnknownKey           Code = "UNKNOWN_KEY"            // the operator has no key at that index
)

// Error is a domain outcome: the command broke a rule of the pool. It is not
// a failure of the system; the state is unchanged.
type Error struct {
	Code    Code
	Message string
}

func (e *Error) Error() string { return string(e.Code) + ": " + e.Message }

// Is matches another *Error with the same code, so callers can write
// errors.Is(err, protocol.ErrCode(protocol.CodeStakeLimit)).
func (e *Error) Is(target error) bool {
	t, ok := target.(*Error)
	return ok && t.Code == e.Code
}

// ErrCode returns a comparable error for errors.Is checks on a code.
func ErrCode(c Code) error { return &Error{Code: c} }

func reject(c Code, format string, args ...any) *Error {
	return &Error{Code: c, Message: fmt.Sprintf(format, args...)}
}

// CodeOf returns the code of a protocol error, also when it is wrapped,
// or "" for other errors.
func CodeOf(err error) Code {
	var e *Error
	if errors.As(err, &e) {
		return e.Code
	}
	return ""
}
