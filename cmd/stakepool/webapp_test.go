package main

import (
	"context"
	"encoding/json"
	"io"
	"math/big"
	"net/http"
	"strings"
	"testing"

	"github.com/chromedp/chromedp"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"

	"github.com/stakepool/stakepool/web/webtest"
)

// TestWebAppOnDevnet is issue 17's "done when" on the real binary: a new
// user opens the devnet's page, connects the test wallet (a dev account's
// key from dev-accounts.json), stakes through the page, and sees the
// balance grow on the page after the chain advances and the oracle
// reports; the page's amounts equal the API's; no console errors.
func TestWebAppOnDevnet(t *testing.T) {
	webtest.ChromiumPath(t) // skips (or fails in CI) without a browser
	bin := buildStakepool(t)
	p := startDevnet(t, bin, t.TempDir())
	defer p.stop(t)
	accounts := p.accounts(t)
	key, err := crypto.HexToECDSA(strings.TrimPrefix(accounts[3].PrivateKey, "0x"))
	if err != nil {
		t.Fatal(err)
	}
	el, err := ethclient.Dial("http://" + p.rpc)
	if err != nil {
		t.Fatal(err)
	}
	defer el.Close()
	id, err := el.ChainID(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	w := &webtest.Wallet{Client: el, Key: key, ChainID: id}
	me := w.Address().Hex()
	base := "http://" + p.http
	br := webtest.New(t, base, w)

	br.Open("/")
	br.Shot("devnet-overview")
	br.Run(chromedp.Click(chromedp.CSS("#connect")), chromedp.WaitVisible(chromedp.CSS("#wallet-address")))
	br.GoTo("/stake")
	br.Run(chromedp.SendKeys(chromedp.CSS("#stake-amount"), "40"), chromedp.Click(chromedp.CSS("#stake button[type=submit]")),
		chromedp.WaitVisible(chromedp.CSS("#stake-status.ok")))
	doc := checkSteady(t, br, "/stake", "#balances", "account", base+"/v1/accounts/"+me)
	staked := wei(t, doc["steth_balance_wei"].(string))
	if staked.Cmp(new(big.Int).Mul(big.NewInt(399), big.NewInt(1e17))) < 0 {
		t.Fatalf("after staking 40 ETH through the page the API shows %s stETH", staked)
	}
	br.Shot("devnet-staked")
	p.advance(t, 10) // two oracle frames and more: a report with rewards
	grown := webtest.WaitFor(t, br, `document.querySelector('#balances [data-field="account.steth_balance_wei"]').dataset.wei`, func(s string) bool {
		v, ok := new(big.Int).SetString(s, 10)
		return ok && v.Cmp(staked) > 0
	})
	checkSteady(t, br, "/stake", "#balances", "account", base+"/v1/accounts/"+me)
	br.Shot("devnet-grown")
	t.Logf("stETH on the devnet's page: %s → %s after the chain advanced", staked, grown)
	for _, e := range br.Errors() {
		t.Errorf("browser console: %s", e)
	}
}

// checkSteady refreshes the page and checks its amounts against the API's,
// at a moment when the API gave the same amounts just before and just
// after the refresh: the devnet makes a block every 100 ms, and a report
// landing between the page's read and the test's is not a disagreement.
// It returns the API's document.
func checkSteady(t *testing.T, br *webtest.Browser, route, scope, prefix, url string) map[string]any {
	t.Helper()
	for range 10 {
		before := apiDoc(t, url)
		br.Refresh(route)
		after := apiDoc(t, url)
		same := true
		for field := range br.Amounts(scope) {
			if name, ok := strings.CutPrefix(field, prefix+"."); ok && before[name] != after[name] {
				same = false
			}
		}
		if same {
			br.CheckAmounts(scope, prefix, after)
			return after
		}
	}
	t.Fatalf("the API's %s amounts changed across each of 10 refreshes of %s", prefix, route)
	return nil
}

func apiDoc(t *testing.T, url string) map[string]any {
	t.Helper()
	var m map[string]any
	if err := json.Unmarshal([]byte(httpGet(t, url)), &m); err != nil {
		t.Fatal(err)
	}
	return m
}

func httpGet(t *testing.T, url string) string {
	t.Helper()
	resp, err := http.Get(url)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	if resp.StatusCode != 200 {
		t.Fatalf("GET %s: %d %s", url, resp.StatusCode, b)
	}
	return string(b)
}
