package keys

import (
	"encoding/binary"
	"fmt"
)

// BenchDeposits returns n signed deposits and their checks for benchmarks:
// keys derived from a fixed seed (deterministic), 0x01 credentials, 32 ETH,
// signed for the given fork version.
func BenchDeposits(n int, forkVersion [4]byte) ([]DepositCheck, error) {
	seed := make([]byte, 32)
	copy(seed, "stakepool benchmark seed")
	master, err := DeriveMasterKey(seed)
	if err != nil {
		return nil, fmt.Errorf("bench deposits: %w", err)
	}
	out := make([]DepositCheck, n)
	for i := range out {
		sk := master.DeriveChild(uint32(i))
		var addr [20]byte
		binary.BigEndian.PutUint32(addr[16:], uint32(i))
		wc, _ := ExecutionCredentials(ExecutionWithdrawalPrefix, addr)
		d := SignDeposit(sk, wc, DefaultDepositAmount, forkVersion)
		out[i] = DepositCheck{Pubkey: d.Pubkey, WithdrawalCredentials: wc, Amount: d.Amount, Signature: d.Signature}
	}
	return out, nil
}

// VerifyDepositsSequential checks deposits one by one with VerifyDeposit (the
// reference the batch verifier is measured against) and returns the bad
// indexes.
func (v DepositVerifier) VerifyDepositsSequential(items []DepositCheck) (bad []int) {
	for i, it := range items {
		if err := v.VerifyDeposit(it.Pubkey, it.WithdrawalCredentials, it.Amount, it.Signature); err != nil {
			bad = append(bad, i)
		}
	}
	return bad
}
