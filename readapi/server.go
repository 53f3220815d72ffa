// Package readapi is the pool's read API and the home of its web app: an
// HTTP server over the chain that depends only on standard interfaces —
// execution-layer JSON-RPC (the contracts' events through the indexer,
// their views through eth_call) and, when given, the Beacon API. It serves
// the pool's figures, APR, withdrawal-time estimates, account statements
// (JSON and CSV), operators, oracle reports with every member's vote,
// governance, a server-sent events stream, Prometheus metrics, its OpenAPI
// document, and the web app (package web) at /.
//
// Wiring it into a process is one call and one handler:
//
//	srv, err := readapi.New(ctx, readapi.Config{RPC: "http://127.0.0.1:8545", BeaconURL: "http://127.0.0.1:5052", Pool: pool, DataDir: dir})
//	go srv.Run(ctx)
//	mux.Handle("/", srv.Handler())
//
// See docs/api.md.
package readapi

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"math/big"
	"net/http"
	"os"
	"path/filepath"
	"sync"
	"sync/atomic"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/collectors"
	"github.com/prometheus/client_golang/prometheus/promhttp"

	"github.com/stakepool/stakepool/indexer"
	"github.com/stakepool/stakepool/web"
)

// Config configures the API.
type Config struct {
	// RPC is the execution node's JSON-RPC URL; Client, when set, is used instead.
	RPC    string
	Client *ethclient.Client
	// BeaconURL is the consensus node's Beacon API (optional: without it the
	// consensus-layer fields are absent and estimates assume an empty exit queue).
	BeaconURL string
	// Pool is the pool's (stETH's) address; the other contracts are read
	// from its immutables. Addresses, when set, is used instead.
	Pool      common.Address
	Addresses *indexer.Addresses
	// DataDir holds the indexer's store (DataDir/index).
	DataDir string
	// Rebuild lets New delete a store made for another chain or other
	// contracts (indexer.ErrOtherStore) and index again from the first
	// block: for a directory the caller owns (the devnet's), where the
	// store is only a copy of the chain.
	Rebuild bool
	// FromBlock is the first block indexed (default: the pool's deployment
	// block, found by a search of eth_getCode; 0 when the node cannot tell).
	FromBlock *uint64
	// Poll is how often the node's head is read (default 1 s).
	Poll time.Duration
	// ReportEvery and ReportDelay describe the oracle's cadence when no
	// oracle is deployed (default: a day) and how long after its reference
	// slot a report lands (default: one epoch).
	ReportEvery time.Duration
	ReportDelay time.Duration
	// Registry receives the API's and the indexer's metrics (default: a
	// new registry, served at /metrics with the Go collectors).
	Registry *prometheus.Registry
	Logger   *slog.Logger
	Version  string
}

// Server is the read API.
type Server struct {
	cfg    Config
	node   *ethclient.Client
	ownsRC bool
	ix     *indexer.Indexer
	k      *contracts
	beacon *beaconReader
	log    *slog.Logger
	mux    *http.ServeMux
	routes []string
	m      *metrics
	reg    *prometheus.Registry

	chainID   *big.Int
	fromBlock uint64
	state     atomic.Pointer[chainState]
	bstate    atomic.Pointer[beaconState]
	keys      keyCache
	balances  balanceCache
	claimable claimCache
	cache     responseCache
	modules   modulesCache
	refresh   sync.Mutex
}

