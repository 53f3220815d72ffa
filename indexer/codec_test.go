package indexer

import (
	"bytes"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/holiman/uint256"
)

// FuzzRecords: any bytes given to a record decoder are refused or decode
// to a record that encodes and decodes back to itself (a corrupt store is
// an error, never a panic or a silently different record).
func FuzzRecords(f *testing.F) {
	r := Request{ID: 7, Requestor: common.HexToAddress("0x01"), Owner: common.HexToAddress("0x02"), StETH: *uint256.NewInt(1e18), Block: 9, Finalized: true}
	o := Operator{ID: 1, Name: "op", Keys: 4, Deposited: 2}
	p := Proposal{ID: 2, Data: []byte{1, 2}, Approvals: []common.Address{{3}}}
	rep := Report{RefSlot: 5, Fees: []FeeMint{{To: common.Address{4}, Operator: -1}}}
	for _, seed := range [][]byte{r.encode(), o.encode(), p.encode(), rep.encode(), (&TxMoves{Moves: []Movement{{Reason: ReasonStake}}}).encode(), {}, {0xff}} {
		for k := byte(0); k < 8; k++ {
			f.Add(k, seed)
		}
	}
	f.Fuzz(func(t *testing.T, kind byte, b []byte) {
		check := func(enc func() []byte, again func([]byte) ([]byte, error)) {
			e1 := enc()
			e2, err := again(e1)
			if err != nil || !bytes.Equal(e1, e2) {
				t.Fatalf("kind %d: a decoded record does not round-trip: %v", kind, err)
			}
		}
		switch kind % 8 {
		case 0:
			if v, err := decodeRequest(b); err == nil {
				check(v.encode, func(x []byte) ([]byte, error) { w, err := decodeRequest(x); return w.encode(), err })
			}
		case 1:
			if v, err := decodeOperator(b); err == nil {
				check(v.encode, func(x []byte) ([]byte, error) { w, err := decodeOperator(x); return w.encode(), err })
			}
		case 2:
			if v, err := decodeProposal(b); err == nil {
				check(v.encode, func(x []byte) ([]byte, error) { w, err := decodeProposal(x); return w.encode(), err })
			}
		case 3:
			if v, err := decodeReport(b); err == nil {
				check(v.encode, func(x []byte) ([]byte, error) { w, err := decodeReport(x); return w.encode(), err })
			}
		case 4:
			if v, err := decodeTxMoves(b); err == nil {
				check(v.encode, func(x []byte) ([]byte, error) { w, err := decodeTxMoves(x); return w.encode(), err })
			}
		case 5:
			if v, err := decodePoint(b); err == nil {
				check(v.encode, func(x []byte) ([]byte, error) { w, err := decodePoint(x); return w.encode(), err })
			}
		case 6:
			if v, err := decodeVote(b); err == nil {
				check(v.encode, func(x []byte) ([]byte, error) { w, err := decodeVote(x); return w.encode(), err })
			}
		case 7:
			decodeCursor(b)
			decodeFigures(b)
			decodeAccount(b)
			decodeFinalization(b)
			decodeGovState(b)
			decodeBlock(b)
			decodeLog(pos{}, b)
		}
	})
}
