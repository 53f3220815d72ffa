package poolclient

import (
	"context"
	"math/big"

	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
)

// Claimable lists owner's finalized, unclaimed withdrawal requests.
func (c *Client) Claimable(ctx context.Context, owner common.Address) ([]*big.Int, error) {
	o := &bind.CallOpts{Context: ctx}
	ids, err := c.Queue.GetWithdrawalRequests(o, owner)
	if err != nil || len(ids) == 0 {
		return nil, err
	}
	st, err := c.Queue.GetWithdrawalStatus(o, ids)
	if err != nil {
		return nil, DecodeRevert(err)
	}
	var out []*big.Int
	for i, s := range st {
		if s.IsFinalized && !s.IsClaimed {
			out = append(out, ids[i])
		}
	}
	return out, nil
}