// New connects to the node(s), finds the contracts and opens the indexer.
func New(ctx context.Context, cfg Config) (*Server, error) {
	if cfg.DataDir == "" {
		return nil, errors.New("readapi: no data directory")
	}
	if cfg.Logger == nil {
		cfg.Logger = slog.New(slog.DiscardHandler)
	}
	if cfg.Poll <= 0 {
		cfg.Poll = time.Second
	}
	if cfg.ReportEvery <= 0 {
		cfg.ReportEvery = 24 * time.Hour
	}
	s := &Server{cfg: cfg, log: cfg.Logger, node: cfg.Client, mux: http.NewServeMux()}
	if s.node == nil {
		if cfg.RPC == "" {
			return nil, errors.New("readapi: no JSON-RPC URL")
		}
		c, err := ethclient.DialContext(ctx, cfg.RPC)
		if err != nil {
			return nil, fmt.Errorf("readapi: connecting to %s: %w", cfg.RPC, err)
		}
		s.node, s.ownsRC = c, true
	}
	fail := func(err error) (*Server, error) {
		if s.ownsRC {
			s.node.Close()
		}
		return nil, err
	}
	id, err := s.node.ChainID(ctx)
	if err != nil {
		return fail(fmt.Errorf("readapi: reading the chain id from %s: %w", cfg.RPC, err))
	}
	s.chainID = id
	var a indexer.Addresses
	if cfg.Addresses != nil {
		a = *cfg.Addresses
	} else {
		if cfg.Pool == (common.Address{}) {
			return fail(errors.New("readapi: no pool address"))
		}
		if a, err = Discover(ctx, s.node, cfg.Pool); err != nil {
			return fail(err)
		}
	}
	if s.k, err = bindContracts(a, s.node); err != nil {
		return fail(err)
	}
	if cfg.FromBlock != nil {
		s.fromBlock = *cfg.FromBlock
	} else if s.fromBlock, err = deploymentBlock(ctx, s.node, a.Pool); err != nil {
		return fail(err)
	}
	if cfg.BeaconURL != "" {
		if s.beacon, err = newBeaconReader(ctx, cfg.BeaconURL, 30*time.Second); err != nil {
			return fail(err)
		}
	}
	icfg := indexer.Config{Node: s.node, Addresses: a, Dir: filepath.Join(cfg.DataDir, "index"), FromBlock: s.fromBlock, Poll: cfg.Poll, Logger: cfg.Logger}
	s.ix, err = indexer.Open(ctx, icfg)
	if errors.Is(err, indexer.ErrOtherStore) && cfg.Rebuild {
		s.log.Warn("readapi: the store was made for other contracts; indexing again", "dir", icfg.Dir, "err", err)
		if err = os.RemoveAll(icfg.Dir); err == nil {
			s.ix, err = indexer.Open(ctx, icfg)
		}
	}
	if err != nil {
		return fail(err)
	}
	s.reg = cfg.Registry
	if s.reg == nil {
		s.reg = prometheus.NewRegistry()
		s.reg.MustRegister(collectors.NewGoCollector(), collectors.NewProcessCollector(collectors.ProcessCollectorOpts{}))
	}
	s.m = newMetrics()
	for _, c := range append(s.ix.Collectors(), s.m.collectors()...) {
		if err := s.reg.Register(c); err != nil {
			s.ix.Close()
			return fail(fmt.Errorf("readapi: registering metrics: %w", err))
		}
	}
	s.routesInit()
	return s, nil
}

// deploymentBlock finds the first block where the pool has code (binary
// search with eth_getCode); 0 when the node has no state that old.
func deploymentBlock(ctx context.Context, c *ethclient.Client, pool common.Address) (uint64, error) {
	head, err := c.BlockNumber(ctx)
	if err != nil {
		return 0, fmt.Errorf("readapi: reading the head: %w", err)
	}
	has := func(n uint64) (bool, error) {
		code, err := c.CodeAt(ctx, pool, new(big.Int).SetUint64(n))
		return len(code) > 0, err
	}
	if ok, err := has(head); err != nil || !ok {
		if err != nil {
			return 0, fmt.Errorf("readapi: reading the pool's code: %w", err)
		}
		return 0, fmt.Errorf("readapi: no contract at %s on this chain", pool)
	}
	lo, hi := uint64(0), head // code at hi, maybe at lo
	if ok, err := has(0); err != nil {
		return 0, nil // no old state: index from genesis
	} else if ok {
		return 0, nil
	}
	for hi-lo > 1 {
		mid := lo + (hi-lo)/2
		ok, err := has(mid)
		if err != nil {
			return 0, nil
		}
		if ok {
			hi = mid
		} else {
			lo = mid
		}
	}
	return hi, nil
}

// Indexer is the API's indexer (for the devnet's own use and tests).
func (s *Server) Indexer() *indexer.Indexer { return s.ix }

// Run follows the chain until ctx ends: the indexer, and after each new
// head the contracts' views (and the beacon node, once an epoch).
func (s *Server) Run(ctx context.Context) error {
	errc := make(chan error, 1)
	go func() { errc <- s.ix.Run(ctx) }()
	var lastBeacon, retryBeacon time.Time
	for {
		ch := s.ix.Changed()
		if err := s.refreshState(ctx); err != nil && ctx.Err() == nil {
			s.log.Warn("readapi: reading the contracts", "err", err)
		}
		if s.beacon != nil && time.Now().After(retryBeacon) && (time.Since(lastBeacon) > s.epochDuration() || s.beaconBehind()) {
			if err := s.refreshBeacon(ctx); err != nil && ctx.Err() == nil {
				s.log.Warn("readapi: reading the beacon node; again in 10 s", "err", err)
				retryBeacon = time.Now().Add(10 * time.Second)
			} else {
				lastBeacon = time.Now()
			}
		}
		select {
		case <-ctx.Done():
			<-errc
			return nil
		case err := <-errc:
			return err
		case <-ch:
		case <-time.After(s.cfg.Poll * 5):
		}
	}
}

