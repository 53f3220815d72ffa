package scenario

import (
	"bytes"
	"fmt"
	"image/color"
	"math"
	"strconv"
	"strings"

	"gonum.org/v1/plot"
	gpalette "gonum.org/v1/plot/palette"
	"gonum.org/v1/plot/palette/moreland"
	"gonum.org/v1/plot/plotter"
	"gonum.org/v1/plot/vg"
	"gonum.org/v1/plot/vg/draw"
	"gonum.org/v1/plot/vg/vgsvg"
)

// The report's plots, drawn with gonum/plot into inline SVG: line charts
// (with a band from the 5th to the 95th percentile around the median when
// a study has several runs) and heatmaps. The legend sits below the plot
// area, never on the data; axes span the data (and the reference lines
// that fall inside it).

const (
	plotWidth  = 16 * vg.Centimeter
	plotHeight = 9 * vg.Centimeter
)

var palette = []color.Color{
	color.RGBA{31, 119, 180, 255}, color.RGBA{255, 127, 14, 255}, color.RGBA{44, 160, 44, 255}, color.RGBA{214, 39, 40, 255},
	color.RGBA{148, 103, 189, 255}, color.RGBA{140, 86, 75, 255}, color.RGBA{227, 119, 194, 255}, color.RGBA{127, 127, 127, 255},
	color.RGBA{188, 189, 34, 255}, color.RGBA{23, 190, 207, 255},
}

// curve is one line of a chart: y against x, and its band (lo–hi) when
// the study has several runs.
type curve struct {
	name   string
	x, y   []float64
	lo, hi []float64
	marks  bool // a marker at each point (sweeps)
	color  color.Color
	dashed bool
}

// chart is a line chart.
type chart struct {
	title, xLabel, yLabel string
	curves                []curve
	refs                  []float64 // horizontal reference lines (drawn when inside the data)
}

// legendEntry is one line of a legend below a plot.
type legendEntry struct {
	name   string
	color  color.Color
	band   bool
	dashed bool
}

// svg renders the chart.
func (c *chart) svg() (string, error) {
	p := plot.New()
	p.Title.Text = c.title
	p.X.Label.Text = c.xLabel
	p.Y.Label.Text = c.yLabel
	xmin, xmax, ymin, ymax := math.Inf(1), math.Inf(-1), math.Inf(1), math.Inf(-1)
	var entries []legendEntry
	for j, cv := range c.curves {
		col := cv.color
		if col == nil {
			col = palette[j%len(palette)]
		}
		var pts plotter.XYs
		var band []plotter.XY
		for i := range cv.x {
			if !finite(cv.y[i]) || !finite(cv.x[i]) {
				continue
			}
			pts = append(pts, plotter.XY{X: cv.x[i], Y: cv.y[i]})
			xmin, xmax = math.Min(xmin, cv.x[i]), math.Max(xmax, cv.x[i])
			ymin, ymax = math.Min(ymin, cv.y[i]), math.Max(ymax, cv.y[i])
			if cv.lo != nil && finite(cv.lo[i]) && finite(cv.hi[i]) {
				ymin, ymax = math.Min(ymin, cv.lo[i]), math.Max(ymax, cv.hi[i])
			}
		}
		if len(pts) == 0 {
			continue
		}
		if cv.lo != nil {
			for i := range cv.x {
				if finite(cv.lo[i]) && finite(cv.x[i]) {
					band = append(band, plotter.XY{X: cv.x[i], Y: cv.lo[i]})
				}
			}
			for i := len(cv.x) - 1; i >= 0; i-- {
				if finite(cv.hi[i]) && finite(cv.x[i]) {
					band = append(band, plotter.XY{X: cv.x[i], Y: cv.hi[i]})
				}
			}
			if poly, err := plotter.NewPolygon(plotter.XYs(band)); err == nil && len(band) > 2 {
				poly.Color = withAlpha(col, 0x40)
				poly.LineStyle.Width = 0
				p.Add(poly)
			}
		}
		l, err := plotter.NewLine(pts)
		if err != nil {
			return "", err
		}
		l.Color = col
		l.Width = vg.Points(1.5)
		for _, prev := range c.curves[:j] {
			if sameAs(cv, prev) {
				cv.dashed = true
			}
		}
		if cv.dashed {
			l.Dashes = []vg.Length{vg.Points(5), vg.Points(3)}
		}
		p.Add(l)
		if cv.marks {
			if s, err := plotter.NewScatter(pts); err == nil {
				s.Color = col
				s.Shape = draw.CircleGlyph{}
				p.Add(s)
			}
		}
		entries = append(entries, legendEntry{name: cv.name, color: col, band: cv.lo != nil, dashed: cv.dashed})
	}
	if math.IsInf(xmin, 1) {
		xmin, xmax, ymin, ymax = 0, 1, 0, 1
	}
	// the axes span the data, with a margin; reference lines inside it
	ylo, yhi := pad(ymin, ymax)
	for _, y := range c.refs {
		if y < ymin || y > ymax {
			continue
		}
		l, err := plotter.NewLine(plotter.XYs{{X: xmin, Y: y}, {X: xmax, Y: y}})
		if err == nil {
			l.Color = color.Gray{150}
			l.Dashes = []vg.Length{vg.Points(4), vg.Points(3)}
			p.Add(l)
		}
	}
	if xmax == xmin {
		xmin, xmax = xmin-0.5, xmax+0.5
	}
	p.X.Min, p.X.Max = xmin, xmax
	p.Y.Min, p.Y.Max = ylo, yhi
	p.X.Tick.Marker, p.Y.Tick.Marker = niceTicks{}, niceTicks{}
	return render(p, entries, nil)
}

