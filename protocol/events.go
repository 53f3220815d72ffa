package protocol

import "github.com/holiman/uint256"

// EventKind says what changed and why. Every balance change carries one, so
// any account's history can be explained line by line.
type EventKind uint8

// Event kinds.
const (
	EvSubmitted              EventKind = iota + 1 // ETH staked: From=staker, To=referral, Amount=ETH
	EvTransfer                                    // stETH moved (or minted/burnt with a zero side): Amount=stETH, Shares
	EvTransferShares                              // shares moved, paired with EvTransfer
	EvApproval                                    // allowance set: From=owner, To=spender, Amount=new allowance
	EvWrap                                        // stETH wrapped: From=account, Amount=stETH, Shares=wstETH minted
	EvUnwrap                                      // wstETH unwrapped: From=account, Amount=stETH, Shares=wstETH burnt
	EvETHTransfer                                 // execution-side ETH moved: From, To, Amount
	EvStakeLimitChanged                           // staking limit set: Amount=max, Shares=increase per block
	EvStakingPaused                               // staking paused
	EvStakingResumed                              // staking resumed
	EvOperatorAdded                               // Operator, To=reward address
	EvOperatorLimitSet                            // Operator, Index=new limit
	EvOperatorActiveSet                           // Operator, Index=1 active / 0 inactive
	EvSigningKeysAdded                            // Operator, Index=first key index, Count
	EvSigningKeysRemoved                          // Operator, Index=first key index, Count
	EvDeposited                                   // one 32-ETH deposit: Operator, Index=deposit number, Amount=wei
	EvBufferUnbuffered                            // Amount=ETH moved from the buffer into deposits
	EvParameterSet                                // Index=parameter id, Amount=new value
	EvProposalCreated                             // Index=proposal id, From=proposer
	EvProposalApproved                            // Index=proposal id, From=member, Count=approvals
	EvProposalQueued                              // Index=proposal id, Count=executable from block
	EvProposalExecuted                            // Index=proposal id, From=executor
	EvGovernanceChanged                           // Count=threshold, Index=members
	EvTokenRebased                                // Amount=post pooled ETH, Shares=post total shares
	EvFaucet                                      // dev faucet credit: To, Amount
	EvOracleVote                                  // From=member, Index=refSlot, Count=support for its hash
	EvOracleConsensus                             // Index=refSlot, Count=support
	EvBunkerAlert                                 // From=member, Index=slot
	EvReportPre                                   // Index=refSlot, Amount=pooled ETH before, Shares=total shares before
	EvVaultPulled                                 // From=vault, Amount
	EvInsuranceCover                              // From=insurance, Amount=loss covered, Shares=burnt
	EvSharesBurnt                                 // From, Shares; Count=1 for cover
	EvFeeMinted                                   // To, Shares; Operator when Count=1
	EvWithdrawalsFinalized                        // Index=first id, Count=last id, Amount=ETH locked, Shares=requested to burn
	EvExitRequested                               // Operator, Index=key index
	EvWithdrawalRequested                         // Index=id, From=requester, To=owner, Amount=stETH, Shares
	EvWithdrawalClaimed                           // Index=id, From=owner, To=recipient, Amount=ETH
	EvInstantWithdrawal                           // From, Amount=ETH paid, Shares=burnt
	EvChainCredit                                 // To=vault, Amount
	EvOracleCommitteeChanged                      // Index=members, Count=quorum
	EvWithdrawalTransferred                       // Index=request id, From=old owner, To=new owner (ERC-721 Transfer)
	EvBurnRequested                               // From, Shares, Amount=their stETH; Count=1 for cover, 0 non-cover
	EvStuckPenalty                                // Operator, Shares=withheld half of its fee (requested to burn)
	EvTargetLimitSet                              // Operator, Index=target limit, Count=mode
	EvSecondOpinion                               // From=second-opinion oracle, Index=refSlot, Count=balance (gwei)
	EvSecondOpinionSet                            // To=second-opinion oracle (zero: none)
	EvEscrowLocked                                // From=holder, Count=asset (1 stETH, 2 wstETH, 3 request), Index=request id, Amount=stETH or wstETH, Shares=weight added
	EvEscrowUnlocked                              // From=holder, Shares=weight removed
	EvRageQuitStarted                             // Index=round, Count=last request id to finalize, Shares=weight committed
	EvRageQuitWithdrawal                          // From=holder, Count=requests made, Shares=their shares
	EvEmergencyPause                              // From=committee, Count=targets (1 staking, 2 deposits, 4 withdrawals), Index=paused until
	EvPauseExtended                               // Count=targets, Index=paused until
	EvPauseResumed                                // Count=targets
	EvPauseCommitteeSet                           // To=committee, Index=expiry, Count=pause seconds
	EvExitTriggered                               // From=caller, Operator, Index=key index, Amount=EIP-7002 fee paid
	EvModuleSet                                   // Index=module id, Count=status, Amount=share bp (a module added or changed)
	EvELRewardsCharged                            // Operator, Shares=fee shares withheld for execution rewards paid elsewhere (requested to burn)
	EvBondChanged                                 // Operator (global id), Shares=bond shares added (Count=0) or claimed (Count=1)
	EvBondPenalized                               // Operator (global id), Amount=wei charged, Shares=burnt from its bond now, Count=reason
	EvBondedBatchDropped                          // Operator (global id), Count=keys that left the bonded queue undeposited
	EvVettedDecreased                             // Operator (global id), Index=the new limit (a guardian's unvetting through the router)
	EvBondedKeysRemoved                           // Operator (global id), Index=first key, Count=keys removed, Amount=wei charged, Shares=burnt from its bond
)

