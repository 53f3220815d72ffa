// Long file: the devnet's assembly on node/ (genesis, chain, wiring,
// bootstrap, dev endpoints); it moves out of cmd/stakepool when the geth
// devnet replaces node/ (issue 12: cmd/stakepool is wiring only).

package main

import (
	"context"
	"crypto/ecdsa"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/http"
	"os"
	"os/signal"
	"path/filepath"
	"syscall"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/collectors"
	"github.com/spf13/cobra"

	"github.com/stakepool/stakepool/api"
	"github.com/stakepool/stakepool/beacon/sim"
	"github.com/stakepool/stakepool/beacon/spec"
	"github.com/stakepool/stakepool/keys"
	"github.com/stakepool/stakepool/node"
	"github.com/stakepool/stakepool/oracle"
	"github.com/stakepool/stakepool/protocol"
	"github.com/stakepool/stakepool/units"
)

// devnetMnemonic is the fixed, public mnemonic the devnet's operators derive
// their validator keys from. Never stake real ETH with it.
const devnetMnemonic = "test test test test test test test test test test test junk"

// devnetChainID is the devnet's EIP-712 chain id.
const devnetChainID = 1337

// devKey derives a fixed secp256k1 key from a label: the devnet's accounts,
// committee members, operators and oracle members are the same on every
// machine, so that scripts can rely on them.
func devKey(label string) *ecdsa.PrivateKey {
	k, err := crypto.ToECDSA(crypto.Keccak256([]byte("stakepool devnet " + label)))
	if err != nil {
		panic(err) // a keccak digest is a valid key with overwhelming probability
	}
	return k
}

func devAddr(label string) common.Address { return crypto.PubkeyToAddress(devKey(label).PublicKey) }

type devnetSpec struct {
	accounts     int
	operators    int
	keysPerOp    int
	accountETH   uint64
	genesis      protocol.Genesis
	pool         common.Address
	members      []*ecdsa.PrivateKey
	oracles      []*ecdsa.PrivateKey
	operatorKeys []*ecdsa.PrivateKey
	devAccounts  []*ecdsa.PrivateKey
}

func newDevnetSpec(accounts, operators, keysPerOp int) *devnetSpec {
	d := &devnetSpec{accounts: accounts, operators: operators, keysPerOp: keysPerOp, accountETH: 10_000, pool: devAddr("pool")}
	chain := protocol.MainnetChain()
	g := protocol.Genesis{
		ChainID: devnetChainID, Chain: chain, Timestamp: chain.GenesisTime,
		Vault: devAddr("withdrawal-vault"), ELRewardsVault: devAddr("el-rewards-vault"),
		Treasury: devAddr("treasury"), WstETH: devAddr("wsteth"), Insurance: devAddr("insurance"),
		StETH: devAddr("pool"), WithdrawalQueue: devAddr("withdrawal-queue"), Burner: devAddr("burner"),
		Params: protocol.DevnetParams(), Threshold: 2, OracleQuorum: 2, Dev: true,
	}
	g.InitialStake = *units.Ether(1)
	// A chain of tens of thousands of validators pays a far higher APR
	// than mainnet (base reward ∝ 1/√total stake): lift the report limits.
	g.Params.AnnualIncreaseBP = 50 * protocol.BP
	g.Params.MaxPositiveRebase = 10_000_000 // 1% per report
	for i := 0; i < 3; i++ {
		k := devKey(fmt.Sprintf("governance-%d", i))
		d.members = append(d.members, k)
		g.Members = append(g.Members, crypto.PubkeyToAddress(k.PublicKey))
		o := devKey(fmt.Sprintf("oracle-%d", i))
		d.oracles = append(d.oracles, o)
		g.OracleMembers = append(g.OracleMembers, crypto.PubkeyToAddress(o.PublicKey))
	}
	for i := 0; i < operators; i++ {
		d.operatorKeys = append(d.operatorKeys, devKey(fmt.Sprintf("operator-%d", i)))
	}
	for i := 0; i < accounts; i++ {
		k := devKey(fmt.Sprintf("account-%d", i))
		d.devAccounts = append(d.devAccounts, k)
		g.Alloc = append(g.Alloc, protocol.Allocation{Address: crypto.PubkeyToAddress(k.PublicKey), ETH: *units.Ether(d.accountETH)})
	}
	d.genesis = g
	return d
}

