package node

import (
	"context"
	"encoding/binary"
	"errors"
	"slices"
	"sync"
	"testing"
	"time"

	"github.com/cockroachdb/pebble"
	"github.com/holiman/uint256"

	"github.com/stakepool/stakepool/protocol"
	"github.com/stakepool/stakepool/protocol/protocoltest"
)

func testConfig(t testing.TB, dir string) Config {
	g := protocoltest.Genesis(8)
	return Config{Dir: dir, Genesis: g, SnapshotEvery: 4}
}

func openNode(t testing.TB, cfg Config) *Node {
	t.Helper()
	n, err := Open(cfg)
	if err != nil {
		t.Fatal(err)
	}
	return n
}

func submit(t testing.TB, n *Node, from uint64, nonce uint64, amount uint64) Receipt {
	t.Helper()
	tx := &protocol.Tx{Sender: protocoltest.Addr(from + 1), Nonce: nonce, Cmd: protocol.Command{Kind: protocol.CmdSubmit, Amount: *uint256.NewInt(amount)}}
	r, err := n.Submit(context.Background(), tx)
	if err != nil {
		t.Fatal(err)
	}
	return r
}

func TestSubmitSealRestart(t *testing.T) {
	dir := t.TempDir()
	cfg := testConfig(t, dir)
	n := openNode(t, cfg)
	r := submit(t, n, 0, 0, 1e18)
	if r.Err != nil || r.Block != 1 || len(r.Events) == 0 {
		t.Fatalf("receipt %+v", r)
	}
	if r2 := submit(t, n, 0, 0, 1e18); r2.Err == nil || r2.Err.Code != protocol.CodeBadNonce {
		t.Fatalf("replayed nonce: %+v", r2)
	}
	if err := n.Seal(); err != nil {
		t.Fatal(err)
	}
	submit(t, n, 1, 0, 2e18) // block 2, left open
	got, ok, err := n.Receipt(r.Hash)
	if err != nil || !ok || got.Block != 1 || len(got.Events) != len(r.Events) {
		t.Fatalf("lookup: %+v %v %v", got, ok, err)
	}
	var root1 [32]byte
	n.View(func(s *protocol.State) { root1 = s.Root() })
	head, _ := n.Head()
	if head.Number != 1 {
		t.Fatalf("head %d", head.Number)
	}
	if err := n.Close(); err != nil {
		t.Fatal(err)
	}
	n = openNode(t, cfg)
	defer n.Close()
	var root2 [32]byte
	n.View(func(s *protocol.State) { root2 = s.Root() })
	if root1 != root2 {
		t.Fatal("root differs after restart")
	}
	// The open block continues: the next tx lands in block 2 too.
	r2 := submit(t, n, 1, 1, 1e18)
	if r2.Err != nil || r2.Block != 2 || r2.Index != 1 {
		t.Fatalf("after restart: %+v", r2)
	}
	if got, ok, err := n.Receipt(r2.Hash); err != nil || !ok || got.Index != 1 || got.Block != 2 {
		t.Fatalf("lookup of the second tx of block 2: %+v %v %v", got, ok, err)
	}
	if err := n.Advance(64); err != nil {
		t.Fatal(err)
	}
	if r := submit(t, n, 2, 0, 1e18); r.Block != 2+64+1 || r.Slot != r.Block {
		t.Fatalf("after advance: block %d slot %d", r.Block, r.Slot)
	}
}

func TestConcurrentSubmitters(t *testing.T) {
	cfg := testConfig(t, t.TempDir())
	n := openNode(t, cfg)
	defer n.Close()
	var wg sync.WaitGroup
	const per = 50
	for a := uint64(0); a < 8; a++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := uint64(0); i < per; i++ {
				if r := submit(t, n, a, i, 1e15); r.Err != nil {
					t.Errorf("account %d tx %d: %v", a, i, r.Err)
					return
				}
			}
		}()
	}
	done := make(chan struct{})
	go func() {
		for {
			select {
			case <-done:
				return
			default:
				n.Seal()
			}
		}
	}()
	wg.Wait()
	close(done)
	n.View(func(s *protocol.State) {
		for a := uint64(0); a < 8; a++ {
			if s.Account(protocoltest.Addr(a+1)).Nonce != per {
				t.Errorf("account %d nonce %d", a, s.Account(protocoltest.Addr(a+1)).Nonce)
			}
		}
	})
}

