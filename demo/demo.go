// Package demo is `stakepool demo`: a scripted life of the pool on the
// protocol state machine alone (no chain, no network) — governance approves
// three operators with caps, they upload BLS keys derived from a fixed
// public mnemonic (an empty key and a duplicate refused), stakers submit
// ETH, the buffer is deposited, stETH is transferred, wrapped and
// unwrapped. It records every step with its events in words, and sums the
// pool up at the end.
package demo

import (
	"fmt"
	"io"

	"github.com/ethereum/go-ethereum/crypto"
	"github.com/holiman/uint256"

	"github.com/stakepool/stakepool/keys"
	"github.com/stakepool/stakepool/protocol"
	"github.com/stakepool/stakepool/units"
)

// Mnemonic is the fixed, public mnemonic the demo's operators derive
// their validator keys from. Never stake real ETH with it.
const Mnemonic = "abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon art"

// Step is one command of the script: who sent what, and what came of it.
type Step struct {
	Block   uint64  `json:"block"`
	Title   string  `json:"title"`
	Sender  string  `json:"sender,omitempty"`
	Command string  `json:"command,omitempty"`
	OK      bool    `json:"ok"`
	Code    string  `json:"error_code,omitempty"`
	Message string  `json:"error_message,omitempty"`
	Events  []Event `json:"events,omitempty"`
}

// Event is one protocol event of a step, with a sentence saying it.
type Event struct {
	Event    string `json:"event"`
	From     string `json:"from,omitempty"`
	To       string `json:"to,omitempty"`
	Amount   string `json:"amount_wei,omitempty"`
	Shares   string `json:"shares,omitempty"`
	Operator *int   `json:"operator,omitempty"`
	Text     string `json:"text"`
}

// Demo is the script's pool and its record so far.
type Demo struct {
	s       *protocol.State
	names   map[protocol.Address]string
	members []protocol.Address
	stakers []protocol.Address
	ops     []protocol.Address
	net     keys.Network
	seed    []byte
	steps   []Step
}

// address derives a real secp256k1 account from a label, so that the
// addresses printed are ordinary checksummed Ethereum addresses.
func address(label string) protocol.Address {
	k, err := crypto.ToECDSA(crypto.Keccak256([]byte("stakepool demo " + label)))
	if err != nil {
		panic(err) // a keccak digest is a valid key with overwhelming probability
	}
	return crypto.PubkeyToAddress(k.PublicKey)
}

// New builds the pool at genesis: named accounts, the governance and
// oracle committees, four funded stakers.
func New() (*Demo, error) {
	net, err := keys.NetworkByName("devnet")
	if err != nil {
		return nil, err
	}
	seed, err := keys.SeedFromMnemonic(Mnemonic, "")
	if err != nil {
		return nil, err
	}
	d := &Demo{names: map[protocol.Address]string{}, net: net, seed: seed}
	name := func(label string) protocol.Address {
		a := address(label)
		d.names[a] = label
		return a
	}
	for _, n := range []string{"gov-1", "gov-2", "gov-3"} {
		d.members = append(d.members, name(n))
	}
	for _, n := range []string{"alice", "bob", "carol", "dave"} {
		d.stakers = append(d.stakers, name(n))
	}
	for _, n := range []string{"operator-north", "operator-east", "operator-west"} {
		d.ops = append(d.ops, name(n))
	}
	chain := protocol.MainnetChain()
	g := protocol.Genesis{
		ChainID:         1337,
		Chain:           chain,
		Timestamp:       chain.GenesisTime,
		StETH:           name("stETH"),
		WstETH:          name("wstETH"),
		WithdrawalQueue: name("withdrawal-queue"),
		Vault:           name("withdrawal-vault"),
		ELRewardsVault:  name("el-rewards-vault"),
		Burner:          name("burner"),
		Treasury:        name("treasury"),
		Insurance:       name("insurance-fund"),
		OracleMembers:   []protocol.Address{name("oracle-1"), name("oracle-2"), name("oracle-3")},
		OracleQuorum:    2,
		Params:          protocol.DevnetParams(),
		Members:         d.members,
		Threshold:       2,
		Dev:             true,
	}
	d.names[protocol.DeadAddress] = "dead"
	g.InitialStake = *units.Ether(1)
	for _, a := range d.stakers {
		g.Alloc = append(g.Alloc, protocol.Allocation{Address: a, ETH: *units.Ether(1000)})
	}
	s, err := protocol.NewState(g)
	if err != nil {
		return nil, err
	}
	d.s = s
	return d, d.next()
}

