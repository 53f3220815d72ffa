package difftest

import (
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/holiman/uint256"
	"pgregory.net/rapid"

	"github.com/stakepool/stakepool/contracts/bindings"
	"github.com/stakepool/stakepool/contracts/deploy"
	"github.com/stakepool/stakepool/protocol"
)

// drawGovernance draws a governance step: a proposal of one of the
// model's actions (as the call the contracts' Governance makes), an
// approval, or an execution. The model validates an action when proposed
// and again when executed; the contract tries the call when proposed and
// passes its error through when executed.
func (w *world) drawGovernance(rt *rapid.T) []step {
	c := w.chain
	member := keyMember
	if rapid.IntRange(0, 9).Draw(rt, "gov-stranger") == 0 {
		member = w.user(rt, "gov-sender")
	}
	execute := func(member int, id protocol.ProposalID) step {
		return step{desc: "executeProposal", sender: member,
			tx: tx(c.Addrs[member], protocol.Command{Kind: protocol.CmdExecuteProposal, Proposal: id}),
			send: func(o *bind.TransactOpts) (*types.Transaction, error) {
				return w.gov.Execute(o, new(big.Int).SetUint64(uint64(id)))
			}}
	}
	switch rapid.IntRange(0, 5).Draw(rt, "gov-kind") {
	case 0:
		id := protocol.ProposalID(rapid.IntRange(0, w.model.ProposalCount()+1).Draw(rt, "approve-id"))
		return []step{{desc: "approveProposal", sender: member,
			tx: tx(c.Addrs[member], protocol.Command{Kind: protocol.CmdApproveProposal, Proposal: id}),
			send: func(o *bind.TransactOpts) (*types.Transaction, error) {
				return w.gov.Approve(o, new(big.Int).SetUint64(uint64(id)))
			}}}
	case 1:
		id := protocol.ProposalID(rapid.IntRange(0, w.model.ProposalCount()+1).Draw(rt, "execute-id"))
		if n := w.model.ProposalCount(); n > 0 && rapid.Bool().Draw(rt, "latest") {
			id = protocol.ProposalID(n)
		}
		return []step{execute(member, id)}
	}
	a := w.drawAction(rt)
	target, data := w.call(rt, &a)
	w.calls[uint64(w.model.ProposalCount())+1] = govCall{target: target, data: data}
	propose := step{desc: "propose " + a.Kind.String(), sender: member,
		tx:   tx(c.Addrs[member], protocol.Command{Kind: protocol.CmdPropose, Action: a}),
		send: func(o *bind.TransactOpts) (*types.Transaction, error) { return w.gov.Propose(o, target, data) }}
	if rapid.IntRange(0, 2).Draw(rt, "propose-only") == 0 {
		return []step{propose}
	}
	// The whole way: proposal, the timelock (now and then not quite), execution.
	wait := w.model.Params().TimelockSeconds + 1
	if rapid.IntRange(0, 5).Draw(rt, "too-soon") == 0 {
		wait = rapid.Uint64Range(1, wait).Draw(rt, "soon")
	}
	id := protocol.ProposalID(w.model.ProposalCount() + 1)
	return []step{propose, {desc: "wait", wait: wait}, execute(member, id)}
}

