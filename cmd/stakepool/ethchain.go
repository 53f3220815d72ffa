package main

import (
	"cmp"
	"context"
	"crypto/ecdsa"
	"fmt"
	"os"
	"time"

	"github.com/stakepool/stakepool/contracts/deploy"
	"github.com/stakepool/stakepool/contracts/poolclient"
	"github.com/stakepool/stakepool/units"
)

// What `stakepool tx` and `stakepool query` share: the node (--rpc, or
// $STAKEPOOL_RPC; host:port means http://host:port), the pool's addresses
// (--addresses FILE as the devnet writes it, $STAKEPOOL_ADDRESSES, or the
// devnet's default ./devnet-data/addresses.json; --pool ADDRESS alone
// finds the others from the pool contract), the sender's key, and the
// contracts' events in words. The work is contracts/poolclient's.

// defaultRPC is the devnet's JSON-RPC address.
const defaultRPC = "http://127.0.0.1:8545"

// nodeURL is the node URL from the flag, then $STAKEPOOL_RPC, then the
// devnet's; a bare host:port gets http://.
func nodeURL(flag string) string { return rpcURL(cmp.Or(flag, os.Getenv("STAKEPOOL_RPC"), defaultRPC)) }

type chainFlags struct {
	rpc, addresses, pool string
	timeout              time.Duration
}

// dialPool connects to the node and binds the pool's contracts.
func dialPool(ctx context.Context, cf *chainFlags) (*poolclient.Client, error) {
	url := nodeURL(cf.rpc)
	if cf.pool != "" {
		addr, err := units.ParseAddress(cf.pool)
		if err != nil {
			return nil, fmt.Errorf("--pool: %w", err)
		}
		return poolclient.DialPool(ctx, url, addr)
	}
	path := cf.addresses
	if path == "" {
		path = os.Getenv("STAKEPOOL_ADDRESSES")
	}
	if path == "" {
		path = "./devnet-data/addresses.json"
	}
	a, err := deploy.ReadAddresses(path)
	if err != nil {
		return nil, fmt.Errorf("the pool's addresses: %w (give --addresses FILE or --pool ADDRESS)", err)
	}
	return poolclient.Dial(ctx, url, *a)
}

// loadKey reads the signing key from a private-key file (0x-hex) or a
// go-ethereum keystore (password from a file, or the environment variable
// STAKEPOOL_KEYSTORE_PASSWORD).
func loadKey(keyFile, keystoreFile, passwordFile string) (*ecdsa.PrivateKey, error) {
	return poolclient.KeySource{PrivateKeyFile: keyFile, Keystore: keystoreFile, PasswordFile: passwordFile,
		PasswordEnv: "STAKEPOOL_KEYSTORE_PASSWORD"}.Load()
}
