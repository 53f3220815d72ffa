package scenario

import (
	"path/filepath"
	"testing"
)

// TestBundledParse: every bundled scenario is valid.
func TestBundledParse(t *testing.T) {
	files, _ := filepath.Glob("../scenarios/*.yaml")
	if len(files) < 6 {
		t.Fatalf("want 6 bundled scenarios, found %d", len(files))
	}
	for _, f := range files {
		if _, err := Load(f); err != nil {
			t.Error(err)
		}
	}
}
