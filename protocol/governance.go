package protocol

import (
	"slices"

	"github.com/holiman/uint256"
)

// ActionKind is what an executed proposal does.
type ActionKind uint8

// Governance actions. Nothing that changes parameters, operators or the
// committee happens except through one of these.
const (
	ActSetParameter       ActionKind = iota + 1 // Param, Value
	ActAddOperator                              // Name, Address (reward address)
	ActSetOperatorLimit                         // Operator, Limit
	ActSetOperatorActive                        // Operator, Active
	ActSetStakingLimit                          // Value = max (0 removes it), Value2 = refill per block
	ActPauseStaking                             //
	ActResumeStaking                            //
	ActSetCommittee                             // Members, Threshold
	ActSetOracleCommittee                       // Members, Threshold = quorum (more than half)
	ActSetTargetLimit                           // Operator, Mode (0 none, 1 soft, 2 forced), Limit
	ActSetSecondOpinion                         // Address of the second-opinion oracle (zero: none)
	ActRequestCover                             // Value = insurance-fund shares requested to burn as cover
	ActSetPauseCommittee                        // Address = committee (zero: none), Value = expiry timestamp, Value2 = pause seconds
	ActExtendPause                              // Mode = targets (1 staking, 2 deposits), Value = seconds from execution
	ActResumePaused                             // Mode = targets (1 staking, 2 deposits)
	ActAddModule                                // Name, ShareBP, ModuleFeeBP, TreasuryFeeBP, Status: a curated module
	ActSetModule                                // Module, Name, ShareBP, ModuleFeeBP, TreasuryFeeBP, Status
	ActAddModuleOperator                        // Module, Name, Address (reward address)
)

var actionNames = map[ActionKind]string{
	ActSetParameter: "set-parameter", ActAddOperator: "add-operator", ActSetOperatorLimit: "set-operator-limit",
	ActSetOperatorActive: "set-operator-active", ActSetStakingLimit: "set-staking-limit",
	ActPauseStaking: "pause-staking", ActResumeStaking: "resume-staking", ActSetCommittee: "set-committee",
	ActSetOracleCommittee: "set-oracle-committee", ActSetTargetLimit: "set-target-limit",
	ActSetSecondOpinion: "set-second-opinion", ActRequestCover: "request-cover",
	ActSetPauseCommittee: "set-pause-committee", ActExtendPause: "extend-pause", ActResumePaused: "resume-paused",
	ActAddModule: "add-module", ActSetModule: "set-module", ActAddModuleOperator: "add-module-operator",
}

func (k ActionKind) String() string {
	if n, ok := actionNames[k]; ok {
		return n
	}
	return "unknown"
}

// Action is one governance change; fields unused by its kind are zero.
type Action struct {
	Kind      ActionKind
	Param     ParamID
	Value     uint256.Int
	Value2    uint256.Int
	Operator  OperatorID
	Name      string
	Address   Address
	Limit     uint64
	Active    bool
	Mode      uint8
	Members   []Address
	Threshold uint32
	// The staking router's actions (stakingrouter.go).
	Module        ModuleID
	ShareBP       uint64
	ModuleFeeBP   uint64
	TreasuryFeeBP uint64
	Status        ModuleStatus
}

// moduleParams are the module parameters an action carries.
func (a *Action) moduleParams() ModuleParams {
	return ModuleParams{Name: a.Name, ShareBP: a.ShareBP, ModuleFeeBP: a.ModuleFeeBP, TreasuryFeeBP: a.TreasuryFeeBP, Status: a.Status}
}

// Proposal is an action on its way through governance.
type Proposal struct {
	ID        ProposalID
	Proposer  Address
	Action    Action
	Approvals []Address // ascending
	Created   uint64    // timestamp of the block it was proposed in
	// Queued is the timestamp at which approvals reached the threshold (0
	// until then); the action can run from Queued + timelock on.
	Queued   uint64
	Executed bool
	// Params, for a set-parameter proposal, are the parameters as the
	// proposal left them when it was made. On chain the proposal's call is
	// its home contract's setter with that contract's whole set, so
	// executing it sets the whole set as it stood then (ParamHome): of two
	// pending proposals to one contract's parameters, the one executed
	// last undoes the other's change (docs/governance.md).
	Params Params
}

