package deploy

import (
	"reflect"
	"testing"

	"github.com/ethereum/go-ethereum/common"
)

// TestNamedListsEveryContract: Named (what `stakepool devnet` prints) names
// every address field of Addresses once — a contract added to the suite
// and not to the list fails here — and leaves out one not deployed.
func TestNamedListsEveryContract(t *testing.T) {
	var a Addresses
	v := reflect.ValueOf(&a).Elem()
	for i := range v.NumField() {
		var addr common.Address
		addr[19] = byte(i + 1)
		v.Field(i).Set(reflect.ValueOf(addr))
	}
	named := a.Named()
	if len(named) != v.NumField() {
		t.Fatalf("Named lists %d contracts, Addresses has %d", len(named), v.NumField())
	}
	seen := map[common.Address]string{}
	for _, n := range named {
		if prev, ok := seen[n.Address]; ok {
			t.Fatalf("%s and %s are the same field", prev, n.Name)
		}
		seen[n.Address] = n.Name
	}
	a.DepositSecurityModule = common.Address{}
	if got := len(a.Named()); got != v.NumField()-1 {
		t.Fatalf("a suite without the module: %d named, want %d", got, v.NumField()-1)
	}
}
