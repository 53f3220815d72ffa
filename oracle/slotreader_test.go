package oracle_test

import (
	"context"
	"testing"

	"github.com/stakepool/stakepool/beacon"
	beaconapi "github.com/stakepool/stakepool/beacon/api"
	"github.com/stakepool/stakepool/oracle"
	"github.com/stakepool/stakepool/protocol"
)

// The Beacon API client reads validators at a chosen slot.
var _ oracle.SlotReader = (*beaconapi.Client)(nil)

// movingChain is a chain whose head moves on between two requests: its
// latest validators belong to a later slot than the head it answered.
type movingChain struct {
	beacon.Chain
	head  beacon.Slot
	atArg beacon.Slot
}

func (m *movingChain) HeadSlot(context.Context) (beacon.Slot, error) { return m.head, nil }

func (m *movingChain) ValidatorsByCredentials(context.Context, beacon.Credentials) ([]beacon.Validator, error) {
	return []beacon.Validator{{Index: 1, Balance: 33e9}, {Index: 2, Balance: 32e9}}, nil // head+1
}

func (m *movingChain) ValidatorsAt(_ context.Context, slot beacon.Slot, _ beacon.Credentials) ([]beacon.Validator, error) {
	m.atArg = slot
	return []beacon.Validator{{Index: 1, Balance: 32e9}}, nil
}

// ReadSnapshot reads the validators at the head slot it read, when the
// chain can (oracle.SlotReader), so that a snapshot's slot and validators
// belong together.
func TestReadSnapshotAtHeadSlot(t *testing.T) {
	c := &movingChain{head: 6400}
	snap, err := oracle.ReadSnapshot(context.Background(), c, protocol.Credentials{0x01})
	if err != nil {
		t.Fatal(err)
	}
	if c.atArg != 6400 || snap.Slot != 6400 || len(snap.Validators) != 1 || snap.Validators[0].Balance != 32e9 {
		t.Fatalf("snapshot at slot %d read validators at %d: %+v", snap.Slot, c.atArg, snap.Validators)
	}
}
