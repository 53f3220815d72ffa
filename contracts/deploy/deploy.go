// Package deploy deploys the pool's contracts on any Ethereum backend (the
// simulated backend in tests, a JSON-RPC node for the devnet and
// `stakepool deploy`) and returns their addresses.
//
// The contracts refer to each other through immutables, so their addresses
// are computed before the first deployment from the deployer's nonce
// (CREATE addresses) and each deployment is checked to land where
// predicted: the deployer must send nothing else meanwhile.
package deploy

import (
	"context"
	"errors"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/stakepool/stakepool/contracts/bindings"
	"github.com/stakepool/stakepool/protocol"
)

// Backend is what deploying needs of a chain.
type Backend interface {
	bind.ContractBackend
	bind.DeployBackend
}

// Operator is a node operator registered at deployment.
type Operator struct {
	Name          string
	RewardAddress common.Address
	Limit         uint64
}

// Config describes the suite to deploy.
type Config struct {
	// Deployer signs the deployments; it must send nothing else meanwhile.
	Deployer *bind.TransactOpts
	// Mine, when set, is called after each transaction is sent (the
	// simulated backend's Commit); a real node mines on its own.
	Mine func()

	// InitialStake backs the dead shares (at least 1 gwei; 1 ETH on devnets).
	InitialStake *big.Int
	// DepositContract is the network's beacon deposit contract; zero
	// deploys our own (tests, devnet without a genesis one).
	DepositContract common.Address
	// Depositor may call Pool.deposit when DepositSecurity is nil (tests
	// that deposit without guardians); with DepositSecurity set it is
	// ignored and the deposit security module is the pool's only depositor.
	Depositor common.Address
	// DepositSecurity, when set, deploys the deposit security module
	// (guardians, quorum, ages, distance) as the pool's depositor.
	DepositSecurity *protocol.DepositSecurityParams
	Treasury        common.Address
	Insurance       common.Address

	GovernanceMembers   []common.Address
	GovernanceThreshold uint32
	// Veto is the stakers' veto (seals, extension, rage-quit window); zero
	// values take mainnet's (protocol.MainnetParams).
	Veto bindings.VetoEscrowParams
	// PauseCommittee may pause once, for PauseSeconds (zero: 14 days),
	// until PauseExpiry (zero address: no committee).
	PauseCommittee common.Address
	PauseExpiry    uint64
	PauseSeconds   uint64

	OracleMembers []common.Address
	OracleQuorum  uint32
	// Chain is the beacon chain's clock (genesis time, seconds per slot,
	// slots per epoch) the oracle's frames are computed from.
	Chain bindings.OracleChainConfig

	Operators []Operator
	// Bonded, when set, deploys the permissionless bonded module (last,
	// so that no other address moves) with its curve, penalizers and the
	// router that deposits from it.
	Bonded *Bonded
	// Rules are the pool's parameters (protocol.Params: the same the
	// model runs with), spread over the contracts that hold them.
	Rules       protocol.Params
	Compounding bool
}

// Bonded configures the permissionless bonded module.
type Bonded struct {
	Params protocol.BondedParams
	// Router deposits from the module, reports its exits, mints its fee
	// and unvets its keys. Zero: the staking router, which takes the
	// module as its module 2 with Module's name, share and fees. An
	// account instead stands for the router (the module's own tests); the
	// router then has module 1 alone.
	Router common.Address
	Module protocol.ModuleParams
}

// Connected reports whether the module is the staking router's module 2.
func (b *Bonded) Connected() bool { return b != nil && b.Router == (common.Address{}) }

// BondedGenesis is the model's bonded module for a deployment with a
// connected one (nil otherwise).
func (a *Addresses) BondedGenesis(b *Bonded) *protocol.BondedGenesis {
	if !b.Connected() {
		return nil
	}
	return &protocol.BondedGenesis{Address: a.BondedModule, Router: a.StakingRouter, Governance: a.Governance, Params: b.Params, Module: b.Module}
}

// BondedCurve is a curve as the contract takes it.
func BondedCurve(p *protocol.BondedParams) []*big.Int {
	out := make([]*big.Int, len(p.Curve))
	for i := range p.Curve {
		out[i] = p.Curve[i].ToBig()
	}
	return out
}

