package bench

import (
	"context"
	"io"

	"github.com/holiman/uint256"
	"github.com/spf13/pflag"

	"github.com/stakepool/stakepool/protocol"
)

func init() {
	Register(Bench{
		Name:  "ledger",
		Short: "Benchmark the stETH ledger: submit and transfer on one core",
		Long: "Runs the protocol's submit and transfer through protocol.ApplyTx (nonce check,\n" +
			"share conversion, events) over 1,024 accounts on one core and prints ops/s and\n" +
			"allocations per op. Figures: ledger/submit, ledger/transfer (ops/s), their ns/op\n" +
			"and allocs/op.",
		Flags: func(*pflag.FlagSet) Run { return runLedger },
	})
}

func runLedger(context.Context, io.Writer) ([]Figure, error) {
	var figs []Figure
	for _, b := range []struct {
		name string
		op   func(l *Ledger, i int) error
	}{{"ledger/submit", (*Ledger).Submit}, {"ledger/transfer", (*Ledger).Transfer}} {
		r, err := timeOps(NewLedger, b.op)
		if err != nil {
			return nil, err
		}
		figs = append(figs,
			Figure{Name: b.name, Unit: "ops/s", Value: round(1e9 / r.NsPerOp)},
			Figure{Name: b.name + "/ns", Unit: "ns/op", Value: round(r.NsPerOp), LowerIsBetter: true},
			Figure{Name: b.name + "/allocs", Unit: "allocs/op", Value: float64(int64(r.AllocsPerOp)), LowerIsBetter: true})
	}
	return figs, nil
}

// LedgerAccounts is the number of accounts a Ledger rotates over.
const LedgerAccounts = 1024

// Ledger is a pool whose LedgerAccounts holders have each staked 1 ETH,
// with no staking limit: the workload of `bench ledger` and of the
// ledger's `go test -bench`.
type Ledger struct {
	st     *protocol.State
	nonces []uint64
	addrs  []protocol.Address
	tx     protocol.Tx
}

// NewLedger builds the pool.
func NewLedger() (*Ledger, error) {
	g := genesis(LedgerAccounts, 1_000_000)
	s, err := protocol.NewState(g)
	if err != nil {
		return nil, err
	}
	if err := s.BeginBlock(1, g.Chain.SlotTime(1)); err != nil {
		return nil, err
	}
	l := &Ledger{st: s, nonces: make([]uint64, LedgerAccounts+1), addrs: make([]protocol.Address, LedgerAccounts+1)}
	for i := range l.addrs {
		l.addrs[i] = addr(kHolder, uint64(i))
	}
	for i := 1; i <= LedgerAccounts; i++ {
		if err := l.apply(i, protocol.Command{Kind: protocol.CmdSubmit, Amount: *uint256.NewInt(1e18)}); err != nil {
			return nil, err
		}
	}
	return l, nil
}

func (l *Ledger) apply(a int, cmd protocol.Command) error {
	l.tx = protocol.Tx{Sender: l.addrs[a], Nonce: l.nonces[a], Cmd: cmd}
	if _, err := l.st.ApplyTx(&l.tx); err != nil {
		return err
	}
	l.nonces[a]++
	return nil
}

// Submit is the i-th submit: 0.01 ETH from account 1+i%LedgerAccounts
// (shares minted at the current rate, stake-limit bookkeeping, buffer
// update, three events).
func (l *Ledger) Submit(i int) error {
	a := 1 + i%LedgerAccounts
	l.tx.Sender, l.tx.Nonce = l.addrs[a], l.nonces[a]
	l.tx.Cmd.Kind, l.tx.Cmd.To = protocol.CmdSubmit, protocol.Address{}
	l.tx.Cmd.Amount.SetUint64(1e16)
	if _, err := l.st.ApplyTx(&l.tx); err != nil {
		return err
	}
	l.nonces[a]++
	return nil
}

// Transfer is the i-th stETH transfer of 1 gwei between existing accounts
// (amount→shares conversion, two balance updates, two events).
func (l *Ledger) Transfer(i int) error {
	a, to := 1+i%LedgerAccounts, 1+(i+1)%LedgerAccounts
	l.tx.Sender, l.tx.Nonce = l.addrs[a], l.nonces[a]
	l.tx.Cmd.Kind, l.tx.Cmd.To = protocol.CmdTransfer, l.addrs[to]
	l.tx.Cmd.Amount.SetUint64(1e9)
	if _, err := l.st.ApplyTx(&l.tx); err != nil {
		return err
	}
	l.nonces[a]++
	return nil
}
