// Package request is the wire form of a signed transaction: EIP-712 typed
// data (domain "stakepool", version "1", the chain id and the pool's
// address) signed with the sender's secp256k1 key, its JSON encoding, and
// the checks that turn it into a protocol.Tx.
//
// Every command kind a user may sign is one entry of the kinds table below:
// its EIP-712 struct name, the CLI name, and its fields, each bound to a part
// of protocol.Command. Adding a command kind is adding a table entry.
package request

import (
	"github.com/stakepool/stakepool/protocol"
)

// binding says which part of a protocol.Command a typed field carries.
type binding uint8

const (
	bNonce binding = iota + 1
	bAmount
	bTo
	bOwner
	bOperator
	bIndex
	bCount
	bProposal
	bPubkeys    // bytes: 48 × n, paired with bSignatures
	bSignatures // bytes: 96 × n
	bActKind
	bActParam
	bActValue
	bActValue2
	bActOperator
	bActName
	bActAddress
	bActLimit
	bActActive
	bActMembers
	bActThreshold
	bAmounts // uint256[]
	bIDs     // uint64[]
	bRefSlot
	bHash   // bytes32
	bReport // bytes: protocol.EncodeReport of the report
)

// Field is one member of a typed struct.
type Field struct {
	Name string // JSON and EIP-712 member name
	Type string // Solidity type: uint8/32/64/256, address, bool, string, bytes, address[]
	bind binding
}

// Kind describes one signable command kind.
type Kind struct {
	Type    string // EIP-712 primary type, also the "type" of a request
	CLI     string // stakepool tx subcommand
	Command protocol.CommandKind
	Fields  []Field // in EIP-712 member order; always ends with nonce
	Short   string  // one line of help
}

func f(name, typ string, b binding) Field { return Field{Name: name, Type: typ, bind: b} }

var nonce = f("nonce", "uint64", bNonce)

