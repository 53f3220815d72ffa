package api

import (
	"bufio"
	"bytes"
	"context"
	"crypto/ecdsa"
	"encoding/json"
	"io"
	"net/http"
	"net/http/httptest"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/holiman/uint256"
	"github.com/prometheus/client_golang/prometheus"

	"github.com/stakepool/stakepool/node"
	"github.com/stakepool/stakepool/node/request"
	"github.com/stakepool/stakepool/protocol"
	"github.com/stakepool/stakepool/protocol/protocoltest"
)

type fixture struct {
	n   *node.Node
	srv *Server
	key *ecdsa.PrivateKey
	me  common.Address
}

func newFixture(t testing.TB) *fixture {
	t.Helper()
	key, _ := crypto.ToECDSA(crypto.Keccak256([]byte("api test")))
	me := crypto.PubkeyToAddress(key.PublicKey)
	g := protocoltest.Genesis(2)
	var a protocol.Allocation
	a.Address = me
	a.ETH.SetUint64(1e18)
	a.ETH.Mul(&a.ETH, uint256.NewInt(1000))
	g.Alloc = append(g.Alloc, a)
	f := openFixture(t, g)
	f.key, f.me = key, me
	return f
}

// openFixture opens a test node on genesis g and an API server over it.
func openFixture(t testing.TB, g protocol.Genesis) *fixture {
	t.Helper()
	reg := prometheus.NewRegistry()
	n, err := node.Open(node.Config{Dir: t.TempDir(), Genesis: g,
		Pool: common.HexToAddress("0x5afe"), Registerer: reg})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { n.Close() })
	srv, err := New(Config{Node: n, Gatherer: reg})
	if err != nil {
		t.Fatal(err)
	}
	return &fixture{n: n, srv: srv}
}

func (f *fixture) do(method, path string, body []byte) *httptest.ResponseRecorder {
	req := httptest.NewRequest(method, path, bytes.NewReader(body))
	w := httptest.NewRecorder()
	f.srv.ServeHTTP(w, req)
	return w
}

func (f *fixture) signed(t testing.TB, nonce uint64, c protocol.Command) []byte {
	t.Helper()
	r, err := request.Sign(f.n.Domain(), &protocol.Tx{Sender: f.me, Nonce: nonce, Cmd: c}, f.key)
	if err != nil {
		t.Fatal(err)
	}
	b, _ := json.Marshal(r)
	return b
}

func decode[T any](t testing.TB, w *httptest.ResponseRecorder) T {
	t.Helper()
	var v T
	if err := json.Unmarshal(w.Body.Bytes(), &v); err != nil {
		t.Fatalf("decode %q: %v", w.Body.String(), err)
	}
	return v
}

func TestStakeAndQuery(t *testing.T) {
	f := newFixture(t)
	w := f.do("POST", "/v1/tx", f.signed(t, 0, protocol.Command{Kind: protocol.CmdSubmit, Amount: *uint256.NewInt(10e18)}))
	if w.Code != 200 {
		t.Fatalf("submit: %d %s", w.Code, w.Body)
	}
	rc := decode[Receipt](t, w)
	if rc.Status != "applied" || rc.Block != 1 || len(rc.Events) == 0 {
		t.Fatalf("receipt %+v", rc)
	}
	w = f.do("GET", "/v1/tx/"+rc.Hash, nil)
	if got := decode[Receipt](t, w); w.Code != 200 || got.Hash != rc.Hash || len(got.Events) != len(rc.Events) {
		t.Fatalf("get tx: %d %s", w.Code, w.Body)
	}
	acc := decode[Account](t, f.do("GET", "/v1/accounts/"+f.me.Hex(), nil))
	if acc.StETH != "10000000000000000000" || acc.Nonce != 1 || acc.Address != f.me.Hex() {
		t.Fatalf("account %+v", acc)
	}
	// Replay: same request again.
	w = f.do("POST", "/v1/tx", f.signed(t, 0, protocol.Command{Kind: protocol.CmdSubmit, Amount: *uint256.NewInt(10e18)}))
	if w.Code != 409 || !strings.Contains(w.Body.String(), `"BAD_NONCE"`) {
		t.Fatalf("replay: %d %s", w.Code, w.Body)
	}
	// A rule of the pool.
	w = f.do("POST", "/v1/tx", f.signed(t, 1, protocol.Command{Kind: protocol.CmdTransfer, To: common.HexToAddress("0x1"), Amount: *uint256.NewInt(18e18)}))
	if w.Code != 422 || !strings.Contains(w.Body.String(), `"INSUFFICIENT_BALANCE"`) {
		t.Fatalf("overspend: %d %s", w.Code, w.Body)
	}
	if err := f.n.Seal(); err != nil {
		t.Fatal(err)
	}
	st := decode[Status](t, f.do("GET", "/v1/status", nil))
	if st.Block != 1 || st.StateRoot == "" || st.ChainID != 1337 {
		t.Fatalf("status %+v", st)
	}
	p := decode[Pool](t, f.do("GET", "/v1/pool", nil))
	if p.TotalPooledEther != "11000000000000000000" || p.ShareRate != "1000000000000000000" {
		t.Fatalf("pool %+v", p)
	}
	if w := f.do("POST", "/v1/dev/faucet", []byte(`{"address":"`+f.me.Hex()+`","amount_wei":"5"}`)); w.Code != 200 {
		t.Fatalf("faucet: %d %s", w.Code, w.Body)
	}
	if w := f.do("POST", "/v1/dev/advance", []byte(`{"epochs":2}`)); w.Code != 200 || decode[Status](t, w).Slot < 64 {
		t.Fatalf("advance: %d %s", w.Code, w.Body)
	}
	if w := f.do("GET", "/metrics", nil); w.Code != 200 || !strings.Contains(w.Body.String(), "stakepool_log_commit_seconds") {
		t.Fatalf("metrics: %d", w.Code)
	}
}

