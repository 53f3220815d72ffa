// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {StETH} from "./StETH.sol";
import {IDepositContract} from "./IDepositContract.sol";
import {IPool} from "./interfaces/IPool.sol";

/// @notice What the pool asks of the withdrawal queue.
interface IQueueForPool {
    function unfinalizedStETH() external view returns (uint256);
    function minWithdrawal() external view returns (uint96);
    function finalize(uint256 lastId, uint256 rate, uint256 sharesBurnt, uint256 stETH) external payable;
}

/// @title PoolState
/// @notice The pool's books and everything that reads them: the addresses
/// it works with, its storage, events and errors, pooled ether and the
/// figures derived from it (reserve, depositable ether, instant
/// liquidity, the staking limit). Pool (Pool.sol) holds every change.
/// @dev Abstract; split from Pool so that neither file passes ~600 lines.
/// Pool's storage layout is StETH's slots, then these, as before the split.
abstract contract PoolState is StETH, IPool {
    uint256 internal constant BP = 10_000;
    uint256 internal constant DEPOSIT_SIZE = 32 ether;
    address public constant DEAD = 0x000000000000000000000000000000000000dEaD;

    address public immutable withdrawalQueue;
    /// @notice The staking router: which modules' keys get the deposits;
    /// withheld operator fee shares are burn requests in its name.
    address public immutable stakingRouter;
    address public immutable oracle;
    IDepositContract public immutable depositContract;
    address public immutable withdrawalVault;
    address public immutable elRewardsVault;
    address public immutable governance;
    address public immutable depositor;
    address public immutable treasury;
    address public immutable insurance;
    address public immutable burner;
    /// @notice The stakers' veto escrow (holds locked stETH shares).
    address public immutable vetoEscrow;
    /// @notice The emergency committee's seal: it may pause for a fixed time, once.
    address public immutable gateSeal;
    /// @notice 0x01 (or 0x02) ‖ 11 zero bytes ‖ the withdrawal vault: set once, at deployment.
    bytes32 public immutable withdrawalCredentials;

    // Pooled ether's parts in two slots: every conversion reads both.
    uint128 internal bufferedEther;
    uint128 internal clBalance;
    uint64 internal depositedValidators;
    uint64 internal clValidators;
    uint64 internal depositsBlock; // block of the last deposit
    uint32 internal depositsThisBlock;
    bool internal bunker;
    // The parameters (Params) in one slot with the staking pause, which
    // every submit reads with the dust floor.
    uint128 internal dustFloor;
    uint16 internal reserveTargetBP;
    uint16 internal instantWithdrawalBP;
    uint32 internal maxDepositsPerBlock;
    uint64 internal stakingPausedUntil;
    StakeLimitState internal stakeLimit;

    /// @notice ETH staked (Lido's event).
    event Submitted(address indexed sender, uint256 amount, address referral);
    /// @notice One 32-ETH deposit: operator, deposit number, the operator's key index.
    event Deposited(uint256 indexed operatorId, uint256 depositIndex, uint256 keyIndex, uint256 amount);
    /// @notice ETH moved from the buffer into deposits (Lido's event).
    event Unbuffered(uint256 amount);
    /// @notice An instant withdrawal: ETH paid, shares burnt.
    event InstantWithdrawal(address indexed account, uint256 ethPaid, uint256 sharesBurnt);
    /// @notice The staking limit was set (max 0: no limit).
    event StakingLimitSet(uint256 maxStakeLimit, uint256 stakeLimitIncreasePerBlock);
    /// @notice Staking paused by governance (Lido's event).
    event StakingPaused();
    /// @notice Staking resumed by governance (Lido's event).
    event StakingResumed();
    /// @notice A pool parameter changed.
    event PoolParamsSet(uint256 dustFloor, uint256 reserveTargetBP, uint256 instantWithdrawalBP, uint256 maxDepositsPerBlock);
    /// @notice Bunker mode began or ended (set by the oracle).
    event BunkerModeSet(bool bunker);
    /// @notice A report changed the share rate (Lido's event).
    event TokenRebased(
        uint256 indexed reportTimestamp,
        uint256 timeElapsed,
        uint256 preTotalShares,
        uint256 preTotalEther,
        uint256 postTotalShares,
        uint256 postTotalEther,
        uint256 sharesMintedAsFees
    );
    /// @notice Shares burnt by a report from the burner (cover, then non-cover).
    event SharesBurnt(address indexed account, uint256 sharesAmount);
    /// @notice Targets paused (1 staking, 2 deposits, 4 withdrawals) until
    /// at least `until`: the committee's seal, or governance extending it.
    event PausedUntil(uint256 targets, uint256 until);
    /// @notice Governance ended the pause of the targets.
    event PauseResumed(uint256 targets);
    /// @notice A penalized operator's withheld half of its fee, minted to the burner (non-cover).
    event StuckPenalty(uint256 indexed operatorId, uint256 sharesAmount);
    /// @notice Fee shares of an operator withheld for execution rewards its validators paid elsewhere, minted to the burner.
    event ELRewardsCharged(uint256 indexed operatorId, uint256 sharesAmount);
    /// @notice A loss covered by the insurance fund: its shares requested to burn as cover.
    event InsuranceCover(uint256 amount, uint256 sharesBurnt);
    /// @notice Fee shares minted (operatorId 2^256 − 1: treasury or insurance).
    event FeeMinted(address indexed to, uint256 sharesAmount, uint256 operatorId);

    /// @notice The caller may not do this.
    error NotAuthorized(address caller);
    /// @notice Staking is paused.
    error StakingPausedError();
    /// @notice The stake is above the current staking limit.
    error StakeLimit(uint256 amount, uint256 limit);
    /// @notice The stake is below the dust floor, or worth no share.
    error BelowDust(uint256 amount);
    /// @notice A parameter out of its range.
    error InvalidParameter();
    /// @notice Instant withdrawals are closed while losses unfold.
    error BunkerMode();
    /// @notice An amount outside the withdrawal bounds.
    error WithdrawalAmount(uint256 amount);
    /// @notice stETH received since the report before last cannot leave instantly.
    error HoldingPeriod(address account);
    /// @notice The liquid reserve does not cover the amount.
    error ReserveShort(uint256 available, uint256 amount);
    /// @notice Sending ETH failed.
    error ETHTransferFailed();
    /// @notice Plain ETH with calldata.
    error Malformed();
    /// @notice Wrapping stETH worth no share.
    error ZeroAmount();
    /// @notice Paused by the emergency committee until `until`.
    error Paused(uint256 until);
    /// @notice CodeUnknownModule: no staking module with this id.
    error UnknownModule(uint256 moduleId);

    modifier only(address who) {
        if (msg.sender != who) revert NotAuthorized(msg.sender);
        _;
    }

    /// @param l the addresses the pool works with, fixed here.
    /// @param compounding 0x02 credentials instead of 0x01.
    constructor(Links memory l, bool compounding) StETH(l.wstETH) {
        withdrawalQueue = l.withdrawalQueue;
        stakingRouter = l.stakingRouter;
        oracle = l.oracle;
        depositContract = IDepositContract(l.depositContract);
        withdrawalVault = l.withdrawalVault;
        elRewardsVault = l.elRewardsVault;
        governance = l.governance;
        depositor = l.depositor;
        treasury = l.treasury;
        insurance = l.insurance;
        burner = l.burner;
        vetoEscrow = l.vetoEscrow;
        gateSeal = l.gateSeal;
        withdrawalCredentials = bytes32(uint256(compounding ? 0x02 : 0x01) << 248 | uint256(uint160(l.withdrawalVault)));
    }

    /// @dev Lido's calculateCurrentStakeLimit: prev + (block − prevBlock) ×
    /// ⌊max / growthBlocks⌋, at most max; 0 paused, 2^128 unlimited.
    function _currentStakeLimit(StakeLimitState memory l) internal view returns (uint256) {
        if (l.prevBlock == 0) return 0;
        if (l.maxStakeLimit == 0) return MAX_AMOUNT;
        uint256 inc = l.growthBlocks == 0 ? 0 : uint256(l.maxStakeLimit) / l.growthBlocks;
        uint256 cur = uint256(l.prev) + (block.number - l.prevBlock) * inc;
        return cur > l.maxStakeLimit ? l.maxStakeLimit : cur;
    }

    function _growthBlocks(uint256 max, uint256 perBlock) internal pure returns (uint32) {
        return perBlock == 0 ? 0 : uint32(max / perBlock);
    }

    /// @notice How much can be staked now: 0 when paused, 2^128 when unlimited.
    /// @return the limit in wei.
    function getCurrentStakeLimit() external view returns (uint256) {
        return _currentStakeLimit(stakeLimit);
    }

    /// @notice Whether staking is paused.
    /// @return paused.
    function isStakingPaused() external view returns (bool) {
        return stakeLimit.prevBlock == 0;
    }

    /// @notice The staking limit's settings and bucket.
    /// @return the stake limit.
    function getStakeLimitState() external view returns (StakeLimitState memory) {
        return stakeLimit;
    }

    function _checkStakeLimit(uint256 max, uint256 perBlock) internal pure {
        if (max == 0) {
            if (perBlock != 0) revert InvalidParameter();
            return;
        }
        if (max > type(uint96).max || perBlock > max) revert InvalidParameter();
        if (perBlock != 0 && max / perBlock > type(uint32).max) revert InvalidParameter();
    }

    // --- figures ---------------------------------------------------------------

    /// @notice Whether `a` is one of the pool's contracts (stETH, wstETH,
    /// the queue, the vaults, the burner), to which no token may be sent
    /// (Lido's TRANSFER_TO_STETH_CONTRACT, widened).
    /// @param a the address.
    /// @return whether it is.
    function isPoolContract(address a) external view returns (bool) {
        return _isPoolContract(a);
    }

    function _isPoolContract(address a) internal view override returns (bool) {
        return a == address(this) || a == wstETH || a == withdrawalQueue || a == withdrawalVault || a == elRewardsVault
            || a == burner || a == vetoEscrow;
    }

    function _getTotalPooledEther() internal view override returns (uint256) {
        return bufferedEther + clBalance + uint256(depositedValidators - clValidators) * DEPOSIT_SIZE;
    }

    /// @notice Pooled ether, total shares, an account's shares and whether
    /// `owner` is one of the pool's contracts, in one call (what a
    /// withdrawal request needs).
    /// @param account the requester.
    /// @param owner the requests' owner.
    /// @return pooled the pooled ether.
    /// @return shares the total shares.
    /// @return accountShares the account's shares.
    /// @return ownerIsPoolContract whether the owner is refused.
    /// @return reports the oracle reports applied so far.
    function getRequestRate(address account, address owner)
        external
        view
        returns (uint256 pooled, uint256 shares, uint256 accountShares, bool ownerIsPoolContract, uint256 reports)
    {
        return (_getTotalPooledEther(), totalShares, accounts[account].shares, _isPoolContract(owner), reportsApplied);
    }

    /// @notice What a report starts from, in one call: the beacon figures,
    /// the buffer, pooled ether, total shares, the insurance fund's shares
    /// and whether validators are compounding (0x02).
    /// @return r the figures.
    function getReportInputs() external view returns (ReportInputs memory r) {
        r.depositedValidators = depositedValidators;
        r.clValidators = clValidators;
        r.clBalance = clBalance;
        r.buffered = bufferedEther;
        r.pooledEther = _getTotalPooledEther();
        r.totalShares = totalShares;
        r.insuranceShares = accounts[insurance].shares;
        r.compounding = uint8(withdrawalCredentials[0]) == 0x02;
    }

    /// @notice ETH held by the pool for staking, not yet deposited.
    /// @return the buffer in wei.
    function getBufferedEther() external view returns (uint256) {
        return bufferedEther;
    }

    /// @notice The beacon figures: deposits made, validators and balance last reported.
    /// @return depositedValidators_ deposits ever made.
    /// @return beaconValidators validators the oracle has seen.
    /// @return beaconBalance their balance at the last report.
    function getBeaconStat()
        external
        view
        returns (uint256 depositedValidators_, uint256 beaconValidators, uint256 beaconBalance)
    {
        return (depositedValidators, clValidators, clBalance);
    }

    /// @notice The pool's parameters.
    /// @return the parameters.
    function getParams() external view returns (Params memory) {
        return Params({
            dustFloor: dustFloor,
            reserveTargetBP: reserveTargetBP,
            instantWithdrawalBP: instantWithdrawalBP,
            maxDepositsPerBlock: maxDepositsPerBlock
        });
    }

    /// @notice When the pauses of staking, deposits and withdrawals end
    /// (timestamps; paused while block.timestamp is below).
    /// @return staking the staking pause's end.
    /// @return deposits the deposits pause's end.
    /// @return withdrawals the withdrawals pause's end.
    function getPausedUntil() external view returns (uint256 staking, uint256 deposits, uint256 withdrawals) {
        return (stakingPausedUntil, depositsPausedUntil, withdrawalsPausedUntil);
    }

    /// @notice Whether bunker mode (or a member's alert) holds.
    /// @return bunker.
    function isBunkerMode() external view returns (bool) {
        return bunker;
    }

    /// @notice The part of the buffer kept liquid: ceil(pooled × reserveBP / 10000).
    /// @return the reserve target in wei.
    function getReserveTarget() public view returns (uint256) {
        return _ceilDiv(_getTotalPooledEther() * reserveTargetBP, BP);
    }

    /// @notice The buffer above queued requests and the reserve target (0 in bunker mode).
    /// @return the depositable ether in wei.
    function getDepositableEther() public view returns (uint256) {
        uint256 keep = getReserveTarget() + IQueueForPool(withdrawalQueue).unfinalizedStETH();
        if (bunker || bufferedEther <= keep) return 0;
        return bufferedEther - keep;
    }

    /// @notice The buffer not promised to the queue: what instant withdrawals draw on.
    /// @return the liquidity in wei.
    function getInstantLiquidity() public view returns (uint256) {
        uint256 unfinalized = IQueueForPool(withdrawalQueue).unfinalizedStETH();
        return bufferedEther < unfinalized ? 0 : bufferedEther - unfinalized;
    }

    /// @dev Refuses while the withdrawals are paused (the committee's seal).
    function _whenWithdrawalsOpen() internal view {
        if (block.timestamp < withdrawalsPausedUntil) revert Paused(withdrawalsPausedUntil);
    }

    /// @dev Moves the shares `amount` of `from`'s stETH is worth (rounded
    /// down, as a transfer) to one of the pool's contracts, with the events:
    /// a wrap, or a lock in the veto escrow.
    function _moveStETHTo(address from, address to, uint256 amount) internal returns (uint256 sharesAmount) {
        _checkAmount(amount);
        sharesAmount = _sharesByEth(amount); // down: the pool's favour
        if (sharesAmount == 0) revert ZeroAmount();
        uint256 have = accounts[from].shares;
        if (have < sharesAmount) revert InsufficientBalance(from, _ethByShares(have), amount);
        _moveShares(from, to, sharesAmount);
        emit Transfer(from, to, amount);
        emit TransferShares(from, to, sharesAmount);
    }

    function _ceilDiv(uint256 a, uint256 b) internal pure returns (uint256) {
        uint256 q = a / b;
        return a % b == 0 ? q : q + 1;
    }
}
