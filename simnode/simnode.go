// Package simnode runs the pool's contracts on go-ethereum's simulated
// backend and serves that chain over standard JSON-RPC on a loopback HTTP
// address, so that services and tests reach it exactly as they reach a real
// node (ethclient.Dial, a browser wallet, any library). It is the chain of
// the read API's tests and of `stakepool bench api` until the devnet serves
// one; it has no consensus layer (no Beacon API) and no oracle.
//
// Blocks are sealed by Commit, or after every accepted transaction when
// Automine is set (as a wallet-facing dev node does).
package simnode

import (
	"bytes"
	"context"
	"crypto/ecdsa"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math/big"
	"net"
	"net/http"
	"reflect"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/eth/ethconfig"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/ethclient/simulated"
	"github.com/ethereum/go-ethereum/node"
	"github.com/ethereum/go-ethereum/rpc"
	"github.com/holiman/uint256"

	"github.com/stakepool/stakepool/contracts/bindings"
	"github.com/stakepool/stakepool/contracts/deploy"
	"github.com/stakepool/stakepool/protocol"
)

// Roles of the dev keys (indexes into Node.Keys); users follow.
const (
	KeyDeployer  = 0
	KeyMember    = 1 // the governance committee (threshold 1)
	KeyDepositor = 2
	KeyTreasury  = 3
	KeyInsurance = 4
	KeyOracle0   = 5 // oracle members 5, 6, 7 (quorum 2)
	KeyOperator0 = 8 // operator reward addresses 8, 9, 10
	KeyUser0     = 11
	Operators    = 3
)

// Funding is every dev key's genesis balance: 1e6 ETH.
var Funding = new(big.Int).Mul(big.NewInt(1e6), big.NewInt(1e18))

// Config configures a node.
type Config struct {
	// Users is the number of funded user keys after the role keys (default 5).
	Users int
	// Automine seals a block after every accepted eth_sendRawTransaction.
	Automine bool
	// GenesisTime, when non-zero, is the genesis timestamp; blocks then
	// follow one second apart while it is ahead of the wall clock.
	GenesisTime uint64
	// Addr is the listen address (default 127.0.0.1:0).
	Addr string
}

// Node is a simulated chain with the pool deployed, served over JSON-RPC.
type Node struct {
	Backend   *simulated.Backend
	URL       string // http://127.0.0.1:PORT
	ChainID   *big.Int
	Keys      []*ecdsa.PrivateKey
	Addrs     []common.Address
	Addresses *deploy.Addresses
	// GenesisTime is the chain's first timestamp (the oracle's clock starts there).
	GenesisTime uint64
	// DeployBlock is the last block of the deployment.
	DeployBlock uint64
	// Client is an ethclient over the HTTP endpoint.
	Client *ethclient.Client

	inproc   *rpc.Client
	automine bool
	mine     sync.Mutex
	srv      *http.Server
	ln       net.Listener
}

// Key is dev key i: the secp256k1 key whose scalar is keccak("stakepool dev key i").
func Key(i int) *ecdsa.PrivateKey {
	k, err := crypto.ToECDSA(crypto.Keccak256([]byte(fmt.Sprintf("stakepool dev key %d", i))))
	if err != nil {
		panic(err) // keccak output is a valid scalar with overwhelming probability; fixed inputs
	}
	return k
}

