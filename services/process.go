package services

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"log/slog"
	"math/big"
	"net/http"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/collectors"

	"github.com/stakepool/stakepool/beacon/api"
	"github.com/stakepool/stakepool/contracts/deploy"
	"github.com/stakepool/stakepool/contracts/poolclient"
)

// Process is what every service process needs besides its own keys: the
// nodes, the pool's addresses, where it keeps what it must not forget,
// where it serves its health and metrics, and how often it polls. The
// `stakepool oracle|guardian|depositor|exit-bot` commands fill it from
// their flags and call the role's Run function.
type Process struct {
	// RPC is the execution node's JSON-RPC URL; Beacon the beacon node's
	// Beacon API base URL (not needed by the depositor).
	RPC, Beacon string
	// Addresses are the pool's contracts.
	Addresses deploy.Addresses
	// ChainID, when non-zero, must be the node's chain id.
	ChainID uint64
	// StateDir is the service's durable store (a directory the process
	// locks; "" keeps the records in memory: not restart-safe).
	StateDir string
	// Listen is the address of GET /healthz and GET /metrics (and the
	// guardian's GET /v1/attestation); "" serves nothing.
	Listen string
	// Interval is the time between polls (default 12 s); failures back off
	// from it up to MaxBackoff (default 2 min).
	Interval, MaxBackoff time.Duration
	// Timeout bounds each request to a node (default 30 s) and PollTimeout
	// each poll (default 5 min).
	Timeout, PollTimeout time.Duration
	Log                  *slog.Logger
	// Ready, when set, is called once the service runs, with the address
	// its endpoint listens on.
	Ready func(listen string)
}

func (p *Process) defaults() {
	if p.Log == nil {
		p.Log = slog.New(slog.DiscardHandler)
	}
	if p.Timeout <= 0 {
		p.Timeout = 30 * time.Second
	}
	if p.Interval <= 0 {
		p.Interval = 12 * time.Second
	}
}

// DiscoverAddresses reads the other contracts' addresses from the pool
// contract at pool on the node at rpcURL.
func DiscoverAddresses(ctx context.Context, rpcURL string, pool common.Address) (deploy.Addresses, error) {
	el, err := ethclient.DialContext(ctx, rpcURL)
	if err != nil {
		return deploy.Addresses{Pool: pool}, fmt.Errorf("dial %s: %w", rpcURL, err)
	}
	defer el.Close()
	a, err := poolclient.Discover(ctx, el, pool)
	if err != nil {
		return a, fmt.Errorf("%w (JSON-RPC %s)", err, rpcURL)
	}
	return a, nil
}

// processParts are what a role's builder gets: the connections opened
// (and closed by run), the store and the metrics.
type processParts struct {
	conn    *Conn
	beacon  *api.Client
	store   *Store
	metrics *Metrics
	log     *slog.Logger
}

// connect opens the execution node (and the beacon node when needed,
// with exitKeys for an exit bot), retrying with back-off while a node is
// unreachable: a service started before its nodes waits for them.
func (p *Process) connect(ctx context.Context, needBeacon bool, exitKeystores []api.ExitKeystore) (*Conn, *api.Client, error) {
	wait := p.Interval
	for attempt := 1; ; attempt++ {
		conn, bc, err := p.connectOnce(ctx, needBeacon, exitKeystores)
		if err == nil {
			return conn, bc, nil
		}
		var fatal *fatalError
		if errors.As(err, &fatal) || ctx.Err() != nil {
			return nil, nil, err
		}
		p.Log.Warn("the nodes are not reachable yet; waiting", "err", err, "attempt", attempt, "retry_in", wait)
		select {
		case <-ctx.Done():
			return nil, nil, ctx.Err()
		case <-time.After(wait):
		}
		wait = min(2*wait, max(p.MaxBackoff, 2*time.Minute))
	}
}

// fatalError is a start-up failure that waiting cannot cure (a wrong
// chain, a wrong key).
type fatalError struct{ err error }

func (f *fatalError) Error() string { return f.err.Error() }
func (f *fatalError) Unwrap() error { return f.err }

