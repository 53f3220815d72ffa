package indexer

import (
	"fmt"

	"github.com/ethereum/go-ethereum/common"
)

func proposalKey(id uint64) []byte { return be64([]byte{kProposal}, id) }

func (t *txState) proposal(id uint64, f func(*Proposal)) error {
	v, ok, err := t.ap.w.get(proposalKey(id))
	if err != nil {
		return err
	}
	if !ok {
		return fmt.Errorf("%w: proposal %d was never made", ErrInconsistent, id)
	}
	p, err := decodeProposal(v)
	if err != nil {
		return err
	}
	f(&p)
	return t.ap.w.set(proposalKey(id), p.encode())
}

// governance applies the governance contract's events.
func (t *txState) governance(ev *Event) error {
	w := t.ap.w
	id := ev.U64("id")
	switch ev.Name {
	case "ProposalCreated":
		data, _ := ev.Args["data"].([]byte)
		p := Proposal{ID: id, Proposer: ev.Addr("proposer"), Target: ev.Addr("target"), Data: data, Block: t.pos.Block, Time: t.time}
		return w.set(proposalKey(id), p.encode())
	case "ProposalApproved":
		m := ev.Addr("member")
		return t.proposal(id, func(p *Proposal) { p.Approvals = append(p.Approvals, m) })
	case "ProposalQueued":
		return t.proposal(id, func(p *Proposal) { p.Queued, p.ReadyAt = true, ev.U64("readyAt") })
	case "ProposalExecuted":
		by := ev.Addr("executor")
		return t.proposal(id, func(p *Proposal) { p.Executed, p.ExecutedBy, p.ExecTime = true, by, t.time })
	case "CommitteeChanged", "TimingsSet":
		g, err := t.govState()
		if err != nil {
			return err
		}
		if ev.Name == "CommitteeChanged" {
			g.Members, g.Threshold = ev.U64("members"), ev.U64("threshold")
		} else {
			g.Timelock, g.Lifetime = ev.U64("timelockSeconds"), ev.U64("lifetimeSeconds")
		}
		return w.set([]byte{kGovState}, g.encode())
	}
	return nil
}

func (t *txState) govState() (GovState, error) {
	v, ok, err := t.ap.w.get([]byte{kGovState})
	if err != nil || !ok {
		return GovState{}, err
	}
	return decodeGovState(v)
}

// Proposals lists the proposals, newest first, at most limit (0: all).
func (v *View) Proposals(limit int) ([]Proposal, error) {
	var out []Proposal
	err := v.scanReverse([]byte{kProposal}, []byte{kProposal + 1}, limit, func(_, b []byte) error {
		p, err := decodeProposal(b)
		out = append(out, p)
		return err
	})
	return out, err
}

// GovState reads the committee's shape and timings (zero before any event).
func (v *View) GovState() (GovState, error) {
	b, ok, err := get(v.snap, []byte{kGovState})
	if err != nil || !ok {
		return GovState{}, err
	}
	return decodeGovState(b)
}

// Approved reports whether m approved the proposal.
func (p *Proposal) Approved(m common.Address) bool {
	for _, a := range p.Approvals {
		if a == m {
			return true
		}
	}
	return false
}