type governance struct {
	members   []Address // ascending
	threshold uint32
	proposals []*Proposal
}

// MaxCommittee bounds the governance committee's size.
const MaxCommittee = 64

func validateCommittee(members []Address, threshold uint32) *Error {
	if len(members) == 0 || len(members) > MaxCommittee {
		return reject(CodeInvalidParameter, "committee needs 1..%d members, got %d", MaxCommittee, len(members))
	}
	if threshold == 0 || int(threshold) > len(members) {
		return reject(CodeInvalidParameter, "threshold %d is not in 1..%d", threshold, len(members))
	}
	seen := make(map[Address]bool, len(members))
	for _, m := range members {
		if m == (Address{}) {
			return reject(CodeInvalidParameter, "committee member is the zero address")
		}
		if seen[m] {
			return reject(CodeInvalidParameter, "committee member %s listed twice", m)
		}
		seen[m] = true
	}
	return nil
}

// Committee returns the governance members and threshold.
func (s *State) Committee() ([]Address, uint32) {
	return slices.Clone(s.gov.members), s.gov.threshold
}

// Proposal returns a copy of a proposal.
func (s *State) Proposal(id ProposalID) (Proposal, bool) {
	if id == 0 || uint64(id) > uint64(len(s.gov.proposals)) {
		return Proposal{}, false
	}
	p := *s.gov.proposals[id-1]
	p.Approvals = slices.Clone(p.Approvals)
	p.Action.Members = slices.Clone(p.Action.Members)
	return p, true
}

// ProposalCount is the number of proposals ever made.
func (s *State) ProposalCount() int { return len(s.gov.proposals) }

func (s *State) isMember(a Address) bool {
	_, ok := slices.BinarySearchFunc(s.gov.members, a, compareAddr)
	return ok
}

// checkAction validates an action against the current state without
// changing anything, so a proposal that could never run is refused early.
func (s *State) checkAction(a *Action) *Error {
	switch a.Kind {
	case ActSetParameter:
		if _, err := s.params.set(a.Param, &a.Value); err != nil {
			return err.(*Error)
		}
	case ActAddOperator:
		return validateOperator(a.Name, a.Address)
	case ActSetOperatorLimit:
		_, err := s.operator(a.Operator)
		return err
	case ActSetOperatorActive:
		_, err := s.operator(a.Operator)
		return err
	case ActSetStakingLimit:
		if err := validateStakeLimit(&a.Value, &a.Value2); err != nil {
			return err.(*Error)
		}
	case ActPauseStaking, ActResumeStaking:
	case ActSetCommittee:
		return validateCommittee(a.Members, a.Threshold)
	case ActSetOracleCommittee:
		return validateOracleCommittee(a.Members, a.Threshold)
	case ActSetTargetLimit:
		if _, err := s.operator(a.Operator); err != nil {
			return err
		}
		if a.Mode > 2 {
			return reject(CodeInvalidParameter, "target limit mode %d is not 0, 1 or 2", a.Mode)
		}
	case ActSetSecondOpinion:
	case ActSetPauseCommittee, ActExtendPause, ActResumePaused:
		return checkPauseAction(a)
	case ActRequestCover:
		if err := checkAmount(&a.Value, "shares"); err != nil {
			return err
		}
		if ins := s.sharesOf(s.insurance); a.Value.IsZero() || a.Value.Gt(ins) {
			return reject(CodeInsufficientShares, "the insurance fund holds %s shares, cannot cover with %s", ins.Dec(), a.Value.Dec())
		}
	case ActAddModule, ActSetModule, ActAddModuleOperator:
		return s.checkModuleAction(a)
	default:
		return reject(CodeMalformed, "unknown governance action %d", a.Kind)
	}
	return nil
}

// paramsAfter is the parameters once set-parameter proposal p runs: its
// home's whole set as proposed, the other homes' as they are now.
func (s *State) paramsAfter(p *Proposal) Params {
	return s.params.withHome(&p.Params, p.Action.Param.Home())
}

// setParams runs a set-parameter proposal. A new frame length re-anchors
// the frames at the current frame's start, measured with the old length
// (Oracle.setParams: only when the length changes).
func (s *State) setParams(p *Proposal) {
	next := s.paramsAfter(p)
	if next.EpochsPerFrame != s.params.EpochsPerFrame {
		s.reanchorFrames()
	}
	s.params = next
	s.emit(Event{Kind: EvParameterSet, Index: uint64(p.Action.Param), Amount: p.Action.Value})
}

