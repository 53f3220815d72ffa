package services

import (
	"context"
	"crypto/ecdsa"
	"fmt"
	"log/slog"
	"math/big"

	"github.com/stakepool/stakepool/keys"
)

// Operator uploads a node operator's validator keys to the registry: the
// deposit data of each key (pubkey and BLS signature over the pool's
// withdrawal credentials and 32 ETH, under the network's genesis fork
// version), in batches the registry accepts, from the operator's reward
// address.
type Operator struct {
	id          uint64
	c           *Conn
	s           *sender
	signing     []*keys.SecretKey
	forkVersion [4]byte
	log         *slog.Logger
}

// NewOperator is operator id's key upload; rewardKey is its reward
// address's key, signing its validators' keys in upload order.
func NewOperator(c *Conn, id uint64, rewardKey *ecdsa.PrivateKey, signing []*keys.SecretKey, genesisForkVersion [4]byte, log *slog.Logger) (*Operator, error) {
	if c == nil || rewardKey == nil {
		return nil, fmt.Errorf("services: operator %d: a connection and a reward key are required", id)
	}
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	log = log.With("service", fmt.Sprintf("operator-%d", id))
	return &Operator{id: id, c: c, s: newSender(c, rewardKey, log), signing: signing, forkVersion: genesisForkVersion, log: log}, nil
}

// Name implements Service.
func (o *Operator) Name() string { return fmt.Sprintf("operator-%d", o.id) }

// Poll uploads the next batch of keys the registry does not have.
func (o *Operator) Poll(ctx context.Context) error {
	if err := o.s.settle(ctx); err != nil {
		return ignoreBusy(err)
	}
	counts, err := o.c.Registry.GetAllCounts(at(ctx, nil))
	if err != nil {
		return fmt.Errorf("services: %s: read the registry: %w", o.Name(), err)
	}
	if o.id >= uint64(len(counts)) {
		return fmt.Errorf("services: %s: the registry has %d operators", o.Name(), len(counts))
	}
	have := int(counts[o.id].Keys)
	if have >= len(o.signing) {
		return nil
	}
	maxBatch, err := o.c.Registry.MAXKEYSPERCALL(at(ctx, nil))
	if err != nil {
		return fmt.Errorf("services: %s: read the batch bound: %w", o.Name(), err)
	}
	n := min(len(o.signing)-have, int(maxBatch.Int64()), 16)
	creds, err := o.c.Pool.WithdrawalCredentials(at(ctx, nil))
	if err != nil {
		return fmt.Errorf("services: %s: read the withdrawal credentials: %w", o.Name(), err)
	}
	var pubkeys, sigs []byte
	for _, sk := range o.signing[have : have+n] {
		d := keys.SignDeposit(sk, creds, 32_000_000_000, o.forkVersion)
		pubkeys = append(pubkeys, d.Pubkey[:]...)
		sigs = append(sigs, d.Signature[:]...)
	}
	opts, err := o.s.opts(ctx)
	if err != nil {
		return err
	}
	tx, err := o.c.Registry.AddSigningKeys(opts, new(big.Int).SetUint64(o.id), big.NewInt(int64(n)), pubkeys, sigs)
	if err != nil {
		return fmt.Errorf("services: %s: upload %d keys: %w", o.Name(), n, err)
	}
	o.s.sent(tx, fmt.Sprintf("uploaded keys %d..%d", have, have+n-1))
	return nil
}

func ignoreBusy(err error) error {
	if err == ErrBusy {
		return nil
	}
	return err
}
