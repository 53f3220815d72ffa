package services

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"log/slog"
	"math/big"
	"strings"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/stakepool/stakepool/keys"
)

// SignedKey is one validator key with its deposit signature over the
// pool's withdrawal credentials and 32 ETH (an entry of a `keys
// deposit-data` file).
type SignedKey struct {
	Pubkey    [48]byte
	Signature [96]byte
}

// SignedKeysFromDepositData takes the keys of a deposit data file's
// entries after checking each (signature under the network's genesis fork
// version, roots) and that every entry deposits 32 ETH to creds: the
// registry takes keys for the pool's credentials only.
func SignedKeysFromDepositData(entries []keys.DepositDataEntry, network keys.Network, creds [32]byte) ([]SignedKey, error) {
	if p := keys.VerifyDepositData(entries, keys.VerifyOptions{Network: network}); len(p) > 0 {
		return nil, fmt.Errorf("services: the deposit data does not verify for network %s: %v", network.Name, p[0])
	}
	out := make([]SignedKey, len(entries))
	for i, e := range entries {
		var wc [32]byte
		if err := decodeHexInto(e.WithdrawalCredentials, wc[:]); err != nil || wc != creds {
			return nil, fmt.Errorf("services: deposit data entry %d: withdrawal credentials 0x%s are not the pool's %#x", i, e.WithdrawalCredentials, creds)
		}
		if e.Amount != 32_000_000_000 {
			return nil, fmt.Errorf("services: deposit data entry %d: %d gwei, the pool deposits 32 ETH", i, e.Amount)
		}
		if err := decodeHexInto(e.Pubkey, out[i].Pubkey[:]); err != nil {
			return nil, fmt.Errorf("services: deposit data entry %d: pubkey: %w", i, err)
		}
		if err := decodeHexInto(e.Signature, out[i].Signature[:]); err != nil {
			return nil, fmt.Errorf("services: deposit data entry %d: signature: %w", i, err)
		}
	}
	return out, nil
}

// SignKeys signs deposit messages for secret keys (the devnet's
// operators, whose keys derive from a public mnemonic).
func SignKeys(sks []*keys.SecretKey, creds [32]byte, genesisForkVersion [4]byte) []SignedKey {
	out := make([]SignedKey, len(sks))
	for i, sk := range sks {
		d := keys.SignDeposit(sk, creds, 32_000_000_000, genesisForkVersion)
		out[i] = SignedKey{Pubkey: d.Pubkey, Signature: d.Signature}
	}
	return out
}

// Operator uploads a node operator's validator keys to the registry, from
// its reward address, in batches the gas limit allows: the registry's
// per-call bound, and a batch's estimated gas within GasShare of the
// block's gas limit (halved until it fits). The keys are those of a
// deposit data file, in its order; the registry's keys must be a prefix
// of them (a key at a registry index that differs from the file's stops
// the upload: another file was uploaded).
type Operator struct {
	id   uint64
	c    *Conn
	s    *sender
	keys []SignedKey
	// GasShare is the share of the block gas limit one upload may use
	// (default 1/2).
	GasShare float64
	// KeysFor gives the deposit data for the pool's credentials when the
	// operator was built without keys (the devnet derives them).
	KeysFor func(creds [32]byte) []SignedKey
	metrics *Metrics
	log     *slog.Logger
}

// NewOperator is operator id's key upload, signing with its reward
// address's signer; keys are uploaded in order.
func NewOperator(c *Conn, id uint64, signer TxSigner, signed []SignedKey, store *Store, m *Metrics, log *slog.Logger) (*Operator, error) {
	if c == nil || signer == nil {
		return nil, fmt.Errorf("services: operator %d: a connection and a signer are required", id)
	}
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	name := fmt.Sprintf("operator-%d", id)
	log = log.With("service", name)
	s, err := newSender(name, c, signer, store, m, log)
	if err != nil {
		return nil, err
	}
	return &Operator{id: id, c: c, s: s, keys: signed, GasShare: 0.5, metrics: m.or(), log: log}, nil
}

// Name implements Service.
func (o *Operator) Name() string { return fmt.Sprintf("operator-%d", o.id) }

// OperatorStatus is an operator's counts in the registry.
type OperatorStatus struct {
	ID            uint64 `json:"id"`
	Name          string `json:"name"`
	RewardAddress string `json:"reward_address"`
	Active        bool   `json:"active"`
	Limit         uint64 `json:"limit"`
	KeysInFile    int    `json:"keys_in_file"`
	Uploaded      uint64 `json:"uploaded"`
	Deposited     uint64 `json:"deposited"`
	Exited        uint64 `json:"exited"`
	ExitRequested uint64 `json:"exit_requested"`
	Stuck         uint64 `json:"stuck"`
}

// Status reads the operator's counts.
func (o *Operator) Status(ctx context.Context) (*OperatorStatus, error) {
	op, err := o.c.Registry.GetOperator(at(ctx, nil), new(big.Int).SetUint64(o.id))
	if err != nil {
		return nil, o.c.rpcErr(fmt.Sprintf("read operator %d", o.id), err)
	}
	k := op.C
	st := &OperatorStatus{ID: o.id, Name: op.Name, RewardAddress: op.RewardAddress.Hex(), Active: k.Active, Limit: k.Limit,
		KeysInFile: len(o.keys), Uploaded: uint64(k.Keys), Deposited: uint64(k.Deposited), Exited: uint64(k.Exited),
		ExitRequested: uint64(k.ExitRequested), Stuck: uint64(k.Stuck)}
	return st, nil
}

