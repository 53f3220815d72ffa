package indexer

import (
	"fmt"
	"math/big"
	"strings"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/holiman/uint256"
)

// Contract names a role among the pool's contracts.
type Contract uint8

// The pool's contracts whose events the indexer follows.
const (
	Pool Contract = iota // the pool and its stETH
	WstETH
	WithdrawalQueue
	Registry
	Governance
	Oracle
	WithdrawalVault
	ELRewardsVault
	VetoEscrow // the stakers' veto escrow
	GateSeal   // the emergency pause committee's seal
	Bonded     // the permissionless bonded module (bonds.go)
	numContracts
)

var contractNames = [numContracts]string{"Pool", "WstETH", "WithdrawalQueue", "OperatorRegistry", "Governance", "Oracle", "WithdrawalVault", "ELRewardsVault", "VetoEscrow", "GateSeal", "BondedModule"}

func (c Contract) String() string {
	if c < numContracts {
		return contractNames[c]
	}
	return fmt.Sprintf("Contract(%d)", uint8(c))
}

// eventDef is an event the indexer understands: its contract, its
// Solidity signature with the indexed parameters marked, and whether it
// still waits for a contract that has not landed (the oracle's report).
type eventDef struct {
	contract Contract
	sig      string
	pending  bool
}

// events lists every event the indexer decodes. Their ABI is ours (parsed
// from these lines), not the generated bindings', so that a binding
// regenerated for an unrelated change does not move the indexer;
// TestEventsMatchArtifacts checks each line against the contracts' ABIs.
var events = []eventDef{
	// The pool and stETH.
	{Pool, "Transfer(address indexed from, address indexed to, uint256 value)", false},
	{Pool, "TransferShares(address indexed from, address indexed to, uint256 sharesValue)", false},
	{Pool, "Approval(address indexed owner, address indexed spender, uint256 value)", false},
	{Pool, "Submitted(address indexed sender, uint256 amount, address referral)", false},
	{Pool, "Deposited(uint256 indexed operatorId, uint256 depositIndex, uint256 keyIndex, uint256 amount)", false},
	{Pool, "Unbuffered(uint256 amount)", false},
	{Pool, "InstantWithdrawal(address indexed account, uint256 ethPaid, uint256 sharesBurnt)", false},
	{Pool, "StakingLimitSet(uint256 maxStakeLimit, uint256 stakeLimitIncreasePerBlock)", false},
	{Pool, "StakingPaused()", false},
	{Pool, "StakingResumed()", false},
	{Pool, "PoolParamsSet(uint256 dustFloor, uint256 reserveTargetBP, uint256 instantWithdrawalBP, uint256 maxDepositsPerBlock)", false},
	{Pool, "BunkerModeSet(bool bunker)", false},
	{Pool, "TokenRebased(uint256 indexed reportTimestamp, uint256 timeElapsed, uint256 preTotalShares, uint256 preTotalEther, uint256 postTotalShares, uint256 postTotalEther, uint256 sharesMintedAsFees)", false},
	{Pool, "SharesBurnt(address indexed account, uint256 sharesAmount)", false},
	{Pool, "InsuranceCover(uint256 amount, uint256 sharesBurnt)", false},
	{Pool, "FeeMinted(address indexed to, uint256 sharesAmount, uint256 operatorId)", false},
	{Pool, "StuckPenalty(uint256 indexed operatorId, uint256 sharesAmount)", false},
	{Pool, "ELRewardsCharged(uint256 indexed operatorId, uint256 sharesAmount)", false},
	{Pool, "PausedUntil(uint256 targets, uint256 until)", false},
	{Pool, "PauseResumed(uint256 targets)", false},
	// wstETH.
	{WstETH, "Transfer(address indexed from, address indexed to, uint256 value)", false},
	{WstETH, "Approval(address indexed owner, address indexed spender, uint256 value)", false},
	// The withdrawal queue (requests are ERC-721 tokens).
	{WithdrawalQueue, "Transfer(address indexed from, address indexed to, uint256 indexed tokenId)", false},
	{WithdrawalQueue, "Approval(address indexed owner, address indexed approved, uint256 indexed tokenId)", false},
	{WithdrawalQueue, "ApprovalForAll(address indexed owner, address indexed operator, bool approved)", false},
	{WithdrawalQueue, "WithdrawalRequested(uint256 indexed requestId, address indexed requestor, address indexed owner, uint256 amountOfStETH, uint256 amountOfShares)", false},
	{WithdrawalQueue, "WithdrawalsFinalized(uint256 indexed from, uint256 indexed to, uint256 amountOfETHLocked, uint256 sharesToBurn, uint256 timestamp)", false},
	{WithdrawalQueue, "WithdrawalClaimed(uint256 indexed requestId, address indexed owner, address indexed receiver, uint256 amountOfETH)", false},
	{WithdrawalQueue, "WithdrawalBoundsSet(uint256 minWithdrawal, uint256 maxWithdrawal)", false},
	// The operator registry.
	{Registry, "OperatorAdded(uint256 indexed operatorId, string name, address rewardAddress)", false},
	{Registry, "OperatorLimitSet(uint256 indexed operatorId, uint256 limit)", false},
	{Registry, "VettedSigningKeysDecreased(uint256 indexed operatorId, uint256 limit)", false},
	{Registry, "OperatorActiveSet(uint256 indexed operatorId, bool active)", false},
	{Registry, "SigningKeysAdded(uint256 indexed operatorId, uint256 firstIndex, uint256 count)", false},
	{Registry, "SigningKeysRemoved(uint256 indexed operatorId, uint256 firstIndex, uint256 count)", false},
	{Registry, "ExitedUpdated(uint256 indexed operatorId, uint256 exited)", false},
	{Registry, "ExitRequested(uint256 indexed operatorId, uint256 keyIndex)", false},
	{Registry, "StuckUpdated(uint256 indexed operatorId, uint256 stuck)", false},
	{Registry, "ScorecardUpdated(uint256 indexed operatorId, uint256 missedAttestations, uint256 missedProposals, uint256 slashed)", false},
	{Registry, "StuckPenaltyEndSet(uint256 indexed operatorId, uint256 penaltyEnd)", false},
	{Registry, "TargetValidatorsCountChanged(uint256 indexed nodeOperatorId, uint256 targetValidatorsCount, uint256 targetLimitMode)", false},
	// Governance.
	{Governance, "ProposalCreated(uint256 indexed id, address indexed proposer, address target, bytes data)", false},
	{Governance, "ProposalApproved(uint256 indexed id, address indexed member, uint256 approvals)", false},
	{Governance, "ProposalQueued(uint256 indexed id, uint256 readyAt)", false},
	{Governance, "ProposalExecuted(uint256 indexed id, address indexed executor)", false},
	{Governance, "CommitteeChanged(uint256 members, uint256 threshold)", false},
	{Governance, "TimingsSet(uint256 timelockSeconds, uint256 lifetimeSeconds)", false},
	// The oracle (hash consensus and report processing).
	{Oracle, "ReportReceived(uint256 indexed refSlot, address indexed member, bytes32 report, uint256 support)", false},
	{Oracle, "ConsensusReached(uint256 indexed refSlot, bytes32 report, uint256 support)", false},
	{Oracle, "BunkerAlert(address indexed member, uint256 timestamp)", false},
	{Oracle, "ReportProcessed(uint256 indexed refSlot, bytes32 report, bool bunker)", false},
	{Oracle, "OracleCommitteeChanged(uint256 members, uint256 quorum)", false},
	{Oracle, "OracleParamsSet()", false},
	// The execution-reward debts are the staking router's
	// (StakingRouter.elRewardsDebt, its ELRewardsDebtChanged), which the
	// indexer does not follow: Pool.ELRewardsCharged tells the shares.
	// The vaults.
	{WithdrawalVault, "WithdrawalsPulled(uint256 amount)", false},
	{WithdrawalVault, "WithdrawalRequestAdded(bytes pubkey, uint256 fee)", false},
	{ELRewardsVault, "ELRewardsPulled(uint256 amount)", false},
	// The veto escrow and the emergency pause (escrow.go).
	{VetoEscrow, "Locked(address indexed holder, uint256 asset, uint256 requestId, uint256 amount, uint256 weight)", false},
	{VetoEscrow, "Unlocked(address indexed holder, uint256 weight)", false},
	{VetoEscrow, "RageQuitStarted(uint256 indexed round, uint256 lastRequestId, uint256 weight)", false},
	{VetoEscrow, "RageQuitWithdrawal(address indexed holder, uint256 requests, uint256 sharesAmount)", false},
	{VetoEscrow, "VetoParamsSet(uint256 firstSealBP, uint256 secondSealBP, uint256 maxExtensionSeconds, uint256 rageQuitWindowSeconds)", false},
	{GateSeal, "Sealed(address indexed committee, uint256 targets, uint256 until)", false},
	{GateSeal, "CommitteeSet(address indexed committee, uint256 expiry, uint256 pauseSeconds)", false},
	// The bonded module's bonds (bonds.go); its keys and counts are read
	// live by the read API.
	{Bonded, "OperatorCreated(uint256 indexed operatorId, address indexed manager)", false},
	{Bonded, "BondDeposited(uint256 indexed operatorId, address indexed from, uint256 shares, uint256 debtPaid)", false},
	{Bonded, "BondClaimed(uint256 indexed operatorId, address indexed to, uint256 shares)", false},
	{Bonded, "Penalized(uint256 indexed operatorId, uint8 indexed reason, uint256 amount, uint256 burnt, uint256 debt)", false},
	{Bonded, "RewardsSettled(uint256 indexed operatorId, uint256 shares, uint256 debtPaid)", false},
	{Bonded, "WithdrawnChanged(uint256 indexed operatorId, uint256 withdrawn, uint256 loss, uint256 burnt, uint256 debt)", false},
	{Bonded, "StuckRewardsCut(uint256 indexed operatorId, uint256 kept, uint256 burnt, uint256 debtPaid)", false},
	{Bonded, "KeysRemoved(uint256 indexed operatorId, uint256 firstIndex, uint256 count, uint256 charge, uint256 burnt)", false},
}

