package deploy

import (
	"encoding/json"
	"fmt"
	"os"

	"github.com/ethereum/go-ethereum/common"
)

// ReadAddresses reads a pool's addresses.json (as `stakepool devnet` and
// `stakepool deploy` write it). A missing file comes back as the error
// os.ReadFile gives (errors.Is(err, os.ErrNotExist)); a file that is not
// an addresses.json, or names no pool, is refused.
func ReadAddresses(path string) (*Addresses, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	var a Addresses
	if err := json.Unmarshal(b, &a); err != nil {
		return nil, fmt.Errorf("%s: not an addresses.json: %w", path, err)
	}
	if a.Pool == (common.Address{}) {
		return nil, fmt.Errorf("%s: no pool address", path)
	}
	return &a, nil
}
