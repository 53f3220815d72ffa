package protocol_test

import (
	"bytes"
	"encoding/hex"
	"math/rand/v2"
	"os"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/crypto"
	"github.com/holiman/uint256"

	"github.com/stakepool/stakepool/protocol"
	pt "github.com/stakepool/stakepool/protocol/protocoltest"
)

// TestRootGolden: a seeded sequence of 30,000 commands of every ledger
// kind (stakes, transfers, share transfers, approvals and spending on
// them, wraps, withdrawal requests, ETH sends to fresh addresses, deposits,
// reports paying the vault's rewards) over 2,000 funded accounts and as
// many fresh ones, with encodings between blocks, gives the state root and
// the digest of every outcome (rejection code, events) recorded in
// testdata/root-golden.txt. The root is the canonical encoding's hash, so
// this pins the encoding and every rule along the way: a change of how
// accounts are stored must leave it as it is. STAKEPOOL_UPDATE_GOLDEN=1
// rewrites the file (only for a deliberate change of a rule or of the
// encoding, said so in the commit).
func TestRootGolden(t *testing.T) {
	const funded, steps = 2000, 30_000
	h := newHarness(t, funded)
	h.addOperator("A", pt.Addr(501), 64, 64)
	r := rand.New(rand.NewPCG(19, 2026))
	acct := func() protocol.Address {
		if r.IntN(4) == 0 {
			return pt.Addr(100_000 + uint64(r.IntN(funded))) // fresh, never funded
		}
		return pt.Addr(1 + uint64(r.IntN(funded)))
	}
	amount := func() uint256.Int {
		switch r.IntN(3) {
		case 0:
			return wei(r.Uint64N(1000))
		case 1:
			return *new(uint256.Int).Mul(uint256.NewInt(r.Uint64N(1e9)), uint256.NewInt(1e9))
		}
		return *new(uint256.Int).Mul(uint256.NewInt(r.Uint64N(2e4)), uint256.NewInt(1e15))
	}
	outcomes := crypto.NewKeccakState()
	for i := 0; i < steps; i++ {
		if r.IntN(50) == 0 {
			h.next()
		}
		if r.IntN(997) == 0 {
			h.collectRewards()
		}
		if i%5000 == 4999 {
			h.s.Root() // the encoding's order cache merged between runs of new accounts
		}
		from := acct()
		var c protocol.Command
		switch r.IntN(16) {
		case 0, 1, 2:
			c = protocol.Command{Kind: protocol.CmdSubmit, Amount: amount()}
		case 3, 4, 5:
			c = protocol.Command{Kind: protocol.CmdTransfer, To: acct(), Amount: amount()}
		case 6:
			c = protocol.Command{Kind: protocol.CmdTransferShares, To: acct(), Amount: amount()}
		case 7:
			c = protocol.Command{Kind: protocol.CmdApprove, To: acct(), Amount: amount()}
		case 8:
			c = protocol.Command{Kind: protocol.CmdTransferFrom, Owner: acct(), To: acct(), Amount: amount()}
		case 9:
			c = protocol.Command{Kind: protocol.CmdTransferSharesFrom, Owner: acct(), To: acct(), Amount: amount()}
		case 10:
			c = protocol.Command{Kind: protocol.CmdWrap, Amount: amount()}
		case 11:
			c = protocol.Command{Kind: protocol.CmdUnwrap, Amount: amount()}
		case 12:
			c = protocol.Command{Kind: protocol.CmdTransferWstETH, To: acct(), Amount: amount()}
		case 13:
			c = protocol.Command{Kind: protocol.CmdRequestWithdrawals, To: acct(), Amounts: []uint256.Int{amount()}}
		case 14:
			to := protocol.Address{}
			for j := range to {
				to[j] = byte(r.Uint32())
			}
			c = protocol.Command{Kind: protocol.CmdSendETH, To: to, Amount: amount()}
		default:
			if r.IntN(2) == 0 {
				from, c = protocol.SystemSender, protocol.Command{Kind: protocol.CmdDeposit, Count: r.Uint64N(3)}
			} else {
				c = protocol.Command{Kind: protocol.CmdIncreaseAllowance, To: acct(), Amount: amount()}
			}
		}
		evs, err := h.try(from, c)
		outcomes.Write([]byte{byte(c.Kind), byte(len(evs))})
		outcomes.Write([]byte(protocol.CodeOf(err)))
		for _, e := range evs {
			outcomes.Write([]byte{byte(e.Kind)})
			outcomes.Write(e.From[:])
			outcomes.Write(e.To[:])
			b := e.Amount.Bytes32()
			outcomes.Write(b[:])
			b = e.Shares.Bytes32()
			outcomes.Write(b[:])
		}
	}
	var digest [32]byte
	outcomes.Read(digest[:])
	got := "root " + h.s.Root().Hex() + "\noutcomes 0x" + hex.EncodeToString(digest[:]) + "\naccounts " + strconv.Itoa(len(h.s.Addresses())) + "\n"
	const file = "testdata/root-golden.txt"
	if os.Getenv("STAKEPOOL_UPDATE_GOLDEN") == "1" {
		if err := os.WriteFile(file, []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	if strings.TrimSpace(got) != strings.TrimSpace(string(want)) {
		t.Fatalf("state after the golden sequence:\n%s\nwant (%s):\n%s", got, file, want)
	}
}

// TestAccountOrderAfterGrowth: the encoding's order cache (snapshot.go)
// gives the full sort's order whether the accounts created since the last
// encoding are merged in (a few) or the list of them was given up (more
// than it had sorted): after each, the root equals the root of the state
// decoded from the encoding (whose order is sorted from scratch) and the
// addresses come out ascending and complete (counted apart). Mutation-
// checked: an order cache that misses the dropped ones fails it.
func TestAccountOrderAfterGrowth(t *testing.T) {
	h := newHarness(t, 20)
	fresh := uint64(200_000)
	send := func(n int) {
		for i := 0; i < n; i++ {
			fresh += 7919 // addresses out of creation order
			if _, err := h.try(pt.Addr(1+uint64(i%20)), protocol.Command{Kind: protocol.CmdSendETH, To: pt.Addr(fresh % 1_000_003), Amount: wei(1)}); err != nil {
				t.Fatal(err)
			}
		}
	}
	count := len(h.s.Addresses())
	for _, n := range []int{0, 50, 3000, 100, 9000} { // merged, dropped, merged, dropped
		send(n)
		count += n // every address sent to is new
		root := h.s.Root()
		b, err := h.s.MarshalBinary()
		if err != nil {
			t.Fatal(err)
		}
		s2, err := protocol.UnmarshalState(b)
		if err != nil {
			t.Fatal(err)
		}
		if s2.Root() != root {
			t.Fatalf("after %d new accounts: root %s, decoded %s", n, root, s2.Root())
		}
		as := h.s.Addresses()
		if len(as) != count || len(s2.Addresses()) != count || !slices.IsSortedFunc(as, func(x, y protocol.Address) int { return bytes.Compare(x[:], y[:]) }) {
			t.Fatalf("after %d new accounts: %d addresses (want %d), sorted %v", n, len(as), count, slices.IsSortedFunc(as, func(x, y protocol.Address) int { return bytes.Compare(x[:], y[:]) }))
		}
	}
}
