package readapi_test

import (
	"encoding/json"
	"io"
	"net/http"
	"net/url"
	"strings"
	"testing"
)

// FuzzAPI sends arbitrary path suffixes and queries to every route: the
// answer is never a 5xx, and every refusal carries a code and a message.
func FuzzAPI(f *testing.F) {
	for _, s := range []string{"/v1/pool", "/v1/accounts/0x0000000000000000000000000000000000000001", "/v1/accounts/0xZZ/statement?format=csv",
		"/v1/withdrawals/1", "/v1/withdrawals?owner=0x12&status=x&limit=0", "/v1/withdrawals/estimate?amount=1.5eth", "/v1/operators/18446744073709551616",
		"/v1/oracle/reports?limit=-1", "/v1/pool/history?points=3", "/v1/governance", "/v1/apr", "/v1/contracts", "/%00", "/v1/accounts//statement"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, path string) {
		if strings.HasPrefix(path, "/v1/events") || strings.HasPrefix(path, "/metrics") {
			return // a stream, and the Prometheus page
		}
		fx := setup(t)
		u, err := url.Parse(fx.ts.URL + "/" + strings.TrimLeft(path, "/"))
		if err != nil {
			return
		}
		resp, err := http.Get(u.String())
		if err != nil {
			return // a URL the client refuses to send
		}
		b, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		if resp.StatusCode >= 500 {
			t.Fatalf("GET %s: %d %s", u, resp.StatusCode, b)
		}
		if resp.StatusCode >= 400 && strings.HasPrefix(u.Path, "/v1/") {
			var e struct {
				Error struct{ Code, Message string } `json:"error"`
			}
			if json.Unmarshal(b, &e) != nil || e.Error.Code == "" || e.Error.Message == "" {
				t.Fatalf("GET %s: %d without an error code: %s", u, resp.StatusCode, b)
			}
		}
	})
}
