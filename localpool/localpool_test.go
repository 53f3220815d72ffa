package localpool

import (
	"context"
	"log/slog"
	"math/big"
	"net"
	"net/http"
	"os"
	"testing"

	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/stakepool/stakepool/beacon/sim"
	"github.com/stakepool/stakepool/contracts/bindings"
	"github.com/stakepool/stakepool/contracts/deploy"
	"github.com/stakepool/stakepool/devnet"
	"github.com/stakepool/stakepool/keys"
	"github.com/stakepool/stakepool/services"
)

// testPool is a devnet with the pool deployed, its services running on
// its JSON-RPC and Beacon API over loopback.
type testPool struct {
	d      *devnet.Devnet
	a      *deploy.Addresses
	team   *services.Team
	rpc    string
	beacon string
}

func serve(t *testing.T, h http.Handler) string {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	srv := &http.Server{Handler: h}
	go srv.Serve(ln)
	t.Cleanup(func() { srv.Close() })
	return "http://" + ln.Addr().String()
}

func newTestPool(t *testing.T, bootstrap int) *testPool {
	t.Helper()
	tp := newTestPoolNoBootstrap(t)
	if err := Bootstrap(context.Background(), tp.d, tp.a, bootstrap, 40); err != nil {
		t.Fatal(err)
	}
	return tp
}

// newTestPoolNoBootstrap is the pool deployed, its services running, no stake.
func newTestPoolNoBootstrap(t *testing.T) *testPool { return newTestPoolWith(t, nil) }

// newTestPoolWith is newTestPoolNoBootstrap with the pool's configuration
// changed by edit first (when set).
func newTestPoolWith(t *testing.T, edit func(*devnet.PoolConfig)) *testPool {
	t.Helper()
	bootstrap := 8
	ctx := context.Background()
	pc := devnet.DefaultPool()
	pc.KeysPerOperator = 8
	if edit != nil {
		edit(&pc)
	}
	g := &devnet.Genesis{ChainID: devnet.ChainID, DepositContract: devnet.DepositContractAddress, BeaconTime: 1_700_000_000}
	g.Fund(devnet.DevAddress("builder"), devnet.Ether(1_000_000))
	g.Fund(devnet.DevAddress("user"), devnet.Ether(1000))
	pc.Fund(g)
	FundBootstrap(g, bootstrap)
	var log *slog.Logger
	if testing.Verbose() {
		log = slog.New(slog.NewTextHandler(os.Stderr, &slog.HandlerOptions{Level: slog.LevelInfo}))
	}
	sp, _ := devnet.Spec(devnet.ChainID, devnet.DepositContractAddress)
	v := keys.NewDepositVerifier(keys.Network{Name: "devnet", GenesisForkVersion: sp.GenesisForkVersion})
	d, err := devnet.Open(ctx, devnet.Config{Genesis: g, Validators: testValidators, Seed: 1, Logger: log,
		Behaviour: sim.Behaviour{Seed: 1, ParticipationPerMille: 990, MissedProposalPerMille: 10, ExecutionRewardGwei: 40_000_000},
		Verifier: sim.VerifierFunc(func(pk [48]byte, wc [32]byte, amt uint64, sig [96]byte) bool {
			return v.VerifyDeposit(pk, wc, amt, sig) == nil
		})})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { d.Close() })
	rpcURL := serve(t, d.Execution().Handler([]string{"*"}, nil))
	beaconURL := serve(t, d.BeaconAPI())
	a, err := Deploy(ctx, d, pc)
	if err != nil {
		t.Fatal(err)
	}
	team, closeTeam, err := Team(ctx, rpcURL, beaconURL, a, pc, log)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(closeTeam)
	d.SetAfterSlot(func(ctx context.Context) error { return team.Poll(ctx) })
	return &testPool{d: d, a: a, team: team, rpc: rpcURL, beacon: beaconURL}
}

// TestBootstrap: at its first start the pool deploys, its operators upload
// keys, the guardians attest, the depositor deposits, the validators
// activate on the beacon chain and three oracle members report them.
func TestBootstrap(t *testing.T) {
	tp := newTestPool(t, 8)
	pool, _ := bindings.NewPool(tp.a.Pool, tp.d.Client())
	stat, err := pool.GetBeaconStat(&bind.CallOpts{})
	if err != nil {
		t.Fatal(err)
	}
	if stat.DepositedValidators.Int64() < 8 || stat.BeaconValidators.Int64() < 8 {
		t.Fatalf("deposited %s, reported %s", stat.DepositedValidators, stat.BeaconValidators)
	}
	total, _ := pool.GetTotalPooledEther(&bind.CallOpts{})
	if total.Cmp(new(big.Int).Mul(big.NewInt(8), devnet.Ether(34))) <= 0 {
		t.Errorf("total pooled ether %s: no rewards yet", total)
	}
	t.Logf("after the bootstrap: slot %d, deposited %s, reported %s, total %s", tp.d.Slot(), stat.DepositedValidators, stat.BeaconValidators, total)
}