func TestBatch(t *testing.T) {
	f := newFixture(t)
	var items []json.RawMessage
	for i := uint64(0); i < 5; i++ {
		items = append(items, f.signed(t, i, protocol.Command{Kind: protocol.CmdSubmit, Amount: *uint256.NewInt(1e18)}))
	}
	items = append(items, json.RawMessage(`{"type":"Nope"}`))
	body, _ := json.Marshal(items)
	w := f.do("POST", "/v1/txs", body)
	b := decode[Batch](t, w)
	if w.Code != 200 || len(b.Results) != 6 || b.Results[4].Status != "applied" || b.Results[5].Error.Code != "UNKNOWN_COMMAND" {
		t.Fatalf("batch: %d %s", w.Code, w.Body)
	}
}

func TestErrorStatuses(t *testing.T) {
	f := newFixture(t)
	cases := []struct {
		method, path, body string
		status             int
		code               string
	}{
		{"GET", "/v1/accounts/0x12", "", 400, "BAD_REQUEST"},
		// EIP-55: a mixed-case address with one letter's case flipped.
		{"GET", "/v1/accounts/0x5AAeb6053F3E94C9b9A09f33669435E7Ef1BeAed", "", 400, "BAD_ADDRESS_CHECKSUM"},
		{"GET", "/v1/accounts/0x5aaeb6053f3e94c9b9a09f33669435e7ef1beaed", "", 200, ""},
		{"GET", "/v1/events?account=0xfb6916095ca1df60bB79Ce92cE3Ea74c37c5d359", "", 400, "BAD_ADDRESS_CHECKSUM"},
		{"POST", "/v1/dev/faucet", `{"address":"0xdbF03B407c01E7cD3CBea99509d93f8DDDC8C6Fb","amount_wei":"1"}`, 400, "BAD_ADDRESS_CHECKSUM"},
		{"GET", "/v1/tx/0x12", "", 400, "BAD_REQUEST"},
		{"GET", "/v1/tx/0x" + strings.Repeat("ab", 32), "", 404, "UNKNOWN_TX"},
		{"GET", "/v1/withdrawals/x", "", 400, "BAD_REQUEST"},
		{"GET", "/v1/nothing", "", 404, "NOT_FOUND"},
		{"POST", "/v1/status", "", 405, "METHOD_NOT_ALLOWED"},
		{"DELETE", "/v1/tx", "", 405, "METHOD_NOT_ALLOWED"},
		{"POST", "/v1/tx", "{", 400, "MALFORMED"},
		{"POST", "/v1/tx", strings.Repeat(" ", MaxBodyBytes+1), 413, "TOO_LARGE"},
		{"POST", "/v1/txs", "[]", 400, "MALFORMED"},
		{"POST", "/v1/dev/advance", `{"epochs":0}`, 400, "MALFORMED"},
		{"POST", "/v1/dev/advance", `{"epochs":1,"x":1}`, 400, "MALFORMED"},
		{"POST", "/v1/dev/faucet", `{"address":"0x1","amount_wei":"1"}`, 400, "MALFORMED"},
	}
	for _, c := range cases {
		w := f.do(c.method, c.path, []byte(c.body))
		if w.Code != c.status || (c.code != "" && !strings.Contains(w.Body.String(), `"code":"`+c.code+`"`)) {
			t.Errorf("%s %s: %d %s, want %d %s", c.method, c.path, w.Code, w.Body, c.status, c.code)
		}
	}
}

