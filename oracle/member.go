package oracle

import (
	"context"
	"errors"
	"fmt"

	"github.com/ethereum/go-ethereum/common"

	"github.com/stakepool/stakepool/beacon"
	"github.com/stakepool/stakepool/protocol"
)

// Send delivers one of a member's commands as a transaction from the
// member's address. The driver applies it at once; a node signs it and
// submits it (it may apply later: the member then acts on a later call).
// A *protocol.Error return is a rejection, anything else a failure.
type Send func(cmd protocol.Command) error

// Member is one oracle member: once per frame it computes the report for
// the frame's reference slot, votes its hash and, when the hash has
// reached quorum and nobody has submitted yet, submits the data. Between
// reports it watches for newly slashed pool validators and raises the
// alert. A Member is not safe for concurrent use.
type Member struct {
	Address protocol.Address
	// Tamper, when set, changes the report before the member votes: a
	// faulty or malicious member, for tests and simulations only.
	Tamper func(r *protocol.OracleReport)
	// SecondOpinion makes the member the pool's second-opinion oracle
	// (LIP-23) instead of a committee member: each frame it sends the
	// pool's consensus balance and withdrawal vault at the reference slot
	// (CmdSecondOpinion), which lets a loss beyond the 18-day allowance
	// through when it confirms the committee's figures. It must act before
	// the committee (first among a pool's members).
	SecondOpinion bool

	chain beacon.Chain
	cfg   Config
	keys  KeyIndex

	refSlot uint64
	report  *protocol.OracleReport
	details *Details
	hash    common.Hash
	voted   bool
	// alerted is the number of slashed pool validators when the member
	// last raised (or saw) an alert.
	alerted uint64
	// idxBuf is the snapshot's index list, kept for the next report.
	idxBuf []beacon.ValidatorIndex
}

// NewMember returns a member reading chain.
func NewMember(addr protocol.Address, chain beacon.Chain, cfg Config) (*Member, error) {
	if chain == nil {
		return nil, errors.New("oracle: member needs a chain")
	}
	if addr == (protocol.Address{}) {
		return nil, errors.New("oracle: member needs an address")
	}
	return &Member{Address: addr, chain: chain, cfg: cfg}, nil
}

// Report returns the member's report for the current frame and its
// details (nil before the member has acted in a frame).
func (m *Member) Report() (*protocol.OracleReport, *Details) { return m.report, m.details }

// Act does the member's work for the current frame: compute the report
// (on the first call in the frame, reading the chain, whose head must then
// be the reference slot), vote, and submit once the hash has a quorum.
// Calling it again in the same frame is cheap and idempotent.
func (m *Member) Act(ctx context.Context, st *protocol.State, send Send) error {
	ref, ok := st.CurrentRefSlot()
	if !ok {
		return nil
	}
	if last, ok := st.LastReport(); ok && last.RefSlot >= ref {
		return nil // processed
	}
	if m.SecondOpinion {
		return m.giveOpinion(ctx, st, ref, send)
	}
	if m.report == nil || m.refSlot != ref {
		snap, err := readSnapshot(ctx, m.chain, st.WithdrawalCredentials(), &m.idxBuf)
		if err != nil {
			return err
		}
		if uint64(snap.Slot) != ref {
			return fmt.Errorf("oracle: %s: chain head is %d, not the reference slot %d", m.Address, snap.Slot, ref)
		}
		var last uint64
		if rec, ok := st.LastReport(); ok {
			last = rec.RefSlot
		}
		if wr, ok := m.chain.(WithdrawalReader); ok {
			spe := st.Chain().SlotsPerEpoch
			from, to, _ := WithdrawalsFrame(last, ref, spe, snap.Validators)
			if snap.Withdrawals, err = ReadWithdrawals(ctx, wr, from, to, spe, snap.Validators); err != nil {
				return fmt.Errorf("oracle: %s: %w", m.Address, err)
			}
		}
		if br, ok := m.chain.(BlockReader); ok {
			from, to := ELRewardsFrame(last, ref, st.SlotsPerFrame())
			if snap.ELRewards, err = ReadELRewards(ctx, br, beacon.Address(st.ELRewardsVault()), from, to, snap.Validators); err != nil {
				return fmt.Errorf("oracle: %s: %w", m.Address, err)
			}
		}
		r, det, err := Compute(st, &m.keys, m.cfg, ref, snap)
		m.refSlot, m.details = ref, det
		if err != nil {
			m.report = nil
			return fmt.Errorf("oracle: %s: %w", m.Address, err)
		}
		if m.Tamper != nil {
			m.Tamper(r)
		}
		m.report, m.hash, m.voted = r, r.Hash(), false
	}
	if !m.voted {
		m.voted = true
		err := send(protocol.Command{Kind: protocol.CmdOracleVote, RefSlot: ref, Hash: m.hash})
		if err != nil && codeOf(err) != protocol.CodeOracleDuplicateVote {
			return fmt.Errorf("oracle: %s: vote for slot %d: %w", m.Address, ref, err)
		}
	}
	if last, ok := st.LastReport(); ok && last.RefSlot >= ref {
		return nil
	}
	if cref, h, ok := st.ConsensusHash(); ok && cref == ref && h == m.hash {
		if err := send(protocol.Command{Kind: protocol.CmdOracleSubmit, Report: m.report}); err != nil {
			return fmt.Errorf("oracle: %s: submit for slot %d: %w", m.Address, ref, err)
		}
	}
	return nil
}

