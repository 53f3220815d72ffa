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
	return parseABIs(bindings.PoolMetaData, bindings.WstETHMetaData, bindings.WithdrawalQueueMetaData,
		bindings.OperatorRegistryMetaData, bindings.OracleMetaData, bindings.GovernanceMetaData, bindings.WithdrawalVaultMetaData,
		bindings.ELRewardsVaultMetaData, bindings.DepositContractMetaData, bindings.DepositSecurityModuleMetaData,
		bindings.ExitTriggerMetaData, bindings.VetoEscrowMetaData, bindings.GateSealMetaData, bindings.BurnerMetaData,
		bindings.SanityCheckerMetaData, bindings.BondedModuleMetaData)
})

func parseABIs(mds ...*bind.MetaData) []*abi.ABI {
	var out []*abi.ABI
	for _, md := range mds {
		if a, err := md.GetAbi(); err == nil {
			out = append(out, a)
		}
	}
	return out
}

// revertData is the revert data a failed call's or gas estimate's error
// carries (go-ethereum's JSON-RPC errors give it as a 0x-hex string, the
// simulated backend's as bytes), nil when it carries none.
func revertData(err error) []byte {
	var de interface{ ErrorData() any }
	if !errors.As(err, &de) {
		return nil
	}
	switch v := de.ErrorData().(type) {
	case string:
		b, herr := hex.DecodeString(strings.TrimPrefix(v, "0x"))
		if herr != nil {
			return nil
		}
		return b
	case []byte:
		return v
	}
	return nil
}

// customError finds the custom error revert data encodes (a 4-byte
// selector and its ABI-encoded arguments) among abis, in their order.
func customError(data []byte, abis []*abi.ABI) (name string, e abi.Error, ok bool) {
	if len(data) < 4 {
		return "", abi.Error{}, false
	}
	for _, a := range abis {
		for name, e := range a.Errors {
			if [4]byte(e.ID[:4]) == [4]byte(data[:4]) {
				return name, e, true
			}
		}
	}
	return "", abi.Error{}, false
}

// RevertName is the name of the custom error ("StakeLimit") a failed
// call or gas estimate reverted with, found among the ABIs of mds (the
// pool's contracts when none are given); ok is false when err carries no
// custom error of theirs.
func RevertName(err error, mds ...*bind.MetaData) (name string, ok bool) {
	abis := poolABIs()
	if len(mds) > 0 {
		abis = parseABIs(mds...)
	}
	name, _, ok = customError(revertData(err), abis)
	return name, ok
}

// DecodeRevert turns a call's or a gas estimate's error into a *Refusal
// when it carries a custom error of the pool's contracts (its revert data,
// as go-ethereum's JSON-RPC errors expose it); any other error is returned
// as it is.
func DecodeRevert(err error) error {
	if r := decodeRevertData(revertData(err)); r != nil {
		return r
	}
	return err
}

// decodeRevertData decodes revert data (a 4-byte selector and its ABI
// encoded arguments) by the pool's custom errors; nil when none matches.
func decodeRevertData(data []byte) *Refusal {
	name, e, ok := customError(data, poolABIs())
	if !ok {
		return nil
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
