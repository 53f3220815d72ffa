package bench

import (
	"context"
	"fmt"
	"io"
	"math"
	"net"
	"net/http"
	"runtime"
	"sync/atomic"
	"time"

	"github.com/spf13/pflag"

	"github.com/stakepool/stakepool/beacon"
	"github.com/stakepool/stakepool/beacon/api"
	"github.com/stakepool/stakepool/beacon/apiserver"
	"github.com/stakepool/stakepool/beacon/sim"
	"github.com/stakepool/stakepool/beacon/spec"
	"github.com/stakepool/stakepool/oracle"
)

func init() {
	Register(Bench{
		Name:  "oracle-service",
		Short: "Benchmark an oracle member's report over a local Beacon API (1M validators, 10k the pool's)",
		Long: "Builds a beacon state of --chain-validators validators of which --pool-validators are the\n" +
			"pool's (spread through the registry), serves it with our Beacon API server on loopback, and\n" +
			"times what an oracle member does for a report: read the pool's validators in the reference\n" +
			"slot's state through the Beacon API (by pubkey, 1,000 a request, as the member does; and\n" +
			"by streaming the whole registry for the pool's credentials) and compute the report with\n" +
			"oracle.ComputeView. The reference, measured in the same run, is today's in-process\n" +
			"computation (oracle.Compute on a snapshot already in memory). Figures:\n" +
			"oracle-service/report/by-pubkey and /by-credentials in ms a report (goal, issue 15:\n" +
			"≤ 10 s), and oracle-service/heap-peak/*: the peak of the heap in use above the idle\n" +
			"process during the report, in MiB (client and server together: the server runs in this\n" +
			"process; goal ≤ 1 GiB). The pool's contracts are not read here (a member reads them at\n" +
			"one block through JSON-RPC: a few calls, and the deposited keys once).",
		Flags: func(fs *pflag.FlagSet) Run {
			chain := fs.Int("chain-validators", 1_000_000, "validators in the beacon state")
			pool := fs.Int("pool-validators", 10_000, "the pool's validators among them")
			reps := fs.Int("reps", 3, "reports timed (median)")
			return func(ctx context.Context, _ io.Writer) ([]Figure, error) {
				if *pool < ReportOperators || *chain < *pool || *reps < 1 {
					return nil, fmt.Errorf("want --chain-validators ≥ --pool-validators ≥ %d and --reps ≥ 1", ReportOperators)
				}
				return runOracleService(ctx, *chain, *pool, *reps)
			}
		},
	})
}

func clampEpoch(e beacon.Epoch) uint32 {
	return uint32(min(uint64(e), math.MaxUint32))
}

