package bench

import (
	"bytes"
	"context"
	"crypto/ecdsa"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"os"
	"runtime"
	"sort"
	"sync"
	"sync/atomic"
	"time"

	"github.com/ethereum/go-ethereum/crypto"
	"github.com/holiman/uint256"
	"github.com/spf13/pflag"

	"github.com/stakepool/stakepool/api"
	"github.com/stakepool/stakepool/node"
	"github.com/stakepool/stakepool/node/request"
	"github.com/stakepool/stakepool/protocol"
	"github.com/stakepool/stakepool/units"
)

func init() {
	var o benchNodeOpts
	Register(Bench{
		Name:  "node",
		Short: "Load a node over loopback: durable tx/s, latency at a fixed rate, fsyncs per block",
		Long: "Starts a node with its HTTP API on 127.0.0.1 in a temporary directory and pre-signs\n" +
			"EIP-712 submit transactions for --accounts accounts. Phases: (1) single POST /v1/tx\n" +
			"requests offered open-loop at --rate tx/s for --latency-for, one transaction per HTTP\n" +
			"request, from 256 kept-alive connections: p50/p99 latency from each request's scheduled\n" +
			"arrival to its durable answer; (2) the same rate to --clients clients that send what\n" +
			"arrived as one POST /v1/txs; (3) --txs transactions from --clients clients in batches\n" +
			"of --batch: durable tx/s, transactions per fsync, fsyncs per block; (4) the log alone\n" +
			"(pre-authenticated, no HTTP). Every answer means fsynced. The load generator is a raw\n" +
			"HTTP/1.1 client (pre-serialized requests, a minimal Content-Length parser) so that the\n" +
			"CPU measured is mostly the node's; every answer is checked, and a transaction not\n" +
			"applied is counted (node/*-failed) and fails the command after the figures are printed.\n" +
			"CPU per transaction (node and load generator, getrusage) and cores busy are printed per\n" +
			"phase, with the 1-minute load average at the start and the end: the figures depend on\n" +
			"the cores the run gets. Targets (issue 5): >= 30,000 tx/s; p99 <= 10 ms at --rate 10000.\n" +
			"Bounded by --txs, --max-time and --latency-for; talks to 127.0.0.1 only.",
		Flags: func(f *pflag.FlagSet) Run {
			f.IntVar(&o.txs, "txs", 200_000, "transactions for the throughput phase")
			f.IntVar(&o.accounts, "accounts", 4096, "sending accounts")
			f.IntVar(&o.clients, "clients", 8, "concurrent HTTP clients in the throughput phase")
			f.IntVar(&o.batch, "batch", 512, "transactions per POST /v1/txs")
			f.IntVar(&o.rate, "rate", 5_000, "offered rate in the latency phase (tx/s)")
			f.DurationVar(&o.latencyFor, "latency-for", 3*time.Second, "length of the latency phase")
			f.DurationVar(&o.maxTime, "max-time", 60*time.Second, "bound on the throughput phase")
			f.DurationVar(&o.slot, "slot-time", time.Second, "slot duration of the node under load")
			f.DurationVar(&o.commitInterval, "commit-interval", node.DefaultCommitInterval, "least time between two log commits of small batches (node.Config.CommitInterval; negative: none)")
			f.StringVar(&o.cpuProfile, "cpuprofile", "", "write a CPU profile of the throughput phase to this file (and of the latency phase to FILE.latency)")
			return func(_ context.Context, log io.Writer) ([]Figure, error) { return runNode(o, log) }
		},
	})
}

type benchNodeOpts struct {
	txs, accounts, clients, batch int
	rate                          int
	latencyFor, maxTime           time.Duration
	slot, commitInterval          time.Duration
	cpuProfile                    string
}

// nodeBench is a node with its API on a loopback port and pre-signed
// transactions for many accounts.
type nodeBench struct {
	o      benchNodeOpts
	n      *node.Node
	host   string // 127.0.0.1:port
	keys   []*ecdsa.PrivateKey
	signed []packed // per account, in nonce order: the JSON request
	single []packed // the first nonces' POST /v1/tx, header and body
	hs     *http.Server
}

