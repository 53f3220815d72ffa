// Code generated - DO NOT EDIT.
// This file is a generated binding and any manual changes will be lost.

package bindings

import (
	"context"
	"errors"
	"math/big"
	"strings"
	"time"

	ethereum "github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/event"
)

// Reference imports to suppress errors if they are not otherwise used.
var (
	_ = errors.New
	_ = big.NewInt
	_ = strings.NewReader
	_ = ethereum.NotFound
	_ = bind.Bind
	_ = common.Big1
	_ = types.BloomLookup
	_ = event.NewSubscription
	_ = abi.ConvertType
	_ = time.Tick
	_ = context.Background
)

// GovernanceProposal is an auto generated low-level Go binding around an user-defined struct.
type GovernanceProposal struct {
	Proposer common.Address
	Target   common.Address
	Created  uint64
	Queued   uint64
	Executed bool
	Data     []byte
}

// OperatorRegistryCounts is an auto generated low-level Go binding around an user-defined struct.
type OperatorRegistryCounts struct {
	Limit         uint64
	Keys          uint32
	Deposited     uint32
	Exited        uint32
	ExitRequested uint32
	Stuck         uint32
	Active        bool
}

// OperatorRegistryInitialOperator is an auto generated low-level Go binding around an user-defined struct.
type OperatorRegistryInitialOperator struct {
	Name          string
	RewardAddress common.Address
	Limit         uint64
}

// OperatorRegistryOperatorCountIn is an auto generated low-level Go binding around an user-defined struct.
type OperatorRegistryOperatorCountIn struct {
	Operator *big.Int
	Count    *big.Int
}

// OperatorRegistryOperatorStatsIn is an auto generated low-level Go binding around an user-defined struct.
type OperatorRegistryOperatorStatsIn struct {
	Operator           *big.Int
	MissedAttestations *big.Int
	MissedProposals    *big.Int
	Slashed            *big.Int
}

// OperatorRegistryScorecard is an auto generated low-level Go binding around an user-defined struct.
type OperatorRegistryScorecard struct {
	MissedAttestations uint64
	MissedProposals    uint64
	Slashed            uint64
}

// OracleChainConfig is an auto generated low-level Go binding around an user-defined struct.
type OracleChainConfig struct {
	GenesisTime    *big.Int
	SecondsPerSlot *big.Int
	SlotsPerEpoch  *big.Int
}

// OracleLinks is an auto generated low-level Go binding around an user-defined struct.
type OracleLinks struct {
	Pool            common.Address
	Registry        common.Address
	WithdrawalQueue common.Address
	WithdrawalVault common.Address
	ElRewardsVault  common.Address
	Insurance       common.Address
	Treasury        common.Address
	Governance      common.Address
}

// OracleOperatorCount is an auto generated low-level Go binding around an user-defined struct.
type OracleOperatorCount struct {
	Operator *big.Int
	Count    *big.Int
}

// OracleOperatorStats is an auto generated low-level Go binding around an user-defined struct.
type OracleOperatorStats struct {
	Operator           *big.Int
	MissedAttestations *big.Int
	MissedProposals    *big.Int
	Slashed            *big.Int
}

// OracleParams is an auto generated low-level Go binding around an user-defined struct.
type OracleParams struct {
	EpochsPerFrame      uint64
	AnnualIncreaseBP    uint64
	OneOffDecreaseBP    uint64
	AppearedPerDay      uint64
	ExitedPerDay        uint64
	MaxPositiveRebase   uint64
	MaxExitRequests     uint64
	ExitDeadlineSlots   uint64
	StuckPenaltyBP      uint64
	FeeBP               uint64
	TreasuryFeeShareBP  uint64
	OperatorsFeeShareBP uint64
	InsuranceFeeShareBP uint64
}

// OracleReport is an auto generated low-level Go binding around an user-defined struct.
type OracleReport struct {
	RefSlot         *big.Int
	Validators      *big.Int
	BalanceGwei     *big.Int
	WithdrawalVault *big.Int
	ElRewardsVault  *big.Int
	Exited          []OracleOperatorCount
	FinalizeUpTo    *big.Int
	Bunker          bool
	ExitRequests    []OracleOperatorCount
	Stats           []OracleOperatorStats
}

// PoolLinks is an auto generated low-level Go binding around an user-defined struct.
type PoolLinks struct {
	WstETH          common.Address
	WithdrawalQueue common.Address
	Registry        common.Address
	Oracle          common.Address
	DepositContract common.Address
	WithdrawalVault common.Address
	ElRewardsVault  common.Address
	Governance      common.Address
	Depositor       common.Address
	Treasury        common.Address
	Insurance       common.Address
	Burner          common.Address
}

// PoolParams is an auto generated low-level Go binding around an user-defined struct.
type PoolParams struct {
	DustFloor           *big.Int
	ReserveTargetBP     uint16
	InstantWithdrawalBP uint16
	MaxDepositsPerBlock uint32
}

// PoolReportEffects is an auto generated low-level Go binding around an user-defined struct.
type PoolReportEffects struct {
	RefSlot                 *big.Int
	ReportTime              *big.Int
	Elapsed                 *big.Int
	ClValidators            *big.Int
	ClBalance               *big.Int
	WithdrawalsPull         *big.Int
	ElRewardsPull           *big.Int
	InsuranceBurn           *big.Int
	InsuranceCover          *big.Int
	TreasuryShares          *big.Int
	InsuranceShares         *big.Int
	OperatorShares          []*big.Int
	OperatorRewardAddresses []common.Address
	FinalizeUpTo            *big.Int
	FinalizeEther           *big.Int
	FinalizeShares          *big.Int
	RatePooled              *big.Int
	RateShares              *big.Int
	Bunker                  bool
}

// PoolStakeLimitState is an auto generated low-level Go binding around an user-defined struct.
type PoolStakeLimitState struct {
	MaxStakeLimit *big.Int
	GrowthBlocks  uint32
	Prev          *big.Int
	PrevBlock     uint32
}

// WithdrawalQueueWithdrawalRequestStatus is an auto generated low-level Go binding around an user-defined struct.
type WithdrawalQueueWithdrawalRequestStatus struct {
	AmountOfStETH  *big.Int
	AmountOfShares *big.Int
	Owner          common.Address
	Timestamp      *big.Int
	IsFinalized    bool
	IsClaimed      bool
}

// DepositContractMetaData contains all meta data concerning the DepositContract contract.
var DepositContractMetaData = &bind.MetaData{
	ABI: "[{\"inputs\":[],\"name\":\"AmountTooLarge\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"BadDepositDataRoot\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"BelowDust\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"DepositTreeFull\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"Malformed\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"bytes\",\"name\":\"pubkey\",\"type\":\"bytes\"},{\"indexed\":false,\"internalType\":\"bytes\",\"name\":\"withdrawal_credentials\",\"type\":\"bytes\"},{\"indexed\":false,\"internalType\":\"bytes\",\"name\":\"amount\",\"type\":\"bytes\"},{\"indexed\":false,\"internalType\":\"bytes\",\"name\":\"signature\",\"type\":\"bytes\"},{\"indexed\":false,\"internalType\":\"bytes\",\"name\":\"index\",\"type\":\"bytes\"}],\"name\":\"DepositEvent\",\"type\":\"event\"},{\"inputs\":[{\"internalType\":\"bytes\",\"name\":\"pubkey\",\"type\":\"bytes\"},{\"internalType\":\"bytes\",\"name\":\"withdrawal_credentials\",\"type\":\"bytes\"},{\"internalType\":\"bytes\",\"name\":\"signature\",\"type\":\"bytes\"},{\"internalType\":\"bytes32\",\"name\":\"deposit_data_root\",\"type\":\"bytes32\"}],\"name\":\"deposit\",\"outputs\":[],\"stateMutability\":\"payable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"get_deposit_count\",\"outputs\":[{\"internalType\":\"bytes\",\"name\":\"count\",\"type\":\"bytes\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"get_deposit_root\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"root\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes4\",\"name\":\"interfaceId\",\"type\":\"bytes4\"}],\"name\":\"supportsInterface\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"supported\",\"type\":\"bool\"}],\"stateMutability\":\"pure\",\"type\":\"function\"}]",
	Sigs: map[string]string{
		"supportsInterface(bytes4)":          "01ffc9a7",
		"deposit(bytes,bytes,bytes,bytes32)": "22895118",
		"get_deposit_count()":                "621fd130",
		"get_deposit_root()":                 "c5f2892f",
	},
	Bin: "0x60808060405234601557610b41908161001a8239f35b5f80fdfe6080806040526004361015610012575f80fd5b5f3560e01c90816301ffc9a714610304575080632289511814610266578063621fd130146102085763c5f2892f14610048575f80fd5b34610204575f7ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffc360112610204576020545f908082805b6020851015610174575f602091600180861614821461013057865490604051908482019283526040820152604081526100b960608261046f565b604051918291518091835e8101838152039060025afa156101255760205f8051925b604051838101918083526040820152604081526100f960608261046f565b604051918291518091835e8101838152039060025afa156101255760015f5192811c940193919061007f565b6040513d5f823e3d90fd5b6040518381019182528460408201526040815261014e60608261046f565b604051918291518091835e8101838152039060025afa156101255760205f8051926100db565b5f602091826101dd6018604061019367ffffffffffffffff8b16610a67565b81519485918183019788528051918291018484015e8101878382015203017ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff881018452018261046f565b604051918291518091835e8101838152039060025afa156101255760205f51604051908152f35b5f80fd5b34610204575f7ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffc3601126102045761026261024e67ffffffffffffffff60205416610a67565b6040519182916020835260208301906103ee565b0390f35b60807ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffc3601126102045760043567ffffffffffffffff8111610204576102b09036906004016103c0565b9060243567ffffffffffffffff8111610204576102d19036906004016103c0565b926044359367ffffffffffffffff8511610204576102f66103029536906004016103c0565b939092606435956104dd565b005b346102045760207ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffc36011261020457600435907fffffffff00000000000000000000000000000000000000000000000000000000821680920361020457817f01ffc9a70000000000000000000000000000000000000000000000000000000060209314908115610396575b5015158152f35b7f85640907000000000000000000000000000000000000000000000000000000009150148361038f565b9181601f840112156102045782359167ffffffffffffffff8311610204576020838186019501011161020457565b907fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe0601f602080948051918291828752018686015e5f8582860101520116010190565b601f82602094937fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe093818652868601375f8582860101520116010190565b90601f7fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe0910116810190811067ffffffffffffffff8211176104b057604052565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52604160045260245ffd5b92909496959693919360308614801590610a5c575b8015610a51575b610a2957670de0b6b3a764000034108015610a1a575b6109f257633b9aca00340467ffffffffffffffff81116109ca5767ffffffffffffffff1661053c90610a67565b936020549667ffffffffffffffff881661055590610a67565b604051809160a0825260a0820161056d908587610431565b828103602084015261058090888c610431565b8281036040840152610592908a6103ee565b82810360608401526105a590878a610431565b82810360808401526105b6916103ee565b037f649bbc62d0e31342afea4e5cd82d4049e7e1ee912fc0889aa790803be39038c591a1604051818192602083019485378101602081015f9052036020017ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff081018252601001610626908261046f565b604051918291518091835e81015f815203905a915f916002602094fa15610125575f5192816040116102045760205f6040518281019060408583378260608201526040815261067660608261046f565b604051918291518091835e8101838152039060025afa15610125575f602091815193610702847fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe060405180948382019660407fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffc0830191018837810187838201520301808452018261046f565b604051918291518091835e8101838152039060025afa15610125575f60209181516040519084820192835260408201526040815261074160608261046f565b604051918291518091835e8101838152039060025afa15610125576020915f916107ad6040845197838251948592898401978852848401378101868382015203017fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe0810183528261046f565b604051918291518091835e8101838152039060025afa15610125575f60209181519361080260388560405180948280830197805191829101895e8201908884830152848201520301601881018452018261046f565b604051918291518091835e8101838152039060025afa15610125575f60209181516040519084820192835260408201526040815261084160608261046f565b604051918291518091835e8101838152039060025afa15610125575f519283036109a25763ffffffff81101561097a576001810180911161094d57806020555f925b60208410158061092057600180841614610918576108eb575f602091855490604051908482019283526040820152604081526108c060608261046f565b604051918291518091835e8101838152039060025afa156101255760015f5191811c93019290610883565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52603260045260245ffd5b509192905055565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52600160045260245ffd5b7f4e487b71000000000000000000000000000000000000000000000000000000005f52601160045260245ffd5b7fdb80b6b0000000000000000000000000000000000000000000000000000000005f5260045ffd5b7fdd5f8db2000000000000000000000000000000000000000000000000000000005f5260045ffd5b7f06250401000000000000000000000000000000000000000000000000000000005f5260045ffd5b7f598e69b3000000000000000000000000000000000000000000000000000000005f5260045ffd5b50633b9aca003406151561050f565b7f07b6ad3f000000000000000000000000000000000000000000000000000000005f5260045ffd5b5060608114156104f9565b5060208214156104f2565b9060405191610a7760408461046f565b6008835260203681850137825f5b60088110610a9257505050565b7f1fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff8116810361094d5781518110156108eb576001907fff0000000000000000000000000000000000000000000000000000000000000067ffffffffffffffff85168260031b1c60f81b165f1a6020828501015301610a8556fea2646970667358221220eae30a7d06e642f36ece4643e7471fd10bc4628d89c67b73f734906ef450cc0364736f6c634300081e0033",
}

// DepositContractABI is the input ABI used to generate the binding from.
// Deprecated: Use DepositContractMetaData.ABI instead.
var DepositContractABI = DepositContractMetaData.ABI

// Deprecated: Use DepositContractMetaData.Sigs instead.
// DepositContractFuncSigs maps the 4-byte function signature to its string representation.
var DepositContractFuncSigs = DepositContractMetaData.Sigs

// DepositContractBin is the compiled bytecode used for deploying new contracts.
// Deprecated: Use DepositContractMetaData.Bin instead.
var DepositContractBin = DepositContractMetaData.Bin

// DeployDepositContract deploys a new Ethereum contract, binding an instance of DepositContract to it.
func DeployDepositContract(auth *bind.TransactOpts, backend bind.ContractBackend) (common.Address, *types.Transaction, *DepositContract, error) {
	parsed, err := DepositContractMetaData.GetAbi()
	if err != nil {
		return common.Address{}, nil, nil, err
	}
	if parsed == nil {
		return common.Address{}, nil, nil, errors.New("GetABI returned nil")
	}

	address, tx, contract, err := bind.DeployContract(auth, *parsed, common.FromHex(DepositContractBin), backend)
	if err != nil {
		return common.Address{}, nil, nil, err
	}
	return address, tx, &DepositContract{DepositContractCaller: DepositContractCaller{contract: contract}, DepositContractTransactor: DepositContractTransactor{contract: contract}, DepositContractFilterer: DepositContractFilterer{contract: contract}}, nil
}

// DepositContract is an auto generated Go binding around an Ethereum contract.
type DepositContract struct {
	DepositContractCaller     // Read-only binding to the contract
	DepositContractTransactor // Write-only binding to the contract
	DepositContractFilterer   // Log filterer for contract events
}

// DepositContractCaller is an auto generated read-only Go binding around an Ethereum contract.
type DepositContractCaller struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// DepositContractTransactor is an auto generated write-only Go binding around an Ethereum contract.
type DepositContractTransactor struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// DepositContractFilterer is an auto generated log filtering Go binding around an Ethereum contract events.
type DepositContractFilterer struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// DepositContractSession is an auto generated Go binding around an Ethereum contract,
// with pre-set call and transact options.
type DepositContractSession struct {
	Contract     *DepositContract  // Generic contract binding to set the session for
	CallOpts     bind.CallOpts     // Call options to use throughout this session
	TransactOpts bind.TransactOpts // Transaction auth options to use throughout this session
}

// DepositContractCallerSession is an auto generated read-only Go binding around an Ethereum contract,
// with pre-set call options.
type DepositContractCallerSession struct {
	Contract *DepositContractCaller // Generic contract caller binding to set the session for
	CallOpts bind.CallOpts          // Call options to use throughout this session
}

// DepositContractTransactorSession is an auto generated write-only Go binding around an Ethereum contract,
// with pre-set transact options.
type DepositContractTransactorSession struct {
	Contract     *DepositContractTransactor // Generic contract transactor binding to set the session for
	TransactOpts bind.TransactOpts          // Transaction auth options to use throughout this session
}

// DepositContractRaw is an auto generated low-level Go binding around an Ethereum contract.
type DepositContractRaw struct {
	Contract *DepositContract // Generic contract binding to access the raw methods on
}

// DepositContractCallerRaw is an auto generated low-level read-only Go binding around an Ethereum contract.
type DepositContractCallerRaw struct {
	Contract *DepositContractCaller // Generic read-only contract binding to access the raw methods on
}

// DepositContractTransactorRaw is an auto generated low-level write-only Go binding around an Ethereum contract.
type DepositContractTransactorRaw struct {
	Contract *DepositContractTransactor // Generic write-only contract binding to access the raw methods on
}

// NewDepositContract creates a new instance of DepositContract, bound to a specific deployed contract.
func NewDepositContract(address common.Address, backend bind.ContractBackend) (*DepositContract, error) {
	contract, err := bindDepositContract(address, backend, backend, backend)
	if err != nil {
		return nil, err
	}
	return &DepositContract{DepositContractCaller: DepositContractCaller{contract: contract}, DepositContractTransactor: DepositContractTransactor{contract: contract}, DepositContractFilterer: DepositContractFilterer{contract: contract}}, nil
}

// NewDepositContractCaller creates a new read-only instance of DepositContract, bound to a specific deployed contract.
func NewDepositContractCaller(address common.Address, caller bind.ContractCaller) (*DepositContractCaller, error) {
	contract, err := bindDepositContract(address, caller, nil, nil)
	if err != nil {
		return nil, err
	}
	return &DepositContractCaller{contract: contract}, nil
}

// NewDepositContractTransactor creates a new write-only instance of DepositContract, bound to a specific deployed contract.
func NewDepositContractTransactor(address common.Address, transactor bind.ContractTransactor) (*DepositContractTransactor, error) {
	contract, err := bindDepositContract(address, nil, transactor, nil)
	if err != nil {
		return nil, err
	}
	return &DepositContractTransactor{contract: contract}, nil
}

// NewDepositContractFilterer creates a new log filterer instance of DepositContract, bound to a specific deployed contract.
func NewDepositContractFilterer(address common.Address, filterer bind.ContractFilterer) (*DepositContractFilterer, error) {
	contract, err := bindDepositContract(address, nil, nil, filterer)
	if err != nil {
		return nil, err
	}
	return &DepositContractFilterer{contract: contract}, nil
}

// bindDepositContract binds a generic wrapper to an already deployed contract.
func bindDepositContract(address common.Address, caller bind.ContractCaller, transactor bind.ContractTransactor, filterer bind.ContractFilterer) (*bind.BoundContract, error) {
	parsed, err := DepositContractMetaData.GetAbi()
	if err != nil {
		return nil, err
	}
	return bind.NewBoundContract(address, *parsed, caller, transactor, filterer), nil
}

// Call invokes the (constant) contract method with params as input values and
// sets the output to result. The result type might be a single field for simple
// returns, a slice of interfaces for anonymous returns and a struct for named
// returns.
func (_DepositContract *DepositContractRaw) Call(opts *bind.CallOpts, result *[]interface{}, method string, params ...interface{}) error {
	return _DepositContract.Contract.DepositContractCaller.contract.Call(opts, result, method, params...)
}

// Transfer initiates a plain transaction to move funds to the contract, calling
// its default method if one is available.
func (_DepositContract *DepositContractRaw) Transfer(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _DepositContract.Contract.DepositContractTransactor.contract.Transfer(opts)
}

// Transact invokes the (paid) contract method with params as input values.
func (_DepositContract *DepositContractRaw) Transact(opts *bind.TransactOpts, method string, params ...interface{}) (*types.Transaction, error) {
	return _DepositContract.Contract.DepositContractTransactor.contract.Transact(opts, method, params...)
}

// Call invokes the (constant) contract method with params as input values and
// sets the output to result. The result type might be a single field for simple
// returns, a slice of interfaces for anonymous returns and a struct for named
// returns.
func (_DepositContract *DepositContractCallerRaw) Call(opts *bind.CallOpts, result *[]interface{}, method string, params ...interface{}) error {
	return _DepositContract.Contract.contract.Call(opts, result, method, params...)
}

// Transfer initiates a plain transaction to move funds to the contract, calling
// its default method if one is available.
func (_DepositContract *DepositContractTransactorRaw) Transfer(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _DepositContract.Contract.contract.Transfer(opts)
}

// Transact invokes the (paid) contract method with params as input values.
func (_DepositContract *DepositContractTransactorRaw) Transact(opts *bind.TransactOpts, method string, params ...interface{}) (*types.Transaction, error) {
	return _DepositContract.Contract.contract.Transact(opts, method, params...)
}

// GetDepositCount is a free data retrieval call binding the contract method 0x621fd130.
//
// Solidity: function get_deposit_count() view returns(bytes count)
func (_DepositContract *DepositContractCaller) GetDepositCount(opts *bind.CallOpts) ([]byte, error) {
	var out []interface{}
	err := _DepositContract.contract.Call(opts, &out, "get_deposit_count")

	if err != nil {
		return *new([]byte), err
	}

	out0 := *abi.ConvertType(out[0], new([]byte)).(*[]byte)

	return out0, err

}

// GetDepositCount is a free data retrieval call binding the contract method 0x621fd130.
//
// Solidity: function get_deposit_count() view returns(bytes count)
func (_DepositContract *DepositContractSession) GetDepositCount() ([]byte, error) {
	return _DepositContract.Contract.GetDepositCount(&_DepositContract.CallOpts)
}

// GetDepositCount is a free data retrieval call binding the contract method 0x621fd130.
//
// Solidity: function get_deposit_count() view returns(bytes count)
func (_DepositContract *DepositContractCallerSession) GetDepositCount() ([]byte, error) {
	return _DepositContract.Contract.GetDepositCount(&_DepositContract.CallOpts)
}

// GetDepositRoot is a free data retrieval call binding the contract method 0xc5f2892f.
//
// Solidity: function get_deposit_root() view returns(bytes32 root)
func (_DepositContract *DepositContractCaller) GetDepositRoot(opts *bind.CallOpts) ([32]byte, error) {
	var out []interface{}
	err := _DepositContract.contract.Call(opts, &out, "get_deposit_root")

	if err != nil {
		return *new([32]byte), err
	}

	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)

	return out0, err

}

// GetDepositRoot is a free data retrieval call binding the contract method 0xc5f2892f.
//
// Solidity: function get_deposit_root() view returns(bytes32 root)
func (_DepositContract *DepositContractSession) GetDepositRoot() ([32]byte, error) {
	return _DepositContract.Contract.GetDepositRoot(&_DepositContract.CallOpts)
}

// GetDepositRoot is a free data retrieval call binding the contract method 0xc5f2892f.
//
// Solidity: function get_deposit_root() view returns(bytes32 root)
func (_DepositContract *DepositContractCallerSession) GetDepositRoot() ([32]byte, error) {
	return _DepositContract.Contract.GetDepositRoot(&_DepositContract.CallOpts)
}

// SupportsInterface is a free data retrieval call binding the contract method 0x01ffc9a7.
//
// Solidity: function supportsInterface(bytes4 interfaceId) pure returns(bool supported)
func (_DepositContract *DepositContractCaller) SupportsInterface(opts *bind.CallOpts, interfaceId [4]byte) (bool, error) {
	var out []interface{}
	err := _DepositContract.contract.Call(opts, &out, "supportsInterface", interfaceId)

	if err != nil {
		return *new(bool), err
	}

	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)

	return out0, err

}

// SupportsInterface is a free data retrieval call binding the contract method 0x01ffc9a7.
//
// Solidity: function supportsInterface(bytes4 interfaceId) pure returns(bool supported)
func (_DepositContract *DepositContractSession) SupportsInterface(interfaceId [4]byte) (bool, error) {
	return _DepositContract.Contract.SupportsInterface(&_DepositContract.CallOpts, interfaceId)
}

// SupportsInterface is a free data retrieval call binding the contract method 0x01ffc9a7.
//
// Solidity: function supportsInterface(bytes4 interfaceId) pure returns(bool supported)
func (_DepositContract *DepositContractCallerSession) SupportsInterface(interfaceId [4]byte) (bool, error) {
	return _DepositContract.Contract.SupportsInterface(&_DepositContract.CallOpts, interfaceId)
}

// Deposit is a paid mutator transaction binding the contract method 0x22895118.
//
// Solidity: function deposit(bytes pubkey, bytes withdrawal_credentials, bytes signature, bytes32 deposit_data_root) payable returns()
func (_DepositContract *DepositContractTransactor) Deposit(opts *bind.TransactOpts, pubkey []byte, withdrawal_credentials []byte, signature []byte, deposit_data_root [32]byte) (*types.Transaction, error) {
	return _DepositContract.contract.Transact(opts, "deposit", pubkey, withdrawal_credentials, signature, deposit_data_root)
}

// Deposit is a paid mutator transaction binding the contract method 0x22895118.
//
// Solidity: function deposit(bytes pubkey, bytes withdrawal_credentials, bytes signature, bytes32 deposit_data_root) payable returns()
func (_DepositContract *DepositContractSession) Deposit(pubkey []byte, withdrawal_credentials []byte, signature []byte, deposit_data_root [32]byte) (*types.Transaction, error) {
	return _DepositContract.Contract.Deposit(&_DepositContract.TransactOpts, pubkey, withdrawal_credentials, signature, deposit_data_root)
}

// Deposit is a paid mutator transaction binding the contract method 0x22895118.
//
// Solidity: function deposit(bytes pubkey, bytes withdrawal_credentials, bytes signature, bytes32 deposit_data_root) payable returns()
func (_DepositContract *DepositContractTransactorSession) Deposit(pubkey []byte, withdrawal_credentials []byte, signature []byte, deposit_data_root [32]byte) (*types.Transaction, error) {
	return _DepositContract.Contract.Deposit(&_DepositContract.TransactOpts, pubkey, withdrawal_credentials, signature, deposit_data_root)
}

// DepositContractDepositEventIterator is returned from FilterDepositEvent and is used to iterate over the raw logs and unpacked data for DepositEvent events raised by the DepositContract contract.
type DepositContractDepositEventIterator struct {
	Event *DepositContractDepositEvent // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *DepositContractDepositEventIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(DepositContractDepositEvent)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(DepositContractDepositEvent)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *DepositContractDepositEventIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *DepositContractDepositEventIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// DepositContractDepositEvent represents a DepositEvent event raised by the DepositContract contract.
type DepositContractDepositEvent struct {
	Pubkey                []byte
	WithdrawalCredentials []byte
	Amount                []byte
	Signature             []byte
	Index                 []byte
	Raw                   types.Log // Blockchain specific contextual infos
}

// FilterDepositEvent is a free log retrieval operation binding the contract event 0x649bbc62d0e31342afea4e5cd82d4049e7e1ee912fc0889aa790803be39038c5.
//
// Solidity: event DepositEvent(bytes pubkey, bytes withdrawal_credentials, bytes amount, bytes signature, bytes index)
func (_DepositContract *DepositContractFilterer) FilterDepositEvent(opts *bind.FilterOpts) (*DepositContractDepositEventIterator, error) {

	logs, sub, err := _DepositContract.contract.FilterLogs(opts, "DepositEvent")
	if err != nil {
		return nil, err
	}
	return &DepositContractDepositEventIterator{contract: _DepositContract.contract, event: "DepositEvent", logs: logs, sub: sub}, nil
}

// WatchDepositEvent is a free log subscription operation binding the contract event 0x649bbc62d0e31342afea4e5cd82d4049e7e1ee912fc0889aa790803be39038c5.
//
// Solidity: event DepositEvent(bytes pubkey, bytes withdrawal_credentials, bytes amount, bytes signature, bytes index)
func (_DepositContract *DepositContractFilterer) WatchDepositEvent(opts *bind.WatchOpts, sink chan<- *DepositContractDepositEvent) (event.Subscription, error) {

	logs, sub, err := _DepositContract.contract.WatchLogs(opts, "DepositEvent")
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(DepositContractDepositEvent)
				if err := _DepositContract.contract.UnpackLog(event, "DepositEvent", log); err != nil {
					// If the signature doesn't match, skip this log.
					if errors.Is(err, bind.ErrEventSignatureMismatch) {
						continue
					}
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseDepositEvent is a log parse operation binding the contract event 0x649bbc62d0e31342afea4e5cd82d4049e7e1ee912fc0889aa790803be39038c5.
//
// Solidity: event DepositEvent(bytes pubkey, bytes withdrawal_credentials, bytes amount, bytes signature, bytes index)
func (_DepositContract *DepositContractFilterer) ParseDepositEvent(log types.Log) (*DepositContractDepositEvent, error) {
	event := new(DepositContractDepositEvent)
	if err := _DepositContract.contract.UnpackLog(event, "DepositEvent", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// ELRewardsVaultMetaData contains all meta data concerning the ELRewardsVault contract.
var ELRewardsVaultMetaData = &bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"address\",\"name\":\"pool_\",\"type\":\"address\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"NotAuthorized\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"ELRewardsPulled\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"pool\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"withdrawRewards\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"stateMutability\":\"payable\",\"type\":\"receive\"}]",
	Sigs: map[string]string{
		"pool()":                   "16f0115b",
		"withdrawRewards(uint256)": "9342c8f4",
	},
	Bin: "0x60a034606c57601f6102be38819003918201601f19168301916001600160401b03831184841017607057808492602094604052833981010312606c57516001600160a01b0381168103606c5760805260405161023990816100858239608051818181608301526101df0152f35b5f80fd5b634e487b7160e01b5f52604160045260245ffdfe608080604052600436101561001c575b50361561001a575f80fd5b005b5f905f3560e01c90816316f0115b146101975750639342c8f40361000f57346101675760207ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffc3601126101675760043573ffffffffffffffffffffffffffffffffffffffff7f00000000000000000000000000000000000000000000000000000000000000001680330361016b577f192a2d0a3627280782d066e9daa09226a144a5b096dee049a6ecf0960ca595366020604051848152a1803b15610167575f906004604051809481937f3695bea40000000000000000000000000000000000000000000000000000000083525af1801561015c57610119575080f35b905067ffffffffffffffff811161012f57604052005b7f4e487b71000000000000000000000000000000000000000000000000000000005f52604160045260245ffd5b6040513d5f823e3d90fd5b5f80fd5b7f4a0bfec1000000000000000000000000000000000000000000000000000000005f523360045260245ffd5b34610167575f7ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffc3601126101675760209073ffffffffffffffffffffffffffffffffffffffff7f0000000000000000000000000000000000000000000000000000000000000000168152f3fea26469706673582212207ebe1c3d00742cdc59dc2462a1117fde6014492e081efbbc00e42484c0c1f81064736f6c634300081e0033",
}

// ELRewardsVaultABI is the input ABI used to generate the binding from.
// Deprecated: Use ELRewardsVaultMetaData.ABI instead.
var ELRewardsVaultABI = ELRewardsVaultMetaData.ABI

// Deprecated: Use ELRewardsVaultMetaData.Sigs instead.
// ELRewardsVaultFuncSigs maps the 4-byte function signature to its string representation.
var ELRewardsVaultFuncSigs = ELRewardsVaultMetaData.Sigs

// ELRewardsVaultBin is the compiled bytecode used for deploying new contracts.
// Deprecated: Use ELRewardsVaultMetaData.Bin instead.
var ELRewardsVaultBin = ELRewardsVaultMetaData.Bin

// DeployELRewardsVault deploys a new Ethereum contract, binding an instance of ELRewardsVault to it.
func DeployELRewardsVault(auth *bind.TransactOpts, backend bind.ContractBackend, pool_ common.Address) (common.Address, *types.Transaction, *ELRewardsVault, error) {
	parsed, err := ELRewardsVaultMetaData.GetAbi()
	if err != nil {
		return common.Address{}, nil, nil, err
	}
	if parsed == nil {
		return common.Address{}, nil, nil, errors.New("GetABI returned nil")
	}

	address, tx, contract, err := bind.DeployContract(auth, *parsed, common.FromHex(ELRewardsVaultBin), backend, pool_)
	if err != nil {
		return common.Address{}, nil, nil, err
	}
	return address, tx, &ELRewardsVault{ELRewardsVaultCaller: ELRewardsVaultCaller{contract: contract}, ELRewardsVaultTransactor: ELRewardsVaultTransactor{contract: contract}, ELRewardsVaultFilterer: ELRewardsVaultFilterer{contract: contract}}, nil
}

// ELRewardsVault is an auto generated Go binding around an Ethereum contract.
type ELRewardsVault struct {
	ELRewardsVaultCaller     // Read-only binding to the contract
	ELRewardsVaultTransactor // Write-only binding to the contract
	ELRewardsVaultFilterer   // Log filterer for contract events
}

// ELRewardsVaultCaller is an auto generated read-only Go binding around an Ethereum contract.
type ELRewardsVaultCaller struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// ELRewardsVaultTransactor is an auto generated write-only Go binding around an Ethereum contract.
type ELRewardsVaultTransactor struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// ELRewardsVaultFilterer is an auto generated log filtering Go binding around an Ethereum contract events.
type ELRewardsVaultFilterer struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// ELRewardsVaultSession is an auto generated Go binding around an Ethereum contract,
// with pre-set call and transact options.
type ELRewardsVaultSession struct {
	Contract     *ELRewardsVault   // Generic contract binding to set the session for
	CallOpts     bind.CallOpts     // Call options to use throughout this session
	TransactOpts bind.TransactOpts // Transaction auth options to use throughout this session
}

// ELRewardsVaultCallerSession is an auto generated read-only Go binding around an Ethereum contract,
// with pre-set call options.
type ELRewardsVaultCallerSession struct {
	Contract *ELRewardsVaultCaller // Generic contract caller binding to set the session for
	CallOpts bind.CallOpts         // Call options to use throughout this session
}

// ELRewardsVaultTransactorSession is an auto generated write-only Go binding around an Ethereum contract,
// with pre-set transact options.
type ELRewardsVaultTransactorSession struct {
	Contract     *ELRewardsVaultTransactor // Generic contract transactor binding to set the session for
	TransactOpts bind.TransactOpts         // Transaction auth options to use throughout this session
}

// ELRewardsVaultRaw is an auto generated low-level Go binding around an Ethereum contract.
type ELRewardsVaultRaw struct {
	Contract *ELRewardsVault // Generic contract binding to access the raw methods on
}

// ELRewardsVaultCallerRaw is an auto generated low-level read-only Go binding around an Ethereum contract.
type ELRewardsVaultCallerRaw struct {
	Contract *ELRewardsVaultCaller // Generic read-only contract binding to access the raw methods on
}

// ELRewardsVaultTransactorRaw is an auto generated low-level write-only Go binding around an Ethereum contract.
type ELRewardsVaultTransactorRaw struct {
	Contract *ELRewardsVaultTransactor // Generic write-only contract binding to access the raw methods on
}

// NewELRewardsVault creates a new instance of ELRewardsVault, bound to a specific deployed contract.
func NewELRewardsVault(address common.Address, backend bind.ContractBackend) (*ELRewardsVault, error) {
	contract, err := bindELRewardsVault(address, backend, backend, backend)
	if err != nil {
		return nil, err
	}
	return &ELRewardsVault{ELRewardsVaultCaller: ELRewardsVaultCaller{contract: contract}, ELRewardsVaultTransactor: ELRewardsVaultTransactor{contract: contract}, ELRewardsVaultFilterer: ELRewardsVaultFilterer{contract: contract}}, nil
}

// NewELRewardsVaultCaller creates a new read-only instance of ELRewardsVault, bound to a specific deployed contract.
func NewELRewardsVaultCaller(address common.Address, caller bind.ContractCaller) (*ELRewardsVaultCaller, error) {
	contract, err := bindELRewardsVault(address, caller, nil, nil)
	if err != nil {
		return nil, err
	}
	return &ELRewardsVaultCaller{contract: contract}, nil
}

// NewELRewardsVaultTransactor creates a new write-only instance of ELRewardsVault, bound to a specific deployed contract.
func NewELRewardsVaultTransactor(address common.Address, transactor bind.ContractTransactor) (*ELRewardsVaultTransactor, error) {
	contract, err := bindELRewardsVault(address, nil, transactor, nil)
	if err != nil {
		return nil, err
	}
	return &ELRewardsVaultTransactor{contract: contract}, nil
}

// NewELRewardsVaultFilterer creates a new log filterer instance of ELRewardsVault, bound to a specific deployed contract.
func NewELRewardsVaultFilterer(address common.Address, filterer bind.ContractFilterer) (*ELRewardsVaultFilterer, error) {
	contract, err := bindELRewardsVault(address, nil, nil, filterer)
	if err != nil {
		return nil, err
	}
	return &ELRewardsVaultFilterer{contract: contract}, nil
}

// bindELRewardsVault binds a generic wrapper to an already deployed contract.
func bindELRewardsVault(address common.Address, caller bind.ContractCaller, transactor bind.ContractTransactor, filterer bind.ContractFilterer) (*bind.BoundContract, error) {
	parsed, err := ELRewardsVaultMetaData.GetAbi()
	if err != nil {
		return nil, err
	}
	return bind.NewBoundContract(address, *parsed, caller, transactor, filterer), nil
}

// Call invokes the (constant) contract method with params as input values and
// sets the output to result. The result type might be a single field for simple
// returns, a slice of interfaces for anonymous returns and a struct for named
// returns.
func (_ELRewardsVault *ELRewardsVaultRaw) Call(opts *bind.CallOpts, result *[]interface{}, method string, params ...interface{}) error {
	return _ELRewardsVault.Contract.ELRewardsVaultCaller.contract.Call(opts, result, method, params...)
}

// Transfer initiates a plain transaction to move funds to the contract, calling
// its default method if one is available.
func (_ELRewardsVault *ELRewardsVaultRaw) Transfer(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _ELRewardsVault.Contract.ELRewardsVaultTransactor.contract.Transfer(opts)
}

// Transact invokes the (paid) contract method with params as input values.
func (_ELRewardsVault *ELRewardsVaultRaw) Transact(opts *bind.TransactOpts, method string, params ...interface{}) (*types.Transaction, error) {
	return _ELRewardsVault.Contract.ELRewardsVaultTransactor.contract.Transact(opts, method, params...)
}

// Call invokes the (constant) contract method with params as input values and
// sets the output to result. The result type might be a single field for simple
// returns, a slice of interfaces for anonymous returns and a struct for named
// returns.
func (_ELRewardsVault *ELRewardsVaultCallerRaw) Call(opts *bind.CallOpts, result *[]interface{}, method string, params ...interface{}) error {
	return _ELRewardsVault.Contract.contract.Call(opts, result, method, params...)
}

// Transfer initiates a plain transaction to move funds to the contract, calling
// its default method if one is available.
func (_ELRewardsVault *ELRewardsVaultTransactorRaw) Transfer(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _ELRewardsVault.Contract.contract.Transfer(opts)
}

// Transact invokes the (paid) contract method with params as input values.
func (_ELRewardsVault *ELRewardsVaultTransactorRaw) Transact(opts *bind.TransactOpts, method string, params ...interface{}) (*types.Transaction, error) {
	return _ELRewardsVault.Contract.contract.Transact(opts, method, params...)
}

// Pool is a free data retrieval call binding the contract method 0x16f0115b.
//
// Solidity: function pool() view returns(address)
func (_ELRewardsVault *ELRewardsVaultCaller) Pool(opts *bind.CallOpts) (common.Address, error) {
	var out []interface{}
	err := _ELRewardsVault.contract.Call(opts, &out, "pool")

	if err != nil {
		return *new(common.Address), err
	}

	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)

	return out0, err

}

// Pool is a free data retrieval call binding the contract method 0x16f0115b.
//
// Solidity: function pool() view returns(address)
func (_ELRewardsVault *ELRewardsVaultSession) Pool() (common.Address, error) {
	return _ELRewardsVault.Contract.Pool(&_ELRewardsVault.CallOpts)
}

// Pool is a free data retrieval call binding the contract method 0x16f0115b.
//
// Solidity: function pool() view returns(address)
func (_ELRewardsVault *ELRewardsVaultCallerSession) Pool() (common.Address, error) {
	return _ELRewardsVault.Contract.Pool(&_ELRewardsVault.CallOpts)
}

// WithdrawRewards is a paid mutator transaction binding the contract method 0x9342c8f4.
//
// Solidity: function withdrawRewards(uint256 amount) returns()
func (_ELRewardsVault *ELRewardsVaultTransactor) WithdrawRewards(opts *bind.TransactOpts, amount *big.Int) (*types.Transaction, error) {
	return _ELRewardsVault.contract.Transact(opts, "withdrawRewards", amount)
}

// WithdrawRewards is a paid mutator transaction binding the contract method 0x9342c8f4.
//
// Solidity: function withdrawRewards(uint256 amount) returns()
func (_ELRewardsVault *ELRewardsVaultSession) WithdrawRewards(amount *big.Int) (*types.Transaction, error) {
	return _ELRewardsVault.Contract.WithdrawRewards(&_ELRewardsVault.TransactOpts, amount)
}

// WithdrawRewards is a paid mutator transaction binding the contract method 0x9342c8f4.
//
// Solidity: function withdrawRewards(uint256 amount) returns()
func (_ELRewardsVault *ELRewardsVaultTransactorSession) WithdrawRewards(amount *big.Int) (*types.Transaction, error) {
	return _ELRewardsVault.Contract.WithdrawRewards(&_ELRewardsVault.TransactOpts, amount)
}

// Receive is a paid mutator transaction binding the contract receive function.
//
// Solidity: receive() payable returns()
func (_ELRewardsVault *ELRewardsVaultTransactor) Receive(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _ELRewardsVault.contract.RawTransact(opts, nil) // calldata is disallowed for receive function
}

// Receive is a paid mutator transaction binding the contract receive function.
//
// Solidity: receive() payable returns()
func (_ELRewardsVault *ELRewardsVaultSession) Receive() (*types.Transaction, error) {
	return _ELRewardsVault.Contract.Receive(&_ELRewardsVault.TransactOpts)
}

// Receive is a paid mutator transaction binding the contract receive function.
//
// Solidity: receive() payable returns()
func (_ELRewardsVault *ELRewardsVaultTransactorSession) Receive() (*types.Transaction, error) {
	return _ELRewardsVault.Contract.Receive(&_ELRewardsVault.TransactOpts)
}

// ELRewardsVaultELRewardsPulledIterator is returned from FilterELRewardsPulled and is used to iterate over the raw logs and unpacked data for ELRewardsPulled events raised by the ELRewardsVault contract.
type ELRewardsVaultELRewardsPulledIterator struct {
	Event *ELRewardsVaultELRewardsPulled // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *ELRewardsVaultELRewardsPulledIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(ELRewardsVaultELRewardsPulled)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(ELRewardsVaultELRewardsPulled)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *ELRewardsVaultELRewardsPulledIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *ELRewardsVaultELRewardsPulledIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// ELRewardsVaultELRewardsPulled represents a ELRewardsPulled event raised by the ELRewardsVault contract.
type ELRewardsVaultELRewardsPulled struct {
	Amount *big.Int
	Raw    types.Log // Blockchain specific contextual infos
}

// FilterELRewardsPulled is a free log retrieval operation binding the contract event 0x192a2d0a3627280782d066e9daa09226a144a5b096dee049a6ecf0960ca59536.
//
// Solidity: event ELRewardsPulled(uint256 amount)
func (_ELRewardsVault *ELRewardsVaultFilterer) FilterELRewardsPulled(opts *bind.FilterOpts) (*ELRewardsVaultELRewardsPulledIterator, error) {

	logs, sub, err := _ELRewardsVault.contract.FilterLogs(opts, "ELRewardsPulled")
	if err != nil {
		return nil, err
	}
	return &ELRewardsVaultELRewardsPulledIterator{contract: _ELRewardsVault.contract, event: "ELRewardsPulled", logs: logs, sub: sub}, nil
}

// WatchELRewardsPulled is a free log subscription operation binding the contract event 0x192a2d0a3627280782d066e9daa09226a144a5b096dee049a6ecf0960ca59536.
//
// Solidity: event ELRewardsPulled(uint256 amount)
func (_ELRewardsVault *ELRewardsVaultFilterer) WatchELRewardsPulled(opts *bind.WatchOpts, sink chan<- *ELRewardsVaultELRewardsPulled) (event.Subscription, error) {

	logs, sub, err := _ELRewardsVault.contract.WatchLogs(opts, "ELRewardsPulled")
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(ELRewardsVaultELRewardsPulled)
				if err := _ELRewardsVault.contract.UnpackLog(event, "ELRewardsPulled", log); err != nil {
					// If the signature doesn't match, skip this log.
					if errors.Is(err, bind.ErrEventSignatureMismatch) {
						continue
					}
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseELRewardsPulled is a log parse operation binding the contract event 0x192a2d0a3627280782d066e9daa09226a144a5b096dee049a6ecf0960ca59536.
//
// Solidity: event ELRewardsPulled(uint256 amount)
func (_ELRewardsVault *ELRewardsVaultFilterer) ParseELRewardsPulled(log types.Log) (*ELRewardsVaultELRewardsPulled, error) {
	event := new(ELRewardsVaultELRewardsPulled)
	if err := _ELRewardsVault.contract.UnpackLog(event, "ELRewardsPulled", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// GovernanceMetaData contains all meta data concerning the Governance contract.
var GovernanceMetaData = &bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"address[]\",\"name\":\"members_\",\"type\":\"address[]\"},{\"internalType\":\"uint32\",\"name\":\"threshold_\",\"type\":\"uint32\"},{\"internalType\":\"uint64\",\"name\":\"timelock_\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"lifetime_\",\"type\":\"uint64\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"AlreadyApproved\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"AlreadyExecuted\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"bytes\",\"name\":\"reason\",\"type\":\"bytes\"}],\"name\":\"ExecutionFailed\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"InvalidParameter\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"approvals\",\"type\":\"uint256\"}],\"name\":\"NoQuorum\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"NotAuthorized\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"ProposalExpired\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"readyAt\",\"type\":\"uint256\"}],\"name\":\"Timelock\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"UnknownProposal\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"members\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"threshold\",\"type\":\"uint256\"}],\"name\":\"CommitteeChanged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"member\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"approvals\",\"type\":\"uint256\"}],\"name\":\"ProposalApproved\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"proposer\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"target\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"bytes\",\"name\":\"data\",\"type\":\"bytes\"}],\"name\":\"ProposalCreated\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"executor\",\"type\":\"address\"}],\"name\":\"ProposalExecuted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"readyAt\",\"type\":\"uint256\"}],\"name\":\"ProposalQueued\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"timelockSeconds\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"lifetimeSeconds\",\"type\":\"uint256\"}],\"name\":\"TimingsSet\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"MAX_COMMITTEE\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"approve\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"execute\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"getMembers\",\"outputs\":[{\"internalType\":\"address[]\",\"name\":\"\",\"type\":\"address[]\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"getProposal\",\"outputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"proposer\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"target\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"created\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"queued\",\"type\":\"uint64\"},{\"internalType\":\"bool\",\"name\":\"executed\",\"type\":\"bool\"},{\"internalType\":\"bytes\",\"name\":\"data\",\"type\":\"bytes\"}],\"internalType\":\"structGovernance.Proposal\",\"name\":\"p\",\"type\":\"tuple\"},{\"internalType\":\"uint256\",\"name\":\"approvalCount\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"name\":\"isMember\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"lifetimeSeconds\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"target\",\"type\":\"address\"},{\"internalType\":\"bytes\",\"name\":\"data\",\"type\":\"bytes\"}],\"name\":\"propose\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address[]\",\"name\":\"members_\",\"type\":\"address[]\"},{\"internalType\":\"uint32\",\"name\":\"threshold_\",\"type\":\"uint32\"}],\"name\":\"setCommittee\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"timelock_\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"lifetime_\",\"type\":\"uint64\"}],\"name\":\"setTimings\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"threshold\",\"outputs\":[{\"internalType\":\"uint32\",\"name\":\"\",\"type\":\"uint32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"timelockSeconds\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"}]",
	Sigs: map[string]string{
		"threshold()":                    "42cde4e8",
		"timelockSeconds()":              "65a1f3c3",
		"setCommittee(address[],uint32)": "85bb7d0a",
		"MAX_COMMITTEE()":                "8dd5c0d6",
		"setTimings(uint64,uint64)":      "90faa599",
		"propose(address,bytes)":         "9d481848",
		"getMembers()":                   "9eab5253",
		"isMember(address)":              "a230c524",
		"approve(uint256)":               "b759f954",
		"lifetimeSeconds()":              "bef193f0",
		"getProposal(uint256)":           "c7f758a8",
		"execute(uint256)":               "fe0d94c1",
	},
	Bin: "0x60806040523461039557611ade80380380610019816103b9565b9283398101906080818303126103955780516001600160401b0381116103955781019180601f84011215610395578251926001600160401b038411610363578360051b91602061006a8185016103b9565b8096815201916020839482010191821161039557602001915b8183106103995750505060208201519163ffffffff8316809303610395576100b960606100b2604084016103de565b92016103de565b928451801590811561038a575b8115610381575b8115610377575b5061017b575f5b5f5481101561011c575f516020611abe5f395f51905f528101546001600160a01b03165f908152600160208190526040909120805460ff19169055016100db565b5084935f5b85518110156101b3576001600160a01b0361013c82886103f2565b511615801561018a575b61017b576001906001600160a01b0361015f82896103f2565b51165f528160205260405f208260ff1982541617905501610121565b630309cb8760e51b5f5260045ffd5b506001600160a01b0361019d82886103f2565b51165f52600160205260ff60405f205416610146565b508451859190856001600160401b03821161036357680100000000000000008211610363575f54825f55808310610333575b505f8080525f516020611abe5f395f51905f52905b83811061031657505050507fe6081b86cd71ab12f813e47ddd303ded421db4010027bc665c6cac693907f32e604060025493518151908152856020820152a16001600160401b0384169164010000000083118015610305575b80156102ee575b61017b57602094851b6bffffffffffffffff00000000166001600160a01b031990911690931792909217606083901b73ffffffffffffffff0000000000000000000000001617600255604080519182526001600160401b03909216928101929092527face931642b0f52b5103b1a6e243baad1f28b2b3d249ac82ba1c2d8a7c213c75491a16040516116a3908161041b8239f35b506401000000006001600160401b0383161161025a565b506001600160401b03821615610253565b82516001600160a01b0316818301556020909201916001016101fa565b5f80525f516020611abe5f395f51905f529081019083015b81811061035857506101e5565b5f815560010161034b565b634e487b7160e01b5f52604160045260245ffd5b905081115f6100d4565b821591506100cd565b6040811191506100c6565b5f80fd5b82516001600160a01b038116810361039557815260209283019201610083565b6040519190601f01601f191682016001600160401b0381118382101761036357604052565b51906001600160401b038216820361039557565b80518210156104065760209160051b010190565b634e487b7160e01b5f52603260045260245ffdfe6080806040526004361015610012575f80fd5b5f3560e01c90816342cde4e8146111a85750806365a1f3c31461117f57806385bb7d0a14610dc25780638dd5c0d614610da757806390faa59914610cab5780639d481848146107f95780639eab525314610719578063a230c524146106cf578063b759f95414610615578063bef193f0146105eb578063c7f758a81461034f5763fe0d94c1146100a0575f80fd5b3461034b57602060031936011261034b57600435335f52600160205260ff60405f2054161561031f576100d2816114e6565b6100db826115f8565b600282019081549067ffffffffffffffff8216908115801561030e575b6102df57506101179067ffffffffffffffff60025460201c169061135d565b8042106102b057507fffffffffffffffffffffffffffffffffffffffffffffff00ffffffffffffffff680100000000000000009116179055600373ffffffffffffffffffffffffffffffffffffffff6001830154169101604051905f90805490610180826112e1565b916001811690811561027b5750600114610249575b505091815f809493819403925af13d15610241573d906101b48261128b565b916101c2604051938461124a565b82523d5f602084013e5b156101fa575033907f9c85b616f29fca57a17eafe71cf9ff82ffef41766e2cf01ea7f8f7878dd3ec245f80a3005b9061023d6040519283927f2c4029e900000000000000000000000000000000000000000000000000000000845260048401526040602484015260448301906111eb565b0390fd5b6060906101cc565b9091505f5260205f205f905b8282106102675750508101815f610195565b600181602092548487015201910190610255565b7fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff0016855250508015150282019050815f610195565b847f1444b1ec000000000000000000000000000000000000000000000000000000005f5260045260245260445ffd5b857fa07c49af000000000000000000000000000000000000000000000000000000005f5260045260245260445ffd5b5063ffffffff6002541681106100f8565b7f4a0bfec1000000000000000000000000000000000000000000000000000000005f523360045260245ffd5b5f80fd5b3461034b57602060031936011261034b57600435606060a06040516103738161122e565b5f81525f60208201525f60408201525f838201525f60808201520152801580156105e0575b6105b5575f198101818111610588576103b36103ba916112c5565b50916115f8565b604051906103c78261122e565b73ffffffffffffffffffffffffffffffffffffffff83541682526001830154602083019373ffffffffffffffffffffffffffffffffffffffff8216855267ffffffffffffffff604085019260a01c1682526002810154916003606086019267ffffffffffffffff8516845260ff608088019560401c16151585520195604051965f90805490610455826112e1565b808b52916001811690811561053b57506001146104f5575b50509267ffffffffffffffff6104eb959373ffffffffffffffffffffffffffffffffffffffff82946104a38c839d99038961124a565b60a08b019788526040519b8c9b60408d52511660408c0152511660608a015251166080880152511660a086015251151560c08501525160c060e08501526101008401906111eb565b9060208301520390f35b5f908152602081209092505b818310610520575050870160200167ffffffffffffffff6104eb61046d565b6001818b602086819597969754920101520191019190610501565b7fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff00166020808d019190915292151560051b8b01909201925067ffffffffffffffff91506104eb905061046d565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52601160045260245ffd5b7f28e0cf5a000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b506003548111610398565b3461034b575f60031936011261034b57602067ffffffffffffffff60025460601c16604051908152f35b3461034b57602060031936011261034b57600435335f52600160205260ff60405f2054161561031f57610647816114e6565b505f8181526004602052604081208054915b82811061066c5761066a338561137e565b005b73ffffffffffffffffffffffffffffffffffffffff61068b8284611348565b905460039190911b1c1633146106a357600101610659565b837fbc6974e1000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b3461034b57602060031936011261034b5773ffffffffffffffffffffffffffffffffffffffff6106fd6111c8565b165f526001602052602060ff60405f2054166040519015158152f35b3461034b575f60031936011261034b576040518060205f54928381520180925f80527f290decd9548b62a8d60345a988386fc84ba6bc95484008f6362f93160ef3e563905f5b8181106107cd575050508161077591038261124a565b604051918291602083019060208452518091526040830191905f5b81811061079e575050500390f35b825173ffffffffffffffffffffffffffffffffffffffff16845285945060209384019390920191600101610790565b825473ffffffffffffffffffffffffffffffffffffffff1684526020909301926001928301920161075f565b3461034b57604060031936011261034b576108126111c8565b6024359067ffffffffffffffff821161034b573660238301121561034b5781600401359067ffffffffffffffff821161034b576024830192602483369201011161034b57335f52600160205260ff60405f2054161561031f5773ffffffffffffffffffffffffffffffffffffffff16908115610c8357604051926108958461122e565b33845260208401938385526040810167ffffffffffffffff42168152606082015f8152608083015f81526108c88661128b565b976108d6604051998a61124a565b868952868660208b01375f6020888b01015260a0850198895260035468010000000000000000811015610c2a5780600161091392016003556112c5565b949094610c575773ffffffffffffffffffffffffffffffffffffffff806003975116167fffffffffffffffffffffffff000000000000000000000000000000000000000086541617855573ffffffffffffffffffffffffffffffffffffffff8060018701935116167fffffffffffffffffffffffff0000000000000000000000000000000000000000835416178255517fffffffff0000000000000000ffffffffffffffffffffffffffffffffffffffff7bffffffffffffffff000000000000000000000000000000000000000083549260a01b16911617905567ffffffffffffffff8060028501935116167fffffffffffffffffffffffffffffffffffffffffffffffff00000000000000008354161782555115157fffffffffffffffffffffffffffffffffffffffffffffff00ffffffffffffffff68ff000000000000000083549260401b16911617905501935193845167ffffffffffffffff8111610c2a57602095610a8283546112e1565b601f8111610bf1575b508690601f8311600114610b4d5791807fafb8af1622fac52af66e378e4111b7b383b7d0149709e0d2bb86ea8cac344b6294928798945f92610b42575b50505f198260011b9260031b1c19161790555b60035494859360405192835260408884015281604084015260608301375f606085830101526060817fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe0601f339701168101030190a3610b3a338261137e565b604051908152f35b015190508980610ac8565b907fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe0831691845f52815f20925f5b818110610bda5750926001928592899a967fafb8af1622fac52af66e378e4111b7b383b7d0149709e0d2bb86ea8cac344b62989610610bc2575b505050811b019055610adb565b01515f1960f88460031b161c19169055898080610bb5565b92938a600181928786015181550195019301610b7b565b610c1a90845f52885f20601f850160051c8101918a8610610c20575b601f0160051c0190611332565b87610a8b565b9091508190610c0d565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52604160045260245ffd5b7f4e487b71000000000000000000000000000000000000000000000000000000005f525f60045260245ffd5b7f613970e0000000000000000000000000000000000000000000000000000000005f5260045ffd5b3461034b57604060031936011261034b5760043567ffffffffffffffff811680820361034b576024359067ffffffffffffffff821680830361034b5730330361031f5764010000000082118015610d9f575b8015610d91575b610c83577face931642b0f52b5103b1a6e243baad1f28b2b3d249ac82ba1c2d8a7c213c754936040937fffffffffffffffffffffffff00000000000000000000000000000000ffffffff6bffffffffffffffff0000000073ffffffffffffffff0000000000000000000000006002549360601b169360201b169116171760025582519182526020820152a1005b506401000000008111610d04565b508015610cfd565b3461034b575f60031936011261034b57602060405160408152f35b3461034b57604060031936011261034b5760043567ffffffffffffffff811161034b573660238201121561034b5780600401359067ffffffffffffffff821161034b578160051b9060248282010136811161034b576024359363ffffffff851680950361034b5730330361031f57610e40602060405195018561124a565b8352602083019160240190825b8183106111525750505081518015908115611147575b811561113e575b8115611134575b50610c83575f5b5f54811015610f2d575f54811015610f00577f290decd9548b62a8d60345a988386fc84ba6bc95484008f6362f93160ef3e56381015473ffffffffffffffffffffffffffffffffffffffff165f90815260016020819052604090912080547fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff0016905501610e78565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52603260045260245ffd5b50825f5b8351811015610ff95773ffffffffffffffffffffffffffffffffffffffff610f59828661136a565b5116158015610fc3575b610c83578073ffffffffffffffffffffffffffffffffffffffff610f896001938761136a565b51165f528160205260405f20827fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff0082541617905501610f31565b5073ffffffffffffffffffffffffffffffffffffffff610fe3828661136a565b51165f52600160205260ff60405f205416610f63565b50919081519067ffffffffffffffff8211610c2a57680100000000000000008211610c2a575f54825f558083106110e0575b505f80525f5b828110611096577fe6081b86cd71ab12f813e47ddd303ded421db4010027bc665c6cac693907f32e60408686817fffffffffffffffffffffffffffffffffffffffffffffffffffffffff000000006002541617600255519082519182526020820152a1005b600190602073ffffffffffffffffffffffffffffffffffffffff845116930192817f290decd9548b62a8d60345a988386fc84ba6bc95484008f6362f93160ef3e563015501611031565b61112e907f290decd9548b62a8d60345a988386fc84ba6bc95484008f6362f93160ef3e56301837f290decd9548b62a8d60345a988386fc84ba6bc95484008f6362f93160ef3e56301611332565b8461102b565b9050831184610e71565b84159150610e6a565b604081119150610e63565b823573ffffffffffffffffffffffffffffffffffffffff8116810361034b57815260209283019201610e4d565b3461034b575f60031936011261034b57602067ffffffffffffffff600254821c16604051908152f35b3461034b575f60031936011261034b5760209063ffffffff600254168152f35b6004359073ffffffffffffffffffffffffffffffffffffffff8216820361034b57565b907fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe0601f602080948051918291828752018686015e5f8582860101520116010190565b60c0810190811067ffffffffffffffff821117610c2a57604052565b90601f7fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe0910116810190811067ffffffffffffffff821117610c2a57604052565b67ffffffffffffffff8111610c2a57601f017fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe01660200190565b600354811015610f005760035f5260205f209060021b01905f90565b90600182811c92168015611328575b60208310146112fb57565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52602260045260245ffd5b91607f16916112f0565b81811061133d575050565b5f8155600101611332565b8054821015610f00575f5260205f2001905f90565b9190820180921161058857565b8051821015610f005760209160051b010190565b90815f52600460205260405f209081549168010000000000000000831015610c2a57826113c591600173ffffffffffffffffffffffffffffffffffffffff95018155611348565b929091169181549060031b9073ffffffffffffffffffffffffffffffffffffffff84831b921b19161790556113f9826115f8565b90827f2f0f51d2f12c71357e60d575d47e93e081dbaf32072245ab1e01540f0aadbf1a6020604051858152a35f1982018281116105885761143b6002916112c5565b50019067ffffffffffffffff8254161590816114d3575b5061145b575050565b67ffffffffffffffff804216167fffffffffffffffffffffffffffffffffffffffffffffffff00000000000000008254161790557f9a2e42fd6722813d69113e7d0079d3d940171428df7373df9c7f7617cfda289260206114ca67ffffffffffffffff600254831c164261135d565b604051908152a2565b905063ffffffff6002541611155f611452565b90811580156115ed575b6115c1575f19820182811161058857611508906112c5565b509182600281015460ff8160401c166115955767ffffffffffffffff16159081611560575b506115355750565b7f88e53c48000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b61158d9150600167ffffffffffffffff91015460a01c1667ffffffffffffffff60025460601c169061135d565b42115f61152d565b827f6a64e961000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b507f28e0cf5a000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b5060035482116114f0565b905f915f52600460205260405f205f908054915b82811061161857505050565b73ffffffffffffffffffffffffffffffffffffffff6116378284611348565b90549060031b1c165f52600160205260ff60405f20541661165b575b60010161160c565b935f198114610588576001019361165356fea264697066735822122080923f3d1abf465b6388c6b33a988ccc5331dbe1c3d5c6c4732976b94dccca9664736f6c634300081e0033290decd9548b62a8d60345a988386fc84ba6bc95484008f6362f93160ef3e563",
}

// GovernanceABI is the input ABI used to generate the binding from.
// Deprecated: Use GovernanceMetaData.ABI instead.
var GovernanceABI = GovernanceMetaData.ABI

// Deprecated: Use GovernanceMetaData.Sigs instead.
// GovernanceFuncSigs maps the 4-byte function signature to its string representation.
var GovernanceFuncSigs = GovernanceMetaData.Sigs

// GovernanceBin is the compiled bytecode used for deploying new contracts.
// Deprecated: Use GovernanceMetaData.Bin instead.
var GovernanceBin = GovernanceMetaData.Bin

// DeployGovernance deploys a new Ethereum contract, binding an instance of Governance to it.
func DeployGovernance(auth *bind.TransactOpts, backend bind.ContractBackend, members_ []common.Address, threshold_ uint32, timelock_ uint64, lifetime_ uint64) (common.Address, *types.Transaction, *Governance, error) {
	parsed, err := GovernanceMetaData.GetAbi()
	if err != nil {
		return common.Address{}, nil, nil, err
	}
	if parsed == nil {
		return common.Address{}, nil, nil, errors.New("GetABI returned nil")
	}

	address, tx, contract, err := bind.DeployContract(auth, *parsed, common.FromHex(GovernanceBin), backend, members_, threshold_, timelock_, lifetime_)
	if err != nil {
		return common.Address{}, nil, nil, err
	}
	return address, tx, &Governance{GovernanceCaller: GovernanceCaller{contract: contract}, GovernanceTransactor: GovernanceTransactor{contract: contract}, GovernanceFilterer: GovernanceFilterer{contract: contract}}, nil
}

// Governance is an auto generated Go binding around an Ethereum contract.
type Governance struct {
	GovernanceCaller     // Read-only binding to the contract
	GovernanceTransactor // Write-only binding to the contract
	GovernanceFilterer   // Log filterer for contract events
}

// GovernanceCaller is an auto generated read-only Go binding around an Ethereum contract.
type GovernanceCaller struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// GovernanceTransactor is an auto generated write-only Go binding around an Ethereum contract.
type GovernanceTransactor struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// GovernanceFilterer is an auto generated log filtering Go binding around an Ethereum contract events.
type GovernanceFilterer struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// GovernanceSession is an auto generated Go binding around an Ethereum contract,
// with pre-set call and transact options.
type GovernanceSession struct {
	Contract     *Governance       // Generic contract binding to set the session for
	CallOpts     bind.CallOpts     // Call options to use throughout this session
	TransactOpts bind.TransactOpts // Transaction auth options to use throughout this session
}

// GovernanceCallerSession is an auto generated read-only Go binding around an Ethereum contract,
// with pre-set call options.
type GovernanceCallerSession struct {
	Contract *GovernanceCaller // Generic contract caller binding to set the session for
	CallOpts bind.CallOpts     // Call options to use throughout this session
}

// GovernanceTransactorSession is an auto generated write-only Go binding around an Ethereum contract,
// with pre-set transact options.
type GovernanceTransactorSession struct {
	Contract     *GovernanceTransactor // Generic contract transactor binding to set the session for
	TransactOpts bind.TransactOpts     // Transaction auth options to use throughout this session
}

// GovernanceRaw is an auto generated low-level Go binding around an Ethereum contract.
type GovernanceRaw struct {
	Contract *Governance // Generic contract binding to access the raw methods on
}

// GovernanceCallerRaw is an auto generated low-level read-only Go binding around an Ethereum contract.
type GovernanceCallerRaw struct {
	Contract *GovernanceCaller // Generic read-only contract binding to access the raw methods on
}

// GovernanceTransactorRaw is an auto generated low-level write-only Go binding around an Ethereum contract.
type GovernanceTransactorRaw struct {
	Contract *GovernanceTransactor // Generic write-only contract binding to access the raw methods on
}

// NewGovernance creates a new instance of Governance, bound to a specific deployed contract.
func NewGovernance(address common.Address, backend bind.ContractBackend) (*Governance, error) {
	contract, err := bindGovernance(address, backend, backend, backend)
	if err != nil {
		return nil, err
	}
	return &Governance{GovernanceCaller: GovernanceCaller{contract: contract}, GovernanceTransactor: GovernanceTransactor{contract: contract}, GovernanceFilterer: GovernanceFilterer{contract: contract}}, nil
}

// NewGovernanceCaller creates a new read-only instance of Governance, bound to a specific deployed contract.
func NewGovernanceCaller(address common.Address, caller bind.ContractCaller) (*GovernanceCaller, error) {
	contract, err := bindGovernance(address, caller, nil, nil)
	if err != nil {
		return nil, err
	}
	return &GovernanceCaller{contract: contract}, nil
}

// NewGovernanceTransactor creates a new write-only instance of Governance, bound to a specific deployed contract.
func NewGovernanceTransactor(address common.Address, transactor bind.ContractTransactor) (*GovernanceTransactor, error) {
	contract, err := bindGovernance(address, nil, transactor, nil)
	if err != nil {
		return nil, err
	}
	return &GovernanceTransactor{contract: contract}, nil
}

// NewGovernanceFilterer creates a new log filterer instance of Governance, bound to a specific deployed contract.
func NewGovernanceFilterer(address common.Address, filterer bind.ContractFilterer) (*GovernanceFilterer, error) {
	contract, err := bindGovernance(address, nil, nil, filterer)
	if err != nil {
		return nil, err
	}
	return &GovernanceFilterer{contract: contract}, nil
}

// bindGovernance binds a generic wrapper to an already deployed contract.
func bindGovernance(address common.Address, caller bind.ContractCaller, transactor bind.ContractTransactor, filterer bind.ContractFilterer) (*bind.BoundContract, error) {
	parsed, err := GovernanceMetaData.GetAbi()
	if err != nil {
		return nil, err
	}
	return bind.NewBoundContract(address, *parsed, caller, transactor, filterer), nil
}

// Call invokes the (constant) contract method with params as input values and
// sets the output to result. The result type might be a single field for simple
// returns, a slice of interfaces for anonymous returns and a struct for named
// returns.
func (_Governance *GovernanceRaw) Call(opts *bind.CallOpts, result *[]interface{}, method string, params ...interface{}) error {
	return _Governance.Contract.GovernanceCaller.contract.Call(opts, result, method, params...)
}

// Transfer initiates a plain transaction to move funds to the contract, calling
// its default method if one is available.
func (_Governance *GovernanceRaw) Transfer(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _Governance.Contract.GovernanceTransactor.contract.Transfer(opts)
}

// Transact invokes the (paid) contract method with params as input values.
func (_Governance *GovernanceRaw) Transact(opts *bind.TransactOpts, method string, params ...interface{}) (*types.Transaction, error) {
	return _Governance.Contract.GovernanceTransactor.contract.Transact(opts, method, params...)
}

// Call invokes the (constant) contract method with params as input values and
// sets the output to result. The result type might be a single field for simple
// returns, a slice of interfaces for anonymous returns and a struct for named
// returns.
func (_Governance *GovernanceCallerRaw) Call(opts *bind.CallOpts, result *[]interface{}, method string, params ...interface{}) error {
	return _Governance.Contract.contract.Call(opts, result, method, params...)
}

// Transfer initiates a plain transaction to move funds to the contract, calling
// its default method if one is available.
func (_Governance *GovernanceTransactorRaw) Transfer(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _Governance.Contract.contract.Transfer(opts)
}

// Transact invokes the (paid) contract method with params as input values.
func (_Governance *GovernanceTransactorRaw) Transact(opts *bind.TransactOpts, method string, params ...interface{}) (*types.Transaction, error) {
	return _Governance.Contract.contract.Transact(opts, method, params...)
}

// MAXCOMMITTEE is a free data retrieval call binding the contract method 0x8dd5c0d6.
//
// Solidity: function MAX_COMMITTEE() view returns(uint256)
func (_Governance *GovernanceCaller) MAXCOMMITTEE(opts *bind.CallOpts) (*big.Int, error) {
	var out []interface{}
	err := _Governance.contract.Call(opts, &out, "MAX_COMMITTEE")

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// MAXCOMMITTEE is a free data retrieval call binding the contract method 0x8dd5c0d6.
//
// Solidity: function MAX_COMMITTEE() view returns(uint256)
func (_Governance *GovernanceSession) MAXCOMMITTEE() (*big.Int, error) {
	return _Governance.Contract.MAXCOMMITTEE(&_Governance.CallOpts)
}

// MAXCOMMITTEE is a free data retrieval call binding the contract method 0x8dd5c0d6.
//
// Solidity: function MAX_COMMITTEE() view returns(uint256)
func (_Governance *GovernanceCallerSession) MAXCOMMITTEE() (*big.Int, error) {
	return _Governance.Contract.MAXCOMMITTEE(&_Governance.CallOpts)
}

// GetMembers is a free data retrieval call binding the contract method 0x9eab5253.
//
// Solidity: function getMembers() view returns(address[])
func (_Governance *GovernanceCaller) GetMembers(opts *bind.CallOpts) ([]common.Address, error) {
	var out []interface{}
	err := _Governance.contract.Call(opts, &out, "getMembers")

	if err != nil {
		return *new([]common.Address), err
	}

	out0 := *abi.ConvertType(out[0], new([]common.Address)).(*[]common.Address)

	return out0, err

}

// GetMembers is a free data retrieval call binding the contract method 0x9eab5253.
//
// Solidity: function getMembers() view returns(address[])
func (_Governance *GovernanceSession) GetMembers() ([]common.Address, error) {
	return _Governance.Contract.GetMembers(&_Governance.CallOpts)
}

// GetMembers is a free data retrieval call binding the contract method 0x9eab5253.
//
// Solidity: function getMembers() view returns(address[])
func (_Governance *GovernanceCallerSession) GetMembers() ([]common.Address, error) {
	return _Governance.Contract.GetMembers(&_Governance.CallOpts)
}

// GetProposal is a free data retrieval call binding the contract method 0xc7f758a8.
//
// Solidity: function getProposal(uint256 id) view returns((address,address,uint64,uint64,bool,bytes) p, uint256 approvalCount)
func (_Governance *GovernanceCaller) GetProposal(opts *bind.CallOpts, id *big.Int) (struct {
	P             GovernanceProposal
	ApprovalCount *big.Int
}, error) {
	var out []interface{}
	err := _Governance.contract.Call(opts, &out, "getProposal", id)

	outstruct := new(struct {
		P             GovernanceProposal
		ApprovalCount *big.Int
	})
	if err != nil {
		return *outstruct, err
	}

	outstruct.P = *abi.ConvertType(out[0], new(GovernanceProposal)).(*GovernanceProposal)
	outstruct.ApprovalCount = *abi.ConvertType(out[1], new(*big.Int)).(**big.Int)

	return *outstruct, err

}

// GetProposal is a free data retrieval call binding the contract method 0xc7f758a8.
//
// Solidity: function getProposal(uint256 id) view returns((address,address,uint64,uint64,bool,bytes) p, uint256 approvalCount)
func (_Governance *GovernanceSession) GetProposal(id *big.Int) (struct {
	P             GovernanceProposal
	ApprovalCount *big.Int
}, error) {
	return _Governance.Contract.GetProposal(&_Governance.CallOpts, id)
}

// GetProposal is a free data retrieval call binding the contract method 0xc7f758a8.
//
// Solidity: function getProposal(uint256 id) view returns((address,address,uint64,uint64,bool,bytes) p, uint256 approvalCount)
func (_Governance *GovernanceCallerSession) GetProposal(id *big.Int) (struct {
	P             GovernanceProposal
	ApprovalCount *big.Int
}, error) {
	return _Governance.Contract.GetProposal(&_Governance.CallOpts, id)
}

// IsMember is a free data retrieval call binding the contract method 0xa230c524.
//
// Solidity: function isMember(address ) view returns(bool)
func (_Governance *GovernanceCaller) IsMember(opts *bind.CallOpts, arg0 common.Address) (bool, error) {
	var out []interface{}
	err := _Governance.contract.Call(opts, &out, "isMember", arg0)

	if err != nil {
		return *new(bool), err
	}

	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)

	return out0, err

}

// IsMember is a free data retrieval call binding the contract method 0xa230c524.
//
// Solidity: function isMember(address ) view returns(bool)
func (_Governance *GovernanceSession) IsMember(arg0 common.Address) (bool, error) {
	return _Governance.Contract.IsMember(&_Governance.CallOpts, arg0)
}

// IsMember is a free data retrieval call binding the contract method 0xa230c524.
//
// Solidity: function isMember(address ) view returns(bool)
func (_Governance *GovernanceCallerSession) IsMember(arg0 common.Address) (bool, error) {
	return _Governance.Contract.IsMember(&_Governance.CallOpts, arg0)
}

// LifetimeSeconds is a free data retrieval call binding the contract method 0xbef193f0.
//
// Solidity: function lifetimeSeconds() view returns(uint64)
func (_Governance *GovernanceCaller) LifetimeSeconds(opts *bind.CallOpts) (uint64, error) {
	var out []interface{}
	err := _Governance.contract.Call(opts, &out, "lifetimeSeconds")

	if err != nil {
		return *new(uint64), err
	}

	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)

	return out0, err

}

// LifetimeSeconds is a free data retrieval call binding the contract method 0xbef193f0.
//
// Solidity: function lifetimeSeconds() view returns(uint64)
func (_Governance *GovernanceSession) LifetimeSeconds() (uint64, error) {
	return _Governance.Contract.LifetimeSeconds(&_Governance.CallOpts)
}

// LifetimeSeconds is a free data retrieval call binding the contract method 0xbef193f0.
//
// Solidity: function lifetimeSeconds() view returns(uint64)
func (_Governance *GovernanceCallerSession) LifetimeSeconds() (uint64, error) {
	return _Governance.Contract.LifetimeSeconds(&_Governance.CallOpts)
}

// Threshold is a free data retrieval call binding the contract method 0x42cde4e8.
//
// Solidity: function threshold() view returns(uint32)
func (_Governance *GovernanceCaller) Threshold(opts *bind.CallOpts) (uint32, error) {
	var out []interface{}
	err := _Governance.contract.Call(opts, &out, "threshold")

	if err != nil {
		return *new(uint32), err
	}

	out0 := *abi.ConvertType(out[0], new(uint32)).(*uint32)

	return out0, err

}

// Threshold is a free data retrieval call binding the contract method 0x42cde4e8.
//
// Solidity: function threshold() view returns(uint32)
func (_Governance *GovernanceSession) Threshold() (uint32, error) {
	return _Governance.Contract.Threshold(&_Governance.CallOpts)
}

// Threshold is a free data retrieval call binding the contract method 0x42cde4e8.
//
// Solidity: function threshold() view returns(uint32)
func (_Governance *GovernanceCallerSession) Threshold() (uint32, error) {
	return _Governance.Contract.Threshold(&_Governance.CallOpts)
}

// TimelockSeconds is a free data retrieval call binding the contract method 0x65a1f3c3.
//
// Solidity: function timelockSeconds() view returns(uint64)
func (_Governance *GovernanceCaller) TimelockSeconds(opts *bind.CallOpts) (uint64, error) {
	var out []interface{}
	err := _Governance.contract.Call(opts, &out, "timelockSeconds")

	if err != nil {
		return *new(uint64), err
	}

	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)

	return out0, err

}

// TimelockSeconds is a free data retrieval call binding the contract method 0x65a1f3c3.
//
// Solidity: function timelockSeconds() view returns(uint64)
func (_Governance *GovernanceSession) TimelockSeconds() (uint64, error) {
	return _Governance.Contract.TimelockSeconds(&_Governance.CallOpts)
}

// TimelockSeconds is a free data retrieval call binding the contract method 0x65a1f3c3.
//
// Solidity: function timelockSeconds() view returns(uint64)
func (_Governance *GovernanceCallerSession) TimelockSeconds() (uint64, error) {
	return _Governance.Contract.TimelockSeconds(&_Governance.CallOpts)
}

// Approve is a paid mutator transaction binding the contract method 0xb759f954.
//
// Solidity: function approve(uint256 id) returns()
func (_Governance *GovernanceTransactor) Approve(opts *bind.TransactOpts, id *big.Int) (*types.Transaction, error) {
	return _Governance.contract.Transact(opts, "approve", id)
}

// Approve is a paid mutator transaction binding the contract method 0xb759f954.
//
// Solidity: function approve(uint256 id) returns()
func (_Governance *GovernanceSession) Approve(id *big.Int) (*types.Transaction, error) {
	return _Governance.Contract.Approve(&_Governance.TransactOpts, id)
}

// Approve is a paid mutator transaction binding the contract method 0xb759f954.
//
// Solidity: function approve(uint256 id) returns()
func (_Governance *GovernanceTransactorSession) Approve(id *big.Int) (*types.Transaction, error) {
	return _Governance.Contract.Approve(&_Governance.TransactOpts, id)
}

// Execute is a paid mutator transaction binding the contract method 0xfe0d94c1.
//
// Solidity: function execute(uint256 id) returns()
func (_Governance *GovernanceTransactor) Execute(opts *bind.TransactOpts, id *big.Int) (*types.Transaction, error) {
	return _Governance.contract.Transact(opts, "execute", id)
}

// Execute is a paid mutator transaction binding the contract method 0xfe0d94c1.
//
// Solidity: function execute(uint256 id) returns()
func (_Governance *GovernanceSession) Execute(id *big.Int) (*types.Transaction, error) {
	return _Governance.Contract.Execute(&_Governance.TransactOpts, id)
}

// Execute is a paid mutator transaction binding the contract method 0xfe0d94c1.
//
// Solidity: function execute(uint256 id) returns()
func (_Governance *GovernanceTransactorSession) Execute(id *big.Int) (*types.Transaction, error) {
	return _Governance.Contract.Execute(&_Governance.TransactOpts, id)
}

// Propose is a paid mutator transaction binding the contract method 0x9d481848.
//
// Solidity: function propose(address target, bytes data) returns(uint256 id)
func (_Governance *GovernanceTransactor) Propose(opts *bind.TransactOpts, target common.Address, data []byte) (*types.Transaction, error) {
	return _Governance.contract.Transact(opts, "propose", target, data)
}

// Propose is a paid mutator transaction binding the contract method 0x9d481848.
//
// Solidity: function propose(address target, bytes data) returns(uint256 id)
func (_Governance *GovernanceSession) Propose(target common.Address, data []byte) (*types.Transaction, error) {
	return _Governance.Contract.Propose(&_Governance.TransactOpts, target, data)
}

// Propose is a paid mutator transaction binding the contract method 0x9d481848.
//
// Solidity: function propose(address target, bytes data) returns(uint256 id)
func (_Governance *GovernanceTransactorSession) Propose(target common.Address, data []byte) (*types.Transaction, error) {
	return _Governance.Contract.Propose(&_Governance.TransactOpts, target, data)
}

// SetCommittee is a paid mutator transaction binding the contract method 0x85bb7d0a.
//
// Solidity: function setCommittee(address[] members_, uint32 threshold_) returns()
func (_Governance *GovernanceTransactor) SetCommittee(opts *bind.TransactOpts, members_ []common.Address, threshold_ uint32) (*types.Transaction, error) {
	return _Governance.contract.Transact(opts, "setCommittee", members_, threshold_)
}

// SetCommittee is a paid mutator transaction binding the contract method 0x85bb7d0a.
//
// Solidity: function setCommittee(address[] members_, uint32 threshold_) returns()
func (_Governance *GovernanceSession) SetCommittee(members_ []common.Address, threshold_ uint32) (*types.Transaction, error) {
	return _Governance.Contract.SetCommittee(&_Governance.TransactOpts, members_, threshold_)
}

// SetCommittee is a paid mutator transaction binding the contract method 0x85bb7d0a.
//
// Solidity: function setCommittee(address[] members_, uint32 threshold_) returns()
func (_Governance *GovernanceTransactorSession) SetCommittee(members_ []common.Address, threshold_ uint32) (*types.Transaction, error) {
	return _Governance.Contract.SetCommittee(&_Governance.TransactOpts, members_, threshold_)
}

// SetTimings is a paid mutator transaction binding the contract method 0x90faa599.
//
// Solidity: function setTimings(uint64 timelock_, uint64 lifetime_) returns()
func (_Governance *GovernanceTransactor) SetTimings(opts *bind.TransactOpts, timelock_ uint64, lifetime_ uint64) (*types.Transaction, error) {
	return _Governance.contract.Transact(opts, "setTimings", timelock_, lifetime_)
}

// SetTimings is a paid mutator transaction binding the contract method 0x90faa599.
//
// Solidity: function setTimings(uint64 timelock_, uint64 lifetime_) returns()
func (_Governance *GovernanceSession) SetTimings(timelock_ uint64, lifetime_ uint64) (*types.Transaction, error) {
	return _Governance.Contract.SetTimings(&_Governance.TransactOpts, timelock_, lifetime_)
}

// SetTimings is a paid mutator transaction binding the contract method 0x90faa599.
//
// Solidity: function setTimings(uint64 timelock_, uint64 lifetime_) returns()
func (_Governance *GovernanceTransactorSession) SetTimings(timelock_ uint64, lifetime_ uint64) (*types.Transaction, error) {
	return _Governance.Contract.SetTimings(&_Governance.TransactOpts, timelock_, lifetime_)
}

// GovernanceCommitteeChangedIterator is returned from FilterCommitteeChanged and is used to iterate over the raw logs and unpacked data for CommitteeChanged events raised by the Governance contract.
type GovernanceCommitteeChangedIterator struct {
	Event *GovernanceCommitteeChanged // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *GovernanceCommitteeChangedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(GovernanceCommitteeChanged)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(GovernanceCommitteeChanged)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *GovernanceCommitteeChangedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *GovernanceCommitteeChangedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// GovernanceCommitteeChanged represents a CommitteeChanged event raised by the Governance contract.
type GovernanceCommitteeChanged struct {
	Members   *big.Int
	Threshold *big.Int
	Raw       types.Log // Blockchain specific contextual infos
}

// FilterCommitteeChanged is a free log retrieval operation binding the contract event 0xe6081b86cd71ab12f813e47ddd303ded421db4010027bc665c6cac693907f32e.
//
// Solidity: event CommitteeChanged(uint256 members, uint256 threshold)
func (_Governance *GovernanceFilterer) FilterCommitteeChanged(opts *bind.FilterOpts) (*GovernanceCommitteeChangedIterator, error) {

	logs, sub, err := _Governance.contract.FilterLogs(opts, "CommitteeChanged")
	if err != nil {
		return nil, err
	}
	return &GovernanceCommitteeChangedIterator{contract: _Governance.contract, event: "CommitteeChanged", logs: logs, sub: sub}, nil
}

// WatchCommitteeChanged is a free log subscription operation binding the contract event 0xe6081b86cd71ab12f813e47ddd303ded421db4010027bc665c6cac693907f32e.
//
// Solidity: event CommitteeChanged(uint256 members, uint256 threshold)
func (_Governance *GovernanceFilterer) WatchCommitteeChanged(opts *bind.WatchOpts, sink chan<- *GovernanceCommitteeChanged) (event.Subscription, error) {

	logs, sub, err := _Governance.contract.WatchLogs(opts, "CommitteeChanged")
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(GovernanceCommitteeChanged)
				if err := _Governance.contract.UnpackLog(event, "CommitteeChanged", log); err != nil {
					// If the signature doesn't match, skip this log.
					if errors.Is(err, bind.ErrEventSignatureMismatch) {
						continue
					}
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseCommitteeChanged is a log parse operation binding the contract event 0xe6081b86cd71ab12f813e47ddd303ded421db4010027bc665c6cac693907f32e.
//
// Solidity: event CommitteeChanged(uint256 members, uint256 threshold)
func (_Governance *GovernanceFilterer) ParseCommitteeChanged(log types.Log) (*GovernanceCommitteeChanged, error) {
	event := new(GovernanceCommitteeChanged)
	if err := _Governance.contract.UnpackLog(event, "CommitteeChanged", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// GovernanceProposalApprovedIterator is returned from FilterProposalApproved and is used to iterate over the raw logs and unpacked data for ProposalApproved events raised by the Governance contract.
type GovernanceProposalApprovedIterator struct {
	Event *GovernanceProposalApproved // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *GovernanceProposalApprovedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(GovernanceProposalApproved)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(GovernanceProposalApproved)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *GovernanceProposalApprovedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *GovernanceProposalApprovedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// GovernanceProposalApproved represents a ProposalApproved event raised by the Governance contract.
type GovernanceProposalApproved struct {
	Id        *big.Int
	Member    common.Address
	Approvals *big.Int
	Raw       types.Log // Blockchain specific contextual infos
}

// FilterProposalApproved is a free log retrieval operation binding the contract event 0x2f0f51d2f12c71357e60d575d47e93e081dbaf32072245ab1e01540f0aadbf1a.
//
// Solidity: event ProposalApproved(uint256 indexed id, address indexed member, uint256 approvals)
func (_Governance *GovernanceFilterer) FilterProposalApproved(opts *bind.FilterOpts, id []*big.Int, member []common.Address) (*GovernanceProposalApprovedIterator, error) {

	var idRule []interface{}
	for _, idItem := range id {
		idRule = append(idRule, idItem)
	}
	var memberRule []interface{}
	for _, memberItem := range member {
		memberRule = append(memberRule, memberItem)
	}

	logs, sub, err := _Governance.contract.FilterLogs(opts, "ProposalApproved", idRule, memberRule)
	if err != nil {
		return nil, err
	}
	return &GovernanceProposalApprovedIterator{contract: _Governance.contract, event: "ProposalApproved", logs: logs, sub: sub}, nil
}

// WatchProposalApproved is a free log subscription operation binding the contract event 0x2f0f51d2f12c71357e60d575d47e93e081dbaf32072245ab1e01540f0aadbf1a.
//
// Solidity: event ProposalApproved(uint256 indexed id, address indexed member, uint256 approvals)
func (_Governance *GovernanceFilterer) WatchProposalApproved(opts *bind.WatchOpts, sink chan<- *GovernanceProposalApproved, id []*big.Int, member []common.Address) (event.Subscription, error) {

	var idRule []interface{}
	for _, idItem := range id {
		idRule = append(idRule, idItem)
	}
	var memberRule []interface{}
	for _, memberItem := range member {
		memberRule = append(memberRule, memberItem)
	}

	logs, sub, err := _Governance.contract.WatchLogs(opts, "ProposalApproved", idRule, memberRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(GovernanceProposalApproved)
				if err := _Governance.contract.UnpackLog(event, "ProposalApproved", log); err != nil {
					// If the signature doesn't match, skip this log.
					if errors.Is(err, bind.ErrEventSignatureMismatch) {
						continue
					}
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseProposalApproved is a log parse operation binding the contract event 0x2f0f51d2f12c71357e60d575d47e93e081dbaf32072245ab1e01540f0aadbf1a.
//
// Solidity: event ProposalApproved(uint256 indexed id, address indexed member, uint256 approvals)
func (_Governance *GovernanceFilterer) ParseProposalApproved(log types.Log) (*GovernanceProposalApproved, error) {
	event := new(GovernanceProposalApproved)
	if err := _Governance.contract.UnpackLog(event, "ProposalApproved", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// GovernanceProposalCreatedIterator is returned from FilterProposalCreated and is used to iterate over the raw logs and unpacked data for ProposalCreated events raised by the Governance contract.
type GovernanceProposalCreatedIterator struct {
	Event *GovernanceProposalCreated // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *GovernanceProposalCreatedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(GovernanceProposalCreated)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(GovernanceProposalCreated)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *GovernanceProposalCreatedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *GovernanceProposalCreatedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// GovernanceProposalCreated represents a ProposalCreated event raised by the Governance contract.
type GovernanceProposalCreated struct {
	Id       *big.Int
	Proposer common.Address
	Target   common.Address
	Data     []byte
	Raw      types.Log // Blockchain specific contextual infos
}

// FilterProposalCreated is a free log retrieval operation binding the contract event 0xafb8af1622fac52af66e378e4111b7b383b7d0149709e0d2bb86ea8cac344b62.
//
// Solidity: event ProposalCreated(uint256 indexed id, address indexed proposer, address target, bytes data)
func (_Governance *GovernanceFilterer) FilterProposalCreated(opts *bind.FilterOpts, id []*big.Int, proposer []common.Address) (*GovernanceProposalCreatedIterator, error) {

	var idRule []interface{}
	for _, idItem := range id {
		idRule = append(idRule, idItem)
	}
	var proposerRule []interface{}
	for _, proposerItem := range proposer {
		proposerRule = append(proposerRule, proposerItem)
	}

	logs, sub, err := _Governance.contract.FilterLogs(opts, "ProposalCreated", idRule, proposerRule)
	if err != nil {
		return nil, err
	}
	return &GovernanceProposalCreatedIterator{contract: _Governance.contract, event: "ProposalCreated", logs: logs, sub: sub}, nil
}

// WatchProposalCreated is a free log subscription operation binding the contract event 0xafb8af1622fac52af66e378e4111b7b383b7d0149709e0d2bb86ea8cac344b62.
//
// Solidity: event ProposalCreated(uint256 indexed id, address indexed proposer, address target, bytes data)
func (_Governance *GovernanceFilterer) WatchProposalCreated(opts *bind.WatchOpts, sink chan<- *GovernanceProposalCreated, id []*big.Int, proposer []common.Address) (event.Subscription, error) {

	var idRule []interface{}
	for _, idItem := range id {
		idRule = append(idRule, idItem)
	}
	var proposerRule []interface{}
	for _, proposerItem := range proposer {
		proposerRule = append(proposerRule, proposerItem)
	}

	logs, sub, err := _Governance.contract.WatchLogs(opts, "ProposalCreated", idRule, proposerRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(GovernanceProposalCreated)
				if err := _Governance.contract.UnpackLog(event, "ProposalCreated", log); err != nil {
					// If the signature doesn't match, skip this log.
					if errors.Is(err, bind.ErrEventSignatureMismatch) {
						continue
					}
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseProposalCreated is a log parse operation binding the contract event 0xafb8af1622fac52af66e378e4111b7b383b7d0149709e0d2bb86ea8cac344b62.
//
// Solidity: event ProposalCreated(uint256 indexed id, address indexed proposer, address target, bytes data)
func (_Governance *GovernanceFilterer) ParseProposalCreated(log types.Log) (*GovernanceProposalCreated, error) {
	event := new(GovernanceProposalCreated)
	if err := _Governance.contract.UnpackLog(event, "ProposalCreated", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// GovernanceProposalExecutedIterator is returned from FilterProposalExecuted and is used to iterate over the raw logs and unpacked data for ProposalExecuted events raised by the Governance contract.
type GovernanceProposalExecutedIterator struct {
	Event *GovernanceProposalExecuted // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *GovernanceProposalExecutedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(GovernanceProposalExecuted)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(GovernanceProposalExecuted)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *GovernanceProposalExecutedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *GovernanceProposalExecutedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// GovernanceProposalExecuted represents a ProposalExecuted event raised by the Governance contract.
type GovernanceProposalExecuted struct {
	Id       *big.Int
	Executor common.Address
	Raw      types.Log // Blockchain specific contextual infos
}

// FilterProposalExecuted is a free log retrieval operation binding the contract event 0x9c85b616f29fca57a17eafe71cf9ff82ffef41766e2cf01ea7f8f7878dd3ec24.
//
// Solidity: event ProposalExecuted(uint256 indexed id, address indexed executor)
func (_Governance *GovernanceFilterer) FilterProposalExecuted(opts *bind.FilterOpts, id []*big.Int, executor []common.Address) (*GovernanceProposalExecutedIterator, error) {

	var idRule []interface{}
	for _, idItem := range id {
		idRule = append(idRule, idItem)
	}
	var executorRule []interface{}
	for _, executorItem := range executor {
		executorRule = append(executorRule, executorItem)
	}

	logs, sub, err := _Governance.contract.FilterLogs(opts, "ProposalExecuted", idRule, executorRule)
	if err != nil {
		return nil, err
	}
	return &GovernanceProposalExecutedIterator{contract: _Governance.contract, event: "ProposalExecuted", logs: logs, sub: sub}, nil
}

// WatchProposalExecuted is a free log subscription operation binding the contract event 0x9c85b616f29fca57a17eafe71cf9ff82ffef41766e2cf01ea7f8f7878dd3ec24.
//
// Solidity: event ProposalExecuted(uint256 indexed id, address indexed executor)
func (_Governance *GovernanceFilterer) WatchProposalExecuted(opts *bind.WatchOpts, sink chan<- *GovernanceProposalExecuted, id []*big.Int, executor []common.Address) (event.Subscription, error) {

	var idRule []interface{}
	for _, idItem := range id {
		idRule = append(idRule, idItem)
	}
	var executorRule []interface{}
	for _, executorItem := range executor {
		executorRule = append(executorRule, executorItem)
	}

	logs, sub, err := _Governance.contract.WatchLogs(opts, "ProposalExecuted", idRule, executorRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(GovernanceProposalExecuted)
				if err := _Governance.contract.UnpackLog(event, "ProposalExecuted", log); err != nil {
					// If the signature doesn't match, skip this log.
					if errors.Is(err, bind.ErrEventSignatureMismatch) {
						continue
					}
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseProposalExecuted is a log parse operation binding the contract event 0x9c85b616f29fca57a17eafe71cf9ff82ffef41766e2cf01ea7f8f7878dd3ec24.
//
// Solidity: event ProposalExecuted(uint256 indexed id, address indexed executor)
func (_Governance *GovernanceFilterer) ParseProposalExecuted(log types.Log) (*GovernanceProposalExecuted, error) {
	event := new(GovernanceProposalExecuted)
	if err := _Governance.contract.UnpackLog(event, "ProposalExecuted", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// GovernanceProposalQueuedIterator is returned from FilterProposalQueued and is used to iterate over the raw logs and unpacked data for ProposalQueued events raised by the Governance contract.
type GovernanceProposalQueuedIterator struct {
	Event *GovernanceProposalQueued // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *GovernanceProposalQueuedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(GovernanceProposalQueued)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(GovernanceProposalQueued)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *GovernanceProposalQueuedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *GovernanceProposalQueuedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// GovernanceProposalQueued represents a ProposalQueued event raised by the Governance contract.
type GovernanceProposalQueued struct {
	Id      *big.Int
	ReadyAt *big.Int
	Raw     types.Log // Blockchain specific contextual infos
}

// FilterProposalQueued is a free log retrieval operation binding the contract event 0x9a2e42fd6722813d69113e7d0079d3d940171428df7373df9c7f7617cfda2892.
//
// Solidity: event ProposalQueued(uint256 indexed id, uint256 readyAt)
func (_Governance *GovernanceFilterer) FilterProposalQueued(opts *bind.FilterOpts, id []*big.Int) (*GovernanceProposalQueuedIterator, error) {

	var idRule []interface{}
	for _, idItem := range id {
		idRule = append(idRule, idItem)
	}

	logs, sub, err := _Governance.contract.FilterLogs(opts, "ProposalQueued", idRule)
	if err != nil {
		return nil, err
	}
	return &GovernanceProposalQueuedIterator{contract: _Governance.contract, event: "ProposalQueued", logs: logs, sub: sub}, nil
}

// WatchProposalQueued is a free log subscription operation binding the contract event 0x9a2e42fd6722813d69113e7d0079d3d940171428df7373df9c7f7617cfda2892.
//
// Solidity: event ProposalQueued(uint256 indexed id, uint256 readyAt)
func (_Governance *GovernanceFilterer) WatchProposalQueued(opts *bind.WatchOpts, sink chan<- *GovernanceProposalQueued, id []*big.Int) (event.Subscription, error) {

	var idRule []interface{}
	for _, idItem := range id {
		idRule = append(idRule, idItem)
	}

	logs, sub, err := _Governance.contract.WatchLogs(opts, "ProposalQueued", idRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(GovernanceProposalQueued)
				if err := _Governance.contract.UnpackLog(event, "ProposalQueued", log); err != nil {
					// If the signature doesn't match, skip this log.
					if errors.Is(err, bind.ErrEventSignatureMismatch) {
						continue
					}
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseProposalQueued is a log parse operation binding the contract event 0x9a2e42fd6722813d69113e7d0079d3d940171428df7373df9c7f7617cfda2892.
//
// Solidity: event ProposalQueued(uint256 indexed id, uint256 readyAt)
func (_Governance *GovernanceFilterer) ParseProposalQueued(log types.Log) (*GovernanceProposalQueued, error) {
	event := new(GovernanceProposalQueued)
	if err := _Governance.contract.UnpackLog(event, "ProposalQueued", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// GovernanceTimingsSetIterator is returned from FilterTimingsSet and is used to iterate over the raw logs and unpacked data for TimingsSet events raised by the Governance contract.
type GovernanceTimingsSetIterator struct {
	Event *GovernanceTimingsSet // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *GovernanceTimingsSetIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(GovernanceTimingsSet)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(GovernanceTimingsSet)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *GovernanceTimingsSetIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *GovernanceTimingsSetIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// GovernanceTimingsSet represents a TimingsSet event raised by the Governance contract.
type GovernanceTimingsSet struct {
	TimelockSeconds *big.Int
	LifetimeSeconds *big.Int
	Raw             types.Log // Blockchain specific contextual infos
}

// FilterTimingsSet is a free log retrieval operation binding the contract event 0xace931642b0f52b5103b1a6e243baad1f28b2b3d249ac82ba1c2d8a7c213c754.
//
// Solidity: event TimingsSet(uint256 timelockSeconds, uint256 lifetimeSeconds)
func (_Governance *GovernanceFilterer) FilterTimingsSet(opts *bind.FilterOpts) (*GovernanceTimingsSetIterator, error) {

	logs, sub, err := _Governance.contract.FilterLogs(opts, "TimingsSet")
	if err != nil {
		return nil, err
	}
	return &GovernanceTimingsSetIterator{contract: _Governance.contract, event: "TimingsSet", logs: logs, sub: sub}, nil
}

// WatchTimingsSet is a free log subscription operation binding the contract event 0xace931642b0f52b5103b1a6e243baad1f28b2b3d249ac82ba1c2d8a7c213c754.
//
// Solidity: event TimingsSet(uint256 timelockSeconds, uint256 lifetimeSeconds)
func (_Governance *GovernanceFilterer) WatchTimingsSet(opts *bind.WatchOpts, sink chan<- *GovernanceTimingsSet) (event.Subscription, error) {

	logs, sub, err := _Governance.contract.WatchLogs(opts, "TimingsSet")
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(GovernanceTimingsSet)
				if err := _Governance.contract.UnpackLog(event, "TimingsSet", log); err != nil {
					// If the signature doesn't match, skip this log.
					if errors.Is(err, bind.ErrEventSignatureMismatch) {
						continue
					}
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseTimingsSet is a log parse operation binding the contract event 0xace931642b0f52b5103b1a6e243baad1f28b2b3d249ac82ba1c2d8a7c213c754.
//
// Solidity: event TimingsSet(uint256 timelockSeconds, uint256 lifetimeSeconds)
func (_Governance *GovernanceFilterer) ParseTimingsSet(log types.Log) (*GovernanceTimingsSet, error) {
	event := new(GovernanceTimingsSet)
	if err := _Governance.contract.UnpackLog(event, "TimingsSet", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// IDepositContractMetaData contains all meta data concerning the IDepositContract contract.
var IDepositContractMetaData = &bind.MetaData{
	ABI: "[{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"bytes\",\"name\":\"pubkey\",\"type\":\"bytes\"},{\"indexed\":false,\"internalType\":\"bytes\",\"name\":\"withdrawal_credentials\",\"type\":\"bytes\"},{\"indexed\":false,\"internalType\":\"bytes\",\"name\":\"amount\",\"type\":\"bytes\"},{\"indexed\":false,\"internalType\":\"bytes\",\"name\":\"signature\",\"type\":\"bytes\"},{\"indexed\":false,\"internalType\":\"bytes\",\"name\":\"index\",\"type\":\"bytes\"}],\"name\":\"DepositEvent\",\"type\":\"event\"},{\"inputs\":[{\"internalType\":\"bytes\",\"name\":\"pubkey\",\"type\":\"bytes\"},{\"internalType\":\"bytes\",\"name\":\"withdrawal_credentials\",\"type\":\"bytes\"},{\"internalType\":\"bytes\",\"name\":\"signature\",\"type\":\"bytes\"},{\"internalType\":\"bytes32\",\"name\":\"deposit_data_root\",\"type\":\"bytes32\"}],\"name\":\"deposit\",\"outputs\":[],\"stateMutability\":\"payable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"get_deposit_count\",\"outputs\":[{\"internalType\":\"bytes\",\"name\":\"count\",\"type\":\"bytes\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"get_deposit_root\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"root\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"}]",
	Sigs: map[string]string{
		"deposit(bytes,bytes,bytes,bytes32)": "22895118",
		"get_deposit_count()":                "621fd130",
		"get_deposit_root()":                 "c5f2892f",
	},
}

// IDepositContractABI is the input ABI used to generate the binding from.
// Deprecated: Use IDepositContractMetaData.ABI instead.
var IDepositContractABI = IDepositContractMetaData.ABI

// Deprecated: Use IDepositContractMetaData.Sigs instead.
// IDepositContractFuncSigs maps the 4-byte function signature to its string representation.
var IDepositContractFuncSigs = IDepositContractMetaData.Sigs

// IDepositContract is an auto generated Go binding around an Ethereum contract.
type IDepositContract struct {
	IDepositContractCaller     // Read-only binding to the contract
	IDepositContractTransactor // Write-only binding to the contract
	IDepositContractFilterer   // Log filterer for contract events
}

// IDepositContractCaller is an auto generated read-only Go binding around an Ethereum contract.
type IDepositContractCaller struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// IDepositContractTransactor is an auto generated write-only Go binding around an Ethereum contract.
type IDepositContractTransactor struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// IDepositContractFilterer is an auto generated log filtering Go binding around an Ethereum contract events.
type IDepositContractFilterer struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// IDepositContractSession is an auto generated Go binding around an Ethereum contract,
// with pre-set call and transact options.
type IDepositContractSession struct {
	Contract     *IDepositContract // Generic contract binding to set the session for
	CallOpts     bind.CallOpts     // Call options to use throughout this session
	TransactOpts bind.TransactOpts // Transaction auth options to use throughout this session
}

// IDepositContractCallerSession is an auto generated read-only Go binding around an Ethereum contract,
// with pre-set call options.
type IDepositContractCallerSession struct {
	Contract *IDepositContractCaller // Generic contract caller binding to set the session for
	CallOpts bind.CallOpts           // Call options to use throughout this session
}

// IDepositContractTransactorSession is an auto generated write-only Go binding around an Ethereum contract,
// with pre-set transact options.
type IDepositContractTransactorSession struct {
	Contract     *IDepositContractTransactor // Generic contract transactor binding to set the session for
	TransactOpts bind.TransactOpts           // Transaction auth options to use throughout this session
}

// IDepositContractRaw is an auto generated low-level Go binding around an Ethereum contract.
type IDepositContractRaw struct {
	Contract *IDepositContract // Generic contract binding to access the raw methods on
}

// IDepositContractCallerRaw is an auto generated low-level read-only Go binding around an Ethereum contract.
type IDepositContractCallerRaw struct {
	Contract *IDepositContractCaller // Generic read-only contract binding to access the raw methods on
}

// IDepositContractTransactorRaw is an auto generated low-level write-only Go binding around an Ethereum contract.
type IDepositContractTransactorRaw struct {
	Contract *IDepositContractTransactor // Generic write-only contract binding to access the raw methods on
}

// NewIDepositContract creates a new instance of IDepositContract, bound to a specific deployed contract.
func NewIDepositContract(address common.Address, backend bind.ContractBackend) (*IDepositContract, error) {
	contract, err := bindIDepositContract(address, backend, backend, backend)
	if err != nil {
		return nil, err
	}
	return &IDepositContract{IDepositContractCaller: IDepositContractCaller{contract: contract}, IDepositContractTransactor: IDepositContractTransactor{contract: contract}, IDepositContractFilterer: IDepositContractFilterer{contract: contract}}, nil
}

// NewIDepositContractCaller creates a new read-only instance of IDepositContract, bound to a specific deployed contract.
func NewIDepositContractCaller(address common.Address, caller bind.ContractCaller) (*IDepositContractCaller, error) {
	contract, err := bindIDepositContract(address, caller, nil, nil)
	if err != nil {
		return nil, err
	}
	return &IDepositContractCaller{contract: contract}, nil
}

// NewIDepositContractTransactor creates a new write-only instance of IDepositContract, bound to a specific deployed contract.
func NewIDepositContractTransactor(address common.Address, transactor bind.ContractTransactor) (*IDepositContractTransactor, error) {
	contract, err := bindIDepositContract(address, nil, transactor, nil)
	if err != nil {
		return nil, err
	}
	return &IDepositContractTransactor{contract: contract}, nil
}

// NewIDepositContractFilterer creates a new log filterer instance of IDepositContract, bound to a specific deployed contract.
func NewIDepositContractFilterer(address common.Address, filterer bind.ContractFilterer) (*IDepositContractFilterer, error) {
	contract, err := bindIDepositContract(address, nil, nil, filterer)
	if err != nil {
		return nil, err
	}
	return &IDepositContractFilterer{contract: contract}, nil
}

// bindIDepositContract binds a generic wrapper to an already deployed contract.
func bindIDepositContract(address common.Address, caller bind.ContractCaller, transactor bind.ContractTransactor, filterer bind.ContractFilterer) (*bind.BoundContract, error) {
	parsed, err := IDepositContractMetaData.GetAbi()
	if err != nil {
		return nil, err
	}
	return bind.NewBoundContract(address, *parsed, caller, transactor, filterer), nil
}

// Call invokes the (constant) contract method with params as input values and
// sets the output to result. The result type might be a single field for simple
// returns, a slice of interfaces for anonymous returns and a struct for named
// returns.
func (_IDepositContract *IDepositContractRaw) Call(opts *bind.CallOpts, result *[]interface{}, method string, params ...interface{}) error {
	return _IDepositContract.Contract.IDepositContractCaller.contract.Call(opts, result, method, params...)
}

// Transfer initiates a plain transaction to move funds to the contract, calling
// its default method if one is available.
func (_IDepositContract *IDepositContractRaw) Transfer(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _IDepositContract.Contract.IDepositContractTransactor.contract.Transfer(opts)
}

// Transact invokes the (paid) contract method with params as input values.
func (_IDepositContract *IDepositContractRaw) Transact(opts *bind.TransactOpts, method string, params ...interface{}) (*types.Transaction, error) {
	return _IDepositContract.Contract.IDepositContractTransactor.contract.Transact(opts, method, params...)
}

// Call invokes the (constant) contract method with params as input values and
// sets the output to result. The result type might be a single field for simple
// returns, a slice of interfaces for anonymous returns and a struct for named
// returns.
func (_IDepositContract *IDepositContractCallerRaw) Call(opts *bind.CallOpts, result *[]interface{}, method string, params ...interface{}) error {
	return _IDepositContract.Contract.contract.Call(opts, result, method, params...)
}

// Transfer initiates a plain transaction to move funds to the contract, calling
// its default method if one is available.
func (_IDepositContract *IDepositContractTransactorRaw) Transfer(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _IDepositContract.Contract.contract.Transfer(opts)
}

// Transact invokes the (paid) contract method with params as input values.
func (_IDepositContract *IDepositContractTransactorRaw) Transact(opts *bind.TransactOpts, method string, params ...interface{}) (*types.Transaction, error) {
	return _IDepositContract.Contract.contract.Transact(opts, method, params...)
}

// GetDepositCount is a free data retrieval call binding the contract method 0x621fd130.
//
// Solidity: function get_deposit_count() view returns(bytes count)
func (_IDepositContract *IDepositContractCaller) GetDepositCount(opts *bind.CallOpts) ([]byte, error) {
	var out []interface{}
	err := _IDepositContract.contract.Call(opts, &out, "get_deposit_count")

	if err != nil {
		return *new([]byte), err
	}

	out0 := *abi.ConvertType(out[0], new([]byte)).(*[]byte)

	return out0, err

}

// GetDepositCount is a free data retrieval call binding the contract method 0x621fd130.
//
// Solidity: function get_deposit_count() view returns(bytes count)
func (_IDepositContract *IDepositContractSession) GetDepositCount() ([]byte, error) {
	return _IDepositContract.Contract.GetDepositCount(&_IDepositContract.CallOpts)
}

// GetDepositCount is a free data retrieval call binding the contract method 0x621fd130.
//
// Solidity: function get_deposit_count() view returns(bytes count)
func (_IDepositContract *IDepositContractCallerSession) GetDepositCount() ([]byte, error) {
	return _IDepositContract.Contract.GetDepositCount(&_IDepositContract.CallOpts)
}

// GetDepositRoot is a free data retrieval call binding the contract method 0xc5f2892f.
//
// Solidity: function get_deposit_root() view returns(bytes32 root)
func (_IDepositContract *IDepositContractCaller) GetDepositRoot(opts *bind.CallOpts) ([32]byte, error) {
	var out []interface{}
	err := _IDepositContract.contract.Call(opts, &out, "get_deposit_root")

	if err != nil {
		return *new([32]byte), err
	}

	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)

	return out0, err

}

// GetDepositRoot is a free data retrieval call binding the contract method 0xc5f2892f.
//
// Solidity: function get_deposit_root() view returns(bytes32 root)
func (_IDepositContract *IDepositContractSession) GetDepositRoot() ([32]byte, error) {
	return _IDepositContract.Contract.GetDepositRoot(&_IDepositContract.CallOpts)
}

// GetDepositRoot is a free data retrieval call binding the contract method 0xc5f2892f.
//
// Solidity: function get_deposit_root() view returns(bytes32 root)
func (_IDepositContract *IDepositContractCallerSession) GetDepositRoot() ([32]byte, error) {
	return _IDepositContract.Contract.GetDepositRoot(&_IDepositContract.CallOpts)
}

// Deposit is a paid mutator transaction binding the contract method 0x22895118.
//
// Solidity: function deposit(bytes pubkey, bytes withdrawal_credentials, bytes signature, bytes32 deposit_data_root) payable returns()
func (_IDepositContract *IDepositContractTransactor) Deposit(opts *bind.TransactOpts, pubkey []byte, withdrawal_credentials []byte, signature []byte, deposit_data_root [32]byte) (*types.Transaction, error) {
	return _IDepositContract.contract.Transact(opts, "deposit", pubkey, withdrawal_credentials, signature, deposit_data_root)
}

// Deposit is a paid mutator transaction binding the contract method 0x22895118.
//
// Solidity: function deposit(bytes pubkey, bytes withdrawal_credentials, bytes signature, bytes32 deposit_data_root) payable returns()
func (_IDepositContract *IDepositContractSession) Deposit(pubkey []byte, withdrawal_credentials []byte, signature []byte, deposit_data_root [32]byte) (*types.Transaction, error) {
	return _IDepositContract.Contract.Deposit(&_IDepositContract.TransactOpts, pubkey, withdrawal_credentials, signature, deposit_data_root)
}

// Deposit is a paid mutator transaction binding the contract method 0x22895118.
//
// Solidity: function deposit(bytes pubkey, bytes withdrawal_credentials, bytes signature, bytes32 deposit_data_root) payable returns()
func (_IDepositContract *IDepositContractTransactorSession) Deposit(pubkey []byte, withdrawal_credentials []byte, signature []byte, deposit_data_root [32]byte) (*types.Transaction, error) {
	return _IDepositContract.Contract.Deposit(&_IDepositContract.TransactOpts, pubkey, withdrawal_credentials, signature, deposit_data_root)
}

// IDepositContractDepositEventIterator is returned from FilterDepositEvent and is used to iterate over the raw logs and unpacked data for DepositEvent events raised by the IDepositContract contract.
type IDepositContractDepositEventIterator struct {
	Event *IDepositContractDepositEvent // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *IDepositContractDepositEventIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(IDepositContractDepositEvent)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(IDepositContractDepositEvent)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *IDepositContractDepositEventIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *IDepositContractDepositEventIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// IDepositContractDepositEvent represents a DepositEvent event raised by the IDepositContract contract.
type IDepositContractDepositEvent struct {
	Pubkey                []byte
	WithdrawalCredentials []byte
	Amount                []byte
	Signature             []byte
	Index                 []byte
	Raw                   types.Log // Blockchain specific contextual infos
}

// FilterDepositEvent is a free log retrieval operation binding the contract event 0x649bbc62d0e31342afea4e5cd82d4049e7e1ee912fc0889aa790803be39038c5.
//
// Solidity: event DepositEvent(bytes pubkey, bytes withdrawal_credentials, bytes amount, bytes signature, bytes index)
func (_IDepositContract *IDepositContractFilterer) FilterDepositEvent(opts *bind.FilterOpts) (*IDepositContractDepositEventIterator, error) {

	logs, sub, err := _IDepositContract.contract.FilterLogs(opts, "DepositEvent")
	if err != nil {
		return nil, err
	}
	return &IDepositContractDepositEventIterator{contract: _IDepositContract.contract, event: "DepositEvent", logs: logs, sub: sub}, nil
}

// WatchDepositEvent is a free log subscription operation binding the contract event 0x649bbc62d0e31342afea4e5cd82d4049e7e1ee912fc0889aa790803be39038c5.
//
// Solidity: event DepositEvent(bytes pubkey, bytes withdrawal_credentials, bytes amount, bytes signature, bytes index)
func (_IDepositContract *IDepositContractFilterer) WatchDepositEvent(opts *bind.WatchOpts, sink chan<- *IDepositContractDepositEvent) (event.Subscription, error) {

	logs, sub, err := _IDepositContract.contract.WatchLogs(opts, "DepositEvent")
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(IDepositContractDepositEvent)
				if err := _IDepositContract.contract.UnpackLog(event, "DepositEvent", log); err != nil {
					// If the signature doesn't match, skip this log.
					if errors.Is(err, bind.ErrEventSignatureMismatch) {
						continue
					}
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseDepositEvent is a log parse operation binding the contract event 0x649bbc62d0e31342afea4e5cd82d4049e7e1ee912fc0889aa790803be39038c5.
//
// Solidity: event DepositEvent(bytes pubkey, bytes withdrawal_credentials, bytes amount, bytes signature, bytes index)
func (_IDepositContract *IDepositContractFilterer) ParseDepositEvent(log types.Log) (*IDepositContractDepositEvent, error) {
	event := new(IDepositContractDepositEvent)
	if err := _IDepositContract.contract.UnpackLog(event, "DepositEvent", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// OperatorRegistryMetaData contains all meta data concerning the OperatorRegistry contract.
var OperatorRegistryMetaData = &bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"address\",\"name\":\"pool_\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"oracle_\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"governance_\",\"type\":\"address\"},{\"components\":[{\"internalType\":\"string\",\"name\":\"name\",\"type\":\"string\"},{\"internalType\":\"address\",\"name\":\"rewardAddress\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"limit\",\"type\":\"uint64\"}],\"internalType\":\"structOperatorRegistry.InitialOperator[]\",\"name\":\"initial\",\"type\":\"tuple[]\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"}],\"name\":\"DuplicateKey\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"}],\"name\":\"InvalidKey\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"InvalidParameter\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"}],\"name\":\"KeyInUse\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"Malformed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"NotAuthorized\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"operatorId\",\"type\":\"uint256\"}],\"name\":\"UnknownOperator\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"operatorId\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"keyIndex\",\"type\":\"uint256\"}],\"name\":\"ExitRequested\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"operatorId\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"exited\",\"type\":\"uint256\"}],\"name\":\"ExitedUpdated\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"operatorId\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"bool\",\"name\":\"active\",\"type\":\"bool\"}],\"name\":\"OperatorActiveSet\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"operatorId\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"string\",\"name\":\"name\",\"type\":\"string\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"rewardAddress\",\"type\":\"address\"}],\"name\":\"OperatorAdded\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"operatorId\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"limit\",\"type\":\"uint256\"}],\"name\":\"OperatorLimitSet\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"operatorId\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"missedAttestations\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"missedProposals\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"slashed\",\"type\":\"uint256\"}],\"name\":\"ScorecardUpdated\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"operatorId\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"firstIndex\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"count\",\"type\":\"uint256\"}],\"name\":\"SigningKeysAdded\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"operatorId\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"firstIndex\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"count\",\"type\":\"uint256\"}],\"name\":\"SigningKeysRemoved\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"operatorId\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"stuck\",\"type\":\"uint256\"}],\"name\":\"StuckUpdated\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"MAX_KEYS_PER_CALL\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_NAME_LENGTH\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"string\",\"name\":\"name\",\"type\":\"string\"},{\"internalType\":\"address\",\"name\":\"rewardAddress\",\"type\":\"address\"}],\"name\":\"addNodeOperator\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"keysCount\",\"type\":\"uint256\"},{\"internalType\":\"bytes\",\"name\":\"pubkeys\",\"type\":\"bytes\"},{\"internalType\":\"bytes\",\"name\":\"signatures\",\"type\":\"bytes\"}],\"name\":\"addSigningKeys\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"n\",\"type\":\"uint256\"}],\"name\":\"allocateDeposits\",\"outputs\":[{\"internalType\":\"bytes\",\"name\":\"pubkeys\",\"type\":\"bytes\"},{\"internalType\":\"bytes\",\"name\":\"signatures\",\"type\":\"bytes\"},{\"internalType\":\"uint256[]\",\"name\":\"operatorIds\",\"type\":\"uint256[]\"},{\"internalType\":\"uint256[]\",\"name\":\"keyIndexes\",\"type\":\"uint256[]\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"refSlot\",\"type\":\"uint256\"},{\"components\":[{\"internalType\":\"uint256\",\"name\":\"operator\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"count\",\"type\":\"uint256\"}],\"internalType\":\"structOperatorRegistry.OperatorCountIn[]\",\"name\":\"exited\",\"type\":\"tuple[]\"},{\"components\":[{\"internalType\":\"uint256\",\"name\":\"operator\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"count\",\"type\":\"uint256\"}],\"internalType\":\"structOperatorRegistry.OperatorCountIn[]\",\"name\":\"exitRequests\",\"type\":\"tuple[]\"},{\"components\":[{\"internalType\":\"uint256\",\"name\":\"operator\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"missedAttestations\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"missedProposals\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"slashed\",\"type\":\"uint256\"}],\"internalType\":\"structOperatorRegistry.OperatorStatsIn[]\",\"name\":\"stats\",\"type\":\"tuple[]\"},{\"internalType\":\"uint256[]\",\"name\":\"stuck\",\"type\":\"uint256[]\"}],\"name\":\"applyReport\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"string\",\"name\":\"name\",\"type\":\"string\"},{\"internalType\":\"address\",\"name\":\"rewardAddress\",\"type\":\"address\"}],\"name\":\"checkOperator\",\"outputs\":[],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"getAllCounts\",\"outputs\":[{\"components\":[{\"internalType\":\"uint64\",\"name\":\"limit\",\"type\":\"uint64\"},{\"internalType\":\"uint32\",\"name\":\"keys\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"deposited\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"exited\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"exitRequested\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"stuck\",\"type\":\"uint32\"},{\"internalType\":\"bool\",\"name\":\"active\",\"type\":\"bool\"}],\"internalType\":\"structOperatorRegistry.Counts[]\",\"name\":\"out\",\"type\":\"tuple[]\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"getNodeOperatorsCount\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"getOperator\",\"outputs\":[{\"components\":[{\"internalType\":\"uint64\",\"name\":\"limit\",\"type\":\"uint64\"},{\"internalType\":\"uint32\",\"name\":\"keys\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"deposited\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"exited\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"exitRequested\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"stuck\",\"type\":\"uint32\"},{\"internalType\":\"bool\",\"name\":\"active\",\"type\":\"bool\"}],\"internalType\":\"structOperatorRegistry.Counts\",\"name\":\"c\",\"type\":\"tuple\"},{\"internalType\":\"string\",\"name\":\"name\",\"type\":\"string\"},{\"internalType\":\"address\",\"name\":\"rewardAddress\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"getScorecard\",\"outputs\":[{\"components\":[{\"internalType\":\"uint64\",\"name\":\"missedAttestations\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"missedProposals\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"slashed\",\"type\":\"uint64\"}],\"internalType\":\"structOperatorRegistry.Scorecard\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"}],\"name\":\"getSigningKey\",\"outputs\":[{\"internalType\":\"bytes\",\"name\":\"pubkey\",\"type\":\"bytes\"},{\"internalType\":\"bytes\",\"name\":\"signature\",\"type\":\"bytes\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"governance\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes\",\"name\":\"pubkey\",\"type\":\"bytes\"}],\"name\":\"isKnownKey\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"oracle\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"pool\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"from\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"count\",\"type\":\"uint256\"}],\"name\":\"removeSigningKeys\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"rewardAddressOf\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"bool\",\"name\":\"active\",\"type\":\"bool\"}],\"name\":\"setNodeOperatorActive\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"limit\",\"type\":\"uint64\"}],\"name\":\"setNodeOperatorLimit\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"refSlot\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"exitedNow\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"deadline\",\"type\":\"uint256\"}],\"name\":\"stuckAt\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"}]",
	Sigs: map[string]string{
		"getOperator(uint256)":                        "05f63c8a",
		"addSigningKeys(uint256,uint256,bytes,bytes)": "096b7b35",
		"getAllCounts()":                              "0c294f51",
		"pool()":                                      "16f0115b",
		"applyReport(uint256,(uint256,uint256)[],(uint256,uint256)[],(uint256,uint256,uint256,uint256)[],uint256[])": "3bf0fa58",
		"governance()": "5aa6e675",
		"stuckAt(uint256,uint256,uint256,uint256)":   "5e9d9b1d",
		"allocateDeposits(uint256)":                  "66dc25c5",
		"setNodeOperatorActive(uint256,bool)":        "687ca337",
		"MAX_KEYS_PER_CALL()":                        "6e9fe93c",
		"removeSigningKeys(uint256,uint256,uint256)": "7038b141",
		"oracle()":                             "7dc0d1d0",
		"checkOperator(string,address)":        "7de5b973",
		"addNodeOperator(string,address)":      "85fa63d7",
		"MAX_NAME_LENGTH()":                    "86074985",
		"setNodeOperatorLimit(uint256,uint64)": "9346d934",
		"getNodeOperatorsCount()":              "a70c70e4",
		"getSigningKey(uint256,uint256)":       "b449402a",
		"isKnownKey(bytes)":                    "c2f32b4e",
		"getScorecard(uint256)":                "d2ffa04a",
		"rewardAddressOf(uint256)":             "f18514f7",
	},
	Bin: "0x60e060405234610647576130a4803803806100198161064b565b9283398101906080818303126106475761003281610670565b61003e60208301610670565b9061004b60408401610670565b606084015190936001600160401b03821161064757019380601f86011215610647578451946001600160401b038611610455578560051b60208061009081840161064b565b809981520191830101918383116106475760208101915b83831061056357505050505060805260a05260c0525f5b8151811015610516576100d18183610684565b51516001600160a01b0360206100e78486610684565b5101511681518015908190821561050b575b5081156104e7575b50801561048b575b61047c57801561047c575f5460405190929060e081016001600160401b03811182821017610455576040525f8152602081015f8152604082015f815260608301905f825260808401905f825260a08501925f845260c086019460018652680100000000000000008a10156104555760018a015f556101868a610698565b979097610469575187549151935192519451955196516001600160e81b03199092166001600160401b0391821617604094851b6bffffffff0000000000000000161760609390931b6fffffffff000000000000000000000000169290921760809490941b63ffffffff60801b169390931760a09490941b63ffffffff60a01b169390931760c09490941b63ffffffff60c01b169390931790151560e01b60ff60e01b16179092555f858152600260205220825190918111610455578154600181811c9116801561044b575b602082101461043757601f81116103f2575b506020601f821160011461037a57859491935f5160206130845f395f51905f52938560019998966060945f9161036f575b505f19600383901b1c1916908a1b1790555b845f528760205260405f2083898060a01b03198254161790556020604051938492604084528051928391826040870152018585015e5f8383018501526020830152601f01601f19168101030190a2828060401b0360406103068487610684565b5101511661031382610698565b5090848060401b0316848060401b03198254161790557f527f491416f46babf44102065eafb0ec6531e57cfe9e4581723597f23fd842cd6020848060401b03604061035e8689610684565b51015116604051908152a2016100be565b90508301515f610294565b601f19821690835f52805f20915f5b8181106103da5750936001846060948a999694839c9b99955f5160206130845f395f51905f5299106103c2575b5050811b0190556102a6565b8501515f1960f88460031b161c191690555f806103b6565b9192602060018192868a015181550194019201610389565b825f5260205f20601f830160051c8101916020841061042d575b601f0160051c01905b8181106104225750610263565b5f8155600101610415565b909150819061040c565b634e487b7160e01b5f52602260045260245ffd5b90607f1690610251565b634e487b7160e01b5f52604160045260245ffd5b634e487b7160e01b5f525f60045260245ffd5b630309cb8760e51b5f5260045ffd5b5081515f1981018181116104d357835111156104bf578201601f01516104ba906001600160f81b0319166106ae565b610109565b634e487b7160e01b5f52603260045260245ffd5b634e487b7160e01b5f52601160045260245ffd5b90506104bf576020820151610505906001600160f81b0319166106ae565b5f610101565b60401091505f6100f9565b60405161299e90816106e6823960805181818161076b0152610acd015260a0518181816112220152611b4b015260c0518181816108e901528181610e71015281816113ec01526115820152f35b82516001600160401b038111610647578201906060828703601f1901126106475760405191606083016001600160401b038111848210176104555760405260208101516001600160401b038111610647576020908201019087601f830112156106475781516001600160401b038111610455576105e9601f8201601f191660200161064b565b908082528960208286010111610647576020815f9282606097018386015e83010152845261061960408201610670565b60208501520151906001600160401b03821682036106475782602093926040859401528152019201916100a7565b5f80fd5b6040519190601f01601f191682016001600160401b0381118382101761045557604052565b51906001600160a01b038216820361064757565b80518210156104bf5760209160051b010190565b5f548110156104bf575f805260205f2001905f90565b60ff60f81b16600160fd1b81149081156106c6575090565b600960f81b8110159150816106d9575090565b600d60f81b101590509056fe60806040526004361015610011575f80fd5b5f3560e01c806305f63c8a14610164578063096b7b351461015f5780630c294f511461015a57806316f0115b146101555780633bf0fa58146101505780635aa6e6751461014b5780635e9d9b1d1461014657806366dc25c514610141578063687ca3371461013c5780636e9fe93c146101375780637038b141146101325780637dc0d1d01461012d5780637de5b9731461012857806385fa63d714610123578063860749851461011e5780639346d93414610119578063a70c70e414610114578063b449402a1461010f578063c2f32b4e1461010a578063d2ffa04a146101055763f18514f714610100575f80fd5b61188b565b6117e2565b611785565b61167d565b61163c565b611541565b611526565b61139b565b611348565b6111f6565b610f6c565b610f50565b610e38565b610aa2565b61090d565b6108bd565b6107f1565b61073f565b610675565b6103dd565b61024a565b9060c0806101df9367ffffffffffffffff815116845263ffffffff602082015116602085015263ffffffff604082015116604085015263ffffffff606082015116606085015263ffffffff60808201511660808501526101d660a082015160a086019063ffffffff169052565b01511515910152565b565b90601f19601f602080948051918291828752018686015e5f8582860101520116010190565b9161024373ffffffffffffffffffffffffffffffffffffffff916102308561010095989798610169565b61012060e08601526101208501906101e1565b9416910152565b346103ab5760206003193601126103ab576004356102666118d4565b50610270816123ad565b5f548110156103a657805f52600260205260405f2090805f5260016020526102d473ffffffffffffffffffffffffffffffffffffffff60405f205416917f290decd9548b62a8d60345a988386fc84ba6bc95484008f6362f93160ef3e56301611962565b9060405180935f908054906102e8826119f2565b80855291600181169081156103615750600114610322575b505061031e92916103129103856112b0565b60405193849384610206565b0390f35b5f908152602081209092505b818310610345575050810160200181610312610300565b6020919350806001915483858a0101520191019091859261032e565b7fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff001660208681019190915292151560051b850190920192508391506103129050610300565b61190a565b5f80fd5b9181601f840112156103ab5782359167ffffffffffffffff83116103ab57602083818601950101116103ab57565b346103ab5760806003193601126103ab5760243560043560443567ffffffffffffffff81116103ab576104149036906004016103af565b929060643567ffffffffffffffff81116103ab576104369036906004016103af565b919094610442856123ad565b61048d61047461045a875f52600160205260405f2090565b5473ffffffffffffffffffffffffffffffffffffffff1690565b73ffffffffffffffffffffffffffffffffffffffff1690565b3303610649578315801561063e575b801561062c575b801561061a575b6105f2576104b785611937565b50956104d76104ce885463ffffffff9060401c1690565b63ffffffff1690565b936104ea875f52600360205260405f2090565b935f5b87811061057757887f93ae1efc3cd014cbcbfc53ff74b4e2e5811674d8485146e8579106282ab6ff2d89896105658e6105296104ce8585611aaf565b7fffffffffffffffffffffffffffffffffffffffff00000000ffffffffffffffff6bffffffff000000000000000083549260401b169116179055565b604080519182526020820192909252a2005b806105ec8161059961058b6001958c611aaf565b8a905f5260205260405f2090565b6105be6105a583611a70565b6105b66105b185611aa1565b611a70565b908b89611afd565b906105e46105cb85611a8b565b6105dc6105d787611aa1565b611a8b565b908b8d611afd565b949093612466565b016104ed565b7f07b6ad3f000000000000000000000000000000000000000000000000000000005f5260045ffd5b5061062484611a8b565b8314156104aa565b5061063684611a70565b8114156104a3565b506103e8841161049c565b7f4a0bfec1000000000000000000000000000000000000000000000000000000005f523360045260245ffd5b346103ab575f6003193601126103ab575f5461069081611b15565b9061069e60405192836112b0565b8082525f8080527f290decd9548b62a8d60345a988386fc84ba6bc95484008f6362f93160ef3e563602084015b83831061072257846040518091602082016020835281518091526020604084019201905f5b8181106106fe575050500390f35b91935091602060e0826107146001948851610169565b0194019101918493926106f0565b60016020819261073185611962565b8152019201920191906106cb565b346103ab575f6003193601126103ab57602060405173ffffffffffffffffffffffffffffffffffffffff7f0000000000000000000000000000000000000000000000000000000000000000168152f35b9181601f840112156103ab5782359167ffffffffffffffff83116103ab576020808501948460061b0101116103ab57565b9181601f840112156103ab5782359167ffffffffffffffff83116103ab576020808501948460051b0101116103ab57565b346103ab5760a06003193601126103ab5760043560243567ffffffffffffffff81116103ab5761082590369060040161078f565b909160443567ffffffffffffffff81116103ab5761084790369060040161078f565b916064359267ffffffffffffffff84116103ab57366023850112156103ab5783600401359267ffffffffffffffff84116103ab573660248560071b870101116103ab576084359567ffffffffffffffff87116103ab576108bb976108b160249836906004016107c0565b9890970194611b2d565b005b346103ab575f6003193601126103ab57602060405173ffffffffffffffffffffffffffffffffffffffff7f0000000000000000000000000000000000000000000000000000000000000000168152f35b346103ab5760806003193601126103ab576004356024359060443590606435925f548210156103a6575f8052610964827f290decd9548b62a8d60345a988386fc84ba6bc95484008f6362f93160ef3e56301611962565b926109785f935f52600560205260405f2090565b90608061098f6104ce606088015163ffffffff1690565b9501945b6109a46104ce875163ffffffff1690565b8110156109f257836109c8886109c28487905f5260205260405f2090565b54611aaf565b106109d6575b600101610993565b936104ce60016109e86109a4936120fe565b96925050506109ce565b508381811115610a195761031e91610a099161210c565b6040519081529081906020820190565b505061031e5f610a09565b90602080835192838152019201905f5b818110610a415750505090565b8251845260209384019390920191600101610a34565b92610a83610a9f9593610a75610a91946080885260808801906101e1565b9086820360208801526101e1565b908482036040860152610a24565b916060818403910152610a24565b90565b346103ab5760206003193601126103ab5760043573ffffffffffffffffffffffffffffffffffffffff7f0000000000000000000000000000000000000000000000000000000000000000163303610649575f5490610aff82612119565b915f5b818110610e075750610b138261217b565b610b1c8361217b565b905f935b808510610caa575b50838152838252610b40610b3b85611a70565b6121dd565b92610b4d610b3b86611a8b565b945f5b818110610c255750505f5b818110610b755750509061031e9160405194859485610a57565b80610b936040610b876001948b612167565b51015163ffffffff1690565b63ffffffff610bb56104ce610ba785611937565b505460601c63ffffffff1690565b911603610bc3575b01610b5b565b610c20610bd56040610b87848c612167565b610bde83611937565b50907fffffffffffffffffffffffffffffffff00000000ffffffffffffffffffffffff6fffffffff00000000000000000000000083549260601b169116179055565b610bbd565b80610c5e610c47610c3860019488612167565b515f52600360205260405f2090565b610c518389612167565b515f5260205260405f2090565b6060815491610c708582015460801b90565b90600281015491604060046003840154930154958d603089020190602082015201528285028c019160208301526040820152015201610b50565b935f195f5f5b868110610d2d575050865f198214610d25576040610cfc83610ceb6104ce84610b8784610d1e988b9a610ce560019d8f612167565b52612167565b610cf5868a612167565b528a612167565b5101610d14610d0f825163ffffffff1690565b6121c6565b63ffffffff169052565b0193610b20565b505093610b28565b610d37818a612167565b51610d4c610d4860c0830151151590565b1590565b610dfe57805167ffffffffffffffff16610d706104ce602084015163ffffffff1690565b8067ffffffffffffffff8316105f14610df65750905b604081015163ffffffff169167ffffffffffffffff16821015610dec5760600151610dbb916104ce9163ffffffff16906121ac565b5f1984148015610de3575b610dd6575b506001905b01610cb0565b9092509050816001610dcb565b50828110610dc6565b5050600190610dd0565b905090610d86565b50600190610dd0565b80610e1c610e16600193611937565b50611962565b610e268287612167565b52610e318186612167565b5001610b02565b346103ab5760406003193601126103ab57600435602435801515908181036103ab5773ffffffffffffffffffffffffffffffffffffffff7f000000000000000000000000000000000000000000000000000000000000000016330361064957610ea0836123ad565b5f548310156103a6577f11201777e38ebe72bc4a0497e163db4b8290407d16de41cca5555e50454bfa8a91610f476020925f8052857f290decd9548b62a8d60345a988386fc84ba6bc95484008f6362f93160ef3e56301907fffffff00ffffffffffffffffffffffffffffffffffffffffffffffffffffffff7cff00000000000000000000000000000000000000000000000000000000835492151560e01b169116179055565b604051908152a2005b346103ab575f6003193601126103ab5760206040516103e88152f35b346103ab5760606003193601126103ab57602435604435600435610f8f816123ad565b610fa761047461045a835f52600160205260405f2090565b330361064957610fb681611937565b5091825491610fcf6104ce8463ffffffff9060401c1690565b92821580156111ec575b80156111da575b6105f257610ff69060601c63ffffffff166104ce565b85106111ad5761100e815f52600360205260405f2090565b94805b61101b8483611aaf565b8110156110dd57806110d76110af61103d6001948b905f5260205260405f2090565b61109061109e61105287845494015460801b90565b604051928391602083019586906030927fffffffffffffffffffffffffffffffff000000000000000000000000000000009183521660208201520190565b03601f1981018352826112b0565b5190205f52600460205260405f2090565b7fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff008154169055565b01611011565b508594815b856110ed8683611aaf565b1015611128578061111e61110761058b8861112395611aaf565b611119838b905f5260205260405f2090565b612230565b6120fe565b6110e2565b50909193611136848261210c565b81811061117257508392916105296104ce7f3a8c12b5bdc0287af7e7120ae317a2c4b1b04e04c7021744a223ed0687e9e307966105659461210c565b806111a761118a6001938a905f5260205260405f2090565b60045f918281558260018201558260028201558260038201550155565b01611136565b7f67b56edd000000000000000000000000000000000000000000000000000000005f52600485905260245ffd5b506111e5868561210c565b8311610fe0565b5083861015610fd9565b346103ab575f6003193601126103ab57602060405173ffffffffffffffffffffffffffffffffffffffff7f0000000000000000000000000000000000000000000000000000000000000000168152f35b7f4e487b71000000000000000000000000000000000000000000000000000000005f52604160045260245ffd5b60e0810190811067ffffffffffffffff82111761128f57604052565b611246565b6060810190811067ffffffffffffffff82111761128f57604052565b90601f601f19910116810190811067ffffffffffffffff82111761128f57604052565b67ffffffffffffffff811161128f57601f01601f191660200190565b9291926112fb826112d3565b9161130960405193846112b0565b8294818452818301116103ab578281602093845f960137010152565b6024359073ffffffffffffffffffffffffffffffffffffffff821682036103ab57565b346103ab5760406003193601126103ab5760043567ffffffffffffffff81116103ab57366023820112156103ab5761138d6108bb9136906024816004013591016112ef565b611395611325565b906122ac565b346103ab5760406003193601126103ab5760043567ffffffffffffffff81116103ab576113cc9036906004016103af565b6113d4611325565b9073ffffffffffffffffffffffffffffffffffffffff7f00000000000000000000000000000000000000000000000000000000000000001633036106495761031e926114219136916112ef565b61142b82826122ac565b7fc22ec753a623c56bd5943299a8993578abc8f26b9d4edb8dcf5765f21de93e215f5492839261149360405161146081611273565b5f81525f60208201525f60408201525f60608201525f60808201525f60a082015261148e60c0820160019052565b6126ad565b6114ae816114a9865f52600260205260405f2090565b612870565b611504826114c4865f52600160205260405f2090565b9073ffffffffffffffffffffffffffffffffffffffff167fffffffffffffffffffffffff0000000000000000000000000000000000000000825416179055565b6115136040519283928361293b565b0390a26040519081529081906020820190565b346103ab575f6003193601126103ab57602060405160408152f35b346103ab5760406003193601126103ab5760043560243567ffffffffffffffff8116908181036103ab5773ffffffffffffffffffffffffffffffffffffffff7f0000000000000000000000000000000000000000000000000000000000000000163303610649576115b1836123ad565b5f548310156103a6577f527f491416f46babf44102065eafb0ec6531e57cfe9e4581723597f23fd842cd91610f476020925f8052857f290decd9548b62a8d60345a988386fc84ba6bc95484008f6362f93160ef3e563019067ffffffffffffffff167fffffffffffffffffffffffffffffffffffffffffffffffff0000000000000000825416179055565b346103ab575f6003193601126103ab5760205f54604051908152f35b909161166f610a9f936040845260408401906101e1565b9160208184039101526101e1565b346103ab5760406003193601126103ab5760043560243561169d826123ad565b6116ba6104ce6116ac84611937565b505460401c63ffffffff1690565b8110156105f2576116d66116e3925f52600360205260405f2090565b905f5260205260405f2090565b80546117346116f6600184015460801b90565b6040805160208101949094527fffffffffffffffffffffffffffffffff00000000000000000000000000000000909116908301528160508101611090565b6117766002830154611768600460038601549501546040519586936020850191606093918352602083015260408201520190565b03601f1981018452836112b0565b61031e60405192839283611658565b346103ab5760206003193601126103ab5760043567ffffffffffffffff81116103ab576117b96117c09136906004016103af565b36916112ef565b602081519101205f526004602052602060ff60405f2054166040519015158152f35b346103ab5760206003193601126103ab576004355f6040805161180481611294565b8281528260208201520152611818816123ad565b5f52600660205261031e60405f2067ffffffffffffffff6040519161183c83611294565b548181168352818160401c16602084015260801c16604082015260405191829182919091604067ffffffffffffffff816060840195828151168552826020820151166020860152015116910152565b346103ab5760206003193601126103ab576004356118a8816123ad565b5f526001602052602073ffffffffffffffffffffffffffffffffffffffff60405f205416604051908152f35b604051906118e182611273565b5f60c0838281528260208201528260408201528260608201528260808201528260a08201520152565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52603260045260245ffd5b5f548110156103a6575f805260205f2001905f90565b80548210156103a6575f5260205f2001905f90565b906101df60405161197281611273565b60c06119eb82955467ffffffffffffffff8116845263ffffffff8160401c16602085015263ffffffff8160601c16604085015263ffffffff808260801c161660608501526119d263ffffffff8260a01c16608086019063ffffffff169052565b63ffffffff60c082901c1660a085015260e01c60ff1690565b1515910152565b90600182811c92168015611a39575b6020831014611a0c57565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52602260045260245ffd5b91607f1691611a01565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52601160045260245ffd5b90603082029180830460301490151715611a8657565b611a43565b90606082029180830460601490151715611a8657565b9060018201809211611a8657565b91908201809211611a8657565b906020116103ab5790602090565b906030116103ab5760200190601090565b906040116103ab5760200190602090565b906060116103ab5760400190602090565b909392938483116103ab5784116103ab578101920390565b67ffffffffffffffff811161128f5760051b60200190565b9496909192959773ffffffffffffffffffffffffffffffffffffffff7f0000000000000000000000000000000000000000000000000000000000000000163303610649575f969594965b818110611fad575050505f5b828110611edd575050505f5b838110611dad57505050505f5b828110611ba857505050565b80611bc8611bb960019386866120cc565b355f52600660205260405f2090565b611c33611bfe611bed6020611bde868a8a6120cc565b013567ffffffffffffffff1690565b835467ffffffffffffffff166120dc565b829067ffffffffffffffff167fffffffffffffffffffffffffffffffffffffffffffffffff0000000000000000825416179055565b611c9e611c5d611c496040611bde868a8a6120cc565b835460401c67ffffffffffffffff166120dc565b82547fffffffffffffffffffffffffffffffff0000000000000000ffffffffffffffff1660409190911b6fffffffffffffffff000000000000000016178255565b611d11611cc8611cb46060611bde868a8a6120cc565b835460801c67ffffffffffffffff166120dc565b82547fffffffffffffffff0000000000000000ffffffffffffffffffffffffffffffff1660809190911b77ffffffffffffffff0000000000000000000000000000000016178255565b7f5baad01ba345bc05987f3d6738b0130b825492316b7fd799d1f17a33342f05bd611d3d8387876120cc565b359154611d518167ffffffffffffffff1690565b611da4611d77604084901c67ffffffffffffffff169360801c67ffffffffffffffff1690565b6040519384938491604091949367ffffffffffffffff809281606087019816865216602085015216910152565b0390a201611b9c565b9091949295611dbd8288886120bc565b3594611dc886611937565b5091611ddf6104ce845463ffffffff9060a01c1690565b955f5b6020611def878d8d6120bc565b0135811015611e605760019087611e27611e118c5f52600560205260405f2090565b611e1b848d611aaf565b5f5260205260405f2090565b55897f4318596e13fe003f95cee69681c9559ee51f2f2211dda1e35e0dc60a2c4a5a05611e57610a09848d611aaf565b0390a201611de2565b509795611ed391999492975092611e8b6104ce6001956020611e83878a8d6120bc565b013590611aaf565b7fffffffffffffffff00000000ffffffffffffffffffffffffffffffffffffffff77ffffffff000000000000000000000000000000000000000083549260a01b169116179055565b0192919092611b8f565b80611eef6001928585999798996120bc565b35611f5d611f0e6020611f038589896120bc565b013563ffffffff1690565b611f1783611937565b50907fffffffffffffffffffffffff00000000ffffffffffffffffffffffffffffffff73ffffffff0000000000000000000000000000000083549260801b169116179055565b7fcaf4c0b4971f1b123db4b405105070c7a0e10398e0e75c217a03ba235686c11b611fa06020611f8e8589896120bc565b60405191013581529081906020820190565b0390a20194939294611b83565b80611fce611fc06001939a98999a611937565b505460c01c63ffffffff1690565b63ffffffff611fde8386886120ac565b35911603611ff1575b0196959496611b77565b61206361200c6120028386886120ac565b3563ffffffff1690565b61201583611937565b50907fffffffff00000000ffffffffffffffffffffffffffffffffffffffffffffffff7bffffffff00000000000000000000000000000000000000000000000083549260c01b169116179055565b807f5bd03423d6575d330374469edf1ad0506cd923f09ea65552d04084fe893c56616120a46120938387896120ac565b604051903581529081906020820190565b0390a2611fe7565b91908110156103a65760051b0190565b91908110156103a65760061b0190565b91908110156103a65760071b0190565b9067ffffffffffffffff8091169116019067ffffffffffffffff8211611a8657565b5f198114611a865760010190565b91908203918211611a8657565b9061212382611b15565b61213060405191826112b0565b828152601f196121408294611b15565b01905f5b82811061215057505050565b60209061215b6118d4565b82828501015201612144565b80518210156103a65760209160051b010190565b9061218582611b15565b61219260405191826112b0565b828152601f196121a28294611b15565b0190602036910137565b9063ffffffff8091169116039063ffffffff8211611a8657565b63ffffffff1663ffffffff8114611a865760010190565b906121e7826112d3565b6121f460405191826112b0565b828152601f196121a282946112d3565b7f4e487b71000000000000000000000000000000000000000000000000000000005f525f60045260245ffd5b9080820361223c575050565b6004818192548455612280600182015460801b600186019060801c7fffffffffffffffffffffffffffffffff00000000000000000000000000000000825416179055565b60028101546002850155600381015460038501550154910155565b9081518110156103a6570160200190565b805190811591829083156123a2575b508215612365575b508115612315575b506122ed5773ffffffffffffffffffffffffffffffffffffffff16156122ed57565b7f613970e0000000000000000000000000000000000000000000000000000000005f5260045ffd5b809150515f198101908111611a865761233461235a9161235f9361229b565b517fff000000000000000000000000000000000000000000000000000000000000001690565b612606565b5f6122cb565b9091506103a65761239b7fff00000000000000000000000000000000000000000000000000000000000000602083015116612606565b905f6122c3565b60401092505f6122bb565b5f548110156123b95750565b7f58c48914000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b3590602081106123f2575090565b5f199060200360031b1b1690565b919091357fffffffffffffffffffffffffffffffff0000000000000000000000000000000081169260108110612434575050565b7fffffffffffffffffffffffffffffffff00000000000000000000000000000000929350829060100360031b1b161690565b949392919061247e6124788484611abc565b906123e4565b9161249261248c8583611aca565b90612400565b938315806125dc575b6125af57906124ab9136916112ef565b60208151910120906124cf6124c8835f52600460205260405f2090565b5460ff1690565b61258457509261255661247893600496936125236124f861257f985f52600460205260405f2090565b60017fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff00825416179055565b8855600188019060801c7fffffffffffffffffffffffffffffffff00000000000000000000000000000000825416179055565b6125636124788383611abc565b60028701556125756124788383611adb565b6003870155611aec565b910155565b7f431135ae000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b7fe938ac38000000000000000000000000000000000000000000000000000000005f52600483905260245ffd5b507fffffffffffffffffffffffffffffffff0000000000000000000000000000000085161561249b565b7fff00000000000000000000000000000000000000000000000000000000000000167f20000000000000000000000000000000000000000000000000000000000000008114908115612656575090565b7f0900000000000000000000000000000000000000000000000000000000000000811015915081612685575090565b7f0d000000000000000000000000000000000000000000000000000000000000009150111590565b5f546801000000000000000081101561128f578060016126d092015f555f61194d565b61281c5760c08261271e67ffffffffffffffff6101df955116849067ffffffffffffffff167fffffffffffffffffffffffffffffffffffffffffffffffff0000000000000000825416179055565b6020810151835460408084015160608086015160808088015160a0808a01519a9099015160c09a909a1b7bffffffff00000000000000000000000000000000000000000000000016981b77ffffffff00000000000000000000000000000000000000001691901b73ffffffff00000000000000000000000000000000169290911b6fffffffff000000000000000000000000169490921b6bffffffff0000000000000000167fffffff000000000000000000000000000000000000000000ffffffffffffffff909316929092179290921717171790151560e01b7cff0000000000000000000000000000000000000000000000000000000016179055565b612204565b601f821161282e57505050565b5f5260205f20906020601f840160051c83019310612866575b601f0160051c01905b81811061285b575050565b5f8155600101612850565b9091508190612847565b919091825167ffffffffffffffff811161128f576128988161289284546119f2565b84612821565b6020601f82116001146128d65781906128c79394955f926128cb575b50505f198260011b9260031b1c19161790565b9055565b015190505f806128b4565b601f198216906128e9845f5260205f2090565b915f5b8181106129235750958360019596971061290b575b505050811b019055565b01515f1960f88460031b161c191690555f8080612901565b9192602060018192868b0151815501940192016128ec565b9073ffffffffffffffffffffffffffffffffffffffff6102436020929594956040855260408501906101e156fea2646970667358221220e5bb3bd9d806ac8ed6cea48631f894c5686906218c9f2f7504fae35f9f8e321064736f6c634300081e0033c22ec753a623c56bd5943299a8993578abc8f26b9d4edb8dcf5765f21de93e21",
}

// OperatorRegistryABI is the input ABI used to generate the binding from.
// Deprecated: Use OperatorRegistryMetaData.ABI instead.
var OperatorRegistryABI = OperatorRegistryMetaData.ABI

// Deprecated: Use OperatorRegistryMetaData.Sigs instead.
// OperatorRegistryFuncSigs maps the 4-byte function signature to its string representation.
var OperatorRegistryFuncSigs = OperatorRegistryMetaData.Sigs

// OperatorRegistryBin is the compiled bytecode used for deploying new contracts.
// Deprecated: Use OperatorRegistryMetaData.Bin instead.
var OperatorRegistryBin = OperatorRegistryMetaData.Bin

// DeployOperatorRegistry deploys a new Ethereum contract, binding an instance of OperatorRegistry to it.
func DeployOperatorRegistry(auth *bind.TransactOpts, backend bind.ContractBackend, pool_ common.Address, oracle_ common.Address, governance_ common.Address, initial []OperatorRegistryInitialOperator) (common.Address, *types.Transaction, *OperatorRegistry, error) {
	parsed, err := OperatorRegistryMetaData.GetAbi()
	if err != nil {
		return common.Address{}, nil, nil, err
	}
	if parsed == nil {
		return common.Address{}, nil, nil, errors.New("GetABI returned nil")
	}

	address, tx, contract, err := bind.DeployContract(auth, *parsed, common.FromHex(OperatorRegistryBin), backend, pool_, oracle_, governance_, initial)
	if err != nil {
		return common.Address{}, nil, nil, err
	}
	return address, tx, &OperatorRegistry{OperatorRegistryCaller: OperatorRegistryCaller{contract: contract}, OperatorRegistryTransactor: OperatorRegistryTransactor{contract: contract}, OperatorRegistryFilterer: OperatorRegistryFilterer{contract: contract}}, nil
}

// OperatorRegistry is an auto generated Go binding around an Ethereum contract.
type OperatorRegistry struct {
	OperatorRegistryCaller     // Read-only binding to the contract
	OperatorRegistryTransactor // Write-only binding to the contract
	OperatorRegistryFilterer   // Log filterer for contract events
}

// OperatorRegistryCaller is an auto generated read-only Go binding around an Ethereum contract.
type OperatorRegistryCaller struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// OperatorRegistryTransactor is an auto generated write-only Go binding around an Ethereum contract.
type OperatorRegistryTransactor struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// OperatorRegistryFilterer is an auto generated log filtering Go binding around an Ethereum contract events.
type OperatorRegistryFilterer struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// OperatorRegistrySession is an auto generated Go binding around an Ethereum contract,
// with pre-set call and transact options.
type OperatorRegistrySession struct {
	Contract     *OperatorRegistry // Generic contract binding to set the session for
	CallOpts     bind.CallOpts     // Call options to use throughout this session
	TransactOpts bind.TransactOpts // Transaction auth options to use throughout this session
}

// OperatorRegistryCallerSession is an auto generated read-only Go binding around an Ethereum contract,
// with pre-set call options.
type OperatorRegistryCallerSession struct {
	Contract *OperatorRegistryCaller // Generic contract caller binding to set the session for
	CallOpts bind.CallOpts           // Call options to use throughout this session
}

// OperatorRegistryTransactorSession is an auto generated write-only Go binding around an Ethereum contract,
// with pre-set transact options.
type OperatorRegistryTransactorSession struct {
	Contract     *OperatorRegistryTransactor // Generic contract transactor binding to set the session for
	TransactOpts bind.TransactOpts           // Transaction auth options to use throughout this session
}

// OperatorRegistryRaw is an auto generated low-level Go binding around an Ethereum contract.
type OperatorRegistryRaw struct {
	Contract *OperatorRegistry // Generic contract binding to access the raw methods on
}

// OperatorRegistryCallerRaw is an auto generated low-level read-only Go binding around an Ethereum contract.
type OperatorRegistryCallerRaw struct {
	Contract *OperatorRegistryCaller // Generic read-only contract binding to access the raw methods on
}

// OperatorRegistryTransactorRaw is an auto generated low-level write-only Go binding around an Ethereum contract.
type OperatorRegistryTransactorRaw struct {
	Contract *OperatorRegistryTransactor // Generic write-only contract binding to access the raw methods on
}

// NewOperatorRegistry creates a new instance of OperatorRegistry, bound to a specific deployed contract.
func NewOperatorRegistry(address common.Address, backend bind.ContractBackend) (*OperatorRegistry, error) {
	contract, err := bindOperatorRegistry(address, backend, backend, backend)
	if err != nil {
		return nil, err
	}
	return &OperatorRegistry{OperatorRegistryCaller: OperatorRegistryCaller{contract: contract}, OperatorRegistryTransactor: OperatorRegistryTransactor{contract: contract}, OperatorRegistryFilterer: OperatorRegistryFilterer{contract: contract}}, nil
}

// NewOperatorRegistryCaller creates a new read-only instance of OperatorRegistry, bound to a specific deployed contract.
func NewOperatorRegistryCaller(address common.Address, caller bind.ContractCaller) (*OperatorRegistryCaller, error) {
	contract, err := bindOperatorRegistry(address, caller, nil, nil)
	if err != nil {
		return nil, err
	}
	return &OperatorRegistryCaller{contract: contract}, nil
}

// NewOperatorRegistryTransactor creates a new write-only instance of OperatorRegistry, bound to a specific deployed contract.
func NewOperatorRegistryTransactor(address common.Address, transactor bind.ContractTransactor) (*OperatorRegistryTransactor, error) {
	contract, err := bindOperatorRegistry(address, nil, transactor, nil)
	if err != nil {
		return nil, err
	}
	return &OperatorRegistryTransactor{contract: contract}, nil
}

// NewOperatorRegistryFilterer creates a new log filterer instance of OperatorRegistry, bound to a specific deployed contract.
func NewOperatorRegistryFilterer(address common.Address, filterer bind.ContractFilterer) (*OperatorRegistryFilterer, error) {
	contract, err := bindOperatorRegistry(address, nil, nil, filterer)
	if err != nil {
		return nil, err
	}
	return &OperatorRegistryFilterer{contract: contract}, nil
}

// bindOperatorRegistry binds a generic wrapper to an already deployed contract.
func bindOperatorRegistry(address common.Address, caller bind.ContractCaller, transactor bind.ContractTransactor, filterer bind.ContractFilterer) (*bind.BoundContract, error) {
	parsed, err := OperatorRegistryMetaData.GetAbi()
	if err != nil {
		return nil, err
	}
	return bind.NewBoundContract(address, *parsed, caller, transactor, filterer), nil
}

// Call invokes the (constant) contract method with params as input values and
// sets the output to result. The result type might be a single field for simple
// returns, a slice of interfaces for anonymous returns and a struct for named
// returns.
func (_OperatorRegistry *OperatorRegistryRaw) Call(opts *bind.CallOpts, result *[]interface{}, method string, params ...interface{}) error {
	return _OperatorRegistry.Contract.OperatorRegistryCaller.contract.Call(opts, result, method, params...)
}

// Transfer initiates a plain transaction to move funds to the contract, calling
// its default method if one is available.
func (_OperatorRegistry *OperatorRegistryRaw) Transfer(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _OperatorRegistry.Contract.OperatorRegistryTransactor.contract.Transfer(opts)
}

// Transact invokes the (paid) contract method with params as input values.
func (_OperatorRegistry *OperatorRegistryRaw) Transact(opts *bind.TransactOpts, method string, params ...interface{}) (*types.Transaction, error) {
	return _OperatorRegistry.Contract.OperatorRegistryTransactor.contract.Transact(opts, method, params...)
}

// Call invokes the (constant) contract method with params as input values and
// sets the output to result. The result type might be a single field for simple
// returns, a slice of interfaces for anonymous returns and a struct for named
// returns.
func (_OperatorRegistry *OperatorRegistryCallerRaw) Call(opts *bind.CallOpts, result *[]interface{}, method string, params ...interface{}) error {
	return _OperatorRegistry.Contract.contract.Call(opts, result, method, params...)
}

// Transfer initiates a plain transaction to move funds to the contract, calling
// its default method if one is available.
func (_OperatorRegistry *OperatorRegistryTransactorRaw) Transfer(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _OperatorRegistry.Contract.contract.Transfer(opts)
}

// Transact invokes the (paid) contract method with params as input values.
func (_OperatorRegistry *OperatorRegistryTransactorRaw) Transact(opts *bind.TransactOpts, method string, params ...interface{}) (*types.Transaction, error) {
	return _OperatorRegistry.Contract.contract.Transact(opts, method, params...)
}

// MAXKEYSPERCALL is a free data retrieval call binding the contract method 0x6e9fe93c.
//
// Solidity: function MAX_KEYS_PER_CALL() view returns(uint256)
func (_OperatorRegistry *OperatorRegistryCaller) MAXKEYSPERCALL(opts *bind.CallOpts) (*big.Int, error) {
	var out []interface{}
	err := _OperatorRegistry.contract.Call(opts, &out, "MAX_KEYS_PER_CALL")

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// MAXKEYSPERCALL is a free data retrieval call binding the contract method 0x6e9fe93c.
//
// Solidity: function MAX_KEYS_PER_CALL() view returns(uint256)
func (_OperatorRegistry *OperatorRegistrySession) MAXKEYSPERCALL() (*big.Int, error) {
	return _OperatorRegistry.Contract.MAXKEYSPERCALL(&_OperatorRegistry.CallOpts)
}

// MAXKEYSPERCALL is a free data retrieval call binding the contract method 0x6e9fe93c.
//
// Solidity: function MAX_KEYS_PER_CALL() view returns(uint256)
func (_OperatorRegistry *OperatorRegistryCallerSession) MAXKEYSPERCALL() (*big.Int, error) {
	return _OperatorRegistry.Contract.MAXKEYSPERCALL(&_OperatorRegistry.CallOpts)
}

// MAXNAMELENGTH is a free data retrieval call binding the contract method 0x86074985.
//
// Solidity: function MAX_NAME_LENGTH() view returns(uint256)
func (_OperatorRegistry *OperatorRegistryCaller) MAXNAMELENGTH(opts *bind.CallOpts) (*big.Int, error) {
	var out []interface{}
	err := _OperatorRegistry.contract.Call(opts, &out, "MAX_NAME_LENGTH")

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// MAXNAMELENGTH is a free data retrieval call binding the contract method 0x86074985.
//
// Solidity: function MAX_NAME_LENGTH() view returns(uint256)
func (_OperatorRegistry *OperatorRegistrySession) MAXNAMELENGTH() (*big.Int, error) {
	return _OperatorRegistry.Contract.MAXNAMELENGTH(&_OperatorRegistry.CallOpts)
}

// MAXNAMELENGTH is a free data retrieval call binding the contract method 0x86074985.
//
// Solidity: function MAX_NAME_LENGTH() view returns(uint256)
func (_OperatorRegistry *OperatorRegistryCallerSession) MAXNAMELENGTH() (*big.Int, error) {
	return _OperatorRegistry.Contract.MAXNAMELENGTH(&_OperatorRegistry.CallOpts)
}

// CheckOperator is a free data retrieval call binding the contract method 0x7de5b973.
//
// Solidity: function checkOperator(string name, address rewardAddress) pure returns()
func (_OperatorRegistry *OperatorRegistryCaller) CheckOperator(opts *bind.CallOpts, name string, rewardAddress common.Address) error {
	var out []interface{}
	err := _OperatorRegistry.contract.Call(opts, &out, "checkOperator", name, rewardAddress)

	if err != nil {
		return err
	}

	return err

}

// CheckOperator is a free data retrieval call binding the contract method 0x7de5b973.
//
// Solidity: function checkOperator(string name, address rewardAddress) pure returns()
func (_OperatorRegistry *OperatorRegistrySession) CheckOperator(name string, rewardAddress common.Address) error {
	return _OperatorRegistry.Contract.CheckOperator(&_OperatorRegistry.CallOpts, name, rewardAddress)
}

// CheckOperator is a free data retrieval call binding the contract method 0x7de5b973.
//
// Solidity: function checkOperator(string name, address rewardAddress) pure returns()
func (_OperatorRegistry *OperatorRegistryCallerSession) CheckOperator(name string, rewardAddress common.Address) error {
	return _OperatorRegistry.Contract.CheckOperator(&_OperatorRegistry.CallOpts, name, rewardAddress)
}

// GetAllCounts is a free data retrieval call binding the contract method 0x0c294f51.
//
// Solidity: function getAllCounts() view returns((uint64,uint32,uint32,uint32,uint32,uint32,bool)[] out)
func (_OperatorRegistry *OperatorRegistryCaller) GetAllCounts(opts *bind.CallOpts) ([]OperatorRegistryCounts, error) {
	var out []interface{}
	err := _OperatorRegistry.contract.Call(opts, &out, "getAllCounts")

	if err != nil {
		return *new([]OperatorRegistryCounts), err
	}

	out0 := *abi.ConvertType(out[0], new([]OperatorRegistryCounts)).(*[]OperatorRegistryCounts)

	return out0, err

}

// GetAllCounts is a free data retrieval call binding the contract method 0x0c294f51.
//
// Solidity: function getAllCounts() view returns((uint64,uint32,uint32,uint32,uint32,uint32,bool)[] out)
func (_OperatorRegistry *OperatorRegistrySession) GetAllCounts() ([]OperatorRegistryCounts, error) {
	return _OperatorRegistry.Contract.GetAllCounts(&_OperatorRegistry.CallOpts)
}

// GetAllCounts is a free data retrieval call binding the contract method 0x0c294f51.
//
// Solidity: function getAllCounts() view returns((uint64,uint32,uint32,uint32,uint32,uint32,bool)[] out)
func (_OperatorRegistry *OperatorRegistryCallerSession) GetAllCounts() ([]OperatorRegistryCounts, error) {
	return _OperatorRegistry.Contract.GetAllCounts(&_OperatorRegistry.CallOpts)
}

// GetNodeOperatorsCount is a free data retrieval call binding the contract method 0xa70c70e4.
//
// Solidity: function getNodeOperatorsCount() view returns(uint256)
func (_OperatorRegistry *OperatorRegistryCaller) GetNodeOperatorsCount(opts *bind.CallOpts) (*big.Int, error) {
	var out []interface{}
	err := _OperatorRegistry.contract.Call(opts, &out, "getNodeOperatorsCount")

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// GetNodeOperatorsCount is a free data retrieval call binding the contract method 0xa70c70e4.
//
// Solidity: function getNodeOperatorsCount() view returns(uint256)
func (_OperatorRegistry *OperatorRegistrySession) GetNodeOperatorsCount() (*big.Int, error) {
	return _OperatorRegistry.Contract.GetNodeOperatorsCount(&_OperatorRegistry.CallOpts)
}

// GetNodeOperatorsCount is a free data retrieval call binding the contract method 0xa70c70e4.
//
// Solidity: function getNodeOperatorsCount() view returns(uint256)
func (_OperatorRegistry *OperatorRegistryCallerSession) GetNodeOperatorsCount() (*big.Int, error) {
	return _OperatorRegistry.Contract.GetNodeOperatorsCount(&_OperatorRegistry.CallOpts)
}

// GetOperator is a free data retrieval call binding the contract method 0x05f63c8a.
//
// Solidity: function getOperator(uint256 id) view returns((uint64,uint32,uint32,uint32,uint32,uint32,bool) c, string name, address rewardAddress)
func (_OperatorRegistry *OperatorRegistryCaller) GetOperator(opts *bind.CallOpts, id *big.Int) (struct {
	C             OperatorRegistryCounts
	Name          string
	RewardAddress common.Address
}, error) {
	var out []interface{}
	err := _OperatorRegistry.contract.Call(opts, &out, "getOperator", id)

	outstruct := new(struct {
		C             OperatorRegistryCounts
		Name          string
		RewardAddress common.Address
	})
	if err != nil {
		return *outstruct, err
	}

	outstruct.C = *abi.ConvertType(out[0], new(OperatorRegistryCounts)).(*OperatorRegistryCounts)
	outstruct.Name = *abi.ConvertType(out[1], new(string)).(*string)
	outstruct.RewardAddress = *abi.ConvertType(out[2], new(common.Address)).(*common.Address)

	return *outstruct, err

}

// GetOperator is a free data retrieval call binding the contract method 0x05f63c8a.
//
// Solidity: function getOperator(uint256 id) view returns((uint64,uint32,uint32,uint32,uint32,uint32,bool) c, string name, address rewardAddress)
func (_OperatorRegistry *OperatorRegistrySession) GetOperator(id *big.Int) (struct {
	C             OperatorRegistryCounts
	Name          string
	RewardAddress common.Address
}, error) {
	return _OperatorRegistry.Contract.GetOperator(&_OperatorRegistry.CallOpts, id)
}

// GetOperator is a free data retrieval call binding the contract method 0x05f63c8a.
//
// Solidity: function getOperator(uint256 id) view returns((uint64,uint32,uint32,uint32,uint32,uint32,bool) c, string name, address rewardAddress)
func (_OperatorRegistry *OperatorRegistryCallerSession) GetOperator(id *big.Int) (struct {
	C             OperatorRegistryCounts
	Name          string
	RewardAddress common.Address
}, error) {
	return _OperatorRegistry.Contract.GetOperator(&_OperatorRegistry.CallOpts, id)
}

// GetScorecard is a free data retrieval call binding the contract method 0xd2ffa04a.
//
// Solidity: function getScorecard(uint256 id) view returns((uint64,uint64,uint64))
func (_OperatorRegistry *OperatorRegistryCaller) GetScorecard(opts *bind.CallOpts, id *big.Int) (OperatorRegistryScorecard, error) {
	var out []interface{}
	err := _OperatorRegistry.contract.Call(opts, &out, "getScorecard", id)

	if err != nil {
		return *new(OperatorRegistryScorecard), err
	}

	out0 := *abi.ConvertType(out[0], new(OperatorRegistryScorecard)).(*OperatorRegistryScorecard)

	return out0, err

}

// GetScorecard is a free data retrieval call binding the contract method 0xd2ffa04a.
//
// Solidity: function getScorecard(uint256 id) view returns((uint64,uint64,uint64))
func (_OperatorRegistry *OperatorRegistrySession) GetScorecard(id *big.Int) (OperatorRegistryScorecard, error) {
	return _OperatorRegistry.Contract.GetScorecard(&_OperatorRegistry.CallOpts, id)
}

// GetScorecard is a free data retrieval call binding the contract method 0xd2ffa04a.
//
// Solidity: function getScorecard(uint256 id) view returns((uint64,uint64,uint64))
func (_OperatorRegistry *OperatorRegistryCallerSession) GetScorecard(id *big.Int) (OperatorRegistryScorecard, error) {
	return _OperatorRegistry.Contract.GetScorecard(&_OperatorRegistry.CallOpts, id)
}

// GetSigningKey is a free data retrieval call binding the contract method 0xb449402a.
//
// Solidity: function getSigningKey(uint256 id, uint256 index) view returns(bytes pubkey, bytes signature)
func (_OperatorRegistry *OperatorRegistryCaller) GetSigningKey(opts *bind.CallOpts, id *big.Int, index *big.Int) (struct {
	Pubkey    []byte
	Signature []byte
}, error) {
	var out []interface{}
	err := _OperatorRegistry.contract.Call(opts, &out, "getSigningKey", id, index)

	outstruct := new(struct {
		Pubkey    []byte
		Signature []byte
	})
	if err != nil {
		return *outstruct, err
	}

	outstruct.Pubkey = *abi.ConvertType(out[0], new([]byte)).(*[]byte)
	outstruct.Signature = *abi.ConvertType(out[1], new([]byte)).(*[]byte)

	return *outstruct, err

}

// GetSigningKey is a free data retrieval call binding the contract method 0xb449402a.
//
// Solidity: function getSigningKey(uint256 id, uint256 index) view returns(bytes pubkey, bytes signature)
func (_OperatorRegistry *OperatorRegistrySession) GetSigningKey(id *big.Int, index *big.Int) (struct {
	Pubkey    []byte
	Signature []byte
}, error) {
	return _OperatorRegistry.Contract.GetSigningKey(&_OperatorRegistry.CallOpts, id, index)
}

// GetSigningKey is a free data retrieval call binding the contract method 0xb449402a.
//
// Solidity: function getSigningKey(uint256 id, uint256 index) view returns(bytes pubkey, bytes signature)
func (_OperatorRegistry *OperatorRegistryCallerSession) GetSigningKey(id *big.Int, index *big.Int) (struct {
	Pubkey    []byte
	Signature []byte
}, error) {
	return _OperatorRegistry.Contract.GetSigningKey(&_OperatorRegistry.CallOpts, id, index)
}

// Governance is a free data retrieval call binding the contract method 0x5aa6e675.
//
// Solidity: function governance() view returns(address)
func (_OperatorRegistry *OperatorRegistryCaller) Governance(opts *bind.CallOpts) (common.Address, error) {
	var out []interface{}
	err := _OperatorRegistry.contract.Call(opts, &out, "governance")

	if err != nil {
		return *new(common.Address), err
	}

	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)

	return out0, err

}

// Governance is a free data retrieval call binding the contract method 0x5aa6e675.
//
// Solidity: function governance() view returns(address)
func (_OperatorRegistry *OperatorRegistrySession) Governance() (common.Address, error) {
	return _OperatorRegistry.Contract.Governance(&_OperatorRegistry.CallOpts)
}

// Governance is a free data retrieval call binding the contract method 0x5aa6e675.
//
// Solidity: function governance() view returns(address)
func (_OperatorRegistry *OperatorRegistryCallerSession) Governance() (common.Address, error) {
	return _OperatorRegistry.Contract.Governance(&_OperatorRegistry.CallOpts)
}

// IsKnownKey is a free data retrieval call binding the contract method 0xc2f32b4e.
//
// Solidity: function isKnownKey(bytes pubkey) view returns(bool)
func (_OperatorRegistry *OperatorRegistryCaller) IsKnownKey(opts *bind.CallOpts, pubkey []byte) (bool, error) {
	var out []interface{}
	err := _OperatorRegistry.contract.Call(opts, &out, "isKnownKey", pubkey)

	if err != nil {
		return *new(bool), err
	}

	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)

	return out0, err

}

// IsKnownKey is a free data retrieval call binding the contract method 0xc2f32b4e.
//
// Solidity: function isKnownKey(bytes pubkey) view returns(bool)
func (_OperatorRegistry *OperatorRegistrySession) IsKnownKey(pubkey []byte) (bool, error) {
	return _OperatorRegistry.Contract.IsKnownKey(&_OperatorRegistry.CallOpts, pubkey)
}

// IsKnownKey is a free data retrieval call binding the contract method 0xc2f32b4e.
//
// Solidity: function isKnownKey(bytes pubkey) view returns(bool)
func (_OperatorRegistry *OperatorRegistryCallerSession) IsKnownKey(pubkey []byte) (bool, error) {
	return _OperatorRegistry.Contract.IsKnownKey(&_OperatorRegistry.CallOpts, pubkey)
}

// Oracle is a free data retrieval call binding the contract method 0x7dc0d1d0.
//
// Solidity: function oracle() view returns(address)
func (_OperatorRegistry *OperatorRegistryCaller) Oracle(opts *bind.CallOpts) (common.Address, error) {
	var out []interface{}
	err := _OperatorRegistry.contract.Call(opts, &out, "oracle")

	if err != nil {
		return *new(common.Address), err
	}

	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)

	return out0, err

}

// Oracle is a free data retrieval call binding the contract method 0x7dc0d1d0.
//
// Solidity: function oracle() view returns(address)
func (_OperatorRegistry *OperatorRegistrySession) Oracle() (common.Address, error) {
	return _OperatorRegistry.Contract.Oracle(&_OperatorRegistry.CallOpts)
}

// Oracle is a free data retrieval call binding the contract method 0x7dc0d1d0.
//
// Solidity: function oracle() view returns(address)
func (_OperatorRegistry *OperatorRegistryCallerSession) Oracle() (common.Address, error) {
	return _OperatorRegistry.Contract.Oracle(&_OperatorRegistry.CallOpts)
}

// Pool is a free data retrieval call binding the contract method 0x16f0115b.
//
// Solidity: function pool() view returns(address)
func (_OperatorRegistry *OperatorRegistryCaller) Pool(opts *bind.CallOpts) (common.Address, error) {
	var out []interface{}
	err := _OperatorRegistry.contract.Call(opts, &out, "pool")

	if err != nil {
		return *new(common.Address), err
	}

	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)

	return out0, err

}

// Pool is a free data retrieval call binding the contract method 0x16f0115b.
//
// Solidity: function pool() view returns(address)
func (_OperatorRegistry *OperatorRegistrySession) Pool() (common.Address, error) {
	return _OperatorRegistry.Contract.Pool(&_OperatorRegistry.CallOpts)
}

// Pool is a free data retrieval call binding the contract method 0x16f0115b.
//
// Solidity: function pool() view returns(address)
func (_OperatorRegistry *OperatorRegistryCallerSession) Pool() (common.Address, error) {
	return _OperatorRegistry.Contract.Pool(&_OperatorRegistry.CallOpts)
}

// RewardAddressOf is a free data retrieval call binding the contract method 0xf18514f7.
//
// Solidity: function rewardAddressOf(uint256 id) view returns(address)
func (_OperatorRegistry *OperatorRegistryCaller) RewardAddressOf(opts *bind.CallOpts, id *big.Int) (common.Address, error) {
	var out []interface{}
	err := _OperatorRegistry.contract.Call(opts, &out, "rewardAddressOf", id)

	if err != nil {
		return *new(common.Address), err
	}

	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)

	return out0, err

}

// RewardAddressOf is a free data retrieval call binding the contract method 0xf18514f7.
//
// Solidity: function rewardAddressOf(uint256 id) view returns(address)
func (_OperatorRegistry *OperatorRegistrySession) RewardAddressOf(id *big.Int) (common.Address, error) {
	return _OperatorRegistry.Contract.RewardAddressOf(&_OperatorRegistry.CallOpts, id)
}

// RewardAddressOf is a free data retrieval call binding the contract method 0xf18514f7.
//
// Solidity: function rewardAddressOf(uint256 id) view returns(address)
func (_OperatorRegistry *OperatorRegistryCallerSession) RewardAddressOf(id *big.Int) (common.Address, error) {
	return _OperatorRegistry.Contract.RewardAddressOf(&_OperatorRegistry.CallOpts, id)
}

// StuckAt is a free data retrieval call binding the contract method 0x5e9d9b1d.
//
// Solidity: function stuckAt(uint256 id, uint256 refSlot, uint256 exitedNow, uint256 deadline) view returns(uint256)
func (_OperatorRegistry *OperatorRegistryCaller) StuckAt(opts *bind.CallOpts, id *big.Int, refSlot *big.Int, exitedNow *big.Int, deadline *big.Int) (*big.Int, error) {
	var out []interface{}
	err := _OperatorRegistry.contract.Call(opts, &out, "stuckAt", id, refSlot, exitedNow, deadline)

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// StuckAt is a free data retrieval call binding the contract method 0x5e9d9b1d.
//
// Solidity: function stuckAt(uint256 id, uint256 refSlot, uint256 exitedNow, uint256 deadline) view returns(uint256)
func (_OperatorRegistry *OperatorRegistrySession) StuckAt(id *big.Int, refSlot *big.Int, exitedNow *big.Int, deadline *big.Int) (*big.Int, error) {
	return _OperatorRegistry.Contract.StuckAt(&_OperatorRegistry.CallOpts, id, refSlot, exitedNow, deadline)
}

// StuckAt is a free data retrieval call binding the contract method 0x5e9d9b1d.
//
// Solidity: function stuckAt(uint256 id, uint256 refSlot, uint256 exitedNow, uint256 deadline) view returns(uint256)
func (_OperatorRegistry *OperatorRegistryCallerSession) StuckAt(id *big.Int, refSlot *big.Int, exitedNow *big.Int, deadline *big.Int) (*big.Int, error) {
	return _OperatorRegistry.Contract.StuckAt(&_OperatorRegistry.CallOpts, id, refSlot, exitedNow, deadline)
}

// AddNodeOperator is a paid mutator transaction binding the contract method 0x85fa63d7.
//
// Solidity: function addNodeOperator(string name, address rewardAddress) returns(uint256 id)
func (_OperatorRegistry *OperatorRegistryTransactor) AddNodeOperator(opts *bind.TransactOpts, name string, rewardAddress common.Address) (*types.Transaction, error) {
	return _OperatorRegistry.contract.Transact(opts, "addNodeOperator", name, rewardAddress)
}

// AddNodeOperator is a paid mutator transaction binding the contract method 0x85fa63d7.
//
// Solidity: function addNodeOperator(string name, address rewardAddress) returns(uint256 id)
func (_OperatorRegistry *OperatorRegistrySession) AddNodeOperator(name string, rewardAddress common.Address) (*types.Transaction, error) {
	return _OperatorRegistry.Contract.AddNodeOperator(&_OperatorRegistry.TransactOpts, name, rewardAddress)
}

// AddNodeOperator is a paid mutator transaction binding the contract method 0x85fa63d7.
//
// Solidity: function addNodeOperator(string name, address rewardAddress) returns(uint256 id)
func (_OperatorRegistry *OperatorRegistryTransactorSession) AddNodeOperator(name string, rewardAddress common.Address) (*types.Transaction, error) {
	return _OperatorRegistry.Contract.AddNodeOperator(&_OperatorRegistry.TransactOpts, name, rewardAddress)
}

// AddSigningKeys is a paid mutator transaction binding the contract method 0x096b7b35.
//
// Solidity: function addSigningKeys(uint256 id, uint256 keysCount, bytes pubkeys, bytes signatures) returns()
func (_OperatorRegistry *OperatorRegistryTransactor) AddSigningKeys(opts *bind.TransactOpts, id *big.Int, keysCount *big.Int, pubkeys []byte, signatures []byte) (*types.Transaction, error) {
	return _OperatorRegistry.contract.Transact(opts, "addSigningKeys", id, keysCount, pubkeys, signatures)
}

// AddSigningKeys is a paid mutator transaction binding the contract method 0x096b7b35.
//
// Solidity: function addSigningKeys(uint256 id, uint256 keysCount, bytes pubkeys, bytes signatures) returns()
func (_OperatorRegistry *OperatorRegistrySession) AddSigningKeys(id *big.Int, keysCount *big.Int, pubkeys []byte, signatures []byte) (*types.Transaction, error) {
	return _OperatorRegistry.Contract.AddSigningKeys(&_OperatorRegistry.TransactOpts, id, keysCount, pubkeys, signatures)
}

// AddSigningKeys is a paid mutator transaction binding the contract method 0x096b7b35.
//
// Solidity: function addSigningKeys(uint256 id, uint256 keysCount, bytes pubkeys, bytes signatures) returns()
func (_OperatorRegistry *OperatorRegistryTransactorSession) AddSigningKeys(id *big.Int, keysCount *big.Int, pubkeys []byte, signatures []byte) (*types.Transaction, error) {
	return _OperatorRegistry.Contract.AddSigningKeys(&_OperatorRegistry.TransactOpts, id, keysCount, pubkeys, signatures)
}

// AllocateDeposits is a paid mutator transaction binding the contract method 0x66dc25c5.
//
// Solidity: function allocateDeposits(uint256 n) returns(bytes pubkeys, bytes signatures, uint256[] operatorIds, uint256[] keyIndexes)
func (_OperatorRegistry *OperatorRegistryTransactor) AllocateDeposits(opts *bind.TransactOpts, n *big.Int) (*types.Transaction, error) {
	return _OperatorRegistry.contract.Transact(opts, "allocateDeposits", n)
}

// AllocateDeposits is a paid mutator transaction binding the contract method 0x66dc25c5.
//
// Solidity: function allocateDeposits(uint256 n) returns(bytes pubkeys, bytes signatures, uint256[] operatorIds, uint256[] keyIndexes)
func (_OperatorRegistry *OperatorRegistrySession) AllocateDeposits(n *big.Int) (*types.Transaction, error) {
	return _OperatorRegistry.Contract.AllocateDeposits(&_OperatorRegistry.TransactOpts, n)
}

// AllocateDeposits is a paid mutator transaction binding the contract method 0x66dc25c5.
//
// Solidity: function allocateDeposits(uint256 n) returns(bytes pubkeys, bytes signatures, uint256[] operatorIds, uint256[] keyIndexes)
func (_OperatorRegistry *OperatorRegistryTransactorSession) AllocateDeposits(n *big.Int) (*types.Transaction, error) {
	return _OperatorRegistry.Contract.AllocateDeposits(&_OperatorRegistry.TransactOpts, n)
}

// ApplyReport is a paid mutator transaction binding the contract method 0x3bf0fa58.
//
// Solidity: function applyReport(uint256 refSlot, (uint256,uint256)[] exited, (uint256,uint256)[] exitRequests, (uint256,uint256,uint256,uint256)[] stats, uint256[] stuck) returns()
func (_OperatorRegistry *OperatorRegistryTransactor) ApplyReport(opts *bind.TransactOpts, refSlot *big.Int, exited []OperatorRegistryOperatorCountIn, exitRequests []OperatorRegistryOperatorCountIn, stats []OperatorRegistryOperatorStatsIn, stuck []*big.Int) (*types.Transaction, error) {
	return _OperatorRegistry.contract.Transact(opts, "applyReport", refSlot, exited, exitRequests, stats, stuck)
}

// ApplyReport is a paid mutator transaction binding the contract method 0x3bf0fa58.
//
// Solidity: function applyReport(uint256 refSlot, (uint256,uint256)[] exited, (uint256,uint256)[] exitRequests, (uint256,uint256,uint256,uint256)[] stats, uint256[] stuck) returns()
func (_OperatorRegistry *OperatorRegistrySession) ApplyReport(refSlot *big.Int, exited []OperatorRegistryOperatorCountIn, exitRequests []OperatorRegistryOperatorCountIn, stats []OperatorRegistryOperatorStatsIn, stuck []*big.Int) (*types.Transaction, error) {
	return _OperatorRegistry.Contract.ApplyReport(&_OperatorRegistry.TransactOpts, refSlot, exited, exitRequests, stats, stuck)
}

// ApplyReport is a paid mutator transaction binding the contract method 0x3bf0fa58.
//
// Solidity: function applyReport(uint256 refSlot, (uint256,uint256)[] exited, (uint256,uint256)[] exitRequests, (uint256,uint256,uint256,uint256)[] stats, uint256[] stuck) returns()
func (_OperatorRegistry *OperatorRegistryTransactorSession) ApplyReport(refSlot *big.Int, exited []OperatorRegistryOperatorCountIn, exitRequests []OperatorRegistryOperatorCountIn, stats []OperatorRegistryOperatorStatsIn, stuck []*big.Int) (*types.Transaction, error) {
	return _OperatorRegistry.Contract.ApplyReport(&_OperatorRegistry.TransactOpts, refSlot, exited, exitRequests, stats, stuck)
}

// RemoveSigningKeys is a paid mutator transaction binding the contract method 0x7038b141.
//
// Solidity: function removeSigningKeys(uint256 id, uint256 from, uint256 count) returns()
func (_OperatorRegistry *OperatorRegistryTransactor) RemoveSigningKeys(opts *bind.TransactOpts, id *big.Int, from *big.Int, count *big.Int) (*types.Transaction, error) {
	return _OperatorRegistry.contract.Transact(opts, "removeSigningKeys", id, from, count)
}

// RemoveSigningKeys is a paid mutator transaction binding the contract method 0x7038b141.
//
// Solidity: function removeSigningKeys(uint256 id, uint256 from, uint256 count) returns()
func (_OperatorRegistry *OperatorRegistrySession) RemoveSigningKeys(id *big.Int, from *big.Int, count *big.Int) (*types.Transaction, error) {
	return _OperatorRegistry.Contract.RemoveSigningKeys(&_OperatorRegistry.TransactOpts, id, from, count)
}

// RemoveSigningKeys is a paid mutator transaction binding the contract method 0x7038b141.
//
// Solidity: function removeSigningKeys(uint256 id, uint256 from, uint256 count) returns()
func (_OperatorRegistry *OperatorRegistryTransactorSession) RemoveSigningKeys(id *big.Int, from *big.Int, count *big.Int) (*types.Transaction, error) {
	return _OperatorRegistry.Contract.RemoveSigningKeys(&_OperatorRegistry.TransactOpts, id, from, count)
}

// SetNodeOperatorActive is a paid mutator transaction binding the contract method 0x687ca337.
//
// Solidity: function setNodeOperatorActive(uint256 id, bool active) returns()
func (_OperatorRegistry *OperatorRegistryTransactor) SetNodeOperatorActive(opts *bind.TransactOpts, id *big.Int, active bool) (*types.Transaction, error) {
	return _OperatorRegistry.contract.Transact(opts, "setNodeOperatorActive", id, active)
}

// SetNodeOperatorActive is a paid mutator transaction binding the contract method 0x687ca337.
//
// Solidity: function setNodeOperatorActive(uint256 id, bool active) returns()
func (_OperatorRegistry *OperatorRegistrySession) SetNodeOperatorActive(id *big.Int, active bool) (*types.Transaction, error) {
	return _OperatorRegistry.Contract.SetNodeOperatorActive(&_OperatorRegistry.TransactOpts, id, active)
}

// SetNodeOperatorActive is a paid mutator transaction binding the contract method 0x687ca337.
//
// Solidity: function setNodeOperatorActive(uint256 id, bool active) returns()
func (_OperatorRegistry *OperatorRegistryTransactorSession) SetNodeOperatorActive(id *big.Int, active bool) (*types.Transaction, error) {
	return _OperatorRegistry.Contract.SetNodeOperatorActive(&_OperatorRegistry.TransactOpts, id, active)
}

// SetNodeOperatorLimit is a paid mutator transaction binding the contract method 0x9346d934.
//
// Solidity: function setNodeOperatorLimit(uint256 id, uint64 limit) returns()
func (_OperatorRegistry *OperatorRegistryTransactor) SetNodeOperatorLimit(opts *bind.TransactOpts, id *big.Int, limit uint64) (*types.Transaction, error) {
	return _OperatorRegistry.contract.Transact(opts, "setNodeOperatorLimit", id, limit)
}

// SetNodeOperatorLimit is a paid mutator transaction binding the contract method 0x9346d934.
//
// Solidity: function setNodeOperatorLimit(uint256 id, uint64 limit) returns()
func (_OperatorRegistry *OperatorRegistrySession) SetNodeOperatorLimit(id *big.Int, limit uint64) (*types.Transaction, error) {
	return _OperatorRegistry.Contract.SetNodeOperatorLimit(&_OperatorRegistry.TransactOpts, id, limit)
}

// SetNodeOperatorLimit is a paid mutator transaction binding the contract method 0x9346d934.
//
// Solidity: function setNodeOperatorLimit(uint256 id, uint64 limit) returns()
func (_OperatorRegistry *OperatorRegistryTransactorSession) SetNodeOperatorLimit(id *big.Int, limit uint64) (*types.Transaction, error) {
	return _OperatorRegistry.Contract.SetNodeOperatorLimit(&_OperatorRegistry.TransactOpts, id, limit)
}

// OperatorRegistryExitRequestedIterator is returned from FilterExitRequested and is used to iterate over the raw logs and unpacked data for ExitRequested events raised by the OperatorRegistry contract.
type OperatorRegistryExitRequestedIterator struct {
	Event *OperatorRegistryExitRequested // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *OperatorRegistryExitRequestedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(OperatorRegistryExitRequested)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(OperatorRegistryExitRequested)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *OperatorRegistryExitRequestedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *OperatorRegistryExitRequestedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// OperatorRegistryExitRequested represents a ExitRequested event raised by the OperatorRegistry contract.
type OperatorRegistryExitRequested struct {
	OperatorId *big.Int
	KeyIndex   *big.Int
	Raw        types.Log // Blockchain specific contextual infos
}

// FilterExitRequested is a free log retrieval operation binding the contract event 0x4318596e13fe003f95cee69681c9559ee51f2f2211dda1e35e0dc60a2c4a5a05.
//
// Solidity: event ExitRequested(uint256 indexed operatorId, uint256 keyIndex)
func (_OperatorRegistry *OperatorRegistryFilterer) FilterExitRequested(opts *bind.FilterOpts, operatorId []*big.Int) (*OperatorRegistryExitRequestedIterator, error) {

	var operatorIdRule []interface{}
	for _, operatorIdItem := range operatorId {
		operatorIdRule = append(operatorIdRule, operatorIdItem)
	}

	logs, sub, err := _OperatorRegistry.contract.FilterLogs(opts, "ExitRequested", operatorIdRule)
	if err != nil {
		return nil, err
	}
	return &OperatorRegistryExitRequestedIterator{contract: _OperatorRegistry.contract, event: "ExitRequested", logs: logs, sub: sub}, nil
}

// WatchExitRequested is a free log subscription operation binding the contract event 0x4318596e13fe003f95cee69681c9559ee51f2f2211dda1e35e0dc60a2c4a5a05.
//
// Solidity: event ExitRequested(uint256 indexed operatorId, uint256 keyIndex)
func (_OperatorRegistry *OperatorRegistryFilterer) WatchExitRequested(opts *bind.WatchOpts, sink chan<- *OperatorRegistryExitRequested, operatorId []*big.Int) (event.Subscription, error) {

	var operatorIdRule []interface{}
	for _, operatorIdItem := range operatorId {
		operatorIdRule = append(operatorIdRule, operatorIdItem)
	}

	logs, sub, err := _OperatorRegistry.contract.WatchLogs(opts, "ExitRequested", operatorIdRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(OperatorRegistryExitRequested)
				if err := _OperatorRegistry.contract.UnpackLog(event, "ExitRequested", log); err != nil {
					// If the signature doesn't match, skip this log.
					if errors.Is(err, bind.ErrEventSignatureMismatch) {
						continue
					}
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseExitRequested is a log parse operation binding the contract event 0x4318596e13fe003f95cee69681c9559ee51f2f2211dda1e35e0dc60a2c4a5a05.
//
// Solidity: event ExitRequested(uint256 indexed operatorId, uint256 keyIndex)
func (_OperatorRegistry *OperatorRegistryFilterer) ParseExitRequested(log types.Log) (*OperatorRegistryExitRequested, error) {
	event := new(OperatorRegistryExitRequested)
	if err := _OperatorRegistry.contract.UnpackLog(event, "ExitRequested", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// OperatorRegistryExitedUpdatedIterator is returned from FilterExitedUpdated and is used to iterate over the raw logs and unpacked data for ExitedUpdated events raised by the OperatorRegistry contract.
type OperatorRegistryExitedUpdatedIterator struct {
	Event *OperatorRegistryExitedUpdated // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *OperatorRegistryExitedUpdatedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(OperatorRegistryExitedUpdated)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(OperatorRegistryExitedUpdated)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *OperatorRegistryExitedUpdatedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *OperatorRegistryExitedUpdatedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// OperatorRegistryExitedUpdated represents a ExitedUpdated event raised by the OperatorRegistry contract.
type OperatorRegistryExitedUpdated struct {
	OperatorId *big.Int
	Exited     *big.Int
	Raw        types.Log // Blockchain specific contextual infos
}

// FilterExitedUpdated is a free log retrieval operation binding the contract event 0xcaf4c0b4971f1b123db4b405105070c7a0e10398e0e75c217a03ba235686c11b.
//
// Solidity: event ExitedUpdated(uint256 indexed operatorId, uint256 exited)
func (_OperatorRegistry *OperatorRegistryFilterer) FilterExitedUpdated(opts *bind.FilterOpts, operatorId []*big.Int) (*OperatorRegistryExitedUpdatedIterator, error) {

	var operatorIdRule []interface{}
	for _, operatorIdItem := range operatorId {
		operatorIdRule = append(operatorIdRule, operatorIdItem)
	}

	logs, sub, err := _OperatorRegistry.contract.FilterLogs(opts, "ExitedUpdated", operatorIdRule)
	if err != nil {
		return nil, err
	}
	return &OperatorRegistryExitedUpdatedIterator{contract: _OperatorRegistry.contract, event: "ExitedUpdated", logs: logs, sub: sub}, nil
}

// WatchExitedUpdated is a free log subscription operation binding the contract event 0xcaf4c0b4971f1b123db4b405105070c7a0e10398e0e75c217a03ba235686c11b.
//
// Solidity: event ExitedUpdated(uint256 indexed operatorId, uint256 exited)
func (_OperatorRegistry *OperatorRegistryFilterer) WatchExitedUpdated(opts *bind.WatchOpts, sink chan<- *OperatorRegistryExitedUpdated, operatorId []*big.Int) (event.Subscription, error) {

	var operatorIdRule []interface{}
	for _, operatorIdItem := range operatorId {
		operatorIdRule = append(operatorIdRule, operatorIdItem)
	}

	logs, sub, err := _OperatorRegistry.contract.WatchLogs(opts, "ExitedUpdated", operatorIdRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(OperatorRegistryExitedUpdated)
				if err := _OperatorRegistry.contract.UnpackLog(event, "ExitedUpdated", log); err != nil {
					// If the signature doesn't match, skip this log.
					if errors.Is(err, bind.ErrEventSignatureMismatch) {
						continue
					}
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseExitedUpdated is a log parse operation binding the contract event 0xcaf4c0b4971f1b123db4b405105070c7a0e10398e0e75c217a03ba235686c11b.
//
// Solidity: event ExitedUpdated(uint256 indexed operatorId, uint256 exited)
func (_OperatorRegistry *OperatorRegistryFilterer) ParseExitedUpdated(log types.Log) (*OperatorRegistryExitedUpdated, error) {
	event := new(OperatorRegistryExitedUpdated)
	if err := _OperatorRegistry.contract.UnpackLog(event, "ExitedUpdated", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// OperatorRegistryOperatorActiveSetIterator is returned from FilterOperatorActiveSet and is used to iterate over the raw logs and unpacked data for OperatorActiveSet events raised by the OperatorRegistry contract.
type OperatorRegistryOperatorActiveSetIterator struct {
	Event *OperatorRegistryOperatorActiveSet // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *OperatorRegistryOperatorActiveSetIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(OperatorRegistryOperatorActiveSet)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(OperatorRegistryOperatorActiveSet)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *OperatorRegistryOperatorActiveSetIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *OperatorRegistryOperatorActiveSetIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// OperatorRegistryOperatorActiveSet represents a OperatorActiveSet event raised by the OperatorRegistry contract.
type OperatorRegistryOperatorActiveSet struct {
	OperatorId *big.Int
	Active     bool
	Raw        types.Log // Blockchain specific contextual infos
}

// FilterOperatorActiveSet is a free log retrieval operation binding the contract event 0x11201777e38ebe72bc4a0497e163db4b8290407d16de41cca5555e50454bfa8a.
//
// Solidity: event OperatorActiveSet(uint256 indexed operatorId, bool active)
func (_OperatorRegistry *OperatorRegistryFilterer) FilterOperatorActiveSet(opts *bind.FilterOpts, operatorId []*big.Int) (*OperatorRegistryOperatorActiveSetIterator, error) {

	var operatorIdRule []interface{}
	for _, operatorIdItem := range operatorId {
		operatorIdRule = append(operatorIdRule, operatorIdItem)
	}

	logs, sub, err := _OperatorRegistry.contract.FilterLogs(opts, "OperatorActiveSet", operatorIdRule)
	if err != nil {
		return nil, err
	}
	return &OperatorRegistryOperatorActiveSetIterator{contract: _OperatorRegistry.contract, event: "OperatorActiveSet", logs: logs, sub: sub}, nil
}

// WatchOperatorActiveSet is a free log subscription operation binding the contract event 0x11201777e38ebe72bc4a0497e163db4b8290407d16de41cca5555e50454bfa8a.
//
// Solidity: event OperatorActiveSet(uint256 indexed operatorId, bool active)
func (_OperatorRegistry *OperatorRegistryFilterer) WatchOperatorActiveSet(opts *bind.WatchOpts, sink chan<- *OperatorRegistryOperatorActiveSet, operatorId []*big.Int) (event.Subscription, error) {

	var operatorIdRule []interface{}
	for _, operatorIdItem := range operatorId {
		operatorIdRule = append(operatorIdRule, operatorIdItem)
	}

	logs, sub, err := _OperatorRegistry.contract.WatchLogs(opts, "OperatorActiveSet", operatorIdRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(OperatorRegistryOperatorActiveSet)
				if err := _OperatorRegistry.contract.UnpackLog(event, "OperatorActiveSet", log); err != nil {
					// If the signature doesn't match, skip this log.
					if errors.Is(err, bind.ErrEventSignatureMismatch) {
						continue
					}
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseOperatorActiveSet is a log parse operation binding the contract event 0x11201777e38ebe72bc4a0497e163db4b8290407d16de41cca5555e50454bfa8a.
//
// Solidity: event OperatorActiveSet(uint256 indexed operatorId, bool active)
func (_OperatorRegistry *OperatorRegistryFilterer) ParseOperatorActiveSet(log types.Log) (*OperatorRegistryOperatorActiveSet, error) {
	event := new(OperatorRegistryOperatorActiveSet)
	if err := _OperatorRegistry.contract.UnpackLog(event, "OperatorActiveSet", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// OperatorRegistryOperatorAddedIterator is returned from FilterOperatorAdded and is used to iterate over the raw logs and unpacked data for OperatorAdded events raised by the OperatorRegistry contract.
type OperatorRegistryOperatorAddedIterator struct {
	Event *OperatorRegistryOperatorAdded // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *OperatorRegistryOperatorAddedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(OperatorRegistryOperatorAdded)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(OperatorRegistryOperatorAdded)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *OperatorRegistryOperatorAddedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *OperatorRegistryOperatorAddedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// OperatorRegistryOperatorAdded represents a OperatorAdded event raised by the OperatorRegistry contract.
type OperatorRegistryOperatorAdded struct {
	OperatorId    *big.Int
	Name          string
	RewardAddress common.Address
	Raw           types.Log // Blockchain specific contextual infos
}

// FilterOperatorAdded is a free log retrieval operation binding the contract event 0xc22ec753a623c56bd5943299a8993578abc8f26b9d4edb8dcf5765f21de93e21.
//
// Solidity: event OperatorAdded(uint256 indexed operatorId, string name, address rewardAddress)
func (_OperatorRegistry *OperatorRegistryFilterer) FilterOperatorAdded(opts *bind.FilterOpts, operatorId []*big.Int) (*OperatorRegistryOperatorAddedIterator, error) {

	var operatorIdRule []interface{}
	for _, operatorIdItem := range operatorId {
		operatorIdRule = append(operatorIdRule, operatorIdItem)
	}

	logs, sub, err := _OperatorRegistry.contract.FilterLogs(opts, "OperatorAdded", operatorIdRule)
	if err != nil {
		return nil, err
	}
	return &OperatorRegistryOperatorAddedIterator{contract: _OperatorRegistry.contract, event: "OperatorAdded", logs: logs, sub: sub}, nil
}

// WatchOperatorAdded is a free log subscription operation binding the contract event 0xc22ec753a623c56bd5943299a8993578abc8f26b9d4edb8dcf5765f21de93e21.
//
// Solidity: event OperatorAdded(uint256 indexed operatorId, string name, address rewardAddress)
func (_OperatorRegistry *OperatorRegistryFilterer) WatchOperatorAdded(opts *bind.WatchOpts, sink chan<- *OperatorRegistryOperatorAdded, operatorId []*big.Int) (event.Subscription, error) {

	var operatorIdRule []interface{}
	for _, operatorIdItem := range operatorId {
		operatorIdRule = append(operatorIdRule, operatorIdItem)
	}

	logs, sub, err := _OperatorRegistry.contract.WatchLogs(opts, "OperatorAdded", operatorIdRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(OperatorRegistryOperatorAdded)
				if err := _OperatorRegistry.contract.UnpackLog(event, "OperatorAdded", log); err != nil {
					// If the signature doesn't match, skip this log.
					if errors.Is(err, bind.ErrEventSignatureMismatch) {
						continue
					}
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseOperatorAdded is a log parse operation binding the contract event 0xc22ec753a623c56bd5943299a8993578abc8f26b9d4edb8dcf5765f21de93e21.
//
// Solidity: event OperatorAdded(uint256 indexed operatorId, string name, address rewardAddress)
func (_OperatorRegistry *OperatorRegistryFilterer) ParseOperatorAdded(log types.Log) (*OperatorRegistryOperatorAdded, error) {
	event := new(OperatorRegistryOperatorAdded)
	if err := _OperatorRegistry.contract.UnpackLog(event, "OperatorAdded", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// OperatorRegistryOperatorLimitSetIterator is returned from FilterOperatorLimitSet and is used to iterate over the raw logs and unpacked data for OperatorLimitSet events raised by the OperatorRegistry contract.
type OperatorRegistryOperatorLimitSetIterator struct {
	Event *OperatorRegistryOperatorLimitSet // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *OperatorRegistryOperatorLimitSetIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(OperatorRegistryOperatorLimitSet)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(OperatorRegistryOperatorLimitSet)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *OperatorRegistryOperatorLimitSetIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *OperatorRegistryOperatorLimitSetIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// OperatorRegistryOperatorLimitSet represents a OperatorLimitSet event raised by the OperatorRegistry contract.
type OperatorRegistryOperatorLimitSet struct {
	OperatorId *big.Int
	Limit      *big.Int
	Raw        types.Log // Blockchain specific contextual infos
}

// FilterOperatorLimitSet is a free log retrieval operation binding the contract event 0x527f491416f46babf44102065eafb0ec6531e57cfe9e4581723597f23fd842cd.
//
// Solidity: event OperatorLimitSet(uint256 indexed operatorId, uint256 limit)
func (_OperatorRegistry *OperatorRegistryFilterer) FilterOperatorLimitSet(opts *bind.FilterOpts, operatorId []*big.Int) (*OperatorRegistryOperatorLimitSetIterator, error) {

	var operatorIdRule []interface{}
	for _, operatorIdItem := range operatorId {
		operatorIdRule = append(operatorIdRule, operatorIdItem)
	}

	logs, sub, err := _OperatorRegistry.contract.FilterLogs(opts, "OperatorLimitSet", operatorIdRule)
	if err != nil {
		return nil, err
	}
	return &OperatorRegistryOperatorLimitSetIterator{contract: _OperatorRegistry.contract, event: "OperatorLimitSet", logs: logs, sub: sub}, nil
}

// WatchOperatorLimitSet is a free log subscription operation binding the contract event 0x527f491416f46babf44102065eafb0ec6531e57cfe9e4581723597f23fd842cd.
//
// Solidity: event OperatorLimitSet(uint256 indexed operatorId, uint256 limit)
func (_OperatorRegistry *OperatorRegistryFilterer) WatchOperatorLimitSet(opts *bind.WatchOpts, sink chan<- *OperatorRegistryOperatorLimitSet, operatorId []*big.Int) (event.Subscription, error) {

	var operatorIdRule []interface{}
	for _, operatorIdItem := range operatorId {
		operatorIdRule = append(operatorIdRule, operatorIdItem)
	}

	logs, sub, err := _OperatorRegistry.contract.WatchLogs(opts, "OperatorLimitSet", operatorIdRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(OperatorRegistryOperatorLimitSet)
				if err := _OperatorRegistry.contract.UnpackLog(event, "OperatorLimitSet", log); err != nil {
					// If the signature doesn't match, skip this log.
					if errors.Is(err, bind.ErrEventSignatureMismatch) {
						continue
					}
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseOperatorLimitSet is a log parse operation binding the contract event 0x527f491416f46babf44102065eafb0ec6531e57cfe9e4581723597f23fd842cd.
//
// Solidity: event OperatorLimitSet(uint256 indexed operatorId, uint256 limit)
func (_OperatorRegistry *OperatorRegistryFilterer) ParseOperatorLimitSet(log types.Log) (*OperatorRegistryOperatorLimitSet, error) {
	event := new(OperatorRegistryOperatorLimitSet)
	if err := _OperatorRegistry.contract.UnpackLog(event, "OperatorLimitSet", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// OperatorRegistryScorecardUpdatedIterator is returned from FilterScorecardUpdated and is used to iterate over the raw logs and unpacked data for ScorecardUpdated events raised by the OperatorRegistry contract.
type OperatorRegistryScorecardUpdatedIterator struct {
	Event *OperatorRegistryScorecardUpdated // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *OperatorRegistryScorecardUpdatedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(OperatorRegistryScorecardUpdated)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(OperatorRegistryScorecardUpdated)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *OperatorRegistryScorecardUpdatedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *OperatorRegistryScorecardUpdatedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// OperatorRegistryScorecardUpdated represents a ScorecardUpdated event raised by the OperatorRegistry contract.
type OperatorRegistryScorecardUpdated struct {
	OperatorId         *big.Int
	MissedAttestations *big.Int
	MissedProposals    *big.Int
	Slashed            *big.Int
	Raw                types.Log // Blockchain specific contextual infos
}

// FilterScorecardUpdated is a free log retrieval operation binding the contract event 0x5baad01ba345bc05987f3d6738b0130b825492316b7fd799d1f17a33342f05bd.
//
// Solidity: event ScorecardUpdated(uint256 indexed operatorId, uint256 missedAttestations, uint256 missedProposals, uint256 slashed)
func (_OperatorRegistry *OperatorRegistryFilterer) FilterScorecardUpdated(opts *bind.FilterOpts, operatorId []*big.Int) (*OperatorRegistryScorecardUpdatedIterator, error) {

	var operatorIdRule []interface{}
	for _, operatorIdItem := range operatorId {
		operatorIdRule = append(operatorIdRule, operatorIdItem)
	}

	logs, sub, err := _OperatorRegistry.contract.FilterLogs(opts, "ScorecardUpdated", operatorIdRule)
	if err != nil {
		return nil, err
	}
	return &OperatorRegistryScorecardUpdatedIterator{contract: _OperatorRegistry.contract, event: "ScorecardUpdated", logs: logs, sub: sub}, nil
}

// WatchScorecardUpdated is a free log subscription operation binding the contract event 0x5baad01ba345bc05987f3d6738b0130b825492316b7fd799d1f17a33342f05bd.
//
// Solidity: event ScorecardUpdated(uint256 indexed operatorId, uint256 missedAttestations, uint256 missedProposals, uint256 slashed)
func (_OperatorRegistry *OperatorRegistryFilterer) WatchScorecardUpdated(opts *bind.WatchOpts, sink chan<- *OperatorRegistryScorecardUpdated, operatorId []*big.Int) (event.Subscription, error) {

	var operatorIdRule []interface{}
	for _, operatorIdItem := range operatorId {
		operatorIdRule = append(operatorIdRule, operatorIdItem)
	}

	logs, sub, err := _OperatorRegistry.contract.WatchLogs(opts, "ScorecardUpdated", operatorIdRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(OperatorRegistryScorecardUpdated)
				if err := _OperatorRegistry.contract.UnpackLog(event, "ScorecardUpdated", log); err != nil {
					// If the signature doesn't match, skip this log.
					if errors.Is(err, bind.ErrEventSignatureMismatch) {
						continue
					}
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseScorecardUpdated is a log parse operation binding the contract event 0x5baad01ba345bc05987f3d6738b0130b825492316b7fd799d1f17a33342f05bd.
//
// Solidity: event ScorecardUpdated(uint256 indexed operatorId, uint256 missedAttestations, uint256 missedProposals, uint256 slashed)
func (_OperatorRegistry *OperatorRegistryFilterer) ParseScorecardUpdated(log types.Log) (*OperatorRegistryScorecardUpdated, error) {
	event := new(OperatorRegistryScorecardUpdated)
	if err := _OperatorRegistry.contract.UnpackLog(event, "ScorecardUpdated", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// OperatorRegistrySigningKeysAddedIterator is returned from FilterSigningKeysAdded and is used to iterate over the raw logs and unpacked data for SigningKeysAdded events raised by the OperatorRegistry contract.
type OperatorRegistrySigningKeysAddedIterator struct {
	Event *OperatorRegistrySigningKeysAdded // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *OperatorRegistrySigningKeysAddedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(OperatorRegistrySigningKeysAdded)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(OperatorRegistrySigningKeysAdded)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *OperatorRegistrySigningKeysAddedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *OperatorRegistrySigningKeysAddedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// OperatorRegistrySigningKeysAdded represents a SigningKeysAdded event raised by the OperatorRegistry contract.
type OperatorRegistrySigningKeysAdded struct {
	OperatorId *big.Int
	FirstIndex *big.Int
	Count      *big.Int
	Raw        types.Log // Blockchain specific contextual infos
}

// FilterSigningKeysAdded is a free log retrieval operation binding the contract event 0x93ae1efc3cd014cbcbfc53ff74b4e2e5811674d8485146e8579106282ab6ff2d.
//
// Solidity: event SigningKeysAdded(uint256 indexed operatorId, uint256 firstIndex, uint256 count)
func (_OperatorRegistry *OperatorRegistryFilterer) FilterSigningKeysAdded(opts *bind.FilterOpts, operatorId []*big.Int) (*OperatorRegistrySigningKeysAddedIterator, error) {

	var operatorIdRule []interface{}
	for _, operatorIdItem := range operatorId {
		operatorIdRule = append(operatorIdRule, operatorIdItem)
	}

	logs, sub, err := _OperatorRegistry.contract.FilterLogs(opts, "SigningKeysAdded", operatorIdRule)
	if err != nil {
		return nil, err
	}
	return &OperatorRegistrySigningKeysAddedIterator{contract: _OperatorRegistry.contract, event: "SigningKeysAdded", logs: logs, sub: sub}, nil
}

// WatchSigningKeysAdded is a free log subscription operation binding the contract event 0x93ae1efc3cd014cbcbfc53ff74b4e2e5811674d8485146e8579106282ab6ff2d.
//
// Solidity: event SigningKeysAdded(uint256 indexed operatorId, uint256 firstIndex, uint256 count)
func (_OperatorRegistry *OperatorRegistryFilterer) WatchSigningKeysAdded(opts *bind.WatchOpts, sink chan<- *OperatorRegistrySigningKeysAdded, operatorId []*big.Int) (event.Subscription, error) {

	var operatorIdRule []interface{}
	for _, operatorIdItem := range operatorId {
		operatorIdRule = append(operatorIdRule, operatorIdItem)
	}

	logs, sub, err := _OperatorRegistry.contract.WatchLogs(opts, "SigningKeysAdded", operatorIdRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(OperatorRegistrySigningKeysAdded)
				if err := _OperatorRegistry.contract.UnpackLog(event, "SigningKeysAdded", log); err != nil {
					// If the signature doesn't match, skip this log.
					if errors.Is(err, bind.ErrEventSignatureMismatch) {
						continue
					}
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseSigningKeysAdded is a log parse operation binding the contract event 0x93ae1efc3cd014cbcbfc53ff74b4e2e5811674d8485146e8579106282ab6ff2d.
//
// Solidity: event SigningKeysAdded(uint256 indexed operatorId, uint256 firstIndex, uint256 count)
func (_OperatorRegistry *OperatorRegistryFilterer) ParseSigningKeysAdded(log types.Log) (*OperatorRegistrySigningKeysAdded, error) {
	event := new(OperatorRegistrySigningKeysAdded)
	if err := _OperatorRegistry.contract.UnpackLog(event, "SigningKeysAdded", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// OperatorRegistrySigningKeysRemovedIterator is returned from FilterSigningKeysRemoved and is used to iterate over the raw logs and unpacked data for SigningKeysRemoved events raised by the OperatorRegistry contract.
type OperatorRegistrySigningKeysRemovedIterator struct {
	Event *OperatorRegistrySigningKeysRemoved // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *OperatorRegistrySigningKeysRemovedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(OperatorRegistrySigningKeysRemoved)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(OperatorRegistrySigningKeysRemoved)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *OperatorRegistrySigningKeysRemovedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *OperatorRegistrySigningKeysRemovedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// OperatorRegistrySigningKeysRemoved represents a SigningKeysRemoved event raised by the OperatorRegistry contract.
type OperatorRegistrySigningKeysRemoved struct {
	OperatorId *big.Int
	FirstIndex *big.Int
	Count      *big.Int
	Raw        types.Log // Blockchain specific contextual infos
}

// FilterSigningKeysRemoved is a free log retrieval operation binding the contract event 0x3a8c12b5bdc0287af7e7120ae317a2c4b1b04e04c7021744a223ed0687e9e307.
//
// Solidity: event SigningKeysRemoved(uint256 indexed operatorId, uint256 firstIndex, uint256 count)
func (_OperatorRegistry *OperatorRegistryFilterer) FilterSigningKeysRemoved(opts *bind.FilterOpts, operatorId []*big.Int) (*OperatorRegistrySigningKeysRemovedIterator, error) {

	var operatorIdRule []interface{}
	for _, operatorIdItem := range operatorId {
		operatorIdRule = append(operatorIdRule, operatorIdItem)
	}

	logs, sub, err := _OperatorRegistry.contract.FilterLogs(opts, "SigningKeysRemoved", operatorIdRule)
	if err != nil {
		return nil, err
	}
	return &OperatorRegistrySigningKeysRemovedIterator{contract: _OperatorRegistry.contract, event: "SigningKeysRemoved", logs: logs, sub: sub}, nil
}

// WatchSigningKeysRemoved is a free log subscription operation binding the contract event 0x3a8c12b5bdc0287af7e7120ae317a2c4b1b04e04c7021744a223ed0687e9e307.
//
// Solidity: event SigningKeysRemoved(uint256 indexed operatorId, uint256 firstIndex, uint256 count)
func (_OperatorRegistry *OperatorRegistryFilterer) WatchSigningKeysRemoved(opts *bind.WatchOpts, sink chan<- *OperatorRegistrySigningKeysRemoved, operatorId []*big.Int) (event.Subscription, error) {

	var operatorIdRule []interface{}
	for _, operatorIdItem := range operatorId {
		operatorIdRule = append(operatorIdRule, operatorIdItem)
	}

	logs, sub, err := _OperatorRegistry.contract.WatchLogs(opts, "SigningKeysRemoved", operatorIdRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(OperatorRegistrySigningKeysRemoved)
				if err := _OperatorRegistry.contract.UnpackLog(event, "SigningKeysRemoved", log); err != nil {
					// If the signature doesn't match, skip this log.
					if errors.Is(err, bind.ErrEventSignatureMismatch) {
						continue
					}
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseSigningKeysRemoved is a log parse operation binding the contract event 0x3a8c12b5bdc0287af7e7120ae317a2c4b1b04e04c7021744a223ed0687e9e307.
//
// Solidity: event SigningKeysRemoved(uint256 indexed operatorId, uint256 firstIndex, uint256 count)
func (_OperatorRegistry *OperatorRegistryFilterer) ParseSigningKeysRemoved(log types.Log) (*OperatorRegistrySigningKeysRemoved, error) {
	event := new(OperatorRegistrySigningKeysRemoved)
	if err := _OperatorRegistry.contract.UnpackLog(event, "SigningKeysRemoved", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// OperatorRegistryStuckUpdatedIterator is returned from FilterStuckUpdated and is used to iterate over the raw logs and unpacked data for StuckUpdated events raised by the OperatorRegistry contract.
type OperatorRegistryStuckUpdatedIterator struct {
	Event *OperatorRegistryStuckUpdated // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *OperatorRegistryStuckUpdatedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(OperatorRegistryStuckUpdated)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(OperatorRegistryStuckUpdated)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *OperatorRegistryStuckUpdatedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *OperatorRegistryStuckUpdatedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// OperatorRegistryStuckUpdated represents a StuckUpdated event raised by the OperatorRegistry contract.
type OperatorRegistryStuckUpdated struct {
	OperatorId *big.Int
	Stuck      *big.Int
	Raw        types.Log // Blockchain specific contextual infos
}

// FilterStuckUpdated is a free log retrieval operation binding the contract event 0x5bd03423d6575d330374469edf1ad0506cd923f09ea65552d04084fe893c5661.
//
// Solidity: event StuckUpdated(uint256 indexed operatorId, uint256 stuck)
func (_OperatorRegistry *OperatorRegistryFilterer) FilterStuckUpdated(opts *bind.FilterOpts, operatorId []*big.Int) (*OperatorRegistryStuckUpdatedIterator, error) {

	var operatorIdRule []interface{}
	for _, operatorIdItem := range operatorId {
		operatorIdRule = append(operatorIdRule, operatorIdItem)
	}

	logs, sub, err := _OperatorRegistry.contract.FilterLogs(opts, "StuckUpdated", operatorIdRule)
	if err != nil {
		return nil, err
	}
	return &OperatorRegistryStuckUpdatedIterator{contract: _OperatorRegistry.contract, event: "StuckUpdated", logs: logs, sub: sub}, nil
}

// WatchStuckUpdated is a free log subscription operation binding the contract event 0x5bd03423d6575d330374469edf1ad0506cd923f09ea65552d04084fe893c5661.
//
// Solidity: event StuckUpdated(uint256 indexed operatorId, uint256 stuck)
func (_OperatorRegistry *OperatorRegistryFilterer) WatchStuckUpdated(opts *bind.WatchOpts, sink chan<- *OperatorRegistryStuckUpdated, operatorId []*big.Int) (event.Subscription, error) {

	var operatorIdRule []interface{}
	for _, operatorIdItem := range operatorId {
		operatorIdRule = append(operatorIdRule, operatorIdItem)
	}

	logs, sub, err := _OperatorRegistry.contract.WatchLogs(opts, "StuckUpdated", operatorIdRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(OperatorRegistryStuckUpdated)
				if err := _OperatorRegistry.contract.UnpackLog(event, "StuckUpdated", log); err != nil {
					// If the signature doesn't match, skip this log.
					if errors.Is(err, bind.ErrEventSignatureMismatch) {
						continue
					}
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseStuckUpdated is a log parse operation binding the contract event 0x5bd03423d6575d330374469edf1ad0506cd923f09ea65552d04084fe893c5661.
//
// Solidity: event StuckUpdated(uint256 indexed operatorId, uint256 stuck)
func (_OperatorRegistry *OperatorRegistryFilterer) ParseStuckUpdated(log types.Log) (*OperatorRegistryStuckUpdated, error) {
	event := new(OperatorRegistryStuckUpdated)
	if err := _OperatorRegistry.contract.UnpackLog(event, "StuckUpdated", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// OracleMetaData contains all meta data concerning the Oracle contract.
var OracleMetaData = &bind.MetaData{
	ABI: "[{\"inputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"pool\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"registry\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"withdrawalQueue\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"withdrawalVault\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"elRewardsVault\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"insurance\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"treasury\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"governance\",\"type\":\"address\"}],\"internalType\":\"structOracle.Links\",\"name\":\"l\",\"type\":\"tuple\"},{\"components\":[{\"internalType\":\"uint256\",\"name\":\"genesisTime\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"secondsPerSlot\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"slotsPerEpoch\",\"type\":\"uint256\"}],\"internalType\":\"structOracle.ChainConfig\",\"name\":\"c\",\"type\":\"tuple\"},{\"internalType\":\"address[]\",\"name\":\"members_\",\"type\":\"address[]\"},{\"internalType\":\"uint256\",\"name\":\"quorum_\",\"type\":\"uint256\"},{\"components\":[{\"internalType\":\"uint64\",\"name\":\"epochsPerFrame\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"annualIncreaseBP\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"oneOffDecreaseBP\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"appearedPerDay\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"exitedPerDay\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"maxPositiveRebase\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"maxExitRequests\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"exitDeadlineSlots\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"stuckPenaltyBP\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"feeBP\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"treasuryFeeShareBP\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"operatorsFeeShareBP\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"insuranceFeeShareBP\",\"type\":\"uint64\"}],\"internalType\":\"structOracle.Params\",\"name\":\"p\",\"type\":\"tuple\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[],\"name\":\"InvalidParameter\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"Malformed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"refSlot\",\"type\":\"uint256\"}],\"name\":\"NoQuorum\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"NotAuthorized\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"refSlot\",\"type\":\"uint256\"}],\"name\":\"OracleAlreadyProcessed\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"OracleDuplicateVote\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"got\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"agreed\",\"type\":\"bytes32\"}],\"name\":\"OracleHashMismatch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"refSlot\",\"type\":\"uint256\"}],\"name\":\"OracleStaleFrame\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"refSlot\",\"type\":\"uint256\"}],\"name\":\"OracleWrongFrame\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"SanityAppearedValidators\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"SanityBalanceDecrease\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"SanityBalanceIncrease\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"SanityExitRequests\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"SanityExitedValidators\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"SanityFinalization\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"SanityValidators\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"SanityVaultBalance\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"operatorId\",\"type\":\"uint256\"}],\"name\":\"UnknownOperator\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"member\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"timestamp\",\"type\":\"uint256\"}],\"name\":\"BunkerAlert\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"refSlot\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"report\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"support\",\"type\":\"uint256\"}],\"name\":\"ConsensusReached\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"members\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"quorum\",\"type\":\"uint256\"}],\"name\":\"OracleCommitteeChanged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[],\"name\":\"OracleParamsSet\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"refSlot\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"report\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"bool\",\"name\":\"bunker\",\"type\":\"bool\"}],\"name\":\"ReportProcessed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"refSlot\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"member\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"report\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"support\",\"type\":\"uint256\"}],\"name\":\"ReportReceived\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"alert\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"bunker\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"elRewardsVault\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"genesisTime\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"getConsensus\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"refSlot\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"report\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"getCurrentRefSlot\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"refSlot\",\"type\":\"uint256\"},{\"internalType\":\"bool\",\"name\":\"ok\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"getMembers\",\"outputs\":[{\"internalType\":\"address[]\",\"name\":\"\",\"type\":\"address[]\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"getParams\",\"outputs\":[{\"components\":[{\"internalType\":\"uint64\",\"name\":\"epochsPerFrame\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"annualIncreaseBP\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"oneOffDecreaseBP\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"appearedPerDay\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"exitedPerDay\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"maxPositiveRebase\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"maxExitRequests\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"exitDeadlineSlots\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"stuckPenaltyBP\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"feeBP\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"treasuryFeeShareBP\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"operatorsFeeShareBP\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"insuranceFeeShareBP\",\"type\":\"uint64\"}],\"internalType\":\"structOracle.Params\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"governance\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"insurance\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"name\":\"isMember\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"lastRefSlot\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"pool\",\"outputs\":[{\"internalType\":\"contractIPoolForOracle\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"quorum\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"raiseAlert\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"registry\",\"outputs\":[{\"internalType\":\"contractIRegistryForOracle\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"secondsPerSlot\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address[]\",\"name\":\"members_\",\"type\":\"address[]\"},{\"internalType\":\"uint256\",\"name\":\"quorum_\",\"type\":\"uint256\"}],\"name\":\"setCommittee\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"uint64\",\"name\":\"epochsPerFrame\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"annualIncreaseBP\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"oneOffDecreaseBP\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"appearedPerDay\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"exitedPerDay\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"maxPositiveRebase\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"maxExitRequests\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"exitDeadlineSlots\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"stuckPenaltyBP\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"feeBP\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"treasuryFeeShareBP\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"operatorsFeeShareBP\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"insuranceFeeShareBP\",\"type\":\"uint64\"}],\"internalType\":\"structOracle.Params\",\"name\":\"p\",\"type\":\"tuple\"}],\"name\":\"setParams\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"slotsPerEpoch\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"refSlot\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"report\",\"type\":\"bytes32\"}],\"name\":\"submitReport\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"uint256\",\"name\":\"refSlot\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"validators\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"balanceGwei\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"withdrawalVault\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"elRewardsVault\",\"type\":\"uint256\"},{\"components\":[{\"internalType\":\"uint256\",\"name\":\"operator\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"count\",\"type\":\"uint256\"}],\"internalType\":\"structOracle.OperatorCount[]\",\"name\":\"exited\",\"type\":\"tuple[]\"},{\"internalType\":\"uint256\",\"name\":\"finalizeUpTo\",\"type\":\"uint256\"},{\"internalType\":\"bool\",\"name\":\"bunker\",\"type\":\"bool\"},{\"components\":[{\"internalType\":\"uint256\",\"name\":\"operator\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"count\",\"type\":\"uint256\"}],\"internalType\":\"structOracle.OperatorCount[]\",\"name\":\"exitRequests\",\"type\":\"tuple[]\"},{\"components\":[{\"internalType\":\"uint256\",\"name\":\"operator\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"missedAttestations\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"missedProposals\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"slashed\",\"type\":\"uint256\"}],\"internalType\":\"structOracle.OperatorStats[]\",\"name\":\"stats\",\"type\":\"tuple[]\"}],\"internalType\":\"structOracle.Report\",\"name\":\"r\",\"type\":\"tuple\"}],\"name\":\"submitReportData\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"treasury\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"withdrawalQueue\",\"outputs\":[{\"internalType\":\"contractIQueueForOracle\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"withdrawalVault\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"}]",
	Sigs: map[string]string{
		"setCommittee(address[],uint256)": "0252028a",
		"submitReport(uint256,bytes32)":   "0b78ca87",
		"pool()":                          "16f0115b",
		"quorum()":                        "1703a018",
		"getConsensus()":                  "179e740b",
		"submitReportData((uint256,uint256,uint256,uint256,uint256,(uint256,uint256)[],uint256,bool,(uint256,uint256)[],(uint256,uint256,uint256,uint256)[]))": "21dec64d",
		"secondsPerSlot()":  "22a111fc",
		"withdrawalQueue()": "37d5fe99",
		"slotsPerEpoch()":   "3e1577d0",
		"genesisTime()":     "42c6498a",
		"governance()":      "5aa6e675",
		"getParams()":       "5e615a6b",
		"treasury()":        "61d027b3",
		"withdrawalVault()": "69d42148",
		"alert()":           "76d66fdb",
		"registry()":        "7b103999",
		"lastRefSlot()":     "866f051f",
		"bunker()":          "87986ccd",
		"insurance()":       "89cf3204",
		"getMembers()":      "9eab5253",
		"isMember(address)": "a230c524",
		"setParams((uint64,uint64,uint64,uint64,uint64,uint64,uint64,uint64,uint64,uint64,uint64,uint64,uint64))": "c3b4716e",
		"raiseAlert()":        "da9c732f",
		"elRewardsVault()":    "e441d25f",
		"getCurrentRefSlot()": "f2630175",
	},
	Bin: "0x6101e0604052346109905761469a8038038061001a816109ac565b928339610340828281010312610990576101008282810103126109905760405161010081016001600160401b0381118282101761092c5760405261005d836109d1565b815261006b602084016109d1565b602082015261007c604084016109d1565b604082015261008d606084016109d1565b606082015261009e608084016109d1565b60808201526100af60a084016109d1565b60a08201526100c060c084016109d1565b60c08201526100d160e084016109d1565b60e0820152606060ff19848481010301126109905760405192606084016001600160401b0381118582101761092c5760409081526101008201518552610120820151602086015261014082015190850152610160810151936001600160401b03851161099057838201601f8684010112156109905781850151926001600160401b03841161092c5761016860208560051b016109ac565b95602087868152016020819660051b8387010101918786018311610990578501602001905b828210610994575050506101a0610180840151958461019f1991810103011261099057604051926101a084016001600160401b0381118582101761092c576102b591610320916040526101e36101a082016109e5565b86526101f26101c082016109e5565b60208701526102046101e082016109e5565b604087015261021661020082016109e5565b606087015261022861022082016109e5565b608087015261023a61024082016109e5565b60a087015261024c61026082016109e5565b60c087015261025e61028082016109e5565b60e08701526102706102a082016109e5565b6101008701526102836102c082016109e5565b6101208701526102966102e082016109e5565b6101408701526102a961030082016109e5565b610160870152016109e5565b61018084015280516001600160a01b039081166080908152602080840151831660a09081526040850151841660c09081526060860151851660e090815293860151851661010052908501518416610120528401518316610140529201511661016052810151158015610984575b801561097a575b61040c5780516101805260208101516101a052604001516101c0528351801590811561096f575b8115610966575b811561095c575b508015610940575b61040c575f5b5f548110156103ad575f51602061467a5f395f51905f528101546001600160a01b03165f908152600160208190526040909120805460ff191690550161036c565b5090915f5b8451811015610444576001600160a01b036103cd82876109f9565b511615801561041b575b61040c576001906001600160a01b036103f082886109f9565b51165f528160205260405f208260ff19825416179055016103b2565b630309cb8760e51b5f5260045ffd5b506001600160a01b0361042e82876109f9565b51165f52600160205260ff60405f2054166103d7565b5083518490846001600160401b03821161092c5768010000000000000000821161092c575f54825f558083106108fc575b505f8080525f51602061467a5f395f51905f52905b8381106108df57867f7f8dfa7866028567ed761dd7b1b74084c345d74ee25e28be8a3cf2f16186400a6040888881600255519082519182526020820152a180516001600160401b031680159081156108d2575b5080156108b7575b801561089d575b8015610888575b8015610873575b801561085e575b8015610843575b801561082e575b8015610813575b80156107f8575b80156107ae575b61040c578051602082015160408084015160608501516001600160c01b031960c091821b8116600160801b600160c01b03608094851b81166001600160401b039889166fffffffffffffffff000000000000000098881b89161717919091176003558388015160a0890151848a015160e08b0151861b851690871b8416928a1691881b89169190911791909117176004556101008801516101208901516101408a01516101608b015190951b9093169390941b1692861690841b9094169390931717919091176005556101809092015160068054919092166001600160401b0319909116179055517f46579cbf03c4b81515277a2df3930b92d9c21a824f0d7a4e14b40b3e2693cc155f80a161018051420342811161079a576101a0519081156107865704600855613c3f9081610a3b823960805181818161025b0152818161138f015281816114160152818161148c0152818161150501528181611eb201528181612039015281816121cf0152612c64015260a051818181610cf9015281816115c401528181611bff015281816122510152818161231e0152613a3b015260c051818181610ffc0152611f54015260e051818181610d700152611aa30152610100518181816101850152612889015261012051818181610c670152611e7001526101405181610dc101526101605181818161036601528181610f350152612e7f015261018051818181610a5101528181610f7101528181611cc6015261354301526101a051818181610a78015281816110380152818161155001528181611c9b015261381401526101c051818181610a9f01528181610fac015261356d0152f35b634e487b7160e01b5f52601260045260245ffd5b634e487b7160e01b5f52601160045260245ffd5b50610140810151610160820151612710916107d5916001600160401b039081169116610a21565b6101808301516001600160401b03916107f091831690610a21565b161415610524565b506101208101516127106001600160401b039091161161051d565b506101008101516127106001600160401b0390911611610516565b5060e08101516001600160401b03161561050f565b5060c0810151620186a06001600160401b0390911611610508565b5060a08101516001600160401b031615610501565b5060808101516001600160401b0316156104fa565b5060608101516001600160401b0316156104f3565b5060408101516127106001600160401b03909116116104ec565b506020810151620f42406001600160401b03909116116104e5565b62100000915011826104dd565b82516001600160a01b03168183015560209092019160010161048a565b5f80525f51602061467a5f395f51905f529081019083015b8181106109215750610475565b5f8155600101610914565b634e487b7160e01b5f52604160045260245ffd5b508260011b8381046002148415171561079a5784511015610366565b905083115f61035e565b84159150610357565b604081119150610350565b5080514210610329565b50604081015115610322565b5f80fd5b602080916109a1846109d1565b81520191019061018d565b6040519190601f01601f191682016001600160401b0381118382101761092c57604052565b51906001600160a01b038216820361099057565b51906001600160401b038216820361099057565b8051821015610a0d5760209160051b010190565b634e487b7160e01b5f52603260045260245ffd5b6001600160401b03918216908216019190821161079a5756fe60806040526004361015610011575f80fd5b5f5f3560e01c80630252028a14612e105780630b78ca8714612c8857806316f0115b14612c385780631703a01814612c1b578063179e740b14612bf757806321dec64d1461105b57806322a111fc1461102057806337d5fe9914610fcf5780633e1577d014610f9457806342c6498a14610f595780635aa6e67514610f085780635e615a6b14610de557806361d027b314610d9457806369d4214814610d4357806376d66fdb14610d1d5780637b10399914610ccc578063866f051f14610cae57806387986ccd14610c8b57806389cf320414610c3a5780639eab525314610b5a578063a230c52414610b0c578063c3b4716e1461033c578063da9c732f146101a9578063e441d25f146101585763f26301751461012d575f80fd5b34610155578060031936011261015557604061014761353b565b825191825215156020820152f35b80fd5b5034610155578060031936011261015557602060405173ffffffffffffffffffffffffffffffffffffffff7f0000000000000000000000000000000000000000000000000000000000000000168152f35b5034610155578060031936011261015557338152600160205260ff6040822054161561031057600c5460ff8160081c166102e857806101007fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff00ff60ff931617600c5542600e556040514281527f11ac16016fbf3818f4e5596821302c869b3501627249ea67c7ebf79438b5937c60203392a216156102435780f35b8073ffffffffffffffffffffffffffffffffffffffff7f000000000000000000000000000000000000000000000000000000000000000016803b156102e5578180916024604051809481937f16e76886000000000000000000000000000000000000000000000000000000008352600160048401525af180156102da576102c957505080f35b816102d391613203565b6101555780f35b6040513d84823e3d90fd5b50fd5b6004827f0e41fbd8000000000000000000000000000000000000000000000000000000008152fd5b807f4a0bfec1000000000000000000000000000000000000000000000000000000006024925233600452fd5b5034610155576101a06003193601126101555773ffffffffffffffffffffffffffffffffffffffff7f0000000000000000000000000000000000000000000000000000000000000000163303610310576004359067ffffffffffffffff821691828103610b085767ffffffffffffffff60035416808403610a46575b50604051906103c6826131e6565b81526024359267ffffffffffffffff841691828503610a4257602081019485526044359467ffffffffffffffff86168603610a3e576040820195865260643567ffffffffffffffff81168103610a3a576060830190815260843567ffffffffffffffff81168103610a36576080840190815260a43567ffffffffffffffff81168103610a325760a0850190815260c4359067ffffffffffffffff82168203610a2e5760c0860191825260e4359267ffffffffffffffff84168403610a2a5760e08701938452610104359467ffffffffffffffff86168603610a26576101008801958652610124359667ffffffffffffffff88168803610a22576101208901978852610144359867ffffffffffffffff8a168a03610a1e576101408101998a52610164359a67ffffffffffffffff8c168c03610a1a5761016082019b8c52610184359c8d67ffffffffffffffff811603610a16578f9061018084019e8f528215928315610a09575b5082156109fc575b5081156109e4575b5080156109d1575b80156109be575b80156109ab575b8015610994575b8015610981575b801561096b575b8015610955575b8c8c8c831561091c575b5050506108f4579167ffffffffffffffff9c9d8d98979695949289809551167fffffffffffffffffffffffffffffffffffffffffffffffff00000000000000006003541617600355517fffffffffffffffffffffffffffffffff0000000000000000ffffffffffffffff6fffffffffffffffff0000000000000000806003549360401b1616911617600355517fffffffffffffffff0000000000000000ffffffffffffffffffffffffffffffff77ffffffffffffffff00000000000000000000000000000000806003549360801b16169116176003555177ffffffffffffffffffffffffffffffffffffffffffffffff7fffffffffffffffff000000000000000000000000000000000000000000000000806003549360c01b161691161760035551167fffffffffffffffffffffffffffffffffffffffffffffffff00000000000000006004541617600455517fffffffffffffffffffffffffffffffff0000000000000000ffffffffffffffff6fffffffffffffffff0000000000000000806004549360401b1616911617600455517fffffffffffffffff0000000000000000ffffffffffffffffffffffffffffffff77ffffffffffffffff00000000000000000000000000000000806004549360801b16169116176004555177ffffffffffffffffffffffffffffffffffffffffffffffff7fffffffffffffffff000000000000000000000000000000000000000000000000806004549360c01b161691161760045551167fffffffffffffffffffffffffffffffffffffffffffffffff00000000000000006005541617600555517fffffffffffffffffffffffffffffffff0000000000000000ffffffffffffffff6fffffffffffffffff0000000000000000806005549360401b1616911617600555517fffffffffffffffff0000000000000000ffffffffffffffffffffffffffffffff77ffffffffffffffff00000000000000000000000000000000806005549360801b16169116176005555177ffffffffffffffffffffffffffffffffffffffffffffffff7fffffffffffffffff000000000000000000000000000000000000000000000000806005549360c01b161691161760055551167fffffffffffffffffffffffffffffffffffffffffffffffff000000000000000060065416176006557f46579cbf03c4b81515277a2df3930b92d9c21a824f0d7a4e14b40b3e2693cc158180a180f35b60048d7f613970e0000000000000000000000000000000000000000000000000000000008152fd5b61271093509167ffffffffffffffff61094161094a938280809751169151169061384e565b9151169061384e565b1614158c8c8c610579565b5061271067ffffffffffffffff8a51161161056f565b5061271067ffffffffffffffff89511611610568565b5067ffffffffffffffff87511615610561565b50620186a067ffffffffffffffff8751161161055a565b5067ffffffffffffffff85511615610553565b5067ffffffffffffffff8451161561054c565b5067ffffffffffffffff83511615610545565b612710915067ffffffffffffffff905116118e61053d565b620f42401091505f610535565b621000001092505f61052d565b8e80fd5b8d80fd5b8c80fd5b8b80fd5b8a80fd5b8980fd5b8880fd5b8780fd5b8680fd5b8580fd5b8480fd5b8380fd5b610ac4610a9d610a767f00000000000000000000000000000000000000000000000000000000000000004261350e565b7f000000000000000000000000000000000000000000000000000000000000000090613504565b7f000000000000000000000000000000000000000000000000000000000000000090613504565b6007549081811015610ad8575b50506103b8565b82610af2610afd94610aed85610af79561350e565b613504565b61351b565b9061352e565b6007555f8080610ad1565b5080fd5b50346101555760206003193601126101555760043573ffffffffffffffffffffffffffffffffffffffff8116809103610b085760408260ff9260209452600184522054166040519015158152f35b50346101555780600319360112610155576040518060208354918281520180918480527f290decd9548b62a8d60345a988386fc84ba6bc95484008f6362f93160ef3e56390855b818110610c0e5750505082610bb7910383613203565b604051928392602084019060208552518091526040840192915b818110610bdf575050500390f35b825173ffffffffffffffffffffffffffffffffffffffff16845285945060209384019390920191600101610bd1565b825473ffffffffffffffffffffffffffffffffffffffff16845260209093019260019283019201610ba1565b5034610155578060031936011261015557602060405173ffffffffffffffffffffffffffffffffffffffff7f0000000000000000000000000000000000000000000000000000000000000000168152f35b5034610155578060031936011261015557602060ff600c54166040519015158152f35b50346101555780600319360112610155576020600854604051908152f35b5034610155578060031936011261015557602060405173ffffffffffffffffffffffffffffffffffffffff7f0000000000000000000000000000000000000000000000000000000000000000168152f35b5034610155578060031936011261015557602060ff600c5460081c166040519015158152f35b5034610155578060031936011261015557602060405173ffffffffffffffffffffffffffffffffffffffff7f0000000000000000000000000000000000000000000000000000000000000000168152f35b5034610155578060031936011261015557602060405173ffffffffffffffffffffffffffffffffffffffff7f0000000000000000000000000000000000000000000000000000000000000000168152f35b5034610155578060031936011261015557610180604051610e05816131e6565b8281528260208201528260408201528260608201528260808201528260a08201528260c08201528260e08201528261010082015282610120820152826101408201528261016082015201526101a0610e5b61341d565b67ffffffffffffffff610180604051928281511684528260208201511660208501528260408201511660408501528260608201511660608501528260808201511660808501528260a08201511660a08501528260c08201511660c08501528260e08201511660e08501528261010082015116610100850152826101208201511661012085015282610140820151166101408501528261016082015116610160850152015116610180820152f35b5034610155578060031936011261015557602060405173ffffffffffffffffffffffffffffffffffffffff7f0000000000000000000000000000000000000000000000000000000000000000168152f35b503461015557806003193601126101555760206040517f00000000000000000000000000000000000000000000000000000000000000008152f35b503461015557806003193601126101555760206040517f00000000000000000000000000000000000000000000000000000000000000008152f35b5034610155578060031936011261015557602060405173ffffffffffffffffffffffffffffffffffffffff7f0000000000000000000000000000000000000000000000000000000000000000168152f35b503461015557806003193601126101555760206040517f00000000000000000000000000000000000000000000000000000000000000008152f35b5034611c6d576020600319360112611c6d576004359067ffffffffffffffff8211611c6d57813603610140600319820112611c6d57335f52600160205260ff60405f20541615612bcb576110b28360040135613644565b826004013560095414801590612bc1575b612b9157604051602081019160208352846004013560408301526024850135606083015260448501356080830152606485013560a0830152608485013560c083015261112b61111860a487018760040161325c565b61014060e08601526101808501916132af565b60c486013561010084015260e486013590811515809203611c6d576111929161012085015261116161010488018860040161325c565b907fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffc0868403016101408701526132af565b907fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffdd6101248701359101811215611c6d57850160246004820135910167ffffffffffffffff8211611c6d578160071b36038113611c6d57828492611223927fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffc08561124f9703016101608601526132e8565b037fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe08101835282613203565b519020600b54808203612b62575060405192610260840184811067ffffffffffffffff821117612a51576040525f84525f60208501525f60408501525f60608501525f60808501525f60a08501525f60c08501525f60e08501525f6101008501525f6101208501525f610140850152606061016085015260606101808501525f6101a08501525f6101c08501525f6101e08501525f6102008501525f6102208501525f61024085015261130061341d565b60405191610100830183811067ffffffffffffffff821117612a51576040525f83525f60208401525f60408401525f60608401525f60808401525f60a08401525f60c08401525f60e08401526040517fae2e353800000000000000000000000000000000000000000000000000000000815260608160048173ffffffffffffffffffffffffffffffffffffffff7f0000000000000000000000000000000000000000000000000000000000000000165afa908115611c79575f915f915f91612b20575b506060860152604085015260208401526040517f47b714e000000000000000000000000000000000000000000000000000000000815260208160048173ffffffffffffffffffffffffffffffffffffffff7f0000000000000000000000000000000000000000000000000000000000000000165afa908115611c79575f91612aee575b5083526040517f37cfdaca00000000000000000000000000000000000000000000000000000000815260208160048173ffffffffffffffffffffffffffffffffffffffff7f0000000000000000000000000000000000000000000000000000000000000000165afa908115611c79575f91612abc575b5060808401526040517fd5002f2e00000000000000000000000000000000000000000000000000000000815260208160048173ffffffffffffffffffffffffffffffffffffffff7f0000000000000000000000000000000000000000000000000000000000000000165afa908115611c79575f91612a8a575b5060c084015261157561154e600854836004013561350e565b7f00000000000000000000000000000000000000000000000000000000000000009061351b565b8060e085015215612a7e575b604051927f0c294f510000000000000000000000000000000000000000000000000000000084525f8460048173ffffffffffffffffffffffffffffffffffffffff7f0000000000000000000000000000000000000000000000000000000000000000165afa938415611c79575f94612915575b5060408101516024830135108015612904575b6128dc5761161d6040820151602484013561350e565b620151808102908082046201518014901517156118105761165167ffffffffffffffff60608601511660e08401519061351b565b106128b45761166084516137a0565b945f5b8551811015611695578063ffffffff60606116806001948a613630565b5101511661168e828a613630565b5201611663565b5093859487895f945f955b6116b060a4890189600401613375565b905087101561183d576116d3876116cd60a48b018b600401613375565b90613870565b96801515806117e0575b6117b85786518835101561178b576116f6883588613630565b51606081019063ffffffff82511660208b013510908115611773575b5061174b57600192610af763ffffffff61173293511660208c013561350e565b97611743602082013591358d613630565b5201956116a0565b7fcb93dd6c000000000000000000000000000000000000000000000000000000005f5260045ffd5b63ffffffff9150604001511660208a0135118d611712565b877f58c48914000000000000000000000000000000000000000000000000000000005f523560045260245ffd5b7f07b6ad3f000000000000000000000000000000000000000000000000000000005f5260045ffd5b506117f160a48a018a600401613375565b5f198301908382116118105761180692613870565b35883511156116dd565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52601160045260245ffd5b90888a89979493620151808102908082046201518014901517156118105761187867ffffffffffffffff60808501511660e08601519061351b565b1061174b575f95865b6118926101048b018b600401613375565b90508810156119a7576118b0886116cd6101048d018d600401613375565b9088151580611976575b6117b8578751823510156119495760206118d583358a613630565b51920135918215908115611925575b506118fd576001916118f59161352e565b970196611881565b7f0f40dd63000000000000000000000000000000000000000000000000000000005f5260045ffd5b905063ffffffff604061193e858360808601511661352e565b92015116108c6118e4565b507f58c48914000000000000000000000000000000000000000000000000000000005f523560045260245ffd5b506119886101048c018c600401613375565b5f198b01908b82116118105761199d92613870565b35823511156118ba565b899750889096959667ffffffffffffffff60c086015116106118fd575f5b6119d66101248a018a6004016133c9565b9050811015611a9e5780151580611a59575b6117b857611a0781611a016101248c018c6004016133c9565b90613880565b3587511115611a18576001016119c5565b611a2d90611a016101248b0160048c016133c9565b357f58c48914000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b50611a6f81611a016101248c018c6004016133c9565b35611a816101248b018b6004016133c9565b5f1984019084821161181057611a9692613880565b3510156119e8565b5087967f0000000000000000000000000000000000000000000000000000000000000000316064890135118015612886575b61285e57611ae6604087015160248a013561350e565b6801bc16d674ec8000008102908082046801bc16d674ec8000001490151715611810576060870151611b179161352e565b6044890135633b9aca00808202829004149015171561181057611b4860648a0135633b9aca0060448c01350261352e565b818110908161281f575b506127f75780633b9aca0060448b013502119081612784575b5061275c57611b7a87516137a0565b955f5b8851811015611c8457611b908187613630565b519067ffffffffffffffff60e089015116604051927f5e9d9b1d0000000000000000000000000000000000000000000000000000000084528260048501528c6004013560248501526044840152606483015260208260848173ffffffffffffffffffffffffffffffffffffffff7f0000000000000000000000000000000000000000000000000000000000000000165afa8015611c79575f90611c43575b60019250611c3c828b613630565b5201611b7d565b506020823d8211611c71575b81611c5c60209383613203565b81010312611c6d5760019151611c2e565b5f80fd5b3d9150611c4f565b6040513d5f823e3d90fd5b508789949688949686600401358552611cea611cc47f0000000000000000000000000000000000000000000000000000000000000000896004013561351b565b7f000000000000000000000000000000000000000000000000000000000000000061352e565b602086015260e0840151604086015260248701356060860152633b9aca006044880135026080860152611d1f60e48801613335565b1515610240860152611d396024880135602086015161350e565b6801bc16d674ec8000008102908082046801bc16d674ec800000149015171561181057611d6b611d769186519061352e565b60808701519061352e565b60a0850152611dd8608085015167ffffffffffffffff80611db3633b9aca00611da760a0890195848751169061351b565b0460808a01519061352e565b92511614611dc760648b013582848a613890565b60a089015260848a01359187613890565b60c086015260a08401516080850151908181101561265e575050505050611e0860a082015160c08301519061351b565b6080820151611e178183613504565b918115612631570661261d57611e32905b60c083015161350e565b604051907ff5eb42dc00000000000000000000000000000000000000000000000000000000825273ffffffffffffffffffffffffffffffffffffffff7f000000000000000000000000000000000000000000000000000000000000000016600483015260208260248173ffffffffffffffffffffffffffffffffffffffff7f0000000000000000000000000000000000000000000000000000000000000000165afa8015611c79575f906125e9575b611f2192508082116125e1575b508060e0850152611f11611f0660808501518361351b565b60c085015190613504565b61010085015260c083015161350e565b60c08201525b60a081015161020083015260c081015161022083015273ffffffffffffffffffffffffffffffffffffffff7f0000000000000000000000000000000000000000000000000000000000000000166040517f4f069a13000000000000000000000000000000000000000000000000000000008152602081600481855afa908115611c79575f916125af575b5060c486013511612418575b5050611fcb60e48401613335565b8061240b575b6123ef575b611fe260e48401613335565b15157fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff000060ff600c549216911617600c5582600401356008555f600b555f60095573ffffffffffffffffffffffffffffffffffffffff7f0000000000000000000000000000000000000000000000000000000000000000163b15611c6d57604051907f1fb380930000000000000000000000000000000000000000000000000000000082526020600483015280516024830152602081015160448301526040810151606483015260608101516084830152608081015160a483015260a081015160c483015260c081015160e483015260e08101516101048301526101008101516101248301526101208101516101448301526101408101516101648301528161211d610160830151610260610184840152610284830190613342565b610180830151907fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffdc838203016101a4840152602080835192838152019201905f5b8181106123c0575050508190610240846101a05f9601516101c48501526101c08101516101e48501526101e08101516102048501526102008101516102248501526102208101516102448501520151151561026483015203818373ffffffffffffffffffffffffffffffffffffffff7f0000000000000000000000000000000000000000000000000000000000000000165af18015611c79576123ab575b50839061220f60a4840184600401613375565b612223610104869493940186600401613375565b6122376101248895939501886004016133c9565b92909473ffffffffffffffffffffffffffffffffffffffff7f0000000000000000000000000000000000000000000000000000000000000000163b15610a3257879589946122e06122f293612304966122ce6040519c8d9b8c9b7f3bf0fa58000000000000000000000000000000000000000000000000000000008d526004013560048d015260a060248d015260a48c01916132af565b916003198a84030160448b01526132af565b916003198784030160648801526132e8565b90600319848303016084850152613342565b03818373ffffffffffffffffffffffffffffffffffffffff7f0000000000000000000000000000000000000000000000000000000000000000165af180156102da57612392575b505060408161237d60e47fca2e65ffba0db634a058e96720cdf4adbde416212532f8ecbca14d693032b5459401613335565b8251948552151560208501526004013592a280f35b8161239c91613203565b6123a757828461234b565b8280fd5b6123b89194505f90613203565b5f92846121fc565b825173ffffffffffffffffffffffffffffffffffffffff1684528694506020938401939092019160010161215e565b6124036123fe60e48501613335565b6137ef565b600d55611fd6565b5060ff600c541615611fd1565b6040517f19c2b4c3000000000000000000000000000000000000000000000000000000008152602081600481855afa908115611c79575f9161257d575b5060c48601351161251757604060a0830151608460c08501519161247e6123fe60e48b01613335565b94845195869485937f945e182900000000000000000000000000000000000000000000000000000000855260c48d013560048601526024850152604484015260648301525afa918215611c79575f915f9361253f575b506124e86124f3915160a08601519061352e565b60c08501519061352e565b81116125175760c48501356101a08401526101c08301526101e08201528580611fbd565b7f2184e07e000000000000000000000000000000000000000000000000000000005f5260045ffd5b915091506040813d604011612575575b8161255c60409383613203565b81010312611c6d578051602090910151916124e86124d4565b3d915061254f565b90506020813d6020116125a7575b8161259860209383613203565b81010312611c6d575188612455565b3d915061258b565b90506020813d6020116125d9575b816125ca60209383613203565b81010312611c6d575188611fb1565b3d91506125bd565b905088611eee565b506020823d602011612615575b8161260360209383613203565b81010312611c6d57611f219151611ee1565b3d91506125f6565b6001810180911161181057611e3290611e28565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52601260045260245ffd5b818111612670575b5050505050611f27565b61269b91612685919b989a979b99969961350e565b67ffffffffffffffff610120850151169061351b565b9260a088015192612710840293808504612710149015171561181057846126c66126d5968c9661350e565b806127455750505f5b8b6138f3565b6126f76126ed6101208801516101408901519061352e565b60c086015161352e565b60c08501525f5b6101608701518051821015612733579061272861271d82600194613630565b5160c088015161352e565b60c0870152016126fe565b50509294909391948680808080612666565b610aed6127579260c08d01519061351b565b6126cf565b7fa3779e05000000000000000000000000000000000000000000000000000000005f5260045ffd5b905061279a81633b9aca0060448c01350261350e565b9061271082029180830461271014811517156118105764496cebb80002918083046301e133801490151715611810576127e56127f09167ffffffffffffffff60208a0151169061351b565b60e08901519061351b565b1089611b6b565b7f4e0f9eeb000000000000000000000000000000000000000000000000000000005f5260045ffd5b61282a91508261350e565b61271081029080820461271014901517156118105761285767ffffffffffffffff6040890151168361351b565b108a611b52565b7fe7868393000000000000000000000000000000000000000000000000000000005f5260045ffd5b507f000000000000000000000000000000000000000000000000000000000000000031608489013511611ad0565b7fefe32a62000000000000000000000000000000000000000000000000000000005f5260045ffd5b7f7ae98e1c000000000000000000000000000000000000000000000000000000005f5260045ffd5b506020810151602483013511611607565b9093503d805f833e6129278183613203565b810190602081830312611c6d5780519067ffffffffffffffff8211611c6d570181601f82011215611c6d5780519061295e82613244565b9261296c6040519485613203565b828452602060e0818601940283010191818311611c6d57602001925b82841061299a5750505050925f6115f4565b60e084830312611c6d576040519060e0820182811067ffffffffffffffff821117612a5157604052845167ffffffffffffffff81168103611c6d5782526129e36020860161378f565b60208301526129f46040860161378f565b6040830152612a056060860161378f565b6060830152612a166080860161378f565b6080830152612a2760a0860161378f565b60a083015260c0850151908115158203611c6d578260209260c060e0950152815201930192612988565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52604160045260245ffd5b600160e0840152611581565b90506020813d602011612ab4575b81612aa560209383613203565b81010312611c6d57515f611535565b3d9150612a98565b90506020813d602011612ae6575b81612ad760209383613203565b81010312611c6d57515f6114bc565b3d9150612aca565b90506020813d602011612b18575b81612b0960209383613203565b81010312611c6d57515f611446565b3d9150612afc565b925050506060813d606011612b5a575b81612b3d60609383613203565b81010312611c6d578051604060208301519201519091905f6113c3565b3d9150612b30565b907f2e9b495b000000000000000000000000000000000000000000000000000000005f5260045260245260445ffd5b827fae540703000000000000000000000000000000000000000000000000000000005f526004013560045260245ffd5b50600b54156110c3565b7f4a0bfec1000000000000000000000000000000000000000000000000000000005f523360045260245ffd5b34611c6d575f600319360112611c6d576040600954600b5482519182526020820152f35b34611c6d575f600319360112611c6d576020600254604051908152f35b34611c6d575f600319360112611c6d57602060405173ffffffffffffffffffffffffffffffffffffffff7f0000000000000000000000000000000000000000000000000000000000000000168152f35b34611c6d576040600319360112611c6d57600435602435335f52600160205260ff60405f20541615612bcb57612cbd82613644565b80156117b8578160095403612e03575b815f52600a60205260405f2073ffffffffffffffffffffffffffffffffffffffff33165f52806020528160405f205414612ddb5773ffffffffffffffffffffffffffffffffffffffff33165f526020528060405f2055612d2d8183613719565b600b54600254839190808410612db1575050805b80600b55604051828152836020820152857f08bfc8889972bb6d239bab887c647e96ecf90597c21101c35fe07122b10d980b60403393a314612d7f57005b7f2b6bc782c916fa763822f1e50c6db0f95dade36d6541a8a4cbe070735b8b226d9160409182519182526020820152a2005b8115159081612dc8575b5015612d4157505f612d41565b9050612dd48287613719565b1086612dbb565b7f0e41fbd8000000000000000000000000000000000000000000000000000000005f5260045ffd5b816009555f600b55612ccd565b34611c6d576040600319360112611c6d5760043567ffffffffffffffff8111611c6d5736602382011215611c6d5780600401359067ffffffffffffffff8211611c6d5760248260051b82010190368211611c6d576024359173ffffffffffffffffffffffffffffffffffffffff7f0000000000000000000000000000000000000000000000000000000000000000163303612bcb57612eae84613244565b93612ebc6040519586613203565b8452602084019160240190825b8183106131b957505050825180159081156131ae575b81156131a5575b811561319b575b50801561317f575b612ff9575f5b5f54811015612f63578073ffffffffffffffffffffffffffffffffffffffff612f256001936135ed565b90549060031b1c165f528160205260405f207fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff00815416905501612efb565b50905f5b83518110156130575773ffffffffffffffffffffffffffffffffffffffff612f8f8286613630565b5116158015613021575b612ff9578073ffffffffffffffffffffffffffffffffffffffff612fbf60019387613630565b51165f528160205260405f20827fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff0082541617905501612f67565b7f613970e0000000000000000000000000000000000000000000000000000000005f5260045ffd5b5073ffffffffffffffffffffffffffffffffffffffff6130418286613630565b51165f52600160205260ff60405f205416612f99565b50919081519067ffffffffffffffff8211612a5157680100000000000000008211612a51575f54825f55808310613121575b505f80525f5b8281106130d7577f7f8dfa7866028567ed761dd7b1b74084c345d74ee25e28be8a3cf2f16186400a6040868681600255519082519182526020820152a15f600b819055600955005b600190602073ffffffffffffffffffffffffffffffffffffffff845116930192817f290decd9548b62a8d60345a988386fc84ba6bc95484008f6362f93160ef3e56301550161308f565b7f290decd9548b62a8d60345a988386fc84ba6bc95484008f6362f93160ef3e56301827f290decd9548b62a8d60345a988386fc84ba6bc95484008f6362f93160ef3e563015b8181106131745750613089565b5f8155600101613167565b508160011b828104600214831517156118105783511015612ef5565b9050821184612eed565b83159150612ee6565b604081119150612edf565b823573ffffffffffffffffffffffffffffffffffffffff81168103611c6d57815260209283019201612ec9565b6101a0810190811067ffffffffffffffff821117612a5157604052565b90601f7fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe0910116810190811067ffffffffffffffff821117612a5157604052565b67ffffffffffffffff8111612a515760051b60200190565b90357fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe182360301811215611c6d57016020813591019167ffffffffffffffff8211611c6d578160061b36038313611c6d57565b916020908281520191905f5b8181106132c85750505090565b8235845260208084013590850152604093840193909201916001016132bb565b916020908281520191905f5b8181106133015750505090565b82358452602080840135908501526040808401359085015260608084013590850152608093840193909201916001016132f4565b358015158103611c6d5790565b90602080835192838152019201905f5b81811061335f5750505090565b8251845260209384019390920191600101613352565b9035907fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe181360301821215611c6d570180359067ffffffffffffffff8211611c6d57602001918160061b36038313611c6d57565b9035907fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe181360301821215611c6d570180359067ffffffffffffffff8211611c6d57602001918160071b36038313611c6d57565b6040519061342a826131e6565b8160035467ffffffffffffffff8116825267ffffffffffffffff8160401c16602083015267ffffffffffffffff8160801c16604083015260c01c606082015260045467ffffffffffffffff8116608083015267ffffffffffffffff8160401c1660a083015267ffffffffffffffff8160801c1660c083015260c01c60e082015260055467ffffffffffffffff811661010083015267ffffffffffffffff8160401c1661012083015267ffffffffffffffff8160801c1661014083015260c01c61016082015261018067ffffffffffffffff60065416910152565b8115612631570490565b9190820391821161181057565b8181029291811591840414171561181057565b9190820180921161181057565b613568610a767f00000000000000000000000000000000000000000000000000000000000000004261350e565b6135937f00000000000000000000000000000000000000000000000000000000000000008092613504565b90600754918281106135e45782610af76135c694610af2610af294610aed67ffffffffffffffff6003541693849261350e565b80156135dd575f1981019081116118105790600190565b505f905f90565b5050505f905f90565b5f54811015613603575f805260205f2001905f90565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52603260045260245ffd5b80518210156136035760209160051b010190565b61364c61353b565b156136ed578082106136c15781116136965760085481111561366b5750565b7f961d1aae000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b7f50083001000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b507ff41a8b15000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b507f50083001000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b5f908152600a60205260408120815491939290845b83811061373b5750505050565b73ffffffffffffffffffffffffffffffffffffffff8061375a836135ed565b90549060031b1c16165f52816020528260405f20541461377d575b60010161372e565b945f1981146118105760010194613775565b519063ffffffff82168203611c6d57565b906137aa82613244565b6137b76040519182613203565b8281527fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe06137e58294613244565b0190602036910137565b1561384957600c5460ff81166138425760081c60ff1661383c57613839611cc46008547f00000000000000000000000000000000000000000000000000000000000000009061351b565b90565b600e5490565b50600d5490565b5f1990565b9067ffffffffffffffff8091169116019067ffffffffffffffff821161181057565b91908110156136035760061b0190565b91908110156136035760071b0190565b909392916138dc5760a00192835190808210156138d457906138b19161350e565b90818111156138cc5750915b6138c883825161352e565b9052565b9050916138bd565b505f93505050565b60a091929350016138ee82825161352e565b905290565b9491959093929361271061391667ffffffffffffffff6101808a0151168361351b565b0492610140870193845261271061393c67ffffffffffffffff6101608b0151168461351b565b04975f985f5b88518110156139a15760c0613957828b613630565b510151613967575b600101613942565b99613999600191610af78d61399263ffffffff60408f8461398791613630565b51015116918d613630565b519061350e565b9a905061395f565b5091949892959093969788516139b6906137a0565b96610160820197885289519a6139cb8c613244565b9b6040519c6139da908e613203565b808d526139e690613244565b7fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe0013660208e013761018083019b8c5251613a209161350e565b8415613bf657613a3684610120929b9a9b61350e565b9101527f000000000000000000000000000000000000000000000000000000000000000073ffffffffffffffffffffffffffffffffffffffff16965f5b8151811015613be95760c0613a888284613630565b51015115613be157613abf85610aed613ab963ffffffff6040613aab8789613630565b510151166139928689613630565b8761351b565b613ac98289613630565b51613bb5575b613ada828a51613630565b52604051907ff18514f70000000000000000000000000000000000000000000000000000000082528060048301526020826024818d5afa8015611c79578c925f91613b4e575b5073ffffffffffffffffffffffffffffffffffffffff613b438360019551613630565b911690525b01613a73565b919250506020813d8211613bad575b81613b6a60209383613203565b81010312611c6d57519073ffffffffffffffffffffffffffffffffffffffff82168203611c6d578b9173ffffffffffffffffffffffffffffffffffffffff613b20565b3d9150613b5d565b613bdc90612710613bd567ffffffffffffffff6101008b0151168361351b565b049061350e565b613acf565b600190613b48565b5050505050505050509050565b985095505050505050610120919350015256fea264697066735822122051fa8fdaaa6258cd705092ce27a6dbbed539111e89c0fbd4a58067eae53f857964736f6c634300081e0033290decd9548b62a8d60345a988386fc84ba6bc95484008f6362f93160ef3e563",
}

// OracleABI is the input ABI used to generate the binding from.
// Deprecated: Use OracleMetaData.ABI instead.
var OracleABI = OracleMetaData.ABI

// Deprecated: Use OracleMetaData.Sigs instead.
// OracleFuncSigs maps the 4-byte function signature to its string representation.
var OracleFuncSigs = OracleMetaData.Sigs

// OracleBin is the compiled bytecode used for deploying new contracts.
// Deprecated: Use OracleMetaData.Bin instead.
var OracleBin = OracleMetaData.Bin

// DeployOracle deploys a new Ethereum contract, binding an instance of Oracle to it.
func DeployOracle(auth *bind.TransactOpts, backend bind.ContractBackend, l OracleLinks, c OracleChainConfig, members_ []common.Address, quorum_ *big.Int, p OracleParams) (common.Address, *types.Transaction, *Oracle, error) {
	parsed, err := OracleMetaData.GetAbi()
	if err != nil {
		return common.Address{}, nil, nil, err
	}
	if parsed == nil {
		return common.Address{}, nil, nil, errors.New("GetABI returned nil")
	}

	address, tx, contract, err := bind.DeployContract(auth, *parsed, common.FromHex(OracleBin), backend, l, c, members_, quorum_, p)
	if err != nil {
		return common.Address{}, nil, nil, err
	}
	return address, tx, &Oracle{OracleCaller: OracleCaller{contract: contract}, OracleTransactor: OracleTransactor{contract: contract}, OracleFilterer: OracleFilterer{contract: contract}}, nil
}

// Oracle is an auto generated Go binding around an Ethereum contract.
type Oracle struct {
	OracleCaller     // Read-only binding to the contract
	OracleTransactor // Write-only binding to the contract
	OracleFilterer   // Log filterer for contract events
}

// OracleCaller is an auto generated read-only Go binding around an Ethereum contract.
type OracleCaller struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// OracleTransactor is an auto generated write-only Go binding around an Ethereum contract.
type OracleTransactor struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// OracleFilterer is an auto generated log filtering Go binding around an Ethereum contract events.
type OracleFilterer struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// OracleSession is an auto generated Go binding around an Ethereum contract,
// with pre-set call and transact options.
type OracleSession struct {
	Contract     *Oracle           // Generic contract binding to set the session for
	CallOpts     bind.CallOpts     // Call options to use throughout this session
	TransactOpts bind.TransactOpts // Transaction auth options to use throughout this session
}

// OracleCallerSession is an auto generated read-only Go binding around an Ethereum contract,
// with pre-set call options.
type OracleCallerSession struct {
	Contract *OracleCaller // Generic contract caller binding to set the session for
	CallOpts bind.CallOpts // Call options to use throughout this session
}

// OracleTransactorSession is an auto generated write-only Go binding around an Ethereum contract,
// with pre-set transact options.
type OracleTransactorSession struct {
	Contract     *OracleTransactor // Generic contract transactor binding to set the session for
	TransactOpts bind.TransactOpts // Transaction auth options to use throughout this session
}

// OracleRaw is an auto generated low-level Go binding around an Ethereum contract.
type OracleRaw struct {
	Contract *Oracle // Generic contract binding to access the raw methods on
}

// OracleCallerRaw is an auto generated low-level read-only Go binding around an Ethereum contract.
type OracleCallerRaw struct {
	Contract *OracleCaller // Generic read-only contract binding to access the raw methods on
}

// OracleTransactorRaw is an auto generated low-level write-only Go binding around an Ethereum contract.
type OracleTransactorRaw struct {
	Contract *OracleTransactor // Generic write-only contract binding to access the raw methods on
}

// NewOracle creates a new instance of Oracle, bound to a specific deployed contract.
func NewOracle(address common.Address, backend bind.ContractBackend) (*Oracle, error) {
	contract, err := bindOracle(address, backend, backend, backend)
	if err != nil {
		return nil, err
	}
	return &Oracle{OracleCaller: OracleCaller{contract: contract}, OracleTransactor: OracleTransactor{contract: contract}, OracleFilterer: OracleFilterer{contract: contract}}, nil
}

// NewOracleCaller creates a new read-only instance of Oracle, bound to a specific deployed contract.
func NewOracleCaller(address common.Address, caller bind.ContractCaller) (*OracleCaller, error) {
	contract, err := bindOracle(address, caller, nil, nil)
	if err != nil {
		return nil, err
	}
	return &OracleCaller{contract: contract}, nil
}

// NewOracleTransactor creates a new write-only instance of Oracle, bound to a specific deployed contract.
func NewOracleTransactor(address common.Address, transactor bind.ContractTransactor) (*OracleTransactor, error) {
	contract, err := bindOracle(address, nil, transactor, nil)
	if err != nil {
		return nil, err
	}
	return &OracleTransactor{contract: contract}, nil
}

// NewOracleFilterer creates a new log filterer instance of Oracle, bound to a specific deployed contract.
func NewOracleFilterer(address common.Address, filterer bind.ContractFilterer) (*OracleFilterer, error) {
	contract, err := bindOracle(address, nil, nil, filterer)
	if err != nil {
		return nil, err
	}
	return &OracleFilterer{contract: contract}, nil
}

// bindOracle binds a generic wrapper to an already deployed contract.
func bindOracle(address common.Address, caller bind.ContractCaller, transactor bind.ContractTransactor, filterer bind.ContractFilterer) (*bind.BoundContract, error) {
	parsed, err := OracleMetaData.GetAbi()
	if err != nil {
		return nil, err
	}
	return bind.NewBoundContract(address, *parsed, caller, transactor, filterer), nil
}

// Call invokes the (constant) contract method with params as input values and
// sets the output to result. The result type might be a single field for simple
// returns, a slice of interfaces for anonymous returns and a struct for named
// returns.
func (_Oracle *OracleRaw) Call(opts *bind.CallOpts, result *[]interface{}, method string, params ...interface{}) error {
	return _Oracle.Contract.OracleCaller.contract.Call(opts, result, method, params...)
}

// Transfer initiates a plain transaction to move funds to the contract, calling
// its default method if one is available.
func (_Oracle *OracleRaw) Transfer(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _Oracle.Contract.OracleTransactor.contract.Transfer(opts)
}

// Transact invokes the (paid) contract method with params as input values.
func (_Oracle *OracleRaw) Transact(opts *bind.TransactOpts, method string, params ...interface{}) (*types.Transaction, error) {
	return _Oracle.Contract.OracleTransactor.contract.Transact(opts, method, params...)
}

// Call invokes the (constant) contract method with params as input values and
// sets the output to result. The result type might be a single field for simple
// returns, a slice of interfaces for anonymous returns and a struct for named
// returns.
func (_Oracle *OracleCallerRaw) Call(opts *bind.CallOpts, result *[]interface{}, method string, params ...interface{}) error {
	return _Oracle.Contract.contract.Call(opts, result, method, params...)
}

// Transfer initiates a plain transaction to move funds to the contract, calling
// its default method if one is available.
func (_Oracle *OracleTransactorRaw) Transfer(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _Oracle.Contract.contract.Transfer(opts)
}

// Transact invokes the (paid) contract method with params as input values.
func (_Oracle *OracleTransactorRaw) Transact(opts *bind.TransactOpts, method string, params ...interface{}) (*types.Transaction, error) {
	return _Oracle.Contract.contract.Transact(opts, method, params...)
}

// Alert is a free data retrieval call binding the contract method 0x76d66fdb.
//
// Solidity: function alert() view returns(bool)
func (_Oracle *OracleCaller) Alert(opts *bind.CallOpts) (bool, error) {
	var out []interface{}
	err := _Oracle.contract.Call(opts, &out, "alert")

	if err != nil {
		return *new(bool), err
	}

	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)

	return out0, err

}

// Alert is a free data retrieval call binding the contract method 0x76d66fdb.
//
// Solidity: function alert() view returns(bool)
func (_Oracle *OracleSession) Alert() (bool, error) {
	return _Oracle.Contract.Alert(&_Oracle.CallOpts)
}

// Alert is a free data retrieval call binding the contract method 0x76d66fdb.
//
// Solidity: function alert() view returns(bool)
func (_Oracle *OracleCallerSession) Alert() (bool, error) {
	return _Oracle.Contract.Alert(&_Oracle.CallOpts)
}

// Bunker is a free data retrieval call binding the contract method 0x87986ccd.
//
// Solidity: function bunker() view returns(bool)
func (_Oracle *OracleCaller) Bunker(opts *bind.CallOpts) (bool, error) {
	var out []interface{}
	err := _Oracle.contract.Call(opts, &out, "bunker")

	if err != nil {
		return *new(bool), err
	}

	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)

	return out0, err

}

// Bunker is a free data retrieval call binding the contract method 0x87986ccd.
//
// Solidity: function bunker() view returns(bool)
func (_Oracle *OracleSession) Bunker() (bool, error) {
	return _Oracle.Contract.Bunker(&_Oracle.CallOpts)
}

// Bunker is a free data retrieval call binding the contract method 0x87986ccd.
//
// Solidity: function bunker() view returns(bool)
func (_Oracle *OracleCallerSession) Bunker() (bool, error) {
	return _Oracle.Contract.Bunker(&_Oracle.CallOpts)
}

// ElRewardsVault is a free data retrieval call binding the contract method 0xe441d25f.
//
// Solidity: function elRewardsVault() view returns(address)
func (_Oracle *OracleCaller) ElRewardsVault(opts *bind.CallOpts) (common.Address, error) {
	var out []interface{}
	err := _Oracle.contract.Call(opts, &out, "elRewardsVault")

	if err != nil {
		return *new(common.Address), err
	}

	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)

	return out0, err

}

// ElRewardsVault is a free data retrieval call binding the contract method 0xe441d25f.
//
// Solidity: function elRewardsVault() view returns(address)
func (_Oracle *OracleSession) ElRewardsVault() (common.Address, error) {
	return _Oracle.Contract.ElRewardsVault(&_Oracle.CallOpts)
}

// ElRewardsVault is a free data retrieval call binding the contract method 0xe441d25f.
//
// Solidity: function elRewardsVault() view returns(address)
func (_Oracle *OracleCallerSession) ElRewardsVault() (common.Address, error) {
	return _Oracle.Contract.ElRewardsVault(&_Oracle.CallOpts)
}

// GenesisTime is a free data retrieval call binding the contract method 0x42c6498a.
//
// Solidity: function genesisTime() view returns(uint256)
func (_Oracle *OracleCaller) GenesisTime(opts *bind.CallOpts) (*big.Int, error) {
	var out []interface{}
	err := _Oracle.contract.Call(opts, &out, "genesisTime")

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// GenesisTime is a free data retrieval call binding the contract method 0x42c6498a.
//
// Solidity: function genesisTime() view returns(uint256)
func (_Oracle *OracleSession) GenesisTime() (*big.Int, error) {
	return _Oracle.Contract.GenesisTime(&_Oracle.CallOpts)
}

// GenesisTime is a free data retrieval call binding the contract method 0x42c6498a.
//
// Solidity: function genesisTime() view returns(uint256)
func (_Oracle *OracleCallerSession) GenesisTime() (*big.Int, error) {
	return _Oracle.Contract.GenesisTime(&_Oracle.CallOpts)
}

// GetConsensus is a free data retrieval call binding the contract method 0x179e740b.
//
// Solidity: function getConsensus() view returns(uint256 refSlot, bytes32 report)
func (_Oracle *OracleCaller) GetConsensus(opts *bind.CallOpts) (struct {
	RefSlot *big.Int
	Report  [32]byte
}, error) {
	var out []interface{}
	err := _Oracle.contract.Call(opts, &out, "getConsensus")

	outstruct := new(struct {
		RefSlot *big.Int
		Report  [32]byte
	})
	if err != nil {
		return *outstruct, err
	}

	outstruct.RefSlot = *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)
	outstruct.Report = *abi.ConvertType(out[1], new([32]byte)).(*[32]byte)

	return *outstruct, err

}

// GetConsensus is a free data retrieval call binding the contract method 0x179e740b.
//
// Solidity: function getConsensus() view returns(uint256 refSlot, bytes32 report)
func (_Oracle *OracleSession) GetConsensus() (struct {
	RefSlot *big.Int
	Report  [32]byte
}, error) {
	return _Oracle.Contract.GetConsensus(&_Oracle.CallOpts)
}

// GetConsensus is a free data retrieval call binding the contract method 0x179e740b.
//
// Solidity: function getConsensus() view returns(uint256 refSlot, bytes32 report)
func (_Oracle *OracleCallerSession) GetConsensus() (struct {
	RefSlot *big.Int
	Report  [32]byte
}, error) {
	return _Oracle.Contract.GetConsensus(&_Oracle.CallOpts)
}

// GetCurrentRefSlot is a free data retrieval call binding the contract method 0xf2630175.
//
// Solidity: function getCurrentRefSlot() view returns(uint256 refSlot, bool ok)
func (_Oracle *OracleCaller) GetCurrentRefSlot(opts *bind.CallOpts) (struct {
	RefSlot *big.Int
	Ok      bool
}, error) {
	var out []interface{}
	err := _Oracle.contract.Call(opts, &out, "getCurrentRefSlot")

	outstruct := new(struct {
		RefSlot *big.Int
		Ok      bool
	})
	if err != nil {
		return *outstruct, err
	}

	outstruct.RefSlot = *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)
	outstruct.Ok = *abi.ConvertType(out[1], new(bool)).(*bool)

	return *outstruct, err

}

// GetCurrentRefSlot is a free data retrieval call binding the contract method 0xf2630175.
//
// Solidity: function getCurrentRefSlot() view returns(uint256 refSlot, bool ok)
func (_Oracle *OracleSession) GetCurrentRefSlot() (struct {
	RefSlot *big.Int
	Ok      bool
}, error) {
	return _Oracle.Contract.GetCurrentRefSlot(&_Oracle.CallOpts)
}

// GetCurrentRefSlot is a free data retrieval call binding the contract method 0xf2630175.
//
// Solidity: function getCurrentRefSlot() view returns(uint256 refSlot, bool ok)
func (_Oracle *OracleCallerSession) GetCurrentRefSlot() (struct {
	RefSlot *big.Int
	Ok      bool
}, error) {
	return _Oracle.Contract.GetCurrentRefSlot(&_Oracle.CallOpts)
}

// GetMembers is a free data retrieval call binding the contract method 0x9eab5253.
//
// Solidity: function getMembers() view returns(address[])
func (_Oracle *OracleCaller) GetMembers(opts *bind.CallOpts) ([]common.Address, error) {
	var out []interface{}
	err := _Oracle.contract.Call(opts, &out, "getMembers")

	if err != nil {
		return *new([]common.Address), err
	}

	out0 := *abi.ConvertType(out[0], new([]common.Address)).(*[]common.Address)

	return out0, err

}

// GetMembers is a free data retrieval call binding the contract method 0x9eab5253.
//
// Solidity: function getMembers() view returns(address[])
func (_Oracle *OracleSession) GetMembers() ([]common.Address, error) {
	return _Oracle.Contract.GetMembers(&_Oracle.CallOpts)
}

// GetMembers is a free data retrieval call binding the contract method 0x9eab5253.
//
// Solidity: function getMembers() view returns(address[])
func (_Oracle *OracleCallerSession) GetMembers() ([]common.Address, error) {
	return _Oracle.Contract.GetMembers(&_Oracle.CallOpts)
}

// GetParams is a free data retrieval call binding the contract method 0x5e615a6b.
//
// Solidity: function getParams() view returns((uint64,uint64,uint64,uint64,uint64,uint64,uint64,uint64,uint64,uint64,uint64,uint64,uint64))
func (_Oracle *OracleCaller) GetParams(opts *bind.CallOpts) (OracleParams, error) {
	var out []interface{}
	err := _Oracle.contract.Call(opts, &out, "getParams")

	if err != nil {
		return *new(OracleParams), err
	}

	out0 := *abi.ConvertType(out[0], new(OracleParams)).(*OracleParams)

	return out0, err

}

// GetParams is a free data retrieval call binding the contract method 0x5e615a6b.
//
// Solidity: function getParams() view returns((uint64,uint64,uint64,uint64,uint64,uint64,uint64,uint64,uint64,uint64,uint64,uint64,uint64))
func (_Oracle *OracleSession) GetParams() (OracleParams, error) {
	return _Oracle.Contract.GetParams(&_Oracle.CallOpts)
}

// GetParams is a free data retrieval call binding the contract method 0x5e615a6b.
//
// Solidity: function getParams() view returns((uint64,uint64,uint64,uint64,uint64,uint64,uint64,uint64,uint64,uint64,uint64,uint64,uint64))
func (_Oracle *OracleCallerSession) GetParams() (OracleParams, error) {
	return _Oracle.Contract.GetParams(&_Oracle.CallOpts)
}

// Governance is a free data retrieval call binding the contract method 0x5aa6e675.
//
// Solidity: function governance() view returns(address)
func (_Oracle *OracleCaller) Governance(opts *bind.CallOpts) (common.Address, error) {
	var out []interface{}
	err := _Oracle.contract.Call(opts, &out, "governance")

	if err != nil {
		return *new(common.Address), err
	}

	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)

	return out0, err

}

// Governance is a free data retrieval call binding the contract method 0x5aa6e675.
//
// Solidity: function governance() view returns(address)
func (_Oracle *OracleSession) Governance() (common.Address, error) {
	return _Oracle.Contract.Governance(&_Oracle.CallOpts)
}

// Governance is a free data retrieval call binding the contract method 0x5aa6e675.
//
// Solidity: function governance() view returns(address)
func (_Oracle *OracleCallerSession) Governance() (common.Address, error) {
	return _Oracle.Contract.Governance(&_Oracle.CallOpts)
}

// Insurance is a free data retrieval call binding the contract method 0x89cf3204.
//
// Solidity: function insurance() view returns(address)
func (_Oracle *OracleCaller) Insurance(opts *bind.CallOpts) (common.Address, error) {
	var out []interface{}
	err := _Oracle.contract.Call(opts, &out, "insurance")

	if err != nil {
		return *new(common.Address), err
	}

	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)

	return out0, err

}

// Insurance is a free data retrieval call binding the contract method 0x89cf3204.
//
// Solidity: function insurance() view returns(address)
func (_Oracle *OracleSession) Insurance() (common.Address, error) {
	return _Oracle.Contract.Insurance(&_Oracle.CallOpts)
}

// Insurance is a free data retrieval call binding the contract method 0x89cf3204.
//
// Solidity: function insurance() view returns(address)
func (_Oracle *OracleCallerSession) Insurance() (common.Address, error) {
	return _Oracle.Contract.Insurance(&_Oracle.CallOpts)
}

// IsMember is a free data retrieval call binding the contract method 0xa230c524.
//
// Solidity: function isMember(address ) view returns(bool)
func (_Oracle *OracleCaller) IsMember(opts *bind.CallOpts, arg0 common.Address) (bool, error) {
	var out []interface{}
	err := _Oracle.contract.Call(opts, &out, "isMember", arg0)

	if err != nil {
		return *new(bool), err
	}

	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)

	return out0, err

}

// IsMember is a free data retrieval call binding the contract method 0xa230c524.
//
// Solidity: function isMember(address ) view returns(bool)
func (_Oracle *OracleSession) IsMember(arg0 common.Address) (bool, error) {
	return _Oracle.Contract.IsMember(&_Oracle.CallOpts, arg0)
}

// IsMember is a free data retrieval call binding the contract method 0xa230c524.
//
// Solidity: function isMember(address ) view returns(bool)
func (_Oracle *OracleCallerSession) IsMember(arg0 common.Address) (bool, error) {
	return _Oracle.Contract.IsMember(&_Oracle.CallOpts, arg0)
}

// LastRefSlot is a free data retrieval call binding the contract method 0x866f051f.
//
// Solidity: function lastRefSlot() view returns(uint256)
func (_Oracle *OracleCaller) LastRefSlot(opts *bind.CallOpts) (*big.Int, error) {
	var out []interface{}
	err := _Oracle.contract.Call(opts, &out, "lastRefSlot")

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// LastRefSlot is a free data retrieval call binding the contract method 0x866f051f.
//
// Solidity: function lastRefSlot() view returns(uint256)
func (_Oracle *OracleSession) LastRefSlot() (*big.Int, error) {
	return _Oracle.Contract.LastRefSlot(&_Oracle.CallOpts)
}

// LastRefSlot is a free data retrieval call binding the contract method 0x866f051f.
//
// Solidity: function lastRefSlot() view returns(uint256)
func (_Oracle *OracleCallerSession) LastRefSlot() (*big.Int, error) {
	return _Oracle.Contract.LastRefSlot(&_Oracle.CallOpts)
}

// Pool is a free data retrieval call binding the contract method 0x16f0115b.
//
// Solidity: function pool() view returns(address)
func (_Oracle *OracleCaller) Pool(opts *bind.CallOpts) (common.Address, error) {
	var out []interface{}
	err := _Oracle.contract.Call(opts, &out, "pool")

	if err != nil {
		return *new(common.Address), err
	}

	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)

	return out0, err

}

// Pool is a free data retrieval call binding the contract method 0x16f0115b.
//
// Solidity: function pool() view returns(address)
func (_Oracle *OracleSession) Pool() (common.Address, error) {
	return _Oracle.Contract.Pool(&_Oracle.CallOpts)
}

// Pool is a free data retrieval call binding the contract method 0x16f0115b.
//
// Solidity: function pool() view returns(address)
func (_Oracle *OracleCallerSession) Pool() (common.Address, error) {
	return _Oracle.Contract.Pool(&_Oracle.CallOpts)
}

// Quorum is a free data retrieval call binding the contract method 0x1703a018.
//
// Solidity: function quorum() view returns(uint256)
func (_Oracle *OracleCaller) Quorum(opts *bind.CallOpts) (*big.Int, error) {
	var out []interface{}
	err := _Oracle.contract.Call(opts, &out, "quorum")

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// Quorum is a free data retrieval call binding the contract method 0x1703a018.
//
// Solidity: function quorum() view returns(uint256)
func (_Oracle *OracleSession) Quorum() (*big.Int, error) {
	return _Oracle.Contract.Quorum(&_Oracle.CallOpts)
}

// Quorum is a free data retrieval call binding the contract method 0x1703a018.
//
// Solidity: function quorum() view returns(uint256)
func (_Oracle *OracleCallerSession) Quorum() (*big.Int, error) {
	return _Oracle.Contract.Quorum(&_Oracle.CallOpts)
}

// Registry is a free data retrieval call binding the contract method 0x7b103999.
//
// Solidity: function registry() view returns(address)
func (_Oracle *OracleCaller) Registry(opts *bind.CallOpts) (common.Address, error) {
	var out []interface{}
	err := _Oracle.contract.Call(opts, &out, "registry")

	if err != nil {
		return *new(common.Address), err
	}

	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)

	return out0, err

}

// Registry is a free data retrieval call binding the contract method 0x7b103999.
//
// Solidity: function registry() view returns(address)
func (_Oracle *OracleSession) Registry() (common.Address, error) {
	return _Oracle.Contract.Registry(&_Oracle.CallOpts)
}

// Registry is a free data retrieval call binding the contract method 0x7b103999.
//
// Solidity: function registry() view returns(address)
func (_Oracle *OracleCallerSession) Registry() (common.Address, error) {
	return _Oracle.Contract.Registry(&_Oracle.CallOpts)
}

// SecondsPerSlot is a free data retrieval call binding the contract method 0x22a111fc.
//
// Solidity: function secondsPerSlot() view returns(uint256)
func (_Oracle *OracleCaller) SecondsPerSlot(opts *bind.CallOpts) (*big.Int, error) {
	var out []interface{}
	err := _Oracle.contract.Call(opts, &out, "secondsPerSlot")

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// SecondsPerSlot is a free data retrieval call binding the contract method 0x22a111fc.
//
// Solidity: function secondsPerSlot() view returns(uint256)
func (_Oracle *OracleSession) SecondsPerSlot() (*big.Int, error) {
	return _Oracle.Contract.SecondsPerSlot(&_Oracle.CallOpts)
}

// SecondsPerSlot is a free data retrieval call binding the contract method 0x22a111fc.
//
// Solidity: function secondsPerSlot() view returns(uint256)
func (_Oracle *OracleCallerSession) SecondsPerSlot() (*big.Int, error) {
	return _Oracle.Contract.SecondsPerSlot(&_Oracle.CallOpts)
}

// SlotsPerEpoch is a free data retrieval call binding the contract method 0x3e1577d0.
//
// Solidity: function slotsPerEpoch() view returns(uint256)
func (_Oracle *OracleCaller) SlotsPerEpoch(opts *bind.CallOpts) (*big.Int, error) {
	var out []interface{}
	err := _Oracle.contract.Call(opts, &out, "slotsPerEpoch")

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// SlotsPerEpoch is a free data retrieval call binding the contract method 0x3e1577d0.
//
// Solidity: function slotsPerEpoch() view returns(uint256)
func (_Oracle *OracleSession) SlotsPerEpoch() (*big.Int, error) {
	return _Oracle.Contract.SlotsPerEpoch(&_Oracle.CallOpts)
}

// SlotsPerEpoch is a free data retrieval call binding the contract method 0x3e1577d0.
//
// Solidity: function slotsPerEpoch() view returns(uint256)
func (_Oracle *OracleCallerSession) SlotsPerEpoch() (*big.Int, error) {
	return _Oracle.Contract.SlotsPerEpoch(&_Oracle.CallOpts)
}

// Treasury is a free data retrieval call binding the contract method 0x61d027b3.
//
// Solidity: function treasury() view returns(address)
func (_Oracle *OracleCaller) Treasury(opts *bind.CallOpts) (common.Address, error) {
	var out []interface{}
	err := _Oracle.contract.Call(opts, &out, "treasury")

	if err != nil {
		return *new(common.Address), err
	}

	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)

	return out0, err

}

// Treasury is a free data retrieval call binding the contract method 0x61d027b3.
//
// Solidity: function treasury() view returns(address)
func (_Oracle *OracleSession) Treasury() (common.Address, error) {
	return _Oracle.Contract.Treasury(&_Oracle.CallOpts)
}

// Treasury is a free data retrieval call binding the contract method 0x61d027b3.
//
// Solidity: function treasury() view returns(address)
func (_Oracle *OracleCallerSession) Treasury() (common.Address, error) {
	return _Oracle.Contract.Treasury(&_Oracle.CallOpts)
}

// WithdrawalQueue is a free data retrieval call binding the contract method 0x37d5fe99.
//
// Solidity: function withdrawalQueue() view returns(address)
func (_Oracle *OracleCaller) WithdrawalQueue(opts *bind.CallOpts) (common.Address, error) {
	var out []interface{}
	err := _Oracle.contract.Call(opts, &out, "withdrawalQueue")

	if err != nil {
		return *new(common.Address), err
	}

	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)

	return out0, err

}

// WithdrawalQueue is a free data retrieval call binding the contract method 0x37d5fe99.
//
// Solidity: function withdrawalQueue() view returns(address)
func (_Oracle *OracleSession) WithdrawalQueue() (common.Address, error) {
	return _Oracle.Contract.WithdrawalQueue(&_Oracle.CallOpts)
}

// WithdrawalQueue is a free data retrieval call binding the contract method 0x37d5fe99.
//
// Solidity: function withdrawalQueue() view returns(address)
func (_Oracle *OracleCallerSession) WithdrawalQueue() (common.Address, error) {
	return _Oracle.Contract.WithdrawalQueue(&_Oracle.CallOpts)
}

// WithdrawalVault is a free data retrieval call binding the contract method 0x69d42148.
//
// Solidity: function withdrawalVault() view returns(address)
func (_Oracle *OracleCaller) WithdrawalVault(opts *bind.CallOpts) (common.Address, error) {
	var out []interface{}
	err := _Oracle.contract.Call(opts, &out, "withdrawalVault")

	if err != nil {
		return *new(common.Address), err
	}

	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)

	return out0, err

}

// WithdrawalVault is a free data retrieval call binding the contract method 0x69d42148.
//
// Solidity: function withdrawalVault() view returns(address)
func (_Oracle *OracleSession) WithdrawalVault() (common.Address, error) {
	return _Oracle.Contract.WithdrawalVault(&_Oracle.CallOpts)
}

// WithdrawalVault is a free data retrieval call binding the contract method 0x69d42148.
//
// Solidity: function withdrawalVault() view returns(address)
func (_Oracle *OracleCallerSession) WithdrawalVault() (common.Address, error) {
	return _Oracle.Contract.WithdrawalVault(&_Oracle.CallOpts)
}

// RaiseAlert is a paid mutator transaction binding the contract method 0xda9c732f.
//
// Solidity: function raiseAlert() returns()
func (_Oracle *OracleTransactor) RaiseAlert(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _Oracle.contract.Transact(opts, "raiseAlert")
}

// RaiseAlert is a paid mutator transaction binding the contract method 0xda9c732f.
//
// Solidity: function raiseAlert() returns()
func (_Oracle *OracleSession) RaiseAlert() (*types.Transaction, error) {
	return _Oracle.Contract.RaiseAlert(&_Oracle.TransactOpts)
}

// RaiseAlert is a paid mutator transaction binding the contract method 0xda9c732f.
//
// Solidity: function raiseAlert() returns()
func (_Oracle *OracleTransactorSession) RaiseAlert() (*types.Transaction, error) {
	return _Oracle.Contract.RaiseAlert(&_Oracle.TransactOpts)
}

// SetCommittee is a paid mutator transaction binding the contract method 0x0252028a.
//
// Solidity: function setCommittee(address[] members_, uint256 quorum_) returns()
func (_Oracle *OracleTransactor) SetCommittee(opts *bind.TransactOpts, members_ []common.Address, quorum_ *big.Int) (*types.Transaction, error) {
	return _Oracle.contract.Transact(opts, "setCommittee", members_, quorum_)
}

// SetCommittee is a paid mutator transaction binding the contract method 0x0252028a.
//
// Solidity: function setCommittee(address[] members_, uint256 quorum_) returns()
func (_Oracle *OracleSession) SetCommittee(members_ []common.Address, quorum_ *big.Int) (*types.Transaction, error) {
	return _Oracle.Contract.SetCommittee(&_Oracle.TransactOpts, members_, quorum_)
}

// SetCommittee is a paid mutator transaction binding the contract method 0x0252028a.
//
// Solidity: function setCommittee(address[] members_, uint256 quorum_) returns()
func (_Oracle *OracleTransactorSession) SetCommittee(members_ []common.Address, quorum_ *big.Int) (*types.Transaction, error) {
	return _Oracle.Contract.SetCommittee(&_Oracle.TransactOpts, members_, quorum_)
}

// SetParams is a paid mutator transaction binding the contract method 0xc3b4716e.
//
// Solidity: function setParams((uint64,uint64,uint64,uint64,uint64,uint64,uint64,uint64,uint64,uint64,uint64,uint64,uint64) p) returns()
func (_Oracle *OracleTransactor) SetParams(opts *bind.TransactOpts, p OracleParams) (*types.Transaction, error) {
	return _Oracle.contract.Transact(opts, "setParams", p)
}

// SetParams is a paid mutator transaction binding the contract method 0xc3b4716e.
//
// Solidity: function setParams((uint64,uint64,uint64,uint64,uint64,uint64,uint64,uint64,uint64,uint64,uint64,uint64,uint64) p) returns()
func (_Oracle *OracleSession) SetParams(p OracleParams) (*types.Transaction, error) {
	return _Oracle.Contract.SetParams(&_Oracle.TransactOpts, p)
}

// SetParams is a paid mutator transaction binding the contract method 0xc3b4716e.
//
// Solidity: function setParams((uint64,uint64,uint64,uint64,uint64,uint64,uint64,uint64,uint64,uint64,uint64,uint64,uint64) p) returns()
func (_Oracle *OracleTransactorSession) SetParams(p OracleParams) (*types.Transaction, error) {
	return _Oracle.Contract.SetParams(&_Oracle.TransactOpts, p)
}

// SubmitReport is a paid mutator transaction binding the contract method 0x0b78ca87.
//
// Solidity: function submitReport(uint256 refSlot, bytes32 report) returns()
func (_Oracle *OracleTransactor) SubmitReport(opts *bind.TransactOpts, refSlot *big.Int, report [32]byte) (*types.Transaction, error) {
	return _Oracle.contract.Transact(opts, "submitReport", refSlot, report)
}

// SubmitReport is a paid mutator transaction binding the contract method 0x0b78ca87.
//
// Solidity: function submitReport(uint256 refSlot, bytes32 report) returns()
func (_Oracle *OracleSession) SubmitReport(refSlot *big.Int, report [32]byte) (*types.Transaction, error) {
	return _Oracle.Contract.SubmitReport(&_Oracle.TransactOpts, refSlot, report)
}

// SubmitReport is a paid mutator transaction binding the contract method 0x0b78ca87.
//
// Solidity: function submitReport(uint256 refSlot, bytes32 report) returns()
func (_Oracle *OracleTransactorSession) SubmitReport(refSlot *big.Int, report [32]byte) (*types.Transaction, error) {
	return _Oracle.Contract.SubmitReport(&_Oracle.TransactOpts, refSlot, report)
}

// SubmitReportData is a paid mutator transaction binding the contract method 0x21dec64d.
//
// Solidity: function submitReportData((uint256,uint256,uint256,uint256,uint256,(uint256,uint256)[],uint256,bool,(uint256,uint256)[],(uint256,uint256,uint256,uint256)[]) r) returns()
func (_Oracle *OracleTransactor) SubmitReportData(opts *bind.TransactOpts, r OracleReport) (*types.Transaction, error) {
	return _Oracle.contract.Transact(opts, "submitReportData", r)
}

// SubmitReportData is a paid mutator transaction binding the contract method 0x21dec64d.
//
// Solidity: function submitReportData((uint256,uint256,uint256,uint256,uint256,(uint256,uint256)[],uint256,bool,(uint256,uint256)[],(uint256,uint256,uint256,uint256)[]) r) returns()
func (_Oracle *OracleSession) SubmitReportData(r OracleReport) (*types.Transaction, error) {
	return _Oracle.Contract.SubmitReportData(&_Oracle.TransactOpts, r)
}

// SubmitReportData is a paid mutator transaction binding the contract method 0x21dec64d.
//
// Solidity: function submitReportData((uint256,uint256,uint256,uint256,uint256,(uint256,uint256)[],uint256,bool,(uint256,uint256)[],(uint256,uint256,uint256,uint256)[]) r) returns()
func (_Oracle *OracleTransactorSession) SubmitReportData(r OracleReport) (*types.Transaction, error) {
	return _Oracle.Contract.SubmitReportData(&_Oracle.TransactOpts, r)
}

// OracleBunkerAlertIterator is returned from FilterBunkerAlert and is used to iterate over the raw logs and unpacked data for BunkerAlert events raised by the Oracle contract.
type OracleBunkerAlertIterator struct {
	Event *OracleBunkerAlert // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *OracleBunkerAlertIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(OracleBunkerAlert)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(OracleBunkerAlert)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *OracleBunkerAlertIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *OracleBunkerAlertIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// OracleBunkerAlert represents a BunkerAlert event raised by the Oracle contract.
type OracleBunkerAlert struct {
	Member    common.Address
	Timestamp *big.Int
	Raw       types.Log // Blockchain specific contextual infos
}

// FilterBunkerAlert is a free log retrieval operation binding the contract event 0x11ac16016fbf3818f4e5596821302c869b3501627249ea67c7ebf79438b5937c.
//
// Solidity: event BunkerAlert(address indexed member, uint256 timestamp)
func (_Oracle *OracleFilterer) FilterBunkerAlert(opts *bind.FilterOpts, member []common.Address) (*OracleBunkerAlertIterator, error) {

	var memberRule []interface{}
	for _, memberItem := range member {
		memberRule = append(memberRule, memberItem)
	}

	logs, sub, err := _Oracle.contract.FilterLogs(opts, "BunkerAlert", memberRule)
	if err != nil {
		return nil, err
	}
	return &OracleBunkerAlertIterator{contract: _Oracle.contract, event: "BunkerAlert", logs: logs, sub: sub}, nil
}

// WatchBunkerAlert is a free log subscription operation binding the contract event 0x11ac16016fbf3818f4e5596821302c869b3501627249ea67c7ebf79438b5937c.
//
// Solidity: event BunkerAlert(address indexed member, uint256 timestamp)
func (_Oracle *OracleFilterer) WatchBunkerAlert(opts *bind.WatchOpts, sink chan<- *OracleBunkerAlert, member []common.Address) (event.Subscription, error) {

	var memberRule []interface{}
	for _, memberItem := range member {
		memberRule = append(memberRule, memberItem)
	}

	logs, sub, err := _Oracle.contract.WatchLogs(opts, "BunkerAlert", memberRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(OracleBunkerAlert)
				if err := _Oracle.contract.UnpackLog(event, "BunkerAlert", log); err != nil {
					// If the signature doesn't match, skip this log.
					if errors.Is(err, bind.ErrEventSignatureMismatch) {
						continue
					}
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseBunkerAlert is a log parse operation binding the contract event 0x11ac16016fbf3818f4e5596821302c869b3501627249ea67c7ebf79438b5937c.
//
// Solidity: event BunkerAlert(address indexed member, uint256 timestamp)
func (_Oracle *OracleFilterer) ParseBunkerAlert(log types.Log) (*OracleBunkerAlert, error) {
	event := new(OracleBunkerAlert)
	if err := _Oracle.contract.UnpackLog(event, "BunkerAlert", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// OracleConsensusReachedIterator is returned from FilterConsensusReached and is used to iterate over the raw logs and unpacked data for ConsensusReached events raised by the Oracle contract.
type OracleConsensusReachedIterator struct {
	Event *OracleConsensusReached // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *OracleConsensusReachedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(OracleConsensusReached)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(OracleConsensusReached)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *OracleConsensusReachedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *OracleConsensusReachedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// OracleConsensusReached represents a ConsensusReached event raised by the Oracle contract.
type OracleConsensusReached struct {
	RefSlot *big.Int
	Report  [32]byte
	Support *big.Int
	Raw     types.Log // Blockchain specific contextual infos
}

// FilterConsensusReached is a free log retrieval operation binding the contract event 0x2b6bc782c916fa763822f1e50c6db0f95dade36d6541a8a4cbe070735b8b226d.
//
// Solidity: event ConsensusReached(uint256 indexed refSlot, bytes32 report, uint256 support)
func (_Oracle *OracleFilterer) FilterConsensusReached(opts *bind.FilterOpts, refSlot []*big.Int) (*OracleConsensusReachedIterator, error) {

	var refSlotRule []interface{}
	for _, refSlotItem := range refSlot {
		refSlotRule = append(refSlotRule, refSlotItem)
	}

	logs, sub, err := _Oracle.contract.FilterLogs(opts, "ConsensusReached", refSlotRule)
	if err != nil {
		return nil, err
	}
	return &OracleConsensusReachedIterator{contract: _Oracle.contract, event: "ConsensusReached", logs: logs, sub: sub}, nil
}

// WatchConsensusReached is a free log subscription operation binding the contract event 0x2b6bc782c916fa763822f1e50c6db0f95dade36d6541a8a4cbe070735b8b226d.
//
// Solidity: event ConsensusReached(uint256 indexed refSlot, bytes32 report, uint256 support)
func (_Oracle *OracleFilterer) WatchConsensusReached(opts *bind.WatchOpts, sink chan<- *OracleConsensusReached, refSlot []*big.Int) (event.Subscription, error) {

	var refSlotRule []interface{}
	for _, refSlotItem := range refSlot {
		refSlotRule = append(refSlotRule, refSlotItem)
	}

	logs, sub, err := _Oracle.contract.WatchLogs(opts, "ConsensusReached", refSlotRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(OracleConsensusReached)
				if err := _Oracle.contract.UnpackLog(event, "ConsensusReached", log); err != nil {
					// If the signature doesn't match, skip this log.
					if errors.Is(err, bind.ErrEventSignatureMismatch) {
						continue
					}
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseConsensusReached is a log parse operation binding the contract event 0x2b6bc782c916fa763822f1e50c6db0f95dade36d6541a8a4cbe070735b8b226d.
//
// Solidity: event ConsensusReached(uint256 indexed refSlot, bytes32 report, uint256 support)
func (_Oracle *OracleFilterer) ParseConsensusReached(log types.Log) (*OracleConsensusReached, error) {
	event := new(OracleConsensusReached)
	if err := _Oracle.contract.UnpackLog(event, "ConsensusReached", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// OracleOracleCommitteeChangedIterator is returned from FilterOracleCommitteeChanged and is used to iterate over the raw logs and unpacked data for OracleCommitteeChanged events raised by the Oracle contract.
type OracleOracleCommitteeChangedIterator struct {
	Event *OracleOracleCommitteeChanged // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *OracleOracleCommitteeChangedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(OracleOracleCommitteeChanged)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(OracleOracleCommitteeChanged)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *OracleOracleCommitteeChangedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *OracleOracleCommitteeChangedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// OracleOracleCommitteeChanged represents a OracleCommitteeChanged event raised by the Oracle contract.
type OracleOracleCommitteeChanged struct {
	Members *big.Int
	Quorum  *big.Int
	Raw     types.Log // Blockchain specific contextual infos
}

// FilterOracleCommitteeChanged is a free log retrieval operation binding the contract event 0x7f8dfa7866028567ed761dd7b1b74084c345d74ee25e28be8a3cf2f16186400a.
//
// Solidity: event OracleCommitteeChanged(uint256 members, uint256 quorum)
func (_Oracle *OracleFilterer) FilterOracleCommitteeChanged(opts *bind.FilterOpts) (*OracleOracleCommitteeChangedIterator, error) {

	logs, sub, err := _Oracle.contract.FilterLogs(opts, "OracleCommitteeChanged")
	if err != nil {
		return nil, err
	}
	return &OracleOracleCommitteeChangedIterator{contract: _Oracle.contract, event: "OracleCommitteeChanged", logs: logs, sub: sub}, nil
}

// WatchOracleCommitteeChanged is a free log subscription operation binding the contract event 0x7f8dfa7866028567ed761dd7b1b74084c345d74ee25e28be8a3cf2f16186400a.
//
// Solidity: event OracleCommitteeChanged(uint256 members, uint256 quorum)
func (_Oracle *OracleFilterer) WatchOracleCommitteeChanged(opts *bind.WatchOpts, sink chan<- *OracleOracleCommitteeChanged) (event.Subscription, error) {

	logs, sub, err := _Oracle.contract.WatchLogs(opts, "OracleCommitteeChanged")
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(OracleOracleCommitteeChanged)
				if err := _Oracle.contract.UnpackLog(event, "OracleCommitteeChanged", log); err != nil {
					// If the signature doesn't match, skip this log.
					if errors.Is(err, bind.ErrEventSignatureMismatch) {
						continue
					}
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseOracleCommitteeChanged is a log parse operation binding the contract event 0x7f8dfa7866028567ed761dd7b1b74084c345d74ee25e28be8a3cf2f16186400a.
//
// Solidity: event OracleCommitteeChanged(uint256 members, uint256 quorum)
func (_Oracle *OracleFilterer) ParseOracleCommitteeChanged(log types.Log) (*OracleOracleCommitteeChanged, error) {
	event := new(OracleOracleCommitteeChanged)
	if err := _Oracle.contract.UnpackLog(event, "OracleCommitteeChanged", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// OracleOracleParamsSetIterator is returned from FilterOracleParamsSet and is used to iterate over the raw logs and unpacked data for OracleParamsSet events raised by the Oracle contract.
type OracleOracleParamsSetIterator struct {
	Event *OracleOracleParamsSet // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *OracleOracleParamsSetIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(OracleOracleParamsSet)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(OracleOracleParamsSet)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *OracleOracleParamsSetIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *OracleOracleParamsSetIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// OracleOracleParamsSet represents a OracleParamsSet event raised by the Oracle contract.
type OracleOracleParamsSet struct {
	Raw types.Log // Blockchain specific contextual infos
}

// FilterOracleParamsSet is a free log retrieval operation binding the contract event 0x46579cbf03c4b81515277a2df3930b92d9c21a824f0d7a4e14b40b3e2693cc15.
//
// Solidity: event OracleParamsSet()
func (_Oracle *OracleFilterer) FilterOracleParamsSet(opts *bind.FilterOpts) (*OracleOracleParamsSetIterator, error) {

	logs, sub, err := _Oracle.contract.FilterLogs(opts, "OracleParamsSet")
	if err != nil {
		return nil, err
	}
	return &OracleOracleParamsSetIterator{contract: _Oracle.contract, event: "OracleParamsSet", logs: logs, sub: sub}, nil
}

// WatchOracleParamsSet is a free log subscription operation binding the contract event 0x46579cbf03c4b81515277a2df3930b92d9c21a824f0d7a4e14b40b3e2693cc15.
//
// Solidity: event OracleParamsSet()
func (_Oracle *OracleFilterer) WatchOracleParamsSet(opts *bind.WatchOpts, sink chan<- *OracleOracleParamsSet) (event.Subscription, error) {

	logs, sub, err := _Oracle.contract.WatchLogs(opts, "OracleParamsSet")
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(OracleOracleParamsSet)
				if err := _Oracle.contract.UnpackLog(event, "OracleParamsSet", log); err != nil {
					// If the signature doesn't match, skip this log.
					if errors.Is(err, bind.ErrEventSignatureMismatch) {
						continue
					}
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseOracleParamsSet is a log parse operation binding the contract event 0x46579cbf03c4b81515277a2df3930b92d9c21a824f0d7a4e14b40b3e2693cc15.
//
// Solidity: event OracleParamsSet()
func (_Oracle *OracleFilterer) ParseOracleParamsSet(log types.Log) (*OracleOracleParamsSet, error) {
	event := new(OracleOracleParamsSet)
	if err := _Oracle.contract.UnpackLog(event, "OracleParamsSet", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// OracleReportProcessedIterator is returned from FilterReportProcessed and is used to iterate over the raw logs and unpacked data for ReportProcessed events raised by the Oracle contract.
type OracleReportProcessedIterator struct {
	Event *OracleReportProcessed // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *OracleReportProcessedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(OracleReportProcessed)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(OracleReportProcessed)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *OracleReportProcessedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *OracleReportProcessedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// OracleReportProcessed represents a ReportProcessed event raised by the Oracle contract.
type OracleReportProcessed struct {
	RefSlot *big.Int
	Report  [32]byte
	Bunker  bool
	Raw     types.Log // Blockchain specific contextual infos
}

// FilterReportProcessed is a free log retrieval operation binding the contract event 0xca2e65ffba0db634a058e96720cdf4adbde416212532f8ecbca14d693032b545.
//
// Solidity: event ReportProcessed(uint256 indexed refSlot, bytes32 report, bool bunker)
func (_Oracle *OracleFilterer) FilterReportProcessed(opts *bind.FilterOpts, refSlot []*big.Int) (*OracleReportProcessedIterator, error) {

	var refSlotRule []interface{}
	for _, refSlotItem := range refSlot {
		refSlotRule = append(refSlotRule, refSlotItem)
	}

	logs, sub, err := _Oracle.contract.FilterLogs(opts, "ReportProcessed", refSlotRule)
	if err != nil {
		return nil, err
	}
	return &OracleReportProcessedIterator{contract: _Oracle.contract, event: "ReportProcessed", logs: logs, sub: sub}, nil
}

// WatchReportProcessed is a free log subscription operation binding the contract event 0xca2e65ffba0db634a058e96720cdf4adbde416212532f8ecbca14d693032b545.
//
// Solidity: event ReportProcessed(uint256 indexed refSlot, bytes32 report, bool bunker)
func (_Oracle *OracleFilterer) WatchReportProcessed(opts *bind.WatchOpts, sink chan<- *OracleReportProcessed, refSlot []*big.Int) (event.Subscription, error) {

	var refSlotRule []interface{}
	for _, refSlotItem := range refSlot {
		refSlotRule = append(refSlotRule, refSlotItem)
	}

	logs, sub, err := _Oracle.contract.WatchLogs(opts, "ReportProcessed", refSlotRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(OracleReportProcessed)
				if err := _Oracle.contract.UnpackLog(event, "ReportProcessed", log); err != nil {
					// If the signature doesn't match, skip this log.
					if errors.Is(err, bind.ErrEventSignatureMismatch) {
						continue
					}
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseReportProcessed is a log parse operation binding the contract event 0xca2e65ffba0db634a058e96720cdf4adbde416212532f8ecbca14d693032b545.
//
// Solidity: event ReportProcessed(uint256 indexed refSlot, bytes32 report, bool bunker)
func (_Oracle *OracleFilterer) ParseReportProcessed(log types.Log) (*OracleReportProcessed, error) {
	event := new(OracleReportProcessed)
	if err := _Oracle.contract.UnpackLog(event, "ReportProcessed", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// OracleReportReceivedIterator is returned from FilterReportReceived and is used to iterate over the raw logs and unpacked data for ReportReceived events raised by the Oracle contract.
type OracleReportReceivedIterator struct {
	Event *OracleReportReceived // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *OracleReportReceivedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(OracleReportReceived)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(OracleReportReceived)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *OracleReportReceivedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *OracleReportReceivedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// OracleReportReceived represents a ReportReceived event raised by the Oracle contract.
type OracleReportReceived struct {
	RefSlot *big.Int
	Member  common.Address
	Report  [32]byte
	Support *big.Int
	Raw     types.Log // Blockchain specific contextual infos
}

// FilterReportReceived is a free log retrieval operation binding the contract event 0x08bfc8889972bb6d239bab887c647e96ecf90597c21101c35fe07122b10d980b.
//
// Solidity: event ReportReceived(uint256 indexed refSlot, address indexed member, bytes32 report, uint256 support)
func (_Oracle *OracleFilterer) FilterReportReceived(opts *bind.FilterOpts, refSlot []*big.Int, member []common.Address) (*OracleReportReceivedIterator, error) {

	var refSlotRule []interface{}
	for _, refSlotItem := range refSlot {
		refSlotRule = append(refSlotRule, refSlotItem)
	}
	var memberRule []interface{}
	for _, memberItem := range member {
		memberRule = append(memberRule, memberItem)
	}

	logs, sub, err := _Oracle.contract.FilterLogs(opts, "ReportReceived", refSlotRule, memberRule)
	if err != nil {
		return nil, err
	}
	return &OracleReportReceivedIterator{contract: _Oracle.contract, event: "ReportReceived", logs: logs, sub: sub}, nil
}

// WatchReportReceived is a free log subscription operation binding the contract event 0x08bfc8889972bb6d239bab887c647e96ecf90597c21101c35fe07122b10d980b.
//
// Solidity: event ReportReceived(uint256 indexed refSlot, address indexed member, bytes32 report, uint256 support)
func (_Oracle *OracleFilterer) WatchReportReceived(opts *bind.WatchOpts, sink chan<- *OracleReportReceived, refSlot []*big.Int, member []common.Address) (event.Subscription, error) {

	var refSlotRule []interface{}
	for _, refSlotItem := range refSlot {
		refSlotRule = append(refSlotRule, refSlotItem)
	}
	var memberRule []interface{}
	for _, memberItem := range member {
		memberRule = append(memberRule, memberItem)
	}

	logs, sub, err := _Oracle.contract.WatchLogs(opts, "ReportReceived", refSlotRule, memberRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(OracleReportReceived)
				if err := _Oracle.contract.UnpackLog(event, "ReportReceived", log); err != nil {
					// If the signature doesn't match, skip this log.
					if errors.Is(err, bind.ErrEventSignatureMismatch) {
						continue
					}
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseReportReceived is a log parse operation binding the contract event 0x08bfc8889972bb6d239bab887c647e96ecf90597c21101c35fe07122b10d980b.
//
// Solidity: event ReportReceived(uint256 indexed refSlot, address indexed member, bytes32 report, uint256 support)
func (_Oracle *OracleFilterer) ParseReportReceived(log types.Log) (*OracleReportReceived, error) {
	event := new(OracleReportReceived)
	if err := _Oracle.contract.UnpackLog(event, "ReportReceived", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// PoolMetaData contains all meta data concerning the Pool contract.
var PoolMetaData = &bind.MetaData{
	ABI: "[{\"inputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"wstETH\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"withdrawalQueue\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"registry\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"oracle\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"depositContract\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"withdrawalVault\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"elRewardsVault\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"governance\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"depositor\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"treasury\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"insurance\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"burner\",\"type\":\"address\"}],\"internalType\":\"structPool.Links\",\"name\":\"l\",\"type\":\"tuple\"},{\"components\":[{\"internalType\":\"uint128\",\"name\":\"dustFloor\",\"type\":\"uint128\"},{\"internalType\":\"uint16\",\"name\":\"reserveTargetBP\",\"type\":\"uint16\"},{\"internalType\":\"uint16\",\"name\":\"instantWithdrawalBP\",\"type\":\"uint16\"},{\"internalType\":\"uint32\",\"name\":\"maxDepositsPerBlock\",\"type\":\"uint32\"}],\"internalType\":\"structPool.Params\",\"name\":\"p\",\"type\":\"tuple\"},{\"internalType\":\"uint256\",\"name\":\"maxStakeLimit\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"stakeLimitIncreasePerBlock\",\"type\":\"uint256\"},{\"internalType\":\"bool\",\"name\":\"compounding\",\"type\":\"bool\"}],\"stateMutability\":\"payable\",\"type\":\"constructor\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"AmountTooLarge\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"}],\"name\":\"BadSignature\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"BelowDust\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"BunkerMode\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ETHTransferFailed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"HoldingPeriod\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"allowance\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"needed\",\"type\":\"uint256\"}],\"name\":\"InsufficientAllowance\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"balance\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"InsufficientBalance\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"shares\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"needed\",\"type\":\"uint256\"}],\"name\":\"InsufficientShares\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"currentNonce\",\"type\":\"uint256\"}],\"name\":\"InvalidAccountNonce\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"InvalidParameter\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"}],\"name\":\"InvalidRecipient\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"InvalidShortString\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"Malformed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"NotAuthorized\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"deadline\",\"type\":\"uint256\"}],\"name\":\"PermitExpired\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ReentrancyGuardReentrantCall\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"available\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"ReserveShort\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"limit\",\"type\":\"uint256\"}],\"name\":\"StakeLimit\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"StakingPausedError\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"string\",\"name\":\"str\",\"type\":\"string\"}],\"name\":\"StringTooLong\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"}],\"name\":\"TransferToPoolContract\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"WithdrawalAmount\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZeroAmount\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"Approval\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"bool\",\"name\":\"bunker\",\"type\":\"bool\"}],\"name\":\"BunkerModeSet\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"operatorId\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"depositIndex\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"keyIndex\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"Deposited\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[],\"name\":\"EIP712DomainChanged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"sharesAmount\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"operatorId\",\"type\":\"uint256\"}],\"name\":\"FeeMinted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"ethPaid\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"sharesBurnt\",\"type\":\"uint256\"}],\"name\":\"InstantWithdrawal\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"sharesBurnt\",\"type\":\"uint256\"}],\"name\":\"InsuranceCover\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"dustFloor\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"reserveTargetBP\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"instantWithdrawalBP\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"maxDepositsPerBlock\",\"type\":\"uint256\"}],\"name\":\"PoolParamsSet\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"sharesAmount\",\"type\":\"uint256\"}],\"name\":\"SharesBurnt\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"maxStakeLimit\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"stakeLimitIncreasePerBlock\",\"type\":\"uint256\"}],\"name\":\"StakingLimitSet\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[],\"name\":\"StakingPaused\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[],\"name\":\"StakingResumed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"referral\",\"type\":\"address\"}],\"name\":\"Submitted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"reportTimestamp\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"timeElapsed\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"preTotalShares\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"preTotalEther\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"postTotalShares\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"postTotalEther\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"sharesMintedAsFees\",\"type\":\"uint256\"}],\"name\":\"TokenRebased\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"Transfer\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"sharesValue\",\"type\":\"uint256\"}],\"name\":\"TransferShares\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"Unbuffered\",\"type\":\"event\"},{\"stateMutability\":\"payable\",\"type\":\"fallback\"},{\"inputs\":[],\"name\":\"DEAD\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"DOMAIN_SEPARATOR\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"}],\"name\":\"allowance\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"uint256\",\"name\":\"refSlot\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"reportTime\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"elapsed\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"clValidators\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"clBalance\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"withdrawalsPull\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"elRewardsPull\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"insuranceBurn\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"insuranceCover\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"treasuryShares\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"insuranceShares\",\"type\":\"uint256\"},{\"internalType\":\"uint256[]\",\"name\":\"operatorShares\",\"type\":\"uint256[]\"},{\"internalType\":\"address[]\",\"name\":\"operatorRewardAddresses\",\"type\":\"address[]\"},{\"internalType\":\"uint256\",\"name\":\"finalizeUpTo\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"finalizeEther\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"finalizeShares\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"ratePooled\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"rateShares\",\"type\":\"uint256\"},{\"internalType\":\"bool\",\"name\":\"bunker\",\"type\":\"bool\"}],\"internalType\":\"structPool.ReportEffects\",\"name\":\"e\",\"type\":\"tuple\"}],\"name\":\"applyReport\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"approve\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"balanceOf\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"burner\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"decimals\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"subtractedValue\",\"type\":\"uint256\"}],\"name\":\"decreaseAllowance\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"maxDeposits\",\"type\":\"uint256\"}],\"name\":\"deposit\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"moved\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"depositContract\",\"outputs\":[{\"internalType\":\"contractIDepositContract\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"depositor\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"eip712Domain\",\"outputs\":[{\"internalType\":\"bytes1\",\"name\":\"fields\",\"type\":\"bytes1\"},{\"internalType\":\"string\",\"name\":\"name\",\"type\":\"string\"},{\"internalType\":\"string\",\"name\":\"version\",\"type\":\"string\"},{\"internalType\":\"uint256\",\"name\":\"chainId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"verifyingContract\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"salt\",\"type\":\"bytes32\"},{\"internalType\":\"uint256[]\",\"name\":\"extensions\",\"type\":\"uint256[]\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"elRewardsVault\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"getBeaconStat\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"depositedValidators_\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"beaconValidators\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"beaconBalance\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"getBufferedEther\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"getCurrentStakeLimit\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"getDepositableEther\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"getInstantLiquidity\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"getParams\",\"outputs\":[{\"components\":[{\"internalType\":\"uint128\",\"name\":\"dustFloor\",\"type\":\"uint128\"},{\"internalType\":\"uint16\",\"name\":\"reserveTargetBP\",\"type\":\"uint16\"},{\"internalType\":\"uint16\",\"name\":\"instantWithdrawalBP\",\"type\":\"uint16\"},{\"internalType\":\"uint32\",\"name\":\"maxDepositsPerBlock\",\"type\":\"uint32\"}],\"internalType\":\"structPool.Params\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"sharesAmount\",\"type\":\"uint256\"}],\"name\":\"getPooledEthByShares\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"sharesAmount\",\"type\":\"uint256\"}],\"name\":\"getPooledEthBySharesRoundUp\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"getReportsApplied\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"}],\"name\":\"getRequestRate\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"pooled\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"shares\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"accountShares\",\"type\":\"uint256\"},{\"internalType\":\"bool\",\"name\":\"ownerIsPoolContract\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"getReserveTarget\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"ethAmount\",\"type\":\"uint256\"}],\"name\":\"getSharesByPooledEth\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"getStakeLimitState\",\"outputs\":[{\"components\":[{\"internalType\":\"uint96\",\"name\":\"maxStakeLimit\",\"type\":\"uint96\"},{\"internalType\":\"uint32\",\"name\":\"growthBlocks\",\"type\":\"uint32\"},{\"internalType\":\"uint96\",\"name\":\"prev\",\"type\":\"uint96\"},{\"internalType\":\"uint32\",\"name\":\"prevBlock\",\"type\":\"uint32\"}],\"internalType\":\"structPool.StakeLimitState\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"getTotalPooledEther\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"getTotalShares\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"governance\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"addedValue\",\"type\":\"uint256\"}],\"name\":\"increaseAllowance\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"instantWithdraw\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"paid\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"insurance\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"isBunkerMode\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"a\",\"type\":\"address\"}],\"name\":\"isPoolContract\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"isStakingPaused\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"lastInflowOf\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"sharesAmount\",\"type\":\"uint256\"}],\"name\":\"moveSharesToQueue\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"name\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"}],\"name\":\"nonces\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"oracle\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"pauseStaking\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"deadline\",\"type\":\"uint256\"},{\"internalType\":\"uint8\",\"name\":\"v\",\"type\":\"uint8\"},{\"internalType\":\"bytes32\",\"name\":\"r\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"s\",\"type\":\"bytes32\"}],\"name\":\"permit\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"receiveVaultETH\",\"outputs\":[],\"stateMutability\":\"payable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"registry\",\"outputs\":[{\"internalType\":\"contractOperatorRegistry\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"resumeStaking\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bool\",\"name\":\"on\",\"type\":\"bool\"}],\"name\":\"setBunkerMode\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"uint128\",\"name\":\"dustFloor\",\"type\":\"uint128\"},{\"internalType\":\"uint16\",\"name\":\"reserveTargetBP\",\"type\":\"uint16\"},{\"internalType\":\"uint16\",\"name\":\"instantWithdrawalBP\",\"type\":\"uint16\"},{\"internalType\":\"uint32\",\"name\":\"maxDepositsPerBlock\",\"type\":\"uint32\"}],\"internalType\":\"structPool.Params\",\"name\":\"p\",\"type\":\"tuple\"}],\"name\":\"setParams\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"max\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"perBlock\",\"type\":\"uint256\"}],\"name\":\"setStakingLimit\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"sharesOf\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"referral\",\"type\":\"address\"}],\"name\":\"submit\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"payable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"symbol\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"totalSupply\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"transfer\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"transferFrom\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"sharesAmount\",\"type\":\"uint256\"}],\"name\":\"transferShares\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"sharesAmount\",\"type\":\"uint256\"}],\"name\":\"transferSharesFrom\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"treasury\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"sharesAmount\",\"type\":\"uint256\"}],\"name\":\"unwrapTo\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"withdrawalCredentials\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"withdrawalQueue\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"withdrawalVault\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"wrapFrom\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"sharesAmount\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"wstETH\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"stateMutability\":\"payable\",\"type\":\"receive\"}]",
	Sigs: map[string]string{
		"getPooledEthBySharesRoundUp(uint256)": "0103349c",
		"DEAD()":                               "03fd2a45",
		"name()":                               "06fdde03",
		"approve(address,uint256)":             "095ea7b3",
		"setBunkerMode(bool)":                  "16e76886",
		"totalSupply()":                        "18160ddd",
		"getSharesByPooledEth(uint256)":        "19208451",
		"getRequestRate(address,address)":      "19eb3668",
		"isStakingPaused()":                    "1ea7ca89",
		"applyReport((uint256,uint256,uint256,uint256,uint256,uint256,uint256,uint256,uint256,uint256,uint256,uint256[],address[],uint256,uint256,uint256,uint256,uint256,bool))": "1fb38093",
		"setParams((uint128,uint16,uint16,uint32))":   "20761318",
		"transferFrom(address,address,uint256)":       "23b872dd",
		"burner()":                                    "27810b6e",
		"moveSharesToQueue(address,uint256,uint256)":  "2ac11073",
		"setStakingLimit(uint256,uint256)":            "2cb5f784",
		"decimals()":                                  "313ce567",
		"DOMAIN_SEPARATOR()":                          "3644e515",
		"receiveVaultETH()":                           "3695bea4",
		"getTotalPooledEther()":                       "37cfdaca",
		"withdrawalQueue()":                           "37d5fe99",
		"increaseAllowance(address,uint256)":          "39509351",
		"getBufferedEther()":                          "47b714e0",
		"wstETH()":                                    "4aa07e64",
		"withdrawalCredentials()":                     "4cd79e0a",
		"governance()":                                "5aa6e675",
		"lastInflowOf(address)":                       "5dc796ee",
		"getParams()":                                 "5e615a6b",
		"getCurrentStakeLimit()":                      "609c4c6c",
		"treasury()":                                  "61d027b3",
		"withdrawalVault()":                           "69d42148",
		"transferSharesFrom(address,address,uint256)": "6d780459",
		"balanceOf(address)":                          "70a08231",
		"resumeStaking()":                             "7475f913",
		"getPooledEthByShares(uint256)":               "7a28fb88",
		"registry()":                                  "7b103999",
		"oracle()":                                    "7dc0d1d0",
		"nonces(address)":                             "7ecebe00",
		"eip712Domain()":                              "84b0196e",
		"insurance()":                                 "89cf3204",
		"getInstantLiquidity()":                       "8cf4dc43",
		"transferShares(address,uint256)":             "8fcb4e5b",
		"symbol()":                                    "95d89b41",
		"getReportsApplied()":                         "992e5a15",
		"getReserveTarget()":                          "a16498d9",
		"submit(address)":                             "a1903eab",
		"decreaseAllowance(address,uint256)":          "a457c2d7",
		"transfer(address,uint256)":                   "a9059cbb",
		"getBeaconStat()":                             "ae2e3538",
		"deposit(uint256)":                            "b6b55f25",
		"getStakeLimitState()":                        "bc056f59",
		"unwrapTo(address,uint256)":                   "c12ea3ca",
		"depositor()":                                 "c7c4ff46",
		"isPoolContract(address)":                     "c91f0cfc",
		"getTotalShares()":                            "d5002f2e",
		"permit(address,address,uint256,uint256,uint8,bytes32,bytes32)": "d505accf",
		"isBunkerMode()":             "d85dae81",
		"allowance(address,address)": "dd62ed3e",
		"elRewardsVault()":           "e441d25f",
		"depositContract()":          "e94ad65b",
		"wrapFrom(address,uint256)":  "eeb4965e",
		"getDepositableEther()":      "f2cfa87d",
		"sharesOf(address)":          "f5eb42dc",
		"pauseStaking()":             "f999c506",
		"instantWithdraw(uint256)":   "fd92bff2",
	},
	Bin: "0x610300604052615b02803803809161001982610300610830565b6103003961026081126107fd5761018081126107fd57604051906101808201906001600160401b038211838310176108015760809160405261005c610300610853565b8352610069610320610853565b6020840152610079610340610853565b6040840152610089610360610853565b606084015261009b8261030001610853565b838301526100aa6103a0610853565b60a08401526100ba6103c0610853565b60c08401526100ca6103e0610853565b60e08401526100da610400610853565b6101008401526100eb610420610853565b6101208401526100fc610440610853565b61014084015261010d610460610853565b61016084015261017f1901126107fd5760405161012981610815565b610480516001600160801b03811681036107fd57815261014a6104a0610867565b602082015261015a6104c0610867565b60408201526104e05163ffffffff811681036107fd57606082015261050051610520516105405190939192919080151581036107fd5760018060a01b038251166040516101a8604082610830565b600c815260208101906b29ba30b5b2b21022ba3432b960a11b8252604051916101d2604084610830565b600183526020830191603160f81b83526101eb816108ec565b610120526101f884610a82565b61014052519020918260e05251902080610100524660a0526040519060208201927f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f8452604083015260608201524660808201523060a082015260a0815261026160c082610830565b5190206080523060c05261016052633b9aca0034106107ea5760208201516001600160a01b0390811661018052604083015181166101a052606083015181166101c052608083015181166101e05260a083015181166102005260c083015181166102205260e083015181166102405261010083015181166102605261012083015181166102805261014083015181166102a052610160830151166102c052156107e2576002905b60a0015160f89190911b7fff00000000000000000000000000000000000000000000000000000000000000166001600160a01b0391909116176102e05280516001600160801b03161580156107cf575b80156107bc575b80156107aa575b8015610795575b610786578051600a805460208085015160408087015160609788015163ffffffff60a01b60a082901b1661ffff60801b608086811b919091166001600160801b03909a166001600160c01b031990981688179990991761ffff60901b609085901b161717909655815194855261ffff9283169385019390935291169082015263ffffffff909116928101929092527fe42122654040a080b723fde2fd36eeb82cb988077d24873f1969dc2bafa27c6591a16104288282610894565b6001600160601b038116918061077157505f5b60405161044781610815565b83815263ffffffff828116602080840191909152604083018690524391821660609384015260809490941b600160801b600160e01b03169290911b6fffffffff000000000000000000000000166001600160e01b03909416939093171760e09290921b6001600160e01b03191691909117600b5534600781905561dead5f5260039091527f262bb27bbdd95c1cdc8e16957e36e38579ea44f7f6413dd7a9c75939def06b2c805490916001600160801b039182169082160190811161075d5781546001600160c01b0319166001600160801b039190911617905560055434810190811061075d5760055561dead7f96a25c8ce0baabc1fdefd93e9ed25d8e092a3332f3aa9a41722b5697231d1d1a604080513481525f6020820152a261dead5f7fddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef6020604051348152a361dead5f7f9d9c909296d9c674451c0c24f02cb64981eb3b727f99865939192f880a755dcb6020604051348152a3604051614f479081610bbb823960805181614237015260a051816142f4015260c05181614208015260e05181614286015261010051816142ac01526101205181611a1901526101405181611a420152610160518181816115fa015281816121db015281816126160152613baa015261018051818181610a5e0152818161110a015281816114fb015281816128ac01528181612fe50152818161375e0152613b7701526101a05181818161195e015261338301526101c05181818161057d0152818161070201526119a101526101e0518181816125d00152613553015261020051818181610cde0152818161147a015281816118210152613b44015261022051818181610c53015281816114b40152818161258d0152613b11015261024051818181610d7a015281816111cc01528181611677015281816118f301526128160152610260518181816120e601526122b20152610280518181816107fb01526117de01526102a05181818161082b01528181610bc20152611b3901526102c0518181816110bf0152613aeb01526102e05181818161163501526135310152f35b634e487b7160e01b5f52601160045260245ffd5b61078063ffffffff9183610876565b1661043b565b630309cb8760e51b5f5260045ffd5b5061271063ffffffff6060830151161161036d565b5063ffffffff60608201511615610366565b5061271061ffff6040830151161161035f565b5061271061ffff60208301511611610358565b600190610308565b63d660d3bb60e01b5f523460045260245ffd5b5f80fd5b634e487b7160e01b5f52604160045260245ffd5b608081019081106001600160401b0382111761080157604052565b601f909101601f19168101906001600160401b0382119082101761080157604052565b51906001600160a01b03821682036107fd57565b519061ffff821682036107fd57565b8115610880570490565b634e487b7160e01b5f52601260045260245ffd5b9081156108e4576001600160601b03821180156108db575b6107865780151591826108c2575b505061078657565b63ffffffff9250906108d391610876565b115f806108ba565b508181116108ac565b905061078657565b908151602081105f14610966575090601f815111610926576020815191015160208210610917571790565b5f198260200360031b1b161790565b604460209160405192839163305a27a960e01b83528160048401528051918291826024860152018484015e5f828201840152601f01601f19168101030190fd5b6001600160401b038111610801575f54600181811c91168015610a78575b6020821014610a6457601f8111610a32575b50602092601f82116001146109d357928192935f926109c8575b50508160011b915f199060031b1c1916175f5560ff90565b015190505f806109b0565b601f198216935f8052805f20915f5b868110610a1a5750836001959610610a02575b505050811b015f5560ff90565b01515f1960f88460031b161c191690555f80806109f5565b919260206001819286850151815501940192016109e2565b5f8052601f60205f20910160051c810190601f830160051c015b818110610a595750610996565b5f8155600101610a4c565b634e487b7160e01b5f52602260045260245ffd5b90607f1690610984565b908151602081105f14610aad575090601f815111610926576020815191015160208210610917571790565b6001600160401b03811161080157600154600181811c91168015610bb0575b6020821014610a6457601f8111610b7d575b50602092601f8211600114610b1c57928192935f92610b11575b50508160011b915f199060031b1c19161760015560ff90565b015190505f80610af8565b601f1982169360015f52805f20915f5b868110610b655750836001959610610b4d575b505050811b0160015560ff90565b01515f1960f88460031b161c191690555f8080610b3f565b91926020600181928685015181550194019201610b2c565b60015f52601f60205f20910160051c810190601f830160051c015b818110610ba55750610ade565b5f8155600101610b98565b90607f1690610acc56fe6080604052600436101561001d575b366138e65761001b6138db565b005b5f3560e01c80630103349c1461041757806303fd2a451461041257806306fdde031461040d578063095ea7b31461040857806316e768861461040357806318160ddd146103c257806319208451146103fe57806319eb3668146103f95780631ea7ca89146103f45780631fb38093146103ef57806320761318146103ea57806323b872dd146103e557806327810b6e146103e05780632ac11073146103db5780632cb5f784146103d6578063313ce567146103d15780633644e515146103cc5780633695bea4146103c757806337cfdaca146103c257806337d5fe99146103bd57806339509351146103b857806347b714e0146103b35780634aa07e64146103ae5780634cd79e0a146103a95780635aa6e675146103a45780635dc796ee1461039f5780635e615a6b1461039a578063609c4c6c1461039557806361d027b31461039057806369d421481461038b5780636d7804591461038657806370a08231146103815780637475f9131461037c5780637a28fb88146103775780637b103999146103725780637dc0d1d01461036d5780637ecebe001461036857806384b0196e1461036357806389cf32041461035e5780638cf4dc43146103595780638fcb4e5b1461035457806395d89b411461034f578063992e5a151461034a578063a16498d914610345578063a1903eab14610340578063a457c2d71461033b578063a9059cbb14610336578063ae2e353814610331578063b6b55f251461032c578063bc056f5914610327578063c12ea3ca14610322578063c7c4ff461461031d578063c91f0cfc14610318578063d5002f2e14610313578063d505accf1461030e578063d85dae8114610309578063dd62ed3e14610304578063e441d25f146102ff578063e94ad65b146102fa578063eeb4965e146102f5578063f2cfa87d146102f0578063f5eb42dc146102eb578063f999c506146102e65763fd92bff20361000e57612844565b6127fc565b6127ae565b612794565b6125f4565b6125b1565b61256e565b612528565b612503565b612324565b612307565b6122d6565b612293565b6121b8565b61214a565b6120c8565b61208e565b612064565b611fb0565b611c43565b611c29565b611c02565b611ba3565b611b77565b611b5d565b611b1a565b611a01565b6119c5565b611982565b61193f565b611921565b6118d9565b61188b565b611845565b611802565b6117bf565b61179d565b6116e4565b61169b565b611658565b61161e565b6115db565b6115be565b61151f565b6114dc565b6105d8565b611465565b61144b565b611430565b6111ab565b6110e3565b6110a0565b611068565b610d5f565b6106c1565b6106a0565b610638565b6105f2565b610556565b610500565b61048c565b61044b565b3461043d57602060031936011261043d57602061043560043561390e565b604051908152f35b5f80fd5b5f91031261043d57565b3461043d575f60031936011261043d57602060405161dead8152f35b90601f19601f602080948051918291828752018686015e5f8582860101520116010190565b3461043d575f60031936011261043d576104eb6040516104ad604082612c6f565b600c81527f5374616b656420457468657200000000000000000000000000000000000000006020820152604051918291602083526020830190610467565b0390f35b6001600160a01b0381160361043d57565b3461043d57604060031936011261043d57610533600435610520816104ef565b602435905f19820361053e575b33613967565b602060405160018152f35b6105478261394b565b61052d565b8015150361043d57565b3461043d57602060031936011261043d576004356105738161054c565b6001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001633036105ac5761001b90612cae565b7f4a0bfec1000000000000000000000000000000000000000000000000000000005f523360045260245ffd5b3461043d575f60031936011261043d576020610435613a03565b3461043d57602060031936011261043d576020610435600435613a6f565b600319604091011261043d57600435610628816104ef565b90602435610635816104ef565b90565b3461043d57608061064836610610565b90610651613a03565b916001600160a01b0360055492165f5260036020526106866fffffffffffffffffffffffffffffffff60405f20541691613aac565b916040519384526020840152604083015215156060820152f35b3461043d575f60031936011261043d576020600b5460e01c15604051908152f35b3461043d57602060031936011261043d5760043567ffffffffffffffff811161043d578060040190610260600319823603011261043d576001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001633036105ac57610730613bdb565b60055461073b613a03565b600980547fffffffffffffffffffffffffffffffff0000000000000000ffffffffffffffff16606485013560401b6fffffffffffffffff0000000000000000161790559261078c6084840135600855565b60c483013560a48401356107b36107ae6107a68484612d7b565b600754612d7b565b600755565b80610cd4575b5080610c49575b5060e483013580610b9e575b506107eb6107e660069594955467ffffffffffffffff1690565b612d93565b9161085561081f846101248801357f0000000000000000000000000000000000000000000000000000000000000000613d39565b61084f856101448901357f0000000000000000000000000000000000000000000000000000000000000000613d39565b90612d7b565b5f956101648101926101848201925b61086e8587612dd5565b90508910156108bd576108b560019161084f898c8a6108ae8261089d8d6108a86108a38f61089d869189612dd5565b90612e56565b612e6b565b94612dd5565b3590613dbc565b980197610864565b908787926101a485013580610a4c575b5061099c9061092c7fff08c3ef606d198e316ef5b822193c489965899eb4e3c248cea1a4626c3eda509567ffffffffffffffff167fffffffffffffffffffffffffffffffffffffffffffffffff00000000000000006006541617600655565b60095460e01c60ff1661024487019061094c61094783612e82565b151590565b901515036109a7575b50604460248701359601359260055461096c613a03565b91604051968796879260a094919796959260c0850198855260208501526040840152606083015260808201520152565b0390a261001b613c4f565b610a43610a3182610a2c6109db7f615f19033498f70146dbda915656d96a9ac3e14acf6d7ec4145b5582a7eca99395612e82565b7fffffff00ffffffffffffffffffffffffffffffffffffffffffffffffffffffff7cff0000000000000000000000000000000000000000000000000000000060095492151560e01b16911617600955565b612e82565b60405190151581529081906020820190565b0390a186610955565b6101e486013591906001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000610a878582613ca6565b16807f53d1b4bdd5b3d9d7fc46371edeaa0671ee58b251a094e96b76053ae1d147ca6860405180610abd88829190602083019252565b0390a26101c488013590610ad66107ae83600754612e75565b6102048901356102248a013592823b1561043d575f94610b3c604051988996879586947f52abcbcf000000000000000000000000000000000000000000000000000000008652600486019094939260609260808301968352602083015260408201520152565b03925af18015610b99577fff08c3ef606d198e316ef5b822193c489965899eb4e3c248cea1a4626c3eda509561099c9361092c92610b7f575b50955050906108cd565b80610b8d5f610b9393612c6f565b80610441565b88610b75565b612d88565b7faae8f05db420c434a5867c2bff6f72da3f4ca5aa6c8bb7247157f0e39369821a907f0000000000000000000000000000000000000000000000000000000000000000610beb8282613ca6565b7f53d1b4bdd5b3d9d7fc46371edeaa0671ee58b251a094e96b76053ae1d147ca686001600160a01b0360405192169180610c2a85829190602083019252565b0390a2604080516101048701358152602081019290925290a15f6107cc565b6001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016803b1561043d576040517f9342c8f400000000000000000000000000000000000000000000000000000000815260048101929092525f908290602490829084905af18015610b9957156107c05780610b8d5f610cce93612c6f565b5f6107c0565b6001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016803b1561043d576040517f3194528a00000000000000000000000000000000000000000000000000000000815260048101929092525f908290602490829084905af18015610b9957156107b95780610b8d5f610d5993612c6f565b5f6107b9565b3461043d57608060031936011261043d576001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001633036105ac57604051610dac81612c4e565b600435906fffffffffffffffffffffffffffffffff8216820361043d57818152610dd4612e8c565b906020810190828252610de5612e9d565b9260408201938085526064359063ffffffff8216820361043d576fffffffffffffffffffffffffffffffff610e306060860198848a526fffffffffffffffffffffffffffffffff1690565b161592831561101f575b508215611002575b508115610ff3575b8115610fde575b50610fb6577fe42122654040a080b723fde2fd36eeb82cb988077d24873f1969dc2bafa27c6593610f6d610f62610f59610f5985610f43610fb1978051600a805460208401516040850151606095909501517fffffffffffffffff0000000000000000000000000000000000000000000000009092166fffffffffffffffffffffffffffffffff949094169390931760809390931b71ffff00000000000000000000000000000000169290921760909390931b73ffff000000000000000000000000000000000000169290921760a09190911b77ffffffff000000000000000000000000000000000000000016179055565b516fffffffffffffffffffffffffffffffff1690565b955161ffff1690565b915163ffffffff1690565b9060405194859485929361ffff63ffffffff929695816060956fffffffffffffffffffffffffffffffff608089019a16885216602087015216604085015216910152565b0390a1005b7f613970e0000000000000000000000000000000000000000000000000000000005f5260045ffd5b612710915063ffffffff90811616115f610e51565b63ffffffff8116159150610e4a565b61271091925061101661ffff9161ffff1690565b1611905f610e42565b61271091935061103361ffff9161ffff1690565b1611915f610e3a565b600319606091011261043d57600435611054816104ef565b90602435611061816104ef565b9060443590565b3461043d5761053361109961107c3661103c565b8093916110888261394b565b611093823386613e51565b83613ee9565b3390613fae565b3461043d575f60031936011261043d5760206040516001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000168152f35b3461043d57606060031936011261043d57600435611100816104ef565b60243590604435917f0000000000000000000000000000000000000000000000000000000000000000916001600160a01b038316938433036105ac57847f9d9c909296d9c674451c0c24f02cb64981eb3b727f99865939192f880a755dcb937fddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef6001600160a01b03856111978660209a8b99614087565b16968792604051908152a3604051908152a3005b3461043d57604060031936011261043d576004356024356001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001633036105ac578161121e827fce9fddf6179affa1ea7bf36d80a6bf0284e0f3b91f4b2fa6eea2af923e7fac2d9461418a565b6112ad611229612eae565b826112c6575f8152602081015160408201516060928301519190921b6fffffffff0000000000000000000000001660809290921b7bffffffffffffffffffffffff00000000000000000000000000000000169190911760e09190911b7fffffffff000000000000000000000000000000000000000000000000000000001617600b55565b6040805191825260208201929092529081908101610fb1565b6bffffffffffffffffffffffff6112e982516bffffffffffffffffffffffff1690565b161580156113fb575b6113e2575b61131161130485856141e7565b63ffffffff166020830152565b6bffffffffffffffffffffffff831681526060810163ffffffff611339825163ffffffff1690565b166113d3575b508051602082015160408301516060938401519190931b6fffffffff000000000000000000000000166bffffffffffffffffffffffff929092169190911760809290921b7bffffffffffffffffffffffff00000000000000000000000000000000169190911760e09190911b7fffffffff000000000000000000000000000000000000000000000000000000001617600b55565b4363ffffffff1690525f61133f565b6bffffffffffffffffffffffff831660408201526112f7565b5061142961141860408301516bffffffffffffffffffffffff1690565b6bffffffffffffffffffffffff1690565b83106112f2565b3461043d575f60031936011261043d57602060405160128152f35b3461043d575f60031936011261043d5760206104356141fe565b5f60031936011261043d576001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016331415806114a9575b6105ac57005b506001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000163314156114a3565b3461043d575f60031936011261043d5760206040516001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000168152f35b3461043d57604060031936011261043d5760043561153c816104ef565b602435335f5260046020526115658260405f20906001600160a01b03165f5260205260405f2090565b54908119811161159357810180911161158e576115829133613967565b60405160018152602090f35b612d40565b7f08083b2a000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b3461043d575f60031936011261043d576020600754604051908152f35b3461043d575f60031936011261043d5760206040516001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000168152f35b3461043d575f60031936011261043d5760206040517f00000000000000000000000000000000000000000000000000000000000000008152f35b3461043d575f60031936011261043d5760206040516001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000168152f35b3461043d57602060031936011261043d576001600160a01b036004356116c0816104ef565b165f526003602052602067ffffffffffffffff60405f205460801c16604051908152f35b3461043d575f60031936011261043d576116fc612f01565b506104eb60405161170c81612c4e565b63ffffffff600a546fffffffffffffffffffffffffffffffff8116835261ffff8160801c16602084015261ffff8160901c16604084015260a01c16606082015260405191829182919091606063ffffffff8160808401956fffffffffffffffffffffffffffffffff815116855261ffff602082015116602086015261ffff6040820151166040860152015116910152565b3461043d575f60031936011261043d5760206104356117ba612eae565b61431a565b3461043d575f60031936011261043d5760206040516001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000168152f35b3461043d575f60031936011261043d5760206040516001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000168152f35b3461043d57602061188361043561185b3661103c565b611868819592939561394b565b6118718161390e565b9261187d843388613e51565b85614412565b923390613fae565b3461043d57602060031936011261043d576001600160a01b036004356118b0816104ef565b165f52600360205260206104356fffffffffffffffffffffffffffffffff60405f20541661450a565b3461043d575f60031936011261043d576001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001633036105ac5761001b612f25565b3461043d57602060031936011261043d57602061043560043561450a565b3461043d575f60031936011261043d5760206040516001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000168152f35b3461043d575f60031936011261043d5760206040516001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000168152f35b3461043d57602060031936011261043d576001600160a01b036004356119ea816104ef565b165f526002602052602060405f2054604051908152f35b3461043d575f60031936011261043d57611ac1611a3d7f0000000000000000000000000000000000000000000000000000000000000000614c2c565b611a667f0000000000000000000000000000000000000000000000000000000000000000614d46565b6020604051611a758282612c6f565b5f815281611acf81830194601f1983013687376040519788977f0f00000000000000000000000000000000000000000000000000000000000000895260e0858a015260e0890190610467565b908782036040890152610467565b914660608701523060808701525f60a087015285830360c087015251918281520192915f5b828110611b0357505050500390f35b835185528695509381019392810192600101611af4565b3461043d575f60031936011261043d5760206040516001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000168152f35b3461043d575f60031936011261043d576020610435612faf565b3461043d57604060031936011261043d576020610435600435611b99816104ef565b6024359033614412565b3461043d575f60031936011261043d576104eb604051611bc4604082612c6f565b600581527f73744554480000000000000000000000000000000000000000000000000000006020820152604051918291602083526020830190610467565b3461043d575f60031936011261043d57602067ffffffffffffffff60065416604051908152f35b3461043d575f60031936011261043d5760206104356130c8565b602060031936011261043d57600435611c5b816104ef565b611c63612eae565b90606082019063ffffffff611c7c835163ffffffff1690565b1615611f8857611c8b3461394b565b611cbe611ca9600a546fffffffffffffffffffffffffffffffff1690565b6fffffffffffffffffffffffffffffffff1690565b3410611f2257611ccd8361431a565b926bffffffffffffffffffffffff611cf182516bffffffffffffffffffffffff1690565b16151580611f7f575b611f4e57611d0734613a6f565b928315611f2257611d2761141883516bffffffffffffffffffffffff1690565b611e14575b60208484611d3f6107ae34600754612d7b565b611d5c611d5560065467ffffffffffffffff1690565b8333614b0d565b604080513481526001600160a01b0392909216602083015233917f96a25c8ce0baabc1fdefd93e9ed25d8e092a3332f3aa9a41722b5697231d1d1a9190a2611da38161450a565b5f7fddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef60405180611dd93395829190602083019252565b0390a360405181815233905f907f9d9c909296d9c674451c0c24f02cb64981eb3b727f99865939192f880a755dcb90602090a3604051908152f35b348510611ef05790611e56611ee992611e4b611e366114186020993490612e75565b6bffffffffffffffffffffffff166040850152565b4363ffffffff169052565b8051602082015160408301516060938401519190931b6fffffffff000000000000000000000000166bffffffffffffffffffffffff929092169190911760809290921b7bffffffffffffffffffffffff00000000000000000000000000000000169190911760e09190911b7fffffffff000000000000000000000000000000000000000000000000000000001617600b55565b5f80611d2c565b7fa14b63d6000000000000000000000000000000000000000000000000000000005f5234600452602485905260445b5ffd5b7fd660d3bb000000000000000000000000000000000000000000000000000000005f523460045260245ffd5b7fa14b63d6000000000000000000000000000000000000000000000000000000005f5234600452602484905260445ffd5b50348410611cfa565b7f4c022de4000000000000000000000000000000000000000000000000000000005f5260045ffd5b3461043d57604060031936011261043d57600435611fcd816104ef565b602435335f526004602052611ff68260405f20906001600160a01b03165f5260205260405f2090565b549080821061201257810390811161158e576115829133613967565b6040517f91beda240000000000000000000000000000000000000000000000000000000081523360048201526001600160a01b03841660248201526044810192909252606482015280608481015b0390fd5b3461043d57604060031936011261043d57610533600435612084816104ef565b6024359033613ee9565b3461043d575f60031936011261043d57606060095460085467ffffffffffffffff60405192818116845260401c1660208301526040820152f35b3461043d57602060031936011261043d576004356001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001633036105ac5761211f60209161211a613bdb565b6132ae565b5f7f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f005d604051908152f35b3461043d575f60031936011261043d57612162612f01565b50608061216d612eae565b63ffffffff6060604051926bffffffffffffffffffffffff81511684528260208201511660208501526bffffffffffffffffffffffff60408201511660408501520151166060820152f35b3461043d57604060031936011261043d576004356121d5816104ef565b602435907f0000000000000000000000000000000000000000000000000000000000000000916001600160a01b0383168033036105ac5761221a82846104eb96614087565b7f9d9c909296d9c674451c0c24f02cb64981eb3b727f99865939192f880a755dcb60206001600160a01b0361224e8561450a565b95169384847fddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef846040518a8152a3604051908152a36040519081529081906020820190565b3461043d575f60031936011261043d5760206040516001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000168152f35b3461043d57602060031936011261043d5760206122fd6004356122f8816104ef565b613aac565b6040519015158152f35b3461043d575f60031936011261043d576020600554604051908152f35b3461043d5760e060031936011261043d57600435612341816104ef565b60243561234d816104ef565b6044359060643560843560ff8116810361043d5760a43560c435928042116124d8579161247a612484949261246c6124268a8a61241e8b6124106124809b6123af866001600160a01b03165f52600260205260405f2080549060018201905590565b60405195869460208601988991926001600160a01b0360a09497969592978160c08601997f6e71edae12b1b97f4d1f60370fef10105fa2faae0126114a169c64845d6126c98752166020860152166040840152606083015260808201520152565b03601f198101835282612c6f565b5190206149aa565b936040519586936020850191926041937fff00000000000000000000000000000000000000000000000000000000000000928452602084015260f81b1660408201520190565b03601f198101845283612c6f565b86614a22565b1590565b6124a35761001b925f198303156139675761249e8361394b565b613967565b7f9a7d38d9000000000000000000000000000000000000000000000000000000005f526001600160a01b03831660045260245ffd5b7f9e96b26f000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b3461043d575f60031936011261043d57602060ff60095460e01c166040519015158152f35b3461043d5760206125656001600160a01b0361254336610610565b91165f526004835260405f20906001600160a01b03165f5260205260405f2090565b54604051908152f35b3461043d575f60031936011261043d5760206040516001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000168152f35b3461043d575f60031936011261043d5760206040516001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000168152f35b3461043d57604060031936011261043d57600435612611816104ef565b6024357f00000000000000000000000000000000000000000000000000000000000000006001600160a01b038116908133036105ac576126508361394b565b61265983613a6f565b92831561276c576001600160a01b03851691825f526003602052612694611ca960405f206fffffffffffffffffffffffffffffffff90541690565b95858710612722576104eb96506126e385936126d38887957fddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef95614087565b6040519081529081906020820190565b0390a36040518381527f9d9c909296d9c674451c0c24f02cb64981eb3b727f99865939192f880a755dcb90602090a36040519081529081906020820190565b82611f1f916127308961450a565b7fdb42144d000000000000000000000000000000000000000000000000000000005f526001600160a01b03909116600452602452604452606490565b7f1f2a2005000000000000000000000000000000000000000000000000000000005f5260045ffd5b3461043d575f60031936011261043d57602061043561371f565b3461043d57602060031936011261043d576001600160a01b036004356127d3816104ef565b165f52600360205260206fffffffffffffffffffffffffffffffff60405f205416604051908152f35b3461043d575f60031936011261043d576001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001633036105ac5761001b6137ea565b3461043d57602060031936011261043d57600435612860613bdb565b60095460e01c60ff16612bf9576128768161394b565b6040517ff9abb1f10000000000000000000000000000000000000000000000000000000081526020816004816001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000165afa8015610b99576bffffffffffffffffffffffff915f91612bca575b50168110612b9f5761291461290f336001600160a01b03165f52600360205260405f2090565b613863565b60065467ffffffffffffffff1667ffffffffffffffff612957612952612945602086015167ffffffffffffffff1690565b67ffffffffffffffff1690565b612d6d565b911610612b7357612966612faf565b828110612b4357506129a561298e612980600554856130b5565b612988613a03565b90614533565b91516fffffffffffffffffffffffffffffffff1690565b816fffffffffffffffffffffffffffffffff821610612aec57505f6129f56129ef6129ea6129e46129dd600a5461ffff9060901c1690565b61ffff1690565b866130b5565b614524565b84612e75565b92612a008333613ca6565b612a0f6107ae85600754612e75565b60405190815233907fddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef90602090a36040518181525f9033907f9d9c909296d9c674451c0c24f02cb64981eb3b727f99865939192f880a755dcb90602090a360408051838152602081019290925233917fba49cf25b9cb1c12daab28db38eabfb397ff0585a592e037876253373b8ed0919190a25f80808084335af1612ab26138ac565b5015612ac4576104eb906126d3613c4f565b7fb12d13eb000000000000000000000000000000000000000000000000000000005f5260045ffd5b82612b11612b0c611f1f936fffffffffffffffffffffffffffffffff1690565b61450a565b7fdb42144d000000000000000000000000000000000000000000000000000000005f5233600452602452604452606490565b7fcfe90308000000000000000000000000000000000000000000000000000000005f52600452602482905260445ffd5b7fd34ddfef000000000000000000000000000000000000000000000000000000005f523360045260245ffd5b7f53b765e8000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b612bec915060203d602011612bf2575b612be48183612c6f565b81019061383f565b5f6128e9565b503d612bda565b7fcf478f6e000000000000000000000000000000000000000000000000000000005f5260045ffd5b7f4e487b71000000000000000000000000000000000000000000000000000000005f52604160045260245ffd5b6080810190811067ffffffffffffffff821117612c6a57604052565b612c21565b90601f601f19910116810190811067ffffffffffffffff821117612c6a57604052565b67ffffffffffffffff8111612c6a57601f01601f191660200190565b600954901515908160ff8260e01c16151514612d3c57816020917fffffff00ffffffffffffffffffffffffffffffffffffffffffffffffffffffff7cff000000000000000000000000000000000000000000000000000000007f615f19033498f70146dbda915656d96a9ac3e14acf6d7ec4145b5582a7eca9939560e01b16911617600955604051908152a1565b5050565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52601160045260245ffd5b906002820180921161158e57565b9190820180921161158e57565b6040513d5f823e3d90fd5b67ffffffffffffffff60019116019067ffffffffffffffff821161158e57565b9067ffffffffffffffff8091169116019067ffffffffffffffff821161158e57565b9035907fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe18136030182121561043d570180359067ffffffffffffffff821161043d57602001918160051b3603831361043d57565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52603260045260245ffd5b9190811015612e665760051b0190565b612e29565b35610635816104ef565b9190820391821161158e57565b356106358161054c565b6024359061ffff8216820361043d57565b6044359061ffff8216820361043d57565b60405190612ebb82612c4e565b816060600b546bffffffffffffffffffffffff8116835263ffffffff81831c1660208401526bffffffffffffffffffffffff8160801c16604084015260e01c910152565b565b60405190612f0e82612c4e565b5f6060838281528260208201528260408201520152565b600b5460e01c612eff57600b80547bffffffffffffffffffffffffffffffffffffffffffffffffffffffff164360e01b7fffffffff00000000000000000000000000000000000000000000000000000000161790557fedaeeae9aed70c4545d3ab0065713261c9cee8d6cf5c8b07f52f0a65fd91efda5f80a1565b9081602091031261043d575190565b6040517fd0fb84e80000000000000000000000000000000000000000000000000000000081526020816004816001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000165afa908115610b99575f91613034575b5060075490808210156130285750505f90565b810390811161158e5790565b613056915060203d60201161305c575b61304e8183612c6f565b810190612fa0565b5f613015565b503d613044565b906801bc16d674ec8000008202918083046801bc16d674ec800000149015171561158e57565b9060308202918083046030149015171561158e57565b9060608202918083046060149015171561158e57565b8181029291811591840414171561158e57565b6106356129ea6130d6613a03565b61ffff600a5460801c16906130b5565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52601260045260245ffd5b811561311d570490565b6130e6565b81601f8201121561043d5780519061313982612c92565b926131476040519485612c6f565b8284526020838301011161043d57815f9260208093018386015e8301015290565b9080601f8301121561043d57815167ffffffffffffffff8111612c6a5760208160051b019261319a6040519485612c6f565b81845260208085019260051b82010192831161043d57602001905b8282106131c25750505090565b81518152602091820191016131b5565b9060808282031261043d57815167ffffffffffffffff811161043d57816131fa918401613122565b92602083015167ffffffffffffffff811161043d578261321b918501613122565b92604081015167ffffffffffffffff811161043d578361323c918301613168565b92606082015167ffffffffffffffff811161043d576106359201613168565b8051821015612e665760209160051b010190565b94939261329b60609361328d6132a99460808a5260808a0190610467565b9088820360208a0152610467565b908682036040880152610467565b930152565b906009546132c78167ffffffffffffffff9060801c1690565b67ffffffffffffffff1643036137135763ffffffff9060c01c81165b16916133046132fb600a5463ffffffff9060a01c1690565b63ffffffff1690565b8381111561370c5780613318858093612e75565b8310156136fc575050915b8261333e61332f61371f565b6801bc16d674ec800000900490565b9081106136f4575b5082156136ee576040517f66dc25c500000000000000000000000000000000000000000000000000000000815260048101939093525f83602481837f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03165af1928315610b99575f905f925f915f966136c3575b5081519586156136b9576134db61348d6132fb896133e860095467ffffffffffffffff1690565b9561344161340c67ffffffffffffffff89169867ffffffffffffffff851690612db3565b67ffffffffffffffff167fffffffffffffffffffffffffffffffffffffffffffffffff00000000000000006009541617600955565b600980547fffffffffffffffff0000000000000000ffffffffffffffffffffffffffffffff164360801b77ffffffffffffffff0000000000000000000000000000000016179055612d7b565b7fffffffff00000000ffffffffffffffffffffffffffffffffffffffffffffffff7bffffffff0000000000000000000000000000000000000000000000006009549260c01b16911617600955565b6134f26107ae6134ea89613063565b600754612e75565b5f5b87811061364e57505050507f76a397bea5768d4fca97ef47792796e35f98dc81b16c1de84e28a818e1f9710861352c6126d386613063565b0390a17f0000000000000000000000000000000000000000000000000000000000000000917f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03165f5b86811061358b575050505050565b61359d61359782613089565b85614730565b906135b06135aa8261309f565b8561478b565b916040516135c9816124108a6020830160209181520190565b6135d484898461480b565b91853b1561043d576136155f9360405196879485947f228951180000000000000000000000000000000000000000000000000000000086526004860161326f565b03816801bc16d674ec800000875af1918215610b995760019261363a575b500161357d565b80610b8d5f61364893612c6f565b5f613633565b8061365b6001928661325b565b517f1ec55d9e15c44189f574f4c7598877f9f4db58852439702a7c97979f1e755ad06136878387612d7b565b613691848761325b565b516040805192835260208301919091526801bc16d674ec80000090820152606090a2016134f4565b505f955050505050565b92509450506136e491503d805f833e6136dc8183612c6f565b8101906131d2565b949192915f6133c1565b505f9150565b92505f613346565b6137069250612e75565b91613323565b505f925050565b5063ffffffff5f6132e3565b6137276130c8565b604051907fd0fb84e80000000000000000000000000000000000000000000000000000000082526020826004816001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000165afa908115610b9957613798925f926137c9575b50612d7b565b60095460e01c60ff1680156137bd575b6137b85761063590600754612e75565b505f90565b508060075411156137a8565b6137e391925060203d60201161305c5761304e8183612c6f565b905f613792565b600b5460e01c15612eff577bffffffffffffffffffffffffffffffffffffffffffffffffffffffff600b5416600b557f26d1807b479eaba249c1214b82e4b65bbb0cc73ee8a17901324b1ef1b5904e495f80a1565b9081602091031261043d57516bffffffffffffffffffffffff8116810361043d5790565b906040516040810181811067ffffffffffffffff821117612c6a5760405291546fffffffffffffffffffffffffffffffff8116835260801c67ffffffffffffffff166020830152565b3d156138d6573d906138bd82612c92565b916138cb6040519384612c6f565b82523d5f602084013e565b606090565b6138e3614546565b50565b7f07b6ad3f000000000000000000000000000000000000000000000000000000005f5260045ffd5b6005549081156139455761392a90613924613a03565b906130b5565b8181049190066139375790565b6001810180911161158e5790565b50505f90565b7001000000000000000000000000000000008110156115935750565b916001600160a01b0382169283156139d757817f8c5be1e5ebec7d5bd14f71427d1e84f3dd0314c0f7b2291e5b200ac8c7c3b925926139cd6001600160a01b036020941695865f526004855260405f20906001600160a01b03165f5260205260405f2090565b55604051908152a3565b837f17858bbe000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b600754600854810180911161158e5760095467ffffffffffffffff808260401c1691160367ffffffffffffffff811161158e5767ffffffffffffffff166801bc16d674ec8000008102908082046801bc16d674ec800000149015171561158e57810180911161158e5790565b613a77613a03565b90811590818015613aa2575b613a9c57600554613a93916130b5565b9061311d570490565b91505090565b5060055415613a83565b6001600160a01b0316308114908115613ba8575b8115613b75575b8115613b42575b8115613b0f575b8115613adf575090565b90506001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000161490565b7f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031681149150613ad5565b7f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031681149150613ace565b7f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031681149150613ac7565b7f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031681149150613ac0565b7f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f005c613c275760017f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f005d565b7f3ee5aeb5000000000000000000000000000000000000000000000000000000005f5260045ffd5b5f7f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f005d565b906fffffffffffffffffffffffffffffffff809116911603906fffffffffffffffffffffffffffffffff821161158e57565b6001600160a01b03165f526003602052613d2760405f20613cec6fffffffffffffffffffffffffffffffff84166fffffffffffffffffffffffffffffffff835416613c74565b6fffffffffffffffffffffffffffffffff167fffffffffffffffffffffffffffffffff00000000000000000000000000000000825416179055565b60055490810390811161158e57600555565b9190918215613db557613d556001600160a01b03928483614b0d565b16805f7f9d9c909296d9c674451c0c24f02cb64981eb3b727f99865939192f880a755dcb6020604051868152a37fd39cc3711c62bef02d29d8e2d7b424986f901b868bf12564d56d7385abc3bbcb604080518481525f196020820152a290565b5050505f90565b9290928315613e49576001600160a01b0381613dfd7fd39cc3711c62bef02d29d8e2d7b424986f901b868bf12564d56d7385abc3bbcb9487613e4395614b0d565b1692835f7f9d9c909296d9c674451c0c24f02cb64981eb3b727f99865939192f880a755dcb6020604051898152a360408051868152602081019290925290918291820190565b0390a290565b505050505f90565b90916001600160a01b0382165f526004602052613e828360405f20906001600160a01b03165f5260205260405f2090565b54818110613e905750505050565b90612060916040519485947f91beda2400000000000000000000000000000000000000000000000000000000865260048601909493926001600160a01b0360609381608085019816845216602083015260408201520152565b9291613ef482614bb4565b613efd8161394b565b613f0681613a6f565b906001600160a01b03851692835f5260036020526fffffffffffffffffffffffffffffffff60405f205416958387106127225760209596507fddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef6001600160a01b0383613f97877f9d9c909296d9c674451c0c24f02cb64981eb3b727f99865939192f880a755dcb9897968a96614087565b16968793604051908152a3604051908152602090a3565b6001600160a01b031690815f526004602052613fde8160405f20906001600160a01b03165f5260205260405f2090565b54925f19841461404f57830392831161158e5760206001600160a01b037f8c5be1e5ebec7d5bd14f71427d1e84f3dd0314c0f7b2291e5b200ac8c7c3b92592845f5260048352856140438260405f20906001600160a01b03165f5260205260405f2090565b556040519586521693a3565b50505050565b906fffffffffffffffffffffffffffffffff809116911601906fffffffffffffffffffffffffffffffff821161158e57565b906001600160a01b0390816fffffffffffffffffffffffffffffffff612eff951693165f5260036020526140d560405f20613cec856fffffffffffffffffffffffffffffffff835416613c74565b165f52600360205261413e61410160405f20926fffffffffffffffffffffffffffffffff845416614055565b82906fffffffffffffffffffffffffffffffff167fffffffffffffffffffffffffffffffff00000000000000000000000000000000825416179055565b60065481547fffffffffffffffff0000000000000000ffffffffffffffffffffffffffffffff1660809190911b77ffffffffffffffff0000000000000000000000000000000016179055565b80156141e0576bffffffffffffffffffffffff811180156141d7575b610fb657811591821592836141bf575b505050610fb657565b9091925061311d5763ffffffff9104115f80806141b6565b508082116141a6565b50610fb657565b90806141f35750505f90565b63ffffffff91041690565b6001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000163014806142f1575b15614259577f000000000000000000000000000000000000000000000000000000000000000090565b60405160208101907f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f82527f000000000000000000000000000000000000000000000000000000000000000060408201527f000000000000000000000000000000000000000000000000000000000000000060608201524660808201523060a082015260a081526142eb60c082612c6f565b51902090565b507f00000000000000000000000000000000000000000000000000000000000000004614614230565b6060810163ffffffff614331825163ffffffff1690565b16156139455781516bffffffffffffffffffffffff169081156143fa576143b5611418916143c89361436d6132fb602088015163ffffffff1690565b90816143da57505061084f5f5b6143b06143aa6132fb61439f61141860408c01516bffffffffffffffffffffffff1690565b955163ffffffff1690565b43612e75565b6130b5565b92516bffffffffffffffffffffffff1690565b90818111156143d5575090565b905090565b61084f916143f5916bffffffffffffffffffffffff16613113565b61437a565b50505070010000000000000000000000000000000090565b92919061441e81614bb4565b6144278261394b565b6001600160a01b03841690815f5260036020526fffffffffffffffffffffffffffffffff60405f2054168381106144d657506001600160a01b0381614497857f9d9c909296d9c674451c0c24f02cb64981eb3b727f99865939192f880a755dcb946144918261450a565b99614087565b169283837fddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef60405180602081018b82520390a3604051908152602090a3565b9190507f68b65f11000000000000000000000000000000000000000000000000000000005f5260045260245260445260645ffd5b6005549081156139455761452090613924613a03565b0490565b61271080820491066139375790565b90801561311d5780820491066139375790565b61454e612eae565b90606082019163ffffffff614567845163ffffffff1690565b1615611f88576145763461394b565b614594611ca9600a546fffffffffffffffffffffffffffffffff1690565b3410611f22576145a38161431a565b926bffffffffffffffffffffffff6145c783516bffffffffffffffffffffffff1690565b16151580614727575b611f4e576145dd34613a6f565b938415611f22576145fd61141884516bffffffffffffffffffffffff1690565b6146d0575b5050506146146107ae34600754612d7b565b61462a611d5560065467ffffffffffffffff1690565b604080513481525f602082015233917f96a25c8ce0baabc1fdefd93e9ed25d8e092a3332f3aa9a41722b5697231d1d1a91a26146658261450a565b5f7fddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef6040518061469b3395829190602083019252565b0390a360405182815233905f907f9d9c909296d9c674451c0c24f02cb64981eb3b727f99865939192f880a755dcb90602090a3565b3481106146f8576146f09291611e4b611e36611418611e56943490612e75565b5f8080614602565b7fa14b63d6000000000000000000000000000000000000000000000000000000005f523460045260245260445ffd5b503484106145d0565b9190604051614740606082612c6f565b60308152601f196147516030612c92565b0136602083013780935f5b6030811061476a5750505050565b60208185018301015160208285010152602081018091111561475c57612d40565b919060405161479b608082612c6f565b60608152601f196147ac6060612c92565b0136602083013780935f5b606081106147c55750505050565b6020818501830101516020828501015260208101809111156147b757612d40565b805191908290602001825e015f815290565b614804906010926147e6565b5f81520190565b5f6148326124106148266020946040519283918783016147f8565b604051918280926147e6565b039060025afa15610b99575f519160205f614875828401519361482660606040830151920151956124106040519384928884019091604092825260208201520190565b039060025afa15610b995760205f6148a761241061482683519560405192839187830160409181525f60208201520190565b039060025afa15610b99575f6148db6020926148268351916124106040519384928884019091604092825260208201520190565b039060025afa15610b99575f61490f6020926148268351956124106040519384928884019091604092825260208201520190565b039060025afa15610b995760205f6149666124106148268351956040519283918783016040917e4059730700000000000000000000000000000000000000000000000000000082525f600883015260208201520190565b039060025afa15610b99575f61499a6020926148268351916124106040519384928884019091604092825260208201520190565b039060025afa15610b99575f5190565b6042906149b56141fe565b90604051917f19010000000000000000000000000000000000000000000000000000000000008352600283015260228201522090565b600411156149f557565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52602160045260245ffd5b9190823b614a5d5790614a3491614dfe565b50614a3e816149eb565b159182614a4a57505090565b6001600160a01b03919250811691161490565b915f92612410614aac859460405192839160208301957f1626ba7e0000000000000000000000000000000000000000000000000000000087526024840152604060448401526064830190610467565b51915afa614ab86138ac565b81614aff575b81614ac7575090565b905060208180518101031261043d57602001517f1626ba7e000000000000000000000000000000000000000000000000000000001490565b905060208151101590614abe565b916001600160a01b03614ba29293165f52600360205260405f20614b596141016fffffffffffffffffffffffffffffffff86166fffffffffffffffffffffffffffffffff845416614055565b907fffffffffffffffff0000000000000000ffffffffffffffffffffffffffffffff77ffffffffffffffff0000000000000000000000000000000083549260801b169116179055565b60055490810180911161158e57600555565b6001600160a01b038116908115614c0057614bce90613aac565b614bd55750565b7fad3da1c5000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b507f17858bbe000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b60ff8114614c3d5761063590614e38565b506040515f5f548060011c91600182168015614d3c575b602084108114614d0f5783855284926020840191908115614cd85750600114614c85575b5061063592500382612c6f565b5f80805291507f290decd9548b62a8d60345a988386fc84ba6bc95484008f6362f93160ef3e5635b848310614cc157506106359350015f614c78565b805482840152859350602090920191600101614cad565b7fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff001682525061063593151560051b0190505f614c78565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52602260045260245ffd5b92607f1692614c54565b60ff8114614d575761063590614e38565b506040515f6001548060011c91600182168015614df4575b602084108114614d0f5783855284926020840191908115614cd85750600114614d9f575061063592500382612c6f565b60015f90815291507fb10e2d527612073b26eecdfd717e6a320cf44b4afac2b0732d9fcbe2b7fa0cf65b848310614ddd57506106359350015f614c78565b805482840152859350602090920191600101614dc9565b92607f1692614d6f565b8151919060418303614e2e57614e279250602082015190606060408401519301515f1a90614e8f565b9192909190565b50505f9160029190565b60ff811690601f8211614e675760405191614e54604084612c6f565b6020808452838101919036833783525290565b7fb3512b0c000000000000000000000000000000000000000000000000000000005f5260045ffd5b91907f7fffffffffffffffffffffffffffffff5d576e7357a4501ddfe92f46681b20a08411614f06579160209360809260ff5f9560405194855216868401526040830152606082015282805260015afa15610b99575f516001600160a01b03811615614efc57905f905f90565b505f906001905f90565b5050505f916003919056fea2646970667358221220a366c752412162c5815e3f1f96f69b32fe6f8537dbdf890290316a9d2db469d064736f6c634300081e0033",
}

// PoolABI is the input ABI used to generate the binding from.
// Deprecated: Use PoolMetaData.ABI instead.
var PoolABI = PoolMetaData.ABI

// Deprecated: Use PoolMetaData.Sigs instead.
// PoolFuncSigs maps the 4-byte function signature to its string representation.
var PoolFuncSigs = PoolMetaData.Sigs

// PoolBin is the compiled bytecode used for deploying new contracts.
// Deprecated: Use PoolMetaData.Bin instead.
var PoolBin = PoolMetaData.Bin

// DeployPool deploys a new Ethereum contract, binding an instance of Pool to it.
func DeployPool(auth *bind.TransactOpts, backend bind.ContractBackend, l PoolLinks, p PoolParams, maxStakeLimit *big.Int, stakeLimitIncreasePerBlock *big.Int, compounding bool) (common.Address, *types.Transaction, *Pool, error) {
	parsed, err := PoolMetaData.GetAbi()
	if err != nil {
		return common.Address{}, nil, nil, err
	}
	if parsed == nil {
		return common.Address{}, nil, nil, errors.New("GetABI returned nil")
	}

	address, tx, contract, err := bind.DeployContract(auth, *parsed, common.FromHex(PoolBin), backend, l, p, maxStakeLimit, stakeLimitIncreasePerBlock, compounding)
	if err != nil {
		return common.Address{}, nil, nil, err
	}
	return address, tx, &Pool{PoolCaller: PoolCaller{contract: contract}, PoolTransactor: PoolTransactor{contract: contract}, PoolFilterer: PoolFilterer{contract: contract}}, nil
}

// Pool is an auto generated Go binding around an Ethereum contract.
type Pool struct {
	PoolCaller     // Read-only binding to the contract
	PoolTransactor // Write-only binding to the contract
	PoolFilterer   // Log filterer for contract events
}

// PoolCaller is an auto generated read-only Go binding around an Ethereum contract.
type PoolCaller struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// PoolTransactor is an auto generated write-only Go binding around an Ethereum contract.
type PoolTransactor struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// PoolFilterer is an auto generated log filtering Go binding around an Ethereum contract events.
type PoolFilterer struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// PoolSession is an auto generated Go binding around an Ethereum contract,
// with pre-set call and transact options.
type PoolSession struct {
	Contract     *Pool             // Generic contract binding to set the session for
	CallOpts     bind.CallOpts     // Call options to use throughout this session
	TransactOpts bind.TransactOpts // Transaction auth options to use throughout this session
}

// PoolCallerSession is an auto generated read-only Go binding around an Ethereum contract,
// with pre-set call options.
type PoolCallerSession struct {
	Contract *PoolCaller   // Generic contract caller binding to set the session for
	CallOpts bind.CallOpts // Call options to use throughout this session
}

// PoolTransactorSession is an auto generated write-only Go binding around an Ethereum contract,
// with pre-set transact options.
type PoolTransactorSession struct {
	Contract     *PoolTransactor   // Generic contract transactor binding to set the session for
	TransactOpts bind.TransactOpts // Transaction auth options to use throughout this session
}

// PoolRaw is an auto generated low-level Go binding around an Ethereum contract.
type PoolRaw struct {
	Contract *Pool // Generic contract binding to access the raw methods on
}

// PoolCallerRaw is an auto generated low-level read-only Go binding around an Ethereum contract.
type PoolCallerRaw struct {
	Contract *PoolCaller // Generic read-only contract binding to access the raw methods on
}

// PoolTransactorRaw is an auto generated low-level write-only Go binding around an Ethereum contract.
type PoolTransactorRaw struct {
	Contract *PoolTransactor // Generic write-only contract binding to access the raw methods on
}

// NewPool creates a new instance of Pool, bound to a specific deployed contract.
func NewPool(address common.Address, backend bind.ContractBackend) (*Pool, error) {
	contract, err := bindPool(address, backend, backend, backend)
	if err != nil {
		return nil, err
	}
	return &Pool{PoolCaller: PoolCaller{contract: contract}, PoolTransactor: PoolTransactor{contract: contract}, PoolFilterer: PoolFilterer{contract: contract}}, nil
}

// NewPoolCaller creates a new read-only instance of Pool, bound to a specific deployed contract.
func NewPoolCaller(address common.Address, caller bind.ContractCaller) (*PoolCaller, error) {
	contract, err := bindPool(address, caller, nil, nil)
	if err != nil {
		return nil, err
	}
	return &PoolCaller{contract: contract}, nil
}

// NewPoolTransactor creates a new write-only instance of Pool, bound to a specific deployed contract.
func NewPoolTransactor(address common.Address, transactor bind.ContractTransactor) (*PoolTransactor, error) {
	contract, err := bindPool(address, nil, transactor, nil)
	if err != nil {
		return nil, err
	}
	return &PoolTransactor{contract: contract}, nil
}

// NewPoolFilterer creates a new log filterer instance of Pool, bound to a specific deployed contract.
func NewPoolFilterer(address common.Address, filterer bind.ContractFilterer) (*PoolFilterer, error) {
	contract, err := bindPool(address, nil, nil, filterer)
	if err != nil {
		return nil, err
	}
	return &PoolFilterer{contract: contract}, nil
}

// bindPool binds a generic wrapper to an already deployed contract.
func bindPool(address common.Address, caller bind.ContractCaller, transactor bind.ContractTransactor, filterer bind.ContractFilterer) (*bind.BoundContract, error) {
	parsed, err := PoolMetaData.GetAbi()
	if err != nil {
		return nil, err
	}
	return bind.NewBoundContract(address, *parsed, caller, transactor, filterer), nil
}

// Call invokes the (constant) contract method with params as input values and
// sets the output to result. The result type might be a single field for simple
// returns, a slice of interfaces for anonymous returns and a struct for named
// returns.
func (_Pool *PoolRaw) Call(opts *bind.CallOpts, result *[]interface{}, method string, params ...interface{}) error {
	return _Pool.Contract.PoolCaller.contract.Call(opts, result, method, params...)
}

// Transfer initiates a plain transaction to move funds to the contract, calling
// its default method if one is available.
func (_Pool *PoolRaw) Transfer(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _Pool.Contract.PoolTransactor.contract.Transfer(opts)
}

// Transact invokes the (paid) contract method with params as input values.
func (_Pool *PoolRaw) Transact(opts *bind.TransactOpts, method string, params ...interface{}) (*types.Transaction, error) {
	return _Pool.Contract.PoolTransactor.contract.Transact(opts, method, params...)
}

// Call invokes the (constant) contract method with params as input values and
// sets the output to result. The result type might be a single field for simple
// returns, a slice of interfaces for anonymous returns and a struct for named
// returns.
func (_Pool *PoolCallerRaw) Call(opts *bind.CallOpts, result *[]interface{}, method string, params ...interface{}) error {
	return _Pool.Contract.contract.Call(opts, result, method, params...)
}

// Transfer initiates a plain transaction to move funds to the contract, calling
// its default method if one is available.
func (_Pool *PoolTransactorRaw) Transfer(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _Pool.Contract.contract.Transfer(opts)
}

// Transact invokes the (paid) contract method with params as input values.
func (_Pool *PoolTransactorRaw) Transact(opts *bind.TransactOpts, method string, params ...interface{}) (*types.Transaction, error) {
	return _Pool.Contract.contract.Transact(opts, method, params...)
}

// DEAD is a free data retrieval call binding the contract method 0x03fd2a45.
//
// Solidity: function DEAD() view returns(address)
func (_Pool *PoolCaller) DEAD(opts *bind.CallOpts) (common.Address, error) {
	var out []interface{}
	err := _Pool.contract.Call(opts, &out, "DEAD")

	if err != nil {
		return *new(common.Address), err
	}

	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)

	return out0, err

}

// DEAD is a free data retrieval call binding the contract method 0x03fd2a45.
//
// Solidity: function DEAD() view returns(address)
func (_Pool *PoolSession) DEAD() (common.Address, error) {
	return _Pool.Contract.DEAD(&_Pool.CallOpts)
}

// DEAD is a free data retrieval call binding the contract method 0x03fd2a45.
//
// Solidity: function DEAD() view returns(address)
func (_Pool *PoolCallerSession) DEAD() (common.Address, error) {
	return _Pool.Contract.DEAD(&_Pool.CallOpts)
}

// DOMAINSEPARATOR is a free data retrieval call binding the contract method 0x3644e515.
//
// Solidity: function DOMAIN_SEPARATOR() view returns(bytes32)
func (_Pool *PoolCaller) DOMAINSEPARATOR(opts *bind.CallOpts) ([32]byte, error) {
	var out []interface{}
	err := _Pool.contract.Call(opts, &out, "DOMAIN_SEPARATOR")

	if err != nil {
		return *new([32]byte), err
	}

	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)

	return out0, err

}

// DOMAINSEPARATOR is a free data retrieval call binding the contract method 0x3644e515.
//
// Solidity: function DOMAIN_SEPARATOR() view returns(bytes32)
func (_Pool *PoolSession) DOMAINSEPARATOR() ([32]byte, error) {
	return _Pool.Contract.DOMAINSEPARATOR(&_Pool.CallOpts)
}

// DOMAINSEPARATOR is a free data retrieval call binding the contract method 0x3644e515.
//
// Solidity: function DOMAIN_SEPARATOR() view returns(bytes32)
func (_Pool *PoolCallerSession) DOMAINSEPARATOR() ([32]byte, error) {
	return _Pool.Contract.DOMAINSEPARATOR(&_Pool.CallOpts)
}

// Allowance is a free data retrieval call binding the contract method 0xdd62ed3e.
//
// Solidity: function allowance(address owner, address spender) view returns(uint256)
func (_Pool *PoolCaller) Allowance(opts *bind.CallOpts, owner common.Address, spender common.Address) (*big.Int, error) {
	var out []interface{}
	err := _Pool.contract.Call(opts, &out, "allowance", owner, spender)

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// Allowance is a free data retrieval call binding the contract method 0xdd62ed3e.
//
// Solidity: function allowance(address owner, address spender) view returns(uint256)
func (_Pool *PoolSession) Allowance(owner common.Address, spender common.Address) (*big.Int, error) {
	return _Pool.Contract.Allowance(&_Pool.CallOpts, owner, spender)
}

// Allowance is a free data retrieval call binding the contract method 0xdd62ed3e.
//
// Solidity: function allowance(address owner, address spender) view returns(uint256)
func (_Pool *PoolCallerSession) Allowance(owner common.Address, spender common.Address) (*big.Int, error) {
	return _Pool.Contract.Allowance(&_Pool.CallOpts, owner, spender)
}

// BalanceOf is a free data retrieval call binding the contract method 0x70a08231.
//
// Solidity: function balanceOf(address account) view returns(uint256)
func (_Pool *PoolCaller) BalanceOf(opts *bind.CallOpts, account common.Address) (*big.Int, error) {
	var out []interface{}
	err := _Pool.contract.Call(opts, &out, "balanceOf", account)

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// BalanceOf is a free data retrieval call binding the contract method 0x70a08231.
//
// Solidity: function balanceOf(address account) view returns(uint256)
func (_Pool *PoolSession) BalanceOf(account common.Address) (*big.Int, error) {
	return _Pool.Contract.BalanceOf(&_Pool.CallOpts, account)
}

// BalanceOf is a free data retrieval call binding the contract method 0x70a08231.
//
// Solidity: function balanceOf(address account) view returns(uint256)
func (_Pool *PoolCallerSession) BalanceOf(account common.Address) (*big.Int, error) {
	return _Pool.Contract.BalanceOf(&_Pool.CallOpts, account)
}

// Burner is a free data retrieval call binding the contract method 0x27810b6e.
//
// Solidity: function burner() view returns(address)
func (_Pool *PoolCaller) Burner(opts *bind.CallOpts) (common.Address, error) {
	var out []interface{}
	err := _Pool.contract.Call(opts, &out, "burner")

	if err != nil {
		return *new(common.Address), err
	}

	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)

	return out0, err

}

// Burner is a free data retrieval call binding the contract method 0x27810b6e.
//
// Solidity: function burner() view returns(address)
func (_Pool *PoolSession) Burner() (common.Address, error) {
	return _Pool.Contract.Burner(&_Pool.CallOpts)
}

// Burner is a free data retrieval call binding the contract method 0x27810b6e.
//
// Solidity: function burner() view returns(address)
func (_Pool *PoolCallerSession) Burner() (common.Address, error) {
	return _Pool.Contract.Burner(&_Pool.CallOpts)
}

// Decimals is a free data retrieval call binding the contract method 0x313ce567.
//
// Solidity: function decimals() pure returns(uint8)
func (_Pool *PoolCaller) Decimals(opts *bind.CallOpts) (uint8, error) {
	var out []interface{}
	err := _Pool.contract.Call(opts, &out, "decimals")

	if err != nil {
		return *new(uint8), err
	}

	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)

	return out0, err

}

// Decimals is a free data retrieval call binding the contract method 0x313ce567.
//
// Solidity: function decimals() pure returns(uint8)
func (_Pool *PoolSession) Decimals() (uint8, error) {
	return _Pool.Contract.Decimals(&_Pool.CallOpts)
}

// Decimals is a free data retrieval call binding the contract method 0x313ce567.
//
// Solidity: function decimals() pure returns(uint8)
func (_Pool *PoolCallerSession) Decimals() (uint8, error) {
	return _Pool.Contract.Decimals(&_Pool.CallOpts)
}

// DepositContract is a free data retrieval call binding the contract method 0xe94ad65b.
//
// Solidity: function depositContract() view returns(address)
func (_Pool *PoolCaller) DepositContract(opts *bind.CallOpts) (common.Address, error) {
	var out []interface{}
	err := _Pool.contract.Call(opts, &out, "depositContract")

	if err != nil {
		return *new(common.Address), err
	}

	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)

	return out0, err

}

// DepositContract is a free data retrieval call binding the contract method 0xe94ad65b.
//
// Solidity: function depositContract() view returns(address)
func (_Pool *PoolSession) DepositContract() (common.Address, error) {
	return _Pool.Contract.DepositContract(&_Pool.CallOpts)
}

// DepositContract is a free data retrieval call binding the contract method 0xe94ad65b.
//
// Solidity: function depositContract() view returns(address)
func (_Pool *PoolCallerSession) DepositContract() (common.Address, error) {
	return _Pool.Contract.DepositContract(&_Pool.CallOpts)
}

// Depositor is a free data retrieval call binding the contract method 0xc7c4ff46.
//
// Solidity: function depositor() view returns(address)
func (_Pool *PoolCaller) Depositor(opts *bind.CallOpts) (common.Address, error) {
	var out []interface{}
	err := _Pool.contract.Call(opts, &out, "depositor")

	if err != nil {
		return *new(common.Address), err
	}

	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)

	return out0, err

}

// Depositor is a free data retrieval call binding the contract method 0xc7c4ff46.
//
// Solidity: function depositor() view returns(address)
func (_Pool *PoolSession) Depositor() (common.Address, error) {
	return _Pool.Contract.Depositor(&_Pool.CallOpts)
}

// Depositor is a free data retrieval call binding the contract method 0xc7c4ff46.
//
// Solidity: function depositor() view returns(address)
func (_Pool *PoolCallerSession) Depositor() (common.Address, error) {
	return _Pool.Contract.Depositor(&_Pool.CallOpts)
}

// Eip712Domain is a free data retrieval call binding the contract method 0x84b0196e.
//
// Solidity: function eip712Domain() view returns(bytes1 fields, string name, string version, uint256 chainId, address verifyingContract, bytes32 salt, uint256[] extensions)
func (_Pool *PoolCaller) Eip712Domain(opts *bind.CallOpts) (struct {
	Fields            [1]byte
	Name              string
	Version           string
	ChainId           *big.Int
	VerifyingContract common.Address
	Salt              [32]byte
	Extensions        []*big.Int
}, error) {
	var out []interface{}
	err := _Pool.contract.Call(opts, &out, "eip712Domain")

	outstruct := new(struct {
		Fields            [1]byte
		Name              string
		Version           string
		ChainId           *big.Int
		VerifyingContract common.Address
		Salt              [32]byte
		Extensions        []*big.Int
	})
	if err != nil {
		return *outstruct, err
	}

	outstruct.Fields = *abi.ConvertType(out[0], new([1]byte)).(*[1]byte)
	outstruct.Name = *abi.ConvertType(out[1], new(string)).(*string)
	outstruct.Version = *abi.ConvertType(out[2], new(string)).(*string)
	outstruct.ChainId = *abi.ConvertType(out[3], new(*big.Int)).(**big.Int)
	outstruct.VerifyingContract = *abi.ConvertType(out[4], new(common.Address)).(*common.Address)
	outstruct.Salt = *abi.ConvertType(out[5], new([32]byte)).(*[32]byte)
	outstruct.Extensions = *abi.ConvertType(out[6], new([]*big.Int)).(*[]*big.Int)

	return *outstruct, err

}

// Eip712Domain is a free data retrieval call binding the contract method 0x84b0196e.
//
// Solidity: function eip712Domain() view returns(bytes1 fields, string name, string version, uint256 chainId, address verifyingContract, bytes32 salt, uint256[] extensions)
func (_Pool *PoolSession) Eip712Domain() (struct {
	Fields            [1]byte
	Name              string
	Version           string
	ChainId           *big.Int
	VerifyingContract common.Address
	Salt              [32]byte
	Extensions        []*big.Int
}, error) {
	return _Pool.Contract.Eip712Domain(&_Pool.CallOpts)
}

// Eip712Domain is a free data retrieval call binding the contract method 0x84b0196e.
//
// Solidity: function eip712Domain() view returns(bytes1 fields, string name, string version, uint256 chainId, address verifyingContract, bytes32 salt, uint256[] extensions)
func (_Pool *PoolCallerSession) Eip712Domain() (struct {
	Fields            [1]byte
	Name              string
	Version           string
	ChainId           *big.Int
	VerifyingContract common.Address
	Salt              [32]byte
	Extensions        []*big.Int
}, error) {
	return _Pool.Contract.Eip712Domain(&_Pool.CallOpts)
}

// ElRewardsVault is a free data retrieval call binding the contract method 0xe441d25f.
//
// Solidity: function elRewardsVault() view returns(address)
func (_Pool *PoolCaller) ElRewardsVault(opts *bind.CallOpts) (common.Address, error) {
	var out []interface{}
	err := _Pool.contract.Call(opts, &out, "elRewardsVault")

	if err != nil {
		return *new(common.Address), err
	}

	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)

	return out0, err

}

// ElRewardsVault is a free data retrieval call binding the contract method 0xe441d25f.
//
// Solidity: function elRewardsVault() view returns(address)
func (_Pool *PoolSession) ElRewardsVault() (common.Address, error) {
	return _Pool.Contract.ElRewardsVault(&_Pool.CallOpts)
}

// ElRewardsVault is a free data retrieval call binding the contract method 0xe441d25f.
//
// Solidity: function elRewardsVault() view returns(address)
func (_Pool *PoolCallerSession) ElRewardsVault() (common.Address, error) {
	return _Pool.Contract.ElRewardsVault(&_Pool.CallOpts)
}

// GetBeaconStat is a free data retrieval call binding the contract method 0xae2e3538.
//
// Solidity: function getBeaconStat() view returns(uint256 depositedValidators_, uint256 beaconValidators, uint256 beaconBalance)
func (_Pool *PoolCaller) GetBeaconStat(opts *bind.CallOpts) (struct {
	DepositedValidators *big.Int
	BeaconValidators    *big.Int
	BeaconBalance       *big.Int
}, error) {
	var out []interface{}
	err := _Pool.contract.Call(opts, &out, "getBeaconStat")

	outstruct := new(struct {
		DepositedValidators *big.Int
		BeaconValidators    *big.Int
		BeaconBalance       *big.Int
	})
	if err != nil {
		return *outstruct, err
	}

	outstruct.DepositedValidators = *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)
	outstruct.BeaconValidators = *abi.ConvertType(out[1], new(*big.Int)).(**big.Int)
	outstruct.BeaconBalance = *abi.ConvertType(out[2], new(*big.Int)).(**big.Int)

	return *outstruct, err

}

// GetBeaconStat is a free data retrieval call binding the contract method 0xae2e3538.
//
// Solidity: function getBeaconStat() view returns(uint256 depositedValidators_, uint256 beaconValidators, uint256 beaconBalance)
func (_Pool *PoolSession) GetBeaconStat() (struct {
	DepositedValidators *big.Int
	BeaconValidators    *big.Int
	BeaconBalance       *big.Int
}, error) {
	return _Pool.Contract.GetBeaconStat(&_Pool.CallOpts)
}

// GetBeaconStat is a free data retrieval call binding the contract method 0xae2e3538.
//
// Solidity: function getBeaconStat() view returns(uint256 depositedValidators_, uint256 beaconValidators, uint256 beaconBalance)
func (_Pool *PoolCallerSession) GetBeaconStat() (struct {
	DepositedValidators *big.Int
	BeaconValidators    *big.Int
	BeaconBalance       *big.Int
}, error) {
	return _Pool.Contract.GetBeaconStat(&_Pool.CallOpts)
}

// GetBufferedEther is a free data retrieval call binding the contract method 0x47b714e0.
//
// Solidity: function getBufferedEther() view returns(uint256)
func (_Pool *PoolCaller) GetBufferedEther(opts *bind.CallOpts) (*big.Int, error) {
	var out []interface{}
	err := _Pool.contract.Call(opts, &out, "getBufferedEther")

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// GetBufferedEther is a free data retrieval call binding the contract method 0x47b714e0.
//
// Solidity: function getBufferedEther() view returns(uint256)
func (_Pool *PoolSession) GetBufferedEther() (*big.Int, error) {
	return _Pool.Contract.GetBufferedEther(&_Pool.CallOpts)
}

// GetBufferedEther is a free data retrieval call binding the contract method 0x47b714e0.
//
// Solidity: function getBufferedEther() view returns(uint256)
func (_Pool *PoolCallerSession) GetBufferedEther() (*big.Int, error) {
	return _Pool.Contract.GetBufferedEther(&_Pool.CallOpts)
}

// GetCurrentStakeLimit is a free data retrieval call binding the contract method 0x609c4c6c.
//
// Solidity: function getCurrentStakeLimit() view returns(uint256)
func (_Pool *PoolCaller) GetCurrentStakeLimit(opts *bind.CallOpts) (*big.Int, error) {
	var out []interface{}
	err := _Pool.contract.Call(opts, &out, "getCurrentStakeLimit")

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// GetCurrentStakeLimit is a free data retrieval call binding the contract method 0x609c4c6c.
//
// Solidity: function getCurrentStakeLimit() view returns(uint256)
func (_Pool *PoolSession) GetCurrentStakeLimit() (*big.Int, error) {
	return _Pool.Contract.GetCurrentStakeLimit(&_Pool.CallOpts)
}

// GetCurrentStakeLimit is a free data retrieval call binding the contract method 0x609c4c6c.
//
// Solidity: function getCurrentStakeLimit() view returns(uint256)
func (_Pool *PoolCallerSession) GetCurrentStakeLimit() (*big.Int, error) {
	return _Pool.Contract.GetCurrentStakeLimit(&_Pool.CallOpts)
}

// GetDepositableEther is a free data retrieval call binding the contract method 0xf2cfa87d.
//
// Solidity: function getDepositableEther() view returns(uint256)
func (_Pool *PoolCaller) GetDepositableEther(opts *bind.CallOpts) (*big.Int, error) {
	var out []interface{}
	err := _Pool.contract.Call(opts, &out, "getDepositableEther")

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// GetDepositableEther is a free data retrieval call binding the contract method 0xf2cfa87d.
//
// Solidity: function getDepositableEther() view returns(uint256)
func (_Pool *PoolSession) GetDepositableEther() (*big.Int, error) {
	return _Pool.Contract.GetDepositableEther(&_Pool.CallOpts)
}

// GetDepositableEther is a free data retrieval call binding the contract method 0xf2cfa87d.
//
// Solidity: function getDepositableEther() view returns(uint256)
func (_Pool *PoolCallerSession) GetDepositableEther() (*big.Int, error) {
	return _Pool.Contract.GetDepositableEther(&_Pool.CallOpts)
}

// GetInstantLiquidity is a free data retrieval call binding the contract method 0x8cf4dc43.
//
// Solidity: function getInstantLiquidity() view returns(uint256)
func (_Pool *PoolCaller) GetInstantLiquidity(opts *bind.CallOpts) (*big.Int, error) {
	var out []interface{}
	err := _Pool.contract.Call(opts, &out, "getInstantLiquidity")

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// GetInstantLiquidity is a free data retrieval call binding the contract method 0x8cf4dc43.
//
// Solidity: function getInstantLiquidity() view returns(uint256)
func (_Pool *PoolSession) GetInstantLiquidity() (*big.Int, error) {
	return _Pool.Contract.GetInstantLiquidity(&_Pool.CallOpts)
}

// GetInstantLiquidity is a free data retrieval call binding the contract method 0x8cf4dc43.
//
// Solidity: function getInstantLiquidity() view returns(uint256)
func (_Pool *PoolCallerSession) GetInstantLiquidity() (*big.Int, error) {
	return _Pool.Contract.GetInstantLiquidity(&_Pool.CallOpts)
}

// GetParams is a free data retrieval call binding the contract method 0x5e615a6b.
//
// Solidity: function getParams() view returns((uint128,uint16,uint16,uint32))
func (_Pool *PoolCaller) GetParams(opts *bind.CallOpts) (PoolParams, error) {
	var out []interface{}
	err := _Pool.contract.Call(opts, &out, "getParams")

	if err != nil {
		return *new(PoolParams), err
	}

	out0 := *abi.ConvertType(out[0], new(PoolParams)).(*PoolParams)

	return out0, err

}

// GetParams is a free data retrieval call binding the contract method 0x5e615a6b.
//
// Solidity: function getParams() view returns((uint128,uint16,uint16,uint32))
func (_Pool *PoolSession) GetParams() (PoolParams, error) {
	return _Pool.Contract.GetParams(&_Pool.CallOpts)
}

// GetParams is a free data retrieval call binding the contract method 0x5e615a6b.
//
// Solidity: function getParams() view returns((uint128,uint16,uint16,uint32))
func (_Pool *PoolCallerSession) GetParams() (PoolParams, error) {
	return _Pool.Contract.GetParams(&_Pool.CallOpts)
}

// GetPooledEthByShares is a free data retrieval call binding the contract method 0x7a28fb88.
//
// Solidity: function getPooledEthByShares(uint256 sharesAmount) view returns(uint256)
func (_Pool *PoolCaller) GetPooledEthByShares(opts *bind.CallOpts, sharesAmount *big.Int) (*big.Int, error) {
	var out []interface{}
	err := _Pool.contract.Call(opts, &out, "getPooledEthByShares", sharesAmount)

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// GetPooledEthByShares is a free data retrieval call binding the contract method 0x7a28fb88.
//
// Solidity: function getPooledEthByShares(uint256 sharesAmount) view returns(uint256)
func (_Pool *PoolSession) GetPooledEthByShares(sharesAmount *big.Int) (*big.Int, error) {
	return _Pool.Contract.GetPooledEthByShares(&_Pool.CallOpts, sharesAmount)
}

// GetPooledEthByShares is a free data retrieval call binding the contract method 0x7a28fb88.
//
// Solidity: function getPooledEthByShares(uint256 sharesAmount) view returns(uint256)
func (_Pool *PoolCallerSession) GetPooledEthByShares(sharesAmount *big.Int) (*big.Int, error) {
	return _Pool.Contract.GetPooledEthByShares(&_Pool.CallOpts, sharesAmount)
}

// GetPooledEthBySharesRoundUp is a free data retrieval call binding the contract method 0x0103349c.
//
// Solidity: function getPooledEthBySharesRoundUp(uint256 sharesAmount) view returns(uint256)
func (_Pool *PoolCaller) GetPooledEthBySharesRoundUp(opts *bind.CallOpts, sharesAmount *big.Int) (*big.Int, error) {
	var out []interface{}
	err := _Pool.contract.Call(opts, &out, "getPooledEthBySharesRoundUp", sharesAmount)

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// GetPooledEthBySharesRoundUp is a free data retrieval call binding the contract method 0x0103349c.
//
// Solidity: function getPooledEthBySharesRoundUp(uint256 sharesAmount) view returns(uint256)
func (_Pool *PoolSession) GetPooledEthBySharesRoundUp(sharesAmount *big.Int) (*big.Int, error) {
	return _Pool.Contract.GetPooledEthBySharesRoundUp(&_Pool.CallOpts, sharesAmount)
}

// GetPooledEthBySharesRoundUp is a free data retrieval call binding the contract method 0x0103349c.
//
// Solidity: function getPooledEthBySharesRoundUp(uint256 sharesAmount) view returns(uint256)
func (_Pool *PoolCallerSession) GetPooledEthBySharesRoundUp(sharesAmount *big.Int) (*big.Int, error) {
	return _Pool.Contract.GetPooledEthBySharesRoundUp(&_Pool.CallOpts, sharesAmount)
}

// GetReportsApplied is a free data retrieval call binding the contract method 0x992e5a15.
//
// Solidity: function getReportsApplied() view returns(uint256)
func (_Pool *PoolCaller) GetReportsApplied(opts *bind.CallOpts) (*big.Int, error) {
	var out []interface{}
	err := _Pool.contract.Call(opts, &out, "getReportsApplied")

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// GetReportsApplied is a free data retrieval call binding the contract method 0x992e5a15.
//
// Solidity: function getReportsApplied() view returns(uint256)
func (_Pool *PoolSession) GetReportsApplied() (*big.Int, error) {
	return _Pool.Contract.GetReportsApplied(&_Pool.CallOpts)
}

// GetReportsApplied is a free data retrieval call binding the contract method 0x992e5a15.
//
// Solidity: function getReportsApplied() view returns(uint256)
func (_Pool *PoolCallerSession) GetReportsApplied() (*big.Int, error) {
	return _Pool.Contract.GetReportsApplied(&_Pool.CallOpts)
}

// GetRequestRate is a free data retrieval call binding the contract method 0x19eb3668.
//
// Solidity: function getRequestRate(address account, address owner) view returns(uint256 pooled, uint256 shares, uint256 accountShares, bool ownerIsPoolContract)
func (_Pool *PoolCaller) GetRequestRate(opts *bind.CallOpts, account common.Address, owner common.Address) (struct {
	Pooled              *big.Int
	Shares              *big.Int
	AccountShares       *big.Int
	OwnerIsPoolContract bool
}, error) {
	var out []interface{}
	err := _Pool.contract.Call(opts, &out, "getRequestRate", account, owner)

	outstruct := new(struct {
		Pooled              *big.Int
		Shares              *big.Int
		AccountShares       *big.Int
		OwnerIsPoolContract bool
	})
	if err != nil {
		return *outstruct, err
	}

	outstruct.Pooled = *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)
	outstruct.Shares = *abi.ConvertType(out[1], new(*big.Int)).(**big.Int)
	outstruct.AccountShares = *abi.ConvertType(out[2], new(*big.Int)).(**big.Int)
	outstruct.OwnerIsPoolContract = *abi.ConvertType(out[3], new(bool)).(*bool)

	return *outstruct, err

}

// GetRequestRate is a free data retrieval call binding the contract method 0x19eb3668.
//
// Solidity: function getRequestRate(address account, address owner) view returns(uint256 pooled, uint256 shares, uint256 accountShares, bool ownerIsPoolContract)
func (_Pool *PoolSession) GetRequestRate(account common.Address, owner common.Address) (struct {
	Pooled              *big.Int
	Shares              *big.Int
	AccountShares       *big.Int
	OwnerIsPoolContract bool
}, error) {
	return _Pool.Contract.GetRequestRate(&_Pool.CallOpts, account, owner)
}

// GetRequestRate is a free data retrieval call binding the contract method 0x19eb3668.
//
// Solidity: function getRequestRate(address account, address owner) view returns(uint256 pooled, uint256 shares, uint256 accountShares, bool ownerIsPoolContract)
func (_Pool *PoolCallerSession) GetRequestRate(account common.Address, owner common.Address) (struct {
	Pooled              *big.Int
	Shares              *big.Int
	AccountShares       *big.Int
	OwnerIsPoolContract bool
}, error) {
	return _Pool.Contract.GetRequestRate(&_Pool.CallOpts, account, owner)
}

// GetReserveTarget is a free data retrieval call binding the contract method 0xa16498d9.
//
// Solidity: function getReserveTarget() view returns(uint256)
func (_Pool *PoolCaller) GetReserveTarget(opts *bind.CallOpts) (*big.Int, error) {
	var out []interface{}
	err := _Pool.contract.Call(opts, &out, "getReserveTarget")

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// GetReserveTarget is a free data retrieval call binding the contract method 0xa16498d9.
//
// Solidity: function getReserveTarget() view returns(uint256)
func (_Pool *PoolSession) GetReserveTarget() (*big.Int, error) {
	return _Pool.Contract.GetReserveTarget(&_Pool.CallOpts)
}

// GetReserveTarget is a free data retrieval call binding the contract method 0xa16498d9.
//
// Solidity: function getReserveTarget() view returns(uint256)
func (_Pool *PoolCallerSession) GetReserveTarget() (*big.Int, error) {
	return _Pool.Contract.GetReserveTarget(&_Pool.CallOpts)
}

// GetSharesByPooledEth is a free data retrieval call binding the contract method 0x19208451.
//
// Solidity: function getSharesByPooledEth(uint256 ethAmount) view returns(uint256)
func (_Pool *PoolCaller) GetSharesByPooledEth(opts *bind.CallOpts, ethAmount *big.Int) (*big.Int, error) {
	var out []interface{}
	err := _Pool.contract.Call(opts, &out, "getSharesByPooledEth", ethAmount)

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// GetSharesByPooledEth is a free data retrieval call binding the contract method 0x19208451.
//
// Solidity: function getSharesByPooledEth(uint256 ethAmount) view returns(uint256)
func (_Pool *PoolSession) GetSharesByPooledEth(ethAmount *big.Int) (*big.Int, error) {
	return _Pool.Contract.GetSharesByPooledEth(&_Pool.CallOpts, ethAmount)
}

// GetSharesByPooledEth is a free data retrieval call binding the contract method 0x19208451.
//
// Solidity: function getSharesByPooledEth(uint256 ethAmount) view returns(uint256)
func (_Pool *PoolCallerSession) GetSharesByPooledEth(ethAmount *big.Int) (*big.Int, error) {
	return _Pool.Contract.GetSharesByPooledEth(&_Pool.CallOpts, ethAmount)
}

// GetStakeLimitState is a free data retrieval call binding the contract method 0xbc056f59.
//
// Solidity: function getStakeLimitState() view returns((uint96,uint32,uint96,uint32))
func (_Pool *PoolCaller) GetStakeLimitState(opts *bind.CallOpts) (PoolStakeLimitState, error) {
	var out []interface{}
	err := _Pool.contract.Call(opts, &out, "getStakeLimitState")

	if err != nil {
		return *new(PoolStakeLimitState), err
	}

	out0 := *abi.ConvertType(out[0], new(PoolStakeLimitState)).(*PoolStakeLimitState)

	return out0, err

}

// GetStakeLimitState is a free data retrieval call binding the contract method 0xbc056f59.
//
// Solidity: function getStakeLimitState() view returns((uint96,uint32,uint96,uint32))
func (_Pool *PoolSession) GetStakeLimitState() (PoolStakeLimitState, error) {
	return _Pool.Contract.GetStakeLimitState(&_Pool.CallOpts)
}

// GetStakeLimitState is a free data retrieval call binding the contract method 0xbc056f59.
//
// Solidity: function getStakeLimitState() view returns((uint96,uint32,uint96,uint32))
func (_Pool *PoolCallerSession) GetStakeLimitState() (PoolStakeLimitState, error) {
	return _Pool.Contract.GetStakeLimitState(&_Pool.CallOpts)
}

// GetTotalPooledEther is a free data retrieval call binding the contract method 0x37cfdaca.
//
// Solidity: function getTotalPooledEther() view returns(uint256)
func (_Pool *PoolCaller) GetTotalPooledEther(opts *bind.CallOpts) (*big.Int, error) {
	var out []interface{}
	err := _Pool.contract.Call(opts, &out, "getTotalPooledEther")

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// GetTotalPooledEther is a free data retrieval call binding the contract method 0x37cfdaca.
//
// Solidity: function getTotalPooledEther() view returns(uint256)
func (_Pool *PoolSession) GetTotalPooledEther() (*big.Int, error) {
	return _Pool.Contract.GetTotalPooledEther(&_Pool.CallOpts)
}

// GetTotalPooledEther is a free data retrieval call binding the contract method 0x37cfdaca.
//
// Solidity: function getTotalPooledEther() view returns(uint256)
func (_Pool *PoolCallerSession) GetTotalPooledEther() (*big.Int, error) {
	return _Pool.Contract.GetTotalPooledEther(&_Pool.CallOpts)
}

// GetTotalShares is a free data retrieval call binding the contract method 0xd5002f2e.
//
// Solidity: function getTotalShares() view returns(uint256)
func (_Pool *PoolCaller) GetTotalShares(opts *bind.CallOpts) (*big.Int, error) {
	var out []interface{}
	err := _Pool.contract.Call(opts, &out, "getTotalShares")

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// GetTotalShares is a free data retrieval call binding the contract method 0xd5002f2e.
//
// Solidity: function getTotalShares() view returns(uint256)
func (_Pool *PoolSession) GetTotalShares() (*big.Int, error) {
	return _Pool.Contract.GetTotalShares(&_Pool.CallOpts)
}

// GetTotalShares is a free data retrieval call binding the contract method 0xd5002f2e.
//
// Solidity: function getTotalShares() view returns(uint256)
func (_Pool *PoolCallerSession) GetTotalShares() (*big.Int, error) {
	return _Pool.Contract.GetTotalShares(&_Pool.CallOpts)
}

// Governance is a free data retrieval call binding the contract method 0x5aa6e675.
//
// Solidity: function governance() view returns(address)
func (_Pool *PoolCaller) Governance(opts *bind.CallOpts) (common.Address, error) {
	var out []interface{}
	err := _Pool.contract.Call(opts, &out, "governance")

	if err != nil {
		return *new(common.Address), err
	}

	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)

	return out0, err

}

// Governance is a free data retrieval call binding the contract method 0x5aa6e675.
//
// Solidity: function governance() view returns(address)
func (_Pool *PoolSession) Governance() (common.Address, error) {
	return _Pool.Contract.Governance(&_Pool.CallOpts)
}

// Governance is a free data retrieval call binding the contract method 0x5aa6e675.
//
// Solidity: function governance() view returns(address)
func (_Pool *PoolCallerSession) Governance() (common.Address, error) {
	return _Pool.Contract.Governance(&_Pool.CallOpts)
}

// Insurance is a free data retrieval call binding the contract method 0x89cf3204.
//
// Solidity: function insurance() view returns(address)
func (_Pool *PoolCaller) Insurance(opts *bind.CallOpts) (common.Address, error) {
	var out []interface{}
	err := _Pool.contract.Call(opts, &out, "insurance")

	if err != nil {
		return *new(common.Address), err
	}

	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)

	return out0, err

}

// Insurance is a free data retrieval call binding the contract method 0x89cf3204.
//
// Solidity: function insurance() view returns(address)
func (_Pool *PoolSession) Insurance() (common.Address, error) {
	return _Pool.Contract.Insurance(&_Pool.CallOpts)
}

// Insurance is a free data retrieval call binding the contract method 0x89cf3204.
//
// Solidity: function insurance() view returns(address)
func (_Pool *PoolCallerSession) Insurance() (common.Address, error) {
	return _Pool.Contract.Insurance(&_Pool.CallOpts)
}

// IsBunkerMode is a free data retrieval call binding the contract method 0xd85dae81.
//
// Solidity: function isBunkerMode() view returns(bool)
func (_Pool *PoolCaller) IsBunkerMode(opts *bind.CallOpts) (bool, error) {
	var out []interface{}
	err := _Pool.contract.Call(opts, &out, "isBunkerMode")

	if err != nil {
		return *new(bool), err
	}

	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)

	return out0, err

}

// IsBunkerMode is a free data retrieval call binding the contract method 0xd85dae81.
//
// Solidity: function isBunkerMode() view returns(bool)
func (_Pool *PoolSession) IsBunkerMode() (bool, error) {
	return _Pool.Contract.IsBunkerMode(&_Pool.CallOpts)
}

// IsBunkerMode is a free data retrieval call binding the contract method 0xd85dae81.
//
// Solidity: function isBunkerMode() view returns(bool)
func (_Pool *PoolCallerSession) IsBunkerMode() (bool, error) {
	return _Pool.Contract.IsBunkerMode(&_Pool.CallOpts)
}

// IsPoolContract is a free data retrieval call binding the contract method 0xc91f0cfc.
//
// Solidity: function isPoolContract(address a) view returns(bool)
func (_Pool *PoolCaller) IsPoolContract(opts *bind.CallOpts, a common.Address) (bool, error) {
	var out []interface{}
	err := _Pool.contract.Call(opts, &out, "isPoolContract", a)

	if err != nil {
		return *new(bool), err
	}

	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)

	return out0, err

}

// IsPoolContract is a free data retrieval call binding the contract method 0xc91f0cfc.
//
// Solidity: function isPoolContract(address a) view returns(bool)
func (_Pool *PoolSession) IsPoolContract(a common.Address) (bool, error) {
	return _Pool.Contract.IsPoolContract(&_Pool.CallOpts, a)
}

// IsPoolContract is a free data retrieval call binding the contract method 0xc91f0cfc.
//
// Solidity: function isPoolContract(address a) view returns(bool)
func (_Pool *PoolCallerSession) IsPoolContract(a common.Address) (bool, error) {
	return _Pool.Contract.IsPoolContract(&_Pool.CallOpts, a)
}

// IsStakingPaused is a free data retrieval call binding the contract method 0x1ea7ca89.
//
// Solidity: function isStakingPaused() view returns(bool)
func (_Pool *PoolCaller) IsStakingPaused(opts *bind.CallOpts) (bool, error) {
	var out []interface{}
	err := _Pool.contract.Call(opts, &out, "isStakingPaused")

	if err != nil {
		return *new(bool), err
	}

	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)

	return out0, err

}

// IsStakingPaused is a free data retrieval call binding the contract method 0x1ea7ca89.
//
// Solidity: function isStakingPaused() view returns(bool)
func (_Pool *PoolSession) IsStakingPaused() (bool, error) {
	return _Pool.Contract.IsStakingPaused(&_Pool.CallOpts)
}

// IsStakingPaused is a free data retrieval call binding the contract method 0x1ea7ca89.
//
// Solidity: function isStakingPaused() view returns(bool)
func (_Pool *PoolCallerSession) IsStakingPaused() (bool, error) {
	return _Pool.Contract.IsStakingPaused(&_Pool.CallOpts)
}

// LastInflowOf is a free data retrieval call binding the contract method 0x5dc796ee.
//
// Solidity: function lastInflowOf(address account) view returns(uint256)
func (_Pool *PoolCaller) LastInflowOf(opts *bind.CallOpts, account common.Address) (*big.Int, error) {
	var out []interface{}
	err := _Pool.contract.Call(opts, &out, "lastInflowOf", account)

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// LastInflowOf is a free data retrieval call binding the contract method 0x5dc796ee.
//
// Solidity: function lastInflowOf(address account) view returns(uint256)
func (_Pool *PoolSession) LastInflowOf(account common.Address) (*big.Int, error) {
	return _Pool.Contract.LastInflowOf(&_Pool.CallOpts, account)
}

// LastInflowOf is a free data retrieval call binding the contract method 0x5dc796ee.
//
// Solidity: function lastInflowOf(address account) view returns(uint256)
func (_Pool *PoolCallerSession) LastInflowOf(account common.Address) (*big.Int, error) {
	return _Pool.Contract.LastInflowOf(&_Pool.CallOpts, account)
}

// Name is a free data retrieval call binding the contract method 0x06fdde03.
//
// Solidity: function name() pure returns(string)
func (_Pool *PoolCaller) Name(opts *bind.CallOpts) (string, error) {
	var out []interface{}
	err := _Pool.contract.Call(opts, &out, "name")

	if err != nil {
		return *new(string), err
	}

	out0 := *abi.ConvertType(out[0], new(string)).(*string)

	return out0, err

}

// Name is a free data retrieval call binding the contract method 0x06fdde03.
//
// Solidity: function name() pure returns(string)
func (_Pool *PoolSession) Name() (string, error) {
	return _Pool.Contract.Name(&_Pool.CallOpts)
}

// Name is a free data retrieval call binding the contract method 0x06fdde03.
//
// Solidity: function name() pure returns(string)
func (_Pool *PoolCallerSession) Name() (string, error) {
	return _Pool.Contract.Name(&_Pool.CallOpts)
}

// Nonces is a free data retrieval call binding the contract method 0x7ecebe00.
//
// Solidity: function nonces(address owner) view returns(uint256)
func (_Pool *PoolCaller) Nonces(opts *bind.CallOpts, owner common.Address) (*big.Int, error) {
	var out []interface{}
	err := _Pool.contract.Call(opts, &out, "nonces", owner)

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// Nonces is a free data retrieval call binding the contract method 0x7ecebe00.
//
// Solidity: function nonces(address owner) view returns(uint256)
func (_Pool *PoolSession) Nonces(owner common.Address) (*big.Int, error) {
	return _Pool.Contract.Nonces(&_Pool.CallOpts, owner)
}

// Nonces is a free data retrieval call binding the contract method 0x7ecebe00.
//
// Solidity: function nonces(address owner) view returns(uint256)
func (_Pool *PoolCallerSession) Nonces(owner common.Address) (*big.Int, error) {
	return _Pool.Contract.Nonces(&_Pool.CallOpts, owner)
}

// Oracle is a free data retrieval call binding the contract method 0x7dc0d1d0.
//
// Solidity: function oracle() view returns(address)
func (_Pool *PoolCaller) Oracle(opts *bind.CallOpts) (common.Address, error) {
	var out []interface{}
	err := _Pool.contract.Call(opts, &out, "oracle")

	if err != nil {
		return *new(common.Address), err
	}

	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)

	return out0, err

}

// Oracle is a free data retrieval call binding the contract method 0x7dc0d1d0.
//
// Solidity: function oracle() view returns(address)
func (_Pool *PoolSession) Oracle() (common.Address, error) {
	return _Pool.Contract.Oracle(&_Pool.CallOpts)
}

// Oracle is a free data retrieval call binding the contract method 0x7dc0d1d0.
//
// Solidity: function oracle() view returns(address)
func (_Pool *PoolCallerSession) Oracle() (common.Address, error) {
	return _Pool.Contract.Oracle(&_Pool.CallOpts)
}

// Registry is a free data retrieval call binding the contract method 0x7b103999.
//
// Solidity: function registry() view returns(address)
func (_Pool *PoolCaller) Registry(opts *bind.CallOpts) (common.Address, error) {
	var out []interface{}
	err := _Pool.contract.Call(opts, &out, "registry")

	if err != nil {
		return *new(common.Address), err
	}

	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)

	return out0, err

}

// Registry is a free data retrieval call binding the contract method 0x7b103999.
//
// Solidity: function registry() view returns(address)
func (_Pool *PoolSession) Registry() (common.Address, error) {
	return _Pool.Contract.Registry(&_Pool.CallOpts)
}

// Registry is a free data retrieval call binding the contract method 0x7b103999.
//
// Solidity: function registry() view returns(address)
func (_Pool *PoolCallerSession) Registry() (common.Address, error) {
	return _Pool.Contract.Registry(&_Pool.CallOpts)
}

// SharesOf is a free data retrieval call binding the contract method 0xf5eb42dc.
//
// Solidity: function sharesOf(address account) view returns(uint256)
func (_Pool *PoolCaller) SharesOf(opts *bind.CallOpts, account common.Address) (*big.Int, error) {
	var out []interface{}
	err := _Pool.contract.Call(opts, &out, "sharesOf", account)

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// SharesOf is a free data retrieval call binding the contract method 0xf5eb42dc.
//
// Solidity: function sharesOf(address account) view returns(uint256)
func (_Pool *PoolSession) SharesOf(account common.Address) (*big.Int, error) {
	return _Pool.Contract.SharesOf(&_Pool.CallOpts, account)
}

// SharesOf is a free data retrieval call binding the contract method 0xf5eb42dc.
//
// Solidity: function sharesOf(address account) view returns(uint256)
func (_Pool *PoolCallerSession) SharesOf(account common.Address) (*big.Int, error) {
	return _Pool.Contract.SharesOf(&_Pool.CallOpts, account)
}

// Symbol is a free data retrieval call binding the contract method 0x95d89b41.
//
// Solidity: function symbol() pure returns(string)
func (_Pool *PoolCaller) Symbol(opts *bind.CallOpts) (string, error) {
	var out []interface{}
	err := _Pool.contract.Call(opts, &out, "symbol")

	if err != nil {
		return *new(string), err
	}

	out0 := *abi.ConvertType(out[0], new(string)).(*string)

	return out0, err

}

// Symbol is a free data retrieval call binding the contract method 0x95d89b41.
//
// Solidity: function symbol() pure returns(string)
func (_Pool *PoolSession) Symbol() (string, error) {
	return _Pool.Contract.Symbol(&_Pool.CallOpts)
}

// Symbol is a free data retrieval call binding the contract method 0x95d89b41.
//
// Solidity: function symbol() pure returns(string)
func (_Pool *PoolCallerSession) Symbol() (string, error) {
	return _Pool.Contract.Symbol(&_Pool.CallOpts)
}

// TotalSupply is a free data retrieval call binding the contract method 0x18160ddd.
//
// Solidity: function totalSupply() view returns(uint256)
func (_Pool *PoolCaller) TotalSupply(opts *bind.CallOpts) (*big.Int, error) {
	var out []interface{}
	err := _Pool.contract.Call(opts, &out, "totalSupply")

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// TotalSupply is a free data retrieval call binding the contract method 0x18160ddd.
//
// Solidity: function totalSupply() view returns(uint256)
func (_Pool *PoolSession) TotalSupply() (*big.Int, error) {
	return _Pool.Contract.TotalSupply(&_Pool.CallOpts)
}

// TotalSupply is a free data retrieval call binding the contract method 0x18160ddd.
//
// Solidity: function totalSupply() view returns(uint256)
func (_Pool *PoolCallerSession) TotalSupply() (*big.Int, error) {
	return _Pool.Contract.TotalSupply(&_Pool.CallOpts)
}

// Treasury is a free data retrieval call binding the contract method 0x61d027b3.
//
// Solidity: function treasury() view returns(address)
func (_Pool *PoolCaller) Treasury(opts *bind.CallOpts) (common.Address, error) {
	var out []interface{}
	err := _Pool.contract.Call(opts, &out, "treasury")

	if err != nil {
		return *new(common.Address), err
	}

	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)

	return out0, err

}

// Treasury is a free data retrieval call binding the contract method 0x61d027b3.
//
// Solidity: function treasury() view returns(address)
func (_Pool *PoolSession) Treasury() (common.Address, error) {
	return _Pool.Contract.Treasury(&_Pool.CallOpts)
}

// Treasury is a free data retrieval call binding the contract method 0x61d027b3.
//
// Solidity: function treasury() view returns(address)
func (_Pool *PoolCallerSession) Treasury() (common.Address, error) {
	return _Pool.Contract.Treasury(&_Pool.CallOpts)
}

// WithdrawalCredentials is a free data retrieval call binding the contract method 0x4cd79e0a.
//
// Solidity: function withdrawalCredentials() view returns(bytes32)
func (_Pool *PoolCaller) WithdrawalCredentials(opts *bind.CallOpts) ([32]byte, error) {
	var out []interface{}
	err := _Pool.contract.Call(opts, &out, "withdrawalCredentials")

	if err != nil {
		return *new([32]byte), err
	}

	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)

	return out0, err

}

// WithdrawalCredentials is a free data retrieval call binding the contract method 0x4cd79e0a.
//
// Solidity: function withdrawalCredentials() view returns(bytes32)
func (_Pool *PoolSession) WithdrawalCredentials() ([32]byte, error) {
	return _Pool.Contract.WithdrawalCredentials(&_Pool.CallOpts)
}

// WithdrawalCredentials is a free data retrieval call binding the contract method 0x4cd79e0a.
//
// Solidity: function withdrawalCredentials() view returns(bytes32)
func (_Pool *PoolCallerSession) WithdrawalCredentials() ([32]byte, error) {
	return _Pool.Contract.WithdrawalCredentials(&_Pool.CallOpts)
}

// WithdrawalQueue is a free data retrieval call binding the contract method 0x37d5fe99.
//
// Solidity: function withdrawalQueue() view returns(address)
func (_Pool *PoolCaller) WithdrawalQueue(opts *bind.CallOpts) (common.Address, error) {
	var out []interface{}
	err := _Pool.contract.Call(opts, &out, "withdrawalQueue")

	if err != nil {
		return *new(common.Address), err
	}

	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)

	return out0, err

}

// WithdrawalQueue is a free data retrieval call binding the contract method 0x37d5fe99.
//
// Solidity: function withdrawalQueue() view returns(address)
func (_Pool *PoolSession) WithdrawalQueue() (common.Address, error) {
	return _Pool.Contract.WithdrawalQueue(&_Pool.CallOpts)
}

// WithdrawalQueue is a free data retrieval call binding the contract method 0x37d5fe99.
//
// Solidity: function withdrawalQueue() view returns(address)
func (_Pool *PoolCallerSession) WithdrawalQueue() (common.Address, error) {
	return _Pool.Contract.WithdrawalQueue(&_Pool.CallOpts)
}

// WithdrawalVault is a free data retrieval call binding the contract method 0x69d42148.
//
// Solidity: function withdrawalVault() view returns(address)
func (_Pool *PoolCaller) WithdrawalVault(opts *bind.CallOpts) (common.Address, error) {
	var out []interface{}
	err := _Pool.contract.Call(opts, &out, "withdrawalVault")

	if err != nil {
		return *new(common.Address), err
	}

	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)

	return out0, err

}

// WithdrawalVault is a free data retrieval call binding the contract method 0x69d42148.
//
// Solidity: function withdrawalVault() view returns(address)
func (_Pool *PoolSession) WithdrawalVault() (common.Address, error) {
	return _Pool.Contract.WithdrawalVault(&_Pool.CallOpts)
}

// WithdrawalVault is a free data retrieval call binding the contract method 0x69d42148.
//
// Solidity: function withdrawalVault() view returns(address)
func (_Pool *PoolCallerSession) WithdrawalVault() (common.Address, error) {
	return _Pool.Contract.WithdrawalVault(&_Pool.CallOpts)
}

// WstETH is a free data retrieval call binding the contract method 0x4aa07e64.
//
// Solidity: function wstETH() view returns(address)
func (_Pool *PoolCaller) WstETH(opts *bind.CallOpts) (common.Address, error) {
	var out []interface{}
	err := _Pool.contract.Call(opts, &out, "wstETH")

	if err != nil {
		return *new(common.Address), err
	}

	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)

	return out0, err

}

// WstETH is a free data retrieval call binding the contract method 0x4aa07e64.
//
// Solidity: function wstETH() view returns(address)
func (_Pool *PoolSession) WstETH() (common.Address, error) {
	return _Pool.Contract.WstETH(&_Pool.CallOpts)
}

// WstETH is a free data retrieval call binding the contract method 0x4aa07e64.
//
// Solidity: function wstETH() view returns(address)
func (_Pool *PoolCallerSession) WstETH() (common.Address, error) {
	return _Pool.Contract.WstETH(&_Pool.CallOpts)
}

// ApplyReport is a paid mutator transaction binding the contract method 0x1fb38093.
//
// Solidity: function applyReport((uint256,uint256,uint256,uint256,uint256,uint256,uint256,uint256,uint256,uint256,uint256,uint256[],address[],uint256,uint256,uint256,uint256,uint256,bool) e) returns()
func (_Pool *PoolTransactor) ApplyReport(opts *bind.TransactOpts, e PoolReportEffects) (*types.Transaction, error) {
	return _Pool.contract.Transact(opts, "applyReport", e)
}

// ApplyReport is a paid mutator transaction binding the contract method 0x1fb38093.
//
// Solidity: function applyReport((uint256,uint256,uint256,uint256,uint256,uint256,uint256,uint256,uint256,uint256,uint256,uint256[],address[],uint256,uint256,uint256,uint256,uint256,bool) e) returns()
func (_Pool *PoolSession) ApplyReport(e PoolReportEffects) (*types.Transaction, error) {
	return _Pool.Contract.ApplyReport(&_Pool.TransactOpts, e)
}

// ApplyReport is a paid mutator transaction binding the contract method 0x1fb38093.
//
// Solidity: function applyReport((uint256,uint256,uint256,uint256,uint256,uint256,uint256,uint256,uint256,uint256,uint256,uint256[],address[],uint256,uint256,uint256,uint256,uint256,bool) e) returns()
func (_Pool *PoolTransactorSession) ApplyReport(e PoolReportEffects) (*types.Transaction, error) {
	return _Pool.Contract.ApplyReport(&_Pool.TransactOpts, e)
}

// Approve is a paid mutator transaction binding the contract method 0x095ea7b3.
//
// Solidity: function approve(address spender, uint256 amount) returns(bool)
func (_Pool *PoolTransactor) Approve(opts *bind.TransactOpts, spender common.Address, amount *big.Int) (*types.Transaction, error) {
	return _Pool.contract.Transact(opts, "approve", spender, amount)
}

// Approve is a paid mutator transaction binding the contract method 0x095ea7b3.
//
// Solidity: function approve(address spender, uint256 amount) returns(bool)
func (_Pool *PoolSession) Approve(spender common.Address, amount *big.Int) (*types.Transaction, error) {
	return _Pool.Contract.Approve(&_Pool.TransactOpts, spender, amount)
}

// Approve is a paid mutator transaction binding the contract method 0x095ea7b3.
//
// Solidity: function approve(address spender, uint256 amount) returns(bool)
func (_Pool *PoolTransactorSession) Approve(spender common.Address, amount *big.Int) (*types.Transaction, error) {
	return _Pool.Contract.Approve(&_Pool.TransactOpts, spender, amount)
}

// DecreaseAllowance is a paid mutator transaction binding the contract method 0xa457c2d7.
//
// Solidity: function decreaseAllowance(address spender, uint256 subtractedValue) returns(bool)
func (_Pool *PoolTransactor) DecreaseAllowance(opts *bind.TransactOpts, spender common.Address, subtractedValue *big.Int) (*types.Transaction, error) {
	return _Pool.contract.Transact(opts, "decreaseAllowance", spender, subtractedValue)
}

// DecreaseAllowance is a paid mutator transaction binding the contract method 0xa457c2d7.
//
// Solidity: function decreaseAllowance(address spender, uint256 subtractedValue) returns(bool)
func (_Pool *PoolSession) DecreaseAllowance(spender common.Address, subtractedValue *big.Int) (*types.Transaction, error) {
	return _Pool.Contract.DecreaseAllowance(&_Pool.TransactOpts, spender, subtractedValue)
}

// DecreaseAllowance is a paid mutator transaction binding the contract method 0xa457c2d7.
//
// Solidity: function decreaseAllowance(address spender, uint256 subtractedValue) returns(bool)
func (_Pool *PoolTransactorSession) DecreaseAllowance(spender common.Address, subtractedValue *big.Int) (*types.Transaction, error) {
	return _Pool.Contract.DecreaseAllowance(&_Pool.TransactOpts, spender, subtractedValue)
}

// Deposit is a paid mutator transaction binding the contract method 0xb6b55f25.
//
// Solidity: function deposit(uint256 maxDeposits) returns(uint256 moved)
func (_Pool *PoolTransactor) Deposit(opts *bind.TransactOpts, maxDeposits *big.Int) (*types.Transaction, error) {
	return _Pool.contract.Transact(opts, "deposit", maxDeposits)
}

// Deposit is a paid mutator transaction binding the contract method 0xb6b55f25.
//
// Solidity: function deposit(uint256 maxDeposits) returns(uint256 moved)
func (_Pool *PoolSession) Deposit(maxDeposits *big.Int) (*types.Transaction, error) {
	return _Pool.Contract.Deposit(&_Pool.TransactOpts, maxDeposits)
}

// Deposit is a paid mutator transaction binding the contract method 0xb6b55f25.
//
// Solidity: function deposit(uint256 maxDeposits) returns(uint256 moved)
func (_Pool *PoolTransactorSession) Deposit(maxDeposits *big.Int) (*types.Transaction, error) {
	return _Pool.Contract.Deposit(&_Pool.TransactOpts, maxDeposits)
}

// IncreaseAllowance is a paid mutator transaction binding the contract method 0x39509351.
//
// Solidity: function increaseAllowance(address spender, uint256 addedValue) returns(bool)
func (_Pool *PoolTransactor) IncreaseAllowance(opts *bind.TransactOpts, spender common.Address, addedValue *big.Int) (*types.Transaction, error) {
	return _Pool.contract.Transact(opts, "increaseAllowance", spender, addedValue)
}

// IncreaseAllowance is a paid mutator transaction binding the contract method 0x39509351.
//
// Solidity: function increaseAllowance(address spender, uint256 addedValue) returns(bool)
func (_Pool *PoolSession) IncreaseAllowance(spender common.Address, addedValue *big.Int) (*types.Transaction, error) {
	return _Pool.Contract.IncreaseAllowance(&_Pool.TransactOpts, spender, addedValue)
}

// IncreaseAllowance is a paid mutator transaction binding the contract method 0x39509351.
//
// Solidity: function increaseAllowance(address spender, uint256 addedValue) returns(bool)
func (_Pool *PoolTransactorSession) IncreaseAllowance(spender common.Address, addedValue *big.Int) (*types.Transaction, error) {
	return _Pool.Contract.IncreaseAllowance(&_Pool.TransactOpts, spender, addedValue)
}

// InstantWithdraw is a paid mutator transaction binding the contract method 0xfd92bff2.
//
// Solidity: function instantWithdraw(uint256 amount) returns(uint256 paid)
func (_Pool *PoolTransactor) InstantWithdraw(opts *bind.TransactOpts, amount *big.Int) (*types.Transaction, error) {
	return _Pool.contract.Transact(opts, "instantWithdraw", amount)
}

// InstantWithdraw is a paid mutator transaction binding the contract method 0xfd92bff2.
//
// Solidity: function instantWithdraw(uint256 amount) returns(uint256 paid)
func (_Pool *PoolSession) InstantWithdraw(amount *big.Int) (*types.Transaction, error) {
	return _Pool.Contract.InstantWithdraw(&_Pool.TransactOpts, amount)
}

// InstantWithdraw is a paid mutator transaction binding the contract method 0xfd92bff2.
//
// Solidity: function instantWithdraw(uint256 amount) returns(uint256 paid)
func (_Pool *PoolTransactorSession) InstantWithdraw(amount *big.Int) (*types.Transaction, error) {
	return _Pool.Contract.InstantWithdraw(&_Pool.TransactOpts, amount)
}

// MoveSharesToQueue is a paid mutator transaction binding the contract method 0x2ac11073.
//
// Solidity: function moveSharesToQueue(address from, uint256 amount, uint256 sharesAmount) returns()
func (_Pool *PoolTransactor) MoveSharesToQueue(opts *bind.TransactOpts, from common.Address, amount *big.Int, sharesAmount *big.Int) (*types.Transaction, error) {
	return _Pool.contract.Transact(opts, "moveSharesToQueue", from, amount, sharesAmount)
}

// MoveSharesToQueue is a paid mutator transaction binding the contract method 0x2ac11073.
//
// Solidity: function moveSharesToQueue(address from, uint256 amount, uint256 sharesAmount) returns()
func (_Pool *PoolSession) MoveSharesToQueue(from common.Address, amount *big.Int, sharesAmount *big.Int) (*types.Transaction, error) {
	return _Pool.Contract.MoveSharesToQueue(&_Pool.TransactOpts, from, amount, sharesAmount)
}

// MoveSharesToQueue is a paid mutator transaction binding the contract method 0x2ac11073.
//
// Solidity: function moveSharesToQueue(address from, uint256 amount, uint256 sharesAmount) returns()
func (_Pool *PoolTransactorSession) MoveSharesToQueue(from common.Address, amount *big.Int, sharesAmount *big.Int) (*types.Transaction, error) {
	return _Pool.Contract.MoveSharesToQueue(&_Pool.TransactOpts, from, amount, sharesAmount)
}

// PauseStaking is a paid mutator transaction binding the contract method 0xf999c506.
//
// Solidity: function pauseStaking() returns()
func (_Pool *PoolTransactor) PauseStaking(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _Pool.contract.Transact(opts, "pauseStaking")
}

// PauseStaking is a paid mutator transaction binding the contract method 0xf999c506.
//
// Solidity: function pauseStaking() returns()
func (_Pool *PoolSession) PauseStaking() (*types.Transaction, error) {
	return _Pool.Contract.PauseStaking(&_Pool.TransactOpts)
}

// PauseStaking is a paid mutator transaction binding the contract method 0xf999c506.
//
// Solidity: function pauseStaking() returns()
func (_Pool *PoolTransactorSession) PauseStaking() (*types.Transaction, error) {
	return _Pool.Contract.PauseStaking(&_Pool.TransactOpts)
}

// Permit is a paid mutator transaction binding the contract method 0xd505accf.
//
// Solidity: function permit(address owner, address spender, uint256 value, uint256 deadline, uint8 v, bytes32 r, bytes32 s) returns()
func (_Pool *PoolTransactor) Permit(opts *bind.TransactOpts, owner common.Address, spender common.Address, value *big.Int, deadline *big.Int, v uint8, r [32]byte, s [32]byte) (*types.Transaction, error) {
	return _Pool.contract.Transact(opts, "permit", owner, spender, value, deadline, v, r, s)
}

// Permit is a paid mutator transaction binding the contract method 0xd505accf.
//
// Solidity: function permit(address owner, address spender, uint256 value, uint256 deadline, uint8 v, bytes32 r, bytes32 s) returns()
func (_Pool *PoolSession) Permit(owner common.Address, spender common.Address, value *big.Int, deadline *big.Int, v uint8, r [32]byte, s [32]byte) (*types.Transaction, error) {
	return _Pool.Contract.Permit(&_Pool.TransactOpts, owner, spender, value, deadline, v, r, s)
}

// Permit is a paid mutator transaction binding the contract method 0xd505accf.
//
// Solidity: function permit(address owner, address spender, uint256 value, uint256 deadline, uint8 v, bytes32 r, bytes32 s) returns()
func (_Pool *PoolTransactorSession) Permit(owner common.Address, spender common.Address, value *big.Int, deadline *big.Int, v uint8, r [32]byte, s [32]byte) (*types.Transaction, error) {
	return _Pool.Contract.Permit(&_Pool.TransactOpts, owner, spender, value, deadline, v, r, s)
}

// ReceiveVaultETH is a paid mutator transaction binding the contract method 0x3695bea4.
//
// Solidity: function receiveVaultETH() payable returns()
func (_Pool *PoolTransactor) ReceiveVaultETH(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _Pool.contract.Transact(opts, "receiveVaultETH")
}

// ReceiveVaultETH is a paid mutator transaction binding the contract method 0x3695bea4.
//
// Solidity: function receiveVaultETH() payable returns()
func (_Pool *PoolSession) ReceiveVaultETH() (*types.Transaction, error) {
	return _Pool.Contract.ReceiveVaultETH(&_Pool.TransactOpts)
}

// ReceiveVaultETH is a paid mutator transaction binding the contract method 0x3695bea4.
//
// Solidity: function receiveVaultETH() payable returns()
func (_Pool *PoolTransactorSession) ReceiveVaultETH() (*types.Transaction, error) {
	return _Pool.Contract.ReceiveVaultETH(&_Pool.TransactOpts)
}

// ResumeStaking is a paid mutator transaction binding the contract method 0x7475f913.
//
// Solidity: function resumeStaking() returns()
func (_Pool *PoolTransactor) ResumeStaking(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _Pool.contract.Transact(opts, "resumeStaking")
}

// ResumeStaking is a paid mutator transaction binding the contract method 0x7475f913.
//
// Solidity: function resumeStaking() returns()
func (_Pool *PoolSession) ResumeStaking() (*types.Transaction, error) {
	return _Pool.Contract.ResumeStaking(&_Pool.TransactOpts)
}

// ResumeStaking is a paid mutator transaction binding the contract method 0x7475f913.
//
// Solidity: function resumeStaking() returns()
func (_Pool *PoolTransactorSession) ResumeStaking() (*types.Transaction, error) {
	return _Pool.Contract.ResumeStaking(&_Pool.TransactOpts)
}

// SetBunkerMode is a paid mutator transaction binding the contract method 0x16e76886.
//
// Solidity: function setBunkerMode(bool on) returns()
func (_Pool *PoolTransactor) SetBunkerMode(opts *bind.TransactOpts, on bool) (*types.Transaction, error) {
	return _Pool.contract.Transact(opts, "setBunkerMode", on)
}

// SetBunkerMode is a paid mutator transaction binding the contract method 0x16e76886.
//
// Solidity: function setBunkerMode(bool on) returns()
func (_Pool *PoolSession) SetBunkerMode(on bool) (*types.Transaction, error) {
	return _Pool.Contract.SetBunkerMode(&_Pool.TransactOpts, on)
}

// SetBunkerMode is a paid mutator transaction binding the contract method 0x16e76886.
//
// Solidity: function setBunkerMode(bool on) returns()
func (_Pool *PoolTransactorSession) SetBunkerMode(on bool) (*types.Transaction, error) {
	return _Pool.Contract.SetBunkerMode(&_Pool.TransactOpts, on)
}

// SetParams is a paid mutator transaction binding the contract method 0x20761318.
//
// Solidity: function setParams((uint128,uint16,uint16,uint32) p) returns()
func (_Pool *PoolTransactor) SetParams(opts *bind.TransactOpts, p PoolParams) (*types.Transaction, error) {
	return _Pool.contract.Transact(opts, "setParams", p)
}

// SetParams is a paid mutator transaction binding the contract method 0x20761318.
//
// Solidity: function setParams((uint128,uint16,uint16,uint32) p) returns()
func (_Pool *PoolSession) SetParams(p PoolParams) (*types.Transaction, error) {
	return _Pool.Contract.SetParams(&_Pool.TransactOpts, p)
}

// SetParams is a paid mutator transaction binding the contract method 0x20761318.
//
// Solidity: function setParams((uint128,uint16,uint16,uint32) p) returns()
func (_Pool *PoolTransactorSession) SetParams(p PoolParams) (*types.Transaction, error) {
	return _Pool.Contract.SetParams(&_Pool.TransactOpts, p)
}

// SetStakingLimit is a paid mutator transaction binding the contract method 0x2cb5f784.
//
// Solidity: function setStakingLimit(uint256 max, uint256 perBlock) returns()
func (_Pool *PoolTransactor) SetStakingLimit(opts *bind.TransactOpts, max *big.Int, perBlock *big.Int) (*types.Transaction, error) {
	return _Pool.contract.Transact(opts, "setStakingLimit", max, perBlock)
}

// SetStakingLimit is a paid mutator transaction binding the contract method 0x2cb5f784.
//
// Solidity: function setStakingLimit(uint256 max, uint256 perBlock) returns()
func (_Pool *PoolSession) SetStakingLimit(max *big.Int, perBlock *big.Int) (*types.Transaction, error) {
	return _Pool.Contract.SetStakingLimit(&_Pool.TransactOpts, max, perBlock)
}

// SetStakingLimit is a paid mutator transaction binding the contract method 0x2cb5f784.
//
// Solidity: function setStakingLimit(uint256 max, uint256 perBlock) returns()
func (_Pool *PoolTransactorSession) SetStakingLimit(max *big.Int, perBlock *big.Int) (*types.Transaction, error) {
	return _Pool.Contract.SetStakingLimit(&_Pool.TransactOpts, max, perBlock)
}

// Submit is a paid mutator transaction binding the contract method 0xa1903eab.
//
// Solidity: function submit(address referral) payable returns(uint256)
func (_Pool *PoolTransactor) Submit(opts *bind.TransactOpts, referral common.Address) (*types.Transaction, error) {
	return _Pool.contract.Transact(opts, "submit", referral)
}

// Submit is a paid mutator transaction binding the contract method 0xa1903eab.
//
// Solidity: function submit(address referral) payable returns(uint256)
func (_Pool *PoolSession) Submit(referral common.Address) (*types.Transaction, error) {
	return _Pool.Contract.Submit(&_Pool.TransactOpts, referral)
}

// Submit is a paid mutator transaction binding the contract method 0xa1903eab.
//
// Solidity: function submit(address referral) payable returns(uint256)
func (_Pool *PoolTransactorSession) Submit(referral common.Address) (*types.Transaction, error) {
	return _Pool.Contract.Submit(&_Pool.TransactOpts, referral)
}

// Transfer is a paid mutator transaction binding the contract method 0xa9059cbb.
//
// Solidity: function transfer(address to, uint256 amount) returns(bool)
func (_Pool *PoolTransactor) Transfer(opts *bind.TransactOpts, to common.Address, amount *big.Int) (*types.Transaction, error) {
	return _Pool.contract.Transact(opts, "transfer", to, amount)
}

// Transfer is a paid mutator transaction binding the contract method 0xa9059cbb.
//
// Solidity: function transfer(address to, uint256 amount) returns(bool)
func (_Pool *PoolSession) Transfer(to common.Address, amount *big.Int) (*types.Transaction, error) {
	return _Pool.Contract.Transfer(&_Pool.TransactOpts, to, amount)
}

// Transfer is a paid mutator transaction binding the contract method 0xa9059cbb.
//
// Solidity: function transfer(address to, uint256 amount) returns(bool)
func (_Pool *PoolTransactorSession) Transfer(to common.Address, amount *big.Int) (*types.Transaction, error) {
	return _Pool.Contract.Transfer(&_Pool.TransactOpts, to, amount)
}

// TransferFrom is a paid mutator transaction binding the contract method 0x23b872dd.
//
// Solidity: function transferFrom(address from, address to, uint256 amount) returns(bool)
func (_Pool *PoolTransactor) TransferFrom(opts *bind.TransactOpts, from common.Address, to common.Address, amount *big.Int) (*types.Transaction, error) {
	return _Pool.contract.Transact(opts, "transferFrom", from, to, amount)
}

// TransferFrom is a paid mutator transaction binding the contract method 0x23b872dd.
//
// Solidity: function transferFrom(address from, address to, uint256 amount) returns(bool)
func (_Pool *PoolSession) TransferFrom(from common.Address, to common.Address, amount *big.Int) (*types.Transaction, error) {
	return _Pool.Contract.TransferFrom(&_Pool.TransactOpts, from, to, amount)
}

// TransferFrom is a paid mutator transaction binding the contract method 0x23b872dd.
//
// Solidity: function transferFrom(address from, address to, uint256 amount) returns(bool)
func (_Pool *PoolTransactorSession) TransferFrom(from common.Address, to common.Address, amount *big.Int) (*types.Transaction, error) {
	return _Pool.Contract.TransferFrom(&_Pool.TransactOpts, from, to, amount)
}

// TransferShares is a paid mutator transaction binding the contract method 0x8fcb4e5b.
//
// Solidity: function transferShares(address to, uint256 sharesAmount) returns(uint256)
func (_Pool *PoolTransactor) TransferShares(opts *bind.TransactOpts, to common.Address, sharesAmount *big.Int) (*types.Transaction, error) {
	return _Pool.contract.Transact(opts, "transferShares", to, sharesAmount)
}

// TransferShares is a paid mutator transaction binding the contract method 0x8fcb4e5b.
//
// Solidity: function transferShares(address to, uint256 sharesAmount) returns(uint256)
func (_Pool *PoolSession) TransferShares(to common.Address, sharesAmount *big.Int) (*types.Transaction, error) {
	return _Pool.Contract.TransferShares(&_Pool.TransactOpts, to, sharesAmount)
}

// TransferShares is a paid mutator transaction binding the contract method 0x8fcb4e5b.
//
// Solidity: function transferShares(address to, uint256 sharesAmount) returns(uint256)
func (_Pool *PoolTransactorSession) TransferShares(to common.Address, sharesAmount *big.Int) (*types.Transaction, error) {
	return _Pool.Contract.TransferShares(&_Pool.TransactOpts, to, sharesAmount)
}

// TransferSharesFrom is a paid mutator transaction binding the contract method 0x6d780459.
//
// Solidity: function transferSharesFrom(address from, address to, uint256 sharesAmount) returns(uint256)
func (_Pool *PoolTransactor) TransferSharesFrom(opts *bind.TransactOpts, from common.Address, to common.Address, sharesAmount *big.Int) (*types.Transaction, error) {
	return _Pool.contract.Transact(opts, "transferSharesFrom", from, to, sharesAmount)
}

// TransferSharesFrom is a paid mutator transaction binding the contract method 0x6d780459.
//
// Solidity: function transferSharesFrom(address from, address to, uint256 sharesAmount) returns(uint256)
func (_Pool *PoolSession) TransferSharesFrom(from common.Address, to common.Address, sharesAmount *big.Int) (*types.Transaction, error) {
	return _Pool.Contract.TransferSharesFrom(&_Pool.TransactOpts, from, to, sharesAmount)
}

// TransferSharesFrom is a paid mutator transaction binding the contract method 0x6d780459.
//
// Solidity: function transferSharesFrom(address from, address to, uint256 sharesAmount) returns(uint256)
func (_Pool *PoolTransactorSession) TransferSharesFrom(from common.Address, to common.Address, sharesAmount *big.Int) (*types.Transaction, error) {
	return _Pool.Contract.TransferSharesFrom(&_Pool.TransactOpts, from, to, sharesAmount)
}

// UnwrapTo is a paid mutator transaction binding the contract method 0xc12ea3ca.
//
// Solidity: function unwrapTo(address to, uint256 sharesAmount) returns(uint256 amount)
func (_Pool *PoolTransactor) UnwrapTo(opts *bind.TransactOpts, to common.Address, sharesAmount *big.Int) (*types.Transaction, error) {
	return _Pool.contract.Transact(opts, "unwrapTo", to, sharesAmount)
}

// UnwrapTo is a paid mutator transaction binding the contract method 0xc12ea3ca.
//
// Solidity: function unwrapTo(address to, uint256 sharesAmount) returns(uint256 amount)
func (_Pool *PoolSession) UnwrapTo(to common.Address, sharesAmount *big.Int) (*types.Transaction, error) {
	return _Pool.Contract.UnwrapTo(&_Pool.TransactOpts, to, sharesAmount)
}

// UnwrapTo is a paid mutator transaction binding the contract method 0xc12ea3ca.
//
// Solidity: function unwrapTo(address to, uint256 sharesAmount) returns(uint256 amount)
func (_Pool *PoolTransactorSession) UnwrapTo(to common.Address, sharesAmount *big.Int) (*types.Transaction, error) {
	return _Pool.Contract.UnwrapTo(&_Pool.TransactOpts, to, sharesAmount)
}

// WrapFrom is a paid mutator transaction binding the contract method 0xeeb4965e.
//
// Solidity: function wrapFrom(address from, uint256 amount) returns(uint256 sharesAmount)
func (_Pool *PoolTransactor) WrapFrom(opts *bind.TransactOpts, from common.Address, amount *big.Int) (*types.Transaction, error) {
	return _Pool.contract.Transact(opts, "wrapFrom", from, amount)
}

// WrapFrom is a paid mutator transaction binding the contract method 0xeeb4965e.
//
// Solidity: function wrapFrom(address from, uint256 amount) returns(uint256 sharesAmount)
func (_Pool *PoolSession) WrapFrom(from common.Address, amount *big.Int) (*types.Transaction, error) {
	return _Pool.Contract.WrapFrom(&_Pool.TransactOpts, from, amount)
}

// WrapFrom is a paid mutator transaction binding the contract method 0xeeb4965e.
//
// Solidity: function wrapFrom(address from, uint256 amount) returns(uint256 sharesAmount)
func (_Pool *PoolTransactorSession) WrapFrom(from common.Address, amount *big.Int) (*types.Transaction, error) {
	return _Pool.Contract.WrapFrom(&_Pool.TransactOpts, from, amount)
}

// Fallback is a paid mutator transaction binding the contract fallback function.
//
// Solidity: fallback() payable returns()
func (_Pool *PoolTransactor) Fallback(opts *bind.TransactOpts, calldata []byte) (*types.Transaction, error) {
	return _Pool.contract.RawTransact(opts, calldata)
}

// Fallback is a paid mutator transaction binding the contract fallback function.
//
// Solidity: fallback() payable returns()
func (_Pool *PoolSession) Fallback(calldata []byte) (*types.Transaction, error) {
	return _Pool.Contract.Fallback(&_Pool.TransactOpts, calldata)
}

// Fallback is a paid mutator transaction binding the contract fallback function.
//
// Solidity: fallback() payable returns()
func (_Pool *PoolTransactorSession) Fallback(calldata []byte) (*types.Transaction, error) {
	return _Pool.Contract.Fallback(&_Pool.TransactOpts, calldata)
}

// Receive is a paid mutator transaction binding the contract receive function.
//
// Solidity: receive() payable returns()
func (_Pool *PoolTransactor) Receive(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _Pool.contract.RawTransact(opts, nil) // calldata is disallowed for receive function
}

// Receive is a paid mutator transaction binding the contract receive function.
//
// Solidity: receive() payable returns()
func (_Pool *PoolSession) Receive() (*types.Transaction, error) {
	return _Pool.Contract.Receive(&_Pool.TransactOpts)
}

// Receive is a paid mutator transaction binding the contract receive function.
//
// Solidity: receive() payable returns()
func (_Pool *PoolTransactorSession) Receive() (*types.Transaction, error) {
	return _Pool.Contract.Receive(&_Pool.TransactOpts)
}

// PoolApprovalIterator is returned from FilterApproval and is used to iterate over the raw logs and unpacked data for Approval events raised by the Pool contract.
type PoolApprovalIterator struct {
	Event *PoolApproval // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *PoolApprovalIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(PoolApproval)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(PoolApproval)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *PoolApprovalIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *PoolApprovalIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// PoolApproval represents a Approval event raised by the Pool contract.
type PoolApproval struct {
	Owner   common.Address
	Spender common.Address
	Value   *big.Int
	Raw     types.Log // Blockchain specific contextual infos
}

// FilterApproval is a free log retrieval operation binding the contract event 0x8c5be1e5ebec7d5bd14f71427d1e84f3dd0314c0f7b2291e5b200ac8c7c3b925.
//
// Solidity: event Approval(address indexed owner, address indexed spender, uint256 value)
func (_Pool *PoolFilterer) FilterApproval(opts *bind.FilterOpts, owner []common.Address, spender []common.Address) (*PoolApprovalIterator, error) {

	var ownerRule []interface{}
	for _, ownerItem := range owner {
		ownerRule = append(ownerRule, ownerItem)
	}
	var spenderRule []interface{}
	for _, spenderItem := range spender {
		spenderRule = append(spenderRule, spenderItem)
	}

	logs, sub, err := _Pool.contract.FilterLogs(opts, "Approval", ownerRule, spenderRule)
	if err != nil {
		return nil, err
	}
	return &PoolApprovalIterator{contract: _Pool.contract, event: "Approval", logs: logs, sub: sub}, nil
}

// WatchApproval is a free log subscription operation binding the contract event 0x8c5be1e5ebec7d5bd14f71427d1e84f3dd0314c0f7b2291e5b200ac8c7c3b925.
//
// Solidity: event Approval(address indexed owner, address indexed spender, uint256 value)
func (_Pool *PoolFilterer) WatchApproval(opts *bind.WatchOpts, sink chan<- *PoolApproval, owner []common.Address, spender []common.Address) (event.Subscription, error) {

	var ownerRule []interface{}
	for _, ownerItem := range owner {
		ownerRule = append(ownerRule, ownerItem)
	}
	var spenderRule []interface{}
	for _, spenderItem := range spender {
		spenderRule = append(spenderRule, spenderItem)
	}

	logs, sub, err := _Pool.contract.WatchLogs(opts, "Approval", ownerRule, spenderRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(PoolApproval)
				if err := _Pool.contract.UnpackLog(event, "Approval", log); err != nil {
					// If the signature doesn't match, skip this log.
					if errors.Is(err, bind.ErrEventSignatureMismatch) {
						continue
					}
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseApproval is a log parse operation binding the contract event 0x8c5be1e5ebec7d5bd14f71427d1e84f3dd0314c0f7b2291e5b200ac8c7c3b925.
//
// Solidity: event Approval(address indexed owner, address indexed spender, uint256 value)
func (_Pool *PoolFilterer) ParseApproval(log types.Log) (*PoolApproval, error) {
	event := new(PoolApproval)
	if err := _Pool.contract.UnpackLog(event, "Approval", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// PoolBunkerModeSetIterator is returned from FilterBunkerModeSet and is used to iterate over the raw logs and unpacked data for BunkerModeSet events raised by the Pool contract.
type PoolBunkerModeSetIterator struct {
	Event *PoolBunkerModeSet // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *PoolBunkerModeSetIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(PoolBunkerModeSet)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(PoolBunkerModeSet)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *PoolBunkerModeSetIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *PoolBunkerModeSetIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// PoolBunkerModeSet represents a BunkerModeSet event raised by the Pool contract.
type PoolBunkerModeSet struct {
	Bunker bool
	Raw    types.Log // Blockchain specific contextual infos
}

// FilterBunkerModeSet is a free log retrieval operation binding the contract event 0x615f19033498f70146dbda915656d96a9ac3e14acf6d7ec4145b5582a7eca993.
//
// Solidity: event BunkerModeSet(bool bunker)
func (_Pool *PoolFilterer) FilterBunkerModeSet(opts *bind.FilterOpts) (*PoolBunkerModeSetIterator, error) {

	logs, sub, err := _Pool.contract.FilterLogs(opts, "BunkerModeSet")
	if err != nil {
		return nil, err
	}
	return &PoolBunkerModeSetIterator{contract: _Pool.contract, event: "BunkerModeSet", logs: logs, sub: sub}, nil
}

// WatchBunkerModeSet is a free log subscription operation binding the contract event 0x615f19033498f70146dbda915656d96a9ac3e14acf6d7ec4145b5582a7eca993.
//
// Solidity: event BunkerModeSet(bool bunker)
func (_Pool *PoolFilterer) WatchBunkerModeSet(opts *bind.WatchOpts, sink chan<- *PoolBunkerModeSet) (event.Subscription, error) {

	logs, sub, err := _Pool.contract.WatchLogs(opts, "BunkerModeSet")
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(PoolBunkerModeSet)
				if err := _Pool.contract.UnpackLog(event, "BunkerModeSet", log); err != nil {
					// If the signature doesn't match, skip this log.
					if errors.Is(err, bind.ErrEventSignatureMismatch) {
						continue
					}
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseBunkerModeSet is a log parse operation binding the contract event 0x615f19033498f70146dbda915656d96a9ac3e14acf6d7ec4145b5582a7eca993.
//
// Solidity: event BunkerModeSet(bool bunker)
func (_Pool *PoolFilterer) ParseBunkerModeSet(log types.Log) (*PoolBunkerModeSet, error) {
	event := new(PoolBunkerModeSet)
	if err := _Pool.contract.UnpackLog(event, "BunkerModeSet", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// PoolDepositedIterator is returned from FilterDeposited and is used to iterate over the raw logs and unpacked data for Deposited events raised by the Pool contract.
type PoolDepositedIterator struct {
	Event *PoolDeposited // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *PoolDepositedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(PoolDeposited)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(PoolDeposited)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *PoolDepositedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *PoolDepositedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// PoolDeposited represents a Deposited event raised by the Pool contract.
type PoolDeposited struct {
	OperatorId   *big.Int
	DepositIndex *big.Int
	KeyIndex     *big.Int
	Amount       *big.Int
	Raw          types.Log // Blockchain specific contextual infos
}

// FilterDeposited is a free log retrieval operation binding the contract event 0x1ec55d9e15c44189f574f4c7598877f9f4db58852439702a7c97979f1e755ad0.
//
// Solidity: event Deposited(uint256 indexed operatorId, uint256 depositIndex, uint256 keyIndex, uint256 amount)
func (_Pool *PoolFilterer) FilterDeposited(opts *bind.FilterOpts, operatorId []*big.Int) (*PoolDepositedIterator, error) {

	var operatorIdRule []interface{}
	for _, operatorIdItem := range operatorId {
		operatorIdRule = append(operatorIdRule, operatorIdItem)
	}

	logs, sub, err := _Pool.contract.FilterLogs(opts, "Deposited", operatorIdRule)
	if err != nil {
		return nil, err
	}
	return &PoolDepositedIterator{contract: _Pool.contract, event: "Deposited", logs: logs, sub: sub}, nil
}

// WatchDeposited is a free log subscription operation binding the contract event 0x1ec55d9e15c44189f574f4c7598877f9f4db58852439702a7c97979f1e755ad0.
//
// Solidity: event Deposited(uint256 indexed operatorId, uint256 depositIndex, uint256 keyIndex, uint256 amount)
func (_Pool *PoolFilterer) WatchDeposited(opts *bind.WatchOpts, sink chan<- *PoolDeposited, operatorId []*big.Int) (event.Subscription, error) {

	var operatorIdRule []interface{}
	for _, operatorIdItem := range operatorId {
		operatorIdRule = append(operatorIdRule, operatorIdItem)
	}

	logs, sub, err := _Pool.contract.WatchLogs(opts, "Deposited", operatorIdRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(PoolDeposited)
				if err := _Pool.contract.UnpackLog(event, "Deposited", log); err != nil {
					// If the signature doesn't match, skip this log.
					if errors.Is(err, bind.ErrEventSignatureMismatch) {
						continue
					}
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseDeposited is a log parse operation binding the contract event 0x1ec55d9e15c44189f574f4c7598877f9f4db58852439702a7c97979f1e755ad0.
//
// Solidity: event Deposited(uint256 indexed operatorId, uint256 depositIndex, uint256 keyIndex, uint256 amount)
func (_Pool *PoolFilterer) ParseDeposited(log types.Log) (*PoolDeposited, error) {
	event := new(PoolDeposited)
	if err := _Pool.contract.UnpackLog(event, "Deposited", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// PoolEIP712DomainChangedIterator is returned from FilterEIP712DomainChanged and is used to iterate over the raw logs and unpacked data for EIP712DomainChanged events raised by the Pool contract.
type PoolEIP712DomainChangedIterator struct {
	Event *PoolEIP712DomainChanged // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *PoolEIP712DomainChangedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(PoolEIP712DomainChanged)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(PoolEIP712DomainChanged)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *PoolEIP712DomainChangedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *PoolEIP712DomainChangedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// PoolEIP712DomainChanged represents a EIP712DomainChanged event raised by the Pool contract.
type PoolEIP712DomainChanged struct {
	Raw types.Log // Blockchain specific contextual infos
}

// FilterEIP712DomainChanged is a free log retrieval operation binding the contract event 0x0a6387c9ea3628b88a633bb4f3b151770f70085117a15f9bf3787cda53f13d31.
//
// Solidity: event EIP712DomainChanged()
func (_Pool *PoolFilterer) FilterEIP712DomainChanged(opts *bind.FilterOpts) (*PoolEIP712DomainChangedIterator, error) {

	logs, sub, err := _Pool.contract.FilterLogs(opts, "EIP712DomainChanged")
	if err != nil {
		return nil, err
	}
	return &PoolEIP712DomainChangedIterator{contract: _Pool.contract, event: "EIP712DomainChanged", logs: logs, sub: sub}, nil
}

// WatchEIP712DomainChanged is a free log subscription operation binding the contract event 0x0a6387c9ea3628b88a633bb4f3b151770f70085117a15f9bf3787cda53f13d31.
//
// Solidity: event EIP712DomainChanged()
func (_Pool *PoolFilterer) WatchEIP712DomainChanged(opts *bind.WatchOpts, sink chan<- *PoolEIP712DomainChanged) (event.Subscription, error) {

	logs, sub, err := _Pool.contract.WatchLogs(opts, "EIP712DomainChanged")
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(PoolEIP712DomainChanged)
				if err := _Pool.contract.UnpackLog(event, "EIP712DomainChanged", log); err != nil {
					// If the signature doesn't match, skip this log.
					if errors.Is(err, bind.ErrEventSignatureMismatch) {
						continue
					}
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseEIP712DomainChanged is a log parse operation binding the contract event 0x0a6387c9ea3628b88a633bb4f3b151770f70085117a15f9bf3787cda53f13d31.
//
// Solidity: event EIP712DomainChanged()
func (_Pool *PoolFilterer) ParseEIP712DomainChanged(log types.Log) (*PoolEIP712DomainChanged, error) {
	event := new(PoolEIP712DomainChanged)
	if err := _Pool.contract.UnpackLog(event, "EIP712DomainChanged", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// PoolFeeMintedIterator is returned from FilterFeeMinted and is used to iterate over the raw logs and unpacked data for FeeMinted events raised by the Pool contract.
type PoolFeeMintedIterator struct {
	Event *PoolFeeMinted // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *PoolFeeMintedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(PoolFeeMinted)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(PoolFeeMinted)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *PoolFeeMintedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *PoolFeeMintedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// PoolFeeMinted represents a FeeMinted event raised by the Pool contract.
type PoolFeeMinted struct {
	To           common.Address
	SharesAmount *big.Int
	OperatorId   *big.Int
	Raw          types.Log // Blockchain specific contextual infos
}

// FilterFeeMinted is a free log retrieval operation binding the contract event 0xd39cc3711c62bef02d29d8e2d7b424986f901b868bf12564d56d7385abc3bbcb.
//
// Solidity: event FeeMinted(address indexed to, uint256 sharesAmount, uint256 operatorId)
func (_Pool *PoolFilterer) FilterFeeMinted(opts *bind.FilterOpts, to []common.Address) (*PoolFeeMintedIterator, error) {

	var toRule []interface{}
	for _, toItem := range to {
		toRule = append(toRule, toItem)
	}

	logs, sub, err := _Pool.contract.FilterLogs(opts, "FeeMinted", toRule)
	if err != nil {
		return nil, err
	}
	return &PoolFeeMintedIterator{contract: _Pool.contract, event: "FeeMinted", logs: logs, sub: sub}, nil
}

// WatchFeeMinted is a free log subscription operation binding the contract event 0xd39cc3711c62bef02d29d8e2d7b424986f901b868bf12564d56d7385abc3bbcb.
//
// Solidity: event FeeMinted(address indexed to, uint256 sharesAmount, uint256 operatorId)
func (_Pool *PoolFilterer) WatchFeeMinted(opts *bind.WatchOpts, sink chan<- *PoolFeeMinted, to []common.Address) (event.Subscription, error) {

	var toRule []interface{}
	for _, toItem := range to {
		toRule = append(toRule, toItem)
	}

	logs, sub, err := _Pool.contract.WatchLogs(opts, "FeeMinted", toRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(PoolFeeMinted)
				if err := _Pool.contract.UnpackLog(event, "FeeMinted", log); err != nil {
					// If the signature doesn't match, skip this log.
					if errors.Is(err, bind.ErrEventSignatureMismatch) {
						continue
					}
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseFeeMinted is a log parse operation binding the contract event 0xd39cc3711c62bef02d29d8e2d7b424986f901b868bf12564d56d7385abc3bbcb.
//
// Solidity: event FeeMinted(address indexed to, uint256 sharesAmount, uint256 operatorId)
func (_Pool *PoolFilterer) ParseFeeMinted(log types.Log) (*PoolFeeMinted, error) {
	event := new(PoolFeeMinted)
	if err := _Pool.contract.UnpackLog(event, "FeeMinted", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// PoolInstantWithdrawalIterator is returned from FilterInstantWithdrawal and is used to iterate over the raw logs and unpacked data for InstantWithdrawal events raised by the Pool contract.
type PoolInstantWithdrawalIterator struct {
	Event *PoolInstantWithdrawal // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *PoolInstantWithdrawalIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(PoolInstantWithdrawal)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(PoolInstantWithdrawal)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *PoolInstantWithdrawalIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *PoolInstantWithdrawalIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// PoolInstantWithdrawal represents a InstantWithdrawal event raised by the Pool contract.
type PoolInstantWithdrawal struct {
	Account     common.Address
	EthPaid     *big.Int
	SharesBurnt *big.Int
	Raw         types.Log // Blockchain specific contextual infos
}

// FilterInstantWithdrawal is a free log retrieval operation binding the contract event 0xba49cf25b9cb1c12daab28db38eabfb397ff0585a592e037876253373b8ed091.
//
// Solidity: event InstantWithdrawal(address indexed account, uint256 ethPaid, uint256 sharesBurnt)
func (_Pool *PoolFilterer) FilterInstantWithdrawal(opts *bind.FilterOpts, account []common.Address) (*PoolInstantWithdrawalIterator, error) {

	var accountRule []interface{}
	for _, accountItem := range account {
		accountRule = append(accountRule, accountItem)
	}

	logs, sub, err := _Pool.contract.FilterLogs(opts, "InstantWithdrawal", accountRule)
	if err != nil {
		return nil, err
	}
	return &PoolInstantWithdrawalIterator{contract: _Pool.contract, event: "InstantWithdrawal", logs: logs, sub: sub}, nil
}

// WatchInstantWithdrawal is a free log subscription operation binding the contract event 0xba49cf25b9cb1c12daab28db38eabfb397ff0585a592e037876253373b8ed091.
//
// Solidity: event InstantWithdrawal(address indexed account, uint256 ethPaid, uint256 sharesBurnt)
func (_Pool *PoolFilterer) WatchInstantWithdrawal(opts *bind.WatchOpts, sink chan<- *PoolInstantWithdrawal, account []common.Address) (event.Subscription, error) {

	var accountRule []interface{}
	for _, accountItem := range account {
		accountRule = append(accountRule, accountItem)
	}

	logs, sub, err := _Pool.contract.WatchLogs(opts, "InstantWithdrawal", accountRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(PoolInstantWithdrawal)
				if err := _Pool.contract.UnpackLog(event, "InstantWithdrawal", log); err != nil {
					// If the signature doesn't match, skip this log.
					if errors.Is(err, bind.ErrEventSignatureMismatch) {
						continue
					}
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseInstantWithdrawal is a log parse operation binding the contract event 0xba49cf25b9cb1c12daab28db38eabfb397ff0585a592e037876253373b8ed091.
//
// Solidity: event InstantWithdrawal(address indexed account, uint256 ethPaid, uint256 sharesBurnt)
func (_Pool *PoolFilterer) ParseInstantWithdrawal(log types.Log) (*PoolInstantWithdrawal, error) {
	event := new(PoolInstantWithdrawal)
	if err := _Pool.contract.UnpackLog(event, "InstantWithdrawal", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// PoolInsuranceCoverIterator is returned from FilterInsuranceCover and is used to iterate over the raw logs and unpacked data for InsuranceCover events raised by the Pool contract.
type PoolInsuranceCoverIterator struct {
	Event *PoolInsuranceCover // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *PoolInsuranceCoverIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(PoolInsuranceCover)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(PoolInsuranceCover)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *PoolInsuranceCoverIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *PoolInsuranceCoverIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// PoolInsuranceCover represents a InsuranceCover event raised by the Pool contract.
type PoolInsuranceCover struct {
	Amount      *big.Int
	SharesBurnt *big.Int
	Raw         types.Log // Blockchain specific contextual infos
}

// FilterInsuranceCover is a free log retrieval operation binding the contract event 0xaae8f05db420c434a5867c2bff6f72da3f4ca5aa6c8bb7247157f0e39369821a.
//
// Solidity: event InsuranceCover(uint256 amount, uint256 sharesBurnt)
func (_Pool *PoolFilterer) FilterInsuranceCover(opts *bind.FilterOpts) (*PoolInsuranceCoverIterator, error) {

	logs, sub, err := _Pool.contract.FilterLogs(opts, "InsuranceCover")
	if err != nil {
		return nil, err
	}
	return &PoolInsuranceCoverIterator{contract: _Pool.contract, event: "InsuranceCover", logs: logs, sub: sub}, nil
}

// WatchInsuranceCover is a free log subscription operation binding the contract event 0xaae8f05db420c434a5867c2bff6f72da3f4ca5aa6c8bb7247157f0e39369821a.
//
// Solidity: event InsuranceCover(uint256 amount, uint256 sharesBurnt)
func (_Pool *PoolFilterer) WatchInsuranceCover(opts *bind.WatchOpts, sink chan<- *PoolInsuranceCover) (event.Subscription, error) {

	logs, sub, err := _Pool.contract.WatchLogs(opts, "InsuranceCover")
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(PoolInsuranceCover)
				if err := _Pool.contract.UnpackLog(event, "InsuranceCover", log); err != nil {
					// If the signature doesn't match, skip this log.
					if errors.Is(err, bind.ErrEventSignatureMismatch) {
						continue
					}
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseInsuranceCover is a log parse operation binding the contract event 0xaae8f05db420c434a5867c2bff6f72da3f4ca5aa6c8bb7247157f0e39369821a.
//
// Solidity: event InsuranceCover(uint256 amount, uint256 sharesBurnt)
func (_Pool *PoolFilterer) ParseInsuranceCover(log types.Log) (*PoolInsuranceCover, error) {
	event := new(PoolInsuranceCover)
	if err := _Pool.contract.UnpackLog(event, "InsuranceCover", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// PoolPoolParamsSetIterator is returned from FilterPoolParamsSet and is used to iterate over the raw logs and unpacked data for PoolParamsSet events raised by the Pool contract.
type PoolPoolParamsSetIterator struct {
	Event *PoolPoolParamsSet // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *PoolPoolParamsSetIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(PoolPoolParamsSet)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(PoolPoolParamsSet)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *PoolPoolParamsSetIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *PoolPoolParamsSetIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// PoolPoolParamsSet represents a PoolParamsSet event raised by the Pool contract.
type PoolPoolParamsSet struct {
	DustFloor           *big.Int
	ReserveTargetBP     *big.Int
	InstantWithdrawalBP *big.Int
	MaxDepositsPerBlock *big.Int
	Raw                 types.Log // Blockchain specific contextual infos
}

// FilterPoolParamsSet is a free log retrieval operation binding the contract event 0xe42122654040a080b723fde2fd36eeb82cb988077d24873f1969dc2bafa27c65.
//
// Solidity: event PoolParamsSet(uint256 dustFloor, uint256 reserveTargetBP, uint256 instantWithdrawalBP, uint256 maxDepositsPerBlock)
func (_Pool *PoolFilterer) FilterPoolParamsSet(opts *bind.FilterOpts) (*PoolPoolParamsSetIterator, error) {

	logs, sub, err := _Pool.contract.FilterLogs(opts, "PoolParamsSet")
	if err != nil {
		return nil, err
	}
	return &PoolPoolParamsSetIterator{contract: _Pool.contract, event: "PoolParamsSet", logs: logs, sub: sub}, nil
}

// WatchPoolParamsSet is a free log subscription operation binding the contract event 0xe42122654040a080b723fde2fd36eeb82cb988077d24873f1969dc2bafa27c65.
//
// Solidity: event PoolParamsSet(uint256 dustFloor, uint256 reserveTargetBP, uint256 instantWithdrawalBP, uint256 maxDepositsPerBlock)
func (_Pool *PoolFilterer) WatchPoolParamsSet(opts *bind.WatchOpts, sink chan<- *PoolPoolParamsSet) (event.Subscription, error) {

	logs, sub, err := _Pool.contract.WatchLogs(opts, "PoolParamsSet")
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(PoolPoolParamsSet)
				if err := _Pool.contract.UnpackLog(event, "PoolParamsSet", log); err != nil {
					// If the signature doesn't match, skip this log.
					if errors.Is(err, bind.ErrEventSignatureMismatch) {
						continue
					}
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParsePoolParamsSet is a log parse operation binding the contract event 0xe42122654040a080b723fde2fd36eeb82cb988077d24873f1969dc2bafa27c65.
//
// Solidity: event PoolParamsSet(uint256 dustFloor, uint256 reserveTargetBP, uint256 instantWithdrawalBP, uint256 maxDepositsPerBlock)
func (_Pool *PoolFilterer) ParsePoolParamsSet(log types.Log) (*PoolPoolParamsSet, error) {
	event := new(PoolPoolParamsSet)
	if err := _Pool.contract.UnpackLog(event, "PoolParamsSet", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// PoolSharesBurntIterator is returned from FilterSharesBurnt and is used to iterate over the raw logs and unpacked data for SharesBurnt events raised by the Pool contract.
type PoolSharesBurntIterator struct {
	Event *PoolSharesBurnt // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *PoolSharesBurntIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(PoolSharesBurnt)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(PoolSharesBurnt)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *PoolSharesBurntIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *PoolSharesBurntIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// PoolSharesBurnt represents a SharesBurnt event raised by the Pool contract.
type PoolSharesBurnt struct {
	Account      common.Address
	SharesAmount *big.Int
	Raw          types.Log // Blockchain specific contextual infos
}

// FilterSharesBurnt is a free log retrieval operation binding the contract event 0x53d1b4bdd5b3d9d7fc46371edeaa0671ee58b251a094e96b76053ae1d147ca68.
//
// Solidity: event SharesBurnt(address indexed account, uint256 sharesAmount)
func (_Pool *PoolFilterer) FilterSharesBurnt(opts *bind.FilterOpts, account []common.Address) (*PoolSharesBurntIterator, error) {

	var accountRule []interface{}
	for _, accountItem := range account {
		accountRule = append(accountRule, accountItem)
	}

	logs, sub, err := _Pool.contract.FilterLogs(opts, "SharesBurnt", accountRule)
	if err != nil {
		return nil, err
	}
	return &PoolSharesBurntIterator{contract: _Pool.contract, event: "SharesBurnt", logs: logs, sub: sub}, nil
}

// WatchSharesBurnt is a free log subscription operation binding the contract event 0x53d1b4bdd5b3d9d7fc46371edeaa0671ee58b251a094e96b76053ae1d147ca68.
//
// Solidity: event SharesBurnt(address indexed account, uint256 sharesAmount)
func (_Pool *PoolFilterer) WatchSharesBurnt(opts *bind.WatchOpts, sink chan<- *PoolSharesBurnt, account []common.Address) (event.Subscription, error) {

	var accountRule []interface{}
	for _, accountItem := range account {
		accountRule = append(accountRule, accountItem)
	}

	logs, sub, err := _Pool.contract.WatchLogs(opts, "SharesBurnt", accountRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(PoolSharesBurnt)
				if err := _Pool.contract.UnpackLog(event, "SharesBurnt", log); err != nil {
					// If the signature doesn't match, skip this log.
					if errors.Is(err, bind.ErrEventSignatureMismatch) {
						continue
					}
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseSharesBurnt is a log parse operation binding the contract event 0x53d1b4bdd5b3d9d7fc46371edeaa0671ee58b251a094e96b76053ae1d147ca68.
//
// Solidity: event SharesBurnt(address indexed account, uint256 sharesAmount)
func (_Pool *PoolFilterer) ParseSharesBurnt(log types.Log) (*PoolSharesBurnt, error) {
	event := new(PoolSharesBurnt)
	if err := _Pool.contract.UnpackLog(event, "SharesBurnt", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// PoolStakingLimitSetIterator is returned from FilterStakingLimitSet and is used to iterate over the raw logs and unpacked data for StakingLimitSet events raised by the Pool contract.
type PoolStakingLimitSetIterator struct {
	Event *PoolStakingLimitSet // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *PoolStakingLimitSetIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(PoolStakingLimitSet)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(PoolStakingLimitSet)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *PoolStakingLimitSetIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *PoolStakingLimitSetIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// PoolStakingLimitSet represents a StakingLimitSet event raised by the Pool contract.
type PoolStakingLimitSet struct {
	MaxStakeLimit              *big.Int
	StakeLimitIncreasePerBlock *big.Int
	Raw                        types.Log // Blockchain specific contextual infos
}

// FilterStakingLimitSet is a free log retrieval operation binding the contract event 0xce9fddf6179affa1ea7bf36d80a6bf0284e0f3b91f4b2fa6eea2af923e7fac2d.
//
// Solidity: event StakingLimitSet(uint256 maxStakeLimit, uint256 stakeLimitIncreasePerBlock)
func (_Pool *PoolFilterer) FilterStakingLimitSet(opts *bind.FilterOpts) (*PoolStakingLimitSetIterator, error) {

	logs, sub, err := _Pool.contract.FilterLogs(opts, "StakingLimitSet")
	if err != nil {
		return nil, err
	}
	return &PoolStakingLimitSetIterator{contract: _Pool.contract, event: "StakingLimitSet", logs: logs, sub: sub}, nil
}

// WatchStakingLimitSet is a free log subscription operation binding the contract event 0xce9fddf6179affa1ea7bf36d80a6bf0284e0f3b91f4b2fa6eea2af923e7fac2d.
//
// Solidity: event StakingLimitSet(uint256 maxStakeLimit, uint256 stakeLimitIncreasePerBlock)
func (_Pool *PoolFilterer) WatchStakingLimitSet(opts *bind.WatchOpts, sink chan<- *PoolStakingLimitSet) (event.Subscription, error) {

	logs, sub, err := _Pool.contract.WatchLogs(opts, "StakingLimitSet")
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(PoolStakingLimitSet)
				if err := _Pool.contract.UnpackLog(event, "StakingLimitSet", log); err != nil {
					// If the signature doesn't match, skip this log.
					if errors.Is(err, bind.ErrEventSignatureMismatch) {
						continue
					}
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseStakingLimitSet is a log parse operation binding the contract event 0xce9fddf6179affa1ea7bf36d80a6bf0284e0f3b91f4b2fa6eea2af923e7fac2d.
//
// Solidity: event StakingLimitSet(uint256 maxStakeLimit, uint256 stakeLimitIncreasePerBlock)
func (_Pool *PoolFilterer) ParseStakingLimitSet(log types.Log) (*PoolStakingLimitSet, error) {
	event := new(PoolStakingLimitSet)
	if err := _Pool.contract.UnpackLog(event, "StakingLimitSet", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// PoolStakingPausedIterator is returned from FilterStakingPaused and is used to iterate over the raw logs and unpacked data for StakingPaused events raised by the Pool contract.
type PoolStakingPausedIterator struct {
	Event *PoolStakingPaused // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *PoolStakingPausedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(PoolStakingPaused)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(PoolStakingPaused)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *PoolStakingPausedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *PoolStakingPausedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// PoolStakingPaused represents a StakingPaused event raised by the Pool contract.
type PoolStakingPaused struct {
	Raw types.Log // Blockchain specific contextual infos
}

// FilterStakingPaused is a free log retrieval operation binding the contract event 0x26d1807b479eaba249c1214b82e4b65bbb0cc73ee8a17901324b1ef1b5904e49.
//
// Solidity: event StakingPaused()
func (_Pool *PoolFilterer) FilterStakingPaused(opts *bind.FilterOpts) (*PoolStakingPausedIterator, error) {

	logs, sub, err := _Pool.contract.FilterLogs(opts, "StakingPaused")
	if err != nil {
		return nil, err
	}
	return &PoolStakingPausedIterator{contract: _Pool.contract, event: "StakingPaused", logs: logs, sub: sub}, nil
}

// WatchStakingPaused is a free log subscription operation binding the contract event 0x26d1807b479eaba249c1214b82e4b65bbb0cc73ee8a17901324b1ef1b5904e49.
//
// Solidity: event StakingPaused()
func (_Pool *PoolFilterer) WatchStakingPaused(opts *bind.WatchOpts, sink chan<- *PoolStakingPaused) (event.Subscription, error) {

	logs, sub, err := _Pool.contract.WatchLogs(opts, "StakingPaused")
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(PoolStakingPaused)
				if err := _Pool.contract.UnpackLog(event, "StakingPaused", log); err != nil {
					// If the signature doesn't match, skip this log.
					if errors.Is(err, bind.ErrEventSignatureMismatch) {
						continue
					}
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseStakingPaused is a log parse operation binding the contract event 0x26d1807b479eaba249c1214b82e4b65bbb0cc73ee8a17901324b1ef1b5904e49.
//
// Solidity: event StakingPaused()
func (_Pool *PoolFilterer) ParseStakingPaused(log types.Log) (*PoolStakingPaused, error) {
	event := new(PoolStakingPaused)
	if err := _Pool.contract.UnpackLog(event, "StakingPaused", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// PoolStakingResumedIterator is returned from FilterStakingResumed and is used to iterate over the raw logs and unpacked data for StakingResumed events raised by the Pool contract.
type PoolStakingResumedIterator struct {
	Event *PoolStakingResumed // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *PoolStakingResumedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(PoolStakingResumed)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(PoolStakingResumed)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *PoolStakingResumedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *PoolStakingResumedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// PoolStakingResumed represents a StakingResumed event raised by the Pool contract.
type PoolStakingResumed struct {
	Raw types.Log // Blockchain specific contextual infos
}

// FilterStakingResumed is a free log retrieval operation binding the contract event 0xedaeeae9aed70c4545d3ab0065713261c9cee8d6cf5c8b07f52f0a65fd91efda.
//
// Solidity: event StakingResumed()
func (_Pool *PoolFilterer) FilterStakingResumed(opts *bind.FilterOpts) (*PoolStakingResumedIterator, error) {

	logs, sub, err := _Pool.contract.FilterLogs(opts, "StakingResumed")
	if err != nil {
		return nil, err
	}
	return &PoolStakingResumedIterator{contract: _Pool.contract, event: "StakingResumed", logs: logs, sub: sub}, nil
}

// WatchStakingResumed is a free log subscription operation binding the contract event 0xedaeeae9aed70c4545d3ab0065713261c9cee8d6cf5c8b07f52f0a65fd91efda.
//
// Solidity: event StakingResumed()
func (_Pool *PoolFilterer) WatchStakingResumed(opts *bind.WatchOpts, sink chan<- *PoolStakingResumed) (event.Subscription, error) {

	logs, sub, err := _Pool.contract.WatchLogs(opts, "StakingResumed")
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(PoolStakingResumed)
				if err := _Pool.contract.UnpackLog(event, "StakingResumed", log); err != nil {
					// If the signature doesn't match, skip this log.
					if errors.Is(err, bind.ErrEventSignatureMismatch) {
						continue
					}
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseStakingResumed is a log parse operation binding the contract event 0xedaeeae9aed70c4545d3ab0065713261c9cee8d6cf5c8b07f52f0a65fd91efda.
//
// Solidity: event StakingResumed()
func (_Pool *PoolFilterer) ParseStakingResumed(log types.Log) (*PoolStakingResumed, error) {
	event := new(PoolStakingResumed)
	if err := _Pool.contract.UnpackLog(event, "StakingResumed", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// PoolSubmittedIterator is returned from FilterSubmitted and is used to iterate over the raw logs and unpacked data for Submitted events raised by the Pool contract.
type PoolSubmittedIterator struct {
	Event *PoolSubmitted // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *PoolSubmittedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(PoolSubmitted)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(PoolSubmitted)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *PoolSubmittedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *PoolSubmittedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// PoolSubmitted represents a Submitted event raised by the Pool contract.
type PoolSubmitted struct {
	Sender   common.Address
	Amount   *big.Int
	Referral common.Address
	Raw      types.Log // Blockchain specific contextual infos
}

// FilterSubmitted is a free log retrieval operation binding the contract event 0x96a25c8ce0baabc1fdefd93e9ed25d8e092a3332f3aa9a41722b5697231d1d1a.
//
// Solidity: event Submitted(address indexed sender, uint256 amount, address referral)
func (_Pool *PoolFilterer) FilterSubmitted(opts *bind.FilterOpts, sender []common.Address) (*PoolSubmittedIterator, error) {

	var senderRule []interface{}
	for _, senderItem := range sender {
		senderRule = append(senderRule, senderItem)
	}

	logs, sub, err := _Pool.contract.FilterLogs(opts, "Submitted", senderRule)
	if err != nil {
		return nil, err
	}
	return &PoolSubmittedIterator{contract: _Pool.contract, event: "Submitted", logs: logs, sub: sub}, nil
}

// WatchSubmitted is a free log subscription operation binding the contract event 0x96a25c8ce0baabc1fdefd93e9ed25d8e092a3332f3aa9a41722b5697231d1d1a.
//
// Solidity: event Submitted(address indexed sender, uint256 amount, address referral)
func (_Pool *PoolFilterer) WatchSubmitted(opts *bind.WatchOpts, sink chan<- *PoolSubmitted, sender []common.Address) (event.Subscription, error) {

	var senderRule []interface{}
	for _, senderItem := range sender {
		senderRule = append(senderRule, senderItem)
	}

	logs, sub, err := _Pool.contract.WatchLogs(opts, "Submitted", senderRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(PoolSubmitted)
				if err := _Pool.contract.UnpackLog(event, "Submitted", log); err != nil {
					// If the signature doesn't match, skip this log.
					if errors.Is(err, bind.ErrEventSignatureMismatch) {
						continue
					}
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseSubmitted is a log parse operation binding the contract event 0x96a25c8ce0baabc1fdefd93e9ed25d8e092a3332f3aa9a41722b5697231d1d1a.
//
// Solidity: event Submitted(address indexed sender, uint256 amount, address referral)
func (_Pool *PoolFilterer) ParseSubmitted(log types.Log) (*PoolSubmitted, error) {
	event := new(PoolSubmitted)
	if err := _Pool.contract.UnpackLog(event, "Submitted", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// PoolTokenRebasedIterator is returned from FilterTokenRebased and is used to iterate over the raw logs and unpacked data for TokenRebased events raised by the Pool contract.
type PoolTokenRebasedIterator struct {
	Event *PoolTokenRebased // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *PoolTokenRebasedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(PoolTokenRebased)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(PoolTokenRebased)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *PoolTokenRebasedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *PoolTokenRebasedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// PoolTokenRebased represents a TokenRebased event raised by the Pool contract.
type PoolTokenRebased struct {
	ReportTimestamp    *big.Int
	TimeElapsed        *big.Int
	PreTotalShares     *big.Int
	PreTotalEther      *big.Int
	PostTotalShares    *big.Int
	PostTotalEther     *big.Int
	SharesMintedAsFees *big.Int
	Raw                types.Log // Blockchain specific contextual infos
}

// FilterTokenRebased is a free log retrieval operation binding the contract event 0xff08c3ef606d198e316ef5b822193c489965899eb4e3c248cea1a4626c3eda50.
//
// Solidity: event TokenRebased(uint256 indexed reportTimestamp, uint256 timeElapsed, uint256 preTotalShares, uint256 preTotalEther, uint256 postTotalShares, uint256 postTotalEther, uint256 sharesMintedAsFees)
func (_Pool *PoolFilterer) FilterTokenRebased(opts *bind.FilterOpts, reportTimestamp []*big.Int) (*PoolTokenRebasedIterator, error) {

	var reportTimestampRule []interface{}
	for _, reportTimestampItem := range reportTimestamp {
		reportTimestampRule = append(reportTimestampRule, reportTimestampItem)
	}

	logs, sub, err := _Pool.contract.FilterLogs(opts, "TokenRebased", reportTimestampRule)
	if err != nil {
		return nil, err
	}
	return &PoolTokenRebasedIterator{contract: _Pool.contract, event: "TokenRebased", logs: logs, sub: sub}, nil
}

// WatchTokenRebased is a free log subscription operation binding the contract event 0xff08c3ef606d198e316ef5b822193c489965899eb4e3c248cea1a4626c3eda50.
//
// Solidity: event TokenRebased(uint256 indexed reportTimestamp, uint256 timeElapsed, uint256 preTotalShares, uint256 preTotalEther, uint256 postTotalShares, uint256 postTotalEther, uint256 sharesMintedAsFees)
func (_Pool *PoolFilterer) WatchTokenRebased(opts *bind.WatchOpts, sink chan<- *PoolTokenRebased, reportTimestamp []*big.Int) (event.Subscription, error) {

	var reportTimestampRule []interface{}
	for _, reportTimestampItem := range reportTimestamp {
		reportTimestampRule = append(reportTimestampRule, reportTimestampItem)
	}

	logs, sub, err := _Pool.contract.WatchLogs(opts, "TokenRebased", reportTimestampRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(PoolTokenRebased)
				if err := _Pool.contract.UnpackLog(event, "TokenRebased", log); err != nil {
					// If the signature doesn't match, skip this log.
					if errors.Is(err, bind.ErrEventSignatureMismatch) {
						continue
					}
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseTokenRebased is a log parse operation binding the contract event 0xff08c3ef606d198e316ef5b822193c489965899eb4e3c248cea1a4626c3eda50.
//
// Solidity: event TokenRebased(uint256 indexed reportTimestamp, uint256 timeElapsed, uint256 preTotalShares, uint256 preTotalEther, uint256 postTotalShares, uint256 postTotalEther, uint256 sharesMintedAsFees)
func (_Pool *PoolFilterer) ParseTokenRebased(log types.Log) (*PoolTokenRebased, error) {
	event := new(PoolTokenRebased)
	if err := _Pool.contract.UnpackLog(event, "TokenRebased", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// PoolTransferIterator is returned from FilterTransfer and is used to iterate over the raw logs and unpacked data for Transfer events raised by the Pool contract.
type PoolTransferIterator struct {
	Event *PoolTransfer // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *PoolTransferIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(PoolTransfer)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(PoolTransfer)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *PoolTransferIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *PoolTransferIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// PoolTransfer represents a Transfer event raised by the Pool contract.
type PoolTransfer struct {
	From  common.Address
	To    common.Address
	Value *big.Int
	Raw   types.Log // Blockchain specific contextual infos
}

// FilterTransfer is a free log retrieval operation binding the contract event 0xddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef.
//
// Solidity: event Transfer(address indexed from, address indexed to, uint256 value)
func (_Pool *PoolFilterer) FilterTransfer(opts *bind.FilterOpts, from []common.Address, to []common.Address) (*PoolTransferIterator, error) {

	var fromRule []interface{}
	for _, fromItem := range from {
		fromRule = append(fromRule, fromItem)
	}
	var toRule []interface{}
	for _, toItem := range to {
		toRule = append(toRule, toItem)
	}

	logs, sub, err := _Pool.contract.FilterLogs(opts, "Transfer", fromRule, toRule)
	if err != nil {
		return nil, err
	}
	return &PoolTransferIterator{contract: _Pool.contract, event: "Transfer", logs: logs, sub: sub}, nil
}

// WatchTransfer is a free log subscription operation binding the contract event 0xddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef.
//
// Solidity: event Transfer(address indexed from, address indexed to, uint256 value)
func (_Pool *PoolFilterer) WatchTransfer(opts *bind.WatchOpts, sink chan<- *PoolTransfer, from []common.Address, to []common.Address) (event.Subscription, error) {

	var fromRule []interface{}
	for _, fromItem := range from {
		fromRule = append(fromRule, fromItem)
	}
	var toRule []interface{}
	for _, toItem := range to {
		toRule = append(toRule, toItem)
	}

	logs, sub, err := _Pool.contract.WatchLogs(opts, "Transfer", fromRule, toRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(PoolTransfer)
				if err := _Pool.contract.UnpackLog(event, "Transfer", log); err != nil {
					// If the signature doesn't match, skip this log.
					if errors.Is(err, bind.ErrEventSignatureMismatch) {
						continue
					}
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseTransfer is a log parse operation binding the contract event 0xddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef.
//
// Solidity: event Transfer(address indexed from, address indexed to, uint256 value)
func (_Pool *PoolFilterer) ParseTransfer(log types.Log) (*PoolTransfer, error) {
	event := new(PoolTransfer)
	if err := _Pool.contract.UnpackLog(event, "Transfer", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// PoolTransferSharesIterator is returned from FilterTransferShares and is used to iterate over the raw logs and unpacked data for TransferShares events raised by the Pool contract.
type PoolTransferSharesIterator struct {
	Event *PoolTransferShares // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *PoolTransferSharesIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(PoolTransferShares)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(PoolTransferShares)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *PoolTransferSharesIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *PoolTransferSharesIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// PoolTransferShares represents a TransferShares event raised by the Pool contract.
type PoolTransferShares struct {
	From        common.Address
	To          common.Address
	SharesValue *big.Int
	Raw         types.Log // Blockchain specific contextual infos
}

// FilterTransferShares is a free log retrieval operation binding the contract event 0x9d9c909296d9c674451c0c24f02cb64981eb3b727f99865939192f880a755dcb.
//
// Solidity: event TransferShares(address indexed from, address indexed to, uint256 sharesValue)
func (_Pool *PoolFilterer) FilterTransferShares(opts *bind.FilterOpts, from []common.Address, to []common.Address) (*PoolTransferSharesIterator, error) {

	var fromRule []interface{}
	for _, fromItem := range from {
		fromRule = append(fromRule, fromItem)
	}
	var toRule []interface{}
	for _, toItem := range to {
		toRule = append(toRule, toItem)
	}

	logs, sub, err := _Pool.contract.FilterLogs(opts, "TransferShares", fromRule, toRule)
	if err != nil {
		return nil, err
	}
	return &PoolTransferSharesIterator{contract: _Pool.contract, event: "TransferShares", logs: logs, sub: sub}, nil
}

// WatchTransferShares is a free log subscription operation binding the contract event 0x9d9c909296d9c674451c0c24f02cb64981eb3b727f99865939192f880a755dcb.
//
// Solidity: event TransferShares(address indexed from, address indexed to, uint256 sharesValue)
func (_Pool *PoolFilterer) WatchTransferShares(opts *bind.WatchOpts, sink chan<- *PoolTransferShares, from []common.Address, to []common.Address) (event.Subscription, error) {

	var fromRule []interface{}
	for _, fromItem := range from {
		fromRule = append(fromRule, fromItem)
	}
	var toRule []interface{}
	for _, toItem := range to {
		toRule = append(toRule, toItem)
	}

	logs, sub, err := _Pool.contract.WatchLogs(opts, "TransferShares", fromRule, toRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(PoolTransferShares)
				if err := _Pool.contract.UnpackLog(event, "TransferShares", log); err != nil {
					// If the signature doesn't match, skip this log.
					if errors.Is(err, bind.ErrEventSignatureMismatch) {
						continue
					}
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseTransferShares is a log parse operation binding the contract event 0x9d9c909296d9c674451c0c24f02cb64981eb3b727f99865939192f880a755dcb.
//
// Solidity: event TransferShares(address indexed from, address indexed to, uint256 sharesValue)
func (_Pool *PoolFilterer) ParseTransferShares(log types.Log) (*PoolTransferShares, error) {
	event := new(PoolTransferShares)
	if err := _Pool.contract.UnpackLog(event, "TransferShares", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// PoolUnbufferedIterator is returned from FilterUnbuffered and is used to iterate over the raw logs and unpacked data for Unbuffered events raised by the Pool contract.
type PoolUnbufferedIterator struct {
	Event *PoolUnbuffered // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *PoolUnbufferedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(PoolUnbuffered)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(PoolUnbuffered)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *PoolUnbufferedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *PoolUnbufferedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// PoolUnbuffered represents a Unbuffered event raised by the Pool contract.
type PoolUnbuffered struct {
	Amount *big.Int
	Raw    types.Log // Blockchain specific contextual infos
}

// FilterUnbuffered is a free log retrieval operation binding the contract event 0x76a397bea5768d4fca97ef47792796e35f98dc81b16c1de84e28a818e1f97108.
//
// Solidity: event Unbuffered(uint256 amount)
func (_Pool *PoolFilterer) FilterUnbuffered(opts *bind.FilterOpts) (*PoolUnbufferedIterator, error) {

	logs, sub, err := _Pool.contract.FilterLogs(opts, "Unbuffered")
	if err != nil {
		return nil, err
	}
	return &PoolUnbufferedIterator{contract: _Pool.contract, event: "Unbuffered", logs: logs, sub: sub}, nil
}

// WatchUnbuffered is a free log subscription operation binding the contract event 0x76a397bea5768d4fca97ef47792796e35f98dc81b16c1de84e28a818e1f97108.
//
// Solidity: event Unbuffered(uint256 amount)
func (_Pool *PoolFilterer) WatchUnbuffered(opts *bind.WatchOpts, sink chan<- *PoolUnbuffered) (event.Subscription, error) {

	logs, sub, err := _Pool.contract.WatchLogs(opts, "Unbuffered")
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(PoolUnbuffered)
				if err := _Pool.contract.UnpackLog(event, "Unbuffered", log); err != nil {
					// If the signature doesn't match, skip this log.
					if errors.Is(err, bind.ErrEventSignatureMismatch) {
						continue
					}
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseUnbuffered is a log parse operation binding the contract event 0x76a397bea5768d4fca97ef47792796e35f98dc81b16c1de84e28a818e1f97108.
//
// Solidity: event Unbuffered(uint256 amount)
func (_Pool *PoolFilterer) ParseUnbuffered(log types.Log) (*PoolUnbuffered, error) {
	event := new(PoolUnbuffered)
	if err := _Pool.contract.UnpackLog(event, "Unbuffered", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// StETHMetaData contains all meta data concerning the StETH contract.
var StETHMetaData = &bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"AmountTooLarge\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"}],\"name\":\"BadSignature\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"allowance\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"needed\",\"type\":\"uint256\"}],\"name\":\"InsufficientAllowance\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"balance\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"InsufficientBalance\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"shares\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"needed\",\"type\":\"uint256\"}],\"name\":\"InsufficientShares\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"currentNonce\",\"type\":\"uint256\"}],\"name\":\"InvalidAccountNonce\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"}],\"name\":\"InvalidRecipient\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"InvalidShortString\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"deadline\",\"type\":\"uint256\"}],\"name\":\"PermitExpired\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"string\",\"name\":\"str\",\"type\":\"string\"}],\"name\":\"StringTooLong\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"}],\"name\":\"TransferToPoolContract\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"Approval\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[],\"name\":\"EIP712DomainChanged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"Transfer\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"sharesValue\",\"type\":\"uint256\"}],\"name\":\"TransferShares\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"DOMAIN_SEPARATOR\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"}],\"name\":\"allowance\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"approve\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"balanceOf\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"decimals\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"subtractedValue\",\"type\":\"uint256\"}],\"name\":\"decreaseAllowance\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"eip712Domain\",\"outputs\":[{\"internalType\":\"bytes1\",\"name\":\"fields\",\"type\":\"bytes1\"},{\"internalType\":\"string\",\"name\":\"name\",\"type\":\"string\"},{\"internalType\":\"string\",\"name\":\"version\",\"type\":\"string\"},{\"internalType\":\"uint256\",\"name\":\"chainId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"verifyingContract\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"salt\",\"type\":\"bytes32\"},{\"internalType\":\"uint256[]\",\"name\":\"extensions\",\"type\":\"uint256[]\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"sharesAmount\",\"type\":\"uint256\"}],\"name\":\"getPooledEthByShares\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"sharesAmount\",\"type\":\"uint256\"}],\"name\":\"getPooledEthBySharesRoundUp\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"getReportsApplied\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"ethAmount\",\"type\":\"uint256\"}],\"name\":\"getSharesByPooledEth\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"getTotalPooledEther\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"getTotalShares\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"addedValue\",\"type\":\"uint256\"}],\"name\":\"increaseAllowance\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"lastInflowOf\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"name\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"}],\"name\":\"nonces\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"deadline\",\"type\":\"uint256\"},{\"internalType\":\"uint8\",\"name\":\"v\",\"type\":\"uint8\"},{\"internalType\":\"bytes32\",\"name\":\"r\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"s\",\"type\":\"bytes32\"}],\"name\":\"permit\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"sharesOf\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"symbol\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"totalSupply\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"transfer\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"transferFrom\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"sharesAmount\",\"type\":\"uint256\"}],\"name\":\"transferShares\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"sharesAmount\",\"type\":\"uint256\"}],\"name\":\"transferSharesFrom\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"wstETH\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"}]",
	Sigs: map[string]string{
		"getPooledEthBySharesRoundUp(uint256)":        "0103349c",
		"name()":                                      "06fdde03",
		"approve(address,uint256)":                    "095ea7b3",
		"totalSupply()":                               "18160ddd",
		"getSharesByPooledEth(uint256)":               "19208451",
		"transferFrom(address,address,uint256)":       "23b872dd",
		"decimals()":                                  "313ce567",
		"DOMAIN_SEPARATOR()":                          "3644e515",
		"getTotalPooledEther()":                       "37cfdaca",
		"increaseAllowance(address,uint256)":          "39509351",
		"wstETH()":                                    "4aa07e64",
		"lastInflowOf(address)":                       "5dc796ee",
		"transferSharesFrom(address,address,uint256)": "6d780459",
		"balanceOf(address)":                          "70a08231",
		"getPooledEthByShares(uint256)":               "7a28fb88",
		"nonces(address)":                             "7ecebe00",
		"eip712Domain()":                              "84b0196e",
		"transferShares(address,uint256)":             "8fcb4e5b",
		"symbol()":                                    "95d89b41",
		"getReportsApplied()":                         "992e5a15",
		"decreaseAllowance(address,uint256)":          "a457c2d7",
		"transfer(address,uint256)":                   "a9059cbb",
		"getTotalShares()":                            "d5002f2e",
		"permit(address,address,uint256,uint256,uint8,bytes32,bytes32)": "d505accf",
		"allowance(address,address)":                                    "dd62ed3e",
		"sharesOf(address)":                                             "f5eb42dc",
	},
}

// StETHABI is the input ABI used to generate the binding from.
// Deprecated: Use StETHMetaData.ABI instead.
var StETHABI = StETHMetaData.ABI

// Deprecated: Use StETHMetaData.Sigs instead.
// StETHFuncSigs maps the 4-byte function signature to its string representation.
var StETHFuncSigs = StETHMetaData.Sigs

// StETH is an auto generated Go binding around an Ethereum contract.
type StETH struct {
	StETHCaller     // Read-only binding to the contract
	StETHTransactor // Write-only binding to the contract
	StETHFilterer   // Log filterer for contract events
}

// StETHCaller is an auto generated read-only Go binding around an Ethereum contract.
type StETHCaller struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// StETHTransactor is an auto generated write-only Go binding around an Ethereum contract.
type StETHTransactor struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// StETHFilterer is an auto generated log filtering Go binding around an Ethereum contract events.
type StETHFilterer struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// StETHSession is an auto generated Go binding around an Ethereum contract,
// with pre-set call and transact options.
type StETHSession struct {
	Contract     *StETH            // Generic contract binding to set the session for
	CallOpts     bind.CallOpts     // Call options to use throughout this session
	TransactOpts bind.TransactOpts // Transaction auth options to use throughout this session
}

// StETHCallerSession is an auto generated read-only Go binding around an Ethereum contract,
// with pre-set call options.
type StETHCallerSession struct {
	Contract *StETHCaller  // Generic contract caller binding to set the session for
	CallOpts bind.CallOpts // Call options to use throughout this session
}

// StETHTransactorSession is an auto generated write-only Go binding around an Ethereum contract,
// with pre-set transact options.
type StETHTransactorSession struct {
	Contract     *StETHTransactor  // Generic contract transactor binding to set the session for
	TransactOpts bind.TransactOpts // Transaction auth options to use throughout this session
}

// StETHRaw is an auto generated low-level Go binding around an Ethereum contract.
type StETHRaw struct {
	Contract *StETH // Generic contract binding to access the raw methods on
}

// StETHCallerRaw is an auto generated low-level read-only Go binding around an Ethereum contract.
type StETHCallerRaw struct {
	Contract *StETHCaller // Generic read-only contract binding to access the raw methods on
}

// StETHTransactorRaw is an auto generated low-level write-only Go binding around an Ethereum contract.
type StETHTransactorRaw struct {
	Contract *StETHTransactor // Generic write-only contract binding to access the raw methods on
}

// NewStETH creates a new instance of StETH, bound to a specific deployed contract.
func NewStETH(address common.Address, backend bind.ContractBackend) (*StETH, error) {
	contract, err := bindStETH(address, backend, backend, backend)
	if err != nil {
		return nil, err
	}
	return &StETH{StETHCaller: StETHCaller{contract: contract}, StETHTransactor: StETHTransactor{contract: contract}, StETHFilterer: StETHFilterer{contract: contract}}, nil
}

// NewStETHCaller creates a new read-only instance of StETH, bound to a specific deployed contract.
func NewStETHCaller(address common.Address, caller bind.ContractCaller) (*StETHCaller, error) {
	contract, err := bindStETH(address, caller, nil, nil)
	if err != nil {
		return nil, err
	}
	return &StETHCaller{contract: contract}, nil
}

// NewStETHTransactor creates a new write-only instance of StETH, bound to a specific deployed contract.
func NewStETHTransactor(address common.Address, transactor bind.ContractTransactor) (*StETHTransactor, error) {
	contract, err := bindStETH(address, nil, transactor, nil)
	if err != nil {
		return nil, err
	}
	return &StETHTransactor{contract: contract}, nil
}

// NewStETHFilterer creates a new log filterer instance of StETH, bound to a specific deployed contract.
func NewStETHFilterer(address common.Address, filterer bind.ContractFilterer) (*StETHFilterer, error) {
	contract, err := bindStETH(address, nil, nil, filterer)
	if err != nil {
		return nil, err
	}
	return &StETHFilterer{contract: contract}, nil
}

// bindStETH binds a generic wrapper to an already deployed contract.
func bindStETH(address common.Address, caller bind.ContractCaller, transactor bind.ContractTransactor, filterer bind.ContractFilterer) (*bind.BoundContract, error) {
	parsed, err := StETHMetaData.GetAbi()
	if err != nil {
		return nil, err
	}
	return bind.NewBoundContract(address, *parsed, caller, transactor, filterer), nil
}

// Call invokes the (constant) contract method with params as input values and
// sets the output to result. The result type might be a single field for simple
// returns, a slice of interfaces for anonymous returns and a struct for named
// returns.
func (_StETH *StETHRaw) Call(opts *bind.CallOpts, result *[]interface{}, method string, params ...interface{}) error {
	return _StETH.Contract.StETHCaller.contract.Call(opts, result, method, params...)
}

// Transfer initiates a plain transaction to move funds to the contract, calling
// its default method if one is available.
func (_StETH *StETHRaw) Transfer(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _StETH.Contract.StETHTransactor.contract.Transfer(opts)
}

// Transact invokes the (paid) contract method with params as input values.
func (_StETH *StETHRaw) Transact(opts *bind.TransactOpts, method string, params ...interface{}) (*types.Transaction, error) {
	return _StETH.Contract.StETHTransactor.contract.Transact(opts, method, params...)
}

// Call invokes the (constant) contract method with params as input values and
// sets the output to result. The result type might be a single field for simple
// returns, a slice of interfaces for anonymous returns and a struct for named
// returns.
func (_StETH *StETHCallerRaw) Call(opts *bind.CallOpts, result *[]interface{}, method string, params ...interface{}) error {
	return _StETH.Contract.contract.Call(opts, result, method, params...)
}

// Transfer initiates a plain transaction to move funds to the contract, calling
// its default method if one is available.
func (_StETH *StETHTransactorRaw) Transfer(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _StETH.Contract.contract.Transfer(opts)
}

// Transact invokes the (paid) contract method with params as input values.
func (_StETH *StETHTransactorRaw) Transact(opts *bind.TransactOpts, method string, params ...interface{}) (*types.Transaction, error) {
	return _StETH.Contract.contract.Transact(opts, method, params...)
}

// DOMAINSEPARATOR is a free data retrieval call binding the contract method 0x3644e515.
//
// Solidity: function DOMAIN_SEPARATOR() view returns(bytes32)
func (_StETH *StETHCaller) DOMAINSEPARATOR(opts *bind.CallOpts) ([32]byte, error) {
	var out []interface{}
	err := _StETH.contract.Call(opts, &out, "DOMAIN_SEPARATOR")

	if err != nil {
		return *new([32]byte), err
	}

	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)

	return out0, err

}

// DOMAINSEPARATOR is a free data retrieval call binding the contract method 0x3644e515.
//
// Solidity: function DOMAIN_SEPARATOR() view returns(bytes32)
func (_StETH *StETHSession) DOMAINSEPARATOR() ([32]byte, error) {
	return _StETH.Contract.DOMAINSEPARATOR(&_StETH.CallOpts)
}

// DOMAINSEPARATOR is a free data retrieval call binding the contract method 0x3644e515.
//
// Solidity: function DOMAIN_SEPARATOR() view returns(bytes32)
func (_StETH *StETHCallerSession) DOMAINSEPARATOR() ([32]byte, error) {
	return _StETH.Contract.DOMAINSEPARATOR(&_StETH.CallOpts)
}

// Allowance is a free data retrieval call binding the contract method 0xdd62ed3e.
//
// Solidity: function allowance(address owner, address spender) view returns(uint256)
func (_StETH *StETHCaller) Allowance(opts *bind.CallOpts, owner common.Address, spender common.Address) (*big.Int, error) {
	var out []interface{}
	err := _StETH.contract.Call(opts, &out, "allowance", owner, spender)

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// Allowance is a free data retrieval call binding the contract method 0xdd62ed3e.
//
// Solidity: function allowance(address owner, address spender) view returns(uint256)
func (_StETH *StETHSession) Allowance(owner common.Address, spender common.Address) (*big.Int, error) {
	return _StETH.Contract.Allowance(&_StETH.CallOpts, owner, spender)
}

// Allowance is a free data retrieval call binding the contract method 0xdd62ed3e.
//
// Solidity: function allowance(address owner, address spender) view returns(uint256)
func (_StETH *StETHCallerSession) Allowance(owner common.Address, spender common.Address) (*big.Int, error) {
	return _StETH.Contract.Allowance(&_StETH.CallOpts, owner, spender)
}

// BalanceOf is a free data retrieval call binding the contract method 0x70a08231.
//
// Solidity: function balanceOf(address account) view returns(uint256)
func (_StETH *StETHCaller) BalanceOf(opts *bind.CallOpts, account common.Address) (*big.Int, error) {
	var out []interface{}
	err := _StETH.contract.Call(opts, &out, "balanceOf", account)

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// BalanceOf is a free data retrieval call binding the contract method 0x70a08231.
//
// Solidity: function balanceOf(address account) view returns(uint256)
func (_StETH *StETHSession) BalanceOf(account common.Address) (*big.Int, error) {
	return _StETH.Contract.BalanceOf(&_StETH.CallOpts, account)
}

// BalanceOf is a free data retrieval call binding the contract method 0x70a08231.
//
// Solidity: function balanceOf(address account) view returns(uint256)
func (_StETH *StETHCallerSession) BalanceOf(account common.Address) (*big.Int, error) {
	return _StETH.Contract.BalanceOf(&_StETH.CallOpts, account)
}

// Decimals is a free data retrieval call binding the contract method 0x313ce567.
//
// Solidity: function decimals() pure returns(uint8)
func (_StETH *StETHCaller) Decimals(opts *bind.CallOpts) (uint8, error) {
	var out []interface{}
	err := _StETH.contract.Call(opts, &out, "decimals")

	if err != nil {
		return *new(uint8), err
	}

	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)

	return out0, err

}

// Decimals is a free data retrieval call binding the contract method 0x313ce567.
//
// Solidity: function decimals() pure returns(uint8)
func (_StETH *StETHSession) Decimals() (uint8, error) {
	return _StETH.Contract.Decimals(&_StETH.CallOpts)
}

// Decimals is a free data retrieval call binding the contract method 0x313ce567.
//
// Solidity: function decimals() pure returns(uint8)
func (_StETH *StETHCallerSession) Decimals() (uint8, error) {
	return _StETH.Contract.Decimals(&_StETH.CallOpts)
}

// Eip712Domain is a free data retrieval call binding the contract method 0x84b0196e.
//
// Solidity: function eip712Domain() view returns(bytes1 fields, string name, string version, uint256 chainId, address verifyingContract, bytes32 salt, uint256[] extensions)
func (_StETH *StETHCaller) Eip712Domain(opts *bind.CallOpts) (struct {
	Fields            [1]byte
	Name              string
	Version           string
	ChainId           *big.Int
	VerifyingContract common.Address
	Salt              [32]byte
	Extensions        []*big.Int
}, error) {
	var out []interface{}
	err := _StETH.contract.Call(opts, &out, "eip712Domain")

	outstruct := new(struct {
		Fields            [1]byte
		Name              string
		Version           string
		ChainId           *big.Int
		VerifyingContract common.Address
		Salt              [32]byte
		Extensions        []*big.Int
	})
	if err != nil {
		return *outstruct, err
	}

	outstruct.Fields = *abi.ConvertType(out[0], new([1]byte)).(*[1]byte)
	outstruct.Name = *abi.ConvertType(out[1], new(string)).(*string)
	outstruct.Version = *abi.ConvertType(out[2], new(string)).(*string)
	outstruct.ChainId = *abi.ConvertType(out[3], new(*big.Int)).(**big.Int)
	outstruct.VerifyingContract = *abi.ConvertType(out[4], new(common.Address)).(*common.Address)
	outstruct.Salt = *abi.ConvertType(out[5], new([32]byte)).(*[32]byte)
	outstruct.Extensions = *abi.ConvertType(out[6], new([]*big.Int)).(*[]*big.Int)

	return *outstruct, err

}

// Eip712Domain is a free data retrieval call binding the contract method 0x84b0196e.
//
// Solidity: function eip712Domain() view returns(bytes1 fields, string name, string version, uint256 chainId, address verifyingContract, bytes32 salt, uint256[] extensions)
func (_StETH *StETHSession) Eip712Domain() (struct {
	Fields            [1]byte
	Name              string
	Version           string
	ChainId           *big.Int
	VerifyingContract common.Address
	Salt              [32]byte
	Extensions        []*big.Int
}, error) {
	return _StETH.Contract.Eip712Domain(&_StETH.CallOpts)
}

// Eip712Domain is a free data retrieval call binding the contract method 0x84b0196e.
//
// Solidity: function eip712Domain() view returns(bytes1 fields, string name, string version, uint256 chainId, address verifyingContract, bytes32 salt, uint256[] extensions)
func (_StETH *StETHCallerSession) Eip712Domain() (struct {
	Fields            [1]byte
	Name              string
	Version           string
	ChainId           *big.Int
	VerifyingContract common.Address
	Salt              [32]byte
	Extensions        []*big.Int
}, error) {
	return _StETH.Contract.Eip712Domain(&_StETH.CallOpts)
}

// GetPooledEthByShares is a free data retrieval call binding the contract method 0x7a28fb88.
//
// Solidity: function getPooledEthByShares(uint256 sharesAmount) view returns(uint256)
func (_StETH *StETHCaller) GetPooledEthByShares(opts *bind.CallOpts, sharesAmount *big.Int) (*big.Int, error) {
	var out []interface{}
	err := _StETH.contract.Call(opts, &out, "getPooledEthByShares", sharesAmount)

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// GetPooledEthByShares is a free data retrieval call binding the contract method 0x7a28fb88.
//
// Solidity: function getPooledEthByShares(uint256 sharesAmount) view returns(uint256)
func (_StETH *StETHSession) GetPooledEthByShares(sharesAmount *big.Int) (*big.Int, error) {
	return _StETH.Contract.GetPooledEthByShares(&_StETH.CallOpts, sharesAmount)
}

// GetPooledEthByShares is a free data retrieval call binding the contract method 0x7a28fb88.
//
// Solidity: function getPooledEthByShares(uint256 sharesAmount) view returns(uint256)
func (_StETH *StETHCallerSession) GetPooledEthByShares(sharesAmount *big.Int) (*big.Int, error) {
	return _StETH.Contract.GetPooledEthByShares(&_StETH.CallOpts, sharesAmount)
}

// GetPooledEthBySharesRoundUp is a free data retrieval call binding the contract method 0x0103349c.
//
// Solidity: function getPooledEthBySharesRoundUp(uint256 sharesAmount) view returns(uint256)
func (_StETH *StETHCaller) GetPooledEthBySharesRoundUp(opts *bind.CallOpts, sharesAmount *big.Int) (*big.Int, error) {
	var out []interface{}
	err := _StETH.contract.Call(opts, &out, "getPooledEthBySharesRoundUp", sharesAmount)

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// GetPooledEthBySharesRoundUp is a free data retrieval call binding the contract method 0x0103349c.
//
// Solidity: function getPooledEthBySharesRoundUp(uint256 sharesAmount) view returns(uint256)
func (_StETH *StETHSession) GetPooledEthBySharesRoundUp(sharesAmount *big.Int) (*big.Int, error) {
	return _StETH.Contract.GetPooledEthBySharesRoundUp(&_StETH.CallOpts, sharesAmount)
}

// GetPooledEthBySharesRoundUp is a free data retrieval call binding the contract method 0x0103349c.
//
// Solidity: function getPooledEthBySharesRoundUp(uint256 sharesAmount) view returns(uint256)
func (_StETH *StETHCallerSession) GetPooledEthBySharesRoundUp(sharesAmount *big.Int) (*big.Int, error) {
	return _StETH.Contract.GetPooledEthBySharesRoundUp(&_StETH.CallOpts, sharesAmount)
}

// GetReportsApplied is a free data retrieval call binding the contract method 0x992e5a15.
//
// Solidity: function getReportsApplied() view returns(uint256)
func (_StETH *StETHCaller) GetReportsApplied(opts *bind.CallOpts) (*big.Int, error) {
	var out []interface{}
	err := _StETH.contract.Call(opts, &out, "getReportsApplied")

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// GetReportsApplied is a free data retrieval call binding the contract method 0x992e5a15.
//
// Solidity: function getReportsApplied() view returns(uint256)
func (_StETH *StETHSession) GetReportsApplied() (*big.Int, error) {
	return _StETH.Contract.GetReportsApplied(&_StETH.CallOpts)
}

// GetReportsApplied is a free data retrieval call binding the contract method 0x992e5a15.
//
// Solidity: function getReportsApplied() view returns(uint256)
func (_StETH *StETHCallerSession) GetReportsApplied() (*big.Int, error) {
	return _StETH.Contract.GetReportsApplied(&_StETH.CallOpts)
}

// GetSharesByPooledEth is a free data retrieval call binding the contract method 0x19208451.
//
// Solidity: function getSharesByPooledEth(uint256 ethAmount) view returns(uint256)
func (_StETH *StETHCaller) GetSharesByPooledEth(opts *bind.CallOpts, ethAmount *big.Int) (*big.Int, error) {
	var out []interface{}
	err := _StETH.contract.Call(opts, &out, "getSharesByPooledEth", ethAmount)

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// GetSharesByPooledEth is a free data retrieval call binding the contract method 0x19208451.
//
// Solidity: function getSharesByPooledEth(uint256 ethAmount) view returns(uint256)
func (_StETH *StETHSession) GetSharesByPooledEth(ethAmount *big.Int) (*big.Int, error) {
	return _StETH.Contract.GetSharesByPooledEth(&_StETH.CallOpts, ethAmount)
}

// GetSharesByPooledEth is a free data retrieval call binding the contract method 0x19208451.
//
// Solidity: function getSharesByPooledEth(uint256 ethAmount) view returns(uint256)
func (_StETH *StETHCallerSession) GetSharesByPooledEth(ethAmount *big.Int) (*big.Int, error) {
	return _StETH.Contract.GetSharesByPooledEth(&_StETH.CallOpts, ethAmount)
}

// GetTotalPooledEther is a free data retrieval call binding the contract method 0x37cfdaca.
//
// Solidity: function getTotalPooledEther() view returns(uint256)
func (_StETH *StETHCaller) GetTotalPooledEther(opts *bind.CallOpts) (*big.Int, error) {
	var out []interface{}
	err := _StETH.contract.Call(opts, &out, "getTotalPooledEther")

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// GetTotalPooledEther is a free data retrieval call binding the contract method 0x37cfdaca.
//
// Solidity: function getTotalPooledEther() view returns(uint256)
func (_StETH *StETHSession) GetTotalPooledEther() (*big.Int, error) {
	return _StETH.Contract.GetTotalPooledEther(&_StETH.CallOpts)
}

// GetTotalPooledEther is a free data retrieval call binding the contract method 0x37cfdaca.
//
// Solidity: function getTotalPooledEther() view returns(uint256)
func (_StETH *StETHCallerSession) GetTotalPooledEther() (*big.Int, error) {
	return _StETH.Contract.GetTotalPooledEther(&_StETH.CallOpts)
}

// GetTotalShares is a free data retrieval call binding the contract method 0xd5002f2e.
//
// Solidity: function getTotalShares() view returns(uint256)
func (_StETH *StETHCaller) GetTotalShares(opts *bind.CallOpts) (*big.Int, error) {
	var out []interface{}
	err := _StETH.contract.Call(opts, &out, "getTotalShares")

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// GetTotalShares is a free data retrieval call binding the contract method 0xd5002f2e.
//
// Solidity: function getTotalShares() view returns(uint256)
func (_StETH *StETHSession) GetTotalShares() (*big.Int, error) {
	return _StETH.Contract.GetTotalShares(&_StETH.CallOpts)
}

// GetTotalShares is a free data retrieval call binding the contract method 0xd5002f2e.
//
// Solidity: function getTotalShares() view returns(uint256)
func (_StETH *StETHCallerSession) GetTotalShares() (*big.Int, error) {
	return _StETH.Contract.GetTotalShares(&_StETH.CallOpts)
}

// LastInflowOf is a free data retrieval call binding the contract method 0x5dc796ee.
//
// Solidity: function lastInflowOf(address account) view returns(uint256)
func (_StETH *StETHCaller) LastInflowOf(opts *bind.CallOpts, account common.Address) (*big.Int, error) {
	var out []interface{}
	err := _StETH.contract.Call(opts, &out, "lastInflowOf", account)

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// LastInflowOf is a free data retrieval call binding the contract method 0x5dc796ee.
//
// Solidity: function lastInflowOf(address account) view returns(uint256)
func (_StETH *StETHSession) LastInflowOf(account common.Address) (*big.Int, error) {
	return _StETH.Contract.LastInflowOf(&_StETH.CallOpts, account)
}

// LastInflowOf is a free data retrieval call binding the contract method 0x5dc796ee.
//
// Solidity: function lastInflowOf(address account) view returns(uint256)
func (_StETH *StETHCallerSession) LastInflowOf(account common.Address) (*big.Int, error) {
	return _StETH.Contract.LastInflowOf(&_StETH.CallOpts, account)
}

// Name is a free data retrieval call binding the contract method 0x06fdde03.
//
// Solidity: function name() pure returns(string)
func (_StETH *StETHCaller) Name(opts *bind.CallOpts) (string, error) {
	var out []interface{}
	err := _StETH.contract.Call(opts, &out, "name")

	if err != nil {
		return *new(string), err
	}

	out0 := *abi.ConvertType(out[0], new(string)).(*string)

	return out0, err

}

// Name is a free data retrieval call binding the contract method 0x06fdde03.
//
// Solidity: function name() pure returns(string)
func (_StETH *StETHSession) Name() (string, error) {
	return _StETH.Contract.Name(&_StETH.CallOpts)
}

// Name is a free data retrieval call binding the contract method 0x06fdde03.
//
// Solidity: function name() pure returns(string)
func (_StETH *StETHCallerSession) Name() (string, error) {
	return _StETH.Contract.Name(&_StETH.CallOpts)
}

// Nonces is a free data retrieval call binding the contract method 0x7ecebe00.
//
// Solidity: function nonces(address owner) view returns(uint256)
func (_StETH *StETHCaller) Nonces(opts *bind.CallOpts, owner common.Address) (*big.Int, error) {
	var out []interface{}
	err := _StETH.contract.Call(opts, &out, "nonces", owner)

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// Nonces is a free data retrieval call binding the contract method 0x7ecebe00.
//
// Solidity: function nonces(address owner) view returns(uint256)
func (_StETH *StETHSession) Nonces(owner common.Address) (*big.Int, error) {
	return _StETH.Contract.Nonces(&_StETH.CallOpts, owner)
}

// Nonces is a free data retrieval call binding the contract method 0x7ecebe00.
//
// Solidity: function nonces(address owner) view returns(uint256)
func (_StETH *StETHCallerSession) Nonces(owner common.Address) (*big.Int, error) {
	return _StETH.Contract.Nonces(&_StETH.CallOpts, owner)
}

// SharesOf is a free data retrieval call binding the contract method 0xf5eb42dc.
//
// Solidity: function sharesOf(address account) view returns(uint256)
func (_StETH *StETHCaller) SharesOf(opts *bind.CallOpts, account common.Address) (*big.Int, error) {
	var out []interface{}
	err := _StETH.contract.Call(opts, &out, "sharesOf", account)

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// SharesOf is a free data retrieval call binding the contract method 0xf5eb42dc.
//
// Solidity: function sharesOf(address account) view returns(uint256)
func (_StETH *StETHSession) SharesOf(account common.Address) (*big.Int, error) {
	return _StETH.Contract.SharesOf(&_StETH.CallOpts, account)
}

// SharesOf is a free data retrieval call binding the contract method 0xf5eb42dc.
//
// Solidity: function sharesOf(address account) view returns(uint256)
func (_StETH *StETHCallerSession) SharesOf(account common.Address) (*big.Int, error) {
	return _StETH.Contract.SharesOf(&_StETH.CallOpts, account)
}

// Symbol is a free data retrieval call binding the contract method 0x95d89b41.
//
// Solidity: function symbol() pure returns(string)
func (_StETH *StETHCaller) Symbol(opts *bind.CallOpts) (string, error) {
	var out []interface{}
	err := _StETH.contract.Call(opts, &out, "symbol")

	if err != nil {
		return *new(string), err
	}

	out0 := *abi.ConvertType(out[0], new(string)).(*string)

	return out0, err

}

// Symbol is a free data retrieval call binding the contract method 0x95d89b41.
//
// Solidity: function symbol() pure returns(string)
func (_StETH *StETHSession) Symbol() (string, error) {
	return _StETH.Contract.Symbol(&_StETH.CallOpts)
}

// Symbol is a free data retrieval call binding the contract method 0x95d89b41.
//
// Solidity: function symbol() pure returns(string)
func (_StETH *StETHCallerSession) Symbol() (string, error) {
	return _StETH.Contract.Symbol(&_StETH.CallOpts)
}

// TotalSupply is a free data retrieval call binding the contract method 0x18160ddd.
//
// Solidity: function totalSupply() view returns(uint256)
func (_StETH *StETHCaller) TotalSupply(opts *bind.CallOpts) (*big.Int, error) {
	var out []interface{}
	err := _StETH.contract.Call(opts, &out, "totalSupply")

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// TotalSupply is a free data retrieval call binding the contract method 0x18160ddd.
//
// Solidity: function totalSupply() view returns(uint256)
func (_StETH *StETHSession) TotalSupply() (*big.Int, error) {
	return _StETH.Contract.TotalSupply(&_StETH.CallOpts)
}

// TotalSupply is a free data retrieval call binding the contract method 0x18160ddd.
//
// Solidity: function totalSupply() view returns(uint256)
func (_StETH *StETHCallerSession) TotalSupply() (*big.Int, error) {
	return _StETH.Contract.TotalSupply(&_StETH.CallOpts)
}

// WstETH is a free data retrieval call binding the contract method 0x4aa07e64.
//
// Solidity: function wstETH() view returns(address)
func (_StETH *StETHCaller) WstETH(opts *bind.CallOpts) (common.Address, error) {
	var out []interface{}
	err := _StETH.contract.Call(opts, &out, "wstETH")

	if err != nil {
		return *new(common.Address), err
	}

	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)

	return out0, err

}

// WstETH is a free data retrieval call binding the contract method 0x4aa07e64.
//
// Solidity: function wstETH() view returns(address)
func (_StETH *StETHSession) WstETH() (common.Address, error) {
	return _StETH.Contract.WstETH(&_StETH.CallOpts)
}

// WstETH is a free data retrieval call binding the contract method 0x4aa07e64.
//
// Solidity: function wstETH() view returns(address)
func (_StETH *StETHCallerSession) WstETH() (common.Address, error) {
	return _StETH.Contract.WstETH(&_StETH.CallOpts)
}

// Approve is a paid mutator transaction binding the contract method 0x095ea7b3.
//
// Solidity: function approve(address spender, uint256 amount) returns(bool)
func (_StETH *StETHTransactor) Approve(opts *bind.TransactOpts, spender common.Address, amount *big.Int) (*types.Transaction, error) {
	return _StETH.contract.Transact(opts, "approve", spender, amount)
}

// Approve is a paid mutator transaction binding the contract method 0x095ea7b3.
//
// Solidity: function approve(address spender, uint256 amount) returns(bool)
func (_StETH *StETHSession) Approve(spender common.Address, amount *big.Int) (*types.Transaction, error) {
	return _StETH.Contract.Approve(&_StETH.TransactOpts, spender, amount)
}

// Approve is a paid mutator transaction binding the contract method 0x095ea7b3.
//
// Solidity: function approve(address spender, uint256 amount) returns(bool)
func (_StETH *StETHTransactorSession) Approve(spender common.Address, amount *big.Int) (*types.Transaction, error) {
	return _StETH.Contract.Approve(&_StETH.TransactOpts, spender, amount)
}

// DecreaseAllowance is a paid mutator transaction binding the contract method 0xa457c2d7.
//
// Solidity: function decreaseAllowance(address spender, uint256 subtractedValue) returns(bool)
func (_StETH *StETHTransactor) DecreaseAllowance(opts *bind.TransactOpts, spender common.Address, subtractedValue *big.Int) (*types.Transaction, error) {
	return _StETH.contract.Transact(opts, "decreaseAllowance", spender, subtractedValue)
}

// DecreaseAllowance is a paid mutator transaction binding the contract method 0xa457c2d7.
//
// Solidity: function decreaseAllowance(address spender, uint256 subtractedValue) returns(bool)
func (_StETH *StETHSession) DecreaseAllowance(spender common.Address, subtractedValue *big.Int) (*types.Transaction, error) {
	return _StETH.Contract.DecreaseAllowance(&_StETH.TransactOpts, spender, subtractedValue)
}

// DecreaseAllowance is a paid mutator transaction binding the contract method 0xa457c2d7.
//
// Solidity: function decreaseAllowance(address spender, uint256 subtractedValue) returns(bool)
func (_StETH *StETHTransactorSession) DecreaseAllowance(spender common.Address, subtractedValue *big.Int) (*types.Transaction, error) {
	return _StETH.Contract.DecreaseAllowance(&_StETH.TransactOpts, spender, subtractedValue)
}

// IncreaseAllowance is a paid mutator transaction binding the contract method 0x39509351.
//
// Solidity: function increaseAllowance(address spender, uint256 addedValue) returns(bool)
func (_StETH *StETHTransactor) IncreaseAllowance(opts *bind.TransactOpts, spender common.Address, addedValue *big.Int) (*types.Transaction, error) {
	return _StETH.contract.Transact(opts, "increaseAllowance", spender, addedValue)
}

// IncreaseAllowance is a paid mutator transaction binding the contract method 0x39509351.
//
// Solidity: function increaseAllowance(address spender, uint256 addedValue) returns(bool)
func (_StETH *StETHSession) IncreaseAllowance(spender common.Address, addedValue *big.Int) (*types.Transaction, error) {
	return _StETH.Contract.IncreaseAllowance(&_StETH.TransactOpts, spender, addedValue)
}

// IncreaseAllowance is a paid mutator transaction binding the contract method 0x39509351.
//
// Solidity: function increaseAllowance(address spender, uint256 addedValue) returns(bool)
func (_StETH *StETHTransactorSession) IncreaseAllowance(spender common.Address, addedValue *big.Int) (*types.Transaction, error) {
	return _StETH.Contract.IncreaseAllowance(&_StETH.TransactOpts, spender, addedValue)
}

// Permit is a paid mutator transaction binding the contract method 0xd505accf.
//
// Solidity: function permit(address owner, address spender, uint256 value, uint256 deadline, uint8 v, bytes32 r, bytes32 s) returns()
func (_StETH *StETHTransactor) Permit(opts *bind.TransactOpts, owner common.Address, spender common.Address, value *big.Int, deadline *big.Int, v uint8, r [32]byte, s [32]byte) (*types.Transaction, error) {
	return _StETH.contract.Transact(opts, "permit", owner, spender, value, deadline, v, r, s)
}

// Permit is a paid mutator transaction binding the contract method 0xd505accf.
//
// Solidity: function permit(address owner, address spender, uint256 value, uint256 deadline, uint8 v, bytes32 r, bytes32 s) returns()
func (_StETH *StETHSession) Permit(owner common.Address, spender common.Address, value *big.Int, deadline *big.Int, v uint8, r [32]byte, s [32]byte) (*types.Transaction, error) {
	return _StETH.Contract.Permit(&_StETH.TransactOpts, owner, spender, value, deadline, v, r, s)
}

// Permit is a paid mutator transaction binding the contract method 0xd505accf.
//
// Solidity: function permit(address owner, address spender, uint256 value, uint256 deadline, uint8 v, bytes32 r, bytes32 s) returns()
func (_StETH *StETHTransactorSession) Permit(owner common.Address, spender common.Address, value *big.Int, deadline *big.Int, v uint8, r [32]byte, s [32]byte) (*types.Transaction, error) {
	return _StETH.Contract.Permit(&_StETH.TransactOpts, owner, spender, value, deadline, v, r, s)
}

// Transfer is a paid mutator transaction binding the contract method 0xa9059cbb.
//
// Solidity: function transfer(address to, uint256 amount) returns(bool)
func (_StETH *StETHTransactor) Transfer(opts *bind.TransactOpts, to common.Address, amount *big.Int) (*types.Transaction, error) {
	return _StETH.contract.Transact(opts, "transfer", to, amount)
}

// Transfer is a paid mutator transaction binding the contract method 0xa9059cbb.
//
// Solidity: function transfer(address to, uint256 amount) returns(bool)
func (_StETH *StETHSession) Transfer(to common.Address, amount *big.Int) (*types.Transaction, error) {
	return _StETH.Contract.Transfer(&_StETH.TransactOpts, to, amount)
}

// Transfer is a paid mutator transaction binding the contract method 0xa9059cbb.
//
// Solidity: function transfer(address to, uint256 amount) returns(bool)
func (_StETH *StETHTransactorSession) Transfer(to common.Address, amount *big.Int) (*types.Transaction, error) {
	return _StETH.Contract.Transfer(&_StETH.TransactOpts, to, amount)
}

// TransferFrom is a paid mutator transaction binding the contract method 0x23b872dd.
//
// Solidity: function transferFrom(address from, address to, uint256 amount) returns(bool)
func (_StETH *StETHTransactor) TransferFrom(opts *bind.TransactOpts, from common.Address, to common.Address, amount *big.Int) (*types.Transaction, error) {
	return _StETH.contract.Transact(opts, "transferFrom", from, to, amount)
}

// TransferFrom is a paid mutator transaction binding the contract method 0x23b872dd.
//
// Solidity: function transferFrom(address from, address to, uint256 amount) returns(bool)
func (_StETH *StETHSession) TransferFrom(from common.Address, to common.Address, amount *big.Int) (*types.Transaction, error) {
	return _StETH.Contract.TransferFrom(&_StETH.TransactOpts, from, to, amount)
}

// TransferFrom is a paid mutator transaction binding the contract method 0x23b872dd.
//
// Solidity: function transferFrom(address from, address to, uint256 amount) returns(bool)
func (_StETH *StETHTransactorSession) TransferFrom(from common.Address, to common.Address, amount *big.Int) (*types.Transaction, error) {
	return _StETH.Contract.TransferFrom(&_StETH.TransactOpts, from, to, amount)
}

// TransferShares is a paid mutator transaction binding the contract method 0x8fcb4e5b.
//
// Solidity: function transferShares(address to, uint256 sharesAmount) returns(uint256)
func (_StETH *StETHTransactor) TransferShares(opts *bind.TransactOpts, to common.Address, sharesAmount *big.Int) (*types.Transaction, error) {
	return _StETH.contract.Transact(opts, "transferShares", to, sharesAmount)
}

// TransferShares is a paid mutator transaction binding the contract method 0x8fcb4e5b.
//
// Solidity: function transferShares(address to, uint256 sharesAmount) returns(uint256)
func (_StETH *StETHSession) TransferShares(to common.Address, sharesAmount *big.Int) (*types.Transaction, error) {
	return _StETH.Contract.TransferShares(&_StETH.TransactOpts, to, sharesAmount)
}

// TransferShares is a paid mutator transaction binding the contract method 0x8fcb4e5b.
//
// Solidity: function transferShares(address to, uint256 sharesAmount) returns(uint256)
func (_StETH *StETHTransactorSession) TransferShares(to common.Address, sharesAmount *big.Int) (*types.Transaction, error) {
	return _StETH.Contract.TransferShares(&_StETH.TransactOpts, to, sharesAmount)
}

// TransferSharesFrom is a paid mutator transaction binding the contract method 0x6d780459.
//
// Solidity: function transferSharesFrom(address from, address to, uint256 sharesAmount) returns(uint256)
func (_StETH *StETHTransactor) TransferSharesFrom(opts *bind.TransactOpts, from common.Address, to common.Address, sharesAmount *big.Int) (*types.Transaction, error) {
	return _StETH.contract.Transact(opts, "transferSharesFrom", from, to, sharesAmount)
}

// TransferSharesFrom is a paid mutator transaction binding the contract method 0x6d780459.
//
// Solidity: function transferSharesFrom(address from, address to, uint256 sharesAmount) returns(uint256)
func (_StETH *StETHSession) TransferSharesFrom(from common.Address, to common.Address, sharesAmount *big.Int) (*types.Transaction, error) {
	return _StETH.Contract.TransferSharesFrom(&_StETH.TransactOpts, from, to, sharesAmount)
}

// TransferSharesFrom is a paid mutator transaction binding the contract method 0x6d780459.
//
// Solidity: function transferSharesFrom(address from, address to, uint256 sharesAmount) returns(uint256)
func (_StETH *StETHTransactorSession) TransferSharesFrom(from common.Address, to common.Address, sharesAmount *big.Int) (*types.Transaction, error) {
	return _StETH.Contract.TransferSharesFrom(&_StETH.TransactOpts, from, to, sharesAmount)
}

// StETHApprovalIterator is returned from FilterApproval and is used to iterate over the raw logs and unpacked data for Approval events raised by the StETH contract.
type StETHApprovalIterator struct {
	Event *StETHApproval // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *StETHApprovalIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(StETHApproval)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(StETHApproval)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *StETHApprovalIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *StETHApprovalIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// StETHApproval represents a Approval event raised by the StETH contract.
type StETHApproval struct {
	Owner   common.Address
	Spender common.Address
	Value   *big.Int
	Raw     types.Log // Blockchain specific contextual infos
}

// FilterApproval is a free log retrieval operation binding the contract event 0x8c5be1e5ebec7d5bd14f71427d1e84f3dd0314c0f7b2291e5b200ac8c7c3b925.
//
// Solidity: event Approval(address indexed owner, address indexed spender, uint256 value)
func (_StETH *StETHFilterer) FilterApproval(opts *bind.FilterOpts, owner []common.Address, spender []common.Address) (*StETHApprovalIterator, error) {

	var ownerRule []interface{}
	for _, ownerItem := range owner {
		ownerRule = append(ownerRule, ownerItem)
	}
	var spenderRule []interface{}
	for _, spenderItem := range spender {
		spenderRule = append(spenderRule, spenderItem)
	}

	logs, sub, err := _StETH.contract.FilterLogs(opts, "Approval", ownerRule, spenderRule)
	if err != nil {
		return nil, err
	}
	return &StETHApprovalIterator{contract: _StETH.contract, event: "Approval", logs: logs, sub: sub}, nil
}

// WatchApproval is a free log subscription operation binding the contract event 0x8c5be1e5ebec7d5bd14f71427d1e84f3dd0314c0f7b2291e5b200ac8c7c3b925.
//
// Solidity: event Approval(address indexed owner, address indexed spender, uint256 value)
func (_StETH *StETHFilterer) WatchApproval(opts *bind.WatchOpts, sink chan<- *StETHApproval, owner []common.Address, spender []common.Address) (event.Subscription, error) {

	var ownerRule []interface{}
	for _, ownerItem := range owner {
		ownerRule = append(ownerRule, ownerItem)
	}
	var spenderRule []interface{}
	for _, spenderItem := range spender {
		spenderRule = append(spenderRule, spenderItem)
	}

	logs, sub, err := _StETH.contract.WatchLogs(opts, "Approval", ownerRule, spenderRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(StETHApproval)
				if err := _StETH.contract.UnpackLog(event, "Approval", log); err != nil {
					// If the signature doesn't match, skip this log.
					if errors.Is(err, bind.ErrEventSignatureMismatch) {
						continue
					}
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseApproval is a log parse operation binding the contract event 0x8c5be1e5ebec7d5bd14f71427d1e84f3dd0314c0f7b2291e5b200ac8c7c3b925.
//
// Solidity: event Approval(address indexed owner, address indexed spender, uint256 value)
func (_StETH *StETHFilterer) ParseApproval(log types.Log) (*StETHApproval, error) {
	event := new(StETHApproval)
	if err := _StETH.contract.UnpackLog(event, "Approval", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// StETHEIP712DomainChangedIterator is returned from FilterEIP712DomainChanged and is used to iterate over the raw logs and unpacked data for EIP712DomainChanged events raised by the StETH contract.
type StETHEIP712DomainChangedIterator struct {
	Event *StETHEIP712DomainChanged // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *StETHEIP712DomainChangedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(StETHEIP712DomainChanged)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(StETHEIP712DomainChanged)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *StETHEIP712DomainChangedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *StETHEIP712DomainChangedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// StETHEIP712DomainChanged represents a EIP712DomainChanged event raised by the StETH contract.
type StETHEIP712DomainChanged struct {
	Raw types.Log // Blockchain specific contextual infos
}

// FilterEIP712DomainChanged is a free log retrieval operation binding the contract event 0x0a6387c9ea3628b88a633bb4f3b151770f70085117a15f9bf3787cda53f13d31.
//
// Solidity: event EIP712DomainChanged()
func (_StETH *StETHFilterer) FilterEIP712DomainChanged(opts *bind.FilterOpts) (*StETHEIP712DomainChangedIterator, error) {

	logs, sub, err := _StETH.contract.FilterLogs(opts, "EIP712DomainChanged")
	if err != nil {
		return nil, err
	}
	return &StETHEIP712DomainChangedIterator{contract: _StETH.contract, event: "EIP712DomainChanged", logs: logs, sub: sub}, nil
}

// WatchEIP712DomainChanged is a free log subscription operation binding the contract event 0x0a6387c9ea3628b88a633bb4f3b151770f70085117a15f9bf3787cda53f13d31.
//
// Solidity: event EIP712DomainChanged()
func (_StETH *StETHFilterer) WatchEIP712DomainChanged(opts *bind.WatchOpts, sink chan<- *StETHEIP712DomainChanged) (event.Subscription, error) {

	logs, sub, err := _StETH.contract.WatchLogs(opts, "EIP712DomainChanged")
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(StETHEIP712DomainChanged)
				if err := _StETH.contract.UnpackLog(event, "EIP712DomainChanged", log); err != nil {
					// If the signature doesn't match, skip this log.
					if errors.Is(err, bind.ErrEventSignatureMismatch) {
						continue
					}
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseEIP712DomainChanged is a log parse operation binding the contract event 0x0a6387c9ea3628b88a633bb4f3b151770f70085117a15f9bf3787cda53f13d31.
//
// Solidity: event EIP712DomainChanged()
func (_StETH *StETHFilterer) ParseEIP712DomainChanged(log types.Log) (*StETHEIP712DomainChanged, error) {
	event := new(StETHEIP712DomainChanged)
	if err := _StETH.contract.UnpackLog(event, "EIP712DomainChanged", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// StETHTransferIterator is returned from FilterTransfer and is used to iterate over the raw logs and unpacked data for Transfer events raised by the StETH contract.
type StETHTransferIterator struct {
	Event *StETHTransfer // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *StETHTransferIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(StETHTransfer)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(StETHTransfer)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *StETHTransferIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *StETHTransferIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// StETHTransfer represents a Transfer event raised by the StETH contract.
type StETHTransfer struct {
	From  common.Address
	To    common.Address
	Value *big.Int
	Raw   types.Log // Blockchain specific contextual infos
}

// FilterTransfer is a free log retrieval operation binding the contract event 0xddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef.
//
// Solidity: event Transfer(address indexed from, address indexed to, uint256 value)
func (_StETH *StETHFilterer) FilterTransfer(opts *bind.FilterOpts, from []common.Address, to []common.Address) (*StETHTransferIterator, error) {

	var fromRule []interface{}
	for _, fromItem := range from {
		fromRule = append(fromRule, fromItem)
	}
	var toRule []interface{}
	for _, toItem := range to {
		toRule = append(toRule, toItem)
	}

	logs, sub, err := _StETH.contract.FilterLogs(opts, "Transfer", fromRule, toRule)
	if err != nil {
		return nil, err
	}
	return &StETHTransferIterator{contract: _StETH.contract, event: "Transfer", logs: logs, sub: sub}, nil
}

// WatchTransfer is a free log subscription operation binding the contract event 0xddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef.
//
// Solidity: event Transfer(address indexed from, address indexed to, uint256 value)
func (_StETH *StETHFilterer) WatchTransfer(opts *bind.WatchOpts, sink chan<- *StETHTransfer, from []common.Address, to []common.Address) (event.Subscription, error) {

	var fromRule []interface{}
	for _, fromItem := range from {
		fromRule = append(fromRule, fromItem)
	}
	var toRule []interface{}
	for _, toItem := range to {
		toRule = append(toRule, toItem)
	}

	logs, sub, err := _StETH.contract.WatchLogs(opts, "Transfer", fromRule, toRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(StETHTransfer)
				if err := _StETH.contract.UnpackLog(event, "Transfer", log); err != nil {
					// If the signature doesn't match, skip this log.
					if errors.Is(err, bind.ErrEventSignatureMismatch) {
						continue
					}
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseTransfer is a log parse operation binding the contract event 0xddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef.
//
// Solidity: event Transfer(address indexed from, address indexed to, uint256 value)
func (_StETH *StETHFilterer) ParseTransfer(log types.Log) (*StETHTransfer, error) {
	event := new(StETHTransfer)
	if err := _StETH.contract.UnpackLog(event, "Transfer", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// StETHTransferSharesIterator is returned from FilterTransferShares and is used to iterate over the raw logs and unpacked data for TransferShares events raised by the StETH contract.
type StETHTransferSharesIterator struct {
	Event *StETHTransferShares // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *StETHTransferSharesIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(StETHTransferShares)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(StETHTransferShares)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *StETHTransferSharesIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *StETHTransferSharesIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// StETHTransferShares represents a TransferShares event raised by the StETH contract.
type StETHTransferShares struct {
	From        common.Address
	To          common.Address
	SharesValue *big.Int
	Raw         types.Log // Blockchain specific contextual infos
}

// FilterTransferShares is a free log retrieval operation binding the contract event 0x9d9c909296d9c674451c0c24f02cb64981eb3b727f99865939192f880a755dcb.
//
// Solidity: event TransferShares(address indexed from, address indexed to, uint256 sharesValue)
func (_StETH *StETHFilterer) FilterTransferShares(opts *bind.FilterOpts, from []common.Address, to []common.Address) (*StETHTransferSharesIterator, error) {

	var fromRule []interface{}
	for _, fromItem := range from {
		fromRule = append(fromRule, fromItem)
	}
	var toRule []interface{}
	for _, toItem := range to {
		toRule = append(toRule, toItem)
	}

	logs, sub, err := _StETH.contract.FilterLogs(opts, "TransferShares", fromRule, toRule)
	if err != nil {
		return nil, err
	}
	return &StETHTransferSharesIterator{contract: _StETH.contract, event: "TransferShares", logs: logs, sub: sub}, nil
}

// WatchTransferShares is a free log subscription operation binding the contract event 0x9d9c909296d9c674451c0c24f02cb64981eb3b727f99865939192f880a755dcb.
//
// Solidity: event TransferShares(address indexed from, address indexed to, uint256 sharesValue)
func (_StETH *StETHFilterer) WatchTransferShares(opts *bind.WatchOpts, sink chan<- *StETHTransferShares, from []common.Address, to []common.Address) (event.Subscription, error) {

	var fromRule []interface{}
	for _, fromItem := range from {
		fromRule = append(fromRule, fromItem)
	}
	var toRule []interface{}
	for _, toItem := range to {
		toRule = append(toRule, toItem)
	}

	logs, sub, err := _StETH.contract.WatchLogs(opts, "TransferShares", fromRule, toRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(StETHTransferShares)
				if err := _StETH.contract.UnpackLog(event, "TransferShares", log); err != nil {
					// If the signature doesn't match, skip this log.
					if errors.Is(err, bind.ErrEventSignatureMismatch) {
						continue
					}
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseTransferShares is a log parse operation binding the contract event 0x9d9c909296d9c674451c0c24f02cb64981eb3b727f99865939192f880a755dcb.
//
// Solidity: event TransferShares(address indexed from, address indexed to, uint256 sharesValue)
func (_StETH *StETHFilterer) ParseTransferShares(log types.Log) (*StETHTransferShares, error) {
	event := new(StETHTransferShares)
	if err := _StETH.contract.UnpackLog(event, "TransferShares", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// WithdrawalQueueMetaData contains all meta data concerning the WithdrawalQueue contract.
var WithdrawalQueueMetaData = &bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"address\",\"name\":\"pool_\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"governance_\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"minWithdrawal_\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"maxWithdrawal_\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"requestId\",\"type\":\"uint256\"}],\"name\":\"AlreadyClaimed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"}],\"name\":\"ERC721IncorrectOwner\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"ERC721InsufficientApproval\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"approver\",\"type\":\"address\"}],\"name\":\"ERC721InvalidApprover\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"}],\"name\":\"ERC721InvalidOperator\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"}],\"name\":\"ERC721InvalidOwner\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"receiver\",\"type\":\"address\"}],\"name\":\"ERC721InvalidReceiver\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"}],\"name\":\"ERC721InvalidSender\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"ERC721NonexistentToken\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ETHTransferFailed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"shares\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"needed\",\"type\":\"uint256\"}],\"name\":\"InsufficientBalance\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"InvalidParameter\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"Malformed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"NotAuthorized\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"requestId\",\"type\":\"uint256\"}],\"name\":\"NotFinalized\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ReentrancyGuardReentrantCall\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"requestId\",\"type\":\"uint256\"}],\"name\":\"SanityFinalization\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"}],\"name\":\"TransferToPoolContract\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"requestId\",\"type\":\"uint256\"}],\"name\":\"UnknownRequest\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"WithdrawalAmount\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"approved\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"Approval\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"bool\",\"name\":\"approved\",\"type\":\"bool\"}],\"name\":\"ApprovalForAll\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"Transfer\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"minWithdrawal\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"maxWithdrawal\",\"type\":\"uint256\"}],\"name\":\"WithdrawalBoundsSet\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"requestId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"receiver\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amountOfETH\",\"type\":\"uint256\"}],\"name\":\"WithdrawalClaimed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"requestId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"requestor\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amountOfStETH\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amountOfShares\",\"type\":\"uint256\"}],\"name\":\"WithdrawalRequested\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"from\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"to\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amountOfETHLocked\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"sharesToBurn\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"timestamp\",\"type\":\"uint256\"}],\"name\":\"WithdrawalsFinalized\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"MAX_PER_CALL\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"approve\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"}],\"name\":\"balanceOf\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"requestId\",\"type\":\"uint256\"}],\"name\":\"claimWithdrawal\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256[]\",\"name\":\"requestIds\",\"type\":\"uint256[]\"},{\"internalType\":\"uint256[]\",\"name\":\"hints\",\"type\":\"uint256[]\"}],\"name\":\"claimWithdrawals\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256[]\",\"name\":\"requestIds\",\"type\":\"uint256[]\"},{\"internalType\":\"uint256[]\",\"name\":\"hints\",\"type\":\"uint256[]\"},{\"internalType\":\"address\",\"name\":\"recipient\",\"type\":\"address\"}],\"name\":\"claimWithdrawalsTo\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"lastId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"pooled\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"shares\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"sharesBurnt\",\"type\":\"uint256\"}],\"name\":\"finalize\",\"outputs\":[],\"stateMutability\":\"payable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"getApproved\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"requestId\",\"type\":\"uint256\"}],\"name\":\"getClaimableEther\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"getLastFinalizedRequestId\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"getLastRequestId\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"getLockedEtherAmount\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"requestId\",\"type\":\"uint256\"}],\"name\":\"getRequestTime\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"}],\"name\":\"getWithdrawalRequests\",\"outputs\":[{\"internalType\":\"uint256[]\",\"name\":\"requestIds\",\"type\":\"uint256[]\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256[]\",\"name\":\"requestIds\",\"type\":\"uint256[]\"}],\"name\":\"getWithdrawalStatus\",\"outputs\":[{\"components\":[{\"internalType\":\"uint256\",\"name\":\"amountOfStETH\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"amountOfShares\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"timestamp\",\"type\":\"uint256\"},{\"internalType\":\"bool\",\"name\":\"isFinalized\",\"type\":\"bool\"},{\"internalType\":\"bool\",\"name\":\"isClaimed\",\"type\":\"bool\"}],\"internalType\":\"structWithdrawalQueue.WithdrawalRequestStatus[]\",\"name\":\"statuses\",\"type\":\"tuple[]\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"governance\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"}],\"name\":\"isApprovedForAll\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"maxWithdrawal\",\"outputs\":[{\"internalType\":\"uint96\",\"name\":\"\",\"type\":\"uint96\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"minWithdrawal\",\"outputs\":[{\"internalType\":\"uint96\",\"name\":\"\",\"type\":\"uint96\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"name\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"ownerOf\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"pool\",\"outputs\":[{\"internalType\":\"contractIPoolForQueue\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"lastId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"pooled\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"shares\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"border\",\"type\":\"uint256\"}],\"name\":\"prefinalize\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"eth\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"sharesToBurn\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256[]\",\"name\":\"amounts\",\"type\":\"uint256[]\"},{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"}],\"name\":\"requestWithdrawals\",\"outputs\":[{\"internalType\":\"uint256[]\",\"name\":\"requestIds\",\"type\":\"uint256[]\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"safeTransferFrom\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"},{\"internalType\":\"bytes\",\"name\":\"data\",\"type\":\"bytes\"}],\"name\":\"safeTransferFrom\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"},{\"internalType\":\"bool\",\"name\":\"approved\",\"type\":\"bool\"}],\"name\":\"setApprovalForAll\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"lo\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"hi\",\"type\":\"uint256\"}],\"name\":\"setWithdrawalBounds\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes4\",\"name\":\"interfaceId\",\"type\":\"bytes4\"}],\"name\":\"supportsInterface\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"symbol\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"tokenURI\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"transferFrom\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"unfinalizedStETH\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"}]",
	Sigs: map[string]string{
		"supportsInterface(bytes4)":                       "01ffc9a7",
		"name()":                                          "06fdde03",
		"getApproved(uint256)":                            "081812fc",
		"approve(address,uint256)":                        "095ea7b3",
		"pool()":                                          "16f0115b",
		"getLastRequestId()":                              "19c2b4c3",
		"transferFrom(address,address,uint256)":           "23b872dd",
		"safeTransferFrom(address,address,uint256)":       "42842e0e",
		"getLastFinalizedRequestId()":                     "4f069a13",
		"finalize(uint256,uint256,uint256,uint256)":       "52abcbcf",
		"governance()":                                    "5aa6e675",
		"claimWithdrawalsTo(uint256[],uint256[],address)": "5e7eead9",
		"ownerOf(uint256)":                                "6352211e",
		"setWithdrawalBounds(uint256,uint256)":            "67eb93e3",
		"balanceOf(address)":                              "70a08231",
		"getWithdrawalRequests(address)":                  "7d031b65",
		"getRequestTime(uint256)":                         "7e0478c3",
		"maxWithdrawal()":                                 "8c0ff5b7",
		"prefinalize(uint256,uint256,uint256,uint256)":    "945e1829",
		"symbol()":                                        "95d89b41",
		"setApprovalForAll(address,bool)":                 "a22cb465",
		"safeTransferFrom(address,address,uint256,bytes)": "b88d4fde",
		"getWithdrawalStatus(uint256[])":                  "b8c4b85a",
		"tokenURI(uint256)":                               "c87b56dd",
		"unfinalizedStETH()":                              "d0fb84e8",
		"requestWithdrawals(uint256[],address)":           "d6681042",
		"getClaimableEther(uint256)":                      "d7290d80",
		"claimWithdrawals(uint256[],uint256[])":           "e3afe0a3",
		"isApprovedForAll(address,address)":               "e985e9c5",
		"MAX_PER_CALL()":                                  "ea156a9b",
		"getLockedEtherAmount()":                          "f6fa8a47",
		"claimWithdrawal(uint256)":                        "f8444436",
		"minWithdrawal()":                                 "f9abb1f1",
	},
	Bin: "0x60c060405234610447576132ec6080813803918261001c8161044b565b9384928339810103126104475761003281610470565b61003e60208301610470565b6060604084015193015191610053604061044b565b601b81527f5374616b6564204574686572205769746864726177616c204e465400000000006020820152610087604061044b565b60078152660eadce6e88aa8960cb1b6020820152815190916001600160401b03821161034e575f5490600182811c9216801561043d575b60208310146103305781601f8493116103d0575b50602090601f831160011461036d575f92610362575b50508160011b915f199060031b1c1916175f555b8051906001600160401b03821161034e5760015490600182811c92168015610344575b60208310146103305781601f8493116102c2575b50602090601f831160011461025c575f92610251575b50508160011b915f199060031b1c1916176001555b6001600160a01b031660805260a05281158015610248575b8015610238575b6102295760078054600160801b600160e01b031916608084901b600160801b600160e01b0316179055600880546001600160601b0319166001600160601b0383161790556040805192835260208301919091527f66ced71a61989ce7ce4d8279d3c7c293c14581484a540a6ffc521fb39a814c9491a1604051612e67908161048582396080518181816104540152818161170d0152611b37015260a05181818161140f01526116c80152f35b630309cb8760e51b5f5260045ffd5b506001600160601b03811161017d565b50818110610176565b015190505f80610149565b60015f9081528281209350601f198516905b8181106102aa5750908460019594939210610292575b505050811b0160015561015e565b01515f1960f88460031b161c191690555f8080610284565b9293602060018192878601518155019501930161026e565b60015f529091507fb10e2d527612073b26eecdfd717e6a320cf44b4afac2b0732d9fcbe2b7fa0cf6601f840160051c81019160208510610326575b90601f859493920160051c01905b8181106103185750610133565b5f815584935060010161030b565b90915081906102fd565b634e487b7160e01b5f52602260045260245ffd5b91607f169161011f565b634e487b7160e01b5f52604160045260245ffd5b015190505f806100e8565b5f8080528281209350601f198516905b8181106103b857509084600195949392106103a0575b505050811b015f556100fc565b01515f1960f88460031b161c191690555f8080610393565b9293602060018192878601518155019501930161037d565b5f80529091507f290decd9548b62a8d60345a988386fc84ba6bc95484008f6362f93160ef3e563601f840160051c81019160208510610433575b90601f859493920160051c01905b81811061042557506100d2565b5f8155849350600101610418565b909150819061040a565b91607f16916100be565b5f80fd5b6040519190601f01601f191682016001600160401b0381118382101761034e57604052565b51906001600160a01b03821682036104475756fe6080806040526004361015610012575f80fd5b5f905f3560e01c90816301ffc9a714611dbb5750806306fdde0314611d03578063081812fc14611cb9578063095ea7b314611b5b57806316f0115b14611b0b57806319c2b4c314611ae157806323b872dd14611aca57806342842e0e14611aa15780634f069a1314611a8157806352abcbcf146116ec5780635aa6e6751461169c5780635e7eead9146115ad5780636352211e1461157157806367eb93e3146113e157806370a082311461136a5780637d031b65146112df5780637e0478c3146112b25780638c0ff5b714611287578063945e18291461112357806395d89b4114610fe4578063a22cb46514610f05578063b88d4fde14610e7b578063b8c4b85a14610bb2578063c87b56dd14610b59578063d0fb84e814610b29578063d6681042146103d7578063d7290d80146103b0578063e3afe0a314610307578063e985e9c5146102a7578063ea156a9b1461028b578063f6fa8a471461025b578063f8444436146101ba5763f9abb1f114610189575f80fd5b346101b757806003193601126101b75760206bffffffffffffffffffffffff60075460801c16604051908152f35b80fd5b50346101b75760206003193601126101b7576101d461271e565b6040516101e2604082612027565b600181526020808201919036833780511561022e576004359091526102089033906127c1565b807f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f005d80f35b7f4e487b71000000000000000000000000000000000000000000000000000000005f52603260045260245ffd5b50346101b757806003193601126101b75760206fffffffffffffffffffffffffffffffff60075416604051908152f35b50346101b757806003193601126101b757602060405160648152f35b50346101b75760406003193601126101b75773ffffffffffffffffffffffffffffffffffffffff60406102d8611ecd565b92826102e2611ef0565b9416815260056020522091165f52602052602060ff60405f2054166040519015158152f35b50346101b75760406003193601126101b75760043567ffffffffffffffff81116103ac57610339903690600401611f85565b9060243567ffffffffffffffff81116103a85761035b83913690600401611f85565b905061036561271e565b03610380579061037b61020892339236916123a9565b6127c1565b6004837f07b6ad3f000000000000000000000000000000000000000000000000000000008152fd5b8380fd5b5080fd5b50346101b75760206003193601126101b75760206103cf600435612667565b604051908152f35b50346101b75760406003193601126101b75760043567ffffffffffffffff81116103ac57610409903690600401611f85565b90610412611ef0565b9180158015610b1f575b610af75773ffffffffffffffffffffffffffffffffffffffff831615610aef575b73ffffffffffffffffffffffffffffffffffffffff7f00000000000000000000000000000000000000000000000000000000000000001673ffffffffffffffffffffffffffffffffffffffff604051947f19eb366800000000000000000000000000000000000000000000000000000000865233600487015216806024860152608085604481855afa948515610ae4578690879688918991610a8d575b50610a61576104e885612618565b9688926bffffffffffffffffffffffff60075460801c166bffffffffffffffffffffffff60085416918b935b89851061097d57505050505081811061094b5750509392919061053682612618565b94600654946fffffffffffffffffffffffffffffffff67ffffffffffffffff8760801c169616948867ffffffffffffffff4216948415905b878c106105e357600680547fffffffffffffffff0000000000000000000000000000000000000000000000001660808c901b77ffffffffffffffff0000000000000000000000000000000016176fffffffffffffffffffffffffffffffff8b16179055604051806105df8d82611fb6565b0390f35b9091929394959697986105f59061235a565b98896106018d8d612604565b5261060d8c8a876125f4565b356bffffffffffffffffffffffff166106268d88612604565b516bffffffffffffffffffffffff166040519161064283611fef565b8252602080830191825260408084018c81528e8952600990925287209251915190517fffffffffffffffff00000000000000000000000000000000000000000000000060c09190911b166bffffffffffffffffffffffff90921660609190911b77ffffffffffffffffffffffff00000000000000000000000016171790556106cb8c8a876125f4565b356106d59161234d565b9a6106e1818a876125f4565b356106ec8288612604565b51833b1561094757604051917f2ac1107300000000000000000000000000000000000000000000000000000000835233600484015260248301526044820152848160648183875af1801561093c5784918691610923575b50506108f757895f52600260205273ffffffffffffffffffffffffffffffffffffffff60405f20541680151590816108a8575b885f52600360205260405f20600181540190558b5f52600260205260405f20897fffffffffffffffffffffffff00000000000000000000000000000000000000008254161790558b89827fddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef5f80a48161088d575b50875f52600c6020526108008b60405f20612dd8565b506108615780876108146001938c896125f4565b3561081f838a612604565b5160405191825260208201528c7ff0cb471f23fb74ea44b8252eb1881a2dca546288d9f6e90d1a0e82fe0ed342ab60403393a4019a979695949392919061056e565b6024847f73c6ac6e00000000000000000000000000000000000000000000000000000000815280600452fd5b5f52600c6020526108a18b60405f20612ce5565b505f6107ea565b6108df8c5f52600460205260405f207fffffffffffffffffffffffff00000000000000000000000000000000000000008154169055565b805f52600360205260405f205f198154019055610776565b6024847f64a0ae9200000000000000000000000000000000000000000000000000000000815280600452fd5b61092d9250612027565b835f126103a85782845f610743565b6040513d87823e3d90fd5b8580fd5b7fdb42144d00000000000000000000000000000000000000000000000000000000885233600452602452604452606486fd5b909192939561098d878b8d6125f4565b35908482108015610a58575b610a28576109b0846109ab85856123f5565b612408565b9182158015610a13575b6109e35750816109d8916001938f8b6109d291612604565b5261234d565b960193929190610514565b8e6044918a7f4e7822e2000000000000000000000000000000000000000000000000000000008352600452602452fd5b506bffffffffffffffffffffffff83116109ba565b60448e838a7f4e7822e2000000000000000000000000000000000000000000000000000000008352600452602452fd5b50858211610999565b602488847fad3da1c5000000000000000000000000000000000000000000000000000000008252600452fd5b97505050506080853d608011610adc575b81610aab60809383612027565b8101031261094757845160208601519060606040880151970151908115158203610ad8579196905f6104da565b8880fd5b3d9150610a9e565b6040513d88823e3d90fd5b33925061043d565b6004847f07b6ad3f000000000000000000000000000000000000000000000000000000008152fd5b506064811161041c565b50346101b757806003193601126101b75760206fffffffffffffffffffffffffffffffff60065416604051908152f35b34610bae576020600319360112610bae57610b756004356126c5565b505f604051610b85602082612027565b526105df604051610b97602082612027565b5f8152604051918291602083526020830190611e8a565b5f80fd5b34610bae576020600319360112610bae5760043567ffffffffffffffff8111610bae57610be3903690600401611f85565b610bec81612391565b91610bfa6040519384612027565b8183527fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe0610c2783612391565b015f5b818110610e405750505f600654928360c01c915b818110610cd957856040518091602082016020835281518091526020604084019201905f5b818110610c71575050500390f35b91935091602060c060019260a0875180518352848101518584015273ffffffffffffffffffffffffffffffffffffffff6040820151166040840152606081015160608401526080810151151560808401520151151560a0820152019401910191849392610c63565b610ce48183866125f4565b3580158015610e2a575b610dff5790816001925f52600960205260405f208560405191610d1083611fef565b54926bffffffffffffffffffffffff8416835260208301936bffffffffffffffffffffffff8160601c168552604084019060c01c8152815f52600a60205273ffffffffffffffffffffffffffffffffffffffff6bffffffffffffffffffffffff808260405f2054169651169651169185151595865f14610de05767ffffffffffffffff90915b51169260405197610da68961200b565b8852602088015216604086015260608501521115608083015260a0820152610dce8289612604565b52610dd98188612604565b5001610c3e565b50835f52600260205267ffffffffffffffff8260405f20541691610d96565b7f1f79bbe7000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b5067ffffffffffffffff8660801c168111610cee565b602090604051610e4f8161200b565b5f81525f838201525f60408201525f60608201525f60808201525f60a082015282828801015201610c2a565b34610bae576080600319360112610bae57610e94611ecd565b610e9c611ef0565b6064359167ffffffffffffffff8311610bae5736602384011215610bae57826004013591610ec983612068565b92610ed76040519485612027565b8084523660248287010111610bae576020815f926024610f03980183880137850101526044359161243f565b005b34610bae576040600319360112610bae57610f1e611ecd565b60243590811515809203610bae5773ffffffffffffffffffffffffffffffffffffffff16908115610fb857335f52600560205260405f20825f5260205260405f207fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff0081541660ff83161790556040519081527f17307eab39ab6107e8899845ad3d59bd9653f200f220920489ca2b5937696c3160203392a3005b507f5b08ba18000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b34610bae575f600319360112610bae576040515f6001548060011c90600181168015611119575b6020831081146110ec578285529081156110aa575060011461104c575b6105df8361103881850382612027565b604051918291602083526020830190611e8a565b91905060015f527fb10e2d527612073b26eecdfd717e6a320cf44b4afac2b0732d9fcbe2b7fa0cf6915f905b80821061109057509091508101602001611038611028565b919260018160209254838588010152019101909291611078565b7fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff001660208086019190915291151560051b840190910191506110389050611028565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52602260045260245ffd5b91607f169161100b565b34610bae5761113136611f67565b5f925f9260065467ffffffffffffffff8160801c16871161122e5760c01c6001810180911161125a579291905b86841115611176576040868682519182526020820152f35b90919293845f52600960205260405f20956040519661119488611fef565b54966bffffffffffffffffffffffff881681528560208201986bffffffffffffffffffffffff8160601c168a5260c01c806040840152101561122e57916bffffffffffffffffffffffff61120f6112189361121e95836111fc896109ab8f848e9151166123f5565b915116908181111561122657509061234d565b9851169061234d565b9461235a565b92919061115e565b90509061234d565b867f4c9fed77000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b7f4e487b71000000000000000000000000000000000000000000000000000000005f52601160045260245ffd5b34610bae575f600319360112610bae5760206bffffffffffffffffffffffff60085416604051908152f35b34610bae576020600319360112610bae576004355f526009602052602060405f205460c01c604051908152f35b34610bae576020600319360112610bae5773ffffffffffffffffffffffffffffffffffffffff61130d611ecd565b165f52600c60205260405f206040519081602082549182815201915f5260205f20905f5b818110611354576105df8561134881870382612027565b60405191829182611fb6565b8254845260209093019260019283019201611331565b34610bae576020600319360112610bae5773ffffffffffffffffffffffffffffffffffffffff611398611ecd565b1680156113b5575f526003602052602060405f2054604051908152f35b7f89c62b64000000000000000000000000000000000000000000000000000000005f525f60045260245ffd5b34610bae576040600319360112610bae5760043560243573ffffffffffffffffffffffffffffffffffffffff7f0000000000000000000000000000000000000000000000000000000000000000163303611545578115801561153c575b8015611527575b6114ff577f66ced71a61989ce7ce4d8279d3c7c293c14581484a540a6ffc521fb39a814c94916040916007547fffffffff000000000000000000000000ffffffffffffffffffffffffffffffff7bffffffffffffffffffffffff000000000000000000000000000000008460801b169116176007556bffffffffffffffffffffffff81167fffffffffffffffffffffffffffffffffffffffff000000000000000000000000600854161760085582519182526020820152a1005b7f613970e0000000000000000000000000000000000000000000000000000000005f5260045ffd5b506bffffffffffffffffffffffff8111611445565b5081811061143e565b7f4a0bfec1000000000000000000000000000000000000000000000000000000005f523360045260245ffd5b34610bae576020600319360112610bae57602061158f6004356126c5565b73ffffffffffffffffffffffffffffffffffffffff60405191168152f35b34610bae576060600319360112610bae5760043567ffffffffffffffff8111610bae576115de903690600401611f85565b60243567ffffffffffffffff8111610bae576115fe903690600401611f85565b90506044359273ffffffffffffffffffffffffffffffffffffffff841691828503610bae57839061162d61271e565b03611674576116499361037b9261166e575033925b36916123a9565b5f7f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f005d005b92611642565b7f07b6ad3f000000000000000000000000000000000000000000000000000000005f5260045ffd5b34610bae575f600319360112610bae57602060405173ffffffffffffffffffffffffffffffffffffffff7f0000000000000000000000000000000000000000000000000000000000000000168152f35b6116f536611f67565b9173ffffffffffffffffffffffffffffffffffffffff7f000000000000000000000000000000000000000000000000000000000000000016330361154557600654928360c01c936001850180951161125a578486108015611a6b575b611a3f576fffffffffffffffffffffffffffffffff811690855b87811115611a0b57506007546fffffffffffffffffffffffffffffffff34166fffffffffffffffffffffffffffffffff8216016fffffffffffffffffffffffffffffffff811161125a576fffffffffffffffffffffffffffffffff7fffffffffffffffffffffffffffffffff00000000000000000000000000000000911691161760075577ffffffffffffffff000000000000000000000000000000006fffffffffffffffffffffffffffffffff7fffffffffffffffff0000000000000000000000000000000000000000000000008960c01b169316911617176006556040519261185584611fef565b67ffffffffffffffff851684526fffffffffffffffffffffffffffffffff60208501931683526fffffffffffffffffffffffffffffffff6040850191168152600b54680100000000000000008110156119de578060016118b89201600b55612375565b9390936119b25760016060946fffffffffffffffffffffffffffffffff9267ffffffffffffffff7f197874c72af6a06fb0aa4fab45fd39c7cb61ac0992159872dc3295207da7e9eb9851167fffffffffffffffff00000000000000000000000000000000000000000000000077ffffffffffffffffffffffffffffffff0000000000000000845493837fffffffffffffffffffffffffffffffffffffffffffffffff000000000000000086161786555160401b16921617178155019151167fffffffffffffffffffffffffffffffff00000000000000000000000000000000825416179055604051903482526020820152426040820152a3005b7f4e487b71000000000000000000000000000000000000000000000000000000005f525f60045260245ffd5b7f4e487b71000000000000000000000000000000000000000000000000000000005f52604160045260245ffd5b91611a34611a3a91845f5260096020526bffffffffffffffffffffffff60405f20541690612368565b9261235a565b61176b565b857f4c9fed77000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b5067ffffffffffffffff8160801c168611611751565b34610bae575f600319360112610bae57602060065460c01c604051908152f35b34610bae57610f03611ab236611f13565b9060405192611ac2602085612027565b5f845261243f565b34610bae57610f03611adb36611f13565b916120a2565b34610bae575f600319360112610bae57602067ffffffffffffffff60065460801c16604051908152f35b34610bae575f600319360112610bae57602060405173ffffffffffffffffffffffffffffffffffffffff7f0000000000000000000000000000000000000000000000000000000000000000168152f35b34610bae576040600319360112610bae57611b74611ecd565b602435611b80816126c5565b33151580611c99575b80611c4c575b611c2057819073ffffffffffffffffffffffffffffffffffffffff80851691167f8c5be1e5ebec7d5bd14f71427d1e84f3dd0314c0f7b2291e5b200ac8c7c3b9255f80a45f52600460205273ffffffffffffffffffffffffffffffffffffffff60405f2091167fffffffffffffffffffffffff00000000000000000000000000000000000000008254161790555f80f35b7fa9fbf51f000000000000000000000000000000000000000000000000000000005f523360045260245ffd5b5073ffffffffffffffffffffffffffffffffffffffff81165f52600560205260405f2073ffffffffffffffffffffffffffffffffffffffff33165f5260205260ff60405f20541615611b8f565b503373ffffffffffffffffffffffffffffffffffffffff82161415611b89565b34610bae576020600319360112610bae57600435611cd6816126c5565b505f526004602052602073ffffffffffffffffffffffffffffffffffffffff60405f205416604051908152f35b34610bae575f600319360112610bae576040515f5f548060011c90600181168015611db1575b6020831081146110ec578285529081156110aa5750600114611d55576105df8361103881850382612027565b5f8080527f290decd9548b62a8d60345a988386fc84ba6bc95484008f6362f93160ef3e563939250905b808210611d9757509091508101602001611038611028565b919260018160209254838588010152019101909291611d7f565b91607f1691611d29565b34610bae576020600319360112610bae57600435907fffffffff000000000000000000000000000000000000000000000000000000008216809203610bae57817f80ac58cd0000000000000000000000000000000000000000000000000000000060209314908115611e60575b8115611e36575b5015158152f35b7f01ffc9a70000000000000000000000000000000000000000000000000000000091501483611e2f565b7f5b5e139f0000000000000000000000000000000000000000000000000000000081149150611e28565b907fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe0601f602080948051918291828752018686015e5f8582860101520116010190565b6004359073ffffffffffffffffffffffffffffffffffffffff82168203610bae57565b6024359073ffffffffffffffffffffffffffffffffffffffff82168203610bae57565b6003196060910112610bae5760043573ffffffffffffffffffffffffffffffffffffffff81168103610bae579060243573ffffffffffffffffffffffffffffffffffffffff81168103610bae579060443590565b6003196080910112610bae5760043590602435906044359060643590565b9181601f84011215610bae5782359167ffffffffffffffff8311610bae576020808501948460051b010111610bae57565b60206040818301928281528451809452019201905f5b818110611fd95750505090565b8251845260209384019390920191600101611fcc565b6060810190811067ffffffffffffffff8211176119de57604052565b60c0810190811067ffffffffffffffff8211176119de57604052565b90601f7fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe0910116810190811067ffffffffffffffff8211176119de57604052565b67ffffffffffffffff81116119de57601f017fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe01660200190565b919073ffffffffffffffffffffffffffffffffffffffff1691821561232157815f52600260205273ffffffffffffffffffffffffffffffffffffffff60405f205416923315158061223f575b509073ffffffffffffffffffffffffffffffffffffffff91841515806121f0575b815f52600360205260405f2060018154019055845f52600260205260405f20827fffffffffffffffffffffffff00000000000000000000000000000000000000008254161790558482877fddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef5f80a46121d5575b5f52600c6020526121968360405f20612dd8565b50168083036121a457505050565b7f64283d7b000000000000000000000000000000000000000000000000000000005f5260045260245260445260645ffd5b845f52600c6020526121ea8460405f20612ce5565b50612182565b612227855f52600460205260405f207fffffffffffffffffffffffff00000000000000000000000000000000000000008154169055565b855f52600360205260405f205f19815401905561210f565b806122b0575b15612250575f6120ee565b8284612281577f7e273289000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b7f177e802f000000000000000000000000000000000000000000000000000000005f523360045260245260445ffd5b5033841480156122eb575b806122455750825f5260046020523373ffffffffffffffffffffffffffffffffffffffff60405f20541614612245565b50835f52600560205260405f2073ffffffffffffffffffffffffffffffffffffffff33165f5260205260ff60405f2054166122bb565b7f64a0ae92000000000000000000000000000000000000000000000000000000005f525f60045260245ffd5b9190820180921161125a57565b5f19811461125a5760010190565b9190820391821161125a57565b600b5481101561022e57600b5f5260205f209060011b01905f90565b67ffffffffffffffff81116119de5760051b60200190565b9291906123b581612391565b936123c36040519586612027565b602085838152019160051b8101928311610bae57905b8282106123e557505050565b81358152602091820191016123d9565b8181029291811591840414171561125a57565b8115612412570490565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52601260045260245ffd5b9061244b8382846120a2565b803b612458575b50505050565b6020916124c473ffffffffffffffffffffffffffffffffffffffff8093169560405195869485947f150b7a020000000000000000000000000000000000000000000000000000000086523360048701521660248501526044840152608060648401526084830190611e8a565b03815f865af15f9181612597575b5061251957506124e0612792565b8051908161251457827f64a0ae92000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b602001fd5b7fffffffff000000000000000000000000000000000000000000000000000000007f150b7a020000000000000000000000000000000000000000000000000000000091160361256c57505f808080612452565b7f64a0ae92000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b9091506020813d6020116125ec575b816125b360209383612027565b81010312610bae57517fffffffff0000000000000000000000000000000000000000000000000000000081168103610bae57905f6124d2565b3d91506125a6565b919081101561022e5760051b0190565b805182101561022e5760209160051b010190565b9061262282612391565b61262f6040519182612027565b8281527fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe061265d8294612391565b0190602036910137565b801580156126b7575b801561268c575b6126875761268490612ba2565b90565b505f90565b50805f52600a60205273ffffffffffffffffffffffffffffffffffffffff60405f2054161515612677565b5060065460c01c8111612670565b805f52600260205273ffffffffffffffffffffffffffffffffffffffff60405f2054169081156126f3575090565b7f7e273289000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b7f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f005c61276a5760017f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f005d565b7f3ee5aeb5000000000000000000000000000000000000000000000000000000005f5260045ffd5b3d156127bc573d906127a382612068565b916127b16040519384612027565b82523d5f602084013e565b606090565b90815180158015612b98575b611674575f9260065460c01c905f5b8381106128a357505050506007546fffffffffffffffffffffffffffffffff83166fffffffffffffffffffffffffffffffff8216036fffffffffffffffffffffffffffffffff811161125a575f93849384937fffffffffffffffffffffffffffffffff000000000000000000000000000000006fffffffffffffffffffffffffffffffff8695169116176007555af1612873612792565b501561287b57565b7fb12d13eb000000000000000000000000000000000000000000000000000000005f5260045ffd5b6128ad8183612604565b519586158015612b80575b612b5457865f52600a60205273ffffffffffffffffffffffffffffffffffffffff60405f20541680151590815f14612b2a5773ffffffffffffffffffffffffffffffffffffffff905b169033820361154557858911612afe57612ad25761291e88612ba2565b91885f52600a60205260405f20827fffffffffffffffffffffffff0000000000000000000000000000000000000000825416179055885f52600260205273ffffffffffffffffffffffffffffffffffffffff60405f205416801590811580612a83575b8b5f52600260205260405f207fffffffffffffffffffffffff000000000000000000000000000000000000000081541690558b5f837fddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef8280a4612a68575b50612a3c57906129f383600195949361234d565b986040519283527f6ad26c5e238e7d002799f9a5db07e81ef14e37386ae03496d7a7ef04713e145b602073ffffffffffffffffffffffffffffffffffffffff8b1694a4016127dc565b887f7e273289000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b5f52600c602052612a7c8a60405f20612ce5565b505f6129df565b612aba8c5f52600460205260405f207fffffffffffffffffffffffff00000000000000000000000000000000000000008154169055565b815f52600360205260405f205f198154019055612981565b877fb3167bfa000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b887fbea0218a000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b50875f52600260205273ffffffffffffffffffffffffffffffffffffffff8060405f205416612901565b867f1f79bbe7000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b5067ffffffffffffffff60065460801c1687116128b8565b50606481116127cd565b805f52600960205260405f2060405190612bbb82611fef565b546bffffffffffffffffffffffff8116825260208201906bffffffffffffffffffffffff8160601c16825260c01c60408301525f91600b54925b6001612c018286612368565b1115612c4257612c11848261234d565b60011c908567ffffffffffffffff612c2884612375565b50541611612c395750915b91612bf5565b92935092612c33565b612cbb929194506bffffffffffffffffffffffff9350612cb2612c756fffffffffffffffffffffffffffffffff92612375565b508560405194612c8486611fef565b604085600181865467ffffffffffffffff81168b52841c16958660208b0152015416960195865251166123f5565b91511690612408565b9151169081811115612ccb575090565b905090565b805482101561022e575f5260205f2001905f90565b906001820191815f528260205260405f20548015155f14612dd0575f19810181811161125a578254905f19820191821161125a57818103612d85575b50505080548015612d58575f190190612d3a8282612cd0565b5f1982549160031b1b19169055555f526020525f6040812055600190565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52603160045260245ffd5b612dbb612d95612da59386612cd0565b90549060031b1c92839286612cd0565b81939154905f199060031b92831b921b19161790565b90555f528360205260405f20555f8080612d21565b505050505f90565b6001810190825f528160205260405f2054155f14612e2a578054680100000000000000008110156119de57612e17612da5826001879401855584612cd0565b905554915f5260205260405f2055600190565b5050505f9056fea264697066735822122058d0b7983db35566358dd62243bc019a69181fde24f49302d6f2cc1ea2d1328964736f6c634300081e0033",
}

// WithdrawalQueueABI is the input ABI used to generate the binding from.
// Deprecated: Use WithdrawalQueueMetaData.ABI instead.
var WithdrawalQueueABI = WithdrawalQueueMetaData.ABI

// Deprecated: Use WithdrawalQueueMetaData.Sigs instead.
// WithdrawalQueueFuncSigs maps the 4-byte function signature to its string representation.
var WithdrawalQueueFuncSigs = WithdrawalQueueMetaData.Sigs

// WithdrawalQueueBin is the compiled bytecode used for deploying new contracts.
// Deprecated: Use WithdrawalQueueMetaData.Bin instead.
var WithdrawalQueueBin = WithdrawalQueueMetaData.Bin

// DeployWithdrawalQueue deploys a new Ethereum contract, binding an instance of WithdrawalQueue to it.
func DeployWithdrawalQueue(auth *bind.TransactOpts, backend bind.ContractBackend, pool_ common.Address, governance_ common.Address, minWithdrawal_ *big.Int, maxWithdrawal_ *big.Int) (common.Address, *types.Transaction, *WithdrawalQueue, error) {
	parsed, err := WithdrawalQueueMetaData.GetAbi()
	if err != nil {
		return common.Address{}, nil, nil, err
	}
	if parsed == nil {
		return common.Address{}, nil, nil, errors.New("GetABI returned nil")
	}

	address, tx, contract, err := bind.DeployContract(auth, *parsed, common.FromHex(WithdrawalQueueBin), backend, pool_, governance_, minWithdrawal_, maxWithdrawal_)
	if err != nil {
		return common.Address{}, nil, nil, err
	}
	return address, tx, &WithdrawalQueue{WithdrawalQueueCaller: WithdrawalQueueCaller{contract: contract}, WithdrawalQueueTransactor: WithdrawalQueueTransactor{contract: contract}, WithdrawalQueueFilterer: WithdrawalQueueFilterer{contract: contract}}, nil
}

// WithdrawalQueue is an auto generated Go binding around an Ethereum contract.
type WithdrawalQueue struct {
	WithdrawalQueueCaller     // Read-only binding to the contract
	WithdrawalQueueTransactor // Write-only binding to the contract
	WithdrawalQueueFilterer   // Log filterer for contract events
}

// WithdrawalQueueCaller is an auto generated read-only Go binding around an Ethereum contract.
type WithdrawalQueueCaller struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// WithdrawalQueueTransactor is an auto generated write-only Go binding around an Ethereum contract.
type WithdrawalQueueTransactor struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// WithdrawalQueueFilterer is an auto generated log filtering Go binding around an Ethereum contract events.
type WithdrawalQueueFilterer struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// WithdrawalQueueSession is an auto generated Go binding around an Ethereum contract,
// with pre-set call and transact options.
type WithdrawalQueueSession struct {
	Contract     *WithdrawalQueue  // Generic contract binding to set the session for
	CallOpts     bind.CallOpts     // Call options to use throughout this session
	TransactOpts bind.TransactOpts // Transaction auth options to use throughout this session
}

// WithdrawalQueueCallerSession is an auto generated read-only Go binding around an Ethereum contract,
// with pre-set call options.
type WithdrawalQueueCallerSession struct {
	Contract *WithdrawalQueueCaller // Generic contract caller binding to set the session for
	CallOpts bind.CallOpts          // Call options to use throughout this session
}

// WithdrawalQueueTransactorSession is an auto generated write-only Go binding around an Ethereum contract,
// with pre-set transact options.
type WithdrawalQueueTransactorSession struct {
	Contract     *WithdrawalQueueTransactor // Generic contract transactor binding to set the session for
	TransactOpts bind.TransactOpts          // Transaction auth options to use throughout this session
}

// WithdrawalQueueRaw is an auto generated low-level Go binding around an Ethereum contract.
type WithdrawalQueueRaw struct {
	Contract *WithdrawalQueue // Generic contract binding to access the raw methods on
}

// WithdrawalQueueCallerRaw is an auto generated low-level read-only Go binding around an Ethereum contract.
type WithdrawalQueueCallerRaw struct {
	Contract *WithdrawalQueueCaller // Generic read-only contract binding to access the raw methods on
}

// WithdrawalQueueTransactorRaw is an auto generated low-level write-only Go binding around an Ethereum contract.
type WithdrawalQueueTransactorRaw struct {
	Contract *WithdrawalQueueTransactor // Generic write-only contract binding to access the raw methods on
}

// NewWithdrawalQueue creates a new instance of WithdrawalQueue, bound to a specific deployed contract.
func NewWithdrawalQueue(address common.Address, backend bind.ContractBackend) (*WithdrawalQueue, error) {
	contract, err := bindWithdrawalQueue(address, backend, backend, backend)
	if err != nil {
		return nil, err
	}
	return &WithdrawalQueue{WithdrawalQueueCaller: WithdrawalQueueCaller{contract: contract}, WithdrawalQueueTransactor: WithdrawalQueueTransactor{contract: contract}, WithdrawalQueueFilterer: WithdrawalQueueFilterer{contract: contract}}, nil
}

// NewWithdrawalQueueCaller creates a new read-only instance of WithdrawalQueue, bound to a specific deployed contract.
func NewWithdrawalQueueCaller(address common.Address, caller bind.ContractCaller) (*WithdrawalQueueCaller, error) {
	contract, err := bindWithdrawalQueue(address, caller, nil, nil)
	if err != nil {
		return nil, err
	}
	return &WithdrawalQueueCaller{contract: contract}, nil
}

// NewWithdrawalQueueTransactor creates a new write-only instance of WithdrawalQueue, bound to a specific deployed contract.
func NewWithdrawalQueueTransactor(address common.Address, transactor bind.ContractTransactor) (*WithdrawalQueueTransactor, error) {
	contract, err := bindWithdrawalQueue(address, nil, transactor, nil)
	if err != nil {
		return nil, err
	}
	return &WithdrawalQueueTransactor{contract: contract}, nil
}

// NewWithdrawalQueueFilterer creates a new log filterer instance of WithdrawalQueue, bound to a specific deployed contract.
func NewWithdrawalQueueFilterer(address common.Address, filterer bind.ContractFilterer) (*WithdrawalQueueFilterer, error) {
	contract, err := bindWithdrawalQueue(address, nil, nil, filterer)
	if err != nil {
		return nil, err
	}
	return &WithdrawalQueueFilterer{contract: contract}, nil
}

// bindWithdrawalQueue binds a generic wrapper to an already deployed contract.
func bindWithdrawalQueue(address common.Address, caller bind.ContractCaller, transactor bind.ContractTransactor, filterer bind.ContractFilterer) (*bind.BoundContract, error) {
	parsed, err := WithdrawalQueueMetaData.GetAbi()
	if err != nil {
		return nil, err
	}
	return bind.NewBoundContract(address, *parsed, caller, transactor, filterer), nil
}

// Call invokes the (constant) contract method with params as input values and
// sets the output to result. The result type might be a single field for simple
// returns, a slice of interfaces for anonymous returns and a struct for named
// returns.
func (_WithdrawalQueue *WithdrawalQueueRaw) Call(opts *bind.CallOpts, result *[]interface{}, method string, params ...interface{}) error {
	return _WithdrawalQueue.Contract.WithdrawalQueueCaller.contract.Call(opts, result, method, params...)
}

// Transfer initiates a plain transaction to move funds to the contract, calling
// its default method if one is available.
func (_WithdrawalQueue *WithdrawalQueueRaw) Transfer(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _WithdrawalQueue.Contract.WithdrawalQueueTransactor.contract.Transfer(opts)
}

// Transact invokes the (paid) contract method with params as input values.
func (_WithdrawalQueue *WithdrawalQueueRaw) Transact(opts *bind.TransactOpts, method string, params ...interface{}) (*types.Transaction, error) {
	return _WithdrawalQueue.Contract.WithdrawalQueueTransactor.contract.Transact(opts, method, params...)
}

// Call invokes the (constant) contract method with params as input values and
// sets the output to result. The result type might be a single field for simple
// returns, a slice of interfaces for anonymous returns and a struct for named
// returns.
func (_WithdrawalQueue *WithdrawalQueueCallerRaw) Call(opts *bind.CallOpts, result *[]interface{}, method string, params ...interface{}) error {
	return _WithdrawalQueue.Contract.contract.Call(opts, result, method, params...)
}

// Transfer initiates a plain transaction to move funds to the contract, calling
// its default method if one is available.
func (_WithdrawalQueue *WithdrawalQueueTransactorRaw) Transfer(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _WithdrawalQueue.Contract.contract.Transfer(opts)
}

// Transact invokes the (paid) contract method with params as input values.
func (_WithdrawalQueue *WithdrawalQueueTransactorRaw) Transact(opts *bind.TransactOpts, method string, params ...interface{}) (*types.Transaction, error) {
	return _WithdrawalQueue.Contract.contract.Transact(opts, method, params...)
}

// MAXPERCALL is a free data retrieval call binding the contract method 0xea156a9b.
//
// Solidity: function MAX_PER_CALL() view returns(uint256)
func (_WithdrawalQueue *WithdrawalQueueCaller) MAXPERCALL(opts *bind.CallOpts) (*big.Int, error) {
	var out []interface{}
	err := _WithdrawalQueue.contract.Call(opts, &out, "MAX_PER_CALL")

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// MAXPERCALL is a free data retrieval call binding the contract method 0xea156a9b.
//
// Solidity: function MAX_PER_CALL() view returns(uint256)
func (_WithdrawalQueue *WithdrawalQueueSession) MAXPERCALL() (*big.Int, error) {
	return _WithdrawalQueue.Contract.MAXPERCALL(&_WithdrawalQueue.CallOpts)
}

// MAXPERCALL is a free data retrieval call binding the contract method 0xea156a9b.
//
// Solidity: function MAX_PER_CALL() view returns(uint256)
func (_WithdrawalQueue *WithdrawalQueueCallerSession) MAXPERCALL() (*big.Int, error) {
	return _WithdrawalQueue.Contract.MAXPERCALL(&_WithdrawalQueue.CallOpts)
}

// BalanceOf is a free data retrieval call binding the contract method 0x70a08231.
//
// Solidity: function balanceOf(address owner) view returns(uint256)
func (_WithdrawalQueue *WithdrawalQueueCaller) BalanceOf(opts *bind.CallOpts, owner common.Address) (*big.Int, error) {
	var out []interface{}
	err := _WithdrawalQueue.contract.Call(opts, &out, "balanceOf", owner)

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// BalanceOf is a free data retrieval call binding the contract method 0x70a08231.
//
// Solidity: function balanceOf(address owner) view returns(uint256)
func (_WithdrawalQueue *WithdrawalQueueSession) BalanceOf(owner common.Address) (*big.Int, error) {
	return _WithdrawalQueue.Contract.BalanceOf(&_WithdrawalQueue.CallOpts, owner)
}

// BalanceOf is a free data retrieval call binding the contract method 0x70a08231.
//
// Solidity: function balanceOf(address owner) view returns(uint256)
func (_WithdrawalQueue *WithdrawalQueueCallerSession) BalanceOf(owner common.Address) (*big.Int, error) {
	return _WithdrawalQueue.Contract.BalanceOf(&_WithdrawalQueue.CallOpts, owner)
}

// GetApproved is a free data retrieval call binding the contract method 0x081812fc.
//
// Solidity: function getApproved(uint256 tokenId) view returns(address)
func (_WithdrawalQueue *WithdrawalQueueCaller) GetApproved(opts *bind.CallOpts, tokenId *big.Int) (common.Address, error) {
	var out []interface{}
	err := _WithdrawalQueue.contract.Call(opts, &out, "getApproved", tokenId)

	if err != nil {
		return *new(common.Address), err
	}

	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)

	return out0, err

}

// GetApproved is a free data retrieval call binding the contract method 0x081812fc.
//
// Solidity: function getApproved(uint256 tokenId) view returns(address)
func (_WithdrawalQueue *WithdrawalQueueSession) GetApproved(tokenId *big.Int) (common.Address, error) {
	return _WithdrawalQueue.Contract.GetApproved(&_WithdrawalQueue.CallOpts, tokenId)
}

// GetApproved is a free data retrieval call binding the contract method 0x081812fc.
//
// Solidity: function getApproved(uint256 tokenId) view returns(address)
func (_WithdrawalQueue *WithdrawalQueueCallerSession) GetApproved(tokenId *big.Int) (common.Address, error) {
	return _WithdrawalQueue.Contract.GetApproved(&_WithdrawalQueue.CallOpts, tokenId)
}

// GetClaimableEther is a free data retrieval call binding the contract method 0xd7290d80.
//
// Solidity: function getClaimableEther(uint256 requestId) view returns(uint256)
func (_WithdrawalQueue *WithdrawalQueueCaller) GetClaimableEther(opts *bind.CallOpts, requestId *big.Int) (*big.Int, error) {
	var out []interface{}
	err := _WithdrawalQueue.contract.Call(opts, &out, "getClaimableEther", requestId)

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// GetClaimableEther is a free data retrieval call binding the contract method 0xd7290d80.
//
// Solidity: function getClaimableEther(uint256 requestId) view returns(uint256)
func (_WithdrawalQueue *WithdrawalQueueSession) GetClaimableEther(requestId *big.Int) (*big.Int, error) {
	return _WithdrawalQueue.Contract.GetClaimableEther(&_WithdrawalQueue.CallOpts, requestId)
}

// GetClaimableEther is a free data retrieval call binding the contract method 0xd7290d80.
//
// Solidity: function getClaimableEther(uint256 requestId) view returns(uint256)
func (_WithdrawalQueue *WithdrawalQueueCallerSession) GetClaimableEther(requestId *big.Int) (*big.Int, error) {
	return _WithdrawalQueue.Contract.GetClaimableEther(&_WithdrawalQueue.CallOpts, requestId)
}

// GetLastFinalizedRequestId is a free data retrieval call binding the contract method 0x4f069a13.
//
// Solidity: function getLastFinalizedRequestId() view returns(uint256)
func (_WithdrawalQueue *WithdrawalQueueCaller) GetLastFinalizedRequestId(opts *bind.CallOpts) (*big.Int, error) {
	var out []interface{}
	err := _WithdrawalQueue.contract.Call(opts, &out, "getLastFinalizedRequestId")

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// GetLastFinalizedRequestId is a free data retrieval call binding the contract method 0x4f069a13.
//
// Solidity: function getLastFinalizedRequestId() view returns(uint256)
func (_WithdrawalQueue *WithdrawalQueueSession) GetLastFinalizedRequestId() (*big.Int, error) {
	return _WithdrawalQueue.Contract.GetLastFinalizedRequestId(&_WithdrawalQueue.CallOpts)
}

// GetLastFinalizedRequestId is a free data retrieval call binding the contract method 0x4f069a13.
//
// Solidity: function getLastFinalizedRequestId() view returns(uint256)
func (_WithdrawalQueue *WithdrawalQueueCallerSession) GetLastFinalizedRequestId() (*big.Int, error) {
	return _WithdrawalQueue.Contract.GetLastFinalizedRequestId(&_WithdrawalQueue.CallOpts)
}

// GetLastRequestId is a free data retrieval call binding the contract method 0x19c2b4c3.
//
// Solidity: function getLastRequestId() view returns(uint256)
func (_WithdrawalQueue *WithdrawalQueueCaller) GetLastRequestId(opts *bind.CallOpts) (*big.Int, error) {
	var out []interface{}
	err := _WithdrawalQueue.contract.Call(opts, &out, "getLastRequestId")

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// GetLastRequestId is a free data retrieval call binding the contract method 0x19c2b4c3.
//
// Solidity: function getLastRequestId() view returns(uint256)
func (_WithdrawalQueue *WithdrawalQueueSession) GetLastRequestId() (*big.Int, error) {
	return _WithdrawalQueue.Contract.GetLastRequestId(&_WithdrawalQueue.CallOpts)
}

// GetLastRequestId is a free data retrieval call binding the contract method 0x19c2b4c3.
//
// Solidity: function getLastRequestId() view returns(uint256)
func (_WithdrawalQueue *WithdrawalQueueCallerSession) GetLastRequestId() (*big.Int, error) {
	return _WithdrawalQueue.Contract.GetLastRequestId(&_WithdrawalQueue.CallOpts)
}

// GetLockedEtherAmount is a free data retrieval call binding the contract method 0xf6fa8a47.
//
// Solidity: function getLockedEtherAmount() view returns(uint256)
func (_WithdrawalQueue *WithdrawalQueueCaller) GetLockedEtherAmount(opts *bind.CallOpts) (*big.Int, error) {
	var out []interface{}
	err := _WithdrawalQueue.contract.Call(opts, &out, "getLockedEtherAmount")

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// GetLockedEtherAmount is a free data retrieval call binding the contract method 0xf6fa8a47.
//
// Solidity: function getLockedEtherAmount() view returns(uint256)
func (_WithdrawalQueue *WithdrawalQueueSession) GetLockedEtherAmount() (*big.Int, error) {
	return _WithdrawalQueue.Contract.GetLockedEtherAmount(&_WithdrawalQueue.CallOpts)
}

// GetLockedEtherAmount is a free data retrieval call binding the contract method 0xf6fa8a47.
//
// Solidity: function getLockedEtherAmount() view returns(uint256)
func (_WithdrawalQueue *WithdrawalQueueCallerSession) GetLockedEtherAmount() (*big.Int, error) {
	return _WithdrawalQueue.Contract.GetLockedEtherAmount(&_WithdrawalQueue.CallOpts)
}

// GetRequestTime is a free data retrieval call binding the contract method 0x7e0478c3.
//
// Solidity: function getRequestTime(uint256 requestId) view returns(uint256)
func (_WithdrawalQueue *WithdrawalQueueCaller) GetRequestTime(opts *bind.CallOpts, requestId *big.Int) (*big.Int, error) {
	var out []interface{}
	err := _WithdrawalQueue.contract.Call(opts, &out, "getRequestTime", requestId)

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// GetRequestTime is a free data retrieval call binding the contract method 0x7e0478c3.
//
// Solidity: function getRequestTime(uint256 requestId) view returns(uint256)
func (_WithdrawalQueue *WithdrawalQueueSession) GetRequestTime(requestId *big.Int) (*big.Int, error) {
	return _WithdrawalQueue.Contract.GetRequestTime(&_WithdrawalQueue.CallOpts, requestId)
}

// GetRequestTime is a free data retrieval call binding the contract method 0x7e0478c3.
//
// Solidity: function getRequestTime(uint256 requestId) view returns(uint256)
func (_WithdrawalQueue *WithdrawalQueueCallerSession) GetRequestTime(requestId *big.Int) (*big.Int, error) {
	return _WithdrawalQueue.Contract.GetRequestTime(&_WithdrawalQueue.CallOpts, requestId)
}

// GetWithdrawalRequests is a free data retrieval call binding the contract method 0x7d031b65.
//
// Solidity: function getWithdrawalRequests(address owner) view returns(uint256[] requestIds)
func (_WithdrawalQueue *WithdrawalQueueCaller) GetWithdrawalRequests(opts *bind.CallOpts, owner common.Address) ([]*big.Int, error) {
	var out []interface{}
	err := _WithdrawalQueue.contract.Call(opts, &out, "getWithdrawalRequests", owner)

	if err != nil {
		return *new([]*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new([]*big.Int)).(*[]*big.Int)

	return out0, err

}

// GetWithdrawalRequests is a free data retrieval call binding the contract method 0x7d031b65.
//
// Solidity: function getWithdrawalRequests(address owner) view returns(uint256[] requestIds)
func (_WithdrawalQueue *WithdrawalQueueSession) GetWithdrawalRequests(owner common.Address) ([]*big.Int, error) {
	return _WithdrawalQueue.Contract.GetWithdrawalRequests(&_WithdrawalQueue.CallOpts, owner)
}

// GetWithdrawalRequests is a free data retrieval call binding the contract method 0x7d031b65.
//
// Solidity: function getWithdrawalRequests(address owner) view returns(uint256[] requestIds)
func (_WithdrawalQueue *WithdrawalQueueCallerSession) GetWithdrawalRequests(owner common.Address) ([]*big.Int, error) {
	return _WithdrawalQueue.Contract.GetWithdrawalRequests(&_WithdrawalQueue.CallOpts, owner)
}

// GetWithdrawalStatus is a free data retrieval call binding the contract method 0xb8c4b85a.
//
// Solidity: function getWithdrawalStatus(uint256[] requestIds) view returns((uint256,uint256,address,uint256,bool,bool)[] statuses)
func (_WithdrawalQueue *WithdrawalQueueCaller) GetWithdrawalStatus(opts *bind.CallOpts, requestIds []*big.Int) ([]WithdrawalQueueWithdrawalRequestStatus, error) {
	var out []interface{}
	err := _WithdrawalQueue.contract.Call(opts, &out, "getWithdrawalStatus", requestIds)

	if err != nil {
		return *new([]WithdrawalQueueWithdrawalRequestStatus), err
	}

	out0 := *abi.ConvertType(out[0], new([]WithdrawalQueueWithdrawalRequestStatus)).(*[]WithdrawalQueueWithdrawalRequestStatus)

	return out0, err

}

// GetWithdrawalStatus is a free data retrieval call binding the contract method 0xb8c4b85a.
//
// Solidity: function getWithdrawalStatus(uint256[] requestIds) view returns((uint256,uint256,address,uint256,bool,bool)[] statuses)
func (_WithdrawalQueue *WithdrawalQueueSession) GetWithdrawalStatus(requestIds []*big.Int) ([]WithdrawalQueueWithdrawalRequestStatus, error) {
	return _WithdrawalQueue.Contract.GetWithdrawalStatus(&_WithdrawalQueue.CallOpts, requestIds)
}

// GetWithdrawalStatus is a free data retrieval call binding the contract method 0xb8c4b85a.
//
// Solidity: function getWithdrawalStatus(uint256[] requestIds) view returns((uint256,uint256,address,uint256,bool,bool)[] statuses)
func (_WithdrawalQueue *WithdrawalQueueCallerSession) GetWithdrawalStatus(requestIds []*big.Int) ([]WithdrawalQueueWithdrawalRequestStatus, error) {
	return _WithdrawalQueue.Contract.GetWithdrawalStatus(&_WithdrawalQueue.CallOpts, requestIds)
}

// Governance is a free data retrieval call binding the contract method 0x5aa6e675.
//
// Solidity: function governance() view returns(address)
func (_WithdrawalQueue *WithdrawalQueueCaller) Governance(opts *bind.CallOpts) (common.Address, error) {
	var out []interface{}
	err := _WithdrawalQueue.contract.Call(opts, &out, "governance")

	if err != nil {
		return *new(common.Address), err
	}

	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)

	return out0, err

}

// Governance is a free data retrieval call binding the contract method 0x5aa6e675.
//
// Solidity: function governance() view returns(address)
func (_WithdrawalQueue *WithdrawalQueueSession) Governance() (common.Address, error) {
	return _WithdrawalQueue.Contract.Governance(&_WithdrawalQueue.CallOpts)
}

// Governance is a free data retrieval call binding the contract method 0x5aa6e675.
//
// Solidity: function governance() view returns(address)
func (_WithdrawalQueue *WithdrawalQueueCallerSession) Governance() (common.Address, error) {
	return _WithdrawalQueue.Contract.Governance(&_WithdrawalQueue.CallOpts)
}

// IsApprovedForAll is a free data retrieval call binding the contract method 0xe985e9c5.
//
// Solidity: function isApprovedForAll(address owner, address operator) view returns(bool)
func (_WithdrawalQueue *WithdrawalQueueCaller) IsApprovedForAll(opts *bind.CallOpts, owner common.Address, operator common.Address) (bool, error) {
	var out []interface{}
	err := _WithdrawalQueue.contract.Call(opts, &out, "isApprovedForAll", owner, operator)

	if err != nil {
		return *new(bool), err
	}

	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)

	return out0, err

}

// IsApprovedForAll is a free data retrieval call binding the contract method 0xe985e9c5.
//
// Solidity: function isApprovedForAll(address owner, address operator) view returns(bool)
func (_WithdrawalQueue *WithdrawalQueueSession) IsApprovedForAll(owner common.Address, operator common.Address) (bool, error) {
	return _WithdrawalQueue.Contract.IsApprovedForAll(&_WithdrawalQueue.CallOpts, owner, operator)
}

// IsApprovedForAll is a free data retrieval call binding the contract method 0xe985e9c5.
//
// Solidity: function isApprovedForAll(address owner, address operator) view returns(bool)
func (_WithdrawalQueue *WithdrawalQueueCallerSession) IsApprovedForAll(owner common.Address, operator common.Address) (bool, error) {
	return _WithdrawalQueue.Contract.IsApprovedForAll(&_WithdrawalQueue.CallOpts, owner, operator)
}

// MaxWithdrawal is a free data retrieval call binding the contract method 0x8c0ff5b7.
//
// Solidity: function maxWithdrawal() view returns(uint96)
func (_WithdrawalQueue *WithdrawalQueueCaller) MaxWithdrawal(opts *bind.CallOpts) (*big.Int, error) {
	var out []interface{}
	err := _WithdrawalQueue.contract.Call(opts, &out, "maxWithdrawal")

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// MaxWithdrawal is a free data retrieval call binding the contract method 0x8c0ff5b7.
//
// Solidity: function maxWithdrawal() view returns(uint96)
func (_WithdrawalQueue *WithdrawalQueueSession) MaxWithdrawal() (*big.Int, error) {
	return _WithdrawalQueue.Contract.MaxWithdrawal(&_WithdrawalQueue.CallOpts)
}

// MaxWithdrawal is a free data retrieval call binding the contract method 0x8c0ff5b7.
//
// Solidity: function maxWithdrawal() view returns(uint96)
func (_WithdrawalQueue *WithdrawalQueueCallerSession) MaxWithdrawal() (*big.Int, error) {
	return _WithdrawalQueue.Contract.MaxWithdrawal(&_WithdrawalQueue.CallOpts)
}

// MinWithdrawal is a free data retrieval call binding the contract method 0xf9abb1f1.
//
// Solidity: function minWithdrawal() view returns(uint96)
func (_WithdrawalQueue *WithdrawalQueueCaller) MinWithdrawal(opts *bind.CallOpts) (*big.Int, error) {
	var out []interface{}
	err := _WithdrawalQueue.contract.Call(opts, &out, "minWithdrawal")

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// MinWithdrawal is a free data retrieval call binding the contract method 0xf9abb1f1.
//
// Solidity: function minWithdrawal() view returns(uint96)
func (_WithdrawalQueue *WithdrawalQueueSession) MinWithdrawal() (*big.Int, error) {
	return _WithdrawalQueue.Contract.MinWithdrawal(&_WithdrawalQueue.CallOpts)
}

// MinWithdrawal is a free data retrieval call binding the contract method 0xf9abb1f1.
//
// Solidity: function minWithdrawal() view returns(uint96)
func (_WithdrawalQueue *WithdrawalQueueCallerSession) MinWithdrawal() (*big.Int, error) {
	return _WithdrawalQueue.Contract.MinWithdrawal(&_WithdrawalQueue.CallOpts)
}

// Name is a free data retrieval call binding the contract method 0x06fdde03.
//
// Solidity: function name() view returns(string)
func (_WithdrawalQueue *WithdrawalQueueCaller) Name(opts *bind.CallOpts) (string, error) {
	var out []interface{}
	err := _WithdrawalQueue.contract.Call(opts, &out, "name")

	if err != nil {
		return *new(string), err
	}

	out0 := *abi.ConvertType(out[0], new(string)).(*string)

	return out0, err

}

// Name is a free data retrieval call binding the contract method 0x06fdde03.
//
// Solidity: function name() view returns(string)
func (_WithdrawalQueue *WithdrawalQueueSession) Name() (string, error) {
	return _WithdrawalQueue.Contract.Name(&_WithdrawalQueue.CallOpts)
}

// Name is a free data retrieval call binding the contract method 0x06fdde03.
//
// Solidity: function name() view returns(string)
func (_WithdrawalQueue *WithdrawalQueueCallerSession) Name() (string, error) {
	return _WithdrawalQueue.Contract.Name(&_WithdrawalQueue.CallOpts)
}

// OwnerOf is a free data retrieval call binding the contract method 0x6352211e.
//
// Solidity: function ownerOf(uint256 tokenId) view returns(address)
func (_WithdrawalQueue *WithdrawalQueueCaller) OwnerOf(opts *bind.CallOpts, tokenId *big.Int) (common.Address, error) {
	var out []interface{}
	err := _WithdrawalQueue.contract.Call(opts, &out, "ownerOf", tokenId)

	if err != nil {
		return *new(common.Address), err
	}

	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)

	return out0, err

}

// OwnerOf is a free data retrieval call binding the contract method 0x6352211e.
//
// Solidity: function ownerOf(uint256 tokenId) view returns(address)
func (_WithdrawalQueue *WithdrawalQueueSession) OwnerOf(tokenId *big.Int) (common.Address, error) {
	return _WithdrawalQueue.Contract.OwnerOf(&_WithdrawalQueue.CallOpts, tokenId)
}

// OwnerOf is a free data retrieval call binding the contract method 0x6352211e.
//
// Solidity: function ownerOf(uint256 tokenId) view returns(address)
func (_WithdrawalQueue *WithdrawalQueueCallerSession) OwnerOf(tokenId *big.Int) (common.Address, error) {
	return _WithdrawalQueue.Contract.OwnerOf(&_WithdrawalQueue.CallOpts, tokenId)
}

// Pool is a free data retrieval call binding the contract method 0x16f0115b.
//
// Solidity: function pool() view returns(address)
func (_WithdrawalQueue *WithdrawalQueueCaller) Pool(opts *bind.CallOpts) (common.Address, error) {
	var out []interface{}
	err := _WithdrawalQueue.contract.Call(opts, &out, "pool")

	if err != nil {
		return *new(common.Address), err
	}

	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)

	return out0, err

}

// Pool is a free data retrieval call binding the contract method 0x16f0115b.
//
// Solidity: function pool() view returns(address)
func (_WithdrawalQueue *WithdrawalQueueSession) Pool() (common.Address, error) {
	return _WithdrawalQueue.Contract.Pool(&_WithdrawalQueue.CallOpts)
}

// Pool is a free data retrieval call binding the contract method 0x16f0115b.
//
// Solidity: function pool() view returns(address)
func (_WithdrawalQueue *WithdrawalQueueCallerSession) Pool() (common.Address, error) {
	return _WithdrawalQueue.Contract.Pool(&_WithdrawalQueue.CallOpts)
}

// Prefinalize is a free data retrieval call binding the contract method 0x945e1829.
//
// Solidity: function prefinalize(uint256 lastId, uint256 pooled, uint256 shares, uint256 border) view returns(uint256 eth, uint256 sharesToBurn)
func (_WithdrawalQueue *WithdrawalQueueCaller) Prefinalize(opts *bind.CallOpts, lastId *big.Int, pooled *big.Int, shares *big.Int, border *big.Int) (struct {
	Eth          *big.Int
	SharesToBurn *big.Int
}, error) {
	var out []interface{}
	err := _WithdrawalQueue.contract.Call(opts, &out, "prefinalize", lastId, pooled, shares, border)

	outstruct := new(struct {
		Eth          *big.Int
		SharesToBurn *big.Int
	})
	if err != nil {
		return *outstruct, err
	}

	outstruct.Eth = *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)
	outstruct.SharesToBurn = *abi.ConvertType(out[1], new(*big.Int)).(**big.Int)

	return *outstruct, err

}

// Prefinalize is a free data retrieval call binding the contract method 0x945e1829.
//
// Solidity: function prefinalize(uint256 lastId, uint256 pooled, uint256 shares, uint256 border) view returns(uint256 eth, uint256 sharesToBurn)
func (_WithdrawalQueue *WithdrawalQueueSession) Prefinalize(lastId *big.Int, pooled *big.Int, shares *big.Int, border *big.Int) (struct {
	Eth          *big.Int
	SharesToBurn *big.Int
}, error) {
	return _WithdrawalQueue.Contract.Prefinalize(&_WithdrawalQueue.CallOpts, lastId, pooled, shares, border)
}

// Prefinalize is a free data retrieval call binding the contract method 0x945e1829.
//
// Solidity: function prefinalize(uint256 lastId, uint256 pooled, uint256 shares, uint256 border) view returns(uint256 eth, uint256 sharesToBurn)
func (_WithdrawalQueue *WithdrawalQueueCallerSession) Prefinalize(lastId *big.Int, pooled *big.Int, shares *big.Int, border *big.Int) (struct {
	Eth          *big.Int
	SharesToBurn *big.Int
}, error) {
	return _WithdrawalQueue.Contract.Prefinalize(&_WithdrawalQueue.CallOpts, lastId, pooled, shares, border)
}

// SupportsInterface is a free data retrieval call binding the contract method 0x01ffc9a7.
//
// Solidity: function supportsInterface(bytes4 interfaceId) view returns(bool)
func (_WithdrawalQueue *WithdrawalQueueCaller) SupportsInterface(opts *bind.CallOpts, interfaceId [4]byte) (bool, error) {
	var out []interface{}
	err := _WithdrawalQueue.contract.Call(opts, &out, "supportsInterface", interfaceId)

	if err != nil {
		return *new(bool), err
	}

	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)

	return out0, err

}

// SupportsInterface is a free data retrieval call binding the contract method 0x01ffc9a7.
//
// Solidity: function supportsInterface(bytes4 interfaceId) view returns(bool)
func (_WithdrawalQueue *WithdrawalQueueSession) SupportsInterface(interfaceId [4]byte) (bool, error) {
	return _WithdrawalQueue.Contract.SupportsInterface(&_WithdrawalQueue.CallOpts, interfaceId)
}

// SupportsInterface is a free data retrieval call binding the contract method 0x01ffc9a7.
//
// Solidity: function supportsInterface(bytes4 interfaceId) view returns(bool)
func (_WithdrawalQueue *WithdrawalQueueCallerSession) SupportsInterface(interfaceId [4]byte) (bool, error) {
	return _WithdrawalQueue.Contract.SupportsInterface(&_WithdrawalQueue.CallOpts, interfaceId)
}

// Symbol is a free data retrieval call binding the contract method 0x95d89b41.
//
// Solidity: function symbol() view returns(string)
func (_WithdrawalQueue *WithdrawalQueueCaller) Symbol(opts *bind.CallOpts) (string, error) {
	var out []interface{}
	err := _WithdrawalQueue.contract.Call(opts, &out, "symbol")

	if err != nil {
		return *new(string), err
	}

	out0 := *abi.ConvertType(out[0], new(string)).(*string)

	return out0, err

}

// Symbol is a free data retrieval call binding the contract method 0x95d89b41.
//
// Solidity: function symbol() view returns(string)
func (_WithdrawalQueue *WithdrawalQueueSession) Symbol() (string, error) {
	return _WithdrawalQueue.Contract.Symbol(&_WithdrawalQueue.CallOpts)
}

// Symbol is a free data retrieval call binding the contract method 0x95d89b41.
//
// Solidity: function symbol() view returns(string)
func (_WithdrawalQueue *WithdrawalQueueCallerSession) Symbol() (string, error) {
	return _WithdrawalQueue.Contract.Symbol(&_WithdrawalQueue.CallOpts)
}

// TokenURI is a free data retrieval call binding the contract method 0xc87b56dd.
//
// Solidity: function tokenURI(uint256 tokenId) view returns(string)
func (_WithdrawalQueue *WithdrawalQueueCaller) TokenURI(opts *bind.CallOpts, tokenId *big.Int) (string, error) {
	var out []interface{}
	err := _WithdrawalQueue.contract.Call(opts, &out, "tokenURI", tokenId)

	if err != nil {
		return *new(string), err
	}

	out0 := *abi.ConvertType(out[0], new(string)).(*string)

	return out0, err

}

// TokenURI is a free data retrieval call binding the contract method 0xc87b56dd.
//
// Solidity: function tokenURI(uint256 tokenId) view returns(string)
func (_WithdrawalQueue *WithdrawalQueueSession) TokenURI(tokenId *big.Int) (string, error) {
	return _WithdrawalQueue.Contract.TokenURI(&_WithdrawalQueue.CallOpts, tokenId)
}

// TokenURI is a free data retrieval call binding the contract method 0xc87b56dd.
//
// Solidity: function tokenURI(uint256 tokenId) view returns(string)
func (_WithdrawalQueue *WithdrawalQueueCallerSession) TokenURI(tokenId *big.Int) (string, error) {
	return _WithdrawalQueue.Contract.TokenURI(&_WithdrawalQueue.CallOpts, tokenId)
}

// UnfinalizedStETH is a free data retrieval call binding the contract method 0xd0fb84e8.
//
// Solidity: function unfinalizedStETH() view returns(uint256)
func (_WithdrawalQueue *WithdrawalQueueCaller) UnfinalizedStETH(opts *bind.CallOpts) (*big.Int, error) {
	var out []interface{}
	err := _WithdrawalQueue.contract.Call(opts, &out, "unfinalizedStETH")

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// UnfinalizedStETH is a free data retrieval call binding the contract method 0xd0fb84e8.
//
// Solidity: function unfinalizedStETH() view returns(uint256)
func (_WithdrawalQueue *WithdrawalQueueSession) UnfinalizedStETH() (*big.Int, error) {
	return _WithdrawalQueue.Contract.UnfinalizedStETH(&_WithdrawalQueue.CallOpts)
}

// UnfinalizedStETH is a free data retrieval call binding the contract method 0xd0fb84e8.
//
// Solidity: function unfinalizedStETH() view returns(uint256)
func (_WithdrawalQueue *WithdrawalQueueCallerSession) UnfinalizedStETH() (*big.Int, error) {
	return _WithdrawalQueue.Contract.UnfinalizedStETH(&_WithdrawalQueue.CallOpts)
}

// Approve is a paid mutator transaction binding the contract method 0x095ea7b3.
//
// Solidity: function approve(address to, uint256 tokenId) returns()
func (_WithdrawalQueue *WithdrawalQueueTransactor) Approve(opts *bind.TransactOpts, to common.Address, tokenId *big.Int) (*types.Transaction, error) {
	return _WithdrawalQueue.contract.Transact(opts, "approve", to, tokenId)
}

// Approve is a paid mutator transaction binding the contract method 0x095ea7b3.
//
// Solidity: function approve(address to, uint256 tokenId) returns()
func (_WithdrawalQueue *WithdrawalQueueSession) Approve(to common.Address, tokenId *big.Int) (*types.Transaction, error) {
	return _WithdrawalQueue.Contract.Approve(&_WithdrawalQueue.TransactOpts, to, tokenId)
}

// Approve is a paid mutator transaction binding the contract method 0x095ea7b3.
//
// Solidity: function approve(address to, uint256 tokenId) returns()
func (_WithdrawalQueue *WithdrawalQueueTransactorSession) Approve(to common.Address, tokenId *big.Int) (*types.Transaction, error) {
	return _WithdrawalQueue.Contract.Approve(&_WithdrawalQueue.TransactOpts, to, tokenId)
}

// ClaimWithdrawal is a paid mutator transaction binding the contract method 0xf8444436.
//
// Solidity: function claimWithdrawal(uint256 requestId) returns()
func (_WithdrawalQueue *WithdrawalQueueTransactor) ClaimWithdrawal(opts *bind.TransactOpts, requestId *big.Int) (*types.Transaction, error) {
	return _WithdrawalQueue.contract.Transact(opts, "claimWithdrawal", requestId)
}

// ClaimWithdrawal is a paid mutator transaction binding the contract method 0xf8444436.
//
// Solidity: function claimWithdrawal(uint256 requestId) returns()
func (_WithdrawalQueue *WithdrawalQueueSession) ClaimWithdrawal(requestId *big.Int) (*types.Transaction, error) {
	return _WithdrawalQueue.Contract.ClaimWithdrawal(&_WithdrawalQueue.TransactOpts, requestId)
}

// ClaimWithdrawal is a paid mutator transaction binding the contract method 0xf8444436.
//
// Solidity: function claimWithdrawal(uint256 requestId) returns()
func (_WithdrawalQueue *WithdrawalQueueTransactorSession) ClaimWithdrawal(requestId *big.Int) (*types.Transaction, error) {
	return _WithdrawalQueue.Contract.ClaimWithdrawal(&_WithdrawalQueue.TransactOpts, requestId)
}

// ClaimWithdrawals is a paid mutator transaction binding the contract method 0xe3afe0a3.
//
// Solidity: function claimWithdrawals(uint256[] requestIds, uint256[] hints) returns()
func (_WithdrawalQueue *WithdrawalQueueTransactor) ClaimWithdrawals(opts *bind.TransactOpts, requestIds []*big.Int, hints []*big.Int) (*types.Transaction, error) {
	return _WithdrawalQueue.contract.Transact(opts, "claimWithdrawals", requestIds, hints)
}

// ClaimWithdrawals is a paid mutator transaction binding the contract method 0xe3afe0a3.
//
// Solidity: function claimWithdrawals(uint256[] requestIds, uint256[] hints) returns()
func (_WithdrawalQueue *WithdrawalQueueSession) ClaimWithdrawals(requestIds []*big.Int, hints []*big.Int) (*types.Transaction, error) {
	return _WithdrawalQueue.Contract.ClaimWithdrawals(&_WithdrawalQueue.TransactOpts, requestIds, hints)
}

// ClaimWithdrawals is a paid mutator transaction binding the contract method 0xe3afe0a3.
//
// Solidity: function claimWithdrawals(uint256[] requestIds, uint256[] hints) returns()
func (_WithdrawalQueue *WithdrawalQueueTransactorSession) ClaimWithdrawals(requestIds []*big.Int, hints []*big.Int) (*types.Transaction, error) {
	return _WithdrawalQueue.Contract.ClaimWithdrawals(&_WithdrawalQueue.TransactOpts, requestIds, hints)
}

// ClaimWithdrawalsTo is a paid mutator transaction binding the contract method 0x5e7eead9.
//
// Solidity: function claimWithdrawalsTo(uint256[] requestIds, uint256[] hints, address recipient) returns()
func (_WithdrawalQueue *WithdrawalQueueTransactor) ClaimWithdrawalsTo(opts *bind.TransactOpts, requestIds []*big.Int, hints []*big.Int, recipient common.Address) (*types.Transaction, error) {
	return _WithdrawalQueue.contract.Transact(opts, "claimWithdrawalsTo", requestIds, hints, recipient)
}

// ClaimWithdrawalsTo is a paid mutator transaction binding the contract method 0x5e7eead9.
//
// Solidity: function claimWithdrawalsTo(uint256[] requestIds, uint256[] hints, address recipient) returns()
func (_WithdrawalQueue *WithdrawalQueueSession) ClaimWithdrawalsTo(requestIds []*big.Int, hints []*big.Int, recipient common.Address) (*types.Transaction, error) {
	return _WithdrawalQueue.Contract.ClaimWithdrawalsTo(&_WithdrawalQueue.TransactOpts, requestIds, hints, recipient)
}

// ClaimWithdrawalsTo is a paid mutator transaction binding the contract method 0x5e7eead9.
//
// Solidity: function claimWithdrawalsTo(uint256[] requestIds, uint256[] hints, address recipient) returns()
func (_WithdrawalQueue *WithdrawalQueueTransactorSession) ClaimWithdrawalsTo(requestIds []*big.Int, hints []*big.Int, recipient common.Address) (*types.Transaction, error) {
	return _WithdrawalQueue.Contract.ClaimWithdrawalsTo(&_WithdrawalQueue.TransactOpts, requestIds, hints, recipient)
}

// Finalize is a paid mutator transaction binding the contract method 0x52abcbcf.
//
// Solidity: function finalize(uint256 lastId, uint256 pooled, uint256 shares, uint256 sharesBurnt) payable returns()
func (_WithdrawalQueue *WithdrawalQueueTransactor) Finalize(opts *bind.TransactOpts, lastId *big.Int, pooled *big.Int, shares *big.Int, sharesBurnt *big.Int) (*types.Transaction, error) {
	return _WithdrawalQueue.contract.Transact(opts, "finalize", lastId, pooled, shares, sharesBurnt)
}

// Finalize is a paid mutator transaction binding the contract method 0x52abcbcf.
//
// Solidity: function finalize(uint256 lastId, uint256 pooled, uint256 shares, uint256 sharesBurnt) payable returns()
func (_WithdrawalQueue *WithdrawalQueueSession) Finalize(lastId *big.Int, pooled *big.Int, shares *big.Int, sharesBurnt *big.Int) (*types.Transaction, error) {
	return _WithdrawalQueue.Contract.Finalize(&_WithdrawalQueue.TransactOpts, lastId, pooled, shares, sharesBurnt)
}

// Finalize is a paid mutator transaction binding the contract method 0x52abcbcf.
//
// Solidity: function finalize(uint256 lastId, uint256 pooled, uint256 shares, uint256 sharesBurnt) payable returns()
func (_WithdrawalQueue *WithdrawalQueueTransactorSession) Finalize(lastId *big.Int, pooled *big.Int, shares *big.Int, sharesBurnt *big.Int) (*types.Transaction, error) {
	return _WithdrawalQueue.Contract.Finalize(&_WithdrawalQueue.TransactOpts, lastId, pooled, shares, sharesBurnt)
}

// RequestWithdrawals is a paid mutator transaction binding the contract method 0xd6681042.
//
// Solidity: function requestWithdrawals(uint256[] amounts, address owner) returns(uint256[] requestIds)
func (_WithdrawalQueue *WithdrawalQueueTransactor) RequestWithdrawals(opts *bind.TransactOpts, amounts []*big.Int, owner common.Address) (*types.Transaction, error) {
	return _WithdrawalQueue.contract.Transact(opts, "requestWithdrawals", amounts, owner)
}

// RequestWithdrawals is a paid mutator transaction binding the contract method 0xd6681042.
//
// Solidity: function requestWithdrawals(uint256[] amounts, address owner) returns(uint256[] requestIds)
func (_WithdrawalQueue *WithdrawalQueueSession) RequestWithdrawals(amounts []*big.Int, owner common.Address) (*types.Transaction, error) {
	return _WithdrawalQueue.Contract.RequestWithdrawals(&_WithdrawalQueue.TransactOpts, amounts, owner)
}

// RequestWithdrawals is a paid mutator transaction binding the contract method 0xd6681042.
//
// Solidity: function requestWithdrawals(uint256[] amounts, address owner) returns(uint256[] requestIds)
func (_WithdrawalQueue *WithdrawalQueueTransactorSession) RequestWithdrawals(amounts []*big.Int, owner common.Address) (*types.Transaction, error) {
	return _WithdrawalQueue.Contract.RequestWithdrawals(&_WithdrawalQueue.TransactOpts, amounts, owner)
}

// SafeTransferFrom is a paid mutator transaction binding the contract method 0x42842e0e.
//
// Solidity: function safeTransferFrom(address from, address to, uint256 tokenId) returns()
func (_WithdrawalQueue *WithdrawalQueueTransactor) SafeTransferFrom(opts *bind.TransactOpts, from common.Address, to common.Address, tokenId *big.Int) (*types.Transaction, error) {
	return _WithdrawalQueue.contract.Transact(opts, "safeTransferFrom", from, to, tokenId)
}

// SafeTransferFrom is a paid mutator transaction binding the contract method 0x42842e0e.
//
// Solidity: function safeTransferFrom(address from, address to, uint256 tokenId) returns()
func (_WithdrawalQueue *WithdrawalQueueSession) SafeTransferFrom(from common.Address, to common.Address, tokenId *big.Int) (*types.Transaction, error) {
	return _WithdrawalQueue.Contract.SafeTransferFrom(&_WithdrawalQueue.TransactOpts, from, to, tokenId)
}

// SafeTransferFrom is a paid mutator transaction binding the contract method 0x42842e0e.
//
// Solidity: function safeTransferFrom(address from, address to, uint256 tokenId) returns()
func (_WithdrawalQueue *WithdrawalQueueTransactorSession) SafeTransferFrom(from common.Address, to common.Address, tokenId *big.Int) (*types.Transaction, error) {
	return _WithdrawalQueue.Contract.SafeTransferFrom(&_WithdrawalQueue.TransactOpts, from, to, tokenId)
}

// SafeTransferFrom0 is a paid mutator transaction binding the contract method 0xb88d4fde.
//
// Solidity: function safeTransferFrom(address from, address to, uint256 tokenId, bytes data) returns()
func (_WithdrawalQueue *WithdrawalQueueTransactor) SafeTransferFrom0(opts *bind.TransactOpts, from common.Address, to common.Address, tokenId *big.Int, data []byte) (*types.Transaction, error) {
	return _WithdrawalQueue.contract.Transact(opts, "safeTransferFrom0", from, to, tokenId, data)
}

// SafeTransferFrom0 is a paid mutator transaction binding the contract method 0xb88d4fde.
//
// Solidity: function safeTransferFrom(address from, address to, uint256 tokenId, bytes data) returns()
func (_WithdrawalQueue *WithdrawalQueueSession) SafeTransferFrom0(from common.Address, to common.Address, tokenId *big.Int, data []byte) (*types.Transaction, error) {
	return _WithdrawalQueue.Contract.SafeTransferFrom0(&_WithdrawalQueue.TransactOpts, from, to, tokenId, data)
}

// SafeTransferFrom0 is a paid mutator transaction binding the contract method 0xb88d4fde.
//
// Solidity: function safeTransferFrom(address from, address to, uint256 tokenId, bytes data) returns()
func (_WithdrawalQueue *WithdrawalQueueTransactorSession) SafeTransferFrom0(from common.Address, to common.Address, tokenId *big.Int, data []byte) (*types.Transaction, error) {
	return _WithdrawalQueue.Contract.SafeTransferFrom0(&_WithdrawalQueue.TransactOpts, from, to, tokenId, data)
}

// SetApprovalForAll is a paid mutator transaction binding the contract method 0xa22cb465.
//
// Solidity: function setApprovalForAll(address operator, bool approved) returns()
func (_WithdrawalQueue *WithdrawalQueueTransactor) SetApprovalForAll(opts *bind.TransactOpts, operator common.Address, approved bool) (*types.Transaction, error) {
	return _WithdrawalQueue.contract.Transact(opts, "setApprovalForAll", operator, approved)
}

// SetApprovalForAll is a paid mutator transaction binding the contract method 0xa22cb465.
//
// Solidity: function setApprovalForAll(address operator, bool approved) returns()
func (_WithdrawalQueue *WithdrawalQueueSession) SetApprovalForAll(operator common.Address, approved bool) (*types.Transaction, error) {
	return _WithdrawalQueue.Contract.SetApprovalForAll(&_WithdrawalQueue.TransactOpts, operator, approved)
}

// SetApprovalForAll is a paid mutator transaction binding the contract method 0xa22cb465.
//
// Solidity: function setApprovalForAll(address operator, bool approved) returns()
func (_WithdrawalQueue *WithdrawalQueueTransactorSession) SetApprovalForAll(operator common.Address, approved bool) (*types.Transaction, error) {
	return _WithdrawalQueue.Contract.SetApprovalForAll(&_WithdrawalQueue.TransactOpts, operator, approved)
}

// SetWithdrawalBounds is a paid mutator transaction binding the contract method 0x67eb93e3.
//
// Solidity: function setWithdrawalBounds(uint256 lo, uint256 hi) returns()
func (_WithdrawalQueue *WithdrawalQueueTransactor) SetWithdrawalBounds(opts *bind.TransactOpts, lo *big.Int, hi *big.Int) (*types.Transaction, error) {
	return _WithdrawalQueue.contract.Transact(opts, "setWithdrawalBounds", lo, hi)
}

// SetWithdrawalBounds is a paid mutator transaction binding the contract method 0x67eb93e3.
//
// Solidity: function setWithdrawalBounds(uint256 lo, uint256 hi) returns()
func (_WithdrawalQueue *WithdrawalQueueSession) SetWithdrawalBounds(lo *big.Int, hi *big.Int) (*types.Transaction, error) {
	return _WithdrawalQueue.Contract.SetWithdrawalBounds(&_WithdrawalQueue.TransactOpts, lo, hi)
}

// SetWithdrawalBounds is a paid mutator transaction binding the contract method 0x67eb93e3.
//
// Solidity: function setWithdrawalBounds(uint256 lo, uint256 hi) returns()
func (_WithdrawalQueue *WithdrawalQueueTransactorSession) SetWithdrawalBounds(lo *big.Int, hi *big.Int) (*types.Transaction, error) {
	return _WithdrawalQueue.Contract.SetWithdrawalBounds(&_WithdrawalQueue.TransactOpts, lo, hi)
}

// TransferFrom is a paid mutator transaction binding the contract method 0x23b872dd.
//
// Solidity: function transferFrom(address from, address to, uint256 tokenId) returns()
func (_WithdrawalQueue *WithdrawalQueueTransactor) TransferFrom(opts *bind.TransactOpts, from common.Address, to common.Address, tokenId *big.Int) (*types.Transaction, error) {
	return _WithdrawalQueue.contract.Transact(opts, "transferFrom", from, to, tokenId)
}

// TransferFrom is a paid mutator transaction binding the contract method 0x23b872dd.
//
// Solidity: function transferFrom(address from, address to, uint256 tokenId) returns()
func (_WithdrawalQueue *WithdrawalQueueSession) TransferFrom(from common.Address, to common.Address, tokenId *big.Int) (*types.Transaction, error) {
	return _WithdrawalQueue.Contract.TransferFrom(&_WithdrawalQueue.TransactOpts, from, to, tokenId)
}

// TransferFrom is a paid mutator transaction binding the contract method 0x23b872dd.
//
// Solidity: function transferFrom(address from, address to, uint256 tokenId) returns()
func (_WithdrawalQueue *WithdrawalQueueTransactorSession) TransferFrom(from common.Address, to common.Address, tokenId *big.Int) (*types.Transaction, error) {
	return _WithdrawalQueue.Contract.TransferFrom(&_WithdrawalQueue.TransactOpts, from, to, tokenId)
}

// WithdrawalQueueApprovalIterator is returned from FilterApproval and is used to iterate over the raw logs and unpacked data for Approval events raised by the WithdrawalQueue contract.
type WithdrawalQueueApprovalIterator struct {
	Event *WithdrawalQueueApproval // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *WithdrawalQueueApprovalIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(WithdrawalQueueApproval)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(WithdrawalQueueApproval)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *WithdrawalQueueApprovalIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *WithdrawalQueueApprovalIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// WithdrawalQueueApproval represents a Approval event raised by the WithdrawalQueue contract.
type WithdrawalQueueApproval struct {
	Owner    common.Address
	Approved common.Address
	TokenId  *big.Int
	Raw      types.Log // Blockchain specific contextual infos
}

// FilterApproval is a free log retrieval operation binding the contract event 0x8c5be1e5ebec7d5bd14f71427d1e84f3dd0314c0f7b2291e5b200ac8c7c3b925.
//
// Solidity: event Approval(address indexed owner, address indexed approved, uint256 indexed tokenId)
func (_WithdrawalQueue *WithdrawalQueueFilterer) FilterApproval(opts *bind.FilterOpts, owner []common.Address, approved []common.Address, tokenId []*big.Int) (*WithdrawalQueueApprovalIterator, error) {

	var ownerRule []interface{}
	for _, ownerItem := range owner {
		ownerRule = append(ownerRule, ownerItem)
	}
	var approvedRule []interface{}
	for _, approvedItem := range approved {
		approvedRule = append(approvedRule, approvedItem)
	}
	var tokenIdRule []interface{}
	for _, tokenIdItem := range tokenId {
		tokenIdRule = append(tokenIdRule, tokenIdItem)
	}

	logs, sub, err := _WithdrawalQueue.contract.FilterLogs(opts, "Approval", ownerRule, approvedRule, tokenIdRule)
	if err != nil {
		return nil, err
	}
	return &WithdrawalQueueApprovalIterator{contract: _WithdrawalQueue.contract, event: "Approval", logs: logs, sub: sub}, nil
}

// WatchApproval is a free log subscription operation binding the contract event 0x8c5be1e5ebec7d5bd14f71427d1e84f3dd0314c0f7b2291e5b200ac8c7c3b925.
//
// Solidity: event Approval(address indexed owner, address indexed approved, uint256 indexed tokenId)
func (_WithdrawalQueue *WithdrawalQueueFilterer) WatchApproval(opts *bind.WatchOpts, sink chan<- *WithdrawalQueueApproval, owner []common.Address, approved []common.Address, tokenId []*big.Int) (event.Subscription, error) {

	var ownerRule []interface{}
	for _, ownerItem := range owner {
		ownerRule = append(ownerRule, ownerItem)
	}
	var approvedRule []interface{}
	for _, approvedItem := range approved {
		approvedRule = append(approvedRule, approvedItem)
	}
	var tokenIdRule []interface{}
	for _, tokenIdItem := range tokenId {
		tokenIdRule = append(tokenIdRule, tokenIdItem)
	}

	logs, sub, err := _WithdrawalQueue.contract.WatchLogs(opts, "Approval", ownerRule, approvedRule, tokenIdRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(WithdrawalQueueApproval)
				if err := _WithdrawalQueue.contract.UnpackLog(event, "Approval", log); err != nil {
					// If the signature doesn't match, skip this log.
					if errors.Is(err, bind.ErrEventSignatureMismatch) {
						continue
					}
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseApproval is a log parse operation binding the contract event 0x8c5be1e5ebec7d5bd14f71427d1e84f3dd0314c0f7b2291e5b200ac8c7c3b925.
//
// Solidity: event Approval(address indexed owner, address indexed approved, uint256 indexed tokenId)
func (_WithdrawalQueue *WithdrawalQueueFilterer) ParseApproval(log types.Log) (*WithdrawalQueueApproval, error) {
	event := new(WithdrawalQueueApproval)
	if err := _WithdrawalQueue.contract.UnpackLog(event, "Approval", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// WithdrawalQueueApprovalForAllIterator is returned from FilterApprovalForAll and is used to iterate over the raw logs and unpacked data for ApprovalForAll events raised by the WithdrawalQueue contract.
type WithdrawalQueueApprovalForAllIterator struct {
	Event *WithdrawalQueueApprovalForAll // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *WithdrawalQueueApprovalForAllIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(WithdrawalQueueApprovalForAll)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(WithdrawalQueueApprovalForAll)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *WithdrawalQueueApprovalForAllIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *WithdrawalQueueApprovalForAllIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// WithdrawalQueueApprovalForAll represents a ApprovalForAll event raised by the WithdrawalQueue contract.
type WithdrawalQueueApprovalForAll struct {
	Owner    common.Address
	Operator common.Address
	Approved bool
	Raw      types.Log // Blockchain specific contextual infos
}

// FilterApprovalForAll is a free log retrieval operation binding the contract event 0x17307eab39ab6107e8899845ad3d59bd9653f200f220920489ca2b5937696c31.
//
// Solidity: event ApprovalForAll(address indexed owner, address indexed operator, bool approved)
func (_WithdrawalQueue *WithdrawalQueueFilterer) FilterApprovalForAll(opts *bind.FilterOpts, owner []common.Address, operator []common.Address) (*WithdrawalQueueApprovalForAllIterator, error) {

	var ownerRule []interface{}
	for _, ownerItem := range owner {
		ownerRule = append(ownerRule, ownerItem)
	}
	var operatorRule []interface{}
	for _, operatorItem := range operator {
		operatorRule = append(operatorRule, operatorItem)
	}

	logs, sub, err := _WithdrawalQueue.contract.FilterLogs(opts, "ApprovalForAll", ownerRule, operatorRule)
	if err != nil {
		return nil, err
	}
	return &WithdrawalQueueApprovalForAllIterator{contract: _WithdrawalQueue.contract, event: "ApprovalForAll", logs: logs, sub: sub}, nil
}

// WatchApprovalForAll is a free log subscription operation binding the contract event 0x17307eab39ab6107e8899845ad3d59bd9653f200f220920489ca2b5937696c31.
//
// Solidity: event ApprovalForAll(address indexed owner, address indexed operator, bool approved)
func (_WithdrawalQueue *WithdrawalQueueFilterer) WatchApprovalForAll(opts *bind.WatchOpts, sink chan<- *WithdrawalQueueApprovalForAll, owner []common.Address, operator []common.Address) (event.Subscription, error) {

	var ownerRule []interface{}
	for _, ownerItem := range owner {
		ownerRule = append(ownerRule, ownerItem)
	}
	var operatorRule []interface{}
	for _, operatorItem := range operator {
		operatorRule = append(operatorRule, operatorItem)
	}

	logs, sub, err := _WithdrawalQueue.contract.WatchLogs(opts, "ApprovalForAll", ownerRule, operatorRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(WithdrawalQueueApprovalForAll)
				if err := _WithdrawalQueue.contract.UnpackLog(event, "ApprovalForAll", log); err != nil {
					// If the signature doesn't match, skip this log.
					if errors.Is(err, bind.ErrEventSignatureMismatch) {
						continue
					}
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseApprovalForAll is a log parse operation binding the contract event 0x17307eab39ab6107e8899845ad3d59bd9653f200f220920489ca2b5937696c31.
//
// Solidity: event ApprovalForAll(address indexed owner, address indexed operator, bool approved)
func (_WithdrawalQueue *WithdrawalQueueFilterer) ParseApprovalForAll(log types.Log) (*WithdrawalQueueApprovalForAll, error) {
	event := new(WithdrawalQueueApprovalForAll)
	if err := _WithdrawalQueue.contract.UnpackLog(event, "ApprovalForAll", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// WithdrawalQueueTransferIterator is returned from FilterTransfer and is used to iterate over the raw logs and unpacked data for Transfer events raised by the WithdrawalQueue contract.
type WithdrawalQueueTransferIterator struct {
	Event *WithdrawalQueueTransfer // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *WithdrawalQueueTransferIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(WithdrawalQueueTransfer)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(WithdrawalQueueTransfer)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *WithdrawalQueueTransferIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *WithdrawalQueueTransferIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// WithdrawalQueueTransfer represents a Transfer event raised by the WithdrawalQueue contract.
type WithdrawalQueueTransfer struct {
	From    common.Address
	To      common.Address
	TokenId *big.Int
	Raw     types.Log // Blockchain specific contextual infos
}

// FilterTransfer is a free log retrieval operation binding the contract event 0xddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef.
//
// Solidity: event Transfer(address indexed from, address indexed to, uint256 indexed tokenId)
func (_WithdrawalQueue *WithdrawalQueueFilterer) FilterTransfer(opts *bind.FilterOpts, from []common.Address, to []common.Address, tokenId []*big.Int) (*WithdrawalQueueTransferIterator, error) {

	var fromRule []interface{}
	for _, fromItem := range from {
		fromRule = append(fromRule, fromItem)
	}
	var toRule []interface{}
	for _, toItem := range to {
		toRule = append(toRule, toItem)
	}
	var tokenIdRule []interface{}
	for _, tokenIdItem := range tokenId {
		tokenIdRule = append(tokenIdRule, tokenIdItem)
	}

	logs, sub, err := _WithdrawalQueue.contract.FilterLogs(opts, "Transfer", fromRule, toRule, tokenIdRule)
	if err != nil {
		return nil, err
	}
	return &WithdrawalQueueTransferIterator{contract: _WithdrawalQueue.contract, event: "Transfer", logs: logs, sub: sub}, nil
}

// WatchTransfer is a free log subscription operation binding the contract event 0xddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef.
//
// Solidity: event Transfer(address indexed from, address indexed to, uint256 indexed tokenId)
func (_WithdrawalQueue *WithdrawalQueueFilterer) WatchTransfer(opts *bind.WatchOpts, sink chan<- *WithdrawalQueueTransfer, from []common.Address, to []common.Address, tokenId []*big.Int) (event.Subscription, error) {

	var fromRule []interface{}
	for _, fromItem := range from {
		fromRule = append(fromRule, fromItem)
	}
	var toRule []interface{}
	for _, toItem := range to {
		toRule = append(toRule, toItem)
	}
	var tokenIdRule []interface{}
	for _, tokenIdItem := range tokenId {
		tokenIdRule = append(tokenIdRule, tokenIdItem)
	}

	logs, sub, err := _WithdrawalQueue.contract.WatchLogs(opts, "Transfer", fromRule, toRule, tokenIdRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(WithdrawalQueueTransfer)
				if err := _WithdrawalQueue.contract.UnpackLog(event, "Transfer", log); err != nil {
					// If the signature doesn't match, skip this log.
					if errors.Is(err, bind.ErrEventSignatureMismatch) {
						continue
					}
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseTransfer is a log parse operation binding the contract event 0xddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef.
//
// Solidity: event Transfer(address indexed from, address indexed to, uint256 indexed tokenId)
func (_WithdrawalQueue *WithdrawalQueueFilterer) ParseTransfer(log types.Log) (*WithdrawalQueueTransfer, error) {
	event := new(WithdrawalQueueTransfer)
	if err := _WithdrawalQueue.contract.UnpackLog(event, "Transfer", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// WithdrawalQueueWithdrawalBoundsSetIterator is returned from FilterWithdrawalBoundsSet and is used to iterate over the raw logs and unpacked data for WithdrawalBoundsSet events raised by the WithdrawalQueue contract.
type WithdrawalQueueWithdrawalBoundsSetIterator struct {
	Event *WithdrawalQueueWithdrawalBoundsSet // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *WithdrawalQueueWithdrawalBoundsSetIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(WithdrawalQueueWithdrawalBoundsSet)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(WithdrawalQueueWithdrawalBoundsSet)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *WithdrawalQueueWithdrawalBoundsSetIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *WithdrawalQueueWithdrawalBoundsSetIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// WithdrawalQueueWithdrawalBoundsSet represents a WithdrawalBoundsSet event raised by the WithdrawalQueue contract.
type WithdrawalQueueWithdrawalBoundsSet struct {
	MinWithdrawal *big.Int
	MaxWithdrawal *big.Int
	Raw           types.Log // Blockchain specific contextual infos
}

// FilterWithdrawalBoundsSet is a free log retrieval operation binding the contract event 0x66ced71a61989ce7ce4d8279d3c7c293c14581484a540a6ffc521fb39a814c94.
//
// Solidity: event WithdrawalBoundsSet(uint256 minWithdrawal, uint256 maxWithdrawal)
func (_WithdrawalQueue *WithdrawalQueueFilterer) FilterWithdrawalBoundsSet(opts *bind.FilterOpts) (*WithdrawalQueueWithdrawalBoundsSetIterator, error) {

	logs, sub, err := _WithdrawalQueue.contract.FilterLogs(opts, "WithdrawalBoundsSet")
	if err != nil {
		return nil, err
	}
	return &WithdrawalQueueWithdrawalBoundsSetIterator{contract: _WithdrawalQueue.contract, event: "WithdrawalBoundsSet", logs: logs, sub: sub}, nil
}

// WatchWithdrawalBoundsSet is a free log subscription operation binding the contract event 0x66ced71a61989ce7ce4d8279d3c7c293c14581484a540a6ffc521fb39a814c94.
//
// Solidity: event WithdrawalBoundsSet(uint256 minWithdrawal, uint256 maxWithdrawal)
func (_WithdrawalQueue *WithdrawalQueueFilterer) WatchWithdrawalBoundsSet(opts *bind.WatchOpts, sink chan<- *WithdrawalQueueWithdrawalBoundsSet) (event.Subscription, error) {

	logs, sub, err := _WithdrawalQueue.contract.WatchLogs(opts, "WithdrawalBoundsSet")
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(WithdrawalQueueWithdrawalBoundsSet)
				if err := _WithdrawalQueue.contract.UnpackLog(event, "WithdrawalBoundsSet", log); err != nil {
					// If the signature doesn't match, skip this log.
					if errors.Is(err, bind.ErrEventSignatureMismatch) {
						continue
					}
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseWithdrawalBoundsSet is a log parse operation binding the contract event 0x66ced71a61989ce7ce4d8279d3c7c293c14581484a540a6ffc521fb39a814c94.
//
// Solidity: event WithdrawalBoundsSet(uint256 minWithdrawal, uint256 maxWithdrawal)
func (_WithdrawalQueue *WithdrawalQueueFilterer) ParseWithdrawalBoundsSet(log types.Log) (*WithdrawalQueueWithdrawalBoundsSet, error) {
	event := new(WithdrawalQueueWithdrawalBoundsSet)
	if err := _WithdrawalQueue.contract.UnpackLog(event, "WithdrawalBoundsSet", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// WithdrawalQueueWithdrawalClaimedIterator is returned from FilterWithdrawalClaimed and is used to iterate over the raw logs and unpacked data for WithdrawalClaimed events raised by the WithdrawalQueue contract.
type WithdrawalQueueWithdrawalClaimedIterator struct {
	Event *WithdrawalQueueWithdrawalClaimed // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *WithdrawalQueueWithdrawalClaimedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(WithdrawalQueueWithdrawalClaimed)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(WithdrawalQueueWithdrawalClaimed)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *WithdrawalQueueWithdrawalClaimedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *WithdrawalQueueWithdrawalClaimedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// WithdrawalQueueWithdrawalClaimed represents a WithdrawalClaimed event raised by the WithdrawalQueue contract.
type WithdrawalQueueWithdrawalClaimed struct {
	RequestId   *big.Int
	Owner       common.Address
	Receiver    common.Address
	AmountOfETH *big.Int
	Raw         types.Log // Blockchain specific contextual infos
}

// FilterWithdrawalClaimed is a free log retrieval operation binding the contract event 0x6ad26c5e238e7d002799f9a5db07e81ef14e37386ae03496d7a7ef04713e145b.
//
// Solidity: event WithdrawalClaimed(uint256 indexed requestId, address indexed owner, address indexed receiver, uint256 amountOfETH)
func (_WithdrawalQueue *WithdrawalQueueFilterer) FilterWithdrawalClaimed(opts *bind.FilterOpts, requestId []*big.Int, owner []common.Address, receiver []common.Address) (*WithdrawalQueueWithdrawalClaimedIterator, error) {

	var requestIdRule []interface{}
	for _, requestIdItem := range requestId {
		requestIdRule = append(requestIdRule, requestIdItem)
	}
	var ownerRule []interface{}
	for _, ownerItem := range owner {
		ownerRule = append(ownerRule, ownerItem)
	}
	var receiverRule []interface{}
	for _, receiverItem := range receiver {
		receiverRule = append(receiverRule, receiverItem)
	}

	logs, sub, err := _WithdrawalQueue.contract.FilterLogs(opts, "WithdrawalClaimed", requestIdRule, ownerRule, receiverRule)
	if err != nil {
		return nil, err
	}
	return &WithdrawalQueueWithdrawalClaimedIterator{contract: _WithdrawalQueue.contract, event: "WithdrawalClaimed", logs: logs, sub: sub}, nil
}

// WatchWithdrawalClaimed is a free log subscription operation binding the contract event 0x6ad26c5e238e7d002799f9a5db07e81ef14e37386ae03496d7a7ef04713e145b.
//
// Solidity: event WithdrawalClaimed(uint256 indexed requestId, address indexed owner, address indexed receiver, uint256 amountOfETH)
func (_WithdrawalQueue *WithdrawalQueueFilterer) WatchWithdrawalClaimed(opts *bind.WatchOpts, sink chan<- *WithdrawalQueueWithdrawalClaimed, requestId []*big.Int, owner []common.Address, receiver []common.Address) (event.Subscription, error) {

	var requestIdRule []interface{}
	for _, requestIdItem := range requestId {
		requestIdRule = append(requestIdRule, requestIdItem)
	}
	var ownerRule []interface{}
	for _, ownerItem := range owner {
		ownerRule = append(ownerRule, ownerItem)
	}
	var receiverRule []interface{}
	for _, receiverItem := range receiver {
		receiverRule = append(receiverRule, receiverItem)
	}

	logs, sub, err := _WithdrawalQueue.contract.WatchLogs(opts, "WithdrawalClaimed", requestIdRule, ownerRule, receiverRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(WithdrawalQueueWithdrawalClaimed)
				if err := _WithdrawalQueue.contract.UnpackLog(event, "WithdrawalClaimed", log); err != nil {
					// If the signature doesn't match, skip this log.
					if errors.Is(err, bind.ErrEventSignatureMismatch) {
						continue
					}
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseWithdrawalClaimed is a log parse operation binding the contract event 0x6ad26c5e238e7d002799f9a5db07e81ef14e37386ae03496d7a7ef04713e145b.
//
// Solidity: event WithdrawalClaimed(uint256 indexed requestId, address indexed owner, address indexed receiver, uint256 amountOfETH)
func (_WithdrawalQueue *WithdrawalQueueFilterer) ParseWithdrawalClaimed(log types.Log) (*WithdrawalQueueWithdrawalClaimed, error) {
	event := new(WithdrawalQueueWithdrawalClaimed)
	if err := _WithdrawalQueue.contract.UnpackLog(event, "WithdrawalClaimed", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// WithdrawalQueueWithdrawalRequestedIterator is returned from FilterWithdrawalRequested and is used to iterate over the raw logs and unpacked data for WithdrawalRequested events raised by the WithdrawalQueue contract.
type WithdrawalQueueWithdrawalRequestedIterator struct {
	Event *WithdrawalQueueWithdrawalRequested // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *WithdrawalQueueWithdrawalRequestedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(WithdrawalQueueWithdrawalRequested)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(WithdrawalQueueWithdrawalRequested)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *WithdrawalQueueWithdrawalRequestedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *WithdrawalQueueWithdrawalRequestedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// WithdrawalQueueWithdrawalRequested represents a WithdrawalRequested event raised by the WithdrawalQueue contract.
type WithdrawalQueueWithdrawalRequested struct {
	RequestId      *big.Int
	Requestor      common.Address
	Owner          common.Address
	AmountOfStETH  *big.Int
	AmountOfShares *big.Int
	Raw            types.Log // Blockchain specific contextual infos
}

// FilterWithdrawalRequested is a free log retrieval operation binding the contract event 0xf0cb471f23fb74ea44b8252eb1881a2dca546288d9f6e90d1a0e82fe0ed342ab.
//
// Solidity: event WithdrawalRequested(uint256 indexed requestId, address indexed requestor, address indexed owner, uint256 amountOfStETH, uint256 amountOfShares)
func (_WithdrawalQueue *WithdrawalQueueFilterer) FilterWithdrawalRequested(opts *bind.FilterOpts, requestId []*big.Int, requestor []common.Address, owner []common.Address) (*WithdrawalQueueWithdrawalRequestedIterator, error) {

	var requestIdRule []interface{}
	for _, requestIdItem := range requestId {
		requestIdRule = append(requestIdRule, requestIdItem)
	}
	var requestorRule []interface{}
	for _, requestorItem := range requestor {
		requestorRule = append(requestorRule, requestorItem)
	}
	var ownerRule []interface{}
	for _, ownerItem := range owner {
		ownerRule = append(ownerRule, ownerItem)
	}

	logs, sub, err := _WithdrawalQueue.contract.FilterLogs(opts, "WithdrawalRequested", requestIdRule, requestorRule, ownerRule)
	if err != nil {
		return nil, err
	}
	return &WithdrawalQueueWithdrawalRequestedIterator{contract: _WithdrawalQueue.contract, event: "WithdrawalRequested", logs: logs, sub: sub}, nil
}

// WatchWithdrawalRequested is a free log subscription operation binding the contract event 0xf0cb471f23fb74ea44b8252eb1881a2dca546288d9f6e90d1a0e82fe0ed342ab.
//
// Solidity: event WithdrawalRequested(uint256 indexed requestId, address indexed requestor, address indexed owner, uint256 amountOfStETH, uint256 amountOfShares)
func (_WithdrawalQueue *WithdrawalQueueFilterer) WatchWithdrawalRequested(opts *bind.WatchOpts, sink chan<- *WithdrawalQueueWithdrawalRequested, requestId []*big.Int, requestor []common.Address, owner []common.Address) (event.Subscription, error) {

	var requestIdRule []interface{}
	for _, requestIdItem := range requestId {
		requestIdRule = append(requestIdRule, requestIdItem)
	}
	var requestorRule []interface{}
	for _, requestorItem := range requestor {
		requestorRule = append(requestorRule, requestorItem)
	}
	var ownerRule []interface{}
	for _, ownerItem := range owner {
		ownerRule = append(ownerRule, ownerItem)
	}

	logs, sub, err := _WithdrawalQueue.contract.WatchLogs(opts, "WithdrawalRequested", requestIdRule, requestorRule, ownerRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(WithdrawalQueueWithdrawalRequested)
				if err := _WithdrawalQueue.contract.UnpackLog(event, "WithdrawalRequested", log); err != nil {
					// If the signature doesn't match, skip this log.
					if errors.Is(err, bind.ErrEventSignatureMismatch) {
						continue
					}
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseWithdrawalRequested is a log parse operation binding the contract event 0xf0cb471f23fb74ea44b8252eb1881a2dca546288d9f6e90d1a0e82fe0ed342ab.
//
// Solidity: event WithdrawalRequested(uint256 indexed requestId, address indexed requestor, address indexed owner, uint256 amountOfStETH, uint256 amountOfShares)
func (_WithdrawalQueue *WithdrawalQueueFilterer) ParseWithdrawalRequested(log types.Log) (*WithdrawalQueueWithdrawalRequested, error) {
	event := new(WithdrawalQueueWithdrawalRequested)
	if err := _WithdrawalQueue.contract.UnpackLog(event, "WithdrawalRequested", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// WithdrawalQueueWithdrawalsFinalizedIterator is returned from FilterWithdrawalsFinalized and is used to iterate over the raw logs and unpacked data for WithdrawalsFinalized events raised by the WithdrawalQueue contract.
type WithdrawalQueueWithdrawalsFinalizedIterator struct {
	Event *WithdrawalQueueWithdrawalsFinalized // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *WithdrawalQueueWithdrawalsFinalizedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(WithdrawalQueueWithdrawalsFinalized)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(WithdrawalQueueWithdrawalsFinalized)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *WithdrawalQueueWithdrawalsFinalizedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *WithdrawalQueueWithdrawalsFinalizedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// WithdrawalQueueWithdrawalsFinalized represents a WithdrawalsFinalized event raised by the WithdrawalQueue contract.
type WithdrawalQueueWithdrawalsFinalized struct {
	From              *big.Int
	To                *big.Int
	AmountOfETHLocked *big.Int
	SharesToBurn      *big.Int
	Timestamp         *big.Int
	Raw               types.Log // Blockchain specific contextual infos
}

// FilterWithdrawalsFinalized is a free log retrieval operation binding the contract event 0x197874c72af6a06fb0aa4fab45fd39c7cb61ac0992159872dc3295207da7e9eb.
//
// Solidity: event WithdrawalsFinalized(uint256 indexed from, uint256 indexed to, uint256 amountOfETHLocked, uint256 sharesToBurn, uint256 timestamp)
func (_WithdrawalQueue *WithdrawalQueueFilterer) FilterWithdrawalsFinalized(opts *bind.FilterOpts, from []*big.Int, to []*big.Int) (*WithdrawalQueueWithdrawalsFinalizedIterator, error) {

	var fromRule []interface{}
	for _, fromItem := range from {
		fromRule = append(fromRule, fromItem)
	}
	var toRule []interface{}
	for _, toItem := range to {
		toRule = append(toRule, toItem)
	}

	logs, sub, err := _WithdrawalQueue.contract.FilterLogs(opts, "WithdrawalsFinalized", fromRule, toRule)
	if err != nil {
		return nil, err
	}
	return &WithdrawalQueueWithdrawalsFinalizedIterator{contract: _WithdrawalQueue.contract, event: "WithdrawalsFinalized", logs: logs, sub: sub}, nil
}

// WatchWithdrawalsFinalized is a free log subscription operation binding the contract event 0x197874c72af6a06fb0aa4fab45fd39c7cb61ac0992159872dc3295207da7e9eb.
//
// Solidity: event WithdrawalsFinalized(uint256 indexed from, uint256 indexed to, uint256 amountOfETHLocked, uint256 sharesToBurn, uint256 timestamp)
func (_WithdrawalQueue *WithdrawalQueueFilterer) WatchWithdrawalsFinalized(opts *bind.WatchOpts, sink chan<- *WithdrawalQueueWithdrawalsFinalized, from []*big.Int, to []*big.Int) (event.Subscription, error) {

	var fromRule []interface{}
	for _, fromItem := range from {
		fromRule = append(fromRule, fromItem)
	}
	var toRule []interface{}
	for _, toItem := range to {
		toRule = append(toRule, toItem)
	}

	logs, sub, err := _WithdrawalQueue.contract.WatchLogs(opts, "WithdrawalsFinalized", fromRule, toRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(WithdrawalQueueWithdrawalsFinalized)
				if err := _WithdrawalQueue.contract.UnpackLog(event, "WithdrawalsFinalized", log); err != nil {
					// If the signature doesn't match, skip this log.
					if errors.Is(err, bind.ErrEventSignatureMismatch) {
						continue
					}
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseWithdrawalsFinalized is a log parse operation binding the contract event 0x197874c72af6a06fb0aa4fab45fd39c7cb61ac0992159872dc3295207da7e9eb.
//
// Solidity: event WithdrawalsFinalized(uint256 indexed from, uint256 indexed to, uint256 amountOfETHLocked, uint256 sharesToBurn, uint256 timestamp)
func (_WithdrawalQueue *WithdrawalQueueFilterer) ParseWithdrawalsFinalized(log types.Log) (*WithdrawalQueueWithdrawalsFinalized, error) {
	event := new(WithdrawalQueueWithdrawalsFinalized)
	if err := _WithdrawalQueue.contract.UnpackLog(event, "WithdrawalsFinalized", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// WithdrawalVaultMetaData contains all meta data concerning the WithdrawalVault contract.
var WithdrawalVaultMetaData = &bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"address\",\"name\":\"pool_\",\"type\":\"address\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"NotAuthorized\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"WithdrawalsPulled\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"pool\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"withdrawWithdrawals\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"stateMutability\":\"payable\",\"type\":\"receive\"}]",
	Sigs: map[string]string{
		"pool()":                       "16f0115b",
		"withdrawWithdrawals(uint256)": "3194528a",
	},
	Bin: "0x60a034606c57601f6102be38819003918201601f19168301916001600160401b03831184841017607057808492602094604052833981010312606c57516001600160a01b0381168103606c5760805260405161023990816100858239608051818181608301526101df0152f35b5f80fd5b634e487b7160e01b5f52604160045260245ffdfe608080604052600436101561001c575b50361561001a575f80fd5b005b5f905f3560e01c90816316f0115b146101975750633194528a0361000f57346101675760207ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffc3601126101675760043573ffffffffffffffffffffffffffffffffffffffff7f00000000000000000000000000000000000000000000000000000000000000001680330361016b577f48675af53f4062a5071b3313b078ffe30a35f0e3ce91529717e03571d5e41c486020604051848152a1803b15610167575f906004604051809481937f3695bea40000000000000000000000000000000000000000000000000000000083525af1801561015c57610119575080f35b905067ffffffffffffffff811161012f57604052005b7f4e487b71000000000000000000000000000000000000000000000000000000005f52604160045260245ffd5b6040513d5f823e3d90fd5b5f80fd5b7f4a0bfec1000000000000000000000000000000000000000000000000000000005f523360045260245ffd5b34610167575f7ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffc3601126101675760209073ffffffffffffffffffffffffffffffffffffffff7f0000000000000000000000000000000000000000000000000000000000000000168152f3fea2646970667358221220d37914cf532a4733114db49f65e9e1daab75e39136c5903bad4781fb2e9ecc4164736f6c634300081e0033",
}

// WithdrawalVaultABI is the input ABI used to generate the binding from.
// Deprecated: Use WithdrawalVaultMetaData.ABI instead.
var WithdrawalVaultABI = WithdrawalVaultMetaData.ABI

// Deprecated: Use WithdrawalVaultMetaData.Sigs instead.
// WithdrawalVaultFuncSigs maps the 4-byte function signature to its string representation.
var WithdrawalVaultFuncSigs = WithdrawalVaultMetaData.Sigs

// WithdrawalVaultBin is the compiled bytecode used for deploying new contracts.
// Deprecated: Use WithdrawalVaultMetaData.Bin instead.
var WithdrawalVaultBin = WithdrawalVaultMetaData.Bin

// DeployWithdrawalVault deploys a new Ethereum contract, binding an instance of WithdrawalVault to it.
func DeployWithdrawalVault(auth *bind.TransactOpts, backend bind.ContractBackend, pool_ common.Address) (common.Address, *types.Transaction, *WithdrawalVault, error) {
	parsed, err := WithdrawalVaultMetaData.GetAbi()
	if err != nil {
		return common.Address{}, nil, nil, err
	}
	if parsed == nil {
		return common.Address{}, nil, nil, errors.New("GetABI returned nil")
	}

	address, tx, contract, err := bind.DeployContract(auth, *parsed, common.FromHex(WithdrawalVaultBin), backend, pool_)
	if err != nil {
		return common.Address{}, nil, nil, err
	}
	return address, tx, &WithdrawalVault{WithdrawalVaultCaller: WithdrawalVaultCaller{contract: contract}, WithdrawalVaultTransactor: WithdrawalVaultTransactor{contract: contract}, WithdrawalVaultFilterer: WithdrawalVaultFilterer{contract: contract}}, nil
}

// WithdrawalVault is an auto generated Go binding around an Ethereum contract.
type WithdrawalVault struct {
	WithdrawalVaultCaller     // Read-only binding to the contract
	WithdrawalVaultTransactor // Write-only binding to the contract
	WithdrawalVaultFilterer   // Log filterer for contract events
}

// WithdrawalVaultCaller is an auto generated read-only Go binding around an Ethereum contract.
type WithdrawalVaultCaller struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// WithdrawalVaultTransactor is an auto generated write-only Go binding around an Ethereum contract.
type WithdrawalVaultTransactor struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// WithdrawalVaultFilterer is an auto generated log filtering Go binding around an Ethereum contract events.
type WithdrawalVaultFilterer struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// WithdrawalVaultSession is an auto generated Go binding around an Ethereum contract,
// with pre-set call and transact options.
type WithdrawalVaultSession struct {
	Contract     *WithdrawalVault  // Generic contract binding to set the session for
	CallOpts     bind.CallOpts     // Call options to use throughout this session
	TransactOpts bind.TransactOpts // Transaction auth options to use throughout this session
}

// WithdrawalVaultCallerSession is an auto generated read-only Go binding around an Ethereum contract,
// with pre-set call options.
type WithdrawalVaultCallerSession struct {
	Contract *WithdrawalVaultCaller // Generic contract caller binding to set the session for
	CallOpts bind.CallOpts          // Call options to use throughout this session
}

// WithdrawalVaultTransactorSession is an auto generated write-only Go binding around an Ethereum contract,
// with pre-set transact options.
type WithdrawalVaultTransactorSession struct {
	Contract     *WithdrawalVaultTransactor // Generic contract transactor binding to set the session for
	TransactOpts bind.TransactOpts          // Transaction auth options to use throughout this session
}

// WithdrawalVaultRaw is an auto generated low-level Go binding around an Ethereum contract.
type WithdrawalVaultRaw struct {
	Contract *WithdrawalVault // Generic contract binding to access the raw methods on
}

// WithdrawalVaultCallerRaw is an auto generated low-level read-only Go binding around an Ethereum contract.
type WithdrawalVaultCallerRaw struct {
	Contract *WithdrawalVaultCaller // Generic read-only contract binding to access the raw methods on
}

// WithdrawalVaultTransactorRaw is an auto generated low-level write-only Go binding around an Ethereum contract.
type WithdrawalVaultTransactorRaw struct {
	Contract *WithdrawalVaultTransactor // Generic write-only contract binding to access the raw methods on
}

// NewWithdrawalVault creates a new instance of WithdrawalVault, bound to a specific deployed contract.
func NewWithdrawalVault(address common.Address, backend bind.ContractBackend) (*WithdrawalVault, error) {
	contract, err := bindWithdrawalVault(address, backend, backend, backend)
	if err != nil {
		return nil, err
	}
	return &WithdrawalVault{WithdrawalVaultCaller: WithdrawalVaultCaller{contract: contract}, WithdrawalVaultTransactor: WithdrawalVaultTransactor{contract: contract}, WithdrawalVaultFilterer: WithdrawalVaultFilterer{contract: contract}}, nil
}

// NewWithdrawalVaultCaller creates a new read-only instance of WithdrawalVault, bound to a specific deployed contract.
func NewWithdrawalVaultCaller(address common.Address, caller bind.ContractCaller) (*WithdrawalVaultCaller, error) {
	contract, err := bindWithdrawalVault(address, caller, nil, nil)
	if err != nil {
		return nil, err
	}
	return &WithdrawalVaultCaller{contract: contract}, nil
}

// NewWithdrawalVaultTransactor creates a new write-only instance of WithdrawalVault, bound to a specific deployed contract.
func NewWithdrawalVaultTransactor(address common.Address, transactor bind.ContractTransactor) (*WithdrawalVaultTransactor, error) {
	contract, err := bindWithdrawalVault(address, nil, transactor, nil)
	if err != nil {
		return nil, err
	}
	return &WithdrawalVaultTransactor{contract: contract}, nil
}

// NewWithdrawalVaultFilterer creates a new log filterer instance of WithdrawalVault, bound to a specific deployed contract.
func NewWithdrawalVaultFilterer(address common.Address, filterer bind.ContractFilterer) (*WithdrawalVaultFilterer, error) {
	contract, err := bindWithdrawalVault(address, nil, nil, filterer)
	if err != nil {
		return nil, err
	}
	return &WithdrawalVaultFilterer{contract: contract}, nil
}

// bindWithdrawalVault binds a generic wrapper to an already deployed contract.
func bindWithdrawalVault(address common.Address, caller bind.ContractCaller, transactor bind.ContractTransactor, filterer bind.ContractFilterer) (*bind.BoundContract, error) {
	parsed, err := WithdrawalVaultMetaData.GetAbi()
	if err != nil {
		return nil, err
	}
	return bind.NewBoundContract(address, *parsed, caller, transactor, filterer), nil
}

// Call invokes the (constant) contract method with params as input values and
// sets the output to result. The result type might be a single field for simple
// returns, a slice of interfaces for anonymous returns and a struct for named
// returns.
func (_WithdrawalVault *WithdrawalVaultRaw) Call(opts *bind.CallOpts, result *[]interface{}, method string, params ...interface{}) error {
	return _WithdrawalVault.Contract.WithdrawalVaultCaller.contract.Call(opts, result, method, params...)
}

// Transfer initiates a plain transaction to move funds to the contract, calling
// its default method if one is available.
func (_WithdrawalVault *WithdrawalVaultRaw) Transfer(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _WithdrawalVault.Contract.WithdrawalVaultTransactor.contract.Transfer(opts)
}

// Transact invokes the (paid) contract method with params as input values.
func (_WithdrawalVault *WithdrawalVaultRaw) Transact(opts *bind.TransactOpts, method string, params ...interface{}) (*types.Transaction, error) {
	return _WithdrawalVault.Contract.WithdrawalVaultTransactor.contract.Transact(opts, method, params...)
}

// Call invokes the (constant) contract method with params as input values and
// sets the output to result. The result type might be a single field for simple
// returns, a slice of interfaces for anonymous returns and a struct for named
// returns.
func (_WithdrawalVault *WithdrawalVaultCallerRaw) Call(opts *bind.CallOpts, result *[]interface{}, method string, params ...interface{}) error {
	return _WithdrawalVault.Contract.contract.Call(opts, result, method, params...)
}

// Transfer initiates a plain transaction to move funds to the contract, calling
// its default method if one is available.
func (_WithdrawalVault *WithdrawalVaultTransactorRaw) Transfer(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _WithdrawalVault.Contract.contract.Transfer(opts)
}

// Transact invokes the (paid) contract method with params as input values.
func (_WithdrawalVault *WithdrawalVaultTransactorRaw) Transact(opts *bind.TransactOpts, method string, params ...interface{}) (*types.Transaction, error) {
	return _WithdrawalVault.Contract.contract.Transact(opts, method, params...)
}

// Pool is a free data retrieval call binding the contract method 0x16f0115b.
//
// Solidity: function pool() view returns(address)
func (_WithdrawalVault *WithdrawalVaultCaller) Pool(opts *bind.CallOpts) (common.Address, error) {
	var out []interface{}
	err := _WithdrawalVault.contract.Call(opts, &out, "pool")

	if err != nil {
		return *new(common.Address), err
	}

	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)

	return out0, err

}

// Pool is a free data retrieval call binding the contract method 0x16f0115b.
//
// Solidity: function pool() view returns(address)
func (_WithdrawalVault *WithdrawalVaultSession) Pool() (common.Address, error) {
	return _WithdrawalVault.Contract.Pool(&_WithdrawalVault.CallOpts)
}

// Pool is a free data retrieval call binding the contract method 0x16f0115b.
//
// Solidity: function pool() view returns(address)
func (_WithdrawalVault *WithdrawalVaultCallerSession) Pool() (common.Address, error) {
	return _WithdrawalVault.Contract.Pool(&_WithdrawalVault.CallOpts)
}

// WithdrawWithdrawals is a paid mutator transaction binding the contract method 0x3194528a.
//
// Solidity: function withdrawWithdrawals(uint256 amount) returns()
func (_WithdrawalVault *WithdrawalVaultTransactor) WithdrawWithdrawals(opts *bind.TransactOpts, amount *big.Int) (*types.Transaction, error) {
	return _WithdrawalVault.contract.Transact(opts, "withdrawWithdrawals", amount)
}

// WithdrawWithdrawals is a paid mutator transaction binding the contract method 0x3194528a.
//
// Solidity: function withdrawWithdrawals(uint256 amount) returns()
func (_WithdrawalVault *WithdrawalVaultSession) WithdrawWithdrawals(amount *big.Int) (*types.Transaction, error) {
	return _WithdrawalVault.Contract.WithdrawWithdrawals(&_WithdrawalVault.TransactOpts, amount)
}

// WithdrawWithdrawals is a paid mutator transaction binding the contract method 0x3194528a.
//
// Solidity: function withdrawWithdrawals(uint256 amount) returns()
func (_WithdrawalVault *WithdrawalVaultTransactorSession) WithdrawWithdrawals(amount *big.Int) (*types.Transaction, error) {
	return _WithdrawalVault.Contract.WithdrawWithdrawals(&_WithdrawalVault.TransactOpts, amount)
}

// Receive is a paid mutator transaction binding the contract receive function.
//
// Solidity: receive() payable returns()
func (_WithdrawalVault *WithdrawalVaultTransactor) Receive(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _WithdrawalVault.contract.RawTransact(opts, nil) // calldata is disallowed for receive function
}

// Receive is a paid mutator transaction binding the contract receive function.
//
// Solidity: receive() payable returns()
func (_WithdrawalVault *WithdrawalVaultSession) Receive() (*types.Transaction, error) {
	return _WithdrawalVault.Contract.Receive(&_WithdrawalVault.TransactOpts)
}

// Receive is a paid mutator transaction binding the contract receive function.
//
// Solidity: receive() payable returns()
func (_WithdrawalVault *WithdrawalVaultTransactorSession) Receive() (*types.Transaction, error) {
	return _WithdrawalVault.Contract.Receive(&_WithdrawalVault.TransactOpts)
}

// WithdrawalVaultWithdrawalsPulledIterator is returned from FilterWithdrawalsPulled and is used to iterate over the raw logs and unpacked data for WithdrawalsPulled events raised by the WithdrawalVault contract.
type WithdrawalVaultWithdrawalsPulledIterator struct {
	Event *WithdrawalVaultWithdrawalsPulled // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *WithdrawalVaultWithdrawalsPulledIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(WithdrawalVaultWithdrawalsPulled)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(WithdrawalVaultWithdrawalsPulled)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *WithdrawalVaultWithdrawalsPulledIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *WithdrawalVaultWithdrawalsPulledIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// WithdrawalVaultWithdrawalsPulled represents a WithdrawalsPulled event raised by the WithdrawalVault contract.
type WithdrawalVaultWithdrawalsPulled struct {
	Amount *big.Int
	Raw    types.Log // Blockchain specific contextual infos
}

// FilterWithdrawalsPulled is a free log retrieval operation binding the contract event 0x48675af53f4062a5071b3313b078ffe30a35f0e3ce91529717e03571d5e41c48.
//
// Solidity: event WithdrawalsPulled(uint256 amount)
func (_WithdrawalVault *WithdrawalVaultFilterer) FilterWithdrawalsPulled(opts *bind.FilterOpts) (*WithdrawalVaultWithdrawalsPulledIterator, error) {

	logs, sub, err := _WithdrawalVault.contract.FilterLogs(opts, "WithdrawalsPulled")
	if err != nil {
		return nil, err
	}
	return &WithdrawalVaultWithdrawalsPulledIterator{contract: _WithdrawalVault.contract, event: "WithdrawalsPulled", logs: logs, sub: sub}, nil
}

// WatchWithdrawalsPulled is a free log subscription operation binding the contract event 0x48675af53f4062a5071b3313b078ffe30a35f0e3ce91529717e03571d5e41c48.
//
// Solidity: event WithdrawalsPulled(uint256 amount)
func (_WithdrawalVault *WithdrawalVaultFilterer) WatchWithdrawalsPulled(opts *bind.WatchOpts, sink chan<- *WithdrawalVaultWithdrawalsPulled) (event.Subscription, error) {

	logs, sub, err := _WithdrawalVault.contract.WatchLogs(opts, "WithdrawalsPulled")
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(WithdrawalVaultWithdrawalsPulled)
				if err := _WithdrawalVault.contract.UnpackLog(event, "WithdrawalsPulled", log); err != nil {
					// If the signature doesn't match, skip this log.
					if errors.Is(err, bind.ErrEventSignatureMismatch) {
						continue
					}
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseWithdrawalsPulled is a log parse operation binding the contract event 0x48675af53f4062a5071b3313b078ffe30a35f0e3ce91529717e03571d5e41c48.
//
// Solidity: event WithdrawalsPulled(uint256 amount)
func (_WithdrawalVault *WithdrawalVaultFilterer) ParseWithdrawalsPulled(log types.Log) (*WithdrawalVaultWithdrawalsPulled, error) {
	event := new(WithdrawalVaultWithdrawalsPulled)
	if err := _WithdrawalVault.contract.UnpackLog(event, "WithdrawalsPulled", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// WstETHMetaData contains all meta data concerning the WstETH contract.
var WstETHMetaData = &bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"address\",\"name\":\"pool\",\"type\":\"address\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"AmountTooLarge\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ECDSAInvalidSignature\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"length\",\"type\":\"uint256\"}],\"name\":\"ECDSAInvalidSignatureLength\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"s\",\"type\":\"bytes32\"}],\"name\":\"ECDSAInvalidSignatureS\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"allowance\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"needed\",\"type\":\"uint256\"}],\"name\":\"ERC20InsufficientAllowance\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"balance\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"needed\",\"type\":\"uint256\"}],\"name\":\"ERC20InsufficientBalance\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"approver\",\"type\":\"address\"}],\"name\":\"ERC20InvalidApprover\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"receiver\",\"type\":\"address\"}],\"name\":\"ERC20InvalidReceiver\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"}],\"name\":\"ERC20InvalidSender\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"}],\"name\":\"ERC20InvalidSpender\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"deadline\",\"type\":\"uint256\"}],\"name\":\"ERC2612ExpiredSignature\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"signer\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"}],\"name\":\"ERC2612InvalidSigner\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"balance\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"InsufficientBalance\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"currentNonce\",\"type\":\"uint256\"}],\"name\":\"InvalidAccountNonce\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"}],\"name\":\"InvalidRecipient\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"InvalidShortString\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"string\",\"name\":\"str\",\"type\":\"string\"}],\"name\":\"StringTooLong\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"}],\"name\":\"TransferToPoolContract\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZeroAmount\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"Approval\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[],\"name\":\"EIP712DomainChanged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"Transfer\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"DOMAIN_SEPARATOR\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"}],\"name\":\"allowance\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"approve\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"balanceOf\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"decimals\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"eip712Domain\",\"outputs\":[{\"internalType\":\"bytes1\",\"name\":\"fields\",\"type\":\"bytes1\"},{\"internalType\":\"string\",\"name\":\"name\",\"type\":\"string\"},{\"internalType\":\"string\",\"name\":\"version\",\"type\":\"string\"},{\"internalType\":\"uint256\",\"name\":\"chainId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"verifyingContract\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"salt\",\"type\":\"bytes32\"},{\"internalType\":\"uint256[]\",\"name\":\"extensions\",\"type\":\"uint256[]\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"wstETHAmount\",\"type\":\"uint256\"}],\"name\":\"getStETHByWstETH\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"stETHAmount\",\"type\":\"uint256\"}],\"name\":\"getWstETHByStETH\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"name\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"}],\"name\":\"nonces\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"deadline\",\"type\":\"uint256\"},{\"internalType\":\"uint8\",\"name\":\"v\",\"type\":\"uint8\"},{\"internalType\":\"bytes32\",\"name\":\"r\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"s\",\"type\":\"bytes32\"}],\"name\":\"permit\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"stETH\",\"outputs\":[{\"internalType\":\"contractIPoolForWrapper\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"stEthPerToken\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"symbol\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"tokensPerStEth\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"totalSupply\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"transfer\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"transferFrom\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"wstETHAmount\",\"type\":\"uint256\"}],\"name\":\"unwrap\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"stETHAmount\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"stETHAmount\",\"type\":\"uint256\"}],\"name\":\"wrap\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"wstETHAmount\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"stateMutability\":\"payable\",\"type\":\"receive\"}]",
	Sigs: map[string]string{
		"stEthPerToken()":                       "035faf82",
		"name()":                                "06fdde03",
		"approve(address,uint256)":              "095ea7b3",
		"totalSupply()":                         "18160ddd",
		"transferFrom(address,address,uint256)": "23b872dd",
		"decimals()":                            "313ce567",
		"DOMAIN_SEPARATOR()":                    "3644e515",
		"balanceOf(address)":                    "70a08231",
		"nonces(address)":                       "7ecebe00",
		"eip712Domain()":                        "84b0196e",
		"tokensPerStEth()":                      "9576a0c8",
		"symbol()":                              "95d89b41",
		"transfer(address,uint256)":             "a9059cbb",
		"getWstETHByStETH(uint256)":             "b0e38900",
		"getStETHByWstETH(uint256)":             "bb2952fc",
		"stETH()":                               "c1fe3e48",
		"permit(address,address,uint256,uint256,uint8,bytes32,bytes32)": "d505accf",
		"allowance(address,address)":                                    "dd62ed3e",
		"unwrap(uint256)":                                               "de0e9a3e",
		"wrap(uint256)":                                                 "ea598cb0",
	},
	Bin: "0x61018080604052346104ce57602081612036803803809161002082856104d2565b8339810103126104ce57516001600160a01b038116908190036104ce5760405161004b6040826104d2565b60148152602081017f57726170706564205374616b65642045746865720000000000000000000000008152604051906100856040836104d2565b601482527f57726170706564205374616b65642045746865720000000000000000000000006020830152604051926100be6040856104d2565b60068452650eee6e88aa8960d31b6020850152604051936100e06040866104d2565b60018552603160f81b60208601908152845190946001600160401b0382116103d15760035490600182811c921680156104c4575b60208310146103b35781601f849311610456575b50602090601f83116001146103f0575f926103e5575b50508160011b915f199060031b1c1916176003555b8051906001600160401b0382116103d15760045490600182811c921680156103c7575b60208310146103b35781601f849311610345575b50602090601f83116001146102df575f926102d4575b50508160011b915f199060031b1c1916176004555b6101be816104f5565b610120526101cb8461067c565b61014052519020918260e05251902080610100524660a0526040519060208201927f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f8452604083015260608201524660808201523060a082015260a0815261023460c0826104d2565b5190206080523060c0526101605260405161188190816107b5823960805181611341015260a051816113fe015260c05181611312015260e05181611390015261010051816113b601526101205181610a8701526101405181610ab001526101605181818160640152818161021a0152818161032901528181610717015281816107970152818161086001528181610a3601528181610f08015261118f0152f35b015190505f806101a0565b60045f9081528281209350601f198516905b81811061032d5750908460019594939210610315575b505050811b016004556101b5565b01515f1960f88460031b161c191690555f8080610307565b929360206001819287860151815501950193016102f1565b60045f529091507f8a35acfbc15ff81a39ae7d344fd709f28e8600b4aa8c65c6b64bfe7fe36bd19b601f840160051c810191602085106103a9575b90601f859493920160051c01905b81811061039b575061018a565b5f815584935060010161038e565b9091508190610380565b634e487b7160e01b5f52602260045260245ffd5b91607f1691610176565b634e487b7160e01b5f52604160045260245ffd5b015190505f8061013e565b60035f9081528281209350601f198516905b81811061043e5750908460019594939210610426575b505050811b01600355610153565b01515f1960f88460031b161c191690555f8080610418565b92936020600181928786015181550195019301610402565b60035f529091507fc2575a0e9e593c00f959f8c92f12db2869c3395a3b0502d05e2516446f71f85b601f840160051c810191602085106104ba575b90601f859493920160051c01905b8181106104ac5750610128565b5f815584935060010161049f565b9091508190610491565b91607f1691610114565b5f80fd5b601f909101601f19168101906001600160401b038211908210176103d157604052565b908151602081105f1461056f575090601f81511161052f576020815191015160208210610520571790565b5f198260200360031b1b161790565b604460209160405192839163305a27a960e01b83528160048401528051918291826024860152018484015e5f828201840152601f01601f19168101030190fd5b6001600160401b0381116103d157600554600181811c91168015610672575b60208210146103b357601f811161063f575b50602092601f82116001146105de57928192935f926105d3575b50508160011b915f199060031b1c19161760055560ff90565b015190505f806105ba565b601f1982169360055f52805f20915f5b868110610627575083600195961061060f575b505050811b0160055560ff90565b01515f1960f88460031b161c191690555f8080610601565b919260206001819286850151815501940192016105ee565b60055f52601f60205f20910160051c810190601f830160051c015b81811061066757506105a0565b5f815560010161065a565b90607f169061058e565b908151602081105f146106a7575090601f81511161052f576020815191015160208210610520571790565b6001600160401b0381116103d157600654600181811c911680156107aa575b60208210146103b357601f8111610777575b50602092601f821160011461071657928192935f9261070b575b50508160011b915f199060031b1c19161760065560ff90565b015190505f806106f2565b601f1982169360065f52805f20915f5b86811061075f5750836001959610610747575b505050811b0160065560ff90565b01515f1960f88460031b161c191690555f8080610739565b91926020600181928685015181550194019201610726565b60065f52601f60205f20910160051c810190601f830160051c015b81811061079f57506106d8565b5f8155600101610792565b90607f16906106c656fe60808060405260043610156100e2575b50361561001a575f80fd5b6040517fa1903eab0000000000000000000000000000000000000000000000000000000081525f60048201526020816024813473ffffffffffffffffffffffffffffffffffffffff7f0000000000000000000000000000000000000000000000000000000000000000165af180156100d7575f9061009f575b61009d9033611424565b005b506020813d6020116100cf575b816100b960209383610fca565b810103126100cb5761009d9051610093565b5f80fd5b3d91506100ac565b6040513d5f823e3d90fd5b5f3560e01c908163035faf8214610eaa5750806306fdde0314610e05578063095ea7b314610ddf57806318160ddd14610dc257806323b872dd14610c41578063313ce56714610c265780633644e51514610c0c57806370a0823114610bc85780637ecebe0014610b8357806384b0196e14610a6f5780639576a0c8146109d557806395d89b41146108d5578063a9059cbb14610899578063b0e3890014610804578063bb2952fc1461073b578063c1fe3e48146106eb578063d505accf1461055a578063dd62ed3e146104ec578063de0e9a3e146102a65763ea598cb0146101ca575f61000f565b346100cb5760206003193601126100cb576040517feeb4965e000000000000000000000000000000000000000000000000000000008152336004808301919091523560248201526020816044815f7f000000000000000000000000000000000000000000000000000000000000000073ffffffffffffffffffffffffffffffffffffffff165af180156100d7575f90610273575b8061026b60209233611424565b604051908152f35b506020813d60201161029e575b8161028d60209383610fca565b810103126100cb576020905161025e565b3d9150610280565b346100cb5760206003193601126100cb576004357001000000000000000000000000000000008110156104c157801561049957335f525f60205260405f205481811061046757506040517fc12ea3ca000000000000000000000000000000000000000000000000000000008152336004820152602481018290526020816044815f7f000000000000000000000000000000000000000000000000000000000000000073ffffffffffffffffffffffffffffffffffffffff165af19081156100d7575f91610435575b50331561040957335f525f60205260405f20548281106103d557826020935f9233845283865203604083205580600254036002556040519081527fddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef843392a3604051908152f35b90507fe450d38c000000000000000000000000000000000000000000000000000000005f523360045260245260445260645ffd5b7f96c6fd1e000000000000000000000000000000000000000000000000000000005f525f60045260245ffd5b90506020813d60201161045f575b8161045060209383610fca565b810103126100cb57518261036e565b3d9150610443565b7fdb42144d000000000000000000000000000000000000000000000000000000005f523360045260245260445260645ffd5b7f1f2a2005000000000000000000000000000000000000000000000000000000005f5260045ffd5b7f08083b2a000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b346100cb5760406003193601126100cb57610505610f84565b73ffffffffffffffffffffffffffffffffffffffff610522610fa7565b91165f52600160205273ffffffffffffffffffffffffffffffffffffffff60405f2091165f52602052602060405f2054604051908152f35b346100cb5760e06003193601126100cb57610573610f84565b61057b610fa7565b604435906064359260843560ff811681036100cb578442116106bf5761067c61067373ffffffffffffffffffffffffffffffffffffffff9283851697885f52600760205260405f20908154916001830190556040519060208201927f6e71edae12b1b97f4d1f60370fef10105fa2faae0126114a169c64845d6126c984528b6040840152878a1660608401528a608084015260a083015260c082015260c0815261062660e082610fca565b5190206106316112fb565b90604051917f190100000000000000000000000000000000000000000000000000000000000083526002830152602282015260c43591604260a43592206116e4565b90929192611773565b1684810361068f575061009d93506114ea565b84907f4b800e46000000000000000000000000000000000000000000000000000000005f5260045260245260445ffd5b847f62791302000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b346100cb575f6003193601126100cb57602060405173ffffffffffffffffffffffffffffffffffffffff7f0000000000000000000000000000000000000000000000000000000000000000168152f35b346100cb5760206003193601126100cb576040517f7a28fb88000000000000000000000000000000000000000000000000000000008152600435600482015260208160248173ffffffffffffffffffffffffffffffffffffffff7f0000000000000000000000000000000000000000000000000000000000000000165afa80156100d7575f906107d1575b602090604051908152f35b506020813d6020116107fc575b816107eb60209383610fca565b810103126100cb57602090516107c6565b3d91506107de565b346100cb5760206003193601126100cb576040517f19208451000000000000000000000000000000000000000000000000000000008152600435600482015260208160248173ffffffffffffffffffffffffffffffffffffffff7f0000000000000000000000000000000000000000000000000000000000000000165afa80156100d7575f906107d157602090604051908152f35b346100cb5760406003193601126100cb576108ca6108b5610f84565b602435906108c4828233611129565b33611567565b602060405160018152f35b346100cb575f6003193601126100cb576040515f6004546108f581611038565b80845290600181169081156109935750600114610935575b6109318361091d81850382610fca565b604051918291602083526020830190610f41565b0390f35b60045f9081527f8a35acfbc15ff81a39ae7d344fd709f28e8600b4aa8c65c6b64bfe7fe36bd19b939250905b8082106109795750909150810160200161091d61090d565b919260018160209254838588010152019101909291610961565b7fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff001660208086019190915291151560051b8401909101915061091d905061090d565b346100cb575f6003193601126100cb576040517f19208451000000000000000000000000000000000000000000000000000000008152670de0b6b3a7640000600482015260208160248173ffffffffffffffffffffffffffffffffffffffff7f0000000000000000000000000000000000000000000000000000000000000000165afa80156100d7575f906107d157602090604051908152f35b346100cb575f6003193601126100cb57610b27610aab7f0000000000000000000000000000000000000000000000000000000000000000611631565b610ad47f00000000000000000000000000000000000000000000000000000000000000006116ad565b6020610b3560405192610ae78385610fca565b5f84525f3681376040519586957f0f00000000000000000000000000000000000000000000000000000000000000875260e08588015260e0870190610f41565b908582036040870152610f41565b4660608501523060808501525f60a085015283810360c08501528180845192838152019301915f5b828110610b6c57505050500390f35b835185528695509381019392810192600101610b5d565b346100cb5760206003193601126100cb5773ffffffffffffffffffffffffffffffffffffffff610bb1610f84565b165f526007602052602060405f2054604051908152f35b346100cb5760206003193601126100cb5773ffffffffffffffffffffffffffffffffffffffff610bf6610f84565b165f525f602052602060405f2054604051908152f35b346100cb575f6003193601126100cb57602061026b6112fb565b346100cb575f6003193601126100cb57602060405160128152f35b346100cb5760606003193601126100cb57610c5a610f84565b610c62610fa7565b60443590610c71828285611129565b73ffffffffffffffffffffffffffffffffffffffff831692835f52600160205260405f2073ffffffffffffffffffffffffffffffffffffffff33165f5260205260405f20547fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff8110610ce9575b506108ca9350611567565b838110610d8e578415610d62573315610d36576108ca945f52600160205260405f2073ffffffffffffffffffffffffffffffffffffffff33165f526020528360405f209103905584610cde565b7f94280d62000000000000000000000000000000000000000000000000000000005f525f60045260245ffd5b7fe602df05000000000000000000000000000000000000000000000000000000005f525f60045260245ffd5b83907ffb8f41b2000000000000000000000000000000000000000000000000000000005f523360045260245260445260645ffd5b346100cb575f6003193601126100cb576020600254604051908152f35b346100cb5760406003193601126100cb576108ca610dfb610f84565b60243590336114ea565b346100cb575f6003193601126100cb576040515f600354610e2581611038565b80845290600181169081156109935750600114610e4c576109318361091d81850382610fca565b60035f9081527fc2575a0e9e593c00f959f8c92f12db2869c3395a3b0502d05e2516446f71f85b939250905b808210610e905750909150810160200161091d61090d565b919260018160209254838588010152019101909291610e78565b346100cb575f6003193601126100cb577f7a28fb88000000000000000000000000000000000000000000000000000000008152670de0b6b3a7640000600482015260208160248173ffffffffffffffffffffffffffffffffffffffff7f0000000000000000000000000000000000000000000000000000000000000000165afa80156100d7575f906107d157602090604051908152f35b907fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe0601f602080948051918291828752018686015e5f8582860101520116010190565b6004359073ffffffffffffffffffffffffffffffffffffffff821682036100cb57565b6024359073ffffffffffffffffffffffffffffffffffffffff821682036100cb57565b90601f7fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe0910116810190811067ffffffffffffffff82111761100b57604052565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52604160045260245ffd5b90600182811c9216801561107f575b602083101461105257565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52602260045260245ffd5b91607f1691611047565b5f929181549161109883611038565b80835292600181169081156110ed57506001146110b457505050565b5f9081526020812093945091925b8383106110d3575060209250010190565b6001816020929493945483858701015201910191906110c2565b905060209495507fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff0091509291921683830152151560051b010190565b9073ffffffffffffffffffffffffffffffffffffffff1680156112d0576040517fc91f0cfc00000000000000000000000000000000000000000000000000000000815281600482015260208160248173ffffffffffffffffffffffffffffffffffffffff7f0000000000000000000000000000000000000000000000000000000000000000165afa9081156100d7575f91611295575b5061126a575070010000000000000000000000000000000082101561123e5773ffffffffffffffffffffffffffffffffffffffff16805f525f60205260405f20549082821061120d57505050565b7fdb42144d000000000000000000000000000000000000000000000000000000005f5260045260245260445260645ffd5b507f08083b2a000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b7fad3da1c5000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b90506020813d6020116112c8575b816112b060209383610fca565b810103126100cb575180151581036100cb575f6111bf565b3d91506112a3565b7f17858bbe000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b73ffffffffffffffffffffffffffffffffffffffff7f0000000000000000000000000000000000000000000000000000000000000000163014806113fb575b15611363577f000000000000000000000000000000000000000000000000000000000000000090565b60405160208101907f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f82527f000000000000000000000000000000000000000000000000000000000000000060408201527f000000000000000000000000000000000000000000000000000000000000000060608201524660808201523060a082015260a081526113f560c082610fca565b51902090565b507f0000000000000000000000000000000000000000000000000000000000000000461461133a565b73ffffffffffffffffffffffffffffffffffffffff169081156114be57600254908082018092116114915760207fddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef915f9360025584845283825260408420818154019055604051908152a3565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52601160045260245ffd5b7fec442f05000000000000000000000000000000000000000000000000000000005f525f60045260245ffd5b73ffffffffffffffffffffffffffffffffffffffff16908115610d625773ffffffffffffffffffffffffffffffffffffffff16918215610d365760207f8c5be1e5ebec7d5bd14f71427d1e84f3dd0314c0f7b2291e5b200ac8c7c3b92591835f526001825260405f20855f5282528060405f2055604051908152a3565b73ffffffffffffffffffffffffffffffffffffffff169081156104095773ffffffffffffffffffffffffffffffffffffffff169182156114be57815f525f60205260405f20548181106115ff57817fddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef92602092855f525f84520360405f2055845f525f825260405f20818154019055604051908152a3565b827fe450d38c000000000000000000000000000000000000000000000000000000005f5260045260245260445260645ffd5b60ff81146116905760ff811690601f82116116685760405191611655604084610fca565b6020808452838101919036833783525290565b7fb3512b0c000000000000000000000000000000000000000000000000000000005f5260045ffd5b506040516116aa816116a3816005611089565b0382610fca565b90565b60ff81146116d15760ff811690601f82116116685760405191611655604084610fca565b506040516116aa816116a3816006611089565b91907f7fffffffffffffffffffffffffffffff5d576e7357a4501ddfe92f46681b20a08411611768579160209360809260ff5f9560405194855216868401526040830152606082015282805260015afa156100d7575f5173ffffffffffffffffffffffffffffffffffffffff81161561175e57905f905f90565b505f906001905f90565b5050505f9160039190565b600481101561181e5780611785575050565b600181036117b5577ff645eedf000000000000000000000000000000000000000000000000000000005f5260045ffd5b600281036117e957507ffce698f7000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b6003146117f35750565b7fd78bce0c000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b7f4e487b71000000000000000000000000000000000000000000000000000000005f52602160045260245ffdfea2646970667358221220acdb97d20b93122d89bc6fe216c5d1b4be3ad0e3715d5acbe6b9e11f7109b46064736f6c634300081e0033",
}

// WstETHABI is the input ABI used to generate the binding from.
// Deprecated: Use WstETHMetaData.ABI instead.
var WstETHABI = WstETHMetaData.ABI

// Deprecated: Use WstETHMetaData.Sigs instead.
// WstETHFuncSigs maps the 4-byte function signature to its string representation.
var WstETHFuncSigs = WstETHMetaData.Sigs

// WstETHBin is the compiled bytecode used for deploying new contracts.
// Deprecated: Use WstETHMetaData.Bin instead.
var WstETHBin = WstETHMetaData.Bin

// DeployWstETH deploys a new Ethereum contract, binding an instance of WstETH to it.
func DeployWstETH(auth *bind.TransactOpts, backend bind.ContractBackend, pool common.Address) (common.Address, *types.Transaction, *WstETH, error) {
	parsed, err := WstETHMetaData.GetAbi()
	if err != nil {
		return common.Address{}, nil, nil, err
	}
	if parsed == nil {
		return common.Address{}, nil, nil, errors.New("GetABI returned nil")
	}

	address, tx, contract, err := bind.DeployContract(auth, *parsed, common.FromHex(WstETHBin), backend, pool)
	if err != nil {
		return common.Address{}, nil, nil, err
	}
	return address, tx, &WstETH{WstETHCaller: WstETHCaller{contract: contract}, WstETHTransactor: WstETHTransactor{contract: contract}, WstETHFilterer: WstETHFilterer{contract: contract}}, nil
}

// WstETH is an auto generated Go binding around an Ethereum contract.
type WstETH struct {
	WstETHCaller     // Read-only binding to the contract
	WstETHTransactor // Write-only binding to the contract
	WstETHFilterer   // Log filterer for contract events
}

// WstETHCaller is an auto generated read-only Go binding around an Ethereum contract.
type WstETHCaller struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// WstETHTransactor is an auto generated write-only Go binding around an Ethereum contract.
type WstETHTransactor struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// WstETHFilterer is an auto generated log filtering Go binding around an Ethereum contract events.
type WstETHFilterer struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// WstETHSession is an auto generated Go binding around an Ethereum contract,
// with pre-set call and transact options.
type WstETHSession struct {
	Contract     *WstETH           // Generic contract binding to set the session for
	CallOpts     bind.CallOpts     // Call options to use throughout this session
	TransactOpts bind.TransactOpts // Transaction auth options to use throughout this session
}

// WstETHCallerSession is an auto generated read-only Go binding around an Ethereum contract,
// with pre-set call options.
type WstETHCallerSession struct {
	Contract *WstETHCaller // Generic contract caller binding to set the session for
	CallOpts bind.CallOpts // Call options to use throughout this session
}

// WstETHTransactorSession is an auto generated write-only Go binding around an Ethereum contract,
// with pre-set transact options.
type WstETHTransactorSession struct {
	Contract     *WstETHTransactor // Generic contract transactor binding to set the session for
	TransactOpts bind.TransactOpts // Transaction auth options to use throughout this session
}

// WstETHRaw is an auto generated low-level Go binding around an Ethereum contract.
type WstETHRaw struct {
	Contract *WstETH // Generic contract binding to access the raw methods on
}

// WstETHCallerRaw is an auto generated low-level read-only Go binding around an Ethereum contract.
type WstETHCallerRaw struct {
	Contract *WstETHCaller // Generic read-only contract binding to access the raw methods on
}

// WstETHTransactorRaw is an auto generated low-level write-only Go binding around an Ethereum contract.
type WstETHTransactorRaw struct {
	Contract *WstETHTransactor // Generic write-only contract binding to access the raw methods on
}

// NewWstETH creates a new instance of WstETH, bound to a specific deployed contract.
func NewWstETH(address common.Address, backend bind.ContractBackend) (*WstETH, error) {
	contract, err := bindWstETH(address, backend, backend, backend)
	if err != nil {
		return nil, err
	}
	return &WstETH{WstETHCaller: WstETHCaller{contract: contract}, WstETHTransactor: WstETHTransactor{contract: contract}, WstETHFilterer: WstETHFilterer{contract: contract}}, nil
}

// NewWstETHCaller creates a new read-only instance of WstETH, bound to a specific deployed contract.
func NewWstETHCaller(address common.Address, caller bind.ContractCaller) (*WstETHCaller, error) {
	contract, err := bindWstETH(address, caller, nil, nil)
	if err != nil {
		return nil, err
	}
	return &WstETHCaller{contract: contract}, nil
}

// NewWstETHTransactor creates a new write-only instance of WstETH, bound to a specific deployed contract.
func NewWstETHTransactor(address common.Address, transactor bind.ContractTransactor) (*WstETHTransactor, error) {
	contract, err := bindWstETH(address, nil, transactor, nil)
	if err != nil {
		return nil, err
	}
	return &WstETHTransactor{contract: contract}, nil
}

// NewWstETHFilterer creates a new log filterer instance of WstETH, bound to a specific deployed contract.
func NewWstETHFilterer(address common.Address, filterer bind.ContractFilterer) (*WstETHFilterer, error) {
	contract, err := bindWstETH(address, nil, nil, filterer)
	if err != nil {
		return nil, err
	}
	return &WstETHFilterer{contract: contract}, nil
}

// bindWstETH binds a generic wrapper to an already deployed contract.
func bindWstETH(address common.Address, caller bind.ContractCaller, transactor bind.ContractTransactor, filterer bind.ContractFilterer) (*bind.BoundContract, error) {
	parsed, err := WstETHMetaData.GetAbi()
	if err != nil {
		return nil, err
	}
	return bind.NewBoundContract(address, *parsed, caller, transactor, filterer), nil
}

// Call invokes the (constant) contract method with params as input values and
// sets the output to result. The result type might be a single field for simple
// returns, a slice of interfaces for anonymous returns and a struct for named
// returns.
func (_WstETH *WstETHRaw) Call(opts *bind.CallOpts, result *[]interface{}, method string, params ...interface{}) error {
	return _WstETH.Contract.WstETHCaller.contract.Call(opts, result, method, params...)
}

// Transfer initiates a plain transaction to move funds to the contract, calling
// its default method if one is available.
func (_WstETH *WstETHRaw) Transfer(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _WstETH.Contract.WstETHTransactor.contract.Transfer(opts)
}

// Transact invokes the (paid) contract method with params as input values.
func (_WstETH *WstETHRaw) Transact(opts *bind.TransactOpts, method string, params ...interface{}) (*types.Transaction, error) {
	return _WstETH.Contract.WstETHTransactor.contract.Transact(opts, method, params...)
}

// Call invokes the (constant) contract method with params as input values and
// sets the output to result. The result type might be a single field for simple
// returns, a slice of interfaces for anonymous returns and a struct for named
// returns.
func (_WstETH *WstETHCallerRaw) Call(opts *bind.CallOpts, result *[]interface{}, method string, params ...interface{}) error {
	return _WstETH.Contract.contract.Call(opts, result, method, params...)
}

// Transfer initiates a plain transaction to move funds to the contract, calling
// its default method if one is available.
func (_WstETH *WstETHTransactorRaw) Transfer(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _WstETH.Contract.contract.Transfer(opts)
}

// Transact invokes the (paid) contract method with params as input values.
func (_WstETH *WstETHTransactorRaw) Transact(opts *bind.TransactOpts, method string, params ...interface{}) (*types.Transaction, error) {
	return _WstETH.Contract.contract.Transact(opts, method, params...)
}

// DOMAINSEPARATOR is a free data retrieval call binding the contract method 0x3644e515.
//
// Solidity: function DOMAIN_SEPARATOR() view returns(bytes32)
func (_WstETH *WstETHCaller) DOMAINSEPARATOR(opts *bind.CallOpts) ([32]byte, error) {
	var out []interface{}
	err := _WstETH.contract.Call(opts, &out, "DOMAIN_SEPARATOR")

	if err != nil {
		return *new([32]byte), err
	}

	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)

	return out0, err

}

// DOMAINSEPARATOR is a free data retrieval call binding the contract method 0x3644e515.
//
// Solidity: function DOMAIN_SEPARATOR() view returns(bytes32)
func (_WstETH *WstETHSession) DOMAINSEPARATOR() ([32]byte, error) {
	return _WstETH.Contract.DOMAINSEPARATOR(&_WstETH.CallOpts)
}

// DOMAINSEPARATOR is a free data retrieval call binding the contract method 0x3644e515.
//
// Solidity: function DOMAIN_SEPARATOR() view returns(bytes32)
func (_WstETH *WstETHCallerSession) DOMAINSEPARATOR() ([32]byte, error) {
	return _WstETH.Contract.DOMAINSEPARATOR(&_WstETH.CallOpts)
}

// Allowance is a free data retrieval call binding the contract method 0xdd62ed3e.
//
// Solidity: function allowance(address owner, address spender) view returns(uint256)
func (_WstETH *WstETHCaller) Allowance(opts *bind.CallOpts, owner common.Address, spender common.Address) (*big.Int, error) {
	var out []interface{}
	err := _WstETH.contract.Call(opts, &out, "allowance", owner, spender)

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// Allowance is a free data retrieval call binding the contract method 0xdd62ed3e.
//
// Solidity: function allowance(address owner, address spender) view returns(uint256)
func (_WstETH *WstETHSession) Allowance(owner common.Address, spender common.Address) (*big.Int, error) {
	return _WstETH.Contract.Allowance(&_WstETH.CallOpts, owner, spender)
}

// Allowance is a free data retrieval call binding the contract method 0xdd62ed3e.
//
// Solidity: function allowance(address owner, address spender) view returns(uint256)
func (_WstETH *WstETHCallerSession) Allowance(owner common.Address, spender common.Address) (*big.Int, error) {
	return _WstETH.Contract.Allowance(&_WstETH.CallOpts, owner, spender)
}

// BalanceOf is a free data retrieval call binding the contract method 0x70a08231.
//
// Solidity: function balanceOf(address account) view returns(uint256)
func (_WstETH *WstETHCaller) BalanceOf(opts *bind.CallOpts, account common.Address) (*big.Int, error) {
	var out []interface{}
	err := _WstETH.contract.Call(opts, &out, "balanceOf", account)

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// BalanceOf is a free data retrieval call binding the contract method 0x70a08231.
//
// Solidity: function balanceOf(address account) view returns(uint256)
func (_WstETH *WstETHSession) BalanceOf(account common.Address) (*big.Int, error) {
	return _WstETH.Contract.BalanceOf(&_WstETH.CallOpts, account)
}

// BalanceOf is a free data retrieval call binding the contract method 0x70a08231.
//
// Solidity: function balanceOf(address account) view returns(uint256)
func (_WstETH *WstETHCallerSession) BalanceOf(account common.Address) (*big.Int, error) {
	return _WstETH.Contract.BalanceOf(&_WstETH.CallOpts, account)
}

// Decimals is a free data retrieval call binding the contract method 0x313ce567.
//
// Solidity: function decimals() view returns(uint8)
func (_WstETH *WstETHCaller) Decimals(opts *bind.CallOpts) (uint8, error) {
	var out []interface{}
	err := _WstETH.contract.Call(opts, &out, "decimals")

	if err != nil {
		return *new(uint8), err
	}

	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)

	return out0, err

}

// Decimals is a free data retrieval call binding the contract method 0x313ce567.
//
// Solidity: function decimals() view returns(uint8)
func (_WstETH *WstETHSession) Decimals() (uint8, error) {
	return _WstETH.Contract.Decimals(&_WstETH.CallOpts)
}

// Decimals is a free data retrieval call binding the contract method 0x313ce567.
//
// Solidity: function decimals() view returns(uint8)
func (_WstETH *WstETHCallerSession) Decimals() (uint8, error) {
	return _WstETH.Contract.Decimals(&_WstETH.CallOpts)
}

// Eip712Domain is a free data retrieval call binding the contract method 0x84b0196e.
//
// Solidity: function eip712Domain() view returns(bytes1 fields, string name, string version, uint256 chainId, address verifyingContract, bytes32 salt, uint256[] extensions)
func (_WstETH *WstETHCaller) Eip712Domain(opts *bind.CallOpts) (struct {
	Fields            [1]byte
	Name              string
	Version           string
	ChainId           *big.Int
	VerifyingContract common.Address
	Salt              [32]byte
	Extensions        []*big.Int
}, error) {
	var out []interface{}
	err := _WstETH.contract.Call(opts, &out, "eip712Domain")

	outstruct := new(struct {
		Fields            [1]byte
		Name              string
		Version           string
		ChainId           *big.Int
		VerifyingContract common.Address
		Salt              [32]byte
		Extensions        []*big.Int
	})
	if err != nil {
		return *outstruct, err
	}

	outstruct.Fields = *abi.ConvertType(out[0], new([1]byte)).(*[1]byte)
	outstruct.Name = *abi.ConvertType(out[1], new(string)).(*string)
	outstruct.Version = *abi.ConvertType(out[2], new(string)).(*string)
	outstruct.ChainId = *abi.ConvertType(out[3], new(*big.Int)).(**big.Int)
	outstruct.VerifyingContract = *abi.ConvertType(out[4], new(common.Address)).(*common.Address)
	outstruct.Salt = *abi.ConvertType(out[5], new([32]byte)).(*[32]byte)
	outstruct.Extensions = *abi.ConvertType(out[6], new([]*big.Int)).(*[]*big.Int)

	return *outstruct, err

}

// Eip712Domain is a free data retrieval call binding the contract method 0x84b0196e.
//
// Solidity: function eip712Domain() view returns(bytes1 fields, string name, string version, uint256 chainId, address verifyingContract, bytes32 salt, uint256[] extensions)
func (_WstETH *WstETHSession) Eip712Domain() (struct {
	Fields            [1]byte
	Name              string
	Version           string
	ChainId           *big.Int
	VerifyingContract common.Address
	Salt              [32]byte
	Extensions        []*big.Int
}, error) {
	return _WstETH.Contract.Eip712Domain(&_WstETH.CallOpts)
}

// Eip712Domain is a free data retrieval call binding the contract method 0x84b0196e.
//
// Solidity: function eip712Domain() view returns(bytes1 fields, string name, string version, uint256 chainId, address verifyingContract, bytes32 salt, uint256[] extensions)
func (_WstETH *WstETHCallerSession) Eip712Domain() (struct {
	Fields            [1]byte
	Name              string
	Version           string
	ChainId           *big.Int
	VerifyingContract common.Address
	Salt              [32]byte
	Extensions        []*big.Int
}, error) {
	return _WstETH.Contract.Eip712Domain(&_WstETH.CallOpts)
}

// GetStETHByWstETH is a free data retrieval call binding the contract method 0xbb2952fc.
//
// Solidity: function getStETHByWstETH(uint256 wstETHAmount) view returns(uint256)
func (_WstETH *WstETHCaller) GetStETHByWstETH(opts *bind.CallOpts, wstETHAmount *big.Int) (*big.Int, error) {
	var out []interface{}
	err := _WstETH.contract.Call(opts, &out, "getStETHByWstETH", wstETHAmount)

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// GetStETHByWstETH is a free data retrieval call binding the contract method 0xbb2952fc.
//
// Solidity: function getStETHByWstETH(uint256 wstETHAmount) view returns(uint256)
func (_WstETH *WstETHSession) GetStETHByWstETH(wstETHAmount *big.Int) (*big.Int, error) {
	return _WstETH.Contract.GetStETHByWstETH(&_WstETH.CallOpts, wstETHAmount)
}

// GetStETHByWstETH is a free data retrieval call binding the contract method 0xbb2952fc.
//
// Solidity: function getStETHByWstETH(uint256 wstETHAmount) view returns(uint256)
func (_WstETH *WstETHCallerSession) GetStETHByWstETH(wstETHAmount *big.Int) (*big.Int, error) {
	return _WstETH.Contract.GetStETHByWstETH(&_WstETH.CallOpts, wstETHAmount)
}

// GetWstETHByStETH is a free data retrieval call binding the contract method 0xb0e38900.
//
// Solidity: function getWstETHByStETH(uint256 stETHAmount) view returns(uint256)
func (_WstETH *WstETHCaller) GetWstETHByStETH(opts *bind.CallOpts, stETHAmount *big.Int) (*big.Int, error) {
	var out []interface{}
	err := _WstETH.contract.Call(opts, &out, "getWstETHByStETH", stETHAmount)

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// GetWstETHByStETH is a free data retrieval call binding the contract method 0xb0e38900.
//
// Solidity: function getWstETHByStETH(uint256 stETHAmount) view returns(uint256)
func (_WstETH *WstETHSession) GetWstETHByStETH(stETHAmount *big.Int) (*big.Int, error) {
	return _WstETH.Contract.GetWstETHByStETH(&_WstETH.CallOpts, stETHAmount)
}

// GetWstETHByStETH is a free data retrieval call binding the contract method 0xb0e38900.
//
// Solidity: function getWstETHByStETH(uint256 stETHAmount) view returns(uint256)
func (_WstETH *WstETHCallerSession) GetWstETHByStETH(stETHAmount *big.Int) (*big.Int, error) {
	return _WstETH.Contract.GetWstETHByStETH(&_WstETH.CallOpts, stETHAmount)
}

// Name is a free data retrieval call binding the contract method 0x06fdde03.
//
// Solidity: function name() view returns(string)
func (_WstETH *WstETHCaller) Name(opts *bind.CallOpts) (string, error) {
	var out []interface{}
	err := _WstETH.contract.Call(opts, &out, "name")

	if err != nil {
		return *new(string), err
	}

	out0 := *abi.ConvertType(out[0], new(string)).(*string)

	return out0, err

}

// Name is a free data retrieval call binding the contract method 0x06fdde03.
//
// Solidity: function name() view returns(string)
func (_WstETH *WstETHSession) Name() (string, error) {
	return _WstETH.Contract.Name(&_WstETH.CallOpts)
}

// Name is a free data retrieval call binding the contract method 0x06fdde03.
//
// Solidity: function name() view returns(string)
func (_WstETH *WstETHCallerSession) Name() (string, error) {
	return _WstETH.Contract.Name(&_WstETH.CallOpts)
}

// Nonces is a free data retrieval call binding the contract method 0x7ecebe00.
//
// Solidity: function nonces(address owner) view returns(uint256)
func (_WstETH *WstETHCaller) Nonces(opts *bind.CallOpts, owner common.Address) (*big.Int, error) {
	var out []interface{}
	err := _WstETH.contract.Call(opts, &out, "nonces", owner)

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// Nonces is a free data retrieval call binding the contract method 0x7ecebe00.
//
// Solidity: function nonces(address owner) view returns(uint256)
func (_WstETH *WstETHSession) Nonces(owner common.Address) (*big.Int, error) {
	return _WstETH.Contract.Nonces(&_WstETH.CallOpts, owner)
}

// Nonces is a free data retrieval call binding the contract method 0x7ecebe00.
//
// Solidity: function nonces(address owner) view returns(uint256)
func (_WstETH *WstETHCallerSession) Nonces(owner common.Address) (*big.Int, error) {
	return _WstETH.Contract.Nonces(&_WstETH.CallOpts, owner)
}

// StETH is a free data retrieval call binding the contract method 0xc1fe3e48.
//
// Solidity: function stETH() view returns(address)
func (_WstETH *WstETHCaller) StETH(opts *bind.CallOpts) (common.Address, error) {
	var out []interface{}
	err := _WstETH.contract.Call(opts, &out, "stETH")

	if err != nil {
		return *new(common.Address), err
	}

	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)

	return out0, err

}

// StETH is a free data retrieval call binding the contract method 0xc1fe3e48.
//
// Solidity: function stETH() view returns(address)
func (_WstETH *WstETHSession) StETH() (common.Address, error) {
	return _WstETH.Contract.StETH(&_WstETH.CallOpts)
}

// StETH is a free data retrieval call binding the contract method 0xc1fe3e48.
//
// Solidity: function stETH() view returns(address)
func (_WstETH *WstETHCallerSession) StETH() (common.Address, error) {
	return _WstETH.Contract.StETH(&_WstETH.CallOpts)
}

// StEthPerToken is a free data retrieval call binding the contract method 0x035faf82.
//
// Solidity: function stEthPerToken() view returns(uint256)
func (_WstETH *WstETHCaller) StEthPerToken(opts *bind.CallOpts) (*big.Int, error) {
	var out []interface{}
	err := _WstETH.contract.Call(opts, &out, "stEthPerToken")

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// StEthPerToken is a free data retrieval call binding the contract method 0x035faf82.
//
// Solidity: function stEthPerToken() view returns(uint256)
func (_WstETH *WstETHSession) StEthPerToken() (*big.Int, error) {
	return _WstETH.Contract.StEthPerToken(&_WstETH.CallOpts)
}

// StEthPerToken is a free data retrieval call binding the contract method 0x035faf82.
//
// Solidity: function stEthPerToken() view returns(uint256)
func (_WstETH *WstETHCallerSession) StEthPerToken() (*big.Int, error) {
	return _WstETH.Contract.StEthPerToken(&_WstETH.CallOpts)
}

// Symbol is a free data retrieval call binding the contract method 0x95d89b41.
//
// Solidity: function symbol() view returns(string)
func (_WstETH *WstETHCaller) Symbol(opts *bind.CallOpts) (string, error) {
	var out []interface{}
	err := _WstETH.contract.Call(opts, &out, "symbol")

	if err != nil {
		return *new(string), err
	}

	out0 := *abi.ConvertType(out[0], new(string)).(*string)

	return out0, err

}

// Symbol is a free data retrieval call binding the contract method 0x95d89b41.
//
// Solidity: function symbol() view returns(string)
func (_WstETH *WstETHSession) Symbol() (string, error) {
	return _WstETH.Contract.Symbol(&_WstETH.CallOpts)
}

// Symbol is a free data retrieval call binding the contract method 0x95d89b41.
//
// Solidity: function symbol() view returns(string)
func (_WstETH *WstETHCallerSession) Symbol() (string, error) {
	return _WstETH.Contract.Symbol(&_WstETH.CallOpts)
}

// TokensPerStEth is a free data retrieval call binding the contract method 0x9576a0c8.
//
// Solidity: function tokensPerStEth() view returns(uint256)
func (_WstETH *WstETHCaller) TokensPerStEth(opts *bind.CallOpts) (*big.Int, error) {
	var out []interface{}
	err := _WstETH.contract.Call(opts, &out, "tokensPerStEth")

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// TokensPerStEth is a free data retrieval call binding the contract method 0x9576a0c8.
//
// Solidity: function tokensPerStEth() view returns(uint256)
func (_WstETH *WstETHSession) TokensPerStEth() (*big.Int, error) {
	return _WstETH.Contract.TokensPerStEth(&_WstETH.CallOpts)
}

// TokensPerStEth is a free data retrieval call binding the contract method 0x9576a0c8.
//
// Solidity: function tokensPerStEth() view returns(uint256)
func (_WstETH *WstETHCallerSession) TokensPerStEth() (*big.Int, error) {
	return _WstETH.Contract.TokensPerStEth(&_WstETH.CallOpts)
}

// TotalSupply is a free data retrieval call binding the contract method 0x18160ddd.
//
// Solidity: function totalSupply() view returns(uint256)
func (_WstETH *WstETHCaller) TotalSupply(opts *bind.CallOpts) (*big.Int, error) {
	var out []interface{}
	err := _WstETH.contract.Call(opts, &out, "totalSupply")

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// TotalSupply is a free data retrieval call binding the contract method 0x18160ddd.
//
// Solidity: function totalSupply() view returns(uint256)
func (_WstETH *WstETHSession) TotalSupply() (*big.Int, error) {
	return _WstETH.Contract.TotalSupply(&_WstETH.CallOpts)
}

// TotalSupply is a free data retrieval call binding the contract method 0x18160ddd.
//
// Solidity: function totalSupply() view returns(uint256)
func (_WstETH *WstETHCallerSession) TotalSupply() (*big.Int, error) {
	return _WstETH.Contract.TotalSupply(&_WstETH.CallOpts)
}

// Approve is a paid mutator transaction binding the contract method 0x095ea7b3.
//
// Solidity: function approve(address spender, uint256 value) returns(bool)
func (_WstETH *WstETHTransactor) Approve(opts *bind.TransactOpts, spender common.Address, value *big.Int) (*types.Transaction, error) {
	return _WstETH.contract.Transact(opts, "approve", spender, value)
}

// Approve is a paid mutator transaction binding the contract method 0x095ea7b3.
//
// Solidity: function approve(address spender, uint256 value) returns(bool)
func (_WstETH *WstETHSession) Approve(spender common.Address, value *big.Int) (*types.Transaction, error) {
	return _WstETH.Contract.Approve(&_WstETH.TransactOpts, spender, value)
}

// Approve is a paid mutator transaction binding the contract method 0x095ea7b3.
//
// Solidity: function approve(address spender, uint256 value) returns(bool)
func (_WstETH *WstETHTransactorSession) Approve(spender common.Address, value *big.Int) (*types.Transaction, error) {
	return _WstETH.Contract.Approve(&_WstETH.TransactOpts, spender, value)
}

// Permit is a paid mutator transaction binding the contract method 0xd505accf.
//
// Solidity: function permit(address owner, address spender, uint256 value, uint256 deadline, uint8 v, bytes32 r, bytes32 s) returns()
func (_WstETH *WstETHTransactor) Permit(opts *bind.TransactOpts, owner common.Address, spender common.Address, value *big.Int, deadline *big.Int, v uint8, r [32]byte, s [32]byte) (*types.Transaction, error) {
	return _WstETH.contract.Transact(opts, "permit", owner, spender, value, deadline, v, r, s)
}

// Permit is a paid mutator transaction binding the contract method 0xd505accf.
//
// Solidity: function permit(address owner, address spender, uint256 value, uint256 deadline, uint8 v, bytes32 r, bytes32 s) returns()
func (_WstETH *WstETHSession) Permit(owner common.Address, spender common.Address, value *big.Int, deadline *big.Int, v uint8, r [32]byte, s [32]byte) (*types.Transaction, error) {
	return _WstETH.Contract.Permit(&_WstETH.TransactOpts, owner, spender, value, deadline, v, r, s)
}

// Permit is a paid mutator transaction binding the contract method 0xd505accf.
//
// Solidity: function permit(address owner, address spender, uint256 value, uint256 deadline, uint8 v, bytes32 r, bytes32 s) returns()
func (_WstETH *WstETHTransactorSession) Permit(owner common.Address, spender common.Address, value *big.Int, deadline *big.Int, v uint8, r [32]byte, s [32]byte) (*types.Transaction, error) {
	return _WstETH.Contract.Permit(&_WstETH.TransactOpts, owner, spender, value, deadline, v, r, s)
}

// Transfer is a paid mutator transaction binding the contract method 0xa9059cbb.
//
// Solidity: function transfer(address to, uint256 value) returns(bool)
func (_WstETH *WstETHTransactor) Transfer(opts *bind.TransactOpts, to common.Address, value *big.Int) (*types.Transaction, error) {
	return _WstETH.contract.Transact(opts, "transfer", to, value)
}

// Transfer is a paid mutator transaction binding the contract method 0xa9059cbb.
//
// Solidity: function transfer(address to, uint256 value) returns(bool)
func (_WstETH *WstETHSession) Transfer(to common.Address, value *big.Int) (*types.Transaction, error) {
	return _WstETH.Contract.Transfer(&_WstETH.TransactOpts, to, value)
}

// Transfer is a paid mutator transaction binding the contract method 0xa9059cbb.
//
// Solidity: function transfer(address to, uint256 value) returns(bool)
func (_WstETH *WstETHTransactorSession) Transfer(to common.Address, value *big.Int) (*types.Transaction, error) {
	return _WstETH.Contract.Transfer(&_WstETH.TransactOpts, to, value)
}

// TransferFrom is a paid mutator transaction binding the contract method 0x23b872dd.
//
// Solidity: function transferFrom(address from, address to, uint256 value) returns(bool)
func (_WstETH *WstETHTransactor) TransferFrom(opts *bind.TransactOpts, from common.Address, to common.Address, value *big.Int) (*types.Transaction, error) {
	return _WstETH.contract.Transact(opts, "transferFrom", from, to, value)
}

// TransferFrom is a paid mutator transaction binding the contract method 0x23b872dd.
//
// Solidity: function transferFrom(address from, address to, uint256 value) returns(bool)
func (_WstETH *WstETHSession) TransferFrom(from common.Address, to common.Address, value *big.Int) (*types.Transaction, error) {
	return _WstETH.Contract.TransferFrom(&_WstETH.TransactOpts, from, to, value)
}

// TransferFrom is a paid mutator transaction binding the contract method 0x23b872dd.
//
// Solidity: function transferFrom(address from, address to, uint256 value) returns(bool)
func (_WstETH *WstETHTransactorSession) TransferFrom(from common.Address, to common.Address, value *big.Int) (*types.Transaction, error) {
	return _WstETH.Contract.TransferFrom(&_WstETH.TransactOpts, from, to, value)
}

// Unwrap is a paid mutator transaction binding the contract method 0xde0e9a3e.
//
// Solidity: function unwrap(uint256 wstETHAmount) returns(uint256 stETHAmount)
func (_WstETH *WstETHTransactor) Unwrap(opts *bind.TransactOpts, wstETHAmount *big.Int) (*types.Transaction, error) {
	return _WstETH.contract.Transact(opts, "unwrap", wstETHAmount)
}

// Unwrap is a paid mutator transaction binding the contract method 0xde0e9a3e.
//
// Solidity: function unwrap(uint256 wstETHAmount) returns(uint256 stETHAmount)
func (_WstETH *WstETHSession) Unwrap(wstETHAmount *big.Int) (*types.Transaction, error) {
	return _WstETH.Contract.Unwrap(&_WstETH.TransactOpts, wstETHAmount)
}

// Unwrap is a paid mutator transaction binding the contract method 0xde0e9a3e.
//
// Solidity: function unwrap(uint256 wstETHAmount) returns(uint256 stETHAmount)
func (_WstETH *WstETHTransactorSession) Unwrap(wstETHAmount *big.Int) (*types.Transaction, error) {
	return _WstETH.Contract.Unwrap(&_WstETH.TransactOpts, wstETHAmount)
}

// Wrap is a paid mutator transaction binding the contract method 0xea598cb0.
//
// Solidity: function wrap(uint256 stETHAmount) returns(uint256 wstETHAmount)
func (_WstETH *WstETHTransactor) Wrap(opts *bind.TransactOpts, stETHAmount *big.Int) (*types.Transaction, error) {
	return _WstETH.contract.Transact(opts, "wrap", stETHAmount)
}

// Wrap is a paid mutator transaction binding the contract method 0xea598cb0.
//
// Solidity: function wrap(uint256 stETHAmount) returns(uint256 wstETHAmount)
func (_WstETH *WstETHSession) Wrap(stETHAmount *big.Int) (*types.Transaction, error) {
	return _WstETH.Contract.Wrap(&_WstETH.TransactOpts, stETHAmount)
}

// Wrap is a paid mutator transaction binding the contract method 0xea598cb0.
//
// Solidity: function wrap(uint256 stETHAmount) returns(uint256 wstETHAmount)
func (_WstETH *WstETHTransactorSession) Wrap(stETHAmount *big.Int) (*types.Transaction, error) {
	return _WstETH.Contract.Wrap(&_WstETH.TransactOpts, stETHAmount)
}

// Receive is a paid mutator transaction binding the contract receive function.
//
// Solidity: receive() payable returns()
func (_WstETH *WstETHTransactor) Receive(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _WstETH.contract.RawTransact(opts, nil) // calldata is disallowed for receive function
}

// Receive is a paid mutator transaction binding the contract receive function.
//
// Solidity: receive() payable returns()
func (_WstETH *WstETHSession) Receive() (*types.Transaction, error) {
	return _WstETH.Contract.Receive(&_WstETH.TransactOpts)
}

// Receive is a paid mutator transaction binding the contract receive function.
//
// Solidity: receive() payable returns()
func (_WstETH *WstETHTransactorSession) Receive() (*types.Transaction, error) {
	return _WstETH.Contract.Receive(&_WstETH.TransactOpts)
}

// WstETHApprovalIterator is returned from FilterApproval and is used to iterate over the raw logs and unpacked data for Approval events raised by the WstETH contract.
type WstETHApprovalIterator struct {
	Event *WstETHApproval // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *WstETHApprovalIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(WstETHApproval)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(WstETHApproval)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *WstETHApprovalIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *WstETHApprovalIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// WstETHApproval represents a Approval event raised by the WstETH contract.
type WstETHApproval struct {
	Owner   common.Address
	Spender common.Address
	Value   *big.Int
	Raw     types.Log // Blockchain specific contextual infos
}

// FilterApproval is a free log retrieval operation binding the contract event 0x8c5be1e5ebec7d5bd14f71427d1e84f3dd0314c0f7b2291e5b200ac8c7c3b925.
//
// Solidity: event Approval(address indexed owner, address indexed spender, uint256 value)
func (_WstETH *WstETHFilterer) FilterApproval(opts *bind.FilterOpts, owner []common.Address, spender []common.Address) (*WstETHApprovalIterator, error) {

	var ownerRule []interface{}
	for _, ownerItem := range owner {
		ownerRule = append(ownerRule, ownerItem)
	}
	var spenderRule []interface{}
	for _, spenderItem := range spender {
		spenderRule = append(spenderRule, spenderItem)
	}

	logs, sub, err := _WstETH.contract.FilterLogs(opts, "Approval", ownerRule, spenderRule)
	if err != nil {
		return nil, err
	}
	return &WstETHApprovalIterator{contract: _WstETH.contract, event: "Approval", logs: logs, sub: sub}, nil
}

// WatchApproval is a free log subscription operation binding the contract event 0x8c5be1e5ebec7d5bd14f71427d1e84f3dd0314c0f7b2291e5b200ac8c7c3b925.
//
// Solidity: event Approval(address indexed owner, address indexed spender, uint256 value)
func (_WstETH *WstETHFilterer) WatchApproval(opts *bind.WatchOpts, sink chan<- *WstETHApproval, owner []common.Address, spender []common.Address) (event.Subscription, error) {

	var ownerRule []interface{}
	for _, ownerItem := range owner {
		ownerRule = append(ownerRule, ownerItem)
	}
	var spenderRule []interface{}
	for _, spenderItem := range spender {
		spenderRule = append(spenderRule, spenderItem)
	}

	logs, sub, err := _WstETH.contract.WatchLogs(opts, "Approval", ownerRule, spenderRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(WstETHApproval)
				if err := _WstETH.contract.UnpackLog(event, "Approval", log); err != nil {
					// If the signature doesn't match, skip this log.
					if errors.Is(err, bind.ErrEventSignatureMismatch) {
						continue
					}
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseApproval is a log parse operation binding the contract event 0x8c5be1e5ebec7d5bd14f71427d1e84f3dd0314c0f7b2291e5b200ac8c7c3b925.
//
// Solidity: event Approval(address indexed owner, address indexed spender, uint256 value)
func (_WstETH *WstETHFilterer) ParseApproval(log types.Log) (*WstETHApproval, error) {
	event := new(WstETHApproval)
	if err := _WstETH.contract.UnpackLog(event, "Approval", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// WstETHEIP712DomainChangedIterator is returned from FilterEIP712DomainChanged and is used to iterate over the raw logs and unpacked data for EIP712DomainChanged events raised by the WstETH contract.
type WstETHEIP712DomainChangedIterator struct {
	Event *WstETHEIP712DomainChanged // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *WstETHEIP712DomainChangedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(WstETHEIP712DomainChanged)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(WstETHEIP712DomainChanged)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *WstETHEIP712DomainChangedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *WstETHEIP712DomainChangedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// WstETHEIP712DomainChanged represents a EIP712DomainChanged event raised by the WstETH contract.
type WstETHEIP712DomainChanged struct {
	Raw types.Log // Blockchain specific contextual infos
}

// FilterEIP712DomainChanged is a free log retrieval operation binding the contract event 0x0a6387c9ea3628b88a633bb4f3b151770f70085117a15f9bf3787cda53f13d31.
//
// Solidity: event EIP712DomainChanged()
func (_WstETH *WstETHFilterer) FilterEIP712DomainChanged(opts *bind.FilterOpts) (*WstETHEIP712DomainChangedIterator, error) {

	logs, sub, err := _WstETH.contract.FilterLogs(opts, "EIP712DomainChanged")
	if err != nil {
		return nil, err
	}
	return &WstETHEIP712DomainChangedIterator{contract: _WstETH.contract, event: "EIP712DomainChanged", logs: logs, sub: sub}, nil
}

// WatchEIP712DomainChanged is a free log subscription operation binding the contract event 0x0a6387c9ea3628b88a633bb4f3b151770f70085117a15f9bf3787cda53f13d31.
//
// Solidity: event EIP712DomainChanged()
func (_WstETH *WstETHFilterer) WatchEIP712DomainChanged(opts *bind.WatchOpts, sink chan<- *WstETHEIP712DomainChanged) (event.Subscription, error) {

	logs, sub, err := _WstETH.contract.WatchLogs(opts, "EIP712DomainChanged")
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(WstETHEIP712DomainChanged)
				if err := _WstETH.contract.UnpackLog(event, "EIP712DomainChanged", log); err != nil {
					// If the signature doesn't match, skip this log.
					if errors.Is(err, bind.ErrEventSignatureMismatch) {
						continue
					}
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseEIP712DomainChanged is a log parse operation binding the contract event 0x0a6387c9ea3628b88a633bb4f3b151770f70085117a15f9bf3787cda53f13d31.
//
// Solidity: event EIP712DomainChanged()
func (_WstETH *WstETHFilterer) ParseEIP712DomainChanged(log types.Log) (*WstETHEIP712DomainChanged, error) {
	event := new(WstETHEIP712DomainChanged)
	if err := _WstETH.contract.UnpackLog(event, "EIP712DomainChanged", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// WstETHTransferIterator is returned from FilterTransfer and is used to iterate over the raw logs and unpacked data for Transfer events raised by the WstETH contract.
type WstETHTransferIterator struct {
	Event *WstETHTransfer // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *WstETHTransferIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(WstETHTransfer)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(WstETHTransfer)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *WstETHTransferIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *WstETHTransferIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// WstETHTransfer represents a Transfer event raised by the WstETH contract.
type WstETHTransfer struct {
	From  common.Address
	To    common.Address
	Value *big.Int
	Raw   types.Log // Blockchain specific contextual infos
}

// FilterTransfer is a free log retrieval operation binding the contract event 0xddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef.
//
// Solidity: event Transfer(address indexed from, address indexed to, uint256 value)
func (_WstETH *WstETHFilterer) FilterTransfer(opts *bind.FilterOpts, from []common.Address, to []common.Address) (*WstETHTransferIterator, error) {

	var fromRule []interface{}
	for _, fromItem := range from {
		fromRule = append(fromRule, fromItem)
	}
	var toRule []interface{}
	for _, toItem := range to {
		toRule = append(toRule, toItem)
	}

	logs, sub, err := _WstETH.contract.FilterLogs(opts, "Transfer", fromRule, toRule)
	if err != nil {
		return nil, err
	}
	return &WstETHTransferIterator{contract: _WstETH.contract, event: "Transfer", logs: logs, sub: sub}, nil
}

// WatchTransfer is a free log subscription operation binding the contract event 0xddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef.
//
// Solidity: event Transfer(address indexed from, address indexed to, uint256 value)
func (_WstETH *WstETHFilterer) WatchTransfer(opts *bind.WatchOpts, sink chan<- *WstETHTransfer, from []common.Address, to []common.Address) (event.Subscription, error) {

	var fromRule []interface{}
	for _, fromItem := range from {
		fromRule = append(fromRule, fromItem)
	}
	var toRule []interface{}
	for _, toItem := range to {
		toRule = append(toRule, toItem)
	}

	logs, sub, err := _WstETH.contract.WatchLogs(opts, "Transfer", fromRule, toRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(WstETHTransfer)
				if err := _WstETH.contract.UnpackLog(event, "Transfer", log); err != nil {
					// If the signature doesn't match, skip this log.
					if errors.Is(err, bind.ErrEventSignatureMismatch) {
						continue
					}
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseTransfer is a log parse operation binding the contract event 0xddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef.
//
// Solidity: event Transfer(address indexed from, address indexed to, uint256 value)
func (_WstETH *WstETHFilterer) ParseTransfer(log types.Log) (*WstETHTransfer, error) {
	event := new(WstETHTransfer)
	if err := _WstETH.contract.UnpackLog(event, "Transfer", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}
