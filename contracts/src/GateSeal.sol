// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

/// @notice What the seal needs of the pool.
interface IPausablePool {
    function pauseFor(uint256 targets, uint256 until) external;
}

/// @title GateSeal
/// @notice The emergency pause (protocol/emergency.go, in the spirit of
/// Lido's GateSeal): a committee — one address, a multisig on a real chain
/// — may pause staking (1), deposits (2) or withdrawals (4) at once, for a
/// fixed time, once; its power expires. Only governance renews it.
/// Governance itself can extend or end pauses of staking and deposits
/// (Pool.extendPause, Pool.resumePaused), never pause withdrawals, and runs
/// nothing while withdrawals are paused (Governance.execute).
contract GateSeal {
    IPausablePool public immutable pool;
    address public immutable governance;

    address private committee;
    uint64 private expiry;
    uint64 private pauseSeconds;
    bool private used;

    /// @notice The committee paused `targets` until `until`.
    event Sealed(address indexed committee, uint256 targets, uint256 until);
    /// @notice Governance set (renewed) the committee.
    event CommitteeSet(address indexed committee, uint256 expiry, uint256 pauseSeconds);

    /// @notice Not the committee, its power expired, or it paused already.
    error NotAuthorized(address caller);
    /// @notice Targets that are not a non-empty subset of 1 | 2 | 4.
    error Malformed();
    /// @notice A pause length out of 1 second .. 60 days.
    error InvalidParameter();

    /// @param pool_ the pool.
    /// @param governance_ the governance contract.
    /// @param committee_ the committee (zero: none).
    /// @param expiry_ the committee may pause until this timestamp, inclusive.
    /// @param pauseSeconds_ how long its pause lasts.
    constructor(address pool_, address governance_, address committee_, uint64 expiry_, uint64 pauseSeconds_) {
        pool = IPausablePool(pool_);
        governance = governance_;
        _set(committee_, expiry_, pauseSeconds_);
    }

    /// @notice The committee's one pause of `targets` for its fixed time.
    /// @param targets 1 staking, 2 deposits, 4 withdrawals, or a sum of them.
    function seal(uint256 targets) external {
        if (committee == address(0) || msg.sender != committee || block.timestamp > expiry || used) {
            revert NotAuthorized(msg.sender);
        }
        if (targets == 0 || targets > 7) revert Malformed();
        used = true;
        uint256 until = block.timestamp + pauseSeconds;
        emit Sealed(msg.sender, targets, until);
        pool.pauseFor(targets, until);
    }

    /// @notice Sets (renews) the committee. Governance only.
    /// @param committee_ the committee (zero: none).
    /// @param expiry_ its power's end.
    /// @param pauseSeconds_ how long its pause lasts (1 s .. 60 days).
    function setCommittee(address committee_, uint64 expiry_, uint64 pauseSeconds_) external {
        if (msg.sender != governance) revert NotAuthorized(msg.sender);
        _set(committee_, expiry_, pauseSeconds_);
    }

    /// @notice The committee, its power's end, its pause's length and whether it paused.
    /// @return committee_ the committee.
    /// @return expiry_ its power's end.
    /// @return pauseSeconds_ its pause's length.
    /// @return used_ whether it paused already.
    function getState() external view returns (address committee_, uint256 expiry_, uint256 pauseSeconds_, bool used_) {
        return (committee, expiry, pauseSeconds, used);
    }

    function _set(address committee_, uint64 expiry_, uint64 pauseSeconds_) private {
        if (pauseSeconds_ == 0 || pauseSeconds_ > 60 days) revert InvalidParameter();
        (committee, expiry, pauseSeconds, used) = (committee_, expiry_, pauseSeconds_, false);
        emit CommitteeSet(committee_, expiry_, pauseSeconds_);
    }
}
