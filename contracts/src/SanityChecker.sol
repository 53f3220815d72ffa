// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {Oracle} from "./Oracle.sol";
import {IStakingRouter} from "./interfaces/IStakingRouter.sol";

/// @notice The oracle's frame check, for the second opinion.
interface IOracleFrame {
    function checkFrame(uint256 refSlot) external view;
}

/// @dev The most execution-reward charges a report may carry (protocol.MaxELRewardsCharges).
uint256 constant MAX_EL_REWARDS_CHARGES = 256;

/// @title SanityChecker
/// @notice The report's sanity limits and the rebase limiter (Lido's
/// OracleReportSanityChecker), each check protocol/sanity.go's arithmetic
/// with Lido's operation order and roundings: the exited and appeared ETH
/// a day, LIP-23's negative rebase over 18 days with the second-opinion
/// oracle, the annual increase of the beacon balance, the simulated share
/// rate, and smoothenTokenRebase (protocol/limiter.go). It keeps LIP-23's
/// report history and the second opinion.
contract SanityChecker {
    /// @notice The limits (governance sets them; docs/oracle.md, "Sanity limits").
    struct Limits {
        uint64 annualIncreaseBP;
        uint64 initialSlashingPWei;
        uint64 inactivityPenaltiesPWei;
        uint64 secondOpinionErrorBP;
        uint64 appearedEthPerDay;
        uint64 exitedEthPerDay;
        uint64 validatorWeight01Eth;
        uint64 validatorWeight02Eth;
        uint64 maxPositiveRebase; // 1e9 = 100%; 2^64 − 1: unlimited
        uint64 simulatedShareRateDeviationBP;
        uint64 requestTimestampMargin; // seconds
        uint64 maxExitRequests;
    }

    /// @notice One report in LIP-23's history: its reference slot's time,
    /// the validators exited by then, and the negative rebases of every
    /// report up to it (a prefix sum: a window's sum is a difference).
    struct ReportData {
        uint64 time;
        uint64 exited;
        uint128 cumulativeNegative;
    }

    /// @notice The second-opinion oracle's account of a reference slot.
    struct SecondOpinion {
        uint64 refSlot; // 0: none yet
        uint64 balanceGwei;
        uint128 withdrawalVault;
    }

    /// @notice A report's consensus side, as the negative-rebase, annual
    /// increase and appeared checks see it.
    struct ConsensusSide {
        uint256 refSlot;
        uint256 reportTime;
        uint256 elapsed;
        uint256 validators;
        uint256 appeared;
        uint256 exited; // total after the report
        uint256 preCL;
        uint256 postCL;
        uint256 withdrawalVault;
    }

    uint256 private constant BP = 10_000;
    uint256 private constant DAY = 86400;
    uint256 private constant YEAR = 365 * DAY;
    uint256 private constant DEFAULT_TIME_ELAPSED = 3600; // Lido's: a zero elapsed time counts as one hour
    uint256 private constant NEGATIVE_REBASE_WINDOW = 18 * DAY;
    uint256 private constant EXITED_WINDOW = 54 * DAY;
    uint256 private constant PWEI = 1e15;
    uint256 private constant REBASE_PRECISION = 1e9;
    uint256 private constant SHARE_RATE_PRECISION = 1e27;
    uint64 private constant UNLIMITED_REBASE = type(uint64).max;

    address public immutable oracle;
    address public immutable governance;

    Limits private limits;
    ReportData[] private reportData;
    address public secondOpinionOracle;
    SecondOpinion private opinion;

    /// @notice Governance set the limits.
    event SanityLimitsSet();
    /// @notice Governance set the second-opinion oracle (zero: none).
    event SecondOpinionOracleSet(address secondOpinionOracle);
    /// @notice The second-opinion oracle gave its account of a reference slot.
    event SecondOpinionReceived(address indexed from, uint256 indexed refSlot, uint256 balanceGwei, uint256 withdrawalVault);

    /// @notice The caller may not do this.
    error NotAuthorized(address caller);
    /// @notice A limit out of its range.
    error InvalidParameter();
    /// @notice An amount of 2^128 or more.
    error AmountTooLarge(uint256 value);
    /// @notice More ETH appeared than the daily limit allows.
    error SanityAppearedValidators();
    /// @notice More ETH exited than the daily limit allows.
    error SanityExitedValidators();
    /// @notice Negative rebases beyond LIP-23's allowance, not confirmed by the second opinion.
    error SanityBalanceDecrease();
    /// @notice The beacon balance grew beyond the annual limit.
    error SanityBalanceIncrease();
    /// @notice The applied share rate is too far from the simulated one.
    error SanitySimulatedShareRate();
    /// @notice Exit requests beyond deposits or the per-report limit.
    error SanityExitRequests();
    /// @notice A list out of ascending operator order.
    error Malformed();
    /// @notice No such operator.
    error UnknownOperator(uint256 operatorId);

    /// @param oracle_ the oracle (records reports, answers frame checks).
    /// @param governance_ the timelocked executor.
    /// @param limits_ the limits.
    constructor(address oracle_, address governance_, Limits memory limits_) {
        oracle = oracle_;
        governance = governance_;
        _setLimits(limits_);
    }

    // --- governance -------------------------------------------------------------------

    /// @notice The limits.
    /// @return the limits.
    function getLimits() external view returns (Limits memory) {
        return limits;
    }

    /// @notice Sets the limits (each within the model's range). Governance only.
    /// @param l the limits.
    function setLimits(Limits calldata l) external {
        if (msg.sender != governance) revert NotAuthorized(msg.sender);
        _setLimits(l);
    }

    function _setLimits(Limits memory l) private {
        if (l.annualIncreaseBP > 100 * BP || l.initialSlashingPWei > 1 << 16 || l.inactivityPenaltiesPWei > 1 << 16
            || l.secondOpinionErrorBP > BP || l.appearedEthPerDay > 1 << 32 || l.exitedEthPerDay > 1 << 32
            || l.validatorWeight01Eth == 0 || l.validatorWeight01Eth > 1 << 16 || l.validatorWeight02Eth == 0
            || l.validatorWeight02Eth > 1 << 16 || l.maxPositiveRebase == 0 || l.simulatedShareRateDeviationBP > BP
            || l.requestTimestampMargin > 1 << 32 || l.maxExitRequests > 100_000) revert InvalidParameter();
        limits = l;
        emit SanityLimitsSet();
    }

    /// @notice Sets the second-opinion oracle of LIP-23 (zero: none). Governance only.
    /// @param a the oracle's address.
    function setSecondOpinionOracle(address a) external {
        if (msg.sender != governance) revert NotAuthorized(msg.sender);
        secondOpinionOracle = a;
        emit SecondOpinionOracleSet(a);
    }

    // --- the second opinion -----------------------------------------------------------

    /// @notice The second-opinion oracle's account of the current frame's
    /// reference slot: the pool's consensus balance and withdrawal vault
    /// there. Only the second-opinion oracle; the last account is kept.
    /// @param refSlot the current frame's reference slot.
    /// @param balanceGwei the pool's validators' balance.
    /// @param withdrawalVault the withdrawal vault's balance.
    function submitSecondOpinion(uint256 refSlot, uint64 balanceGwei, uint256 withdrawalVault) external {
        address so = secondOpinionOracle;
        if (msg.sender != so || so == address(0)) revert NotAuthorized(msg.sender);
        IOracleFrame(oracle).checkFrame(refSlot);
        if (withdrawalVault >= 2 ** 128) revert AmountTooLarge(withdrawalVault);
        opinion = SecondOpinion({refSlot: uint64(refSlot), balanceGwei: balanceGwei, withdrawalVault: uint128(withdrawalVault)});
        emit SecondOpinionReceived(msg.sender, refSlot, balanceGwei, withdrawalVault);
    }

    /// @notice The last second opinion.
    /// @return the opinion (refSlot 0: none).
    function getSecondOpinion() external view returns (SecondOpinion memory) {
        return opinion;
    }

    // --- checks -------------------------------------------------------------------------

    function _elapsedOrHour(uint256 elapsed) private pure returns (uint256) {
        return elapsed == 0 ? DEFAULT_TIME_ELAPSED : elapsed;
    }

    /// @notice A report's exit requests and scorecards (protocol's report
    /// step 3; Lido's checker bounds the exit requests of a report too):
    /// ascending by global operator id, operators some module has; each
    /// request asks for 1 to deposited − already asked of the operator's
    /// next keys, all of them at most maxExitRequests.
    /// @param exitRequests the report's exit requests.
    /// @param stats the report's scorecards.
    /// @param ops every module's operators (the router's report view).
    /// @param starts each module's first index in ops.
    function checkOperatorLists(
        Oracle.OperatorCount[] calldata exitRequests,
        Oracle.OperatorStats[] calldata stats,
        IStakingRouter.Counts[] calldata ops,
        uint256[] calldata starts
    ) external view {
        uint256 exitCount;
        for (uint256 i = 0; i < exitRequests.length; i++) {
            Oracle.OperatorCount calldata x = exitRequests[i];
            if (i > 0 && x.operator <= exitRequests[i - 1].operator) revert Malformed();
            IStakingRouter.Counts calldata o = ops[_flat(x.operator, starts, ops.length)];
            if (x.count == 0 || x.count > o.deposited - o.exitRequested) revert SanityExitRequests();
            exitCount += x.count;
        }
        if (exitCount > limits.maxExitRequests) revert SanityExitRequests();
        for (uint256 i = 0; i < stats.length; i++) {
            if (i > 0 && stats[i].operator <= stats[i - 1].operator) revert Malformed();
            _flat(stats[i].operator, starts, ops.length);
        }
    }

    /// @dev Where global operator id `id` sits in the router's lists of n
    /// operators; reverts UnknownOperator when no module has it.
    function _flat(uint256 id, uint256[] calldata starts, uint256 n) private pure returns (uint256 j) {
        uint256 m = id >> 24;
        if (m >= starts.length) revert UnknownOperator(id);
        uint256 end = m + 1 < starts.length ? starts[m + 1] : n;
        j = starts[m] + (id & 0xffffff);
        if (j >= end) revert UnknownOperator(id);
    }

    /// @notice A report's exited counts (protocol's report step 1):
    /// ascending by global operator id, operators some module has, each
    /// count never below the operator's nor above its deposits
    /// (SanityExitedValidators); then the exited ETH a day.
    /// @param exited the report's exited counts.
    /// @param ops every module's operators (the router's report view).
    /// @param starts each module's first index in ops.
    /// @param compounding whether the pool's validators are 0x02.
    /// @param elapsed seconds since the last report (0: one hour).
    /// @return exitedNow every operator's exited count after the report, in ops' order.
    /// @return total their sum.
    function checkExited(
        Oracle.OperatorCount[] calldata exited,
        IStakingRouter.Counts[] calldata ops,
        uint256[] calldata starts,
        bool compounding,
        uint256 elapsed
    ) external view returns (uint256[] memory exitedNow, uint256 total) {
        exitedNow = new uint256[](ops.length);
        for (uint256 i = 0; i < ops.length; i++) {
            exitedNow[i] = ops[i].exited;
        }
        uint256 newlyExited;
        for (uint256 i = 0; i < exited.length; i++) {
            Oracle.OperatorCount calldata x = exited[i];
            if (i > 0 && x.operator <= exited[i - 1].operator) revert Malformed();
            uint256 j = _flat(x.operator, starts, ops.length);
            IStakingRouter.Counts calldata o = ops[j];
            if (x.count < o.exited || x.count > o.deposited) revert SanityExitedValidators();
            newlyExited += x.count - o.exited;
            exitedNow[j] = x.count;
        }
        for (uint256 i = 0; i < ops.length; i++) {
            total += exitedNow[i];
        }
        _checkExitedEth(newlyExited, compounding, elapsed);
    }

    /// @dev The exited ETH a day: ⌊exited × weight × 1e18 × 1 day /
    /// elapsed⌋ ≤ limit × 1e18, the weight that of the pool's credentials
    /// (rounded down, as Lido's exitedValidatorsRatePerDay).
    function _checkExitedEth(uint256 newlyExited, bool compounding, uint256 elapsed) private view {
        Limits memory l = limits;
        uint256 weight = compounding ? l.validatorWeight02Eth : l.validatorWeight01Eth;
        uint256 rate = newlyExited * weight * 1 ether * DAY / _elapsedOrHour(elapsed);
        if (rate > uint256(l.exitedEthPerDay) * 1 ether) revert SanityExitedValidators();
    }

    /// @notice The consensus side in Lido's order: LIP-23's negative
    /// rebase (with the second opinion), the annual increase of the
    /// balance alone, the appeared ETH a day.
    /// @param c the report's consensus side.
    /// @return negative this report's negative rebase (0 if none), for its record.
    function checkConsensusSide(ConsensusSide calldata c) external view returns (uint256 negative) {
        Limits memory l = limits;
        uint256 seen = c.postCL + c.withdrawalVault;
        if (seen < c.preCL) {
            negative = c.preCL - seen;
            uint256 t = c.reportTime;
            uint256 since = t - (t < NEGATIVE_REBASE_WINDOW ? t : NEGATIVE_REBASE_WINDOW);
            uint256 sum = negative + _negativeSince(since);
            uint256 e18 = t >= NEGATIVE_REBASE_WINDOW ? _exitedAt(t - NEGATIVE_REBASE_WINDOW) : 0;
            uint256 e54 = t >= EXITED_WINDOW ? _exitedAt(t - EXITED_WINDOW) : 0;
            uint256 v = c.validators;
            uint256 allowed = uint256(l.initialSlashingPWei) * PWEI * (v - (e18 < v ? e18 : v))
                + uint256(l.inactivityPenaltiesPWei) * PWEI * (v - (e54 < v ? e54 : v));
            if (sum > allowed) {
                if (secondOpinionOracle == address(0)) revert SanityBalanceDecrease();
                _checkSecondOpinion(c, l.secondOpinionErrorBP);
            }
        }
        // The annual increase: the beacon balance alone (a zero pre counts as 1 gwei).
        uint256 pre = c.preCL == 0 ? 1 gwei : c.preCL;
        if (c.postCL > pre) {
            uint256 rate = YEAR * BP * (c.postCL - pre) / pre / _elapsedOrHour(c.elapsed);
            if (rate > l.annualIncreaseBP) revert SanityBalanceIncrease();
        }
        // The appeared ETH: 32 ETH a validator, pro rata to the time elapsed.
        uint256 allowedEth = uint256(l.appearedEthPerDay) * 1 ether * _elapsedOrHour(c.elapsed) / DAY;
        if (c.appeared * 32 ether > allowedEth) revert SanityAppearedValidators();
    }

    /// @dev The second opinion for this reference slot confirms the balance:
    /// at least the reported one, at most errorBP above it, and the same
    /// withdrawal vault (Lido's _askSecondOpinion).
    function _checkSecondOpinion(ConsensusSide calldata c, uint256 errorBP) private view {
        SecondOpinion memory op = opinion;
        if (op.refSlot == 0 || op.refSlot != c.refSlot) revert SanityBalanceDecrease();
        uint256 cl = uint256(op.balanceGwei) * 1 gwei;
        if (cl < c.postCL) revert SanityBalanceDecrease();
        if ((cl - c.postCL) * BP > cl * errorBP) revert SanityBalanceDecrease();
        if (op.withdrawalVault != c.withdrawalVault) revert SanityBalanceDecrease();
    }

    /// @dev The negative rebases of the records made after `since`:
    /// the last prefix sum less that of the newest record at or before it.
    function _negativeSince(uint256 since) private view returns (uint256) {
        uint256 n = reportData.length;
        if (n == 0) return 0;
        uint256 last = reportData[n - 1].cumulativeNegative;
        (bool found, uint256 i) = _newestAtOrBefore(since);
        return found ? last - reportData[i].cumulativeNegative : last;
    }

    /// @dev The exited count of the newest record at or before t (0 if none).
    function _exitedAt(uint256 t) private view returns (uint256) {
        (bool found, uint256 i) = _newestAtOrBefore(t);
        return found ? reportData[i].exited : 0;
    }

    /// @dev Binary search: the newest record whose time is at or before t
    /// (records ascend by time).
    function _newestAtOrBefore(uint256 t) private view returns (bool found, uint256 index) {
        uint256 lo = 0;
        uint256 hi = reportData.length;
        while (lo < hi) {
            uint256 mid = (lo + hi) / 2;
            if (reportData[mid].time <= t) lo = mid + 1;
            else hi = mid;
        }
        if (lo == 0) return (false, 0);
        return (true, lo - 1);
    }

    /// @notice The simulated share rate: the applied rate with this report's
    /// withdrawals put back, ⌊(P + locked) × 1e27 / (S + queue's shares
    /// burnt)⌋, deviates from the simulated one by at most the limit:
    /// ⌊10000 × |actual − simulated| / actual⌋ (Lido's _checkSimulatedShareRate).
    /// @param postP pooled ether after the report.
    /// @param postS shares after the report.
    /// @param locked the ETH locked for withdrawals.
    /// @param wqSharesBurnt the queue's shares burnt by this report.
    /// @param simulated the report's simulated share rate.
    function checkSimulatedShareRate(
        uint256 postP,
        uint256 postS,
        uint256 locked,
        uint256 wqSharesBurnt,
        uint256 simulated
    ) external view {
        uint256 s = postS + wqSharesBurnt;
        if (s == 0) revert SanitySimulatedShareRate();
        uint256 actual = (postP + locked) * SHARE_RATE_PRECISION / s;
        if (actual == 0) revert SanitySimulatedShareRate();
        uint256 diff = actual > simulated ? actual - simulated : simulated - actual;
        if (diff * BP / actual > limits.simulatedShareRateDeviationBP) revert SanitySimulatedShareRate();
    }

    // --- the rebase limiter --------------------------------------------------------------

    /// @notice A report's consensus side and requests, as the limiter sees them.
    struct RebaseInput {
        uint256 preP;
        uint256 preS;
        uint256 preCL;
        uint256 postCL;
        uint256 withdrawalVault;
        uint256 elRewardsVault;
        uint256 requested; // shares requested to burn (reported + the cover)
        uint256 locked; // ETH locked for withdrawals
        uint256 wqShares; // the finalized requests' shares
    }

    /// @notice What the limiter lets a report take.
    struct Smoothing {
        uint256 withdrawals;
        uint256 elRewards;
        uint256 simulatedSharesToBurn;
        uint256 sharesToBurn;
    }

    /// @notice Lido's smoothenTokenRebase (protocol/limiter.go): with
    /// maxP = P + ⌊limit × P / 1e9⌋, the consensus change moves pooled
    /// ether (a gain only up to maxP); the withdrawal vault, then the
    /// execution-rewards vault add what fits; the burn had nothing been
    /// finalized; the ETH locked comes off; the burn of the requested and
    /// the queue's shares. What does not fit waits.
    /// @param r the report's figures.
    /// @return out the vault pulls and the burns.
    function smoothenTokenRebase(RebaseInput calldata r) external view returns (Smoothing memory out) {
        uint256 limit = limits.maxPositiveRebase;
        bool unlimited = limit == UNLIMITED_REBASE || r.preP == 0;
        if (unlimited) {
            out.withdrawals = r.withdrawalVault;
            out.elRewards = r.elRewardsVault;
            out.simulatedSharesToBurn = r.requested < r.preS ? r.requested : r.preS;
            uint256 want = r.wqShares + r.requested;
            out.sharesToBurn = want < r.preS ? want : r.preS;
            return out;
        }
        uint256 maxP = limit * r.preP / REBASE_PRECISION + r.preP; // rounded down: less may be added
        uint256 cur = r.preP;
        if (r.postCL < r.preCL) {
            uint256 d = r.preCL - r.postCL;
            cur = d > cur ? 0 : cur - d;
        } else {
            cur += r.postCL - r.preCL;
            if (cur > maxP) cur = maxP;
        }
        (cur, out.withdrawals) = _increase(cur, maxP, r.withdrawalVault);
        (cur, out.elRewards) = _increase(cur, maxP, r.elRewardsVault);
        uint256 lim = _sharesLimit(cur, maxP, limit, r.preP, r.preS);
        out.simulatedSharesToBurn = lim < r.requested ? lim : r.requested;
        cur = r.locked > cur ? 0 : cur - r.locked;
        lim = _sharesLimit(cur, maxP, limit, r.preP, r.preS);
        uint256 want2 = r.wqShares + r.requested;
        out.sharesToBurn = lim < want2 ? lim : want2;
    }

    function _increase(uint256 cur, uint256 maxP, uint256 amount) private pure returns (uint256, uint256) {
        uint256 next = cur + amount;
        if (next > maxP) next = maxP;
        return (next, next - cur);
    }

    /// @dev Lido's getSharesToBurnLimit: 0 once maxP is reached, else
    /// ⌊S × (limit + 1e9 − ⌊cur × 1e9 / P⌋) / (limit + 1e9)⌋.
    function _sharesLimit(uint256 cur, uint256 maxP, uint256 limit, uint256 preP, uint256 preS)
        private
        pure
        returns (uint256)
    {
        if (cur >= maxP) return 0;
        uint256 plus1 = limit + REBASE_PRECISION;
        uint256 rate = cur * REBASE_PRECISION / preP;
        return preS * (plus1 - rate) / plus1;
    }

    // --- LIP-23's history ----------------------------------------------------------------

    /// @notice Records an applied report (its reference slot's time, the
    /// exited count after it, its negative rebase). Only the oracle.
    /// @param time the reference slot's time.
    /// @param exited the total exited validators after the report.
    /// @param negative its negative consensus rebase (0 if none).
    function addReportData(uint256 time, uint256 exited, uint256 negative) external {
        if (msg.sender != oracle) revert NotAuthorized(msg.sender);
        uint256 n = reportData.length;
        uint256 cum = n == 0 ? 0 : reportData[n - 1].cumulativeNegative;
        reportData.push(ReportData({time: uint64(time), exited: uint64(exited), cumulativeNegative: uint128(cum + negative)}));
    }

    /// @notice The number of reports recorded.
    /// @return the count.
    function getReportDataCount() external view returns (uint256) {
        return reportData.length;
    }
}
