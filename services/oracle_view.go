package services

import (
	"context"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/rpc"
	"github.com/holiman/uint256"

	"github.com/stakepool/stakepool/contracts/bindings"
	"github.com/stakepool/stakepool/contracts/poolclient"
	"github.com/stakepool/stakepool/oracle"
	"github.com/stakepool/stakepool/protocol"
)

// chainView is oracle.PoolView over the contracts: everything read at one
// execution block (the reference slot's, by hash), once, before Compute;
// only the finalization and the requests' amounts are read while Compute
// runs. The deposited keys are read from the registry and kept between
// reports (deposits only append).
type chainView struct {
	c     *Conn
	ctx   context.Context
	block common.Hash
	// the member that simulates reports (Oracle calls check membership)
	from common.Address

	slotsPerEpoch  uint64
	operators      []protocol.Operator
	vaultW, vaultE uint256.Int
	burn           uint256.Int
	clValidators   uint64
	clBalance      uint256.Int
	buffered       uint256.Int
	maxExits       uint64
	lastFinalized  uint64
	lastRequest    uint64
	unfinalized    uint256.Int

	// finalize finds the report's finalization with the contracts' own
	// arithmetic (oraclereport.go).
	finalize func(v *chainView, r *protocol.OracleReport) error

	keys *depositedKeys
}

// depositedKeys are the pool's deposited keys read so far, in the order
// this member learnt them (its own order: oracle.KeyIndex only needs an
// append-only list), and how many of each operator's it has (by global
// id; looked up only).
type depositedKeys struct {
	records []protocol.DepositRecord
	known   map[protocol.OperatorID]uint64
}

// DepositedValidators implements oracle.DepositSource.
func (v *chainView) DepositedValidators() uint64 { return uint64(len(v.keys.records)) }

// Deposits implements oracle.DepositSource.
func (v *chainView) Deposits(from uint64) []protocol.DepositRecord {
	if from >= uint64(len(v.keys.records)) {
		return nil
	}
	return v.keys.records[from:]
}

// SlotsPerEpoch implements oracle.PoolView.
func (v *chainView) SlotsPerEpoch() uint64 { return v.slotsPerEpoch }

// Operators implements oracle.PoolView.
func (v *chainView) Operators() []protocol.Operator { return v.operators }

// Vaults implements oracle.PoolView.
func (v *chainView) Vaults() (uint256.Int, uint256.Int) { return v.vaultW, v.vaultE }

// SharesRequestedToBurn implements oracle.PoolView.
func (v *chainView) SharesRequestedToBurn() uint256.Int { return v.burn }

// BeaconStat implements oracle.PoolView.
func (v *chainView) BeaconStat() (uint64, uint256.Int) { return v.clValidators, v.clBalance }

// BufferedEther implements oracle.PoolView.
func (v *chainView) BufferedEther() uint256.Int { return v.buffered }

// MaxExitRequests implements oracle.PoolView.
func (v *chainView) MaxExitRequests() uint64 { return v.maxExits }

// Queue implements oracle.PoolView.
func (v *chainView) Queue() (uint64, uint256.Int) { return v.lastFinalized, v.unfinalized }

// RequestsStETH implements oracle.PoolView: the queue's status of the
// requests, 1,000 a call.
func (v *chainView) RequestsStETH(from, to uint64) ([]uint256.Int, error) {
	out := make([]uint256.Int, 0, to-from+1)
	for lo := from; lo <= to; lo += 1000 {
		hi := min(to, lo+999)
		ids := make([]*big.Int, 0, hi-lo+1)
		for id := lo; id <= hi; id++ {
			ids = append(ids, new(big.Int).SetUint64(id))
		}
		st, err := v.c.Queue.GetWithdrawalStatus(v.opts(), ids)
		if err != nil {
			return nil, v.c.rpcErr(fmt.Sprintf("read withdrawal requests %d..%d", lo, hi), err)
		}
		for _, s := range st {
			out = append(out, u256(s.AmountOfStETH))
		}
	}
	return out, nil
}

