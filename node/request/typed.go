package request

import (
	"math/big"

	"github.com/ethereum/go-ethereum/common/math"
	"github.com/ethereum/go-ethereum/signer/core/apitypes"

	"github.com/stakepool/stakepool/protocol"
)

// TypedData returns tx as go-ethereum's apitypes.TypedData, the form a
// wallet shows and signs (eth_signTypedData_v4). Its hash equals Digest.
func TypedData(d Domain, tx *protocol.Tx) (apitypes.TypedData, error) {
	k, ok := byCommand[tx.Cmd.Kind]
	if !ok {
		return apitypes.TypedData{}, reject(protocol.CodeUnknownCommand, "command %s cannot be signed", tx.Cmd.Kind)
	}
	chain := math.HexOrDecimal256(*new(big.Int).SetUint64(d.ChainID))
	td := apitypes.TypedData{
		Types: apitypes.Types{
			"EIP712Domain": {
				{Name: "name", Type: "string"}, {Name: "version", Type: "string"},
				{Name: "chainId", Type: "uint256"}, {Name: "verifyingContract", Type: "address"},
			},
		},
		PrimaryType: k.Type,
		Domain: apitypes.TypedDataDomain{Name: "stakepool", Version: "1", ChainId: &chain,
			VerifyingContract: d.Pool.Hex()},
		Message: apitypes.TypedDataMessage{},
	}
	var fields []apitypes.Type
	for _, f := range k.Fields {
		fields = append(fields, apitypes.Type{Name: f.Name, Type: f.Type})
		v := jsonValue(f, tx)
		if ss, ok := v.([]string); ok {
			arr := make([]any, len(ss))
			for i := range ss {
				arr[i] = ss[i]
			}
			v = arr
		}
		td.Message[f.Name] = v
	}
	td.Types[k.Type] = fields
	return td, nil
}
