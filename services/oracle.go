package services

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"math/big"
	"slices"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/rpc"

	"github.com/stakepool/stakepool/beacon"
	"github.com/stakepool/stakepool/beacon/api"
	"github.com/stakepool/stakepool/contracts/bindings"
	"github.com/stakepool/stakepool/contracts/poolclient"
	"github.com/stakepool/stakepool/oracle"
)

// OracleMember is one member of the oracle committee. At each frame's
// reference slot, once it is finalized — by the beacon node's finality
// checkpoint and by the execution node's finalized block, which must hold
// the same block the beacon node names for the slot — it reads the pool at
// the reference slot's execution block (the contracts' views, by block
// hash) and the pool's validators in the reference slot's state (Beacon
// API, by the pubkeys the registry says the pool deposited, a page at a
// time, or streamed by withdrawal credentials), computes the report with
// oracle.ComputeView — the computation the simulator runs — votes for its
// hash once, and submits the data once a quorum agrees. Between reports it
// watches the pool's validators and raises the alert when one is newly
// slashed.
//
// What must not repeat is kept in the store: the report computed for a
// reference slot (a restart votes for the same report, not one recomputed
// from a queue that moved), and the vote is checked against the
// contract's ReportReceived log before it is sent, so a member restarted
// mid-frame — even with its store lost — never votes twice.
type OracleMember struct {
	name    string
	c       *Conn
	s       *sender
	beacon  *api.Client
	store   *Store
	metrics *Metrics
	log     *slog.Logger
	cfg     oracle.Config

	// ByCredentials reads the validators by streaming the whole registry
	// and keeping the pool's withdrawal credentials (instead of asking for
	// the deposited pubkeys a page at a time).
	ByCredentials bool
	// Tamper, when set, changes the report before the vote (tests: a
	// byzantine member).
	Tamper func(r *bindings.OracleReport)

	keyIndex  oracle.KeyIndex
	deposited depositedKeys
	journal   memberJournal
	agreed    map[uint64]int    // reference slot → polls that saw the quorum
	quorumAt  map[uint64]uint64 // reference slot → the block at which the member saw the quorum

	// SubmitDelay is how many blocks each member waits after the one
	// before it in the committee's list before it submits the agreed data
	// itself (default 4).
	SubmitDelay uint64
	watched     beacon.Epoch // the last epoch watched for slashings
	alerted     uint64       // slashed validators the last alert covered
}

// memberJournal is the member's store record "oracle-member".
type memberJournal struct {
	RefSlot uint64        `json:"ref_slot"`
	Hash    common.Hash   `json:"hash"`
	Report  hexutil.Bytes `json:"report"` // abi.encode of the contract's report
	Summary string        `json:"summary"`
}

// NewOracleMember is the member signing with signer, reading the beacon
// chain through beaconAPI.
func NewOracleMember(c *Conn, name string, signer TxSigner, beaconAPI *api.Client, store *Store, m *Metrics, log *slog.Logger) (*OracleMember, error) {
	if c == nil || signer == nil || beaconAPI == nil {
		return nil, errors.New("services: an oracle member needs a connection, a signer and a Beacon API")
	}
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	if store == nil {
		store, _ = OpenStore("")
	}
	log = log.With("service", name)
	s, err := newSender(name, c, signer, store, m, log)
	if err != nil {
		return nil, err
	}
	mb := &OracleMember{name: name, c: c, s: s, beacon: beaconAPI, store: store, metrics: m.or(), log: log,
		cfg: oracle.Config{ShardCommitteePeriod: beaconAPI.ShardCommitteePeriod()}, agreed: map[uint64]int{},
		quorumAt: map[uint64]uint64{}, SubmitDelay: 4}
	if _, err := store.Load("oracle-member", &mb.journal); err != nil {
		return nil, err
	}
	s.superseded = mb.submittedByAnother
	return mb, nil
}

// Name implements Service.
func (m *OracleMember) Name() string { return m.name }

// Address is the member's address.
func (m *OracleMember) Address() common.Address { return m.s.addr }

// errNotFinal says the reference slot is not final on both nodes yet.
var errNotFinal = errors.New("services: the reference slot is not finalized yet")

