package contracts_test

import (
	"context"
	"fmt"
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/stakepool/stakepool/contracts/bindings"
	"github.com/stakepool/stakepool/contracts/contractstest"
	"github.com/stakepool/stakepool/contracts/deploy"
	"github.com/stakepool/stakepool/contracts/finalization"
	"github.com/stakepool/stakepool/protocol"
)

// Key indexes of the fixture.
const (
	kDeployer  = 0
	kMember    = 1
	kOracle    = 2 // 2, 3, 4: quorum 2
	kDepositor = 5
	kAlice     = 6
	kBob       = 7
	kMallory   = 8
	kTreasury  = 9
	kInsurance = 10
	kOperator  = 11 // 11, 12
	kGuardian  = 13 // 13, 14, 15 (deposit security fixtures)
	numKeys    = 16
)

// fixture is the suite deployed on a simulated chain.
type fixture struct {
	t      *testing.T
	c      *contractstest.Chain
	a      *deploy.Addresses
	pool   *bindings.Pool
	wst    *bindings.WstETH
	wq     *bindings.WithdrawalQueue
	reg    *bindings.OperatorRegistry
	oracle *bindings.Oracle
	gov    *bindings.Governance
	burner *bindings.Burner
	sanity *bindings.SanityChecker
	dsm    *bindings.DepositSecurityModule // nil unless deployed with one
	mds    []*bind.MetaData
}

func eth(n int64) *big.Int { return new(big.Int).Mul(big.NewInt(n), big.NewInt(1e18)) }

func newFixture(t *testing.T) *fixture { return newFixtureWith(t, nil) }

// newFixtureWith is newFixture with the rules changed by edit first.
func newFixtureWith(t *testing.T, edit func(*protocol.Params)) *fixture {
	t.Helper()
	return newFixtureConf(t, edit, nil)
}

// newFixtureConf is newFixtureWith with the deployment changed by conf too.
func newFixtureConf(t *testing.T, edit func(*protocol.Params), conf func(*deploy.Config)) *fixture {
	t.Helper()
	c := contractstest.NewChain(t, numKeys)
	p := protocol.DevnetParams()
	p.AppearedEthPerDay = 1800 * 32
	p.ExitedEthPerDay = 3600 * 32
	p.ExitDeadlineSlots = 7200
	p.DustFloor.SetUint64(1000)
	p.ReserveTargetBP, p.InstantWithdrawalBP, p.MaxDepositsPerBlock = 500, 30, 10
	p.StakeLimitMax.SetFromBig(eth(1000))
	p.StakeLimitPerBlock.SetFromBig(eth(10))
	if edit != nil {
		edit(&p)
	}
	cfg := deploy.Config{
		Deployer: c.Opts(kDeployer), Mine: func() { c.Backend.Commit() },
		InitialStake: big.NewInt(1e18), Depositor: c.Addrs[kDepositor],
		Treasury: c.Addrs[kTreasury], Insurance: c.Addrs[kInsurance],
		GovernanceMembers: []common.Address{c.Addrs[kMember]}, GovernanceThreshold: 1,
		OracleMembers: c.Addrs[kOracle : kOracle+3], OracleQuorum: 2,
		Chain:     bindings.OracleChainConfig{GenesisTime: big.NewInt(contractstest.GenesisTime), SecondsPerSlot: big.NewInt(12), SlotsPerEpoch: big.NewInt(32)},
		Rules:     p,
		Operators: []deploy.Operator{{Name: "a", RewardAddress: c.Addrs[kOperator], Limit: 10}, {Name: "b", RewardAddress: c.Addrs[kOperator+1], Limit: 10}},
	}
	if conf != nil {
		conf(&cfg)
	}
	a, err := deploy.Deploy(context.Background(), c.Client, cfg)
	if err != nil {
		t.Fatal(err)
	}
	f := &fixture{t: t, c: c, a: a}
	must := func(err error) {
		if err != nil {
			t.Fatal(err)
		}
	}
	f.pool, err = bindings.NewPool(a.Pool, c.Client)
	must(err)
	f.wst, err = bindings.NewWstETH(a.WstETH, c.Client)
	must(err)
	f.wq, err = bindings.NewWithdrawalQueue(a.WithdrawalQueue, c.Client)
	must(err)
	f.reg, err = bindings.NewOperatorRegistry(a.Registry, c.Client)
	must(err)
	f.oracle, err = bindings.NewOracle(a.Oracle, c.Client)
	must(err)
	f.gov, err = bindings.NewGovernance(a.Governance, c.Client)
	must(err)
	f.burner, err = bindings.NewBurner(a.Burner, c.Client)
	must(err)
	f.sanity, err = bindings.NewSanityChecker(a.SanityChecker, c.Client)
	must(err)
	f.mds = []*bind.MetaData{bindings.PoolMetaData, bindings.WstETHMetaData, bindings.WithdrawalQueueMetaData, bindings.OperatorRegistryMetaData,
		bindings.OracleMetaData, bindings.GovernanceMetaData, bindings.WithdrawalVaultMetaData, bindings.ELRewardsVaultMetaData,
		bindings.BurnerMetaData, bindings.SanityCheckerMetaData}
	if a.DepositSecurityModule != (common.Address{}) {
		f.dsm, err = bindings.NewDepositSecurityModule(a.DepositSecurityModule, c.Client)
		must(err)
		f.mds = append(f.mds, bindings.DepositSecurityModuleMetaData)
	}
	return f
}

