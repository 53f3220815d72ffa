package services

// `stakepool operator keys upload` and `operator status`: a node
// operator's validator keys taken from a deposit data file (as `stakepool
// keys deposit-data` writes it), checked, and sent to the registry from the
// operator's reward address in batches the block gas limit allows, resuming
// after a partial upload; and the operator's counts.

import (
	"bytes"
	"context"
	"crypto/ecdsa"
	"encoding/hex"
	"errors"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/stakepool/stakepool/contracts/bindings"
	"github.com/stakepool/stakepool/contracts/poolclient"
	"github.com/stakepool/stakepool/keys"
)

// Refusal codes of the key upload (a refusal sends nothing).
const (
	// CodeDepositDataInvalid: an entry's signature, roots, fork version or
	// amount does not verify for the chain.
	CodeDepositDataInvalid = "DEPOSIT_DATA_INVALID"
	// CodeWrongCredentials: an entry's withdrawal credentials are not the
	// pool's (its withdrawal vault's).
	CodeWrongCredentials = "WRONG_WITHDRAWAL_CREDENTIALS"
	// CodeNotRewardAddress: the signing key is not the operator's reward
	// address, the only account the registry takes keys from.
	CodeNotRewardAddress = "NOT_REWARD_ADDRESS"
	// CodeKeyHeldElsewhere: a key of the file is already another
	// operator's (the registry refuses a key twice, across operators).
	CodeKeyHeldElsewhere = "KEY_HELD_BY_ANOTHER_OPERATOR"
	// CodeTxPending: the reward address has a transaction not yet mined
	// (perhaps an earlier upload's): uploading now could send keys twice.
	CodeTxPending = "TRANSACTION_PENDING"
)

// KeyUploadOptions are one upload's inputs.
type KeyUploadOptions struct {
	// Operator is the operator's id in the registry.
	Operator uint64
	// Key is the operator's reward address's key.
	Key *ecdsa.PrivateKey
	// Entries are the deposit data file's entries, uploaded in file order.
	Entries []keys.DepositDataEntry
	// GenesisForkVersion is the chain's (from the beacon node's
	// /eth/v1/beacon/genesis, or a known network's): the deposit
	// signatures must verify under it.
	GenesisForkVersion [4]byte
	// MaxBatchGas bounds one upload transaction's gas (0: half the head
	// block's gas limit).
	MaxBatchGas uint64
	// DryRun checks and plans without sending.
	DryRun bool
	// Progress, when set, is told of each batch once it is mined.
	Progress func(UploadBatch)
}

// UploadBatch is one upload transaction.
type UploadBatch struct {
	// First is the file index of the batch's first key; Count its keys.
	First int `json:"first_entry"`
	Count int `json:"count"`
	// RegistryIndex is the index the registry gives the first key.
	RegistryIndex uint64 `json:"registry_index"`
	GasEstimate   uint64 `json:"gas_estimate"`
	GasUsed       uint64 `json:"gas_used"`
	Tx            string `json:"tx"`
	Block         uint64 `json:"block"`
}

// KeyUploadReport is what an upload did.
type KeyUploadReport struct {
	Operator      uint64 `json:"operator"`
	RewardAddress string `json:"reward_address"`
	InFile        int    `json:"keys_in_file"`
	// AlreadyHeld are the file's keys the operator already has (an
	// earlier, perhaps partial, upload): not sent again.
	AlreadyHeld int `json:"already_held"`
	Uploaded    int `json:"uploaded"`
	// BatchGasBudget is the gas bound each batch was sized to.
	BatchGasBudget uint64        `json:"batch_gas_budget"`
	Batches        []UploadBatch `json:"batches"`
	DryRun         bool          `json:"dry_run,omitempty"`
}

func refuse(code, format string, args ...any) error {
	return &poolclient.Refusal{Code: code, Message: fmt.Sprintf(format, args...)}
}

