package devnet

import (
	"crypto/ecdsa"
	"crypto/sha256"
	"encoding/binary"
	"fmt"
	"maps"
	"math/big"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/params"

	"github.com/stakepool/stakepool/beacon/sim"
	"github.com/stakepool/stakepool/beacon/spec"
	"github.com/stakepool/stakepool/keys"
)

// ChainID is the devnet's execution chain id (and DEPOSIT_CHAIN_ID).
const ChainID uint64 = 1337

// DepositContractAddress is where the devnet's beacon deposit contract
// lives (the address local devnets conventionally use).
var DepositContractAddress = common.HexToAddress("0x4242424242424242424242424242424242424242")

// GasLimit is the execution genesis block's gas limit.
const GasLimit = 60_000_000

// ChainConfig returns the execution chain's rules: every fork up to and
// including Prague active at genesis and none after it (the consensus
// layer runs Electra, whose Engine API methods are the Prague ones), and
// the deposit contract named, so that its logs become EIP-6110 deposit
// requests. A config of our own: go-ethereum's dev config enables later
// forks and names no deposit contract.
func ChainConfig(chainID uint64, depositContract common.Address) *params.ChainConfig {
	zero := big.NewInt(0)
	at0 := func() *uint64 { v := uint64(0); return &v }
	return &params.ChainConfig{
		ChainID:                 new(big.Int).SetUint64(chainID),
		HomesteadBlock:          zero,
		EIP150Block:             zero,
		EIP155Block:             zero,
		EIP158Block:             zero,
		ByzantiumBlock:          zero,
		ConstantinopleBlock:     zero,
		PetersburgBlock:         zero,
		IstanbulBlock:           zero,
		MuirGlacierBlock:        zero,
		BerlinBlock:             zero,
		LondonBlock:             zero,
		ArrowGlacierBlock:       zero,
		GrayGlacierBlock:        zero,
		MergeNetsplitBlock:      zero,
		TerminalTotalDifficulty: zero,
		ShanghaiTime:            at0(),
		CancunTime:              at0(),
		PragueTime:              at0(),
		DepositContractAddress:  depositContract,
		BlobScheduleConfig: &params.BlobScheduleConfig{
			Cancun: params.DefaultCancunBlobConfig,
			Prague: params.DefaultPragueBlobConfig,
		},
	}
}

// Spec returns the consensus rules of a devnet: the mainnet preset and
// configuration under Electra, with the devnet's own fork versions (so that
// signatures made for it are valid nowhere else), chain id and deposit
// contract.
func Spec(chainID uint64, depositContract common.Address) (*spec.Spec, error) {
	base, err := spec.Load("mainnet", spec.Electra)
	if err != nil {
		return nil, err
	}
	sp := *base
	sp.ConfigName = "stakepool-devnet"
	sp.DepositChainID = chainID
	sp.DepositContractAddress = depositContract
	v := keys.DevnetGenesisForkVersion // 0x10005a7e; later forks 0x20…, 0x30…, as public testnets number them
	fork := func(n byte) [4]byte { return [4]byte{n << 4, v[1], v[2], v[3]} }
	sp.GenesisForkVersion = v
	sp.AltairForkVersion, sp.BellatrixForkVersion, sp.CapellaForkVersion = fork(2), fork(3), fork(4)
	sp.DenebForkVersion, sp.ElectraForkVersion = fork(5), fork(6)
	sp.DenebForkEpoch, sp.ElectraForkEpoch = 0, 0
	return &sp, nil
}

// DevKey derives a fixed secp256k1 key from a label: the devnet's accounts,
// its builder, committee, operators and oracle members are the same on
// every machine, so that scripts can rely on them. Public: never use them
// on a real network.
func DevKey(label string) *ecdsa.PrivateKey {
	k, err := crypto.ToECDSA(crypto.Keccak256([]byte("stakepool devnet " + label)))
	if err != nil {
		panic(err) // a keccak digest is a valid key with overwhelming probability
	}
	return k
}

// DevAddress is the address of DevKey(label).
func DevAddress(label string) common.Address { return crypto.PubkeyToAddress(DevKey(label).PublicKey) }

// Genesis describes both halves of a devnet's genesis.
type Genesis struct {
	ChainID         uint64
	DepositContract common.Address
	// BeaconTime is the beacon chain's genesis time (slot 0); the state
	// starts at State.Slot, whose block the execution genesis stands for.
	BeaconTime uint64
	// Alloc is the execution genesis' accounts besides the system
	// contracts (funded accounts, the deposit contract's code, the pool).
	Alloc types.GenesisAlloc
	// Validators are added to the synthetic registry, active since epoch 0
	// (e.g. the pool's, bootstrapped at genesis).
	Validators []GenesisValidator
}