// sameAs tells whether a curve's values are those of an earlier one (it is
// then drawn dashed, so that both show).
func sameAs(a, b curve) bool {
	if len(a.y) != len(b.y) {
		return false
	}
	for i := range a.y {
		if d := math.Abs(a.y[i] - b.y[i]); d > 1e-9*math.Max(1, math.Abs(a.y[i])) {
			return false
		}
	}
	return true
}

// niceTicks labels an axis at 4 to 8 round values (1, 2, 2.5 or 5 times a
// power of ten), each written with the decimals its step needs.
type niceTicks struct{}

func (niceTicks) Ticks(lo, hi float64) []plot.Tick {
	if !(hi > lo) {
		return []plot.Tick{{Value: lo, Label: strconv.FormatFloat(lo, 'g', 4, 64)}}
	}
	raw := (hi - lo) / 6
	mag := math.Pow(10, math.Floor(math.Log10(raw)))
	step := mag
	for _, m := range []float64{1, 2, 2.5, 5, 10} {
		if m == 2.5 && mag >= 1 {
			continue // whole numbers stay whole
		}
		if step = m * mag; step >= raw {
			break
		}
	}
	dec := max(0, -int(math.Floor(math.Log10(step)+1e-9)))
	if r := step / math.Pow(10, math.Floor(math.Log10(step)+1e-9)); math.Abs(r-2.5) < 1e-9 {
		dec++
	}
	var ts []plot.Tick
	for v := math.Ceil(lo/step) * step; v <= hi+step*1e-9; v += step {
		x := math.Round(v/step) * step
		if math.Abs(x) < step*1e-9 {
			x = 0
		}
		ts = append(ts, plot.Tick{Value: x, Label: strconv.FormatFloat(x, 'f', dec, 64)})
		for m := 1; m < 5; m++ { // minor ticks between
			if mv := x + step*float64(m)/5; mv <= hi {
				ts = append(ts, plot.Tick{Value: mv})
			}
		}
	}
	return ts
}

func finite(x float64) bool { return !math.IsNaN(x) && !math.IsInf(x, 0) }

// pad widens [lo, hi] by 5% on each side (a flat line gets a visible span).
func pad(lo, hi float64) (float64, float64) {
	if hi == lo {
		d := math.Max(math.Abs(lo)*0.05, 1e-9)
		if lo == 0 {
			d = 1
		}
		return lo - d, hi + d
	}
	d := (hi - lo) * 0.05
	return lo - d, hi + d
}

func withAlpha(c color.Color, a uint8) color.Color {
	r, g, b, _ := c.RGBA()
	// premultiplied, as image/color wants
	f := float64(a) / 255
	return color.RGBA{uint8(float64(r>>8) * f), uint8(float64(g>>8) * f), uint8(float64(b>>8) * f), a}
}