// drawAction draws one of the model's governance actions, mostly valid.
func (w *world) drawAction(rt *rapid.T) protocol.Action {
	m := w.model
	ops := m.OperatorCount()
	op := protocol.OperatorID(rapid.IntRange(0, ops).Draw(rt, "gov-operator")) // one past the last: unknown
	c := w.chain
	switch rapid.IntRange(0, 19).Draw(rt, "action") {
	case 18, 19: // the staking router: module 1's share and status (the general allocation path below 100%)
		a := protocol.Action{Kind: protocol.ActSetModule, Module: 1, Name: "curated", ShareBP: protocol.BP,
			Status: protocol.ModuleStatus(rapid.IntRange(0, 3).Draw(rt, "module-status"))}
		if rapid.IntRange(0, 3).Draw(rt, "status-active") > 0 {
			a.Status = protocol.ModuleActive
		}
		switch rapid.IntRange(0, 5).Draw(rt, "module-kind") {
		case 0:
			a.ShareBP = rapid.Uint64Range(0, protocol.BP+1).Draw(rt, "module-share")
		case 1, 2:
			a.ShareBP = rapid.Uint64Range(protocol.BP/2, protocol.BP).Draw(rt, "module-share-high")
		case 3:
			a.ModuleFeeBP = rapid.Uint64Range(0, 2).Draw(rt, "module-fee") // module 1's fees are the parameters: refused
		case 4:
			a.Module = protocol.ModuleID(rapid.IntRange(0, 3).Draw(rt, "module-id")) // 0 and 3: no such module; 2 is the bonded module
			a.Name = rapid.SampledFrom([]string{"curated", " padded", ""}).Draw(rt, "module-name")
		}
		return a
	case 0, 1, 2: // any parameter
		id := protocol.ParamID(rapid.IntRange(1, int(protocol.ParamRageQuitWindowSeconds)).Draw(rt, "param"))
		return protocol.Action{Kind: protocol.ActSetParameter, Param: id, Value: w.paramValue(rt, id)}
	case 14, 15, 16, 17: // the veto's parameters (VetoEscrow.setParams): 4 of 31, so drawn on their own too
		id := protocol.ParamID(rapid.IntRange(int(protocol.ParamVetoFirstSealBP), int(protocol.ParamRageQuitWindowSeconds)).Draw(rt, "veto-param"))
		return protocol.Action{Kind: protocol.ActSetParameter, Param: id, Value: w.paramValue(rt, id)}
	case 3:
		name := rapid.SampledFrom([]string{"new operator", " padded", "", "x"}).Draw(rt, "operator-name")
		reward := c.Addrs[rapid.SampledFrom([]int{keyOperator0, keyOperator0 + 1, keyOperator0 + 2, keyUser0}).Draw(rt, "operator-reward")]
		if rapid.IntRange(0, 5).Draw(rt, "zero-reward") == 0 {
			reward = common.Address{}
		}
		return protocol.Action{Kind: protocol.ActAddOperator, Name: name, Address: reward}
	case 4:
		return protocol.Action{Kind: protocol.ActSetOperatorLimit, Operator: op, Limit: rapid.Uint64Range(0, 12).Draw(rt, "limit")}
	case 5:
		return protocol.Action{Kind: protocol.ActSetOperatorActive, Operator: op, Active: rapid.Bool().Draw(rt, "active")}
	case 6:
		var max, per uint256.Int
		switch rapid.IntRange(0, 3).Draw(rt, "stake-limit-kind") {
		case 0: // no limit (or a refill without one: refused)
			per.SetUint64(rapid.Uint64Range(0, 1).Draw(rt, "per-without-max"))
		case 1: // out of range
			max.Lsh(uint256.NewInt(1), 96)
			per.SetUint64(1)
		default:
			max.Mul(uint256.NewInt(rapid.Uint64Range(1, 500).Draw(rt, "max-eth")), uint256.NewInt(1e18))
			per.Mul(uint256.NewInt(rapid.Uint64Range(0, 600).Draw(rt, "per-eth")), uint256.NewInt(1e18))
		}
		return protocol.Action{Kind: protocol.ActSetStakingLimit, Value: max, Value2: per}
	case 7:
		return protocol.Action{Kind: protocol.ActPauseStaking}
	case 8:
		return protocol.Action{Kind: protocol.ActResumeStaking}
	case 9: // the committee: the member stays (now and then with a user), or a bad one
		members := []common.Address{c.Addrs[keyMember]}
		if rapid.Bool().Draw(rt, "add-member") {
			members = append(members, c.Addrs[w.user(rt, "new-member")])
		}
		thr := uint32(rapid.IntRange(0, len(members)+1).Draw(rt, "threshold"))
		if rapid.IntRange(0, 2).Draw(rt, "threshold-one") > 0 {
			thr = 1
		}
		return protocol.Action{Kind: protocol.ActSetCommittee, Members: members, Threshold: thr}
	case 10: // the oracle committee: some of the members' keys and perhaps a user
		var members []common.Address
		for i := 0; i < 3; i++ {
			if rapid.IntRange(0, 3).Draw(rt, "keep-oracle") > 0 {
				members = append(members, c.Addrs[keyOracle0+i])
			}
		}
		if rapid.IntRange(0, 3).Draw(rt, "oracle-user") == 0 {
			members = append(members, c.Addrs[w.user(rt, "oracle-user-key")])
		}
		q := uint32(len(members)/2 + 1)
		if rapid.IntRange(0, 4).Draw(rt, "bad-quorum") == 0 {
			q = uint32(rapid.IntRange(0, len(members)+1).Draw(rt, "quorum"))
		}
		return protocol.Action{Kind: protocol.ActSetOracleCommittee, Members: members, Threshold: q}
	case 11:
		return protocol.Action{Kind: protocol.ActSetTargetLimit, Operator: op, Mode: uint8(rapid.IntRange(0, 3).Draw(rt, "target-mode")),
			Limit: rapid.Uint64Range(0, 6).Draw(rt, "target-limit")}
	case 12:
		a := protocol.Action{Kind: protocol.ActSetSecondOpinion}
		if rapid.IntRange(0, 3).Draw(rt, "no-second-opinion") > 0 {
			a.Address = c.Addrs[w.user(rt, "second-opinion")]
		}
		return a
	}
	ins := m.SharesOf(m.Insurance()).ToBig()
	v := part(rt, "cover", ins)
	if rapid.IntRange(0, 5).Draw(rt, "cover-too-much") == 0 {
		v.Add(ins, big.NewInt(1))
	}
	return protocol.Action{Kind: protocol.ActRequestCover, Value: u256(v)}
}

