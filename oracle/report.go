// Package oracle is the off-chain logic of the pool's oracle members: read
// the beacon chain at a frame's reference slot, compute the frame's
// protocol.OracleReport deterministically (every honest member gets the same
// hash), vote on it and submit it; raise the alert when one of the pool's
// validators is slashed. Pool is what the pool does in each block next to a
// simulated chain (credits, reports, alert, exits, deposits), with
// in-process members: the scenario simulator's and the tests' one step.
//
// The rules are in docs/oracle.md.
package oracle

import (
	"context"
	"fmt"

	"github.com/holiman/uint256"

	"github.com/stakepool/stakepool/beacon"
	"github.com/stakepool/stakepool/protocol"
	"github.com/stakepool/stakepool/units"
)

// Config holds the consensus-layer constants a member needs beyond the
// protocol's parameters. Every member of a committee must use the same.
type Config struct {
	// ShardCommitteePeriod is SHARD_COMMITTEE_PERIOD: a validator can exit
	// only this many epochs after its activation, so younger ones are never
	// asked to exit.
	ShardCommitteePeriod uint64
}

// MainnetConfig is the configuration for mainnet presets.
func MainnetConfig() Config { return Config{ShardCommitteePeriod: 256} }

// Snapshot is what a member reads from the beacon chain: the validators
// with the pool's withdrawal credentials (index order), read when the head
// is the reference slot, and their duty counters when the chain is a
// DutyReader (nil otherwise).
type Snapshot struct {
	Slot       beacon.Slot
	Validators []beacon.Validator
	Duties     []beacon.DutyCounts // parallel to Validators, or nil
	// ELRewards are the frame's blocks that paid elsewhere than the
	// execution-rewards vault, by proposer (nil: not read; the report then
	// charges nothing).
	ELRewards *ELRewardsLedger
	// Withdrawals are the final withdrawals of the pool's withdrawn
	// validators since the last report (nil: not read; the report then has
	// no withdrawal rows and bonds stay held).
	Withdrawals *WithdrawalLedger
}

// DutyReader is a chain that counts each validator's missed duties since
// genesis (the simulator, *sim.Chain, does; a Beacon API client does not,
// and the operators' missed-duty scorecards then stay zero).
type DutyReader interface {
	Duties(ctx context.Context, indices []beacon.ValidatorIndex) ([]beacon.DutyCounts, error)
}

// ReadSnapshot reads the pool's validators from chain. The chain's head must
// be the reference slot (a Beacon API client reads the state at that slot).
func ReadSnapshot(ctx context.Context, chain beacon.Chain, creds protocol.Credentials) (*Snapshot, error) {
	return readSnapshot(ctx, chain, creds, nil)
}

// readSnapshot is ReadSnapshot with the list of indices it passes to a
// DutyReader kept in *idxBuf (when not nil) for the next call.
func readSnapshot(ctx context.Context, chain beacon.Chain, creds protocol.Credentials, idxBuf *[]beacon.ValidatorIndex) (*Snapshot, error) {
	head, err := chain.HeadSlot(ctx)
	if err != nil {
		return nil, fmt.Errorf("oracle: read head: %w", err)
	}
	var vs []beacon.Validator
	if at, ok := chain.(SlotReader); ok {
		vs, err = at.ValidatorsAt(ctx, head, beacon.Credentials(creds))
	} else {
		vs, err = chain.ValidatorsByCredentials(ctx, beacon.Credentials(creds))
	}
	if err != nil {
		return nil, fmt.Errorf("oracle: read validators: %w", err)
	}
	snap := &Snapshot{Slot: head, Validators: vs}
	if dr, ok := chain.(DutyReader); ok && len(vs) > 0 {
		var idx []beacon.ValidatorIndex
		if idxBuf != nil {
			idx = (*idxBuf)[:0]
		}
		if cap(idx) < len(vs) {
			idx = make([]beacon.ValidatorIndex, 0, len(vs))
		}
		for i := range vs {
			idx = append(idx, vs[i].Index)
		}
		if idxBuf != nil {
			*idxBuf = idx
		}
		if snap.Duties, err = dr.Duties(ctx, idx); err != nil {
			return nil, fmt.Errorf("oracle: read duties: %w", err)
		}
		if len(snap.Duties) != len(vs) {
			return nil, fmt.Errorf("oracle: read duties: %d counts for %d validators", len(snap.Duties), len(vs))
		}
	}
	return snap, nil
}