// render draws a plot with its legend in a strip below it (in as many
// columns as fit) and, for a heatmap, its colour bar at its right.
func render(p *plot.Plot, entries []legendEntry, bar *plot.Plot) (string, error) {
	sty := p.Legend.TextStyle
	thumb := vg.Centimeter * 0.7
	gap := vg.Points(6)
	// a viewer may draw the text in a wider font than the one measured
	// here (the SVG names the font, it does not embed it): a fifth more
	var widest vg.Length
	for _, e := range entries {
		widest = max(widest, sty.Width(e.name)*1.2)
	}
	entryW := thumb + gap + widest + vg.Points(14)
	cols := max(1, min(len(entries), int((plotWidth-vg.Points(20))/entryW)))
	rows := (len(entries) + cols - 1) / cols
	lineH := sty.Height("Mg") * 1.35
	legendH := vg.Length(0)
	if rows > 0 {
		legendH = vg.Length(rows)*lineH + vg.Points(8)
	}
	c := vgsvg.NewWith(vgsvg.UseWH(plotWidth, plotHeight+legendH), vgsvg.EmbedFonts(false))
	dc := draw.New(c)
	area := draw.Crop(dc, 0, 0, legendH, 0)
	if bar != nil {
		bw := plotWidth * 0.16
		bar.Draw(draw.Crop(area, plotWidth-bw, 0, 0, 0))
		area = draw.Crop(area, 0, -bw, 0, 0)
	}
	p.Draw(draw.Crop(area, 0, -vg.Points(10), 0, 0)) // room for the last tick label
	// the legend, left to right then down
	colW := (plotWidth - vg.Points(20)) / vg.Length(cols)
	for i, e := range entries {
		col, row := i%cols, i/cols
		x := vg.Points(10) + vg.Length(col)*colW
		y := legendH - vg.Points(4) - (vg.Length(row)+0.5)*lineH
		if e.band {
			dc.FillPolygon(withAlpha(e.color, 0x40), []vg.Point{{X: x, Y: y - lineH*0.3}, {X: x + thumb, Y: y - lineH*0.3}, {X: x + thumb, Y: y + lineH*0.3}, {X: x, Y: y + lineH*0.3}})
		}
		ls := draw.LineStyle{Color: e.color, Width: vg.Points(1.5)}
		if e.dashed {
			ls.Dashes = []vg.Length{vg.Points(5), vg.Points(3)}
		}
		dc.StrokeLine2(ls, x, y, x+thumb, y)
		ts := sty
		ts.YAlign = -0.5
		dc.FillText(ts, vg.Point{X: x + thumb + gap, Y: y}, e.name)
	}
	var b bytes.Buffer
	if _, err := c.WriteTo(&b); err != nil {
		return "", err
	}
	s := b.String()
	if i := strings.Index(s, "<svg"); i > 0 {
		s = s[i:] // drop the XML prologue: the SVG is inlined
	}
	return s, nil
}

// heatmap is a grid of one metric over two parameters.
type heatmap struct {
	title, xLabel, yLabel string
	xTicks, yTicks        []string
	z                     [][]float64 // [y][x]
	format                func(float64) string
}

type grid struct{ z [][]float64 }

func (g grid) Dims() (int, int)   { return len(g.z[0]), len(g.z) }
func (g grid) Z(c, r int) float64 { return g.z[r][c] }
func (g grid) X(c int) float64    { return float64(c) }
func (g grid) Y(r int) float64    { return float64(r) }
func (g grid) Min() (m float64)   { return g.bound(math.Min, math.Inf(1)) }
func (g grid) Max() (m float64)   { return g.bound(math.Max, math.Inf(-1)) }
func (g grid) bound(f func(a, b float64) float64, m float64) float64 {
	for _, row := range g.z {
		for _, v := range row {
			if finite(v) {
				m = f(m, v)
			}
		}
	}
	return m
}

