package indexer_test

import (
	"context"
	"encoding/json"
	"fmt"
	"math/rand/v2"
	"os"
	"os/exec"
	"syscall"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/ethclient"

	"github.com/stakepool/stakepool/indexer"
)

// childEnv carries the child's configuration (see runChild).
const childEnv = "STAKEPOOL_INDEXER_CHILD"

type childConfig struct {
	URL       string            `json:"url"`
	Dir       string            `json:"dir"`
	Addresses indexer.Addresses `json:"addresses"`
}

// runChild is the process the crash test kills: an indexer following the
// node with small commits, until killed.
func runChild() {
	var cfg childConfig
	if err := json.Unmarshal([]byte(os.Getenv(childEnv)), &cfg); err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(2)
	}
	c, err := ethclient.Dial(cfg.URL)
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(2)
	}
	ix, err := indexer.Open(context.Background(), indexer.Config{Node: c, Addresses: cfg.Addresses, Dir: cfg.Dir, CommitLogs: 3, Span: 7, Poll: 5 * time.Millisecond})
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(2)
	}
	err = ix.Run(context.Background())
	fmt.Fprintln(os.Stderr, err)
	os.Exit(1)
}

// TestKillDash9: an indexer process killed with SIGKILL at random moments
// while it catches up and follows a growing chain, and restarted on the
// same store, ends with exactly the records of a fresh index: no event
// lost, none doubled, every figure right (20 kills; 5 with -short).
func TestKillDash9(t *testing.T) {
	n := startNode(t)
	r := rand.New(rand.NewPCG(3, 4))
	w := newWorkload(n, r)
	if _, err := w.Run(context.Background(), 150); err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	cfg, _ := json.Marshal(childConfig{URL: n.URL, Dir: dir, Addresses: addresses(n)})
	kills := 20
	if testing.Short() {
		kills = 5
	}
	for k := 0; k < kills; k++ {
		cmd := exec.Command(os.Args[0], "-test.run=^$")
		cmd.Env = append(os.Environ(), childEnv+"="+string(cfg))
		cmd.Stderr = os.Stderr
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		// The chain grows while the child works; the kill lands anywhere.
		if _, err := w.Run(context.Background(), r.IntN(8)); err != nil {
			t.Fatal(err)
		}
		time.Sleep(time.Duration(r.IntN(120)) * time.Millisecond)
		if err := cmd.Process.Signal(syscall.SIGKILL); err != nil {
			t.Fatal(err)
		}
		err := cmd.Wait()
		if ws, ok := cmd.ProcessState.Sys().(syscall.WaitStatus); !ok || !ws.Signaled() {
			t.Fatalf("kill %d: the child ended on its own (%v): it should run until killed", k, err)
		}
	}
	ix := openIndexer(t, n, dir)
	defer ix.Close()
	if h := ix.Head(); !h.Started {
		t.Fatal("after every kill the store holds no block: the child never committed")
	}
	sync(t, ix)
	compareWithFresh(t, n, ix)
	checkAccounts(t, n, ix)
}
