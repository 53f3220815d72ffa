package localpool

import (
	"context"
	"math/big"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"

	"github.com/stakepool/stakepool/beacon/api"
	"github.com/stakepool/stakepool/contracts/bindings"
	"github.com/stakepool/stakepool/devnet"
	"github.com/stakepool/stakepool/services"
)

// TestOracleNeverReportsANonFinalState: an oracle member whose nodes sit
// behind a fault-injecting proxy. While its beacon node claims the
// reference slot is finalized and the chain has not finalized it, the
// member does not vote (the execution node's finalized block does not
// reach the slot's block). Once the slot is final, a beacon node that
// refuses (503), hangs past the client's timeout or says it is syncing,
// and an execution node that says it is syncing, each make it wait with
// an error naming the node — no vote. With the faults gone it votes once;
// a second member process on the same key with its store lost (a restart
// on an empty state directory) does not vote again.
func TestOracleNeverReportsANonFinalState(t *testing.T) {
	tp := newTestPoolNoBootstrap(t)
	ctx := context.Background()
	rest, err := Without(tp.team, "oracle")
	if err != nil {
		t.Fatal(err)
	}
	tp.d.SetAfterSlot(rest.Poll) // the committee is the member under test only
	bp, ep := newFaultProxy(tp.beacon), newFaultProxy(tp.rpc)
	bURL, eURL := serve(t, bp), serve(t, ep)
	truth, err := api.New(ctx, api.Config{BeaconURL: tp.beacon, Timeout: 30 * time.Second})
	if err != nil {
		t.Fatal(err)
	}
	defer truth.Close()
	member := func() *services.OracleMember {
		t.Helper()
		conn, err := services.Dial(ctx, eURL, *tp.a)
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(conn.RPC.Close)
		bc, err := api.New(ctx, api.Config{BeaconURL: bURL, ExecutionURL: eURL, Timeout: 2 * time.Second})
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(bc.Close)
		m, err := services.NewOracleMember(conn, "oracle-0", services.NewKeySigner(devnet.DefaultPool().OracleKey(0)), bc, nil, nil, nil)
		if err != nil {
			t.Fatal(err)
		}
		return m
	}
	m := member()
	orc, _ := bindings.NewOracle(tp.a.Oracle, tp.d.Client())
	votes := func(ref uint64) int {
		t.Helper()
		it, err := orc.FilterReportReceived(&bind.FilterOpts{Context: ctx}, []*big.Int{new(big.Int).SetUint64(ref)}, []common.Address{m.Address()})
		if err != nil {
			t.Fatal(err)
		}
		defer it.Close()
		n := 0
		for it.Next() {
			n++
		}
		return n
	}
	finalized := func() uint64 {
		t.Helper()
		e, err := truth.FinalizedEpoch(ctx)
		if err != nil {
			t.Fatal(err)
		}
		return uint64(e)
	}
	// a frame whose reference slot is not final yet
	var ref uint64
	for i := 0; ; i++ {
		if i == 400 {
			t.Fatal("no open frame with a non-final reference slot in 400 slots")
		}
		if err := tp.d.Advance(ctx, 1); err != nil {
			t.Fatal(err)
		}
		cur, err := orc.GetCurrentRefSlot(&bind.CallOpts{})
		if err != nil {
			t.Fatal(err)
		}
		last, _ := orc.LastRefSlot(&bind.CallOpts{})
		if cur.Ok && cur.RefSlot.Uint64() > last.Uint64() && finalized()*32 <= cur.RefSlot.Uint64() {
			ref = cur.RefSlot.Uint64()
			break
		}
	}
	// the beacon node lies: the reference slot's epoch and more are final
	lie := ref/32 + 2
	bp.set(func(f *faultProxy) { f.finalizedEpoch = &lie })
	polls := 0
	for finalized()*32 <= ref {
		if err := m.Poll(ctx); err != nil {
			t.Logf("poll under the lie: %v", err)
		}
		polls++
		if err := tp.d.Advance(ctx, 1); err != nil {
			t.Fatal(err)
		}
		if n := votes(ref); n > 0 {
			t.Fatalf("voted for slot %d while the chain had finalized epoch %d only (the beacon node claimed %d)", ref, finalized(), lie)
		}
		if polls > 200 {
			t.Fatal("the reference slot not final after 200 slots")
		}
	}
	if polls < 3 {
		t.Fatalf("only %d polls under the lie: the test did not test it", polls)
	}
	bp.set(func(f *faultProxy) { f.finalizedEpoch = nil })
	t.Logf("%d polls under the lie, no vote; slot %d final at epoch %d", polls, ref, finalized())

	// the slot is final now; each fault makes the member wait
	faults := []struct {
		name  string
		proxy *faultProxy
		set   func(f *faultProxy)
		want  string
	}{
		{"beacon node 503", bp, func(f *faultProxy) { f.down = true }, bURL},
		{"beacon node hangs", bp, func(f *faultProxy) { f.hang = 5 * time.Second }, bURL},
		{"beacon node syncing", bp, func(f *faultProxy) { f.syncing = true }, "syncing"},
		{"execution node syncing", ep, func(f *faultProxy) { f.syncing = true }, "syncing"},
		{"execution node 503", ep, func(f *faultProxy) { f.down = true }, eURL},
	}
	for _, fc := range faults {
		fc.proxy.set(fc.set)
		err := m.Poll(ctx)
		fc.proxy.set(func(f *faultProxy) { f.down, f.hang, f.syncing = false, 0, false })
		if err == nil {
			t.Errorf("%s: the poll succeeded", fc.name)
		} else if !strings.Contains(err.Error(), fc.want) {
			t.Errorf("%s: the error does not name %q: %v", fc.name, fc.want, err)
		}
		if err := tp.d.Advance(ctx, 1); err != nil {
			t.Fatal(err)
		}
		if n := votes(ref); n > 0 {
			t.Fatalf("%s: the member voted", fc.name)
		}
	}
	// no fault: it votes, once
	if err := m.Poll(ctx); err != nil {
		t.Fatal(err)
	}
	tp.d.Advance(ctx, 2)
	if n := votes(ref); n != 1 {
		t.Fatalf("%d votes for slot %d after the faults cleared, want 1", n, ref)
	}
	nonce, err := tp.d.Client().NonceAt(ctx, m.Address(), nil)
	if err != nil {
		t.Fatal(err)
	}
	again := member() // a restart with the store lost
	for range 3 {
		if err := again.Poll(ctx); err != nil {
			t.Fatal(err)
		}
		if err := m.Poll(ctx); err != nil {
			t.Fatal(err)
		}
		tp.d.Advance(ctx, 1)
	}
	if n := votes(ref); n != 1 {
		t.Fatalf("%d votes for slot %d after a restart, want 1", n, ref)
	}
	// not even a vote the contract would refuse (OracleDuplicateVote)
	if after, _ := tp.d.Client().NonceAt(ctx, m.Address(), nil); after != nonce {
		t.Fatalf("the restarted member sent %d transactions in a frame it had voted in", after-nonce)
	}
}
