package main

import (
	"bytes"
	"encoding/json"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"testing"
)

// built is the binary the package's tests share: built once per test
// process into a directory TestMain removes. Each of the sixteen tests
// that run the binary linked its own copy before, 40-60 s each at load
// 18-20 — about ten of the package's twenty minutes (the suite's timeout
// is 25).
var built struct {
	once     sync.Once
	dir, bin string
	err      error
	out      []byte
}

func TestMain(m *testing.M) {
	code := m.Run()
	if built.dir != "" {
		os.RemoveAll(built.dir)
	}
	os.Exit(code)
}

// buildStakepool builds the binary from the repository root (once, see
// built) and returns its path. Tests run it; none writes beside it.
func buildStakepool(t *testing.T) string {
	t.Helper()
	if testing.Short() {
		t.Skip("builds the binary; skipped in -short")
	}
	built.once.Do(func() {
		root, err := os.Getwd()
		if err != nil {
			built.err = err
			return
		}
		for {
			if _, err := os.Stat(filepath.Join(root, "go.mod")); err == nil {
				break
			}
			parent := filepath.Dir(root)
			if parent == root {
				built.err = errors.New("go.mod not found")
				return
			}
			root = parent
		}
		if built.dir, built.err = os.MkdirTemp("", "stakepool-test-bin-"); built.err != nil {
			return
		}
		bin := filepath.Join(built.dir, "stakepool")
		cmd := exec.Command("go", "build", "-o", bin, "./cmd/stakepool")
		cmd.Dir = root
		if built.out, built.err = cmd.CombinedOutput(); built.err == nil {
			built.bin = bin
		}
	})
	if built.err != nil {
		t.Fatalf("go build: %v\n%s", built.err, built.out)
	}
	return built.bin
}

func run(t *testing.T, bin string, args ...string) (stdout, stderr string, code int) {
	t.Helper()
	cmd := exec.Command(bin, args...)
	var o, e bytes.Buffer
	cmd.Stdout, cmd.Stderr = &o, &e
	cmd.Stdin = strings.NewReader("") // not a terminal
	err := cmd.Run()
	if ee, ok := err.(*exec.ExitError); ok {
		code = ee.ExitCode()
	} else if err != nil {
		t.Fatal(err)
	}
	return o.String(), e.String(), code
}

const e2eAddress = "0x71C7656EC7ab88b098defB751B7401B5f6d8976F"