// svg renders the heatmap: cells coloured by value (blue low, red high),
// each with its value written in it, and the colour bar at the right.
func (h *heatmap) svg() (string, error) {
	g := grid{h.z}
	lo, hi := g.Min(), g.Max()
	if math.IsInf(lo, 1) {
		lo, hi = 0, 1
	}
	if hi == lo {
		lo, hi = lo-1, hi+1
	}
	cm := moreland.SmoothBlueRed()
	cm.SetMin(lo)
	cm.SetMax(hi)
	p := plot.New()
	p.Title.Text = h.title
	p.X.Label.Text, p.Y.Label.Text = h.xLabel, h.yLabel
	hm := plotter.NewHeatMap(g, cm.Palette(255))
	hm.Min, hm.Max = lo, hi
	hm.NaN = color.Gray{220}
	p.Add(hm)
	var xys plotter.XYs
	var labels []string
	for r, row := range h.z {
		for c, v := range row {
			xys = append(xys, plotter.XY{X: float64(c), Y: float64(r)})
			labels = append(labels, h.format(v))
		}
	}
	lb, err := plotter.NewLabels(plotter.XYLabels{XYs: xys, Labels: labels})
	if err != nil {
		return "", err
	}
	i := 0
	for _, row := range h.z {
		for _, v := range row {
			lb.TextStyle[i].XAlign, lb.TextStyle[i].YAlign = -0.5, -0.5
			if col, err := cm.At(math.Max(lo, math.Min(hi, v))); err == nil && finite(v) && luminance(col) < 0.45 {
				lb.TextStyle[i].Color = color.White
			}
			i++
		}
	}
	p.Add(lb)
	ticks := func(ls []string) plot.ConstantTicks {
		var t plot.ConstantTicks
		for i, l := range ls {
			t = append(t, plot.Tick{Value: float64(i), Label: l})
		}
		return t
	}
	p.X.Tick.Marker, p.Y.Tick.Marker = ticks(h.xTicks), ticks(h.yTicks)
	p.X.Min, p.X.Max = -0.5, float64(len(h.xTicks))-0.5
	p.Y.Min, p.Y.Max = -0.5, float64(len(h.yTicks))-0.5
	bar := plot.New()
	bar.HideX()
	bar.Y.Padding = 0
	bar.Title.Text = " "
	bar.Add(colorBar{cm})
	return render(p, nil, bar)
}

// colorBar draws a vertical colour scale as rectangles (gonum's ColorBar
// is an image, which SVG viewers stretch keeping its 1-pixel width).
type colorBar struct{ cm gpalette.ColorMap }

func (b colorBar) Plot(c draw.Canvas, p *plot.Plot) {
	trX, trY := p.Transforms(&c)
	const n = 100
	lo, hi := b.cm.Min(), b.cm.Max()
	for i := range n {
		y0, y1 := lo+(hi-lo)*float64(i)/n, lo+(hi-lo)*float64(i+1)/n
		col, err := b.cm.At((y0 + y1) / 2)
		if err != nil {
			continue
		}
		c.FillPolygon(col, []vg.Point{{X: trX(0), Y: trY(y0)}, {X: trX(1), Y: trY(y0)}, {X: trX(1), Y: trY(y1)}, {X: trX(0), Y: trY(y1)}})
	}
}

func (b colorBar) DataRange() (xmin, xmax, ymin, ymax float64) { return 0, 1, b.cm.Min(), b.cm.Max() }

func luminance(c color.Color) float64 {
	r, g, b, _ := c.RGBA()
	return (0.2126*float64(r) + 0.7152*float64(g) + 0.0722*float64(b)) / 65535
}

// fmtValue writes a value for a table cell or a heatmap label.
func fmtValue(v float64, percent bool) string {
	if !finite(v) {
		return "–"
	}
	if percent {
		return fmt.Sprintf("%.3g%%", v*100)
	}
	return fmtShort(v)
}

// fmtShort is v in three or four significant figures, with k and M.
func fmtShort(v float64) string {
	a := math.Abs(v)
	switch {
	case a >= 1e6:
		return fmt.Sprintf("%.3gM", v/1e6)
	case a >= 1e4:
		return fmt.Sprintf("%.3gk", v/1e3)
	case a >= 100:
		return fmt.Sprintf("%.0f", v)
	case a == 0:
		return "0"
	}
	return fmt.Sprintf("%.3g", v)
}
