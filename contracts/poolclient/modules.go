package poolclient

import (
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"

	"github.com/stakepool/stakepool/contracts/bindings"
)

// The staking router's modules as every off-chain reader sees them: the
// guardian and the depositor (per module), the read API's operators, the
// oracle member. Module 1 is the curated registry; the bonded module is
// the one at Addresses.BondedModule; every other module is a curated
// registry (OperatorRegistry).

// Module kinds (Module.Kind).
const (
	ModuleCurated = "curated"
	ModuleBonded  = "bonded"
)

// ModuleActive is a module's status when it takes deposits (1: deposits
// paused, 2: stopped).
const ModuleActive = 0

// Module is one staking module of the router.
type Module struct {
	ID            uint64
	Address       common.Address // its contract (registry)
	Name          string
	Kind          string // ModuleCurated or ModuleBonded
	ShareBP       uint64
	ModuleFeeBP   uint64
	TreasuryFeeBP uint64
	Status        uint8
}

// ModuleOperator is one operator of a module as deposits see it: its ids,
// its cap (the curated limit, the bonded module's vetted count), its keys,
// its deposited and exited counts and whether it takes deposits.
type ModuleOperator struct {
	Module    uint64
	ID        uint64 // within the module
	GlobalID  uint64 // (module − 1) << 24 | ID, the router's and the oracle's
	Limit     uint64
	Keys      uint64
	Deposited uint64
	Exited    uint64
	// ExitRequested is the keys the oracle asked to exit (both kinds keep it).
	ExitRequested uint64
	Active        bool
	// Withdrawn is a bonded operator's withdrawn validators as the oracle
	// last reported them (0 for a curated registry's).
	Withdrawn uint64
}

// GlobalOperatorID is the router's id of a module's operator.
func GlobalOperatorID(module, id uint64) uint64 { return (module-1)<<24 | id }

// Router is the staking router's caller.
func (c *Client) Router() (*bindings.StakingRouterCaller, error) {
	return bindings.NewStakingRouterCaller(c.Addr.StakingRouter, c.EL)
}

// Modules reads every module of the router (ids 1..n).
func (c *Client) Modules(o *bind.CallOpts) ([]Module, error) {
	r, err := c.Router()
	if err != nil {
		return nil, err
	}
	n, err := r.GetStakingModulesCount(o)
	if err != nil {
		return nil, c.Err("read the staking router's module count", err)
	}
	out := make([]Module, 0, n.Uint64())
	for id := uint64(1); id <= n.Uint64(); id++ {
		m, err := r.GetStakingModule(o, new(big.Int).SetUint64(id))
		if err != nil {
			return nil, c.Err(fmt.Sprintf("read the staking router's module %d", id), err)
		}
		kind := ModuleCurated
		if m.M.Registry == c.Addr.BondedModule && c.Addr.BondedModule != (common.Address{}) {
			kind = ModuleBonded
		}
		out = append(out, Module{ID: id, Address: m.M.Registry, Name: m.Name, Kind: kind, ShareBP: uint64(m.M.ShareBP),
			ModuleFeeBP: uint64(m.M.ModuleFeeBP), TreasuryFeeBP: uint64(m.M.TreasuryFeeBP), Status: m.M.Status})
	}
	return out, nil
}

// registryOf is a curated module's registry.
func (c *Client) registryOf(m Module) (*bindings.OperatorRegistryCaller, error) {
	if m.Address == c.Addr.Registry && c.Registry != nil {
		return &c.Registry.OperatorRegistryCaller, nil
	}
	return bindings.NewOperatorRegistryCaller(m.Address, c.EL)
}

func (c *Client) bondedOf(m Module) (*bindings.BondedModuleCaller, error) {
	if c.Bonded != nil && m.Address == c.Addr.BondedModule {
		return &c.Bonded.BondedModuleCaller, nil
	}
	return bindings.NewBondedModuleCaller(m.Address, c.EL)
}