func (d *devnetSpec) nodeConfig(dir string, slot time.Duration, reg prometheus.Registerer, log *slog.Logger) (node.Config, error) {
	return node.Config{Dir: dir, Genesis: d.genesis, Pool: d.pool,
		SlotTime: slot, Registerer: reg, Logger: log}, nil
}

// chainSeed makes the simulated chain the same on every start, so that a
// restart rebuilds it by replaying the log.
const chainSeed = 1

// wire builds the simulated beacon chain (a synthetic genesis registry of
// validators others run, plus the pool's as they are deposited) and the
// in-process oracle members, and hooks them to the node's blocks.
func (d *devnetSpec) wire(cfg *node.Config, validators int, log *slog.Logger) (*node.Wiring, *sim.Chain, error) {
	net, err := keys.NetworkByName("devnet")
	if err != nil {
		return nil, nil, err
	}
	sp, err := spec.Load("mainnet", spec.Deneb)
	if err != nil {
		return nil, nil, err
	}
	st := sim.NewSynthetic(sp, sim.SyntheticConfig{Validators: validators, Seed: chainSeed, ParticipationPerMille: 1000, Operators: 16})
	st.Verifier = node.SimDepositVerifier(net)
	chain := sim.NewChain(st, sim.Behaviour{Seed: chainSeed, ParticipationPerMille: 990, MissedProposalPerMille: 10, ExecutionRewardGwei: 40_000_000})
	var members []*oracle.Member
	for _, k := range d.oracles {
		m, err := oracle.NewMember(crypto.PubkeyToAddress(k.PublicKey), chain, oracle.MainnetConfig())
		if err != nil {
			return nil, nil, err
		}
		members = append(members, m)
	}
	gst, err := protocol.NewState(d.genesis)
	if err != nil {
		return nil, nil, err
	}
	w, err := node.NewWiring(chain, members, gst, log)
	if err != nil {
		return nil, nil, err
	}
	cfg.Hook = w
	cfg.FirstBlock = w.Head() + 1
	return w, chain, nil
}

// devnetDev implements the dev endpoints on the simulated chain.
type devnetDev struct {
	n       *node.Node
	chain   *sim.Chain
	wiring  *node.Wiring
	creds   protocol.Credentials
	slashes *devSlashes
}

// Advance seals one block per slot, so the oracle members see every frame.
func (d devnetDev) Advance(ctx context.Context, epochs uint64) error {
	var slotsPerEpoch uint64
	d.chain.With(func(s *sim.State) { slotsPerEpoch = s.Spec.SlotsPerEpoch })
	for i := uint64(0); i < epochs*slotsPerEpoch; i++ {
		if err := ctx.Err(); err != nil {
			return err
		}
		if err := d.n.Seal(); err != nil {
			return err
		}
	}
	return nil
}

// Slash slashes the operator's first count active validators on the
// chain, in the sequencer between blocks. The slashings are recorded in
// DIR/dev-slashes.json with the chain's slot, and re-applied at that slot
// when a restart rebuilds the chain from the log.
func (d devnetDev) Slash(_ context.Context, operator uint32, count uint64) error {
	var pubkeys map[protocol.Pubkey]bool
	d.n.View(func(s *protocol.State) {
		ops := s.Operators()
		if int(operator) >= len(ops) {
			return
		}
		pubkeys = map[protocol.Pubkey]bool{}
		for _, k := range ops[operator].Keys[:ops[operator].Deposited] {
			pubkeys[k.Pubkey] = true
		}
	})
	if pubkeys == nil {
		return fmt.Errorf("no operator %d", operator)
	}
	var err error
	var done []uint64
	xerr := d.n.Exec(func() {
		d.chain.With(func(s *sim.State) {
			for i := range s.Credentials {
				if uint64(len(done)) == count {
					return
				}
				if s.Credentials[i] != [32]byte(d.creds) || !pubkeys[protocol.Pubkey(s.Pubkeys[i])] || s.Slashed[i] || !s.IsActive(i, s.CurrentEpoch()) {
					continue
				}
				if err = s.SlashValidator(uint64(i), 0); err != nil {
					return
				}
				done = append(done, uint64(i))
			}
		})
		if len(done) > 0 && err == nil {
			head := d.wiring.Head()
			d.slashes.add(head, done)
			err = d.slashes.save()
		}
	})
	if xerr != nil {
		return xerr
	}
	if err != nil {
		return err
	}
	if len(done) == 0 {
		return fmt.Errorf("operator %d has no active validator on the chain to slash", operator)
	}
	return nil
}

