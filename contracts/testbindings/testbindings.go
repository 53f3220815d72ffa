// Code generated - DO NOT EDIT.
// This file is a generated binding and any manual changes will be lost.

package testbindings

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

// AttackerMetaData contains all meta data concerning the Attacker contract.
var AttackerMetaData = &bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"address\",\"name\":\"pool_\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"queue_\",\"type\":\"address\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"uint8\",\"name\":\"mode_\",\"type\":\"uint8\"},{\"internalType\":\"uint256\",\"name\":\"target_\",\"type\":\"uint256\"}],\"name\":\"claim\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"mode\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"pool\",\"outputs\":[{\"internalType\":\"contractIPoolAttacked\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"queue\",\"outputs\":[{\"internalType\":\"contractIQueueAttacked\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"received\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"reentered\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"reentryWorked\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"request\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"stake\",\"outputs\":[],\"stateMutability\":\"payable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"target\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"internalType\":\"uint8\",\"name\":\"mode_\",\"type\":\"uint8\"},{\"internalType\":\"uint256\",\"name\":\"target_\",\"type\":\"uint256\"}],\"name\":\"withdrawInstantly\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"stateMutability\":\"payable\",\"type\":\"receive\"}]",
	Sigs: map[string]string{
		"pool()":      "16f0115b",
		"mode()":      "295a5212",
		"stake()":     "3a4b66f1",
		"reentered()": "3f09775e",
		"withdrawInstantly(uint256,uint8,uint256)": "78bc1b0b",
		"received()":                   "83a6deb5",
		"reentryWorked()":              "8f9e9ff3",
		"target()":                     "d4b83992",
		"request(uint256)":             "d845a4b3",
		"queue()":                      "e10d29ee",
		"claim(uint256,uint8,uint256)": "e366bb1d",
	},
	Bin: "0x60c0346100ae57601f6109e438819003918201601f19168301916001600160401b038311848410176100b25780849260409485528339810103126100ae57610052602061004b836100c6565b92016100c6565b6001600160a01b039182166080521660a05260405161090990816100db82396080518181816104b801528181610585015281816105fc015261080b015260a05181818160f9015281816101ae0152818161029701526107060152f35b5f80fd5b634e487b7160e01b5f52604160045260245ffd5b51906001600160a01b03821682036100ae5756fe6080806040526004361015610024575b50361561001a575f80fd5b610022610694565b005b5f905f3560e01c90816316f0115b146105d257508063295a5212146105b35780633a4b66f1146105305780633f09775e1461050e57806378bc1b0b1461043157806383a6deb5146104145780638f9e9ff3146103ef578063d4b83992146103d2578063d845a4b3146101d2578063e10d29ee146101825763e366bb1d0361000f573461017e5760ff6100b536610620565b9192167fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff005f5416175f5560015573ffffffffffffffffffffffffffffffffffffffff7f00000000000000000000000000000000000000000000000000000000000000001690813b1561017e575f916024839260405194859384927ff844443600000000000000000000000000000000000000000000000000000000845260048401525af1801561017357610167575080f35b61002291505f90610644565b6040513d5f823e3d90fd5b5f80fd5b3461017e575f60031936011261017e57602060405173ffffffffffffffffffffffffffffffffffffffff7f0000000000000000000000000000000000000000000000000000000000000000168152f35b3461017e57602060031936011261017e57604080516101f18282610644565b60018152602081017fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe083013682378151156103a55760048035825283517fd6681042000000000000000000000000000000000000000000000000000000008152908101849052915160448301819052829160648301915f5b81811061038c5750505090805f9283602483015203818373ffffffffffffffffffffffffffffffffffffffff7f0000000000000000000000000000000000000000000000000000000000000000165af18015610382576102c557005b3d805f833e6102d48183610644565b81019060208183031261017e5780519067ffffffffffffffff821161017e570181601f8201121561017e5780519267ffffffffffffffff841161035557602080918560051b9561032983880192519283610644565b8152019382010191821161017e57602001915b81831061034557005b825181526020928301920161033c565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52604160045260245ffd5b82513d5f823e3d90fd5b8251845285945060209384019390920191600101610269565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52603260045260245ffd5b3461017e575f60031936011261017e576020600154604051908152f35b3461017e575f60031936011261017e57602060ff60025460081c166040519015158152f35b3461017e575f60031936011261017e576020600354604051908152f35b3461017e5760ff61044136610620565b9192167fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff005f5416175f55600155604051907ffd92bff200000000000000000000000000000000000000000000000000000000825260048201526020816024815f73ffffffffffffffffffffffffffffffffffffffff7f0000000000000000000000000000000000000000000000000000000000000000165af18015610173576104e657005b6100229060203d602011610507575b6104ff8183610644565b810190610685565b503d6104f5565b3461017e575f60031936011261017e57602060ff600254166040519015158152f35b5f60031936011261017e576040517fa1903eab0000000000000000000000000000000000000000000000000000000081525f60048201526020816024813473ffffffffffffffffffffffffffffffffffffffff7f0000000000000000000000000000000000000000000000000000000000000000165af18015610173576104e657005b3461017e575f60031936011261017e57602060ff5f5416604051908152f35b3461017e575f60031936011261017e5760209073ffffffffffffffffffffffffffffffffffffffff7f0000000000000000000000000000000000000000000000000000000000000000168152f35b600319606091011261017e576004359060243560ff8116810361017e579060443590565b90601f7fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe0910116810190811067ffffffffffffffff82111761035557604052565b9081602091031261017e575190565b6003543481018091116108a65760035560025460ff8116801561089a575b610897577fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff00600191161760025560ff5f5416600181145f146107b5575073ffffffffffffffffffffffffffffffffffffffff7f000000000000000000000000000000000000000000000000000000000000000016600154813b1561017e575f916024839260405194859384927ff844443600000000000000000000000000000000000000000000000000000000845260048401525af190816107a5575b50610777575b565b6101007fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff00ff6002541617600255565b5f6107af91610644565b5f61076f565b6002146107be57565b600154604051907ffd92bff200000000000000000000000000000000000000000000000000000000825260048201526020816024815f73ffffffffffffffffffffffffffffffffffffffff7f0000000000000000000000000000000000000000000000000000000000000000165af19081610868575b5015610775576101007fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff00ff6002541617600255565b6020813d60201161088f575b8161088160209383610644565b8101031261017e5751610834565b3d9150610874565b50565b5060ff5f5416156106b2565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52601160045260245ffdfea2646970667358221220167951b110ce96d904735aef1e399550c7cc12ba20d8afaf016264c695b2057964736f6c634300081e0033",
}

// AttackerABI is the input ABI used to generate the binding from.
// Deprecated: Use AttackerMetaData.ABI instead.
var AttackerABI = AttackerMetaData.ABI

// Deprecated: Use AttackerMetaData.Sigs instead.
// AttackerFuncSigs maps the 4-byte function signature to its string representation.
var AttackerFuncSigs = AttackerMetaData.Sigs

// AttackerBin is the compiled bytecode used for deploying new contracts.
// Deprecated: Use AttackerMetaData.Bin instead.
var AttackerBin = AttackerMetaData.Bin

// DeployAttacker deploys a new Ethereum contract, binding an instance of Attacker to it.
func DeployAttacker(auth *bind.TransactOpts, backend bind.ContractBackend, pool_ common.Address, queue_ common.Address) (common.Address, *types.Transaction, *Attacker, error) {
	parsed, err := AttackerMetaData.GetAbi()
	if err != nil {
		return common.Address{}, nil, nil, err
	}
	if parsed == nil {
		return common.Address{}, nil, nil, errors.New("GetABI returned nil")
	}

	address, tx, contract, err := bind.DeployContract(auth, *parsed, common.FromHex(AttackerBin), backend, pool_, queue_)
	if err != nil {
		return common.Address{}, nil, nil, err
	}
	return address, tx, &Attacker{AttackerCaller: AttackerCaller{contract: contract}, AttackerTransactor: AttackerTransactor{contract: contract}, AttackerFilterer: AttackerFilterer{contract: contract}}, nil
}

// Attacker is an auto generated Go binding around an Ethereum contract.
type Attacker struct {
	AttackerCaller     // Read-only binding to the contract
	AttackerTransactor // Write-only binding to the contract
	AttackerFilterer   // Log filterer for contract events
}

// AttackerCaller is an auto generated read-only Go binding around an Ethereum contract.
type AttackerCaller struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// AttackerTransactor is an auto generated write-only Go binding around an Ethereum contract.
type AttackerTransactor struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// AttackerFilterer is an auto generated log filtering Go binding around an Ethereum contract events.
type AttackerFilterer struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// AttackerSession is an auto generated Go binding around an Ethereum contract,
// with pre-set call and transact options.
type AttackerSession struct {
	Contract     *Attacker         // Generic contract binding to set the session for
	CallOpts     bind.CallOpts     // Call options to use throughout this session
	TransactOpts bind.TransactOpts // Transaction auth options to use throughout this session
}

// AttackerCallerSession is an auto generated read-only Go binding around an Ethereum contract,
// with pre-set call options.
type AttackerCallerSession struct {
	Contract *AttackerCaller // Generic contract caller binding to set the session for
	CallOpts bind.CallOpts   // Call options to use throughout this session
}

// AttackerTransactorSession is an auto generated write-only Go binding around an Ethereum contract,
// with pre-set transact options.
type AttackerTransactorSession struct {
	Contract     *AttackerTransactor // Generic contract transactor binding to set the session for
	TransactOpts bind.TransactOpts   // Transaction auth options to use throughout this session
}

// AttackerRaw is an auto generated low-level Go binding around an Ethereum contract.
type AttackerRaw struct {
	Contract *Attacker // Generic contract binding to access the raw methods on
}

// AttackerCallerRaw is an auto generated low-level read-only Go binding around an Ethereum contract.
type AttackerCallerRaw struct {
	Contract *AttackerCaller // Generic read-only contract binding to access the raw methods on
}

// AttackerTransactorRaw is an auto generated low-level write-only Go binding around an Ethereum contract.
type AttackerTransactorRaw struct {
	Contract *AttackerTransactor // Generic write-only contract binding to access the raw methods on
}

// NewAttacker creates a new instance of Attacker, bound to a specific deployed contract.
func NewAttacker(address common.Address, backend bind.ContractBackend) (*Attacker, error) {
	contract, err := bindAttacker(address, backend, backend, backend)
	if err != nil {
		return nil, err
	}
	return &Attacker{AttackerCaller: AttackerCaller{contract: contract}, AttackerTransactor: AttackerTransactor{contract: contract}, AttackerFilterer: AttackerFilterer{contract: contract}}, nil
}

