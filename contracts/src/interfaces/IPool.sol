// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

/// @title IPool
/// @notice The pool's types and the calls of the oracle's accounting step,
/// declared once: the pool implements them, the oracle calls them, and the
/// deployment builds the structs (bindings: IPoolLinks, IPoolParams, ...).
interface IPool {
    /// @notice The addresses the pool works with, fixed at deployment.
    struct Links {
        address wstETH;
        address withdrawalQueue;
        address registry;
        address oracle;
        address depositContract;
        address withdrawalVault;
        address elRewardsVault;
        address governance;
        address depositor;
        address treasury;
        address insurance;
        address burner;
        address vetoEscrow;
        address gateSeal;
        address stakingRouter;
    }

    /// @notice Parameters of the pool that governance sets.
    struct Params {
        uint128 dustFloor; // smallest stake, wei
        uint16 reserveTargetBP; // part of pooled ether kept liquid
        uint16 instantWithdrawalBP; // fee on instant withdrawals
        uint32 maxDepositsPerBlock;
    }

    /// @notice LIP-14 staking rate limit in Lido's StakeLimitUtils layout
    /// (one slot): a bucket of `maxStakeLimit` refilled by
    /// ⌊maxStakeLimit / growthBlocks⌋ a block, drained by stakes; max 0:
    /// no limit; paused ⇔ prevBlock == 0.
    struct StakeLimitState {
        uint96 maxStakeLimit;
        uint32 growthBlocks;
        uint96 prev;
        uint32 prevBlock;
    }

    /// @notice The figures a report starts from.
    struct ReportInputs {
        uint256 depositedValidators;
        uint256 clValidators;
        uint256 clBalance;
        uint256 buffered;
        uint256 pooledEther;
        uint256 totalShares;
        uint256 insuranceShares;
        bool compounding;
    }

    /// @notice A report's effects, computed and checked by the oracle
    /// (protocol/report.go's plan).
    struct ReportEffects {
        uint256 reportTime;
        uint256 elapsed;
        uint256 clValidators;
        uint256 clBalance;
        uint256 withdrawalsPull;
        uint256 elRewardsPull;
        uint256 lastFinalized; // 0: nothing finalized
        uint256 lock;
        uint256 wqShares;
        uint256 wqStETH;
        uint256 rate;
        uint256 cover;
        uint256 coverAmount;
        uint256 sharesToBurn;
        uint256 treasuryShares;
        uint256 insuranceShares;
        uint256[] operatorShares;
        uint256[] operatorPenalty;
        uint256[] operatorCharge; // fee shares withheld for execution rewards paid elsewhere (to the burner)
        address[] operatorRewardAddresses;
        uint256[] operatorIds; // each entry's operator by global id (StakingRouter)
        bool bunker;
    }

    /// @notice What a report starts from, in one call: the beacon figures,
    /// the buffer, pooled ether, total shares, the insurance fund's shares
    /// and whether validators are compounding (0x02).
    /// @return r the figures.
    function getReportInputs() external view returns (ReportInputs memory r);

    /// @notice Applies a report's effects (protocol/report.go's order). Only the oracle.
    /// @param e the effects.
    function applyReport(ReportEffects calldata e) external;

    /// @notice Raises bunker mode at once (a member's alert). Only the oracle.
    /// @param on whether bunker mode holds.
    function setBunkerMode(bool on) external;
}
