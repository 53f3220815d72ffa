package services

// `stakepool deploy`: the pool's contract suite deployed by
// contracts/deploy onto any network, with the parameters of a pool config
// file, after checking the execution node and the beacon node agree on
// the network (chain id, deposit contract, genesis fork version); the
// addresses written to addresses.json; a second deployment refused.

import (
	"bytes"
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"math/big"
	"os"
	"strings"

	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/holiman/uint256"
	"gopkg.in/yaml.v3"

	"github.com/stakepool/stakepool/contracts/bindings"
	"github.com/stakepool/stakepool/contracts/deploy"
	"github.com/stakepool/stakepool/contracts/poolclient"
	"github.com/stakepool/stakepool/durable"
	"github.com/stakepool/stakepool/keys"
	"github.com/stakepool/stakepool/protocol"
	"github.com/stakepool/stakepool/units"
)

// Refusal codes of the deployment (a refusal sends nothing).
const (
	// CodeNetworkMismatch: the nodes are not on the network named, or the
	// execution and beacon nodes are not on the same chain.
	CodeNetworkMismatch = "NETWORK_MISMATCH"
	// CodeAddressesExist: the addresses file is there already.
	CodeAddressesExist = "ADDRESSES_FILE_EXISTS"
	// CodeAlreadyDeployed: this deployer already deployed a pool on this chain.
	CodeAlreadyDeployed = "POOL_ALREADY_DEPLOYED"
	// CodeBadPoolConfig: the pool config file is not valid.
	CodeBadPoolConfig = "INVALID_POOL_CONFIG"
	// CodeInsufficientFunds: the deployer cannot pay the initial stake.
	CodeInsufficientFunds = "INSUFFICIENT_FUNDS"
)

// KnownNetwork is what a public network is known to be: its genesis fork
// version, execution chain id and deposit contract (0 and the zero
// address: whatever the nodes say, as on a devnet).
type KnownNetwork struct {
	keys.Network
	ChainID         uint64
	DepositContract common.Address
}

var knownNetworks = map[string]KnownNetwork{
	"mainnet": {keys.Mainnet, 1, common.HexToAddress("0x00000000219ab540356cBB839Cbe05303d7705Fa")},
	"hoodi":   {keys.Hoodi, 560048, common.HexToAddress("0x00000000219ab540356cBB839Cbe05303d7705Fa")},
	"sepolia": {keys.Sepolia, 11155111, common.HexToAddress("0x7f02C3E3c98b133055B8B348B2Ac625669Ed295D")},
	"holesky": {keys.Holesky, 17000, common.HexToAddress("0x4242424242424242424242424242424242424242")},
	"devnet":  {Network: keys.Devnet},
}

// PoolFile is a pool config file (YAML or JSON): who holds each role and
// the rules. An empty role is the deployer's (a trial pool); the rules
// are "mainnet" (default) or "devnet" (protocol.MainnetParams,
// DevnetParams) with the overrides given.
type PoolFile struct {
	Network         string `yaml:"network" json:"network"`
	ChainID         uint64 `yaml:"chain_id" json:"chain_id"`
	DepositContract string `yaml:"deposit_contract" json:"deposit_contract"`
	// InitialStake backs the pool's first shares (default 1 ETH; an
	// amount as units.ParseAmount reads it).
	InitialStake string `yaml:"initial_stake" json:"initial_stake"`
	Rules        string `yaml:"rules" json:"rules"`
	// EpochsPerFrame, when set, is the oracle's frame.
	EpochsPerFrame uint64 `yaml:"epochs_per_frame" json:"epochs_per_frame"`
	Compounding    bool   `yaml:"compounding" json:"compounding"`
	Depositor      string `yaml:"depositor" json:"depositor"`
	Treasury       string `yaml:"treasury" json:"treasury"`
	Insurance      string `yaml:"insurance" json:"insurance"`
	Governance     struct {
		Members   []string `yaml:"members" json:"members"`
		Threshold uint32   `yaml:"threshold" json:"threshold"`
	} `yaml:"governance" json:"governance"`
	Oracle struct {
		Members []string `yaml:"members" json:"members"`
		Quorum  uint32   `yaml:"quorum" json:"quorum"`
	} `yaml:"oracle" json:"oracle"`
	// Guardians, when members are given, deploys the deposit security
	// module as the pool's depositor (the depositor address is then
	// ignored); zero ages and distance take Lido's: attestations 64
	// blocks old, 25 blocks between deposits, pauses valid 6646 blocks.
	Guardians struct {
		Members            []string `yaml:"members" json:"members"`
		Quorum             uint64   `yaml:"quorum" json:"quorum"`
		MaxBlockAge        uint64   `yaml:"max_block_age" json:"max_block_age"`
		MinDepositDistance uint64   `yaml:"min_deposit_distance" json:"min_deposit_distance"`
		PauseMaxAge        uint64   `yaml:"pause_max_age" json:"pause_max_age"`
	} `yaml:"guardians" json:"guardians"`
	Operators []struct {
		Name          string `yaml:"name" json:"name"`
		RewardAddress string `yaml:"reward_address" json:"reward_address"`
		Limit         uint64 `yaml:"limit" json:"limit"`
	} `yaml:"operators" json:"operators"`
	PauseCommittee string `yaml:"pause_committee" json:"pause_committee"`
	PauseExpiry    uint64 `yaml:"pause_expiry" json:"pause_expiry"`
}

