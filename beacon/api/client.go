// Package api implements beacon.Chain over a real consensus node (the
// standard Beacon API, through attestantio/go-eth2-client's HTTP service)
// and, for deposits and execution-layer fees, an execution node (JSON-RPC,
// through go-ethereum's ethclient).
//
// What each method reads and its limits are in docs/beacon.md
// ("beacon/api: a real node").
package api

import (
	"context"
	"crypto/ecdsa"
	"encoding/json"
	"errors"
	"fmt"
	"net"
	"net/http"
	"net/url"
	"strings"
	"sync"
	"time"

	eth2client "github.com/attestantio/go-eth2-client"
	eth2api "github.com/attestantio/go-eth2-client/api"
	eth2http "github.com/attestantio/go-eth2-client/http"
	"github.com/attestantio/go-eth2-client/spec/phase0"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/rs/zerolog"

	"github.com/stakepool/stakepool/beacon"
	"github.com/stakepool/stakepool/keys"
)

// Errors of the client, each returned wrapped with the action and details.
var (
	// ErrUnavailable: the node could not be reached (connection refused,
	// DNS, reset) or go-eth2-client considers it inactive.
	ErrUnavailable = errors.New("beacon/api: node unavailable")
	// ErrMalformed: the node answered with a body that is not what the
	// Beacon API (or JSON-RPC) specifies.
	ErrMalformed = errors.New("beacon/api: malformed response")
	// ErrNotFound: the node answered 404 (unknown state, block or validator).
	ErrNotFound = errors.New("beacon/api: not found")
	// ErrNoDepositKey: SubmitDeposit without an execution-layer key.
	ErrNoDepositKey = errors.New("beacon/api: no execution-layer key configured for deposits")
	// ErrNoExitKey: RequestVoluntaryExit for a validator whose BLS key was not given.
	ErrNoExitKey = errors.New("beacon/api: no BLS key for the validator")
	// ErrNoExecutionNode: an operation needs the execution node and none is configured.
	ErrNoExecutionNode = errors.New("beacon/api: no execution node configured")
	// ErrConfig: the configuration is unusable.
	ErrConfig = errors.New("beacon/api: bad configuration")
)

// HTTPError is a non-2xx answer of the node. It matches ErrNotFound when
// the status is 404 (errors.Is).
type HTTPError struct {
	Method     string
	Endpoint   string
	StatusCode int
	Body       string // the node's message, cut to 512 bytes
}

func (e *HTTPError) Error() string {
	if e.Body == "" {
		return fmt.Sprintf("%s %s: status %d", e.Method, e.Endpoint, e.StatusCode)
	}
	return fmt.Sprintf("%s %s: status %d: %s", e.Method, e.Endpoint, e.StatusCode, e.Body)
}

// Is makes a 404 match ErrNotFound.
func (e *HTTPError) Is(target error) bool {
	return target == ErrNotFound && e.StatusCode == http.StatusNotFound
}

func newHTTPError(method, endpoint string, code int, body []byte) *HTTPError {
	if len(body) > 512 {
		body = body[:512]
	}
	return &HTTPError{Method: method, Endpoint: endpoint, StatusCode: code, Body: strings.TrimSpace(string(body))}
}

// Config configures a Client. Only BeaconURL is required.
type Config struct {
	// BeaconURL is the consensus node's Beacon API base URL (http://host:5052).
	BeaconURL string
	// ExecutionURL is the execution node's JSON-RPC URL (http://host:8545);
	// needed by SubmitDeposit and by Credited's priority-fee sums.
	ExecutionURL string
	// Timeout bounds each ordinary request (default 30 s).
	Timeout time.Duration
	// ValidatorsTimeout bounds the download of a state's whole registry
	// (about 300 MB of JSON on mainnet; default 10 min).
	ValidatorsTimeout time.Duration
	// HTTPClient, when set, is used for every Beacon API request.
	HTTPClient *http.Client

	// DepositKey signs deposit transactions (nil: SubmitDeposit returns
	// ErrNoDepositKey). Load a go-ethereum keystore with keystore.DecryptKey.
	DepositKey *ecdsa.PrivateKey
	// DepositContract overrides the node's DEPOSIT_CONTRACT_ADDRESS.
	DepositContract *common.Address
	// DepositGasLimit, when non-zero, is used instead of eth_estimateGas.
	DepositGasLimit uint64

	// ExitKeys are the validators' BLS signing keys that RequestVoluntaryExit
	// may use (matched by public key). Decrypt EIP-2335 keystores with
	// keys.DecodeKeystore and (*keys.Keystore).Decrypt.
	ExitKeys []*keys.SecretKey
	// ExitKeystores are EIP-2335 keystores of validators' signing keys,
	// decrypted by New and used as ExitKeys.
	ExitKeystores []ExitKeystore

	// CreditsFromSlot is the first slot whose block Credited reads (the
	// slot the pool's vaults were created at); Credited's totals are "since
	// this slot". Each block since then is one request, see docs/beacon.md.
	CreditsFromSlot beacon.Slot
	// Concurrency is how many blocks Credited requests at a time (default 4).
	Concurrency int
}

