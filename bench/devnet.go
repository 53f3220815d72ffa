package bench

import (
	"context"
	"crypto/ecdsa"
	"fmt"
	"io"
	"math/big"
	"net"
	"net/http"
	"os"
	"runtime/pprof"
	"sync"
	"sync/atomic"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/spf13/pflag"

	"github.com/stakepool/stakepool/beacon/sim"
	"github.com/stakepool/stakepool/contracts/bindings"
	"github.com/stakepool/stakepool/contracts/deploy"
	"github.com/stakepool/stakepool/devnet"
	"github.com/stakepool/stakepool/keys"
	"github.com/stakepool/stakepool/localpool"
)

func init() {
	Register(Bench{
		Name:  "devnet",
		Short: "Benchmark the devnet: epochs advanced per second, stETH transfers through JSON-RPC, start and restart",
		Long: "Starts a devnet in a temporary directory as `stakepool devnet` does (go-ethereum in\n" +
			"process, the simulator of --validators validators driving it through the Engine API, the\n" +
			"pool deployed and bootstrapped, its services on loopback JSON-RPC and Beacon API) and\n" +
			"measures: devnet/start (seconds to a running, bootstrapped devnet), devnet/advance\n" +
			"(simulated epochs per second while advancing --epochs epochs with the services, the\n" +
			"simulator alone on the same registry as the reference, measured in the same run),\n" +
			"devnet/day (seconds for 225 epochs at that pace; goal 20), devnet/day-cpu (the CPU\n" +
			"seconds of those), devnet/day/PHASE (the slot loop's wall time a day by phase, in\n" +
			"the loop's order: begin, pay, build, wait, import, record, head, api, snapshot,\n" +
			"services — see devnet.SlotTimes), devnet/steth-transfers\n" +
			"(stETH transfers confirmed per second, sent through JSON-RPC by --senders accounts while\n" +
			"the chain makes blocks as fast as it can, for --seconds), and devnet/restart (seconds\n" +
			"from a clean stop to a running devnet on the same directory; goal 5).",
		Flags: func(fs *pflag.FlagSet) Run {
			validators := fs.Int("validators", 20_000, "validators of the simulated chain")
			epochs := fs.Int("epochs", 225, "epochs advanced (225: a day)")
			senders := fs.Int("senders", 8, "accounts sending stETH transfers")
			seconds := fs.Int("seconds", 10, "how long transfers are sent")
			profile := fs.String("cpuprofile", "", "write a CPU profile of the advance to this file (go tool pprof)")
			return func(ctx context.Context, log io.Writer) ([]Figure, error) {
				return runDevnet(ctx, log, devnetRun{validators: *validators, epochs: *epochs, senders: *senders,
					window: time.Duration(*seconds) * time.Second, profile: *profile})
			}
		},
	})
}

// benchDevnet is a running devnet with its pool, as stakepool devnet wires it.
type benchDevnet struct {
	d         *devnet.Devnet
	a         *deploy.Addresses
	rpc       string
	closeTeam func()
	servers   []*http.Server
}

func benchGenesis(validators, senders int) (devnet.Config, devnet.PoolConfig) {
	pc := devnet.DefaultPool()
	g := &devnet.Genesis{ChainID: devnet.ChainID, DepositContract: devnet.DepositContractAddress, BeaconTime: 1_700_000_000}
	g.Fund(devnet.DevAddress("builder"), devnet.Ether(10_000_000))
	for i := range senders {
		g.Fund(devnet.DevAddress(fmt.Sprintf("sender-%d", i)), devnet.Ether(1000))
	}
	pc.Fund(g)
	localpool.FundBootstrap(g, 16)
	sp, _ := devnet.Spec(devnet.ChainID, devnet.DepositContractAddress)
	v := keys.NewDepositVerifier(keys.Network{Name: "devnet", GenesisForkVersion: sp.GenesisForkVersion})
	return devnet.Config{Genesis: g, Validators: validators, Seed: 1,
		Behaviour: sim.Behaviour{Seed: 1, ParticipationPerMille: 990, MissedProposalPerMille: 10, ExecutionRewardGwei: 40_000_000},
		Verifier: sim.VerifierFunc(func(pk [48]byte, wc [32]byte, amt uint64, sig [96]byte) bool {
			return v.VerifyDeposit(pk, wc, amt, sig) == nil
		})}, pc
}

func serveLoopback(h http.Handler) (*http.Server, string, error) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return nil, "", err
	}
	srv := &http.Server{Handler: h}
	go srv.Serve(ln)
	return srv, "http://" + ln.Addr().String(), nil
}