func newNodeBench(o benchNodeOpts, dir string) (*nodeBench, error) {
	b := &nodeBench{o: o}
	g := genesis(0, 0) // no staking rate limit: the bench measures the node
	for i := 0; i < o.accounts; i++ {
		k, err := crypto.ToECDSA(crypto.Keccak256([]byte(fmt.Sprintf("stakepool bench node %d", i))))
		if err != nil {
			return nil, err
		}
		b.keys = append(b.keys, k)
		g.Alloc = append(g.Alloc, protocol.Allocation{Address: crypto.PubkeyToAddress(k.PublicKey), ETH: *units.Ether(1_000_000)})
	}
	n, err := node.Open(node.Config{Dir: dir, Genesis: g, Pool: addr(kNode, 0), SlotTime: o.slot,
		MempoolSize: 1 << 20, CommitInterval: o.commitInterval})
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
	b.host = ln.Addr().String()
	b.hs = srv.HTTPServer(b.host)
	go b.hs.Serve(ln)
	return b, nil
}

func (b *nodeBench) close() {
	b.hs.Close()
	b.n.Close()
}

// sign pre-signs per transactions for every account, nonces from 0, and
// serializes the first singles of them as whole POST /v1/tx requests.
func (b *nodeBench) sign(per, singles int) error {
	d := b.n.Domain()
	b.signed = make([]packed, len(b.keys))
	b.single = make([]packed, len(b.keys))
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
				var out, single packed
				var buf []byte
				for j := range per {
					amt := uint256.NewInt(1e15)
					req, err := request.Sign(d, &protocol.Tx{Sender: from, Nonce: uint64(j), Cmd: protocol.Command{Kind: protocol.CmdSubmit, Amount: *amt}}, b.keys[i])
					if err != nil {
						firstErr.Store(err)
						return
					}
					body, _ := json.Marshal(req)
					out.add(body)
					if j < singles {
						buf = appendRequest(buf[:0], b.host, "/v1/tx", body)
						single.add(buf)
					}
				}
				b.signed[i], b.single[i] = out, single
			}
		}()
	}
	wg.Wait()
	if err, ok := firstErr.Load().(error); ok {
		return err
	}
	return nil
}

// clients dials n kept-alive connections to the node, before any clock
// starts (long-running clients would have them open).
func (b *nodeBench) clients(n int) ([]*rawClient, error) {
	cs := make([]*rawClient, n)
	for i := range cs {
		cs[i] = &rawClient{addr: b.host}
		if err := cs[i].dial(); err != nil {
			for _, c := range cs[:i] {
				c.close()
			}
			return nil, err
		}
	}
	return cs, nil
}

func closeAll(cs []*rawClient) {
	for _, c := range cs {
		c.close()
	}
}

// postBatch sends bodies as one POST /v1/txs on c and checks the answer:
// it returns how many were applied; the rest are counted in f with the
// reason (a rejected transaction, an error status, an unreadable answer).
func (b *nodeBench) postBatch(c *rawClient, bodies [][]byte, f *failures) int {
	var body bytes.Buffer
	body.WriteByte('[')
	for i, x := range bodies {
		if i > 0 {
			body.WriteByte(',')
		}
		body.Write(x)
	}
	body.WriteByte(']')
	c.req = appendRequest(c.req[:0], b.host, "/v1/txs", body.Bytes())
	code, rb, err := c.do(c.req)
	if err != nil || code != http.StatusOK {
		f.add(len(bodies), "batch of %d: %v %d %.200s", len(bodies), err, code, rb)
		return 0
	}
	// The answer is counted, not decoded: one "status" per request,
	// "applied" for those durably in the log (the server writes compact
	// JSON, each receipt's status once; decoding every receipt would bill
	// the client's JSON work to the cores the node shares).
	ok := bytes.Count(rb, []byte(`"status":"applied"`))
	if all := bytes.Count(rb, []byte(`"status":`)); all != len(bodies) {
		f.add(len(bodies), "batch of %d answered with %d results: %.200s", len(bodies), all, rb)
		return 0
	}
	if ok != len(bodies) {
		// The first refused receipt, from its start.
		i := max(0, bytes.LastIndex(rb[:max(0, bytes.Index(rb, []byte(`"status":"rejected"`)))], []byte(`{"hash"`)))
		f.add(len(bodies)-ok, "batch of %d: %d not applied: %.400s", len(bodies), len(bodies)-ok, rb[i:])
	}
	return ok
}

