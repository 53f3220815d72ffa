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
}

// PoolParams is an auto generated low-level Go binding around an user-defined struct.
type PoolParams struct {
	DustFloor           *big.Int
	ReserveTargetBP     uint16
	InstantWithdrawalBP uint16
	MaxDepositsPerBlock uint32
}

// PoolStakeLimitState is an auto generated low-level Go binding around an user-defined struct.
type PoolStakeLimitState struct {
	Max       *big.Int
	PerBlock  *big.Int
	Prev      *big.Int
	PrevBlock uint64
	Paused    bool
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
	ABI: "[{\"inputs\":[{\"internalType\":\"address\",\"name\":\"pool_\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"oracle_\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"governance_\",\"type\":\"address\"},{\"components\":[{\"internalType\":\"string\",\"name\":\"name\",\"type\":\"string\"},{\"internalType\":\"address\",\"name\":\"rewardAddress\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"limit\",\"type\":\"uint64\"}],\"internalType\":\"structOperatorRegistry.InitialOperator[]\",\"name\":\"initial\",\"type\":\"tuple[]\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"}],\"name\":\"DuplicateKey\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"}],\"name\":\"InvalidKey\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"InvalidParameter\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"}],\"name\":\"KeyInUse\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"Malformed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"NotAuthorized\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"operatorId\",\"type\":\"uint256\"}],\"name\":\"UnknownOperator\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"operatorId\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"bool\",\"name\":\"active\",\"type\":\"bool\"}],\"name\":\"OperatorActiveSet\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"operatorId\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"string\",\"name\":\"name\",\"type\":\"string\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"rewardAddress\",\"type\":\"address\"}],\"name\":\"OperatorAdded\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"operatorId\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"limit\",\"type\":\"uint256\"}],\"name\":\"OperatorLimitSet\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"operatorId\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"firstIndex\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"count\",\"type\":\"uint256\"}],\"name\":\"SigningKeysAdded\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"operatorId\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"firstIndex\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"count\",\"type\":\"uint256\"}],\"name\":\"SigningKeysRemoved\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"MAX_KEYS_PER_CALL\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_NAME_LENGTH\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"string\",\"name\":\"name\",\"type\":\"string\"},{\"internalType\":\"address\",\"name\":\"rewardAddress\",\"type\":\"address\"}],\"name\":\"addNodeOperator\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"keysCount\",\"type\":\"uint256\"},{\"internalType\":\"bytes\",\"name\":\"pubkeys\",\"type\":\"bytes\"},{\"internalType\":\"bytes\",\"name\":\"signatures\",\"type\":\"bytes\"}],\"name\":\"addSigningKeys\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"n\",\"type\":\"uint256\"}],\"name\":\"allocateDeposits\",\"outputs\":[{\"internalType\":\"bytes\",\"name\":\"pubkeys\",\"type\":\"bytes\"},{\"internalType\":\"bytes\",\"name\":\"signatures\",\"type\":\"bytes\"},{\"internalType\":\"uint256[]\",\"name\":\"operatorIds\",\"type\":\"uint256[]\"},{\"internalType\":\"uint256[]\",\"name\":\"keyIndexes\",\"type\":\"uint256[]\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"string\",\"name\":\"name\",\"type\":\"string\"},{\"internalType\":\"address\",\"name\":\"rewardAddress\",\"type\":\"address\"}],\"name\":\"checkOperator\",\"outputs\":[],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"getNodeOperatorsCount\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"getOperator\",\"outputs\":[{\"components\":[{\"internalType\":\"uint64\",\"name\":\"limit\",\"type\":\"uint64\"},{\"internalType\":\"uint32\",\"name\":\"keys\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"deposited\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"exited\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"exitRequested\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"stuck\",\"type\":\"uint32\"},{\"internalType\":\"bool\",\"name\":\"active\",\"type\":\"bool\"}],\"internalType\":\"structOperatorRegistry.Counts\",\"name\":\"c\",\"type\":\"tuple\"},{\"internalType\":\"string\",\"name\":\"name\",\"type\":\"string\"},{\"internalType\":\"address\",\"name\":\"rewardAddress\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"}],\"name\":\"getSigningKey\",\"outputs\":[{\"internalType\":\"bytes\",\"name\":\"pubkey\",\"type\":\"bytes\"},{\"internalType\":\"bytes\",\"name\":\"signature\",\"type\":\"bytes\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"governance\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes\",\"name\":\"pubkey\",\"type\":\"bytes\"}],\"name\":\"isKnownKey\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"oracle\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"pool\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"from\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"count\",\"type\":\"uint256\"}],\"name\":\"removeSigningKeys\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"rewardAddressOf\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"bool\",\"name\":\"active\",\"type\":\"bool\"}],\"name\":\"setNodeOperatorActive\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"limit\",\"type\":\"uint64\"}],\"name\":\"setNodeOperatorLimit\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"}]",
	Sigs: map[string]string{
		"getOperator(uint256)":                        "05f63c8a",
		"addSigningKeys(uint256,uint256,bytes,bytes)": "096b7b35",
		"pool()":                                     "16f0115b",
		"governance()":                               "5aa6e675",
		"allocateDeposits(uint256)":                  "66dc25c5",
		"setNodeOperatorActive(uint256,bool)":        "687ca337",
		"MAX_KEYS_PER_CALL()":                        "6e9fe93c",
		"removeSigningKeys(uint256,uint256,uint256)": "7038b141",
		"oracle()":                                   "7dc0d1d0",
		"checkOperator(string,address)":              "7de5b973",
		"addNodeOperator(string,address)":            "85fa63d7",
		"MAX_NAME_LENGTH()":                          "86074985",
		"setNodeOperatorLimit(uint256,uint64)":       "9346d934",
		"getNodeOperatorsCount()":                    "a70c70e4",
		"getSigningKey(uint256,uint256)":             "b449402a",
		"isKnownKey(bytes)":                          "c2f32b4e",
		"rewardAddressOf(uint256)":                   "f18514f7",
	},
	Bin: "0x60e0604052346106405761271f8038038061001981610644565b9283398101906080818303126106405761003281610669565b61003e60208301610669565b9061004b60408401610669565b606084015190936001600160401b03821161064057019380601f86011215610640578451946001600160401b038611610455578560051b602080610090818401610644565b809981520191830101918383116106405760208101915b83831061055c57505050505060805260a05260c0525f5b8151811015610516576100d1818361067d565b51516001600160a01b0360206100e7848661067d565b5101511681518015908190821561050b575b5081156104e7575b50801561048b575b61047c57801561047c575f5460405190929060e081016001600160401b03811182821017610455576040525f8152602081015f8152604082015f815260608301905f825260808401905f825260a08501925f845260c086019460018652680100000000000000008a10156104555760018a015f556101868a610691565b979097610469575187549151935192519451955196516001600160e81b03199092166001600160401b0391821617604094851b6bffffffff0000000000000000161760609390931b6fffffffff000000000000000000000000169290921760809490941b63ffffffff60801b169390931760a09490941b63ffffffff60a01b169390931760c09490941b63ffffffff60c01b169390931790151560e01b60ff60e01b16179092555f858152600260205220825190918111610455578154600181811c9116801561044b575b602082101461043757601f81116103f2575b506020601f821160011461037a57859491935f5160206126ff5f395f51905f52938560019998966060945f9161036f575b505f19600383901b1c1916908a1b1790555b845f528760205260405f2083898060a01b03198254161790556020604051938492604084528051928391826040870152018585015e5f8383018501526020830152601f01601f19168101030190a2828060401b036040610306848761067d565b5101511661031382610691565b5090848060401b0316848060401b03198254161790557f527f491416f46babf44102065eafb0ec6531e57cfe9e4581723597f23fd842cd6020848060401b03604061035e868961067d565b51015116604051908152a2016100be565b90508301515f610294565b601f19821690835f52805f20915f5b8181106103da5750936001846060948a999694839c9b99955f5160206126ff5f395f51905f5299106103c2575b5050811b0190556102a6565b8501515f1960f88460031b161c191690555f806103b6565b9192602060018192868a015181550194019201610389565b825f5260205f20601f830160051c8101916020841061042d575b601f0160051c01905b8181106104225750610263565b5f8155600101610415565b909150819061040c565b634e487b7160e01b5f52602260045260245ffd5b90607f1690610251565b634e487b7160e01b5f52604160045260245ffd5b634e487b7160e01b5f525f60045260245ffd5b630309cb8760e51b5f5260045ffd5b5081515f1981018181116104d357835111156104bf578201601f01516104ba906001600160f81b0319166106a7565b610109565b634e487b7160e01b5f52603260045260245ffd5b634e487b7160e01b5f52601160045260245ffd5b90506104bf576020820151610505906001600160f81b0319166106a7565b5f610101565b60401091505f6100f9565b60405161202090816106df823960805181818161065a0152610777015260a05181610ecc015260c0518181816106aa01528181610b1b0152818161107c01526112120152f35b82516001600160401b038111610640578201906060828703601f1901126106405760405191606083016001600160401b038111848210176104555760405260208101516001600160401b038111610640576020908201019087601f830112156106405781516001600160401b038111610455576105e2601f8201601f1916602001610644565b908082528960208286010111610640576020815f9282606097018386015e83010152845261061260408201610669565b60208501520151906001600160401b03821682036106405782602093926040859401528152019201916100a7565b5f80fd5b6040519190601f01601f191682016001600160401b0381118382101761045557604052565b51906001600160a01b038216820361064057565b80518210156104bf5760209160051b010190565b5f548110156104bf575f805260205f2001905f90565b60ff60f81b16600160fd1b81149081156106bf575090565b600960f81b8110159150816106d2575090565b600d60f81b101590509056fe60806040526004361015610011575f80fd5b5f3560e01c806305f63c8a14610124578063096b7b351461011f57806316f0115b1461011a5780635aa6e6751461011557806366dc25c514610110578063687ca3371461010b5780636e9fe93c146101065780637038b141146101015780637dc0d1d0146100fc5780637de5b973146100f757806385fa63d7146100f257806386074985146100ed5780639346d934146100e8578063a70c70e4146100e3578063b449402a146100de578063c2f32b4e146100d95763f18514f7146100d4575f80fd5b611472565b611415565b61130d565b6112cc565b6111d1565b6111b6565b61102b565b610fd6565b610ea0565b610c16565b610bfa565b610ae2565b61074c565b61067e565b61062e565b610396565b610203565b90601f19601f602080948051918291828752018686015e5f8582860101520116010190565b9392906101e4610201936101d160c06101009467ffffffffffffffff8151168a5263ffffffff60208201511660208b015263ffffffff60408201511660408b015263ffffffff60608201511660608b015263ffffffff60808201511660808b01526101c660a082015160a08c019063ffffffff169052565b0151151560c0890152565b61012060e0880152610120870190610129565b94019073ffffffffffffffffffffffffffffffffffffffff169052565b565b346103645760206003193601126103645760043561021f6114bb565b50610229816119c3565b5f5481101561035f57805f52600260205260405f2090805f52600160205261028d73ffffffffffffffffffffffffffffffffffffffff60405f205416917f290decd9548b62a8d60345a988386fc84ba6bc95484008f6362f93160ef3e56301611549565b9060405180935f908054906102a1826115d9565b808552916001811690811561031a57506001146102db575b50506102d792916102cb910385610f3e565b6040519384938461014e565b0390f35b5f908152602081209092505b8183106102fe5750508101602001816102cb6102b9565b6020919350806001915483858a010152019101909185926102e7565b7fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff001660208681019190915292151560051b850190920192508391506102cb90506102b9565b6114f1565b5f80fd5b9181601f840112156103645782359167ffffffffffffffff8311610364576020838186019501011161036457565b346103645760806003193601126103645760243560043560443567ffffffffffffffff8111610364576103cd903690600401610368565b929060643567ffffffffffffffff8111610364576103ef903690600401610368565b9190946103fb856119c3565b61044661042d610413875f52600160205260405f2090565b5473ffffffffffffffffffffffffffffffffffffffff1690565b73ffffffffffffffffffffffffffffffffffffffff1690565b330361060257831580156105f7575b80156105e5575b80156105d3575b6105ab576104708561151e565b5095610490610487885463ffffffff9060401c1690565b63ffffffff1690565b936104a3875f52600360205260405f2090565b935f5b87811061053057887f93ae1efc3cd014cbcbfc53ff74b4e2e5811674d8485146e8579106282ab6ff2d898961051e8e6104e26104878585611696565b7fffffffffffffffffffffffffffffffffffffffff00000000ffffffffffffffff6bffffffff000000000000000083549260401b169116179055565b604080519182526020820192909252a2005b806105a5816105526105446001958c611696565b8a905f5260205260405f2090565b61057761055e83611657565b61056f61056a85611688565b611657565b908b896116e4565b9061059d61058485611672565b61059561059087611688565b611672565b908b8d6116e4565b949093611a7c565b016104a6565b7f07b6ad3f000000000000000000000000000000000000000000000000000000005f5260045ffd5b506105dd84611672565b831415610463565b506105ef84611657565b81141561045c565b506103e88411610455565b7f4a0bfec1000000000000000000000000000000000000000000000000000000005f523360045260245ffd5b34610364575f60031936011261036457602060405173ffffffffffffffffffffffffffffffffffffffff7f0000000000000000000000000000000000000000000000000000000000000000168152f35b34610364575f60031936011261036457602060405173ffffffffffffffffffffffffffffffffffffffff7f0000000000000000000000000000000000000000000000000000000000000000168152f35b90602080835192838152019201905f5b8181106106eb5750505090565b82518452602093840193909201916001016106de565b9261072d610749959361071f61073b94608088526080880190610129565b908682036020880152610129565b9084820360408601526106ce565b9160608184039101526106ce565b90565b346103645760206003193601126103645760043573ffffffffffffffffffffffffffffffffffffffff7f0000000000000000000000000000000000000000000000000000000000000000163303610602575f54906107a982611714565b915f5b818110610ab157506107bd82611776565b6107c683611776565b905f935b808510610954575b508381528382526107ea6107e585611657565b6117d8565b926107f76107e586611672565b945f5b8181106108cf5750505f5b81811061081f575050906102d79160405194859485610701565b8061083d60406108316001948b611762565b51015163ffffffff1690565b63ffffffff61085f6104876108518561151e565b505460601c63ffffffff1690565b91160361086d575b01610805565b6108ca61087f6040610831848c611762565b6108888361151e565b50907fffffffffffffffffffffffffffffffff00000000ffffffffffffffffffffffff6fffffffff00000000000000000000000083549260601b169116179055565b610867565b806109086108f16108e260019488611762565b515f52600360205260405f2090565b6108fb8389611762565b515f5260205260405f2090565b606081549161091a8582015460801b90565b90600281015491604060046003840154930154958d603089020190602082015201528285028c0191602083015260408201520152016107fa565b935f195f5f5b8681106109d7575050865f1982146109cf5760406109a68361099561048784610831846109c8988b9a61098f60019d8f611762565b52611762565b61099f868a611762565b528a611762565b51016109be6109b9825163ffffffff1690565b6117c1565b63ffffffff169052565b01936107ca565b5050936107d2565b6109e1818a611762565b516109f66109f260c0830151151590565b1590565b610aa857805167ffffffffffffffff16610a1a610487602084015163ffffffff1690565b8067ffffffffffffffff8316105f14610aa05750905b604081015163ffffffff169167ffffffffffffffff16821015610a965760600151610a65916104879163ffffffff16906117a7565b5f1984148015610a8d575b610a80575b506001905b0161095a565b9092509050816001610a75565b50828110610a70565b5050600190610a7a565b905090610a30565b50600190610a7a565b80610ac6610ac060019361151e565b50611549565b610ad08287611762565b52610adb8186611762565b50016107ac565b3461036457604060031936011261036457600435602435801515908181036103645773ffffffffffffffffffffffffffffffffffffffff7f000000000000000000000000000000000000000000000000000000000000000016330361060257610b4a836119c3565b5f5483101561035f577f11201777e38ebe72bc4a0497e163db4b8290407d16de41cca5555e50454bfa8a91610bf16020925f8052857f290decd9548b62a8d60345a988386fc84ba6bc95484008f6362f93160ef3e56301907fffffff00ffffffffffffffffffffffffffffffffffffffffffffffffffffffff7cff00000000000000000000000000000000000000000000000000000000835492151560e01b169116179055565b604051908152a2005b34610364575f6003193601126103645760206040516103e88152f35b3461036457606060031936011261036457602435604435600435610c39816119c3565b610c5161042d610413835f52600160205260405f2090565b330361060257610c608161151e565b5091825491610c796104878463ffffffff9060401c1690565b9282158015610e96575b8015610e84575b6105ab57610ca09060601c63ffffffff16610487565b8510610e5757610cb8815f52600360205260405f2090565b94805b610cc58483611696565b811015610d875780610d81610d59610ce76001948b905f5260205260405f2090565b610d3a610d48610cfc87845494015460801b90565b604051928391602083019586906030927fffffffffffffffffffffffffffffffff000000000000000000000000000000009183521660208201520190565b03601f198101835282610f3e565b5190205f52600460205260405f2090565b7fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff008154169055565b01610cbb565b508594815b85610d978683611696565b1015610dd25780610dc8610db161054488610dcd95611696565b610dc3838b905f5260205260405f2090565b611846565b61180c565b610d8c565b50909193610de084826117ff565b818110610e1c57508392916104e26104877f3a8c12b5bdc0287af7e7120ae317a2c4b1b04e04c7021744a223ed0687e9e3079661051e946117ff565b80610e51610e346001938a905f5260205260405f2090565b60045f918281558260018201558260028201558260038201550155565b01610de0565b7f67b56edd000000000000000000000000000000000000000000000000000000005f52600485905260245ffd5b50610e8f86856117ff565b8311610c8a565b5083861015610c83565b34610364575f60031936011261036457602060405173ffffffffffffffffffffffffffffffffffffffff7f0000000000000000000000000000000000000000000000000000000000000000168152f35b7f4e487b71000000000000000000000000000000000000000000000000000000005f52604160045260245ffd5b60e0810190811067ffffffffffffffff821117610f3957604052565b610ef0565b90601f601f19910116810190811067ffffffffffffffff821117610f3957604052565b67ffffffffffffffff8111610f3957601f01601f191660200190565b929192610f8982610f61565b91610f976040519384610f3e565b829481845281830111610364578281602093845f960137010152565b6024359073ffffffffffffffffffffffffffffffffffffffff8216820361036457565b346103645760406003193601126103645760043567ffffffffffffffff811161036457366023820112156103645761101b611029913690602481600401359101610f7d565b611023610fb3565b906118c2565b005b346103645760406003193601126103645760043567ffffffffffffffff81116103645761105c903690600401610368565b611064610fb3565b9073ffffffffffffffffffffffffffffffffffffffff7f0000000000000000000000000000000000000000000000000000000000000000163303610602576102d7926110b1913691610f7d565b6110bb82826118c2565b7fc22ec753a623c56bd5943299a8993578abc8f26b9d4edb8dcf5765f21de93e215f549283926111236040516110f081610f1d565b5f81525f60208201525f60408201525f60608201525f60808201525f60a082015261111e60c0820160019052565b611cc3565b61113e81611139865f52600260205260405f2090565b611eeb565b61119482611154865f52600160205260405f2090565b9073ffffffffffffffffffffffffffffffffffffffff167fffffffffffffffffffffffff0000000000000000000000000000000000000000825416179055565b6111a360405192839283611fb6565b0390a26040519081529081906020820190565b34610364575f60031936011261036457602060405160408152f35b346103645760406003193601126103645760043560243567ffffffffffffffff8116908181036103645773ffffffffffffffffffffffffffffffffffffffff7f000000000000000000000000000000000000000000000000000000000000000016330361060257611241836119c3565b5f5483101561035f577f527f491416f46babf44102065eafb0ec6531e57cfe9e4581723597f23fd842cd91610bf16020925f8052857f290decd9548b62a8d60345a988386fc84ba6bc95484008f6362f93160ef3e563019067ffffffffffffffff167fffffffffffffffffffffffffffffffffffffffffffffffff0000000000000000825416179055565b34610364575f6003193601126103645760205f54604051908152f35b90916112ff61074993604084526040840190610129565b916020818403910152610129565b346103645760406003193601126103645760043560243561132d826119c3565b61134a61048761133c8461151e565b505460401c63ffffffff1690565b8110156105ab57611366611373925f52600360205260405f2090565b905f5260205260405f2090565b80546113c4611386600184015460801b90565b6040805160208101949094527fffffffffffffffffffffffffffffffff00000000000000000000000000000000909116908301528160508101610d3a565b61140660028301546113f8600460038601549501546040519586936020850191606093918352602083015260408201520190565b03601f198101845283610f3e565b6102d7604051928392836112e8565b346103645760206003193601126103645760043567ffffffffffffffff811161036457611449611450913690600401610368565b3691610f7d565b602081519101205f526004602052602060ff60405f2054166040519015158152f35b346103645760206003193601126103645760043561148f816119c3565b5f526001602052602073ffffffffffffffffffffffffffffffffffffffff60405f205416604051908152f35b604051906114c882610f1d565b5f60c0838281528260208201528260408201528260608201528260808201528260a08201520152565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52603260045260245ffd5b5f5481101561035f575f805260205f2001905f90565b805482101561035f575f5260205f2001905f90565b9061020160405161155981610f1d565b60c06115d282955467ffffffffffffffff8116845263ffffffff8160401c16602085015263ffffffff8160601c16604085015263ffffffff808260801c161660608501526115b963ffffffff8260a01c16608086019063ffffffff169052565b63ffffffff60c082901c1660a085015260e01c60ff1690565b1515910152565b90600182811c92168015611620575b60208310146115f357565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52602260045260245ffd5b91607f16916115e8565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52601160045260245ffd5b9060308202918083046030149015171561166d57565b61162a565b9060608202918083046060149015171561166d57565b906001820180921161166d57565b9190820180921161166d57565b906020116103645790602090565b906030116103645760200190601090565b906040116103645760200190602090565b906060116103645760400190602090565b90939293848311610364578411610364578101920390565b67ffffffffffffffff8111610f395760051b60200190565b9061171e826116fc565b61172b6040519182610f3e565b828152601f1961173b82946116fc565b01905f5b82811061174b57505050565b6020906117566114bb565b8282850101520161173f565b805182101561035f5760209160051b010190565b90611780826116fc565b61178d6040519182610f3e565b828152601f1961179d82946116fc565b0190602036910137565b9063ffffffff8091169116039063ffffffff821161166d57565b63ffffffff1663ffffffff811461166d5760010190565b906117e282610f61565b6117ef6040519182610f3e565b828152601f1961179d8294610f61565b9190820391821161166d57565b5f19811461166d5760010190565b7f4e487b71000000000000000000000000000000000000000000000000000000005f525f60045260245ffd5b90808203611852575050565b6004818192548455611896600182015460801b600186019060801c7fffffffffffffffffffffffffffffffff00000000000000000000000000000000825416179055565b60028101546002850155600381015460038501550154910155565b90815181101561035f570160200190565b805190811591829083156119b8575b50821561197b575b50811561192b575b506119035773ffffffffffffffffffffffffffffffffffffffff161561190357565b7f613970e0000000000000000000000000000000000000000000000000000000005f5260045ffd5b809150515f19810190811161166d5761194a61197091611975936118b1565b517fff000000000000000000000000000000000000000000000000000000000000001690565b611c1c565b5f6118e1565b90915061035f576119b17fff00000000000000000000000000000000000000000000000000000000000000602083015116611c1c565b905f6118d9565b60401092505f6118d1565b5f548110156119cf5750565b7f58c48914000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b359060208110611a08575090565b5f199060200360031b1b1690565b919091357fffffffffffffffffffffffffffffffff0000000000000000000000000000000081169260108110611a4a575050565b7fffffffffffffffffffffffffffffffff00000000000000000000000000000000929350829060100360031b1b161690565b9493929190611a94611a8e84846116a3565b906119fa565b91611aa8611aa285836116b1565b90611a16565b93831580611bf2575b611bc55790611ac1913691610f7d565b6020815191012090611ae5611ade835f52600460205260405f2090565b5460ff1690565b611b9a575092611b6c611a8e9360049693611b39611b0e611b95985f52600460205260405f2090565b60017fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff00825416179055565b8855600188019060801c7fffffffffffffffffffffffffffffffff00000000000000000000000000000000825416179055565b611b79611a8e83836116a3565b6002870155611b8b611a8e83836116c2565b60038701556116d3565b910155565b7f431135ae000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b7fe938ac38000000000000000000000000000000000000000000000000000000005f52600483905260245ffd5b507fffffffffffffffffffffffffffffffff00000000000000000000000000000000851615611ab1565b7fff00000000000000000000000000000000000000000000000000000000000000167f20000000000000000000000000000000000000000000000000000000000000008114908115611c6c575090565b7f0900000000000000000000000000000000000000000000000000000000000000811015915081611c9b575090565b7f0d000000000000000000000000000000000000000000000000000000000000009150111590565b5f5468010000000000000000811015610f3957806001611ce692015f555f611534565b611e9757611e4960c083611d3767ffffffffffffffff610201965116859067ffffffffffffffff167fffffffffffffffffffffffffffffffffffffffffffffffff0000000000000000825416179055565b6020810151845460408084015160608086015160808088015191901b73ffffffff00000000000000000000000000000000169290911b6fffffffff000000000000000000000000169490921b6bffffffff0000000000000000167fffffffffffffffff00000000000000000000000000000000ffffffffffffffff90931692909217929092171760a09190911b77ffffffff000000000000000000000000000000000000000016178455611e42611df560a083015163ffffffff1690565b85547fffffffff00000000ffffffffffffffffffffffffffffffffffffffffffffffff1660c09190911b7bffffffff00000000000000000000000000000000000000000000000016178555565b0151151590565b81547fffffff00ffffffffffffffffffffffffffffffffffffffffffffffffffffffff1690151560e01b7cff0000000000000000000000000000000000000000000000000000000016179055565b61181a565b601f8211611ea957505050565b5f5260205f20906020601f840160051c83019310611ee1575b601f0160051c01905b818110611ed6575050565b5f8155600101611ecb565b9091508190611ec2565b919091825167ffffffffffffffff8111610f3957611f1381611f0d84546115d9565b84611e9c565b6020601f8211600114611f51578190611f429394955f92611f46575b50505f198260011b9260031b1c19161790565b9055565b015190505f80611f2f565b601f19821690611f64845f5260205f2090565b915f5b818110611f9e57509583600195969710611f86575b505050811b019055565b01515f1960f88460031b161c191690555f8080611f7c565b9192602060018192868b015181550194019201611f67565b9073ffffffffffffffffffffffffffffffffffffffff611fe3602092959495604085526040850190610129565b941691015256fea2646970667358221220611ae70d470eea13cb6d56aa55e266e35c0ab419cd4b38972def29cbfdbbbfd164736f6c634300081e0033c22ec753a623c56bd5943299a8993578abc8f26b9d4edb8dcf5765f21de93e21",
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

