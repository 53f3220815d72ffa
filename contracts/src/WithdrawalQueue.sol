// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {ERC721} from "@openzeppelin/contracts/token/ERC721/ERC721.sol";
import {ReentrancyGuardTransient} from "@openzeppelin/contracts/utils/ReentrancyGuardTransient.sol";

/// @notice What the queue needs of the pool.
interface IPoolForQueue {
    function getTotalPooledEther() external view returns (uint256);
    function getTotalShares() external view returns (uint256);
    function sharesOf(address account) external view returns (uint256);
    function moveSharesToQueue(address from, uint256 amount, uint256 sharesAmount) external;
    function getRequestRate(address account, address owner)
        external
        view
        returns (uint256 pooled, uint256 shares, uint256 accountShares, bool ownerIsPoolContract, uint256 reports);
    function isPoolContract(address a) external view returns (bool);
}

/// @notice What the queue needs of the wrapper.
interface IWstETHForQueue {
    function burnForWithdrawal(address from, uint256 amount) external;
}

/// @title WithdrawalQueue
/// @notice Withdrawal requests in a FIFO queue, each an ERC-721 token
/// (Lido's unstETH): the stETH's (or wstETH's) shares move to the queue,
/// a report finalizes batches of requests at its simulated share rate
/// (Lido's prefinalize), and the token's owner claims the ETH once: the
/// request's stETH, or its shares at the rate when its own rate was
/// higher. protocol/withdrawals.go is the spec.
/// @dev Lido's signatures for requestWithdrawals(WstETH),
/// claimWithdrawal(s)(To), getWithdrawalStatus, getWithdrawalRequests and
/// calculateFinalizationBatches. A finalization stores one checkpoint (the
/// first id and the rate). A claimed request's token is burnt: claimed
/// means burnt, no other mark is stored.
contract WithdrawalQueue is ERC721, ReentrancyGuardTransient {
    /// @notice A request in one slot: stETH and shares locked (below 2^80
    /// each: the bounds), the time it was made at, the oracle reports
    /// applied then (requests of one report interval may share a batch),
    /// and its place in its owner's list of requests.
    struct Request {
        uint80 stETH;
        uint80 shares;
        uint40 createdAt;
        uint24 reportIndex;
        uint32 position;
    }

    /// @notice A finalization: requests from `fromId` on, at `rate` (1e27).
    struct Checkpoint {
        uint64 fromId;
        uint192 rate;
    }

    /// @notice Lido's BatchesCalculationState: carried from one call of
    /// calculateFinalizationBatches to the next.
    struct BatchesCalculationState {
        uint256 remainingEthBudget;
        bool finished;
        uint256[36] batches;
        uint256 batchesLength;
    }

    /// @notice Lido's status view of a request.
    struct WithdrawalRequestStatus {
        uint256 amountOfStETH;
        uint256 amountOfShares;
        address owner;
        uint256 timestamp;
        bool isFinalized;
        bool isClaimed;
    }

    uint256 public constant MAX_PER_CALL = 100;
    /// @notice The most batches one report finalizes (Lido's MAX_BATCHES_LENGTH).
    uint256 public constant MAX_BATCHES = 36;
    uint256 private constant SHARE_RATE_PRECISION = 1e27;

    IPoolForQueue public immutable pool;
    IWstETHForQueue public immutable wstETH;
    address public immutable governance;

    // One slot for what every request and finalization updates.
    uint128 private unfinalized; // stETH of requests not yet finalized
    uint64 private lastRequestId;
    uint64 private lastFinalizedId;
    uint128 private locked; // ETH held for finalized, unclaimed requests
    uint96 public minWithdrawal;
    uint96 public maxWithdrawal;
    mapping(uint256 => Request) private requests;
    Checkpoint[] private checkpoints;
    /// @dev Each owner's unclaimed requests, in no particular order (a
    /// request's index here is in its own slot: no mapping to keep).
    mapping(address => uint256[]) private ownedRequests;

    /// @notice A request was made (Lido's event).
    event WithdrawalRequested(
        uint256 indexed requestId,
        address indexed requestor,
        address indexed owner,
        uint256 amountOfStETH,
        uint256 amountOfShares
    );
    /// @notice Requests fromId..toId were finalized (Lido's event).
    event WithdrawalsFinalized(
        uint256 indexed from, uint256 indexed to, uint256 amountOfETHLocked, uint256 sharesToBurn, uint256 timestamp
    );
    /// @notice A request was claimed (Lido's event).
    event WithdrawalClaimed(
        uint256 indexed requestId, address indexed owner, address indexed receiver, uint256 amountOfETH
    );
    /// @notice Governance set the request bounds.
    event WithdrawalBoundsSet(uint256 minWithdrawal, uint256 maxWithdrawal);

    /// @notice Between 1 and 100 requests or claims per call; hints of the wrong length.
    error Malformed();
    /// @notice A request amount outside the bounds, or worth no share (or 2^80 or more).
    error WithdrawalAmount(uint256 index, uint256 amount);
    /// @notice The requester's stETH does not cover the requests.
    error InsufficientBalance(address account, uint256 shares, uint256 needed);
    /// @notice A token sent to the zero address.
    error InvalidRecipient(address to);
    /// @notice No such request.
    error UnknownRequest(uint256 requestId);
    /// @notice The caller is not the request's owner, or not the pool or governance.
    error NotAuthorized(address caller);
    /// @notice The request is not finalized yet.
    error NotFinalized(uint256 requestId);
    /// @notice The request was claimed already (or twice in one call).
    error AlreadyClaimed(uint256 requestId);
    /// @notice A finalization the queue cannot take.
    error SanityFinalization(uint256 requestId);
    /// @notice The owner is one of the pool's contracts.
    error TransferToPoolContract(address owner);
    /// @notice Bounds out of range.
    error InvalidParameter();
    /// @notice Sending ETH failed.
    error ETHTransferFailed();

    /// @param pool_ the pool (stETH).
    /// @param wstETH_ the wrapper.
    /// @param governance_ the timelocked executor.
    /// @param minWithdrawal_ smallest request (wei).
    /// @param maxWithdrawal_ largest request (wei).
    constructor(address pool_, address wstETH_, address governance_, uint256 minWithdrawal_, uint256 maxWithdrawal_)
        ERC721("Staked Ether Withdrawal NFT", "unstETH")
    {
        pool = IPoolForQueue(pool_);
        wstETH = IWstETHForQueue(wstETH_);
        governance = governance_;
        _setBounds(minWithdrawal_, maxWithdrawal_);
    }

    // --- requests ------------------------------------------------------------------

    /// @notice Queues one request per amount of the caller's stETH, owned by
    /// `owner` (the caller when zero). No allowance is needed: the queue
    /// moves the caller's own shares (an approval made for Lido's queue is
    /// simply unused).
    /// @param amounts stETH per request, each within the bounds.
    /// @param owner the requests' owner.
    /// @return requestIds the new requests' ids.
    function requestWithdrawals(uint256[] calldata amounts, address owner)
        external
        returns (uint256[] memory requestIds)
    {
        uint256 n = amounts.length;
        if (n == 0 || n > MAX_PER_CALL) revert Malformed();
        if (owner == address(0)) owner = msg.sender;
        (uint256 pooled, uint256 total, uint256 have, bool refused, uint256 reports) = pool.getRequestRate(msg.sender, owner);
        if (refused) revert TransferToPoolContract(owner);
        uint256[] memory per = new uint256[](n);
        uint256 sum;
        uint256 stSum;
        (uint256 lo, uint256 hi) = (minWithdrawal, maxWithdrawal);
        for (uint256 i = 0; i < n; i++) {
            uint256 a = amounts[i];
            if (a < lo || a > hi) revert WithdrawalAmount(i, a);
            uint256 sh = a * total / pooled; // rounded down, as stETH's conversion
            if (sh == 0 || sh > type(uint80).max) revert WithdrawalAmount(i, a);
            per[i] = sh;
            sum += sh;
            stSum += a;
        }
        if (have < sum) revert InsufficientBalance(msg.sender, have, sum);
        requestIds = new uint256[](n);
        for (uint256 i = 0; i < n; i++) {
            requestIds[i] = _enqueue(msg.sender, owner, msg.sender, amounts[i], per[i], reports);
        }
        unfinalized += uint128(stSum);
    }

    /// @notice Queues one request per amount of the caller's wstETH (Lido's
    /// requestWithdrawalsWstETH): each amount is exactly the request's
    /// shares (unwrapping is exact), its stETH their value rounded down,
    /// within the bounds. The wstETH is burnt; no allowance is needed.
    /// @param amounts wstETH per request.
    /// @param owner the requests' owner (the caller when zero).
    /// @return requestIds the new requests' ids.
    function requestWithdrawalsWstETH(uint256[] calldata amounts, address owner)
        external
        returns (uint256[] memory requestIds)
    {
        uint256 n = amounts.length;
        if (n == 0 || n > MAX_PER_CALL) revert Malformed();
        if (owner == address(0)) owner = msg.sender;
        (uint256 pooled, uint256 total,, bool refused, uint256 reports) = pool.getRequestRate(msg.sender, owner);
        if (refused) revert TransferToPoolContract(owner);
        uint256[] memory value = new uint256[](n);
        uint256 sum;
        uint256 stSum;
        (uint256 lo, uint256 hi) = (minWithdrawal, maxWithdrawal);
        for (uint256 i = 0; i < n; i++) {
            uint256 a = amounts[i];
            if (a > type(uint80).max) revert WithdrawalAmount(i, a);
            uint256 v = a * pooled / total; // rounded down, as stETH's conversion
            if (v < lo || v > hi) revert WithdrawalAmount(i, a);
            value[i] = v;
            sum += a;
            stSum += v;
        }
        wstETH.burnForWithdrawal(msg.sender, sum);
        requestIds = new uint256[](n);
        for (uint256 i = 0; i < n; i++) {
            requestIds[i] = _enqueue(address(wstETH), owner, msg.sender, value[i], amounts[i], reports);
        }
        unfinalized += uint128(stSum);
    }

    /// @dev Records one request (its shares moved from `from`), mints its token.
    function _enqueue(address from, address owner, address requestor, uint256 stETH, uint256 sh, uint256 reports)
        private
        returns (uint256 id)
    {
        id = uint256(lastRequestId) + 1;
        lastRequestId = uint64(id);
        uint256[] storage owned = ownedRequests[owner];
        requests[id] = Request({
            stETH: uint80(stETH),
            shares: uint80(sh),
            createdAt: uint40(block.timestamp),
            reportIndex: uint24(reports),
            position: uint32(owned.length)
        });
        owned.push(id);
        pool.moveSharesToQueue(from, stETH, sh);
        _mint(owner, id); // _update leaves the list alone for a mint
        emit WithdrawalRequested(id, requestor, owner, stETH, sh);
    }

    // --- claims ----------------------------------------------------------------------

    /// @notice Claims one finalized request to the caller, its owner.
    /// @param requestId the request.
    function claimWithdrawal(uint256 requestId) external nonReentrant {
        uint256[] memory ids = new uint256[](1);
        ids[0] = requestId;
        _claim(ids, msg.sender);
    }

    /// @notice Claims finalized requests to the caller (Lido's signature;
    /// hints are not needed and only their count is checked).
    /// @param requestIds the requests.
    /// @param hints one per request (any values).
    function claimWithdrawals(uint256[] calldata requestIds, uint256[] calldata hints) external nonReentrant {
        if (hints.length != requestIds.length) revert Malformed();
        _claim(requestIds, msg.sender);
    }

    /// @notice Claims finalized requests to `recipient` (the caller when zero).
    /// @param requestIds the requests.
    /// @param hints one per request (any values).
    /// @param recipient receives the ETH.
    function claimWithdrawalsTo(uint256[] calldata requestIds, uint256[] calldata hints, address recipient)
        external
        nonReentrant
    {
        if (hints.length != requestIds.length) revert Malformed();
        _claim(requestIds, recipient == address(0) ? msg.sender : recipient);
    }

    /// @dev Checks and burns every request's token (claimed means burnt,
    /// checked first as Lido's _claim), then pays once
    /// (checks-effects-interactions).
    function _claim(uint256[] memory ids, address recipient) private {
        uint256 n = ids.length;
        if (n == 0 || n > MAX_PER_CALL) revert Malformed();
        uint256 total;
        uint256 finalizedTo = lastFinalizedId;
        uint256 last = lastRequestId;
        for (uint256 i = 0; i < n; i++) {
            uint256 id = ids[i];
            if (id == 0 || id > last) revert UnknownRequest(id);
            address owner = _ownerOf(id);
            if (owner == address(0)) revert AlreadyClaimed(id);
            if (owner != msg.sender) revert NotAuthorized(msg.sender);
            if (id > finalizedTo) revert NotFinalized(id);
            uint256 v = _value(id);
            _burn(id);
            total += v;
            emit WithdrawalClaimed(id, owner, recipient, v);
        }
        locked -= uint128(total);
        (bool ok,) = recipient.call{value: total}("");
        if (!ok) revert ETHTransferFailed();
    }

    /// @dev A finalized request's ETH (protocol's claimable): its stETH, or
    /// its shares at its checkpoint's rate (rounded down) when its own rate
    /// ⌊stETH × 1e27 / shares⌋ is above that.
    function _value(uint256 id) private view returns (uint256) {
        Request memory q = requests[id];
        uint256 rate = checkpoints[_checkpointOf(id)].rate;
        if (uint256(q.stETH) * SHARE_RATE_PRECISION / q.shares > rate) {
            return uint256(q.shares) * rate / SHARE_RATE_PRECISION;
        }
        return q.stETH;
    }

    /// @dev The last checkpoint whose fromId ≤ id (binary search).
    function _checkpointOf(uint256 id) private view returns (uint256) {
        uint256 lo = 0;
        uint256 hi = checkpoints.length;
        while (hi - lo > 1) {
            uint256 mid = (lo + hi) / 2;
            if (checkpoints[mid].fromId <= id) lo = mid;
            else hi = mid;
        }
        return lo;
    }

    // --- finalization ---------------------------------------------------------------------

    /// @notice What finalizing `batches` at `rate` takes (Lido's
    /// prefinalize): per batch, its shares at the rate when the batch's own
    /// rate ⌊Σ stETH × 1e27 / Σ shares⌋ is above it (discounted: the pool
    /// lost value since the requests), else its stETH (nominal), each
    /// rounded down. Batches ascend after the last finalized request, at
    /// most 36, within the queue; the rate is not zero.
    /// @param batches the last request id of each batch.
    /// @param rate the report's simulated share rate (1e27).
    /// @return lock the ETH to lock.
    /// @return sharesToBurn the requests' shares.
    /// @return stETH the requests' stETH.
    function prefinalize(uint256[] calldata batches, uint256 rate)
        external
        view
        returns (uint256 lock, uint256 sharesToBurn, uint256 stETH)
    {
        if (rate == 0 || batches.length > MAX_BATCHES) revert SanityFinalization(0);
        uint256 prev = lastFinalizedId;
        uint256 last = lastRequestId;
        for (uint256 b = 0; b < batches.length; b++) {
            uint256 end = batches[b];
            if (end <= prev || end > last) revert SanityFinalization(end);
            uint256 bs;
            uint256 bsh;
            for (uint256 id = prev + 1; id <= end; id++) {
                Request memory q = requests[id];
                bs += q.stETH;
                bsh += q.shares;
            }
            if (bs * SHARE_RATE_PRECISION / bsh > rate) lock += bsh * rate / SHARE_RATE_PRECISION;
            else lock += bs;
            sharesToBurn += bsh;
            stETH += bs;
            prev = end;
        }
    }

    /// @notice Walks the queue from where `state` left off (the first
    /// unfinalized request on the first call), at most maxRequestsPerCall
    /// requests, as Lido's calculateFinalizationBatches
    /// (protocol's CalculateFinalizationBatches): it stops at a request made
    /// after maxTimestamp or one that no longer fits the budget (costing its
    /// stETH, or its shares at maxShareRate when its own rate is above
    /// that); consecutive requests join one batch when made in the same
    /// report interval or when both are on the same side of the rate; a
    /// new batch once 36 are full stops the walk. Call again until finished.
    /// @param maxShareRate the report's simulated share rate.
    /// @param maxTimestamp the last request time that may be finalized.
    /// @param maxRequestsPerCall requests walked in this call.
    /// @param state where the previous call stopped.
    /// @return the state after this call.
    function calculateFinalizationBatches(
        uint256 maxShareRate,
        uint256 maxTimestamp,
        uint256 maxRequestsPerCall,
        BatchesCalculationState memory state
    ) external view returns (BatchesCalculationState memory) {
        if (state.finished || state.remainingEthBudget == 0) revert Malformed();
        uint256 id;
        uint256 prevRate;
        uint256 prevReport;
        if (state.batchesLength == 0) {
            id = uint256(lastFinalizedId) + 1;
        } else {
            uint256 lastId = state.batches[state.batchesLength - 1];
            id = lastId + 1;
            Request memory q = requests[lastId];
            prevRate = uint256(q.stETH) * SHARE_RATE_PRECISION / q.shares;
            prevReport = q.reportIndex;
        }
        uint256 next = id + maxRequestsPerCall;
        uint256 end = uint256(lastRequestId) + 1;
        while (id < end && id < next) {
            Request memory q = requests[id];
            if (q.createdAt > maxTimestamp) break;
            uint256 rate = uint256(q.stETH) * SHARE_RATE_PRECISION / q.shares;
            uint256 cost = rate > maxShareRate ? uint256(q.shares) * maxShareRate / SHARE_RATE_PRECISION : q.stETH;
            if (cost > state.remainingEthBudget) break;
            state.remainingEthBudget -= cost;
            bool sameSide = (prevRate <= maxShareRate) == (rate <= maxShareRate);
            if (state.batchesLength != 0 && (prevReport == q.reportIndex || sameSide)) {
                state.batches[state.batchesLength - 1] = id;
            } else {
                if (state.batchesLength == MAX_BATCHES) break;
                state.batches[state.batchesLength++] = id;
            }
            prevRate = rate;
            prevReport = q.reportIndex;
            id++;
        }
        state.finished = id == end || id < next;
        return state;
    }

    /// @notice Finalizes requests up to `lastId` at `rate`, locking
    /// msg.value for their claims. Only the pool, during a report.
    /// @param lastId the last request finalized.
    /// @param rate the report's simulated share rate (1e27).
    /// @param sharesBurnt the requests' shares (requested to burn by the pool).
    /// @param stETH the requests' stETH (leaves the unfinalized total).
    function finalize(uint256 lastId, uint256 rate, uint256 sharesBurnt, uint256 stETH) external payable {
        if (msg.sender != address(pool)) revert NotAuthorized(msg.sender);
        uint256 from = uint256(lastFinalizedId) + 1;
        if (lastId < from || lastId > lastRequestId) revert SanityFinalization(lastId);
        unfinalized -= uint128(stETH);
        locked += uint128(msg.value);
        lastFinalizedId = uint64(lastId);
        checkpoints.push(Checkpoint({fromId: uint64(from), rate: uint192(rate)}));
        emit WithdrawalsFinalized(from, lastId, msg.value, sharesBurnt, block.timestamp);
    }

    // --- views ------------------------------------------------------------------------------

    /// @notice stETH of requests not yet finalized.
    /// @return the amount in wei.
    function unfinalizedStETH() external view returns (uint256) {
        return unfinalized;
    }

    /// @notice ETH held for finalized, unclaimed requests.
    /// @return the amount in wei.
    function getLockedEtherAmount() external view returns (uint256) {
        return locked;
    }

    /// @notice The last request's id.
    /// @return the id.
    function getLastRequestId() external view returns (uint256) {
        return lastRequestId;
    }

    /// @notice The last finalized request's id.
    /// @return the id.
    function getLastFinalizedRequestId() external view returns (uint256) {
        return lastFinalizedId;
    }

    /// @notice The time a request was made at.
    /// @param requestId the request.
    /// @return the timestamp.
    function getRequestTime(uint256 requestId) external view returns (uint256) {
        return requests[requestId].createdAt;
    }

    /// @notice The ETH a finalized request pays (0 when not finalized or claimed).
    /// @param requestId the request.
    /// @return the amount in wei.
    function getClaimableEther(uint256 requestId) external view returns (uint256) {
        if (requestId == 0 || requestId > lastFinalizedId || _ownerOf(requestId) == address(0)) return 0;
        return _value(requestId);
    }

    /// @notice The oracle reports applied when a request was made.
    /// @param requestId the request.
    /// @return the report count (its report interval).
    function getRequestReportIndex(uint256 requestId) external view returns (uint256) {
        return requests[requestId].reportIndex;
    }

    /// @notice Lido's status of requests.
    /// @param requestIds the requests.
    /// @return statuses one per request.
    function getWithdrawalStatus(uint256[] calldata requestIds)
        external
        view
        returns (WithdrawalRequestStatus[] memory statuses)
    {
        statuses = new WithdrawalRequestStatus[](requestIds.length);
        for (uint256 i = 0; i < requestIds.length; i++) {
            uint256 id = requestIds[i];
            if (id == 0 || id > lastRequestId) revert UnknownRequest(id);
            Request memory q = requests[id];
            address owner = _ownerOf(id); // zero once claimed (the token is burnt)
            statuses[i] = WithdrawalRequestStatus({
                amountOfStETH: q.stETH,
                amountOfShares: q.shares,
                owner: owner,
                timestamp: q.createdAt,
                isFinalized: id <= lastFinalizedId,
                isClaimed: owner == address(0)
            });
        }
    }

    /// @notice The unclaimed requests an address owns (Lido's view).
    /// @param owner the owner.
    /// @return requestIds their ids, in no particular order.
    function getWithdrawalRequests(address owner) external view returns (uint256[] memory requestIds) {
        return ownedRequests[owner];
    }

    // --- governance ----------------------------------------------------------------------------

    /// @notice Sets the request bounds. Governance only.
    /// @param lo smallest request.
    /// @param hi largest request (below 2^96).
    function setWithdrawalBounds(uint256 lo, uint256 hi) external {
        if (msg.sender != governance) revert NotAuthorized(msg.sender);
        _setBounds(lo, hi);
    }

    function _setBounds(uint256 lo, uint256 hi) private {
        if (lo == 0 || hi < lo || hi > type(uint80).max) revert InvalidParameter(); // the model's 1 ≤ min ≤ max < 2^80
        minWithdrawal = uint96(lo);
        maxWithdrawal = uint96(hi);
        emit WithdrawalBoundsSet(lo, hi);
    }

    /// @notice Moves a request (ERC-721; safeTransferFrom comes here too),
    /// refusing the zero address and the pool's contracts, an unknown or
    /// claimed request and a caller that is neither its owner nor
    /// approved, in the model's order (protocol's transferWithdrawal). A
    /// pool contract may take a request into itself (the veto escrow's
    /// lockWithdrawals, with the holder's approval); nobody sends one there.
    /// @param from the owner.
    /// @param to the new owner.
    /// @param tokenId the request.
    function transferFrom(address from, address to, uint256 tokenId) public override {
        if (to == address(0)) revert InvalidRecipient(to);
        if (to != msg.sender && pool.isPoolContract(to)) revert TransferToPoolContract(to);
        if (tokenId == 0 || tokenId > lastRequestId) revert UnknownRequest(tokenId);
        address owner = _ownerOf(tokenId);
        if (owner == address(0)) revert AlreadyClaimed(tokenId);
        if (!_isAuthorized(owner, msg.sender, tokenId)) revert NotAuthorized(msg.sender);
        super.transferFrom(from, to, tokenId);
    }

    /// @dev Keeps each owner's request list with the token's moves (a mint
    /// is listed by _enqueue, with the request's own slot): the request
    /// leaves its owner's list by swapping in the last one, and joins the
    /// new owner's at the end.
    function _update(address to, uint256 tokenId, address auth) internal override returns (address from) {
        from = super._update(to, tokenId, auth);
        if (from == address(0)) return from;
        Request storage q = requests[tokenId];
        uint256[] storage owned = ownedRequests[from];
        uint256 pos = q.position;
        uint256 lastPos = owned.length - 1;
        if (pos != lastPos) {
            uint256 moved = owned[lastPos];
            owned[pos] = moved;
            requests[moved].position = uint32(pos);
        }
        owned.pop();
        if (to != address(0)) {
            uint256[] storage next = ownedRequests[to];
            q.position = uint32(next.length);
            next.push(tokenId);
        }
    }
}
