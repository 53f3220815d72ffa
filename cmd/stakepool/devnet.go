package main

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
	"os/signal"
	"path/filepath"
	"strings"
	"syscall"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/spf13/cobra"

	"github.com/stakepool/stakepool/beacon/sim"
	"github.com/stakepool/stakepool/contracts/bindings"
	"github.com/stakepool/stakepool/contracts/deploy"
	"github.com/stakepool/stakepool/devnet"
	"github.com/stakepool/stakepool/indexer"
	"github.com/stakepool/stakepool/keys"
	"github.com/stakepool/stakepool/localpool"
	"github.com/stakepool/stakepool/readapi"
	"github.com/stakepool/stakepool/units"
)

// devnetSettings are the choices fixed at a devnet's first start, kept in
// DIR/devnet.json: a restart rebuilds the same genesis from them.
type devnetSettings struct {
	ChainID     uint64 `json:"chain_id"`
	GenesisTime uint64 `json:"beacon_genesis_time"`
	Validators  int    `json:"validators"`
	Accounts    int    `json:"accounts"`
	Operators   int    `json:"operators"`
	KeysPerOp   int    `json:"keys_per_operator"`
	Bootstrap   int    `json:"bootstrap_validators"`
	Seed        uint64 `json:"seed"`
}

// loadSettings returns the settings stored in dir (and whether they differ
// from cur), or stores cur there on a first start.
func loadSettings(dir string, cur devnetSettings) (devnetSettings, bool, bool, error) {
	path := filepath.Join(dir, "devnet.json")
	b, err := os.ReadFile(path)
	if errors.Is(err, os.ErrNotExist) {
		b, _ := json.MarshalIndent(cur, "", "  ")
		return cur, false, true, os.WriteFile(path, append(b, '\n'), 0o600)
	}
	if err != nil {
		return cur, false, false, err
	}
	var st devnetSettings
	if err := json.Unmarshal(b, &st); err != nil || st.ChainID == 0 || st.GenesisTime == 0 {
		return cur, false, false, fmt.Errorf("%s: not a devnet made by this version of stakepool (remove the directory to start a new one)", path)
	}
	cur.GenesisTime = st.GenesisTime
	return st, st != cur, false, nil
}

// devAccountETH funds each dev account.
const devAccountETH = 10_000

// genesisOf is the devnet's genesis from its settings: dev accounts
// (DevKey("account-i")), the faucet, the block builder, the pool's
// participants and the bootstrap staker funded, the deposit contract.
func genesisOf(s devnetSettings, pc devnet.PoolConfig) *devnet.Genesis {
	g := &devnet.Genesis{ChainID: s.ChainID, DepositContract: devnet.DepositContractAddress, BeaconTime: s.GenesisTime}
	for i := range s.Accounts {
		g.Fund(devnet.DevAddress(fmt.Sprintf("account-%d", i)), devnet.Ether(devAccountETH))
	}
	g.Fund(devnet.DevAddress("faucet"), devnet.Ether(10_000_000))
	g.Fund(devnet.DevAddress("builder"), devnet.Ether(10_000_000))
	pc.Fund(g)
	localpool.FundBootstrap(g, s.Bootstrap)
	return g
}

type devAccount struct {
	Address    string `json:"address"`
	PrivateKey string `json:"private_key"`
}

func writeJSONFile(path string, v any) error {
	b, err := json.MarshalIndent(v, "", "  ")
	if err != nil {
		return err
	}
	return os.WriteFile(path, append(b, '\n'), 0o600)
}

func keyList(ks ...*ecdsa.PrivateKey) []devAccount {
	var out []devAccount
	for _, k := range ks {
		out = append(out, devAccount{Address: crypto.PubkeyToAddress(k.PublicKey).Hex(), PrivateKey: hexutil.Encode(crypto.FromECDSA(k))})
	}
	return out
}

