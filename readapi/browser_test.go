package readapi_test

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"math/big"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/chromedp"
	ethereum "github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/stakepool/stakepool/contracts/bindings"
	"github.com/stakepool/stakepool/readapi"
	"github.com/stakepool/stakepool/simnode"
	"github.com/stakepool/stakepool/web"
)

// providerJS is the injected test wallet: an EIP-1193 provider whose
// requests go to the Go side through a CDP binding (so the page's CSP,
// which allows no other origin, is untouched), where a dev key signs.
const providerJS = `(() => {
  const listeners = {};
  window.ethereum = {
    isStakepoolTestWallet: true,
    request({ method, params }) { return window.__wallet({ method, params: params || [] }); },
    on(ev, f) { (listeners[ev] = listeners[ev] || []).push(f); },
    removeListener(ev, f) { listeners[ev] = (listeners[ev] || []).filter((g) => g !== f); },
  };
})();`

type walletCall struct {
	Method string            `json:"method"`
	Params []json.RawMessage `json:"params"`
}

// testWallet answers the provider's requests with a dev key.
type testWallet struct {
	n   *simnode.Node
	key int
	mu  sync.Mutex // one transaction at a time (nonces)
}

func (w *testWallet) addr() common.Address { return w.n.Addrs[w.key] }

func (w *testWallet) handle(ctx context.Context, c walletCall) (any, error) {
	switch c.Method {
	case "eth_requestAccounts", "eth_accounts":
		return []string{strings.ToLower(w.addr().Hex())}, nil // as wallets do: lowercase
	case "eth_chainId":
		return hexutil.EncodeBig(w.n.ChainID), nil
	case "wallet_switchEthereumChain":
		var p struct {
			ChainID string `json:"chainId"`
		}
		if len(c.Params) == 1 && json.Unmarshal(c.Params[0], &p) == nil && p.ChainID == hexutil.EncodeBig(w.n.ChainID) {
			return nil, nil
		}
		return nil, errors.New("unsupported chain")
	case "eth_sendTransaction":
		var tx struct {
			From  common.Address `json:"from"`
			To    common.Address `json:"to"`
			Data  hexutil.Bytes  `json:"data"`
			Value *hexutil.Big   `json:"value"`
		}
		if len(c.Params) != 1 || json.Unmarshal(c.Params[0], &tx) != nil {
			return nil, errors.New("malformed transaction")
		}
		if tx.From != w.addr() {
			return nil, fmt.Errorf("unknown account %s", tx.From)
		}
		w.mu.Lock()
		defer w.mu.Unlock()
		o := w.n.Opts(w.key)
		nonce, err := w.n.Client.PendingNonceAt(ctx, tx.From)
		if err != nil {
			return nil, err
		}
		value := new(big.Int)
		if tx.Value != nil {
			value = tx.Value.ToInt()
		}
		gas, err := w.n.Client.EstimateGas(ctx, ethereumCall(tx.From, tx.To, tx.Data, value))
		if err != nil {
			return nil, err
		}
		t := types.NewTx(&types.DynamicFeeTx{ChainID: w.n.ChainID, Nonce: nonce, GasTipCap: o.GasTipCap, GasFeeCap: o.GasFeeCap,
			Gas: gas * 12 / 10, To: &tx.To, Value: value, Data: tx.Data})
		signed, err := o.Signer(o.From, t)
		if err != nil {
			return nil, err
		}
		if err := w.n.Client.SendTransaction(ctx, signed); err != nil {
			return nil, err
		}
		return signed.Hash().Hex(), nil
	}
	args := make([]any, len(c.Params))
	for i, p := range c.Params {
		args[i] = p
	}
	var raw json.RawMessage
	if err := w.n.Client.Client().CallContext(ctx, &raw, c.Method, args...); err != nil {
		return nil, err
	}
	return raw, nil
}

func ethereumCall(from, to common.Address, data []byte, value *big.Int) ethereum.CallMsg {
	return ethereum.CallMsg{From: from, To: &to, Data: data, Value: value}
}

// browser is a headless Chromium tab with the test wallet, collecting
// console errors and screenshots.
type browser struct {
	t      *testing.T
	ctx    context.Context
	base   string
	dir    string
	mu     sync.Mutex
	errors []string
	shots  []string
}

func chromiumPath(t *testing.T) string {
	for _, name := range []string{"chromium", "chromium-browser", "google-chrome"} {
		if p, err := exec.LookPath(name); err == nil {
			return p
		}
	}
	if os.Getenv("STAKEPOOL_REQUIRE_BROWSER") != "" {
		t.Fatal("no Chromium found (apt-get install chromium), and STAKEPOOL_REQUIRE_BROWSER is set")
	}
	t.Skip("no Chromium found: apt-get install chromium (CI sets STAKEPOOL_REQUIRE_BROWSER)")
	return ""
}