// OracleParams are the oracle's part of the rules (frame, fee, stuck penalty).
func OracleParams(p *protocol.Params) bindings.OracleParams {
	return bindings.OracleParams{
		EpochsPerFrame: p.EpochsPerFrame, FeeBP: p.FeeBP, TreasuryFeeShareBP: p.TreasuryFeeShareBP,
		OperatorsFeeShareBP: p.OperatorsFeeShareBP, InsuranceFeeShareBP: p.InsuranceFeeShareBP,
		ExitDeadlineSlots: p.ExitDeadlineSlots, StuckPenaltyDelay: p.StuckPenaltyDelay,
	}
}

// SanityLimits are the sanity checker's part of the rules.
func SanityLimits(p *protocol.Params) bindings.SanityCheckerLimits {
	return bindings.SanityCheckerLimits{
		AnnualIncreaseBP: p.AnnualIncreaseBP, InitialSlashingPWei: p.InitialSlashingPWei,
		InactivityPenaltiesPWei: p.InactivityPenaltiesPWei, SecondOpinionErrorBP: p.SecondOpinionErrorBP,
		AppearedEthPerDay: p.AppearedEthPerDay, ExitedEthPerDay: p.ExitedEthPerDay,
		ValidatorWeight01Eth: p.ValidatorWeight01Eth, ValidatorWeight02Eth: p.ValidatorWeight02Eth,
		MaxPositiveRebase: p.MaxPositiveRebase, SimulatedShareRateDeviationBP: p.SimulatedShareRateDeviationBP,
		RequestTimestampMargin: p.RequestTimestampMargin, MaxExitRequests: p.MaxExitRequests,
	}
}

// PoolParams are the pool's part of the rules (values that do not fit
// the contract's fields are cut; the contract refuses them).
func PoolParams(p *protocol.Params) bindings.IPoolParams {
	return bindings.IPoolParams{
		DustFloor: p.DustFloor.ToBig(), ReserveTargetBP: uint16(min(p.ReserveTargetBP, 1<<16-1)),
		InstantWithdrawalBP: uint16(min(p.InstantWithdrawalBP, 1<<16-1)), MaxDepositsPerBlock: uint32(min(p.MaxDepositsPerBlock, 1<<32-1)),
	}
}

// Addresses are the deployed contracts.
type Addresses struct {
	DepositContract common.Address `json:"deposit_contract"`
	Governance      common.Address `json:"governance"`
	Pool            common.Address `json:"pool"` // stETH
	WstETH          common.Address `json:"wsteth"`
	WithdrawalQueue common.Address `json:"withdrawal_queue"`
	Registry        common.Address `json:"operator_registry"`
	Oracle          common.Address `json:"oracle"`
	WithdrawalVault common.Address `json:"withdrawal_vault"`
	ELRewardsVault  common.Address `json:"el_rewards_vault"`
	VetoEscrow      common.Address `json:"veto_escrow"`
	GateSeal        common.Address `json:"gate_seal"`
	Burner          common.Address `json:"burner"`
	SanityChecker   common.Address `json:"sanity_checker"`
	// BondedModule is zero when deployed without one (Config.Bonded nil).
	BondedModule common.Address `json:"bonded_module,omitempty"`
	// DepositSecurityModule is zero when deployed without one (Config.DepositSecurity nil).
	DepositSecurityModule common.Address `json:"deposit_security_module,omitempty"`
	// ExitTrigger forces overdue exits (EIP-7002 requests from the withdrawal vault).
	ExitTrigger common.Address `json:"exit_trigger"`
	// StakingRouter holds the staking modules (module 1: Registry).
	StakingRouter common.Address `json:"staking_router"`
}

// NamedAddress is one contract of the suite, named as a person reads it.
type NamedAddress struct {
	Name    string
	Address common.Address
}

