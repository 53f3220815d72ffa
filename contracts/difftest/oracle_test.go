package difftest

import (
	"context"
	"math/big"
	"slices"

	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/holiman/uint256"
	"pgregory.net/rapid"

	"github.com/stakepool/stakepool/contracts/bindings"
	"github.com/stakepool/stakepool/contracts/finalization"
	"github.com/stakepool/stakepool/protocol"
	"github.com/stakepool/stakepool/units"
)

// drawOracle draws the oracle's and the chain's own steps: time passing,
// beacon-chain credits to the vaults, a member's alert, the second
// opinion, and a report (votes by members, then the data).
func (w *world) drawOracle(rt *rapid.T) []step {
	c := w.chain
	switch rapid.IntRange(0, 9).Draw(rt, "oracle-kind") {
	case 9: // a withdrawal round: requests (in stETH or wstETH), the next frame, its report (which may finalize them)
		kind := 10
		if rapid.Bool().Draw(rt, "round-wsteth") {
			kind = 19
		}
		return []step{andThen(w.draw(rt, kind), func() []step {
			wait := w.waitForNextFrame(rt)
			wait.then = func() []step { return w.reportSteps(rt) }
			return []step{wait}
		})}
	case 0, 1: // time passes: a few seconds, or about a frame
		d := rapid.Uint64Range(1, 40).Draw(rt, "seconds")
		if rapid.Bool().Draw(rt, "frame") {
			d = w.model.SlotsPerFrame()*12 + rapid.Uint64Range(0, 30).Draw(rt, "more")
		}
		return []step{{desc: "wait", wait: d}}
	case 2: // the beacon chain credits a vault (withdrawals, or fees and MEV)
		vault := w.a.WithdrawalVault
		if rapid.Bool().Draw(rt, "el") {
			vault = w.a.ELRewardsVault
		}
		amt := new(big.Int).SetUint64(rapid.Uint64Range(0, 18e18).Draw(rt, "credit"))
		return []step{{desc: "credit", sender: keyDeployer, credit: amt,
			tx: protocol.Tx{Sender: protocol.SystemSender, Cmd: protocol.Command{Kind: protocol.CmdChainCredit, To: vault, Amount: u256(amt)}},
			send: func(o *bind.TransactOpts) (*types.Transaction, error) {
				o.Value = amt
				parsed, err := bindings.WithdrawalVaultMetaData.GetAbi() // both vaults: a payable receive
				if err != nil {
					return nil, err
				}
				return bind.NewBoundContract(vault, *parsed, c.Client, c.Client, c.Client).Transfer(o)
			}}}
	case 3: // a member's alert
		m := keyOracle0 + rapid.IntRange(0, 2).Draw(rt, "member")
		return []step{{desc: "raiseAlert", sender: m, tx: tx(c.Addrs[m], protocol.Command{Kind: protocol.CmdOracleAlert}),
			send: func(o *bind.TransactOpts) (*types.Transaction, error) { return w.oracle.RaiseAlert(o) }}}
	case 4: // the second opinion, alone
		ref, _ := w.model.CurrentRefSlot()
		if rapid.IntRange(0, 5).Draw(rt, "opinion-bad-slot") == 0 {
			ref += rapid.Uint64Range(0, 2).Draw(rt, "opinion-slot-delta") - 1
		}
		bal := rapid.Uint64Range(0, w.model.BeaconBalance().Uint64()/1e9+32e9).Draw(rt, "opinion-balance")
		return []step{w.opinionStep(rt, ref, bal, part(rt, "opinion-vault", w.chainBalance(w.a.WithdrawalVault)))}
	}
	// A report is due once a frame: wait for the next one when this
	// frame's is in (or there is none yet), then report.
	if ref, ok := w.model.CurrentRefSlot(); (!ok || ref <= w.lastRefSlot()) && rapid.IntRange(0, 5).Draw(rt, "wait-for-frame") > 0 {
		wait := w.waitForNextFrame(rt)
		wait.then = func() []step { return w.reportSteps(rt) }
		return []step{wait}
	}
	return w.reportSteps(rt)
}