// paramValue draws a value for a parameter: the current one moved a
// little, a bound, or just outside one.
func (w *world) paramValue(rt *rapid.T, id protocol.ParamID) uint256.Int {
	p := w.model.Params()
	cur, _ := p.Value(id)
	var v uint256.Int
	switch rapid.IntRange(0, 5).Draw(rt, "value-kind") {
	case 0:
		v.SetUint64(rapid.Uint64Range(0, 2).Draw(rt, "small"))
	case 1: // far out of every range, but within the field on chain
		switch id {
		case protocol.ParamDustFloor:
			v.SetAllOne().Rsh(&v, 128) // 2^128 − 1: the largest dust floor
		case protocol.ParamMinWithdrawal, protocol.ParamMaxWithdrawal:
			v.Lsh(uint256.NewInt(1), 80) // refused
		default:
			v.SetUint64(rapid.SampledFrom([]uint64{10_001, 1<<16 + 1, 1<<20 + 1, 1<<32 + 1, 1 << 63, 1<<64 - 1}).Draw(rt, "big"))
		}
	default: // around the current value
		d := uint256.NewInt(rapid.Uint64Range(0, 3).Draw(rt, "delta"))
		if cur.Gt(uint256.NewInt(1e6)) {
			d.Mul(d, new(uint256.Int).Div(&cur, uint256.NewInt(4)))
		}
		if rapid.Bool().Draw(rt, "down") && !cur.Lt(d) {
			v.Sub(&cur, d)
		} else {
			v.Add(&cur, d)
		}
	}
	return v
}

