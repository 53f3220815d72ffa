package bench

import (
	"bytes"
	"net/http"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/crypto"

	"github.com/stakepool/stakepool/api"
	"github.com/stakepool/stakepool/protocol"
)

// latencyWorkers is the number of connections (and so of requests in
// flight) of the single-request latency phase.
const latencyWorkers = 256

// latency offers single POST /v1/tx requests at a fixed rate (open loop)
// for o.latencyFor, each from an idle account (one request in flight per
// account, so nonces stay in order; an arrival that finds every account
// busy is dropped and counted). A fixed pool of client goroutines, each
// with its own kept-alive connection (opened before the clock starts),
// sends them; a request's latency runs from its scheduled arrival to the
// durable answer, so time spent waiting for a free client counts. An
// answer other than 200 with status "applied" is counted in f.
func (b *nodeBench) latency(limit int, f *failures) ([]time.Duration, int, error) {
	cs, err := b.clients(latencyWorkers)
	if err != nil {
		return nil, 0, err
	}
	defer closeAll(cs)
	idle := make(chan int, len(b.keys))
	nonces := make([]int, len(b.keys))
	for i := range b.keys {
		idle <- i
	}
	interval := time.Second / time.Duration(b.o.rate)
	total := int(b.o.latencyFor / interval)
	type job struct {
		a   int
		req []byte
		due time.Time
	}
	jobs := make(chan job, total)
	lats := make([][]time.Duration, len(cs))
	var wg sync.WaitGroup
	for w, c := range cs {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := range jobs {
				code, rb, err := c.do(j.req)
				d := time.Since(j.due)
				ok := err == nil && code == http.StatusOK && bytes.Contains(rb, []byte(`"status":"applied"`))
				if !ok {
					f.add(1, "tx: %v %d %.300s", err, code, rb)
				}
				idle <- j.a
				if ok {
					lats[w] = append(lats[w], d)
				}
			}
		}()
	}
	dropped := 0
	start := time.Now()
	for i := 0; i < total; i++ {
		due := start.Add(time.Duration(i) * interval)
		if d := time.Until(due); d > 0 {
			time.Sleep(d)
		}
		var a int
		select {
		case a = <-idle:
		default:
			dropped++ // every account busy: the node is not keeping up
			continue
		}
		if nonces[a] >= limit {
			idle <- a
			dropped++
			continue
		}
		jobs <- job{a: a, req: b.single[a].at(nonces[a]), due: due}
		nonces[a]++
	}
	close(jobs)
	wg.Wait()
	var lat []time.Duration
	for _, l := range lats {
		lat = append(lat, l...)
	}
	return lat, dropped, nil
}

// latencyBatched offers transactions at the same fixed rate (open loop:
// each has a scheduled arrival time), spread over o.clients clients by
// account (so that an account's nonces stay in order); a client sends
// everything that arrived while its previous request was out as one
// POST /v1/txs, at once when idle. A transaction's latency runs from its
// scheduled arrival to the answer that says it is durable, so time spent
// waiting in a client counts. It returns the latencies and the number
// offered beyond the pre-signed budget (limit nonces per account);
// transactions not applied are counted in f.
func (b *nodeBench) latencyBatched(limit int, f *failures) ([]time.Duration, int, error) {
	conns, err := b.clients(b.o.clients)
	if err != nil {
		return nil, 0, err
	}
	defer closeAll(conns)
	type arrival struct {
		body []byte
		due  time.Time
	}
	type client struct {
		mu   sync.Mutex
		q    []arrival
		wake chan struct{}
		lat  []time.Duration
	}
	next := make([]int, len(b.keys))
	b.n.View(func(s *protocol.State) {
		for i, k := range b.keys {
			next[i] = int(s.Account(crypto.PubkeyToAddress(k.PublicKey)).Nonce)
		}
	})
	cs := make([]*client, b.o.clients)
	for i := range cs {
		cs[i] = &client{wake: make(chan struct{}, 1)}
	}
	done := make(chan struct{})
	var wg sync.WaitGroup
	for ci, c := range cs {
		wg.Add(1)
		go func() {
			defer wg.Done()
			var bodies [][]byte
			for {
				c.mu.Lock()
				batch := c.q[:min(len(c.q), api.MaxBatchTxs)]
				c.q = c.q[len(batch):]
				c.mu.Unlock()
				if len(batch) == 0 {
					select {
					case <-c.wake:
						continue
					case <-done:
						c.mu.Lock()
						empty := len(c.q) == 0
						c.mu.Unlock()
						if empty {
							return
						}
						continue
					}
				}
				bodies = bodies[:0]
				for _, a := range batch {
					bodies = append(bodies, a.body)
				}
				ok := b.postBatch(conns[ci], bodies, f)
				now := time.Now()
				if ok != len(batch) {
					continue // counted in f; none of the batch's latencies is kept
				}
				for _, a := range batch {
					c.lat = append(c.lat, now.Sub(a.due))
				}
			}
		}()
	}
	interval := time.Second / time.Duration(b.o.rate)
	total := int(b.o.latencyFor / interval)
	over := 0
	start := time.Now()
	for i := 0; i < total; i++ {
		due := start.Add(time.Duration(i) * interval)
		if d := time.Until(due); d > 0 {
			time.Sleep(d)
		}
		a := i % len(b.keys)
		if next[a] >= limit {
			over++
			continue
		}
		c := cs[a%len(cs)]
		c.mu.Lock()
		c.q = append(c.q, arrival{body: b.signed[a].at(next[a]), due: due})
		c.mu.Unlock()
		next[a]++
		select {
		case c.wake <- struct{}{}:
		default:
		}
	}
	close(done)
	wg.Wait()
	var lat []time.Duration
	for _, c := range cs {
		lat = append(lat, c.lat...)
	}
	return lat, over, nil
}
