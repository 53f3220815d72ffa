// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {ECDSA} from "@openzeppelin/contracts/utils/cryptography/ECDSA.sol";

/// @notice What the module needs of the pool: one staking module's deposit
/// (the module is the pool's depositor).
interface IPoolDeposit {
    function depositModule(uint256 maxDeposits, uint256 moduleId) external returns (uint256 moved);
}

/// @notice What the module needs of the staking router: its modules, and
/// lowering an operator's limit in one of them (the router passes it on).
interface IRouterModules {
    function getStakingModulesCount() external view returns (uint256);
    function getStakingModuleRegistry(uint256 id) external view returns (address);
    function unvetSigningKeys(uint256 moduleId, uint256 operatorId, uint64 limit) external;
}

/// @notice What the module needs of a staking module's contract: its nonce,
/// an operator's limit and deposited count.
interface IRegistryVetting {
    function nonce() external view returns (uint256);
    function getVetting(uint256 id) external view returns (uint64 limit, uint64 deposited);
}

/// @notice What the module needs of the beacon deposit contract.
interface IDepositRoot {
    function get_deposit_root() external view returns (bytes32);
}

/// @title DepositSecurityModule
/// @notice The front-running defence, as protocol/depositsecurity.go
/// (Lido's deposit security module), per staking module of the router.
/// The pool deposits only through this contract, one module at a time: a
/// deposit into module m needs a quorum of distinct guardians' signatures
/// over a recent block (number and hash), the deposit contract's root, the
/// module's id and the module's nonce exactly as they are now. A deposit
/// to the deposit contract since (an operator's front-run with its own
/// withdrawal credentials) changes the root; a key or limit change in the
/// module changes its nonce; either makes the attestation worthless; and
/// an attestation of one module is worth nothing for another (the id is
/// in the signed message, and each module has its own nonce). One guardian alone pauses a
/// module's deposits (by a call, or a signed message anyone relays); only
/// governance unpauses. One guardian alone lowers an operator's limit
/// (unvets keys) so that a front-run key is never used.
/// @dev Messages (Lido's scheme, not EIP-712): every digest is
/// keccak256(prefix ‖ fields), each field a 32-byte word, with
/// prefix = keccak256(tag ‖ chainid ‖ address(this)) so that a signature is
/// worth nothing on another chain or module; the digest is signed as is
/// (no "\x19Ethereum Signed Message" prefix). Signatures are EIP-2098
/// compact (r, vs), as Lido's. Tags: "stakepool.deposit-attestation",
/// "stakepool.deposit-pause", "stakepool.deposit-unvet".
/// Attest: (block, blockHash, depositRoot, moduleId, nonce).
/// Pause: (block, moduleId). Unvet: (block, blockHash, moduleId, nonce, operatorId, limit).
contract DepositSecurityModule {
    /// @notice An EIP-2098 compact signature; all-zero means "no signature: the caller acts".
    struct Signature {
        bytes32 r;
        bytes32 vs;
    }

    /// @notice Governance's settings (protocol.DepositSecurityParams).
    struct Params {
        address[] guardians; // distinct, non-zero
        uint64 quorum; // distinct guardians' signatures a deposit needs; 0 stops deposits
        uint64 maxBlockAge; // the attested block is at most this many blocks old (1..256)
        uint64 minDepositDistance; // blocks between two deposits of a module
        uint64 pauseMaxAge; // a signed pause names a block at most this many blocks old (>= 1)
    }

    /// @notice The curated operators' registry, the router's module 1.
    uint256 public constant CURATED_MODULE = 1;
    /// @notice BLOCKHASH knows the last 256 blocks.
    uint256 public constant MAX_ATTESTATION_AGE = 256;

    bytes32 public immutable ATTEST_MESSAGE_PREFIX;
    bytes32 public immutable PAUSE_MESSAGE_PREFIX;
    bytes32 public immutable UNVET_MESSAGE_PREFIX;

    address public immutable governance;
    IPoolDeposit public immutable pool;
    IRouterModules public immutable router;
    IDepositRoot public immutable depositContract;

    address[] private guardians;
    mapping(address => bool) private guardian;
    uint64 public quorum;
    uint64 public maxBlockAge;
    uint64 public minDepositDistance;
    uint64 public pauseMaxAge;
    /// @notice Whether a module's deposits are paused.
    mapping(uint256 => bool) public paused;
    /// @notice The block of a module's last deposit (0: none).
    mapping(uint256 => uint256) public lastDepositBlock;

    /// @notice Governance set the parameters.
    event ParamsSet(address[] guardians, uint256 quorum, uint256 maxBlockAge, uint256 minDepositDistance, uint256 pauseMaxAge);
    /// @notice A guardian paused a module's deposits.
    event ModuleDepositsPaused(uint256 indexed moduleId, address indexed guardian);
    /// @notice Governance resumed a module's deposits.
    event ModuleDepositsUnpaused(uint256 indexed moduleId);
    /// @notice A quorum-attested deposit went through.
    event DepositAttested(uint256 indexed moduleId, uint256 blockNumber, uint256 nonce, uint256 deposits);
    /// @notice A guardian lowered an operator's limit.
    event SigningKeysUnvetted(uint256 indexed moduleId, uint256 indexed operatorId, uint256 limit, address indexed guardian);

    /// @notice CodeUnknownModule: no staking module with this id.
    error UnknownModule(uint256 moduleId);
    /// @notice CodeDepositsPaused: a guardian paused the module's deposits.
    error DepositsPaused(uint256 moduleId);
    /// @notice CodeDepositsNotPaused: unpausing a module that is not paused.
    error DepositsNotPaused(uint256 moduleId);
    /// @notice CodeDepositNoQuorum: fewer signatures than the quorum, or a quorum of 0.
    error DepositNoQuorum(uint256 signatures, uint256 quorum);
    /// @notice CodeDepositStaleBlock: the attested block is not a recent past block.
    error DepositStaleBlock(uint256 blockNumber);
    /// @notice CodeDepositBlockHash: the attested hash is not the chain's hash of that block.
    error DepositUnexpectedBlockHash(uint256 blockNumber);
    /// @notice CodeDepositRootChanged: a deposit happened since the attestation.
    error DepositRootChanged(bytes32 root);
    /// @notice CodeDepositNonceChanged: keys or limits changed since the attestation.
    error DepositNonceChanged(uint256 nonce);
    /// @notice CodeDepositTooFrequent: closer than the minimum distance to the last deposit.
    error DepositTooFrequent(uint256 lastDepositBlock);
    /// @notice CodeSignaturesNotSorted: signers not strictly ascending (a repeat included).
    error SignaturesNotSorted(uint256 index);
    /// @notice CodeNotAGuardian: a signer or caller who is not a guardian.
    error NotAGuardian(address who);
    /// @notice CodeIntentExpired: a signed pause for a block too old or in the future.
    error IntentExpired(uint256 blockNumber);
    /// @notice CodeVettedKeysIncreased: unvetting may only lower a limit.
    error VettedKeysIncreased(uint256 operatorId, uint256 limit);
    /// @notice CodeNotAuthorized: the caller may not do this.
    error NotAuthorized(address caller);
    /// @notice CodeInvalidParameter: settings the model refuses.
    error InvalidParameter();

    /// @param governance_ the timelocked executor (sets parameters, unpauses).
    /// @param pool_ the pool, whose depositor this contract is.
    /// @param router_ the staking router (its modules: nonces, unvetting).
    /// @param depositContract_ the beacon deposit contract (root).
    /// @param p the initial settings.
    constructor(address governance_, address pool_, address router_, address depositContract_, Params memory p) {
        if (governance_ == address(0)) revert InvalidParameter();
        governance = governance_;
        pool = IPoolDeposit(pool_);
        router = IRouterModules(router_);
        depositContract = IDepositRoot(depositContract_);
        ATTEST_MESSAGE_PREFIX = keccak256(abi.encodePacked("stakepool.deposit-attestation", block.chainid, address(this)));
        PAUSE_MESSAGE_PREFIX = keccak256(abi.encodePacked("stakepool.deposit-pause", block.chainid, address(this)));
        UNVET_MESSAGE_PREFIX = keccak256(abi.encodePacked("stakepool.deposit-unvet", block.chainid, address(this)));
        _setParams(p);
    }

    // --- views ---------------------------------------------------------------------

    /// @notice The current settings.
    /// @return p guardians, quorum, ages and distance.
    function getParams() external view returns (Params memory p) {
        return Params(guardians, quorum, maxBlockAge, minDepositDistance, pauseMaxAge);
    }

    /// @notice Whether `a` is a guardian.
    /// @param a the address.
    /// @return whether it is.
    function isGuardian(address a) public view returns (bool) {
        return guardian[a];
    }

    /// @notice Whether module `moduleId` may deposit in this block, signatures aside (Lido's canDeposit).
    /// @param moduleId the module.
    /// @return whether it may.
    function canDeposit(uint256 moduleId) external view returns (bool) {
        if (moduleId == 0 || moduleId > router.getStakingModulesCount() || paused[moduleId] || quorum == 0) return false;
        uint256 last = lastDepositBlock[moduleId];
        return last == 0 || block.number - last >= minDepositDistance;
    }

    /// @notice The digest guardians sign to attest a deposit.
    function attestDigest(uint256 blockNumber, bytes32 blockHash, bytes32 depositRoot, uint256 moduleId, uint256 nonce)
        public
        view
        returns (bytes32)
    {
        return keccak256(abi.encodePacked(ATTEST_MESSAGE_PREFIX, blockNumber, blockHash, depositRoot, moduleId, nonce));
    }

    /// @notice The digest a guardian signs to pause a module from block `blockNumber`.
    function pauseDigest(uint256 blockNumber, uint256 moduleId) public view returns (bytes32) {
        return keccak256(abi.encodePacked(PAUSE_MESSAGE_PREFIX, blockNumber, moduleId));
    }

    /// @notice The digest a guardian signs to lower an operator's limit.
    function unvetDigest(
        uint256 blockNumber,
        bytes32 blockHash,
        uint256 moduleId,
        uint256 nonce,
        uint256 operatorId,
        uint256 limit
    ) public view returns (bytes32) {
        return keccak256(abi.encodePacked(UNVET_MESSAGE_PREFIX, blockNumber, blockHash, moduleId, nonce, operatorId, limit));
    }

    // --- deposits ------------------------------------------------------------------

    /// @notice Deposits up to `maxDeposits` validators from the pool's buffer
    /// once a quorum of guardians attested this very state (protocol
    /// DepositSecurity.Deposit). Anyone may call: the signatures authorize.
    /// @param blockNumber the attested block (a past block at most maxBlockAge old).
    /// @param blockHash its hash.
    /// @param depositRoot the deposit contract's root the guardians saw.
    /// @param moduleId the staking module (1..the router's modules).
    /// @param nonce the module's nonce the guardians saw.
    /// @param maxDeposits the most deposits the router allocates among all modules (the pool bounds it further); module moduleId's part is made.
    /// @param sortedSignatures the guardians' signatures, signers strictly ascending.
    /// @return moved the deposits the pool made.
    function depositBufferedEther(
        uint256 blockNumber,
        bytes32 blockHash,
        bytes32 depositRoot,
        uint256 moduleId,
        uint256 nonce,
        uint256 maxDeposits,
        Signature[] calldata sortedSignatures
    ) external returns (uint256 moved) {
        IRegistryVetting registry = _canDeposit(moduleId);
        if (sortedSignatures.length < quorum) revert DepositNoQuorum(sortedSignatures.length, quorum);
        _checkBlock(blockNumber, blockHash);
        bytes32 root = depositContract.get_deposit_root();
        if (root != depositRoot) revert DepositRootChanged(root);
        uint256 now_ = registry.nonce();
        if (now_ != nonce) revert DepositNonceChanged(now_);
        bytes32 digest = attestDigest(blockNumber, blockHash, depositRoot, moduleId, nonce);
        address prev = address(0);
        for (uint256 i = 0; i < sortedSignatures.length; i++) {
            address s = _recover(digest, sortedSignatures[i]);
            if (i > 0 && s <= prev) revert SignaturesNotSorted(i);
            if (!guardian[s]) revert NotAGuardian(s);
            prev = s;
        }
        lastDepositBlock[moduleId] = block.number;
        moved = pool.depositModule(maxDeposits, moduleId);
        emit DepositAttested(moduleId, blockNumber, nonce, moved);
    }

    function _canDeposit(uint256 moduleId) private view returns (IRegistryVetting registry) {
        registry = _module(moduleId);
        if (paused[moduleId]) revert DepositsPaused(moduleId);
        if (quorum == 0) revert DepositNoQuorum(0, 0);
        uint256 last = lastDepositBlock[moduleId];
        if (last != 0 && block.number - last < minDepositDistance) revert DepositTooFrequent(last);
    }

    /// @dev The attested block is a past block at most maxBlockAge old and its hash is the chain's.
    function _checkBlock(uint256 blockNumber, bytes32 blockHash) private view {
        if (blockNumber >= block.number || block.number - blockNumber > maxBlockAge) revert DepositStaleBlock(blockNumber);
        if (blockHash == bytes32(0) || blockHash != blockhash(blockNumber)) revert DepositUnexpectedBlockHash(blockNumber);
    }

    /// @dev The module's contract; reverts UnknownModule for an id the router does not have.
    function _module(uint256 moduleId) private view returns (IRegistryVetting) {
        if (moduleId == 0 || moduleId > router.getStakingModulesCount()) revert UnknownModule(moduleId);
        return IRegistryVetting(router.getStakingModuleRegistry(moduleId));
    }

    /// @dev The signer, or the zero address for a malformed signature (never a guardian).
    function _recover(bytes32 digest, Signature calldata sig) private pure returns (address s) {
        (s,,) = ECDSA.tryRecover(digest, sig.r, sig.vs);
    }

    /// @dev Who acts: the caller when `sig` is all zero, else the signer.
    function _guardianOf(bytes32 digest, Signature calldata sig) private view returns (address who) {
        who = sig.r == 0 && sig.vs == 0 ? msg.sender : _recover(digest, sig);
        if (!guardian[who]) revert NotAGuardian(who);
    }

    // --- guardians' powers -----------------------------------------------------------

    /// @notice Pauses a module's deposits: a guardian calls (sig all zero;
    /// blockNumber ignored), or anyone relays a guardian's signed pause
    /// naming a block at most pauseMaxAge old (protocol DepositSecurity.Pause).
    /// @param blockNumber the block the signed pause names.
    /// @param moduleId the module.
    /// @param sig the guardian's signature of pauseDigest, or all zero.
    function pauseDeposits(uint256 blockNumber, uint256 moduleId, Signature calldata sig) external {
        _module(moduleId);
        bool signed = sig.r != 0 || sig.vs != 0;
        if (signed && (blockNumber > block.number || block.number - blockNumber > pauseMaxAge)) {
            revert IntentExpired(blockNumber);
        }
        address who = _guardianOf(signed ? pauseDigest(blockNumber, moduleId) : bytes32(0), sig);
        if (paused[moduleId]) revert DepositsPaused(moduleId);
        paused[moduleId] = true;
        emit ModuleDepositsPaused(moduleId, who);
    }

    /// @notice Lowers an operator's limit to max(deposited, limit) (Lido's
    /// unvetSigningKeys): a guardian calls, or anyone relays its signature,
    /// over the block, hash and nonce it saw (protocol DepositSecurity.Unvet).
    /// Works while paused. Equal to the current limit: nothing changes.
    /// @param blockNumber a recent block (as an attestation's).
    /// @param blockHash its hash.
    /// @param moduleId the module.
    /// @param nonce the module's nonce the guardian saw.
    /// @param operatorId the operator.
    /// @param limit the limit asked for.
    /// @param sig the guardian's signature of unvetDigest, or all zero.
    function unvetSigningKeys(
        uint256 blockNumber,
        bytes32 blockHash,
        uint256 moduleId,
        uint256 nonce,
        uint256 operatorId,
        uint64 limit,
        Signature calldata sig
    ) external {
        IRegistryVetting registry = _module(moduleId);
        bytes32 digest = sig.r == 0 && sig.vs == 0
            ? bytes32(0)
            : unvetDigest(blockNumber, blockHash, moduleId, nonce, operatorId, limit);
        address who = _guardianOf(digest, sig);
        _checkBlock(blockNumber, blockHash);
        uint256 now_ = registry.nonce();
        if (now_ != nonce) revert DepositNonceChanged(now_);
        (uint64 current, uint64 deposited) = registry.getVetting(operatorId);
        uint64 after_ = deposited > limit ? deposited : limit; // deposited keys stay vetted: they hold ETH
        if (after_ > current) revert VettedKeysIncreased(operatorId, after_);
        if (after_ < current) router.unvetSigningKeys(moduleId, operatorId, after_); // Lido's path: DSM → router → module
        emit SigningKeysUnvetted(moduleId, operatorId, after_, who);
    }

    // --- governance ------------------------------------------------------------------

    /// @notice Resumes a module's deposits. Governance only.
    /// @param moduleId the module.
    function unpauseDeposits(uint256 moduleId) external {
        if (msg.sender != governance) revert NotAuthorized(msg.sender);
        _module(moduleId);
        if (!paused[moduleId]) revert DepositsNotPaused(moduleId);
        paused[moduleId] = false;
        emit ModuleDepositsUnpaused(moduleId);
    }

    /// @notice Replaces the settings. Governance only.
    /// @param p the new settings.
    function setParams(Params calldata p) external {
        if (msg.sender != governance) revert NotAuthorized(msg.sender);
        _setParams(p);
    }

    function _setParams(Params memory p) private {
        address[] memory g = p.guardians;
        for (uint256 i = 0; i < g.length; i++) {
            if (g[i] == address(0)) revert InvalidParameter();
            for (uint256 j = 0; j < i; j++) {
                if (g[j] == g[i]) revert InvalidParameter();
            }
        }
        if (p.quorum > g.length || p.maxBlockAge == 0 || p.maxBlockAge > MAX_ATTESTATION_AGE || p.pauseMaxAge == 0) {
            revert InvalidParameter();
        }
        for (uint256 i = 0; i < guardians.length; i++) {
            guardian[guardians[i]] = false;
        }
        guardians = g;
        for (uint256 i = 0; i < g.length; i++) {
            guardian[g[i]] = true;
        }
        quorum = p.quorum;
        maxBlockAge = p.maxBlockAge;
        minDepositDistance = p.minDepositDistance;
        pauseMaxAge = p.pauseMaxAge;
        emit ParamsSet(g, p.quorum, p.maxBlockAge, p.minDepositDistance, p.pauseMaxAge);
    }
}