func (d *Demo) short(a protocol.Address) string {
	if n, ok := d.names[a]; ok {
		return n
	}
	return a.Hex()
}

// apply runs one command and records it; rejections are recorded too.
func (d *Demo) apply(title string, from protocol.Address, c protocol.Command) bool {
	st := Step{Block: d.s.Block(), Title: title, Command: c.Kind.String()}
	if from != protocol.SystemSender {
		st.Sender = from.Hex()
	}
	ev, err := d.s.ApplyNext(from, c)
	if err != nil {
		pe, ok := err.(*protocol.Error)
		if !ok {
			panic(err)
		}
		st.Code, st.Message = string(pe.Code), pe.Message
	} else {
		st.OK = true
		for _, e := range ev {
			st.Events = append(st.Events, d.describe(e))
		}
	}
	d.steps = append(d.steps, st)
	return st.OK
}

func (d *Demo) describe(e protocol.Event) Event {
	de := Event{Event: e.Kind.String()}
	if e.From != (protocol.Address{}) {
		de.From = e.From.Hex()
	}
	if e.To != (protocol.Address{}) {
		de.To = e.To.Hex()
	}
	if !e.Amount.IsZero() {
		de.Amount = e.Amount.Dec()
	}
	if !e.Shares.IsZero() {
		de.Shares = e.Shares.Dec()
	}
	switch e.Kind {
	case protocol.EvSubmitted:
		de.Text = fmt.Sprintf("%s staked %s", d.short(e.From), units.FormatEtherUnit(&e.Amount))
	case protocol.EvTransfer:
		switch {
		case e.From == (protocol.Address{}):
			de.Text = fmt.Sprintf("minted %s stETH (%s shares) to %s", units.FormatEther(&e.Amount), e.Shares.Dec(), d.short(e.To))
		case e.Amount.IsZero():
			de.Text = fmt.Sprintf("%s sent %s wstETH to %s", d.short(e.From), units.FormatEther(&e.Shares), d.short(e.To))
		default:
			de.Text = fmt.Sprintf("%s sent %s stETH (%s shares) to %s", d.short(e.From), units.FormatEther(&e.Amount), e.Shares.Dec(), d.short(e.To))
		}
	case protocol.EvTransferShares:
		de.Text = fmt.Sprintf("%s shares moved", e.Shares.Dec())
	case protocol.EvApproval:
		de.Text = fmt.Sprintf("%s lets %s spend %s stETH", d.short(e.From), d.short(e.To), units.FormatEther(&e.Amount))
	case protocol.EvWrap:
		de.Text = fmt.Sprintf("%s wrapped %s stETH into %s wstETH", d.short(e.From), units.FormatEther(&e.Amount), units.FormatEther(&e.Shares))
	case protocol.EvUnwrap:
		de.Text = fmt.Sprintf("%s unwrapped %s wstETH into %s stETH", d.short(e.From), units.FormatEther(&e.Shares), units.FormatEther(&e.Amount))
	case protocol.EvOperatorAdded:
		de.Text = fmt.Sprintf("operator %d added, rewards to %s", e.Operator, d.short(e.To))
	case protocol.EvOperatorLimitSet:
		de.Text = fmt.Sprintf("operator %d may run up to %d validators", e.Operator, e.Index)
	case protocol.EvSigningKeysAdded:
		de.Text = fmt.Sprintf("operator %d uploaded %d keys (BLS deposit signatures verified)", e.Operator, e.Count)
	case protocol.EvDeposited:
		de.Text = fmt.Sprintf("deposit #%d: 32 ETH to operator %d's key %d", e.Index, e.Operator, e.Count)
	case protocol.EvBufferUnbuffered:
		de.Text = fmt.Sprintf("%s left the buffer in %d deposits", units.FormatEtherUnit(&e.Amount), e.Count)
	case protocol.EvProposalCreated:
		de.Text = fmt.Sprintf("proposal %d created by %s", e.Index, d.short(e.From))
	case protocol.EvProposalApproved:
		de.Text = fmt.Sprintf("proposal %d approved by %s (%d approvals)", e.Index, d.short(e.From), e.Count)
	case protocol.EvProposalQueued:
		de.Text = fmt.Sprintf("proposal %d reached quorum; executable from block %d", e.Index, e.Count)
	case protocol.EvProposalExecuted:
		de.Text = fmt.Sprintf("proposal %d executed", e.Index)
	default:
		de.Text = e.Kind.String()
	}
	if e.Kind == protocol.EvOperatorAdded || e.Kind == protocol.EvDeposited || e.Kind == protocol.EvSigningKeysAdded || e.Kind == protocol.EvOperatorLimitSet {
		op := int(e.Operator)
		de.Operator = &op
	}
	return de
}

