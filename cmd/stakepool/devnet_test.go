package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"net"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/keystore"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/stakepool/stakepool/api"
)

func freePort(t *testing.T) string {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	addr := ln.Addr().String()
	ln.Close()
	return addr
}

type devnetProc struct {
	cmd    *exec.Cmd
	out    *bytes.Buffer
	url    string
	exited chan error
}

// startDevnet starts the real binary and waits until its API answers.
func startDevnet(t *testing.T, bin, dir string, extra ...string) *devnetProc {
	t.Helper()
	addr := freePort(t)
	args := append([]string{"devnet", "--datadir", dir, "--http", addr}, extra...)
	cmd := exec.Command(bin, args...)
	out := &bytes.Buffer{}
	cmd.Stdout, cmd.Stderr = out, out
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	p := &devnetProc{cmd: cmd, out: out, url: "http://" + addr, exited: make(chan error, 1)}
	go func() { p.exited <- cmd.Wait() }()
	deadline := time.Now().Add(60 * time.Second)
	for {
		resp, err := http.Get(p.url + "/v1/status")
		if err == nil {
			resp.Body.Close()
			if resp.StatusCode == 200 {
				return p
			}
		}
		select {
		case err := <-p.exited:
			t.Fatalf("devnet exited: %v\n%s", err, out)
		default:
		}
		if time.Now().After(deadline) {
			cmd.Process.Kill()
			t.Fatalf("devnet did not start:\n%s", out)
		}
		time.Sleep(20 * time.Millisecond)
	}
}

func (p *devnetProc) stop(t *testing.T) {
	t.Helper()
	p.cmd.Process.Signal(syscall.SIGINT)
	select {
	case err := <-p.exited:
		if err != nil {
			t.Fatalf("devnet exit: %v\n%s", err, p.out)
		}
	case <-time.After(30 * time.Second):
		p.cmd.Process.Kill()
		t.Fatalf("devnet did not stop on SIGINT\n%s", p.out)
	}
}

func getJSON(t *testing.T, url string, out any) {
	t.Helper()
	resp, err := http.Get(url)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	if err := json.NewDecoder(resp.Body).Decode(out); err != nil {
		t.Fatal(err)
	}
}

func devAccounts(t *testing.T, dir string) []devAccount {
	t.Helper()
	b, err := os.ReadFile(filepath.Join(dir, "dev-accounts.json"))
	if err != nil {
		t.Fatal(err)
	}
	var list []devAccount
	if err := json.Unmarshal(b, &list); err != nil || len(list) == 0 {
		t.Fatalf("dev-accounts.json: %v %s", err, b)
	}
	for _, a := range list {
		if !strings.HasPrefix(a.Address, "0x") || len(a.PrivateKey) != 66 {
			t.Fatalf("dev account %+v", a)
		}
	}
	return list
}

