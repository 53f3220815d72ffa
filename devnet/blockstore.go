package devnet

import (
	"bufio"
	"encoding/binary"
	"errors"
	"fmt"
	"hash/crc32"
	"io"
	"os"
	"path/filepath"
	"sync"

	eth2spec "github.com/attestantio/go-eth2-client/spec"
	"github.com/attestantio/go-eth2-client/spec/electra"

	"github.com/stakepool/stakepool/beacon/apiserver"
)

// BlockStore is the consensus layer's block database: one record per
// slot (its block, or a missed proposal), appended in slot order to
// beacon/blocks.log. A record is [length u32][crc32 u32][body]; a torn or
// corrupt tail (a crash in the middle of a write) is cut off on open.
// Body: slot u64, missed u8, proposer u64, reward u64, user transactions
// u32, root [32]byte, then the SSZ of the signed beacon block (Electra).
//
// It is what a beacon node keeps: on a restart the simulator replays the
// records after its snapshot, and re-sends to the execution layer the
// payloads it lost.
type BlockStore struct {
	mu    sync.Mutex
	f     *os.File
	size  int64
	slots []uint64 // slot of each record, ascending
	offs  []int64  // offset of each record
}

const recordHeader = 8

// OpenBlockStore opens (or creates) the store in dir. It reads every
// record's slot and cuts a torn tail; truncated says how many bytes went.
func OpenBlockStore(dir string) (s *BlockStore, truncated int64, err error) {
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return nil, 0, fmt.Errorf("devnet: block store: %w", err)
	}
	f, err := os.OpenFile(filepath.Join(dir, "blocks.log"), os.O_RDWR|os.O_CREATE, 0o600)
	if err != nil {
		return nil, 0, fmt.Errorf("devnet: block store: %w", err)
	}
	s = &BlockStore{f: f}
	st, err := f.Stat()
	if err != nil {
		f.Close()
		return nil, 0, err
	}
	r := bufio.NewReaderSize(f, 1<<20)
	var off int64
	var hdr [recordHeader]byte
	for {
		if _, err := io.ReadFull(r, hdr[:]); err != nil {
			break
		}
		n := int64(binary.LittleEndian.Uint32(hdr[:4]))
		if n < 61 || off+recordHeader+n > st.Size() {
			break
		}
		body := make([]byte, n)
		if _, err := io.ReadFull(r, body); err != nil || crc32.ChecksumIEEE(body) != binary.LittleEndian.Uint32(hdr[4:]) {
			break
		}
		slot := binary.LittleEndian.Uint64(body[:8])
		if len(s.slots) > 0 && slot <= s.slots[len(s.slots)-1] {
			break
		}
		s.slots = append(s.slots, slot)
		s.offs = append(s.offs, off)
		off += recordHeader + n
	}
	if off < st.Size() {
		truncated = st.Size() - off
		if err := f.Truncate(off); err != nil {
			f.Close()
			return nil, 0, fmt.Errorf("devnet: block store: cut the torn tail: %w", err)
		}
	}
	s.size = off
	return s, truncated, nil
}

// Len is the number of records.
func (s *BlockStore) Len() int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return len(s.slots)
}

// LastSlot is the slot of the last record (ok false when empty).
func (s *BlockStore) LastSlot() (uint64, bool) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if len(s.slots) == 0 {
		return 0, false
	}
	return s.slots[len(s.slots)-1], true
}

// Append adds the record of a slot after the last one; with sync it is
// on disk when Append returns.
func (s *BlockStore) Append(sl *Slot, sync bool) error {
	body := make([]byte, 61, 61+4096)
	binary.LittleEndian.PutUint64(body[0:], sl.Slot)
	if sl.Missed {
		body[8] = 1
	}
	binary.LittleEndian.PutUint64(body[9:], sl.Proposer)
	binary.LittleEndian.PutUint64(body[17:], sl.Reward)
	binary.LittleEndian.PutUint32(body[25:], uint32(sl.UserTransactions))
	copy(body[29:61], sl.Root[:])
	if !sl.Missed {
		var err error
		if body, err = sl.Block.MarshalSSZTo(body); err != nil {
			return fmt.Errorf("devnet: block store: encode slot %d: %w", sl.Slot, err)
		}
	}
	rec := make([]byte, recordHeader, recordHeader+len(body))
	binary.LittleEndian.PutUint32(rec[:4], uint32(len(body)))
	binary.LittleEndian.PutUint32(rec[4:], crc32.ChecksumIEEE(body))
	rec = append(rec, body...)
	s.mu.Lock()
	defer s.mu.Unlock()
	if n := len(s.slots); n > 0 && sl.Slot <= s.slots[n-1] {
		return fmt.Errorf("devnet: block store: slot %d after %d", sl.Slot, s.slots[n-1])
	}
	if _, err := s.f.WriteAt(rec, s.size); err != nil {
		return fmt.Errorf("devnet: block store: write slot %d: %w", sl.Slot, err)
	}
	if sync {
		if err := s.f.Sync(); err != nil {
			return fmt.Errorf("devnet: block store: sync: %w", err)
		}
	}
	s.slots = append(s.slots, sl.Slot)
	s.offs = append(s.offs, s.size)
	s.size += int64(len(rec))
	return nil
}

