package localpool

import (
	"context"
	"crypto/ecdsa"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"math/big"
	"net"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/stakepool/stakepool/beacon/sim"
	"github.com/stakepool/stakepool/contracts/bindings"
	"github.com/stakepool/stakepool/contracts/deploy"
	"github.com/stakepool/stakepool/devnet"
	"github.com/stakepool/stakepool/indexer"
	"github.com/stakepool/stakepool/keys"
	"github.com/stakepool/stakepool/readapi"
)

// What `stakepool devnet` runs: the devnet with the pool deployed,
// bootstrapped and served — JSON-RPC on one listener; the Beacon API, the
// read API with the web app and the dev endpoints on the other — its
// services polled after every slot, and the dev accounts' keys written
// beside the chain.

// Settings are the choices fixed at a devnet's first start, kept in
// DIR/devnet.json: a restart rebuilds the same genesis from them.
type Settings struct {
	ChainID     uint64 `json:"chain_id"`
	GenesisTime uint64 `json:"beacon_genesis_time"`
	Validators  int    `json:"validators"`
	Accounts    int    `json:"accounts"`
	Operators   int    `json:"operators"`
	KeysPerOp   int    `json:"keys_per_operator"`
	Bootstrap   int    `json:"bootstrap_validators"`
	Seed        uint64 `json:"seed"`
}

// NewSettings are a new devnet's settings at time now: the devnet's chain
// id, pc's operators, seed 1, and the beacon genesis time such that the
// first slot after the genesis state is now.
func NewSettings(now time.Time, pc devnet.PoolConfig, validators, accounts, bootstrap int) Settings {
	return Settings{ChainID: devnet.ChainID, GenesisTime: uint64(now.Unix()) - (devnet.GenesisEpoch*32+31)*12 - 12,
		Validators: validators, Accounts: accounts, Operators: pc.Operators, KeysPerOp: pc.KeysPerOperator, Bootstrap: bootstrap, Seed: 1}
}

// LoadSettings returns the settings stored in dir (and whether they
// differ from cur), or stores cur there on a first start (fresh).
func LoadSettings(dir string, cur Settings) (stored Settings, differs, fresh bool, err error) {
	path := filepath.Join(dir, "devnet.json")
	b, err := os.ReadFile(path)
	if errors.Is(err, os.ErrNotExist) {
		return cur, false, true, writeJSONFile(path, cur)
	}
	if err != nil {
		return cur, false, false, err
	}
	var st Settings
	if err := json.Unmarshal(b, &st); err != nil || st.ChainID == 0 || st.GenesisTime == 0 {
		return cur, false, false, fmt.Errorf("%s: not a devnet made by this version of stakepool (remove the directory to start a new one)", path)
	}
	cur.GenesisTime = st.GenesisTime
	return st, st != cur, false, nil
}

// DevAccountETH funds each dev account.
const DevAccountETH = 10_000

// GenesisOf is the devnet's genesis from its settings: dev accounts
// (DevKey("account-i")), the faucet, the block builder, the pool's
// participants and the bootstrap staker funded, the deposit contract.
func GenesisOf(s Settings, pc devnet.PoolConfig) *devnet.Genesis {
	g := &devnet.Genesis{ChainID: s.ChainID, DepositContract: devnet.DepositContractAddress, BeaconTime: s.GenesisTime}
	for i := range s.Accounts {
		g.Fund(devnet.DevAddress(fmt.Sprintf("account-%d", i)), devnet.Ether(DevAccountETH))
	}
	g.Fund(devnet.DevAddress("faucet"), devnet.Ether(10_000_000))
	g.Fund(devnet.DevAddress("builder"), devnet.Ether(10_000_000))
	pc.Fund(g)
	FundBootstrap(g, s.Bootstrap)
	return g
}

// DevAccount is a key as dev-accounts.json lists it.
type DevAccount struct {
	Address    string `json:"address"`
	PrivateKey string `json:"private_key"`
}

func keyList(ks ...*ecdsa.PrivateKey) []DevAccount {
	var out []DevAccount
	for _, k := range ks {
		out = append(out, DevAccount{Address: crypto.PubkeyToAddress(k.PublicKey).Hex(), PrivateKey: hexutil.Encode(crypto.FromECDSA(k))})
	}
	return out
}