// eventKey identifies an event by its contract and topic 0.
type eventKey struct {
	contract Contract
	topic    common.Hash
}

// Event is a decoded event: its name, its parameters by name (addresses as
// common.Address, integers as *uint256.Int, bool, string, []byte,
// [32]byte) and the order of the parameters.
type Event struct {
	Contract Contract
	Name     string
	Args     map[string]any
	Order    []string
}

// Addr returns an address parameter (zero when absent).
func (e *Event) Addr(name string) common.Address {
	a, _ := e.Args[name].(common.Address)
	return a
}

// U256 returns an integer parameter (zero when absent).
func (e *Event) U256(name string) *uint256.Int {
	if v, ok := e.Args[name].(*uint256.Int); ok {
		return v
	}
	return new(uint256.Int)
}

// U64 returns an integer parameter that fits 64 bits (saturating).
func (e *Event) U64(name string) uint64 {
	v := e.U256(name)
	if !v.IsUint64() {
		return ^uint64(0)
	}
	return v.Uint64()
}

// Bool returns a boolean parameter.
func (e *Event) Bool(name string) bool {
	b, _ := e.Args[name].(bool)
	return b
}

// Str returns a string parameter.
func (e *Event) Str(name string) string {
	s, _ := e.Args[name].(string)
	return s
}