// NewAttackerCaller creates a new read-only instance of Attacker, bound to a specific deployed contract.
func NewAttackerCaller(address common.Address, caller bind.ContractCaller) (*AttackerCaller, error) {
	contract, err := bindAttacker(address, caller, nil, nil)
	if err != nil {
		return nil, err
	}
	return &AttackerCaller{contract: contract}, nil
}

// NewAttackerTransactor creates a new write-only instance of Attacker, bound to a specific deployed contract.
func NewAttackerTransactor(address common.Address, transactor bind.ContractTransactor) (*AttackerTransactor, error) {
	contract, err := bindAttacker(address, nil, transactor, nil)
	if err != nil {
		return nil, err
	}
	return &AttackerTransactor{contract: contract}, nil
}

// NewAttackerFilterer creates a new log filterer instance of Attacker, bound to a specific deployed contract.
func NewAttackerFilterer(address common.Address, filterer bind.ContractFilterer) (*AttackerFilterer, error) {
	contract, err := bindAttacker(address, nil, nil, filterer)
	if err != nil {
		return nil, err
	}
	return &AttackerFilterer{contract: contract}, nil
}

// bindAttacker binds a generic wrapper to an already deployed contract.
func bindAttacker(address common.Address, caller bind.ContractCaller, transactor bind.ContractTransactor, filterer bind.ContractFilterer) (*bind.BoundContract, error) {
	parsed, err := AttackerMetaData.GetAbi()
	if err != nil {
		return nil, err
	}
	return bind.NewBoundContract(address, *parsed, caller, transactor, filterer), nil
}

// Call invokes the (constant) contract method with params as input values and
// sets the output to result. The result type might be a single field for simple
// returns, a slice of interfaces for anonymous returns and a struct for named
// returns.
func (_Attacker *AttackerRaw) Call(opts *bind.CallOpts, result *[]interface{}, method string, params ...interface{}) error {
	return _Attacker.Contract.AttackerCaller.contract.Call(opts, result, method, params...)
}

// Transfer initiates a plain transaction to move funds to the contract, calling
// its default method if one is available.
func (_Attacker *AttackerRaw) Transfer(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _Attacker.Contract.AttackerTransactor.contract.Transfer(opts)
}

// Transact invokes the (paid) contract method with params as input values.
func (_Attacker *AttackerRaw) Transact(opts *bind.TransactOpts, method string, params ...interface{}) (*types.Transaction, error) {
	return _Attacker.Contract.AttackerTransactor.contract.Transact(opts, method, params...)
}

// Call invokes the (constant) contract method with params as input values and
// sets the output to result. The result type might be a single field for simple
// returns, a slice of interfaces for anonymous returns and a struct for named
// returns.
func (_Attacker *AttackerCallerRaw) Call(opts *bind.CallOpts, result *[]interface{}, method string, params ...interface{}) error {
	return _Attacker.Contract.contract.Call(opts, result, method, params...)
}

// Transfer initiates a plain transaction to move funds to the contract, calling
// its default method if one is available.
func (_Attacker *AttackerTransactorRaw) Transfer(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _Attacker.Contract.contract.Transfer(opts)
}

// Transact invokes the (paid) contract method with params as input values.
func (_Attacker *AttackerTransactorRaw) Transact(opts *bind.TransactOpts, method string, params ...interface{}) (*types.Transaction, error) {
	return _Attacker.Contract.contract.Transact(opts, method, params...)
}

// Mode is a free data retrieval call binding the contract method 0x295a5212.
//
// Solidity: function mode() view returns(uint8)
func (_Attacker *AttackerCaller) Mode(opts *bind.CallOpts) (uint8, error) {
	var out []interface{}
	err := _Attacker.contract.Call(opts, &out, "mode")

	if err != nil {
		return *new(uint8), err
	}

	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)

	return out0, err

}

// Mode is a free data retrieval call binding the contract method 0x295a5212.
//
// Solidity: function mode() view returns(uint8)
func (_Attacker *AttackerSession) Mode() (uint8, error) {
	return _Attacker.Contract.Mode(&_Attacker.CallOpts)
}

// Mode is a free data retrieval call binding the contract method 0x295a5212.
//
// Solidity: function mode() view returns(uint8)
func (_Attacker *AttackerCallerSession) Mode() (uint8, error) {
	return _Attacker.Contract.Mode(&_Attacker.CallOpts)
}

// Pool is a free data retrieval call binding the contract method 0x16f0115b.
//
// Solidity: function pool() view returns(address)
func (_Attacker *AttackerCaller) Pool(opts *bind.CallOpts) (common.Address, error) {
	var out []interface{}
	err := _Attacker.contract.Call(opts, &out, "pool")

	if err != nil {
		return *new(common.Address), err
	}

	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)

	return out0, err

}

// Pool is a free data retrieval call binding the contract method 0x16f0115b.
//
// Solidity: function pool() view returns(address)
func (_Attacker *AttackerSession) Pool() (common.Address, error) {
	return _Attacker.Contract.Pool(&_Attacker.CallOpts)
}

// Pool is a free data retrieval call binding the contract method 0x16f0115b.
//
// Solidity: function pool() view returns(address)
func (_Attacker *AttackerCallerSession) Pool() (common.Address, error) {
	return _Attacker.Contract.Pool(&_Attacker.CallOpts)
}

// Queue is a free data retrieval call binding the contract method 0xe10d29ee.
//
// Solidity: function queue() view returns(address)
func (_Attacker *AttackerCaller) Queue(opts *bind.CallOpts) (common.Address, error) {
	var out []interface{}
	err := _Attacker.contract.Call(opts, &out, "queue")

	if err != nil {
		return *new(common.Address), err
	}

	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)

	return out0, err

}

// Queue is a free data retrieval call binding the contract method 0xe10d29ee.
//
// Solidity: function queue() view returns(address)
func (_Attacker *AttackerSession) Queue() (common.Address, error) {
	return _Attacker.Contract.Queue(&_Attacker.CallOpts)
}

// Queue is a free data retrieval call binding the contract method 0xe10d29ee.
//
// Solidity: function queue() view returns(address)
func (_Attacker *AttackerCallerSession) Queue() (common.Address, error) {
	return _Attacker.Contract.Queue(&_Attacker.CallOpts)
}

// Received is a free data retrieval call binding the contract method 0x83a6deb5.
//
// Solidity: function received() view returns(uint256)
func (_Attacker *AttackerCaller) Received(opts *bind.CallOpts) (*big.Int, error) {
	var out []interface{}
	err := _Attacker.contract.Call(opts, &out, "received")

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// Received is a free data retrieval call binding the contract method 0x83a6deb5.
//
// Solidity: function received() view returns(uint256)
func (_Attacker *AttackerSession) Received() (*big.Int, error) {
	return _Attacker.Contract.Received(&_Attacker.CallOpts)
}

// Received is a free data retrieval call binding the contract method 0x83a6deb5.
//
// Solidity: function received() view returns(uint256)
func (_Attacker *AttackerCallerSession) Received() (*big.Int, error) {
	return _Attacker.Contract.Received(&_Attacker.CallOpts)
}

// Reentered is a free data retrieval call binding the contract method 0x3f09775e.
//
// Solidity: function reentered() view returns(bool)
func (_Attacker *AttackerCaller) Reentered(opts *bind.CallOpts) (bool, error) {
	var out []interface{}
	err := _Attacker.contract.Call(opts, &out, "reentered")

	if err != nil {
		return *new(bool), err
	}

	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)

	return out0, err

}

// Reentered is a free data retrieval call binding the contract method 0x3f09775e.
//
// Solidity: function reentered() view returns(bool)
func (_Attacker *AttackerSession) Reentered() (bool, error) {
	return _Attacker.Contract.Reentered(&_Attacker.CallOpts)
}

// Reentered is a free data retrieval call binding the contract method 0x3f09775e.
//
// Solidity: function reentered() view returns(bool)
func (_Attacker *AttackerCallerSession) Reentered() (bool, error) {
	return _Attacker.Contract.Reentered(&_Attacker.CallOpts)
}

// ReentryWorked is a free data retrieval call binding the contract method 0x8f9e9ff3.
//
// Solidity: function reentryWorked() view returns(bool)
func (_Attacker *AttackerCaller) ReentryWorked(opts *bind.CallOpts) (bool, error) {
	var out []interface{}
	err := _Attacker.contract.Call(opts, &out, "reentryWorked")

	if err != nil {
		return *new(bool), err
	}

	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)

	return out0, err

}

// ReentryWorked is a free data retrieval call binding the contract method 0x8f9e9ff3.
//
// Solidity: function reentryWorked() view returns(bool)
func (_Attacker *AttackerSession) ReentryWorked() (bool, error) {
	return _Attacker.Contract.ReentryWorked(&_Attacker.CallOpts)
}

// ReentryWorked is a free data retrieval call binding the contract method 0x8f9e9ff3.
//
// Solidity: function reentryWorked() view returns(bool)
func (_Attacker *AttackerCallerSession) ReentryWorked() (bool, error) {
	return _Attacker.Contract.ReentryWorked(&_Attacker.CallOpts)
}

