package devnet

import (
	"context"
	"crypto/ecdsa"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/holiman/uint256"

	"github.com/stakepool/stakepool/beacon/sim"
	"github.com/stakepool/stakepool/contracts"
	"github.com/stakepool/stakepool/contracts/bindings"
	"github.com/stakepool/stakepool/contracts/deploy"
	"github.com/stakepool/stakepool/durable"
	"github.com/stakepool/stakepool/protocol"
)

// The pool on a devnet: its participants are dev keys (DevKey(label)),
// funded at genesis; the deposit contract is ours, at
// DepositContractAddress from genesis; the suite is deployed by the
// deployer in the devnet's first blocks, one contract a block (the deploy
// package waits for each deployment), at CREATE addresses that follow from
// the deployer's nonces.

// PoolConfig is the pool a devnet runs.
type PoolConfig struct {
	// Operators are the node operators (reward address DevKey("operator-i")),
	// each with a cap of KeysPerOperator validators.
	Operators       int
	KeysPerOperator int
	// OracleMembers (DevKey("oracle-i")) and the quorum; Guardians
	// (DevKey("guardian-i")) and the signatures a deposit needs.
	OracleMembers, OracleQuorum int
	Guardians, GuardianQuorum   int
	// EpochsPerFrame is the oracle's frame (a report every so many epochs).
	EpochsPerFrame uint64
	// ExitDeadlineSlots, when set, replaces the exit deadline (28,800
	// slots): tests of stuck operators and forced exits shorten it.
	ExitDeadlineSlots uint64
	// KeepELRewards are operators whose validators propose with their
	// operator's reward address as fee recipient instead of the pool's
	// execution-rewards vault: they keep the priority fees and the MEV,
	// and the oracle charges them (docs/operators.md).
	KeepELRewards []int
}

// DefaultPool is the devnet's pool: four operators of 32 keys, three oracle
// members (quorum 2), three guardians (quorum 2), a report every four
// epochs.
func DefaultPool() PoolConfig {
	return PoolConfig{Operators: 4, KeysPerOperator: 32, OracleMembers: 3, OracleQuorum: 2, Guardians: 3, GuardianQuorum: 2, EpochsPerFrame: 4}
}

// Role keys of the pool.
func (c PoolConfig) deployer() *ecdsa.PrivateKey { return DevKey("deployer") }

// Depositor is the key allowed to call Pool.deposit.
func (c PoolConfig) Depositor() *ecdsa.PrivateKey { return DevKey("depositor") }

// Governance is the governance committee's single member.
func (c PoolConfig) Governance() *ecdsa.PrivateKey { return DevKey("governance-0") }

// OracleKey is oracle member i's key.
func (c PoolConfig) OracleKey(i int) *ecdsa.PrivateKey { return DevKey(fmt.Sprintf("oracle-%d", i)) }

// OperatorKey is operator i's reward address key (it uploads the keys).
func (c PoolConfig) OperatorKey(i int) *ecdsa.PrivateKey {
	return DevKey(fmt.Sprintf("operator-%d", i))
}

// GuardianKey is guardian i's key.
func (c PoolConfig) GuardianKey(i int) *ecdsa.PrivateKey {
	return DevKey(fmt.Sprintf("guardian-%d", i))
}

// Treasury and Insurance receive the fee's parts.
func (c PoolConfig) Treasury() common.Address  { return DevAddress("treasury") }
func (c PoolConfig) Insurance() common.Address { return DevAddress("insurance") }

