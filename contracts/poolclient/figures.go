package poolclient

import (
	"context"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/rpc"

	"github.com/stakepool/stakepool/contracts/bindings"
)

// What the pool's contracts say, read at the node's head.

// Status is where the chain is: its head block and, by the oracle's
// clock (genesis time, slot length, slots per epoch), the head's slot and
// epoch, and the finalized block when the node knows one.
type Status struct {
	ChainID        uint64
	Block          uint64
	Slot, Epoch    uint64
	Finalized      bool // the node answered for the finalized block
	FinalizedBlock uint64
	FinalizedEpoch uint64
}

// Status reads the chain's head and finality.
func (c *Client) Status(ctx context.Context) (*Status, error) {
	o := &bind.CallOpts{Context: ctx}
	head, err := c.EL.HeaderByNumber(ctx, nil)
	if err != nil {
		return nil, err
	}
	cfg, err := c.oracleClock(o)
	if err != nil {
		return nil, err
	}
	st := &Status{ChainID: c.ChainID.Uint64(), Block: head.Number.Uint64(), Slot: cfg.slotAt(head.Time)}
	st.Epoch = st.Slot / cfg.slotsPerEpoch
	if fin, err := c.EL.HeaderByNumber(ctx, big.NewInt(int64(rpc.FinalizedBlockNumber))); err == nil {
		st.Finalized, st.FinalizedBlock, st.FinalizedEpoch = true, fin.Number.Uint64(), cfg.slotAt(fin.Time)/cfg.slotsPerEpoch
	}
	return st, nil
}

// clock is the oracle contract's view of the beacon chain's time.
type clock struct{ genesis, secondsPerSlot, slotsPerEpoch uint64 }

func (c *Client) oracleClock(o *bind.CallOpts) (clock, error) {
	gt, err := c.Oracle.GenesisTime(o)
	if err != nil {
		return clock{}, err
	}
	sps, err := c.Oracle.SecondsPerSlot(o)
	if err != nil {
		return clock{}, err
	}
	spe, err := c.Oracle.SlotsPerEpoch(o)
	if err != nil {
		return clock{}, err
	}
	if spe.Sign() == 0 {
		return clock{}, fmt.Errorf("the oracle at %s says 0 slots per epoch", c.Addr.Oracle.Hex())
	}
	return clock{gt.Uint64(), sps.Uint64(), spe.Uint64()}, nil
}

// slotAt is the slot of a block time (0 before genesis).
func (k clock) slotAt(t uint64) uint64 {
	if t < k.genesis || k.secondsPerSlot == 0 {
		return 0
	}
	return (t - k.genesis) / k.secondsPerSlot
}

// Figures are the pool's totals.
type Figures struct {
	TotalPooledEther    *big.Int // wei
	TotalShares         *big.Int
	BufferedEther       *big.Int // wei
	ReserveTarget       *big.Int // wei
	DepositedValidators uint64
	BeaconValidators    uint64   // as the last report said
	BeaconBalance       *big.Int // wei, as the last report said
	Bunker              bool
	ReportsApplied      uint64
}

// Figures reads the pool's totals.
func (c *Client) Figures(ctx context.Context) (*Figures, error) {
	o := &bind.CallOpts{Context: ctx}
	var f Figures
	var err error
	if f.TotalPooledEther, err = c.Pool.GetTotalPooledEther(o); err != nil {
		return nil, err
	}
	if f.TotalShares, err = c.Pool.GetTotalShares(o); err != nil {
		return nil, err
	}
	if f.BufferedEther, err = c.Pool.GetBufferedEther(o); err != nil {
		return nil, err
	}
	if f.ReserveTarget, err = c.Pool.GetReserveTarget(o); err != nil {
		return nil, err
	}
	stat, err := c.Pool.GetBeaconStat(o)
	if err != nil {
		return nil, err
	}
	f.DepositedValidators, f.BeaconValidators, f.BeaconBalance = stat.DepositedValidators.Uint64(), stat.BeaconValidators.Uint64(), stat.BeaconBalance
	if f.Bunker, err = c.Pool.IsBunkerMode(o); err != nil {
		return nil, err
	}
	reports, err := c.Pool.GetReportsApplied(o)
	if err != nil {
		return nil, err
	}
	f.ReportsApplied = reports.Uint64()
	return &f, nil
}

