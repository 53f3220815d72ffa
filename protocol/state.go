package protocol

import (
	"fmt"
	"slices"

	"github.com/holiman/uint256"

	"github.com/stakepool/stakepool/units"
)

// Account is everything the pool knows of one address (its allowances
// apart: State.allowances). The fields a transfer reads — the address,
// the nonce, the inflow mark and the shares — come first, so that they
// share cache lines (accounts.go: accounts are fixed-size records in
// pages, and a transfer reaches two of them at random).
type Account struct {
	addr  Address // whose account it is (the index's key)
	Nonce uint64  // number of transactions applied from this account
	// LastInflow is the number of oracle reports applied when stETH last
	// came into the account (stake, transfer in, unwrap): the holding-period
	// rule for instant withdrawals (docs/oracle.md, "Fairness").
	LastInflow uint64
	Shares     uint256.Int // stETH shares; balance = Shares × pooled / totalShares
	ETH        uint256.Int // execution-side ETH, not yet staked
	WstETH     uint256.Int // wstETH, non-rebasing, 1 wstETH wei = 1 share
}

// SigningKey is one validator key an operator uploaded.
type SigningKey struct {
	Pubkey    Pubkey
	Signature Signature
}

// Operator is a node operator approved by governance.
type Operator struct {
	ID            OperatorID
	Name          string
	RewardAddress Address
	Active        bool
	// Limit is the governance-set cap: the most validators this operator may
	// have deposited (Lido's "vetted" count).
	Limit uint64
	Keys  []SigningKey
	// Deposited counts keys used for deposits (keys[0:Deposited] are used);
	// Exited counts validators the oracle reported exited.
	Deposited uint64
	Exited    uint64
	// ExitRequested counts keys (oldest first) the oracle asked to exit.
	ExitRequested uint64
	// Scorecard, from oracle reports.
	MissedAttestations uint64
	MissedProposals    uint64
	Slashed            uint64
	// RewardShares are fee shares minted to the operator over its life;
	// Stuck is the number of exit requests past their deadline and not yet
	// exited at the last report (its fee is cut while it is non-zero).
	RewardShares uint256.Int
	Stuck        uint64
	// StuckPenaltyEnd is when the penalty of a cleared stuck count ends
	// (timestamp; the operator is penalized while Stuck > 0 or until then).
	StuckPenaltyEnd uint64
	// TargetMode (0 none, 1 soft, 2 forced) and TargetLimit are Lido's
	// target validator limit: no deposits beyond TargetLimit active
	// validators; the excess is asked to exit first (soft: when the queue
	// needs ETH; forced: regardless).
	TargetMode  uint8
	TargetLimit uint64
	// ELRewardsDebt is the execution rewards (wei) its validators' blocks
	// paid elsewhere than the pool's vault, as oracle reports charged them,
	// not yet paid back by withheld fee shares (protocol/elrewards.go).
	ELRewardsDebt uint256.Int
	// Bonded and Withdrawn are for an oracle report's reading of a bonded
	// module's operator (oracle.ModulesOperators; a member service reads
	// them from the module): it keeps a bond, and its withdrawn count from
	// the last report. A curated operator has neither.
	Bonded       bool
	Withdrawn    uint64
	exitRequests []exitRequest
}

type exitRequest struct {
	keyIndex uint64
	slot     uint64
}

// ActiveValidators is deposited minus exited.
func (o *Operator) ActiveValidators() uint64 { return o.Deposited - o.Exited }

// Penalized reports whether the operator is under the stuck penalty at
// time now: stuck exit requests, or the cool-down after they cleared.
func (o *Operator) Penalized(now uint64) bool { return o.Stuck > 0 || now <= o.StuckPenaltyEnd }

// MaxValidators is the most validators the operator may have deposited
// at time now (Lido's _applyNodeOperatorLimits): its cap within its keys
// (vetted); only what it has while penalized; with a target limit, at
// most exited + target, never below what it has.
func (o *Operator) MaxValidators(now uint64) uint64 {
	n := min(o.Limit, uint64(len(o.Keys)))
	switch {
	case o.Penalized(now):
		n = o.Deposited
	case o.TargetMode != 0:
		n = min(n, o.Exited+o.TargetLimit)
	}
	return max(n, o.Deposited)
}

