package main

import (
	"bytes"
	"context"
	"encoding/binary"
	"encoding/json"
	"fmt"
	"io"
	"net"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/cockroachdb/pebble"
	"github.com/ethereum/go-ethereum/accounts/keystore"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/stakepool/stakepool/api"
	"github.com/stakepool/stakepool/beacon/sim"
	"github.com/stakepool/stakepool/node"
	"github.com/stakepool/stakepool/protocol"
	"github.com/stakepool/stakepool/units"
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
	// 40 epochs passed block 1024: the restart loads that snapshot (pool
	// and chain) and replays only the log after it.
	if !strings.Contains(p.out.String(), "from the snapshot of block 1024") {
		t.Fatalf("restart did not load the snapshot of block 1024:\n%s", p.out)
	}
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

// fullReplayHook hides the wiring's snapshot methods: a node opened with it
// replays the whole log from genesis, rebuilding the chain along it.
type fullReplayHook struct{ node.Hook }

// openDevnetNode opens the devnet's node and chain in-process on dir (a
// small chain, snapshots every `every` blocks, no slot clock).
func openDevnetNode(t *testing.T, dir string, every uint64, fullReplay bool) (*node.Node, *sim.Chain) {
	t.Helper()
	if err := os.MkdirAll(dir, 0o700); err != nil {
		t.Fatal(err)
	}
	spec := newDevnetSpec(3, 2, 4)
	cfg, err := spec.nodeConfig(dir, 0, nil, nil)
	if err != nil {
		t.Fatal(err)
	}
	cfg.SnapshotEvery = every
	cfg.SnapshotsKept = 2 // the corruption cases below count on two
	w, chain, err := spec.wire(&cfg, 2048, nil)
	if err != nil {
		t.Fatal(err)
	}
	slashes, err := loadSlashes(dir)
	if err != nil {
		t.Fatal(err)
	}
	w.OnReplayed = func(slot uint64) { slashes.replay(chain, slot) }
	if fullReplay {
		cfg.Hook = fullReplayHook{w}
	}
	n, err := node.Open(cfg)
	if err != nil {
		t.Fatal(err)
	}
	if !fullReplay {
		if err := spec.bootstrap(context.Background(), n, io.Discard); err != nil {
			t.Fatal(err)
		}
	}
	return n, chain
}

func sealBlocks(t *testing.T, n *node.Node, k int) {
	t.Helper()
	for i := 0; i < k; i++ {
		if err := n.Seal(); err != nil {
			t.Fatal(err)
		}
	}
}

func chainBytes(t *testing.T, c *sim.Chain) []byte {
	t.Helper()
	b, err := c.MarshalBinary()
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func copyDir(t *testing.T, from, to string) {
	t.Helper()
	if out, err := exec.Command("cp", "-a", from, to).CombinedOutput(); err != nil {
		t.Fatalf("cp: %v %s", err, out)
	}
}

// TestDevnetSnapshotRestart: a devnet restarted from its newest snapshot
// (pool state and simulated chain) reaches the same head, state root and
// chain as a full replay from genesis, and both continue identically; a
// corrupt newest snapshot is detected and the start falls back to the one
// before it, with the same result.
func TestDevnetSnapshotRestart(t *testing.T) {
	if testing.Short() {
		t.Skip("builds a chain and seals hundreds of blocks")
	}
	base := t.TempDir()
	dirA := filepath.Join(base, "a")
	const every = 64
	n, chain := openDevnetNode(t, dirA, every, false)
	// Stake so that deposits reach the chain and reports follow.
	acc := crypto.PubkeyToAddress(devKey("account-0").PublicKey)
	for i := 0; i < 3; i++ {
		var nonce uint64
		n.View(func(s *protocol.State) { nonce = s.Account(acc).Nonce })
		r, err := n.Submit(context.Background(), &protocol.Tx{Sender: acc, Nonce: nonce, Cmd: protocol.Command{Kind: protocol.CmdSubmit, Amount: *units.Ether(40)}})
		if err != nil || r.Err != nil {
			t.Fatalf("stake: %v %v", err, r.Err)
		}
	}
	sealBlocks(t, n, 330)
	head, _ := n.Head()
	want := chainBytes(t, chain)
	var reports uint64
	n.View(func(s *protocol.State) { reports = s.ReportCount() })
	if reports == 0 {
		t.Fatalf("no oracle report in %d blocks", head.Number)
	}
	if err := n.Close(); err != nil {
		t.Fatal(err)
	}
	dirB := filepath.Join(base, "b")
	copyDir(t, dirA, dirB)

	// From the snapshot.
	n, chain = openDevnetNode(t, dirA, every, false)
	if got, _ := n.Head(); got.Root != head.Root || got.Number != head.Number {
		t.Fatalf("from snapshot: head %d %s, want %d %s", got.Number, got.Root, head.Number, head.Root)
	}
	snap := n.LoadedFromSnapshot()
	if snap == 0 || snap%every != 0 || head.Number-snap > 2*every {
		t.Fatalf("loaded from snapshot of block %d (head %d)", snap, head.Number)
	}
	if !bytes.Equal(chainBytes(t, chain), want) {
		t.Fatal("the chain restored from the snapshot and replayed differs from the chain before the restart")
	}
	// From genesis.
	nb, chainB := openDevnetNode(t, dirB, every, true)
	if got, _ := nb.Head(); got.Root != head.Root || nb.LoadedFromSnapshot() != 0 {
		t.Fatalf("full replay: head %s from snapshot %d, want %s from genesis", got.Root, nb.LoadedFromSnapshot(), head.Root)
	}
	if !bytes.Equal(chainBytes(t, chainB), want) {
		t.Fatal("the chain of a full replay differs from the chain before the restart")
	}
	// Both continue the same way (deposits, reports, credits).
	sealBlocks(t, n, 140)
	sealBlocks(t, nb, 140)
	ha, _ := n.Head()
	hb, _ := nb.Head()
	if ha.Root != hb.Root || ha.Number != hb.Number || !bytes.Equal(chainBytes(t, chain), chainBytes(t, chainB)) {
		t.Fatalf("after 140 more blocks: from snapshot %d %s, from genesis %d %s", ha.Number, ha.Root, hb.Number, hb.Root)
	}
	nb.Close()
	if err := n.Close(); err != nil {
		t.Fatal(err)
	}

	// Corrupt the newest chain snapshot: the start says so and uses the
	// one before.
	newest := (ha.Number / every) * every
	corruptValue(t, dirA, append([]byte{'C'}, binary.BigEndian.AppendUint64(nil, newest)...))
	n, chain = openDevnetNode(t, dirA, every, false)
	if got, _ := n.Head(); got.Root != ha.Root {
		t.Fatalf("after corrupting the snapshot: root %s, want %s", got.Root, ha.Root)
	}
	if snap := n.LoadedFromSnapshot(); snap != newest-every {
		t.Fatalf("after corrupting snapshot %d: loaded %d, want %d (skipped %q)", newest, snap, newest-every, n.SkippedSnapshots())
	}
	if sk := n.SkippedSnapshots(); len(sk) == 0 || !strings.Contains(sk[0], "checksum") {
		t.Fatalf("skipped %q", sk)
	}
	if !bytes.Equal(chainBytes(t, chain), chainBytes(t, chainB)) {
		t.Fatal("the chain restored from the older snapshot differs")
	}
	n.Close()
	// Corrupt the older one's pool state too: no usable snapshot with a chain
	// is left, so the start replays from genesis, to the same root.
	corruptValue(t, dirA, append([]byte{'S'}, binary.BigEndian.AppendUint64(nil, newest-every)...))
	n, _ = openDevnetNode(t, dirA, every, false)
	defer n.Close()
	if got, _ := n.Head(); got.Root != ha.Root || n.LoadedFromSnapshot() != 0 {
		t.Fatalf("both snapshots corrupt: root %s from %d, want %s from genesis (skipped %q)", got.Root, n.LoadedFromSnapshot(), ha.Root, n.SkippedSnapshots())
	}
}

// corruptValue flips a byte near the end of the value at key in dir's log store.
func corruptValue(t *testing.T, dir string, key []byte) {
	t.Helper()
	db, err := pebble.Open(filepath.Join(dir, "log"), &pebble.Options{Logger: quiet{}})
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	v, closer, err := db.Get(key)
	if err != nil {
		t.Fatalf("get %x: %v", key, err)
	}
	b := append([]byte(nil), v...)
	closer.Close()
	b[len(b)-3] ^= 0x40
	if err := db.Set(key, b, pebble.Sync); err != nil {
		t.Fatal(err)
	}
}

// TestDevnetRestartMidFrame: the in-process oracle members keep their
// frame's work in memory only (report, vote, last alert), so a restart
// gives fresh members. Their work for a frame is done at its first slot,
// inside that block's seal (compute, vote, submit: one log entry), so a
// restart cannot fall between a vote and the submit. This restarts a
// devnet mid-frame, with the block before a frame's first slot sealed,
// and with the frame's first block open (a transaction in it, not
// sealed): the frame's report still lands, and head, root and the reports
// are those of the same run without restarts.
func TestDevnetRestartMidFrame(t *testing.T) {
	if testing.Short() {
		t.Skip("builds a chain and seals hundreds of blocks")
	}
	base := t.TempDir()
	dirA := filepath.Join(base, "a")
	const every = 64
	n, _ := openDevnetNode(t, dirA, every, false)
	acc := crypto.PubkeyToAddress(devKey("account-0").PublicKey)
	stake := func(n *node.Node, eth uint64) {
		t.Helper()
		var nonce uint64
		n.View(func(s *protocol.State) { nonce = s.Account(acc).Nonce })
		r, err := n.Submit(context.Background(), &protocol.Tx{Sender: acc, Nonce: nonce, Cmd: protocol.Command{Kind: protocol.CmdSubmit, Amount: *units.Ether(eth)}})
		if err != nil || r.Err != nil {
			t.Fatalf("stake: %v %v", err, r.Err)
		}
	}
	for i := 0; i < 3; i++ {
		stake(n, 40)
	}
	var frame uint64
	n.View(func(s *protocol.State) { frame = s.SlotsPerFrame() })
	sealUntil := func(n *node.Node, block uint64) {
		t.Helper()
		for {
			h, _ := n.Head()
			if h.Number >= block {
				return
			}
			if err := n.Seal(); err != nil {
				t.Fatal(err)
			}
		}
	}
	sealUntil(n, 2*frame+frame/2) // mid-frame, after the first reports
	if err := n.Close(); err != nil {
		t.Fatal(err)
	}
	dirB := filepath.Join(base, "b")
	copyDir(t, dirA, dirB)

	run := func(dir string, restarts bool) (node.BlockInfo, []protocol.ReportRecord) {
		n, _ := openDevnetNode(t, dir, every, false)
		restart := func() {
			if !restarts {
				return
			}
			if err := n.Close(); err != nil {
				t.Fatal(err)
			}
			n, _ = openDevnetNode(t, dir, every, false)
		}
		restart()                     // mid-frame
		sealUntil(n, 3*frame-1)       // the block before the frame's first slot
		restart()                     // …sealed
		stake(n, 1)                   // in the frame's first block, left open
		restart()                     // …open
		sealUntil(n, 4*frame+frame/2) // through this frame and the next one's first slot
		defer n.Close()
		head, _ := n.Head()
		var reports []protocol.ReportRecord
		n.View(func(s *protocol.State) { reports = s.Reports() })
		return head, reports
	}
	headA, reportsA := run(dirA, false)
	headB, reportsB := run(dirB, true)
	t.Logf("frame %d slots, head %d, %d reports, last ref slot %d", frame, headB.Number, len(reportsB), reportsB[len(reportsB)-1].RefSlot)
	for _, ref := range []uint64{3*frame - 1, 4*frame - 1} {
		found := false
		for _, r := range reportsB {
			found = found || r.RefSlot == ref
		}
		if !found {
			t.Fatalf("no report for the frame with reference slot %d after the restarts (%d reports)", ref, len(reportsB))
		}
	}
	if headA.Number != headB.Number || headA.Root != headB.Root {
		t.Fatalf("with restarts: head %d %s, without: %d %s", headB.Number, headB.Root, headA.Number, headA.Root)
	}
	if len(reportsA) != len(reportsB) {
		t.Fatalf("%d reports with restarts, %d without", len(reportsB), len(reportsA))
	}
	for i := range reportsA {
		if reportsA[i].RefSlot != reportsB[i].RefSlot || reportsA[i].Hash != reportsB[i].Hash || reportsA[i].Block != reportsB[i].Block {
			t.Fatalf("report %d: with restarts %d %s at %d, without %d %s at %d", i, reportsB[i].RefSlot, reportsB[i].Hash, reportsB[i].Block,
				reportsA[i].RefSlot, reportsA[i].Hash, reportsA[i].Block)
		}
	}
}
