package bench

import (
	"bytes"
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/crypto"

	"github.com/stakepool/stakepool/protocol"
)

// TestNodeBenchCountsFailures runs the node bench's load generator (the
// raw HTTP/1.1 client) against a small node: applied transactions are
// counted, and a replayed one (BAD_NONCE), single or in a batch, is counted
// as failed with its answer, never as applied.
func TestNodeBenchCountsFailures(t *testing.T) {
	o := benchNodeOpts{txs: 64, accounts: 8, clients: 2, batch: 4, rate: 200, latencyFor: 100 * time.Millisecond, maxTime: time.Minute, slot: 50 * time.Millisecond}
	b, err := newNodeBench(o, t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	defer b.close()
	if err := b.sign(4, 2); err != nil {
		t.Fatal(err)
	}
	// A whole latency phase: nothing fails.
	var lf failures
	lat, dropped, err := b.latency(2, &lf)
	if err != nil || lf.n.Load() != 0 || len(lat) == 0 {
		t.Fatalf("latency phase: %d acknowledged, %d dropped, %d failed (%s), %v", len(lat), dropped, lf.n.Load(), lf.String(), err)
	}
	// An account the phase used: its nonce 0 again is a replay.
	a, next := -1, 0
	b.n.View(func(s *protocol.State) {
		for i, k := range b.keys {
			if n := int(s.Account(crypto.PubkeyToAddress(k.PublicKey)).Nonce); n >= 1 && n < 4 {
				a, next = i, n
				return
			}
		}
	})
	if a < 0 {
		t.Fatal("no account was used")
	}
	c := &rawClient{addr: b.host}
	defer c.close()
	code, body, err := c.do(b.single[a].at(0))
	if err != nil || code != http.StatusConflict || bytes.Contains(body, []byte(`"status":"applied"`)) || !bytes.Contains(body, []byte("BAD_NONCE")) {
		t.Fatalf("replayed single: %v %d %s", err, code, body)
	}
	var f failures
	if n := b.postBatch(c, [][]byte{b.signed[a].at(next), b.signed[a].at(0)}, &f); n != 1 || f.n.Load() != 1 || !strings.Contains(f.String(), "BAD_NONCE") {
		t.Fatalf("batch with a replay: applied %d, failed %d (%s)", n, f.n.Load(), f.String())
	}
}