// SlotReader is implemented by chains that can read the validators of a
// given slot's state (beacon/api over a real node, whose head may move
// between two requests): ReadSnapshot then reads them at the head slot it
// read first, so that slot and validators belong together.
type SlotReader interface {
	ValidatorsAt(ctx context.Context, slot beacon.Slot, creds beacon.Credentials) ([]beacon.Validator, error)
}

// keyRef locates a deposited key: its operator and index among the
// operator's keys.
type keyRef struct {
	op  protocol.OperatorID
	key uint64
}

// KeyIndex maps validator pubkeys to the operators that deposited them
// (from the protocol's deposit records). Deposits are append-only, so Sync
// only reads the new ones. The zero value is ready to use.
type KeyIndex struct {
	refs map[protocol.Pubkey]keyRef
	byOp [][]protocol.Pubkey // per module-1 operator, by key index (deposited keys)
	// byOpMore holds the other modules' operators' keys (global ids
	// (module − 1) << 24 | id: sparse), looked up only, never iterated.
	byOpMore map[protocol.OperatorID][]protocol.Pubkey
	synced   uint64
	// last holds the found lookups of the last snapshot by position: the
	// pool's validators keep their indices and only grow in number, so the
	// next snapshot mostly finds each at the same position without hashing
	// its pubkey. A validator's index names its pubkey for good on one
	// chain, and a member reads one chain.
	last []posRef
	// byKey are Compute's per-operator lists of the snapshot's validators
	// by key index, kept between reports (cleared before each) so that a
	// member reporting every epoch does not allocate them every epoch.
	byKey [][]*beacon.Validator
}

// byKeyBuf returns operator position i's list, n entries, all nil.
func (x *KeyIndex) byKeyBuf(i int, n uint64) []*beacon.Validator {
	for len(x.byKey) <= i {
		x.byKey = append(x.byKey, nil)
	}
	b := x.byKey[i]
	if uint64(cap(b)) < n {
		b = make([]*beacon.Validator, n, n+n/8)
	} else {
		b = b[:n]
		clear(b)
	}
	x.byKey[i] = b
	return b
}

// posRef is a found validator of a snapshot: its index and what Lookup
// gave (ok false: not cached).
type posRef struct {
	index beacon.ValidatorIndex
	ref   keyRef
	ok    bool
}

// Sync adds the deposit records made since the last call.
func (x *KeyIndex) Sync(st DepositSource) {
	if x.refs == nil {
		x.refs = make(map[protocol.Pubkey]keyRef)
	}
	if x.synced >= st.DepositedValidators() {
		return
	}
	for _, d := range st.Deposits(x.synced) {
		x.refs[d.Pubkey] = keyRef{op: d.Operator, key: d.KeyIndex}
		ks := x.keysOf(d.Operator)
		for uint64(len(ks)) <= d.KeyIndex {
			ks = append(ks, protocol.Pubkey{})
		}
		ks[d.KeyIndex] = d.Pubkey
		x.setKeys(d.Operator, ks)
		x.synced = d.Index + 1
	}
}

// Lookup returns the operator and key index of a deposited pubkey.
func (x *KeyIndex) Lookup(pk protocol.Pubkey) (protocol.OperatorID, uint64, bool) {
	r, ok := x.refs[pk]
	return r.op, r.key, ok
}

// lookupAt is Lookup for validator v at position i of a snapshot,
// remembered for the next snapshot.
// Only found keys are remembered: a key not (yet) among the deposit
// records is looked up again next time.
func (x *KeyIndex) lookupAt(i int, v *beacon.Validator) (protocol.OperatorID, uint64, bool) {
	if i < len(x.last) {
		if l := &x.last[i]; l.ok && l.index == v.Index {
			return l.ref.op, l.ref.key, true
		}
	}
	r, ok := x.refs[protocol.Pubkey(v.Pubkey)]
	if !ok {
		return 0, 0, false
	}
	for len(x.last) <= i {
		x.last = append(x.last, posRef{})
	}
	x.last[i] = posRef{index: v.Index, ref: r, ok: true}
	return r.op, r.key, true
}

// isModuleOne: module 1's operators are the dense ids below 2^24.
func isModuleOne(op protocol.OperatorID) bool { return uint64(op) < 1<<24 }

// keysOf is operator op's deposited keys known so far.
func (x *KeyIndex) keysOf(op protocol.OperatorID) []protocol.Pubkey {
	if isModuleOne(op) {
		if int(op) < len(x.byOp) {
			return x.byOp[op]
		}
		return nil
	}
	return x.byOpMore[op]
}

