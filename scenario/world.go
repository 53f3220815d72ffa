package scenario

import (
	"context"
	"crypto/sha256"
	"encoding/binary"
	"fmt"
	"math"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/holiman/uint256"

	"github.com/stakepool/stakepool/beacon"
	"github.com/stakepool/stakepool/beacon/sim"
	"github.com/stakepool/stakepool/beacon/spec"
	"github.com/stakepool/stakepool/oracle"
	"github.com/stakepool/stakepool/protocol"
	"github.com/stakepool/stakepool/units"
)

// Backend is what the run loop needs of the pools and the chain: the real
// protocol state machines stepped in lockstep with the simulated beacon
// chain, with in-process oracle members (oracle.Pool, one per pool).
type Backend interface {
	// AdvanceEpoch simulates one epoch of the chain, forwards deposits,
	// credits vaults and applies oracle reports that fall due.
	AdvanceEpoch() error
	Slot() uint64
	Pool(k int) *protocol.State
	// Chain runs f on the beacon state.
	Chain(f func(s *sim.State))
}

// scenarioChain is the pools' clock: mainnet's, the chain's slot n at
// SlotTime(n); a pool's block n is in slot n.
var scenarioChain = protocol.MainnetChain()

// addr is a deterministic address: kind, pool, index.
func addr(kind byte, pool int, i uint64) common.Address {
	var a common.Address
	a[0], a[1] = 0x5c, kind
	binary.BigEndian.PutUint32(a[4:], uint32(pool))
	binary.BigEndian.PutUint64(a[12:], i)
	return a
}

// Address kinds.
const (
	kVault byte = iota + 1
	kELVault
	kTreasury
	kWst
	kInsurance
	kOracle
	kGov
	kBank
	kOperator
	kHolder
	kMarket
	kLending
	kLooper
	kArb
	kStETH
	kQueue
	kBurner
	kSecondOpinion
	kEscrow
	kObjector
	kPause
	kBondedModule
	kRouter
	kBondedOperator
)

func poolPubkey(pool, op int, n uint64) [48]byte {
	var b [16]byte
	binary.BigEndian.PutUint32(b[0:], uint32(pool))
	binary.BigEndian.PutUint32(b[4:], uint32(op))
	binary.BigEndian.PutUint64(b[8:], n)
	h := sha256.Sum256(b[:])
	var pk [48]byte
	pk[0] = 0xb0
	copy(pk[1:33], h[:])
	copy(pk[33:], b[1:])
	return pk
}

// poolSim is one pool: its protocol state and what its oracle and
// operators know of the chain.
type poolSim struct {
	k     int
	cfg   *Pool
	st    *protocol.State
	vault common.Address
	elv   common.Address
	bank  common.Address
	gov   common.Address
	ora   []common.Address
	wc    protocol.Credentials

	uploaded []uint64 // keys uploaded per operator
	ops      int
	// op is the pool's off-chain side: its oracle members (reading the
	// chain through poolChain) and its bridge.
	op          *oracle.Pool
	view        poolChain             // the chain as the pool's members and bridge read it
	frozen      *frozen               // its frozen view (AdvanceEpoch)
	viewEpoch   beacon.Epoch          // the epoch view last read the validators at
	slashedSeen int                   // the pool's slashed validators when the members last watched
	slashCount  slashCount            // slashedOf's count
	merrs       []*oracle.MemberError // the members' errors in the pool's current block
	// validators of the pool on the beacon chain, in order of appearance,
	// with their operator and key index.
	idx   []int
	opOf  []int
	keyOf []uint64
	byKey map[[48]byte][2]uint64 // pubkey → operator, key index
	// reward accounting (ETH, since the start), before the pool's fee
	elGain, mevGain, mevLost float64
	el                       keptMEV    // operators keeping MEV, charges (elrewards.go)
	bd                       *bondedSim // the bonded module (bonded.go; nil without)
	prevCL, prevCLStart      float64    // CL value (balances + withdrawals − 32 per validator) now and at the start
	reportsRejected          int
	lastReject               string
	socialized               float64 // losses not covered by insurance (ETH)
	insuranceCovered         float64
	nonces                   map[common.Address]uint64
}