// TestUserJourney: through JSON-RPC only, a user stakes, sees stETH grow
// once reports come in, asks for a withdrawal, sees it finalized and
// claims the ETH.
func TestUserJourney(t *testing.T) {
	tp := newTestPool(t, 8)
	ctx := context.Background()
	user := devnet.DevKey("user")
	el := tp.d.Client()
	pool, _ := bindings.NewPool(tp.a.Pool, el)
	wq, _ := bindings.NewWithdrawalQueue(tp.a.WithdrawalQueue, el)
	opts, err := bind.NewKeyedTransactorWithChainID(user, big.NewInt(int64(devnet.ChainID)))
	if err != nil {
		t.Fatal(err)
	}
	step := func(what string, send func() (*types.Transaction, error)) {
		t.Helper()
		tx, err := send()
		if err != nil {
			t.Fatalf("%s: %v", what, err)
		}
		for i := 0; i < 8; i++ {
			if err := tp.d.Advance(ctx, 1); err != nil {
				t.Fatal(err)
			}
			if rc, err := el.TransactionReceipt(ctx, tx.Hash()); err == nil {
				if rc.Status != types.ReceiptStatusSuccessful {
					t.Fatalf("%s reverted", what)
				}
				return
			}
		}
		t.Fatalf("%s not mined", what)
	}
	opts.Value = devnet.Ether(40)
	step("submit", func() (*types.Transaction, error) { return pool.Submit(opts, common.Address{}) })
	opts.Value = nil
	me := opts.From
	staked, _ := pool.BalanceOf(&bind.CallOpts{}, me)
	if err := tp.d.AdvanceEpochs(ctx, 8); err != nil {
		t.Fatal(err)
	}
	grown, _ := pool.BalanceOf(&bind.CallOpts{}, me)
	if grown.Cmp(staked) <= 0 {
		t.Fatalf("stETH %s after 8 epochs, %s when staked: no rebase", grown, staked)
	}
	t.Logf("staked 40 ETH: %s stETH, %s after 8 epochs", staked, grown)
	step("approve", func() (*types.Transaction, error) { return pool.Approve(opts, tp.a.WithdrawalQueue, devnet.Ether(10)) })
	step("request", func() (*types.Transaction, error) {
		return wq.RequestWithdrawals(opts, []*big.Int{devnet.Ether(10)}, me)
	})
	ids, err := wq.GetWithdrawalRequests(&bind.CallOpts{}, me)
	if err != nil || len(ids) != 1 {
		t.Fatalf("requests %v (%v)", ids, err)
	}
	for e := 0; ; e++ {
		st, err := wq.GetWithdrawalStatus(&bind.CallOpts{}, ids)
		if err != nil {
			t.Fatal(err)
		}
		if st[0].IsFinalized {
			break
		}
		if e == 16 {
			t.Fatal("the request is not finalized after 16 epochs")
		}
		if err := tp.d.AdvanceEpochs(ctx, 1); err != nil {
			t.Fatal(err)
		}
	}
	before, _ := el.BalanceAt(ctx, me, nil)
	step("claim", func() (*types.Transaction, error) { return wq.ClaimWithdrawal(opts, ids[0]) })
	after, _ := el.BalanceAt(ctx, me, nil)
	got := new(big.Int).Sub(after, before)
	if got.Cmp(devnet.Ether(9)) < 0 {
		t.Fatalf("the claim paid %s wei", got)
	}
	t.Logf("claimed %s wei (less the claim's gas)", got)
}

// TestExitsAnswerTheQueue (long mode): a withdrawal larger than the
// buffer makes the oracle ask for exits; the operator's exit bot publishes
// them through the Beacon API once the validators may exit; the sweep pays
// their balance to the withdrawal vault, a report finalizes the request and
// the user claims it.
func TestExitsAnswerTheQueue(t *testing.T) {
	if os.Getenv("STAKEPOOL_LONG") == "" {
		t.Skip("long mode only (STAKEPOOL_LONG=1): about 600 epochs")
	}
	tp := newTestPool(t, 8)
	ctx := context.Background()
	el := tp.d.Client()
	pool, _ := bindings.NewPool(tp.a.Pool, el)
	wq, _ := bindings.NewWithdrawalQueue(tp.a.WithdrawalQueue, el)
	reg, _ := bindings.NewOperatorRegistry(tp.a.Registry, el)
	o, _ := bind.NewKeyedTransactorWithChainID(devnet.DevKey("user"), big.NewInt(int64(devnet.ChainID)))
	stake(t, tp, 60)
	if err := tp.d.AdvanceEpochs(ctx, 4); err != nil {
		t.Fatal(err)
	}
	buffered, _ := pool.GetBufferedEther(&bind.CallOpts{})
	mine, _ := pool.BalanceOf(&bind.CallOpts{}, o.From)
	if _, err := wq.RequestWithdrawals(o, []*big.Int{mine}, o.From); err != nil {
		t.Fatal(err)
	}
	t.Logf("requested %s wei, the buffer holds %s", mine, buffered)
	var asked uint32
	for e := 0; e < 700; e += 8 {
		if err := tp.d.AdvanceEpochs(ctx, 8); err != nil {
			t.Fatal(err)
		}
		counts, _ := reg.GetAllCounts(&bind.CallOpts{})
		asked = 0
		for _, c := range counts {
			asked += c.ExitRequested
		}
		st, err := wq.GetWithdrawalStatus(&bind.CallOpts{}, []*big.Int{big.NewInt(1)})
		if err != nil {
			t.Fatal(err)
		}
		if st[0].IsFinalized {
			t.Logf("finalized after %d epochs, %d exits asked", e+8, asked)
			before, _ := el.BalanceAt(ctx, o.From, nil)
			if _, err := wq.ClaimWithdrawal(o, big.NewInt(1)); err != nil {
				t.Fatal(err)
			}
			tp.d.Advance(ctx, 2)
			after, _ := el.BalanceAt(ctx, o.From, nil)
			if new(big.Int).Sub(after, before).Cmp(devnet.Ether(50)) < 0 {
				t.Fatalf("claimed %s wei", new(big.Int).Sub(after, before))
			}
			if asked == 0 {
				t.Fatal("finalized without an exit: the buffer was enough, the test does not test exits")
			}
			return
		}
	}
	t.Fatalf("not finalized after 700 epochs (%d exits asked)", asked)
}

// testValidators is the size of the test devnets' registry.
var testValidators = 1024