func TestKeysEndToEnd(t *testing.T) {
	bin := buildStakepool(t)
	dir := t.TempDir()
	mfile := filepath.Join(dir, "mnemonic.txt")
	if _, stderr, code := run(t, bin, "keys", "new-mnemonic", "--out", mfile); code != 0 || !strings.Contains(stderr, "WARNING") {
		t.Fatalf("new-mnemonic: %d %s", code, stderr)
	}
	if m, _ := os.ReadFile(mfile); len(strings.Fields(string(m))) != 24 {
		t.Fatalf("mnemonic %q", m)
	}
	pw := filepath.Join(dir, "pw.txt")
	if err := os.WriteFile(pw, []byte("a long password\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	out := filepath.Join(dir, "out")
	stdout, stderr, code := run(t, bin, "keys", "deposit-data", "--mnemonic-file", mfile, "--count", "3", "--start-index", "2",
		"--withdrawal-address", e2eAddress, "--network", "hoodi", "--out", out, "--password-file", pw, "--kdf", "pbkdf2", "--json")
	if code != 0 {
		t.Fatalf("deposit-data: %d %s %s", code, stdout, stderr)
	}
	var res struct {
		DepositData string `json:"deposit_data"`
		Validators  []struct {
			Index    int    `json:"index"`
			Keystore string `json:"keystore"`
		} `json:"validators"`
		WithdrawalAddress string `json:"withdrawal_address"`
	}
	if err := json.Unmarshal([]byte(stdout), &res); err != nil {
		t.Fatalf("%v: %s", err, stdout)
	}
	if len(res.Validators) != 3 || res.Validators[0].Index != 2 || res.WithdrawalAddress != e2eAddress ||
		!strings.Contains(filepath.Base(res.Validators[2].Keystore), "keystore-m_12381_3600_4_0_0-") {
		t.Fatalf("result %+v", res)
	}
	if !strings.HasPrefix(filepath.Base(res.DepositData), "deposit_data-") {
		t.Fatal(res.DepositData)
	}
	// Verify accepts the file.
	stdout, stderr, code = run(t, bin, "keys", "verify", res.DepositData, "--network", "hoodi", "--withdrawal-address", e2eAddress)
	if code != 0 || !strings.Contains(stdout, "3 deposits OK") {
		t.Fatalf("verify: %d %s %s", code, stdout, stderr)
	}
	data, err := os.ReadFile(res.DepositData)
	if err != nil {
		t.Fatal(err)
	}
	writeVariant := func(name string, b []byte) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, b, 0o600); err != nil {
			t.Fatal(err)
		}
		return p
	}
	// The same deposits as another tool writes them — ethstaker-deposit-cli
	// 1.1.0, or a tool that writes no deposit_cli_version at all — are
	// valid: the version is reported, not judged (issue 13 item 10).
	other := strings.ReplaceAll(string(data), `"deposit_cli_version": "2.7.0"`, `"deposit_cli_version": "1.1.0"`)
	if other == string(data) {
		t.Fatal("the fixture has no deposit_cli_version to change")
	}
	stdout, stderr, code = run(t, bin, "keys", "verify", writeVariant("ethstaker.json", []byte(other)), "--network", "hoodi")
	if code != 0 || !strings.Contains(stdout, "3 deposits OK") || !strings.Contains(stdout, "deposit_cli_version 1.1.0") {
		t.Fatalf("a file from ethstaker-deposit-cli 1.1.0: %d %s %s", code, stdout, stderr)
	}
	none := strings.ReplaceAll(string(data), `, "deposit_cli_version": "2.7.0"`, ``)
	stdout, stderr, code = run(t, bin, "keys", "verify", writeVariant("noversion.json", []byte(none)), "--network", "hoodi")
	if code != 0 || !strings.Contains(stdout, "(none)") {
		t.Fatalf("a file without deposit_cli_version: %d %s %s", code, stdout, stderr)
	}
	if _, _, code = run(t, bin, "keys", "verify", filepath.Join(dir, "ethstaker.json"), "--network", "hoodi", "--cli-version", "2.7.0"); code == 0 {
		t.Fatal("--cli-version 2.7.0 accepted a 1.1.0 file")
	}
	// Flip one bit in the second entry's signature.
	var entries []map[string]any
	if err := json.Unmarshal(data, &entries); err != nil {
		t.Fatal(err)
	}
	sig := entries[1]["signature"].(string)
	i := strings.Index(string(data), sig) + 100
	flipped := append([]byte(nil), data...)
	flipped[i] ^= 0x01 // hex digit to another hex digit or a non-hex char
	cases := []struct {
		name    string
		file    string
		args    []string
		want    []string
		wantNot string
	}{
		{"flipped signature bit", writeVariant("flipped.json", flipped), []string{"--network", "hoodi"}, []string{"entry 1:"}, "entry 0:"},
		{"wrong network", res.DepositData, []string{"--network", "mainnet"}, []string{"entry 0: fork_version", "entry 2: signature"}, ""},
		{"foreign address", res.DepositData, []string{"--network", "hoodi", "--withdrawal-address", "0x00000000219ab540356cBB839Cbe05303d7705Fa"},
			[]string{"entry 0: withdrawal_credentials: address 0x71C7656EC7ab88b098defB751B7401B5f6d8976F is not the expected withdrawal address 0x00000000219ab540356cBB839Cbe05303d7705Fa"}, ""},
		{"truncated", writeVariant("truncated.json", data[:len(data)-40]), []string{"--network", "hoodi"}, []string{"file: json: truncated"}, ""},
		{"duplicate", writeVariant("dup.json", []byte(strings.Replace(string(data), "}]", "}, "+string(data[1:]), 1))), []string{"--network", "hoodi"},
			[]string{"entry 3: pubkey: duplicate of entry 0", "entry 5: pubkey: duplicate of entry 2"}, ""},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			stdout, stderr, code := run(t, bin, append([]string{"keys", "verify", c.file}, c.args...)...)
			if code == 0 {
				t.Fatalf("accepted: %s", stdout)
			}
			for _, w := range c.want {
				if !strings.Contains(stdout, w) {
					t.Errorf("missing %q in:\n%s%s", w, stdout, stderr)
				}
			}
			if c.wantNot != "" && strings.Contains(stdout, c.wantNot) {
				t.Errorf("unexpected %q in:\n%s", c.wantNot, stdout)
			}
			if !strings.Contains(stderr, "do not deposit") {
				t.Errorf("stderr: %s", stderr)
			}
		})
	}
	// JSON report.
	stdout, _, code = run(t, bin, "keys", "verify", filepath.Join(dir, "flipped.json"), "--network", "hoodi", "--json")
	var rep struct {
		OK       bool `json:"ok"`
		Problems []struct {
			Index int    `json:"index"`
			Field string `json:"field"`
		} `json:"problems"`
	}
	if code == 0 || json.Unmarshal([]byte(stdout), &rep) != nil || rep.OK || len(rep.Problems) == 0 || rep.Problems[0].Index != 1 {
		t.Fatalf("json report: %d %s", code, stdout)
	}
}