func (p *poolSim) tx(from common.Address, c protocol.Command) ([]protocol.Event, error) {
	return p.st.ApplyNext(from, c)
}

func (p *poolSim) must(from common.Address, c protocol.Command) []protocol.Event {
	ev, err := p.tx(from, c)
	if err != nil {
		panic(fmt.Sprintf("scenario: pool %s: %s by %s: %v", p.cfg.Name, c.Kind, from, err))
	}
	return ev
}

// gov passes an action through the pool's one-member governance (timelock
// 1 block) at blocks b, b+1.
func (p *poolSim) govAction(a protocol.Action) {
	p.must(p.gov, protocol.Command{Kind: protocol.CmdPropose, Action: a})
	id := protocol.ProposalID(p.st.ProposalCount())
	next(p.st)
	p.must(p.gov, protocol.Command{Kind: protocol.CmdExecuteProposal, Proposal: id})
}

// next begins the pool's next block in the next slot (a pool's blocks are
// the chain's slots, one each).
func next(s *protocol.State) {
	if err := s.BeginBlock(s.Block()+1, s.Chain().SlotTime(s.Block()+1)); err != nil {
		panic(err)
	}
}

func bp(f Fraction) uint64 { return uint64(math.Round(float64(f) * protocol.BP)) }

// weiOf converts ETH to wei through whole gwei (deterministic).
func weiOf(eth float64) *uint256.Int {
	if eth <= 0 {
		return new(uint256.Int)
	}
	g := uint64(eth * 1e9)
	return new(uint256.Int).Mul(uint256.NewInt(g), uint256.NewInt(1e9))
}

func ethOf(w *uint256.Int) float64 { return w.Float64() / 1e18 }

const bankETH = 1_000_000_000 // ETH in each pool's bank account (the rest of the execution layer)

// newPool builds pool k; with cp (the contested proposal is the pool's)
// the pool has the veto escrow with cp's rules.
func newPool(k int, cfg *Pool, frameEpochs uint64, cp *Contested, ep *EmergencyPause) (*poolSim, error) {
	p := &poolSim{k: k, cfg: cfg, vault: addr(kVault, k, 0), elv: addr(kELVault, k, 0), bank: addr(kBank, k, 0), gov: addr(kGov, k, 0),
		ops: cfg.Operators.Count, byKey: map[[48]byte][2]uint64{}, nonces: map[common.Address]uint64{}}
	p.uploaded = make([]uint64, p.ops)
	for i := 0; i < cfg.Oracle.Members; i++ {
		p.ora = append(p.ora, addr(kOracle, k, uint64(i)))
	}
	prm := protocol.MainnetParams()
	prm.FeeBP = bp(cfg.Fee)
	prm.ReserveTargetBP = bp(cfg.Reserve)
	prm.InsuranceFeeShareBP = bp(cfg.InsuranceShare)
	prm.OperatorsFeeShareBP = (protocol.BP - prm.InsuranceFeeShareBP) * 5 / 9
	prm.TreasuryFeeShareBP = protocol.BP - prm.InsuranceFeeShareBP - prm.OperatorsFeeShareBP
	prm.TimelockSeconds = 1
	prm.EpochsPerFrame = frameEpochs
	prm.AnnualIncreaseBP = bp(cfg.Oracle.MaxAnnualIncrease)
	prm.InstantWithdrawalBP = bp(cfg.InstantWithdrawalFee)
	prm.MaxDepositsPerBlock = 10_000
	// Genesis validators all appear in the first report, and a bank run
	// exits many at once: the count limits are raised (docs/scenario.md).
	prm.AppearedEthPerDay, prm.ExitedEthPerDay = 1<<32, 1<<32
	prm.MaxExitRequests = 100_000
	prm.StakeLimitMax, prm.StakeLimitPerBlock = uint256.Int{}, uint256.Int{}
	g := protocol.Genesis{
		ChainID: 1, Chain: scenarioChain, Timestamp: scenarioChain.GenesisTime,
		Vault: p.vault, ELRewardsVault: p.elv, Treasury: addr(kTreasury, k, 0), WstETH: addr(kWst, k, 0),
		StETH: addr(kStETH, k, 0), WithdrawalQueue: addr(kQueue, k, 0), Burner: addr(kBurner, k, 0),
		Insurance: addr(kInsurance, k, 0), OracleMembers: p.ora, OracleQuorum: uint32(cfg.Oracle.Quorum),
		InitialStake: *weiOf(1), Params: prm, Members: []common.Address{p.gov}, Threshold: 1,
		Alloc: []protocol.Allocation{{Address: p.bank, ETH: *weiOf(bankETH)}},
	}
	cp.genesis(&g, k)
	ep.genesis(&g, k)
	bondedGenesis(&g, k, cfg, p.gov)
	st, err := protocol.NewState(g)
	if err != nil {
		return nil, fmt.Errorf("pool %s: %w", cfg.Name, err)
	}
	p.st, p.wc = st, st.WithdrawalCredentials()
	next(st)
	capv := cfg.Operators.Cap
	if capv == 0 {
		capv = 1 << 40
	}
	for op := 0; op < p.ops; op++ {
		p.govAction(protocol.Action{Kind: protocol.ActAddOperator, Name: fmt.Sprintf("%s-op%d", cfg.Name, op), Address: addr(kOperator, k, uint64(op))})
		next(st)
		p.govAction(protocol.Action{Kind: protocol.ActSetOperatorLimit, Operator: protocol.OperatorID(op), Limit: capv})
		next(st)
	}
	if *cfg.Oracle.SecondOpinion {
		p.govAction(protocol.Action{Kind: protocol.ActSetSecondOpinion, Address: addr(kSecondOpinion, k, 0)})
		next(st)
	}
	p.createBonded()
	return p, nil
}

