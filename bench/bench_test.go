package bench

import (
	"bytes"
	"encoding/json"
	"slices"
	"strings"
	"testing"

	"github.com/spf13/pflag"
)

// TestRegistry: every bench has its help and declares its options with
// help; the names are unique and sorted.
func TestRegistry(t *testing.T) {
	var names []string
	for _, b := range All() {
		names = append(names, b.Name)
		if b.Short == "" || b.Long == "" {
			t.Errorf("bench %s: no help", b.Name)
		}
		fs := pflag.NewFlagSet(b.Name, pflag.ContinueOnError)
		if b.Flags(fs) == nil {
			t.Errorf("bench %s: Flags returned no run", b.Name)
		}
		fs.VisitAll(func(f *pflag.Flag) {
			if f.Usage == "" {
				t.Errorf("bench %s: --%s has no help", b.Name, f.Name)
			}
		})
	}
	for _, want := range []string{"beacon", "bls", "devnet", "ledger", "oracle", "scenario"} {
		if _, ok := Lookup(want); !ok {
			t.Errorf("bench %s is not registered", want)
		}
	}
	if !slices.IsSorted(names) || len(slices.Compact(slices.Clone(names))) != len(names) {
		t.Errorf("names %v", names)
	}
}

// TestRegisterRefusesDuplicates: a second bench of the same name panics.
func TestRegisterRefusesDuplicates(t *testing.T) {
	defer func() {
		if recover() == nil {
			t.Error("a duplicate name was registered")
		}
	}()
	b, _ := Lookup("ledger")
	Register(b)
}

// TestWriteJSONLines: one object per line with DESIGN.md's keys; the
// reference keys only where a reference was measured.
func TestWriteJSONLines(t *testing.T) {
	figs := []Figure{
		{Name: "x/plain", Unit: "ops/s", Value: 12.5},
		{Name: "x/ref", Unit: "ms", Value: 2, LowerIsBetter: true, Reference: "seq", ReferenceValue: 8, Speedup: 4},
	}
	var buf bytes.Buffer
	if err := Write(&buf, figs, true); err != nil {
		t.Fatal(err)
	}
	want := `{"name":"x/plain","unit":"ops/s","value":12.5,"lower_is_better":false}
{"name":"x/ref","unit":"ms","value":2,"lower_is_better":true,"reference":"seq","reference_value":8,"speedup":4}
`
	if buf.String() != want {
		t.Fatalf("JSON lines:\n%s\nwant\n%s", buf.String(), want)
	}
	for _, line := range strings.Split(strings.TrimSpace(buf.String()), "\n") {
		var f Figure
		if err := json.Unmarshal([]byte(line), &f); err != nil {
			t.Fatal(err)
		}
	}
	buf.Reset()
	if err := Write(&buf, figs, false); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(buf.String(), "x/ref") || !strings.Contains(buf.String(), "4.0x") {
		t.Errorf("table:\n%s", buf.String())
	}
}
