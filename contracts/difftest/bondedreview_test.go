package difftest

// An attacker's review of BondedModule.sol (issue 16 item 1). Each test
// states what the contract should guarantee and FAILS on main.

import (
	"context"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/holiman/uint256"

	"github.com/stakepool/stakepool/contracts/bindings"
	"github.com/stakepool/stakepool/contracts/contractstest"
	"github.com/stakepool/stakepool/contracts/deploy"
	"github.com/stakepool/stakepool/protocol"
)

// obtainDeposit mines obtainDepositData(n) from the router and returns its
// gas, after checking (by a call first) that the keys and signatures are
// the model's.
func (w *bondedWorld) obtainDeposit(t *testing.T, n uint64) uint64 {
	t.Helper()
	data, err := w.abi.Pack("obtainDepositData", big64(n), []byte{})
	if err != nil {
		t.Fatal(err)
	}
	out, err := w.c.Client.CallContract(context.Background(), ethereum.CallMsg{From: w.c.Addrs[bmRouter], To: &w.a.BondedModule, Data: data}, nil)
	if err != nil {
		t.Fatal(err)
	}
	want, merr := w.model.Deposit(w.c.Addrs[bmRouter], n, w.rate(t))
	if merr != nil {
		t.Fatal(merr)
	}
	vals, err := w.abi.Unpack("obtainDepositData", out)
	if err != nil {
		t.Fatal(err)
	}
	pks, sigs := vals[0].([]byte), vals[1].([]byte)
	if len(pks) != 48*len(want) || len(sigs) != 96*len(want) {
		t.Fatalf("obtainDepositData(%d): contract gave %d keys, model %d", n, len(pks)/48, len(want))
	}
	for j, k := range want {
		if !bytesEq(pks[j*48:(j+1)*48], k.Key.Pubkey[:]) || !bytesEq(sigs[j*96:(j+1)*96], k.Key.Signature[:]) {
			t.Fatalf("deposit %d: contract key/signature differ from the model's", j)
		}
	}
	got, gas := w.send(t, bmRouter, nil, w.a.BondedModule, data)
	if got != "" {
		t.Fatalf("obtainDepositData(%d): %s", n, got)
	}
	return gas
}

// createBonded creates an operator of manager k with n keys and a bond of
// `milli` milli-ETH in stETH shares, in the model and the contract.
func (w *bondedWorld) createBonded(t *testing.T, k, n int, milli uint64) uint64 {
	t.Helper()
	ks, pks, sigs := w.keysPlain(n)
	var d protocol.BondDeposit
	d.Shares.SetFromBig(milliETH(milli))
	id, _, err := w.model.CreateOperator(w.c.Addrs[k], ks, d, w.rate(t))
	if err != nil {
		t.Fatal(err)
	}
	if got, _ := w.call(t, k, nil, "createOperator", big64(uint64(n)), pks, sigs, milliETH(milli)); got != "" {
		t.Fatalf("createOperator: %s", got)
	}
	return id
}

func (w *bondedWorld) claimBoth(t *testing.T, k int, id uint64, s *big.Int) protocol.Code {
	t.Helper()
	var u uint256.Int
	u.SetFromBig(s)
	_, err := w.model.Claim(w.c.Addrs[k], id, &u, w.rate(t))
	got, _ := w.call(t, k, nil, "claim", big64(id), s)
	w.check(t, bmCode(err), got, "claim")
	return got
}

