package main

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"net"
	"os"
	"os/signal"
	"strings"
	"syscall"
	"time"

	"github.com/spf13/cobra"

	"github.com/stakepool/stakepool/indexer"
	"github.com/stakepool/stakepool/readapi"
	"github.com/stakepool/stakepool/units"
)

func init() {
	var (
		rpc, beaconURL, pool, addrFile, httpAddr, dataDir string
		fromBlock                                         int64
		publicBind                                        bool
	)
	cmd := &cobra.Command{
		Use:   "api",
		Short: "Serve the read API and the staking web app over any network's nodes",
		Long: `Serve the pool's read API (docs/api.md) and the staking web app at / for
the pool deployed on the chain behind --rpc (execution-layer JSON-RPC), with
the consensus layer read from --beacon-url (the standard Beacon API; optional).
The contracts are found from the pool's address (--pool) or a devnet's
addresses.json (--addresses). The indexer's store lives in --datadir and
survives restarts; the first start indexes from the pool's deployment block.

Examples:
  stakepool api --rpc 127.0.0.1:8545 --beacon-url http://127.0.0.1:5052 --addresses devnet-data/addresses.json
  stakepool api --rpc https://node.example --pool 0x… --http 127.0.0.1:8080 --datadir api-data`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			log := slog.New(slog.NewTextHandler(cmd.ErrOrStderr(), &slog.HandlerOptions{Level: slog.LevelInfo}))
			cfg := readapi.Config{RPC: rpcURL(rpc), BeaconURL: beaconURL, DataDir: dataDir, Logger: log, Version: version}
			switch {
			case addrFile != "":
				b, err := os.ReadFile(addrFile)
				if err != nil {
					return fmt.Errorf("reading the addresses: %w", err)
				}
				var a indexer.Addresses
				if err := json.Unmarshal(b, &a); err != nil {
					return fmt.Errorf("reading the addresses in %s: %w", addrFile, err)
				}
				cfg.Addresses = &a
			case pool != "":
				a, err := units.ParseAddress(pool)
				if err != nil {
					return fmt.Errorf("--pool: %w", err)
				}
				cfg.Pool = a
			default:
				return errors.New("give the pool's address (--pool) or an addresses file (--addresses)")
			}
			if fromBlock >= 0 {
				n := uint64(fromBlock)
				cfg.FromBlock = &n
			}
			host, _, err := net.SplitHostPort(httpAddr)
			if err != nil {
				return fmt.Errorf("--http %q: want host:port", httpAddr)
			}
			if ip := net.ParseIP(host); (ip == nil || !ip.IsLoopback()) && host != "localhost" {
				if !publicBind {
					return fmt.Errorf("--http %s is not a loopback address: pass --public to serve other machines", httpAddr)
				}
				log.Warn("serving the read API beyond this machine", "addr", httpAddr)
			}
			ctx, stop := signal.NotifyContext(cmd.Context(), os.Interrupt, syscall.SIGTERM)
			defer stop()
			srv, err := readapi.New(ctx, cfg)
			if err != nil {
				return err
			}
			defer srv.Close()
			ln, err := net.Listen("tcp", httpAddr)
			if err != nil {
				return fmt.Errorf("listening on %s: %w", httpAddr, err)
			}
			hs := srv.HTTPServer(httpAddr)
			go hs.Serve(ln)
			fmt.Fprintf(cmd.OutOrStdout(), "stakepool read API and web app on http://%s/ (chain from %s)\n", ln.Addr(), cfg.RPC)
			runErr := srv.Run(ctx)
			sctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), 5*time.Second)
			defer cancel()
			hs.Shutdown(sctx)
			if errors.Is(runErr, indexer.ErrInconsistent) {
				return runErr
			}
			return nil
		},
	}
	cmd.Flags().StringVar(&rpc, "rpc", envOr("STAKEPOOL_RPC", "http://127.0.0.1:8545"), "execution node JSON-RPC URL (env STAKEPOOL_RPC)")
	cmd.Flags().StringVar(&beaconURL, "beacon-url", os.Getenv("STAKEPOOL_BEACON_URL"), "beacon node's Beacon API URL (optional; env STAKEPOOL_BEACON_URL)")
	cmd.Flags().StringVar(&pool, "pool", "", "the pool's (stETH's) address")
	cmd.Flags().StringVar(&addrFile, "addresses", "", "a devnet's addresses.json (instead of --pool)")
	cmd.Flags().StringVar(&httpAddr, "http", "127.0.0.1:8080", "listen address")
	cmd.Flags().StringVar(&dataDir, "datadir", "api-data", "directory of the indexer's store")
	cmd.Flags().Int64Var(&fromBlock, "from-block", -1, "first block to index (default: the pool's deployment block)")
	cmd.Flags().BoolVar(&publicBind, "public", false, "allow a non-loopback --http address")
	rootCmd.AddCommand(cmd)
}

// rpcURL accepts host:port without a scheme.
func rpcURL(s string) string {
	if s != "" && !strings.Contains(s, "://") {
		return "http://" + s
	}
	return s
}

func envOr(k, def string) string {
	if v := os.Getenv(k); v != "" {
		return v
	}
	return def
}
