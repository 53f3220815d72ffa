package devnet

import (
	"context"
	"crypto/ecdsa"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"math/big"
	"mime"
	"net"
	"net/http"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/holiman/uint256"

	"github.com/stakepool/stakepool/beacon/sim"
)

// The dev endpoints: POST /v1/dev/advance {"epochs": N} runs N epochs at
// once, /v1/dev/faucet {"address", "amount_wei"} sends devnet ETH, and
// /v1/dev/slash {"validator_index"} | {"pubkey"} | {"operator", "count"}
// has the next block slash validators. They exist only on a devnet and
// change its chain, so a browser page must not reach them: they take only
// application/json (a cross-site form or a "simple" request cannot send
// it), refuse an Origin other than the server's own and a Host other than
// the names the server is reached by (DNS rebinding), and answer errors
// as {"code", "message"} with a stable code.

// MaxAdvanceEpochs bounds one /v1/dev/advance.
const MaxAdvanceEpochs = 1024

// DevConfig configures the dev endpoints.
type DevConfig struct {
	// Hosts are the host:port names the server is reached by (its listen
	// address, and localhost / 127.0.0.1 / [::1] with its port when it
	// listens on loopback). A request with another Host is refused.
	Hosts []string
	// Faucet pays /v1/dev/faucet (it must be funded at genesis).
	Faucet *ecdsa.PrivateKey
	// Operator resolves {"operator", "count"} to validator indices: the
	// count first active validators of the pool's operator (nil: refused).
	Operator func(ctx context.Context, operator uint64, count uint64) ([]uint64, error)
	// Status answers a successful advance (nil: the slot and epochs).
	Status func(ctx context.Context) any
}

// ListenHosts returns the Host names of a server listening on addr (with
// its port): addr itself, and the loopback names when it is a loopback
// address.
func ListenHosts(addr net.Addr) []string {
	tcp, ok := addr.(*net.TCPAddr)
	if !ok {
		return []string{addr.String()}
	}
	port := fmt.Sprint(tcp.Port)
	hosts := []string{net.JoinHostPort(tcp.IP.String(), port)}
	if tcp.IP.IsLoopback() || tcp.IP.IsUnspecified() {
		hosts = append(hosts, "localhost:"+port, "127.0.0.1:"+port, "[::1]:"+port)
	}
	return hosts
}

// DevHandler serves the dev endpoints under /v1/dev/.
func (d *Devnet) DevHandler(cfg DevConfig) http.Handler {
	dv := &devAPI{d: d, cfg: cfg, hosts: map[string]bool{}, origins: map[string]bool{}}
	for _, h := range cfg.Hosts {
		h = strings.ToLower(h)
		dv.hosts[h] = true
		dv.origins["http://"+h] = true
	}
	mux := http.NewServeMux()
	mux.HandleFunc("POST /v1/dev/advance", dv.advance)
	mux.HandleFunc("POST /v1/dev/faucet", dv.faucet)
	mux.HandleFunc("POST /v1/dev/slash", dv.slash)
	mux.HandleFunc("/v1/dev/", func(w http.ResponseWriter, r *http.Request) {
		devError(w, http.StatusNotFound, "NOT_FOUND", "no such dev endpoint (POST /v1/dev/advance, /v1/dev/faucet, /v1/dev/slash)")
	})
	return dv.guard(mux)
}

type devAPI struct {
	d       *Devnet
	cfg     DevConfig
	hosts   map[string]bool
	origins map[string]bool
}

// guard refuses what a hostile web page could send: a foreign Host (DNS
// rebinding), a foreign Origin or a cross-site fetch (CSRF), a body that is
// not JSON (a form or a "simple" request, which needs no preflight).
func (dv *devAPI) guard(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if !dv.hosts[strings.ToLower(r.Host)] {
			devError(w, http.StatusForbidden, "FORBIDDEN_HOST", fmt.Sprintf("host %q is not this devnet's address", r.Host))
			return
		}
		if o := r.Header.Get("Origin"); o != "" && !dv.origins[strings.ToLower(o)] {
			devError(w, http.StatusForbidden, "FORBIDDEN_ORIGIN", fmt.Sprintf("origin %q may not use the dev endpoints", o))
			return
		}
		if s := r.Header.Get("Sec-Fetch-Site"); s != "" && s != "same-origin" && s != "none" {
			devError(w, http.StatusForbidden, "FORBIDDEN_ORIGIN", "cross-site requests may not use the dev endpoints")
			return
		}
		if r.Method == http.MethodPost {
			mt, _, err := mime.ParseMediaType(r.Header.Get("Content-Type"))
			if err != nil || mt != "application/json" {
				devError(w, http.StatusUnsupportedMediaType, "UNSUPPORTED_MEDIA_TYPE", "the dev endpoints take application/json only")
				return
			}
		}
		next.ServeHTTP(w, r)
	})
}