// ExitKeystore is one EIP-2335 keystore file's content and its password.
type ExitKeystore struct {
	JSON     []byte
	Password string
}

// Client is a beacon.Chain over a Beacon API node (and optionally an
// execution node). It is safe for concurrent use. Close it when done.
type Client struct {
	cfg     Config
	base    *url.URL
	svc     eth2Service
	el      *ethclient.Client
	hc      *http.Client
	cancel  context.CancelFunc
	exitKey map[beacon.Pubkey]*keys.SecretKey

	// from the node, read once at New
	slotsPerEpoch         uint64
	shardCommitteePeriod  uint64
	capellaForkVersion    [4]byte
	genesisForkVersion    [4]byte
	genesisValidatorsRoot [32]byte
	depositContract       common.Address
	depositChainID        uint64

	mu      sync.Mutex
	credits map[beacon.Address]*creditScan
}

// eth2Service is what the client uses of go-eth2-client's HTTP service.
type eth2Service interface {
	eth2client.NodeSyncingProvider
	eth2client.BeaconBlockHeadersProvider
	eth2client.FinalityProvider
	eth2client.SpecProvider
	eth2client.GenesisProvider
	eth2client.SignedBeaconBlockProvider
	eth2client.VoluntaryExitSubmitter
	eth2client.ValidatorsProvider
}

var _ beacon.Chain = (*Client)(nil)

// New connects to the beacon node (and the execution node when configured),
// reads the chain's constants (SLOTS_PER_EPOCH, CAPELLA_FORK_VERSION,
// DEPOSIT_CONTRACT_ADDRESS, DEPOSIT_CHAIN_ID, the genesis validators root)
// and returns the client. ctx bounds New only (the first ping is bounded by
// Timeout); the client lives until Close.
func New(ctx context.Context, cfg Config) (*Client, error) {
	if cfg.BeaconURL == "" {
		return nil, fmt.Errorf("%w: no beacon URL", ErrConfig)
	}
	base, err := url.Parse(cfg.BeaconURL)
	if err != nil || (base.Scheme != "http" && base.Scheme != "https") || base.Host == "" {
		return nil, fmt.Errorf("%w: beacon URL %q is not an http(s) URL", ErrConfig, cfg.BeaconURL)
	}
	if cfg.Timeout <= 0 {
		cfg.Timeout = 30 * time.Second
	}
	if cfg.Concurrency <= 0 {
		cfg.Concurrency = 4
	}
	if cfg.ValidatorsTimeout <= 0 {
		cfg.ValidatorsTimeout = 10 * time.Minute
	}
	hc := cfg.HTTPClient
	if hc == nil {
		hc = &http.Client{Transport: &http.Transport{
			DialContext:         (&net.Dialer{Timeout: cfg.Timeout, KeepAlive: 30 * time.Second}).DialContext,
			MaxIdleConnsPerHost: 16,
			IdleConnTimeout:     90 * time.Second,
		}}
	}
	c := &Client{cfg: cfg, base: base, hc: hc, exitKey: map[beacon.Pubkey]*keys.SecretKey{}, credits: map[beacon.Address]*creditScan{}}
	for _, k := range cfg.ExitKeys {
		if k == nil {
			return nil, fmt.Errorf("%w: nil exit key", ErrConfig)
		}
		c.exitKey[beacon.Pubkey(k.PublicKey())] = k
	}
	for i, ks := range cfg.ExitKeystores {
		k, err := keys.DecodeKeystore(ks.JSON)
		if err != nil {
			return nil, fmt.Errorf("%w: exit keystore %d: %w", ErrConfig, i, err)
		}
		sk, err := k.Decrypt(ks.Password)
		if err != nil {
			return nil, fmt.Errorf("%w: exit keystore %d: %w", ErrConfig, i, err)
		}
		c.exitKey[beacon.Pubkey(sk.PublicKey())] = sk
	}
	// go-eth2-client's service pings the node in the background until its
	// context ends: give it one that lives until Close.
	svcCtx, cancel := context.WithCancel(context.WithoutCancel(ctx))
	c.cancel = cancel
	svc, err := eth2http.New(svcCtx,
		eth2http.WithAddress(cfg.BeaconURL),
		eth2http.WithTimeout(cfg.Timeout),
		eth2http.WithHTTPClient(hc),
		eth2http.WithEnforceJSON(true),
		eth2http.WithLogLevel(zerolog.Disabled),
	)
	if err != nil {
		cancel()
		return nil, c.wrap("connect to "+cfg.BeaconURL, err)
	}
	s, ok := svc.(eth2Service)
	if !ok {
		cancel()
		return nil, fmt.Errorf("%w: go-eth2-client service lacks a provider", ErrConfig)
	}
	c.svc = s
	if err := c.readConstants(ctx); err != nil {
		cancel()
		return nil, err
	}
	if cfg.DepositContract != nil {
		c.depositContract = *cfg.DepositContract
	}
	if cfg.ExecutionURL != "" {
		el, err := ethclient.DialContext(ctx, cfg.ExecutionURL)
		if err != nil {
			cancel()
			return nil, fmt.Errorf("%w: execution node %s: %w", ErrUnavailable, cfg.ExecutionURL, err)
		}
		c.el = el
	}
	return c, nil
}

