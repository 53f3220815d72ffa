package bench

import (
	"context"
	"fmt"
	"io"
	"math/big"
	"math/rand/v2"
	"net"
	"net/http"
	"os"
	"slices"
	"sync"
	"time"

	ethereum "github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/spf13/pflag"

	"github.com/stakepool/stakepool/indexer"
	"github.com/stakepool/stakepool/readapi"
	"github.com/stakepool/stakepool/simnode"
)

func init() {
	Register(Bench{
		Name:  "api",
		Short: "Benchmark the indexer's catch-up (against raw eth_getLogs) and the read API's latency at 100 clients",
		Long: "Builds a chain (go-ethereum's simulated backend served over JSON-RPC on loopback) with\n" +
			"the pool deployed and --txs random user transactions (stakes, transfers, wraps, requests,\n" +
			"claims, deposits, oracle reports, …), then measures:\n" +
			"  api/indexer/catchup — events per second a fresh indexer indexes from genesis to the\n" +
			"    head (eth_getLogs, headers of unfinalized blocks, Pebble commits, the figures checked\n" +
			"    against the contracts), with the reference raw/eth_getLogs: the same ranges fetched\n" +
			"    with eth_getLogs alone, in the same run;\n" +
			"  api/read/p50 and api/read/p99 — latency of the read API over loopback HTTP at\n" +
			"    --clients concurrent clients for --duration (pool, accounts, withdrawals, operators,\n" +
			"    oracle reports, statements), and api/read/throughput.",
		Flags: func(fs *pflag.FlagSet) Run {
			txs := fs.Int("txs", 1500, "user transactions on the chain before the catch-up")
			clients := fs.Int("clients", 100, "concurrent API clients")
			duration := fs.Duration("duration", 5*time.Second, "how long the clients run")
			return func(ctx context.Context, log io.Writer) ([]Figure, error) {
				if *txs < 10 || *clients < 1 || *duration <= 0 {
					return nil, fmt.Errorf("--txs ≥ 10, --clients ≥ 1, --duration > 0")
				}
				return runAPI(ctx, log, *txs, *clients, *duration)
			}
		},
	})
}

