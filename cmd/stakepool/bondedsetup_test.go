package main

import (
	"context"
	"os"
	"path/filepath"
	"testing"

	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/ethclient"

	"github.com/stakepool/stakepool/contracts/bindings"
	"github.com/stakepool/stakepool/contracts/deploy"
)

// bondedDevnet is what the bonded operator's devnet tests start from: the
// real binary's devnet, its contracts over JSON-RPC, and a would-be
// operator's files as README's "Join as a permissionless operator" makes
// them — the manager's key (dev account 1), a staker's key (dev account
// 0), a mnemonic and two keys' deposit data for the pool's withdrawal
// vault (`keys new-mnemonic`, `keys deposit-data`).
type bondedDevnet struct {
	*devnetProc
	bin         string
	a           *deploy.Addresses
	el          *ethclient.Client
	bonded      *bindings.BondedModule
	pool        *bindings.Pool
	co          *bind.CallOpts
	managerKey  string // file
	stakerKey   string // file
	manager     common.Address
	mnemonic    string // file
	depositData string // file: two keys
	beacon      string // the Beacon API's URL
}

// startBondedDevnet starts the devnet and makes the operator's files; the
// devnet stops when the test ends.
func startBondedDevnet(t *testing.T) *bondedDevnet {
	t.Helper()
	d := &bondedDevnet{bin: buildStakepool(t)}
	dir := filepath.Join(t.TempDir(), "devnet-data")
	d.devnetProc = startDevnet(t, d.bin, dir)
	t.Cleanup(func() { d.stop(t) })
	accounts := d.accounts(t)
	var err error
	if d.a, err = deploy.ReadAddresses(filepath.Join(dir, "addresses.json")); err != nil {
		t.Fatal(err)
	}
	if d.el, err = ethclient.Dial("http://" + d.rpc); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(d.el.Close)
	d.bonded, _ = bindings.NewBondedModule(d.a.BondedModule, d.el)
	d.pool, _ = bindings.NewPool(d.a.Pool, d.el)
	d.co = &bind.CallOpts{Context: context.Background()}
	work := t.TempDir()
	file := func(name, content string) string {
		path := filepath.Join(work, name)
		if err := os.WriteFile(path, []byte(content), 0o600); err != nil {
			t.Fatal(err)
		}
		return path
	}
	d.managerKey = file("manager.key", accounts[1].PrivateKey)
	d.stakerKey = file("staker.key", accounts[0].PrivateKey)
	d.manager = common.HexToAddress(accounts[1].Address)
	pw := file("pw.txt", "a devnet operator's password")
	d.mnemonic = filepath.Join(work, "mnemonic.txt")
	d.mustSP(t, d.bin, "keys", "new-mnemonic", "--out", d.mnemonic)
	d.mustSP(t, d.bin, "keys", "deposit-data", "--mnemonic-file", d.mnemonic, "--count", "2", "--withdrawal-address", d.a.WithdrawalVault.Hex(),
		"--network", "devnet", "--password-file", pw, "--kdf", "pbkdf2", "--out", filepath.Join(work, "keys"))
	dd, _ := filepath.Glob(filepath.Join(work, "keys", "deposit_data-*.json"))
	if len(dd) != 1 {
		t.Fatalf("deposit data files: %v", dd)
	}
	d.depositData = dd[0]
	d.beacon = "http://" + d.http
	return d
}
