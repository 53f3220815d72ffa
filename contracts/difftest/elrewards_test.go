package difftest

import (
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/holiman/uint256"
	"pgregory.net/rapid"

	"github.com/stakepool/stakepool/contracts/bindings"
	"github.com/stakepool/stakepool/protocol"
	"github.com/stakepool/stakepool/protocol/protocoltest"
	"github.com/stakepool/stakepool/units"
)

// TestDifferentialELRewards: operators 0 and 1 run three validators each;
// frame after frame the execution-rewards vault fills, the consensus side
// gains (or not), and the report charges drawn operators drawn amounts
// for execution rewards paid elsewhere (a few wei to a few ETH: fee shares
// cover all, part or none, debts carry) — compared after every step, the
// debts included. The random sequences (TestDifferential) draw charges
// too, but their operators seldom have active validators when a report
// pays a fee.
func TestDifferentialELRewards(t *testing.T) {
	w := newWorld(t)
	w.stats = map[string]int{}
	sequences := 0
	rapid.Check(t, func(rt *rapid.T) {
		sequences++
		if sequences > 20 {
			return
		}
		if err := w.reset(t); err != nil {
			t.Fatal(err)
		}
		sc := &script{w: w, rt: rt}
		c := w.chain
		wc := w.model.WithdrawalCredentials()
		for op := 0; op < 2; op++ {
			var keys []protocol.SigningKey
			var pks, sigs []byte
			for i := uint32(0); i < 3; i++ {
				k := protocoltest.Key(uint32(op), 200+i, wc)
				keys = append(keys, k)
				pks = append(pks, k.Pubkey[:]...)
				sigs = append(sigs, k.Signature[:]...)
			}
			sender := keyOperator0 + op
			sc.run(step{desc: "addSigningKeys", sender: sender,
				tx: tx(c.Addrs[sender], protocol.Command{Kind: protocol.CmdAddSigningKeys, Operator: protocol.OperatorID(op), Keys: keys}),
				send: func(o *bind.TransactOpts) (*types.Transaction, error) {
					return w.reg.AddSigningKeys(o, big.NewInt(int64(op)), big.NewInt(3), pks, sigs)
				}}, "")
		}
		sc.run(sc.submit(0, eth(210)), "")
		sc.run(step{desc: "deposit", sender: keyDepositor, tx: protocol.Tx{Sender: protocol.SystemSender, Cmd: protocol.Command{Kind: protocol.CmdDeposit, Count: 6}},
			send: func(o *bind.TransactOpts) (*types.Transaction, error) { return w.pool.Deposit(o, big.NewInt(6)) }}, "")
		seen := uint64(0)
		for _, o := range w.model.OperatorStates() {
			seen += o.Deposited
		}
		if seen < 4 {
			rt.Fatalf("%d deposited, want at least 4", seen)
		}
		balance := seen * 32_000_000_000
		for round := rapid.IntRange(2, 6).Draw(rt, "rounds"); round > 0; round-- {
			if el := rapid.Uint64Range(0, 50_000_000).Draw(rt, "el-gwei"); el > 0 {
				amt := new(big.Int).Mul(new(big.Int).SetUint64(el), big.NewInt(1e9))
				sc.run(step{desc: "credit", sender: keyDeployer, credit: amt,
					tx: protocol.Tx{Sender: protocol.SystemSender, Cmd: protocol.Command{Kind: protocol.CmdChainCredit, To: w.a.ELRewardsVault, Amount: u256(amt)}},
					send: func(o *bind.TransactOpts) (*types.Transaction, error) {
						o.Value = amt
						vault, err := bindings.NewELRewardsVault(w.a.ELRewardsVault, c.Client)
						if err != nil {
							return nil, err
						}
						return vault.Receive(o)
					}}, "")
			}
			sc.run(w.waitForNextFrame(rt), "")
			ref, _ := w.model.CurrentRefSlot()
			balance += rapid.Uint64Range(0, balance/100_000).Draw(rt, "cl-gain")
			r := &protocol.OracleReport{RefSlot: ref, Validators: seen, Balance: units.Gwei(balance), ELRewardsVault: u256(w.chainBalance(w.a.ELRewardsVault))}
			for op := 0; op < 3; op++ {
				if rapid.IntRange(0, 2).Draw(rt, "charged") == 0 {
					continue
				}
				var a uint256.Int
				a.SetUint64(rapid.Uint64Range(1, 2e18).Draw(rt, "charge"))
				r.ELRewardsCharges = append(r.ELRewardsCharges, protocol.OperatorAmount{Operator: protocol.OperatorID(op), Amount: a})
			}
			sc.report(r)
		}
	})
	t.Logf("%d sequences: %v", min(sequences, 20), w.stats)
	if w.stats["execution-reward shares withheld applied"] == 0 {
		t.Error("no report withheld fee shares for a charge")
	}
}
