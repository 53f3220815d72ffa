package scenario

import "math"

// stableswap is a two-coin Curve pool (coin 0 ETH, coin 1 stETH) with
// amplification A and a fee on the output, in float64 (docs/scenario.md,
// "Markets"). The stETH side is held as shares by the market's address on
// the pool's ledger; x[1] mirrors its stETH balance before each trade.
type stableswap struct {
	A, fee float64
	x      [2]float64
	volume float64
}

func (m *stableswap) ann() float64 { return m.A * 4 }

// invariant is get_D: A·n^n·Σx + D = A·D·n^n + D^(n+1)/(n^n·Πx), by Newton.
func (m *stableswap) invariant(x0, x1 float64) float64 {
	s := x0 + x1
	if s == 0 {
		return 0
	}
	d, ann := s, m.ann()
	for range 255 {
		dp := d * d / (2 * x0) * d / (2 * x1)
		prev := d
		d = (ann*s + 2*dp) * d / ((ann-1)*d + 3*dp)
		if math.Abs(d-prev) <= 1e-12*d {
			break
		}
	}
	return d
}

// otherBalance is get_y: the balance of the other coin that keeps D when
// this coin's balance is x.
func (m *stableswap) otherBalance(x, d float64) float64 {
	ann := m.ann()
	c := d * d / (2 * x) * d / (ann * 2)
	b := x + d/ann
	y := d
	for range 255 {
		prev := y
		y = (y*y + c) / (2*y + b - d)
		if math.Abs(y-prev) <= 1e-12*y {
			break
		}
	}
	return y
}

// quote is the amount of coin 1−i out for dx of coin i in, after the fee.
func (m *stableswap) quote(i int, dx float64) float64 {
	if dx <= 0 {
		return 0
	}
	d := m.invariant(m.x[0], m.x[1])
	y := m.otherBalance(m.x[i]+dx, d)
	dy := m.x[1-i] - y
	if dy < 0 {
		return 0
	}
	return dy * (1 - m.fee)
}

// swap trades dx of coin i in and returns the amount out.
func (m *stableswap) swap(i int, dx float64) float64 {
	dy := m.quote(i, dx)
	m.x[i] += dx
	m.x[1-i] -= dy
	m.volume += dx
	return dy
}

// price is the marginal price of stETH in ETH (before the fee).
func (m *stableswap) price() float64 {
	if m.x[0] <= 0 || m.x[1] <= 0 {
		return 0
	}
	eps := 1e-7 * (m.x[0] + m.x[1])
	return m.quote(1, eps) / eps / (1 - m.fee)
}

// priceAfter is the marginal price after dx of coin i went in.
func (m *stableswap) priceAfter(i int, dx float64) float64 {
	c := *m
	c.swap(i, dx)
	return c.price()
}

// depth is how much stETH can be sold before the marginal price falls by
// drop (e.g. 0.01) from where it is.
func (m *stableswap) depth(drop float64) float64 {
	p0 := m.price()
	lo, hi := 0.0, m.x[0]*4+1
	for range 60 {
		mid := (lo + hi) / 2
		if m.priceAfter(1, mid) >= p0*(1-drop) {
			lo = mid
		} else {
			hi = mid
		}
	}
	return lo
}

// ethToReach is the ETH to put in (buying stETH) to raise the price to p.
func (m *stableswap) ethToReach(p float64) float64 {
	if m.price() >= p {
		return 0
	}
	lo, hi := 0.0, m.x[1]*0.999
	for range 60 {
		mid := (lo + hi) / 2
		if m.priceAfter(0, mid) < p {
			lo = mid
		} else {
			hi = mid
		}
	}
	return lo
}

// stethToReach is the stETH to sell to lower the price to p.
func (m *stableswap) stethToReach(p float64) float64 {
	if m.price() <= p {
		return 0
	}
	lo, hi := 0.0, m.x[0]*4
	for range 60 {
		mid := (lo + hi) / 2
		if m.priceAfter(1, mid) > p {
			lo = mid
		} else {
			hi = mid
		}
	}
	return lo
}

// lending is an ETH lending market taking stETH as collateral.
type lending struct {
	supply       float64 // ETH supplied by lenders
	debt         float64 // ETH borrowed (with interest)
	ltv, lt      float64
	bonus, close float64
	rate         RateModel
	liquidated   float64 // collateral seized, cumulative (stETH)
	badDebt      float64
}

// borrowRate is the annual borrow rate at the current utilisation.
func (l *lending) borrowRate() float64 {
	u := math.Max(0, l.utilisation())
	r := l.rate
	if u <= float64(r.Kink) {
		return float64(r.Base) + float64(r.Slope1)*u/float64(r.Kink)
	}
	return float64(r.Base) + float64(r.Slope1) + float64(r.Slope2)*(u-float64(r.Kink))/(1-float64(r.Kink))
}

func (l *lending) utilisation() float64 {
	if l.supply <= 0 {
		return 0
	}
	return math.Max(0, math.Min(1, l.debt/l.supply))
}

// position is one looper's loan.
type position struct {
	collateral float64 // stETH shares held for it by the lending market
	debt       float64 // ETH
	equity     float64 // ETH put in
	open       bool
}
