package readapi_test

import (
	"bufio"
	"context"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"io"
	"math/big"
	"net/http"
	"net/http/httptest"
	"sort"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"

	"github.com/stakepool/stakepool/readapi"
	"github.com/stakepool/stakepool/simnode"
)

// fixture is a simulated chain with the life of an account on it, and the
// API over it (JSON-RPC on loopback), shared by the tests of the package.
type fixture struct {
	n   *simnode.Node
	srv *readapi.Server
	ts  *httptest.Server
	me  common.Address
}

var (
	fxOnce sync.Once
	fx     *fixture
	fxErr  error
)

func setup(t testing.TB) *fixture {
	t.Helper()
	fxOnce.Do(func() {
		ctx := context.Background()
		n, err := simnode.Start(ctx, simnode.Config{})
		if err != nil {
			fxErr = err
			return
		}
		me, err := n.LifeOfAnAccount(ctx)
		if err != nil {
			fxErr = err
			return
		}
		dir, err := tempDir()
		if err != nil {
			fxErr = err
			return
		}
		srv, err := readapi.New(ctx, readapi.Config{RPC: n.URL, Pool: n.Addresses.Pool, DataDir: dir, Version: "test"})
		if err != nil {
			fxErr = err
			return
		}
		if err := srv.Sync(ctx); err != nil {
			fxErr = err
			return
		}
		fx = &fixture{n: n, srv: srv, ts: httptest.NewServer(srv.Handler()), me: me}
	})
	if fxErr != nil {
		t.Fatal(fxErr)
	}
	return fx
}

func get(t testing.TB, url string, want int, v any) []byte {
	t.Helper()
	resp, err := http.Get(url)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	if resp.StatusCode != want {
		t.Fatalf("GET %s: %d, want %d: %s", url, resp.StatusCode, want, b)
	}
	if v != nil {
		if err := json.Unmarshal(b, v); err != nil {
			t.Fatalf("GET %s: %v: %s", url, err, b)
		}
	}
	return b
}

func bigOf(t testing.TB, s string) *big.Int {
	t.Helper()
	v, ok := new(big.Int).SetString(s, 10)
	if !ok {
		t.Fatalf("not a decimal integer: %q", s)
	}
	return v
}

// TestPoolMatchesContracts: the pool's figures are the contracts' views.
func TestPoolMatchesContracts(t *testing.T) {
	f := setup(t)
	c, err := f.n.Bind()
	if err != nil {
		t.Fatal(err)
	}
	var p readapi.Pool
	get(t, f.ts.URL+"/v1/pool", 200, &p)
	o := &bind.CallOpts{BlockNumber: new(big.Int).SetUint64(p.Block)}
	for name, pair := range map[string]struct {
		got  string
		read func(*bind.CallOpts) (*big.Int, error)
	}{
		"total_pooled_ether_wei": {p.TotalPooledEther, c.Pool.GetTotalPooledEther},
		"total_shares":           {p.TotalShares, c.Pool.GetTotalShares},
		"buffered_ether_wei":     {p.BufferedEther, c.Pool.GetBufferedEther},
		"reserve_wei":            {p.Reserve, c.Pool.GetReserveTarget},
		"unfinalized_steth_wei":  {p.UnfinalizedStETH, c.Queue.UnfinalizedStETH},
		"locked_for_claims_wei":  {p.LockedForClaims, c.Queue.GetLockedEtherAmount},
		"steth_per_wsteth_wei":   {p.StEthPerWstETH, c.WstETH.StEthPerToken},
	} {
		want, err := pair.read(o)
		if err != nil {
			t.Fatal(err)
		}
		if bigOf(t, pair.got).Cmp(want) != 0 {
			t.Errorf("%s: API %s, contract %s", name, pair.got, want)
		}
	}
	rate, _ := c.Pool.GetPooledEthByShares(o, big.NewInt(1e18))
	if bigOf(t, p.ShareRate).Cmp(rate) != 0 {
		t.Errorf("share_rate: API %s, contract %s", p.ShareRate, rate)
	}
	if p.Reports != 5 || p.APR == nil || p.APRWeek == nil || p.APRInception == nil || *p.APR <= 0 || *p.APR > 0.2 {
		t.Errorf("reports %d, APR %v/%v/%v: want 5 reports and a plausible APR", p.Reports, p.APR, p.APRWeek, p.APRInception)
	}
	if p.Wait == nil || p.Wait.Method == "" {
		t.Errorf("no withdrawal wait estimate: %+v", p.Wait)
	}
}