// reportSteps are a report's steps in the current frame: perhaps the
// second opinion, members' votes, the data.
func (w *world) reportSteps(rt *rapid.T) []step {
	c := w.chain
	var steps []step
	r := w.drawReport(rt)
	// Now and then the second opinion confirms (or not quite) the report's balance first.
	if so := w.model.SecondOpinionOracle(); so != (common.Address{}) && rapid.IntRange(0, 2).Draw(rt, "confirm") == 0 {
		bal := uint64(r.Balance) + rapid.Uint64Range(0, uint64(r.Balance)/100+1).Draw(rt, "opinion-over")
		steps = append(steps, w.opinionStep(rt, r.RefSlot, bal, r.WithdrawalVault.ToBig()))
	}
	mh, ch := r.Hash(), contractHash(rt, r)
	vote := func(m int, mh common.Hash, ch [32]byte) {
		steps = append(steps, step{desc: "vote", sender: m, chash: ch,
			tx: tx(c.Addrs[m], protocol.Command{Kind: protocol.CmdOracleVote, RefSlot: r.RefSlot, Hash: mh}),
			send: func(o *bind.TransactOpts) (*types.Transaction, error) {
				return w.oracle.SubmitReport(o, new(big.Int).SetUint64(r.RefSlot), ch)
			}})
	}
	// Members vote (now and then one for another report), then one submits.
	voters := rapid.IntRange(1, 3).Draw(rt, "votes")
	if rapid.IntRange(0, 3).Draw(rt, "enough-votes") > 0 {
		voters = max(voters, 2)
	}
	for _, m := range rapid.Permutation([]int{0, 1, 2}).Draw(rt, "voters")[:voters] {
		if rapid.IntRange(0, 6).Draw(rt, "dissent") == 0 {
			other := *r
			other.Bunker = !other.Bunker
			vote(keyOracle0+m, other.Hash(), contractHash(rt, &other))
			continue
		}
		vote(keyOracle0+m, mh, ch)
	}
	submitter := keyOracle0 + rapid.IntRange(0, 2).Draw(rt, "submitter")
	if rapid.IntRange(0, 15).Draw(rt, "stranger-submits") == 0 {
		submitter = w.user(rt, "stranger")
	}
	data := r
	if rapid.IntRange(0, 15).Draw(rt, "other-data") == 0 {
		other := *r
		other.Validators++
		data = &other
	}
	steps = append(steps, step{desc: "submitReportData", sender: submitter, chash: ch,
		tx: tx(c.Addrs[submitter], protocol.Command{Kind: protocol.CmdOracleSubmit, Report: data}),
		send: func(o *bind.TransactOpts) (*types.Transaction, error) {
			return w.oracle.SubmitReportData(o, toContract(data))
		}})
	return steps
}

// opinionStep is the second-opinion oracle's account of refSlot (sent by
// it when governance set one, else by a user: refused).
func (w *world) opinionStep(rt *rapid.T, ref, balance uint64, vault *big.Int) step {
	sender := w.user(rt, "opinion-sender")
	if so := w.model.SecondOpinionOracle(); so != (common.Address{}) && rapid.IntRange(0, 5).Draw(rt, "opinion-by-oracle") > 0 {
		for i, a := range w.chain.Addrs {
			if a == so {
				sender = i
			}
		}
	}
	return step{desc: "submitSecondOpinion", sender: sender,
		tx: tx(w.chain.Addrs[sender], protocol.Command{Kind: protocol.CmdSecondOpinion, RefSlot: ref, Count: balance, Amount: u256(vault)}),
		send: func(o *bind.TransactOpts) (*types.Transaction, error) {
			return w.sanity.SubmitSecondOpinion(o, new(big.Int).SetUint64(ref), balance, vault)
		}}
}

