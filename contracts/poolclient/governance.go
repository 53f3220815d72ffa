package poolclient

import (
	"math/big"

	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"

	"github.com/stakepool/stakepool/contracts/bindings"
)

// Call is what a governance proposal does once executed: a call of
// Target with Data (Governance.propose(target, data)).
type Call struct {
	Target common.Address
	Data   []byte
}

func call(target common.Address, md *bind.MetaData, method string, args ...any) (Call, error) {
	a, err := md.GetAbi()
	if err != nil {
		return Call{}, err
	}
	data, err := a.Pack(method, args...)
	return Call{Target: target, Data: data}, err
}

// AddOperator registers a node operator with its reward address.
func (c *Client) AddOperator(name string, reward common.Address) (Call, error) {
	return call(c.Addr.Registry, bindings.OperatorRegistryMetaData, "addNodeOperator", name, reward)
}

// SetOperatorLimit caps operator id's validators.
func (c *Client) SetOperatorLimit(id, limit uint64) (Call, error) {
	return call(c.Addr.Registry, bindings.OperatorRegistryMetaData, "setNodeOperatorLimit", new(big.Int).SetUint64(id), limit)
}

// SetOperatorActive activates or deactivates operator id.
func (c *Client) SetOperatorActive(id uint64, active bool) (Call, error) {
	return call(c.Addr.Registry, bindings.OperatorRegistryMetaData, "setNodeOperatorActive", new(big.Int).SetUint64(id), active)
}

// PauseStaking stops new stakes.
func (c *Client) PauseStaking() (Call, error) {
	return call(c.Addr.Pool, bindings.PoolMetaData, "pauseStaking")
}

// ResumeStaking accepts stakes again.
func (c *Client) ResumeStaking() (Call, error) {
	return call(c.Addr.Pool, bindings.PoolMetaData, "resumeStaking")
}

// SetStakingLimit sets the stake limit (wei) and its growth per block.
func (c *Client) SetStakingLimit(max, perBlock *big.Int) (Call, error) {
	return call(c.Addr.Pool, bindings.PoolMetaData, "setStakingLimit", max, perBlock)
}

// SetCommittee replaces the governance committee and its threshold.
func (c *Client) SetCommittee(members []common.Address, threshold uint32) (Call, error) {
	return call(c.Addr.Governance, bindings.GovernanceMetaData, "setCommittee", members, threshold)
}
