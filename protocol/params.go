package protocol

import (
	"fmt"

	"github.com/holiman/uint256"
)

// Params are the pool's governance parameters. They change only through an
// executed governance proposal.
type Params struct {
	// FeeBP is the pool's fee on rewards in basis points (10% = 1000). The
	// fee is split (each share in bp of the fee, summing to 10000) between
	// the treasury, the operators (pro rata to active validators) and the
	// insurance fund.
	FeeBP               uint64
	TreasuryFeeShareBP  uint64
	OperatorsFeeShareBP uint64
	InsuranceFeeShareBP uint64
	// ReserveTargetBP is the liquid reserve: this fraction of total pooled
	// ETH stays in the buffer and is never deposited, so that withdrawals can
	// be served at once.
	ReserveTargetBP uint64
	// MaxDepositsPerBlock bounds the 32-ETH deposits made in one block.
	MaxDepositsPerBlock uint64
	// TimelockSeconds is how long an approved proposal waits before it can
	// be executed; ProposalLifetimeSeconds how long a proposal may gather
	// approvals before it expires.
	TimelockSeconds         uint64
	ProposalLifetimeSeconds uint64

	// EpochsPerFrame is the oracle frame (the slots and epochs themselves
	// are the chain's: Genesis.Chain).
	EpochsPerFrame uint64
	// Sanity limits on reports (Lido's OracleReportSanityChecker; see
	// docs/oracle.md, "Sanity limits").
	AnnualIncreaseBP uint64 // annualised consensus-balance increase
	// LIP-23: negative rebases over 18 days may not exceed
	// InitialSlashingPWei per validator not exited 18 days ago plus
	// InactivityPenaltiesPWei per validator not exited 54 days ago (1 PWei
	// = 1e15 wei), unless the second opinion confirms the balance within
	// SecondOpinionErrorBP (above).
	InitialSlashingPWei     uint64
	InactivityPenaltiesPWei uint64
	SecondOpinionErrorBP    uint64
	// ETH that appears on (is deposited to, 32 ETH a validator) and exits
	// from the beacon chain, per day; an exited validator weighs
	// ValidatorWeight01Eth with 0x01 credentials, ValidatorWeight02Eth with
	// 0x02 (compounding) ones.
	AppearedEthPerDay    uint64
	ExitedEthPerDay      uint64
	ValidatorWeight01Eth uint64
	ValidatorWeight02Eth uint64
	MaxPositiveRebase    uint64 // share-rate increase per report, 1e9 = 100%
	// SimulatedShareRateDeviationBP bounds |applied − simulated| / applied
	// share rate of a report that finalizes withdrawals.
	SimulatedShareRateDeviationBP uint64
	// RequestTimestampMargin: a report finalizes only requests made at
	// least this many seconds before its reference slot.
	RequestTimestampMargin uint64
	MaxExitRequests        uint64 // exit requests per report
	ExitDeadlineSlots      uint64 // after this an unexited exit request is "stuck"
	// StuckPenaltyDelay is the cool-down (seconds) after an operator's
	// stuck requests clear during which it is still penalized.
	StuckPenaltyDelay   uint64
	InstantWithdrawalBP uint64 // fee on instant withdrawals

	// The stakers' veto (docs/governance.md): holders lock stETH, wstETH
	// and withdrawal requests in the escrow. From VetoFirstSealBP of the
	// total shares every proposal's timelock lengthens in proportion, by
	// up to VetoMaxExtensionSeconds just below VetoSecondSealBP; at the
	// second seal nothing executes and a rage quit begins: the escrow's
	// holders leave through the withdrawal queue, and proposals stay
	// frozen for at least RageQuitWindowSeconds and until every request
	// they made within that window is finalized.
	VetoFirstSealBP         uint64
	VetoSecondSealBP        uint64
	VetoMaxExtensionSeconds uint64
	RageQuitWindowSeconds   uint64

	// DustFloor is the smallest stake accepted; MinWithdrawal and
	// MaxWithdrawal bound one queued withdrawal request (all in wei).
	DustFloor     uint256.Int
	MinWithdrawal uint256.Int
	MaxWithdrawal uint256.Int
	// StakeLimitMax is the staking rate limit's ceiling (0: no limit) and
	// StakeLimitPerBlock how much of it refills per block. Set through the
	// set-staking-limit action.
	StakeLimitMax      uint256.Int
	StakeLimitPerBlock uint256.Int
}

