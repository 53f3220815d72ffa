package services

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"math/big"

	"github.com/stakepool/stakepool/beacon"
	"github.com/stakepool/stakepool/beacon/api"
)

// ExitBot is run by a node operator: it watches how many of the
// operator's keys the oracle asked to exit (the registry counts them, oldest
// key first) and publishes a signed voluntary exit through the Beacon API
// for each such validator still active. The exits are signed with the
// validators' BLS keys, which the Beacon API client holds (api.Config's
// ExitKeys or ExitKeystores). An exit the chain refuses for now (a
// validator active for less than SHARD_COMMITTEE_PERIOD) is tried again at
// the next poll.
type ExitBot struct {
	op     uint64
	c      *Conn
	beacon *api.Client
	log    *slog.Logger
	// Metrics records the bot's figures (nil: none).
	Metrics *Metrics

	pubkeys   [][48]byte // the operator's keys read so far, by index
	published map[beacon.ValidatorIndex]bool
	refused   map[beacon.ValidatorIndex]bool
}

// NewExitBot is operator op's exit bot; beaconAPI must hold the exit keys
// of the operator's validators.
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
		err := e.beacon.RequestVoluntaryExit(ctx, v.Index)
		switch {
		case err == nil:
			e.published[v.Index] = true
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