// beaconBehind reports whether the chain's clock (the indexed head's
// time) passed an epoch since the beacon node was last read: a devnet
// runs slots faster than the wall clock.
func (s *Server) beaconBehind() bool {
	cs, b := s.state.Load(), s.bstate.Load()
	if cs == nil || b == nil {
		return b == nil
	}
	sp := b.Spec
	if sp.SecondsPerSlot == 0 || cs.Time < sp.GenesisTime {
		return false
	}
	slot := (cs.Time - sp.GenesisTime) / sp.SecondsPerSlot
	return slot >= b.HeadSlot+sp.SlotsPerEpoch
}

func (s *Server) epochDuration() time.Duration {
	if b := s.beacon; b != nil {
		return time.Duration(b.spec.SecondsPerSlot*b.spec.SlotsPerEpoch) * time.Second
	}
	return time.Minute
}

// refreshState reads the contracts' views at the indexed head if it moved.
func (s *Server) refreshState(ctx context.Context) error {
	s.refresh.Lock()
	defer s.refresh.Unlock()
	h := s.ix.Head()
	if !h.Started {
		return nil
	}
	if cur := s.state.Load(); cur != nil && cur.Block == h.Block && cur.Hash == h.Hash {
		return nil
	}
	cs, err := s.readChain(ctx, h.Block, h.Hash)
	if err != nil {
		return err
	}
	s.state.Store(cs)
	return nil
}

// Sync indexes up to the node's head and reads the contracts there
// (tests, the bench, and a devnet that wants the API current before it
// answers).
func (s *Server) Sync(ctx context.Context) error {
	for {
		moved, err := s.ix.Step(ctx)
		if err != nil {
			return err
		}
		if !moved {
			break
		}
	}
	if err := s.refreshState(ctx); err != nil {
		return err
	}
	if s.beacon != nil {
		return s.refreshBeacon(ctx)
	}
	return nil
}

// Close closes the indexer and the connection it opened.
func (s *Server) Close() error {
	err := s.ix.Close()
	if s.ownsRC {
		s.node.Close()
	}
	return err
}

// Handler serves the API and the web app.
func (s *Server) Handler() http.Handler { return s }

// ServeHTTP implements http.Handler, turning panics into 500s.
func (s *Server) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	defer func() {
		if v := recover(); v != nil {
			if v == http.ErrAbortHandler {
				panic(v)
			}
			s.log.Error("readapi: handler panic", "path", r.URL.Path, "panic", v)
			writeError(w, http.StatusInternalServerError, CodeInternal, "internal error")
		}
	}()
	s.mux.ServeHTTP(w, r)
}

// HTTPServer wraps the handler with timeouts (the event stream lifts the
// write timeout for itself).
func (s *Server) HTTPServer(addr string) *http.Server {
	return &http.Server{Addr: addr, Handler: s, ReadHeaderTimeout: 5 * time.Second, ReadTimeout: 30 * time.Second,
		WriteTimeout: 45 * time.Second, IdleTimeout: 2 * time.Minute, MaxHeaderBytes: 16 << 10}
}

// Routes lists the routes served ("METHOD /path"), for the OpenAPI test.
func (s *Server) Routes() []string { return append([]string(nil), s.routes...) }

func (s *Server) handle(pattern string, h http.HandlerFunc) {
	s.routes = append(s.routes, pattern)
	route := pattern
	if pattern != "GET /v1/events" {
		h = s.cachedHandler(h)
	}
	s.mux.Handle(pattern, http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		t0 := time.Now()
		sw := &statusWriter{ResponseWriter: w, code: 200}
		h(sw, r)
		s.m.requests.WithLabelValues(route, fmt.Sprint(sw.code)).Inc()
		s.m.latency.WithLabelValues(route).Observe(time.Since(t0).Seconds())
	}))
}

type statusWriter struct {
	http.ResponseWriter
	code int
}

func (w *statusWriter) WriteHeader(c int) { w.code = c; w.ResponseWriter.WriteHeader(c) }
func (w *statusWriter) Flush() {
	if f, ok := w.ResponseWriter.(http.Flusher); ok {
		f.Flush()
	}
}
func (w *statusWriter) Unwrap() http.ResponseWriter { return w.ResponseWriter }

