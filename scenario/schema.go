// Package scenario runs agent-based scenarios of liquid staking pools on the
// real pool state machine (package protocol) and the real simulated beacon
// chain (package beacon/sim), with models of their markets (a Curve-style
// stETH/ETH stableswap and a lending market) and of their users, and writes
// reports: summary.json, timeseries.csv and report.html. See docs/scenario.md.
package scenario

import (
	"fmt"
	"os"
	"path/filepath"

	"gopkg.in/yaml.v3"
)

// Scenario is one YAML scenario file. Every field is documented in
// docs/scenario.md; zero values take the defaults listed there.
type Scenario struct {
	Name        string   `yaml:"name"`
	Description string   `yaml:"description"`
	Seed        uint64   `yaml:"seed"`
	Duration    Duration `yaml:"duration"`
	Step        Duration `yaml:"step"`
	Chain       Chain    `yaml:"chain"`
	Pools       []Pool   `yaml:"pools"`
	Agents      Agents   `yaml:"agents"`
	Markets     Markets  `yaml:"markets"`
	// Runs is the number of seeds (Seed, Seed+1, …) the scenario runs
	// with: more than one makes a Monte Carlo study (docs/scenario.md).
	Runs int `yaml:"runs"`
	// Sweep runs the scenario at every point of a grid of one or two
	// parameters (with Runs seeds at each point).
	Sweep *Sweep `yaml:"sweep"`
	// Events are the outcomes whose frequency over the runs is reported
	// with a confidence interval, besides the default ones.
	Events []Event `yaml:"events"`
	// Economics adds EIP-1559 burn, net supply, an ETH price path and
	// validators' operating costs.
	Economics *Economics `yaml:"economics"`
	// Contested is a hostile governance proposal that objecting holders
	// can veto through the pool's escrow (docs/scenario.md, "Contested
	// proposal").
	Contested *Contested `yaml:"contested_proposal,omitempty"`
	// EmergencyPause is the pool's emergency committee pausing staking,
	// deposits or withdrawals once (docs/scenario.md, "Emergency pause").
	EmergencyPause *EmergencyPause `yaml:"emergency_pause,omitempty"`

	file   string
	dir    string // the scenario file's directory: relative paths start there
	lines  map[string]int
	prices []pricePoint // economics.price.csv, read by Load
}

// Sweep is a grid over one parameter (X) or two (X × Y). Each parameter is
// a field path (pools[lido].reserve, chain.participation, …) and values
// are written as that field is.
type Sweep struct {
	X *Axis `yaml:"x"`
	Y *Axis `yaml:"y"`
	// Metrics are shown against the parameters in the report: a heatmap
	// each on a grid, a line each on one axis (names joined by " + " share
	// one plot). Default: the scenario's headline metrics.
	Metrics []string `yaml:"metrics"`
}

// Axis is one parameter of a sweep and its values.
type Axis struct {
	Param  string      `yaml:"param"`
	Values []yaml.Node `yaml:"values"`
}

// Event is an outcome counted in each run: a summary metric below or above
// a threshold.
type Event struct {
	Name   string   `yaml:"name"`
	Metric string   `yaml:"metric"`
	Below  *float64 `yaml:"below"`
	Above  *float64 `yaml:"above"`
}

// Economics is the execution layer's fee burn, the ETH price and the cost
// of running validators (docs/scenario.md, "Economics").
type Economics struct {
	// BaseFee is the equilibrium base fee: the fee at which blocks are
	// demanded at the gas target. The base fee follows EIP-1559 block by
	// block around it; BaseFeeVolatility moves the equilibrium (a year).
	BaseFee           Amount   `yaml:"base_fee"`
	BaseFeeVolatility Fraction `yaml:"base_fee_volatility"`
	GasTarget         uint64   `yaml:"gas_target"`
	// DemandElasticity: gas demanded ∝ (equilibrium / base fee)^elasticity.
	DemandElasticity float64 `yaml:"demand_elasticity"`
	Price            Price   `yaml:"price"`
	Costs            Costs   `yaml:"costs"`
}