// devSlashes are the dev slashings of a devnet, by chain slot.
type devSlashes struct {
	path string
	At   map[uint64][]uint64 `json:"slashed_at_slot"`
}

func loadSlashes(dir string) (*devSlashes, error) {
	d := &devSlashes{path: filepath.Join(dir, "dev-slashes.json"), At: map[uint64][]uint64{}}
	b, err := os.ReadFile(d.path)
	if errors.Is(err, os.ErrNotExist) {
		return d, nil
	}
	if err != nil {
		return nil, err
	}
	if err := json.Unmarshal(b, d); err != nil {
		return nil, fmt.Errorf("%s: %w", d.path, err)
	}
	return d, nil
}

func (d *devSlashes) add(slot uint64, idx []uint64) { d.At[slot] = append(d.At[slot], idx...) }

func (d *devSlashes) save() error {
	b, err := json.MarshalIndent(d, "", "  ")
	if err != nil {
		return err
	}
	tmp := d.path + ".tmp"
	if err := os.WriteFile(tmp, b, 0o600); err != nil {
		return err
	}
	return os.Rename(tmp, d.path)
}

// replay re-applies the slashings recorded at slot.
func (d *devSlashes) replay(chain *sim.Chain, slot uint64) {
	idx := d.At[slot]
	if len(idx) == 0 {
		return
	}
	chain.With(func(s *sim.State) {
		for _, i := range idx {
			if int(i) < len(s.Slashed) && !s.Slashed[i] {
				s.SlashValidator(i, 0)
			}
		}
	})
}

// bootstrap runs, on a new devnet, what governance and operators would do
// by hand: the committee adds the operators and caps them, each operator
// uploads validator keys derived from the devnet mnemonic (real BLS
// signatures, checked by the pool). Everything goes through the sequencer
// and the log like any transaction.
func (d *devnetSpec) bootstrap(ctx context.Context, n *node.Node, out io.Writer) error {
	var ops int
	n.View(func(s *protocol.State) { ops = s.OperatorCount() })
	if ops >= d.operators {
		return nil
	}
	fmt.Fprintf(out, "bootstrapping: governance adds %d operators, each uploads %d validator keys...\n", d.operators, d.keysPerOp)
	do := func(k *ecdsa.PrivateKey, c protocol.Command) error {
		from := crypto.PubkeyToAddress(k.PublicKey)
		var nonce uint64
		n.View(func(s *protocol.State) { nonce = s.Account(from).Nonce })
		r, err := n.Submit(ctx, &protocol.Tx{Sender: from, Nonce: nonce, Cmd: c})
		if err != nil {
			return err
		}
		if r.Err != nil {
			return fmt.Errorf("bootstrap %s: %v", c.Kind, r.Err)
		}
		return nil
	}
	govern := func(actions []protocol.Action) error {
		var first int
		n.View(func(s *protocol.State) { first = s.ProposalCount() + 1 })
		for _, a := range actions {
			if err := do(d.members[0], protocol.Command{Kind: protocol.CmdPropose, Action: a}); err != nil {
				return err
			}
		}
		for i := range actions {
			if err := do(d.members[1], protocol.Command{Kind: protocol.CmdApproveProposal, Proposal: protocol.ProposalID(first + i)}); err != nil {
				return err
			}
		}
		var lock uint64
		n.View(func(s *protocol.State) {
			sps := s.Chain().SecondsPerSlot
			lock = (s.Params().TimelockSeconds + sps - 1) / sps // in slots, a block each
		})
		if err := n.Advance(lock + 1); err != nil {
			return err
		}
		for i := range actions {
			if err := do(d.members[2], protocol.Command{Kind: protocol.CmdExecuteProposal, Proposal: protocol.ProposalID(first + i)}); err != nil {
				return err
			}
		}
		return nil
	}
	var add, caps []protocol.Action
	for i := ops; i < d.operators; i++ {
		add = append(add, protocol.Action{Kind: protocol.ActAddOperator, Name: fmt.Sprintf("devnet-operator-%d", i),
			Address: crypto.PubkeyToAddress(d.operatorKeys[i].PublicKey)})
		caps = append(caps, protocol.Action{Kind: protocol.ActSetOperatorLimit, Operator: protocol.OperatorID(i), Limit: uint64(d.keysPerOp)})
	}
	if err := govern(add); err != nil {
		return err
	}
	if err := govern(caps); err != nil {
		return err
	}
	net, err := keys.NetworkByName("devnet")
	if err != nil {
		return err
	}
	seed, err := keys.SeedFromMnemonic(devnetMnemonic, "")
	if err != nil {
		return err
	}
	var wc protocol.Credentials
	n.View(func(s *protocol.State) { wc = s.WithdrawalCredentials() })
	for i := ops; i < d.operators; i++ {
		ks := make([]protocol.SigningKey, d.keysPerOp)
		for j := range ks {
			sk, err := keys.DeriveKey(seed, keys.SigningKeyPath(uint32(1000*i+j)))
			if err != nil {
				return err
			}
			dd := keys.SignDeposit(sk, wc, uint64(protocol.DepositSize), net.GenesisForkVersion)
			ks[j] = protocol.SigningKey{Pubkey: protocol.Pubkey(dd.Pubkey), Signature: protocol.Signature(dd.Signature)}
		}
		if err := do(d.operatorKeys[i], protocol.Command{Kind: protocol.CmdAddSigningKeys, Operator: protocol.OperatorID(i), Keys: ks}); err != nil {
			return err
		}
	}
	return n.Seal()
}

