package main

import (
	"context"
	"encoding/json"
	"io"
	"net/http"
	"net/http/httptest"
	"net/http/httputil"
	"net/url"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/attestantio/go-eth2-client/spec/phase0"
	"github.com/ethereum/go-ethereum/common/hexutil"

	"github.com/stakepool/stakepool/beacon/api"
	"github.com/stakepool/stakepool/keys"
	"github.com/stakepool/stakepool/localpool"
	"github.com/stakepool/stakepool/services"
)

// web3Signer is a Web3Signer-compatible remote signer for the test:
// POST /api/v1/eth2/sign/{pubkey} with type VOLUNTARY_EXIT, backed by
// real blst keys. It recomputes the signing root from the request's
// fork_info and message and refuses one that differs.
type web3Signer struct {
	keys  map[string]*keys.SecretKey // by 0x-hex pubkey
	mu    sync.Mutex
	signs map[uint64]int // requests per validator index
}

func (w *web3Signer) ServeHTTP(rw http.ResponseWriter, r *http.Request) {
	pk, ok := strings.CutPrefix(r.URL.Path, "/api/v1/eth2/sign/")
	sk := w.keys[strings.ToLower(pk)]
	if r.Method != http.MethodPost || !ok || sk == nil {
		http.Error(rw, "unknown key", http.StatusNotFound)
		return
	}
	var req services.Web3SignerExitRequest
	if err := json.NewDecoder(r.Body).Decode(&req); err != nil || req.Type != "VOLUNTARY_EXIT" {
		http.Error(rw, "bad request", http.StatusBadRequest)
		return
	}
	cur, _ := hexutil.Decode(req.ForkInfo.Fork.CurrentVersion)
	gvr, _ := hexutil.Decode(req.ForkInfo.GenesisValidatorsRoot)
	epoch, _ := strconv.ParseUint(req.VoluntaryExit.Epoch, 10, 64)
	index, _ := strconv.ParseUint(req.VoluntaryExit.ValidatorIndex, 10, 64)
	root, err := services.ExitSigningRoot(phase0.VoluntaryExit{Epoch: phase0.Epoch(epoch), ValidatorIndex: phase0.ValidatorIndex(index)},
		services.ExitFork{CapellaForkVersion: [4]byte(cur), GenesisValidatorsRoot: [32]byte(gvr)})
	if err != nil || hexutil.Encode(root[:]) != req.SigningRoot {
		http.Error(rw, "signing root mismatch", http.StatusPreconditionFailed)
		return
	}
	w.mu.Lock()
	w.signs[index]++
	w.mu.Unlock()
	sig := sk.Sign(root[:])
	rw.Header().Set("Content-Type", "application/json")
	json.NewEncoder(rw).Encode(map[string]string{"signature": hexutil.Encode(sig[:])})
}

// exitPool stands in front of the devnet's Beacon API: it records every
// voluntary exit posted and answers 200 without passing it on (a node
// that accepts exits and drops them), so the validators stay active and
// a bot that forgot what it published would publish again.
type exitPool struct {
	proxy *httputil.ReverseProxy
	mu    sync.Mutex
	posts []phase0.SignedVoluntaryExit
}

func (p *exitPool) ServeHTTP(rw http.ResponseWriter, r *http.Request) {
	if r.Method == http.MethodPost && r.URL.Path == "/eth/v1/beacon/pool/voluntary_exits" {
		b, _ := io.ReadAll(r.Body)
		var e phase0.SignedVoluntaryExit
		if err := json.Unmarshal(b, &e); err != nil {
			http.Error(rw, err.Error(), http.StatusBadRequest)
			return
		}
		p.mu.Lock()
		p.posts = append(p.posts, e)
		p.mu.Unlock()
		return
	}
	p.proxy.ServeHTTP(rw, r)
}

func (p *exitPool) published() map[uint64]int {
	p.mu.Lock()
	defer p.mu.Unlock()
	out := map[uint64]int{}
	for _, e := range p.posts {
		out[uint64(e.Message.ValidatorIndex)]++
	}
	return out
}