// Price is the ETH price in USD: a seeded geometric Brownian motion from
// Start, or the rows of a CSV file.
type Price struct {
	Start      float64  `yaml:"start"`
	Drift      Fraction `yaml:"drift"`      // a year
	Volatility Fraction `yaml:"volatility"` // a year
	CSV        string   `yaml:"csv"`        // day,usd rows (relative to the scenario file)
}

// Costs are operating costs of a validator, in USD a year.
type Costs struct {
	Solo     float64 `yaml:"solo"`     // a home staker's validator: hardware, power, internet, time
	Operator float64 `yaml:"operator"` // a pool operator's validator
}

// Contested is a hostile parameter change proposed by governance at At
// with the normal timelock; a share of the pool's holders object, lock
// their stETH and wstETH in the veto escrow after a reaction delay, and
// leave through the withdrawal queue if a rage quit begins.
type Contested struct {
	Pool string   `yaml:"pool"` // default: the first pool
	At   Duration `yaml:"at"`
	// The change: the fee or the reserve target (one of them).
	Fee     *Fraction `yaml:"fee"`
	Reserve *Fraction `yaml:"reserve"`
	// Timelock is governance's timelock (default 3d, mainnet's).
	Timelock  Duration  `yaml:"timelock"`
	Veto      Veto      `yaml:"veto"`
	Objectors Objectors `yaml:"objectors"`
}

// Veto is the escrow's rules (defaults: mainnet's, 1%, 10%, 45d, 7d).
type Veto struct {
	FirstSeal      Fraction `yaml:"first_seal"`
	SecondSeal     Fraction `yaml:"second_seal"`
	MaxExtension   Duration `yaml:"max_extension"`
	RageQuitWindow Duration `yaml:"rage_quit_window"`
}

// Objectors are the holders who dislike the change.
type Objectors struct {
	// Share of the holders' stETH (at the proposal) that objects, held by
	// Holders agents of equal size (default 100), WstETH of it wrapped.
	Share   Fraction `yaml:"share"`
	Holders int      `yaml:"holders"`
	WstETH  Fraction `yaml:"wsteth"`
	// Reaction is each holder's delay from the proposal to its lock:
	// lognormal with this median (default 1d) and Sigma (default 1).
	Reaction Reaction `yaml:"reaction"`
	// Strategy: lock (default) puts the stETH and wstETH in the escrow;
	// exit requests their withdrawal first and locks the requests, so
	// that they move up the queue while they support the veto.
	Strategy string `yaml:"strategy"`
}

// Reaction is a lognormal delay.
type Reaction struct {
	Median Duration `yaml:"median"`
	Sigma  float64  `yaml:"sigma"`
}

// Chain describes the simulated beacon chain.
type Chain struct {
	Fork string `yaml:"fork"` // electra (default) or deneb
	// State is an SSZ BeaconState file the chain starts from (its fork
	// and validators); pools then adopt validators by withdrawal_credentials.
	State string `yaml:"state"`
	// Duties is how the simulator assigns attestation slots, proposers and
	// sync committees: spec (default), sampled, or batched (sampled's
	// proposers and sync committees, an epoch's attestations and sync
	// signatures drawn at its end: for Monte Carlo studies; docs/beacon.md).
	Duties string `yaml:"duties"`
	// TotalStake is all ETH staked at the start, pools included; the stake
	// outside the pools is made of validators of BackgroundBalance each.
	TotalStake Amount `yaml:"total_stake"`
	// Validators, instead of TotalStake: that many 32-ETH validators' worth.
	Validators        uint64 `yaml:"validators"`
	BackgroundBalance Amount `yaml:"background_balance"`
	// ETHSupply is the ETH in existence (for the staked share of supply).
	ETHSupply       Amount   `yaml:"eth_supply"`
	Participation   Fraction `yaml:"participation"`
	MissedProposals Fraction `yaml:"missed_proposals"`
	// ELRewardPerBlock is the mean execution-layer reward of a block
	// (priority fees plus MEV); MEVFraction the part of it that is MEV.
	ELRewardPerBlock Amount   `yaml:"el_reward_per_block"`
	MEVFraction      Fraction `yaml:"mev_fraction"`
	// RandomSlashingsPerYear slashes that many random validators a year.
	RandomSlashingsPerYear float64    `yaml:"random_slashings_per_year"`
	Outages                []Outage   `yaml:"outages"`
	Slashings              []Slashing `yaml:"slashings"`
}

