package main

// The pool's off-chain services as processes: `stakepool oracle`,
// `guardian`, `depositor`, `exit-bot`. Flags only; each role's logic is
// services.Run*.

import (
	"cmp"
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"log/slog"
	"os"
	"os/signal"
	"path/filepath"
	"syscall"
	"time"

	"github.com/spf13/cobra"

	"github.com/stakepool/stakepool/beacon/api"
	"github.com/stakepool/stakepool/contracts/deploy"
	"github.com/stakepool/stakepool/contracts/poolclient"
	"github.com/stakepool/stakepool/services"
	"github.com/stakepool/stakepool/units"
)

// serviceFlags are the flags every service process has.
type serviceFlags struct {
	rpc, beacon, addresses, pool, stateDir, listen, logLevel string
	chainID                                                  uint64
	interval, timeout                                        time.Duration
	logJSON                                                  bool
}

func (f *serviceFlags) add(cmd *cobra.Command, role string) {
	fs := cmd.Flags()
	fs.StringVar(&f.rpc, "rpc", "", "execution node JSON-RPC URL (default $STAKEPOOL_RPC or "+defaultRPC+"; host:port is enough)")
	fs.StringVar(&f.beacon, "beacon", "", "beacon node Beacon API URL (default $STAKEPOOL_BEACON or http://127.0.0.1:5052)")
	fs.StringVar(&f.addresses, "addresses", "", "the pool's addresses.json (default $STAKEPOOL_ADDRESSES or ./devnet-data/addresses.json)")
	fs.StringVar(&f.pool, "pool", "", "the pool contract's address; the other contracts are read from it (instead of --addresses)")
	fs.Uint64Var(&f.chainID, "chain-id", 0, "refuse to start unless the node is on this chain (0: any)")
	fs.StringVar(&f.stateDir, "state-dir", "./stakepool-"+role+"-state", "directory of what the service must not forget across restarts (locked by one process)")
	fs.StringVar(&f.listen, "http", "127.0.0.1:0", "listen address of GET /healthz and GET /metrics (\"\" to serve nothing)")
	fs.DurationVar(&f.interval, "interval", 12*time.Second, "time between polls of the nodes (failures back off from it up to 2 min)")
	fs.DurationVar(&f.timeout, "timeout", 30*time.Second, "bound on each request to a node")
	fs.StringVar(&f.logLevel, "log-level", "info", "log level: debug, info, warn, error")
	fs.BoolVar(&f.logJSON, "log-json", false, "log JSON lines instead of text")
}

// process turns the flags into a services.Process.
func (f *serviceFlags) process(cmd *cobra.Command) (services.Process, error) {
	var level slog.Level
	if err := level.UnmarshalText([]byte(f.logLevel)); err != nil {
		return services.Process{}, fmt.Errorf("--log-level %q: want debug, info, warn or error", f.logLevel)
	}
	ho := &slog.HandlerOptions{Level: level}
	var h slog.Handler = slog.NewTextHandler(cmd.ErrOrStderr(), ho)
	if f.logJSON {
		h = slog.NewJSONHandler(cmd.ErrOrStderr(), ho)
	}
	p := services.Process{
		RPC:      nodeURL(f.rpc),
		Beacon:   rpcURL(cmp.Or(f.beacon, os.Getenv("STAKEPOOL_BEACON"), "http://127.0.0.1:5052")),
		ChainID:  f.chainID,
		StateDir: f.stateDir, Listen: f.listen, Interval: f.interval, Timeout: f.timeout,
		Log: slog.New(h),
	}
	out := cmd.OutOrStdout()
	p.Ready = func(addr string) {
		if addr != "" {
			fmt.Fprintf(out, "serving GET /healthz and GET /metrics on http://%s\n", addr)
		}
	}
	if f.pool != "" {
		if f.addresses != "" {
			return p, errors.New("give --addresses or --pool, not both")
		}
		pool, err := parseAddress(f.pool)
		if err != nil {
			return p, fmt.Errorf("--pool: %w", err)
		}
		ctx, cancel := context.WithTimeout(cmd.Context(), f.timeout)
		defer cancel()
		if p.Addresses, err = services.DiscoverAddresses(ctx, p.RPC, pool); err != nil {
			return p, err
		}
		return p, nil
	}
	path := cmp.Or(f.addresses, os.Getenv("STAKEPOOL_ADDRESSES"), filepath.Join("devnet-data", "addresses.json"))
	a, err := deploy.ReadAddresses(path)
	if err != nil {
		return p, fmt.Errorf("read the pool's addresses: %w", err)
	}
	p.Addresses = *a
	return p, nil
}