func (p *Process) connectOnce(ctx context.Context, needBeacon bool, exitKeystores []api.ExitKeystore) (*Conn, *api.Client, error) {
	cctx, cancel := context.WithTimeout(ctx, p.Timeout)
	defer cancel()
	conn, err := Dial(cctx, p.RPC, p.Addresses)
	var noPool *poolclient.NoPoolError
	if errors.As(err, &noPool) {
		if p.ChainID != 0 && noPool.ChainID.Uint64() != p.ChainID {
			return nil, nil, &fatalError{fmt.Errorf("services: the node %s is on chain %s, not %d", p.RPC, noPool.ChainID, p.ChainID)}
		}
		return nil, nil, &fatalError{fmt.Errorf("services: no contract at the pool's address %s on %s (chain %s): wrong addresses or network", p.Addresses.Pool, p.RPC, noPool.ChainID)}
	}
	if err != nil {
		return nil, nil, err
	}
	if p.ChainID != 0 && conn.ChainID.Uint64() != p.ChainID {
		conn.Close()
		return nil, nil, &fatalError{fmt.Errorf("services: the node %s is on chain %s, not %d", p.RPC, conn.ChainID, p.ChainID)}
	}
	if !needBeacon {
		return conn, nil, nil
	}
	bc, err := api.New(cctx, api.Config{BeaconURL: p.Beacon, ExecutionURL: p.RPC, Timeout: p.Timeout, ExitKeystores: exitKeystores})
	if err != nil {
		conn.RPC.Close()
		if errors.Is(err, api.ErrConfig) || strings.Contains(err.Error(), "keystore") {
			return nil, nil, &fatalError{err}
		}
		return nil, nil, fmt.Errorf("services: connect to the beacon node %s: %w", p.Beacon, err)
	}
	return conn, bc, nil
}

// run builds the role's service over its nodes and runs it until ctx
// ends: polls with back-off, /healthz and /metrics, the store locked for
// the process's life.
func (p *Process) run(ctx context.Context, role string, needBeacon bool, exitKeystores []api.ExitKeystore,
	build func(pp *processParts) (Service, func(*Server), error)) error {
	p.defaults()
	log := p.Log.With("role", role)
	store, err := OpenStore(p.StateDir)
	if err != nil {
		return err
	}
	defer store.Close()
	reg := prometheus.NewRegistry()
	reg.MustRegister(collectors.NewGoCollector(), collectors.NewProcessCollector(collectors.ProcessCollectorOpts{}))
	metrics := NewMetrics(reg)
	conn, bc, err := p.connect(ctx, needBeacon, exitKeystores)
	if err != nil {
		if ctx.Err() != nil {
			return nil
		}
		return err
	}
	defer conn.RPC.Close()
	if bc != nil {
		defer bc.Close()
	}
	svc, routes, err := build(&processParts{conn: conn, beacon: bc, store: store, metrics: metrics, log: log})
	if err != nil {
		return err
	}
	r := &Runner{Service: svc, Interval: p.Interval, MaxBackoff: p.MaxBackoff, Timeout: p.PollTimeout, Log: log, Metrics: metrics}
	srv := NewServer(reg, r)
	if routes != nil {
		routes(srv)
	}
	addr, err := srv.Listen(p.Listen)
	if err != nil {
		return err
	}
	defer srv.Close()
	log.Info("started", "service", svc.Name(), "rpc", p.RPC, "beacon", p.Beacon, "chain_id", conn.ChainID, "pool", p.Addresses.Pool,
		"state_dir", p.StateDir, "listen", addr, "interval", p.Interval)
	if p.Ready != nil {
		p.Ready(addr)
	}
	err = r.Run(ctx)
	log.Info("stopped", "service", svc.Name())
	return err
}

// OracleMemberOptions are an oracle member process's own settings.
type OracleMemberOptions struct {
	// Name labels the member's logs and metrics (default "oracle").
	Name string
	// Signer signs the member's votes and reports.
	Signer TxSigner
	// ByCredentials reads the validators by streaming the registry and
	// keeping the pool's withdrawal credentials.
	ByCredentials bool
}

// RunOracleMember runs an oracle member until ctx ends.
func RunOracleMember(ctx context.Context, p Process, o OracleMemberOptions) error {
	if o.Signer == nil {
		return errors.New("services: an oracle member needs a signing key")
	}
	if o.Name == "" {
		o.Name = "oracle"
	}
	return p.run(ctx, "oracle", true, nil, func(pp *processParts) (Service, func(*Server), error) {
		m, err := NewOracleMember(pp.conn, o.Name, o.Signer, pp.beacon, pp.store, pp.metrics, pp.log)
		if err != nil {
			return nil, nil, err
		}
		m.ByCredentials = o.ByCredentials
		ok, err := pp.conn.Oracle.IsMember(at(ctx, nil), o.Signer.Address())
		if err == nil && !ok {
			pp.log.Warn("this address is not an oracle member (yet): votes will be refused until governance adds it", "address", o.Signer.Address())
		}
		return m, nil, nil
	})
}

