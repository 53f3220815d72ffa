package readapi

import (
	"context"
	"fmt"
	"math/big"
	"sync"

	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/holiman/uint256"

	"github.com/stakepool/stakepool/contracts/bindings"
	"github.com/stakepool/stakepool/indexer"
)

// The staking router's modules in GET /v1/operators: module 1's operators
// are the indexer's (events, fee shares, the beacon's view of their
// keys); the other modules' are read from their contracts at the block of
// the chain state the response describes (a curated registry's counts,
// names and scorecards; the bonded module's operators and bonds), cached
// per block, with the fee shares the index holds for their global ids
// (the pool's FeeMinted events; "0" before any). They carry no beacon
// section.

// moduleInfo is a module's name and kind.
type moduleInfo struct {
	name, kind string
	registry   common.Address
}

// modulesCache holds the modules and the other modules' operators of one block.
type modulesCache struct {
	mu      sync.Mutex
	block   common.Hash
	modules []moduleInfo // index id − 1
	others  []Operator   // modules 2…, in global id order
}

// moduleOperators returns the router's modules and the operators of
// modules 2… at block (by hash); nil modules when the router is unknown.
func (s *Server) moduleOperators(ctx context.Context, block common.Hash, fig *indexer.Figures) ([]moduleInfo, []Operator, error) {
	a := s.k.a
	if a.StakingRouter == (common.Address{}) {
		return nil, nil, nil
	}
	c := &s.modules
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.block == block && c.modules != nil {
		return c.modules, c.others, nil
	}
	o := &bind.CallOpts{Context: ctx, BlockHash: block}
	r, err := bindings.NewStakingRouterCaller(a.StakingRouter, s.node)
	if err != nil {
		return nil, nil, err
	}
	n, err := r.GetStakingModulesCount(o)
	if err != nil {
		return nil, nil, fmt.Errorf("readapi: reading the staking router's modules: %w", err)
	}
	var mods []moduleInfo
	var others []Operator
	t := indexer.Totals{Pooled: fig.Pooled, Shares: fig.Shares}
	for id := uint64(1); id <= n.Uint64(); id++ {
		m, err := r.GetStakingModule(o, new(big.Int).SetUint64(id))
		if err != nil {
			return nil, nil, fmt.Errorf("readapi: reading the staking router's module %d: %w", id, err)
		}
		info := moduleInfo{name: m.Name, kind: "curated", registry: m.M.Registry}
		if m.M.Registry == a.BondedModule && a.BondedModule != (common.Address{}) {
			info.kind = "bonded"
		}
		mods = append(mods, info)
		if id == 1 {
			continue
		}
		var ops []Operator
		if info.kind == "bonded" {
			ops, err = s.bondedOperators(o, id, info, &t)
		} else {
			ops, err = s.curatedOperators(o, id, info)
		}
		if err != nil {
			return nil, nil, err
		}
		others = append(others, ops...)
	}
	c.block, c.modules, c.others = block, mods, others
	return mods, others, nil
}

// globalID is the router's id of a module's operator.
func globalID(module, id uint64) uint64 { return (module-1)<<24 | id }

// status is an operator's status as operatorDoc words it.
func status(active bool, stuck, deposited, exited uint64) string {
	switch {
	case !active:
		return "inactive"
	case stuck > 0:
		return "stuck"
	case deposited > 0 && exited >= deposited:
		return "exited"
	}
	return "active"
}

// eachOperator reads a module's operators 0..count−1 with read (each
// error naming the module and the operator) and fills in what every kind
// derives the same way: the global id, the module's name and kind, the
// active validators and the cap used.
func eachOperator(module uint64, info moduleInfo, count func() (*big.Int, error), read func(id *big.Int) (Operator, error)) ([]Operator, error) {
	n, err := count()
	if err != nil {
		return nil, fmt.Errorf("readapi: reading module %d's operators: %w", module, err)
	}
	out := make([]Operator, 0, n.Uint64())
	for id := uint64(0); id < n.Uint64(); id++ {
		d, err := read(new(big.Int).SetUint64(id))
		if err != nil {
			return nil, fmt.Errorf("readapi: reading module %d's operator %d: %w", module, id, err)
		}
		d.ID, d.Module, d.GlobalID, d.ModuleName, d.ModuleKind = id, module, globalID(module, id), info.name, info.kind
		if d.Deposited >= d.Exited {
			d.ActiveValidators = d.Deposited - d.Exited
		}
		if d.Limit > 0 {
			d.CapUsed = float64(d.Deposited) / float64(d.Limit)
		}
		out = append(out, d)
	}
	return out, nil
}

func (s *Server) curatedOperators(o *bind.CallOpts, module uint64, info moduleInfo) ([]Operator, error) {
	reg, err := bindings.NewOperatorRegistryCaller(info.registry, s.node)
	if err != nil {
		return nil, err
	}
	return eachOperator(module, info, func() (*big.Int, error) { return reg.GetNodeOperatorsCount(o) }, func(id *big.Int) (Operator, error) {
		op, err := reg.GetOperator(o, id)
		if err != nil {
			return Operator{}, err
		}
		sc, err := reg.GetScorecard(o, id)
		if err != nil {
			return Operator{}, fmt.Errorf("its scorecard: %w", err)
		}
		k := op.C
		return Operator{Name: op.Name, RewardAddress: op.RewardAddress.Hex(), Active: k.Active, Limit: k.Limit, Keys: uint64(k.Keys),
			Deposited: uint64(k.Deposited), Exited: uint64(k.Exited), ExitRequested: uint64(k.ExitRequested), Stuck: uint64(k.Stuck),
			MissedAttestations: sc.MissedAttestations, MissedProposals: sc.MissedProposals, Slashed: sc.Slashed,
			RewardShares: "0", RewardStETH: "0", RewardStETHNow: "0",
			Status: status(k.Active, uint64(k.Stuck), uint64(k.Deposited), uint64(k.Exited))}, nil
	})
}

// bondedOperators are the bonded module's operators: named bonded-ID,
// the manager as reward address, the vetted keys as limit, the bond (its
// pending rewards settled, as getOperator gives it) in shares and in stETH
// at the block's rate (rounded down).
func (s *Server) bondedOperators(o *bind.CallOpts, module uint64, info moduleInfo, t *indexer.Totals) ([]Operator, error) {
	b, err := bindings.NewBondedModuleCaller(info.registry, s.node)
	if err != nil {
		return nil, err
	}
	return eachOperator(module, info, func() (*big.Int, error) { return b.GetNodeOperatorsCount(o) }, func(id *big.Int) (Operator, error) {
		op, err := b.GetOperator(o, id)
		if err != nil {
			return Operator{}, err
		}
		bond, _ := uint256.FromBig(op.Bond)
		if bond == nil {
			bond = new(uint256.Int)
		}
		return Operator{Name: fmt.Sprintf("bonded-%d", id), RewardAddress: op.Manager.Hex(), Active: true, Limit: op.Vetted, Keys: op.Keys,
			Deposited: op.Deposited, Exited: op.Exited, ExitRequested: uint64(op.ExitRequested), RewardShares: "0", RewardStETH: "0", RewardStETHNow: "0",
			BondShares: op.Bond.String(), BondStETH: t.Value(bond).Dec(), BondDebtShares: op.Debt.String(),
			Status: status(true, 0, op.Deposited, op.Exited)}, nil
	})
}
