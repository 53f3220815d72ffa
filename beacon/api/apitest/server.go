// Package apitest serves a simulated chain (beacon/sim) over the standard
// Beacon API (beacon/apiserver) and the few execution-node JSON-RPC
// methods beacon/api uses, so that Beacon API clients — beacon/api, or any
// other tool — can read it without a real node. The chain's payloads are
// modelled, not built by an execution client: each block's payload is
// reconstructed from the simulator (its withdrawals, fee recipient and an
// execution reward); attestations, sync aggregates and signatures are
// empty. The Beacon API is apiserver's (see there for the endpoints and
// the states kept). JSON-RPC: eth_chainId, eth_getTransactionCount,
// eth_maxPriorityFeePerGas, eth_getBlockByNumber, eth_estimateGas,
// eth_sendRawTransaction (deposit-contract calls become sim deposits),
// eth_getBlockReceipts.
package apitest

import (
	"crypto/ecdsa"
	"crypto/sha256"
	"encoding/binary"
	"math/big"
	"net/http"
	"sync"

	eth2spec "github.com/attestantio/go-eth2-client/spec"
	"github.com/attestantio/go-eth2-client/spec/altair"
	"github.com/attestantio/go-eth2-client/spec/bellatrix"
	"github.com/attestantio/go-eth2-client/spec/capella"
	"github.com/attestantio/go-eth2-client/spec/deneb"
	"github.com/attestantio/go-eth2-client/spec/electra"
	"github.com/attestantio/go-eth2-client/spec/phase0"
	"github.com/holiman/uint256"

	"github.com/stakepool/stakepool/beacon"
	"github.com/stakepool/stakepool/beacon/apiserver"
	"github.com/stakepool/stakepool/beacon/sim"
	"github.com/stakepool/stakepool/beacon/spec"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
)

// BaseFeeWei is the base fee of every reconstructed execution block.
const BaseFeeWei = 7

// block is what one simulated slot's block did, as far as the API shows.
type block struct {
	slot         uint64
	proposer     uint64
	withdrawals  []sim.Withdrawal
	feeRecipient [20]byte // payload fee recipient (the builder's with BuilderPayments)
	rewardTo     [20]byte // who the execution reward went to
	rewardGwei   uint64
	txs          [][]byte // payload transactions (encoded)
	receipts     []*types.Receipt
	elHash       common.Hash
}

// Server serves one simulated chain. Create it with New, drive the chain
// with Advance (not with the chain's own Advance, or blocks are not
// recorded), mount BeaconHandler and ExecutionHandler.
type Server struct {
	chain *sim.Chain
	sp    *spec.Spec

	// ChainID is the execution chain id (default the spec's DEPOSIT_CHAIN_ID).
	ChainID uint64
	// BuilderPayments, when set before Advance, makes every execution
	// reward a MEV-Boost-style payment: the payload's fee recipient is a
	// builder, whose last transaction pays the proposer's address.
	BuilderPayments bool

	builderKey *ecdsa.PrivateKey

	mu       sync.Mutex
	blocks   map[uint64]*block
	byHash   map[common.Hash]*block
	head     *block
	nonces   map[common.Address]uint64
	deposits []beacon.Deposit
	elNumber uint64

	beacon *apiserver.Server
}

// New serves chain (which the server drives from now on).
func New(chain *sim.Chain) *Server {
	s := &Server{chain: chain, blocks: map[uint64]*block{}, byHash: map[common.Hash]*block{}, nonces: map[common.Address]uint64{}}
	var parent, root [32]byte
	chain.With(func(st *sim.State) {
		s.sp = st.Spec
		// the state's slot stands for the latest block before the server started
		s.head = &block{slot: st.Slot, proposer: uint64(st.Proposer()), elHash: elHash(st.Slot)}
		root = st.LatestBlockRoot()
		if st.Slot > 0 {
			parent = st.BlockRootAtSlot(st.Slot - 1)
		}
	})
	s.blocks[s.head.slot] = s.head
	s.byHash[s.head.elHash] = s.head
	s.ChainID = s.sp.DepositChainID
	k, err := crypto.ToECDSA(sha256Sum("stakepool apitest builder"))
	if err != nil {
		panic(err)
	}
	s.builderKey = k
	srv, err := apiserver.New(apiserver.Config{Chain: chain, Head: s.beaconBlock(s.head, parent, root), Version: "stakepool-apitest/v1"})
	if err != nil {
		panic(err)
	}
	s.beacon = srv
	return s
}

func sha256Sum(s string) []byte { h := sha256.Sum256([]byte(s)); return h[:] }

