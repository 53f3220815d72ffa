// Package poolclient is the pool's contracts on an execution node's
// JSON-RPC, as a user, an operator or a service reaches them: connect and
// bind every contract (from their addresses, or from the pool contract's
// address alone), load a signing key (a 0x-hex private key file or a
// go-ethereum keystore), send a transaction and wait for its receipt, turn
// a refusal into the contract's custom error as a stable code and a
// message, and decode the contracts' events in a receipt. `stakepool tx`
// and `stakepool query` are written on it.
package poolclient

import (
	"context"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/rpc"

	"github.com/stakepool/stakepool/contracts/bindings"
	"github.com/stakepool/stakepool/contracts/deploy"
)

// Client is the pool's contracts on one node.
type Client struct {
	URL        string // the node's JSON-RPC endpoint, named in errors
	RPC        *rpc.Client
	EL         *ethclient.Client
	ChainID    *big.Int
	Addr       deploy.Addresses
	Pool       *bindings.Pool // stETH and the staking pool
	WstETH     *bindings.WstETH
	Queue      *bindings.WithdrawalQueue
	Registry   *bindings.OperatorRegistry
	Oracle     *bindings.Oracle
	Governance *bindings.Governance
	Deposits   *bindings.DepositContract
	Sanity     *bindings.SanityChecker // the oracle's report limits
	Burner     *bindings.Burner
	// DSM is the deposit security module, the pool's depositor (nil when
	// the pool was deployed with a plain depositor address).
	DSM *bindings.DepositSecurityModule
	// Bonded is the permissionless bonded module (nil when none).
	Bonded *bindings.BondedModule

	abis map[common.Address]*abi.ABI // each contract's, to decode its events
}

// NoPoolError says no contract is deployed at the pool's address: wrong
// addresses or a wrong network (waiting does not cure it).
type NoPoolError struct {
	Pool    common.Address
	Where   string   // the node's endpoint, or "the node"
	ChainID *big.Int // the node's chain
}

func (e *NoPoolError) Error() string {
	return fmt.Sprintf("no pool contract at %s on %s (chain id %s)", e.Pool.Hex(), e.Where, e.ChainID)
}

// Dial connects to the node at url and binds the pool's contracts at a;
// it fails with a *NoPoolError when no contract is deployed at a.Pool.
func Dial(ctx context.Context, url string, a deploy.Addresses) (*Client, error) {
	return dial(ctx, url, func(*Client) (deploy.Addresses, error) { return a, nil })
}

// DialPool connects to the node at url and binds the pool's contracts,
// reading their addresses from the pool contract at pool.
func DialPool(ctx context.Context, url string, pool common.Address) (*Client, error) {
	return dial(ctx, url, func(c *Client) (deploy.Addresses, error) { return Discover(ctx, c.EL, pool) })
}

// New binds the pool's contracts at a over an open connection c.
func New(ctx context.Context, c *rpc.Client, a deploy.Addresses) (*Client, error) {
	cl := &Client{RPC: c, EL: ethclient.NewClient(c)}
	if err := cl.bind(ctx, func(*Client) (deploy.Addresses, error) { return a, nil }); err != nil {
		return nil, err
	}
	return cl, nil
}

func dial(ctx context.Context, url string, addresses func(*Client) (deploy.Addresses, error)) (*Client, error) {
	c, err := rpc.DialContext(ctx, url)
	if err != nil {
		return nil, fmt.Errorf("cannot reach the node at %s: %w", url, err)
	}
	cl := &Client{URL: url, RPC: c, EL: ethclient.NewClient(c)}
	if err := cl.bind(ctx, addresses); err != nil {
		c.Close()
		return nil, err
	}
	return cl, nil
}

// bind reads the chain id, then the addresses, and binds the contracts.
func (c *Client) bind(ctx context.Context, addresses func(*Client) (deploy.Addresses, error)) error {
	where := c.URL
	if where == "" {
		where = "the node"
	}
	var err error
	if c.ChainID, err = c.EL.ChainID(ctx); err != nil {
		return fmt.Errorf("cannot reach the node at %s: %w", where, err)
	}
	if c.Addr, err = addresses(c); err != nil {
		return err
	}
	a := c.Addr
	code, err := c.EL.CodeAt(ctx, a.Pool, nil)
	if err != nil {
		return fmt.Errorf("cannot read the pool contract's code on %s: %w", where, err)
	}
	if len(code) == 0 {
		return &NoPoolError{Pool: a.Pool, Where: where, ChainID: c.ChainID}
	}
	if c.Pool, err = bindings.NewPool(a.Pool, c.EL); err != nil {
		return err
	}
	if c.WstETH, err = bindings.NewWstETH(a.WstETH, c.EL); err != nil {
		return err
	}
	if c.Queue, err = bindings.NewWithdrawalQueue(a.WithdrawalQueue, c.EL); err != nil {
		return err
	}
	if c.Registry, err = bindings.NewOperatorRegistry(a.Registry, c.EL); err != nil {
		return err
	}
	if c.Oracle, err = bindings.NewOracle(a.Oracle, c.EL); err != nil {
		return err
	}
	if c.Governance, err = bindings.NewGovernance(a.Governance, c.EL); err != nil {
		return err
	}
	if c.Deposits, err = bindings.NewDepositContract(a.DepositContract, c.EL); err != nil {
		return err
	}
	if c.Sanity, err = bindings.NewSanityChecker(a.SanityChecker, c.EL); err != nil {
		return err
	}
	if c.Burner, err = bindings.NewBurner(a.Burner, c.EL); err != nil {
		return err
	}
	if a.DepositSecurityModule != (common.Address{}) {
		if c.DSM, err = bindings.NewDepositSecurityModule(a.DepositSecurityModule, c.EL); err != nil {
			return err
		}
	}
	if a.BondedModule != (common.Address{}) {
		if c.Bonded, err = bindings.NewBondedModule(a.BondedModule, c.EL); err != nil {
			return err
		}
	}
	c.abis = map[common.Address]*abi.ABI{}
	for addr, md := range map[common.Address]*bind.MetaData{a.Pool: bindings.PoolMetaData, a.WstETH: bindings.WstETHMetaData,
		a.WithdrawalQueue: bindings.WithdrawalQueueMetaData, a.Registry: bindings.OperatorRegistryMetaData, a.Oracle: bindings.OracleMetaData,
		a.Governance: bindings.GovernanceMetaData, a.WithdrawalVault: bindings.WithdrawalVaultMetaData,
		a.ELRewardsVault: bindings.ELRewardsVaultMetaData, a.DepositContract: bindings.DepositContractMetaData,
		a.VetoEscrow: bindings.VetoEscrowMetaData, a.GateSeal: bindings.GateSealMetaData, a.DepositSecurityModule: bindings.DepositSecurityModuleMetaData,
		a.BondedModule: bindings.BondedModuleMetaData, a.StakingRouter: bindings.StakingRouterMetaData} {
		parsed, err := md.GetAbi()
		if err != nil {
			return fmt.Errorf("the contracts' ABI: %w", err)
		}
		c.abis[addr] = parsed
	}
	return nil
}

