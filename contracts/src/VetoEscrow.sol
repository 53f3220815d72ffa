// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {ReentrancyGuardTransient} from "@openzeppelin/contracts/utils/ReentrancyGuardTransient.sol";

/// @notice What the escrow needs of the pool.
interface IPoolForEscrow {
    function getTotalShares() external view returns (uint256);
    function getTotalPooledEther() external view returns (uint256);
    function moveSharesToEscrow(address from, uint256 amount) external returns (uint256 sharesAmount);
    function moveSharesFromEscrow(address to, uint256 sharesAmount) external;
}

/// @notice What the escrow needs of wstETH.
interface IWstETHForEscrow {
    function moveToEscrow(address from, uint256 amount) external;
    function transfer(address to, uint256 value) external returns (bool);
    function unwrap(uint256 wstETHAmount) external returns (uint256 stETHAmount);
}

/// @notice What the escrow needs of the withdrawal queue.
interface IQueueForEscrow {
    struct WithdrawalRequestStatus {
        uint256 amountOfStETH;
        uint256 amountOfShares;
        address owner;
        uint256 timestamp;
        bool isFinalized;
        bool isClaimed;
    }

    function getWithdrawalStatus(uint256[] calldata requestIds)
        external
        view
        returns (WithdrawalRequestStatus[] memory statuses);
    function getLastFinalizedRequestId() external view returns (uint256);
    function minWithdrawal() external view returns (uint96);
    function maxWithdrawal() external view returns (uint96);
    function transferFrom(address from, address to, uint256 tokenId) external;
    function requestWithdrawals(uint256[] calldata amounts, address owner)
        external
        returns (uint256[] memory requestIds);
}

