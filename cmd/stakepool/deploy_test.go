package main

import (
	"context"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/ethclient"
)

// TestDeployCommand: `stakepool deploy` on the real binary onto the
// devnet's execution node (a geth) over loopback, with a dev account as
// deployer and a pool config file. A wrong network is refused before any
// transaction; the deployment writes addresses.json and the new pool
// takes a stake and shows the config's operator; a second run is refused
// (the addresses file exists; with another path, the deployer's pool is
// found on chain), sending nothing; --force-new deploys a second suite.
func TestDeployCommand(t *testing.T) {
	bin := buildStakepool(t)
	tmp := t.TempDir()
	dir := filepath.Join(tmp, "devnet-data")
	p := startDevnet(t, bin, dir, "--bootstrap-validators", "2")
	defer p.stop(t)
	accounts := p.accounts(t)
	deployerKey := filepath.Join(tmp, "deployer.key")
	os.WriteFile(deployerKey, []byte(accounts[1].PrivateKey), 0o600)
	userKey := filepath.Join(tmp, "user.key")
	os.WriteFile(userKey, []byte(accounts[2].PrivateKey), 0o600)
	el, err := ethclient.Dial("http://" + p.rpc)
	if err != nil {
		t.Fatal(err)
	}
	defer el.Close()
	nonce := func() uint64 {
		t.Helper()
		n, err := el.NonceAt(context.Background(), common.HexToAddress(accounts[1].Address), nil)
		if err != nil {
			t.Fatal(err)
		}
		return n
	}
	config := filepath.Join(tmp, "pool.yaml")
	os.WriteFile(config, []byte(fmt.Sprintf(`network: devnet
rules: devnet
epochs_per_frame: 8
initial_stake: 2
governance: {members: [%[1]s], threshold: 1}
oracle: {members: [%[1]s, %[2]s, %[3]s], quorum: 2}
depositor: %[2]s
treasury: %[3]s
insurance: %[3]s
operators:
  - {name: first-operator, reward_address: %[2]s, limit: 10}
`, accounts[3].Address, accounts[4].Address, accounts[5].Address)), 0o600)
	out1 := filepath.Join(tmp, "first", "addresses.json")
	deployArgs := func(out string, extra ...string) []string {
		return append([]string{"deploy", "--rpc", p.rpc, "--beacon", "http://" + p.http, "--private-key-file", deployerKey, "--out", out}, extra...)
	}
	refused := func(code string, args ...string) {
		t.Helper()
		n0 := nonce()
		o, e, c := p.sp(t, bin, args...)
		if c != 1 || !strings.Contains(e, code) {
			t.Fatalf("want %s, got exit %d\n%s%s", code, c, o, e)
		}
		if n := nonce(); n != n0 {
			t.Fatalf("a refused deployment (%s) sent %d transactions", code, n-n0)
		}
		t.Logf("refused: %s", strings.TrimSpace(e))
	}

	refused("NETWORK_MISMATCH", deployArgs(out1, "--network", "hoodi")...)
	refused("NETWORK_MISMATCH", deployArgs(out1, "--network", "mainnet", "--config", config)...) // the config says devnet
	if _, err := os.Stat(out1); err == nil {
		t.Fatal("a refused deployment wrote the addresses")
	}
	text := p.mustSP(t, bin, deployArgs(out1, "--config", config)...)
	t.Logf("deploy:\n%s", text)
	if !strings.Contains(text, "network devnet (chain ") || !strings.Contains(text, "addresses written to "+out1) {
		t.Fatalf("deploy output:\n%s", text)
	}
	var a map[string]string
	b, _ := os.ReadFile(out1)
	if err := json.Unmarshal(b, &a); err != nil || a["pool"] == "" {
		t.Fatalf("addresses.json: %v %s", err, b)
	}
	// the new pool works, with the config's parameters
	st := p.mustSP(t, bin, "operator", "status", "--operator", "0", "--addresses", out1, "--json")
	if jsonField(t, st, "name") != "first-operator" || jsonField(t, st, "reward_address") != accounts[4].Address || jsonField(t, st, "limit") != "10" {
		t.Fatalf("operator 0 of the new pool: %s", st)
	}
	p.mustSP(t, bin, "tx", "submit", "--amount", "3", "--private-key-file", userKey, "--addresses", out1)
	pool := p.mustSP(t, bin, "query", "pool", "--addresses", out1, "--json")
	if got := jsonField(t, pool, "total_pooled_ether_wei"); got != "5000000000000000000" {
		t.Fatalf("the new pool holds %s wei, want 2 (initial stake) + 3 ETH:\n%s", got, pool)
	}

	// twice by accident: refused
	refused("ADDRESSES_FILE_EXISTS", deployArgs(out1, "--config", config)...)
	out2 := filepath.Join(tmp, "second", "addresses.json")
	refused("POOL_ALREADY_DEPLOYED", deployArgs(out2, "--config", config)...)
	// on purpose
	var rep struct {
		Addresses map[string]string `json:"addresses"`
	}
	if err := json.Unmarshal([]byte(p.mustSP(t, bin, deployArgs(out2, "--config", config, "--force-new", "--json")...)), &rep); err != nil {
		t.Fatal(err)
	}
	if rep.Addresses["pool"] == "" || strings.EqualFold(rep.Addresses["pool"], a["pool"]) {
		t.Fatalf("--force-new: pool %s (first %s)", rep.Addresses["pool"], a["pool"])
	}
}