// TestAccountAndStatement: the account's balances are the contracts', its
// statement adds up to them, and the CSV carries the same entries.
func TestAccountAndStatement(t *testing.T) {
	f := setup(t)
	c, err := f.n.Bind()
	if err != nil {
		t.Fatal(err)
	}
	var a readapi.Account
	get(t, f.ts.URL+"/v1/accounts/"+f.me.Hex(), 200, &a)
	o := &bind.CallOpts{BlockNumber: new(big.Int).SetUint64(a.Block)}
	bal, _ := c.Pool.BalanceOf(o, f.me)
	sh, _ := c.Pool.SharesOf(o, f.me)
	wst, _ := c.WstETH.BalanceOf(o, f.me)
	eth, _ := f.n.Client.BalanceAt(context.Background(), f.me, o.BlockNumber)
	if a.Address != f.me.Hex() || bigOf(t, a.StETH).Cmp(bal) != 0 || bigOf(t, a.Shares).Cmp(sh) != 0 ||
		bigOf(t, a.WstETH).Cmp(wst) != 0 || bigOf(t, a.ETH).Cmp(eth) != 0 {
		t.Errorf("account %+v; contracts: stETH %s shares %s wstETH %s ETH %s", a, bal, sh, wst, eth)
	}
	var st readapi.Statement
	get(t, f.ts.URL+"/v1/accounts/"+strings.ToLower(f.me.Hex())+"/statement", 200, &st)
	sums := map[string]*big.Int{}
	for _, e := range st.Entries {
		if sums[e.Ledger] == nil {
			sums[e.Ledger] = new(big.Int)
		}
		sums[e.Ledger].Add(sums[e.Ledger], bigOf(t, e.Amount))
		if bigOf(t, e.Balance).Cmp(sums[e.Ledger]) != 0 {
			t.Fatalf("entry %+v: balance is not the running sum %s", e, sums[e.Ledger])
		}
	}
	if sums["steth"].Cmp(bal) != 0 || bigOf(t, st.StETH).Cmp(bal) != 0 {
		t.Errorf("statement stETH %s (entries %s), balanceOf %s", st.StETH, sums["steth"], bal)
	}
	if sums["wsteth"].Cmp(wst) != 0 {
		t.Errorf("statement wstETH %s, balanceOf %s", sums["wsteth"], wst)
	}
	if sums["withdrawal"].Sign() != 0 {
		t.Errorf("both requests are claimed, yet the withdrawal ledger holds %s", sums["withdrawal"])
	}
	// CSV: the same entries, amounts also in ether.
	resp, err := http.Get(f.ts.URL + "/v1/accounts/" + f.me.Hex() + "/statement?format=csv")
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	if ct := resp.Header.Get("Content-Type"); !strings.HasPrefix(ct, "text/csv") {
		t.Errorf("CSV content type %q", ct)
	}
	rows, err := csv.NewReader(resp.Body).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	if len(rows) != len(st.Entries)+1 || rows[0][0] != "block" {
		t.Fatalf("CSV has %d rows for %d entries", len(rows), len(st.Entries))
	}
	for i, e := range st.Entries {
		if rows[i+1][4] != e.Reason || rows[i+1][5] != e.Amount {
			t.Fatalf("CSV row %d %v, entry %+v", i+1, rows[i+1], e)
		}
	}
}

