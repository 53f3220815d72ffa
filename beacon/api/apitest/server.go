// Package apitest serves a simulated chain (beacon/sim) over the standard
// Beacon API and the few execution-node JSON-RPC methods beacon/api uses,
// so that Beacon API clients — beacon/api, or any other tool — can read it
// without a real node. It keeps the current state only (no history):
// state-scoped endpoints answer for "head" and the head's slot, 404
// otherwise (after missed slots the head block's slot is behind the
// simulator's, and "head" is still the simulator's current state, advanced
// through the empty slots). Block contents are reconstructed from the simulator (the
// payload's withdrawals, fee recipient and an execution reward), not real
// blocks: attestations, sync aggregates and signatures are empty.
//
// Served Beacon API endpoints: GET /eth/v1/node/version, /eth/v1/node/syncing,
// /eth/v1/config/spec, /eth/v1/beacon/genesis, /eth/v1/beacon/headers/{id},
// /eth/v1/beacon/states/{id}/finality_checkpoints,
// /eth/v1/beacon/states/{id}/validators (GET with ?id=&status=, POST with
// {"ids","statuses"}), /eth/v2/beacon/blocks/{id}; POST
// /eth/v1/beacon/pool/voluntary_exits (signature checked with the
// EIP-7044 domain). JSON-RPC: eth_chainId, eth_getTransactionCount,
// eth_maxPriorityFeePerGas, eth_getBlockByNumber, eth_estimateGas,
// eth_sendRawTransaction (deposit-contract calls become sim deposits),
// eth_getBlockReceipts.
package apitest

import (
	"bufio"
	"crypto/ecdsa"
	"crypto/sha256"
	"encoding/binary"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"math/big"
	"net/http"
	"reflect"
	"strconv"
	"strings"
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
	"github.com/stakepool/stakepool/beacon/api"
	"github.com/stakepool/stakepool/beacon/sim"
	"github.com/stakepool/stakepool/beacon/spec"
	"github.com/stakepool/stakepool/keys"

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
}