// ParamID names a parameter in a SetParameter governance action.
type ParamID uint8

// Parameters settable with SetParameter. The staking limit and pause have
// their own actions. Never renumber: ids are part of encoded proposals.
const (
	ParamFeeBP ParamID = iota + 1
	ParamReserveTargetBP
	ParamDustFloor
	ParamMaxDepositsPerBlock
	ParamTimelockSeconds
	ParamProposalLifetimeSeconds
	ParamTreasuryFeeShareBP
	ParamOperatorsFeeShareBP
	ParamInsuranceFeeShareBP
	ParamEpochsPerFrame
	ParamAnnualIncreaseBP
	ParamInitialSlashingPWei
	ParamInactivityPenaltiesPWei
	ParamSecondOpinionErrorBP
	ParamAppearedEthPerDay
	ParamExitedEthPerDay
	ParamValidatorWeight01Eth
	ParamValidatorWeight02Eth
	ParamMaxPositiveRebase
	ParamSimulatedShareRateDeviationBP
	ParamRequestTimestampMargin
	ParamMaxExitRequests
	ParamExitDeadlineSlots
	ParamStuckPenaltyDelay
	ParamInstantWithdrawalBP
	ParamMinWithdrawal
	ParamMaxWithdrawal
	ParamVetoFirstSealBP
	ParamVetoSecondSealBP
	ParamVetoMaxExtensionSeconds
	ParamRageQuitWindowSeconds
	paramLast = ParamRageQuitWindowSeconds
)

// paramDesc describes one parameter: its name, where it lives, its bounds.
type paramDesc struct {
	name     string
	u64      func(*Params) *uint64      // for uint64 parameters
	u256     func(*Params) *uint256.Int // for wei parameters
	min, max uint64                     // bounds of uint64 parameters
}

