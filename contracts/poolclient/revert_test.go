package poolclient

import (
	"errors"
	"fmt"
	"testing"

	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common/hexutil"

	"github.com/stakepool/stakepool/contracts/bindings"
)

func TestUpperSnake(t *testing.T) {
	for in, want := range map[string]string{
		"InsufficientBalance": "INSUFFICIENT_BALANCE", "UnknownRequest": "UNKNOWN_REQUEST", "BelowDust": "BELOW_DUST",
		"ETHTransferFailed": "ETH_TRANSFER_FAILED", "StakingPausedError": "STAKING_PAUSED_ERROR", "Malformed": "MALFORMED",
	} {
		if got := upperSnake(in); got != want {
			t.Errorf("upperSnake(%q) = %q, want %q", in, got, want)
		}
	}
}

// dataError is an error carrying revert data, as go-ethereum's JSON-RPC
// errors (a 0x-hex string) and the simulated backend's (bytes) do.
type dataError struct{ data any }

func (e dataError) Error() string  { return "execution reverted" }
func (e dataError) ErrorData() any { return e.data }

// TestRevertName: the custom error's name from its selector, as hex or
// bytes, by the pool's ABIs or the ones given; nothing from an error
// without revert data, a short one or an unknown selector.
func TestRevertName(t *testing.T) {
	pool := poolABIs()[0].Errors["InsufficientBalance"].ID
	dep, err := bindings.DepositContractMetaData.GetAbi()
	if err != nil {
		t.Fatal(err)
	}
	var depSel []byte
	var depName string
	for name, e := range dep.Errors {
		depSel, depName = e.ID[:4], name
		break
	}
	for _, c := range []struct {
		name string
		err  error
		mds  []*bind.MetaData
		want string
		ok   bool
	}{
		{"hex string", dataError{hexutil.Encode(pool[:4])}, nil, "InsufficientBalance", true},
		{"bytes with arguments", dataError{append(append([]byte{}, pool[:4]...), make([]byte, 64)...)}, nil, "InsufficientBalance", true},
		{"wrapped", fmt.Errorf("send: %w", dataError{hexutil.Encode(pool[:4])}), nil, "InsufficientBalance", true},
		{"the ABIs given", dataError{depSel}, []*bind.MetaData{bindings.DepositContractMetaData}, depName, true},
		{"not among the ABIs given", dataError{pool[:4]}, []*bind.MetaData{bindings.DepositContractMetaData}, "", false},
		{"no revert data", errors.New("connection refused"), nil, "", false},
		{"short data", dataError{"0x0102"}, nil, "", false},
		{"unknown selector", dataError{"0xdeadbeef"}, nil, "", false},
		{"not hex", dataError{"0xzz"}, nil, "", false},
	} {
		got, ok := RevertName(c.err, c.mds...)
		if got != c.want || ok != c.ok {
			t.Errorf("%s: RevertName = %q, %v; want %q, %v", c.name, got, ok, c.want, c.ok)
		}
	}
}

// FuzzDecodeRevertData: any revert data decodes to a refusal with a code
// or to nothing, never a panic; a known selector always gives its code.
func FuzzDecodeRevertData(f *testing.F) {
	id := poolABIs()[0].Errors["InsufficientBalance"].ID
	sel := id[:4]
	f.Add(append([]byte{}, sel...))
	f.Add([]byte{1, 2, 3})
	f.Add(append(append([]byte{}, sel...), make([]byte, 96)...))
	f.Fuzz(func(t *testing.T, data []byte) {
		r := decodeRevertData(data)
		if len(data) >= 4 && [4]byte(data[:4]) == [4]byte(sel) && (r == nil || r.Code != "INSUFFICIENT_BALANCE") {
			t.Fatalf("known selector: %v", r)
		}
		if r != nil && r.Code == "" {
			t.Fatal("a refusal without a code")
		}
	})
}