// Target is a free data retrieval call binding the contract method 0xd4b83992.
//
// Solidity: function target() view returns(uint256)
func (_Attacker *AttackerCaller) Target(opts *bind.CallOpts) (*big.Int, error) {
	var out []interface{}
	err := _Attacker.contract.Call(opts, &out, "target")

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// Target is a free data retrieval call binding the contract method 0xd4b83992.
//
// Solidity: function target() view returns(uint256)
func (_Attacker *AttackerSession) Target() (*big.Int, error) {
	return _Attacker.Contract.Target(&_Attacker.CallOpts)
}

// Target is a free data retrieval call binding the contract method 0xd4b83992.
//
// Solidity: function target() view returns(uint256)
func (_Attacker *AttackerCallerSession) Target() (*big.Int, error) {
	return _Attacker.Contract.Target(&_Attacker.CallOpts)
}

// Claim is a paid mutator transaction binding the contract method 0xe366bb1d.
//
// Solidity: function claim(uint256 id, uint8 mode_, uint256 target_) returns()
func (_Attacker *AttackerTransactor) Claim(opts *bind.TransactOpts, id *big.Int, mode_ uint8, target_ *big.Int) (*types.Transaction, error) {
	return _Attacker.contract.Transact(opts, "claim", id, mode_, target_)
}

// Claim is a paid mutator transaction binding the contract method 0xe366bb1d.
//
// Solidity: function claim(uint256 id, uint8 mode_, uint256 target_) returns()
func (_Attacker *AttackerSession) Claim(id *big.Int, mode_ uint8, target_ *big.Int) (*types.Transaction, error) {
	return _Attacker.Contract.Claim(&_Attacker.TransactOpts, id, mode_, target_)
}

// Claim is a paid mutator transaction binding the contract method 0xe366bb1d.
//
// Solidity: function claim(uint256 id, uint8 mode_, uint256 target_) returns()
func (_Attacker *AttackerTransactorSession) Claim(id *big.Int, mode_ uint8, target_ *big.Int) (*types.Transaction, error) {
	return _Attacker.Contract.Claim(&_Attacker.TransactOpts, id, mode_, target_)
}

// Request is a paid mutator transaction binding the contract method 0xd845a4b3.
//
// Solidity: function request(uint256 amount) returns()
func (_Attacker *AttackerTransactor) Request(opts *bind.TransactOpts, amount *big.Int) (*types.Transaction, error) {
	return _Attacker.contract.Transact(opts, "request", amount)
}

// Request is a paid mutator transaction binding the contract method 0xd845a4b3.
//
// Solidity: function request(uint256 amount) returns()
func (_Attacker *AttackerSession) Request(amount *big.Int) (*types.Transaction, error) {
	return _Attacker.Contract.Request(&_Attacker.TransactOpts, amount)
}

// Request is a paid mutator transaction binding the contract method 0xd845a4b3.
//
// Solidity: function request(uint256 amount) returns()
func (_Attacker *AttackerTransactorSession) Request(amount *big.Int) (*types.Transaction, error) {
	return _Attacker.Contract.Request(&_Attacker.TransactOpts, amount)
}

// Stake is a paid mutator transaction binding the contract method 0x3a4b66f1.
//
// Solidity: function stake() payable returns()
func (_Attacker *AttackerTransactor) Stake(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _Attacker.contract.Transact(opts, "stake")
}

// Stake is a paid mutator transaction binding the contract method 0x3a4b66f1.
//
// Solidity: function stake() payable returns()
func (_Attacker *AttackerSession) Stake() (*types.Transaction, error) {
	return _Attacker.Contract.Stake(&_Attacker.TransactOpts)
}

// Stake is a paid mutator transaction binding the contract method 0x3a4b66f1.
//
// Solidity: function stake() payable returns()
func (_Attacker *AttackerTransactorSession) Stake() (*types.Transaction, error) {
	return _Attacker.Contract.Stake(&_Attacker.TransactOpts)
}

// WithdrawInstantly is a paid mutator transaction binding the contract method 0x78bc1b0b.
//
// Solidity: function withdrawInstantly(uint256 amount, uint8 mode_, uint256 target_) returns()
func (_Attacker *AttackerTransactor) WithdrawInstantly(opts *bind.TransactOpts, amount *big.Int, mode_ uint8, target_ *big.Int) (*types.Transaction, error) {
	return _Attacker.contract.Transact(opts, "withdrawInstantly", amount, mode_, target_)
}

// WithdrawInstantly is a paid mutator transaction binding the contract method 0x78bc1b0b.
//
// Solidity: function withdrawInstantly(uint256 amount, uint8 mode_, uint256 target_) returns()
func (_Attacker *AttackerSession) WithdrawInstantly(amount *big.Int, mode_ uint8, target_ *big.Int) (*types.Transaction, error) {
	return _Attacker.Contract.WithdrawInstantly(&_Attacker.TransactOpts, amount, mode_, target_)
}

// WithdrawInstantly is a paid mutator transaction binding the contract method 0x78bc1b0b.
//
// Solidity: function withdrawInstantly(uint256 amount, uint8 mode_, uint256 target_) returns()
func (_Attacker *AttackerTransactorSession) WithdrawInstantly(amount *big.Int, mode_ uint8, target_ *big.Int) (*types.Transaction, error) {
	return _Attacker.Contract.WithdrawInstantly(&_Attacker.TransactOpts, amount, mode_, target_)
}

// Receive is a paid mutator transaction binding the contract receive function.
//
// Solidity: receive() payable returns()
func (_Attacker *AttackerTransactor) Receive(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _Attacker.contract.RawTransact(opts, nil) // calldata is disallowed for receive function
}

// Receive is a paid mutator transaction binding the contract receive function.
//
// Solidity: receive() payable returns()
func (_Attacker *AttackerSession) Receive() (*types.Transaction, error) {
	return _Attacker.Contract.Receive(&_Attacker.TransactOpts)
}

// Receive is a paid mutator transaction binding the contract receive function.
//
// Solidity: receive() payable returns()
func (_Attacker *AttackerTransactorSession) Receive() (*types.Transaction, error) {
	return _Attacker.Contract.Receive(&_Attacker.TransactOpts)
}

// ForceSendMetaData contains all meta data concerning the ForceSend contract.
var ForceSendMetaData = &bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"addresspayable\",\"name\":\"to\",\"type\":\"address\"}],\"stateMutability\":\"payable\",\"type\":\"constructor\"}]",
	Bin: "0x6080601f606138819003918201601f19168301916001600160401b03831184841017604c57808492602094604052833981010312604857516001600160a01b0381168103604857ff5b5f80fd5b634e487b7160e01b5f52604160045260245ffdfe",
}

// ForceSendABI is the input ABI used to generate the binding from.
// Deprecated: Use ForceSendMetaData.ABI instead.
var ForceSendABI = ForceSendMetaData.ABI

// ForceSendBin is the compiled bytecode used for deploying new contracts.
// Deprecated: Use ForceSendMetaData.Bin instead.
var ForceSendBin = ForceSendMetaData.Bin

// DeployForceSend deploys a new Ethereum contract, binding an instance of ForceSend to it.
func DeployForceSend(auth *bind.TransactOpts, backend bind.ContractBackend, to common.Address) (common.Address, *types.Transaction, *ForceSend, error) {
	parsed, err := ForceSendMetaData.GetAbi()
	if err != nil {
		return common.Address{}, nil, nil, err
	}
	if parsed == nil {
		return common.Address{}, nil, nil, errors.New("GetABI returned nil")
	}

	address, tx, contract, err := bind.DeployContract(auth, *parsed, common.FromHex(ForceSendBin), backend, to)
	if err != nil {
		return common.Address{}, nil, nil, err
	}
	return address, tx, &ForceSend{ForceSendCaller: ForceSendCaller{contract: contract}, ForceSendTransactor: ForceSendTransactor{contract: contract}, ForceSendFilterer: ForceSendFilterer{contract: contract}}, nil
}

// ForceSend is an auto generated Go binding around an Ethereum contract.
type ForceSend struct {
	ForceSendCaller     // Read-only binding to the contract
	ForceSendTransactor // Write-only binding to the contract
	ForceSendFilterer   // Log filterer for contract events
}

// ForceSendCaller is an auto generated read-only Go binding around an Ethereum contract.
type ForceSendCaller struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// ForceSendTransactor is an auto generated write-only Go binding around an Ethereum contract.
type ForceSendTransactor struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// ForceSendFilterer is an auto generated log filtering Go binding around an Ethereum contract events.
type ForceSendFilterer struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// ForceSendSession is an auto generated Go binding around an Ethereum contract,
// with pre-set call and transact options.
type ForceSendSession struct {
	Contract     *ForceSend        // Generic contract binding to set the session for
	CallOpts     bind.CallOpts     // Call options to use throughout this session
	TransactOpts bind.TransactOpts // Transaction auth options to use throughout this session
}

// ForceSendCallerSession is an auto generated read-only Go binding around an Ethereum contract,
// with pre-set call options.
type ForceSendCallerSession struct {
	Contract *ForceSendCaller // Generic contract caller binding to set the session for
	CallOpts bind.CallOpts    // Call options to use throughout this session
}

// ForceSendTransactorSession is an auto generated write-only Go binding around an Ethereum contract,
// with pre-set transact options.
type ForceSendTransactorSession struct {
	Contract     *ForceSendTransactor // Generic contract transactor binding to set the session for
	TransactOpts bind.TransactOpts    // Transaction auth options to use throughout this session
}

// ForceSendRaw is an auto generated low-level Go binding around an Ethereum contract.
type ForceSendRaw struct {
	Contract *ForceSend // Generic contract binding to access the raw methods on
}

// ForceSendCallerRaw is an auto generated low-level read-only Go binding around an Ethereum contract.
type ForceSendCallerRaw struct {
	Contract *ForceSendCaller // Generic read-only contract binding to access the raw methods on
}

// ForceSendTransactorRaw is an auto generated low-level write-only Go binding around an Ethereum contract.
type ForceSendTransactorRaw struct {
	Contract *ForceSendTransactor // Generic write-only contract binding to access the raw methods on
}

// NewForceSend creates a new instance of ForceSend, bound to a specific deployed contract.
func NewForceSend(address common.Address, backend bind.ContractBackend) (*ForceSend, error) {
	contract, err := bindForceSend(address, backend, backend, backend)
	if err != nil {
		return nil, err
	}
	return &ForceSend{ForceSendCaller: ForceSendCaller{contract: contract}, ForceSendTransactor: ForceSendTransactor{contract: contract}, ForceSendFilterer: ForceSendFilterer{contract: contract}}, nil
}

// NewForceSendCaller creates a new read-only instance of ForceSend, bound to a specific deployed contract.
func NewForceSendCaller(address common.Address, caller bind.ContractCaller) (*ForceSendCaller, error) {
	contract, err := bindForceSend(address, caller, nil, nil)
	if err != nil {
		return nil, err
	}
	return &ForceSendCaller{contract: contract}, nil
}

// NewForceSendTransactor creates a new write-only instance of ForceSend, bound to a specific deployed contract.
func NewForceSendTransactor(address common.Address, transactor bind.ContractTransactor) (*ForceSendTransactor, error) {
	contract, err := bindForceSend(address, nil, transactor, nil)
	if err != nil {
		return nil, err
	}
	return &ForceSendTransactor{contract: contract}, nil
}

// NewForceSendFilterer creates a new log filterer instance of ForceSend, bound to a specific deployed contract.
func NewForceSendFilterer(address common.Address, filterer bind.ContractFilterer) (*ForceSendFilterer, error) {
	contract, err := bindForceSend(address, nil, nil, filterer)
	if err != nil {
		return nil, err
	}
	return &ForceSendFilterer{contract: contract}, nil
}

// bindForceSend binds a generic wrapper to an already deployed contract.
func bindForceSend(address common.Address, caller bind.ContractCaller, transactor bind.ContractTransactor, filterer bind.ContractFilterer) (*bind.BoundContract, error) {
	parsed, err := ForceSendMetaData.GetAbi()
	if err != nil {
		return nil, err
	}
	return bind.NewBoundContract(address, *parsed, caller, transactor, filterer), nil
}

// Call invokes the (constant) contract method with params as input values and
// sets the output to result. The result type might be a single field for simple
// returns, a slice of interfaces for anonymous returns and a struct for named
// returns.
func (_ForceSend *ForceSendRaw) Call(opts *bind.CallOpts, result *[]interface{}, method string, params ...interface{}) error {
	return _ForceSend.Contract.ForceSendCaller.contract.Call(opts, result, method, params...)
}

