package scenario

import "github.com/stakepool/stakepool/protocol"

// The contested proposal's place in the scenario file, the report and
// the headline (veto.go runs it).

// contestHeadline are the contest's headline metrics.
var contestHeadline = []string{"proposal_executed", "proposal_delay_days", "max_veto_support_share", "max_timelock_extension_days",
	"rage_quit", "locked_left_share", "objectors_left_share", "exit_mean_wait_days", "exit_max_wait_days", "exit_forgone_yield"}

// contestFigures are the contest's plots: the veto's support against its
// seals, the timelock's extension, and where the objectors' stETH is.
func contestFigures(c *Contested) []figure {
	return []figure{
		{ID: "veto", Title: "Veto escrow: support of the current round (lines: the two seals)", X: "day", Y: "% of stETH supply",
			Lines: []series{{"support", "veto_support_share", 100}}, Refs: []float64{float64(c.Veto.FirstSeal) * 100, float64(c.Veto.SecondSeal) * 100}},
		{ID: "timelock", Title: "Timelock extension by the veto; proposal executed (1) and rage-quit freeze (1)", X: "day", Y: "days",
			Lines: []series{{"extension (days)", "veto_extension_days", 1}, {"executed", "proposal_executed", 1}, {"frozen by a rage quit", "rage_quit_frozen", 1}}},
		{ID: "rage-quit", Title: "Objectors' stETH: in the escrow, queued, finalized (left)", X: "day", Y: "ETH",
			Lines: []series{{"in the escrow", "objectors_escrow_steth", 1}, {"queued", "rage_quit_queue_steth", 1}, {"left", "objectors_left_steth", 1}}},
	}
}

// defaultsContested fills the contested proposal's defaults: the first
// pool, mainnet's timelock and veto, 100 objectors reacting after a day.
func (sc *Scenario) defaultsContested() {
	c := sc.Contested
	if c == nil {
		return
	}
	if c.Pool == "" && len(sc.Pools) > 0 {
		c.Pool = sc.Pools[0].Name
	}
	m := protocol.MainnetParams()
	if c.Timelock == 0 {
		c.Timelock = Duration(m.TimelockSeconds / secondsPerSlot)
	}
	v := &c.Veto
	if v.FirstSeal == 0 {
		v.FirstSeal = Fraction(float64(m.VetoFirstSealBP) / protocol.BP)
	}
	if v.SecondSeal == 0 {
		v.SecondSeal = Fraction(float64(m.VetoSecondSealBP) / protocol.BP)
	}
	if v.MaxExtension == 0 {
		v.MaxExtension = Duration(m.VetoMaxExtensionSeconds / secondsPerSlot)
	}
	if v.RageQuitWindow == 0 {
		v.RageQuitWindow = Duration(m.RageQuitWindowSeconds / secondsPerSlot)
	}
	o := &c.Objectors
	if o.Holders == 0 {
		o.Holders = 100
	}
	if o.Reaction.Median == 0 {
		o.Reaction.Median = slotsPerDay
	}
	if o.Reaction.Sigma == 0 {
		o.Reaction.Sigma = 1
	}
	if o.Strategy == "" {
		o.Strategy = "lock"
	}
}

// validateContested checks the contested proposal.
func (sc *Scenario) validateContested(v *verr) {
	c := sc.Contested
	if c == nil {
		return
	}
	const at = "contested_proposal"
	if k := sc.PoolIndex(c.Pool); k < 0 {
		v.add(at+".pool", "no pool named %q", c.Pool)
	} else if sc.Pools[k].Centralized {
		v.add(at+".pool", "%s is centralized: a custodial pool has no veto escrow", c.Pool)
	}
	if c.At >= sc.Duration && sc.Duration > 0 {
		v.add(at+".at", "not within the scenario's duration")
	}
	switch {
	case (c.Fee == nil) == (c.Reserve == nil):
		v.add(at, "give the change: fee or reserve (one of them)")
	case c.Fee != nil:
		v.frac(at+".fee", *c.Fee, 0, 1)
	default:
		v.frac(at+".reserve", *c.Reserve, 0, 1)
	}
	if c.Timelock.Days() > 365 {
		v.add(at+".timelock", "longer than a year")
	}
	w := &c.Veto
	v.frac(at+".veto.first_seal", w.FirstSeal, 0.0001, 0.9999)
	v.frac(at+".veto.second_seal", w.SecondSeal, 0.0002, 1)
	if bp(w.FirstSeal) >= bp(w.SecondSeal) {
		v.add(at+".veto.second_seal", "%s must be above the first seal (%s)", pct(w.SecondSeal), pct(w.FirstSeal))
	}
	if w.MaxExtension.Days() > 365 {
		v.add(at+".veto.max_extension", "longer than a year")
	}
	if w.RageQuitWindow.Days() > 365 {
		v.add(at+".veto.rage_quit_window", "longer than a year")
	}
	o := &c.Objectors
	v.frac(at+".objectors.share", o.Share, 0, 1)
	v.frac(at+".objectors.wsteth", o.WstETH, 0, 1)
	if o.Holders < 1 || o.Holders > 10_000 {
		v.add(at+".objectors.holders", "%d: want 1 to 10000", o.Holders)
	}
	if o.Reaction.Sigma < 0 || o.Reaction.Sigma > 5 {
		v.add(at+".objectors.reaction.sigma", "%g: want 0 to 5", o.Reaction.Sigma)
	}
	if o.Strategy != "lock" && o.Strategy != "exit" {
		v.add(at+".objectors.strategy", "%q: want lock or exit", o.Strategy)
	}
	if o.Reaction.Median.Days() > 365 {
		v.add(at+".objectors.reaction.median", "longer than a year")
	}
}
