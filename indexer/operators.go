package indexer

import "fmt"

func operatorKey(id uint64) []byte { return be64([]byte{kOperator}, id) }

// otherModule says whether a global operator id names an operator of a
// staking module other than module 1 (the registry the indexer follows):
// (module − 1) << 24 | id with module > 1.
func otherModule(id uint64) bool { return id >= 1<<24 }

// operator updates an operator's record with f. An operator of another
// staking module is known only through the pool's events (its deposits
// and fee shares): its record is made on first sight, with its global id.
func (t *txState) operator(id uint64, f func(*Operator)) error {
	v, ok, err := t.ap.w.get(operatorKey(id))
	if err != nil {
		return err
	}
	if !ok && otherModule(id) {
		v, ok = (&Operator{ID: id, Active: true, Block: t.pos.Block}).encode(), true
	}
	if !ok {
		return fmt.Errorf("%w: operator %d was never added", ErrInconsistent, id)
	}
	o, err := decodeOperator(v)
	if err != nil {
		return err
	}
	f(&o)
	return t.ap.w.set(operatorKey(id), o.encode())
}

// registry applies the operator registry's events.
func (t *txState) registry(ev *Event) error {
	id := ev.U64("operatorId")
	switch ev.Name {
	case "OperatorAdded":
		if _, ok, err := t.ap.w.get(operatorKey(id)); err != nil || ok {
			if err == nil {
				err = fmt.Errorf("%w: operator %d added twice", ErrInconsistent, id)
			}
			return err
		}
		o := Operator{ID: id, Name: ev.Str("name"), RewardAddress: ev.Addr("rewardAddress"), Active: true, Block: t.pos.Block}
		return t.ap.w.set(operatorKey(id), o.encode())
	case "OperatorLimitSet", "VettedSigningKeysDecreased": // a guardian's unvetting lowers the limit too
		return t.operator(id, func(o *Operator) { o.Limit = ev.U64("limit") })
	case "OperatorActiveSet":
		return t.operator(id, func(o *Operator) { o.Active = ev.Bool("active") })
	case "SigningKeysAdded":
		return t.operator(id, func(o *Operator) { o.Keys += ev.U64("count") })
	case "SigningKeysRemoved":
		n := ev.U64("count")
		return t.operator(id, func(o *Operator) { o.Keys -= min(n, o.Keys) })
	case "ExitedUpdated":
		return t.operator(id, func(o *Operator) { o.Exited = ev.U64("exited") })
	case "ExitRequested":
		return t.operator(id, func(o *Operator) { o.ExitRequested = max(o.ExitRequested, ev.U64("keyIndex")+1) })
	case "StuckUpdated":
		return t.operator(id, func(o *Operator) { o.Stuck = ev.U64("stuck") })
	case "ScorecardUpdated":
		return t.operator(id, func(o *Operator) {
			o.MissedAttestations, o.MissedProposals, o.Slashed = ev.U64("missedAttestations"), ev.U64("missedProposals"), ev.U64("slashed")
		})
	}
	return nil
}

// Operators lists every operator by id: module 1's registry operators
// (ids below 2^24), then other modules' operators the pool's events named
// (global ids: deposits and fee shares only).
func (v *View) Operators() ([]Operator, error) {
	var out []Operator
	err := v.scan([]byte{kOperator}, []byte{kOperator + 1}, 0, func(_, b []byte) error {
		o, err := decodeOperator(b)
		out = append(out, o)
		return err
	})
	return out, err
}

// Operator reads one operator.
func (v *View) Operator(id uint64) (Operator, bool, error) {
	b, ok, err := get(v.snap, operatorKey(id))
	if err != nil || !ok {
		return Operator{}, ok, err
	}
	o, err := decodeOperator(b)
	return o, err == nil, err
}