// Sync makes every record durable.
func (s *BlockStore) Sync() error { return s.f.Sync() }

// Truncate drops the records of slots from from on.
func (s *BlockStore) Truncate(from uint64) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	i := len(s.slots)
	for i > 0 && s.slots[i-1] >= from {
		i--
	}
	if i == len(s.slots) {
		return nil
	}
	if err := s.f.Truncate(s.offs[i]); err != nil {
		return fmt.Errorf("devnet: block store: truncate: %w", err)
	}
	s.size = s.offs[i]
	s.slots, s.offs = s.slots[:i], s.offs[:i]
	return s.f.Sync()
}

// After calls f with each record of a slot after slot, in order, until f
// returns false or an error.
func (s *BlockStore) After(slot uint64, f func(*Slot) (bool, error)) error {
	s.mu.Lock()
	n := len(s.slots)
	s.mu.Unlock()
	for i := 0; i < n; i++ {
		s.mu.Lock()
		sl, off := s.slots[i], s.offs[i]
		s.mu.Unlock()
		if sl <= slot {
			continue
		}
		rec, err := s.read(off)
		if err != nil {
			return err
		}
		if ok, err := f(rec); err != nil || !ok {
			return err
		}
	}
	return nil
}

// At returns the record of slot (nil when there is none).
func (s *BlockStore) At(slot uint64) (*Slot, error) {
	s.mu.Lock()
	lo, hi := 0, len(s.slots)
	for lo < hi {
		m := (lo + hi) / 2
		if s.slots[m] < slot {
			lo = m + 1
		} else {
			hi = m
		}
	}
	if lo == len(s.slots) || s.slots[lo] != slot {
		s.mu.Unlock()
		return nil, nil
	}
	off := s.offs[lo]
	s.mu.Unlock()
	return s.read(off)
}

// BlockAt implements apiserver.BlockStore.
func (s *BlockStore) BlockAt(slot uint64) (*apiserver.Block, error) {
	rec, err := s.At(slot)
	if err != nil || rec == nil || rec.Missed {
		return nil, err
	}
	return rec.APIBlock(), nil
}

// APIBlock is the slot's block as the Beacon API server shows it.
func (sl *Slot) APIBlock() *apiserver.Block {
	if sl.Missed {
		return nil
	}
	return &apiserver.Block{Slot: sl.Slot, Root: sl.Root, Signed: &eth2spec.VersionedSignedBeaconBlock{Version: eth2spec.DataVersionElectra, Electra: sl.Block}}
}

func (s *BlockStore) read(off int64) (*Slot, error) {
	var hdr [recordHeader]byte
	if _, err := s.f.ReadAt(hdr[:], off); err != nil {
		return nil, fmt.Errorf("devnet: block store: read at %d: %w", off, err)
	}
	body := make([]byte, binary.LittleEndian.Uint32(hdr[:4]))
	if _, err := s.f.ReadAt(body, off+recordHeader); err != nil {
		return nil, fmt.Errorf("devnet: block store: read at %d: %w", off, err)
	}
	if crc32.ChecksumIEEE(body) != binary.LittleEndian.Uint32(hdr[4:]) {
		return nil, fmt.Errorf("devnet: block store: record at %d is corrupt", off)
	}
	sl := &Slot{Slot: binary.LittleEndian.Uint64(body[0:]), Missed: body[8] == 1, Proposer: binary.LittleEndian.Uint64(body[9:]),
		Reward: binary.LittleEndian.Uint64(body[17:]), UserTransactions: int(binary.LittleEndian.Uint32(body[25:]))}
	copy(sl.Root[:], body[29:61])
	if !sl.Missed {
		sl.Block = new(electra.SignedBeaconBlock)
		if err := sl.Block.UnmarshalSSZ(body[61:]); err != nil {
			return nil, fmt.Errorf("devnet: block store: decode slot %d: %w", sl.Slot, err)
		}
	}
	return sl, nil
}

// Close closes the store's file.
func (s *BlockStore) Close() error {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.f == nil {
		return errors.New("devnet: block store closed twice")
	}
	err := s.f.Close()
	s.f = nil
	return err
}
