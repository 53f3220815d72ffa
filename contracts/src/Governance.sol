// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

/// @notice What governance needs of the stakers' veto.
interface IVetoSignal {
    function vetoState() external view returns (bool frozen, bool vetoed, uint256 extension);
}

/// @notice What governance needs of the pool: whether withdrawals are paused.
interface IPoolPauses {
    function getPausedUntil() external view returns (uint256 staking, uint256 deposits, uint256 withdrawals);
}

/// @title Governance
/// @notice The pool's governance as protocol/governance.go: an m-of-n
/// committee proposes calls to the pool's privileged setters; a proposal
/// that reaches the threshold is queued and any member executes it after
/// the timelock; one that does not reach it within its lifetime expires.
/// The stakers' veto (VetoEscrow) lengthens every timelock in proportion to
/// its support, stops execution at its second seal and freezes proposals
/// during a rage quit; nothing executes while withdrawals are paused.
/// Every privileged setter of the pool's contracts accepts only this
/// contract, so nothing changes parameters, operators or committees but an
/// executed proposal.
/// @dev Committee and timings change only through proposals that call
/// this contract itself.
contract Governance {
    /// @notice A proposal: one call, its approvals and its progress.
    struct Proposal {
        address proposer;
        address target;
        uint64 created; // timestamp of the proposal
        uint64 queued; // timestamp the threshold was reached (0: not yet)
        bool executed;
        bytes data;
    }

    uint256 public constant MAX_COMMITTEE = 64;

    /// @notice The stakers' veto escrow.
    IVetoSignal public immutable vetoEscrow;
    /// @notice The pool (its withdrawal pause stops execution).
    IPoolPauses public immutable pool;

    address[] private members;
    mapping(address => bool) public isMember;
    uint32 public threshold;
    uint64 public timelockSeconds;
    uint64 public lifetimeSeconds;
    Proposal[] private proposals;
    mapping(uint256 => address[]) private approvals;

    /// @notice A proposal was made (its proposer's approval counts).
    event ProposalCreated(uint256 indexed id, address indexed proposer, address target, bytes data);
    /// @notice A member approved; `approvals` counts current members.
    event ProposalApproved(uint256 indexed id, address indexed member, uint256 approvals);
    /// @notice The threshold was reached; executable from timestamp `readyAt`.
    event ProposalQueued(uint256 indexed id, uint256 readyAt);
    /// @notice A proposal ran.
    event ProposalExecuted(uint256 indexed id, address indexed executor);
    /// @notice The committee changed.
    event CommitteeChanged(uint256 members, uint256 threshold);
    /// @notice Timelock or lifetime changed.
    event TimingsSet(uint256 timelockSeconds, uint256 lifetimeSeconds);

    /// @notice The caller is not a member (or not this contract).
    error NotAuthorized(address caller);
    /// @notice A committee or timing out of range.
    error InvalidParameter();
    /// @notice No such proposal.
    error UnknownProposal(uint256 id);
    /// @notice The member approved already.
    error AlreadyApproved(uint256 id);
    /// @notice The proposal ran already.
    error AlreadyExecuted(uint256 id);
    /// @notice The proposal expired before reaching the threshold.
    error ProposalExpired(uint256 id);
    /// @notice Too few approvals.
    error NoQuorum(uint256 id, uint256 approvals);
    /// @notice The timelock has not ended.
    error Timelock(uint256 id, uint256 readyAt);
    /// @notice A rage quit holds proposals frozen.
    error RageQuit(uint256 id);
    /// @notice Withdrawals are paused: nothing executes meanwhile.
    error Paused(uint256 until);
    /// @notice The escrow holds the second seal: nothing executes.
    error Vetoed(uint256 id);
    /// @notice The dry run of a proposed call succeeded (caught by propose; never seen outside).
    error DryRunOk();

    modifier onlyMember() {
        if (!isMember[msg.sender]) revert NotAuthorized(msg.sender);
        _;
    }

    /// @param members_ the committee.
    /// @param threshold_ approvals needed.
    /// @param timelock_ seconds between queueing and execution.
    /// @param lifetime_ seconds a proposal may gather approvals.
    /// @param vetoEscrow_ the stakers' veto escrow.
    /// @param pool_ the pool.
    constructor(
        address[] memory members_,
        uint32 threshold_,
        uint64 timelock_,
        uint64 lifetime_,
        address vetoEscrow_,
        address pool_
    ) {
        vetoEscrow = IVetoSignal(vetoEscrow_);
        pool = IPoolPauses(pool_);
        _setCommittee(members_, threshold_);
        _setTimings(timelock_, lifetime_);
    }

    /// @notice Proposes a call; the proposer's approval counts at once. The
    /// call is tried first and undone (as the model validates an action when
    /// proposed): a call that would fail now is refused with its own error.
    /// @param target the contract to call.
    /// @param data the call.
    /// @return id the proposal's id (from 1).
    function propose(address target, bytes calldata data) external onlyMember returns (uint256 id) {
        if (target == address(0)) revert InvalidParameter();
        try this.dryRun(target, data) {}
        catch (bytes memory reason) {
            if (bytes4(reason) != DryRunOk.selector) _bubble(reason);
        }
        proposals.push(
            Proposal({proposer: msg.sender, target: target, created: uint64(block.timestamp), queued: 0, executed: false, data: data})
        );
        id = proposals.length;
        emit ProposalCreated(id, msg.sender, target, data);
        _approve(id, msg.sender);
    }

    /// @notice Approves a live proposal.
    /// @param id the proposal.
    function approve(uint256 id) external onlyMember {
        _live(id);
        address[] storage a = approvals[id];
        for (uint256 i = 0; i < a.length; i++) {
            if (a[i] == msg.sender) revert AlreadyApproved(id);
        }
        _approve(id, msg.sender);
    }

    /// @notice Runs a queued proposal after its timelock, lengthened by the
    /// stakers' veto; not during a rage quit, not at the veto's second seal,
    /// not while withdrawals are paused. Any member.
    /// @param id the proposal.
    function execute(uint256 id) external onlyMember {
        Proposal storage p = _live(id);
        uint256 n = _count(id);
        if (p.queued == 0 || n < threshold) revert NoQuorum(id, n);
        (bool frozen, bool vetoed, uint256 extension) = vetoEscrow.vetoState();
        if (frozen) revert RageQuit(id);
        (,, uint256 withdrawalsPausedUntil) = pool.getPausedUntil();
        if (block.timestamp < withdrawalsPausedUntil) revert Paused(withdrawalsPausedUntil);
        if (vetoed) revert Vetoed(id);
        uint256 ready = uint256(p.queued) + timelockSeconds + extension;
        if (block.timestamp < ready) revert Timelock(id, ready);
        p.executed = true;
        (bool ok, bytes memory ret) = p.target.call(p.data);
        if (!ok) _bubble(ret); // the action's own error (the model checks it again when executed)
        emit ProposalExecuted(id, msg.sender);
    }

    /// @notice Runs a call and always reverts: with the call's own revert
    /// data when it fails, with DryRunOk when it succeeds. Only this
    /// contract (propose's check).
    /// @param target the contract to call.
    /// @param data the call.
    function dryRun(address target, bytes calldata data) external {
        if (msg.sender != address(this)) revert NotAuthorized(msg.sender);
        (bool ok, bytes memory ret) = target.call(data);
        if (!ok) _bubble(ret);
        revert DryRunOk();
    }

    function _bubble(bytes memory reason) private pure {
        assembly {
            revert(add(reason, 32), mload(reason))
        }
    }

    /// @notice Replaces the committee. Only through a proposal.
    /// @param members_ the new committee.
    /// @param threshold_ approvals needed.
    function setCommittee(address[] calldata members_, uint32 threshold_) external {
        if (msg.sender != address(this)) revert NotAuthorized(msg.sender);
        _setCommittee(members_, threshold_);
    }

    /// @notice Sets the timelock and the proposals' lifetime. Only through a proposal.
    /// @param timelock_ seconds between queueing and execution.
    /// @param lifetime_ seconds a proposal may gather approvals.
    function setTimings(uint64 timelock_, uint64 lifetime_) external {
        if (msg.sender != address(this)) revert NotAuthorized(msg.sender);
        _setTimings(timelock_, lifetime_);
    }

    /// @notice The committee.
    /// @return the members.
    function getMembers() external view returns (address[] memory) {
        return members;
    }

    /// @notice A proposal and its approvals by current members.
    /// @param id the proposal.
    /// @return p the proposal.
    /// @return approvalCount approvals by current members.
    function getProposal(uint256 id) external view returns (Proposal memory p, uint256 approvalCount) {
        if (id == 0 || id > proposals.length) revert UnknownProposal(id);
        return (proposals[id - 1], _count(id));
    }

    function _live(uint256 id) private view returns (Proposal storage p) {
        if (id == 0 || id > proposals.length) revert UnknownProposal(id);
        p = proposals[id - 1];
        if (p.executed) revert AlreadyExecuted(id);
        if (p.queued == 0 && block.timestamp > uint256(p.created) + lifetimeSeconds) revert ProposalExpired(id);
    }

    function _approve(uint256 id, address member) private {
        approvals[id].push(member);
        uint256 n = _count(id);
        emit ProposalApproved(id, member, n);
        Proposal storage p = proposals[id - 1];
        if (p.queued == 0 && n >= threshold) {
            p.queued = uint64(block.timestamp);
            emit ProposalQueued(id, block.timestamp + timelockSeconds);
        }
    }

    /// @dev Approvals by current members only (removed members no longer count).
    function _count(uint256 id) private view returns (uint256 n) {
        address[] storage a = approvals[id];
        for (uint256 i = 0; i < a.length; i++) {
            if (isMember[a[i]]) n++;
        }
    }

    function _setCommittee(address[] memory m, uint32 t) private {
        if (m.length == 0 || m.length > MAX_COMMITTEE || t == 0 || t > m.length) revert InvalidParameter();
        for (uint256 i = 0; i < members.length; i++) {
            isMember[members[i]] = false;
        }
        for (uint256 i = 0; i < m.length; i++) {
            if (m[i] == address(0) || isMember[m[i]]) revert InvalidParameter();
            isMember[m[i]] = true;
        }
        members = m;
        threshold = t;
        emit CommitteeChanged(m.length, t);
    }

    function _setTimings(uint64 timelock_, uint64 lifetime_) private {
        if (timelock_ > 2 ** 32 || lifetime_ == 0 || lifetime_ > 2 ** 32) revert InvalidParameter();
        timelockSeconds = timelock_;
        lifetimeSeconds = lifetime_;
        emit TimingsSet(timelock_, lifetime_);
    }
}