// keyFlags choose an execution-layer signing key.
type keyFlags struct {
	keyFile, keystore, passwordFile, remote, address string
}

func (k *keyFlags) add(cmd *cobra.Command, remote bool) {
	fs := cmd.Flags()
	fs.StringVar(&k.keyFile, "private-key-file", "", "file holding the account's 0x-hex private key")
	fs.StringVar(&k.keystore, "keystore", "", "go-ethereum keystore file of the account")
	fs.StringVar(&k.passwordFile, "password-file", "", "file holding the keystore's password (never a flag)")
	if remote {
		fs.StringVar(&k.remote, "remote-signer", "", "JSON-RPC URL of a remote signer answering eth_signTransaction (Web3Signer, Clef); the key stays there")
		fs.StringVar(&k.address, "address", "", "the account the remote signer signs for (with --remote-signer)")
	}
}

// key loads the key through poolclient.KeySource (as stakepool tx does);
// a service's keystore password comes from a file only.
func (k *keyFlags) key() (*ecdsa.PrivateKey, error) {
	if k.keystore != "" && k.passwordFile == "" {
		return nil, errors.New("--keystore needs --password-file P (a password is never a flag)")
	}
	key, err := poolclient.KeySource{PrivateKeyFile: k.keyFile, Keystore: k.keystore, PasswordFile: k.passwordFile}.Load()
	if errors.Is(err, poolclient.ErrNoKey) {
		return nil, errors.New("a signing key is needed: --private-key-file F or --keystore F --password-file P")
	}
	return key, err
}

// load loads the key as loadKey does for `tx` and `operator`: a keystore's
// password from the file or, for a person at a terminal, the environment.
func (k *keyFlags) load() (*ecdsa.PrivateKey, error) {
	return loadKey(k.keyFile, k.keystore, k.passwordFile)
}

func (k *keyFlags) signer(ctx context.Context) (services.TxSigner, func(), error) {
	if k.remote != "" {
		if k.keyFile != "" || k.keystore != "" {
			return nil, nil, errors.New("give a key (--private-key-file, --keystore) or --remote-signer, not both")
		}
		a, err := parseAddress(k.address)
		if err != nil {
			return nil, nil, fmt.Errorf("--address (the remote signer's account): %w", err)
		}
		rs, err := services.DialRemoteSigner(ctx, k.remote, a)
		if err != nil {
			return nil, nil, err
		}
		return rs, rs.Close, nil
	}
	key, err := k.key()
	if err != nil {
		return nil, nil, err
	}
	return services.NewKeySigner(key), func() {}, nil
}

// serviceCmd completes a service process's command c (its Use is the
// role): the flags every service has, its help's common part, and RunE,
// which makes the Process from those flags and calls run with it until
// SIGINT or SIGTERM.
func serviceCmd(c *cobra.Command, run func(ctx context.Context, p services.Process) error) *cobra.Command {
	var sf serviceFlags
	sf.add(c, c.Use)
	c.Long += serviceCommon
	c.Args = cobra.NoArgs
	c.RunE = func(cmd *cobra.Command, _ []string) error {
		p, err := sf.process(cmd)
		if err != nil {
			return err
		}
		ctx, stop := signal.NotifyContext(cmd.Context(), os.Interrupt, syscall.SIGTERM)
		defer stop()
		return run(ctx, p)
	}
	rootCmd.AddCommand(c)
	return c
}

const serviceCommon = "\n\nIt talks only to the execution node's JSON-RPC (--rpc) and the beacon node's Beacon API\n" +
	"(--beacon), so it runs unchanged against the devnet, a testnet or mainnet. It polls every\n" +
	"--interval; a node that is down, syncing or answering nonsense makes it wait and retry with\n" +
	"back-off (the error names the node and the action), never act. What must not repeat (a vote,\n" +
	"a signature, a transaction in flight) is written to --state-dir before it is sent, so the\n" +
	"process may be killed and restarted at any moment. GET /healthz (200 healthy, 503 not) and\n" +
	"GET /metrics (Prometheus) are served on --http. SIGINT/SIGTERM stop it cleanly. See\n" +
	"docs/operations.md."