// ensureKeys uploads keys so that every operator has at least want unused.
// It reads the operators' counts without their keys (OperatorStates): a
// copy of every uploaded key each time was half of a run's allocations.
func (p *poolSim) ensureKeys(want uint64) {
	ops := p.st.OperatorStates()
	for op := range ops {
		capv := ops[op].Limit
		for p.uploaded[op]-ops[op].Deposited < want && p.uploaded[op] < capv {
			n := min(uint64(protocol.MaxKeysPerTx), capv-p.uploaded[op])
			ks := make([]protocol.SigningKey, n)
			for i := range ks {
				ks[i].Pubkey = poolPubkey(p.k, op, p.uploaded[op]+uint64(i))
				ks[i].Signature[0] = 1
			}
			p.must(addr(kOperator, p.k, uint64(op)), protocol.Command{Kind: protocol.CmdAddSigningKeys, Operator: protocol.OperatorID(op), Keys: ks})
			for i := range ks {
				p.byKey[ks[i].Pubkey] = [2]uint64{uint64(op), p.uploaded[op] + uint64(i)}
			}
			p.uploaded[op] += n
		}
	}
}

// fund moves ETH from the pool's bank to an account on the pool's
// execution-side ledger.
func (p *poolSim) fund(to common.Address, eth float64) {
	if eth <= 0 {
		return
	}
	p.must(p.bank, protocol.Command{Kind: protocol.CmdSendETH, To: to, Amount: *weiOf(eth)})
}

// drain moves an account's execution-side ETH back to the bank and returns it.
func (p *poolSim) drain(from common.Address) float64 {
	e := p.st.Account(from).ETH
	if e.IsZero() {
		return 0
	}
	p.must(from, protocol.Command{Kind: protocol.CmdSendETH, To: p.bank, Amount: e})
	return ethOf(&e)
}

// chainWorld is the Backend built from protocol + beacon/sim directly.
type chainWorld struct {
	sc       *Scenario
	sp       *spec.Spec
	chain    *sim.Chain
	pools    []*poolSim
	part     []int16 // participation per mille per validator (-1: default)
	defPart  int
	known    int     // validators scanned for pool keys
	bgN      int     // background validators: indices [0, bgN) (a synthetic chain)
	bg       []int32 // background validators of an imported chain
	genesisN int     // validators at genesis
	// payees are the withdrawal addresses of the chain's validators: what
	// the chain paid them is part of its issuance (networkValue)
	payees  [][20]byte
	byVault map[[20]byte]int
	// chainTime is the time spent advancing the chain (the rest of a
	// step is the pools, oracles, agents and markets).
	chainTime time.Duration
	// serial: the pools' work runs before the chain's next slot instead of
	// beside it, on one goroutine (a study that runs several runs at once
	// already fills the cores); the outputs are the same.
	serial bool
	// blocks is the chain's block log while some pool's operators keep
	// MEV (logBlocks; elrewards.go), pruned to the frames reports read.
	blocks    []blockRec
	logBlocks bool
}