func (s *Server) routesInit() {
	s.handle("GET /v1/status", s.status)
	s.handle("GET /v1/contracts", s.contractsDoc)
	s.handle("GET /v1/pool", s.pool)
	s.handle("GET /v1/pool/history", s.history)
	s.handle("GET /v1/apr", s.apr)
	s.handle("GET /v1/accounts/{address}", s.account)
	s.handle("GET /v1/accounts/{address}/statement", s.statement)
	s.handle("GET /v1/withdrawals", s.withdrawals)
	s.handle("GET /v1/withdrawals/estimate", s.estimate)
	s.handle("GET /v1/withdrawals/{id}", s.withdrawal)
	s.handle("GET /v1/operators", s.operators)
	s.handle("GET /v1/operators/{id}", s.operator)
	s.handle("GET /v1/oracle/reports", s.reports)
	s.handle("GET /v1/governance", s.governance)
	s.handle("GET /v1/events", s.events)
	s.handle("GET /v1/openapi.json", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/json")
		w.Write(openapiDoc)
	})
	s.routes = append(s.routes, "GET /metrics")
	s.mux.Handle("GET /metrics", promhttp.HandlerFor(s.reg, promhttp.HandlerOpts{}))
	assets := web.Handler()
	s.routes = append(s.routes, "GET /")
	s.mux.Handle("GET /", http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if len(r.URL.Path) >= 4 && r.URL.Path[:4] == "/v1/" {
			writeError(w, http.StatusNotFound, CodeNotFound, "no route GET "+clip(r.URL.Path))
			return
		}
		assets.ServeHTTP(w, r)
	}))
	s.mux.HandleFunc("/", func(w http.ResponseWriter, r *http.Request) {
		if r.Method != http.MethodGet && r.Method != http.MethodHead {
			w.Header().Set("Allow", "GET")
			writeError(w, http.StatusMethodNotAllowed, CodeMethodNotAllowed, r.Method+" "+clip(r.URL.Path)+": the read API answers GET only")
			return
		}
		writeError(w, http.StatusNotFound, CodeNotFound, "no route "+r.Method+" "+clip(r.URL.Path))
	})
}

// Error codes (stable; docs/api.md).
const (
	CodeBadAddress       = "BAD_ADDRESS"
	CodeBadChecksum      = "BAD_ADDRESS_CHECKSUM"
	CodeBadAmount        = "BAD_AMOUNT"
	CodeBadRequest       = "BAD_REQUEST"
	CodeNotFound         = "NOT_FOUND"
	CodeUnknownRequest   = "UNKNOWN_WITHDRAWAL"
	CodeUnknownOperator  = "UNKNOWN_OPERATOR"
	CodeMethodNotAllowed = "METHOD_NOT_ALLOWED"
	CodeNotReady         = "NOT_READY"
	CodeStopped          = "INDEXER_STOPPED"
	CodeUpstream         = "UPSTREAM"
	CodeInternal         = "INTERNAL"
)

// ErrorBody is every failure's "error" object.
type ErrorBody struct {
	Code    string `json:"code"`
	Message string `json:"message"`
}

func writeError(w http.ResponseWriter, status int, code, msg string) {
	writeJSON(w, status, struct {
		Error ErrorBody `json:"error"`
	}{ErrorBody{Code: code, Message: msg}})
}

func writeJSON(w http.ResponseWriter, status int, v any) {
	b, err := json.Marshal(v)
	if err != nil {
		status, b = http.StatusInternalServerError, []byte(`{"error":{"code":"INTERNAL","message":"cannot encode the answer"}}`)
	}
	w.Header().Set("Content-Type", "application/json")
	w.Header().Set("Content-Length", fmt.Sprint(len(b)+1))
	w.WriteHeader(status)
	w.Write(append(b, '\n'))
}

func clip(s string) string {
	if len(s) > 100 {
		return s[:100] + "…"
	}
	return s
}

// ready returns the state to answer from, or writes why there is none.
func (s *Server) ready(w http.ResponseWriter) (*chainState, bool) {
	if err := s.ix.Err(); err != nil {
		writeError(w, http.StatusServiceUnavailable, CodeStopped, "the indexer stopped: "+err.Error())
		return nil, false
	}
	cs := s.state.Load()
	if cs == nil {
		writeError(w, http.StatusServiceUnavailable, CodeNotReady, "the indexer has not read the chain yet; try again shortly")
		return nil, false
	}
	return cs, true
}

// view takes a view of the index; the caller closes it.
func (s *Server) view(w http.ResponseWriter) (*indexer.View, bool) {
	v, err := s.ix.View()
	if err != nil {
		writeError(w, http.StatusInternalServerError, CodeInternal, err.Error())
		return nil, false
	}
	return v, true
}