// Outage takes an operator's validators (or a share of the background
// stake) offline for a while.
type Outage struct {
	Pool     string   `yaml:"pool"`     // empty: the background stake
	Operator *int     `yaml:"operator"` // nil: every operator of the pool
	At       Duration `yaml:"at"`
	For      Duration `yaml:"for"`
	// Participation during the outage (default 0).
	Participation Fraction `yaml:"participation"`
	// Share of the background stake affected (background outages only).
	Share Fraction `yaml:"share"`
}

// Slashing slashes validators at one moment (correlated: they all count
// toward the same correlation penalty).
type Slashing struct {
	At        Duration `yaml:"at"`
	Pool      string   `yaml:"pool"` // empty: background validators
	Operators []int    `yaml:"operators"`
	// Validators slashed (spread over Operators), or Share of the pool's
	// (or background's) validators.
	Validators uint64   `yaml:"validators"`
	Share      Fraction `yaml:"share"`
}

// Pool is one liquid staking pool, run by its own protocol state machine.
type Pool struct {
	Name         string   `yaml:"name"`
	InitialStake Amount   `yaml:"initial_stake"`
	Fee          Fraction `yaml:"fee"`
	Reserve      Fraction `yaml:"reserve"`
	// InsuranceShare is the insurance fund's part of the fee.
	InsuranceShare Fraction `yaml:"insurance_share"`
	// InitialInsurance is stETH the fund holds at the start.
	InitialInsurance Amount `yaml:"initial_insurance"`
	// Centralized pools issue a custodial token (no market, trust
	// discount), have one operator, and an oracle reporting every epoch.
	Centralized bool `yaml:"centralized"`
	// MEVCapture is the share of available MEV the pool's validators take.
	MEVCapture *Fraction `yaml:"mev_capture"`
	Operators  Operators `yaml:"operators"`
	Oracle     Oracle    `yaml:"oracle"`
	// InstantWithdrawalFee is charged on instant withdrawals from the reserve.
	InstantWithdrawalFee Fraction `yaml:"instant_withdrawal_fee"`
	// StakeLimitPerDay caps new stake per day (0: none).
	StakeLimitPerDay Amount `yaml:"stake_limit_per_day"`
	// Bonded gives the pool a permissionless bonded module as its staking
	// router's module 2 (docs/scenario.md, "Bonded module"; bonded.go).
	Bonded *Bonded `yaml:"bonded,omitempty"`
	// ForceExits has the pool force its operators' overdue exits (anyone
	// may: protocol/exittrigger.go): at each epoch, every key of either
	// module asked to exit and not exited past exit_deadline_slots is
	// triggered and the withdrawal vault's EIP-7002 full-exit request goes
	// to the chain (Electra), so operators that ignore exits
	// (operators.ignore_exits, bonded.ignore_exits) are exited by force.
	ForceExits bool `yaml:"force_exits"`
	// WithdrawalCredentials (with chain.state): the pool is the chain's
	// validators with these credentials (0x + 64 hex) or withdrawal
	// addresses (0x + 40 hex, 0x01 or 0x02 credentials).
	WithdrawalCredentials []string `yaml:"withdrawal_credentials"`
}

// Operators is a pool's operator set.
type Operators struct {
	Count int `yaml:"count"`
	// Cap is each operator's governance cap in validators (0: no cap).
	Cap uint64 `yaml:"cap"`
	// Participation of each operator's validators (default: the chain's).
	Participation []Fraction `yaml:"participation"`
	// IgnoreExits lists operators that never exit the validators the
	// pool asks them to (the protocol marks them stuck after the exit
	// deadline and withholds half their fee while they are).
	IgnoreExits []int `yaml:"ignore_exits"`
	// KeepMEV lists operators whose validators propose with their
	// operator's own fee recipient: they keep their blocks' priority fees
	// and MEV, the pool's execution-layer rewards drop by it, and the
	// oracle members detect the blocks and charge the operator
	// (docs/operators.md, "Execution rewards").
	KeepMEV []int `yaml:"keep_mev"`
}

