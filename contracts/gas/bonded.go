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
// operator's creation with one key and its bond, key uploads of 1 and 10
// keys (addKeys without a bond), key removals of 1 and 10 keys (the last
// keys fill the gap; the charge burnt), then the oracle report's bonded
// rows: operator 0's one remaining key deposited, exited, then withdrawn
// with a 1-ETH loss: the report with that withdrawn row next to the same
// report without it (the row's cost is their difference). Lido's CSM has
// no published figures in shared/reference/gas.md to compare.
func measureBonded(ctx context.Context) ([]Figure, error) {
	milli := func(m int64) *big.Int { return new(big.Int).Mul(big.NewInt(m), big.NewInt(1e15)) }
	s, err := newSuiteEdit(0, 0, func(cfg *deploy.Config, addrs []common.Address) {
		// Connected: the router's module 2 (each key upload asks the router
		// whether the curated registry holds the key).
		cfg.Bonded = &deploy.Bonded{Params: protocol.BondedParams{Curve: []uint256.Int{*uint256.MustFromBig(milli(2400)), *uint256.MustFromBig(milli(1300))}},
			Module: protocol.ModuleParams{Name: "bonded", ShareBP: 10000, ModuleFeeBP: 600, TreasuryFeeBP: 400}} // module 1 has no operator: every deposit is module 2's
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
	// 12 keys (0..11), none deposited: key 5 removed (key 11 fills its
	// slot), then the 10 keys 1..10: one key left.
	if g, err = ch.mine(bm.RemoveKeys(o(kAlice, nil), big.NewInt(0), big.NewInt(5), big.NewInt(1))); err != nil {
		return nil, fmt.Errorf("removeKeys 1: %w", err)
	}
	add("bonded-removeKeys/1", g)
	if g, err = ch.mine(bm.RemoveKeys(o(kAlice, nil), big.NewInt(0), big.NewInt(1), big.NewInt(10))); err != nil {
		return nil, fmt.Errorf("removeKeys 10: %w", err)
	}
	add("bonded-removeKeys/10", g)
	rows, err := s.bondedReportRows(ctx)
	if err != nil {
		return nil, err
	}
	return append(out, rows...), nil
}

// bondedReportRows deposits the bonded operator 0's key, reports it (32
// ETH), exits it, then measures a report without bonded rows and the same
// report with a withdrawn row (operator 1 << 24: 1 withdrawn, a 1-ETH
// loss burnt from its bond); the beacon balance is kept (the reports
// differ only by the row).
func (s *suite) bondedReportRows(ctx context.Context) ([]Figure, error) {
	ch := s.ch
	x := ch.opts(kBob)
	x.Context, x.Value = ctx, eth(32)
	if _, err := ch.mine(s.pool.Submit(x, common.Address{})); err != nil {
		return nil, err
	}
	d := ch.opts(kDepositor)
	d.Context = ctx
	if _, err := ch.mine(s.pool.Deposit(d, big.NewInt(1))); err != nil {
		return nil, fmt.Errorf("deposit into the bonded module: %w", err)
	}
	g := big.NewInt(1 << 24) // module 2's operator 0
	if _, err := s.report(ctx, 1, eth(32), false); err != nil {
		return nil, fmt.Errorf("first report: %w", err)
	}
	if _, err := s.reportWith(ctx, 1, eth(32), false, func(r *bindings.OracleReport) {
		r.Exited = []bindings.OracleOperatorCount{{Operator: g, Count: big.NewInt(1)}}
	}); err != nil {
		return nil, fmt.Errorf("report with the bonded exit: %w", err)
	}
	plain, err := s.report(ctx, 1, eth(32), false)
	if err != nil {
		return nil, fmt.Errorf("report without bonded rows: %w", err)
	}
	row, err := s.reportWith(ctx, 1, eth(32), false, func(r *bindings.OracleReport) {
		r.Withdrawn = []bindings.OracleOperatorWithdrawal{{Operator: g, Count: big.NewInt(1), Loss: eth(1)}}
	})
	if err != nil {
		return nil, fmt.Errorf("report with a withdrawn row: %w", err)
	}
	return []Figure{{Name: "oracle-report/bonded", Gas: plain}, {Name: "oracle-report/bonded/withdrawn-rows=1", Gas: row}}, nil
}
