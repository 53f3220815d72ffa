package readapi_test

import (
	"bufio"
	"context"
	"encoding/json"
	"errors"
	"math/big"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"

	"github.com/stakepool/stakepool/contracts/bindings"
	"github.com/stakepool/stakepool/indexer"
	"github.com/stakepool/stakepool/readapi"
	"github.com/stakepool/stakepool/simnode"
)

// TestVetoEscrowAndPause: a holder locks stETH and wstETH in the veto
// escrow, takes them back, and the emergency committee pauses staking —
// on the simulated chain over JSON-RPC on loopback, the API finding the
// escrow and the seal from the pool's address alone. GET /v1/governance
// shows the escrow's holdings, its support against the two seals and the
// timelock extension (recomputed here from the shares, and equal to the
// contract's own views); the holder's statement says where its stETH and
// wstETH went and came back from; /v1/pool and /v1/governance say what is
// paused, until when, by whom; /v1/events streams the escrow's and the
// pause's events; every answer fits the OpenAPI document.
func TestVetoEscrowAndPause(t *testing.T) {
	ctx := context.Background()
	n, err := simnode.Start(ctx, simnode.Config{})
	if err != nil {
		t.Fatal(err)
	}
	defer n.Close()
	c, err := n.Bind()
	if err != nil {
		t.Fatal(err)
	}
	eth := func(x int64) *big.Int { return new(big.Int).Mul(big.NewInt(x), big.NewInt(1e18)) }
	holder, whale := simnode.KeyUser0, simnode.KeyUser0+1
	me := n.Addrs[holder]
	opts := func(k int, v *big.Int) *bind.TransactOpts { o := n.Opts(k); o.Value = v; return o }
	for _, step := range []func() error{
		func() error {
			tx, err := c.Pool.Submit(opts(holder, eth(10)), common.Address{})
			return mined(ctx, n, tx, err)
		},
		func() error {
			tx, err := c.Pool.Submit(opts(whale, eth(200)), common.Address{})
			return mined(ctx, n, tx, err)
		},
		func() error { tx, err := c.WstETH.Wrap(opts(holder, nil), eth(2)); return mined(ctx, n, tx, err) },
		func() error { return n.LockStETH(ctx, holder, eth(5)) },
		func() error { return n.LockWstETH(ctx, holder, eth(1)) },
	} {
		if err := step(); err != nil {
			t.Fatal(err)
		}
	}
	srv, err := readapi.New(ctx, readapi.Config{RPC: n.URL, Pool: n.Addresses.Pool, DataDir: t.TempDir(), Version: "test"})
	if err != nil {
		t.Fatal(err)
	}
	defer srv.Close()
	if err := srv.Sync(ctx); err != nil {
		t.Fatal(err)
	}
	ts := httptest.NewServer(srv.Handler())
	defer ts.Close()
	var doc map[string]any
	get(t, ts.URL+"/v1/openapi.json", 200, &doc)
	schemas := doc["components"].(map[string]any)["schemas"].(map[string]any)
	fits := func(path, schema string) {
		t.Helper()
		var v any
		get(t, ts.URL+path, 200, &v)
		if err := validate(v, map[string]any{"$ref": "#/components/schemas/" + schema}, schemas, path); err != nil {
			t.Errorf("GET %s: %v", path, err)
		}
	}

	// Locked: the API's figures are the contract's, and the support and
	// extension follow from the shares by the rule (docs/governance.md).
	var g readapi.Governance
	get(t, ts.URL+"/v1/governance", 200, &g)
	fits("/v1/governance", "Governance")
	e := g.VetoEscrow
	esc, err := bindings.NewVetoEscrowCaller(n.Addresses.VetoEscrow, n.Client)
	if err != nil {
		t.Fatal(err)
	}
	o := &bind.CallOpts{Context: ctx}
	total, err := c.Pool.GetTotalShares(o)
	if err != nil {
		t.Fatal(err)
	}
	escrowShares, err := c.Pool.SharesOf(o, n.Addresses.VetoEscrow)
	if err != nil {
		t.Fatal(err)
	}
	weight := new(big.Int).Add(escrowShares, eth(1)) // the stETH's shares and one share a wstETH
	bp := new(big.Int).Div(new(big.Int).Mul(weight, big.NewInt(10_000)), total).Uint64()
	num := new(big.Int).Sub(new(big.Int).Mul(weight, big.NewInt(10_000)), new(big.Int).Mul(big.NewInt(100), total))
	num.Mul(num, big.NewInt(45*86400))
	den := new(big.Int).Mul(big.NewInt(1000-100), total)
	ext, rem := new(big.Int).QuoRem(num, den, new(big.Int))
	if rem.Sign() != 0 {
		ext.Add(ext, big.NewInt(1)) // up: the holders' favour
	}
	vs, err := esc.VetoState(o)
	if err != nil {
		t.Fatal(err)
	}
	support, err := esc.SupportBP(o)
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("locked 5 stETH + 1 wstETH: weight %s of %s shares = %d bp (contract %s); timelock extension %s s (contract %s)",
		weight, total, bp, support, ext, vs.Extension)
	if !e.Deployed || e.Address != n.Addresses.VetoEscrow.Hex() || e.State != "veto" || e.Round != 1 ||
		e.FirstSealBP != 100 || e.SecondSealBP != 1000 || e.MaxExtension != 45*86400 {
		t.Errorf("the escrow: %+v", e)
	}
	if e.SupportBP != bp || e.SupportBP != support.Uint64() || bp < 100 || bp >= 1000 {
		t.Errorf("support %d bp, want %d (contract %s): between the seals", e.SupportBP, bp, support)
	}
	if e.TimelockExtension != ext.Uint64() || e.TimelockExtension != vs.Extension.Uint64() || ext.Sign() == 0 {
		t.Errorf("timelock extension %d s, want %s (contract %s)", e.TimelockExtension, ext, vs.Extension)
	}
	if e.RoundWeightShares != weight.String() || e.LockedShares != escrowShares.String() || e.LockedWstETH != eth(1).String() ||
		e.LockedRequests != 0 || e.RageQuit != nil {
		t.Errorf("holdings: weight %s (want %s), shares %s (want %s), wstETH %s, requests %d, rage quit %v",
			e.RoundWeightShares, weight, e.LockedShares, escrowShares, e.LockedWstETH, e.LockedRequests, e.RageQuit)
	}
	if lockedStETH := bigOf(t, e.LockedStETH); lockedStETH.Cmp(eth(5)) > 0 || new(big.Int).Sub(eth(5), lockedStETH).Cmp(big.NewInt(2)) > 0 {
		t.Errorf("locked stETH %s, want 5 ETH less at most 2 wei of rounding", lockedStETH)
	}

	// The holder's account says what it has in the escrow.
	var acct readapi.Account
	get(t, ts.URL+"/v1/accounts/"+me.Hex(), 200, &acct)
	fits("/v1/accounts/"+me.Hex(), "Account")
	if l := acct.VetoEscrow; l == nil || l.Round != 1 || l.Committed || l.Shares != escrowShares.String() || l.WstETH != eth(1).String() ||
		l.StETH != e.LockedStETH || len(l.Requests) != 0 {
		t.Errorf("the account's lock: %+v, want round 1, %s shares (%s stETH) and 1 wstETH", l, escrowShares, e.LockedStETH)
	}

	// Unlocked, then the committee pauses staking.
	if err := n.Unlock(ctx, holder); err != nil {
		t.Fatal(err)
	}
	if err := n.Seal(ctx, 1); err != nil {
		t.Fatal(err)
	}
	if err := srv.Sync(ctx); err != nil {
		t.Fatal(err)
	}

	// The statement: out to the escrow and back, each with its reason,
	// and the balances it ends with are the contracts'.
	var st readapi.Statement
	get(t, ts.URL+"/v1/accounts/"+me.Hex()+"/statement", 200, &st)
	got := map[string]string{}
	for _, en := range st.Entries {
		if strings.HasPrefix(en.Reason, "escrow_") {
			got[en.Ledger+"/"+en.Reason] = en.Amount
			if en.Peer != n.Addresses.VetoEscrow.Hex() {
				t.Errorf("%s/%s: peer %s, want the escrow", en.Ledger, en.Reason, en.Peer)
			}
		}
	}
	want := map[string]string{"steth/escrow_lock": "-" + eth(5).String(), "wsteth/escrow_lock": "-" + eth(1).String(), "wsteth/escrow_unlock": eth(1).String()}
	for k, v := range want {
		if got[k] != v {
			t.Errorf("statement %s: %q, want %q (escrow entries %v)", k, got[k], v, got)
		}
	}
	if back := bigOf(t, got["steth/escrow_unlock"]); back.Cmp(big.NewInt(0)) <= 0 || new(big.Int).Sub(eth(5), back).Cmp(big.NewInt(2)) > 0 {
		t.Errorf("steth/escrow_unlock %s, want the 5 ETH back, less at most 2 wei of rounding", back)
	}
	bal, err := c.Pool.BalanceOf(o, me)
	if err != nil {
		t.Fatal(err)
	}
	if st.StETH != bal.String() || st.WstETH != eth(2).String() {
		t.Errorf("the statement ends with %s stETH and %s wstETH; the contracts say %s and 2e18", st.StETH, st.WstETH, bal)
	}

	// The pause: staking until the seal's end, by the committee.
	pu, err := c.Pool.GetPausedUntil(o)
	if err != nil {
		t.Fatal(err)
	}
	var p readapi.Pool
	get(t, ts.URL+"/v1/pool", 200, &p)
	fits("/v1/pool", "Pool")
	get(t, ts.URL+"/v1/governance", 200, &g)
	fits("/v1/governance", "Governance")
	for _, ps := range []readapi.Pause{p.Pause, g.Pause} {
		if !ps.Paused || strings.Join(ps.Targets, ",") != "staking" || ps.Until != pu.Staking.Uint64() || ps.Until <= p.Time ||
			ps.By != n.Addrs[simnode.KeyMember].Hex() || ps.ByRole != "gate_seal" || ps.LastChange != "paused" || ps.Pauses != 1 {
			t.Errorf("the pause: %+v, want staking paused until %s by the committee", ps, pu.Staking)
		}
		if gs := ps.GateSeal; gs == nil || !gs.Used || gs.Active || gs.Address != n.Addresses.GateSeal.Hex() || gs.PauseSeconds != 86400 {
			t.Errorf("the gate seal: %+v, want used", gs)
		}
	}
	if e := g.VetoEscrow; e.State != "normal" || e.SupportBP != 0 || e.LockedShares != "0" || e.LockedWstETH != "0" || e.TimelockExtension != 0 {
		t.Errorf("the escrow after the unlock: %+v", e)
	}
	get(t, ts.URL+"/v1/accounts/"+me.Hex(), 200, &acct)
	if acct.VetoEscrow != nil {
		t.Errorf("after the unlock the account still shows a lock: %+v", acct.VetoEscrow)
	}
	var ca readapi.Contracts
	get(t, ts.URL+"/v1/contracts", 200, &ca)
	if ca.VetoEscrow != n.Addresses.VetoEscrow.Hex() || ca.GateSeal != n.Addresses.GateSeal.Hex() {
		t.Errorf("contracts: escrow %s, seal %s", ca.VetoEscrow, ca.GateSeal)
	}

	// The events stream replays the escrow's and the pause's events.
	seen := streamEvents(t, ts.URL+"/v1/events?from=0", "VetoEscrow.Locked", "VetoEscrow.Unlocked", "GateSeal.Sealed", "Pool.PausedUntil")
	if seen["VetoEscrow.Locked"] != 2 || seen["VetoEscrow.Unlocked"] != 1 || seen["GateSeal.Sealed"] != 1 || seen["Pool.PausedUntil"] != 1 {
		t.Errorf("events streamed: %v", seen)
	}
}

