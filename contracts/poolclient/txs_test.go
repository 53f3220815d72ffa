package poolclient

import (
	"math/big"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common"
)

func txNamed(t *testing.T, name string) *Tx {
	t.Helper()
	for i := range Txs {
		if Txs[i].Name == name {
			return &Txs[i]
		}
	}
	t.Fatalf("no transaction %q", name)
	return nil
}

// TestTxParse: arguments parsed from their text (amounts in ETH, gwei or
// wei, checksummed addresses, id lists, 32-byte hashes), and each refusal
// naming the flag.
func TestTxParse(t *testing.T) {
	eth := func(s string) *big.Int { v, _ := new(big.Int).SetString(s, 10); return v }
	for _, c := range []struct {
		tx    string
		given map[string]string
		check func(v *TxValues) bool
		err   string
	}{
		{"submit", map[string]string{"amount": "1.5"}, func(v *TxValues) bool { return v.amount.Cmp(eth("1500000000000000000")) == 0 }, ""},
		{"submit", map[string]string{"amount": "1500000000gwei"}, func(v *TxValues) bool { return v.amount.Cmp(eth("1500000000000000000")) == 0 }, ""},
		{"transfer-shares", map[string]string{"shares": "7wei", "to": "0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed"}, func(v *TxValues) bool {
			return v.amount.Cmp(big.NewInt(7)) == 0 && v.addr["to"] == common.HexToAddress("0x5aaeb6053f3e94c9b9a09f33669435e7ef1beaed")
		}, ""},
		{"withdraw", map[string]string{"amounts": "1, 2.5"}, func(v *TxValues) bool {
			return len(v.amounts) == 2 && v.amounts[1].Cmp(eth("2500000000000000000")) == 0 && !v.set["owner"]
		}, ""},
		{"claim", map[string]string{"ids": "3,4", "all": "false"}, func(v *TxValues) bool { return len(v.ids) == 2 && v.ids[1].Int64() == 4 && !v.all }, ""},
		{"submit", map[string]string{"amount": "lots"}, nil, "--amount: "},
		{"transfer", map[string]string{"to": "0x5aaeb6053F3E94C9b9A09f33669435E7Ef1BeAed", "amount": "1"}, nil, "--to: "},
		{"claim", map[string]string{"ids": "3,x"}, nil, `--ids: "x" is not a request id`},
		{"remove-keys", map[string]string{"operator": "-1"}, nil, `--operator: "-1" is not a number`},
		{"oracle-vote", map[string]string{"ref-slot": "64", "hash": "0x1234"}, nil, "--hash: want 32 bytes of 0x-hex"},
		{"claim", map[string]string{"all": "maybe"}, nil, `--all: "maybe" is not true or false`},
	} {
		v, err := txNamed(t, c.tx).Parse(c.given)
		if c.err != "" {
			if err == nil || !strings.Contains(err.Error(), c.err) {
				t.Errorf("%s %v: %v, want %q", c.tx, c.given, err, c.err)
			}
			continue
		}
		if err != nil || !c.check(v) {
			t.Errorf("%s %v: %+v, %v", c.tx, c.given, v, err)
		}
	}
}
