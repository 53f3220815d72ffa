package bench

import (
	"encoding/binary"
	"fmt"

	"github.com/holiman/uint256"

	"github.com/stakepool/stakepool/beacon"
	"github.com/stakepool/stakepool/oracle"
	"github.com/stakepool/stakepool/protocol"
	"github.com/stakepool/stakepool/units"
)

// Reports is a pool built to measure how long applying an oracle report
// takes: holders stETH holders and validators pool validators
// spread over ReportOperators operators, each already seen by a report.
// Every round (Prepare, then Apply) is the next frame's report: consensus
// rewards, a vault sweep and execution rewards pulled, fees minted to the
// treasury, the insurance fund and every operator, 100 withdrawal requests
// finalized and a few exit requests. It backs `go test -bench` and
// `stakepool bench oracle`; it is not for anything else (its keys are
// synthetic).
type Reports struct {
	st      *protocol.State
	members []protocol.Address
	whale   protocol.Address
	balance units.Gwei
	votes   []protocol.Tx // the prepared report's quorum of votes
	next    *protocol.Tx  // and its submit
}

// ReportOperators is the number of operators of a Reports.
const ReportOperators = 30

// NewReports builds the pool (it takes a few seconds at a million
// holders and 300,000 validators).
func NewReports(holders, validators int) (*Reports, error) {
	if holders < 1 || validators < ReportOperators {
		return nil, fmt.Errorf("bench: reports need holders ≥ 1 and validators ≥ %d", ReportOperators)
	}
	b := &Reports{whale: addr(kWhale, 0)}
	for i := 0; i < 5; i++ {
		b.members = append(b.members, addr(kMember, uint64(i)))
	}
	gov := addr(kGovernance, 0)
	p := protocol.DevnetParams()
	p.TimelockSeconds = 0
	p.StakeLimitMax, p.StakeLimitPerBlock = uint256.Int{}, uint256.Int{}
	p.AppearedEthPerDay, p.ExitedEthPerDay = 1<<32, 1<<32
	p.MaxDepositsPerBlock = 10_000
	p.ReserveTargetBP = 0
	chain := protocol.MainnetChain()
	g := protocol.Genesis{
		ChainID: 1, Chain: chain, Timestamp: chain.GenesisTime,
		Vault: addr(kVault, 0), ELRewardsVault: addr(kVault, 1), Treasury: addr(kVault, 2),
		WstETH: addr(kVault, 3), Insurance: addr(kVault, 4), StETH: addr(kVault, 5), WithdrawalQueue: addr(kVault, 6), Burner: addr(kVault, 7),
		OracleMembers: b.members, OracleQuorum: 3, Params: p, Members: []protocol.Address{gov}, Threshold: 1,
	}
	g.InitialStake.SetUint64(1e18)
	whaleETH := new(uint256.Int).Mul(uint256.NewInt(uint64(validators)+1000), protocol.DepositSizeWei)
	g.Alloc = append(g.Alloc, protocol.Allocation{Address: b.whale, ETH: *whaleETH})
	for i := 0; i < holders; i++ {
		g.Alloc = append(g.Alloc, protocol.Allocation{Address: addr(kHolder, uint64(i)), ETH: *units.Ether(1)})
	}
	st, err := protocol.NewState(g)
	if err != nil {
		return nil, err
	}
	b.st = st
	block := uint64(1)
	nextBlock := func() error { block++; return st.BeginBlock(block, chain.SlotTime(block)) }
	if err := st.BeginBlock(block, chain.SlotTime(block)); err != nil {
		return nil, err
	}
	do := func(from protocol.Address, c protocol.Command) error {
		_, err := st.ApplyNext(from, c)
		return err
	}
	proposal := func(a protocol.Action) error {
		if err := do(gov, protocol.Command{Kind: protocol.CmdPropose, Action: a}); err != nil {
			return err
		}
		return do(gov, protocol.Command{Kind: protocol.CmdExecuteProposal, Proposal: protocol.ProposalID(st.ProposalCount())})
	}
	per := validators / ReportOperators
	for op := 0; op < ReportOperators; op++ {
		n := per
		if op < validators%ReportOperators {
			n++
		}
		reward := addr(kOperator, uint64(op))
		if err := proposal(protocol.Action{Kind: protocol.ActAddOperator, Name: fmt.Sprintf("op%d", op), Address: reward}); err != nil {
			return nil, err
		}
		for k := 0; k < n; k += protocol.MaxKeysPerTx {
			m := min(protocol.MaxKeysPerTx, n-k)
			keys := make([]protocol.SigningKey, m)
			for j := range keys {
				keys[j].Pubkey[0] = 0xb0
				binary.BigEndian.PutUint32(keys[j].Pubkey[1:], uint32(op))
				binary.BigEndian.PutUint32(keys[j].Pubkey[5:], uint32(k+j))
			}
			if err := do(reward, protocol.Command{Kind: protocol.CmdAddSigningKeys, Operator: protocol.OperatorID(op), Keys: keys}); err != nil {
				return nil, err
			}
		}
		if err := proposal(protocol.Action{Kind: protocol.ActSetOperatorLimit, Operator: protocol.OperatorID(op), Limit: uint64(n)}); err != nil {
			return nil, err
		}
	}
	for i := 0; i < holders; i++ {
		if err := do(addr(kHolder, uint64(i)), protocol.Command{Kind: protocol.CmdSubmit, Amount: *units.Ether(1)}); err != nil {
			return nil, err
		}
	}
	stake := new(uint256.Int).Mul(uint256.NewInt(uint64(validators)), protocol.DepositSizeWei)
	if err := do(b.whale, protocol.Command{Kind: protocol.CmdSubmit, Amount: *stake}); err != nil {
		return nil, err
	}
	for st.DepositedValidators() < uint64(validators) {
		if err := do(protocol.SystemSender, protocol.Command{Kind: protocol.CmdDeposit, Count: 10_000}); err != nil {
			return nil, err
		}
		if err := nextBlock(); err != nil {
			return nil, err
		}
	}
	// The whale queues withdrawal requests for the rounds to finalize.
	amounts := make([]uint256.Int, protocol.MaxPerCall)
	for i := range amounts {
		amounts[i] = *units.Ether(1)
	}
	for i := 0; i < min(100, validators*16/protocol.MaxPerCall); i++ {
		if err := do(b.whale, protocol.Command{Kind: protocol.CmdRequestWithdrawals, Amounts: amounts}); err != nil {
			return nil, err
		}
	}
	b.balance = units.Gwei(uint64(validators) * uint64(protocol.DepositSize))
	// The first report sees every validator.
	if err := b.Prepare(); err != nil {
		return nil, err
	}
	if err := b.Apply(); err != nil {
		return nil, err
	}
	return b, nil
}

