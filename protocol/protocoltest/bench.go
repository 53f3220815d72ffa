package protocoltest

import (
	"testing"

	"github.com/holiman/uint256"

	"github.com/stakepool/stakepool/protocol"
)

// benchAccounts is the number of accounts the ledger benchmarks rotate over.
const benchAccounts = 1024

// benchState is a pool with benchAccounts stakers and no staking limit.
func benchState(b *testing.B) (*protocol.State, []uint64, []protocol.Address) {
	g := Genesis(benchAccounts)
	g.Params.StakeLimitMax.Clear()
	g.Params.StakeLimitPerBlock.Clear()
	s, err := protocol.NewState(g)
	if err != nil {
		b.Fatal(err)
	}
	if err := s.BeginBlock(1, g.Chain.SlotTime(1)); err != nil {
		b.Fatal(err)
	}
	nonces := make([]uint64, benchAccounts+1)
	stake := *uint256.NewInt(1e18)
	for i := 1; i <= benchAccounts; i++ {
		tx := &protocol.Tx{Sender: Addr(uint64(i)), Cmd: protocol.Command{Kind: protocol.CmdSubmit, Amount: stake}}
		if _, err := s.ApplyTx(tx); err != nil {
			b.Fatal(err)
		}
		nonces[i]++
	}
	addrs := make([]protocol.Address, benchAccounts+1)
	for i := range addrs {
		addrs[i] = Addr(uint64(i))
	}
	return s, nonces, addrs
}

// BenchmarkSubmit measures submit: shares minted at the current rate,
// stake-limit bookkeeping, buffer update and three events.
func BenchmarkSubmit(b *testing.B) {
	s, nonces, addrs := benchState(b)
	tx := &protocol.Tx{Cmd: protocol.Command{Kind: protocol.CmdSubmit}}
	tx.Cmd.Amount.SetUint64(1e16) // 0.01 ETH
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		a := 1 + i%benchAccounts
		tx.Sender, tx.Nonce = addrs[a], nonces[a]
		if _, err := s.ApplyTx(tx); err != nil {
			b.Fatal(err)
		}
		nonces[a]++
	}
}

// BenchmarkTransfer measures an stETH transfer between existing accounts:
// amount→shares conversion, two balance updates, two events.
func BenchmarkTransfer(b *testing.B) {
	s, nonces, addrs := benchState(b)
	tx := &protocol.Tx{Cmd: protocol.Command{Kind: protocol.CmdTransfer}}
	tx.Cmd.Amount.SetUint64(1e9)
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		a := 1 + i%benchAccounts
		to := 1 + (i+1)%benchAccounts
		tx.Sender, tx.Nonce, tx.Cmd.To = addrs[a], nonces[a], addrs[to]
		if _, err := s.ApplyTx(tx); err != nil {
			b.Fatal(err)
		}
		nonces[a]++
	}
}