func newBrowser(t *testing.T, base string, w *testWallet) *browser {
	exe := chromiumPath(t)
	opts := []chromedp.ExecAllocatorOption{
		chromedp.ExecPath(exe), chromedp.Headless, chromedp.NoSandbox, chromedp.DisableGPU, chromedp.NoFirstRun,
		chromedp.Flag("disable-quic", true), chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true), chromedp.Flag("disable-sync", true),
		chromedp.UserDataDir(t.TempDir()), chromedp.WindowSize(1280, 900),
	}
	actx, cancelA := chromedp.NewExecAllocator(context.Background(), opts...)
	ctx, cancelC := chromedp.NewContext(actx)
	t.Cleanup(func() { cancelC(); cancelA() })
	b := &browser{t: t, ctx: ctx, base: base, dir: t.ArtifactDir()}
	if err := chromedp.Do(ctx); err != nil { // starts the browser, with no timeout
		t.Fatalf("starting Chromium: %v", err)
	}
	msgs := chromedp.Console(ctx)
	go func() {
		for m, err := range msgs {
			if err != nil {
				return
			}
			if m.Type == chromedp.ConsoleError || m.Type == chromedp.ConsoleException {
				b.addError(fmt.Sprintf("%s %s:%d %s", m.Type, m.URL, m.Line+1, m.String()))
			}
		}
	}()
	wallet := func(ctx context.Context, c walletCall) (json.RawMessage, error) {
		res, err := w.handle(ctx, c)
		if err != nil {
			return nil, err
		}
		return json.Marshal(res)
	}
	if err := chromedp.Do(ctx, chromedp.ExposeFunc("__wallet", wallet)); err != nil {
		t.Fatalf("exposing the wallet: %v", err)
	}
	if _, err := chromedp.Call(ctx, page.AddScriptToEvaluateOnNewDocument, page.AddScriptToEvaluateOnNewDocumentParams{Source: providerJS}); err != nil {
		t.Fatalf("injecting the wallet: %v", err)
	}
	return b
}

func (b *browser) addError(s string) {
	b.mu.Lock()
	b.errors = append(b.errors, s)
	b.mu.Unlock()
}

func (b *browser) run(actions ...chromedp.Action[chromedp.Void]) {
	b.t.Helper()
	ctx, cancel := context.WithTimeout(b.ctx, 60*time.Second)
	defer cancel()
	if err := chromedp.Do(ctx, actions...); err != nil {
		b.failed(err)
	}
}

// failed ends the test with what the page shows (and a screenshot).
func (b *browser) failed(err error) {
	b.t.Helper()
	text, _ := chromedp.Run(b.ctx, chromedp.Evaluate[string](`document.body.innerText`))
	if png, e := chromedp.Run(b.ctx, chromedp.FullScreenshot(100)); e == nil {
		os.WriteFile(filepath.Join(b.dir, "failure.png"), png, 0o644)
	}
	b.mu.Lock()
	defer b.mu.Unlock()
	b.t.Fatalf("browser: %v\nconsole errors: %v\npage:\n%s", err, b.errors, text)
}

// eval evaluates a JavaScript expression to a T.
func eval[T any](b *browser, js string) T {
	b.t.Helper()
	ctx, cancel := context.WithTimeout(b.ctx, 30*time.Second)
	defer cancel()
	v, err := chromedp.Run(ctx, chromedp.Evaluate[T](js))
	if err != nil {
		b.t.Fatalf("evaluating %s: %v (console errors so far: %v)", js, err, b.errors)
	}
	return v
}

// open navigates to a route and waits until the app rendered it.
func (b *browser) open(route string) {
	b.t.Helper()
	b.run(chromedp.Navigate(b.base+"/#"+route), chromedp.WaitReady(chromedp.CSS(fmt.Sprintf(`body[data-ready="%s"]`, route))))
}

// refresh re-renders the current route (through another one).
func (b *browser) refresh(route string) {
	b.t.Helper()
	b.goTo("/governance")
	b.goTo(route)
}

// go changes the route within the page (no reload: the wallet stays connected).
func (b *browser) goTo(route string) {
	b.t.Helper()
	b.run(chromedp.Evaluate[chromedp.Void](fmt.Sprintf("location.hash = %q", "#"+route)),
		chromedp.WaitReady(chromedp.CSS(fmt.Sprintf(`body[data-ready="%s"]`, route))))
}

