package localpool

import (
	"context"
	"fmt"
	"math/big"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/stakepool/stakepool/contracts/bindings"
	"github.com/stakepool/stakepool/devnet"
	"github.com/stakepool/stakepool/keys"
	"github.com/stakepool/stakepool/services"
)

// TestGuardianNodeRestart: a guardian whose execution node sits behind a
// fault-injecting proxy signs the deposit state once; the node goes down
// (503: the poll fails naming the node, nothing signed), then comes back
// restarted behind the chain (its head a block below the one signed: an
// older state, an older nonce): the guardian gives out its attestation
// and signs nothing for the lower block. Restarted itself on its state
// directory against the lagging node, it still signs nothing: no second
// signature at or below a signed block, across node and guardian
// restarts. Mutation (the rule removed): it signs block 28 (nonce 0)
// after block 52 (nonce 4), and the test fails.
func TestGuardianNodeRestart(t *testing.T) {
	tp := newTestPoolNoBootstrap(t)
	ctx := context.Background()
	if err := tp.d.Advance(ctx, 40); err != nil {
		t.Fatal(err)
	}
	ep := newFaultProxy(tp.rpc)
	eURL := serve(t, ep)
	dir := t.TempDir()
	key := devnet.DefaultPool().GuardianKey(0)
	var store *services.Store
	guardian := func() *services.Guardian {
		t.Helper()
		var err error
		if store, err = services.OpenStore(dir); err != nil {
			t.Fatal(err)
		}
		conn, err := services.Dial(ctx, eURL, *tp.a)
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(conn.RPC.Close)
		g, err := services.NewGuardian(conn, "guardian-under-test", key, keys.DevnetGenesisForkVersion, nil, store, nil, nil)
		if err != nil {
			t.Fatal(err)
		}
		return g
	}
	g := guardian()
	if err := g.Poll(ctx); err != nil {
		t.Fatal(err)
	}
	a1 := g.Latest()
	if a1 == nil {
		t.Fatal("no attestation signed")
	}
	t.Logf("signed block %d, nonce %s", a1.Block, a1.Nonce.TerminalString())
	unchanged := func(when string, g *services.Guardian) {
		t.Helper()
		a := g.Latest()
		if a == nil || a.Block != a1.Block || string(a.Signature) != string(a1.Signature) {
			t.Fatalf("%s: the guardian signed again: %+v (first: block %d)", when, a, a1.Block)
		}
	}
	// the node goes down
	ep.set(func(f *faultProxy) { f.down = true })
	if err := g.Poll(ctx); err == nil || !strings.Contains(err.Error(), eURL) {
		t.Fatalf("a poll with the node down: %v (want an error naming %s)", err, eURL)
	}
	unchanged("node down", g)
	// and comes back behind: its head below the block signed, in an
	// earlier re-signing window (ResignAfter 32), so that only the
	// "never at or below a signed block" rule keeps it from signing
	if a1.Block < 32 {
		t.Fatalf("signed block %d: the test needs one past 32", a1.Block)
	}
	lag := a1.Block/32*32 - 4
	ep.set(func(f *faultProxy) { f.down, f.lagBlock = false, &lag })
	for range 3 {
		if err := g.Poll(ctx); err != nil {
			t.Fatal(err)
		}
	}
	unchanged("node restarted behind", g)
	// the guardian restarted too, on its state directory
	store.Close()
	g = guardian()
	unchanged("guardian restarted (its journal)", g)
	for range 3 {
		if err := g.Poll(ctx); err != nil {
			t.Fatal(err)
		}
	}
	unchanged("guardian restarted, node behind", g)
	store.Close()
}