// CheckDepositData checks a deposit data file's entries against the pool:
// every signature (blst) and root under the chain's genesis fork version,
// 32 ETH each, and withdrawal credentials equal to the pool's (those of
// its withdrawal vault). It returns the keys in file order.
func CheckDepositData(entries []keys.DepositDataEntry, fork [4]byte, poolCreds [32]byte, vault common.Address) ([]SignedKey, error) {
	if len(entries) == 0 {
		return nil, refuse(CodeDepositDataInvalid, "the deposit data file has no entries")
	}
	if !bytes.Equal(poolCreds[12:], vault[:]) || (poolCreds[0] != keys.ExecutionWithdrawalPrefix && poolCreds[0] != keys.CompoundingWithdrawalPrefix) {
		return nil, fmt.Errorf("services: the pool's withdrawal credentials %#x are not its withdrawal vault's %s: wrong addresses", poolCreds, vault)
	}
	network, ok := keys.NetworkByForkVersion(fork)
	if !ok {
		network = keys.Network{Name: entries[0].NetworkName, GenesisForkVersion: fork}
	}
	for i, e := range entries {
		if e.WithdrawalCredentials != hex.EncodeToString(poolCreds[:]) {
			return nil, refuse(CodeWrongCredentials, "entry %d (pubkey 0x%s): withdrawal credentials 0x%s, the pool's are %#x (its withdrawal vault %s); regenerate the deposit data with --withdrawal-address %s",
				i, e.Pubkey, e.WithdrawalCredentials, poolCreds, vault, vault)
		}
		if e.Amount != 32_000_000_000 {
			return nil, refuse(CodeDepositDataInvalid, "entry %d: %d gwei, the pool deposits 32 ETH", i, e.Amount)
		}
	}
	v := [20]byte(vault)
	if p := keys.VerifyDepositData(entries, keys.VerifyOptions{Network: network, WithdrawalAddress: &v}); len(p) > 0 {
		return nil, refuse(CodeDepositDataInvalid, "%d problem(s) under the chain's genesis fork version %#x, first: %v", len(p), fork, p[0])
	}
	out := make([]SignedKey, len(entries))
	for i, e := range entries {
		if err := decodeHexInto(e.Pubkey, out[i].Pubkey[:]); err != nil {
			return nil, refuse(CodeDepositDataInvalid, "entry %d: pubkey: %v", i, err)
		}
		if err := decodeHexInto(e.Signature, out[i].Signature[:]); err != nil {
			return nil, refuse(CodeDepositDataInvalid, "entry %d: signature: %v", i, err)
		}
	}
	return out, nil
}