// Poll votes for, or submits, the current frame's report when its
// reference slot is final; between reports it watches for slashings.
func (m *OracleMember) Poll(ctx context.Context) error {
	if err := m.s.settle(ctx); err != nil {
		return ignoreBusy(err)
	}
	if err := m.nodesReady(ctx); err != nil {
		return err
	}
	cur, err := m.c.Oracle.GetCurrentRefSlot(at(ctx, nil))
	if err != nil {
		return m.c.rpcErr("read the reference slot", err)
	}
	last, err := m.c.Oracle.LastRefSlot(at(ctx, nil))
	if err != nil {
		return m.c.rpcErr("read the last report", err)
	}
	met := m.metrics
	met.oracleReportedSlot.WithLabelValues(m.name).Set(float64(last.Uint64()))
	if err := m.watch(ctx); err != nil {
		return err
	}
	if !cur.Ok {
		return nil
	}
	ref := cur.RefSlot.Uint64()
	met.oracleRefSlot.WithLabelValues(m.name).Set(float64(ref))
	if last.Uint64() >= ref {
		met.oracleWaiting.WithLabelValues(m.name).Set(0)
		return nil // this frame's report is in
	}
	block, err := m.finalBlock(ctx, ref)
	if errors.Is(err, errNotFinal) {
		met.oracleWaiting.WithLabelValues(m.name).Set(1)
		return nil
	}
	if err != nil {
		met.oracleWaiting.WithLabelValues(m.name).Set(1)
		return err
	}
	met.oracleWaiting.WithLabelValues(m.name).Set(0)
	r, hash, err := m.report(ctx, ref, block)
	if err != nil {
		return fmt.Errorf("services: %s: report for slot %d: %w", m.name, ref, err)
	}
	cons, err := m.c.Oracle.GetConsensus(at(ctx, nil))
	if err != nil {
		return m.c.rpcErr("read the consensus", err)
	}
	if cons.RefSlot.Uint64() == ref && cons.Report != ([32]byte{}) {
		if cons.Report != hash {
			if m.agreed[ref] == 0 {
				met.oracleDisagreements.WithLabelValues(m.name).Inc()
				m.log.Warn("the committee agreed on another report", "ref_slot", ref, "agreed", common.Hash(cons.Report), "mine", hash)
			}
			m.agreed[ref]++
			return nil
		}
		// one member submits: the committee's members in their list's
		// order, the i-th once SubmitDelay·i blocks passed since it saw
		// the quorum (the first at once; the next ones only should the
		// earlier be down), and only while the report is not applied
		if err := m.submitTurn(ctx, ref); err != nil {
			if errors.Is(err, errNotMyTurn) {
				return nil
			}
			return err
		}
		_, err := m.s.send(ctx, fmt.Sprintf("submit the report for slot %d", ref), func(o *bind.TransactOpts) (*types.Transaction, error) {
			return m.c.Oracle.SubmitReportData(o, *r)
		})
		if err != nil {
			return fmt.Errorf("services: %s: submit the report for slot %d: %w", m.name, ref, err)
		}
		return nil
	}
	voted, err := m.votedFor(ctx, ref, block.number)
	if err != nil {
		return err
	}
	if voted != (common.Hash{}) {
		if voted != hash {
			m.log.Warn("already voted for another report in this frame; not voting again", "ref_slot", ref, "voted", voted, "computed", hash)
		}
		met.oracleVotedSlot.WithLabelValues(m.name).Set(float64(ref))
		return nil
	}
	// the vote as a call first: a frame reported while the member
	// computed, or a vote the contract refuses, costs no transaction
	if err := m.callVote(ctx, ref, hash); err != nil {
		var de interface{ ErrorData() any }
		if errors.As(err, &de) {
			m.log.Info("the contract refuses this vote now; not voting", "ref_slot", ref, "err", err)
			return nil
		}
		return m.c.rpcErr(fmt.Sprintf("check the vote for slot %d", ref), err)
	}
	_, err = m.s.send(ctx, fmt.Sprintf("vote %s for slot %d (%s)", hash.TerminalString(), ref, m.journal.Summary),
		func(o *bind.TransactOpts) (*types.Transaction, error) {
			// the gas is set, not estimated: the vote that reaches the
			// quorum costs more than an estimate made before the other
			// members' votes landed
			o.GasLimit = 300_000
			return m.c.Oracle.SubmitReport(o, new(big.Int).SetUint64(ref), hash)
		})
	if err != nil {
		if reverted(err, "OracleDuplicateVote") {
			return nil
		}
		return fmt.Errorf("services: %s: vote for slot %d: %w", m.name, ref, err)
	}
	met.oracleVotedSlot.WithLabelValues(m.name).Set(float64(ref))
	return nil
}

