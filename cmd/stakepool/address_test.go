package main

import (
	"strings"
	"testing"
)

// TestAddressChecksumRefused: the CLI refuses a mixed-case address whose
// EIP-55 checksum is wrong before sending anything, and takes the same
// address all-lowercase (the query then fails only for want of a server).
func TestAddressChecksumRefused(t *testing.T) {
	bin := buildStakepool(t)
	bad := "0x5AAeb6053F3E94C9b9A09f33669435E7Ef1BeAed" // one letter's case flipped
	_, stderr, code := run(t, bin, "query", "account", bad, "--rpc", "http://127.0.0.1:1")
	if code == 0 || !strings.Contains(stderr, "EIP-55") {
		t.Fatalf("query account with a bad checksum: exit %d, %s", code, stderr)
	}
	_, stderr, code = run(t, bin, "query", "account", strings.ToLower(bad), "--rpc", "http://127.0.0.1:1")
	if code == 0 || strings.Contains(stderr, "EIP-55") {
		t.Fatalf("query account all-lowercase: exit %d, %s", code, stderr)
	}
}