// Transfer initiates a plain transaction to move funds to the contract, calling
// its default method if one is available.
func (_ForceSend *ForceSendRaw) Transfer(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _ForceSend.Contract.ForceSendTransactor.contract.Transfer(opts)
}

// Transact invokes the (paid) contract method with params as input values.
func (_ForceSend *ForceSendRaw) Transact(opts *bind.TransactOpts, method string, params ...interface{}) (*types.Transaction, error) {
	return _ForceSend.Contract.ForceSendTransactor.contract.Transact(opts, method, params...)
}

// Call invokes the (constant) contract method with params as input values and
// sets the output to result. The result type might be a single field for simple
// returns, a slice of interfaces for anonymous returns and a struct for named
// returns.
func (_ForceSend *ForceSendCallerRaw) Call(opts *bind.CallOpts, result *[]interface{}, method string, params ...interface{}) error {
	return _ForceSend.Contract.contract.Call(opts, result, method, params...)
}

// Transfer initiates a plain transaction to move funds to the contract, calling
// its default method if one is available.
func (_ForceSend *ForceSendTransactorRaw) Transfer(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _ForceSend.Contract.contract.Transfer(opts)
}

// Transact invokes the (paid) contract method with params as input values.
func (_ForceSend *ForceSendTransactorRaw) Transact(opts *bind.TransactOpts, method string, params ...interface{}) (*types.Transaction, error) {
	return _ForceSend.Contract.contract.Transact(opts, method, params...)
}

// LensMetaData contains all meta data concerning the Lens contract.
var LensMetaData = &bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"contractPool\",\"name\":\"pool\",\"type\":\"address\"},{\"internalType\":\"contractWstETH\",\"name\":\"wst\",\"type\":\"address\"},{\"internalType\":\"contractWithdrawalQueue\",\"name\":\"wq\",\"type\":\"address\"},{\"internalType\":\"contractOperatorRegistry\",\"name\":\"reg\",\"type\":\"address\"},{\"internalType\":\"contractOracle\",\"name\":\"oracle\",\"type\":\"address\"},{\"internalType\":\"address[]\",\"name\":\"accounts\",\"type\":\"address[]\"},{\"internalType\":\"address[]\",\"name\":\"owners\",\"type\":\"address[]\"},{\"internalType\":\"address[]\",\"name\":\"spenders\",\"type\":\"address[]\"}],\"name\":\"read\",\"outputs\":[{\"internalType\":\"uint256[]\",\"name\":\"out\",\"type\":\"uint256[]\"}],\"stateMutability\":\"view\",\"type\":\"function\"}]",
	Sigs: map[string]string{
		"read(address,address,address,address,address,address[],address[],address[])": "66dc5182",
	},
	Bin: "0x60808060405234601557611b76908161001a8239f35b5f80fdfe60a0806040526004361015610012575f80fd5b5f3560e01c6366dc518214610025575f80fd5b34610c26576101007ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffc360112610c26576004359073ffffffffffffffffffffffffffffffffffffffff82168203610c26576024359173ffffffffffffffffffffffffffffffffffffffff83168303610c265760443573ffffffffffffffffffffffffffffffffffffffff81168103610c26576064359373ffffffffffffffffffffffffffffffffffffffff8516809503610c26576084359273ffffffffffffffffffffffffffffffffffffffff84168403610c265760a43567ffffffffffffffff8111610c265761011a90369060040161195b565b929060c43567ffffffffffffffff8111610c265761013c90369060040161195b565b92909160e43567ffffffffffffffff8111610c265761015f90369060040161195b565b9190927f19c2b4c3000000000000000000000000000000000000000000000000000000008b5260208b60048173ffffffffffffffffffffffffffffffffffffffff8d165afa978815610c32575f98611926575b60049b5060208d6040519d8e80927fa70c70e40000000000000000000000000000000000000000000000000000000082525afa9b8c15610c32575f9c6118f2575b506005810281810460051482151715610fd85760140180601411610fd857848802888104861489151715610fd85761022a91611a06565b60068a028a81046006148b151715610fd85761024591611a06565b600b8d02908d808304600b1490151715610fd85761026b9161026691611a06565b611a2b565b6080526040517f37cfdaca00000000000000000000000000000000000000000000000000000000815260208160048173ffffffffffffffffffffffffffffffffffffffff8d165afa908115610c32575f916118c0575b50608051511561186157602060805101526040517fd5002f2e00000000000000000000000000000000000000000000000000000000815260208160048173ffffffffffffffffffffffffffffffffffffffff8d165afa908115610c32575f9161188e575b50608051516001101561186157604060805101526040519a7f47b714e0000000000000000000000000000000000000000000000000000000008c5260208c60048173ffffffffffffffffffffffffffffffffffffffff8d165afa9b8c15610c32575f9c61182d575b5060016002019b6103a16002608051611aa7565b526040517fae2e353800000000000000000000000000000000000000000000000000000000815260608160048173ffffffffffffffffffffffffffffffffffffffff8e165afa908115610c32575f9d5f915f936117e8575b5061040381611a7a565b9e8f916080519061041391611aa7565b5261041d90611a7a565b9d6080519061042b91611aa7565b526104358d611a7a565b9c6080519061044391611aa7565b526040517f609c4c6c000000000000000000000000000000000000000000000000000000008152808073ffffffffffffffffffffffffffffffffffffffff8c165a92600491602094fa908115610c32578d905f926117b2575b506104a96104b291611a7a565b9d608051611aa7565b526040517f18160ddd00000000000000000000000000000000000000000000000000000000815260208160048173ffffffffffffffffffffffffffffffffffffffff88165afa908115610c32578d905f9261177c575b506104a961051591611a7a565b526040517fa16498d900000000000000000000000000000000000000000000000000000000815260208160048173ffffffffffffffffffffffffffffffffffffffff8e165afa908115610c32578d905f92611746575b506104a961057891611a7a565b526040517f8cf4dc4300000000000000000000000000000000000000000000000000000000815260208160048173ffffffffffffffffffffffffffffffffffffffff8e165afa908115610c32578d905f92611710575b506104a96105db91611a7a565b526040517ff2cfa87d00000000000000000000000000000000000000000000000000000000815260208160048173ffffffffffffffffffffffffffffffffffffffff8e165afa908115610c32578d905f926116da575b506104a961063e91611a7a565b526040517f992e5a1500000000000000000000000000000000000000000000000000000000815260208160048173ffffffffffffffffffffffffffffffffffffffff8e165afa908115610c32575f916116a8575b5061069c8d611a7a565b9c608051906106aa91611aa7565b52896106b58d611a7a565b9c608051906106c391611aa7565b5260405180808d7f4f069a1300000000000000000000000000000000000000000000000000000000825273ffffffffffffffffffffffffffffffffffffffff165a92600491602094fa908115610c32578d905f92611672575b506104a961072991611a7a565b5273ffffffffffffffffffffffffffffffffffffffff60208c6004604051809481937fd0fb84e8000000000000000000000000000000000000000000000000000000008352165afa908115610c32578d905f9261163c575b506104a961078e91611a7a565b5273ffffffffffffffffffffffffffffffffffffffff60208c6004604051809481937ff6fa8a47000000000000000000000000000000000000000000000000000000008352165afa908115610c32578d905f92611606575b506104a96107f391611a7a565b526040517fd85dae8100000000000000000000000000000000000000000000000000000000815260208160048173ffffffffffffffffffffffffffffffffffffffff8e165afa908115610c32575f916115cc575b50156115c55760019b5b61086a60ff61085f83611a7a565b9e1691608051611aa7565b526040517f866f051f00000000000000000000000000000000000000000000000000000000815260208160048173ffffffffffffffffffffffffffffffffffffffff86165afa908115610c32578d905f9261157d575b50916040916108ef6108e673ffffffffffffffffffffffffffffffffffffffff95611a7a565b9f608051611aa7565b5260048251809481937ff2630175000000000000000000000000000000000000000000000000000000008352165afa908115610c32578c5f915f93611531575b506104a961093c91611a7a565b521561152a5760019a5b61095f60ff61095483611a7a565b9d1691608051611aa7565b525f5b81811061123457505050505f5b8481106111395750505050505080610d9d575b50505f5b8281106109a1576040518061099d6080518261198c565b0390f35b6040517f05f63c8a0000000000000000000000000000000000000000000000000000000081528160048201525f81602481885afa928315610c32575f915f94610c44575b508160a09167ffffffffffffffff63ffffffff945116610a10610a0783611a7a565b92608051611aa7565b5283602083015116610a24610a0783611a7a565b5283604083015116610a38610a0783611a7a565b5283606083015116610a4c610a0783611a7a565b5260c082015115610c3d576001905b610a7460ff610a6983611a7a565b931691608051611aa7565b52610aa173ffffffffffffffffffffffffffffffffffffffff610a9683611a7a565b971691608051611aa7565b5282608082015116610abe610ab587611a7a565b96608051611aa7565b52015116610ad7610ace84611a7a565b93608051611aa7565b52604051907fd2ffa04a000000000000000000000000000000000000000000000000000000008252806004830152606082602481885afa918215610c32575f92610b78575b5067ffffffffffffffff604083826001955116610b44610b3b88611a7a565b97608051611aa7565b5282602082015116610b58610b3b88611a7a565b52015116610b71610b6885611a7a565b94608051611aa7565b5201610986565b91506060823d8211610c2a575b81610b92606093836119c5565b81010312610c2657604051916060830183811067ffffffffffffffff821117610bf957600193610bed604067ffffffffffffffff9481948252610bd481611b1a565b8452610be260208201611b1a565b602085015201611b1a565b82820152935050610b1c565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52604160045260245ffd5b5f80fd5b3d9150610b85565b6040513d5f823e3d90fd5b5f90610a5b565b915092503d805f833e610c5781836119c5565b81018181036101208112610c265760e013610c265760405160e0810181811067ffffffffffffffff821117610bf957604052610c9283611b1a565b8152610ca060208401611b2f565b6020820152610cb160408401611b2f565b6040820152610cc260608401611b2f565b6060820152610cd360808401611b2f565b6080820152610ce460a08401611b2f565b60a0820152610cf560c08401611abb565b60c082015260e083015167ffffffffffffffff8111610c2657830182601f82011215610c2657805167ffffffffffffffff8111610bf95760405193610d6260207fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe0601f85011601866119c5565b81855260208284010111610c265763ffffffff945f60208360a0976101009583610d9498018483015e01015201611af9565b949150916109e5565b610da681611a2b565b5f5b82811061111957505f610de891604051809381927fb8c4b85a0000000000000000000000000000000000000000000000000000000083526004830161198c565b038173ffffffffffffffffffffffffffffffffffffffff87165afa908115610c32575f91611013575b505f5b828110610e22575050610982565b610e2c8183611aa7565b5151610e3a610ab587611a7a565b526020610e478284611aa7565b510151610e56610ab587611a7a565b5273ffffffffffffffffffffffffffffffffffffffff6040610e788385611aa7565b51015116610e88610ab587611a7a565b526080610e958284611aa7565b5101511561100c576001945b610eaf60ff610a9683611a7a565b5260a0610ebc8284611aa7565b51015115611005576001945b610ed660ff610a9683611a7a565b5260a0610ee38284611aa7565b51015115610f03576001905f5b610efc610b3b88611a7a565b5201610e14565b6001810190818111610fd857604051917f6352211e000000000000000000000000000000000000000000000000000000008352600483015260208260248173ffffffffffffffffffffffffffffffffffffffff89165afa918215610c32575f92610f87575b5073ffffffffffffffffffffffffffffffffffffffff60019216610ef0565b91506020823d8211610fd0575b81610fa1602093836119c5565b81010312610c265773ffffffffffffffffffffffffffffffffffffffff610fc9600193611af9565b9250610f68565b3d9150610f94565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52601160045260245ffd5b5f94610ec8565b5f94610ea1565b90503d805f833e61102481836119c5565b810190602081830312610c265780519067ffffffffffffffff8211610c26570181601f82011215610c265780519061105b82611a13565b9261106960405194856119c5565b828452602060c0818601940283010191818311610c2657602001925b82841061109657505050505f610e11565b60c084830312610c26576040519060c082019082821067ffffffffffffffff831117610bf95760c0926020926040528651815282870151838201526110dd60408801611af9565b6040820152606087015160608201526110f860808801611abb565b608082015261110960a08801611abb565b60a0820152815201930192611085565b6001810190818111610fd8576001916111328285611aa7565b5201610da8565b5f5b82811061114b575060010161096f565b61115e611159838888611ac8565b611ad8565b9073ffffffffffffffffffffffffffffffffffffffff611182611159838789611ac8565b81604051947fdd62ed3e00000000000000000000000000000000000000000000000000000000865216600485015216602483015260208260448173ffffffffffffffffffffffffffffffffffffffff8c165afa8015610c32575f90611202575b600192506111fb6111f28d611a7a565b9c608051611aa7565b520161113b565b506020823d821161122c575b8161121b602093836119c5565b81010312610c2657600191516111e2565b3d915061120e565b611242611159828487611ac8565b9073ffffffffffffffffffffffffffffffffffffffff60208b6024604051809481937ff5eb42dc0000000000000000000000000000000000000000000000000000000083528189166004840152165afa908115610c32578e905f926114f5575b506112af6112b891611a7a565b9e608051611aa7565b5273ffffffffffffffffffffffffffffffffffffffff60208b6024604051809481937f70a082310000000000000000000000000000000000000000000000000000000083528189166004840152165afa908115610c32578e905f926114c0575b506112af61132591611a7a565b526040517f70a0823100000000000000000000000000000000000000000000000000000000815273ffffffffffffffffffffffffffffffffffffffff8316600482015260208160248173ffffffffffffffffffffffffffffffffffffffff89165afa908115610c32578e905f9261148b575b506113a190611a7a565b9d608051906113af91611aa7565b5281316113bb8e611a7a565b9d608051906113c991611aa7565b52604051917f5dc796ee00000000000000000000000000000000000000000000000000000000835273ffffffffffffffffffffffffffffffffffffffff166004830152818073ffffffffffffffffffffffffffffffffffffffff8c165a92602491602094fa8015610c32578d925f91611453575b5061144c6112af600194611a7a565b5201610962565b9250506020823d8211611483575b8161146e602093836119c5565b81010312610c265790518c919061144c61143d565b3d9150611461565b9150506020813d82116114b8575b816114a6602093836119c5565b81010312610c2657518d6113a1611397565b3d9150611499565b9150506020813d82116114ed575b816114db602093836119c5565b81010312610c2657518d6112af611318565b3d91506114ce565b9150506020813d8211611522575b81611510602093836119c5565b81010312610c2657518d6112af6112a2565b3d9150611503565b5f9a610946565b925050506040813d604011611575575b8161154e604093836119c5565b81010312610c26578061093c6104a961156d8f94602090519401611abb565b93915061092f565b3d9150611541565b9150506020813d6020116115bd575b81611599602093836119c5565b81010312610c2657518c73ffffffffffffffffffffffffffffffffffffffff6108c0565b3d915061158c565b5f9b610851565b90506020813d6020116115fe575b816115e7602093836119c5565b81010312610c26576115f890611abb565b5f610847565b3d91506115da565b9150506020813d602011611634575b81611622602093836119c5565b81010312610c2657518c6104a96107e6565b3d9150611615565b9150506020813d60201161166a575b81611658602093836119c5565b81010312610c2657518c6104a9610781565b3d915061164b565b9150506020813d6020116116a0575b8161168e602093836119c5565b81010312610c2657518c6104a961071c565b3d9150611681565b90506020813d6020116116d2575b816116c3602093836119c5565b81010312610c2657515f610692565b3d91506116b6565b9150506020813d602011611708575b816116f6602093836119c5565b81010312610c2657518c6104a9610631565b3d91506116e9565b9150506020813d60201161173e575b8161172c602093836119c5565b81010312610c2657518c6104a96105ce565b3d915061171f565b9150506020813d602011611774575b81611762602093836119c5565b81010312610c2657518c6104a961056b565b3d9150611755565b9150506020813d6020116117aa575b81611798602093836119c5565b81010312610c2657518c6104a9610508565b3d915061178b565b9150506020813d6020116117e0575b816117ce602093836119c5565b81010312610c2657518c6104a961049c565b3d91506117c1565b9e5091505060608d3d606011611825575b81611806606093836119c5565b81010312610c26578c6040602082519201519e0151909d90915f6103f9565b3d91506117f9565b909b506020813d602011611859575b81611849602093836119c5565b81010312610c2657519a5f61038d565b3d915061183c565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52603260045260245ffd5b90506020813d6020116118b8575b816118a9602093836119c5565b81010312610c2657515f610325565b3d915061189c565b90506020813d6020116118ea575b816118db602093836119c5565b81010312610c2657515f6102c1565b3d91506118ce565b909b506020813d60201161191e575b8161190e602093836119c5565b81010312610c2657519a5f6101f3565b3d9150611901565b975060208b3d602011611953575b81611941602093836119c5565b81010312610c265760049a51976101b2565b3d9150611934565b9181601f84011215610c265782359167ffffffffffffffff8311610c26576020808501948460051b010111610c2657565b60206040818301928281528451809452019201905f5b8181106119af5750505090565b82518452602093840193909201916001016119a2565b90601f7fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe0910116810190811067ffffffffffffffff821117610bf957604052565b91908201809211610fd857565b67ffffffffffffffff8111610bf95760051b60200190565b90611a3582611a13565b611a4260405191826119c5565b8281527fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe0611a708294611a13565b0190602036910137565b7fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff8114610fd85760010190565b80518210156118615760209160051b010190565b51908115158203610c2657565b91908110156118615760051b0190565b3573ffffffffffffffffffffffffffffffffffffffff81168103610c265790565b519073ffffffffffffffffffffffffffffffffffffffff82168203610c2657565b519067ffffffffffffffff82168203610c2657565b519063ffffffff82168203610c265756fea26469706673582212209cefdff882806d738853b275acf6ed3dc50da5c8438635b640480808eff9dfe864736f6c634300081e0033",
}

