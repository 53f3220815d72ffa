// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {Pool} from "../src/Pool.sol";
import {WstETH} from "../src/WstETH.sol";
import {WithdrawalQueue} from "../src/WithdrawalQueue.sol";
import {OperatorRegistry} from "../src/OperatorRegistry.sol";
import {Oracle} from "../src/Oracle.sol";
import {Burner} from "../src/Burner.sol";
import {SanityChecker} from "../src/SanityChecker.sol";
import {Governance} from "../src/Governance.sol";

/// @title Lens
/// @notice Test-only: reads every figure the differential test compares in
/// one call, as a flat list in a fixed order (see difftest/compare_test.go).
contract Lens {
    /// @notice The suite's contracts.
    struct Suite {
        Pool pool;
        WstETH wst;
        WithdrawalQueue wq;
        OperatorRegistry reg;
        Oracle oracle;
        Burner burner;
        SanityChecker sanity;
        Governance gov;
    }

    /// @notice The figures, in the order compare_test.go lists them.
    /// @param s the suite.
    /// @param accounts accounts whose shares, stETH, wstETH and ETH are read.
    /// @param owners allowance owners (each against every spender).
    /// @param spenders allowance spenders.
    /// @return out the figures.
    function read(Suite calldata s, address[] calldata accounts, address[] calldata owners, address[] calldata spenders)
        external
        view
        returns (uint256[] memory out)
    {
        uint256 reqs = s.wq.getLastRequestId();
        uint256 ops = s.reg.getNodeOperatorsCount();
        out = new uint256[](64 + accounts.length * 5 + owners.length * spenders.length + reqs * 6 + ops * 14);
        uint256 k = _totals(s, out, reqs);
        k = _params(s, out, k);
        for (uint256 i = 0; i < accounts.length; i++) {
            address a = accounts[i];
            out[k++] = s.pool.sharesOf(a);
            out[k++] = s.pool.balanceOf(a);
            out[k++] = s.wst.balanceOf(a);
            out[k++] = a.balance;
            out[k++] = s.pool.lastInflowOf(a);
        }
        for (uint256 i = 0; i < owners.length; i++) {
            for (uint256 j = 0; j < spenders.length; j++) {
                out[k++] = s.pool.allowance(owners[i], spenders[j]);
            }
        }
        if (reqs > 0) {
            uint256[] memory ids = new uint256[](reqs);
            for (uint256 i = 0; i < reqs; i++) {
                ids[i] = i + 1;
            }
            WithdrawalQueue.WithdrawalRequestStatus[] memory st = s.wq.getWithdrawalStatus(ids);
            for (uint256 i = 0; i < reqs; i++) {
                out[k++] = st[i].amountOfStETH;
                out[k++] = st[i].amountOfShares;
                out[k++] = uint256(uint160(st[i].owner));
                out[k++] = st[i].isFinalized ? 1 : 0;
                out[k++] = st[i].isClaimed ? 1 : 0;
                out[k++] = s.wq.getClaimableEther(i + 1);
            }
        }
        for (uint256 i = 0; i < ops; i++) {
            k = _operator(s, out, k, i);
        }
        assembly {
            mstore(out, k)
        }
    }

    function _totals(Suite calldata s, uint256[] memory out, uint256 reqs) private view returns (uint256 k) {
        Pool pool = s.pool;
        out[k++] = pool.getTotalPooledEther();
        out[k++] = pool.getTotalShares();
        out[k++] = pool.getBufferedEther();
        (uint256 dep, uint256 val, uint256 bal) = pool.getBeaconStat();
        out[k++] = dep;
        out[k++] = val;
        out[k++] = bal;
        out[k++] = pool.getCurrentStakeLimit();
        out[k++] = s.wst.totalSupply();
        out[k++] = pool.getReserveTarget();
        out[k++] = pool.getInstantLiquidity();
        out[k++] = pool.getDepositableEther();
        out[k++] = pool.getReportsApplied();
        out[k++] = reqs;
        out[k++] = s.wq.getLastFinalizedRequestId();
        out[k++] = s.wq.unfinalizedStETH();
        out[k++] = s.wq.getLockedEtherAmount();
        out[k++] = pool.isBunkerMode() ? 1 : 0;
        out[k++] = s.oracle.lastRefSlot();
        (uint256 ref, bool ok) = s.oracle.getCurrentRefSlot();
        out[k++] = ref;
        out[k++] = ok ? 1 : 0;
        (uint256 cover, uint256 nonCover) = s.burner.getSharesRequestedToBurn();
        out[k++] = cover;
        out[k++] = nonCover;
        out[k++] = s.burner.getCoverSharesBurnt();
        out[k++] = s.burner.getNonCoverSharesBurnt();
        out[k++] = uint256(uint160(s.sanity.secondOpinionOracle()));
        SanityChecker.SecondOpinion memory op = s.sanity.getSecondOpinion();
        out[k++] = op.refSlot;
        out[k++] = op.balanceGwei;
        out[k++] = op.withdrawalVault;
    }

    function _params(Suite calldata s, uint256[] memory out, uint256 k) private view returns (uint256) {
        Oracle.Params memory p = s.oracle.getParams();
        out[k++] = p.epochsPerFrame;
        out[k++] = p.feeBP;
        out[k++] = p.treasuryFeeShareBP;
        out[k++] = p.operatorsFeeShareBP;
        out[k++] = p.insuranceFeeShareBP;
        out[k++] = p.exitDeadlineSlots;
        out[k++] = p.stuckPenaltyDelay;
        SanityChecker.Limits memory l = s.sanity.getLimits();
        out[k++] = l.annualIncreaseBP;
        out[k++] = l.initialSlashingPWei;
        out[k++] = l.inactivityPenaltiesPWei;
        out[k++] = l.secondOpinionErrorBP;
        out[k++] = l.appearedEthPerDay;
        out[k++] = l.exitedEthPerDay;
        out[k++] = l.validatorWeight01Eth;
        out[k++] = l.validatorWeight02Eth;
        out[k++] = l.maxPositiveRebase;
        out[k++] = l.simulatedShareRateDeviationBP;
        out[k++] = l.requestTimestampMargin;
        out[k++] = l.maxExitRequests;
        Pool.Params memory pp = s.pool.getParams();
        out[k++] = pp.dustFloor;
        out[k++] = pp.reserveTargetBP;
        out[k++] = pp.instantWithdrawalBP;
        out[k++] = pp.maxDepositsPerBlock;
        Pool.StakeLimitState memory sl = s.pool.getStakeLimitState();
        out[k++] = sl.maxStakeLimit;
        out[k++] = sl.growthBlocks;
        out[k++] = s.pool.isStakingPaused() ? 1 : 0;
        out[k++] = s.wq.minWithdrawal();
        out[k++] = s.wq.maxWithdrawal();
        out[k++] = s.gov.timelockSeconds();
        out[k++] = s.gov.lifetimeSeconds();
        out[k++] = s.gov.threshold();
        out[k++] = s.gov.getMembers().length;
        out[k++] = s.oracle.quorum();
        out[k++] = s.oracle.getMembers().length;
        return k;
    }

    function _operator(Suite calldata s, uint256[] memory out, uint256 k, uint256 i) private view returns (uint256) {
        (OperatorRegistry.Counts memory c,, address reward) = s.reg.getOperator(i);
        out[k++] = c.limit;
        out[k++] = c.keys;
        out[k++] = c.deposited;
        out[k++] = c.exited;
        out[k++] = c.active ? 1 : 0;
        out[k++] = uint256(uint160(reward));
        out[k++] = c.exitRequested;
        out[k++] = c.stuck;
        OperatorRegistry.Scorecard memory sc = s.reg.getScorecard(i);
        out[k++] = sc.missedAttestations;
        out[k++] = sc.missedProposals;
        out[k++] = sc.slashed;
        OperatorRegistry.Limits memory l = s.reg.getOperatorLimits(i);
        out[k++] = l.stuckPenaltyEnd;
        out[k++] = l.targetMode;
        out[k++] = l.targetLimit;
        return k;
    }
}
