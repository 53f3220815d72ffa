// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {IPoolVaultSink} from "./WithdrawalVault.sol";

/// @title ELRewardsVault
/// @notice The fee recipient of every validator of the pool: priority fees
/// and MEV payments arrive here. Only the pool pulls from it, during an
/// oracle report and within the report's limits.
contract ELRewardsVault {
    address public immutable pool;

    /// @notice ETH pulled into the pool by a report.
    event ELRewardsPulled(uint256 amount);

    /// @notice The caller is not the pool.
    error NotAuthorized(address caller);

    /// @param pool_ the pool.
    constructor(address pool_) {
        pool = pool_;
    }

    /// @notice Accepts ETH (fees, MEV payments).
    receive() external payable {}

    /// @notice Sends `amount` to the pool. Only the pool, during a report.
    /// @param amount wei to pull.
    function withdrawRewards(uint256 amount) external {
        if (msg.sender != pool) revert NotAuthorized(msg.sender);
        emit ELRewardsPulled(amount);
        IPoolVaultSink(pool).receiveVaultETH{value: amount}();
    }
}
