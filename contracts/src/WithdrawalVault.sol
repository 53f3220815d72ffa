// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

/// @notice The pool's entry for vault ETH.
interface IPoolVaultSink {
    function receiveVaultETH() external payable;
}

/// @title WithdrawalVault
/// @notice The address inside the pool's withdrawal credentials: the beacon
/// chain's withdrawals (skimmed rewards and exits) arrive here as plain
/// balance increases. Only the pool pulls from it, during an oracle report
/// and within the report's limits, so ETH here is not pooled until a report
/// counts it.
contract WithdrawalVault {
    address public immutable pool;

    /// @notice ETH pulled into the pool by a report.
    event WithdrawalsPulled(uint256 amount);

    /// @notice The caller is not the pool.
    error NotAuthorized(address caller);

    /// @param pool_ the pool.
    constructor(address pool_) {
        pool = pool_;
    }

    /// @notice Accepts ETH (the consensus layer credits without a call; anyone may also send).
    receive() external payable {}

    /// @notice Sends `amount` to the pool. Only the pool, during a report.
    /// @param amount wei to pull.
    function withdrawWithdrawals(uint256 amount) external {
        if (msg.sender != pool) revert NotAuthorized(msg.sender);
        emit WithdrawalsPulled(amount);
        IPoolVaultSink(pool).receiveVaultETH{value: amount}();
    }
}
