package main

import (
	"encoding/binary"
	"path/filepath"
	"strings"
	"testing"

	"github.com/cockroachdb/pebble"
)

// TestCorruptLogRefusedThenRepaired damages the newest entry of a real
// devnet's log (the key layout of docs/node.md: 'L' ‖ seq), checks that the
// devnet refuses to start and names the repair command, repairs, and
// starts again.
func TestCorruptLogRefusedThenRepaired(t *testing.T) {
	bin := buildStakepool(t)
	dir := filepath.Join(t.TempDir(), "devnet")
	p := startDevnet(t, bin, dir, "--validators", "1000", "--slot-time", "50ms")
	var before struct {
		Block uint64 `json:"block"`
	}
	getJSON(t, p.url+"/v1/status", &before)
	p.stop(t)

	db, err := pebble.Open(filepath.Join(dir, "log"), &pebble.Options{Logger: quiet{}})
	if err != nil {
		t.Fatal(err)
	}
	it, err := db.NewIter(&pebble.IterOptions{LowerBound: []byte{'L'}, UpperBound: []byte{'M'}})
	if err != nil {
		t.Fatal(err)
	}
	if !it.Last() {
		t.Fatal("empty log")
	}
	key := append([]byte(nil), it.Key()...)
	val := append([]byte(nil), it.Value()...)
	it.Close()
	seq := binary.BigEndian.Uint64(key[1:])
	val[len(val)/2] ^= 0x40 // a flipped bit in the newest entry
	if err := db.Set(key, val, pebble.Sync); err != nil {
		t.Fatal(err)
	}
	db.Close()

	out, stderr, code := run(t, bin, "devnet", "--datadir", dir, "--http", freePort(t))
	if code == 0 || !strings.Contains(stderr, "corrupt at entry") || !strings.Contains(stderr, "stakepool node repair --datadir") {
		t.Fatalf("devnet on a corrupt log: exit %d\n%s\n%s", code, out, stderr)
	}
	out, stderr, code = run(t, bin, "node", "repair", "--datadir", dir)
	if code != 0 || !strings.Contains(out, "truncated the log to block") {
		t.Fatalf("repair: %d %s %s", code, out, stderr)
	}
	t.Logf("entry %d damaged; repair: %s", seq, strings.TrimSpace(out))
	p = startDevnet(t, bin, dir, "--slot-time", "1h")
	defer p.cmd.Process.Kill()
	var after struct {
		Block uint64 `json:"block"`
	}
	getJSON(t, p.url+"/v1/status", &after)
	if after.Block == 0 || after.Block > before.Block+1 {
		t.Fatalf("after repair: block %d (before: %d)", after.Block, before.Block)
	}
	p.stop(t)
	if out, _, code := run(t, bin, "node", "repair", "--datadir", dir); code != 0 || !strings.Contains(out, "sound") {
		t.Fatalf("second repair: %s", out)
	}
}

type quiet struct{}

func (quiet) Infof(string, ...interface{})         {}
func (quiet) Errorf(string, ...interface{})        {}
func (quiet) Fatalf(f string, args ...interface{}) { panic(f) }