// ReadPoolFile reads a pool config file; unknown fields are refused.
func ReadPoolFile(path string) (*PoolFile, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("read the pool config: %w", err)
	}
	var f PoolFile
	dec := yaml.NewDecoder(bytes.NewReader(b))
	dec.KnownFields(true)
	if err := dec.Decode(&f); err != nil {
		return nil, refuse(CodeBadPoolConfig, "%s: %v", path, err)
	}
	return &f, nil
}

// DeployOptions are one deployment's inputs.
type DeployOptions struct {
	// RPC is the execution node's JSON-RPC URL; Beacon the beacon node's.
	RPC, Beacon string
	// Network names the network the nodes must be on ("" takes the pool
	// file's; both empty: whatever the nodes agree on).
	Network string
	// Pool is the pool config (nil: every role the deployer's, mainnet rules).
	Pool *PoolFile
	// Key is the deployer's.
	Key *ecdsa.PrivateKey
	// Out is the addresses.json to write (it must not exist).
	Out string
	// ForceNew deploys even when Out exists (it is replaced) or the
	// deployer has deployed a pool before.
	ForceNew bool
}

// DeployReport is what a deployment did.
type DeployReport struct {
	Network            string           `json:"network"`
	ChainID            uint64           `json:"chain_id"`
	GenesisForkVersion string           `json:"genesis_fork_version"`
	DepositContract    common.Address   `json:"deposit_contract"`
	Deployer           common.Address   `json:"deployer"`
	NonceFrom          uint64           `json:"nonce_from"`
	NonceTo            uint64           `json:"nonce_to"`
	SpentWei           string           `json:"spent_wei"`
	Addresses          deploy.Addresses `json:"addresses"`
	Out                string           `json:"addresses_file"`
	// Defaults lists the roles the config left to the deployer.
	Defaults []string `json:"roles_defaulted_to_deployer,omitempty"`
}