func writeJSONFile(path string, v any) error {
	b, err := json.MarshalIndent(v, "", "  ")
	if err != nil {
		return err
	}
	return os.WriteFile(path, append(b, '\n'), 0o600)
}

// NodeConfig configures a devnet with the pool.
type NodeConfig struct {
	Dir      string
	Settings Settings // as LoadSettings returned them
	Fresh    bool     // a first start (LoadSettings said so)
	Pool     devnet.PoolConfig
	RPC      net.Listener // JSON-RPC
	HTTP     net.Listener // Beacon API, read API and web app, dev endpoints
	Version  string       // the node's and the read API's version string
	Log      *slog.Logger
	Out      io.Writer // what a start does, one line a step
	// External are the roles (Roles) not run in process once the pool is
	// bootstrapped: other processes run them (stakepool oracle, guardian,
	// depositor, exit-bot).
	External []string
}

// Node is a running devnet with the pool.
type Node struct {
	Devnet        *devnet.Devnet
	RPCURL        string
	HTTPURL       string
	Addresses     *deploy.Addresses
	AddressesFile string
	Accounts      []DevAccount // funded with DevAccountETH each
	AccountsFile  string

	rpcSrv, httpSrv *http.Server
	closeTeam       func()
	closers         []func() // run last first
}

