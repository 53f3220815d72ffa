package main

import (
	"bytes"
	"crypto/ecdsa"
	"encoding/json"
	"fmt"
	"math/rand/v2"
	"net/http"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/crypto"
	"github.com/holiman/uint256"

	"github.com/stakepool/stakepool/api"
	"github.com/stakepool/stakepool/node/request"
	"github.com/stakepool/stakepool/protocol"
	"github.com/stakepool/stakepool/units"
)

type ackedTx struct {
	account int
	nonce   uint64
	hash    string
}

// TestCrashKill9 kills the real devnet with SIGKILL at random moments while
// clients stake, restarts it each time, and checks that every acknowledged
// transaction is in the chain, that nothing was applied twice (each
// account's stETH is exactly its nonce × the stake), and that the state
// root equals a fresh replay of the whole log from genesis.
// STAKEPOOL_CRASH_KILLS sets the number of kills (default 20).
func TestCrashKill9(t *testing.T) {
	bin := buildStakepool(t)
	kills := 20
	if v, err := strconv.Atoi(os.Getenv("STAKEPOOL_CRASH_KILLS")); err == nil && v > 0 {
		kills = v
	}
	dir := filepath.Join(t.TempDir(), "devnet")
	spec := newDevnetSpec(10, 4, 32)
	domain := request.Domain{ChainID: devnetChainID, Pool: spec.pool}
	stake := units.Ether(1)
	stake.Div(stake, uint256.NewInt(100)) // 0.01 ETH per transaction
	const workers = 8

	var url atomic.Value
	url.Store("")
	var stop atomic.Bool
	var mu sync.Mutex
	var acked []ackedTx
	var attempts atomic.Int64
	hc := &http.Client{Timeout: 5 * time.Second}

	nonceOf := func(base string, k *ecdsa.PrivateKey) (uint64, bool) {
		resp, err := hc.Get(base + "/v1/accounts/" + crypto.PubkeyToAddress(k.PublicKey).Hex())
		if err != nil {
			return 0, false
		}
		defer resp.Body.Close()
		var a api.Account
		if resp.StatusCode != 200 || json.NewDecoder(resp.Body).Decode(&a) != nil {
			return 0, false
		}
		return a.Nonce, true
	}
	var wg sync.WaitGroup
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			key := spec.devAccounts[w]
			from := crypto.PubkeyToAddress(key.PublicKey)
			var nonce uint64
			synced := false
			for !stop.Load() {
				base := url.Load().(string)
				if base == "" {
					time.Sleep(5 * time.Millisecond)
					continue
				}
				if !synced {
					n, ok := nonceOf(base, key)
					if !ok {
						time.Sleep(5 * time.Millisecond)
						continue
					}
					nonce, synced = n, true
				}
				req, err := request.Sign(domain, &protocol.Tx{Sender: from, Nonce: nonce, Cmd: protocol.Command{Kind: protocol.CmdSubmit, Amount: *stake}}, key)
				if err != nil {
					t.Error(err)
					return
				}
				body, _ := json.Marshal(req)
				attempts.Add(1)
				resp, err := hc.Post(base+"/v1/tx", "application/json", bytes.NewReader(body))
				if err != nil {
					synced = false // the node died: the tx may or may not be in
					time.Sleep(5 * time.Millisecond)
					continue
				}
				var rc api.Receipt
				derr := json.NewDecoder(resp.Body).Decode(&rc)
				resp.Body.Close()
				if resp.StatusCode == 200 && derr == nil && rc.Status == "applied" {
					mu.Lock()
					acked = append(acked, ackedTx{account: w, nonce: nonce, hash: rc.Hash})
					mu.Unlock()
					nonce++
					continue
				}
				synced = false
			}
		}()
	}

	start := time.Now()
	fromSnap := 0
	for i := 0; i < kills; i++ {
		// Snapshots (pool and chain) every 8 blocks: restarts load them
		// while kills land anywhere, writes of snapshots included.
		p := startDevnet(t, bin, dir, "--slot-time", "50ms", "--snapshot-every", "8")
		url.Store(p.url)
		if strings.Contains(p.out.String(), "from the snapshot of block") {
			fromSnap++
		}
		time.Sleep(time.Duration(50+rand.IntN(400)) * time.Millisecond)
		p.cmd.Process.Kill() // SIGKILL
		<-p.exited
		url.Store("")
	}
	stop.Store(true)
	wg.Wait()
	elapsed := time.Since(start)

	// Full replay from genesis, checking every root: the repair command on
	// a sound log changes nothing and reports the head it proved.
	out, stderr, code := run(t, bin, "node", "repair", "--datadir", dir)
	if code != 0 {
		t.Fatalf("repair: %s %s", out, stderr)
	}
	m := regexp.MustCompile(`sound: (\d+) entries, head block (\d+), root (0x[0-9a-f]{64})`).FindStringSubmatch(out)
	if m == nil {
		t.Fatalf("the log after %d kills is not sound: %s", kills, out)
	}
	p := startDevnet(t, bin, dir, "--slot-time", "1h")
	defer p.cmd.Process.Kill()
	var st api.Status
	getJSON(t, p.url+"/v1/status", &st)
	if strconv.FormatUint(st.Block, 10) != m[2] || st.StateRoot != m[3] {
		t.Fatalf("node head %d %s, fresh replay %s %s", st.Block, st.StateRoot, m[2], m[3])
	}
	missing := 0
	for _, a := range acked {
		var rc api.Receipt
		resp, err := http.Get(p.url + "/v1/tx/" + a.hash)
		if err != nil {
			t.Fatal(err)
		}
		json.NewDecoder(resp.Body).Decode(&rc)
		resp.Body.Close()
		if resp.StatusCode != 200 || rc.Nonce != a.nonce || rc.From != crypto.PubkeyToAddress(spec.devAccounts[a.account].PublicKey).Hex() {
			missing++
			t.Errorf("acknowledged tx %s (account %d nonce %d) is not in the chain: %d %+v", a.hash, a.account, a.nonce, resp.StatusCode, rc)
		}
	}
	applied := uint64(0)
	for w := 0; w < workers; w++ {
		var acc api.Account
		getJSON(t, p.url+"/v1/accounts/"+crypto.PubkeyToAddress(spec.devAccounts[w].PublicKey).Hex(), &acc)
		want := new(uint256.Int).Mul(stake, uint256.NewInt(acc.Nonce))
		if acc.StETH != want.Dec() {
			t.Errorf("account %d: nonce %d but stETH %s, want %s (a transaction applied twice or lost)", w, acc.Nonce, acc.StETH, want.Dec())
		}
		applied += acc.Nonce
	}
	p.stop(t)
	msg := fmt.Sprintf("crash test: %d kill -9 in %s (%d restarts from a snapshot), %d requests sent, %d acknowledged, %d applied (%d applied but unacknowledged: in flight at a kill), %d acknowledged missing; log entries %s, head block %s",
		kills, elapsed.Round(time.Millisecond), fromSnap, attempts.Load(), len(acked), applied, int(applied)-len(acked), missing, m[1], m[2])
	t.Log(msg)
	fmt.Fprintln(os.Stderr, msg)
	if uint64(len(acked)) > applied {
		t.Fatalf("more acknowledged than applied")
	}
	if fromSnap == 0 {
		t.Fatalf("no restart loaded a snapshot")
	}
}
