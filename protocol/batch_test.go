package protocol_test

import (
	"math/rand/v2"
	"testing"

	"github.com/holiman/uint256"

	"github.com/stakepool/stakepool/protocol"
	pt "github.com/stakepool/stakepool/protocol/protocoltest"
)

// TestApplyTxsEqualsApplyTx: the same 20,000 transactions (transfers,
// share transfers, transfers on allowances, approvals, stakes, wraps,
// ETH to fresh addresses, deposits; some rejected) applied one by one
// with ApplyTx and in blocks with ApplyTxs give the same outcome and
// events for each, and the same root.
func TestApplyTxsEqualsApplyTx(t *testing.T) {
	const funded = 500
	r := rand.New(rand.NewPCG(7, 8))
	one, err := protocol.NewState(pt.Genesis(funded))
	if err != nil {
		t.Fatal(err)
	}
	block, _ := protocol.NewState(pt.Genesis(funded))
	for _, s := range []*protocol.State{one, block} {
		if err := s.BeginBlock(1, s.Chain().SlotTime(1)); err != nil {
			t.Fatal(err)
		}
	}
	type outcome struct {
		code   protocol.Code
		events []protocol.Event
	}
	var want []outcome
	acct := func() protocol.Address {
		if r.IntN(5) == 0 {
			return pt.Addr(50_000 + uint64(r.IntN(2*funded)))
		}
		return pt.Addr(1 + uint64(r.IntN(funded)))
	}
	amount := func() uint256.Int {
		return *new(uint256.Int).Mul(uint256.NewInt(r.Uint64N(3e4)), uint256.NewInt(1e15))
	}
	var txs []protocol.Tx
	for i := 0; i < 20_000; i++ {
		from := pt.Addr(1 + uint64(r.IntN(funded)))
		var c protocol.Command
		switch r.IntN(9) {
		case 0, 1:
			c = protocol.Command{Kind: protocol.CmdSubmit, Amount: amount()}
		case 2, 3:
			c = protocol.Command{Kind: protocol.CmdTransfer, To: acct(), Amount: amount()}
		case 4:
			c = protocol.Command{Kind: protocol.CmdTransferShares, To: acct(), Amount: amount()}
		case 5:
			c = protocol.Command{Kind: protocol.CmdApprove, To: acct(), Amount: amount()}
		case 6:
			c = protocol.Command{Kind: protocol.CmdTransferFrom, Owner: acct(), To: acct(), Amount: amount()}
		case 7:
			c = protocol.Command{Kind: protocol.CmdWrap, Amount: amount()}
		default:
			if r.IntN(2) == 0 {
				from, c = protocol.SystemSender, protocol.Command{Kind: protocol.CmdDeposit, Count: 1}
			} else {
				c = protocol.Command{Kind: protocol.CmdSendETH, To: pt.Addr(1_000_000 + uint64(i)), Amount: amount()}
			}
		}
		tx := protocol.Tx{Sender: from, Cmd: c, Nonce: one.Account(from).Nonce}
		if r.IntN(100) == 0 {
			tx.Nonce++ // a wrong nonce now and then
		}
		txs = append(txs, tx)
		evs, err := one.ApplyTx(&txs[i])
		want = append(want, outcome{protocol.CodeOf(err), append([]protocol.Event(nil), evs...)})
	}
	rejected := 0
	for start := 0; start < len(txs); {
		n := min(1+r.IntN(700), len(txs)-start)
		block.ApplyTxs(txs[start:start+n], func(i int, evs []protocol.Event, err error) {
			w := want[start+i]
			if protocol.CodeOf(err) != w.code || len(evs) != len(w.events) {
				t.Fatalf("tx %d: %v with %d events, ApplyTx: %q with %d", start+i, err, len(evs), w.code, len(w.events))
			}
			for k := range evs {
				if evs[k] != w.events[k] {
					t.Fatalf("tx %d event %d: %+v, ApplyTx: %+v", start+i, k, evs[k], w.events[k])
				}
			}
			if err != nil {
				rejected++
			}
		})
		start += n
	}
	if one.Root() != block.Root() {
		t.Fatal("roots differ")
	}
	if rejected == 0 || rejected > len(txs)/2 {
		t.Fatalf("%d of %d rejected: the sequence does not test what it should", rejected, len(txs))
	}
}