// Start opens (or continues) the devnet in cfg.Dir, deploys the pool at
// its first start (addresses in DIR/addresses.json), serves the APIs,
// builds the pool's services (polled after every slot), bootstraps the
// pool when it has not its bootstrap validators yet, and writes the dev
// accounts' and roles' keys (DIR/dev-accounts.json, DIR/dev-roles.json).
// Run it with Run; Close it in any case.
func Start(ctx context.Context, cfg NodeConfig) (n *Node, err error) {
	if cfg.Log == nil {
		cfg.Log = slog.New(slog.DiscardHandler)
	}
	if cfg.Out == nil {
		cfg.Out = io.Discard
	}
	set, pc, out := cfg.Settings, cfg.Pool, cfg.Out
	pc.Operators, pc.KeysPerOperator = set.Operators, set.KeysPerOp
	n = &Node{RPCURL: "http://" + cfg.RPC.Addr().String(), HTTPURL: "http://" + cfg.HTTP.Addr().String()}
	made := n // a failed start returns a nil *Node: close what it made
	defer func() {
		if err != nil {
			made.Close()
		}
	}()
	sp, err := devnet.Spec(set.ChainID, devnet.DepositContractAddress)
	if err != nil {
		return nil, err
	}
	verifier := keys.NewDepositVerifier(keys.Network{Name: "devnet", GenesisForkVersion: sp.GenesisForkVersion})
	if cfg.Fresh {
		fmt.Fprintf(out, "creating a new devnet in %s (%d validators)...\n", cfg.Dir, set.Validators)
	}
	started := time.Now()
	d, err := devnet.Open(ctx, devnet.Config{Dir: cfg.Dir, Genesis: GenesisOf(set, pc), Validators: set.Validators, Seed: set.Seed,
		Behaviour: sim.Behaviour{Seed: set.Seed, ParticipationPerMille: 990, MissedProposalPerMille: 10, ExecutionRewardGwei: 40_000_000},
		Verifier: sim.VerifierFunc(func(pk [48]byte, wc [32]byte, amt uint64, sig [96]byte) bool {
			return verifier.VerifyDeposit(pk, wc, amt, sig) == nil
		}),
		Version: cfg.Version, Logger: cfg.Log})
	if err != nil {
		return nil, err
	}
	n.Devnet = d
	n.closers = append(n.closers, func() { d.Close() })
	if !d.Restart.Fresh {
		fmt.Fprintf(out, "%s (in %s)\n", d.Restart, time.Since(started).Round(time.Millisecond))
	}
	n.rpcSrv = &http.Server{Handler: d.Execution().Handler([]string{"*"}, []string{"*"}), ReadHeaderTimeout: 10 * time.Second}
	go n.rpcSrv.Serve(cfg.RPC)
	n.closers = append(n.closers, func() { n.rpcSrv.Close() })
	mux := http.NewServeMux()
	mux.Handle("/eth/", d.BeaconAPI())
	n.httpSrv = &http.Server{Handler: mux, ReadHeaderTimeout: 10 * time.Second}

	n.AddressesFile = filepath.Join(cfg.Dir, "addresses.json")
	a, err := deploy.ReadAddresses(n.AddressesFile)
	switch {
	case errors.Is(err, os.ErrNotExist):
		fmt.Fprintln(out, "deploying the pool's contracts...")
		if a, err = Deploy(ctx, d, pc); err != nil {
			return nil, err
		}
		if err := devnet.WriteAddresses(n.AddressesFile, a); err != nil {
			return nil, err
		}
	case err != nil:
		return nil, err
	default:
		if err := SetFeeRecipients(d, a, pc); err != nil {
			return nil, err
		}
		if !BondedConnected(ctx, d, a) {
			fmt.Fprintf(out, "note: this devnet was made by an older version: its bonded module %s is not the staking router's module 2, so its operators get no deposits (remove %s to start a new devnet)\n",
				a.BondedModule.Hex(), cfg.Dir)
		}
	}
	n.Addresses = a
	// the Beacon API must answer before the services start
	go n.httpSrv.Serve(cfg.HTTP)
	n.closers = append(n.closers, func() { n.httpSrv.Close() })
	team, closeTeam, err := Team(ctx, n.RPCURL, n.HTTPURL, a, pc, cfg.Log)
	if err != nil {
		return nil, err
	}
	n.closeTeam = closeTeam
	n.closers = append(n.closers, closeTeam)
	d.SetAfterSlot(team.Poll)
	// the read API and the web app (readapi) on the HTTP address, following the chain
	ra, err := readapi.New(ctx, readapi.Config{RPC: n.RPCURL, BeaconURL: n.HTTPURL, DataDir: filepath.Join(cfg.Dir, "api"), Rebuild: true, Logger: cfg.Log,
		Version: cfg.Version, Addresses: &indexer.Addresses{Pool: a.Pool, WstETH: a.WstETH, WithdrawalQueue: a.WithdrawalQueue,
			Registry: a.Registry, Governance: a.Governance, Oracle: a.Oracle, WithdrawalVault: a.WithdrawalVault, ELRewardsVault: a.ELRewardsVault,
			Burner: a.Burner, VetoEscrow: a.VetoEscrow, GateSeal: a.GateSeal, StakingRouter: a.StakingRouter, BondedModule: a.BondedModule}})
	if err != nil {
		return nil, err
	}
	n.closers = append(n.closers, func() { ra.Close() })
	raCtx, raStop := context.WithCancel(ctx)
	raDone := make(chan struct{})
	go func() { defer close(raDone); ra.Run(raCtx) }()
	n.closers = append(n.closers, func() { raStop(); <-raDone })
	mux.Handle("/", ra.Handler())
	inProcess, err := Without(team, cfg.External...)
	if err != nil {
		return nil, err
	}
	if cfg.Fresh || !bootstrapped(ctx, d, a, set.Bootstrap) {
		fmt.Fprintf(out, "bootstrapping the pool: %d validators staked, keys uploaded, guardians, deposits, activation, first report...\n", set.Bootstrap)
		if err := Bootstrap(ctx, d, a, set.Bootstrap, 64); err != nil {
			return nil, err
		}
	}
	if len(cfg.External) > 0 {
		// from here on the named roles are other processes' (the
		// bootstrap above ran every role in process)
		d.SetAfterSlot(inProcess.Poll)
		fmt.Fprintf(out, "services run in process: %d; left to their own processes: %s\n", len(inProcess.Services), strings.Join(cfg.External, ", "))
	}
	mux.Handle("/v1/dev/", d.DevHandler(devnet.DevConfig{Hosts: devnet.ListenHosts(cfg.HTTP.Addr()), Faucet: devnet.DevKey("faucet"),
		Operator: operatorValidators(d, a)}))

	var accounts []*ecdsa.PrivateKey
	for i := range set.Accounts {
		accounts = append(accounts, devnet.DevKey(fmt.Sprintf("account-%d", i)))
	}
	n.Accounts = keyList(accounts...)
	n.AccountsFile = filepath.Join(cfg.Dir, "dev-accounts.json")
	if err := writeJSONFile(n.AccountsFile, n.Accounts); err != nil {
		return nil, err
	}
	if err := writeJSONFile(filepath.Join(cfg.Dir, "dev-roles.json"), map[string]any{
		"oracle": keyList(pc.OracleKey(0), pc.OracleKey(1), pc.OracleKey(2)), "governance": keyList(pc.Governance()),
		"depositor": keyList(pc.Depositor()), "faucet": keyList(devnet.DevKey("faucet")),
		"guardians": keyList(guardianKeys(pc)...), "operators": keyList(operatorKeys(pc)...),
	}); err != nil {
		return nil, err
	}
	return n, nil
}

