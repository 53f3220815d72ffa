package readapi

import (
	"context"
	"encoding/hex"
	"fmt"
	"math/big"
	"net/http"
	"strconv"
	"sync"

	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/holiman/uint256"

	"github.com/stakepool/stakepool/contracts/bindings"
	"github.com/stakepool/stakepool/indexer"
)

// keyCache holds the operators' deposited keys (fixed once deposited).
type keyCache struct {
	mu   sync.Mutex
	keys map[uint64][][48]byte                       // operator (global id) → keys 0..deposited-1
	of   map[[48]byte]uint64                         // key → operator
	regs map[uint64]*bindings.OperatorRegistryCaller // module → its contract's keys
}

// moduleKeys is where module's operators' keys are read: module 1's
// registry, or the contract the staking router names for another module.
// The bonded module's getSigningKey(id, index) has the curated registry's
// ABI (pubkey, signature), so one binding reads both kinds.
func (s *Server) moduleKeys(o *bind.CallOpts, module uint64) (*bindings.OperatorRegistryCaller, error) {
	c := &s.keys
	if module == 1 {
		return s.k.reg, nil
	}
	if r := c.regs[module]; r != nil {
		return r, nil
	}
	if s.k.a.StakingRouter == (common.Address{}) {
		return nil, fmt.Errorf("readapi: module %d's keys: the staking router's address is unknown", module)
	}
	router, err := bindings.NewStakingRouterCaller(s.k.a.StakingRouter, s.node)
	if err != nil {
		return nil, err
	}
	m, err := router.GetStakingModule(o, new(big.Int).SetUint64(module))
	if err != nil {
		return nil, fmt.Errorf("readapi: reading the staking router's module %d: %w", module, err)
	}
	r, err := bindings.NewOperatorRegistryCaller(m.M.Registry, s.node)
	if err != nil {
		return nil, err
	}
	c.regs[module] = r
	return r, nil
}

// depositedKeys reads the deposited keys not yet cached, and returns every
// deposited key.
func (s *Server) depositedKeys(ctx context.Context, ops []indexer.Operator) ([][48]byte, error) {
	c := &s.keys
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.keys == nil {
		c.keys, c.of, c.regs = map[uint64][][48]byte{}, map[[48]byte]uint64{}, map[uint64]*bindings.OperatorRegistryCaller{}
	}
	var all [][48]byte
	o := &bind.CallOpts{Context: ctx}
	for _, op := range ops {
		have := c.keys[op.ID]
		if uint64(len(have)) < op.Deposited {
			module, local := op.ID>>24+1, op.ID&(1<<24-1) // global id: (module − 1) << 24 | id
			reg, err := s.moduleKeys(o, module)
			if err != nil {
				return nil, err
			}
			for i := uint64(len(have)); i < op.Deposited; i++ {
				k, err := reg.GetSigningKey(o, new(big.Int).SetUint64(local), new(big.Int).SetUint64(i))
				if err != nil {
					return nil, fmt.Errorf("readapi: reading key %d of module %d's operator %d: %w", i, module, local, err)
				}
				var pk [48]byte
				copy(pk[:], k.Pubkey)
				have = append(have, pk)
				c.of[pk] = op.ID
			}
		}
		c.keys[op.ID] = have
		all = append(all, have...)
	}
	return all, nil
}

func (s *Server) operatorOf(pk [48]byte) (uint64, bool) {
	s.keys.mu.Lock()
	defer s.keys.mu.Unlock()
	id, ok := s.keys.of[pk]
	return id, ok
}

// refreshBeacon reads the beacon node: head, finality, the churn, and the
// pool's validators by the operators' deposited keys.
func (s *Server) refreshBeacon(ctx context.Context) error {
	v, err := s.ix.View()
	if err != nil {
		return err
	}
	ops, err := v.Operators()
	v.Close()
	if err != nil {
		return err
	}
	keys, err := s.depositedKeys(ctx, ops)
	if err != nil {
		return err
	}
	var creds [32]byte
	if cs := s.state.Load(); cs != nil {
		creds = cs.WithdrawalCredentials
	}
	st, err := s.beacon.read(ctx, creds, keys)
	if err != nil {
		return err
	}
	s.bstate.Store(st)
	return nil
}

