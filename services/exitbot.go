package services

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"math/big"

	"github.com/attestantio/go-eth2-client/spec/phase0"
	"github.com/ethereum/go-ethereum/common/hexutil"

	"github.com/stakepool/stakepool/beacon"
	"github.com/stakepool/stakepool/beacon/api"
)

// ExitBot is run by a node operator: it watches how many of the
// operator's keys the oracle asked to exit (the registry counts them, oldest
// key first) and publishes a signed voluntary exit through the Beacon API
// for each such validator still active. The exits are signed with the
// validators' BLS keys: by Signer (keystores in the process, or a remote
// signer), or else by the Beacon API client, which then holds them
// (api.Config's ExitKeys or ExitKeystores). An exit the chain refuses for
// now (a validator active for less than SHARD_COMMITTEE_PERIOD) is tried
// again at the next poll.
//
// With a Signer, each exit is signed once: the signed message is saved in
// the store before it is published and marked published after, so a
// restart (even after kill -9) never signs again; it republishes the same
// signed message only when the node never acknowledged it.
type ExitBot struct {
	op     uint64
	c      *Conn
	beacon *api.Client
	log    *slog.Logger
	// Metrics records the bot's figures (nil: none).
	Metrics *Metrics
	// Signer, when set, signs the exits (else the Beacon API client's keys
	// do, and nothing is kept across restarts).
	Signer ExitSigner
	store  *Store
	exits  map[uint64]*exitRecord

	pubkeys   [][48]byte // the operator's keys read so far, by index
	published map[beacon.ValidatorIndex]bool
	refused   map[beacon.ValidatorIndex]bool
}

// NewExitBot is operator op's exit bot; beaconAPI must hold the exit keys
// of the operator's validators unless the bot is given a Signer.
func NewExitBot(c *Conn, op uint64, beaconAPI *api.Client, log *slog.Logger) (*ExitBot, error) {
	if c == nil || beaconAPI == nil {
		return nil, errors.New("services: an exit bot needs a connection and a Beacon API")
	}
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	return &ExitBot{op: op, c: c, beacon: beaconAPI, log: log.With("service", fmt.Sprintf("exit-bot-%d", op)),
		published: map[beacon.ValidatorIndex]bool{}, refused: map[beacon.ValidatorIndex]bool{}}, nil
}

// Name implements Service.
func (e *ExitBot) Name() string { return fmt.Sprintf("exit-bot-%d", e.op) }

// Poll publishes the exits the oracle asked for.
func (e *ExitBot) Poll(ctx context.Context) error {
	counts, err := e.c.Registry.GetAllCounts(at(ctx, nil))
	if err != nil {
		return fmt.Errorf("services: %s: read the registry: %w", e.Name(), err)
	}
	if e.op >= uint64(len(counts)) {
		return fmt.Errorf("services: %s: no operator %d", e.Name(), e.op)
	}
	asked := uint64(counts[e.op].ExitRequested)
	m := e.Metrics.or()
	m.exitRequested.WithLabelValues(e.Name()).Set(float64(asked))
	if asked == 0 {
		m.exitPending.WithLabelValues(e.Name()).Set(0)
		return nil
	}
	for i := uint64(len(e.pubkeys)); i < asked; i++ {
		r, err := e.c.Registry.GetSigningKey(at(ctx, nil), new(big.Int).SetUint64(e.op), new(big.Int).SetUint64(i))
		if err != nil {
			return fmt.Errorf("services: %s: read key %d: %w", e.Name(), i, err)
		}
		if len(r.Pubkey) != 48 {
			return fmt.Errorf("services: %s: key %d has %d bytes", e.Name(), i, len(r.Pubkey))
		}
		e.pubkeys = append(e.pubkeys, [48]byte(r.Pubkey))
	}
	head, err := e.beacon.HeadSlot(ctx)
	if err != nil {
		return fmt.Errorf("services: %s: %w", e.Name(), err)
	}
	// the epoch's first slot: a state the node keeps for the epoch
	spe := e.beacon.SlotsPerEpoch()
	vs, err := e.beacon.ValidatorsByPubkeys(ctx, beacon.Slot(uint64(head)/spe*spe), e.pubkeys[:asked])
	if err != nil {
		return fmt.Errorf("services: %s: %w", e.Name(), err)
	}
	byKey := make(map[[48]byte]*beacon.Validator, len(vs))
	for i := range vs {
		byKey[vs[i].Pubkey] = &vs[i]
	}
	var pending int
	for _, pk := range e.pubkeys[:asked] {
		if v, ok := byKey[pk]; ok && v.Status == beacon.StatusActiveOngoing {
			pending++
		}
	}
	m.exitPending.WithLabelValues(e.Name()).Set(float64(pending))
	for i, pk := range e.pubkeys[:asked] {
		v, ok := byKey[pk]
		if !ok || v.Status != beacon.StatusActiveOngoing || e.published[v.Index] {
			continue
		}
		var err error
		if e.Signer != nil {
			var skip bool
			if skip, err = e.signAndPublish(ctx, v, beacon.Epoch(uint64(head)/spe)); skip {
				e.published[v.Index] = true
				continue
			}
		} else {
			err = e.beacon.RequestVoluntaryExit(ctx, v.Index)
		}
		switch {
		case err == nil:
			e.published[v.Index] = true
			if e.Signer != nil {
				if err := e.markPublished(uint64(v.Index)); err != nil {
					return err
				}
			}
			m.exitPublished.WithLabelValues(e.Name()).Inc()
			e.log.Info("published a voluntary exit", "key", i, "validator", v.Index)
		case errors.Is(err, beacon.ErrExitNotAllowed):
			if !e.refused[v.Index] {
				e.log.Info("exit refused for now; will try again", "key", i, "validator", v.Index, "err", err)
				e.refused[v.Index] = true
			}
		default:
			return fmt.Errorf("services: %s: exit validator %d: %w", e.Name(), v.Index, err)
		}
	}
	return nil
}

