package protocol

// The emergency pause (Lido's GateSeal): a committee — one address, on a
// real chain a multisig — may pause staking, deposits or withdrawals at
// once, for a fixed time, once; its power expires at a set time. Only
// governance renews the committee, extends a pause of staking or
// deposits, or ends one early. Governance can never pause withdrawals,
// and while withdrawals are paused no proposal executes, so a pause
// cannot trap holders before a proposal runs (docs/governance.md).

// Pause targets, a bit mask.
const (
	PauseStaking     uint8 = 1
	PauseDeposits    uint8 = 2
	PauseWithdrawals uint8 = 4
	pauseTargets           = PauseStaking | PauseDeposits | PauseWithdrawals
)

// MaxPauseSeconds bounds a pause and its extension (Lido's CircuitBreaker
// allows 5 to 60 days).
const MaxPauseSeconds = 60 * 86400

type emergencyState struct {
	committee Address
	expiry    uint64 // the committee may pause until this timestamp, inclusive
	seconds   uint64 // how long its pause lasts
	used      bool
	until     [3]uint64 // staking, deposits, withdrawals: paused while time < until
}

// PauseCommittee returns the emergency committee (zero: none), the
// timestamp its power expires at, how long its pause lasts and whether it
// has paused already.
func (s *State) PauseCommittee() (committee Address, expiry, seconds uint64, used bool) {
	e := &s.emergency
	return e.committee, e.expiry, e.seconds, e.used
}

// PausedUntil is the timestamp a target's pause ends at (0: never paused).
func (s *State) PausedUntil(target uint8) uint64 {
	for i := range 3 {
		if target == 1<<i {
			return s.emergency.until[i]
		}
	}
	return 0
}

// Paused reports whether a target is paused now.
func (s *State) Paused(target uint8) bool { return s.time < s.PausedUntil(target) }

func validatePauseCommittee(seconds uint64) *Error {
	if seconds == 0 || seconds > MaxPauseSeconds {
		return reject(CodeInvalidParameter, "a pause lasts 1..%d seconds, not %d", MaxPauseSeconds, seconds)
	}
	return nil
}

// emergencyPause is the committee's one pause of the targets in mask.
func (s *State) emergencyPause(sender Address, mask uint8) *Error {
	e := &s.emergency
	switch {
	case e.committee == (Address{}) || sender != e.committee:
		return reject(CodeNotAuthorized, "%s is not the emergency committee", sender)
	case s.time > e.expiry:
		return reject(CodeNotAuthorized, "the emergency committee's power expired at %d", e.expiry)
	case e.used:
		return reject(CodeNotAuthorized, "the emergency committee has paused once already; only governance renews it")
	case mask == 0 || mask&^pauseTargets != 0:
		return reject(CodeMalformed, "pause targets %#x are not a non-empty set of staking (1), deposits (2), withdrawals (4)", mask)
	}
	e.used = true
	until := s.time + e.seconds
	s.extendPause(mask, until)
	s.emit(Event{Kind: EvEmergencyPause, From: sender, Count: uint64(mask), Index: until})
	return nil
}

// extendPause makes every target in mask paused until at least until.
func (s *State) extendPause(mask uint8, until uint64) {
	for i := range 3 {
		if mask&(1<<i) != 0 {
			s.emergency.until[i] = max(s.emergency.until[i], until)
		}
	}
}

// checkPauseAction validates the governance actions on the pause.
func checkPauseAction(a *Action) *Error {
	switch a.Kind {
	case ActSetPauseCommittee:
		if !a.Value.IsUint64() {
			return reject(CodeInvalidParameter, "expiry %s is not a timestamp", a.Value.Dec())
		}
		if !a.Value2.IsUint64() {
			return validatePauseCommittee(MaxPauseSeconds + 1)
		}
		return validatePauseCommittee(a.Value2.Uint64())
	case ActExtendPause, ActResumePaused:
		if a.Mode == 0 || a.Mode&^(PauseStaking|PauseDeposits) != 0 {
			return reject(CodeInvalidParameter, "governance extends or ends pauses of staking (1) and deposits (2) only, not %#x: withdrawals never stop because of governance", a.Mode)
		}
		if a.Kind == ActExtendPause && (!a.Value.IsUint64() || a.Value.IsZero() || a.Value.Uint64() > MaxPauseSeconds) {
			return reject(CodeInvalidParameter, "a pause is extended by 1..%d seconds, not %s", MaxPauseSeconds, a.Value.Dec())
		}
	}
	return nil
}

// runPauseAction applies a validated pause action.
func (s *State) runPauseAction(a *Action) {
	e := &s.emergency
	switch a.Kind {
	case ActSetPauseCommittee:
		e.committee, e.expiry, e.seconds, e.used = a.Address, a.Value.Uint64(), a.Value2.Uint64(), false
		s.emit(Event{Kind: EvPauseCommitteeSet, To: a.Address, Index: e.expiry, Count: e.seconds})
	case ActExtendPause:
		until := s.time + a.Value.Uint64()
		s.extendPause(a.Mode, until)
		s.emit(Event{Kind: EvPauseExtended, Count: uint64(a.Mode), Index: until})
	case ActResumePaused:
		for i := range 3 {
			if a.Mode&(1<<i) != 0 {
				e.until[i] = 0
			}
		}
		s.emit(Event{Kind: EvPauseResumed, Count: uint64(a.Mode)})
	}
}

func encodeEmergency(e *encoder, m *emergencyState) {
	e.addr(m.committee)
	e.u64(m.expiry)
	e.u64(m.seconds)
	e.boolean(m.used)
	for _, u := range m.until {
		e.u64(u)
	}
}

func decodeEmergency(d *decoder, m *emergencyState) {
	m.committee = d.addr()
	m.expiry = d.u64()
	m.seconds = d.u64()
	m.used = d.boolean()
	for i := range m.until {
		m.until[i] = d.u64()
	}
}
