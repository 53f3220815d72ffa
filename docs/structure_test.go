// Package docs holds the project's documentation and the test that keeps
// structure.md true.
package docs

import (
	"bufio"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"os/exec"
	"slices"
	"strings"
	"testing"
)

const module = "github.com/stakepool/stakepool"

// row is one package's line in structure.md.
type row struct {
	pkg   string   // module-relative path
	line  int      // in structure.md
	may   []string // module packages it may import: "x" or "x/..."; "*": any package below it
	pure  bool     // no I/O, no clock: none of impureImports
	what  string
	index int // position in the table, top first
}

// impureImports are the standard packages a pure package (the pool's rules,
// the beacon simulator) may not import: I/O, the clock, the OS, system
// randomness.
var impureImports = []string{"os", "net", "time", "syscall", "crypto/rand", "math/rand", "io/ioutil",
	"log", "log/slog", "runtime/pprof"}

// readStructure parses the package table of structure.md: rows
// "| `pkg` | what it is | may import |"; the last cell lists backticked
// module packages (`x`, `x/...`), or "any package below", or "—" (none),
// and "(pure)" for packages that do no I/O.
func readStructure(r io.Reader) ([]row, error) {
	var rows []row
	sc := bufio.NewScanner(r)
	for n := 1; sc.Scan(); n++ {
		line := strings.TrimSpace(sc.Text())
		if !strings.HasPrefix(line, "| `") {
			continue
		}
		cells := strings.Split(strings.Trim(line, "|"), " | ")
		if len(cells) != 3 {
			return nil, fmt.Errorf("structure.md:%d: want | `package` | what it is | may import |, got %d cells", n, len(cells))
		}
		r := row{pkg: strings.Trim(strings.TrimSpace(cells[0]), "`"), line: n, what: strings.TrimSpace(cells[1]), index: len(rows)}
		may := strings.TrimSpace(cells[2])
		if strings.Contains(may, "(pure)") {
			r.pure = true
			may = strings.TrimSpace(strings.ReplaceAll(may, "(pure)", ""))
		}
		switch {
		case may == "any package below":
			r.may = []string{"*"}
		case may == "—" || may == "":
		default:
			for _, p := range strings.Split(may, ",") {
				p = strings.TrimSpace(p)
				if len(p) < 3 || p[0] != '`' || p[len(p)-1] != '`' {
					return nil, fmt.Errorf("structure.md:%d: %q: want `package`, `package/...`, \"any package below\" or \"—\"", n, p)
				}
				r.may = append(r.may, strings.Trim(p, "`"))
			}
		}
		if r.what == "" {
			return nil, fmt.Errorf("structure.md:%d: %s: say what the package is", n, r.pkg)
		}
		rows = append(rows, r)
	}
	return rows, sc.Err()
}

// matches reports whether pattern ("x", "x/...") names pkg.
func matches(pattern, pkg string) bool {
	if base, ok := strings.CutSuffix(pattern, "/..."); ok {
		return pkg == base || strings.HasPrefix(pkg, base+"/")
	}
	return pattern == pkg
}

// isTestHelper: a package only tests may import (its name ends in "test").
func isTestHelper(pkg string) bool {
	last := pkg[strings.LastIndex(pkg, "/")+1:]
	return strings.HasSuffix(last, "test")
}

// goPackage is what the test reads of `go list -json`.
type goPackage struct {
	ImportPath string
	Imports    []string // of the non-test files
	Dir        string
	GoFiles    []string
	CgoFiles   []string
}

func goList(t *testing.T) []goPackage {
	t.Helper()
	cmd := exec.Command("go", "list", "-json", "./...")
	cmd.Dir = ".."
	out, err := cmd.Output()
	if err != nil {
		var ee *exec.ExitError
		if errors.As(err, &ee) {
			t.Fatalf("go list: %v\n%s", err, ee.Stderr)
		}
		t.Fatalf("go list: %v", err)
	}
	var pkgs []goPackage
	dec := json.NewDecoder(strings.NewReader(string(out)))
	for {
		var p goPackage
		if err := dec.Decode(&p); err == io.EOF {
			break
		} else if err != nil {
			t.Fatal(err)
		}
		pkgs = append(pkgs, p)
	}
	return pkgs
}

