// Package units holds the value types shared by every layer: amounts of ether
// in wei and gwei, and the one parser and formatter that every command uses.
//
// Amounts are always integers. Wei is a 256-bit unsigned integer
// (holiman/uint256); Gwei, the consensus layer's unit, is a uint64.
package units

import (
	"errors"
	"fmt"
	"strings"

	"github.com/holiman/uint256"
)

// Decimals of ether and gwei expressed in wei.
const (
	EtherDecimals = 18
	GweiDecimals  = 9
)

// Gwei is an amount on the consensus layer (the beacon chain counts in gwei).
type Gwei uint64

var (
	oneEther = uint256.NewInt(1_000_000_000_000_000_000)
	oneGwei  = uint256.NewInt(1_000_000_000)
)

// OneEther returns a fresh 1e18.
func OneEther() *uint256.Int { return new(uint256.Int).Set(oneEther) }

// Ether returns n ether in wei.
func Ether(n uint64) *uint256.Int {
	return new(uint256.Int).Mul(uint256.NewInt(n), oneEther)
}

// GweiToWei converts a consensus-layer amount to wei (exact).
func GweiToWei(g Gwei) *uint256.Int {
	return new(uint256.Int).Mul(uint256.NewInt(uint64(g)), oneGwei)
}

// WeiToGwei converts wei to gwei, rounding down; the remainder is returned so
// the caller can decide where the dust goes. ok is false when the result does
// not fit a uint64.
func WeiToGwei(w *uint256.Int) (g Gwei, rem *uint256.Int, ok bool) {
	q, r := new(uint256.Int), new(uint256.Int)
	q.DivMod(w, oneGwei, r)
	if !q.IsUint64() {
		return 0, r, false
	}
	return Gwei(q.Uint64()), r, true
}

// ParseError reports an amount that could not be read. Input is the text as
// given; Reason says what is wrong with it in words a person can act on.
type ParseError struct {
	Input  string
	Reason string
}

func (e *ParseError) Error() string {
	return fmt.Sprintf("invalid amount %q: %s", e.Input, e.Reason)
}

// ErrAmount is the sentinel every ParseError matches with errors.Is.
var ErrAmount = errors.New("invalid amount")

// Is lets errors.Is(err, ErrAmount) match any ParseError.
func (e *ParseError) Is(target error) bool { return target == ErrAmount }

// ParseAmount reads an amount of ether and returns it in wei. Accepted forms:
//
//	1.5              ether (the default unit)
//	1.5eth, 1.5 ETH  ether
//	1500000000gwei   gwei (up to 9 decimals)
//	1500000000000000000wei  wei (integer only)
//
// Underscores between digits are allowed as separators ("32_000eth").
// Negative, over-precise, overflowing and malformed input is rejected.
func ParseAmount(s string) (*uint256.Int, error) {
	orig := s
	fail := func(reason string) (*uint256.Int, error) {
		return nil, &ParseError{Input: orig, Reason: reason}
	}
	s = strings.TrimSpace(s)
	if s == "" {
		return fail("empty")
	}
	lower := strings.ToLower(s)
	decimals := EtherDecimals
	unit := "ether"
	switch {
	case strings.HasSuffix(lower, "gwei"):
		decimals, unit, lower = GweiDecimals, "gwei", strings.TrimSuffix(lower, "gwei")
	case strings.HasSuffix(lower, "wei"):
		decimals, unit, lower = 0, "wei", strings.TrimSuffix(lower, "wei")
	case strings.HasSuffix(lower, "ether"):
		lower = strings.TrimSuffix(lower, "ether")
	case strings.HasSuffix(lower, "eth"):
		lower = strings.TrimSuffix(lower, "eth")
	}
	lower = strings.TrimSpace(lower)
	if lower == "" {
		return fail("no number before the unit")
	}
	if lower[0] == '-' {
		return fail("amounts cannot be negative")
	}
	if lower[0] == '+' {
		lower = lower[1:]
	}
	intPart, fracPart, hasDot := strings.Cut(lower, ".")
	if hasDot && decimals == 0 {
		return fail("wei amounts must be whole numbers")
	}
	intDigits, err := digits(intPart)
	if err != nil {
		return fail(err.Error())
	}
	fracDigits, err := digits(fracPart)
	if err != nil {
		return fail(err.Error())
	}
	if intDigits == "" && fracDigits == "" {
		return fail("no digits")
	}
	if hasDot && fracDigits == "" {
		return fail("no digits after the decimal point")
	}
	// Trailing zeros after the point carry no precision.
	fracDigits = strings.TrimRight(fracDigits, "0")
	if len(fracDigits) > decimals {
		return fail(fmt.Sprintf("more than %d decimals for %s (smallest unit is 1 wei)", decimals, unit))
	}
	all := intDigits + fracDigits + strings.Repeat("0", decimals-len(fracDigits))
	all = strings.TrimLeft(all, "0")
	if all == "" {
		return new(uint256.Int), nil
	}
	if len(all) > 78 {
		return fail("too large (exceeds 2^256 wei)")
	}
	v, err := uint256.FromDecimal(all)
	if err != nil {
		return fail("too large (exceeds 2^256 wei)")
	}
	return v, nil
}

// digits strips underscore separators and checks that only ASCII digits remain.
func digits(s string) (string, error) {
	if s == "" {
		return "", nil
	}
	if strings.HasPrefix(s, "_") || strings.HasSuffix(s, "_") || strings.Contains(s, "__") {
		return "", errors.New("misplaced '_' separator")
	}
	s = strings.ReplaceAll(s, "_", "")
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return "", fmt.Errorf("unexpected character %q", s[i])
		}
	}
	return s, nil
}

// FormatEther renders wei as a decimal amount of ether with no trailing zeros
// ("1.5", "32", "0.000000000000000001"). It never rounds.
func FormatEther(w *uint256.Int) string {
	return formatDecimals(w, EtherDecimals)
}

// FormatGwei renders a consensus-layer amount as ether.
func FormatGwei(g Gwei) string {
	return FormatEther(GweiToWei(g))
}

// FormatEtherUnit is FormatEther followed by " ETH".
func FormatEtherUnit(w *uint256.Int) string { return FormatEther(w) + " ETH" }

func formatDecimals(w *uint256.Int, decimals int) string {
	if w == nil {
		return "0"
	}
	s := w.Dec()
	if decimals == 0 {
		return s
	}
	if len(s) <= decimals {
		s = strings.Repeat("0", decimals-len(s)+1) + s
	}
	intPart, frac := s[:len(s)-decimals], strings.TrimRight(s[len(s)-decimals:], "0")
	if frac == "" {
		return intPart
	}
	return intPart + "." + frac
}

// FormatRatio renders num/den (both wei-scaled integers) with the given number
// of decimals, rounding down. Used for share rates and APRs in output only.
func FormatRatio(num, den *uint256.Int, decimals int) string {
	if den.IsZero() {
		return "0"
	}
	scale := new(uint256.Int).Exp(uint256.NewInt(10), uint256.NewInt(uint64(decimals)))
	q, overflow := new(uint256.Int).MulDivOverflow(num, scale, den)
	if overflow {
		return "overflow"
	}
	s := q.Dec()
	if len(s) <= decimals {
		s = strings.Repeat("0", decimals-len(s)+1) + s
	}
	if decimals == 0 {
		return s
	}
	return s[:len(s)-decimals] + "." + s[len(s)-decimals:]
}
