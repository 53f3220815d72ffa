// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {ReentrancyGuardTransient} from "@openzeppelin/contracts/utils/ReentrancyGuardTransient.sol";
import {StETH} from "./StETH.sol";
import {IDepositContract} from "./IDepositContract.sol";
import {OperatorRegistry} from "./OperatorRegistry.sol";

/// @notice The vaults' pull functions.
interface IVaultPull {
    function withdrawWithdrawals(uint256 amount) external;
    function withdrawRewards(uint256 amount) external;
}

/// @notice What the pool asks of the burner.
interface IBurnerForPool {
    function requestBurn(address from, uint256 sharesAmount, uint256 amount, bool isCover) external;
    function commitSharesToBurn(uint256 sharesToBurn, uint256 pooledEther, uint256 shares)
        external
        returns (uint256 coverShares, uint256 nonCoverShares);
}

/// @notice What the pool asks of the withdrawal queue during a report.
interface IQueueForPool {
    function unfinalizedStETH() external view returns (uint256);
    function minWithdrawal() external view returns (uint96);
    function finalize(uint256 lastId, uint256 rate, uint256 sharesBurnt, uint256 stETH) external payable;
}

/// @title Pool
/// @notice The staking pool and its stETH (one contract, as Lido's): submit
/// ETH for shares, the buffer and its liquid reserve, instant withdrawals
/// from the reserve, deposits of whole 32-ETH chunks to the beacon deposit
/// contract with operators' keys, and the report's changes to the books.
/// The rules are protocol/staking.go, withdrawals.go and report.go.
/// @dev Pooled ether is bookkeeping (buffer + reported beacon balance +
/// 32 ETH per deposit not yet seen): ETH sent here by anything but submit
/// or the vault pulls does not move the share rate.
contract Pool is StETH, ReentrancyGuardTransient {
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

    uint256 private constant BP = 10_000;
    uint256 private constant DEPOSIT_SIZE = 32 ether;
    address public constant DEAD = 0x000000000000000000000000000000000000dEaD;

    address public immutable withdrawalQueue;
    OperatorRegistry public immutable registry;
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
    uint128 private bufferedEther;
    uint128 private clBalance;
    uint64 private depositedValidators;
    uint64 private clValidators;
    uint64 private depositsBlock; // block of the last deposit
    uint32 private depositsThisBlock;
    bool private bunker;
    // The parameters (Params) in one slot with the staking pause, which
    // every submit reads with the dust floor.
    uint128 private dustFloor;
    uint16 private reserveTargetBP;
    uint16 private instantWithdrawalBP;
    uint32 private maxDepositsPerBlock;
    uint64 private stakingPausedUntil;
    StakeLimitState private stakeLimit;

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

    modifier only(address who) {
        if (msg.sender != who) revert NotAuthorized(msg.sender);
        _;
    }

    /// @notice Deploys the pool; msg.value is the initial stake backing the
    /// dead shares minted to 0x…dEaD (the "stone in the elevator").
    /// @param l the addresses the pool works with.
    /// @param p initial parameters.
    /// @param maxStakeLimit initial staking limit (0: none).
    /// @param stakeLimitIncreasePerBlock its refill per block.
    /// @param compounding 0x02 credentials instead of 0x01.
    constructor(Links memory l, Params memory p, uint256 maxStakeLimit, uint256 stakeLimitIncreasePerBlock, bool compounding)
        payable
        StETH(l.wstETH)
    {
        if (msg.value < 1 gwei) revert BelowDust(msg.value);
        withdrawalQueue = l.withdrawalQueue;
        registry = OperatorRegistry(l.registry);
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
        _setParams(p);
        _checkStakeLimit(maxStakeLimit, stakeLimitIncreasePerBlock);
        stakeLimit = StakeLimitState({
            maxStakeLimit: uint96(maxStakeLimit),
            growthBlocks: _growthBlocks(maxStakeLimit, stakeLimitIncreasePerBlock),
            prev: uint96(maxStakeLimit),
            prevBlock: uint32(block.number)
        });
        _checkAmount(msg.value);
        bufferedEther = uint128(msg.value);
        _mintShares(DEAD, msg.value, 0);
        emit Submitted(DEAD, msg.value, address(0));
        emit Transfer(address(0), DEAD, msg.value);
        emit TransferShares(address(0), DEAD, msg.value);
    }

    // --- staking -------------------------------------------------------------

    /// @notice Stakes msg.value: shares are minted at the rate before the ETH
    /// is added, rounded down; the ETH enters the buffer.
    /// @param referral logged only.
    /// @return the shares minted.
    function submit(address referral) external payable returns (uint256) {
        return _submit(referral);
    }

    /// @notice Plain ETH is a submit with no referral (as Lido).
    receive() external payable {
        _submit(address(0));
    }

    /// @notice Calls with unknown data are refused.
    fallback() external payable {
        revert Malformed();
    }

    function _submit(address referral) private returns (uint256 s) {
        StakeLimitState memory l = stakeLimit;
        if (l.prevBlock == 0) revert StakingPausedError();
        if (block.timestamp < stakingPausedUntil) revert StakingPausedError();
        uint256 amount = msg.value;
        _checkAmount(amount);
        if (amount < dustFloor) revert BelowDust(amount);
        uint256 limit = _currentStakeLimit(l);
        if (l.maxStakeLimit != 0 && limit < amount) revert StakeLimit(amount, limit);
        s = _sharesByEth(amount);
        if (s == 0) revert BelowDust(amount);
        if (l.maxStakeLimit != 0) {
            if (limit < amount) revert StakeLimit(amount, limit);
            l.prev = uint96(limit - amount);
            l.prevBlock = uint32(block.number);
            stakeLimit = l;
        }
        bufferedEther += uint128(amount);
        _mintShares(msg.sender, s, reportsApplied);
        emit Submitted(msg.sender, amount, referral);
        uint256 minted = _ethByShares(s);
        emit Transfer(address(0), msg.sender, minted);
        emit TransferShares(address(0), msg.sender, s);
    }

    /// @dev Lido's calculateCurrentStakeLimit: prev + (block − prevBlock) ×
    /// ⌊max / growthBlocks⌋, at most max; 0 paused, 2^128 unlimited.
    function _currentStakeLimit(StakeLimitState memory l) private view returns (uint256) {
        if (l.prevBlock == 0) return 0;
        if (l.maxStakeLimit == 0) return MAX_AMOUNT;
        uint256 inc = l.growthBlocks == 0 ? 0 : uint256(l.maxStakeLimit) / l.growthBlocks;
        uint256 cur = uint256(l.prev) + (block.number - l.prevBlock) * inc;
        return cur > l.maxStakeLimit ? l.maxStakeLimit : cur;
    }

    function _growthBlocks(uint256 max, uint256 perBlock) private pure returns (uint32) {
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

    // --- instant withdrawal ------------------------------------------------------

    /// @notice Pays `amount` of the caller's stETH at once from the liquid
    /// reserve, less the instant-withdrawal fee (rounded up, kept by the
    /// pool). Shares burnt are the amount converted up. Refused in bunker
    /// mode and for stETH received since the report before last.
    /// @param amount stETH in wei.
    /// @return paid the ETH paid.
    function instantWithdraw(uint256 amount) external nonReentrant returns (uint256 paid) {
        if (block.timestamp < withdrawalsPausedUntil) revert Paused(withdrawalsPausedUntil);
        if (bunker) revert BunkerMode();
        _checkAmount(amount);
        if (amount < IQueueForPool(withdrawalQueue).minWithdrawal()) revert WithdrawalAmount(amount);
        Account memory acc = accounts[msg.sender];
        if (reportsApplied < uint256(acc.lastInflow) + 2) revert HoldingPeriod(msg.sender);
        uint256 liq = getInstantLiquidity();
        if (liq < amount) revert ReserveShort(liq, amount);
        uint256 s = _ceilDiv(amount * totalShares, _getTotalPooledEther()); // up: the pool's favour
        if (acc.shares < s) revert InsufficientBalance(msg.sender, _ethByShares(acc.shares), amount);
        uint256 fee = _ceilDiv(amount * instantWithdrawalBP, BP); // up
        paid = amount - fee;
        _burnShares(msg.sender, s);
        bufferedEther -= uint128(paid);
        emit Transfer(msg.sender, address(0), amount);
        emit TransferShares(msg.sender, address(0), s);
        emit InstantWithdrawal(msg.sender, paid, s);
        (bool ok,) = msg.sender.call{value: paid}("");
        if (!ok) revert ETHTransferFailed();
    }

    // --- deposits ------------------------------------------------------------------

    /// @notice Deposits whole 32-ETH chunks of the depositable buffer, at
    /// most maxDeposits and the per-block bound, each to the operator the
    /// allocation rule picks (fewest active validators, lowest id on ties),
    /// with its next key. Only the depositor (the deposit security module).
    /// @param maxDeposits the most deposits to make.
    /// @return moved the deposits made.
    function deposit(uint256 maxDeposits) external only(depositor) nonReentrant returns (uint256 moved) {
        if (block.timestamp < depositsPausedUntil) return 0; // paused by the emergency committee
        uint256 done = depositsBlock == block.number ? depositsThisBlock : 0;
        uint256 perBlock = maxDepositsPerBlock;
        if (perBlock <= done) return 0;
        uint256 n = maxDeposits < perBlock - done ? maxDeposits : perBlock - done;
        uint256 chunks = getDepositableEther() / DEPOSIT_SIZE;
        if (chunks < n) n = chunks;
        if (n == 0) return 0;
        (bytes memory pubkeys, bytes memory signatures, uint256[] memory ops, uint256[] memory keyIdx) =
            registry.allocateDeposits(n);
        moved = ops.length;
        if (moved == 0) return 0;
        uint256 index = depositedValidators;
        depositedValidators += uint64(moved);
        depositsBlock = uint64(block.number);
        depositsThisBlock = uint32(done + moved);
        bufferedEther -= uint128(moved * DEPOSIT_SIZE);
        for (uint256 i = 0; i < moved; i++) {
            emit Deposited(ops[i], index + i, keyIdx[i], DEPOSIT_SIZE);
        }
        emit Unbuffered(moved * DEPOSIT_SIZE);
        bytes32 wc = withdrawalCredentials;
        for (uint256 i = 0; i < moved; i++) {
            bytes memory pk = _slice(pubkeys, i * 48, 48);
            bytes memory sig = _slice(signatures, i * 96, 96);
            depositContract.deposit{value: DEPOSIT_SIZE}(pk, abi.encodePacked(wc), sig, _depositDataRoot(pk, wc, sig));
        }
    }

    /// @dev hash_tree_root of DepositData(pubkey, wc, 32 ETH in gwei, signature).
    function _depositDataRoot(bytes memory pk, bytes32 wc, bytes memory sig) private pure returns (bytes32) {
        bytes32 pkRoot = sha256(abi.encodePacked(pk, bytes16(0)));
        bytes32 s1;
        bytes32 s2;
        bytes32 s3;
        assembly {
            s1 := mload(add(sig, 32))
            s2 := mload(add(sig, 64))
            s3 := mload(add(sig, 96))
        }
        bytes32 sigRoot = sha256(abi.encodePacked(sha256(abi.encodePacked(s1, s2)), sha256(abi.encodePacked(s3, bytes32(0)))));
        // 32 ETH = 32e9 gwei, 8 bytes little endian: 0x0040597307000000.
        return sha256(
            abi.encodePacked(
                sha256(abi.encodePacked(pkRoot, wc)), sha256(abi.encodePacked(bytes8(0x0040597307000000), bytes24(0), sigRoot))
            )
        );
    }

    function _slice(bytes memory b, uint256 from, uint256 len) private pure returns (bytes memory out) {
        out = new bytes(len);
        for (uint256 i = 0; i < len; i += 32) {
            assembly {
                mstore(add(add(out, 32), i), mload(add(add(b, 32), add(from, i))))
            }
        }
    }

    // --- the withdrawal queue's share moves ------------------------------------------

    /// @notice Moves the shares of one withdrawal request from its requester
    /// to the queue (no allowance: the queue is part of the protocol, as in
    /// the model). Only the withdrawal queue.
    /// @param from the requester.
    /// @param amount the request's stETH.
    /// @param sharesAmount its shares.
    function moveSharesToQueue(address from, uint256 amount, uint256 sharesAmount) external only(withdrawalQueue) {
        if (block.timestamp < withdrawalsPausedUntil) revert Paused(withdrawalsPausedUntil);
        _moveShares(from, withdrawalQueue, sharesAmount);
        emit Transfer(from, withdrawalQueue, amount);
        emit TransferShares(from, withdrawalQueue, sharesAmount);
    }

    // --- the veto escrow's share moves ---------------------------------------------------

    /// @notice Locks `amount` of a holder's stETH in the veto escrow: the
    /// shares it is worth (rounded down, as a transfer) move to the escrow.
    /// No allowance: the escrow is part of the protocol. Only the escrow.
    /// @param from the holder.
    /// @param amount the stETH.
    /// @return sharesAmount the shares moved.
    function moveSharesToEscrow(address from, uint256 amount) external only(vetoEscrow) returns (uint256 sharesAmount) {
        _checkAmount(amount);
        sharesAmount = _sharesByEth(amount);
        if (sharesAmount == 0) revert ZeroAmount();
        uint256 have = accounts[from].shares;
        if (have < sharesAmount) revert InsufficientBalance(from, _ethByShares(have), amount);
        _moveShares(from, vetoEscrow, sharesAmount);
        emit Transfer(from, vetoEscrow, amount);
        emit TransferShares(from, vetoEscrow, sharesAmount);
    }

    /// @notice Returns a holder's locked shares from the veto escrow. Only the escrow.
    /// @param to the holder.
    /// @param sharesAmount the shares.
    function moveSharesFromEscrow(address to, uint256 sharesAmount) external only(vetoEscrow) {
        _moveShares(vetoEscrow, to, sharesAmount);
        emit Transfer(vetoEscrow, to, _ethByShares(sharesAmount));
        emit TransferShares(vetoEscrow, to, sharesAmount);
    }

    // --- the emergency pause ---------------------------------------------------------------

    /// @notice Pauses the targets (1 staking, 2 deposits, 4 withdrawals)
    /// until at least `until`. Only the gate seal (the committee's one pause).
    /// @param targets the targets.
    /// @param until the end of the pause.
    function pauseFor(uint256 targets, uint256 until) external only(gateSeal) {
        _pauseUntil(targets, until);
    }

    /// @notice Extends the pause of staking (1) and deposits (2) to at
    /// least now + `seconds_`; withdrawals never stop because of governance.
    /// Governance only.
    /// @param targets the targets (1, 2 or 3).
    /// @param seconds_ 1 to 60 days.
    function extendPause(uint256 targets, uint256 seconds_) external only(governance) {
        if (targets == 0 || targets > 3 || seconds_ == 0 || seconds_ > 60 days) revert InvalidParameter();
        _pauseUntil(targets, block.timestamp + seconds_);
    }

    /// @notice Ends the pause of staking (1) and deposits (2). Governance only.
    /// @param targets the targets (1, 2 or 3).
    function resumePaused(uint256 targets) external only(governance) {
        if (targets == 0 || targets > 3) revert InvalidParameter();
        if (targets & 1 != 0) stakingPausedUntil = 0;
        if (targets & 2 != 0) depositsPausedUntil = 0;
        emit PauseResumed(targets);
    }

    function _pauseUntil(uint256 targets, uint256 until) private {
        uint64 u = uint64(until);
        if (targets & 1 != 0 && stakingPausedUntil < u) stakingPausedUntil = u;
        if (targets & 2 != 0 && depositsPausedUntil < u) depositsPausedUntil = u;
        if (targets & 4 != 0 && withdrawalsPausedUntil < u) withdrawalsPausedUntil = u;
        emit PausedUntil(targets, until);
    }

    // --- the burner's share moves ----------------------------------------------------------

    /// @notice Moves `sharesAmount` of `from`'s shares to the burner (a
    /// governance cover request through the burner). Only the burner.
    /// @param from the account whose shares are requested to burn.
    /// @param sharesAmount the shares (checked by the burner).
    /// @return amount their stETH value, rounded down.
    function moveSharesToBurner(address from, uint256 sharesAmount) external only(burner) returns (uint256 amount) {
        amount = _ethByShares(sharesAmount);
        _moveSharesRaw(from, burner, sharesAmount);
        emit Transfer(from, burner, amount);
        emit TransferShares(from, burner, sharesAmount);
    }

    // --- the oracle's report ----------------------------------------------------------------

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
        address[] operatorRewardAddresses;
        bool bunker;
    }

    /// @notice Applies a report's effects in protocol/report.go's order: the
    /// finalized requests' shares and the insurance cover to the burner,
    /// the beacon figures, the vault pulls, the ETH locked for the queue,
    /// the burn (cover first, within the limiter), the fee mints (a
    /// penalized operator's withheld half to the burner); the share rate's
    /// change is TokenRebased. Only the oracle.
    /// @param e the effects.
    function applyReport(ReportEffects calldata e) external only(oracle) nonReentrant {
        uint256 preShares = totalShares;
        uint256 preEther = _getTotalPooledEther();
        IBurnerForPool b = IBurnerForPool(burner);
        // Burn requests at the pre-report rate: the finalized requests'
        // shares (non-cover), then the insurance fund's cover.
        if (e.lastFinalized != 0) _requestBurn(b, withdrawalQueue, e.wqShares, false);
        if (e.cover != 0) {
            _requestBurn(b, insurance, e.cover, true);
            emit InsuranceCover(e.coverAmount, e.cover);
        }
        // The consensus side and the vault pulls, then the ETH locked.
        clValidators = uint64(e.clValidators);
        clBalance = uint128(e.clBalance);
        bufferedEther += uint128(e.withdrawalsPull + e.elRewardsPull);
        if (e.withdrawalsPull != 0) IVaultPull(withdrawalVault).withdrawWithdrawals(e.withdrawalsPull);
        if (e.elRewardsPull != 0) IVaultPull(elRewardsVault).withdrawRewards(e.elRewardsPull);
        if (e.lastFinalized != 0) {
            bufferedEther -= uint128(e.lock);
            IQueueForPool(withdrawalQueue).finalize{value: e.lock}(e.lastFinalized, e.rate, e.wqShares, e.wqStETH);
        }
        // The burn, cover first (the burner splits it).
        if (e.sharesToBurn != 0) {
            (uint256 c, uint256 nc) = b.commitSharesToBurn(e.sharesToBurn, _getTotalPooledEther(), totalShares);
            _burnShares(burner, e.sharesToBurn);
            if (c != 0) emit SharesBurnt(burner, c);
            if (nc != 0) emit SharesBurnt(burner, nc);
        }
        // Fee shares count as stETH received from the next report on (the holding period).
        uint64 mark = reportsApplied + 1;
        uint256 minted = _mintFee(treasury, e.treasuryShares, type(uint256).max, mark);
        minted += _mintFee(insurance, e.insuranceShares, type(uint256).max, mark);
        for (uint256 i = 0; i < e.operatorShares.length; i++) {
            minted += _mintFee(e.operatorRewardAddresses[i], e.operatorShares[i], i, mark);
            uint256 pen = e.operatorPenalty[i];
            if (pen != 0) {
                _mintSharesRaw(burner, pen);
                minted += pen;
                emit TransferShares(address(0), burner, pen);
                emit StuckPenalty(i, pen);
                b.requestBurn(address(registry), pen, _ethByShares(pen), false);
            }
        }
        reportsApplied = mark;
        if (bunker != e.bunker) {
            bunker = e.bunker;
            emit BunkerModeSet(e.bunker);
        }
        emit TokenRebased(e.reportTime, e.elapsed, preShares, preEther, totalShares, _getTotalPooledEther(), minted);
    }

    /// @dev Moves `s` of `from`'s shares to the burner as a request (their value at the current rate).
    function _requestBurn(IBurnerForPool b, address from, uint256 s, bool cover) private {
        uint256 amount = _ethByShares(s);
        _moveSharesRaw(from, burner, s);
        emit Transfer(from, burner, amount);
        emit TransferShares(from, burner, s);
        b.requestBurn(from, s, amount, cover);
    }

    function _mintFee(address to, uint256 s, uint256 operatorId, uint64 mark) private returns (uint256) {
        if (s == 0) return 0;
        _mintShares(to, s, mark);
        emit TransferShares(address(0), to, s);
        emit FeeMinted(to, s, operatorId);
        return s;
    }

    /// @notice Raises bunker mode at once (a member's alert). Only the oracle.
    /// @param on whether bunker mode holds.
    function setBunkerMode(bool on) external only(oracle) {
        if (bunker == on) return;
        bunker = on;
        emit BunkerModeSet(on);
    }

    // --- vault pulls ----------------------------------------------------------------------

    /// @notice Receives ETH pulled from the withdrawal or execution-rewards
    /// vault during a report (the report does the bookkeeping). Only the vaults.
    function receiveVaultETH() external payable {
        if (msg.sender != withdrawalVault && msg.sender != elRewardsVault) revert NotAuthorized(msg.sender);
    }

    // --- the wrapper's share moves ------------------------------------------------------

    /// @notice Moves the shares `amount` of stETH is worth (rounded down)
    /// from `from` to the wrapper. Only wstETH (its wrap).
    /// @param from the account wrapping.
    /// @param amount the stETH wrapped.
    /// @return sharesAmount the shares moved (the wstETH to mint).
    function wrapFrom(address from, uint256 amount) external only(wstETH) returns (uint256 sharesAmount) {
        _checkAmount(amount);
        sharesAmount = _sharesByEth(amount);
        if (sharesAmount == 0) revert ZeroAmount();
        uint256 have = accounts[from].shares;
        if (have < sharesAmount) revert InsufficientBalance(from, _ethByShares(have), amount);
        _moveShares(from, wstETH, sharesAmount);
        emit Transfer(from, wstETH, amount);
        emit TransferShares(from, wstETH, sharesAmount);
    }

    /// @notice Moves exactly `sharesAmount` from the wrapper to `to`. Only wstETH (its unwrap).
    /// @param to the account unwrapping.
    /// @param sharesAmount the shares (the wstETH burnt).
    /// @return amount their stETH value, rounded down.
    function unwrapTo(address to, uint256 sharesAmount) external only(wstETH) returns (uint256 amount) {
        _moveShares(wstETH, to, sharesAmount);
        amount = _ethByShares(sharesAmount);
        emit Transfer(wstETH, to, amount);
        emit TransferShares(wstETH, to, sharesAmount);
    }

    // --- governance ----------------------------------------------------------------------

    /// @notice Sets the pool's parameters. Governance only.
    /// @param p the parameters.
    function setParams(Params calldata p) external only(governance) {
        _setParams(p);
    }

    function _setParams(Params memory p) private {
        if (p.dustFloor == 0 || p.reserveTargetBP > BP || p.instantWithdrawalBP > BP || p.maxDepositsPerBlock == 0
            || p.maxDepositsPerBlock > 10_000) revert InvalidParameter();
        (dustFloor, reserveTargetBP, instantWithdrawalBP, maxDepositsPerBlock) =
            (p.dustFloor, p.reserveTargetBP, p.instantWithdrawalBP, p.maxDepositsPerBlock);
        emit PoolParamsSet(p.dustFloor, p.reserveTargetBP, p.instantWithdrawalBP, p.maxDepositsPerBlock);
    }

    /// @notice Sets the staking limit (max 0 removes it, keeping the rest),
    /// as Lido's setStakingLimit: the bucket is reset to max when there was
    /// no limit or max is below what was left at the last stake; the refill
    /// restarts from this block unless paused. Governance only.
    /// @param max the ceiling in wei (below 2^96).
    /// @param perBlock the refill per block.
    function setStakingLimit(uint256 max, uint256 perBlock) external only(governance) {
        _checkStakeLimit(max, perBlock);
        StakeLimitState memory l = stakeLimit;
        if (max == 0) {
            l.maxStakeLimit = 0;
        } else {
            if (l.maxStakeLimit == 0 || max < l.prev) l.prev = uint96(max);
            l.growthBlocks = _growthBlocks(max, perBlock);
            l.maxStakeLimit = uint96(max);
            if (l.prevBlock != 0) l.prevBlock = uint32(block.number);
        }
        stakeLimit = l;
        emit StakingLimitSet(max, perBlock);
    }

    function _checkStakeLimit(uint256 max, uint256 perBlock) private pure {
        if (max == 0) {
            if (perBlock != 0) revert InvalidParameter();
            return;
        }
        if (max > type(uint96).max || perBlock > max) revert InvalidParameter();
        if (perBlock != 0 && max / perBlock > type(uint32).max) revert InvalidParameter();
    }

    /// @notice Pauses staking (the bucket keeps what was left). Governance only.
    function pauseStaking() external only(governance) {
        if (stakeLimit.prevBlock == 0) return;
        stakeLimit.prevBlock = 0;
        emit StakingPaused();
    }

    /// @notice Resumes staking; the refill restarts from this block. Governance only.
    function resumeStaking() external only(governance) {
        if (stakeLimit.prevBlock != 0) return;
        stakeLimit.prevBlock = uint32(block.number);
        emit StakingResumed();
    }

    // --- helpers -------------------------------------------------------------------------

    function _ceilDiv(uint256 a, uint256 b) private pure returns (uint256) {
        uint256 q = a / b;
        return a % b == 0 ? q : q + 1;
    }
}
