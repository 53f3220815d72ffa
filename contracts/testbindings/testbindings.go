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

// LensMetaData contains all meta data concerning the Lens contract.
var LensMetaData = &bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"contractPool\",\"name\":\"pool\",\"type\":\"address\"},{\"internalType\":\"contractWstETH\",\"name\":\"wst\",\"type\":\"address\"},{\"internalType\":\"contractWithdrawalQueue\",\"name\":\"wq\",\"type\":\"address\"},{\"internalType\":\"contractOperatorRegistry\",\"name\":\"reg\",\"type\":\"address\"},{\"internalType\":\"address[]\",\"name\":\"accounts\",\"type\":\"address[]\"},{\"internalType\":\"address[]\",\"name\":\"owners\",\"type\":\"address[]\"},{\"internalType\":\"address[]\",\"name\":\"spenders\",\"type\":\"address[]\"}],\"name\":\"read\",\"outputs\":[{\"internalType\":\"uint256[]\",\"name\":\"out\",\"type\":\"uint256[]\"}],\"stateMutability\":\"view\",\"type\":\"function\"}]",
	Sigs: map[string]string{
		"read(address,address,address,address,address[],address[],address[])": "64c5ff0c",
	},
	Bin: "0x608080604052346015576117c4908161001a8239f35b5f80fdfe60e0806040526004361015610012575f80fd5b5f3560e01c6364c5ff0c14610025575f80fd5b34610a875760e07ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffc360112610a87576004359073ffffffffffffffffffffffffffffffffffffffff82168203610a87576024359173ffffffffffffffffffffffffffffffffffffffff83168303610a875760443573ffffffffffffffffffffffffffffffffffffffff81168103610a87576064359373ffffffffffffffffffffffffffffffffffffffff85168503610a875760843567ffffffffffffffff8111610a87576100f79036906004016115be565b939060a43567ffffffffffffffff8111610a87576101199036906004016115be565b9160c43567ffffffffffffffff8111610a875761013a9036906004016115be565b90917f19c2b4c3000000000000000000000000000000000000000000000000000000008a5260208a60048173ffffffffffffffffffffffffffffffffffffffff8c165afa968715610ab8575f97611576575b73ffffffffffffffffffffffffffffffffffffffff9a5060208c6004604051809e81937fa70c70e4000000000000000000000000000000000000000000000000000000008352165afa9a8b15610ab8575f9b611542575b5060058a028a81046005148b151715610d1b5760100180601011610d1b57838702878104851488151715610d1b5761021a91611669565b600689028981046006148a151715610d1b5761023591611669565b60068c02908c82046006148d151715610d1b5761025a9161025591611669565b61168e565b60a0526040517f37cfdaca00000000000000000000000000000000000000000000000000000000815260208160048173ffffffffffffffffffffffffffffffffffffffff8c165afa908115610ab8575f91611510575b5060a05151156114b157602060a05101526040517fd5002f2e00000000000000000000000000000000000000000000000000000000815260208160048173ffffffffffffffffffffffffffffffffffffffff8c165afa908115610ab8575f916114de575b5060a05151600110156114b157604060a0510152604051997f47b714e0000000000000000000000000000000000000000000000000000000008b5260208b60048173ffffffffffffffffffffffffffffffffffffffff8c165afa9a8b15610ab8575f9b61147d575b5060016002019a610390600260a05161170a565b526040517fae2e353800000000000000000000000000000000000000000000000000000000815260608160048173ffffffffffffffffffffffffffffffffffffffff8d165afa908115610ab8575f8d5f925f94611437575b506103f2906116dd565b9d60a051906104009161170a565b5261040a8d6116dd565b9c60a051906104189161170a565b526104228c6116dd565b9b60a051906104309161170a565b526040517f609c4c6c000000000000000000000000000000000000000000000000000000008152808073ffffffffffffffffffffffffffffffffffffffff8b165a92600491602094fa908115610ab8575f91611405575b5061049d6104948d6116dd565b9c60a05161170a565b526040517f18160ddd00000000000000000000000000000000000000000000000000000000815260208160048173ffffffffffffffffffffffffffffffffffffffff87165afa908115610ab8575f916113d3575b506104fe6104948d6116dd565b526040517fa16498d900000000000000000000000000000000000000000000000000000000815260208160048173ffffffffffffffffffffffffffffffffffffffff8d165afa908115610ab8575f916113a1575b5061055f6104948d6116dd565b526040517f8cf4dc4300000000000000000000000000000000000000000000000000000000815260208160048173ffffffffffffffffffffffffffffffffffffffff8d165afa908115610ab8575f9161136f575b506105c06104948d6116dd565b526040517ff2cfa87d00000000000000000000000000000000000000000000000000000000815260208160048173ffffffffffffffffffffffffffffffffffffffff8d165afa908115610ab8575f9161133d575b506106216104948d6116dd565b526040517f992e5a1500000000000000000000000000000000000000000000000000000000815260208160048173ffffffffffffffffffffffffffffffffffffffff8d165afa908115610ab8575f9161130b575b506106826104948d6116dd565b52886106906104948d6116dd565b526040517f4f069a1300000000000000000000000000000000000000000000000000000000815260208160048173ffffffffffffffffffffffffffffffffffffffff8f165afa908115610ab8575f916112d9575b506106f16104948d6116dd565b526040517fd0fb84e800000000000000000000000000000000000000000000000000000000815260208160048173ffffffffffffffffffffffffffffffffffffffff8f165afa908115610ab8575f916112a7575b506107526104948d6116dd565b526040517ff6fa8a4700000000000000000000000000000000000000000000000000000000815260208160048173ffffffffffffffffffffffffffffffffffffffff8f165afa908115610ab8575f91611275575b506107b76104948d959493956116dd565b525f925b808410610f6e57505050505f5b848110610e7c5750505050505080610ac3575b50505f5b8281106107fa57604051806107f660a051826115ef565b0390f35b604051907f05f63c8a0000000000000000000000000000000000000000000000000000000082528060048301525f8260248173ffffffffffffffffffffffffffffffffffffffff89165afa918215610ab8575f905f93610925575b509260c08467ffffffffffffffff60019596511661087e610875856116dd565b9460a05161170a565b5263ffffffff602082015116610896610875856116dd565b5263ffffffff6040820151166108ae610875856116dd565b5263ffffffff6060820151166108c6610875856116dd565b5201511561091e5782905b6108ea60ff6108df836116dd565b93169160a05161170a565b5261091773ffffffffffffffffffffffffffffffffffffffff61090c836116dd565b95169160a05161170a565b52016107df565b5f906108d1565b9250503d805f843e6109378184611628565b8201928284036101208112610a875760e013610a87576040519360e0850185811067ffffffffffffffff821117610a8b57604052835167ffffffffffffffff81168103610a8757855261098c6020850161177d565b602086015261099d6040850161177d565b60408601526109ae6060850161177d565b60608601526109bf6080850161177d565b60808601526109d060a0850161177d565b60a08601526109e160c08501611770565b60c086015260e084015167ffffffffffffffff8111610a8757840181601f82011215610a8757805167ffffffffffffffff8111610a8b5760405192610a4e60207fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe0601f8501160185611628565b81845260208284010111610a87576001955f60208360c0966101009583610a7d98018483015e0101520161174f565b9350939093610855565b5f80fd5b7f4e487b71000000000000000000000000000000000000000000000000000000005f52604160045260245ffd5b6040513d5f823e3d90fd5b610acc8161168e565b5f5b828110610e5c57505f610b0e91604051809381927fb8c4b85a000000000000000000000000000000000000000000000000000000008352600483016115ef565b038173ffffffffffffffffffffffffffffffffffffffff87165afa908115610ab8575f91610d56575b505f5b828110610b485750506107db565b610b52818361170a565b5151610b69610b60876116dd565b9660a05161170a565b526020610b76828461170a565b510151610b85610b60876116dd565b5273ffffffffffffffffffffffffffffffffffffffff6040610ba7838561170a565b51015116610bb7610b60876116dd565b526080610bc4828461170a565b51015115610d4f576001945b610be960ff610bde836116dd565b97169160a05161170a565b5260a0610bf6828461170a565b51015115610d48576001945b610c1060ff610bde836116dd565b5260a0610c1d828461170a565b51015115610c46576001905f5b610c3f610c36886116dd565b9760a05161170a565b5201610b3a565b6001810190818111610d1b57604051917f6352211e000000000000000000000000000000000000000000000000000000008352600483015260208260248173ffffffffffffffffffffffffffffffffffffffff89165afa918215610ab8575f92610cca575b5073ffffffffffffffffffffffffffffffffffffffff60019216610c2a565b91506020823d8211610d13575b81610ce460209383611628565b81010312610a875773ffffffffffffffffffffffffffffffffffffffff610d0c60019361174f565b9250610cab565b3d9150610cd7565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52601160045260245ffd5b5f94610c02565b5f94610bd0565b90503d805f833e610d678183611628565b810190602081830312610a875780519067ffffffffffffffff8211610a87570181601f82011215610a8757805190610d9e82611676565b92610dac6040519485611628565b828452602060c0818601940283010191818311610a8757602001925b828410610dd957505050505f610b37565b60c084830312610a87576040519060c082019082821067ffffffffffffffff831117610a8b5760c092602092604052865181528287015183820152610e206040880161174f565b604082015260608701516060820152610e3b60808801611770565b6080820152610e4c60a08801611770565b60a0820152815201930192610dc8565b6001810190818111610d1b57600191610e75828561170a565b5201610ace565b5f5b828110610e8e57506001016107c8565b610ea1610e9c83888861171e565b61172e565b9073ffffffffffffffffffffffffffffffffffffffff610ec5610e9c83878961171e565b81604051947fdd62ed3e00000000000000000000000000000000000000000000000000000000865216600485015216602483015260208260448173ffffffffffffffffffffffffffffffffffffffff8c165afa8015610ab8575f90610f3c575b60019250610f356104948d6116dd565b5201610e7e565b506020823d8211610f66575b81610f5560209383611628565b81010312610a875760019151610f25565b3d9150610f48565b9091929a610f80610e9c8d848761171e565b9073ffffffffffffffffffffffffffffffffffffffff60208b6024604051809481937ff5eb42dc0000000000000000000000000000000000000000000000000000000083528189166004840152165afa908115610ab8575f91611244575b50610ff4610feb836116dd565b9260a05161170a565b5273ffffffffffffffffffffffffffffffffffffffff60208b6024604051809481937f70a082310000000000000000000000000000000000000000000000000000000083528189166004840152165afa908115610ab8575f91611213575b5061105f610feb836116dd565b52604051907f70a0823100000000000000000000000000000000000000000000000000000000825273ffffffffffffffffffffffffffffffffffffffff8316600483015260208260248173ffffffffffffffffffffffffffffffffffffffff89165afa60c05260c05115610ab8575f9160c0516111e0575b506110e1816116dd565b60805260a051906110f19161170a565b5280319b608051611101906116dd565b9c60805160a051906111129161170a565b52604051917f5dc796ee00000000000000000000000000000000000000000000000000000000835273ffffffffffffffffffffffffffffffffffffffff166004830152818073ffffffffffffffffffffffffffffffffffffffff8c165a92602491602094fa8015610ab8578d925f916111a8575b5061119e6111956001946116dd565b9e60a05161170a565b52019291906107bb565b9250506020823d82116111d8575b816111c360209383611628565b81010312610a875790518c919061119e611186565b3d91506111b6565b9091506020813d821161120b575b816111fb60209383611628565b81010312610a875751905f6110d7565b3d91506111ee565b90506020813d821161123c575b8161122d60209383611628565b81010312610a8757515f611052565b3d9150611220565b90506020813d821161126d575b8161125e60209383611628565b81010312610a8757515f610fde565b3d9150611251565b90506020813d60201161129f575b8161129060209383611628565b81010312610a8757515f6107a6565b3d9150611283565b90506020813d6020116112d1575b816112c260209383611628565b81010312610a8757515f610745565b3d91506112b5565b90506020813d602011611303575b816112f460209383611628565b81010312610a8757515f6106e4565b3d91506112e7565b90506020813d602011611335575b8161132660209383611628565b81010312610a8757515f610675565b3d9150611319565b90506020813d602011611367575b8161135860209383611628565b81010312610a8757515f610614565b3d915061134b565b90506020813d602011611399575b8161138a60209383611628565b81010312610a8757515f6105b3565b3d915061137d565b90506020813d6020116113cb575b816113bc60209383611628565b81010312610a8757515f610552565b3d91506113af565b90506020813d6020116113fd575b816113ee60209383611628565b81010312610a8757515f6104f1565b3d91506113e1565b90506020813d60201161142f575b8161142060209383611628565b81010312610a8757515f610487565b3d9150611413565b93505050506060813d606011611475575b8161145560609383611628565b81010312610a87578051602082015160409092015191908d6103f26103e8565b3d9150611448565b909a506020813d6020116114a9575b8161149960209383611628565b81010312610a875751995f61037c565b3d915061148c565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52603260045260245ffd5b90506020813d602011611508575b816114f960209383611628565b81010312610a8757515f610314565b3d91506114ec565b90506020813d60201161153a575b8161152b60209383611628565b81010312610a8757515f6102b0565b3d915061151e565b909a506020813d60201161156e575b8161155e60209383611628565b81010312610a875751995f6101e3565b3d9150611551565b965060208a3d6020116115b6575b8161159160209383611628565b81010312610a875773ffffffffffffffffffffffffffffffffffffffff99519661018c565b3d9150611584565b9181601f84011215610a875782359167ffffffffffffffff8311610a87576020808501948460051b010111610a8757565b60206040818301928281528451809452019201905f5b8181106116125750505090565b8251845260209384019390920191600101611605565b90601f7fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe0910116810190811067ffffffffffffffff821117610a8b57604052565b91908201809211610d1b57565b67ffffffffffffffff8111610a8b5760051b60200190565b9061169882611676565b6116a56040519182611628565b8281527fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe06116d38294611676565b0190602036910137565b7fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff8114610d1b5760010190565b80518210156114b15760209160051b010190565b91908110156114b15760051b0190565b3573ffffffffffffffffffffffffffffffffffffffff81168103610a875790565b519073ffffffffffffffffffffffffffffffffffffffff82168203610a8757565b51908115158203610a8757565b519063ffffffff82168203610a875756fea2646970667358221220f689f66bff51867b8253f861cb45217dbb64ef40be92e4e563e7a32e8e97babc64736f6c634300081e0033",
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

