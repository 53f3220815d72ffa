// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

/// @notice The burner's share moves in the pool.
interface IPoolForBurner {
    function moveSharesToBurner(address from, uint256 sharesAmount) external returns (uint256 amount);
    function sharesOf(address account) external view returns (uint256);
}

/// @title Burner
/// @notice Shares waiting to be burnt (Lido's Burner), held at this
/// contract's address in the pool, as cover requests (the insurance fund's
/// shares making up for a loss: a loss report's own cover, or governance's
/// request) and non-cover requests (the shares of finalized withdrawal
/// requests, a penalized operator's withheld half of its fee). Reports
/// burn them, cover first, as far as the rebase limiter allows
/// (protocol/burner.go); the rest waits for the next report.
/// @dev The shares themselves are the pool's books (this contract's share
/// balance); this contract keeps the requests' split and the totals burnt.
contract Burner {
    address public immutable pool;
    address public immutable governance;
    address public immutable insurance;
    /// @notice The permissionless bonded module: burns its operators' penalties (zero: none).
    address public immutable bondedModule;

    uint256 private coverSharesRequested;
    uint256 private nonCoverSharesRequested;
    uint256 private coverSharesBurnt;
    uint256 private nonCoverSharesBurnt;

    /// @notice Shares were requested to burn (Lido's event): `requestedBy`
    /// is the account they came from, `amountOfStETH` their value then.
    event StETHBurnRequested(
        bool indexed isCover, address indexed requestedBy, uint256 amountOfStETH, uint256 amountOfShares
    );
    /// @notice Shares were burnt by a report (Lido's event), valued at the
    /// rate before the burn.
    event StETHBurnt(bool indexed isCover, uint256 amountOfStETH, uint256 amountOfShares);

    /// @notice The caller is not the pool (or governance).
    error NotAuthorized(address caller);
    /// @notice The insurance fund holds fewer shares than requested (or none are).
    error InsufficientShares(address account, uint256 shares, uint256 needed);
    /// @notice A share count of 2^128 or more.
    error AmountTooLarge(uint256 value);

    /// @param pool_ the pool (stETH).
    /// @param governance_ the timelocked executor.
    /// @param insurance_ the insurance fund.
    /// @param bondedModule_ the bonded module (zero: none).
    constructor(address pool_, address governance_, address insurance_, address bondedModule_) {
        pool = pool_;
        governance = governance_;
        insurance = insurance_;
        bondedModule = bondedModule_;
    }

    /// @notice Moves `sharesAmount` of the caller's shares here as a
    /// non-cover burn request (Lido's requestBurnShares by CSM's accounting):
    /// a bonded operator's penalty, burnt to the stakers' gain. Only the
    /// bonded module.
    /// @param sharesAmount the shares (at most what the caller holds).
    function requestBurnMyShares(uint256 sharesAmount) external {
        address m = bondedModule;
        if (msg.sender != m || m == address(0)) revert NotAuthorized(msg.sender);
        if (sharesAmount >= 2 ** 128) revert AmountTooLarge(sharesAmount);
        uint256 have = IPoolForBurner(pool).sharesOf(m);
        if (sharesAmount == 0 || sharesAmount > have) revert InsufficientShares(m, have, sharesAmount);
        nonCoverSharesRequested += sharesAmount;
        uint256 amount = IPoolForBurner(pool).moveSharesToBurner(m, sharesAmount);
        emit StETHBurnRequested(false, m, amount, sharesAmount);
    }

    /// @notice Requests `sharesAmount` of the insurance fund's shares to burn
    /// as cover (Lido's requestBurnMyStETHForCover, by governance for the
    /// fund). Governance only.
    /// @param sharesAmount the shares (non-zero, at most what the fund holds).
    function requestCoverFromInsurance(uint256 sharesAmount) external {
        if (msg.sender != governance) revert NotAuthorized(msg.sender);
        if (sharesAmount >= 2 ** 128) revert AmountTooLarge(sharesAmount);
        uint256 have = IPoolForBurner(pool).sharesOf(insurance);
        if (sharesAmount == 0 || sharesAmount > have) revert InsufficientShares(insurance, have, sharesAmount);
        coverSharesRequested += sharesAmount;
        uint256 amount = IPoolForBurner(pool).moveSharesToBurner(insurance, sharesAmount);
        emit StETHBurnRequested(true, insurance, amount, sharesAmount);
    }

    /// @notice Records shares the pool moved (or minted) here as a burn
    /// request. Only the pool.
    /// @param from the account they came from.
    /// @param sharesAmount the shares.
    /// @param amount their stETH value.
    /// @param isCover cover (true) or non-cover.
    function requestBurn(address from, uint256 sharesAmount, uint256 amount, bool isCover) external {
        if (msg.sender != pool) revert NotAuthorized(msg.sender);
        if (isCover) coverSharesRequested += sharesAmount;
        else nonCoverSharesRequested += sharesAmount;
        emit StETHBurnRequested(isCover, from, amount, sharesAmount);
    }

    /// @notice Takes `sharesToBurn` off the requests, cover first (Lido's
    /// commitSharesToBurn); the pool burns them. Only the pool, during a report.
    /// @param sharesToBurn at most what is requested (the oracle checked).
    /// @param pooledEther pooled ether before the burn (for the events' values).
    /// @param shares total shares before the burn.
    /// @return coverShares the cover part.
    /// @return nonCoverShares the non-cover part.
    function commitSharesToBurn(uint256 sharesToBurn, uint256 pooledEther, uint256 shares)
        external
        returns (uint256 coverShares, uint256 nonCoverShares)
    {
        if (msg.sender != pool) revert NotAuthorized(msg.sender);
        uint256 c = coverSharesRequested;
        coverShares = sharesToBurn < c ? sharesToBurn : c;
        nonCoverShares = sharesToBurn - coverShares;
        if (coverShares != 0) {
            coverSharesRequested = c - coverShares;
            coverSharesBurnt += coverShares;
            emit StETHBurnt(true, coverShares * pooledEther / shares, coverShares);
        }
        if (nonCoverShares != 0) {
            nonCoverSharesRequested -= nonCoverShares;
            nonCoverSharesBurnt += nonCoverShares;
            emit StETHBurnt(false, nonCoverShares * pooledEther / shares, nonCoverShares);
        }
    }

    /// @notice Shares requested to burn and not yet burnt (Lido's view).
    /// @return coverShares cover requests.
    /// @return nonCoverShares non-cover requests.
    function getSharesRequestedToBurn() external view returns (uint256 coverShares, uint256 nonCoverShares) {
        return (coverSharesRequested, nonCoverSharesRequested);
    }

    /// @notice Cover shares burnt since deployment.
    /// @return the shares.
    function getCoverSharesBurnt() external view returns (uint256) {
        return coverSharesBurnt;
    }

    /// @notice Non-cover shares burnt since deployment.
    /// @return the shares.
    function getNonCoverSharesBurnt() external view returns (uint256) {
        return nonCoverSharesBurnt;
    }
}