// Start creates the chain, serves it and deploys the pool.
func Start(ctx context.Context, cfg Config) (*Node, error) {
	if cfg.Users == 0 {
		cfg.Users = 5
	}
	if cfg.Addr == "" {
		cfg.Addr = "127.0.0.1:0"
	}
	n := &Node{automine: cfg.Automine}
	alloc := types.GenesisAlloc{}
	for i := 0; i < KeyUser0+cfg.Users; i++ {
		k := Key(i)
		n.Keys = append(n.Keys, k)
		a := crypto.PubkeyToAddress(k.PublicKey)
		n.Addrs = append(n.Addrs, a)
		alloc[a] = types.Account{Balance: new(big.Int).Set(Funding)}
	}
	n.Backend = simulated.NewBackend(alloc, pragueOnly(cfg.GenesisTime), simulated.WithBlockGasLimit(60_000_000))
	n.inproc = inprocRPC(n.Backend.Client())
	if n.inproc == nil {
		n.Backend.Close()
		return nil, errors.New("simnode: the simulated backend's client exposes no RPC client")
	}
	ln, err := net.Listen("tcp", cfg.Addr)
	if err != nil {
		n.Backend.Close()
		return nil, fmt.Errorf("simnode: listen on %s: %w", cfg.Addr, err)
	}
	n.ln = ln
	n.URL = "http://" + ln.Addr().String()
	n.srv = &http.Server{Handler: http.HandlerFunc(n.serve), ReadHeaderTimeout: 5 * time.Second}
	go n.srv.Serve(ln)
	n.Client, err = ethclient.DialContext(ctx, n.URL)
	if err != nil {
		n.Close()
		return nil, fmt.Errorf("simnode: dial %s: %w", n.URL, err)
	}
	if n.ChainID, err = n.Client.ChainID(ctx); err != nil {
		n.Close()
		return nil, fmt.Errorf("simnode: chain id: %w", err)
	}
	genesis, err := n.Client.HeaderByNumber(ctx, big.NewInt(0))
	if err != nil {
		n.Close()
		return nil, fmt.Errorf("simnode: genesis: %w", err)
	}
	n.GenesisTime = genesis.Time
	if n.Addresses, err = deploy.Deploy(ctx, n.Backend.Client(), n.deployConfig(genesis.Time)); err != nil {
		n.Close()
		return nil, fmt.Errorf("simnode: %w", err)
	}
	head, err := n.Client.HeaderByNumber(ctx, nil)
	if err != nil {
		n.Close()
		return nil, fmt.Errorf("simnode: head: %w", err)
	}
	n.DeployBlock = head.Number.Uint64()
	return n, nil
}

// inprocRPC digs the in-process RPC client out of the simulated backend's
// client (an ethclient.Client embedded in an unexported wrapper whose
// field name hides the Client method).
func inprocRPC(c simulated.Client) *rpc.Client {
	v := reflect.ValueOf(c)
	if v.Kind() != reflect.Struct {
		return nil
	}
	f := v.FieldByName("Client")
	if !f.IsValid() || !f.CanInterface() {
		return nil
	}
	ec, ok := f.Interface().(*ethclient.Client)
	if !ok || ec == nil {
		return nil
	}
	return ec.Client()
}

func pragueOnly(genesisTime uint64) func(*node.Config, *ethconfig.Config) {
	return func(_ *node.Config, conf *ethconfig.Config) {
		c := *conf.Genesis.Config
		c.OsakaTime, c.BogotaTime, c.AmsterdamTime = nil, nil, nil
		conf.Genesis.Config = &c
		if genesisTime == 0 {
			genesisTime = uint64(time.Now().Unix())
		}
		conf.Genesis.Timestamp = genesisTime
	}
}

// Beacon clock of the node's oracle: 12-second slots, 32-slot epochs,
// frames of EpochsPerFrame epochs (25.6 minutes) from the chain's genesis.
const (
	SecondsPerSlot = 12
	SlotsPerEpoch  = 32
)

