package spec

import (
	"bytes"
	"io/fs"
	"os"
	"path/filepath"
	"testing"
)

// The embedded YAML copies must not diverge from the shared vectors.
func TestEmbeddedIdenticalToShared(t *testing.T) {
	dir := FindSharedDir(".")
	if dir == "" {
		t.Skip("../shared/vectors/consensus-specs not found beside the module; embedded copies not checked")
	}
	n := 0
	err := fs.WalkDir(Embedded(), ".", func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		emb, _ := fs.ReadFile(Embedded(), p)
		shared, err := os.ReadFile(filepath.Join(dir, filepath.FromSlash(p)))
		if err != nil {
			t.Errorf("%s: %v", p, err)
			return nil
		}
		if !bytes.Equal(emb, shared) {
			t.Errorf("%s: embedded copy differs from %s", p, dir)
		}
		n++
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	// and every shared file is embedded
	m := 0
	_ = filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err == nil && !d.IsDir() && filepath.Ext(p) == ".yaml" {
			m++
		}
		return nil
	})
	if n != m || n != 14 {
		t.Errorf("embedded %d files, shared has %d, want 14", n, m)
	}
}

func TestLoadMainnet(t *testing.T) {
	s := MustLoad("mainnet", Electra)
	if dir := FindSharedDir("."); dir != "" {
		s2, err := LoadDir(dir, "mainnet", Electra)
		if err != nil {
			t.Fatal(err)
		}
		if *s2 != *s {
			t.Fatal("LoadDir and Load differ")
		}
	}
	// spot checks against beacon.md §1 (values as read from the files)
	checks := []struct {
		name      string
		got, want uint64
	}{
		{"SLOTS_PER_EPOCH", s.SlotsPerEpoch, 32},
		{"MAX_EFFECTIVE_BALANCE_ELECTRA", s.MaxEffectiveBalanceElectra, 2048e9},
		{"MIN_SLASHING_PENALTY_QUOTIENT_ELECTRA", s.MinSlashingPenaltyQuotientElectra, 4096},
		{"INACTIVITY_PENALTY_QUOTIENT_BELLATRIX", s.InactivityPenaltyQuotientBellatrix, 1 << 24},
		{"MAX_PER_EPOCH_ACTIVATION_CHURN_LIMIT", s.MaxPerEpochActivationChurnLimit, 8},
		{"MAX_VALIDATORS_PER_WITHDRAWALS_SWEEP", s.MaxValidatorsPerWithdrawalsSweep, 16384},
		{"SHUFFLE_ROUND_COUNT", s.ShuffleRoundCount, 90},
	}
	for _, c := range checks {
		if c.got != c.want {
			t.Errorf("%s = %d, want %d", c.name, c.got, c.want)
		}
	}
	if s.ElectraForkVersion != [4]byte{5, 0, 0, 0} {
		t.Errorf("ELECTRA_FORK_VERSION %x", s.ElectraForkVersion)
	}
}

func TestLoadMinimal(t *testing.T) {
	s, err := Load("minimal", Deneb)
	if err != nil {
		t.Fatal(err)
	}
	if s.SlotsPerEpoch != 8 || s.ShuffleRoundCount != 10 || s.Fork != Deneb {
		t.Fatalf("minimal: %+v", s)
	}
	if _, err := Load("holesky", Deneb); err == nil {
		t.Fatal("unknown network accepted")
	}
}

func TestParseFork(t *testing.T) {
	for in, want := range map[string]Fork{"deneb": Deneb, "Electra": Electra, "": Electra} {
		if f, err := ParseFork(in); err != nil || f != want {
			t.Errorf("ParseFork(%q) = %v, %v", in, f, err)
		}
	}
	if _, err := ParseFork("fulu"); err == nil {
		t.Error("fulu accepted")
	}
}