func (b *browser) shot(name string) {
	b.t.Helper()
	b.run(chromedp.Sleep(150 * time.Millisecond))
	png, err := chromedp.Run(b.ctx, chromedp.FullScreenshot(100))
	if err != nil {
		b.t.Fatalf("screenshot %s: %v", name, err)
	}
	p := filepath.Join(b.dir, name+".png")
	if err := os.WriteFile(p, png, 0o644); err != nil {
		b.t.Fatal(err)
	}
	b.shots = append(b.shots, p)
}

// amounts returns the data-wei of the page's amounts by data-field (the first of each).
func (b *browser) amounts(scope string) map[string]string {
	b.t.Helper()
	return eval[map[string]string](b, fmt.Sprintf(`(() => { const m = {}; for (const e of document.querySelectorAll(%q)) { if (!(e.dataset.field in m)) m[e.dataset.field] = e.dataset.wei + "|" + e.textContent; } return m; })()`,
		scope+" [data-field]"))
}

// formatEth is the app's formatEth (lib.js): 4 decimals truncated,
// trailing zeros dropped, thousands separated; below 0.0001, 4
// significant digits, truncated.
func formatEth(wei string) string {
	v, _ := new(big.Int).SetString(wei, 10)
	sign := ""
	if v.Sign() < 0 {
		sign = "−"
	}
	v = new(big.Int).Abs(v)
	whole, frac := new(big.Int).QuoRem(v, big.NewInt(1e18), new(big.Int))
	all := fmt.Sprintf("%018s", frac.String())
	if v.Sign() > 0 && v.Cmp(big.NewInt(1e14)) < 0 {
		first := strings.IndexAny(all, "123456789")
		return sign + "0." + strings.TrimRight(all[:first+4], "0")
	}
	f := strings.TrimRight(all[:4], "0")
	w := whole.String()
	for i := len(w) - 3; i > 0; i -= 3 {
		w = w[:i] + "," + w[i:]
	}
	if f != "" {
		w += "." + f
	}
	return sign + w
}

// checkAmounts compares the page's amounts with the API's document:
// the exact wei and the text shown.
func (b *browser) checkAmounts(scope, prefix string, doc map[string]any) int {
	b.t.Helper()
	n := 0
	for field, v := range b.amounts(scope) {
		name, ok := strings.CutPrefix(field, prefix+".")
		if !ok {
			continue
		}
		want, ok := doc[name].(string)
		if !ok {
			b.t.Errorf("%s: the page shows %s, the API has no such field", scope, field)
			continue
		}
		wei, text, _ := strings.Cut(v, "|")
		if wei != want || text != formatEth(want) {
			b.t.Errorf("%s %s: page %s (%q), API %s (%q)", scope, field, wei, text, want, formatEth(want))
		}
		n++
	}
	return n
}

func getDoc(t *testing.T, url string) map[string]any {
	t.Helper()
	var m map[string]any
	get(t, url, 200, &m)
	return m
}