// runAction applies a validated action (set-parameter: setParams).
func (s *State) runAction(a *Action) {
	switch a.Kind {
	case ActAddOperator:
		s.addOperator(a.Name, a.Address)
	case ActSetOperatorLimit:
		s.operatorAt(a.Operator).Limit = a.Limit
		s.emit(Event{Kind: EvOperatorLimitSet, Operator: a.Operator, Index: a.Limit})
	case ActSetOperatorActive:
		s.operatorAt(a.Operator).Active = a.Active
		var v uint64
		if a.Active {
			v = 1
		}
		s.emit(Event{Kind: EvOperatorActiveSet, Operator: a.Operator, Index: v})
	case ActSetStakingLimit:
		s.setStakeLimit(&a.Value, &a.Value2)
	case ActPauseStaking:
		s.setStakingPaused(true)
	case ActResumeStaking:
		s.setStakingPaused(false)
	case ActSetCommittee:
		s.gov.members = slices.Clone(a.Members)
		slices.SortFunc(s.gov.members, compareAddr)
		s.gov.threshold = a.Threshold
		s.emit(Event{Kind: EvGovernanceChanged, Index: uint64(len(a.Members)), Count: uint64(a.Threshold)})
	case ActSetOracleCommittee:
		s.oracle.members = slices.Clone(a.Members)
		slices.SortFunc(s.oracle.members, compareAddr)
		s.oracle.quorum = a.Threshold
		// Votes of the current frame are recounted against the new committee.
		s.oracle.votes, s.oracle.consensus = nil, [32]byte{}
		s.emit(Event{Kind: EvOracleCommitteeChanged, Index: uint64(len(a.Members)), Count: uint64(a.Threshold)})
	case ActSetTargetLimit:
		op := s.operatorAt(a.Operator)
		op.TargetMode, op.TargetLimit = a.Mode, a.Limit
		if a.Mode == 0 {
			op.TargetLimit = 0
		}
		s.emit(Event{Kind: EvTargetLimitSet, Operator: a.Operator, Index: op.TargetLimit, Count: uint64(a.Mode)})
	case ActSetSecondOpinion:
		s.oracle.secondOpinion = a.Address
		s.emit(Event{Kind: EvSecondOpinionSet, To: a.Address})
	case ActRequestCover:
		s.requestBurn(s.insurance, &a.Value, true)
	case ActSetPauseCommittee, ActExtendPause, ActResumePaused:
		s.runPauseAction(a)
	case ActAddModule, ActSetModule, ActAddModuleOperator:
		s.runModuleAction(a)
	}
}

// propose records a proposal; the proposer's approval counts at once.
func (s *State) propose(sender Address, a *Action) *Error {
	if !s.isMember(sender) {
		return reject(CodeNotAuthorized, "%s is not a governance member", sender)
	}
	if err := s.checkAction(a); err != nil {
		return err
	}
	p := &Proposal{ID: ProposalID(len(s.gov.proposals) + 1), Proposer: sender, Action: *a, Created: s.time}
	p.Action.Members = slices.Clone(a.Members)
	if a.Kind == ActSetParameter {
		p.Params, _ = s.params.set(a.Param, &a.Value) // checked above
	}
	s.gov.proposals = append(s.gov.proposals, p)
	s.emit(Event{Kind: EvProposalCreated, Index: uint64(p.ID), From: sender})
	s.addApproval(p, sender)
	return nil
}

func (s *State) addApproval(p *Proposal, member Address) {
	i, _ := slices.BinarySearchFunc(p.Approvals, member, compareAddr)
	p.Approvals = slices.Insert(p.Approvals, i, member)
	n := s.approvalsOf(p) // by current members (the contract's count)
	s.emit(Event{Kind: EvProposalApproved, Index: uint64(p.ID), From: member, Count: uint64(n)})
	if p.Queued == 0 && n >= s.gov.threshold {
		p.Queued = s.time
		s.emit(Event{Kind: EvProposalQueued, Index: uint64(p.ID), Count: s.time + s.params.TimelockSeconds})
	}
}

