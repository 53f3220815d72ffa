package keys_test

import (
	"fmt"

	"github.com/stakepool/stakepool/keys"
)

// Verifying deposits the way the beacon chain does: one at a time, or many
// at once with the batch verifier, which names the bad ones.
func ExampleDepositVerifier() {
	deposits, err := keys.BenchDeposits(3, keys.Devnet.GenesisForkVersion)
	if err != nil {
		panic(err)
	}
	v := keys.NewDepositVerifier(keys.Devnet)
	d := deposits[0]
	fmt.Println(v.VerifyDeposit(d.Pubkey, d.WithdrawalCredentials, d.Amount, d.Signature))
	fmt.Println(v.VerifyDeposits(deposits))

	deposits[1].Amount = 1_000_000_000 // not what was signed
	fmt.Println(v.VerifyDeposits(deposits))

	// A mainnet verifier rejects devnet deposits.
	fmt.Println(keys.DepositVerifier{}.VerifyDeposits(deposits[:1]))
	// Output:
	// <nil>
	// []
	// [1]
	// [0]
}