func guardianKeys(pc devnet.PoolConfig) []*ecdsa.PrivateKey {
	var out []*ecdsa.PrivateKey
	for i := range pc.Guardians {
		out = append(out, pc.GuardianKey(i))
	}
	return out
}

func operatorKeys(pc devnet.PoolConfig) []*ecdsa.PrivateKey {
	var out []*ecdsa.PrivateKey
	for i := range pc.Operators {
		out = append(out, pc.OperatorKey(i))
	}
	return out
}

// Run runs a slot every slotTime until ctx ends.
func (n *Node) Run(ctx context.Context, slotTime time.Duration) error {
	return n.Devnet.Run(ctx, slotTime)
}

// Stop stops cleanly: the servers finish their requests (5 s at most),
// the services close, the devnet writes its state. Close still follows.
func (n *Node) Stop() error {
	sctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	n.httpSrv.Shutdown(sctx)
	n.rpcSrv.Shutdown(sctx)
	n.closeTeam()
	return n.Devnet.Close()
}

// Close releases everything Start made, the last made first.
func (n *Node) Close() {
	for i := len(n.closers) - 1; i >= 0; i-- {
		n.closers[i]()
	}
	n.closers = nil
}

// BondedConnected says whether the deployment's bonded module is the
// staking router's module 2 (a devnet made before it was connected has
// the module with the depositor account as its router).
func BondedConnected(ctx context.Context, d *devnet.Devnet, a *deploy.Addresses) bool {
	r, err := bindings.NewStakingRouterCaller(a.StakingRouter, d.Client())
	if err != nil {
		return false
	}
	m, err := r.GetStakingModule(&bind.CallOpts{Context: ctx}, big.NewInt(2))
	return err == nil && m.M.Registry == a.BondedModule && a.BondedModule != (common.Address{})
}

// bootstrapped says whether the pool has its bootstrap validators reported.
func bootstrapped(ctx context.Context, d *devnet.Devnet, a *deploy.Addresses, n int) bool {
	pool, err := bindings.NewPool(a.Pool, d.Client())
	if err != nil {
		return false
	}
	stat, err := pool.GetBeaconStat(&bind.CallOpts{Context: ctx})
	return err == nil && stat.BeaconValidators.Int64() >= int64(n)
}

// operatorValidators resolves /v1/dev/slash's {"operator", "count"}: the
// count first active validators among the operator's deposited keys.
func operatorValidators(d *devnet.Devnet, a *deploy.Addresses) func(context.Context, uint64, uint64) ([]uint64, error) {
	return func(ctx context.Context, op, count uint64) ([]uint64, error) {
		reg, err := bindings.NewOperatorRegistry(a.Registry, d.Client())
		if err != nil {
			return nil, err
		}
		counts, err := reg.GetAllCounts(&bind.CallOpts{Context: ctx})
		if err != nil {
			return nil, err
		}
		if op >= uint64(len(counts)) {
			return nil, fmt.Errorf("no operator %d (the registry has %d)", op, len(counts))
		}
		var out []uint64
		for i := uint64(0); i < uint64(counts[op].Deposited) && uint64(len(out)) < count; i++ {
			k, err := reg.GetSigningKey(&bind.CallOpts{Context: ctx}, new(big.Int).SetUint64(op), new(big.Int).SetUint64(i))
			if err != nil {
				return nil, err
			}
			var idx int
			ok, active := false, false
			d.Chain().With(func(s *sim.State) {
				if idx, ok = s.IndexOf([48]byte(k.Pubkey)); ok {
					active = s.IsActive(idx, s.CurrentEpoch()) && !s.Slashed[idx]
				}
			})
			if ok && active {
				out = append(out, uint64(idx))
			}
		}
		if len(out) == 0 {
			return nil, fmt.Errorf("operator %d has no active validator to slash", op)
		}
		return out, nil
	}
}
