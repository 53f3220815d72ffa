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

// LensSuite is an auto generated low-level Go binding around an user-defined struct.
type LensSuite struct {
	Pool   common.Address
	Wst    common.Address
	Wq     common.Address
	Reg    common.Address
	Oracle common.Address
	Burner common.Address
	Sanity common.Address
	Gov    common.Address
}

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
	ABI: "[{\"inputs\":[{\"components\":[{\"internalType\":\"contractPool\",\"name\":\"pool\",\"type\":\"address\"},{\"internalType\":\"contractWstETH\",\"name\":\"wst\",\"type\":\"address\"},{\"internalType\":\"contractWithdrawalQueue\",\"name\":\"wq\",\"type\":\"address\"},{\"internalType\":\"contractOperatorRegistry\",\"name\":\"reg\",\"type\":\"address\"},{\"internalType\":\"contractOracle\",\"name\":\"oracle\",\"type\":\"address\"},{\"internalType\":\"contractBurner\",\"name\":\"burner\",\"type\":\"address\"},{\"internalType\":\"contractSanityChecker\",\"name\":\"sanity\",\"type\":\"address\"},{\"internalType\":\"contractGovernance\",\"name\":\"gov\",\"type\":\"address\"}],\"internalType\":\"structLens.Suite\",\"name\":\"s\",\"type\":\"tuple\"},{\"internalType\":\"address[]\",\"name\":\"accounts\",\"type\":\"address[]\"},{\"internalType\":\"address[]\",\"name\":\"owners\",\"type\":\"address[]\"},{\"internalType\":\"address[]\",\"name\":\"spenders\",\"type\":\"address[]\"}],\"name\":\"read\",\"outputs\":[{\"internalType\":\"uint256[]\",\"name\":\"out\",\"type\":\"uint256[]\"}],\"stateMutability\":\"view\",\"type\":\"function\"}]",
	Sigs: map[string]string{
		"read((address,address,address,address,address,address,address,address),address[],address[],address[])": "03fde6dc",
	},
	Bin: "0x60808060405234601557612bfa908161001a8239f35b5f80fdfe60806040526004361015610011575f80fd5b5f3560e01c6303fde6dc14610024575f80fd5b346100e3577ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffc360161016081126100e357610100136100e3576101043567ffffffffffffffff81116100e35761007e9036906004016100e7565b6101243567ffffffffffffffff81116100e35761009f9036906004016100e7565b919092610144359267ffffffffffffffff84116100e3576100df946100cb6100d39536906004016100e7565b949093610544565b60405191829182610118565b0390f35b5f80fd5b9181601f840112156100e35782359167ffffffffffffffff83116100e3576020808501948460051b0101116100e357565b60206040818301928281528451809452019201905f5b81811061013b5750505090565b825184526020938401939092019160010161012e565b73ffffffffffffffffffffffffffffffffffffffff8116036100e357565b3561017981610151565b90565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52604160045260245ffd5b60c0810190811067ffffffffffffffff8211176101c557604052565b61017c565b6060810190811067ffffffffffffffff8211176101c557604052565b60e0810190811067ffffffffffffffff8211176101c557604052565b6080810190811067ffffffffffffffff8211176101c557604052565b610100810190811067ffffffffffffffff8211176101c557604052565b90601f7fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe0910116810190811067ffffffffffffffff8211176101c557604052565b908160209103126100e3575190565b6040513d5f823e3d90fd5b7f4e487b71000000000000000000000000000000000000000000000000000000005f52601160045260245ffd5b906005820291808304600514901517156102d957565b610296565b906006820291808304600614901517156102d957565b90600e820291808304600e14901517156102d957565b818102929181159184041417156102d957565b60400190816040116102d957565b90600182018092116102d957565b919082018092116102d957565b604051906103566101808361023b565b565b67ffffffffffffffff81116101c55760051b60200190565b9061037a82610358565b610387604051918261023b565b8281527fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe06103b58294610358565b0190602036910137565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52603260045260245ffd5b91908110156103fc5760051b0190565b6103bf565b7fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff81146102d95760010190565b8051156103fc5760200190565b80518210156103fc5760209160051b010190565b519061035682610151565b519081151582036100e357565b6020818303126100e35780519067ffffffffffffffff82116100e3570181601f820112156100e35780519061049b82610358565b926104a9604051948561023b565b828452602060c08186019402830101918183116100e357602001925b8284106104d3575050505090565b60c0848303126100e357602060c0916040516104ee816101a9565b865181528287015183820152604087015161050881610151565b6040820152606087015160608201526105236080880161045a565b608082015261053460a0880161045a565b60a08201528152019301926104c5565b9594909392600493602061057461055b604461016f565b73ffffffffffffffffffffffffffffffffffffffff1690565b604051968780927f19c2b4c30000000000000000000000000000000000000000000000000000000082525afa9384156108a4576004955f95610cd2575b5060206105c161055b606461016f565b604051978880927fa70c70e40000000000000000000000000000000000000000000000000000000082525afa9586156108a4575f96610cb1575b5061064061063b6106326106296106196106148c6102c3565b61031d565b610623898961030a565b90610339565b610623896102de565b610623896102f4565b610370565b98610658610650878c6004610ddf565b8b6004611bfc565b975f5b8181106109ec575050505f5b8381106108f6575050505050806106a3575b505f905b80821061068a5750508252565b909161069b83600192876004612848565b92019061067d565b6106ac81610370565b5f5b8281106108d957505f6106fc916106c861055b604461016f565b60405180809581947fb8c4b85a00000000000000000000000000000000000000000000000000000000835260048301610118565b03915afa9081156108a4575f916108b7575b505f5b82811061071f575050610679565b8061072d61084e928461043b565b515161074261073b88610401565b978a61043b565b52602061074f828561043b565b51015161075e61073b88610401565b5261079061055b61055b6040610774858861043b565b51015173ffffffffffffffffffffffffffffffffffffffff1690565b61079c61073b88610401565b526107b460806107ac838661043b565b510151151590565b156108b0576001955b6107d460ff6107cb83610401565b9816918a61043b565b526107e460a06107ac838661043b565b156108a9576001955b6107fb60ff6107cb83610401565b52602061080b61055b604461016f565b6108148361032b565b9060405180809681947fd7290d80000000000000000000000000000000000000000000000000000000008352600483019190602083019252565b03915afa80156108a4576001925f91610876575b5061086f61073b88610401565b5201610711565b610897915060203d811161089d575b61088f818361023b565b81019061027c565b5f610862565b503d610885565b61028b565b5f956107ed565b5f956107bd565b6108d391503d805f833e6108cb818361023b565b810190610467565b5f61070e565b806108e560019261032b565b6108ef828561043b565b52016106ae565b5f5b8581106109085750600101610667565b61099790602061091b61055b600461016f565b61092e610929868a896103ec565b61016f565b9061093d610929858c8b6103ec565b6040517fdd62ed3e00000000000000000000000000000000000000000000000000000000815273ffffffffffffffffffffffffffffffffffffffff9384166004820152921660248301529093849190829081906044820190565b03915afa80156108a4578c9a6001935f926109c8575b506109c1906109bb81610401565b9c61043b565b52016108f8565b6109c19192506109e59060203d811161089d5761088f818361023b565b91906109ad565b6109fa6109298284866103ec565b90610a0861055b600461016f565b6040517ff5eb42dc00000000000000000000000000000000000000000000000000000000815273ffffffffffffffffffffffffffffffffffffffff841660048201529b906020908d9060249082905afa9081156108a4578e9c5f92610c8d575b5080610a76610a7c92610401565b9d61043b565b52610a8a61055b600461016f565b6040517f70a0823100000000000000000000000000000000000000000000000000000000815273ffffffffffffffffffffffffffffffffffffffff841660048201529b906020908d9060249082905afa9081156108a4578e9c5f92610c69575b5080610a76610af892610401565b52610b0661055b602461016f565b6040517f70a0823100000000000000000000000000000000000000000000000000000000815273ffffffffffffffffffffffffffffffffffffffff841660048201529b906020908d9060249082905afa9283156108a4578e610bf794602093829f5f92610c46575b5080610b7c610b8292610401565b9361043b565b52610b98823191610b9281610401565b9f61043b565b52610ba661055b600461016f565b60405180809681947f5dc796ee0000000000000000000000000000000000000000000000000000000083526004830191909173ffffffffffffffffffffffffffffffffffffffff6020820193169052565b03915afa80156108a4578d9b6001935f92610c22575b5080610a76610c1b92610401565b520161065b565b610c1b919250610c3f9060203d811161089d5761088f818361023b565b9190610c0d565b610b82919250610c6290863d811161089d5761088f818361023b565b9190610b6e565b610af8919250610c869060203d811161089d5761088f818361023b565b9190610aea565b610a7c919250610caa9060203d811161089d5761088f818361023b565b9190610a68565b610ccb91965060203d60201161089d5761088f818361023b565b945f6105fb565b610cec91955060203d60201161089d5761088f818361023b565b935f6105b1565b908160609103126100e3578051916040602083015192015190565b908160209103126100e3576101799061045a565b91908260409103126100e35761017960208351930161045a565b91908260409103126100e3576020825192015190565b908160209103126100e3575161017981610151565b519067ffffffffffffffff821682036100e357565b51906fffffffffffffffffffffffffffffffff821682036100e357565b908160609103126100e357610dd76040805192610db5846101ca565b610dbe81610d67565b8452610dcc60208201610d67565b602085015201610d7c565b604082015290565b909291610dee61055b8361016f565b6040517f37cfdaca000000000000000000000000000000000000000000000000000000008152602081600481855afa9081156108a4575f916118d7575b50610e358661042e565b52604051917fd5002f2e000000000000000000000000000000000000000000000000000000008352602083600481855afa9283156108a4575f936118b6575b50610e7f6001610401565b92610e8b60018861043b565b526040517f47b714e0000000000000000000000000000000000000000000000000000000008152602081600481865afa9081156108a4575f91611897575b50610edd610ed685610401565b948861043b565b526040517fae2e3538000000000000000000000000000000000000000000000000000000008152606081600481865afa9081156108a4575f5f915f93611864575b50610f32610f2b87610401565b968a61043b565b52610f46610f3f86610401565b958961043b565b52610f53610ed685610401565b526040517f609c4c6c000000000000000000000000000000000000000000000000000000008152602081600481865afa9081156108a4575f91611845575b50610f9e610ed685610401565b5260046020610fb161055b82880161016f565b604051928380927f18160ddd0000000000000000000000000000000000000000000000000000000082525afa9081156108a4575f91611826575b50610ff8610ed685610401565b526040517fa16498d9000000000000000000000000000000000000000000000000000000008152602081600481865afa9081156108a4575f91611807575b50611043610ed685610401565b526040517f8cf4dc43000000000000000000000000000000000000000000000000000000008152602081600481865afa9081156108a4575f916117e8575b5061108e610ed685610401565b526040517ff2cfa87d000000000000000000000000000000000000000000000000000000008152602081600481865afa9081156108a4575f916117c9575b506110d9610ed685610401565b526040517f992e5a15000000000000000000000000000000000000000000000000000000008152602081600481865afa9081156108a4575f916117aa575b50611124610ed685610401565b5261113861113184610401565b938761043b565b52600460408401602061114d61055b8361016f565b604051938480927f4f069a130000000000000000000000000000000000000000000000000000000082525afa80156108a4576004925f9161178b575b50611196610f3f86610401565b5260206111a561055b8361016f565b604051938480927fd0fb84e80000000000000000000000000000000000000000000000000000000082525afa80156108a45761055b602092611205926004955f9161176e575b506111ff6111f889610401565b988c61043b565b5261016f565b604051928380927ff6fa8a470000000000000000000000000000000000000000000000000000000082525afa9182156108a4576004926020925f91611751575b50611252610f3f86610401565b52604051928380927fd85dae810000000000000000000000000000000000000000000000000000000082525afa9081156108a4575f91611722575b501561171b576001905b6112ae60ff6112a583610401565b9316918661043b565b5260046080830160206112c361055b8361016f565b604051938480927f866f051f0000000000000000000000000000000000000000000000000000000082525afa80156108a45761055b60409261131d926004955f91611702575b506111ff61131688610401565b978b61043b565b8151928380927ff26301750000000000000000000000000000000000000000000000000000000082525afa9081156108a4575f905f926116d0575b5061136561113184610401565b52156116c9576001905b61137d60ff6112a583610401565b52600460a08301604061139261055b8361016f565b8151938480927f2a369d1a0000000000000000000000000000000000000000000000000000000082525afa80156108a4576004925f905f92611697575b506113dc610f3f86610401565b526113e9610ed685610401565b5260206113f861055b8361016f565b604051938480927fd03601f00000000000000000000000000000000000000000000000000000000082525afa80156108a45761055b60209261144a926004955f9161167a57506111ff61131688610401565b604051928380927f7763bca60000000000000000000000000000000000000000000000000000000082525afa9283156108a45760049360c0925f9161165b575b50611497610ed685610401565b52019060206114a861055b8461016f565b604051948580927fe6a2d2960000000000000000000000000000000000000000000000000000000082525afa9283156108a4575f9361161a575b5061151061055b600493836111ff73ffffffffffffffffffffffffffffffffffffffff6107cb606097610401565b604051928380927f354a3c0f0000000000000000000000000000000000000000000000000000000082525afa9081156108a4576115c360406115e8936115d8935f916115eb575b5061157a61156d825167ffffffffffffffff1690565b67ffffffffffffffff1690565b61158661073b88610401565b5261159f61156d602083015167ffffffffffffffff1690565b6115ab61073b88610401565b5201516fffffffffffffffffffffffffffffffff1690565b6fffffffffffffffffffffffffffffffff1690565b916115e281610401565b9461043b565b52565b61160d915060603d606011611613575b611605818361023b565b810190610d99565b5f611557565b503d6115fb565b606091935061055b6004936116496115109360203d602011611654575b611641818361023b565b810190610d52565b9593509350506114e2565b503d611637565b611674915060203d60201161089d5761088f818361023b565b5f61148a565b6116919150853d871161089d5761088f818361023b565b5f611309565b90506116bb915060403d6040116116c2575b6116b3818361023b565b810190610d3c565b905f6113cf565b503d6116a9565b5f9061136f565b90506116f4915060403d6040116116fb575b6116ec818361023b565b810190610d22565b905f611358565b503d6116e2565b611691915060203d60201161089d5761088f818361023b565b5f90611297565b611744915060203d60201161174a575b61173c818361023b565b810190610d0e565b5f61128d565b503d611732565b6117689150833d851161089d5761088f818361023b565b5f611245565b6117859150853d871161089d5761088f818361023b565b5f6111eb565b6117a4915060203d60201161089d5761088f818361023b565b5f611189565b6117c3915060203d60201161089d5761088f818361023b565b5f611117565b6117e2915060203d60201161089d5761088f818361023b565b5f6110cc565b611801915060203d60201161089d5761088f818361023b565b5f611081565b611820915060203d60201161089d5761088f818361023b565b5f611036565b61183f915060203d60201161089d5761088f818361023b565b5f610feb565b61185e915060203d60201161089d5761088f818361023b565b5f610f91565b915050611889915060603d606011611890575b611881818361023b565b810190610cf3565b915f610f1e565b503d611877565b6118b0915060203d60201161089d5761088f818361023b565b5f610ec9565b6118d091935060203d60201161089d5761088f818361023b565b915f610e74565b6118f0915060203d60201161089d5761088f818361023b565b5f610e2b565b908160e09103126100e35761197960c060405192611913846101e6565b61191c81610d67565b845261192a60208201610d67565b602085015261193b60408201610d67565b604085015261194c60608201610d67565b606085015261195d60808201610d67565b608085015261196e60a08201610d67565b60a085015201610d67565b60c082015290565b90816101809103126100e357611a5d61016061199b610346565b926119a581610d67565b84526119b360208201610d67565b60208501526119c460408201610d67565b60408501526119d560608201610d67565b60608501526119e660808201610d67565b60808501526119f760a08201610d67565b60a0850152611a0860c08201610d67565b60c0850152611a1960e08201610d67565b60e0850152611a2b6101008201610d67565b610100850152611a3e6101208201610d67565b610120850152611a516101408201610d67565b61014085015201610d67565b61016082015290565b519061ffff821682036100e357565b519063ffffffff821682036100e357565b908160809103126100e357611ad6606060405192611aa384610202565b611aac81610d7c565b8452611aba60208201611a66565b6020850152611acb60408201611a66565b604085015201611a75565b606082015290565b51906bffffffffffffffffffffffff821682036100e357565b908160809103126100e357611ad6606060405192611b1484610202565b611b1d81611ade565b8452611b2b60208201611a75565b6020850152611acb60408201611ade565b908160209103126100e35761017990611ade565b908160209103126100e35761017990610d67565b908160209103126100e35761017990611a75565b6020818303126100e35780519067ffffffffffffffff82116100e357019080601f830112156100e3578151611bac81610358565b92611bba604051948561023b565b81845260208085019260051b8201019283116100e357602001905b828210611be25750505090565b602080918351611bf181610151565b815201910190611bd5565b600490929192608081019060e0611c1561055b8461016f565b604051948580927f5e615a6b0000000000000000000000000000000000000000000000000000000082525afa9283156108a45761156d60c0600495611d4d935f91612650575b50611c7161156d825167ffffffffffffffff1690565b611c84611c7d8a610401565b998b61043b565b52611c9d61156d602083015167ffffffffffffffff1690565b611ca9611c7d8a610401565b52611cc261156d604083015167ffffffffffffffff1690565b611cce611c7d8a610401565b52611ce761156d606083015167ffffffffffffffff1690565b611cf3611c7d8a610401565b52611d0c61156d608083015167ffffffffffffffff1690565b611d18611c7d8a610401565b52611d3161156d60a083015167ffffffffffffffff1690565b611d3d611c7d8a610401565b52015167ffffffffffffffff1690565b611d60611d5986610401565b958761043b565b52610180611d7361055b60c0840161016f565b604051948580927f6f89e4090000000000000000000000000000000000000000000000000000000082525afa9283156108a45761156d610160600495611f45935f91612621575b50611dd061156d825167ffffffffffffffff1690565b611ddc611c7d8a610401565b52611df561156d602083015167ffffffffffffffff1690565b611e01611c7d8a610401565b52611e1a61156d604083015167ffffffffffffffff1690565b611e26611c7d8a610401565b52611e3f61156d606083015167ffffffffffffffff1690565b611e4b611c7d8a610401565b52611e6461156d608083015167ffffffffffffffff1690565b611e70611c7d8a610401565b52611e8961156d60a083015167ffffffffffffffff1690565b611e95611c7d8a610401565b52611eae61156d60c083015167ffffffffffffffff1690565b611eba611c7d8a610401565b52611ed361156d60e083015167ffffffffffffffff1690565b611edf611c7d8a610401565b52611ef961156d61010083015167ffffffffffffffff1690565b611f05611c7d8a610401565b52611f1f61156d61012083015167ffffffffffffffff1690565b611f2b611c7d8a610401565b52611d3161156d61014083015167ffffffffffffffff1690565b611f51611d5986610401565b526080611f6061055b8361016f565b604051948580927f5e615a6b0000000000000000000000000000000000000000000000000000000082525afa9283156108a457612021606060049561202a935f916125f2575b50611fc46115c382516fffffffffffffffffffffffffffffffff1690565b611fd0611c7d8a610401565b52611fea611fe3602083015161ffff1690565b61ffff1690565b611ff6611c7d8a610401565b52612009611fe3604083015161ffff1690565b612015611c7d8a610401565b52015163ffffffff1690565b63ffffffff1690565b612036611d5986610401565b52608061204561055b8361016f565b604051948580927fbc056f590000000000000000000000000000000000000000000000000000000082525afa9283156108a45761202160206004956120b6935f916125c3575b506120096120a582516bffffffffffffffffffffffff1690565b6bffffffffffffffffffffffff1690565b6120c2611d5986610401565b5260206120d161055b8361016f565b604051948580927f1ea7ca890000000000000000000000000000000000000000000000000000000082525afa80156108a4576004935f916125a4575b501561259d576001935b61212e60ff61212583610401565b9616918761043b565b5260408101602061214161055b8361016f565b604051958680927ff9abb1f10000000000000000000000000000000000000000000000000000000082525afa9384156108a4575f94612570575b506121ab61055b602092876111ff6bffffffffffffffffffffffff6121a260049a9b610401565b9a16918b61043b565b604051948580927f8c0ff5b70000000000000000000000000000000000000000000000000000000082525afa9283156108a4575f93612539575b5060e0908461220f6bffffffffffffffffffffffff61220660049798610401565b9716918861043b565b5201602061221f61055b8361016f565b604051948580927f65a1f3c30000000000000000000000000000000000000000000000000000000082525afa9283156108a4575f93612517575b508361227367ffffffffffffffff61212560049697610401565b52602061228261055b8361016f565b604051948580927fbef193f00000000000000000000000000000000000000000000000000000000082525afa9283156108a4575f936124e5575b50836122d667ffffffffffffffff61212560049697610401565b5260206122e561055b8361016f565b604051948580927f42cde4e80000000000000000000000000000000000000000000000000000000082525afa9283156108a4575f936124a7575b5061234661055b5f92866111ff63ffffffff61233d6004999a610401565b9916918a61043b565b604051938480927f9eab52530000000000000000000000000000000000000000000000000000000082525afa80156108a4576004925f9161248d575b505161239761239085610401565b948661043b565b5260206123a661055b8361016f565b604051938480927f1703a0180000000000000000000000000000000000000000000000000000000082525afa80156108a45761055b5f926123ff92600495859161246e575b506111ff6123f888610401565b978961043b565b604051928380927f9eab52530000000000000000000000000000000000000000000000000000000082525afa80156108a457612448915f9161244c575b505191610b7c81610401565b5290565b61246891503d805f833e612460818361023b565b810190611b78565b5f61243c565b612487915060203d60201161089d5761088f818361023b565b5f6123eb565b6124a191503d805f833e612460818361023b565b5f612382565b6004935061055b5f926124d46123469360203d6020116124de575b6124cc818361023b565b810190611b64565b955092505061231f565b503d6124c2565b6004935061250a9060203d602011612510575b612502818361023b565b810190611b50565b926122bc565b503d6124f8565b600493506125339060203d60201161251057612502818361023b565b92612259565b600493509061256160e09260203d602011612569575b612559818361023b565b810190611b3c565b9350906121e5565b503d61254f565b6004945061055b6020926125936121ab93853d871161256957612559818361023b565b965092505061217b565b5f93612117565b6125bd915060203d60201161174a5761173c818361023b565b5f61210d565b6125e5915060803d6080116125eb575b6125dd818361023b565b810190611af7565b5f61208b565b503d6125d3565b612614915060803d60801161261a575b61260c818361023b565b810190611a86565b5f611fa6565b503d612602565b61264391506101803d8111612649575b61263b818361023b565b810190611981565b5f611dba565b503d612631565b612672915060e03d60e011612678575b61266a818361023b565b8101906118f6565b5f611c5b565b503d612660565b81601f820112156100e35780519067ffffffffffffffff82116101c557604051926126d260207fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe0601f860116018561023b565b828452602083830101116100e357815f9260208093018386015e8301015290565b909181830361014081126100e357610100136100e3576040516127158161021e565b61271e83610d67565b815261272c60208401611a75565b602082015261273d60408401611a75565b604082015261274e60608401611a75565b606082015261275f60808401611a75565b608082015261277060a08401611a75565b60a082015261278160c0840161045a565b60c082015261279260e0840161045a565b60e0820152926101008301519067ffffffffffffffff82116100e3576127c06101209161017993860161267f565b930161044f565b908160609103126100e357610dd760408051926127e3846101ca565b6127ec81610d67565b84526127fa60208201610d67565b602085015201610d67565b908160609103126100e3576040519061281d826101ca565b61282681610d67565b8252602081015160ff811681036100e3576020830152610dd790604001610d67565b606090939193019061285c61055b8361016f565b5f60405180927f05f63c8a000000000000000000000000000000000000000000000000000000008252818061289987600483019190602083019252565b03915afa9384156108a4575f915f95612b8e575b5060a082612021926128cd61156d6129b3965167ffffffffffffffff1690565b6128e06128d983610401565b928b61043b565b526128f5612021602084015163ffffffff1690565b6129016128d983610401565b52612916612021604084015163ffffffff1690565b6129226128d983610401565b52612937612021606084015163ffffffff1690565b6129436128d983610401565b5260c082015115612b87576001905b61296960ff61296083610401565b9316918b61043b565b5261298b73ffffffffffffffffffffffffffffffffffffffff61233d83610401565b526129a0612021608083015163ffffffff1690565b6120156129ac89610401565b988a61043b565b6129bf61239085610401565b526129cc61055b8361016f565b90606060405180937fd2ffa04a0000000000000000000000000000000000000000000000000000000082528180612a0b86600483019190602083019252565b03915afa9182156108a45761055b612ac494612a7f61156d60406060978b809b612a8b985f93612b58575b50612a59612a4f61156d855167ffffffffffffffff1690565b91610b7c81610401565b52611d3d612a7561156d602085015167ffffffffffffffff1690565b91610a7681610401565b6111ff6129ac89610401565b60405180809581947f19c8ad7f000000000000000000000000000000000000000000000000000000008352600483019190602083019252565b03915afa9081156108a45761156d604061244893612a4f935f91612b29575b50612af961156d825167ffffffffffffffff1690565b612b056123f888610401565b52612b1d612b17602083015160ff1690565b60ff1690565b611d3d6123f888610401565b612b4b915060603d606011612b51575b612b43818361023b565b810190612805565b5f612ae3565b503d612b39565b612b799193508b3d8d11612b80575b612b71818361023b565b8101906127c7565b915f612a36565b503d612b67565b5f90612952565b6120219195506129b39250612bb660a0913d805f833e612bae818361023b565b8101906126f3565b9190509096925092506128ad56fea2646970667358221220e8025f09dbceb78ac04363caeb13011e1ab33a6a188b79e57a5f365b4b0d739464736f6c634300081e0033",
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

