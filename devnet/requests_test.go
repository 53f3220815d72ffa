package devnet

import (
	"context"
	"crypto/ecdsa"
	"encoding/binary"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/params"

	"github.com/stakepool/stakepool/beacon/sim"
	"github.com/stakepool/stakepool/beacon/spec"
	"github.com/stakepool/stakepool/keys"
)

// loggingDepositContract is test code for the deposit contract's address:
// it logs its calldata as a DepositEvent (topic
// keccak("DepositEvent(bytes,bytes,bytes,bytes,bytes)")), nothing else —
// enough for the execution layer to turn the log into an EIP-6110 request.
//
//	CALLDATASIZE PUSH0 PUSH0 CALLDATACOPY PUSH32 topic CALLDATASIZE PUSH0 LOG1 STOP
func loggingDepositContract() []byte {
	topic := crypto.Keccak256([]byte("DepositEvent(bytes,bytes,bytes,bytes,bytes)"))
	code := []byte{0x36, 0x5f, 0x5f, 0x37, 0x7f}
	code = append(code, topic...)
	return append(code, 0x36, 0x5f, 0xa1, 0x00)
}

// depositEventData is the DepositEvent's data for d: five byte strings,
// amount and index little-endian.
func depositEventData(t *testing.T, d keys.DepositData, index uint64) []byte {
	t.Helper()
	bt, _ := abi.NewType("bytes", "", nil)
	args := abi.Arguments{{Type: bt}, {Type: bt}, {Type: bt}, {Type: bt}, {Type: bt}}
	amount := binary.LittleEndian.AppendUint64(nil, d.Amount)
	idx := binary.LittleEndian.AppendUint64(nil, index)
	out, err := args.Pack(d.Pubkey[:], d.WithdrawalCredentials[:], amount, d.Signature[:], idx)
	if err != nil {
		t.Fatal(err)
	}
	return out
}

type requestChain struct {
	*testChain
	sp     *spec.Spec
	tester *ecdsa.PrivateKey
	keys   []*keys.SecretKey
	nonce  uint64 // the tester's next nonce: its transactions are counted here, see send
}

// newRequestChain: 64 synthetic validators plus two whose withdrawal
// address is the tester's account, a deposit contract that logs.
func newRequestChain(t *testing.T) *requestChain {
	t.Helper()
	sp, err := Spec(ChainID, DepositContractAddress)
	if err != nil {
		t.Fatal(err)
	}
	tester := DevKey("tester")
	wc := [32]byte{0x01}
	copy(wc[12:], crypto.PubkeyToAddress(tester.PublicKey).Bytes())
	seed, err := keys.SeedFromMnemonic("test test test test test test test test test test test junk", "")
	if err != nil {
		t.Fatal(err)
	}
	rc := &requestChain{sp: sp, tester: tester}
	g := &Genesis{ChainID: ChainID, DepositContract: DepositContractAddress, BeaconTime: 1_700_000_000,
		Alloc: types.GenesisAlloc{DepositContractAddress: {Code: loggingDepositContract(), Balance: new(big.Int)}}}
	for i := range 3 {
		sk, err := keys.DeriveKey(seed, keys.SigningKeyPath(uint32(i)))
		if err != nil {
			t.Fatal(err)
		}
		rc.keys = append(rc.keys, sk)
		if i < 2 {
			g.Validators = append(g.Validators, GenesisValidator{Pubkey: sk.PublicKey(), Credentials: wc, Balance: 32_000_000_000})
		}
	}
	g.Fund(crypto.PubkeyToAddress(tester.PublicKey), Ether(100))
	g.Fund(DevAddress("builder"), Ether(1000))
	st := g.BeaconState(sp, 64, 7)
	v := keys.NewDepositVerifier(keys.Devnet)
	st.Verifier = sim.VerifierFunc(func(pk [48]byte, wc [32]byte, amount uint64, sig [96]byte) bool {
		return v.VerifyDeposit(pk, wc, amount, sig) == nil
	})
	rc.testChain = startTestChain(t, g, st, sim.Behaviour{Seed: 3, ParticipationPerMille: 1000, ExecutionRewardGwei: 1_000_000})
	return rc
}

