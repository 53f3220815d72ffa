package keys

import (
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"
)

// VerifyReport is a deposit data file judged entry by entry (`stakepool
// keys verify`): its entries and every problem found in them.
type VerifyReport struct {
	File     string
	Network  Network
	Entries  []DepositDataEntry
	Problems []EntryProblem
}

// VerifyDepositDataFile reads and checks the deposit data file at path
// (VerifyDepositData); a file that is not one is a report of its problems.
func VerifyDepositDataFile(path string, opt VerifyOptions) (*VerifyReport, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("verify: %w", err)
	}
	entries, err := DecodeDepositDataFile(data)
	r := &VerifyReport{File: path, Network: opt.Network, Entries: entries}
	if err != nil {
		var de *DepositDataError
		if !errors.As(err, &de) {
			return nil, fmt.Errorf("verify %s: %w", path, err)
		}
		r.Problems = de.Problems
	} else {
		r.Problems = VerifyDepositData(entries, opt)
	}
	return r, nil
}

// WriteJSON writes the report as one JSON object: file, network, fork
// version, entries, the tools' versions, ok and the problems.
func (r *VerifyReport) WriteJSON(w io.Writer) error {
	problems := r.Problems
	if problems == nil {
		problems = []EntryProblem{}
	}
	tools := ToolVersions(r.Entries)
	if tools == nil {
		tools = []string{}
	}
	n := r.Network
	res := struct {
		File         string         `json:"file"`
		Network      string         `json:"network"`
		ForkVersion  string         `json:"fork_version"`
		Entries      int            `json:"entries"`
		ToolVersions []string       `json:"deposit_cli_versions"`
		OK           bool           `json:"ok"`
		Problems     []EntryProblem `json:"problems"`
	}{r.File, n.Name, hex.EncodeToString(n.GenesisForkVersion[:]), len(r.Entries), tools, len(problems) == 0, problems}
	return json.NewEncoder(w).Encode(res)
}

// WriteText writes each problem on a line, or one line saying the file
// is good.
func (r *VerifyReport) WriteText(w io.Writer) {
	for _, p := range r.Problems {
		fmt.Fprintln(w, p.String())
	}
	if len(r.Problems) == 0 {
		n := r.Network
		fmt.Fprintf(w, "%s: %d deposits OK for %s (fork version %x), made by deposit_cli_version %s\n", r.File, len(r.Entries), n.Name, n.GenesisForkVersion[:], toolList(ToolVersions(r.Entries)))
	}
}

// Err is nil for a good file, else how many problems in how many entries.
func (r *VerifyReport) Err() error {
	if len(r.Problems) == 0 {
		return nil
	}
	bad := map[int]bool{}
	for _, p := range r.Problems {
		bad[p.Index] = true
	}
	noun := "entries"
	if len(bad) == 1 {
		noun = "entry"
	}
	return fmt.Errorf("verify %s: %d problem(s) in %d %s; do not deposit from this file", r.File, len(r.Problems), len(bad), noun)
}

// toolList prints the deposit_cli_version values of a file ("(none)" for
// entries without one).
func toolList(vs []string) string {
	out := make([]string, len(vs))
	for i, v := range vs {
		if v == "" {
			v = "(none)"
		}
		out[i] = v
	}
	return strings.Join(out, ", ")
}
