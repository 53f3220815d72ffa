// Package progress draws the progress bar of a long simulation on a
// terminal: the share done, simulated days done of the total (7,200 slots
// a day), and the time left.
package progress

import (
	"fmt"
	"io"
	"os"
	"strings"
	"time"

	"golang.org/x/term"
)

// OnTerminal is a bar named name on standard error when it is a terminal,
// else nil (nothing to draw on).
func OnTerminal(name string) *Bar {
	if !term.IsTerminal(int(os.Stderr.Fd())) {
		return nil
	}
	return New(os.Stderr, name)
}

// Bar draws a one-line bar with simulated time and ETA on a terminal.
type Bar struct {
	w     io.Writer
	name  string
	start time.Time
	last  time.Time
}

// New is a bar named name drawn on w.
func New(w io.Writer, name string) *Bar {
	return &Bar{w: w, name: name, start: time.Now()}
}

// Update draws the bar at done of total slots (at most ten times a
// second, and always at the end).
func (p *Bar) Update(done, total uint64) {
	now := time.Now()
	if now.Sub(p.last) < 100*time.Millisecond && done < total {
		return
	}
	p.last = now
	frac := float64(done) / float64(max(total, 1))
	const width = 30
	n := int(frac * width)
	eta := "?"
	if frac > 0 {
		eta = (time.Duration(float64(now.Sub(p.start)) * (1 - frac) / frac)).Round(time.Second).String()
	}
	fmt.Fprintf(p.w, "\r%s [%s%s] %5.1f%%  %.0f of %.0f simulated days  ETA %s   ", p.name, strings.Repeat("#", n), strings.Repeat(".", width-n),
		frac*100, float64(done)/7200, float64(total)/7200, eta)
}

// End ends the bar's line.
func (p *Bar) End() { fmt.Fprintln(p.w) }
