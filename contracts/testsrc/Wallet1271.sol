// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {IERC1271} from "@openzeppelin/contracts/interfaces/IERC1271.sol";
import {ECDSA} from "@openzeppelin/contracts/utils/cryptography/ECDSA.sol";

/// @title Wallet1271
/// @notice Test-only: a contract wallet whose signatures are its owner
/// key's (EIP-1271).
contract Wallet1271 is IERC1271 {
    address public immutable owner;

    /// @param owner_ the key that signs for the wallet.
    constructor(address owner_) {
        owner = owner_;
    }

    /// @notice EIP-1271: valid when the owner signed the hash.
    /// @param hash the digest.
    /// @param signature r ‖ s ‖ v.
    /// @return magic 0x1626ba7e when valid.
    function isValidSignature(bytes32 hash, bytes memory signature) external view returns (bytes4 magic) {
        (address signer, ECDSA.RecoverError err,) = ECDSA.tryRecover(hash, signature);
        return err == ECDSA.RecoverError.NoError && signer == owner ? IERC1271.isValidSignature.selector : bytes4(0);
    }
}