// call is the Governance call that does action a: its target and data.
func (w *world) call(rt *rapid.T, a *protocol.Action) (common.Address, []byte) {
	pack := func(md *bind.MetaData, method string, args ...any) []byte {
		parsed, err := md.GetAbi()
		if err != nil {
			rt.Fatal(err)
		}
		data, err := parsed.Pack(method, args...)
		if err != nil {
			rt.Fatalf("packing %s: %v", method, err)
		}
		return data
	}
	big64 := func(v uint64) *big.Int { return new(big.Int).SetUint64(v) }
	switch a.Kind {
	case protocol.ActSetParameter:
		p := w.model.Params()
		if !setParam(&p, a.Param, &a.Value) {
			// Out of the field: no call can carry it; the model refuses it
			// and so does the contract, given the largest value of the field.
			a.Value.SetUint64(1<<64 - 1)
			setParam(&p, a.Param, &a.Value)
		}
		switch a.Param.Home() {
		case protocol.HomeOracle:
			return w.a.Oracle, pack(bindings.OracleMetaData, "setParams", deploy.OracleParams(&p))
		case protocol.HomeSanity:
			return w.a.SanityChecker, pack(bindings.SanityCheckerMetaData, "setLimits", deploy.SanityLimits(&p))
		case protocol.HomePool:
			return w.a.Pool, pack(bindings.PoolMetaData, "setParams", deploy.PoolParams(&p))
		case protocol.HomeGovernance:
			return w.a.Governance, pack(bindings.GovernanceMetaData, "setTimings", p.TimelockSeconds, p.ProposalLifetimeSeconds)
		case protocol.HomeQueue:
			return w.a.WithdrawalQueue, pack(bindings.WithdrawalQueueMetaData, "setWithdrawalBounds", p.MinWithdrawal.ToBig(), p.MaxWithdrawal.ToBig())
		case protocol.HomeVeto:
			return w.a.VetoEscrow, pack(bindings.VetoEscrowMetaData, "setParams", vetoParams(&p))
		}
	case protocol.ActAddOperator:
		return w.a.Registry, pack(bindings.OperatorRegistryMetaData, "addNodeOperator", a.Name, a.Address)
	case protocol.ActSetOperatorLimit:
		return w.a.Registry, pack(bindings.OperatorRegistryMetaData, "setNodeOperatorLimit", big64(uint64(a.Operator)), a.Limit)
	case protocol.ActSetOperatorActive:
		return w.a.Registry, pack(bindings.OperatorRegistryMetaData, "setNodeOperatorActive", big64(uint64(a.Operator)), a.Active)
	case protocol.ActSetStakingLimit:
		return w.a.Pool, pack(bindings.PoolMetaData, "setStakingLimit", a.Value.ToBig(), a.Value2.ToBig())
	case protocol.ActPauseStaking:
		return w.a.Pool, pack(bindings.PoolMetaData, "pauseStaking")
	case protocol.ActResumeStaking:
		return w.a.Pool, pack(bindings.PoolMetaData, "resumeStaking")
	case protocol.ActSetCommittee:
		return w.a.Governance, pack(bindings.GovernanceMetaData, "setCommittee", a.Members, a.Threshold)
	case protocol.ActSetOracleCommittee:
		return w.a.Oracle, pack(bindings.OracleMetaData, "setCommittee", a.Members, big64(uint64(a.Threshold)))
	case protocol.ActSetTargetLimit:
		return w.a.Registry, pack(bindings.OperatorRegistryMetaData, "setTargetLimit", big64(uint64(a.Operator)), a.Mode, a.Limit)
	case protocol.ActSetSecondOpinion:
		return w.a.SanityChecker, pack(bindings.SanityCheckerMetaData, "setSecondOpinionOracle", a.Address)
	case protocol.ActRequestCover:
		return w.a.Burner, pack(bindings.BurnerMetaData, "requestCoverFromInsurance", a.Value.ToBig())
	case protocol.ActSetModule:
		return w.a.StakingRouter, pack(bindings.StakingRouterMetaData, "setStakingModule", big64(uint64(a.Module)), a.Name,
			big64(a.ShareBP), big64(a.ModuleFeeBP), big64(a.TreasuryFeeBP), big64(uint64(a.Status)))
	}
	rt.Fatalf("no call for action %s", a.Kind)
	return common.Address{}, nil
}