// deployConfig is the suite the node deploys: three operators, a 1-of-1
// governance committee, three oracle members (quorum 2), the devnet's
// pool parameters.
func (n *Node) deployConfig(genesisTime uint64) deploy.Config {
	eth := func(x int64) *big.Int { return new(big.Int).Mul(big.NewInt(x), big.NewInt(1e18)) }
	p := protocol.DevnetParams()
	p.TimelockSeconds, p.ProposalLifetimeSeconds = 3600, 7*24*3600
	p.DustFloor.SetUint64(1000)
	p.ReserveTargetBP, p.InstantWithdrawalBP, p.MaxDepositsPerBlock = 500, 30, 4
	p.StakeLimitMax.SetFromBig(eth(150_000))
	p.StakeLimitPerBlock.SetFromBig(eth(1_000))
	p.MinWithdrawal.SetUint64(100)
	p.MaxWithdrawal.SetFromBig(eth(1000))
	cfg := deploy.Config{
		Deployer: n.Opts(KeyDeployer), Mine: func() { n.Commit() },
		InitialStake: big.NewInt(1e18), Depositor: n.Addrs[KeyDepositor],
		Treasury: n.Addrs[KeyTreasury], Insurance: n.Addrs[KeyInsurance],
		GovernanceMembers: []common.Address{n.Addrs[KeyMember]}, GovernanceThreshold: 1,
		OracleMembers: n.Addrs[KeyOracle0 : KeyOracle0+3], OracleQuorum: 2,
		Chain: bindings.OracleChainConfig{GenesisTime: new(big.Int).SetUint64(genesisTime), SecondsPerSlot: big.NewInt(SecondsPerSlot), SlotsPerEpoch: big.NewInt(SlotsPerEpoch)},
		Rules: p,
		// The emergency committee is the governance member's key: one pause
		// of a day, possible for a year (Seal).
		PauseCommittee: n.Addrs[KeyMember], PauseExpiry: genesisTime + 365*86400, PauseSeconds: 86400,
		// The permissionless bonded module with CSM's curve, the staking
		// router's module 2 with CSM's fees and a 10% target share (the
		// devnet's, docs/devnet.md); the governance member's key may
		// penalize its operators (a direct charge: the index's bond debt
		// tests).
		Bonded: &deploy.Bonded{Params: protocol.BondedParams{Curve: []uint256.Int{*uint256.MustFromBig(new(big.Int).Mul(big.NewInt(24), big.NewInt(1e17))),
			*uint256.MustFromBig(new(big.Int).Mul(big.NewInt(13), big.NewInt(1e17)))}, Penalizers: []protocol.Address{n.Addrs[KeyMember]}},
			Module: protocol.ModuleParams{Name: "bonded", ShareBP: 1000, ModuleFeeBP: 600, TreasuryFeeBP: 400}},
	}
	limits := []uint64{50, 30, 40}
	for i := 0; i < Operators; i++ {
		cfg.Operators = append(cfg.Operators, deploy.Operator{
			Name: fmt.Sprintf("Operator %c", 'A'+i), RewardAddress: n.Addrs[KeyOperator0+i], Limit: limits[i],
		})
	}
	return cfg
}

// Opts returns transaction options for key i, with fees every block
// takes (a 1-gwei tip; the oracle's suggestion can fall below the
// builder's minimum and leave a transaction pending).
func (n *Node) Opts(i int) *bind.TransactOpts {
	o, err := bind.NewKeyedTransactorWithChainID(n.Keys[i], n.ChainID)
	if err != nil {
		panic(err) // a valid key and chain id
	}
	o.GasTipCap = big.NewInt(1e9)
	o.GasFeeCap = big.NewInt(100e9)
	return o
}

// Commit seals the pending transactions in a block.
func (n *Node) Commit() common.Hash {
	n.mine.Lock()
	defer n.mine.Unlock()
	return n.Backend.Commit()
}

// Fork makes the block parent the head; blocks sealed next build a side
// chain from it (the transactions of the abandoned blocks return to the
// pool). A reorganization for tests.
func (n *Node) Fork(parent common.Hash) error {
	n.mine.Lock()
	defer n.mine.Unlock()
	var err error
	for i := 0; i < 100; i++ {
		if err = n.Backend.Fork(parent); err == nil {
			return nil
		}
		if i == 50 { // transactions of an earlier fork's abandoned blocks wait in the pool
			n.Backend.Commit()
		}
		time.Sleep(5 * time.Millisecond)
	}
	return err
}