// check returns the problems of the module's packages against the table.
func check(rows []row, pkgs []goPackage) []string {
	var problems []string
	byPkg := map[string]*row{}
	for i := range rows {
		r := &rows[i]
		if byPkg[r.pkg] != nil {
			problems = append(problems, fmt.Sprintf("structure.md:%d: %s has two rows", r.line, r.pkg))
		}
		byPkg[r.pkg] = r
		// arrows point down: what a row may import is below it
		for _, m := range r.may {
			if m == "*" {
				continue
			}
			found := false
			for _, below := range rows[i+1:] {
				found = found || matches(m, below.pkg)
			}
			if !found {
				problems = append(problems, fmt.Sprintf("structure.md:%d: %s may import %s, which names no row below it (a package imports only packages below it)", r.line, r.pkg, m))
			}
		}
	}
	listed := map[string]bool{}
	for _, p := range pkgs {
		rel := strings.TrimPrefix(strings.TrimPrefix(p.ImportPath, module), "/")
		if p.ImportPath == module {
			rel = "."
		}
		listed[rel] = true
		var own []string // the module packages it imports
		for _, imp := range p.Imports {
			if strings.HasPrefix(imp, module+"/") {
				own = append(own, strings.TrimPrefix(imp, module+"/"))
			}
		}
		r := byPkg[rel]
		if r == nil {
			may := "—"
			if len(own) > 0 {
				may = "`" + strings.Join(own, "`, `") + "`"
			}
			place := "at the bottom of the table"
			for _, q := range rows {
				if slices.ContainsFunc(own, func(o string) bool { return matches(q.pkg, o) }) {
					place = "above the row of `" + q.pkg + "`"
					break
				}
			}
			problems = append(problems, fmt.Sprintf("package %s has no row in docs/structure.md: add, %s,\n\t| `%s` | WHAT IT IS, IN ONE LINE | %s |\n\t(its imports today; name what it may import, and add (pure) if it does no I/O)", rel, place, rel, may))
			continue
		}
		for _, o := range own {
			allowed := false
			for _, m := range r.may {
				if m == "*" {
					allowed = slices.ContainsFunc(rows[r.index+1:], func(b row) bool { return b.pkg == o })
				} else {
					allowed = allowed || matches(m, o)
				}
				if allowed {
					break
				}
			}
			if !allowed {
				may := strings.Join(r.may, ", ")
				if may == "*" {
					may = "any package below it, and " + o + " has no row below it"
				}
				problems = append(problems, fmt.Sprintf("structure.md:%d: %s imports %s, which its row does not allow (may import: %s): remove the import, or change the layering in docs/structure.md with the reason", r.line, rel, o, may))
			}
			if isTestHelper(o) && !isTestHelper(rel) {
				problems = append(problems, fmt.Sprintf("%s imports the test helpers of %s: test helpers are for tests only (never linked into the binary)", rel, o))
			}
		}
		if r.pure {
			for _, imp := range p.Imports {
				if slices.Contains(impureImports, imp) || strings.HasPrefix(imp, "net/") || strings.HasPrefix(imp, "os/") {
					problems = append(problems, fmt.Sprintf("structure.md:%d: %s is pure (no I/O, no clock) but imports %s", r.line, rel, imp))
				}
			}
		}
	}
	for _, r := range rows {
		if !listed[r.pkg] {
			problems = append(problems, fmt.Sprintf("structure.md:%d: %s has a row but no package (go list ./...): remove the row or fix its path", r.line, r.pkg))
		}
	}
	return problems
}

// TestStructure: structure.md has one row for every package of the module
// (go list ./...), no row for a package that does not exist, and every
// package imports only what its row allows — module packages below it,
// never a test helper outside tests, and no I/O for the pure ones.
func TestStructure(t *testing.T) {
	f, err := os.Open("structure.md")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	rows, err := readStructure(f)
	if err != nil {
		t.Fatal(err)
	}
	if len(rows) < 10 {
		t.Fatalf("structure.md: %d rows read", len(rows))
	}
	for _, p := range check(rows, goList(t)) {
		t.Error(p)
	}
}

// TestStructureCatchesForbiddenImports: the check itself, on a made-up
// module: a missing row, an import the row does not allow, an import
// pointing up, a test helper imported by a package, I/O in a pure package,
// and a row without a package are each reported.
func TestStructureCatchesForbiddenImports(t *testing.T) {
	doc := "| `cmd/x` | the CLI | any package below |\n" +
		"| `scenario` | simulator | `oracle`, `protocol`, `beacon/...` |\n" +
		"| `oracle` | reports | `protocol` |\n" +
		"| `protocol/protocoltest` | helpers | `protocol` |\n" +
		"| `protocol` | rules | `units` (pure) |\n" +
		"| `beacon/sim` | chain | — (pure) |\n" +
		"| `units` | units | — |\n" +
		"| `gone` | a removed package | — |\n"
	rows, err := readStructure(strings.NewReader(doc))
	if err != nil {
		t.Fatal(err)
	}
	p := func(path string, imports ...string) goPackage {
		g := goPackage{ImportPath: module + "/" + path}
		for _, i := range imports {
			if !strings.Contains(i, ".") && !slices.Contains([]string{"os", "time", "fmt"}, i) {
				i = module + "/" + i
			}
			g.Imports = append(g.Imports, i)
		}
		return g
	}
	good := []goPackage{p("cmd/x", "scenario", "oracle"), p("scenario", "oracle", "beacon/sim"), p("oracle", "protocol"),
		p("protocol", "units", "fmt"), p("protocol/protocoltest", "protocol"), p("beacon/sim"), p("units"), p("gone")}
	if problems := check(rows, good); len(problems) > 0 {
		t.Fatalf("a module that keeps its rows: %v", problems)
	}
	for _, c := range []struct {
		name string
		pkgs []goPackage
		want string
	}{
		{"missing row", append(slices.Clone(good), p("services", "oracle")), "package services has no row"},
		{"forbidden import", replace(good, p("oracle", "protocol", "beacon/sim")), "oracle imports beacon/sim, which its row does not allow"},
		{"import pointing up", replace(good, p("protocol", "units", "oracle")), "protocol imports oracle, which its row does not allow"},
		{"test helper", replace(good, p("oracle", "protocol", "protocol/protocoltest")), "oracle imports the test helpers of protocol/protocoltest"},
		{"I/O in a pure package", replace(good, p("beacon/sim", "time")), "beacon/sim is pure (no I/O, no clock) but imports time"},
		{"row without a package", good[:len(good)-1], "gone has a row but no package"},
		{"cmd reaching a package not in the table", replace(good, p("cmd/x", "elsewhere")), "cmd/x imports elsewhere, which its row does not allow"},
	} {
		problems := check(rows, c.pkgs)
		if !slices.ContainsFunc(problems, func(s string) bool { return strings.Contains(s, c.want) }) {
			t.Errorf("%s: want %q among %q", c.name, c.want, problems)
		}
	}
	// a row allowing what lies above it is itself reported
	up, _ := readStructure(strings.NewReader("| `a` | a | — |\n| `b` | b | `a` |\n"))
	if problems := check(up, []goPackage{p("a"), p("b")}); len(problems) != 1 || !strings.Contains(problems[0], "names no row below it") {
		t.Errorf("an upward rule: %q", problems)
	}
}

