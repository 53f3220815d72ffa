package units

import (
	"errors"
	"strings"
	"testing"

	"github.com/holiman/uint256"
)

func TestParseAmount(t *testing.T) {
	ok := []struct{ in, wei string }{
		{"1.5", "1500000000000000000"},
		{"1.5eth", "1500000000000000000"},
		{"1.5 ETH", "1500000000000000000"},
		{"1.5ether", "1500000000000000000"},
		{"1500000000gwei", "1500000000000000000"},
		{"1500000000 Gwei", "1500000000000000000"},
		{"1500000000000000000wei", "1500000000000000000"},
		{"32", "32000000000000000000"},
		{"0", "0"},
		{".5", "500000000000000000"},
		{"5.", ""}, // rejected below
		{"0.000000000000000001", "1"},
		{"1.100000000000000000000", "1100000000000000000"}, // trailing zeros carry no precision
		{"0.5gwei", "500000000"},
		{"32_000eth", "32000000000000000000000"},
		{"+2", "2000000000000000000"},
		{"115792089237316195423570985008687907853269984665640564039457584007913129639935wei", "115792089237316195423570985008687907853269984665640564039457584007913129639935"},
	}
	for _, c := range ok {
		if c.wei == "" {
			continue
		}
		got, err := ParseAmount(c.in)
		if err != nil {
			t.Errorf("%q: %v", c.in, err)
			continue
		}
		if got.Dec() != c.wei {
			t.Errorf("%q = %s, want %s", c.in, got.Dec(), c.wei)
		}
	}
	bad := []struct{ in, reason string }{
		{"", "empty"},
		{"-1", "negative"},
		{"-1eth", "negative"},
		{"1.0000000000000000001", "more than 18 decimals"},
		{"1.5wei", "whole numbers"},
		{"0.0000000001gwei", "more than 9 decimals"},
		{"abc", "unexpected character"},
		{"1.2.3", "unexpected character"},
		{"eth", "no number"},
		{"5.", "no digits after"},
		{"1e18", "unexpected character"},
		{"0x10", "unexpected character"},
		{"115792089237316195423570985008687907853269984665640564039457584007913129639936wei", "too large"},
		{"1" + strings.Repeat("0", 80), "too large"},
		{"_1", "separator"},
		{"1__0", "separator"},
		{".", "no digits"},
	}
	for _, c := range bad {
		_, err := ParseAmount(c.in)
		if err == nil {
			t.Errorf("%q accepted", c.in)
			continue
		}
		if !errors.Is(err, ErrAmount) || !strings.Contains(err.Error(), c.reason) {
			t.Errorf("%q: error %q, want one mentioning %q", c.in, err, c.reason)
		}
	}
}

func TestFormat(t *testing.T) {
	cases := []struct{ wei, out string }{
		{"0", "0"}, {"1", "0.000000000000000001"}, {"1500000000000000000", "1.5"},
		{"32000000000000000000", "32"}, {"123456789012345678901", "123.456789012345678901"},
	}
	for _, c := range cases {
		v, _ := uint256.FromDecimal(c.wei)
		if got := FormatEther(v); got != c.out {
			t.Errorf("FormatEther(%s) = %s, want %s", c.wei, got, c.out)
		}
	}
	if got := FormatGwei(32_000_000_000); got != "32" {
		t.Errorf("FormatGwei = %s", got)
	}
	if got := FormatRatio(uint256.NewInt(1), uint256.NewInt(3), 4); got != "0.3333" {
		t.Errorf("FormatRatio = %s", got)
	}
	g, rem, ok := WeiToGwei(uint256.NewInt(1_500_000_000_7))
	if !ok || g != 15 || rem.Uint64() != 7 {
		t.Errorf("WeiToGwei = %d %s %v", g, rem, ok)
	}
}

// FuzzParseAmount: never panics, and what parses formats back to a string
// that parses to the same value.
func FuzzParseAmount(f *testing.F) {
	for _, s := range []string{"1.5", "1.5eth", "1500000000gwei", "1wei", "-1", "0.000000000000000001", "1_000"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		v, err := ParseAmount(s)
		if err != nil {
			return
		}
		back, err := ParseAmount(FormatEther(v))
		if err != nil || !back.Eq(v) {
			t.Fatalf("%q -> %s -> %v (%v)", s, FormatEther(v), back, err)
		}
	})
}