// Fund funds the participants in genesis g and places the deposit
// contract's code.
func (c PoolConfig) Fund(g *Genesis) {
	if g.Alloc == nil {
		g.Alloc = types.GenesisAlloc{}
	}
	g.Alloc[DepositContractAddress] = types.Account{Code: contracts.DepositContractCode(), Balance: new(big.Int)}
	g.Fund(crypto.PubkeyToAddress(c.deployer().PublicKey), Ether(10))
	g.Fund(crypto.PubkeyToAddress(c.Depositor().PublicKey), Ether(100))
	g.Fund(crypto.PubkeyToAddress(c.Governance().PublicKey), Ether(100))
	for i := range c.OracleMembers {
		g.Fund(crypto.PubkeyToAddress(c.OracleKey(i).PublicKey), Ether(100))
	}
	for i := range c.Operators {
		g.Fund(crypto.PubkeyToAddress(c.OperatorKey(i).PublicKey), Ether(100))
	}
	for i := range c.Guardians {
		g.Fund(crypto.PubkeyToAddress(c.GuardianKey(i).PublicKey), Ether(10))
	}
}

// Params are the pool's rules on a devnet: mainnet's, with short
// timelocks and frames, and report limits lifted for a chain whose APR is
// far above mainnet's (the base reward goes with 1/√ of the stake: 20,000
// validators earn about 20% a year).
func (c PoolConfig) Params() protocol.Params {
	p := protocol.DevnetParams()
	p.EpochsPerFrame = c.EpochsPerFrame
	p.AnnualIncreaseBP = 50 * protocol.BP
	p.MaxPositiveRebase = 10_000_000 // 1% a report
	p.MaxDepositsPerBlock = 64
	if c.ExitDeadlineSlots != 0 {
		p.ExitDeadlineSlots = c.ExitDeadlineSlots
	}
	return p
}

// DeployConfig is the deploy package's configuration of the suite on a
// chain whose beacon genesis time is genesisTime.
func (c PoolConfig) DeployConfig(chainID, genesisTime uint64) (deploy.Config, error) {
	opts, err := bind.NewKeyedTransactorWithChainID(c.deployer(), new(big.Int).SetUint64(chainID))
	if err != nil {
		return deploy.Config{}, err
	}
	p := c.Params()
	cfg := deploy.Config{
		Deployer: opts, InitialStake: Ether(1), DepositContract: DepositContractAddress,
		Depositor: crypto.PubkeyToAddress(c.Depositor().PublicKey), Treasury: c.Treasury(), Insurance: c.Insurance(),
		GovernanceMembers: []common.Address{crypto.PubkeyToAddress(c.Governance().PublicKey)}, GovernanceThreshold: 1,
		Veto: bindings.VetoEscrowParams{FirstSealBP: uint16(p.VetoFirstSealBP), SecondSealBP: uint16(p.VetoSecondSealBP),
			MaxExtensionSeconds: uint32(p.VetoMaxExtensionSeconds), RageQuitWindowSeconds: uint32(p.RageQuitWindowSeconds)},
		OracleQuorum: uint32(c.OracleQuorum),
		Chain:        bindings.OracleChainConfig{GenesisTime: new(big.Int).SetUint64(genesisTime), SecondsPerSlot: big.NewInt(12), SlotsPerEpoch: big.NewInt(32)},
		Rules:        p,
	}
	for i := range c.OracleMembers {
		cfg.OracleMembers = append(cfg.OracleMembers, crypto.PubkeyToAddress(c.OracleKey(i).PublicKey))
	}
	if c.Guardians > 0 {
		// The deposit security module as the pool's depositor: Lido's pause
		// validity, attestations up to 64 blocks old, 4 blocks between deposits.
		ds := &protocol.DepositSecurityParams{Quorum: uint64(c.GuardianQuorum), MaxBlockAge: 64, MinDepositDistance: 4, PauseMaxAge: 6646}
		for i := range c.Guardians {
			ds.Guardians = append(ds.Guardians, crypto.PubkeyToAddress(c.GuardianKey(i).PublicKey))
		}
		cfg.DepositSecurity = ds
	}
	// The permissionless bonded module with CSM's curve (2.4 ETH, then 1.3
	// ETH a validator), connected as the staking router's module 2 with
	// CSM's fees (6% module + 4% treasury) and a 10% target share, where
	// CSM has 5%: a devnet's pool is small (16 bootstrap validators), and
	// under 5% module 2 would get its first deposit only once the pool
	// has 20 validators; at 10% a bonded operator's first key is deposited
	// from the pool's 17th validator on (docs/devnet.md).
	cfg.Bonded = &deploy.Bonded{Params: protocol.BondedParams{Curve: []uint256.Int{*uint256.MustFromBig(milliEther(2400)),
		*uint256.MustFromBig(milliEther(1300))}}, Module: BondedModule}
	for i := range c.Operators {
		cfg.Operators = append(cfg.Operators, deploy.Operator{Name: fmt.Sprintf("devnet-operator-%d", i),
			RewardAddress: crypto.PubkeyToAddress(c.OperatorKey(i).PublicKey), Limit: uint64(c.KeysPerOperator)})
	}
	return cfg, nil
}