// Oracle is a pool's oracle committee.
type Oracle struct {
	Members     int    `yaml:"members"`
	Quorum      int    `yaml:"quorum"`
	FrameEpochs uint64 `yaml:"frame_epochs"`
	// SecondOpinion gives the pool a second-opinion oracle (LIP-23;
	// default true): a loss beyond the 18-day allowance (8 PWei per
	// validator + 101 PWei for inactivity, mainnet's) passes only when it
	// confirms the committee's balance. Without one such a loss is refused
	// every frame.
	SecondOpinion *bool `yaml:"second_opinion"`
	// MaxAnnualIncrease bounds the annualised CL balance increase.
	MaxAnnualIncrease Fraction `yaml:"max_annual_increase"`
}

// Agents are the users.
type Agents struct {
	Arrivals    Arrivals    `yaml:"arrivals"`
	Choice      Choice      `yaml:"choice"`
	Withdrawals Withdrawals `yaml:"withdrawals"`
	Panic       Panic       `yaml:"panic"`
	Runs        []BankRun   `yaml:"runs"`
	Loopers     Loopers     `yaml:"loopers"`
	Arbitrage   Arbitrage   `yaml:"arbitrage"`
}

// Arrivals of new stakers: a Poisson number a day, each with a lognormal
// amount.
type Arrivals struct {
	PerDay float64 `yaml:"per_day"`
	Median Amount  `yaml:"median"`
	Sigma  float64 `yaml:"sigma"`
	// Growth multiplies the arrival rate by (1+growth) a year.
	Growth float64 `yaml:"growth"`
}

// Choice is the pool-choice utility (docs/scenario.md, "Utility").
type Choice struct {
	Temperature     float64 `yaml:"temperature"`      // percentage points of utility
	LiquidityWeight float64 `yaml:"liquidity_weight"` // points per e-fold of 1%-depth
	LiquidityRef    Amount  `yaml:"liquidity_ref"`
	TrustDiscount   float64 `yaml:"trust_discount"` // points off custodial tokens
	// ShareWeight adds points per unit of the pool's market share
	// (familiarity, integrations); 0 by default.
	ShareWeight float64 `yaml:"share_weight"`
}

// Withdrawals is holders' everyday exit behaviour.
type Withdrawals struct {
	PerDay Fraction `yaml:"per_day"` // share of holdings leaving a day
	// PatienceDays: a holder sells on the market instead of queueing when
	// the discount is below the time value of the expected wait.
	RequiredYield Fraction `yaml:"required_yield"`
}

// Panic makes holders leave when the market or the pool goes wrong.
type Panic struct {
	Depeg       Fraction `yaml:"depeg"`        // market discount that triggers
	SlashedLoss Fraction `yaml:"slashed_loss"` // share-rate drop that triggers
	Fraction    Fraction `yaml:"fraction"`     // of holdings leaving
	Over        Duration `yaml:"over"`
}

// BankRun is a scheduled bank run: Fraction of a pool's holders leave over Over.
type BankRun struct {
	Pool     string   `yaml:"pool"`
	At       Duration `yaml:"at"`
	Fraction Fraction `yaml:"fraction"`
	// FractionMax, when set, makes the run's size uncertain: each run
	// draws it uniformly from fraction to fraction_max.
	FractionMax Fraction `yaml:"fraction_max"`
	Over        Duration `yaml:"over"`
	// Via: queue (default), market, or best.
	Via string `yaml:"via"`
}

// Loopers borrow ETH against stETH in the lending market and restake it.
type Loopers struct {
	Count    int     `yaml:"count"`
	Equity   Amount  `yaml:"equity"`
	Leverage float64 `yaml:"leverage"`
	// Spread below which they unwind (APR minus borrow rate).
	UnwindSpread Fraction `yaml:"unwind_spread"`
}