// TestReportsVotesOperatorsGovernance: five reports, each with the two
// votes that made it; three operators with their deposits; governance.
func TestReportsVotesOperatorsGovernance(t *testing.T) {
	f := setup(t)
	var rs readapi.Reports
	get(t, f.ts.URL+"/v1/oracle/reports?limit=50", 200, &rs)
	if len(rs.Reports) != 5 || rs.Quorum != 2 || len(rs.Members) != 3 || rs.Frame == nil {
		t.Fatalf("reports %d, quorum %d, members %d, frame %v", len(rs.Reports), rs.Quorum, len(rs.Members), rs.Frame)
	}
	for _, r := range rs.Reports {
		agreed := 0
		for _, v := range r.Votes {
			if v.Agreed {
				agreed++
			}
		}
		if len(r.Votes) != 2 || agreed != 2 {
			t.Errorf("report for slot %d: %d votes, %d for the applied hash", r.RefSlot, len(r.Votes), agreed)
		}
	}
	if rs.Reports[0].Time < rs.Reports[len(rs.Reports)-1].Time {
		t.Error("reports are not newest first")
	}
	var ops readapi.Operators
	get(t, f.ts.URL+"/v1/operators", 200, &ops)
	dep := uint64(0)
	for _, o := range ops.Operators {
		dep += o.Deposited
		if o.Keys != 4 || o.Status != "active" {
			t.Errorf("operator %+v", o)
		}
	}
	if len(ops.Operators) != 3 || dep != 4 {
		t.Errorf("%d operators with %d deposits, want 3 and 4", len(ops.Operators), dep)
	}
	var op readapi.Operator
	get(t, f.ts.URL+"/v1/operators/1", 200, &op)
	if op.ID != 1 || op.RewardAddress != f.n.Addrs[simnode.KeyOperator0+1].Hex() {
		t.Errorf("operator 1: %+v", op)
	}
	var g readapi.Governance
	get(t, f.ts.URL+"/v1/governance", 200, &g)
	if g.Threshold != 1 || len(g.Members) != 1 || g.Timelock != 3600 || !g.VetoEscrow.Deployed ||
		g.VetoEscrow.Address != f.n.Addresses.VetoEscrow.Hex() || g.VetoEscrow.State != "normal" || g.Pause.Paused || g.Pause.GateSeal == nil {
		t.Errorf("governance %+v", g)
	}
}

// TestWithdrawalsAndEstimates: the user's requests are claimed; a new
// request's estimate follows the queue.
func TestWithdrawalsAndEstimates(t *testing.T) {
	f := setup(t)
	var ws readapi.Withdrawals
	get(t, f.ts.URL+"/v1/withdrawals", 200, &ws)
	if len(ws.Requests) != 2 {
		t.Fatalf("%d requests, want 2", len(ws.Requests))
	}
	for _, w := range ws.Requests {
		if w.Status != "claimed" || w.Owner != f.me.Hex() || w.ClaimedETH == "" {
			t.Errorf("request %+v", w)
		}
	}
	var one readapi.Withdrawal
	get(t, fmt.Sprintf("%s/v1/withdrawals/%d", f.ts.URL, ws.Requests[0].ID), 200, &one)
	if one.ID != ws.Requests[0].ID {
		t.Errorf("request %+v", one)
	}
	var e readapi.NewRequestEstimate
	get(t, f.ts.URL+"/v1/withdrawals/estimate?amount=1.5eth", 200, &e)
	if e.Amount != "1500000000000000000" || e.Estimate == nil || e.Estimate.Method != "buffer" || e.Estimate.At == nil {
		t.Errorf("estimate %+v %+v", e, e.Estimate)
	}
	get(t, f.ts.URL+"/v1/withdrawals/estimate?amount=1000000eth", 400, nil)
}

