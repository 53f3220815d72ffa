package protocol_test

import (
	"math/rand/v2"
	"testing"

	"github.com/holiman/uint256"

	"github.com/stakepool/stakepool/protocol"
	pt "github.com/stakepool/stakepool/protocol/protocoltest"
)

// TestRootOrderCache: accounts created in random order between encodings
// (so the cached address order is merged many times) give exactly the
// encoding a freshly decoded state (which sorts from scratch) gives, and
// the same root.
func TestRootOrderCache(t *testing.T) {
	s, err := protocol.NewState(pt.Genesis(50))
	if err != nil {
		t.Fatal(err)
	}
	r := rand.New(rand.NewPCG(1, 2))
	nonce := map[uint64]uint64{}
	for round := 0; round < 40; round++ {
		if err := s.BeginBlock(uint64(round+1), s.Chain().SlotTime(uint64(round+1))); err != nil {
			t.Fatal(err)
		}
		for i := 0; i < 1+r.IntN(20); i++ {
			from := uint64(1 + r.IntN(50))
			to := protocol.Address{}
			for j := range to {
				to[j] = byte(r.Uint32())
			}
			tx := &protocol.Tx{Sender: pt.Addr(from), Nonce: nonce[from], Cmd: protocol.Command{Kind: protocol.CmdSendETH, To: to, Amount: *uint256.NewInt(1 + r.Uint64N(1e9))}}
			if _, err := s.ApplyTx(tx); err != nil {
				t.Fatalf("round %d: %v", round, err)
			}
			nonce[from]++
		}
		if round%3 == 0 {
			continue // several rounds of new accounts between encodings
		}
		b, err := s.MarshalBinary()
		if err != nil {
			t.Fatal(err)
		}
		fresh, err := protocol.UnmarshalState(b)
		if err != nil {
			t.Fatalf("round %d: the cached order gives a non-canonical encoding: %v", round, err)
		}
		if fresh.Root() != s.Root() {
			t.Fatalf("round %d: roots differ", round)
		}
	}
}
