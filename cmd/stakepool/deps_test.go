package main

import (
	"os/exec"
	"slices"
	"strings"
	"testing"
)

// TestBinaryLinksNoTestCode: nothing the stakepool binary links imports
// package testing, and no test-helper package (a path ending in "test",
// such as protocol/protocoltest or beacon/api/apitest) is linked: test
// helpers never ship (go list -deps of this package, the binary's main).
func TestBinaryLinksNoTestCode(t *testing.T) {
	out, err := exec.Command("go", "list", "-deps", "-f", `{{.ImportPath}}{{range .Imports}} {{.}}{{end}}`, ".").Output()
	if err != nil {
		t.Fatalf("go list -deps: %v", err)
	}
	importers := map[string][]string{} // package → the linked packages importing it
	var linked []string
	for _, line := range strings.Split(strings.TrimSpace(string(out)), "\n") {
		f := strings.Fields(line)
		linked = append(linked, f[0])
		for _, imp := range f[1:] {
			importers[imp] = append(importers[imp], f[0])
		}
	}
	if len(linked) < 50 || !slices.Contains(linked, "github.com/stakepool/stakepool/protocol") {
		t.Fatalf("go list -deps listed %d packages, not the binary's: %v", len(linked), linked)
	}
	for _, p := range linked {
		if p == "testing" || strings.HasPrefix(p, "testing/") || (strings.HasPrefix(p, "github.com/stakepool/stakepool/") && strings.HasSuffix(p, "test")) {
			t.Errorf("the binary links %s (imported by %v): move what the binary needs out of it", p, importers[p])
		}
	}
}