// devnetSettings are the choices fixed at a devnet's first start, kept in
// DIR/devnet.json so that a restart rebuilds the same genesis and chain.
type devnetSettings struct {
	Accounts   int `json:"accounts"`
	Validators int `json:"validators"`
	Operators  int `json:"operators"`
	KeysPerOp  int `json:"keys_per_operator"`
}

// loadSettings returns the settings stored in dir, or stores cur there on
// a first start.
func loadSettings(dir string, cur devnetSettings) (devnetSettings, bool, error) {
	path := filepath.Join(dir, "devnet.json")
	b, err := os.ReadFile(path)
	if errors.Is(err, os.ErrNotExist) {
		b, _ := json.MarshalIndent(cur, "", "  ")
		return cur, false, os.WriteFile(path, append(b, '\n'), 0o600)
	}
	if err != nil {
		return cur, false, err
	}
	var st devnetSettings
	if err := json.Unmarshal(b, &st); err != nil {
		return cur, false, fmt.Errorf("%s: %w", path, err)
	}
	return st, st != cur, nil
}

type devAccount struct {
	Address    string `json:"address"`
	PrivateKey string `json:"private_key"`
}

// writeRoles writes the keys of the devnet's committee, oracle members and
// operators' reward addresses to DIR/dev-roles.json, so that governance and
// operator transactions can be tried with stakepool tx as well.
func (d *devnetSpec) writeRoles(dir string) error {
	list := func(ks []*ecdsa.PrivateKey) []devAccount {
		var out []devAccount
		for _, k := range ks {
			out = append(out, devAccount{Address: crypto.PubkeyToAddress(k.PublicKey).Hex(), PrivateKey: hexutil.Encode(crypto.FromECDSA(k))})
		}
		return out
	}
	b, err := json.MarshalIndent(map[string][]devAccount{"governance": list(d.members), "oracle": list(d.oracles), "operators": list(d.operatorKeys)}, "", "  ")
	if err != nil {
		return err
	}
	return os.WriteFile(filepath.Join(dir, "dev-roles.json"), append(b, '\n'), 0o600)
}

func (d *devnetSpec) writeAccounts(dir string) (string, []devAccount, error) {
	var list []devAccount
	for _, k := range d.devAccounts {
		list = append(list, devAccount{Address: crypto.PubkeyToAddress(k.PublicKey).Hex(), PrivateKey: hexutil.Encode(crypto.FromECDSA(k))})
	}
	b, err := json.MarshalIndent(list, "", "  ")
	if err != nil {
		return "", nil, err
	}
	path := filepath.Join(dir, "dev-accounts.json")
	return path, list, os.WriteFile(path, append(b, '\n'), 0o600)
}

