// Package api is the node's HTTP JSON API: status, pool, accounts,
// operators, withdrawals, oracle reports, signed transactions and their
// receipts, server-sent events, Prometheus metrics, optional pprof, and the
// devnet's dev endpoints. See docs/api.md; /v1/openapi.json describes every
// route and a test keeps it true.
package api

import (
	"context"
	_ "embed"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"net/http/pprof"
	"runtime"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/promhttp"

	"github.com/stakepool/stakepool/node"
	"github.com/stakepool/stakepool/node/request"
	"github.com/stakepool/stakepool/protocol"
	"github.com/stakepool/stakepool/units"
)

// Limits.
const (
	MaxBodyBytes    = request.MaxRequestBytes
	MaxBatchBytes   = 8 << 20
	MaxBatchTxs     = 4096
	MaxAdvance      = 1024 // epochs per /v1/dev/advance
	TxTimeout       = 30 * time.Second
	sseBuffer       = 256
	sseKeepAlive    = 15 * time.Second
	maxDevBodyBytes = 4 << 10
)

// Chain reports the beacon chain's finality; nil: two epochs behind.
type Chain interface {
	FinalizedEpoch() uint64
}

// Config configures the server.
type Config struct {
	Node     *node.Node
	Gatherer prometheus.Gatherer // /metrics; nil: prometheus.DefaultGatherer
	Pprof    bool                // serve /debug/pprof/
	Dev      Dev
	Chain    Chain
	Logger   *slog.Logger
	Version  string
}

// Server serves the API.
type Server struct {
	cfg Config
	n   *node.Node
	mux *http.ServeMux
	log *slog.Logger
	// routes lists "METHOD /path" for the OpenAPI test.
	routes []string
	// slotsPerEpoch is the chain's, from the pool's genesis (it never
	// changes).
	slotsPerEpoch uint64
}

//go:embed openapi.json
var openapiDoc []byte

//go:embed dashboard.html
var dashboard []byte

// New builds the server.
func New(cfg Config) (*Server, error) {
	if cfg.Node == nil {
		return nil, errors.New("api: no node")
	}
	if cfg.Gatherer == nil {
		cfg.Gatherer = prometheus.DefaultGatherer
	}
	if cfg.Logger == nil {
		cfg.Logger = slog.New(slog.DiscardHandler)
	}
	s := &Server{cfg: cfg, n: cfg.Node, mux: http.NewServeMux(), log: cfg.Logger}
	s.n.View(func(st *protocol.State) { s.slotsPerEpoch = st.Chain().SlotsPerEpoch })
	s.handle("GET /v1/status", s.status)
	s.handle("GET /v1/pool", s.pool)
	s.handle("GET /v1/accounts/{address}", s.account)
	s.handle("GET /v1/operators", s.operators)
	s.handle("GET /v1/withdrawals/{id}", s.withdrawal)
	s.handle("GET /v1/oracle/reports", s.reports)
	s.handle("POST /v1/tx", s.postTx)
	s.handle("POST /v1/txs", s.postTxs)
	s.handle("GET /v1/tx/{hash}", s.getTx)
	s.handle("GET /v1/events", s.events)
	s.handle("GET /v1/openapi.json", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/json")
		w.Write(openapiDoc)
	})
	s.mux.Handle("GET /metrics", promhttp.HandlerFor(cfg.Gatherer, promhttp.HandlerOpts{}))
	s.routes = append(s.routes, "GET /metrics")
	s.handle("GET /{$}", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		w.Write(dashboard)
	})
	if s.n.Dev() {
		s.handle("POST /v1/dev/faucet", s.faucet)
		s.handle("POST /v1/dev/advance", s.advance)
		s.handle("POST /v1/dev/slash", s.slash)
	}
	if cfg.Pprof {
		s.mux.HandleFunc("GET /debug/pprof/", pprof.Index)
		s.mux.HandleFunc("GET /debug/pprof/cmdline", pprof.Cmdline)
		s.mux.HandleFunc("GET /debug/pprof/profile", pprof.Profile)
		s.mux.HandleFunc("GET /debug/pprof/symbol", pprof.Symbol)
		s.mux.HandleFunc("GET /debug/pprof/trace", pprof.Trace)
	}
	s.mux.HandleFunc("/", func(w http.ResponseWriter, r *http.Request) {
		for _, m := range []string{http.MethodGet, http.MethodPost} {
			if m == r.Method {
				continue
			}
			r2 := r.Clone(r.Context())
			r2.Method = m
			if _, pat := s.mux.Handler(r2); pat != "/" && pat != "" {
				w.Header().Set("Allow", m)
				writeError(w, http.StatusMethodNotAllowed, "METHOD_NOT_ALLOWED", r.Method+" "+clip(r.URL.Path)+": use "+m)
				return
			}
		}
		writeError(w, http.StatusNotFound, "NOT_FOUND", "no route "+r.Method+" "+clip(r.URL.Path))
	})
	return s, nil
}