// submittedByAnother says whether what (this member's transaction,
// reverted in block) was the submission of a report that the oracle had
// processed by that block: a fallback submitter whose turn came while the
// earlier member's submission was still pending loses that race, which is
// the design, not a fault.
func (m *OracleMember) submittedByAnother(ctx context.Context, what string, block *big.Int) bool {
	var ref uint64
	if n, err := fmt.Sscanf(what, "submit the report for slot %d", &ref); n != 1 || err != nil {
		return false
	}
	last, err := m.c.Oracle.LastRefSlot(at(ctx, block))
	return err == nil && last.Uint64() >= ref
}

// errNotMyTurn says another member submits the data first.
var errNotMyTurn = errors.New("services: another member's turn to submit")

// submitTurn returns nil when it is this member's turn to submit the
// data of the report agreed for ref.
func (m *OracleMember) submitTurn(ctx context.Context, ref uint64) error {
	head, err := m.c.EL.BlockNumber(ctx)
	if err != nil {
		return m.c.rpcErr("read the head", err)
	}
	seen, ok := m.quorumAt[ref]
	if !ok {
		m.quorumAt[ref], seen = head, head
	}
	members, err := m.c.Oracle.GetMembers(at(ctx, nil))
	if err != nil {
		return m.c.rpcErr("read the committee", err)
	}
	pos := slices.Index(members, m.s.addr)
	if pos < 0 {
		pos = len(members)
	}
	if head < seen+m.SubmitDelay*uint64(pos) {
		return errNotMyTurn
	}
	return nil
}

// callVote runs the vote as an eth_call at the head: nil when the
// contract would take it.
func (m *OracleMember) callVote(ctx context.Context, ref uint64, hash common.Hash) error {
	parsed, err := oracleContractABI()
	if err != nil {
		return err
	}
	data, err := parsed.Pack("submitReport", new(big.Int).SetUint64(ref), hash)
	if err != nil {
		return err
	}
	to := m.c.Addr.Oracle
	_, err = m.c.EL.CallContract(ctx, ethereum.CallMsg{From: m.s.addr, To: &to, Data: data, Gas: 300_000}, nil)
	return err
}

// nodesReady fails while a node is syncing (its state is not the chain's).
func (m *OracleMember) nodesReady(ctx context.Context) error {
	syncing, err := m.c.Syncing(ctx)
	if err != nil {
		return err
	}
	if syncing {
		return fmt.Errorf("services: %s: the execution node %s is syncing; waiting", m.name, m.c.URL)
	}
	bs, err := m.beacon.Syncing(ctx)
	if err != nil {
		return err
	}
	if bs {
		return fmt.Errorf("services: %s: the beacon node %s is syncing; waiting", m.name, m.beacon.URL())
	}
	return nil
}

// refBlock is the reference slot's execution block.
type refBlock struct {
	number uint64
	hash   common.Hash
}

// finalBlock returns the reference slot's execution block once the slot
// is final: the beacon node's finalized checkpoint is past it, and the
// execution node's finalized block is at or past that block, with the
// same hash at its height (two nodes agree that it is final). A beacon
// node that names a block the execution node does not have is an error.
func (m *OracleMember) finalBlock(ctx context.Context, ref uint64) (refBlock, error) {
	fin, err := m.beacon.FinalizedEpoch(ctx)
	if err != nil {
		return refBlock{}, err
	}
	m.metrics.oracleFinalized.WithLabelValues(m.name).Set(float64(fin))
	spe := m.beacon.SlotsPerEpoch()
	if uint64(fin)*spe <= ref {
		return refBlock{}, errNotFinal
	}
	number, hash, err := m.beacon.ExecutionBlockAt(ctx, beacon.Slot(ref))
	if err != nil {
		return refBlock{}, err
	}
	elFin, err := m.c.EL.HeaderByNumber(ctx, big.NewInt(int64(rpc.FinalizedBlockNumber)))
	if err != nil {
		return refBlock{}, m.c.rpcErr("read the finalized block", err)
	}
	if elFin.Number.Uint64() < number {
		m.log.Info("the execution node has not finalized the reference block yet", "ref_slot", ref, "block", number, "el_finalized", elFin.Number)
		return refBlock{}, errNotFinal
	}
	h, err := m.c.EL.HeaderByNumber(ctx, new(big.Int).SetUint64(number))
	if err != nil {
		return refBlock{}, m.c.rpcErr(fmt.Sprintf("read block %d", number), err)
	}
	if h.Hash() != hash {
		return refBlock{}, fmt.Errorf("services: %s: the beacon node %s says slot %d's execution block %d is %s, the execution node %s has %s: the nodes disagree on a finalized block; not reporting",
			m.name, m.beacon.URL(), ref, number, hash, m.c.URL, h.Hash())
	}
	return refBlock{number: number, hash: hash}, nil
}