var params = [...]paramDesc{
	ParamFeeBP:                         {name: "fee_bp", u64: func(p *Params) *uint64 { return &p.FeeBP }, max: BP},
	ParamReserveTargetBP:               {name: "reserve_target_bp", u64: func(p *Params) *uint64 { return &p.ReserveTargetBP }, max: BP},
	ParamDustFloor:                     {name: "dust_floor_wei", u256: func(p *Params) *uint256.Int { return &p.DustFloor }},
	ParamMaxDepositsPerBlock:           {name: "max_deposits_per_block", u64: func(p *Params) *uint64 { return &p.MaxDepositsPerBlock }, min: 1, max: 10_000},
	ParamTimelockSeconds:               {name: "timelock_seconds", u64: func(p *Params) *uint64 { return &p.TimelockSeconds }, max: 1 << 32},
	ParamProposalLifetimeSeconds:       {name: "proposal_lifetime_seconds", u64: func(p *Params) *uint64 { return &p.ProposalLifetimeSeconds }, min: 1, max: 1 << 32},
	ParamTreasuryFeeShareBP:            {name: "treasury_fee_share_bp", u64: func(p *Params) *uint64 { return &p.TreasuryFeeShareBP }, max: BP},
	ParamOperatorsFeeShareBP:           {name: "operators_fee_share_bp", u64: func(p *Params) *uint64 { return &p.OperatorsFeeShareBP }, max: BP},
	ParamInsuranceFeeShareBP:           {name: "insurance_fee_share_bp", u64: func(p *Params) *uint64 { return &p.InsuranceFeeShareBP }, max: BP},
	ParamEpochsPerFrame:                {name: "epochs_per_frame", u64: func(p *Params) *uint64 { return &p.EpochsPerFrame }, min: 1, max: 1 << 20},
	ParamAnnualIncreaseBP:              {name: "annual_increase_bp", u64: func(p *Params) *uint64 { return &p.AnnualIncreaseBP }, max: 100 * BP},
	ParamInitialSlashingPWei:           {name: "initial_slashing_pwei", u64: func(p *Params) *uint64 { return &p.InitialSlashingPWei }, max: 1 << 16},
	ParamInactivityPenaltiesPWei:       {name: "inactivity_penalties_pwei", u64: func(p *Params) *uint64 { return &p.InactivityPenaltiesPWei }, max: 1 << 16},
	ParamSecondOpinionErrorBP:          {name: "second_opinion_error_bp", u64: func(p *Params) *uint64 { return &p.SecondOpinionErrorBP }, max: BP},
	ParamAppearedEthPerDay:             {name: "appeared_eth_per_day", u64: func(p *Params) *uint64 { return &p.AppearedEthPerDay }, max: 1 << 32},
	ParamExitedEthPerDay:               {name: "exited_eth_per_day", u64: func(p *Params) *uint64 { return &p.ExitedEthPerDay }, max: 1 << 32},
	ParamValidatorWeight01Eth:          {name: "validator_weight_0x01_eth", u64: func(p *Params) *uint64 { return &p.ValidatorWeight01Eth }, min: 1, max: 1 << 16},
	ParamValidatorWeight02Eth:          {name: "validator_weight_0x02_eth", u64: func(p *Params) *uint64 { return &p.ValidatorWeight02Eth }, min: 1, max: 1 << 16},
	ParamMaxPositiveRebase:             {name: "max_positive_rebase_1e9", u64: func(p *Params) *uint64 { return &p.MaxPositiveRebase }, min: 1, max: UnlimitedRebase},
	ParamSimulatedShareRateDeviationBP: {name: "simulated_share_rate_deviation_bp", u64: func(p *Params) *uint64 { return &p.SimulatedShareRateDeviationBP }, max: BP},
	ParamRequestTimestampMargin:        {name: "request_timestamp_margin_seconds", u64: func(p *Params) *uint64 { return &p.RequestTimestampMargin }, max: 1 << 32},
	ParamMaxExitRequests:               {name: "max_exit_requests_per_report", u64: func(p *Params) *uint64 { return &p.MaxExitRequests }, max: 100_000},
	ParamExitDeadlineSlots:             {name: "exit_deadline_slots", u64: func(p *Params) *uint64 { return &p.ExitDeadlineSlots }, min: 1, max: 1 << 32},
	ParamStuckPenaltyDelay:             {name: "stuck_penalty_delay_seconds", u64: func(p *Params) *uint64 { return &p.StuckPenaltyDelay }, max: 365 * 86400},
	ParamInstantWithdrawalBP:           {name: "instant_withdrawal_fee_bp", u64: func(p *Params) *uint64 { return &p.InstantWithdrawalBP }, max: BP},
	ParamMinWithdrawal:                 {name: "min_withdrawal_wei", u256: func(p *Params) *uint256.Int { return &p.MinWithdrawal }},
	ParamMaxWithdrawal:                 {name: "max_withdrawal_wei", u256: func(p *Params) *uint256.Int { return &p.MaxWithdrawal }},
	ParamVetoFirstSealBP:               {name: "veto_first_seal_bp", u64: func(p *Params) *uint64 { return &p.VetoFirstSealBP }, min: 1, max: BP - 1},
	ParamVetoSecondSealBP:              {name: "veto_second_seal_bp", u64: func(p *Params) *uint64 { return &p.VetoSecondSealBP }, min: 2, max: BP},
	ParamVetoMaxExtensionSeconds:       {name: "veto_max_extension_seconds", u64: func(p *Params) *uint64 { return &p.VetoMaxExtensionSeconds }, max: 365 * 86400},
	ParamRageQuitWindowSeconds:         {name: "rage_quit_window_seconds", u64: func(p *Params) *uint64 { return &p.RageQuitWindowSeconds }, max: 365 * 86400},
}

func (id ParamID) valid() bool { return id >= 1 && id <= paramLast }

// ParamHome is the contract whose setter holds a parameter. A setter takes
// its contract's whole set (Oracle.setParams, SanityChecker.setLimits,
// Pool.setParams, Governance.setTimings, WithdrawalQueue.
// setWithdrawalBounds, VetoEscrow.setParams), so a proposal to change one
// parameter carries its home's whole set as it stood when proposed, and
// executing it sets that whole set (State.paramsAfter).
type ParamHome string

// The homes of the parameters.
const (
	HomeOracle     ParamHome = "oracle"
	HomeSanity     ParamHome = "sanity"
	HomePool       ParamHome = "pool"
	HomeGovernance ParamHome = "governance"
	HomeQueue      ParamHome = "queue"
	HomeVeto       ParamHome = "veto"
)