// Close stops the background pings and closes the execution connection.
func (c *Client) Close() {
	c.cancel()
	if c.el != nil {
		c.el.Close()
	}
}

func (c *Client) readConstants(ctx context.Context) error {
	sp, err := c.svc.Spec(ctx, &eth2api.SpecOpts{})
	if err != nil {
		return c.wrap("read /eth/v1/config/spec", err)
	}
	m := sp.Data
	spe, ok := m["SLOTS_PER_EPOCH"].(uint64)
	if !ok || spe == 0 {
		return fmt.Errorf("%w: /eth/v1/config/spec: SLOTS_PER_EPOCH missing or zero", ErrMalformed)
	}
	c.slotsPerEpoch = spe
	if scp, ok := m["SHARD_COMMITTEE_PERIOD"].(uint64); ok {
		c.shardCommitteePeriod = scp
	} else {
		c.shardCommitteePeriod = 256 // the mainnet configuration's
	}
	cv, ok := m["CAPELLA_FORK_VERSION"].(phase0.Version)
	if !ok {
		return fmt.Errorf("%w: /eth/v1/config/spec: CAPELLA_FORK_VERSION missing", ErrMalformed)
	}
	c.capellaForkVersion = cv
	switch a := m["DEPOSIT_CONTRACT_ADDRESS"].(type) {
	case []byte:
		if len(a) != 20 {
			return fmt.Errorf("%w: /eth/v1/config/spec: DEPOSIT_CONTRACT_ADDRESS of %d bytes", ErrMalformed, len(a))
		}
		c.depositContract = common.BytesToAddress(a)
	case nil:
	default:
		return fmt.Errorf("%w: /eth/v1/config/spec: DEPOSIT_CONTRACT_ADDRESS is %T", ErrMalformed, a)
	}
	switch id := m["DEPOSIT_CHAIN_ID"].(type) {
	case uint64:
		c.depositChainID = id
	case nil:
	default:
		return fmt.Errorf("%w: /eth/v1/config/spec: DEPOSIT_CHAIN_ID is %T", ErrMalformed, id)
	}
	g, err := c.svc.Genesis(ctx, &eth2api.GenesisOpts{})
	if err != nil {
		return c.wrap("read /eth/v1/beacon/genesis", err)
	}
	c.genesisValidatorsRoot = g.Data.GenesisValidatorsRoot
	c.genesisForkVersion = g.Data.GenesisForkVersion
	return nil
}

// GenesisForkVersion is the chain's GENESIS_FORK_VERSION (deposit signatures).
func (c *Client) GenesisForkVersion() [4]byte { return c.genesisForkVersion }

// ExecutionBlockAt returns the execution block of the latest beacon block
// at or before slot (a missed slot has none: the block before it; at most
// two epochs back).
func (c *Client) ExecutionBlockAt(ctx context.Context, slot beacon.Slot) (number uint64, hash common.Hash, err error) {
	for back := uint64(0); back <= 2*c.slotsPerEpoch && back <= uint64(slot); back++ {
		id := fmt.Sprint(uint64(slot) - back)
		b, err := c.svc.SignedBeaconBlock(ctx, &eth2api.SignedBeaconBlockOpts{Block: id})
		if err != nil {
			if errors.Is(c.wrap("", err), ErrNotFound) {
				continue
			}
			return 0, common.Hash{}, c.wrap("read block "+id, err)
		}
		n, err := b.Data.ExecutionBlockNumber()
		if err != nil {
			return 0, common.Hash{}, fmt.Errorf("%w: block %s: %v", ErrMalformed, id, err)
		}
		h, err := b.Data.ExecutionBlockHash()
		if err != nil {
			return 0, common.Hash{}, fmt.Errorf("%w: block %s: %v", ErrMalformed, id, err)
		}
		return n, common.Hash(h), nil
	}
	return 0, common.Hash{}, fmt.Errorf("%w: no block at or within two epochs before slot %d", ErrNotFound, slot)
}

