package devnet

import (
	"bytes"
	"context"
	"encoding/binary"
	"errors"
	"fmt"
	"hash/crc32"
	"math/big"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"github.com/ethereum/go-ethereum/common"

	"github.com/stakepool/stakepool/beacon/apiserver"
	"github.com/stakepool/stakepool/beacon/sim"
	"github.com/stakepool/stakepool/durable"
)

// Restarts. The execution chain (geth's database) and the consensus layer
// (the simulator's snapshots and the block records after them) are written
// separately; a start brings them back to the same slot:
//
//  1. it takes the newest snapshot whose execution head geth still has
//     (the simulator's state, the execution head and recent anchors; a
//     snapshot is written only once both halves are durable up to it);
//  2. it replays the block records after it through the simulator, checking
//     each against the state (a record that does not follow ends the
//     replay and is cut, with all after it), and sends geth again every
//     payload it lost (newPayload);
//  3. blocks geth has beyond the last record (made but never recorded by
//     the consensus layer, so never shown) are rewound.
//
// RestartReport says what was found and done.

// RestartReport is what a start found and did.
type RestartReport struct {
	Fresh bool // a new devnet
	// SnapshotSlot is the slot of the snapshot the simulator restarted from
	// (0 with FromGenesis).
	SnapshotSlot uint64
	FromGenesis  bool
	// SkippedSnapshots are newer snapshots that did not agree with geth.
	SkippedSnapshots []string
	// Replayed is how many recorded slots were replayed, Refed how many of
	// their payloads geth had lost and was sent again.
	Replayed, Refed int
	// CutFrom is the first slot of the records cut because they did not
	// follow (0: none).
	CutFrom uint64
	// Rewound is how many blocks geth had beyond the consensus layer.
	Rewound uint64
	// TornBytes is the torn tail cut from the block records.
	TornBytes int64
	// Slot is the slot the chain continues from.
	Slot uint64
}

// Agreed says whether both halves agreed at once (nothing re-driven).
func (r RestartReport) Agreed() bool {
	return len(r.SkippedSnapshots) == 0 && r.Refed == 0 && r.CutFrom == 0 && r.Rewound == 0 && r.TornBytes == 0
}

func (r RestartReport) String() string {
	if r.Fresh {
		return fmt.Sprintf("new devnet at slot %d", r.Slot)
	}
	var b strings.Builder
	if r.FromGenesis {
		fmt.Fprintf(&b, "restarted from genesis")
	} else {
		fmt.Fprintf(&b, "restarted from the snapshot of slot %d", r.SnapshotSlot)
	}
	fmt.Fprintf(&b, ", replayed %d recorded slots to slot %d", r.Replayed, r.Slot)
	if r.Agreed() {
		b.WriteString("; the execution and consensus layers agreed")
		return b.String()
	}
	b.WriteString("; they were apart:")
	for _, s := range r.SkippedSnapshots {
		fmt.Fprintf(&b, " snapshot %s skipped;", s)
	}
	if r.TornBytes > 0 {
		fmt.Fprintf(&b, " a torn tail of %d bytes cut from the block records;", r.TornBytes)
	}
	if r.Refed > 0 {
		fmt.Fprintf(&b, " %d payloads the execution layer had lost sent again;", r.Refed)
	}
	if r.CutFrom > 0 {
		fmt.Fprintf(&b, " records from slot %d did not follow and were cut;", r.CutFrom)
	}
	if r.Rewound > 0 {
		fmt.Fprintf(&b, " %d execution blocks the consensus layer never recorded rewound;", r.Rewound)
	}
	return strings.TrimSuffix(b.String(), ";")
}

const snapshotMagic = "stakepool/devnet/snapshot/v1\n"

// snapshotFile is a snapshot's content.
type snapshotFile struct {
	slot    uint64
	head    ExecutionHead
	anchors []Anchor
	sim     []byte
}

