package keys

import "testing"

// TestEtherOfGwei: amounts as `keys deposit-data` prints them, the way
// units.FormatGwei writes them.
func TestEtherOfGwei(t *testing.T) {
	for g, want := range map[uint64]string{
		0: "0", 1: "0.000000001", 1_000_000_000: "1", 1_500_000_000: "1.5", 32_000_000_000: "32",
		2_048_000_000_000: "2048", 1_000_000_001: "1.000000001", 31_999_999_999: "31.999999999", 10_000_000_000: "10",
	} {
		if got := etherOfGwei(g); got != want {
			t.Errorf("etherOfGwei(%d) = %q, want %q", g, got, want)
		}
	}
}
