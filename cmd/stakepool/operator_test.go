package main

import (
	"encoding/hex"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stakepool/stakepool/keys"
	"github.com/stakepool/stakepool/localpool"
)

// TestOperatorKeysUpload: `stakepool operator keys upload` on the real
// binary against a devnet over loopback. The devnet's bootstrap gave
// operator 0 the first 32 keys of its derivation path; the operator then
// generates 36 and 40 keys of the same path with `stakepool keys
// deposit-data` and uploads them: each run sends only the keys the
// registry lacks (4, then 4), in batches sized to the gas budget, and a
// third run sends nothing. Bad files and wrong keys are refused with a
// stable code and change nothing.
func TestOperatorKeysUpload(t *testing.T) {
	bin := buildStakepool(t)
	tmp := t.TempDir()
	dir := filepath.Join(tmp, "devnet-data")
	p := startDevnet(t, bin, dir, "--bootstrap-validators", "2", "--external-services", "operator")
	defer p.stop(t)
	var roles roleKeys
	b, _ := os.ReadFile(filepath.Join(dir, "dev-roles.json"))
	if err := json.Unmarshal(b, &roles); err != nil {
		t.Fatal(err)
	}
	keyFile := func(i int) string {
		f := filepath.Join(tmp, "operator-"+string(rune('0'+i))+".key")
		os.WriteFile(f, []byte(roles["operators"][i].PrivateKey), 0o600)
		return f
	}
	op0, op1 := keyFile(0), keyFile(1)
	var addrs map[string]string
	b, _ = os.ReadFile(filepath.Join(dir, "addresses.json"))
	json.Unmarshal(b, &addrs)
	vault := addrs["withdrawal_vault"]
	mn, pw := filepath.Join(tmp, "mnemonic.txt"), filepath.Join(tmp, "pw.txt")
	os.WriteFile(mn, []byte(localpool.Mnemonic), 0o600)
	os.WriteFile(pw, []byte("operator-test-password"), 0o600)
	depositData := func(name, count, withdrawal string) string {
		t.Helper()
		out := filepath.Join(tmp, name)
		p.mustSP(t, bin, "keys", "deposit-data", "--mnemonic-file", mn, "--count", count, "--start-index", "0", "--network", "devnet",
			"--withdrawal-address", withdrawal, "--out", out, "--password-file", pw, "--kdf", "pbkdf2")
		files, _ := filepath.Glob(filepath.Join(out, "deposit_data-*.json"))
		if len(files) != 1 {
			t.Fatalf("%s: %v", out, files)
		}
		return files[0]
	}
	beacon := "http://" + p.http
	type status struct {
		Total, Vetted, Deposited uint64
		RewardAddress            string `json:"reward_address"`
	}
	readStatus := func(op string) status {
		t.Helper()
		var s status
		if err := json.Unmarshal([]byte(p.mustSP(t, bin, "operator", "status", "--operator", op, "--json")), &s); err != nil {
			t.Fatal(err)
		}
		return s
	}
	type report struct {
		AlreadyHeld int `json:"already_held"`
		Uploaded    int
		Budget      uint64 `json:"batch_gas_budget"`
		Batches     []struct {
			First       int `json:"first_entry"`
			Count       int
			GasUsed     uint64 `json:"gas_used"`
			GasEstimate uint64 `json:"gas_estimate"`
		}
	}
	upload := func(args ...string) report {
		t.Helper()
		var r report
		out := p.mustSP(t, bin, append([]string{"operator", "keys", "upload", "--beacon", beacon, "--json"}, args...)...)
		if err := json.Unmarshal([]byte(out), &r); err != nil {
			t.Fatalf("%v: %s", err, out)
		}
		return r
	}
	refused := func(code string, args ...string) {
		t.Helper()
		before := readStatus("0")
		out, errOut, c := p.sp(t, bin, append([]string{"operator", "keys", "upload", "--beacon", beacon}, args...)...)
		if c != 1 || !strings.Contains(errOut, code) {
			t.Fatalf("want refusal %s, got exit %d:\n%s%s", code, c, out, errOut)
		}
		if after := readStatus("0"); after != before {
			t.Fatalf("a refused upload (%s) changed the registry: %+v → %+v", code, before, after)
		}
		t.Logf("refused: %s", strings.TrimSpace(errOut))
	}

	st := readStatus("0")
	if st.Total != 32 || st.RewardAddress != roles["operators"][0].Address {
		t.Fatalf("after the bootstrap: %+v", st)
	}
	f36, f40 := depositData("keys36", "36", vault), depositData("keys40", "40", vault)

	// a batch of 4 keys needs more than 400k gas: two batches of 2
	r := upload("--operator", "0", "--deposit-data", f36, "--private-key-file", op0, "--max-batch-gas", "400000")
	if r.AlreadyHeld != 32 || r.Uploaded != 4 || len(r.Batches) != 2 || r.Budget != 400000 {
		t.Fatalf("first upload: %+v", r)
	}
	for _, b := range r.Batches {
		if b.GasUsed > r.Budget || b.Count != 2 {
			t.Fatalf("batch %+v over the budget %d", b, r.Budget)
		}
	}
	t.Logf("36-key file: %+v", r)
	if st := readStatus("0"); st.Total != 36 {
		t.Fatalf("after the first upload: %+v", st)
	}
	// resumes: the 40-key file sends only the last 4, in one batch (the
	// default budget, half the block)
	r = upload("--operator", "0", "--deposit-data", f40, "--private-key-file", op0)
	if r.AlreadyHeld != 36 || r.Uploaded != 4 || len(r.Batches) != 1 || r.Batches[0].First != 36 {
		t.Fatalf("second upload: %+v", r)
	}
	t.Logf("40-key file: %+v", r)
	// nothing left: nothing sent
	if r = upload("--operator", "0", "--deposit-data", f40, "--private-key-file", op0); r.Uploaded != 0 || len(r.Batches) != 0 || r.AlreadyHeld != 40 {
		t.Fatalf("third upload: %+v", r)
	}
	if st := readStatus("0"); st.Total != 40 || st.Vetted != 32 {
		t.Fatalf("after the uploads: %+v (the limit stays governance's: 32 vetted)", st)
	}
	out := p.mustSP(t, bin, "operator", "status", "--operator", "0")
	if !strings.Contains(out, "40 total, 32 vetted (limit 32)") {
		t.Fatalf("status:\n%s", out)
	}

	// refusals: nothing sent, the registry unchanged
	elsewhere := depositData("elsewhere", "41", roles["operators"][1].Address)
	refused("WRONG_WITHDRAWAL_CREDENTIALS", "--operator", "0", "--deposit-data", elsewhere, "--private-key-file", op0)
	f41 := depositData("keys41", "41", vault)
	refused("DEPOSIT_DATA_INVALID", "--operator", "0", "--deposit-data", f41, "--private-key-file", op0, "--network", "hoodi", "--beacon", "")
	// entry 40 signed by another key (entry 39's signature), its roots
	// recomputed: only the BLS check can tell
	tampered := filepath.Join(tmp, "tampered.json")
	b, _ = os.ReadFile(f41)
	entries, err := keys.DecodeDepositDataFile(b)
	if err != nil {
		t.Fatal(err)
	}
	e := &entries[40]
	e.Signature = entries[39].Signature
	var d keys.DepositData
	pk, _ := hex.DecodeString(e.Pubkey)
	wc, _ := hex.DecodeString(e.WithdrawalCredentials)
	sig, _ := hex.DecodeString(e.Signature)
	copy(d.Pubkey[:], pk)
	copy(d.WithdrawalCredentials[:], wc)
	copy(d.Signature[:], sig)
	d.Amount = e.Amount
	root := d.HashTreeRoot()
	e.DepositDataRoot = hex.EncodeToString(root[:])
	b, _ = json.Marshal(entries)
	os.WriteFile(tampered, b, 0o600)
	refused("entry 40: signature", "--operator", "0", "--deposit-data", tampered, "--private-key-file", op0)
	refused("NOT_REWARD_ADDRESS", "--operator", "0", "--deposit-data", f41, "--private-key-file", op1)
	// operator 1 with operator 0's keys: the registry holds them already
	before1 := readStatus("1")
	refused("KEY_HELD_BY_ANOTHER_OPERATOR", "--operator", "1", "--deposit-data", f41, "--private-key-file", op1)
	if after := readStatus("1"); after != before1 {
		t.Fatalf("operator 1 changed: %+v → %+v", before1, after)
	}
	if out, errOut, c := p.sp(t, bin, "operator", "keys", "upload", "--operator", "0", "--deposit-data", f41, "--beacon", beacon, "--password-file", pw); c != 1 || !strings.Contains(errOut, "signing key is needed") {
		t.Fatalf("no key: exit %d\n%s%s", c, out, errOut)
	}
	// the good 41-key file still uploads its one new key
	if r = upload("--operator", "0", "--deposit-data", f41, "--private-key-file", op0); r.Uploaded != 1 || r.AlreadyHeld != 40 {
		t.Fatalf("41-key upload: %+v", r)
	}
}