// mined commits a sent transaction and checks its receipt.
func mined(ctx context.Context, n *simnode.Node, tx interface{ Hash() common.Hash }, err error) error {
	if err != nil {
		return err
	}
	n.Commit()
	r, err := n.Client.TransactionReceipt(ctx, tx.Hash())
	if err != nil {
		return err
	}
	if r.Status != 1 {
		return errors.New("transaction failed")
	}
	return nil
}

// streamEvents reads the stream until every wanted contract.event has
// been seen and the stream has gone quiet, counting them.
func streamEvents(t *testing.T, url string, want ...string) map[string]int {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	req, _ := http.NewRequestWithContext(ctx, "GET", url, nil)
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	seen := map[string]int{}
	sc := bufio.NewScanner(resp.Body)
	for sc.Scan() { // ends when the context does: the replay is whole by then
		if data, ok := strings.CutPrefix(sc.Text(), "data: "); ok {
			var d readapi.EventDoc
			if err := json.Unmarshal([]byte(data), &d); err != nil {
				t.Fatalf("event data %s: %v", data, err)
			}
			seen[d.Contract+"."+d.Event]++
		}
	}
	for _, w := range want {
		if seen[w] == 0 {
			t.Errorf("no %s in the stream", w)
		}
	}
	return seen
}

