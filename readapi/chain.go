package readapi

import (
	"context"
	"errors"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/holiman/uint256"

	"github.com/stakepool/stakepool/contracts/bindings"
	"github.com/stakepool/stakepool/indexer"
)

// chainState is what the contracts' views say at one indexed block. It is
// read once per new head (a few dozen eth_calls) and served from memory,
// so that requests cost the node nothing.
type chainState struct {
	Block uint64
	Hash  common.Hash
	Time  uint64

	Pooled, Shares, Buffered        uint256.Int
	ReserveTarget, Depositable      uint256.Int
	InstantLiquidity, StakeLimit    uint256.Int
	Deposited, BeaconValidators     uint64
	BeaconBalance                   uint256.Int
	Paused, Bunker                  bool
	DustFloor                       uint256.Int
	ReserveBP, InstantBP            uint64
	MaxDepositsPerBlock             uint64
	ReportsApplied                  uint64
	WstETHSupply, StEthPerWstETH    uint256.Int
	Unfinalized, Locked             uint256.Int
	LastRequest, LastFinalized      uint64
	MinWithdrawal, MaxWithdrawal    uint256.Int
	WithdrawalVault, ELRewardsVault uint256.Int
	WithdrawalCredentials           common.Hash
	Treasury, Insurance             common.Address
	InsuranceShares                 uint256.Int

	Oracle *oracleState // nil: no oracle deployed
	Gov    govState
	Escrow *escrowState // nil: no veto escrow deployed
	Pause  pauseState
}

type oracleState struct {
	Members                       []common.Address
	Quorum                        uint64
	LastRefSlot                   uint64
	CurrentRefSlot                uint64
	HasRefSlot                    bool
	GenesisTime, SecondsPerSlot   uint64
	SlotsPerEpoch, EpochsPerFrame uint64
	FeeBP                         uint64
	TreasuryBP, OperatorsBP       uint64
	InsuranceBP                   uint64
	Bunker, Alert                 bool
	ConsensusSlot                 uint64
	Consensus                     common.Hash
}

type govState struct {
	Members   []common.Address
	Threshold uint64
	Timelock  uint64
	Lifetime  uint64
}

// contracts are the bound contracts the API reads.
type contracts struct {
	a      indexer.Addresses
	pool   *bindings.PoolCaller
	wst    *bindings.WstETHCaller
	queue  *bindings.WithdrawalQueueCaller
	reg    *bindings.OperatorRegistryCaller
	gov    *bindings.GovernanceCaller
	oracle *bindings.OracleCaller
	escrow *bindings.VetoEscrowCaller // nil: not deployed
	seal   *bindings.GateSealCaller   // nil: not deployed
}

func bindContracts(a indexer.Addresses, c bind.ContractCaller) (*contracts, error) {
	k := &contracts{a: a}
	var err error
	if k.pool, err = bindings.NewPoolCaller(a.Pool, c); err != nil {
		return nil, err
	}
	if k.wst, err = bindings.NewWstETHCaller(a.WstETH, c); err != nil {
		return nil, err
	}
	if k.queue, err = bindings.NewWithdrawalQueueCaller(a.WithdrawalQueue, c); err != nil {
		return nil, err
	}
	if k.reg, err = bindings.NewOperatorRegistryCaller(a.Registry, c); err != nil {
		return nil, err
	}
	if k.gov, err = bindings.NewGovernanceCaller(a.Governance, c); err != nil {
		return nil, err
	}
	if a.Oracle != (common.Address{}) {
		if k.oracle, err = bindings.NewOracleCaller(a.Oracle, c); err != nil {
			return nil, err
		}
	}
	if a.VetoEscrow != (common.Address{}) {
		if k.escrow, err = bindings.NewVetoEscrowCaller(a.VetoEscrow, c); err != nil {
			return nil, err
		}
	}
	if a.GateSeal != (common.Address{}) {
		if k.seal, err = bindings.NewGateSealCaller(a.GateSeal, c); err != nil {
			return nil, err
		}
	}
	return k, nil
}