var eventNames = [...]string{
	EvSubmitted: "Submitted", EvTransfer: "Transfer", EvTransferShares: "TransferShares",
	EvApproval: "Approval", EvWrap: "Wrap", EvUnwrap: "Unwrap", EvETHTransfer: "ETHTransfer",
	EvStakeLimitChanged: "StakeLimitChanged", EvStakingPaused: "StakingPaused",
	EvStakingResumed: "StakingResumed", EvOperatorAdded: "OperatorAdded",
	EvOperatorLimitSet: "OperatorLimitSet", EvOperatorActiveSet: "OperatorActiveSet",
	EvSigningKeysAdded: "SigningKeysAdded", EvSigningKeysRemoved: "SigningKeysRemoved",
	EvDeposited: "Deposited", EvBufferUnbuffered: "Unbuffered", EvParameterSet: "ParameterSet",
	EvProposalCreated: "ProposalCreated", EvProposalApproved: "ProposalApproved",
	EvProposalQueued: "ProposalQueued", EvProposalExecuted: "ProposalExecuted",
	EvGovernanceChanged: "GovernanceChanged", EvTokenRebased: "TokenRebased", EvFaucet: "Faucet",
	EvOracleVote: "OracleVote", EvOracleConsensus: "OracleConsensus", EvBunkerAlert: "BunkerAlert",
	EvReportPre: "ReportPre", EvVaultPulled: "VaultPulled", EvInsuranceCover: "InsuranceCover",
	EvSharesBurnt: "SharesBurnt", EvFeeMinted: "FeeMinted", EvWithdrawalsFinalized: "WithdrawalsFinalized",
	EvExitRequested: "ExitRequested", EvWithdrawalRequested: "WithdrawalRequested",
	EvWithdrawalClaimed: "WithdrawalClaimed", EvInstantWithdrawal: "InstantWithdrawal",
	EvChainCredit: "ChainCredit", EvOracleCommitteeChanged: "OracleCommitteeChanged",
	EvWithdrawalTransferred: "WithdrawalTransferred", EvBurnRequested: "BurnRequested",
	EvStuckPenalty: "StuckPenalty", EvTargetLimitSet: "TargetLimitSet", EvSecondOpinion: "SecondOpinion",
	EvSecondOpinionSet: "SecondOpinionSet", EvEscrowLocked: "EscrowLocked", EvEscrowUnlocked: "EscrowUnlocked",
	EvRageQuitStarted: "RageQuitStarted", EvRageQuitWithdrawal: "RageQuitWithdrawal", EvEmergencyPause: "EmergencyPause",
	EvPauseExtended: "PauseExtended", EvPauseResumed: "PauseResumed", EvPauseCommitteeSet: "PauseCommitteeSet",
	EvExitTriggered: "ExitTriggered", EvModuleSet: "ModuleSet", EvELRewardsCharged: "ELRewardsCharged",
	EvBondChanged: "BondChanged", EvBondPenalized: "BondPenalized", EvBondedBatchDropped: "BondedBatchDropped",
	EvVettedDecreased: "VettedDecreased", EvBondedKeysRemoved: "BondedKeysRemoved",
}

func (k EventKind) String() string {
	if int(k) < len(eventNames) && eventNames[k] != "" {
		return eventNames[k]
	}
	return "Unknown"
}

// Event is one change. It is a flat value (no pointers) so that emitting it
// allocates nothing; fields unused by a kind are zero.
type Event struct {
	Kind     EventKind
	From     Address
	To       Address
	Amount   uint256.Int
	Shares   uint256.Int
	Operator OperatorID
	Index    uint64
	Count    uint64
}
