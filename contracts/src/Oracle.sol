// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

/// @notice What the oracle reads from and asks of the pool.
interface IPoolForOracle {
    struct ReportEffects {
        uint256 refSlot;
        uint256 reportTime;
        uint256 elapsed;
        uint256 clValidators;
        uint256 clBalance;
        uint256 withdrawalsPull;
        uint256 elRewardsPull;
        uint256 insuranceBurn;
        uint256 insuranceCover;
        uint256 treasuryShares;
        uint256 insuranceShares;
        uint256[] operatorShares;
        address[] operatorRewardAddresses;
        uint256 finalizeUpTo;
        uint256 finalizeEther;
        uint256 finalizeShares;
        uint256 ratePooled;
        uint256 rateShares;
        bool bunker;
    }

    function getBufferedEther() external view returns (uint256);
    function getBeaconStat() external view returns (uint256, uint256, uint256);
    function getTotalShares() external view returns (uint256);
    function getTotalPooledEther() external view returns (uint256);
    function sharesOf(address account) external view returns (uint256);
    function applyReport(ReportEffects calldata e) external;
    function setBunkerMode(bool on) external;
}

/// @notice What the oracle reads from and asks of the registry.
interface IRegistryForOracle {
    struct Counts {
        uint64 limit;
        uint32 keys;
        uint32 deposited;
        uint32 exited;
        uint32 exitRequested;
        uint32 stuck;
        bool active;
    }

    function getAllCounts() external view returns (Counts[] memory);
    function rewardAddressOf(uint256 id) external view returns (address);
    function stuckAt(uint256 id, uint256 refSlot, uint256 exitedNow, uint256 deadline) external view returns (uint256);
    function applyReport(
        uint256 refSlot,
        Oracle.OperatorCount[] calldata exited,
        Oracle.OperatorCount[] calldata exitRequests,
        Oracle.OperatorStats[] calldata stats,
        uint256[] calldata stuck
    ) external;
}

/// @notice What the oracle reads from the queue.
interface IQueueForOracle {
    function getLastRequestId() external view returns (uint256);
    function getLastFinalizedRequestId() external view returns (uint256);
    function prefinalize(uint256 lastId, uint256 pooled, uint256 shares, uint256 border)
        external
        view
        returns (uint256 eth, uint256 sharesToBurn);
}