// Home is the contract that holds the parameter.
func (id ParamID) Home() ParamHome {
	switch id {
	case ParamEpochsPerFrame, ParamFeeBP, ParamTreasuryFeeShareBP, ParamOperatorsFeeShareBP,
		ParamInsuranceFeeShareBP, ParamExitDeadlineSlots, ParamStuckPenaltyDelay:
		return HomeOracle
	case ParamDustFloor, ParamReserveTargetBP, ParamInstantWithdrawalBP, ParamMaxDepositsPerBlock:
		return HomePool
	case ParamTimelockSeconds, ParamProposalLifetimeSeconds:
		return HomeGovernance
	case ParamMinWithdrawal, ParamMaxWithdrawal:
		return HomeQueue
	case ParamVetoFirstSealBP, ParamVetoSecondSealBP, ParamVetoMaxExtensionSeconds, ParamRageQuitWindowSeconds:
		return HomeVeto
	}
	return HomeSanity
}

// withHome is p with every parameter of home taken from set.
func (p Params) withHome(set *Params, home ParamHome) Params {
	for id := ParamID(1); id <= paramLast; id++ {
		if id.Home() != home {
			continue
		}
		if d := params[id]; d.u64 != nil {
			*d.u64(&p) = *d.u64(set)
		} else {
			*d.u256(&p) = *d.u256(set)
		}
	}
	return p
}

func (id ParamID) String() string {
	if id.valid() {
		return params[id].name
	}
	return fmt.Sprintf("param(%d)", uint8(id))
}

// ParamByName finds a parameter id by its name ("fee_bp", ...).
func ParamByName(name string) (ParamID, bool) {
	for id := ParamID(1); id <= paramLast; id++ {
		if params[id].name == name {
			return id, true
		}
	}
	return 0, false
}

// ParamNames lists every settable parameter's name, in id order.
func ParamNames() []string {
	out := make([]string, 0, paramLast)
	for id := ParamID(1); id <= paramLast; id++ {
		out = append(out, params[id].name)
	}
	return out
}

// Value returns a parameter's current value.
func (p *Params) Value(id ParamID) (uint256.Int, bool) {
	var v uint256.Int
	if !id.valid() {
		return v, false
	}
	if d := params[id]; d.u64 != nil {
		v.SetUint64(*d.u64(p))
	} else {
		v = *d.u256(p)
	}
	return v, true
}

// MainnetParams are defaults modelled on Lido's mainnet settings: fee 10%
// (half to operators, 40% to the treasury, 10% to insurance), 150 deposits
// per block, 150,000 ETH per day staking limit refilled over 7,200 blocks, a
// 3-day timelock, 225-epoch frames, Lido's sanity limits (10% annual
// increase; LIP-23 with 8 PWei initial slashing and 101 PWei inactivity per
// validator and a 0.5% second-opinion margin; 57,600 ETH appeared and
// exited a day, validators weighing 32 ETH with 0x01 credentials and 2,048
// ETH with 0x02; 0.075% positive rebase per report; 0.5% simulated share
// rate deviation; 7,680 s request margin; 600 exit requests), stuck after
// 28,800 slots (4 days) with a 432,000 s (5-day) cool-down, requests of 100
// wei to 1,000 stETH, a 5% liquid reserve; the stakers' veto with Lido's
// dual-governance seals (1% and 10% of the supply), a timelock lengthened
// by up to 45 days and a 7-day rage-quit window.
func MainnetParams() Params {
	p := Params{
		FeeBP:                         1000,
		TreasuryFeeShareBP:            4000,
		OperatorsFeeShareBP:           5000,
		InsuranceFeeShareBP:           1000,
		ReserveTargetBP:               500,
		MaxDepositsPerBlock:           150,
		TimelockSeconds:               3 * 86400,
		ProposalLifetimeSeconds:       7 * 86400,
		EpochsPerFrame:                225,
		AnnualIncreaseBP:              1000,
		InitialSlashingPWei:           8,
		InactivityPenaltiesPWei:       101,
		SecondOpinionErrorBP:          50,
		AppearedEthPerDay:             57_600,
		ExitedEthPerDay:               57_600,
		ValidatorWeight01Eth:          32,
		ValidatorWeight02Eth:          2048,
		MaxPositiveRebase:             750_000,
		SimulatedShareRateDeviationBP: 50,
		RequestTimestampMargin:        7680,
		MaxExitRequests:               600,
		ExitDeadlineSlots:             28_800,
		StuckPenaltyDelay:             432_000,
		VetoFirstSealBP:               100,
		VetoSecondSealBP:              1000,
		VetoMaxExtensionSeconds:       45 * 86400,
		RageQuitWindowSeconds:         7 * 86400,
	}
	p.DustFloor.SetUint64(1_000_000_000_000) // 0.000001 ETH
	p.MinWithdrawal.SetUint64(100)
	p.MaxWithdrawal.Mul(uint256.NewInt(1000), uint256.NewInt(1e18))
	max := new(uint256.Int).Mul(uint256.NewInt(150_000), uint256.NewInt(1e18))
	p.StakeLimitMax = *max
	p.StakeLimitPerBlock.Div(max, uint256.NewInt(7_200)) // ≈20.83 ETH, rounded down
	return p
}

