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
	ABI: "[{\"inputs\":[{\"internalType\":\"contractPool\",\"name\":\"pool\",\"type\":\"address\"},{\"internalType\":\"contractWstETH\",\"name\":\"wst\",\"type\":\"address\"},{\"internalType\":\"contractWithdrawalQueue\",\"name\":\"wq\",\"type\":\"address\"},{\"internalType\":\"contractOperatorRegistry\",\"name\":\"reg\",\"type\":\"address\"},{\"internalType\":\"contractOracle\",\"name\":\"oracle\",\"type\":\"address\"},{\"internalType\":\"address[]\",\"name\":\"accounts\",\"type\":\"address[]\"},{\"internalType\":\"address[]\",\"name\":\"owners\",\"type\":\"address[]\"},{\"internalType\":\"address[]\",\"name\":\"spenders\",\"type\":\"address[]\"}],\"name\":\"read\",\"outputs\":[{\"internalType\":\"uint256[]\",\"name\":\"out\",\"type\":\"uint256[]\"}],\"stateMutability\":\"view\",\"type\":\"function\"}]",
	Sigs: map[string]string{
		"read(address,address,address,address,address,address[],address[],address[])": "66dc5182",
	},
	Bin: "0x60808060405234601557611b76908161001a8239f35b5f80fdfe60a0806040526004361015610012575f80fd5b5f3560e01c6366dc518214610025575f80fd5b34610c26576101007ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffc360112610c26576004359073ffffffffffffffffffffffffffffffffffffffff82168203610c26576024359173ffffffffffffffffffffffffffffffffffffffff83168303610c265760443573ffffffffffffffffffffffffffffffffffffffff81168103610c26576064359373ffffffffffffffffffffffffffffffffffffffff8516809503610c26576084359273ffffffffffffffffffffffffffffffffffffffff84168403610c265760a43567ffffffffffffffff8111610c265761011a90369060040161195b565b929060c43567ffffffffffffffff8111610c265761013c90369060040161195b565b92909160e43567ffffffffffffffff8111610c265761015f90369060040161195b565b9190927f19c2b4c3000000000000000000000000000000000000000000000000000000008b5260208b60048173ffffffffffffffffffffffffffffffffffffffff8d165afa978815610c32575f98611926575b60049b5060208d6040519d8e80927fa70c70e40000000000000000000000000000000000000000000000000000000082525afa9b8c15610c32575f9c6118f2575b506005810281810460051482151715610fd85760140180601411610fd857848802888104861489151715610fd85761022a91611a06565b60068a028a81046006148b151715610fd85761024591611a06565b600b8d02908d808304600b1490151715610fd85761026b9161026691611a06565b611a2b565b6080526040517f37cfdaca00000000000000000000000000000000000000000000000000000000815260208160048173ffffffffffffffffffffffffffffffffffffffff8d165afa908115610c32575f916118c0575b50608051511561186157602060805101526040517fd5002f2e00000000000000000000000000000000000000000000000000000000815260208160048173ffffffffffffffffffffffffffffffffffffffff8d165afa908115610c32575f9161188e575b50608051516001101561186157604060805101526040519a7f47b714e0000000000000000000000000000000000000000000000000000000008c5260208c60048173ffffffffffffffffffffffffffffffffffffffff8d165afa9b8c15610c32575f9c61182d575b5060016002019b6103a16002608051611aa7565b526040517fae2e353800000000000000000000000000000000000000000000000000000000815260608160048173ffffffffffffffffffffffffffffffffffffffff8e165afa908115610c32575f9d5f915f936117e8575b5061040381611a7a565b9e8f916080519061041391611aa7565b5261041d90611a7a565b9d6080519061042b91611aa7565b526104358d611a7a565b9c6080519061044391611aa7565b526040517f609c4c6c000000000000000000000000000000000000000000000000000000008152808073ffffffffffffffffffffffffffffffffffffffff8c165a92600491602094fa908115610c32578d905f926117b2575b506104a96104b291611a7a565b9d608051611aa7565b526040517f18160ddd00000000000000000000000000000000000000000000000000000000815260208160048173ffffffffffffffffffffffffffffffffffffffff88165afa908115610c32578d905f9261177c575b506104a961051591611a7a565b526040517fa16498d900000000000000000000000000000000000000000000000000000000815260208160048173ffffffffffffffffffffffffffffffffffffffff8e165afa908115610c32578d905f92611746575b506104a961057891611a7a565b526040517f8cf4dc4300000000000000000000000000000000000000000000000000000000815260208160048173ffffffffffffffffffffffffffffffffffffffff8e165afa908115610c32578d905f92611710575b506104a96105db91611a7a565b526040517ff2cfa87d00000000000000000000000000000000000000000000000000000000815260208160048173ffffffffffffffffffffffffffffffffffffffff8e165afa908115610c32578d905f926116da575b506104a961063e91611a7a565b526040517f992e5a1500000000000000000000000000000000000000000000000000000000815260208160048173ffffffffffffffffffffffffffffffffffffffff8e165afa908115610c32575f916116a8575b5061069c8d611a7a565b9c608051906106aa91611aa7565b52896106b58d611a7a565b9c608051906106c391611aa7565b5260405180808d7f4f069a1300000000000000000000000000000000000000000000000000000000825273ffffffffffffffffffffffffffffffffffffffff165a92600491602094fa908115610c32578d905f92611672575b506104a961072991611a7a565b5273ffffffffffffffffffffffffffffffffffffffff60208c6004604051809481937fd0fb84e8000000000000000000000000000000000000000000000000000000008352165afa908115610c32578d905f9261163c575b506104a961078e91611a7a565b5273ffffffffffffffffffffffffffffffffffffffff60208c6004604051809481937ff6fa8a47000000000000000000000000000000000000000000000000000000008352165afa908115610c32578d905f92611606575b506104a96107f391611a7a565b526040517fd85dae8100000000000000000000000000000000000000000000000000000000815260208160048173ffffffffffffffffffffffffffffffffffffffff8e165afa908115610c32575f916115cc575b50156115c55760019b5b61086a60ff61085f83611a7a565b9e1691608051611aa7565b526040517f866f051f00000000000000000000000000000000000000000000000000000000815260208160048173ffffffffffffffffffffffffffffffffffffffff86165afa908115610c32578d905f9261157d575b50916040916108ef6108e673ffffffffffffffffffffffffffffffffffffffff95611a7a565b9f608051611aa7565b5260048251809481937ff2630175000000000000000000000000000000000000000000000000000000008352165afa908115610c32578c5f915f93611531575b506104a961093c91611a7a565b521561152a5760019a5b61095f60ff61095483611a7a565b9d1691608051611aa7565b525f5b81811061123457505050505f5b8481106111395750505050505080610d9d575b50505f5b8281106109a1576040518061099d6080518261198c565b0390f35b6040517f05f63c8a0000000000000000000000000000000000000000000000000000000081528160048201525f81602481885afa928315610c32575f915f94610c44575b508160a09167ffffffffffffffff63ffffffff945116610a10610a0783611a7a565b92608051611aa7565b5283602083015116610a24610a0783611a7a565b5283604083015116610a38610a0783611a7a565b5283606083015116610a4c610a0783611a7a565b5260c082015115610c3d576001905b610a7460ff610a6983611a7a565b931691608051611aa7565b52610aa173ffffffffffffffffffffffffffffffffffffffff610a9683611a7a565b971691608051611aa7565b5282608082015116610abe610ab587611a7a565b96608051611aa7565b52015116610ad7610ace84611a7a565b93608051611aa7565b52604051907fd2ffa04a000000000000000000000000000000000000000000000000000000008252806004830152606082602481885afa918215610c32575f92610b78575b5067ffffffffffffffff604083826001955116610b44610b3b88611a7a565b97608051611aa7565b5282602082015116610b58610b3b88611a7a565b52015116610b71610b6885611a7a565b94608051611aa7565b5201610986565b91506060823d8211610c2a575b81610b92606093836119c5565b81010312610c2657604051916060830183811067ffffffffffffffff821117610bf957600193610bed604067ffffffffffffffff9481948252610bd481611b1a565b8452610be260208201611b1a565b602085015201611b1a565b82820152935050610b1c565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52604160045260245ffd5b5f80fd5b3d9150610b85565b6040513d5f823e3d90fd5b5f90610a5b565b915092503d805f833e610c5781836119c5565b81018181036101208112610c265760e013610c265760405160e0810181811067ffffffffffffffff821117610bf957604052610c9283611b1a565b8152610ca060208401611b2f565b6020820152610cb160408401611b2f565b6040820152610cc260608401611b2f565b6060820152610cd360808401611b2f565b6080820152610ce460a08401611b2f565b60a0820152610cf560c08401611abb565b60c082015260e083015167ffffffffffffffff8111610c2657830182601f82011215610c2657805167ffffffffffffffff8111610bf95760405193610d6260207fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe0601f85011601866119c5565b81855260208284010111610c265763ffffffff945f60208360a0976101009583610d9498018483015e01015201611af9565b949150916109e5565b610da681611a2b565b5f5b82811061111957505f610de891604051809381927fb8c4b85a0000000000000000000000000000000000000000000000000000000083526004830161198c565b038173ffffffffffffffffffffffffffffffffffffffff87165afa908115610c32575f91611013575b505f5b828110610e22575050610982565b610e2c8183611aa7565b5151610e3a610ab587611a7a565b526020610e478284611aa7565b510151610e56610ab587611a7a565b5273ffffffffffffffffffffffffffffffffffffffff6040610e788385611aa7565b51015116610e88610ab587611a7a565b526080610e958284611aa7565b5101511561100c576001945b610eaf60ff610a9683611a7a565b5260a0610ebc8284611aa7565b51015115611005576001945b610ed660ff610a9683611a7a565b5260a0610ee38284611aa7565b51015115610f03576001905f5b610efc610b3b88611a7a565b5201610e14565b6001810190818111610fd857604051917f6352211e000000000000000000000000000000000000000000000000000000008352600483015260208260248173ffffffffffffffffffffffffffffffffffffffff89165afa918215610c32575f92610f87575b5073ffffffffffffffffffffffffffffffffffffffff60019216610ef0565b91506020823d8211610fd0575b81610fa1602093836119c5565b81010312610c265773ffffffffffffffffffffffffffffffffffffffff610fc9600193611af9565b9250610f68565b3d9150610f94565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52601160045260245ffd5b5f94610ec8565b5f94610ea1565b90503d805f833e61102481836119c5565b810190602081830312610c265780519067ffffffffffffffff8211610c26570181601f82011215610c265780519061105b82611a13565b9261106960405194856119c5565b828452602060c0818601940283010191818311610c2657602001925b82841061109657505050505f610e11565b60c084830312610c26576040519060c082019082821067ffffffffffffffff831117610bf95760c0926020926040528651815282870151838201526110dd60408801611af9565b6040820152606087015160608201526110f860808801611abb565b608082015261110960a08801611abb565b60a0820152815201930192611085565b6001810190818111610fd8576001916111328285611aa7565b5201610da8565b5f5b82811061114b575060010161096f565b61115e611159838888611ac8565b611ad8565b9073ffffffffffffffffffffffffffffffffffffffff611182611159838789611ac8565b81604051947fdd62ed3e00000000000000000000000000000000000000000000000000000000865216600485015216602483015260208260448173ffffffffffffffffffffffffffffffffffffffff8c165afa8015610c32575f90611202575b600192506111fb6111f28d611a7a565b9c608051611aa7565b520161113b565b506020823d821161122c575b8161121b602093836119c5565b81010312610c2657600191516111e2565b3d915061120e565b611242611159828487611ac8565b9073ffffffffffffffffffffffffffffffffffffffff60208b6024604051809481937ff5eb42dc0000000000000000000000000000000000000000000000000000000083528189166004840152165afa908115610c32578e905f926114f5575b506112af6112b891611a7a565b9e608051611aa7565b5273ffffffffffffffffffffffffffffffffffffffff60208b6024604051809481937f70a082310000000000000000000000000000000000000000000000000000000083528189166004840152165afa908115610c32578e905f926114c0575b506112af61132591611a7a565b526040517f70a0823100000000000000000000000000000000000000000000000000000000815273ffffffffffffffffffffffffffffffffffffffff8316600482015260208160248173ffffffffffffffffffffffffffffffffffffffff89165afa908115610c32578e905f9261148b575b506113a190611a7a565b9d608051906113af91611aa7565b5281316113bb8e611a7a565b9d608051906113c991611aa7565b52604051917f5dc796ee00000000000000000000000000000000000000000000000000000000835273ffffffffffffffffffffffffffffffffffffffff166004830152818073ffffffffffffffffffffffffffffffffffffffff8c165a92602491602094fa8015610c32578d925f91611453575b5061144c6112af600194611a7a565b5201610962565b9250506020823d8211611483575b8161146e602093836119c5565b81010312610c265790518c919061144c61143d565b3d9150611461565b9150506020813d82116114b8575b816114a6602093836119c5565b81010312610c2657518d6113a1611397565b3d9150611499565b9150506020813d82116114ed575b816114db602093836119c5565b81010312610c2657518d6112af611318565b3d91506114ce565b9150506020813d8211611522575b81611510602093836119c5565b81010312610c2657518d6112af6112a2565b3d9150611503565b5f9a610946565b925050506040813d604011611575575b8161154e604093836119c5565b81010312610c26578061093c6104a961156d8f94602090519401611abb565b93915061092f565b3d9150611541565b9150506020813d6020116115bd575b81611599602093836119c5565b81010312610c2657518c73ffffffffffffffffffffffffffffffffffffffff6108c0565b3d915061158c565b5f9b610851565b90506020813d6020116115fe575b816115e7602093836119c5565b81010312610c26576115f890611abb565b5f610847565b3d91506115da565b9150506020813d602011611634575b81611622602093836119c5565b81010312610c2657518c6104a96107e6565b3d9150611615565b9150506020813d60201161166a575b81611658602093836119c5565b81010312610c2657518c6104a9610781565b3d915061164b565b9150506020813d6020116116a0575b8161168e602093836119c5565b81010312610c2657518c6104a961071c565b3d9150611681565b90506020813d6020116116d2575b816116c3602093836119c5565b81010312610c2657515f610692565b3d91506116b6565b9150506020813d602011611708575b816116f6602093836119c5565b81010312610c2657518c6104a9610631565b3d91506116e9565b9150506020813d60201161173e575b8161172c602093836119c5565b81010312610c2657518c6104a96105ce565b3d915061171f565b9150506020813d602011611774575b81611762602093836119c5565b81010312610c2657518c6104a961056b565b3d9150611755565b9150506020813d6020116117aa575b81611798602093836119c5565b81010312610c2657518c6104a9610508565b3d915061178b565b9150506020813d6020116117e0575b816117ce602093836119c5565b81010312610c2657518c6104a961049c565b3d91506117c1565b9e5091505060608d3d606011611825575b81611806606093836119c5565b81010312610c26578c6040602082519201519e0151909d90915f6103f9565b3d91506117f9565b909b506020813d602011611859575b81611849602093836119c5565b81010312610c2657519a5f61038d565b3d915061183c565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52603260045260245ffd5b90506020813d6020116118b8575b816118a9602093836119c5565b81010312610c2657515f610325565b3d915061189c565b90506020813d6020116118ea575b816118db602093836119c5565b81010312610c2657515f6102c1565b3d91506118ce565b909b506020813d60201161191e575b8161190e602093836119c5565b81010312610c2657519a5f6101f3565b3d9150611901565b975060208b3d602011611953575b81611941602093836119c5565b81010312610c265760049a51976101b2565b3d9150611934565b9181601f84011215610c265782359167ffffffffffffffff8311610c26576020808501948460051b010111610c2657565b60206040818301928281528451809452019201905f5b8181106119af5750505090565b82518452602093840193909201916001016119a2565b90601f7fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe0910116810190811067ffffffffffffffff821117610bf957604052565b91908201809211610fd857565b67ffffffffffffffff8111610bf95760051b60200190565b90611a3582611a13565b611a4260405191826119c5565b8281527fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe0611a708294611a13565b0190602036910137565b7fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff8114610fd85760010190565b80518210156118615760209160051b010190565b51908115158203610c2657565b91908110156118615760051b0190565b3573ffffffffffffffffffffffffffffffffffffffff81168103610c265790565b519073ffffffffffffffffffffffffffffffffffffffff82168203610c2657565b519067ffffffffffffffff82168203610c2657565b519063ffffffff82168203610c265756fea2646970667358221220356d7be577d5fdde289ed9f4ca8be8241346d46d7b8a8ce2059b3a155624db4964736f6c634300081e0033",
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
