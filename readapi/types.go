package readapi

// The JSON documents of the read API. Amounts are decimal strings of wei
// (signed where a change can be negative); counts, blocks, slots and unix
// times are JSON numbers; APRs are fractions (0.035 = 3.5 %); addresses
// are EIP-55 checksummed. Field names follow DESIGN.md.

// Status is GET /v1/status. Block is the block the API answers for
// (its contracts' views read); the indexer may stand a block ahead.
type Status struct {
	Slot           uint64        `json:"slot"`
	Epoch          uint64        `json:"epoch"`
	FinalizedEpoch uint64        `json:"finalized_epoch"`
	Block          uint64        `json:"block"`
	BlockTime      uint64        `json:"block_time"`
	ChainID        uint64        `json:"chain_id"`
	Beacon         bool          `json:"beacon"`
	Indexer        IndexerStatus `json:"indexer"`
	Version        string        `json:"version"`
}

// IndexerStatus is where the indexer stands.
type IndexerStatus struct {
	Block          uint64 `json:"block"`
	FinalizedBlock uint64 `json:"finalized_block"`
	Rollbacks      uint64 `json:"rollbacks"`
	Stopped        string `json:"stopped,omitempty"`
}

// Contracts is GET /v1/contracts.
type Contracts struct {
	ChainID         uint64 `json:"chain_id"`
	Pool            string `json:"pool"`
	WstETH          string `json:"wsteth"`
	WithdrawalQueue string `json:"withdrawal_queue"`
	Registry        string `json:"operator_registry"`
	Governance      string `json:"governance"`
	Oracle          string `json:"oracle"`
	WithdrawalVault string `json:"withdrawal_vault"`
	ELRewardsVault  string `json:"el_rewards_vault"`
	VetoEscrow      string `json:"veto_escrow"` // the zero address: not deployed
	GateSeal        string `json:"gate_seal"`
	FromBlock       uint64 `json:"from_block"`
	MinWithdrawal   string `json:"min_withdrawal_wei"`
	MaxWithdrawal   string `json:"max_withdrawal_wei"`
	DustFloor       string `json:"dust_floor_wei"`
}

// Pool is GET /v1/pool.
type Pool struct {
	Block               uint64   `json:"block"`
	Time                uint64   `json:"time"`
	TotalPooledEther    string   `json:"total_pooled_ether_wei"`
	TotalShares         string   `json:"total_shares"`
	BufferedEther       string   `json:"buffered_ether_wei"`
	Reserve             string   `json:"reserve_wei"`
	ShareRate           string   `json:"share_rate"`
	Validators          uint64   `json:"validators"`
	BeaconValidators    uint64   `json:"beacon_validators"`
	BeaconBalance       string   `json:"beacon_balance_wei"`
	APR                 *float64 `json:"apr"`
	APRWeek             *float64 `json:"apr_week"`
	APRInception        *float64 `json:"apr_inception"`
	Reports             uint64   `json:"reports"`
	DepositableEther    string   `json:"depositable_ether_wei"`
	InstantLiquidity    string   `json:"instant_liquidity_wei"`
	StakeLimitRemaining string   `json:"stake_limit_remaining_wei"`
	StakingPaused       bool     `json:"staking_paused"`
	Pause               Pause    `json:"pause"`
	Bunker              bool     `json:"bunker"`
	WstETHSupply        string   `json:"wsteth_supply_wei"`
	StEthPerWstETH      string   `json:"steth_per_wsteth_wei"`
	WithdrawalRequests  uint64   `json:"withdrawal_requests"`
	LastFinalized       uint64   `json:"last_finalized_withdrawal"`
	UnfinalizedStETH    string   `json:"unfinalized_steth_wei"`
	LockedForClaims     string   `json:"locked_for_claims_wei"`
	WithdrawalVault     string   `json:"withdrawal_vault_wei"`
	ELRewardsVault      string   `json:"el_rewards_vault_wei"`
	InsuranceFund       string   `json:"insurance_fund_wei"`
	FeeBP               uint64   `json:"fee_bp"`
	WithdrawalCreds     string   `json:"withdrawal_credentials"`
	// Wait is the estimated finalization of a new request of 1 ETH.
	Wait *Estimate `json:"withdrawal_wait"`
}

// APR is GET /v1/apr: the three APRs and how they are computed.
type APR struct {
	Latest    *float64     `json:"latest"`
	Week      *float64     `json:"week"`
	Inception *float64     `json:"inception"`
	Formula   string       `json:"formula"`
	Reports   []APRReport  `json:"reports"` // the reports of the last 7 days, newest first
	Since     APRInception `json:"since"`
}