// depositable is how many more deposits the operator can take at time now.
func (o *Operator) depositable(now uint64) uint64 {
	if !o.Active {
		return 0
	}
	return o.MaxValidators(now) - o.Deposited
}

// DepositRecord is one 32-ETH deposit that left the pool for the beacon
// chain. The beacon layer consumes them in Index order.
type DepositRecord struct {
	Index                 uint64
	Operator              OperatorID
	KeyIndex              uint64
	Pubkey                Pubkey
	WithdrawalCredentials Credentials
	Amount                units.Gwei
	Signature             Signature
	Block                 uint64
}

// Genesis configures a new pool.
type Genesis struct {
	ChainID uint64
	// Chain is the beacon chain's clock; Number and Timestamp are the block
	// the pool is created in (its contracts' deployment).
	Chain     ChainConfig
	Number    uint64
	Timestamp uint64
	// The pool's contracts, all distinct (on a chain: the deployed
	// addresses). StETH is the token and pool contract itself. Vault is the
	// withdrawal vault: the address inside the withdrawal credentials.
	// ELRewardsVault is the fee recipient of every validator. WstETH holds
	// the wrapped shares, WithdrawalQueue the shares of queued requests,
	// Burner the shares waiting to be burnt.
	StETH           Address
	WstETH          Address
	WithdrawalQueue Address
	Vault           Address
	ELRewardsVault  Address
	Burner          Address
	// Treasury receives the treasury's part of the fee; Insurance holds the
	// insurance fund's stETH, whose shares cover losses.
	Treasury  Address
	Insurance Address
	// Escrow is the stakers' veto escrow (zero: the pool has no veto; the
	// escrow's commands are refused). docs/governance.md.
	Escrow Address
	// PauseCommittee may pause staking, deposits or withdrawals once, for
	// PauseSeconds, until PauseExpiry (zero: no committee).
	PauseCommittee Address
	PauseExpiry    uint64
	PauseSeconds   uint64
	// Oracle committee and quorum (quorum must exceed half the members).
	OracleMembers []Address
	OracleQuorum  uint32
	// CompoundingCredentials selects 0x02 instead of 0x01 credentials.
	CompoundingCredentials bool
	// InitialStake is ETH placed in the buffer at genesis, with the same
	// number of shares minted to DeadAddress. It must be at least
	// MinInitialStake. See docs/protocol.md, "Donation attack".
	InitialStake uint256.Int
	Params       Params
	Members      []Address // governance committee
	Threshold    uint32
	// Alloc funds accounts with execution-side ETH at genesis.
	Alloc []Allocation
	// Dev enables the faucet command (devnets only).
	Dev bool
	// Bonded, when set, makes the permissionless bonded module the router's
	// module 2 (bondedrouter.go).
	Bonded *BondedGenesis
}

// Allocation is one genesis balance.
type Allocation struct {
	Address Address
	ETH     uint256.Int
}

// MinInitialStake is the least ETH that must back the dead shares: 1 gwei.
var MinInitialStake = uint256.NewInt(1_000_000_000)

// State is the whole pool. It changes only through BeginBlock and ApplyTx.
type State struct {
	chainID        uint64
	dev            bool
	chain          ChainConfig
	block          uint64 // number of the current block
	time           uint64 // its timestamp
	created        uint64 // the timestamp of the pool's genesis block
	stETHAddr      Address
	wstETHAddr     Address
	queueAddr      Address
	vault          Address
	elRewardsVault Address
	burner         Address
	treasury       Address
	insurance      Address
	escrowAddr     Address
	credentials    Credentials

	params Params

	accounts    accountStore // accounts.go
	totalShares uint256.Int
	// allowances by owner, then spender, in stETH (token) units, as ERC-20
	// and Lido keep them; an owner with none has no entry.
	allowances map[Address]map[Address]*uint256.Int
	wstSupply  uint256.Int

	// Pooled ETH is bookkeeping, never a raw balance (so donations cannot
	// move the share rate): buffer + reported beacon balance + deposits the
	// oracle has not seen yet.
	buffered            uint256.Int
	depositedValidators uint64
	clValidators        uint64
	clBalance           uint256.Int

	stakeLimit        StakeLimit
	depositsThisBlock uint64

	operators []*Operator // module 1's (the curated registry's)
	modules   []*Module   // the staking router's, by id − 1 (stakingrouter.go)
	keyOwner  map[Pubkey]keyRef
	deposits  []DepositRecord

	gov       governance
	escrow    escrowState
	emergency emergencyState

	oracle      oracleState
	burn        burnerState
	queue       []WithdrawalRequest // request id i is queue[i-1]
	checkpoints []checkpoint        // finalizations' share rates, by first id
	finalized   uint64              // last finalized request id
	// lockedEther is ETH set aside for finalized, unclaimed requests (out
	// of the pool); unfinalized the stETH of requests not yet finalized.
	lockedEther uint256.Int
	unfinalized uint256.Int

	events []Event

	// A one-entry cache of the last account looked up: a command touches its
	// sender several times (nonce, balance, nonce again). Accounts are never
	// deleted nor moved, so the pointer stays valid.
	lastAcc *Account

	// order caches the accounts in address order for the encoding
	// (rootorder.go).
	order accountOrder
}