func (s *Server) handle(pattern string, h http.HandlerFunc) {
	s.routes = append(s.routes, pattern)
	s.mux.Handle(pattern, h)
}

// Routes lists the routes served ("METHOD /path").
func (s *Server) Routes() []string { return append([]string(nil), s.routes...) }

// ServeHTTP implements http.Handler, turning panics into 500s.
func (s *Server) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	defer func() {
		if v := recover(); v != nil {
			if v == http.ErrAbortHandler {
				panic(v)
			}
			s.log.Error("handler panic", "path", r.URL.Path, "panic", v)
			writeError(w, http.StatusInternalServerError, "INTERNAL", "internal error")
		}
	}()
	s.mux.ServeHTTP(w, r)
}

// HTTPServer wraps the handler with timeouts.
func (s *Server) HTTPServer(addr string) *http.Server {
	return &http.Server{
		Addr:              addr,
		Handler:           s,
		ReadHeaderTimeout: 5 * time.Second,
		ReadTimeout:       30 * time.Second,
		WriteTimeout:      45 * time.Second, // SSE streams lift it
		IdleTimeout:       2 * time.Minute,
		MaxHeaderBytes:    16 << 10,
	}
}

// writeJSON writes v as encoding/json's Encoder does (json.Marshal and a
// newline), with its Content-Length.
func writeJSON(w http.ResponseWriter, code int, v any) {
	b, err := json.Marshal(v)
	if err != nil {
		code, b = http.StatusInternalServerError, []byte(`{"error":{"code":"INTERNAL","message":"cannot encode the answer"}}`)
	}
	writeBytes(w, code, append(b, '\n'))
}

var jsonContentType = []string{"application/json"}

// writeBytes writes an encoded JSON answer with its Content-Length (the
// header values are shared, read-only slices: no allocation per answer).
func writeBytes(w http.ResponseWriter, code int, b []byte) {
	h := w.Header()
	h["Content-Type"] = jsonContentType
	h["Content-Length"] = []string{strconv.Itoa(len(b))}
	w.WriteHeader(code)
	w.Write(b)
}

func writeError(w http.ResponseWriter, status int, code, msg string) {
	writeJSON(w, status, struct {
		Error ErrorBody `json:"error"`
	}{ErrorBody{Code: code, Message: msg}})
}

// statusOf maps a rejection code to an HTTP status: 400 for requests that
// are not well-formed or not authentic, 409 for a nonce that is not next,
// 422 for a rule of the pool.
func statusOf(c protocol.Code) int {
	switch c {
	case protocol.CodeMalformed, protocol.CodeUnknownCommand, request.CodeBadSignature, request.CodeWrongChain, "BAD_REQUEST":
		return http.StatusBadRequest
	case protocol.CodeBadNonce:
		return http.StatusConflict
	case "MEMPOOL_FULL":
		return http.StatusTooManyRequests
	case "TOO_LARGE":
		return http.StatusRequestEntityTooLarge
	}
	return http.StatusUnprocessableEntity
}

func clip(s string) string {
	if len(s) > 100 {
		return s[:100] + "…"
	}
	return s
}