// PoolMetaData contains all meta data concerning the Pool contract.
var PoolMetaData = &bind.MetaData{
	ABI: "[{\"inputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"wstETH\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"withdrawalQueue\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"registry\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"oracle\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"depositContract\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"withdrawalVault\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"elRewardsVault\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"governance\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"depositor\",\"type\":\"address\"}],\"internalType\":\"structPool.Links\",\"name\":\"l\",\"type\":\"tuple\"},{\"components\":[{\"internalType\":\"uint128\",\"name\":\"dustFloor\",\"type\":\"uint128\"},{\"internalType\":\"uint16\",\"name\":\"reserveTargetBP\",\"type\":\"uint16\"},{\"internalType\":\"uint16\",\"name\":\"instantWithdrawalBP\",\"type\":\"uint16\"},{\"internalType\":\"uint32\",\"name\":\"maxDepositsPerBlock\",\"type\":\"uint32\"}],\"internalType\":\"structPool.Params\",\"name\":\"p\",\"type\":\"tuple\"},{\"components\":[{\"internalType\":\"uint128\",\"name\":\"max\",\"type\":\"uint128\"},{\"internalType\":\"uint128\",\"name\":\"perBlock\",\"type\":\"uint128\"},{\"internalType\":\"uint128\",\"name\":\"prev\",\"type\":\"uint128\"},{\"internalType\":\"uint64\",\"name\":\"prevBlock\",\"type\":\"uint64\"},{\"internalType\":\"bool\",\"name\":\"paused\",\"type\":\"bool\"}],\"internalType\":\"structPool.StakeLimitState\",\"name\":\"limit\",\"type\":\"tuple\"},{\"internalType\":\"bool\",\"name\":\"compounding\",\"type\":\"bool\"}],\"stateMutability\":\"payable\",\"type\":\"constructor\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"AmountTooLarge\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"}],\"name\":\"BadSignature\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"BelowDust\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"BunkerMode\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ETHTransferFailed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"HoldingPeriod\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"allowance\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"needed\",\"type\":\"uint256\"}],\"name\":\"InsufficientAllowance\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"balance\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"InsufficientBalance\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"shares\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"needed\",\"type\":\"uint256\"}],\"name\":\"InsufficientShares\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"currentNonce\",\"type\":\"uint256\"}],\"name\":\"InvalidAccountNonce\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"InvalidParameter\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"}],\"name\":\"InvalidRecipient\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"InvalidShortString\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"Malformed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"NotAuthorized\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"deadline\",\"type\":\"uint256\"}],\"name\":\"PermitExpired\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ReentrancyGuardReentrantCall\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"available\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"ReserveShort\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"limit\",\"type\":\"uint256\"}],\"name\":\"StakeLimit\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"StakingPausedError\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"string\",\"name\":\"str\",\"type\":\"string\"}],\"name\":\"StringTooLong\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"WithdrawalAmount\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZeroAmount\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"Approval\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"bool\",\"name\":\"bunker\",\"type\":\"bool\"}],\"name\":\"BunkerModeSet\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"operatorId\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"depositIndex\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"keyIndex\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"Deposited\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[],\"name\":\"EIP712DomainChanged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"ethPaid\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"sharesBurnt\",\"type\":\"uint256\"}],\"name\":\"InstantWithdrawal\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"dustFloor\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"reserveTargetBP\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"instantWithdrawalBP\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"maxDepositsPerBlock\",\"type\":\"uint256\"}],\"name\":\"PoolParamsSet\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"maxStakeLimit\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"stakeLimitIncreasePerBlock\",\"type\":\"uint256\"}],\"name\":\"StakingLimitSet\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[],\"name\":\"StakingPaused\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[],\"name\":\"StakingResumed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"referral\",\"type\":\"address\"}],\"name\":\"Submitted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"Transfer\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"sharesValue\",\"type\":\"uint256\"}],\"name\":\"TransferShares\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"Unbuffered\",\"type\":\"event\"},{\"stateMutability\":\"payable\",\"type\":\"fallback\"},{\"inputs\":[],\"name\":\"DEAD\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"DOMAIN_SEPARATOR\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"}],\"name\":\"allowance\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"approve\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"balanceOf\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"decimals\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"subtractedValue\",\"type\":\"uint256\"}],\"name\":\"decreaseAllowance\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"maxDeposits\",\"type\":\"uint256\"}],\"name\":\"deposit\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"moved\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"depositContract\",\"outputs\":[{\"internalType\":\"contractIDepositContract\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"depositor\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"eip712Domain\",\"outputs\":[{\"internalType\":\"bytes1\",\"name\":\"fields\",\"type\":\"bytes1\"},{\"internalType\":\"string\",\"name\":\"name\",\"type\":\"string\"},{\"internalType\":\"string\",\"name\":\"version\",\"type\":\"string\"},{\"internalType\":\"uint256\",\"name\":\"chainId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"verifyingContract\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"salt\",\"type\":\"bytes32\"},{\"internalType\":\"uint256[]\",\"name\":\"extensions\",\"type\":\"uint256[]\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"elRewardsVault\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"getBeaconStat\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"depositedValidators_\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"beaconValidators\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"beaconBalance\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"getBufferedEther\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"getCurrentStakeLimit\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"getDepositableEther\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"getInstantLiquidity\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"getParams\",\"outputs\":[{\"components\":[{\"internalType\":\"uint128\",\"name\":\"dustFloor\",\"type\":\"uint128\"},{\"internalType\":\"uint16\",\"name\":\"reserveTargetBP\",\"type\":\"uint16\"},{\"internalType\":\"uint16\",\"name\":\"instantWithdrawalBP\",\"type\":\"uint16\"},{\"internalType\":\"uint32\",\"name\":\"maxDepositsPerBlock\",\"type\":\"uint32\"}],\"internalType\":\"structPool.Params\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"sharesAmount\",\"type\":\"uint256\"}],\"name\":\"getPooledEthByShares\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"sharesAmount\",\"type\":\"uint256\"}],\"name\":\"getPooledEthBySharesRoundUp\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"getReportsApplied\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"getReserveTarget\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"ethAmount\",\"type\":\"uint256\"}],\"name\":\"getSharesByPooledEth\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"getStakeLimitState\",\"outputs\":[{\"components\":[{\"internalType\":\"uint128\",\"name\":\"max\",\"type\":\"uint128\"},{\"internalType\":\"uint128\",\"name\":\"perBlock\",\"type\":\"uint128\"},{\"internalType\":\"uint128\",\"name\":\"prev\",\"type\":\"uint128\"},{\"internalType\":\"uint64\",\"name\":\"prevBlock\",\"type\":\"uint64\"},{\"internalType\":\"bool\",\"name\":\"paused\",\"type\":\"bool\"}],\"internalType\":\"structPool.StakeLimitState\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"getTotalPooledEther\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"getTotalShares\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"governance\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"addedValue\",\"type\":\"uint256\"}],\"name\":\"increaseAllowance\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"instantWithdraw\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"paid\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"isBunkerMode\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"isStakingPaused\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"lastInflowOf\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"sharesAmount\",\"type\":\"uint256\"}],\"name\":\"moveSharesToQueue\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"name\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"}],\"name\":\"nonces\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"oracle\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"pauseStaking\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"deadline\",\"type\":\"uint256\"},{\"internalType\":\"uint8\",\"name\":\"v\",\"type\":\"uint8\"},{\"internalType\":\"bytes32\",\"name\":\"r\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"s\",\"type\":\"bytes32\"}],\"name\":\"permit\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"receiveVaultETH\",\"outputs\":[],\"stateMutability\":\"payable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"registry\",\"outputs\":[{\"internalType\":\"contractOperatorRegistry\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"resumeStaking\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"uint128\",\"name\":\"dustFloor\",\"type\":\"uint128\"},{\"internalType\":\"uint16\",\"name\":\"reserveTargetBP\",\"type\":\"uint16\"},{\"internalType\":\"uint16\",\"name\":\"instantWithdrawalBP\",\"type\":\"uint16\"},{\"internalType\":\"uint32\",\"name\":\"maxDepositsPerBlock\",\"type\":\"uint32\"}],\"internalType\":\"structPool.Params\",\"name\":\"p\",\"type\":\"tuple\"}],\"name\":\"setParams\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"max\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"perBlock\",\"type\":\"uint256\"}],\"name\":\"setStakingLimit\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"sharesOf\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"referral\",\"type\":\"address\"}],\"name\":\"submit\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"payable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"symbol\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"totalSupply\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"transfer\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"transferFrom\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"sharesAmount\",\"type\":\"uint256\"}],\"name\":\"transferShares\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"sharesAmount\",\"type\":\"uint256\"}],\"name\":\"transferSharesFrom\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"sharesAmount\",\"type\":\"uint256\"}],\"name\":\"unwrapTo\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"withdrawalCredentials\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"withdrawalQueue\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"withdrawalVault\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"wrapFrom\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"sharesAmount\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"wstETH\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"stateMutability\":\"payable\",\"type\":\"receive\"}]",
	Sigs: map[string]string{
		"getPooledEthBySharesRoundUp(uint256)":        "0103349c",
		"DEAD()":                                      "03fd2a45",
		"name()":                                      "06fdde03",
		"approve(address,uint256)":                    "095ea7b3",
		"totalSupply()":                               "18160ddd",
		"getSharesByPooledEth(uint256)":               "19208451",
		"isStakingPaused()":                           "1ea7ca89",
		"setParams((uint128,uint16,uint16,uint32))":   "20761318",
		"transferFrom(address,address,uint256)":       "23b872dd",
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
		"withdrawalVault()":                           "69d42148",
		"transferSharesFrom(address,address,uint256)": "6d780459",
		"balanceOf(address)":                          "70a08231",
		"resumeStaking()":                             "7475f913",
		"getPooledEthByShares(uint256)":               "7a28fb88",
		"registry()":                                  "7b103999",
		"oracle()":                                    "7dc0d1d0",
		"nonces(address)":                             "7ecebe00",
		"eip712Domain()":                              "84b0196e",
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
	Bin: "0x6102a0604052614f6d8038038091610019826102a0610802565b6102a03961026081126107cf5761012081126107cf576040519061012082016001600160401b038111838210176107d3576040526100586102a0610825565b82526100656102c0610825565b60208301526100756102e0610825565b6040830152610085610300610825565b6060830152610095610320610825565b60808301526100a5610340610825565b60a08301526100b5610360610825565b60c08301526100c5610380610825565b60e08301526100d56103a0610825565b610100830152608061011f198201126107cf5760405190608082016001600160401b038111838210176107d3576040526101106103c0610839565b825261011d6103e061084d565b602083015261012d61040061084d565b6040830152610420519063ffffffff821682036107cf5760a091606084015261019f1901126107cf5760405191610163836107e7565b61016e610440610839565b835261017b610460610839565b602084015261018b610480610839565b60408401526104a0516001600160401b03811681036107cf5760608401526101b46104c061085c565b60808401526101c46104e061085c565b60018060a01b038251166040516101dc604082610802565b600c815260208101906b29ba30b5b2b21022ba3432b960a11b825260405191610206604084610802565b600183526020830191603160f81b835261021f81610869565b6101205261022c846109ff565b61014052519020918260e05251902080610100524660a0526040519060208201927f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f8452604083015260608201524660808201523060a082015260a0815261029560c082610802565b5190206080523060c05261016052633b9aca0034106107bc5760208201516001600160a01b0390811661018052604083015181166101a052606083015181166101c052608083015181166101e05260a083015181166102005260c083015181166102205260e08301518116610240526101008301511661026052156107b4576002905b60a0015160f89190911b7fff00000000000000000000000000000000000000000000000000000000000000166001600160a01b0391909116176102805280516001600160801b03161580156107a1575b801561078e575b801561077c575b8015610767575b61074e578051600a805460208085015160408087015160609788015163ffffffff60a01b60a082901b1661ffff60801b608086811b919091166001600160801b03909a166001600160c01b031990981688179990991761ffff60901b609085901b161717909655815194855261ffff9283169385019390935291169082015263ffffffff909116928101929092527fe42122654040a080b723fde2fd36eeb82cb988077d24873f1969dc2bafa27c6591a180516001600160801b031680610723575b50602060018060801b038251169101515f608060405161045e816107e7565b8481525f196001831b01841660208083019190915260408201869052436001600160401b038116606084015292909101929092526001600160801b03808516608094851b6001600160801b03191617600b55600c8054600160801b600160c81b03199096166001600160c81b0319909616959095179190931b600160801b600160c01b03161790925534600781905561dead5f5260039092527f262bb27bbdd95c1cdc8e16957e36e38579ea44f7f6413dd7a9c75939def06b2c805490929082169082160190811161070f5781546001600160c01b0319166001600160801b039190911617905560055434810190811061070f5760055561dead7f96a25c8ce0baabc1fdefd93e9ed25d8e092a3332f3aa9a41722b5697231d1d1a604080513481525f6020820152a261dead5f7fddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef6020604051348152a361dead5f7f9d9c909296d9c674451c0c24f02cb64981eb3b727f99865939192f880a755dcb6020604051348152a36040516144359081610b38823960805181613730015260a051816137ed015260c05181613701015260e0518161377f015261010051816137a5015261012051816110f801526101405181611121015261016051818181610d110152818161180e01528181611c3e015261404c0152610180518181816108fd01528181610c1601528181611ed00152818161258b0152612d4d01526101a051818181611041015261296c01526101c0518161108401526101e051818181611bfc0152612b3c015261020051818181610b950152610f08015261022051818181610bcf0152611bb901526102405181818161058a015281816109bf01528181610d8e01528181610fd60152611e3a0152610260518181816116d801526118e5015261028051818181610d4c0152612b1a0152f35b634e487b7160e01b5f52601160045260245ffd5b6020820151600160801b8210801592916001600160801b03169061075d575b505061074e575f61043f565b630309cb8760e51b5f5260045ffd5b1190505f80610742565b5061271063ffffffff6060830151161161037d565b5063ffffffff60608201511615610376565b5061271061ffff6040830151161161036f565b5061271061ffff60208301511611610368565b600190610318565b63d660d3bb60e01b5f523460045260245ffd5b5f80fd5b634e487b7160e01b5f52604160045260245ffd5b60a081019081106001600160401b038211176107d357604052565b601f909101601f19168101906001600160401b038211908210176107d357604052565b51906001600160a01b03821682036107cf57565b51906001600160801b03821682036107cf57565b519061ffff821682036107cf57565b519081151582036107cf57565b908151602081105f146108e3575090601f8151116108a3576020815191015160208210610894571790565b5f198260200360031b1b161790565b604460209160405192839163305a27a960e01b83528160048401528051918291826024860152018484015e5f828201840152601f01601f19168101030190fd5b6001600160401b0381116107d3575f54600181811c911680156109f5575b60208210146109e157601f81116109af575b50602092601f821160011461095057928192935f92610945575b50508160011b915f199060031b1c1916175f5560ff90565b015190505f8061092d565b601f198216935f8052805f20915f5b868110610997575083600195961061097f575b505050811b015f5560ff90565b01515f1960f88460031b161c191690555f8080610972565b9192602060018192868501518155019401920161095f565b5f8052601f60205f20910160051c810190601f830160051c015b8181106109d65750610913565b5f81556001016109c9565b634e487b7160e01b5f52602260045260245ffd5b90607f1690610901565b908151602081105f14610a2a575090601f8151116108a3576020815191015160208210610894571790565b6001600160401b0381116107d357600154600181811c91168015610b2d575b60208210146109e157601f8111610afa575b50602092601f8211600114610a9957928192935f92610a8e575b50508160011b915f199060031b1c19161760015560ff90565b015190505f80610a75565b601f1982169360015f52805f20915f5b868110610ae25750836001959610610aca575b505050811b0160015560ff90565b01515f1960f88460031b161c191690555f8080610abc565b91926020600181928685015181550194019201610aa9565b60015f52601f60205f20910160051c810190601f830160051c015b818110610b225750610a5b565b5f8155600101610b15565b90607f1690610a4956fe6080604052600436101561001d575b3661304c5761001b613041565b005b5f3560e01c80630103349c146103a757806303fd2a45146103a257806306fdde031461039d578063095ea7b31461039857806318160ddd1461036657806319208451146103935780631ea7ca891461038e578063207613181461038957806323b872dd146103845780632ac110731461037f5780632cb5f7841461037a578063313ce567146103755780633644e515146103705780633695bea41461036b57806337cfdaca1461036657806337d5fe9914610361578063395093511461035c57806347b714e0146103575780634aa07e64146103525780634cd79e0a1461034d5780635aa6e675146103485780635dc796ee146103435780635e615a6b1461033e578063609c4c6c1461033957806369d42148146103345780636d7804591461032f57806370a082311461032a5780637475f913146103255780637a28fb88146103205780637b1039991461031b5780637dc0d1d0146103165780637ecebe001461031157806384b0196e1461030c5780638cf4dc43146103075780638fcb4e5b1461030257806395d89b41146102fd578063992e5a15146102f8578063a16498d9146102f3578063a1903eab146102ee578063a457c2d7146102e9578063a9059cbb146102e4578063ae2e3538146102df578063b6b55f25146102da578063bc056f59146102d5578063c12ea3ca146102d0578063c7c4ff46146102cb578063d5002f2e146102c6578063d505accf146102c1578063d85dae81146102bc578063dd62ed3e146102b7578063e441d25f146102b2578063e94ad65b146102ad578063eeb4965e146102a8578063f2cfa87d146102a3578063f5eb42dc1461029e578063f999c506146102995763fd92bff20361000e57611e68565b611e20565b611dd6565b611dbc565b611c20565b611bdd565b611b9a565b611b41565b611b1c565b611926565b611909565b6118c6565b6117ef565b61173c565b6116ba565b611680565b61165a565b6115aa565b6112db565b6112c1565b61129a565b61123b565b611213565b6111f9565b6110e0565b6110a8565b611065565b611022565b611004565b610fbc565b610f72565b610f2c565b610ee9565b610ec7565b610df7565b610db2565b610d6f565b610d35565b610cf2565b610cd5565b610c3a565b610bf7565b610512565b610b80565b610b66565b610b4b565b61099e565b6108da565b6108a2565b61056f565b61054a565b61052c565b6104ab565b61041c565b6103db565b346103cd5760206003193601126103cd5760206103c5600435613074565b604051908152f35b5f80fd5b5f9103126103cd57565b346103cd575f6003193601126103cd57602060405161dead8152f35b90601f19601f602080948051918291828752018686015e5f8582860101520116010190565b346103cd575f6003193601126103cd5761047b60405161043d6040826122b8565b600c81527f5374616b6564204574686572000000000000000000000000000000000000000060208201526040519182916020835260208301906103f7565b0390f35b600435906001600160a01b03821682036103cd57565b602435906001600160a01b03821682036103cd57565b346103cd5760406003193601126103cd576104f96104c761047f565b602435907fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff8203610504575b336130cd565b602060405160018152f35b61050d826130b1565b6104f3565b346103cd575f6003193601126103cd5760206103c5613169565b346103cd5760206003193601126103cd5760206103c56004356131d5565b346103cd575f6003193601126103cd57602060ff600c5460c01c166040519015158152f35b346103cd5760806003193601126103cd576001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016330361083c576040516105bc8161227b565b600435906105c9826122f7565b8181526105d4612311565b9060208101908282526105e5612322565b9260408201938085526064359063ffffffff821682036103cd576fffffffffffffffffffffffffffffffff6106306060860198848a526fffffffffffffffffffffffffffffffff1690565b161592831561081f575b508215610802575b5081156107f3575b81156107de575b506107b6577fe42122654040a080b723fde2fd36eeb82cb988077d24873f1969dc2bafa27c659361076d610762610759610759856107436107b1978051600a805460208401516040850151606095909501517fffffffffffffffff0000000000000000000000000000000000000000000000009092166fffffffffffffffffffffffffffffffff949094169390931760809390931b71ffff00000000000000000000000000000000169290921760909390931b73ffff000000000000000000000000000000000000169290921760a09190911b77ffffffff000000000000000000000000000000000000000016179055565b516fffffffffffffffffffffffffffffffff1690565b955161ffff1690565b915163ffffffff1690565b9060405194859485929361ffff63ffffffff929695816060956fffffffffffffffffffffffffffffffff608089019a16885216602087015216604085015216910152565b0390a1005b7f613970e0000000000000000000000000000000000000000000000000000000005f5260045ffd5b612710915063ffffffff90811616115f610651565b63ffffffff811615915061064a565b61271091925061081661ffff9161ffff1690565b1611905f610642565b61271091935061083361ffff9161ffff1690565b1611915f61063a565b7f4a0bfec1000000000000000000000000000000000000000000000000000000005f523360045260245ffd5b60031960609101126103cd576004356001600160a01b03811681036103cd57906024356001600160a01b03811681036103cd579060443590565b346103cd576104f96108d36108b636610868565b8093916108c2826130b1565b6108cd823386613217565b836132af565b3390613374565b346103cd5760606003193601126103cd576108f361047f565b60243590604435917f0000000000000000000000000000000000000000000000000000000000000000916001600160a01b0383169384330361083c57847f9d9c909296d9c674451c0c24f02cb64981eb3b727f99865939192f880a755dcb937fddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef6001600160a01b038561098a8660209a8b9961349e565b16968792604051908152a3604051908152a3005b346103cd5760406003193601126103cd576004356024356001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016330361083c576109ed612333565b9180158015610b1657826107b6577fce9fddf6179affa1ea7bf36d80a6bf0284e0f3b91f4b2fa6eea2af923e7fac2d93610aae915b610a2b8261360b565b906fffffffffffffffffffffffffffffffff610a5784516fffffffffffffffffffffffffffffffff1690565b6fffffffffffffffffffffffffffffffff871680865292911615906fffffffffffffffffffffffffffffffff8816602086015215610ac7575050505f60408201525b4367ffffffffffffffff16606082015261239d565b60408051918252602082019290925290819081016107b1565b8015610b0d575b15610af0576fffffffffffffffffffffffffffffffff16604083015250610a99565b506fffffffffffffffffffffffffffffffff166040820152610a99565b50818510610ace565b7fce9fddf6179affa1ea7bf36d80a6bf0284e0f3b91f4b2fa6eea2af923e7fac2d93610aae91610b4685856135dc565b610a22565b346103cd575f6003193601126103cd57602060405160128152f35b346103cd575f6003193601126103cd5760206103c56136f7565b5f6003193601126103cd576001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001633141580610bc4575b61083c57005b506001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016331415610bbe565b346103cd575f6003193601126103cd5760206040516001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000168152f35b346103cd5760406003193601126103cd57610c5361047f565b602435335f526004602052610c7c8260405f20906001600160a01b03165f5260205260405f2090565b549081198111610caa578101809111610ca557610c9991336130cd565b60405160018152602090f35b61246b565b7f08083b2a000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b346103cd575f6003193601126103cd576020600754604051908152f35b346103cd575f6003193601126103cd5760206040516001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000168152f35b346103cd575f6003193601126103cd5760206040517f00000000000000000000000000000000000000000000000000000000000000008152f35b346103cd575f6003193601126103cd5760206040516001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000168152f35b346103cd5760206003193601126103cd576001600160a01b03610dd361047f565b165f526003602052602067ffffffffffffffff60405f205460801c16604051908152f35b346103cd575f6003193601126103cd575f6060604051610e168161227b565b828152826020820152826040820152015261047b604051610e368161227b565b63ffffffff600a546fffffffffffffffffffffffffffffffff8116835261ffff8160801c16602084015261ffff8160901c16604084015260a01c16606082015260405191829182919091606063ffffffff8160808401956fffffffffffffffffffffffffffffffff815116855261ffff602082015116602086015261ffff6040820151166040860152015116910152565b346103cd575f6003193601126103cd5760206103c5610ee4612333565b61360b565b346103cd575f6003193601126103cd5760206040516001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000168152f35b346103cd576020610f6a6103c5610f4236610868565b610f4f81959293956130b1565b610f5881613074565b92610f64843388613217565b85613813565b923390613374565b346103cd5760206003193601126103cd576001600160a01b03610f9361047f565b165f52600360205260206103c56fffffffffffffffffffffffffffffffff60405f20541661390b565b346103cd575f6003193601126103cd576001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016330361083c5761001b6124c0565b346103cd5760206003193601126103cd5760206103c560043561390b565b346103cd575f6003193601126103cd5760206040516001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000168152f35b346103cd575f6003193601126103cd5760206040516001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000168152f35b346103cd5760206003193601126103cd576001600160a01b036110c961047f565b165f526002602052602060405f2054604051908152f35b346103cd575f6003193601126103cd576111a061111c7f0000000000000000000000000000000000000000000000000000000000000000614073565b6111457f000000000000000000000000000000000000000000000000000000000000000061418d565b602060405161115482826122b8565b5f8152816111ae81830194601f1983013687376040519788977f0f00000000000000000000000000000000000000000000000000000000000000895260e0858a015260e08901906103f7565b9087820360408901526103f7565b914660608701523060808701525f60a087015285830360c087015251918281520192915f5b8281106111e257505050500390f35b8351855286955093810193928101926001016111d3565b346103cd575f6003193601126103cd5760206103c5612555565b346103cd5760406003193601126103cd5760206103c561123161047f565b6024359033613813565b346103cd575f6003193601126103cd5761047b60405161125c6040826122b8565b600581527f737445544800000000000000000000000000000000000000000000000000000060208201526040519182916020835260208301906103f7565b346103cd575f6003193601126103cd57602067ffffffffffffffff60065416604051908152f35b346103cd575f6003193601126103cd5760206103c561266e565b60206003193601126103cd576112ef61047f565b6112f7612333565b906113056080830151151590565b61158257611312346130b1565b611345611330600a546fffffffffffffffffffffffffffffffff1690565b6fffffffffffffffffffffffffffffffff1690565b3410611524576113548261360b565b9034821061155157611365346131d5565b918215611524576fffffffffffffffffffffffffffffffff611399602095516fffffffffffffffffffffffffffffffff1690565b16611489575b506113b46113af346007546124b3565b600755565b6113d16113ca60065467ffffffffffffffff1690565b8333614245565b604080513481526001600160a01b0392909216602083015233917f96a25c8ce0baabc1fdefd93e9ed25d8e092a3332f3aa9a41722b5697231d1d1a9190a26114188161390b565b5f7fddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef6040518061144e3395829190602083019252565b0390a360405181815233905f907f9d9c909296d9c674451c0c24f02cb64981eb3b727f99865939192f880a755dcb90602090a3604051908152f35b61149a6113306114d7923490612498565b6fffffffffffffffffffffffffffffffff167fffffffffffffffffffffffffffffffff00000000000000000000000000000000600c541617600c55565b600c80547fffffffffffffffff0000000000000000ffffffffffffffffffffffffffffffff164360801b77ffffffffffffffff00000000000000000000000000000000161790555f61139f565b7fd660d3bb000000000000000000000000000000000000000000000000000000005f523460045260245b5ffd5b7fa14b63d6000000000000000000000000000000000000000000000000000000005f5234600452602482905260445ffd5b7f4c022de4000000000000000000000000000000000000000000000000000000005f5260045ffd5b346103cd5760406003193601126103cd576115c361047f565b602435335f5260046020526115ec8260405f20906001600160a01b03165f5260205260405f2090565b5490808210611608578103908111610ca557610c9991336130cd565b6040517f91beda240000000000000000000000000000000000000000000000000000000081523360048201526001600160a01b03841660248201526044810192909252606482015280608481015b0390fd5b346103cd5760406003193601126103cd576104f961167661047f565b60243590336132af565b346103cd575f6003193601126103cd57606060095460085467ffffffffffffffff60405192818116845260401c1660208301526040820152f35b346103cd5760206003193601126103cd576004356001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016330361083c5761171160209161170c613b1f565b612897565b5f7f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f005d604051908152f35b346103cd575f6003193601126103cd575f608060405161175b8161229c565b828152826020820152826040820152826060820152015260a061177c612333565b6080604051916fffffffffffffffffffffffffffffffff81511683526fffffffffffffffffffffffffffffffff60208201511660208401526fffffffffffffffffffffffffffffffff604082015116604084015267ffffffffffffffff6060820151166060840152015115156080820152f35b346103cd5760406003193601126103cd5761180861047f565b602435907f0000000000000000000000000000000000000000000000000000000000000000916001600160a01b03831680330361083c5761184d828461047b9661349e565b7f9d9c909296d9c674451c0c24f02cb64981eb3b727f99865939192f880a755dcb60206001600160a01b036118818561390b565b95169384847fddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef846040518a8152a3604051908152a36040519081529081906020820190565b346103cd575f6003193601126103cd5760206040516001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000168152f35b346103cd575f6003193601126103cd576020600554604051908152f35b346103cd5760e06003193601126103cd5761193f61047f565b611947610495565b6044359060643560843560ff811681036103cd5760a43560c43592804211611af15791611a74611a7e9492611a66611a208a8a611a188b611a0a611a7a9b6119a9866001600160a01b03165f52600260205260405f2080549060018201905590565b60405195869460208601988991926001600160a01b0360a09497969592978160c08601997f6e71edae12b1b97f4d1f60370fef10105fa2faae0126114a169c64845d6126c98752166020860152166040840152606083015260808201520152565b03601f1981018352826122b8565b519020613e32565b936040519586936020850191926041937fff00000000000000000000000000000000000000000000000000000000000000928452602084015260f81b1660408201520190565b03601f1981018452836122b8565b86613eaa565b1590565b611abc5761001b927fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff8303156130cd57611ab7836130b1565b6130cd565b7f9a7d38d9000000000000000000000000000000000000000000000000000000005f526001600160a01b03831660045260245ffd5b7f9e96b26f000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b346103cd575f6003193601126103cd57602060ff60095460e01c166040519015158152f35b346103cd5760406003193601126103cd576020611b91611b5f61047f565b6001600160a01b03611b6f610495565b91165f526004835260405f20906001600160a01b03165f5260205260405f2090565b54604051908152f35b346103cd575f6003193601126103cd5760206040516001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000168152f35b346103cd575f6003193601126103cd5760206040516001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000168152f35b346103cd5760406003193601126103cd57611c3961047f565b6024357f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0381169081330361083c57611c78836130b1565b611c81836131d5565b928315611d94576001600160a01b03851691825f526003602052611cbc61133060405f206fffffffffffffffffffffffffffffffff90541690565b95858710611d4a5761047b9650611d0b8593611cfb8887957fddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef9561349e565b6040519081529081906020820190565b0390a36040518381527f9d9c909296d9c674451c0c24f02cb64981eb3b727f99865939192f880a755dcb90602090a36040519081529081906020820190565b8261154e91611d588961390b565b7fdb42144d000000000000000000000000000000000000000000000000000000005f526001600160a01b03909116600452602452604452606490565b7f1f2a2005000000000000000000000000000000000000000000000000000000005f5260045ffd5b346103cd575f6003193601126103cd5760206103c5612d0e565b346103cd5760206003193601126103cd576001600160a01b03611df761047f565b165f52600360205260206fffffffffffffffffffffffffffffffff60405f205416604051908152f35b346103cd575f6003193601126103cd576001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016330361083c5761001b612dd9565b346103cd5760206003193601126103cd57600435611e84613b1f565b60095460e01c60ff1661222657611e9a816130b1565b6040517ff9abb1f10000000000000000000000000000000000000000000000000000000081526020816004816001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000165afa8015612221576fffffffffffffffffffffffffffffffff915f916121f2575b501681106121c757611f3c611f37336001600160a01b03165f52600360205260405f2090565b612fc9565b60065467ffffffffffffffff1667ffffffffffffffff611f7f611f7a611f6d602086015167ffffffffffffffff1690565b67ffffffffffffffff1690565b6124a5565b91161061219b57611f8e612555565b82811061216b5750611fcd611fb6611fa86005548561265b565b611fb0613169565b90613934565b91516fffffffffffffffffffffffffffffffff1690565b816fffffffffffffffffffffffffffffffff82161061211457505f61201d61201761201261200c612005600a5461ffff9060901c1690565b61ffff1690565b8661265b565b613925565b84612498565b926120288333613f95565b6120376113af85600754612498565b60405190815233907fddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef90602090a36040518181525f9033907f9d9c909296d9c674451c0c24f02cb64981eb3b727f99865939192f880a755dcb90602090a360408051838152602081019290925233917fba49cf25b9cb1c12daab28db38eabfb397ff0585a592e037876253373b8ed0919190a25f80808084335af16120da613012565b50156120ec5761047b90611cfb613b93565b7fb12d13eb000000000000000000000000000000000000000000000000000000005f5260045ffd5b8261213961213461154e936fffffffffffffffffffffffffffffffff1690565b61390b565b7fdb42144d000000000000000000000000000000000000000000000000000000005f5233600452602452604452606490565b7fcfe90308000000000000000000000000000000000000000000000000000000005f52600452602482905260445ffd5b7fd34ddfef000000000000000000000000000000000000000000000000000000005f523360045260245ffd5b7f53b765e8000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b612214915060203d60201161221a575b61220c81836122b8565b810190612fb4565b5f611f11565b503d612202565b61254a565b7fcf478f6e000000000000000000000000000000000000000000000000000000005f5260045ffd5b7f4e487b71000000000000000000000000000000000000000000000000000000005f52604160045260245ffd5b6080810190811067ffffffffffffffff82111761229757604052565b61224e565b60a0810190811067ffffffffffffffff82111761229757604052565b90601f601f19910116810190811067ffffffffffffffff82111761229757604052565b67ffffffffffffffff811161229757601f01601f191660200190565b6fffffffffffffffffffffffffffffffff8116036103cd57565b6024359061ffff821682036103cd57565b6044359061ffff821682036103cd57565b604051906123408261229c565b81600b546fffffffffffffffffffffffffffffffff8116825260801c6020820152608060ff600c546fffffffffffffffffffffffffffffffff8116604085015267ffffffffffffffff81841c16606085015260c01c161515910152565b805160208201516fffffffffffffffffffffffffffffffff9182167fffffffffffffffffffffffffffffffff00000000000000000000000000000000608092831b1617600b556040830151600c805460608601519584015178ff00000000000000000000000000000000000000000000000090151560c01b167fffffffffffffff0000000000000000000000000000000000000000000000000090911692909416919091179390911b77ffffffffffffffff000000000000000000000000000000001692909217179055565b565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52601160045260245ffd5b91908203918211610ca557565b9060028201809211610ca557565b91908201809211610ca557565b60ff600c5460c01c161561246957600c80547fffffffffffffff000000000000000000ffffffffffffffffffffffffffffffff1677ffffffffffffffff000000000000000000000000000000004360801b161790557fedaeeae9aed70c4545d3ab0065713261c9cee8d6cf5c8b07f52f0a65fd91efda5f80a1565b908160209103126103cd575190565b6040513d5f823e3d90fd5b6040517fd0fb84e80000000000000000000000000000000000000000000000000000000081526020816004816001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000165afa908115612221575f916125da575b5060075490808210156125ce5750505f90565b8103908111610ca55790565b6125fc915060203d602011612602575b6125f481836122b8565b81019061253b565b5f6125bb565b503d6125ea565b906801bc16d674ec8000008202918083046801bc16d674ec8000001490151715610ca557565b90603082029180830460301490151715610ca557565b90606082029180830460601490151715610ca557565b81810292918115918404141715610ca557565b61268c61201261267c613169565b61ffff600a5460801c169061265b565b90565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52601260045260245ffd5b81601f820112156103cd578051906126d3826122db565b926126e160405194856122b8565b828452602083830101116103cd57815f9260208093018386015e8301015290565b9080601f830112156103cd57815167ffffffffffffffff81116122975760208160051b019261273460405194856122b8565b81845260208085019260051b8201019283116103cd57602001905b82821061275c5750505090565b815181526020918201910161274f565b906080828203126103cd57815167ffffffffffffffff81116103cd57816127949184016126bc565b92602083015167ffffffffffffffff81116103cd57826127b59185016126bc565b92604081015167ffffffffffffffff81116103cd57836127d6918301612702565b92606082015167ffffffffffffffff81116103cd5761268c9201612702565b9067ffffffffffffffff8091169116019067ffffffffffffffff8211610ca557565b805182101561282b5760209160051b010190565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52603260045260245ffd5b9493926128846060936128766128929460808a5260808a01906103f7565b9088820360208a01526103f7565b9086820360408801526103f7565b930152565b906009546128b08167ffffffffffffffff9060801c1690565b67ffffffffffffffff164303612d025763ffffffff9060c01c81165b16916128ed6128e4600a5463ffffffff9060a01c1690565b63ffffffff1690565b83811115612cfb5780612901858093612498565b831015612ceb575050915b82612927612918612d0e565b6801bc16d674ec800000900490565b908110612ce3575b508215612cdd576040517f66dc25c500000000000000000000000000000000000000000000000000000000815260048101939093525f83602481837f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03165af1928315612221575f905f925f915f96612cb2575b508151958615612ca857612ac4612a766128e4896129d160095467ffffffffffffffff1690565b95612a2a6129f567ffffffffffffffff89169867ffffffffffffffff8516906127f5565b67ffffffffffffffff167fffffffffffffffffffffffffffffffffffffffffffffffff00000000000000006009541617600955565b600980547fffffffffffffffff0000000000000000ffffffffffffffffffffffffffffffff164360801b77ffffffffffffffff00000000000000000000000000000000161790556124b3565b7fffffffff00000000ffffffffffffffffffffffffffffffffffffffffffffffff7bffffffff0000000000000000000000000000000000000000000000006009549260c01b16911617600955565b612adb6113af612ad389612609565b600754612498565b5f5b878110612c3d57505050507f76a397bea5768d4fca97ef47792796e35f98dc81b16c1de84e28a818e1f97108612b15611cfb86612609565b0390a17f0000000000000000000000000000000000000000000000000000000000000000917f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03165f5b868110612b74575050505050565b612b86612b808261262f565b85613bb8565b90612b99612b9382612645565b85613c13565b91604051612bb281611a0a8a6020830160209181520190565b612bbd848984613c93565b91853b156103cd57612bfe5f9360405196879485947f2289511800000000000000000000000000000000000000000000000000000000865260048601612858565b03816801bc16d674ec800000875af191821561222157600192612c23575b5001612b66565b80612c315f612c37936122b8565b806103d1565b5f612c1c565b80612c4a60019286612817565b517f1ec55d9e15c44189f574f4c7598877f9f4db58852439702a7c97979f1e755ad0612c7683876124b3565b612c808487612817565b516040805192835260208301919091526801bc16d674ec80000090820152606090a201612add565b505f955050505050565b9250945050612cd391503d805f833e612ccb81836122b8565b81019061276c565b949192915f6129aa565b505f9150565b92505f61292f565b612cf59250612498565b9161290c565b505f925050565b5063ffffffff5f6128cc565b612d1661266e565b604051907fd0fb84e80000000000000000000000000000000000000000000000000000000082526020826004816001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000165afa90811561222157612d87925f92612db8575b506124b3565b60095460e01c60ff168015612dac575b612da75761268c90600754612498565b505f90565b50806007541115612d97565b612dd291925060203d602011612602576125f481836122b8565b905f612d81565b612de1612333565b60808101908151612fb057606081612efa612f479460016fffffffffffffffffffffffffffffffff612e1b67ffffffffffffffff9761360b565b169182604086015252612e786fffffffffffffffffffffffffffffffff8451166fffffffffffffffffffffffffffffffff167fffffffffffffffffffffffffffffffff00000000000000000000000000000000600b541617600b55565b60208301516fffffffffffffffffffffffffffffffff7fffffffffffffffffffffffffffffffff00000000000000000000000000000000600b549260801b16911617600b556fffffffffffffffffffffffffffffffff167fffffffffffffffffffffffffffffffff00000000000000000000000000000000600c541617600c55565b0151167fffffffffffffffff0000000000000000ffffffffffffffffffffffffffffffff77ffffffffffffffff00000000000000000000000000000000600c549260801b16911617600c55565b600c80547fffffffffffffff00ffffffffffffffffffffffffffffffffffffffffffffffff1678010000000000000000000000000000000000000000000000001790557f26d1807b479eaba249c1214b82e4b65bbb0cc73ee8a17901324b1ef1b5904e495f80a1565b5050565b908160209103126103cd575161268c816122f7565b906040516040810181811067ffffffffffffffff8211176122975760405291546fffffffffffffffffffffffffffffffff8116835260801c67ffffffffffffffff166020830152565b3d1561303c573d90613023826122db565b9161303160405193846122b8565b82523d5f602084013e565b606090565b613049613947565b50565b7f07b6ad3f000000000000000000000000000000000000000000000000000000005f5260045ffd5b6005549081156130ab576130909061308a613169565b9061265b565b81810491900661309d5790565b60018101809111610ca55790565b50505f90565b700100000000000000000000000000000000811015610caa5750565b916001600160a01b03821692831561313d57817f8c5be1e5ebec7d5bd14f71427d1e84f3dd0314c0f7b2291e5b200ac8c7c3b925926131336001600160a01b036020941695865f526004855260405f20906001600160a01b03165f5260205260405f2090565b55604051908152a3565b837f17858bbe000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b6007546008548101809111610ca55760095467ffffffffffffffff808260401c1691160367ffffffffffffffff8111610ca55767ffffffffffffffff166801bc16d674ec8000008102908082046801bc16d674ec8000001490151715610ca5578101809111610ca55790565b6131dd613169565b9081159081801561320d575b613207576005546131f99161265b565b90613202570490565b61268f565b91505090565b50600554156131e9565b90916001600160a01b0382165f5260046020526132488360405f20906001600160a01b03165f5260205260405f2090565b548181106132565750505050565b90611656916040519485947f91beda2400000000000000000000000000000000000000000000000000000000865260048601909493926001600160a01b0360609381608085019816845216602083015260408201520152565b92916132ba82613fed565b6132c3816130b1565b6132cc816131d5565b906001600160a01b03851692835f5260036020526fffffffffffffffffffffffffffffffff60405f20541695838710611d4a5760209596507fddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef6001600160a01b038361335d877f9d9c909296d9c674451c0c24f02cb64981eb3b727f99865939192f880a755dcb9897968a9661349e565b16968793604051908152a3604051908152602090a3565b6001600160a01b031690815f5260046020526133a48160405f20906001600160a01b03165f5260205260405f2090565b54927fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff8414613434578303928311610ca55760206001600160a01b037f8c5be1e5ebec7d5bd14f71427d1e84f3dd0314c0f7b2291e5b200ac8c7c3b92592845f5260048352856134288260405f20906001600160a01b03165f5260205260405f2090565b556040519586521693a3565b50505050565b906fffffffffffffffffffffffffffffffff809116911603906fffffffffffffffffffffffffffffffff8211610ca557565b906fffffffffffffffffffffffffffffffff809116911601906fffffffffffffffffffffffffffffffff8211610ca557565b906001600160a01b0390816fffffffffffffffffffffffffffffffff612469951693165f52600360205261352760405f206134ec856fffffffffffffffffffffffffffffffff83541661343a565b6fffffffffffffffffffffffffffffffff167fffffffffffffffffffffffffffffffff00000000000000000000000000000000825416179055565b165f52600360205261359061355360405f20926fffffffffffffffffffffffffffffffff84541661346c565b82906fffffffffffffffffffffffffffffffff167fffffffffffffffffffffffffffffffff00000000000000000000000000000000825416179055565b60065481547fffffffffffffffff0000000000000000ffffffffffffffffffffffffffffffff1660809190911b77ffffffffffffffff0000000000000000000000000000000016179055565b700100000000000000000000000000000000811091821592613601575b50506107b657565b1190505f806135f9565b6080810151612da7576fffffffffffffffffffffffffffffffff61363f82516fffffffffffffffffffffffffffffffff1690565b16156136e1576136cf6113306136b861366e61133060408601516fffffffffffffffffffffffffffffffff1690565b6136b261369261368c611f6d606089015167ffffffffffffffff1690565b43612498565b61308a61133060208901516fffffffffffffffffffffffffffffffff1690565b906124b3565b92516fffffffffffffffffffffffffffffffff1690565b90818111156136dc575090565b905090565b5070010000000000000000000000000000000090565b6001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000163014806137ea575b15613752577f000000000000000000000000000000000000000000000000000000000000000090565b60405160208101907f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f82527f000000000000000000000000000000000000000000000000000000000000000060408201527f000000000000000000000000000000000000000000000000000000000000000060608201524660808201523060a082015260a081526137e460c0826122b8565b51902090565b507f00000000000000000000000000000000000000000000000000000000000000004614613729565b92919061381f81613fed565b613828826130b1565b6001600160a01b03841690815f5260036020526fffffffffffffffffffffffffffffffff60405f2054168381106138d757506001600160a01b0381613898857f9d9c909296d9c674451c0c24f02cb64981eb3b727f99865939192f880a755dcb946138928261390b565b9961349e565b169283837fddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef60405180602081018b82520390a3604051908152602090a3565b9190507f68b65f11000000000000000000000000000000000000000000000000000000005f5260045260245260445260645ffd5b6005549081156130ab576139219061308a613169565b0490565b612710808204910661309d5790565b90801561320257808204910661309d5790565b61394f612333565b9061395d6080830151151590565b6115825761396a346130b1565b613988611330600a546fffffffffffffffffffffffffffffffff1690565b3410611524576139978261360b565b348110613af0576139a7346131d5565b92831561152457516fffffffffffffffffffffffffffffffff16613a92575b506139d66113af346007546124b3565b6139ec6113ca60065467ffffffffffffffff1690565b604080513481525f602082015233917f96a25c8ce0baabc1fdefd93e9ed25d8e092a3332f3aa9a41722b5697231d1d1a91a2613a278261390b565b5f7fddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef60405180613a5d3395829190602083019252565b0390a360405182815233905f907f9d9c909296d9c674451c0c24f02cb64981eb3b727f99865939192f880a755dcb90602090a3565b61149a611330613aa3923490612498565b600c80547fffffffffffffffff0000000000000000ffffffffffffffffffffffffffffffff164360801b77ffffffffffffffff00000000000000000000000000000000161790555f6139c6565b7fa14b63d6000000000000000000000000000000000000000000000000000000005f523460045260245260445ffd5b7f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f005c613b6b5760017f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f005d565b7f3ee5aeb5000000000000000000000000000000000000000000000000000000005f5260045ffd5b5f7f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f005d565b9190604051613bc86060826122b8565b60308152601f19613bd960306122db565b0136602083013780935f5b60308110613bf25750505050565b602081850183010151602082850101526020810180911115613be45761246b565b9190604051613c236080826122b8565b60608152601f19613c3460606122db565b0136602083013780935f5b60608110613c4d5750505050565b602081850183010151602082850101526020810180911115613c3f5761246b565b805191908290602001825e015f815290565b613c8c90601092613c6e565b5f81520190565b5f613cba611a0a613cae602094604051928391878301613c80565b60405191828092613c6e565b039060025afa15612221575f519160205f613cfd8284015193613cae6060604083015192015195611a0a6040519384928884019091604092825260208201520190565b039060025afa156122215760205f613d2f611a0a613cae83519560405192839187830160409181525f60208201520190565b039060025afa15612221575f613d63602092613cae835191611a0a6040519384928884019091604092825260208201520190565b039060025afa15612221575f613d97602092613cae835195611a0a6040519384928884019091604092825260208201520190565b039060025afa156122215760205f613dee611a0a613cae8351956040519283918783016040917e4059730700000000000000000000000000000000000000000000000000000082525f600883015260208201520190565b039060025afa15612221575f613e22602092613cae835191611a0a6040519384928884019091604092825260208201520190565b039060025afa15612221575f5190565b604290613e3d6136f7565b90604051917f19010000000000000000000000000000000000000000000000000000000000008352600283015260228201522090565b60041115613e7d57565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52602160045260245ffd5b9190823b613ee55790613ebc916142ec565b50613ec681613e73565b159182613ed257505090565b6001600160a01b03919250811691161490565b915f92611a0a613f34859460405192839160208301957f1626ba7e00000000000000000000000000000000000000000000000000000000875260248401526040604484015260648301906103f7565b51915afa613f40613012565b81613f87575b81613f4f575090565b90506020818051810103126103cd57602001517f1626ba7e000000000000000000000000000000000000000000000000000000001490565b905060208151101590613f46565b6001600160a01b03165f526003602052613fdb60405f206134ec6fffffffffffffffffffffffffffffffff84166fffffffffffffffffffffffffffffffff83541661343a565b600554908103908111610ca557600555565b6001600160a01b031680158015614041575b8015614038575b61400d5750565b7f17858bbe000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b50308114614006565b506001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000168114613fff565b60ff81146140845761268c90614326565b506040515f5f548060011c91600182168015614183575b602084108114614156578385528492602084019190811561411f57506001146140cc575b5061268c925003826122b8565b5f80805291507f290decd9548b62a8d60345a988386fc84ba6bc95484008f6362f93160ef3e5635b848310614108575061268c9350015f6140bf565b8054828401528593506020909201916001016140f4565b7fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff001682525061268c93151560051b0190505f6140bf565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52602260045260245ffd5b92607f169261409b565b60ff811461419e5761268c90614326565b506040515f6001548060011c9160018216801561423b575b602084108114614156578385528492602084019190811561411f57506001146141e6575061268c925003826122b8565b60015f90815291507fb10e2d527612073b26eecdfd717e6a320cf44b4afac2b0732d9fcbe2b7fa0cf65b848310614224575061268c9350015f6140bf565b805482840152859350602090920191600101614210565b92607f16926141b6565b916001600160a01b036142da9293165f52600360205260405f206142916135536fffffffffffffffffffffffffffffffff86166fffffffffffffffffffffffffffffffff84541661346c565b907fffffffffffffffff0000000000000000ffffffffffffffffffffffffffffffff77ffffffffffffffff0000000000000000000000000000000083549260801b169116179055565b600554908101809111610ca557600555565b815191906041830361431c576143159250602082015190606060408401519301515f1a9061437d565b9192909190565b50505f9160029190565b60ff811690601f821161435557604051916143426040846122b8565b6020808452838101919036833783525290565b7fb3512b0c000000000000000000000000000000000000000000000000000000005f5260045ffd5b91907f7fffffffffffffffffffffffffffffff5d576e7357a4501ddfe92f46681b20a084116143f4579160209360809260ff5f9560405194855216868401526040830152606082015282805260015afa15612221575f516001600160a01b038116156143ea57905f905f90565b505f906001905f90565b5050505f916003919056fea26469706673582212203d8c95af447ac005246669c6c229e72f408a8c8e73393b9dbbab9f11b447271364736f6c634300081e0033",
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
func DeployPool(auth *bind.TransactOpts, backend bind.ContractBackend, l PoolLinks, p PoolParams, limit PoolStakeLimitState, compounding bool) (common.Address, *types.Transaction, *Pool, error) {
	parsed, err := PoolMetaData.GetAbi()
	if err != nil {
		return common.Address{}, nil, nil, err
	}
	if parsed == nil {
		return common.Address{}, nil, nil, errors.New("GetABI returned nil")
	}

	address, tx, contract, err := bind.DeployContract(auth, *parsed, common.FromHex(PoolBin), backend, l, p, limit, compounding)
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
// Solidity: function getStakeLimitState() view returns((uint128,uint128,uint128,uint64,bool))
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
// Solidity: function getStakeLimitState() view returns((uint128,uint128,uint128,uint64,bool))
func (_Pool *PoolSession) GetStakeLimitState() (PoolStakeLimitState, error) {
	return _Pool.Contract.GetStakeLimitState(&_Pool.CallOpts)
}

// GetStakeLimitState is a free data retrieval call binding the contract method 0xbc056f59.
//
// Solidity: function getStakeLimitState() view returns((uint128,uint128,uint128,uint64,bool))
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
	ABI: "[{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"AmountTooLarge\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"}],\"name\":\"BadSignature\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"allowance\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"needed\",\"type\":\"uint256\"}],\"name\":\"InsufficientAllowance\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"balance\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"InsufficientBalance\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"shares\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"needed\",\"type\":\"uint256\"}],\"name\":\"InsufficientShares\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"currentNonce\",\"type\":\"uint256\"}],\"name\":\"InvalidAccountNonce\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"}],\"name\":\"InvalidRecipient\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"InvalidShortString\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"deadline\",\"type\":\"uint256\"}],\"name\":\"PermitExpired\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"string\",\"name\":\"str\",\"type\":\"string\"}],\"name\":\"StringTooLong\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"Approval\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[],\"name\":\"EIP712DomainChanged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"Transfer\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"sharesValue\",\"type\":\"uint256\"}],\"name\":\"TransferShares\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"DOMAIN_SEPARATOR\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"}],\"name\":\"allowance\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"approve\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"balanceOf\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"decimals\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"subtractedValue\",\"type\":\"uint256\"}],\"name\":\"decreaseAllowance\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"eip712Domain\",\"outputs\":[{\"internalType\":\"bytes1\",\"name\":\"fields\",\"type\":\"bytes1\"},{\"internalType\":\"string\",\"name\":\"name\",\"type\":\"string\"},{\"internalType\":\"string\",\"name\":\"version\",\"type\":\"string\"},{\"internalType\":\"uint256\",\"name\":\"chainId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"verifyingContract\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"salt\",\"type\":\"bytes32\"},{\"internalType\":\"uint256[]\",\"name\":\"extensions\",\"type\":\"uint256[]\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"sharesAmount\",\"type\":\"uint256\"}],\"name\":\"getPooledEthByShares\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"sharesAmount\",\"type\":\"uint256\"}],\"name\":\"getPooledEthBySharesRoundUp\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"getReportsApplied\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"ethAmount\",\"type\":\"uint256\"}],\"name\":\"getSharesByPooledEth\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"getTotalPooledEther\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"getTotalShares\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"addedValue\",\"type\":\"uint256\"}],\"name\":\"increaseAllowance\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"lastInflowOf\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"name\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"}],\"name\":\"nonces\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"deadline\",\"type\":\"uint256\"},{\"internalType\":\"uint8\",\"name\":\"v\",\"type\":\"uint8\"},{\"internalType\":\"bytes32\",\"name\":\"r\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"s\",\"type\":\"bytes32\"}],\"name\":\"permit\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"sharesOf\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"symbol\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"totalSupply\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"transfer\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"transferFrom\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"sharesAmount\",\"type\":\"uint256\"}],\"name\":\"transferShares\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"sharesAmount\",\"type\":\"uint256\"}],\"name\":\"transferSharesFrom\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"wstETH\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"}]",
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
	ABI: "[{\"inputs\":[{\"internalType\":\"address\",\"name\":\"pool_\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"governance_\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"minWithdrawal_\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"maxWithdrawal_\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"requestId\",\"type\":\"uint256\"}],\"name\":\"AlreadyClaimed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"}],\"name\":\"ERC721IncorrectOwner\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"ERC721InsufficientApproval\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"approver\",\"type\":\"address\"}],\"name\":\"ERC721InvalidApprover\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"}],\"name\":\"ERC721InvalidOperator\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"}],\"name\":\"ERC721InvalidOwner\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"receiver\",\"type\":\"address\"}],\"name\":\"ERC721InvalidReceiver\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"}],\"name\":\"ERC721InvalidSender\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"ERC721NonexistentToken\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ETHTransferFailed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"shares\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"needed\",\"type\":\"uint256\"}],\"name\":\"InsufficientBalance\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"InvalidParameter\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"Malformed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"NotAuthorized\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"requestId\",\"type\":\"uint256\"}],\"name\":\"NotFinalized\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ReentrancyGuardReentrantCall\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"requestId\",\"type\":\"uint256\"}],\"name\":\"SanityFinalization\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"requestId\",\"type\":\"uint256\"}],\"name\":\"UnknownRequest\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"WithdrawalAmount\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"approved\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"Approval\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"bool\",\"name\":\"approved\",\"type\":\"bool\"}],\"name\":\"ApprovalForAll\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"Transfer\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"minWithdrawal\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"maxWithdrawal\",\"type\":\"uint256\"}],\"name\":\"WithdrawalBoundsSet\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"requestId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"receiver\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amountOfETH\",\"type\":\"uint256\"}],\"name\":\"WithdrawalClaimed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"requestId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"requestor\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amountOfStETH\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amountOfShares\",\"type\":\"uint256\"}],\"name\":\"WithdrawalRequested\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"from\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"to\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amountOfETHLocked\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"sharesToBurn\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"timestamp\",\"type\":\"uint256\"}],\"name\":\"WithdrawalsFinalized\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"MAX_PER_CALL\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"approve\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"}],\"name\":\"balanceOf\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"requestId\",\"type\":\"uint256\"}],\"name\":\"claimWithdrawal\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256[]\",\"name\":\"requestIds\",\"type\":\"uint256[]\"},{\"internalType\":\"uint256[]\",\"name\":\"hints\",\"type\":\"uint256[]\"}],\"name\":\"claimWithdrawals\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256[]\",\"name\":\"requestIds\",\"type\":\"uint256[]\"},{\"internalType\":\"uint256[]\",\"name\":\"hints\",\"type\":\"uint256[]\"},{\"internalType\":\"address\",\"name\":\"recipient\",\"type\":\"address\"}],\"name\":\"claimWithdrawalsTo\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"lastId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"pooled\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"shares\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"sharesBurnt\",\"type\":\"uint256\"}],\"name\":\"finalize\",\"outputs\":[],\"stateMutability\":\"payable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"getApproved\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"requestId\",\"type\":\"uint256\"}],\"name\":\"getClaimableEther\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"getLastFinalizedRequestId\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"getLastRequestId\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"getLockedEtherAmount\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"requestId\",\"type\":\"uint256\"}],\"name\":\"getRequestTime\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"}],\"name\":\"getWithdrawalRequests\",\"outputs\":[{\"internalType\":\"uint256[]\",\"name\":\"requestIds\",\"type\":\"uint256[]\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256[]\",\"name\":\"requestIds\",\"type\":\"uint256[]\"}],\"name\":\"getWithdrawalStatus\",\"outputs\":[{\"components\":[{\"internalType\":\"uint256\",\"name\":\"amountOfStETH\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"amountOfShares\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"timestamp\",\"type\":\"uint256\"},{\"internalType\":\"bool\",\"name\":\"isFinalized\",\"type\":\"bool\"},{\"internalType\":\"bool\",\"name\":\"isClaimed\",\"type\":\"bool\"}],\"internalType\":\"structWithdrawalQueue.WithdrawalRequestStatus[]\",\"name\":\"statuses\",\"type\":\"tuple[]\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"governance\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"}],\"name\":\"isApprovedForAll\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"maxWithdrawal\",\"outputs\":[{\"internalType\":\"uint128\",\"name\":\"\",\"type\":\"uint128\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"minWithdrawal\",\"outputs\":[{\"internalType\":\"uint128\",\"name\":\"\",\"type\":\"uint128\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"name\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"ownerOf\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"pool\",\"outputs\":[{\"internalType\":\"contractIPoolForQueue\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"lastId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"pooled\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"shares\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"border\",\"type\":\"uint256\"}],\"name\":\"prefinalize\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"eth\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"sharesToBurn\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256[]\",\"name\":\"amounts\",\"type\":\"uint256[]\"},{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"}],\"name\":\"requestWithdrawals\",\"outputs\":[{\"internalType\":\"uint256[]\",\"name\":\"requestIds\",\"type\":\"uint256[]\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"safeTransferFrom\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"},{\"internalType\":\"bytes\",\"name\":\"data\",\"type\":\"bytes\"}],\"name\":\"safeTransferFrom\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"},{\"internalType\":\"bool\",\"name\":\"approved\",\"type\":\"bool\"}],\"name\":\"setApprovalForAll\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"lo\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"hi\",\"type\":\"uint256\"}],\"name\":\"setWithdrawalBounds\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes4\",\"name\":\"interfaceId\",\"type\":\"bytes4\"}],\"name\":\"supportsInterface\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"symbol\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"tokenURI\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"transferFrom\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"unfinalizedStETH\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"}]",
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
	Bin: "0x60c060405234610438576133586080813803918261001c8161043c565b9384928339810103126104385761003281610461565b61003e60208301610461565b6060604084015193015191610053604061043c565b601b81527f5374616b6564204574686572205769746864726177616c204e465400000000006020820152610087604061043c565b60078152660eadce6e88aa8960cb1b6020820152815190916001600160401b03821161033f575f5490600182811c9216801561042e575b60208310146103215781601f8493116103c1575b50602090601f831160011461035e575f92610353575b50508160011b915f199060031b1c1916175f555b8051906001600160401b03821161033f5760015490600182811c92168015610335575b60208310146103215781601f8493116102b3575b50602090601f831160011461024d575f92610242575b50508160011b915f199060031b1c1916176001555b6001600160a01b031660805260a05281158015610239575b8015610229575b61021a57600780546001600160801b0319608085901b81166001600160801b039283161790925560088054918416919092161790556040805192835260208301919091527f66ced71a61989ce7ce4d8279d3c7c293c14581484a540a6ffc521fb39a814c9491a1604051612ee2908161047682396080518181816104390152818161177a0152611bad015260a05181818161148401526117350152f35b630309cb8760e51b5f5260045ffd5b506001600160601b03811161017d565b50818110610176565b015190505f80610149565b60015f9081528281209350601f198516905b81811061029b5750908460019594939210610283575b505050811b0160015561015e565b01515f1960f88460031b161c191690555f8080610275565b9293602060018192878601518155019501930161025f565b60015f529091507fb10e2d527612073b26eecdfd717e6a320cf44b4afac2b0732d9fcbe2b7fa0cf6601f840160051c81019160208510610317575b90601f859493920160051c01905b8181106103095750610133565b5f81558493506001016102fc565b90915081906102ee565b634e487b7160e01b5f52602260045260245ffd5b91607f169161011f565b634e487b7160e01b5f52604160045260245ffd5b015190505f806100e8565b5f8080528281209350601f198516905b8181106103a95750908460019594939210610391575b505050811b015f556100fc565b01515f1960f88460031b161c191690555f8080610384565b9293602060018192878601518155019501930161036e565b5f80529091507f290decd9548b62a8d60345a988386fc84ba6bc95484008f6362f93160ef3e563601f840160051c81019160208510610424575b90601f859493920160051c01905b81811061041657506100d2565b5f8155849350600101610409565b90915081906103fb565b91607f16916100be565b5f80fd5b6040519190601f01601f191682016001600160401b0381118382101761033f57604052565b51906001600160a01b03821682036104385756fe6080806040526004361015610012575f80fd5b5f905f3560e01c90816301ffc9a714611e315750806306fdde0314611d79578063081812fc14611d2f578063095ea7b314611bd157806316f0115b14611b8157806319c2b4c314611b5a57806323b872dd14611b4357806342842e0e14611b1a5780634f069a1314611af057806352abcbcf146117595780635aa6e675146117095780635e7eead91461161a5780636352211e146115de57806367eb93e31461145657806370a08231146113df5780637d031b65146113545780637e0478c3146113275780638c0ff5b7146112f8578063945e18291461118c57806395d89b411461104d578063a22cb46514610f6e578063b88d4fde14610ee4578063b8c4b85a14610c14578063c87b56dd14610bbf578063d0fb84e814610b8f578063d6681042146103ba578063d7290d8014610393578063e3afe0a3146102ea578063e985e9c51461028a578063ea156a9b1461026e578063f6fa8a471461024d578063f8444436146101ac5763f9abb1f114610189575f80fd5b346101a957806003193601126101a957602060075460801c604051908152f35b80fd5b50346101a95760206003193601126101a9576101c661279e565b6040516101d460408261209d565b6001815260208082019190368337805115610220576004359091526101fa903390612841565b807f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f005d80f35b7f4e487b71000000000000000000000000000000000000000000000000000000005f52603260045260245ffd5b50346101a957806003193601126101a957602060065460801c604051908152f35b50346101a957806003193601126101a957602060405160648152f35b50346101a95760406003193601126101a95773ffffffffffffffffffffffffffffffffffffffff60406102bb611f43565b92826102c5611f66565b9416815260056020522091165f52602052602060ff60405f2054166040519015158152f35b50346101a95760406003193601126101a95760043567ffffffffffffffff811161038f5761031c903690600401611ffb565b9060243567ffffffffffffffff811161038b5761033e83913690600401611ffb565b905061034861279e565b03610363579061035e6101fa923392369161241f565b612841565b6004837f07b6ad3f000000000000000000000000000000000000000000000000000000008152fd5b8380fd5b5080fd5b50346101a95760206003193601126101a95760206103b26004356126dd565b604051908152f35b50346101a95760406003193601126101a95760043567ffffffffffffffff811161038f576103ec903690600401611ffb565b6103f7929192611f66565b9080158015610b85575b6103635773ffffffffffffffffffffffffffffffffffffffff821615610b7d575b73ffffffffffffffffffffffffffffffffffffffff7f000000000000000000000000000000000000000000000000000000000000000016604051937f37cfdaca000000000000000000000000000000000000000000000000000000008552602085600481855afa948515610b70578195610b3c575b506040517fd5002f2e000000000000000000000000000000000000000000000000000000008152602081600481865afa908115610b31578291610aff575b506104df8461268e565b908290600754978860801c6fffffffffffffffffffffffffffffffff600854169186935b898d818710610a1b57505050505050506040517ff5eb42dc000000000000000000000000000000000000000000000000000000008152336004820152602081602481885afa908115610a105784916109da575b508181106109a75750509392919067ffffffffffffffff6105768461268e565b9616946fffffffffffffffffffffffffffffffff6006541697829567ffffffffffffffff4216945b868810610629576106258a6fffffffffffffffffffffffffffffffff8d67ffffffffffffffff8d167fffffffffffffffffffffffffffffffffffffffffffffffff00000000000000006007541617600755167fffffffffffffffffffffffffffffffff0000000000000000000000000000000060065416176006556040519182918261202c565b0390f35b909192939495969761063d610714916123d0565b9a8b6106498b8d61267a565b526bffffffffffffffffffffffff6106628b8b8861266a565b35168c6bffffffffffffffffffffffff61067c8d8a61267a565b51166040519261068b84612065565b83526020830190815260408301918b83528a5260096020527fffffffffffffffff00000000000000000000000000000000000000000000000077ffffffffffffffffffffffff0000000000000000000000006bffffffffffffffffffffffff60408d20955116925160601b16925160c01b16911717905561070d8a8a8761266a565b35906123c3565b9761072081898661266a565b3561072b828761267a565b51833b156109a357604051917f2ac1107300000000000000000000000000000000000000000000000000000000835233600484015260248301526044820152868160648183875af1801561099857879061097d575b505073ffffffffffffffffffffffffffffffffffffffff83168015610951578b5f5260026020528b73ffffffffffffffffffffffffffffffffffffffff60405f2054168015159182610901575b50825f52600360205260405f20600181540190558d5f52600260205260405f20837fffffffffffffffffffffffff00000000000000000000000000000000000000008254161790558d83827fddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef5f80a4816108e6575b50815f52600c6020526108588d60405f20612e53565b506108ba579060019161086c828b8861266a565b35610877838961267a565b5160405191825260208201528d7ff0cb471f23fb74ea44b8252eb1881a2dca546288d9f6e90d1a0e82fe0ed342ab60403393a4019695949392919099979961059e565b6024877f73c6ac6e00000000000000000000000000000000000000000000000000000000815280600452fd5b5f52600c6020526108fa8d60405f20612d60565b505f610842565b610938905f52600460205260405f207fffffffffffffffffffffffff00000000000000000000000000000000000000008154169055565b805f52600360205260405f205f1981540190558d6107cd565b6024877f64a0ae9200000000000000000000000000000000000000000000000000000000815280600452fd5b6109869161209d565b855f12610994575f86610780565b8580fd5b6040513d89823e3d90fd5b8780fd5b7fdb42144d0000000000000000000000000000000000000000000000000000000084523360045260245260445250606490fd5b90506020813d602011610a08575b816109f56020938361209d565b81010312610a0457515f610556565b5f80fd5b3d91506109e8565b6040513d86823e3d90fd5b95610a2c918198939495969761266a565b35908482108015610af6575b610ac657610a4f84610a4a858561246b565b61247e565b9182158015610ab1575b610a81575081610a7691600193610a708a8c61267a565b526123c3565b950193929190610503565b89604491897f4e7822e2000000000000000000000000000000000000000000000000000000008352600452602452fd5b506bffffffffffffffffffffffff8311610a59565b60448983897f4e7822e2000000000000000000000000000000000000000000000000000000008352600452602452fd5b50858211610a38565b90506020813d602011610b29575b81610b1a6020938361209d565b81010312610a0457515f6104d5565b3d9150610b0d565b6040513d84823e3d90fd5b9094506020813d602011610b68575b81610b586020938361209d565b81010312610a045751935f610497565b3d9150610b4b565b50604051903d90823e3d90fd5b339150610422565b5060648111610401565b50346101a957806003193601126101a95760206fffffffffffffffffffffffffffffffff60065416604051908152f35b34610a04576020600319360112610a0457610bdb600435612745565b505f604051610beb60208261209d565b52610625604051610bfd60208261209d565b5f8152604051918291602083526020830190611f00565b34610a04576020600319360112610a045760043567ffffffffffffffff8111610a0457610c45903690600401611ffb565b610c4e81612407565b91610c5c604051938461209d565b8183527fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe0610c8983612407565b015f5b818110610ea95750505f6007549267ffffffffffffffff8460401c16915b818110610d4557856040518091602082016020835281518091526020604084019201905f5b818110610cdd575050500390f35b91935091602060c060019260a0875180518352848101518584015273ffffffffffffffffffffffffffffffffffffffff6040820151166040840152606081015160608401526080810151151560808401520151151560a0820152019401910191849392610ccf565b610d5081838661266a565b3580158015610e96575b610e6b5790816001925f52600960205260405f208560405191610d7c83612065565b54926bffffffffffffffffffffffff8416835260208301936bffffffffffffffffffffffff8160601c168552604084019060c01c8152815f52600a60205273ffffffffffffffffffffffffffffffffffffffff6bffffffffffffffffffffffff808260405f2054169651169651169185151595865f14610e4c5767ffffffffffffffff90915b51169260405197610e1289612081565b8852602088015216604086015260608501521115608083015260a0820152610e3a828961267a565b52610e45818861267a565b5001610caa565b50835f52600260205267ffffffffffffffff8260405f20541691610e02565b7f1f79bbe7000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b5067ffffffffffffffff86168111610d5a565b602090604051610eb881612081565b5f81525f838201525f60408201525f60608201525f60808201525f60a082015282828801015201610c8c565b34610a04576080600319360112610a0457610efd611f43565b610f05611f66565b6064359167ffffffffffffffff8311610a045736602384011215610a0457826004013591610f32836120de565b92610f40604051948561209d565b8084523660248287010111610a04576020815f926024610f6c98018388013785010152604435916124b5565b005b34610a04576040600319360112610a0457610f87611f43565b60243590811515809203610a045773ffffffffffffffffffffffffffffffffffffffff1690811561102157335f52600560205260405f20825f5260205260405f207fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff0081541660ff83161790556040519081527f17307eab39ab6107e8899845ad3d59bd9653f200f220920489ca2b5937696c3160203392a3005b507f5b08ba18000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b34610a04575f600319360112610a04576040515f6001548060011c90600181168015611182575b6020831081146111555782855290811561111357506001146110b5575b610625836110a18185038261209d565b604051918291602083526020830190611f00565b91905060015f527fb10e2d527612073b26eecdfd717e6a320cf44b4afac2b0732d9fcbe2b7fa0cf6915f905b8082106110f9575090915081016020016110a1611091565b9192600181602092548385880101520191019092916110e1565b7fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff001660208086019190915291151560051b840190910191506110a19050611091565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52602260045260245ffd5b91607f1691611074565b34610a045761119a36611fdd565b5f925f9260075467ffffffffffffffff8116871161129f5767ffffffffffffffff9060401c16600181018091116112cb579291905b868411156111e7576040868682519182526020820152f35b90919293845f52600960205260405f20956040519661120588612065565b54966bffffffffffffffffffffffff881681528560208201986bffffffffffffffffffffffff8160601c168a5260c01c806040840152101561129f57916bffffffffffffffffffffffff6112806112899361128f958361126d89610a4a8f848e91511661246b565b91511690818111156112975750906123c3565b985116906123c3565b946123d0565b9291906111cf565b9050906123c3565b867f4c9fed77000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b7f4e487b71000000000000000000000000000000000000000000000000000000005f52601160045260245ffd5b34610a04575f600319360112610a045760206fffffffffffffffffffffffffffffffff60085416604051908152f35b34610a04576020600319360112610a04576004355f526009602052602060405f205460c01c604051908152f35b34610a04576020600319360112610a045773ffffffffffffffffffffffffffffffffffffffff611382611f43565b165f52600c60205260405f206040519081602082549182815201915f5260205f20905f5b8181106113c957610625856113bd8187038261209d565b6040519182918261202c565b82548452602090930192600192830192016113a6565b34610a04576020600319360112610a045773ffffffffffffffffffffffffffffffffffffffff61140d611f43565b16801561142a575f526003602052602060405f2054604051908152f35b7f89c62b64000000000000000000000000000000000000000000000000000000005f525f60045260245ffd5b34610a04576040600319360112610a045760043560243573ffffffffffffffffffffffffffffffffffffffff7f00000000000000000000000000000000000000000000000000000000000000001633036115b257811580156115a9575b8015611594575b61156c577f66ced71a61989ce7ce4d8279d3c7c293c14581484a540a6ffc521fb39a814c94916040916007546fffffffffffffffffffffffffffffffff7fffffffffffffffffffffffffffffffff000000000000000000000000000000008460801b169116176007556fffffffffffffffffffffffffffffffff81167fffffffffffffffffffffffffffffffff00000000000000000000000000000000600854161760085582519182526020820152a1005b7f613970e0000000000000000000000000000000000000000000000000000000005f5260045ffd5b506bffffffffffffffffffffffff81116114ba565b508181106114b3565b7f4a0bfec1000000000000000000000000000000000000000000000000000000005f523360045260245ffd5b34610a04576020600319360112610a045760206115fc600435612745565b73ffffffffffffffffffffffffffffffffffffffff60405191168152f35b34610a04576060600319360112610a045760043567ffffffffffffffff8111610a045761164b903690600401611ffb565b60243567ffffffffffffffff8111610a045761166b903690600401611ffb565b90506044359273ffffffffffffffffffffffffffffffffffffffff841691828503610a0457839061169a61279e565b036116e1576116b69361035e926116db575033925b369161241f565b5f7f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f005d005b926116af565b7f07b6ad3f000000000000000000000000000000000000000000000000000000005f5260045ffd5b34610a04575f600319360112610a0457602060405173ffffffffffffffffffffffffffffffffffffffff7f0000000000000000000000000000000000000000000000000000000000000000168152f35b61176236611fdd565b9173ffffffffffffffffffffffffffffffffffffffff7f00000000000000000000000000000000000000000000000000000000000000001633036115b2576007549267ffffffffffffffff8460401c1693600185018095116112cb578486108015611add575b611ab157600654856fffffffffffffffffffffffffffffffff82165b88821115611a7d576fffffffffffffffffffffffffffffffff91501690817fffffffffffffffffffffffffffffffff000000000000000000000000000000006fffffffffffffffffffffffffffffffff341692161760801c016fffffffffffffffffffffffffffffffff81116112cb577fffffffffffffffffffffffffffffffff000000000000000000000000000000009060801b16176006557fffffffffffffffffffffffffffffffff0000000000000000ffffffffffffffff6fffffffffffffffff00000000000000008760401b16911617600755604051926118c884612065565b67ffffffffffffffff851684526fffffffffffffffffffffffffffffffff60208501931683526fffffffffffffffffffffffffffffffff6040850191168152600b5468010000000000000000811015611a505780600161192b9201600b556123eb565b939093611a245760016060946fffffffffffffffffffffffffffffffff9267ffffffffffffffff7f197874c72af6a06fb0aa4fab45fd39c7cb61ac0992159872dc3295207da7e9eb9851167fffffffffffffffffffffffffffffffffffffffffffffffff0000000000000000835416178255517fffffffffffffffff00000000000000000000000000000000ffffffffffffffff77ffffffffffffffffffffffffffffffff000000000000000083549260401b169116178155019151167fffffffffffffffffffffffffffffffff00000000000000000000000000000000825416179055604051903482526020820152426040820152a3005b7f4e487b71000000000000000000000000000000000000000000000000000000005f525f60045260245ffd5b7f4e487b71000000000000000000000000000000000000000000000000000000005f52604160045260245ffd5b611aa5611aab91835f5260096020526bffffffffffffffffffffffff60405f205416906123de565b916123d0565b906117e4565b857f4c9fed77000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b5067ffffffffffffffff811686116117c8565b34610a04575f600319360112610a0457602067ffffffffffffffff60075460401c16604051908152f35b34610a0457610f6c611b2b36611f89565b9060405192611b3b60208561209d565b5f84526124b5565b34610a0457610f6c611b5436611f89565b91612118565b34610a04575f600319360112610a0457602067ffffffffffffffff60075416604051908152f35b34610a04575f600319360112610a0457602060405173ffffffffffffffffffffffffffffffffffffffff7f0000000000000000000000000000000000000000000000000000000000000000168152f35b34610a04576040600319360112610a0457611bea611f43565b602435611bf681612745565b33151580611d0f575b80611cc2575b611c9657819073ffffffffffffffffffffffffffffffffffffffff80851691167f8c5be1e5ebec7d5bd14f71427d1e84f3dd0314c0f7b2291e5b200ac8c7c3b9255f80a45f52600460205273ffffffffffffffffffffffffffffffffffffffff60405f2091167fffffffffffffffffffffffff00000000000000000000000000000000000000008254161790555f80f35b7fa9fbf51f000000000000000000000000000000000000000000000000000000005f523360045260245ffd5b5073ffffffffffffffffffffffffffffffffffffffff81165f52600560205260405f2073ffffffffffffffffffffffffffffffffffffffff33165f5260205260ff60405f20541615611c05565b503373ffffffffffffffffffffffffffffffffffffffff82161415611bff565b34610a04576020600319360112610a0457600435611d4c81612745565b505f526004602052602073ffffffffffffffffffffffffffffffffffffffff60405f205416604051908152f35b34610a04575f600319360112610a04576040515f5f548060011c90600181168015611e27575b602083108114611155578285529081156111135750600114611dcb57610625836110a18185038261209d565b5f8080527f290decd9548b62a8d60345a988386fc84ba6bc95484008f6362f93160ef3e563939250905b808210611e0d575090915081016020016110a1611091565b919260018160209254838588010152019101909291611df5565b91607f1691611d9f565b34610a04576020600319360112610a0457600435907fffffffff000000000000000000000000000000000000000000000000000000008216809203610a0457817f80ac58cd0000000000000000000000000000000000000000000000000000000060209314908115611ed6575b8115611eac575b5015158152f35b7f01ffc9a70000000000000000000000000000000000000000000000000000000091501483611ea5565b7f5b5e139f0000000000000000000000000000000000000000000000000000000081149150611e9e565b907fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe0601f602080948051918291828752018686015e5f8582860101520116010190565b6004359073ffffffffffffffffffffffffffffffffffffffff82168203610a0457565b6024359073ffffffffffffffffffffffffffffffffffffffff82168203610a0457565b6003196060910112610a045760043573ffffffffffffffffffffffffffffffffffffffff81168103610a04579060243573ffffffffffffffffffffffffffffffffffffffff81168103610a04579060443590565b6003196080910112610a045760043590602435906044359060643590565b9181601f84011215610a045782359167ffffffffffffffff8311610a04576020808501948460051b010111610a0457565b60206040818301928281528451809452019201905f5b81811061204f5750505090565b8251845260209384019390920191600101612042565b6060810190811067ffffffffffffffff821117611a5057604052565b60c0810190811067ffffffffffffffff821117611a5057604052565b90601f7fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe0910116810190811067ffffffffffffffff821117611a5057604052565b67ffffffffffffffff8111611a5057601f017fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe01660200190565b919073ffffffffffffffffffffffffffffffffffffffff1691821561239757815f52600260205273ffffffffffffffffffffffffffffffffffffffff60405f20541692331515806122b5575b509073ffffffffffffffffffffffffffffffffffffffff9184151580612266575b815f52600360205260405f2060018154019055845f52600260205260405f20827fffffffffffffffffffffffff00000000000000000000000000000000000000008254161790558482877fddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef5f80a461224b575b5f52600c60205261220c8360405f20612e53565b501680830361221a57505050565b7f64283d7b000000000000000000000000000000000000000000000000000000005f5260045260245260445260645ffd5b845f52600c6020526122608460405f20612d60565b506121f8565b61229d855f52600460205260405f207fffffffffffffffffffffffff00000000000000000000000000000000000000008154169055565b855f52600360205260405f205f198154019055612185565b80612326575b156122c6575f612164565b82846122f7577f7e273289000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b7f177e802f000000000000000000000000000000000000000000000000000000005f523360045260245260445ffd5b503384148015612361575b806122bb5750825f5260046020523373ffffffffffffffffffffffffffffffffffffffff60405f205416146122bb565b50835f52600560205260405f2073ffffffffffffffffffffffffffffffffffffffff33165f5260205260ff60405f205416612331565b7f64a0ae92000000000000000000000000000000000000000000000000000000005f525f60045260245ffd5b919082018092116112cb57565b5f1981146112cb5760010190565b919082039182116112cb57565b600b5481101561022057600b5f5260205f209060011b01905f90565b67ffffffffffffffff8111611a505760051b60200190565b92919061242b81612407565b93612439604051958661209d565b602085838152019160051b8101928311610a0457905b82821061245b57505050565b813581526020918201910161244f565b818102929181159184041417156112cb57565b8115612488570490565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52601260045260245ffd5b906124c1838284612118565b803b6124ce575b50505050565b60209161253a73ffffffffffffffffffffffffffffffffffffffff8093169560405195869485947f150b7a020000000000000000000000000000000000000000000000000000000086523360048701521660248501526044840152608060648401526084830190611f00565b03815f865af15f918161260d575b5061258f5750612556612812565b8051908161258a57827f64a0ae92000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b602001fd5b7fffffffff000000000000000000000000000000000000000000000000000000007f150b7a02000000000000000000000000000000000000000000000000000000009116036125e257505f8080806124c8565b7f64a0ae92000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b9091506020813d602011612662575b816126296020938361209d565b81010312610a0457517fffffffff0000000000000000000000000000000000000000000000000000000081168103610a0457905f612548565b3d915061261c565b91908110156102205760051b0190565b80518210156102205760209160051b010190565b9061269882612407565b6126a5604051918261209d565b8281527fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe06126d38294612407565b0190602036910137565b8015801561272d575b8015612702575b6126fd576126fa90612c1d565b90565b505f90565b50805f52600a60205273ffffffffffffffffffffffffffffffffffffffff60405f20541615156126ed565b5067ffffffffffffffff60075460401c1681116126e6565b805f52600260205273ffffffffffffffffffffffffffffffffffffffff60405f205416908115612773575090565b7f7e273289000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b7f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f005c6127ea5760017f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f005d565b7f3ee5aeb5000000000000000000000000000000000000000000000000000000005f5260045ffd5b3d1561283c573d90612823826120de565b91612831604051938461209d565b82523d5f602084013e565b606090565b90815180158015612c13575b6116e1575f9267ffffffffffffffff60075460401c16905f5b83811061292157505050506006546fffffffffffffffffffffffffffffffff83168160801c036fffffffffffffffffffffffffffffffff81116112cb575f93849384936fffffffffffffffffffffffffffffffff7fffffffffffffffffffffffffffffffff00000000000000000000000000000000869560801b169116176006555af16128f1612812565b50156128f957565b7fb12d13eb000000000000000000000000000000000000000000000000000000005f5260045ffd5b61292b818361267a565b519586158015612bfe575b612bd257865f52600a60205273ffffffffffffffffffffffffffffffffffffffff60405f20541680151590815f14612ba85773ffffffffffffffffffffffffffffffffffffffff905b16903382036115b257858911612b7c57612b505761299c88612c1d565b91885f52600a60205260405f20827fffffffffffffffffffffffff0000000000000000000000000000000000000000825416179055885f52600260205273ffffffffffffffffffffffffffffffffffffffff60405f205416801590811580612b01575b8b5f52600260205260405f207fffffffffffffffffffffffff000000000000000000000000000000000000000081541690558b5f837fddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef8280a4612ae6575b50612aba5790612a718360019594936123c3565b986040519283527f6ad26c5e238e7d002799f9a5db07e81ef14e37386ae03496d7a7ef04713e145b602073ffffffffffffffffffffffffffffffffffffffff8b1694a401612866565b887f7e273289000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b5f52600c602052612afa8a60405f20612d60565b505f612a5d565b612b388c5f52600460205260405f207fffffffffffffffffffffffff00000000000000000000000000000000000000008154169055565b815f52600360205260405f205f1981540190556129ff565b877fb3167bfa000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b887fbea0218a000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b50875f52600260205273ffffffffffffffffffffffffffffffffffffffff8060405f20541661297f565b867f1f79bbe7000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b5067ffffffffffffffff600754168711612936565b506064811161284d565b805f52600960205260405f2060405190612c3682612065565b546bffffffffffffffffffffffff8116825260208201906bffffffffffffffffffffffff8160601c16825260c01c60408301525f91600b54925b6001612c7c82866123de565b1115612cbd57612c8c84826123c3565b60011c908567ffffffffffffffff612ca3846123eb565b50541611612cb45750915b91612c70565b92935092612cae565b612d36929194506bffffffffffffffffffffffff9350612d2d612cf06fffffffffffffffffffffffffffffffff926123eb565b508560405194612cff86612065565b604085600181865467ffffffffffffffff81168b52841c16958660208b01520154169601958652511661246b565b9151169061247e565b9151169081811115612d46575090565b905090565b8054821015610220575f5260205f2001905f90565b906001820191815f528260205260405f20548015155f14612e4b575f1981018181116112cb578254905f1982019182116112cb57818103612e00575b50505080548015612dd3575f190190612db58282612d4b565b5f1982549160031b1b19169055555f526020525f6040812055600190565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52603160045260245ffd5b612e36612e10612e209386612d4b565b90549060031b1c92839286612d4b565b81939154905f199060031b92831b921b19161790565b90555f528360205260405f20555f8080612d9c565b505050505f90565b6001810190825f528160205260405f2054155f14612ea557805468010000000000000000811015611a5057612e92612e20826001879401855584612d4b565b905554915f5260205260405f2055600190565b5050505f9056fea26469706673582212205035616e965744b5e6ac649425759d59c854f36d1be3408b8a40d1b397ed182264736f6c634300081e0033",
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
// Solidity: function maxWithdrawal() view returns(uint128)
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
// Solidity: function maxWithdrawal() view returns(uint128)
func (_WithdrawalQueue *WithdrawalQueueSession) MaxWithdrawal() (*big.Int, error) {
	return _WithdrawalQueue.Contract.MaxWithdrawal(&_WithdrawalQueue.CallOpts)
}