// decoder decodes the logs of the pool's contracts.
type decoder struct {
	byAddr map[common.Address]Contract
	defs   map[eventKey]*abi.Event
}

// parsedEvents is the ABI of every eventDef, parsed once.
var parsedEvents = func() map[eventKey]*abi.Event {
	out := map[eventKey]*abi.Event{}
	for _, d := range events {
		ev, err := parseEvent(d.sig)
		if err != nil {
			panic("indexer: " + err.Error()) // a typo in the table above; caught by every test
		}
		out[eventKey{d.contract, ev.ID}] = ev
	}
	return out
}()

// parseEvent parses "Name(type [indexed] name, ...)".
func parseEvent(sig string) (*abi.Event, error) {
	open := strings.IndexByte(sig, '(')
	if open <= 0 || !strings.HasSuffix(sig, ")") {
		return nil, fmt.Errorf("event %q: want Name(params)", sig)
	}
	name := sig[:open]
	var args abi.Arguments
	if inner := strings.TrimSpace(sig[open+1 : len(sig)-1]); inner != "" {
		for _, p := range strings.Split(inner, ",") {
			f := strings.Fields(p)
			indexed := false
			if len(f) == 3 && f[1] == "indexed" {
				indexed = true
				f = []string{f[0], f[2]}
			}
			if len(f) != 2 {
				return nil, fmt.Errorf("event %q: parameter %q", sig, p)
			}
			t, err := abi.NewType(f[0], "", nil)
			if err != nil {
				return nil, fmt.Errorf("event %q: %w", sig, err)
			}
			args = append(args, abi.Argument{Name: f[1], Type: t, Indexed: indexed})
		}
	}
	ev := abi.NewEvent(name, name, false, args)
	return &ev, nil
}

func newDecoder(a Addresses) *decoder {
	d := &decoder{byAddr: map[common.Address]Contract{}, defs: parsedEvents}
	for c, addr := range a.list() {
		if addr != (common.Address{}) {
			d.byAddr[addr] = Contract(c)
		}
	}
	return d
}

// decode decodes a log of one of the pool's contracts; ok is false for a
// log the indexer does not understand (kept raw).
func (d *decoder) decode(l *types.Log) (Event, bool) {
	c, known := d.byAddr[l.Address]
	if !known || len(l.Topics) == 0 {
		return Event{}, false
	}
	def := d.defs[eventKey{c, l.Topics[0]}]
	if def == nil {
		return Event{}, false
	}
	ev, err := decodeWith(def, c, l)
	if err != nil {
		return Event{}, false
	}
	return ev, true
}

func decodeWith(def *abi.Event, c Contract, l *types.Log) (Event, error) {
	ev := Event{Contract: c, Name: def.Name, Args: map[string]any{}}
	var indexed abi.Arguments
	for _, a := range def.Inputs {
		ev.Order = append(ev.Order, a.Name)
		if a.Indexed {
			indexed = append(indexed, a)
		}
	}
	if len(l.Topics) != len(indexed)+1 {
		return ev, fmt.Errorf("%s: %d topics, want %d", def.Name, len(l.Topics), len(indexed)+1)
	}
	raw := map[string]any{}
	if err := abi.ParseTopicsIntoMap(raw, indexed, l.Topics[1:]); err != nil {
		return ev, err
	}
	if err := def.Inputs.UnpackIntoMap(raw, l.Data); err != nil {
		return ev, err
	}
	for k, v := range raw {
		ev.Args[k] = normalize(v)
	}
	return ev, nil
}

// normalize turns ABI values into the types Event documents.
func normalize(v any) any {
	if x, ok := v.(*big.Int); ok {
		u, _ := uint256.FromBig(x) // every integer the events carry is a uint256
		return u
	}
	return v
}
