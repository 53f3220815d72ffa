package poolclient

import (
	"encoding/hex"
	"errors"
	"strings"
	"sync"
	"unicode"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/accounts/abi/bind"

	"github.com/stakepool/stakepool/contracts/bindings"
)

// Refusal is a contract's refusal with a stable code: its custom error's
// name in upper snake case (UnknownRequest → UNKNOWN_REQUEST), and a
// message with the error's arguments (amounts of ETH in ETH).
type Refusal struct {
	Code    string
	Message string
}

func (e *Refusal) Error() string { return e.Code + ": " + e.Message }

// upperSnake is InsufficientBalance → INSUFFICIENT_BALANCE.
func upperSnake(s string) string {
	var b strings.Builder
	for i, r := range s {
		if i > 0 && unicode.IsUpper(r) && (unicode.IsLower(rune(s[i-1])) || (i+1 < len(s) && unicode.IsLower(rune(s[i+1])))) {
			b.WriteByte('_')
		}
		b.WriteRune(unicode.ToUpper(r))
	}
	return b.String()
}

// poolABIs are the ABIs of the pool's contracts, in a fixed order.
var poolABIs = sync.OnceValue(func() []*abi.ABI {
	var out []*abi.ABI
	for _, md := range []*bind.MetaData{bindings.PoolMetaData, bindings.WstETHMetaData, bindings.WithdrawalQueueMetaData,
		bindings.OperatorRegistryMetaData, bindings.OracleMetaData, bindings.GovernanceMetaData, bindings.WithdrawalVaultMetaData,
		bindings.ELRewardsVaultMetaData, bindings.DepositContractMetaData} {
		if a, err := md.GetAbi(); err == nil {
			out = append(out, a)
		}
	}
	return out
})

// DecodeRevert turns a call's or a gas estimate's error into a *Refusal
// when it carries a custom error of the pool's contracts (its revert data,
// as go-ethereum's JSON-RPC errors expose it); any other error is returned
// as it is.
func DecodeRevert(err error) error {
	var de interface{ ErrorData() any }
	if !errors.As(err, &de) {
		return err
	}
	s, ok := de.ErrorData().(string)
	if !ok {
		return err
	}
	data, derr := hex.DecodeString(strings.TrimPrefix(s, "0x"))
	if derr != nil {
		return err
	}
	if r := decodeRevertData(data); r != nil {
		return r
	}
	return err
}

// decodeRevertData decodes revert data (a 4-byte selector and its ABI
// encoded arguments) by the pool's custom errors; nil when none matches.
func decodeRevertData(data []byte) *Refusal {
	if len(data) < 4 {
		return nil
	}
	for _, a := range poolABIs() {
		for name, e := range a.Errors {
			if [4]byte(e.ID[:4]) != [4]byte(data[:4]) {
				continue
			}
			vals, uerr := e.Inputs.Unpack(data[4:])
			msg := name
			if uerr == nil && len(vals) > 0 {
				var parts []string
				for i, v := range vals {
					parts = append(parts, e.Inputs[i].Name+" "+FormatArg(e.Inputs[i].Name, v))
				}
				msg += " (" + strings.Join(parts, ", ") + ")"
			}
			return &Refusal{Code: upperSnake(name), Message: msg}
		}
	}
	return nil
}
