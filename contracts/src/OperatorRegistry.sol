// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

// Why one file over 600 lines: the registry's keys, counts, limits and the
// allocation rule read and write the same per-operator storage in one loop
// (a deposit picks operators and marks their keys deposited in one call);
// split into contracts, every deposit would pay cross-contract calls per
// operator, and a library would only move the same storage accesses.

/// @notice What the registry needs of the pool: its depositor (the deposit security module).
interface IPoolDepositor {
    function depositor() external view returns (address);
    /// @notice Whether another module of the router holds the key (one key set across modules).
    function isKeyKnownElsewhere(bytes calldata pubkey) external view returns (bool);
}

/// @title OperatorRegistry
/// @notice Node operators that governance approved, each with a cap (the
/// most validators it may have deposited), its signing keys and counts, and
/// the allocation rule of protocol/staking.go: each 32-ETH deposit goes to
/// the operator with the fewest active validators (deposited − exited) among
/// active operators with an unused key below their cap, the lowest id on
/// ties.
/// @dev As Lido's registry, deposit signatures are not verified on-chain
/// (the guardians verify them off-chain); a key must be well formed and new
/// to every operator. Keys keep their order: removing keys shifts the later
/// ones down, so the next deposit always takes key number `deposited`.
contract OperatorRegistry {
    /// @notice An operator's counts, packed in one slot for the allocation loop.
    struct Counts {
        uint64 limit; // governance cap on deposited validators
        uint32 keys; // keys uploaded
        uint32 deposited; // keys used by deposits
        uint32 exited; // validators reported exited
        uint32 exitRequested; // keys asked to exit (oldest first)
        uint32 stuck; // exit requests past their deadline, not yet exited
        bool active;
        bool limited; // a target limit or a stuck penalty end is set (the Limits slot counts)
    }

    /// @notice An operator's stuck penalty end and target limit (Lido's
    /// target validator limit), in a second slot.
    struct Limits {
        uint64 stuckPenaltyEnd; // timestamp: penalized until then after its stuck count cleared
        uint8 targetMode; // 0 none, 1 soft, 2 forced
        uint64 targetLimit;
    }

    /// @notice A signing key: 48-byte pubkey and 96-byte deposit signature in five slots.
    struct Key {
        bytes32 pk0;
        bytes16 pk1;
        bytes32 sig0;
        bytes32 sig1;
        bytes32 sig2;
    }

    uint256 public constant MAX_KEYS_PER_CALL = 1000;
    uint256 public constant MAX_NAME_LENGTH = 64;

    address public immutable pool;
    address public immutable oracle;
    address public immutable governance;

    Counts[] private counts;
    mapping(uint256 => address) private rewardAddresses;
    mapping(uint256 => string) private names;
    mapping(uint256 => mapping(uint256 => Key)) private keys;
    /// @dev keccak256(pubkey) of every key held by any operator.
    mapping(bytes32 => bool) private known;
    /// @dev The reference slot of each exit request, by operator and key index.
    mapping(uint256 => mapping(uint256 => uint256)) private exitRequestSlot;
    mapping(uint256 => Scorecard) private scorecards;
    mapping(uint256 => Limits) private limits;
    /// @notice Changes with every change of keys, limits, activity, counts
    /// and deposits (Lido's keysOpIndex): the deposit guardians attest it,
    /// so that an attestation is worth nothing after any such change.
    uint256 public nonce;

    /// @notice An operator's scorecard, from oracle reports.
    struct Scorecard {
        uint64 missedAttestations;
        uint64 missedProposals;
        uint64 slashed;
    }

    /// @notice A report changed an operator's exited count.
    event ExitedUpdated(uint256 indexed operatorId, uint256 exited);
    /// @notice A report asked an operator to exit its key `keyIndex`.
    event ExitRequested(uint256 indexed operatorId, uint256 keyIndex);
    /// @notice A report set an operator's stuck count.
    event StuckUpdated(uint256 indexed operatorId, uint256 stuck);
    /// @notice A report cleared an operator's stuck count: it stays penalized until `penaltyEnd`.
    event StuckPenaltyEndSet(uint256 indexed operatorId, uint256 penaltyEnd);
    /// @notice Governance set an operator's target limit (Lido's event; mode 0 none, 1 soft, 2 forced).
    event TargetValidatorsCountChanged(uint256 indexed nodeOperatorId, uint256 targetValidatorsCount, uint256 targetLimitMode);
    /// @notice A report added to an operator's scorecard.
    event ScorecardUpdated(uint256 indexed operatorId, uint256 missedAttestations, uint256 missedProposals, uint256 slashed);

    /// @notice Governance added an operator.
    event OperatorAdded(uint256 indexed operatorId, string name, address rewardAddress);
    /// @notice Governance set an operator's cap.
    event OperatorLimitSet(uint256 indexed operatorId, uint256 limit);
    /// @notice Governance (de)activated an operator.
    event OperatorActiveSet(uint256 indexed operatorId, bool active);
    /// @notice The deposit security module lowered an operator's cap (unvetted keys).
    event VettedSigningKeysDecreased(uint256 indexed operatorId, uint256 limit);
    /// @notice Keys appended to an operator, from index `firstIndex`.
    event SigningKeysAdded(uint256 indexed operatorId, uint256 firstIndex, uint256 count);
    /// @notice Unused keys removed, from index `firstIndex`.
    event SigningKeysRemoved(uint256 indexed operatorId, uint256 firstIndex, uint256 count);

    /// @notice The caller may not do this.
    error NotAuthorized(address caller);
    /// @notice No operator with this id.
    error UnknownOperator(uint256 operatorId);
    /// @notice A bad name or reward address.
    error InvalidParameter();
    /// @notice Wrong counts or lengths, or keys that do not exist.
    error Malformed();
    /// @notice An all-zero pubkey.
    error InvalidKey(uint256 index);
    /// @notice A key already held by an operator, or repeated in the upload.
    error DuplicateKey(uint256 index);
    /// @notice Removing a deposited key.
    error KeyInUse(uint256 index);

    modifier only(address who) {
        if (msg.sender != who) revert NotAuthorized(msg.sender);
        _;
    }

    /// @notice An operator registered at deployment.
    struct InitialOperator {
        string name;
        address rewardAddress;
        uint64 limit;
    }

    /// @param pool_ the pool (allocates deposits).
    /// @param oracle_ the oracle (reports exits).
    /// @param governance_ the timelocked executor.
    /// @param initial operators registered at once (active, with their caps).
    constructor(address pool_, address oracle_, address governance_, InitialOperator[] memory initial) {
        pool = pool_;
        oracle = oracle_;
        governance = governance_;
        for (uint256 i = 0; i < initial.length; i++) {
            uint256 id = _addOperator(initial[i].name, initial[i].rewardAddress);
            counts[id].limit = initial[i].limit;
            emit OperatorLimitSet(id, initial[i].limit);
        }
    }

    // --- views -----------------------------------------------------------------

    /// @notice The number of operators.
    /// @return the count.
    function getNodeOperatorsCount() external view returns (uint256) {
        return counts.length;
    }

    /// @notice An operator's counts, name and reward address.
    /// @param id the operator.
    /// @return c the counts.
    /// @return name the name.
    /// @return rewardAddress the reward (manager) address.
    function getOperator(uint256 id) external view returns (Counts memory c, string memory name, address rewardAddress) {
        _check(id);
        return (counts[id], names[id], rewardAddresses[id]);
    }

    /// @notice An operator's reward address.
    /// @param id the operator.
    /// @return the address.
    function rewardAddressOf(uint256 id) external view returns (address) {
        _check(id);
        return rewardAddresses[id];
    }

    /// @notice An operator's stuck penalty end and target limit.
    /// @param id the operator.
    /// @return the limits.
    function getOperatorLimits(uint256 id) external view returns (Limits memory) {
        _check(id);
        return limits[id];
    }

    /// @notice The most validators an operator may have deposited at time
    /// `now` (Lido's _applyNodeOperatorLimits, protocol's MaxValidators):
    /// its cap within its keys; only what it has while penalized (stuck, or
    /// in the cool-down); with a target limit at most exited + target;
    /// never below what it has.
    /// @param id the operator.
    /// @param now_ the time.
    /// @return the count.
    function maxValidators(uint256 id, uint256 now_) external view returns (uint256) {
        _check(id);
        Counts memory c = counts[id];
        return _max(_ceiling(c, limits[id], now_), c.deposited);
    }

    /// @dev The operator's ceiling before the "never below what it has" clamp.
    function _ceiling(Counts memory c, Limits memory l, uint256 now_) private pure returns (uint256 n) {
        n = c.limit < c.keys ? c.limit : c.keys;
        if (c.stuck > 0 || now_ <= l.stuckPenaltyEnd) {
            n = c.deposited;
        } else if (l.targetMode != 0) {
            uint256 t = uint256(c.exited) + l.targetLimit;
            if (t < n) n = t;
        }
    }

    function _max(uint256 a, uint256 b) private pure returns (uint256) {
        return a > b ? a : b;
    }

    /// @notice One of an operator's keys.
    /// @param id the operator.
    /// @param index the key's index.
    /// @return pubkey 48 bytes.
    /// @return signature 96 bytes.
    function getSigningKey(uint256 id, uint256 index) external view returns (bytes memory pubkey, bytes memory signature) {
        _check(id);
        if (index >= counts[id].keys) revert Malformed();
        Key storage k = keys[id][index];
        return (abi.encodePacked(k.pk0, k.pk1), abi.encodePacked(k.sig0, k.sig1, k.sig2));
    }

    /// @notice What ExitTrigger reads of an exit request: the operator's
    /// exited and exit-requested counts, the reference slot at which key
    /// `index` was asked to exit (meaningful for exited ≤ index <
    /// exitRequested) and the key's pubkey (empty beyond the keys).
    /// @param id the operator.
    /// @param index the key's index.
    /// @return exited validators reported exited.
    /// @return exitRequested keys asked to exit.
    /// @return refSlot the request's reference slot.
    /// @return pubkey 48 bytes.
    function getExitRequest(uint256 id, uint256 index)
        external
        view
        returns (uint256 exited, uint256 exitRequested, uint256 refSlot, bytes memory pubkey)
    {
        _check(id);
        Counts storage c = counts[id];
        (exited, exitRequested, refSlot) = (c.exited, c.exitRequested, exitRequestSlot[id][index]);
        if (index < c.keys) pubkey = abi.encodePacked(keys[id][index].pk0, keys[id][index].pk1);
    }

    /// @notice Whether a pubkey is held by any operator.
    /// @param pubkey the key.
    /// @return held.
    function isKnownKey(bytes calldata pubkey) external view returns (bool) {
        return known[keccak256(pubkey)];
    }

    // --- keys (the operator's reward address) ----------------------------------

    /// @notice Appends keys to an operator (Lido's signature). Only the
    /// operator's reward address. Each pubkey must be non-zero and new to
    /// every operator; nothing is added otherwise.
    /// @param id the operator.
    /// @param keysCount the number of keys.
    /// @param pubkeys keysCount × 48 bytes.
    /// @param signatures keysCount × 96 bytes.
    function addSigningKeys(uint256 id, uint256 keysCount, bytes calldata pubkeys, bytes calldata signatures)
        external
    {
        _check(id);
        if (msg.sender != rewardAddresses[id]) revert NotAuthorized(msg.sender);
        if (keysCount == 0 || keysCount > MAX_KEYS_PER_CALL || pubkeys.length != keysCount * 48
            || signatures.length != keysCount * 96) revert Malformed();
        Counts storage c = counts[id];
        uint256 first = c.keys;
        mapping(uint256 => Key) storage ks = keys[id];
        for (uint256 i = 0; i < keysCount; i++) {
            _storeKey(ks[first + i], i, pubkeys[i * 48:(i + 1) * 48], signatures[i * 96:(i + 1) * 96]);
        }
        c.keys = uint32(first + keysCount);
        emit SigningKeysAdded(id, first, keysCount);
        _bumpNonce();
    }

    function _storeKey(Key storage k, uint256 i, bytes calldata pk, bytes calldata sig) private {
        bytes32 pk0 = bytes32(pk[0:32]);
        bytes16 pk1 = bytes16(pk[32:48]);
        if (pk0 == 0 && pk1 == 0) revert InvalidKey(i);
        bytes32 h = keccak256(pk);
        // A repeat inside the upload is found here too: the earlier copy is
        // already known; a key of another module (the router's) too.
        if (known[h] || IPoolDepositor(pool).isKeyKnownElsewhere(pk)) revert DuplicateKey(i);
        known[h] = true;
        k.pk0 = pk0;
        k.pk1 = pk1;
        k.sig0 = bytes32(sig[0:32]);
        k.sig1 = bytes32(sig[32:64]);
        k.sig2 = bytes32(sig[64:96]);
    }

    /// @notice Removes `count` unused keys from index `from`; later keys move
    /// down, and the limit drops to `from` if it was above. Only the
    /// operator's reward address.
    /// @param id the operator.
    /// @param from the first key to remove.
    /// @param count how many.
    function removeSigningKeys(uint256 id, uint256 from, uint256 count) external {
        _check(id);
        if (msg.sender != rewardAddresses[id]) revert NotAuthorized(msg.sender);
        Counts storage c = counts[id];
        uint256 n = c.keys;
        if (count == 0 || from >= n || count > n - from) revert Malformed();
        if (from < c.deposited) revert KeyInUse(from);
        mapping(uint256 => Key) storage ks = keys[id];
        for (uint256 i = from; i < from + count; i++) {
            Key storage k = ks[i];
            known[keccak256(abi.encodePacked(k.pk0, k.pk1))] = false;
        }
        for (uint256 i = from; i + count < n; i++) {
            ks[i] = ks[i + count];
        }
        for (uint256 i = n - count; i < n; i++) {
            delete ks[i];
        }
        c.keys = uint32(n - count);
        emit SigningKeysRemoved(id, from, count);
        // Removing a vetted key un-vets it and the keys after it (Lido's
        // vetted count drops to the first removed index): keys sliding or
        // uploaded into the range were never vetted (protocol operators.go).
        if (from < c.limit) {
            c.limit = uint64(from);
            emit OperatorLimitSet(id, from);
        }
        _bumpNonce();
    }

    // --- deposits (the pool) --------------------------------------------------------

    /// @notice Picks the keys of the next `n` deposits by the allocation rule
    /// and marks them deposited. Only the pool. Fewer come back when no
    /// operator can take more.
    /// @param n the most deposits.
    /// @return pubkeys the keys, 48 bytes each.
    /// @return signatures their deposit signatures, 96 bytes each.
    /// @return operatorIds the operator of each deposit.
    /// @return keyIndexes each key's index within its operator.
    function allocateDeposits(uint256 n)
        external
        only(pool)
        returns (bytes memory pubkeys, bytes memory signatures, uint256[] memory operatorIds, uint256[] memory keyIndexes)
    {
        uint256 ops = counts.length;
        Counts[] memory cs = new Counts[](ops);
        uint256[] memory ceil = new uint256[](ops);
        for (uint256 i = 0; i < ops; i++) {
            Counts memory c = counts[i];
            cs[i] = c;
            if (!c.active) continue;
            Limits memory l; // read only when set
            if (c.limited) l = limits[i];
            ceil[i] = _ceiling(c, l, block.timestamp);
        }
        operatorIds = new uint256[](n);
        keyIndexes = new uint256[](n);
        uint256 moved;
        for (; moved < n; moved++) {
            uint256 best = type(uint256).max;
            uint256 bestActive;
            for (uint256 i = 0; i < ops; i++) {
                Counts memory c = cs[i];
                if (!c.active || ceil[i] <= c.deposited) continue;
                uint256 active = c.deposited - c.exited;
                if (best == type(uint256).max || active < bestActive) {
                    best = i;
                    bestActive = active;
                }
            }
            if (best == type(uint256).max) break;
            operatorIds[moved] = best;
            keyIndexes[moved] = cs[best].deposited;
            cs[best].deposited++;
        }
        assembly {
            mstore(operatorIds, moved)
            mstore(keyIndexes, moved)
        }
        pubkeys = new bytes(moved * 48);
        signatures = new bytes(moved * 96);
        for (uint256 j = 0; j < moved; j++) {
            Key storage k = keys[operatorIds[j]][keyIndexes[j]];
            bytes32 pk0 = k.pk0;
            bytes16 pk1 = k.pk1;
            bytes32 s0 = k.sig0;
            bytes32 s1 = k.sig1;
            bytes32 s2 = k.sig2;
            assembly {
                let p := add(add(pubkeys, 32), mul(j, 48))
                mstore(p, pk0)
                mstore(add(p, 32), pk1) // writes 32 bytes; the next key overwrites the tail
                let s := add(add(signatures, 32), mul(j, 96))
                mstore(s, s0)
                mstore(add(s, 32), s1)
                mstore(add(s, 64), s2)
            }
        }
        for (uint256 i = 0; i < ops; i++) {
            if (cs[i].deposited != counts[i].deposited) counts[i].deposited = cs[i].deposited;
        }
        if (moved != 0) _bumpNonce();
    }

    /// @notice The module's totals for the staking router: exited,
    /// deposited, and the deposits its active operators can take now (each
    /// up to its ceiling: cap within keys, penalties, target limit).
    /// @return exited validators reported exited.
    /// @return deposited keys used by deposits.
    /// @return depositable deposits it can take now.
    function getStakingModuleSummary() external view returns (uint256 exited, uint256 deposited, uint256 depositable) {
        uint256 ops = counts.length;
        for (uint256 i = 0; i < ops; i++) {
            Counts memory c = counts[i];
            exited += c.exited;
            deposited += c.deposited;
            if (!c.active) continue;
            Limits memory l;
            if (c.limited) l = limits[i];
            uint256 ceil = _ceiling(c, l, block.timestamp);
            if (ceil > c.deposited) depositable += ceil - c.deposited;
        }
    }

    // --- reports (the oracle) ---------------------------------------------------------

    /// @notice Every operator's counts, by id.
    /// @return out the counts.
    function getAllCounts() external view returns (Counts[] memory out) {
        out = counts;
    }

    /// @notice What a report reads of every operator, by id: counts,
    /// stuck penalty ends and reward addresses.
    /// @return cs the counts.
    /// @return penaltyEnds the stuck penalty ends.
    /// @return rewards the reward addresses.
    function getReportView()
        external
        view
        returns (Counts[] memory cs, uint256[] memory penaltyEnds, address[] memory rewards)
    {
        cs = counts;
        uint256 n = cs.length;
        penaltyEnds = new uint256[](n);
        rewards = new address[](n);
        for (uint256 i = 0; i < n; i++) {
            if (cs[i].limited) penaltyEnds[i] = limits[i].stuckPenaltyEnd;
            rewards[i] = rewardAddresses[i];
        }
    }

    /// @notice An operator's scorecard.
    /// @param id the operator.
    /// @return the scorecard.
    function getScorecard(uint256 id) external view returns (Scorecard memory) {
        _check(id);
        return scorecards[id];
    }

    /// @notice Every operator's exit requests older than the deadline at
    /// refSlot that exits have not covered (protocol/report.go stuckAt): of
    /// the requests for key indexes from the exited count after the report
    /// to exitRequested, those asked more than `deadline` slots before
    /// refSlot.
    /// @param refSlot the report's reference slot.
    /// @param exitedNow every operator's exited count after the report.
    /// @param deadline slots an exit may take.
    /// @return stuck the stuck counts.
    function stuckCounts(uint256 refSlot, uint256[] calldata exitedNow, uint256 deadline)
        external
        view
        returns (uint256[] memory stuck)
    {
        uint256 n = counts.length;
        stuck = new uint256[](n);
        for (uint256 id = 0; id < n; id++) {
            Counts memory c = counts[id];
            uint256 overdue;
            mapping(uint256 => uint256) storage slots = exitRequestSlot[id];
            // Exits cover the oldest requests: those for key indexes below
            // the exited count after the report (never below c.exited).
            for (uint256 k = exitedNow[id] > c.exited ? exitedNow[id] : c.exited; k < c.exitRequested; k++) {
                if (slots[k] + deadline < refSlot) overdue++;
            }
            stuck[id] = overdue;
        }
    }

    /// @notice Applies a report's operator changes: stuck counts and
    /// penalty ends, exited counts, exit requests (each operator's next
    /// keys), scorecards. Only the oracle, which checked them.
    /// @param refSlot the report's reference slot.
    /// @param exited new exited counts.
    /// @param exitRequests exits asked.
    /// @param stats scorecard additions.
    /// @param stuck every operator's stuck count.
    /// @param penaltyEnds every operator's stuck penalty end.
    function applyReport(
        uint256 refSlot,
        OperatorCountIn[] calldata exited,
        OperatorCountIn[] calldata exitRequests,
        OperatorStatsIn[] calldata stats,
        uint256[] calldata stuck,
        uint256[] calldata penaltyEnds
    ) external only(oracle) {
        for (uint256 i = 0; i < stuck.length; i++) {
            Counts storage c = counts[i];
            if (c.stuck != stuck[i]) {
                c.stuck = uint32(stuck[i]);
                emit StuckUpdated(i, stuck[i]);
            }
            uint256 end = penaltyEnds[i];
            if ((end != 0 || c.limited) && limits[i].stuckPenaltyEnd != end) {
                limits[i].stuckPenaltyEnd = uint64(end);
                c.limited = true;
                emit StuckPenaltyEndSet(i, end);
            }
        }
        for (uint256 i = 0; i < exited.length; i++) {
            uint256 id = exited[i].operator;
            counts[id].exited = uint32(exited[i].count);
            emit ExitedUpdated(id, exited[i].count);
        }
        for (uint256 i = 0; i < exitRequests.length; i++) {
            uint256 id = exitRequests[i].operator;
            Counts storage c = counts[id];
            uint256 k = c.exitRequested;
            for (uint256 j = 0; j < exitRequests[i].count; j++) {
                exitRequestSlot[id][k + j] = refSlot;
                emit ExitRequested(id, k + j);
            }
            c.exitRequested = uint32(k + exitRequests[i].count);
        }
        for (uint256 i = 0; i < stats.length; i++) {
            Scorecard storage sc = scorecards[stats[i].operator];
            sc.missedAttestations += uint64(stats[i].missedAttestations);
            sc.missedProposals += uint64(stats[i].missedProposals);
            sc.slashed += uint64(stats[i].slashed);
            emit ScorecardUpdated(stats[i].operator, sc.missedAttestations, sc.missedProposals, sc.slashed);
        }
        _bumpNonce(); // exits and stuck counts move the allocation
    }

    /// @notice A count for one operator (the oracle's report).
    struct OperatorCountIn {
        uint256 operator;
        uint256 count;
    }

    /// @notice One frame's performance of an operator (the oracle's report).
    struct OperatorStatsIn {
        uint256 operator;
        uint256 missedAttestations;
        uint256 missedProposals;
        uint256 slashed;
    }

    // --- governance -------------------------------------------------------------------

    /// @notice Adds an operator, active, with cap 0. Governance only.
    /// @param name 1..64 bytes without surrounding spaces.
    /// @param rewardAddress receives the operator's fee and uploads its keys.
    /// @return id the new operator's id.
    function addNodeOperator(string calldata name, address rewardAddress) external only(governance) returns (uint256 id) {
        return _addOperator(name, rewardAddress);
    }

    function _addOperator(string memory name, address rewardAddress) private returns (uint256 id) {
        checkOperator(name, rewardAddress);
        id = counts.length;
        counts.push(Counts({limit: 0, keys: 0, deposited: 0, exited: 0, exitRequested: 0, stuck: 0, active: true, limited: false}));
        names[id] = name;
        rewardAddresses[id] = rewardAddress;
        emit OperatorAdded(id, name, rewardAddress);
    }

    /// @notice Reverts unless name and reward address are acceptable (proposals check early).
    /// @param name the name.
    /// @param rewardAddress the reward address.
    function checkOperator(string memory name, address rewardAddress) public pure {
        bytes memory b = bytes(name);
        if (b.length == 0 || b.length > MAX_NAME_LENGTH || _space(b[0]) || _space(b[b.length - 1])) {
            revert InvalidParameter();
        }
        if (rewardAddress == address(0)) revert InvalidParameter();
    }

    /// @notice Sets an operator's cap. Governance only.
    /// @param id the operator.
    /// @param limit the most validators it may have deposited.
    function setNodeOperatorLimit(uint256 id, uint64 limit) external only(governance) {
        _check(id);
        counts[id].limit = limit;
        emit OperatorLimitSet(id, limit);
        _bumpNonce();
    }

    /// @notice Sets an operator's target validator limit (Lido's
    /// updateTargetValidatorsLimits): deposits only up to exited + limit,
    /// the excess asked to exit first (soft: when the queue needs ETH;
    /// forced: regardless). Governance only.
    /// @param id the operator.
    /// @param mode 0 none, 1 soft, 2 forced.
    /// @param limit the target (ignored with mode 0).
    function setTargetLimit(uint256 id, uint8 mode, uint64 limit) external only(governance) {
        _check(id);
        if (mode > 2) revert InvalidParameter();
        if (mode == 0) limit = 0;
        Limits storage l = limits[id];
        l.targetMode = mode;
        l.targetLimit = limit;
        counts[id].limited = mode != 0 || l.stuckPenaltyEnd != 0;
        emit TargetValidatorsCountChanged(id, limit, mode);
        _bumpNonce();
    }

    /// @notice Activates or deactivates an operator. Governance only.
    /// @param id the operator.
    /// @param active whether it takes deposits and fees.
    function setNodeOperatorActive(uint256 id, bool active) external only(governance) {
        _check(id);
        counts[id].active = active;
        emit OperatorActiveSet(id, active);
        _bumpNonce();
    }

    // --- the deposit security module ---------------------------------------------------

    /// @notice An operator's cap and deposited count (what unvetting needs).
    /// @param id the operator.
    /// @return limit its cap.
    /// @return deposited its deposited keys.
    function getVetting(uint256 id) external view returns (uint64 limit, uint64 deposited) {
        _check(id);
        Counts memory c = counts[id];
        return (c.limit, c.deposited);
    }

    /// @notice Lowers an operator's cap (unvets its keys from `limit` on).
    /// Only the staking router (this registry's `pool`), on the deposit
    /// security module's call, which checked that a guardian asked and that
    /// deposited keys stay below it.
    /// @param id the operator.
    /// @param limit the new cap, below the current one.
    function unvetSigningKeys(uint256 id, uint64 limit) external {
        if (msg.sender != pool) revert NotAuthorized(msg.sender);
        _check(id);
        Counts storage c = counts[id];
        if (limit >= c.limit || limit < c.deposited) revert InvalidParameter();
        c.limit = limit;
        emit VettedSigningKeysDecreased(id, limit);
        _bumpNonce();
    }

    function _bumpNonce() private {
        unchecked {
            nonce++;
        }
    }

    function _check(uint256 id) private view {
        if (id >= counts.length) revert UnknownOperator(id);
    }

    /// @dev Go's strings.TrimSpace on ASCII: tab, newline, vertical tab, form feed, return, space.
    function _space(bytes1 ch) private pure returns (bool) {
        return ch == 0x20 || (ch >= 0x09 && ch <= 0x0d);
    }
}