// drawReport makes a report for the current frame from the model's state:
// mostly plausible (within the sanity limits), sometimes not. Its
// finalization (the simulated share rate and the batches) is what members
// compute — by the model's PrepareFinalization, which must agree with the
// contracts' views (contracts/finalization) — and now and then altered.
func (w *world) drawReport(rt *rapid.T) *protocol.OracleReport {
	m := w.model
	r := &protocol.OracleReport{}
	ref, _ := m.CurrentRefSlot()
	r.RefSlot = ref
	if rapid.IntRange(0, 15).Draw(rt, "bad-slot") == 0 {
		r.RefSlot += rapid.Uint64Range(0, 2).Draw(rt, "slot-delta") - 1
	}
	dep, seen := m.DepositedValidators(), m.BeaconValidators()
	r.Validators = seen + rapid.Uint64Range(0, dep-seen).Draw(rt, "appeared")
	if rapid.IntRange(0, 20).Draw(rt, "too-many") == 0 {
		r.Validators = dep + 1
	}
	pre := new(big.Int).Mul(new(big.Int).SetUint64(r.Validators-min(seen, r.Validators)), protocol.DepositSizeWei.ToBig())
	pre.Add(pre, m.BeaconBalance().ToBig())
	preGwei := new(big.Int).Div(pre, big.NewInt(1e9)).Uint64()
	// A frame's rewards (within the annual limit only when small), a loss
	// within LIP-23's allowance (0.109 ETH a validator over 18 days), a
	// bigger loss (refused, unless the second opinion confirms it), or a
	// big jump up (refused by the annual limit).
	switch rapid.IntRange(0, 6).Draw(rt, "balance-kind") {
	case 0:
		r.Balance = units.Gwei(preGwei)
	case 1, 2:
		r.Balance = units.Gwei(preGwei + rapid.Uint64Range(0, preGwei/20_000+1).Draw(rt, "gain"))
	case 3, 4:
		r.Balance = units.Gwei(preGwei - min(preGwei, rapid.Uint64Range(0, r.Validators*100_000_000+1).Draw(rt, "loss")))
	case 5:
		r.Balance = units.Gwei(preGwei - rapid.Uint64Range(0, preGwei).Draw(rt, "big-loss"))
	default:
		r.Balance = units.Gwei(preGwei + rapid.Uint64Range(0, preGwei/50+1).Draw(rt, "big-gain"))
	}
	vault := w.chainBalance(w.a.WithdrawalVault)
	el := w.chainBalance(w.a.ELRewardsVault)
	r.WithdrawalVault = u256(part(rt, "withdrawal-vault", vault))
	r.ELRewardsVault = u256(part(rt, "el-vault", el))
	if rapid.IntRange(0, 20).Draw(rt, "vault-lie") == 0 {
		r.ELRewardsVault.AddUint64(&r.ELRewardsVault, 1)
	}
	cover, nonCover := m.SharesRequestedToBurn()
	pending := new(big.Int).Add(cover.ToBig(), nonCover.ToBig())
	switch rapid.IntRange(0, 9).Draw(rt, "burn-kind") {
	case 0:
		r.SharesRequestedToBurn = u256(part(rt, "burn-part", pending))
	case 1:
		r.SharesRequestedToBurn = u256(new(big.Int).Add(pending, big.NewInt(1))) // refused
	default:
		r.SharesRequestedToBurn = u256(pending)
	}
	for i, o := range m.OperatorStates() {
		if o.Deposited > o.Exited && rapid.IntRange(0, 4).Draw(rt, "exits") == 0 {
			r.Exited = append(r.Exited, protocol.OperatorCount{Operator: protocol.OperatorID(i), Count: rapid.Uint64Range(o.Exited, o.Deposited).Draw(rt, "exited")})
		}
		if o.Deposited > o.ExitRequested && rapid.IntRange(0, 3).Draw(rt, "exit-requests") == 0 {
			r.ExitRequests = append(r.ExitRequests, protocol.OperatorCount{Operator: protocol.OperatorID(i), Count: rapid.Uint64Range(1, o.Deposited-o.ExitRequested).Draw(rt, "asked")})
		}
		// Execution rewards its validators' blocks paid elsewhere: a few
		// gwei to a few ETH (its fee shares cover a part or all), now and
		// then zero (refused).
		if rapid.IntRange(0, 4).Draw(rt, "el-charge") == 0 {
			var a uint256.Int
			switch rapid.IntRange(0, 9).Draw(rt, "el-charge-kind") {
			case 0:
			case 1, 2, 3:
				a.SetUint64(rapid.Uint64Range(1, 1e12).Draw(rt, "el-charge-small"))
			default:
				a.SetUint64(rapid.Uint64Range(1e12, 5e18).Draw(rt, "el-charge-big"))
			}
			r.ELRewardsCharges = append(r.ELRewardsCharges, protocol.OperatorAmount{Operator: protocol.OperatorID(i), Amount: a})
		}
		if rapid.IntRange(0, 3).Draw(rt, "stats") == 0 {
			r.Stats = append(r.Stats, protocol.OperatorStats{Operator: protocol.OperatorID(i),
				MissedAttestations: rapid.Uint64Range(0, 50).Draw(rt, "missed-att"),
				MissedProposals:    rapid.Uint64Range(0, 3).Draw(rt, "missed-prop"),
				Slashed:            rapid.Uint64Range(0, 1).Draw(rt, "slashed")})
		}
	}
	w.drawBondedReport(rt, r)
	w.drawWithdrawn(rt, r)
	switch rapid.IntRange(0, 30).Draw(rt, "el-charge-lie") {
	case 0: // an operator that does not exist
		r.ELRewardsCharges = append(r.ELRewardsCharges, protocol.OperatorAmount{Operator: protocol.OperatorID(len(m.OperatorStates())), Amount: *uint256.NewInt(1)})
	case 1: // out of order
		if n := len(r.ELRewardsCharges); n > 1 {
			r.ELRewardsCharges[0], r.ELRewardsCharges[n-1] = r.ELRewardsCharges[n-1], r.ELRewardsCharges[0]
		}
	}
	r.Bunker = rapid.IntRange(0, 4).Draw(rt, "bunker") == 0
	w.prepare(rt, r)
	w.alterFinalization(rt, r)
	return r
}

