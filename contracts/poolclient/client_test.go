package poolclient_test

import (
	"bytes"
	"context"
	"crypto/ecdsa"
	"errors"
	"math/big"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/accounts/keystore"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/stakepool/stakepool/contracts/poolclient"
	"github.com/stakepool/stakepool/simnode"
)

// started is a simulated chain with the pool deployed, served over
// JSON-RPC on loopback (every transaction mined at once), and a client on it.
func started(t *testing.T) (*simnode.Node, *poolclient.Client) {
	t.Helper()
	ctx := context.Background()
	n, err := simnode.Start(ctx, simnode.Config{Automine: true})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(n.Close)
	c, err := poolclient.Dial(ctx, n.URL, *n.Addresses)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(c.Close)
	return n, c
}

func ether(x int64) *big.Int { return new(big.Int).Mul(big.NewInt(x), big.NewInt(1e18)) }

// TestDialAndDiscover: the contracts found from the pool contract alone
// are the deployed ones; a node without the pool and a dead node are
// refused with what is wrong.
func TestDialAndDiscover(t *testing.T) {
	n, c := started(t)
	ctx := context.Background()
	if c.ChainID.Cmp(n.ChainID) != 0 {
		t.Fatalf("chain id %s, want %s", c.ChainID, n.ChainID)
	}
	d, err := poolclient.DialPool(ctx, n.URL, n.Addresses.Pool)
	if err != nil {
		t.Fatal(err)
	}
	defer d.Close()
	if d.Addr != *n.Addresses {
		t.Fatalf("discovered %+v, deployed %+v", d.Addr, *n.Addresses)
	}
	wrong := *n.Addresses
	wrong.Pool = common.HexToAddress("0x00000000000000000000000000000000000000aa")
	if _, err := poolclient.Dial(ctx, n.URL, wrong); err == nil || !strings.Contains(err.Error(), "no pool contract at") {
		t.Fatalf("no pool at the address: %v", err)
	}
	if _, err := poolclient.DialPool(ctx, n.URL, wrong.Pool); err == nil || !strings.Contains(err.Error(), "read the pool's contracts") {
		t.Fatalf("discover from a non-pool: %v", err)
	}
	if _, err := poolclient.Dial(ctx, "http://127.0.0.1:1", *n.Addresses); err == nil || !strings.Contains(err.Error(), "cannot reach the node") {
		t.Fatalf("dead node: %v", err)
	}
}

// TestSendWaitEvents: a stake goes through and its events decode with
// their arguments; a refusal before sending and a transaction that
// reverts on chain both come back as the contract's custom error.
func TestSendWaitEvents(t *testing.T) {
	n, c := started(t)
	ctx := context.Background()
	user := n.Keys[simnode.KeyUser0]
	o, err := c.Transactor(ctx, user)
	if err != nil {
		t.Fatal(err)
	}
	o.Value = ether(2)
	tx, err := c.Pool.Submit(o, common.Address{})
	rc, err := c.Wait(ctx, tx, err)
	if err != nil {
		t.Fatal(err)
	}
	evs := c.Events(rc)
	var submitted *poolclient.Event
	for i := range evs {
		if evs[i].Contract != c.Addr.Pool {
			t.Errorf("event %s from %s, want the pool", evs[i].Name, evs[i].Contract)
		}
		if evs[i].Name == "Submitted" {
			submitted = &evs[i]
		}
	}
	if submitted == nil {
		t.Fatalf("no Submitted event among %+v", evs)
	}
	if got := submitted.Args["sender"]; got != n.Addrs[simnode.KeyUser0] {
		t.Errorf("Submitted sender %v (an indexed topic), want %s", got, n.Addrs[simnode.KeyUser0].Hex())
	}
	if got, _ := submitted.Args["amount"].(*big.Int); got == nil || got.Cmp(ether(2)) != 0 {
		t.Errorf("Submitted amount %v, want 2 ETH", submitted.Args["amount"])
	}

	// wrapping: the wstETH contract's amounts are shown in wstETH, the
	// pool's in ETH
	o.Value = nil
	tx, err = c.Pool.Approve(o, c.Addr.WstETH, ether(1))
	if _, err := c.Wait(ctx, tx, err); err != nil {
		t.Fatal(err)
	}
	tx, err = c.WstETH.Wrap(o, ether(1))
	rc, err = c.Wait(ctx, tx, err)
	if err != nil {
		t.Fatal(err)
	}
	units := map[string]bool{}
	for _, e := range c.Events(rc) {
		want := "ETH"
		if e.Contract == c.Addr.WstETH {
			want = "wstETH"
		}
		if e.Unit != want {
			t.Errorf("%s from %s: unit %q, want %q", e.Name, e.Contract, e.Unit, want)
		}
		units[e.Unit] = true
	}
	var out bytes.Buffer
	poolclient.PrintEvents(&out, c.Events(rc))
	if !units["ETH"] || !units["wstETH"] || !strings.Contains(out.String(), " wstETH") {
		t.Errorf("wrap's events, printed:\n%s", out.String())
	}

	// refused by the gas estimate: nothing is sent
	o.Value = nil
	tx, err = c.Pool.Transfer(o, n.Addrs[simnode.KeyUser0+1], ether(1000))
	_, err = c.Wait(ctx, tx, err)
	var r *poolclient.Refusal
	if !errors.As(err, &r) || r.Code != "INSUFFICIENT_BALANCE" || !strings.Contains(r.Message, "InsufficientBalance (account ") {
		t.Fatalf("transfer above the balance: %v", err)
	}
	// mined and reverted (the gas given, so the node does not estimate)
	o.GasLimit = 200_000
	tx, err = c.Pool.Transfer(o, n.Addrs[simnode.KeyUser0+1], ether(1000))
	rc, err = c.Wait(ctx, tx, err)
	if !errors.As(err, &r) || r.Code != "INSUFFICIENT_BALANCE" || rc == nil || rc.Status != 0 {
		t.Fatalf("a reverted transaction: %v (receipt %v)", err, rc)
	}
	o.GasLimit = 0

	// plain ETH
	to := n.Addrs[simnode.KeyUser0+2]
	before, err := c.EL.BalanceAt(ctx, to, nil)
	if err != nil {
		t.Fatal(err)
	}
	tx, err = c.SendETH(ctx, o, to, ether(3))
	if _, err := c.Wait(ctx, tx, err); err != nil {
		t.Fatal(err)
	}
	after, err := c.EL.BalanceAt(ctx, to, nil)
	if err != nil {
		t.Fatal(err)
	}
	if new(big.Int).Sub(after, before).Cmp(ether(3)) != 0 {
		t.Fatalf("balance %s → %s, want 3 ETH more", before, after)
	}
	if ids, err := c.Claimable(ctx, n.Addrs[simnode.KeyUser0]); err != nil || len(ids) != 0 {
		t.Fatalf("claimable before any request: %v, %v", ids, err)
	}
}

