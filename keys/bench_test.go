package keys

import "testing"

func BenchmarkVerify(b *testing.B) {
	items, err := BenchDeposits(1, Mainnet.GenesisForkVersion)
	if err != nil {
		b.Fatal(err)
	}
	v := DepositVerifier{}
	it := items[0]
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if err := v.VerifyDeposit(it.Pubkey, it.WithdrawalCredentials, it.Amount, it.Signature); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkSign(b *testing.B) {
	sk := testKeys(b, 1)[0]
	msg := make([]byte, 32)
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		sk.Sign(msg)
	}
}

func benchmarkBatch(b *testing.B, n int) {
	items, err := BenchDeposits(n, Mainnet.GenesisForkVersion)
	if err != nil {
		b.Fatal(err)
	}
	v := DepositVerifier{}
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if bad := v.VerifyDeposits(items); bad != nil {
			b.Fatal(bad)
		}
	}
}

func BenchmarkBatchVerify1000(b *testing.B) { benchmarkBatch(b, 1000) }
func BenchmarkBatchVerify64(b *testing.B)   { benchmarkBatch(b, 64) }

func BenchmarkSequentialVerify1000(b *testing.B) {
	items, err := BenchDeposits(1000, Mainnet.GenesisForkVersion)
	if err != nil {
		b.Fatal(err)
	}
	v := DepositVerifier{}
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if bad := v.VerifyDepositsSequential(items); bad != nil {
			b.Fatal(bad)
		}
	}
}

// BenchmarkBatchVerify1000OneBad measures the fallback that names a bad entry.
func BenchmarkBatchVerify1000OneBad(b *testing.B) {
	items, err := BenchDeposits(1000, Mainnet.GenesisForkVersion)
	if err != nil {
		b.Fatal(err)
	}
	items[517].Amount++
	v := DepositVerifier{}
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if bad := v.VerifyDeposits(items); len(bad) != 1 || bad[0] != 517 {
			b.Fatal(bad)
		}
	}
}
