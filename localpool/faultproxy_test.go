package localpool

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/http/httputil"
	"net/url"
	"strings"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"
)

// faultProxy stands between a service and a node (Beacon API or JSON-RPC)
// and injects the faults a real node shows: refusing (503), hanging until
// the client gives up, saying it is syncing, lying about finality, being
// on a branch of the chain that the others reorganize away.
type faultProxy struct {
	target *url.URL
	rp     *httputil.ReverseProxy

	mu sync.Mutex
	// down answers 503 to everything.
	down bool
	// hang holds every request this long before passing it on.
	hang time.Duration
	// syncing makes the node say it is syncing (Beacon API
	// /eth/v1/node/syncing; JSON-RPC eth_syncing).
	syncing bool
	// finalizedEpoch, when set, replaces the finalized checkpoint's epoch
	// in /eth/v1/beacon/states/*/finality_checkpoints (a lying or lagging
	// beacon node).
	finalizedEpoch *uint64
	// lagBlock, when set, makes the execution node's head that block: a
	// node restarted behind the chain ("latest" in eth_getBlockByNumber
	// and eth_blockNumber answer it).
	lagBlock *uint64
	// forkMix, when set, puts the node on a branch of its own: every block
	// eth_getBlockByNumber answers carries this prevRandao (mixHash), so
	// its header hashes to a block the rest of the chain does not have — a
	// node that followed a head the others reorganized away.
	forkMix *common.Hash
	// requests counts what passed through.
	requests int
}

func newFaultProxy(target string) *faultProxy {
	u, err := url.Parse(target)
	if err != nil {
		panic(err)
	}
	return &faultProxy{target: u, rp: httputil.NewSingleHostReverseProxy(u)}
}

func (f *faultProxy) set(fn func(f *faultProxy)) {
	f.mu.Lock()
	defer f.mu.Unlock()
	fn(f)
}

func (f *faultProxy) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	f.mu.Lock()
	down, hang, syncing, fin, lag, mix := f.down, f.hang, f.syncing, f.finalizedEpoch, f.lagBlock, f.forkMix
	f.requests++
	f.mu.Unlock()
	if mix != nil && !down && r.Method == http.MethodPost {
		if f.serveFork(w, r, *mix) {
			return
		}
	}
	if lag != nil && !down && r.Method == http.MethodPost {
		body, _ := io.ReadAll(r.Body)
		var req struct {
			ID     json.RawMessage `json:"id"`
			Method string          `json:"method"`
		}
		json.Unmarshal(body, &req)
		switch req.Method {
		case "eth_blockNumber":
			w.Header().Set("Content-Type", "application/json")
			fmt.Fprintf(w, `{"jsonrpc":"2.0","id":%s,"result":"0x%x"}`, req.ID, *lag)
			return
		case "eth_getBlockByNumber":
			body = bytes.Replace(body, []byte(`"latest"`), []byte(fmt.Sprintf(`"0x%x"`, *lag)), 1)
		}
		r.Body = io.NopCloser(bytes.NewReader(body))
		r.ContentLength = int64(len(body))
	}
	if hang > 0 {
		select {
		case <-r.Context().Done():
			return
		case <-time.After(hang):
		}
	}
	if down {
		http.Error(w, `{"code":503,"message":"node unavailable (fault injected)"}`, http.StatusServiceUnavailable)
		return
	}
	if syncing && r.URL.Path == "/eth/v1/node/syncing" {
		w.Header().Set("Content-Type", "application/json")
		io.WriteString(w, `{"data":{"head_slot":"1","sync_distance":"1000","is_syncing":true,"is_optimistic":false,"el_offline":false}}`)
		return
	}
	if syncing && r.Method == http.MethodPost && r.URL.Path == "/" || syncing && r.URL.Path == "" {
		body, _ := io.ReadAll(r.Body)
		if bytes.Contains(body, []byte(`"eth_syncing"`)) {
			var req struct {
				ID json.RawMessage `json:"id"`
			}
			json.Unmarshal(body, &req)
			w.Header().Set("Content-Type", "application/json")
			fmt.Fprintf(w, `{"jsonrpc":"2.0","id":%s,"result":{"startingBlock":"0x0","currentBlock":"0x1","highestBlock":"0x1000"}}`, req.ID)
			return
		}
		r.Body = io.NopCloser(bytes.NewReader(body))
		r.ContentLength = int64(len(body))
	}
	if fin != nil && strings.HasSuffix(r.URL.Path, "/finality_checkpoints") {
		rec := &recorder{header: http.Header{}}
		f.rp.ServeHTTP(rec, r)
		var doc map[string]any
		if rec.status == http.StatusOK && json.Unmarshal(rec.body.Bytes(), &doc) == nil {
			if data, ok := doc["data"].(map[string]any); ok {
				if cp, ok := data["finalized"].(map[string]any); ok {
					cp["epoch"] = fmt.Sprint(*fin)
				}
			}
			b, _ := json.Marshal(doc)
			w.Header().Set("Content-Type", "application/json")
			w.Write(b)
			return
		}
		for k, v := range rec.header {
			w.Header()[k] = v
		}
		w.WriteHeader(rec.status)
		w.Write(rec.body.Bytes())
		return
	}
	f.rp.ServeHTTP(w, r)
}

// serveFork answers an eth_getBlockByNumber call with the block's
// prevRandao replaced by mix (reporting whether it answered); other calls
// pass on untouched.
func (f *faultProxy) serveFork(w http.ResponseWriter, r *http.Request, mix common.Hash) bool {
	body, _ := io.ReadAll(r.Body)
	r.Body = io.NopCloser(bytes.NewReader(body))
	r.ContentLength = int64(len(body))
	if !bytes.Contains(body, []byte(`"eth_getBlockByNumber"`)) {
		return false
	}
	rec := &recorder{header: http.Header{}}
	f.rp.ServeHTTP(rec, r)
	var doc map[string]any
	if rec.status != http.StatusOK || json.Unmarshal(rec.body.Bytes(), &doc) != nil {
		for k, v := range rec.header {
			w.Header()[k] = v
		}
		w.WriteHeader(rec.status)
		w.Write(rec.body.Bytes())
		return true
	}
	if block, ok := doc["result"].(map[string]any); ok {
		block["mixHash"] = mix.Hex()
	}
	b, _ := json.Marshal(doc)
	w.Header().Set("Content-Type", "application/json")
	w.Write(b)
	return true
}

type recorder struct {
	header http.Header
	status int
	body   bytes.Buffer
}

func (r *recorder) Header() http.Header { return r.header }
func (r *recorder) Write(b []byte) (int, error) {
	if r.status == 0 {
		r.status = http.StatusOK
	}
	return r.body.Write(b)
}
func (r *recorder) WriteHeader(s int) { r.status = s }
