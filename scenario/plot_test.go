package scenario

import (
	"regexp"
	"strconv"
	"strings"
	"testing"
)

// TestNiceTicks: 4 to 8 labelled ticks at round values inside the range,
// written with the decimals their step needs; whole ranges keep whole steps.
func TestNiceTicks(t *testing.T) {
	for _, c := range []struct {
		lo, hi float64
		want   string
	}{
		{0, 12, "0 2 4 6 8 10 12"},
		{1, 12, "2 4 6 8 10 12"},
		{0.9983, 1.0001, "0.9985 0.9990 0.9995 1.0000"},
		{1.93, 2.61, "2.0 2.2 2.4 2.6"},
		{-0.07, 0.01, "-0.06 -0.04 -0.02 0.00"},
		{11.3, 34.0, "15 20 25 30"},
		{0, 0.25, "0.00 0.05 0.10 0.15 0.20 0.25"},
	} {
		var got []string
		for _, tk := range (niceTicks{}).Ticks(c.lo, c.hi) {
			if tk.Label != "" {
				got = append(got, tk.Label)
			}
		}
		if strings.Join(got, " ") != c.want {
			t.Errorf("ticks of [%g, %g]: %v, want %s", c.lo, c.hi, got, c.want)
		}
	}
}

// TestChartLayout: the legend sits in a strip below the plot (the SVG is
// taller than the plot by it), axes span the data with a margin, a
// reference line outside the data is left out, a curve equal to an earlier
// one is drawn dashed.
func TestChartLayout(t *testing.T) {
	c := &chart{title: "t", xLabel: "day", yLabel: "%", refs: []float64{50, 1.2},
		curves: []curve{{name: "a", x: []float64{0, 1, 2}, y: []float64{1, 1.5, 1.4}},
			{name: "b", x: []float64{0, 1, 2}, y: []float64{1, 1.5, 1.4}},
			{name: "c", x: []float64{0, 1, 2}, y: []float64{1.1, 1.2, 1.3}, lo: []float64{1, 1.1, 1.2}, hi: []float64{1.2, 1.3, 1.4}}}}
	s, err := c.svg()
	if err != nil {
		t.Fatal(err)
	}
	h := regexp.MustCompile(`height="([0-9.]+)pt"`).FindStringSubmatch(s)
	if h == nil {
		t.Fatalf("no height in %.200s", s)
	}
	if v, _ := strconv.ParseFloat(h[1], 64); v <= float64(plotHeight.Points())+5 {
		t.Errorf("svg height %gpt: no strip for the legend below the %gpt plot", v, plotHeight.Points())
	}
	if strings.Contains(s, ">50<") {
		t.Error("the axis reaches the reference line at 50, outside the data")
	}
	if lo, hi := pad(1, 1.5); lo != 0.975 || hi != 1.525 {
		t.Errorf("pad(1, 1.5) = %g, %g", lo, hi)
	}
	if !sameAs(c.curves[1], c.curves[0]) || sameAs(c.curves[2], c.curves[0]) {
		t.Error("sameAs")
	}
	if n := strings.Count(s, "stroke-dasharray"); n < 2 { // b's line and its legend sample
		t.Errorf("%d dashed strokes: b, equal to a, is not dashed", n)
	}
}
