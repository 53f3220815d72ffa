package services

import (
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"syscall"

	"github.com/stakepool/stakepool/durable"
)

// Store keeps what a service must not forget across a restart or a crash
// (kill -9, power loss): a member's vote per reference slot, a guardian's
// signed attestations and refusals, an exit bot's published exits, the
// transaction an account has in flight. Each record is a small JSON file
// in the store's directory, replaced whole: Save writes a temporary file,
// syncs it, renames it over the old one and syncs the directory, so a
// record is the old content or the new one, never a mix. A record is saved
// before the action it guards is released (write-ahead).
//
// A store's directory belongs to one process: OpenStore takes an exclusive
// lock on it (two members sharing a directory could vote twice). A Store
// opened with an empty directory keeps its records in memory (the devnet's
// in-process services, tests).
type Store struct {
	dir  string
	lock *os.File

	mu  sync.Mutex
	mem map[string][]byte
}

// ErrStoreLocked says another process holds the store's directory.
var ErrStoreLocked = errors.New("services: the state directory is in use by another process")

// OpenStore opens (creating it) the store in dir; "" is a store in memory.
func OpenStore(dir string) (*Store, error) {
	if dir == "" {
		return &Store{mem: map[string][]byte{}}, nil
	}
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return nil, fmt.Errorf("services: create the state directory %s: %w", dir, err)
	}
	f, err := os.OpenFile(filepath.Join(dir, "LOCK"), os.O_CREATE|os.O_RDWR, 0o600)
	if err != nil {
		return nil, fmt.Errorf("services: open the state directory's lock %s: %w", dir, err)
	}
	if err := syscall.Flock(int(f.Fd()), syscall.LOCK_EX|syscall.LOCK_NB); err != nil {
		f.Close()
		return nil, fmt.Errorf("%w: %s (%v)", ErrStoreLocked, dir, err)
	}
	// a crash may leave temporary files behind: they were never renamed
	// into place, so they hold nothing acknowledged
	if tmps, _ := filepath.Glob(filepath.Join(dir, "*.tmp")); len(tmps) > 0 {
		for _, t := range tmps {
			os.Remove(t)
		}
	}
	return &Store{dir: dir, lock: f}, nil
}

// Dir is the store's directory ("" in memory).
func (s *Store) Dir() string { return s.dir }

// Close releases the directory's lock.
func (s *Store) Close() error {
	if s == nil || s.lock == nil {
		return nil
	}
	err := s.lock.Close()
	s.lock = nil
	return err
}

func checkName(name string) error {
	if name == "" || strings.ContainsAny(name, `/\`) || strings.HasPrefix(name, ".") || strings.HasSuffix(name, ".tmp") {
		return fmt.Errorf("services: bad record name %q", name)
	}
	return nil
}

// Load reads record name into v; found is false when there is none.
func (s *Store) Load(name string, v any) (found bool, err error) {
	if err := checkName(name); err != nil {
		return false, err
	}
	var b []byte
	if s.dir == "" {
		s.mu.Lock()
		b, found = s.mem[name]
		s.mu.Unlock()
		if !found {
			return false, nil
		}
	} else {
		path := filepath.Join(s.dir, name+".json")
		b, err = os.ReadFile(path)
		if errors.Is(err, os.ErrNotExist) {
			return false, nil
		}
		if err != nil {
			return false, fmt.Errorf("services: read %s: %w", path, err)
		}
	}
	if err := json.Unmarshal(b, v); err != nil {
		return false, fmt.Errorf("services: record %s in %s is damaged (%w): move it away to start that record afresh", name, s.where(), err)
	}
	return true, nil
}

func (s *Store) where() string {
	if s.dir == "" {
		return "memory"
	}
	return s.dir
}

// Save replaces record name with v, durably.
func (s *Store) Save(name string, v any) error {
	if err := checkName(name); err != nil {
		return err
	}
	if s.dir == "" {
		b, err := json.MarshalIndent(v, "", "  ")
		if err != nil {
			return fmt.Errorf("services: encode record %s: %w", name, err)
		}
		s.mu.Lock()
		s.mem[name] = append(b, '\n')
		s.mu.Unlock()
		return nil
	}
	if err := durable.WriteJSON(filepath.Join(s.dir, name+".json"), v, 0o600); err != nil {
		return fmt.Errorf("services: save record %s: %w", name, err)
	}
	return nil
}
