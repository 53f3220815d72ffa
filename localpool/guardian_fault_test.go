package localpool

import (
	"context"
	"strings"
	"testing"

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