// GenesisValidator is a validator of the genesis registry.
type GenesisValidator struct {
	Pubkey      [48]byte
	Credentials [32]byte
	// Balance in gwei (its effective balance follows from it).
	Balance uint64
}

// GenesisEpoch is the epoch the consensus genesis state is at: the
// synthetic registry has been active since epoch 0, longer than
// SHARD_COMMITTEE_PERIOD, so its validators (and those of Validators) may
// exit at once, as on a mature chain.
const GenesisEpoch = 300

// Execution returns the execution genesis, whose block stands for the
// execution payload of the beacon state's latest block at slot.
func (g *Genesis) Execution(slot uint64, sp *spec.Spec) *core.Genesis {
	alloc := SystemContracts()
	maps.Copy(alloc, g.Alloc)
	return &core.Genesis{
		Config:     ChainConfig(g.ChainID, g.DepositContract),
		Timestamp:  g.BeaconTime + slot*sp.SecondsPerSlot,
		GasLimit:   GasLimit,
		Difficulty: big.NewInt(0),
		BaseFee:    big.NewInt(params.InitialBaseFee),
		Alloc:      alloc,
	}
}

// SystemContracts are the Prague system contracts: EIP-4788 beacon roots,
// EIP-2935 block hashes, EIP-7002 withdrawal requests and EIP-7251
// consolidation requests (go-ethereum's code for them).
func SystemContracts() types.GenesisAlloc {
	all := core.SystemContractAllocs()
	out := types.GenesisAlloc{}
	for _, a := range []common.Address{params.BeaconRootsAddress, params.HistoryStorageAddress,
		params.WithdrawalQueueAddress, params.ConsolidationQueueAddress} {
		acc, ok := all[a]
		if !ok {
			panic(fmt.Sprintf("devnet: go-ethereum has no system contract at %s", a))
		}
		out[a] = acc
	}
	return out
}

// Fund adds balance wei to addr in the genesis alloc.
func (g *Genesis) Fund(addr common.Address, wei *big.Int) {
	if g.Alloc == nil {
		g.Alloc = types.GenesisAlloc{}
	}
	acc := g.Alloc[addr]
	if acc.Balance == nil {
		acc.Balance = new(big.Int)
	}
	acc.Balance = new(big.Int).Add(acc.Balance, wei)
	g.Alloc[addr] = acc
}

// Ether is n ETH in wei.
func Ether(n uint64) *big.Int {
	return new(big.Int).Mul(new(big.Int).SetUint64(n), big.NewInt(params.Ether))
}

// BeaconState builds the consensus genesis: a synthetic registry of
// validators run by others (beacon/sim's NewSynthetic: active 32-ETH
// validators with 0x01 credentials spread over 16 withdrawal addresses) and
// g.Validators, at GenesisEpoch's last slot, genesis time g.BeaconTime,
// with a genesis validators root that names the registry.
func (g *Genesis) BeaconState(sp *spec.Spec, validators int, seed uint64) *sim.State {
	st := sim.NewSynthetic(sp, sim.SyntheticConfig{Validators: validators, Epoch: GenesisEpoch, Seed: seed, ParticipationPerMille: 1000, Operators: 16})
	inc := sp.EffectiveBalanceIncrement
	for _, v := range g.Validators {
		eb := min(v.Balance-v.Balance%inc, sp.MaxEffectiveBalanceFor(v.Credentials[0]))
		st.AppendValidator(v.Pubkey, v.Credentials, v.Balance, eb, false, 0, 0, spec.FarFutureEpoch, spec.FarFutureEpoch)
		st.Eth1DepositIndex++
	}
	st.GenesisTime = g.BeaconTime
	st.GenesisValidatorsRoot = registryRoot(st)
	return st
}

// registryRoot stands for hash_tree_root(genesis validators): a hash over
// the genesis registry's pubkeys and credentials (the simulator does not
// merkleize), so that two devnets with different registries differ.
func registryRoot(st *sim.State) [32]byte {
	h := sha256.New()
	var n [8]byte
	binary.LittleEndian.PutUint64(n[:], uint64(st.NumValidators()))
	h.Write(n[:])
	for i := range st.Pubkeys {
		h.Write(st.Pubkeys[i][:])
		h.Write(st.Credentials[i][:])
	}
	return [32]byte(h.Sum(nil))
}
