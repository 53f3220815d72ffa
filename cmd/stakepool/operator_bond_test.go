package main

import (
	"context"
	"encoding/json"
	"fmt"
	"math/big"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/crypto"

	"github.com/stakepool/stakepool/contracts/poolclient"
	"github.com/stakepool/stakepool/simnode"
)

// TestOperatorBondCommands runs the real binary against a simulated chain
// over loopback: `operator bond top-up` in ETH then in stETH (the approval
// sent first), `operator bond status --json`, and a refused top-up of an
// unknown operator (exit status 1, UNKNOWN_OPERATOR, nothing sent).
func TestOperatorBondCommands(t *testing.T) {
	bin := buildStakepool(t)
	ctx := context.Background()
	n, err := simnode.Start(ctx, simnode.Config{Automine: true})
	if err != nil {
		t.Fatal(err)
	}
	defer n.Close()
	dir := t.TempDir()
	addrs, _ := json.Marshal(n.Addresses)
	addrFile := filepath.Join(dir, "addresses.json")
	keyFile := filepath.Join(dir, "manager.key")
	mgr := n.Keys[simnode.KeyUser0]
	if err := os.WriteFile(addrFile, addrs, 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(keyFile, []byte(fmt.Sprintf("0x%x\n", crypto.FromECDSA(mgr))), 0o600); err != nil {
		t.Fatal(err)
	}
	c, err := poolclient.Dial(ctx, n.URL, *n.Addresses)
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	o, _ := c.Transactor(ctx, mgr)
	var pks []byte
	for i := 0; i < 2; i++ {
		pk := crypto.Keccak256([]byte(fmt.Sprintf("cli bond key %d", i)))
		pks = append(pks, append(pk, pk[:16]...)...)
	}
	tx, err := c.Bonded.CreateOperator(o, big.NewInt(2), pks, make([]byte, 192), new(big.Int))
	if _, err := c.Wait(ctx, tx, err); err != nil {
		t.Fatal(err)
	}
	o.Value = new(big.Int).Mul(big.NewInt(5), big.NewInt(1e18))
	tx, err = c.Pool.Submit(o, o.From)
	if _, err := c.Wait(ctx, tx, err); err != nil {
		t.Fatal(err)
	}
	chain := []string{"--rpc", strings.TrimPrefix(n.URL, "http://"), "--addresses", addrFile}
	run := func(args ...string) (string, string, error) {
		cmd := exec.Command(bin, append(append([]string{"operator", "bond"}, args...), chain...)...)
		var out, errb strings.Builder
		cmd.Stdout, cmd.Stderr = &out, &errb
		err := cmd.Run()
		return out.String(), errb.String(), err
	}
	var res struct {
		GasUsed      uint64                `json:"gas_used"`
		ApprovalHash string                `json:"approval_hash"`
		Status       poolclient.BondStatus `json:"status"`
	}
	out, stderr, err := run("top-up", "--operator", "0", "--amount", "2.4", "--private-key-file", keyFile, "--json")
	if err != nil || json.Unmarshal([]byte(out), &res) != nil || res.Status.Depositable != 1 || res.Status.BondShares != "2400000000000000000" {
		t.Fatalf("top-up 2.4 ETH: %v\n%s%s", err, out, stderr)
	}
	t.Logf("top-up in ETH: %d gas", res.GasUsed)
	out, stderr, err = run("top-up", "--operator", "0", "--amount", "1.3", "--steth", "--private-key-file", keyFile, "--json")
	if err != nil || json.Unmarshal([]byte(out), &res) != nil || res.ApprovalHash == "" || res.Status.Depositable != 2 {
		t.Fatalf("top-up 1.3 stETH: %v\n%s%s", err, out, stderr)
	}
	t.Logf("top-up in stETH: %d gas", res.GasUsed)
	out, stderr, err = run("status", "--operator", "0")
	if err != nil || !strings.Contains(out, "2 depositable, 2 queued") {
		t.Fatalf("status: %v\n%s%s", err, out, stderr)
	}
	nonce, _ := c.EL.NonceAt(ctx, o.From, nil)
	out, stderr, err = run("top-up", "--operator", "7", "--amount", "1", "--private-key-file", keyFile)
	if err == nil || !strings.Contains(stderr, "UNKNOWN_OPERATOR") {
		t.Fatalf("top-up of operator 7: %v\n%s%s", err, out, stderr)
	}
	if after, _ := c.EL.NonceAt(ctx, o.From, nil); after != nonce {
		t.Fatalf("nonce %d → %d: a refused top-up was sent", nonce, after)
	}
}
