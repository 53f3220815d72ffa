package protocol

import (
	"slices"

	"github.com/ethereum/go-ethereum/common"
	"github.com/holiman/uint256"

	"github.com/stakepool/stakepool/units"
)

// OracleReport is what the oracle committee agrees on for one frame's
// reference slot (docs/oracle.md). Members vote on its Hash, then one of
// them submits the data.
type OracleReport struct {
	RefSlot uint64
	// Validators is the number of the pool's validators ever seen on the
	// beacon chain (exited ones included); Balance their summed balance at
	// the reference slot.
	Validators uint64
	Balance    units.Gwei
	// Vault balances at the reference slot, in wei.
	WithdrawalVault uint256.Int
	ELRewardsVault  uint256.Int
	// Exited are operators' total exited validator counts, for the
	// operators whose count changed, ascending by operator.
	Exited []OperatorCount
	// SharesRequestedToBurn is what the burner held to burn at the
	// reference slot (cover and non-cover); at most what it holds now.
	SharesRequestedToBurn uint256.Int
	// Batches are the withdrawal requests to finalize, as Lido's
	// withdrawalFinalizationBatches: the last request id of each batch,
	// ascending, at most MaxFinalizationBatches; empty finalizes nothing.
	// Every request of a batch is worth either its locked stETH or its
	// shares at SimulatedShareRate (State.CalculateFinalizationBatches).
	Batches []uint64
	// SimulatedShareRate is the share rate (1e27 precision) the report
	// gives when it finalizes nothing (State.SimulateReport): requests are
	// finalized at it and it must be within the deviation limit of the
	// applied one.
	SimulatedShareRate uint256.Int
	// Bunker reports that losses are still unfolding (docs/oracle.md).
	Bunker bool
	// ExitRequests asks operators to exit their next (oldest) validators,
	// ascending by operator.
	ExitRequests []OperatorCount
	// Stats add to the operators' scorecards, ascending by operator.
	Stats []OperatorStats
	// ELRewardsCharges are, per operator (ascending), the execution
	// rewards its validators' blocks of the frame paid elsewhere than the
	// execution-rewards vault (wei, above zero): charged to the operator
	// (protocol/elrewards.go).
	ELRewardsCharges []OperatorAmount
	// Withdrawn are, per operator of a bonded module (ascending), its
	// total count of validators whose full withdrawal the chain has paid
	// (like Exited, for operators whose count changed) and the shortfall
	// of the newly withdrawn ones' final withdrawals below 32 ETH each
	// (protocol/withdrawn.go): the loss is charged to the operator's bond,
	// then the bond of those validators is freed.
	Withdrawn []OperatorWithdrawal
}

// OperatorCount is a count for one operator.
type OperatorCount struct {
	Operator OperatorID
	Count    uint64
}

// OperatorStats is one frame's performance of an operator's validators.
type OperatorStats struct {
	Operator           OperatorID
	MissedAttestations uint64
	MissedProposals    uint64
	Slashed            uint64
}

type oracleVote struct {
	member Address
	hash   common.Hash
}

type oracleState struct {
	members []Address // ascending
	quorum  uint32
	// initialEpoch anchors the frames: frame i starts at epoch
	// initialEpoch + i × EpochsPerFrame (Lido's HashConsensus; a change of
	// EpochsPerFrame re-anchors it at the current frame's start).
	initialEpoch uint64
	// Votes for refSlot; consensus is the hash that reached quorum.
	refSlot   uint64
	votes     []oracleVote // ascending by member
	consensus common.Hash
	// lastRefSlot is the reference slot of the last applied report (the
	// slot of the pool's genesis before the first).
	lastRefSlot uint64
	reports     []ReportRecord
	bunker      bool
	bunkerSince uint64 // timestamp from which requests wait while in bunker mode
	alert       bool   // raised by one member, cleared by the next report
	alertTime   uint64
	// reportsApplied counts every report since genesis.
	reportsApplied uint64
	// rebases is LIP-23's history (one record a report, the oldest pruned).
	rebases []rebaseRecord
	// secondOpinion is the second-opinion oracle's address (zero: none)
	// and opinion its last account of a reference slot.
	secondOpinion Address
	opinion       SecondOpinion
	hasOpinion    bool
}

// ReportRecord is an applied report, kept for queries and APR.
type ReportRecord struct {
	RefSlot        uint64
	PrevRefSlot    uint64
	Block          uint64
	Hash           common.Hash
	PreTotalEther  uint256.Int
	PreTotalShares uint256.Int
	PostTotalEther uint256.Int
	PostTotalShare uint256.Int
	// Rewards counted for the fee (0 when the consensus side made no
	// profit: LIP-12), the fee shares minted, ETH pulled from the vaults,
	// the insurance fund's cover requested for a loss (the value of its
	// shares at the pre-report rate), the shares burnt (cover first, then
	// non-cover).
	Rewards         uint256.Int
	FeeShares       uint256.Int
	WithdrawalsPull uint256.Int
	ELRewardsPull   uint256.Int
	InsuranceCover  uint256.Int
	SharesBurnt     uint256.Int
	FinalizedUpTo   uint64
	EtherLocked     uint256.Int
	Bunker          bool
	APR             int64 // of this report, parts per billion a year, net of fees
}

