// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

/// @title IStakingModule
/// @notice What the staking router asks of a staking module (protocol/stakingrouter.go
/// is the spec; docs/operators.md, "Staking router"). A module holds node
/// operators and their signing keys; the router decides how many deposits
/// each module gets (min-first over active validators, within each module's
/// target share) and how the fee is split between modules; the module decides
/// which of its operators' keys get them and how its fee reaches its operators.
/// Module 1 is the curated registry (OperatorRegistry); a second curated
/// registry and the permissionless bonded module implement the same calls.
/// @dev Operator ids are the module's own, 0..n-1. The oracle's report names an
/// operator by the global id (moduleId - 1) << 24 | operatorId
/// (protocol.ModuleOperatorID), so module 1's operators keep their ids and
/// the report's hash scheme is unchanged; the router hands each module the
/// entries for its operators with the module's own ids, ascending.
/// Every state-changing call here is the router's only (or the deposit
/// security module's, as named); a module reverts anyone else with
/// NotAuthorized(caller).
interface IStakingModule {
    /// @notice A count for one of the module's operators (the oracle's report).
    struct OperatorCount {
        uint256 operator;
        uint256 count;
    }

    /// @notice One frame's performance of one of the module's operators.
    struct OperatorStats {
        uint256 operator;
        uint256 missedAttestations;
        uint256 missedProposals;
        uint256 slashed;
    }

    // --- what the router reads -------------------------------------------------------

    /// @notice The module's kind: keccak256("curated") or keccak256("bonded").
    /// @return the kind.
    function getType() external view returns (bytes32);

    /// @notice The module's totals: validators reported exited, keys deposited,
    /// and how many more deposits its operators can take now (vetted, unused,
    /// within their own limits and penalties). Active = deposited - exited.
    /// @return totalExitedValidators exited, over all its operators.
    /// @return totalDepositedValidators deposited, over all its operators.
    /// @return depositableValidatorsCount deposits it can take now.
    function getStakingModuleSummary()
        external
        view
        returns (uint256 totalExitedValidators, uint256 totalDepositedValidators, uint256 depositableValidatorsCount);

    /// @notice Changes with any change of keys, limits, activity, counts or
    /// deposits: the deposit guardians attest it (DepositSecurityModule).
    /// @return the nonce.
    function nonce() external view returns (uint256);

    /// @notice The number of the module's operators (ids 0..n-1).
    /// @return the count.
    function getNodeOperatorsCount() external view returns (uint256);

    /// @notice Whether any of the module's operators holds this 48-byte key.
    /// @param pubkey the key.
    /// @return true when held.
    function isKnownKey(bytes calldata pubkey) external view returns (bool);

    // --- deposits (the router, for the pool) -----------------------------------------------

    /// @notice Takes the next `depositsCount` keys in the module's own order
    /// (curated: fewest active validators first, lowest id on ties; bonded:
    /// its queue) and marks them deposited. Reverts when asked for more than
    /// the summary said was depositable; may give fewer when its own re-check
    /// at deposit time finds keys no longer covered (the bonded module, after a
    /// curve raise or a fall of the rate): the router returns the rest's ETH.
    /// @param depositsCount how many 32-ETH deposits.
    /// @param depositCalldata passed through from the depositor (unused by ours).
    /// @return publicKeys the keys, 48 bytes each, in deposit order.
    /// @return signatures their deposit signatures, 96 bytes each.
    /// @return operatorIds the module's operator of each deposit.
    /// @return keyIndexes each key's index within its operator.
    function obtainDepositData(uint256 depositsCount, bytes calldata depositCalldata)
        external
        returns (
            bytes memory publicKeys,
            bytes memory signatures,
            uint256[] memory operatorIds,
            uint256[] memory keyIndexes
        );

    // --- the oracle's report (the router) -----------------------------------------------------

    /// @notice Checks and applies the report's entries for this module: exited
    /// counts (never falling, never above deposited), exit requests (each
    /// operator's next keys), scorecards, and the stuck counts the module derives
    /// from its exit requests' deadlines at refSlot. Reverts on a bad entry.
    /// @param refSlot the report's reference slot.
    /// @param exited new exited counts, ascending by operator.
    /// @param exitRequests exits asked, ascending by operator.
    /// @param stats scorecard additions, ascending by operator.
    function applyReport(
        uint256 refSlot,
        OperatorCount[] calldata exited,
        OperatorCount[] calldata exitRequests,
        OperatorStats[] calldata stats
    ) external;

    /// @notice The router minted `shares` stETH shares of the report's fee to
    /// the module (its module fee, its part pro rata to active validators);
    /// the module distributes them to its operators by its own rule (curated:
    /// pro rata to active validators, a stuck operator's half to the burner;
    /// bonded: through the bond).
    /// @param shares the shares minted to the module in this report.
    function onRewardsMinted(uint256 shares) external;

    // --- the deposit security module --------------------------------------------------------------

    /// @notice Lowers an operator's vetted limit (a guardian saw a key of it
    /// deposited with other credentials). Never raises it.
    /// @param operatorId the module's operator.
    /// @param limit the new limit.
    function unvetSigningKeys(uint256 operatorId, uint64 limit) external;
}
