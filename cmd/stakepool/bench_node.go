package main

import (
	"bytes"
	"context"
	"crypto/ecdsa"
	"encoding/json"
	"fmt"
	"io"
	"net"
	"net/http"
	"os"
	"runtime"
	"runtime/pprof"
	"sort"
	"sync"
	"sync/atomic"
	"time"

	"github.com/ethereum/go-ethereum/crypto"
	"github.com/holiman/uint256"
	"github.com/spf13/cobra"

	"github.com/stakepool/stakepool/api"
	"github.com/stakepool/stakepool/node"
	"github.com/stakepool/stakepool/node/request"
	"github.com/stakepool/stakepool/protocol"
	"github.com/stakepool/stakepool/protocol/protocoltest"
	"github.com/stakepool/stakepool/units"
)

type benchNodeOpts struct {
	txs, accounts, clients, batch int
	rate                          int
	latencyFor, maxTime           time.Duration
	slot                          time.Duration
	cpuProfile                    string
}

// nodeBench is a node with its API on a loopback port and pre-signed
// transactions for many accounts.
type nodeBench struct {
	o      benchNodeOpts
	n      *node.Node
	url    string
	keys   []*ecdsa.PrivateKey
	signed [][][]byte // per account, in nonce order
	hs     *http.Server
	hc     *http.Client
}

func newNodeBench(o benchNodeOpts, dir string) (*nodeBench, error) {
	b := &nodeBench{o: o}
	g := protocoltest.Genesis(0)
	g.Params.StakeLimitMax.Clear() // no staking rate limit: the bench measures the node
	g.Params.StakeLimitPerBlock.Clear()
	for i := 0; i < o.accounts; i++ {
		k, err := crypto.ToECDSA(crypto.Keccak256([]byte(fmt.Sprintf("stakepool bench node %d", i))))
		if err != nil {
			return nil, err
		}
		b.keys = append(b.keys, k)
		g.Alloc = append(g.Alloc, protocol.Allocation{Address: crypto.PubkeyToAddress(k.PublicKey), ETH: *units.Ether(1_000_000)})
	}
	n, err := node.Open(node.Config{Dir: dir, Genesis: g, Verifier: protocoltest.HashVerifier{}, Pool: devAddr("pool"), SlotTime: o.slot,
		MempoolSize: 1 << 20})
	if err != nil {
		return nil, err
	}
	b.n = n
	srv, err := api.New(api.Config{Node: n})
	if err != nil {
		n.Close()
		return nil, err
	}
	ln, err := net.Listen("tcp", "127.0.0.1:0") // loopback only
	if err != nil {
		n.Close()
		return nil, err
	}
	b.url = "http://" + ln.Addr().String()
	b.hs = srv.HTTPServer(ln.Addr().String())
	go b.hs.Serve(ln)
	b.hc = &http.Client{Transport: &http.Transport{MaxIdleConnsPerHost: 1024, MaxConnsPerHost: 0}, Timeout: 30 * time.Second}
	return b, nil
}

func (b *nodeBench) close() {
	b.hs.Close()
	b.n.Close()
}

// sign pre-signs per transactions for every account, nonces from 0.
func (b *nodeBench) sign(per int) error {
	d := b.n.Domain()
	b.signed = make([][][]byte, len(b.keys))
	var wg sync.WaitGroup
	var firstErr atomic.Value
	next := atomic.Int64{}
	for w := 0; w < runtime.GOMAXPROCS(0); w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for {
				i := int(next.Add(1) - 1)
				if i >= len(b.keys) {
					return
				}
				from := crypto.PubkeyToAddress(b.keys[i].PublicKey)
				out := make([][]byte, per)
				for j := range out {
					amt := uint256.NewInt(1e15)
					req, err := request.Sign(d, &protocol.Tx{Sender: from, Nonce: uint64(j), Cmd: protocol.Command{Kind: protocol.CmdSubmit, Amount: *amt}}, b.keys[i])
					if err != nil {
						firstErr.Store(err)
						return
					}
					out[j], _ = json.Marshal(req)
				}
				b.signed[i] = out
			}
		}()
	}
	wg.Wait()
	if err, ok := firstErr.Load().(error); ok {
		return err
	}
	return nil
}

