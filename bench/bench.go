// Package bench holds every `stakepool bench NAME` harness: what each one
// builds, measures and reports. A bench is a Bench value registered from
// its own file (Register, in an init function); cmd/stakepool makes one
// subcommand of each, with the options the bench declares, and prints the
// figures it returns with Write: a table, or with --json one JSON object
// per figure and line in the format DESIGN.md fixes
// ({"name","unit","value","lower_is_better","reference","reference_value","speedup"},
// the reference measured in the same run where one exists).
//
// To add a bench: a file NAME.go with a func init() { Register(Bench{...}) }
// whose Flags declares the options and returns the run; nothing else
// changes. Timing lives here and in `go test -bench`, never in tests.
package bench

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"slices"
	"strings"
	"text/tabwriter"

	"github.com/spf13/pflag"
)

// Figure is one benchmark result, in the format DESIGN.md fixes for
// `stakepool bench NAME --json` (one JSON object per line).
type Figure struct {
	Name           string  `json:"name"`
	Unit           string  `json:"unit"`
	Value          float64 `json:"value"`
	LowerIsBetter  bool    `json:"lower_is_better"`
	Reference      string  `json:"reference,omitempty"`
	ReferenceValue float64 `json:"reference_value,omitempty"`
	// Speedup is how many times better than the reference, measured in the
	// same run; zero when there is no reference.
	Speedup float64 `json:"speedup,omitempty"`
}

// Bench is one `stakepool bench NAME`.
type Bench struct {
	Name  string // the subcommand's name
	Short string // one line for the list of benches
	Long  string // what it builds and measures, its figures and targets
	// Flags declares the bench's options on fs and returns the run, which
	// reads them once they are parsed (a bench without options ignores fs).
	Flags func(fs *pflag.FlagSet) Run
}

// Run measures and returns the figures, writing progress to log. Figures
// returned with an error are printed before the error fails the command
// (a load test whose transactions were not all applied, say).
type Run func(ctx context.Context, log io.Writer) ([]Figure, error)

var registry []Bench

// Register adds b to the benches; it panics on a missing part or a name
// already taken (a programming error, caught by the package's tests).
func Register(b Bench) {
	if b.Name == "" || b.Short == "" || b.Flags == nil {
		panic("bench: Register needs a name, a short help and Flags")
	}
	if _, ok := Lookup(b.Name); ok {
		panic("bench: " + b.Name + " registered twice")
	}
	registry = append(registry, b)
}

// All is every registered bench, by name.
func All() []Bench {
	out := slices.Clone(registry)
	slices.SortFunc(out, func(a, b Bench) int { return strings.Compare(a.Name, b.Name) })
	return out
}

// Lookup finds a bench by name.
func Lookup(name string) (Bench, bool) {
	for _, b := range registry {
		if b.Name == name {
			return b, true
		}
	}
	return Bench{}, false
}

// Write prints figures as JSON lines (asJSON) or as a readable table.
func Write(w io.Writer, figs []Figure, asJSON bool) error {
	if asJSON {
		enc := json.NewEncoder(w)
		for _, f := range figs {
			if err := enc.Encode(f); err != nil {
				return err
			}
		}
		return nil
	}
	tw := tabwriter.NewWriter(w, 0, 4, 2, ' ', 0)
	fmt.Fprintln(tw, "NAME\tVALUE\tUNIT\tREFERENCE\tREF VALUE\tSPEEDUP")
	for _, f := range figs {
		ref, refv, sp := "-", "-", "-"
		if f.Reference != "" {
			ref, refv, sp = f.Reference, fmt.Sprintf("%.4g", f.ReferenceValue), fmt.Sprintf("%.1fx", f.Speedup)
		}
		fmt.Fprintf(tw, "%s\t%.4g\t%s\t%s\t%s\t%s\n", f.Name, f.Value, f.Unit, ref, refv, sp)
	}
	return tw.Flush()
}
