package apiserver_test

import (
	"context"
	"sync"
	"testing"
	"time"

	eth2client "github.com/attestantio/go-eth2-client"
	eth2api "github.com/attestantio/go-eth2-client/api"
	apiv1 "github.com/attestantio/go-eth2-client/api/v1"
	eth2http "github.com/attestantio/go-eth2-client/http"
	eth2spec "github.com/attestantio/go-eth2-client/spec"
	"github.com/attestantio/go-eth2-client/spec/phase0"
	"github.com/rs/zerolog"

	"github.com/stakepool/stakepool/beacon"
	"github.com/stakepool/stakepool/beacon/api"
	"github.com/stakepool/stakepool/beacon/sim"
)

// eth2Client is go-eth2-client's HTTP service on the fixture's server.
type eth2Client interface {
	eth2client.GenesisProvider
	eth2client.SpecProvider
	eth2client.DepositContractProvider
	eth2client.NodeSyncingProvider
	eth2client.NodeVersionProvider
	eth2client.BeaconBlockHeadersProvider
	eth2client.FinalityProvider
	eth2client.ValidatorsProvider
	eth2client.ValidatorBalancesProvider
	eth2client.SignedBeaconBlockProvider
	eth2client.EventsProvider
	eth2client.VoluntaryExitSubmitter
	eth2client.VoluntaryExitPoolProvider
	eth2client.ForkProvider
	eth2client.ForkScheduleProvider
}

func (fx *fixture) eth2(t *testing.T, ctx context.Context) eth2Client {
	t.Helper()
	svc, err := eth2http.New(ctx, eth2http.WithAddress(fx.http.URL), eth2http.WithLogLevel(zerolog.Disabled), eth2http.WithTimeout(10*time.Second))
	if err != nil {
		t.Fatalf("go-eth2-client: %v", err)
	}
	return svc.(eth2Client)
}

