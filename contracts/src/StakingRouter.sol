// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {BondedModule} from "./BondedModule.sol";
import {IStakingRouter} from "./interfaces/IStakingRouter.sol";

/// @notice What the router asks of a curated module (OperatorRegistry): the
/// calls of interfaces/IStakingModule.sol it uses, with the registry's own
/// report view and report step.
interface ICuratedModule {
    struct OperatorCountIn {
        uint256 operator;
        uint256 count;
    }

    struct OperatorStatsIn {
        uint256 operator;
        uint256 missedAttestations;
        uint256 missedProposals;
        uint256 slashed;
    }

    function getStakingModuleSummary() external view returns (uint256 exited, uint256 deposited, uint256 depositable);
    function allocateDeposits(uint256 n)
        external
        returns (bytes memory pubkeys, bytes memory signatures, uint256[] memory operatorIds, uint256[] memory keyIndexes);
    function getReportView()
        external
        view
        returns (IStakingRouter.Counts[] memory counts, uint256[] memory penaltyEnds, address[] memory rewards);
    function stuckCounts(uint256 refSlot, uint256[] calldata exitedNow, uint256 deadline)
        external
        view
        returns (uint256[] memory);
    function applyReport(
        uint256 refSlot,
        OperatorCountIn[] calldata exited,
        OperatorCountIn[] calldata exitRequests,
        OperatorStatsIn[] calldata stats,
        uint256[] calldata stuck,
        uint256[] calldata penaltyEnds
    ) external;
}

/// @notice What the router asks of the bonded module (BondedModule.sol) besides
/// the curated calls it shares: its deposits from the queue, its report
/// entries, its withdrawal rows, a charge from an operator's bond, its operators' books, the fee shares minted to it.
interface IBondedForRouter {
    function obtainDepositData(uint256 depositsCount, bytes calldata depositCalldata)
        external
        returns (bytes memory pubkeys, bytes memory signatures, uint256[] memory operatorIds, uint256[] memory keyIndexes);
    function applyReport(
        uint256 refSlot,
        ICuratedModule.OperatorCountIn[] calldata exited,
        ICuratedModule.OperatorCountIn[] calldata exitRequests,
        ICuratedModule.OperatorStatsIn[] calldata stats
    ) external;
    function penalize(uint256 id, uint256 amount, uint8 reason) external;
    function chargeExitDelays(uint256 refSlot, uint256 deadline) external;
    function updateWithdrawn(uint256 id, uint256 withdrawnCount, uint256 loss) external;
    function getOperator(uint256 id) external view returns (BondedModule.Operator memory);
    function heldShares() external view returns (uint256);
    function onRewardsMinted(uint256 shares) external;
}

/// @notice Whether a module holds a key (IStakingModule's isKnownKey).
interface IKnownKey {
    function isKnownKey(bytes calldata pubkey) external view returns (bool);
}

/// @notice The oracle's parameters (Oracle.Params, seven uint64 words: the
/// sixth is the exit deadline in slots).
interface IOracleParamsForRouter {
    function getParams() external view returns (uint64, uint64, uint64, uint64, uint64, uint64 exitDeadlineSlots, uint64);
}

/// @notice Lowering an operator's vetted keys (IStakingModule's unvetSigningKeys).
interface IUnvetKeys {
    function unvetSigningKeys(uint256 operatorId, uint64 limit) external;
}

/// @notice What the router asks of the pool: its depositor (the deposit
/// security module, which the registries ask their pool — the router —
/// for), its deposit contract, and the way back for ETH not deposited.
interface IPoolForRouter {
    function depositor() external view returns (address);
    function depositContract() external view returns (address);
    function receiveVaultETH() external payable;
    function sharesOf(address account) external view returns (uint256);
}

/// @notice The beacon deposit contract's deposit.
interface IDepositContractForRouter {
    function deposit(bytes calldata pubkey, bytes calldata withdrawalCredentials, bytes calldata signature, bytes32 root)
        external
        payable;
}

