package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/stakepool/stakepool/localpool"
)

// serviceProc is one `stakepool oracle|guardian|depositor|exit-bot`
// process.
type serviceProc struct {
	name   string
	cmd    *exec.Cmd
	http   string
	mu     sync.Mutex
	out    bytes.Buffer
	exited chan error
}

func (s *serviceProc) Write(b []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.out.Write(b)
}

func (s *serviceProc) output() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.out.String()
}

// startService starts the binary with args and waits until it serves its
// health endpoint.
func startService(t *testing.T, bin, name string, args ...string) *serviceProc {
	t.Helper()
	s := &serviceProc{name: name, exited: make(chan error, 1)}
	s.cmd = exec.Command(bin, append(args, "--http", anyPort)...)
	s.cmd.Stdout, s.cmd.Stderr = s, s
	if err := s.cmd.Start(); err != nil {
		t.Fatal(err)
	}
	go func() { s.exited <- s.cmd.Wait() }()
	deadline := time.After(2 * time.Minute)
	const serving = "serving GET /healthz and GET /metrics on http://"
	for s.http = listenedAt(s.output(), serving); s.http == ""; s.http = listenedAt(s.output(), serving) {
		select {
		case err := <-s.exited:
			t.Fatalf("%s exited: %v\n%s", name, err, s.output())
		case <-deadline:
			s.cmd.Process.Kill()
			t.Fatalf("%s did not start:\n%s", name, s.output())
		case <-time.After(50 * time.Millisecond):
		}
	}
	return s
}

// stop interrupts the process and checks that it stops cleanly.
func (s *serviceProc) stop(t *testing.T) {
	t.Helper()
	s.cmd.Process.Signal(syscall.SIGINT)
	select {
	case err := <-s.exited:
		if err != nil {
			t.Errorf("%s: exit on SIGINT: %v\n%s", s.name, err, s.output())
		}
	case <-time.After(time.Minute):
		s.cmd.Process.Kill()
		t.Errorf("%s did not stop on SIGINT\n%s", s.name, s.output())
	}
}

