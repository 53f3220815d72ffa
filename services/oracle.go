package services

import (
	"bytes"
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"log/slog"
	"math/big"
	"slices"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/stakepool/stakepool/beacon"
	"github.com/stakepool/stakepool/beacon/api"
	"github.com/stakepool/stakepool/contracts/bindings"
)

// OracleMember is one member of the oracle committee. At each frame's
// reference slot, once its state is finalized, it reads the pool's
// validators there (Beacon API, by the pool's withdrawal credentials), the
// vaults' balances at the reference slot's execution block, the registry's
// keys and counts and the withdrawal queue, builds the report, votes for
// its hash, and submits the data once a quorum agrees. (The validators are
// read by the pubkeys the registry says the pool deposited: a member need
// not read the whole registry.)
//
// The report's fields: validators and their balance; each operator's
// exited count (validators whose exit epoch has come); the vault balances;
// bunker mode (a pool validator slashed and not yet withdrawable, or the
// consensus side below the last report's plus 32 ETH per new validator);
// exit requests when the queue needs more than the buffer and the vaults
// hold (one validator per 32 ETH short, from the operator with the most
// active validators not yet asked, lowest id on ties); and the last request
// the contract would finalize, found by simulating submitReportData with
// eth_call (the members' hashes agree; the contract's own arithmetic
// decides). Scorecards stay empty: the Beacon API has no duty counters.
type OracleMember struct {
	name   string
	c      *Conn
	s      *sender
	beacon *api.Client
	log    *slog.Logger

	abi      *abi.ABI
	keyOwner map[[48]byte][2]uint64 // pubkey → (operator, key index), for deposited keys
	known    []uint64               // deposited keys read per operator
	voted    map[uint64]common.Hash // reference slot → hash voted
	agreed   map[uint64]int         // reference slot → polls that saw the quorum
	reports  map[uint64]*bindings.OracleReport
}

// Storage slots of the Oracle contract read by the simulation
// (contracts/artifacts/Oracle.json's storage layout).
const (
	oracleVoteSlot  = 9
	oracleConsensus = 11
)

// NewOracleMember is the member signing with key, reading the beacon chain
// through beaconAPI.
func NewOracleMember(c *Conn, name string, key *ecdsa.PrivateKey, beaconAPI *api.Client, log *slog.Logger) (*OracleMember, error) {
	if c == nil || key == nil || beaconAPI == nil {
		return nil, errors.New("services: an oracle member needs a connection, a key and a Beacon API")
	}
	parsed, err := bindings.OracleMetaData.GetAbi()
	if err != nil {
		return nil, err
	}
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	log = log.With("service", name)
	return &OracleMember{name: name, c: c, s: newSender(c, key, log), beacon: beaconAPI, log: log, abi: parsed,
		keyOwner: map[[48]byte][2]uint64{}, voted: map[uint64]common.Hash{}, agreed: map[uint64]int{},
		reports: map[uint64]*bindings.OracleReport{}}, nil
}

// Name implements Service.
func (m *OracleMember) Name() string { return m.name }