// Account is an account's holdings in the pool.
type Account struct {
	Address  common.Address
	ETH      *big.Int // wei
	StETH    *big.Int // wei
	Shares   *big.Int
	WstETH   *big.Int // wei
	Nonce    uint64
	Requests []*big.Int // its withdrawal requests' ids
}

// Account reads an account's holdings.
func (c *Client) Account(ctx context.Context, addr common.Address) (*Account, error) {
	o := &bind.CallOpts{Context: ctx}
	a := Account{Address: addr}
	var err error
	if a.ETH, err = c.EL.BalanceAt(ctx, addr, nil); err != nil {
		return nil, err
	}
	if a.Nonce, err = c.EL.NonceAt(ctx, addr, nil); err != nil {
		return nil, err
	}
	if a.StETH, err = c.Pool.BalanceOf(o, addr); err != nil {
		return nil, err
	}
	if a.Shares, err = c.Pool.SharesOf(o, addr); err != nil {
		return nil, err
	}
	if a.WstETH, err = c.WstETH.BalanceOf(o, addr); err != nil {
		return nil, err
	}
	if a.Requests, err = c.Queue.GetWithdrawalRequests(o, addr); err != nil {
		return nil, err
	}
	return &a, nil
}

// Operator is a node operator as the registry keeps it.
type Operator struct {
	ID            uint64
	Name          string
	RewardAddress common.Address
	bindings.OperatorRegistryCounts
}

// Operators reads every node operator.
func (c *Client) Operators(ctx context.Context) ([]Operator, error) {
	o := &bind.CallOpts{Context: ctx}
	n, err := c.Registry.GetNodeOperatorsCount(o)
	if err != nil {
		return nil, err
	}
	var out []Operator
	for i := uint64(0); i < n.Uint64(); i++ {
		op, err := c.Registry.GetOperator(o, new(big.Int).SetUint64(i))
		if err != nil {
			return nil, err
		}
		out = append(out, Operator{ID: i, Name: op.Name, RewardAddress: op.RewardAddress, OperatorRegistryCounts: op.C})
	}
	return out, nil
}

// Request is a withdrawal request and, when finalized and not yet
// claimed, the ETH it can claim (nil otherwise, or when the node did not
// say).
type Request struct {
	ID uint64
	bindings.WithdrawalQueueWithdrawalRequestStatus
	Claimable *big.Int
}

// Requests reads withdrawal requests by id.
func (c *Client) Requests(ctx context.Context, ids []*big.Int) ([]Request, error) {
	if len(ids) == 0 {
		return nil, nil
	}
	o := &bind.CallOpts{Context: ctx}
	st, err := c.Queue.GetWithdrawalStatus(o, ids)
	if err != nil {
		return nil, err
	}
	out := make([]Request, len(st))
	for i, s := range st {
		out[i] = Request{ID: ids[i].Uint64(), WithdrawalQueueWithdrawalRequestStatus: s}
		if s.IsFinalized && !s.IsClaimed {
			if v, err := c.Queue.GetClaimableEther(o, ids[i]); err == nil {
				out[i].Claimable = v
			}
		}
	}
	return out, nil
}

// Report is an applied oracle report.
type Report struct {
	RefSlot uint64
	Block   uint64
	Hash    common.Hash
	Bunker  bool
}

// Reports reads every applied oracle report (the oracle's ReportProcessed
// events from the first block).
func (c *Client) Reports(ctx context.Context) ([]Report, error) {
	it, err := c.Oracle.FilterReportProcessed(&bind.FilterOpts{Context: ctx}, nil)
	if err != nil {
		return nil, err
	}
	defer it.Close()
	var out []Report
	for it.Next() {
		e := it.Event
		out = append(out, Report{RefSlot: e.RefSlot.Uint64(), Block: e.Raw.BlockNumber, Hash: e.Report, Bunker: e.Bunker})
	}
	return out, it.Error()
}