// New serves chain (which the server drives from now on).
func New(chain *sim.Chain) *Server {
	s := &Server{chain: chain, blocks: map[uint64]*block{}, byHash: map[common.Hash]*block{}, nonces: map[common.Address]uint64{}}
	chain.With(func(st *sim.State) {
		s.sp = st.Spec
		// the state's slot stands for the latest block before the server started
		s.head = &block{slot: st.Slot, proposer: uint64(st.Proposer()), elHash: elHash(st.Slot)}
	})
	s.blocks[s.head.slot] = s.head
	s.byHash[s.head.elHash] = s.head
	s.ChainID = s.sp.DepositChainID
	k, err := crypto.ToECDSA(sha256Sum("stakepool apitest builder"))
	if err != nil {
		panic(err)
	}
	s.builderKey = k
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
	blocksBefore := s.chain.Blocks
	s.chain.With(func(st *sim.State) {
		next := st.Copy()
		next.ProcessSlots(st.Slot + 1)
		b.slot = next.Slot
		b.proposer = uint64(next.Proposer())
		b.withdrawals, _ = next.ExpectedWithdrawals()
		b.rewardTo = [20]byte(next.Credentials[b.proposer][12:])
		_, feesBefore = st.Credited(b.rewardTo)
	})
	s.chain.Advance(1)
	if s.chain.Blocks == blocksBefore {
		return // missed slot: no block
	}
	s.chain.With(func(st *sim.State) {
		_, after := st.Credited(b.rewardTo)
		b.rewardGwei = after - feesBefore
	})
	s.mu.Lock()
	defer s.mu.Unlock()
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

// BeaconHandler serves the Beacon API.
func (s *Server) BeaconHandler() http.Handler {
	mux := http.NewServeMux()
	mux.HandleFunc("GET /eth/v1/node/version", func(w http.ResponseWriter, _ *http.Request) {
		writeData(w, map[string]string{"version": "stakepool-apitest/v1"})
	})
	mux.HandleFunc("GET /eth/v1/node/syncing", func(w http.ResponseWriter, _ *http.Request) {
		s.mu.Lock()
		head := s.head.slot
		s.mu.Unlock()
		writeData(w, map[string]any{"head_slot": u(head), "sync_distance": "0", "is_syncing": false, "is_optimistic": false, "el_offline": false})
	})
	mux.HandleFunc("GET /eth/v1/config/spec", func(w http.ResponseWriter, _ *http.Request) { writeData(w, SpecJSON(s.sp)) })
	mux.HandleFunc("GET /eth/v1/beacon/genesis", func(w http.ResponseWriter, _ *http.Request) {
		var gt uint64
		var gvr [32]byte
		s.chain.With(func(st *sim.State) { gt, gvr = st.GenesisTime, st.GenesisValidatorsRoot })
		writeData(w, map[string]string{"genesis_time": u(gt), "genesis_validators_root": hx(gvr[:]), "genesis_fork_version": hx(s.sp.GenesisForkVersion[:])})
	})
	mux.HandleFunc("GET /eth/v1/beacon/headers/{id}", s.header)
	mux.HandleFunc("GET /eth/v1/beacon/states/{id}/finality_checkpoints", s.finality)
	mux.HandleFunc("GET /eth/v1/beacon/states/{id}/validators", s.validators)
	mux.HandleFunc("POST /eth/v1/beacon/states/{id}/validators", s.validators)
	mux.HandleFunc("GET /eth/v2/beacon/blocks/{id}", s.signedBlock)
	mux.HandleFunc("POST /eth/v1/beacon/pool/voluntary_exits", s.voluntaryExit)
	return mux
}

func u(n uint64) string  { return strconv.FormatUint(n, 10) }
func hx(b []byte) string { return "0x" + hex.EncodeToString(b) }
func root(slot uint64) [32]byte {
	var b [8]byte
	binary.BigEndian.PutUint64(b[:], slot)
	return sha256.Sum256(append([]byte("beacon block "), b[:]...))
}

// writeError answers as the Beacon API does: {"code": N, "message": "..."}.
func writeError(w http.ResponseWriter, code int, format string, args ...any) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(code)
	_ = json.NewEncoder(w).Encode(map[string]any{"code": code, "message": fmt.Sprintf(format, args...)})
}

func writeData(w http.ResponseWriter, data any) {
	writeJSON(w, map[string]any{"data": data})
}

func writeJSON(w http.ResponseWriter, v any) {
	body, err := json.Marshal(v)
	if err != nil {
		writeError(w, http.StatusInternalServerError, "encode: %v", err)
		return
	}
	w.Header().Set("Content-Type", "application/json")
	_, _ = w.Write(body)
}

// SpecJSON is /eth/v1/config/spec's data: every preset and config key of
// sp (the YAML names), values as the API writes them (decimal integers,
// 0x-hex bytes), plus the domain types.
func SpecJSON(sp *spec.Spec) map[string]string {
	out := map[string]string{}
	v := reflect.ValueOf(sp).Elem()
	t := v.Type()
	for i := range t.NumField() {
		name, _, _ := strings.Cut(t.Field(i).Tag.Get("yaml"), ",")
		if name == "" || name == "-" {
			continue
		}
		f := v.Field(i)
		switch {
		case f.Kind() == reflect.Uint64:
			out[name] = u(f.Uint())
		case f.Kind() == reflect.String:
			out[name] = f.String()
		case f.Kind() == reflect.Array && f.Type().Elem().Kind() == reflect.Uint8:
			b := make([]byte, f.Len())
			reflect.Copy(reflect.ValueOf(b), f)
			out[name] = hx(b)
		}
	}
	for name, d := range map[string][4]byte{"DOMAIN_BEACON_PROPOSER": spec.DomainBeaconProposer, "DOMAIN_BEACON_ATTESTER": spec.DomainBeaconAttester,
		"DOMAIN_RANDAO": spec.DomainRandao, "DOMAIN_DEPOSIT": spec.DomainDeposit, "DOMAIN_VOLUNTARY_EXIT": spec.DomainVoluntaryExit,
		"DOMAIN_SYNC_COMMITTEE": spec.DomainSyncCommittee} {
		out[name] = hx(d[:])
	}
	return out
}