// DeployPool checks the nodes and the config, then deploys the suite and
// writes its addresses. Every check runs before the first transaction:
// the execution node's chain id, the beacon node's genesis fork version,
// deposit contract and deposit chain id, the named network's known
// values, code at the deposit contract, no addresses file at Out and no
// earlier pool from this deployer (unless ForceNew), the initial stake in
// the deployer's balance.
func DeployPool(ctx context.Context, o DeployOptions) (*DeployReport, error) {
	if o.Key == nil {
		return nil, errors.New("services: deploying needs the deployer's key")
	}
	if o.Out == "" {
		return nil, errors.New("services: deploying needs the addresses file to write")
	}
	pf := o.Pool
	if pf == nil {
		pf = &PoolFile{}
	}
	netName := o.Network
	if netName == "" {
		netName = pf.Network
	} else if pf.Network != "" && !strings.EqualFold(pf.Network, netName) {
		return nil, refuse(CodeNetworkMismatch, "--network %s, but the pool config is for %s", netName, pf.Network)
	}
	deployer := crypto.PubkeyToAddress(o.Key.PublicKey)
	rep := &DeployReport{Deployer: deployer, Out: o.Out}
	if _, err := os.Stat(o.Out); err == nil && !o.ForceNew {
		if a, err := deploy.ReadAddresses(o.Out); err == nil {
			return nil, refuse(CodeAddressesExist, "%s exists (pool %s): a pool was deployed already; give another path, or --force-new to deploy a new suite and replace it", o.Out, a.Pool.Hex())
		}
		return nil, refuse(CodeAddressesExist, "%s exists; give another path, or --force-new to replace it", o.Out)
	}

	el, err := ethclient.DialContext(ctx, o.RPC)
	if err != nil {
		return nil, fmt.Errorf("dial %s: %w", o.RPC, err)
	}
	defer el.Close()
	chainID, err := el.ChainID(ctx)
	if err != nil {
		return nil, fmt.Errorf("read the chain id (JSON-RPC %s): %w", o.RPC, err)
	}
	rep.ChainID = chainID.Uint64()
	bn, err := ReadBeaconNetwork(ctx, o.Beacon)
	if err != nil {
		return nil, fmt.Errorf("read the beacon node's network: %w", err)
	}
	rep.GenesisForkVersion = fmt.Sprintf("%#x", bn.GenesisForkVersion)
	if bn.DepositChainID != rep.ChainID {
		return nil, refuse(CodeNetworkMismatch, "the beacon node %s is for chain %d, the execution node %s is on chain %d", o.Beacon, bn.DepositChainID, o.RPC, rep.ChainID)
	}
	if netName != "" {
		kn, ok := knownNetworks[strings.ToLower(netName)]
		if !ok {
			return nil, refuse(CodeNetworkMismatch, "unknown network %q (known: mainnet, hoodi, sepolia, holesky, devnet)", netName)
		}
		if kn.GenesisForkVersion != bn.GenesisForkVersion {
			return nil, refuse(CodeNetworkMismatch, "the beacon node %s has genesis fork version %#x; %s's is %#x", o.Beacon, bn.GenesisForkVersion, kn.Name, kn.GenesisForkVersion)
		}
		if kn.ChainID != 0 && kn.ChainID != rep.ChainID {
			return nil, refuse(CodeNetworkMismatch, "the execution node is on chain %d; %s is chain %d", rep.ChainID, kn.Name, kn.ChainID)
		}
		if kn.DepositContract != (common.Address{}) && kn.DepositContract != bn.DepositContract {
			return nil, refuse(CodeNetworkMismatch, "the beacon node's deposit contract is %s; %s's is %s", bn.DepositContract.Hex(), kn.Name, kn.DepositContract.Hex())
		}
		rep.Network = kn.Name
	} else if n, ok := keys.NetworkByForkVersion(bn.GenesisForkVersion); ok {
		rep.Network = n.Name
	}
	if pf.ChainID != 0 && pf.ChainID != rep.ChainID {
		return nil, refuse(CodeNetworkMismatch, "the pool config is for chain %d, the node is on chain %d", pf.ChainID, rep.ChainID)
	}
	if pf.DepositContract != "" {
		want, err := units.ParseAddress(pf.DepositContract)
		if err != nil {
			return nil, refuse(CodeBadPoolConfig, "deposit_contract: %v", err)
		}
		if want != bn.DepositContract {
			return nil, refuse(CodeNetworkMismatch, "the pool config's deposit contract is %s, the beacon node's %s", want.Hex(), bn.DepositContract.Hex())
		}
	}
	rep.DepositContract = bn.DepositContract
	if code, err := el.CodeAt(ctx, bn.DepositContract, nil); err != nil {
		return nil, fmt.Errorf("read the deposit contract's code (JSON-RPC %s): %w", o.RPC, err)
	} else if len(code) == 0 {
		return nil, refuse(CodeNetworkMismatch, "no contract at the beacon node's deposit contract %s on the execution node %s", bn.DepositContract.Hex(), o.RPC)
	}

	cfg, defaults, err := pf.deployConfig(deployer, bn)
	if err != nil {
		return nil, err
	}
	rep.Defaults = defaults
	nonce, err := el.PendingNonceAt(ctx, deployer)
	if err != nil {
		return nil, fmt.Errorf("read the deployer's nonce: %w", err)
	}
	if !o.ForceNew {
		if pool, found := earlierPool(ctx, el, deployer, nonce); found {
			return nil, refuse(CodeAlreadyDeployed, "%s deployed a pool at %s on chain %d already; give --force-new to deploy another", deployer.Hex(), pool.Hex(), rep.ChainID)
		}
	}
	before, err := el.BalanceAt(ctx, deployer, nil)
	if err != nil {
		return nil, fmt.Errorf("read the deployer's balance: %w", err)
	}
	if before.Cmp(cfg.InitialStake) <= 0 {
		return nil, refuse(CodeInsufficientFunds, "%s holds %s ETH; the initial stake alone is %s ETH, plus gas", deployer.Hex(), units.FormatEther(uint256.MustFromBig(before)), units.FormatEther(uint256.MustFromBig(cfg.InitialStake)))
	}
	opts, err := bind.NewKeyedTransactorWithChainID(o.Key, chainID)
	if err != nil {
		return nil, err
	}
	opts.Context = ctx
	cfg.Deployer = opts
	rep.NonceFrom = nonce
	a, err := deploy.Deploy(ctx, el, cfg)
	if err != nil {
		return nil, err
	}
	rep.Addresses = *a
	if err := writeAddressesFile(o.Out, a); err != nil {
		return rep, fmt.Errorf("the pool is deployed (pool %s) but its addresses were not written: %w", a.Pool.Hex(), err)
	}
	if rep.NonceTo, err = el.NonceAt(ctx, deployer, nil); err != nil {
		return rep, err
	}
	if after, err := el.BalanceAt(ctx, deployer, nil); err == nil {
		rep.SpentWei = new(big.Int).Sub(before, after).String()
	}
	return rep, nil
}