// wireOracle gives pool p its oracle members (the genesis committee) and
// bridge on the shared chain. The genesis deposits are on the chain
// already; execution-layer rewards are credited less the MEV the pool's
// validators forgo (mev_capture), and the parts are added up.
func (w *chainWorld) wireOracle(p *poolSim, cfg oracle.Config) error {
	ctx := context.Background()
	p.frozen = new(frozen)
	view := poolChain{Chain: w.chain, w: w, p: p, buf: new([]beacon.Validator), dbuf: new([]beacon.DutyCounts)}
	p.view = view
	var ms []*oracle.Member
	if so := p.st.SecondOpinionOracle(); so != (common.Address{}) {
		m, err := oracle.NewMember(so, view, cfg)
		if err != nil {
			return err
		}
		m.SecondOpinion = true // first: its opinion must be in before the report
		ms = append(ms, m)
	}
	for _, a := range p.ora {
		m, err := oracle.NewMember(a, view, cfg)
		if err != nil {
			return err
		}
		ms = append(ms, m)
	}
	op, err := oracle.NewPool(ctx, p.st, view, ms)
	if err != nil {
		return err
	}
	op.Bridge.MarkSubmitted(p.st)
	mevShare, capture := float64(w.sc.Chain.MEVFraction), float64(*p.cfg.MEVCapture)
	op.Bridge.ExecutionCredit = func(paid units.Gwei) units.Gwei {
		d := float64(paid)
		mev := d * mevShare
		lost := mev * (1 - capture)
		p.elGain += (d - mev) / 1e9
		p.mevGain += (mev - lost) / 1e9
		p.mevLost += lost / 1e9
		return units.Gwei(d - lost)
	}
	op.ForceExits = p.cfg.ForceExits
	op.OnReport = p.onReport
	op.Apply = p.applyTracked
	op.OnMemberError = func(e *oracle.MemberError) { p.merrs = append(p.merrs, e) }
	// The members watch for slashings only when the pool's count of slashed
	// validators grew (freeze took them then): otherwise they would find
	// nothing new.
	op.Watching = func() bool {
		if n := p.frozen.slashed; n > p.slashedSeen {
			p.slashedSeen = n
			return true
		}
		return false
	}
	p.op = op
	return nil
}

func (w *chainWorld) Slot() uint64 {
	var s uint64
	w.chain.With(func(st *sim.State) { s = st.Slot })
	return s
}

func (w *chainWorld) Pool(k int) *protocol.State { return w.pools[k].st }

func (w *chainWorld) Chain(f func(s *sim.State)) { w.chain.With(f) }

