package services

import (
	"errors"
	"os"
	"path/filepath"
	"testing"
)

// TestStoreSurvivesReopenAndRefusesASecondProcess: a record saved is read
// back by the next process on the directory; a second opener is refused
// while the first holds it (two members on one directory could vote
// twice); a temporary file a crash left behind is ignored and removed; a
// damaged record is an error that names it, not an empty record.
func TestStoreSurvivesReopenAndRefusesASecondProcess(t *testing.T) {
	dir := t.TempDir()
	s, err := OpenStore(dir)
	if err != nil {
		t.Fatal(err)
	}
	type rec struct{ Slot uint64 }
	if err := s.Save("oracle-member", rec{Slot: 42}); err != nil {
		t.Fatal(err)
	}
	if _, err := OpenStore(dir); !errors.Is(err, ErrStoreLocked) {
		t.Fatalf("a second open: %v, want ErrStoreLocked", err)
	}
	s.Close()
	os.WriteFile(filepath.Join(dir, "oracle-member.json.tmp"), []byte("{half"), 0o600)
	s, err = OpenStore(dir)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	var got rec
	found, err := s.Load("oracle-member", &got)
	if err != nil || !found || got.Slot != 42 {
		t.Fatalf("after a reopen: %+v found=%v err=%v", got, found, err)
	}
	if _, err := os.Stat(filepath.Join(dir, "oracle-member.json.tmp")); !os.IsNotExist(err) {
		t.Fatalf("the crash's temporary file is still there: %v", err)
	}
	os.WriteFile(filepath.Join(dir, "guardian.json"), []byte("{not json"), 0o600)
	if _, err := s.Load("guardian", &got); err == nil {
		t.Fatal("a damaged record loaded without an error")
	}
	if found, err := s.Load("missing", &got); found || err != nil {
		t.Fatalf("a missing record: found=%v err=%v", found, err)
	}
	if err := s.Save("../escape", rec{}); err == nil {
		t.Fatal("a record name with a path was accepted")
	}
}

// TestRunnerBackoff: the wait doubles from the interval after each
// consecutive failure, up to the cap.
func TestRunnerBackoff(t *testing.T) {
	r := &Runner{Interval: 1e9, MaxBackoff: 10e9}
	want := []int64{1e9, 2e9, 4e9, 8e9, 10e9, 10e9}
	for n, w := range want {
		if got := r.Backoff(n); int64(got) != w {
			t.Errorf("Backoff(%d) = %v, want %v", n, got, w)
		}
	}
}