// Finding (gas, queue stuffing): an attacker creates an operator with a
// 2.4 ETH stETH bond and claims it straight back (nothing deposited, all
// of it claimable): one dead batch stays in the queue, for gas alone, the
// stETH reused. obtainDepositData walks every dead batch ahead of a live
// key (BondedModule.sol:465-494, no bound), so a few thousand dead batches
// put the next deposit above the block gas limit, and nothing but
// obtainDepositData pops the queue.
func TestReviewDeadBatchesRaiseDepositGas(t *testing.T) {
	w := newBondedWorld(t)
	w.stats = map[string]int{}
	w.createBonded(t, bmManager0, 1, 2400)
	g0 := w.obtainDeposit(t, 1)
	attacker := bmManager0 + 1
	before, err := w.pool.SharesOf(nil, w.c.Addrs[attacker])
	if err != nil {
		t.Fatal(err)
	}
	const dead = 40
	for i := 0; i < dead; i++ {
		id := w.createBonded(t, attacker, 1, 2400)
		// The fix: the bond behind a queued key stays (both layers refuse).
		got := w.claimBoth(t, attacker, id, milliETH(2400))
		if got == protocol.CodeBondInsufficient {
			t.Logf("claim back refused (BOND_INSUFFICIENT, both layers): the queued key holds its 2.4 ETH, no dead batch made")
			break
		}
		if got != "" {
			t.Fatalf("claim back: %s", got)
		}
	}
	after, _ := w.pool.SharesOf(nil, w.c.Addrs[attacker])
	w.createBonded(t, bmManager0, 1, 2400)
	gK := w.obtainDeposit(t, 1)
	w.compare(t)
	per := (max(gK, g0) - g0) / dead
	t.Logf("obtainDepositData(1): %d gas behind no dead batch, %d behind %d (%d a batch; 30M gas at %d dead batches); attacker's shares %s → %s",
		g0, gK, dead, per, 30_000_000/max(per, 1), before, after)
	if gK > g0+50_000 {
		t.Fatalf("obtainDepositData(1) costs %d gas behind %d dead batches that cost the attacker no bond (%d behind none)", gK, dead, g0)
	}
}

// TestReviewContractCurveRaiseDepositsCoveredKeys is finding 3 on the
// contract: governance raises the curve to 3 ETH + 2 ETH, after which a
// 3.7 ETH bond with two queued keys covers one. obtainDepositData(2)
// re-checks the operator at the rate now and gives one key (the model the
// same); the other leaves the queue (BatchDropped) and the operator's
// stored depositable count is 0. Mutation: _recheck's body removed → this
// test FAILS (2 keys deposited).
func TestReviewContractCurveRaiseDepositsCoveredKeys(t *testing.T) {
	w := newBondedWorld(t)
	w.stats = map[string]int{}
	w.createBonded(t, bmManager0, 2, 3700)
	p := bondedParams(w.c)
	p.Curve[0].SetFromBig(milliETH(3000))
	p.Curve[1].SetFromBig(milliETH(2000))
	w.setCurve(t, p)
	if d, _ := w.bm.DepositableTotal(nil); d.Uint64() != 2 {
		t.Fatalf("stored depositable %v before the deposit, want 2 (not normalized)", d)
	}
	g := w.obtainDeposit(t, 2)
	w.compare(t)
	o, err := w.bm.GetOperator(nil, big64(0))
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("obtainDepositData(2) after the curve rose: %d gas, operator deposited %d, depositable %d, queue %d", g, o.Deposited, o.Depositable, w.model.QueueLength())
	if o.Deposited != 1 || o.Depositable != 0 {
		t.Fatalf("deposited %d keys (depositable %d) of an operator whose 3.7 ETH covers 1 under the raised curve", o.Deposited, o.Depositable)
	}
}

// Finding (the contract side of the model's
// TestReviewSlashingLossAfterExitFindsBondClaimed): the exit of a slashed
// validator is counted at its exit epoch, the whole bond is claimed, and
// the slashing loss reported afterwards burns nothing.
func TestReviewContractSlashingLossAfterExit(t *testing.T) {
	w := newBondedWorld(t)
	w.stats = map[string]int{}
	w.createBonded(t, bmManager0, 1, 2400)
	w.obtainDeposit(t, 1)
	if err := w.model.UpdateExited(w.c.Addrs[bmRouter], 0, 1, w.rate(t)); err != nil {
		t.Fatal(err)
	}
	if got, _ := w.call(t, bmRouter, nil, "updateExited", big64(0), big64(1)); got != "" {
		t.Fatal(got)
	}
	w.claimBoth(t, bmManager0, 0, milliETH(2400))
	burntBefore, _ := w.bm.BurntShares(nil)
	var loss uint256.Int
	loss.SetFromBig(milliETH(1000))
	if _, err := w.model.Penalize(w.c.Addrs[bmPenalizer], 0, &loss, protocol.PenaltySlashing, w.rate(t)); err != nil {
		t.Fatal(err)
	}
	if got, _ := w.call(t, bmPenalizer, nil, "penalize", big64(0), milliETH(1000), uint8(protocol.PenaltySlashing)); got != "" {
		t.Fatal(got)
	}
	w.compare(t)
	burnt, _ := w.bm.BurntShares(nil)
	if d := new(big.Int).Sub(burnt, burntBefore); d.Cmp(milliETH(1000)) < 0 {
		t.Fatalf("a 1 ETH slashing loss after the exit was counted burnt %s shares: the bond (2.4 ETH) was claimed at the exit", d)
	}
}

