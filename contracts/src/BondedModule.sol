// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {IStakingModule} from "./interfaces/IStakingModule.sol";
import {IStakingRouter} from "./interfaces/IStakingRouter.sol";

/// @notice What the module needs of the pool (stETH).
interface IPoolForBond {
    function submit(address referral) external payable returns (uint256);
    function transferShares(address to, uint256 sharesAmount) external returns (uint256);
    function transferSharesFrom(address from, address to, uint256 sharesAmount) external returns (uint256);
    function getTotalPooledEther() external view returns (uint256);
    function getTotalShares() external view returns (uint256);
}

/// @notice What the module asks of the staking router: whether another module holds a key.
interface IRouterForBond {
    function isKeyKnownElsewhere(bytes calldata pubkey) external view returns (bool);
}

/// @notice What the module needs of the burner: its own shares as a non-cover burn request.
interface IBurnerForBond {
    function requestBurnMyShares(uint256 sharesAmount) external;
}

/// @title BondedModule
/// @notice The permissionless bonded staking module, as protocol/bondedmodule.go
/// (Lido's Community Staking Module in our words). Anyone creates an operator
/// with keys and a bond; the bond is held as stETH shares (ETH is staked
/// through the pool's submit, stETH comes in as shares) so it earns the
/// rebase. Governance's curve gives the bond n deposited, not yet withdrawn validators need;
/// keys beyond what the bond covers (valued down at the pool's rate) are
/// unbonded and never deposited. Keys are vetted on upload and deposited
/// first-in first-out, one queue batch per upload or bond change. Penalties
/// are burnt from the bond first (through the burner: the stakers gain them);
/// the rest is a debt paid from the next rewards and from any new bond, and
/// nothing is claimable while it lasts. The module's fee shares are credited
/// to the operators' bonds pro rata to active validators, and the bond above
/// the curve is claimable as stETH.
/// @dev Every call reads the pool's rate once, at its start, and uses it for
/// every conversion (the model takes the rate as an input). Rounding: a
/// bond's value and ETH staked into shares round down, requirements and
/// penalties in shares round up, rewards per validator round down (the
/// dust stays in the module): each in the pool's favour.
contract BondedModule is IStakingModule {
    /// @notice One operator (protocol.BondedOperator).
    struct Operator {
        address manager;
        uint64 keys;
        uint32 exitRequested; // keys asked to exit, oldest first (key indexes below it); ≤ deposited < 2^32
        uint64 vetted;
        uint64 deposited;
        uint64 exited;
        uint64 enqueued;
        uint64 depositable;
        uint64 withdrawn;
        uint128 bond;
        uint128 debt;
        uint64 exitCharged; // the first requested key not yet charged the exit delay penalty
        bool stuck; // an exit request was overdue at the last report: its rewards are halved
        uint256 accSnap;
    }

    /// @notice A signing key in five slots.
    struct Key {
        bytes32 pk0;
        bytes16 pk1;
        bytes32 sig0;
        bytes32 sig1;
        bytes32 sig2;
    }

    /// @notice A queue batch: an operator's keys waiting, in one slot.
    struct Batch {
        uint64 op;
        uint64 count;
    }

    /// @notice An operator's scorecards over the reports, summed.
    struct Scorecard {
        uint64 missedAttestations;
        uint64 missedProposals;
        uint64 slashed;
    }

    /// @notice The pool's rate at the start of a call.
    struct Rate {
        uint256 pooled;
        uint256 shares;
    }

    /// @notice The most steps a curve has.
    uint256 public constant MAX_CURVE_STEPS = 16;
    /// @notice The most keys one upload carries (the gas bound).
    uint256 public constant MAX_KEYS_PER_CALL = 100;
    /// @notice The most batches with nothing to deposit one obtainDepositData
    /// removes (≈23k gas each, settled and re-checked); beyond, QueueClogged until cleanDepositQueue.
    uint256 public constant MAX_DEAD_BATCHES_PER_DEPOSIT = 8;
    /// @notice The reward accumulator's scale (shares per active validator × 1e27).
    uint256 public constant REWARD_PRECISION = 1e27;
    /// @notice Wei charged from the bond per removed key (protocol.KeyRemovalCharge: CSM v1's launch value).
    uint256 public constant KEY_REMOVAL_CHARGE = 0.05 ether;
    /// @notice Penalty reason: a slashing loss.
    uint8 public constant PENALTY_SLASHING = 1;
    /// @notice Penalty reason: an exit request past its deadline.
    uint8 public constant PENALTY_STUCK = 2;
    /// @notice Penalty reason: execution-layer rewards paid elsewhere.
    uint8 public constant PENALTY_EL_REWARDS = 3;

    /// @notice The timelocked executor: sets the curve, may penalize.
    address public immutable governance;
    /// @notice The staking router: deposits, reports, rewards, unvetting; may penalize.
    address public immutable router;
    /// @notice Wei charged from the bond once per exit request past its deadline (0: none).
    uint256 public exitDelayPenalty;
    /// @notice The pool (stETH) the bond is held in.
    IPoolForBond public immutable pool;
    /// @notice The burner penalties are sent to.
    IBurnerForBond public immutable burner;

    uint256[] private curve;
    address[] private penalizers;
    mapping(address => bool) private isPenalizer;

    Operator[] private ops;
    mapping(uint256 => mapping(uint256 => Key)) private keys;
    mapping(bytes32 => bool) private known;
    mapping(uint256 => Batch) private queue;
    mapping(uint256 => mapping(uint256 => uint256)) private exitRequestSlot; // operator → key index → the request's refSlot
    mapping(uint256 => Scorecard) private scorecards;
    uint256 private head;
    uint256 private tail;

    /// @notice Σ deposited − exited (the rewards' denominator).
    uint64 public activeValidators;
    /// @notice Σ batches' counts waiting in the queue.
    uint64 public enqueued;
    uint64 private totalDepositable;
    uint64 private totalDeposited;
    uint64 private totalExited;
    /// @notice Changes whenever the depositable keys may have changed (the guardians sign it).
    uint256 public nonce;
    /// @notice Reward shares per active validator × REWARD_PRECISION since creation.
    uint256 public acc;
    /// @notice The module's shares in the pool: bonds, unsettled rewards, dust.
    uint256 public heldShares;
    /// @notice Shares sent to the burner since creation.
    uint256 public burntShares;

    /// @notice An operator was created by its manager.
    event OperatorCreated(uint256 indexed operatorId, address indexed manager);
    /// @notice Keys were appended.
    event SigningKeysAdded(uint256 indexed operatorId, uint256 firstIndex, uint256 count);
    /// @notice Bond came in (shares), from ETH staked or stETH moved; `debtPaid` of it was burnt for a debt.
    event BondDeposited(uint256 indexed operatorId, address indexed from, uint256 shares, uint256 debtPaid);
    /// @notice Bond was claimed to the manager.
    event BondClaimed(uint256 indexed operatorId, address indexed to, uint256 shares);
    /// @notice A penalty: `burnt` shares burnt now, the operator's debt is `debt` shares after.
    event Penalized(uint256 indexed operatorId, uint8 indexed reason, uint256 amount, uint256 burnt, uint256 debt);
    /// @notice Rewards settled into an operator's bond; `debtPaid` of them were burnt for its debt.
    event RewardsSettled(uint256 indexed operatorId, uint256 shares, uint256 debtPaid);
    /// @notice The router minted the module's fee shares.
    event RewardsMinted(uint256 shares);
    /// @notice A batch joined the queue.
    event BatchEnqueued(uint256 indexed operatorId, uint256 count);
    /// @notice A batch left the queue with `count` keys not deposited (its operator could take no more).
    event BatchDropped(uint256 indexed operatorId, uint256 count);
    /// @notice The nonce changed.
    event NonceChanged(uint256 nonce);
    /// @notice The operator's depositable count changed.
    event DepositableChanged(uint256 indexed operatorId, uint256 depositable);
    /// @notice Keys got deposits.
    event KeysDeposited(uint256 indexed operatorId, uint256 firstIndex, uint256 count);
    /// @notice The oracle's exited count of an operator.
    event ExitedChanged(uint256 indexed operatorId, uint256 exited);
    /// @notice The oracle's withdrawn count of an operator; `loss` wei of shortfall was charged, `burnt` shares burnt,
    /// `debt` shares the bond lacked (the operator's debt after the call).
    event WithdrawnChanged(uint256 indexed operatorId, uint256 withdrawn, uint256 loss, uint256 burnt, uint256 debt);
    /// @notice The oracle asked key `keyIndex` of the operator to exit (its deadline starts at the report's refSlot).
    event ExitRequested(uint256 indexed operatorId, uint256 keyIndex);
    /// @notice A report's scorecard was added; the sums after.
    event ScorecardUpdated(uint256 indexed operatorId, uint256 missedAttestations, uint256 missedProposals, uint256 slashed);
    /// @notice Governance set the exit delay penalty.
    event ExitDelayPenaltySet(uint256 amount);
    /// @notice A report found the operator stuck (an overdue exit request) or not.
    event StuckChanged(uint256 indexed operatorId, bool stuck);
    /// @notice A stuck operator's rewards of a report: shares kept and burnt; `debtPaid` of the kept shares paid its debt (burnt too).
    event StuckRewardsCut(uint256 indexed operatorId, uint256 kept, uint256 burnt, uint256 debtPaid);

    /// @notice A guardian's unvetting lowered the vetted count.
    event VettedDecreased(uint256 indexed operatorId, uint256 vetted);
    /// @notice The manager removed keys without a deposit (the last keys fill
    /// the gap, the vetted count is the key count after it); `charge` wei were
    /// asked, `burnt` shares were taken from the bond (at most the bond).
    event KeysRemoved(uint256 indexed operatorId, uint256 firstIndex, uint256 count, uint256 charge, uint256 burnt);
    /// @notice Governance set the curve and penalizers.
    event ParamsSet(uint256[] curve, address[] penalizers);

    /// @notice The caller may not do this.
    error NotAuthorized(address caller);
    /// @notice No such operator.
    error UnknownOperator(uint256 id);
    /// @notice Bad lengths or arguments.
    error Malformed();
    /// @notice An empty key.
    error InvalidKey(uint256 index);
    /// @notice A key already in the module (or earlier in the upload).
    error DuplicateKey(uint256 index);
    /// @notice Nothing to do with zero.
    error ZeroAmount();
    /// @notice An amount of 2^128 or more.
    error AmountTooLarge(uint256 value);
    /// @notice A parameter out of range.
    error InvalidParameter();
    /// @notice Claiming more than the bond above the curve.
    error BondInsufficient(uint256 shares, uint256 claimable);
    /// @notice A penalty is unpaid: nothing is claimable.
    error BondLocked(uint256 debt);
    /// @notice An exited count below the last or above the deposited.
    error ExitedDecreased(uint256 operatorId, uint256 exited);
    /// @notice A withdrawn count below the last or above the exited.
    error WithdrawnDecreased(uint256 operatorId, uint256 withdrawn);
    /// @notice Unvetting may only lower the vetted count.
    error VettedKeysIncreased(uint256 operatorId, uint256 vetted);
    /// @notice The key got a deposit: it cannot be removed.
    error KeyInUse(uint256 index);
    /// @notice An exit request for no key, or for more than the operator's deposited keys not yet asked.
    error SanityExitRequests(uint256 operatorId, uint256 count);
    /// @notice More deposits asked than the module has depositable.
    error NothingToDeposit(uint256 asked, uint256 depositable);
    /// @notice More batches with nothing to deposit ahead than one deposit removes: cleanDepositQueue first.
    error QueueClogged(uint256 deadBatches);

    /// @param governance_ the timelocked executor (sets the curve; may penalize).
    /// @param router_ the staking router (deposits, reports, rewards, unvetting; may penalize).
    /// @param pool_ the pool (stETH).
    /// @param burner_ the burner.
    /// @param curve_ the bond for the 1st, 2nd, … validator (wei); the last repeats.
    /// @param penalizers_ who else may penalize (the execution-reward checker).
    /// @param exitDelayPenalty_ wei charged once per overdue exit request.
    constructor(
        address governance_,
        address router_,
        address pool_,
        address burner_,
        uint256[] memory curve_,
        address[] memory penalizers_,
        uint256 exitDelayPenalty_
    ) {
        if (governance_ == address(0) || router_ == address(0)) revert InvalidParameter();
        governance = governance_;
        router = router_;
        pool = IPoolForBond(pool_);
        burner = IBurnerForBond(burner_);
        _setParams(curve_, penalizers_);
        _setExitDelayPenalty(exitDelayPenalty_);
    }

    // --- governance ---------------------------------------------------------------------------

    /// @notice Sets the wei charged once per exit request past its deadline
    /// (CSM v2's exitDelayPenalty; 0: none). Governance only.
    /// @param amount below 2^128.
    function setExitDelayPenalty(uint256 amount) external {
        if (msg.sender != governance) revert NotAuthorized(msg.sender);
        _setExitDelayPenalty(amount);
    }

    function _setExitDelayPenalty(uint256 amount) private {
        if (amount >= 2 ** 128) revert InvalidParameter();
        exitDelayPenalty = amount;
        emit ExitDelayPenaltySet(amount);
    }

    /// @notice Replaces the curve and the penalizers. Governance only.
    /// @param curve_ 1..16 steps, each non-zero and below 2^128.
    /// @param penalizers_ distinct, non-zero.
    function setParams(uint256[] calldata curve_, address[] calldata penalizers_) external {
        if (msg.sender != governance) revert NotAuthorized(msg.sender);
        _setParams(curve_, penalizers_);
    }

    function _setParams(uint256[] memory curve_, address[] memory penalizers_) private {
        if (curve_.length == 0 || curve_.length > MAX_CURVE_STEPS) revert InvalidParameter();
        for (uint256 i = 0; i < curve_.length; i++) {
            if (curve_[i] == 0 || curve_[i] >= 2 ** 128) revert InvalidParameter();
        }
        for (uint256 i = 0; i < penalizers.length; i++) {
            isPenalizer[penalizers[i]] = false;
        }
        for (uint256 i = 0; i < penalizers_.length; i++) {
            address a = penalizers_[i];
            if (a == address(0) || isPenalizer[a]) revert InvalidParameter();
            isPenalizer[a] = true;
        }
        curve = curve_;
        penalizers = penalizers_;
        emit ParamsSet(curve_, penalizers_);
    }

    /// @notice The curve and the penalizers.
    /// @return curve_ the steps.
    /// @return penalizers_ the penalizers.
    function getParams() external view returns (uint256[] memory curve_, address[] memory penalizers_) {
        return (curve, penalizers);
    }

    // --- the curve ------------------------------------------------------------------------------

    /// @notice The bond n deposited, not yet withdrawn validators need (wei, exact).
    /// @param n validators.
    /// @return z wei.
    function bondRequired(uint256 n) public view returns (uint256 z) {
        uint256 k = curve.length;
        for (uint256 i = 0; i < k && i < n; i++) {
            z += curve[i];
        }
        if (n > k) z += curve[k - 1] * (n - k);
    }

    /// @notice The most validators a bond worth `eth` covers.
    /// @param eth the bond's value (wei).
    /// @return n validators.
    function bondCovers(uint256 eth) public view returns (uint256) {
        uint256 sum;
        uint256 k = curve.length;
        for (uint256 i = 0; i < k; i++) {
            uint256 next = sum + curve[i];
            if (next > eth) return i;
            sum = next;
        }
        uint256 n = k + (eth - sum) / curve[k - 1]; // down: a part of a step covers nothing
        return n > 2 ** 62 ? 2 ** 62 : n;
    }

    // --- operators ------------------------------------------------------------------------------

    /// @notice Creates an operator managed by the caller, with keys and a
    /// bond: ETH sent (staked through the pool) or `bondShares` of the
    /// caller's stETH shares (on its allowance), or none (its keys are then unbonded).
    /// @param keysCount the number of keys (1..100).
    /// @param pubkeys keysCount × 48 bytes.
    /// @param signatures keysCount × 96 bytes.
    /// @param bondShares stETH shares to move in (0 with ETH sent).
    /// @return id the new operator.
    function createOperator(uint256 keysCount, bytes calldata pubkeys, bytes calldata signatures, uint256 bondShares)
        external
        payable
        returns (uint256 id)
    {
        Rate memory r = _rate();
        _checkKeys(keysCount, pubkeys, signatures);
        _checkBond(bondShares);
        id = ops.length;
        ops.push();
        Operator storage op = ops[id];
        op.manager = msg.sender;
        emit OperatorCreated(id, msg.sender);
        _appendKeys(id, op, keysCount, pubkeys, signatures);
        _takeBond(id, op, bondShares, r);
        _normalize(id, op, r);
        _bumpNonce();
    }

    /// @notice Appends keys to an operator, with an optional bond. Its manager only.
    /// @param id the operator.
    /// @param keysCount the number of keys (1..100).
    /// @param pubkeys keysCount × 48 bytes.
    /// @param signatures keysCount × 96 bytes.
    /// @param bondShares stETH shares to move in (0 with ETH sent).
    function addKeys(uint256 id, uint256 keysCount, bytes calldata pubkeys, bytes calldata signatures, uint256 bondShares)
        external
        payable
    {
        Rate memory r = _rate();
        Operator storage op = _op(id);
        if (msg.sender != op.manager) revert NotAuthorized(msg.sender);
        _checkKeys(keysCount, pubkeys, signatures);
        _checkBond(bondShares);
        _settle(id, op);
        _appendKeys(id, op, keysCount, pubkeys, signatures);
        _takeBond(id, op, bondShares, r);
        _normalize(id, op, r);
        _bumpNonce();
    }

    /// @notice Adds bond to an operator: ETH sent or `bondShares` of the
    /// caller's stETH shares. Anyone.
    /// @param id the operator.
    /// @param bondShares stETH shares to move in (0 with ETH sent).
    function topUp(uint256 id, uint256 bondShares) external payable {
        Rate memory r = _rate();
        Operator storage op = _op(id);
        _checkBond(bondShares);
        if (msg.value == 0 && bondShares == 0) revert ZeroAmount();
        _settle(id, op);
        _takeBond(id, op, bondShares, r);
        _normalize(id, op, r);
        _bumpNonce();
    }

    /// @notice Settles an operator's rewards and enqueues its keys that became
    /// depositable (a rebase or rewards raised its bond's value). Anyone.
    /// @param id the operator.
    function normalizeQueue(uint256 id) external {
        Rate memory r = _rate();
        Operator storage op = _op(id);
        _settle(id, op);
        _normalize(id, op, r);
        _bumpNonce();
    }

    /// @notice Sends `shares` of the operator's bond, at most its bond above
    /// the curve for its non-withdrawn validators, to its manager as stETH.
    /// Its manager only; nothing while a penalty is unpaid.
    /// @param id the operator.
    /// @param shares the shares.
    function claim(uint256 id, uint256 shares) external {
        Rate memory r = _rate();
        Operator storage op = _op(id);
        if (msg.sender != op.manager) revert NotAuthorized(msg.sender);
        if (shares == 0) revert ZeroAmount();
        _settle(id, op);
        if (op.debt != 0) revert BondLocked(op.debt);
        uint256 free = _claimable(op, r);
        if (shares > free) revert BondInsufficient(shares, free);
        op.bond -= uint128(shares);
        heldShares -= shares;
        _normalize(id, op, r);
        _bumpNonce();
        emit BondClaimed(id, msg.sender, shares);
        pool.transferShares(msg.sender, shares);
    }

    /// @notice Removes keys [startIndex, startIndex + keysCount) of an operator,
    /// none deposited (CSM's removeKeys). Each removed slot, from the range's
    /// end down, takes the operator's last key; the vetted count becomes the
    /// key count (a key the guardians unvetted and left in place is unvetted
    /// again before any deposit: they sign over the nonce bumped here). The
    /// bond is charged KEY_REMOVAL_CHARGE a key, in shares rounded up, at most
    /// the bond (no debt), burnt; the bond the removed keys held is
    /// claimable. Its manager only.
    /// @param id the operator.
    /// @param startIndex the first key removed (at or above its deposited count).
    /// @param keysCount the keys removed (non-zero, within its keys).
    function removeKeys(uint256 id, uint256 startIndex, uint256 keysCount) external {
        Rate memory r = _rate();
        Operator storage op = _op(id);
        if (msg.sender != op.manager) revert NotAuthorized(msg.sender);
        if (keysCount == 0) revert ZeroAmount();
        uint256 n = op.keys;
        if (startIndex >= n || keysCount > n - startIndex) revert Malformed();
        if (startIndex < op.deposited) revert KeyInUse(startIndex);
        uint256 pay = _settleKeep(id, op);
        mapping(uint256 => Key) storage ks = keys[id];
        for (uint256 i = startIndex + keysCount; i > startIndex; i--) {
            Key storage k = ks[i - 1];
            known[keccak256(abi.encodePacked(k.pk0, k.pk1))] = false;
            n--;
            if (i - 1 < n) ks[i - 1] = ks[n]; // the last key fills the gap
            delete ks[n];
        }
        op.keys = uint64(n);
        op.vetted = uint64(n);
        uint256 charge = keysCount * KEY_REMOVAL_CHARGE; // keysCount ≤ 2^64: no overflow
        uint256 due = _sharesUp(charge, r); // up: the pool's favour
        uint256 bond = op.bond;
        uint256 take = due < bond ? due : bond;
        op.bond = uint128(bond - take);
        _normalize(id, op, r);
        _bumpNonce();
        emit KeysRemoved(id, startIndex, keysCount, charge, take);
        _burn(pay + take); // one request, as the model's
    }

    /// @notice Charges an operator `amount` wei: converted to shares up, burnt
    /// from its bond; what the bond lacks becomes a debt. The router,
    /// governance and the penalizers only.
    /// @param id the operator.
    /// @param amount wei (non-zero, below 2^128).
    /// @param reason 1 slashing, 2 stuck (missed exit deadline), 3 execution-layer rewards paid elsewhere.
    function penalize(uint256 id, uint256 amount, uint8 reason) external {
        if (!_mayPenalize(msg.sender)) revert NotAuthorized(msg.sender);
        Rate memory r = _rate();
        Operator storage op = _op(id);
        if (reason == 0 || reason > PENALTY_EL_REWARDS) revert Malformed();
        if (amount == 0) revert ZeroAmount();
        if (amount >= 2 ** 128) revert AmountTooLarge(amount);
        _settle(id, op);
        uint256 take = _charge(op, amount, r);
        _normalize(id, op, r);
        _bumpNonce();
        emit Penalized(id, reason, amount, take, op.debt);
        _burn(take);
    }

    /// @dev Takes `amount` wei, in shares rounded up, from the bond; the rest
    /// becomes debt. Returns the shares taken (the caller burns them).
    function _charge(Operator storage op, uint256 amount, Rate memory r) private returns (uint256 take) {
        uint256 due = _sharesUp(amount, r);
        uint256 bond = op.bond;
        take = due < bond ? due : bond;
        op.bond = uint128(bond - take);
        op.debt += uint128(due - take);
    }

    function _mayPenalize(address a) private view returns (bool) {
        return a == governance || a == router || isPenalizer[a];
    }

    // --- views ------------------------------------------------------------------------------------

    /// @notice An operator's books, its pending rewards settled as the next call would.
    /// @param id the operator.
    /// @return op the books.
    function getOperator(uint256 id) public view returns (Operator memory op) {
        op = _op(id);
        uint256 pending = _pending(op);
        uint256 pay = pending < op.debt ? pending : op.debt;
        op.debt -= uint128(pay);
        op.bond += uint128(pending - pay);
    }

    /// @notice The bond shares an operator may claim now.
    /// @param id the operator.
    /// @return shares.
    function claimable(uint256 id) external view returns (uint256) {
        Operator memory op = getOperator(id);
        if (op.debt != 0) return 0;
        return _claimableMem(op, _rate());
    }

    /// @notice How many of an operator's keys its bond covers at the rate now
    /// (its depositable count after its next update).
    /// @param id the operator.
    /// @return keys.
    function coverable(uint256 id) external view returns (uint256) {
        Operator memory op = getOperator(id);
        return _coverable(op, _rate());
    }

    /// @notice An operator's key.
    /// @param id the operator.
    /// @param index the key's index.
    /// @return pubkey 48 bytes.
    /// @return signature 96 bytes.
    function getSigningKey(uint256 id, uint256 index) external view returns (bytes memory pubkey, bytes memory signature) {
        Operator storage op = _op(id);
        if (index >= op.keys) revert Malformed();
        Key storage k = keys[id][index];
        return (abi.encodePacked(k.pk0, k.pk1), abi.encodePacked(k.sig0, k.sig1, k.sig2));
    }

    /// @notice What ExitTrigger reads to force key `index`'s exit
    /// (OperatorRegistry's view of the same name): the operator's exited
    /// and exit-requested counts, the key's request slot and its pubkey.
    /// @param id the operator (reverts UnknownOperator).
    /// @param index the key's index.
    /// @return exited validators reported exited.
    /// @return exitRequested keys asked to exit (those below it).
    /// @return refSlot the reference slot of key `index`'s request (0 if none).
    /// @return pubkey 48 bytes, empty when the operator has no key `index`.
    function getExitRequest(uint256 id, uint256 index)
        external
        view
        returns (uint256 exited, uint256 exitRequested, uint256 refSlot, bytes memory pubkey)
    {
        Operator storage op = _op(id);
        (exited, exitRequested, refSlot) = (op.exited, op.exitRequested, exitRequestSlot[id][index]);
        if (index < op.keys) pubkey = abi.encodePacked(keys[id][index].pk0, keys[id][index].pk1);
    }

    /// @notice The batches waiting in the queue.
    /// @return count.
    function queueLength() external view returns (uint256) {
        return tail - head;
    }

    /// @notice Deposits the module can give now.
    /// @return count.
    function depositableTotal() external view returns (uint256) {
        return totalDepositable;
    }

    // --- IStakingModule -------------------------------------------------------------------------

    /// @inheritdoc IStakingModule
    function getType() external pure returns (bytes32) {
        return keccak256("bonded");
    }

    /// @inheritdoc IStakingModule
    function getStakingModuleSummary() external view returns (uint256, uint256, uint256) {
        return (totalExited, totalDeposited, totalDepositable);
    }

    /// @inheritdoc IStakingModule
    function getNodeOperatorsCount() external view returns (uint256) {
        return ops.length;
    }

    /// @inheritdoc IStakingModule
    function isKnownKey(bytes calldata pubkey) external view returns (bool) {
        return known[keccak256(pubkey)];
    }

    /// @notice The module's operators as the router's report view reads a
    /// module (the curated registry's shape): vetted keys as the limit,
    /// keys, deposited, exited, exit requests (the oracle checks new ones
    /// against them, as the module does); no stuck counts; every operator active; the fee's reward address the module
    /// itself (the router mints its part to it). No penalty ends.
    /// @return cs the counts.
    /// @return penaltyEnds zeros.
    /// @return rewards this module, for each operator.
    function getReportView()
        external
        view
        returns (IStakingRouter.Counts[] memory cs, uint256[] memory penaltyEnds, address[] memory rewards)
    {
        uint256 n = ops.length;
        cs = new IStakingRouter.Counts[](n);
        penaltyEnds = new uint256[](n);
        rewards = new address[](n);
        for (uint256 i = 0; i < n; i++) {
            Operator storage op = ops[i];
            cs[i] = IStakingRouter.Counts(op.vetted, uint32(op.keys), uint32(op.deposited), uint32(op.exited), op.exitRequested, 0, true, false);
            rewards[i] = address(this);
        }
    }

    /// @notice Stuck counts as the router reads a module's: none (a missed
    /// exit deadline reaches the bond through penalize).
    /// @param exitedNow each operator's exited count after the report.
    /// @return stuck zeros, one per operator.
    function stuckCounts(uint256, uint256[] calldata exitedNow, uint256) external pure returns (uint256[] memory stuck) {
        return new uint256[](exitedNow.length);
    }

    /// @inheritdoc IStakingModule
    /// @dev Each batch's operator is re-checked at the rate read once at the
    /// start and the current curve (review finding 3): its stored depositable
    /// count is lowered to what its bond covers now, never raised. When that
    /// lowering empties the queue before `depositsCount`, fewer keys are given
    /// (the router sends the rest's ETH back to the pool) and the lowered counts
    /// stay, rather than a revert that would keep every stale count.
    function obtainDepositData(uint256 depositsCount, bytes calldata)
        external
        returns (bytes memory publicKeys, bytes memory signatures, uint256[] memory operatorIds, uint256[] memory keyIndexes)
    {
        if (msg.sender != router) revert NotAuthorized(msg.sender);
        if (depositsCount == 0 || depositsCount > totalDepositable) revert NothingToDeposit(depositsCount, totalDepositable);
        Rate memory r = _rate();
        publicKeys = new bytes(depositsCount * 48);
        signatures = new bytes(depositsCount * 96);
        operatorIds = new uint256[](depositsCount);
        keyIndexes = new uint256[](depositsCount);
        uint256 n;
        uint256 h = head;
        uint256 t = tail;
        uint256 dead;
        while (n < depositsCount && h < t) {
            Batch memory b = queue[h];
            Operator storage op = ops[b.op];
            _settle(b.op, op);
            _recheck(b.op, op, r);
            uint256 take = _min3(b.count, op.depositable, depositsCount - n);
            uint256 first = op.deposited;
            for (uint256 i = 0; i < take; i++) {
                _copyKey(keys[b.op][first + i], publicKeys, signatures, n);
                operatorIds[n] = b.op;
                keyIndexes[n] = first + i;
                n++;
            }
            op.deposited = uint64(first + take);
            op.depositable -= uint64(take);
            if (take != 0) {
                emit KeysDeposited(b.op, first, take);
                emit DepositableChanged(b.op, op.depositable);
            }
            if (take == b.count || op.depositable == 0) {
                // Used up, or its operator can take no more: the rest leaves the queue.
                if (take < b.count) emit BatchDropped(b.op, b.count - take);
                if (take == 0 && ++dead > MAX_DEAD_BATCHES_PER_DEPOSIT) revert QueueClogged(dead);
                op.enqueued -= b.count;
                enqueued -= b.count;
                delete queue[h];
                h++;
            } else {
                queue[h].count = uint64(b.count - take);
                op.enqueued -= uint64(take);
                enqueued -= uint64(take);
            }
        }
        head = h;
        if (n < depositsCount) {
            // The re-check gave fewer: shorten the four arrays (memory only shrinks).
            assembly ("memory-safe") {
                mstore(publicKeys, mul(n, 48))
                mstore(signatures, mul(n, 96))
                mstore(operatorIds, n)
                mstore(keyIndexes, n)
            }
        }
        activeValidators += uint64(n);
        totalDeposited += uint64(n);
        totalDepositable -= uint64(n);
        _bumpNonce();
    }

    /// @notice Removes up to `max` batches whose operator can take no deposit
    /// (depositable zero once settled and re-checked at the rate now, as a
    /// deposit's walk does) from the queue's head, stopping at the first live
    /// batch. Anyone (the queue stays walkable: obtainDepositData removes at
    /// most MAX_DEAD_BATCHES_PER_DEPOSIT of them).
    /// @param max the most batches to remove.
    /// @return removed the batches removed.
    function cleanDepositQueue(uint256 max) external returns (uint256 removed) {
        Rate memory r = _rate();
        uint256 h = head;
        uint256 t = tail;
        while (removed < max && h < t) {
            Batch memory b = queue[h];
            Operator storage op = ops[b.op];
            _settle(b.op, op);
            _recheck(b.op, op, r);
            if (op.depositable != 0) break;
            op.enqueued -= b.count;
            enqueued -= b.count;
            delete queue[h];
            emit BatchDropped(b.op, b.count);
            h++;
            removed++;
        }
        head = h;
    }

    /// @inheritdoc IStakingModule
    /// @dev Review finding 4 (exit requests and scorecards were dropped
    /// unread): each list ascending by operator (Malformed), known operators
    /// (UnknownOperator); an exit request asks 1 to deposited − already asked
    /// of the operator's next keys (SanityExitRequests, the oracle's rule for
    /// curated operators) and records the report's refSlot for each key, as the
    /// curated registry does (overdueExitRequests reads it); a scorecard figure is
    /// below 2^32 (AmountTooLarge) and adds to the operator's sums.
    function applyReport(
        uint256 refSlot,
        OperatorCount[] calldata exited,
        OperatorCount[] calldata exitRequests,
        OperatorStats[] calldata stats
    ) external {
        if (msg.sender != router) revert NotAuthorized(msg.sender);
        Rate memory r = _rate();
        for (uint256 i = 0; i < exited.length; i++) {
            uint256 id = exited[i].operator;
            if (i > 0 && id <= exited[i - 1].operator) revert Malformed();
            _updateExited(id, exited[i].count, r);
        }
        for (uint256 i = 0; i < exitRequests.length; i++) {
            uint256 id = exitRequests[i].operator;
            if (i > 0 && id <= exitRequests[i - 1].operator) revert Malformed();
            Operator storage op = _op(id);
            uint256 k = op.exitRequested;
            uint256 c = exitRequests[i].count;
            if (c == 0 || c > op.deposited - k) revert SanityExitRequests(id, c);
            mapping(uint256 => uint256) storage slots = exitRequestSlot[id];
            for (uint256 j = 0; j < c; j++) {
                slots[k + j] = refSlot;
                emit ExitRequested(id, k + j);
            }
            op.exitRequested = uint32(k + c); // ≤ deposited: an operator never reaches 2^32 keys (100 an upload)
        }
        for (uint256 i = 0; i < stats.length; i++) {
            OperatorStats calldata st = stats[i];
            uint256 id = st.operator;
            if (i > 0 && id <= stats[i - 1].operator) revert Malformed();
            _op(id);
            _below32(st.missedAttestations);
            _below32(st.missedProposals);
            _below32(st.slashed);
            Scorecard storage sc = scorecards[id];
            sc.missedAttestations += uint64(st.missedAttestations);
            sc.missedProposals += uint64(st.missedProposals);
            sc.slashed += uint64(st.slashed);
            emit ScorecardUpdated(id, sc.missedAttestations, sc.missedProposals, sc.slashed);
        }
        _bumpNonce();
    }

    function _below32(uint256 v) private pure {
        if (v >= 2 ** 32) revert AmountTooLarge(v);
    }

    /// @notice Every operator's exit requests older than `deadline` slots at
    /// refSlot that its exits have not covered (the curated registry's stuck
    /// rule, protocol's OverdueExitRequests; the router's stuckCounts stays
    /// zero for this module: a missed deadline reaches the bond through penalize): operators exit oldest first, so of the requests
    /// for key indexes from its exited count after the report (never below the
    /// stored one) up to exitRequested, those asked more than `deadline` slots
    /// before refSlot.
    /// @param refSlot the report's reference slot.
    /// @param exitedNow every operator's exited count after the report.
    /// @param deadline slots an exit may take.
    /// @return stuck the overdue requests.
    function overdueExitRequests(uint256 refSlot, uint256[] calldata exitedNow, uint256 deadline)
        external
        view
        returns (uint256[] memory stuck)
    {
        uint256 n = ops.length;
        if (exitedNow.length != n) revert Malformed();
        stuck = new uint256[](n);
        for (uint256 id = 0; id < n; id++) {
            Operator storage op = ops[id];
            uint256 e = op.exited;
            mapping(uint256 => uint256) storage slots = exitRequestSlot[id];
            for (uint256 k = exitedNow[id] > e ? exitedNow[id] : e; k < op.exitRequested; k++) {
                if (slots[k] + deadline < refSlot) stuck[id]++;
            }
        }
    }

    /// @notice An operator's scorecard sums.
    /// @param id the operator.
    /// @return the sums.
    function getScorecard(uint256 id) external view returns (Scorecard memory) {
        _op(id);
        return scorecards[id];
    }

    /// @notice Sets one operator's exited count (the router's report entry). The router only.
    /// @param id the operator.
    /// @param exitedCount never lower than the last, never above the deposited.
    function updateExited(uint256 id, uint256 exitedCount) external {
        if (msg.sender != router) revert NotAuthorized(msg.sender);
        _updateExited(id, exitedCount, _rate());
        _bumpNonce();
    }

    /// @notice Sets one operator's withdrawn count and charges the withdrawn
    /// validators' shortfall (a slashing's losses, known at withdrawal) to its
    /// bond in the same call. The bond stays required for exited validators
    /// until they are counted here. The router only.
    /// @param id the operator.
    /// @param withdrawnCount never lower than the last, never above the exited.
    /// @param loss wei the newly withdrawn validators returned short (below 2^128; may be 0).
    function updateWithdrawn(uint256 id, uint256 withdrawnCount, uint256 loss) external {
        if (msg.sender != router) revert NotAuthorized(msg.sender);
        Rate memory r = _rate();
        Operator storage op = _op(id);
        if (withdrawnCount < op.withdrawn || withdrawnCount > op.exited) revert WithdrawnDecreased(id, withdrawnCount);
        if (loss >= 2 ** 128) revert AmountTooLarge(loss);
        _settle(id, op);
        uint256 take = loss == 0 ? 0 : _charge(op, loss, r);
        op.withdrawn = uint64(withdrawnCount);
        _normalize(id, op, r);
        _bumpNonce();
        emit WithdrawnChanged(id, withdrawnCount, loss, take, op.debt);
        _burn(take);
    }

    function _updateExited(uint256 id, uint256 exitedCount, Rate memory r) private {
        Operator storage op = _op(id);
        if (exitedCount < op.exited || exitedCount > op.deposited) revert ExitedDecreased(id, exitedCount);
        _settle(id, op);
        uint64 delta = uint64(exitedCount) - op.exited;
        activeValidators -= delta;
        totalExited += delta;
        op.exited = uint64(exitedCount);
        emit ExitedChanged(id, exitedCount);
        _normalize(id, op, r);
    }

    /// @inheritdoc IStakingModule
    function onRewardsMinted(uint256 shares) external {
        if (msg.sender != router) revert NotAuthorized(msg.sender);
        if (shares >= 2 ** 128) revert AmountTooLarge(shares);
        heldShares += shares;
        uint256 n = ops.length;
        uint256 burn;
        for (uint256 id = 0; id < n; id++) {
            if (ops[id].stuck) burn += _settleKeep(id, ops[id]); // its earlier rewards are whole
        }
        uint256 active = activeValidators;
        if (active != 0 && shares != 0) acc += shares * REWARD_PRECISION / active; // down: the dust stays
        emit RewardsMinted(shares);
        for (uint256 id = 0; id < n; id++) {
            if (ops[id].stuck) burn += _cutStuck(id, ops[id]); // this report's: half burnt
        }
        _burn(burn); // one request to the burner, as the model's
    }

    /// @notice Charges each operator's exit requests newly past the deadline
    /// at refSlot (slot + deadline < refSlot, keys at or above its exited
    /// count) exitDelayPenalty wei each, once, from the bond (the rest a
    /// debt), and marks the operators stuck while one is overdue (their
    /// rewards are halved: onRewardsMinted). The router only, at every
    /// report after the execution-reward charges (protocol's ChargeExitDelays).
    /// @param refSlot the report's reference slot.
    /// @param deadline the oracle's exit deadline in slots.
    function chargeExitDelays(uint256 refSlot, uint256 deadline) external {
        if (msg.sender != router) revert NotAuthorized(msg.sender);
        Rate memory r = _rate();
        uint256 n = ops.length;
        uint256 penalty = exitDelayPenalty;
        for (uint256 id = 0; id < n; id++) {
            Operator storage op = ops[id];
            mapping(uint256 => uint256) storage slots = exitRequestSlot[id];
            uint256 e = op.exited;
            uint256 asked = op.exitRequested;
            bool stuck = e < asked && slots[e] + deadline < refSlot;
            if (stuck != op.stuck) {
                op.stuck = stuck;
                emit StuckChanged(id, stuck);
            }
            uint256 start = op.exitCharged > e ? op.exitCharged : e;
            uint256 k = start;
            while (k < asked && slots[k] + deadline < refSlot) k++; // asked oldest first: a prefix
            if (k == start) continue;
            op.exitCharged = uint64(k);
            if (penalty == 0) continue;
            uint256 amount = (k - start) * penalty;
            uint256 pay = _settleKeep(id, op);
            uint256 take = _charge(op, amount, r);
            _normalize(id, op, r);
            emit Penalized(id, PENALTY_STUCK, amount, take, op.debt);
            _burn(pay + take); // one request per operator, as the model's
        }
    }

    /// @notice An operator's vetted and deposited counts: what the deposit
    /// security module reads before it unvets (the curated registry's getVetting).
    /// @param id the operator.
    /// @return limit its vetted count.
    /// @return deposited its deposited keys.
    function getVetting(uint256 id) external view returns (uint64 limit, uint64 deposited) {
        Operator storage op = _op(id);
        return (op.vetted, op.deposited);
    }

    /// @inheritdoc IStakingModule
    /// @dev The router only (on the deposit security module's call). The
    /// operator's queued batches stay in the queue and leave it at the next
    /// deposit's walk or cleanDepositQueue (its depositable count is lowered
    /// here, so they give nothing); the bond the unvetted keys held is no
    /// longer required (the requirement counts depositable keys) and may be
    /// claimed: no pool ETH ever reaches those keys.
    function unvetSigningKeys(uint256 operatorId, uint64 limit) external {
        if (msg.sender != router) revert NotAuthorized(msg.sender);
        Rate memory r = _rate();
        Operator storage op = _op(operatorId);
        if (limit >= op.vetted) revert VettedKeysIncreased(operatorId, limit);
        op.vetted = limit > op.deposited ? limit : op.deposited;
        emit VettedDecreased(operatorId, op.vetted);
        _settle(operatorId, op);
        _normalize(operatorId, op, r);
        _bumpNonce();
    }

    // --- internals ----------------------------------------------------------------------------------

    function _bumpNonce() private {
        uint256 n = nonce + 1;
        nonce = n;
        emit NonceChanged(n);
    }

    function _rate() private view returns (Rate memory r) {
        r.pooled = pool.getTotalPooledEther();
        r.shares = pool.getTotalShares();
    }

    function _op(uint256 id) private view returns (Operator storage) {
        if (id >= ops.length) revert UnknownOperator(id);
        return ops[id];
    }

    function _min3(uint256 a, uint256 b, uint256 c) private pure returns (uint256) {
        uint256 m = a < b ? a : b;
        return m < c ? m : c;
    }

    /// @dev ⌊eth × shares / pooled⌋ (what submit mints).
    function _sharesDown(uint256 eth, Rate memory r) private pure returns (uint256) {
        if (r.pooled == 0 || r.shares == 0) return eth;
        return eth * r.shares / r.pooled;
    }

    /// @dev ⌈eth × shares / pooled⌉: requirements and penalties.
    function _sharesUp(uint256 eth, Rate memory r) private pure returns (uint256) {
        if (r.pooled == 0 || r.shares == 0) return eth;
        uint256 num = eth * r.shares;
        return num / r.pooled + (num % r.pooled == 0 ? 0 : 1);
    }

    /// @dev ⌊shares × pooled / total⌋: a bond's value.
    function _ethDown(uint256 shares, Rate memory r) private pure returns (uint256) {
        if (r.shares == 0) return 0;
        return shares * r.pooled / r.shares;
    }

    function _checkKeys(uint256 keysCount, bytes calldata pubkeys, bytes calldata signatures) private pure {
        if (
            keysCount == 0 || keysCount > MAX_KEYS_PER_CALL || pubkeys.length != keysCount * 48
                || signatures.length != keysCount * 96
        ) revert Malformed();
    }

    function _checkBond(uint256 bondShares) private view {
        if (msg.value != 0 && bondShares != 0) revert Malformed();
        if (bondShares >= 2 ** 128) revert AmountTooLarge(bondShares);
        if (msg.value >= 2 ** 128) revert AmountTooLarge(msg.value);
    }

    function _appendKeys(uint256 id, Operator storage op, uint256 n, bytes calldata pubkeys, bytes calldata signatures)
        private
    {
        uint256 first = op.keys;
        mapping(uint256 => Key) storage ks = keys[id];
        bool routerHasCode = router.code.length != 0;
        for (uint256 i = 0; i < n; i++) {
            bytes calldata pk = pubkeys[i * 48:(i + 1) * 48];
            bytes32 pk0 = bytes32(pk[0:32]);
            bytes16 pk1 = bytes16(pk[32:48]);
            if (pk0 == 0 && pk1 == 0) revert InvalidKey(i);
            bytes32 h = keccak256(pk);
            // A repeat inside the upload is found here too: the earlier copy is
            // already known; a key of another module of the router too (one key
            // set across modules). A router without code (an account standing
            // for it in the module's own tests) has no other module.
            if (known[h] || (routerHasCode && IRouterForBond(router).isKeyKnownElsewhere(pk))) revert DuplicateKey(i);
            known[h] = true;
            Key storage k = ks[first + i];
            k.pk0 = pk0;
            k.pk1 = pk1;
            bytes calldata sig = signatures[i * 96:(i + 1) * 96];
            k.sig0 = bytes32(sig[0:32]);
            k.sig1 = bytes32(sig[32:64]);
            k.sig2 = bytes32(sig[64:96]);
        }
        // Vetted on upload, unless the guardians unvetted some of its keys.
        if (op.vetted == first) op.vetted = uint64(first + n);
        op.keys = uint64(first + n);
        emit SigningKeysAdded(id, first, n);
    }

    /// @dev The bond's shares: ETH staked through the pool (the model's
    /// ⌊eth × shares / pooled⌋ is what submit mints), or shares moved in.
    function _takeBond(uint256 id, Operator storage op, uint256 bondShares, Rate memory r) private {
        uint256 s;
        if (msg.value != 0) {
            s = pool.submit{value: msg.value}(address(0));
            // The pool minted at the rate read at the start: same figure.
            assert(s == _sharesDown(msg.value, r));
        } else if (bondShares != 0) {
            pool.transferSharesFrom(msg.sender, address(this), bondShares);
            s = bondShares;
        } else {
            return;
        }
        heldShares += s;
        uint256 debt = op.debt;
        uint256 pay = s < debt ? s : debt;
        op.debt = uint128(debt - pay);
        op.bond += uint128(s - pay);
        emit BondDeposited(id, msg.sender, s, pay);
        _burn(pay);
    }

    function _pending(Operator memory op) private view returns (uint256) {
        return uint256(op.deposited - op.exited) * (acc - op.accSnap) / REWARD_PRECISION; // down
    }

    /// @dev Credits pending rewards: the debt first (burnt), the rest to the bond.
    function _settle(uint256 id, Operator storage op) private {
        _burn(_settleKeep(id, op));
    }

    /// @dev _settle without the burn: returns the shares to burn (debt paid).
    function _settleKeep(uint256 id, Operator storage op) private returns (uint256 pay) {
        uint256 a = acc;
        uint256 pending = uint256(op.deposited - op.exited) * (a - op.accSnap) / REWARD_PRECISION; // down
        op.accSnap = a;
        if (pending == 0) return 0;
        uint256 debt = op.debt;
        pay = pending < debt ? pending : debt;
        op.debt = uint128(debt - pay);
        op.bond += uint128(pending - pay);
        emit RewardsSettled(id, pending, pay);
    }

    /// @dev A stuck operator's pending rewards: it keeps half (rounded down),
    /// settled as usual (debt first); the other half is burnt, the pool's
    /// favour (the curated module's stuck rule). Returns the shares to burn.
    function _cutStuck(uint256 id, Operator storage op) private returns (uint256) {
        uint256 a = acc;
        uint256 pending = uint256(op.deposited - op.exited) * (a - op.accSnap) / REWARD_PRECISION; // down
        op.accSnap = a;
        uint256 keep = pending / 2; // down: the operator's half
        uint256 debt = op.debt;
        uint256 pay = keep < debt ? keep : debt;
        op.debt = uint128(debt - pay);
        op.bond += uint128(keep - pay);
        emit StuckRewardsCut(id, keep, pending - keep, pay);
        return pending - keep + pay;
    }

    function _burn(uint256 shares) private {
        if (shares == 0) return;
        heldShares -= shares;
        burntShares += shares;
        burner.requestBurnMyShares(shares);
    }

    function _coverable(Operator memory op, Rate memory r) private view returns (uint256) {
        uint256 covered = bondCovers(_ethDown(op.bond, r));
        uint256 top = op.withdrawn + covered; // bonded until withdrawn
        if (top > op.vetted) top = op.vetted; // vetted ≤ keys
        return top > op.deposited ? top - op.deposited : 0;
    }

    function _claimableMem(Operator memory op, Rate memory r) private view returns (uint256) {
        // Bonded until withdrawn, and a depositable (queued) key holds its bond too.
        uint256 need = _sharesUp(bondRequired(op.deposited - op.withdrawn + op.depositable), r);
        return op.bond > need ? op.bond - need : 0;
    }

    function _claimable(Operator storage op, Rate memory r) private view returns (uint256) {
        return _claimableMem(op, r);
    }

    /// @dev Lowers the stored depositable count to what the bond covers at rate r
    /// under the current curve (its value and the cover round down: the pool's
    /// favour); never raises it (a rise waits for the operator's next update).
    function _recheck(uint256 id, Operator storage op, Rate memory r) private {
        uint256 c = _coverable(op, r);
        uint256 d = op.depositable;
        if (c < d) {
            totalDepositable = uint64(totalDepositable - d + c);
            op.depositable = uint64(c);
            emit DepositableChanged(id, c);
        }
    }

    /// @dev Recomputes the depositable count at rate r and enqueues the keys
    /// not yet in the queue as one batch: enqueued ≥ depositable always.
    function _normalize(uint256 id, Operator storage op, Rate memory r) private {
        uint256 d = _coverable(op, r);
        if (d != op.depositable) {
            totalDepositable = uint64(totalDepositable - op.depositable + d);
            op.depositable = uint64(d);
            emit DepositableChanged(id, d);
        }
        uint256 e = op.enqueued;
        if (d > e) {
            queue[tail++] = Batch({op: uint64(id), count: uint64(d - e)});
            enqueued += uint64(d - e);
            op.enqueued = uint64(d);
            emit BatchEnqueued(id, d - e);
        }
    }

    function _copyKey(Key storage k, bytes memory pks, bytes memory sigs, uint256 n) private view {
        bytes32 pk0 = k.pk0;
        bytes16 pk1 = k.pk1;
        bytes32 s0 = k.sig0;
        bytes32 s1 = k.sig1;
        bytes32 s2 = k.sig2;
        assembly ("memory-safe") {
            let p := add(add(pks, 32), mul(n, 48))
            mstore(p, pk0)
            // pk1 is the high 16 bytes of its word: write it without touching the next key's bytes.
            let q := add(p, 32)
            mstore(q, or(pk1, and(mload(q), 0x00000000000000000000000000000000ffffffffffffffffffffffffffffffff)))
            let s := add(add(sigs, 32), mul(n, 96))
            mstore(s, s0)
            mstore(add(s, 32), s1)
            mstore(add(s, 64), s2)
        }
    }
}