// TestBrowser is issue 17's browser test: a new user opens the page,
// connects the test wallet, stakes and sees the balance grow after a
// report, requests a withdrawal, sees it finalized with its estimate, and
// claims it — all through the page; the page's numbers equal the API's;
// no console errors; every page at desktop and phone width, screenshots
// in the test's artifact directory (go test -artifacts keeps them).
func TestBrowser(t *testing.T) {
	if testing.Short() {
		t.Skip("drives Chromium for a minute; not with -short (the race run)")
	}
	ctx := context.Background()
	n, err := simnode.Start(ctx, simnode.Config{Automine: true})
	if err != nil {
		t.Fatal(err)
	}
	defer n.Close()
	if _, err := n.LifeOfAnAccount(ctx); err != nil {
		t.Fatal(err)
	}
	srv, err := readapi.New(ctx, readapi.Config{RPC: n.URL, Pool: n.Addresses.Pool, DataDir: t.TempDir(), Poll: 100 * time.Millisecond, Version: "test"})
	if err != nil {
		t.Fatal(err)
	}
	defer srv.Close()
	rctx, stop := context.WithCancel(ctx)
	defer stop()
	go srv.Run(rctx)
	if err := srv.Sync(ctx); err != nil {
		t.Fatal(err)
	}
	ts := httptest.NewServer(srv.Handler())
	defer ts.Close()
	w := &testWallet{n: n, key: simnode.KeyUser0 + 2}
	b := newBrowser(t, ts.URL, w)
	me := w.addr().Hex()

	// A new user opens the page: the pool's figures are the API's.
	b.open("/")
	if c := b.checkAmounts("#pool", "pool", getDoc(t, ts.URL+"/v1/pool")); c < 4 {
		t.Errorf("the overview shows %d amounts, want at least 4", c)
	}
	charts := eval[int](b, `document.querySelectorAll('figure.chart svg path.line').length`)
	if charts < 5 {
		t.Errorf("%d charts drawn, want at least 5", charts)
	}
	b.shot("overview")

	// Connect the wallet, stake 12.5 ETH.
	b.run(chromedp.Click(chromedp.CSS("#connect")), chromedp.WaitVisible(chromedp.CSS("#wallet-address")))
	b.goTo("/stake")
	b.checkAmounts("#balances", "account", getDoc(t, ts.URL+"/v1/accounts/"+me))
	b.run(chromedp.SendKeys(chromedp.CSS("#stake-amount"), "12.5"), chromedp.Click(chromedp.CSS("#stake button[type=submit]")),
		chromedp.WaitVisible(chromedp.CSS("#stake-status.ok")))
	b.refresh("/stake")
	acct := getDoc(t, ts.URL+"/v1/accounts/"+me)
	b.checkAmounts("#balances", "account", acct)
	staked, _ := new(big.Int).SetString(acct["steth_balance_wei"].(string), 10)
	if d := new(big.Int).Sub(big.NewInt(0).Mul(big.NewInt(125), big.NewInt(1e17)), staked); d.Sign() < 0 || d.Cmp(big.NewInt(2)) > 0 {
		t.Errorf("after staking 12.5 ETH the stETH balance is %s", staked)
	}
	b.shot("stake")

	// A report: the balance grows on the page, without a reload.
	if _, err := n.Report(ctx, simnode.ReportOpts{APRBP: 450, ELRewards: big.NewInt(5e15)}); err != nil {
		t.Fatal(err)
	}
	grown := waitFor(t, b, `document.querySelector('#balances [data-field="account.steth_balance_wei"]').dataset.wei`, func(s string) bool {
		v, ok := new(big.Int).SetString(s, 10)
		return ok && v.Cmp(staked) > 0
	})
	t.Logf("stETH balance on the page: %s → %s after a report", staked, grown)

	// Request a withdrawal of 3 stETH: it appears with its estimate.
	b.run(chromedp.SendKeys(chromedp.CSS("#withdraw-amount"), "3"), chromedp.Click(chromedp.CSS("#withdraw button[type=submit]")),
		chromedp.WaitVisible(chromedp.CSS("#withdraw-status.ok")))
	b.refresh("/stake")
	b.run(chromedp.WaitVisible(chromedp.CSS("#requests tr[data-request]")))
	est := eval[string](b, `document.querySelector('#requests tr[data-request] td:nth-child(4)').textContent`)
	if !strings.Contains(est, "about") && !strings.Contains(est, "minutes") {
		t.Errorf("the pending request shows no estimated wait: %q", est)
	}
	b.shot("withdrawal-requested")

	// The next report finalizes it; claim it through the page.
	if _, err := n.Report(ctx, simnode.ReportOpts{APRBP: 300, Finalize: true}); err != nil {
		t.Fatal(err)
	}
	waitFor(t, b, `(document.querySelector('button.claim') || {}).textContent || ''`, func(s string) bool { return strings.HasPrefix(s, "Claim") })
	b.shot("claimable")
	before := getDoc(t, ts.URL+"/v1/accounts/"+me)["eth_balance_wei"].(string)
	b.run(chromedp.Click(chromedp.CSS("button.claim")))
	waitFor(t, b, `document.body.dataset.ready + ':' + document.querySelectorAll('#requests tr[data-request]').length`, func(s string) bool { return s == "/stake:0" })
	after := getDoc(t, ts.URL+"/v1/accounts/"+me)
	if bigOf(t, after["eth_balance_wei"].(string)).Cmp(bigOf(t, before)) <= 0 {
		t.Errorf("claiming did not raise the ETH balance: %s → %s", before, after["eth_balance_wei"])
	}
	b.refresh("/stake")
	b.checkAmounts("#balances", "account", getDoc(t, ts.URL+"/v1/accounts/"+me))

	// Every page, numbers against the API, at desktop width.
	b.goTo("/account/" + me)
	rows := eval[int](b, `document.querySelectorAll('table.statement tbody tr').length`)
	if rows < 4 {
		t.Errorf("the statement shows %d rows", rows)
	}
	b.checkAmounts("main", "account", getDoc(t, ts.URL+"/v1/accounts/"+me))
	b.checkAmounts("main", "statement", getDoc(t, ts.URL+"/v1/accounts/"+me+"/statement"))
	b.shot("account")
	for _, p := range []string{"/operators", "/operators/0", "/oracle", "/governance"} {
		b.goTo(p)
		b.shot(strings.ReplaceAll(strings.Trim(p, "/"), "/", "-"))
	}
	ops := getDoc(t, ts.URL+"/v1/operators")["operators"].([]any)
	b.goTo("/operators")
	for _, o := range ops {
		m := o.(map[string]any)
		wei := eval[string](b, fmt.Sprintf(`document.querySelector('tr[data-operator="%v"] [data-field]').dataset.wei`, m["id"]))
		if wei != m["reward_steth_now_wei"] {
			t.Errorf("operator %v rewards: page %s, API %s", m["id"], wei, m["reward_steth_now_wei"])
		}
	}
	b.goTo("/oracle")
	reports := eval[int](b, `document.querySelectorAll('article.report').length`)
	if reports != 7 {
		t.Errorf("the oracle page shows %d reports, want 7", reports)
	}

	// Phone width: the same pages fit without sideways scrolling.
	b.run(chromedp.EmulateViewport(390, 844, chromedp.EmulateScale(2), chromedp.EmulateMobile))
	for _, p := range []string{"/", "/stake", "/account/" + me, "/operators", "/oracle", "/governance"} {
		b.goTo(p)
		overflow := eval[int](b, `document.documentElement.scrollWidth - window.innerWidth`)
		if overflow > 0 {
			t.Errorf("%s at phone width is %d px wider than the screen", p, overflow)
		}
		name := "phone-" + strings.ReplaceAll(strings.Trim(p, "/"), "/", "-")
		if p == "/" {
			name = "phone-overview"
		}
		if strings.HasPrefix(p, "/account/") {
			name = "phone-account"
		}
		b.shot(name)
	}
	// Paused staking and bunker mode are said plainly on every page.
	b.run(chromedp.EmulateViewport(1280, 900))
	if err := n.Govern(ctx, "pauseStaking"); err != nil {
		t.Fatal(err)
	}
	if _, err := n.Report(ctx, simnode.ReportOpts{Bunker: true}); err != nil {
		t.Fatal(err)
	}
	if err := srv.Sync(ctx); err != nil {
		t.Fatal(err)
	}
	b.refresh("/")
	banner := eval[string](b, `[...document.querySelectorAll('#banner [data-state]')].map((e) => e.dataset.state).join(',')`)
	if banner != "bunker,paused" {
		t.Errorf("the banner shows %q, want bunker and paused", banner)
	}
	b.shot("bunker-and-paused")

	b.mu.Lock()
	defer b.mu.Unlock()
	for _, e := range b.errors {
		t.Errorf("browser console: %s", e)
	}
	t.Logf("screenshots: %s", strings.Join(b.shots, " "))
}

