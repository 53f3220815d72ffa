// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

/// @notice The calls the attacker makes.
interface IPoolAttacked {
    function submit(address referral) external payable returns (uint256);
    function instantWithdraw(uint256 amount) external returns (uint256);
}

/// @notice The queue's calls the attacker makes.
interface IQueueAttacked {
    function requestWithdrawals(uint256[] calldata amounts, address owner) external returns (uint256[] memory);
    function claimWithdrawal(uint256 requestId) external;
}

/// @title Attacker
/// @notice Test-only: a contract that stakes, requests and claims, and
/// when paid tries to re-enter the call paying it (claim or instant
/// withdrawal) once; it records whether the re-entry worked.
contract Attacker {
    IPoolAttacked public immutable pool;
    IQueueAttacked public immutable queue;
    uint8 public mode; // 0: none, 1: re-claim `target`, 2: instant withdrawal of `target` wei
    uint256 public target;
    bool public reentered;
    bool public reentryWorked;
    uint256 public received;

    /// @param pool_ the pool.
    /// @param queue_ the withdrawal queue.
    constructor(address pool_, address queue_) {
        pool = IPoolAttacked(pool_);
        queue = IQueueAttacked(queue_);
    }

    /// @notice Stakes msg.value.
    function stake() external payable {
        pool.submit{value: msg.value}(address(0));
    }

    /// @notice Requests a withdrawal of `amount` for itself.
    /// @param amount stETH.
    function request(uint256 amount) external {
        uint256[] memory a = new uint256[](1);
        a[0] = amount;
        queue.requestWithdrawals(a, address(0));
    }

    /// @notice Claims `id`, re-entering by `mode_` when paid.
    /// @param id the request.
    /// @param mode_ what to try when paid.
    /// @param target_ the re-entry's argument.
    function claim(uint256 id, uint8 mode_, uint256 target_) external {
        mode = mode_;
        target = target_;
        queue.claimWithdrawal(id);
    }

    /// @notice Withdraws `amount` instantly, re-entering by `mode_` when paid.
    /// @param amount stETH.
    /// @param mode_ what to try when paid.
    /// @param target_ the re-entry's argument.
    function withdrawInstantly(uint256 amount, uint8 mode_, uint256 target_) external {
        mode = mode_;
        target = target_;
        pool.instantWithdraw(amount);
    }

    /// @notice Being paid: try the re-entry once.
    receive() external payable {
        received += msg.value;
        if (reentered || mode == 0) return;
        reentered = true;
        if (mode == 1) {
            try queue.claimWithdrawal(target) {
                reentryWorked = true;
            } catch {}
        } else if (mode == 2) {
            try pool.instantWithdraw(target) {
                reentryWorked = true;
            } catch {}
        }
    }
}