// TestErrors: every refusal has a status, a stable code and a message.
func TestErrors(t *testing.T) {
	f := setup(t)
	for _, c := range []struct {
		method, path string
		status       int
		code         string
	}{
		{"GET", "/v1/accounts/0x12", 400, "BAD_ADDRESS"},
		{"GET", "/v1/accounts/" + mixedWrong(f.me), 400, "BAD_ADDRESS_CHECKSUM"},
		{"GET", "/v1/withdrawals/999999", 404, "UNKNOWN_WITHDRAWAL"},
		{"GET", "/v1/withdrawals/abc", 400, "BAD_REQUEST"},
		{"GET", "/v1/withdrawals/estimate?amount=lots", 400, "BAD_AMOUNT"},
		{"GET", "/v1/withdrawals/estimate", 400, "BAD_AMOUNT"},
		{"GET", "/v1/operators/99", 404, "UNKNOWN_OPERATOR"},
		{"GET", "/v1/pool/history?points=1", 400, "BAD_REQUEST"},
		{"GET", "/v1/nothing", 404, "NOT_FOUND"},
		{"POST", "/v1/pool", 405, "METHOD_NOT_ALLOWED"},
		{"GET", "/v1/accounts/" + f.me.Hex() + "/statement?format=xml", 400, "BAD_REQUEST"},
	} {
		req, _ := http.NewRequest(c.method, f.ts.URL+c.path, nil)
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		var body struct {
			Error readapi.ErrorBody `json:"error"`
		}
		b, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		json.Unmarshal(b, &body)
		if resp.StatusCode != c.status || body.Error.Code != c.code || body.Error.Message == "" {
			t.Errorf("%s %s: %d %s, want %d %s", c.method, c.path, resp.StatusCode, b, c.status, c.code)
		}
	}
}

// mixedWrong is the address with one letter's case flipped (a bad checksum).
func mixedWrong(a common.Address) string {
	h := []byte(a.Hex())
	for i := 2; i < len(h); i++ {
		switch {
		case h[i] >= 'a' && h[i] <= 'f':
			h[i] -= 'a' - 'A'
			return string(h)
		case h[i] >= 'A' && h[i] <= 'F':
			h[i] += 'a' - 'A'
			return string(h)
		}
	}
	return string(h)
}

// TestEventsStream: the stream replays the indexed events from a block,
// filtered to an account.
func TestEventsStream(t *testing.T) {
	f := setup(t)
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
	defer cancel()
	req, _ := http.NewRequestWithContext(ctx, "GET", f.ts.URL+"/v1/events?from=0&account="+f.me.Hex(), nil)
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	if ct := resp.Header.Get("Content-Type"); ct != "text/event-stream" {
		t.Fatalf("content type %q", ct)
	}
	sc := bufio.NewScanner(resp.Body)
	seen := map[string]bool{}
	for sc.Scan() && len(seen) < 6 {
		line := sc.Text()
		if name, ok := strings.CutPrefix(line, "event: "); ok {
			seen[name] = true
		}
		if data, ok := strings.CutPrefix(line, "data: "); ok {
			var d readapi.EventDoc
			if err := json.Unmarshal([]byte(data), &d); err != nil || d.Block == 0 || d.Tx == "" {
				t.Fatalf("event data %s: %v", data, err)
			}
		}
	}
	for _, want := range []string{"Submitted", "Transfer", "TransferShares"} {
		if !seen[want] {
			t.Errorf("no %s event in the user's stream (%v)", want, seen)
		}
	}
}

// TestOpenAPIMatchesRoutes: every route served is documented, and the reverse.
func TestOpenAPIMatchesRoutes(t *testing.T) {
	f := setup(t)
	var doc struct {
		Paths map[string]map[string]any `json:"paths"`
	}
	get(t, f.ts.URL+"/v1/openapi.json", 200, &doc)
	documented := map[string]bool{}
	for p, ops := range doc.Paths {
		for m := range ops {
			documented[strings.ToUpper(m)+" "+p] = true
		}
	}
	served := map[string]bool{}
	for _, r := range f.srv.Routes() {
		served[r] = true
		if !documented[r] {
			t.Errorf("%s is served but not documented", r)
		}
	}
	for r := range documented {
		if !served[r] {
			t.Errorf("%s is documented but not served", r)
		}
	}
}