func (s *Server) status(w http.ResponseWriter, r *http.Request) {
	head, slot := s.n.Head()
	epoch := slot / s.slotsPerEpoch
	fin := uint64(0)
	if s.cfg.Chain != nil {
		fin = s.cfg.Chain.FinalizedEpoch()
	} else if epoch >= 2 {
		fin = epoch - 2
	}
	d := s.n.Domain()
	writeJSON(w, http.StatusOK, Status{Slot: slot, Epoch: epoch, FinalizedEpoch: fin, Block: head.Number, StateRoot: head.Root.Hex(),
		ChainID: d.ChainID, PoolAddress: d.Pool.Hex(), Dev: s.n.Dev(), Version: s.cfg.Version})
}

func (s *Server) pool(w http.ResponseWriter, r *http.Request) {
	var p Pool
	s.n.View(func(st *protocol.State) {
		wc := st.WithdrawalCredentials()
		p = Pool{
			TotalPooledEther: st.TotalPooledEther().Dec(), TotalShares: st.TotalShares().Dec(),
			BufferedEther: st.BufferedEther().Dec(), Reserve: st.ReserveTarget().Dec(), ShareRate: shareRate(st),
			Validators: st.DepositedValidators(), BeaconValidators: st.BeaconValidators(), BeaconBalance: st.BeaconBalance().Dec(),
			WstETHSupply: st.WstETHSupply().Dec(), StEthPerWstETH: st.StEthPerToken().Dec(),
			StakeLimitRemaining: st.CurrentStakeLimit().Dec(), StakingPaused: st.StakingPaused(),
			WithdrawalCreds: "0x" + common.Bytes2Hex(wc[:]), Vault: st.Vault().Hex(), WstETHAddress: st.WstETHAddress().Hex(),
			Block: st.Block(),
		}
		q, last, unfin, locked := st.WithdrawalQueue()
		p.WithdrawalRequests, p.LastFinalized, p.UnfinalizedStETH, p.LockedForClaims = q, last, unfin.Dec(), locked.Dec()
		p.InstantLiquidity, p.Bunker = st.InstantLiquidity().Dec(), st.Bunker()
		apr := st.APR()
		p.APR, p.APRWeek, p.APRInception = float64(apr.Latest)/1e9, float64(apr.Week)/1e9, float64(apr.Inception)/1e9
		p.Reports = st.ReportCount()
	})
	writeJSON(w, http.StatusOK, p)
}

// parseAddress reads an address (units.ParseAddress: a mixed-case one
// must carry its EIP-55 checksum); on failure it writes the 400 and
// reports false: BAD_ADDRESS_CHECKSUM for a checksum, else badCode.
func parseAddress(w http.ResponseWriter, what, s, badCode string) (common.Address, bool) {
	a, err := units.ParseAddress(s)
	switch {
	case errors.Is(err, units.ErrAddressChecksum):
		writeError(w, http.StatusBadRequest, "BAD_ADDRESS_CHECKSUM", what+": "+err.Error())
		return a, false
	case err != nil:
		writeError(w, http.StatusBadRequest, badCode, what+": want a 0x-prefixed 20-byte address, got "+strconv.Quote(clip(s)))
		return a, false
	}
	return a, true
}

func (s *Server) account(w http.ResponseWriter, r *http.Request) {
	a, ok := parseAddress(w, "address", r.PathValue("address"), "BAD_REQUEST")
	if !ok {
		return
	}
	var v Account
	s.n.View(func(st *protocol.State) {
		acc := st.Account(a)
		v = Account{Address: a.Hex(), ETH: acc.ETH.Dec(), StETH: acc.StETH.Dec(), Shares: acc.Shares.Dec(), WstETH: acc.WstETH.Dec(), Nonce: acc.Nonce}
	})
	writeJSON(w, http.StatusOK, v)
}

func (s *Server) operators(w http.ResponseWriter, r *http.Request) {
	out := Operators{Operators: []Operator{}}
	s.n.View(func(st *protocol.State) {
		for _, o := range st.Operators() {
			out.Operators = append(out.Operators, Operator{ID: uint32(o.ID), Name: o.Name, RewardAddress: o.RewardAddress.Hex(), Active: o.Active,
				Limit: o.Limit, Keys: len(o.Keys), Deposited: o.Deposited, Exited: o.Exited, ActiveValidators: o.ActiveValidators(),
				MissedAttestations: o.MissedAttestations, MissedProposals: o.MissedProposals, Slashed: o.Slashed})
		}
	})
	writeJSON(w, http.StatusOK, out)
}