// waitFor evaluates js until ok accepts its (string) value.
func waitFor(t *testing.T, b *browser, js string, ok func(string) bool) string {
	t.Helper()
	deadline := time.Now().Add(30 * time.Second)
	var v string
	for time.Now().Before(deadline) {
		v, _ = chromedp.Run(b.ctx, chromedp.Evaluate[string](js))
		if ok(v) {
			return v
		}
		time.Sleep(200 * time.Millisecond)
	}
	t.Fatalf("waiting for %s: last %q (console errors: %v)", js, v, b.errors)
	return v
}

// TestSelectorsMatchABI: the function selectors the app sends (lib.js)
// are the contracts' (keccak-256 of the ABI signatures).
func TestSelectorsMatchABI(t *testing.T) {
	src, err := fs.ReadFile(web.Files(), "lib.js")
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]*bind.MetaData{"submit": bindings.PoolMetaData, "wrap": bindings.WstETHMetaData, "unwrap": bindings.WstETHMetaData,
		"requestWithdrawals": bindings.WithdrawalQueueMetaData, "claimWithdrawal": bindings.WithdrawalQueueMetaData}
	for name, md := range want {
		a, err := md.GetAbi()
		if err != nil {
			t.Fatal(err)
		}
		m, ok := a.Methods[name]
		if !ok {
			t.Fatalf("%s is not in the ABI", name)
		}
		line := fmt.Sprintf("%s: '%s',", name, hexutil.Encode(m.ID))
		if !strings.Contains(string(src), line) {
			t.Errorf("lib.js lacks %q (%s)", line, m.Sig)
		}
	}
}