// kinds is the table of signable commands. System-only commands (deposit,
// faucet) are not in it: nobody can sign them.
var kinds = []Kind{
	{"Submit", "submit", protocol.CmdSubmit, []Field{f("amount", "uint256", bAmount), f("referral", "address", bTo), nonce}, "stake ETH and receive stETH"},
	{"Transfer", "transfer", protocol.CmdTransfer, []Field{f("to", "address", bTo), f("amount", "uint256", bAmount), nonce}, "send stETH"},
	{"TransferShares", "transfer-shares", protocol.CmdTransferShares, []Field{f("to", "address", bTo), f("shares", "uint256", bAmount), nonce}, "send stETH shares"},
	{"Approve", "approve", protocol.CmdApprove, []Field{f("spender", "address", bTo), f("amount", "uint256", bAmount), nonce}, "set a spender's stETH allowance"},
	{"IncreaseAllowance", "increase-allowance", protocol.CmdIncreaseAllowance, []Field{f("spender", "address", bTo), f("amount", "uint256", bAmount), nonce}, "raise a spender's allowance"},
	{"DecreaseAllowance", "decrease-allowance", protocol.CmdDecreaseAllowance, []Field{f("spender", "address", bTo), f("amount", "uint256", bAmount), nonce}, "lower a spender's allowance"},
	{"TransferFrom", "transfer-from", protocol.CmdTransferFrom, []Field{f("owner", "address", bOwner), f("to", "address", bTo), f("amount", "uint256", bAmount), nonce}, "send stETH from an owner who approved you"},
	{"TransferSharesFrom", "transfer-shares-from", protocol.CmdTransferSharesFrom, []Field{f("owner", "address", bOwner), f("to", "address", bTo), f("shares", "uint256", bAmount), nonce}, "send shares from an owner who approved you"},
	{"Wrap", "wrap", protocol.CmdWrap, []Field{f("amount", "uint256", bAmount), nonce}, "wrap stETH into wstETH"},
	{"Unwrap", "unwrap", protocol.CmdUnwrap, []Field{f("amount", "uint256", bAmount), nonce}, "unwrap wstETH into stETH"},
	{"TransferWstETH", "transfer-wsteth", protocol.CmdTransferWstETH, []Field{f("to", "address", bTo), f("amount", "uint256", bAmount), nonce}, "send wstETH"},
	{"SendETH", "send-eth", protocol.CmdSendETH, []Field{f("to", "address", bTo), f("amount", "uint256", bAmount), nonce}, "send execution-side ETH"},
	{"AddSigningKeys", "add-keys", protocol.CmdAddSigningKeys, []Field{f("operator", "uint32", bOperator), f("pubkeys", "bytes", bPubkeys), f("signatures", "bytes", bSignatures), nonce}, "upload validator keys (operator's reward address)"},
	{"RemoveSigningKeys", "remove-keys", protocol.CmdRemoveSigningKeys, []Field{f("operator", "uint32", bOperator), f("index", "uint64", bIndex), f("count", "uint64", bCount), nonce}, "remove unused validator keys"},
	{"Propose", "propose", protocol.CmdPropose, []Field{
		f("action", "uint8", bActKind), f("param", "uint8", bActParam), f("value", "uint256", bActValue), f("value2", "uint256", bActValue2),
		f("operator", "uint32", bActOperator), f("name", "string", bActName), f("account", "address", bActAddress), f("limit", "uint64", bActLimit),
		f("active", "bool", bActActive), f("members", "address[]", bActMembers), f("threshold", "uint32", bActThreshold), nonce}, "propose a governance action (committee members)"},
	{"ApproveProposal", "approve-proposal", protocol.CmdApproveProposal, []Field{f("proposal", "uint64", bProposal), nonce}, "approve a governance proposal"},
	{"ExecuteProposal", "execute-proposal", protocol.CmdExecuteProposal, []Field{f("proposal", "uint64", bProposal), nonce}, "execute a queued proposal after its timelock"},
	{"RequestWithdrawals", "withdraw", protocol.CmdRequestWithdrawals, []Field{f("amounts", "uint256[]", bAmounts), f("owner", "address", bTo), nonce}, "queue withdrawal requests (stETH locked until a report finalizes them)"},
	{"ClaimWithdrawals", "claim", protocol.CmdClaimWithdrawals, []Field{f("ids", "uint64[]", bIDs), f("recipient", "address", bTo), nonce}, "claim finalized withdrawal requests"},
	{"InstantWithdrawal", "instant-withdraw", protocol.CmdInstantWithdrawal, []Field{f("amount", "uint256", bAmount), nonce}, "withdraw at once from the liquid reserve (for a fee)"},
	{"OracleVote", "oracle-vote", protocol.CmdOracleVote, []Field{f("refSlot", "uint64", bRefSlot), f("hash", "bytes32", bHash), nonce}, "vote for a report hash (oracle members)"},
	{"OracleSubmit", "oracle-submit", protocol.CmdOracleSubmit, []Field{f("report", "bytes", bReport), nonce}, "submit the report whose hash reached quorum (oracle members)"},
	{"OracleAlert", "oracle-alert", protocol.CmdOracleAlert, []Field{nonce}, "raise bunker mode until the next report (oracle members)"},
}

var (
	byType    = map[string]*Kind{}
	byCommand = map[protocol.CommandKind]*Kind{}
)

func init() {
	for i := range kinds {
		k := &kinds[i]
		byType[k.Type] = k
		byCommand[k.Command] = k
		k.prepare()
	}
}

// Kinds lists the signable command kinds.
func Kinds() []Kind { return kinds }

// KindByType finds a kind by its EIP-712 type name.
func KindByType(t string) (*Kind, bool) { k, ok := byType[t]; return k, ok }

// KindByCommand finds the kind that signs a protocol command.
func KindByCommand(c protocol.CommandKind) (*Kind, bool) { k, ok := byCommand[c]; return k, ok }

// HasField reports whether the kind has a member of that name.
func (k *Kind) HasField(name string) bool {
	for _, f := range k.Fields {
		if f.Name == name {
			return true
		}
	}
	return false
}
