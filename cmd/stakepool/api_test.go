package main

import (
	"bufio"
	"context"
	"encoding/json"
	"io"
	"math/rand/v2"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/stakepool/stakepool/simnode"
)

// TestAPIEndToEnd starts `stakepool api` against a chain served over
// JSON-RPC on loopback (with an addresses file as a devnet writes it),
// reads the pool and the web app, restarts it on the same store, and
// stops it with SIGTERM.
func TestAPIEndToEnd(t *testing.T) {
	bin := buildStakepool(t)
	ctx := context.Background()
	n, err := simnode.Start(ctx, simnode.Config{})
	if err != nil {
		t.Fatal(err)
	}
	defer n.Close()
	if _, err := (&simnode.Workload{N: n, Rand: rand.New(rand.NewPCG(1, 1))}).Run(ctx, 30); err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	addrs, _ := json.Marshal(n.Addresses)
	addrFile := filepath.Join(dir, "addresses.json")
	if err := os.WriteFile(addrFile, addrs, 0o644); err != nil {
		t.Fatal(err)
	}
	for round := 0; round < 2; round++ {
		cmd := exec.Command(bin, "api", "--rpc", strings.TrimPrefix(n.URL, "http://"), "--addresses", addrFile,
			"--http", anyPort, "--datadir", filepath.Join(dir, "api"))
		out, _ := cmd.StdoutPipe()
		cmd.Stderr = os.Stderr
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		line, err := bufio.NewReader(out).ReadString('\n')
		addr := listenedAt(line, "web app on http://")
		if err != nil || addr == "" {
			cmd.Process.Kill()
			t.Fatalf("first line %q: %v", line, err)
		}
		var pool struct {
			Block       uint64 `json:"block"`
			TotalShares string `json:"total_shares"`
		}
		deadline := time.Now().Add(30 * time.Second)
		for {
			resp, err := http.Get("http://" + addr + "/v1/pool")
			if err == nil {
				b, _ := io.ReadAll(resp.Body)
				resp.Body.Close()
				if resp.StatusCode == 200 && json.Unmarshal(b, &pool) == nil && pool.TotalShares != "" {
					break
				}
			}
			if time.Now().After(deadline) {
				cmd.Process.Kill()
				t.Fatalf("the API never answered /v1/pool: %v", err)
			}
			time.Sleep(50 * time.Millisecond)
		}
		resp, err := http.Get("http://" + addr + "/")
		if err != nil {
			t.Fatal(err)
		}
		b, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		if resp.StatusCode != 200 || !strings.Contains(string(b), "<html") {
			t.Errorf("GET /: %d %.80s", resp.StatusCode, b)
		}
		cmd.Process.Signal(syscall.SIGTERM)
		if err := cmd.Wait(); err != nil {
			t.Fatalf("round %d: stakepool api ended with %v after SIGTERM", round, err)
		}
	}
	_, stderr, code := run(t, bin, "api", "--rpc", n.URL, "--http", "127.0.0.1:0")
	if code == 0 || !strings.Contains(stderr, "--pool") {
		t.Errorf("without a pool: exit %d, %q", code, stderr)
	}
	_, stderr, code = run(t, bin, "api", "--rpc", n.URL, "--pool", n.Addresses.Pool.Hex(), "--http", "0.0.0.0:0")
	if code == 0 || !strings.Contains(stderr, "--public") {
		t.Errorf("a public address without --public: exit %d, %q", code, stderr)
	}
}
