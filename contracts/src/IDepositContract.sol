// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

/// @title IDepositContract
/// @notice The beacon deposit contract's interface (consensus specs,
/// deposit-contract.md), as the pool calls it.
interface IDepositContract {
    /// @notice One deposit; amount and index are 8-byte little-endian integers.
    event DepositEvent(bytes pubkey, bytes withdrawal_credentials, bytes amount, bytes signature, bytes index);

    /// @notice Deposits msg.value for the validator `pubkey`.
    /// @param pubkey BLS12-381 public key (48 bytes).
    /// @param withdrawal_credentials the validator's credentials (32 bytes).
    /// @param signature BLS signature of the DepositMessage (96 bytes).
    /// @param deposit_data_root hash_tree_root of the DepositData.
    function deposit(
        bytes calldata pubkey,
        bytes calldata withdrawal_credentials,
        bytes calldata signature,
        bytes32 deposit_data_root
    ) external payable;

    /// @notice The deposit tree's root mixed with the deposit count.
    /// @return root the root.
    function get_deposit_root() external view returns (bytes32 root);

    /// @notice The deposit count, 8 little-endian bytes.
    /// @return count the count.
    function get_deposit_count() external view returns (bytes memory count);
}