// LensABI is the input ABI used to generate the binding from.
// Deprecated: Use LensMetaData.ABI instead.
var LensABI = LensMetaData.ABI

// Deprecated: Use LensMetaData.Sigs instead.
// LensFuncSigs maps the 4-byte function signature to its string representation.
var LensFuncSigs = LensMetaData.Sigs

// LensBin is the compiled bytecode used for deploying new contracts.
// Deprecated: Use LensMetaData.Bin instead.
var LensBin = LensMetaData.Bin

// DeployLens deploys a new Ethereum contract, binding an instance of Lens to it.
func DeployLens(auth *bind.TransactOpts, backend bind.ContractBackend) (common.Address, *types.Transaction, *Lens, error) {
	parsed, err := LensMetaData.GetAbi()
	if err != nil {
		return common.Address{}, nil, nil, err
	}
	if parsed == nil {
		return common.Address{}, nil, nil, errors.New("GetABI returned nil")
	}

	address, tx, contract, err := bind.DeployContract(auth, *parsed, common.FromHex(LensBin), backend)
	if err != nil {
		return common.Address{}, nil, nil, err
	}
	return address, tx, &Lens{LensCaller: LensCaller{contract: contract}, LensTransactor: LensTransactor{contract: contract}, LensFilterer: LensFilterer{contract: contract}}, nil
}

// Lens is an auto generated Go binding around an Ethereum contract.
type Lens struct {
	LensCaller     // Read-only binding to the contract
	LensTransactor // Write-only binding to the contract
	LensFilterer   // Log filterer for contract events
}

// LensCaller is an auto generated read-only Go binding around an Ethereum contract.
type LensCaller struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// LensTransactor is an auto generated write-only Go binding around an Ethereum contract.
type LensTransactor struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// LensFilterer is an auto generated log filtering Go binding around an Ethereum contract events.
type LensFilterer struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// LensSession is an auto generated Go binding around an Ethereum contract,
// with pre-set call and transact options.
type LensSession struct {
	Contract     *Lens             // Generic contract binding to set the session for
	CallOpts     bind.CallOpts     // Call options to use throughout this session
	TransactOpts bind.TransactOpts // Transaction auth options to use throughout this session
}

// LensCallerSession is an auto generated read-only Go binding around an Ethereum contract,
// with pre-set call options.
type LensCallerSession struct {
	Contract *LensCaller   // Generic contract caller binding to set the session for
	CallOpts bind.CallOpts // Call options to use throughout this session
}

// LensTransactorSession is an auto generated write-only Go binding around an Ethereum contract,
// with pre-set transact options.
type LensTransactorSession struct {
	Contract     *LensTransactor   // Generic contract transactor binding to set the session for
	TransactOpts bind.TransactOpts // Transaction auth options to use throughout this session
}

// LensRaw is an auto generated low-level Go binding around an Ethereum contract.
type LensRaw struct {
	Contract *Lens // Generic contract binding to access the raw methods on
}

// LensCallerRaw is an auto generated low-level read-only Go binding around an Ethereum contract.
type LensCallerRaw struct {
	Contract *LensCaller // Generic read-only contract binding to access the raw methods on
}

// LensTransactorRaw is an auto generated low-level write-only Go binding around an Ethereum contract.
type LensTransactorRaw struct {
	Contract *LensTransactor // Generic write-only contract binding to access the raw methods on
}

// NewLens creates a new instance of Lens, bound to a specific deployed contract.
func NewLens(address common.Address, backend bind.ContractBackend) (*Lens, error) {
	contract, err := bindLens(address, backend, backend, backend)
	if err != nil {
		return nil, err
	}
	return &Lens{LensCaller: LensCaller{contract: contract}, LensTransactor: LensTransactor{contract: contract}, LensFilterer: LensFilterer{contract: contract}}, nil
}

