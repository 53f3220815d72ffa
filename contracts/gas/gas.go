// Package gas measures the gas of the pool's operations on go-ethereum's
// simulated backend (Prague rules), next to Lido's figures: what
// `stakepool bench gas` prints. Every figure is a real transaction's
// receipt (intrinsic gas and calldata included).
package gas

import (
	"context"
	"crypto/ecdsa"
	"fmt"
	"math/big"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/eth/ethconfig"
	"github.com/ethereum/go-ethereum/ethclient/simulated"
	"github.com/ethereum/go-ethereum/node"

	"github.com/stakepool/stakepool/contracts/bindings"
	"github.com/stakepool/stakepool/contracts/deploy"
	"github.com/stakepool/stakepool/contracts/finalization"
	"github.com/stakepool/stakepool/protocol"
)

// Figure is one operation's gas with Lido's reference figure (0: none).
type Figure struct {
	Name      string
	Gas       uint64
	Reference string
	LidoGas   uint64
}

// Lido's figures (shared/reference/gas.md; sources in docs/contracts.md).
const (
	lidoSubmit   = 86_000 // derived from LIP-11 (1,891 gas ≈ 2.2 %); SDK limit 90,000
	lidoTransfer = 54_600 // derived from LIP-11 (1,967 gas ≈ 3.6 %): a transfer to a holder (docs/contracts.md)
	// lidoTransferNew is the same transfer to a new holder: its share slot
	// goes from zero (EIP-2200/2929: 20,000 + 2,100 cold) instead of from
	// a value (2,900 + 2,100), 17,100 more. Derived, not measured.
	lidoTransferNew   = lidoTransfer + 17_100
	lidoWrap          = 140_000 // staking widget gas limit
	lidoUnwrap        = 115_000 // staking widget gas limit
	lidoApprove       = 78_000  // staking widget gas limit (wstETH approve)
	lidoRequest       = 228_163 // widget fallback per request (stETH, approved)
	lidoClaim         = 89_818  // widget fallback
	lidoDepositTx     = 378_300 // depositor bot: per transaction
	lidoDepositKey    = 63_000  // depositor bot: per key
	lidoExtraData     = 24_700  // accounting oracle extra data: base
	lidoExtraDataPerO = 7_800   // accounting oracle extra data: per operator
	genesisTime       = 4_000_000_000
)

// chain is a simulated Prague chain with funded keys.
type chain struct {
	b     *simulated.Backend
	c     simulated.Client
	id    *big.Int
	keys  []*ecdsa.PrivateKey
	addrs []common.Address
}

func newChain(n int) (*chain, error) {
	ch := &chain{}
	alloc := types.GenesisAlloc{}
	fund := new(big.Int).Mul(big.NewInt(1e9), big.NewInt(1e18))
	for i := 0; i < n; i++ {
		k, err := crypto.ToECDSA(crypto.Keccak256([]byte(fmt.Sprintf("stakepool gas key %d", i))))
		if err != nil {
			return nil, err
		}
		ch.keys = append(ch.keys, k)
		a := crypto.PubkeyToAddress(k.PublicKey)
		ch.addrs = append(ch.addrs, a)
		alloc[a] = types.Account{Balance: fund}
	}
	ch.b = simulated.NewBackend(alloc, pragueOnly, simulated.WithBlockGasLimit(60_000_000))
	ch.c = ch.b.Client()
	id, err := ch.c.ChainID(context.Background())
	if err != nil {
		return nil, err
	}
	ch.id = id
	return ch, nil
}

// pragueOnly: the dev config without the forks after Prague, fixed genesis time.
func pragueOnly(_ *node.Config, conf *ethconfig.Config) {
	cfg := *conf.Genesis.Config
	cfg.OsakaTime, cfg.BogotaTime, cfg.AmsterdamTime = nil, nil, nil
	conf.Genesis.Config = &cfg
	conf.Genesis.Timestamp = genesisTime
}