// setParam sets one parameter in p without validating; false when the
// value does not fit the parameter's field on chain (64 bits, or 128 for
// the dust floor).
func setParam(p *protocol.Params, id protocol.ParamID, v *uint256.Int) bool {
	if !v.IsUint64() && id != protocol.ParamDustFloor && id != protocol.ParamMinWithdrawal && id != protocol.ParamMaxWithdrawal {
		return false
	}
	u := v.Uint64()
	switch id {
	case protocol.ParamFeeBP:
		p.FeeBP = u
	case protocol.ParamReserveTargetBP:
		p.ReserveTargetBP = u
	case protocol.ParamDustFloor:
		if v.BitLen() > 128 {
			return false
		}
		p.DustFloor = *v
	case protocol.ParamMaxDepositsPerBlock:
		p.MaxDepositsPerBlock = u
	case protocol.ParamTimelockSeconds:
		p.TimelockSeconds = u
	case protocol.ParamProposalLifetimeSeconds:
		p.ProposalLifetimeSeconds = u
	case protocol.ParamTreasuryFeeShareBP:
		p.TreasuryFeeShareBP = u
	case protocol.ParamOperatorsFeeShareBP:
		p.OperatorsFeeShareBP = u
	case protocol.ParamInsuranceFeeShareBP:
		p.InsuranceFeeShareBP = u
	case protocol.ParamEpochsPerFrame:
		p.EpochsPerFrame = u
	case protocol.ParamAnnualIncreaseBP:
		p.AnnualIncreaseBP = u
	case protocol.ParamInitialSlashingPWei:
		p.InitialSlashingPWei = u
	case protocol.ParamInactivityPenaltiesPWei:
		p.InactivityPenaltiesPWei = u
	case protocol.ParamSecondOpinionErrorBP:
		p.SecondOpinionErrorBP = u
	case protocol.ParamAppearedEthPerDay:
		p.AppearedEthPerDay = u
	case protocol.ParamExitedEthPerDay:
		p.ExitedEthPerDay = u
	case protocol.ParamValidatorWeight01Eth:
		p.ValidatorWeight01Eth = u
	case protocol.ParamValidatorWeight02Eth:
		p.ValidatorWeight02Eth = u
	case protocol.ParamMaxPositiveRebase:
		p.MaxPositiveRebase = u
	case protocol.ParamSimulatedShareRateDeviationBP:
		p.SimulatedShareRateDeviationBP = u
	case protocol.ParamRequestTimestampMargin:
		p.RequestTimestampMargin = u
	case protocol.ParamMaxExitRequests:
		p.MaxExitRequests = u
	case protocol.ParamExitDeadlineSlots:
		p.ExitDeadlineSlots = u
	case protocol.ParamStuckPenaltyDelay:
		p.StuckPenaltyDelay = u
	case protocol.ParamInstantWithdrawalBP:
		p.InstantWithdrawalBP = u
	case protocol.ParamMinWithdrawal:
		if v.BitLen() > 96 {
			return false
		}
		p.MinWithdrawal = *v
	case protocol.ParamMaxWithdrawal:
		if v.BitLen() > 96 {
			return false
		}
		p.MaxWithdrawal = *v
	case protocol.ParamVetoFirstSealBP:
		p.VetoFirstSealBP = u
	case protocol.ParamVetoSecondSealBP:
		p.VetoSecondSealBP = u
	case protocol.ParamVetoMaxExtensionSeconds:
		p.VetoMaxExtensionSeconds = u
	case protocol.ParamRageQuitWindowSeconds:
		p.RageQuitWindowSeconds = u
	default:
		panic(fmt.Sprintf("parameter %d", id))
	}
	return true
}

// vetoParams are the escrow's part of the rules (values that do not fit
// the contract's fields are cut; the contract refuses them, as the model).
func vetoParams(p *protocol.Params) bindings.VetoEscrowParams {
	return bindings.VetoEscrowParams{
		FirstSealBP: uint16(min(p.VetoFirstSealBP, 1<<16-1)), SecondSealBP: uint16(min(p.VetoSecondSealBP, 1<<16-1)),
		MaxExtensionSeconds: uint32(min(p.VetoMaxExtensionSeconds, 1<<32-1)), RageQuitWindowSeconds: uint32(min(p.RageQuitWindowSeconds, 1<<32-1)),
	}
}

// paramEvent renders the event the contract that holds parameter id emits
// when it is set (from the model's parameters after the change).
func (w *world) paramEvent(id protocol.ParamID) string {
	p := w.model.Params()
	switch id.Home() {
	case protocol.HomeOracle:
		return ev("Oracle", "OracleParamsSet")
	case protocol.HomeSanity:
		return ev("SanityChecker", "SanityLimitsSet")
	case protocol.HomePool:
		pp := deploy.PoolParams(&p)
		return ev("Pool", "PoolParamsSet", pp.DustFloor, big.NewInt(int64(pp.ReserveTargetBP)), big.NewInt(int64(pp.InstantWithdrawalBP)), big.NewInt(int64(pp.MaxDepositsPerBlock)))
	case protocol.HomeGovernance:
		return ev("Governance", "TimingsSet", u64big(p.TimelockSeconds), u64big(p.ProposalLifetimeSeconds))
	case protocol.HomeVeto:
		vp := vetoParams(&p)
		return ev("VetoEscrow", "VetoParamsSet", u64big(uint64(vp.FirstSealBP)), u64big(uint64(vp.SecondSealBP)),
			u64big(uint64(vp.MaxExtensionSeconds)), u64big(uint64(vp.RageQuitWindowSeconds)))
	}
	return ev("WithdrawalQueue", "WithdrawalBoundsSet", p.MinWithdrawal.ToBig(), p.MaxWithdrawal.ToBig())
}

var _ = abi.Arguments{}