func (s *snapshotFile) encode() []byte {
	b := []byte(snapshotMagic)
	b = binary.LittleEndian.AppendUint64(b, s.slot)
	b = append(b, s.head.Hash[:]...)
	b = binary.LittleEndian.AppendUint64(b, s.head.Number)
	fee := bigOrZero(s.head.BaseFee).Bytes()
	b = binary.LittleEndian.AppendUint32(b, uint32(len(fee)))
	b = append(b, fee...)
	b = binary.LittleEndian.AppendUint32(b, uint32(len(s.anchors)))
	for _, a := range s.anchors {
		b = binary.LittleEndian.AppendUint64(b, a.Slot)
		b = append(b, a.Hash[:]...)
	}
	b = binary.LittleEndian.AppendUint64(b, uint64(len(s.sim)))
	b = append(b, s.sim...)
	return binary.LittleEndian.AppendUint32(b, crc32.ChecksumIEEE(b))
}

func decodeSnapshot(b []byte) (*snapshotFile, error) {
	bad := errors.New("devnet: not a snapshot or corrupt")
	if len(b) < len(snapshotMagic)+4 || !bytes.HasPrefix(b, []byte(snapshotMagic)) {
		return nil, bad
	}
	body, sum := b[:len(b)-4], binary.LittleEndian.Uint32(b[len(b)-4:])
	if crc32.ChecksumIEEE(body) != sum {
		return nil, bad
	}
	r := body[len(snapshotMagic):]
	take := func(n int) []byte {
		if n < 0 || n > len(r) {
			r = nil
			return make([]byte, max(n, 0))
		}
		x := r[:n]
		r = r[n:]
		return x
	}
	u64 := func() uint64 { return binary.LittleEndian.Uint64(take(8)) }
	u32 := func() int { return int(binary.LittleEndian.Uint32(take(4))) }
	s := &snapshotFile{slot: u64()}
	s.head.Hash = common.BytesToHash(take(32))
	s.head.Number = u64()
	s.head.BaseFee = new(big.Int).SetBytes(take(u32()))
	for n := u32(); n > 0 && r != nil; n-- {
		a := Anchor{Slot: u64()}
		a.Hash = common.BytesToHash(take(32))
		s.anchors = append(s.anchors, a)
	}
	s.sim = take(int(u64()))
	if r == nil || len(r) != 0 {
		return nil, bad
	}
	return s, nil
}

func (d *Devnet) snapshotDir() string { return filepath.Join(d.cfg.Dir, "beacon") }

// snapshots lists the snapshot files, newest first.
func (d *Devnet) snapshots() []string {
	names, _ := filepath.Glob(filepath.Join(d.snapshotDir(), "snapshot-*.bin"))
	slices.Sort(names)
	slices.Reverse(names)
	return names
}

// snapshotsKept is how many snapshots stay on disk.
const snapshotsKept = 2

// snapshot writes the simulator's state with the execution head, once
// both layers are durable up to here.
func (d *Devnet) snapshot() error {
	if d.store == nil {
		return nil
	}
	if err := d.x.Durable(); err != nil {
		return err
	}
	if err := d.store.Sync(); err != nil {
		return err
	}
	simBytes, err := d.chain.MarshalBinary()
	if err != nil {
		return fmt.Errorf("devnet: snapshot: %w", err)
	}
	slot := d.Slot()
	s := &snapshotFile{slot: slot, head: d.c.Head(), anchors: d.c.Anchors(), sim: simBytes}
	name := filepath.Join(d.snapshotDir(), fmt.Sprintf("snapshot-%012d.bin", slot))
	if err := durable.WriteFile(name, s.encode(), 0o600); err != nil {
		return fmt.Errorf("devnet: snapshot: %w", err)
	}
	d.lastSnap = slot
	for i, old := range d.snapshots() {
		if i >= snapshotsKept {
			os.Remove(old)
		}
	}
	return nil
}