// giveOpinion sends the second opinion for reference slot ref, once.
func (m *Member) giveOpinion(ctx context.Context, st *protocol.State, ref uint64, send Send) error {
	if m.refSlot == ref && m.voted {
		return nil
	}
	snap, err := readSnapshot(ctx, m.chain, st.WithdrawalCredentials(), &m.idxBuf)
	if err != nil {
		return err
	}
	if uint64(snap.Slot) != ref {
		return fmt.Errorf("oracle: %s: chain head is %d, not the reference slot %d", m.Address, snap.Slot, ref)
	}
	m.keys.Sync(st)
	var balance uint64
	for i := range snap.Validators {
		if _, _, ok := m.keys.lookupAt(i, &snap.Validators[i]); ok {
			balance += uint64(snap.Validators[i].Balance)
		}
	}
	m.refSlot, m.voted = ref, true
	err = send(protocol.Command{Kind: protocol.CmdSecondOpinion, RefSlot: ref, Count: balance, Amount: st.Account(st.Vault()).ETH})
	if err != nil {
		return fmt.Errorf("oracle: %s: second opinion for slot %d: %w", m.Address, ref, err)
	}
	return nil
}

// Watch reads the chain at its head and raises the alert when more of the
// pool's validators are slashed than the operators' scorecards (updated by
// each report) and the member's last alert account for. It does nothing
// while bunker mode already holds.
func (m *Member) Watch(ctx context.Context, st *protocol.State, send Send) error {
	if m.SecondOpinion {
		return nil
	}
	vs, err := m.chain.ValidatorsByCredentials(ctx, beacon.Credentials(st.WithdrawalCredentials()))
	if err != nil {
		return fmt.Errorf("oracle: %s: read validators: %w", m.Address, err)
	}
	m.keys.Sync(st)
	var slashed, known uint64
	for i := range vs {
		if _, _, ok := m.keys.Lookup(protocol.Pubkey(vs[i].Pubkey)); ok && vs[i].Slashed {
			slashed++
		}
	}
	for _, o := range st.OperatorStates() {
		known += o.Slashed
	}
	known = max(known, m.alerted)
	if slashed <= known {
		return nil
	}
	m.alerted = slashed
	if st.Bunker() {
		return nil
	}
	err = send(protocol.Command{Kind: protocol.CmdOracleAlert})
	if err != nil && codeOf(err) != protocol.CodeOracleDuplicateVote {
		return fmt.Errorf("oracle: %s: alert: %w", m.Address, err)
	}
	return nil
}

// codeOf is the protocol rejection code in err's chain, or "".
func codeOf(err error) protocol.Code {
	var e *protocol.Error
	if errors.As(err, &e) {
		return e.Code
	}
	return ""
}
