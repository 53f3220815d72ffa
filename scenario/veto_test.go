package scenario

import (
	"bytes"
	"strings"
	"testing"
)

// contested shortens the bundled contested-proposal scenario to one run
// of the given length with the given objecting share, no sweep.
func contested(t *testing.T, duration float64, share Fraction, edit func(sc *Scenario)) *Result {
	t.Helper()
	return short(t, "contested-proposal", func(sc *Scenario) {
		sc.Sweep, sc.Runs = nil, 1
		sc.Duration = days(duration)
		sc.Contested.Objectors.Share = share
		if edit != nil {
			edit(sc)
		}
	})
}

// TestContestedDeterminism: the same seed gives the same summary.json,
// timeseries.csv and report, byte for byte, with the contest's columns
// and plots in them.
func TestContestedDeterminism(t *testing.T) {
	edit := func(sc *Scenario) { sc.Contested.At = days(1) }
	a, b := contested(t, 5, 0.25, edit), contested(t, 5, 0.25, edit)
	ja, _ := a.SummaryJSON()
	jb, _ := b.SummaryJSON()
	ha, err := a.HTML()
	if err != nil {
		t.Fatal(err)
	}
	hb, _ := b.HTML()
	if !bytes.Equal(ja, jb) || !bytes.Equal(a.CSV(), b.CSV()) || !bytes.Equal(ha, hb) {
		t.Fatal("same seed, different output")
	}
	for _, col := range contestColumns {
		if !strings.Contains(string(a.CSV()), col) {
			t.Errorf("timeseries.csv lacks %s", col)
		}
	}
	for _, id := range []string{"veto", "timelock", "rage-quit"} {
		if !strings.Contains(string(ha), `<figure id="plot-`+id+`">`) {
			t.Errorf("report.html lacks plot %s", id)
		}
	}
	if !strings.Contains(string(ja), `"exit_forgone_yield"`) {
		t.Error("summary.json lacks the contest")
	}
}

// TestContestedRageQuitBeforeExecution is issue 16's property seen from a
// scenario: with a one-hour timelock and a one-hour rage-quit window —
// far shorter than the queue's wait (a report a day, 256 epochs before a
// validator is withdrawable) — the hostile proposal still runs only after
// every objector who locked before the rage quit has had its requests
// finalized: the rage quit's freeze lasts until they are. With the rule
// removed (protocol/escrow.go rageQuitFrozen without
// `|| s.finalized < e.rqLastID`) the proposal runs an hour after the rage
// quit began and this test fails: measured, locked_left_share 0, the
// proposal ran 0.116 days after it was made, the last rage-quit request
// was finalized at 2.711.
func TestContestedRageQuitBeforeExecution(t *testing.T) {
	for _, strategy := range []string{"lock", "exit"} {
		res := contested(t, 8, 0.25, func(sc *Scenario) {
			c := sc.Contested
			c.At, c.Timelock, c.Veto.RageQuitWindow = days(1), Duration(300), Duration(300)
			c.Objectors.Reaction = Reaction{Median: Duration(600), Sigma: 0.5}
			c.Objectors.Strategy = strategy
		})
		s := res.Summary.Points[0].Contested
		if s.RageQuit != 1 || s.Executed != 1 {
			t.Fatalf("%s: rage quit %d, executed %d: want both (support %.4f)", strategy, s.RageQuit, s.Executed, s.MaxSupport)
		}
		if s.LockedETH <= 0 || s.RageQuitETH < s.LockedETH*0.99 {
			t.Fatalf("%s: locked %.2f stETH, rage quit took out %.2f", strategy, s.LockedETH, s.RageQuitETH)
		}
		if s.LockedLeft != 1 {
			t.Errorf("%s: only %.4f of the locked stETH was out before the proposal ran", strategy, s.LockedLeft)
		}
		if s.DelayDays < s.ExitsOut {
			t.Errorf("%s: the proposal ran %.3f days after it was made, the last locked objector's request was finalized at %.3f", strategy, s.DelayDays, s.ExitsOut)
		}
		if s.MaxWait <= 1.0/24 {
			t.Errorf("%s: the requests waited %.3f days: the window alone would have covered them, the test proves nothing", strategy, s.MaxWait)
		}
	}
}

func TestContestedSchemaErrors(t *testing.T) {
	base := okScenario + "contested_proposal:\n  at: 2d\n"
	cases := []struct{ name, yaml, want string }{
		{"no change", base, "contested_proposal: give the change: fee or reserve"},
		{"both changes", base + "  fee: 50%\n  reserve: 0%\n", "contested_proposal: give the change: fee or reserve"},
		{"seals", base + "  fee: 50%\n  veto: {first_seal: 10%, second_seal: 5%}\n", "contested_proposal.veto.second_seal: 5% must be above the first seal (10%)"},
		{"unknown pool", base + "  fee: 50%\n  pool: rocket\n", "contested_proposal.pool: no pool named \"rocket\""},
		{"after the end", strings.Replace(base, "at: 2d", "at: 20d", 1) + "  fee: 50%\n", "contested_proposal.at: not within the scenario's duration"},
		{"share", base + "  fee: 50%\n  objectors: {share: 150%}\n", "contested_proposal.objectors.share: 150% is outside 0%–100%"},
		{"strategy", base + "  fee: 50%\n  objectors: {strategy: sell}\n", "contested_proposal.objectors.strategy: \"sell\": want lock or exit"},
		{"holders", base + "  fee: 50%\n  objectors: {holders: 20000}\n", "contested_proposal.objectors.holders: 20000: want 1 to 10000"},
	}
	for _, c := range cases {
		_, err := Parse("ok.yaml", []byte(c.yaml))
		if err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("%s: got %v, want %q", c.name, err, c.want)
		}
	}
	sc, err := Parse("ok.yaml", []byte(base+"  reserve: 0%\n"))
	if err != nil {
		t.Fatal(err)
	}
	c := sc.Contested
	if c.Pool != "lido" || c.Timelock != 3*slotsPerDay || c.Veto.SecondSeal != 0.1 || c.Veto.MaxExtension != 45*slotsPerDay ||
		c.Objectors.Holders != 100 || c.Objectors.Reaction.Median != slotsPerDay || c.Objectors.Strategy != "lock" {
		t.Fatalf("defaults not applied: %+v", c)
	}
}