func (s *Server) withdrawal(w http.ResponseWriter, r *http.Request) {
	id, err := strconv.ParseUint(r.PathValue("id"), 10, 64)
	if err != nil {
		writeError(w, http.StatusBadRequest, "BAD_REQUEST", "withdrawal id must be a decimal number")
		return
	}
	var wr protocol.WithdrawalRequest
	var ok bool
	var slot uint64
	s.n.View(func(st *protocol.State) { wr, ok = st.WithdrawalRequest(id); slot = st.Chain().SlotAt(wr.Timestamp) })
	if !ok {
		writeError(w, http.StatusNotFound, "UNKNOWN_WITHDRAWAL", fmt.Sprintf("no withdrawal request %d", id))
		return
	}
	writeJSON(w, http.StatusOK, Withdrawal{ID: wr.ID, Owner: wr.Owner.Hex(), StETH: wr.StETH.Dec(), Shares: wr.Shares.Dec(), Slot: slot,
		Finalized: wr.Finalized, Claimable: wr.Claimable.Dec(), Claimed: wr.Claimed})
}

// reports lists applied oracle reports, newest last (?limit=N keeps the
// last N, default 100).
func (s *Server) reports(w http.ResponseWriter, r *http.Request) {
	limit := 100
	if l := r.URL.Query().Get("limit"); l != "" {
		v, err := strconv.Atoi(l)
		if err != nil || v < 1 || v > 10000 {
			writeError(w, http.StatusBadRequest, "BAD_REQUEST", "limit must be 1..10000")
			return
		}
		limit = v
	}
	out := Reports{Reports: []Report{}}
	s.n.View(func(st *protocol.State) {
		rs := st.Reports()
		if len(rs) > limit {
			rs = rs[len(rs)-limit:]
		}
		for _, x := range rs {
			out.Reports = append(out.Reports, Report{RefSlot: x.RefSlot, PrevRefSlot: x.PrevRefSlot, Block: x.Block, Hash: x.Hash.Hex(),
				PreTotalEther: x.PreTotalEther.Dec(), PreTotalShares: x.PreTotalShares.Dec(), PostTotalEther: x.PostTotalEther.Dec(),
				PostTotalShares: x.PostTotalShare.Dec(), Rewards: x.Rewards.Dec(), FeeShares: x.FeeShares.Dec(),
				WithdrawalsPull: x.WithdrawalsPull.Dec(), ELRewardsPull: x.ELRewardsPull.Dec(), InsuranceCover: x.InsuranceCover.Dec(),
				FinalizedUpTo: x.FinalizedUpTo, EtherLocked: x.EtherLocked.Dec(), Bunker: x.Bunker, APR: float64(x.APR) / 1e9})
		}
	})
	writeJSON(w, http.StatusOK, out)
}

// readBody reads at most limit bytes; a larger body is a 413.
func readBody(w http.ResponseWriter, r *http.Request, limit int64) ([]byte, bool) {
	if n := r.ContentLength; n >= 0 && n <= limit {
		// The usual case: the length is known, read it into one buffer
		// (net/http stops the body at Content-Length).
		b := make([]byte, n)
		if _, err := io.ReadFull(r.Body, b); err != nil {
			writeError(w, http.StatusBadRequest, "BAD_REQUEST", "cannot read the body")
			return nil, false
		}
		return b, true
	}
	b, err := io.ReadAll(http.MaxBytesReader(w, r.Body, limit))
	if err != nil {
		var mbe *http.MaxBytesError
		if errors.As(err, &mbe) {
			writeError(w, http.StatusRequestEntityTooLarge, "TOO_LARGE", fmt.Sprintf("body exceeds %d bytes", limit))
		} else {
			writeError(w, http.StatusBadRequest, "BAD_REQUEST", "cannot read the body")
		}
		return nil, false
	}
	return b, true
}