// send signs and sends a call from the tester. The nonce is counted here,
// not read back with eth_getTransactionCount("pending"): geth adds a sent
// transaction to its pool's pending set (and the pending nonce) on its
// pool's reorganisation goroutine, after eth_sendRawTransaction has
// returned, so on a busy machine a second send right after the first read
// the same nonce and geth refused it ("replacement transaction
// underpriced").
func (rc *requestChain) send(t *testing.T, to common.Address, value *big.Int, data []byte) *types.Transaction {
	t.Helper()
	tx := types.MustSignNewTx(rc.tester, types.LatestSignerForChainID(big.NewInt(int64(ChainID))), &types.DynamicFeeTx{
		Nonce: rc.nonce, GasTipCap: big.NewInt(params.GWei), GasFeeCap: big.NewInt(100 * params.GWei), Gas: 500_000, To: &to, Value: value, Data: data})
	if err := rc.el.SendTransaction(context.Background(), tx); err != nil {
		t.Fatal(err)
	}
	rc.nonce++
	return tx
}

// fee is a request queue's current fee (its contract answers an empty call).
func (rc *requestChain) fee(t *testing.T, queue common.Address) *big.Int {
	t.Helper()
	out, err := rc.el.CallContract(context.Background(), ethereum.CallMsg{To: &queue}, nil)
	if err != nil {
		t.Fatal(err)
	}
	return new(big.Int).SetBytes(out)
}

// TestExecutionRequestsReachTheChain: a deposit through the deposit
// contract (EIP-6110), a full-exit request (EIP-7002) and a switch to
// compounding credentials (EIP-7251), each sent as an ordinary
// transaction, come back from the payload as execution requests in the
// beacon block, and the simulator processes them by the spec: the deposit
// waits for finality, then its validator joins and activates; the exit
// starts; the credentials become 0x02.
func TestExecutionRequestsReachTheChain(t *testing.T) {
	rc := newRequestChain(t)
	ctx := context.Background()
	var a, b int
	rc.chain.View(func(s *sim.State) { a, b = s.NumValidators()-2, s.NumValidators()-1 })
	wc := [32]byte{0x01}
	copy(wc[12:], crypto.PubkeyToAddress(rc.tester.PublicKey).Bytes())
	dep := keys.SignDeposit(rc.keys[2], wc, 32_000_000_000, keys.DevnetGenesisForkVersion)
	rc.send(t, DepositContractAddress, Ether(32), depositEventData(t, dep, 0))
	pkA, pkB := rc.keys[0].PublicKey(), rc.keys[1].PublicKey()
	rc.send(t, params.WithdrawalQueueAddress, rc.fee(t, params.WithdrawalQueueAddress), append(pkA[:], make([]byte, 8)...))
	rc.send(t, params.ConsolidationQueueAddress, rc.fee(t, params.ConsolidationQueueAddress), append(pkB[:], pkB[:]...))

	var deposits, withdrawals, consolidations int
	for range 4 {
		s, err := rc.c.Step(ctx)
		if err != nil {
			t.Fatal(err)
		}
		if s.Missed {
			continue
		}
		r := s.Block.Message.Body.ExecutionRequests
		deposits += len(r.Deposits)
		withdrawals += len(r.Withdrawals)
		consolidations += len(r.Consolidations)
	}
	if deposits != 1 || withdrawals != 1 || consolidations != 1 {
		t.Fatalf("requests in the blocks: %d deposits, %d withdrawals, %d consolidations; want one of each", deposits, withdrawals, consolidations)
	}
	rc.chain.View(func(s *sim.State) {
		if len(s.PendingDeposits) != 1 || s.PendingDeposits[0].Pubkey != dep.Pubkey {
			t.Errorf("pending deposits %d", len(s.PendingDeposits))
		}
		if _, _, exit, _ := s.Epochs(a); exit == spec.FarFutureEpoch {
			t.Error("the withdrawal request did not start validator A's exit")
		}
		if s.Credentials[b][0] != spec.CompoundingWithdrawalPrefix {
			t.Errorf("validator B's credentials %x after its consolidation request", s.Credentials[b][:1])
		}
	})
	if testing.Short() {
		return // the activation takes fourteen epochs
	}
	// the deposit: finalized, then processed (a new validator), then active
	for range 14 * 32 {
		if _, err := rc.c.Step(ctx); err != nil {
			t.Fatal(err)
		}
	}
	rc.chain.View(func(s *sim.State) {
		i, ok := s.IndexOf(dep.Pubkey)
		if !ok {
			t.Fatal("the deposited validator is not in the registry")
		}
		if v := s.Validator(i); v.Status != "active_ongoing" {
			t.Errorf("the deposited validator is %s", v.Status)
		}
	})
}