func init() {
	var (
		datadir    string
		httpAddr   string
		slotTime   time.Duration
		accounts   int
		operators  int
		keysPerOp  int
		pprofOn    bool
		validators int
		verbose    bool
		snapEvery  uint64
		snapsKept  int
	)
	cmd := &cobra.Command{
		Use:   "devnet",
		Short: "Run a local pool: sequencer, durable log, HTTP API, funded dev accounts",
		Long: "Starts the whole pool on embedded defaults: the sequencer producing a block per\n" +
			"(accelerated) slot, the transaction log in DIR (Pebble, fsync per commit), the HTTP\n" +
			"API, a governance committee and oracle members run in-process, operators with real\n" +
			"BLS keys derived from a fixed devnet mnemonic, and dev accounts funded at genesis.\n" +
			"The dev accounts' keys are written to DIR/dev-accounts.json and printed.\n\n" +
			"It runs until interrupted (Ctrl-C stops it cleanly); started again on the same DIR\n" +
			"it continues the same chain. Everything here is public: never use these keys on\n" +
			"a real network.",
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
			reg := prometheus.NewRegistry()
			reg.MustRegister(collectors.NewGoCollector(), collectors.NewProcessCollector(collectors.ProcessCollectorOpts{}))
			set, differs, err := loadSettings(datadir, devnetSettings{Accounts: accounts, Validators: validators, Operators: operators, KeysPerOp: keysPerOp})
			if err != nil {
				return err
			}
			if differs {
				fmt.Fprintf(out, "note: %s/devnet.json fixes accounts=%d validators=%d operators=%d keys-per-operator=%d (set at its first start); flags differing from it are ignored\n",
					datadir, set.Accounts, set.Validators, set.Operators, set.KeysPerOp)
			}
			accounts, validators, operators, keysPerOp = set.Accounts, set.Validators, set.Operators, set.KeysPerOp
			spec := newDevnetSpec(accounts, operators, keysPerOp)
			cfg, err := spec.nodeConfig(datadir, slotTime, reg, log)
			if err != nil {
				return err
			}
			cfg.SnapshotEvery = snapEvery
			cfg.SnapshotsKept = snapsKept
			var wiring *node.Wiring
			var chain *sim.Chain
			var slashes *devSlashes
			if validators > 0 {
				fmt.Fprintf(out, "building the simulated beacon chain (%d validators) and loading the log...\n", validators)
				if wiring, chain, err = spec.wire(&cfg, validators, log); err != nil {
					return err
				}
				if slashes, err = loadSlashes(datadir); err != nil {
					return err
				}
				wiring.OnReplayed = func(slot uint64) { slashes.replay(chain, slot) }
			}
			started := time.Now()
			n, err := node.Open(cfg)
			if err != nil {
				return err
			}
			defer n.Close()
			for _, s := range n.SkippedSnapshots() {
				fmt.Fprintf(out, "warning: %s; using an older one\n", s)
			}
			if head, _ := n.Head(); head.Number > 0 {
				from := "genesis"
				if b := n.LoadedFromSnapshot(); b > 0 {
					from = fmt.Sprintf("the snapshot of block %d", b)
				}
				fmt.Fprintf(out, "restored block %d from %s and the log after it in %s\n", head.Number, from, time.Since(started).Round(time.Millisecond))
			}
			ctx, stop := signal.NotifyContext(cmd.Context(), os.Interrupt, syscall.SIGTERM)
			defer stop()
			if err := spec.bootstrap(ctx, n, out); err != nil {
				return fmt.Errorf("devnet bootstrap: %w", err)
			}
			path, list, err := spec.writeAccounts(datadir)
			if err != nil {
				return err
			}
			if err := spec.writeRoles(datadir); err != nil {
				return err
			}
			acfg := api.Config{Node: n, Gatherer: reg, Pprof: pprofOn, Logger: log, Version: version}
			if wiring != nil {
				var creds protocol.Credentials
				n.View(func(s *protocol.State) { creds = s.WithdrawalCredentials() })
				acfg.Chain = wiring
				acfg.Dev = devnetDev{n: n, chain: chain, wiring: wiring, creds: creds, slashes: slashes}
			}
			srv, err := api.New(acfg)
			if err != nil {
				return err
			}
			ln, err := net.Listen("tcp", httpAddr)
			if err != nil {
				return fmt.Errorf("listen on %s: %w", httpAddr, err)
			}
			hs := srv.HTTPServer(httpAddr)
			head, _ := n.Head()
			fmt.Fprintf(out, "stakepool devnet: chain id %d, pool %s, block %d, data in %s\n", devnetChainID, spec.pool.Hex(), head.Number, datadir)
			fmt.Fprintf(out, "dev accounts (%s ETH each; keys in %s):\n", units.FormatEther(units.Ether(spec.accountETH)), path)
			for _, a := range list {
				fmt.Fprintf(out, "  %s  %s\n", a.Address, a.PrivateKey)
			}
			fmt.Fprintf(out, "governance, oracle and operator keys: %s\n", filepath.Join(datadir, "dev-roles.json"))
			fmt.Fprintf(out, "HTTP API on http://%s (GET /v1/status, /v1/openapi.json); Ctrl-C to stop\n", ln.Addr())
			errc := make(chan error, 1)
			go func() { errc <- hs.Serve(ln) }()
			select {
			case <-ctx.Done():
			case err := <-errc:
				if !errors.Is(err, http.ErrServerClosed) {
					return err
				}
			}
			fmt.Fprintln(out, "stopping...")
			sctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
			defer cancel()
			hs.Shutdown(sctx)
			if err := n.Close(); err != nil {
				return err
			}
			fmt.Fprintln(out, "stopped cleanly")
			return nil
		},
	}
	f := cmd.Flags()
	f.StringVar(&datadir, "datadir", "./devnet-data", "data directory (log, snapshots, dev-accounts.json)")
	f.StringVar(&httpAddr, "http", "127.0.0.1:8545", "HTTP API listen address")
	f.DurationVar(&slotTime, "slot-time", time.Second, "slot duration (mainnet: 12s; the devnet runs 12x faster by default)")
	f.IntVar(&accounts, "accounts", 10, "dev accounts funded at genesis (10,000 ETH each); fixed at the first start")
	f.IntVar(&operators, "operators", 4, "node operators (real BLS keys from the devnet mnemonic)")
	f.IntVar(&keysPerOp, "keys-per-operator", 32, "validator keys each operator uploads (its cap)")
	f.BoolVar(&pprofOn, "pprof", false, "serve /debug/pprof/ on the HTTP address")
	f.IntVar(&validators, "validators", 20_000, "validators of the simulated chain's genesis registry (0: no chain, no oracle); fixed at the first start")
	f.BoolVar(&verbose, "verbose", false, "log at info level")
	f.IntVar(&snapsKept, "snapshots-kept", node.DefaultSnapshotsKept, "snapshots (of the pool and of the chain) kept on disk, newest first; older ones are deleted as new ones are written")
	f.Uint64Var(&snapEvery, "snapshot-every", node.DefaultSnapshotEvery, "write a snapshot of the pool and the chain every so many blocks (a restart loads the newest and replays the log after it)")
	rootCmd.AddCommand(cmd)

	nodeCmd := &cobra.Command{Use: "node", Short: "Maintain a node's data directory"}
	var repairDir string
	repair := &cobra.Command{
		Use:   "repair",
		Short: "Truncate a corrupt transaction log to its last provable block",
		Long: "A node refuses to start on a log whose tail does not replay (torn or corrupted\n" +
			"entries, a state root that does not match). This command replays the log of the\n" +
			"devnet in --datadir, finds the last sealed block whose state root replays, and\n" +
			"deletes every entry after it (with their transaction index). Transactions after\n" +
			"that block are lost: back the directory up first. On a sound log it changes nothing.",
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			if _, err := os.Stat(filepath.Join(repairDir, "log")); err != nil {
				return fmt.Errorf("no transaction log in %s", repairDir)
			}
			if b, err := os.ReadFile(filepath.Join(repairDir, "devnet.json")); err == nil {
				var set devnetSettings
				if json.Unmarshal(b, &set) == nil && set.Accounts > 0 {
					accounts = set.Accounts
				}
			}
			spec := newDevnetSpec(accounts, operators, keysPerOp)
			cfg, err := spec.nodeConfig(repairDir, 0, nil, nil)
			if err != nil {
				return err
			}
			msg, err := node.Repair(cfg)
			if err != nil {
				return err
			}
			fmt.Fprintln(cmd.OutOrStdout(), msg)
			return nil
		},
	}
	repair.Flags().StringVar(&repairDir, "datadir", "./devnet-data", "data directory of the node")
	repair.Flags().IntVar(&accounts, "accounts", 10, "dev accounts the devnet was created with")
	nodeCmd.AddCommand(repair)
	rootCmd.AddCommand(nodeCmd)
}
