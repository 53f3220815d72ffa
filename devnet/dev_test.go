package devnet

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"math/big"
	"net"
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/stakepool/stakepool/beacon/sim"
)

// devServer serves d's dev endpoints on a loopback port.
func devServer(t *testing.T, d *Devnet) string {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	srv := &http.Server{Handler: d.DevHandler(DevConfig{Hosts: ListenHosts(ln.Addr()), Faucet: DevKey("faucet")})}
	go srv.Serve(ln)
	t.Cleanup(func() { srv.Close() })
	return ln.Addr().String()
}

type devCall struct {
	path, body, contentType, host, origin, fetchSite string
}

func (c devCall) do(t *testing.T, addr string) (int, map[string]any) {
	t.Helper()
	req, _ := http.NewRequest(http.MethodPost, "http://"+addr+c.path, strings.NewReader(c.body))
	if c.contentType != "" {
		req.Header.Set("Content-Type", c.contentType)
	}
	if c.host != "" {
		req.Host = c.host
	}
	if c.origin != "" {
		req.Header.Set("Origin", c.origin)
	}
	if c.fetchSite != "" {
		req.Header.Set("Sec-Fetch-Site", c.fetchSite)
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	var m map[string]any
	json.Unmarshal(b, &m)
	return resp.StatusCode, m
}

// TestDevEndpointsRefuseBrowsers is the attack test of the dev endpoints'
// guard: a page on another site (a form, a fetch, a DNS-rebound name) gets
// nothing done; the devnet's own client does.
func TestDevEndpointsRefuseBrowsers(t *testing.T) {
	cfg := testConfig("")
	cfg.Genesis.Fund(DevAddress("faucet"), Ether(1000))
	d := openTest(t, cfg)
	defer d.Close()
	addr := devServer(t, d)
	_, port, _ := net.SplitHostPort(addr)
	advance := `{"epochs":1}`
	before := d.Slot()
	attacks := []struct {
		name string
		call devCall
		code int
		want string
	}{
		{"form post", devCall{path: "/v1/dev/advance", body: "epochs=1", contentType: "application/x-www-form-urlencoded"}, 415, "UNSUPPORTED_MEDIA_TYPE"},
		{"simple text/plain post", devCall{path: "/v1/dev/advance", body: advance, contentType: "text/plain"}, 415, "UNSUPPORTED_MEDIA_TYPE"},
		{"no content type", devCall{path: "/v1/dev/advance", body: advance}, 415, "UNSUPPORTED_MEDIA_TYPE"},
		{"foreign origin", devCall{path: "/v1/dev/advance", body: advance, contentType: "application/json", origin: "https://evil.example"}, 403, "FORBIDDEN_ORIGIN"},
		{"null origin", devCall{path: "/v1/dev/advance", body: advance, contentType: "application/json", origin: "null"}, 403, "FORBIDDEN_ORIGIN"},
		{"cross-site fetch", devCall{path: "/v1/dev/advance", body: advance, contentType: "application/json", fetchSite: "cross-site"}, 403, "FORBIDDEN_ORIGIN"},
		{"DNS rebinding", devCall{path: "/v1/dev/advance", body: advance, contentType: "application/json", host: "evil.example:" + port}, 403, "FORBIDDEN_HOST"},
		{"rebinding without port", devCall{path: "/v1/dev/faucet", body: `{"address":"0x0000000000000000000000000000000000000001","amount_wei":"1"}`,
			contentType: "application/json", host: "127.0.0.1"}, 403, "FORBIDDEN_HOST"},
		{"unknown field", devCall{path: "/v1/dev/advance", body: `{"epochs":1,"x":2}`, contentType: "application/json"}, 400, "MALFORMED"},
		{"too many epochs", devCall{path: "/v1/dev/advance", body: `{"epochs":100000}`, contentType: "application/json"}, 400, "MALFORMED"},
	}
	for _, a := range attacks {
		code, body := a.call.do(t, addr)
		if code != a.code || body["code"] != a.want {
			t.Errorf("%s: %d %v, want %d %s", a.name, code, body, a.code, a.want)
		}
	}
	if d.Slot() != before {
		t.Fatalf("a refused request moved the chain from slot %d to %d", before, d.Slot())
	}
	for _, host := range []string{"", "localhost:" + port} {
		code, body := devCall{path: "/v1/dev/advance", body: advance, contentType: "application/json; charset=utf-8", host: host,
			origin: "http://" + addr, fetchSite: "same-origin"}.do(t, addr)
		if code != 200 {
			t.Fatalf("the devnet's own advance (host %q): %d %v", host, code, body)
		}
	}
	if spe := d.sp.SlotsPerEpoch; d.Slot() != (before/spe+2)*spe {
		t.Fatalf("two advances of an epoch: slot %d → %d", before, d.Slot())
	}
}

// TestDevFaucetAndSlash: the faucet's ETH arrives (the chain running on its
// clock), a slashing asked for is in the next block.
func TestDevFaucetAndSlash(t *testing.T) {
	cfg := testConfig("")
	cfg.Genesis.Fund(DevAddress("faucet"), Ether(1000))
	d := openTest(t, cfg)
	defer d.Close()
	addr := devServer(t, d)
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- d.Run(ctx, 20*time.Millisecond) }()
	defer func() { cancel(); <-done }()
	to := DevAddress("newcomer")
	code, body := devCall{path: "/v1/dev/faucet", body: fmt.Sprintf(`{"address":%q,"amount_wei":"1500000000000000000"}`, to.Hex()),
		contentType: "application/json"}.do(t, addr)
	if code != 200 {
		t.Fatalf("faucet: %d %v", code, body)
	}
	bal, err := d.el.BalanceAt(ctx, to, nil)
	if err != nil || bal.Cmp(big.NewInt(15e17)) != 0 {
		t.Fatalf("balance after the faucet %v (%v)", bal, err)
	}
	code, body = devCall{path: "/v1/dev/slash", body: `{"validator_index":5}`, contentType: "application/json"}.do(t, addr)
	if code != 200 {
		t.Fatalf("slash: %d %v", code, body)
	}
	deadline := time.Now().Add(20 * time.Second)
	for {
		var slashed bool
		d.chain.View(func(s *sim.State) { slashed = s.Slashed[5] })
		if slashed {
			break
		}
		if time.Now().After(deadline) {
			t.Fatal("validator 5 not slashed")
		}
		time.Sleep(20 * time.Millisecond)
	}
	code, body = devCall{path: "/v1/dev/slash", body: `{"validator_index":5}`, contentType: "application/json"}.do(t, addr)
	if code != 422 || body["code"] != "SLASH_REFUSED" {
		t.Fatalf("second slashing of validator 5: %d %v", code, body)
	}
}

