// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

// Why one file over 600 lines: the hash consensus (members, frames, votes)
// and the accounting step live together so that the report's data is
// checked against the agreed hash and applied in one call, as Lido's
// HashConsensus + AccountingOracle do across two contracts; the sanity
// limits and the burner are already contracts of their own
// (SanityChecker.sol, Burner.sol).

import {SanityChecker} from "./SanityChecker.sol";
import {IPool} from "./interfaces/IPool.sol";
import {IStakingRouter} from "./interfaces/IStakingRouter.sol";

/// @notice What the oracle asks of the staking router beyond IStakingRouter:
/// the calls that take the report's own entries (this file's structs, the
/// router's ABI).
interface IRegistryForOracle is IStakingRouter {
    function chargeDebts(
        Oracle.OperatorAmount[] calldata charges,
        Oracle.OperatorWithdrawal[] calldata withdrawn,
        uint256[] calldata starts,
        uint256[] calldata exitedNow
    ) external view returns (uint256[] memory debt);
    function applyReport(
        uint256 refSlot,
        Oracle.OperatorCount[] calldata exited,
        Oracle.OperatorCount[] calldata exitRequests,
        Oracle.OperatorStats[] calldata stats,
        uint256[] calldata stuck,
        uint256[] calldata penaltyEnds,
        uint256[] calldata debts,
        Oracle.OperatorWithdrawal[] calldata withdrawn
    ) external;
}

/// @notice What the oracle reads from the queue.
interface IQueueForOracle {
    function getLastRequestId() external view returns (uint256);
    function getLastFinalizedRequestId() external view returns (uint256);
    function getRequestTime(uint256 requestId) external view returns (uint256);
    function prefinalize(uint256[] calldata batches, uint256 rate)
        external
        view
        returns (uint256 lock, uint256 shares, uint256 stETH);
}

/// @notice What the oracle reads from the burner.
interface IBurnerForOracle {
    function getSharesRequestedToBurn() external view returns (uint256 coverShares, uint256 nonCoverShares);
}

