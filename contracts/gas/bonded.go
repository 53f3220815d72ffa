package gas

import (
	"context"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/holiman/uint256"

	"github.com/stakepool/stakepool/contracts/bindings"
	"github.com/stakepool/stakepool/contracts/deploy"
	"github.com/stakepool/stakepool/protocol"
)

// measureBonded measures the permissionless bonded module: a bond
// deposit in ETH and in stETH (topUp of an existing operator), an
// operator's creation with one key and its bond, and key uploads of 1 and
// 10 keys (addKeys without a bond). Lido's CSM has no published figures
// in shared/reference/gas.md to compare.
func measureBonded(ctx context.Context) ([]Figure, error) {
	milli := func(m int64) *big.Int { return new(big.Int).Mul(big.NewInt(m), big.NewInt(1e15)) }
	s, err := newSuiteEdit(0, 0, func(cfg *deploy.Config, addrs []common.Address) {
		// Connected: the router's module 2 (each key upload asks the router
		// whether the curated registry holds the key).
		cfg.Bonded = &deploy.Bonded{Params: protocol.BondedParams{Curve: []uint256.Int{*uint256.MustFromBig(milli(2400)), *uint256.MustFromBig(milli(1300))}},
			Module: protocol.ModuleParams{Name: "bonded", ShareBP: 500, ModuleFeeBP: 600, TreasuryFeeBP: 400}}
	})
	if err != nil {
		return nil, err
	}
	ch := s.ch
	bm, err := bindings.NewBondedModule(s.a.BondedModule, ch.c)
	if err != nil {
		return nil, err
	}
	o := func(i int, v *big.Int) *bind.TransactOpts { x := ch.opts(i); x.Context, x.Value = ctx, v; return x }
	keys := func(first, n int) (pks, sigs []byte) {
		for i := first; i < first+n; i++ {
			pk, sig := key(99, i)
			pks, sigs = append(pks, pk...), append(sigs, sig...)
		}
		return pks, sigs
	}
	var out []Figure
	add := func(name string, g uint64) { out = append(out, Figure{Name: name, Gas: g}) }
	pks, sigs := keys(0, 1)
	g, err := ch.mine(bm.CreateOperator(o(kAlice, milli(2400)), big.NewInt(1), pks, sigs, new(big.Int)))
	if err != nil {
		return nil, fmt.Errorf("createOperator: %w", err)
	}
	add("bonded-createOperator/1-key+2.4ETH", g)
	if g, err = ch.mine(bm.TopUp(o(kAlice, milli(1300)), big.NewInt(0), new(big.Int))); err != nil {
		return nil, fmt.Errorf("topUp ETH: %w", err)
	}
	add("bonded-bond-deposit/ETH", g)
	if _, err = ch.mine(s.pool.Submit(o(kAlice, eth(10)), common.Address{})); err != nil {
		return nil, err
	}
	if _, err = ch.mine(s.pool.Approve(o(kAlice, nil), s.a.BondedModule, eth(10))); err != nil {
		return nil, err
	}
	if g, err = ch.mine(bm.TopUp(o(kAlice, nil), big.NewInt(0), milli(1300))); err != nil {
		return nil, fmt.Errorf("topUp stETH: %w", err)
	}
	add("bonded-bond-deposit/stETH", g)
	pks, sigs = keys(1, 1)
	if g, err = ch.mine(bm.AddKeys(o(kAlice, nil), big.NewInt(0), big.NewInt(1), pks, sigs, new(big.Int))); err != nil {
		return nil, fmt.Errorf("addKeys 1: %w", err)
	}
	add("bonded-addKeys/1", g)
	pks, sigs = keys(2, 10)
	if g, err = ch.mine(bm.AddKeys(o(kAlice, nil), big.NewInt(0), big.NewInt(10), pks, sigs, new(big.Int))); err != nil {
		return nil, fmt.Errorf("addKeys 10: %w", err)
	}
	add("bonded-addKeys/10", g)
	return out, nil
}
