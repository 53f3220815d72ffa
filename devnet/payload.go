package devnet

import (
	"math/big"

	"github.com/attestantio/go-eth2-client/spec/bellatrix"
	"github.com/attestantio/go-eth2-client/spec/capella"
	"github.com/attestantio/go-eth2-client/spec/deneb"
	"github.com/attestantio/go-eth2-client/spec/phase0"
	"github.com/ethereum/go-ethereum/beacon/engine"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/holiman/uint256"

	"github.com/stakepool/stakepool/beacon/sim"
)

// The execution payload in its two encodings: the Engine API's
// (go-ethereum's ExecutableData) and the beacon block's (go-eth2-client's
// deneb.ExecutionPayload, which Electra keeps).

// beaconPayload converts an Engine API payload for a beacon block.
func beaconPayload(ep *engine.ExecutableData) *deneb.ExecutionPayload {
	p := &deneb.ExecutionPayload{
		ParentHash:    phase0.Hash32(ep.ParentHash),
		FeeRecipient:  bellatrix.ExecutionAddress(ep.FeeRecipient),
		StateRoot:     phase0.Root(ep.StateRoot),
		ReceiptsRoot:  phase0.Root(ep.ReceiptsRoot),
		PrevRandao:    ep.Random,
		BlockNumber:   ep.Number,
		GasLimit:      ep.GasLimit,
		GasUsed:       ep.GasUsed,
		Timestamp:     ep.Timestamp,
		ExtraData:     append([]byte{}, ep.ExtraData...),
		BaseFeePerGas: uint256.MustFromBig(ep.BaseFeePerGas),
		BlockHash:     phase0.Hash32(ep.BlockHash),
		Transactions:  make([]bellatrix.Transaction, len(ep.Transactions)),
		Withdrawals:   make([]*capella.Withdrawal, len(ep.Withdrawals)),
	}
	copy(p.LogsBloom[:], ep.LogsBloom)
	for i, tx := range ep.Transactions {
		p.Transactions[i] = bellatrix.Transaction(tx)
	}
	for i, w := range ep.Withdrawals {
		p.Withdrawals[i] = &capella.Withdrawal{Index: capella.WithdrawalIndex(w.Index), ValidatorIndex: phase0.ValidatorIndex(w.Validator),
			Address: bellatrix.ExecutionAddress(w.Address), Amount: phase0.Gwei(w.Amount)}
	}
	if ep.BlobGasUsed != nil {
		p.BlobGasUsed = *ep.BlobGasUsed
	}
	if ep.ExcessBlobGas != nil {
		p.ExcessBlobGas = *ep.ExcessBlobGas
	}
	return p
}

// enginePayload converts a beacon block's payload back for newPayload.
func enginePayload(p *deneb.ExecutionPayload) *engine.ExecutableData {
	blobGas, excess := p.BlobGasUsed, p.ExcessBlobGas
	ep := &engine.ExecutableData{
		ParentHash:    common.Hash(p.ParentHash),
		FeeRecipient:  common.Address(p.FeeRecipient),
		StateRoot:     common.Hash(p.StateRoot),
		ReceiptsRoot:  common.Hash(p.ReceiptsRoot),
		LogsBloom:     append([]byte{}, p.LogsBloom[:]...),
		Random:        common.Hash(p.PrevRandao),
		Number:        p.BlockNumber,
		GasLimit:      p.GasLimit,
		GasUsed:       p.GasUsed,
		Timestamp:     p.Timestamp,
		ExtraData:     append([]byte{}, p.ExtraData...),
		BaseFeePerGas: p.BaseFeePerGas.ToBig(),
		BlockHash:     common.Hash(p.BlockHash),
		Transactions:  make([][]byte, len(p.Transactions)),
		Withdrawals:   make([]*types.Withdrawal, len(p.Withdrawals)),
		BlobGasUsed:   &blobGas,
		ExcessBlobGas: &excess,
	}
	for i, tx := range p.Transactions {
		ep.Transactions[i] = tx
	}
	for i, w := range p.Withdrawals {
		ep.Withdrawals[i] = &types.Withdrawal{Index: uint64(w.Index), Validator: uint64(w.ValidatorIndex), Address: common.Address(w.Address), Amount: uint64(w.Amount)}
	}
	return ep
}

// engineWithdrawals converts the simulator's expected withdrawals for the
// payload attributes.
func engineWithdrawals(ws []sim.Withdrawal) []*types.Withdrawal {
	out := make([]*types.Withdrawal, len(ws))
	for i, w := range ws {
		out[i] = &types.Withdrawal{Index: w.Index, Validator: w.ValidatorIndex, Address: common.Address(w.Address), Amount: w.Amount}
	}
	return out
}

// sameWithdrawals says whether a payload carries exactly the withdrawals asked for.
func sameWithdrawals(got, want []*types.Withdrawal) bool {
	if len(got) != len(want) {
		return false
	}
	for i := range got {
		if *got[i] != *want[i] {
			return false
		}
	}
	return true
}

// gweiOf is wei in gwei, rounded down.
func gweiOf(wei *big.Int) uint64 {
	return new(big.Int).Quo(wei, big.NewInt(1e9)).Uint64()
}
