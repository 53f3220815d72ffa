package devnet

import (
	"context"
	"fmt"
	"math/big"
	"os"
	"path/filepath"
	"testing"

	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/params"

	"github.com/stakepool/stakepool/beacon/sim"
)

func testConfig(dir string) Config {
	g := &Genesis{ChainID: ChainID, DepositContract: DepositContractAddress, BeaconTime: 1_700_000_000}
	g.Fund(DevAddress("builder"), Ether(1_000_000))
	g.Fund(DevAddress("tester"), Ether(1000))
	return Config{Dir: dir, Genesis: g, Validators: 64, Seed: 7,
		Behaviour:     sim.Behaviour{Seed: 3, ParticipationPerMille: 990, MissedProposalPerMille: 50, ExecutionRewardGwei: 20_000_000},
		SnapshotEvery: 2}
}

func openTest(t *testing.T, cfg Config) *Devnet {
	t.Helper()
	d, err := Open(context.Background(), cfg)
	if err != nil {
		t.Fatal(err)
	}
	return d
}

// transfer sends 1 gwei from the tester to a fixed address.
func transfer(t *testing.T, d *Devnet, nonce uint64) *types.Transaction {
	t.Helper()
	to := DevAddress("someone")
	tx := types.MustSignNewTx(DevKey("tester"), types.LatestSignerForChainID(big.NewInt(int64(ChainID))), &types.DynamicFeeTx{
		Nonce: nonce, GasTipCap: big.NewInt(params.GWei), GasFeeCap: big.NewInt(50 * params.GWei), Gas: 21000, To: &to, Value: big.NewInt(1e9)})
	if err := d.el.SendTransaction(context.Background(), tx); err != nil {
		t.Fatal(err)
	}
	return tx
}

type chainEnd struct {
	head    ExecutionHead
	slot    uint64
	balance uint64
}

func endOf(d *Devnet) chainEnd {
	e := chainEnd{head: d.Head(), slot: d.Slot()}
	d.chain.View(func(s *sim.State) {
		for _, b := range s.Balances {
			e.balance += b
		}
	})
	return e
}

// TestRestartContinuesTheSameChain: a devnet stopped and started again
// continues exactly the chain it would have made without stopping (the same
// execution blocks, hash for hash, and the same consensus state), both
// halves agreeing.
func TestRestartContinuesTheSameChain(t *testing.T) {
	ctx := context.Background()
	straight := openTest(t, testConfig(t.TempDir()))
	transfer(t, straight, 0)
	if err := straight.Advance(ctx, 100); err != nil {
		t.Fatal(err)
	}
	want := endOf(straight)
	straight.Close()

	dir := t.TempDir()
	d := openTest(t, testConfig(dir))
	transfer(t, d, 0)
	if err := d.Advance(ctx, 45); err != nil {
		t.Fatal(err)
	}
	d.Close()
	d = openTest(t, testConfig(dir))
	defer d.Close()
	if d.Restart.Fresh || !d.Restart.Agreed() || d.Restart.Slot != want.slot-55 {
		t.Fatalf("restart: %s", d.Restart)
	}
	if err := d.Advance(ctx, 55); err != nil {
		t.Fatal(err)
	}
	if got := endOf(d); got.head.Hash != want.head.Hash || got.slot != want.slot || got.balance != want.balance {
		t.Fatalf("after a restart: head %d %s slot %d balance %d; without: head %d %s slot %d balance %d",
			got.head.Number, got.head.Hash, got.slot, got.balance, want.head.Number, want.head.Hash, want.slot, want.balance)
	}
}

// TestRestartFindsTheLayersApart: a start after the two layers were left
// apart brings them back together and says what it did — records lost
// (geth ahead: rewound), blocks lost by geth (sent again from the records),
// a torn record (cut).
func TestRestartFindsTheLayersApart(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	d := openTest(t, testConfig(dir))
	if err := d.Advance(ctx, 80); err != nil {
		t.Fatal(err)
	}
	d.Close()
	end := endOf(d)

	// the consensus layer loses its last records (and the snapshot after them)
	store, _, err := OpenBlockStore(d.snapshotDir())
	if err != nil {
		t.Fatal(err)
	}
	if err := store.Truncate(end.slot - 10); err != nil {
		t.Fatal(err)
	}
	store.Close()
	removeSnapshotsAfter(t, d, end.slot-10)
	d = openTest(t, testConfig(dir))
	if d.Restart.Rewound == 0 || d.Restart.Agreed() || d.Slot() != end.slot-11 {
		t.Fatalf("records lost: %s (slot %d)", d.Restart, d.Slot())
	}
	if err := d.Advance(ctx, 11); err != nil {
		t.Fatal(err)
	}
	if got := endOf(d); got.head.Hash != end.head.Hash {
		t.Fatalf("re-driven after lost records: head %s, the first run made %s", got.head.Hash, end.head.Hash)
	}
	d.Close()

	// geth loses its last blocks; the records keep a torn tail
	rewindGeth(t, testConfig(dir), 20)
	f, err := os.OpenFile(filepath.Join(d.snapshotDir(), "blocks.log"), os.O_WRONLY|os.O_APPEND, 0)
	if err != nil {
		t.Fatal(err)
	}
	f.Write([]byte{200, 0, 0, 0, 1, 2, 3})
	f.Close()
	d = openTest(t, testConfig(dir))
	defer d.Close()
	if d.Restart.Refed == 0 || d.Restart.TornBytes != 7 || d.Restart.Agreed() {
		t.Fatalf("geth lost blocks, a torn record: %s", d.Restart)
	}
	if got := endOf(d); got.head.Hash != end.head.Hash || got.slot != end.slot {
		t.Fatalf("after geth lost blocks: head %s slot %d, want %s slot %d", got.head.Hash, got.slot, end.head.Hash, end.slot)
	}
	t.Log(d.Restart)
}

// removeSnapshotsAfter deletes the snapshots of slots after slot.
func removeSnapshotsAfter(t *testing.T, d *Devnet, slot uint64) {
	t.Helper()
	for _, name := range d.snapshots() {
		var s uint64
		fmt.Sscanf(filepath.Base(name), "snapshot-%d.bin", &s)
		if s > slot {
			if err := os.Remove(name); err != nil {
				t.Fatal(err)
			}
		}
	}
}

// rewindGeth opens the devnet's geth alone and sets its head n blocks back.
func rewindGeth(t *testing.T, cfg Config, n uint64) {
	t.Helper()
	sp, err := Spec(cfg.Genesis.ChainID, cfg.Genesis.DepositContract)
	if err != nil {
		t.Fatal(err)
	}
	st := cfg.Genesis.BeaconState(sp, cfg.Validators, cfg.Seed)
	x, err := OpenExecution(ExecutionConfig{Dir: DataDir(cfg.Dir), Genesis: cfg.Genesis.Execution(st.Slot, sp)})
	if err != nil {
		t.Fatal(err)
	}
	head := x.eth.BlockChain().CurrentBlock().Number.Uint64()
	if err := x.Rewind(head - n); err != nil {
		t.Fatal(err)
	}
	if err := x.Close(); err != nil {
		t.Fatal(err)
	}
}
