package scenario

import (
	"math"

	"github.com/ethereum/go-ethereum/common"

	"github.com/stakepool/stakepool/protocol"
)

// The emergency pause knob (emergency_pause): the pool's emergency
// committee — protocol's GateSeal (protocol/emergency.go), made at genesis
// with a fixed pause of Days — pauses one target at AtDay, once, through
// the protocol's own command. What the pause then does is the protocol's:
// submits refused (staking), the deposit step idle (deposits), withdrawal
// requests and instant withdrawals refused (withdrawals). The agents'
// side: holders and arbitrageurs whose requests the pause refuses keep
// their stETH and try again every step (holders in a hurry by the same
// "best" route, which, with the queue's wait now including the rest of
// the pause, sells more on the market); their wait counts from their
// first try. docs/scenario.md, "Emergency pause".

// EmergencyPause is the committee's one pause.
type EmergencyPause struct {
	Pool   string  `yaml:"pool"`   // default: the first pool
	AtDay  float64 `yaml:"at_day"` // when the committee pauses (days from the start)
	Target string  `yaml:"target"` // staking, deposits or withdrawals
	// Days is the committee's fixed pause, set at genesis: at most
	// protocol.MaxPauseSeconds (60 days; longer needs governance, and
	// governance never pauses withdrawals). 0: the committee exists and
	// does not pause (a comparison's baseline, a sweep's first point).
	Days float64 `yaml:"days"`
}

var pauseTargets = map[string]uint8{"staking": protocol.PauseStaking, "deposits": protocol.PauseDeposits, "withdrawals": protocol.PauseWithdrawals}

func (sc *Scenario) defaultsPause() {
	if e := sc.EmergencyPause; e != nil && e.Pool == "" && len(sc.Pools) > 0 {
		e.Pool = sc.Pools[0].Name
	}
}

// validatePause checks emergency_pause.
func (sc *Scenario) validatePause(v *verr) {
	e := sc.EmergencyPause
	if e == nil {
		return
	}
	const at = "emergency_pause"
	if k := sc.PoolIndex(e.Pool); k < 0 {
		v.add(at+".pool", "no pool named %q", e.Pool)
	} else if sc.Pools[k].Centralized {
		v.add(at+".pool", "%s is centralized: a custodial pool has no emergency committee", e.Pool)
	}
	if _, ok := pauseTargets[e.Target]; !ok {
		v.add(at+".target", "%q: want staking, deposits or withdrawals", e.Target)
	}
	maxDays := float64(protocol.MaxPauseSeconds) / 86400
	switch {
	case math.IsNaN(e.Days) || e.Days < 0:
		v.add(at+".days", "%g: want 0 (no pause) to %g days", e.Days, maxDays)
	case e.Days > maxDays:
		v.add(at+".days", "%g: the committee pauses for at most %g days (protocol.MaxPauseSeconds); a longer pause needs governance, which never pauses withdrawals", e.Days, maxDays)
	case e.Days > 0 && e.Days*86400 < 1:
		v.add(at+".days", "%g: shorter than a second", e.Days)
	}
	if math.IsNaN(e.AtDay) || e.AtDay < 0 || (sc.Duration > 0 && e.AtDay >= sc.Duration.Days()) {
		v.add(at+".at_day", "%g: want a day within the scenario's duration (0 to %g)", e.AtDay, sc.Duration.Days())
	}
}

// pauseOf is pool k's emergency pause, or nil.
func (sc *Scenario) pauseOf(k int) *EmergencyPause {
	if e := sc.EmergencyPause; e != nil && e.Pool == sc.Pools[k].Name {
		return e
	}
	return nil
}

// genesis gives pool k its emergency committee (nothing without the knob:
// the pool has none, as before it).
func (e *EmergencyPause) genesis(g *protocol.Genesis, k int) {
	if e == nil {
		return
	}
	g.PauseCommittee = addr(kPause, k, 0)
	g.PauseExpiry = math.MaxUint64
	g.PauseSeconds = max(1, uint64(math.Round(e.Days*86400)))
}

// at is the slot offset the committee pauses at.
func (e *EmergencyPause) at() Duration { return Duration(math.Round(e.AtDay * slotsPerDay)) }

// pauseNow has the committees whose time falls in the step pause.
func (r *runner) pauseNow(in func(Duration) bool) {
	for k, p := range r.w.pools {
		e := r.sc.pauseOf(k)
		if e == nil || e.Days == 0 || !in(e.at()) {
			continue
		}
		p.must(addr(kPause, k, 0), protocol.Command{Kind: protocol.CmdEmergencyPause, Count: uint64(pauseTargets[e.Target])})
	}
}

// blockedExit is stETH whose withdrawal request a pause refused: its
// holder tries again every step.
type blockedExit struct {
	pool   int
	from   common.Address
	eth    float64
	since  uint64 // the slot of the first try: the wait counts from it
	direct bool   // straight to the queue (arbitrageurs); else the "best" route
}

// retryBlocked has every holder a pause refused try again.
func (r *runner) retryBlocked() {
	bs := r.blocked
	r.blocked = nil
	for _, b := range bs {
		if b.direct {
			r.queueSince(b.pool, b.from, b.eth, b.since)
		} else {
			r.sellSince(b.pool, b.from, b.eth, "best", b.since)
		}
	}
}

// pausedDays is what is left of pool k's pause of withdrawals (days).
func (r *runner) pausedDays(k int) float64 {
	st := r.w.pools[k].st
	if u, now := st.PausedUntil(protocol.PauseWithdrawals), st.Timestamp(); u > now {
		return float64(u-now) / 86400
	}
	return 0
}

// pauseColumns are the pause's time series: what is left of it (days) and
// the stETH its refusals hold back (requested at least once, not queued).
var pauseColumns = []string{"pause_left_days", "pause_blocked_steth"}

var pauseFigure = figure{ID: "pause", Title: "Emergency pause: days left, and stETH whose withdrawal requests it refused (not yet queued)", X: "day", Y: "days / stETH",
	Lines: []series{{"pause left (days)", "pause_left_days", 1}, {"held back (stETH)", "pause_blocked_steth", 1}}}

func (r *runner) pauseRow() []float64 {
	e := r.sc.EmergencyPause
	k := r.sc.PoolIndex(e.Pool)
	st := r.w.pools[k].st
	var left float64
	if u, now := st.PausedUntil(pauseTargets[e.Target]), st.Timestamp(); u > now {
		left = float64(u-now) / 86400
	}
	var held float64
	for _, b := range r.blocked {
		held += b.eth
	}
	return []float64{left, held}
}
