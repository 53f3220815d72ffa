package bench

import (
	"encoding/binary"

	"github.com/holiman/uint256"

	"github.com/stakepool/stakepool/protocol"
	"github.com/stakepool/stakepool/units"
)

// Address kinds of the benches' deterministic addresses (addr).
const (
	kWhale byte = iota + 1
	kMember
	kGovernance
	kVault
	kHolder
	kOperator
	kNode
)

// addr is a deterministic bench address: kind, then n.
func addr(kind byte, n uint64) protocol.Address {
	var a protocol.Address
	a[0] = 0xbe
	a[1] = kind
	binary.BigEndian.PutUint64(a[12:], n)
	return a
}

// genesis is a devnet-like pool for the benches (mainnet's clock, the pool
// created at block 0 in slot 0): 1 ETH of dead shares,
// holders addr(kHolder, 1..holders) with eth ETH each, a governance of one
// (addr(kGovernance, 0)), five oracle members (quorum 3), devnet
// parameters without a staking rate limit.
func genesis(holders int, eth uint64) protocol.Genesis {
	var members []protocol.Address
	for i := 0; i < 5; i++ {
		members = append(members, addr(kMember, uint64(i)))
	}
	p := protocol.DevnetParams()
	p.StakeLimitMax, p.StakeLimitPerBlock = uint256.Int{}, uint256.Int{}
	chain := protocol.MainnetChain()
	g := protocol.Genesis{
		ChainID: 1337, Chain: chain, Timestamp: chain.GenesisTime,
		Vault: addr(kVault, 0), ELRewardsVault: addr(kVault, 1), Treasury: addr(kVault, 2),
		WstETH: addr(kVault, 3), Insurance: addr(kVault, 4), StETH: addr(kVault, 5), WithdrawalQueue: addr(kVault, 6), Burner: addr(kVault, 7),
		OracleMembers: members, OracleQuorum: 3, Params: p,
		Members: []protocol.Address{addr(kGovernance, 0)}, Threshold: 1, Dev: true,
	}
	g.InitialStake.SetUint64(1e18)
	for i := 1; i <= holders; i++ {
		g.Alloc = append(g.Alloc, protocol.Allocation{Address: addr(kHolder, uint64(i)), ETH: *units.Ether(eth)})
	}
	return g
}
