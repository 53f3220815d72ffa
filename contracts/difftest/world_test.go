// Package difftest holds the differential test: random command sequences
// applied to protocol.State and to the contracts on the simulated backend,
// compared after every step (test-only package).
package difftest

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/holiman/uint256"

	"github.com/stakepool/stakepool/contracts/bindings"
	"github.com/stakepool/stakepool/contracts/contractstest"
	"github.com/stakepool/stakepool/contracts/deploy"
	"github.com/stakepool/stakepool/contracts/finalization"
	"github.com/stakepool/stakepool/contracts/testbindings"
	"github.com/stakepool/stakepool/protocol"
)

// Key indexes of the chain's accounts.
const (
	keyDeployer  = 0
	keyMember    = 1 // governance (threshold 1)
	keyDepositor = 2
	keyTreasury  = 3
	keyInsurance = 4
	keyOracle0   = 5  // oracle members 5, 6, 7 (quorum 2)
	keyOperator0 = 8  // operator reward addresses 8, 9, 10
	keyMember2   = 11 // governance's second member
	keyCommittee = 12 // the emergency (pause) committee
	keyUser0     = 13
	numUsers     = 5
	numKeys      = keyUser0 + numUsers
	numOperators = 3
)

// world is the chain with the suite deployed next to the model, both
// after the same setup; reset returns both to that point.
type world struct {
	chain  *contractstest.Chain
	a      *deploy.Addresses
	pool   *bindings.Pool
	wst    *bindings.WstETH
	wq     *bindings.WithdrawalQueue
	reg    *bindings.OperatorRegistry
	oracle *bindings.Oracle
	burner *bindings.Burner
	sanity *bindings.SanityChecker
	escrow *bindings.VetoEscrow
	seal   *bindings.GateSeal
	gov    *bindings.Governance
	exits  *bindings.ExitTrigger
	bm     *bindings.BondedModule // the router's module 2 (bondedrouter_test.go)
	views  finalization.Views
	// setupProposals is how many proposals the setup made (the operators,
	// added by governance on both sides: the proposal ids are the same on
	// both); the sequences' proposals follow.
	setupProposals uint64
	// calls are the proposals' calls on chain, by id.
	calls map[uint64]govCall
	// createdSlot is the slot of the model's genesis (the oracle's deployment).
	createdSlot uint64
	lens        *testbindings.Lens
	head        common.Hash
	snapshot    []byte
	abis        map[common.Address]*abi.ABI
	errs        map[[4]byte]string

	model *protocol.State
	stats map[string]int // outcomes by command, over the run
	// wrapped is set while drawing the command a wrap was drawn for
	// (wrapFirst): that command wraps no more.
	wrapped bool
	// decrease is set while drawing the allowance decrease an approval
	// was drawn for.
	decrease bool
	gas      map[common.Address]*big.Int // ETH spent on gas since the reset
	// offset is model ETH − chain ETH after the setup (the deployer paid
	// for deployments and the initial stake, which the model's genesis
	// creates from nothing).
	offset map[common.Address]*big.Int
}

func params() protocol.Params {
	p := protocol.DevnetParams()
	p.ReserveTargetBP = 500
	p.InstantWithdrawalBP = 30
	p.MaxDepositsPerBlock = 4
	p.DustFloor.SetUint64(1000)
	p.MinWithdrawal.SetUint64(100)
	p.MaxWithdrawal.Mul(uint256.NewInt(50), uint256.NewInt(1e18))
	p.StakeLimitMax.Mul(uint256.NewInt(400), uint256.NewInt(1e18))
	p.StakeLimitPerBlock.Mul(uint256.NewInt(7), uint256.NewInt(1e18))
	// A veto that random locks cross: seals at 5% and 20%, two minutes
	// more timelock at most, a one-minute rage-quit window.
	p.VetoFirstSealBP, p.VetoSecondSealBP, p.VetoMaxExtensionSeconds, p.RageQuitWindowSeconds = 500, 2000, 120, 60
	// Short frames on a small pool: rewards of a frame reach the limits
	// that mainnet's long frames never do; raised so that most random
	// reports pass and the limits are still met now and then.
	p.AnnualIncreaseBP = 20 * protocol.BP
	p.MaxPositiveRebase = 5_000_000 // 0.5% a report
	p.ExitDeadlineSlots = 200       // a few frames: stuck operators appear
	p.StuckPenaltyDelay = 3000      // and their cool-down ends within a sequence
	return p
}