// alterFinalization now and then changes a report's finalization.
func (w *world) alterFinalization(rt *rapid.T, r *protocol.OracleReport) {
	m := w.model
	switch rapid.IntRange(0, 12).Draw(rt, "finalization-kind") {
	case 0: // a batch beyond the queue, or one too few
		if rapid.Bool().Draw(rt, "beyond") {
			n, _, _, _ := m.WithdrawalQueue()
			r.Batches = append(r.Batches, n+1)
		} else if len(r.Batches) > 0 {
			r.Batches = r.Batches[:len(r.Batches)-1]
		}
	case 1: // another share rate: a little off (within the deviation limit or not)
		if !r.SimulatedShareRate.IsZero() {
			d := new(uint256.Int).Div(&r.SimulatedShareRate, uint256.NewInt(rapid.Uint64Range(50, 1000).Draw(rt, "rate-off")))
			if rapid.Bool().Draw(rt, "rate-up") {
				r.SimulatedShareRate.Add(&r.SimulatedShareRate, d)
			} else {
				r.SimulatedShareRate.Sub(&r.SimulatedShareRate, d)
			}
		}
	case 2: // the last request, whatever the margin and the budget
		n, fin, _, _ := m.WithdrawalQueue()
		if n > fin {
			r.Batches = []uint64{rapid.Uint64Range(fin+1, n).Draw(rt, "last")}
		}
	}
}

// waitForNextFrame is a step of time passing to just after the next
// frame's start.
func (w *world) waitForNextFrame(rt *rapid.T) step {
	m := w.model
	var start uint64 // the current frame's first slot
	if ref, ok := m.CurrentRefSlot(); ok {
		start = ref + 1
	}
	next := m.Chain().SlotTime(start + m.SlotsPerFrame())
	return step{desc: "wait", wait: next - m.Timestamp() + rapid.Uint64Range(0, 60).Draw(rt, "into-frame")}
}

// prepare fills r's finalization as members do, on the model and on the
// contracts, and checks that both agree.
func (w *world) prepare(rt *rapid.T, r *protocol.OracleReport) {
	merr := w.model.PrepareFinalization(r, uint64(rapid.IntRange(1, 5).Draw(rt, "per-call")))
	cr := toContract(r)
	cerr := finalization.Prepare(&bind.CallOpts{Context: context.Background()}, w.views, &cr, uint64(rapid.IntRange(1, 5).Draw(rt, "per-call-chain")))
	if (merr == nil) != (cerr == nil) {
		rt.Fatalf("preparing the finalization: model %v, contracts %v", merr, cerr)
	}
	if merr != nil {
		return
	}
	if cr.SimulatedShareRate.Cmp(r.SimulatedShareRate.ToBig()) != 0 {
		rt.Fatalf("simulated share rate: contracts %s, model %s", cr.SimulatedShareRate, r.SimulatedShareRate.Dec())
	}
	var got []uint64
	for _, b := range cr.Batches {
		got = append(got, b.Uint64())
	}
	if !slices.Equal(got, r.Batches) {
		rt.Fatalf("finalization batches: contracts %v, model %v", got, r.Batches)
	}
	w.stats["batches computed"]++
	if len(r.Batches) > 0 {
		w.stats["batches to finalize"]++
	}
}

