// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {ReentrancyGuardTransient} from "@openzeppelin/contracts/utils/ReentrancyGuardTransient.sol";
import {PoolState, IQueueForPool} from "./PoolState.sol";

/// @notice The vaults' pull functions.
interface IVaultPull {
    function withdrawWithdrawals(uint256 amount) external;
    function withdrawRewards(uint256 amount) external;
}

/// @notice What the pool asks of the staking router (StakingRouter.sol).
interface IRouterForPool {
    function deposit(uint256 n, uint256 moduleId, bytes32 withdrawalCredentials)
        external
        payable
        returns (uint256[] memory operatorIds, uint256[] memory keyIndexes);
    function getStakingModulesCount() external view returns (uint256);
}

/// @notice What the pool asks of the burner.
interface IBurnerForPool {
    function requestBurn(address from, uint256 sharesAmount, uint256 amount, bool isCover) external;
    function commitSharesToBurn(uint256 sharesToBurn, uint256 pooledEther, uint256 shares)
        external
        returns (uint256 coverShares, uint256 nonCoverShares);
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
/// The books, events, errors and every view are PoolState (PoolState.sol);
/// this file holds every change to them.
contract Pool is PoolState, ReentrancyGuardTransient {
    /// @notice Deploys the pool; msg.value is the initial stake backing the
    /// dead shares minted to 0x…dEaD (the "stone in the elevator").
    /// @param l the addresses the pool works with.
    /// @param p initial parameters.
    /// @param maxStakeLimit initial staking limit (0: none).
    /// @param stakeLimitIncreasePerBlock its refill per block.
    /// @param compounding 0x02 credentials instead of 0x01.
    constructor(Links memory l, Params memory p, uint256 maxStakeLimit, uint256 stakeLimitIncreasePerBlock, bool compounding)
        payable
        PoolState(l, compounding)
    {
        if (msg.value < 1 gwei) revert BelowDust(msg.value);
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

    // --- instant withdrawal ------------------------------------------------------

    /// @notice Pays `amount` of the caller's stETH at once from the liquid
    /// reserve, less the instant-withdrawal fee (rounded up, kept by the
    /// pool). Shares burnt are the amount converted up. Refused in bunker
    /// mode and for stETH received since the report before last.
    /// @param amount stETH in wei.
    /// @return paid the ETH paid.
    function instantWithdraw(uint256 amount) external nonReentrant returns (uint256 paid) {
        _whenWithdrawalsOpen();
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
    /// with its next key. Only the depositor.
    /// @param maxDeposits the most deposits to make.
    /// @return moved the deposits made.
    function deposit(uint256 maxDeposits) external only(depositor) nonReentrant returns (uint256 moved) {
        return _deposit(maxDeposits, 0);
    }

    /// @notice One module's part of a deposit (protocol CmdDepositModule;
    /// Lido's depositBufferedEther for one module): the router allocates
    /// the whole call among all modules and only module `moduleId`'s
    /// deposits are made, the others' waiting for their own calls. Only the
    /// depositor (the deposit security module, which checked a guardian
    /// quorum's attestation of this module's state).
    /// @param maxDeposits the most deposits to allocate.
    /// @param moduleId the module whose part is made (1..modules).
    /// @return moved the deposits made.
    function depositModule(uint256 maxDeposits, uint256 moduleId)
        external
        only(depositor)
        nonReentrant
        returns (uint256 moved)
    {
        if (moduleId == 0 || moduleId > IRouterForPool(stakingRouter).getStakingModulesCount()) revert UnknownModule(moduleId);
        return _deposit(maxDeposits, moduleId);
    }

    /// @dev A deposit call: all modules' parts (only = 0) or one module's.
    function _deposit(uint256 maxDeposits, uint256 only) private returns (uint256 moved) {
        if (block.timestamp < depositsPausedUntil) return 0; // paused by the emergency committee
        uint256 done = depositsBlock == block.number ? depositsThisBlock : 0;
        uint256 perBlock = maxDepositsPerBlock;
        if (perBlock <= done) return 0;
        uint256 n = maxDeposits < perBlock - done ? maxDeposits : perBlock - done;
        uint256 chunks = getDepositableEther() / DEPOSIT_SIZE;
        if (chunks < n) n = chunks;
        if (n == 0) return 0;
        // The router picks the keys and makes the deposits (Lido's
        // StakingRouter.deposit); what it could not place comes back
        // through receiveVaultETH.
        (uint256[] memory ops, uint256[] memory keyIdx) =
            IRouterForPool(stakingRouter).deposit{value: n * DEPOSIT_SIZE}(n, only, withdrawalCredentials);
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
    }

    // --- the withdrawal queue's share moves ------------------------------------------

    /// @notice Moves the shares of one withdrawal request from its requester
    /// to the queue (no allowance: the queue is part of the protocol, as in
    /// the model). Only the withdrawal queue.
    /// @param from the requester.
    /// @param amount the request's stETH.
    /// @param sharesAmount its shares.
    function moveSharesToQueue(address from, uint256 amount, uint256 sharesAmount) external only(withdrawalQueue) {
        _whenWithdrawalsOpen();
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
        return _moveStETHTo(from, vetoEscrow, amount);
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
            minted += _mintFee(e.operatorRewardAddresses[i], e.operatorShares[i], e.operatorIds[i], mark);
            minted += _withhold(b, e.operatorIds[i], e.operatorPenalty[i], false)
                + _withhold(b, e.operatorIds[i], e.operatorCharge[i], true);
        }
        reportsApplied = mark;
        if (bunker != e.bunker) {
            bunker = e.bunker;
            emit BunkerModeSet(e.bunker);
        }
        emit TokenRebased(e.reportTime, e.elapsed, preShares, preEther, totalShares, _getTotalPooledEther(), minted);
    }

    /// @dev Mints operator `i`'s withheld fee shares `s` to the burner as a
    /// non-cover request: the stuck penalty's half, or an execution-reward charge.
    function _withhold(IBurnerForPool b, uint256 i, uint256 s, bool charge) private returns (uint256) {
        if (s == 0) return 0;
        _mintSharesRaw(burner, s);
        emit TransferShares(address(0), burner, s);
        if (charge) emit ELRewardsCharged(i, s);
        else emit StuckPenalty(i, s);
        b.requestBurn(stakingRouter, s, _ethByShares(s), false);
        return s;
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
    /// vault during a report, or handed back by the staking router from a
    /// deposit it could not place (the report or deposit does the
    /// bookkeeping). Only the vaults and the router.
    function receiveVaultETH() external payable {
        if (msg.sender != withdrawalVault && msg.sender != elRewardsVault && msg.sender != stakingRouter) {
            revert NotAuthorized(msg.sender);
        }
    }

    // --- the wrapper's share moves ------------------------------------------------------

    /// @notice Moves the shares `amount` of stETH is worth (rounded down)
    /// from `from` to the wrapper. Only wstETH (its wrap).
    /// @param from the account wrapping.
    /// @param amount the stETH wrapped.
    /// @return sharesAmount the shares moved (the wstETH to mint).
    function wrapFrom(address from, uint256 amount) external only(wstETH) returns (uint256 sharesAmount) {
        return _moveStETHTo(from, wstETH, amount);
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
}