func elHash(slot uint64) common.Hash {
	var b [8]byte
	binary.BigEndian.PutUint64(b[:], slot)
	return common.Hash(sha256.Sum256(append([]byte("el block "), b[:]...)))
}

// BuilderAddress is the fee recipient of blocks built with BuilderPayments.
func (s *Server) BuilderAddress() common.Address {
	return crypto.PubkeyToAddress(s.builderKey.PublicKey)
}

// Deposits returns the deposits received through eth_sendRawTransaction.
func (s *Server) Deposits() []beacon.Deposit {
	s.mu.Lock()
	defer s.mu.Unlock()
	return append([]beacon.Deposit(nil), s.deposits...)
}

// Advance simulates n slots, recording each slot's block (withdrawals,
// fee recipient, execution reward) as the simulator applied it. It copies
// the state once per slot: meant for test-sized registries.
func (s *Server) Advance(n int) {
	for ; n > 0; n-- {
		s.step()
	}
}

func (s *Server) step() {
	var b block
	var feesBefore uint64
	var parent, root [32]byte
	blocksBefore := s.chain.Blocks
	s.chain.With(func(st *sim.State) {
		next := st.Copy()
		next.ProcessSlots(st.Slot + 1)
		parent = next.LatestBlockRoot()
		b.slot = next.Slot
		b.proposer = uint64(next.Proposer())
		b.withdrawals, _ = next.ExpectedWithdrawals()
		b.rewardTo = [20]byte(next.Credentials[b.proposer][12:])
		_, feesBefore = st.Credited(b.rewardTo)
	})
	s.chain.Advance(1)
	if s.chain.Blocks == blocksBefore {
		s.beacon.Observe(b.slot, nil) // missed slot: no block
		return
	}
	s.chain.With(func(st *sim.State) {
		_, after := st.Credited(b.rewardTo)
		b.rewardGwei = after - feesBefore
		root = st.LatestBlockRoot()
	})
	s.mu.Lock()
	defer func() {
		blk := s.beaconBlock(&b, parent, root)
		s.mu.Unlock()
		s.beacon.Observe(b.slot, blk)
	}()
	s.elNumber++
	b.elHash = elHash(b.slot)
	b.feeRecipient = b.rewardTo
	if b.rewardGwei > 0 {
		s.addRewardTxs(&b)
	}
	s.blocks[b.slot] = &b
	s.byHash[b.elHash] = &b
	s.head = &b
}

// addRewardTxs makes the payload's transactions carry the execution
// reward: one transaction whose priority fee is the reward (fee recipient =
// the proposer's address) or, with BuilderPayments, a builder's payment.
func (s *Server) addRewardTxs(b *block) {
	wei := new(big.Int).Mul(new(big.Int).SetUint64(b.rewardGwei), big.NewInt(1e9))
	signer := types.LatestSignerForChainID(new(big.Int).SetUint64(s.ChainID))
	nonce := s.nonces[s.BuilderAddress()]
	s.nonces[s.BuilderAddress()] = nonce + 1
	var tx *types.Transaction
	var gasPrice *big.Int
	if s.BuilderPayments {
		b.feeRecipient = [20]byte(s.BuilderAddress())
		to := common.Address(b.rewardTo)
		tx = types.MustSignNewTx(s.builderKey, signer, &types.DynamicFeeTx{ChainID: new(big.Int).SetUint64(s.ChainID), Nonce: nonce,
			GasTipCap: big.NewInt(0), GasFeeCap: big.NewInt(BaseFeeWei), Gas: 21000, To: &to, Value: wei})
		gasPrice = big.NewInt(BaseFeeWei)
	} else {
		// gas used 1 at a tip of the whole reward: the priority fee is the reward
		to := common.Address{0xee}
		tip := wei
		tx = types.MustSignNewTx(s.builderKey, signer, &types.DynamicFeeTx{ChainID: new(big.Int).SetUint64(s.ChainID), Nonce: nonce,
			GasTipCap: tip, GasFeeCap: new(big.Int).Add(tip, big.NewInt(BaseFeeWei)), Gas: 21000, To: &to})
		gasPrice = new(big.Int).Add(tip, big.NewInt(BaseFeeWei))
	}
	raw, err := tx.MarshalBinary()
	if err != nil {
		panic(err)
	}
	gasUsed := uint64(21000)
	if !s.BuilderPayments {
		gasUsed = 1
	}
	b.txs = [][]byte{raw}
	b.receipts = []*types.Receipt{{Type: types.DynamicFeeTxType, Status: types.ReceiptStatusSuccessful, CumulativeGasUsed: gasUsed,
		Logs: []*types.Log{}, TxHash: tx.Hash(), GasUsed: gasUsed, EffectiveGasPrice: gasPrice, BlockHash: b.elHash,
		BlockNumber: new(big.Int).SetUint64(s.elNumber)}}
}