/// @title VetoEscrow
/// @notice The stakers' veto (protocol/escrow.go; docs/governance.md).
/// Holders lock stETH, wstETH or unfinalized withdrawal requests, each
/// weighing its shares. From the first seal of the total shares every
/// proposal's timelock lengthens in proportion; at the second nothing
/// executes and the lock that reaches it starts a rage quit: the round's
/// assets are committed — they leave only through the withdrawal queue —
/// and proposals stay frozen for the window and until every request the
/// rage quit protects is finalized. Unlocking is never delayed.
/// @dev No allowance for stETH and wstETH (the pool and the wrapper move a
/// holder's own tokens for the escrow, as for the queue); withdrawal
/// requests need the ERC-721 approval of this contract.
contract VetoEscrow is ReentrancyGuardTransient {
    /// @notice A holder's assets.
    struct Lock {
        uint64 round;
        uint128 shares;
        uint128 wst;
        uint128 reqShares;
        uint256[] requests;
    }

    /// @notice The veto's parameters.
    struct Params {
        uint16 firstSealBP;
        uint16 secondSealBP;
        uint32 maxExtensionSeconds;
        uint32 rageQuitWindowSeconds;
    }

    uint256 private constant BP = 10_000;
    uint256 public constant MAX_PER_CALL = 100;

    IPoolForEscrow public immutable pool;
    IWstETHForEscrow public immutable wstETH;
    IQueueForEscrow public immutable withdrawalQueue;
    address public immutable governance;

    uint64 private round;
    uint128 private weight;
    uint64 private lastReq;
    uint64 private rqRound;
    uint64 private rqStart;
    uint64 private rqLastID;
    Params private params;
    mapping(address => Lock) private locks;

    /// @notice A lock: asset 1 stETH (amount stETH), 2 wstETH, 3 a request (its id and stETH); `weight` its shares.
    event Locked(address indexed holder, uint256 asset, uint256 requestId, uint256 amount, uint256 weight);
    /// @notice A holder took its assets back.
    event Unlocked(address indexed holder, uint256 weight);
    /// @notice The round reached the second seal: its assets are committed.
    event RageQuitStarted(uint256 indexed round, uint256 lastRequestId, uint256 weight);
    /// @notice A committed holder left through the queue with `requests` requests of `sharesAmount`.
    event RageQuitWithdrawal(address indexed holder, uint256 requests, uint256 sharesAmount);
    /// @notice Governance set the veto's parameters.
    event VetoParamsSet(uint256 firstSealBP, uint256 secondSealBP, uint256 maxExtensionSeconds, uint256 rageQuitWindowSeconds);

    /// @notice The caller may not do this.
    error NotAuthorized(address caller);
    /// @notice The holder's assets are committed to a rage quit.
    error RageQuit(address holder);
    /// @notice Nothing (committed) in the escrow.
    error NothingLocked(address holder);
    /// @notice A finalized request carries no veto weight.
    error RequestFinalized(uint256 requestId);
    /// @notice The request was claimed.
    error AlreadyClaimed(uint256 requestId);
    /// @notice Between 1 and 100 requests, strictly ascending.
    error Malformed();
    /// @notice A request amount outside the queue's bounds, or worth no share.
    error WithdrawalAmount(uint256 index, uint256 amount);
    /// @notice The holder's committed shares do not cover the requests.
    error InsufficientBalance(address account, uint256 shares, uint256 needed);
    /// @notice Parameters out of range.
    error InvalidParameter();

    /// @param pool_ the pool (stETH).
    /// @param wstETH_ the wrapper.
    /// @param queue_ the withdrawal queue.
    /// @param governance_ the governance contract.
    /// @param p the veto's parameters.
    constructor(address pool_, address wstETH_, address queue_, address governance_, Params memory p) {
        pool = IPoolForEscrow(pool_);
        wstETH = IWstETHForEscrow(wstETH_);
        withdrawalQueue = IQueueForEscrow(queue_);
        governance = governance_;
        round = 1;
        _setParams(p);
    }

    // --- locks ---------------------------------------------------------------------

    /// @notice Locks `amount` of the caller's stETH (its shares, converted down).
    /// @param amount the stETH.
    function lockStETH(uint256 amount) external nonReentrant {
        Lock storage l = _open(msg.sender);
        uint256 s = pool.moveSharesToEscrow(msg.sender, amount);
        l.shares += uint128(s);
        _count(msg.sender, 1, 0, amount, s);
        _afterLock();
    }

    /// @notice Locks `amount` of the caller's wstETH (one share a token).
    /// @param amount the wstETH.
    function lockWstETH(uint256 amount) external nonReentrant {
        Lock storage l = _open(msg.sender);
        wstETH.moveToEscrow(msg.sender, amount);
        l.wst += uint128(amount);
        _count(msg.sender, 2, 0, amount, amount);
        _afterLock();
    }

    /// @notice Locks the caller's unfinalized withdrawal requests (ids
    /// strictly ascending; this contract must be approved for them).
    /// @param ids the requests.
    function lockWithdrawals(uint256[] calldata ids) external nonReentrant {
        uint256 n = ids.length;
        if (n == 0 || n > MAX_PER_CALL) revert Malformed();
        for (uint256 i = 1; i < n; i++) {
            if (ids[i] <= ids[i - 1]) revert Malformed();
        }
        Lock storage l = _open(msg.sender);
        IQueueForEscrow.WithdrawalRequestStatus[] memory st = withdrawalQueue.getWithdrawalStatus(ids);
        for (uint256 i = 0; i < n; i++) {
            if (st[i].isClaimed) revert AlreadyClaimed(ids[i]);
            if (st[i].owner != msg.sender) revert NotAuthorized(msg.sender);
            if (st[i].isFinalized) revert RequestFinalized(ids[i]);
        }
        uint64 last = lastReq;
        for (uint256 i = 0; i < n; i++) {
            withdrawalQueue.transferFrom(msg.sender, address(this), ids[i]);
            l.requests.push(ids[i]);
            l.reqShares += uint128(st[i].amountOfShares);
            if (ids[i] > last) last = uint64(ids[i]);
            _count(msg.sender, 3, ids[i], st[i].amountOfStETH, st[i].amountOfShares);
        }
        lastReq = last;
        _afterLock();
    }

    /// @notice Takes back everything the caller locked in the current round.
    function unlock() external nonReentrant {
        Lock storage l = locks[msg.sender];
        uint64 r = l.round;
        if (r == 0) revert NothingLocked(msg.sender);
        if (r < round) revert RageQuit(msg.sender);
        (uint128 s, uint128 w, uint128 q) = (l.shares, l.wst, l.reqShares);
        uint256[] memory reqs = l.requests;
        delete locks[msg.sender];
        uint256 total = uint256(s) + w + q;
        weight -= uint128(total);
        if (s != 0) pool.moveSharesFromEscrow(msg.sender, s);
        if (w != 0) wstETH.transfer(msg.sender, w);
        for (uint256 i = 0; i < reqs.length; i++) {
            withdrawalQueue.transferFrom(address(this), msg.sender, reqs[i]);
        }
        emit Unlocked(msg.sender, total);
    }

    /// @notice A committed holder leaves through the queue: its locked
    /// requests return to it, its wstETH is unwrapped here, and one
    /// withdrawal request per amount is made from its shares, owned by it.
    /// Requests made within the rage quit's window hold the freeze until
    /// they are finalized.
    /// @param amounts stETH per request (none: only the requests return).
    function withdraw(uint256[] calldata amounts) external nonReentrant {
        Lock storage l = locks[msg.sender];
        uint64 r = l.round;
        if (r == 0 || r == round) revert NothingLocked(msg.sender);
        uint256 n = amounts.length;
        if (n > MAX_PER_CALL) revert Malformed();
        uint256 sum;
        if (n > 0) {
            (uint256 lo, uint256 hi) = (withdrawalQueue.minWithdrawal(), withdrawalQueue.maxWithdrawal());
            (uint256 pooled, uint256 total) = (pool.getTotalPooledEther(), pool.getTotalShares());
            for (uint256 i = 0; i < n; i++) {
                uint256 a = amounts[i];
                if (a < lo || a > hi) revert WithdrawalAmount(i, a);
                uint256 s = a * total / pooled; // rounded down, as the queue
                if (s == 0) revert WithdrawalAmount(i, a);
                sum += s;
            }
            uint256 avail = uint256(l.shares) + l.wst;
            if (avail < sum) revert InsufficientBalance(msg.sender, avail, sum);
        }
        uint256[] memory reqs = l.requests;
        delete l.requests;
        l.reqShares = 0;
        for (uint256 i = 0; i < reqs.length; i++) {
            withdrawalQueue.transferFrom(address(this), msg.sender, reqs[i]);
        }
        uint128 w = l.wst;
        if (w != 0) {
            l.wst = 0;
            l.shares += w;
            wstETH.unwrap(w);
        }
        if (n > 0) {
            uint256[] memory ids = withdrawalQueue.requestWithdrawals(amounts, msg.sender);
            l.shares -= uint128(sum);
            if (r <= rqRound && block.timestamp < uint256(rqStart) + params.rageQuitWindowSeconds) {
                uint64 last = uint64(ids[n - 1]);
                if (last > rqLastID) rqLastID = last;
            }
        }
        if (l.shares == 0) delete locks[msg.sender];
        emit RageQuitWithdrawal(msg.sender, n, sum);
    }

    // --- the veto ------------------------------------------------------------------

    /// @notice What the veto means for governance now.
    /// @return frozen a rage quit holds proposals.
    /// @return vetoed the round holds the second seal: nothing executes.
    /// @return extension seconds added to every timelock.
    function vetoState() external view returns (bool frozen, bool vetoed, uint256 extension) {
        frozen = _frozen();
        (vetoed, extension) = _extension();
    }

    /// @notice The veto's support in basis points of the total shares, rounded down.
    /// @return the support.
    function supportBP() external view returns (uint256) {
        return uint256(weight) * BP / pool.getTotalShares();
    }

    /// @notice The escrow's round, the round's weight, the last request
    /// locked in it, and the last rage quit (round, start, last request it
    /// waits for; round 0: none yet).
    /// @return round_ the signalling round.
    /// @return weight_ its weight in shares.
    /// @return lastRequest the highest request locked in it.
    /// @return rageQuitRound the last rage quit's round.
    /// @return rageQuitStart its start.
    /// @return rageQuitLastId the last request it waits for.
    function getState()
        external
        view
        returns (
            uint256 round_,
            uint256 weight_,
            uint256 lastRequest,
            uint256 rageQuitRound,
            uint256 rageQuitStart,
            uint256 rageQuitLastId
        )
    {
        return (round, weight, lastReq, rqRound, rqStart, rqLastID);
    }

    /// @notice A holder's assets.
    /// @param holder the holder.
    /// @return l the lock.
    /// @return committed whether they are committed to a rage quit.
    function getLock(address holder) external view returns (Lock memory l, bool committed) {
        l = locks[holder];
        committed = l.round != 0 && l.round < round;
    }

    /// @notice The veto's parameters.
    /// @return the parameters.
    function getParams() external view returns (Params memory) {
        return params;
    }

    /// @notice Sets the veto's parameters. Governance only.
    /// @param p the parameters.
    function setParams(Params calldata p) external {
        if (msg.sender != governance) revert NotAuthorized(msg.sender);
        _setParams(p);
    }

    // --- internals -----------------------------------------------------------------

    /// @dev The caller's lock for a new lock: not committed to a rage quit.
    function _open(address holder) private returns (Lock storage l) {
        l = locks[holder];
        uint64 r = l.round;
        if (r != 0 && r < round) revert RageQuit(holder);
        if (r == 0) l.round = round;
    }

    function _count(address holder, uint256 asset, uint256 id, uint256 amount, uint256 w) private {
        weight += uint128(w);
        emit Locked(holder, asset, id, amount, w);
    }

    /// @dev Starts a rage quit when the round holds the second seal and no
    /// earlier rage quit still freezes proposals.
    function _afterLock() private {
        if (_frozen() || !_atLeast(params.secondSealBP)) return;
        uint64 r = round;
        (rqRound, rqStart, rqLastID) = (r, uint64(block.timestamp), lastReq);
        emit RageQuitStarted(r, lastReq, weight);
        round = r + 1;
        weight = 0;
        lastReq = 0;
    }

    function _frozen() private view returns (bool) {
        return rqRound != 0
            && (block.timestamp < uint256(rqStart) + params.rageQuitWindowSeconds
                || withdrawalQueue.getLastFinalizedRequestId() < rqLastID);
    }

    /// @dev weight × 10000 ≥ bp × total shares, exactly; an empty round supports nothing.
    function _atLeast(uint256 bp) private view returns (bool) {
        return weight != 0 && uint256(weight) * BP >= bp * pool.getTotalShares();
    }

    /// @dev 0 below the first seal, then max × (w×BP − first×S) / ((second − first) × S)
    /// rounded up (the holders' favour), the maximum at the second seal (vetoed).
    function _extension() private view returns (bool vetoed, uint256 ext) {
        uint256 w = weight;
        if (w == 0) return (false, 0);
        Params memory p = params;
        uint256 s = pool.getTotalShares();
        uint256 wb = w * BP;
        if (wb >= uint256(p.secondSealBP) * s) return (true, p.maxExtensionSeconds);
        uint256 first = uint256(p.firstSealBP) * s;
        if (wb < first) return (false, 0);
        uint256 num = (wb - first) * p.maxExtensionSeconds;
        uint256 den = uint256(p.secondSealBP - p.firstSealBP) * s;
        ext = num / den;
        if (num % den != 0) ext++; // up: a longer delay
    }

    function _setParams(Params memory p) private {
        if (p.firstSealBP == 0 || p.firstSealBP >= p.secondSealBP || p.secondSealBP > BP
            || p.maxExtensionSeconds > 365 days || p.rageQuitWindowSeconds > 365 days) revert InvalidParameter();
        params = p;
        emit VetoParamsSet(p.firstSealBP, p.secondSealBP, p.maxExtensionSeconds, p.rageQuitWindowSeconds);
    }
}
