// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {IERC20Metadata} from "@openzeppelin/contracts/token/ERC20/extensions/IERC20Metadata.sol";
import {IERC20Permit} from "@openzeppelin/contracts/token/ERC20/extensions/IERC20Permit.sol";
import {EIP712} from "@openzeppelin/contracts/utils/cryptography/EIP712.sol";
import {SignatureChecker} from "@openzeppelin/contracts/utils/cryptography/SignatureChecker.sol";
import {Nonces} from "@openzeppelin/contracts/utils/Nonces.sol";

/// @title StETH
/// @notice The pool's rebasing token: balances are shares of the pooled
/// ether, `balanceOf(a) = shares(a) × pooled / totalShares` rounded down, as
/// protocol/ledger.go and Lido's StETH. Every conversion rounds in the
/// pool's favour: ETH → shares down, shares → ETH down, and the allowance
/// charge of a share transfer up.
/// @dev Abstract: the Pool provides the pooled ether and mints and burns.
/// Accounts pack their shares with the number of oracle reports applied when
/// stETH last came in (the instant-withdrawal holding period) in one slot.
abstract contract StETH is IERC20, IERC20Metadata, IERC20Permit, EIP712, Nonces {
    /// @dev One account: shares (< 2^128) and the report count at its last inflow.
    struct Account {
        uint128 shares;
        uint64 lastInflow;
    }

    uint256 internal constant INFINITE_ALLOWANCE = type(uint256).max;
    /// @dev Amounts and share counts in calls are below 2^128 (protocol's maxAmount).
    uint256 internal constant MAX_AMOUNT = 2 ** 128;

    bytes32 private constant PERMIT_TYPEHASH =
        keccak256("Permit(address owner,address spender,uint256 value,uint256 nonce,uint256 deadline)");

    /// @notice The wrapper; stETH sent to it would be lost, so it is refused.
    address public immutable wstETH;

    mapping(address => Account) internal accounts;
    mapping(address => mapping(address => uint256)) private allowances;
    /// @dev The sum of all shares (< 2^128), and the oracle reports applied
    /// since deployment (the holding-period clock), in one slot: every
    /// share move reads both.
    uint128 internal totalShares;
    uint64 internal reportsApplied;
    /// @dev The emergency pauses of withdrawals and deposits (timestamps;
    /// paused while block.timestamp is below), in the slot every share move
    /// to the queue reads anyway (Pool sets them).
    uint64 internal withdrawalsPausedUntil;
    uint64 internal depositsPausedUntil;

    /// @notice Shares moved: emitted beside every Transfer.
    event TransferShares(address indexed from, address indexed to, uint256 sharesValue);

    /// @notice The recipient is the zero address.
    error InvalidRecipient(address to);
    /// @notice The recipient is one of the pool's contracts: tokens sent there would be lost.
    error TransferToPoolContract(address to);
    /// @notice An amount or share count of 2^128 or more.
    error AmountTooLarge(uint256 value);
    /// @notice The stETH balance is below the amount.
    error InsufficientBalance(address account, uint256 balance, uint256 amount);
    /// @notice The share balance is below the shares sent.
    error InsufficientShares(address account, uint256 shares, uint256 needed);
    /// @notice The allowance is below the charge (or a decrease below zero).
    error InsufficientAllowance(address owner, address spender, uint256 allowance, uint256 needed);
    /// @notice A permit past its deadline.
    error PermitExpired(uint256 deadline);
    /// @notice A permit whose signature is not the owner's (EOA or EIP-1271).
    error BadSignature(address owner);

    constructor(address wstETH_) EIP712("Staked Ether", "1") {
        wstETH = wstETH_;
    }

    // --- ERC-20 metadata -------------------------------------------------

    /// @notice The token's name (also the EIP-712 domain name).
    /// @return the name.
    function name() external pure returns (string memory) {
        return "Staked Ether";
    }

    /// @notice The token's symbol.
    /// @return the symbol.
    function symbol() external pure returns (string memory) {
        return "stETH";
    }

    /// @notice 18, as ETH.
    /// @return the decimals.
    function decimals() external pure returns (uint8) {
        return 18;
    }

    // --- the pool's figures ----------------------------------------------

    /// @dev Pooled ether: bookkeeping, never a raw balance.
    function _getTotalPooledEther() internal view virtual returns (uint256);

    /// @notice Total supply is the pooled ether.
    /// @return the pooled ether in wei.
    function totalSupply() external view returns (uint256) {
        return _getTotalPooledEther();
    }

    /// @notice Pooled ether: buffer + reported beacon balance + 32 ETH per deposit not yet seen.
    /// @return the pooled ether in wei.
    function getTotalPooledEther() external view returns (uint256) {
        return _getTotalPooledEther();
    }

    /// @notice The sum of all shares.
    /// @return the total shares.
    function getTotalShares() external view returns (uint256) {
        return totalShares;
    }

    /// @notice An account's shares.
    /// @param account the holder.
    /// @return the shares.
    function sharesOf(address account) external view returns (uint256) {
        return accounts[account].shares;
    }

    /// @notice An account's stETH: its shares' value, rounded down.
    /// @param account the holder.
    /// @return the balance in wei.
    function balanceOf(address account) external view returns (uint256) {
        return _ethByShares(accounts[account].shares);
    }

    /// @notice Shares an amount of ETH is worth, rounded down.
    /// @param ethAmount the amount in wei.
    /// @return the shares.
    function getSharesByPooledEth(uint256 ethAmount) external view returns (uint256) {
        return _sharesByEth(ethAmount);
    }

    /// @notice ETH a number of shares is worth, rounded down.
    /// @param sharesAmount the shares.
    /// @return the amount in wei.
    function getPooledEthByShares(uint256 sharesAmount) external view returns (uint256) {
        return _ethByShares(sharesAmount);
    }

    /// @notice ETH a number of shares is worth, rounded up (Lido V3's helper).
    /// @param sharesAmount the shares.
    /// @return the amount in wei.
    function getPooledEthBySharesRoundUp(uint256 sharesAmount) external view returns (uint256) {
        return _ethBySharesUp(sharesAmount);
    }

    /// @notice The report count when stETH last came into an account (holding period).
    /// @param account the holder.
    /// @return the report count.
    function lastInflowOf(address account) external view returns (uint256) {
        return accounts[account].lastInflow;
    }

    /// @notice Oracle reports applied since deployment.
    /// @return the count.
    function getReportsApplied() external view returns (uint256) {
        return reportsApplied;
    }

    // --- transfers ---------------------------------------------------------

    /// @notice Moves stETH: the shares moved are the amount converted down,
    /// so the recipient may see 1–2 wei less (use transferShares or wstETH
    /// for exact amounts).
    /// @param to the recipient (not zero, not one of the pool's contracts).
    /// @param amount stETH in wei.
    /// @return true.
    function transfer(address to, uint256 amount) external returns (bool) {
        _transfer(msg.sender, to, amount);
        return true;
    }

    /// @notice Moves an exact number of shares.
    /// @param to the recipient.
    /// @param sharesAmount the shares.
    /// @return the shares' stETH value, rounded down.
    function transferShares(address to, uint256 sharesAmount) external returns (uint256) {
        return _transferShares(msg.sender, to, sharesAmount);
    }

    /// @notice Moves owner's stETH on the caller's allowance (charged the amount).
    /// @param from the owner.
    /// @param to the recipient.
    /// @param amount stETH in wei.
    /// @return true.
    function transferFrom(address from, address to, uint256 amount) external returns (bool) {
        _checkAmount(amount);
        _checkAllowance(from, msg.sender, amount);
        _transfer(from, to, amount);
        _chargeAllowance(from, msg.sender, amount);
        return true;
    }

    /// @notice Moves owner's shares on the caller's allowance, charged the
    /// shares' value rounded up (a spender cannot move value for free when a
    /// share is worth less than 1 wei; Lido core#796).
    /// @param from the owner.
    /// @param to the recipient.
    /// @param sharesAmount the shares.
    /// @return the shares' stETH value, rounded down.
    function transferSharesFrom(address from, address to, uint256 sharesAmount) external returns (uint256) {
        _checkAmount(sharesAmount);
        uint256 charge = _ethBySharesUp(sharesAmount);
        _checkAllowance(from, msg.sender, charge);
        uint256 amount = _transferShares(from, to, sharesAmount);
        _chargeAllowance(from, msg.sender, charge);
        return amount;
    }

    // --- allowances ----------------------------------------------------------

    /// @notice The stETH spender may move from owner (2^256 − 1: unlimited, never decremented).
    /// @param owner the owner.
    /// @param spender the spender.
    /// @return the allowance in wei.
    function allowance(address owner, address spender) external view returns (uint256) {
        return allowances[owner][spender];
    }

    /// @notice Sets the caller's allowance to spender.
    /// @param spender the spender (not zero).
    /// @param amount below 2^128, or 2^256 − 1 for unlimited.
    /// @return true.
    function approve(address spender, uint256 amount) external returns (bool) {
        if (amount != INFINITE_ALLOWANCE) _checkAmount(amount);
        _approve(msg.sender, spender, amount);
        return true;
    }

    /// @notice Raises the caller's allowance to spender.
    /// @param spender the spender.
    /// @param addedValue the increase.
    /// @return true.
    function increaseAllowance(address spender, uint256 addedValue) external returns (bool) {
        uint256 cur = allowances[msg.sender][spender];
        if (addedValue > type(uint256).max - cur) revert AmountTooLarge(addedValue);
        _approve(msg.sender, spender, cur + addedValue);
        return true;
    }

    /// @notice Lowers the caller's allowance to spender.
    /// @param spender the spender.
    /// @param subtractedValue the decrease (at most the allowance).
    /// @return true.
    function decreaseAllowance(address spender, uint256 subtractedValue) external returns (bool) {
        uint256 cur = allowances[msg.sender][spender];
        if (cur < subtractedValue) revert InsufficientAllowance(msg.sender, spender, cur, subtractedValue);
        _approve(msg.sender, spender, cur - subtractedValue);
        return true;
    }

    /// @notice EIP-2612: sets owner's allowance to spender by owner's
    /// signature; contract wallets sign through EIP-1271.
    /// @param owner the owner who signed.
    /// @param spender the spender.
    /// @param value the allowance.
    /// @param deadline the last timestamp the permit is valid at.
    /// @param v signature v.
    /// @param r signature r.
    /// @param s signature s.
    function permit(address owner, address spender, uint256 value, uint256 deadline, uint8 v, bytes32 r, bytes32 s)
        external
    {
        if (block.timestamp > deadline) revert PermitExpired(deadline);
        bytes32 digest =
            _hashTypedDataV4(keccak256(abi.encode(PERMIT_TYPEHASH, owner, spender, value, _useNonce(owner), deadline)));
        if (!SignatureChecker.isValidSignatureNow(owner, digest, abi.encodePacked(r, s, v))) revert BadSignature(owner);
        if (value != INFINITE_ALLOWANCE) _checkAmount(value);
        _approve(owner, spender, value);
    }

    /// @notice The next permit nonce of owner.
    /// @param owner the owner.
    /// @return the nonce.
    function nonces(address owner) public view override(IERC20Permit, Nonces) returns (uint256) {
        return super.nonces(owner);
    }

    /// @notice The EIP-712 domain separator of permits.
    /// @return the separator.
    // solhint-disable-next-line func-name-mixedcase
    function DOMAIN_SEPARATOR() external view returns (bytes32) {
        return _domainSeparatorV4();
    }

    // --- internals -------------------------------------------------------------

    function _checkAmount(uint256 v) internal pure {
        if (v >= MAX_AMOUNT) revert AmountTooLarge(v);
    }

    function _checkRecipient(address to) internal view {
        if (to == address(0)) revert InvalidRecipient(to);
        if (_isPoolContract(to)) revert TransferToPoolContract(to);
    }

    /// @dev Whether `a` is one of the pool's own contracts (no token may be sent there).
    function _isPoolContract(address a) internal view virtual returns (bool);

    /// @dev floor(eth × totalShares / pooled): rounds down.
    function _sharesByEth(uint256 ethAmount) internal view returns (uint256) {
        uint256 pooled = _getTotalPooledEther();
        if (pooled == 0 || totalShares == 0) return ethAmount; // never with dead shares
        return ethAmount * totalShares / pooled;
    }

    /// @dev floor(shares × pooled / totalShares): rounds down.
    function _ethByShares(uint256 sharesAmount) internal view returns (uint256) {
        if (totalShares == 0) return 0;
        return sharesAmount * _getTotalPooledEther() / totalShares;
    }

    /// @dev ceil(shares × pooled / totalShares): rounds up (allowance charges only).
    function _ethBySharesUp(uint256 sharesAmount) internal view returns (uint256) {
        if (totalShares == 0) return 0;
        uint256 num = sharesAmount * _getTotalPooledEther();
        uint256 q = num / totalShares;
        return num % totalShares == 0 ? q : q + 1;
    }

    function _transfer(address from, address to, uint256 amount) internal {
        _checkRecipient(to);
        _checkAmount(amount);
        uint256 s = _sharesByEth(amount);
        uint256 have = accounts[from].shares;
        if (have < s) revert InsufficientBalance(from, _ethByShares(have), amount);
        _moveShares(from, to, s);
        emit Transfer(from, to, amount);
        emit TransferShares(from, to, s);
    }

    function _transferShares(address from, address to, uint256 s) internal returns (uint256 amount) {
        _checkRecipient(to);
        _checkAmount(s);
        uint256 have = accounts[from].shares;
        if (have < s) revert InsufficientShares(from, have, s);
        amount = _ethByShares(s);
        _moveShares(from, to, s);
        emit Transfer(from, to, amount);
        emit TransferShares(from, to, s);
    }

    /// @dev Moves checked shares; marks the recipient's inflow (holding period).
    function _moveShares(address from, address to, uint256 s) internal {
        accounts[from].shares -= uint128(s);
        Account storage dst = accounts[to];
        dst.shares += uint128(s);
        dst.lastInflow = reportsApplied;
    }

    /// @dev Moves checked shares without marking an inflow (to the burner:
    /// its shares never leave but by burning).
    function _moveSharesRaw(address from, address to, uint256 s) internal {
        accounts[from].shares -= uint128(s);
        accounts[to].shares += uint128(s);
    }

    function _checkAllowance(address owner, address spender, uint256 charge) internal view {
        uint256 a = allowances[owner][spender];
        if (a < charge) revert InsufficientAllowance(owner, spender, a, charge);
    }

    function _chargeAllowance(address owner, address spender, uint256 charge) internal {
        uint256 a = allowances[owner][spender];
        if (a == INFINITE_ALLOWANCE) return;
        a -= charge;
        allowances[owner][spender] = a;
        emit Approval(owner, spender, a);
    }

    function _approve(address owner, address spender, uint256 amount) internal {
        if (spender == address(0)) revert InvalidRecipient(spender);
        allowances[owner][spender] = amount;
        emit Approval(owner, spender, amount);
    }

    /// @dev Mints shares (the caller checked they fit); marks the inflow at `mark`.
    function _mintShares(address to, uint256 s, uint64 mark) internal {
        Account storage dst = accounts[to];
        dst.shares += uint128(s);
        dst.lastInflow = mark;
        totalShares += uint128(s);
    }

    /// @dev Mints shares without marking an inflow (to the burner).
    function _mintSharesRaw(address to, uint256 s) internal {
        accounts[to].shares += uint128(s);
        totalShares += uint128(s);
    }

    function _burnShares(address from, uint256 s) internal {
        accounts[from].shares -= uint128(s);
        totalShares -= uint128(s);
    }
}
