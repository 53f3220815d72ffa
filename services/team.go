package services

import (
	"context"
	"errors"
	"fmt"
)

// Team is the services of a pool run together (on a devnet, every
// participant's): Poll polls each in order, so that a transaction one
// sends (a key upload, a guardian's attestation) is seen by the next
// (the depositor) in the same round.
type Team struct {
	Services []Service
}

// Poll polls every service; one's failure does not stop the others (it is
// reported, joined with the rest).
func (t *Team) Poll(ctx context.Context) error {
	var errs []error
	for _, s := range t.Services {
		if err := ctx.Err(); err != nil {
			return err
		}
		if err := s.Poll(ctx); err != nil {
			errs = append(errs, fmt.Errorf("%s: %w", s.Name(), err))
		}
	}
	return errors.Join(errs...)
}