// Named lists every contract of the suite, in a fixed order; a contract
// not deployed (the deposit security module of a suite deployed without
// one) is left out.
func (a *Addresses) Named() []NamedAddress {
	all := []NamedAddress{{"stETH (pool)", a.Pool}, {"wstETH", a.WstETH}, {"withdrawal queue", a.WithdrawalQueue},
		{"operator registry", a.Registry}, {"staking router", a.StakingRouter}, {"oracle", a.Oracle}, {"sanity checker", a.SanityChecker},
		{"withdrawal vault", a.WithdrawalVault}, {"EL rewards vault", a.ELRewardsVault}, {"burner", a.Burner},
		{"deposit security module", a.DepositSecurityModule}, {"exit trigger", a.ExitTrigger}, {"bonded module", a.BondedModule}, {"governance", a.Governance},
		{"veto escrow", a.VetoEscrow}, {"gate seal", a.GateSeal}, {"deposit contract", a.DepositContract}}
	out := all[:0]
	for _, n := range all {
		if n.Address != (common.Address{}) {
			out = append(out, n)
		}
	}
	return out
}

// DepositSecurityParams are the module's settings as the contract takes them.
func DepositSecurityParams(p *protocol.DepositSecurityParams) bindings.DepositSecurityModuleParams {
	g := make([]common.Address, len(p.Guardians))
	for i, a := range p.Guardians {
		g[i] = common.Address(a)
	}
	return bindings.DepositSecurityModuleParams{Guardians: g, Quorum: p.Quorum, MaxBlockAge: p.MaxBlockAge,
		MinDepositDistance: p.MinDepositDistance, PauseMaxAge: p.PauseMaxAge}
}

// MainnetVeto are Lido's dual-governance seals (1% and 10%), up to 45
// days more timelock and a 7-day rage-quit window.
var MainnetVeto = bindings.VetoEscrowParams{FirstSealBP: 100, SecondSealBP: 1000, MaxExtensionSeconds: 45 * 86400, RageQuitWindowSeconds: 7 * 86400}