func corruptEntry(t *testing.T, dir string, seq uint64, f func([]byte) []byte) {
	t.Helper()
	db, err := openDB(dir)
	if err != nil {
		t.Fatal(err)
	}
	v, c, err := db.Get(key8(prefixLog, seq))
	if err != nil {
		t.Fatal(err)
	}
	nv := f(append([]byte(nil), v...))
	c.Close()
	if err := db.Set(key8(prefixLog, seq), nv, pebble.Sync); err != nil {
		t.Fatal(err)
	}
	db.Close()
}

func TestCorruptTailRefusedAndRepaired(t *testing.T) {
	for _, tc := range []struct {
		name string
		f    func([]byte) []byte
	}{
		{"truncated", func(b []byte) []byte { return b[:len(b)/2] }},
		{"bit flip", func(b []byte) []byte { b[len(b)/2] ^= 1; return b }},
	} {
		t.Run(tc.name, func(t *testing.T) {
			dir := t.TempDir()
			cfg := testConfig(t, dir)
			n := openNode(t, cfg)
			for i := uint64(0); i < 3; i++ {
				submit(t, n, 0, i, 1e18)
				if err := n.Seal(); err != nil {
					t.Fatal(err)
				}
			}
			var want [32]byte
			n.View(func(s *protocol.State) { want = s.Root() })
			last := n.Entries()
			n.Close()
			// Entries: (tx, seal) × 3 = 6. Damage the last tx entry (5):
			// block 3 cannot be proven; block 2 is the last provable.
			corruptEntry(t, dir, last-1, tc.f)
			_, err := Open(cfg)
			var ce *CorruptError
			if !errors.As(err, &ce) || ce.LastGood != 2 || ce.Seq != last-1 {
				t.Fatalf("open on a corrupt log: %v", err)
			}
			msg, err := Repair(cfg)
			if err != nil {
				t.Fatal(err)
			}
			t.Log(msg)
			n = openNode(t, cfg)
			defer n.Close()
			n.View(func(s *protocol.State) {
				if s.Block() != 2 || s.Root() == want || s.Account(protocoltest.Addr(1)).Nonce != 2 {
					t.Fatalf("after repair: block %d nonce %d", s.Block(), s.Account(protocoltest.Addr(1)).Nonce)
				}
			})
			if r := submit(t, n, 0, 2, 1e18); r.Err != nil || r.Block != 3 {
				t.Fatalf("after repair: %+v", r)
			}
		})
	}
}

func TestRejectedGenesisChange(t *testing.T) {
	dir := t.TempDir()
	cfg := testConfig(t, dir)
	openNode(t, cfg).Close()
	cfg.Genesis.ChainID++
	if _, err := Open(cfg); err == nil {
		t.Fatal("a different genesis was accepted")
	}
}

func TestRestartFromSnapshot(t *testing.T) {
	dir := t.TempDir()
	cfg := testConfig(t, dir) // a snapshot every 4 blocks
	n := openNode(t, cfg)
	for i := uint64(0); i < 10; i++ {
		submit(t, n, 0, i, 1e18)
		if err := n.Seal(); err != nil {
			t.Fatal(err)
		}
	}
	submit(t, n, 1, 0, 1e18) // open block 11
	var want [32]byte
	n.View(func(s *protocol.State) { want = s.Root() })
	n.Close()
	n = openNode(t, cfg)
	defer n.Close()
	if n.LoadedFromSnapshot() != 8 {
		t.Fatalf("started from snapshot %d, want 8", n.LoadedFromSnapshot())
	}
	n.View(func(s *protocol.State) {
		if s.Root() != want {
			t.Fatal("root differs after a snapshot start")
		}
	})
	if r := submit(t, n, 1, 1, 1e18); r.Err != nil || r.Block != 11 {
		t.Fatalf("%+v", r)
	}
}

// snapshotBlocks lists the blocks whose snapshots are in the store.
func snapshotBlocks(t *testing.T, n *Node) []uint64 {
	t.Helper()
	it, err := n.db.NewIter(&pebble.IterOptions{LowerBound: []byte{prefixSnap}, UpperBound: []byte{prefixSnap + 1}})
	if err != nil {
		t.Fatal(err)
	}
	defer it.Close()
	var out []uint64
	for it.First(); it.Valid(); it.Next() {
		out = append(out, binary.BigEndian.Uint64(it.Key()[1:]))
	}
	return out
}