// UploadKeys uploads the file's keys the registry does not hold yet to
// operator o.Operator, from its reward address, each batch mined before
// the next is sent. Before anything is sent it checks the file
// (CheckDepositData), that the key is the reward address's, that no
// transaction of that address is pending, and which keys the registry
// already has: the operator's own are skipped (a rerun after a partial
// upload sends only the rest), another operator's refuse the upload.
// Batches are the registry's per-call bound, then halved until
// eth_estimateGas is within the gas budget.
func UploadKeys(ctx context.Context, c *poolclient.Client, o KeyUploadOptions) (*KeyUploadReport, error) {
	if o.Key == nil {
		return nil, errors.New("services: the upload needs the reward address's key")
	}
	call := &bind.CallOpts{Context: ctx}
	id := new(big.Int).SetUint64(o.Operator)
	from := crypto.PubkeyToAddress(o.Key.PublicKey)
	op, err := c.Registry.GetOperator(call, id)
	if err != nil {
		return nil, poolclient.DecodeRevert(fmt.Errorf("read operator %d: %w", o.Operator, err))
	}
	rep := &KeyUploadReport{Operator: o.Operator, RewardAddress: op.RewardAddress.Hex(), InFile: len(o.Entries), DryRun: o.DryRun}
	if from != op.RewardAddress {
		return nil, refuse(CodeNotRewardAddress, "the key is %s's; operator %d's reward address is %s", from.Hex(), o.Operator, op.RewardAddress.Hex())
	}
	creds, err := c.Pool.WithdrawalCredentials(call)
	if err != nil {
		return nil, fmt.Errorf("read the pool's withdrawal credentials: %w", err)
	}
	signed, err := CheckDepositData(o.Entries, o.GenesisForkVersion, creds, c.Addr.WithdrawalVault)
	if err != nil {
		return nil, err
	}
	latest, err := c.EL.NonceAt(ctx, from, nil)
	if err != nil {
		return nil, fmt.Errorf("read %s's nonce: %w", from.Hex(), err)
	}
	pending, err := c.EL.PendingNonceAt(ctx, from)
	if err != nil {
		return nil, fmt.Errorf("read %s's pending nonce: %w", from.Hex(), err)
	}
	if pending > latest {
		return nil, refuse(CodeTxPending, "%s has %d transaction(s) not yet mined (nonce %d..%d); run again once they are", from.Hex(), pending-latest, latest, pending-1)
	}
	todo, held, err := keysToUpload(ctx, c.Registry, o.Operator, op.C.Keys, signed)
	if err != nil {
		return nil, err
	}
	rep.AlreadyHeld = held
	if len(todo) == 0 {
		return rep, nil
	}
	maxPerCall, err := c.Registry.MAXKEYSPERCALL(call)
	if err != nil {
		return nil, fmt.Errorf("read the registry's batch bound: %w", err)
	}
	budget := o.MaxBatchGas
	if budget == 0 {
		head, err := c.EL.HeaderByNumber(ctx, nil)
		if err != nil {
			return nil, fmt.Errorf("read the head block: %w", err)
		}
		budget = head.GasLimit / 2 // a batch takes at most half a block: it fits beside others' transactions
	}
	rep.BatchGasBudget = budget
	registryIndex := uint64(op.C.Keys)
	for len(todo) > 0 {
		n, gas, err := fitBatch(ctx, c, from, o.Operator, todo, int(maxPerCall.Int64()), budget)
		if err != nil {
			return rep, err
		}
		b := UploadBatch{First: todo[0].index, Count: n, RegistryIndex: registryIndex, GasEstimate: gas}
		if o.DryRun {
			rep.Batches = append(rep.Batches, b)
			rep.Uploaded += n
			registryIndex += uint64(n)
			todo = todo[n:]
			continue
		}
		opts, err := c.Transactor(ctx, o.Key)
		if err != nil {
			return rep, err
		}
		pk, sig := packIndexed(todo[:n])
		tx, err := c.Registry.AddSigningKeys(opts, id, big.NewInt(int64(n)), pk, sig)
		rc, err := c.Wait(ctx, tx, err)
		if err != nil {
			return rep, fmt.Errorf("upload keys %d..%d of the file: %w", b.First, todo[n-1].index, err)
		}
		b.GasUsed, b.Tx, b.Block = rc.GasUsed, rc.TxHash.Hex(), rc.BlockNumber.Uint64()
		rep.Batches = append(rep.Batches, b)
		rep.Uploaded += n
		registryIndex += uint64(n)
		todo = todo[n:]
		if o.Progress != nil {
			o.Progress(b)
		}
	}
	return rep, nil
}

// indexedKey is a key with its index in the file.
type indexedKey struct {
	SignedKey
	index int
}

// keysToUpload splits the file's keys into those the registry lacks (in
// file order) and the count the operator already holds; a key another
// operator holds refuses the upload.
func keysToUpload(ctx context.Context, reg *bindings.OperatorRegistry, op uint64, have uint32, signed []SignedKey) ([]indexedKey, int, error) {
	call := &bind.CallOpts{Context: ctx}
	var todo []indexedKey
	var known []int
	for i, k := range signed {
		ok, err := reg.IsKnownKey(call, k.Pubkey[:])
		if err != nil {
			return nil, 0, fmt.Errorf("ask the registry about key %d: %w", i, err)
		}
		if ok {
			known = append(known, i)
		} else {
			todo = append(todo, indexedKey{k, i})
		}
	}
	if len(known) == 0 {
		return todo, 0, nil
	}
	mine := make(map[[48]byte]bool, have)
	for j := range uint64(have) {
		k, err := reg.GetSigningKey(call, new(big.Int).SetUint64(op), new(big.Int).SetUint64(j))
		if err != nil {
			return nil, 0, fmt.Errorf("read operator %d's key %d: %w", op, j, err)
		}
		mine[[48]byte(k.Pubkey)] = true
	}
	for _, i := range known {
		if !mine[signed[i].Pubkey] {
			return nil, 0, refuse(CodeKeyHeldElsewhere, "entry %d (pubkey %#x) is already another operator's key; remove it from the file", i, signed[i].Pubkey)
		}
	}
	return todo, len(known), nil
}