// Deploy deploys the suite and returns its addresses.
func Deploy(ctx context.Context, b Backend, cfg Config) (*Addresses, error) {
	if cfg.Deployer == nil {
		return nil, errors.New("deploy: a deployer is required")
	}
	if cfg.InitialStake == nil || cfg.InitialStake.Cmp(big.NewInt(1e9)) < 0 {
		return nil, errors.New("deploy: the initial stake must be at least 1 gwei")
	}
	rules := &cfg.Rules
	if rules.EpochsPerFrame == 0 || rules.MinWithdrawal.IsZero() {
		return nil, errors.New("deploy: the rules (protocol.Params) are required")
	}
	nonce, err := b.PendingNonceAt(ctx, cfg.Deployer.From)
	if err != nil {
		return nil, fmt.Errorf("deploy: reading the deployer's nonce: %w", err)
	}
	next := func() common.Address {
		a := crypto.CreateAddress(cfg.Deployer.From, nonce)
		nonce++
		return a
	}
	var a Addresses
	ownDeposit := cfg.DepositContract == (common.Address{})
	if ownDeposit {
		a.DepositContract = next()
	} else {
		a.DepositContract = cfg.DepositContract
	}
	a.Governance = next()
	a.Pool = next()
	a.WstETH = next()
	a.WithdrawalQueue = next()
	a.Registry = next()
	a.WithdrawalVault = next()
	a.ELRewardsVault = next()
	a.Burner = next()
	a.SanityChecker = next()
	a.VetoEscrow = next()
	a.GateSeal = next()
	depositor := cfg.Depositor
	if cfg.DepositSecurity != nil {
		a.DepositSecurityModule = next()
		depositor = a.DepositSecurityModule
	}
	a.ExitTrigger = next()
	a.Oracle = next() // the oracle's clock starts at its deployment
	if cfg.Bonded != nil {
		a.BondedModule = next()
	}
	a.StakingRouter = next() // after the bonded module: no address of an earlier deployment moves
	if cfg.Veto == (bindings.VetoEscrowParams{}) {
		cfg.Veto = MainnetVeto
	}
	if cfg.PauseSeconds == 0 {
		cfg.PauseSeconds = 14 * 86400
	}

	d := &deployer{ctx: ctx, b: b, cfg: &cfg}
	if ownDeposit {
		d.run("DepositContract", a.DepositContract, func(o *bind.TransactOpts) (common.Address, *types.Transaction, error) {
			addr, tx, _, err := bindings.DeployDepositContract(o, b)
			return addr, tx, err
		})
	}
	d.run("Governance", a.Governance, func(o *bind.TransactOpts) (common.Address, *types.Transaction, error) {
		addr, tx, _, err := bindings.DeployGovernance(o, b, cfg.GovernanceMembers, cfg.GovernanceThreshold, rules.TimelockSeconds, rules.ProposalLifetimeSeconds, a.VetoEscrow, a.Pool)
		return addr, tx, err
	})
	d.run("Pool", a.Pool, func(o *bind.TransactOpts) (common.Address, *types.Transaction, error) {
		o.Value = cfg.InitialStake
		links := bindings.IPoolLinks{
			WstETH: a.WstETH, WithdrawalQueue: a.WithdrawalQueue, Registry: a.Registry, Oracle: a.Oracle,
			DepositContract: a.DepositContract, WithdrawalVault: a.WithdrawalVault, ElRewardsVault: a.ELRewardsVault,
			Governance: a.Governance, Depositor: depositor, Treasury: cfg.Treasury, Insurance: cfg.Insurance, Burner: a.Burner,
			VetoEscrow: a.VetoEscrow, GateSeal: a.GateSeal, StakingRouter: a.StakingRouter,
		}
		addr, tx, _, err := bindings.DeployPool(o, b, links, PoolParams(rules), rules.StakeLimitMax.ToBig(), rules.StakeLimitPerBlock.ToBig(), cfg.Compounding)
		return addr, tx, err
	})
	d.run("WstETH", a.WstETH, func(o *bind.TransactOpts) (common.Address, *types.Transaction, error) {
		addr, tx, _, err := bindings.DeployWstETH(o, b, a.Pool, a.WithdrawalQueue)
		return addr, tx, err
	})
	d.run("WithdrawalQueue", a.WithdrawalQueue, func(o *bind.TransactOpts) (common.Address, *types.Transaction, error) {
		addr, tx, _, err := bindings.DeployWithdrawalQueue(o, b, a.Pool, a.WstETH, a.Governance, rules.MinWithdrawal.ToBig(), rules.MaxWithdrawal.ToBig())
		return addr, tx, err
	})
	d.run("OperatorRegistry", a.Registry, func(o *bind.TransactOpts) (common.Address, *types.Transaction, error) {
		ops := make([]bindings.OperatorRegistryInitialOperator, len(cfg.Operators))
		for i, op := range cfg.Operators {
			ops[i] = bindings.OperatorRegistryInitialOperator{Name: op.Name, RewardAddress: op.RewardAddress, Limit: op.Limit}
		}
		// Its pool and oracle are the router, which asks for deposits and applies reports.
		addr, tx, _, err := bindings.DeployOperatorRegistry(o, b, a.StakingRouter, a.StakingRouter, a.Governance, ops)
		return addr, tx, err
	})
	d.run("WithdrawalVault", a.WithdrawalVault, func(o *bind.TransactOpts) (common.Address, *types.Transaction, error) {
		addr, tx, _, err := bindings.DeployWithdrawalVault(o, b, a.Pool, a.ExitTrigger)
		return addr, tx, err
	})
	d.run("ELRewardsVault", a.ELRewardsVault, func(o *bind.TransactOpts) (common.Address, *types.Transaction, error) {
		addr, tx, _, err := bindings.DeployELRewardsVault(o, b, a.Pool)
		return addr, tx, err
	})
	d.run("Burner", a.Burner, func(o *bind.TransactOpts) (common.Address, *types.Transaction, error) {
		addr, tx, _, err := bindings.DeployBurner(o, b, a.Pool, a.Governance, cfg.Insurance, a.BondedModule)
		return addr, tx, err
	})
	d.run("SanityChecker", a.SanityChecker, func(o *bind.TransactOpts) (common.Address, *types.Transaction, error) {
		addr, tx, _, err := bindings.DeploySanityChecker(o, b, a.Oracle, a.Governance, SanityLimits(rules))
		return addr, tx, err
	})
	d.run("VetoEscrow", a.VetoEscrow, func(o *bind.TransactOpts) (common.Address, *types.Transaction, error) {
		addr, tx, _, err := bindings.DeployVetoEscrow(o, b, a.Pool, a.WstETH, a.WithdrawalQueue, a.Governance, cfg.Veto)
		return addr, tx, err
	})
	d.run("GateSeal", a.GateSeal, func(o *bind.TransactOpts) (common.Address, *types.Transaction, error) {
		addr, tx, _, err := bindings.DeployGateSeal(o, b, a.Pool, a.Governance, cfg.PauseCommittee, cfg.PauseExpiry, cfg.PauseSeconds)
		return addr, tx, err
	})
	if cfg.DepositSecurity != nil {
		d.run("DepositSecurityModule", a.DepositSecurityModule, func(o *bind.TransactOpts) (common.Address, *types.Transaction, error) {
			addr, tx, _, err := bindings.DeployDepositSecurityModule(o, b, a.Governance, a.Pool, a.StakingRouter, a.DepositContract, DepositSecurityParams(cfg.DepositSecurity))
			return addr, tx, err
		})
	}
	d.run("ExitTrigger", a.ExitTrigger, func(o *bind.TransactOpts) (common.Address, *types.Transaction, error) {
		addr, tx, _, err := bindings.DeployExitTrigger(o, b, a.Registry, a.StakingRouter, a.Oracle, a.WithdrawalVault, cfg.Chain.GenesisTime, cfg.Chain.SecondsPerSlot)
		return addr, tx, err
	})
	d.run("Oracle", a.Oracle, func(o *bind.TransactOpts) (common.Address, *types.Transaction, error) {
		links := bindings.OracleLinks{
			Pool: a.Pool, Registry: a.StakingRouter, WithdrawalQueue: a.WithdrawalQueue, SanityChecker: a.SanityChecker, Burner: a.Burner,
			WithdrawalVault: a.WithdrawalVault, ElRewardsVault: a.ELRewardsVault, Governance: a.Governance,
		}
		addr, tx, _, err := bindings.DeployOracle(o, b, links, cfg.Chain, cfg.OracleMembers, big.NewInt(int64(cfg.OracleQuorum)), OracleParams(rules))
		return addr, tx, err
	})
	var bonded bindings.StakingRouterBondedInit
	if cfg.Bonded != nil {
		router := cfg.Bonded.Router
		if cfg.Bonded.Connected() {
			router = a.StakingRouter
			m := &cfg.Bonded.Module
			bonded = bindings.StakingRouterBondedInit{Module: a.BondedModule, Name: m.Name, ShareBP: uint16(m.ShareBP),
				ModuleFeeBP: uint16(m.ModuleFeeBP), TreasuryFeeBP: uint16(m.TreasuryFeeBP)}
		}
		d.run("BondedModule", a.BondedModule, func(o *bind.TransactOpts) (common.Address, *types.Transaction, error) {
			addr, tx, _, err := bindings.DeployBondedModule(o, b, a.Governance, router, a.Pool, a.Burner, BondedCurve(&cfg.Bonded.Params), cfg.Bonded.Params.Penalizers, cfg.Bonded.Params.ExitDelayPenalty.ToBig())
			return addr, tx, err
		})
	}
	d.run("StakingRouter", a.StakingRouter, func(o *bind.TransactOpts) (common.Address, *types.Transaction, error) {
		addr, tx, _, err := bindings.DeployStakingRouter(o, b, a.Pool, a.Oracle, a.Governance, a.Registry, bonded)
		return addr, tx, err
	})
	if d.err != nil {
		return nil, d.err
	}
	return &a, nil
}

type deployer struct {
	ctx context.Context
	b   Backend
	cfg *Config
	err error
}

// run deploys one contract, waits for it and checks its address.
func (d *deployer) run(name string, want common.Address, send func(*bind.TransactOpts) (common.Address, *types.Transaction, error)) {
	if d.err != nil {
		return
	}
	o := *d.cfg.Deployer
	o.Context = d.ctx
	o.Value = nil
	addr, tx, err := send(&o)
	if err != nil {
		d.err = fmt.Errorf("deploy %s: %w", name, err)
		return
	}
	if addr != want {
		d.err = fmt.Errorf("deploy %s: landed at %s, not the predicted %s (did the deployer send something else?)", name, addr, want)
		return
	}
	if d.cfg.Mine != nil {
		d.cfg.Mine()
	}
	r, err := bind.WaitMined(d.ctx, d.b, tx)
	if err != nil {
		d.err = fmt.Errorf("deploy %s: waiting for %s: %w", name, tx.Hash(), err)
		return
	}
	if r.Status != types.ReceiptStatusSuccessful {
		d.err = fmt.Errorf("deploy %s: transaction %s reverted", name, tx.Hash())
	}
}