// NewLensCaller creates a new read-only instance of Lens, bound to a specific deployed contract.
func NewLensCaller(address common.Address, caller bind.ContractCaller) (*LensCaller, error) {
	contract, err := bindLens(address, caller, nil, nil)
	if err != nil {
		return nil, err
	}
	return &LensCaller{contract: contract}, nil
}

// NewLensTransactor creates a new write-only instance of Lens, bound to a specific deployed contract.
func NewLensTransactor(address common.Address, transactor bind.ContractTransactor) (*LensTransactor, error) {
	contract, err := bindLens(address, nil, transactor, nil)
	if err != nil {
		return nil, err
	}
	return &LensTransactor{contract: contract}, nil
}

// NewLensFilterer creates a new log filterer instance of Lens, bound to a specific deployed contract.
func NewLensFilterer(address common.Address, filterer bind.ContractFilterer) (*LensFilterer, error) {
	contract, err := bindLens(address, nil, nil, filterer)
	if err != nil {
		return nil, err
	}
	return &LensFilterer{contract: contract}, nil
}

// bindLens binds a generic wrapper to an already deployed contract.
func bindLens(address common.Address, caller bind.ContractCaller, transactor bind.ContractTransactor, filterer bind.ContractFilterer) (*bind.BoundContract, error) {
	parsed, err := LensMetaData.GetAbi()
	if err != nil {
		return nil, err
	}
	return bind.NewBoundContract(address, *parsed, caller, transactor, filterer), nil
}

// Call invokes the (constant) contract method with params as input values and
// sets the output to result. The result type might be a single field for simple
// returns, a slice of interfaces for anonymous returns and a struct for named
// returns.
func (_Lens *LensRaw) Call(opts *bind.CallOpts, result *[]interface{}, method string, params ...interface{}) error {
	return _Lens.Contract.LensCaller.contract.Call(opts, result, method, params...)
}

// Transfer initiates a plain transaction to move funds to the contract, calling
// its default method if one is available.
func (_Lens *LensRaw) Transfer(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _Lens.Contract.LensTransactor.contract.Transfer(opts)
}

// Transact invokes the (paid) contract method with params as input values.
func (_Lens *LensRaw) Transact(opts *bind.TransactOpts, method string, params ...interface{}) (*types.Transaction, error) {
	return _Lens.Contract.LensTransactor.contract.Transact(opts, method, params...)
}

// Call invokes the (constant) contract method with params as input values and
// sets the output to result. The result type might be a single field for simple
// returns, a slice of interfaces for anonymous returns and a struct for named
// returns.
func (_Lens *LensCallerRaw) Call(opts *bind.CallOpts, result *[]interface{}, method string, params ...interface{}) error {
	return _Lens.Contract.contract.Call(opts, result, method, params...)
}

// Transfer initiates a plain transaction to move funds to the contract, calling
// its default method if one is available.
func (_Lens *LensTransactorRaw) Transfer(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _Lens.Contract.contract.Transfer(opts)
}

// Transact invokes the (paid) contract method with params as input values.
func (_Lens *LensTransactorRaw) Transact(opts *bind.TransactOpts, method string, params ...interface{}) (*types.Transaction, error) {
	return _Lens.Contract.contract.Transact(opts, method, params...)
}

// Read is a free data retrieval call binding the contract method 0x66dc5182.
//
// Solidity: function read(address pool, address wst, address wq, address reg, address oracle, address[] accounts, address[] owners, address[] spenders) view returns(uint256[] out)
func (_Lens *LensCaller) Read(opts *bind.CallOpts, pool common.Address, wst common.Address, wq common.Address, reg common.Address, oracle common.Address, accounts []common.Address, owners []common.Address, spenders []common.Address) ([]*big.Int, error) {
	var out []interface{}
	err := _Lens.contract.Call(opts, &out, "read", pool, wst, wq, reg, oracle, accounts, owners, spenders)

	if err != nil {
		return *new([]*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new([]*big.Int)).(*[]*big.Int)

	return out0, err

}

// Read is a free data retrieval call binding the contract method 0x66dc5182.
//
// Solidity: function read(address pool, address wst, address wq, address reg, address oracle, address[] accounts, address[] owners, address[] spenders) view returns(uint256[] out)
func (_Lens *LensSession) Read(pool common.Address, wst common.Address, wq common.Address, reg common.Address, oracle common.Address, accounts []common.Address, owners []common.Address, spenders []common.Address) ([]*big.Int, error) {
	return _Lens.Contract.Read(&_Lens.CallOpts, pool, wst, wq, reg, oracle, accounts, owners, spenders)
}

// Read is a free data retrieval call binding the contract method 0x66dc5182.
//
// Solidity: function read(address pool, address wst, address wq, address reg, address oracle, address[] accounts, address[] owners, address[] spenders) view returns(uint256[] out)
func (_Lens *LensCallerSession) Read(pool common.Address, wst common.Address, wq common.Address, reg common.Address, oracle common.Address, accounts []common.Address, owners []common.Address, spenders []common.Address) ([]*big.Int, error) {
	return _Lens.Contract.Read(&_Lens.CallOpts, pool, wst, wq, reg, oracle, accounts, owners, spenders)
}

// NFTReceiverMetaData contains all meta data concerning the NFTReceiver contract.
var NFTReceiverMetaData = &bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"bool\",\"name\":\"accept_\",\"type\":\"bool\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[],\"name\":\"accept\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"lastTokenId\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"},{\"internalType\":\"bytes\",\"name\":\"\",\"type\":\"bytes\"}],\"name\":\"onERC721Received\",\"outputs\":[{\"internalType\":\"bytes4\",\"name\":\"\",\"type\":\"bytes4\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"}]",
	Sigs: map[string]string{
		"onERC721Received(address,address,uint256,bytes)": "150b7a02",
		"accept()":      "2852b71c",
		"lastTokenId()": "f84ddf0b",
	},
	Bin: "0x60a034606557601f6102c438819003918201601f19168301916001600160401b03831184841017606957808492602094604052833981010312606557518015158103606557608052604051610246908161007e823960805181818160b0015261015c0152f35b5f80fd5b634e487b7160e01b5f52604160045260245ffdfe6080806040526004361015610012575f80fd5b5f3560e01c908163150b7a02146100d5575080632852b71c1461007b5763f84ddf0b1461003d575f80fd5b34610077575f7ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffc3601126100775760205f54604051908152f35b5f80fd5b34610077575f7ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffc3601126100775760206040517f000000000000000000000000000000000000000000000000000000000000000015158152f35b346100775760807ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffc3601126100775761010c6101ca565b506101156101ed565b5060643567ffffffffffffffff8111610077573660238201121561007757806004013567ffffffffffffffff81116100775736910160240111610077576044355f556020907f0000000000000000000000000000000000000000000000000000000000000000156101a5577f150b7a02000000000000000000000000000000000000000000000000000000008152f35b7fdeadbeef000000000000000000000000000000000000000000000000000000008152f35b6004359073ffffffffffffffffffffffffffffffffffffffff8216820361007757565b6024359073ffffffffffffffffffffffffffffffffffffffff821682036100775756fea264697066735822122058ac9988288ef1ba7edb912aaa383902c6292417ea075a15f6a29b2f01913f5e64736f6c634300081e0033",
}

// NFTReceiverABI is the input ABI used to generate the binding from.
// Deprecated: Use NFTReceiverMetaData.ABI instead.
var NFTReceiverABI = NFTReceiverMetaData.ABI

// Deprecated: Use NFTReceiverMetaData.Sigs instead.
// NFTReceiverFuncSigs maps the 4-byte function signature to its string representation.
var NFTReceiverFuncSigs = NFTReceiverMetaData.Sigs

// NFTReceiverBin is the compiled bytecode used for deploying new contracts.
// Deprecated: Use NFTReceiverMetaData.Bin instead.
var NFTReceiverBin = NFTReceiverMetaData.Bin

// DeployNFTReceiver deploys a new Ethereum contract, binding an instance of NFTReceiver to it.
func DeployNFTReceiver(auth *bind.TransactOpts, backend bind.ContractBackend, accept_ bool) (common.Address, *types.Transaction, *NFTReceiver, error) {
	parsed, err := NFTReceiverMetaData.GetAbi()
	if err != nil {
		return common.Address{}, nil, nil, err
	}
	if parsed == nil {
		return common.Address{}, nil, nil, errors.New("GetABI returned nil")
	}

	address, tx, contract, err := bind.DeployContract(auth, *parsed, common.FromHex(NFTReceiverBin), backend, accept_)
	if err != nil {
		return common.Address{}, nil, nil, err
	}
	return address, tx, &NFTReceiver{NFTReceiverCaller: NFTReceiverCaller{contract: contract}, NFTReceiverTransactor: NFTReceiverTransactor{contract: contract}, NFTReceiverFilterer: NFTReceiverFilterer{contract: contract}}, nil
}

// NFTReceiver is an auto generated Go binding around an Ethereum contract.
type NFTReceiver struct {
	NFTReceiverCaller     // Read-only binding to the contract
	NFTReceiverTransactor // Write-only binding to the contract
	NFTReceiverFilterer   // Log filterer for contract events
}

// NFTReceiverCaller is an auto generated read-only Go binding around an Ethereum contract.
type NFTReceiverCaller struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// NFTReceiverTransactor is an auto generated write-only Go binding around an Ethereum contract.
type NFTReceiverTransactor struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// NFTReceiverFilterer is an auto generated log filtering Go binding around an Ethereum contract events.
type NFTReceiverFilterer struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// NFTReceiverSession is an auto generated Go binding around an Ethereum contract,
// with pre-set call and transact options.
type NFTReceiverSession struct {
	Contract     *NFTReceiver      // Generic contract binding to set the session for
	CallOpts     bind.CallOpts     // Call options to use throughout this session
	TransactOpts bind.TransactOpts // Transaction auth options to use throughout this session
}

// NFTReceiverCallerSession is an auto generated read-only Go binding around an Ethereum contract,
// with pre-set call options.
type NFTReceiverCallerSession struct {
	Contract *NFTReceiverCaller // Generic contract caller binding to set the session for
	CallOpts bind.CallOpts      // Call options to use throughout this session
}

// NFTReceiverTransactorSession is an auto generated write-only Go binding around an Ethereum contract,
// with pre-set transact options.
type NFTReceiverTransactorSession struct {
	Contract     *NFTReceiverTransactor // Generic contract transactor binding to set the session for
	TransactOpts bind.TransactOpts      // Transaction auth options to use throughout this session
}

// NFTReceiverRaw is an auto generated low-level Go binding around an Ethereum contract.
type NFTReceiverRaw struct {
	Contract *NFTReceiver // Generic contract binding to access the raw methods on
}