func newWorld(t testing.TB) *world {
	t.Helper()
	c := contractstest.NewChain(t, numKeys)
	w := &world{chain: c}
	p := params()
	cfg := deploy.Config{
		Deployer: c.Opts(keyDeployer), Mine: func() { c.Backend.Commit() },
		InitialStake: big.NewInt(1e18), Depositor: c.Addrs[keyDepositor],
		Treasury: c.Addrs[keyTreasury], Insurance: c.Addrs[keyInsurance],
		GovernanceMembers: []common.Address{c.Addrs[keyMember], c.Addrs[keyMember2]}, GovernanceThreshold: 1,
		Veto: bindings.VetoEscrowParams{FirstSealBP: uint16(p.VetoFirstSealBP), SecondSealBP: uint16(p.VetoSecondSealBP),
			MaxExtensionSeconds: uint32(p.VetoMaxExtensionSeconds), RageQuitWindowSeconds: uint32(p.RageQuitWindowSeconds)},
		PauseCommittee: c.Addrs[keyCommittee], PauseExpiry: pauseExpiry, PauseSeconds: pauseSeconds,
		OracleMembers: c.Addrs[keyOracle0 : keyOracle0+3], OracleQuorum: 2,
		Chain: bindings.OracleChainConfig{GenesisTime: big.NewInt(contractstest.GenesisTime), SecondsPerSlot: big.NewInt(12), SlotsPerEpoch: big.NewInt(32)},
		Rules: p,
		// The bonded module as the router's module 2: CSM's curve and fees,
		// all the share (a module below 100% takes no deposit from an empty
		// pool: random pools, a few validators, would rarely reach it).
		// An exit delay penalty of 0.1 ETH (CSM v2's) a request past its deadline.
		Bonded: &deploy.Bonded{Params: protocol.BondedParams{Curve: []uint256.Int{milliU256(2400), milliU256(1300)}, ExitDelayPenalty: milliU256(100)},
			Module: protocol.ModuleParams{Name: "bonded", ShareBP: 10000, ModuleFeeBP: 600, TreasuryFeeBP: 400}},
	}
	// The operators are added by governance on both sides (proposal ids
	// stay the same), not at deployment.
	limits := []uint64{6, 3, 4}
	var operators []deploy.Operator
	for i := 0; i < numOperators; i++ {
		operators = append(operators, deploy.Operator{Name: fmt.Sprintf("operator %d", i), RewardAddress: c.Addrs[keyOperator0+i], Limit: limits[i]})
	}
	a, err := deploy.Deploy(context.Background(), c.Client, cfg)
	if err != nil {
		t.Fatal(err)
	}
	// The model is created in the oracle's block (the last deployment).
	deployed, err := c.Client.HeaderByNumber(context.Background(), nil)
	if err != nil {
		t.Fatal(err)
	}
	w.a = a
	must := func(err error) {
		if err != nil {
			t.Fatal(err)
		}
	}
	w.pool, err = bindings.NewPool(a.Pool, c.Client)
	must(err)
	w.wst, err = bindings.NewWstETH(a.WstETH, c.Client)
	must(err)
	w.wq, err = bindings.NewWithdrawalQueue(a.WithdrawalQueue, c.Client)
	must(err)
	w.reg, err = bindings.NewOperatorRegistry(a.Registry, c.Client)
	must(err)
	w.oracle, err = bindings.NewOracle(a.Oracle, c.Client)
	must(err)
	w.burner, err = bindings.NewBurner(a.Burner, c.Client)
	must(err)
	w.sanity, err = bindings.NewSanityChecker(a.SanityChecker, c.Client)
	must(err)
	w.escrow, err = bindings.NewVetoEscrow(a.VetoEscrow, c.Client)
	must(err)
	w.seal, err = bindings.NewGateSeal(a.GateSeal, c.Client)
	must(err)
	w.gov, err = bindings.NewGovernance(a.Governance, c.Client)
	must(err)
	w.exits, err = bindings.NewExitTrigger(a.ExitTrigger, c.Client)
	must(err)
	w.bm, err = bindings.NewBondedModule(a.BondedModule, c.Client)
	must(err)
	w.views = finalization.Views{Oracle: &w.oracle.OracleCaller, Queue: &w.wq.WithdrawalQueueCaller, Sanity: &w.sanity.SanityCheckerCaller}
	_, tx, lens, err := testbindings.DeployLens(c.Opts(keyDeployer), c.Client)
	c.MustMine(t, tx, err)
	w.lens = lens
	w.abis = map[common.Address]*abi.ABI{}
	w.errs = map[[4]byte]string{}
	for addr, md := range map[common.Address]*bind.MetaData{
		a.Pool: bindings.PoolMetaData, a.WstETH: bindings.WstETHMetaData, a.WithdrawalQueue: bindings.WithdrawalQueueMetaData,
		a.Registry: bindings.OperatorRegistryMetaData, a.DepositContract: bindings.DepositContractMetaData,
		a.WithdrawalVault: bindings.WithdrawalVaultMetaData, a.ELRewardsVault: bindings.ELRewardsVaultMetaData,
		a.Governance: bindings.GovernanceMetaData, a.Oracle: bindings.OracleMetaData,
		a.Burner: bindings.BurnerMetaData, a.SanityChecker: bindings.SanityCheckerMetaData,
		a.VetoEscrow: bindings.VetoEscrowMetaData, a.GateSeal: bindings.GateSealMetaData,
		a.ExitTrigger: bindings.ExitTriggerMetaData, a.StakingRouter: bindings.StakingRouterMetaData,
		a.BondedModule: bindings.BondedModuleMetaData,
	} {
		parsed, err := md.GetAbi()
		must(err)
		w.abis[addr] = parsed
		for name, e := range parsed.Errors {
			var id [4]byte
			copy(id[:], e.ID[:4])
			w.errs[id] = name
		}
	}

	// The model: same addresses, committees and parameters, created at the
	// pool's deployment block; the operators added by governance on both
	// sides (below).
	created := deployed.Number.Uint64() // the oracle's deployment, the last one
	g := protocol.Genesis{
		ChainID: c.ChainID.Uint64(),
		Chain:   protocol.ChainConfig{GenesisTime: contractstest.GenesisTime, SecondsPerSlot: 12, SlotsPerEpoch: 32},
		Number:  created, Timestamp: deployed.Time,
		StETH: a.Pool, WstETH: a.WstETH, WithdrawalQueue: a.WithdrawalQueue,
		Vault: a.WithdrawalVault, ELRewardsVault: a.ELRewardsVault,
		Burner:   a.Burner,
		Treasury: c.Addrs[keyTreasury], Insurance: c.Addrs[keyInsurance],
		Escrow: a.VetoEscrow, PauseCommittee: c.Addrs[keyCommittee], PauseExpiry: pauseExpiry, PauseSeconds: pauseSeconds,
		OracleMembers: c.Addrs[keyOracle0 : keyOracle0+3], OracleQuorum: 2,
		Params: p, Members: []common.Address{c.Addrs[keyMember], c.Addrs[keyMember2]}, Threshold: 1,
		Bonded: a.BondedGenesis(cfg.Bonded),
	}
	g.InitialStake.SetUint64(1e18)
	for i := 0; i < numKeys; i++ {
		var al protocol.Allocation
		al.Address = c.Addrs[i]
		al.ETH.SetFromBig(contractstest.Funding)
		g.Alloc = append(g.Alloc, al)
	}
	m, err := protocol.NewState(g)
	must(err)
	w.createdSlot = g.Chain.SlotAt(g.Timestamp)
	block := created
	begin := func(n uint64) { must(m.BeginBlock(n, deployed.Time+(n-created))) }
	gov := func(act protocol.Action) {
		block++
		begin(block)
		_, err := m.ApplyNext(c.Addrs[keyMember], protocol.Command{Kind: protocol.CmdPropose, Action: act})
		must(err)
		block += p.TimelockSeconds
		begin(block)
		id := protocol.ProposalID(m.ProposalCount())
		_, err = m.ApplyNext(c.Addrs[keyMember], protocol.Command{Kind: protocol.CmdExecuteProposal, Proposal: id})
		must(err)
	}
	// On chain: a proposal, the timelock, the execution (the model's
	// order; the chain a second ahead after each: blocks are a second apart).
	proposals := int64(0)
	w.calls = map[uint64]govCall{}
	chainGov := func(a protocol.Action) {
		target, data := w.call(nil, &a)
		tx, err := w.gov.Propose(c.Opts(keyMember), target, data)
		c.MustMine(t, tx, err)
		proposals++
		w.calls[uint64(proposals)] = govCall{target: target, data: data}
		must(c.AdjustTime(time.Duration(p.TimelockSeconds) * time.Second))
		tx, err = w.gov.Execute(c.Opts(keyMember), big.NewInt(proposals))
		c.MustMine(t, tx, err)
	}
	for i, op := range operators {
		for _, act := range []protocol.Action{
			{Kind: protocol.ActAddOperator, Name: op.Name, Address: op.RewardAddress},
			{Kind: protocol.ActSetOperatorLimit, Operator: protocol.OperatorID(i), Limit: op.Limit},
		} {
			gov(act)
			chainGov(act)
		}
	}
	w.approveEscrow(t) // the escrow may move each user's withdrawal NFTs (blocks of the catch-up below)
	for {
		hdr, err := c.Client.HeaderByNumber(context.Background(), nil)
		must(err)
		if hdr.Number.Uint64() >= block {
			break
		}
		c.Backend.Commit() // empty blocks: the chain catches up with the model's setup
	}
	w.setupProposals = uint64(m.ProposalCount())
	if w.setupProposals != uint64(proposals) {
		t.Fatalf("the setup made %d proposals in the model, %d on chain", w.setupProposals, proposals)
	}
	w.snapshot, err = m.MarshalBinary()
	must(err)
	hdr, err := c.Client.HeaderByNumber(context.Background(), nil)
	must(err)
	w.head = hdr.Hash()
	w.offset = map[common.Address]*big.Int{}
	for _, a := range c.Addrs {
		bal, err := c.Client.BalanceAt(context.Background(), a, nil)
		must(err)
		eth := m.Account(a).ETH
		w.offset[a] = new(big.Int).Sub(eth.ToBig(), bal)
	}
	return w
}