// adjustTime seals an empty block d after the head. The transaction pool
// drops a sealed block's transactions in the background, and until it has
// the simulated backend refuses ("non-empty block"): this waits for it.
func (ch *chain) adjustTime(d time.Duration) error {
	var err error
	for i := 0; i < 400; i++ {
		if err = ch.b.AdjustTime(d); err == nil || !strings.Contains(err.Error(), "non-empty block") {
			return err
		}
		time.Sleep(5 * time.Millisecond)
	}
	return err
}

func (ch *chain) opts(i int) *bind.TransactOpts {
	o, err := bind.NewKeyedTransactorWithChainID(ch.keys[i], ch.id)
	if err != nil {
		panic(err)
	}
	return o
}

// mine sends nothing itself: it mines the pending transaction and returns its gas.
func (ch *chain) mine(tx *types.Transaction, err error) (uint64, error) {
	if err != nil {
		return 0, err
	}
	ch.b.Commit()
	r, err := ch.c.TransactionReceipt(context.Background(), tx.Hash())
	if err != nil {
		return 0, err
	}
	if r.Status != types.ReceiptStatusSuccessful {
		return 0, fmt.Errorf("transaction %s reverted", tx.Hash())
	}
	return r.GasUsed, nil
}

// Key indexes.
const (
	kDeployer  = 0
	kMember    = 1 // governance
	kOracle    = 2 // oracle members 2, 3, 4 (quorum 2)
	kDepositor = 11
	kAlice     = 5
	kBob       = 6
	kCarol     = 7
	kTreasury  = 8
	kInsure    = 9
	kOps       = 12 // operator reward addresses from here
)

// suite is a deployed pool with `ops` operators, one key each deposited.
type suite struct {
	ch     *chain
	a      *deploy.Addresses
	pool   *bindings.Pool
	wst    *bindings.WstETH
	wq     *bindings.WithdrawalQueue
	reg    *bindings.OperatorRegistry
	oracle *bindings.Oracle
	escrow *bindings.VetoEscrow
	sanity *bindings.SanityChecker
	dsm    *bindings.DepositSecurityModule // nil without guardians
	ops    int
}

func newSuite(ops int) (*suite, error) { return newSuiteWith(ops, 0) }

// newSuiteWith is newSuite with the deposit security module as the pool's
// depositor when guardians > 0: that many guardians (keys from kOps+ops on),
// Lido's quorum of 4 (or all of them when fewer).
func newSuiteWith(ops, guardians int) (*suite, error) { return newSuiteEdit(ops, guardians, nil) }

// newSuiteEdit is newSuiteWith with the deployment's configuration
// changed by edit (given the chain's accounts) first.
func newSuiteEdit(ops, guardians int, edit func(*deploy.Config, []common.Address)) (*suite, error) {
	ch, err := newChain(kOps + ops + guardians)
	if err != nil {
		return nil, err
	}
	p := protocol.DevnetParams()
	p.AppearedEthPerDay = 1 << 32 // a hundred validators appear in one short frame
	p.ExitDeadlineSlots = 7200
	p.DustFloor.SetUint64(1e12)
	p.ReserveTargetBP, p.InstantWithdrawalBP = 0, 0
	cfg := deploy.Config{
		Deployer: ch.opts(kDeployer), Mine: func() { ch.b.Commit() },
		InitialStake: big.NewInt(1e18), Depositor: ch.addrs[kDepositor],
		Treasury: ch.addrs[kTreasury], Insurance: ch.addrs[kInsure],
		GovernanceMembers: []common.Address{ch.addrs[kMember]}, GovernanceThreshold: 1,
		OracleMembers: ch.addrs[kOracle : kOracle+3], OracleQuorum: 2,
		Chain: bindings.OracleChainConfig{GenesisTime: big.NewInt(genesisTime), SecondsPerSlot: big.NewInt(12), SlotsPerEpoch: big.NewInt(32)},
		Rules: p,
	}
	for i := 0; i < ops; i++ {
		cfg.Operators = append(cfg.Operators, deploy.Operator{Name: fmt.Sprintf("operator %d", i), RewardAddress: ch.addrs[kOps+i], Limit: 100})
	}
	if guardians > 0 {
		cfg.DepositSecurity = &protocol.DepositSecurityParams{Guardians: ch.addrs[kOps+ops:], Quorum: uint64(min(guardians, 4)),
			MaxBlockAge: 64, MinDepositDistance: 1, PauseMaxAge: 6646}
	}
	if edit != nil {
		edit(&cfg, ch.addrs)
	}
	a, err := deploy.Deploy(context.Background(), ch.c, cfg)
	if err != nil {
		return nil, err
	}
	s := &suite{ch: ch, a: a, ops: ops}
	if guardians > 0 {
		if s.dsm, err = bindings.NewDepositSecurityModule(a.DepositSecurityModule, ch.c); err != nil {
			return nil, err
		}
	}
	if s.pool, err = bindings.NewPool(a.Pool, ch.c); err != nil {
		return nil, err
	}
	if s.wst, err = bindings.NewWstETH(a.WstETH, ch.c); err != nil {
		return nil, err
	}
	if s.wq, err = bindings.NewWithdrawalQueue(a.WithdrawalQueue, ch.c); err != nil {
		return nil, err
	}
	if s.reg, err = bindings.NewOperatorRegistry(a.Registry, ch.c); err != nil {
		return nil, err
	}
	if s.oracle, err = bindings.NewOracle(a.Oracle, ch.c); err != nil {
		return nil, err
	}
	if s.escrow, err = bindings.NewVetoEscrow(a.VetoEscrow, ch.c); err != nil {
		return nil, err
	}
	if s.sanity, err = bindings.NewSanityChecker(a.SanityChecker, ch.c); err != nil {
		return nil, err
	}
	return s, nil
}