// maxReportsKept is the report history kept in the state: at least this
// many of the last reports (all of them before), at most twice as many
// (commitReport trims in batches).
const maxReportsKept = 1024

func validateOracleCommittee(members []Address, quorum uint32) *Error {
	if err := validateCommittee(members, quorum); err != nil {
		return err
	}
	if uint64(quorum)*2 <= uint64(len(members)) {
		return reject(CodeInvalidParameter, "oracle quorum %d must exceed half of the %d members", quorum, len(members))
	}
	return nil
}

// OracleCommittee returns the oracle members and quorum.
func (s *State) OracleCommittee() ([]Address, uint32) {
	return slices.Clone(s.oracle.members), s.oracle.quorum
}

func (s *State) isOracleMember(a Address) bool {
	_, ok := slices.BinarySearchFunc(s.oracle.members, a, compareAddr)
	return ok
}

// frameStart is the first slot of the frame that slot is in (Lido's
// HashConsensus: frames of EpochsPerFrame epochs from the initial epoch);
// false before the initial epoch.
func (s *State) frameStart(slot uint64) (uint64, bool) {
	epoch := slot / s.chain.SlotsPerEpoch
	if epoch < s.oracle.initialEpoch {
		return 0, false
	}
	epf := s.params.EpochsPerFrame
	start := s.oracle.initialEpoch + (epoch-s.oracle.initialEpoch)/epf*epf
	return start * s.chain.SlotsPerEpoch, true
}

// CurrentRefSlot is the reference slot of the frame the current block's
// slot is in: the slot before the frame's first (the last slot of the
// epoch before it). False when the frame starts at slot 0 and so has none.
// A report for it may be applied until the frame ends (its deadline, the
// frame's last slot), once.
func (s *State) CurrentRefSlot() (uint64, bool) {
	start, ok := s.frameStart(s.Slot())
	if !ok || start == 0 {
		return 0, false
	}
	return start - 1, true
}

// AtFrameStart reports whether the current block's slot is the first slot
// of an oracle frame (when in-process members compute their reports: the
// chain is then at the reference slot).
func (s *State) AtFrameStart() bool {
	start, ok := s.frameStart(s.Slot())
	return ok && start == s.Slot()
}

// SlotsPerFrame is the length of an oracle frame in slots.
func (s *State) SlotsPerFrame() uint64 { return s.params.EpochsPerFrame * s.chain.SlotsPerEpoch }

// reanchorFrames keeps the current frame's start as the initial epoch
// before EpochsPerFrame changes (Lido's setFrameConfig).
func (s *State) reanchorFrames() {
	if start, ok := s.frameStart(s.Slot()); ok {
		s.oracle.initialEpoch = start / s.chain.SlotsPerEpoch
	}
}

// refTime is the timestamp of a reference slot (Lido's reportTimestamp).
func (s *State) refTime(refSlot uint64) uint64 { return s.slotTime(refSlot) }

// LastReport returns the last applied report's record.
func (s *State) LastReport() (ReportRecord, bool) {
	if len(s.oracle.reports) == 0 {
		return ReportRecord{}, false
	}
	return s.oracle.reports[len(s.oracle.reports)-1], true
}

// Reports returns the kept report records, oldest first.
func (s *State) Reports() []ReportRecord { return slices.Clone(s.oracle.reports) }

// ReportCount is the number of reports applied since genesis.
func (s *State) ReportCount() uint64 { return s.reportCount() }

func (s *State) reportCount() uint64 { return s.oracle.reportsApplied }

// Bunker reports whether bunker mode (or a member's alert) holds.
func (s *State) Bunker() bool { return s.oracle.bunker || s.oracle.alert }

// ConsensusHash returns the hash that reached quorum for the current
// votes' reference slot, if any.
func (s *State) ConsensusHash() (refSlot uint64, hash common.Hash, ok bool) {
	return s.oracle.refSlot, s.oracle.consensus, s.oracle.consensus != (common.Hash{})
}

// checkFrame accepts refSlot only if it is the current frame's, not yet
// processed.
func (s *State) checkFrame(refSlot uint64) *Error {
	cur, ok := s.CurrentRefSlot()
	switch {
	case !ok:
		return reject(CodeOracleWrongFrame, "no report is due in the first frame (slot %d)", s.Slot())
	case refSlot < cur:
		return reject(CodeOracleStaleFrame, "reference slot %d belongs to a past frame; the current one is %d", refSlot, cur)
	case refSlot > cur:
		return reject(CodeOracleWrongFrame, "reference slot %d is not the current frame's %d", refSlot, cur)
	case refSlot <= s.oracle.lastRefSlot:
		return reject(CodeOracleAlreadyProcessed, "the report for reference slot %d was already applied (or precedes the pool)", refSlot)
	}
	return nil
}