// earlierPool looks for a pool among the contracts deployer created with
// its last 64 nonces.
func earlierPool(ctx context.Context, el *ethclient.Client, deployer common.Address, nonce uint64) (common.Address, bool) {
	for n := nonce; n > 0 && nonce-n < 64; n-- {
		a := crypto.CreateAddress(deployer, n-1)
		code, err := el.CodeAt(ctx, a, nil)
		if err != nil || len(code) == 0 {
			continue
		}
		if found, err := poolclient.Discover(ctx, el, a); err == nil && found.Registry != (common.Address{}) {
			return a, true
		}
	}
	return common.Address{}, false
}

// writeAddressesFile writes a's JSON to path durably.
func writeAddressesFile(path string, a *deploy.Addresses) error {
	return durable.WriteJSON(path, a, 0o644)
}

// deployConfig is the deploy package's configuration of the file: roles
// left empty are the deployer's (named in defaults); the oracle's clock
// is the beacon node's (genesis time, SECONDS_PER_SLOT, SLOTS_PER_EPOCH).
func (f *PoolFile) deployConfig(deployer common.Address, bn *BeaconNetwork) (deploy.Config, []string, error) {
	var defaults []string
	addr := func(role, s string) (common.Address, error) {
		if s == "" {
			defaults = append(defaults, role)
			return deployer, nil
		}
		a, err := units.ParseAddress(s)
		if err != nil {
			return a, refuse(CodeBadPoolConfig, "%s: %v", role, err)
		}
		return a, nil
	}
	addrs := func(role string, ss []string) ([]common.Address, error) {
		if len(ss) == 0 {
			defaults = append(defaults, role)
			return []common.Address{deployer}, nil
		}
		var out []common.Address
		for i, s := range ss {
			a, err := units.ParseAddress(s)
			if err != nil {
				return nil, refuse(CodeBadPoolConfig, "%s[%d]: %v", role, i, err)
			}
			out = append(out, a)
		}
		return out, nil
	}
	var rules protocol.Params
	switch strings.ToLower(f.Rules) {
	case "", "mainnet":
		rules = protocol.MainnetParams()
	case "devnet":
		rules = protocol.DevnetParams()
	default:
		return deploy.Config{}, nil, refuse(CodeBadPoolConfig, "rules %q: mainnet or devnet", f.Rules)
	}
	if f.EpochsPerFrame != 0 {
		rules.EpochsPerFrame = f.EpochsPerFrame
	}
	stake := big.NewInt(1e18)
	if f.InitialStake != "" {
		w, err := units.ParseAmount(f.InitialStake)
		if err != nil {
			return deploy.Config{}, nil, refuse(CodeBadPoolConfig, "initial_stake: %v", err)
		}
		stake = w.ToBig()
	}
	cfg := deploy.Config{InitialStake: stake, DepositContract: bn.DepositContract, Rules: rules, Compounding: f.Compounding,
		Veto: bindings.VetoEscrowParams{FirstSealBP: uint16(rules.VetoFirstSealBP), SecondSealBP: uint16(rules.VetoSecondSealBP),
			MaxExtensionSeconds: uint32(rules.VetoMaxExtensionSeconds), RageQuitWindowSeconds: uint32(rules.RageQuitWindowSeconds)},
		Chain: bindings.OracleChainConfig{GenesisTime: new(big.Int).SetUint64(bn.GenesisTime), SecondsPerSlot: new(big.Int).SetUint64(bn.SecondsPerSlot),
			SlotsPerEpoch: new(big.Int).SetUint64(bn.SlotsPerEpoch)},
		PauseExpiry: f.PauseExpiry,
	}
	var err error
	if cfg.Depositor, err = addr("depositor", f.Depositor); err != nil {
		return cfg, nil, err
	}
	if cfg.Treasury, err = addr("treasury", f.Treasury); err != nil {
		return cfg, nil, err
	}
	if cfg.Insurance, err = addr("insurance", f.Insurance); err != nil {
		return cfg, nil, err
	}
	if g := f.Guardians; len(g.Members) > 0 {
		ds := &protocol.DepositSecurityParams{Quorum: g.Quorum, MaxBlockAge: g.MaxBlockAge, MinDepositDistance: g.MinDepositDistance, PauseMaxAge: g.PauseMaxAge}
		if ds.MaxBlockAge == 0 {
			ds.MaxBlockAge = 64
		}
		if ds.MinDepositDistance == 0 {
			ds.MinDepositDistance = 25
		}
		if ds.PauseMaxAge == 0 {
			ds.PauseMaxAge = 6646
		}
		for i, m := range g.Members {
			a, err := units.ParseAddress(m)
			if err != nil {
				return cfg, nil, refuse(CodeBadPoolConfig, "guardians.members[%d]: %v", i, err)
			}
			ds.Guardians = append(ds.Guardians, a)
		}
		if e := ds.Validate(); e != nil {
			return cfg, nil, refuse(CodeBadPoolConfig, "guardians: %s", e.Message)
		}
		cfg.DepositSecurity = ds
	}
	if f.PauseCommittee != "" {
		if cfg.PauseCommittee, err = units.ParseAddress(f.PauseCommittee); err != nil {
			return cfg, nil, refuse(CodeBadPoolConfig, "pause_committee: %v", err)
		}
	}
	if cfg.GovernanceMembers, err = addrs("governance.members", f.Governance.Members); err != nil {
		return cfg, nil, err
	}
	cfg.GovernanceThreshold = max(f.Governance.Threshold, 1)
	if int(cfg.GovernanceThreshold) > len(cfg.GovernanceMembers) {
		return cfg, nil, refuse(CodeBadPoolConfig, "governance.threshold %d > %d members", cfg.GovernanceThreshold, len(cfg.GovernanceMembers))
	}
	if cfg.OracleMembers, err = addrs("oracle.members", f.Oracle.Members); err != nil {
		return cfg, nil, err
	}
	cfg.OracleQuorum = f.Oracle.Quorum
	if cfg.OracleQuorum == 0 {
		cfg.OracleQuorum = uint32(len(cfg.OracleMembers)/2 + 1) // a majority
	}
	if int(cfg.OracleQuorum) > len(cfg.OracleMembers) || 2*int(cfg.OracleQuorum) <= len(cfg.OracleMembers) {
		return cfg, nil, refuse(CodeBadPoolConfig, "oracle.quorum %d of %d members: want a majority", cfg.OracleQuorum, len(cfg.OracleMembers))
	}
	for i, op := range f.Operators {
		a, err := units.ParseAddress(op.RewardAddress)
		if err != nil {
			return cfg, nil, refuse(CodeBadPoolConfig, "operators[%d].reward_address: %v", i, err)
		}
		cfg.Operators = append(cfg.Operators, deploy.Operator{Name: op.Name, RewardAddress: a, Limit: op.Limit})
	}
	return cfg, defaults, nil
}