// Poll uploads the next batch of keys the registry does not have.
func (o *Operator) Poll(ctx context.Context) error {
	if err := o.s.settle(ctx); err != nil {
		return ignoreBusy(err)
	}
	_, err := o.Upload(ctx, false)
	return err
}

// Upload sends the next batch (wait: and waits for it to be mined); it
// returns the number of keys sent, 0 when the registry has them all.
func (o *Operator) Upload(ctx context.Context, wait bool) (int, error) {
	counts, err := o.c.Registry.GetAllCounts(at(ctx, nil))
	if err != nil {
		return 0, o.c.rpcErr("read the registry", err)
	}
	if o.id >= uint64(len(counts)) {
		return 0, fmt.Errorf("services: %s: the registry has %d operators", o.Name(), len(counts))
	}
	k := counts[o.id]
	have := int(k.Keys)
	if o.keys == nil && o.KeysFor != nil {
		creds, err := o.c.Pool.WithdrawalCredentials(at(ctx, nil))
		if err != nil {
			return 0, o.c.rpcErr("read the withdrawal credentials", err)
		}
		o.keys = o.KeysFor(creds)
	}
	m := o.metrics
	name := o.Name()
	m.operatorKeys.WithLabelValues(name, "file").Set(float64(len(o.keys)))
	m.operatorKeys.WithLabelValues(name, "uploaded").Set(float64(have))
	m.operatorKeys.WithLabelValues(name, "deposited").Set(float64(k.Deposited))
	m.operatorKeys.WithLabelValues(name, "exited").Set(float64(k.Exited))
	if have >= len(o.keys) {
		return 0, nil
	}
	if have > 0 {
		last, err := o.c.Registry.GetSigningKey(at(ctx, nil), new(big.Int).SetUint64(o.id), big.NewInt(int64(have-1)))
		if err != nil {
			return 0, o.c.rpcErr(fmt.Sprintf("read key %d", have-1), err)
		}
		if !bytes.Equal(last.Pubkey, o.keys[have-1].Pubkey[:]) {
			return 0, fmt.Errorf("services: %s: the registry's key %d is %#x, the file's is %#x: the registry holds other keys than this file's first %d; not uploading",
				name, have-1, last.Pubkey, o.keys[have-1].Pubkey, have)
		}
	}
	maxBatch, err := o.c.Registry.MAXKEYSPERCALL(at(ctx, nil))
	if err != nil {
		return 0, o.c.rpcErr("read the batch bound", err)
	}
	head, err := o.c.EL.HeaderByNumber(ctx, nil)
	if err != nil {
		return 0, o.c.rpcErr("read the head", err)
	}
	budget := uint64(float64(head.GasLimit) * o.GasShare)
	n := min(len(o.keys)-have, int(maxBatch.Int64()))
	for {
		gas, err := o.estimate(ctx, have, n)
		if err != nil {
			return 0, err
		}
		if gas <= budget || n == 1 {
			break
		}
		n /= 2
	}
	batch := o.keys[have : have+n]
	tx, err := o.s.send(ctx, fmt.Sprintf("upload keys %d..%d", have, have+n-1), func(opts *bind.TransactOpts) (*types.Transaction, error) {
		pk, sig := packKeys(batch)
		return o.c.Registry.AddSigningKeys(opts, new(big.Int).SetUint64(o.id), big.NewInt(int64(n)), pk, sig)
	})
	if err != nil {
		return 0, fmt.Errorf("services: %s: upload %d keys: %w", name, n, err)
	}
	if wait {
		rc, err := bind.WaitMined(ctx, o.c.EL, tx)
		if err != nil {
			return 0, o.c.rpcErr("wait for the upload", err)
		}
		if err := o.s.settle(ctx); err != nil {
			return 0, err
		}
		if rc.Status != types.ReceiptStatusSuccessful {
			return 0, fmt.Errorf("services: %s: the upload %s reverted", name, tx.Hash())
		}
	}
	return n, nil
}

func packKeys(ks []SignedKey) (pubkeys, sigs []byte) {
	for _, k := range ks {
		pubkeys = append(pubkeys, k.Pubkey[:]...)
		sigs = append(sigs, k.Signature[:]...)
	}
	return pubkeys, sigs
}

// estimate is the gas of uploading n keys from index have.
func (o *Operator) estimate(ctx context.Context, have, n int) (uint64, error) {
	parsed, err := registryABI()
	if err != nil {
		return 0, err
	}
	pk, sig := packKeys(o.keys[have : have+n])
	data, err := parsed.Pack("addSigningKeys", new(big.Int).SetUint64(o.id), big.NewInt(int64(n)), pk, sig)
	if err != nil {
		return 0, err
	}
	to := o.c.Addr.Registry
	gas, err := o.c.EL.EstimateGas(ctx, ethereum.CallMsg{From: o.s.addr, To: &to, Data: data})
	if err != nil {
		return 0, o.c.rpcErr(fmt.Sprintf("estimate the upload of keys %d..%d", have, have+n-1), err)
	}
	return gas, nil
}

func ignoreBusy(err error) error {
	if errors.Is(err, ErrBusy) || errors.Is(err, ErrFeeAboveCap) {
		return nil
	}
	return err
}

// decodeHexInto decodes hex (with or without 0x) of exactly len(dst) bytes.
func decodeHexInto(s string, dst []byte) error {
	b, err := hexutil.Decode("0x" + strings.TrimPrefix(s, "0x"))
	if err != nil {
		return err
	}
	if len(b) != len(dst) {
		return fmt.Errorf("%d bytes, want %d", len(b), len(dst))
	}
	copy(dst, b)
	return nil
}