// Read is a free data retrieval call binding the contract method 0x64c5ff0c.
//
// Solidity: function read(address pool, address wst, address wq, address reg, address[] accounts, address[] owners, address[] spenders) view returns(uint256[] out)
func (_Lens *LensCaller) Read(opts *bind.CallOpts, pool common.Address, wst common.Address, wq common.Address, reg common.Address, accounts []common.Address, owners []common.Address, spenders []common.Address) ([]*big.Int, error) {
	var out []interface{}
	err := _Lens.contract.Call(opts, &out, "read", pool, wst, wq, reg, accounts, owners, spenders)

	if err != nil {
		return *new([]*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new([]*big.Int)).(*[]*big.Int)

	return out0, err

}

// Read is a free data retrieval call binding the contract method 0x64c5ff0c.
//
// Solidity: function read(address pool, address wst, address wq, address reg, address[] accounts, address[] owners, address[] spenders) view returns(uint256[] out)
func (_Lens *LensSession) Read(pool common.Address, wst common.Address, wq common.Address, reg common.Address, accounts []common.Address, owners []common.Address, spenders []common.Address) ([]*big.Int, error) {
	return _Lens.Contract.Read(&_Lens.CallOpts, pool, wst, wq, reg, accounts, owners, spenders)
}

// Read is a free data retrieval call binding the contract method 0x64c5ff0c.
//
// Solidity: function read(address pool, address wst, address wq, address reg, address[] accounts, address[] owners, address[] spenders) view returns(uint256[] out)
func (_Lens *LensCallerSession) Read(pool common.Address, wst common.Address, wq common.Address, reg common.Address, accounts []common.Address, owners []common.Address, spenders []common.Address) ([]*big.Int, error) {
	return _Lens.Contract.Read(&_Lens.CallOpts, pool, wst, wq, reg, accounts, owners, spenders)
}
