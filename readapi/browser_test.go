package readapi_test

import (
	"context"
	"fmt"
	"io/fs"
	"math/big"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common/hexutil"

	"github.com/stakepool/stakepool/contracts/bindings"
	"github.com/stakepool/stakepool/readapi"
	"github.com/stakepool/stakepool/simnode"
	"github.com/stakepool/stakepool/web"
	"github.com/stakepool/stakepool/web/webtest"
)

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
	w := &webtest.Wallet{Client: n.Client, Key: n.Keys[simnode.KeyUser0+2], ChainID: n.ChainID}
	b := webtest.New(t, ts.URL, w)
	me := w.Address().Hex()

	// A new user opens the page: the pool's figures are the API's.
	b.Open("/")
	if c := b.CheckAmounts("#pool", "pool", getDoc(t, ts.URL+"/v1/pool")); c < 4 {
		t.Errorf("the overview shows %d amounts, want at least 4", c)
	}
	charts := webtest.Eval[int](b, `document.querySelectorAll('figure.chart svg path.line').length`)
	if charts < 5 {
		t.Errorf("%d charts drawn, want at least 5", charts)
	}
	b.Shot("overview")

	// Connect the wallet, stake 12.5 ETH.
	b.Run(chromedp.Click(chromedp.CSS("#connect")), chromedp.WaitVisible(chromedp.CSS("#wallet-address")))
	b.GoTo("/stake")
	b.CheckAmounts("#balances", "account", getDoc(t, ts.URL+"/v1/accounts/"+me))
	b.Run(chromedp.SendKeys(chromedp.CSS("#stake-amount"), "12.5"), chromedp.Click(chromedp.CSS("#stake button[type=submit]")),
		chromedp.WaitVisible(chromedp.CSS("#stake-status.ok")))
	b.Refresh("/stake")
	acct := getDoc(t, ts.URL+"/v1/accounts/"+me)
	b.CheckAmounts("#balances", "account", acct)
	staked, _ := new(big.Int).SetString(acct["steth_balance_wei"].(string), 10)
	if d := new(big.Int).Sub(big.NewInt(0).Mul(big.NewInt(125), big.NewInt(1e17)), staked); d.Sign() < 0 || d.Cmp(big.NewInt(2)) > 0 {
		t.Errorf("after staking 12.5 ETH the stETH balance is %s", staked)
	}
	b.Shot("stake")

	// A report: the balance grows on the page, without a reload.
	if _, err := n.Report(ctx, simnode.ReportOpts{APRBP: 450, ELRewards: big.NewInt(5e15)}); err != nil {
		t.Fatal(err)
	}
	grown := webtest.WaitFor(t, b, `document.querySelector('#balances [data-field="account.steth_balance_wei"]').dataset.wei`, func(s string) bool {
		v, ok := new(big.Int).SetString(s, 10)
		return ok && v.Cmp(staked) > 0
	})
	t.Logf("stETH balance on the page: %s → %s after a report", staked, grown)

	// Request a withdrawal of 3 stETH: it appears with its estimate.
	b.Run(chromedp.SendKeys(chromedp.CSS("#withdraw-amount"), "3"), chromedp.Click(chromedp.CSS("#withdraw button[type=submit]")),
		chromedp.WaitVisible(chromedp.CSS("#withdraw-status.ok")))
	b.Refresh("/stake")
	b.Run(chromedp.WaitVisible(chromedp.CSS("#requests tr[data-request]")))
	est := webtest.Eval[string](b, `document.querySelector('#requests tr[data-request] td:nth-child(4)').textContent`)
	if !strings.Contains(est, "about") && !strings.Contains(est, "minutes") {
		t.Errorf("the pending request shows no estimated wait: %q", est)
	}
	b.Shot("withdrawal-requested")

	// The next report finalizes it; claim it through the page.
	if _, err := n.Report(ctx, simnode.ReportOpts{APRBP: 300, Finalize: true}); err != nil {
		t.Fatal(err)
	}
	webtest.WaitFor(t, b, `(document.querySelector('button.claim') || {}).textContent || ''`, func(s string) bool { return strings.HasPrefix(s, "Claim") })
	b.Shot("claimable")
	before := getDoc(t, ts.URL+"/v1/accounts/"+me)["eth_balance_wei"].(string)
	b.Run(chromedp.Click(chromedp.CSS("button.claim")))
	webtest.WaitFor(t, b, `document.body.dataset.ready + ':' + document.querySelectorAll('#requests tr[data-request]').length`, func(s string) bool { return s == "/stake:0" })
	after := getDoc(t, ts.URL+"/v1/accounts/"+me)
	if bigOf(t, after["eth_balance_wei"].(string)).Cmp(bigOf(t, before)) <= 0 {
		t.Errorf("claiming did not raise the ETH balance: %s → %s", before, after["eth_balance_wei"])
	}
	b.Refresh("/stake")
	b.CheckAmounts("#balances", "account", getDoc(t, ts.URL+"/v1/accounts/"+me))

	// Every page, numbers against the API, at desktop width.
	b.GoTo("/account/" + me)
	rows := webtest.Eval[int](b, `document.querySelectorAll('table.statement tbody tr').length`)
	if rows < 4 {
		t.Errorf("the statement shows %d rows", rows)
	}
	b.CheckAmounts("main", "account", getDoc(t, ts.URL+"/v1/accounts/"+me))
	b.CheckAmounts("main", "statement", getDoc(t, ts.URL+"/v1/accounts/"+me+"/statement"))
	b.Shot("account")
	for _, p := range []string{"/operators", "/operators/0", "/oracle", "/governance"} {
		b.GoTo(p)
		b.Shot(strings.ReplaceAll(strings.Trim(p, "/"), "/", "-"))
	}
	ops := getDoc(t, ts.URL+"/v1/operators")["operators"].([]any)
	b.GoTo("/operators")
	for _, o := range ops {
		m := o.(map[string]any)
		wei := webtest.Eval[string](b, fmt.Sprintf(`document.querySelector('tr[data-operator="%v"] [data-field]').dataset.wei`, m["id"]))
		if wei != m["reward_steth_now_wei"] {
			t.Errorf("operator %v rewards: page %s, API %s", m["id"], wei, m["reward_steth_now_wei"])
		}
	}
	b.GoTo("/oracle")
	reports := webtest.Eval[int](b, `document.querySelectorAll('article.report').length`)
	if reports != 7 {
		t.Errorf("the oracle page shows %d reports, want 7", reports)
	}

	// Phone width: the same pages fit without sideways scrolling.
	b.Run(chromedp.EmulateViewport(390, 844, chromedp.EmulateScale(2), chromedp.EmulateMobile))
	for _, p := range []string{"/", "/stake", "/account/" + me, "/operators", "/oracle", "/governance"} {
		b.GoTo(p)
		overflow := webtest.Eval[int](b, `document.documentElement.scrollWidth - window.innerWidth`)
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
		b.Shot(name)
	}
	// Paused staking and bunker mode are said plainly on every page.
	b.Run(chromedp.EmulateViewport(1280, 900))
	if err := n.Govern(ctx, "pauseStaking"); err != nil {
		t.Fatal(err)
	}
	if _, err := n.Report(ctx, simnode.ReportOpts{Bunker: true}); err != nil {
		t.Fatal(err)
	}
	if err := srv.Sync(ctx); err != nil {
		t.Fatal(err)
	}
	b.Refresh("/")
	banner := webtest.Eval[string](b, `[...document.querySelectorAll('#banner [data-state]')].map((e) => e.dataset.state).join(',')`)
	if banner != "bunker,paused" {
		t.Errorf("the banner shows %q, want bunker and paused", banner)
	}
	b.Shot("bunker-and-paused")

	// The stakers' veto and the emergency pause: the user locks 5 stETH in
	// the escrow, the committee pauses staking; the governance page shows
	// the support against the seals, the state and the extension as the
	// API has them, the overview says until when staking is paused.
	if err := n.LockStETH(ctx, simnode.KeyUser0+2, big.NewInt(5e18)); err != nil {
		t.Fatal(err)
	}
	if err := n.Seal(ctx, 1); err != nil {
		t.Fatal(err)
	}
	if err := srv.Sync(ctx); err != nil {
		t.Fatal(err)
	}
	b.Refresh("/")
	emergency := webtest.Eval[string](b, `(document.querySelector('#banner [data-state="emergency-pause"]') || {}).textContent || ''`)
	if !strings.Contains(emergency, "Staking paused until") || !strings.Contains(emergency, "emergency committee") {
		t.Errorf("the banner says %q, want staking paused until … by the emergency committee", emergency)
	}
	b.Shot("emergency-pause")
	b.GoTo("/governance")
	gov := getDoc(t, ts.URL+"/v1/governance")
	esc := gov["veto_escrow"].(map[string]any)
	if c := b.CheckAmounts("#escrow", "escrow", esc); c != 4 {
		t.Errorf("the escrow shows %d amounts, want 4", c)
	}
	shown := webtest.Eval[string](b, `[document.querySelector('#escrow').dataset.state, document.querySelector('#escrow .support').dataset.bp,
		document.querySelector('#escrow-extension').dataset.seconds, document.querySelector('#pause').dataset.state].join(',')`)
	if want := fmt.Sprintf("%v,%v,%v,paused", esc["state"], esc["support_bp"], esc["timelock_extension_seconds"]); shown != want || esc["state"] != "veto" {
		t.Errorf("the governance page shows state,support,extension,pause %q; the API %q (want the veto state)", shown, want)
	}
	b.Shot("governance-escrow")
	b.GoTo("/account/" + me)
	lock, _ := getDoc(t, ts.URL+"/v1/accounts/"+me)["veto_escrow"].(map[string]any)
	if c := b.CheckAmounts("main", "account_escrow", lock); c != 1 {
		t.Errorf("the account page shows %d escrow amounts, want 1 (the API's lock: %v)", c, lock)
	}
	b.Shot("account-escrow")
	b.Run(chromedp.EmulateViewport(390, 844, chromedp.EmulateScale(2), chromedp.EmulateMobile))
	b.GoTo("/governance")
	if overflow := webtest.Eval[int](b, `document.documentElement.scrollWidth - window.innerWidth`); overflow > 0 {
		t.Errorf("/governance with the escrow at phone width is %d px wider than the screen", overflow)
	}
	b.Shot("phone-governance-escrow")

	for _, e := range b.Errors() {
		t.Errorf("browser console: %s", e)
	}
	t.Logf("screenshots: %s", strings.Join(b.Shots(), " "))
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
