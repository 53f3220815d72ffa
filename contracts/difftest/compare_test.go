package difftest

import (
	"context"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"pgregory.net/rapid"

	"github.com/stakepool/stakepool/contracts/bindings"
	"github.com/stakepool/stakepool/contracts/testbindings"
	"github.com/stakepool/stakepool/protocol"
)

// figures lists what the model says, in the order the Lens contract reads
// the contracts (testsrc/Lens.sol), each with its label.
type figures struct {
	labels []string
	vals   []*big.Int
}

func (f *figures) add(label string, v *big.Int) {
	f.labels = append(f.labels, label)
	f.vals = append(f.vals, v)
}

func (f *figures) u64(label string, v uint64) { f.add(label, new(big.Int).SetUint64(v)) }

func (f *figures) addr(label string, a common.Address) { f.add(label, new(big.Int).SetBytes(a[:])) }

func (f *figures) flag(label string, b bool) {
	if b {
		f.u64(label, 1)
	} else {
		f.u64(label, 0)
	}
}

// compare checks every figure the model and the contracts both hold:
// totals, every tracked account's shares, stETH, wstETH, ETH (net of gas)
// and holding-period mark, every allowance between users, every queue
// entry with its NFT owner, every operator's counts.
func (w *world) compare(rt *rapid.T) {
	m := w.model
	var f figures
	f.add("total pooled ether", m.TotalPooledEther().ToBig())
	f.add("total shares", m.TotalShares().ToBig())
	f.add("buffered ether", m.BufferedEther().ToBig())
	f.u64("deposited validators", m.DepositedValidators())
	f.u64("beacon validators", m.BeaconValidators())
	f.add("beacon balance", m.BeaconBalance().ToBig())
	f.add("current stake limit", m.CurrentStakeLimit().ToBig())
	f.add("wstETH supply", m.WstETHSupply().ToBig())
	f.add("reserve target", m.ReserveTarget().ToBig())
	f.add("instant liquidity", m.InstantLiquidity().ToBig())
	f.add("depositable ether", m.DepositableEther().ToBig())
	f.u64("reports applied", m.ReportCount())
	reqs, fin, unfin, locked := m.WithdrawalQueue()
	f.u64("last request id", reqs)
	f.u64("last finalized id", fin)
	f.add("unfinalized stETH", unfin.ToBig())
	f.add("locked ether", locked.ToBig())
	f.flag("bunker mode", m.Bunker())
	f.u64("last reference slot", w.lastRefSlot())
	ref, ok := m.CurrentRefSlot()
	f.u64("current reference slot", ref)
	f.flag("a report is due", ok)
	cover, nonCover := m.SharesRequestedToBurn()
	f.add("burner: cover requested", cover.ToBig())
	f.add("burner: non-cover requested", nonCover.ToBig())
	cover, nonCover = m.SharesBurnt()
	f.add("burner: cover burnt", cover.ToBig())
	f.add("burner: non-cover burnt", nonCover.ToBig())
	f.addr("second-opinion oracle", m.SecondOpinionOracle())
	if op, ok := m.SecondOpinion(); ok {
		f.u64("second opinion: reference slot", op.RefSlot)
		f.u64("second opinion: balance", op.Balance)
		f.add("second opinion: withdrawal vault", op.WithdrawalVault.ToBig())
	} else {
		f.u64("second opinion: reference slot", 0)
		f.u64("second opinion: balance", 0)
		f.u64("second opinion: withdrawal vault", 0)
	}
	w.params(&f)
	accounts := w.tracked()
	for _, a := range accounts {
		name := w.name(a)
		acc := m.Account(a)
		f.add(name+" shares", acc.Shares.ToBig())
		f.add(name+" stETH", acc.StETH.ToBig())
		f.add(name+" wstETH", acc.WstETH.ToBig())
		switch a {
		case w.a.Pool:
			f.add("pool ETH (the buffer)", m.BufferedEther().ToBig())
		case w.a.WithdrawalQueue:
			f.add("queue ETH (locked)", locked.ToBig())
		default:
			// ETH on chain = model ETH − gas spent − the setup's offset.
			eth := acc.ETH.ToBig()
			if g := w.gas[a]; g != nil {
				eth.Sub(eth, g)
			}
			if off := w.offset[a]; off != nil {
				eth.Sub(eth, off)
			}
			f.add(name+" ETH (net of gas)", eth)
		}
		f.u64(name+" last inflow", acc.LastInflow)
	}
	users := w.chain.Addrs[keyUser0:numKeys]
	for _, o := range users {
		for _, s := range users {
			f.add(fmt.Sprintf("allowance %s→%s", w.name(o), w.name(s)), m.Allowance(o, s).ToBig())
		}
	}
	for id := uint64(1); id <= reqs; id++ {
		q, _ := m.WithdrawalRequest(id)
		l := fmt.Sprintf("request %d ", id)
		f.add(l+"stETH", q.StETH.ToBig())
		f.add(l+"shares", q.Shares.ToBig())
		if q.Claimed {
			f.u64(l+"owner (the token is burnt)", 0)
		} else {
			f.addr(l+"owner", q.Owner)
		}
		f.flag(l+"finalized", q.Finalized)
		f.flag(l+"claimed", q.Claimed)
		if q.Finalized && !q.Claimed {
			f.add(l+"claimable", q.Claimable.ToBig())
		} else {
			f.u64(l+"claimable", 0)
		}
	}
	for i, o := range m.OperatorStates() {
		l := fmt.Sprintf("operator %d ", i)
		f.u64(l+"limit", o.Limit)
		f.u64(l+"keys", uint64(w.keyCount(i)))
		f.u64(l+"deposited", o.Deposited)
		f.u64(l+"exited", o.Exited)
		f.flag(l+"active", o.Active)
		f.addr(l+"reward address", o.RewardAddress)
		f.u64(l+"exit requested", o.ExitRequested)
		f.u64(l+"stuck", o.Stuck)
		f.u64(l+"missed attestations", o.MissedAttestations)
		f.u64(l+"missed proposals", o.MissedProposals)
		f.u64(l+"slashed", o.Slashed)
		f.u64(l+"stuck penalty end", o.StuckPenaltyEnd)
		f.u64(l+"target mode", uint64(o.TargetMode))
		f.u64(l+"target limit", o.TargetLimit)
	}

	suite := testbindings.LensSuite{Pool: w.a.Pool, Wst: w.a.WstETH, Wq: w.a.WithdrawalQueue, Reg: w.a.Registry, Oracle: w.a.Oracle,
		Burner: w.a.Burner, Sanity: w.a.SanityChecker, Gov: w.a.Governance}
	got, err := w.lens.Read(&bind.CallOpts{Context: context.Background()}, suite, accounts, users, users)
	if err != nil {
		rt.Fatalf("reading the contracts: %v", err)
	}
	if len(got) != len(f.vals) {
		rt.Fatalf("the lens read %d figures, the model has %d (operators: contracts vs model?)", len(got), len(f.vals))
	}
	for i := range got {
		if got[i].Cmp(f.vals[i]) != 0 {
			rt.Fatalf("%s: contracts %s, model %s (difference %s wei)", f.labels[i], got[i], f.vals[i], new(big.Int).Sub(got[i], f.vals[i]))
		}
	}
	// Execution-reward debts: the staking router's (by global id), the model's operators'.
	router, err := bindings.NewStakingRouter(w.a.StakingRouter, w.chain.Client)
	if err != nil {
		rt.Fatal(err)
	}
	for i, o := range m.OperatorStates() {
		d, err := router.ElRewardsDebt(&bind.CallOpts{Context: context.Background()}, new(big.Int).SetUint64(uint64(o.ID)))
		if err != nil {
			rt.Fatalf("reading operator %d's debt: %v", i, err)
		}
		if d.Cmp(o.ELRewardsDebt.ToBig()) != 0 {
			rt.Fatalf("operator %d's execution-reward debt: contracts %s, model %s", i, d, o.ELRewardsDebt.Dec())
		}
		if !o.ELRewardsDebt.IsZero() {
			w.stats["operator with execution-reward debt"]++
		}
	}
	w.compareVeto(rt)
	w.compareBonded(rt)
}