// MaxWithdrawal is a free data retrieval call binding the contract method 0x8c0ff5b7.
//
// Solidity: function maxWithdrawal() view returns(uint128)
func (_WithdrawalQueue *WithdrawalQueueCallerSession) MaxWithdrawal() (*big.Int, error) {
	return _WithdrawalQueue.Contract.MaxWithdrawal(&_WithdrawalQueue.CallOpts)
}

// MinWithdrawal is a free data retrieval call binding the contract method 0xf9abb1f1.
//
// Solidity: function minWithdrawal() view returns(uint128)
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
// Solidity: function minWithdrawal() view returns(uint128)
func (_WithdrawalQueue *WithdrawalQueueSession) MinWithdrawal() (*big.Int, error) {
	return _WithdrawalQueue.Contract.MinWithdrawal(&_WithdrawalQueue.CallOpts)
}

// MinWithdrawal is a free data retrieval call binding the contract method 0xf9abb1f1.
//
// Solidity: function minWithdrawal() view returns(uint128)
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
	ABI: "[{\"inputs\":[{\"internalType\":\"address\",\"name\":\"pool\",\"type\":\"address\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"AmountTooLarge\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ECDSAInvalidSignature\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"length\",\"type\":\"uint256\"}],\"name\":\"ECDSAInvalidSignatureLength\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"s\",\"type\":\"bytes32\"}],\"name\":\"ECDSAInvalidSignatureS\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"allowance\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"needed\",\"type\":\"uint256\"}],\"name\":\"ERC20InsufficientAllowance\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"balance\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"needed\",\"type\":\"uint256\"}],\"name\":\"ERC20InsufficientBalance\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"approver\",\"type\":\"address\"}],\"name\":\"ERC20InvalidApprover\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"receiver\",\"type\":\"address\"}],\"name\":\"ERC20InvalidReceiver\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"}],\"name\":\"ERC20InvalidSender\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"}],\"name\":\"ERC20InvalidSpender\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"deadline\",\"type\":\"uint256\"}],\"name\":\"ERC2612ExpiredSignature\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"signer\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"}],\"name\":\"ERC2612InvalidSigner\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"balance\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"InsufficientBalance\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"currentNonce\",\"type\":\"uint256\"}],\"name\":\"InvalidAccountNonce\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"}],\"name\":\"InvalidRecipient\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"InvalidShortString\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"string\",\"name\":\"str\",\"type\":\"string\"}],\"name\":\"StringTooLong\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZeroAmount\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"Approval\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[],\"name\":\"EIP712DomainChanged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"Transfer\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"DOMAIN_SEPARATOR\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"}],\"name\":\"allowance\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"approve\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"balanceOf\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"decimals\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"eip712Domain\",\"outputs\":[{\"internalType\":\"bytes1\",\"name\":\"fields\",\"type\":\"bytes1\"},{\"internalType\":\"string\",\"name\":\"name\",\"type\":\"string\"},{\"internalType\":\"string\",\"name\":\"version\",\"type\":\"string\"},{\"internalType\":\"uint256\",\"name\":\"chainId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"verifyingContract\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"salt\",\"type\":\"bytes32\"},{\"internalType\":\"uint256[]\",\"name\":\"extensions\",\"type\":\"uint256[]\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"wstETHAmount\",\"type\":\"uint256\"}],\"name\":\"getStETHByWstETH\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"stETHAmount\",\"type\":\"uint256\"}],\"name\":\"getWstETHByStETH\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"name\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"}],\"name\":\"nonces\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"deadline\",\"type\":\"uint256\"},{\"internalType\":\"uint8\",\"name\":\"v\",\"type\":\"uint8\"},{\"internalType\":\"bytes32\",\"name\":\"r\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"s\",\"type\":\"bytes32\"}],\"name\":\"permit\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"stETH\",\"outputs\":[{\"internalType\":\"contractIPoolForWrapper\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"stEthPerToken\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"symbol\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"tokensPerStEth\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"totalSupply\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"transfer\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"transferFrom\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"wstETHAmount\",\"type\":\"uint256\"}],\"name\":\"unwrap\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"stETHAmount\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"stETHAmount\",\"type\":\"uint256\"}],\"name\":\"wrap\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"wstETHAmount\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"stateMutability\":\"payable\",\"type\":\"receive\"}]",
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
	Bin: "0x61018080604052346104c757602081611f5b803803809161002082856104cb565b8339810103126104c757516001600160a01b038116908190036104c75760405161004b6040826104cb565b60148152602081017f57726170706564205374616b65642045746865720000000000000000000000008152604051906100856040836104cb565b601482527f57726170706564205374616b65642045746865720000000000000000000000006020830152604051926100be6040856104cb565b60068452650eee6e88aa8960d31b6020850152604051936100e06040866104cb565b60018552603160f81b60208601908152845190946001600160401b0382116103ca5760035490600182811c921680156104bd575b60208310146103ac5781601f84931161044f575b50602090601f83116001146103e9575f926103de575b50508160011b915f199060031b1c1916176003555b8051906001600160401b0382116103ca5760045490600182811c921680156103c0575b60208310146103ac5781601f84931161033e575b50602090601f83116001146102d8575f926102cd575b50508160011b915f199060031b1c1916176004555b6101be816104ee565b610120526101cb84610675565b61014052519020918260e05251902080610100524660a0526040519060208201927f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f8452604083015260608201524660808201523060a082015260a0815261023460c0826104cb565b5190206080523060c052610160526040516117ad90816107ae82396080518161126d015260a0518161132a015260c0518161123e015260e051816112bc015261010051816112e201526101205181610a8701526101405181610ab001526101605181818160640152818161021a0152818161032901528181610717015281816107970152818161086001528181610a360152610f080152f35b015190505f806101a0565b60045f9081528281209350601f198516905b818110610326575090846001959493921061030e575b505050811b016004556101b5565b01515f1960f88460031b161c191690555f8080610300565b929360206001819287860151815501950193016102ea565b60045f529091507f8a35acfbc15ff81a39ae7d344fd709f28e8600b4aa8c65c6b64bfe7fe36bd19b601f840160051c810191602085106103a2575b90601f859493920160051c01905b818110610394575061018a565b5f8155849350600101610387565b9091508190610379565b634e487b7160e01b5f52602260045260245ffd5b91607f1691610176565b634e487b7160e01b5f52604160045260245ffd5b015190505f8061013e565b60035f9081528281209350601f198516905b818110610437575090846001959493921061041f575b505050811b01600355610153565b01515f1960f88460031b161c191690555f8080610411565b929360206001819287860151815501950193016103fb565b60035f529091507fc2575a0e9e593c00f959f8c92f12db2869c3395a3b0502d05e2516446f71f85b601f840160051c810191602085106104b3575b90601f859493920160051c01905b8181106104a55750610128565b5f8155849350600101610498565b909150819061048a565b91607f1691610114565b5f80fd5b601f909101601f19168101906001600160401b038211908210176103ca57604052565b908151602081105f14610568575090601f815111610528576020815191015160208210610519571790565b5f198260200360031b1b161790565b604460209160405192839163305a27a960e01b83528160048401528051918291826024860152018484015e5f828201840152601f01601f19168101030190fd5b6001600160401b0381116103ca57600554600181811c9116801561066b575b60208210146103ac57601f8111610638575b50602092601f82116001146105d757928192935f926105cc575b50508160011b915f199060031b1c19161760055560ff90565b015190505f806105b3565b601f1982169360055f52805f20915f5b8681106106205750836001959610610608575b505050811b0160055560ff90565b01515f1960f88460031b161c191690555f80806105fa565b919260206001819286850151815501940192016105e7565b60055f52601f60205f20910160051c810190601f830160051c015b8181106106605750610599565b5f8155600101610653565b90607f1690610587565b908151602081105f146106a0575090601f815111610528576020815191015160208210610519571790565b6001600160401b0381116103ca57600654600181811c911680156107a3575b60208210146103ac57601f8111610770575b50602092601f821160011461070f57928192935f92610704575b50508160011b915f199060031b1c19161760065560ff90565b015190505f806106eb565b601f1982169360065f52805f20915f5b8681106107585750836001959610610740575b505050811b0160065560ff90565b01515f1960f88460031b161c191690555f8080610732565b9192602060018192868501518155019401920161071f565b60065f52601f60205f20910160051c810190601f830160051c015b81811061079857506106d1565b5f815560010161078b565b90607f16906106bf56fe60808060405260043610156100e2575b50361561001a575f80fd5b6040517fa1903eab0000000000000000000000000000000000000000000000000000000081525f60048201526020816024813473ffffffffffffffffffffffffffffffffffffffff7f0000000000000000000000000000000000000000000000000000000000000000165af180156100d7575f9061009f575b61009d9033611350565b005b506020813d6020116100cf575b816100b960209383610fca565b810103126100cb5761009d9051610093565b5f80fd5b3d91506100ac565b6040513d5f823e3d90fd5b5f3560e01c908163035faf8214610eaa5750806306fdde0314610e05578063095ea7b314610ddf57806318160ddd14610dc257806323b872dd14610c41578063313ce56714610c265780633644e51514610c0c57806370a0823114610bc85780637ecebe0014610b8357806384b0196e14610a6f5780639576a0c8146109d557806395d89b41146108d5578063a9059cbb14610899578063b0e3890014610804578063bb2952fc1461073b578063c1fe3e48146106eb578063d505accf1461055a578063dd62ed3e146104ec578063de0e9a3e146102a65763ea598cb0146101ca575f61000f565b346100cb5760206003193601126100cb576040517feeb4965e000000000000000000000000000000000000000000000000000000008152336004808301919091523560248201526020816044815f7f000000000000000000000000000000000000000000000000000000000000000073ffffffffffffffffffffffffffffffffffffffff165af180156100d7575f90610273575b8061026b60209233611350565b604051908152f35b506020813d60201161029e575b8161028d60209383610fca565b810103126100cb576020905161025e565b3d9150610280565b346100cb5760206003193601126100cb576004357001000000000000000000000000000000008110156104c157801561049957335f525f60205260405f205481811061046757506040517fc12ea3ca000000000000000000000000000000000000000000000000000000008152336004820152602481018290526020816044815f7f000000000000000000000000000000000000000000000000000000000000000073ffffffffffffffffffffffffffffffffffffffff165af19081156100d7575f91610435575b50331561040957335f525f60205260405f20548281106103d557826020935f9233845283865203604083205580600254036002556040519081527fddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef843392a3604051908152f35b90507fe450d38c000000000000000000000000000000000000000000000000000000005f523360045260245260445260645ffd5b7f96c6fd1e000000000000000000000000000000000000000000000000000000005f525f60045260245ffd5b90506020813d60201161045f575b8161045060209383610fca565b810103126100cb57518261036e565b3d9150610443565b7fdb42144d000000000000000000000000000000000000000000000000000000005f523360045260245260445260645ffd5b7f1f2a2005000000000000000000000000000000000000000000000000000000005f5260045ffd5b7f08083b2a000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b346100cb5760406003193601126100cb57610505610f84565b73ffffffffffffffffffffffffffffffffffffffff610522610fa7565b91165f52600160205273ffffffffffffffffffffffffffffffffffffffff60405f2091165f52602052602060405f2054604051908152f35b346100cb5760e06003193601126100cb57610573610f84565b61057b610fa7565b604435906064359260843560ff811681036100cb578442116106bf5761067c61067373ffffffffffffffffffffffffffffffffffffffff9283851697885f52600760205260405f20908154916001830190556040519060208201927f6e71edae12b1b97f4d1f60370fef10105fa2faae0126114a169c64845d6126c984528b6040840152878a1660608401528a608084015260a083015260c082015260c0815261062660e082610fca565b519020610631611227565b90604051917f190100000000000000000000000000000000000000000000000000000000000083526002830152602282015260c43591604260a4359220611610565b9092919261169f565b1684810361068f575061009d9350611416565b84907f4b800e46000000000000000000000000000000000000000000000000000000005f5260045260245260445ffd5b847f62791302000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b346100cb575f6003193601126100cb57602060405173ffffffffffffffffffffffffffffffffffffffff7f0000000000000000000000000000000000000000000000000000000000000000168152f35b346100cb5760206003193601126100cb576040517f7a28fb88000000000000000000000000000000000000000000000000000000008152600435600482015260208160248173ffffffffffffffffffffffffffffffffffffffff7f0000000000000000000000000000000000000000000000000000000000000000165afa80156100d7575f906107d1575b602090604051908152f35b506020813d6020116107fc575b816107eb60209383610fca565b810103126100cb57602090516107c6565b3d91506107de565b346100cb5760206003193601126100cb576040517f19208451000000000000000000000000000000000000000000000000000000008152600435600482015260208160248173ffffffffffffffffffffffffffffffffffffffff7f0000000000000000000000000000000000000000000000000000000000000000165afa80156100d7575f906107d157602090604051908152f35b346100cb5760406003193601126100cb576108ca6108b5610f84565b602435906108c4828233611129565b33611493565b602060405160018152f35b346100cb575f6003193601126100cb576040515f6004546108f581611038565b80845290600181169081156109935750600114610935575b6109318361091d81850382610fca565b604051918291602083526020830190610f41565b0390f35b60045f9081527f8a35acfbc15ff81a39ae7d344fd709f28e8600b4aa8c65c6b64bfe7fe36bd19b939250905b8082106109795750909150810160200161091d61090d565b919260018160209254838588010152019101909291610961565b7fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff001660208086019190915291151560051b8401909101915061091d905061090d565b346100cb575f6003193601126100cb576040517f19208451000000000000000000000000000000000000000000000000000000008152670de0b6b3a7640000600482015260208160248173ffffffffffffffffffffffffffffffffffffffff7f0000000000000000000000000000000000000000000000000000000000000000165afa80156100d7575f906107d157602090604051908152f35b346100cb575f6003193601126100cb57610b27610aab7f000000000000000000000000000000000000000000000000000000000000000061155d565b610ad47f00000000000000000000000000000000000000000000000000000000000000006115d9565b6020610b3560405192610ae78385610fca565b5f84525f3681376040519586957f0f00000000000000000000000000000000000000000000000000000000000000875260e08588015260e0870190610f41565b908582036040870152610f41565b4660608501523060808501525f60a085015283810360c08501528180845192838152019301915f5b828110610b6c57505050500390f35b835185528695509381019392810192600101610b5d565b346100cb5760206003193601126100cb5773ffffffffffffffffffffffffffffffffffffffff610bb1610f84565b165f526007602052602060405f2054604051908152f35b346100cb5760206003193601126100cb5773ffffffffffffffffffffffffffffffffffffffff610bf6610f84565b165f525f602052602060405f2054604051908152f35b346100cb575f6003193601126100cb57602061026b611227565b346100cb575f6003193601126100cb57602060405160128152f35b346100cb5760606003193601126100cb57610c5a610f84565b610c62610fa7565b60443590610c71828285611129565b73ffffffffffffffffffffffffffffffffffffffff831692835f52600160205260405f2073ffffffffffffffffffffffffffffffffffffffff33165f5260205260405f20547fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff8110610ce9575b506108ca9350611493565b838110610d8e578415610d62573315610d36576108ca945f52600160205260405f2073ffffffffffffffffffffffffffffffffffffffff33165f526020528360405f209103905584610cde565b7f94280d62000000000000000000000000000000000000000000000000000000005f525f60045260245ffd5b7fe602df05000000000000000000000000000000000000000000000000000000005f525f60045260245ffd5b83907ffb8f41b2000000000000000000000000000000000000000000000000000000005f523360045260245260445260645ffd5b346100cb575f6003193601126100cb576020600254604051908152f35b346100cb5760406003193601126100cb576108ca610dfb610f84565b6024359033611416565b346100cb575f6003193601126100cb576040515f600354610e2581611038565b80845290600181169081156109935750600114610e4c576109318361091d81850382610fca565b60035f9081527fc2575a0e9e593c00f959f8c92f12db2869c3395a3b0502d05e2516446f71f85b939250905b808210610e905750909150810160200161091d61090d565b919260018160209254838588010152019101909291610e78565b346100cb575f6003193601126100cb577f7a28fb88000000000000000000000000000000000000000000000000000000008152670de0b6b3a7640000600482015260208160248173ffffffffffffffffffffffffffffffffffffffff7f0000000000000000000000000000000000000000000000000000000000000000165afa80156100d7575f906107d157602090604051908152f35b907fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe0601f602080948051918291828752018686015e5f8582860101520116010190565b6004359073ffffffffffffffffffffffffffffffffffffffff821682036100cb57565b6024359073ffffffffffffffffffffffffffffffffffffffff821682036100cb57565b90601f7fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe0910116810190811067ffffffffffffffff82111761100b57604052565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52604160045260245ffd5b90600182811c9216801561107f575b602083101461105257565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52602260045260245ffd5b91607f1691611047565b5f929181549161109883611038565b80835292600181169081156110ed57506001146110b457505050565b5f9081526020812093945091925b8383106110d3575060209250010190565b6001816020929493945483858701015201910191906110c2565b905060209495507fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff0091509291921683830152151560051b010190565b9073ffffffffffffffffffffffffffffffffffffffff168015801561121e575b6111f357507001000000000000000000000000000000008210156111c75773ffffffffffffffffffffffffffffffffffffffff16805f525f60205260405f20549082821061119657505050565b7fdb42144d000000000000000000000000000000000000000000000000000000005f5260045260245260445260645ffd5b507f08083b2a000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b7f17858bbe000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b50308114611149565b73ffffffffffffffffffffffffffffffffffffffff7f000000000000000000000000000000000000000000000000000000000000000016301480611327575b1561128f577f000000000000000000000000000000000000000000000000000000000000000090565b60405160208101907f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f82527f000000000000000000000000000000000000000000000000000000000000000060408201527f000000000000000000000000000000000000000000000000000000000000000060608201524660808201523060a082015260a0815261132160c082610fca565b51902090565b507f00000000000000000000000000000000000000000000000000000000000000004614611266565b73ffffffffffffffffffffffffffffffffffffffff169081156113ea57600254908082018092116113bd5760207fddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef915f9360025584845283825260408420818154019055604051908152a3565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52601160045260245ffd5b7fec442f05000000000000000000000000000000000000000000000000000000005f525f60045260245ffd5b73ffffffffffffffffffffffffffffffffffffffff16908115610d625773ffffffffffffffffffffffffffffffffffffffff16918215610d365760207f8c5be1e5ebec7d5bd14f71427d1e84f3dd0314c0f7b2291e5b200ac8c7c3b92591835f526001825260405f20855f5282528060405f2055604051908152a3565b73ffffffffffffffffffffffffffffffffffffffff169081156104095773ffffffffffffffffffffffffffffffffffffffff169182156113ea57815f525f60205260405f205481811061152b57817fddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef92602092855f525f84520360405f2055845f525f825260405f20818154019055604051908152a3565b827fe450d38c000000000000000000000000000000000000000000000000000000005f5260045260245260445260645ffd5b60ff81146115bc5760ff811690601f82116115945760405191611581604084610fca565b6020808452838101919036833783525290565b7fb3512b0c000000000000000000000000000000000000000000000000000000005f5260045ffd5b506040516115d6816115cf816005611089565b0382610fca565b90565b60ff81146115fd5760ff811690601f82116115945760405191611581604084610fca565b506040516115d6816115cf816006611089565b91907f7fffffffffffffffffffffffffffffff5d576e7357a4501ddfe92f46681b20a08411611694579160209360809260ff5f9560405194855216868401526040830152606082015282805260015afa156100d7575f5173ffffffffffffffffffffffffffffffffffffffff81161561168a57905f905f90565b505f906001905f90565b5050505f9160039190565b600481101561174a57806116b1575050565b600181036116e1577ff645eedf000000000000000000000000000000000000000000000000000000005f5260045ffd5b6002810361171557507ffce698f7000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b60031461171f5750565b7fd78bce0c000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b7f4e487b71000000000000000000000000000000000000000000000000000000005f52602160045260245ffdfea2646970667358221220b081a292f5cd9667527034ee3f8ad8c9f396176a30185ef73ba905a25f3ab11264736f6c634300081e0033",
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