// Finding (model ≠ contract, not drawn by the differential test): an ETH
// bond below the pool's dust floor (dust_floor_wei: 1e12 by default, 1000 in this world) is refused by the pool's
// submit inside topUp/createOperator/addKeys (BELOW_DUST), while the model
// (bondcurve.go BondDeposit.shares) refuses only an ETH bond that buys no
// share. The differential draws bonds of 10 milli-ETH and up and runs
// without a stake limit, so submit's other refusals (dust floor, stake
// limit, staking paused) are never compared.
func TestReviewDustBondModelVsContract(t *testing.T) {
	w := newBondedWorld(t)
	w.stats = map[string]int{}
	w.createBonded(t, bmManager0, 1, 2400)
	var d protocol.BondDeposit
	d.ETH.SetUint64(999) // 999 shares at 1:1, below this world's dust floor (1000 wei)
	_, err := w.model.TopUp(0, d, w.rate(t))
	got, _ := w.call(t, bmManager0, big.NewInt(999), "topUp", big64(0), new(big.Int))
	w.check(t, bmCode(err), got, "top up 999 wei")
}

// Finding (cross-module duplicate key): the bonded module's duplicate check
// is its own `known` set (BondedModule.sol:624); the curated registry has
// its own (OperatorRegistry.sol:289). A curated operator's pubkey and
// deposit signature are public (getSigningKey), signed for the pool's own
// withdrawal credentials and 32 ETH, so the guardians' check (other
// credentials first) does not flag them. Anyone may upload them to the
// bonded module: once both modules deposit it, the second 32 ETH tops up
// the curated validator, the bonded "validator" never appears (the pool's
// books count 32 ETH in transit forever) and the bonded operator earns the
// module's fee for a validator it does not run.
//
// Fixed (issue 16): the bonded module is the router's module 2 and each
// module asks the router whether another module holds a key before it
// takes it (StakingRouter.isKeyKnownElsewhere): DuplicateKey.
func TestReviewCuratedKeyAcceptedByBondedModule(t *testing.T) {
	c := contractstest.NewChain(t, bmKeys)
	bp := bondedParams(c)
	rules := params()
	rules.StakeLimitMax.Clear()
	rules.StakeLimitPerBlock.Clear()
	cfg := deploy.Config{
		Deployer: c.Opts(keyDeployer), Mine: func() { c.Backend.Commit() },
		InitialStake: big.NewInt(1e18), Depositor: c.Addrs[keyDepositor],
		Treasury: c.Addrs[keyTreasury], Insurance: c.Addrs[keyInsurance],
		GovernanceMembers: []common.Address{c.Addrs[keyMember]}, GovernanceThreshold: 1,
		OracleMembers: c.Addrs[keyOracle0 : keyOracle0+3], OracleQuorum: 2,
		Chain:     bindings.OracleChainConfig{GenesisTime: big.NewInt(contractstest.GenesisTime), SecondsPerSlot: big.NewInt(12), SlotsPerEpoch: big.NewInt(32)},
		Rules:     rules,
		Operators: []deploy.Operator{{Name: "curated", RewardAddress: c.Addrs[keyOperator0], Limit: 20}},
		Bonded: &deploy.Bonded{Params: bp, // connected: the router's module 2
			Module: protocol.ModuleParams{Name: "bonded", ShareBP: 1000, ModuleFeeBP: 600, TreasuryFeeBP: 400}},
	}
	a, err := deploy.Deploy(context.Background(), c.Client, cfg)
	if err != nil {
		t.Fatal(err)
	}
	reg, err := bindings.NewOperatorRegistry(a.Registry, c.Client)
	if err != nil {
		t.Fatal(err)
	}
	bm, err := bindings.NewBondedModule(a.BondedModule, c.Client)
	if err != nil {
		t.Fatal(err)
	}
	pk := crypto.Keccak256([]byte("curated pk"))
	pk = append(pk, crypto.Keccak256(pk)[:16]...)
	sig := append(crypto.Keccak256(pk, []byte{0}), append(crypto.Keccak256(pk, []byte{1}), crypto.Keccak256(pk, []byte{2})...)...)
	tx, err := reg.AddSigningKeys(c.Opts(keyOperator0), big.NewInt(0), big.NewInt(1), pk, sig)
	c.MustMine(t, tx, err)
	// The attacker reads the key and its signature and uploads them with a bond.
	pub, err := reg.GetSigningKey(nil, big.NewInt(0), big.NewInt(0))
	if err != nil {
		t.Fatal(err)
	}
	o := c.Opts(keyUser0 + 1)
	o.Value = milliETH(2400)
	tx, err = bm.CreateOperator(o, big.NewInt(1), pub.Pubkey, pub.Signature, new(big.Int))
	if err == nil {
		if r := c.Mine(t, tx); r.Status == types.ReceiptStatusSuccessful {
			known, _ := bm.IsKnownKey(nil, pk)
			dep, _ := bm.DepositableTotal(nil)
			t.Fatalf("the bonded module took the curated registry's key 0 of operator 0 (known %v, %v depositable): the router would deposit it twice", known, dep)
		}
		t.Fatal("reverted on chain after a successful estimate")
	}
	if got := contractstest.RevertName(err, bindings.BondedModuleMetaData); got != "DuplicateKey" {
		t.Fatalf("the curated key uploaded to the bonded module: %q (%v), want DuplicateKey", got, err)
	}
	// And the other way: a bonded key uploaded to the registry.
	bpk := crypto.Keccak256([]byte("bonded pk"))
	bpk = append(bpk, crypto.Keccak256(bpk)[:16]...)
	bsig := append(crypto.Keccak256(bpk, []byte{0}), append(crypto.Keccak256(bpk, []byte{1}), crypto.Keccak256(bpk, []byte{2})...)...)
	tx, err = bm.CreateOperator(o, big.NewInt(1), bpk, bsig, new(big.Int))
	c.MustMine(t, tx, err)
	_, err = reg.AddSigningKeys(c.Opts(keyOperator0), big.NewInt(0), big.NewInt(1), bpk, bsig)
	if got := contractstest.RevertName(err, bindings.OperatorRegistryMetaData); got != "DuplicateKey" {
		t.Fatalf("a bonded key uploaded to the registry: %q (%v), want DuplicateKey", got, err)
	}
}