// startBenchDevnet opens (or reopens) the devnet in dir with its pool.
func startBenchDevnet(ctx context.Context, dir string, cfg devnet.Config, pc devnet.PoolConfig, a *deploy.Addresses) (*benchDevnet, error) {
	cfg.Dir = dir
	d, err := devnet.Open(ctx, cfg)
	if err != nil {
		return nil, err
	}
	b := &benchDevnet{d: d, a: a}
	rpcSrv, rpcURL, err := serveLoopback(d.Execution().Handler([]string{"*"}, nil))
	if err != nil {
		d.Close()
		return nil, err
	}
	beaconSrv, beaconURL, err := serveLoopback(d.BeaconAPI())
	if err != nil {
		d.Close()
		return nil, err
	}
	b.servers, b.rpc = []*http.Server{rpcSrv, beaconSrv}, rpcURL
	fresh := a == nil
	if fresh {
		if b.a, err = localpool.Deploy(ctx, d, pc); err != nil {
			b.close()
			return nil, err
		}
	} else {
		d.SetFeeRecipient(devnet.PoolFeeRecipient(a))
	}
	team, closeTeam, err := localpool.Team(ctx, rpcURL, beaconURL, b.a, pc, nil)
	if err != nil {
		b.close()
		return nil, err
	}
	b.closeTeam = closeTeam
	d.SetAfterSlot(team.Poll)
	if fresh {
		if err := localpool.Bootstrap(ctx, d, b.a, 16, 64); err != nil {
			b.close()
			return nil, err
		}
	}
	return b, nil
}

func (b *benchDevnet) close() error {
	for _, s := range b.servers {
		s.Close()
	}
	if b.closeTeam != nil {
		b.closeTeam()
	}
	return b.d.Close()
}

// devnetRun is what one devnet bench measures.
type devnetRun struct {
	validators, epochs, senders int
	window                      time.Duration
	profile                     string // CPU profile of the advance ("": none)
}

func runDevnet(ctx context.Context, log io.Writer, r devnetRun) ([]Figure, error) {
	validators, epochs, senders, window := r.validators, r.epochs, r.senders, r.window
	dir, err := os.MkdirTemp("", "stakepool-bench-devnet-")
	if err != nil {
		return nil, err
	}
	defer os.RemoveAll(dir)
	cfg, pc := benchGenesis(validators, senders)
	fmt.Fprintf(log, "starting a devnet of %d validators and bootstrapping its pool...\n", validators)
	t0 := time.Now()
	b, err := startBenchDevnet(ctx, dir, cfg, pc, nil)
	if err != nil {
		return nil, err
	}
	start := time.Since(t0).Seconds()
	figs := []Figure{{Name: "devnet/start", Unit: "s", Value: start, LowerIsBetter: true}}

	// the simulator alone on the same registry: the reference
	st := cfg.Genesis.BeaconState(b.d.Spec(), validators, cfg.Seed)
	alone := sim.NewChain(st, cfg.Behaviour)
	fmt.Fprintf(log, "advancing the simulator alone %d epochs...\n", epochs)
	t0 = time.Now()
	alone.AdvanceEpochs(epochs)
	simRate := float64(epochs) / time.Since(t0).Seconds()
	fmt.Fprintf(log, "advancing the devnet %d epochs (load average %.1f)...\n", epochs, loadAverage())
	stopProfile, err := StartProfile(r.profile)
	if err != nil {
		b.close()
		return figs, err
	}
	t0, cpu0, times0 := time.Now(), processCPU(), b.d.SlotTimes()
	err = b.d.AdvanceEpochs(ctx, uint64(epochs))
	el, cpu := time.Since(t0).Seconds(), (processCPU() - cpu0).Seconds()
	times := b.d.SlotTimes().Sub(times0)
	stopProfile()
	if err != nil {
		b.close()
		return figs, err
	}
	rate := float64(epochs) / el
	figs = append(figs, Figure{Name: "devnet/advance", Unit: "epochs/s", Value: rate, Reference: "simulator alone", ReferenceValue: simRate, Speedup: rate / simRate},
		Figure{Name: "devnet/day", Unit: "s", Value: 225 / rate, LowerIsBetter: true},
		// the CPU a day costs, all goroutines: what a loaded machine's wall time hides
		Figure{Name: "devnet/day-cpu", Unit: "s", Value: 225 * cpu / float64(epochs), LowerIsBetter: true})
	fmt.Fprintf(log, "advanced in %.1f s (%.1f s of CPU), load average %.1f\n", el, cpu, loadAverage())
	// the slot loop's critical path by phase, in seconds a day
	for _, p := range times.Phases() {
		figs = append(figs, Figure{Name: "devnet/day/" + p.Name, Unit: "s", Value: 225 * p.Time.Seconds() / float64(epochs), LowerIsBetter: true})
	}

	fmt.Fprintf(log, "sending stETH transfers from %d accounts for %s...\n", senders, window)
	tps, err := transferLoad(ctx, b, senders, window)
	if err != nil {
		b.close()
		return figs, err
	}
	figs = append(figs, Figure{Name: "devnet/steth-transfers", Unit: "tx/s", Value: tps})

	a := b.a
	if err := b.close(); err != nil {
		return figs, err
	}
	t0 = time.Now()
	b, err = startBenchDevnet(ctx, dir, cfg, pc, a)
	if err != nil {
		return figs, err
	}
	restart := time.Since(t0).Seconds()
	fmt.Fprintf(log, "restart: %s\n", b.d.Restart)
	figs = append(figs, Figure{Name: "devnet/restart", Unit: "s", Value: restart, LowerIsBetter: true})
	return figs, b.close()
}