/// @title Oracle
/// @notice The oracle committee and the accounting step, as
/// protocol/oracle.go and protocol/report.go: members vote on the hash of
/// the report for the current frame's reference slot (frames and slots from
/// timestamps, as Lido's HashConsensus); once a hash has a quorum (more than
/// half of the members) any member submits the data, which is checked
/// (sanity limits), and applied in one step: beacon balance, vault pulls
/// within the positive-rebase limiter, insurance cover of a loss or the fee
/// on rewards (treasury, operators pro rata to active validators with the
/// stuck cut, insurance), withdrawal finalization, exits, exit requests,
/// stuck counts and scorecards, bunker mode.
contract Oracle {
    /// @notice The report members agree on.
    struct Report {
        uint256 refSlot;
        uint256 validators;
        uint256 balanceGwei;
        uint256 withdrawalVault;
        uint256 elRewardsVault;
        OperatorCount[] exited;
        uint256 finalizeUpTo;
        bool bunker;
        OperatorCount[] exitRequests;
        OperatorStats[] stats;
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

    /// @notice The report's sanity limits and the fee (governance sets them).
    struct Params {
        uint64 epochsPerFrame;
        uint64 annualIncreaseBP;
        uint64 oneOffDecreaseBP;
        uint64 appearedPerDay;
        uint64 exitedPerDay;
        uint64 maxPositiveRebase; // 1e9 = 100%; 2^64 − 1: unlimited
        uint64 maxExitRequests;
        uint64 exitDeadlineSlots;
        uint64 stuckPenaltyBP;
        uint64 feeBP;
        uint64 treasuryFeeShareBP;
        uint64 operatorsFeeShareBP;
        uint64 insuranceFeeShareBP;
    }

    uint256 private constant BP = 10_000;
    uint256 private constant YEAR = 365 days;
    uint256 private constant REBASE_PRECISION = 1e9;
    uint64 private constant UNLIMITED_REBASE = type(uint64).max;

    IPoolForOracle public immutable pool;
    IRegistryForOracle public immutable registry;
    IQueueForOracle public immutable withdrawalQueue;
    address public immutable withdrawalVault;
    address public immutable elRewardsVault;
    address public immutable insurance;
    address public immutable treasury;
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
    /// @dev Votes of the reference slot `voteSlot`, by member.
    uint256 private voteSlot;
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
    /// @notice Governance replaced the committee (votes of the frame are recounted).
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
    /// @notice More appeared validators than the daily limit allows.
    error SanityAppearedValidators();
    /// @notice Exited counts that fall, pass deposits or the daily limit.
    error SanityExitedValidators();
    /// @notice A vault reported above its balance.
    error SanityVaultBalance();
    /// @notice The beacon balance fell beyond the one-off limit.
    error SanityBalanceDecrease();
    /// @notice The beacon balance grew beyond the annual limit.
    error SanityBalanceIncrease();
    /// @notice Exit requests beyond deposits or the per-report limit.
    error SanityExitRequests();
    /// @notice A finalization beyond the queue, the budget or the bunker border.
    error SanityFinalization();
    /// @notice No such operator.
    error UnknownOperator(uint256 operatorId);
    /// @notice A parameter or committee out of range.
    error InvalidParameter();

    /// @notice Addresses the oracle works with.
    struct Links {
        address pool;
        address registry;
        address withdrawalQueue;
        address withdrawalVault;
        address elRewardsVault;
        address insurance;
        address treasury;
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
        pool = IPoolForOracle(l.pool);
        registry = IRegistryForOracle(l.registry);
        withdrawalQueue = IQueueForOracle(l.withdrawalQueue);
        withdrawalVault = l.withdrawalVault;
        elRewardsVault = l.elRewardsVault;
        insurance = l.insurance;
        treasury = l.treasury;
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

    function _checkFrame(uint256 refSlot) private view {
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
        _checkFrame(refSlot);
        if (report == 0) revert Malformed();
        if (voteSlot != refSlot) {
            voteSlot = refSlot;
            consensus = 0;
        }
        mapping(address => bytes32) storage v = votes[refSlot];
        if (v[msg.sender] == report) revert OracleDuplicateVote();
        v[msg.sender] = report;
        uint256 support = _support(refSlot, report);
        // At most one hash can have the quorum (more than half): it stays
        // the consensus unless a vote takes support away from it.
        bytes32 c = consensus;
        if (support >= quorum) c = report;
        else if (c != 0 && _support(refSlot, c) < quorum) c = 0;
        consensus = c;
        emit ReportReceived(refSlot, msg.sender, report, support);
        if (c == report) emit ConsensusReached(refSlot, report, support);
    }

    function _support(uint256 refSlot, bytes32 report) private view returns (uint256 n) {
        mapping(address => bytes32) storage v = votes[refSlot];
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

    /// @notice Applies the agreed report. Any member, once its hash has the quorum.
    /// @param r the report.
    function submitReportData(Report calldata r) external {
        if (!isMember[msg.sender]) revert NotAuthorized(msg.sender);
        _checkFrame(r.refSlot);
        if (voteSlot != r.refSlot || consensus == 0) revert NoQuorum(r.refSlot);
        bytes32 h = keccak256(abi.encode(r));
        if (h != consensus) revert OracleHashMismatch(h, consensus);
        (IPoolForOracle.ReportEffects memory e, uint256[] memory stuck) = _plan(r);
        // Effects on this contract first, then the calls.
        if (r.bunker && !bunker) bunkerSince = _bunkerBorder(r.bunker);
        bunker = r.bunker;
        alert = false;
        lastRefSlot = r.refSlot;
        consensus = 0;
        voteSlot = 0;
        pool.applyReport(e);
        registry.applyReport(r.refSlot, r.exited, r.exitRequests, r.stats, stuck);
        emit ReportProcessed(r.refSlot, h, r.bunker);
    }

    /// @dev The timestamp from which requests wait: an ongoing bunker's
    /// start, the alert's time, or the previous reference slot's time.
    function _bunkerBorder(bool reportBunker) private view returns (uint256) {
        if (!reportBunker) return type(uint256).max;
        if (bunker) return bunkerSince;
        if (alert) return alertTime;
        return genesisTime + lastRefSlot * secondsPerSlot;
    }

    struct Ctx {
        uint256 buffered;
        uint256 deposited;
        uint256 clValidators;
        uint256 clBalance;
        uint256 preP;
        uint256 cur;
        uint256 shares;
        uint256 elapsed;
    }

    function _plan(Report calldata r)
        private
        view
        returns (IPoolForOracle.ReportEffects memory e, uint256[] memory stuck)
    {
        Params memory p = params;
        Ctx memory c;
        (c.deposited, c.clValidators, c.clBalance) = pool.getBeaconStat();
        c.buffered = pool.getBufferedEther();
        c.preP = pool.getTotalPooledEther();
        c.shares = pool.getTotalShares();
        c.elapsed = (r.refSlot - lastRefSlot) * secondsPerSlot;
        if (c.elapsed == 0) c.elapsed = 1;
        IRegistryForOracle.Counts[] memory ops = registry.getAllCounts();
        uint256[] memory exitedNow = _checkCounts(r, c, p, ops);
        _checkBalances(r, c, p);

        stuck = new uint256[](ops.length);
        for (uint256 i = 0; i < ops.length; i++) {
            stuck[i] = registry.stuckAt(i, r.refSlot, exitedNow[i], p.exitDeadlineSlots);
        }
        e.refSlot = r.refSlot;
        e.reportTime = genesisTime + r.refSlot * secondsPerSlot;
        e.elapsed = c.elapsed;
        e.clValidators = r.validators;
        e.clBalance = r.balanceGwei * 1 gwei;
        e.bunker = r.bunker;

        // Pooled ether once the beacon balance is updated, then the vault
        // pulls within the positive-rebase limiter (the rest waits).
        c.cur = (c.deposited - r.validators) * 32 ether + c.buffered + e.clBalance;
        uint256 maxP = c.preP * p.maxPositiveRebase / REBASE_PRECISION + c.preP; // rounded down: less may be pulled
        bool unlimited = p.maxPositiveRebase == UNLIMITED_REBASE;
        e.withdrawalsPull = _pull(c, maxP, unlimited, r.withdrawalVault);
        e.elRewardsPull = _pull(c, maxP, unlimited, r.elRewardsVault);

        if (c.cur < c.preP) {
            // A loss: burn the insurance fund's shares so that the rate
            // returns toward the pre-report rate, S − ⌈cur × S / P⌉ (the fund
            // never pays more than the loss), at most what it holds.
            uint256 keep = _ceilDiv(c.cur * c.shares, c.preP);
            uint256 burn = c.shares - keep;
            uint256 ins = pool.sharesOf(insurance);
            if (burn > ins) burn = ins;
            e.insuranceBurn = burn;
            e.insuranceCover = burn * c.preP / c.shares;
            c.shares -= burn;
        } else if (c.cur > c.preP) {
            // Rewards: the fee minted as shares worth feeBP of them, rounded
            // down: R × fee × S / (cur × 10000 − R × fee).
            uint256 rewards = c.cur - c.preP;
            uint256 num = rewards * p.feeBP;
            uint256 den = c.cur * BP - num;
            uint256 fee = den == 0 ? 0 : num * c.shares / den;
            _splitFee(e, fee, p, ops, exitedNow, stuck);
            c.shares += e.treasuryShares + e.insuranceShares;
            for (uint256 i = 0; i < e.operatorShares.length; i++) {
                c.shares += e.operatorShares[i];
            }
        }

        // Finalization at min(locked, value at the post-report rate), FIFO,
        // within the buffer and the pulls.
        e.ratePooled = c.cur;
        e.rateShares = c.shares;
        uint256 finalized = withdrawalQueue.getLastFinalizedRequestId();
        if (r.finalizeUpTo > finalized) {
            if (r.finalizeUpTo > withdrawalQueue.getLastRequestId()) revert SanityFinalization();
            (uint256 eth, uint256 burnt) =
                withdrawalQueue.prefinalize(r.finalizeUpTo, c.cur, c.shares, _bunkerBorder(r.bunker));
            if (eth > c.buffered + e.withdrawalsPull + e.elRewardsPull) revert SanityFinalization();
            e.finalizeUpTo = r.finalizeUpTo;
            e.finalizeEther = eth;
            e.finalizeShares = burnt;
        }
    }

    function _pull(Ctx memory c, uint256 maxP, bool unlimited, uint256 avail) private pure returns (uint256 take) {
        if (unlimited) {
            c.cur += avail;
            return avail;
        }
        if (c.cur >= maxP) return 0;
        uint256 room = maxP - c.cur;
        take = avail > room ? room : avail;
        c.cur += take;
    }

    function _checkCounts(Report calldata r, Ctx memory c, Params memory p, IRegistryForOracle.Counts[] memory ops)
        private
        pure
        returns (uint256[] memory exitedNow)
    {
        if (r.validators < c.clValidators || r.validators > c.deposited) revert SanityValidators();
        if ((r.validators - c.clValidators) * 86400 > uint256(p.appearedPerDay) * c.elapsed) {
            revert SanityAppearedValidators();
        }
        exitedNow = new uint256[](ops.length);
        for (uint256 i = 0; i < ops.length; i++) {
            exitedNow[i] = ops[i].exited;
        }
        uint256 newlyExited;
        for (uint256 i = 0; i < r.exited.length; i++) {
            OperatorCount calldata x = r.exited[i];
            if (i > 0 && x.operator <= r.exited[i - 1].operator) revert Malformed();
            if (x.operator >= ops.length) revert UnknownOperator(x.operator);
            IRegistryForOracle.Counts memory o = ops[x.operator];
            if (x.count < o.exited || x.count > o.deposited) revert SanityExitedValidators();
            newlyExited += x.count - o.exited;
            exitedNow[x.operator] = x.count;
        }
        if (newlyExited * 86400 > uint256(p.exitedPerDay) * c.elapsed) revert SanityExitedValidators();
        uint256 exitCount;
        for (uint256 i = 0; i < r.exitRequests.length; i++) {
            OperatorCount calldata x = r.exitRequests[i];
            if (i > 0 && x.operator <= r.exitRequests[i - 1].operator) revert Malformed();
            if (x.operator >= ops.length) revert UnknownOperator(x.operator);
            IRegistryForOracle.Counts memory o = ops[x.operator];
            if (x.count == 0 || o.exitRequested + x.count > o.deposited) revert SanityExitRequests();
            exitCount += x.count;
        }
        if (exitCount > p.maxExitRequests) revert SanityExitRequests();
        for (uint256 i = 0; i < r.stats.length; i++) {
            if (i > 0 && r.stats[i].operator <= r.stats[i - 1].operator) revert Malformed();
            if (r.stats[i].operator >= ops.length) revert UnknownOperator(r.stats[i].operator);
        }
    }

    function _checkBalances(Report calldata r, Ctx memory c, Params memory p) private view {
        if (r.withdrawalVault > withdrawalVault.balance || r.elRewardsVault > elRewardsVault.balance) {
            revert SanityVaultBalance();
        }
        // Against the last balance plus 32 ETH per appeared validator: the
        // one-off decrease counts the withdrawal vault, the annual increase
        // the balance alone (as Lido's sanity checker).
        uint256 preCL = (r.validators - c.clValidators) * 32 ether + c.clBalance;
        uint256 postCL = r.balanceGwei * 1 gwei;
        uint256 seen = postCL + r.withdrawalVault;
        if (seen < preCL && (preCL - seen) * BP > preCL * p.oneOffDecreaseBP) revert SanityBalanceDecrease();
        if (postCL > preCL && (postCL - preCL) * BP * YEAR > preCL * p.annualIncreaseBP * c.elapsed) {
            revert SanityBalanceIncrease();
        }
    }

    /// @dev The fee split: insurance and operators by their parts of the fee
    /// (operators pro rata to active validators, rounded down; a stuck
    /// operator's part cut by stuckPenaltyBP and not minted), the treasury
    /// the rest.
    function _splitFee(
        IPoolForOracle.ReportEffects memory e,
        uint256 fee,
        Params memory p,
        IRegistryForOracle.Counts[] memory ops,
        uint256[] memory exitedNow,
        uint256[] memory stuck
    ) private view {
        e.insuranceShares = fee * p.insuranceFeeShareBP / BP;
        uint256 opsTotal = fee * p.operatorsFeeShareBP / BP;
        uint256 totalActive;
        for (uint256 i = 0; i < ops.length; i++) {
            if (ops[i].active) totalActive += ops[i].deposited - exitedNow[i];
        }
        e.operatorShares = new uint256[](ops.length);
        e.operatorRewardAddresses = new address[](ops.length);
        uint256 rest = fee - e.insuranceShares;
        if (totalActive == 0) {
            e.treasuryShares = rest;
            return;
        }
        e.treasuryShares = rest - opsTotal;
        for (uint256 i = 0; i < ops.length; i++) {
            if (!ops[i].active) continue;
            uint256 v = opsTotal * (ops[i].deposited - exitedNow[i]) / totalActive;
            if (stuck[i] > 0) v -= v * p.stuckPenaltyBP / BP; // the cut stays with the holders
            e.operatorShares[i] = v;
            e.operatorRewardAddresses[i] = registry.rewardAddressOf(i);
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
        if (p.epochsPerFrame != params.epochsPerFrame) {
            uint256 epoch = _slotAt(block.timestamp) / slotsPerEpoch;
            if (epoch >= initialEpoch) {
                uint256 epf = params.epochsPerFrame;
                initialEpoch = initialEpoch + (epoch - initialEpoch) / epf * epf;
            }
        }
        _setParams(p);
    }

    /// @notice Replaces the committee; the frame's votes are recounted. Governance only.
    /// @param members_ the committee.
    /// @param quorum_ votes needed (more than half).
    function setCommittee(address[] calldata members_, uint256 quorum_) external {
        if (msg.sender != governance) revert NotAuthorized(msg.sender);
        _setCommittee(members_, quorum_);
        consensus = 0;
        voteSlot = 0;
    }

    function _setParams(Params memory p) private {
        if (p.epochsPerFrame == 0 || p.epochsPerFrame > 2 ** 20 || p.annualIncreaseBP > 100 * BP
            || p.oneOffDecreaseBP > BP || p.appearedPerDay == 0 || p.exitedPerDay == 0 || p.maxPositiveRebase == 0
            || p.maxExitRequests > 100_000 || p.exitDeadlineSlots == 0 || p.stuckPenaltyBP > BP || p.feeBP > BP
            || p.treasuryFeeShareBP + p.operatorsFeeShareBP + p.insuranceFeeShareBP != BP) revert InvalidParameter();
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

    function _ceilDiv(uint256 a, uint256 b) private pure returns (uint256) {
        uint256 q = a / b;
        return a % b == 0 ? q : q + 1;
    }
}