func runAPI(ctx context.Context, log io.Writer, txs, clients int, duration time.Duration) ([]Figure, error) {
	n, err := simnode.Start(ctx, simnode.Config{Users: 20})
	if err != nil {
		return nil, err
	}
	defer n.Close()
	fmt.Fprintf(log, "building the chain: %d transactions…\n", txs)
	if err := n.UploadKeys(ctx, 40); err != nil {
		return nil, err
	}
	w := &simnode.Workload{N: n, Rand: rand.New(rand.NewPCG(17, 17)), PerBlock: 8}
	if _, err := w.Run(ctx, txs); err != nil {
		return nil, err
	}
	head, err := n.Client.BlockNumber(ctx)
	if err != nil {
		return nil, err
	}
	a := n.Addresses
	addrs := indexer.Addresses{Pool: a.Pool, WstETH: a.WstETH, WithdrawalQueue: a.WithdrawalQueue, Registry: a.Registry,
		Governance: a.Governance, Oracle: a.Oracle, WithdrawalVault: a.WithdrawalVault, ELRewardsVault: a.ELRewardsVault, Burner: a.Burner,
		VetoEscrow: a.VetoEscrow, GateSeal: a.GateSeal}
	list := []common.Address{a.Pool, a.WstETH, a.WithdrawalQueue, a.Registry, a.Governance, a.Oracle, a.WithdrawalVault, a.ELRewardsVault, a.VetoEscrow, a.GateSeal}

	// The reference: eth_getLogs alone over the same ranges (once to warm
	// the node's caches, as the indexer's run finds them, then timed).
	const span = 5000
	var refLogs int
	raw := func() (time.Duration, error) {
		refLogs = 0
		t0 := time.Now()
		for from := uint64(0); from <= head; from += span {
			logs, err := n.Client.FilterLogs(ctx, ethereum.FilterQuery{FromBlock: new(big.Int).SetUint64(from),
				ToBlock: new(big.Int).SetUint64(min(head, from+span-1)), Addresses: list})
			if err != nil {
				return 0, err
			}
			refLogs += len(logs)
		}
		return time.Since(t0), nil
	}
	if _, err := raw(); err != nil {
		return nil, err
	}
	d, err := raw()
	if err != nil {
		return nil, err
	}
	refRate := float64(refLogs) / d.Seconds()

	// The indexer from genesis.
	dir, err := os.MkdirTemp("", "bench-api-")
	if err != nil {
		return nil, err
	}
	defer os.RemoveAll(dir)
	ix, err := indexer.Open(ctx, indexer.Config{Node: n.Client, Addresses: addrs, Dir: dir + "/catchup", Span: span})
	if err != nil {
		return nil, err
	}
	t0 := time.Now()
	for {
		moved, err := ix.Step(ctx)
		if err != nil {
			ix.Close()
			return nil, err
		}
		if !moved {
			break
		}
	}
	ixRate := float64(refLogs) / time.Since(t0).Seconds()
	ix.Close()
	fmt.Fprintf(log, "%d events in %d blocks: indexer %.0f events/s, raw eth_getLogs %.0f events/s (load %.2f)\n", refLogs, head, ixRate, refRate, loadAverage())

	// The read API at `clients` concurrent clients.
	srv, err := readapi.New(ctx, readapi.Config{Client: n.Client, Addresses: &addrs, DataDir: dir + "/api"})
	if err != nil {
		return nil, err
	}
	defer srv.Close()
	if err := srv.Sync(ctx); err != nil {
		return nil, err
	}
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return nil, err
	}
	hs := srv.HTTPServer(ln.Addr().String())
	go hs.Serve(ln)
	defer hs.Close()
	base := "http://" + ln.Addr().String()
	var paths []string
	for _, u := range n.Addrs[simnode.KeyUser0:] {
		paths = append(paths, "/v1/accounts/"+u.Hex(), "/v1/accounts/"+u.Hex()+"/statement")
	}
	for id := 1; id <= 40; id++ {
		paths = append(paths, fmt.Sprintf("/v1/withdrawals/%d", id))
	}
	paths = append(paths, "/v1/pool", "/v1/pool", "/v1/status", "/v1/operators", "/v1/oracle/reports?limit=5", "/v1/apr", "/v1/governance")
	tr := &http.Transport{MaxIdleConns: clients, MaxIdleConnsPerHost: clients}
	hc := &http.Client{Transport: tr, Timeout: 30 * time.Second}
	defer tr.CloseIdleConnections()
	var mu sync.Mutex
	var lat []time.Duration
	var failed int
	deadline := time.Now().Add(duration)
	var wg sync.WaitGroup
	for c := 0; c < clients; c++ {
		wg.Add(1)
		go func(c int) {
			defer wg.Done()
			r := rand.New(rand.NewPCG(uint64(c), 3))
			var mine []time.Duration
			bad := 0
			for time.Now().Before(deadline) {
				t := time.Now()
				resp, err := hc.Get(base + paths[r.IntN(len(paths))])
				if err == nil {
					io.Copy(io.Discard, resp.Body)
					resp.Body.Close()
					if resp.StatusCode != 200 {
						bad++
					}
				} else {
					bad++
				}
				mine = append(mine, time.Since(t))
			}
			mu.Lock()
			lat = append(lat, mine...)
			failed += bad
			mu.Unlock()
		}(c)
	}
	wg.Wait()
	if failed > 0 {
		return nil, fmt.Errorf("bench api: %d of %d requests failed", failed, len(lat))
	}
	slices.Sort(lat)
	ms := func(d time.Duration) float64 { return round(float64(d.Microseconds()) / 1000) }
	fmt.Fprintf(log, "%d requests by %d clients in %s (load %.2f)\n", len(lat), clients, duration, loadAverage())
	return []Figure{
		{Name: "api/indexer/catchup", Unit: "events/s", Value: round(ixRate), Reference: "raw/eth_getLogs", ReferenceValue: round(refRate), Speedup: round(ixRate / refRate)},
		{Name: "api/read/p50", Unit: "ms", Value: ms(percentile(lat, 0.50)), LowerIsBetter: true},
		{Name: "api/read/p99", Unit: "ms", Value: ms(percentile(lat, 0.99)), LowerIsBetter: true},
		{Name: "api/read/throughput", Unit: "requests/s", Value: round(float64(len(lat)) / duration.Seconds())},
	}, nil
}