// Finding (events): obtainDepositData drops a batch whose operator can take
// no more (penalized, unvetted or claimed since) and lowers its enqueued
// count (BondedModule.sol:483-488) without an event: the queue, and each
// operator's enqueued count, cannot be rebuilt from the logs (BatchEnqueued
// adds, nothing removes). The nonce (the guardians' attestation) changes
// without an event too (Lido's modules emit NonceChanged).
func TestReviewDroppedBatchHasAnEvent(t *testing.T) {
	w := newBondedWorld(t)
	w.stats = map[string]int{}
	a := w.createBonded(t, bmManager0, 1, 2400)
	w.createBonded(t, bmManager0+1, 1, 2400)
	var loss uint256.Int
	loss.SetFromBig(milliETH(1000))
	if _, err := w.model.Penalize(w.c.Addrs[bmPenalizer], a, &loss, protocol.PenaltyStuck, w.rate(t)); err != nil {
		t.Fatal(err)
	}
	if got, _ := w.call(t, bmPenalizer, nil, "penalize", big64(a), milliETH(1000), uint8(protocol.PenaltyStuck)); got != "" {
		t.Fatal(got)
	}
	if _, err := w.model.Deposit(w.c.Addrs[bmRouter], 1, w.rate(t)); err != nil {
		t.Fatal(err)
	}
	tx, err := w.bm.ObtainDepositData(w.c.Opts(bmRouter), big.NewInt(1), []byte{})
	r := w.c.MustMine(t, tx, err)
	w.compare(t)
	o, _ := w.bm.GetOperator(nil, big64(a))
	var names []string
	seen := false
	for _, l := range r.Logs {
		e, err := w.abi.EventByID(l.Topics[0])
		if err != nil {
			continue
		}
		names = append(names, e.Name)
		if len(l.Topics) > 1 && l.Topics[1] == common.BigToHash(big64(a)) {
			seen = true
		}
	}
	if !seen {
		t.Fatalf("operator %d's batch left the queue (its enqueued count 1 → %d) and the deposit's logs %v say nothing of it", a, o.Enqueued, names)
	}
}