func (s *Server) submitError(w http.ResponseWriter, err error) {
	var pe *protocol.Error
	switch {
	case errors.As(err, &pe):
		writeError(w, statusOf(pe.Code), string(pe.Code), pe.Message)
	case errors.Is(err, context.DeadlineExceeded), errors.Is(err, context.Canceled):
		writeError(w, http.StatusServiceUnavailable, "TIMEOUT", "the transaction was queued but not answered in time; look it up by hash")
	default:
		writeError(w, http.StatusServiceUnavailable, "UNAVAILABLE", err.Error())
	}
}

func (s *Server) postTx(w http.ResponseWriter, r *http.Request) {
	body, ok := readBody(w, r, MaxBodyBytes)
	if !ok {
		return
	}
	tx, perr := request.Decode(body, s.n.Domain())
	if perr != nil {
		writeError(w, statusOf(perr.Code), string(perr.Code), perr.Message)
		return
	}
	// The 30-s limit on the node's coarse clock: no timer per request.
	rc, err := s.n.SubmitWithin(r.Context(), tx, TxTimeout)
	s.writeReceipt(w, rc, err)
}

// postTxs takes a JSON list of signed requests, applied in list order;
// each gets its own receipt (or error). The batch itself is a 4xx only
// when the list is not well-formed.
func (s *Server) postTxs(w http.ResponseWriter, r *http.Request) {
	body, ok := readBody(w, r, MaxBatchBytes)
	if !ok {
		return
	}
	var raws []json.RawMessage
	if err := json.Unmarshal(body, &raws); err != nil {
		writeError(w, http.StatusBadRequest, string(protocol.CodeMalformed), "want a JSON list of signed requests")
		return
	}
	if len(raws) == 0 || len(raws) > MaxBatchTxs {
		writeError(w, http.StatusBadRequest, string(protocol.CodeMalformed), fmt.Sprintf("a batch holds 1..%d requests, got %d", MaxBatchTxs, len(raws)))
		return
	}
	out := Batch{Results: make([]Receipt, len(raws))}
	decoded, perrs := decodeAll(raws, s.n.Domain())
	var txs []*protocol.Tx
	var at []int
	for i, tx := range decoded {
		if perr := perrs[i]; perr != nil {
			out.Results[i] = Receipt{Status: "rejected", Events: []Event{}, Error: &ErrorBody{Code: string(perr.Code), Message: perr.Message}}
			continue
		}
		txs = append(txs, tx)
		at = append(at, i)
	}
	if len(txs) > 0 {
		rcs, err := s.n.SubmitManyWithin(r.Context(), txs, TxTimeout)
		if err != nil {
			s.submitError(w, err)
			return
		}
		for j := range rcs {
			out.Results[at[j]] = receiptView(&rcs[j])
		}
	}
	writeBatch(w, out)
}

// decodeAll decodes and authenticates a batch's requests on every core
// (the signature recovery is ≈ 45 µs each), keeping their order: the
// sequencer then gets them in list order, exactly as one by one.
func decodeAll(raws []json.RawMessage, d request.Domain) ([]*protocol.Tx, []*protocol.Error) {
	txs := make([]*protocol.Tx, len(raws))
	errs := make([]*protocol.Error, len(raws))
	const chunk = 8
	workers := min(runtime.GOMAXPROCS(0), (len(raws)+chunk-1)/chunk)
	var next atomic.Int64
	work := func() {
		for {
			end := int(next.Add(chunk))
			start := end - chunk
			if start >= len(raws) {
				return
			}
			for i := start; i < min(end, len(raws)); i++ {
				txs[i], errs[i] = request.Decode(raws[i], d)
			}
		}
	}
	var wg sync.WaitGroup
	for range workers - 1 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			work()
		}()
	}
	work()
	wg.Wait()
	return txs, errs
}

