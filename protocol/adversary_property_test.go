package protocol_test

import (
	"bytes"
	"fmt"
	"slices"
	"testing"

	"github.com/holiman/uint256"
	"pgregory.net/rapid"

	"github.com/stakepool/stakepool/protocol"
	pt "github.com/stakepool/stakepool/protocol/protocoltest"
)

// Issue 16 item 6: rapid sequences in which some operators, oracle
// members and guardians are adversarial, mixed with holders' traffic and
// oracle reports. docs/operators.md, "Adversarial operators and
// guardians", lists what is checked.

// The operators of the adversarial property: A is honest (exits what it is
// asked to at once); B never exits and plays with its keys; C exits only
// part of what it is asked to, and its reward address is a holder's; D's
// reward address is one of the pool's own contracts or a holder's.
const (
	advHonest, advNever, advLazy, advContract = 0, 1, 2, 3
	advOps                                    = 4
	advDeadline                               = 100  // ExitDeadlineSlots in the property
	advCoolDown                               = 3600 // StuckPenaltyDelay in the property
)

// advModel is what the property tracks apart from the state.
type advModel struct {
	// vetted holds, per operator, the keys governance vetted (all keys the
	// operator had when governance last set its limit) less those removed
	// since: the only keys a deposit may use.
	vetted []map[protocol.Pubkey]bool
	// exitSlots are the reference slots of each operator's exit requests,
	// by key index (oldest first); exited is what reports said exited.
	exitSlots [][]uint64
	exited    []uint64
	// stuck and penaltyEnd are the stuck counts and penalty ends computed
	// apart.
	stuck, penaltyEnd []uint64
	fresh             uint32 // the next fresh key number
	balance           uint256.Int
}

// holderView is everything a holder owns in the pool, printed.
func holderView(s *protocol.State, a protocol.Address) string {
	acc := s.Account(a)
	var b bytes.Buffer
	fmt.Fprintf(&b, "shares %s stETH %s wstETH %s;", acc.Shares.Dec(), s.BalanceOf(a).Dec(), acc.WstETH.Dec())
	n, _, _, _ := s.WithdrawalQueue()
	for id := uint64(1); id <= n; id++ {
		if q, _ := s.WithdrawalRequest(id); q.Owner == a {
			fmt.Fprintf(&b, " request %d %s/%s claimed %v;", id, q.StETH.Dec(), q.Shares.Dec(), q.Claimed)
		}
	}
	return b.String()
}

func holdersView(s *protocol.State) []string {
	out := make([]string, propAccounts)
	for i := range out {
		out[i] = holderView(s, pt.Addr(uint64(i+1)))
	}
	return out
}

