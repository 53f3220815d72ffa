// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {Pool} from "../src/Pool.sol";
import {WstETH} from "../src/WstETH.sol";
import {WithdrawalQueue} from "../src/WithdrawalQueue.sol";
import {OperatorRegistry} from "../src/OperatorRegistry.sol";
import {Oracle} from "../src/Oracle.sol";

/// @title Lens
/// @notice Test-only: reads every figure the differential test compares in
/// one call, as a flat list in a fixed order (see difftest/compare_test.go).
contract Lens {
    /// @notice The figures, in the order compare_test.go lists them.
    /// @param pool the pool.
    /// @param wst the wrapper.
    /// @param wq the queue.
    /// @param reg the registry.
    /// @param accounts accounts whose shares, stETH, wstETH and ETH are read.
    /// @param owners allowance owners (each against every spender).
    /// @param spenders allowance spenders.
    /// @return out the figures.
    function read(
        Pool pool,
        WstETH wst,
        WithdrawalQueue wq,
        OperatorRegistry reg,
        Oracle oracle,
        address[] calldata accounts,
        address[] calldata owners,
        address[] calldata spenders
    ) external view returns (uint256[] memory out) {
        uint256 reqs = wq.getLastRequestId();
        uint256 ops = reg.getNodeOperatorsCount();
        out = new uint256[](20 + accounts.length * 5 + owners.length * spenders.length + reqs * 6 + ops * 11);
        uint256 k;
        out[k++] = pool.getTotalPooledEther();
        out[k++] = pool.getTotalShares();
        out[k++] = pool.getBufferedEther();
        (uint256 dep, uint256 val, uint256 bal) = pool.getBeaconStat();
        out[k++] = dep;
        out[k++] = val;
        out[k++] = bal;
        out[k++] = pool.getCurrentStakeLimit();
        out[k++] = wst.totalSupply();
        out[k++] = pool.getReserveTarget();
        out[k++] = pool.getInstantLiquidity();
        out[k++] = pool.getDepositableEther();
        out[k++] = pool.getReportsApplied();
        out[k++] = reqs;
        out[k++] = wq.getLastFinalizedRequestId();
        out[k++] = wq.unfinalizedStETH();
        out[k++] = wq.getLockedEtherAmount();
        out[k++] = pool.isBunkerMode() ? 1 : 0;
        out[k++] = oracle.lastRefSlot();
        (uint256 ref, bool ok) = oracle.getCurrentRefSlot();
        out[k++] = ref;
        out[k++] = ok ? 1 : 0;
        for (uint256 i = 0; i < accounts.length; i++) {
            address a = accounts[i];
            out[k++] = pool.sharesOf(a);
            out[k++] = pool.balanceOf(a);
            out[k++] = wst.balanceOf(a);
            out[k++] = a.balance;
            out[k++] = pool.lastInflowOf(a);
        }
        for (uint256 i = 0; i < owners.length; i++) {
            for (uint256 j = 0; j < spenders.length; j++) {
                out[k++] = pool.allowance(owners[i], spenders[j]);
            }
        }
        if (reqs > 0) {
            uint256[] memory ids = new uint256[](reqs);
            for (uint256 i = 0; i < reqs; i++) {
                ids[i] = i + 1;
            }
            WithdrawalQueue.WithdrawalRequestStatus[] memory st = wq.getWithdrawalStatus(ids);
            for (uint256 i = 0; i < reqs; i++) {
                out[k++] = st[i].amountOfStETH;
                out[k++] = st[i].amountOfShares;
                out[k++] = uint256(uint160(st[i].owner));
                out[k++] = st[i].isFinalized ? 1 : 0;
                out[k++] = st[i].isClaimed ? 1 : 0;
                out[k++] = st[i].isClaimed ? 0 : uint256(uint160(wq.ownerOf(i + 1)));
            }
        }
        for (uint256 i = 0; i < ops; i++) {
            (OperatorRegistry.Counts memory c,, address reward) = reg.getOperator(i);
            out[k++] = c.limit;
            out[k++] = c.keys;
            out[k++] = c.deposited;
            out[k++] = c.exited;
            out[k++] = c.active ? 1 : 0;
            out[k++] = uint256(uint160(reward));
            out[k++] = c.exitRequested;
            out[k++] = c.stuck;
            OperatorRegistry.Scorecard memory sc = reg.getScorecard(i);
            out[k++] = sc.missedAttestations;
            out[k++] = sc.missedProposals;
            out[k++] = sc.slashed;
        }
    }
}