// TestExitBotRemoteSignerAndRestart: on a devnet whose exit bots are left
// to their own processes, a withdrawal larger than the buffer makes the
// in-process oracle ask an operator for exits. That operator's
// `stakepool exit-bot` process signs them through a Web3Signer-compatible
// remote signer (its keys never in the bot) and publishes them; the
// signatures verify under the chain's exit domain. Killed with SIGKILL and
// restarted on its state directory, it neither signs nor publishes any
// exit again.
// Long mode (STAKEPOOL_LONG=1): about 270 epochs, 5.5 minutes.
func TestExitBotRemoteSignerAndRestart(t *testing.T) {
	if os.Getenv("STAKEPOOL_LONG") == "" {
		t.Skip("long mode only (STAKEPOOL_LONG=1): the pool's validators may exit after SHARD_COMMITTEE_PERIOD, about 270 epochs")
	}
	bin := buildStakepool(t)
	tmp := t.TempDir()
	dir := filepath.Join(tmp, "devnet-data")
	p := startDevnet(t, bin, dir, "--bootstrap-validators", "4", "--external-services", "exit-bot")
	defer p.stop(t)
	accounts := p.accounts(t)
	userKey := filepath.Join(tmp, "user.key")
	os.WriteFile(userKey, []byte(accounts[0].PrivateKey), 0o600)
	me := accounts[0].Address

	type op struct {
		Deposited     uint64 `json:"deposited"`
		ExitRequested uint64 `json:"exit_requested"`
	}
	operators := func() []op {
		var d struct{ Operators []op }
		json.Unmarshal([]byte(p.mustSP(t, bin, "query", "operators", "--json")), &d)
		return d.Operators
	}
	deposited := func() (n uint64) {
		for _, o := range operators() {
			n += o.Deposited
		}
		return n
	}
	d0 := deposited()
	p.mustSP(t, bin, "tx", "submit", "--amount", "64", "--private-key-file", userKey)
	for e := 0; deposited() <= d0; e++ {
		if e == 20 {
			t.Fatal("the stake was not deposited")
		}
		p.advance(t, 1)
	}
	all := jsonField(t, p.mustSP(t, bin, "query", "account", me, "--json"), "steth_balance_wei")
	p.mustSP(t, bin, "tx", "withdraw", "--amounts", all+"wei", "--private-key-file", userKey)
	// the oracle asks exits of validators active for SHARD_COMMITTEE_PERIOD
	// (256 epochs) only
	asked := -1
	started := time.Now()
	for e := 0; asked < 0; e += 16 {
		if e > 480 {
			t.Fatalf("no exit asked after %d epochs: %+v", e, operators())
		}
		for i, o := range operators() {
			if o.ExitRequested > 0 {
				asked = i
			}
		}
		if asked < 0 {
			p.advance(t, 16)
		}
	}
	t.Logf("exits asked after %s", time.Since(started).Round(time.Second))
	n := int(operators()[asked].ExitRequested)
	t.Logf("operator %d asked to exit %d validators", asked, n)

	sks, err := localpool.ValidatorKeys(asked, n)
	if err != nil {
		t.Fatal(err)
	}
	signer := &web3Signer{keys: map[string]*keys.SecretKey{}, signs: map[uint64]int{}}
	pubkeys := map[uint64]keys.PublicKey{}
	for _, sk := range sks {
		pk := sk.PublicKey()
		signer.keys[hexutil.Encode(pk[:])] = sk
	}
	ss := httptest.NewServer(signer)
	defer ss.Close()
	target, _ := url.Parse("http://" + p.http)
	pool := &exitPool{proxy: httputil.NewSingleHostReverseProxy(target)}
	ps := httptest.NewServer(pool)
	defer ps.Close()

	args := []string{"exit-bot", "--operator", strconv.Itoa(asked), "--remote-signer", ss.URL, "--rpc", p.rpc, "--beacon", ps.URL,
		"--addresses", filepath.Join(dir, "addresses.json"), "--state-dir", filepath.Join(tmp, "exit-bot-state"), "--interval", "200ms"}
	bot := startService(t, bin, "exit-bot", args...)
	defer func() {
		if bot.cmd.ProcessState == nil {
			bot.cmd.Process.Kill()
		}
	}()
	deadline := time.Now().Add(2 * time.Minute)
	for len(pool.published()) < n {
		if time.Now().After(deadline) {
			t.Fatalf("published %v of %d exits\n%s", pool.published(), n, tail(bot.output(), 3000))
		}
		time.Sleep(100 * time.Millisecond)
	}
	bot.cmd.Process.Kill()
	<-bot.exited
	bot = startService(t, bin, "exit-bot", args...)
	// the restarted bot polls (every 200 ms) with the validators still active
	polls := func() float64 {
		_, m := bot.get(t, "/metrics")
		return metric(t, m, `stakepool_service_polls_total{service="exit-bot-`+strconv.Itoa(asked)+`"}`)
	}
	for polls() < 10 {
		if time.Now().After(deadline.Add(time.Minute)) {
			t.Fatalf("the restarted bot does not poll\n%s", tail(bot.output(), 3000))
		}
		time.Sleep(100 * time.Millisecond)
	}
	bot.stop(t)

	// each exit signed once and published once, across the restart
	for idx, c := range pool.published() {
		if c != 1 {
			t.Errorf("validator %d's exit published %d times\n%s", idx, c, tail(bot.output(), 3000))
		}
	}
	signer.mu.Lock()
	for idx, c := range signer.signs {
		if c != 1 {
			t.Errorf("validator %d's exit signed %d times", idx, c)
		}
	}
	signer.mu.Unlock()
	// the published signatures verify under the chain's exit domain
	bc, err := api.New(context.Background(), api.Config{BeaconURL: "http://" + p.http})
	if err != nil {
		t.Fatal(err)
	}
	defer bc.Close()
	capella, gvr := bc.ExitSigningInfo()
	var pks [][48]byte
	for _, sk := range sks {
		pks = append(pks, [48]byte(sk.PublicKey()))
	}
	head, err := bc.HeadSlot(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	vs, err := bc.ValidatorsByPubkeys(context.Background(), head, pks)
	if err != nil {
		t.Fatal(err)
	}
	for _, v := range vs {
		pubkeys[uint64(v.Index)] = keys.PublicKey(v.Pubkey)
	}
	pool.mu.Lock()
	defer pool.mu.Unlock()
	for _, e := range pool.posts {
		pk, ok := pubkeys[uint64(e.Message.ValidatorIndex)]
		if !ok {
			t.Fatalf("an exit published for validator %d, not the operator's", e.Message.ValidatorIndex)
		}
		root, _ := services.ExitSigningRoot(*e.Message, services.ExitFork{CapellaForkVersion: capella, GenesisValidatorsRoot: gvr})
		if err := keys.Verify(pk, root[:], keys.Signature(e.Signature)); err != nil {
			t.Errorf("validator %d's published exit: %v", e.Message.ValidatorIndex, err)
		}
	}
	t.Logf("%d publications, signing requests by validator %v, across a kill -9 and restart", len(pool.posts), signer.signs)
}