type keyRef struct {
	op  OperatorID
	idx uint64
}

// NewState creates the pool at the genesis block from a genesis
// configuration.
func NewState(g Genesis) (*State, error) {
	if err := g.Chain.validate(); err != nil {
		return nil, fmt.Errorf("new state: %w", err)
	}
	if g.Timestamp < g.Chain.GenesisTime {
		return nil, fmt.Errorf("new state: the pool's genesis timestamp %d is before the chain's genesis %d", g.Timestamp, g.Chain.GenesisTime)
	}
	if g.InitialStake.Lt(MinInitialStake) {
		return nil, fmt.Errorf("new state: initial stake %s wei is below the minimum %s wei", g.InitialStake.Dec(), MinInitialStake.Dec())
	}
	if err := g.Params.validate(); err != nil {
		return nil, fmt.Errorf("new state: %w", err)
	}
	if err := validateCommittee(g.Members, g.Threshold); err != nil {
		return nil, fmt.Errorf("new state: %w", err)
	}
	seen := map[Address]string{{}: "the zero address", DeadAddress: "the dead address"}
	for _, c := range []struct {
		name string
		a    Address
	}{{"stETH", g.StETH}, {"wstETH", g.WstETH}, {"withdrawal queue", g.WithdrawalQueue}, {"withdrawal vault", g.Vault},
		{"execution-rewards vault", g.ELRewardsVault}, {"burner", g.Burner}, {"treasury", g.Treasury}, {"insurance", g.Insurance},
		{"veto escrow", g.Escrow}} {
		if c.a == (Address{}) && c.name == "veto escrow" {
			continue // no veto
		}
		if other, dup := seen[c.a]; dup {
			return nil, fmt.Errorf("new state: the %s address %s is %s", c.name, c.a, other)
		}
		seen[c.a] = "the " + c.name + "'s"
	}
	if err := validateOracleCommittee(g.OracleMembers, g.OracleQuorum); err != nil {
		return nil, fmt.Errorf("new state: %w", err)
	}
	if g.PauseCommittee != (Address{}) {
		if err := validatePauseCommittee(g.PauseSeconds); err != nil {
			return nil, fmt.Errorf("new state: %w", err)
		}
	}
	prefix := byte(0x01)
	if g.CompoundingCredentials {
		prefix = 0x02
	}
	s := &State{
		chainID:        g.ChainID,
		dev:            g.Dev,
		chain:          g.Chain,
		block:          g.Number,
		time:           g.Timestamp,
		stETHAddr:      g.StETH,
		wstETHAddr:     g.WstETH,
		queueAddr:      g.WithdrawalQueue,
		vault:          g.Vault,
		elRewardsVault: g.ELRewardsVault,
		burner:         g.Burner,
		treasury:       g.Treasury,
		insurance:      g.Insurance,
		escrowAddr:     g.Escrow,
		credentials:    WithdrawalCredentials(prefix, g.Vault),
		params:         g.Params,
		accounts:       newAccountStore(),
		allowances:     make(map[Address]map[Address]*uint256.Int),
		keyOwner:       make(map[Pubkey]keyRef),
		events:         make([]Event, 0, 64),
	}
	s.modules = []*Module{defaultCuratedModule()}
	if g.Bonded != nil {
		if err := s.addBondedModule(g.Bonded); err != nil {
			return nil, fmt.Errorf("new state: the bonded module: %w", err)
		}
	}
	s.gov.members = slices.Clone(g.Members)
	slices.SortFunc(s.gov.members, compareAddr)
	s.gov.threshold = g.Threshold
	s.escrow = escrowState{round: 1, locks: map[Address]*escrowLock{}}
	s.emergency = emergencyState{committee: g.PauseCommittee, expiry: g.PauseExpiry, seconds: g.PauseSeconds}
	s.oracle.members = slices.Clone(g.OracleMembers)
	slices.SortFunc(s.oracle.members, compareAddr)
	s.oracle.quorum = g.OracleQuorum
	s.stakeLimit = newStakeLimit(g.Params.StakeLimitMax, g.Params.StakeLimitPerBlock, g.Number)
	s.created = g.Timestamp
	s.oracle.lastRefSlot = g.Chain.SlotAt(g.Timestamp)
	// The stone in the elevator: shares equal to the initial stake, held by
	// an address nobody controls.
	s.buffered = g.InitialStake
	s.totalShares = g.InitialStake
	s.account(DeadAddress).Shares = g.InitialStake
	for _, a := range g.Alloc {
		acc := s.account(a.Address)
		if _, overflow := acc.ETH.AddOverflow(&acc.ETH, &a.ETH); overflow {
			return nil, fmt.Errorf("new state: allocation to %s overflows", a.Address)
		}
	}
	return s, nil
}