/// @title StakingRouter
/// @notice The pool's staking modules and the two things decided across
/// them (protocol/stakingrouter.go, stakingmodules.go): how many deposits
/// each module makes — Lido's min-first within each module's target share,
/// placed again against the smaller total until the deposits made are the
/// deposits counted — and what the oracle reads and applies for every
/// operator of every module, named by the global id (moduleId − 1) << 24 |
/// operatorId. Module 1 is the curated registry; its fees are the oracle's
/// fee parameters. The fee split itself is the oracle's (Oracle.sol).
contract StakingRouter is IStakingRouter {
    /// @notice A module as the router keeps it.
    struct Module {
        address registry;
        uint16 shareBP; // target share of all active validators
        uint16 moduleFeeBP; // of its validators' rewards, to the module (module 1: the oracle's parameters)
        uint16 treasuryFeeBP; // of its validators' rewards, to the treasury
        uint8 status; // 0 active, 1 deposits paused, 2 stopped
        bool bonded; // the permissionless bonded module (BondedModule.sol), not a curated registry
    }

    /// @notice The bonded module the router is deployed with (none: module zero).
    struct BondedInit {
        address module;
        string name;
        uint16 shareBP;
        uint16 moduleFeeBP;
        uint16 treasuryFeeBP;
    }

    uint256 public constant BP = 10_000;
    uint256 private constant DEPOSIT_SIZE = 32 ether;
    uint256 public constant MAX_MODULES = 32;
    uint256 private constant SHIFT = 24;
    uint256 private constant MAX_EL_REWARDS_CHARGES = 256; // SanityChecker.sol's
    uint8 private constant PENALTY_EL_REWARDS = 3; // BondedModule.sol's reason

    address public immutable pool;
    address public immutable oracle;
    address public immutable governance;

    Module[] private modules;
    mapping(uint256 => string) private names;

    /// @notice Each operator's execution-reward debt in wei, by global id
    /// (docs/operators.md): the reports' charges, paid by withholding its
    /// fee shares (protocol/elrewards.go).
    mapping(uint256 => uint256) public elRewardsDebt;

    /// @notice An operator's execution-reward debt changed (a report).
    event ELRewardsDebtChanged(uint256 indexed operatorId, uint256 debt);

    /// @notice Governance added or changed a module.
    event ModuleSet(uint256 indexed moduleId, address registry, string name, uint256 shareBP, uint256 moduleFeeBP, uint256 treasuryFeeBP, uint256 status);

    /// @notice The caller may not do this.
    error NotAuthorized(address caller);
    /// @notice No module with this id.
    error UnknownModule(uint256 moduleId);
    /// @notice Module fee + treasury fee above 100%.
    error ModuleFees();
    /// @notice A target share above 100%.
    error ModuleShare();
    /// @notice Not a status.
    error ModuleStatus();
    /// @notice Already MAX_MODULES modules.
    error ModuleLimit();
    /// @notice Module 1's fees are the oracle's fee parameters.
    error ModuleFeesByParams();
    /// @notice A bad name or registry, or a deposit's ETH not n × 32 ETH.
    error InvalidParameter();
    /// @notice Report entries out of order (the oracle's error).
    error Malformed();
    /// @notice No module has this operator (the oracle's error).
    error UnknownOperator(uint256 operatorId);
    /// @notice Execution-reward charges beyond the sanity limits (the oracle's error).
    error SanityElRewardsCharges();
    /// @notice A withdrawal row for an operator of a module without bonds, or a loss above 32 ETH per newly withdrawn validator.
    error SanityWithdrawn();
    /// @notice A withdrawn count below the operator's last or above its exited count after the report.
    error WithdrawnDecreased(uint256 operatorId, uint256 withdrawn);

    modifier only(address who) {
        if (msg.sender != who) revert NotAuthorized(msg.sender);
        _;
    }

    /// @param pool_ the pool (asks for deposits).
    /// @param oracle_ the oracle (reads and applies reports).
    /// @param governance_ the timelocked executor.
    /// @param curated module 1, the curated registry.
    /// @param bonded module 2 when its address is not zero: the permissionless
    /// bonded module with its name, target share and fees.
    constructor(address pool_, address oracle_, address governance_, address curated, BondedInit memory bonded) {
        pool = pool_;
        oracle = oracle_;
        governance = governance_;
        modules.push(Module(curated, uint16(BP), 0, 0, 0, false));
        names[1] = "curated";
        if (bonded.module != address(0)) {
            bytes memory b = bytes(bonded.name);
            if (b.length == 0 || b.length > 64 || _space(b[0]) || _space(b[b.length - 1])) revert InvalidParameter();
            if (bonded.shareBP > BP) revert ModuleShare();
            if (uint256(bonded.moduleFeeBP) + bonded.treasuryFeeBP > BP) revert ModuleFees();
            modules.push(Module(bonded.module, bonded.shareBP, bonded.moduleFeeBP, bonded.treasuryFeeBP, 0, true));
            names[2] = bonded.name;
            emit ModuleSet(2, bonded.module, bonded.name, bonded.shareBP, bonded.moduleFeeBP, bonded.treasuryFeeBP, 0);
        }
    }

    /// @notice Whether a module other than the caller holds this 48-byte key:
    /// one key set across modules (each module asks before it takes a key,
    /// so that no key is deposited twice).
    /// @param pubkey the key.
    /// @return true when another module holds it.
    function isKeyKnownElsewhere(bytes calldata pubkey) external view returns (bool) {
        uint256 count = modules.length;
        for (uint256 i = 0; i < count; i++) {
            address reg = modules[i].registry;
            if (reg != msg.sender && IKnownKey(reg).isKnownKey(pubkey)) return true;
        }
        return false;
    }

    /// @notice Lowers an operator's vetted keys in module `moduleId` (Lido's
    /// decreaseStakingModuleVettedKeysCountByNodeOperator): the pool's
    /// depositor only — the deposit security module, after a guardian asked
    /// and the module's nonce and vetting were checked. The module applies its
    /// own rule (curated: the cap; bonded: the vetted count, its queue and bond).
    /// @param moduleId the module.
    /// @param operatorId the module's operator.
    /// @param limit the new limit, below the current one.
    function unvetSigningKeys(uint256 moduleId, uint256 operatorId, uint64 limit) external {
        if (msg.sender != IPoolForRouter(pool).depositor()) revert NotAuthorized(msg.sender);
        if (moduleId == 0 || moduleId > modules.length) revert UnknownModule(moduleId);
        IUnvetKeys(modules[moduleId - 1].registry).unvetSigningKeys(operatorId, limit);
    }

    // --- views -----------------------------------------------------------------

    /// @notice The pool's depositor: the registries ask it of their pool, the router.
    /// @return the depositor.
    function depositor() external view returns (address) {
        return IPoolForRouter(pool).depositor();
    }

    /// @notice The number of modules (ids 1..n).
    /// @return the count.
    function getStakingModulesCount() external view returns (uint256) {
        return modules.length;
    }

    /// @notice A module's contract (the deposit security module reads its
    /// nonce and vetting there and unvets its keys).
    /// @param id the module.
    /// @return its registry.
    function getStakingModuleRegistry(uint256 id) external view returns (address) {
        if (id == 0 || id > modules.length) revert UnknownModule(id);
        return modules[id - 1].registry;
    }

    /// @notice A module and its name.
    /// @param id the module.
    /// @return m the module.
    /// @return name its name.
    function getStakingModule(uint256 id) external view returns (Module memory m, string memory name) {
        if (id == 0 || id > modules.length) revert UnknownModule(id);
        return (modules[id - 1], names[id]);
    }

    // --- deposits (the pool) ------------------------------------------------------------

    /// @notice Deposits at most n validators of 32 ETH with the pool's
    /// withdrawal credentials (Lido's StakingRouter.deposit): the keys of
    /// the allocation among modules (min-first within target shares), each
    /// module's in id order, each in its own order, every one to the beacon
    /// deposit contract with its deposit data root; with `moduleId` set, only
    /// that module's part of the allocation (the deposit security module
    /// attests one module's state). The ETH of the deposits not made goes
    /// back to the pool. Only the pool, with n × 32 ETH.
    /// @param n the most deposits.
    /// @param moduleId 0: every module's part; else the one module whose part is made (the pool checked it exists).
    /// @param withdrawalCredentials the pool's.
    /// @return operatorIds each deposit's operator, by global id.
    /// @return keyIndexes each key's index within its operator.
    function deposit(uint256 n, uint256 moduleId, bytes32 withdrawalCredentials)
        external
        payable
        only(pool)
        returns (uint256[] memory operatorIds, uint256[] memory keyIndexes)
    {
        if (msg.value != n * DEPOSIT_SIZE) revert InvalidParameter();
        bytes memory pubkeys;
        bytes memory signatures;
        (pubkeys, signatures, operatorIds, keyIndexes) = _allocateDeposits(n, moduleId);
        uint256 moved = operatorIds.length;
        if (moved != 0) {
            IDepositContractForRouter dc = IDepositContractForRouter(IPoolForRouter(pool).depositContract());
            bytes memory wc = abi.encodePacked(withdrawalCredentials);
            for (uint256 i = 0; i < moved; i++) {
                bytes memory pk = _slice(pubkeys, i * 48, 48);
                bytes memory sig = _slice(signatures, i * 96, 96);
                dc.deposit{value: DEPOSIT_SIZE}(pk, wc, sig, _depositDataRoot(pk, withdrawalCredentials, sig));
            }
        }
        if (moved < n) IPoolForRouter(pool).receiveVaultETH{value: (n - moved) * DEPOSIT_SIZE}();
    }

    /// @dev hash_tree_root of DepositData(pubkey, wc, 32 ETH in gwei, signature).
    function _depositDataRoot(bytes memory pk, bytes32 wc, bytes memory sig) private pure returns (bytes32) {
        bytes32 pkRoot = sha256(abi.encodePacked(pk, bytes16(0)));
        bytes32 s1;
        bytes32 s2;
        bytes32 s3;
        assembly ("memory-safe") {
            s1 := mload(add(sig, 32))
            s2 := mload(add(sig, 64))
            s3 := mload(add(sig, 96))
        }
        bytes32 sigRoot = sha256(abi.encodePacked(sha256(abi.encodePacked(s1, s2)), sha256(abi.encodePacked(s3, bytes32(0)))));
        // 32 ETH = 32e9 gwei, 8 bytes little endian: 0x0040597307000000.
        return sha256(
            abi.encodePacked(
                sha256(abi.encodePacked(pkRoot, wc)), sha256(abi.encodePacked(bytes8(0x0040597307000000), bytes24(0), sigRoot))
            )
        );
    }

    function _slice(bytes memory b, uint256 from, uint256 len) private pure returns (bytes memory out) {
        out = new bytes(len);
        for (uint256 i = 0; i < len; i += 32) {
            assembly ("memory-safe") {
                mstore(add(add(out, 32), i), mload(add(add(b, 32), add(from, i))))
            }
        }
    }

    /// @dev At most n deposits' keys and signatures (48 and 96 bytes each),
    /// their operators by global id and key indexes: every module's part,
    /// or only module `moduleId`'s (0: all).
    function _allocateDeposits(uint256 n, uint256 moduleId)
        private
        returns (bytes memory pubkeys, bytes memory signatures, uint256[] memory operatorIds, uint256[] memory keyIndexes)
    {
        uint256 count = modules.length;
        if (count == 1 && modules[0].shareBP == BP) {
            if (modules[0].status != 0) return (pubkeys, signatures, operatorIds, keyIndexes); // module 1 is curated
            return ICuratedModule(modules[0].registry).allocateDeposits(n); // all the share: every deposit is module 1's
        }
        uint256[] memory k = _allocate(n);
        operatorIds = new uint256[](0);
        keyIndexes = new uint256[](0);
        for (uint256 i = 0; i < count; i++) {
            if (k[i] == 0 || moduleId != 0 && i + 1 != moduleId) continue;
            (bytes memory pk, bytes memory sig, uint256[] memory ids, uint256[] memory idx) = modules[i].bonded
                ? IBondedForRouter(modules[i].registry).obtainDepositData(k[i], "")
                : ICuratedModule(modules[i].registry).allocateDeposits(k[i]);
            for (uint256 j = 0; j < ids.length; j++) {
                ids[j] |= i << SHIFT;
            }
            pubkeys = bytes.concat(pubkeys, pk);
            signatures = bytes.concat(signatures, sig);
            operatorIds = _concat(operatorIds, ids);
            keyIndexes = _concat(keyIndexes, idx);
        }
    }

    /// @dev How many of at most n deposits each module makes (protocol's allocate).
    function _allocate(uint256 n) private view returns (uint256[] memory k) {
        uint256 count = modules.length;
        uint256[] memory active = new uint256[](count);
        uint256[] memory depositable = new uint256[](count);
        uint256 total;
        for (uint256 i = 0; i < count; i++) {
            (uint256 ex, uint256 dep, uint256 free) = ICuratedModule(modules[i].registry).getStakingModuleSummary();
            active[i] = dep - ex;
            if (modules[i].status == 0) depositable[i] = free; // only active modules take deposits
            total += active[i];
        }
        while (true) {
            uint256 placed;
            (k, placed) = _fill(active, depositable, n, total + n);
            if (placed == n) return k;
            n = placed; // placed only grows with the total: n falls to a fixed point
        }
    }

    /// @dev Lido's min-first fill against a total: capacity ⌊share × total /
    /// 10000⌋ − active (rounded down: never over the share), at most the
    /// depositable keys; each deposit to the module under its capacity with
    /// the fewest active validators, the lowest id on ties.
    function _fill(uint256[] memory active, uint256[] memory depositable, uint256 n, uint256 total)
        private
        view
        returns (uint256[] memory k, uint256 placed)
    {
        uint256 count = active.length;
        k = new uint256[](count);
        uint256[] memory room = new uint256[](count);
        uint256[] memory a = new uint256[](count);
        for (uint256 i = 0; i < count; i++) {
            a[i] = active[i];
            if (depositable[i] == 0) continue;
            uint256 cap = uint256(modules[i].shareBP) * total / BP; // rounded down
            if (cap > a[i]) room[i] = cap - a[i] < depositable[i] ? cap - a[i] : depositable[i];
        }
        for (; placed < n; placed++) {
            uint256 best = type(uint256).max;
            for (uint256 i = 0; i < count; i++) {
                if (room[i] != 0 && (best == type(uint256).max || a[i] < a[best])) best = i;
            }
            if (best == type(uint256).max) break;
            room[best]--;
            a[best]++;
            k[best]++;
        }
    }

    function _concat(uint256[] memory x, uint256[] memory y) private pure returns (uint256[] memory z) {
        z = new uint256[](x.length + y.length);
        for (uint256 i = 0; i < x.length; i++) {
            z[i] = x[i];
        }
        for (uint256 i = 0; i < y.length; i++) {
            z[x.length + i] = y[i];
        }
    }

    // --- reports (the oracle) -----------------------------------------------------------

    /// @notice Every module's operators in ascending global id: their
    /// counts, and where each module starts in the list (the oracle's view).
    /// @return cs the counts.
    /// @return starts each module's first index in the list.
    function getRouterReportView() external view returns (Counts[] memory cs, uint256[] memory starts) {
        (cs,,, starts) = _reportView();
    }

    /// @dev Every module's operators in ascending global id: counts, stuck
    /// penalty ends, reward addresses; and where each module starts.
    function _reportView()
        private
        view
        returns (Counts[] memory cs, uint256[] memory penaltyEnds, address[] memory rewards, uint256[] memory starts)
    {
        uint256 count = modules.length;
        starts = new uint256[](count);
        if (count == 1) {
            (cs, penaltyEnds, rewards) = ICuratedModule(modules[0].registry).getReportView();
            return (cs, penaltyEnds, rewards, starts);
        }
        Counts[][] memory c = new Counts[][](count);
        uint256[][] memory e = new uint256[][](count);
        address[][] memory r = new address[][](count);
        uint256 n;
        for (uint256 i = 0; i < count; i++) {
            (c[i], e[i], r[i]) = ICuratedModule(modules[i].registry).getReportView();
            starts[i] = n;
            n += c[i].length;
        }
        cs = new Counts[](n);
        penaltyEnds = new uint256[](n);
        rewards = new address[](n);
        for (uint256 i = 0; i < count; i++) {
            for (uint256 j = 0; j < c[i].length; j++) {
                cs[starts[i] + j] = c[i][j];
                penaltyEnds[starts[i] + j] = e[i][j];
                rewards[starts[i] + j] = r[i][j];
            }
        }
    }

    /// @notice Every operator's stuck count (each module's own rule) and
    /// stuck penalty end after the report — an operator whose count clears
    /// stays penalized `delay` seconds more (protocol's report step 7) —
    /// in the order of getRouterReportView.
    /// @param refSlot the report's reference slot.
    /// @param exitedNow every operator's exited count after the report.
    /// @param deadline slots an exit may take.
    /// @param delay the stuck penalty's delay in seconds.
    /// @return stuck the stuck counts.
    /// @return penaltyEnds the penalty ends.
    function stuckCounts(uint256 refSlot, uint256[] calldata exitedNow, uint256 deadline, uint256 delay)
        external
        view
        returns (uint256[] memory stuck, uint256[] memory penaltyEnds)
    {
        stuck = _stuck(refSlot, exitedNow, deadline);
        Counts[] memory cs;
        (cs, penaltyEnds,,) = _reportView();
        for (uint256 i = 0; i < cs.length; i++) {
            if (cs[i].stuck > 0 && stuck[i] == 0) penaltyEnds[i] = block.timestamp + delay;
        }
    }

    function _stuck(uint256 refSlot, uint256[] calldata exitedNow, uint256 deadline)
        private
        view
        returns (uint256[] memory stuck)
    {
        uint256 count = modules.length;
        if (count == 1) return ICuratedModule(modules[0].registry).stuckCounts(refSlot, exitedNow, deadline);
        stuck = new uint256[](exitedNow.length);
        uint256 from;
        for (uint256 i = 0; i < count; i++) {
            ICuratedModule reg = ICuratedModule(modules[i].registry);
            (Counts[] memory c,,) = reg.getReportView();
            uint256[] memory part = reg.stuckCounts(refSlot, exitedNow[from:from + c.length], deadline);
            for (uint256 j = 0; j < part.length; j++) {
                stuck[from + j] = part[j];
            }
            from += c.length;
        }
    }

    /// @notice Applies a report's operator entries, each module its own
    /// with its own ids (the oracle checked them). Only the oracle.
    /// @param refSlot the report's reference slot.
    /// @param exited new exited counts, ascending by global id.
    /// @param exitRequests exits asked, ascending by global id.
    /// @param stats scorecard additions, ascending by global id.
    /// @param stuck every operator's stuck count, in the view's order.
    /// @param penaltyEnds every operator's stuck penalty end, in the view's order.
    /// @param debts every operator's execution-reward debt after the report, in the view's order.
    /// @param withdrawn withdrawal rows of bonded operators, ascending by global id (checkWithdrawn checked them).
    function applyReport(
        uint256 refSlot,
        ICuratedModule.OperatorCountIn[] calldata exited,
        ICuratedModule.OperatorCountIn[] calldata exitRequests,
        ICuratedModule.OperatorStatsIn[] calldata stats,
        uint256[] calldata stuck,
        uint256[] calldata penaltyEnds,
        uint256[] calldata debts,
        OperatorWithdrawal[] calldata withdrawn
    ) external only(oracle) {
        uint256 count = modules.length;
        if (count == 1) {
            _setDebts(debts, 0, debts.length, 0);
            ICuratedModule(modules[0].registry).applyReport(refSlot, exited, exitRequests, stats, stuck, penaltyEnds);
            return;
        }
        uint256 from;
        for (uint256 i = 0; i < count; i++) {
            ICuratedModule reg = ICuratedModule(modules[i].registry);
            (Counts[] memory c,,) = reg.getReportView();
            if (modules[i].bonded) {
                _applyBonded(IBondedForRouter(address(reg)), refSlot, exited, exitRequests, stats, withdrawn, debts[from:from + c.length], i);
                from += c.length;
                continue;
            }
            _setDebts(debts, from, c.length, i);
            reg.applyReport(
                refSlot,
                _cut(exited, i),
                _cut(exitRequests, i),
                _cutStats(stats, i),
                stuck[from:from + c.length],
                penaltyEnds[from:from + c.length]
            );
            from += c.length;
        }
    }

    /// @dev The bonded module's part of a report (protocol's
    /// bondedStakingModule.commitReport): its exited counts, then its
    /// withdrawal rows (updateWithdrawn: the loss from the bond, then the
    /// bond of those validators freed), then each
    /// execution-reward charge from the operator's bond (reason 3; what the
    /// bond lacks becomes the operator's debt in the module: the router
    /// keeps none for it), then the exit requests newly past the oracle's
    /// deadline (reason 2, chargeExitDelays), then the fee shares minted to it this report
    /// (its shares in the pool above what it holds) credited to its operators.
    function _applyBonded(
        IBondedForRouter bm,
        uint256 refSlot,
        ICuratedModule.OperatorCountIn[] calldata exited,
        ICuratedModule.OperatorCountIn[] calldata exitRequests,
        ICuratedModule.OperatorStatsIn[] calldata stats,
        OperatorWithdrawal[] calldata withdrawn,
        uint256[] calldata debts,
        uint256 m
    ) private {
        bm.applyReport(refSlot, _cut(exited, m), _cut(exitRequests, m), _cutStats(stats, m));
        for (uint256 i = 0; i < withdrawn.length; i++) {
            OperatorWithdrawal calldata w = withdrawn[i];
            if (w.operator >> SHIFT == m) bm.updateWithdrawn(w.operator & ((1 << SHIFT) - 1), w.count, w.loss);
        }
        for (uint256 j = 0; j < debts.length; j++) {
            if (debts[j] != 0) bm.penalize(j, debts[j], PENALTY_EL_REWARDS);
        }
        (,,,,, uint64 deadline,) = IOracleParamsForRouter(oracle).getParams();
        bm.chargeExitDelays(refSlot, deadline); // overdue exit requests: from the bond, rewards halved while stuck
        uint256 have = IPoolForRouter(pool).sharesOf(address(bm));
        uint256 held = bm.heldShares();
        if (have > held) bm.onRewardsMinted(have - held);
    }

    /// @dev Writes module index m's debts (len of them from `from` in the
    /// lists), each change an event.
    function _setDebts(uint256[] calldata debts, uint256 from, uint256 len, uint256 m) private {
        for (uint256 j = 0; j < len; j++) {
            uint256 id = m << SHIFT | j;
            uint256 d = debts[from + j];
            if (elRewardsDebt[id] != d) {
                elRewardsDebt[id] = d;
                emit ELRewardsDebtChanged(id, d);
            }
        }
    }

    /// @notice An execution-reward charge of a report: operator by global id, wei.
    struct OperatorAmount {
        uint256 operator;
        uint256 amount;
    }

    /// @notice Checks a report's execution-reward charges (protocol's
    /// checkELRewardsCharges): at most MAX_EL_REWARDS_CHARGES, ascending
    /// by global id, operators some module has, amounts above zero, no
    /// debt past 2^128 − 1 wei; then its withdrawal rows (protocol's
    /// checkWithdrawn): ascending by global id, an operator some module
    /// has, of a bonded module (SanityWithdrawn), a count from the
    /// operator's withdrawn count to its exited count after the report
    /// (WithdrawnDecreased), a loss of at most 32 ETH a newly withdrawn
    /// validator (SanityWithdrawn). Returns every operator's debt with the
    /// charges, in the view's order (a bonded operator's: the charge
    /// alone, which its module takes from the bond in applyReport).
    /// @param charges the report's charges.
    /// @param withdrawn the report's withdrawal rows.
    /// @param starts each module's first index in the lists.
    /// @param exitedNow every operator's exited count after the report, in the view's order.
    /// @return debt the debts with the charges added.
    function chargeDebts(
        OperatorAmount[] calldata charges,
        OperatorWithdrawal[] calldata withdrawn,
        uint256[] calldata starts,
        uint256[] calldata exitedNow
    ) external view returns (uint256[] memory debt) {
        uint256 n = exitedNow.length;
        if (charges.length > MAX_EL_REWARDS_CHARGES) revert SanityElRewardsCharges();
        debt = new uint256[](n);
        for (uint256 m = 0; m < starts.length; m++) {
            uint256 end = m + 1 < starts.length ? starts[m + 1] : n;
            for (uint256 i = starts[m]; i < end; i++) {
                debt[i] = elRewardsDebt[m << SHIFT | (i - starts[m])];
            }
        }
        for (uint256 i = 0; i < charges.length; i++) {
            OperatorAmount calldata c = charges[i];
            if (i > 0 && c.operator <= charges[i - 1].operator) revert Malformed();
            uint256 j = _flat(c.operator, starts, n);
            if (c.amount == 0 || c.amount > type(uint128).max - debt[j]) revert SanityElRewardsCharges();
            debt[j] += c.amount;
        }
        _checkWithdrawn(withdrawn, starts, exitedNow);
    }

    /// @notice A report's withdrawal row: a bonded operator by global id,
    /// its withdrawn count, the newly withdrawn validators' loss in wei.
    struct OperatorWithdrawal {
        uint256 operator;
        uint256 count;
        uint256 loss;
    }

    /// @dev The withdrawal rows' check (chargeDebts says what it checks).
    function _checkWithdrawn(OperatorWithdrawal[] calldata rows, uint256[] calldata starts, uint256[] calldata exitedNow)
        private
        view
    {
        for (uint256 i = 0; i < rows.length; i++) {
            OperatorWithdrawal calldata w = rows[i];
            if (i > 0 && w.operator <= rows[i - 1].operator) revert Malformed();
            uint256 j = _flat(w.operator, starts, exitedNow.length);
            Module memory md = modules[w.operator >> SHIFT];
            if (!md.bonded) revert SanityWithdrawn();
            uint256 done = IBondedForRouter(md.registry).getOperator(w.operator & ((1 << SHIFT) - 1)).withdrawn;
            if (w.count < done || w.count > exitedNow[j]) revert WithdrawnDecreased(w.operator, w.count);
            if (w.loss > (w.count - done) * 32 ether) revert SanityWithdrawn(); // count ≤ exited < 2^32: no overflow
        }
    }

    /// @notice Where global operator id `id` sits in lists of n operators
    /// whose modules start at `starts`; reverts UnknownOperator when no
    /// module has it. (The oracle checks its report's ids with it.)
    /// @param id the global id.
    /// @param starts each module's first index in the lists.
    /// @param n the operators in the lists.
    /// @return j the index.
    function _flat(uint256 id, uint256[] calldata starts, uint256 n) private pure returns (uint256 j) {
        uint256 m = id >> SHIFT;
        if (m >= starts.length) revert UnknownOperator(id);
        uint256 end = m + 1 < starts.length ? starts[m + 1] : n;
        j = starts[m] + (id & ((1 << SHIFT) - 1));
        if (j >= end) revert UnknownOperator(id);
    }

    /// @dev The entries of module index m, with the module's own ids.
    function _cut(ICuratedModule.OperatorCountIn[] calldata xs, uint256 m)
        private
        pure
        returns (ICuratedModule.OperatorCountIn[] memory out)
    {
        uint256 offset;
        assembly ("memory-safe") {
            offset := xs.offset
        }
        uint256[] memory at = _entriesOf(offset, xs.length, 64, m);
        out = new ICuratedModule.OperatorCountIn[](at.length);
        for (uint256 i = 0; i < at.length; i++) {
            ICuratedModule.OperatorCountIn calldata x = xs[at[i]];
            out[i] = ICuratedModule.OperatorCountIn(x.operator & ((1 << SHIFT) - 1), x.count);
        }
    }

    /// @dev The scorecards of module index m, with the module's own ids.
    function _cutStats(ICuratedModule.OperatorStatsIn[] calldata xs, uint256 m)
        private
        pure
        returns (ICuratedModule.OperatorStatsIn[] memory out)
    {
        uint256 offset;
        assembly ("memory-safe") {
            offset := xs.offset
        }
        uint256[] memory at = _entriesOf(offset, xs.length, 128, m);
        out = new ICuratedModule.OperatorStatsIn[](at.length);
        for (uint256 i = 0; i < at.length; i++) {
            out[i] = xs[at[i]];
            out[i].operator &= (1 << SHIFT) - 1;
        }
    }

    /// @dev The counting and indexing _cut and _cutStats share: the indexes
    /// of module index m's entries in a calldata list of `len` static
    /// entries of `size` bytes from `offset`, each entry's first word its
    /// operator's global id.
    function _entriesOf(uint256 offset, uint256 len, uint256 size, uint256 m)
        private
        pure
        returns (uint256[] memory at)
    {
        at = new uint256[](len);
        uint256 n;
        for (uint256 i = 0; i < len; i++) {
            uint256 id;
            assembly ("memory-safe") {
                id := calldataload(add(offset, mul(i, size)))
            }
            if (id >> SHIFT == m) at[n++] = i;
        }
        assembly ("memory-safe") {
            mstore(at, n) // shortened to the entries found (memory only shrinks)
        }
    }

    /// @notice The report's fee and its split (protocol's report step 8 and
    /// splitFee). Fee shares ⌊R × W × S / ((P + R) × 10⁸ × A − R × W)⌋,
    /// rounded down, with A the active validators after the report and W =
    /// Σ active × (module fee + treasury fee) in bp × bp (module 1's from
    /// the oracle's parameters: feeBP × 10⁴, exact), with none active module
    /// 1's weight 1 — with module 1 alone ⌊R × feeBP × S / ((P + R) × 10⁴ −
    /// R × feeBP)⌋ exactly. Each module its part ⌊fee × active × module
    /// points / W⌋ (rounded down), paid to its active operators pro rata to
    /// active validators, each rounded down, a share below 2 not minted, a
    /// penalized operator half (the other half to the burner); a stopped
    /// module's part, or one whose active operators have no active
    /// validator, stays the treasury's; the insurance fund its part of the
    /// whole fee out of the treasury's, at most all of it; the treasury the
    /// rest.
    /// @param f the inputs.
    /// @return out the fee and its split.
    function distributeFee(FeeInput calldata f) external view returns (Fee memory out) {
        (Counts[] memory counts,, address[] memory rewards, uint256[] memory starts) = _reportView(); // as the oracle read them
        out.rewards = rewards;
        uint256 count = starts.length;
        uint256 n = counts.length;
        uint256[] memory active = new uint256[](count);
        uint256[] memory modPoints = new uint256[](count);
        uint256 w;
        uint256 a;
        for (uint256 m = 0; m < count; m++) {
            uint256 end = m + 1 < count ? starts[m + 1] : n;
            for (uint256 i = starts[m]; i < end; i++) {
                active[m] += counts[i].deposited - f.exitedNow[i];
            }
            a += active[m];
        }
        if (a == 0) {
            active[0] = 1;
            a = 1;
        }
        for (uint256 m = 0; m < count; m++) {
            uint256 tot;
            if (m == 0) {
                modPoints[0] = f.feeBP * f.operatorsFeeShareBP;
                tot = f.feeBP * BP;
            } else {
                Module memory md = modules[m];
                modPoints[m] = uint256(md.moduleFeeBP) * BP;
                tot = (uint256(md.moduleFeeBP) + md.treasuryFeeBP) * BP;
            }
            w += active[m] * tot;
        }
        uint256 num = f.rewards * w;
        uint256 den = (f.pooledEther + f.rewards) * (BP * BP) * a - num;
        if (den != 0) out.feeShares = num * f.totalShares / den; // rounded down
        out.operatorShares = new uint256[](n);
        out.operatorPenalty = new uint256[](n);
        out.operatorIds = new uint256[](n);
        uint256 fee = out.feeShares;
        uint256 treasury = fee;
        uint256[] memory bondedPart = new uint256[](count);
        for (uint256 m = 0; m < count; m++) {
            uint256 end = m + 1 < count ? starts[m + 1] : n;
            for (uint256 i = starts[m]; i < end; i++) {
                out.operatorIds[i] = m << SHIFT | (i - starts[m]);
            }
            if (w == 0 || modPoints[m] == 0 || active[m] == 0) continue;
            uint256 part = fee * active[m] * modPoints[m] / w; // rounded down
            uint256 totalActive;
            for (uint256 i = starts[m]; i < end; i++) {
                if (counts[i].active) totalActive += counts[i].deposited - f.exitedNow[i];
            }
            if (totalActive == 0 || modules[m].status == 2) continue; // its part stays the treasury's
            treasury -= part;
            if (modules[m].bonded) {
                bondedPart[m] = part; // all to the module (its first row), which credits its operators' bonds
                continue;
            }
            for (uint256 i = starts[m]; i < end; i++) {
                if (!counts[i].active) continue;
                uint256 v = part * (counts[i].deposited - f.exitedNow[i]) / totalActive;
                if (v < 2) continue;
                if (f.stuck[i] > 0 || block.timestamp <= f.penaltyEnds[i]) {
                    v >>= 1; // half, rounded down; the odd share is not minted
                    out.operatorPenalty[i] = v;
                }
                out.operatorShares[i] = v;
            }
        }
        uint256 ins = fee * f.insuranceFeeShareBP / BP; // rounded down
        if (ins > treasury) ins = treasury; // never reached with module 1 alone
        out.insuranceShares = ins;
        out.treasuryShares = treasury - ins;
        out.debts = f.debts;
        out.operatorCharge = new uint256[](n);
        if (f.pooledEther != 0 && f.totalShares != 0) _withhold(out, f.pooledEther, f.totalShares);
        // After the withholding: a bonded operator's charge is taken from its bond, not from fee shares.
        for (uint256 m = 0; m < count; m++) {
            if (bondedPart[m] != 0) out.operatorShares[starts[m]] = bondedPart[m];
        }
        out.operatorsMinted = _minted(out);
    }

    /// @dev Execution-reward debts against the fee (protocol's
    /// planELCharges): from each indebted operator's fee shares (after the
    /// stuck half), those worth its debt at the pre-report rate P/S, ⌈debt
    /// × S / P⌉ (rounded up: the pool's favour), at most all, are withheld
    /// (minted to the burner); short of the debt, it falls by their value
    /// ⌊withheld × P / S⌋ (rounded down: the pool's favour) and the rest
    /// waits for the next reports.
    function _withhold(Fee memory out, uint256 p, uint256 s) private pure {
        for (uint256 i = 0; i < out.debts.length; i++) {
            uint256 d = out.debts[i];
            uint256 v = out.operatorShares[i];
            if (d == 0 || v == 0) continue;
            uint256 num = d * s;
            uint256 need = num / p;
            if (num % p != 0) need++; // rounded up: the pool's favour
            uint256 w;
            if (need <= v) {
                w = need;
                out.debts[i] = 0;
            } else {
                w = v;
                out.debts[i] = d - v * p / s; // rounded down: the pool's favour
            }
            out.operatorShares[i] = v - w;
            out.operatorCharge[i] = w;
        }
    }

    /// @dev Σ of the operators' minted shares (fee, penalty, charge).
    function _minted(Fee memory out) private pure returns (uint256 sum) {
        for (uint256 i = 0; i < out.operatorShares.length; i++) {
            sum += out.operatorShares[i] + out.operatorPenalty[i] + out.operatorCharge[i];
        }
    }

    // --- governance -------------------------------------------------------------------

    /// @notice Adds a curated module (a registry whose pool and oracle are
    /// this router). Governance only.
    /// @param registry the module's registry.
    /// @param name 1..64 bytes.
    /// @param shareBP target share of all active validators.
    /// @param moduleFeeBP fee to the module, bp of its rewards.
    /// @param treasuryFeeBP fee to the treasury, bp of its rewards.
    /// @param status 0 active, 1 deposits paused, 2 stopped.
    function addStakingModule(
        address registry,
        string calldata name,
        uint256 shareBP,
        uint256 moduleFeeBP,
        uint256 treasuryFeeBP,
        uint256 status
    ) external only(governance) {
        if (modules.length >= MAX_MODULES) revert ModuleLimit();
        if (registry == address(0)) revert InvalidParameter();
        modules.push();
        _set(modules.length, registry, name, shareBP, moduleFeeBP, treasuryFeeBP, status);
    }

    /// @notice Changes a module's name, share, fees and status (module 1's
    /// fees must be 0: they are the oracle's parameters). Governance only.
    /// @param id the module.
    /// @param name 1..64 bytes.
    /// @param shareBP target share.
    /// @param moduleFeeBP fee to the module.
    /// @param treasuryFeeBP fee to the treasury.
    /// @param status 0 active, 1 deposits paused, 2 stopped.
    function setStakingModule(
        uint256 id,
        string calldata name,
        uint256 shareBP,
        uint256 moduleFeeBP,
        uint256 treasuryFeeBP,
        uint256 status
    ) external only(governance) {
        if (id == 0 || id > modules.length) revert UnknownModule(id);
        if (id == 1 && (moduleFeeBP != 0 || treasuryFeeBP != 0)) revert ModuleFeesByParams();
        _set(id, modules[id - 1].registry, name, shareBP, moduleFeeBP, treasuryFeeBP, status);
    }

    function _set(
        uint256 id,
        address registry,
        string calldata name,
        uint256 shareBP,
        uint256 moduleFeeBP,
        uint256 treasuryFeeBP,
        uint256 status
    ) private {
        bytes memory b = bytes(name);
        if (b.length == 0 || b.length > 64 || _space(b[0]) || _space(b[b.length - 1])) revert InvalidParameter();
        if (shareBP > BP) revert ModuleShare();
        if (moduleFeeBP > BP || treasuryFeeBP > BP || moduleFeeBP + treasuryFeeBP > BP) revert ModuleFees();
        if (status > 2) revert ModuleStatus();
        modules[id - 1] =
            Module(registry, uint16(shareBP), uint16(moduleFeeBP), uint16(treasuryFeeBP), uint8(status), modules[id - 1].bonded);
        names[id] = name;
        emit ModuleSet(id, registry, name, shareBP, moduleFeeBP, treasuryFeeBP, status);
    }

    /// @dev Go's strings.TrimSpace on ASCII.
    function _space(bytes1 ch) private pure returns (bool) {
        return ch == 0x20 || (ch >= 0x09 && ch <= 0x0d);
    }
}