// DevnetParams are MainnetParams with a 24-second timelock, a 1-day
// proposal lifetime, 4-epoch frames, a one-epoch request margin, a veto
// that lengthens the timelock by up to an hour and a 10-minute rage-quit
// window, for local use.
func DevnetParams() Params {
	p := MainnetParams()
	p.TimelockSeconds = 24
	p.ProposalLifetimeSeconds = 86400
	p.EpochsPerFrame = 4
	p.RequestTimestampMargin = 384 // one epoch: the margin scaled to the short frames
	p.VetoMaxExtensionSeconds = 3600
	p.RageQuitWindowSeconds = 600
	return p
}

func (p *Params) validate() error {
	for id := ParamID(1); id <= paramLast; id++ {
		d := params[id]
		if d.u64 == nil {
			continue
		}
		if v := *d.u64(p); v < d.min || v > d.max {
			return reject(CodeInvalidParameter, "%s = %d is not in %d..%d", d.name, v, d.min, d.max)
		}
	}
	if s := p.TreasuryFeeShareBP + p.OperatorsFeeShareBP + p.InsuranceFeeShareBP; s != BP {
		return reject(CodeInvalidParameter, "fee shares (treasury %d + operators %d + insurance %d bp) must sum to 10000", p.TreasuryFeeShareBP, p.OperatorsFeeShareBP, p.InsuranceFeeShareBP)
	}
	if p.VetoFirstSealBP >= p.VetoSecondSealBP {
		return reject(CodeInvalidParameter, "the veto's first seal (%d bp) must be below its second (%d bp)", p.VetoFirstSealBP, p.VetoSecondSealBP)
	}
	if p.DustFloor.IsZero() || !p.DustFloor.Lt(maxAmount) {
		return reject(CodeInvalidParameter, "dust floor must be 1 wei .. 2^128")
	}
	if p.MinWithdrawal.IsZero() || p.MaxWithdrawal.Lt(&p.MinWithdrawal) || !p.MaxWithdrawal.Lt(maxRequestShares) {
		return reject(CodeInvalidParameter, "withdrawal bounds must satisfy 1 wei ≤ min ≤ max < 2^80")
	}
	return validateStakeLimit(&p.StakeLimitMax, &p.StakeLimitPerBlock)
}

// set applies one SetParameter action to a copy and validates the result.
func (p Params) set(id ParamID, v *uint256.Int) (Params, error) {
	if !id.valid() {
		return p, reject(CodeInvalidParameter, "unknown parameter %d", uint8(id))
	}
	d := params[id]
	if d.u64 != nil {
		if !v.IsUint64() {
			return p, reject(CodeInvalidParameter, "%s: value %s out of range", d.name, v.Dec())
		}
		*d.u64(&p) = v.Uint64()
	} else {
		*d.u256(&p) = *v
	}
	return p, p.validate()
}

func encodeParams(e *encoder, p *Params) {
	for id := ParamID(1); id <= paramLast; id++ {
		if d := params[id]; d.u64 != nil {
			e.u64(*d.u64(p))
		} else {
			e.u256(d.u256(p))
		}
	}
	e.u256(&p.StakeLimitMax)
	e.u256(&p.StakeLimitPerBlock)
}

func decodeParams(d *decoder, p *Params) {
	for id := ParamID(1); id <= paramLast; id++ {
		if pd := params[id]; pd.u64 != nil {
			*pd.u64(p) = d.u64()
		} else {
			d.u256(pd.u256(p))
		}
	}
	d.u256(&p.StakeLimitMax)
	d.u256(&p.StakeLimitPerBlock)
}