func (x *KeyIndex) setKeys(op protocol.OperatorID, ks []protocol.Pubkey) {
	if isModuleOne(op) {
		for int(op) >= len(x.byOp) {
			x.byOp = append(x.byOp, nil)
		}
		x.byOp[op] = ks
		return
	}
	if x.byOpMore == nil {
		x.byOpMore = map[protocol.OperatorID][]protocol.Pubkey{}
	}
	x.byOpMore[op] = ks
}

// Pubkey returns operator op's deposited key i (op a global id).
func (x *KeyIndex) Pubkey(op protocol.OperatorID, i uint64) (protocol.Pubkey, bool) {
	ks := x.keysOf(op)
	if i >= uint64(len(ks)) {
		return protocol.Pubkey{}, false
	}
	return ks[i], true
}

// Details are figures a member computed along with the report, for logs
// and tests. They are not part of what is voted on.
type Details struct {
	Epoch beacon.Epoch
	// SlashedPending counts the pool's validators slashed and not yet
	// withdrawable; Decrease says the consensus side fell since the last
	// report.
	SlashedPending uint64
	Decrease       bool
	// Exit-request arithmetic (wei): what unfinalized requests still need
	// after this report, what the buffer, vaults and expected sweeps hold,
	// and the shortfall the exit requests cover.
	Need, Have, Missing uint256.Int
}

// opView is the per-operator tally of one snapshot.
type opView struct {
	exited, slashed uint64
	// missed duties of the operator's validators since genesis
	missedAtt, missedProp uint64
	// byKey are the operator's seen validators by key index (nil: unseen).
	byKey []*beacon.Validator
	// elsewhere is what its validators' blocks of the frame paid elsewhere
	// than the execution-rewards vault (wei).
	elsewhere uint256.Int
}

// Compute builds the report for refSlot from the protocol state and a
// snapshot of the chain at refSlot (ComputeView over StateView).
func Compute(st *protocol.State, keys *KeyIndex, cfg Config, refSlot uint64, snap *Snapshot) (*protocol.OracleReport, *Details, error) {
	return ComputeView(StateView{st}, keys, cfg, refSlot, snap)
}