// report returns the frame's report: the one stored for ref, or computed
// now and stored before anything is sent.
func (m *OracleMember) report(ctx context.Context, ref uint64, block refBlock) (*bindings.OracleReport, common.Hash, error) {
	if m.journal.RefSlot == ref && len(m.journal.Report) > 0 {
		r, err := decodeReport(m.journal.Report)
		if err != nil {
			return nil, common.Hash{}, err
		}
		return r, m.journal.Hash, nil
	}
	t0 := time.Now()
	r, det, err := m.Compute(ctx, ref, block)
	if err != nil {
		return nil, common.Hash{}, err
	}
	if m.Tamper != nil {
		m.Tamper(r)
	}
	enc, err := encodeReport(r)
	if err != nil {
		return nil, common.Hash{}, err
	}
	hash, err := reportHash(r)
	if err != nil {
		return nil, common.Hash{}, err
	}
	j := memberJournal{RefSlot: ref, Hash: hash, Report: enc, Summary: reportSummary(r)}
	if err := m.store.Save("oracle-member", &j); err != nil {
		return nil, common.Hash{}, err
	}
	m.journal = j
	m.metrics.oracleComputeSecs.WithLabelValues(m.name).Set(time.Since(t0).Seconds())
	m.metrics.oracleValidators.WithLabelValues(m.name).Set(float64(r.Validators.Uint64()))
	m.log.Info("computed the report", "ref_slot", ref, "block", block.number, "hash", hash, "report", j.Summary,
		"slashed_pending", det.SlashedPending, "missing_wei", det.Missing.Dec(), "took", time.Since(t0).Round(time.Millisecond))
	return r, hash, nil
}

// Compute reads the chain at the reference slot (the pool at block, the
// validators in the slot's state) and computes the report.
func (m *OracleMember) Compute(ctx context.Context, ref uint64, block refBlock) (*bindings.OracleReport, *oracle.Details, error) {
	spe := m.beacon.SlotsPerEpoch()
	v, err := loadChainView(ctx, m.c, block.hash, spe, &m.deposited)
	if err != nil {
		return nil, nil, err
	}
	v.from = m.s.addr
	vs, err := m.validators(ctx, beacon.Slot(ref))
	if err != nil {
		return nil, nil, err
	}
	el, wl, err := m.frameBlocks(ctx, v, ref, vs)
	if err != nil {
		return nil, nil, err
	}
	r, det, err := oracle.ComputeView(v, &m.keyIndex, m.cfg, ref, &oracle.Snapshot{Slot: beacon.Slot(ref), Validators: vs, ELRewards: el, Withdrawals: wl})
	if err != nil {
		return nil, det, err
	}
	b := toContractReport(r)
	return &b, det, nil
}

// validators reads the pool's validators in the state of slot.
func (m *OracleMember) validators(ctx context.Context, slot beacon.Slot) ([]beacon.Validator, error) {
	if m.ByCredentials {
		creds, err := m.c.Pool.WithdrawalCredentials(at(ctx, nil))
		if err != nil {
			return nil, m.c.rpcErr("read the withdrawal credentials", err)
		}
		return m.beacon.ValidatorsAt(ctx, slot, beacon.Credentials(creds))
	}
	recs := m.deposited.records
	var out []beacon.Validator
	for lo := 0; lo < len(recs); lo += validatorsPage {
		hi := min(len(recs), lo+validatorsPage)
		pks := make([][48]byte, hi-lo)
		for i := range pks {
			pks[i] = [48]byte(recs[lo+i].Pubkey)
		}
		vs, err := m.beacon.ValidatorsByPubkeys(ctx, slot, pks)
		if err != nil {
			return nil, err
		}
		out = append(out, vs...)
	}
	return out, nil
}