// State is the bench's pool.
func (b *Reports) State() *protocol.State { return b.st }

// Prepare moves to the next frame, credits the vaults as the chain would,
// computes the frame's report and prepares a quorum's votes for it and its
// submit (Apply applies them).
func (b *Reports) Prepare() error {
	st := b.st
	frame := st.SlotsPerFrame()
	if err := st.BeginBlock(st.Block()+1, st.Chain().SlotTime((st.Slot()/frame+1)*frame)); err != nil {
		return err
	}
	ref, _ := st.CurrentRefSlot()
	r := &protocol.OracleReport{RefSlot: ref, Validators: st.DepositedValidators()}
	if st.ReportCount() > 0 {
		// About 3% a year on the balance, a tenth of it swept, and 0.01%
		// of the balance in execution rewards.
		last, _ := st.LastReport()
		gain := uint64(b.balance) / 10_000 * (ref - last.RefSlot) * 12 * 3 / (365 * 86400 / 100)
		sweep := gain / 10
		b.balance += units.Gwei(gain - sweep)
		el := uint64(b.balance) / 10_000
		for _, c := range []struct {
			to  protocol.Address
			amt uint64
		}{{st.Vault(), sweep}, {st.ELRewardsVault(), el}} {
			amt := new(uint256.Int).Mul(uint256.NewInt(c.amt), uint256.NewInt(1e9))
			tx := &protocol.Tx{Sender: protocol.SystemSender, Cmd: protocol.Command{Kind: protocol.CmdChainCredit, To: c.to, Amount: *amt}}
			if _, err := st.ApplyTx(tx); err != nil {
				return err
			}
		}
		r.WithdrawalVault = st.Account(st.Vault()).ETH
		r.ELRewardsVault = st.Account(st.ELRewardsVault()).ETH
		r.ExitRequests = []protocol.OperatorCount{{Operator: protocol.OperatorID(st.ReportCount() % ReportOperators), Count: 3}}
	}
	r.Balance = b.balance
	// At most 100 requests a report: one call of the batches' walk.
	sim, err := st.SimulateReport(r)
	if err != nil {
		return err
	}
	r.SimulatedShareRate = sim.ShareRate
	if n, last, _, _ := st.WithdrawalQueue(); n > last && !sim.Budget.IsZero() {
		bs, err := st.CalculateFinalizationBatches(&sim.ShareRate, st.Chain().SlotTime(ref)-st.Params().RequestTimestampMargin, 100, protocol.BatchesState{RemainingBudget: sim.Budget})
		if err != nil {
			return err
		}
		r.Batches = bs.Batches
	}
	b.votes = b.votes[:0]
	for _, m := range b.members[:3] {
		b.votes = append(b.votes, protocol.Tx{Sender: m, Nonce: st.Account(m).Nonce, Cmd: protocol.Command{Kind: protocol.CmdOracleVote, RefSlot: ref, Hash: r.Hash()}})
	}
	m := b.members[0]
	b.next = &protocol.Tx{Sender: m, Nonce: st.Account(m).Nonce + 1, Cmd: protocol.Command{Kind: protocol.CmdOracleSubmit, Report: r}}
	return nil
}

// Apply applies the prepared report whole, as the chain sees it: a
// quorum's votes, then the submit — the step being measured.
func (b *Reports) Apply() error {
	if b.next == nil {
		return fmt.Errorf("bench: reports: nothing prepared")
	}
	for i := range b.votes {
		if _, err := b.st.ApplyTx(&b.votes[i]); err != nil {
			return fmt.Errorf("bench: reports: vote %d: %w", i, err)
		}
	}
	_, err := b.st.ApplyTx(b.next)
	b.next = nil
	return err
}

// Snapshot returns a chain view in which every deposited validator of the
// bench is active with 32 ETH: the input of a member's Compute at scale.
func (b *Reports) Snapshot() *oracle.Snapshot {
	deps := b.st.Deposits(0)
	snap := &oracle.Snapshot{Validators: make([]beacon.Validator, len(deps))}
	for i, d := range deps {
		snap.Validators[i] = beacon.Validator{Index: beacon.ValidatorIndex(i), Pubkey: beacon.Pubkey(d.Pubkey),
			WithdrawalCredentials: beacon.Credentials(d.WithdrawalCredentials), Balance: d.Amount, EffectiveBalance: d.Amount,
			Status: beacon.StatusActiveOngoing, ExitEpoch: beacon.FarFutureEpoch, WithdrawableEpoch: beacon.FarFutureEpoch}
	}
	return snap
}