// ComputeView builds the report for refSlot from the pool as it was at
// refSlot and a snapshot of the chain's validators there. It reads nothing
// else, so members with the same inputs compute the same report (and
// hash), in the simulator (StateView) and in a member service (the
// contracts' views) alike. It fails when the report would break the
// pool's sanity limits (the pool would reject it; it then waits for
// governance or the next frame).
func ComputeView(st PoolView, keys *KeyIndex, cfg Config, refSlot uint64, snap *Snapshot) (*protocol.OracleReport, *Details, error) {
	keys.Sync(st)
	epoch := beacon.Epoch(refSlot / st.SlotsPerEpoch())
	det := &Details{Epoch: epoch}
	ops := st.Operators()
	views := make([]opView, len(ops))
	// Operators by global id ascending: module 1's are positions 0…
	// (id = position); another module's are found through more.
	var more map[protocol.OperatorID]int // looked up only
	for i := range ops {
		if ops[i].ID != protocol.OperatorID(i) {
			if more == nil {
				more = map[protocol.OperatorID]int{}
			}
			more[ops[i].ID] = i
		}
	}
	for i := range ops {
		// deposited keys are the operator's keys 0…Deposited-1; the lists
		// are the KeyIndex's, reused from one report to the next
		views[i].byKey = keys.byKeyBuf(i, ops[i].Deposited)
	}
	r := &protocol.OracleReport{RefSlot: refSlot}
	var balance uint64
	for i := range snap.Validators {
		v := &snap.Validators[i]
		id, k, ok := keys.lookupAt(i, v)
		if !ok {
			continue // not one of the pool's deposits
		}
		op, known := int(id), int(id) < len(views) && ops[int(id)].ID == id
		if !known {
			op, known = more[id]
		}
		if !known {
			continue // an operator the view does not have
		}
		r.Validators++
		balance += uint64(v.Balance)
		ov := &views[op]
		for uint64(len(ov.byKey)) <= k {
			ov.byKey = append(ov.byKey, nil)
		}
		ov.byKey[k] = v
		if v.ExitEpoch <= epoch {
			ov.exited++
		}
		if paid := snap.ELRewards.PaidBy(v.Index); !paid.IsZero() {
			ov.elsewhere.Add(&ov.elsewhere, &paid)
		}
		if snap.Duties != nil {
			ov.missedAtt += snap.Duties[i].MissedAttestations
			ov.missedProp += snap.Duties[i].MissedProposals
		}
		if v.Slashed {
			ov.slashed++
			if v.WithdrawableEpoch > epoch {
				det.SlashedPending++
			}
		}
	}
	r.Balance = units.Gwei(balance)
	for i, o := range ops {
		if views[i].exited > o.Exited {
			r.Exited = append(r.Exited, protocol.OperatorCount{Operator: o.ID, Count: views[i].exited})
		}
		// Scorecards: the chain's counters since genesis less what earlier
		// reports already added, i.e. the counts since the previous
		// reference slot (a counter behind the scorecard adds nothing).
		var stat protocol.OperatorStats
		stat.Operator = o.ID
		if views[i].slashed > o.Slashed {
			stat.Slashed = views[i].slashed - o.Slashed
		}
		if views[i].missedAtt > o.MissedAttestations {
			stat.MissedAttestations = views[i].missedAtt - o.MissedAttestations
		}
		if views[i].missedProp > o.MissedProposals {
			stat.MissedProposals = views[i].missedProp - o.MissedProposals
		}
		if stat.Slashed != 0 || stat.MissedAttestations != 0 || stat.MissedProposals != 0 {
			r.Stats = append(r.Stats, stat)
		}
		if !views[i].elsewhere.IsZero() && len(r.ELRewardsCharges) < protocol.MaxELRewardsCharges {
			r.ELRewardsCharges = append(r.ELRewardsCharges, protocol.OperatorAmount{Operator: o.ID, Amount: views[i].elsewhere})
		}
		if o.Bonded && snap.Withdrawals != nil {
			if w, ok := OperatorWithdrawnRow(o.ID, o.Withdrawn, views[i].byKey, epoch, snap.Withdrawals); ok {
				r.Withdrawn = append(r.Withdrawn, w)
			}
		}
	}
	r.WithdrawalVault, r.ELRewardsVault = st.Vaults()
	r.SharesRequestedToBurn = st.SharesRequestedToBurn()

	// Bunker: a slashed validator not yet withdrawable (its correlation
	// penalty and missed duties are still to come), or a fall of the
	// consensus side as the protocol counts it.
	var pre, seen uint256.Int
	clValidators, clBalance := st.BeaconStat()
	if r.Validators >= clValidators {
		pre.Mul(uint256.NewInt(r.Validators-clValidators), protocol.DepositSizeWei)
	}
	pre.Add(&pre, &clBalance)
	seen.Mul(uint256.NewInt(balance), uint256.NewInt(1e9))
	seen.Add(&seen, &r.WithdrawalVault)
	det.Decrease = seen.Lt(&pre)
	r.Bunker = det.SlashedPending > 0 || det.Decrease

	// Finalization: the simulated share rate and the batches every honest
	// member computes (the protocol's own rule, so members cannot differ).
	if err := st.PrepareFinalization(r); err != nil {
		return nil, det, fmt.Errorf("oracle: report for slot %d: %w", refSlot, err)
	}
	if err := exitRequests(st, r, views, ops, cfg, epoch, det); err != nil {
		return nil, det, fmt.Errorf("oracle: report for slot %d: %w", refSlot, err)
	}
	return r, det, nil
}

