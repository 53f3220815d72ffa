package sim

import (
	"errors"
	"fmt"
	"math/rand/v2"
	"reflect"
	"slices"
	"unsafe"
)

// Binary snapshots of a Chain: the whole simulated chain (the State, the
// behaviour model's random generator, the operations waiting for a block,
// the duty counters), so that a process can stop and continue the same
// chain later (the devnet's restart from a snapshot). The encoding is
// private to this package and versioned by its magic; a snapshot is
// restored only into a Chain built with the same Spec and Behaviour.
//
// The field lists below must name every field of State and Chain: a field
// added to either without being added here makes MarshalBinary fail (the
// caller then falls back to replaying), never a silently partial snapshot.

const chainSnapshotMagic = "stakepool/sim/chain/v1"

// Fields of State kept in a snapshot, and those that are derived (caches,
// scratch space, configuration) and rebuilt or kept from the receiver.
var (
	stateSnapFields = []string{"GenesisTime", "GenesisValidatorsRoot", "Slot", "Pubkeys", "Credentials", "Balances",
		"EffInc", "EligibilityEpoch", "ActivationEpoch", "ExitEpoch", "WithdrawableEpoch", "Slashed", "PrevParticipation",
		"CurrParticipation", "InactivityScores", "BlockRoots", "StateRoots", "RandaoMixes", "Slashings", "JustificationBits",
		"PreviousJustifiedCheckpoint", "CurrentJustifiedCheckpoint", "FinalizedCheckpoint", "HistoricalSummaries",
		"NextWithdrawalIndex", "NextWithdrawalValidatorIndex", "CurrentSyncCommittee", "NextSyncCommittee",
		"Eth1DepositIndex", "DepositRequestsStartIndex", "DepositBalanceToConsume", "ExitBalanceToConsume",
		"EarliestExitEpoch", "ConsolidationBalanceToConsume", "EarliestConsolidationEpoch", "PendingDeposits",
		"PendingPartialWithdrawals", "PendingConsolidations", "credWithdrawals", "credFees", "latestBlockRoot"}
	stateDerivedFields = []string{"Spec", "Verifier", "Workers", "pubkeyIndex", "tabEpoch", "tabValid", "tab", "brpi", "brpiTab", "slashCount", "scratch",
		"activeCache", "activeCacheEpoch", "cls", "clsEpoch", "clsValid"}
	chainSnapFields    = []string{"rng", "deposits", "exits", "waiting", "slashes", "Blocks", "Missed", "missedAtt", "missedProp"}
	chainDerivedFields = []string{"mu", "s", "b", "comms", "blk"}

	// Fields that only some versions of this package have. Plain-data
	// ones (integers, booleans, arrays and structs of them) are saved by
	// reflection, by name; the derived ones are left to the receiver.
	chainPlainFields = []string{"draws"}
	// withdrawn (the final-withdrawal log, Behaviour.LogWithdrawals) is
	// not saved: the devnet, which restores snapshots, serves withdrawals
	// from its blocks, not from the log. wrequests (EIP-7002 requests
	// waiting for the next block) are not saved: a snapshot taken between
	// a request and the next block loses it (the scenario's forced exits
	// submit at an epoch's first slot).
	optionalDerived      = []string{"free", "Duties", "duties", "chunkBufs", "batch", "withdrawn", "wrequests"}
	stateOptionalDerived = []string{"Duties", "duties"}
)

func checkFields(t reflect.Type, kept, derived, optional []string) error {
	known := append(append([]string(nil), kept...), derived...)
	found := 0
	for i := 0; i < t.NumField(); i++ {
		name := t.Field(i).Name
		switch {
		case slices.Contains(known, name):
			found++
		case slices.Contains(optional, name):
		default:
			return fmt.Errorf("sim: %s has a field %q the chain snapshot does not know", t.Name(), name)
		}
	}
	if found != len(known) {
		return fmt.Errorf("sim: %s no longer has all the fields the chain snapshot expects", t.Name())
	}
	return nil
}