// Discover reads the pool's other contracts from its immutables.
func Discover(ctx context.Context, c bind.ContractCaller, pool common.Address) (indexer.Addresses, error) {
	p, err := bindings.NewPoolCaller(pool, c)
	if err != nil {
		return indexer.Addresses{}, err
	}
	o := &bind.CallOpts{Context: ctx}
	a := indexer.Addresses{Pool: pool}
	for _, f := range []struct {
		name string
		dst  *common.Address
		read func(*bind.CallOpts) (common.Address, error)
	}{
		{"wstETH", &a.WstETH, p.WstETH},
		{"withdrawalQueue", &a.WithdrawalQueue, p.WithdrawalQueue},
		{"governance", &a.Governance, p.Governance},
		{"oracle", &a.Oracle, p.Oracle},
		{"withdrawalVault", &a.WithdrawalVault, p.WithdrawalVault},
		{"elRewardsVault", &a.ELRewardsVault, p.ElRewardsVault},
		{"burner", &a.Burner, p.Burner},
		{"vetoEscrow", &a.VetoEscrow, p.VetoEscrow},
		{"gateSeal", &a.GateSeal, p.GateSeal},
	} {
		v, err := f.read(o)
		if err != nil {
			if errors.Is(err, bind.ErrNoCode) {
				return a, fmt.Errorf("readapi: no contract at %s: is it the pool's address on this chain?", pool)
			}
			return a, fmt.Errorf("readapi: reading the pool's %s: %w", f.name, err)
		}
		*f.dst = v
	}
	// The operator registry is the staking router's module 1.
	router, err := p.StakingRouter(o)
	if err != nil {
		return a, fmt.Errorf("readapi: reading the pool's stakingRouter: %w", err)
	}
	r, err := bindings.NewStakingRouterCaller(router, c)
	if err != nil {
		return a, err
	}
	m, err := r.GetStakingModule(o, big.NewInt(1))
	if err != nil {
		return a, fmt.Errorf("readapi: reading the staking router's module 1: %w", err)
	}
	a.Registry = m.M.Registry
	a.StakingRouter = router
	// The bonded module is the burner's (zero: none).
	br, err := bindings.NewBurnerCaller(a.Burner, c)
	if err != nil {
		return a, err
	}
	if a.BondedModule, err = br.BondedModule(o); err != nil {
		return a, fmt.Errorf("readapi: reading the burner's bonded module: %w", err)
	}
	return a, nil
}

// u256 returns a setter of dst from a call's result: u256(&x)(c.Get(o)).
func u256(dst *uint256.Int) func(*big.Int, error) error {
	return func(v *big.Int, err error) error {
		if err != nil {
			return err
		}
		if v.Sign() < 0 || v.BitLen() > 256 {
			return fmt.Errorf("readapi: %s out of range", v)
		}
		dst.SetFromBig(v)
		return nil
	}
}

// u64 is u256 for a 64-bit figure.
func u64(dst *uint64) func(*big.Int, error) error {
	return func(v *big.Int, err error) error {
		if err != nil {
			return err
		}
		if !v.IsUint64() {
			return fmt.Errorf("readapi: %s out of range", v)
		}
		*dst = v.Uint64()
		return nil
	}
}