// Close closes the connection.
func (c *Client) Close() { c.RPC.Close() }

// Err names the node and the action in a failure to reach it.
func (c *Client) Err(action string, err error) error {
	if c.URL == "" {
		return fmt.Errorf("%s: %w", action, err)
	}
	return fmt.Errorf("%s (JSON-RPC %s): %w", action, c.URL, err)
}

// Syncing says whether the node is still syncing (its state then is not
// the chain's).
func (c *Client) Syncing(ctx context.Context) (bool, error) {
	p, err := c.EL.SyncProgress(ctx)
	if err != nil {
		return false, c.Err("read the sync status", err)
	}
	return p != nil && !p.Done(), nil
}

// Discover reads the other contracts' addresses from the pool contract.
func Discover(ctx context.Context, caller bind.ContractCaller, pool common.Address) (deploy.Addresses, error) {
	a := deploy.Addresses{Pool: pool}
	p, err := bindings.NewPoolCaller(pool, caller)
	if err != nil {
		return a, err
	}
	o := &bind.CallOpts{Context: ctx}
	for _, f := range []struct {
		dst  *common.Address
		read func(*bind.CallOpts) (common.Address, error)
	}{{&a.WstETH, p.WstETH}, {&a.WithdrawalQueue, p.WithdrawalQueue}, {&a.Oracle, p.Oracle},
		{&a.DepositContract, p.DepositContract}, {&a.WithdrawalVault, p.WithdrawalVault}, {&a.ELRewardsVault, p.ElRewardsVault},
		{&a.Governance, p.Governance}, {&a.VetoEscrow, p.VetoEscrow}, {&a.GateSeal, p.GateSeal}, {&a.Burner, p.Burner},
		{&a.StakingRouter, p.StakingRouter}} {
		v, err := f.read(o)
		if err != nil {
			return a, fmt.Errorf("read the pool's contracts from %s: %w", pool.Hex(), err)
		}
		*f.dst = v
	}
	// The operator registry is the staking router's module 1.
	reg, err := moduleOneRegistry(o, caller, a.StakingRouter)
	if err != nil {
		return a, err
	}
	a.Registry = reg
	// The sanity checker is the oracle's.
	or, err := bindings.NewOracleCaller(a.Oracle, caller)
	if err != nil {
		return a, err
	}
	if a.SanityChecker, err = or.SanityChecker(o); err != nil {
		return a, fmt.Errorf("read the oracle's sanity checker at %s: %w", a.Oracle.Hex(), err)
	}
	// The depositor is the deposit security module when it is one: a
	// contract whose pool is this pool (a plain address has no code).
	dep, err := p.Depositor(o)
	if err != nil {
		return a, fmt.Errorf("read the pool's depositor from %s: %w", pool.Hex(), err)
	}
	if dsm, err := bindings.NewDepositSecurityModuleCaller(dep, caller); err == nil {
		if got, err := dsm.Pool(o); err == nil && got == pool {
			a.DepositSecurityModule = dep
		}
	}
	// The bonded module is the burner's (zero: none).
	br, err := bindings.NewBurnerCaller(a.Burner, caller)
	if err != nil {
		return a, err
	}
	if a.BondedModule, err = br.BondedModule(o); err != nil {
		return a, fmt.Errorf("read the burner's bonded module at %s: %w", a.Burner.Hex(), err)
	}
	// The exit trigger is the withdrawal vault's.
	wv, err := bindings.NewWithdrawalVaultCaller(a.WithdrawalVault, caller)
	if err != nil {
		return a, err
	}
	if a.ExitTrigger, err = wv.ExitTrigger(o); err != nil {
		return a, fmt.Errorf("read the withdrawal vault's exit trigger at %s: %w", a.WithdrawalVault.Hex(), err)
	}
	return a, nil
}

// moduleOneRegistry is the curated operator registry: the staking
// router's module 1.
func moduleOneRegistry(o *bind.CallOpts, caller bind.ContractCaller, router common.Address) (common.Address, error) {
	r, err := bindings.NewStakingRouterCaller(router, caller)
	if err != nil {
		return common.Address{}, err
	}
	m, err := r.GetStakingModule(o, big.NewInt(1))
	if err != nil {
		return common.Address{}, fmt.Errorf("read module 1 of the staking router %s: %w", router.Hex(), err)
	}
	return m.M.Registry, nil
}