// reset returns chain and model to the state after the setup. It fails
// with errResetRefused when the simulated beacon refuses to seal on the
// forked-back head (geth's simulated backend, forked back to the same
// block over and over, now and then answers its own forkchoice update
// with "safe block not in canonical chain"): the caller takes a fresh
// chain, which is the same world (same keys, deployment and timestamps).
func (w *world) reset(t testing.TB) error {
	t.Helper()
	// The pool re-injects the transactions of the dropped blocks when it
	// catches up with the fork, in the background; Fork waits for the pool
	// first and refuses while anything is pending, so fork, clear, and fork
	// again until it is clean.
	w.chain.Backend.Rollback() // a failed step may leave a transaction pending
	if err := w.chain.Backend.Fork(w.head); err != nil {
		t.Fatal(err)
	}
	for i := 0; ; i++ {
		w.chain.Backend.Rollback()
		err := w.chain.Backend.Fork(w.head)
		if err == nil {
			break
		}
		if i == 10 {
			t.Fatalf("resetting the chain: %v", err)
		}
	}
	m, err := protocol.UnmarshalState(w.snapshot)
	if err != nil {
		t.Fatal(err)
	}
	w.model = m
	w.gas = map[common.Address]*big.Int{}
	for id := range w.calls { // the last sequence's proposals
		if id > w.setupProposals {
			delete(w.calls, id)
		}
	}
	// The simulated beacon's clock does not rewind with the fork: its next
	// block comes one second after the latest block it ever sealed, while
	// gas estimates run one second after the parent. One empty block
	// realigns them, and a second puts the sequence at the same place in an
	// oracle frame (7 s into it) whatever ran before.
	ctx := context.Background()
	w.chain.Backend.Commit()
	b0, err := w.chain.Client.BlockByNumber(ctx, nil)
	if err != nil {
		t.Fatal(err)
	}
	if len(b0.Transactions()) != 0 {
		t.Fatalf("the reset's first block carries %d stale transactions", len(b0.Transactions()))
	}
	h0 := b0.Header()
	w.clean(t, h0.Hash())
	frame := m.SlotsPerFrame() * 12
	t1 := contractstest.GenesisTime + ((h0.Time-contractstest.GenesisTime)/frame+1)*frame + 7
	if err := w.chain.AdjustTime(time.Duration(t1-h0.Time) * time.Second); err != nil {
		return fmt.Errorf("%w: %v", errResetRefused, err)
	}
	h1, err := w.chain.Client.HeaderByNumber(ctx, nil)
	if err != nil || h1.Time != t1 {
		t.Fatalf("realigning the clock: block at %v, want %d (%v)", h1.Time, t1, err)
	}
	for _, h := range []*types.Header{h0, h1} {
		if err := m.BeginBlock(h.Number.Uint64(), h.Time); err != nil {
			t.Fatal(err)
		}
	}
	return nil
}