func eth(n int64) *big.Int { return new(big.Int).Mul(big.NewInt(n), big.NewInt(1e18)) }

// key is a well-formed deterministic key for operator op, number n (the
// registry checks format and uniqueness only).
func key(op, n int) (pk, sig []byte) {
	pk = crypto.Keccak256([]byte(fmt.Sprintf("pk %d %d", op, n)))
	pk = append(pk, crypto.Keccak256(pk)[:16]...)
	sig = append(crypto.Keccak256(pk), append(crypto.Keccak256(pk, []byte{1}), crypto.Keccak256(pk, []byte{2})...)...)
	return pk, sig
}

// Measure deploys pools and returns the gas of every operation.
func Measure(ctx context.Context) ([]Figure, error) {
	var out []Figure
	add := func(name string, gas uint64, ref string, lido uint64) {
		out = append(out, Figure{Name: name, Gas: gas, Reference: ref, LidoGas: lido})
	}
	s, err := newSuite(10)
	if err != nil {
		return nil, err
	}
	ch := s.ch
	o := func(i int) *bind.TransactOpts { x := ch.opts(i); x.Context = ctx; return x }
	withValue := func(i int, v *big.Int) *bind.TransactOpts { x := o(i); x.Value = v; return x }

	// submit: a first stake and a further one.
	g, err := ch.mine(s.pool.Submit(withValue(kAlice, eth(100)), common.Address{}))
	if err != nil {
		return nil, fmt.Errorf("submit: %w", err)
	}
	add("submit/first", g, "lido-submit", lidoSubmit)
	if g, err = ch.mine(s.pool.Submit(withValue(kAlice, eth(1)), common.Address{})); err != nil {
		return nil, fmt.Errorf("submit: %w", err)
	}
	add("submit", g, "lido-submit", lidoSubmit)
	if _, err = ch.mine(s.pool.Submit(withValue(kBob, eth(1)), common.Address{})); err != nil {
		return nil, err
	}
	// transfers to a holder (Bob) and to a new holder (Carol).
	if g, err = ch.mine(s.pool.Transfer(o(kAlice), ch.addrs[kBob], eth(1))); err != nil {
		return nil, fmt.Errorf("transfer: %w", err)
	}
	add("transfer", g, "lido-transfer", lidoTransfer)
	if g, err = ch.mine(s.pool.Transfer(o(kAlice), ch.addrs[kCarol], eth(1))); err != nil {
		return nil, fmt.Errorf("transfer: %w", err)
	}
	add("transfer/new-holder", g, "lido-transfer-new-holder", lidoTransferNew)
	if g, err = ch.mine(s.pool.TransferShares(o(kAlice), ch.addrs[kBob], eth(1))); err != nil {
		return nil, fmt.Errorf("transferShares: %w", err)
	}
	add("transferShares", g, "lido-transfer", lidoTransfer)
	if g, err = ch.mine(s.pool.Approve(o(kAlice), ch.addrs[kBob], eth(10))); err != nil {
		return nil, fmt.Errorf("approve: %w", err)
	}
	add("approve", g, "lido-widget-approve", lidoApprove)
	if g, err = ch.mine(s.pool.TransferFrom(o(kBob), ch.addrs[kAlice], ch.addrs[kBob], eth(1))); err != nil {
		return nil, fmt.Errorf("transferFrom: %w", err)
	}
	add("transferFrom", g, "", 0)
	if g, err = ch.mine(s.permit(ctx, kAlice, ch.addrs[kCarol], eth(5))); err != nil {
		return nil, fmt.Errorf("permit: %w", err)
	}
	add("permit", g, "", 0)
	if g, err = ch.mine(s.wst.Wrap(o(kAlice), eth(10))); err != nil {
		return nil, fmt.Errorf("wrap: %w", err)
	}
	add("wrap", g, "lido-widget-wrap", lidoWrap)
	if g, err = ch.mine(s.wst.Unwrap(o(kAlice), eth(1))); err != nil {
		return nil, fmt.Errorf("unwrap: %w", err)
	}
	add("unwrap", g, "lido-widget-unwrap", lidoUnwrap)
	if g, err = ch.mine(s.wq.RequestWithdrawals(o(kAlice), []*big.Int{eth(1)}, common.Address{})); err != nil {
		return nil, fmt.Errorf("requestWithdrawals: %w", err)
	}
	add("requestWithdrawals/1", g, "lido-widget-request", lidoRequest)
	ten := make([]*big.Int, 10)
	for i := range ten {
		ten[i] = eth(1)
	}
	if g, err = ch.mine(s.wq.RequestWithdrawals(o(kAlice), ten, common.Address{})); err != nil {
		return nil, fmt.Errorf("requestWithdrawals: %w", err)
	}
	add("requestWithdrawals/10", g, "lido-widget-request×10", 10*lidoRequest)
	if err := s.measureEscrow(ctx, add); err != nil {
		return nil, err
	}

	// Keys: one upload of 10 keys per operator (gas per key reported).
	var uploadGas uint64
	for op := 0; op < s.ops; op++ {
		var pks, sigs []byte
		for n := 0; n < 10; n++ {
			pk, sig := key(op, n)
			pks, sigs = append(pks, pk...), append(sigs, sig...)
		}
		if g, err = ch.mine(s.reg.AddSigningKeys(o(kOps+op), big.NewInt(int64(op)), big.NewInt(10), pks, sigs)); err != nil {
			return nil, fmt.Errorf("addSigningKeys: %w", err)
		}
		uploadGas = g
	}
	add("addSigningKeys/per-key", uploadGas/10, "", 0)
	// Deposits of 1 and 10 validators.
	if _, err = ch.mine(s.pool.Submit(withValue(kBob, eth(400)), common.Address{})); err != nil {
		return nil, err
	}
	if g, err = ch.mine(s.pool.Deposit(o(kDepositor), big.NewInt(1))); err != nil {
		return nil, fmt.Errorf("deposit: %w", err)
	}
	add("deposit/1", g, "lido-depositor-bot", lidoDepositTx+lidoDepositKey)
	if g, err = ch.mine(s.pool.Deposit(o(kDepositor), big.NewInt(10))); err != nil {
		return nil, fmt.Errorf("deposit: %w", err)
	}
	add("deposit/10", g, "lido-depositor-bot", lidoDepositTx+10*lidoDepositKey)

	// A report with rewards and finalization, then a claim.
	g, err = s.report(ctx, 11, new(big.Int).Add(eth(11*32), big.NewInt(1e15)), true)
	if err != nil {
		return nil, fmt.Errorf("report: %w", err)
	}
	add("oracle-report/operators=10", g, "lido-extra-data", lidoExtraData+10*lidoExtraDataPerO)
	if g, err = ch.mine(s.wq.ClaimWithdrawal(o(kAlice), big.NewInt(1))); err != nil {
		return nil, fmt.Errorf("claim: %w", err)
	}
	add("claimWithdrawal", g, "lido-widget-claim", lidoClaim)
	if err := s.measureExit(ctx, add); err != nil {
		return nil, err
	}

	// The report again with 100 operators, one validator each.
	big100, err := newSuite(100)
	if err != nil {
		return nil, err
	}
	g, err = big100.reportWithOperators(ctx)
	if err != nil {
		return nil, fmt.Errorf("report (100 operators): %w", err)
	}
	add("oracle-report/operators=100", g, "lido-extra-data", lidoExtraData+100*lidoExtraDataPerO)
	if err := measureRouter(ctx, add); err != nil {
		return nil, fmt.Errorf("staking router: %w", err)
	}
	dsm, err := measureDepositSecurity(ctx)
	if err != nil {
		return nil, fmt.Errorf("deposit security: %w", err)
	}
	bonded, err := measureBonded(ctx)
	if err != nil {
		return nil, fmt.Errorf("bonded module: %w", err)
	}
	bondedExit, err := measureBondedExit(ctx)
	if err != nil {
		return nil, fmt.Errorf("bonded forced exit: %w", err)
	}
	return append(append(append(out, dsm...), bonded...), bondedExit), nil
}

