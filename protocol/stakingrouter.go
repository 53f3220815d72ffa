package protocol

import (
	"github.com/holiman/uint256"
)

// The staking router (Lido's StakingRouter, in our words): the pool's
// validators come from staking modules, each a set of node operators with
// its own rules for keys, order and rewards. The router decides two things
// and nothing else:
//
//   - how many 32-ETH deposits each module gets: min-first over active
//     validators (deposited − exited), among modules that are active, have
//     a depositable key and stay within their target share of all active
//     validators; ties to the lowest id (allocateDeposits);
//   - how a report's fee is split: each module's part is weighted by its
//     active validators, its module fee to the module (which pays its own
//     operators by its own rule), its treasury fee to the treasury, and the
//     insurance fund's part of the whole fee out of the treasury's
//     (docs/operators.md, "Staking router").
//
// Module 1 is the curated registry (the operators in State.operators, with
// today's rules); its fees are the pool's fee parameters (FeeBP and its
// split), so that with only module 1 every number is today's. More modules
// are added by governance (ActAddModule) and each implements StakingModule:
// a second curated registry (curatedModule) or the permissionless bonded
// module.
//
// The Go side is an interface, not a kind switch: the router's allocation
// sees a module only through ModuleDeposits, and a module that is not
// curated through StakingModule, as StakingRouter.sol sees one only
// through contracts/src/interfaces/IStakingModule.sol (summary, deposit
// data in the module's order, the report's per-operator entries, the fee
// minted to it). Curated modules share the pool's operator list and its
// report code (report.go), so that module 1 runs today's code unchanged.
//
// Operators are named across modules by a global OperatorID: module m's
// operator k is (m − 1) << 24 | k (ModuleOperatorID). Module 1's operators
// keep their ids 0, 1, …, so the oracle report, its hash and every
// existing number stay as they were; a report's per-operator lists are
// ascending by global id, which is ascending by (module, operator).

// ModuleStatus is a module's state in the router (Lido's
// StakingModuleStatus).
type ModuleStatus uint8

// Module statuses. Never renumber: they are in proposals and snapshots.
const (
	ModuleActive         ModuleStatus = 0 // deposits and rewards
	ModuleDepositsPaused ModuleStatus = 1 // no deposits; its validators still earn its fee
	ModuleStopped        ModuleStatus = 2 // no deposits; its module fee goes to the treasury
)

// ModuleKind names what a module is.
type ModuleKind uint8

// Module kinds.
const (
	ModuleCurated ModuleKind = 1 // governance-approved operators (OperatorRegistry)
	ModuleBonded  ModuleKind = 2 // anyone, with a bond per validator
)

// MaxModules bounds the router's modules (global operator ids keep 8 bits
// for the module).
const MaxModules = 32

// moduleIDShift places the module in a global operator id.
const moduleIDShift = 24

// MaxModuleOperators bounds the operators of one module (24 bits).
const MaxModuleOperators = 1 << moduleIDShift

// ModuleOperatorID is the global id of module m's operator k (m ≥ 1).
func ModuleOperatorID(m ModuleID, k uint64) OperatorID {
	return OperatorID(uint64(m-1)<<moduleIDShift | k)
}

// SplitOperatorID is the module and the module's own operator id of a
// global operator id.
func SplitOperatorID(id OperatorID) (ModuleID, uint64) {
	return ModuleID(uint64(id)>>moduleIDShift) + 1, uint64(id) & (MaxModuleOperators - 1)
}

// Rejection codes of the router.
const (
	CodeModuleLimit        Code = "MODULE_LIMIT"          // already MaxModules modules
	CodeModuleFees         Code = "MODULE_FEES"           // module fee + treasury fee above 100%
	CodeModuleShare        Code = "MODULE_SHARE"          // target share above 100%
	CodeModuleStatus       Code = "MODULE_STATUS"         // not a ModuleStatus
	CodeModuleFeesByParams Code = "MODULE_FEES_BY_PARAMS" // module 1's fees are the pool's fee parameters
)

// ModuleParams are what governance sets of a module.
type ModuleParams struct {
	Name string
	// ShareBP is the module's target share of all the pool's active
	// validators (Lido's stakeShareLimit): deposits never take it above.
	ShareBP uint64
	// ModuleFeeBP and TreasuryFeeBP are the module's fee on its validators'
	// rewards (bp of rewards): the first paid to the module, the second to
	// the treasury (the insurance fund's part comes out of it).
	ModuleFeeBP   uint64
	TreasuryFeeBP uint64
	Status        ModuleStatus
}

// Module is one staking module as the router keeps it.
type Module struct {
	ID ModuleID
	ModuleParams
	Kind ModuleKind
	// ops are a curated module's operators (module 1's are State.operators);
	// impl is a module of another kind (nil for a curated one).
	ops  []*Operator
	impl StakingModule
}

// ModuleSummary is what the router reads of a module (IStakingModule's
// getStakingModuleSummary).
type ModuleSummary struct {
	Exited      uint64 // validators reported exited
	Deposited   uint64 // keys used by deposits
	Depositable uint64 // deposits its operators can take now
}

// Active is deposited − exited.
func (m ModuleSummary) Active() uint64 { return m.Deposited - m.Exited }

