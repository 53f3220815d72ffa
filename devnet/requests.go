package devnet

import (
	"encoding/binary"
	"fmt"

	"github.com/attestantio/go-eth2-client/spec/electra"
	"github.com/attestantio/go-eth2-client/spec/phase0"

	"github.com/stakepool/stakepool/beacon/sim"
)

// Execution requests (EIP-7685) as the Engine API carries them: a list of
// request_type ‖ request_data, one entry per non-empty type in type order,
// request_data the concatenation of fixed-size requests (little-endian
// integers): EIP-6110 deposits (type 0x00), EIP-7002 withdrawals (0x01),
// EIP-7251 consolidations (0x02).

const (
	depositRequestType       = 0x00
	withdrawalRequestType    = 0x01
	consolidationRequestType = 0x02

	depositRequestSize       = 48 + 32 + 8 + 96 + 8
	withdrawalRequestSize    = 20 + 48 + 8
	consolidationRequestSize = 20 + 48 + 48
)

// DecodeRequests reads the Engine API's execution requests.
func DecodeRequests(reqs [][]byte) (*electra.ExecutionRequests, error) {
	out := &electra.ExecutionRequests{Deposits: []*electra.DepositRequest{}, Withdrawals: []*electra.WithdrawalRequest{},
		Consolidations: []*electra.ConsolidationRequest{}}
	last := -1
	for _, r := range reqs {
		if len(r) < 2 {
			return nil, fmt.Errorf("devnet: execution request of %d bytes", len(r))
		}
		typ, data := int(r[0]), r[1:]
		if typ <= last {
			return nil, fmt.Errorf("devnet: execution request types out of order (%d after %d)", typ, last)
		}
		last = typ
		switch typ {
		case depositRequestType:
			if len(data)%depositRequestSize != 0 {
				return nil, fmt.Errorf("devnet: deposit requests of %d bytes", len(data))
			}
			for ; len(data) > 0; data = data[depositRequestSize:] {
				d := &electra.DepositRequest{WithdrawalCredentials: append([]byte(nil), data[48:80]...)}
				copy(d.Pubkey[:], data[:48])
				d.Amount = phase0.Gwei(binary.LittleEndian.Uint64(data[80:88]))
				copy(d.Signature[:], data[88:184])
				d.Index = binary.LittleEndian.Uint64(data[184:192])
				out.Deposits = append(out.Deposits, d)
			}
		case withdrawalRequestType:
			if len(data)%withdrawalRequestSize != 0 {
				return nil, fmt.Errorf("devnet: withdrawal requests of %d bytes", len(data))
			}
			for ; len(data) > 0; data = data[withdrawalRequestSize:] {
				w := &electra.WithdrawalRequest{}
				copy(w.SourceAddress[:], data[:20])
				copy(w.ValidatorPubkey[:], data[20:68])
				w.Amount = phase0.Gwei(binary.LittleEndian.Uint64(data[68:76]))
				out.Withdrawals = append(out.Withdrawals, w)
			}
		case consolidationRequestType:
			if len(data)%consolidationRequestSize != 0 {
				return nil, fmt.Errorf("devnet: consolidation requests of %d bytes", len(data))
			}
			for ; len(data) > 0; data = data[consolidationRequestSize:] {
				c := &electra.ConsolidationRequest{}
				copy(c.SourceAddress[:], data[:20])
				copy(c.SourcePubkey[:], data[20:68])
				copy(c.TargetPubkey[:], data[68:116])
				out.Consolidations = append(out.Consolidations, c)
			}
		default:
			return nil, fmt.Errorf("devnet: unknown execution request type %d", typ)
		}
	}
	return out, nil
}

// EncodeRequests is the inverse of DecodeRequests.
func EncodeRequests(r *electra.ExecutionRequests) [][]byte {
	out := [][]byte{}
	if len(r.Deposits) > 0 {
		b := []byte{depositRequestType}
		for _, d := range r.Deposits {
			b = append(b, d.Pubkey[:]...)
			b = append(b, d.WithdrawalCredentials...)
			b = binary.LittleEndian.AppendUint64(b, uint64(d.Amount))
			b = append(b, d.Signature[:]...)
			b = binary.LittleEndian.AppendUint64(b, d.Index)
		}
		out = append(out, b)
	}
	if len(r.Withdrawals) > 0 {
		b := []byte{withdrawalRequestType}
		for _, w := range r.Withdrawals {
			b = append(b, w.SourceAddress[:]...)
			b = append(b, w.ValidatorPubkey[:]...)
			b = binary.LittleEndian.AppendUint64(b, uint64(w.Amount))
		}
		out = append(out, b)
	}
	if len(r.Consolidations) > 0 {
		b := []byte{consolidationRequestType}
		for _, c := range r.Consolidations {
			b = append(b, c.SourceAddress[:]...)
			b = append(b, c.SourcePubkey[:]...)
			b = append(b, c.TargetPubkey[:]...)
		}
		out = append(out, b)
	}
	return out
}

// simRequests converts execution requests to the simulator's types.
func simRequests(r *electra.ExecutionRequests) (deps []sim.Deposit, wds []sim.WithdrawalRequest, cons []sim.ConsolidationRequest) {
	for _, d := range r.Deposits {
		deps = append(deps, sim.Deposit{Pubkey: d.Pubkey, WithdrawalCredentials: [32]byte(d.WithdrawalCredentials),
			Amount: uint64(d.Amount), Signature: d.Signature})
	}
	for _, w := range r.Withdrawals {
		wds = append(wds, sim.WithdrawalRequest{SourceAddress: w.SourceAddress, ValidatorPubkey: w.ValidatorPubkey, Amount: uint64(w.Amount)})
	}
	for _, c := range r.Consolidations {
		cons = append(cons, sim.ConsolidationRequest{SourceAddress: c.SourceAddress, SourcePubkey: c.SourcePubkey, TargetPubkey: c.TargetPubkey})
	}
	return
}