// next begins the next block, one slot later.
func (d *Demo) next() error {
	return d.s.BeginBlock(d.s.Block()+1, d.s.Timestamp()+d.s.Chain().SecondsPerSlot)
}

// govern passes an action through proposal, approval, timelock, execution.
func (d *Demo) govern(title string, a protocol.Action) error {
	if !d.apply(title+": proposal", d.members[0], protocol.Command{Kind: protocol.CmdPropose, Action: a}) {
		return fmt.Errorf("demo: proposal %q refused: %s", title, d.steps[len(d.steps)-1].Message)
	}
	id := protocol.ProposalID(d.s.ProposalCount())
	d.apply(title+": second approval", d.members[1], protocol.Command{Kind: protocol.CmdApproveProposal, Proposal: id})
	ready := d.s.Timestamp() + d.s.Params().TimelockSeconds
	for d.s.Timestamp() < ready {
		if err := d.next(); err != nil {
			return err
		}
	}
	if !d.apply(title+": execution after the timelock", d.members[2], protocol.Command{Kind: protocol.CmdExecuteProposal, Proposal: id}) {
		return fmt.Errorf("demo: execution of %q refused: %s", title, d.steps[len(d.steps)-1].Message)
	}
	return nil
}

// operatorKeys derives n validator keys for an operator from the demo
// mnemonic (EIP-2334 paths m/12381/3600/i/0/0, operator k using indexes
// 100k..100k+n-1) and signs their deposits for the pool's credentials.
func (d *Demo) operatorKeys(k, n int) ([]protocol.SigningKey, error) {
	out := make([]protocol.SigningKey, n)
	for i := range out {
		sk, err := keys.DeriveKey(d.seed, keys.SigningKeyPath(uint32(100*k+i)))
		if err != nil {
			return nil, err
		}
		dd := keys.SignDeposit(sk, d.s.WithdrawalCredentials(), uint64(protocol.DepositSize), d.net.GenesisForkVersion)
		out[i] = protocol.SigningKey{Pubkey: protocol.Pubkey(dd.Pubkey), Signature: protocol.Signature(dd.Signature)}
	}
	return out, nil
}