func init() {
	// oracle
	{
		var kf keyFlags
		var name string
		var byCreds bool
		cmd := serviceCmd(&cobra.Command{
			Use:   "oracle",
			Short: "Run an oracle member: compute, vote and submit the pool's reports",
			Long: "Runs one member of the oracle committee. At each frame's reference slot, once it is\n" +
				"finalized on the beacon node and the execution node's finalized block holds the same\n" +
				"block, it reads the pool at that block and the pool's validators in that slot's state,\n" +
				"computes the report with oracle.Compute (the simulator's computation), votes for its\n" +
				"hash once, and submits the data when a quorum agrees. Between reports it raises the\n" +
				"alert when a pool validator is newly slashed.",
			Example: "  stakepool oracle --rpc http://127.0.0.1:8545 --beacon http://127.0.0.1:5052 \\\n" +
				"    --addresses devnet-data/addresses.json --private-key-file oracle-0.key --state-dir oracle-0",
		}, func(ctx context.Context, p services.Process) error {
			signer, closeSigner, err := kf.signer(ctx)
			if err != nil {
				return err
			}
			defer closeSigner()
			return services.RunOracleMember(ctx, p, services.OracleMemberOptions{Name: name, Signer: signer, ByCredentials: byCreds})
		})
		kf.add(cmd, true)
		cmd.Flags().StringVar(&name, "name", "oracle", "the member's name in logs and metrics")
		cmd.Flags().BoolVar(&byCreds, "by-credentials", false, "find the pool's validators by streaming the registry for its withdrawal credentials (instead of by the deposited pubkeys)")
	}
	// guardian
	{
		var kf keyFlags
		var name string
		var logFrom uint64
		cmd := serviceCmd(&cobra.Command{
			Use:   "guardian",
			Short: "Run a deposit guardian: check the next deposits' keys and sign the state",
			Long: "Runs a deposit guardian. It watches the deposit contract's root and the registry's\n" +
				"nonce, checks every key the next deposits would use (its BLS deposit signature over the\n" +
				"pool's credentials; no earlier deposit to that pubkey in the deposit contract's log, no\n" +
				"validator with it on the beacon chain) and signs an attestation of the state, served at\n" +
				"GET /v1/attestation on --http for the depositor. On a front-run or an invalid key it\n" +
				"refuses that nonce for good. It never signs a block at or below one it signed, across\n" +
				"restarts.",
			Example: "  stakepool guardian --private-key-file guardian-0.key --http 127.0.0.1:7001 --state-dir guardian-0",
		}, func(ctx context.Context, p services.Process) error {
			key, err := kf.key()
			if err != nil {
				return err
			}
			return services.RunGuardian(ctx, p, services.GuardianOptions{Name: name, Key: key, DepositLogFrom: logFrom})
		})
		kf.add(cmd, false)
		cmd.Flags().StringVar(&name, "name", "guardian", "the guardian's name in logs and metrics")
		cmd.Flags().Uint64Var(&logFrom, "deposit-log-from", 0, "first block of the deposit contract's log to read (its deployment block)")
	}
	// depositor
	{
		var kf keyFlags
		var guardians, allowed []string
		var quorum int
		var maxAge, urgent, feeBlocks uint64
		var maxFee string
		var percentile float64
		cmd := serviceCmd(&cobra.Command{
			Use:   "depositor",
			Short: "Run the depositor: deposit the buffer once a guardian quorum attests",
			Long: "Runs the pool's depositor. When the buffer holds whole 32-ETH chunks and operators have\n" +
				"keys, it reads each guardian's attestation (--guardian URL, repeated), counts those signed\n" +
				"by --guardian-address accounts for the block, deposit root and nonce it sees, and deposits\n" +
				"once --quorum agree, at a fee the strategy accepts: the base fee at most the\n" +
				"--fee-percentile of the last --fee-blocks blocks, whatever it is when --urgent deposits\n" +
				"wait, never above --max-fee.",
			Example: "  stakepool depositor --private-key-file depositor.key \\\n" +
				"    --guardian http://127.0.0.1:7001 --guardian-address 0xAb… --guardian http://127.0.0.1:7002 \\\n" +
				"    --guardian-address 0xCd… --quorum 2 --max-fee 50gwei",
		}, func(ctx context.Context, p services.Process) error {
			o := services.DepositorOptions{Quorum: quorum, MaxAge: maxAge}
			for _, g := range guardians {
				o.Guardians = append(o.Guardians, rpcURL(g))
			}
			for _, s := range allowed {
				a, err := parseAddress(s)
				if err != nil {
					return fmt.Errorf("--guardian-address: %w", err)
				}
				o.Allowed = append(o.Allowed, a)
			}
			if quorum < 1 || quorum > len(o.Allowed) {
				return fmt.Errorf("--quorum %d: want 1..%d (the --guardian-address accounts)", quorum, len(o.Allowed))
			}
			fees := services.PercentileFees{Blocks: feeBlocks, Percentile: percentile, Urgent: urgent}
			if maxFee != "" {
				w, err := units.ParseAmount(maxFee)
				if err != nil {
					return fmt.Errorf("--max-fee: %w", err)
				}
				fees.Max = w.ToBig()
				o.MaxFee = fees.Max
			}
			if percentile < 0 || percentile > 100 {
				return fmt.Errorf("--fee-percentile %g: want 0..100", percentile)
			}
			if percentile < 100 || fees.Max != nil {
				o.Fees = fees
			}
			signer, closeSigner, err := kf.signer(ctx)
			if err != nil {
				return err
			}
			defer closeSigner()
			o.Signer = signer
			return services.RunDepositor(ctx, p, o)
		})
		kf.add(cmd, true)
		fs := cmd.Flags()
		fs.StringArrayVar(&guardians, "guardian", nil, "a guardian's endpoint (its --http address), repeated")
		fs.StringArrayVar(&allowed, "guardian-address", nil, "a guardian's signing address whose attestations count, repeated")
		fs.IntVar(&quorum, "quorum", 0, "attestations needed for a deposit")
		fs.Uint64Var(&maxAge, "max-attestation-age", 64, "blocks an attestation stays usable")
		fs.StringVar(&maxFee, "max-fee", "", "cap on the fee per gas (e.g. 50gwei; default none)")
		fs.Float64Var(&percentile, "fee-percentile", 100, "deposit when the base fee is at most this percentile of recent base fees (100: any)")
		fs.Uint64Var(&feeBlocks, "fee-blocks", 225, "blocks of fee history the percentile is taken over")
		fs.Uint64Var(&urgent, "urgent", 0, "deposit whatever the fee (within --max-fee) when this many deposits wait (0: never)")
	}
	// exit-bot
	{
		var op uint64
		var keystoreDir, passwordFile, remoteSigner string
		cmd := serviceCmd(&cobra.Command{
			Use:   "exit-bot",
			Short: "Run an operator's exit bot: publish the voluntary exits the oracle asks for",
			Long: "Runs a node operator's exit bot. It watches how many of the operator's keys the oracle\n" +
				"asked to exit (the registry counts them, oldest first) and, for each such validator still\n" +
				"active, signs a voluntary exit with its EIP-2335 keystore (--keystores DIR, password from\n" +
				"--password-file) or through a Web3Signer remote signer (--remote-signer URL), keeps the\n" +
				"signed exit in --state-dir, then publishes it through the Beacon API (a restart never\n" +
				"signs or publishes an exit again). An exit the chain refuses for\n" +
				"now (a validator active for less than SHARD_COMMITTEE_PERIOD) is tried again later.",
			Example: "  stakepool exit-bot --operator 0 --keystores validator_keys --password-file pw.txt --state-dir exit-bot-0",
		}, func(ctx context.Context, p services.Process) error {
			o := services.ExitBotOptions{Operator: op, RemoteSigner: remoteSigner}
			if keystoreDir != "" || remoteSigner == "" {
				var err error
				if o.Keystores, err = readExitKeystores(keystoreDir, passwordFile); err != nil {
					return err
				}
			}
			return services.RunExitBot(ctx, p, o)
		})
		cmd.Flags().Uint64Var(&op, "operator", 0, "the operator's id in the registry")
		cmd.Flags().StringVar(&keystoreDir, "keystores", "", "directory of the validators' EIP-2335 keystores (keystore-*.json, as stakepool keys deposit-data writes them)")
		cmd.Flags().StringVar(&passwordFile, "password-file", "", "file holding the keystores' password")
		cmd.Flags().StringVar(&remoteSigner, "remote-signer", "", "instead of --keystores, the base URL of a remote signer speaking the Web3Signer eth2 API (POST /api/v1/eth2/sign/{pubkey}, VOLUNTARY_EXIT) that holds the validators' keys")
	}
}

// readExitKeystores reads dir's keystore-*.json with the password in
// passwordFile.
func readExitKeystores(dir, passwordFile string) ([]api.ExitKeystore, error) {
	pw, err := poolclient.ReadPasswordFile(passwordFile)
	if err != nil {
		return nil, fmt.Errorf("--password-file: %w", err)
	}
	ks, err := api.ReadExitKeystores(dir, pw)
	if errors.Is(err, api.ErrNoKeystores) {
		return nil, fmt.Errorf("--keystores %w", err)
	}
	return ks, err
}