// reportWithOperators gives each operator one deposited validator and
// returns the gas of a report that rewards them all.
func (s *suite) reportWithOperators(ctx context.Context) (uint64, error) {
	ch := s.ch
	for op := 0; op < s.ops; op++ {
		pk, sig := key(op, 0)
		if _, err := ch.mine(s.reg.AddSigningKeys(ch.opts(kOps+op), big.NewInt(int64(op)), big.NewInt(1), pk, sig)); err != nil {
			return 0, err
		}
	}
	x := ch.opts(kBob)
	x.Value = eth(int64(32*s.ops + 1))
	if _, err := ch.mine(s.pool.Submit(x, common.Address{})); err != nil {
		return 0, err
	}
	for done := 0; done < s.ops; done += 50 {
		if _, err := ch.mine(s.pool.Deposit(ch.opts(kDepositor), big.NewInt(50))); err != nil {
			return 0, err
		}
	}
	return s.report(ctx, uint64(s.ops), new(big.Int).Add(eth(int64(32*s.ops)), big.NewInt(3e15)), false)
}

// report moves to the next frame, has two members vote and one submit a
// report of `validators` validators with `balance` wei, finalizing what
// the buffer pays for when `finalize`; it returns the data submission's gas.
func (s *suite) report(ctx context.Context, validators uint64, balance *big.Int, finalize bool) (uint64, error) {
	return s.reportWith(ctx, validators, balance, finalize, nil)
}