// GuardianOptions are a guardian process's own settings.
type GuardianOptions struct {
	Name string
	// Key signs the guardian's attestations.
	Key *ecdsa.PrivateKey
	// DepositLogFrom is the first block of the deposit contract's log read
	// for earlier deposits (0: from genesis).
	DepositLogFrom uint64
}

// RunGuardian runs a deposit guardian until ctx ends; its attestation is
// served at GET /v1/attestation on p.Listen (required).
func RunGuardian(ctx context.Context, p Process, o GuardianOptions) error {
	if o.Key == nil {
		return errors.New("services: a guardian needs a signing key")
	}
	if p.Listen == "" {
		return errors.New("services: a guardian serves its attestation: give it an address to listen on")
	}
	if o.Name == "" {
		o.Name = "guardian"
	}
	return p.run(ctx, "guardian", true, nil, func(pp *processParts) (Service, func(*Server), error) {
		g, err := NewGuardian(pp.conn, o.Name, o.Key, pp.beacon.GenesisForkVersion(), pp.beacon, pp.store, pp.metrics, pp.log)
		if err != nil {
			return nil, nil, err
		}
		g.DepositLogFrom = o.DepositLogFrom
		return g, func(s *Server) { s.Handle("GET /v1/attestation", AttestationHandler(g)) }, nil
	})
}

// DepositorOptions are the depositor process's own settings.
type DepositorOptions struct {
	Signer TxSigner
	// Guardians are the guardians' endpoints (their --http addresses).
	Guardians []string
	// Allowed are the guardians' addresses whose attestations count.
	Allowed []common.Address
	Quorum  int
	// MaxAge is how many blocks old an attestation may be (0: 64).
	MaxAge uint64
	// Fees is the gas strategy (nil: deposit whatever the fee).
	Fees FeeStrategy
	// MaxFee caps the fee per gas (nil: no cap).
	MaxFee *big.Int
}

// RunDepositor runs the depositor until ctx ends.
func RunDepositor(ctx context.Context, p Process, o DepositorOptions) error {
	if o.Signer == nil {
		return errors.New("services: the depositor needs a signing key")
	}
	if len(o.Guardians) == 0 {
		return errors.New("services: the depositor needs the guardians' endpoints")
	}
	return p.run(ctx, "depositor", false, nil, func(pp *processParts) (Service, func(*Server), error) {
		var src []AttestationSource
		for _, u := range o.Guardians {
			src = append(src, &HTTPAttestations{URL: u})
		}
		d, err := NewDepositor(pp.conn, o.Signer, src, o.Allowed, o.Quorum, pp.store, pp.metrics, pp.log)
		if err != nil {
			return nil, nil, err
		}
		if o.MaxAge > 0 {
			d.MaxAge = o.MaxAge
		}
		d.Fees = o.Fees
		if o.MaxFee != nil {
			d.SetMaxFee(o.MaxFee)
		}
		return d, nil, nil
	})
}

// ExitBotOptions are an exit bot process's own settings.
type ExitBotOptions struct {
	// Operator is the operator's id in the registry.
	Operator uint64
	// Keystores are the EIP-2335 keystores of the operator's validators
	// (with their passwords); or RemoteSigner is the base URL of a signer
	// speaking the Web3Signer eth2 API that holds the keys.
	Keystores    []api.ExitKeystore
	RemoteSigner string
}

// RunExitBot runs operator o.Operator's exit bot until ctx ends. Its
// signed exits are kept in p.StateDir: a restart neither signs nor
// publishes an exit again.
func RunExitBot(ctx context.Context, p Process, o ExitBotOptions) error {
	var signer ExitSigner
	switch {
	case len(o.Keystores) > 0 && o.RemoteSigner != "":
		return errors.New("services: the exit bot signs with keystores or a remote signer, not both")
	case o.RemoteSigner != "":
		signer = &Web3SignerExits{URL: o.RemoteSigner, Client: &http.Client{Timeout: p.Timeout}}
	case len(o.Keystores) > 0:
		ks, err := NewKeystoreExitSigner(o.Keystores)
		if err != nil {
			return err
		}
		signer = ks
	default:
		return errors.New("services: the exit bot needs the validators' keystores or a remote signer")
	}
	return p.run(ctx, "exit-bot", true, nil, func(pp *processParts) (Service, func(*Server), error) {
		b, err := NewExitBot(pp.conn, o.Operator, pp.beacon, pp.log)
		if err != nil {
			return nil, nil, err
		}
		b.Metrics = pp.metrics
		b.Signer = signer
		if err := b.UseStore(pp.store); err != nil {
			return nil, nil, err
		}
		return b, nil, nil
	})
}