// TestRebuildsAStoreMadeWithoutTheEscrow: a store made before the escrow
// and the seal were followed still opens with the same addresses (theirs
// zero); with the pool's real ones it is refused (indexer.ErrOtherStore:
// it lacks their events), unless the caller owns the directory (Rebuild,
// as the devnet does), when it is indexed again.
func TestRebuildsAStoreMadeWithoutTheEscrow(t *testing.T) {
	ctx := context.Background()
	n, err := simnode.Start(ctx, simnode.Config{})
	if err != nil {
		t.Fatal(err)
	}
	defer n.Close()
	a, err := readapi.Discover(ctx, n.Client, n.Addresses.Pool)
	if err != nil {
		t.Fatal(err)
	}
	if a.VetoEscrow != n.Addresses.VetoEscrow || a.GateSeal != n.Addresses.GateSeal {
		t.Fatalf("discovered escrow %s and seal %s, deployed %s and %s", a.VetoEscrow, a.GateSeal, n.Addresses.VetoEscrow, n.Addresses.GateSeal)
	}
	old := a
	old.VetoEscrow, old.GateSeal = common.Address{}, common.Address{}
	dir, from := t.TempDir(), uint64(0)
	open := func(addrs *indexer.Addresses, rebuild bool) (*readapi.Server, error) {
		return readapi.New(ctx, readapi.Config{RPC: n.URL, Addresses: addrs, FromBlock: &from, DataDir: dir, Rebuild: rebuild, Version: "test"})
	}
	srv, err := open(&old, false)
	if err != nil {
		t.Fatal(err)
	}
	if err := srv.Sync(ctx); err != nil {
		t.Fatal(err)
	}
	srv.Close()
	if srv, err = open(&old, false); err != nil {
		t.Fatalf("the old store with the old addresses: %v", err)
	}
	srv.Close()
	if _, err := open(&a, false); !errors.Is(err, indexer.ErrOtherStore) {
		t.Fatalf("the old store with the escrow's address: %v, want ErrOtherStore", err)
	}
	if srv, err = open(&a, true); err != nil {
		t.Fatalf("rebuilding: %v", err)
	}
	defer srv.Close()
	if err := srv.Sync(ctx); err != nil {
		t.Fatal(err)
	}
	ts := httptest.NewServer(srv.Handler())
	defer ts.Close()
	var g readapi.Governance
	get(t, ts.URL+"/v1/governance", 200, &g)
	if !g.VetoEscrow.Deployed || g.Pause.GateSeal == nil {
		t.Errorf("after the rebuild: escrow %+v, seal %+v", g.VetoEscrow, g.Pause.GateSeal)
	}
}