// SlotsPerEpoch is the node's SLOTS_PER_EPOCH.
func (c *Client) SlotsPerEpoch() uint64 { return c.slotsPerEpoch }

// ShardCommitteePeriod is the node's SHARD_COMMITTEE_PERIOD (epochs a
// validator must be active before it may exit).
func (c *Client) ShardCommitteePeriod() uint64 { return c.shardCommitteePeriod }

// URL is the beacon node's base URL (for messages).
func (c *Client) URL() string { return c.cfg.BeaconURL }

// Syncing says whether the node is syncing or optimistic (its head state
// is then not one to act on) (GET /eth/v1/node/syncing).
func (c *Client) Syncing(ctx context.Context) (bool, error) {
	s, err := c.svc.NodeSyncing(ctx, &eth2api.NodeSyncingOpts{})
	if err != nil {
		return false, c.wrap("read the sync status", err)
	}
	if s.Data == nil {
		return false, fmt.Errorf("%w: read the sync status: no data", ErrMalformed)
	}
	return s.Data.IsSyncing || s.Data.IsOptimistic, nil
}

// wrap turns an error of go-eth2-client or of the transport into one of
// ours, keeping the original in the chain (errors.Is/As still see it, and
// context.DeadlineExceeded / context.Canceled).
func (c *Client) wrap(action string, err error) error {
	if action != "" {
		action += " (beacon node " + c.cfg.BeaconURL + ")"
	}
	var ae *eth2api.Error
	var ne net.Error
	var oe *net.OpError
	switch {
	case errors.As(err, &ae):
		he := newHTTPError(ae.Method, ae.Endpoint, ae.StatusCode, ae.Data)
		return fmt.Errorf("beacon/api: %s: %w", action, he)
	case errors.Is(err, context.DeadlineExceeded), errors.Is(err, context.Canceled):
		return fmt.Errorf("beacon/api: %s: %w", action, err)
	case errors.Is(err, eth2client.ErrNotActive), errors.As(err, &oe):
		return fmt.Errorf("%w: %s: %w", ErrUnavailable, action, err)
	case errors.As(err, &ne) && ne.Timeout():
		return fmt.Errorf("beacon/api: %s: %w", action, err)
	case isDecodeError(err):
		return fmt.Errorf("%w: %s: %w", ErrMalformed, action, err)
	}
	return fmt.Errorf("beacon/api: %s: %w", action, err)
}

// isDecodeError says whether go-eth2-client failed to parse a body: it
// joins encoding/json's errors, or its types' own field checks, with
// these messages.
func isDecodeError(err error) bool {
	var se *json.SyntaxError
	var te *json.UnmarshalTypeError
	if errors.As(err, &se) || errors.As(err, &te) {
		return true
	}
	msg := err.Error()
	return strings.Contains(msg, "failed to parse JSON") || strings.Contains(msg, "failed to unmarshal")
}

// HeadSlot implements beacon.Chain: the slot of the head block
// (GET /eth/v1/beacon/headers/head).
func (c *Client) HeadSlot(ctx context.Context) (beacon.Slot, error) {
	h, err := c.svc.BeaconBlockHeader(ctx, &eth2api.BeaconBlockHeaderOpts{Block: "head"})
	if err != nil {
		return 0, c.wrap("read head header", err)
	}
	if h.Data == nil || h.Data.Header == nil || h.Data.Header.Message == nil {
		return 0, fmt.Errorf("%w: read head header: no header", ErrMalformed)
	}
	return beacon.Slot(h.Data.Header.Message.Slot), nil
}

// FinalizedEpoch implements beacon.Chain: the finalized checkpoint of the
// head state (GET /eth/v1/beacon/states/head/finality_checkpoints).
func (c *Client) FinalizedEpoch(ctx context.Context) (beacon.Epoch, error) {
	f, err := c.svc.Finality(ctx, &eth2api.FinalityOpts{State: "head"})
	if err != nil {
		return 0, c.wrap("read finality checkpoints", err)
	}
	if f.Data == nil || f.Data.Finalized == nil {
		return 0, fmt.Errorf("%w: read finality checkpoints: no finalized checkpoint", ErrMalformed)
	}
	return beacon.Epoch(f.Data.Finalized.Epoch), nil
}