func (s *Server) getTx(w http.ResponseWriter, r *http.Request) {
	hs := r.PathValue("hash")
	if len(hs) != 66 || !strings.HasPrefix(hs, "0x") {
		writeError(w, http.StatusBadRequest, "BAD_REQUEST", "want a 0x-prefixed 32-byte hash")
		return
	}
	b := common.FromHex(hs)
	if len(b) != 32 {
		writeError(w, http.StatusBadRequest, "BAD_REQUEST", "want a 0x-prefixed 32-byte hash")
		return
	}
	rc, found, err := s.n.Receipt(common.BytesToHash(b))
	if err != nil {
		writeError(w, http.StatusInternalServerError, "INTERNAL", err.Error())
		return
	}
	if !found {
		writeError(w, http.StatusNotFound, "UNKNOWN_TX", "no applied transaction "+hs)
		return
	}
	writeJSON(w, http.StatusOK, receiptView(&rc))
}

// events streams protocol events as server-sent events: one "event: <Kind>"
// message per protocol event (data: the Event JSON with block and tx), and
// "event: block" when a block is sealed. ?account=0x… keeps only events
// whose from or to is that account.
func (s *Server) events(w http.ResponseWriter, r *http.Request) {
	var filter *common.Address
	if a := r.URL.Query().Get("account"); a != "" {
		addr, ok := parseAddress(w, "account", a, "BAD_REQUEST")
		if !ok {
			return
		}
		filter = &addr
	}
	rc := http.NewResponseController(w)
	rc.SetWriteDeadline(time.Time{})
	ch, cancel := s.n.Subscribe(sseBuffer)
	defer cancel()
	w.Header().Set("Content-Type", "text/event-stream")
	w.Header().Set("Cache-Control", "no-cache")
	w.WriteHeader(http.StatusOK)
	fmt.Fprint(w, ": stakepool events\n\n")
	rc.Flush()
	keep := time.NewTicker(sseKeepAlive)
	defer keep.Stop()
	for {
		select {
		case <-r.Context().Done():
			return
		case <-keep.C:
			fmt.Fprint(w, ": keep-alive\n\n")
		case p, ok := <-ch:
			if !ok {
				fmt.Fprint(w, "event: error\ndata: {\"code\":\"TOO_SLOW\",\"message\":\"the client fell behind; reconnect\"}\n\n")
				rc.Flush()
				return
			}
			for i := range p.Receipts {
				rcp := &p.Receipts[i]
				for j := range rcp.Events {
					e := &rcp.Events[j]
					if filter != nil && e.From != *filter && e.To != *filter {
						continue
					}
					v := eventView(e)
					v.Block, v.Tx = p.Block, rcp.Hash.Hex()
					b, _ := json.Marshal(v)
					fmt.Fprintf(w, "event: %s\ndata: %s\n\n", v.Event, b)
				}
			}
			if p.Sealed != nil {
				b, _ := json.Marshal(map[string]any{"block": p.Sealed.Number, "slot": p.Sealed.Slot, "txs": p.Sealed.Txs, "state_root": p.Sealed.Root.Hex()})
				fmt.Fprintf(w, "event: block\ndata: %s\n\n", b)
			}
		}
		if err := rc.Flush(); err != nil {
			return
		}
	}
}

// writeReceipt answers a submission: the failure to submit, or the receipt
// with 200 when applied and the rejection's status when refused.
func (s *Server) writeReceipt(w http.ResponseWriter, rc node.Receipt, err error) {
	if err != nil {
		s.submitError(w, err)
		return
	}
	v := receiptView(&rc)
	code := http.StatusOK
	if rc.Err != nil {
		code = statusOf(rc.Err.Code)
	}
	// The receipt's JSON without reflection: the bytes encoding/json
	// writes (TestReceiptJSONMatchesEncoding).
	bp := getBuf()
	*bp = append(appendReceipt((*bp)[:0], &v), '\n')
	writeBytes(w, code, *bp)
	putBuf(bp)
}

// Answer buffers are reused: net/http has copied an answer by the time
// Write returns.
var bufPool = sync.Pool{New: func() any { b := make([]byte, 0, 2048); return &b }}

func getBuf() *[]byte { return bufPool.Get().(*[]byte) }

func putBuf(b *[]byte) {
	if cap(*b) <= 1<<20 {
		bufPool.Put(b)
	}
}