// Finding (exit requests dropped; spec vs contract): IStakingModule's
// applyReport "checks and applies ... exit requests ... and the stuck
// counts the module derives from their deadlines ... Reverts on a bad
// entry"; BondedModule.applyReport ignored the exit requests and
// scorecards unread. An exit request naming an operator the module does
// not have, or out of order, was taken; and no deadline was recorded, so
// nothing in the module could find a bonded operator that ignores its exit
// requests (the stuck penalty, reason 2, had no source). Now both layers
// check every entry (the same codes) and record each request's slot;
// overdueExitRequests reads them. Mutation: the contract's exit-request loop
// emptied (the requests taken unread, as before) → this test FAILS.
func TestReviewApplyReportChecksExitRequests(t *testing.T) {
	w := newBondedWorld(t)
	w.stats = map[string]int{}
	w.createBonded(t, bmManager0, 3, 6300)
	w.obtainDeposit(t, 3)
	apply := func(u protocol.ModuleReport, want protocol.Code) uint64 {
		t.Helper()
		err := w.model.ApplyReport(w.c.Addrs[bmRouter], &u, w.rate(t))
		reqs := []bindings.IStakingModuleOperatorCount{}
		for _, c := range u.ExitRequests {
			reqs = append(reqs, bindings.IStakingModuleOperatorCount{Operator: big64(uint64(c.Operator)), Count: big64(c.Count)})
		}
		stats := []bindings.IStakingModuleOperatorStats{}
		for _, st := range u.Stats {
			stats = append(stats, bindings.IStakingModuleOperatorStats{Operator: big64(uint64(st.Operator)), MissedAttestations: big64(st.MissedAttestations), MissedProposals: big64(st.MissedProposals), Slashed: big64(st.Slashed)})
		}
		got, gas := w.call(t, bmRouter, nil, "applyReport", big64(u.RefSlot), []bindings.IStakingModuleOperatorCount{}, reqs, stats)
		w.check(t, bmCode(err), got, "applyReport")
		if got != want {
			t.Fatalf("applyReport %+v: %q, want %q", u, got, want)
		}
		w.compare(t)
		return gas
	}
	req := func(op, n uint64) []protocol.OperatorCount {
		return []protocol.OperatorCount{{Operator: protocol.OperatorID(op), Count: n}}
	}
	// The review's list: operators 5 and 3 of a module with one (and out of order).
	apply(protocol.ModuleReport{RefSlot: 100, ExitRequests: []protocol.OperatorCount{{Operator: 5, Count: 1}, {Operator: 3, Count: 1}}}, protocol.CodeUnknownOperator)
	apply(protocol.ModuleReport{RefSlot: 100, ExitRequests: []protocol.OperatorCount{{Operator: 0, Count: 1}, {Operator: 0, Count: 1}}}, protocol.CodeMalformed)
	apply(protocol.ModuleReport{RefSlot: 100, ExitRequests: req(0, 4)}, protocol.CodeSanityExitRequests)
	apply(protocol.ModuleReport{RefSlot: 100, Stats: []protocol.OperatorStats{{Operator: 0, Slashed: 1 << 32}}}, protocol.CodeAmountTooLarge)
	g := apply(protocol.ModuleReport{RefSlot: 100, ExitRequests: req(0, 2), Stats: []protocol.OperatorStats{{Operator: 0, MissedAttestations: 7}}}, "")
	stuck := func(ref uint64) uint64 {
		s, err := w.bm.OverdueExitRequests(nil, big64(ref), []*big.Int{big.NewInt(0)}, big64(stuckDeadline))
		if err != nil {
			t.Fatal(err)
		}
		return s[0].Uint64()
	}
	o, _ := w.bm.GetOperator(nil, big64(0))
	t.Logf("applyReport with 2 exit requests and a scorecard: %d gas; stuck at the deadline %d, after it %d", g, stuck(100+stuckDeadline), stuck(101+stuckDeadline))
	if o.ExitRequested != 2 || stuck(100+stuckDeadline) != 0 || stuck(101+stuckDeadline) != 2 {
		t.Fatalf("2 exit requests at slot 100: exitRequested %d, stuck at %d: %d, at %d: %d (want 2, 0, 2)",
			o.ExitRequested, 100+stuckDeadline, stuck(100+stuckDeadline), 101+stuckDeadline, stuck(101+stuckDeadline))
	}
}