// Poll votes for, or submits, the current frame's report when its
// reference slot is final.
func (m *OracleMember) Poll(ctx context.Context) error {
	if err := m.s.settle(ctx); err != nil {
		return ignoreBusy(err)
	}
	cur, err := m.c.Oracle.GetCurrentRefSlot(at(ctx, nil))
	if err != nil {
		return fmt.Errorf("services: %s: read the reference slot: %w", m.name, err)
	}
	if !cur.Ok {
		return nil
	}
	ref := cur.RefSlot.Uint64()
	last, err := m.c.Oracle.LastRefSlot(at(ctx, nil))
	if err != nil {
		return fmt.Errorf("services: %s: read the last report: %w", m.name, err)
	}
	if last.Uint64() >= ref {
		return nil // this frame's report is in
	}
	fin, err := m.beacon.FinalizedEpoch(ctx)
	if err != nil {
		return fmt.Errorf("services: %s: %w", m.name, err)
	}
	spe := m.beacon.SlotsPerEpoch()
	if uint64(fin)*spe <= ref {
		return nil // the reference slot is not final yet: wait
	}
	// the report is computed once for its reference slot: the one voted
	// for is the one submitted (the queue may grow meanwhile)
	r := m.reports[ref]
	if r == nil {
		var err error
		if r, err = m.compute(ctx, ref); err != nil {
			return fmt.Errorf("services: %s: report for slot %d: %w", m.name, ref, err)
		}
		for s := range m.reports {
			delete(m.reports, s)
		}
		m.reports[ref] = r
	}
	hash, err := m.hash(r)
	if err != nil {
		return err
	}
	cons, err := m.c.Oracle.GetConsensus(at(ctx, nil))
	if err != nil {
		return fmt.Errorf("services: %s: read the consensus: %w", m.name, err)
	}
	opts, err := m.s.opts(ctx)
	if err != nil {
		return err
	}
	if cons.RefSlot.Uint64() == ref && cons.Report != ([32]byte{}) {
		if cons.Report != hash {
			m.log.Warn("the committee agreed on another report", "ref_slot", ref, "agreed", common.Hash(cons.Report), "mine", hash)
			return nil
		}
		// one member submits: the first in the committee's list at the
		// first poll that sees the quorum, any member from the next on
		// (should the first be down)
		m.agreed[ref]++
		if m.agreed[ref] == 1 {
			members, err := m.c.Oracle.GetMembers(at(ctx, nil))
			if err != nil {
				return fmt.Errorf("services: %s: read the committee: %w", m.name, err)
			}
			if len(members) > 0 && members[0] != m.s.addr {
				return nil
			}
		}
		tx, err := m.c.Oracle.SubmitReportData(opts, *r)
		if err != nil {
			return fmt.Errorf("services: %s: submit the report for slot %d: %w", m.name, ref, err)
		}
		m.s.sent(tx, fmt.Sprintf("report data for slot %d", ref))
		return nil
	}
	if m.voted[ref] == hash {
		return nil
	}
	// the gas is set, not estimated: the vote that reaches the quorum costs
	// more than the estimate made before the other members' votes landed
	opts.GasLimit = 300_000
	tx, err := m.c.Oracle.SubmitReport(opts, new(big.Int).SetUint64(ref), hash)
	if err != nil {
		if reverted(err, "OracleDuplicateVote") {
			m.voted[ref] = hash // voted before a restart
			return nil
		}
		return fmt.Errorf("services: %s: vote for slot %d: %w", m.name, ref, err)
	}
	m.voted[ref] = hash
	m.s.sent(tx, fmt.Sprintf("vote %s for slot %d (%s validators, %s gwei, finalize up to %s, %d exit requests)",
		hash.TerminalString(), ref, r.Validators, r.BalanceGwei, r.FinalizeUpTo, len(r.ExitRequests)))
	return nil
}

// reverted says whether err is a call refused with the contract's error name.
func reverted(err error, name string) bool {
	var de interface{ ErrorData() any }
	if errors.As(err, &de) {
		if s, ok := de.ErrorData().(string); ok && len(s) >= 10 {
			return selectorOf(name) == s[:10]
		}
	}
	return false
}

var oracleErrors = func() map[string]string {
	out := map[string]string{}
	parsed, err := bindings.OracleMetaData.GetAbi()
	if err != nil {
		return out
	}
	for n, e := range parsed.Errors {
		out[n] = hexutil.Encode(e.ID[:4])
	}
	return out
}()

func selectorOf(name string) string { return oracleErrors[name] }