// blockAt resolves a block id: head, genesis (the first recorded block),
// finalized (not kept: 404), a slot or a 0x root.
func (s *Server) blockAt(id string) (*block, bool) {
	s.mu.Lock()
	defer s.mu.Unlock()
	switch {
	case id == "head":
		return s.head, true
	case strings.HasPrefix(id, "0x"):
		for _, b := range s.blocks {
			if r := root(b.slot); hx(r[:]) == strings.ToLower(id) {
				return b, true
			}
		}
		return nil, false
	}
	slot, err := strconv.ParseUint(id, 10, 64)
	if err != nil {
		return nil, false
	}
	b, ok := s.blocks[slot]
	return b, ok
}

func (s *Server) header(w http.ResponseWriter, r *http.Request) {
	id := r.PathValue("id")
	b, ok := s.blockAt(id)
	if !ok {
		writeError(w, http.StatusNotFound, "block %s not found", id)
		return
	}
	rt, parent := root(b.slot), root(b.slot-1)
	writeJSON(w, map[string]any{"execution_optimistic": false, "finalized": false, "data": map[string]any{
		"root": hx(rt[:]), "canonical": true, "header": map[string]any{
			"message": map[string]string{"slot": u(b.slot), "proposer_index": u(b.proposer), "parent_root": hx(parent[:]),
				"state_root": hx(make([]byte, 32)), "body_root": hx(make([]byte, 32))},
			"signature": hx(make([]byte, 96)),
		}}})
}

// stateOK says whether a state id names the one state the server has.
func (s *Server) stateOK(id string) bool {
	s.mu.Lock()
	head := s.head.slot
	s.mu.Unlock()
	var slot uint64
	s.chain.With(func(st *sim.State) { slot = st.Slot })
	return id == "head" || id == u(head) || id == u(slot)
}

func (s *Server) finality(w http.ResponseWriter, r *http.Request) {
	if id := r.PathValue("id"); !s.stateOK(id) {
		writeError(w, http.StatusNotFound, "state %s not available (the simulator keeps the head state only)", id)
		return
	}
	var pj, cj, fin sim.Checkpoint
	s.chain.With(func(st *sim.State) {
		pj, cj, fin = st.PreviousJustifiedCheckpoint, st.CurrentJustifiedCheckpoint, st.FinalizedCheckpoint
	})
	cp := func(c sim.Checkpoint) map[string]string {
		return map[string]string{"epoch": u(c.Epoch), "root": hx(c.Root[:])}
	}
	writeJSON(w, map[string]any{"execution_optimistic": false, "finalized": false,
		"data": map[string]any{"previous_justified": cp(pj), "current_justified": cp(cj), "finalized": cp(fin)}})
}

