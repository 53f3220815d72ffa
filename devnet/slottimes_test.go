package devnet

import (
	"context"
	"testing"
	"time"
)

// TestSlotTimesCoverTheLoop: after an advance of 40 slots the slot loop's
// phases count 40 slots, every phase a block passes through took time, the
// services ran inside the loop (their phase), and the phases together do
// not exceed the advance's wall time (they follow one another).
func TestSlotTimesCoverTheLoop(t *testing.T) {
	ctx := context.Background()
	d := openTest(t, testConfig(t.TempDir()))
	defer d.Close()
	before := d.SlotTimes()
	d.SetAfterSlot(func(context.Context) error { time.Sleep(time.Millisecond); return nil })
	t0 := time.Now()
	if err := d.Advance(ctx, 40); err != nil {
		t.Fatal(err)
	}
	wall := time.Since(t0)
	got := d.SlotTimes().Sub(before)
	if got.Slots != 40 {
		t.Fatalf("%d slots counted, 40 run", got.Slots)
	}
	for _, p := range got.Phases() {
		if p.Time <= 0 && p.Name != "snapshot" {
			t.Errorf("phase %s: %s", p.Name, p.Time)
		}
	}
	// one round of the services an epoch while advancing: at least 1 ms each
	if got.Services < time.Millisecond {
		t.Errorf("services %s: their rounds are outside the loop's phases", got.Services)
	}
	if got.Total() > wall {
		t.Errorf("phases %s over the advance's %s: they overlap", got.Total(), wall)
	}
}