// TestGoEth2Client reads the server with go-eth2-client, a consumer of the
// standard API, and compares what it reads with the simulator's state.
func TestGoEth2Client(t *testing.T) {
	if testing.Short() {
		t.Skip("the race detector's short run has the event stream's test")
	}
	fx := newFixture(t)
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	c := fx.eth2(t, ctx)

	gen, err := c.Genesis(ctx, &eth2api.GenesisOpts{})
	if err != nil {
		t.Fatal(err)
	}
	var gt uint64
	var gvr [32]byte
	fx.chain.View(func(s *sim.State) { gt, gvr = s.GenesisTime, s.GenesisValidatorsRoot })
	if uint64(gen.Data.GenesisTime.Unix()) != gt || gen.Data.GenesisValidatorsRoot != gvr || gen.Data.GenesisForkVersion != fx.sp.GenesisForkVersion {
		t.Errorf("genesis %+v", gen.Data)
	}
	sp, err := c.Spec(ctx, &eth2api.SpecOpts{})
	if err != nil {
		t.Fatal(err)
	}
	if sp.Data["SLOTS_PER_EPOCH"] != uint64(32) || sp.Data["MAX_WITHDRAWALS_PER_PAYLOAD"] != uint64(16) {
		t.Errorf("spec SLOTS_PER_EPOCH %v MAX_WITHDRAWALS_PER_PAYLOAD %v", sp.Data["SLOTS_PER_EPOCH"], sp.Data["MAX_WITHDRAWALS_PER_PAYLOAD"])
	}
	dc, err := c.DepositContract(ctx, &eth2api.DepositContractOpts{})
	if err != nil {
		t.Fatal(err)
	}
	if dc.Data.ChainID != fx.sp.DepositChainID || [20]byte(dc.Data.Address) != fx.sp.DepositContractAddress {
		t.Errorf("deposit contract %+v", dc.Data)
	}
	if _, err := c.NodeVersion(ctx, &eth2api.NodeVersionOpts{}); err != nil {
		t.Fatal(err)
	}
	syn, err := c.NodeSyncing(ctx, &eth2api.NodeSyncingOpts{})
	if err != nil {
		t.Fatal(err)
	}
	var slot uint64
	var fin sim.Checkpoint
	fx.chain.View(func(s *sim.State) { slot, fin = s.Slot, s.FinalizedCheckpoint })
	if uint64(syn.Data.HeadSlot) != slot || syn.Data.IsSyncing {
		t.Errorf("syncing %+v, chain at %d", syn.Data, slot)
	}

	hdr, err := c.BeaconBlockHeader(ctx, &eth2api.BeaconBlockHeaderOpts{Block: "head"})
	if err != nil {
		t.Fatal(err)
	}
	blk, err := c.SignedBeaconBlock(ctx, &eth2api.SignedBeaconBlockOpts{Block: "head"})
	if err != nil {
		t.Fatal(err)
	}
	if blk.Data.Version != eth2spec.DataVersionElectra {
		t.Fatalf("block version %s", blk.Data.Version)
	}
	bs, _ := blk.Data.Slot()
	if bs != hdr.Data.Header.Message.Slot {
		t.Errorf("block slot %d, header slot %d", bs, hdr.Data.Header.Message.Slot)
	}
	bodyRoot, _ := blk.Data.BodyRoot()
	if bodyRoot != hdr.Data.Header.Message.BodyRoot {
		t.Error("header's body root is not the block body's hash_tree_root")
	}
	parent, err := c.BeaconBlockHeader(ctx, &eth2api.BeaconBlockHeaderOpts{Block: hdr.Data.Header.Message.ParentRoot.String()})
	if err == nil && parent.Data.Root != hdr.Data.Header.Message.ParentRoot {
		t.Error("parent header by root has another root")
	}
	ws, _ := blk.Data.Withdrawals()
	if len(ws) == 0 {
		t.Error("head block without withdrawals (every validator has an excess to skim)")
	}

	f, err := c.Finality(ctx, &eth2api.FinalityOpts{State: "head"})
	if err != nil {
		t.Fatal(err)
	}
	if uint64(f.Data.Finalized.Epoch) != fin.Epoch || f.Data.Finalized.Root != fin.Root {
		t.Errorf("finality %+v, chain %+v", f.Data.Finalized, fin)
	}

	// the registry: all of it, by indices, by pubkeys, by status, at several states
	// (go-eth2-client reads "all validators" from the debug state endpoint,
	// which the server does not serve: ask for every index)
	var want []beacon.Validator
	var every []phase0.ValidatorIndex
	fx.chain.View(func(s *sim.State) {
		for i := range s.NumValidators() {
			want = append(want, s.Validator(i))
			every = append(every, phase0.ValidatorIndex(i))
		}
	})
	all, err := c.Validators(ctx, &eth2api.ValidatorsOpts{State: "head", Indices: every})
	if err != nil {
		t.Fatal(err)
	}
	if len(all.Data) != len(want) {
		t.Fatalf("%d validators, want %d", len(all.Data), len(want))
	}
	for _, w := range want {
		g := all.Data[phase0.ValidatorIndex(w.Index)]
		if g == nil || uint64(g.Balance) != uint64(w.Balance) || string(g.Status.String()) != string(w.Status) ||
			[48]byte(g.Validator.PublicKey) != w.Pubkey || uint64(g.Validator.EffectiveBalance) != uint64(w.EffectiveBalance) {
			t.Fatalf("validator %d: %+v, want %+v", w.Index, g, w)
		}
	}
	byKey, err := c.Validators(ctx, &eth2api.ValidatorsOpts{State: "head", PubKeys: []phase0.BLSPubKey{phase0.BLSPubKey(want[7].Pubkey), phase0.BLSPubKey(want[200].Pubkey)}})
	if err != nil {
		t.Fatal(err)
	}
	if len(byKey.Data) != 2 || byKey.Data[7] == nil || byKey.Data[200] == nil {
		t.Errorf("by pubkey: %d validators", len(byKey.Data))
	}
	idx := make([]phase0.ValidatorIndex, 150) // more than a GET's 64 ids: go-eth2-client pages them
	for i := range idx {
		idx[i] = phase0.ValidatorIndex(i + 50)
	}
	paged, err := c.Validators(ctx, &eth2api.ValidatorsOpts{State: "finalized", Indices: idx})
	if err != nil {
		t.Fatal(err)
	}
	if len(paged.Data) != 150 {
		t.Errorf("paged: %d validators", len(paged.Data))
	}
	bal, err := c.ValidatorBalances(ctx, &eth2api.ValidatorBalancesOpts{State: "head", Indices: []phase0.ValidatorIndex{3, 4}})
	if err != nil {
		t.Fatal(err)
	}
	if uint64(bal.Data[3]) != uint64(want[3].Balance) || uint64(bal.Data[4]) != uint64(want[4].Balance) {
		t.Errorf("balances %v", bal.Data)
	}

	// an exit through the pool: in the chain's next block, then exiting
	var cur uint64
	fx.chain.View(func(s *sim.State) { cur = s.CurrentEpoch() })
	e, err := api.SignVoluntaryExit(secretKey(t, 12), beacon.Epoch(cur), 12, api.ExitDomain(fx.sp.CapellaForkVersion, gvr))
	if err != nil {
		t.Fatal(err)
	}
	if err := c.SubmitVoluntaryExit(ctx, e); err != nil {
		t.Fatal(err)
	}
	pool, err := c.VoluntaryExitPool(ctx, &eth2api.VoluntaryExitPoolOpts{})
	if err != nil || len(pool.Data) != 1 || pool.Data[0].Message.ValidatorIndex != 12 {
		t.Fatalf("exit pool %v: %v", pool, err)
	}
	bad := *e
	bad.Signature[5] ^= 1
	if err := c.SubmitVoluntaryExit(ctx, &bad); err == nil {
		t.Error("an exit with a bad signature was accepted")
	}

	// events: heads and a finalized checkpoint while the chain advances
	var mu sync.Mutex
	var heads []*apiv1.HeadEvent
	var fins []*apiv1.FinalizedCheckpointEvent
	if err := c.Events(ctx, &eth2api.EventsOpts{Topics: []string{"head", "finalized_checkpoint"},
		HeadHandler: func(_ context.Context, e *apiv1.HeadEvent) { mu.Lock(); heads = append(heads, e); mu.Unlock() },
		FinalizedCheckpointHandler: func(_ context.Context, e *apiv1.FinalizedCheckpointEvent) {
			mu.Lock()
			fins = append(fins, e)
			mu.Unlock()
		}}); err != nil {
		t.Fatal(err)
	}
	// The client opens its stream in the background: advance a slot at a
	// time until the first head arrives (a fast simulator could otherwise
	// finish before the stream is subscribed), then the rest of two epochs,
	// and wait for the finalized checkpoint (the wait is a guard, not a
	// measure).
	count := func() (int, int) {
		mu.Lock()
		defer mu.Unlock()
		return len(heads), len(fins)
	}
	slots := 0
	for nh, _ := count(); nh == 0 && slots < 2*32; nh, _ = count() {
		fx.srv.Advance(1)
		slots++
		time.Sleep(50 * time.Millisecond)
	}
	fx.srv.Advance(2*32 - slots)
	for wait := 0; ; wait++ {
		nh, nf := count()
		if nh > 0 && nf > 0 {
			break
		}
		if wait == 1000 {
			t.Fatalf("%d head and %d finalized_checkpoint events after two epochs", nh, nf)
		}
		time.Sleep(20 * time.Millisecond)
	}
	v, err := c.Validators(ctx, &eth2api.ValidatorsOpts{State: "head", Indices: []phase0.ValidatorIndex{12}})
	if err != nil {
		t.Fatal(err)
	}
	if v.Data[12].Status != apiv1.ValidatorStateActiveExiting {
		t.Errorf("validator 12 after its exit: %s", v.Data[12].Status)
	}
	fork, err := c.Fork(ctx, &eth2api.ForkOpts{State: "head"})
	if err != nil || fork.Data.CurrentVersion != fx.sp.ElectraForkVersion {
		t.Errorf("fork %v: %v", fork, err)
	}
	if _, err := c.ForkSchedule(ctx, &eth2api.ForkScheduleOpts{}); err != nil {
		t.Error(err)
	}
}