// TestResponsesMatchOpenAPI: real answers of every JSON route validate
// against the document's schemas (every field documented, every required
// one present, types right).
func TestResponsesMatchOpenAPI(t *testing.T) {
	f := setup(t)
	var doc map[string]any
	get(t, f.ts.URL+"/v1/openapi.json", 200, &doc)
	schemas := doc["components"].(map[string]any)["schemas"].(map[string]any)
	paths := doc["paths"].(map[string]any)
	urls := map[string]string{
		"/v1/status": "/v1/status", "/v1/contracts": "/v1/contracts", "/v1/pool": "/v1/pool", "/v1/pool/history": "/v1/pool/history",
		"/v1/apr": "/v1/apr", "/v1/accounts/{address}": "/v1/accounts/" + f.me.Hex(),
		"/v1/accounts/{address}/statement": "/v1/accounts/" + f.me.Hex() + "/statement", "/v1/withdrawals": "/v1/withdrawals",
		"/v1/withdrawals/estimate": "/v1/withdrawals/estimate?amount=2", "/v1/withdrawals/{id}": "/v1/withdrawals/1",
		"/v1/operators": "/v1/operators", "/v1/operators/{id}": "/v1/operators/0", "/v1/oracle/reports": "/v1/oracle/reports",
		"/v1/governance": "/v1/governance",
	}
	var keys []string
	for k := range urls {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, p := range keys {
		pm, _ := paths[p].(map[string]any)
		op, ok := pm["get"].(map[string]any)
		if !ok {
			t.Fatalf("%s: not documented", p)
		}
		schema := op["responses"].(map[string]any)["200"].(map[string]any)["content"].(map[string]any)["application/json"].(map[string]any)["schema"].(map[string]any)
		var v any
		get(t, f.ts.URL+urls[p], 200, &v)
		if err := validate(v, schema, schemas, p); err != nil {
			t.Errorf("GET %s: %v", urls[p], err)
		}
	}
}

func validate(v any, s map[string]any, schemas map[string]any, at string) error {
	if ref, ok := s["$ref"].(string); ok {
		return validate(v, schemas[strings.TrimPrefix(ref, "#/components/schemas/")].(map[string]any), schemas, at)
	}
	if v == nil {
		if s["nullable"] == true {
			return nil
		}
		return fmt.Errorf("%s: null, not nullable", at)
	}
	if all, ok := s["allOf"].([]any); ok {
		for _, sub := range all {
			if err := validate(v, sub.(map[string]any), schemas, at); err != nil {
				return err
			}
		}
		return nil
	}
	switch s["type"] {
	case "object":
		m, ok := v.(map[string]any)
		if !ok {
			return fmt.Errorf("%s: %T, want an object", at, v)
		}
		props, _ := s["properties"].(map[string]any)
		if s["additionalProperties"] == false {
			for k := range m {
				if _, ok := props[k]; !ok {
					return fmt.Errorf("%s.%s: not documented", at, k)
				}
			}
		}
		if req, ok := s["required"].([]any); ok {
			for _, k := range req {
				if _, ok := m[k.(string)]; !ok {
					return fmt.Errorf("%s.%s: required, missing", at, k)
				}
			}
		}
		for k, val := range m {
			if ps, ok := props[k].(map[string]any); ok {
				if err := validate(val, ps, schemas, at+"."+k); err != nil {
					return err
				}
			}
		}
	case "array":
		a, ok := v.([]any)
		if !ok {
			return fmt.Errorf("%s: %T, want an array", at, v)
		}
		for i, x := range a {
			if err := validate(x, s["items"].(map[string]any), schemas, fmt.Sprintf("%s[%d]", at, i)); err != nil {
				return err
			}
		}
	case "string":
		if _, ok := v.(string); !ok {
			return fmt.Errorf("%s: %T, want a string", at, v)
		}
	case "integer":
		n, ok := v.(float64)
		if !ok || n != float64(int64(n)) {
			return fmt.Errorf("%s: %v, want an integer", at, v)
		}
	case "number":
		if _, ok := v.(float64); !ok {
			return fmt.Errorf("%s: %T, want a number", at, v)
		}
	case "boolean":
		if _, ok := v.(bool); !ok {
			return fmt.Errorf("%s: %T, want a boolean", at, v)
		}
	}
	return nil
}