// TestSubmitBackToBack: transfers submitted from one account one right
// after another, and from two goroutines at once (two faucet requests),
// are all accepted and all mined, no slot between them. Submit read the
// pool's pending nonce, which geth raises on its pool's own goroutine
// after eth_sendRawTransaction has returned: a second Submit right after
// the first signed the same nonce and geth refused it ("replacement
// transaction underpriced").
func TestSubmitBackToBack(t *testing.T) {
	d := openTest(t, testConfig(""))
	defer d.Close()
	ctx := context.Background()
	key := DevKey("tester")
	const each = 40
	hashes := make([][]common.Hash, 2)
	errs := make(chan error, 2)
	for g := range 2 {
		go func() {
			for i := range each {
				tx, err := d.Submit(ctx, key, DevAddress(fmt.Sprintf("payee %d", i)), big.NewInt(int64(1+g)), nil)
				if err != nil {
					errs <- fmt.Errorf("goroutine %d, transfer %d: %w", g, i, err)
					return
				}
				hashes[g] = append(hashes[g], tx.Hash())
			}
			errs <- nil
		}()
	}
	for range 2 {
		if err := <-errs; err != nil {
			t.Fatal(err)
		}
	}
	if err := d.Advance(ctx, 2); err != nil {
		t.Fatal(err)
	}
	for g := range 2 {
		for i, h := range hashes[g] {
			rc, err := d.el.TransactionReceipt(ctx, h)
			if err != nil || rc.Status != types.ReceiptStatusSuccessful {
				t.Fatalf("goroutine %d, transfer %d (%s) not mined: %v", g, i, h, err)
			}
		}
	}
}