// account returns the account, creating it empty.
func (s *State) account(a Address) *Account {
	acc := s.lookup(a)
	if acc == nil {
		var slot uint32
		acc, slot = s.accounts.insert(&a)
		s.lastAcc = acc
		s.noteCreated(slot)
	}
	return acc
}

// lookup returns the account or nil, without creating it; the state's
// writer only (it remembers the account found).
func (s *State) lookup(a Address) *Account {
	if s.lastAcc != nil && sameAddr(&a, &s.lastAcc.addr) {
		return s.lastAcc
	}
	acc := s.accounts.find(&a)
	if acc != nil {
		s.lastAcc = acc
	}
	return acc
}

// emit appends an event to the current command's list.
func (s *State) emit(e Event) { s.events = append(s.events, e) }

// --- read access ---------------------------------------------------------

// ChainID is the chain id the pool was created with.
func (s *State) ChainID() uint64 { return s.chainID }

// Params are the current governance parameters.
func (s *State) Params() Params { return s.params }

// TotalPooledEther is buffer + reported beacon balance + 32 ETH for every
// deposit the oracle has not yet seen on the beacon chain.
func (s *State) TotalPooledEther() *uint256.Int {
	p := new(uint256.Int).Set(&s.buffered)
	p.Add(p, &s.clBalance)
	transient := new(uint256.Int).Mul(uint256.NewInt(s.depositedValidators-s.clValidators), DepositSizeWei)
	return p.Add(p, transient)
}

// TotalShares is the sum of all accounts' shares.
func (s *State) TotalShares() *uint256.Int { return new(uint256.Int).Set(&s.totalShares) }

// BufferedEther is ETH held by the pool and not yet deposited.
func (s *State) BufferedEther() *uint256.Int { return new(uint256.Int).Set(&s.buffered) }

// ReserveTarget is the part of the buffer kept liquid (never deposited).
func (s *State) ReserveTarget() *uint256.Int { return s.reserveTarget(s.TotalPooledEther()) }

// DepositedValidators counts all deposits ever made.
func (s *State) DepositedValidators() uint64 { return s.depositedValidators }

// BeaconValidators and BeaconBalance are the last reported values.
func (s *State) BeaconValidators() uint64 { return s.clValidators }

// BeaconBalance is the last reported sum of the pool's validator balances.
func (s *State) BeaconBalance() *uint256.Int { return new(uint256.Int).Set(&s.clBalance) }

// WithdrawalCredentials of every validator the pool creates.
func (s *State) WithdrawalCredentials() Credentials { return s.credentials }

