// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {IERC165} from "@openzeppelin/contracts/utils/introspection/IERC165.sol";
import {IDepositContract} from "./IDepositContract.sol";

/// @title DepositContract
/// @notice The beacon chain's deposit contract as the consensus specs define
/// it (deposit-contract.md): every deposit of at least 1 ETH (a whole number
/// of gwei) is logged as a DepositEvent and appended as the SSZ
/// hash_tree_root of its DepositData to an incremental Merkle tree of depth
/// 32, whose root, mixed with the deposit count, is get_deposit_root().
/// Used on the devnet and in tests; on a real network the pool is given that
/// network's own deposit contract.
/// @dev Written in our own words from the spec. Unlike the spec's Solidity
/// rewrite, the zero hashes of the empty tree are computed when the root is
/// read instead of stored by a constructor, so the contract needs no storage
/// at all to start: the devnet places its runtime code in the genesis alloc
/// as it is. Error forms differ from the spec's revert strings; behaviour,
/// the event layout and the roots do not.
contract DepositContract is IDepositContract, IERC165 {
    /// @dev Depth of the deposit tree and the most deposits it can hold.
    uint256 private constant TREE_DEPTH = 32;
    uint256 private constant MAX_DEPOSITS = 2 ** TREE_DEPTH - 1;

    /// @dev branch[h] is the left sibling at height h of the next leaf's path.
    bytes32[TREE_DEPTH] private branch;
    uint256 private depositCount;

    /// @notice A pubkey, credentials or signature of the wrong length.
    error Malformed();
    /// @notice Less than 1 ETH, or not a whole number of gwei.
    error BelowDust();
    /// @notice More gwei than fit in 64 bits.
    error AmountTooLarge();
    /// @notice The deposit_data_root given is not the hash_tree_root of the data.
    error BadDepositDataRoot();
    /// @notice The tree holds 2^32 − 1 deposits already.
    error DepositTreeFull();

    /// @notice The deposit tree's root mixed with the number of deposits, as
    /// an SSZ List[DepositData, 2**32] hash_tree_root.
    /// @return root sha256(node ‖ little-endian count (8 bytes) ‖ 24 zero bytes).
    function get_deposit_root() external view override returns (bytes32 root) {
        bytes32 node;
        bytes32 zero;
        uint256 size = depositCount;
        for (uint256 h = 0; h < TREE_DEPTH; h++) {
            if (size & 1 == 1) {
                node = sha256(abi.encodePacked(branch[h], node));
            } else {
                node = sha256(abi.encodePacked(node, zero));
            }
            zero = sha256(abi.encodePacked(zero, zero));
            size >>= 1;
        }
        return sha256(abi.encodePacked(node, littleEndian64(uint64(depositCount)), bytes24(0)));
    }

    /// @notice The number of deposits so far, as 8 little-endian bytes.
    /// @return count the deposit count (little endian).
    function get_deposit_count() external view override returns (bytes memory count) {
        return littleEndian64(uint64(depositCount));
    }

    /// @notice Deposits msg.value to the validator `pubkey`.
    /// @param pubkey BLS12-381 public key (48 bytes).
    /// @param withdrawal_credentials the validator's credentials (32 bytes).
    /// @param signature BLS signature of the DepositMessage (96 bytes; not checked here).
    /// @param deposit_data_root hash_tree_root of the DepositData, checked against the data.
    function deposit(
        bytes calldata pubkey,
        bytes calldata withdrawal_credentials,
        bytes calldata signature,
        bytes32 deposit_data_root
    ) external payable override {
        if (pubkey.length != 48 || withdrawal_credentials.length != 32 || signature.length != 96) revert Malformed();
        if (msg.value < 1 ether || msg.value % 1 gwei != 0) revert BelowDust();
        uint256 amountGwei = msg.value / 1 gwei;
        if (amountGwei > type(uint64).max) revert AmountTooLarge();
        bytes memory amount = littleEndian64(uint64(amountGwei));
        uint256 count = depositCount;
        emit DepositEvent(pubkey, withdrawal_credentials, amount, signature, littleEndian64(uint64(count)));

        bytes32 pubkeyRoot = sha256(abi.encodePacked(pubkey, bytes16(0)));
        bytes32 signatureRoot = sha256(
            abi.encodePacked(
                sha256(abi.encodePacked(signature[:64])), sha256(abi.encodePacked(signature[64:], bytes32(0)))
            )
        );
        bytes32 node = sha256(
            abi.encodePacked(
                sha256(abi.encodePacked(pubkeyRoot, withdrawal_credentials)),
                sha256(abi.encodePacked(amount, bytes24(0), signatureRoot))
            )
        );
        if (node != deposit_data_root) revert BadDepositDataRoot();
        if (count >= MAX_DEPOSITS) revert DepositTreeFull();

        // Append the leaf: walk up while the new size is even, hashing with
        // the stored left siblings, and store the node where it is odd.
        count += 1;
        depositCount = count;
        uint256 size = count;
        for (uint256 h = 0; h < TREE_DEPTH; h++) {
            if (size & 1 == 1) {
                branch[h] = node;
                return;
            }
            node = sha256(abi.encodePacked(branch[h], node));
            size >>= 1;
        }
        // Unreachable: count < 2^32 always has a set bit below height 32.
        assert(false);
    }

    /// @notice ERC-165: this contract implements IERC165 and IDepositContract.
    /// @param interfaceId the interface asked about.
    /// @return supported whether it is implemented.
    function supportsInterface(bytes4 interfaceId) external pure override returns (bool supported) {
        return interfaceId == type(IERC165).interfaceId || interfaceId == type(IDepositContract).interfaceId;
    }

    function littleEndian64(uint64 v) private pure returns (bytes memory out) {
        out = new bytes(8);
        for (uint256 i = 0; i < 8; i++) {
            out[i] = bytes1(uint8(v >> (8 * i)));
        }
    }
}