func runOracleService(ctx context.Context, chainN, poolN, reps int) ([]Figure, error) {
	rb, err := NewReports(10, poolN)
	if err != nil {
		return nil, err
	}
	if err := rb.Prepare(); err != nil {
		return nil, err
	}
	st := rb.State()
	snap := rb.Snapshot()
	ref, _ := st.CurrentRefSlot()
	cfg := oracle.MainnetConfig()

	// the chain: the pool's validators every chainN/poolN indices
	sp, err := spec.Load("mainnet", spec.Electra)
	if err != nil {
		return nil, err
	}
	s := sim.NewSynthetic(sp, sim.SyntheticConfig{Validators: chainN, Epoch: 1000, Seed: 1, ParticipationPerMille: 990, Operators: 100})
	stride := chainN / poolN
	for j, v := range snap.Validators {
		i := j * stride
		s.Pubkeys[i] = v.Pubkey
		s.Credentials[i] = v.WithdrawalCredentials
		s.Balances[i] = uint64(v.Balance)
		s.EffInc[i] = uint16(uint64(v.EffectiveBalance) / 1_000_000_000)
		s.ExitEpoch[i] = clampEpoch(v.ExitEpoch)
		s.WithdrawableEpoch[i] = clampEpoch(v.WithdrawableEpoch)
		s.Slashed[i] = false
	}
	chain := sim.NewChain(s, sim.Behaviour{Seed: 1})
	srv, err := apiserver.New(apiserver.Config{Chain: chain})
	if err != nil {
		return nil, err
	}
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return nil, err
	}
	hs := &http.Server{Handler: srv.Handler(), ReadHeaderTimeout: 10 * time.Second}
	go hs.Serve(ln)
	defer hs.Close()
	client, err := api.New(ctx, api.Config{BeaconURL: "http://" + ln.Addr().String(), Timeout: 5 * time.Minute})
	if err != nil {
		return nil, err
	}
	defer client.Close()
	slot := beacon.Slot(s.Slot)
	pks := make([][48]byte, len(snap.Validators))
	for j, v := range snap.Validators {
		pks[j] = v.Pubkey
	}
	creds := snap.Validators[0].WithdrawalCredentials

	var keys oracle.KeyIndex
	keys.Sync(oracle.StateView{State: st})
	compute := func(vs []beacon.Validator) error {
		if len(vs) != poolN {
			return fmt.Errorf("bench oracle-service: read %d of the pool's %d validators", len(vs), poolN)
		}
		_, _, err := oracle.ComputeView(oracle.StateView{State: st}, &keys, cfg, ref, &oracle.Snapshot{Slot: slot, Validators: vs})
		return err
	}
	byPubkey := func() error {
		var vs []beacon.Validator
		for lo := 0; lo < len(pks); lo += 1000 {
			page, err := client.ValidatorsByPubkeys(ctx, slot, pks[lo:min(len(pks), lo+1000)])
			if err != nil {
				return err
			}
			vs = append(vs, page...)
		}
		return compute(vs)
	}
	byCreds := func() error {
		vs, err := client.ValidatorsAt(ctx, slot, creds)
		if err != nil {
			return err
		}
		return compute(vs)
	}
	inProcess := func() error {
		_, _, err := oracle.Compute(st, &keys, cfg, ref, snap)
		return err
	}
	time3 := func(f func() error) (float64, float64, error) {
		ts := make([]time.Duration, reps)
		var peak float64
		for i := range ts {
			base := heapAlloc()
			var top atomic.Uint64
			done := make(chan struct{})
			go func() {
				var m runtime.MemStats
				for {
					runtime.ReadMemStats(&m)
					if m.HeapInuse > top.Load() {
						top.Store(m.HeapInuse)
					}
					select {
					case <-done:
						return
					case <-time.After(20 * time.Millisecond):
					}
				}
			}()
			t0 := time.Now()
			err := f()
			ts[i] = time.Since(t0)
			close(done)
			if err != nil {
				return 0, 0, err
			}
			peak = max(peak, float64(top.Load()-min(top.Load(), base))/(1<<20))
		}
		return float64(medianOf(ts).Microseconds()) / 1e3, peak, nil
	}
	ref0, _, err := time3(inProcess)
	if err != nil {
		return nil, err
	}
	pk, pkMem, err := time3(byPubkey)
	if err != nil {
		return nil, err
	}
	cr, crMem, err := time3(byCreds)
	if err != nil {
		return nil, err
	}
	name := fmt.Sprintf("%d/%d", chainN, poolN)
	refName := "oracle.Compute in process, snapshot in memory"
	return []Figure{
		{Name: "oracle-service/report/by-pubkey/" + name, Unit: "ms/report", Value: pk, LowerIsBetter: true, Reference: refName, ReferenceValue: ref0, Speedup: ref0 / pk},
		{Name: "oracle-service/report/by-credentials/" + name, Unit: "ms/report", Value: cr, LowerIsBetter: true, Reference: refName, ReferenceValue: ref0, Speedup: ref0 / cr},
		{Name: "oracle-service/heap-peak/by-pubkey/" + name, Unit: "MiB", Value: math.Round(pkMem*10) / 10, LowerIsBetter: true},
		{Name: "oracle-service/heap-peak/by-credentials/" + name, Unit: "MiB", Value: math.Round(crMem*10) / 10, LowerIsBetter: true},
	}, nil
}