// APRReport is one report's rebase and APR.
type APRReport struct {
	RefSlot       uint64  `json:"ref_slot"`
	Time          uint64  `json:"time"`
	Elapsed       uint64  `json:"elapsed_seconds"`
	PreShareRate  string  `json:"pre_share_rate"`
	PostShareRate string  `json:"post_share_rate"`
	APR           float64 `json:"apr"`
}

// APRInception is the pool's first share rate and its time.
type APRInception struct {
	Time      uint64 `json:"time"`
	ShareRate string `json:"share_rate"`
}

// HistoryPoint is one point of GET /v1/pool/history.
type HistoryPoint struct {
	Block            uint64   `json:"block"`
	Time             uint64   `json:"time"`
	TotalPooledEther string   `json:"total_pooled_ether_wei"`
	TotalShares      string   `json:"total_shares"`
	ShareRate        string   `json:"share_rate"`
	BufferedEther    string   `json:"buffered_ether_wei"`
	UnfinalizedStETH string   `json:"unfinalized_steth_wei"`
	Locked           string   `json:"locked_for_claims_wei"`
	InsuranceFund    string   `json:"insurance_fund_wei"`
	Deposits         uint64   `json:"deposits"`
	Reports          uint64   `json:"reports"`
	APR              *float64 `json:"apr,omitempty"`
	Bunker           bool     `json:"bunker"`
	Paused           bool     `json:"staking_paused"`
}

// History is GET /v1/pool/history.
type History struct {
	Points []HistoryPoint `json:"points"`
}

// Account is GET /v1/accounts/{address}.
type Account struct {
	Address            string       `json:"address"`
	Block              uint64       `json:"block"`
	ETH                string       `json:"eth_balance_wei"`
	StETH              string       `json:"steth_balance_wei"`
	Shares             string       `json:"shares"`
	WstETH             string       `json:"wsteth_balance_wei"`
	WstETHInStETH      string       `json:"wsteth_in_steth_wei"`
	WithdrawalRequests []Withdrawal `json:"withdrawal_requests"`
	// VetoEscrow is what the account has locked in the veto escrow (the
	// escrow's getLock; null: nothing, or no escrow). It is not in the
	// balances above: the escrow holds it.
	VetoEscrow *AccountEscrow `json:"veto_escrow"`
}

// AccountEscrow is an account's lock in the veto escrow.
type AccountEscrow struct {
	Round          uint64   `json:"round"`
	Committed      bool     `json:"committed"` // to a rage quit: it leaves only through the queue
	Shares         string   `json:"shares"`    // of the stETH locked
	StETH          string   `json:"steth_wei"` // what those shares are worth now
	WstETH         string   `json:"wsteth_wei"`
	Requests       []uint64 `json:"requests"`
	RequestsShares string   `json:"requests_shares"`
}

// Estimate is an estimated finalization time.
type Estimate struct {
	// At is the unix time of the report expected to finalize the request
	// (null when bunker mode makes it unknowable).
	At      *uint64 `json:"at"`
	Seconds *uint64 `json:"seconds"`
	Method  string  `json:"method"`
	// Exits is how many validators must exit first (new_exits).
	Exits   uint64 `json:"exits,omitempty"`
	Assumes string `json:"assumes"`
}

// Withdrawal is GET /v1/withdrawals/{id}.
type Withdrawal struct {
	ID            uint64    `json:"id"`
	Owner         string    `json:"owner"`
	Requestor     string    `json:"requestor"`
	StETH         string    `json:"amount_steth_wei"`
	Shares        string    `json:"shares"`
	Block         uint64    `json:"block"`
	Time          uint64    `json:"time"`
	Status        string    `json:"status"` // pending, finalized, claimed
	Finalized     bool      `json:"finalized"`
	FinalizedTime uint64    `json:"finalized_time,omitempty"`
	Claimable     string    `json:"claimable_wei"`
	Claimed       bool      `json:"claimed"`
	ClaimedETH    string    `json:"claimed_wei,omitempty"`
	Receiver      string    `json:"receiver,omitempty"`
	Estimate      *Estimate `json:"estimated_finalization"`
}

// Withdrawals is GET /v1/withdrawals.
type Withdrawals struct {
	Requests []Withdrawal `json:"requests"`
}

