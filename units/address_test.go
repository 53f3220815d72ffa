package units

import (
	"errors"
	"strings"
	"testing"
)

// TestParseAddress: EIP-55's own examples pass as written, lowercased and
// uppercased; any one letter's case flipped is refused with
// ErrAddressChecksum; malformed input is refused.
func TestParseAddress(t *testing.T) {
	for _, a := range []string{ // EIP-55's test vectors
		"0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed",
		"0xfB6916095ca1df60bB79Ce92cE3Ea74c37c5d359",
		"0xdbF03B407c01E7cD3CBea99509d93f8DDDC8C6FB",
		"0xD1220A0cf47c7B9Be7A2E6BA89F429762e7b9aDb",
	} {
		for _, s := range []string{a, strings.ToLower(a), "0x" + strings.ToUpper(a[2:])} {
			got, err := ParseAddress(s)
			if err != nil || got.Hex() != a {
				t.Errorf("%s: %v, %s", s, err, got.Hex())
			}
		}
		for i := 2; i < len(a); i++ {
			c := a[i]
			if (c < 'a' || c > 'f') && (c < 'A' || c > 'F') {
				continue
			}
			flipped := a[:i] + string(c^0x20) + a[i+1:]
			if flipped == strings.ToLower(flipped) || flipped[2:] == strings.ToUpper(flipped[2:]) {
				continue // all one case: no checksum to check
			}
			if _, err := ParseAddress(flipped); !errors.Is(err, ErrAddressChecksum) {
				t.Errorf("%s (letter %d flipped): %v, want a checksum error", flipped, i, err)
			}
		}
	}
	for _, s := range []string{"", "0x", "5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed", "0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAe", "0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAedd", "0xzaAeb6053F3E94C9b9A09f33669435E7Ef1BeAed"} {
		if _, err := ParseAddress(s); err == nil || errors.Is(err, ErrAddressChecksum) {
			t.Errorf("%q: %v, want a format error", s, err)
		}
	}
}

// FuzzParseAddress: never panics; whatever it accepts is 0x and 40 hex
// digits that match the address it returns, case aside.
func FuzzParseAddress(f *testing.F) {
	f.Add("0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed")
	f.Add("0x5aaeb6053f3e94c9b9a09f33669435e7ef1beaed")
	f.Add("0x5AAEB6053F3E94C9B9A09F33669435E7EF1BEAED")
	f.Add("0x5AAeb6053F3E94C9b9A09f33669435E7Ef1BeAed")
	f.Fuzz(func(t *testing.T, s string) {
		a, err := ParseAddress(s)
		if err != nil {
			return
		}
		if !strings.EqualFold(a.Hex(), s) {
			t.Fatalf("%q parsed as %s", s, a.Hex())
		}
	})
}