// StartProfile starts a CPU profile into path ("": none) and returns its
// stop (the benches' and stakepool simulate's --cpuprofile).
func StartProfile(path string) (func(), error) {
	if path == "" {
		return func() {}, nil
	}
	f, err := os.Create(path)
	if err != nil {
		return nil, err
	}
	if err := pprof.StartCPUProfile(f); err != nil {
		f.Close()
		return nil, err
	}
	return func() { pprof.StopCPUProfile(); f.Close() }, nil
}

// transferLoad has senders stake, then send stETH transfers through
// JSON-RPC (each sender its next nonce, a window of transactions in
// flight) while the chain makes blocks as fast as it can; it returns the
// transfers confirmed per second.
func transferLoad(ctx context.Context, b *benchDevnet, senders int, window time.Duration) (float64, error) {
	el, err := ethclient.DialContext(ctx, b.rpc)
	if err != nil {
		return 0, err
	}
	defer el.Close()
	pool, err := bindings.NewPool(b.a.Pool, el)
	if err != nil {
		return 0, err
	}
	keys := make([]*ecdsa.PrivateKey, senders)
	for i := range keys {
		keys[i] = devnet.DevKey(fmt.Sprintf("sender-%d", i))
		o, _ := bind.NewKeyedTransactorWithChainID(keys[i], big.NewInt(int64(devnet.ChainID)))
		o.Value = devnet.Ether(100)
		if _, err := pool.Submit(o, common.Address{}); err != nil {
			return 0, fmt.Errorf("bench devnet: stake: %w", err)
		}
	}
	if err := b.d.Advance(ctx, 3); err != nil {
		return 0, err
	}
	lctx, cancel := context.WithTimeout(ctx, window)
	defer cancel()
	stop := make(chan struct{})
	var chainErr error
	go func() { // blocks as fast as they go
		defer close(stop)
		for lctx.Err() == nil {
			if err := b.d.Advance(ctx, 1); err != nil {
				chainErr = err
				return
			}
		}
	}()
	parsed, _ := bindings.PoolMetaData.GetAbi()
	to := devnet.DevAddress("recipient")
	data, _ := parsed.Pack("transfer", to, big.NewInt(1))
	var confirmed atomic.Int64
	var wg sync.WaitGroup
	signer := types.LatestSignerForChainID(big.NewInt(int64(devnet.ChainID)))
	for _, k := range keys {
		wg.Add(1)
		go func(k *ecdsa.PrivateKey) {
			defer wg.Done()
			from := crypto.PubkeyToAddress(k.PublicKey)
			nonce, err := el.PendingNonceAt(lctx, from)
			if err != nil {
				return
			}
			var inflight []common.Hash
			for lctx.Err() == nil {
				for len(inflight) < 64 && lctx.Err() == nil {
					tx := types.MustSignNewTx(k, signer, &types.DynamicFeeTx{ChainID: big.NewInt(int64(devnet.ChainID)), Nonce: nonce,
						GasTipCap: big.NewInt(1e9), GasFeeCap: big.NewInt(100e9), Gas: 100_000, To: &b.a.Pool, Data: data})
					if el.SendTransaction(lctx, tx) != nil {
						break
					}
					nonce++
					inflight = append(inflight, tx.Hash())
				}
				for len(inflight) > 0 && lctx.Err() == nil {
					rc, err := el.TransactionReceipt(lctx, inflight[0])
					if err != nil {
						time.Sleep(5 * time.Millisecond)
						break
					}
					if rc.Status == types.ReceiptStatusSuccessful {
						confirmed.Add(1)
					}
					inflight = inflight[1:]
				}
			}
		}(k)
	}
	t0 := time.Now()
	wg.Wait()
	<-stop
	if chainErr != nil {
		return 0, chainErr
	}
	return float64(confirmed.Load()) / time.Since(t0).Seconds(), nil
}