// hash is keccak256(abi.encode(report)), the hash members vote on.
func (m *OracleMember) hash(r *bindings.OracleReport) (common.Hash, error) {
	b, err := abi.Arguments{m.abi.Methods["submitReportData"].Inputs[0]}.Pack(*r)
	if err != nil {
		return common.Hash{}, fmt.Errorf("services: %s: encode the report: %w", m.name, err)
	}
	return crypto.Keccak256Hash(b), nil
}

// compute builds the report for ref.
func (m *OracleMember) compute(ctx context.Context, ref uint64) (*bindings.OracleReport, error) {
	head := at(ctx, nil)
	counts, err := m.c.Registry.GetAllCounts(head)
	if err != nil {
		return nil, fmt.Errorf("read the registry: %w", err)
	}
	if err := m.learnKeys(ctx, counts); err != nil {
		return nil, err
	}
	// the pool's deposited keys, read from the reference slot's state
	pubkeys := make([][48]byte, 0, len(m.keyOwner))
	for pk := range m.keyOwner {
		pubkeys = append(pubkeys, pk)
	}
	slices.SortFunc(pubkeys, func(a, b [48]byte) int { return bytes.Compare(a[:], b[:]) })
	vs, err := m.beacon.ValidatorsByPubkeys(ctx, beacon.Slot(ref), pubkeys)
	if err != nil {
		return nil, err
	}
	number, _, err := m.beacon.ExecutionBlockAt(ctx, beacon.Slot(ref))
	if err != nil {
		return nil, err
	}
	elBlock := new(big.Int).SetUint64(number)
	wv, err := m.c.EL.BalanceAt(ctx, m.c.Addr.WithdrawalVault, elBlock)
	if err != nil {
		return nil, fmt.Errorf("read the withdrawal vault: %w", err)
	}
	ev, err := m.c.EL.BalanceAt(ctx, m.c.Addr.ELRewardsVault, elBlock)
	if err != nil {
		return nil, fmt.Errorf("read the rewards vault: %w", err)
	}
	epoch := beacon.Epoch(ref / m.beacon.SlotsPerEpoch())
	r := &bindings.OracleReport{RefSlot: new(big.Int).SetUint64(ref), WithdrawalVault: wv, ElRewardsVault: ev,
		Exited: []bindings.OracleOperatorCount{}, ExitRequests: []bindings.OracleOperatorCount{}, Stats: []bindings.OracleOperatorStats{}}
	exited := make([]uint64, len(counts))
	active := make([]uint64, len(counts)) // seen, not exiting
	var n, balance uint64
	slashedPending := false
	for i := range vs {
		v := &vs[i]
		own, ok := m.keyOwner[v.Pubkey]
		if !ok {
			continue // a deposit not the pool's, or not yet known as deposited
		}
		n++
		balance += uint64(v.Balance)
		if v.ExitEpoch <= epoch {
			exited[own[0]]++
		} else if v.ExitEpoch == beacon.FarFutureEpoch {
			active[own[0]]++
		}
		if v.Slashed && v.WithdrawableEpoch > epoch {
			slashedPending = true
		}
	}
	r.Validators = new(big.Int).SetUint64(n)
	r.BalanceGwei = new(big.Int).SetUint64(balance)
	for op, e := range exited {
		if e > uint64(counts[op].Exited) {
			r.Exited = append(r.Exited, bindings.OracleOperatorCount{Operator: big.NewInt(int64(op)), Count: new(big.Int).SetUint64(e)})
		}
	}
	stat, err := m.c.Pool.GetBeaconStat(head)
	if err != nil {
		return nil, fmt.Errorf("read the beacon stat: %w", err)
	}
	// bunker: a loss on the consensus side, or a slashing still running
	pre := new(big.Int).Mul(new(big.Int).Sub(r.Validators, clValidatorsOf(stat)), depositSize)
	pre.Add(pre, clBalanceOf(stat))
	seen := new(big.Int).Mul(r.BalanceGwei, big.NewInt(1e9))
	seen.Add(seen, wv)
	r.Bunker = slashedPending || seen.Cmp(pre) < 0
	if err := m.finalization(ctx, r); err != nil {
		return nil, err
	}
	if err := m.exitRequests(ctx, r, counts, active); err != nil {
		return nil, err
	}
	return r, nil
}