// NFTReceiverCallerRaw is an auto generated low-level read-only Go binding around an Ethereum contract.
type NFTReceiverCallerRaw struct {
	Contract *NFTReceiverCaller // Generic read-only contract binding to access the raw methods on
}

// NFTReceiverTransactorRaw is an auto generated low-level write-only Go binding around an Ethereum contract.
type NFTReceiverTransactorRaw struct {
	Contract *NFTReceiverTransactor // Generic write-only contract binding to access the raw methods on
}

// NewNFTReceiver creates a new instance of NFTReceiver, bound to a specific deployed contract.
func NewNFTReceiver(address common.Address, backend bind.ContractBackend) (*NFTReceiver, error) {
	contract, err := bindNFTReceiver(address, backend, backend, backend)
	if err != nil {
		return nil, err
	}
	return &NFTReceiver{NFTReceiverCaller: NFTReceiverCaller{contract: contract}, NFTReceiverTransactor: NFTReceiverTransactor{contract: contract}, NFTReceiverFilterer: NFTReceiverFilterer{contract: contract}}, nil
}

// NewNFTReceiverCaller creates a new read-only instance of NFTReceiver, bound to a specific deployed contract.
func NewNFTReceiverCaller(address common.Address, caller bind.ContractCaller) (*NFTReceiverCaller, error) {
	contract, err := bindNFTReceiver(address, caller, nil, nil)
	if err != nil {
		return nil, err
	}
	return &NFTReceiverCaller{contract: contract}, nil
}

// NewNFTReceiverTransactor creates a new write-only instance of NFTReceiver, bound to a specific deployed contract.
func NewNFTReceiverTransactor(address common.Address, transactor bind.ContractTransactor) (*NFTReceiverTransactor, error) {
	contract, err := bindNFTReceiver(address, nil, transactor, nil)
	if err != nil {
		return nil, err
	}
	return &NFTReceiverTransactor{contract: contract}, nil
}

// NewNFTReceiverFilterer creates a new log filterer instance of NFTReceiver, bound to a specific deployed contract.
func NewNFTReceiverFilterer(address common.Address, filterer bind.ContractFilterer) (*NFTReceiverFilterer, error) {
	contract, err := bindNFTReceiver(address, nil, nil, filterer)
	if err != nil {
		return nil, err
	}
	return &NFTReceiverFilterer{contract: contract}, nil
}

// bindNFTReceiver binds a generic wrapper to an already deployed contract.
func bindNFTReceiver(address common.Address, caller bind.ContractCaller, transactor bind.ContractTransactor, filterer bind.ContractFilterer) (*bind.BoundContract, error) {
	parsed, err := NFTReceiverMetaData.GetAbi()
	if err != nil {
		return nil, err
	}
	return bind.NewBoundContract(address, *parsed, caller, transactor, filterer), nil
}

// Call invokes the (constant) contract method with params as input values and
// sets the output to result. The result type might be a single field for simple
// returns, a slice of interfaces for anonymous returns and a struct for named
// returns.
func (_NFTReceiver *NFTReceiverRaw) Call(opts *bind.CallOpts, result *[]interface{}, method string, params ...interface{}) error {
	return _NFTReceiver.Contract.NFTReceiverCaller.contract.Call(opts, result, method, params...)
}

// Transfer initiates a plain transaction to move funds to the contract, calling
// its default method if one is available.
func (_NFTReceiver *NFTReceiverRaw) Transfer(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _NFTReceiver.Contract.NFTReceiverTransactor.contract.Transfer(opts)
}

// Transact invokes the (paid) contract method with params as input values.
func (_NFTReceiver *NFTReceiverRaw) Transact(opts *bind.TransactOpts, method string, params ...interface{}) (*types.Transaction, error) {
	return _NFTReceiver.Contract.NFTReceiverTransactor.contract.Transact(opts, method, params...)
}

// Call invokes the (constant) contract method with params as input values and
// sets the output to result. The result type might be a single field for simple
// returns, a slice of interfaces for anonymous returns and a struct for named
// returns.
func (_NFTReceiver *NFTReceiverCallerRaw) Call(opts *bind.CallOpts, result *[]interface{}, method string, params ...interface{}) error {
	return _NFTReceiver.Contract.contract.Call(opts, result, method, params...)
}

// Transfer initiates a plain transaction to move funds to the contract, calling
// its default method if one is available.
func (_NFTReceiver *NFTReceiverTransactorRaw) Transfer(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _NFTReceiver.Contract.contract.Transfer(opts)
}

// Transact invokes the (paid) contract method with params as input values.
func (_NFTReceiver *NFTReceiverTransactorRaw) Transact(opts *bind.TransactOpts, method string, params ...interface{}) (*types.Transaction, error) {
	return _NFTReceiver.Contract.contract.Transact(opts, method, params...)
}

// Accept is a free data retrieval call binding the contract method 0x2852b71c.
//
// Solidity: function accept() view returns(bool)
func (_NFTReceiver *NFTReceiverCaller) Accept(opts *bind.CallOpts) (bool, error) {
	var out []interface{}
	err := _NFTReceiver.contract.Call(opts, &out, "accept")

	if err != nil {
		return *new(bool), err
	}

	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)

	return out0, err

}

// Accept is a free data retrieval call binding the contract method 0x2852b71c.
//
// Solidity: function accept() view returns(bool)
func (_NFTReceiver *NFTReceiverSession) Accept() (bool, error) {
	return _NFTReceiver.Contract.Accept(&_NFTReceiver.CallOpts)
}

// Accept is a free data retrieval call binding the contract method 0x2852b71c.
//
// Solidity: function accept() view returns(bool)
func (_NFTReceiver *NFTReceiverCallerSession) Accept() (bool, error) {
	return _NFTReceiver.Contract.Accept(&_NFTReceiver.CallOpts)
}

// LastTokenId is a free data retrieval call binding the contract method 0xf84ddf0b.
//
// Solidity: function lastTokenId() view returns(uint256)
func (_NFTReceiver *NFTReceiverCaller) LastTokenId(opts *bind.CallOpts) (*big.Int, error) {
	var out []interface{}
	err := _NFTReceiver.contract.Call(opts, &out, "lastTokenId")

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// LastTokenId is a free data retrieval call binding the contract method 0xf84ddf0b.
//
// Solidity: function lastTokenId() view returns(uint256)
func (_NFTReceiver *NFTReceiverSession) LastTokenId() (*big.Int, error) {
	return _NFTReceiver.Contract.LastTokenId(&_NFTReceiver.CallOpts)
}

// LastTokenId is a free data retrieval call binding the contract method 0xf84ddf0b.
//
// Solidity: function lastTokenId() view returns(uint256)
func (_NFTReceiver *NFTReceiverCallerSession) LastTokenId() (*big.Int, error) {
	return _NFTReceiver.Contract.LastTokenId(&_NFTReceiver.CallOpts)
}

// OnERC721Received is a paid mutator transaction binding the contract method 0x150b7a02.
//
// Solidity: function onERC721Received(address , address , uint256 tokenId, bytes ) returns(bytes4)
func (_NFTReceiver *NFTReceiverTransactor) OnERC721Received(opts *bind.TransactOpts, arg0 common.Address, arg1 common.Address, tokenId *big.Int, arg3 []byte) (*types.Transaction, error) {
	return _NFTReceiver.contract.Transact(opts, "onERC721Received", arg0, arg1, tokenId, arg3)
}

// OnERC721Received is a paid mutator transaction binding the contract method 0x150b7a02.
//
// Solidity: function onERC721Received(address , address , uint256 tokenId, bytes ) returns(bytes4)
func (_NFTReceiver *NFTReceiverSession) OnERC721Received(arg0 common.Address, arg1 common.Address, tokenId *big.Int, arg3 []byte) (*types.Transaction, error) {
	return _NFTReceiver.Contract.OnERC721Received(&_NFTReceiver.TransactOpts, arg0, arg1, tokenId, arg3)
}

// OnERC721Received is a paid mutator transaction binding the contract method 0x150b7a02.
//
// Solidity: function onERC721Received(address , address , uint256 tokenId, bytes ) returns(bytes4)
func (_NFTReceiver *NFTReceiverTransactorSession) OnERC721Received(arg0 common.Address, arg1 common.Address, tokenId *big.Int, arg3 []byte) (*types.Transaction, error) {
	return _NFTReceiver.Contract.OnERC721Received(&_NFTReceiver.TransactOpts, arg0, arg1, tokenId, arg3)
}

// Wallet1271MetaData contains all meta data concerning the Wallet1271 contract.
var Wallet1271MetaData = &bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner_\",\"type\":\"address\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"hash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes\",\"name\":\"signature\",\"type\":\"bytes\"}],\"name\":\"isValidSignature\",\"outputs\":[{\"internalType\":\"bytes4\",\"name\":\"magic\",\"type\":\"bytes4\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"owner\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"}]",
	Sigs: map[string]string{
		"isValidSignature(bytes32,bytes)": "1626ba7e",
		"owner()":                         "8da5cb5b",
	},
	Bin: "0x60a034606c57601f61040d38819003918201601f19168301916001600160401b03831184841017607057808492602094604052833981010312606c57516001600160a01b0381168103606c5760805260405161038890816100858239608051818181607c01526101fb0152f35b5f80fd5b634e487b7160e01b5f52604160045260245ffdfe6080806040526004361015610012575f80fd5b5f3560e01c9081631626ba7e146100a45750638da5cb5b14610032575f80fd5b346100a0575f7ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffc3601126100a057602060405173ffffffffffffffffffffffffffffffffffffffff7f0000000000000000000000000000000000000000000000000000000000000000168152f35b5f80fd5b346100a05760407ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffc3601126100a0576024359067ffffffffffffffff82116100a057366023830112156100a057816004013567ffffffffffffffff8111610251577fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe0603f81601f8401160116820182811067ffffffffffffffff8211176102515760405280825236602482850101116100a0576020815f9260246101739601838601378301015260043561027e565b506004811015610224571590816101e1575b50156101d95760207f1626ba7e000000000000000000000000000000000000000000000000000000005b7fffffffff0000000000000000000000000000000000000000000000000000000060405191168152f35b60205f6101af565b905073ffffffffffffffffffffffffffffffffffffffff807f00000000000000000000000000000000000000000000000000000000000000001691161481610185565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52602160045260245ffd5b7f4e487b71000000000000000000000000000000000000000000000000000000005f52604160045260245ffd5b81519190604183036102ae576102a79250602082015190606060408401519301515f1a906102b8565b9192909190565b50505f9160029190565b91907f7fffffffffffffffffffffffffffffff5d576e7357a4501ddfe92f46681b20a08411610347579160209360809260ff5f9560405194855216868401526040830152606082015282805260015afa1561033c575f5173ffffffffffffffffffffffffffffffffffffffff81161561033257905f905f90565b505f906001905f90565b6040513d5f823e3d90fd5b5050505f916003919056fea264697066735822122004358b56814910f41ca9cefc20849ac9702a6ec056b640e639994d0905cfeb2364736f6c634300081e0033",
}

