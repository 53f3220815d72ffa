// Package webtest drives the web app in a real browser for tests:
// Debian's Chromium through chromedp, with an injected EIP-1193 test
// wallet whose requests a dev key answers in Go (exposed to the page by
// chromedp.ExposeFunc, so the page's CSP is untouched), console errors
// collected, screenshots written to the test's artifact directory. Test
// helper: never linked into the binary.
package webtest

import (
	"context"
	"crypto/ecdsa"
	"encoding/json"
	"errors"
	"fmt"
	"math/big"
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
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"
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

// Wallet answers the provider's requests: accounts and chain id itself,
// transactions signed with Key and sent through Client, everything else
// passed to the node.
type Wallet struct {
	Client  *ethclient.Client
	Key     *ecdsa.PrivateKey
	ChainID *big.Int
	mu      sync.Mutex // one transaction at a time (nonces)
}

// Address is the wallet's account.
func (w *Wallet) Address() common.Address { return crypto.PubkeyToAddress(w.Key.PublicKey) }

func (w *Wallet) handle(ctx context.Context, c walletCall) (any, error) {
	switch c.Method {
	case "eth_requestAccounts", "eth_accounts":
		return []string{strings.ToLower(w.Address().Hex())}, nil // as wallets do: lowercase
	case "eth_chainId":
		return hexutil.EncodeBig(w.ChainID), nil
	case "wallet_switchEthereumChain":
		var p struct {
			ChainID string `json:"chainId"`
		}
		if len(c.Params) == 1 && json.Unmarshal(c.Params[0], &p) == nil && p.ChainID == hexutil.EncodeBig(w.ChainID) {
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
		if tx.From != w.Address() {
			return nil, fmt.Errorf("unknown account %s", tx.From)
		}
		w.mu.Lock()
		defer w.mu.Unlock()
		nonce, err := w.Client.PendingNonceAt(ctx, tx.From)
		if err != nil {
			return nil, err
		}
		value := new(big.Int)
		if tx.Value != nil {
			value = tx.Value.ToInt()
		}
		gas, err := w.Client.EstimateGas(ctx, ethereum.CallMsg{From: tx.From, To: &tx.To, Data: tx.Data, Value: value})
		if err != nil {
			return nil, err
		}
		t := types.NewTx(&types.DynamicFeeTx{ChainID: w.ChainID, Nonce: nonce, GasTipCap: big.NewInt(1e9), GasFeeCap: big.NewInt(100e9),
			Gas: gas * 12 / 10, To: &tx.To, Value: value, Data: tx.Data})
		signed, err := types.SignTx(t, types.LatestSignerForChainID(w.ChainID), w.Key)
		if err != nil {
			return nil, err
		}
		if err := w.Client.SendTransaction(ctx, signed); err != nil {
			return nil, err
		}
		return signed.Hash().Hex(), nil
	}
	args := make([]any, len(c.Params))
	for i, p := range c.Params {
		args[i] = p
	}
	var raw json.RawMessage
	if err := w.Client.Client().CallContext(ctx, &raw, c.Method, args...); err != nil {
		return nil, err
	}
	return raw, nil
}

// browser is a headless Chromium tab with the test wallet, collecting
// console errors and screenshots.
type Browser struct {
	t      *testing.T
	ctx    context.Context
	base   string
	dir    string
	mu     sync.Mutex
	errors []string
	shots  []string
}

func ChromiumPath(t *testing.T) string {
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

func New(t *testing.T, base string, w *Wallet) *Browser {
	exe := ChromiumPath(t)
	opts := []chromedp.ExecAllocatorOption{
		chromedp.ExecPath(exe), chromedp.Headless, chromedp.NoSandbox, chromedp.DisableGPU, chromedp.NoFirstRun,
		chromedp.Flag("disable-quic", true), chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true), chromedp.Flag("disable-sync", true),
		chromedp.UserDataDir(t.TempDir()), chromedp.WindowSize(1280, 900),
	}
	actx, cancelA := chromedp.NewExecAllocator(context.Background(), opts...)
	ctx, cancelC := chromedp.NewContext(actx)
	t.Cleanup(func() { cancelC(); cancelA() })
	b := &Browser{t: t, ctx: ctx, base: base, dir: t.ArtifactDir()}
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

func (b *Browser) addError(s string) {
	b.mu.Lock()
	b.errors = append(b.errors, s)
	b.mu.Unlock()
}

func (b *Browser) Run(actions ...chromedp.Action[chromedp.Void]) {
	b.t.Helper()
	ctx, cancel := context.WithTimeout(b.ctx, 60*time.Second)
	defer cancel()
	if err := chromedp.Do(ctx, actions...); err != nil {
		b.failed(err)
	}
}

// failed ends the test with what the page shows (and a screenshot).
func (b *Browser) failed(err error) {
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
func Eval[T any](b *Browser, js string) T {
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
func (b *Browser) Open(route string) {
	b.t.Helper()
	b.Run(chromedp.Navigate(b.base+"/#"+route), chromedp.WaitReady(chromedp.CSS(fmt.Sprintf(`body[data-ready="%s"]`, route))))
}

// refresh re-renders the current route (through another one).
func (b *Browser) Refresh(route string) {
	b.t.Helper()
	b.GoTo("/governance")
	b.GoTo(route)
}

// go changes the route within the page (no reload: the wallet stays connected).
func (b *Browser) GoTo(route string) {
	b.t.Helper()
	b.Run(chromedp.Evaluate[chromedp.Void](fmt.Sprintf("location.hash = %q", "#"+route)),
		chromedp.WaitReady(chromedp.CSS(fmt.Sprintf(`body[data-ready="%s"]`, route))))
}

func (b *Browser) Shot(name string) {
	b.t.Helper()
	b.Run(chromedp.Sleep(150 * time.Millisecond))
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
func (b *Browser) Amounts(scope string) map[string]string {
	b.t.Helper()
	return Eval[map[string]string](b, fmt.Sprintf(`(() => { const m = {}; for (const e of document.querySelectorAll(%q)) { if (!(e.dataset.field in m)) m[e.dataset.field] = e.dataset.wei + "|" + e.textContent; } return m; })()`,
		scope+" [data-field]"))
}

// formatEth is the app's formatEth (lib.js): 4 decimals truncated,
// trailing zeros dropped, thousands separated; below 0.0001, 4
// significant digits, truncated.
func FormatEth(wei string) string {
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
func (b *Browser) CheckAmounts(scope, prefix string, doc map[string]any) int {
	b.t.Helper()
	n := 0
	for field, v := range b.Amounts(scope) {
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
		if wei != want || text != FormatEth(want) {
			b.t.Errorf("%s %s: page %s (%q), API %s (%q)", scope, field, wei, text, want, FormatEth(want))
		}
		n++
	}
	return n
}

// waitFor evaluates js until ok accepts its (string) value.
func WaitFor(t *testing.T, b *Browser, js string, ok func(string) bool) string {
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

// Errors are the console errors and exceptions seen so far.
func (b *Browser) Errors() []string {
	b.mu.Lock()
	defer b.mu.Unlock()
	return append([]string(nil), b.errors...)
}

// Shots are the screenshots' paths.
func (b *Browser) Shots() []string { return append([]string(nil), b.shots...) }