func profilePath(path, phase string) string {
	if path == "" {
		return ""
	}
	return path + "." + phase
}

// runNode is `bench node` with options o, its progress written to log.
func runNode(o benchNodeOpts, log io.Writer) ([]Figure, error) {
	if o.accounts < 1 || o.clients < 1 || o.batch < 1 || o.batch > api.MaxBatchTxs || o.rate < 1 || o.txs < 1 {
		return nil, fmt.Errorf("--accounts, --clients, --txs, --rate must be positive and --batch 1..%d", api.MaxBatchTxs)
	}
	if o.maxTime > 5*time.Minute || o.latencyFor > time.Minute {
		return nil, fmt.Errorf("--max-time is at most 5m and --latency-for at most 1m")
	}
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
	if err := b.sign(rounds+2*latencyTxs, latencyTxs); err != nil {
		return nil, err
	}
	load0 := loadAverage()
	fmt.Fprintf(log, "bench node: latency at %d tx/s offered for %s (load average %.2f)...\n", o.rate, o.latencyFor, load0)
	var lf, bf, tf failures
	sl := b.n.Stats()
	lt0 := time.Now()
	stopLatProfile, err := startProfile(profilePath(o.cpuProfile, "latency"))
	if err != nil {
		return nil, err
	}
	lcpu0 := processCPU()
	lat, dropped, err := b.latency(latencyTxs, &lf)
	latCPU := processCPU() - lcpu0
	latWall := time.Since(lt0)
	stopLatProfile()
	if err != nil {
		return nil, err
	}
	fmt.Fprintf(log, "bench node: latency at %d tx/s offered for %s, %d clients batching what arrived...\n", o.rate, o.latencyFor, o.clients)
	sb := b.n.Stats()
	bcpu0 := processCPU()
	blat, over, err := b.latencyBatched(2*latencyTxs, &bf)
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
	first, err := b.resync(&tf)
	if err != nil {
		return nil, err
	}
	s0 := b.n.Stats()
	fmt.Fprintf(log, "bench node: signed throughput over HTTP, %d clients, batches of %d...\n", o.clients, o.batch)
	stopProfile, err := startProfile(o.cpuProfile)
	if err != nil {
		return nil, err
	}
	cpu0 := processCPU()
	applied, took, err := b.throughput(first, first+rounds, &tf)
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
		{Name: "node/latency-acknowledged", Unit: "tx", Value: float64(len(lat))},
		{Name: "node/latency-failed", Unit: "tx", Value: float64(lf.n.Load()), LowerIsBetter: true},
		{Name: "node/latency-cores-busy", Unit: "cores", Value: latCPU.Seconds() / latWall.Seconds()},
		{Name: "node/latency-batched-failed", Unit: "tx", Value: float64(bf.n.Load()), LowerIsBetter: true},
		{Name: "node/durable-throughput-failed", Unit: "tx", Value: float64(tf.n.Load()), LowerIsBetter: true},
		{Name: "node/load-average-1m-start", Unit: "load", Value: load0, LowerIsBetter: true},
		{Name: "node/load-average-1m-end", Unit: "load", Value: loadAverage(), LowerIsBetter: true},
	}
	var err2 error
	for _, x := range []struct {
		phase string
		f     *failures
	}{{"single requests", &lf}, {"batching clients", &bf}, {"throughput", &tf}} {
		if n := x.f.n.Load(); n > 0 {
			err2 = errors.Join(err2, fmt.Errorf("%s: %d transactions not applied (%s)", x.phase, n, x.f))
		}
	}
	return figs, err2
}