func TestFormatArg(t *testing.T) {
	for _, c := range []struct {
		name string
		v    any
		want string
	}{
		{"amount", ether(3), "3 ETH"},
		{"shares", ether(3), "3000000000000000000"},
		{"requestId", big.NewInt(7), "7"},
		{"balance", big.NewInt(1), "0.000000000000000001 ETH"},
		{"to", common.HexToAddress("0x5aaeb6053f3e94c9b9a09f33669435e7ef1beaed"), "0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed"},
		{"data", []byte{1, 2}, "0x0102"},
		{"bunker", true, "true"},
	} {
		if got := poolclient.FormatArg(c.name, c.v); got != c.want {
			t.Errorf("poolclient.FormatArg(%q, %v) = %q, want %q", c.name, c.v, got, c.want)
		}
	}
}

// TestKeySource: a private key file, a keystore with its password from a
// file or the environment, and the refusals (both, neither, a bad file,
// a wrong password).
func TestKeySource(t *testing.T) {
	dir := t.TempDir()
	key, err := crypto.GenerateKey()
	if err != nil {
		t.Fatal(err)
	}
	want := crypto.PubkeyToAddress(key.PublicKey)
	hexFile := filepath.Join(dir, "key")
	write(t, hexFile, "0x"+common.Bytes2Hex(crypto.FromECDSA(key))+"\n")
	ks := keystore.NewKeyStore(filepath.Join(dir, "ks"), keystore.LightScryptN, keystore.LightScryptP)
	acct, err := ks.ImportECDSA(key, "secret")
	if err != nil {
		t.Fatal(err)
	}
	pwFile := filepath.Join(dir, "pw")
	write(t, pwFile, "secret\r\n")
	badPw := filepath.Join(dir, "badpw")
	write(t, badPw, "wrong\n")
	bad := filepath.Join(dir, "bad")
	write(t, bad, "not a key")
	t.Setenv("TEST_PW", "secret")
	for _, c := range []struct {
		name string
		src  poolclient.KeySource
		err  string
	}{
		{"private key file", poolclient.KeySource{PrivateKeyFile: hexFile}, ""},
		{"keystore, password file", poolclient.KeySource{Keystore: acct.URL.Path, PasswordFile: pwFile}, ""},
		{"keystore, password in the environment", poolclient.KeySource{Keystore: acct.URL.Path, PasswordEnv: "TEST_PW"}, ""},
		{"keystore, wrong password", poolclient.KeySource{Keystore: acct.URL.Path, PasswordFile: badPw}, "could not decrypt"},
		{"both", poolclient.KeySource{PrivateKeyFile: hexFile, Keystore: acct.URL.Path}, "not both"},
		{"neither", poolclient.KeySource{}, "a signing key is needed"},
		{"not a key", poolclient.KeySource{PrivateKeyFile: bad}, "not a hex secp256k1 private key"},
	} {
		k, err := c.src.Load()
		if c.err != "" {
			if err == nil || !strings.Contains(err.Error(), c.err) {
				t.Errorf("%s: %v, want %q", c.name, err, c.err)
			}
			continue
		}
		if err != nil {
			t.Errorf("%s: %v", c.name, err)
		} else if got := addressOf(k); got != want {
			t.Errorf("%s: key of %s, want %s", c.name, got.Hex(), want.Hex())
		}
	}
}

func addressOf(k *ecdsa.PrivateKey) common.Address { return crypto.PubkeyToAddress(k.PublicKey) }

func write(t *testing.T, path, s string) {
	t.Helper()
	if err := os.WriteFile(path, []byte(s), 0o600); err != nil {
		t.Fatal(err)
	}
}