// ModuleNonce is the module's nonce (what guardians attest for it).
func (c *Client) ModuleNonce(o *bind.CallOpts, m Module) (*big.Int, error) {
	var n *big.Int
	var err error
	if m.Kind == ModuleBonded {
		b, berr := c.bondedOf(m)
		if berr != nil {
			return nil, berr
		}
		n, err = b.Nonce(o)
	} else {
		r, rerr := c.registryOf(m)
		if rerr != nil {
			return nil, rerr
		}
		n, err = r.Nonce(o)
	}
	if err != nil {
		return nil, c.Err(fmt.Sprintf("read module %d's nonce", m.ID), err)
	}
	return n, nil
}

// ModuleOperators reads every operator of the module.
func (c *Client) ModuleOperators(o *bind.CallOpts, m Module) ([]ModuleOperator, error) {
	if m.Kind == ModuleBonded {
		b, err := c.bondedOf(m)
		if err != nil {
			return nil, err
		}
		n, err := b.GetNodeOperatorsCount(o)
		if err != nil {
			return nil, c.Err(fmt.Sprintf("read module %d's operator count", m.ID), err)
		}
		out := make([]ModuleOperator, 0, n.Uint64())
		for id := uint64(0); id < n.Uint64(); id++ {
			op, err := b.GetOperator(o, new(big.Int).SetUint64(id))
			if err != nil {
				return nil, c.Err(fmt.Sprintf("read module %d's operator %d", m.ID, id), err)
			}
			out = append(out, ModuleOperator{Module: m.ID, ID: id, GlobalID: GlobalOperatorID(m.ID, id), Limit: op.Vetted, Keys: op.Keys,
				Deposited: op.Deposited, Exited: op.Exited, ExitRequested: uint64(op.ExitRequested), Active: true, Withdrawn: op.Withdrawn})
		}
		return out, nil
	}
	r, err := c.registryOf(m)
	if err != nil {
		return nil, err
	}
	counts, err := r.GetAllCounts(o)
	if err != nil {
		return nil, c.Err(fmt.Sprintf("read module %d's operators", m.ID), err)
	}
	out := make([]ModuleOperator, len(counts))
	for id, k := range counts {
		out[id] = ModuleOperator{Module: m.ID, ID: uint64(id), GlobalID: GlobalOperatorID(m.ID, uint64(id)), Limit: k.Limit, Keys: uint64(k.Keys),
			Deposited: uint64(k.Deposited), Exited: uint64(k.Exited), ExitRequested: uint64(k.ExitRequested), Active: k.Active}
	}
	return out, nil
}

// BondedScorecard reads the scorecard of bonded module m's operator id:
// its missed duties and slashed validators as the oracle's reports added
// them up.
func (c *Client) BondedScorecard(o *bind.CallOpts, m Module, id uint64) (bindings.BondedModuleScorecard, error) {
	b, err := c.bondedOf(m)
	if err != nil {
		return bindings.BondedModuleScorecard{}, err
	}
	sc, err := b.GetScorecard(o, new(big.Int).SetUint64(id))
	if err != nil {
		return sc, c.Err(fmt.Sprintf("read module %d's operator %d's scorecard", m.ID, id), err)
	}
	return sc, nil
}

// ModuleSigningKey reads key i of the module's operator op: its pubkey
// and deposit signature.
func (c *Client) ModuleSigningKey(o *bind.CallOpts, m Module, op, i uint64) (pubkey, signature []byte, err error) {
	var r struct {
		Pubkey    []byte
		Signature []byte
	}
	if m.Kind == ModuleBonded {
		b, berr := c.bondedOf(m)
		if berr != nil {
			return nil, nil, berr
		}
		r, err = b.GetSigningKey(o, new(big.Int).SetUint64(op), new(big.Int).SetUint64(i))
	} else {
		reg, rerr := c.registryOf(m)
		if rerr != nil {
			return nil, nil, rerr
		}
		r, err = reg.GetSigningKey(o, new(big.Int).SetUint64(op), new(big.Int).SetUint64(i))
	}
	if err != nil {
		return nil, nil, c.Err(fmt.Sprintf("read module %d's operator %d key %d", m.ID, op, i), err)
	}
	return r.Pubkey, r.Signature, nil
}