// TestContractQueueCloggedThenCleaned: dead batches made at a price (a
// penalty burns each operator's whole bond) past the bound make
// obtainDepositData revert (QUEUE_CLOGGED, both layers); anyone's
// cleanDepositQueue pops them (a BatchDropped each) and the deposit goes.
func TestContractQueueCloggedThenCleaned(t *testing.T) {
	w := newBondedWorld(t)
	w.stats = map[string]int{}
	const dead = protocol.MaxDeadBatchesPerDeposit + 2
	for i := 0; i < dead; i++ {
		id := w.createBonded(t, bmManager0+1, 1, 2400)
		var l uint256.Int
		l.SetFromBig(milliETH(2400))
		if _, err := w.model.Penalize(w.c.Addrs[bmPenalizer], id, &l, protocol.PenaltyStuck, w.rate(t)); err != nil {
			t.Fatal(err)
		}
		if got, _ := w.call(t, bmPenalizer, nil, "penalize", big64(id), milliETH(2400), uint8(protocol.PenaltyStuck)); got != "" {
			t.Fatal(got)
		}
	}
	w.createBonded(t, bmManager0, 1, 2400)
	_, err := w.model.Deposit(w.c.Addrs[bmRouter], 1, w.rate(t))
	data, _ := w.abi.Pack("obtainDepositData", big64(1), []byte{})
	got, _ := w.send(t, bmRouter, nil, w.a.BondedModule, data)
	w.check(t, bmCode(err), got, "deposit")
	if got != protocol.CodeQueueClogged {
		t.Fatalf("deposit behind %d dead batches: %q, want QUEUE_CLOGGED", dead, got)
	}
	w.model.CleanDepositQueue(dead, w.rate(t))
	w.model.Dropped()
	tx, terr := w.bm.CleanDepositQueue(w.c.Opts(bmStranger), big64(dead))
	r := w.c.MustMine(t, tx, terr)
	drops := 0
	for _, l := range r.Logs {
		if e, err := w.abi.EventByID(l.Topics[0]); err == nil && e.Name == "BatchDropped" {
			drops++
		}
	}
	w.compare(t)
	g := w.obtainDeposit(t, 1)
	w.compare(t)
	t.Logf("cleanDepositQueue(%d): %d gas, %d BatchDropped; then obtainDepositData(1) %d gas", dead, r.GasUsed, drops, g)
	if drops != dead {
		t.Fatalf("%d BatchDropped events, want %d", drops, dead)
	}
}