// params lists the model's parameters in the order the lens reads the
// contracts' (oracle, sanity checker, pool, stake limit, queue,
// governance, oracle committee).
func (w *world) params(f *figures) {
	m := w.model
	p := m.Params()
	for _, v := range []struct {
		l string
		v uint64
	}{
		{"epochs per frame", p.EpochsPerFrame}, {"fee", p.FeeBP}, {"treasury part", p.TreasuryFeeShareBP},
		{"operators part", p.OperatorsFeeShareBP}, {"insurance part", p.InsuranceFeeShareBP},
		{"exit deadline", p.ExitDeadlineSlots}, {"stuck penalty delay", p.StuckPenaltyDelay},
		{"annual increase", p.AnnualIncreaseBP}, {"initial slashing", p.InitialSlashingPWei},
		{"inactivity penalties", p.InactivityPenaltiesPWei}, {"second opinion error", p.SecondOpinionErrorBP},
		{"appeared ETH a day", p.AppearedEthPerDay}, {"exited ETH a day", p.ExitedEthPerDay},
		{"0x01 weight", p.ValidatorWeight01Eth}, {"0x02 weight", p.ValidatorWeight02Eth},
		{"max positive rebase", p.MaxPositiveRebase}, {"share rate deviation", p.SimulatedShareRateDeviationBP},
		{"request margin", p.RequestTimestampMargin}, {"max exit requests", p.MaxExitRequests},
	} {
		f.u64("param "+v.l, v.v)
	}
	f.add("param dust floor", p.DustFloor.ToBig())
	f.u64("param reserve target", p.ReserveTargetBP)
	f.u64("param instant withdrawal fee", p.InstantWithdrawalBP)
	f.u64("param deposits a block", p.MaxDepositsPerBlock)
	sl := m.StakeLimitState()
	f.add("stake limit max", sl.Max.ToBig())
	f.u64("stake limit growth blocks", sl.GrowthBlocks)
	f.flag("staking paused", sl.Paused)
	f.add("param min withdrawal", p.MinWithdrawal.ToBig())
	f.add("param max withdrawal", p.MaxWithdrawal.ToBig())
	f.u64("param timelock", p.TimelockSeconds)
	f.u64("param proposal lifetime", p.ProposalLifetimeSeconds)
	members, threshold := m.Committee()
	f.u64("governance threshold", uint64(threshold))
	f.u64("governance members", uint64(len(members)))
	oracles, quorum := m.OracleCommittee()
	f.u64("oracle quorum", uint64(quorum))
	f.u64("oracle members", uint64(len(oracles)))
}

// keyCount is the model's key count of operator i.
func (w *world) keyCount(i int) int {
	return len(w.model.Operators()[i].Keys)
}

// compareKeys checks every key of every operator (after key uploads and removals).
func (w *world) compareKeys(rt *rapid.T) {
	call := &bind.CallOpts{Context: context.Background()}
	for i, o := range w.model.Operators() {
		for k, key := range o.Keys {
			got, err := w.reg.GetSigningKey(call, big.NewInt(int64(i)), big.NewInt(int64(k)))
			if err != nil || common.Bytes2Hex(got.Pubkey) != common.Bytes2Hex(key.Pubkey[:]) || common.Bytes2Hex(got.Signature) != common.Bytes2Hex(key.Signature[:]) {
				rt.Fatalf("operator %d key %d differs (%v)", i, k, err)
			}
		}
	}
}

var _ = protocol.DeadAddress

// lastRefSlot is the reference slot of the last applied report, or the
// slot of the pool's creation before the first.
func (w *world) lastRefSlot() uint64 {
	if r, ok := w.model.LastReport(); ok {
		return r.RefSlot
	}
	return w.createdSlot
}