// revert is the custom error a failed send reverted with, by every ABI of the suite.
func (f *fixture) revert(err error) string {
	for _, md := range f.mds {
		if n := contractstest.RevertName(err, md); n != "" && n[0] != '?' {
			return n
		}
	}
	return contractstest.RevertName(err, f.mds[0])
}

func (f *fixture) opts(i int) *bind.TransactOpts { return f.c.Opts(i) }

// gas is opts with a fixed, generous gas limit: an estimate would stop at
// the least gas the outer call succeeds with, starving a caught re-entry.
func (f *fixture) gas(i int) *bind.TransactOpts {
	o := f.c.Opts(i)
	o.GasLimit = 3_000_000
	return o
}

func (f *fixture) value(i int, v *big.Int) *bind.TransactOpts {
	o := f.c.Opts(i)
	o.Value = v
	return o
}

// ok mines a transaction that must succeed.
func (f *fixture) ok(what string) func(tx interface{ Hash() common.Hash }, err error) {
	return func(tx interface{ Hash() common.Hash }, err error) {
		f.t.Helper()
		if err != nil {
			f.t.Fatalf("%s: %v (%s)", what, err, f.revert(err))
		}
		f.c.Backend.Commit()
		r, err := f.c.Client.TransactionReceipt(context.Background(), tx.Hash())
		if err != nil || r.Status != 1 {
			f.t.Fatalf("%s: not applied (%v)", what, err)
		}
	}
}

// report moves to the next frame and has the oracle apply a report of
// `validators` validators with `balance` wei, finalizing what the buffer
// pays for when `finalize` (the batches from the contracts' views).
func (f *fixture) report(validators uint64, balance *big.Int, finalize bool) {
	f.t.Helper()
	frames := time.Duration(1)
	if finalize {
		frames = 2 // requests made before the report are past the request margin at its reference slot
	}
	if err := f.c.AdjustTime(frames * 4 * 32 * 12 * time.Second); err != nil {
		f.t.Fatal(err)
	}
	ref, err := f.oracle.GetCurrentRefSlot(nil)
	if err != nil || !ref.Ok {
		f.t.Fatalf("no report due: %v", err)
	}
	r := f.reportData(ref.RefSlot, validators, balance)
	if finalize {
		v := finalization.Views{Oracle: &f.oracle.OracleCaller, Queue: &f.wq.WithdrawalQueueCaller, Sanity: &f.sanity.SanityCheckerCaller}
		if err := finalization.Prepare(nil, v, &r, finalization.DefaultMaxRequestsPerCall); err != nil {
			f.t.Fatal(err)
		}
	}
	f.submit(r)
}

// submit has two members vote for r and one submit it.
func (f *fixture) submit(r bindings.OracleReport) {
	f.t.Helper()
	h := f.hash(r)
	for m := kOracle; m < kOracle+2; m++ {
		f.ok("vote")(f.oracle.SubmitReport(f.opts(m), r.RefSlot, h))
	}
	f.ok("report")(f.oracle.SubmitReportData(f.opts(kOracle), r))
}

func (f *fixture) reportData(refSlot *big.Int, validators uint64, balance *big.Int) bindings.OracleReport {
	return bindings.OracleReport{
		RefSlot: refSlot, Validators: new(big.Int).SetUint64(validators), BalanceGwei: new(big.Int).Div(balance, big.NewInt(1e9)),
		WithdrawalVault: new(big.Int), ElRewardsVault: new(big.Int), SharesRequestedToBurn: new(big.Int),
		Batches: []*big.Int{}, SimulatedShareRate: new(big.Int),
		Exited: []bindings.OracleOperatorCount{}, ExitRequests: []bindings.OracleOperatorCount{}, Stats: []bindings.OracleOperatorStats{},
	}
}

func (f *fixture) hash(r bindings.OracleReport) [32]byte {
	parsed, err := bindings.OracleMetaData.GetAbi()
	if err != nil {
		f.t.Fatal(err)
	}
	packed, err := parsed.Methods["submitReportData"].Inputs.Pack(r)
	if err != nil {
		f.t.Fatal(err)
	}
	return crypto.Keccak256Hash(packed)
}

// keys makes n well-formed keys for operator op.
func keys(op, from, n int) (pks, sigs []byte) {
	for i := from; i < from+n; i++ {
		pk := crypto.Keccak256([]byte(fmt.Sprintf("pk %d %d", op, i)))
		pk = append(pk, crypto.Keccak256(pk)[:16]...)
		pks = append(pks, pk...)
		sigs = append(sigs, append(crypto.Keccak256(pk), append(crypto.Keccak256(pk, []byte{1}), crypto.Keccak256(pk, []byte{2})...)...)...)
	}
	return pks, sigs
}