func TestKeysBadArguments(t *testing.T) {
	bin := buildStakepool(t)
	dir := t.TempDir()
	good := filepath.Join(dir, "m.txt")
	os.WriteFile(good, []byte("abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon about\n"), 0o600)
	badWord := filepath.Join(dir, "bad.txt")
	os.WriteFile(badWord, []byte("abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon abandn about\n"), 0o600)
	badSum := filepath.Join(dir, "sum.txt")
	os.WriteFile(badSum, []byte("abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon\n"), 0o600)
	pw := filepath.Join(dir, "pw")
	os.WriteFile(pw, []byte("password123"), 0o600)
	short := filepath.Join(dir, "short")
	os.WriteFile(short, []byte("short"), 0o600)
	base := func(extra ...string) []string {
		a := []string{"keys", "deposit-data", "--mnemonic-file", good, "--withdrawal-address", e2eAddress, "--network", "hoodi",
			"--out", filepath.Join(dir, "o"), "--password-file", pw, "--kdf", "pbkdf2"}
		return append(a, extra...)
	}
	cases := []struct {
		name string
		args []string
		want string
	}{
		{"bad word", append(base(), "--mnemonic-file", badWord), `word 11 "abandn": not in the BIP-39 english wordlist`},
		{"bad checksum", append(base(), "--mnemonic-file", badSum), "checksum mismatch"},
		{"unknown network", append(base(), "--network", "goerli"), `unknown network "goerli"`},
		{"bad checksum address", append(base(), "--withdrawal-address", "0x71c7656EC7ab88b098defB751B7401B5f6d8976F"), "bad EIP-55 checksum"},
		{"short address", append(base(), "--withdrawal-address", "0x1234"), "want 0x and 40 hex digits"},
		{"amount 0x01", append(base(), "--amount", "31"), "must be exactly 32 ETH"},
		{"amount 0x02 too small", append(base(), "--compounding", "--amount", "0.5"), "between 1 and 2048 ETH"},
		{"amount sub-gwei", append(base(), "--compounding", "--amount", "1.0000000001"), "whole number of gwei"},
		{"amount garbage", append(base(), "--amount", "lots"), "invalid amount"},
		{"short password", append(base(), "--password-file", short), "at least 8 characters"},
		{"no password, no terminal", []string{"keys", "deposit-data", "--mnemonic-file", good, "--withdrawal-address", e2eAddress,
			"--network", "hoodi", "--out", filepath.Join(dir, "o")}, "--password-file"},
		{"missing network", []string{"keys", "verify", good}, `required flag(s) "network" not set`},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			_, stderr, code := run(t, bin, c.args...)
			if code == 0 || !strings.Contains(stderr, c.want) {
				t.Fatalf("code %d, stderr %q, want %q", code, stderr, c.want)
			}
		})
	}
	// 0x02 with 100 ETH works.
	if stdout, stderr, code := run(t, bin, append(base(), "--compounding", "--amount", "100", "--out", filepath.Join(dir, "c"))...); code != 0 || !strings.Contains(stdout, "0x02 credentials") {
		t.Fatalf("compounding: %d %s %s", code, stdout, stderr)
	}
	for _, sub := range [][]string{{"keys"}, {"keys", "new-mnemonic"}, {"keys", "deposit-data"}, {"keys", "verify"}, {"bench", "bls"}} {
		stdout, _, code := run(t, bin, append(sub, "--help")...)
		if code != 0 || !strings.Contains(stdout, "Usage:") {
			t.Errorf("%v --help: %d %s", sub, code, stdout)
		}
	}
}