// approvalsOf counts approvals by current members only (members removed
// by a committee change no longer count).
func (s *State) approvalsOf(p *Proposal) uint32 {
	var n uint32
	for _, a := range p.Approvals {
		if s.isMember(a) {
			n++
		}
	}
	return n
}

func (s *State) liveProposal(id ProposalID) (*Proposal, *Error) {
	if id == 0 || uint64(id) > uint64(len(s.gov.proposals)) {
		return nil, reject(CodeUnknownProposal, "no proposal %d", id)
	}
	p := s.gov.proposals[id-1]
	if p.Executed {
		return nil, reject(CodeAlreadyExecuted, "proposal %d was executed", id)
	}
	if p.Queued == 0 && s.time > p.Created+s.params.ProposalLifetimeSeconds {
		return nil, reject(CodeProposalExpired, "proposal %d expired at %d", id, p.Created+s.params.ProposalLifetimeSeconds)
	}
	return p, nil
}

func (s *State) approve2(sender Address, id ProposalID) *Error {
	if !s.isMember(sender) {
		return reject(CodeNotAuthorized, "%s is not a governance member", sender)
	}
	p, err := s.liveProposal(id)
	if err != nil {
		return err
	}
	if _, dup := slices.BinarySearchFunc(p.Approvals, sender, compareAddr); dup {
		return reject(CodeAlreadyApproved, "%s already approved proposal %d", sender, id)
	}
	s.addApproval(p, sender)
	return nil
}

// ReadyAt is when a queued proposal may run, given the veto's support now:
// its queueing time plus the timelock plus the veto's extension (0 for a
// proposal not queued). The veto and a rage quit can still hold it then.
func (s *State) ReadyAt(id ProposalID) uint64 {
	p, ok := s.Proposal(id)
	if !ok || p.Queued == 0 {
		return 0
	}
	return p.Queued + s.params.TimelockSeconds + s.VetoExtension()
}

// execute runs a queued proposal after its timelock, lengthened by the
// stakers' veto; nothing runs while a rage quit holds proposals frozen,
// while the veto holds the second seal, or while withdrawals are paused
// (so that no pause can trap holders before a proposal runs). Any member
// may execute. The action is checked again against the current state.
func (s *State) execute(sender Address, id ProposalID) *Error {
	if !s.isMember(sender) {
		return reject(CodeNotAuthorized, "%s is not a governance member", sender)
	}
	p, err := s.liveProposal(id)
	if err != nil {
		return err
	}
	if p.Queued == 0 || s.approvalsOf(p) < s.gov.threshold {
		return reject(CodeNoQuorum, "proposal %d has %d of %d approvals", id, s.approvalsOf(p), s.gov.threshold)
	}
	if s.rageQuitFrozen() {
		_, start, last, _ := s.RageQuit()
		return reject(CodeRageQuit, "a rage quit (from %d) holds proposals until %d and until request %d is finalized", start, start+s.params.RageQuitWindowSeconds, last)
	}
	if s.Paused(PauseWithdrawals) {
		return reject(CodePaused, "no proposal runs while withdrawals are paused (until %d)", s.PausedUntil(PauseWithdrawals))
	}
	if s.vetoAtLeast(s.params.VetoSecondSealBP) {
		return reject(CodeVetoed, "the escrow holds %d bp of the shares, at or above the second seal of %d bp: nothing executes", s.VetoSupportBP(), s.params.VetoSecondSealBP)
	}
	if ready := p.Queued + s.params.TimelockSeconds + s.VetoExtension(); s.time < ready {
		return reject(CodeTimelock, "proposal %d can run from %d (now %d; the veto adds %d s)", id, ready, s.time, s.VetoExtension())
	}
	if p.Action.Kind == ActSetParameter {
		// The whole home set as proposed; it was valid then, and every
		// rule across parameters is within one home, so it is valid now.
		next := s.paramsAfter(p)
		if err := next.validate(); err != nil {
			return err.(*Error)
		}
	} else if err := s.checkAction(&p.Action); err != nil {
		return err
	}
	p.Executed = true
	if p.Action.Kind == ActSetParameter {
		s.setParams(p)
	} else {
		s.runAction(&p.Action)
	}
	s.emit(Event{Kind: EvProposalExecuted, Index: uint64(id), From: sender})
	return nil
}