// Run plays the script; a refused step is recorded, not an error.
func (d *Demo) Run() error {
	caps := []uint64{4, 2, 8}
	for k, op := range d.ops {
		if err := d.govern("add "+d.short(op), protocol.Action{Kind: protocol.ActAddOperator, Name: d.short(op), Address: op}); err != nil {
			return err
		}
		if err := d.govern(fmt.Sprintf("cap %s at %d validators", d.short(op), caps[k]), protocol.Action{Kind: protocol.ActSetOperatorLimit, Operator: protocol.OperatorID(k), Limit: caps[k]}); err != nil {
			return err
		}
	}
	for k, op := range d.ops {
		ks, err := d.operatorKeys(k, 5)
		if err != nil {
			return err
		}
		if k == 0 {
			// Deposit signatures are the guardians' to check (off the
			// chain, as Lido's); the registry refuses malformed keys.
			d.apply(d.short(op)+" uploads an empty key", op,
				protocol.Command{Kind: protocol.CmdAddSigningKeys, Operator: 0, Keys: []protocol.SigningKey{{Signature: ks[0].Signature}}})
		}
		d.apply(d.short(op)+" uploads 5 keys", op, protocol.Command{Kind: protocol.CmdAddSigningKeys, Operator: protocol.OperatorID(k), Keys: ks})
		if k == 1 {
			d.apply(d.short(op)+" re-uploads a key another operator owns", op,
				protocol.Command{Kind: protocol.CmdAddSigningKeys, Operator: 1, Keys: []protocol.SigningKey{d.s.Operators()[0].Keys[0]}})
		}
	}
	if err := d.next(); err != nil {
		return err
	}
	for i, amount := range []string{"100", "250.75", "32eth", "0.5", "1500000000gwei"} {
		v, err := units.ParseAmount(amount)
		if err != nil {
			return err
		}
		st := d.stakers[i%len(d.stakers)]
		d.apply(fmt.Sprintf("%s stakes %s", d.short(st), units.FormatEtherUnit(v)), st, protocol.Command{Kind: protocol.CmdSubmit, Amount: *v})
	}
	d.apply("dave stakes 1 wei (below the dust floor)", d.stakers[3], protocol.Command{Kind: protocol.CmdSubmit, Amount: *uint256.NewInt(1)})
	d.apply("the sequencer deposits the buffer above the reserve", protocol.SystemSender, protocol.Command{Kind: protocol.CmdDeposit, Count: 100})
	if err := d.next(); err != nil {
		return err
	}
	d.apply("alice sends 10 stETH to carol", d.stakers[0], protocol.Command{Kind: protocol.CmdTransfer, To: d.stakers[2], Amount: *units.Ether(10)})
	d.apply("bob wraps 50 stETH", d.stakers[1], protocol.Command{Kind: protocol.CmdWrap, Amount: *units.Ether(50)})
	d.apply("bob sends 20 wstETH to dave", d.stakers[1], protocol.Command{Kind: protocol.CmdTransferWstETH, To: d.stakers[3], Amount: *units.Ether(20)})
	d.apply("dave unwraps 20 wstETH", d.stakers[3], protocol.Command{Kind: protocol.CmdUnwrap, Amount: *units.Ether(20)})
	d.apply("carol tries to send 1,000 stETH she does not have", d.stakers[2], protocol.Command{Kind: protocol.CmdTransfer, To: d.stakers[0], Amount: *units.Ether(1000)})
	return nil
}

// Summary is the record and the pool at the end (`stakepool demo --json`).
type Summary struct {
	Steps []Step `json:"steps"`
	Pool  struct {
		Block               uint64 `json:"block"`
		TotalPooledEther    string `json:"total_pooled_ether_wei"`
		TotalShares         string `json:"total_shares"`
		BufferedEther       string `json:"buffered_ether_wei"`
		Reserve             string `json:"reserve_wei"`
		Validators          uint64 `json:"validators"`
		StateRoot           string `json:"state_root"`
		WithdrawalCreds     string `json:"withdrawal_credentials"`
		StakeLimitRemaining string `json:"stake_limit_remaining_wei"`
	} `json:"pool"`
	Operators []Operator `json:"operators"`
	Accounts  []Account  `json:"accounts"`
}

// Operator is an operator at the end of the script.
type Operator struct {
	ID        int    `json:"id"`
	Name      string `json:"name"`
	Limit     uint64 `json:"limit"`
	Keys      int    `json:"keys"`
	Deposited uint64 `json:"deposited"`
}