// snapshot is the state's canonical encoding (the root is its hash; the
// bytes are compared too, so that a refused command is shown to change
// nothing at all).
func snapshot(t *rapid.T, s *protocol.State) []byte {
	b, err := s.MarshalBinary()
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// advPool sets up the four operators (8 keys each, all vetted), no
// reserve, short exit deadlines and a cool-down of an hour, reports whose
// small consensus gains pass the annual-increase check, 320 ETH staked
// and deposited, and a first report.
func advPool(t *rapid.T) (*harness, *advModel) {
	h := newHarness(t, propAccounts)
	contract := rapid.SampledFrom([]protocol.Address{pt.StETH, pt.WstETH, pt.Treasury, pt.Insure, pt.Addr(4)}).Draw(t, "D's reward address")
	rewards := []protocol.Address{pt.Addr(501), pt.Addr(502), pt.Addr(3), contract}
	m := &advModel{}
	for i, r := range rewards {
		h.addOperator(string(rune('A'+i)), r, 8, 8)
		m.vetted = append(m.vetted, map[protocol.Pubkey]bool{})
		for _, k := range h.s.Operators()[i].Keys {
			m.vetted[i][k.Pubkey] = true
		}
	}
	m.exitSlots = make([][]uint64, advOps)
	m.exited = make([]uint64, advOps)
	m.stuck = make([]uint64, advOps)
	m.penaltyEnd = make([]uint64, advOps)
	for _, a := range []protocol.Action{
		{Kind: protocol.ActSetParameter, Param: protocol.ParamReserveTargetBP, Value: wei(0)},
		{Kind: protocol.ActSetParameter, Param: protocol.ParamExitDeadlineSlots, Value: wei(advDeadline)},
		{Kind: protocol.ActSetParameter, Param: protocol.ParamStuckPenaltyDelay, Value: wei(advCoolDown)},
		{Kind: protocol.ActSetParameter, Param: protocol.ParamAnnualIncreaseBP, Value: wei(100 * protocol.BP)},
	} {
		h.gov(a)
	}
	h.do(alice, protocol.Command{Kind: protocol.CmdSubmit, Amount: eth(320)})
	h.do(protocol.SystemSender, protocol.Command{Kind: protocol.CmdDeposit, Count: 10})
	m.balance = eth(320)
	h.mustReport(protocol.OracleReport{Validators: 10, Balance: gwei(m.balance)})
	return h, m
}

// TestPropertyAdversarialOperators: holders stake, transfer, wrap, lock and
// ask to withdraw; adversarial operators remove vetted and deposited keys,
// upload duplicates and other operators' keys, act for other operators,
// never exit or exit only part of what they are asked; governance
// re-vets; a minority of oracle members votes for another report; reports
// ask for exits. After every step:
//   - a refused command or report leaves the state byte-identical;
//   - no operator command changes any holder's shares, stETH, wstETH or
//     withdrawal requests, the total shares or the pooled ETH;
//   - holders' commands move the totals only as documented (a stake adds
//     its ETH; nothing else changes pooled ETH or shares);
//   - a deposit uses only a key governance vetted and that was not removed
//     since; a deposited key is never removed; no key is held twice;
//   - exited counts move only by what a report says, exit requests only by
//     reports; the stuck counts and penalty ends equal those computed
//     apart;
//   - each report's fee goes to operators as computed apart: ⌊part ×
//     active / total⌋, half (the other half requested to burn) for a
//     stuck or cooling-down operator, whole for the others, so that an
//     honest operator's share does not depend on anyone's being stuck;
//     shares move by the fee minted less the shares burnt;
//   - a report without a quorum of votes applies nothing.
func TestPropertyAdversarialOperators(t *testing.T) {
	outcomes := map[string]int{}
	rapid.Check(t, func(rt *rapid.T) {
		h, m := advPool(rt)
		steps := rapid.IntRange(10, 50).Draw(rt, "steps")
		for range steps {
			switch rapid.IntRange(0, 9).Draw(rt, "what") {
			case 0, 1:
				advOperatorStep(rt, h, m, outcomes)
			case 2:
				advHolderStep(rt, h)
			case 3:
				// Governance vets an operator's keys as they are now.
				id := rapid.IntRange(0, advOps-1).Draw(rt, "vet")
				keys := h.s.Operators()[id].Keys
				h.gov(protocol.Action{Kind: protocol.ActSetOperatorLimit, Operator: protocol.OperatorID(id), Limit: uint64(len(keys))})
				m.vetted[id] = map[protocol.Pubkey]bool{}
				for _, k := range keys {
					m.vetted[id][k.Pubkey] = true
				}
			case 4:
				// Stake and deposit.
				h.do(pt.Addr(uint64(rapid.IntRange(1, propAccounts).Draw(rt, "staker"))), protocol.Command{Kind: protocol.CmdSubmit, Amount: eth(rapid.Uint64Range(1, 130).Draw(rt, "stake"))})
				h.next()
				advDeposit(rt, h, m, rapid.Uint64Range(1, 4).Draw(rt, "deposits"), outcomes)
			case 5, 6:
				advReport(rt, h, m, outcomes)
			default:
				h.wait(rapid.SampledFrom([]uint64{12, 384, 1536, 3600}).Draw(rt, "wait"))
			}
			advCheck(rt, h, m)
		}
	})
	t.Logf("outcomes: %v", outcomes)
}

// advOperatorStep: one adversarial operator attack, checked; "replace" is
// a vetted key removed and a fresh one uploaded in its place.
func advOperatorStep(t *rapid.T, h *harness, m *advModel, outcomes map[string]int) {
	id := rapid.SampledFrom([]int{advNever, advLazy, advContract}).Draw(t, "adversary")
	what := rapid.SampledFrom([]string{"replace", "remove", "remove deposited", "upload", "upload twice", "upload another's key", "upload own key", "upload empty", "impersonate"}).Draw(t, "attack")
	if what == "replace" {
		advAttack(t, h, m, outcomes, id, "remove")
		what = "upload"
	}
	advAttack(t, h, m, outcomes, id, what)
}

func advAttack(t *rapid.T, h *harness, m *advModel, outcomes map[string]int, id int, what string) {
	ops := h.s.Operators()
	op := ops[id]
	wc := h.s.WithdrawalCredentials()
	freshKeys := func(n int) []protocol.SigningKey {
		ks := make([]protocol.SigningKey, n)
		for i := range ks {
			m.fresh++
			ks[i] = pt.Key(uint32(id), 1000+m.fresh, wc)
		}
		return ks
	}
	sender := op.RewardAddress
	var c protocol.Command
	var mustRefuse protocol.Code // the refusal the attempt must meet
	switch what {
	case "remove":
		n := uint64(len(op.Keys))
		if n == op.Deposited {
			return
		}
		from := rapid.Uint64Range(op.Deposited, n-1).Draw(t, "from")
		c = protocol.Command{Kind: protocol.CmdRemoveSigningKeys, Operator: op.ID, Index: from, Count: rapid.Uint64Range(1, n-from).Draw(t, "count")}
	case "remove deposited":
		if op.Deposited == 0 {
			return
		}
		from := rapid.Uint64Range(0, op.Deposited-1).Draw(t, "from")
		c = protocol.Command{Kind: protocol.CmdRemoveSigningKeys, Operator: op.ID, Index: from, Count: rapid.Uint64Range(1, uint64(len(op.Keys))-from).Draw(t, "count")}
		mustRefuse = protocol.CodeKeyInUse
	case "upload":
		c = protocol.Command{Kind: protocol.CmdAddSigningKeys, Operator: op.ID, Keys: freshKeys(rapid.IntRange(1, 3).Draw(t, "keys"))}
	case "upload twice":
		ks := freshKeys(2)
		ks[1] = ks[0]
		c = protocol.Command{Kind: protocol.CmdAddSigningKeys, Operator: op.ID, Keys: ks}
		mustRefuse = protocol.CodeDuplicateKey
	case "upload another's key", "upload own key":
		owner := ops[rapid.IntRange(0, advOps-1).Draw(t, "owner")]
		if what == "upload own key" {
			owner = op
		}
		if len(owner.Keys) == 0 {
			return
		}
		stolen := owner.Keys[rapid.IntRange(0, len(owner.Keys)-1).Draw(t, "key")]
		c = protocol.Command{Kind: protocol.CmdAddSigningKeys, Operator: op.ID, Keys: append(freshKeys(1), stolen)}
		mustRefuse = protocol.CodeDuplicateKey
	case "upload empty":
		c = protocol.Command{Kind: protocol.CmdAddSigningKeys, Operator: op.ID, Keys: append(freshKeys(1), protocol.SigningKey{})}
		mustRefuse = protocol.CodeInvalidKey
	case "impersonate":
		// Acting for another operator: from a holder, another operator's
		// reward address or one of the pool's contracts.
		victim := ops[rapid.IntRange(0, advOps-1).Draw(t, "victim")]
		if victim.RewardAddress == sender {
			return
		}
		c = protocol.Command{Kind: protocol.CmdAddSigningKeys, Operator: victim.ID, Keys: freshKeys(1)}
		if len(victim.Keys) > int(victim.Deposited) && rapid.Bool().Draw(t, "remove") {
			c = protocol.Command{Kind: protocol.CmdRemoveSigningKeys, Operator: victim.ID, Index: victim.Deposited, Count: 1}
		}
		mustRefuse = protocol.CodeNotAuthorized
	}
	beforeBytes, beforeRoot := snapshot(t, h.s), h.s.Root()
	holders := holdersView(h.s)
	preP, preS := h.s.TotalPooledEther(), h.s.TotalShares()
	_, err := h.try(sender, c)
	outcomes[what+" "+string(protocol.CodeOf(err))]++
	if err != nil {
		if protocol.CodeOf(err) == "" {
			t.Fatalf("%s: non-domain error %v", what, err)
		}
		if h.s.Root() != beforeRoot || !bytes.Equal(snapshot(t, h.s), beforeBytes) {
			t.Fatalf("%s by operator %d refused (%v) but the state changed", what, id, err)
		}
	}
	if mustRefuse != "" && protocol.CodeOf(err) != mustRefuse {
		t.Fatalf("%s by operator %d: got %v, want %s", what, id, err, mustRefuse)
	}
	if err == nil && c.Kind == protocol.CmdRemoveSigningKeys {
		for _, k := range op.Keys[c.Index : c.Index+c.Count] {
			delete(m.vetted[id], k.Pubkey)
		}
	}
	if got := holdersView(h.s); !slices.Equal(got, holders) {
		t.Fatalf("%s by operator %d changed holders' holdings: %v → %v", what, id, holders, got)
	}
	if !preP.Eq(h.s.TotalPooledEther()) || !preS.Eq(h.s.TotalShares()) {
		t.Fatalf("%s by operator %d moved pooled ETH %s → %s or shares %s → %s", what, id, preP, h.s.TotalPooledEther(), preS, h.s.TotalShares())
	}
}

// advHolderStep: one holder command (the ordinary property's generator).
func advHolderStep(t *rapid.T, h *harness) {
	from, c := genCommand(t, h)
	if c.Kind == protocol.CmdDeposit {
		return // deposits are advDeposit's, checked there
	}
	beforeBytes := snapshot(t, h.s)
	preP, preS := h.s.TotalPooledEther(), h.s.TotalShares()
	_, err := h.try(from, c)
	if err != nil {
		if protocol.CodeOf(err) == "" {
			t.Fatalf("%s: non-domain error %v", c.Kind, err)
		}
		if !bytes.Equal(snapshot(t, h.s), beforeBytes) {
			t.Fatalf("%s refused (%v) but the state changed", c.Kind, err)
		}
		return
	}
	wantP := *preP
	if c.Kind == protocol.CmdSubmit {
		wantP.Add(&wantP, &c.Amount)
	}
	if !wantP.Eq(h.s.TotalPooledEther()) {
		t.Fatalf("%s moved pooled ETH %s → %s, want %s", c.Kind, preP, h.s.TotalPooledEther(), &wantP)
	}
	if c.Kind != protocol.CmdSubmit && !preS.Eq(h.s.TotalShares()) {
		t.Fatalf("%s moved the total shares %s → %s", c.Kind, preS, h.s.TotalShares())
	}
}

// advDeposit deposits and checks every key used was vetted.
func advDeposit(t *rapid.T, h *harness, m *advModel, n uint64, outcomes map[string]int) {
	preP, preS := h.s.TotalPooledEther(), h.s.TotalShares()
	evs := h.do(protocol.SystemSender, protocol.Command{Kind: protocol.CmdDeposit, Count: n})
	ops := h.s.Operators()
	for _, e := range evs {
		if e.Kind != protocol.EvDeposited {
			continue
		}
		k := ops[e.Operator].Keys[e.Count].Pubkey
		outcomes["deposit"]++
		if !m.vetted[e.Operator][k] {
			t.Fatalf("deposit %d used operator %d's key %d (%x…), which governance did not vet (or it was removed since)", e.Index, e.Operator, e.Count, k[:4])
		}
	}
	if !preP.Eq(h.s.TotalPooledEther()) || !preS.Eq(h.s.TotalShares()) {
		t.Fatalf("a deposit moved pooled ETH %s → %s or shares %s → %s", preP, h.s.TotalPooledEther(), preS, h.s.TotalShares())
	}
}

// advReport: a minority of members votes for another report and tries to
// submit it; then, maybe, the honest majority's report (exits asked,
// A exiting all it was asked, C part, B nothing), checked against the
// model.
func advReport(t *rapid.T, h *harness, m *advModel, outcomes map[string]int) {
	ops := h.s.Operators()
	var r protocol.OracleReport
	r.Validators = h.s.DepositedValidators()
	appeared := r.Validators - h.s.BeaconValidators()
	m.balance.Add(&m.balance, new(uint256.Int).Mul(uint256.NewInt(appeared), protocol.DepositSizeWei))
	m.balance.Add(&m.balance, new(uint256.Int).Mul(uint256.NewInt(rapid.Uint64Range(0, 30).Draw(t, "gain")), uint256.NewInt(1e15)))
	// Exits: A all it was asked, C some, B none.
	exitedNow := slices.Clone(m.exited)
	exitedNow[advHonest] = ops[advHonest].ExitRequested
	if asked := ops[advLazy].ExitRequested; asked > m.exited[advLazy] {
		exitedNow[advLazy] = rapid.Uint64Range(m.exited[advLazy], asked).Draw(t, "lazy exits")
	}
	var newly uint64
	for i := range exitedNow {
		if exitedNow[i] > m.exited[i] {
			newly += exitedNow[i] - m.exited[i]
			r.Exited = append(r.Exited, protocol.OperatorCount{Operator: protocol.OperatorID(i), Count: exitedNow[i]})
		}
	}
	if newly > 0 {
		out := new(uint256.Int).Mul(uint256.NewInt(newly), protocol.DepositSizeWei)
		m.balance.Sub(&m.balance, out)
		h.credit(pt.Vault, *out)
	}
	// Exit requests: one or two operators, a key or two each.
	for i := range advOps {
		if left := ops[i].Deposited - ops[i].ExitRequested; left > 0 && rapid.IntRange(0, 2).Draw(t, "ask") == 0 {
			r.ExitRequests = append(r.ExitRequests, protocol.OperatorCount{Operator: protocol.OperatorID(i), Count: rapid.Uint64Range(1, min(left, 2)).Draw(t, "asked")})
		}
	}
	r.Balance = gwei(m.balance)
	r.WithdrawalVault = h.s.Account(pt.Vault).ETH
	r.ELRewardsVault = h.s.Account(pt.ELVault).ETH
	c, nc := h.s.SharesRequestedToBurn()
	r.SharesRequestedToBurn.Add(c, nc)
	r.RefSlot = h.nextFrame()

	// The minority: members 4 and 5 (or only 5) vote for a report with a
	// larger balance, and with it or not, submit it: refused, nothing
	// applied.
	bad := r
	bad.Balance += 1_000_000_000 // 1 ETH more
	liars := pt.Oracles[5-rapid.IntRange(1, 2).Draw(t, "liars"):]
	for _, o := range liars {
		h.do(o, protocol.Command{Kind: protocol.CmdOracleVote, RefSlot: r.RefSlot, Hash: bad.Hash()})
	}
	honest := rapid.IntRange(2, 3).Draw(t, "honest votes")
	for _, o := range pt.Oracles[:honest] {
		h.do(o, protocol.Command{Kind: protocol.CmdOracleVote, RefSlot: r.RefSlot, Hash: r.Hash()})
	}
	last, _ := h.s.LastReport()
	for _, try := range []*protocol.OracleReport{&bad, &r} {
		if try == &r && honest >= 3 {
			continue // the honest report has its quorum: submitted below
		}
		before := snapshot(t, h.s)
		_, err := h.try(liars[0], protocol.Command{Kind: protocol.CmdOracleSubmit, Report: try})
		outcomes["no quorum: "+string(protocol.CodeOf(err))]++
		if err == nil {
			t.Fatalf("a report without a quorum of votes applied (%d liars, %d honest votes)", len(liars), honest)
		}
		if rec, _ := h.s.LastReport(); rec.RefSlot != last.RefSlot || !bytes.Equal(snapshot(t, h.s), before) {
			t.Fatalf("a refused report (%v) changed the state", err)
		}
	}
	if honest < 3 {
		m.balance = *h.s.BeaconBalance() // the frame passes without a report
		return
	}

	// The honest majority's report.
	preP, preS := h.s.TotalPooledEther(), h.s.TotalShares()
	preRequested := make([]uint64, advOps)
	for i, o := range ops {
		preRequested[i] = o.ExitRequested
	}
	before := snapshot(t, h.s)
	evs, err := h.try(pt.Oracles[0], protocol.Command{Kind: protocol.CmdOracleSubmit, Report: &r})
	outcomes["report "+string(protocol.CodeOf(err))]++
	if err != nil {
		if protocol.CodeOf(err) == "" {
			t.Fatalf("report: non-domain error %v", err)
		}
		if !bytes.Equal(snapshot(t, h.s), before) {
			t.Fatalf("a refused report (%v) changed the state", err)
		}
		m.balance = *h.s.BeaconBalance()
		return
	}
	rec, _ := h.s.LastReport()
	// The model: stuck counts at the reference slot over the exits now,
	// penalty ends when a stuck count clears; then the new exit requests.
	penalized := make([]bool, advOps)
	for i := range advOps {
		var stuck uint64
		for k := exitedNow[i]; k < uint64(len(m.exitSlots[i])); k++ {
			if m.exitSlots[i][k]+advDeadline < r.RefSlot {
				stuck++
			}
		}
		if m.stuck[i] > 0 && stuck == 0 {
			m.penaltyEnd[i] = h.s.Timestamp() + advCoolDown
		}
		m.stuck[i] = stuck
		penalized[i] = stuck > 0 || h.s.Timestamp() <= m.penaltyEnd[i]
		if stuck > 0 {
			outcomes["stuck operator in a report"]++
		}
	}
	m.exited = exitedNow
	for _, e := range r.ExitRequests {
		for range e.Count {
			m.exitSlots[e.Operator] = append(m.exitSlots[e.Operator], r.RefSlot)
		}
	}
	// The fee split computed apart.
	minted := make([]uint256.Int, advOps)
	withheld := make([]uint256.Int, advOps)
	var allMinted uint256.Int
	for _, e := range evs {
		switch {
		case e.Kind == protocol.EvFeeMinted && e.Count == 1:
			minted[e.Operator].Add(&minted[e.Operator], &e.Shares)
		case e.Kind == protocol.EvStuckPenalty:
			withheld[e.Operator].Add(&withheld[e.Operator], &e.Shares)
		}
		if e.Kind == protocol.EvFeeMinted || e.Kind == protocol.EvStuckPenalty {
			allMinted.Add(&allMinted, &e.Shares)
		}
	}
	part := new(uint256.Int).Mul(&rec.FeeShares, uint256.NewInt(h.s.Params().OperatorsFeeShareBP))
	part.Div(part, uint256.NewInt(protocol.BP))
	var active uint64
	for i, o := range ops {
		active += o.Deposited - exitedNow[i]
	}
	for i, o := range ops {
		var v uint256.Int
		if active > 0 {
			v.Mul(part, uint256.NewInt(o.Deposited-exitedNow[i]))
			v.Div(&v, uint256.NewInt(active))
		}
		if v.LtUint64(2) {
			v.Clear()
		}
		wantMinted, wantWithheld := v, uint256.Int{}
		if penalized[i] {
			wantMinted.Rsh(&v, 1)
			wantWithheld = wantMinted
			if !v.IsZero() {
				outcomes["fee withheld from a stuck operator"]++
			}
		}
		if !minted[i].Eq(&wantMinted) || !withheld[i].Eq(&wantWithheld) {
			t.Fatalf("operator %d (penalized %v, stuck %d) got %s fee shares and %s withheld; computed apart %s and %s (fee %s, %d of %d active)",
				i, penalized[i], m.stuck[i], minted[i].Dec(), withheld[i].Dec(), wantMinted.Dec(), wantWithheld.Dec(), rec.FeeShares.Dec(), o.Deposited-exitedNow[i], active)
		}
	}
	// Shares move by the fee minted less the shares burnt; pooled ETH is
	// the record's.
	wantS := new(uint256.Int).Add(preS, &allMinted)
	wantS.Sub(wantS, &rec.SharesBurnt)
	if !wantS.Eq(h.s.TotalShares()) || !rec.PostTotalEther.Eq(h.s.TotalPooledEther()) || !rec.PreTotalEther.Eq(preP) {
		t.Fatalf("report: shares %s → %s (minted %s, burnt %s), pooled %s → %s (record %s)", preS, h.s.TotalShares(), allMinted.Dec(), rec.SharesBurnt.Dec(), preP, h.s.TotalPooledEther(), rec.PostTotalEther.Dec())
	}
	for i, o := range h.s.Operators() {
		if o.ExitRequested != preRequested[i]+uint64(countOf(r.ExitRequests, i)) {
			t.Fatalf("operator %d: %d exit requests, %d before and %d asked", i, o.ExitRequested, preRequested[i], countOf(r.ExitRequests, i))
		}
	}
}

func countOf(cs []protocol.OperatorCount, id int) uint64 {
	for _, c := range cs {
		if int(c.Operator) == id {
			return c.Count
		}
	}
	return 0
}

// advCheck: the checks after every step.
func advCheck(t *rapid.T, h *harness, m *advModel) {
	owners := map[protocol.Pubkey]string{}
	for i, o := range h.s.Operators() {
		if o.Exited != m.exited[i] {
			t.Fatalf("operator %d has %d exited, reports said %d", i, o.Exited, m.exited[i])
		}
		if o.ExitRequested != uint64(len(m.exitSlots[i])) {
			t.Fatalf("operator %d has %d exit requests, reports asked %d", i, o.ExitRequested, len(m.exitSlots[i]))
		}
		if o.Stuck != m.stuck[i] || o.StuckPenaltyEnd != m.penaltyEnd[i] {
			t.Fatalf("operator %d: stuck %d until %d, computed apart %d until %d (exited %d of %d asked)", i, o.Stuck, o.StuckPenaltyEnd, m.stuck[i], m.penaltyEnd[i], o.Exited, o.ExitRequested)
		}
		if o.Deposited > uint64(len(o.Keys)) {
			t.Fatalf("operator %d has %d deposits and %d keys", i, o.Deposited, len(o.Keys))
		}
		for j, k := range o.Keys {
			where := fmt.Sprintf("operator %d key %d", i, j)
			if prev, dup := owners[k.Pubkey]; dup {
				t.Fatalf("key %x… is both %s and %s", k.Pubkey[:4], prev, where)
			}
			owners[k.Pubkey] = where
		}
	}
	// Every deposit record still names its operator's key at its index: a
	// deposited key is never removed or moved.
	ops := h.s.Operators()
	for _, d := range h.s.Deposits(0) {
		if ks := ops[d.Operator].Keys; d.KeyIndex >= uint64(len(ks)) || ks[d.KeyIndex].Pubkey != d.Pubkey {
			t.Fatalf("deposit %d's key (operator %d key %d) is no longer there", d.Index, d.Operator, d.KeyIndex)
		}
	}
	checkReportInvariants(t, h)
}

// TestPropertyAdversarialGuardians drives the pure deposit security model
// in front of the pool's deposits: blocks pass, operators front-run (the
// deposit root moves) and change keys (the nonce moves), adversarial
// guardians and outsiders sign stale blocks, another chain's hashes, an
// old root or nonce, sign twice or out of order, spam pauses (direct and
// relayed, fresh or expired) and try to unpause and to unvet. Checked,
// independently of the model:
//   - a deposit goes through only with a quorum (> 0) of distinct
//     guardians over the current root and nonce of a recent block of this
//     chain, no pause in force and the minimum distance kept; only then
//     does the pool deposit;
//   - a pause is taken only from a guardian (or its fresh relayed intent);
//     only governance unpauses;
//   - unvetting comes only from a guardian over the current nonce and
//     never raises a limit nor goes below the deposits;
//   - every refused call leaves the module as it was.
func TestPropertyAdversarialGuardians(t *testing.T) {
	outcomes := map[string]int{}
	rapid.Check(t, func(rt *rapid.T) {
		h := newHarness(rt, propAccounts)
		h.addOperator("A", pt.Addr(501), 20, 20)
		h.addOperator("B", pt.Addr(502), 20, 20)
		h.gov(protocol.Action{Kind: protocol.ActSetParameter, Param: protocol.ParamReserveTargetBP, Value: wei(0)})
		h.do(alice, protocol.Command{Kind: protocol.CmdSubmit, Amount: eth(1000)})
		p := protocol.DepositSecurityParams{Guardians: []protocol.Address{g1, g2, g3}, Quorum: rapid.Uint64Range(1, 3).Draw(rt, "quorum"), MaxBlockAge: 4, MinDepositDistance: 2, PauseMaxAge: 5}
		d, err := protocol.NewDepositSecurity(dsmGov, p)
		if err != nil {
			rt.Fatal(err)
		}
		people := []protocol.Address{g1, g2, g3, outsider, {}, pt.Addr(502), dsmGov}
		hashOf := func(n uint64) [32]byte { return [32]byte{0xbb, byte(n), byte(n >> 8)} }
		root, nonce := byte(1), uint64(0)
		var paused bool
		var last uint64
		var fresh uint32
		view := func() string {
			return fmt.Sprintf("%v %d %+v", d.Paused(protocol.CuratedModule), d.LastDepositBlock(protocol.CuratedModule), d.Params())
		}
		chainFor := func(block uint64) protocol.DepositChain {
			c := protocol.DepositChain{Block: h.s.Block(), DepositRoot: [32]byte{root}, Nonce: nonce}
			if block < c.Block && c.Block-block <= protocol.MaxAttestationAge {
				c.HashOf = hashOf(block) // BLOCKHASH knows only the last 256 blocks
			}
			return c
		}
		recent := func() uint64 { return h.s.Block() - min(h.s.Block()-1, rapid.Uint64Range(0, 7).Draw(rt, "age")) }
		for range rapid.IntRange(5, 60).Draw(rt, "steps") {
			before := view()
			var refused bool
			switch rapid.IntRange(0, 9).Draw(rt, "op") {
			case 0:
				h.next()
				continue
			case 1:
				root++ // an operator's 1-ETH deposit straight to the deposit contract
				outcomes["front-run"]++
				continue
			case 2:
				// An operator changes its keys: the registry's nonce moves.
				fresh++
				if _, err := h.try(pt.Addr(502), protocol.Command{Kind: protocol.CmdAddSigningKeys, Operator: 1, Keys: []protocol.SigningKey{pt.Key(1, 5000+fresh, h.s.WithdrawalCredentials())}}); err == nil {
					nonce++
				}
				continue
			case 3:
				if rapid.IntRange(0, 2).Draw(rt, "spam") > 0 && !paused {
					continue // pauses now and then, so that deposits get through
				}
				who := rapid.SampledFrom(people).Draw(rt, "pauser")
				var intent *protocol.Intent
				sender := who
				if rapid.Bool().Draw(rt, "relayed") {
					intent = &protocol.Intent{Signer: who, Block: h.s.Block() + 2 - min(h.s.Block(), rapid.Uint64Range(0, 9).Draw(rt, "intent age"))}
					sender = outsider // anyone relays
				}
				err := d.Pause(h.s.Block(), sender, protocol.CuratedModule, intent)
				outcomes["pause "+string(codeOf(err))]++
				if err == nil {
					fresh := intent == nil || (intent.Block <= h.s.Block() && h.s.Block()-intent.Block <= p.PauseMaxAge)
					if paused || !fresh || (who != g1 && who != g2 && who != g3) {
						rt.Fatalf("a pause by %s (relayed %v, fresh %v) accepted while paused %v", who, intent != nil, fresh, paused)
					}
					paused = true
				}
				refused = err != nil
			case 4:
				who := rapid.SampledFrom(people).Draw(rt, "unpauser")
				err := d.Unpause(who, protocol.CuratedModule)
				outcomes["unpause "+string(codeOf(err))]++
				if err == nil {
					if who != dsmGov || !paused {
						rt.Fatalf("%s unpaused (paused %v)", who, paused)
					}
					paused = false
				}
				refused = err != nil
			case 5:
				who := rapid.SampledFrom(people).Draw(rt, "unvetter")
				ops := h.s.Operators()
				op := ops[rapid.IntRange(0, 1).Draw(rt, "operator")]
				r := protocol.UnvetRequest{Block: recent(), Module: protocol.CuratedModule, Nonce: nonce - min(nonce, rapid.Uint64Range(0, 1).Draw(rt, "old nonce")), Operator: op.ID, Limit: rapid.Uint64Range(0, op.Limit+2).Draw(rt, "limit")}
				r.BlockHash = hashOf(r.Block)
				after, err := d.Unvet(chainFor(r.Block), who, nil, r, op.Limit, op.Deposited)
				outcomes["unvet "+string(codeOf(err))]++
				if err == nil && ((who != g1 && who != g2 && who != g3) || r.Nonce != nonce || after > op.Limit || after < op.Deposited) {
					rt.Fatalf("unvet by %s at nonce %d (now %d): limit %d → %d with %d deposited", who, r.Nonce, nonce, op.Limit, after, op.Deposited)
				}
				refused = err != nil
			default:
				a := protocol.DepositAttestation{
					Block:       recent(),
					DepositRoot: [32]byte{root - byte(rapid.IntRange(0, 1).Draw(rt, "old root"))},
					Module:      protocol.CuratedModule,
					Nonce:       nonce - min(nonce, rapid.Uint64Range(0, 1).Draw(rt, "old nonce")),
				}
				a.BlockHash = hashOf(a.Block)
				if rapid.IntRange(0, 5).Draw(rt, "other chain") == 0 {
					a.BlockHash[31] = 1
				}
				signers := rapid.SliceOfN(rapid.SampledFrom(people), 0, 4).Draw(rt, "signers")
				if rapid.Bool().Draw(rt, "honest signers") {
					signers = []protocol.Address{g1, g2, g3}[:p.Quorum]
				}
				if rapid.IntRange(0, 3).Draw(rt, "sorted") > 0 {
					slices.SortFunc(signers, func(x, y protocol.Address) int { return bytes.Compare(x[:], y[:]) })
				}
				err := d.Deposit(chainFor(a.Block), a, signers)
				outcomes["deposit "+string(codeOf(err))]++
				if err != nil {
					refused = true
					break
				}
				distinct := map[protocol.Address]bool{}
				for _, s := range signers {
					if s != g1 && s != g2 && s != g3 {
						rt.Fatalf("a deposit accepted with %s, not a guardian, among its signers", s)
					}
					distinct[s] = true
				}
				switch b := h.s.Block(); {
				case len(distinct) != len(signers) || uint64(len(distinct)) < p.Quorum:
					rt.Fatalf("a deposit accepted with %d distinct of %d signers, quorum %d", len(distinct), len(signers), p.Quorum)
				case a.DepositRoot != [32]byte{root} || a.Nonce != nonce:
					rt.Fatalf("a deposit accepted over root %d nonce %d; now root %d nonce %d", a.DepositRoot[0], a.Nonce, root, nonce)
				case a.Block >= b || b-a.Block > p.MaxBlockAge || a.BlockHash != hashOf(a.Block):
					rt.Fatalf("a deposit accepted over block %d (its hash %v) in block %d", a.Block, a.BlockHash == hashOf(a.Block), b)
				case paused:
					rt.Fatal("a deposit accepted while paused")
				case last != 0 && b-last < p.MinDepositDistance:
					rt.Fatalf("a deposit accepted in block %d, %d after the last", b, b-last)
				}
				last = h.s.Block()
				// Only now does the pool deposit; the deposit contract's
				// root moves with it.
				for _, e := range h.do(protocol.SystemSender, protocol.Command{Kind: protocol.CmdDeposit, Count: 2}) {
					if e.Kind == protocol.EvDeposited {
						root++
						break
					}
				}
			}
			if refused && view() != before {
				rt.Fatalf("a refused call changed the module: %s → %s", before, view())
			}
		}
	})
	t.Logf("outcomes: %v", outcomes)
}
