// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {ERC721} from "@openzeppelin/contracts/token/ERC721/ERC721.sol";
import {EnumerableSet} from "@openzeppelin/contracts/utils/structs/EnumerableSet.sol";
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
        returns (uint256 pooled, uint256 shares, uint256 accountShares, bool ownerIsPoolContract);
    function isPoolContract(address a) external view returns (bool);
}

/// @title WithdrawalQueue
/// @notice Withdrawal requests in a FIFO queue, each an ERC-721 token
/// (Lido's unstETH): the stETH's shares move to the queue, a report
/// finalizes requests at min(locked stETH, shares × the report's rate), and
/// the token's owner claims the ETH once. protocol/withdrawals.go is the spec.
/// @dev Lido's signatures for requestWithdrawals, claimWithdrawal(s)(To),
/// getWithdrawalStatus and getWithdrawalRequests. A finalization stores one
/// checkpoint (the first id and the rate); a request's value is computed
/// from it when claimed, exactly as the model computes it when finalizing.
contract WithdrawalQueue is ERC721, ReentrancyGuardTransient {
    using EnumerableSet for EnumerableSet.UintSet;

    /// @notice A request: stETH and shares locked, the time it was made at.
    struct Request {
        uint96 stETH;
        uint96 shares;
        uint64 createdAt;
    }

    /// @notice A finalization: requests from `fromId` on, at pooled/shares.
    struct Checkpoint {
        uint64 fromId;
        uint128 pooled;
        uint128 shares;
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

    IPoolForQueue public immutable pool;
    address public immutable governance;

    // One slot for what every request and finalization updates.
    uint128 private unfinalized; // stETH of requests not yet finalized
    uint64 private lastRequestId;
    uint64 private lastFinalizedId;
    uint128 private locked; // ETH held for finalized, unclaimed requests
    uint96 public minWithdrawal;
    uint96 public maxWithdrawal;
    mapping(uint256 => Request) private requests;
    /// @dev Owner at claim time (the token is burnt then); zero until claimed.
    mapping(uint256 => address) private claimedBy;
    Checkpoint[] private checkpoints;
    mapping(address => EnumerableSet.UintSet) private ownedRequests;

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
    /// @notice A request amount outside the bounds, or worth no share.
    error WithdrawalAmount(uint256 index, uint256 amount);
    /// @notice The requester's stETH does not cover the requests.
    error InsufficientBalance(address account, uint256 shares, uint256 needed);
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
    /// @param governance_ the timelocked executor.
    /// @param minWithdrawal_ smallest request (wei).
    /// @param maxWithdrawal_ largest request (wei).
    constructor(address pool_, address governance_, uint256 minWithdrawal_, uint256 maxWithdrawal_)
        ERC721("Staked Ether Withdrawal NFT", "unstETH")
    {
        pool = IPoolForQueue(pool_);
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
        (uint256 pooled, uint256 total, uint256 have, bool refused) = pool.getRequestRate(msg.sender, owner);
        if (refused) revert TransferToPoolContract(owner);
        uint256[] memory per = new uint256[](n);
        uint256 sum;
        (uint256 lo, uint256 hi) = (minWithdrawal, maxWithdrawal);
        for (uint256 i = 0; i < n; i++) {
            uint256 a = amounts[i];
            if (a < lo || a > hi) revert WithdrawalAmount(i, a);
            uint256 s = a * total / pooled; // rounded down, as stETH's conversion
            if (s == 0 || s > type(uint96).max) revert WithdrawalAmount(i, a);
            per[i] = s;
            sum += s;
        }
        if (have < sum) revert InsufficientBalance(msg.sender, have, sum);
        requestIds = new uint256[](n);
        uint256 id = lastRequestId;
        uint256 queued = unfinalized;
        for (uint256 i = 0; i < n; i++) {
            id++;
            requestIds[i] = id;
            requests[id] = Request({stETH: uint96(amounts[i]), shares: uint96(per[i]), createdAt: uint64(block.timestamp)});
            queued += amounts[i];
            pool.moveSharesToQueue(msg.sender, amounts[i], per[i]);
            _mint(owner, id);
            emit WithdrawalRequested(id, msg.sender, owner, amounts[i], per[i]);
        }
        lastRequestId = uint64(id);
        unfinalized = uint128(queued);
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

    /// @dev Checks and marks every request, then pays once (checks-effects-interactions).
    function _claim(uint256[] memory ids, address recipient) private {
        uint256 n = ids.length;
        if (n == 0 || n > MAX_PER_CALL) revert Malformed();
        uint256 total;
        uint256 finalizedTo = lastFinalizedId;
        for (uint256 i = 0; i < n; i++) {
            uint256 id = ids[i];
            if (id == 0 || id > lastRequestId) revert UnknownRequest(id);
            address claimer = claimedBy[id];
            address owner = claimer != address(0) ? claimer : _ownerOf(id);
            if (owner != msg.sender) revert NotAuthorized(msg.sender);
            if (id > finalizedTo) revert NotFinalized(id);
            if (claimer != address(0)) revert AlreadyClaimed(id);
            uint256 v = _value(id);
            claimedBy[id] = owner;
            _burn(id);
            total += v;
            emit WithdrawalClaimed(id, owner, recipient, v);
        }
        locked -= uint128(total);
        (bool ok,) = recipient.call{value: total}("");
        if (!ok) revert ETHTransferFailed();
    }

    /// @dev min(stETH, floor(shares × pooled / totalShares)) at the request's finalization.
    function _value(uint256 id) private view returns (uint256) {
        Request memory q = requests[id];
        Checkpoint memory cp = checkpoints[_checkpointOf(id)];
        uint256 v = uint256(q.shares) * cp.pooled / cp.shares; // rounded down
        return v > q.stETH ? q.stETH : v;
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

    // --- finalization (the pool, during a report) ----------------------------------------

    /// @notice What finalizing up to `lastId` at pooled/shares takes: the ETH
    /// (sum of min(stETH, shares × rate) per request, each rounded down) and
    /// the shares to burn. Requests made at `border` or later (bunker mode)
    /// may not be finalized.
    /// @dev `border` is a timestamp (the model's bunker border).
    /// @param lastId the last request to finalize.
    /// @param pooled pooled ether of the rate.
    /// @param shares total shares of the rate.
    /// @param border the first timestamp whose requests wait (type(uint256).max: none).
    /// @return eth the ETH to lock.
    /// @return sharesToBurn the requests' shares.
    function prefinalize(uint256 lastId, uint256 pooled, uint256 shares, uint256 border)
        external
        view
        returns (uint256 eth, uint256 sharesToBurn)
    {
        if (lastId > lastRequestId) revert SanityFinalization(lastId);
        for (uint256 id = uint256(lastFinalizedId) + 1; id <= lastId; id++) {
            Request memory q = requests[id];
            if (q.createdAt >= border) revert SanityFinalization(id);
            uint256 v = uint256(q.shares) * pooled / shares;
            eth += v > q.stETH ? q.stETH : v;
            sharesToBurn += q.shares;
        }
    }

    /// @notice Finalizes requests up to `lastId` at pooled/shares, locking
    /// msg.value for their claims. Only the pool.
    /// @param lastId the last request finalized.
    /// @param pooled pooled ether of the rate.
    /// @param shares total shares of the rate.
    /// @param sharesBurnt the requests' shares (burnt by the pool).
    function finalize(uint256 lastId, uint256 pooled, uint256 shares, uint256 sharesBurnt) external payable {
        if (msg.sender != address(pool)) revert NotAuthorized(msg.sender);
        uint256 from = uint256(lastFinalizedId) + 1;
        if (lastId < from || lastId > lastRequestId) revert SanityFinalization(lastId);
        uint256 q = unfinalized;
        for (uint256 id = from; id <= lastId; id++) {
            q -= requests[id].stETH;
        }
        unfinalized = uint128(q);
        locked += uint128(msg.value);
        lastFinalizedId = uint64(lastId);
        checkpoints.push(Checkpoint({fromId: uint64(from), pooled: uint128(pooled), shares: uint128(shares)}));
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

    /// @notice The ETH a finalized request pays (0 when not finalized).
    /// @param requestId the request.
    /// @return the amount in wei.
    function getClaimableEther(uint256 requestId) external view returns (uint256) {
        if (requestId == 0 || requestId > lastFinalizedId || claimedBy[requestId] != address(0)) return 0;
        return _value(requestId);
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
            address claimer = claimedBy[id];
            statuses[i] = WithdrawalRequestStatus({
                amountOfStETH: q.stETH,
                amountOfShares: q.shares,
                owner: claimer != address(0) ? claimer : _ownerOf(id),
                timestamp: q.createdAt,
                isFinalized: id <= lastFinalizedId,
                isClaimed: claimer != address(0)
            });
        }
    }

    /// @notice The unclaimed requests an address owns (Lido's view).
    /// @param owner the owner.
    /// @return requestIds their ids, in no particular order.
    function getWithdrawalRequests(address owner) external view returns (uint256[] memory requestIds) {
        return ownedRequests[owner].values();
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
        if (lo == 0 || hi < lo || hi > type(uint96).max) revert InvalidParameter();
        minWithdrawal = uint96(lo);
        maxWithdrawal = uint96(hi);
        emit WithdrawalBoundsSet(lo, hi);
    }

    /// @dev Keeps each owner's request list with the token's moves.
    function _update(address to, uint256 tokenId, address auth) internal override returns (address from) {
        from = super._update(to, tokenId, auth);
        if (from != address(0)) ownedRequests[from].remove(tokenId);
        if (to != address(0)) ownedRequests[to].add(tokenId);
    }
}
