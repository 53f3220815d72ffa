package protocol_test

import (
	"flag"
	"os"
	"testing"
)

// TestMain: STAKEPOOL_LONG=1 runs 2000 cases per rapid property (or pass
// -rapid.checks=N).
func TestMain(m *testing.M) {
	flag.Parse()
	if os.Getenv("STAKEPOOL_LONG") != "" {
		_ = flag.Set("rapid.checks", "2000")
	}
	os.Exit(m.Run())
}