// TestSnapshotPruning: only the SnapshotsKept newest snapshots stay; a
// restart loads the newest and reaches the root the node had, as a
// replay from genesis (no snapshot left to use) does.
func TestSnapshotPruning(t *testing.T) {
	dir := t.TempDir()
	cfg := testConfig(t, dir) // a snapshot every 4 blocks
	cfg.SnapshotsKept = 3
	n := openNode(t, cfg)
	for i := uint64(0); i < 30; i++ {
		submit(t, n, 0, i, 1e18)
		if err := n.Seal(); err != nil {
			t.Fatal(err)
		}
	}
	if got := snapshotBlocks(t, n); !slices.Equal(got, []uint64{20, 24, 28}) {
		t.Fatalf("snapshots kept: %v, want [20 24 28]", got)
	}
	submit(t, n, 1, 0, 1e18) // open block 31
	var want [32]byte
	n.View(func(s *protocol.State) { want = s.Root() })
	n.Close()

	n = openNode(t, cfg)
	if n.LoadedFromSnapshot() != 28 {
		t.Fatalf("started from snapshot %d, want 28", n.LoadedFromSnapshot())
	}
	n.View(func(s *protocol.State) {
		if s.Root() != want {
			t.Fatal("root differs after a start from the pruned store's newest snapshot")
		}
	})
	// Keeping fewer from now on prunes at the next snapshot.
	n.Close()
	cfg.SnapshotsKept = 1
	n = openNode(t, cfg)
	for i := uint64(1); i < 6; i++ {
		submit(t, n, 1, i, 1e18)
		if err := n.Seal(); err != nil {
			t.Fatal(err)
		}
	}
	if got := snapshotBlocks(t, n); !slices.Equal(got, []uint64{32}) {
		t.Fatalf("snapshots kept: %v, want [32]", got)
	}
	n.View(func(s *protocol.State) { want = s.Root() })
	head, _ := n.Head()
	n.Close()

	// The same log replayed from genesis (snapshots deleted) gives the
	// same root.
	db, err := openDB(dir)
	if err != nil {
		t.Fatal(err)
	}
	if err := db.DeleteRange([]byte{prefixSnap}, []byte{prefixSnap + 1}, pebble.Sync); err != nil {
		t.Fatal(err)
	}
	db.Close()
	n = openNode(t, cfg)
	defer n.Close()
	if n.LoadedFromSnapshot() != 0 {
		t.Fatalf("started from snapshot %d, want genesis", n.LoadedFromSnapshot())
	}
	if got, _ := n.Head(); got.Number != head.Number || got.Root != head.Root {
		t.Fatalf("replay from genesis: head %d %s, want %d %s", got.Number, got.Root, head.Number, head.Root)
	}
	n.View(func(s *protocol.State) {
		if s.Root() != want {
			t.Fatal("root differs after a replay from genesis")
		}
	})
}

// TestSubmitWithinTimesOut: with the sequencer held, SubmitWithin gives
// up with context.DeadlineExceeded (the API's TIMEOUT) and the
// transaction stays queued: it is applied once the sequencer runs again.
func TestSubmitWithinTimesOut(t *testing.T) {
	n := openNode(t, testConfig(t, t.TempDir()))
	defer n.Close()
	release := make(chan struct{})
	held := make(chan struct{})
	go n.Exec(func() { close(held); <-release })
	<-held
	tx := &protocol.Tx{Sender: protocoltest.Addr(1), Nonce: 0, Cmd: protocol.Command{Kind: protocol.CmdSubmit, Amount: *uint256.NewInt(1e18)}}
	if _, err := n.SubmitWithin(context.Background(), tx, time.Millisecond); !errors.Is(err, context.DeadlineExceeded) {
		t.Fatalf("held sequencer: %v, want a deadline error", err)
	}
	tx2 := &protocol.Tx{Sender: protocoltest.Addr(2), Nonce: 0, Cmd: protocol.Command{Kind: protocol.CmdSubmit, Amount: *uint256.NewInt(1e18)}}
	if _, err := n.SubmitManyWithin(context.Background(), []*protocol.Tx{tx2}, time.Millisecond); !errors.Is(err, context.DeadlineExceeded) {
		t.Fatalf("held sequencer, batch: %v, want a deadline error", err)
	}
	close(release)
	// The next transaction of the same sender is applied after the queued one.
	if r := submit(t, n, 0, 1, 1e18); r.Err != nil {
		t.Fatalf("after the timeout: %+v", r)
	}
	rcs, err := n.SubmitManyWithin(context.Background(), []*protocol.Tx{
		{Sender: protocoltest.Addr(2), Nonce: 1, Cmd: protocol.Command{Kind: protocol.CmdSubmit, Amount: *uint256.NewInt(1e18)}}}, time.Minute)
	if err != nil || rcs[0].Err != nil {
		t.Fatalf("batch after the timeout: %v %+v", err, rcs)
	}
}