// Account is a staker at the end of the script.
type Account struct {
	Name    string `json:"name"`
	Address string `json:"address"`
	ETH     string `json:"eth_balance_wei"`
	StETH   string `json:"steth_balance_wei"`
	Shares  string `json:"shares"`
	WstETH  string `json:"wsteth_balance_wei"`
}

// Summary sums the script up.
func (d *Demo) Summary() Summary {
	var r Summary
	r.Steps = d.steps
	r.Pool.Block = d.s.Block()
	r.Pool.TotalPooledEther = d.s.TotalPooledEther().Dec()
	r.Pool.TotalShares = d.s.TotalShares().Dec()
	r.Pool.BufferedEther = d.s.BufferedEther().Dec()
	r.Pool.Reserve = d.s.ReserveTarget().Dec()
	r.Pool.Validators = d.s.DepositedValidators()
	r.Pool.StateRoot = d.s.Root().Hex()
	wc := d.s.WithdrawalCredentials()
	r.Pool.WithdrawalCreds = fmt.Sprintf("0x%x", wc[:])
	r.Pool.StakeLimitRemaining = d.s.CurrentStakeLimit().Dec()
	for _, o := range d.s.Operators() {
		r.Operators = append(r.Operators, Operator{ID: int(o.ID), Name: o.Name, Limit: o.Limit, Keys: len(o.Keys), Deposited: o.Deposited})
	}
	for _, a := range d.stakers {
		v := d.s.Account(a)
		r.Accounts = append(r.Accounts, Account{Name: d.short(a), Address: a.Hex(), ETH: v.ETH.Dec(), StETH: v.StETH.Dec(), Shares: v.Shares.Dec(), WstETH: v.WstETH.Dec()})
	}
	return r
}

// WriteText prints the record and the pool for a reader.
func (d *Demo) WriteText(w io.Writer) {
	fmt.Fprintln(w, "stakepool demo: a scripted life of the pool on the protocol state machine alone")
	fmt.Fprintln(w, "(no beacon chain yet: deposits are recorded for the beacon layer to consume)")
	fmt.Fprintln(w)
	for _, st := range d.steps {
		mark := "ok "
		if !st.OK {
			mark = "REJECTED"
		}
		fmt.Fprintf(w, "block %3d  %-8s %s\n", st.Block, mark, st.Title)
		if !st.OK {
			fmt.Fprintf(w, "                    %s: %s\n", st.Code, st.Message)
		}
		for _, e := range st.Events {
			if e.Event == "TransferShares" {
				continue
			}
			fmt.Fprintf(w, "                    · %s\n", e.Text)
		}
	}
	r := d.Summary()
	eth := func(dec string) string {
		v, _ := uint256.FromDecimal(dec)
		return units.FormatEtherUnit(v)
	}
	num := func(dec string) string {
		v, _ := uint256.FromDecimal(dec)
		return units.FormatEther(v)
	}
	fmt.Fprintln(w)
	fmt.Fprintf(w, "pool at block %d\n", r.Pool.Block)
	fmt.Fprintf(w, "  total pooled ether   %s\n", eth(r.Pool.TotalPooledEther))
	fmt.Fprintf(w, "  buffered (liquid)    %s (reserve target %s)\n", eth(r.Pool.BufferedEther), eth(r.Pool.Reserve))
	fmt.Fprintf(w, "  validators deposited %d\n", r.Pool.Validators)
	fmt.Fprintf(w, "  withdrawal creds     %s\n", r.Pool.WithdrawalCreds)
	fmt.Fprintf(w, "  state root           %s\n", r.Pool.StateRoot)
	fmt.Fprintln(w, "operators")
	for _, o := range r.Operators {
		fmt.Fprintf(w, "  %d %-15s cap %2d  keys %2d  deposited %2d\n", o.ID, o.Name, o.Limit, o.Keys, o.Deposited)
	}
	fmt.Fprintln(w, "stakers")
	for _, a := range r.Accounts {
		fmt.Fprintf(w, "  %-6s %s  ETH %-10s stETH %-10s wstETH %s\n", a.Name, a.Address, num(a.ETH), num(a.StETH), num(a.WstETH))
	}
}