// exitRequests fills r.ExitRequests: validators to exit so that the queue
// gets the ETH it needs beyond the buffer, the vaults and the expected
// sweeps, and, whatever the queue needs, the excess of operators over a
// forced target limit. The rule (docs/oracle.md, after Lido's exit order):
// one validator at a time, from the operator with the largest excess over
// a forced target, then over a soft target, then the most exitable
// validators (active, not exiting, not yet asked, past the shard committee
// period), ties to the lowest id; each time its oldest such key — the
// protocol only accepts an operator's next keys in index order, so keys
// already exiting on their own that come first are included too.
func exitRequests(st PoolView, r *protocol.OracleReport, views []opView, ops []protocol.Operator, cfg Config, epoch beacon.Epoch, det *Details) error {
	last, unfinalized := st.Queue()
	upTo := last
	if len(r.Batches) > 0 {
		upTo = r.Batches[len(r.Batches)-1]
	}
	var finalized []uint256.Int
	if upTo > last {
		var err error
		if finalized, err = st.RequestsStETH(last+1, upTo); err != nil {
			return err
		}
	}
	// Need: stETH of the requests this report leaves unfinalized.
	need := new(uint256.Int).Set(&unfinalized)
	for i := range finalized {
		need.Sub(need, &finalized[i])
	}
	det.Need = *need
	// Have: buffer and vaults, minus what this report finalizes (counted
	// at its locked amount, an upper bound), plus expected sweeps: the
	// balances of validators exiting, or asked to exit and not yet exiting.
	buffered := st.BufferedEther()
	have := new(uint256.Int).Set(&buffered)
	have.Add(have, &r.WithdrawalVault)
	have.Add(have, &r.ELRewardsVault)
	for i := range finalized {
		if have.Lt(&finalized[i]) {
			have.Clear()
		} else {
			have.Sub(have, &finalized[i])
		}
	}
	gwei := uint256.NewInt(1e9)
	for i, o := range ops {
		for k, v := range views[i].byKey {
			if v == nil || v.Balance == 0 {
				continue
			}
			if v.ExitEpoch != beacon.FarFutureEpoch || uint64(k) < o.ExitRequested {
				have.Add(have, new(uint256.Int).Mul(uint256.NewInt(uint64(v.Balance)), gwei))
			}
		}
	}
	det.Have = *have
	missing := new(uint256.Int)
	if need.Gt(have) {
		missing.Sub(need, have)
	}
	det.Missing = *missing
	exitable := func(v *beacon.Validator) bool {
		return v != nil && v.ExitEpoch == beacon.FarFutureEpoch && v.ActivationEpoch <= epoch &&
			uint64(v.ActivationEpoch)+cfg.ShardCommitteePeriod <= uint64(epoch)
	}
	// next[i] is operator i's next key to ask; count[i] its exitable keys
	// from there on; excess[i] its active validators not yet asked to exit
	// above its target limit (0 without one).
	next := make([]uint64, len(ops))
	count := make([]uint64, len(ops))
	excess := make([]uint64, len(ops))
	anyForced := false
	for i, o := range ops {
		next[i] = o.ExitRequested
		for k := o.ExitRequested; k < uint64(len(views[i].byKey)); k++ {
			if exitable(views[i].byKey[k]) {
				count[i]++
			}
		}
		if o.TargetMode != 0 {
			if remaining := o.Deposited - max(o.Exited, o.ExitRequested); remaining > o.TargetLimit {
				excess[i] = remaining - o.TargetLimit
				anyForced = anyForced || o.TargetMode == 2
			}
		}
	}
	if missing.IsZero() && !anyForced {
		return nil
	}
	// better reports whether operator i goes before operator j: forced
	// excess, then soft excess, then exitable validators, then the id.
	forced := func(i int) uint64 {
		if ops[i].TargetMode == 2 {
			return excess[i]
		}
		return 0
	}
	soft := func(i int) uint64 {
		if ops[i].TargetMode == 1 {
			return excess[i]
		}
		return 0
	}
	better := func(i, j int) bool {
		if forced(i) != forced(j) {
			return forced(i) > forced(j)
		}
		if soft(i) != soft(j) {
			return soft(i) > soft(j)
		}
		return count[i] > count[j]
	}
	asked := make([]uint64, len(ops))
	max := st.MaxExitRequests()
	var total uint64
	for total < max {
		best := -1
		for i := range ops {
			if count[i] == 0 || (missing.IsZero() && forced(i) == 0) {
				continue // without demand, only forced targets exit
			}
			if best < 0 || better(i, best) {
				best = i
			}
		}
		if best < 0 {
			break
		}
		// Walk to the operator's next exitable key; keys before it are
		// included (they are exiting already or unseen), within the cap.
		by := views[best].byKey
		k := next[best]
		for k < uint64(len(by)) && !exitable(by[k]) {
			k++
		}
		if total+(k-next[best]+1) > max {
			break
		}
		total += k - next[best] + 1
		asked[best] += k - next[best] + 1
		next[best] = k + 1
		count[best]--
		if excess[best] > 0 {
			excess[best]--
		}
		bal := new(uint256.Int).Mul(uint256.NewInt(uint64(by[k].Balance)), gwei)
		if missing.Lt(bal) {
			missing.Clear()
		} else {
			missing.Sub(missing, bal)
		}
	}
	for i, o := range ops {
		if asked[i] > 0 {
			r.ExitRequests = append(r.ExitRequests, protocol.OperatorCount{Operator: o.ID, Count: asked[i]})
		}
	}
	return nil
}