// TestOpenAPIMatchesRoutes keeps /v1/openapi.json true: every route the
// server serves is documented with its method, and nothing else is.
func TestOpenAPIMatchesRoutes(t *testing.T) {
	f := newFixture(t)
	var doc struct {
		Paths map[string]map[string]json.RawMessage `json:"paths"`
	}
	w := f.do("GET", "/v1/openapi.json", nil)
	if err := json.Unmarshal(w.Body.Bytes(), &doc); err != nil {
		t.Fatal(err)
	}
	var documented, served []string
	for p, ops := range doc.Paths {
		for m := range ops {
			documented = append(documented, strings.ToUpper(m)+" "+p)
		}
	}
	for _, r := range f.srv.Routes() {
		served = append(served, strings.TrimSuffix(r, "{$}"))
	}
	sort.Strings(documented)
	sort.Strings(served)
	if strings.Join(documented, "\n") != strings.Join(served, "\n") {
		t.Fatalf("openapi.json and routes differ:\ndocumented:\n%s\nserved:\n%s", strings.Join(documented, "\n"), strings.Join(served, "\n"))
	}
}

func TestEventsStream(t *testing.T) {
	f := newFixture(t)
	ts := httptest.NewServer(f.srv)
	defer ts.Close()
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	req, _ := http.NewRequestWithContext(ctx, "GET", ts.URL+"/v1/events?account="+f.me.Hex(), nil)
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	rd := bufio.NewReader(resp.Body)
	if l, _ := rd.ReadString('\n'); !strings.HasPrefix(l, ": stakepool") {
		t.Fatalf("first line %q", l)
	}
	go func() {
		http.Post(ts.URL+"/v1/tx", "application/json", bytes.NewReader(f.signed(t, 0, protocol.Command{Kind: protocol.CmdSubmit, Amount: *uint256.NewInt(1e18)})))
	}()
	for {
		l, err := rd.ReadString('\n')
		if err != nil {
			t.Fatal(err)
		}
		if strings.HasPrefix(l, "event: Submitted") {
			data, _ := rd.ReadString('\n')
			if !strings.Contains(data, f.me.Hex()) {
				t.Fatalf("data %q", data)
			}
			return
		}
	}
}

// FuzzHTTP: any body or path gives a 4xx with an error code, never a 5xx
// or a panic.
func FuzzHTTP(f *testing.F) {
	fx := newFixture(f)
	f.Add(uint8(0), "", fx.signed(f, 0, protocol.Command{Kind: protocol.CmdWrap, Amount: *uint256.NewInt(1)}))
	f.Add(uint8(1), "", []byte(`[{"type":"Submit"}]`))
	f.Add(uint8(2), "", []byte(`{"address":"0x0000000000000000000000000000000000000001","amount_wei":"1"}`))
	f.Add(uint8(3), "", []byte(`{"epochs":1}`))
	f.Add(uint8(4), "", []byte(`{"operator":1,"count":1}`))
	f.Add(uint8(5), "0x12", []byte{})
	f.Add(uint8(6), "0xzz", []byte{})
	routes := []string{"POST /v1/tx", "POST /v1/txs", "POST /v1/dev/faucet", "POST /v1/dev/advance", "POST /v1/dev/slash", "GET /v1/accounts/", "GET /v1/tx/", "GET /v1/withdrawals/"}
	f.Fuzz(func(t *testing.T, route uint8, suffix string, body []byte) {
		r := routes[int(route)%len(routes)]
		method, path, _ := strings.Cut(r, " ")
		if method == "GET" {
			path += suffix
		}
		req, err := http.NewRequest(method, "http://x"+path, bytes.NewReader(body))
		if err != nil {
			return // not a request a client could send
		}
		w := httptest.NewRecorder()
		fx.srv.ServeHTTP(w, req)
		if w.Code >= 500 && !(w.Code == 501 && strings.HasSuffix(path, "/slash")) {
			t.Fatalf("%s %q: %d %s", method, path, w.Code, w.Body)
		}
		if w.Code >= 400 {
			b, _ := io.ReadAll(w.Body)
			if !bytes.Contains(b, []byte(`"code":"`)) {
				t.Fatalf("%s %q: %d without a code: %s", method, path, w.Code, b)
			}
		}
	})
}

// TestSlotsPerEpochFromChain: the status's epoch and /v1/dev/advance count
// the chain's slots per epoch (the pool's genesis), not mainnet's 32.
func TestSlotsPerEpochFromChain(t *testing.T) {
	g := protocoltest.Genesis(1)
	g.Chain.SlotsPerEpoch = 8
	f := openFixture(t, g)
	before := decode[Status](t, f.do("GET", "/v1/status", nil))
	w := f.do("POST", "/v1/dev/advance", []byte(`{"epochs":3}`))
	if w.Code != 200 {
		t.Fatalf("advance: %d %s", w.Code, w.Body)
	}
	after := decode[Status](t, w)
	// 24 slots, and the block open before them (Node.Advance seals it first)
	if d := after.Slot - before.Slot; d < 24 || d > 25 || after.Epoch != after.Slot/8 {
		t.Fatalf("3 epochs of 8 slots from slot %d: slot %d, epoch %d", before.Slot, after.Slot, after.Epoch)
	}
}