// exitRecord is a signed exit kept in the store: saved before it is
// published, marked once the node acknowledged it.
type exitRecord struct {
	Pubkey    string `json:"pubkey"`
	Epoch     uint64 `json:"epoch"`
	Signature string `json:"signature"`
	Published bool   `json:"published"`
}

// UseStore keeps the bot's signed exits in s (the process's state
// directory): loaded now, saved before each publication.
func (e *ExitBot) UseStore(s *Store) error {
	e.store = s
	e.exits = map[uint64]*exitRecord{}
	if _, err := s.Load("exits", &e.exits); err != nil {
		return err
	}
	for idx, r := range e.exits {
		if r.Published {
			e.published[beacon.ValidatorIndex(idx)] = true
		}
	}
	if len(e.exits) > 0 {
		e.log.Info("signed exits from the state directory", "exits", len(e.exits))
	}
	return nil
}

func (e *ExitBot) saveExits() error {
	if e.store == nil {
		return nil
	}
	return e.store.Save("exits", e.exits)
}

// signAndPublish publishes validator v's exit: the one signed before
// (republished unchanged) or a new one, signed for epoch and saved before
// it is sent. skip says it was published already.
func (e *ExitBot) signAndPublish(ctx context.Context, v *beacon.Validator, epoch beacon.Epoch) (skip bool, err error) {
	if e.exits == nil {
		e.exits = map[uint64]*exitRecord{}
	}
	idx := uint64(v.Index)
	r := e.exits[idx]
	if r != nil && r.Published {
		return true, nil
	}
	if r == nil {
		capella, gvr := e.beacon.ExitSigningInfo()
		msg := phase0.VoluntaryExit{Epoch: phase0.Epoch(epoch), ValidatorIndex: phase0.ValidatorIndex(idx)}
		sig, err := e.Signer.SignExit(ctx, v.Pubkey, msg, ExitFork{CapellaForkVersion: capella, GenesisValidatorsRoot: gvr})
		if err != nil {
			return false, fmt.Errorf("services: %s: sign the exit of validator %d: %w", e.Name(), idx, err)
		}
		r = &exitRecord{Pubkey: hexutil.Encode(v.Pubkey[:]), Epoch: uint64(epoch), Signature: hexutil.Encode(sig[:])}
		e.exits[idx] = r
		if err := e.saveExits(); err != nil { // before it leaves the process
			return false, err
		}
	} else {
		e.log.Info("republishing the exit signed before (the node had not acknowledged it)", "validator", idx, "epoch", r.Epoch)
	}
	raw, err := hexutil.Decode(r.Signature)
	if err != nil || len(raw) != 96 {
		return false, fmt.Errorf("services: %s: the stored exit of validator %d has a bad signature", e.Name(), idx)
	}
	signed := &phase0.SignedVoluntaryExit{Message: &phase0.VoluntaryExit{Epoch: phase0.Epoch(r.Epoch), ValidatorIndex: phase0.ValidatorIndex(idx)},
		Signature: phase0.BLSSignature(raw)}
	return false, e.beacon.SubmitVoluntaryExit(ctx, signed)
}

func (e *ExitBot) markPublished(idx uint64) error {
	if r := e.exits[idx]; r != nil {
		r.Published = true
	}
	return e.saveExits()
}