// newChainWorld builds the chain (background stake as big validators plus
// every pool's genesis validators, all active; or the state of
// chain.state, whose validators the pools adopt) and the pools.
func newChainWorld(sc *Scenario, totalStake float64) (*chainWorld, error) {
	w := &chainWorld{sc: sc, defPart: int(math.Round(float64(sc.Chain.Participation) * 1000)), byVault: map[[20]byte]int{}}
	// Pools first: they decide how many validators they start with.
	for k := range sc.Pools {
		p, err := newPool(k, &sc.Pools[k], sc.Pools[k].Oracle.FrameEpochs, sc.contestOf(k), sc.pauseOf(k))
		if err != nil {
			return nil, err
		}
		w.pools = append(w.pools, p)
		w.byVault[p.vault] = k
	}
	var st *sim.State
	var err error
	if sc.Chain.State != "" {
		st, err = w.importState()
	} else {
		st, err = w.syntheticState(totalStake)
	}
	if err != nil {
		return nil, err
	}
	w.sp = st.Spec
	if st.Duties, err = sim.ParseDutyMode(sc.Chain.Duties); err != nil {
		return nil, err
	}
	for _, p := range w.pools {
		if lim := p.cfg.StakeLimitPerDay; !lim.IsZero() {
			next(p.st)
			per := new(uint256.Int).Div(&lim.Wei, uint256.NewInt(slotsPerDay))
			p.govAction(protocol.Action{Kind: protocol.ActSetStakingLimit, Value: lim.Wei, Value2: *per})
			next(p.st)
		}
		sc.contestOf(p.k).setTimelock(p)
		if p.st.Block() >= st.Slot {
			return nil, fmt.Errorf("pool %s: setup took %d blocks, more than the chain's head slot %d", p.cfg.Name, p.st.Block(), st.Slot)
		}
	}
	w.genesisN = len(st.Balances)
	st.Invalidate()
	w.part = nil // empty until a participation differs (ensurePart)
	slashPPM := 0
	if y := sc.Chain.RandomSlashingsPerYear; y > 0 {
		slashPPM = max(1, int(math.Round(y/(daysPerYear*slotsPerDay)*1e6)))
	}
	beh := sim.Behaviour{
		Seed: sc.Seed, ParticipationTable: &w.part, ParticipationPerMille: w.defPart,
		MissedProposalPerMille: int(math.Round(float64(sc.Chain.MissedProposals) * 1000)),
		ExecutionRewardGwei:    sc.Chain.ELRewardPerBlock.Gwei(),
		SlashingPerMillion:     slashPPM,
	}
	w.wireKeepMEV(&beh)
	w.wireWithdrawals(&beh)
	w.chain = sim.NewChain(st, beh)
	w.scanNew()
	ocfg := oracle.Config{ShardCommitteePeriod: w.sp.ShardCommitteePeriod}
	for _, p := range w.pools {
		if err := p.st.BeginBlock(st.Slot, scenarioChain.SlotTime(st.Slot)); err != nil {
			return nil, err
		}
		if err := w.wireOracle(p, ocfg); err != nil {
			return nil, err
		}
		p.prevCL = p.clNow(w)
		p.prevCLStart = p.prevCL
	}
	return w, nil
}

// syntheticState is a chain of totalStake: the background's validators of
// chain.background_balance each and the pools' genesis validators, all
// active, the pools' holders having staked their initial stake.
func (w *chainWorld) syntheticState(totalStake float64) (*sim.State, error) {
	sc := w.sc
	fork, err := spec.ParseFork(sc.Chain.Fork)
	if err != nil {
		return nil, err
	}
	sp, err := spec.Load("mainnet", fork)
	if err != nil {
		return nil, err
	}
	var poolStake float64
	for k := range sc.Pools {
		poolStake += sc.Pools[k].InitialStake.ETH()
	}
	bb := sc.Chain.BackgroundBalance.ETH()
	bg := totalStake - poolStake
	nb := int(math.Floor(bg / bb))
	rem := bg - float64(nb)*bb
	extra := 0
	if rem >= 32 {
		extra = 1
	}
	st := sim.NewSynthetic(sp, sim.SyntheticConfig{Validators: nb + extra, Epoch: 64, Seed: sc.Seed, ParticipationPerMille: 1000, Operators: 1})
	for i := 0; i < nb+extra; i++ {
		b := bb
		if i == nb {
			b = math.Floor(rem)
		}
		if fork == spec.Electra {
			st.Credentials[i][0] = spec.CompoundingWithdrawalPrefix
		}
		st.Balances[i] = uint64(b) * 1e9
		st.EffInc[i] = uint16(b)
	}
	w.bgN = nb + extra
	w.payees = [][20]byte{sim.OperatorAddress(0)}
	// Genesis stake of each pool: submitted by its holders, deposited, and
	// the validators placed on the chain as active from the start.
	for _, p := range w.pools {
		w.payees = append(w.payees, p.vault)
		stake := p.cfg.InitialStake.ETH()
		if stake > 0 {
			h := addr(kHolder, p.k, 0)
			p.fund(h, stake)
			p.must(h, protocol.Command{Kind: protocol.CmdSubmit, Amount: *weiOf(stake)})
		}
		p.fundInsurance()
		n := uint64(stake/32) + 10
		p.ensureKeys(n/uint64(p.ops) + 1)
		p.depositAll()
		for _, d := range p.st.Deposits(0) {
			st.AppendValidator(d.Pubkey, d.WithdrawalCredentials, uint64(d.Amount), uint64(d.Amount), false, 0, 0, math.MaxUint64, math.MaxUint64)
		}
	}
	for i := w.bgN; i < len(st.Balances); i++ {
		st.PrevParticipation[i], st.CurrParticipation[i] = 7, 7
	}
	st.Eth1DepositIndex = uint64(len(st.Balances))
	st.NextSyncCommittee = st.NextSyncCommitteeIndices()
	st.CurrentSyncCommittee = append([]uint32(nil), st.NextSyncCommittee...)
	return st, nil
}