// TestGuardiansOnAFork: two of three guardians follow a branch the chain
// reorganized away (their node's blocks hash differently: a proxy changes
// each block's prevRandao). They sign what they see — the right deposit
// root and nonce, at a block hash the chain does not have. The depositor,
// on the canonical chain, counts no attestation over a hash it does not
// have: with one honest guardian of a quorum of two it waits (no error, no
// transaction, nothing deposited); once one forked guardian's node is back
// on the chain, the quorum deposits. Mutation (the depositor's block-hash
// check removed): it sends the forked quorum's attestations, the deposit
// security module refuses them, and the depositor's poll fails. (The test
// also keeps the depositor from using the head's own attestation, which
// the module, called at the head, takes for a stale block.)
func TestGuardiansOnAFork(t *testing.T) {
	tp := newTestPoolNoBootstrap(t)
	ctx := context.Background()
	rest, err := Without(tp.team, "guardian", "depositor")
	if err != nil {
		t.Fatal(err)
	}
	tp.d.SetAfterSlot(rest.Poll) // operators upload keys, members report
	pc := devnet.DefaultPool()
	dial := func(url string) *services.Conn {
		t.Helper()
		c, err := services.Dial(ctx, url, *tp.a)
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(c.RPC.Close)
		return c
	}
	forked := []*faultProxy{newFaultProxy(tp.rpc), newFaultProxy(tp.rpc)}
	mix := common.HexToHash("0xf0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0")
	var guardians []*services.Guardian
	var sources []services.AttestationSource
	var allowed []common.Address
	for i := range 3 {
		url := tp.rpc
		if i < len(forked) {
			forked[i].set(func(f *faultProxy) { f.forkMix = &mix })
			url = serve(t, forked[i])
		}
		g, err := services.NewGuardian(dial(url), fmt.Sprintf("guardian-%d", i), pc.GuardianKey(i), keys.DevnetGenesisForkVersion, nil, nil, nil, nil)
		if err != nil {
			t.Fatal(err)
		}
		guardians = append(guardians, g)
		sources = append(sources, g)
		allowed = append(allowed, g.Address())
	}
	depositorKey := pc.Depositor()
	dep, err := services.NewDepositor(dial(tp.rpc), services.NewKeySigner(depositorKey), sources, allowed, pc.GuardianQuorum, nil, nil, nil)
	if err != nil {
		t.Fatal(err)
	}
	poll := func() error {
		t.Helper()
		if err := tp.d.Advance(ctx, 1); err != nil {
			t.Fatal(err)
		}
		for _, g := range guardians {
			if err := g.Poll(ctx); err != nil {
				t.Fatal(err)
			}
		}
		return dep.Poll(ctx)
	}
	pool, _ := bindings.NewPool(tp.a.Pool, tp.d.Client())
	deposited := func() int64 {
		t.Helper()
		st, err := pool.GetBeaconStat(&bind.CallOpts{})
		if err != nil {
			t.Fatal(err)
		}
		return st.DepositedValidators.Int64()
	}
	if err := tp.d.Advance(ctx, 4); err != nil { // keys uploaded
		t.Fatal(err)
	}
	stake(t, tp, 100)
	depositor := crypto.PubkeyToAddress(depositorKey.PublicKey)
	nonce, err := tp.d.Client().NonceAt(ctx, depositor, nil)
	if err != nil {
		t.Fatal(err)
	}
	for i := range 32 {
		if err := poll(); err != nil {
			t.Fatalf("slot %d of the fork: the depositor's poll failed: %v", i, err)
		}
	}
	// the forked guardians did sign, over hashes the chain does not have
	for _, g := range guardians[:2] {
		a := g.Latest()
		if a == nil {
			t.Fatalf("%s signed nothing: the test did not test the fork", g.Name())
		}
		h, err := tp.d.Client().HeaderByNumber(ctx, new(big.Int).SetUint64(a.Block))
		if err != nil {
			t.Fatal(err)
		}
		if h.Hash() == a.BlockHash {
			t.Fatalf("%s signed the canonical block %d: the proxy did not fork it", g.Name(), a.Block)
		}
	}
	if n := deposited(); n != 0 {
		t.Fatalf("%d validators deposited on one honest guardian and two forked ones", n)
	}
	if after, _ := tp.d.Client().NonceAt(ctx, depositor, nil); after != nonce {
		t.Fatalf("the depositor sent %d transactions while no quorum agreed on the chain", after-nonce)
	}
	// guardian 1's node rejoins the chain: two agree, the depositor deposits
	forked[1].set(func(f *faultProxy) { f.forkMix = nil })
	for i := 0; deposited() == 0; i++ {
		if i == 64 {
			t.Fatal("nothing deposited in 64 slots after a second guardian rejoined the chain")
		}
		if err := poll(); err != nil {
			t.Fatalf("slot %d after the rejoin: the depositor's poll failed: %v", i, err)
		}
	}
	t.Logf("deposited %d validators once two guardians agreed on the chain", deposited())
}
