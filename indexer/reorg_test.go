package indexer_test

import (
	"context"
	"flag"
	"math/rand/v2"
	"os"
	"sort"
	"testing"

	"github.com/ethereum/go-ethereum/rpc"
	"math/big"
	"pgregory.net/rapid"

	"github.com/stakepool/stakepool/indexer"
	"github.com/stakepool/stakepool/simnode"
)

// TestMain: a property here starts a chain per case; 12 cases unless
// -rapid.checks says otherwise (STAKEPOOL_LONG=1: 100).
func TestMain(m *testing.M) {
	if os.Getenv(childEnv) != "" {
		runChild()
	}
	flag.Parse()
	set := false
	flag.Visit(func(f *flag.Flag) { set = set || f.Name == "rapid.checks" })
	if !set {
		checks := "12"
		if os.Getenv("STAKEPOOL_LONG") != "" {
			checks = "100"
		}
		_ = flag.Set("rapid.checks", checks)
	}
	os.Exit(m.Run())
}

// compareWithFresh indexes the node's chain from scratch in a new store
// and compares the derived records with ix's.
func compareWithFresh(t testing.TB, n *simnode.Node, ix *indexer.Indexer) {
	t.Helper()
	fresh := openIndexer(t, n, t.TempDir())
	defer fresh.Close()
	sync(t, fresh)
	if a, b := ix.Head(), fresh.Head(); a.Block != b.Block || a.Hash != b.Hash {
		t.Fatalf("heads differ: followed %d %s, fresh %d %s", a.Block, a.Hash, b.Block, b.Hash)
	}
	got, err := indexer.Dump(ix)
	if err != nil {
		t.Fatal(err)
	}
	want, err := indexer.Dump(fresh)
	if err != nil {
		t.Fatal(err)
	}
	var diff []string
	for k, v := range want {
		if got[k] != v {
			diff = append(diff, "differs or missing: "+k)
		}
	}
	for k := range got {
		if _, ok := want[k]; !ok {
			diff = append(diff, "extra: "+k)
		}
	}
	sort.Strings(diff)
	if len(diff) > 0 {
		if len(diff) > 10 {
			diff = diff[:10]
		}
		t.Fatalf("the followed store differs from a fresh index of the same chain (%d records vs %d): %v", len(got), len(want), diff)
	}
}

func finalizedNumber(t testing.TB, n *simnode.Node) uint64 {
	h, err := n.Client.HeaderByNumber(context.Background(), big.NewInt(int64(rpc.FinalizedBlockNumber)))
	if err != nil {
		t.Fatal(err)
	}
	return h.Number.Uint64()
}

// TestReorgsRollBack: whatever the forks (to a side chain longer or
// shorter for a while, below blocks with events, several in a row) and
// whenever the indexer looks, once it catches up its store equals a fresh
// index of the final chain: every event of an abandoned block rolled
// back, none lost, none doubled.
func TestReorgsRollBack(t *testing.T) {
	rollbacks := uint64(0)
	rapid.Check(t, func(rt *rapid.T) {
		n := startNode(t)
		defer n.Close()
		seed := rapid.Uint64().Draw(rt, "seed")
		ix := openIndexer(t, n, t.TempDir())
		defer ix.Close()
		w := &simnode.Workload{N: n, Rand: rand.New(rand.NewPCG(seed, 7)), PerBlock: rapid.IntRange(1, 4).Draw(rt, "perBlock")}
		steps := rapid.IntRange(1, 8).Draw(rt, "steps")
		for s := 0; s < steps; s++ {
			switch rapid.IntRange(0, 2).Draw(rt, "action") {
			case 0:
				if _, err := w.Run(context.Background(), rapid.IntRange(1, 12).Draw(rt, "txs")); err != nil {
					rt.Fatal(err)
				}
				if rapid.Bool().Draw(rt, "look") {
					if _, err := ix.Step(context.Background()); err != nil {
						rt.Fatalf("step: %v", err)
					}
				}
			case 1:
				head, err := n.Client.HeaderByNumber(context.Background(), nil)
				if err != nil {
					rt.Fatal(err)
				}
				fin := max(finalizedNumber(t, n), n.DeployBlock)
				if head.Number.Uint64() <= fin+1 {
					continue
				}
				depth := rapid.Uint64Range(1, head.Number.Uint64()-fin-1).Draw(rt, "depth")
				parent, err := n.Client.HeaderByNumber(context.Background(), new(big.Int).SetUint64(head.Number.Uint64()-depth))
				if err != nil {
					rt.Fatal(err)
				}
				if err := n.Fork(parent.Hash()); err != nil {
					rt.Fatal(err)
				}
			case 2:
				if _, err := ix.Step(context.Background()); err != nil {
					rt.Fatalf("step: %v", err)
				}
			}
		}
		// Grow the chain past every fork so that the last one is canonical.
		if _, err := w.Run(context.Background(), 3); err != nil {
			rt.Fatal(err)
		}
		sync(t, ix)
		rollbacks += ix.Rollbacks()
		compareWithFresh(t, n, ix)
	})
	t.Logf("%d rollbacks", rollbacks)
}

// TestReorgRollsBack: one fork below blocks with events the indexer has
// read, onto a longer side chain: it rolls back (once) and ends equal to
// a fresh index.
func TestReorgRollsBack(t *testing.T) {
	n := startNode(t)
	ix := openIndexer(t, n, t.TempDir())
	defer ix.Close()
	w := &simnode.Workload{N: n, Rand: rand.New(rand.NewPCG(9, 9)), PerBlock: 1}
	if _, err := w.Run(context.Background(), 12); err != nil {
		t.Fatal(err)
	}
	sync(t, ix)
	head, err := n.Client.HeaderByNumber(context.Background(), nil)
	if err != nil {
		t.Fatal(err)
	}
	depth := min(uint64(5), head.Number.Uint64()-max(finalizedNumber(t, n), n.DeployBlock)-1)
	if depth == 0 {
		t.Fatalf("head %d leaves no unfinalized block to fork from", head.Number)
	}
	parent, err := n.Client.HeaderByNumber(context.Background(), new(big.Int).SetUint64(head.Number.Uint64()-depth))
	if err != nil {
		t.Fatal(err)
	}
	if err := n.Fork(parent.Hash()); err != nil {
		t.Fatal(err)
	}
	w.Rand = rand.New(rand.NewPCG(10, 10))
	if _, err := w.Run(context.Background(), int(depth)+4); err != nil {
		t.Fatal(err)
	}
	sync(t, ix)
	if ix.Rollbacks() != 1 {
		t.Errorf("%d rollbacks after one fork %d blocks deep, want 1", ix.Rollbacks(), depth)
	}
	compareWithFresh(t, n, ix)
}
