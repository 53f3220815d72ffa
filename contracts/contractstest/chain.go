// Package contractstest runs the pool's contracts on go-ethereum's simulated
// backend for tests: a Prague chain with funded keys, deterministic block
// times, and helpers that send a transaction and mine it. Only tests import
// it.
package contractstest

import (
	"context"
	"crypto/ecdsa"
	"fmt"
	"math/big"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/eth/ethconfig"
	"github.com/ethereum/go-ethereum/ethclient/simulated"
	"github.com/ethereum/go-ethereum/node"
	"github.com/ethereum/go-ethereum/rpc"

	"github.com/stakepool/stakepool/contracts/poolclient"
)

// GenesisTime is the chain's first timestamp, far beyond the wall clock, so
// that every block is exactly one second after its parent (the simulated
// beacon takes max(now, parent + 1)) and runs are reproducible.
const GenesisTime = 4_000_000_000

// Funding is every test key's genesis balance: 1e9 ETH.
var Funding = new(big.Int).Mul(big.NewInt(1e9), big.NewInt(1e18))

// Chain is a simulated Prague chain with funded keys.
type Chain struct {
	Backend *simulated.Backend
	Client  simulated.Client
	// RPC is a raw JSON-RPC client of the same node (over IPC), for calls
	// the Client does not offer (eth_estimateGas with block overrides).
	RPC     *rpc.Client
	ChainID *big.Int
	Keys    []*ecdsa.PrivateKey
	Addrs   []common.Address
}

// NewChain starts a chain whose n keys (derived deterministically from
// their index) hold Funding each. It is closed when the test ends.
func NewChain(t testing.TB, n int) *Chain { return NewChainAlloc(t, n, nil) }

// NewChainAlloc is NewChain with more genesis accounts (code, storage).
func NewChainAlloc(t testing.TB, n int, extra types.GenesisAlloc) *Chain {
	t.Helper()
	c := &Chain{}
	alloc := types.GenesisAlloc{}
	for a, acc := range extra {
		alloc[a] = acc
	}
	for i := 0; i < n; i++ {
		k := Key(i)
		c.Keys = append(c.Keys, k)
		a := crypto.PubkeyToAddress(k.PublicKey)
		c.Addrs = append(c.Addrs, a)
		alloc[a] = types.Account{Balance: new(big.Int).Set(Funding)}
	}
	dir, err := os.MkdirTemp("", "sp") // short: a socket path has ~100 bytes
	if err != nil {
		t.Fatal(err)
	}
	ipc := filepath.Join(dir, "n.ipc")
	withIPC := func(nc *node.Config, _ *ethconfig.Config) { nc.IPCPath = ipc }
	c.Backend = simulated.NewBackend(alloc, PragueOnly, withIPC, simulated.WithBlockGasLimit(60_000_000))
	t.Cleanup(func() { c.Backend.Close(); os.RemoveAll(dir) })
	c.Client = c.Backend.Client()
	if c.RPC, err = rpc.Dial(ipc); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(c.RPC.Close)
	id, err := c.Client.ChainID(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	c.ChainID = id
	return c
}

// PragueOnly is a simulated-backend option: the dev chain's config with
// every fork after Prague unset (a copy; the shared config is not
// touched), and the fixed genesis time.
func PragueOnly(_ *node.Config, conf *ethconfig.Config) {
	cfg := *conf.Genesis.Config
	cfg.OsakaTime, cfg.BogotaTime, cfg.AmsterdamTime = nil, nil, nil
	conf.Genesis.Config = &cfg
	conf.Genesis.Timestamp = GenesisTime
}

// AdjustTime seals an empty block d after the head. The transaction pool
// drops the transactions of a sealed block in the background, and until
// it has the simulated backend refuses ("non-empty block"): this waits
// for it (the backend refuses before sealing anything).
func (c *Chain) AdjustTime(d time.Duration) error {
	var err error
	for i := 0; i < 400; i++ {
		if err = c.Backend.AdjustTime(d); err == nil || !strings.Contains(err.Error(), "non-empty block") {
			return err
		}
		time.Sleep(5 * time.Millisecond)
	}
	return err
}

// Key is test key i: the secp256k1 key whose scalar is keccak("stakepool test key i").
func Key(i int) *ecdsa.PrivateKey {
	k, err := crypto.ToECDSA(crypto.Keccak256([]byte(fmt.Sprintf("stakepool test key %d", i))))
	if err != nil {
		panic(err)
	}
	return k
}

// Opts returns transaction options for key i.
func (c *Chain) Opts(i int) *bind.TransactOpts {
	o, err := bind.NewKeyedTransactorWithChainID(c.Keys[i], c.ChainID)
	if err != nil {
		panic(err)
	}
	return o
}

// TB is the part of testing.TB (and rapid.T) the helpers use.
type TB interface {
	Helper()
	Fatal(args ...any)
	Fatalf(format string, args ...any)
}

// Mine commits the pending transactions in a block and returns tx's receipt.
func (c *Chain) Mine(t TB, tx *types.Transaction) *types.Receipt {
	t.Helper()
	c.Backend.Commit()
	r, err := c.Client.TransactionReceipt(context.Background(), tx.Hash())
	if err != nil {
		t.Fatalf("receipt of %s: %v", tx.Hash(), err)
	}
	return r
}

// MustMine mines tx and fails the test unless it succeeded.
func (c *Chain) MustMine(t TB, tx *types.Transaction, err error) *types.Receipt {
	t.Helper()
	if err != nil {
		t.Fatalf("sending: %v", err)
	}
	r := c.Mine(t, tx)
	if r.Status != types.ReceiptStatusSuccessful {
		t.Fatalf("transaction %s reverted (gas used %d)", tx.Hash(), r.GasUsed)
	}
	return r
}

// RevertName decodes the custom error a call or gas estimate reverted with,
// by the contract's ABI: its name ("StakeLimit"), "" when err is nil, or
// "?" followed by the error text when it is not a decodable revert.
func RevertName(err error, md *bind.MetaData) string {
	if err == nil {
		return ""
	}
	if name, ok := poolclient.RevertName(err, md); ok {
		return name
	}
	return "?" + err.Error()
}