func (s *Server) operatorDoc(o *indexer.Operator, fig *indexer.Figures, withValidators bool) Operator {
	t := indexer.Totals{Pooled: fig.Pooled, Shares: fig.Shares}
	d := Operator{ID: o.ID, Module: 1, GlobalID: o.ID, ModuleName: "curated", ModuleKind: "curated",
		Name: o.Name, RewardAddress: o.RewardAddress.Hex(), Active: o.Active, Limit: o.Limit, Keys: o.Keys,
		Deposited: o.Deposited, Exited: o.Exited, ExitRequested: o.ExitRequested, Stuck: o.Stuck,
		MissedAttestations: o.MissedAttestations, MissedProposals: o.MissedProposals, Slashed: o.Slashed,
		RewardShares: o.FeeShares.Dec(), RewardStETH: o.FeeStETH.Dec(), RewardStETHNow: t.Value(&o.FeeShares).Dec()}
	if o.ID >= 1<<24 { // another module's operator, as the pool's events name it (global id)
		d.Module, d.ID, d.ModuleName, d.ModuleKind = o.ID>>24+1, o.ID&(1<<24-1), "", ""
	}
	if o.Deposited >= o.Exited {
		d.ActiveValidators = o.Deposited - o.Exited
	}
	if o.Limit > 0 {
		d.CapUsed = float64(o.Deposited) / float64(o.Limit)
	}
	switch {
	case !o.Active:
		d.Status = "inactive"
	case o.Stuck > 0:
		d.Status = "stuck"
	case o.Deposited > 0 && o.Exited >= o.Deposited:
		d.Status = "exited"
	default:
		d.Status = "active"
	}
	if b := s.bstate.Load(); b != nil {
		ob := &OperatorBeacon{}
		bal := new(uint256.Int)
		for _, v := range b.Validators {
			if id, ok := s.operatorOf(v.Pubkey); !ok || id != o.ID {
				continue
			}
			switch statusGroup(v.Status) {
			case "pending":
				ob.Pending++
			case "active":
				ob.Active++
			case "exiting":
				ob.Exiting++
			case "exited":
				ob.Exited++
			}
			if v.Slashed {
				ob.Slashed++
			}
			var wei uint256.Int
			wei.Mul(uint256.NewInt(v.BalanceGwei), uint256.NewInt(1e9))
			bal.Add(bal, &wei)
			if withValidators {
				ob.Validators = append(ob.Validators, OperatorValidator{Index: v.Index, Pubkey: "0x" + hex.EncodeToString(v.Pubkey[:]),
					Status: v.Status, Balance: wei.Dec(), Slashed: v.Slashed})
			}
		}
		ob.Balance = bal.Dec()
		d.Beacon = ob
	}
	return d
}

func (s *Server) operators(w http.ResponseWriter, r *http.Request) {
	cs, ok := s.ready(w)
	if !ok {
		return
	}
	v, ok := s.view(w)
	if !ok {
		return
	}
	defer v.Close()
	ops, err := v.Operators()
	if err != nil {
		writeError(w, http.StatusInternalServerError, CodeInternal, err.Error())
		return
	}
	mods, others, err := s.moduleOperators(r.Context(), cs.Hash, &v.Figures)
	if err != nil {
		writeError(w, http.StatusBadGateway, CodeUpstream, err.Error())
		return
	}
	out := Operators{Operators: make([]Operator, 0, len(ops)+len(others))}
	indexed := map[uint64]*indexer.Operator{} // other modules' operators the pool's events named: looked up only
	for i := range ops {
		if ops[i].ID >= 1<<24 && mods != nil {
			indexed[ops[i].ID] = &ops[i]
			continue
		}
		d := s.operatorDoc(&ops[i], &v.Figures, false)
		if len(mods) > 0 && d.Module == 1 {
			d.ModuleName = mods[0].name
		}
		out.Operators = append(out.Operators, d)
	}
	bonds, err := v.Bonds()
	if err != nil {
		writeError(w, http.StatusInternalServerError, CodeInternal, err.Error())
		return
	}
	history := map[uint64]*indexer.Bond{}
	for i := range bonds {
		history[bonds[i].ID] = &bonds[i]
	}
	t := indexer.Totals{Pooled: v.Figures.Pooled, Shares: v.Figures.Shares}
	for _, o := range others {
		if x := indexed[o.GlobalID]; x != nil { // the fee shares the index holds for it
			o.RewardShares, o.RewardStETH, o.RewardStETHNow = x.FeeShares.Dec(), x.FeeStETH.Dec(), t.Value(&x.FeeShares).Dec()
		}
		if b := history[o.GlobalID]; b != nil && o.ModuleKind == "bonded" {
			o.BondHistory = &BondHistory{ToppedUpShares: b.Deposited.Dec(), RewardShares: b.Rewards.Dec(), DebtPaidShares: b.DebtPaid.Dec(),
				ClaimedShares: b.Claimed.Dec(), BurntShares: b.Burnt.Dec(), Penalties: b.Penalties, SettledShares: b.Shares.Dec(), CreatedBlock: b.Block,
				DebtShares: b.Debt.Dec(), DebtCreatedShares: b.DebtCreated.Dec(), RemovalChargedShares: b.Charged.Dec(), KeysRemoved: b.KeysRemoved}
		}
		out.Operators = append(out.Operators, o)
	}
	writeJSON(w, http.StatusOK, out)
}

func (s *Server) operator(w http.ResponseWriter, r *http.Request) {
	id, err := strconv.ParseUint(r.PathValue("id"), 10, 64)
	if err != nil {
		writeError(w, http.StatusBadRequest, CodeBadRequest, "an operator id is a number")
		return
	}
	_, ok := s.ready(w)
	if !ok {
		return
	}
	v, ok := s.view(w)
	if !ok {
		return
	}
	defer v.Close()
	o, found, err := v.Operator(id)
	if err != nil {
		writeError(w, http.StatusInternalServerError, CodeInternal, err.Error())
		return
	}
	if !found {
		writeError(w, http.StatusNotFound, CodeUnknownOperator, "no operator "+strconv.FormatUint(id, 10))
		return
	}
	writeJSON(w, http.StatusOK, s.operatorDoc(&o, &v.Figures, true))
}
