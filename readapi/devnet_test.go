package readapi_test

import (
	"bytes"
	"context"
	"fmt"
	"math/big"
	"net/http/httptest"
	"testing"

	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/params"

	"github.com/stakepool/stakepool/beacon/sim"
	"github.com/stakepool/stakepool/contracts/bindings"
	"github.com/stakepool/stakepool/devnet"
	"github.com/stakepool/stakepool/indexer"
	"github.com/stakepool/stakepool/readapi"
)

// TestOnDevnet runs the read API against the devnet — go-ethereum in
// process driven by the beacon simulator — reached only through its
// JSON-RPC and its standard Beacon API over loopback: a user stakes, the
// depositor deposits, the deposits become validators on the beacon chain,
// and the API shows them per operator with their beacon status, the
// consensus layer's slot and finality, and estimates from the chain's own
// exit queue and churn.
func TestOnDevnet(t *testing.T) {
	if testing.Short() {
		t.Skip("runs a devnet for tens of epochs")
	}
	ctx := context.Background()
	g := &devnet.Genesis{ChainID: devnet.ChainID, DepositContract: devnet.DepositContractAddress, BeaconTime: 1_700_000_000}
	g.Fund(devnet.DevAddress("builder"), devnet.Ether(1_000_000))
	g.Fund(devnet.DevAddress("user"), devnet.Ether(10_000))
	pc := devnet.DefaultPool()
	pc.Fund(g)
	d, err := devnet.Open(ctx, devnet.Config{Genesis: g, Validators: 256, Seed: 5,
		Behaviour: sim.Behaviour{Seed: 3, ParticipationPerMille: 995, ExecutionRewardGwei: 20_000_000}})
	if err != nil {
		t.Fatal(err)
	}
	defer d.Close()
	rpcAddr, err := d.Execution().Serve("127.0.0.1:0", []string{"*"}, nil)
	if err != nil {
		t.Fatal(err)
	}
	beacon := httptest.NewServer(d.BeaconAPI())
	defer beacon.Close()
	a, err := d.DeployPool(ctx, pc)
	if err != nil {
		t.Fatal(err)
	}
	el := d.Client()
	id := new(big.Int).SetUint64(d.ChainID())
	send := func(key string, to common.Address, value *big.Int, data []byte) {
		t.Helper()
		k := devnet.DevKey(key)
		from := crypto.PubkeyToAddress(k.PublicKey)
		nonce, err := el.PendingNonceAt(ctx, from)
		if err != nil {
			t.Fatal(err)
		}
		tx := types.MustSignNewTx(k, types.LatestSignerForChainID(id), &types.DynamicFeeTx{ChainID: id, Nonce: nonce,
			GasTipCap: big.NewInt(params.GWei), GasFeeCap: big.NewInt(100 * params.GWei), Gas: 3_000_000, To: &to, Value: value, Data: data})
		if err := el.SendTransaction(ctx, tx); err != nil {
			t.Fatal(err)
		}
		for i := 0; i < 64; i++ {
			if _, err := d.Step(ctx); err != nil {
				t.Fatal(err)
			}
			if r, err := el.TransactionReceipt(ctx, tx.Hash()); err == nil {
				if r.Status != types.ReceiptStatusSuccessful {
					t.Fatalf("%s's transaction reverted", key)
				}
				return
			}
		}
		t.Fatalf("%s's transaction was never mined", key)
	}
	poolABI, _ := bindings.PoolMetaData.GetAbi()
	regABI, _ := bindings.OperatorRegistryMetaData.GetAbi()
	// Operators upload keys; a user stakes 130 ETH; the depositor deposits
	// three validators (131 ETH less the 5 % reserve: three 32-ETH chunks).
	for op := 0; op < 3; op++ {
		pks := make([]byte, 0, 48)
		pk := make([]byte, 48)
		pk[0], pk[1] = 0xa5, byte(op)
		pks = append(pks, pk...)
		data, _ := regABI.Pack("addSigningKeys", big.NewInt(int64(op)), big.NewInt(1), pks, make([]byte, 96))
		send(fmt.Sprintf("operator-%d", op), a.Registry, nil, data)
	}
	submit, _ := poolABI.Pack("submit", common.Address{})
	send("user", a.Pool, devnet.Ether(130), submit)
	// The deposit goes through the deposit security module: two of the
	// three guardians attest the head (block, hash, deposit root, nonce).
	head, err := el.HeaderByNumber(ctx, nil)
	if err != nil {
		t.Fatal(err)
	}
	call := &bind.CallOpts{Context: ctx}
	dsm, _ := bindings.NewDepositSecurityModule(a.DepositSecurityModule, el)
	dc, _ := bindings.NewDepositContract(devnet.DepositContractAddress, el)
	reg, _ := bindings.NewOperatorRegistry(a.Registry, el)
	root, err := dc.GetDepositRoot(call)
	if err != nil {
		t.Fatal(err)
	}
	nonce, err := reg.Nonce(call)
	if err != nil {
		t.Fatal(err)
	}
	digest, err := dsm.AttestDigest(call, head.Number, head.Hash(), root, big.NewInt(1), nonce)
	if err != nil {
		t.Fatal(err)
	}
	guardians := []int{0, 1}
	if bytes.Compare(crypto.PubkeyToAddress(pc.GuardianKey(0).PublicKey).Bytes(), crypto.PubkeyToAddress(pc.GuardianKey(1).PublicKey).Bytes()) > 0 {
		guardians = []int{1, 0} // ascending by address
	}
	var sigs []bindings.DepositSecurityModuleSignature
	for _, g := range guardians {
		sig, err := crypto.Sign(digest[:], pc.GuardianKey(g))
		if err != nil {
			t.Fatal(err)
		}
		var s bindings.DepositSecurityModuleSignature
		copy(s.R[:], sig[:32])
		copy(s.Vs[:], sig[32:64])
		s.Vs[0] |= sig[64] << 7 // EIP-2098
		sigs = append(sigs, s)
	}
	dsmABI, _ := bindings.DepositSecurityModuleMetaData.GetAbi()
	dep, err := dsmABI.Pack("depositBufferedEther", head.Number, head.Hash(), root, big.NewInt(1), nonce, big.NewInt(3), sigs)
	if err != nil {
		t.Fatal(err)
	}
	send("depositor", a.DepositSecurityModule, nil, dep)
	if err := d.AdvanceEpochs(ctx, 6); err != nil {
		t.Fatal(err)
	}

	addrs := indexer.Addresses{Pool: a.Pool, WstETH: a.WstETH, WithdrawalQueue: a.WithdrawalQueue, Registry: a.Registry,
		Governance: a.Governance, Oracle: a.Oracle, WithdrawalVault: a.WithdrawalVault, ELRewardsVault: a.ELRewardsVault, Burner: a.Burner,
		VetoEscrow: a.VetoEscrow, GateSeal: a.GateSeal}
	srv, err := readapi.New(ctx, readapi.Config{RPC: "http://" + rpcAddr.String(), BeaconURL: beacon.URL, Addresses: &addrs, DataDir: t.TempDir()})
	if err != nil {
		t.Fatal(err)
	}
	defer srv.Close()
	if err := srv.Sync(ctx); err != nil {
		t.Fatal(err)
	}
	ts := httptest.NewServer(srv.Handler())
	defer ts.Close()

	var st readapi.Status
	get(t, ts.URL+"/v1/status", 200, &st)
	if !st.Beacon || st.Slot != d.Slot() || st.Epoch != st.Slot/32 || st.FinalizedEpoch == 0 || st.FinalizedEpoch > st.Epoch {
		t.Errorf("status %+v; the simulator is at slot %d", st, d.Slot())
	}
	var ops readapi.Operators
	get(t, ts.URL+"/v1/operators", 200, &ops)
	seen := uint64(0)
	for _, o := range ops.Operators {
		if o.Beacon == nil {
			t.Fatalf("operator %d has no beacon figures", o.ID)
		}
		seen += o.Beacon.Pending + o.Beacon.Active
		if o.Deposited == 1 && o.Beacon.Pending+o.Beacon.Active != 1 {
			t.Errorf("operator %d deposited one validator, the beacon node shows %+v", o.ID, o.Beacon)
		}
	}
	if seen != 3 {
		t.Errorf("%d of the pool's 3 validators on the beacon chain", seen)
	}
	var one readapi.Operator
	get(t, ts.URL+"/v1/operators/0", 200, &one)
	if len(one.Beacon.Validators) != 1 || one.Beacon.Validators[0].Balance != "32000000000000000000" {
		t.Errorf("operator 0's validators: %+v", one.Beacon.Validators)
	}
	// A request beyond the buffer waits for exits through the chain's queue.
	var e readapi.NewRequestEstimate
	get(t, ts.URL+"/v1/withdrawals/estimate?amount=50", 200, &e)
	if e.Estimate == nil || e.Estimate.Method != "new_exits" || e.Estimate.At == nil || e.Estimate.Exits != 1 {
		t.Errorf("estimate for 50 ETH with 35 ETH buffered: %+v", e.Estimate)
	} else if want := "exit queue and churn from the beacon node"; len(e.Estimate.Assumes) < len(want) || e.Estimate.Assumes[:len(want)] != want {
		t.Errorf("estimate assumes %q", e.Estimate.Assumes)
	}
	pool, _ := bindings.NewPoolCaller(a.Pool, el)
	dv, err := pool.GetBeaconStat(&bind.CallOpts{Context: ctx})
	if err != nil || dv.DepositedValidators.Uint64() != 3 {
		t.Fatalf("deposited %v %v", dv.DepositedValidators, err)
	}
}