// validatorsPage is how many pubkeys one validators request asks for.
const validatorsPage = 1000

// votedFor is the hash this member voted for at ref, from the contract's
// ReportReceived log since the reference block (zero: no vote).
func (m *OracleMember) votedFor(ctx context.Context, ref, fromBlock uint64) (common.Hash, error) {
	it, err := m.c.Oracle.FilterReportReceived(&bind.FilterOpts{Context: ctx, Start: fromBlock},
		[]*big.Int{new(big.Int).SetUint64(ref)}, []common.Address{m.s.addr})
	if err != nil {
		return common.Hash{}, m.c.rpcErr("read the oracle's votes", err)
	}
	defer it.Close()
	var h common.Hash
	for it.Next() {
		h = it.Event.Report
	}
	if err := it.Error(); err != nil {
		return common.Hash{}, m.c.rpcErr("read the oracle's votes", err)
	}
	return h, nil
}

// watch reads the pool's validators at the head once an epoch and raises
// the alert when more are slashed than the scorecards and the last alert
// account for (while bunker mode does not already hold).
func (m *OracleMember) watch(ctx context.Context) error {
	head, err := m.beacon.HeadSlot(ctx)
	if err != nil {
		return err
	}
	epoch := beacon.Epoch(uint64(head) / m.beacon.SlotsPerEpoch())
	if epoch <= m.watched || len(m.deposited.records) == 0 {
		m.watched = max(m.watched, epoch)
		return nil
	}
	// the epoch's first slot: a state the node keeps for the epoch (the
	// head's may be gone by the time the request arrives)
	vs, err := m.validators(ctx, beacon.Slot(uint64(epoch)*m.beacon.SlotsPerEpoch()))
	if err != nil {
		return err
	}
	m.watched = epoch
	var slashed, pending, known uint64
	for i := range vs {
		if vs[i].Slashed {
			slashed++
			if vs[i].WithdrawableEpoch > epoch {
				pending++
			}
		}
	}
	m.metrics.oracleSlashed.WithLabelValues(m.name).Set(float64(pending))
	// the slashings the reports already counted, in every curated module
	// (the bonded module keeps no scorecard: its slashings count as new)
	ms, err := m.c.Modules(at(ctx, nil))
	if err != nil {
		return err
	}
	for _, md := range ms {
		if md.Kind != poolclient.ModuleCurated {
			continue
		}
		reg, err := bindings.NewOperatorRegistryCaller(md.Address, m.c.EL)
		if err != nil {
			return err
		}
		counts, err := reg.GetAllCounts(at(ctx, nil))
		if err != nil {
			return m.c.rpcErr(fmt.Sprintf("read module %d's registry", md.ID), err)
		}
		for i := range counts {
			sc, err := reg.GetScorecard(at(ctx, nil), big.NewInt(int64(i)))
			if err != nil {
				return m.c.rpcErr("read a scorecard", err)
			}
			known += sc.Slashed
		}
	}
	if slashed <= max(known, m.alerted) {
		return nil
	}
	m.alerted = slashed
	bunker, err := m.c.Oracle.Bunker(at(ctx, nil))
	if err != nil {
		return m.c.rpcErr("read bunker mode", err)
	}
	alert, err := m.c.Oracle.Alert(at(ctx, nil))
	if err != nil {
		return m.c.rpcErr("read the alert", err)
	}
	if bunker || alert {
		return nil
	}
	m.log.Warn("a pool validator was slashed: raising the alert", "slashed", slashed, "reported", known)
	_, err = m.s.send(ctx, "raise the alert", func(o *bind.TransactOpts) (*types.Transaction, error) { return m.c.Oracle.RaiseAlert(o) })
	if err != nil && !reverted(err, "OracleDuplicateVote") {
		return fmt.Errorf("services: %s: raise the alert: %w", m.name, err)
	}
	return nil
}

// reverted says whether err is a call refused with the contract's error name.
func reverted(err error, name string) bool {
	var de interface{ ErrorData() any }
	if errors.As(err, &de) {
		if s, ok := de.ErrorData().(string); ok && len(s) >= 10 {
			parsed, perr := oracleContractABI()
			if perr != nil {
				return false
			}
			e, ok := parsed.Errors[name]
			return ok && hexutil.Encode(e.ID[:4]) == s[:10]
		}
	}
	return false
}