// Read is a free data retrieval call binding the contract method 0x03fde6dc.
//
// Solidity: function read((address,address,address,address,address,address,address,address) s, address[] accounts, address[] owners, address[] spenders) view returns(uint256[] out)
func (_Lens *LensCaller) Read(opts *bind.CallOpts, s LensSuite, accounts []common.Address, owners []common.Address, spenders []common.Address) ([]*big.Int, error) {
	var out []interface{}
	err := _Lens.contract.Call(opts, &out, "read", s, accounts, owners, spenders)

	if err != nil {
		return *new([]*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new([]*big.Int)).(*[]*big.Int)

	return out0, err

}

// Read is a free data retrieval call binding the contract method 0x03fde6dc.
//
// Solidity: function read((address,address,address,address,address,address,address,address) s, address[] accounts, address[] owners, address[] spenders) view returns(uint256[] out)
func (_Lens *LensSession) Read(s LensSuite, accounts []common.Address, owners []common.Address, spenders []common.Address) ([]*big.Int, error) {
	return _Lens.Contract.Read(&_Lens.CallOpts, s, accounts, owners, spenders)
}

// Read is a free data retrieval call binding the contract method 0x03fde6dc.
//
// Solidity: function read((address,address,address,address,address,address,address,address) s, address[] accounts, address[] owners, address[] spenders) view returns(uint256[] out)
func (_Lens *LensCallerSession) Read(s LensSuite, accounts []common.Address, owners []common.Address, spenders []common.Address) ([]*big.Int, error) {
	return _Lens.Contract.Read(&_Lens.CallOpts, s, accounts, owners, spenders)
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
