package devnet

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"math/big"
	"net"
	"net/http"
	"os"
	"path/filepath"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core"
	"github.com/ethereum/go-ethereum/core/rawdb"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/eth"
	"github.com/ethereum/go-ethereum/eth/catalyst"
	"github.com/ethereum/go-ethereum/eth/ethconfig"
	"github.com/ethereum/go-ethereum/eth/filters"
	"github.com/ethereum/go-ethereum/ethdb"
	"github.com/ethereum/go-ethereum/node"
	"github.com/ethereum/go-ethereum/p2p"
	"github.com/ethereum/go-ethereum/rpc"
	"github.com/ethereum/go-ethereum/version"
)

// ExecutionConfig configures the execution layer run in process.
type ExecutionConfig struct {
	// Dir is geth's data directory ("": a temporary directory removed at
	// Close, for a chain nobody continues).
	Dir string
	// Genesis is the execution genesis (Genesis.Execution builds it).
	Genesis *core.Genesis
	// Logger receives geth's warnings and errors (nil: discarded).
	Logger *slog.Logger
}

// Execution is go-ethereum run in process: the chain (hash-scheme archive
// state, so that every block's state is on disk once the block is, and a
// kill -9 loses no state a receipt was shown for), the transaction pool, the
// block builder, the Engine API (ConsensusAPI) and a JSON-RPC server with
// the public namespaces only (eth, net, web3, txpool).
type Execution struct {
	stack  *node.Node
	eth    *eth.Ethereum
	engine *catalyst.ConsensusAPI
	rpc    *rpc.Server
	log    *slog.Logger

	// visible is held for reading by every JSON-RPC request and for
	// writing while the consensus layer makes a block head and durable,
	// so that nobody sees a block (or its receipts) that a crash could
	// still lose.
	visible sync.RWMutex

	mu   sync.Mutex
	http *http.Server
	ln   net.Listener

	tmpDir string // removed at Close ("": none)
}

// OpenExecution starts geth on cfg (creating the chain, or opening the one
// in cfg.Dir, which must have been made from the same genesis).
func OpenExecution(cfg ExecutionConfig) (*Execution, error) {
	if cfg.Genesis == nil || cfg.Genesis.Config == nil {
		return nil, errors.New("devnet: execution genesis missing")
	}
	installGethLog()
	logTo(cfg.Logger)
	dir, tmpDir := cfg.Dir, ""
	if dir == "" {
		// not geth's in-memory database: its freezer moves every finalized
		// block out of the key-value store and, for each, lists the keys of
		// the block's number, which the in-memory store does by scanning
		// every key it holds (an archive's trie nodes): a chain of a few
		// hundred epochs then spends most of its CPU there
		var err error
		if tmpDir, err = os.MkdirTemp("", "stakepool-geth-"); err != nil {
			return nil, fmt.Errorf("devnet: a directory for the execution chain: %w", err)
		}
		dir = tmpDir
	}
	ncfg := node.DefaultConfig
	ncfg.Name = "geth"
	ncfg.DataDir = dir
	ncfg.IPCPath = ""
	ncfg.HTTPHost, ncfg.WSHost, ncfg.AuthAddr = "", "", ""
	ncfg.P2P = p2p.Config{NoDiscovery: true, MaxPeers: 0, ListenAddr: ""}
	ncfg.UseLightweightKDF = true
	ncfg.DBEngine = "pebble"
	stack, err := node.New(&ncfg)
	if err != nil {
		removeTemp(tmpDir)
		return nil, fmt.Errorf("devnet: create the execution node: %w", err)
	}
	ecfg := ethconfig.Defaults
	ecfg.Genesis = cfg.Genesis
	ecfg.NetworkId = cfg.Genesis.Config.ChainID.Uint64()
	ecfg.SyncMode = ethconfig.FullSync
	ecfg.StateScheme = rawdb.HashScheme
	ecfg.NoPruning = true    // every block's state written with the block
	ecfg.SnapshotCache = 64  // flat state reads (rebuilt after a crash: a small state)
	ecfg.LogNoHistory = true // eth_getLogs scans block blooms: no log index to maintain on every block
	ecfg.DatabaseCache = 64
	ecfg.TrieCleanCache = 32
	ecfg.TrieDirtyCache = 0
	ecfg.TxPool.NoLocals = true
	ecfg.TxPool.Journal = ""
	ecfg.Miner.GasPrice = big.NewInt(1)   // include any tip
	ecfg.Miner.Recommit = 2 * time.Second // also the bound of one build: a loaded machine must not cut the payload short
	ecfg.RPCTxFeeCap = 0                  // no fee cap: dev accounts may pay what they like
	backend, err := eth.New(stack, &ecfg)
	if err != nil {
		stack.Close()
		removeTemp(tmpDir)
		return nil, fmt.Errorf("devnet: open the execution chain: %w", err)
	}
	if err := stack.Start(); err != nil {
		stack.Close()
		removeTemp(tmpDir)
		return nil, fmt.Errorf("devnet: start the execution node: %w", err)
	}
	x := &Execution{stack: stack, eth: backend, engine: catalyst.NewConsensusAPI(backend), log: cfg.Logger, tmpDir: tmpDir}
	if x.log == nil {
		x.log = slog.New(slog.DiscardHandler)
	}
	x.rpc = rpc.NewServer()
	apis := backend.APIs()
	fs := filters.NewFilterSystem(backend.APIBackend, filters.Config{})
	apis = append(apis, rpc.API{Namespace: "eth", Service: filters.NewFilterAPI(fs)},
		rpc.API{Namespace: "web3", Service: web3API{}})
	for _, a := range apis {
		switch a.Namespace {
		case "eth", "net", "web3", "txpool":
			if err := x.rpc.RegisterName(a.Namespace, a.Service); err != nil {
				x.Close()
				return nil, fmt.Errorf("devnet: register %s: %w", a.Namespace, err)
			}
		}
	}
	return x, nil
}