/// @title Oracle
/// @notice The oracle committee and the accounting step, as
/// protocol/oracle.go and protocol/report.go: members vote on the hash of
/// the report for the current frame's reference slot (frames and slots from
/// timestamps, as Lido's HashConsensus); once a hash has a quorum (more than
/// half of the members) any member submits the data, which is planned,
/// checked and applied in one step in Lido's order (V2
/// handleOracleReport): validators and exits, the sanity checks, the
/// finalization batches at the simulated share rate, the insurance cover,
/// the rebase limiter, stuck operators, the fee (only on a profitable
/// consensus side), the simulated share rate check; then the pool, the
/// burner, the queue and the registry commit it.
contract Oracle {
    /// @notice The report members agree on (protocol.OracleReport).
    struct Report {
        uint256 refSlot;
        uint256 validators;
        uint256 balanceGwei;
        uint256 withdrawalVault;
        uint256 elRewardsVault;
        OperatorCount[] exited;
        uint256 sharesRequestedToBurn;
        uint256[] batches;
        uint256 simulatedShareRate;
        bool bunker;
        OperatorCount[] exitRequests;
        OperatorStats[] stats;
        OperatorAmount[] elRewardsCharges;
        OperatorWithdrawal[] withdrawn;
    }

    /// @notice A bonded operator's withdrawn validators: its withdrawn
    /// count and the newly withdrawn ones' shortfall below 32 ETH each (wei).
    struct OperatorWithdrawal {
        uint256 operator;
        uint256 count;
        uint256 loss;
    }

    /// @notice An amount of wei for one operator: execution rewards its
    /// validators' blocks paid elsewhere than the execution-rewards vault.
    struct OperatorAmount {
        uint256 operator;
        uint256 amount;
    }

    /// @notice A count for one operator.
    struct OperatorCount {
        uint256 operator;
        uint256 count;
    }

    /// @notice One frame's performance of an operator's validators.
    struct OperatorStats {
        uint256 operator;
        uint256 missedAttestations;
        uint256 missedProposals;
        uint256 slashed;
    }

    /// @notice The frame, the fee and the stuck penalty (governance sets them).
    struct Params {
        uint64 epochsPerFrame;
        uint64 feeBP;
        uint64 treasuryFeeShareBP;
        uint64 operatorsFeeShareBP;
        uint64 insuranceFeeShareBP;
        uint64 exitDeadlineSlots;
        uint64 stuckPenaltyDelay; // seconds
    }

    /// @notice What a report would give with no finalization (Lido's
    /// eth_call of handleOracleReport): the share rate members put in the
    /// report and the ETH its finalization may use.
    struct Simulation {
        uint256 shareRate; // post pooled ether × 1e27 / post shares, rounded down
        uint256 budget; // the buffer and the vault pulls
        uint256 postEther;
        uint256 postShares;
    }

    uint256 private constant BP = 10_000;
    uint256 private constant SHARE_RATE_PRECISION = 1e27;

    IPool public immutable pool;
    IRegistryForOracle public immutable registry;
    IQueueForOracle public immutable withdrawalQueue;
    SanityChecker public immutable sanityChecker;
    address public immutable burner;
    address public immutable withdrawalVault;
    address public immutable elRewardsVault;
    address public immutable governance;
    uint256 public immutable genesisTime;
    uint256 public immutable secondsPerSlot;
    uint256 public immutable slotsPerEpoch;

    address[] private members;
    mapping(address => bool) public isMember;
    uint256 public quorum;
    Params private params;
    uint256 private initialEpoch;
    uint256 public lastRefSlot;
    /// @dev Votes of the current round (a new reference slot or a new committee starts one), by member.
    uint256 private voteSlot;
    uint256 private voteRound;
    mapping(uint256 => mapping(address => bytes32)) private votes;
    bytes32 private consensus;
    bool public bunker;
    bool public alert;
    uint256 private bunkerSince;
    uint256 private alertTime;

    /// @notice A member voted for a report hash (support: members now voting for it).
    event ReportReceived(uint256 indexed refSlot, address indexed member, bytes32 report, uint256 support);
    /// @notice A hash reached the quorum.
    event ConsensusReached(uint256 indexed refSlot, bytes32 report, uint256 support);
    /// @notice A member raised bunker mode until the next report.
    event BunkerAlert(address indexed member, uint256 timestamp);
    /// @notice A report was applied (bunker: as the report said).
    event ReportProcessed(uint256 indexed refSlot, bytes32 report, bool bunker);
    /// @notice Governance replaced the committee (votes of the frame are dropped).
    event OracleCommitteeChanged(uint256 members, uint256 quorum);
    /// @notice Governance set the parameters.
    event OracleParamsSet();

    /// @notice The caller is not a member (or not governance).
    error NotAuthorized(address caller);
    /// @notice No report is due in this frame, or the slot is not the current frame's.
    error OracleWrongFrame(uint256 refSlot);
    /// @notice The reference slot belongs to a past frame.
    error OracleStaleFrame(uint256 refSlot);
    /// @notice The report for this slot was applied already.
    error OracleAlreadyProcessed(uint256 refSlot);
    /// @notice The same vote again, or the alert raised twice.
    error OracleDuplicateVote();
    /// @notice The submitted data does not hash to the agreed report.
    error OracleHashMismatch(bytes32 got, bytes32 agreed);
    /// @notice No hash has the quorum for this slot.
    error NoQuorum(uint256 refSlot);
    /// @notice A zero hash, or lists out of order.
    error Malformed();
    /// @notice Validator counts that fall or pass the deposits.
    error SanityValidators();
    /// @notice A vault reported above its balance.
    error SanityVaultBalance();
    /// @notice More shares reported requested to burn than the burner holds.
    error SanitySharesToBurn();
    /// @notice Batches that do not fit the queue, the margin, the bunker border or the budget.
    error SanityFinalization();
    /// @notice Too many execution-reward charges, a zero one, or a debt past 2^128 − 1 wei.
    error SanityElRewardsCharges();
    /// @notice A parameter or committee out of range.
    error InvalidParameter();

    /// @notice Addresses the oracle works with.
    struct Links {
        address pool;
        address registry;
        address withdrawalQueue;
        address sanityChecker;
        address burner;
        address withdrawalVault;
        address elRewardsVault;
        address governance;
    }

    /// @notice The beacon chain's clock (Lido's HashConsensus immutables).
    struct ChainConfig {
        uint256 genesisTime;
        uint256 secondsPerSlot;
        uint256 slotsPerEpoch;
    }

    /// @param l the addresses.
    /// @param c the beacon chain's clock.
    /// @param members_ the committee.
    /// @param quorum_ votes needed (more than half).
    /// @param p the parameters.
    constructor(Links memory l, ChainConfig memory c, address[] memory members_, uint256 quorum_, Params memory p) {
        pool = IPool(l.pool);
        registry = IRegistryForOracle(l.registry);
        withdrawalQueue = IQueueForOracle(l.withdrawalQueue);
        sanityChecker = SanityChecker(l.sanityChecker);
        burner = l.burner;
        withdrawalVault = l.withdrawalVault;
        elRewardsVault = l.elRewardsVault;
        governance = l.governance;
        if (c.secondsPerSlot == 0 || c.slotsPerEpoch == 0 || block.timestamp < c.genesisTime) revert InvalidParameter();
        genesisTime = c.genesisTime;
        secondsPerSlot = c.secondsPerSlot;
        slotsPerEpoch = c.slotsPerEpoch;
        _setCommittee(members_, quorum_);
        _setParams(p);
        lastRefSlot = _slotAt(block.timestamp); // the pool's creation
    }

    // --- clock -------------------------------------------------------------------

    function _slotAt(uint256 t) private view returns (uint256) {
        return (t - genesisTime) / secondsPerSlot;
    }

    /// @notice The current frame's reference slot (the slot before its
    /// first); false when the frame starts at slot 0.
    /// @return refSlot the reference slot.
    /// @return ok whether there is one.
    function getCurrentRefSlot() public view returns (uint256 refSlot, bool ok) {
        uint256 epoch = _slotAt(block.timestamp) / slotsPerEpoch;
        if (epoch < initialEpoch) return (0, false);
        uint256 epf = params.epochsPerFrame;
        uint256 start = (initialEpoch + (epoch - initialEpoch) / epf * epf) * slotsPerEpoch;
        if (start == 0) return (0, false);
        return (start - 1, true);
    }

    /// @notice Reverts unless `refSlot` is the current frame's reference
    /// slot and its report is not applied yet (the second opinion's check too).
    /// @param refSlot the reference slot.
    function checkFrame(uint256 refSlot) public view {
        (uint256 cur, bool ok) = getCurrentRefSlot();
        if (!ok) revert OracleWrongFrame(refSlot);
        if (refSlot < cur) revert OracleStaleFrame(refSlot);
        if (refSlot > cur) revert OracleWrongFrame(refSlot);
        if (refSlot <= lastRefSlot) revert OracleAlreadyProcessed(refSlot);
    }

    // --- committee ------------------------------------------------------------------

    /// @notice Votes for the hash of the report for `refSlot` (a member may
    /// change its vote; repeating it is refused).
    /// @param refSlot the current frame's reference slot.
    /// @param report keccak256(abi.encode(Report)).
    function submitReport(uint256 refSlot, bytes32 report) external {
        if (!isMember[msg.sender]) revert NotAuthorized(msg.sender);
        checkFrame(refSlot);
        if (report == 0) revert Malformed();
        uint256 round = voteRound;
        if (voteSlot != refSlot) {
            voteSlot = refSlot;
            consensus = 0;
            voteRound = ++round;
        }
        mapping(address => bytes32) storage v = votes[round];
        if (v[msg.sender] == report) revert OracleDuplicateVote();
        v[msg.sender] = report;
        uint256 support = _support(round, report);
        // At most one hash can have the quorum (more than half): it stays
        // the consensus unless a vote takes support away from it.
        bytes32 c = consensus;
        if (support >= quorum) c = report;
        else if (c != 0 && _support(round, c) < quorum) c = 0;
        consensus = c;
        emit ReportReceived(refSlot, msg.sender, report, support);
        if (c == report) emit ConsensusReached(refSlot, report, support);
    }

    function _support(uint256 round, bytes32 report) private view returns (uint256 n) {
        mapping(address => bytes32) storage v = votes[round];
        for (uint256 i = 0; i < members.length; i++) {
            if (v[members[i]] == report) n++;
        }
    }

    /// @notice The hash with the quorum for the current votes' slot, if any.
    /// @return refSlot the slot voted on.
    /// @return report the agreed hash (zero: none).
    function getConsensus() external view returns (uint256 refSlot, bytes32 report) {
        return (voteSlot, consensus);
    }

    /// @notice Raises bunker mode at once (any single member), until the next report.
    function raiseAlert() external {
        if (!isMember[msg.sender]) revert NotAuthorized(msg.sender);
        if (alert) revert OracleDuplicateVote();
        alert = true;
        alertTime = block.timestamp;
        emit BunkerAlert(msg.sender, block.timestamp);
        if (!bunker) pool.setBunkerMode(true);
    }

    // --- the accounting step -------------------------------------------------------------

    /// @dev Everything a report changes, computed and checked before anything is written.
    struct Plan {
        uint256 elapsed;
        uint256 reportTime;
        uint256 preCL;
        uint256 postCL;
        uint256 negative;
        uint256 exitedTotal;
        uint256 simulatedSharesToBurn;
        uint256 feeShares;
        uint256 postEther;
        uint256 postShares;
        uint256 budget;
        uint256[] exitedNow;
        uint256[] stuck;
        uint256[] penaltyEnds;
        uint256[] starts; // each module's first operator in the lists
        uint256 operatorsMinted; // the operators' fee, penalty and charge shares (the router's sum)
        uint256[] debt; // execution-reward debts after the report, in the lists' order (the router keeps them)
        IPool.ReportEffects e;
    }

    /// @notice Applies the agreed report. Any member, once its hash has the quorum.
    /// @param r the report.
    function submitReportData(Report calldata r) external {
        if (!isMember[msg.sender]) revert NotAuthorized(msg.sender);
        checkFrame(r.refSlot);
        if (voteSlot != r.refSlot || consensus == 0) revert NoQuorum(r.refSlot);
        bytes32 h = keccak256(abi.encode(r));
        if (h != consensus) revert OracleHashMismatch(h, consensus);
        Plan memory pl = _plan(r, false);
        // Effects on this contract first, then the calls.
        if (r.bunker && !bunker) (bunkerSince,) = getBunkerBorder(true);
        bunker = r.bunker;
        alert = false;
        lastRefSlot = r.refSlot;
        consensus = 0;
        voteSlot = 0;
        sanityChecker.addReportData(pl.reportTime, pl.exitedTotal, pl.negative);
        pool.applyReport(pl.e);
        registry.applyReport(r.refSlot, r.exited, r.exitRequests, r.stats, pl.stuck, pl.penaltyEnds, pl.debt, r.withdrawn);
        emit ReportProcessed(r.refSlot, h, r.bunker);
    }

    /// @notice What report `r` would give if applied now with no
    /// finalization (its batches ignored; Lido's eth_call of
    /// handleOracleReport): the share rate and the budget members use to
    /// compute the batches (protocol's State.SimulateReport). Reverts as
    /// the report would; of the frame checks only a reference slot not
    /// after the last report's; no quorum check.
    /// @param r the report.
    /// @return s the simulation.
    function simulateReport(Report calldata r) external view returns (Simulation memory s) {
        if (r.refSlot <= lastRefSlot) revert OracleAlreadyProcessed(r.refSlot);
        Plan memory pl = _plan(r, true);
        s.postEther = pl.postEther;
        s.postShares = pl.postShares;
        if (pl.postShares != 0) s.shareRate = pl.postEther * SHARE_RATE_PRECISION / pl.postShares;
        s.budget = pl.budget;
    }

    /// @notice Whether bunker mode holds for a report's finalization and
    /// the timestamp from which requests wait: an ongoing bunker's start,
    /// the alert's time, or the previous reference slot's time (Lido's
    /// bunkerModeSinceTimestamp).
    /// @param reportBunker the report's bunker flag.
    /// @return from the first timestamp whose requests wait.
    /// @return isBunker whether bunker mode holds for it.
    function getBunkerBorder(bool reportBunker) public view returns (uint256 from, bool isBunker) {
        if (!reportBunker) return (0, false);
        if (bunker) return (bunkerSince, true);
        if (alert) return (alertTime, true);
        return (genesisTime + lastRefSlot * secondsPerSlot, true);
    }

    function _plan(Report calldata r, bool simulate) private view returns (Plan memory pl) {
        IPool.ReportEffects memory e = pl.e;
        IPool.ReportInputs memory inp = pool.getReportInputs();
        SanityChecker.Limits memory lim = sanityChecker.getLimits();
        pl.elapsed = (r.refSlot - lastRefSlot) * secondsPerSlot;
        pl.reportTime = genesisTime + r.refSlot * secondsPerSlot;
        e.reportTime = pl.reportTime;
        e.elapsed = pl.elapsed;
        e.bunker = r.bunker;

        // 1. Validators seen never fall, never pass the deposits; exited
        // counts only grow, never past deposits; the exited ETH a day.
        if (r.validators < inp.clValidators || r.validators > inp.depositedValidators) revert SanityValidators();
        (IStakingRouter.Counts[] memory ops, uint256[] memory starts) = registry.getRouterReportView();
        pl.starts = starts;
        (pl.exitedNow, pl.exitedTotal) = sanityChecker.checkExited(r.exited, ops, starts, inp.compounding, pl.elapsed);
        pl.preCL = (r.validators - inp.clValidators) * 32 ether + inp.clBalance;
        pl.postCL = r.balanceGwei * 1 gwei;
        e.clValidators = r.validators;
        e.clBalance = pl.postCL;

        // 2. The vaults and the burner hold at least what is reported;
        // LIP-23, the annual increase, the appeared ETH.
        if (r.withdrawalVault > withdrawalVault.balance || r.elRewardsVault > elRewardsVault.balance) {
            revert SanityVaultBalance();
        }
        {
            (uint256 cov, uint256 nonCov) = IBurnerForOracle(burner).getSharesRequestedToBurn();
            if (r.sharesRequestedToBurn > cov + nonCov) revert SanitySharesToBurn();
        }
        pl.negative = sanityChecker.checkConsensusSide(
            SanityChecker.ConsensusSide({
                refSlot: r.refSlot,
                reportTime: pl.reportTime,
                elapsed: pl.elapsed,
                validators: r.validators,
                appeared: r.validators - inp.clValidators,
                exited: pl.exitedTotal,
                preCL: pl.preCL,
                postCL: pl.postCL,
                withdrawalVault: r.withdrawalVault
            })
        );

        // 3. Exit requests (each operator's next keys, within its
        // deposits) and scorecards (the sanity checker), the execution-reward
        // charges and the withdrawal rows (the router).
        sanityChecker.checkOperatorLists(r.exitRequests, r.stats, ops, pl.starts);
        pl.debt = registry.chargeDebts(r.elRewardsCharges, r.withdrawn, pl.starts, pl.exitedNow);

        // 4. Finalization at the simulated share rate (Lido's prefinalize):
        // only requests made at least the margin before the reference
        // slot, and, in bunker mode, before the bunker border.
        bool finalizing = !simulate && r.batches.length > 0;
        if (finalizing) {
            uint256 last = r.batches[r.batches.length - 1];
            if (last > withdrawalQueue.getLastFinalizedRequestId() && last <= withdrawalQueue.getLastRequestId()) {
                uint256 t = withdrawalQueue.getRequestTime(last);
                if (pl.reportTime < t + lim.requestTimestampMargin) revert SanityFinalization();
                (uint256 from, bool isBunker) = getBunkerBorder(r.bunker);
                if (isBunker && t >= from) revert SanityFinalization();
            }
            (e.lock, e.wqShares, e.wqStETH) = withdrawalQueue.prefinalize(r.batches, r.simulatedShareRate);
            e.lastFinalized = last;
            e.rate = r.simulatedShareRate;
        }

        // 5. A loss after the vaults is covered by the insurance fund's
        // shares that bring the rate back, S − ⌈cur × S / P⌉ (the fund pays
        // no more than the loss), at most all it holds: a cover request.
        {
            uint256 gained = pl.postCL + r.withdrawalVault + r.elRewardsVault;
            if (gained < pl.preCL) {
                uint256 cur = inp.pooledEther - (pl.preCL - gained);
                uint256 num = cur * inp.totalShares;
                uint256 keep = num / inp.pooledEther;
                if (num % inp.pooledEther != 0) keep++; // rounded up: the fund pays no more than the loss
                e.cover = inp.totalShares - keep;
                if (e.cover > inp.insuranceShares) e.cover = inp.insuranceShares;
                e.coverAmount = e.cover * inp.pooledEther / inp.totalShares; // rounded down
            }
        }

        // 6. The rebase limiter (Lido's smoothenTokenRebase): what the
        // vaults may give and how many of the requested shares may burn;
        // the ETH locked must fit the buffer and the pulls.
        {
            SanityChecker.Smoothing memory sm = sanityChecker.smoothenTokenRebase(
                SanityChecker.RebaseInput({
                    preP: inp.pooledEther,
                    preS: inp.totalShares,
                    preCL: pl.preCL,
                    postCL: pl.postCL,
                    withdrawalVault: r.withdrawalVault,
                    elRewardsVault: r.elRewardsVault,
                    requested: r.sharesRequestedToBurn + e.cover,
                    locked: e.lock,
                    wqShares: e.wqShares
                })
            );
            e.withdrawalsPull = sm.withdrawals;
            e.elRewardsPull = sm.elRewards;
            e.sharesToBurn = sm.sharesToBurn;
            pl.simulatedSharesToBurn = sm.simulatedSharesToBurn;
            pl.budget = inp.buffered + sm.withdrawals + sm.elRewards;
            if (e.lock > pl.budget) revert SanityFinalization();
        }

        // 7. Stuck operators: requests past their deadline at the reference
        // slot and not yet exited; an operator whose count clears stays
        // penalized stuckPenaltyDelay seconds more.
        Params memory p = params;
        (pl.stuck, pl.penaltyEnds) =
            registry.stuckCounts(r.refSlot, pl.exitedNow, p.exitDeadlineSlots, p.stuckPenaltyDelay); // StakingRouter.stuckCounts

        // 8. Fees, only on a profitable consensus side (LIP-12): R = the
        // balance plus the withdrawals pulled above the pre balance, plus
        // the execution rewards pulled; fee shares ⌊R × W × S / ((P + R) ×
        // 10⁸ × A − R × W)⌋ with the modules' weights (StakingRouter.distributeFee; Lido V2's
        // _distributeFee with its router's fee), rounded down; with module
        // 1 alone ⌊R × fee × S / ((P + R) × 10000 − R × fee)⌋ exactly.
        if (pl.postCL + e.withdrawalsPull > pl.preCL) {
            IStakingRouter.Fee memory f = registry.distributeFee(
                IStakingRouter.FeeInput({
                    rewards: pl.postCL + e.withdrawalsPull - pl.preCL + e.elRewardsPull,
                    pooledEther: inp.pooledEther,
                    totalShares: inp.totalShares,
                    feeBP: p.feeBP,
                    operatorsFeeShareBP: p.operatorsFeeShareBP,
                    insuranceFeeShareBP: p.insuranceFeeShareBP,
                    exitedNow: pl.exitedNow,
                    stuck: pl.stuck,
                    penaltyEnds: pl.penaltyEnds,
                    debts: pl.debt
                })
            );
            pl.feeShares = f.feeShares;
            e.treasuryShares = f.treasuryShares;
            e.insuranceShares = f.insuranceShares;
            e.operatorShares = f.operatorShares;
            e.operatorPenalty = f.operatorPenalty;
            e.operatorIds = f.operatorIds;
            e.operatorRewardAddresses = f.rewards; // the shares, penalties, charges and ids come with the fee (none without)
            e.operatorCharge = f.operatorCharge; // execution-reward debts withheld against (StakingRouter._withhold)
            pl.debt = f.debts;
            pl.operatorsMinted = f.operatorsMinted;
        }

        // 9. Post totals: pooled ether after the consensus side, the pulls
        // and the ETH locked; shares after the burn and the fee.
        pl.postEther = (inp.depositedValidators - r.validators) * 32 ether + inp.buffered + pl.postCL + e.withdrawalsPull
            + e.elRewardsPull - e.lock;
        uint256 postS =
            inp.totalShares - e.sharesToBurn + e.treasuryShares + e.insuranceShares + pl.operatorsMinted;
        pl.postShares = postS;

        // 10. A report that finalizes: the applied rate, withdrawals put
        // back, within the deviation limit of the simulated one.
        if (finalizing) {
            sanityChecker.checkSimulatedShareRate(
                pl.postEther, postS, e.lock, e.sharesToBurn - pl.simulatedSharesToBurn, r.simulatedShareRate
            );
        }
    }

    // --- governance -------------------------------------------------------------------

    /// @notice The parameters.
    /// @return the parameters.
    function getParams() external view returns (Params memory) {
        return params;
    }

    /// @notice The committee.
    /// @return the members.
    function getMembers() external view returns (address[] memory) {
        return members;
    }

    /// @notice Sets the parameters; a change of the frame length re-anchors
    /// the frames at the current frame's start (Lido's setFrameConfig). Governance only.
    /// @param p the parameters.
    function setParams(Params calldata p) external {
        if (msg.sender != governance) revert NotAuthorized(msg.sender);
        _checkParams(p);
        if (p.epochsPerFrame != params.epochsPerFrame) {
            uint256 epoch = _slotAt(block.timestamp) / slotsPerEpoch;
            if (epoch >= initialEpoch) {
                uint256 epf = params.epochsPerFrame;
                initialEpoch = initialEpoch + (epoch - initialEpoch) / epf * epf;
            }
        }
        _setParams(p);
    }

    /// @notice Replaces the committee; the frame's votes are dropped. Governance only.
    /// @param members_ the committee.
    /// @param quorum_ votes needed (more than half).
    function setCommittee(address[] calldata members_, uint256 quorum_) external {
        if (msg.sender != governance) revert NotAuthorized(msg.sender);
        _setCommittee(members_, quorum_);
        consensus = 0;
        voteSlot = 0;
        voteRound++;
    }

    function _checkParams(Params memory p) private pure {
        if (p.epochsPerFrame == 0 || p.epochsPerFrame > 2 ** 20 || p.feeBP > BP || p.treasuryFeeShareBP > BP
            || p.operatorsFeeShareBP > BP || p.insuranceFeeShareBP > BP
            || p.treasuryFeeShareBP + p.operatorsFeeShareBP + p.insuranceFeeShareBP != BP || p.exitDeadlineSlots == 0
            || p.exitDeadlineSlots > 2 ** 32 || p.stuckPenaltyDelay > 365 days) revert InvalidParameter();
    }

    function _setParams(Params memory p) private {
        _checkParams(p);
        params = p;
        emit OracleParamsSet();
    }

    function _setCommittee(address[] memory m, uint256 q) private {
        if (m.length == 0 || m.length > 64 || q == 0 || q > m.length || q * 2 <= m.length) revert InvalidParameter();
        for (uint256 i = 0; i < members.length; i++) {
            isMember[members[i]] = false;
        }
        for (uint256 i = 0; i < m.length; i++) {
            if (m[i] == address(0) || isMember[m[i]]) revert InvalidParameter();
            isMember[m[i]] = true;
        }
        members = m;
        quorum = q;
        emit OracleCommitteeChanged(m.length, q);
    }
}
