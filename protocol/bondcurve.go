package protocol

import "github.com/holiman/uint256"

// The bonded module's curve and the share rate it values bonds at
// (protocol/bondedmodule.go).

// RewardPrecision scales the reward accumulator (shares per active
// validator × 1e27).
var RewardPrecision = new(uint256.Int).Exp(uint256.NewInt(10), uint256.NewInt(27))

// ShareRate is the pool's rate at the moment of a call.
type ShareRate struct {
	Pooled uint256.Int // total pooled ether (wei)
	Shares uint256.Int // total shares
	// The pool's submit gate at the same moment: an ETH bond is staked
	// through submit, so it meets submit's refusals in submit's order
	// (review finding 6). The zero value is an open pool with no floor.
	StakingPaused bool
	DustFloor     uint256.Int // the smallest stake (0: none)
	StakeLimited  bool        // a stake limit is set
	StakeLimit    uint256.Int // what may be staked now, when StakeLimited
}

// SharesFor is ⌊eth × shares / pooled⌋: what the pool's submit mints,
// rounded down (the pool's favour).
func (r *ShareRate) SharesFor(eth *uint256.Int) *uint256.Int {
	z := new(uint256.Int)
	if r.Pooled.IsZero() || r.Shares.IsZero() {
		return z.Set(eth)
	}
	mulDiv(z, eth, &r.Shares, &r.Pooled)
	return z
}

// SharesForUp is ⌈eth × shares / pooled⌉: requirements and penalties in
// shares, rounded up (the pool's favour).
func (r *ShareRate) SharesForUp(eth *uint256.Int) *uint256.Int {
	z := new(uint256.Int)
	if r.Pooled.IsZero() || r.Shares.IsZero() {
		return z.Set(eth)
	}
	if mulDiv(z, eth, &r.Shares, &r.Pooled) {
		z.AddUint64(z, 1)
	}
	return z
}

// ETHFor is ⌊shares × pooled / total⌋: a bond's value, rounded down (the
// pool's favour).
func (r *ShareRate) ETHFor(shares *uint256.Int) *uint256.Int {
	z := new(uint256.Int)
	if r.Shares.IsZero() {
		return z
	}
	mulDiv(z, shares, &r.Pooled, &r.Shares)
	return z
}

// BondedParams are governance's settings of the module.
type BondedParams struct {
	// Curve[i] is the bond for the (i+1)-th non-exited validator; the last
	// step repeats for every further one. 1..MaxBondCurveSteps steps, each
	// non-zero and below 2^128.
	Curve []uint256.Int
	// Penalizers may call Penalize (the oracle's accounting, the
	// execution-reward checker, governance); distinct, non-zero.
	Penalizers []Address
	// ExitDelayPenalty is charged from the bond once per exit request past
	// its deadline (wei, below 2^128; 0: none). CSM v2's exitDelayPenalty.
	ExitDelayPenalty uint256.Int
}

// Validate checks the settings.
func (p *BondedParams) Validate() *Error {
	if len(p.Curve) == 0 || len(p.Curve) > MaxBondCurveSteps {
		return reject(CodeInvalidParameter, "a bond curve has 1..%d steps, got %d", MaxBondCurveSteps, len(p.Curve))
	}
	for i := range p.Curve {
		if p.Curve[i].IsZero() || p.Curve[i].BitLen() > 128 {
			return reject(CodeInvalidParameter, "bond curve step %d is zero or not below 2^128", i)
		}
	}
	if p.ExitDelayPenalty.BitLen() > 128 {
		return reject(CodeInvalidParameter, "an exit delay penalty of 2^128 wei or more")
	}
	for i, a := range p.Penalizers {
		if a == (Address{}) {
			return reject(CodeInvalidParameter, "penalizer %d is the zero address", i)
		}
		for _, b := range p.Penalizers[:i] {
			if a == b {
				return reject(CodeInvalidParameter, "penalizer %s is listed twice", a)
			}
		}
	}
	return nil
}

// BondRequired is the bond n non-exited validators need under the curve
// (exact: the curve is in wei).
func (p *BondedParams) BondRequired(n uint64) *uint256.Int {
	z := new(uint256.Int)
	k := uint64(len(p.Curve))
	for i := uint64(0); i < min(n, k); i++ {
		z.Add(z, &p.Curve[i])
	}
	if n > k {
		var rest uint256.Int
		rest.Mul(&p.Curve[k-1], new(uint256.Int).SetUint64(n-k))
		z.Add(z, &rest)
	}
	return z
}

// BondCovers is the most validators a bond worth eth covers: the largest
// n with BondRequired(n) ≤ eth.
func (p *BondedParams) BondCovers(eth *uint256.Int) uint64 {
	var sum, next uint256.Int
	k := len(p.Curve)
	for i := 0; i < k; i++ {
		next.Add(&sum, &p.Curve[i])
		if next.Gt(eth) {
			return uint64(i)
		}
		sum.Set(&next)
	}
	var rest uint256.Int
	rest.Sub(eth, &sum)
	rest.Div(&rest, &p.Curve[k-1]) // rounded down: a part of a step covers nothing
	// Capped at 2^62 (the contract's cap: no operator has that many keys).
	if !rest.IsUint64() || rest.Uint64() > 1<<62-uint64(k) {
		return 1 << 62
	}
	return uint64(k) + rest.Uint64()
}

// BondDeposit is what comes with a bond: ETH (staked through the pool's
// submit) or stETH shares (transferred in); at most one non-zero.
type BondDeposit struct {
	ETH    uint256.Int
	Shares uint256.Int
}

// shares are the bond shares the deposit makes: ETH converted down as the
// pool's submit mints.
func (d *BondDeposit) shares(r *ShareRate) (*uint256.Int, *Error) {
	if err := d.check(); err != nil {
		return nil, err
	}
	if !d.ETH.IsZero() {
		if r.StakingPaused {
			return nil, reject(CodeStakingPaused, "the pool's staking is paused: an ETH bond cannot be staked")
		}
		if d.ETH.Lt(&r.DustFloor) {
			return nil, reject(CodeBelowDust, "%s wei is below the pool's dust floor %s", d.ETH.Dec(), r.DustFloor.Dec())
		}
		if r.StakeLimited && r.StakeLimit.Lt(&d.ETH) {
			return nil, reject(CodeStakeLimit, "%s wei is above the pool's stake limit now, %s", d.ETH.Dec(), r.StakeLimit.Dec())
		}
		s := r.SharesFor(&d.ETH)
		if s.IsZero() {
			return nil, reject(CodeBelowDust, "%s wei buys no share", d.ETH.Dec())
		}
		return s, nil
	}
	return new(uint256.Int).Set(&d.Shares), nil
}

// check is the deposit's form (the contract's _checkBond, before the keys
// and before submit's gate).
func (d *BondDeposit) check() *Error {
	if !d.ETH.IsZero() && !d.Shares.IsZero() {
		return reject(CodeMalformed, "a bond comes as ETH or as stETH shares, not both")
	}
	if d.ETH.BitLen() > 128 || d.Shares.BitLen() > 128 {
		return reject(CodeAmountTooLarge, "a bond of 2^128 wei or more")
	}
	return nil
}