// validators streams the registry (filtered by ids and statuses when given).
func (s *Server) validators(w http.ResponseWriter, r *http.Request) {
	id := r.PathValue("id")
	if !s.stateOK(id) {
		writeError(w, http.StatusNotFound, "state %s not available (the simulator keeps the head state only)", id)
		return
	}
	var ids, statuses []string
	if r.Method == http.MethodPost {
		var body struct {
			IDs      []string `json:"ids"`
			Statuses []string `json:"statuses"`
		}
		if err := json.NewDecoder(r.Body).Decode(&body); err != nil {
			writeError(w, http.StatusBadRequest, "invalid request body: %v", err)
			return
		}
		ids, statuses = body.IDs, body.Statuses
	} else {
		for _, v := range r.URL.Query()["id"] {
			ids = append(ids, strings.Split(v, ",")...)
		}
		for _, v := range r.URL.Query()["status"] {
			statuses = append(statuses, strings.Split(v, ",")...)
		}
	}
	wantStatus := map[string]bool{}
	for _, st := range statuses {
		wantStatus[st] = true
	}
	w.Header().Set("Content-Type", "application/json")
	bw := bufio.NewWriterSize(w, 64<<10)
	s.chain.With(func(st *sim.State) {
		n := st.NumValidators()
		var sel []int
		if len(ids) == 0 {
			sel = make([]int, n)
			for i := range sel {
				sel[i] = i
			}
		} else {
			for _, x := range ids {
				if strings.HasPrefix(x, "0x") {
					var pk [48]byte
					if b, err := hex.DecodeString(x[2:]); err == nil && len(b) == 48 {
						copy(pk[:], b)
						if i, ok := st.IndexOf(pk); ok {
							sel = append(sel, i)
						}
					}
					continue
				}
				if i, err := strconv.ParseUint(x, 10, 64); err == nil && i < uint64(n) {
					sel = append(sel, int(i))
				}
			}
		}
		_, _ = bw.WriteString(`{"execution_optimistic":false,"finalized":false,"data":[`)
		first := true
		var buf []byte
		for _, i := range sel {
			v := st.Validator(i)
			if len(wantStatus) > 0 && !wantStatus[string(v.Status)] && !wantStatus[topStatus(v.Status)] {
				continue
			}
			if !first {
				_ = bw.WriteByte(',')
			}
			first = false
			buf = AppendValidatorJSON(buf[:0], &v)
			_, _ = bw.Write(buf)
		}
		_, _ = bw.WriteString("]}")
	})
	_ = bw.Flush()
}

// topStatus is the Beacon API's coarse status (pending, active, exited, withdrawal).
func topStatus(s beacon.Status) string { x, _, _ := strings.Cut(string(s), "_"); return x }

// AppendValidatorJSON appends one element of the validators response.
func AppendValidatorJSON(b []byte, v *beacon.Validator) []byte {
	num := func(b []byte, key string, n uint64) []byte {
		b = append(b, `"`...)
		b = append(b, key...)
		b = append(b, `":"`...)
		b = strconv.AppendUint(b, n, 10)
		return append(b, `"`...)
	}
	b = num(append(b, '{'), "index", uint64(v.Index))
	b = num(append(b, ','), "balance", uint64(v.Balance))
	b = append(b, `,"status":"`...)
	b = append(b, v.Status...)
	b = append(b, `","validator":{"pubkey":"0x`...)
	b = hex.AppendEncode(b, v.Pubkey[:])
	b = append(b, `","withdrawal_credentials":"0x`...)
	b = hex.AppendEncode(b, v.WithdrawalCredentials[:])
	b = num(append(b, `",`...), "effective_balance", uint64(v.EffectiveBalance))
	b = strconv.AppendBool(append(b, `,"slashed":`...), v.Slashed)
	b = num(append(b, ','), "activation_eligibility_epoch", uint64(v.ActivationEligibilityEpoch))
	b = num(append(b, ','), "activation_epoch", uint64(v.ActivationEpoch))
	b = num(append(b, ','), "exit_epoch", uint64(v.ExitEpoch))
	b = num(append(b, ','), "withdrawable_epoch", uint64(v.WithdrawableEpoch))
	return append(b, "}}"...)
}