// NewRequestEstimate is GET /v1/withdrawals/estimate.
type NewRequestEstimate struct {
	Amount   string    `json:"amount_wei"`
	Ahead    string    `json:"queue_ahead_wei"`
	Estimate *Estimate `json:"estimated_finalization"`
}

// StatementEntry is one line of a statement.
type StatementEntry struct {
	Block    uint64 `json:"block"`
	Time     uint64 `json:"time"`
	Tx       string `json:"tx,omitempty"`
	Ledger   string `json:"ledger"`
	Reason   string `json:"reason"`
	Amount   string `json:"amount_wei"`
	Balance  string `json:"balance_wei"`
	Shares   string `json:"shares,omitempty"`
	Peer     string `json:"peer,omitempty"`
	Request  uint64 `json:"request_id,omitempty"`
	Operator *int64 `json:"operator_id,omitempty"`
	Note     string `json:"note,omitempty"`
}

// Statement is GET /v1/accounts/{address}/statement.
type Statement struct {
	Address     string           `json:"address"`
	Block       uint64           `json:"block"`
	StETH       string           `json:"steth_balance_wei"`
	Shares      string           `json:"shares"`
	WstETH      string           `json:"wsteth_balance_wei"`
	Withdrawals string           `json:"withdrawals_wei"`
	Position    string           `json:"position_wei"`
	ETHPaid     string           `json:"eth_paid_wei"`
	ETHReceived string           `json:"eth_received_wei"`
	Entries     []StatementEntry `json:"entries"`
}

// BondHistory is a bonded operator's bond as the module's events tell it
// (the index), in stETH shares: what came in as top-ups, the module's fee
// credited, what of both paid a debt, what the manager claimed, what
// penalties, withdrawal losses and key-removal charges burnt;
// SettledShares is the bond after the module's last settlement (the live
// bond_shares adds the rewards not settled since). DebtShares is the debt
// as the module last left it (the live bond_debt_shares subtracts what the
// rewards not settled since would pay), DebtCreatedShares what penalties
// and withdrawal losses left unpaid (debt = created − paid);
// RemovalChargedShares the key-removal charges (part of burnt) for
// KeysRemoved keys.
type BondHistory struct {
	ToppedUpShares string `json:"topped_up_shares"`
	RewardShares   string `json:"reward_shares"`
	DebtPaidShares string `json:"debt_paid_shares"`
	ClaimedShares  string `json:"claimed_shares"`
	BurntShares    string `json:"burnt_shares"`
	Penalties      uint64 `json:"penalties"`
	SettledShares  string `json:"settled_shares"`
	CreatedBlock   uint64 `json:"created_block"`

	DebtShares           string `json:"debt_shares"`
	DebtCreatedShares    string `json:"debt_created_shares"`
	RemovalChargedShares string `json:"removal_charged_shares"`
	KeysRemoved          uint64 `json:"keys_removed"`
}

// Operator is one element of GET /v1/operators: every staking module's
// operators, module 1's first. ID is the operator's id within its module
// (module 1's ids are the global ids); GlobalID is the router's and the
// oracle's, (module − 1) << 24 | ID.
type Operator struct {
	ID                 uint64          `json:"id"`
	Module             uint64          `json:"module_id"`
	GlobalID           uint64          `json:"global_id"`
	ModuleName         string          `json:"module_name"`
	ModuleKind         string          `json:"module_kind"`                // curated, bonded
	BondShares         string          `json:"bond_shares,omitempty"`      // bonded: the bond, stETH shares
	BondStETH          string          `json:"bond_steth_wei,omitempty"`   // bonded: the bond's worth now
	BondDebtShares     string          `json:"bond_debt_shares,omitempty"` // bonded: charges the bond could not cover yet
	BondHistory        *BondHistory    `json:"bond_history,omitempty"`     // bonded: the module's bond events, from the index
	Name               string          `json:"name"`
	RewardAddress      string          `json:"reward_address"`
	Active             bool            `json:"active"`
	Status             string          `json:"status"` // active, inactive, stuck, exited
	Limit              uint64          `json:"limit"`
	Keys               uint64          `json:"keys"`
	Deposited          uint64          `json:"deposited"`
	Exited             uint64          `json:"exited"`
	ActiveValidators   uint64          `json:"active_validators"`
	ExitRequested      uint64          `json:"exit_requested"`
	Stuck              uint64          `json:"stuck"`
	CapUsed            float64         `json:"cap_used"`
	MissedAttestations uint64          `json:"missed_attestations"`
	MissedProposals    uint64          `json:"missed_proposals"`
	Slashed            uint64          `json:"slashed"`
	RewardShares       string          `json:"reward_shares"`
	RewardStETH        string          `json:"reward_steth_wei"`
	RewardStETHNow     string          `json:"reward_steth_now_wei"`
	Beacon             *OperatorBeacon `json:"beacon"`
}

