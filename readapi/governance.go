package readapi

import (
	"fmt"
	"net/http"
	"strings"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"

	"github.com/stakepool/stakepool/contracts/bindings"
)

// describeCall names a proposal's target and decodes its call by the
// target's ABI ("setStakingLimit(max=…, perBlock=…)").
func (s *Server) describeCall(target common.Address, data []byte) (string, string) {
	a := s.k.a
	var name string
	var md *bind.MetaData
	switch target {
	case a.Pool:
		name, md = "Pool", bindings.PoolMetaData
	case a.WstETH:
		name, md = "WstETH", bindings.WstETHMetaData
	case a.WithdrawalQueue:
		name, md = "WithdrawalQueue", bindings.WithdrawalQueueMetaData
	case a.Registry:
		name, md = "OperatorRegistry", bindings.OperatorRegistryMetaData
	case a.Governance:
		name, md = "Governance", bindings.GovernanceMetaData
	case a.Oracle:
		name, md = "Oracle", bindings.OracleMetaData
	case a.VetoEscrow:
		name, md = "VetoEscrow", bindings.VetoEscrowMetaData
	case a.GateSeal:
		name, md = "GateSeal", bindings.GateSealMetaData
	default:
		return "", ""
	}
	parsed, err := md.GetAbi()
	if err != nil || len(data) < 4 {
		return name, ""
	}
	m, err := parsed.MethodById(data[:4])
	if err != nil {
		return name, ""
	}
	vals, err := m.Inputs.Unpack(data[4:])
	if err != nil {
		return name, m.Name + "(…)"
	}
	args := make([]string, len(vals))
	for i, v := range vals {
		args[i] = m.Inputs[i].Name + "=" + formatArg(m.Inputs[i].Type, v)
	}
	return name, m.Name + "(" + strings.Join(args, ", ") + ")"
}

func formatArg(t abi.Type, v any) string {
	switch x := v.(type) {
	case common.Address:
		return x.Hex()
	case []byte:
		return hexutil.Encode(x)
	}
	return fmt.Sprint(v)
}

func (s *Server) governance(w http.ResponseWriter, r *http.Request) {
	cs, ok := s.ready(w)
	if !ok {
		return
	}
	v, ok := s.view(w)
	if !ok {
		return
	}
	defer v.Close()
	props, err := v.Proposals(200)
	if err != nil {
		writeError(w, http.StatusInternalServerError, CodeInternal, err.Error())
		return
	}
	g := cs.Gov
	out := Governance{Address: s.k.a.Governance.Hex(), Members: []string{}, Threshold: g.Threshold, Timelock: g.Timelock,
		Lifetime: g.Lifetime, Proposals: []Proposal{}}
	if out.VetoEscrow, err = vetoEscrowDoc(s.k.a.VetoEscrow, cs.Escrow, cs, v); err != nil {
		writeError(w, http.StatusInternalServerError, CodeInternal, err.Error())
		return
	}
	if out.Pause, err = pauseDoc(s.k.a, &cs.Pause, cs.Time, v); err != nil {
		writeError(w, http.StatusInternalServerError, CodeInternal, err.Error())
		return
	}
	members := map[common.Address]bool{}
	for _, m := range g.Members {
		out.Members = append(out.Members, m.Hex())
		members[m] = true
	}
	for i := range props {
		p := &props[i]
		name, call := s.describeCall(p.Target, p.Data)
		d := Proposal{ID: p.ID, Proposer: p.Proposer.Hex(), Target: p.Target.Hex(), TargetName: name, Call: call,
			Data: hexutil.Encode(p.Data), Block: p.Block, Time: p.Time, Approvals: []string{}}
		for _, a := range p.Approvals {
			d.Approvals = append(d.Approvals, a.Hex())
		}
		switch {
		case p.Executed:
			d.Status, d.ExecutedBy, d.ExecutedAt, d.ReadyAt = "executed", p.ExecutedBy.Hex(), p.ExecTime, p.ReadyAt
		case p.Queued && cs.Time >= p.ReadyAt:
			d.Status, d.ReadyAt = "ready", p.ReadyAt
		case p.Queued:
			d.Status, d.ReadyAt = "queued", p.ReadyAt
		case cs.Time > p.Time+g.Lifetime:
			d.Status = "expired"
		default:
			d.Status, d.ExpiresAt = "open", p.Time+g.Lifetime
		}
		out.Proposals = append(out.Proposals, d)
	}
	writeJSON(w, http.StatusOK, out)
}
