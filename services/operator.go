package services

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"math/big"
	"strings"

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
// its reward address, as `stakepool operator keys upload` does (one
// planner, services/keyupload.go): the keys the registry holds are
// skipped (another operator's refuse the upload), and a batch is the
// registry's per-call bound halved until its estimated gas is within
// GasShare of the block's gas limit. The keys are a deposit data file's,
// in its order.
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
	todo, _, err := keysToUpload(ctx, o.c.Registry, o.id, k.Keys, o.keys)
	if err != nil {
		return 0, fmt.Errorf("services: %s: %w", name, err)
	}
	if len(todo) == 0 {
		return 0, nil
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
	n, _, err := fitBatch(ctx, o.c.Client, o.s.addr, o.id, todo, int(maxBatch.Int64()), budget)
	if err != nil {
		return 0, fmt.Errorf("services: %s: %w", name, err)
	}
	batch := todo[:n]
	tx, err := o.s.send(ctx, fmt.Sprintf("upload keys %d..%d", batch[0].index, batch[n-1].index), func(opts *bind.TransactOpts) (*types.Transaction, error) {
		pk, sig := packIndexed(batch)
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