// Arbitrage buys discounted stETH and redeems it through the queue.
type Arbitrage struct {
	Capital       Amount   `yaml:"capital"`
	RequiredYield Fraction `yaml:"required_yield"`
}

// Markets are the secondary markets of one decentralized pool's token.
type Markets struct {
	Stableswap *Stableswap `yaml:"stableswap"`
	Lending    *Lending    `yaml:"lending"`
}

// Stableswap is a two-coin Curve pool (ETH, stETH).
type Stableswap struct {
	Pool  string   `yaml:"pool"`
	ETH   Amount   `yaml:"eth"`
	StETH Amount   `yaml:"steth"`
	A     float64  `yaml:"A"`
	Fee   Fraction `yaml:"fee"`
}

// Lending is a market lending ETH against stETH collateral.
type Lending struct {
	Pool                 string   `yaml:"pool"`
	ETHSupply            Amount   `yaml:"eth_supply"`
	LTV                  Fraction `yaml:"ltv"`
	LiquidationThreshold Fraction `yaml:"liquidation_threshold"`
	Bonus                Fraction `yaml:"bonus"`
	CloseFactor          Fraction `yaml:"close_factor"`
	// Price: "market" (the stableswap's price) or "rate" (the share rate).
	Price string    `yaml:"price"`
	Rate  RateModel `yaml:"rate"`
}

// RateModel is a kinked utilisation curve for the ETH borrow rate.
type RateModel struct {
	Base   Fraction `yaml:"base"`
	Slope1 Fraction `yaml:"slope1"`
	Kink   Fraction `yaml:"kink"`
	Slope2 Fraction `yaml:"slope2"`
}

// Load reads, decodes and validates a scenario file.
func Load(path string) (*Scenario, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("read scenario: %w", err)
	}
	return parseIn(filepath.Dir(path), filepath.Base(path), b)
}

// Parse decodes and validates a scenario; file names the source in errors.
// Relative paths in it (chain.state, economics.price.csv) start in the
// working directory.
func Parse(file string, b []byte) (*Scenario, error) { return parseIn("", file, b) }

func parseIn(dir, file string, b []byte) (*Scenario, error) {
	var root yaml.Node
	if err := yaml.Unmarshal(b, &root); err != nil {
		return nil, Errors{{File: file, Msg: err.Error()}}
	}
	sc := &Scenario{file: file, dir: dir}
	d := &decoder{file: file, lines: map[string]int{}}
	if root.Kind == 0 {
		return nil, Errors{{File: file, Msg: "empty scenario"}}
	}
	d.decode(&root, reflectValue(sc), "")
	sc.lines = d.lines
	if len(d.errs) > 0 {
		return nil, d.errs
	}
	sc.defaults()
	if errs := sc.validate(); len(errs) > 0 {
		return nil, errs
	}
	if errs := sc.loadInputs(); len(errs) > 0 {
		return nil, errs
	}
	if errs := sc.validateGrid(); len(errs) > 0 {
		return nil, errs
	}
	return sc, nil
}

// path is a file name of the scenario made relative to its directory.
func (sc *Scenario) path(name string) string {
	if name == "" || filepath.IsAbs(name) {
		return name
	}
	return filepath.Join(sc.dir, name)
}

// line is the line of a field path (or of its nearest parent).
func (sc *Scenario) line(path string) int {
	for p := path; ; {
		if l, ok := sc.lines[p]; ok {
			return l
		}
		i := lastSep(p)
		if i < 0 {
			return sc.lines[""]
		}
		p = p[:i]
	}
}

func lastSep(p string) int {
	for i := len(p) - 1; i >= 0; i-- {
		if p[i] == '.' || p[i] == '[' {
			return i
		}
	}
	return -1
}

// PoolIndex finds a pool by name.
func (sc *Scenario) PoolIndex(name string) int {
	for i := range sc.Pools {
		if sc.Pools[i].Name == name {
			return i
		}
	}
	return -1
}