// ModuleDeposit is one key a module gives for a deposit, with the module's
// own operator id.
type ModuleDeposit struct {
	Operator uint64
	KeyIndex uint64
	Key      SigningKey
}

// ModuleReport is a report's entries for one module, with the module's own
// operator ids, each list ascending (the router cut them from the report's
// global lists).
type ModuleReport struct {
	RefSlot      uint64
	Exited       []OperatorCount
	ExitRequests []OperatorCount
	Stats        []OperatorStats
	// Charges are the report's execution-reward charges on the module's
	// operators (a module that is not curated takes them its own way: the
	// bonded module from the bond).
	Charges []OperatorAmount
	// Withdrawn are the report's withdrawal rows of the module's
	// operators (withdrawn.go; only a bonded module gets any).
	Withdrawn []OperatorWithdrawal
}

// ModuleEnv is what a module reads of the pool while planning a report.
type ModuleEnv struct {
	Now               uint64 // the block's timestamp
	ExitDeadlineSlots uint64
	StuckPenaltyDelay uint64
}

// RewardMint is one mint of a module's fee shares: to an operator's reward
// address, or, for a penalty, to the burner as a non-cover burn request.
type RewardMint struct {
	Operator uint64 // the module's own operator id
	To       Address
	Shares   uint256.Int
	Penalty  bool // minted to the burner (a stuck operator's withheld part)
}

// ModuleDeposits is the part of a module the router's allocation uses;
// every module has it.
type ModuleDeposits interface {
	Kind() ModuleKind
	// Summary is the module's totals at time now.
	Summary(now uint64) ModuleSummary
	// OperatorCount is the number of its operators (ids 0..n-1).
	OperatorCount() uint64
	// obtainDeposits takes the next n keys in the module's own order and
	// marks them deposited; n is at most Summary(now).Depositable.
	obtainDeposits(now, n uint64) []ModuleDeposit
}

// StakingModule is what the router asks of a module that is not curated;
// the contracts' IStakingModule has the same calls. Curated modules (1 and
// any second registry) keep their operators in the pool's operator list
// and the report handles them there (report.go), with today's rules; a
// module of another kind takes its report entries through these hooks.
// Report handling is plan-then-commit, as every report: planReport checks
// and computes and changes nothing; commitReport writes what the plan
// said. The guardians attest a module's nonce from the chain
// (DepositChain.Nonce); the model does not keep it.
type StakingModule interface {
	ModuleDeposits
	// planReport checks the module's report entries (exited counts never
	// fall nor pass deposits, known operators, ascending) and returns the
	// plan.
	planReport(env ModuleEnv, u *ModuleReport) (ModuleReportPlan, *Error)
	// rewards splits shares minted for the module (its module fee) among
	// its operators under the plan; what it does not give is dust, not
	// minted (rounded in the pool's favour).
	rewards(env ModuleEnv, plan ModuleReportPlan, shares *uint256.Int) []RewardMint
	// commitReport applies the plan (exits, exit requests, stats, stuck).
	commitReport(plan ModuleReportPlan, u *ModuleReport)
	// encodeState writes the module's state into the pool's snapshot;
	// decodeModule (stakingmodules.go) reads it back by the module's kind.
	encodeState(e *encoder)
}

// ModuleReportPlan is a module's part of a report plan. The fields the
// router reads are named; Data is the module's own (opaque to the router).
type ModuleReportPlan struct {
	NewlyExited uint64 // validators that exited since the last report
	ExitedAfter uint64 // the module's exited total after the report
	// RewardActive is the module's validators that count for its operators'
	// rewards (curated: of active operators); 0 sends its module fee to the
	// treasury.
	RewardActive uint64
	Data         any
}

// validateModuleParams checks a module's parameters: name as an
// operator's, share and fees each at most 100%, fees together at most
// 100%, a known status.
func validateModuleParams(p *ModuleParams) *Error {
	if err := validateOperator(p.Name, Address{1}); err != nil {
		return reject(CodeInvalidParameter, "module name must be 1..%d bytes without surrounding spaces", MaxOperatorNameLen)
	}
	if p.ShareBP > BP {
		return reject(CodeModuleShare, "target share %d bp is above 100%%", p.ShareBP)
	}
	if p.ModuleFeeBP > BP || p.TreasuryFeeBP > BP || p.ModuleFeeBP+p.TreasuryFeeBP > BP {
		return reject(CodeModuleFees, "module fee %d bp + treasury fee %d bp is above 100%%", p.ModuleFeeBP, p.TreasuryFeeBP)
	}
	if p.Status > ModuleStopped {
		return reject(CodeModuleStatus, "module status %d is not 0 (active), 1 (deposits paused) or 2 (stopped)", p.Status)
	}
	return nil
}

// commitHookedModules has each hooked module commit its plan: after the
// pool's own part of the report (its TokenRebased), as StakingRouter.sol's
// applyReport runs after the pool's (a module's calls move shares — a
// bond's burn — but never the totals).
func (s *State) commitHookedModules(plan *reportPlan) {
	for i, m := range s.modules {
		if m.impl != nil {
			m.impl.commitReport(plan.hookPlans[i], plan.hooked[i])
		}
	}
}