// PrepareFinalization implements oracle.PoolView.
func (v *chainView) PrepareFinalization(r *protocol.OracleReport) error { return v.finalize(v, r) }

func (v *chainView) opts() *bind.CallOpts { return &bind.CallOpts{Context: v.ctx, BlockHash: v.block} }

func u256(b *big.Int) uint256.Int {
	var x uint256.Int
	if b != nil {
		x.SetFromBig(b)
	}
	return x
}

// loadChainView reads the pool at the execution block blockHash.
func loadChainView(ctx context.Context, c *Conn, blockHash common.Hash, slotsPerEpoch uint64, keys *depositedKeys) (*chainView, error) {
	v := &chainView{c: c, ctx: ctx, block: blockHash, slotsPerEpoch: slotsPerEpoch, keys: keys}
	o := v.opts()
	// Every module's operators, by global id ascending (module 1's ids are
	// their registry's; the router's report view has the same order).
	ms, err := c.Modules(o)
	if err != nil {
		return nil, err
	}
	for _, m := range ms {
		if err := v.loadModule(m); err != nil {
			return nil, err
		}
	}
	wv, err := c.EL.BalanceAtHash(ctx, c.Addr.WithdrawalVault, blockHash)
	if err != nil {
		return nil, c.rpcErr("read the withdrawal vault's balance", err)
	}
	ev, err := c.EL.BalanceAtHash(ctx, c.Addr.ELRewardsVault, blockHash)
	if err != nil {
		return nil, c.rpcErr("read the rewards vault's balance", err)
	}
	v.vaultW, v.vaultE = u256(wv), u256(ev)
	stat, err := c.Pool.GetBeaconStat(o)
	if err != nil {
		return nil, c.rpcErr("read the beacon stat", err)
	}
	v.clValidators, v.clBalance = stat.BeaconValidators.Uint64(), u256(stat.BeaconBalance)
	buf, err := c.Pool.GetBufferedEther(o)
	if err != nil {
		return nil, c.rpcErr("read the buffer", err)
	}
	v.buffered = u256(buf)
	lastFin, err := c.Queue.GetLastFinalizedRequestId(o)
	if err != nil {
		return nil, c.rpcErr("read the queue", err)
	}
	lastReq, err := c.Queue.GetLastRequestId(o)
	if err != nil {
		return nil, c.rpcErr("read the queue", err)
	}
	unfin, err := c.Queue.UnfinalizedStETH(o)
	if err != nil {
		return nil, c.rpcErr("read the queue", err)
	}
	v.lastFinalized, v.lastRequest, v.unfinalized = lastFin.Uint64(), lastReq.Uint64(), u256(unfin)
	if err := loadReportLimits(v); err != nil {
		return nil, err
	}
	return v, nil
}

// loadModule reads module m's operators into the view: a curated
// registry's counts and scorecards, the bonded module's operators (their
// counts, exit requests, scorecards and withdrawn counts; no stuck
// count); then the keys they deposited since the last report.
func (v *chainView) loadModule(m poolclient.Module) error {
	o := v.opts()
	var ops []protocol.Operator
	if m.Kind == poolclient.ModuleBonded {
		mo, err := v.c.ModuleOperators(o, m)
		if err != nil {
			return err
		}
		for _, k := range mo {
			// the scorecard as the reports added it up: the report then
			// adds the missed duties since the last reference slot only
			sc, err := v.c.BondedScorecard(o, m, k.ID)
			if err != nil {
				return err
			}
			ops = append(ops, protocol.Operator{ID: protocol.OperatorID(k.GlobalID), Active: k.Active, Limit: k.Limit,
				Deposited: k.Deposited, Exited: k.Exited, ExitRequested: k.ExitRequested,
				MissedAttestations: sc.MissedAttestations, MissedProposals: sc.MissedProposals, Slashed: sc.Slashed,
				Bonded: true, Withdrawn: k.Withdrawn})
		}
	} else {
		reg := v.c.Registry
		if m.ID != curatedModule {
			r, err := bindings.NewOperatorRegistry(m.Address, v.c.EL)
			if err != nil {
				return err
			}
			reg = r
		}
		counts, err := reg.GetAllCounts(o)
		if err != nil {
			return v.c.rpcErr(fmt.Sprintf("read module %d's registry", m.ID), err)
		}
		for i, k := range counts {
			sc, err := reg.GetScorecard(o, big.NewInt(int64(i)))
			if err != nil {
				return v.c.rpcErr(fmt.Sprintf("read module %d's operator %d's scorecard", m.ID, i), err)
			}
			ops = append(ops, protocol.Operator{ID: protocol.OperatorID(poolclient.GlobalOperatorID(m.ID, uint64(i))), Active: k.Active, Limit: k.Limit,
				Deposited: uint64(k.Deposited), Exited: uint64(k.Exited), ExitRequested: uint64(k.ExitRequested), Stuck: uint64(k.Stuck),
				MissedAttestations: sc.MissedAttestations, MissedProposals: sc.MissedProposals, Slashed: sc.Slashed})
		}
	}
	v.operators = append(v.operators, ops...)
	return v.learnKeys(m.Address, ops)
}

