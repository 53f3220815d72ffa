package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"math/big"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/stakepool/stakepool/localpool"
)

// anyPort is the listen address the tests give the binary: the kernel
// picks a free port when the process binds it, and the process prints the
// address it got (listenedAt reads it back). A port the test picked and
// freed was free only until the process, started seconds later on a busy
// machine, bound it: any other process could take it meanwhile.
const anyPort = "127.0.0.1:0"

// listenedAt is the host:port the process printed after prefix (as in
// "JSON-RPC:   http://127.0.0.1:PORT"), "" while it has not.
func listenedAt(out, prefix string) string {
	m := regexp.MustCompile(regexp.QuoteMeta(prefix) + `(127\.0\.0\.1:[0-9]+)`).FindStringSubmatch(out)
	if m == nil {
		return ""
	}
	return m[1]
}

// devnetProc is the real binary running a devnet.
type devnetProc struct {
	cmd       *exec.Cmd
	mu        sync.Mutex
	out       bytes.Buffer
	rpc, http string
	dir       string
	exited    chan error
}

// accounts reads the dev accounts the devnet wrote to its datadir.
func (p *devnetProc) accounts(t *testing.T) []localpool.DevAccount {
	t.Helper()
	b, err := os.ReadFile(filepath.Join(p.dir, "dev-accounts.json"))
	if err != nil {
		t.Fatal(err)
	}
	var accounts []localpool.DevAccount
	if err := json.Unmarshal(b, &accounts); err != nil || len(accounts) == 0 {
		t.Fatalf("dev-accounts.json: %v (%d accounts)", err, len(accounts))
	}
	return accounts
}

func (p *devnetProc) output() string {
	p.mu.Lock()
	defer p.mu.Unlock()
	return p.out.String()
}

type lockedWriter struct{ p *devnetProc }

func (w lockedWriter) Write(b []byte) (int, error) {
	w.p.mu.Lock()
	defer w.p.mu.Unlock()
	return w.p.out.Write(b)
}

// startDevnet starts the binary on dir and waits until it runs its slots.
func startDevnet(t *testing.T, bin, dir string, extra ...string) *devnetProc {
	t.Helper()
	p := &devnetProc{dir: dir, exited: make(chan error, 1)}
	args := append([]string{"devnet", "--datadir", dir, "--rpc", anyPort, "--http", anyPort, "--slot-time", "100ms", "--validators", "2000"}, extra...)
	p.cmd = exec.Command(bin, args...)
	p.cmd.Stdout, p.cmd.Stderr = lockedWriter{p}, lockedWriter{p}
	if err := p.cmd.Start(); err != nil {
		t.Fatal(err)
	}
	go func() { p.exited <- p.cmd.Wait() }()
	deadline := time.After(3 * time.Minute)
	for !strings.Contains(p.output(), "Ctrl-C to stop") {
		select {
		case err := <-p.exited:
			t.Fatalf("devnet exited: %v\n%s", err, p.output())
		case <-deadline:
			p.cmd.Process.Kill()
			t.Fatalf("devnet did not start:\n%s", p.output())
		case <-time.After(50 * time.Millisecond):
		}
	}
	out := p.output()
	if p.rpc, p.http = listenedAt(out, "JSON-RPC:   http://"), listenedAt(out, "web app and read API: http://"); p.rpc == "" || p.http == "" {
		p.cmd.Process.Kill()
		t.Fatalf("the devnet did not print its addresses (JSON-RPC %q, HTTP %q):\n%s", p.rpc, p.http, out)
	}
	return p
}

// stop interrupts the devnet and waits for a clean stop.
func (p *devnetProc) stop(t *testing.T) {
	t.Helper()
	p.cmd.Process.Signal(syscall.SIGINT)
	select {
	case err := <-p.exited:
		if err != nil || !strings.Contains(p.output(), "stopped cleanly") {
			t.Fatalf("devnet stop: %v\n%s", err, p.output())
		}
	case <-time.After(time.Minute):
		p.cmd.Process.Kill()
		t.Fatalf("devnet did not stop on SIGINT\n%s", p.output())
	}
}

// sp runs the binary against the devnet (its JSON-RPC given as host:port,
// without a scheme).
func (p *devnetProc) sp(t *testing.T, bin string, args ...string) (string, string, int) {
	t.Helper()
	cmd := exec.Command(bin, args...)
	cmd.Env = append(os.Environ(), "STAKEPOOL_RPC="+p.rpc, "STAKEPOOL_ADDRESSES="+filepath.Join(p.dir, "addresses.json"))
	var o, e bytes.Buffer
	cmd.Stdout, cmd.Stderr = &o, &e
	err := cmd.Run()
	code := 0
	if ee, ok := err.(*exec.ExitError); ok {
		code = ee.ExitCode()
	} else if err != nil {
		t.Fatal(err)
	}
	return o.String(), e.String(), code
}

func (p *devnetProc) mustSP(t *testing.T, bin string, args ...string) string {
	t.Helper()
	out, errOut, code := p.sp(t, bin, args...)
	if code != 0 {
		t.Fatalf("stakepool %s: exit %d\n%s%s", strings.Join(args, " "), code, out, errOut)
	}
	return out
}