// OperatorBeacon is an operator's validators as the beacon node shows them.
type OperatorBeacon struct {
	Pending    uint64              `json:"pending"`
	Active     uint64              `json:"active"`
	Exiting    uint64              `json:"exiting"`
	Exited     uint64              `json:"exited"`
	Slashed    uint64              `json:"slashed"`
	Balance    string              `json:"balance_wei"`
	Validators []OperatorValidator `json:"validators,omitempty"`
}

// OperatorValidator is one validator of an operator (GET /v1/operators/{id}).
type OperatorValidator struct {
	Index   uint64 `json:"index"`
	Pubkey  string `json:"pubkey"`
	Status  string `json:"status"`
	Balance string `json:"balance_wei"`
	Slashed bool   `json:"slashed"`
}

// Operators is GET /v1/operators.
type Operators struct {
	Operators []Operator `json:"operators"`
}

// Vote is a member's vote in a frame.
type Vote struct {
	Member  string `json:"member"`
	Hash    string `json:"hash"`
	Support uint64 `json:"support"`
	Block   uint64 `json:"block"`
	Time    uint64 `json:"time"`
	Agreed  bool   `json:"agreed"` // for the hash that was applied
}

// FeeMint is a report's fee shares to one recipient.
type FeeMint struct {
	To       string `json:"to"`
	Shares   string `json:"shares"`
	Operator *int64 `json:"operator_id"`
}

// Report is one applied oracle report.
type Report struct {
	RefSlot           uint64    `json:"ref_slot"`
	Block             uint64    `json:"block"`
	Time              uint64    `json:"time"`
	Tx                string    `json:"tx"`
	Hash              string    `json:"hash"`
	Bunker            bool      `json:"bunker"`
	Elapsed           uint64    `json:"elapsed_seconds"`
	PreTotalEther     string    `json:"pre_total_pooled_ether_wei"`
	PreTotalShares    string    `json:"pre_total_shares"`
	PostTotalEther    string    `json:"post_total_pooled_ether_wei"`
	PostTotalShares   string    `json:"post_total_shares"`
	PreShareRate      string    `json:"pre_share_rate"`
	PostShareRate     string    `json:"post_share_rate"`
	APR               float64   `json:"apr"`
	Consensus         string    `json:"consensus_wei"`
	WithdrawalsPulled string    `json:"withdrawals_pulled_wei"`
	ELRewardsPulled   string    `json:"el_rewards_pulled_wei"`
	FeeShares         string    `json:"fee_shares"`
	Fees              []FeeMint `json:"fees"`
	InsuranceCover    string    `json:"insurance_cover_wei"`
	InsuranceBurnt    string    `json:"insurance_burnt_shares"`
	FinalizedFrom     uint64    `json:"finalized_from"`
	FinalizedTo       uint64    `json:"finalized_up_to"`
	EtherLocked       string    `json:"ether_locked_wei"`
	Votes             []Vote    `json:"votes"`
}

// Frame is the oracle's current frame.
type Frame struct {
	EpochsPerFrame uint64 `json:"epochs_per_frame"`
	CurrentRefSlot uint64 `json:"current_ref_slot"`
	LastRefSlot    uint64 `json:"last_ref_slot"`
	NextReport     uint64 `json:"next_report_time"`
	Consensus      string `json:"consensus_hash,omitempty"`
}

// Reports is GET /v1/oracle/reports.
type Reports struct {
	Members  []string `json:"members"`
	Quorum   uint64   `json:"quorum"`
	Frame    *Frame   `json:"frame"`
	Reports  []Report `json:"reports"`
	Pending  []Vote   `json:"pending_votes"`
	Alerts   []Vote   `json:"alerts"`
	Deployed bool     `json:"deployed"`
}