// fundInsurance stakes the pool's initial insurance for its fund.
func (p *poolSim) fundInsurance() {
	if ins := p.cfg.InitialInsurance.ETH(); ins > 0 {
		p.fund(p.st.Insurance(), ins)
		p.must(p.st.Insurance(), protocol.Command{Kind: protocol.CmdSubmit, Amount: *weiOf(ins)})
	}
}

// depositAll runs the deposit step until the buffer (above the reserve)
// or the keys run out.
func (p *poolSim) depositAll() {
	for !p.st.DepositableEther().Lt(protocol.DepositSizeWei) {
		ev, err := p.tx(protocol.SystemSender, protocol.Command{Kind: protocol.CmdDeposit, Count: 10_000})
		if err != nil || len(ev) == 0 {
			break
		}
		next(p.st)
	}
}

// networkValue is every validator's balance plus every withdrawal the
// chain has paid, minus 32 ETH for each validator added after genesis (ETH):
// its change is the whole chain's consensus issuance.
func (w *chainWorld) networkValue() float64 {
	var v float64
	w.chain.With(func(s *sim.State) {
		var bal uint64
		for _, b := range s.Balances {
			bal += b
		}
		var wd uint64
		for _, a := range w.payees {
			x, _ := s.Credited(a)
			wd += x
		}
		v = (float64(bal) + float64(wd) - float64(len(s.Balances)-w.genesisN)*32e9) / 1e9
	})
	return v
}

// scanNew finds validators appended since the last scan and assigns the
// pools' ones to their operators.
func (w *chainWorld) scanNew() {
	w.chain.With(func(s *sim.State) {
		for i := w.known; i < len(s.Balances); i++ {
			if len(w.part) > 0 {
				w.ensurePart(i + 1) // a table in use covers the registry
			}
			var a [20]byte
			copy(a[:], s.Credentials[i][12:])
			k, ok := w.byVault[a]
			if !ok {
				continue
			}
			p := w.pools[k]
			ok2, found := p.byKey[s.Pubkeys[i]]
			if !found {
				continue
			}
			p.idx = append(p.idx, i)
			p.opOf = append(p.opOf, int(ok2[0]))
			p.keyOf = append(p.keyOf, ok2[1])
			if pp := p.cfg.Operators.Participation; len(pp) > 0 && ok2[0] < uint64(len(pp)) { // the curated module's operators
				w.ensurePart(i + 1)
				w.part[i] = int16(math.Round(float64(pp[ok2[0]]) * 1000))
			}
		}
		w.known = len(s.Balances)
	})
}

// clNow is the pool's consensus-side value: balances of its validators plus
// everything the chain has paid to its vault as withdrawals, minus the
// deposits it sent (ETH). Its change is the pool's consensus reward.
func (p *poolSim) clNow(w *chainWorld) float64 {
	var bal uint64
	var wd uint64
	w.chain.With(func(s *sim.State) {
		for _, i := range p.idx {
			bal += s.Balances[i]
		}
		wd, _ = s.Credited(p.vault)
	})
	return (float64(bal) + float64(wd) - float64(len(p.idx))*32e9) / 1e9
}

var _ beacon.Chain = (*sim.Chain)(nil)
