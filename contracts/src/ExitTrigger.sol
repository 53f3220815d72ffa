// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {ReentrancyGuardTransient} from "@openzeppelin/contracts/utils/ReentrancyGuardTransient.sol";
import {Oracle} from "./Oracle.sol";

/// @notice What ExitTrigger reads of a staking module (the curated
/// OperatorRegistry and the BondedModule both have it).
interface IRegistryForExits {
    function getExitRequest(uint256 id, uint256 index)
        external
        view
        returns (uint256 exited, uint256 exitRequested, uint256 refSlot, bytes memory pubkey);
}

/// @notice What ExitTrigger reads of the oracle: its parameters (the exit
/// deadline), in the oracle's own struct.
interface IOracleForExits {
    function getParams() external view returns (Oracle.Params memory);
}

/// @notice What ExitTrigger reads of the staking router: a module's contract.
interface IRouterForExits {
    function getStakingModuleRegistry(uint256 id) external view returns (address);
}

/// @notice The withdrawal vault's entry for triggered exits.
interface IVaultForExits {
    function addWithdrawalRequest(bytes calldata pubkey) external payable;
}

/// @title ExitTrigger
/// @notice Triggerable exits (protocol/exittrigger.go; Lido's triggerable
/// exits): when an operator leaves an exit request undone past the exit
/// deadline, anyone may force the validator out. The withdrawal vault —
/// the address in the validators' withdrawal credentials, the only one the
/// consensus layer accepts an EIP-7002 request from — sends a full-exit
/// request for the key to the EIP-7002 system contract. The caller pays the
/// fee that contract asks; what it sent above the fee is refunded. Each key
/// is triggered once. Every staking module's keys may be forced:
/// triggerModuleExit finds the module's contract through the staking
/// router (the bonded module keeps its exit requests as the registry does);
/// triggerExit is the same for module 1, the curated registry.
contract ExitTrigger is ReentrancyGuardTransient {
    /// @notice The EIP-7002 withdrawal request system contract.
    address public constant WITHDRAWAL_REQUESTS = 0x00000961Ef480Eb55e80D19ad83579A64c007002;

    /// @notice Operator ids of a module stay below 2^24 (protocol.MaxModuleOperators): a key's global id.
    uint256 private constant MODULE_SHIFT = 24;

    IRegistryForExits public immutable registry;
    IRouterForExits public immutable router;
    IOracleForExits public immutable oracle;
    IVaultForExits public immutable vault;
    /// @notice The beacon chain's genesis (seconds) and slot length: the current slot, as the oracle counts it.
    uint256 public immutable genesisTime;
    uint256 public immutable secondsPerSlot;

    /// @notice Keys whose exit was triggered, by global operator id
    /// ((module − 1) << 24 | the module's operator id: module 1's are the
    /// registry's ids) and key index.
    mapping(uint256 => mapping(uint256 => bool)) public triggered;

    /// @notice The exit of key `keyIndex` of operator `operatorId` was
    /// forced: an EIP-7002 request for it left the vault, `fee` wei paid.
    event ExitTriggered(uint256 indexed operatorId, uint256 keyIndex, uint256 fee);
    /// @notice The exit of key `keyIndex` of module `moduleId`'s operator
    /// `operatorId` was forced through triggerModuleExit, `fee` wei paid.
    event ModuleExitTriggered(uint256 indexed moduleId, uint256 indexed operatorId, uint256 keyIndex, uint256 fee);

    /// @notice The key was never asked to exit.
    error ExitNotRequested(uint256 operatorId, uint256 keyIndex);
    /// @notice The key's validator was reported exited.
    error ExitAlreadyExited(uint256 operatorId, uint256 keyIndex);
    /// @notice The operator has no key at that index.
    error UnknownKey(uint256 operatorId, uint256 keyIndex);
    /// @notice An operator id of 2^24 or more (no module has that many).
    error UnknownOperator(uint256 operatorId);
    /// @notice The request's deadline has not passed: it may be forced after slot `deadlineSlot`.
    error ExitNotOverdue(uint256 deadlineSlot, uint256 currentSlot);
    /// @notice The key's exit was triggered before.
    error ExitAlreadyTriggered(uint256 operatorId, uint256 keyIndex);
    /// @notice The ETH sent is below the EIP-7002 fee.
    error ExitFee(uint256 fee, uint256 sent);
    /// @notice The system contract did not answer with its fee.
    error FeeUnavailable();
    /// @notice The refund to the caller failed.
    error RefundFailed();

    /// @param registry_ the operator registry (exit requests, keys).
    /// @param router_ the staking router (every module's contract).
    /// @param oracle_ the oracle (the exit deadline).
    /// @param vault_ the withdrawal vault (sends the request).
    /// @param genesisTime_ the beacon chain's genesis, Unix seconds.
    /// @param secondsPerSlot_ the slot length.
    constructor(
        address registry_,
        address router_,
        address oracle_,
        address vault_,
        uint256 genesisTime_,
        uint256 secondsPerSlot_
    ) {
        registry = IRegistryForExits(registry_);
        router = IRouterForExits(router_);
        oracle = IOracleForExits(oracle_);
        vault = IVaultForExits(vault_);
        genesisTime = genesisTime_;
        secondsPerSlot = secondsPerSlot_;
    }

    /// @notice The fee the EIP-7002 system contract asks now, in wei.
    /// @return fee wei.
    function withdrawalRequestFee() public view returns (uint256 fee) {
        (bool ok, bytes memory data) = WITHDRAWAL_REQUESTS.staticcall("");
        if (!ok || data.length != 32) revert FeeUnavailable();
        fee = abi.decode(data, (uint256));
    }

    /// @notice Forces the exit of key `keyIndex` of operator `operatorId`
    /// of the curated registry (module 1): it must be a key of the
    /// operator, not exited, asked to exit, its request older than the exit
    /// deadline (request slot + deadline < the current slot), not triggered
    /// before, and msg.value must cover the EIP-7002 fee; the rest of
    /// msg.value is refunded. Anyone may call.
    /// @param operatorId the operator (reverts UnknownOperator from the registry when there is none).
    /// @param keyIndex the key's index in the operator's keys.
    function triggerExit(uint256 operatorId, uint256 keyIndex) external payable nonReentrant {
        (bytes memory pubkey, uint256 fee) = _check(registry, operatorId, operatorId, keyIndex);
        emit ExitTriggered(operatorId, keyIndex, fee);
        _send(pubkey, fee);
    }

    /// @notice triggerExit for any staking module: key `keyIndex` of
    /// operator `operatorId` (the module's own id) of module `moduleId`,
    /// whose contract the staking router names (reverts UnknownModule from
    /// the router when there is none). The same checks, in the same order;
    /// the bonded module's operators are forced as the curated ones.
    /// @param moduleId the router's module id (1: the curated registry).
    /// @param operatorId the module's operator id.
    /// @param keyIndex the key's index in the operator's keys.
    function triggerModuleExit(uint256 moduleId, uint256 operatorId, uint256 keyIndex) external payable nonReentrant {
        IRegistryForExits m = IRegistryForExits(router.getStakingModuleRegistry(moduleId));
        if (operatorId >> MODULE_SHIFT != 0) revert UnknownOperator(operatorId);
        // moduleId ≥ 1 (the router refused 0): module 1's global ids are the registry's.
        (bytes memory pubkey, uint256 fee) = _check(m, (moduleId - 1) << MODULE_SHIFT | operatorId, operatorId, keyIndex);
        emit ModuleExitTriggered(moduleId, operatorId, keyIndex, fee);
        _send(pubkey, fee);
    }

    /// @dev The checks (protocol/exittrigger.go's order) and the mark of
    /// key `keyIndex` of the module's operator `operatorId` (`global` its
    /// global id); returns the key and the fee to pay.
    function _check(IRegistryForExits m, uint256 global, uint256 operatorId, uint256 keyIndex)
        private
        returns (bytes memory pubkey, uint256 fee)
    {
        uint256 exited;
        uint256 exitRequested;
        uint256 refSlot;
        (exited, exitRequested, refSlot, pubkey) = m.getExitRequest(operatorId, keyIndex);
        if (pubkey.length == 0) revert UnknownKey(operatorId, keyIndex);
        if (keyIndex < exited) revert ExitAlreadyExited(operatorId, keyIndex);
        if (keyIndex >= exitRequested) revert ExitNotRequested(operatorId, keyIndex);
        uint256 deadline = refSlot + oracle.getParams().exitDeadlineSlots;
        uint256 slot = block.timestamp < genesisTime ? 0 : (block.timestamp - genesisTime) / secondsPerSlot;
        if (deadline >= slot) revert ExitNotOverdue(deadline, slot);
        if (triggered[global][keyIndex]) revert ExitAlreadyTriggered(operatorId, keyIndex);
        fee = withdrawalRequestFee();
        if (msg.value < fee) revert ExitFee(fee, msg.value);
        triggered[global][keyIndex] = true;
    }

    /// @dev The vault's EIP-7002 request for `pubkey` paying `fee`, then
    /// the refund of what the caller sent above it.
    function _send(bytes memory pubkey, uint256 fee) private {
        vault.addWithdrawalRequest{value: fee}(pubkey);
        if (msg.value > fee) {
            (bool ok,) = msg.sender.call{value: msg.value - fee}("");
            if (!ok) revert RefundFailed();
        }
    }
}
