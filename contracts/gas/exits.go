package gas

import (
	"context"
	"fmt"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/holiman/uint256"

	"github.com/stakepool/stakepool/contracts/bindings"
	"github.com/stakepool/stakepool/contracts/deploy"
	"github.com/stakepool/stakepool/protocol"
)

// measureExit measures a forced exit: a report asks operator 0 to exit
// one key, the deadline (7,200 slots) passes, and Carol triggers the exit
// through ExitTrigger (the EIP-7002 request from the withdrawal vault,
// with the system contract's fee; Lido's triggerable exits have no
// published figure to compare).
func (s *suite) measureExit(ctx context.Context, add func(string, uint64, string, uint64)) error {
	ch := s.ch
	_, err := s.reportWith(ctx, 11, new(big.Int).Add(eth(11*32), big.NewInt(2e15)), false, func(r *bindings.OracleReport) {
		r.ExitRequests = []bindings.OracleOperatorCount{{Operator: big.NewInt(0), Count: big.NewInt(1)}}
	})
	if err != nil {
		return fmt.Errorf("report with an exit request: %w", err)
	}
	if err := ch.adjustTime(7201 * 12 * time.Second); err != nil {
		return err
	}
	et, err := bindings.NewExitTrigger(s.a.ExitTrigger, ch.c)
	if err != nil {
		return err
	}
	fee, err := et.WithdrawalRequestFee(&bind.CallOpts{Context: ctx})
	if err != nil {
		return fmt.Errorf("the EIP-7002 fee: %w", err)
	}
	o := ch.opts(kCarol)
	o.Context, o.Value = ctx, new(big.Int).Add(fee, big.NewInt(1e15)) // a refund too
	g, err := ch.mine(et.TriggerExit(o, big.NewInt(0), big.NewInt(0)))
	if err != nil {
		return fmt.Errorf("triggerExit: %w", err)
	}
	add("triggerExit", g, "", 0)
	return nil
}

// measureBondedExit measures the forced exit of a bonded (module 2) key:
// an operator of the bonded module (the router's whole share) with one
// key and its 2.4-ETH bond gets a deposit, a report asks it to exit that
// key (global id 2^24), the deadline (7,200 slots) passes, and Carol
// triggers the exit through ExitTrigger.triggerModuleExit(2, 0, 0): the
// router names the module, the module its request, then as triggerExit.
func measureBondedExit(ctx context.Context) (Figure, error) {
	milli := func(m int64) *big.Int { return new(big.Int).Mul(big.NewInt(m), big.NewInt(1e15)) }
	s, err := newSuiteEdit(0, 0, func(cfg *deploy.Config, _ []common.Address) {
		cfg.Bonded = &deploy.Bonded{Params: protocol.BondedParams{Curve: []uint256.Int{*uint256.MustFromBig(milli(2400)), *uint256.MustFromBig(milli(1300))}},
			Module: protocol.ModuleParams{Name: "bonded", ShareBP: 10000, ModuleFeeBP: 600, TreasuryFeeBP: 400}}
	})
	if err != nil {
		return Figure{}, err
	}
	ch := s.ch
	bm, err := bindings.NewBondedModule(s.a.BondedModule, ch.c)
	if err != nil {
		return Figure{}, err
	}
	o := func(i int, v *big.Int) *bind.TransactOpts { x := ch.opts(i); x.Context, x.Value = ctx, v; return x }
	pk, sig := key(98, 0)
	if _, err := ch.mine(bm.CreateOperator(o(kAlice, milli(2400)), big.NewInt(1), pk, sig, new(big.Int))); err != nil {
		return Figure{}, fmt.Errorf("createOperator: %w", err)
	}
	if _, err := ch.mine(s.pool.Submit(o(kBob, eth(40)), common.Address{})); err != nil {
		return Figure{}, err
	}
	if _, err := ch.mine(s.pool.Deposit(o(kDepositor, nil), big.NewInt(1))); err != nil {
		return Figure{}, fmt.Errorf("deposit: %w", err)
	}
	if d, err := bm.GetOperator(&bind.CallOpts{Context: ctx}, big.NewInt(0)); err != nil || d.Deposited != 1 {
		return Figure{}, fmt.Errorf("the bonded operator has %v deposited, want 1 (%v)", d.Deposited, err)
	}
	_, err = s.reportWith(ctx, 1, eth(32), false, func(r *bindings.OracleReport) {
		r.ExitRequests = []bindings.OracleOperatorCount{{Operator: big.NewInt(1 << 24), Count: big.NewInt(1)}}
	})
	if err != nil {
		return Figure{}, fmt.Errorf("report with a bonded exit request: %w", err)
	}
	if err := ch.adjustTime(7201 * 12 * time.Second); err != nil {
		return Figure{}, err
	}
	et, err := bindings.NewExitTrigger(s.a.ExitTrigger, ch.c)
	if err != nil {
		return Figure{}, err
	}
	fee, err := et.WithdrawalRequestFee(&bind.CallOpts{Context: ctx})
	if err != nil {
		return Figure{}, fmt.Errorf("the EIP-7002 fee: %w", err)
	}
	g, err := ch.mine(et.TriggerModuleExit(o(kCarol, new(big.Int).Add(fee, big.NewInt(1e15))), big.NewInt(2), big.NewInt(0), big.NewInt(0)))
	if err != nil {
		return Figure{}, fmt.Errorf("triggerModuleExit: %w", err)
	}
	return Figure{Name: "triggerModuleExit/bonded", Gas: g}, nil
}