// advance posts /v1/dev/advance.
func (p *devnetProc) advance(t *testing.T, epochs int) {
	t.Helper()
	resp, err := http.Post("http://"+p.http+"/v1/dev/advance", "application/json", strings.NewReader(fmt.Sprintf(`{"epochs":%d}`, epochs)))
	if err != nil {
		t.Fatal(err)
	}
	b, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	if resp.StatusCode != 200 {
		t.Fatalf("advance: %d %s", resp.StatusCode, b)
	}
}

func jsonField(t *testing.T, doc, key string) string {
	t.Helper()
	var m map[string]any
	if err := json.Unmarshal([]byte(doc), &m); err != nil {
		t.Fatalf("%v: %s", err, doc)
	}
	return fmt.Sprint(m[key])
}

func wei(t *testing.T, s string) *big.Int {
	t.Helper()
	v, ok := new(big.Int).SetString(s, 10)
	if !ok {
		t.Fatalf("%q is not a decimal amount", s)
	}
	return v
}

// TestDevnetEndToEnd is the README's walkthrough on the real binary:
// stake, see stETH grow after an advance, wrap, withdraw, see the requests
// finalized, claim them all; a refusal gives the contract's code; a restart
// continues the same chain with both layers agreeing.
func TestDevnetEndToEnd(t *testing.T) {
	bin := buildStakepool(t)
	dir := filepath.Join(t.TempDir(), "devnet-data")
	p := startDevnet(t, bin, dir)
	accounts := p.accounts(t)
	if len(accounts) != 10 {
		t.Fatalf("dev-accounts.json lists %d accounts, want 10 (the README says ten)", len(accounts))
	}
	keyFile := filepath.Join(t.TempDir(), "key.txt")
	os.WriteFile(keyFile, []byte(accounts[0].PrivateKey), 0o600)
	me := accounts[0].Address

	// the README's walkthrough, command by command
	out := p.mustSP(t, bin, "tx", "submit", "--amount", "32", "--private-key-file", keyFile)
	if !strings.Contains(out, "Submitted") || strings.Contains(out, "_wei") {
		t.Fatalf("submit's output:\n%s", out)
	}
	staked := wei(t, jsonField(t, p.mustSP(t, bin, "query", "account", me, "--json"), "steth_balance_wei"))
	p.advance(t, 8)
	grown := wei(t, jsonField(t, p.mustSP(t, bin, "query", "account", me, "--json"), "steth_balance_wei"))
	if grown.Cmp(staked) <= 0 {
		t.Fatalf("stETH %s after 8 epochs, %s when staked", grown, staked)
	}
	human := p.mustSP(t, bin, "query", "pool")
	if !strings.Contains(human, "share rate (ETH per share): 1.") || strings.Contains(human, "_wei") {
		t.Fatalf("query pool:\n%s", human)
	}
	p.mustSP(t, bin, "tx", "wrap", "--amount", "5", "--private-key-file", keyFile)
	p.mustSP(t, bin, "tx", "withdraw", "--amounts", "1,0.5", "--private-key-file", keyFile)
	p.advance(t, 8)
	var doc struct {
		Requests []struct {
			Finalized bool `json:"finalized"`
		} `json:"requests"`
	}
	json.Unmarshal([]byte(p.mustSP(t, bin, "query", "withdrawals", me, "--json")), &doc)
	if len(doc.Requests) != 2 || !doc.Requests[0].Finalized || !doc.Requests[1].Finalized {
		t.Fatalf("the requests after 8 epochs: %+v", doc)
	}
	ethBefore := wei(t, jsonField(t, p.mustSP(t, bin, "query", "account", me, "--json"), "eth_balance_wei"))
	p.mustSP(t, bin, "tx", "claim", "--all", "--private-key-file", keyFile)
	ethAfter := wei(t, jsonField(t, p.mustSP(t, bin, "query", "account", me, "--json"), "eth_balance_wei"))
	if gain := new(big.Int).Sub(ethAfter, ethBefore); gain.Cmp(big.NewInt(14e17)) < 0 {
		t.Fatalf("claim --all paid %s wei", gain)
	}
	_, errOut, code := p.sp(t, bin, "tx", "claim", "--all", "--private-key-file", keyFile)
	if code != 1 || !strings.Contains(errOut, "NOTHING_TO_CLAIM") {
		t.Fatalf("a second claim --all: exit %d, %s", code, errOut)
	}
	_, errOut, code = p.sp(t, bin, "tx", "transfer", "--to", accounts[1].Address, "--amount", "1000000", "--private-key-file", keyFile)
	if code != 1 || !strings.Contains(errOut, "INSUFFICIENT_BALANCE") {
		t.Fatalf("transfer beyond the balance: exit %d, %s", code, errOut)
	}
	head := jsonField(t, p.mustSP(t, bin, "query", "status", "--json"), "block")
	p.stop(t)

	p = startDevnet(t, bin, dir)
	defer p.stop(t)
	if !strings.Contains(p.output(), "the execution and consensus layers agreed") {
		t.Fatalf("restart:\n%s", p.output())
	}
	if after := jsonField(t, p.mustSP(t, bin, "query", "status", "--json"), "block"); wei(t, after).Cmp(wei(t, head)) < 0 {
		t.Fatalf("after a restart the head is block %s, before %s", after, head)
	}
	if got := wei(t, jsonField(t, p.mustSP(t, bin, "query", "account", me, "--json"), "eth_balance_wei")); got.Cmp(ethAfter) != 0 {
		t.Fatalf("after a restart the account holds %s wei, before %s", got, ethAfter)
	}
}