// AdjustTime seals an empty block d later than the last. The pool drops
// the transactions of a sealed block in the background: until it has,
// the simulated backend refuses; this waits for it.
func (n *Node) AdjustTime(d time.Duration) error {
	n.mine.Lock()
	defer n.mine.Unlock()
	var err error
	for i := 0; i < 200; i++ {
		if err = n.Backend.AdjustTime(d); err == nil {
			return nil
		}
		time.Sleep(5 * time.Millisecond)
	}
	return err
}

// Close stops serving and closes the chain.
func (n *Node) Close() {
	if n.srv != nil {
		n.srv.Close()
	}
	if n.Client != nil {
		n.Client.Close()
	}
	n.Backend.Close()
}

// rpcRequest is one JSON-RPC 2.0 call.
type rpcRequest struct {
	Version string            `json:"jsonrpc"`
	ID      json.RawMessage   `json:"id"`
	Method  string            `json:"method"`
	Params  []json.RawMessage `json:"params"`
}

type rpcError struct {
	Code    int    `json:"code"`
	Message string `json:"message"`
	Data    any    `json:"data,omitempty"`
}

type rpcResponse struct {
	Version string          `json:"jsonrpc"`
	ID      json.RawMessage `json:"id"`
	Result  json.RawMessage `json:"result,omitempty"`
	Error   *rpcError       `json:"error,omitempty"`
}

// serve answers JSON-RPC over HTTP (single calls and batches) by passing
// each call to the node's in-process RPC server.
func (n *Node) serve(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Access-Control-Allow-Origin", "*")
	w.Header().Set("Access-Control-Allow-Headers", "Content-Type")
	if r.Method == http.MethodOptions {
		return
	}
	if r.Method != http.MethodPost {
		http.Error(w, "JSON-RPC: POST only", http.StatusMethodNotAllowed)
		return
	}
	body, err := io.ReadAll(io.LimitReader(r.Body, 8<<20))
	if err != nil {
		http.Error(w, "reading the body: "+err.Error(), http.StatusBadRequest)
		return
	}
	body = bytes.TrimSpace(body)
	w.Header().Set("Content-Type", "application/json")
	if len(body) > 0 && body[0] == '[' {
		var reqs []rpcRequest
		if err := json.Unmarshal(body, &reqs); err != nil {
			json.NewEncoder(w).Encode(rpcResponse{Version: "2.0", ID: json.RawMessage("null"), Error: &rpcError{Code: -32700, Message: err.Error()}})
			return
		}
		out := make([]rpcResponse, len(reqs))
		for i := range reqs {
			out[i] = n.call(r.Context(), &reqs[i])
		}
		json.NewEncoder(w).Encode(out)
		return
	}
	var req rpcRequest
	if err := json.Unmarshal(body, &req); err != nil {
		json.NewEncoder(w).Encode(rpcResponse{Version: "2.0", ID: json.RawMessage("null"), Error: &rpcError{Code: -32700, Message: err.Error()}})
		return
	}
	json.NewEncoder(w).Encode(n.call(r.Context(), &req))
}

func (n *Node) call(ctx context.Context, req *rpcRequest) rpcResponse {
	resp := rpcResponse{Version: "2.0", ID: req.ID}
	if resp.ID == nil {
		resp.ID = json.RawMessage("null")
	}
	args := make([]any, len(req.Params))
	for i, p := range req.Params {
		args[i] = p
	}
	var res json.RawMessage
	err := n.inproc.CallContext(ctx, &res, req.Method, args...)
	if err != nil {
		e := &rpcError{Code: -32000, Message: err.Error()}
		var ce rpc.Error
		if errors.As(err, &ce) {
			e.Code = ce.ErrorCode()
		}
		var de rpc.DataError
		if errors.As(err, &de) {
			e.Data = de.ErrorData()
		}
		resp.Error = e
		return resp
	}
	if res == nil {
		res = json.RawMessage("null")
	}
	resp.Result = res
	if n.automine && req.Method == "eth_sendRawTransaction" {
		n.Commit()
	}
	return resp
}