// learnKeys reads the pubkeys of keys the module's operators deposited
// since the last call (getSigningKey at the module's contract: a curated
// registry's and the bonded module's have the same signature), batched
// (one JSON-RPC request per 500 keys).
func (v *chainView) learnKeys(module common.Address, ops []protocol.Operator) error {
	parsed, err := registryABI()
	if err != nil {
		return err
	}
	k := v.keys
	if k.known == nil {
		k.known = map[protocol.OperatorID]uint64{}
	}
	type ref struct {
		id      protocol.OperatorID
		op, key uint64
	}
	var want []ref
	for _, o := range ops {
		for i := k.known[o.ID]; i < o.Deposited; i++ {
			want = append(want, ref{o.ID, uint64(o.ID) & (1<<24 - 1), i})
		}
	}
	for lo := 0; lo < len(want); lo += 500 {
		hi := min(len(want), lo+500)
		batch := make([]rpc.BatchElem, hi-lo)
		outs := make([]hexutil.Bytes, hi-lo)
		for j, w := range want[lo:hi] {
			data, err := parsed.Pack("getSigningKey", new(big.Int).SetUint64(w.op), new(big.Int).SetUint64(w.key))
			if err != nil {
				return err
			}
			batch[j] = rpc.BatchElem{Method: "eth_call", Args: []any{
				map[string]any{"to": module, "data": hexutil.Bytes(data)},
				rpc.BlockNumberOrHashWithHash(v.block, false)}, Result: &outs[j]}
		}
		if err := v.c.RPC.BatchCallContext(v.ctx, batch); err != nil {
			return v.c.rpcErr(fmt.Sprintf("read %d deposited keys", len(batch)), err)
		}
		for j, w := range want[lo:hi] {
			if batch[j].Error != nil {
				return v.c.rpcErr(fmt.Sprintf("read operator %d's key %d", w.op, w.key), batch[j].Error)
			}
			res, err := parsed.Unpack("getSigningKey", outs[j])
			if err != nil || len(res) != 2 {
				return fmt.Errorf("services: operator %d's key %d: undecodable answer (%v)", w.op, w.key, err)
			}
			pk, _ := res[0].([]byte)
			if len(pk) != 48 {
				return fmt.Errorf("services: operator %d's key %d has %d bytes", w.op, w.key, len(pk))
			}
			k.records = append(k.records, protocol.DepositRecord{Index: uint64(len(k.records)), Operator: w.id,
				KeyIndex: w.key, Pubkey: protocol.Pubkey(pk)})
			k.known[w.id] = w.key + 1
		}
	}
	return nil
}

var _ oracle.PoolView = (*chainView)(nil)

var registryABICache *abi.ABI

func registryABI() (*abi.ABI, error) {
	if registryABICache != nil {
		return registryABICache, nil
	}
	a, err := bindings.OperatorRegistryMetaData.GetAbi()
	if err != nil {
		return nil, err
	}
	registryABICache = a
	return a, nil
}