// ---------------------------------------------------------------- Beacon API

// BeaconHandler serves the Beacon API (beacon/apiserver over the chain).
func (s *Server) BeaconHandler() http.Handler { return s.beacon.Handler() }

// SpecJSON is /eth/v1/config/spec's data (apiserver.SpecJSON).
func SpecJSON(sp *spec.Spec) map[string]string { return apiserver.SpecJSON(sp) }

// AppendValidatorJSON appends one element of the validators response
// (apiserver.AppendValidatorJSON).
func AppendValidatorJSON(b []byte, v *beacon.Validator) []byte {
	return apiserver.AppendValidatorJSON(b, v)
}

// beaconBlock is the beacon block of b as the simulator applied it: its
// execution payload reconstructed (withdrawals, fee recipient, the reward's
// transactions); attestations, sync aggregate and signatures empty.
func (s *Server) beaconBlock(b *block, parent, root [32]byte) *apiserver.Block {
	payload := &deneb.ExecutionPayload{
		FeeRecipient:  bellatrix.ExecutionAddress(b.feeRecipient),
		BlockNumber:   b.slot,
		GasLimit:      30_000_000,
		Timestamp:     b.slot * 12,
		ExtraData:     []byte{},
		BaseFeePerGas: uint256.NewInt(BaseFeeWei),
		BlockHash:     phase0.Hash32(b.elHash),
		Transactions:  []bellatrix.Transaction{},
		Withdrawals:   []*capella.Withdrawal{},
	}
	for _, tx := range b.txs {
		payload.Transactions = append(payload.Transactions, tx)
	}
	for _, wd := range b.withdrawals {
		payload.Withdrawals = append(payload.Withdrawals, &capella.Withdrawal{Index: capella.WithdrawalIndex(wd.Index),
			ValidatorIndex: phase0.ValidatorIndex(wd.ValidatorIndex), Address: bellatrix.ExecutionAddress(wd.Address), Amount: phase0.Gwei(wd.Amount)})
	}
	sync := &altair.SyncAggregate{SyncCommitteeBits: make([]byte, s.sp.SyncCommitteeSize/8)}
	v := &eth2spec.VersionedSignedBeaconBlock{}
	switch s.sp.Fork {
	case spec.Deneb:
		v.Version = eth2spec.DataVersionDeneb
		v.Deneb = &deneb.SignedBeaconBlock{Message: &deneb.BeaconBlock{Slot: phase0.Slot(b.slot), ProposerIndex: phase0.ValidatorIndex(b.proposer),
			ParentRoot: parent, Body: &deneb.BeaconBlockBody{ETH1Data: &phase0.ETH1Data{BlockHash: make([]byte, 32)},
				ProposerSlashings: []*phase0.ProposerSlashing{}, AttesterSlashings: []*phase0.AttesterSlashing{}, Attestations: []*phase0.Attestation{},
				Deposits: []*phase0.Deposit{}, VoluntaryExits: []*phase0.SignedVoluntaryExit{}, SyncAggregate: sync, ExecutionPayload: payload,
				BLSToExecutionChanges: []*capella.SignedBLSToExecutionChange{}, BlobKZGCommitments: []deneb.KZGCommitment{}}}}
	default:
		v.Version = eth2spec.DataVersionElectra
		v.Electra = &electra.SignedBeaconBlock{Message: &electra.BeaconBlock{Slot: phase0.Slot(b.slot), ProposerIndex: phase0.ValidatorIndex(b.proposer),
			ParentRoot: parent, Body: &electra.BeaconBlockBody{ETH1Data: &phase0.ETH1Data{BlockHash: make([]byte, 32)},
				ProposerSlashings: []*phase0.ProposerSlashing{}, AttesterSlashings: []*electra.AttesterSlashing{}, Attestations: []*electra.Attestation{},
				Deposits: []*phase0.Deposit{}, VoluntaryExits: []*phase0.SignedVoluntaryExit{}, SyncAggregate: sync, ExecutionPayload: payload,
				BLSToExecutionChanges: []*capella.SignedBLSToExecutionChange{}, BlobKZGCommitments: []deneb.KZGCommitment{},
				ExecutionRequests: &electra.ExecutionRequests{Deposits: []*electra.DepositRequest{}, Withdrawals: []*electra.WithdrawalRequest{},
					Consolidations: []*electra.ConsolidationRequest{}}}}}
	}
	return &apiserver.Block{Slot: b.slot, Root: root, Signed: v}
}
