// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

/// @title ForceSend
/// @notice Test-only: sends its ETH to an address without calling it
/// (selfdestruct in its creation transaction), as a donation no receive
/// function can refuse.
contract ForceSend {
    /// @param to the address credited.
    constructor(address payable to) payable {
        selfdestruct(to);
    }
}