func (b *nodeBench) post(path string, body []byte) (int, []byte, error) {
	resp, err := b.hc.Post(b.url+path, "application/json", bytes.NewReader(body))
	if err != nil {
		return 0, nil, err
	}
	defer resp.Body.Close()
	rb, err := io.ReadAll(resp.Body)
	return resp.StatusCode, rb, err
}

// throughput sends the pre-signed transactions from o.clients concurrent
// clients in batches (POST /v1/txs) of o.batch, each batch holding the
// next transaction of o.batch accounts; every answer means the batch is
// durably in the log. Round r sends nonce r of every account, so the next
// round starts when the previous one is answered. It returns applied
// transactions and the time taken.
func (b *nodeBench) throughput(from, upto int) (int, time.Duration, error) {
	var applied atomic.Int64
	var failed atomic.Value
	deadline := time.Now().Add(b.o.maxTime)
	sem := make(chan struct{}, b.o.clients)
	start := time.Now()
	for r := from; r < upto && time.Now().Before(deadline); r++ {
		var wg sync.WaitGroup
		for a := 0; a < len(b.keys); a += b.o.batch {
			end := min(a+b.o.batch, len(b.keys))
			var buf bytes.Buffer
			buf.WriteByte('[')
			for i := a; i < end; i++ {
				if i > a {
					buf.WriteByte(',')
				}
				buf.Write(b.signed[i][r])
			}
			buf.WriteByte(']')
			sem <- struct{}{}
			wg.Add(1)
			go func(body []byte, n int) {
				defer wg.Done()
				defer func() { <-sem }()
				code, rb, err := b.post("/v1/txs", body)
				if err != nil || code != 200 {
					failed.Store(fmt.Errorf("batch: %v %d %.200s", err, code, rb))
					return
				}
				// The answer is counted, not decoded: one "status" per
				// request, "applied" for those durably in the log (the
				// server writes compact JSON, each receipt's status once;
				// decoding every receipt would bill the client's JSON work
				// to the cores the node shares).
				ok := bytes.Count(rb, []byte(`"status":"applied"`))
				if all := bytes.Count(rb, []byte(`"status":`)); all != n {
					failed.Store(fmt.Errorf("batch of %d answered with %d results: %.200s", n, all, rb))
					return
				}
				applied.Add(int64(ok))
			}(buf.Bytes(), end-a)
		}
		wg.Wait()
	}
	took := time.Since(start)
	if err, ok := failed.Load().(error); ok {
		return int(applied.Load()), took, err
	}
	return int(applied.Load()), took, nil
}

// latency offers single POST /v1/tx requests at a fixed rate (open loop)
// for o.latencyFor, each from an idle account (one request in flight per
// account, so nonces stay in order; an arrival that finds every account
// busy is dropped and counted). A fixed pool of client goroutines on
// kept-alive connections (opened before the clock starts) sends them; a
// request's latency runs from its scheduled arrival to the durable answer,
// so time spent waiting for a free client counts.
func (b *nodeBench) latency(limit int) ([]time.Duration, int, error) {
	const workers = 256
	b.warm(workers)
	idle := make(chan int, len(b.keys))
	nonces := make([]int, len(b.keys))
	for i := range b.keys {
		idle <- i
	}
	interval := time.Second / time.Duration(b.o.rate)
	total := int(b.o.latencyFor / interval)
	type job struct {
		a    int
		body []byte
		due  time.Time
	}
	jobs := make(chan job, total)
	var mu sync.Mutex
	var lat []time.Duration
	var dropped atomic.Int64
	var failed atomic.Value
	var wg sync.WaitGroup
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := range jobs {
				code, rb, err := b.post("/v1/tx", j.body)
				d := time.Since(j.due)
				idle <- j.a
				if err != nil || code != 200 {
					failed.Store(fmt.Errorf("tx: %v %d %s", err, code, rb))
					continue
				}
				mu.Lock()
				lat = append(lat, d)
				mu.Unlock()
			}
		}()
	}
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
			dropped.Add(1) // every account busy: the node is not keeping up
			continue
		}
		if nonces[a] >= limit {
			idle <- a
			dropped.Add(1)
			continue
		}
		jobs <- job{a: a, body: b.signed[a][nonces[a]], due: due}
		nonces[a]++
	}
	close(jobs)
	wg.Wait()
	if err, ok := failed.Load().(error); ok {
		return lat, int(dropped.Load()), err
	}
	return lat, int(dropped.Load()), nil
}