var errResetRefused = errors.New("the simulated chain refused to seal after the reset")

// stepGasLimit is the gas limit of every step's transaction (estimated
// apart, by estimateNext).
const stepGasLimit = 15_000_000

// estimateNext runs eth_estimateGas for tx as its sender in the block it
// will be mined in (the number and time of head plus one), as the model
// applies it: a plain estimate runs at the head's number and time, and a
// rule with a border in time or blocks (a timelock, a pause, a window, a
// frame, the staking limit's refill) would answer for the wrong block.
func (w *world) estimateNext(ctx context.Context, from common.Address, tx *types.Transaction, head *types.Header) error {
	args := map[string]any{"from": from, "input": hexutil.Bytes(tx.Data()), "value": (*hexutil.Big)(tx.Value())}
	if tx.To() != nil {
		args["to"] = *tx.To()
	}
	next := map[string]any{"number": (*hexutil.Big)(new(big.Int).Add(head.Number, big.NewInt(1))), "time": hexutil.Uint64(head.Time + 1)}
	var gas hexutil.Uint64
	return w.chain.RPC.CallContext(ctx, &gas, "eth_estimateGas", args, "latest", nil, next)
}

// revertCode maps a failed send (gas estimation) to the model's code.
func (w *world) revertCode(err error) protocol.Code {
	if strings.Contains(err.Error(), "insufficient funds") {
		return protocol.CodeInsufficientETH
	}
	var de interface{ ErrorData() interface{} }
	name := ""
	if ok := asDataError(err, &de); ok {
		var data []byte
		switch v := de.ErrorData().(type) {
		case string:
			data = common.FromHex(v)
		case []byte:
			data = v
		}
		if len(data) >= 4 {
			name = w.errs[[4]byte(data[:4])]
		}
	}
	if name == "" {
		return protocol.Code("?" + err.Error())
	}
	return protocol.Code(upperSnake(strings.TrimSuffix(name, "Error")))
}

