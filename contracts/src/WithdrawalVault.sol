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
/// The vault is also the only address the consensus layer accepts an
/// EIP-7002 exit request for the pool's validators from: ExitTrigger asks
/// it to send one when an operator leaves an exit request undone.
contract WithdrawalVault {
    /// @notice The EIP-7002 withdrawal request system contract.
    address public constant WITHDRAWAL_REQUESTS = 0x00000961Ef480Eb55e80D19ad83579A64c007002;

    address public immutable pool;
    address public immutable exitTrigger;

    /// @notice ETH pulled into the pool by a report.
    event WithdrawalsPulled(uint256 amount);
    /// @notice A full-exit request for `pubkey` went to the EIP-7002 system contract, `fee` wei paid.
    event WithdrawalRequestAdded(bytes pubkey, uint256 fee);

    /// @notice The caller is not the pool (or not ExitTrigger).
    error NotAuthorized(address caller);
    /// @notice Not a 48-byte pubkey.
    error InvalidKey();
    /// @notice The system contract refused the request.
    error WithdrawalRequestFailed();

    /// @param pool_ the pool.
    /// @param exitTrigger_ the contract that may send exit requests.
    constructor(address pool_, address exitTrigger_) {
        pool = pool_;
        exitTrigger = exitTrigger_;
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

    /// @notice Sends a full-exit request for `pubkey` to the EIP-7002
    /// system contract (48-byte pubkey ‖ amount 0 as a big-endian uint64),
    /// paying msg.value as its fee. Only ExitTrigger.
    /// @param pubkey the validator's 48-byte pubkey.
    function addWithdrawalRequest(bytes calldata pubkey) external payable {
        if (msg.sender != exitTrigger) revert NotAuthorized(msg.sender);
        if (pubkey.length != 48) revert InvalidKey();
        emit WithdrawalRequestAdded(pubkey, msg.value);
        (bool ok,) = WITHDRAWAL_REQUESTS.call{value: msg.value}(abi.encodePacked(pubkey, uint64(0)));
        if (!ok) revert WithdrawalRequestFailed();
    }
}