func devError(w http.ResponseWriter, status int, code, msg string) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(status)
	_ = json.NewEncoder(w).Encode(map[string]string{"code": code, "message": msg})
}

func devJSON(w http.ResponseWriter, v any) {
	w.Header().Set("Content-Type", "application/json")
	_ = json.NewEncoder(w).Encode(v)
}

// decode reads a small JSON body strictly (unknown fields refused).
func decodeStrict(w http.ResponseWriter, r *http.Request, v any) bool {
	dec := json.NewDecoder(http.MaxBytesReader(w, r.Body, 4<<10))
	dec.DisallowUnknownFields()
	if err := dec.Decode(v); err != nil || dec.More() {
		devError(w, http.StatusBadRequest, "MALFORMED", fmt.Sprintf("invalid JSON body: %v", err))
		return false
	}
	return true
}

func (dv *devAPI) advance(w http.ResponseWriter, r *http.Request) {
	var req struct {
		Epochs uint64 `json:"epochs"`
	}
	if !decodeStrict(w, r, &req) {
		return
	}
	if req.Epochs == 0 || req.Epochs > MaxAdvanceEpochs {
		devError(w, http.StatusBadRequest, "MALFORMED", fmt.Sprintf("epochs must be 1..%d", MaxAdvanceEpochs))
		return
	}
	if err := dv.d.AdvanceEpochs(r.Context(), req.Epochs); err != nil {
		devError(w, http.StatusInternalServerError, "ADVANCE_FAILED", err.Error())
		return
	}
	if dv.cfg.Status != nil {
		devJSON(w, dv.cfg.Status(r.Context()))
		return
	}
	var slot, fin uint64
	dv.d.chain.View(func(s *sim.State) { slot, fin = s.Slot, s.FinalizedCheckpoint.Epoch })
	devJSON(w, map[string]any{"slot": slot, "epoch": slot / dv.d.sp.SlotsPerEpoch, "finalized_epoch": fin, "block": dv.d.Head().Number})
}

func (dv *devAPI) faucet(w http.ResponseWriter, r *http.Request) {
	var req struct {
		Address string `json:"address"`
		Amount  string `json:"amount_wei"`
	}
	if !decodeStrict(w, r, &req) {
		return
	}
	if dv.cfg.Faucet == nil {
		devError(w, http.StatusNotImplemented, "NOT_AVAILABLE", "this devnet has no faucet")
		return
	}
	if !common.IsHexAddress(req.Address) {
		devError(w, http.StatusBadRequest, "MALFORMED", "address: want a 0x-prefixed 20-byte address")
		return
	}
	var amt uint256.Int
	if err := amt.SetFromDecimal(req.Amount); err != nil || req.Amount == "" || strings.HasPrefix(req.Amount, "+") || amt.IsZero() {
		devError(w, http.StatusBadRequest, "MALFORMED", "amount_wei: want a positive decimal string of wei")
		return
	}
	ctx, cancel := context.WithTimeout(r.Context(), 2*time.Minute)
	defer cancel()
	rc, err := dv.d.Send(ctx, dv.cfg.Faucet, common.HexToAddress(req.Address), amt.ToBig(), nil)
	if err != nil {
		devError(w, http.StatusServiceUnavailable, "FAUCET_FAILED", err.Error())
		return
	}
	devJSON(w, map[string]any{"tx_hash": rc.TxHash, "block": rc.BlockNumber.Uint64(), "amount_wei": amt.Dec(), "to": common.HexToAddress(req.Address)})
}

