// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {ReentrancyGuardTransient} from "@openzeppelin/contracts/utils/ReentrancyGuardTransient.sol";
import {Oracle} from "./Oracle.sol";

/// @notice What ExitTrigger reads of the operator registry.
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
/// is triggered once.
contract ExitTrigger is ReentrancyGuardTransient {
    /// @notice The EIP-7002 withdrawal request system contract.
    address public constant WITHDRAWAL_REQUESTS = 0x00000961Ef480Eb55e80D19ad83579A64c007002;

    IRegistryForExits public immutable registry;
    IOracleForExits public immutable oracle;
    IVaultForExits public immutable vault;
    /// @notice The beacon chain's genesis (seconds) and slot length: the current slot, as the oracle counts it.
    uint256 public immutable genesisTime;
    uint256 public immutable secondsPerSlot;

    /// @notice Keys whose exit was triggered, by operator and key index.
    mapping(uint256 => mapping(uint256 => bool)) public triggered;

    /// @notice The exit of key `keyIndex` of operator `operatorId` was
    /// forced: an EIP-7002 request for it left the vault, `fee` wei paid.
    event ExitTriggered(uint256 indexed operatorId, uint256 keyIndex, uint256 fee);

    /// @notice The key has no pending exit request (never asked, or exited).
    error ExitNotRequested(uint256 operatorId, uint256 keyIndex);
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
    /// @param oracle_ the oracle (the exit deadline).
    /// @param vault_ the withdrawal vault (sends the request).
    /// @param genesisTime_ the beacon chain's genesis, Unix seconds.
    /// @param secondsPerSlot_ the slot length.
    constructor(address registry_, address oracle_, address vault_, uint256 genesisTime_, uint256 secondsPerSlot_) {
        registry = IRegistryForExits(registry_);
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

    /// @notice Forces the exit of key `keyIndex` of operator `operatorId`:
    /// it must be asked to exit and not exited, its request older than the
    /// exit deadline (request slot + deadline < the current slot), not
    /// triggered before, and msg.value must cover the EIP-7002 fee; the
    /// rest of msg.value is refunded. Anyone may call.
    /// @param operatorId the operator (reverts UnknownOperator from the registry when there is none).
    /// @param keyIndex the key's index in the operator's keys.
    function triggerExit(uint256 operatorId, uint256 keyIndex) external payable nonReentrant {
        (uint256 exited, uint256 exitRequested, uint256 refSlot, bytes memory pubkey) =
            registry.getExitRequest(operatorId, keyIndex);
        if (keyIndex < exited || keyIndex >= exitRequested) revert ExitNotRequested(operatorId, keyIndex);
        uint256 deadline = refSlot + oracle.getParams().exitDeadlineSlots;
        uint256 slot = block.timestamp < genesisTime ? 0 : (block.timestamp - genesisTime) / secondsPerSlot;
        if (deadline >= slot) revert ExitNotOverdue(deadline, slot);
        if (triggered[operatorId][keyIndex]) revert ExitAlreadyTriggered(operatorId, keyIndex);
        uint256 fee = withdrawalRequestFee();
        if (msg.value < fee) revert ExitFee(fee, msg.value);
        triggered[operatorId][keyIndex] = true;
        emit ExitTriggered(operatorId, keyIndex, fee);
        vault.addWithdrawalRequest{value: fee}(pubkey);
        if (msg.value > fee) {
            (bool ok,) = msg.sender.call{value: msg.value - fee}("");
            if (!ok) revert RefundFailed();
        }
    }
}