// readChain reads the contracts' views at block n (by hash).
func (s *Server) readChain(ctx context.Context, n uint64, hash common.Hash) (*chainState, error) {
	k := s.k
	o := &bind.CallOpts{Context: ctx, BlockNumber: new(big.Int).SetUint64(n)}
	h, err := s.node.HeaderByNumber(ctx, new(big.Int).SetUint64(n))
	if err != nil {
		return nil, fmt.Errorf("readapi: reading block %d: %w", n, err)
	}
	cs := &chainState{Block: n, Hash: h.Hash(), Time: h.Time}
	errs := []error{
		u256(&cs.Pooled)(k.pool.GetTotalPooledEther(o)),
		u256(&cs.Shares)(k.pool.GetTotalShares(o)),
		u256(&cs.Buffered)(k.pool.GetBufferedEther(o)),
		u256(&cs.ReserveTarget)(k.pool.GetReserveTarget(o)),
		u256(&cs.Depositable)(k.pool.GetDepositableEther(o)),
		u256(&cs.InstantLiquidity)(k.pool.GetInstantLiquidity(o)),
		u256(&cs.StakeLimit)(k.pool.GetCurrentStakeLimit(o)),
		u64(&cs.ReportsApplied)(k.pool.GetReportsApplied(o)),
		u256(&cs.WstETHSupply)(k.wst.TotalSupply(o)),
		u256(&cs.StEthPerWstETH)(k.wst.StEthPerToken(o)),
		u256(&cs.Unfinalized)(k.queue.UnfinalizedStETH(o)),
		u256(&cs.Locked)(k.queue.GetLockedEtherAmount(o)),
		u64(&cs.LastRequest)(k.queue.GetLastRequestId(o)),
		u64(&cs.LastFinalized)(k.queue.GetLastFinalizedRequestId(o)),
		u256(&cs.MinWithdrawal)(k.queue.MinWithdrawal(o)),
		u256(&cs.MaxWithdrawal)(k.queue.MaxWithdrawal(o)),
	}
	if err := errors.Join(errs...); err != nil {
		return nil, fmt.Errorf("readapi: reading the contracts at block %d: %w", n, err)
	}
	stat, err := k.pool.GetBeaconStat(o)
	if err != nil {
		return nil, fmt.Errorf("readapi: reading the beacon figures: %w", err)
	}
	cs.Deposited, cs.BeaconValidators = stat.DepositedValidators.Uint64(), stat.BeaconValidators.Uint64()
	cs.BeaconBalance.SetFromBig(stat.BeaconBalance)
	if cs.Paused, err = k.pool.IsStakingPaused(o); err != nil {
		return nil, err
	}
	if cs.Bunker, err = k.pool.IsBunkerMode(o); err != nil {
		return nil, err
	}
	params, err := k.pool.GetParams(o)
	if err != nil {
		return nil, err
	}
	cs.DustFloor.SetFromBig(params.DustFloor)
	cs.ReserveBP, cs.InstantBP, cs.MaxDepositsPerBlock = uint64(params.ReserveTargetBP), uint64(params.InstantWithdrawalBP), uint64(params.MaxDepositsPerBlock)
	if wc, err := k.pool.WithdrawalCredentials(o); err == nil {
		cs.WithdrawalCredentials = wc
	}
	if cs.Treasury, err = k.pool.Treasury(o); err != nil {
		return nil, err
	}
	if cs.Insurance, err = k.pool.Insurance(o); err != nil {
		return nil, err
	}
	if err := u256(&cs.InsuranceShares)(k.pool.SharesOf(o, cs.Insurance)); err != nil {
		return nil, err
	}
	if err := u256(&cs.WithdrawalVault)(s.node.BalanceAt(ctx, k.a.WithdrawalVault, o.BlockNumber)); err != nil {
		return nil, err
	}
	if err := u256(&cs.ELRewardsVault)(s.node.BalanceAt(ctx, k.a.ELRewardsVault, o.BlockNumber)); err != nil {
		return nil, err
	}
	if cs.Gov.Members, err = k.gov.GetMembers(o); err != nil {
		return nil, err
	}
	th, err := k.gov.Threshold(o)
	if err != nil {
		return nil, err
	}
	cs.Gov.Threshold = uint64(th)
	if cs.Gov.Timelock, err = k.gov.TimelockSeconds(o); err != nil {
		return nil, err
	}
	if cs.Gov.Lifetime, err = k.gov.LifetimeSeconds(o); err != nil {
		return nil, err
	}
	if cs.Escrow, err = s.readEscrow(o); err != nil {
		return nil, fmt.Errorf("readapi: reading the veto escrow: %w", err)
	}
	if cs.Pause, err = s.readPause(o); err != nil {
		return nil, fmt.Errorf("readapi: reading the pause: %w", err)
	}
	if k.oracle != nil {
		if cs.Oracle, err = readOracle(k.oracle, o); err != nil {
			return nil, fmt.Errorf("readapi: reading the oracle: %w", err)
		}
	}
	return cs, nil
}

func readOracle(c *bindings.OracleCaller, o *bind.CallOpts) (*oracleState, error) {
	os := &oracleState{}
	var err error
	if os.Members, err = c.GetMembers(o); err != nil {
		return nil, err
	}
	errs := []error{
		u64(&os.Quorum)(c.Quorum(o)),
		u64(&os.LastRefSlot)(c.LastRefSlot(o)),
		u64(&os.GenesisTime)(c.GenesisTime(o)),
		u64(&os.SecondsPerSlot)(c.SecondsPerSlot(o)),
		u64(&os.SlotsPerEpoch)(c.SlotsPerEpoch(o)),
	}
	if err := errors.Join(errs...); err != nil {
		return nil, err
	}
	cur, err := c.GetCurrentRefSlot(o)
	if err != nil {
		return nil, err
	}
	if cur.Ok {
		os.CurrentRefSlot, os.HasRefSlot = cur.RefSlot.Uint64(), true
	}
	p, err := c.GetParams(o)
	if err != nil {
		return nil, err
	}
	os.EpochsPerFrame, os.FeeBP = p.EpochsPerFrame, p.FeeBP
	os.TreasuryBP, os.OperatorsBP, os.InsuranceBP = p.TreasuryFeeShareBP, p.OperatorsFeeShareBP, p.InsuranceFeeShareBP
	if os.Bunker, err = c.Bunker(o); err != nil {
		return nil, err
	}
	if os.Alert, err = c.Alert(o); err != nil {
		return nil, err
	}
	cons, err := c.GetConsensus(o)
	if err != nil {
		return nil, err
	}
	os.ConsensusSlot, os.Consensus = cons.RefSlot.Uint64(), cons.Report
	return os, nil
}
