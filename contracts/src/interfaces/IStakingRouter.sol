// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

/// @title IStakingRouter
/// @notice What the oracle reads from and asks of the staking router
/// (StakingRouter.sol; protocol/stakingrouter.go is the spec), declared once
/// for both: every module's operators in ascending global id (moduleId − 1)
/// << 24 | operatorId, their counts, stuck counts and the report's fee. The
/// calls that take the report's own entries (exit counts, scorecards,
/// execution-reward charges) are declared by the oracle with its structs
/// (Oracle.sol's IRegistryForOracle), which have the router's ABI.
interface IStakingRouter {
    /// @notice One operator's counts as its module reports them (the oracle's view).
    struct Counts {
        uint64 limit;
        uint32 keys;
        uint32 deposited;
        uint32 exited;
        uint32 exitRequested;
        uint32 stuck;
        bool active;
        bool limited;
    }

    /// @notice A report's fee inputs: rewards R, pooled ether P and shares S
    /// before it, module 1's fee parameters, every operator's exited counts
    /// after the report, stuck counts, penalty ends and execution-reward
    /// debts, in the view's order.
    struct FeeInput {
        uint256 rewards;
        uint256 pooledEther;
        uint256 totalShares;
        uint256 feeBP;
        uint256 operatorsFeeShareBP;
        uint256 insuranceFeeShareBP;
        uint256[] exitedNow;
        uint256[] stuck;
        uint256[] penaltyEnds;
        uint256[] debts; // execution-reward debts with the report's charges (chargeDebts)
    }

    /// @notice A report's fee shares and their split.
    struct Fee {
        uint256 feeShares;
        uint256 treasuryShares;
        uint256 insuranceShares;
        uint256[] operatorShares;
        uint256[] operatorPenalty;
        uint256[] operatorIds;
        uint256[] operatorCharge; // withheld for execution-reward debts (to the burner)
        uint256[] debts; // after the withholding
        uint256 operatorsMinted; // Σ operator shares + penalties + charges
        address[] rewards; // each operator's reward address
    }

    /// @notice Every module's operators in ascending global id: their
    /// counts, and where each module starts in the list.
    /// @return cs the counts.
    /// @return starts each module's first index in the list.
    function getRouterReportView() external view returns (Counts[] memory cs, uint256[] memory starts);

    /// @notice Every operator's stuck count and stuck penalty end after the
    /// report, in the order of getRouterReportView.
    /// @param refSlot the report's reference slot.
    /// @param exitedNow every operator's exited count after the report.
    /// @param deadline slots an exit may take.
    /// @param delay the stuck penalty's delay in seconds.
    /// @return stuck the stuck counts.
    /// @return penaltyEnds the penalty ends.
    function stuckCounts(uint256 refSlot, uint256[] calldata exitedNow, uint256 deadline, uint256 delay)
        external
        view
        returns (uint256[] memory stuck, uint256[] memory penaltyEnds);

    /// @notice The report's fee and its split.
    /// @param f the inputs.
    /// @return out the fee and its split.
    function distributeFee(FeeInput calldata f) external view returns (Fee memory out);
}