func upperSnake(s string) string {
	var b strings.Builder
	for i, r := range s {
		if i > 0 && r >= 'A' && r <= 'Z' {
			b.WriteByte('_')
		}
		b.WriteRune(r)
	}
	return strings.ToUpper(b.String())
}

// logs renders a receipt's logs as "Contract.Event(arg, …)" lines.
func (w *world) logs(t contractstest.TB, r *types.Receipt) []string {
	t.Helper()
	var out []string
	for _, l := range r.Logs {
		if line, ok := requestLog(l); ok {
			out = append(out, line)
			continue
		}
		a, ok := w.abis[l.Address]
		if !ok {
			t.Fatalf("log from unknown address %s", l.Address)
		}
		ev, err := a.EventByID(l.Topics[0])
		if err != nil {
			t.Fatalf("unknown event %s from %s", l.Topics[0], l.Address)
		}
		vals := map[string]any{}
		var indexed abi.Arguments
		for _, in := range ev.Inputs {
			if in.Indexed {
				indexed = append(indexed, in)
			}
		}
		if err := abi.ParseTopicsIntoMap(vals, indexed, l.Topics[1:]); err != nil {
			t.Fatal(err)
		}
		if err := ev.Inputs.UnpackIntoMap(vals, l.Data); err != nil {
			t.Fatal(err)
		}
		args := make([]string, len(ev.Inputs))
		for i, in := range ev.Inputs {
			args[i] = render(vals[in.Name])
		}
		out = append(out, w.name(l.Address)+"."+ev.Name+"("+strings.Join(args, ",")+")")
	}
	return out
}