func packIndexed(ks []indexedKey) (pubkeys, sigs []byte) {
	for _, k := range ks {
		pubkeys = append(pubkeys, k.Pubkey[:]...)
		sigs = append(sigs, k.Signature[:]...)
	}
	return pubkeys, sigs
}

// fitBatch is how many of todo's first keys one upload takes: the
// registry's per-call bound, halved until eth_estimateGas is within budget
// (too big for the budget, or for the node's gas cap); with its gas. A
// refusal by the registry comes back at once: halving will not help.
func fitBatch(ctx context.Context, c *poolclient.Client, from common.Address, op uint64, todo []indexedKey, perCall int, budget uint64) (int, uint64, error) {
	n := min(len(todo), perCall)
	for {
		gas, err := estimateUpload(ctx, c, from, op, todo[:n])
		if err == nil && gas <= budget {
			return n, gas, nil
		}
		var r *poolclient.Refusal
		if errors.As(err, &r) {
			return 0, 0, err
		}
		if n == 1 {
			if err != nil {
				return 0, 0, fmt.Errorf("estimate the upload of one key: %w", err)
			}
			return 0, 0, fmt.Errorf("services: one key's upload needs %d gas, above the batch budget %d", gas, budget)
		}
		n /= 2
	}
}

// estimateUpload is eth_estimateGas of one addSigningKeys call; a
// refusal by the registry comes back as a *poolclient.Refusal.
func estimateUpload(ctx context.Context, c *poolclient.Client, from common.Address, op uint64, ks []indexedKey) (uint64, error) {
	parsed, err := bindings.OperatorRegistryMetaData.GetAbi()
	if err != nil {
		return 0, err
	}
	pk, sig := packIndexed(ks)
	data, err := parsed.Pack("addSigningKeys", new(big.Int).SetUint64(op), big.NewInt(int64(len(ks))), pk, sig)
	if err != nil {
		return 0, err
	}
	to := c.Addr.Registry
	gas, err := c.EL.EstimateGas(ctx, ethereum.CallMsg{From: from, To: &to, Data: data})
	if err != nil {
		return 0, poolclient.DecodeRevert(err)
	}
	return gas, nil
}

// OperatorKeyStatus is an operator's keys as the registry counts them.
type OperatorKeyStatus struct {
	ID            uint64 `json:"id"`
	Name          string `json:"name"`
	RewardAddress string `json:"reward_address"`
	Active        bool   `json:"active"`
	// Total keys uploaded; Vetted those deposits may use (within the
	// limit governance set); Deposited, Exited, ExitRequested, Stuck
	// (exit requests past their deadline, not yet exited).
	Total         uint64 `json:"total"`
	Limit         uint64 `json:"limit"`
	Vetted        uint64 `json:"vetted"`
	Deposited     uint64 `json:"deposited"`
	ExitRequested uint64 `json:"exit_requested"`
	Exited        uint64 `json:"exited"`
	Stuck         uint64 `json:"stuck"`
	// Available are vetted keys not yet deposited.
	Available uint64 `json:"available"`
}

// ReadOperatorKeyStatus reads operator id's counts.
func ReadOperatorKeyStatus(ctx context.Context, c *poolclient.Client, id uint64) (*OperatorKeyStatus, error) {
	op, err := c.Registry.GetOperator(&bind.CallOpts{Context: ctx}, new(big.Int).SetUint64(id))
	if err != nil {
		return nil, poolclient.DecodeRevert(fmt.Errorf("read operator %d: %w", id, err))
	}
	k := op.C
	vetted := min(k.Limit, uint64(k.Keys))
	st := &OperatorKeyStatus{ID: id, Name: op.Name, RewardAddress: op.RewardAddress.Hex(), Active: k.Active,
		Total: uint64(k.Keys), Limit: k.Limit, Vetted: vetted, Deposited: uint64(k.Deposited),
		ExitRequested: uint64(k.ExitRequested), Exited: uint64(k.Exited), Stuck: uint64(k.Stuck)}
	if vetted > st.Deposited {
		st.Available = vetted - st.Deposited
	}
	return st, nil
}