// writable makes an (addressable) unexported field readable and settable.
func writable(v reflect.Value) reflect.Value {
	return reflect.NewAt(v.Type(), unsafe.Pointer(v.UnsafeAddr())).Elem()
}

func putPlain(w *snapWriter, v reflect.Value) error {
	v = writable(v)
	switch v.Kind() {
	case reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uint:
		w.u64(v.Uint())
	case reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64, reflect.Int:
		w.u64(uint64(v.Int()))
	case reflect.Bool:
		w.boolean(v.Bool())
	case reflect.Array:
		for i := 0; i < v.Len(); i++ {
			if err := putPlain(w, v.Index(i)); err != nil {
				return err
			}
		}
	case reflect.Struct:
		for i := 0; i < v.NumField(); i++ {
			if err := putPlain(w, v.Field(i)); err != nil {
				return err
			}
		}
	default:
		return fmt.Errorf("sim: chain snapshot cannot save a %s", v.Type())
	}
	return nil
}

func getPlain(r *snapReader, v reflect.Value) {
	v = writable(v)
	switch v.Kind() {
	case reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uint:
		x := r.u64()
		if v.OverflowUint(x) {
			r.err = errors.New("value out of range")
			return
		}
		v.SetUint(x)
	case reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64, reflect.Int:
		x := int64(r.u64())
		if v.OverflowInt(x) {
			r.err = errors.New("value out of range")
			return
		}
		v.SetInt(x)
	case reflect.Bool:
		v.SetBool(r.boolean())
	case reflect.Array:
		for i := 0; i < v.Len(); i++ {
			getPlain(r, v.Index(i))
		}
	case reflect.Struct:
		for i := 0; i < v.NumField(); i++ {
			getPlain(r, v.Field(i))
		}
	default:
		r.err = fmt.Errorf("cannot restore a %s", v.Type())
	}
}

// pcgOf returns the PCG source behind a *rand.Rand made by NewChain
// (math/rand/v2's Rand holds only its Source).
func pcgOf(r *rand.Rand) (*rand.PCG, error) {
	v := reflect.ValueOf(r).Elem()
	if v.NumField() != 1 || v.Type().Field(0).Type != reflect.TypeFor[rand.Source]() {
		return nil, errors.New("sim: unexpected math/rand/v2 Rand layout")
	}
	f := v.Field(0)
	src := reflect.NewAt(f.Type(), unsafe.Pointer(f.UnsafeAddr())).Elem().Interface()
	p, ok := src.(*rand.PCG)
	if !ok {
		return nil, fmt.Errorf("sim: the chain's random source is a %T, not a PCG", src)
	}
	return p, nil
}