// web3API is the web3 namespace (geth's own is registered on its node,
// with the admin and debug namespaces we do not serve).
type web3API struct{}

// ClientVersion is web3_clientVersion.
func (web3API) ClientVersion() string {
	return fmt.Sprintf("stakepool-devnet/geth-v%d.%d.%d", version.Major, version.Minor, version.Patch)
}

// Sha3 is web3_sha3 (keccak-256).
func (web3API) Sha3(input hexutil.Bytes) hexutil.Bytes { return crypto.Keccak256(input) }

// Backend is the in-process geth (for the devnet's own use, never served).
func (x *Execution) Backend() *eth.Ethereum { return x.eth }

// ChainID is the execution chain id.
func (x *Execution) ChainID() uint64 { return x.eth.BlockChain().Config().ChainID.Uint64() }

// Client returns an in-process JSON-RPC client over the public namespaces
// (it sees what a JSON-RPC user sees).
func (x *Execution) Client() *rpc.Client { return rpc.DialInProc(x.rpc) }

// Handler is the JSON-RPC HTTP handler (POST JSON-RPC, GET upgrades to a
// websocket) with geth's host and CORS checks: vhosts are the Host names
// accepted, cors the browser origins.
func (x *Execution) Handler(vhosts, cors []string) http.Handler {
	// no gzip: the devnet's clients are on this machine, where compressing
	// every answer only costs CPU
	httpH := node.NewHTTPHandlerStack(x.rpc, cors, vhosts, nil, true)
	wsH := x.rpc.WebsocketHandler(cors)
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		x.visible.RLock()
		defer x.visible.RUnlock()
		if r.Method == http.MethodGet && r.Header.Get("Upgrade") == "websocket" {
			wsH.ServeHTTP(w, r)
			return
		}
		httpH.ServeHTTP(w, r)
	})
}

// Serve serves JSON-RPC on addr until Close.
func (x *Execution) Serve(addr string, vhosts, cors []string) (net.Addr, error) {
	ln, err := net.Listen("tcp", addr)
	if err != nil {
		return nil, fmt.Errorf("devnet: listen for JSON-RPC on %s: %w", addr, err)
	}
	srv := &http.Server{Handler: x.Handler(vhosts, cors), ReadHeaderTimeout: 10 * time.Second}
	x.mu.Lock()
	x.http, x.ln = srv, ln
	x.mu.Unlock()
	go func() {
		if err := srv.Serve(ln); err != nil && !errors.Is(err, http.ErrServerClosed) {
			x.log.Error("JSON-RPC server stopped", "err", err)
		}
	}()
	return ln.Addr(), nil
}

// Engine is the Engine API of the in-process node.
func (x *Execution) Engine() Engine { return &localEngine{api: x.engine, eth: x.eth} }

// Durable makes everything written so far survive a crash of the process
// (and of the machine): it syncs geth's key-value store.
func (x *Execution) Durable() error {
	if s, ok := x.eth.ChainDb().(ethdb.KeyValueSyncer); ok {
		if err := s.SyncKeyValue(); err != nil {
			return fmt.Errorf("devnet: sync the execution database: %w", err)
		}
	}
	return nil
}

// Publish runs f (which makes a block the head) while no JSON-RPC request
// runs, so that the block becomes visible only when f returns.
func (x *Execution) Publish(f func() error) error {
	x.visible.Lock()
	defer x.visible.Unlock()
	return f()
}

// Rewind sets the execution chain's head back to block number (the
// consensus layer found it ahead of itself on a restart).
func (x *Execution) Rewind(number uint64) error {
	if err := x.eth.BlockChain().SetHead(number); err != nil {
		return err
	}
	// The transaction pool resets to the new head in the background; until
	// it has, it judges nonces by the old head (a payment at the rewound
	// head's nonce was refused as "nonce too low"): wait for the reset.
	if err := x.eth.TxPool().Sync(); err != nil {
		return fmt.Errorf("reset the transaction pool to block %d: %w", number, err)
	}
	return nil
}

// Close stops the JSON-RPC server and geth (which writes its caches).
func (x *Execution) Close() error {
	x.mu.Lock()
	srv := x.http
	x.http = nil
	x.mu.Unlock()
	var errs []error
	if srv != nil {
		ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
		errs = append(errs, srv.Shutdown(ctx))
		cancel()
	}
	x.rpc.Stop()
	errs = append(errs, x.stack.Close())
	removeTemp(x.tmpDir)
	return errors.Join(errs...)
}

// removeTemp removes a temporary chain directory ("": none).
func removeTemp(dir string) {
	if dir != "" {
		os.RemoveAll(dir)
	}
}

// DataDir is where geth keeps its chain (under the devnet's directory).
func DataDir(dir string) string { return filepath.Join(dir, "geth") }
