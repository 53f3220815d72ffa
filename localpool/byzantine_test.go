package localpool

import (
	"context"
	"errors"
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/stakepool/stakepool/beacon/api"
	"github.com/stakepool/stakepool/contracts/bindings"
	"github.com/stakepool/stakepool/contracts/poolclient"
	"github.com/stakepool/stakepool/devnet"
	"github.com/stakepool/stakepool/services"
)

// TestByzantineOracleMember: a committee of three with a quorum of two,
// where member 0 is byzantine (it votes a report hash of its own making
// and submits report data of its own) and members 1 and 2 run the oracle
// service. With one honest member up there is no quorum: nothing is
// applied (the last reported slot, the pool's pooled ether and beacon
// figures unchanged) and the byzantine data is refused (NO_QUORUM). With
// both honest members up their report is agreed and applied; the
// byzantine vote counted for nothing and its data is refused.
func TestByzantineOracleMember(t *testing.T) {
	tp := newTestPoolNoBootstrap(t)
	ctx := context.Background()
	rest, err := Without(tp.team, "oracle")
	if err != nil {
		t.Fatal(err)
	}
	tp.d.SetAfterSlot(rest.Poll)
	pc := devnet.DefaultPool()
	reader, err := api.New(ctx, api.Config{BeaconURL: tp.beacon, ExecutionURL: tp.rpc, Timeout: 30 * time.Second})
	if err != nil {
		t.Fatal(err)
	}
	defer reader.Close()
	honest := func(i int) *services.OracleMember {
		conn, err := services.Dial(ctx, tp.rpc, *tp.a)
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(conn.RPC.Close)
		m, err := services.NewOracleMember(conn, "oracle-"+string(rune('0'+i)), services.NewKeySigner(pc.OracleKey(i)), reader, nil, nil, nil)
		if err != nil {
			t.Fatal(err)
		}
		return m
	}
	m1, m2 := honest(1), honest(2)
	el := tp.d.Client()
	orc, _ := bindings.NewOracle(tp.a.Oracle, el)
	pool, _ := bindings.NewPool(tp.a.Pool, el)
	byz, _ := bind.NewKeyedTransactorWithChainID(pc.OracleKey(0), big.NewInt(int64(devnet.ChainID)))
	byzAddr := crypto.PubkeyToAddress(pc.OracleKey(0).PublicKey)
	call := &bind.CallOpts{}
	figures := func() (lastRef uint64, pooled, beaconBal string) {
		t.Helper()
		l, err := orc.LastRefSlot(call)
		if err != nil {
			t.Fatal(err)
		}
		p, _ := pool.GetTotalPooledEther(call)
		st, _ := pool.GetBeaconStat(call)
		return l.Uint64(), p.String(), st.BeaconBalance.String()
	}
	voteOf := func(ref uint64, member common.Address) (common.Hash, bool) {
		t.Helper()
		it, err := orc.FilterReportReceived(&bind.FilterOpts{Context: ctx}, []*big.Int{new(big.Int).SetUint64(ref)}, []common.Address{member})
		if err != nil {
			t.Fatal(err)
		}
		defer it.Close()
		for it.Next() {
			return it.Event.Report, true
		}
		return common.Hash{}, false
	}
	step := func(ms ...*services.OracleMember) {
		t.Helper()
		for _, m := range ms {
			if err := m.Poll(ctx); err != nil {
				t.Logf("%s: %v", m.Name(), err)
			}
		}
		if err := tp.d.Advance(ctx, 1); err != nil {
			t.Fatal(err)
		}
	}
	// a new frame; the byzantine member votes first, a hash of its own
	lastRef0, pooled0, beacon0 := figures()
	var ref uint64
	for i := 0; ref == 0; i++ {
		if i == 400 {
			t.Fatal("no new frame in 400 slots")
		}
		step()
		cur, _ := orc.GetCurrentRefSlot(call)
		if cur.Ok && cur.RefSlot.Uint64() > lastRef0 {
			ref = cur.RefSlot.Uint64()
		}
	}
	lie := crypto.Keccak256Hash([]byte("a report of the byzantine member's making"))
	if _, err := orc.SubmitReport(byz, new(big.Int).SetUint64(ref), lie); err != nil {
		t.Fatal(err)
	}
	step()
	if h, ok := voteOf(ref, byzAddr); !ok || h != lie {
		t.Fatalf("the byzantine vote was not recorded: %v %v", h, ok)
	}
	// one honest member: it votes its report; no quorum, nothing applied
	m1Addr := crypto.PubkeyToAddress(pc.OracleKey(1).PublicKey)
	for i := 0; ; i++ {
		if i == 300 {
			t.Fatal("honest member 1 did not vote in 300 slots")
		}
		step(m1)
		if _, ok := voteOf(ref, m1Addr); ok {
			break
		}
	}
	for range 8 {
		step(m1)
	}
	honestHash, _ := voteOf(ref, m1Addr)
	if honestHash == lie {
		t.Fatal("the honest member voted the byzantine hash")
	}
	if l, p, b := figures(); l != lastRef0 || p != pooled0 || b != beacon0 {
		t.Fatalf("without a quorum the pool changed: last ref %d→%d, pooled %s→%s, beacon %s→%s", lastRef0, l, pooled0, p, beacon0, b)
	}
	refusedData := func(want string) {
		t.Helper()
		// a report of 1,000 validators and 32,000 ETH: an inflated rebase
		lieData := bindings.OracleReport{RefSlot: new(big.Int).SetUint64(ref), Validators: big.NewInt(1000), BalanceGwei: big.NewInt(32_000e9),
			WithdrawalVault: new(big.Int), ElRewardsVault: new(big.Int), SharesRequestedToBurn: new(big.Int), SimulatedShareRate: new(big.Int)}
		_, err := orc.SubmitReportData(byz, lieData)
		var r *poolclient.Refusal
		if err == nil || !errors.As(poolclient.DecodeRevert(err), &r) || r.Code != want {
			t.Fatalf("the byzantine report data: %v, want %s", err, want)
		}
	}
	refusedData("NO_QUORUM")
	// both honest members: their report is agreed and applied
	for i := 0; ; i++ {
		if i == 300 {
			t.Fatal("the honest report not applied in 300 slots")
		}
		step(m1, m2)
		if l, _, _ := figures(); l == ref {
			break
		}
	}
	it, err := orc.FilterReportProcessed(&bind.FilterOpts{Context: ctx}, []*big.Int{new(big.Int).SetUint64(ref)})
	if err != nil {
		t.Fatal(err)
	}
	var applied common.Hash
	for it.Next() {
		applied = it.Event.Report
	}
	it.Close()
	if applied != honestHash {
		t.Fatalf("the report applied is %x, the honest members voted %x (the byzantine %x)", applied, honestHash, lie)
	}
	refusedData("ORACLE_ALREADY_PROCESSED")
	t.Logf("frame %d: the byzantine vote %s counted for nothing; the honest report %s applied", ref, lie.TerminalString(), honestHash.TerminalString())
}