func (s *Server) signedBlock(w http.ResponseWriter, r *http.Request) {
	id := r.PathValue("id")
	b, ok := s.blockAt(id)
	if !ok {
		writeError(w, http.StatusNotFound, "block %s not found", id)
		return
	}
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
	rt := root(b.slot - 1)
	var version eth2spec.DataVersion
	var data any
	switch s.sp.Fork {
	case spec.Deneb:
		version = eth2spec.DataVersionDeneb
		data = &deneb.SignedBeaconBlock{Message: &deneb.BeaconBlock{Slot: phase0.Slot(b.slot), ProposerIndex: phase0.ValidatorIndex(b.proposer),
			ParentRoot: rt, Body: &deneb.BeaconBlockBody{ETH1Data: &phase0.ETH1Data{BlockHash: make([]byte, 32)},
				ProposerSlashings: []*phase0.ProposerSlashing{}, AttesterSlashings: []*phase0.AttesterSlashing{}, Attestations: []*phase0.Attestation{},
				Deposits: []*phase0.Deposit{}, VoluntaryExits: []*phase0.SignedVoluntaryExit{}, SyncAggregate: sync, ExecutionPayload: payload,
				BLSToExecutionChanges: []*capella.SignedBLSToExecutionChange{}, BlobKZGCommitments: []deneb.KZGCommitment{}}}}
	default:
		version = eth2spec.DataVersionElectra
		data = &electra.SignedBeaconBlock{Message: &electra.BeaconBlock{Slot: phase0.Slot(b.slot), ProposerIndex: phase0.ValidatorIndex(b.proposer),
			ParentRoot: rt, Body: &electra.BeaconBlockBody{ETH1Data: &phase0.ETH1Data{BlockHash: make([]byte, 32)},
				ProposerSlashings: []*phase0.ProposerSlashing{}, AttesterSlashings: []*electra.AttesterSlashing{}, Attestations: []*electra.Attestation{},
				Deposits: []*phase0.Deposit{}, VoluntaryExits: []*phase0.SignedVoluntaryExit{}, SyncAggregate: sync, ExecutionPayload: payload,
				BLSToExecutionChanges: []*capella.SignedBLSToExecutionChange{}, BlobKZGCommitments: []deneb.KZGCommitment{},
				ExecutionRequests: &electra.ExecutionRequests{Deposits: []*electra.DepositRequest{}, Withdrawals: []*electra.WithdrawalRequest{},
					Consolidations: []*electra.ConsolidationRequest{}}}}}
	}
	w.Header().Set("Eth-Consensus-Version", version.String())
	writeJSON(w, map[string]any{"version": version.String(), "execution_optimistic": false, "finalized": false, "data": data})
}

func (s *Server) voluntaryExit(w http.ResponseWriter, r *http.Request) {
	var sve phase0.SignedVoluntaryExit
	if err := json.NewDecoder(r.Body).Decode(&sve); err != nil || sve.Message == nil {
		writeError(w, http.StatusBadRequest, "invalid voluntary exit: %v", err)
		return
	}
	idx := uint64(sve.Message.ValidatorIndex)
	var pk [48]byte
	var gvr [32]byte
	var cur uint64
	known := false
	s.chain.With(func(st *sim.State) {
		if idx < uint64(st.NumValidators()) {
			known, pk = true, st.Pubkeys[idx]
		}
		gvr, cur = st.GenesisValidatorsRoot, st.CurrentEpoch()
	})
	if !known {
		writeError(w, http.StatusBadRequest, "invalid voluntary exit: unknown validator %d", idx)
		return
	}
	if uint64(sve.Message.Epoch) > cur {
		writeError(w, http.StatusBadRequest, "invalid voluntary exit: epoch %d is in the future (current %d)", sve.Message.Epoch, cur)
		return
	}
	msgRoot, err := sve.Message.HashTreeRoot()
	if err != nil {
		writeError(w, http.StatusBadRequest, "invalid voluntary exit: %v", err)
		return
	}
	sr := keys.SigningRoot(msgRoot, api.ExitDomain(s.sp.CapellaForkVersion, gvr))
	if err := keys.Verify(keys.PublicKey(pk), sr[:], keys.Signature(sve.Signature)); err != nil {
		writeError(w, http.StatusBadRequest, "invalid voluntary exit: signature: %v", err)
		return
	}
	if err := s.chain.RequestVoluntaryExit(r.Context(), beacon.ValidatorIndex(idx)); err != nil {
		writeError(w, http.StatusBadRequest, "invalid voluntary exit: %v", err)
		return
	}
	w.WriteHeader(http.StatusOK)
}