// warm opens n kept-alive connections to the node (n concurrent requests),
// as long-running clients would have.
func (b *nodeBench) warm(n int) {
	var wg sync.WaitGroup
	start := make(chan struct{})
	for i := 0; i < n; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			<-start
			if resp, err := b.hc.Get(b.url + "/v1/status"); err == nil {
				io.Copy(io.Discard, resp.Body)
				resp.Body.Close()
			}
		}()
	}
	close(start)
	wg.Wait()
}

// latencyBatched offers transactions at the same fixed rate (open loop:
// each has a scheduled arrival time), spread over o.clients clients by
// account (so that an account's nonces stay in order); a client sends
// everything that arrived while its previous request was out as one
// POST /v1/txs, at once when idle. A transaction's latency runs from its
// scheduled arrival to the answer that says it is durable, so time spent
// waiting in a client counts. It returns the latencies and the number
// offered beyond the pre-signed budget (limit nonces per account).
func (b *nodeBench) latencyBatched(limit int) ([]time.Duration, int, error) {
	b.warm(b.o.clients)
	type arrival struct {
		body []byte
		due  time.Time
	}
	type client struct {
		mu   sync.Mutex
		q    []arrival
		wake chan struct{}
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
	var mu sync.Mutex
	var lat []time.Duration
	var failed atomic.Value
	done := make(chan struct{})
	var wg sync.WaitGroup
	for _, c := range cs {
		wg.Add(1)
		go func() {
			defer wg.Done()
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
				var body bytes.Buffer
				body.WriteByte('[')
				for i, a := range batch {
					if i > 0 {
						body.WriteByte(',')
					}
					body.Write(a.body)
				}
				body.WriteByte(']')
				code, rb, err := b.post("/v1/txs", body.Bytes())
				now := time.Now()
				if err != nil || code != 200 || bytes.Count(rb, []byte(`"status":"applied"`)) != len(batch) {
					failed.Store(fmt.Errorf("batch of %d: %v %d %.200s", len(batch), err, code, rb))
					continue
				}
				mu.Lock()
				for _, a := range batch {
					lat = append(lat, now.Sub(a.due))
				}
				mu.Unlock()
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
		c.q = append(c.q, arrival{body: b.signed[a][next[a]], due: due})
		c.mu.Unlock()
		next[a]++
		select {
		case c.wake <- struct{}{}:
		default:
		}
	}
	close(done)
	wg.Wait()
	if err, ok := failed.Load().(error); ok {
		return lat, over, err
	}
	return lat, over, nil
}

// logThroughput measures the sequencer and log alone: pre-authenticated
// transactions (no HTTP, no signature check) submitted in batches from
// o.clients goroutines, each answered once durable. It uses its own node.
func logThroughput(o benchNodeOpts, dir string) (float64, node.Stats, error) {
	g := protocoltest.Genesis(o.accounts)
	g.Params.StakeLimitMax.Clear()
	g.Params.StakeLimitPerBlock.Clear()
	n, err := node.Open(node.Config{Dir: dir, Genesis: g, Verifier: protocoltest.HashVerifier{}, SlotTime: o.slot, MempoolSize: 1 << 20})
	if err != nil {
		return 0, node.Stats{}, err
	}
	defer n.Close()
	rounds := max(1, o.txs/o.accounts)
	deadline := time.Now().Add(o.maxTime)
	start := time.Now()
	applied := 0
	for r := 0; r < rounds && time.Now().Before(deadline); r++ {
		var wg sync.WaitGroup
		var failed atomic.Value
		for a := 0; a < o.accounts; a += o.batch {
			var txs []*protocol.Tx
			for i := a; i < min(a+o.batch, o.accounts); i++ {
				txs = append(txs, &protocol.Tx{Sender: protocoltest.Addr(uint64(i + 1)), Nonce: uint64(r), Cmd: protocol.Command{Kind: protocol.CmdSubmit, Amount: *uint256.NewInt(1e15)}})
			}
			wg.Add(1)
			go func() {
				defer wg.Done()
				rs, err := n.SubmitMany(context.Background(), txs)
				if err != nil {
					failed.Store(err)
					return
				}
				for _, x := range rs {
					if x.Err != nil {
						failed.Store(x.Err)
						return
					}
				}
			}()
		}
		wg.Wait()
		if err, ok := failed.Load().(error); ok {
			return 0, node.Stats{}, err
		}
		applied += o.accounts
	}
	return float64(applied) / time.Since(start).Seconds(), n.Stats(), nil
}

// resync makes every account's pre-signed list start at the same nonce:
// accounts the latency phase used less are brought level with one batch
// each, so that the throughput rounds (nonce r of every account) stay in
// order. It returns the first common nonce.
func (b *nodeBench) resync() int {
	top := 0
	nonces := make([]int, len(b.keys))
	b.n.View(func(s *protocol.State) {
		for i, k := range b.keys {
			nonces[i] = int(s.Account(crypto.PubkeyToAddress(k.PublicKey)).Nonce)
			top = max(top, nonces[i])
		}
	})
	var body bytes.Buffer
	count := 0
	flush := func() {
		if count > 0 {
			body.WriteByte(']')
			b.post("/v1/txs", body.Bytes())
		}
		body.Reset()
		count = 0
	}
	for i := range b.keys {
		for n := nonces[i]; n < top; n++ {
			if count == 0 {
				body.WriteByte('[')
			} else {
				body.WriteByte(',')
			}
			body.Write(b.signed[i][n])
			count++
			if count == api.MaxBatchTxs {
				flush()
			}
		}
	}
	flush()
	return top
}

func profilePath(path, phase string) string {
	if path == "" {
		return ""
	}
	return path + "." + phase
}

// startProfile starts a CPU profile into path (none when empty).
func startProfile(path string) (func(), error) {
	if path == "" {
		return func() {}, nil
	}
	f, err := os.Create(path)
	if err != nil {
		return nil, err
	}
	if err := pprof.StartCPUProfile(f); err != nil {
		f.Close()
		return nil, err
	}
	return func() { pprof.StopCPUProfile(); f.Close() }, nil
}

func percentile(sorted []time.Duration, p float64) time.Duration {
	if len(sorted) == 0 {
		return 0
	}
	i := int(p * float64(len(sorted)-1))
	return sorted[i]
}

func runNodeBench(o benchNodeOpts, log io.Writer) ([]Figure, error) {
	dir, err := os.MkdirTemp("", "stakepool-bench-node-")
	if err != nil {
		return nil, err
	}
	defer os.RemoveAll(dir)
	b, err := newNodeBench(o, dir)
	if err != nil {
		return nil, err
	}
	defer b.close()
	rounds := max(1, o.txs/o.accounts)
	latencyTxs := int(float64(o.rate)*o.latencyFor.Seconds())/o.accounts + 2
	fmt.Fprintf(log, "bench node: signing %d transactions for %d accounts...\n", (rounds+2*latencyTxs)*o.accounts, o.accounts)
	if err := b.sign(rounds + 2*latencyTxs); err != nil {
		return nil, err
	}
	fmt.Fprintf(log, "bench node: latency at %d tx/s offered for %s...\n", o.rate, o.latencyFor)
	sl := b.n.Stats()
	stopLatProfile, err := startProfile(profilePath(o.cpuProfile, "latency"))
	if err != nil {
		return nil, err
	}
	lcpu0 := processCPU()
	lat, dropped, err := b.latency(latencyTxs)
	latCPU := processCPU() - lcpu0
	stopLatProfile()
	if err != nil {
		return nil, err
	}
	fmt.Fprintf(log, "bench node: latency at %d tx/s offered for %s, %d clients batching what arrived...\n", o.rate, o.latencyFor, o.clients)
	sb := b.n.Stats()
	bcpu0 := processCPU()
	blat, over, err := b.latencyBatched(2 * latencyTxs)
	bCPU := processCPU() - bcpu0
	if err != nil {
		return nil, err
	}
	sb1 := b.n.Stats()
	sort.Slice(blat, func(i, j int) bool { return blat[i] < blat[j] })
	// The next round of every account starts after the highest nonce the
	// latency phases may have used.
	if err := b.n.Seal(); err != nil {
		return nil, err
	}
	first := b.resync()
	s0 := b.n.Stats()
	fmt.Fprintf(log, "bench node: signed throughput over HTTP, %d clients, batches of %d...\n", o.clients, o.batch)
	stopProfile, err := startProfile(o.cpuProfile)
	if err != nil {
		return nil, err
	}
	cpu0 := processCPU()
	applied, took, err := b.throughput(first, first+rounds)
	cpuUsed := processCPU() - cpu0
	stopProfile()
	if err != nil {
		return nil, err
	}
	s1 := b.n.Stats()
	fmt.Fprintf(log, "bench node: log throughput (pre-authenticated, no HTTP)...\n")
	logDir, err := os.MkdirTemp("", "stakepool-bench-log-")
	if err != nil {
		return nil, err
	}
	defer os.RemoveAll(logDir)
	logTPS, logStats, err := logThroughput(o, logDir)
	if err != nil {
		return nil, err
	}
	sort.Slice(lat, func(i, j int) bool { return lat[i] < lat[j] })
	blocks := float64(s1.Blocks - s0.Blocks)
	fsyncsPerBlock := float64(s1.Commits - s0.Commits)
	if blocks > 0 {
		fsyncsPerBlock /= blocks
	}
	txPerFsync := float64(s1.Applied-s0.Applied) / float64(max(1, s1.Commits-s0.Commits))
	ms := func(d time.Duration) float64 { return float64(d.Microseconds()) / 1000 }
	offered := float64(len(lat)+dropped) / o.latencyFor.Seconds()
	figs := []Figure{
		{Name: "node/durable-throughput", Unit: "tx/s", Value: float64(applied) / took.Seconds()},
		{Name: "node/durable-throughput-cpu-per-tx", Unit: "µs/tx", Value: float64(cpuUsed.Microseconds()) / float64(max(1, applied)), LowerIsBetter: true},
		{Name: "node/durable-throughput-cores-busy", Unit: "cores", Value: cpuUsed.Seconds() / took.Seconds()},
		{Name: "node/log-throughput-preauthenticated", Unit: "tx/s", Value: logTPS},
		{Name: "node/log-txs-per-fsync-preauthenticated", Unit: "tx/fsync", Value: float64(logStats.Applied) / float64(max(1, logStats.Commits))},
		{Name: "node/txs-per-fsync", Unit: "tx/fsync", Value: txPerFsync},
		{Name: "node/fsyncs-per-block", Unit: "fsync/block", Value: fsyncsPerBlock, LowerIsBetter: true},
		{Name: fmt.Sprintf("node/latency-p50@%dtx/s", o.rate), Unit: "ms", Value: ms(percentile(lat, 0.50)), LowerIsBetter: true},
		{Name: fmt.Sprintf("node/latency-p99@%dtx/s", o.rate), Unit: "ms", Value: ms(percentile(lat, 0.99)), LowerIsBetter: true},
		{Name: "node/latency-offered-rate", Unit: "tx/s", Value: offered},
		{Name: "node/latency-dropped", Unit: "tx", Value: float64(dropped), LowerIsBetter: true},
		{Name: "node/latency-cpu-per-tx", Unit: "µs/tx", Value: float64(latCPU.Microseconds()) / float64(max(1, len(lat))), LowerIsBetter: true},
		{Name: "node/latency-fsyncs", Unit: "fsync", Value: float64(s0.Commits - sl.Commits), LowerIsBetter: true},
		{Name: "node/latency-commit-mean", Unit: "ms", Value: ms((s0.CommitTime - sl.CommitTime) / time.Duration(max(1, s0.Commits-sl.Commits))), LowerIsBetter: true},
		{Name: fmt.Sprintf("node/latency-batched-p50@%dtx/s", o.rate), Unit: "ms", Value: ms(percentile(blat, 0.50)), LowerIsBetter: true},
		{Name: fmt.Sprintf("node/latency-batched-p99@%dtx/s", o.rate), Unit: "ms", Value: ms(percentile(blat, 0.99)), LowerIsBetter: true},
		{Name: "node/latency-batched-acknowledged", Unit: "tx", Value: float64(len(blat))},
		{Name: "node/latency-batched-over-budget", Unit: "tx", Value: float64(over), LowerIsBetter: true},
		{Name: "node/latency-batched-cpu-per-tx", Unit: "µs/tx", Value: float64(bCPU.Microseconds()) / float64(max(1, len(blat))), LowerIsBetter: true},
		{Name: "node/latency-batched-commit-mean", Unit: "ms", Value: ms((sb1.CommitTime - sb.CommitTime) / time.Duration(max(1, sb1.Commits-sb.Commits))), LowerIsBetter: true},
		{Name: "node/commit-mean", Unit: "ms", Value: ms((s1.CommitTime - s0.CommitTime) / time.Duration(max(1, s1.Commits-s0.Commits))), LowerIsBetter: true},
	}
	return figs, nil
}

func init() {
	o := benchNodeOpts{}
	cmd := &cobra.Command{
		Use:   "node",
		Short: "Load a node over loopback: durable tx/s, latency at a fixed rate, fsyncs per block",
		Long: "Starts a node with its HTTP API on 127.0.0.1 in a temporary directory, pre-signs\n" +
			"EIP-712 submit transactions for --accounts accounts, then (1) sends --txs of them\n" +
			"from --clients concurrent clients in batches (POST /v1/txs); every answer means the\n" +
			"batch is durably in the log (fsync): durable tx/s, transactions per fsync and fsyncs\n" +
			"per block; (2) offers single POST /v1/tx requests at --rate tx/s for --latency-for\n" +
			"(open loop) and reports p50/p99 latency of the acknowledged ones. Bounded by --txs and\n" +
			"--max-time; talks to 127.0.0.1 only.",
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			if o.accounts < 1 || o.clients < 1 || o.batch < 1 || o.batch > api.MaxBatchTxs || o.rate < 1 || o.txs < 1 {
				return fmt.Errorf("--accounts, --clients, --txs, --rate must be positive and --batch 1..%d", api.MaxBatchTxs)
			}
			if o.maxTime > 5*time.Minute || o.latencyFor > time.Minute {
				return fmt.Errorf("--max-time is at most 5m and --latency-for at most 1m")
			}
			figs, err := runNodeBench(o, cmd.ErrOrStderr())
			if err != nil {
				return err
			}
			return printFigures(cmd.OutOrStdout(), figs, benchJSON)
		},
	}
	f := cmd.Flags()
	f.IntVar(&o.txs, "txs", 200_000, "transactions for the throughput phase")
	f.IntVar(&o.accounts, "accounts", 4096, "sending accounts")
	f.IntVar(&o.clients, "clients", 8, "concurrent HTTP clients in the throughput phase")
	f.IntVar(&o.batch, "batch", 512, "transactions per POST /v1/txs")
	f.IntVar(&o.rate, "rate", 5_000, "offered rate in the latency phase (tx/s)")
	f.DurationVar(&o.latencyFor, "latency-for", 3*time.Second, "length of the latency phase")
	f.DurationVar(&o.maxTime, "max-time", 60*time.Second, "bound on the throughput phase")
	f.DurationVar(&o.slot, "slot-time", time.Second, "slot duration of the node under load")
	f.StringVar(&o.cpuProfile, "cpuprofile", "", "write a CPU profile of the throughput phase to this file (and of the latency phase to FILE.latency)")
	benchCmd.AddCommand(cmd)
}