func (w *world) name(a common.Address) string {
	switch a {
	case w.a.Pool:
		return "Pool"
	case w.a.WstETH:
		return "WstETH"
	case w.a.WithdrawalQueue:
		return "WithdrawalQueue"
	case w.a.Registry:
		return "OperatorRegistry"
	case w.a.DepositContract:
		return "DepositContract"
	case w.a.WithdrawalVault:
		return "WithdrawalVault"
	case w.a.ELRewardsVault:
		return "ELRewardsVault"
	case w.a.Governance:
		return "Governance"
	case w.a.Oracle:
		return "Oracle"
	case w.a.Burner:
		return "Burner"
	case w.a.SanityChecker:
		return "SanityChecker"
	case w.a.VetoEscrow:
		return "VetoEscrow"
	case w.a.GateSeal:
		return "GateSeal"
	case w.a.ExitTrigger:
		return "ExitTrigger"
	case w.a.StakingRouter:
		return "StakingRouter"
	case w.a.BondedModule:
		return "BondedModule"
	case protocol.WithdrawalRequestAddress:
		return "WithdrawalRequests"
	}
	return a.Hex()
}

func render(v any) string {
	switch x := v.(type) {
	case common.Address:
		return x.Hex()
	case *big.Int:
		return x.String()
	case []byte:
		return fmt.Sprintf("0x%x", x)
	case [32]byte:
		return fmt.Sprintf("0x%x", x)
	case *uint256.Int:
		return x.Dec()
	}
	return fmt.Sprint(v)
}

func ev(contract, name string, args ...any) string {
	s := make([]string, len(args))
	for i, a := range args {
		s[i] = render(a)
	}
	return contract + "." + name + "(" + strings.Join(s, ",") + ")"
}

// tracked lists every address whose balances are compared.
func (w *world) tracked() []common.Address {
	out := append([]common.Address{protocol.DeadAddress, w.a.WstETH, w.a.WithdrawalQueue, w.a.Pool, w.a.Burner, w.a.VetoEscrow, protocol.WithdrawalRequestAddress, w.a.BondedModule}, w.chain.Addrs...)
	sort.Slice(out, func(i, j int) bool { return out[i].Cmp(out[j]) < 0 })
	return out
}

// clean empties the transaction pool at head: after a fork the pool
// re-injects the dropped blocks' transactions when it next sees a new head
// (in the background); Fork to the head itself waits for the pool and
// refuses while anything is pending, so clear and retry until it is empty.
func (w *world) clean(t contractstest.TB, head common.Hash) {
	for i := 0; ; i++ {
		w.chain.Backend.Rollback()
		err := w.chain.Backend.Fork(head)
		if err == nil {
			return
		}
		if i == 10 {
			t.Fatalf("clearing re-injected transactions: %v", err)
		}
	}
}