// reportWith is report with the data changed by edit first (when set).
func (s *suite) reportWith(ctx context.Context, validators uint64, balance *big.Int, finalize bool, edit func(*bindings.OracleReport)) (uint64, error) {
	ch := s.ch
	if err := ch.adjustTime(4 * 32 * 12 * time.Second); err != nil {
		return 0, err
	}
	ref, err := s.oracle.GetCurrentRefSlot(&bind.CallOpts{Context: ctx})
	if err != nil || !ref.Ok {
		return 0, fmt.Errorf("no report due (%v)", err)
	}
	r := bindings.OracleReport{
		RefSlot: ref.RefSlot, Validators: new(big.Int).SetUint64(validators), BalanceGwei: new(big.Int).Div(balance, big.NewInt(1e9)),
		WithdrawalVault: new(big.Int), ElRewardsVault: new(big.Int), SharesRequestedToBurn: new(big.Int),
		Batches: []*big.Int{}, SimulatedShareRate: new(big.Int),
		Exited: []bindings.OracleOperatorCount{}, ExitRequests: []bindings.OracleOperatorCount{}, Stats: []bindings.OracleOperatorStats{}, ElRewardsCharges: []bindings.OracleOperatorAmount{}, Withdrawn: []bindings.OracleOperatorWithdrawal{},
	}
	if finalize {
		v := finalization.Views{Oracle: &s.oracle.OracleCaller, Queue: &s.wq.WithdrawalQueueCaller, Sanity: &s.sanity.SanityCheckerCaller}
		if err := finalization.Prepare(&bind.CallOpts{Context: ctx}, v, &r, finalization.DefaultMaxRequestsPerCall); err != nil {
			return 0, err
		}
		if len(r.Batches) == 0 {
			return 0, fmt.Errorf("the report finalizes nothing")
		}
	}
	if edit != nil {
		edit(&r)
	}
	parsed, err := bindings.OracleMetaData.GetAbi()
	if err != nil {
		return 0, err
	}
	packed, err := parsed.Methods["submitReportData"].Inputs.Pack(r)
	if err != nil {
		return 0, err
	}
	h := crypto.Keccak256Hash(packed)
	for m := kOracle; m < kOracle+2; m++ {
		if _, err := ch.mine(s.oracle.SubmitReport(ch.opts(m), ref.RefSlot, h)); err != nil {
			return 0, fmt.Errorf("vote: %w", err)
		}
	}
	return ch.mine(s.oracle.SubmitReportData(ch.opts(kOracle), r))
}