func clValidatorsOf(stat struct {
	DepositedValidators *big.Int
	BeaconValidators    *big.Int
	BeaconBalance       *big.Int
}) *big.Int {
	return stat.BeaconValidators
}

func clBalanceOf(stat struct {
	DepositedValidators *big.Int
	BeaconValidators    *big.Int
	BeaconBalance       *big.Int
}) *big.Int {
	return stat.BeaconBalance
}

// learnKeys reads the pubkeys of keys deposited since the last call.
func (m *OracleMember) learnKeys(ctx context.Context, counts []bindings.OperatorRegistryCounts) error {
	for len(m.known) < len(counts) {
		m.known = append(m.known, 0)
	}
	for op, k := range counts {
		for i := m.known[op]; i < uint64(k.Deposited); i++ {
			r, err := m.c.Registry.GetSigningKey(at(ctx, nil), big.NewInt(int64(op)), new(big.Int).SetUint64(i))
			if err != nil {
				return fmt.Errorf("read operator %d's key %d: %w", op, i, err)
			}
			if len(r.Pubkey) == 48 {
				m.keyOwner[[48]byte(r.Pubkey)] = [2]uint64{uint64(op), i}
			}
		}
		m.known[op] = uint64(k.Deposited)
	}
	return nil
}

// accepts says whether the contract would apply r now (submitReportData
// simulated with the committee's agreement on r set in the call's state).
func (m *OracleMember) accepts(ctx context.Context, r *bindings.OracleReport) (bool, error) {
	hash, err := m.hash(r)
	if err != nil {
		return false, err
	}
	data, err := m.abi.Pack("submitReportData", *r)
	if err != nil {
		return false, err
	}
	slot := func(n int64) string { return common.BigToHash(big.NewInt(n)).Hex() }
	override := map[common.Address]map[string]any{m.c.Addr.Oracle: {"stateDiff": map[string]string{
		slot(oracleVoteSlot): common.BigToHash(r.RefSlot).Hex(), slot(oracleConsensus): hash.Hex()}}}
	call := map[string]any{"from": m.s.addr, "to": m.c.Addr.Oracle, "data": hexutil.Bytes(data), "gas": hexutil.Uint64(30_000_000)}
	var out hexutil.Bytes
	err = m.c.RPC.CallContext(ctx, &out, "eth_call", call, "latest", override)
	if err == nil {
		return true, nil
	}
	var de interface{ ErrorData() any }
	if errors.As(err, &de) || errors.Is(err, ethereum.NotFound) {
		return false, nil
	}
	if re, ok := err.(interface{ ErrorCode() int }); ok && re.ErrorCode() == 3 {
		return false, nil // execution reverted
	}
	return false, fmt.Errorf("simulate the report: %w", err)
}

// finalization sets r.FinalizeUpTo to the last request the contract would
// finalize with this report (requests are FIFO and each needs more of
// the budget, so acceptance is monotone: a binary search).
func (m *OracleMember) finalization(ctx context.Context, r *bindings.OracleReport) error {
	lastFin, err := m.c.Queue.GetLastFinalizedRequestId(at(ctx, nil))
	if err != nil {
		return fmt.Errorf("read the queue: %w", err)
	}
	lastReq, err := m.c.Queue.GetLastRequestId(at(ctx, nil))
	if err != nil {
		return fmt.Errorf("read the queue: %w", err)
	}
	r.FinalizeUpTo = new(big.Int).Set(lastFin)
	ok, err := m.accepts(ctx, r)
	if err != nil {
		return err
	}
	if !ok {
		return errors.New("the contract refuses the report even without a finalization (a sanity limit): not voting")
	}
	lo, hi := lastFin.Uint64(), lastReq.Uint64() // lo accepted
	for lo < hi {
		mid := lo + (hi-lo+1)/2
		r.FinalizeUpTo = new(big.Int).SetUint64(mid)
		ok, err := m.accepts(ctx, r)
		if err != nil {
			return err
		}
		if ok {
			lo = mid
		} else {
			hi = mid - 1
		}
	}
	r.FinalizeUpTo = new(big.Int).SetUint64(lo)
	return nil
}

