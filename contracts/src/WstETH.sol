// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {ERC20} from "@openzeppelin/contracts/token/ERC20/ERC20.sol";
import {ERC20Permit} from "@openzeppelin/contracts/token/ERC20/extensions/ERC20Permit.sol";

/// @notice What the wrapper needs of the pool.
interface IPoolForWrapper {
    function getSharesByPooledEth(uint256 ethAmount) external view returns (uint256);
    function getPooledEthByShares(uint256 sharesAmount) external view returns (uint256);
    function wrapFrom(address from, uint256 amount) external returns (uint256 sharesAmount);
    function unwrapTo(address to, uint256 sharesAmount) external returns (uint256 amount);
    function submit(address referral) external payable returns (uint256);
    function isPoolContract(address a) external view returns (bool);
    function vetoEscrow() external view returns (address);
}

/// @title WstETH
/// @notice Wrapped stETH: a plain, non-rebasing ERC-20 (with EIP-2612
/// permit) where 1 wstETH wei is exactly 1 stETH share. wrap takes the
/// shares an stETH amount is worth (rounded down); unwrap returns exactly
/// the wrapped shares, so no dust stays in the wrapper (protocol/ledger.go).
contract WstETH is ERC20Permit {
    IPoolForWrapper public immutable stETH;
    /// @notice The withdrawal queue (burns wstETH paid for requests).
    address public immutable withdrawalQueue;

    /// @notice Nothing to wrap or unwrap.
    error ZeroAmount();
    /// @notice The wstETH balance is below the amount.
    error InsufficientBalance(address account, uint256 balance, uint256 amount);
    /// @notice The recipient is the zero address.
    error InvalidRecipient(address to);
    /// @notice The recipient is one of the pool's contracts: tokens sent there would be lost.
    error TransferToPoolContract(address to);
    /// @notice An amount of 2^128 or more.
    error AmountTooLarge(uint256 value);
    /// @notice The caller is not the veto escrow or the withdrawal queue.
    error NotAuthorized(address caller);

    /// @param pool the pool (stETH).
    /// @param queue the withdrawal queue.
    constructor(address pool, address queue) ERC20("Wrapped Staked Ether", "wstETH") ERC20Permit("Wrapped Staked Ether") {
        stETH = IPoolForWrapper(pool);
        withdrawalQueue = queue;
    }

    /// @notice Burns `amount` of `from`'s wstETH paid for withdrawal
    /// requests (the queue then moves the shares from this contract). Only
    /// the withdrawal queue (Lido's requestWithdrawalsWstETH, without an
    /// allowance).
    /// @param from the requester.
    /// @param amount the wstETH.
    function burnForWithdrawal(address from, uint256 amount) external {
        if (msg.sender != withdrawalQueue) revert NotAuthorized(msg.sender);
        uint256 have = balanceOf(from);
        if (have < amount) revert InsufficientBalance(from, have, amount);
        _burn(from, amount);
    }

    /// @notice Wraps stETH: its shares (the amount converted down) move to
    /// this contract and as many wstETH are minted to the caller. No stETH
    /// allowance is needed (the pool moves the caller's own shares).
    /// @param stETHAmount the stETH to wrap.
    /// @return wstETHAmount the wstETH minted.
    function wrap(uint256 stETHAmount) external returns (uint256 wstETHAmount) {
        wstETHAmount = stETH.wrapFrom(msg.sender, stETHAmount);
        _mint(msg.sender, wstETHAmount);
    }

    /// @notice Unwraps: burns wstETH and returns exactly that many shares.
    /// @param wstETHAmount the wstETH to unwrap.
    /// @return stETHAmount the returned shares' stETH value, rounded down.
    function unwrap(uint256 wstETHAmount) external returns (uint256 stETHAmount) {
        if (wstETHAmount >= 2 ** 128) revert AmountTooLarge(wstETHAmount);
        if (wstETHAmount == 0) revert ZeroAmount();
        uint256 have = balanceOf(msg.sender);
        if (have < wstETHAmount) revert InsufficientBalance(msg.sender, have, wstETHAmount);
        stETHAmount = stETH.unwrapTo(msg.sender, wstETHAmount);
        _burn(msg.sender, wstETHAmount);
    }

    /// @notice Moves a holder's wstETH into the veto escrow, which records
    /// it as the holder's lock (no allowance: the escrow is part of the
    /// protocol, as the queue is). Only the escrow.
    /// @param from the holder.
    /// @param amount the wstETH.
    function moveToEscrow(address from, uint256 amount) external {
        if (msg.sender != stETH.vetoEscrow()) revert NotAuthorized(msg.sender);
        if (amount >= 2 ** 128) revert AmountTooLarge(amount);
        if (amount == 0) revert ZeroAmount();
        uint256 have = balanceOf(from);
        if (have < amount) revert InsufficientBalance(from, have, amount);
        _transfer(from, msg.sender, amount);
    }

    /// @notice Stakes ETH sent here and wraps the shares (Lido's shortcut).
    receive() external payable {
        uint256 s = stETH.submit{value: msg.value}(address(0));
        _mint(msg.sender, s);
    }

    /// @notice Moves wstETH, refusing the zero address and the pool's contracts.
    /// @param to the recipient.
    /// @param value the amount.
    /// @return true.
    function transfer(address to, uint256 value) public override returns (bool) {
        _checkTransfer(msg.sender, to, value);
        return super.transfer(to, value);
    }

    /// @notice Moves wstETH on an allowance, refusing the zero address and the pool's contracts.
    /// @param from the owner.
    /// @param to the recipient.
    /// @param value the amount.
    /// @return true.
    function transferFrom(address from, address to, uint256 value) public override returns (bool) {
        _checkTransfer(from, to, value);
        return super.transferFrom(from, to, value);
    }

    function _checkTransfer(address from, address to, uint256 value) private view {
        if (to == address(0)) revert InvalidRecipient(to);
        if (stETH.isPoolContract(to)) revert TransferToPoolContract(to);
        if (value >= 2 ** 128) revert AmountTooLarge(value);
        uint256 have = balanceOf(from);
        if (have < value) revert InsufficientBalance(from, have, value);
    }

    /// @notice stETH for an amount of wstETH (rounded down).
    /// @param wstETHAmount the wstETH.
    /// @return the stETH.
    function getStETHByWstETH(uint256 wstETHAmount) external view returns (uint256) {
        return stETH.getPooledEthByShares(wstETHAmount);
    }

    /// @notice wstETH for an amount of stETH (rounded down).
    /// @param stETHAmount the stETH.
    /// @return the wstETH.
    function getWstETHByStETH(uint256 stETHAmount) external view returns (uint256) {
        return stETH.getSharesByPooledEth(stETHAmount);
    }

    /// @notice stETH one wstETH (1e18) unwraps to.
    /// @return the stETH.
    function stEthPerToken() external view returns (uint256) {
        return stETH.getPooledEthByShares(1 ether);
    }

    /// @notice wstETH one stETH (1e18) wraps to.
    /// @return the wstETH.
    function tokensPerStEth() external view returns (uint256) {
        return stETH.getSharesByPooledEth(1 ether);
    }
}
