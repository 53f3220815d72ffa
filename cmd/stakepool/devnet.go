package main

import (
	"fmt"
	"io"
	"log/slog"
	"net"
	"os"
	"os/signal"
	"strings"
	"syscall"
	"time"

	"github.com/spf13/cobra"

	"github.com/stakepool/stakepool/devnet"
	"github.com/stakepool/stakepool/localpool"
	"github.com/stakepool/stakepool/units"
)

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
		datadir, httpAddr, rpcAddr      string
		slotTime                        time.Duration
		validators, accounts, bootstrap int
		allowRemote, verbose            bool
		external                        []string
		keepEL                          []int
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
			if err := localpool.CheckRoles(external); err != nil {
				return fmt.Errorf("--external-services: %w", err)
			}
			pc := devnet.DefaultPool()
			pc.KeepELRewards = keepEL
			set, differs, fresh, err := localpool.LoadSettings(datadir, localpool.NewSettings(time.Now(), pc, validators, accounts, bootstrap))
			if err != nil {
				return err
			}
			if differs {
				fmt.Fprintf(out, "note: %s/devnet.json fixes validators=%d accounts=%d bootstrap=%d (set at its first start); flags differing from it are ignored\n",
					datadir, set.Validators, set.Accounts, set.Bootstrap)
			}
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
			n, err := localpool.Start(ctx, localpool.NodeConfig{Dir: datadir, Settings: set, Fresh: fresh, Pool: pc, RPC: rpcLn, HTTP: httpLn,
				Version: "stakepool/" + version, Log: log, Out: out, External: external})
			if err != nil {
				return err
			}
			defer n.Close()
			a, d := n.Addresses, n.Devnet
			fmt.Fprintf(out, "stakepool devnet: chain id %d, data in %s, slot %d, block %d\n", set.ChainID, datadir, d.Slot(), d.Head().Number)
			fmt.Fprintf(out, "  JSON-RPC:   %s   (add it to a wallet: network RPC URL %s, chain id %d, currency ETH)\n", n.RPCURL, n.RPCURL, set.ChainID)
			fmt.Fprintf(out, "  web app and read API: %s/ (GET /v1/status, /v1/pool, /v1/accounts/ADDRESS, ...)\n", n.HTTPURL)
			fmt.Fprintf(out, "  Beacon API: %s/eth/v1/...   dev endpoints: POST %s/v1/dev/advance {\"epochs\": N}, /v1/dev/faucet, /v1/dev/slash\n", n.HTTPURL, n.HTTPURL)
			fmt.Fprintf(out, "contracts (also in %s):\n", n.AddressesFile)
			for _, c := range a.Named() {
				fmt.Fprintf(out, "  %s %s\n", c.Name, c.Address.Hex())
			}
			fmt.Fprintf(out, "dev accounts (%s ETH each; keys in %s):\n", units.FormatEther(units.Ether(localpool.DevAccountETH)), n.AccountsFile)
			for _, acc := range n.Accounts {
				fmt.Fprintf(out, "  %s  %s\n", acc.Address, acc.PrivateKey)
			}
			fmt.Fprintf(out, "a slot every %s; Ctrl-C to stop\n", slotTime)
			if err := n.Run(ctx, slotTime); err != nil {
				return err
			}
			fmt.Fprintln(out, "stopping...")
			if err := n.Stop(); err != nil {
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
	f.IntVar(&validators, "validators", 20_000, "validators of the simulated beacon chain's genesis registry; fixed at the first start")
	f.IntVar(&accounts, "accounts", 10, "dev accounts funded at genesis (10,000 ETH each); fixed at the first start")
	f.IntVar(&bootstrap, "bootstrap-validators", 16, "the pool's validators staked and activated at the first start; fixed at the first start")
	f.BoolVar(&allowRemote, "allow-remote", false, "allow --http and --rpc on non-loopback addresses (the keys are public: anyone reaching them controls the devnet)")
	f.BoolVar(&verbose, "verbose", false, "log at info level (the services' actions)")
	f.IntSliceVar(&keepEL, "keep-el-rewards", nil, "operators (0, 1, …) whose validators propose with the operator's own address as fee recipient, keeping priority fees and MEV: the oracle charges them (docs/operators.md); this run only")
	f.StringSliceVar(&external, "external-services", nil, "roles not run in process once the pool is bootstrapped, left to their own processes (stakepool oracle, guardian, depositor, exit-bot): "+strings.Join(localpool.Roles, ", ")+" (keys in DIR/dev-roles.json)")
	rootCmd.AddCommand(cmd)
}