func (s *serviceProc) get(t *testing.T, path string) (int, string) {
	t.Helper()
	resp, err := http.Get("http://" + s.http + path)
	if err != nil {
		t.Fatalf("%s: GET %s: %v", s.name, path, err)
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	return resp.StatusCode, string(b)
}

// metric is the value of a Prometheus sample line starting with prefix.
func metric(t *testing.T, body, prefix string) float64 {
	t.Helper()
	for _, l := range strings.Split(body, "\n") {
		if strings.HasPrefix(l, prefix) {
			f := strings.Fields(l)
			v, err := strconv.ParseFloat(f[len(f)-1], 64)
			if err != nil {
				t.Fatalf("metric line %q", l)
			}
			return v
		}
	}
	return -1
}

type roleKeys map[string][]struct {
	Address    string `json:"address"`
	PrivateKey string `json:"private_key"`
}

// TestServicesAsProcesses: the devnet bootstraps the pool, then leaves
// the guardians, the depositor, the oracle members and an exit bot to
// their own `stakepool` processes, each on the devnet's JSON-RPC and
// Beacon API only. A user's stake is deposited by the depositor once the
// guardian processes attest, the new validator is reported by the oracle
// processes, a withdrawal is finalized by their next report and claimed;
// every process is healthy, shows its work in /metrics, and stops
// cleanly. An oracle member killed with SIGKILL and restarted on its
// state directory does not vote twice. (The exit itself needs
// SHARD_COMMITTEE_PERIOD epochs: STAKEPOOL_LONG=1.)
func TestServicesAsProcesses(t *testing.T) {
	bin := buildStakepool(t)
	tmp := t.TempDir()
	dir := filepath.Join(tmp, "devnet-data")
	p := startDevnet(t, bin, dir, "--bootstrap-validators", "4", "--external-services", "guardian,depositor,oracle,exit-bot")
	defer p.stop(t)
	if !strings.Contains(p.output(), "left to their own processes: guardian, depositor, oracle, exit-bot") {
		t.Fatalf("devnet output:\n%s", p.output())
	}
	var roles roleKeys
	b, err := os.ReadFile(filepath.Join(dir, "dev-roles.json"))
	if err != nil {
		t.Fatal(err)
	}
	if err := json.Unmarshal(b, &roles); err != nil {
		t.Fatal(err)
	}
	keyFile := func(role string, i int) string {
		t.Helper()
		if len(roles[role]) <= i {
			t.Fatalf("dev-roles.json has no %s %d", role, i)
		}
		f := filepath.Join(tmp, fmt.Sprintf("%s-%d.key", role, i))
		if err := os.WriteFile(f, []byte(roles[role][i].PrivateKey), 0o600); err != nil {
			t.Fatal(err)
		}
		return f
	}
	accounts := p.accounts(t)
	userKey := filepath.Join(tmp, "user.key")
	os.WriteFile(userKey, []byte(accounts[0].PrivateKey), 0o600)
	me := accounts[0].Address

	common := func(name string) []string {
		return []string{"--rpc", p.rpc, "--beacon", "http://" + p.http, "--addresses", filepath.Join(dir, "addresses.json"),
			"--state-dir", filepath.Join(tmp, "state", name), "--interval", "200ms", "--log-level", "info"}
	}
	var procs []*serviceProc
	start := func(name string, args ...string) *serviceProc {
		t.Helper()
		s := startService(t, bin, name, args...)
		procs = append(procs, s)
		return s
	}
	defer func() {
		for _, s := range procs {
			if s.cmd.ProcessState == nil {
				s.cmd.Process.Kill()
			}
		}
	}()
	var guardianArgs []string
	for i := range 3 {
		name := fmt.Sprintf("guardian-%d", i)
		g := start(name, append([]string{"guardian", "--name", name, "--private-key-file", keyFile("guardians", i)}, common(name)...)...)
		guardianArgs = append(guardianArgs, "--guardian", g.http, "--guardian-address", roles["guardians"][i].Address)
	}
	dep := start("depositor", append(append([]string{"depositor", "--private-key-file", keyFile("depositor", 0), "--quorum", "2"}, guardianArgs...), common("depositor")...)...)
	var oracles []*serviceProc
	for i := range 3 {
		name := fmt.Sprintf("oracle-%d", i)
		oracles = append(oracles, start(name, append([]string{"oracle", "--name", name, "--private-key-file", keyFile("oracle", i)}, common(name)...)...))
	}
	// operator 0's exit bot with its first keys' EIP-2335 keystores
	mn := filepath.Join(tmp, "mnemonic.txt")
	pw := filepath.Join(tmp, "pw.txt")
	os.WriteFile(mn, []byte(localpool.Mnemonic), 0o600)
	os.WriteFile(pw, []byte("exit-bot-test-password"), 0o600)
	var addrs map[string]string
	b, _ = os.ReadFile(filepath.Join(dir, "addresses.json"))
	json.Unmarshal(b, &addrs)
	vault := addrs["withdrawal_vault"]
	if vault == "" {
		vault = addrs["WithdrawalVault"]
	}
	long := os.Getenv("STAKEPOOL_LONG") != ""
	var bots []*serviceProc
	for op := range 4 {
		if op > 0 && !long {
			break
		}
		dir := filepath.Join(tmp, fmt.Sprintf("op%d-keys", op))
		p.mustSP(t, bin, "keys", "deposit-data", "--mnemonic-file", mn, "--count", "2", "--start-index", fmt.Sprint(1000*op), "--network", "mainnet",
			"--withdrawal-address", vault, "--out", dir, "--password-file", pw, "--kdf", "pbkdf2")
		name := fmt.Sprintf("exit-bot-%d", op)
		bots = append(bots, start(name, append([]string{"exit-bot", "--operator", fmt.Sprint(op), "--keystores", dir, "--password-file", pw}, common(name)...)...))
	}
	bot := bots[0]

	pool := func() (deposited, reported uint64) {
		t.Helper()
		doc := p.mustSP(t, bin, "query", "pool", "--json")
		d, _ := strconv.ParseUint(jsonField(t, doc, "deposited_validators"), 10, 64)
		r, _ := strconv.ParseUint(jsonField(t, doc, "validators"), 10, 64)
		return d, r
	}
	dep0, rep0 := pool()
	if dep0 != 4 || rep0 != 4 {
		t.Fatalf("after the bootstrap: %d deposited, %d reported", dep0, rep0)
	}
	// stake: two more validators' worth
	p.mustSP(t, bin, "tx", "submit", "--amount", "64", "--private-key-file", userKey)
	// deposit: by the depositor process, on the guardian processes' attestations
	waitEpochs := func(what string, max int, done func() bool) {
		t.Helper()
		for e := 0; !done(); e++ {
			if e == max {
				for _, s := range procs {
					t.Logf("--- %s:\n%s", s.name, tail(s.output(), 3000))
				}
				t.Fatalf("%s: not after %d epochs", what, max)
			}
			p.advance(t, 1)
			time.Sleep(500 * time.Millisecond) // the processes poll every 200 ms; chain time is what bounds the test
		}
	}
	waitEpochs("the deposit", 12, func() bool { d, _ := pool(); return d > dep0 })
	dep1, _ := pool()
	t.Logf("deposited %d validators (from %d)", dep1, dep0)
	// report: by the oracle processes, once the new validators are active
	waitEpochs("the report of the new validators", 40, func() bool { _, r := pool(); return r >= dep1 })

	// a member killed mid-run and restarted on its state votes once: its
	// vote count in the contract's log for this frame stays at most one
	o0 := oracles[0]
	o0.cmd.Process.Kill()
	<-o0.exited
	name := "oracle-0"
	oracles[0] = start(name, append([]string{"oracle", "--name", name, "--private-key-file", keyFile("oracle", 0)}, common(name)...)...)

	// withdraw and claim: finalized by the next report
	p.mustSP(t, bin, "tx", "withdraw", "--amounts", "1", "--private-key-file", userKey)
	var doc struct {
		Requests []struct {
			Finalized bool `json:"finalized"`
		} `json:"requests"`
	}
	waitEpochs("the withdrawal's finalization", 24, func() bool {
		json.Unmarshal([]byte(p.mustSP(t, bin, "query", "withdrawals", me, "--json")), &doc)
		return len(doc.Requests) == 1 && doc.Requests[0].Finalized
	})
	before := wei(t, jsonField(t, p.mustSP(t, bin, "query", "account", me, "--json"), "eth_balance_wei"))
	p.mustSP(t, bin, "tx", "claim", "--all", "--private-key-file", userKey)
	after := wei(t, jsonField(t, p.mustSP(t, bin, "query", "account", me, "--json"), "eth_balance_wei"))
	if after.Cmp(before) <= 0 {
		t.Fatalf("the claim paid nothing: %s → %s", before, after)
	}

	// no member voted twice in a frame (the killed and restarted one
	// included): a second vote is sent with a fixed gas limit and would be
	// mined reverted (OracleDuplicateVote). Checked before the long mode,
	// whose 8-epoch jumps end frames while members submit.
	for _, o := range oracles {
		_, m := o.get(t, "/metrics")
		if v := metric(t, m, `stakepool_service_transactions_reverted_total{service="`+o.name+`"}`); v > 0 {
			t.Errorf("%s: %v transactions reverted:\n%s", o.name, v, grepLines(o.output(), "vote", "submit", "reverted", "refuses"))
		}
		if strings.Contains(o.output(), "already voted for another report") {
			t.Errorf("%s changed its vote:\n%s", o.name, tail(o.output(), 2000))
		}
	}

	if long {
		// exit: a withdrawal larger than the buffer makes the oracle
		// processes ask for exits; an exit bot process publishes them once
		// the validators may exit (SHARD_COMMITTEE_PERIOD); the sweep pays
		// the withdrawal vault; a report finalizes the request
		all := jsonField(t, p.mustSP(t, bin, "query", "account", me, "--json"), "steth_balance_wei")
		p.mustSP(t, bin, "tx", "withdraw", "--amounts", all+"wei", "--private-key-file", userKey)
		for e := 0; ; e += 8 {
			json.Unmarshal([]byte(p.mustSP(t, bin, "query", "withdrawals", me, "--json")), &doc)
			// the claimed request is no longer listed: the large one is the last
			if n := len(doc.Requests); n > 0 && doc.Requests[n-1].Finalized {
				break
			}
			if e > 900 {
				t.Fatalf("the large withdrawal not finalized after %d epochs", e)
			}
			p.advance(t, 8)
			time.Sleep(time.Second)
		}
		published := false
		for _, b := range bots {
			published = published || strings.Contains(b.output(), "published a voluntary exit")
		}
		if !published {
			t.Fatal("the large withdrawal was finalized without an exit bot publishing an exit: the test does not test exits")
		}
		before := wei(t, jsonField(t, p.mustSP(t, bin, "query", "account", me, "--json"), "eth_balance_wei"))
		p.mustSP(t, bin, "tx", "claim", "--all", "--private-key-file", userKey)
		after := wei(t, jsonField(t, p.mustSP(t, bin, "query", "account", me, "--json"), "eth_balance_wei"))
		if after.Cmp(before) <= 0 {
			t.Fatalf("the claim after the exits paid nothing")
		}
	}

	// every process healthy and showing its work
	for _, s := range procs {
		if s.cmd.ProcessState != nil {
			continue // the killed member
		}
		if code, body := s.get(t, "/healthz"); code != 200 {
			t.Errorf("%s: /healthz %d %s", s.name, code, body)
		}
	}
	_, m := dep.get(t, "/metrics")
	if v := metric(t, m, `stakepool_depositor_validators_total{service="depositor"}`); v < 1 {
		t.Errorf("the depositor's metrics show %v validators deposited:\n%s", v, tail(dep.output(), 2000))
	}
	_, m = procs[0].get(t, "/metrics")
	if v := metric(t, m, `stakepool_guardian_attestations_total{service="guardian-0"}`); v < 1 {
		t.Errorf("guardian-0 signed %v attestations", v)
	}
	reported := 0.0
	for _, o := range oracles {
		_, m := o.get(t, "/metrics")
		reported = max(reported, metric(t, m, `stakepool_oracle_reported_ref_slot{service="`))
	}
	if reported <= 0 {
		t.Errorf("no oracle process saw a report applied")
	}
	if code, _ := bot.get(t, "/healthz"); code != 200 {
		t.Errorf("the exit bot is not healthy")
	}
	if _, m := bot.get(t, "/metrics"); metric(t, m, `stakepool_exitbot_requested{service="exit-bot-0"}`) < 0 {
		t.Errorf("the exit bot does not report the exits asked of it:\n%s", tail(bot.output(), 2000))
	}
	for _, s := range procs {
		if s.cmd.ProcessState == nil {
			s.stop(t)
		}
	}
}

func grepLines(s string, words ...string) string {
	var out []string
	for _, l := range strings.Split(s, "\n") {
		for _, w := range words {
			if strings.Contains(l, w) {
				out = append(out, l)
				break
			}
		}
	}
	return strings.Join(out, "\n")
}

func tail(s string, n int) string {
	if len(s) <= n {
		return s
	}
	return "…" + s[len(s)-n:]
}
