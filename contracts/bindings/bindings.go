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

// DepositContractMetaData contains all meta data concerning the DepositContract contract.
var DepositContractMetaData = &bind.MetaData{
	ABI: "[{\"inputs\":[],\"name\":\"AmountTooLarge\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"BadDepositDataRoot\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"BelowDust\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"DepositTreeFull\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"Malformed\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"bytes\",\"name\":\"pubkey\",\"type\":\"bytes\"},{\"indexed\":false,\"internalType\":\"bytes\",\"name\":\"withdrawal_credentials\",\"type\":\"bytes\"},{\"indexed\":false,\"internalType\":\"bytes\",\"name\":\"amount\",\"type\":\"bytes\"},{\"indexed\":false,\"internalType\":\"bytes\",\"name\":\"signature\",\"type\":\"bytes\"},{\"indexed\":false,\"internalType\":\"bytes\",\"name\":\"index\",\"type\":\"bytes\"}],\"name\":\"DepositEvent\",\"type\":\"event\"},{\"inputs\":[{\"internalType\":\"bytes\",\"name\":\"pubkey\",\"type\":\"bytes\"},{\"internalType\":\"bytes\",\"name\":\"withdrawal_credentials\",\"type\":\"bytes\"},{\"internalType\":\"bytes\",\"name\":\"signature\",\"type\":\"bytes\"},{\"internalType\":\"bytes32\",\"name\":\"deposit_data_root\",\"type\":\"bytes32\"}],\"name\":\"deposit\",\"outputs\":[],\"stateMutability\":\"payable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"get_deposit_count\",\"outputs\":[{\"internalType\":\"bytes\",\"name\":\"count\",\"type\":\"bytes\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"get_deposit_root\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"root\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes4\",\"name\":\"interfaceId\",\"type\":\"bytes4\"}],\"name\":\"supportsInterface\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"supported\",\"type\":\"bool\"}],\"stateMutability\":\"pure\",\"type\":\"function\"}]",
	Sigs: map[string]string{
		"supportsInterface(bytes4)":          "01ffc9a7",
		"deposit(bytes,bytes,bytes,bytes32)": "22895118",
		"get_deposit_count()":                "621fd130",
		"get_deposit_root()":                 "c5f2892f",
	},
	Bin: "0x6080604052348015600e575f5ffd5b50610ffe8061001c5f395ff3fe60806040526004361061003e575f3560e01c806301ffc9a7146100425780632289511814610076578063621fd1301461008b578063c5f2892f146100ac575b5f5ffd5b34801561004d575f5ffd5b5061006161005c366004610a24565b6100ce565b60405190151581526020015b60405180910390f35b610089610084366004610aaf565b610166565b005b348015610096575f5ffd5b5061009f610764565b60405161006d9190610b84565b3480156100b7575f5ffd5b506100c0610776565b60405190815260200161006d565b5f7fffffffff0000000000000000000000000000000000000000000000000000000082167f01ffc9a700000000000000000000000000000000000000000000000000000000148061016057507fffffffff0000000000000000000000000000000000000000000000000000000082167f8564090700000000000000000000000000000000000000000000000000000000145b92915050565b603086141580610177575060208414155b80610183575060608214155b156101ba576040517f07b6ad3f00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b670de0b6b3a76400003410806101dc57506101d9633b9aca0034610bc3565b15155b15610213576040517f598e69b300000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b5f610222633b9aca0034610c03565b905067ffffffffffffffff811115610266576040517f0625040100000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b5f6102708261098f565b6020549091507f649bbc62d0e31342afea4e5cd82d4049e7e1ee912fc0889aa790803be39038c58a8a8a8a868b8b6102a78961098f565b6040516102bb989796959493929190610c3f565b60405180910390a15f60028b8b5f60801b6040516020016102de93929190610cb1565b60408051601f19818403018152908290526102f891610cfe565b602060405180830381855afa158015610313573d5f5f3e3d5ffd5b5050506040513d601f19601f820116820180604052508101906103369190610d09565b90505f6002806103496040848b8d610d20565b60405160200161035a929190610d47565b60408051601f198184030181529082905261037491610cfe565b602060405180830381855afa15801561038f573d5f5f3e3d5ffd5b5050506040513d601f19601f820116820180604052508101906103b29190610d09565b60026103c18a6040818e610d20565b6040516103d49291905f90602001610d56565b60408051601f19818403018152908290526103ee91610cfe565b602060405180830381855afa158015610409573d5f5f3e3d5ffd5b5050506040513d601f19601f8201168201806040525081019061042c9190610d09565b60408051602081019390935282015260600160408051601f198184030181529082905261045891610cfe565b602060405180830381855afa158015610473573d5f5f3e3d5ffd5b5050506040513d601f19601f820116820180604052508101906104969190610d09565b90505f600280848d8d6040516020016104b193929190610d68565b60408051601f19818403018152908290526104cb91610cfe565b602060405180830381855afa1580156104e6573d5f5f3e3d5ffd5b5050506040513d601f19601f820116820180604052508101906105099190610d09565b6040516002906105219089905f908890602001610d81565b60408051601f198184030181529082905261053b91610cfe565b602060405180830381855afa158015610556573d5f5f3e3d5ffd5b5050506040513d601f19601f820116820180604052508101906105799190610d09565b60408051602081019390935282015260600160408051601f19818403018152908290526105a591610cfe565b602060405180830381855afa1580156105c0573d5f5f3e3d5ffd5b5050506040513d601f19601f820116820180604052508101906105e39190610d09565b905086811461061e576040517fdd5f8db200000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b600161062c60206002610ee3565b6106369190610eee565b841061066e576040517fdb80b6b000000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b610679600185610f01565b60208190559350835f5b602081101561074a57816001166001036106ba57825f82602081106106aa576106aa610f14565b01555061075b9650505050505050565b60025f82602081106106ce576106ce610f14565b0154604080516020810192909252810185905260600160408051601f19818403018152908290526106fe91610cfe565b602060405180830381855afa158015610719573d5f5f3e3d5ffd5b5050506040513d601f19601f8201168201806040525081019061073c9190610d09565b9250600191821c9101610683565b50610753610f41565b505050505050505b50505050505050565b606061077160205461098f565b905090565b6020545f9081908190815b602081101561090d578160011660010361081e5760025f82602081106107a9576107a9610f14565b0154604080516020810192909252810186905260600160408051601f19818403018152908290526107d991610cfe565b602060405180830381855afa1580156107f4573d5f5f3e3d5ffd5b5050506040513d601f19601f820116820180604052508101906108179190610d09565b9350610890565b604080516020810186905290810184905260029060600160408051601f198184030181529082905261084f91610cfe565b602060405180830381855afa15801561086a573d5f5f3e3d5ffd5b5050506040513d601f19601f8201168201806040525081019061088d9190610d09565b93505b604080516020810185905290810184905260029060600160408051601f19818403018152908290526108c191610cfe565b602060405180830381855afa1580156108dc573d5f5f3e3d5ffd5b5050506040513d601f19601f820116820180604052508101906108ff9190610d09565b9250600191821c9101610781565b5060028361091c60205461098f565b60405161092f9291905f90602001610f6e565b60408051601f198184030181529082905261094991610cfe565b602060405180830381855afa158015610964573d5f5f3e3d5ffd5b5050506040513d601f19601f820116820180604052508101906109879190610d09565b935050505090565b6040805160088082528183019092526060916020820181803683370190505090505f5b6008811015610a1e576109c6816008610fb1565b8367ffffffffffffffff16901c60f81b8282815181106109e8576109e8610f14565b60200101907effffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff191690815f1a9053506001016109b2565b50919050565b5f60208284031215610a34575f5ffd5b81357fffffffff0000000000000000000000000000000000000000000000000000000081168114610a63575f5ffd5b9392505050565b5f5f83601f840112610a7a575f5ffd5b50813567ffffffffffffffff811115610a91575f5ffd5b602083019150836020828501011115610aa8575f5ffd5b9250929050565b5f5f5f5f5f5f5f6080888a031215610ac5575f5ffd5b873567ffffffffffffffff811115610adb575f5ffd5b610ae78a828b01610a6a565b909850965050602088013567ffffffffffffffff811115610b06575f5ffd5b610b128a828b01610a6a565b909650945050604088013567ffffffffffffffff811115610b31575f5ffd5b610b3d8a828b01610a6a565b989b979a50959894979596606090950135949350505050565b5f81518084528060208401602086015e5f602082860101526020601f19601f83011685010191505092915050565b602081525f610a636020830184610b56565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52601260045260245ffd5b5f82610bd157610bd1610b96565b500690565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52601160045260245ffd5b5f82610c1157610c11610b96565b500490565b81835281816020850137505f602082840101525f6020601f19601f840116840101905092915050565b60a081525f610c5260a083018a8c610c16565b8281036020840152610c6581898b610c16565b90508281036040840152610c798188610b56565b90508281036060840152610c8e818688610c16565b90508281036080840152610ca28185610b56565b9b9a5050505050505050505050565b828482377fffffffffffffffffffffffffffffffff00000000000000000000000000000000919091169101908152601001919050565b5f81518060208401855e5f93019283525090919050565b5f610a638284610ce7565b5f60208284031215610d19575f5ffd5b5051919050565b5f5f85851115610d2e575f5ffd5b83861115610d3a575f5ffd5b5050820193919092039150565b818382375f9101908152919050565b82848237909101908152602001919050565b838152818360208301375f910160200190815292915050565b5f610d8c8286610ce7565b7fffffffffffffffffffffffffffffffffffffffffffffffff000000000000000094909416845250506018820152603801919050565b6001815b6001841115610dfd57808504811115610de157610de1610bd6565b6001841615610def57908102905b60019390931c928002610dc6565b935093915050565b5f82610e1357506001610160565b81610e1f57505f610160565b8160018114610e355760028114610e3f57610e5b565b6001915050610160565b60ff841115610e5057610e50610bd6565b50506001821b610160565b5060208310610133831016604e8410600b8410161715610e7e575081810a610160565b610ea97fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff8484610dc2565b807fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff04821115610edb57610edb610bd6565b029392505050565b5f610a638383610e05565b8181038181111561016057610160610bd6565b8082018082111561016057610160610bd6565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52603260045260245ffd5b7f4e487b71000000000000000000000000000000000000000000000000000000005f52600160045260245ffd5b8381525f610f7f6020830185610ce7565b7fffffffffffffffffffffffffffffffffffffffffffffffff0000000000000000939093168352505060180192915050565b808202811582820484141761016057610160610bd656fea264697066735822122063b3f566d4f520722ec3f2d55797baeb90cf43a6cf1d39b3d0610dae4e8c09cd64736f6c634300081e0033",
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
