package gas

import (
	"context"
	"fmt"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"

	"github.com/stakepool/stakepool/contracts/bindings"
)

// measureRouter measures the staking router with two modules: module 1
// (the suite's curated registry) at 9,000 bp, a second OperatorRegistry
// (operator 9 of keys kOps…) at 1,000 bp with fees 6% + 4%; a deposit of 10
// validators through the router (9 to module 1, 1 to module 2: two
// registries asked for keys) and the report that follows (every operator of
// both modules paid).
func measureRouter(ctx context.Context, add func(string, uint64, string, uint64)) error {
	s, err := newSuite(3)
	if err != nil {
		return err
	}
	ch := s.ch
	o := func(i int) *bind.TransactOpts { x := ch.opts(i); x.Context = ctx; return x }
	gov, err := bindings.NewGovernance(s.a.Governance, ch.c)
	if err != nil {
		return err
	}
	var proposals int64
	govern := func(target common.Address, md *bind.MetaData, method string, args ...any) error {
		parsed, err := md.GetAbi()
		if err != nil {
			return err
		}
		data, err := parsed.Pack(method, args...)
		if err != nil {
			return err
		}
		if _, err := ch.mine(gov.Propose(o(kMember), target, data)); err != nil {
			return fmt.Errorf("propose %s: %w", method, err)
		}
		proposals++ // the suite's governance made no proposal before: ids 1, 2, …
		n := big.NewInt(proposals)
		if err := ch.adjustTime(25 * time.Second); err != nil {
			return err
		}
		if _, err := ch.mine(gov.Execute(o(kMember), n)); err != nil {
			return fmt.Errorf("execute %s: %w", method, err)
		}
		return nil
	}
	// Module 1: operators 0 and 1 with 10 keys each; module 2: operator 2's address as its one operator.
	for op := 0; op < 2; op++ {
		var pks, sigs []byte
		for n := 0; n < 10; n++ {
			pk, sig := key(op, n)
			pks, sigs = append(pks, pk...), append(sigs, sig...)
		}
		if _, err := ch.mine(s.reg.AddSigningKeys(o(kOps+op), big.NewInt(int64(op)), big.NewInt(10), pks, sigs)); err != nil {
			return err
		}
	}
	reg2Addr, tx, reg2, err := bindings.DeployOperatorRegistry(o(kDeployer), ch.c, s.a.StakingRouter, s.a.StakingRouter, s.a.Governance,
		[]bindings.OperatorRegistryInitialOperator{{Name: "dvt", RewardAddress: ch.addrs[kOps+2], Limit: 100}})
	if _, err := ch.mine(tx, err); err != nil {
		return fmt.Errorf("deploy a second registry: %w", err)
	}
	var pks, sigs []byte
	for n := 0; n < 10; n++ {
		pk, sig := key(50, n)
		pks, sigs = append(pks, pk...), append(sigs, sig...)
	}
	if _, err := ch.mine(reg2.AddSigningKeys(o(kOps+2), big.NewInt(0), big.NewInt(10), pks, sigs)); err != nil {
		return err
	}
	zero := new(big.Int)
	if err := govern(s.a.StakingRouter, bindings.StakingRouterMetaData, "setStakingModule", big.NewInt(1), "curated", big.NewInt(9000), zero, zero, zero); err != nil {
		return err
	}
	if err := govern(s.a.StakingRouter, bindings.StakingRouterMetaData, "addStakingModule", reg2Addr, "simple-dvt", big.NewInt(1000), big.NewInt(600), big.NewInt(400), zero); err != nil {
		return err
	}
	x := o(kBob)
	x.Value = eth(10*32 + 1)
	if _, err := ch.mine(s.pool.Submit(x, common.Address{})); err != nil {
		return err
	}
	g, err := ch.mine(s.pool.Deposit(o(kDepositor), big.NewInt(10)))
	if err != nil {
		return fmt.Errorf("deposit through the router: %w", err)
	}
	add("deposit/10/modules=2", g, "lido-depositor-bot", lidoDepositTx+10*lidoDepositKey)
	if _, err := s.report(ctx, 10, eth(10*32), false); err != nil {
		return fmt.Errorf("first report: %w", err)
	}
	if g, err = s.report(ctx, 10, new(big.Int).Add(eth(10*32), big.NewInt(1e15)), false); err != nil {
		return fmt.Errorf("report with two modules: %w", err)
	}
	add("oracle-report/modules=2/operators=3", g, "lido-extra-data", lidoExtraData+3*lidoExtraDataPerO)
	return nil
}
