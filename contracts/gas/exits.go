package gas

import (
	"context"
	"fmt"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind"

	"github.com/stakepool/stakepool/contracts/bindings"
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