// BondedModule is the devnet's module 2: the bonded module's name, target
// share and fees in the staking router.
var BondedModule = protocol.ModuleParams{Name: "bonded", ShareBP: 1000, ModuleFeeBP: 600, TreasuryFeeBP: 400}

func milliEther(m int64) *big.Int { return new(big.Int).Mul(big.NewInt(m), big.NewInt(1e15)) }

// DeployPool deploys the pool's contracts on the devnet, a block per
// contract (the devnet runs the slots meanwhile).
func (d *Devnet) DeployPool(ctx context.Context, c PoolConfig) (*deploy.Addresses, error) {
	cfg, err := c.DeployConfig(d.ChainID(), d.cfg.Genesis.BeaconTime)
	if err != nil {
		return nil, err
	}
	var stepErr error
	cfg.Mine = func() {
		if stepErr == nil {
			_, stepErr = d.stepToBlock(ctx)
		}
	}
	a, err := deploy.Deploy(ctx, d.el, cfg)
	if stepErr != nil {
		return nil, fmt.Errorf("devnet: deploy the pool: %w", stepErr)
	}
	if err != nil {
		return nil, fmt.Errorf("devnet: deploy the pool: %w", err)
	}
	return a, nil
}

// stepToBlock runs slots until one makes a block.
func (d *Devnet) stepToBlock(ctx context.Context) (*Slot, error) {
	for {
		s, err := d.Step(ctx)
		if err != nil || !s.Missed {
			return s, err
		}
	}
}

// WriteAddresses writes the pool's addresses to path (JSON) durably.
func WriteAddresses(path string, a *deploy.Addresses) error {
	return durable.WriteJSON(path, a, 0o600)
}

// PoolFeeRecipientExcept is PoolFeeRecipient but for the validators whose
// pubkey keep names: they propose with that address (an operator keeping
// its validators' priority fees and MEV).
func PoolFeeRecipientExcept(a *deploy.Addresses, chain *sim.Chain, keep map[[48]byte]common.Address) func(uint64, [32]byte) common.Address {
	pool := PoolFeeRecipient(a)
	if len(keep) == 0 {
		return pool
	}
	return func(proposer uint64, creds [32]byte) common.Address {
		var pk [48]byte
		chain.View(func(s *sim.State) {
			if proposer < uint64(len(s.Pubkeys)) {
				pk = s.Pubkeys[proposer]
			}
		})
		if to, ok := keep[pk]; ok {
			return to
		}
		return pool(proposer, creds)
	}
}

// PoolFeeRecipient makes the pool's validators (withdrawal credentials
// pointing at the pool's withdrawal vault) propose with the execution-layer
// rewards vault as fee recipient, the others with their withdrawal address.
func PoolFeeRecipient(a *deploy.Addresses) func(uint64, [32]byte) common.Address {
	return func(_ uint64, creds [32]byte) common.Address {
		if common.Address(creds[12:]) == a.WithdrawalVault {
			return a.ELRewardsVault
		}
		return common.Address(creds[12:])
	}
}
