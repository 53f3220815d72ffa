package devnet

import (
	"bytes"
	"context"
	"log/slog"
	"strings"
	"testing"
	"time"
)

// TestGethWarnings: geth's warnings reach the devnet's logger, except those
// that say nothing wrong on a devnet (a new database's missing head and
// snapshot, a reverted eth_call); its info records never do.
func TestGethWarnings(t *testing.T) {
	var buf bytes.Buffer
	prev := gethLogger.Load()
	t.Cleanup(func() { gethLogger.Store(prev) })
	logTo(slog.New(slog.NewTextHandler(&buf, nil)))
	h := gethHandler{}
	for _, r := range []struct {
		level slog.Level
		msg   string
	}{
		{slog.LevelWarn, "Head block is not reachable"},
		{slog.LevelWarn, "Failed to load snapshot"},
		{slog.LevelWarn, "Served eth_call"},
		{slog.LevelInfo, "Imported new potential chain segment"},
		{slog.LevelWarn, "Database compacting, degraded performance"},
		{slog.LevelError, "Failed to build payload"},
	} {
		if err := h.Handle(context.Background(), slog.NewRecord(time.Now(), r.level, r.msg, 0)); err != nil {
			t.Fatal(err)
		}
	}
	out := buf.String()
	for _, quiet := range []string{"Head block", "load snapshot", "eth_call", "Imported"} {
		if strings.Contains(out, quiet) {
			t.Errorf("forwarded %q:\n%s", quiet, out)
		}
	}
	for _, loud := range []string{"Database compacting", "Failed to build payload"} {
		if !strings.Contains(out, loud) {
			t.Errorf("did not forward %q:\n%s", loud, out)
		}
	}
}
