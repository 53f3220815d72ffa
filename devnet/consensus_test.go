package devnet

import (
	"context"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/ethclient"

	"github.com/stakepool/stakepool/beacon/sim"
)

// testChain is an in-memory execution layer driven by a consensus layer
// over a small registry.
type testChain struct {
	x     *Execution
	c     *Consensus
	chain *sim.Chain
	el    *ethclient.Client
}

func newTestChain(t *testing.T, validators int, b sim.Behaviour) *testChain {
	t.Helper()
	sp, err := Spec(ChainID, DepositContractAddress)
	if err != nil {
		t.Fatal(err)
	}
	g := &Genesis{ChainID: ChainID, DepositContract: DepositContractAddress, BeaconTime: 1_700_000_000}
	g.Fund(DevAddress("builder"), Ether(1_000_000))
	return startTestChain(t, g, g.BeaconState(sp, validators, 7), b)
}

// startTestChain runs genesis g (consensus state st) in memory.
func startTestChain(t *testing.T, g *Genesis, st *sim.State, b sim.Behaviour) *testChain {
	t.Helper()
	x, err := OpenExecution(ExecutionConfig{Genesis: g.Execution(st.Slot, st.Spec)})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { x.Close() })
	el := ethclient.NewClient(x.Client())
	chain := sim.NewChain(st, b)
	bl, err := NewBuilder(DevKey("builder"), ChainID, el)
	if err != nil {
		t.Fatal(err)
	}
	gen := x.Backend().BlockChain().Genesis()
	c, err := NewConsensus(ConsensusConfig{Chain: chain, Engine: x.Engine(), Builder: bl, Publish: x.Publish, Durable: x.Durable,
		Head: ExecutionHead{Hash: gen.Hash(), Number: 0, BaseFee: gen.BaseFee()}, Anchors: []Anchor{{Slot: st.Slot, Hash: gen.Hash()}}})
	if err != nil {
		t.Fatal(err)
	}
	return &testChain{x: x, c: c, chain: chain, el: el}
}

// TestWithdrawalsAndPaymentsReachTheExecutionLayer: every withdrawal the
// simulator's sweep makes and every builder payment arrive on the
// execution layer to the wei, block after block.
func TestWithdrawalsAndPaymentsReachTheExecutionLayer(t *testing.T) {
	tc := newTestChain(t, 64, sim.Behaviour{Seed: 3, ParticipationPerMille: 1000, MissedProposalPerMille: 100, ExecutionRewardGwei: 30_000_000})
	ctx := context.Background()
	blocks, missed := 0, 0
	for range 48 {
		s, err := tc.c.Step(ctx)
		if err != nil {
			t.Fatal(err)
		}
		if s.Missed {
			missed++
			continue
		}
		blocks++
	}
	if missed == 0 || blocks == 0 {
		t.Fatalf("want blocks and missed slots, got %d and %d", blocks, missed)
	}
	num, err := tc.el.BlockNumber(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if num != uint64(blocks) {
		t.Fatalf("execution head %d, want %d blocks (missed proposals make none)", num, blocks)
	}
	var total, fees uint64
	for k := range 16 {
		addr := sim.OperatorAddress(k)
		var w, f uint64
		tc.chain.View(func(s *sim.State) { w, f = s.Credited(addr) })
		total, fees = total+w, fees+f
		bal, err := tc.el.BalanceAt(ctx, common.Address(addr), nil)
		if err != nil {
			t.Fatal(err)
		}
		want := new(big.Int).Mul(new(big.Int).SetUint64(w+f), big.NewInt(1e9))
		if bal.Cmp(want) != 0 {
			t.Errorf("address %d: execution balance %s wei, simulator credited %d + %d gwei", k, bal, w, f)
		}
	}
	if total == 0 || fees == 0 {
		t.Fatalf("withdrawals %d gwei, builder payments %d gwei: want both", total, fees)
	}
}

// TestBlockRecordedBeforeItIsShown: every block is in the consensus
// layer's records before the execution layer makes it the head (with users'
// transactions, durably: Record syncs them), so a crash between the two
// never leaves a block anybody saw that the restart would rewind.
func TestBlockRecordedBeforeItIsShown(t *testing.T) {
	tc := newTestChain(t, 64, sim.Behaviour{Seed: 3, ParticipationPerMille: 1000, ExecutionRewardGwei: 30_000_000})
	recorded := map[uint64]bool{}
	tc.c.cfg.Record = func(s *Slot) error {
		recorded[s.Slot] = true
		return nil
	}
	var shown, shownUnrecorded []uint64
	publish := tc.c.cfg.Publish
	tc.c.cfg.Publish = func(f func() error) error {
		var slot uint64
		tc.chain.View(func(s *sim.State) { slot = s.Slot })
		shown = append(shown, slot)
		if !recorded[slot] {
			shownUnrecorded = append(shownUnrecorded, slot)
		}
		return publish(f)
	}
	for range 8 {
		if _, err := tc.c.Step(context.Background()); err != nil {
			t.Fatal(err)
		}
	}
	if len(shown) == 0 || len(shownUnrecorded) > 0 {
		t.Fatalf("slots shown %v; shown before their record %v", shown, shownUnrecorded)
	}
}
