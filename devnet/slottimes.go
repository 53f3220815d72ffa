package devnet

import "time"

// SlotTimes is where the slot loop's wall time went, by phase, summed over
// the slots run. The phases follow one another (each waits for the one
// before), so their sum is the loop's critical path; what runs beside it
// (geth's transaction pool resets, pebble's compactions, the garbage
// collector) shows only as the time the phases wait for the processor.
type SlotTimes struct {
	Slots int
	// Begin: the simulator begins the slot (epoch processing at an
	// epoch's first slot, the epoch's proposers and committees).
	Begin time.Duration
	// Pay: the builder's payment sent through JSON-RPC (the transaction
	// pool takes it once it has reset to the last head).
	Pay time.Duration
	// Build: forkchoiceUpdated with the payload attributes (the pool
	// settled, geth's empty payload built).
	Build time.Duration
	// Wait: getPayload, waiting for the payload with transactions.
	Wait time.Duration
	// Import: newPayload (geth executes and commits the block) beside the
	// simulator applying the beacon block.
	Import time.Duration
	// Record: the block record written (synced when it has users'
	// transactions).
	Record time.Duration
	// Head: forkchoiceUpdated to the new head (and geth's database synced
	// when the block has users' transactions).
	Head time.Duration
	// API: the Beacon API's caches and events.
	API time.Duration
	// Snapshot: the simulator's snapshots.
	Snapshot time.Duration
	// Services: the pool's services (run by the devnet after the slot).
	Services time.Duration
}

// Total is the slot loop's wall time.
func (t SlotTimes) Total() time.Duration {
	return t.Begin + t.Pay + t.Build + t.Wait + t.Import + t.Record + t.Head + t.API + t.Snapshot + t.Services
}

// Sub is t minus an earlier reading u.
func (t SlotTimes) Sub(u SlotTimes) SlotTimes {
	return SlotTimes{Slots: t.Slots - u.Slots, Begin: t.Begin - u.Begin, Pay: t.Pay - u.Pay, Build: t.Build - u.Build,
		Wait: t.Wait - u.Wait, Import: t.Import - u.Import, Record: t.Record - u.Record, Head: t.Head - u.Head,
		API: t.API - u.API, Snapshot: t.Snapshot - u.Snapshot, Services: t.Services - u.Services}
}

// Phases names each phase with its time, in the loop's order.
func (t SlotTimes) Phases() []Phase {
	return []Phase{{"begin", t.Begin}, {"pay", t.Pay}, {"build", t.Build}, {"wait", t.Wait}, {"import", t.Import},
		{"record", t.Record}, {"head", t.Head}, {"api", t.API}, {"snapshot", t.Snapshot}, {"services", t.Services}}
}

// Phase is one phase of the slot loop and its time.
type Phase struct {
	Name string
	Time time.Duration
}

// since adds the time from *t0 to now to *d and moves *t0 to now.
func since(d *time.Duration, t0 *time.Time) {
	now := time.Now()
	*d += now.Sub(*t0)
	*t0 = now
}