// exitRequests asks for exits when the requests this report leaves
// unfinalized need more ETH than the buffer and the vaults hold and the
// validators already asked to exit will bring.
func (m *OracleMember) exitRequests(ctx context.Context, r *bindings.OracleReport, counts []bindings.OperatorRegistryCounts, active []uint64) error {
	head := at(ctx, nil)
	unfin, err := m.c.Queue.UnfinalizedStETH(head)
	if err != nil {
		return fmt.Errorf("read the queue: %w", err)
	}
	lastFin, err := m.c.Queue.GetLastFinalizedRequestId(head)
	if err != nil {
		return fmt.Errorf("read the queue: %w", err)
	}
	need := new(big.Int).Set(unfin)
	if n := r.FinalizeUpTo.Uint64(); n > lastFin.Uint64() {
		var ids []*big.Int
		for id := lastFin.Uint64() + 1; id <= n; id++ {
			ids = append(ids, new(big.Int).SetUint64(id))
		}
		st, err := m.c.Queue.GetWithdrawalStatus(head, ids)
		if err != nil {
			return fmt.Errorf("read the queue: %w", err)
		}
		for _, s := range st {
			need.Sub(need, s.AmountOfStETH)
		}
	}
	if need.Sign() <= 0 {
		return nil
	}
	buffered, err := m.c.Pool.GetBufferedEther(head)
	if err != nil {
		return fmt.Errorf("read the buffer: %w", err)
	}
	have := new(big.Int).Add(buffered, r.WithdrawalVault)
	have.Add(have, r.ElRewardsVault)
	var asked uint64
	for _, k := range counts {
		if k.ExitRequested > k.Exited {
			asked += uint64(k.ExitRequested - k.Exited)
		}
	}
	have.Add(have, new(big.Int).Mul(new(big.Int).SetUint64(asked), depositSize))
	short := new(big.Int).Sub(need, have)
	if short.Sign() <= 0 {
		return nil
	}
	want := new(big.Int).Div(new(big.Int).Add(short, new(big.Int).Sub(depositSize, big.NewInt(1))), depositSize).Uint64()
	params, err := m.c.Oracle.GetParams(head)
	if err != nil {
		return fmt.Errorf("read the oracle's parameters: %w", err)
	}
	want = min(want, params.MaxExitRequests)
	// one at a time from the operator with the most active validators not asked yet
	avail := make([]uint64, len(counts))
	for op, k := range counts {
		if notAsked := uint64(k.Deposited) - min(uint64(k.Deposited), uint64(k.ExitRequested)); active[op] > 0 {
			avail[op] = min(active[op], notAsked)
		}
	}
	picked := make([]uint64, len(counts))
	for ; want > 0; want-- {
		best := -1
		for op := range avail {
			if avail[op] > 0 && (best < 0 || avail[op] > avail[best]) {
				best = op
			}
		}
		if best < 0 {
			break
		}
		avail[best]--
		picked[best]++
	}
	for op, n := range picked {
		if n > 0 {
			r.ExitRequests = append(r.ExitRequests, bindings.OracleOperatorCount{Operator: big.NewInt(int64(op)), Count: new(big.Int).SetUint64(n)})
		}
	}
	slices.SortFunc(r.ExitRequests, func(a, b bindings.OracleOperatorCount) int { return a.Operator.Cmp(b.Operator) })
	return nil
}