// Wallet1271ABI is the input ABI used to generate the binding from.
// Deprecated: Use Wallet1271MetaData.ABI instead.
var Wallet1271ABI = Wallet1271MetaData.ABI

// Deprecated: Use Wallet1271MetaData.Sigs instead.
// Wallet1271FuncSigs maps the 4-byte function signature to its string representation.
var Wallet1271FuncSigs = Wallet1271MetaData.Sigs

// Wallet1271Bin is the compiled bytecode used for deploying new contracts.
// Deprecated: Use Wallet1271MetaData.Bin instead.
var Wallet1271Bin = Wallet1271MetaData.Bin

// DeployWallet1271 deploys a new Ethereum contract, binding an instance of Wallet1271 to it.
func DeployWallet1271(auth *bind.TransactOpts, backend bind.ContractBackend, owner_ common.Address) (common.Address, *types.Transaction, *Wallet1271, error) {
	parsed, err := Wallet1271MetaData.GetAbi()
	if err != nil {
		return common.Address{}, nil, nil, err
	}
	if parsed == nil {
		return common.Address{}, nil, nil, errors.New("GetABI returned nil")
	}

	address, tx, contract, err := bind.DeployContract(auth, *parsed, common.FromHex(Wallet1271Bin), backend, owner_)
	if err != nil {
		return common.Address{}, nil, nil, err
	}
	return address, tx, &Wallet1271{Wallet1271Caller: Wallet1271Caller{contract: contract}, Wallet1271Transactor: Wallet1271Transactor{contract: contract}, Wallet1271Filterer: Wallet1271Filterer{contract: contract}}, nil
}

// Wallet1271 is an auto generated Go binding around an Ethereum contract.
type Wallet1271 struct {
	Wallet1271Caller     // Read-only binding to the contract
	Wallet1271Transactor // Write-only binding to the contract
	Wallet1271Filterer   // Log filterer for contract events
}

// Wallet1271Caller is an auto generated read-only Go binding around an Ethereum contract.
type Wallet1271Caller struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// Wallet1271Transactor is an auto generated write-only Go binding around an Ethereum contract.
type Wallet1271Transactor struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// Wallet1271Filterer is an auto generated log filtering Go binding around an Ethereum contract events.
type Wallet1271Filterer struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// Wallet1271Session is an auto generated Go binding around an Ethereum contract,
// with pre-set call and transact options.
type Wallet1271Session struct {
	Contract     *Wallet1271       // Generic contract binding to set the session for
	CallOpts     bind.CallOpts     // Call options to use throughout this session
	TransactOpts bind.TransactOpts // Transaction auth options to use throughout this session
}

// Wallet1271CallerSession is an auto generated read-only Go binding around an Ethereum contract,
// with pre-set call options.
type Wallet1271CallerSession struct {
	Contract *Wallet1271Caller // Generic contract caller binding to set the session for
	CallOpts bind.CallOpts     // Call options to use throughout this session
}

// Wallet1271TransactorSession is an auto generated write-only Go binding around an Ethereum contract,
// with pre-set transact options.
type Wallet1271TransactorSession struct {
	Contract     *Wallet1271Transactor // Generic contract transactor binding to set the session for
	TransactOpts bind.TransactOpts     // Transaction auth options to use throughout this session
}

// Wallet1271Raw is an auto generated low-level Go binding around an Ethereum contract.
type Wallet1271Raw struct {
	Contract *Wallet1271 // Generic contract binding to access the raw methods on
}

// Wallet1271CallerRaw is an auto generated low-level read-only Go binding around an Ethereum contract.
type Wallet1271CallerRaw struct {
	Contract *Wallet1271Caller // Generic read-only contract binding to access the raw methods on
}

// Wallet1271TransactorRaw is an auto generated low-level write-only Go binding around an Ethereum contract.
type Wallet1271TransactorRaw struct {
	Contract *Wallet1271Transactor // Generic write-only contract binding to access the raw methods on
}

// NewWallet1271 creates a new instance of Wallet1271, bound to a specific deployed contract.
func NewWallet1271(address common.Address, backend bind.ContractBackend) (*Wallet1271, error) {
	contract, err := bindWallet1271(address, backend, backend, backend)
	if err != nil {
		return nil, err
	}
	return &Wallet1271{Wallet1271Caller: Wallet1271Caller{contract: contract}, Wallet1271Transactor: Wallet1271Transactor{contract: contract}, Wallet1271Filterer: Wallet1271Filterer{contract: contract}}, nil
}

// NewWallet1271Caller creates a new read-only instance of Wallet1271, bound to a specific deployed contract.
func NewWallet1271Caller(address common.Address, caller bind.ContractCaller) (*Wallet1271Caller, error) {
	contract, err := bindWallet1271(address, caller, nil, nil)
	if err != nil {
		return nil, err
	}
	return &Wallet1271Caller{contract: contract}, nil
}

// NewWallet1271Transactor creates a new write-only instance of Wallet1271, bound to a specific deployed contract.
func NewWallet1271Transactor(address common.Address, transactor bind.ContractTransactor) (*Wallet1271Transactor, error) {
	contract, err := bindWallet1271(address, nil, transactor, nil)
	if err != nil {
		return nil, err
	}
	return &Wallet1271Transactor{contract: contract}, nil
}

// NewWallet1271Filterer creates a new log filterer instance of Wallet1271, bound to a specific deployed contract.
func NewWallet1271Filterer(address common.Address, filterer bind.ContractFilterer) (*Wallet1271Filterer, error) {
	contract, err := bindWallet1271(address, nil, nil, filterer)
	if err != nil {
		return nil, err
	}
	return &Wallet1271Filterer{contract: contract}, nil
}

// bindWallet1271 binds a generic wrapper to an already deployed contract.
func bindWallet1271(address common.Address, caller bind.ContractCaller, transactor bind.ContractTransactor, filterer bind.ContractFilterer) (*bind.BoundContract, error) {
	parsed, err := Wallet1271MetaData.GetAbi()
	if err != nil {
		return nil, err
	}
	return bind.NewBoundContract(address, *parsed, caller, transactor, filterer), nil
}

// Call invokes the (constant) contract method with params as input values and
// sets the output to result. The result type might be a single field for simple
// returns, a slice of interfaces for anonymous returns and a struct for named
// returns.
func (_Wallet1271 *Wallet1271Raw) Call(opts *bind.CallOpts, result *[]interface{}, method string, params ...interface{}) error {
	return _Wallet1271.Contract.Wallet1271Caller.contract.Call(opts, result, method, params...)
}

// Transfer initiates a plain transaction to move funds to the contract, calling
// its default method if one is available.
func (_Wallet1271 *Wallet1271Raw) Transfer(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _Wallet1271.Contract.Wallet1271Transactor.contract.Transfer(opts)
}

// Transact invokes the (paid) contract method with params as input values.
func (_Wallet1271 *Wallet1271Raw) Transact(opts *bind.TransactOpts, method string, params ...interface{}) (*types.Transaction, error) {
	return _Wallet1271.Contract.Wallet1271Transactor.contract.Transact(opts, method, params...)
}

// Call invokes the (constant) contract method with params as input values and
// sets the output to result. The result type might be a single field for simple
// returns, a slice of interfaces for anonymous returns and a struct for named
// returns.
func (_Wallet1271 *Wallet1271CallerRaw) Call(opts *bind.CallOpts, result *[]interface{}, method string, params ...interface{}) error {
	return _Wallet1271.Contract.contract.Call(opts, result, method, params...)
}

// Transfer initiates a plain transaction to move funds to the contract, calling
// its default method if one is available.
func (_Wallet1271 *Wallet1271TransactorRaw) Transfer(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _Wallet1271.Contract.contract.Transfer(opts)
}

// Transact invokes the (paid) contract method with params as input values.
func (_Wallet1271 *Wallet1271TransactorRaw) Transact(opts *bind.TransactOpts, method string, params ...interface{}) (*types.Transaction, error) {
	return _Wallet1271.Contract.contract.Transact(opts, method, params...)
}

// IsValidSignature is a free data retrieval call binding the contract method 0x1626ba7e.
//
// Solidity: function isValidSignature(bytes32 hash, bytes signature) view returns(bytes4 magic)
func (_Wallet1271 *Wallet1271Caller) IsValidSignature(opts *bind.CallOpts, hash [32]byte, signature []byte) ([4]byte, error) {
	var out []interface{}
	err := _Wallet1271.contract.Call(opts, &out, "isValidSignature", hash, signature)

	if err != nil {
		return *new([4]byte), err
	}

	out0 := *abi.ConvertType(out[0], new([4]byte)).(*[4]byte)

	return out0, err

}

// IsValidSignature is a free data retrieval call binding the contract method 0x1626ba7e.
//
// Solidity: function isValidSignature(bytes32 hash, bytes signature) view returns(bytes4 magic)
func (_Wallet1271 *Wallet1271Session) IsValidSignature(hash [32]byte, signature []byte) ([4]byte, error) {
	return _Wallet1271.Contract.IsValidSignature(&_Wallet1271.CallOpts, hash, signature)
}

// IsValidSignature is a free data retrieval call binding the contract method 0x1626ba7e.
//
// Solidity: function isValidSignature(bytes32 hash, bytes signature) view returns(bytes4 magic)
func (_Wallet1271 *Wallet1271CallerSession) IsValidSignature(hash [32]byte, signature []byte) ([4]byte, error) {
	return _Wallet1271.Contract.IsValidSignature(&_Wallet1271.CallOpts, hash, signature)
}

// Owner is a free data retrieval call binding the contract method 0x8da5cb5b.
//
// Solidity: function owner() view returns(address)
func (_Wallet1271 *Wallet1271Caller) Owner(opts *bind.CallOpts) (common.Address, error) {
	var out []interface{}
	err := _Wallet1271.contract.Call(opts, &out, "owner")

	if err != nil {
		return *new(common.Address), err
	}

	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)

	return out0, err

}

// Owner is a free data retrieval call binding the contract method 0x8da5cb5b.
//
// Solidity: function owner() view returns(address)
func (_Wallet1271 *Wallet1271Session) Owner() (common.Address, error) {
	return _Wallet1271.Contract.Owner(&_Wallet1271.CallOpts)
}

// Owner is a free data retrieval call binding the contract method 0x8da5cb5b.
//
// Solidity: function owner() view returns(address)
func (_Wallet1271 *Wallet1271CallerSession) Owner() (common.Address, error) {
	return _Wallet1271.Contract.Owner(&_Wallet1271.CallOpts)
}