// listenChecked listens on addr; a non-loopback address needs allowRemote
// and gets a warning.
func listenChecked(addr, what string, allowRemote bool, warn io.Writer) (net.Listener, error) {
	host, _, err := net.SplitHostPort(addr)
	if err != nil {
		return nil, fmt.Errorf("--%s %q: want host:port", what, addr)
	}
	ip := net.ParseIP(host)
	loopback := host == "localhost" || (ip != nil && ip.IsLoopback())
	if !loopback {
		if !allowRemote {
			return nil, fmt.Errorf("--%s %s is not a loopback address: the devnet's keys are public and its dev endpoints change the chain; pass --allow-remote to bind it anyway", what, addr)
		}
		fmt.Fprintf(warn, "WARNING: --%s %s is reachable from other machines; anyone who can reach it can use the devnet's public keys and its dev endpoints\n", what, addr)
	}
	ln, err := net.Listen("tcp", addr)
	if err != nil {
		return nil, fmt.Errorf("listen on %s: %w", addr, err)
	}
	return ln, nil
}

func init() {
	var (
		datadir, httpAddr, rpcAddr string
		slotTime                   time.Duration
		set                        devnetSettings
		allowRemote, verbose       bool
		external                   []string
	)
	cmd := &cobra.Command{
		Use:   "devnet",
		Short: "Run a whole local Ethereum with the pool deployed and running",
		Long: "Starts go-ethereum in process (JSON-RPC on --rpc: eth, net, web3, txpool) driven by the\n" +
			"beacon-chain simulator through the Engine API, the standard Beacon API and the dev\n" +
			"endpoints on --http, the pool's contracts (addresses in DIR/addresses.json) and its\n" +
			"services: operators, guardians, the depositor, three oracle members, exit bots. A new\n" +
			"devnet deploys the pool and bootstraps it (stake, deposits, active validators, a first\n" +
			"report) before it starts; the dev accounts' keys are written to DIR/dev-accounts.json.\n\n" +
			"It runs a slot every --slot-time until interrupted (Ctrl-C stops it cleanly); started\n" +
			"again on the same DIR it continues the same chain. POST /v1/dev/advance {\"epochs\": N}\n" +
			"on --http runs N epochs at once. Everything here is public: never use these keys on a\n" +
			"real network.",
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			out := cmd.OutOrStdout()
			if err := os.MkdirAll(datadir, 0o700); err != nil {
				return err
			}
			level := slog.LevelWarn
			if verbose {
				level = slog.LevelInfo
			}
			log := slog.New(slog.NewTextHandler(cmd.ErrOrStderr(), &slog.HandlerOptions{Level: level}))
			pc := devnet.DefaultPool()
			set.ChainID = devnet.ChainID
			set.Operators, set.KeysPerOp = pc.Operators, pc.KeysPerOperator
			set.Seed = 1
			// the first slot after the genesis state is now
			set.GenesisTime = uint64(time.Now().Unix()) - (devnet.GenesisEpoch*32+31)*12 - 12
			stored, differs, fresh, err := loadSettings(datadir, set)
			if err != nil {
				return err
			}
			if differs {
				fmt.Fprintf(out, "note: %s/devnet.json fixes validators=%d accounts=%d bootstrap=%d (set at its first start); flags differing from it are ignored\n",
					datadir, stored.Validators, stored.Accounts, stored.Bootstrap)
			}
			set = stored
			pc.Operators, pc.KeysPerOperator = set.Operators, set.KeysPerOp
			rpcLn, err := listenChecked(rpcAddr, "rpc", allowRemote, out)
			if err != nil {
				return err
			}
			defer rpcLn.Close()
			httpLn, err := listenChecked(httpAddr, "http", allowRemote, out)
			if err != nil {
				return err
			}
			defer httpLn.Close()

			ctx, stop := signal.NotifyContext(cmd.Context(), os.Interrupt, syscall.SIGTERM)
			defer stop()
			sp, err := devnet.Spec(set.ChainID, devnet.DepositContractAddress)
			if err != nil {
				return err
			}
			verifier := keys.NewDepositVerifier(keys.Network{Name: "devnet", GenesisForkVersion: sp.GenesisForkVersion})
			if fresh {
				fmt.Fprintf(out, "creating a new devnet in %s (%d validators)...\n", datadir, set.Validators)
			}
			started := time.Now()
			d, err := devnet.Open(ctx, devnet.Config{Dir: datadir, Genesis: genesisOf(set, pc), Validators: set.Validators, Seed: set.Seed,
				Behaviour: sim.Behaviour{Seed: set.Seed, ParticipationPerMille: 990, MissedProposalPerMille: 10, ExecutionRewardGwei: 40_000_000},
				Verifier: sim.VerifierFunc(func(pk [48]byte, wc [32]byte, amt uint64, sig [96]byte) bool {
					return verifier.VerifyDeposit(pk, wc, amt, sig) == nil
				}),
				Version: "stakepool/" + version, Logger: log})
			if err != nil {
				return err
			}
			defer d.Close()
			if !d.Restart.Fresh {
				fmt.Fprintf(out, "%s (in %s)\n", d.Restart, time.Since(started).Round(time.Millisecond))
			}
			rpcURL := "http://" + rpcLn.Addr().String()
			httpURL := "http://" + httpLn.Addr().String()
			rpcSrv := &http.Server{Handler: d.Execution().Handler([]string{"*"}, []string{"*"}), ReadHeaderTimeout: 10 * time.Second}
			go rpcSrv.Serve(rpcLn)
			defer rpcSrv.Close()
			mux := http.NewServeMux()
			mux.Handle("/eth/", d.BeaconAPI())
			httpSrv := &http.Server{Handler: mux, ReadHeaderTimeout: 10 * time.Second}

			addrPath := filepath.Join(datadir, "addresses.json")
			a, err := devnet.ReadAddresses(addrPath)
			switch {
			case errors.Is(err, os.ErrNotExist):
				fmt.Fprintln(out, "deploying the pool's contracts...")
				if a, err = localpool.Deploy(ctx, d, pc); err != nil {
					return err
				}
				if err := devnet.WriteAddresses(addrPath, a); err != nil {
					return err
				}
			case err != nil:
				return err
			default:
				d.SetFeeRecipient(devnet.PoolFeeRecipient(a))
			}
			// the Beacon API must answer before the services start
			go httpSrv.Serve(httpLn)
			defer httpSrv.Close()
			team, closeTeam, err := localpool.Team(ctx, rpcURL, httpURL, a, pc, log)
			if err != nil {
				return err
			}
			defer closeTeam()
			d.SetAfterSlot(team.Poll)
			// the read API and the web app (readapi) on --http, following the chain
			ra, err := readapi.New(ctx, readapi.Config{RPC: rpcURL, BeaconURL: httpURL, DataDir: filepath.Join(datadir, "api"), Logger: log,
				Version: version, Addresses: &indexer.Addresses{Pool: a.Pool, WstETH: a.WstETH, WithdrawalQueue: a.WithdrawalQueue,
					Registry: a.Registry, Governance: a.Governance, Oracle: a.Oracle, WithdrawalVault: a.WithdrawalVault, ELRewardsVault: a.ELRewardsVault}})
			if err != nil {
				return err
			}
			defer ra.Close()
			raCtx, raStop := context.WithCancel(ctx)
			raDone := make(chan struct{})
			go func() { defer close(raDone); ra.Run(raCtx) }()
			defer func() { raStop(); <-raDone }()
			mux.Handle("/", ra.Handler())
			inProcess, err := localpool.Without(team, external...)
			if err != nil {
				return fmt.Errorf("--external-services: %w", err)
			}
			if fresh || !bootstrapped(ctx, d, a, set.Bootstrap) {
				fmt.Fprintf(out, "bootstrapping the pool: %d validators staked, keys uploaded, guardians, deposits, activation, first report...\n", set.Bootstrap)
				if err := localpool.Bootstrap(ctx, d, a, set.Bootstrap, 64); err != nil {
					return err
				}
			}
			if len(external) > 0 {
				// from here on the named roles are other processes' (the
				// bootstrap above ran every role in process)
				d.SetAfterSlot(inProcess.Poll)
				fmt.Fprintf(out, "services run in process: %d; left to their own processes: %s\n", len(inProcess.Services), strings.Join(external, ", "))
			}
			mux.Handle("/v1/dev/", d.DevHandler(devnet.DevConfig{Hosts: devnet.ListenHosts(httpLn.Addr()), Faucet: devnet.DevKey("faucet"),
				Operator: operatorValidators(d, a)}))

			var accounts []*ecdsa.PrivateKey
			for i := range set.Accounts {
				accounts = append(accounts, devnet.DevKey(fmt.Sprintf("account-%d", i)))
			}
			list := keyList(accounts...)
			accPath := filepath.Join(datadir, "dev-accounts.json")
			if err := writeJSONFile(accPath, list); err != nil {
				return err
			}
			if err := writeJSONFile(filepath.Join(datadir, "dev-roles.json"), map[string]any{
				"oracle": keyList(pc.OracleKey(0), pc.OracleKey(1), pc.OracleKey(2)), "governance": keyList(pc.Governance()),
				"depositor": keyList(pc.Depositor()), "faucet": keyList(devnet.DevKey("faucet")),
				"guardians": keyList(guardianKeys(pc)...), "operators": keyList(operatorKeys(pc)...),
			}); err != nil {
				return err
			}
			fmt.Fprintf(out, "stakepool devnet: chain id %d, data in %s, slot %d, block %d\n", set.ChainID, datadir, d.Slot(), d.Head().Number)
			fmt.Fprintf(out, "  JSON-RPC:   %s   (add it to a wallet: network RPC URL %s, chain id %d, currency ETH)\n", rpcURL, rpcURL, set.ChainID)
			fmt.Fprintf(out, "  web app and read API: %s/ (GET /v1/status, /v1/pool, /v1/accounts/ADDRESS, ...)\n", httpURL)
			fmt.Fprintf(out, "  Beacon API: %s/eth/v1/...   dev endpoints: POST %s/v1/dev/advance {\"epochs\": N}, /v1/dev/faucet, /v1/dev/slash\n", httpURL, httpURL)
			fmt.Fprintf(out, "contracts (also in %s):\n", addrPath)
			fmt.Fprintf(out, "  stETH (pool) %s\n  wstETH %s\n  withdrawal queue %s\n  operator registry %s\n  oracle %s\n  withdrawal vault %s\n  EL rewards vault %s\n  governance %s\n  deposit contract %s\n",
				a.Pool.Hex(), a.WstETH.Hex(), a.WithdrawalQueue.Hex(), a.Registry.Hex(), a.Oracle.Hex(), a.WithdrawalVault.Hex(), a.ELRewardsVault.Hex(), a.Governance.Hex(), a.DepositContract.Hex())
			fmt.Fprintf(out, "dev accounts (%s ETH each; keys in %s):\n", units.FormatEther(units.Ether(devAccountETH)), accPath)
			for _, acc := range list {
				fmt.Fprintf(out, "  %s  %s\n", acc.Address, acc.PrivateKey)
			}
			fmt.Fprintf(out, "a slot every %s; Ctrl-C to stop\n", slotTime)
			if err := d.Run(ctx, slotTime); err != nil {
				return err
			}
			fmt.Fprintln(out, "stopping...")
			sctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
			defer cancel()
			httpSrv.Shutdown(sctx)
			rpcSrv.Shutdown(sctx)
			closeTeam()
			if err := d.Close(); err != nil {
				return err
			}
			fmt.Fprintln(out, "stopped cleanly")
			return nil
		},
	}
	f := cmd.Flags()
	f.StringVar(&datadir, "datadir", "./devnet-data", "data directory (geth's chain, the beacon blocks and snapshots, addresses.json, dev-accounts.json)")
	f.StringVar(&httpAddr, "http", "127.0.0.1:5052", "Beacon API and dev endpoints listen address")
	f.StringVar(&rpcAddr, "rpc", "127.0.0.1:8545", "JSON-RPC listen address (eth, net, web3, txpool)")
	f.DurationVar(&slotTime, "slot-time", 12*time.Second, "wall time between slots (each slot is 12 s of chain time)")
	f.IntVar(&set.Validators, "validators", 20_000, "validators of the simulated beacon chain's genesis registry; fixed at the first start")
	f.IntVar(&set.Accounts, "accounts", 10, "dev accounts funded at genesis (10,000 ETH each); fixed at the first start")
	f.IntVar(&set.Bootstrap, "bootstrap-validators", 16, "the pool's validators staked and activated at the first start; fixed at the first start")
	f.BoolVar(&allowRemote, "allow-remote", false, "allow --http and --rpc on non-loopback addresses (the keys are public: anyone reaching them controls the devnet)")
	f.BoolVar(&verbose, "verbose", false, "log at info level (the services' actions)")
	f.StringSliceVar(&external, "external-services", nil, "roles not run in process once the pool is bootstrapped, left to their own processes (stakepool oracle, guardian, depositor, exit-bot): "+strings.Join(localpool.Roles, ", ")+" (keys in DIR/dev-roles.json)")
	rootCmd.AddCommand(cmd)
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
