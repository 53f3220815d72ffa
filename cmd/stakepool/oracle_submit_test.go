package main

import (
	"encoding/hex"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stakepool/stakepool/node/request"
	"github.com/stakepool/stakepool/protocol"
)

// TestTxOracleSubmit: an oracle member's `stakepool tx oracle-submit
// --report-file` (JSON form and hex of the canonical bytes) reaches the
// state machine, which refuses a report for a frame that is not due; a
// file that is not a report is refused before anything is sent.
func TestTxOracleSubmit(t *testing.T) {
	bin := buildStakepool(t)
	dir := filepath.Join(t.TempDir(), "devnet")
	p := startDevnet(t, bin, dir, "--slot-time", "1s")
	defer p.cmd.Process.Kill()
	b, err := os.ReadFile(filepath.Join(dir, "dev-roles.json"))
	if err != nil {
		t.Fatal(err)
	}
	var roles map[string][]devAccount
	if err := json.Unmarshal(b, &roles); err != nil || len(roles["oracle"]) == 0 {
		t.Fatalf("dev-roles.json: %v %s", err, b)
	}
	tmp := t.TempDir()
	keyFile := filepath.Join(tmp, "key")
	if err := os.WriteFile(keyFile, []byte(roles["oracle"][0].PrivateKey+"\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	r := &protocol.OracleReport{RefSlot: 1 << 40, Validators: 3, Stats: []protocol.OperatorStats{{Operator: 0, MissedAttestations: 2}}}
	r.WithdrawalVault.SetUint64(7)
	js, _ := json.Marshal(request.ReportToJSON(r))
	files := map[string]string{
		"report.json": string(js),
		"report.hex":  "0x" + hex.EncodeToString(protocol.EncodeReport(r)) + "\n",
		"bad.json":    `{"ref_slot": "x"}`,
	}
	for name, body := range files {
		if err := os.WriteFile(filepath.Join(tmp, name), []byte(body), 0o600); err != nil {
			t.Fatal(err)
		}
	}
	submit := func(name string) (string, string, int) {
		return run(t, bin, "tx", "oracle-submit", "--report-file", filepath.Join(tmp, name), "--rpc", p.url, "--private-key-file", keyFile)
	}
	for _, name := range []string{"report.json", "report.hex"} {
		out, stderr, code := submit(name)
		if code != 1 || !strings.Contains(stderr, string(protocol.CodeOracleWrongFrame)) {
			t.Fatalf("%s: exit %d, want 1 with %s\n%s%s", name, code, protocol.CodeOracleWrongFrame, out, stderr)
		}
	}
	if _, stderr, code := submit("bad.json"); code == 0 || !strings.Contains(stderr, "report JSON") {
		t.Fatalf("bad report file: exit %d %s", code, stderr)
	}
	p.stop(t)
}