// TestDevnetEndToEnd starts the real binary, stakes, wraps and transfers
// with stakepool tx, reads with stakepool query, advances the chain,
// stops it with SIGINT and restarts it on the same directory.
func TestDevnetEndToEnd(t *testing.T) {
	bin := buildStakepool(t)
	dir := filepath.Join(t.TempDir(), "devnet")
	p := startDevnet(t, bin, dir, "--slot-time", "200ms")
	defer p.cmd.Process.Kill()
	accs := devAccounts(t, dir)
	keyFile := filepath.Join(t.TempDir(), "key")
	if err := os.WriteFile(keyFile, []byte(accs[0].PrivateKey+"\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	tx := func(args ...string) (string, string, int) {
		return run(t, bin, append(append([]string{"tx"}, args...), "--rpc", p.url, "--private-key-file", keyFile)...)
	}
	query := func(v any, args ...string) {
		t.Helper()
		out, stderr, code := run(t, bin, append(append([]string{"query"}, args...), "--rpc", p.url, "--json")...)
		if code != 0 {
			t.Fatalf("query %v: %d %s", args, code, stderr)
		}
		if err := json.Unmarshal([]byte(out), v); err != nil {
			t.Fatalf("query %v: %v %s", args, err, out)
		}
	}
	if out, stderr, code := tx("submit", "--amount", "40"); code != 0 || !strings.Contains(out, "Submitted") {
		t.Fatalf("submit: %d %s %s", code, out, stderr)
	}
	var acc api.Account
	query(&acc, "account", accs[0].Address)
	if acc.StETH != "40000000000000000000" || acc.Nonce != 1 {
		t.Fatalf("after submit: %+v", acc)
	}
	if _, stderr, code := tx("wrap", "--amount", "4"); code != 0 {
		t.Fatalf("wrap: %s", stderr)
	}
	if _, stderr, code := tx("transfer", "--amount", "1.5", "--to", accs[1].Address); code != 0 {
		t.Fatalf("transfer: %s", stderr)
	}
	out, stderr, code := tx("transfer", "--amount", "1000", "--to", accs[1].Address, "--json")
	if code != 1 || !strings.Contains(stderr, "INSUFFICIENT_BALANCE") {
		t.Fatalf("overspend: %d %s %s", code, out, stderr)
	}
	// Account 1 signs with a go-ethereum keystore.
	k1, err := crypto.HexToECDSA(strings.TrimPrefix(accs[1].PrivateKey, "0x"))
	if err != nil {
		t.Fatal(err)
	}
	ks, err := keystore.EncryptKey(&keystore.Key{Address: crypto.PubkeyToAddress(k1.PublicKey), PrivateKey: k1}, "pw", keystore.LightScryptN, keystore.LightScryptP)
	if err != nil {
		t.Fatal(err)
	}
	ksFile, pwFile := filepath.Join(t.TempDir(), "ks.json"), filepath.Join(t.TempDir(), "pw")
	os.WriteFile(ksFile, ks, 0o600)
	os.WriteFile(pwFile, []byte("pw\n"), 0o600)
	if out, stderr, code := run(t, bin, "tx", "submit", "--amount", "2", "--rpc", p.url, "--keystore", ksFile, "--password-file", pwFile); code != 0 ||
		!strings.Contains(out, accs[1].Address) {
		t.Fatalf("submit with a keystore: %d %s %s", code, out, stderr)
	}
	if _, stderr, code := tx("withdraw", "--amounts", "1"); code != 0 {
		t.Fatalf("withdraw: %s", stderr)
	}
	query(&acc, "account", accs[0].Address)
	if acc.WstETH != "4000000000000000000" || acc.Nonce != 4 || acc.ETH != "9960000000000000000000" {
		t.Fatalf("after wrap, transfer, withdraw: %+v", acc)
	}
	var w api.Withdrawal
	query(&w, "withdrawal", "1")
	if w.Owner != accs[0].Address || w.StETH != "1000000000000000000" {
		t.Fatalf("withdrawal %+v", w)
	}
	before := acc
	resp, err := http.Post(p.url+"/v1/dev/advance", "application/json", strings.NewReader(`{"epochs":40}`))
	if err != nil || resp.StatusCode != 200 {
		t.Fatalf("advance: %v %v", err, resp)
	}
	resp.Body.Close()
	var st api.Status
	query(&st, "status")
	if st.Epoch < 40 || st.StateRoot == "" || st.FinalizedEpoch == 0 {
		t.Fatalf("status %+v", st)
	}
	var pool api.Pool
	query(&pool, "pool")
	if pool.Validators == 0 || pool.Reports == 0 || pool.BeaconValidators == 0 || pool.ShareRate <= "1000000000000000000" || pool.APR <= 0 {
		t.Fatalf("no rewards after 40 epochs of oracle reports: %+v", pool)
	}
	var reports api.Reports
	query(&reports, "reports")
	if len(reports.Reports) == 0 {
		t.Fatal("no oracle reports")
	}
	query(&acc, "account", accs[0].Address)
	if len(acc.StETH) < len(before.StETH) || acc.StETH <= before.StETH {
		t.Fatalf("stETH did not grow with the reports: %s → %s", before.StETH, acc.StETH)
	}
	query(&w, "withdrawal", "1")
	if !w.Finalized {
		t.Fatalf("withdrawal not finalized after 40 epochs: %+v", w)
	}
	if out, stderr, code := tx("claim", "--ids", "1"); code != 0 || !strings.Contains(out, "WithdrawalClaimed") {
		t.Fatalf("claim: %d %s %s", code, out, stderr)
	}
	if _, stderr, code := tx("unwrap", "--amount", "1"); code != 0 {
		t.Fatalf("unwrap: %s", stderr)
	}
	query(&acc, "account", accs[0].Address)
	p.stop(t)
	if !strings.Contains(p.out.String(), "stopped cleanly") {
		t.Fatalf("output: %s", p.out)
	}
	p = startDevnet(t, bin, dir, "--slot-time", "200ms")
	defer p.cmd.Process.Kill()
	var again api.Account
	query(&again, "account", accs[0].Address)
	if again != acc {
		t.Fatalf("after restart %+v, before %+v", again, acc)
	}
	var st2 api.Status
	query(&st2, "status")
	if st2.Block < st.Block {
		t.Fatalf("block went back: %d < %d", st2.Block, st.Block)
	}
	p.stop(t)
	fmt.Fprintln(os.Stderr, "devnet e2e ok")
}