func (dv *devAPI) slash(w http.ResponseWriter, r *http.Request) {
	var req struct {
		Index    *uint64 `json:"validator_index"`
		Pubkey   string  `json:"pubkey"`
		Operator *uint64 `json:"operator"`
		Count    uint64  `json:"count"`
	}
	if !decodeStrict(w, r, &req) {
		return
	}
	var idx []uint64
	switch {
	case req.Index != nil:
		idx = []uint64{*req.Index}
	case req.Pubkey != "":
		pk, err := hex.DecodeString(strings.TrimPrefix(req.Pubkey, "0x"))
		if err != nil || len(pk) != 48 {
			devError(w, http.StatusBadRequest, "MALFORMED", "pubkey: want 48 bytes of hex")
			return
		}
		var i int
		ok := false
		dv.d.chain.With(func(s *sim.State) { i, ok = s.IndexOf([48]byte(pk)) })
		if !ok {
			devError(w, http.StatusNotFound, "UNKNOWN_VALIDATOR", "no validator has this pubkey")
			return
		}
		idx = []uint64{uint64(i)}
	case req.Operator != nil:
		if req.Count == 0 || req.Count > 1000 {
			devError(w, http.StatusBadRequest, "MALFORMED", "count must be 1..1000")
			return
		}
		if dv.cfg.Operator == nil {
			devError(w, http.StatusNotImplemented, "NOT_AVAILABLE", "this devnet runs no pool")
			return
		}
		var err error
		if idx, err = dv.cfg.Operator(r.Context(), *req.Operator, req.Count); err != nil {
			devError(w, http.StatusUnprocessableEntity, "SLASH_REFUSED", err.Error())
			return
		}
	default:
		devError(w, http.StatusBadRequest, "MALFORMED", `give "validator_index", "pubkey", or "operator" and "count"`)
		return
	}
	for _, i := range idx {
		if err := dv.d.chain.Slash(i); err != nil {
			devError(w, http.StatusUnprocessableEntity, "SLASH_REFUSED", err.Error())
			return
		}
	}
	devJSON(w, map[string]any{"slashed": idx, "included": "in the next block"})
}

// Send signs and sends a transfer (and call data) from key through the
// devnet's JSON-RPC and waits for its receipt (the chain must be running).
func (d *Devnet) Send(ctx context.Context, key *ecdsa.PrivateKey, to common.Address, value *big.Int, data []byte) (*types.Receipt, error) {
	tx, err := d.Submit(ctx, key, to, value, data)
	if err != nil {
		return nil, err
	}
	return d.WaitReceipt(ctx, tx.Hash())
}

// Submit signs and sends a transfer (and call data) from key through the
// devnet's JSON-RPC; the next block includes it. Submits run one at a
// time, and each returns once the pool counts its transaction in the
// account's pending nonce: geth does that on its pool's own goroutine
// after eth_sendRawTransaction has returned, so a Submit right after
// another (or beside it: two faucet requests) read the same nonce and
// geth refused the second ("replacement transaction underpriced").
func (d *Devnet) Submit(ctx context.Context, key *ecdsa.PrivateKey, to common.Address, value *big.Int, data []byte) (*types.Transaction, error) {
	d.sending.Lock()
	defer d.sending.Unlock()
	from := crypto.PubkeyToAddress(key.PublicKey)
	nonce, err := d.el.PendingNonceAt(ctx, from)
	if err != nil {
		return nil, fmt.Errorf("devnet: nonce of %s: %w", from, err)
	}
	head := d.Head()
	gas := uint64(21_000)
	if len(data) > 0 {
		gas = 1_000_000
	}
	tip := big.NewInt(1_000_000_000)
	tx, err := types.SignNewTx(key, types.LatestSignerForChainID(new(big.Int).SetUint64(d.ChainID())), &types.DynamicFeeTx{
		Nonce: nonce, GasTipCap: tip, GasFeeCap: new(big.Int).Add(new(big.Int).Mul(bigOrZero(head.BaseFee), big.NewInt(2)), tip),
		Gas: gas, To: &to, Value: value, Data: data})
	if err != nil {
		return nil, err
	}
	if err := d.el.SendTransaction(ctx, tx); err != nil {
		return nil, fmt.Errorf("devnet: send: %w", err)
	}
	// wait for the pool to count it (milliseconds; bounded at 10 s, past
	// which the next Submit only risks the refusal above)
	for give := time.Now().Add(10 * time.Second); time.Now().Before(give); {
		if n, err := d.el.PendingNonceAt(ctx, from); err != nil || n > nonce {
			break
		}
		select {
		case <-ctx.Done():
			return tx, nil
		case <-time.After(time.Millisecond):
		}
	}
	return tx, nil
}

// WaitReceipt waits for a transaction's receipt.
func (d *Devnet) WaitReceipt(ctx context.Context, hash common.Hash) (*types.Receipt, error) {
	t := time.NewTicker(20 * time.Millisecond)
	defer t.Stop()
	for {
		rc, err := d.el.TransactionReceipt(ctx, hash)
		if err == nil {
			return rc, nil
		}
		select {
		case <-ctx.Done():
			return nil, fmt.Errorf("devnet: waiting for %s: %w", hash, ctx.Err())
		case <-t.C:
		}
	}
}
