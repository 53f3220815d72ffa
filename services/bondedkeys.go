package services

// `stakepool operator bond create|add-keys`: a deposit data file's keys,
// checked as the curated upload checks them, in the shape the bonded
// module takes.

import (
	"context"

	"github.com/ethereum/go-ethereum/accounts/abi/bind"

	"github.com/stakepool/stakepool/contracts/poolclient"
	"github.com/stakepool/stakepool/keys"
)

// BondedKeys checks a deposit data file's entries against the pool
// (CheckDepositData: signatures and roots under fork, 32 ETH, the pool's
// withdrawal credentials) and returns them in file order for the bonded
// module. The module itself refuses a key it or another module holds
// (DUPLICATE_KEY).
func BondedKeys(ctx context.Context, c *poolclient.Client, entries []keys.DepositDataEntry, fork [4]byte) (poolclient.BondedKeys, error) {
	creds, err := c.Pool.WithdrawalCredentials(&bind.CallOpts{Context: ctx})
	if err != nil {
		return poolclient.BondedKeys{}, c.Err("read the pool's withdrawal credentials", err)
	}
	signed, err := CheckDepositData(entries, fork, creds, c.Addr.WithdrawalVault)
	if err != nil {
		return poolclient.BondedKeys{}, err
	}
	k := poolclient.BondedKeys{Count: uint64(len(signed))}
	for _, s := range signed {
		k.Pubkeys = append(k.Pubkeys, s.Pubkey[:]...)
		k.Signatures = append(k.Signatures, s.Signature[:]...)
	}
	return k, nil
}
