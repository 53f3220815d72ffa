package units

import (
	"encoding/hex"
	"errors"
	"fmt"
	"strings"

	"github.com/ethereum/go-ethereum/common"
)

// ErrAddressChecksum is wrapped by ParseAddress when a mixed-case address
// does not carry its EIP-55 checksum.
var ErrAddressChecksum = errors.New("bad EIP-55 checksum")

// ParseAddress reads an execution-layer address: "0x" and 40 hex digits.
// A mixed-case address must carry its EIP-55 checksum (a wallet's copy
// does; a mistyped one almost never does); an all-lowercase or
// all-uppercase one carries none and is taken as it is, as wallets do.
func ParseAddress(s string) (common.Address, error) {
	if len(s) != 42 || (s[:2] != "0x" && s[:2] != "0X") {
		return common.Address{}, fmt.Errorf("address %q: want 0x and 40 hex digits", clipAddr(s))
	}
	body := s[2:]
	b, err := hex.DecodeString(body)
	if err != nil {
		return common.Address{}, fmt.Errorf("address %q: want 0x and 40 hex digits", clipAddr(s))
	}
	a := common.BytesToAddress(b)
	if body != strings.ToLower(body) && body != strings.ToUpper(body) && a.Hex()[2:] != body {
		return common.Address{}, fmt.Errorf("address %s: %w (a letter's case is wrong, or the address was mistyped)", s, ErrAddressChecksum)
	}
	return a, nil
}

func clipAddr(s string) string {
	if len(s) > 64 {
		return s[:64] + "…"
	}
	return s
}