// vote records a member's report hash for refSlot. A member may change its
// vote; repeating the same vote is rejected.
func (s *State) vote(sender Address, refSlot uint64, hash common.Hash) *Error {
	if !s.isOracleMember(sender) {
		return reject(CodeNotAuthorized, "%s is not an oracle member", sender)
	}
	if err := s.checkFrame(refSlot); err != nil {
		return err
	}
	if hash == (common.Hash{}) {
		return reject(CodeMalformed, "the zero hash is not a report")
	}
	o := &s.oracle
	if o.refSlot != refSlot {
		o.refSlot, o.votes, o.consensus = refSlot, nil, common.Hash{}
	}
	i, found := slices.BinarySearchFunc(o.votes, sender, func(v oracleVote, a Address) int { return compareAddr(v.member, a) })
	if found {
		if o.votes[i].hash == hash {
			return reject(CodeOracleDuplicateVote, "%s already voted %s for reference slot %d", sender, hash.Hex(), refSlot)
		}
		o.votes[i].hash = hash
	} else {
		o.votes = slices.Insert(o.votes, i, oracleVote{member: sender, hash: hash})
	}
	support := s.support(hash)
	// The consensus is whichever hash has a quorum of members' votes (at
	// most one can: the quorum is more than half). A later vote for
	// another hash does not clear it unless it takes support away.
	o.consensus = common.Hash{}
	for _, v := range o.votes {
		if s.support(v.hash) >= o.quorum {
			o.consensus = v.hash
			break
		}
	}
	s.emit(Event{Kind: EvOracleVote, From: sender, Index: refSlot, Count: uint64(support)})
	if o.consensus == hash {
		s.emit(Event{Kind: EvOracleConsensus, Index: refSlot, Count: uint64(support)})
	}
	return nil
}

// support counts the current members whose vote is hash.
func (s *State) support(hash common.Hash) uint32 {
	var n uint32
	for _, v := range s.oracle.votes {
		if v.hash == hash && s.isOracleMember(v.member) {
			n++
		}
	}
	return n
}

// submitSecondOpinion records the second-opinion oracle's account of the
// current frame's reference slot (LIP-23's second opinion: a negative
// rebase beyond the allowance passes when it confirms the balance).
func (s *State) submitSecondOpinion(sender Address, refSlot uint64, balance uint64, vault *uint256.Int) *Error {
	if sender != s.oracle.secondOpinion || sender == (Address{}) {
		return reject(CodeNotAuthorized, "%s is not the second-opinion oracle", sender)
	}
	if err := s.checkFrame(refSlot); err != nil {
		return err
	}
	if err := checkAmount(vault, "withdrawal vault"); err != nil {
		return err
	}
	s.oracle.opinion = SecondOpinion{RefSlot: refSlot, Balance: balance, WithdrawalVault: *vault}
	s.oracle.hasOpinion = true
	s.emit(Event{Kind: EvSecondOpinion, From: sender, Index: refSlot, Count: balance, Amount: *vault})
	return nil
}

// SecondOpinionOracle is the second-opinion oracle's address (zero: none).
func (s *State) SecondOpinionOracle() Address { return s.oracle.secondOpinion }

// SecondOpinion is the second-opinion oracle's last account; false if it
// has given none.
func (s *State) SecondOpinion() (SecondOpinion, bool) { return s.oracle.opinion, s.oracle.hasOpinion }

// alert lets any single member raise bunker mode at once (for example on
// seeing one of the pool's validators slashed): instant withdrawals and
// deposits stop, and queued requests made from now on wait, until the next
// applied report says whether bunker mode holds.
func (s *State) raiseAlert(sender Address) *Error {
	if !s.isOracleMember(sender) {
		return reject(CodeNotAuthorized, "%s is not an oracle member", sender)
	}
	if s.oracle.alert {
		return reject(CodeOracleDuplicateVote, "the alert is already raised")
	}
	s.oracle.alert = true
	s.oracle.alertTime = s.time
	s.emit(Event{Kind: EvBunkerAlert, From: sender, Index: s.time})
	return nil
}

// OperatorStates returns copies of all operators, by id, without their
// keys (Keys is nil): the counts and scorecards the oracle reads every
// frame, without copying every signing key.
func (s *State) OperatorStates() []Operator {
	out := make([]Operator, len(s.operators))
	for i, o := range s.operators {
		out[i] = *o
		out[i].Keys = nil
	}
	return out
}