// MarshalBinary encodes the chain (see the top of this file). It takes the
// chain's lock.
func (c *Chain) MarshalBinary() ([]byte, error) {
	if err := checkFields(reflect.TypeFor[State](), stateSnapFields, stateDerivedFields, stateOptionalDerived); err != nil {
		return nil, err
	}
	if err := checkFields(reflect.TypeFor[Chain](), chainSnapFields, chainDerivedFields, append(slices.Clone(chainPlainFields), optionalDerived...)); err != nil {
		return nil, err
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	pcg, err := pcgOf(c.rng)
	if err != nil {
		return nil, err
	}
	rng, err := pcg.MarshalBinary()
	if err != nil {
		return nil, err
	}
	s := c.s
	w := &snapWriter{b: make([]byte, 0, 1<<20+len(s.Balances)*128)}
	w.raw([]byte(chainSnapshotMagic))
	w.u64(c.b.Seed)
	w.u64(uint64(len(s.Spec.ConfigName)))
	w.raw([]byte(s.Spec.ConfigName))
	w.u64(uint64(s.Spec.Fork))

	w.u64(s.GenesisTime)
	w.raw(s.GenesisValidatorsRoot[:])
	w.u64(s.Slot)
	put48(w, s.Pubkeys)
	put32(w, s.Credentials)
	putU64s(w, s.Balances)
	putU16s(w, s.EffInc)
	putU32s(w, s.EligibilityEpoch)
	putU32s(w, s.ActivationEpoch)
	putU32s(w, s.ExitEpoch)
	putU32s(w, s.WithdrawableEpoch)
	putBools(w, s.Slashed)
	w.bytesv(s.PrevParticipation)
	w.bytesv(s.CurrParticipation)
	putU32s(w, s.InactivityScores)
	put32(w, s.BlockRoots)
	put32(w, s.StateRoots)
	put32(w, s.RandaoMixes)
	putU64s(w, s.Slashings)
	w.raw([]byte{s.JustificationBits})
	putCheckpoint(w, s.PreviousJustifiedCheckpoint)
	putCheckpoint(w, s.CurrentJustifiedCheckpoint)
	putCheckpoint(w, s.FinalizedCheckpoint)
	w.n(len(s.HistoricalSummaries))
	for _, h := range s.HistoricalSummaries {
		w.raw(h.BlockSummaryRoot[:])
		w.raw(h.StateSummaryRoot[:])
	}
	w.u64(s.NextWithdrawalIndex)
	w.u64(s.NextWithdrawalValidatorIndex)
	putU32s(w, s.CurrentSyncCommittee)
	putU32s(w, s.NextSyncCommittee)
	for _, v := range []uint64{s.Eth1DepositIndex, s.DepositRequestsStartIndex, s.DepositBalanceToConsume, s.ExitBalanceToConsume,
		s.EarliestExitEpoch, s.ConsolidationBalanceToConsume, s.EarliestConsolidationEpoch} {
		w.u64(v)
	}
	w.n(len(s.PendingDeposits))
	for _, d := range s.PendingDeposits {
		putDeposit(w, Deposit{Pubkey: d.Pubkey, WithdrawalCredentials: d.WithdrawalCredentials, Amount: d.Amount, Signature: d.Signature})
		w.u64(d.Slot)
	}
	w.n(len(s.PendingPartialWithdrawals))
	for _, p := range s.PendingPartialWithdrawals {
		w.u64(p.ValidatorIndex)
		w.u64(p.Amount)
		w.u64(p.WithdrawableEpoch)
	}
	w.n(len(s.PendingConsolidations))
	for _, p := range s.PendingConsolidations {
		w.u64(p.SourceIndex)
		w.u64(p.TargetIndex)
	}
	putMap(w, s.credWithdrawals)
	putMap(w, s.credFees)
	w.raw(s.latestBlockRoot[:])

	w.bytesv(rng)
	w.n(len(c.deposits))
	for _, d := range c.deposits {
		putDeposit(w, d)
	}
	putU64s(w, c.exits)
	w.n(len(c.waiting))
	for _, a := range c.waiting {
		w.u64(a.Slot)
		putU32s(w, a.Attesters)
		w.boolean(a.TargetCorrect)
		w.boolean(a.HeadCorrect)
	}
	putU64s(w, c.slashes)
	w.u64(c.Blocks)
	w.u64(c.Missed)
	putU32s(w, c.missedAtt)
	putU32s(w, c.missedProp)
	cv := reflect.ValueOf(c).Elem()
	var plain []string
	for _, name := range chainPlainFields {
		if cv.FieldByName(name).IsValid() {
			plain = append(plain, name)
		}
	}
	w.n(len(plain))
	for _, name := range plain {
		w.bytesv([]byte(name))
		if err := putPlain(w, cv.FieldByName(name)); err != nil {
			return nil, err
		}
	}
	return w.b, nil
}

// UnmarshalBinary replaces the chain's state with a snapshot made by
// MarshalBinary of a chain with the same Spec and Behaviour seed. It is all
// or nothing: on an error the chain is unchanged. The receiver's Spec,
// Verifier and Workers are kept.
func (c *Chain) UnmarshalBinary(data []byte) error {
	c.mu.Lock()
	defer c.mu.Unlock()
	wrap := func(err error) error { return fmt.Errorf("sim: chain snapshot: %w", err) }
	if len(data) < len(chainSnapshotMagic) || string(data[:len(chainSnapshotMagic)]) != chainSnapshotMagic {
		return wrap(errors.New("not a v1 chain snapshot"))
	}
	r := &snapReader{b: data[len(chainSnapshotMagic):]}
	if seed := r.u64(); r.err == nil && seed != c.b.Seed {
		return wrap(fmt.Errorf("made with behaviour seed %d, this chain has %d", seed, c.b.Seed))
	}
	name := string(r.take(int(min(r.u64(), 64))))
	fork := r.u64()
	if r.err == nil && (name != c.s.Spec.ConfigName || fork != uint64(c.s.Spec.Fork)) {
		return wrap(fmt.Errorf("made for spec %q fork %d, this chain runs %q fork %d", name, fork, c.s.Spec.ConfigName, c.s.Spec.Fork))
	}
	s := &State{Spec: c.s.Spec, Verifier: c.s.Verifier, Workers: c.s.Workers}
	if d := reflect.ValueOf(s).Elem().FieldByName("Duties"); d.IsValid() {
		d.Set(reflect.ValueOf(c.s).Elem().FieldByName("Duties")) // configuration: the receiver's
	}
	s.GenesisTime = r.u64()
	copy(s.GenesisValidatorsRoot[:], r.take(32))
	s.Slot = r.u64()
	s.Pubkeys = get48(r)
	s.Credentials = get32(r)
	s.Balances = getU64s(r)
	s.EffInc = getU16s(r)
	s.EligibilityEpoch = getU32s(r)
	s.ActivationEpoch = getU32s(r)
	s.ExitEpoch = getU32s(r)
	s.WithdrawableEpoch = getU32s(r)
	s.Slashed = getBools(r)
	s.PrevParticipation = r.bytesv()
	s.CurrParticipation = r.bytesv()
	s.InactivityScores = getU32s(r)
	s.BlockRoots = get32(r)
	s.StateRoots = get32(r)
	s.RandaoMixes = get32(r)
	s.Slashings = getU64s(r)
	if p := r.take(1); p != nil {
		s.JustificationBits = p[0]
	}
	s.PreviousJustifiedCheckpoint = getCheckpoint(r)
	s.CurrentJustifiedCheckpoint = getCheckpoint(r)
	s.FinalizedCheckpoint = getCheckpoint(r)
	for n := r.n(64); n > 0 && r.err == nil; n-- {
		var h HistoricalSummary
		copy(h.BlockSummaryRoot[:], r.take(32))
		copy(h.StateSummaryRoot[:], r.take(32))
		s.HistoricalSummaries = append(s.HistoricalSummaries, h)
	}
	s.NextWithdrawalIndex = r.u64()
	s.NextWithdrawalValidatorIndex = r.u64()
	s.CurrentSyncCommittee = getU32s(r)
	s.NextSyncCommittee = getU32s(r)
	for _, p := range []*uint64{&s.Eth1DepositIndex, &s.DepositRequestsStartIndex, &s.DepositBalanceToConsume, &s.ExitBalanceToConsume,
		&s.EarliestExitEpoch, &s.ConsolidationBalanceToConsume, &s.EarliestConsolidationEpoch} {
		*p = r.u64()
	}
	for n := r.n(depositSize + 8); n > 0 && r.err == nil; n-- {
		d := getDeposit(r)
		s.PendingDeposits = append(s.PendingDeposits, PendingDeposit{Pubkey: d.Pubkey, WithdrawalCredentials: d.WithdrawalCredentials,
			Amount: d.Amount, Signature: d.Signature, Slot: r.u64()})
	}
	for n := r.n(24); n > 0 && r.err == nil; n-- {
		s.PendingPartialWithdrawals = append(s.PendingPartialWithdrawals, PendingPartialWithdrawal{ValidatorIndex: r.u64(), Amount: r.u64(), WithdrawableEpoch: r.u64()})
	}
	for n := r.n(16); n > 0 && r.err == nil; n-- {
		s.PendingConsolidations = append(s.PendingConsolidations, PendingConsolidation{SourceIndex: r.u64(), TargetIndex: r.u64()})
	}
	s.credWithdrawals = getMap(r)
	s.credFees = getMap(r)
	copy(s.latestBlockRoot[:], r.take(32))

	pcg := new(rand.PCG)
	if rb := r.bytesv(); r.err == nil {
		if err := pcg.UnmarshalBinary(rb); err != nil {
			return wrap(err)
		}
	}
	var deposits []Deposit
	for n := r.n(depositSize); n > 0 && r.err == nil; n-- {
		deposits = append(deposits, getDeposit(r))
	}
	exits := getU64s(r)
	var waiting []Attestation
	for n := r.n(8 + 8 + 2); n > 0 && r.err == nil; n-- {
		a := Attestation{Slot: r.u64(), Attesters: getU32s(r)}
		a.TargetCorrect = r.boolean()
		a.HeadCorrect = r.boolean()
		waiting = append(waiting, a)
	}
	slashes := getU64s(r)
	blocks, missed := r.u64(), r.u64()
	missedAtt, missedProp := getU32s(r), getU32s(r)
	// Plain fields by name, restored into a copy first (all or nothing).
	cv := reflect.ValueOf(c).Elem()
	plain := map[string]reflect.Value{}
	for n := r.n(9); n > 0 && r.err == nil; n-- {
		name := string(r.bytesv())
		f := cv.FieldByName(name)
		if r.err == nil && (!slices.Contains(chainPlainFields, name) || !f.IsValid()) {
			return wrap(fmt.Errorf("made by a simulator with a field %q this one does not have", name))
		}
		if r.err != nil {
			break
		}
		tmp := reflect.New(f.Type()).Elem()
		getPlain(r, tmp)
		plain[name] = tmp
	}
	for _, name := range chainPlainFields {
		if _, ok := plain[name]; r.err == nil && cv.FieldByName(name).IsValid() && !ok {
			return wrap(fmt.Errorf("made by a simulator without the field %q", name))
		}
	}
	if r.err != nil {
		return wrap(r.err)
	}
	if len(r.b) != 0 {
		return wrap(fmt.Errorf("%d trailing bytes", len(r.b)))
	}
	n := len(s.Balances)
	for _, l := range []int{len(s.Pubkeys), len(s.Credentials), len(s.EffInc), len(s.EligibilityEpoch), len(s.ActivationEpoch),
		len(s.ExitEpoch), len(s.WithdrawableEpoch), len(s.Slashed), len(s.PrevParticipation), len(s.CurrParticipation), len(s.InactivityScores)} {
		if l != n {
			return wrap(fmt.Errorf("registry lists of different lengths (%d, %d)", l, n))
		}
	}
	if len(missedAtt) != len(missedProp) || len(missedAtt) > n {
		return wrap(errors.New("duty counters do not match the registry"))
	}
	if len(s.BlockRoots) != len(c.s.BlockRoots) || len(s.RandaoMixes) != len(c.s.RandaoMixes) || len(s.Slashings) != len(c.s.Slashings) {
		return wrap(errors.New("history vectors of the wrong length for the spec"))
	}
	if len(s.CurrentSyncCommittee) != len(c.s.CurrentSyncCommittee) || len(s.NextSyncCommittee) != len(c.s.NextSyncCommittee) {
		return wrap(errors.New("sync committees of the wrong size for the spec"))
	}
	for _, x := range append(slices.Clone(s.CurrentSyncCommittee), s.NextSyncCommittee...) {
		if int(x) >= n {
			return wrap(errors.New("sync committee member out of range"))
		}
	}
	s.Invalidate()
	c.s = s
	c.rng = rand.New(pcg)
	c.deposits, c.exits, c.waiting, c.slashes = deposits, exits, waiting, slashes
	c.Blocks, c.Missed = blocks, missed
	c.missedAtt, c.missedProp = missedAtt, missedProp
	c.comms = nil
	for name, v := range plain {
		writable(cv.FieldByName(name)).Set(v)
	}
	return nil
}