// Proposal is a governance proposal.
type Proposal struct {
	ID         uint64   `json:"id"`
	Proposer   string   `json:"proposer"`
	Target     string   `json:"target"`
	TargetName string   `json:"target_name"`
	Call       string   `json:"call"`
	Data       string   `json:"data"`
	Block      uint64   `json:"block"`
	Time       uint64   `json:"time"`
	Approvals  []string `json:"approvals"`
	Status     string   `json:"status"` // open, queued, ready, executed, expired
	ReadyAt    uint64   `json:"ready_at,omitempty"`
	ExpiresAt  uint64   `json:"expires_at,omitempty"`
	ExecutedBy string   `json:"executed_by,omitempty"`
	ExecutedAt uint64   `json:"executed_at,omitempty"`
}

// VetoEscrow is the stakers' veto escrow: what it holds, the support of
// the current round against the two seals, and what that means for
// proposals now.
type VetoEscrow struct {
	Deployed bool   `json:"deployed"`
	Address  string `json:"address,omitempty"`
	Note     string `json:"note"`
	// State is normal (below the first seal), veto (timelocks extended, or
	// the second seal reached) or rage_quit (proposals frozen).
	State             string `json:"state"`
	Round             uint64 `json:"round"`
	SupportBP         uint64 `json:"support_bp"` // the round's weight in basis points of the total shares, rounded down
	FirstSealBP       uint64 `json:"first_seal_bp"`
	SecondSealBP      uint64 `json:"second_seal_bp"`
	MaxExtension      uint64 `json:"max_extension_seconds"`
	RageQuitWindow    uint64 `json:"rage_quit_window_seconds"`
	TimelockExtension uint64 `json:"timelock_extension_seconds"` // added to every proposal's timelock now
	Vetoed            bool   `json:"vetoed"`
	Frozen            bool   `json:"frozen"`
	// The round's weight (shares of stETH, wstETH and requests locked in it).
	RoundWeightShares string `json:"round_weight_shares"`
	RoundWeightStETH  string `json:"round_weight_steth_wei"`
	// What the escrow holds (every round's, committed ones included).
	LockedShares        string    `json:"locked_shares"`
	LockedStETH         string    `json:"locked_steth_wei"`
	LockedWstETH        string    `json:"locked_wsteth_wei"`
	LockedRequests      uint64    `json:"locked_requests"`
	LockedRequestsStETH string    `json:"locked_requests_steth_wei"`
	RageQuit            *RageQuit `json:"rage_quit"` // the last rage quit; null: none yet
}

// RageQuit is the escrow's last rage quit.
type RageQuit struct {
	Round         uint64 `json:"round"`
	Start         uint64 `json:"start"`
	WindowEnds    uint64 `json:"window_ends"`
	LastRequestID uint64 `json:"last_request_id"` // proposals stay frozen until it is finalized
}

// GateSealDoc is the emergency committee's one pause.
type GateSealDoc struct {
	Address      string `json:"address"`
	Committee    string `json:"committee"` // empty: none
	Expiry       uint64 `json:"expiry"`
	PauseSeconds uint64 `json:"pause_seconds"`
	Used         bool   `json:"used"`
	Active       bool   `json:"active"` // the committee can pause now
}

// Pause is the emergency pause at the block's time.
type Pause struct {
	Paused           bool     `json:"paused"`
	Targets          []string `json:"targets"` // paused now: staking, deposits, withdrawals
	Until            uint64   `json:"until"`   // the latest end of what is paused (0: nothing)
	StakingUntil     uint64   `json:"staking_until"`
	DepositsUntil    uint64   `json:"deposits_until"`
	WithdrawalsUntil uint64   `json:"withdrawals_until"`
	// The last pause or resume: paused or resumed, by whom (the committee's
	// address, or governance's), as gate_seal or governance.
	LastChange      string       `json:"last_change,omitempty"`
	LastChangeBlock uint64       `json:"last_change_block,omitempty"`
	LastChangeTime  uint64       `json:"last_change_time,omitempty"`
	By              string       `json:"by,omitempty"`
	ByRole          string       `json:"by_role,omitempty"`
	Pauses          uint64       `json:"pauses"`
	GateSeal        *GateSealDoc `json:"gate_seal"` // null: no gate seal
}

// Governance is GET /v1/governance.
type Governance struct {
	Address    string     `json:"address"`
	Members    []string   `json:"members"`
	Threshold  uint64     `json:"threshold"`
	Timelock   uint64     `json:"timelock_seconds"`
	Lifetime   uint64     `json:"proposal_lifetime_seconds"`
	Proposals  []Proposal `json:"proposals"`
	VetoEscrow VetoEscrow `json:"veto_escrow"`
	Pause      Pause      `json:"pause"`
}