// Vault is the withdrawal vault address; ELRewardsVault the fee recipient.
func (s *State) Vault() Address { return s.vault }

// ELRewardsVault receives priority fees and MEV of the pool's validators.
func (s *State) ELRewardsVault() Address { return s.elRewardsVault }

// Treasury receives the treasury's part of the fee.
func (s *State) Treasury() Address { return s.treasury }

// WstETHAddress is the wrapper's address (it holds wrapped shares).
func (s *State) WstETHAddress() Address { return s.wstETHAddr }

// Insurance is the insurance fund's address.
func (s *State) Insurance() Address { return s.insurance }

// StETHAddress is the pool's own (token) contract.
func (s *State) StETHAddress() Address { return s.stETHAddr }

// WithdrawalQueueAddress is the withdrawal queue's address: it holds the
// shares of queued requests.
func (s *State) WithdrawalQueueAddress() Address { return s.queueAddr }

// Burner holds the shares waiting to be burnt.
func (s *State) Burner() Address { return s.burner }

// contracts lists the pool's contract addresses (the encoding's order).
func (s *State) contracts() []*Address {
	return []*Address{&s.stETHAddr, &s.wstETHAddr, &s.queueAddr, &s.vault, &s.elRewardsVault, &s.burner, &s.treasury, &s.insurance, &s.escrowAddr}
}

// isPoolContract reports whether a is one of the pool's own contracts,
// to which no token may be sent (Lido's TRANSFER_TO_STETH_CONTRACT).
func (s *State) isPoolContract(a Address) bool {
	return sameAddr(&a, &s.stETHAddr) || sameAddr(&a, &s.wstETHAddr) || sameAddr(&a, &s.queueAddr) ||
		sameAddr(&a, &s.vault) || sameAddr(&a, &s.elRewardsVault) || sameAddr(&a, &s.burner) ||
		(sameAddr(&a, &s.escrowAddr) && !isZeroAddr(&a))
}

// WstETHSupply is the total wstETH minted.
func (s *State) WstETHSupply() *uint256.Int { return new(uint256.Int).Set(&s.wstSupply) }

// AccountView is a copy of one account's balances.
type AccountView struct {
	Address Address
	ETH     uint256.Int
	Shares  uint256.Int
	StETH   uint256.Int
	WstETH  uint256.Int
	Nonce   uint64
	// LastInflow is the report count when stETH last came in (the
	// instant-withdrawal holding period).
	LastInflow uint64
}

// Account returns a copy of an account (zero values for unknown addresses).
func (s *State) Account(a Address) AccountView {
	v := AccountView{Address: a}
	if acc := s.accounts.find(&a); acc != nil {
		v.ETH, v.Shares, v.WstETH, v.Nonce, v.LastInflow = acc.ETH, acc.Shares, acc.WstETH, acc.Nonce, acc.LastInflow
		v.StETH = *s.PooledEthByShares(&acc.Shares)
	}
	return v
}

// Addresses lists every known account in ascending order.
func (s *State) Addresses() []Address {
	out := make([]Address, 0, s.accounts.len())
	s.withOrderedAccounts(func(slots []uint32) {
		for _, i := range slots {
			out = append(out, s.accounts.at(i).addr)
		}
	})
	return out
}

// Allowance is how much stETH spender may move from owner.
func (s *State) Allowance(owner, spender Address) *uint256.Int {
	if v := s.allowances[owner][spender]; v != nil {
		return new(uint256.Int).Set(v)
	}
	return new(uint256.Int)
}

// Operators returns copies of all operators, by id.
func (s *State) Operators() []Operator {
	out := make([]Operator, len(s.operators))
	for i, o := range s.operators {
		out[i] = *o
		out[i].Keys = slices.Clone(o.Keys)
	}
	return out
}

// OperatorCount is the number of registered operators.
func (s *State) OperatorCount() int { return len(s.operators) }

// Deposits returns the deposit records from index from on.
func (s *State) Deposits(from uint64) []DepositRecord {
	if from >= uint64(len(s.deposits)) {
		return nil
	}
	return slices.Clone(s.deposits[from:])
}

func compareAddr(a, b Address) int {
	for i := range a {
		if a[i] != b[i] {
			return int(a[i]) - int(b[i])
		}
	}
	return 0
}