// maxLines is the house style's bound on a non-test file (peers.md §2).
const maxLines = 600

// TestLongFilesSayWhy: a non-test Go file over maxLines lines says why at
// its top, in a comment line starting "// Long file:" before its package
// clause; generated files are exempt.
func TestLongFilesSayWhy(t *testing.T) {
	checked := 0
	for _, p := range goList(t) {
		for _, f := range append(slices.Clone(p.GoFiles), p.CgoFiles...) {
			b, err := os.ReadFile(p.Dir + "/" + f)
			if err != nil {
				t.Fatal(err)
			}
			checked++
			if problem := longFileProblem(string(b)); problem != "" {
				t.Errorf("%s/%s: %s", strings.TrimPrefix(p.ImportPath, module+"/"), f, problem)
			}
		}
	}
	if checked < 100 {
		t.Fatalf("%d files checked", checked)
	}
}

// longFileProblem is what is wrong with a file's length, or "".
func longFileProblem(src string) string {
	lines := strings.Count(src, "\n")
	if lines <= maxLines {
		for _, l := range strings.Split(src, "\n") {
			if strings.HasPrefix(l, "// Long file:") {
				return fmt.Sprintf("%d lines, not over %d: drop its \"// Long file:\" reason", lines, maxLines)
			}
			if strings.HasPrefix(l, "package ") {
				break
			}
		}
		return ""
	}
	for _, l := range strings.Split(src, "\n") {
		if strings.HasPrefix(l, "// Code generated ") && strings.HasSuffix(l, " DO NOT EDIT.") {
			return ""
		}
		if strings.HasPrefix(l, "// Long file:") {
			return ""
		}
		if strings.HasPrefix(l, "package ") {
			break
		}
	}
	return fmt.Sprintf("%d lines, over %d: split it by concept, or say why at its top (\"// Long file: REASON\" before the package clause)", lines, maxLines)
}

// TestLongFileRule: the rule itself, on made-up files.
func TestLongFileRule(t *testing.T) {
	body := strings.Repeat("x := 1\n", maxLines)
	for _, c := range []struct {
		src string
		ok  bool
	}{
		{"package a\n" + body[:len(body)-7*10], true},
		{"// Long file: no longer.\npackage a\n" + body[:len(body)-7*10], false},
		{"package a\n" + body, false},
		{"// Package a is big.\npackage a\n" + body, false},
		{"// Long file: one concept, one state machine.\n\npackage a\n" + body, true},
		{"package a\n// Long file: too late, after the package clause.\n" + body, false},
		{"// Code generated by abigen. DO NOT EDIT.\n\npackage a\n" + body, true},
	} {
		if got := longFileProblem(c.src) == ""; got != c.ok {
			t.Errorf("%.50q: ok %v, want %v", c.src, got, c.ok)
		}
	}
}

// TestArchitectureListsBeacon: architecture.md names every package under
// beacon/ (its layer picture lists them).
func TestArchitectureListsBeacon(t *testing.T) {
	doc, err := os.ReadFile("architecture.md")
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	for _, p := range goList(t) {
		rel := strings.TrimPrefix(p.ImportPath, module+"/")
		if rel != "beacon" && !strings.HasPrefix(rel, "beacon/") {
			continue
		}
		n++
		if !strings.Contains(string(doc), rel) {
			t.Errorf("architecture.md does not mention %s: add it to the layer picture", rel)
		}
	}
	if n < 5 {
		t.Fatalf("%d beacon packages listed", n)
	}
}

// replace returns pkgs with the package of the same path as q replaced by q.
func replace(pkgs []goPackage, q goPackage) []goPackage {
	out := slices.Clone(pkgs)
	for i := range out {
		if out[i].ImportPath == q.ImportPath {
			out[i] = q
		}
	}
	return out
}