// permit signs an EIP-2612 permit by key i and sends it from the deployer.
func (s *suite) permit(ctx context.Context, i int, spender common.Address, value *big.Int) (*types.Transaction, error) {
	owner := s.ch.addrs[i]
	call := &bind.CallOpts{Context: ctx}
	nonce, err := s.pool.Nonces(call, owner)
	if err != nil {
		return nil, err
	}
	domain, err := s.pool.DOMAINSEPARATOR(call)
	if err != nil {
		return nil, err
	}
	deadline := new(big.Int).SetUint64(1 << 40)
	word := func(b *big.Int) []byte { return common.LeftPadBytes(b.Bytes(), 32) }
	structHash := crypto.Keccak256(crypto.Keccak256([]byte("Permit(address owner,address spender,uint256 value,uint256 nonce,uint256 deadline)")),
		common.LeftPadBytes(owner[:], 32), common.LeftPadBytes(spender[:], 32), word(value), word(nonce), word(deadline))
	digest := crypto.Keccak256(append(append([]byte{0x19, 0x01}, domain[:]...), structHash...))
	sig, err := crypto.Sign(digest, s.ch.keys[i])
	if err != nil {
		return nil, err
	}
	var r, ss [32]byte
	copy(r[:], sig[:32])
	copy(ss[:], sig[32:64])
	o := s.ch.opts(kDeployer)
	o.Context = ctx
	return s.pool.Permit(o, owner, spender, value, deadline, sig[64]+27, r, ss)
}

// measureEscrow measures the stakers' veto: Alice locks stETH (her first
// lock: a new record), wstETH and a withdrawal request (approved before),
// then takes all three back.
func (s *suite) measureEscrow(ctx context.Context, add func(string, uint64, string, uint64)) error {
	ch := s.ch
	o := func(i int) *bind.TransactOpts { x := ch.opts(i); x.Context = ctx; return x }
	if _, err := ch.mine(s.wq.SetApprovalForAll(o(kAlice), s.a.VetoEscrow, true)); err != nil {
		return err
	}
	g, err := ch.mine(s.escrow.LockStETH(o(kAlice), eth(5)))
	if err != nil {
		return fmt.Errorf("lockStETH: %w", err)
	}
	add("escrow-lock/stETH", g, "", 0)
	if g, err = ch.mine(s.escrow.LockWstETH(o(kAlice), eth(1))); err != nil {
		return fmt.Errorf("lockWstETH: %w", err)
	}
	add("escrow-lock/wstETH", g, "", 0)
	if g, err = ch.mine(s.escrow.LockWithdrawals(o(kAlice), []*big.Int{big.NewInt(2)})); err != nil {
		return fmt.Errorf("lockWithdrawals: %w", err)
	}
	add("escrow-lock/request", g, "", 0)
	if g, err = ch.mine(s.escrow.Unlock(o(kAlice))); err != nil {
		return fmt.Errorf("unlock: %w", err)
	}
	add("escrow-unlock/all-three", g, "", 0)
	return nil
}