func (w *world) chainBalance(a common.Address) *big.Int {
	b, err := w.chain.Client.BalanceAt(context.Background(), a, nil)
	if err != nil {
		panic(err)
	}
	return b
}

// part is some of v: none, all, or a random part.
func part(rt *rapid.T, label string, v *big.Int) *big.Int {
	switch rapid.IntRange(0, 3).Draw(rt, label+"-kind") {
	case 0:
		return new(big.Int)
	case 1:
		return new(big.Int).Set(v)
	}
	if v.Sign() == 0 {
		return new(big.Int)
	}
	r := new(big.Int).SetUint64(rapid.Uint64().Draw(rt, label))
	return r.Mod(r, new(big.Int).Add(v, big.NewInt(1)))
}

func toContract(r *protocol.OracleReport) bindings.OracleReport {
	u := func(v uint64) *big.Int { return new(big.Int).SetUint64(v) }
	out := bindings.OracleReport{
		RefSlot: u(r.RefSlot), Validators: u(r.Validators), BalanceGwei: u(uint64(r.Balance)),
		WithdrawalVault: r.WithdrawalVault.ToBig(), ElRewardsVault: r.ELRewardsVault.ToBig(),
		SharesRequestedToBurn: r.SharesRequestedToBurn.ToBig(), Batches: []*big.Int{},
		SimulatedShareRate: r.SimulatedShareRate.ToBig(), Bunker: r.Bunker,
		Exited: []bindings.OracleOperatorCount{}, ExitRequests: []bindings.OracleOperatorCount{}, Stats: []bindings.OracleOperatorStats{},
		ElRewardsCharges: []bindings.OracleOperatorAmount{}, Withdrawn: []bindings.OracleOperatorWithdrawal{},
	}
	for _, b := range r.Batches {
		out.Batches = append(out.Batches, u(b))
	}
	for _, e := range r.Exited {
		out.Exited = append(out.Exited, bindings.OracleOperatorCount{Operator: u(uint64(e.Operator)), Count: u(e.Count)})
	}
	for _, e := range r.ExitRequests {
		out.ExitRequests = append(out.ExitRequests, bindings.OracleOperatorCount{Operator: u(uint64(e.Operator)), Count: u(e.Count)})
	}
	for _, s := range r.Stats {
		out.Stats = append(out.Stats, bindings.OracleOperatorStats{Operator: u(uint64(s.Operator)),
			MissedAttestations: u(s.MissedAttestations), MissedProposals: u(s.MissedProposals), Slashed: u(s.Slashed)})
	}
	for _, c := range r.ELRewardsCharges {
		out.ElRewardsCharges = append(out.ElRewardsCharges, bindings.OracleOperatorAmount{Operator: u(uint64(c.Operator)), Amount: c.Amount.ToBig()})
	}
	for _, w := range r.Withdrawn {
		out.Withdrawn = append(out.Withdrawn, bindings.OracleOperatorWithdrawal{Operator: u(uint64(w.Operator)), Count: u(w.Count), Loss: w.Loss.ToBig()})
	}
	return out
}

// contractHash is keccak256(abi.encode(report)), what members vote for on chain.
func contractHash(rt *rapid.T, r *protocol.OracleReport) [32]byte {
	parsed, err := bindings.OracleMetaData.GetAbi()
	if err != nil {
		rt.Fatal(err)
	}
	packed, err := parsed.Methods["submitReportData"].Inputs.Pack(toContract(r))
	if err != nil {
		rt.Fatal(err)
	}
	return crypto.Keccak256Hash(packed)
}