// start brings the two layers to the same slot (see the top of the file).
func (d *Devnet) start(ctx context.Context, genesisState *sim.State) error {
	bc := d.x.Backend().BlockChain()
	gen := bc.Genesis()
	head := ExecutionHead{Hash: gen.Hash(), Number: 0, BaseFee: gen.BaseFee()}
	anchors := []Anchor{{Slot: genesisState.Slot, Hash: gen.Hash()}}
	d.chain = d.newChain(genesisState)
	rep := &d.Restart
	rep.FromGenesis = true
	for _, name := range d.snapshots() {
		b, err := os.ReadFile(name)
		var s *snapshotFile
		if err == nil {
			s, err = decodeSnapshot(b)
		}
		if err == nil && bc.GetCanonicalHash(s.head.Number) != s.head.Hash {
			err = fmt.Errorf("geth does not have its execution head %s", s.head.Hash)
		}
		if err == nil {
			err = d.chain.UnmarshalBinary(s.sim)
		}
		if err != nil {
			rep.SkippedSnapshots = append(rep.SkippedSnapshots, fmt.Sprintf("%s (%v)", filepath.Base(name), err))
			d.chain = d.newChain(genesisState)
			continue
		}
		head, anchors, rep.SnapshotSlot, rep.FromGenesis, d.lastSnap = s.head, s.anchors, s.slot, false, s.slot
		break
	}
	var apiHead *apiserver.Block
	if d.store != nil {
		if last, ok := d.store.LastSlot(); ok {
			rep.Fresh = false
			_ = last
		} else {
			rep.Fresh = len(d.snapshots()) == 0
		}
		// the latest block at or before the snapshot, for the Beacon API's head
		for slot := d.Slot(); apiHead == nil; slot-- {
			rec, err := d.store.At(slot)
			if err != nil {
				return err
			}
			if rec != nil && !rec.Missed {
				apiHead = rec.APIBlock()
			}
			if slot == 0 || d.Slot()-slot > 4*d.sp.SlotsPerEpoch {
				break
			}
		}
	} else {
		rep.Fresh = true
	}
	var err error
	var blocks apiserver.BlockStore
	if d.store != nil {
		blocks = d.store
	}
	if d.api, err = apiserver.New(apiserver.Config{Chain: d.chain, Blocks: blocks, Head: apiHead, EpochsKept: d.cfg.EpochsKept,
		Version: d.cfg.Version, Logger: d.log}); err != nil {
		return err
	}
	if err := d.consensus(head, anchors); err != nil {
		return err
	}
	if d.store != nil {
		if err := d.replay(ctx); err != nil {
			return err
		}
	}
	// blocks geth made that the consensus layer never recorded
	h := d.c.Head()
	if cur := bc.CurrentBlock().Number.Uint64(); cur > h.Number {
		if err := d.x.Rewind(h.Number); err != nil {
			return fmt.Errorf("devnet: rewind the execution chain to block %d: %w", h.Number, err)
		}
		rep.Rewound = cur - h.Number
	}
	if d.cut != nil {
		// re-drive the slot whose record did not follow (its proposal is begun)
		if err := d.c.SetHead(ctx, h); err != nil {
			return fmt.Errorf("devnet: set the execution head: %w", err)
		}
		s, err := d.c.Build(ctx, d.cut)
		if err != nil {
			return err
		}
		d.api.Observe(s.Slot, s.APIBlock())
		d.cut = nil
		h = d.c.Head()
	}
	if err := d.c.SetHead(ctx, h); err != nil {
		return fmt.Errorf("devnet: set the execution head: %w", err)
	}
	rep.Slot = d.Slot()
	if !rep.Fresh {
		if rep.Agreed() {
			d.log.Info(rep.String())
		} else {
			d.log.Warn(rep.String())
		}
	}
	return nil
}

// replay re-drives the simulator through the records after its state.
func (d *Devnet) replay(ctx context.Context) error {
	bc := d.x.Backend().BlockChain()
	rep := &d.Restart
	var cut uint64
	var begun sim.Proposal
	err := d.store.After(d.Slot(), func(rec *Slot) (bool, error) {
		p := d.chain.BeginSlot()
		begun = p
		if !rec.Missed {
			payload := rec.Block.Message.Body.ExecutionPayload
			if bc.GetCanonicalHash(payload.BlockNumber) != common.Hash(payload.BlockHash) {
				if err := d.c.Refeed(ctx, rec); err != nil {
					cut = rec.Slot
					d.log.Warn("a recorded payload was refused", "slot", rec.Slot, "err", err)
					return false, nil
				}
				rep.Refed++
			}
		}
		if err := d.c.Replay(ctx, &p, rec); err != nil {
			if errors.Is(err, ErrDiverged) {
				cut = rec.Slot
				d.log.Warn("replay stopped", "err", err)
				return false, nil
			}
			return false, err
		}
		rep.Replayed++
		d.api.Observe(rec.Slot, rec.APIBlock())
		return true, nil
	})
	if err != nil {
		return err
	}
	if cut == 0 {
		return nil
	}
	// the slot whose record did not follow is begun: start re-drives it
	rep.CutFrom = cut
	d.cut = &begun
	return d.store.Truncate(cut)
}
