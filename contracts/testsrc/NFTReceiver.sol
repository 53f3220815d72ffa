// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {IERC721Receiver} from "@openzeppelin/contracts/token/ERC721/IERC721Receiver.sol";

/// @title NFTReceiver
/// @notice Test-only: accepts ERC-721 safe transfers (or, built with
/// accept = false, has the hook but refuses them).
contract NFTReceiver is IERC721Receiver {
    bool public immutable accept;
    uint256 public lastTokenId;

    /// @param accept_ whether to accept tokens.
    constructor(bool accept_) {
        accept = accept_;
    }

    /// @notice ERC-721's receiving hook.
    /// @param tokenId the token.
    /// @return the hook's selector when accepting.
    function onERC721Received(address, address, uint256 tokenId, bytes calldata) external returns (bytes4) {
        lastTokenId = tokenId;
        return accept ? IERC721Receiver.onERC721Received.selector : bytes4(0xdeadbeef);
    }
}
